"""Session 87, from blind sets 511-516: each case a notice written for one rule, its kind and
destinations checked, or its categories."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import check_kind as _check

# Kinds of change and destinations the new words and rules decide
_KINDS = [
    pytest.param(
        "IE",
        "postal",
        "Parcel services resume to three more countries",
        "From Monday customers can once again post parcels at any post office to: Australia, "
        "New Zealand and Canada.\nParcel services to the United States have operated throughout.",
        "resumption",
        ["AU", "CA", "NZ"],
        id="en-to-colon-list-and-operated-throughout",
    ),
    pytest.param(
        "GB",
        "postal",
        "Parcels to Japan suspended",
        "Parcels to Japan are suspended from Monday because of the typhoon. Services to South "
        "Korea have operated throughout.",
        "suspension",
        ["JP"],
        id="en-operated-throughout",
    ),
    pytest.param(
        "NZ",
        "postal",
        "Temporary surcharge on outbound parcels",
        "To keep sending your items overseas, we're introducing a temporary surcharge on all "
        "international parcels sent from 25 May.\n\nSurcharge per parcel (GST not applicable to "
        "international services):\nService | Australia | Rest of world\nEconomy | $2.50 | $6.00\n"
        "Air | $3.50 | $8.00",
        "duty_tax_change",
        ["*"],
        id="en-table-of-zones-with-rest-of-world",
    ),
    pytest.param(
        "CA",
        "postal",
        "Service alert: winter storm",
        "A winter storm is hitting Nova Scotia. Delivery in these areas may be delayed today and "
        "tomorrow.\nParcels and mail to the U.S. are not affected.",
        "delay",
        ["CA"],
        id="en-delay-at-home-abroad-spared",
    ),
    pytest.param(
        "BR",
        "postal",
        "Correios retomam envios para mais 10 países",
        "Os Correios retomaram nesta segunda-feira a aceitação de objetos internacionais com "
        "destino ao Chile e ao Uruguai. As postagens haviam sido suspensas em março por causa da "
        "redução de voos.\n\nPara os demais países, as postagens continuam suspensas.",
        "resumption",
        ["CL", "UY"],
        id="pt-had-been-suspended-is-history",
    ),
    pytest.param(
        "DE",
        "postal",
        "Einschränkungen im internationalen Versand",
        "Sendungen nach Peru und Bolivien können wir vorübergehend nicht mehr befördern. Bereits "
        "eingelieferte Sendungen werden zwischengelagert und nach Wiederaufnahme der "
        "Verbindungen weitergeleitet.\n\nSendungen nach China befördern wir seit dem 23. März "
        "wieder.",
        "suspension",
        ["BO", "PE"],
        id="de-after-the-resumption-is-not-yet",
    ),
    pytest.param(
        "BE",
        "postal",
        "Shipments to the United States: electronic customs data from 1 March",
        "From 1 March, all items with goods to the United States must carry electronic customs "
        "data.\n\nThe EU's new import control system, which will apply to goods entering the EU "
        "from 1 June, will be the subject of a separate communication.",
        "new_requirement",
        ["US"],
        id="en-a-separate-communication-later",
    ),
    pytest.param(
        "NL",
        "postal",
        "Nieuwe regels voor zendingen naar Noorwegen",
        "Vanaf 1 april moet u bij zendingen met goederen naar Noorwegen het VOEC-nummer "
        "vermelden. Voor zendingen naar Spitsbergen gelden afwijkende regels.",
        "new_requirement",
        ["NO"],
        id="nl-different-rules-apply",
    ),
    pytest.param(
        "IE",
        "postal",
        "Business Update - March",
        "Easter: posting dates\nTo reach family abroad before Easter, post to the USA and Canada "
        "by 20 March.\n\nParcels to Australia: new maximum weight\nFrom 1 April the maximum "
        "weight for parcels to Australia will be reduced from 30kg to 20kg.",
        "restriction",
        ["AU"],
        id="en-posting-dates-beside-the-news",
    ),
]

# A company's results or annual report is history, whatever it recalls; a newsletter's news
# under a heading that names its place stands beside its stamps and opening hours
_RELEVANCE = [
    pytest.param(
        "GB",
        "postal",
        "Royal Mail Group: results for the six months to 30 September",
        "Revenue rose 4% to £3.9 billion. International revenue was hit by the suspension of de "
        "minimis in the United States, which led us to suspend parcels to the US for four weeks "
        "in August.",
        "irrelevant",
        [],
        id="en-half-year-results",
    ),
    pytest.param(
        "FI",
        "postal",
        "Posti Group Annual Report 2022 – CEO's review",
        "2022 was a year of change. After the invasion of Ukraine we had to suspend all "
        "deliveries to Russia in March. Parcel volumes fell by 8%.",
        "irrelevant",
        [],
        id="en-annual-report",
    ),
    pytest.param(
        "GB",
        "postal",
        "Annual Report and Financial Statements 2023-24",
        "In the year we suspended items to Israel for two weeks in October. Parcel volumes grew "
        "by 4%.",
        "irrelevant",
        [],
        id="en-annual-report-and-financial-statements",
    ),
    pytest.param(
        "GB",
        "postal",
        "Half-year results: parcels to the US suspended from 1 May",
        "Revenue rose 4%. Because of the new US rules, parcels to the United States are "
        "suspended from 1 May until further notice.",
        "suspension",
        ["US"],
        id="en-results-title-that-states-a-stop",
    ),
    pytest.param(
        "SG",
        "postal",
        "Business Bulletin – April",
        "IN THIS ISSUE\n1. Public holiday opening hours\n2. International advisory – Oman\n"
        "3. Stamp issue: Orchids\n\n1. Public holiday opening hours\nAll post offices will be "
        "closed on 10 April.\n\n2. International advisory – Oman\nWith effect from 1 May, postal "
        "items containing e-cigarettes will no longer be accepted for delivery in Oman.\n\n"
        "3. Stamp issue: Orchids\nA new set of four stamps featuring orchids will be available "
        "at all post offices from 20 April.",
        "prohibited_items",
        ["OM"],
        id="en-numbered-newsletter-item-headed-by-its-place",
    ),
    pytest.param(
        "SE",
        "postal",
        "Kundnyhetsbrev – januari",
        "Kanada: vi tar emot försändelser igen\nFrån och med 19 december tar vi emot brev och "
        "paket till Kanada. Försändelser till USA har inte påverkats under strejken.\n\n"
        "Frimärken\nVårens frimärken finns att köpa hos ombud.",
        "resumption",
        ["CA"],
        id="sv-accepted-again-and-not-affected",
    ),
]

# The review's guards: each right on d8ca6f3, wrong on dcfd746 (the first version of this change)
_REVIEW = [
    pytest.param(
        "IT",
        "postal",
        "Sospensione temporanea",
        "Da lunedì è sospesa l'accettazione dei pacchi per: Libia, Tunisia ed Egitto.",
        "suspension",
        ["EG", "LY", "TN"],
        id="it-a-list-after-a-colon-joined-by-ed",
    ),
    pytest.param(
        "NO",
        "postal",
        "Når tar dere imot pakker igjen til Israel?",
        "Vi vet ennå ikke når vi tar imot pakker igjen til Israel. Sendinger til Israel er "
        "fortsatt stanset.",
        "suspension",
        ["IL"],
        id="no-when-we-accept-again-is-no-resumption",
    ),
    pytest.param(
        "GB",
        "customs",
        "Outcome and results for the low value imports consultation",
        "The government will remove the £135 customs duty relief for low-value parcels from "
        "April 2027. Duty will be charged on all imports.",
        "informational",
        ["GB"],
        id="en-results-of-a-consultation-are-no-company-results",
    ),
]

# Categories: papers that go with goods are no letters; a weight limit holds for goods
_CATEGORIES = [
    pytest.param(
        "CO",
        "customs",
        "Nuevos datos en las guías de envíos postales",
        "A partir del 1 de marzo, los documentos de transporte de los envíos postales que "
        "lleguen al país deberán incluir el número del documento de identificación del "
        "destinatario.",
        ["all_goods"],
        id="es-transport-documents-are-papers",
    ),
    pytest.param(
        "SE",
        "postal",
        "Ändrad maxvikt för Varubrev till Norge",
        "Från och med den 1 april sänks maxvikten för Varubrev till Norge från 2 kg till 1 kg.\n"
        "Försändelser som väger mer än 1 kg skickar du i stället som Postpaket Utrikes.",
        ["all_goods"],
        id="sv-a-new-maximum-weight",
    ),
    pytest.param(
        "TW",
        "postal",
        "寄往澳洲郵件重量上限調整",
        "自7月1日起，寄往澳洲之郵件每件重量上限由30公斤調整為20公斤。",
        ["all_goods"],
        id="zh-weight-in-kilograms",
    ),
    pytest.param(
        "DK",
        "postal",
        "Ny maksimal vægt for forsendelser til Færøerne",
        "Fra den 1. marts er den maksimale vægt for forsendelser til Færøerne 3 kg.",
        ["all_goods"],
        id="da-a-new-maximum-weight",
    ),
    pytest.param(
        "GB",
        "postal",
        "Service update: Malta",
        "Due to reduced flights, items to Malta are limited to a maximum weight of 2kg per item "
        "until further notice.",
        ["all_goods", "documents"],
        id="en-a-letter-weight-holds-for-letters-too",
    ),
]


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"), _KINDS + _RELEVANCE + _REVIEW
)
def test_kind_and_destinations(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "categories"), _CATEGORIES)
def test_categories(
    origin: str, source_kind: str, title: str, text: str, categories: list[str]
) -> None:
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert got.relevant
    assert sorted(got.categories) == categories, got.evidence
