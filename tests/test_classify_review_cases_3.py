"""Cases a read-only review of the rules added with held-out sets 21 and 22 reproduced: each
rule is checked from the side where it overreached."""

from __future__ import annotations

from monitor.classify import classify


def _c(title: str, text: str, origin: str, kind: str = "postal"):
    return classify(title, text, origin=origin, source_kind=kind)


def test_a_scam_line_beside_a_dated_change_keeps_the_change() -> None:
    r = _c(
        "Scam warning and changes to customs charges",
        "From 1 July, all parcels sent to the United Kingdom from abroad will be subject to a "
        "new handling fee of 8 GBP, and items over 135 GBP will need a customs declaration with "
        "the HS code. Parcels without it will be returned. Beware of fake text messages. This "
        "does not change the rules for letters.",
        "GB",
    )
    assert r.relevant


def test_falling_volumes_beside_a_service_stop_keep_the_stop() -> None:
    r = _c(
        "Packet service to the US ends",
        "Volumes declined sharply after the tariff change, and the service made a net loss. "
        "From 1 October, the Packet service to the United States will no longer be available.",
        "NL",
    )
    assert r.change_kind == "suspension"
    assert r.destinations == ["US"]


def test_duties_on_goods_from_all_eu_member_states_are_not_eu_imports() -> None:
    r = _c(
        "US-Zölle auf Postsendungen",
        "Die USA erheben ab 29. August Zölle auf Warensendungen aus allen 27 Mitgliedstaaten "
        "der EU.",
        "DE",
        "customs",
    )
    assert "FR" not in r.destinations


def test_a_but_delayed_clause_about_another_place_does_not_make_this_one_affected() -> None:
    r = _c(
        "Strike in the United States",
        "Items to the United States will be delayed due to the strike. Services to Canada are "
        "not affected, but items to the United States may see delays of up to a week.",
        "GB",
    )
    assert r.destinations == ["US"]


def test_a_ban_stated_beside_a_delay_keeps_its_goods() -> None:
    r = _c(
        "Delays to Australia",
        "Items to Australia are delayed by up to two weeks due to flight cancellations. Lithium "
        "batteries can no longer be accepted to Australia.",
        "GB",
    )
    assert "lithium_batteries" in r.categories


def test_a_consultation_on_a_change_that_would_happen_stays_informational() -> None:
    r = _c(
        "Proposed changes to customs duty on parcels",
        "Customs duty on all parcels to Canada would rise to 15% from 1 July. Public "
        "consultation: the government seeks views until 1 May.",
        "CA",
        "customs",
    )
    assert r.change_kind == "informational"


def test_not_only_x_but_also_y_affects_both() -> None:
    r = _c(
        "Sospensione degli invii",
        "Dal 29 agosto è sospesa l'accettazione dei pacchi con merci. La sospensione non "
        "riguarda solo gli Stati Uniti, ma anche Porto Rico e Guam.",
        "IT",
    )
    assert r.destinations == ["GU", "PR", "US"]


def test_regardless_of_whether_sold_is_no_sales_scope() -> None:
    r = _c(
        "Moms på paket",
        "Från den 1 juli ska moms betalas på alla varor som skickas till Sverige från länder "
        "utanför EU, oavsett om varan säljs eller skickas som gåva.",
        "SE",
    )
    assert "commercial_goods" not in r.categories


def test_a_quoted_goods_word_that_is_not_an_example_of_wording_stays_goods() -> None:
    r = _c(
        "Update on Australia",
        'From 1 March, we no longer accept "e-cigarettes" to Australia.',
        "GB",
    )
    assert "tobacco_vapes" in r.categories


def test_rows_still_accepted_in_a_resumption_are_what_resumed() -> None:
    r = _c(
        "Service to Israel resumed",
        "We have resumed acceptance of items to Israel.\nService | Status\nLetters and "
        "postcards | Accepted\nParcels | Accepted\nEMS | Suspended",
        "GB",
    )
    assert "documents" in r.categories


def test_documents_only_in_a_stop_keeps_the_exemption_and_a_documents_service_stops() -> None:
    r = _c(
        "Suspension to Yemen",
        "From 1 May, items to Yemen are suspended. Documents only may still be sent by EMS.",
        "GB",
    )
    assert r.categories == ["all_goods"]
    r = _c(
        "Envelope service to Russia",
        "Our Express Envelope (documents only) service to Russia is suspended until further "
        "notice.",
        "US",
        "carrier",
    )
    assert "documents" in r.categories


def test_a_duty_on_one_product_in_postal_items_is_not_all_goods() -> None:
    r = _c(
        "New duty on e-cigarettes",
        "From 1 July, import duty on e-cigarettes in postal items to Canada will be 30%.",
        "CA",
        "customs",
    )
    assert r.categories == ["tobacco_vapes"]


def test_deliveries_in_a_month_are_not_deliveries_in_a_town() -> None:
    r = _c(
        "Christmas",
        "Collections and deliveries in December will be suspended on 25 and 26 December.",
        "GB",
    )
    assert r.change_kind != "delay"
