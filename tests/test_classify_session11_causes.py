"""Causes found in session 11, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("title", "text", "origin"),
    [
        (
            "Compras en el extranjero: IVA desde el primer peso",
            "A partir del 1 de marzo todas las compras internacionales pagan IVA del 19 %, sin "
            "importar su valor. Los envíos desde Estados Unidos, China y la Unión Europea siguen "
            "llegando en los plazos habituales.",
            "CL",
        ),
        (
            "Achats à l'étranger : TVA dès le premier euro",
            "Dès le 1er mars, toutes les importations de faible valeur sont soumises à la TVA, "
            "quelle que soit leur valeur. Les colis depuis la Chine et les États-Unis gardent "
            "leurs délais.",
            "CH",
        ),
    ],
)
def test_desde_and_depuis_before_a_place_say_where_goods_come_from(title, text, origin):
    assert classify(title, text, origin=origin, source_kind="carrier").destinations == [origin]


@pytest.mark.parametrize(
    ("title", "text", "origin", "expected"),
    [
        (
            "Notice on e-cigarettes in international mail",
            "From 1 March the import of electronic cigarettes is prohibited by law. Letters and "
            "parcels addressed to Thailand that contain e-cigarettes or e-liquids will not be "
            "delivered and will be handed over to customs.",
            "TH",
            ["TH"],
        ),
        (
            "Зміни в оподаткуванні міжнародних відправлень",
            "З 1 квітня міжнародні відправлення, які надходять в Україну, оподатковуються ПДВ "
            "незалежно від вартості.",
            "UA",
            ["UA"],
        ),
        # inside the country, not into it: the notice stays about every destination
        (
            "Recalled phones can't be sent by post",
            "From today recalled phones are prohibited in the mail: they can't be sent to any "
            "international destination, and can't be sent within Thailand by air.",
            "TH",
            ["*"],
        ),
    ],
)
def test_a_post_on_mail_into_its_own_country_names_that_country(title, text, origin, expected):
    assert classify(title, text, origin=origin, source_kind="postal").destinations == expected


def test_places_listed_as_part_of_a_destination_are_destinations_too():
    text = (
        "We temporarily suspend the acceptance of parcels to France.\n\n"
        "Scope: France including its overseas departments (Guadeloupe, Martinique, Réunion)\n"
        "Letters with documents are still accepted."
    )
    got = classify("Parcels to France suspended", text, origin="CH").destinations
    assert got == ["FR", "GP", "MQ", "RE"]


def test_places_listed_as_part_of_a_place_that_is_no_destination_stay_out():
    text = (
        "Parcels to Norway may take two days longer because of the storm.\n"
        "Our partner in Denmark including Greenland handles the returns as usual."
    )
    assert classify("Storm delays to Norway", text, origin="SE").destinations == ["NO"]


@pytest.mark.parametrize(
    "text",
    [
        "From 1 May all parcels with goods to Iceland need electronic customs data. "
        "Parcels to Norway are handled as before.",
        "Ab 1. Mai brauchen alle Pakete mit Waren nach Island elektronische Zolldaten. "
        "Sendungen nach Norwegen werden wie bisher behandelt.",
        "Från den 1 maj ska alla paket med varor till Island ha elektroniska tulluppgifter. "
        "Paket till Norge hanteras som tidigare.",
    ],
)
def test_a_place_handled_as_before_is_not_affected(text):
    assert classify("Customs data", text, origin="DK").destinations == ["IS"]


def test_a_question_section_of_standing_advice_names_no_destination():
    text = (
        "Service updates\n\n"
        "Strike: delays to Chile and Peru\n"
        "Parcels to Chile and Peru may take up to five days longer because of a port strike.\n\n"
        "Sending to the USA?\n"
        "All parcels to the United States need an electronic customs declaration.\n\n"
        "Sending to the EU?\n"
        "The receiver may need to pay import VAT before delivery to the European Union.\n\n"
        "Contact us\n"
        "Customer service: 0300 123 456"
    )
    got = classify("Delays to Chile and Peru", text, origin="GB")
    assert got.destinations == ["CL", "PE"]
    assert got.change_kind == "delay"


def test_a_question_heading_over_the_news_itself_keeps_its_place():
    text = (
        "Service update\n\n"
        "Sending to Japan?\n"
        "From 3 May parcels to Japan are suspended until further notice.\n\n"
        "Contact us\n"
        "Customer service: 0300 123 456"
    )
    got = classify("Service update", text, origin="GB")
    assert got.destinations == ["JP"]
    assert got.change_kind == "suspension"


RESUMPTION_PAGE = (
    "Important information\n"
    "Stay informed about events that could affect your shipments.\n\n"
    "Beware of fraud\n"
    "We receive reports of text messages that ask receivers to pay customs duties through a "
    "link. We never ask for payment by gift card. Report phishing messages to our team.\n\n"
    "{heading}\n"
    "Services to and from Libya will resume on 1 October. Parcels and documents will be "
    "accepted for delivery to Tripoli and Benghazi.\n\n"
    "Greener shipping\n"
    "Offset the carbon emissions of your shipments with our climate programme.\n\n"
    "Track with our app\n"
    "Get SMS notifications and email alerts about your shipments in our app.\n\n"
    "Holiday schedule\n"
    "During public holidays our service points may have reduced opening times.\n\n"
    "Terms and Conditions | Privacy Notice | Fraud Awareness"
)


@pytest.mark.parametrize(
    "heading",
    [
        "20 September 2026 - Resumption of express services to and from Libya",
        "2026-09-20: Resumption of our express services to and from Libya in October",
    ],
)
def test_a_resumption_under_a_dated_heading_is_news_beside_fraud_and_holiday_sections(heading):
    got = classify(
        "Resumption of services to Libya", RESUMPTION_PAGE.format(heading=heading), origin=""
    )
    assert got.relevant
    assert got.change_kind == "resumption"
    assert got.destinations == ["LY"]


def test_a_holiday_sections_own_resumption_stays_a_holiday_notice():
    text = (
        "Easter opening hours\n"
        "Post offices in Ireland are closed on Good Friday and Easter Monday.\n\n"
        "Easter Monday\n"
        "All post offices are closed. Collections from Ireland resume on Tuesday.\n\n"
        "Beware of fraud\n"
        "Phishing text messages ask for customs fees through a link. Report phishing to us.\n\n"
        "Contact us\n"
        "Customer service: 01 705 7600"
    )
    got = classify("Easter opening hours", text, origin="IE")
    assert not got.relevant
