"""Session 84, from blind sets 493-498: each case a notice written for one rule, its kind and
destinations checked (irrelevant ones: no destination)."""

from __future__ import annotations

import pytest

from tests.classify_check import EU27
from tests.classify_check import check_kind as _check

# Kinds of change and destinations the new words and rules decide
_KINDS = [
    pytest.param(
        "UA",
        "postal",
        "Acceptance of international parcels resumes",
        "From 2 May, the following destinations are available again:\n\n"
        "Europe: Poland, Germany, Czech Republic, Slovakia, Hungary, Romania, Austria, France, "
        "Italy, Spain\n"
        "Other: Canada, Israel",
        "resumption",
        ["AT", "CA", "CZ", "DE", "ES", "FR", "HU", "IL", "IT", "PL", "RO", "SK"],
        id="en-a-labelled-line-of-a-list",
    ),
    pytest.param(
        "GB",
        "postal",
        "Mail resumes",
        "Mail to the USA, Canada, Israel, Georgia, Türkiye resumes on Monday.",
        "resumption",
        ["CA", "GE", "IL", "TR", "US"],
        id="en-georgia-between-countries",
    ),
    pytest.param(
        "US",
        "carrier",
        "Storm delays",
        "Deliveries to addresses in Florida, Georgia and South Carolina may be delayed by two "
        "days. International shipments to Canada are also delayed.",
        "delay",
        ["CA"],
        id="en-georgia-between-states",
    ),
    pytest.param(
        "GB",
        "carrier",
        "DPD wznawia wysyłkę paczek do Europy",
        "DPD UK od poniedziałku wznawia usługi drogowe z Wielkiej Brytanii do wszystkich "
        "krajów Unii Europejskiej, w tym do Polski i Irlandii.",
        "resumption",
        EU27,
        id="pl-all-eu-countries-with-two-named",
    ),
    pytest.param(
        "SG",
        "postal",
        "Electronic customs data for international items",
        "Electronic customs data will be required for all international letters and packets "
        "containing goods sent to the destinations below, with effect from 1 April.\n\n"
        "Destinations from 1 April:\n- Australia\n- Canada\n- Japan",
        "new_requirement",
        ["AU", "CA", "JP"],
        id="en-all-mail-to-the-destinations-below",
    ),
    pytest.param(
        "PL",
        "carrier",
        "Zmiana limitów dla przesyłek do Hiszpanii",
        "Od 1 marca zmieniają się parametry paczek nadawanych do Hiszpanii:\n"
        "Maksymalna waga | 20 kg (dotychczas 25 kg)",
        "restriction",
        ["ES"],
        id="pl-change-of-limits",
    ),
    pytest.param(
        "EC",
        "customs",
        "Aplicación del tributo a los envíos de la categoría B",
        "A partir del 10 de junio los envíos de la categoría B pagarán un tributo único de "
        "USD 20 por paquete.",
        "duty_tax_change",
        ["EC"],
        id="es-a-levy",
    ),
    pytest.param(
        "FI",
        "postal",
        "Tavaralähetykset Yhdysvaltoihin jälleen mahdollisia",
        "Nyt tavaroiden lähettäminen Yhdysvaltoihin on jälleen mahdollista. Palvelu koskee "
        "myös Puerto Ricoa.",
        "resumption",
        ["PR", "US"],
        id="fi-also-covers",
    ),
    pytest.param(
        "FI",
        "customs",
        "Nikotiininesteiden tuonti kielletty",
        "Nikotiininesteiden tuonti postitse on kielletty 1.3. alkaen. Kielto koskee myös "
        "lähetyksiä muista EU-maista.",
        "prohibited_items",
        ["FI"],
        id="fi-from-other-eu-countries",
    ),
    pytest.param(
        "NO",
        "postal",
        "Pakker til Nord-Irland",
        "Fra 1. mars må alle pakker til Nord-Irland ha elektronisk tolldeklarasjon.",
        "new_requirement",
        ["GB"],
        id="no-northern-ireland",
    ),
    pytest.param(
        "CA",
        "carrier",
        "Vapes no longer accepted",
        "From 5 April we will not accept vapor products for delivery within the 48 contiguous "
        "states.",
        "prohibited_items",
        ["US"],
        id="en-the-contiguous-states",
    ),
]

# The review's probes that a first version of these rules got wrong
_REVIEW = [
    pytest.param(
        "DE",
        "postal",
        "Elektronische Zollinhaltserklärung",
        "Ab 1. Juni ist für Pakete in die folgenden Länder eine elektronische "
        "Zollinhaltserklärung erforderlich:\n"
        "Europa: Schweiz, Norwegen, Vereinigtes Königreich, Serbien, Island\n"
        "Ausgenommen: Liechtenstein, Büsingen am Hochrhein, Helgoland, Samnaun und Livigno",
        "new_requirement",
        ["CH", "GB", "IS", "NO", "RS"],
        id="de-an-exclusion-label-ends-the-list",
    ),
    pytest.param(
        "GB",
        "postal",
        "Parcels over 2 kg no longer accepted",
        "Parcels over 2 kg are no longer accepted for all international destinations except "
        "the countries below:\nIreland\nFrance\nGermany",
        "restriction",
        ["*"],
        id="en-all-but-the-countries-below",
    ),
    pytest.param(
        "GB",
        "postal",
        "Customs declarations",
        "Customs declarations are now required for all international parcels, and the "
        "destinations below have extra requirements listed on our website:\nBrazil\nIndia",
        "new_requirement",
        ["*"],
        id="en-the-list-as-a-subject-of-its-own",
    ),
    pytest.param(
        "FI",
        "postal",
        "Muista osoitetiedot",
        "Muista Japaniin lähetettävissä paketeissa vastaanottajan puhelinnumero, joka on "
        "pakollinen 1.3. alkaen.",
        "new_requirement",
        ["JP"],
        id="fi-remember-is-no-origin",
    ),
    pytest.param(
        "KR",
        "postal",
        "미국 소액면세 폐지",
        "미국 관세국경보호청(CBP) 발표에 따라 8월 29일부터 미국행 우편물의 소액면세가 폐지됩니다.",
        "duty_tax_change",
        ["US"],
        id="ko-us-customs-and-border-protection",
    ),
]

# Notices with nothing a sender must act on
_IRRELEVANT = [
    pytest.param(
        "CO",
        "customs",
        "DIAN realizará subasta virtual de mercancías aprehendidas",
        "El próximo 8 de agosto se llevará a cabo una subasta virtual de mercancías "
        "aprehendidas y decomisadas, entre ellas teléfonos celulares y perfumes.",
        id="es-an-auction-of-seized-goods",
    ),
    pytest.param(
        "CH",
        "postal",
        "Postal union members meet in Montevideo to discuss e-commerce and customs cooperation",
        "Representatives of the member countries met this week for the Union executive "
        "council session.\nDiscussions focused on the exchange of electronic advance data "
        "between posts and customs, and the implementation of new regulatory requirements in "
        "the United States and the European Union.\nThe next session will be held in Lima.",
        id="en-a-council-session",
    ),
    pytest.param(
        "FI",
        "postal",
        "Interim Report January–September: parcel volumes grew",
        "Net sales decreased by 2.1%. The temporary suspension of goods shipments to the "
        "United States had only a minor impact on our interim report figures. Webcast for "
        "analysts today at 10:00.",
        id="en-an-interim-report",
    ),
    pytest.param(
        "KR",
        "customs",
        "관세청, 한·일 관세청장 회의 개최",
        "관세청은 일본 재무성 관세국과 관세청장 회의를 개최했다고 밝혔다. 양국은 전자상거래 "
        "물품 통관 정보 공유에 대해 논의했다.",
        id="ko-a-customs-bureau",
    ),
    pytest.param(
        "ES",
        "postal",
        "Correos rinde tributo a sus carteros",
        "Correos rinde tributo a los carteros rurales con una exposición fotográfica en Madrid.",
        id="es-a-tribute",
    ),
]


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"), _KINDS + _REVIEW
)
def test_kind_and_destinations(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(("origin", "source_kind", "title", "text"), _IRRELEVANT)
def test_irrelevant(origin: str, source_kind: str, title: str, text: str) -> None:
    _check(title, text, origin, source_kind, "irrelevant", [])


def test_declared_origins_are_no_destinations() -> None:
    """Portuguese "com origem declarada na China e na Malásia": both are where the seeds came
    from, the second joined to the first by "e na"."""
    got = _check(
        "Recebimento de sementes proibido",
        "A partir de 10 de setembro fica proibida a importação de sementes por remessas "
        "postais internacionais. A maioria dos pacotes tinha origem declarada na China e na "
        "Malásia.",
        "BR",
        "postal",
        "prohibited_items",
    )
    assert not {"CN", "MY"} & set(got.destinations)
