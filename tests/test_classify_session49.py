"""Causes found in session 49, each with sentences of our own.

A warning against fake messages that also tells, in a sentence of its own, a stop of mail to
a country is that stop, not the warning alone; the message the fraudsters send ("your parcel
to Italy is suspended") stays a warning. Macedonian says an operator's stop with a transitive
verb ("го прекинува приемот") and a country's ban with "забранува"; Bosnian, Croatian and
Serbian contrast clauses with "ali", as English does with "but"."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("title", "body", "origin", "dest"),
    [
        (
            "Watch out for fake texts",
            "Watch out for fake texts asking for a fee. From 3 May, parcels to Chile are "
            "suspended.",
            "GB",
            "CL",
        ),
        (
            "SMS palsu",
            "Waspada SMS palsu. Mulai 2 Juni, pengiriman ke Kanada dihentikan sementara.",
            "ID",
            "CA",
        ),
        (
            "Mesej palsu",
            "Berhati-hati dengan mesej palsu. Pos Malaysia menggantung penghantaran bungkusan "
            "ke Jepun mulai 4 Mei.",
            "MY",
            "JP",
        ),
    ],
)
def test_stop_beside_a_scam_warning_alerts(title: str, body: str, origin: str, dest: str) -> None:
    got = classify(title, body, origin=origin, source_kind="postal")
    assert got.relevant
    assert got.change_kind == "suspension"
    assert got.destinations == [dest]


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Scam texts",
            "Scam texts claim your parcel to Spain is suspended until you pay a fee from "
            "1 March. Do not click the link.",
            "GB",
        ),
        (
            "Fraud warning",
            "Fraudulent emails say your parcel to Italy is suspended until you pay a fee. "
            "Delete them.",
            "GB",
        ),
        (
            "Beware",
            "Beware of emails saying parcels to Spain are suspended. They are fake.",
            "GB",
        ),
        (
            "Fake texts",
            "Watch out for fake texts. A typical message reads: Delivery to Norway suspended "
            "from 2 May - pay 2 EUR to release it. Delete such messages.",
            "GB",
        ),
        (
            "Scam warning",
            "Beware of scam emails. The message announces that from 1 May parcels to Belgium "
            "are suspended unless a fee is paid. This is not true.",
            "GB",
        ),
        (
            "Pesan palsu",
            "Waspada pesan palsu. Pesan itu mengatakan bahwa mulai 1 Mei pengiriman ke Jepang "
            "dihentikan.",
            "ID",
        ),
    ],
)
def test_the_fraudsters_own_message_stays_quiet(title: str, body: str, origin: str) -> None:
    got = classify(title, body, origin=origin, source_kind="postal")
    assert not got.relevant
    assert got.change_kind == "irrelevant"


def test_macedonian_operator_stop_with_a_transitive_verb() -> None:
    got = classify(
        "Пратки",
        "Поштата привремено го прекинува приемот на пакети за Австрија.",
        origin="MK",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["AT"]


@pytest.mark.parametrize(
    "body",
    [
        "Поштата го суспендира работното време во саботите.",
        "Ги потсетуваме корисниците дека пушењето е забрането во сите пошти.",
        "Услугата за следење на нашата веб-страница е прекината поради одржување.",
    ],
)
def test_macedonian_notices_of_other_things_stay_quiet(body: str) -> None:
    got = classify("Известување", body, origin="MK", source_kind="postal")
    assert not got.relevant


def test_macedonian_saturday_hours_stay_quiet() -> None:
    got = classify(
        "Сабота",
        "Поштата го суспендира работното време во саботите.",
        origin="MK",
        source_kind="postal",
    )
    assert not got.relevant


def test_macedonian_country_ban_is_prohibited_items() -> None:
    got = classify(
        "Месо", "Канада забранува увоз на месо по пошта.", origin="MK", source_kind="postal"
    )
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["CA"]
    assert got.categories == ["food"]


@pytest.mark.parametrize(
    ("title", "body", "origin", "dest", "category"),
    [
        (
            "Pošiljke",
            "Paketi s odjećom i dalje se šalju, ali lijekovi za Austriju od 1. aprila nisu "
            "dozvoljeni.",
            "BA",
            "AT",
            "medicines",
        ),
        (
            "Przesyłki",
            "Książki nadal można wysyłać bez ograniczeń, ale żywność do Niemiec od 1 marca "
            "jest zakazana.",
            "PL",
            "DE",
            "food",
        ),
    ],
)
def test_what_still_goes_ends_at_the_slavic_but(
    title: str, body: str, origin: str, dest: str, category: str
) -> None:
    got = classify(title, body, origin=origin, source_kind="postal")
    assert got.change_kind == "prohibited_items"
    assert got.destinations == [dest]
    assert got.categories == [category]


_NEWSLETTER = """News from the Post – March

Published 3 March 2027

New stamps: birds of the coast
Six new stamps show the birds of our coast. The stamps are on sale in every post office.

{middle}

{heading}
From 1 April, the maximum weight of a parcel to Iceland is lowered from 30 kg to 10 kg.

Thank you
Thank you for a busy winter season.
"""
_HIRING = (
    "We are hiring\n"
    "Join our team: we have open jobs for drivers in the north. Apply on our careers page."
)
_SURVEY = "Tell us what you think\nTake part in our customer satisfaction survey and win a voucher."


@pytest.mark.parametrize("middle", [_HIRING, _SURVEY])
def test_newsletter_item_under_a_place_heading_is_news(middle: str) -> None:
    body = _NEWSLETTER.format(middle=middle, heading="Parcels to Iceland")
    got = classify("News from the Post – March", body, origin="GB", source_kind="postal")
    assert got.relevant
    assert got.change_kind == "restriction"
    assert got.destinations == ["IS"]


def test_newsletter_of_stamps_and_jobs_alone_stays_quiet() -> None:
    body = _NEWSLETTER.format(middle=_HIRING, heading="Our new app").replace(
        "From 1 April, the maximum weight of a parcel to Iceland is lowered from 30 kg to 10 kg.",
        "Track every parcel in the new app, with a map of our post offices.",
    )
    got = classify("News from the Post – March", body, origin="GB", source_kind="postal")
    assert not got.relevant


def test_job_advert_with_a_place_heading_stays_quiet() -> None:
    body = (
        "Job ID 4711\n\nWhat you'll do\nYou prepare customs declarations for our parcels and "
        "answer questions from customers.\n\nParcels to Switzerland\nYou check that every "
        "parcel to Switzerland carries an electronic customs declaration.\n\nWhat we offer\n"
        "A permanent contract and a team that cares. Apply now with your CV."
    )
    got = classify("Join our customs team", body, origin="DE", source_kind="postal")
    assert not got.relevant


def test_numbered_newsletter_item_is_a_section_of_its_own() -> None:
    body = (
        "Liebe Kundinnen und Kunden,\nhier das Wichtigste in Kürze:\n\n"
        "1. Neue Sondermarken\n"
        "Am 4. Mai erscheinen drei neue Sondermarken mit Motiven aus den Alpen und dem Meer.\n\n"
        "2. Pakete nach Island: neue Höchstgrenze\n"
        "Ab dem 1. Juni 2027 dürfen Pakete nach Island höchstens 10 kg wiegen, statt bisher "
        "30 kg.\n\n"
        "3. Tipp des Monats\n"
        "Beauftragen Sie die Abholung Ihrer Sendungen bequem im Kundenportal.\n"
    )
    got = classify("Kunden-Newsletter Mai 2027", body, origin="DE", source_kind="postal")
    assert got.relevant
    assert got.change_kind == "restriction"
    assert got.destinations == ["IS"]


def test_site_chrome_words_are_no_topic_of_an_alert() -> None:
    """A cookie banner's buttons, the title of another alert listed under "Weitere
    Service-Hinweise" and a footer whose links runs of spaces part name no topic of the alert."""
    body = (
        "Zum Hauptinhalt springen\nCookie-Einstellungen   Alle Cookies zulassen\n"
        "Versand  Sendungsverfolgung  Support  Anmelden\n\nService-Hinweise\n\n"
        "Zusammenfassung (Zuletzt aktualisiert: 14.05.2027; 10:00 MEZ) Streik in Portugal\n\n"
        "Wegen eines landesweiten Streiks in Portugal kommt es bei Paketsendungen nach Portugal "
        "zu Verzögerungen bei der Zustellung.\n\nWeitere Service-Hinweise\n"
        "Zusammenfassung (Zuletzt aktualisiert: 02.05.2027; 09:00 MEZ) Warnung vor "
        "betrügerischen E-Mails\n\nKontakt  Standorte  Über uns  Nachhaltigkeit  Karriere\n"
    )
    got = classify(
        "Serviceunterbrechung: Streik in Portugal", body, origin="CH", source_kind="carrier"
    )
    assert got.relevant
    assert got.change_kind == "delay"
    assert got.destinations == ["PT"]


def test_last_posting_dates_abroad_are_informational_for_their_places() -> None:
    body = (
        "To make sure your cards and gifts arrive before Christmas, post them by these dates:\n\n"
        "Destination | Airmail | Economy\nBrazil | 1 December | 4 November\n"
        "Kenya | 3 December | 6 November\nNorway | 10 December | 20 November\n\n"
        "Items posted later are still accepted but may arrive after Christmas."
    )
    got = classify(
        "Last posting dates for Christmas 2027 – mail abroad",
        body,
        origin="NZ",
        source_kind="postal",
    )
    assert got.relevant
    assert got.change_kind == "informational"
    assert got.destinations == ["BR", "KE", "NO"]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Christmas 2027: last posting dates",
            "Post second class letters by 18 December and first class letters by 20 December "
            "for delivery within New Zealand before Christmas.",
        ),
        (
            "Letter prices rise in January",
            "The price of a standard letter within New Zealand rises by 20 cents on 1 January. "
            "The last posting dates for mail abroad will be published in November.",
        ),
    ],
)
def test_last_posting_dates_at_home_stay_quiet(title: str, body: str) -> None:
    got = classify(title, body, origin="NZ", source_kind="postal")
    assert not got.relevant


def test_no_change_to_these_thresholds_is_a_reminder() -> None:
    body = (
        "The border agency reminds everyone of the rules for gifts sent to Canada by mail. "
        "- Gifts worth CAN$60 or less are free of duty and taxes; above that, duty applies to "
        "the amount over CAN$60. There are no changes to these thresholds this year."
    )
    got = classify("Sending gifts to Canada this winter", body, origin="CA", source_kind="customs")
    assert got.change_kind == "informational"
    assert got.destinations == ["CA"]


def test_japanese_stop_said_as_a_case_to_come_is_no_stop() -> None:
    body = (
        "現在、トルコ宛ての国際郵便物は通常どおり引受けを行っております。"
        "今後、引受けを一時停止する場合は、改めてお知らせいたします。"
    )
    got = classify("トルコ宛て郵便物について", body, origin="JP", source_kind="postal")
    assert got.change_kind == "informational"
    assert got.destinations == ["TR"]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "National Post Reports Fiscal Year 2027 Results",
            "The National Post today reported its financial results for the fiscal year: "
            "revenue of $78 billion and a net loss of $2.1 billion. "
            "Inbound international volume fell 15 percent, reflecting the suspension by several "
            "foreign posts of shipments to the United States.",
        ),
        (
            "Passport services: appointment scheduling suspended at two offices",
            "From 3 June, online passport appointment scheduling is temporarily suspended at "
            "the Main Street and Harbor post offices. Walk-in service remains available.",
        ),
    ],
)
def test_results_and_passport_services_stay_quiet(title: str, body: str) -> None:
    got = classify(title, body, origin="US", source_kind="postal")
    assert not got.relevant


def test_places_that_stay_suspended_are_no_news_of_a_resumption() -> None:
    body = (
        "Laos and Cambodia – services resumed\n"
        "Flights are running again, and all international services to Laos and Cambodia "
        "resume from Monday 12 May.\n\n"
        "Myanmar – services remain suspended\n"
        "There is still no transport to Myanmar. Please do not post items to Myanmar until "
        "further notice."
    )
    got = classify("Service update", body, origin="GB", source_kind="postal")
    assert got.change_kind == "resumption"
    assert got.destinations == ["KH", "LA"]


def test_a_place_resumed_in_part_stays_a_destination() -> None:
    body = (
        "Parcels to Chile are accepted again from 2 June. Letters to Chile remain suspended. "
        "Mail to Peru remains suspended."
    )
    got = classify("Service update", body, origin="GB", source_kind="postal")
    assert got.change_kind == "resumption"
    assert "CL" in got.destinations
    assert "PE" not in got.destinations


def test_a_topic_word_inside_a_web_address_is_no_topic() -> None:
    body = (
        "Stamps.com > Support > Service alerts\n\n"
        "Because of a strike at the national post of Peru, USPS has temporarily stopped "
        "accepting mail and packages addressed to Peru. Labels for Peru cannot be printed in "
        "Stamps.com until further notice."
    )
    got = classify("USPS service alert: Peru", body, origin="US", source_kind="other")
    assert got.relevant
    assert got.change_kind == "suspension"
    assert got.destinations == ["PE"]


def test_a_country_that_no_longer_allows_goods_bans_them() -> None:
    got = classify(
        "Sending e-cigarettes to Oman",
        "Customs in Oman have told us that from 1 March they will no longer allow e-cigarettes "
        "to be received by post. Items found to contain them will be seized.",
        origin="GB",
        source_kind="postal",
    )
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["OM"]
    assert got.categories == ["tobacco_vapes"]
