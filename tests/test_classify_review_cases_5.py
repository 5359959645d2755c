"""Notices a review of the session-6 rules wrote to probe them: each was right before those
rules and wrong after a first version of them."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU = sorted(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)

CASES = [
    # a question the next sentence answers "Yes", or one that takes the change as given
    (
        "DE",
        "Israel",
        "Has Deutsche Post suspended deliveries to Israel? Yes, with immediate effect and until "
        "further notice.",
        "suspension",
        ["IL"],
    ),
    (
        "GB",
        "Shipping to the US: what is changing?",
        "Why are we suspending goods to the USA from 26 August 2025? The US government has ended "
        "the duty-free de minimis treatment for low-value goods.",
        "suspension",
        ["US"],
    ),
    # a list below, or a pointer sentence that goes on to state the change
    (
        "DE",
        "Service update",
        "See the list below of destinations for which we have temporarily suspended acceptance "
        "of all items:\nIsrael\nLebanon\nIran",
        "suspension",
        ["IL", "IR", "LB"],
    ),
    (
        "GB",
        "Vapes to Australia",
        "Please check the updated list of prohibited items: from 1 March 2026 e-cigarettes and "
        "vapes can no longer be sent to Australia.",
        "prohibited_items",
        ["AU"],
    ),
    (
        "IE",
        "Important update",
        "Please see our international service updates page for details: from 25 August 2025 we "
        "have suspended all goods to the United States.",
        "suspension",
        ["US"],
    ),
    (
        "GB",
        "Sending to the EU",
        "Read the section below carefully: from 1 July 2026 all parcels to the European Union "
        "must carry an electronic customs declaration with a 6-digit HS code.",
        "new_requirement",
        EU,
    ),
    (
        "GB",
        "US service update",
        "Related links\nUS goods suspended from 25 August 2025\nWe will no longer accept items "
        "containing goods for the United States",
        "suspension",
        ["US"],
    ),
    # "had suspended" in reported speech is the news
    (
        "US",
        "Statement on international mail to Israel",
        "The Postal Service said Monday that it had suspended acceptance of all mail destined for "
        "Israel until further notice, citing the lack of air transport.",
        "suspension",
        ["IL"],
    ),
    (
        "IN",
        "Update on international mail to the USA",
        "India Post said that booking of all categories of postal articles to the USA had been "
        "suspended with effect from 25 August 2025, except letters and documents and gift items "
        "up to USD 100.",
        "suspension",
        ["US"],
    ),
    (
        "FI",
        "Mail to Russia",
        "The company confirmed that deliveries to Russia had been suspended with immediate effect "
        "and until further notice.",
        "suspension",
        ["RU"],
    ),
    # a dated resumption that is only expected is the end of a delay
    (
        "SE",
        "Strike in Finland",
        "A general strike in Finland affects postal deliveries. Items to Finland may take longer "
        "than usual. Posti expects normal deliveries to resume from 11 March 2024.",
        "delay",
        ["FI"],
    ),
    # heads without a year across a year's end: the first is the newest
    (
        "US",
        "Service alert: Canada",
        "January 6 update: Canada Post has resumed operations and mail to Canada is being "
        "accepted again.\n\nDecember 16 update: Mail to Canada remains suspended due to the "
        "strike at Canada Post.\n\nDecember 2 update: We have suspended acceptance of all mail "
        "to Canada until further notice.",
        "resumption",
        ["CA"],
    ),
    (
        "US",
        "Service alert: Canada",
        "Update: 6 January\nCanada Post has resumed operations and mail to Canada is accepted "
        "again.\n\nUpdate: 16 December\nWe have suspended acceptance of all mail to Canada until "
        "further notice.",
        "resumption",
        ["CA"],
    ),
    (
        "FR",
        "Nouvelle-Calédonie",
        "Update 2 January: Because of the unrest, all mail to New Caledonia is suspended until "
        "further notice.\nUpdate 28 December: Items to New Caledonia are delayed.",
        "suspension",
        ["NC"],
    ),
    # Swedish negation after the verb
    (
        "SE",
        "Strejk i Finland",
        "PostNord pausar inte försändelser till Finland. Leveranser till Finland går som vanligt.",
        "informational",
        ["FI"],
    ),
    # "as previously announced" is no "as before"
    (
        "CN",
        "EU parcels",
        "From 1 July 2026, all low-value parcels to the European Union will be subject to a flat "
        "EUR 3 customs duty as previously announced by the European Commission.",
        "duty_tax_change",
        EU,
    ),
    (
        "DK",
        "Norway: VOEC",
        "From 1 April 2026, the VOEC number must be provided as previously communicated for all "
        "parcels to Norway.",
        "new_requirement",
        ["NO"],
    ),
    # "no change" said of letters beside a change of goods
    (
        "AT",
        "Sending to the USA",
        "Parcels containing goods can no longer be sent to the United States. Letters: no change. "
        "Documents: no change.",
        "suspension",
        ["US"],
    ),
    (
        "PL",
        "Russia and Belarus",
        "Nothing changes for letters. Parcels to Russia and Belarus are no longer accepted.",
        "suspension",
        ["BY", "RU"],
    ),
    (
        "GB",
        "Sending to the USA",
        "There is no change to the rules for letters and documents. Goods to the United States "
        "now require an electronic customs declaration with a HS code and the country of origin.",
        "new_requirement",
        ["US"],
    ),
    # cash on delivery named among all that stops, or a word of duty collection
    (
        "PL",
        "Wstrzymanie przyjmowania przesyłek do USA",
        "Od 29 sierpnia 2025 r. przyjmowanie przesyłek z towarami do USA zostaje wstrzymane w "
        "związku z obowiązkiem pobrania cła przez przewoźnika.",
        "suspension",
        ["US"],
    ),
    (
        "PL",
        "Rosja",
        "Przyjmowanie wszystkich przesyłek do Rosji, w tym przesyłek za pobraniem, zostaje "
        "wstrzymane do odwołania.",
        "suspension",
        ["RU"],
    ),
    (
        "GB",
        "Israel: service suspended",
        "We have suspended all mail to Israel, including items with additional services such as "
        "registered and insured mail, until further notice.",
        "suspension",
        ["IL"],
    ),
    (
        "DE",
        "Russland",
        "Der Versand von Paketen nach Russland, auch mit Nachnahme, ist bis auf Weiteres "
        "ausgesetzt.",
        "suspension",
        ["RU"],
    ),
    (
        "PL",
        "Ukraine",
        "Due to the hostilities, all postal services to Ukraine, including cash on delivery, are "
        "suspended until further notice.",
        "suspension",
        ["UA"],
    ),
    # "also covers" with no stop before it
    (
        "DE",
        "Strike in Sweden",
        "Due to a strike at PostNord, deliveries to Sweden are delayed. Our Malmö hub also covers "
        "Denmark; collections there run as normal.",
        "delay",
        ["SE"],
    ),
]


@pytest.mark.parametrize(("origin", "title", "text", "kind", "destinations"), CASES)
def test_review_case(
    origin: str, title: str, text: str, kind: str, destinations: list[str]
) -> None:
    r = classify(title, text, origin=origin, source_kind="postal")
    assert (r.change_kind, r.destinations) == (kind, destinations)


def test_a_planned_resumption_after_a_strike_is_no_resumption() -> None:
    text = (
        "Strike action by our colleagues will affect collections and deliveries on 24 and 25 "
        "October. We plan to resume normal services from 26 October 2025."
    )
    r = classify("Industrial action", text, origin="GB", source_kind="postal")
    assert r.change_kind != "resumption"


def test_negated_as_usual_in_swedish_is_no_exemption_of_letters() -> None:
    text = (
        "På grund av strejken i Finland kan brev och paket till Finland inte delas ut som "
        "vanligt. Räkna med förseningar."
    )
    r = classify("Strejk i Finland", text, origin="SE", source_kind="postal")
    assert (r.change_kind, r.categories) == ("delay", ["all_goods", "documents"])


def test_a_lead_saying_nothing_changed_after_questions_we_have_received() -> None:
    text = (
        "We have received questions about the US tariff changes. Nothing has changed. You can "
        "keep sending parcels as usual."
    )
    r = classify("Sending to the USA", text, origin="GB", source_kind="postal")
    assert r.change_kind == "informational"
