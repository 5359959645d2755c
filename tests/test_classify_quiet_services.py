"""Notices whose alarming words are about something a sender does not send: a cash machine or
online banking stopped for maintenance, post offices closed for a holiday with service
resuming the next day. Sentences written for the project; the same stop of mail stays loud."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Scheduled maintenance: ATM and online banking unavailable",
            "Because of planned system maintenance, ATM services in all branches and online "
            "banking will be suspended from 23:00 on Saturday 4 May to 06:00 on Sunday 5 May.\n"
            "Suspension period: 7 hours. Card payments abroad are also unavailable.",
        ),
        (
            "Wartungsarbeiten am Wochenende",
            "Wegen Wartungsarbeiten sind Geldautomaten und Onlinebanking am Sonntag von 2 bis 6 "
            "Uhr nicht verfügbar. Die Dienste werden danach wieder aufgenommen.",
        ),
        (
            "Maintenance informatique",
            "En raison d'une maintenance informatique, les distributeurs de billets et la "
            "banque en ligne seront interrompus dans la nuit du 12 au 13 mars.",
        ),
        (
            "Post offices closed on Independence Day",
            "Post offices will be closed and there will be no mail delivery on Saturday, July 4, "
            "in observance of Independence Day, a federal holiday. Regular service resumes on "
            "Monday, July 6.",
        ),
        (
            "Bank holiday opening times",
            "All post offices will be closed on the bank holiday Monday. Collections resume on "
            "Tuesday as normal.",
        ),
    ],
)
def test_a_stop_of_something_not_sent_stays_quiet(title: str, text: str) -> None:
    got = classify(title, text)
    assert not got.relevant, got


def test_a_stop_of_mail_for_maintenance_still_alerts() -> None:
    got = classify(
        "Parcels to Chile suspended during system maintenance",
        "Because of planned system maintenance at the customs portal of Chile, we cannot "
        "accept parcels to Chile from 3 to 5 June.",
    )
    assert got.relevant
    assert got.destinations == ["CL"]
    assert got.change_kind == "suspension"


def test_a_holiday_stop_of_mail_to_a_destination_still_alerts() -> None:
    got = classify(
        "Lunar New Year: mail to China delayed",
        "Because of the Lunar New Year holidays in China, items to China will be delayed by "
        "up to two weeks.",
    )
    assert got.relevant
    assert got.destinations == ["CN"]
    assert got.change_kind == "delay"


def test_a_holiday_collections_notice_is_quiet() -> None:
    result = classify(
        "Christmas and New Year: collections and deliveries",
        "There will be no collections or deliveries on Christmas Day or Boxing Day, and no "
        "service on New Year's Day. Normal collections and deliveries resume on Tuesday 29 "
        "December. Special Delivery collections will operate a reduced service on 31 "
        "December. Please check opening times with your local branch.",
        origin="GB",
    )
    assert not result.relevant


def test_a_suspension_of_telecommunication_services_beside_normal_mail_is_informational() -> None:
    result = classify(
        "Benin - 12/04/2021",
        "The post of Benin informs that, despite the suspension of telecommunication and SMS "
        "services during the election, postal services in Benin continue to operate normally. "
        "International mail is dispatched according to the usual schedules. Tracking messages "
        "will be sent once the data network is restored.",
    )
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["BJ"]


def test_a_lead_that_reminds_of_rules_that_have_not_changed_is_informational() -> None:
    result = classify(
        "Sending food gifts to Australia? Check the rules first",
        "Customs is reminding people overseas who send gifts to family in Australia that the "
        "rules for food and plant products have not changed.\n\nFresh fruit, meat and seeds are "
        "prohibited or need a permit. Gifts valued over AUD 1,000 may attract duty and GST.",
        origin="AU",
        source_kind="customs",
    )
    assert result.relevant
    assert result.change_kind == "informational"


def test_a_german_reminder_that_nothing_has_changed_is_informational() -> None:
    result = classify(
        "Weihnachtsversand ins Ausland: Was gilt für Powerbanks?",
        "Wir möchten Sie an die bestehenden Regeln erinnern – an unseren Versandbedingungen hat "
        "sich nichts geändert: Powerbanks sind im internationalen Paketversand weiterhin "
        "ausgeschlossen.",
        origin="DE",
    )
    assert result.relevant
    assert result.change_kind == "informational"
