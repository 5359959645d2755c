"""Cases a read-only reviewer wrote against session 8's rules (each was a regression when
found), and the session's last causes."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Mail to Malawi",
            "Because of flooding that has cut surface transport across the region, all mail to "
            "Malawi is suspended. Mail already dispatched by air is still being delivered.",
        ),
        (
            "Yemen: service update",
            "Surface and air mail services to Yemen are suspended. Refunds for airmail postage "
            "are available at any Post Office branch.",
        ),
        (
            "Courrier vers le Liban",
            "Les envois par voie de surface à destination du Liban sont suspendus. Les envois par "
            "avion restent bloqués à Paris en raison de l'absence de vols.",
        ),
        (
            "Suspension of all services to Sudan",
            "All services to Sudan, including airmail, surface mail and EMS, are suspended. Air "
            "mail items that are already in transit will continue to their destination.",
        ),
        (
            "Versand nach Israel",
            "Der Versand nach Israel ist sowohl per Luftpost als auch auf dem Landweg ausgesetzt. "
            "Bereits eingelieferte Sendungen per Luftpost werden stattdessen an den Absender "
            "zurückgeschickt.",
        ),
    ],
)
def test_every_way_of_sending_stopped_stays_a_suspension(title, text):
    assert classify(title, text).change_kind == "suspension"


def test_an_open_row_of_a_status_table_is_no_destination():
    got = classify(
        "Service status by country",
        "Mail to Yemen is suspended.\nCountry | Status | Details\nJordan | Open | Mail is "
        "accepted and delivered within 5 to 7 working days to all addresses in the country\n"
        "Oman | Open | Mail is accepted and delivered within 5 to 7 working days",
    )
    assert got.destinations == ["YE"]


def test_a_lone_line_of_links_is_no_table_row():
    got = classify(
        "Mail to Israel suspended",
        "We have suspended all mail to Israel until further notice.\nIreland | Privacy policy | "
        "Cookies | Terms and conditions | Accessibility statement | Contact us",
    )
    assert got.destinations == ["IL"]


def test_a_table_of_inbound_mail_by_country_of_origin_names_those_countries():
    got = classify(
        "Inbound International Mail Service Suspensions",
        "Country of origin | Status | Date\nChad | Suspended | 04/09/2020\n"
        "Niger | Suspended | 04/09/2020",
        origin="US",
    )
    assert set(got.destinations) == {"TD", "NE"}


@pytest.mark.parametrize(
    "text",
    [
        "Les envois hors de l'UE nécessitent désormais une déclaration en douane électronique.",
        "Les envois en dehors de l'Union européenne nécessitent désormais une déclaration en "
        "douane électronique.",
    ],
)
def test_outside_the_eu_is_not_the_eu(text):
    assert classify("Nouvelles règles", text, origin="FR").destinations == ["*"]


def test_a_delay_of_another_place_after_but_leaves_the_list_unaffected():
    got = classify(
        "Strike update",
        "Items to Spain, Portugal and Italy are not affected by the French strike, but delays "
        "to France are expected.",
    )
    assert got.destinations == ["FR"]


def test_a_question_followed_by_its_news_on_the_line_names_a_destination():
    got = classify(
        "Service updates",
        "Sending to the USA? Read our guide: from 29 August, goods to the USA are suspended.\n"
        "Sending to Canada? See our strike page: all items are delayed by up to two weeks.",
    )
    assert set(got.destinations) == {"CA", "US"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Lunar New Year schedule",
            "Country | Holiday period | Impact\nTaiwan | 14 – 22 February | Customs closed; "
            "deliveries resume 23 February\nVietnam | 14 – 22 February | Customs clearance "
            "suspended; deliveries resume 23 February\nShipments to these destinations may take "
            "several days longer than usual.",
        ),
        (
            "Labour disruption: rotating strikes",
            "Operations in the communities affected by a rotating strike stop for the duration "
            "of the strike and resume afterwards. Mail sent to Canada will take longer than "
            "usual to be delivered; expect delays of several days.",
        ),
    ],
)
def test_a_resumption_that_ends_the_stop_it_follows_is_no_news(title, text):
    assert classify(title, text).change_kind != "resumption"


def test_a_resumption_after_a_past_stop_is_the_news():
    got = classify(
        "Service resumed",
        "Mail to Cuba was suspended in March. We are pleased to announce that services resume "
        "today.",
    )
    assert got.change_kind == "resumption"


def test_mail_services_are_mail():
    got = classify("Chad", "Mail services to Chad are suspended until further notice.")
    assert got.relevant and got.categories == ["all_goods", "documents"]
