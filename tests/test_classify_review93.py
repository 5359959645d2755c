"""Session 93, from blind sets 653-667: each case a notice written for one rule, with the
fields that rule decides (its kind and destinations, its categories, or that it is no
change)."""

from __future__ import annotations

import pytest

from tests.classify_check import EU27 as _EU27
from tests.classify_check import check_fields

_NOTICES = [
    # Lithuanian accusative "Nigerį" (Niger) folds to Albanian "Nigeri" (Nigeria)
    pytest.param(
        "LT",
        "postal",
        "Siuntos į Nigerį laikinai nepriimamos",
        "Dėl uždarytos oro erdvės laikinai nepriimame siuntų į Nigerį. Siuntos į Nigeriją "
        "priimamos įprasta tvarka.",
        {"change_kind": "suspension", "destinations": ["NE"]},
        id="lt-niger-in-the-accusative",
    ),
    # delivery at home, in Estonian, Arabic and Turkish: the storm's country
    pytest.param(
        "EE",
        "postal",
        "Tormi tõttu hilineb kirjade kättetoimetamine",
        "Tugeva tormi tõttu võib kirjade ja pakkide kättetoimetamine hilineda kuni kaks päeva.",
        {"change_kind": "delay", "destinations": ["EE"]},
        id="et-delivery-at-home",
    ),
    pytest.param(
        "OM",
        "postal",
        "تأخر توصيل الطرود بسبب الأمطار",
        "بسبب الأمطار الغزيرة قد يتأخر توصيل الطرود والرسائل خلال الأيام القادمة.",
        {"change_kind": "delay", "destinations": ["OM"]},
        id="ar-delivery-at-home",
    ),
    pytest.param(
        "TR",
        "postal",
        "Bayram tatilinde gönderi dağıtımı",
        "Bayram tatili nedeniyle 1-3 Nisan tarihlerinde yurt genelinde gönderi dağıtımı "
        "yapılmayacak, teslimlerde gecikme yaşanabilecektir.",
        {"destinations": ["TR"]},
        id="tr-delivery-at-home",
    ),
    # a region the title names, with a change told of it (no word of delivery)
    pytest.param(
        "AU",
        "postal",
        "Severe flooding – service impacts in Queensland",
        "Parcel collections in flood-affected parts of Queensland are suspended until further "
        "notice.",
        {"destinations": ["AU"]},
        id="en-titled-region-at-home",
    ),
    # the capital of a capital district, named in brackets by ISO ("Capital Territory
    # (Honiara)")
    pytest.param(
        "SB",
        "postal",
        "Honiara counter services resume",
        "Counter services and mail delivery to PO Boxes in Honiara resumed on Monday after the "
        "unrest.",
        {"change_kind": "resumption", "destinations": ["SB"]},
        id="en-capital-in-brackets-at-home",
    ),
    # mail arriving for the source's own country
    pytest.param(
        "VU",
        "postal",
        "Port Vila office closed after the cyclone",
        "The Port Vila office is closed until further notice. International mail arriving for "
        "Vanuatu is held and will be delayed.",
        {"destinations": ["VU"]},
        id="en-mail-arriving-for-home",
    ),
    # mail abroad said to be spared: the change is at home
    pytest.param(
        "MA",
        "postal",
        "Inondations : retards de distribution dans la région Souss-Massa",
        "À la suite des inondations, la distribution du courrier et des colis connaît des "
        "retards dans la région Souss-Massa. Les envois à destination de l'étranger ne sont pas "
        "affectés.",
        {"change_kind": "delay", "destinations": ["MA"]},
        id="fr-abroad-spared-change-at-home",
    ),
    # mail from abroad accepted again, told by the post where it arrives
    pytest.param(
        "IN",
        "postal",
        "Resumption of mail from Pakistan",
        "Letters and parcels from Pakistan will again be accepted for delivery from 1 May.",
        {"change_kind": "resumption", "destinations": ["IN"]},
        id="en-mail-from-abroad-resumes-here",
    ),
    # goods said to come from outside the EU into it: a German carrier's rule holds in Germany
    pytest.param(
        "DE",
        "carrier",
        "Neue Zollgebühr für Kleinsendungen",
        "Ab 1. Juli wird auf Waren, die aus Drittländern (z. B. Kanada) in die EU eingeführt "
        "werden, ein Zoll von 3 Euro je Sendung erhoben.",
        {"change_kind": "duty_tax_change", "destinations": _EU27},
        id="de-imports-into-the-eu-include-home",
    ),
    # Turkish "the EU member countries and Norway", one list before the dative
    pytest.param(
        "TR",
        "postal",
        "Gönderilerde elektronik veri zorunluluğu",
        "1 Mart itibarıyla Avrupa Birliği üye ülkeleri ile Norveç'e gönderilen tüm eşya "
        "gönderileri için elektronik veri iletilmesi zorunludur.",
        {"change_kind": "new_requirement", "destinations": [*_EU27, "NO"]},
        id="tr-eu-members-and-norway",
    ),
    # places left out: Norwegian, Uzbek, Kazakh
    pytest.param(
        "NO",
        "postal",
        "Posten sender igjen varer til USA",
        "Fra mandag kan du igjen sende pakker med varer til USA. Sendinger til Puerto Rico er "
        "foreløpig ikke omfattet av gjenåpningen.",
        {"change_kind": "resumption", "destinations": ["US"]},
        id="no-not-covered-by-the-reopening",
    ),
    pytest.param(
        "UZ",
        "postal",
        "Xalqaro jo‘natmalarda suyuqliklarni qabul qilish to‘xtatiladi",
        "1-fevraldan boshlab Koreya Respublikasi va Yaponiyaga yuboriladigan jo‘natmalarda "
        "suyuqliklarni qabul qilish vaqtincha to‘xtatiladi. Qozog‘istonga yuboriladigan "
        "jo‘natmalarga ushbu cheklov tatbiq etilmaydi.",
        {"change_kind": "suspension", "destinations": ["JP", "KR"]},
        id="uz-republic-of-korea-and-does-not-apply",
    ),
    pytest.param(
        "KZ",
        "postal",
        "Ресейге жіберілетін сәлемдемелерге шектеу",
        "1 наурыздан бастап Ресейге жіберілетін сәлемдемелердің салмағы 20 кг-мен шектеледі. "
        "Қырғызстанға жіберілетін сәлемдемелер үшін бұрынғы шарттар сақталады.",
        {"destinations": ["RU"]},
        id="kk-previous-conditions-kept",
    ),
    # Uzbek "must not exceed": a limit
    pytest.param(
        "UZ",
        "customs",
        "Pochta orqali dori vositalarini olib kirish tartibi",
        "1-iyundan boshlab xalqaro pochta orqali olib kiriladigan dori vositalari bir "
        "jo‘natmada 3 qadoqdan oshmasligi kerak.",
        {"change_kind": "restriction", "destinations": ["UZ"]},
        id="uz-must-not-exceed",
    ),
    # Japanese: more countries where devices with lithium batteries are accepted
    pytest.param(
        "JP",
        "postal",
        "リチウム電池を内蔵した機器のEMS引受対象国・地域の拡大について",
        "2026年1月1日から、リチウムイオン電池を内蔵した機器をEMSでお引き受けする国・地域に、"
        "次の国・地域を追加します。\n・カナダ\n・ブラジル",
        {"change_kind": "resumption", "destinations": ["BR", "CA"]},
        id="ja-acceptance-widened",
    ),
    # Hindi "restoration of services", the stop told in the pluperfect
    pytest.param(
        "IN",
        "postal",
        "कनाडा के लिए अंतरराष्ट्रीय डाक सेवाओं की बहाली",
        "डाक विभाग 1 दिसंबर से कनाडा के लिए पार्सल की बुकिंग पुनः आरंभ करेगा। हड़ताल के कारण "
        "विभाग ने बुकिंग अस्थायी रूप से निलंबित कर दी थी।",
        {"change_kind": "resumption", "destinations": ["CA"]},
        id="hi-restoration-after-a-past-stop",
    ),
    # holiday and peak surcharges (Chinese, Arabic); a region beside the own country named as
    # where shipments leave is the others
    pytest.param(
        "CN",
        "carrier",
        "关于春节期间寄往澳门快件收取春节服务费的公告",
        "春节期间，我司将对寄往澳门的快件收取春节服务费，每票人民币15元。",
        {"change_kind": "duty_tax_change", "destinations": ["MO"]},
        id="zh-holiday-surcharge",
    ),
    pytest.param(
        "AE",
        "carrier",
        "رسوم موسم الذروة على الشحنات إلى دول الخليج",
        "تُطبق رسوم موسم الذروة المؤقتة اعتباراً من 1 مارس على الشحنات المرسلة من دولة الإمارات "
        "العربية المتحدة إلى دول مجلس التعاون الخليجي.",
        {"change_kind": "duty_tax_change", "destinations": ["BH", "KW", "OM", "QA", "SA"]},
        id="ar-peak-fees-from-home-to-the-gulf",
    ),
    # Arabic "al-yumn" (blessing) in a holiday greeting is no Yemen
    pytest.param(
        "AE",
        "postal",
        "تعليق خدمات التوصيل خلال عطلة العيد",
        "تعلن بريد الإمارات عن تعليق خدمات توصيل الطرود خلال عطلة العيد من 1 إلى 3 أبريل. "
        "أعاده الله على الجميع بالخير واليمن والبركات.",
        {"destinations": ["AE"]},
        id="ar-blessing-is-no-yemen",
    ),
    # Polish "doręczenia" (deliveries) at home
    pytest.param(
        "PL",
        "postal",
        "Powódź: wstrzymane doręczenia",
        "Z powodu powodzi do odwołania wstrzymane zostają doręczenia listów i paczek w "
        "zalanych miejscowościach.",
        {"destinations": ["PL"]},
        id="pl-delivery-at-home",
    ),
    # guards from the review: the Kazakh dative of "the Republic of Korea" is still Korea; a
    # stop stated beside a job offer is still a stop
    pytest.param(
        "KZ",
        "postal",
        "Корея Республикасына сәлемдемелер қабылдау тоқтатылды",
        "Рейстердің азаюына байланысты Корея Республикасына сәлемдемелер қабылдау уақытша "
        "тоқтатылды.",
        {"change_kind": "suspension", "destinations": ["KR"]},
        id="kk-republic-of-korea-in-the-dative",
    ),
    pytest.param(
        "ES",
        "postal",
        "Correos: nuevas plazas y cambios en envíos a Canadá",
        "Correos abre plazas para cubrir puestos de reparto en turnos rotativos. Además, desde "
        "el 1 de marzo se suspende la admisión de paquetes con destino a Canadá.",
        {"change_kind": "suspension", "destinations": ["CA"]},
        id="es-job-offer-beside-a-stop",
    ),
    # no change: an agreement between institutions, job adverts (Finnish, Spanish, Chinese),
    # seizure news, domestic prices
    pytest.param(
        "DO",
        "postal",
        "El correo y Aduanas firman acuerdo de colaboración",
        "Ambas instituciones firmaron un acuerdo interinstitucional que contempla talleres sobre "
        "mercancías prohibidas para el personal.",
        {"relevant": False},
        id="es-agreement-signed",
    ),
    pytest.param(
        "FI",
        "customs",
        "Tulli hakee tullitarkastajia Kemiin",
        "Tehtäviisi kuuluu lähetysten tarkastus ja kiellettyjen tuotteiden, kuten aseiden ja "
        "väärennettyjen lääkkeiden, löytäminen. Hae viimeistään 15.6. osoitteessa valtiolle.fi.",
        {"relevant": False},
        id="fi-job-advert",
    ),
    pytest.param(
        "AR",
        "customs",
        "Convocatoria para la Aduana de Córdoba",
        "Se convoca a un proceso de selección para cubrir puestos en la sección de envíos "
        "postales, con turnos rotativos. Funciones: verificación de mercaderías prohibidas "
        "(baterías de litio, armas).",
        {"relevant": False},
        id="es-job-advert",
    ),
    pytest.param(
        "TW",
        "postal",
        "郵政公司115年職階人員甄試公告",
        "本年度甄試即日起受理網路報名，報名期間自3月1日至3月15日止。錄取人員將負責國際郵件"
        "之海關查驗配合及禁寄物品（如鋰電池）之識別。",
        {"relevant": False},
        id="zh-staff-selection-exam",
    ),
    pytest.param(
        "SE",
        "customs",
        "Customs seized 2 tonnes of undeclared cheese",
        "Swedish Customs stopped a van at the border crossing on Tuesday night. The cheese had "
        "no veterinary certificates and has been destroyed.",
        {"relevant": False},
        id="en-seizure-a-van-stopped",
    ),
    pytest.param(
        "US",
        "other",
        "Inspectors seize 50,000 counterfeit phone chargers",
        "Postal Inspectors seized 50,000 counterfeit chargers shipped through international "
        "mail facilities. Two importers were charged; their business licenses have been "
        "suspended.",
        {"relevant": False},
        id="en-seizure-licences-suspended",
    ),
    pytest.param(
        "MX",
        "postal",
        "Nuevas tarifas del servicio nacional",
        "A partir del 1 de febrero entran en vigor las nuevas tarifas del servicio nacional: "
        "paquete hasta 1 kg, $150.00. Las tarifas del servicio internacional no presentan "
        "cambios.",
        {"relevant": False},
        id="es-domestic-prices-international-unchanged",
    ),
    pytest.param(
        "IN",
        "postal",
        "घरेलू पार्सल की दरों में संशोधन",
        "1 जनवरी से घरेलू पार्सल की दरों में संशोधन किया गया है। अंतरराष्ट्रीय पार्सल की दरों में "
        "कोई परिवर्तन नहीं किया गया है।",
        {"relevant": False},
        id="hi-domestic-prices-international-unchanged",
    ),
    pytest.param(
        "IN",
        "postal",
        "पुस्तक डाक सेवा का शुभारंभ",
        "डाक विभाग ने पुस्तकों के लिए नई सेवा शुरू की है, शुल्क ₹20 होगा। यह सेवा केवल देश के "
        "भीतर भेजी जाने वाली सामग्री के लिए है।",
        {"relevant": False},
        id="hi-domestic-service-only",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str | None, source_kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, source_kind, title, text, want)
