"""Rules restated "as before" or "still", a lead that says nothing changed, options of a parcel
(cash on delivery) that stop while parcels go on, and verbs of pausing in more languages."""

from __future__ import annotations

from monitor.classify import classify


def test_a_requirement_as_before_is_no_new_requirement() -> None:
    text = (
        "We have received questions about sending parcels to Norway after news about new "
        "customs rules. Nothing has changed.\n\n"
        "Parcels containing goods sent to Norway still need an electronic customs declaration, "
        "which you can make in our online service."
    )
    r = classify("Sending parcels to Norway: customs declaration required as before", text)
    assert r.change_kind == "informational"
    assert r.destinations == ["NO"]


def test_the_same_requirement_as_news_is_a_new_requirement() -> None:
    text = (
        "From 1 March 2026, parcels containing goods sent to Norway need an electronic customs "
        "declaration, which you can make in our online service."
    )
    r = classify("Sending parcels to Norway: customs declaration required", text)
    assert r.change_kind == "new_requirement"


def test_a_lead_saying_the_rules_did_not_change_is_informational() -> None:
    text = (
        "There is no change to the rules for medicines sent to Australia by post or courier. "
        "We have updated this page to make the existing requirements clearer.\n\n"
        "Prescription medicines\nYou can import up to a 3-month supply. Medicines sent by post "
        "must be accompanied by a copy of the prescription and must be declared."
    )
    r = classify("Medicines: sending medicines to Australia", text, source_kind="customs")
    assert r.change_kind == "informational"


def test_a_short_no_change_that_a_dated_change_follows_is_not_enough() -> None:
    text = (
        "Nothing has changed for letters.\n\n"
        "From 1 April 2026, parcels to Norway need an electronic customs declaration."
    )
    r = classify("Norway", text)
    assert r.change_kind == "new_requirement"


def test_cash_on_delivery_withdrawn_is_a_restriction_not_a_stop() -> None:
    text = (
        "Ab 1. März 2026 bietet die Post für Pakete nach Liechtenstein die Zusatzleistung "
        "Nachnahme nicht mehr an. Pakete nach Liechtenstein werden weiterhin angenommen."
    )
    r = classify("Nachnahme nach Liechtenstein wird eingestellt", text, origin="AT")
    assert r.change_kind == "restriction"
    assert r.destinations == ["LI"]


def test_parcels_no_longer_accepted_stay_a_suspension() -> None:
    text = "Ab 1. März 2026 nimmt die Post keine Pakete nach Liechtenstein mehr an."
    r = classify("Pakete nach Liechtenstein werden eingestellt", text, origin="AT")
    assert r.change_kind == "suspension"


def test_swedish_pausar_is_a_suspension_and_letters_go_on() -> None:
    text = (
        "Vi pausar från och med den 1 mars mottagandet av försändelser som innehåller varor "
        "till Kanada. Brev och dokument kan fortfarande skickas som vanligt."
    )
    r = classify("Vi pausar försändelser med varor till Kanada", text, origin="SE")
    assert r.change_kind == "suspension"
    assert r.destinations == ["CA"]
    assert r.categories == ["all_goods"]


def test_chinese_mail_must_carry_electronic_customs_data() -> None:
    text = (
        "由2026年3月1日起，所有寄往加拿大並載有物品的郵件，均須附有電子報關資料。"
        "只載有文件的郵件不受影響。"
    )
    r = classify("寄往加拿大的郵件須附有電子報關資料", text, origin="HK")
    assert r.change_kind == "new_requirement"
    assert r.destinations == ["CA"]


def test_operations_temporarily_impacted_by_a_storm_are_a_delay() -> None:
    text = (
        "The hurricane made landfall in Barbados yesterday. Our operations in Barbados are "
        "temporarily impacted. Service to Grenada is operating normally."
    )
    r = classify("Service alert: hurricane – Barbados", text, source_kind="carrier")
    assert r.change_kind == "delay"
    assert r.destinations == ["BB"]


def test_batteries_packed_with_equipment_are_a_battery_class_not_electronics() -> None:
    text = (
        "From 1 April 2026, lithium ion batteries packed with equipment (UN3481) are limited to "
        "two batteries per item to all destinations. Batteries contained in equipment: no change."
    )
    r = classify("Lithium batteries: new limit", text)
    assert r.categories == ["lithium_batteries"]


def test_phones_and_laptops_sent_with_their_batteries_are_electronics() -> None:
    text = (
        "From 1 April 2026, mobile phones and laptops are limited to one per item to all "
        "destinations, with their lithium batteries installed."
    )
    r = classify("Electronics: new limit", text)
    assert "electronics" in r.categories


def test_liquids_in_a_list_of_vaping_goods_are_e_liquids() -> None:
    text = (
        "From 1 May 2026, electronic cigarettes, vaporizers, and their cartridges, refills and "
        "liquids may no longer be sent to Thailand."
    )
    r = classify("Thailand: vapes prohibited", text)
    assert r.categories == ["tobacco_vapes"]


def test_liquids_named_on_their_own_stay_liquids() -> None:
    text = (
        "From 1 May 2026, liquids over 100 ml may no longer be sent to Thailand. Cigarettes are "
        "not affected."
    )
    r = classify("Thailand: liquids restricted", text)
    assert "liquids" in r.categories
