"""Causes found in session 26, each with sentences of our own: the source's own country."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- a change about no place but the source's own country is about that country ---------------


@pytest.mark.parametrize(
    "title, body, origin, kind, expected",
    [
        (
            "Forbud mod e-cigaretter med smag",
            "Fra 1. april 2022 er det forbudt at sælge e-cigaretter med smag til forbrugere i "
            "Danmark. Forsendelser med sådanne produkter bliver ikke udleveret.",
            "DK",
            "carrier",
            "DK",
        ),
        (
            "Verbod op e-sigaretten met smaakjes",
            "Vanaf 1 januari 2024 is het in Nederland verboden om e-sigaretten met smaakjes te "
            "verkopen. Zendingen met zulke producten worden niet bezorgd.",
            "NL",
            "postal",
            "NL",
        ),
        (
            "Huelga en Valencia",
            "Debido a la huelga del transporte, las entregas en la provincia de Valencia sufrirán "
            "retrasos de hasta 48 horas. El resto de España opera con normalidad.",
            "ES",
            "carrier",
            "ES",
        ),
    ],
)
def test_a_change_that_names_only_the_own_country_is_about_it(title, body, origin, kind, expected):
    result = classify(title, body, origin=origin, source_kind=kind)
    assert result.relevant
    assert result.destinations == [expected]  # not "*": not every destination


@pytest.mark.parametrize(
    "title, body, origin, kind",
    [
        (
            # a service stopped for every destination; the own country is where the senders are
            "International Economy service suspended",
            "We have suspended our International Economy parcel service from 1 March. For "
            "businesses in Norway, International Air remains the cheapest option.",
            "NO",
            "postal",
        ),
        (
            # the domestic service said unchanged beside a rule for every parcel abroad
            "Nye regler for litiumbatterier",
            "Løse batterier og powerbanks kan ikke sendes med fly fra 1. januar. For pakker "
            "inden for Danmark gælder de hidtidige regler.",
            "DK",
            "postal",
        ),
        (
            # where the parcels are handed in is the senders' side, not where the rule applies
            "Neue Zollanforderungen",
            "Exportsendungen, die in Deutschland aufgegeben werden, benötigen ab 1. März eine "
            "elektronische Handelsrechnung. Die Zollanmeldung ist verpflichtend.",
            "DE",
            "carrier",
        ),
        (
            "Nya tullkrav",
            "En elektronisk handelsfaktura krävs från 1 mars för försändelser som hämtas i "
            "Sverige.",
            "SE",
            "carrier",
        ),
        (
            "Nouvelles règles douanières",
            "À partir du 1er mars, tout colis envoyé de France vers un pays tiers doit comporter "
            "une déclaration en douane électronique.",
            "FR",
            "postal",
        ),
        (
            # the operator's brand in the title names no place
            "PostNord Danmark: nye regler for tolddeklaration",
            "Fra 1. januar skal alle pakker have en elektronisk tolddeklaration, som er "
            "obligatorisk.",
            "DK",
            "postal",
        ),
        (
            # a title label on a notice for every international shipment
            "Finland: peak surcharge for international shipments",
            "From 1 December a peak surcharge of EUR 0.50 per kilo applies.",
            "FI",
            "carrier",
        ),
        (
            "Nouvelles exigences douanières",
            "À partir du 1er juin, tous les envois internationaux doivent comporter une facture "
            "commerciale électronique. Les envois en France métropolitaine ne sont pas concernés.",
            "FR",
            "carrier",
        ),
        (
            "International Economy suspended",
            "We have suspended the International Economy service from 1 March. Domestic parcels "
            "in Norway are not affected.",
            "NO",
            "postal",
        ),
        (
            "New requirement for commercial shipments",
            "From 1 March, companies in Sweden must attach a commercial invoice to every parcel "
            "with goods.",
            "SE",
            "postal",
        ),
        (
            "Interdiction",
            "Les colis envoyés depuis la France contenant des batteries au lithium sont interdits.",
            "FR",
            "postal",
        ),
    ],
)
def test_the_own_country_as_the_senders_side_leaves_every_destination(title, body, origin, kind):
    # a rule for what leaves it, the senders, where parcels are handed in, the domestic service
    result = classify(title, body, origin=origin, source_kind=kind)
    assert result.relevant
    assert result.destinations == ["*"]


# --- a carrier's country site speaks of its own country as a destination too ------------------

_FINNISH_STRIKE = (
    "Finland and Estonia: political strikes",
    "Because of the political strikes, import shipments to Finland may be delayed by 1 to 3 "
    "working days. Shipments to Estonia are also delayed.",
)


def test_a_carrier_site_keeps_its_country_named_as_where_shipments_go():
    result = classify(*_FINNISH_STRIKE, origin="FI", source_kind="carrier")
    assert result.destinations == ["EE", "FI"]


def test_a_national_post_still_speaks_of_what_it_sends_abroad():
    result = classify(*_FINNISH_STRIKE, origin="FI", source_kind="postal")
    assert result.destinations == ["EE"]


def test_a_carrier_site_keeps_its_country_inside_a_region_shipments_go_to():
    title = "Airspace closures: delays to GCC countries"
    body = "Shipments to the GCC countries are delayed by 2 to 3 days because of airspace closures."
    carrier = classify(title, body, origin="AE", source_kind="carrier")
    postal = classify(title, body, origin="AE", source_kind="postal")
    assert "AE" in carrier.destinations and "SA" in carrier.destinations
    assert "AE" not in postal.destinations and "SA" in postal.destinations


def test_a_carrier_site_keeps_its_country_in_the_title():
    result = classify(
        "Kenya: nationwide protests",
        "Deliveries may be delayed. Shipments to Uganda and Tanzania routed through our "
        "Nairobi hub are delayed by 2 days.",
        origin="KE",
        source_kind="carrier",
    )
    assert result.destinations == ["KE", "TZ", "UG"]


def test_a_carrier_site_does_not_count_what_comes_in_from_elsewhere():
    # the inbound side note names where the parcels come from: the own country stays out
    result = classify(
        "Brexit: Zollinhaltserklärung für Sendungen nach Großbritannien",
        "Ab dem 1. Januar benötigen alle Sendungen nach Großbritannien eine "
        "Zollinhaltserklärung. Für Pakete aus Großbritannien nach Deutschland fallen Zölle an.",
        origin="DE",
        source_kind="carrier",
    )
    assert result.destinations == ["GB"]


# --- words ------------------------------------------------------------------------------------


def test_a_danish_end_of_letters_is_a_stop_of_documents():
    result = classify(
        "Vi stopper med breve",
        "Fra 30. december kan du ikke længere sende breve med os, hverken inden for landet "
        "eller til udlandet. Pakker fortsætter som hidtil.",
        origin="DK",
        source_kind="postal",
    )
    assert result.relevant
    assert result.change_kind == "suspension"
    assert "documents" in result.categories
    assert result.destinations == ["*"]


def test_a_polish_holiday_closure_is_no_change():
    result = classify(
        "Godziny otwarcia placówek 11 listopada",
        "11 listopada placówki pocztowe będą nieczynne, a doręczenia przesyłek krajowych i "
        "zagranicznych wstrzymane. 12 listopada wybrane placówki czynne krócej.",
        origin="PL",
        source_kind="postal",
    )
    assert not result.relevant


def test_a_polish_stop_beside_closed_offices_is_still_a_stop():
    result = classify(
        "Strajk",
        "Z powodu strajku placówki pocztowe będą nieczynne, a przyjmowanie przesyłek do Niemiec "
        "zostaje wstrzymane do odwołania.",
        origin="PL",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["DE"]


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Grève du 12 mai : nos services sont maintenus",
            "Malgré la grève, nous n'anticipons pas d'impact sur vos envois vers la Belgique.",
        ),
        (
            "Huelga del transporte",
            "Mantenemos nuestros servicios pese a la huelga: los envíos a Portugal se entregan "
            "sin impacto en los plazos.",
        ),
    ],
)
def test_service_said_maintained_is_informational(title, body):
    result = classify(title, body, origin="FR", source_kind="carrier")
    assert result.relevant
    assert result.change_kind == "informational"


def test_a_region_shipments_leave_the_own_country_for_leaves_it_out():
    result = classify(
        "GCC",
        "Shipments from the UAE to GCC countries are delayed by 2 days.",
        origin="AE",
        source_kind="carrier",
    )
    assert "AE" not in result.destinations and "SA" in result.destinations


def test_spanish_en_breve_is_no_letter():
    result = classify(
        "Venezuela",
        "Los paquetes a Venezuela están suspendidos. El servicio se restablecerá en breve.",
    )
    assert result.destinations == ["VE"]
    assert "documents" not in result.categories


def test_a_danish_stop_of_something_else_is_no_stop():
    result = classify(
        "Nyt fra os",
        "Vi stopper med at trykke kataloger. Pakker til Tyskland sendes som normalt.",
        origin="DK",
        source_kind="postal",
    )
    assert result.change_kind != "suspension"


@pytest.mark.parametrize(
    "title, body, origin, kind, expected, category",
    [
        (
            "Einfuhr von Feuerwerkskörpern",
            "Die Einfuhr von Feuerwerkskörpern der Kategorie F4 ist für Privatpersonen verboten.",
            "DE",
            "customs",
            ["DE"],
            "dangerous_goods",
        ),
        (
            "Retouren",
            "Ab 1. Januar benötigen Retouren aus der Schweiz nach Deutschland eine Zollanmeldung, "
            "die verpflichtend ist.",
            "DE",
            "carrier",
            ["DE"],
            None,
        ),
        (
            "متطلبات جديدة للشحنات الواردة إلى المملكة",
            "اعتباراً من 1 يناير، يجب أن تتضمن جميع الشحنات الواردة إلى المملكة العربية السعودية "
            "رقم الهوية الوطنية للمستلم.",
            "SA",
            "postal",
            ["SA"],
            None,
        ),
        (
            "关于进境邮递物品的公告",
            "自2026年3月1日起，进境邮递物品应当如实申报。",
            "CN",
            "customs",
            ["CN"],
            None,
        ),
    ],
)
def test_rules_for_what_comes_in_are_alerts(title, body, origin, kind, expected, category):
    result = classify(title, body, origin=origin, source_kind=kind)
    assert result.relevant
    assert result.destinations == expected
    if category:
        assert category in result.categories


def test_a_new_year_wish_with_fireworks_is_no_alert():
    result = classify(
        "Silvester", "Wir wünschen Ihnen ein schönes Feuerwerk und einen guten Rutsch!"
    )
    assert not result.relevant


@pytest.mark.parametrize(
    "title, body, origin, kind, expected",
    [
        (
            "Verzögerungen bei Importsendungen",
            "Wegen eines Warnstreiks kann es bei Importsendungen nach Deutschland zu Verzögerungen "
            "von bis zu 48 Stunden kommen.",
            "DE",
            "carrier",
            ["DE"],
        ),
        (
            "Snöoväder i norra Sverige",
            "Kraftigt snöfall gör att leveranser till Sverige kan försenas med 1–2 dagar.",
            "SE",
            "carrier",
            ["SE"],
        ),
        (
            "Nuove regole per le spedizioni verso la Svizzera",
            "Dal 1° gennaio le spedizioni verso la Svizzera richiedono la fattura commerciale.",
            "IT",
            "carrier",
            ["CH"],
        ),
        (
            "Nouvelles formalités pour les colis importés",
            "À partir du 1er juillet, les colis en provenance de pays tiers doivent être "
            "accompagnés d'une déclaration électronique H7.",
            "FR",
            "customs",
            ["FR"],
        ),
    ],
)
def test_deliveries_and_requirements_in_more_words(title, body, origin, kind, expected):
    result = classify(title, body, origin=origin, source_kind=kind)
    assert result.relevant
    assert result.destinations == expected


def test_an_italian_company_that_requires_staff_is_no_alert():
    result = classify("Chi siamo", "L'azienda richiede personale qualificato per il magazzino.")
    assert not result.relevant


@pytest.mark.parametrize(
    "body",
    [
        "We are putting 50 new electric trucks into service. Deliveries of additional trucks have "
        "been delayed slightly by a shortage of components.",
        "Vi tar 50 nya ellastbilar i drift. Leveranserna av ytterligare lastbilar har försenats "
        "något på grund av brist på komponenter.",
    ],
)
def test_deliveries_of_something_else_are_no_mail(body):
    result = classify("New electric trucks in Sweden and Denmark", body, origin="SE")
    assert not result.relevant


def test_deliveries_of_parcels_are_mail():
    result = classify("Strike", "Deliveries of parcels to Finland are delayed by two days.")
    assert result.change_kind == "delay"
    assert result.destinations == ["FI"]


def test_a_polish_stop_said_not_made_is_service_as_usual():
    result = classify(
        "Przesyłki do Ukrainy - komunikat",
        "Poczta Polska informuje, że paczki adresowane do Ukrainy są przyjmowane. Nie wstrzymano "
        "przyjmowania przesyłek do Ukrainy.",
        origin="PL",
        source_kind="postal",
    )
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["UA"]


@pytest.mark.parametrize(
    "body",
    [
        "A partir de 1 de março, as plantas enviadas para o Brasil têm de ser acompanhadas de um "
        "certificado fitossanitário.",
        "A partir del 1 de marzo, las plantas enviadas a Brasil deben ir acompañadas de un "
        "certificado fitosanitario.",
    ],
)
def test_goods_that_must_be_accompanied_by_a_certificate_are_a_requirement(body):
    result = classify("Plantas", body)
    assert result.relevant
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["BR"]


def test_a_korean_stop_reported_and_denied_is_service_as_usual():
    result = classify(
        "해외직구 안내",
        '최근 일부 언론에서 "6월부터 미국행 소포 접수가 중지된다"는 내용이 보도되었으나, 이는 '
        "사실과 다릅니다. 미국행 소포는 종전과 같이 접수합니다.",
        origin="KR",
        source_kind="postal",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["US"]
