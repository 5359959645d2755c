"""Session 73, from blind sets 427-432 and probes."""

from __future__ import annotations

import pytest

from tests.classify_check import check_kind as _check


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            None,
            "other",
            "Duty relief on low-value imports: nothing changes yet for EU webshops",
            "The UK will end its relief on goods worth £135 or less by 2029. For now, nothing "
            "changes for shipments to the United Kingdom: VAT is still collected at the point "
            "of sale.",
            "informational",
            ["GB"],
            id="en-webshops-of-a-region-are-the-senders",
        ),
        pytest.param(
            "SI",
            "postal",
            "Prepoved pošiljanja litijevih baterij v tujino",
            "Od 1. aprila v mednarodnem prometu ne sprejemamo več pošiljk s samostojnimi "
            "litijevimi baterijami. Pošiljke znotraj Slovenije niso prizadete.",
            "prohibited_items",
            ["*"],
            id="sl-abroad-and-within-the-own-country",
        ),
        pytest.param(
            "CZ",
            "postal",
            "Zákaz zasílání alkoholu do Norska",
            "Od 1. června není povoleno zasílat do Norska alkoholické nápoje. Zásilky do Švédska "
            "a Finska nejsou touto změnou dotčeny.",
            "prohibited_items",
            ["NO"],
            id="cs-not-affected-by-this-change",
        ),
        pytest.param(
            "HU",
            "carrier",
            "Változás a nem EU-s országokba irányuló csomagküldésben",
            "2026. január 1-jétől az alábbi, Európai Unión kívüli célországokba kizárólag "
            "legfeljebb 1000 EUR értékű csomagokat veszünk fel:\n"
            "Svájc | 1000 EUR | 30 kg\nNorvégia | 1000 EUR | 30 kg\nSzerbia | 1000 EUR | 20 kg\n"
            "Az EU-tagállamokba irányuló csomagküldést a változás nem érinti.",
            "restriction",
            ["CH", "NO", "RS"],
            id="hu-non-eu-countries",
        ),
        pytest.param(
            "CZ",
            "carrier",
            "Nový poplatek za proclení",
            "Od 1. dubna účtujeme poplatek 249 Kč za proclení zásilek doručovaných v České "
            "republice. Zásilky v rámci EU zůstávají bez poplatku.",
            "duty_tax_change",
            ["CZ"],
            id="cs-delivered-in-the-own-country",
        ),
        pytest.param(
            "IS",
            "postal",
            "Sendingar til Kanada hefjast á ný",
            "Verkfalli lauk í gær og Pósturinn hefur opnað aftur fyrir móttöku á pökkum til "
            "Kanada.",
            "resumption",
            ["CA"],
            id="is-sending-begins-again",
        ),
        pytest.param(
            "LT",
            "postal",
            "Streikas Suomijoje siuntų pristatymui įtakos neturi",
            "Lietuvos paštas informuoja, kad siuntos į Suomiją priimamos ir pristatomos įprastais "
            "terminais.",
            "informational",
            ["FI"],
            id="lt-no-impact-usual-times",
        ),
        pytest.param(
            "TR",
            "carrier",
            "Türkiye'ye gelen e-ticaret gönderilerinin gümrüklemesi yeniden başladı",
            "Askıya alınan bireysel ithalat gönderilerinin gümrükleme işlemleri 20 Şubat "
            "itibarıyla yeniden başlamıştır. Çin ve ABD çıkışlı yoğun gönderi hacmi nedeniyle ek "
            "vardiya uygulanmaktadır.",
            "resumption",
            ["TR"],
            id="tr-departing-from-is-an-origin",
        ),
        pytest.param(
            None,
            "carrier",
            "Country prohibitions update",
            "The following items are prohibited for import from 1 July:\n"
            "- Kuwait: alcoholic beverages\n- Maldives: pork products\n"
            "TNT Express Worldwide, Taurus Avenue 111, 2132 LS Hoofddorp, Netherlands",
            "prohibited_items",
            ["KW", "MV"],
            id="en-company-name-and-address-line",
        ),
        pytest.param(
            "NL",
            "postal",
            "Vanaf 1 juli douanegegevens verplicht voor pakketten naar Bonaire",
            "Vanaf 1 juli moet je voor elk pakket naar Bonaire vooraf digitaal douanegegevens "
            "aanleveren. Voor Aruba en Curaçao verandert er ook niets.",
            "new_requirement",
            ["BQ"],
            id="nl-nothing-changes-either",
        ),
        pytest.param(
            None,
            "carrier",
            "Hurricane service impacts",
            "Deliveries are delayed in the following locations:\n"
            "- Barbados: delays of 1-2 days\n- Grenada: delayed until further notice\n"
            "Trinidad and Tobago: operations are normal.",
            "delay",
            ["BB", "GD"],
            id="en-operations-are-normal",
        ),
        pytest.param(
            "SA",
            "customs",
            "استمرار فسح الإرساليات البريدية رغم العطل الفني",
            "أوضحت الهيئة أن إجراءات الفسح مستمرة دون تأخير، ودعت العملاء إلى عدم الالتفات "
            "للشائعات المتداولة بشأن إيقاف استقبال الطرود الدولية.",
            "informational",
            ["SA"],
            id="ar-pay-no-attention-to-rumours",
        ),
        pytest.param(
            "SK",
            "postal",
            "Nové požiadavky pri zasielaní do Kórejskej republiky",
            "Od 1. 9. je potrebné uviesť osobný colný kód adresáta (PCCC). Zásielky do Kórejskej "
            "ľudovodemokratickej republiky naďalej neprijímame.",
            "new_requirement",
            ["KR"],
            id="sk-republic-of-korea-and-a-standing-stop",
        ),
        pytest.param(
            "FR",
            "postal",
            "Nouvelle fonctionnalité : suivi détaillé de vos colis",
            "Vous pouvez désormais suivre vos colis étape par étape dans l'application. Par "
            "ailleurs, en raison de la grève de Postes Canada, les envois à destination du "
            "Canada subissent d'importants retards.",
            "delay",
            ["CA"],
            id="fr-new-feature-beside-a-delay",
        ),
        pytest.param(
            "US",
            "customs",
            "CSMS # 65000000 - Antidumping/Countervailing Duty and de minimis: guidance for "
            "postal shipments",
            "Effective August 29, 2025, all postal shipments, regardless of value, are subject "
            "to duties. Postal shipments containing merchandise subject to AD/CVD must be "
            "entered formally.",
            "duty_tax_change",
            ["US"],
            id="en-trade-defence-title-over-postal-rules",
        ),
        pytest.param(
            "PL",
            "customs",
            "Cła antydumpingowe a przesyłki pocztowe z Chin",
            "Od 1 lipca 2021 r. wszystkie przesyłki pocztowe spoza UE podlegają VAT, a towary "
            "objęte cłem antydumpingowym wymagają pełnego zgłoszenia celnego.",
            "duty_tax_change",
            ["PL"],
            id="pl-anti-dumping-and-postal-parcels",
        ),
        pytest.param(
            "US",
            "carrier",
            "Class action settlement and new value limit for Canada",
            "As part of a class action settlement, from 1 June shipments to Canada above CAD "
            "3,300 must be sent with our freight service only.",
            "restriction",
            ["CA"],
            id="en-class-action-beside-a-limit",
        ),
        pytest.param(
            "LV",
            "postal",
            "Jaunas muitas prasības sūtījumiem uz Apvienoto Karalisti",
            "No 1. janvāra visiem sūtījumiem uz Apvienoto Karalisti jāpievieno elektroniskā "
            "muitas deklarācija. Sūtītāja galvenie pienākumi: norādīt preču aprakstu un vērtību. "
            "Piedāvājam aizpildīt deklarāciju mūsu mājaslapā. Pieteikšanās termiņš bezmaksas "
            "apmācībām – 15. decembris.",
            "new_requirement",
            ["GB"],
            id="lv-main-duties-of-senders",
        ),
        pytest.param(
            "DE",
            "carrier",
            "Delays for deliveries to UK retailers",
            "Due to checks at Dover, deliveries to UK retailers are delayed by two to three days.",
            "delay",
            ["GB"],
            id="en-deliveries-to-uk-retailers",
        ),
        pytest.param(
            "IS",
            "postal",
            "Tafir á sendingum til Bandaríkjanna",
            "Vegna óveðurs tefjast sendingar til Bandaríkjanna um nokkra daga. Flug hefjast á ný "
            "þegar veðrinu slotar.",
            "delay",
            ["US"],
            id="is-flights-resume-later",
        ),
        pytest.param(
            "CH",
            "carrier",
            "Verzögerungen in einzelnen Zustellgebieten",
            "Wegen Hochwasser verzögert sich die Zustellung in folgenden Gebieten um zwei bis drei "
            "Tage:\n9490 Vaduz, Liechtenstein\n78266 Büsingen, Deutschland",
            "delay",
            ["DE", "LI"],
            id="de-postcodes-of-delivery-areas-are-no-address",
        ),
        pytest.param(
            "IS",
            "postal",
            "Pósturinn opnar aftur fyrir sendingar til Bandaríkjanna",
            "Pósturinn opnar aftur fyrir pakkasendingar til Bandaríkjanna frá og með mánudeginum "
            "6. október.",
            "resumption",
            ["US"],
            id="is-reopens-for-sending",
        ),
        pytest.param(
            "NO",
            "postal",
            "Stansen i sendinger til Israel forlenges",
            "Sendinger til Israel hadde vært stanset i to uker da Posten i dag besluttet å stanse "
            "sendinger til Israel frem til 1. september.",
            "suspension",
            ["IL"],
            id="no-had-been-stopped-and-stops-again",
        ),
    ],
)
def test_places_and_kinds_of_changes(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text"),
    [
        pytest.param(
            None,
            "other",
            "Nueva función: etiquetas con datos de aduana para envíos fuera de la UE",
            "Desde hoy, ShipDesk rellena automáticamente la declaración CN23 y la factura "
            "comercial de tus envíos a Suiza y Noruega. Solo tienes que guardar el código HS de "
            "cada producto.",
            id="es-new-feature-fills-the-form",
        ),
        pytest.param(
            None,
            "other",
            "Courier agrees to settle class action over import fees",
            "A courier has agreed to settle a class action in which the plaintiffs argued that "
            "recipients in Canada were charged brokerage fees and duties on parcels without "
            "notice. The courier denied wrongdoing. Class members may file claims once the court "
            "approves the settlement.",
            id="en-class-action-settled",
        ),
        pytest.param(
            None,
            "other",
            "EU imposes anti-dumping duties on ceramic tiles from India",
            "The Commission has imposed provisional anti-dumping duties of 12% to 35% on imports "
            "of ceramic tiles originating in India. The duties apply from 1 July for six months.",
            id="en-anti-dumping-duties",
        ),
        pytest.param(
            None,
            "other",
            "Port strike leaves container ships waiting off Rotterdam",
            "A 48-hour strike has stopped the terminals; more than 20 container ships are waiting "
            "at anchor and reefer cargo is delayed by up to a week.",
            id="en-port-strike-container-ships",
        ),
        pytest.param(
            None,
            "other",
            "Paro portuario paraliza embarques de uva hacia Estados Unidos",
            "Los trabajadores iniciaron un paro de 48 horas. La paralización afecta el embarque de "
            "uvas en contenedores refrigerados con destino a Estados Unidos. Las navieras "
            "reprogramaron tres recaladas. El gremio llamó a retomar el diálogo.",
            id="es-port-strike-reefer-containers",
        ),
        pytest.param(
            "VN",
            "other",
            "Áp dụng thuế chống bán phá giá đối với nhôm nhập khẩu từ Trung Quốc",
            "Bộ Công Thương áp dụng thuế chống bán phá giá 20% đối với nhôm có xuất xứ từ Trung "
            "Quốc, nhập khẩu theo đường biển bởi các doanh nghiệp.",
            id="vi-anti-dumping-duty",
        ),
        pytest.param(
            "PL",
            "customs",
            "CBAM: nowe obowiązki importerów od 2026 roku",
            "Od 1 stycznia 2026 r. importerzy stali i aluminium muszą uzyskać status upoważnionego "
            "zgłaszającego CBAM przed przywozem towarów do UE.",
            id="pl-carbon-border-adjustment",
        ),
        pytest.param(
            "CH",
            "postal",
            "Court upholds customs clearance fees",
            "The Federal Administrative Court has dismissed an appeal against the clearance fees "
            "charged for parcels from abroad. The fees remain the same. The judgment can be "
            "appealed within 30 days.",
            id="en-court-dismissed-an-appeal",
        ),
        pytest.param(
            "LV",
            "customs",
            "Vakance: muitas uzraugs (pasta sūtījumu kontrole)",
            "Galvenie pienākumi: veikt pasta sūtījumu muitas kontroli, atklāt aizliegtas preces "
            "(ieročus, narkotikas). Darba vieta: Rīga. Piedāvājam: mēnešalga 1500 EUR.",
            id="lv-vacancy",
        ),
        pytest.param(
            "FI",
            "customs",
            "Provisional anti-dumping duty on steel wire from China",
            "The Commission has imposed a provisional duty of 24% on steel wire originating in "
            "China, from 14 June. The duty applies to goods released for free circulation in "
            "Finland and the rest of the EU.",
            id="en-anti-dumping-title",
        ),
        pytest.param(
            None,
            "other",
            "Countervailing duties on Chinese tyres: the Commission adopts a package",
            "The package sets duties of 10-30% on passenger car tyres imported from China from "
            "1 May.",
            id="en-trade-defence-package-is-no-parcel",
        ),
        pytest.param(
            "FI",
            "customs",
            "Provisional anti-dumping duty on aluminium foil from China",
            "The Commission has imposed a provisional duty of 28% on aluminium foil originating "
            "in China, from 3 March. The duty applies to goods released for free circulation in "
            "Finland and the rest of the EU.\nE-mail: tariff@customs.fi",
            id="en-anti-dumping-title-with-an-e-mail-line",
        ),
    ],
)
def test_look_alikes_change_no_mail(origin: str, source_kind: str, title: str, text: str) -> None:
    _check(title, text, origin, source_kind, "irrelevant")


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind"),
    [
        pytest.param(
            "US",
            "customs",
            "De minimis: what is changing",
            "From 29 August, shipments valued at $800 or less no longer enter free of duty, "
            "whether or not they are subject to antidumping or countervailing duties.",
            "duty_tax_change",
            id="en-antidumping-in-a-de-minimis-rule",
        ),
        pytest.param(
            "NO",
            "postal",
            "New feature: customs data now required for parcels to the UK",
            "From 1 March, every parcel to the United Kingdom must carry electronic customs "
            "data. Our app now asks for it when you book.",
            "new_requirement",
            id="en-new-feature-title-with-a-requirement",
        ),
        pytest.param(
            "DE",
            "customs",
            "CBAM and ICS2: new data requirements from 1 March",
            "From 1 March, postal operators and express carriers must submit full ICS2 data for "
            "every parcel sent to the European Union before loading. Separately, CBAM reporting "
            "continues for importers of steel.",
            "new_requirement",
            id="en-cbam-beside-ics2-data",
        ),
    ],
)
def test_kinds_of_changes_and_all_clears(
    origin: str, source_kind: str, title: str, text: str, kind: str
) -> None:
    _check(title, text, origin, source_kind, kind)
