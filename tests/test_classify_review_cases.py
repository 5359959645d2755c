"""Cases a read-only review of the rules added with held-out sets 9-15 reproduced: each rule is
checked from the side where it overreached (a real change must stay a change, and a destination
must not be lost)."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("origin", "text", "kind", "expected"),
    [
        (
            "DE",
            "Please note that from 1 July a customs declaration is required for all parcels to "
            "Switzerland.",
            "new_requirement",
            ["CH"],
        ),
        (
            "GB",
            "We would like to remind you that from 1 December e-cigarettes are prohibited in mail "
            "to Australia.",
            "prohibited_items",
            ["AU"],
        ),
        (
            "ES",
            "Le recordamos que a partir del 1 de marzo está prohibido el envío de baterías de "
            "litio a Estados Unidos.",
            "prohibited_items",
            ["US"],
        ),
    ],
)
def test_a_new_rule_opened_like_a_reminder_is_news(origin, text, kind, expected):
    got = classify("Customer notice", text, origin=origin, source_kind="postal")
    assert got.change_kind == kind
    assert got.destinations == expected


def test_day_first_slash_dates_keep_the_newest_item():
    got = classify(
        "Service information",
        "03/06/2024 - Acceptance of all mail to Israel is suspended until further notice.\n"
        "28/05/2024 - Mail to Jordan may be delayed because of reduced flights.",
        origin="FR",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert "IL" in got.destinations


@pytest.mark.parametrize(
    ("title", "text", "kind", "expected"),
    [
        (
            "Mail to Israel: timetable",
            "The following applies to mail to Israel:\n"
            "10 June 2024: acceptance of all mail to Israel is suspended.\n"
            "1 July 2024: letters to Israel are expected to be accepted again.",
            "suspension",
            ["IL"],
        ),
        (
            "Mail to Israel",
            "Home\nNews\nArchive\nAll mail to Israel is suspended until further notice.",
            "suspension",
            ["IL"],
        ),
        (
            "Status",
            "Related announcements\nAcceptance of all parcels to Ukraine is suspended from today.",
            "suspension",
            ["UA"],
        ),
    ],
)
def test_schedules_and_menu_lines_are_no_older_items(title, text, kind, expected):
    got = classify(title, text, origin="DE", source_kind="postal")
    assert got.change_kind == kind
    assert got.destinations == expected


@pytest.mark.parametrize(
    ("origin", "text", "expected"),
    [
        (
            "EG",
            "At a press conference today, the Director General announced that all mail to Sudan "
            "is suspended until further notice.",
            ["SD"],
        ),
        (
            "US",
            "Acceptance of mail to Haiti is suspended. The tender for air transport attracted no "
            "bids.",
            ["HT"],
        ),
        (
            "DE",
            "Der Versand von Paketen nach Russland ist ab sofort eingestellt. Rabatte und "
            "Gutscheine für diese Sendungen werden erstattet.",
            ["RU"],
        ),
    ],
)
def test_minor_topics_beside_a_real_stop_do_not_quiet_it(origin, text, expected):
    got = classify("Customer information", text, origin=origin, source_kind="postal")
    assert got.relevant
    assert got.change_kind == "suspension"
    assert got.destinations == expected


def test_a_title_about_the_sale_of_postage_does_not_quiet_a_stop():
    got = classify(
        "Sale of postage suspended",
        "Due to the strike at Canada Post, we have suspended acceptance of all items to Canada "
        "until further notice.",
        origin="US",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["CA"]


def test_no_postal_service_to_a_country_is_a_stop_there():
    got = classify(
        "Service update",
        "There is no postal service to Yemen, Libya or Sudan until further notice. Mail to Egypt "
        "may be delayed.",
        origin="GB",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert {"YE", "LY", "SD"} <= set(got.destinations)


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        (
            "Items to Gibraltar are not covered by the EU exemption and require a customs "
            "declaration from 1 January.",
            "GI",
        ),
        (
            "Items to Cuba, which were already subject to a 2 kg limit, are suspended from 1 May.",
            "CU",
        ),
        (
            "Parcels to Norway, previously accepted without restrictions, are limited to 2 kg from "
            "1 May. Mail to Sweden may be delayed.",
            "NO",
        ),
    ],
)
def test_words_near_an_unaffected_phrase_keep_their_destination(text, lost):
    got = classify("Customer notice", text, origin="DK", source_kind="postal")
    assert lost in got.destinations


@pytest.mark.parametrize(
    "text",
    [
        "Eftersom ingen personal finns stoppas alla försändelser till Israel tills vidare.",
        "Eftersom det saknas flyg stoppas alla försändelser till Israel tills vidare.",
    ],
)
def test_swedish_causes_before_a_stop_leave_it_a_stop(text):
    got = classify("Information", text, origin="SE", source_kind="postal")
    assert got.change_kind == "suspension"
    assert got.destinations == ["IL"]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "New import rules",
            "From 1 May, food items are prohibited in parcels, according to new rules set by "
            "Jordan customs.",
            ["JO"],
        ),
        (
            "Nigeria elections: mail suspended",
            "Due to the general elections, all mail to the country is suspended from 20 to 28 "
            "February.",
            ["NG"],
        ),
        (
            "Customer notice",
            "Due to strikes in several EU countries, for example France and Belgium, mail may be "
            "delayed.",
            ["BE", "FR"],
        ),
    ],
)
def test_names_after_by_before_elections_and_some_members_stay_places(title, text, expected):
    got = classify(title, text, origin="GB", source_kind="postal")
    assert got.destinations == expected


def test_a_refund_limit_leaves_a_full_stop_a_suspension():
    got = classify(
        "Service update",
        "Acceptance of all mail to Haiti is suspended until further notice. Customers may claim "
        "refunds of up to a maximum of USD 100.",
        origin="US",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "SE",
            "Strejk: försenade paket",
            "På grund av strejken kan paket försenas med upp till en vecka. Informationen finns "
            "även på finska.",
        ),
        (
            "CZ",
            "Zpoždění zásilek",
            "Z důvodu stávky mohou být zásilky zpožděny o týden; pro samou zásilku platí stejné "
            "podmínky.",
        ),
    ],
)
def test_lower_case_words_are_no_czech_case_forms_of_names(origin, title, text):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.destinations == ["*"]


def test_arabic_in_coordination_with_names_no_destination():
    got = classify(
        "تعليق إرسال الطرود إلى السودان",
        "تعلن البريد المصري عن تعليق قبول الطرود المرسلة إلى السودان حتى إشعار آخر، وذلك "
        "بالتنسيق مع الإمارات.",
        origin="EG",
        source_kind="postal",
    )
    assert got.destinations == ["SD"]


def test_german_mail_that_goes_on_and_a_post_that_follows_advice():
    got = classify(
        "Coronavirus: Briefe und Pakete nach Italien werden weiterhin befördert",
        "Die Post nimmt Briefe und Pakete nach Italien weiterhin ohne Einschränkungen an. Die "
        "Post hält sich an die Empfehlungen des Bundesamts für Gesundheit.",
        origin="CH",
        source_kind="postal",
    )
    assert got.relevant
    assert got.change_kind == "informational"
    assert got.destinations == ["IT"]


def test_mail_that_continues_to_be_dispatched_is_unaffected():
    got = classify(
        "Volcanic ash: delays to Europe",
        "Mail addressed to the following countries is held and delayed:\nBelgium\nDenmark\n"
        "Mail for Spain and Italy continues to be dispatched.",
        origin="US",
        source_kind="postal",
    )
    assert got.change_kind == "delay"
    assert got.destinations == ["BE", "DK"]
