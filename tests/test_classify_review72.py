"""Session 72, from blind sets 419-426 and probes."""

from __future__ import annotations

import pytest

from tests.classify_check import check_kind as _check

EU27 = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
]  # fmt: skip


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "DZ",
            "postal",
            "تعليق مؤقت لقبول الطرود نحو بعض الوجهات",
            "نعلم زبائننا أنه سيتم تعليق قبول الطرود الموجهة نحو كل من تشاد والسودان ابتداء من "
            "5 مارس وإلى إشعار آخر.",
            "suspension",
            ["SD", "TD"],
            id="ar-towards-each-of-is-no-from",
        ),
        pytest.param(
            "AE",
            "postal",
            "بيانات جديدة للطرود الدولية",
            "اعتبارا من 1 مارس يجب تقديم بيانات مسبقة لجميع الطرود المرسلة إلى الولايات المتحدة "
            "الأمريكية وكندا واليابان.",
            "new_requirement",
            ["CA", "JP", "US"],
            id="ar-united-states-of-america-in-a-list",
        ),
        pytest.param(
            "UA",
            "postal",
            "Приймання посилок відновлюється до 10 країн",
            "Знову можна надіслати посилки за кордон. Відправлення приймаються до таких країн: "
            "Польща, Німеччина, Литва, Латвія, Естонія, Чехія, Словаччина, Угорщина, Румунія та "
            "Молдова.",
            "resumption",
            ["CZ", "DE", "EE", "HU", "LT", "LV", "MD", "PL", "RO", "SK"],
            id="uk-title-counts-the-countries-listed",
        ),
        pytest.param(
            "JP",
            "postal",
            "ミャンマー宛て郵便物の取扱いについて",
            "現地の情勢について多数のお問い合わせをいただいております。ミャンマー郵便から郵便業務の"
            "停止に関する連絡はなく、ミャンマー宛ての郵便物は通常どおり引き受けております。",
            "informational",
            ["MM"],
            id="ja-no-word-about-a-stop",
        ),
        pytest.param(
            "EG",
            "postal",
            "اشتراطات جديدة للطرود المتجهة إلى كندا",
            "اعتبارا من 1 مايو يجب أن تصاحب جميع الطرود المتجهة إلى كندا بيانات جمركية إلكترونية.",
            "new_requirement",
            ["CA"],
            id="ar-must-accompany",
        ),
        pytest.param(
            "CV",
            "postal",
            "Novas regras para envios",
            "A partir de 1 de março, os envios com mercadorias para qualquer país da União "
            "Europeia (por exemplo Espanha e Itália) devem ser acompanhados de dados "
            "aduaneiros eletrónicos.",
            "new_requirement",
            EU27,
            id="pt-any-country-of-the-eu-with-examples",
        ),
        pytest.param(
            "CH",
            "other",
            "EU ends the duty exemption for cheap parcels",
            "Parcels worth less than 150 euros that are sent from third countries into the "
            "European Union will no longer be duty-free. The finance ministers of the 27 EU "
            "states agreed on this on Thursday. Some states such as Spain and Greece want to "
            "bring in their own handling fees earlier.",
            "duty_tax_change",
            EU27,
            id="en-region-said-of-all-27-elsewhere",
        ),
        pytest.param(
            "EE",
            "postal",
            "Käibemaks kõigile väljastpoolt Euroopa Liitu saabuvatele saadetistele",
            "Alates 1. juulist tuleb käibemaksu tasuda kõigilt väljastpoolt Euroopa Liitu "
            "Eestisse saabuvatelt kaubasaadetistelt.",
            "duty_tax_change",
            ["EE"],
            id="et-from-outside-the-eu-into-estonia",
        ),
        pytest.param(
            "EE",
            "postal",
            "Tollimaks väikese väärtusega pakkidele",
            "Alates 1. juulist kohaldatakse kõigis ELi liikmesriikides väikese väärtusega "
            "saadetistele tollimaksu 3 eurot. Kui tellid kaupa näiteks Hiina või USA e-poest, "
            "lisandub käibemaksule ka tollimaks.",
            "duty_tax_change",
            EU27,
            id="et-eu-member-states-and-e-shops-of-origin",
        ),
        pytest.param(
            "PK",
            "customs",
            "Clearance of smart watches received by post",
            "With effect from 1 May, smart watches arriving through the post will be released "
            "only after the recipient has registered the device number.",
            "new_requirement",
            ["PK"],
            id="en-released-only-after",
        ),
        pytest.param(
            "JP",
            "postal",
            "一部の国あての船便の取扱い終了について",
            "2026年5月1日から、以下の国あての船便による郵便物の引受けを終了いたします。\n"
            "アイスランド、マルタ\n"
            "これらの国あてには、引き続き航空便及びEMSをご利用いただけます。",
            "restriction",
            ["IS", "MT"],
            id="ja-acceptance-ends-for-some-countries",
        ),
        pytest.param(
            "MN",
            "postal",
            "Европ руу илгээх илгээмж хоцрох тухай",
            "Дараах улс руу илгээх илгээмж хүргэгдэх хугацаа хоцрох магадлалтай байна:\n"
            "- Бүгд Найрамдах Франц Улс\n"
            "- Бүгд Найрамдах Итали Улс\n\n"
            "БНХАУ руу илгээх шуудан хэвийн горимоор хүргэгдэж байна.",
            "delay",
            ["FR", "IT"],
            id="mn-mail-to-china-delivered-as-normal",
        ),
        pytest.param(
            "US",
            "postal",
            "International service resumption",
            "Effective immediately, all mail classes are again accepted for:\n"
            "• Kenya\n"
            "• Uganda\n\n"
            "Global Express Guaranteed service has also resumed to Chile.\n\n"
            "Service remains suspended until further notice to Nepal.",
            "resumption",
            ["CL", "KE", "UG"],
            id="en-again-accepted-for-a-list",
        ),
        pytest.param(
            "ES",
            "postal",
            "Suspensión temporal de envíos con mercancía con destino Canadá",
            "Como consecuencia de la nueva normativa aduanera del país de destino, que elimina "
            "la exención de derechos para los envíos de bajo valor, y ante la falta de "
            "definición de los procedimientos de cobro por parte de las autoridades de "
            "aquel país, Correos suspende temporalmente, a partir del 1 de septiembre, la "
            "admisión de envíos que contengan mercancía con destino a:\n\n"
            "- Canadá\n"
            "- San Pedro y Miquelón\n\n"
            "Se siguen admitiendo con normalidad las cartas y los documentos.",
            "suspension",
            ["CA", "PM"],
            id="es-long-paragraph-ending-in-to",
        ),
        pytest.param(
            "PT",
            "postal",
            "Novas regras do IVA para encomendas de fora da União Europeia",
            "A partir de 1 de julho, todas as encomendas provenientes de países fora da União "
            "Europeia (como a China, os Estados Unidos ou a Suíça) passam a estar sujeitas a "
            "IVA, independentemente do seu valor. Envios entre países da União Europeia não "
            "estão sujeitos a estas regras.",
            "duty_tax_change",
            ["PT"],
            id="pt-examples-of-origins-with-articles",
        ),
        # the review's guards (each was wrong in a first version of this session's rules)
        pytest.param(
            "BE",
            "other",
            "EU agrees new e-commerce fee",
            "The finance ministers of the 27 EU states agreed on a handling fee for low-value "
            "parcels. For now, only Germany and France will apply it, from 1 July.",
            "duty_tax_change",
            ["DE", "FR"],
            id="en-27-states-agreed-only-two-apply",
        ),
        pytest.param(
            "GB",
            "postal",
            "Lithium batteries: ban in 10 countries",
            "Loose lithium batteries can no longer be sent to China and Japan. From 1 June, "
            "they are banned in parcels to all international destinations.",
            "prohibited_items",
            ["*"],
            id="en-counted-title-beside-all-destinations",
        ),
        pytest.param(
            "AU",
            "customs",
            "Duty on e-cigarettes concealed in parcels",
            "From 1 July a duty of $5 per ml applies to e-liquids, including those concealed in "
            "parcels.",
            "duty_tax_change",
            ["AU"],
            id="en-duty-on-goods-concealed-in-parcels",
        ),
        pytest.param(
            "US",
            "carrier",
            "Product update: Canada Post strike",
            "Because of the strike at Canada Post, shipments to Canada are delayed by up to a "
            "week.",
            "delay",
            ["CA"],
            id="en-product-update-title-with-a-delay",
        ),
        pytest.param(
            "CA",
            "carrier",
            "Introducing peak season surcharges for the US",
            "A peak surcharge of $1.20 per parcel now applies to all shipments to the United "
            "States until 15 January.",
            "duty_tax_change",
            ["US"],
            id="en-introducing-surcharges",
        ),
        pytest.param(
            "PT",
            "postal",
            "Envios suspensos",
            "Suspendemos os envios para Israel, já Líbano e Jordânia continuam a operar "
            "normalmente.",
            "suspension",
            ["IL"],
            id="pt-ja-is-no-list-glue",
        ),
        pytest.param(
            "EE",
            "customs",
            "ELi riikidest tellitud kaubad",
            "ELi riikidest tellitud kaubad on tollimaksust vabad. Väljaspool ELi asuvatest "
            "e-poodidest tellitud kaupadele rakendub alates 1. juulist käibemaks.",
            "duty_tax_change",
            ["EE"],
            id="et-from-eu-countries-is-no-destination",
        ),
        pytest.param(
            "GB",
            "postal",
            "Ukraine: service update",
            "We have suspended all mail to Ukraine until further notice.\n"
            "Contact details for:\n"
            "Germany\n"
            "Austria",
            "suspension",
            ["UA"],
            id="en-contact-details-for-is-no-list-of-destinations",
        ),
        pytest.param(
            "ES",
            "postal",
            "Suspensión de envíos a Israel",
            "Debido a la cancelación de los vuelos de las compañías aéreas que transportan el "
            "correo y a la falta de rutas alternativas disponibles en este momento, Correos "
            "suspende temporalmente, a partir del 1 de noviembre y hasta nuevo aviso, la "
            "admisión de envíos de cartas y paquetes con destino a Israel. Con excepción de lo "
            "anterior, se mantiene con normalidad la admisión de envíos con destino a:\n"
            "Jordania\n"
            "Egipto",
            "suspension",
            ["IL"],
            id="es-long-paragraph-of-what-goes-on-to",
        ),
        pytest.param(
            "PT",
            "postal",
            "Envios suspensos para o Médio Oriente",
            "Estão suspensos os envios de encomendas para alguns países do Médio Oriente, como "
            "a Jordânia, o Líbano e a Síria.",
            "suspension",
            ["JO", "LB", "SY"],
            id="pt-examples-of-destinations-with-articles",
        ),
        pytest.param(
            "PT",
            "postal",
            "Envios para Israel suspensos",
            "Os CTT suspendem os envios para Israel. As encomendas de fora com destino a "
            "Portugal continuam a ser entregues.",
            "suspension",
            ["IL"],
            id="pt-incoming-parcels-aside",
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
            "New in ShipDesk: bulk labels and saved customs forms",
            "We've released several updates to make fulfilling orders faster:\n"
            "- Return labels in bulk: create prepaid return labels for up to 50 orders at once "
            "from the Orders page.\n"
            "- Branded tracking pages: customers see your logo when they track their order.\n"
            "- Package presets: save up to 20 package sizes and set a default for each "
            "location.\n"
            "- Customs forms: for international shipments, the HS code saved on your products "
            "is now pre-filled on the label screen.\n"
            "These features are available to merchants in the United States and Canada.",
            id="en-new-in-a-product",
        ),
        pytest.param(
            "BY",
            "postal",
            "Приглашение к участию в процедуре закупки: коробки для посылок",
            "Предмет закупки: коробки для посылок и пакеты для международных отправлений. "
            "Требования к участникам размещены в документации о закупке.",
            id="ru-invitation-to-a-procurement",
        ),
        pytest.param(
            "LK",
            "postal",
            "Revision of inland postal rates",
            "The inland postal tariffs will be revised from 1 August: an ordinary letter costs "
            "Rs. 60 and a registration fee Rs. 80. Foreign postal rates, including parcels and "
            "EMS, remain unchanged.",
            id="en-foreign-rates-unchanged",
        ),
        pytest.param(
            "NG",
            "customs",
            "Customs intercepts cough syrup concealed in courier parcels",
            "Officers intercepted 300 bottles of codeine syrup concealed in courier parcels "
            "declared as clothing. The consignments have a Duty Paid Value of N90 million.",
            id="en-intercepted-and-concealed",
        ),
        pytest.param(
            None,
            "other",
            "Air cargo volumes up 4% in May",
            "Demand, measured in cargo tonne-kilometers, rose 4% in May. Capacity, measured in "
            "available cargo tonne-kilometers, rose 3%. The end of the US de minimis exemption "
            "disrupted e-commerce volumes on the transpacific lane.",
            id="en-air-cargo-figures",
        ),
        pytest.param(
            "JP",
            "postal",
            "郵便局あて代金引換ゆうパックの取扱いについて",
            "2026年4月1日から、郵便局あての代金引換ゆうパックの引受けを終了いたします。",
            id="ja-a-domestic-service-ends",
        ),
    ],
)
def test_look_alikes_change_no_mail(origin: str, source_kind: str, title: str, text: str) -> None:
    _check(title, text, origin, source_kind, "irrelevant")


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind"),
    [
        pytest.param(
            "NO",
            "postal",
            "Introducing new requirements for parcels to Japan",
            "From 1 March, parcels to Japan must carry electronic customs data.",
            "new_requirement",
            id="en-introducing-new-requirements-is-news",
        ),
        pytest.param(
            "NL",
            "postal",
            "Half-year results and US surcharge",
            "Results for the six months to June show operating profit up 8%. From 1 September, "
            "a surcharge of €2 applies to every parcel sent to the United States.",
            "duty_tax_change",
            id="en-results-beside-a-surcharge",
        ),
    ],
)
def test_kinds_of_changes_and_all_clears(
    origin: str, source_kind: str, title: str, text: str, kind: str
) -> None:
    _check(title, text, origin, source_kind, kind)
