"""Session 82, from blind sets 481-486: each case a notice written for one rule, its kind and
destinations checked (irrelevant ones: no destination); and the quotation marks that make words
someone else's."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.text import Doc, inside_quotes
from tests.classify_check import EU27
from tests.classify_check import check_kind as _check

# Kinds of change the new words decide
_KINDS = [
    pytest.param(
        "ES",
        "customs",
        "Prohibida la importación de punteros láser",
        "A partir del 1 de marzo queda prohibida la importación de punteros láser de clase 3 "
        "o superior, también en envíos postales y de mensajería. Los envíos que los contengan "
        "serán retenidos.",
        "prohibited_items",
        ["ES"],
        id="es-laser-pointers-banned-by-customs",
    ),
    pytest.param(
        "EG",
        "postal",
        "البريد المصري يعيد قبول الطرود المتجهة إلى ليبيا",
        "أعلنت الهيئة القومية للبريد عن إعادة قبول الطرود البريدية المتجهة إلى ليبيا اعتباراً "
        "من 1 مارس، على ألا يزيد وزن الطرد على 5 كجم.",
        "resumption",
        ["LY"],
        id="ar-parcels-accepted-again",
    ),
    pytest.param(
        "KR",
        "customs",
        "해외직구 화장품 반입 기준 변경 안내",
        "관세청은 개인이 해외직구로 반입하는 화장품의 면제 기준을 다음과 같이 변경한다. "
        "2025년 9월 1일부터 1인당 같은 품목 연간 수량은 6개 이내로 한다.",
        "restriction",
        ["KR"],
        id="ko-criteria-for-goods-bought-abroad-changed",
    ),
    pytest.param(
        "TN",
        "postal",
        "Interdiction des trottinettes électriques",
        "L'importation en Tunisie de trottinettes électriques est interdite par voie postale à "
        "compter du 1er juin. La mesure concerne tous les envois, quelle que soit leur "
        "provenance (Chine, Union européenne, Turquie), et quelle que soit leur valeur.",
        "prohibited_items",
        ["TN"],
        id="fr-the-origins-listed-after-whatever-their-provenance",
    ),
    pytest.param(
        "GB",
        "postal",
        "Small parcels",
        "From 1 July, a tax of €2 will be charged on each small parcel sent to the European Union.",
        "duty_tax_change",
        EU27,
        id="en-a-sum-charged-from-a-day",
    ),
    pytest.param(
        "CH",
        "postal",
        "Petits colis vers l'UE",
        "À partir du 1er juillet, une taxe de 2 € sera perçue sur chaque petit colis envoyé "
        "vers l'Union européenne.",
        "duty_tax_change",
        EU27,
        id="fr-a-sum-levied-from-a-day",
    ),
]

# Near misses of the new words, from the review of this change: a stop after a breadcrumb's
# "»", mail to relatives in their home country, the Arabic re-acceptance of parcels
_REVIEW = [
    pytest.param(
        "DE",
        "postal",
        "Aktuelle Hinweise",
        "Startseite » Presse » Hinweise. Seit dem 2. Oktober nehmen wir keine Pakete nach "
        "Israel mehr an.",
        "suspension",
        ["IL"],
        id="de-a-breadcrumbs-marks-open-no-quotation",
    ),
    pytest.param(
        "DE",
        "postal",
        "Pakete in die Heimat",
        "Ab 1. März brauchen Pakete an Angehörige in ihrem Herkunftsland (Türkei, Serbien, "
        "Bosnien und Herzegowina) eine elektronische Zollanmeldung.",
        "new_requirement",
        ["BA", "RS", "TR"],
        id="de-parcels-to-relatives-in-their-home-country-go-there",
    ),
    pytest.param(
        "DZ",
        "postal",
        "إعادة قبول المراسلات نحو السودان",
        "تعيد بريد الجزائر قبول الرسائل والطرود الموجهة إلى السودان ابتداء من 1 أفريل.",
        "resumption",
        ["SD"],
        id="ar-correspondence-accepted-again",
    ),
]

# Notices with nothing for a sender: one parcel locker down, the app down, holiday hours
_IRRELEVANT = [
    pytest.param(
        "LT",
        "postal",
        "Laikinai neveiks paštomatas prie stoties",
        "Dėl remonto darbų nuo kovo 3 d. iki balandžio 15 d. paštomatas prie geležinkelio "
        "stoties laikinai neveiks. Siuntų išdavimas ir priėmimas šiame paštomate bus "
        "sustabdytas. Siuntos bus nukreiptos į artimiausią paštomatą.",
        id="lt-one-parcel-locker-out-of-service",
    ),
    pytest.param(
        "FR",
        "postal",
        "Espace client : service momentanément suspendu",
        "Maintenance programmée : votre espace client et le suivi des colis seront "
        "indisponibles dans la nuit du 3 au 4 mars, de 22h à 6h. Les envois et la "
        "distribution ne sont pas perturbés.",
        id="fr-a-maintenance-label-opening-the-text",
    ),
    pytest.param(
        "IT",
        "postal",
        "Festa della Repubblica: orari degli Uffici Postali",
        "Lunedì 2 giugno gli Uffici Postali resteranno chiusi. Martedì 3 giugno apertura "
        "regolare. Le spedizioni e la consegna dei pacchi riprendono normalmente.",
        id="it-post-offices-closed-on-a-holiday",
    ),
    pytest.param(
        "CH",
        "postal",
        "Express network announces the winners of its 2025 Customer Care Awards",
        "Express network announces the winners of its 2025 Customer Care Awards\n\nOn World "
        "Post Day the network recognised the operators with the best on-time delivery and the "
        "quickest transmission of electronic customs data for outbound items.\n\nGold: Posti "
        '(Finland), PostNL (Netherlands)\nSilver: Egypt Post, An Post (Ireland)\n\n"Even in '
        "a year marked by transport disruptions and delays in several regions, operators kept "
        'their promises," said the Chair.',
        id="en-awards-to-operators",
    ),
    pytest.param(
        "US",
        "postal",
        "New exhibit: letters from the blockade",
        "The new exhibit tells how mail service to the besieged city was suspended in 1870 and "
        "how letters were carried out by balloon via London. The exhibit opens on 4 May; "
        "admission is free.",
        id="en-a-museum-exhibit-on-a-past-suspension",
    ),
    pytest.param(
        "GB",
        "postal",
        "Redelivery charges",
        "From 1 April, a fee of £2 will be charged for each redelivery of a domestic parcel.",
        id="en-a-domestic-fee-from-a-day",
    ),
    pytest.param(
        "EG",
        "postal",
        "إعادة قبول المدفوعات الإلكترونية",
        "يعلن البريد المصري عن إعادة قبول المدفوعات الإلكترونية عبر تطبيق البريد المصري بعد "
        "انتهاء أعمال التحديث.",
        id="ar-an-apps-payments-accepted-again",
    ),
    pytest.param(
        "EG",
        "postal",
        "خصم رمضان على الطرود",
        "خصم 20% على إرسال الطرود داخل مصر خلال شهر رمضان، بشرط ألا يزيد وزن الطرد على 5 كجم.",
        id="ar-a-domestic-discount-with-a-weight-limit",
    ),
]


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        *_KINDS,
        *_REVIEW,
        *(pytest.param(*p.values, "irrelevant", [], id=p.id) for p in _IRRELEVANT),
    ],
)
def test_kind_and_destinations(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


def test_laser_pointers_are_electronics() -> None:
    case = _KINDS[0].values
    got = classify(case[2], case[3], origin=case[0], source_kind=case[1])
    assert got.categories == ["electronics"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Die SMS „Ihre Sendung wurde gestoppt", True),
        # German marks closed: what follows is the notice's own
        ("Der Automat „Zentrum“ ist gestoppt", False),
        ("Wiadomość „Twoja przesyłka została zatrzymana” to oszustwo", False),  # Polish „…”
        ("Le message « votre colis est bloqué", True),
        ("Die Nachricht »Ihr Paket ist gestoppt« ist falsch", False),  # German »…«
        ("Die Nachricht »Ihr Paket ist gestoppt", True),
        ("Startseite » Presse » Pakete nach Israel sind gestoppt", False),  # breadcrumbs
        ('A text reads "your parcel is held', True),
        ('The "Express" service is held', False),
        ('המשלוחים מחו"ל מעוכבים', False),  # gershayim of a Hebrew abbreviation
        ("「荷物は保留中です」と", False),
    ],
)
def test_inside_quotes(text: str, quoted: bool) -> None:
    doc = Doc.make("", text)
    assert inside_quotes(doc, 0, len(doc.full)) is quoted
