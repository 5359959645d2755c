"""Causes found in session 8's held-out notices, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.text import Doc


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Surface mail to Norway suspended",
            "Surface mail services to Norway and Sweden will be suspended with effect from "
            "15 January until further notice. Customers may consider using air mail services "
            "for items posted to these destinations.",
        ),
        (
            "Service update",
            "Sea mail to New Zealand is suspended until further notice because of the shipping "
            "crisis. Airmail is not affected.",
        ),
        (
            "Versand nach Zypern",
            "Der Versand auf dem Landweg nach Zypern wird ab 1. März eingestellt. Sendungen per "
            "Luftpost sind weiterhin möglich.",
        ),
        (
            "Avis",
            "Le courrier par voie de surface à destination de la Réunion est suspendu jusqu'à "
            "nouvel ordre. Les envois par avion restent possibles.",
        ),
    ],
)
def test_a_stopped_way_of_sending_beside_one_left_open_is_a_restriction(title, text):
    assert classify(title, text).change_kind == "restriction"


@pytest.mark.parametrize(
    "text",
    [
        "All mail to Yemen, by air and by surface, is suspended until further notice.",
        "Air mail to Yemen is suspended. Surface mail is also suspended.",
        # "not affected" that speaks of other places, not of the other way of sending
        "Parcels and EMS items to Russia will not be accepted. Items to Kazakhstan are not "
        "affected: they will be sent by air via Riga.",
    ],
)
def test_no_way_of_sending_left_open_stays_a_suspension(text):
    assert classify("Service update", text).change_kind == "suspension"


def test_a_german_day_of_the_month_ends_no_sentence():
    doc = Doc.make("Hinweis", "Der Versand wird ab 1. März eingestellt. Danach gilt Neues.")
    start = doc.full.index("Der")
    assert doc.sentence_of(start) == doc.sentence_of(doc.full.index("eingestellt"))
    assert doc.sentence_of(start) != doc.sentence_of(doc.full.index("Danach"))


def test_the_countries_of_a_region_are_its_members_beside_other_places():
    got = classify(
        "О возможных задержках",
        "Возможны задержки доставки отправлений, адресованных в страны Европейского союза, а "
        "также в Великобританию и Норвегию. Доставка в Казахстан осуществляется по обычным "
        "маршрутам, задержки не ожидаются.",
        origin="BY",
    )
    assert {"DE", "FR", "PL", "GB", "NO"} <= set(got.destinations)
    assert "KZ" not in got.destinations


def test_ue_is_the_eu_in_french_spanish_and_italian():
    got = classify("Retrasos", "Retrasos en los envíos a los países de la UE.", origin="AR")
    assert len(got.destinations) == 27 and "ES" in got.destinations


def test_places_still_accepted_but_delayed_are_all_destinations():
    got = classify(
        "Middle East",
        "Flights to Israel are suspended, so we have suspended all mail to Israel. We continue "
        "to accept all items for Iraq, Jordan and Lebanon, but customers should expect delays "
        "of up to 10 working days.",
    )
    assert {"IL", "IQ", "JO", "LB"} <= set(got.destinations)


def test_a_question_that_points_to_a_guide_names_no_destination():
    got = classify(
        "Incidents",
        "Services to Israel are suspended until further notice.\n\nBefore you post\n"
        "- Sending goods to the EU or Northern Ireland? Read our guide to customs requirements",
    )
    assert got.destinations == ["IL"]


def test_every_row_of_a_country_table_is_read_whatever_the_name_length():
    got = classify(
        "Service resumed",
        "Service to Dominica resumes on 20 August 2020 for all mail classes.\n\n"
        "Country | Status | Effective\nDominica | Resumed | 08/20/2020\n"
        "Saint Vincent and the Grenadines | Resumed | 08/20/2020\n"
        "South Africa (Republic) | Resumed | 08/20/2020",
    )
    assert set(got.destinations) == {"DM", "VC", "ZA"}


def test_a_table_of_origins_names_no_destination():
    got = classify(
        "Mexico: new import duty rates",
        "From 1 January, Mexico applies new duty rates to courier shipments.\n\n"
        "Country of origin | Value per shipment | Rate\n"
        "United States or Canada | up to USD 50 | exempt\n"
        "Other countries | up to USD 2,500 | 19%",
    )
    assert got.destinations == ["MX"]


def test_places_flown_over_and_then_said_to_run_normally_are_the_notice_s_subject():
    got = classify(
        "Network update: Gulf operations running as scheduled",
        "Following the temporary closure of airspace over Qatar and Bahrain, regional airspace "
        "reopened within hours. Our operations in Bahrain, Oman and Qatar are running as "
        "scheduled. There is no change to acceptance or transit times for shipments to these "
        "destinations.",
    )
    assert set(got.destinations) == {"BH", "OM", "QA"}


def test_stops_of_some_places_beside_acceptance_for_others_stay_a_suspension():
    got = classify(
        "International incident bulletin",
        "Iran\nIncident: Services to Iran have been suspended for all mail, including "
        "documents.\n\nSudan\nIncident: Our services to Sudan remain suspended due to the "
        "conflict.\n\nIraq and Jordan\nIncident: We continue to accept all items for Iraq and "
        "Jordan, but customers should expect delays of up to 10 working days.",
    )
    assert got.change_kind == "suspension"


def test_a_local_stop_beside_acceptance_for_the_same_place_stays_a_delay():
    got = classify(
        "Israel",
        "Delivery in the north of Israel is suspended because of the security situation. We "
        "continue to accept mail for Israel, but expect delays.",
    )
    assert got.change_kind == "delay"


@pytest.mark.parametrize(
    "text",
    [
        "Following the temporary closure of airspace over Qatar, regional airspace reopened "
        "within a few hours. Our operations in Qatar are running as scheduled. There is no "
        "change to acceptance or transit times for shipments to Qatar.",
        "Nach der kurzen Sperrung wurde der Luftraum über Katar wieder geöffnet. Der Versand "
        "nach Katar läuft normal weiter; es gibt keine Änderungen für Sendungen nach Katar.",
    ],
)
def test_reopened_airspace_is_no_resumption_of_mail(text):
    got = classify("Network update: Gulf operations", text)
    assert got.change_kind == "informational"
