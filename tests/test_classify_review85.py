"""Session 85, from blind sets 499-504: each case a notice written for one rule, its kind and
destinations checked (irrelevant ones: no destination)."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import check_kind as _check

# Kinds of change and destinations the new words and rules decide
_KINDS = [
    pytest.param(
        "ES",
        "postal",
        "Envío de perfumes a Chile y Perú",
        "A partir del 1 de junio no se admitirán perfumes con destino a Chile y Perú. "
        "Para envíos dentro de España y a otros países de la Unión Europea, consulte las "
        "condiciones específicas en la sección «Condiciones de envío».",
        "prohibited_items",
        ["CL", "PE"],
        id="es-a-section-of-the-site",
    ),
    pytest.param(
        "BE",
        "postal",
        "Verenigd Koninkrijk: verbod op kaas",
        "Het Verenigd Koninkrijk verbiedt vanaf 1 mei de invoer van kaas per post. Pakjes naar "
        "Ierland vallen niet onder het verbod.",
        "prohibited_items",
        ["GB"],
        id="nl-not-under-the-ban",
    ),
    pytest.param(
        "LU",
        "postal",
        "Envois vers le Royaume-Uni",
        "Dès le 1er janvier, tous les envois de marchandises vers le Royaume-Uni devront porter "
        "une déclaration en douane. Les envois vers Gibraltar sont déjà soumis aux formalités "
        "douanières.",
        "new_requirement",
        ["GB"],
        id="fr-already-subject-to-formalities",
    ),
    pytest.param(
        "NL",
        "postal",
        "Customs declaration for the United Kingdom",
        "From 1 January every parcel to the United Kingdom needs a customs declaration. Parcels "
        "to Gibraltar were already subject to customs formalities.",
        "new_requirement",
        ["GB"],
        id="en-already-subject-to-formalities",
    ),
    pytest.param(
        "IR",
        "postal",
        "توقف پذیرش مرسولات به مقصد آمریکا",
        "پذیرش مرسولات حاوی کالا به مقصد آمریکا از روز شنبه متوقف می‌گردد. ارسال مرسولات به "
        "مقصد ترکیه و عراق مشمول این محدودیت نیست.",
        "suspension",
        ["US"],
        id="fa-not-subject-to-this-restriction",
    ),
    pytest.param(
        "PL",
        "postal",
        "Dane elektroniczne dla przesyłek do Wielkiej Brytanii",
        "Od 1 marca przesyłki z towarami do Wielkiej Brytanii muszą mieć elektroniczną "
        "deklarację celną. Przypominamy, że przesyłki do państw Unii Europejskiej nie wymagają "
        "deklaracji celnej.",
        "new_requirement",
        ["GB"],
        id="pl-eu-needs-no-declaration",
    ),
    pytest.param(
        "FR",
        "other",
        "Droits additionnels sur les fromages aux États-Unis",
        "Les États-Unis appliqueront des droits additionnels de 25 % aux fromages originaires "
        "d'Italie et du Royaume-Uni à compter du 1er mars, y compris aux colis.",
        "duty_tax_change",
        ["US"],
        id="fr-additional-duties-on-goods-from-the-uk",
    ),
    pytest.param(
        "SA",
        "customs",
        "الهيئة توضح: لا تغيير على حد الإعفاء الجمركي",
        "نفت الهيئة صحة ما تم تداوله بشأن إلغاء الإعفاء من الرسوم الجمركية للإرساليات التي لا "
        "تتجاوز قيمتها 1000 ريال، وأكدت أنه لم يصدر أي قرار بتعديله.",
        "informational",
        ["SA"],
        id="ar-no-change-to-the-threshold",
    ),
    pytest.param(
        "NC",
        "postal",
        "Frais de dédouanement des colis au 1er mars",
        "Les frais de présentation en douane des colis reçus en Nouvelle-Calédonie augmentent au "
        "1er mars. Les colis en provenance de France hexagonale, de Wallis-et-Futuna et de "
        "Polynésie française sont soumis aux mêmes frais.",
        "duty_tax_change",
        ["NC"],
        id="fr-from-mainland-france-and-the-territories",
    ),
    pytest.param(
        "US",
        "postal",
        "International Service Disruptions – Grenada",
        "The Postal Service is suspending acceptance of international mail destined to Grenada. "
        "Customers with questions about mail to Puerto Rico and the U.S. Virgin Islands should "
        "refer to the domestic alerts page.",
        "suspension",
        ["GD"],
        id="en-questions-about-mail-to-territories",
    ),
    pytest.param(
        "CA",
        "postal",
        "Sending to the U.S.: our service continues",
        "Canada Post has not suspended service to the U.S. Parcels addressed to the U.S., "
        "including Puerto Rico and the U.S. Virgin Islands, continue to be accepted.",
        "informational",
        ["PR", "US", "VI"],
        id="en-territories-included-where-service-goes-on",
    ),
    pytest.param(
        "NL",
        "postal",
        "Snus: nieuwe regels voor verzending naar het buitenland",
        "Vanaf 1 september accepteren wij geen pakketten met snus meer naar de volgende "
        "bestemmingen:\n- Noorwegen\n- Zweden\n\nWat verandert er niet?\n"
        "• Verzending naar België blijft mogelijk.",
        "prohibited_items",
        ["NO", "SE"],
        id="nl-sending-abroad-names-the-page",
    ),
]

# The review's near-misses: words of the new lists where they must not decide
_REVIEW = [
    pytest.param(
        "GB",
        "postal",
        "Royal Mail opens a new route to Vietnam",
        "Royal Mail has opened a new route to Vietnam: parcels to Vietnam are accepted again "
        "from Monday 3 June.",
        "resumption",
        ["VN"],
        id="en-a-new-route-resumes",
    ),
    pytest.param(
        "US",
        "postal",
        "Food benefits cards: mail delays to Puerto Rico",
        "Mail to Puerto Rico, including food benefits cards, is delayed by up to a week after "
        "the storm.",
        "delay",
        ["PR"],
        id="en-food-benefits-cards-delayed",
    ),
    pytest.param(
        "IT",
        "postal",
        "Nuove regole per il Regno Unito",
        "Dal 1° maggio i pacchi verso il Regno Unito devono avere una dichiarazione "
        "elettronica. Le spedizioni verso la Francia non richiedono la dichiarazione doganale.",
        "new_requirement",
        ["GB"],
        id="it-must-have-a-declaration",
    ),
    pytest.param(
        "CA",
        "postal",
        "Canada Post suspends goods to the U.S.",
        "Canada Post has suspended goods to the U.S. from 25 August. Letters addressed to the "
        "U.S., including Puerto Rico and Guam, continue to be accepted.",
        "suspension",
        ["US"],
        id="en-territories-only-where-letters-go-on",
    ),
]

# Notices of no change for senders that the new topic words keep quiet
_IRRELEVANT = [
    pytest.param(
        "US",
        "other",
        "Food benefits for December may be delayed",
        "Because of the federal shutdown, SNAP benefits may not be issued on time. Issuance is "
        "temporarily suspended. Visit a local food bank for food assistance.",
        id="en-food-benefits",
    ),
    pytest.param(
        "NZ",
        "other",
        "Export report: New Zealand honey exports rise 9 per cent",
        "Honey exports rose 9 per cent in value in the year to June, after China removed its "
        "import duties last year. The full export report is available online.",
        id="en-export-figures",
    ),
    pytest.param(
        "GB",
        "postal",
        "Contract notice: cleaning services",
        "Royal Mail Group is seeking suppliers for cleaning services at its mail centres. "
        "Procedure: negotiated procedure. Suppliers must meet hygiene requirements. Time limit "
        "for requests to participate: 3 March.",
        id="en-a-contract-notice",
    ),
    pytest.param(
        "DE",
        "carrier",
        "DHL opens a new warehouse in Leipzig",
        "DHL has opened a new warehouse for wine and spirits, with bonded storage that lets "
        "customers defer excise duties until goods are released.",
        id="en-a-new-warehouse",
    ),
    pytest.param(
        "IR",
        "customs",
        "اطلاعیه قطعی برنامه‌ریزی‌شده سامانه گمرکی",
        "سامانه گمرکی روز جمعه از ساعت ۲۲ از دسترس خارج خواهد بود و ثبت اظهارنامه و پرداخت "
        "حقوق ورودی ممکن نیست. عملیات گمرکی از روز شنبه به روال عادی انجام خواهد شد و این "
        "قطعی تأثیری بر ترخیص مرسولات نخواهد داشت.",
        id="fa-a-planned-outage",
    ),
    pytest.param(
        "IR",
        "postal",
        "اعلام تعرفه‌های جدید خدمات پستی داخلی",
        "به اطلاع می‌رساند تعرفه‌های جدید خدمات پستی داخلی از ۱ اردیبهشت اجرایی می‌شود.\n"
        "نامه عادی | تا ۲۰ گرم | ۵۰,۰۰۰\n"
        "تعرفه خدمات پست بین‌المللی و پست سریع بین‌المللی (EMS) تغییری نکرده است.",
        id="fa-domestic-postal-tariffs",
    ),
    pytest.param(
        "FR",
        "postal",
        "Nos offres Premium",
        "Vous disposez de droits supplémentaires en cas de retard de vos colis vers "
        "l'Allemagne : remboursement et suivi gratuit.",
        id="fr-extra-rights-of-customers",
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


@pytest.mark.parametrize(
    ("title", "text", "origin", "kind", "categories"),
    [
        pytest.param(
            "अमेरिका के लिए डाक सेवा निलंबित",
            "अमेरिका के लिए पत्र/दस्तावेज़ों और उपहार वस्तुओं को छोड़कर सभी श्रेणियों की डाक "
            "वस्तुओं की बुकिंग निलंबित की जाती है।",
            "IN",
            "suspension",
            ["all_goods"],
            id="hi-all-categories-except-letters-and-gifts",
        ),
        pytest.param(
            "Droits de douane sur les vins",
            "Les droits de douane de 25 % s'appliqueront aux vins et aux bières envoyés aux "
            "États-Unis par colis.",
            "FR",
            "duty_tax_change",
            ["alcohol"],
            id="fr-wines-and-beers",
        ),
        pytest.param(
            "Goods to the U.S. suspended",
            "From 29 August, Canada Post suspends goods to the U.S. Customs clearance of "
            "documents continues as normal.",
            "CA",
            "suspension",
            ["all_goods"],
            id="en-a-sentence-ends-at-us",
        ),
    ],
)
def test_categories(title: str, text: str, origin: str, kind: str, categories: list[str]) -> None:
    """Hindi "को छोड़कर" (except) after what it leaves out; French plurals of the drinks; a
    sentence that ends at "U.S." before "Customs" tells the documents apart."""
    got = _check(title, text, origin, "postal", kind)
    assert sorted(got.categories) == categories


@pytest.mark.parametrize(
    ("origin", "title", "text", "codes"),
    [
        pytest.param(
            "BE",
            "Speelgoed",
            "Vanaf 1 mei aanvaarden we geen pakjes meer met speelgoed gemaakt in China.",
            ["*"],
            id="nl-made-in-china",
        ),
        pytest.param(
            "ES",
            "Juguetes",
            "Desde el 1 de mayo no se admiten envíos internacionales con juguetes hechos en China.",
            ["*"],
            id="es-made-in-china",
        ),
        pytest.param(
            "NL",
            "Nieuwe regel voor pakjes naar Noorwegen",
            "Vanaf 1 mei worden pakjes naar Noorwegen met speelgoed niet meer aanvaard.",
            ["NO"],
            id="nl-no-longer-accepted",
        ),
    ],
)
def test_refused_goods_made_elsewhere(origin: str, title: str, text: str, codes: list[str]) -> None:
    """Where goods were made ("gemaakt in", "hechos en") is no destination, and Belgian Dutch
    "niet meer aanvaard" refuses: the notice alerts for the places it sends to."""
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.relevant
    assert got.destinations == codes
