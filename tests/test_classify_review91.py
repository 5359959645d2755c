"""Session 91, from blind sets 610-619: each case a notice written for one rule, with the
fields that rule decides (its kind and destinations, its categories, or that it is no
change)."""

from __future__ import annotations

import pytest

from tests.classify_check import EU27 as _EU27
from tests.classify_check import check_fields

_NOTICES = [
    # places given as examples of the countries goods come from, after a clause
    pytest.param(
        "MX",
        "other",
        "Cambia la tasa para importaciones por paquetería",
        "A partir del 1 de marzo, la tasa aplicable a las mercancías que ingresen por empresas "
        "de mensajería procedentes de países con los que México no tiene un tratado comercial, "
        "como la República Popular China, pasa de 19% a 33.5%.",
        {"change_kind": "duty_tax_change", "destinations": ["MX"]},
        id="es-origin-example-after-a-clause",
    ),
    pytest.param(
        "MX",
        "postal",
        "Nueva tasa para envíos de mensajería",
        "Desde el 1 de enero, las importaciones por paquetería procedentes de países sin "
        "tratado comercial —principalmente China y Vietnam— pagarán una tasa global de 33.5%.",
        {"change_kind": "duty_tax_change", "destinations": ["MX"]},
        id="es-origin-examples-between-dashes",
    ),
    pytest.param(
        "IN",
        "postal",
        "Import of gifts through post restricted",
        "The import of goods sent as gifts through the post is prohibited with immediate effect "
        "where the value is up to Rs. 5,000. The route was misused by online sellers based "
        "abroad, mainly in China, to avoid duty.",
        {"change_kind": "prohibited_items", "destinations": ["IN"]},
        id="en-sellers-based-abroad-mainly-in",
    ),
    pytest.param(
        "DE",
        "postal",
        "Neue Abgabe auf Kleinsendungen",
        "Ab dem 1. Juli wird auf Sendungen aus Ländern, mit denen kein Freihandelsabkommen "
        "besteht, zum Beispiel China, eine zusätzliche Zollgebühr von 2 Euro erhoben.",
        {"change_kind": "duty_tax_change", "destinations": ["DE"]},
        id="de-origin-example-after-a-relative-clause",
    ),
    # mail from abroad in Spanish as said in Argentina
    pytest.param(
        "AR",
        "postal",
        "Demoras en la entrega de envíos internacionales",
        "Por la reducción de vuelos, los envíos provenientes del exterior registran demoras en "
        "su procesamiento y entrega. Pedimos disculpas por las molestias.",
        {"change_kind": "delay", "destinations": ["AR"]},
        id="es-provenientes-del-exterior",
    ),
    # ... but a title of mail going abroad keeps every destination
    pytest.param(
        "AR",
        "postal",
        "Suspensión de la admisión de envíos al exterior del 3 al 5 de junio",
        "Por la migración del sistema de declaración aduanera, entre el 3 y el 5 de junio no se "
        "admitirán cartas ni encomiendas con destino al exterior.\nLas encomiendas que lleguen "
        "del exterior se seguirán entregando con normalidad.",
        {"change_kind": "suspension", "destinations": ["*"]},
        id="es-title-of-mail-going-abroad",
    ),
    # "nothing changes" in the Baltic languages
    pytest.param(
        "LV",
        "postal",
        "Jaunas prasības sūtījumiem ar precēm",
        "No 1. marta sūtījumiem ar precēm uz Norvēģiju un Šveici jāpievieno elektroniski muitas "
        "dati.\nSūtījumiem uz Eiropas Savienības dalībvalstīm nekas nemainās.",
        {"change_kind": "new_requirement", "destinations": ["CH", "NO"]},
        id="lv-nothing-changes-for-the-eu",
    ),
    # Arabic "except"
    pytest.param(
        "JO",
        "postal",
        "تأخر وصول البعائث البريدية إلى دول مجلس التعاون الخليجي باستثناء سلطنة عُمان",
        "بسبب إلغاء عدد من رحلات الشحن الجوي، ستشهد البعائث المرسلة إلى دول الخليج تأخيراً في "
        "الوصول قد يتجاوز أسبوعاً.",
        {"change_kind": "delay", "destinations": ["AE", "BH", "KW", "QA", "SA"]},
        id="ar-gulf-states-except-oman",
    ),
    # an airline's or an aviation authority's rules for passengers, not for mail
    pytest.param(
        "DE",
        "other",
        "Powerbanks an Bord: ab 1. März nicht mehr erlaubt",
        "Ab dem 1. März dürfen Powerbanks an Bord unserer Flüge nicht mehr genutzt werden. Pro "
        "Fluggast sind höchstens zwei Powerbanks im Handgepäck erlaubt.",
        {"relevant": False},
        id="de-passengers-power-banks-on-board",
    ),
    pytest.param(
        "CN",
        "other",
        "关于禁止旅客携带无标识充电宝乘坐航班的通知",
        "自7月1日起，禁止旅客携带没有认证标识的充电宝乘坐境内航班。各机场要加强安检查验。",
        {"relevant": False},
        id="zh-passengers-power-banks-on-flights",
    ),
    # Czech "also concerns" over the US territories, in their Czech cases, and items holding
    # goods
    pytest.param(
        "CZ",
        "postal",
        "Pozastavení příjmu zásilek se zbožím do USA",
        "Od pondělí dočasně pozastavujeme příjem zásilek se zbožím do USA. Pozastavení se týká "
        "také Portorika, Guamu a Amerických Panenských ostrovů.",
        {
            "change_kind": "suspension",
            "destinations": ["GU", "PR", "US", "VI"],
            "categories": ["all_goods"],
        },
        id="cs-also-concerns-territories-goods-only",
    ),
    # the EU named as the maker of restrictive measures
    pytest.param(
        "IT",
        "postal",
        "Bielorussia: divieto di spedizione di beni di lusso (misure restrittive UE)",
        "Dal 1° aprile è vietato spedire verso la Bielorussia profumi e gioielli di valore "
        "superiore a 300 euro.",
        {"change_kind": "prohibited_items", "destinations": ["BY"]},
        id="it-eu-restrictive-measures-in-title",
    ),
    # an Italian FAQ's "R: No."
    pytest.param(
        "IT",
        "postal",
        "Dati doganali elettronici obbligatori",
        "Dal 1° luglio gli invii con merci diretti verso la Svizzera e la Norvegia dovranno "
        "essere accompagnati dai dati doganali in formato elettronico.\n"
        "D: L'obbligo vale anche per le spedizioni verso i Paesi dell'Unione europea?\n"
        "R: No, solo la dichiarazione cartacea.",
        {"change_kind": "new_requirement", "destinations": ["CH", "NO"]},
        id="it-faq-answer-r-no",
    ),
    # "temporarily not accepted" (a longer phrase of the lexicon ended inside "accepted")
    pytest.param(
        "VA",
        "postal",
        "International mail: items with lithium batteries temporarily not accepted",
        "From 9 September, items containing lithium batteries are temporarily not accepted for "
        "any international destination.",
        {"change_kind": "suspension", "destinations": ["*"], "categories": ["lithium_batteries"]},
        id="en-temporarily-not-accepted",
    ),
    # other news with words of a stop: staff disciplined, payments at the counter
    pytest.param(
        "PK",
        "customs",
        "Customs officials suspended over irregularities at the airport",
        "The Board has suspended three officials of the Collectorate of Customs with immediate "
        "effect after a complaint about the under-valuation of courier consignments. Further "
        "disciplinary proceedings will follow.",
        {"relevant": False},
        id="en-officials-suspended",
    ),
    pytest.param(
        "MD",
        "postal",
        "Временное приостановление приёма коммунальных платежей",
        "В связи с техническими работами 22 марта во всех почтовых отделениях будет временно "
        "приостановлен приём платежей за коммунальные услуги.",
        {"relevant": False},
        id="ru-utility-payments-suspended",
    ),
    # Swedish "no longer possible to send" in a clause's word order
    pytest.param(
        "SE",
        "postal",
        "Värdeförsändelser till utlandet",
        "Från och med den 1 juli slutar vi erbjuda tjänsten Värde utrikes. Det innebär att det "
        "inte längre går att skicka kontanter eller smycken som värdeförsändelse till något land "
        "utanför Sverige.",
        {"destinations": ["*"], "categories": ["cash_valuables", "jewelry"]},
        id="sv-no-longer-possible-to-send-clause-order",
    ),
    # a stop named only with where the mail comes from: the source's own country receives it
    pytest.param(
        "IN",
        "postal",
        "Suspension of the exchange of mail and parcels from Myanmar",
        "The exchange of all categories of mail and parcels from Myanmar is suspended with "
        "immediate effect. Items originating in Myanmar will not be processed for delivery.",
        {"change_kind": "suspension", "destinations": ["IN"]},
        id="en-stop-of-mail-from-a-country",
    ),
    # Italian "to the" before each place of a list, and San Marino's official name
    pytest.param(
        "CH",
        "postal",
        "Italia: possibili ritardi per lo sciopero generale",
        "A causa dello sciopero generale di venerdì, gli invii destinati all'Italia, alla "
        "Repubblica di San Marino e alla Città del Vaticano potrebbero subire ritardi.",
        {"change_kind": "delay", "destinations": ["IT", "SM", "VA"]},
        id="it-alla-before-each-place",
    ),
    # Chinese "still handled under the current rules"
    pytest.param(
        "CN",
        "postal",
        "关于寄往欧盟国家邮件报关数据要求的公告",
        "自7月1日起，寄往欧盟成员国的含物品类国际邮件须提供完整的电子报关数据。"
        "寄往英国、瑞士、挪威的邮件仍按现行规定办理。",
        {"change_kind": "new_requirement", "destinations": _EU27},
        id="zh-still-under-current-rules",
    ),
    # the US Virgin Islands in Arabic
    pytest.param(
        "DZ",
        "postal",
        "تعليق قبول الطرود الموجهة إلى الولايات المتحدة الأمريكية",
        "يتم تعليق قبول الطرود البريدية الموجهة إلى الولايات المتحدة الأمريكية، بما في ذلك "
        "بورتوريكو وغوام وجزر العذراء الأمريكية.",
        {"change_kind": "suspension", "destinations": ["GU", "PR", "US", "VI"]},
        id="ar-us-virgin-islands",
    ),
    # Spanish "can only be released if", and a branch's counter closed
    pytest.param(
        "CL",
        "customs",
        "Importación de medicamentos por envíos postales",
        "A contar del 1 de octubre, los medicamentos importados por personas a través de envíos "
        "postales solo podrán liberarse si cuentan con receta médica a nombre del destinatario.",
        {"change_kind": "restriction", "destinations": ["CL"]},
        id="es-can-only-be-released-if",
    ),
    pytest.param(
        "EC",
        "postal",
        "Cierre temporal de la agencia Centro",
        "Por trabajos de remodelación, la agencia Centro suspende su atención al público del 3 "
        "al 28 de junio. Los usuarios podrán realizar sus envíos en la agencia Norte.",
        {"relevant": False},
        id="es-branch-counter-closed",
    ),
    # short Thai names (Peru, Chile) and the West Bank in Japanese, not Jordan
    pytest.param(
        "TH",
        "postal",
        "ระงับการรับฝากไปรษณียภัณฑ์ระหว่างประเทศ",
        "ไปรษณีย์ไทยขอระงับการรับฝากสิ่งของไปรษณีย์ระหว่างประเทศ (จดหมาย พัสดุไปรษณีย์) "
        "ไปยังประเทศปลายทางดังต่อไปนี้\n1. เปรู 2. ชิลี",
        {"change_kind": "suspension", "destinations": ["CL", "PE"]},
        id="th-short-names-peru-chile",
    ),
    pytest.param(
        "JP",
        "postal",
        "ヨルダン川西岸地区あて郵便物の引受停止について",
        "ヨルダン川西岸地区あての郵便物の引受けを一時停止します。",
        {"change_kind": "suspension", "destinations": ["PS"]},
        id="ja-west-bank-not-jordan",
    ),
    # an executive suspended; an Italian public competition for customs staff
    pytest.param(
        "PG",
        "postal",
        "Board suspends Managing Director pending investigation",
        "The Board has suspended the Managing Director with immediate effect pending an "
        "investigation. Mail, parcel and EMS services continue across all provinces.",
        {"relevant": False},
        id="en-managing-director-suspended",
    ),
    pytest.param(
        "IT",
        "customs",
        "Concorso pubblico per 500 funzionari doganali",
        "È indetto un concorso pubblico per il reclutamento a tempo indeterminato di 500 "
        "funzionari, che si occuperanno dei controlli sulle spedizioni di e-commerce e della "
        "verifica dei prodotti vietati, come armi, medicinali e sigarette elettroniche.",
        {"relevant": False},
        id="it-public-competition-for-staff",
    ),
    # the review's traps: "from X to countries such as Y" names where mail goes
    pytest.param(
        "UA",
        "postal",
        "Parcels to Europe resumed",
        "You can now send parcels from Ukraine to countries such as Poland, Germany and "
        "Lithuania again.",
        {"change_kind": "resumption", "destinations": ["DE", "LT", "PL"]},
        id="en-from-home-to-countries-such-as",
    ),
    pytest.param(
        "CA",
        "postal",
        "Mail to the Middle East suspended",
        "Mail from Canada to countries such as Israel and Jordan is temporarily suspended.",
        {"change_kind": "suspension", "destinations": ["IL", "JO"]},
        id="en-from-home-to-countries-such-as-suspended",
    ),
    # ... a passengers' word in a sentence of mail
    pytest.param(
        "DE",
        "postal",
        "Lithiumbatterien in Paketen in die USA",
        "Da Lithiumbatterien an Bord von Flugzeugen ein Brandrisiko darstellen, nehmen wir ab "
        "sofort keine Pakete mit Lithiumbatterien in die USA mehr an.",
        {"destinations": ["US"], "categories": ["lithium_batteries"]},
        id="de-on-board-in-a-sentence-of-mail",
    ),
    # ... a country's own "restrictive measures" are no EU sanctions
    pytest.param(
        "IT",
        "postal",
        "Misure restrittive USA sulle spedizioni",
        "Da oggi Poste Italiane sospende l'accettazione delle spedizioni di merci a causa delle "
        "nuove regole doganali americane.",
        {"change_kind": "suspension", "destinations": ["US"]},
        id="it-us-restrictive-measures-in-title",
    ),
    # ... and ballot papers beside a real stop
    pytest.param(
        "ES",
        "postal",
        "Envíos a Venezuela",
        "Correos suspende la admisión de envíos a Venezuela. Las papeletas de voto por correo de "
        "los residentes en el extranjero no se ven afectadas.",
        {"change_kind": "suspension", "destinations": ["VE"]},
        id="es-ballot-papers-beside-a-stop",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str, source_kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, source_kind, title, text, want)
