"""Causes found in session 10, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("title", "text", "origin", "expected"),
    [
        (
            "Storm delays in the Grenadines",
            "Mail for Grenada, including Carriacou and Petite Martinique, may arrive up to a "
            "week late after the storm.",
            "GB",
            ["GD"],
        ),
        (
            "メキシコ湾岸の港湾ストライキについて",
            "メキシコ湾岸の港湾ストライキの影響により、米国あての船便の郵便物のお届けに遅れが生じています。",
            "JP",
            ["US"],
        ),
        (
            "Port strike",
            "Because of a strike at ports on the Gulf of Mexico, surface parcels to the United "
            "States will arrive late.",
            "GB",
            ["US"],
        ),
    ],
)
def test_a_place_inside_the_name_of_something_else_is_no_destination(title, text, origin, expected):
    assert classify(title, text, origin=origin).destinations == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lunar New Year: items posted to Greater China from 20 January may take a week longer.",
        "Neujahrsfest: Sendungen nach Großchina brauchen ab 20. Januar bis zu einer Woche länger.",
    ],
)
def test_greater_china_is_its_four_destinations(text):
    assert classify("Holiday delays", text, origin="SG").destinations == ["CN", "HK", "MO", "TW"]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "З 1 березня для всіх відправлень з товарами до всіх країн світу потрібна "
            "електронна митна декларація. Це пов'язано з вимогами країн ЄС та США.",
            "UA",
        ),
        (
            "С 1 марта для отправлений с товарами во всех странах назначения требуется "
            "электронная таможенная декларация. Это связано с требованиями ЕС и США.",
            "RU",
        ),
        (
            "Od 1 marca do wszystkich krajów wymagana jest elektroniczna deklaracja celna dla "
            "przesyłek z towarami. Wynika to z przepisów UE i USA.",
            "PL",
        ),
    ],
)
def test_every_country_in_slavic_languages_is_every_destination(text, origin):
    assert classify("Нове правило", text, origin=origin).destinations == ["*"]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Door storingen bij de luchtvracht komen pakketten naar Aruba en Curaçao tot vijf "
            "dagen later aan. Zendingen naar Suriname hebben geen vertraging.",
            "NL",
        ),
        (
            "Because of a cargo shortage, parcels to Aruba and Curaçao arrive up to five days "
            "late. Parcels to Suriname have no delays.",
            "GB",
        ),
        (
            "Wegen fehlender Frachtkapazität kommen Pakete nach Aruba und Curaçao bis zu fünf "
            "Tage später an. Für Sendungen nach Suriname gibt es keine Verzögerungen.",
            "DE",
        ),
    ],
)
def test_a_place_said_to_have_no_delay_is_not_delayed(text, origin):
    got = classify("Vertraging", text, origin=origin)
    assert got.destinations == ["AW", "CW"]
    assert got.change_kind == "delay"


_PAGE = """Important information

Beware of fraudulent emails and text messages
Posted: 1 February 2025
Scammers send messages that claim to be from us and ask for a fee to release a parcel. Never
pay by gift card. Report phishing to our fraud team.

Vanuatu - Temporary Service Suspension
Posted: 3 March 2025
Because the airport at Port Vila is closed, we have suspended all services to Vanuatu until
further notice. No new shipments to Vanuatu will be accepted.

Holiday closures
Our service centres will be closed on Easter Monday. Pickups resume the next business day.

Privacy Notice | Fraud Awareness | Cookie Settings"""


def test_a_stop_between_a_fraud_warning_and_holiday_hours_is_the_news():
    got = classify("Important information", _PAGE, origin="AU")
    assert got.relevant is True
    assert got.change_kind == "suspension"
    assert got.destinations == ["VU"]


_JOB = """Customs Specialist - Sydney
Careers

About the role
Job ID: 12345 | Full time
You will prepare import declarations and follow regulatory changes in key markets (for
example changes to de minimis thresholds, suspensions of service or new duties).

Requirements
- Two years of experience in customs brokerage
- Knowledge of the Harmonized System

What we offer
A competitive salary and 20 days of annual leave. We are an equal opportunity employer."""


def test_a_job_advert_with_a_requirements_heading_stays_irrelevant():
    got = classify("Customs Specialist - Sydney", _JOB, origin="AU")
    assert got.relevant is False
