"""Notices a second review of the session-6 rules wrote to probe them: each was right before
those rules and wrong after a first version of them."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (origin, source_kind, title, text, kind, destinations)
CASES = [
    # a carrier's own hub country is no destination
    (
        "",
        "carrier",
        "Service alert: strike at Leipzig hub",
        "Due to industrial action affecting our operations in Germany, shipments to Japan and "
        "South Korea may be delayed by up to two days.",
        "delay",
        ["JP", "KR"],
    ),
    (
        "",
        "carrier",
        "Network update",
        "A system outage at our hub disrupted operations in the Netherlands overnight. Shipments "
        "to Canada are delayed by one day.",
        "delay",
        ["CA"],
    ),
    # customs tariffs, a city, freight prices: not the operator's own prices
    (
        "GB",
        "postal",
        "Strike at Porto airport",
        "Despite the strike at Porto airport, mail to Portugal continues as normal.",
        "informational",
        ["PT"],
    ),
    (
        "",
        "carrier",
        "Air freight prices",
        "Air freight prices have risen sharply due to the conflict, but shipments to Israel "
        "continue as normal.",
        "informational",
        ["IL"],
    ),
    # a strike beside the holiday closures
    (
        "GB",
        "postal",
        "Holiday closures and strike notice",
        "Post offices are closed on Christmas Day and Boxing Day. There are no collections on "
        "these days.\n\nThe CWU has called strike action for 22 and 23 December. Mail may be "
        "delayed during this period.",
        "delay",
        ["*"],
    ),
    # the whole network's counters, not one office
    (
        "GB",
        "postal",
        "Items to Israel",
        "Due to the security situation, acceptance of items to Israel is suspended at all Post "
        "Office counters and online until further notice.",
        "suspension",
        ["IL"],
    ),
    (
        "FR",
        "postal",
        "Parcels to the United States",
        "From 25 August 2025, sending parcels containing goods to the United States is suspended "
        "at the counter and online. Letters and documents can still be sent.",
        "suspension",
        ["US"],
    ),
    (
        "PL",
        "postal",
        "Mail to Ukraine",
        "Acceptance of all mail for Ukraine is suspended in every branch with immediate effect.",
        "suspension",
        ["UA"],
    ),
    (
        "FI",
        "postal",
        "Parcels to Russia",
        "Parcels to Russia are no longer accepted in any post office or online.",
        "suspension",
        ["RU"],
    ),
    # "for the resumption" is no reference back
    (
        "GB",
        "postal",
        "Mail to Israel",
        "We are preparing for the resumption of mail services to Israel. From 5 June 2026 we will "
        "accept letters and parcels for Israel again.",
        "resumption",
        ["IL"],
    ),
    # a real ban against smuggling
    (
        "FR",
        "postal",
        "Lutte contre la contrebande : nouvelles règles pour le Maroc",
        "Afin de lutter contre la contrebande, le Maroc interdit à partir du 1er juin 2026 l'envoi "
        "de téléphones portables par colis postal.",
        "prohibited_items",
        ["MA"],
    ),
    # guidance headings in the lead head the news itself
    (
        "GB",
        "postal",
        "Service update",
        "Need help?\nVisit our help centre or call 0345 123 4567.\n\nBecause of the conflict, we "
        "have suspended all mail to Israel until further notice. Items already posted will be "
        "returned to the sender.",
        "suspension",
        ["IL"],
    ),
    (
        "GB",
        "postal",
        "Service update",
        "Contact\nOur customer service team is available Monday to Friday.\n\nItems to Canada are "
        "suspended because of the Canada Post strike. Items already posted will be returned.",
        "suspension",
        ["CA"],
    ),
    (
        "DE",
        "postal",
        "Sending to Russia",
        "Sanctions\nBecause of the new EU sanctions, parcels containing goods can no longer be "
        "sent to Russia. Letters with documents only are still accepted.\n\nCustoms information\n"
        "All items containing goods need a customs declaration.",
        "suspension",
        ["RU"],
    ),
    (
        "GB",
        "postal",
        "Mail to Australia",
        "Delivery times\nBecause of reduced flight capacity, items to Australia are currently "
        "delayed by up to three weeks.",
        "delay",
        ["AU"],
    ),
    (
        "GB",
        "postal",
        "Sending to the United States",
        "Customs information\nThe United States now requires full electronic customs data for "
        "every item containing goods. Items without electronic data will be returned to the "
        "sender.",
        "new_requirement",
        ["US"],
    ),
    # an aim that fails is a delay
    (
        "GB",
        "postal",
        "Mail to Australia",
        "Unfortunately we cannot avoid significant delays to mail for Australia while flights "
        "remain grounded.",
        "delay",
        ["AU"],
    ),
    # a delay of another country in the paragraph of a resumption is news of its own
    (
        "GB",
        "postal",
        "International incident bulletin",
        "International incident bulletin\nLast updated: 12 May 2026\n\nThis page gives you the "
        "latest information on international incidents that affect our services. We work closely "
        "with overseas postal operators and update this page as soon as we hear of any change. "
        "Please check it before you post an item abroad, and contact us if your item is "
        "affected.\n\nEast Africa\nMail to Tanzania has resumed following the end of the strike "
        "at the Tanzanian post. Items to Kenya are delayed by about two weeks because of flooding "
        "at Nairobi airport, and deliveries in Kenya are slower than usual.",
        "delay",
        ["KE", "TZ"],
    ),
]


@pytest.mark.parametrize(("origin", "source", "title", "text", "kind", "destinations"), CASES)
def test_review_case(
    origin: str, source: str, title: str, text: str, kind: str, destinations: list[str]
) -> None:
    r = classify(title, text, origin=origin or None, source_kind=source)
    assert (r.change_kind, r.destinations) == (kind, destinations)


LIQUIDS = [
    (
        "New import restrictions for the Maldives",
        "From 1 March 2026, the Maldives prohibits the import by post of the following items: "
        "tobacco products, e-cigarettes, alcohol, liquids and aerosols.",
    ),
    (
        "Prohibited items to Qatar",
        "Qatar customs no longer accepts cigarettes in postal items. In addition, liquids of any "
        "kind, including perfumes and cosmetics in liquid form, are now prohibited in items to "
        "Qatar.",
    ),
    (
        "Changes for mail to China",
        "From 10 April 2026, items to China containing tobacco or cigars will be refused. "
        "Liquids, powders and gels are also no longer accepted for China.",
    ),
    (
        "Neue Einfuhrverbote für Thailand",
        "Ab dem 1. Mai 2026 dürfen keine E-Zigaretten mehr nach Thailand versandt werden. "
        "Flüssigkeiten aller Art sind ab diesem Datum ebenfalls ausgeschlossen.",
    ),
]


@pytest.mark.parametrize(("title", "text"), LIQUIDS)
def test_liquids_of_their_own_beside_tobacco_stay_liquids(title: str, text: str) -> None:
    r = classify(title, text, origin="GB", source_kind="postal")
    assert "liquids" in r.categories


def test_french_customs_tariffs_are_no_prices_of_the_post() -> None:
    text = (
        "Malgré les nouveaux tarifs douaniers annoncés par les États-Unis, l'envoi de colis vers "
        "les États-Unis continue normalement."
    )
    r = classify("Tarifs douaniers américains : vos envois continuent", text, origin="FR")
    assert r.relevant is True


def test_an_anti_smuggling_requirement_stays_relevant() -> None:
    text = (
        "To stop drug smuggling through the post, Sri Lanka Customs now requires every parcel "
        "to be declared electronically. From 1 March 2026, parcels to Sri Lanka without an "
        "electronic declaration will be returned."
    )
    r = classify("Anti-smuggling measures: new rules for parcels to Sri Lanka", text, origin="GB")
    assert r.relevant is True
    assert r.destinations == ["LK"]


def test_faq_questions_on_their_own_lines_stay_in_the_faq() -> None:
    text = (
        "Canada Post workers are on strike. Mail to Canada is delayed by up to two weeks.\n\n"
        "Frequently asked questions\nDo I need a customs form?\nYes. All items containing goods "
        "sent to Canada need a customs declaration, and items without one will be returned to "
        "you.\nCan I send lithium batteries?\nNo. Lithium batteries are prohibited in all "
        "international mail."
    )
    r = classify("Strike at Canada Post", text, origin="GB", source_kind="postal")
    assert r.destinations == ["CA"]
    assert r.change_kind == "delay"
