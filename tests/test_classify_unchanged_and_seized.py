"""What goes on as before is no change (a route kept, travel limits that spare goods, conditions
"not changed" for some countries); goods that customs confiscates are banned goods."""

from __future__ import annotations

from monitor.classify import classify


def test_mail_that_continues_on_its_usual_route_is_informational() -> None:
    result = classify(
        "Customer advisory: operations in Lebanon after the port explosion",
        "Our Lebanon operations are running as normal. Inbound express shipments to Lebanon "
        "continue to be routed via our Dubai hub, and delivery times remain unchanged.",
    )
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["LB"]


def test_travel_restrictions_that_do_not_apply_to_goods_are_informational() -> None:
    result = classify(
        "Border agency continues to process mail and courier shipments",
        "Both countries have agreed to temporarily restrict all non-essential travel across "
        "the border. These restrictions do not apply to the flow of goods. Goods continue to "
        "be released at ports of entry.",
        origin="CA",
        source_kind="customs",
    )
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["CA"]


def test_countries_whose_conditions_have_not_changed_are_not_destinations_in_russian() -> None:
    result = classify(
        "Об изменении условий приёма отправлений во Францию",
        "С 1 марта не принимаются международные отправления во Францию, содержащие "
        "ювелирные изделия. Условия пересылки в Казахстан и Армению не изменились.",
        origin="RU",
    )
    assert result.destinations == ["FR"]
    assert "jewelry" in result.categories


def test_medicines_that_customs_confiscates_are_prohibited_items() -> None:
    result = classify(
        "Arzneimittel aus dem Internet",
        "Der Zoll weist darauf hin: Sendungen aus Drittländern mit Arzneimitteln werden vom "
        "Zoll angehalten und in der Regel eingezogen. Das gilt auch für geringe Mengen.",
        origin="DE",
        source_kind="customs",
    )
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["DE"]
    assert "medicines" in result.categories


def test_a_place_dispatched_on_the_normal_schedule_is_not_a_destination() -> None:
    result = classify(
        "Service disruptions - Europe (volcanic ash)",
        "Mail addressed to the following countries is being held until airlift becomes "
        "available, and customers should expect delays:\nBelgium\nNorway\n\nMail to Iceland "
        "itself is being dispatched on the normal schedule.",
        origin="US",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["BE", "NO"]


def test_both_countries_of_a_heading_whose_section_says_normal_are_unaffected() -> None:
    result = classify(
        "International service update: Tonga",
        "We've temporarily suspended all mail and parcel services to Tonga.\n\nFiji and Samoa\n"
        "Services to Fiji and Samoa are operating as normal.",
        origin="AU",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["TO"]


def test_german_nach_before_a_noun_is_not_to() -> None:
    result = classify(
        "Brexit: Pakete nach Großbritannien",
        "Ab 1. Januar muss jedem Paket nach Großbritannien eine Handelsrechnung beiliegen. "
        "Nordirland bleibt nach dem Protokoll zu Irland Teil des Binnenmarkts.",
        origin="DE",
    )
    assert result.destinations == ["GB"]


def test_close_to_a_place_is_not_to_it() -> None:
    result = classify(
        "Emergency surcharge: Israel",
        "An emergency surcharge of EUR 0.50 per kg applies to all shipments to Israel. "
        "Deliveries to communities close to the Gaza border may take longer.",
    )
    assert result.destinations == ["IL"]


def test_countries_outside_the_eu_mean_every_destination_of_an_eu_sender() -> None:
    result = classify(
        "Warensendungen ins Nicht-EU-Ausland: nur noch mit elektronischen Zolldaten",
        "Ab dem 1. Januar müssen für alle Sendungen mit Waren in Länder außerhalb der "
        "Europäischen Union die Zollinhaltsangaben elektronisch übermittelt werden. Das gilt "
        "auch für Sendungen nach Großbritannien und in die Schweiz.",
        origin="DE",
    )
    assert result.relevant
    assert result.destinations == ["*"]


def test_goods_from_non_eu_countries_name_no_destination_of_their_own() -> None:
    result = classify(
        "Import VAT on all parcels from non-EU countries",
        "From 1 July, import VAT is due on every parcel from non-EU countries, whatever its value.",
        origin="NL",
        source_kind="customs",
    )
    assert result.destinations == ["NL"]


def test_mail_still_moving_and_service_not_affected_name_no_destination() -> None:
    result = classify(
        "Service alert: Armenia - service suspended",
        "Acceptance of all mail to Armenia is suspended until further notice. Mail to Georgia "
        "itself is moving at this time. This alert does not affect service to or within the "
        "U.S.",
        origin="US",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["AM"]
