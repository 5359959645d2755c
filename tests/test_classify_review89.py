"""Session 89, from blind sets 535-540 and the review of the change: each case a notice written
for one rule, its kind and destinations (or its categories) checked."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import check_kind as _check
from tests.classify_check import check_relevant

# Kinds of change and destinations the new words and rules decide
_KINDS = [
    pytest.param(
        "NL",
        "postal",
        "Postbedeling in Groningen hervat vanaf maandag",
        "PostNL hervat vanaf maandag de bedeling van brieven en pakjes in de gemeente.",
        "resumption",
        ["NL"],
        id="nl-compound-delivery-word-at-home",
    ),
    pytest.param(
        "DE",
        "postal",
        "Briefzustellung in Bremen wieder aufgenommen",
        "Die Briefzustellung in Bremen und Niedersachsen wird ab Montag wieder aufgenommen.",
        "resumption",
        ["DE"],
        id="de-compound-delivery-word-at-home",
    ),
    pytest.param(
        "JP",
        "postal",
        "新潟県の一部地域あて郵便物の引受停止について",
        "大雪の影響により、新潟県の一部地域あての郵便物およびゆうパックの引受けを、1月10日から"
        "当面の間停止いたします。",
        "suspension",
        ["JP"],
        id="ja-mail-addressed-to-a-prefecture-is-at-home",
    ),
    pytest.param(
        "IT",
        "postal",
        "Contributo di 2 euro sulle spedizioni provenienti da Paesi extra-UE",
        "A partire dal 1° gennaio 2026 sulle spedizioni di valore non superiore a 150 euro "
        "provenienti da Paesi non appartenenti all'Unione Europea è dovuto un contributo fisso di "
        "2 euro per ciascuna spedizione.\nEsempi: un pacco in arrivo dalla Cina, dagli Stati Uniti "
        "o dal Regno Unito sarà soggetto al contributo.\nLe spedizioni dirette all'estero non sono "
        "interessate dalla misura.",
        "duty_tax_change",
        ["IT"],
        id="it-duty-on-goods-arriving-world-only-spared",
    ),
    pytest.param(
        "FR",
        "postal",
        "Nouvelle taxe sur les petits colis",
        "À partir du 1er janvier, une taxe de 2 euros s'applique à chaque colis de moins de 150 "
        "euros en provenance de Chine. Les envois vers l'étranger ne sont pas concernés.",
        "duty_tax_change",
        ["FR"],
        id="fr-duty-on-goods-from-a-country-world-only-spared",
    ),
    pytest.param(
        "CN",
        "postal",
        "关于寄往德国邮件须提供电子数据的通告",
        "自2025年3月1日起，寄往德国的含物品类邮件须在收寄时提供完整的电子报关数据。\n"
        "请广大用户予以配合。\n相关新闻\n· 关于恢复寄往巴西部分邮件业务的通知\n"
        "· 关于暂停收寄寄往缅甸EMS邮件的通知",
        "new_requirement",
        ["DE"],
        id="zh-related-news-list-names-no-destination",
    ),
    pytest.param(
        "NO",
        "postal",
        "Nye priser for fortolling fra 1. januar",
        "Fra 1. januar endres Postens gebyr for fortolling av pakker fra land utenfor Norge.\n"
        "Relaterte saker\nForsinkelser på pakker fra Kina i desember\n"
        "Siste frist for å sende pakker til Sverige og Danmark",
        "duty_tax_change",
        ["NO"],
        id="no-related-articles-list-names-no-destination",
    ),
    pytest.param(
        "US",
        "postal",
        "Firearm parts: export information required",
        "Effective immediately, Electronic Export Information must be filed for all exports of "
        "firearm parts mailed abroad, regardless of value and regardless of destination, "
        "including Canada.",
        "new_requirement",
        ["*"],
        id="en-every-destination-including-a-place",
    ),
    pytest.param(
        "DE",
        "postal",
        "Änderung der Versandbedingungen",
        "Ab dem 1. März sind Reizstoffwaffen vom Versand ausgeschlossen, und zwar für alle "
        "Bestimmungsländer – also auch für Sendungen in die Schweiz und nach Norwegen.",
        "prohibited_items",
        ["*"],
        id="de-all-destination-countries-also-places",
    ),
    pytest.param(
        "RU",
        "postal",
        "Почта России возобновляет приём отправлений в Абхазию",
        "С 5 августа во всех отделениях принимаются письма и посылки в Абхазию.",
        "resumption",
        ["GE"],
        id="ru-abkhazia-is-georgia-by-iso",
    ),
    pytest.param(
        "",
        "customs",
        "Ndryshimi i normave të TVSH-së në import",
        "Dogana e Kosovës njofton se nga 1 shtatori ndryshojnë normat e TVSH-së në import, "
        "përfshirë edhe dërgesat postare "
        "që hyjnë në Kosovë, pavarësisht nëse vijnë nga Shqipëria, Maqedonia apo Serbia.",
        "duty_tax_change",
        ["XK"],
        id="sq-places-goods-come-from-are-origins",
    ),
    pytest.param(
        "LV",
        "customs",
        "Par preču sūtīšanu uz Krieviju pasta sūtījumos",
        "Muitas pārvalde informē, ka ir aizliegts eksportēt uz Krieviju luksusa preces, ja to "
        "vērtība pārsniedz 300 eiro. Muitas amatpersonas pārbauda pasta sūtījumus, kas tiek "
        "izvesti no Latvijas.",
        "prohibited_items",
        ["RU"],
        id="lv-customs-on-exports-names-where-they-go",
    ),
    pytest.param(
        "RS",
        "postal",
        "Kašnjenje u uručenju pošiljaka iz inostranstva",
        "Zbog povećanog obima moguće je kašnjenje u uručenju pošiljaka iz inostranstva od 7 do "
        "10 radnih dana. Slanje pošiljaka u inostranstvo obavlja se bez zastoja.",
        "delay",
        ["RS"],
        id="sr-delivery-delayed-at-home-sending-abroad-spared",
    ),
    pytest.param(
        "LA",
        "postal",
        "ແຈ້ງການ: ຫ້າມສົ່ງຜະລິດຕະພັນຊີ້ນ ແລະ ອາຫານທີ່ມີສ່ວນປະກອບຂອງຊີ້ນ ໄປ ສາທາລະນະລັດເກົາຫຼີ",
        "ນັບແຕ່ວັນທີ 1 ພະຈິກ 2019 ເປັນຕົ້ນໄປ ສາທາລະນະລັດເກົາຫຼີ ຫ້າມນຳເຂົ້າເຄື່ອງໄປສະນີ ແລະ EMS "
        "ທີ່ບັນຈຸຜະລິດຕະພັນດັ່ງຕໍ່ໄປນີ້:\n- ຊີ້ນໝູ, ຊີ້ນງົວ, ຊີ້ນໄກ່ ທັງສົດ ແລະ ແຫ້ງ",
        "prohibited_items",
        ["KR"],
        id="lo-republic-of-korea",
    ),
    pytest.param(
        "KH",
        "customs",
        "សេចក្តីជូនដំណឹង ស្តីពីការដាក់ប្រកាសព័ត៌មានជាមុន សម្រាប់បញ្ញើរហ័ស",
        "ចាប់ពីថ្ងៃទី០១ ខែកក្កដា ឆ្នាំ២០២៤ តទៅ រាល់បញ្ញើរហ័ស និងកញ្ចប់ប្រៃសណីយ៍ ដែលនាំចូលមកកម្ពុជា "
        "ត្រូវដាក់ប្រកាសព័ត៌មានជាមុនតាមប្រព័ន្ធ ASYCUDA។",
        "new_requirement",
        ["KH"],
        id="km-must-declare-in-advance",
    ),
    pytest.param(
        "JP",
        "carrier",
        "ディマンド・サーチャージの適用について",
        "出荷量の増加に対応するため、10月29日から1月13日まで、日本発の国際輸出貨物に以下の"
        "ディマンド・サーチャージを適用いたします。\n※ すべての仕向地が対象です。",
        "duty_tax_change",
        ["*"],
        id="ja-demand-surcharge",
    ),
    pytest.param(
        "MX",
        "carrier",
        "Recargos por demanda – Temporada alta",
        "FedEx aplicará recargos por demanda temporales a los envíos internacionales de "
        "exportación con origen en México. Los recargos aplican a todos los destinos "
        "internacionales.",
        "duty_tax_change",
        ["*"],
        id="es-demand-surcharges",
    ),
    pytest.param(
        "GB",
        "postal",
        "Tristan da Cunha: changes to parcel services",
        "From 1 March, parcels to Tristan da Cunha are limited to 10 kg. Mail is routed via "
        "Cape Town, South Africa.",
        "restriction",
        ["SH"],
        id="en-tristan-da-cunha-is-st-helena",
    ),
    pytest.param(
        "GL",
        "other",
        "Ændrede indførselsafgifter fra 1. januar",
        "Fra 1. januar gælder nye satser ved indførsel til Grønland, herunder for varer sendt "
        "med post og pakke. Afgiften betales af modtageren ved udlevering af forsendelsen. "
        "Afsendere i Danmark skal vedlægge en faktura.",
        "duty_tax_change",
        ["GL"],
        id="da-senders-in-a-country-are-its-origin",
    ),
    pytest.param(
        "MX",
        "carrier",
        "Cambios en el régimen de importación por mensajería",
        "A partir del 1 de enero se aplicará una tasa global del 19% a los envíos procedentes de "
        "países con los que México no tiene un tratado de libre comercio (por ejemplo, China).",
        "duty_tax_change",
        ["MX"],
        id="es-countries-without-a-treaty-for-example-china",
    ),
    pytest.param(
        "NO",
        "postal",
        "Ny pris for fortolling fra 1. april",
        "Prisene for fortolling av sendinger fra utlandet endres fra 1. april. Endringen gjelder "
        "sendinger som kommer fra land utenfor EØS, for eksempel Storbritannia, USA og Kina.",
        "duty_tax_change",
        ["NO"],
        id="no-from-countries-outside-for-example",
    ),
    pytest.param(
        "TR",
        "postal",
        "Yurt dışından gelen gönderilerde kimlik numarası zorunluluğu",
        "1 Mart tarihinden itibaren kimlik numarasını içermeyen gönderiler gümrük işlemine "
        "alınmayacaktır. Yurt dışındaki e-ticaret sitelerinden (örneğin Çin, Almanya veya "
        "ABD'deki satıcılardan) alışveriş yapan vatandaşlarımızın kimlik numaralarını girmeleri "
        "rica olunur.",
        "new_requirement",
        ["TR"],
        id="tr-from-sellers-in-a-country",
    ),
    pytest.param(
        "BE",
        "postal",
        "Action syndicale nationale : reportée au 26 février",
        "Le préavis de grève a été retiré à l'issue de la réunion de concertation d'hier. Le 26 "
        "février, la distribution du courrier et des colis aura un retard d'un ou plusieurs jours.",
        "delay",
        ["BE"],
        id="fr-la-reunion-is-a-meeting",
    ),
    pytest.param(
        "ES",
        "postal",
        "Black Friday: posibles retrasos en la entrega de envíos procedentes de fuera de la UE",
        "Correos está recibiendo un volumen excepcional de envíos procedentes de países de fuera "
        "de la Unión Europea, principalmente de China, Estados Unidos y Reino Unido. El plazo de "
        "entrega de estos paquetes en España puede ampliarse entre 5 y 10 días.",
        "delay",
        ["ES"],
        id="es-mainly-from-places-are-origins",
    ),
    pytest.param(
        "VN",
        "postal",
        "Thông báo tạm ngừng chấp nhận bưu gửi quốc tế dịp Tết",
        "VNPost tạm ngừng chấp nhận các dịch vụ sau đi tất cả các nước và vùng lãnh thổ:\n"
        "- Bưu kiện quốc tế;\n- Bưu phẩm bảo đảm quốc tế.\nBưu gửi quốc tế chiều đến Việt Nam "
        "trong thời gian trên sẽ được khai thác, phát sau khi thông quan.",
        "suspension",
        ["*"],
        id="vi-stop-to-every-country-beside-mail-coming-in",
    ),
    pytest.param(
        "CH",
        "postal",
        "Sendungen aus dem Ausland: Verzögerungen bei der Zustellung",
        "Pakete aus dem Ausland, insbesondere aus China, können bis zu 5 Arbeitstage später als "
        "üblich zugestellt werden.\n\nFür Sendungen ins Ausland gelten die üblichen Laufzeiten.",
        "delay",
        ["CH"],
        id="de-usual-transit-times-abroad-spare-the-world",
    ),
    pytest.param(
        "PL",
        "postal",
        "Nowa opłata za przesyłki z krajów spoza Unii Europejskiej",
        "Od 1 lipca od przesyłek z towarami nadanych w krajach spoza Unii Europejskiej (m.in. w "
        "Chinach, Wielkiej Brytanii i Stanach Zjednoczonych) pobierana będzie nowa opłata "
        "manipulacyjna w wysokości 10 zł.",
        "duty_tax_change",
        ["PL"],
        id="pl-posted-in-countries-among-others-in",
    ),
    pytest.param(
        "FR",
        "customs",
        "Modification de la franchise des envois entre particuliers au 1er janvier",
        "Avis aux usagers – Service des douanes de Saint-Pierre-et-Miquelon\nLe seuil "
        "d'exonération des droits et taxes est abaissé de 205 € à 150 € par envoi. Les colis "
        "expédiés depuis la métropole et le Canada sont concernés de la même manière.",
        "duty_tax_change",
        ["PM"],
        id="fr-customs-of-an-overseas-territory",
    ),
    pytest.param(
        "HU",
        "postal",
        "Szünetel a küldemények felvétele Izraelbe",
        "A Magyar Posta további intézkedésig szünetelteti az Izraelbe címzett küldemények "
        "felvételét. A palesztin területekre (Ciszjordánia, Gázai övezet) címzett "
        "küldeményeket Izraelen keresztül továbbítjuk, ezért ezek felvétele szintén szünetel.",
        "suspension",
        ["IL", "PS"],
        id="hu-palestinian-territories",
    ),
    pytest.param(
        "AM",
        "postal",
        "Ապրանք պարունակող միջազգային առաքանիների էլեկտրոնային հայտարարագրման պարտադիր պահանջի "
        "մասին",
        "2024 թվականի մարտի 1-ից ապրանք պարունակող միջազգային փոստային առաքանիները բոլոր "
        "երկրներ ընդունվելու են միայն նախապես լրացված էլեկտրոնային մաքսային հայտարարագրի "
        "(CN22/CN23) առկայությամբ։ Պահանջը պայմանավորված է Եվրոպական միության ICS2 համակարգի և "
        "ԱՄՆ-ի պահանջներով։",
        "new_requirement",
        ["*"],
        id="hy-all-countries",
    ),
    pytest.param(
        "AZ",
        "other",
        "Türkiyəyə göndərilən poçt göndərişlərinin gömrük qaydalarında dəyişiklik",
        "6 fevral 2024-cü il tarixindən etibarən Türkiyəyə poçt yolu ilə göndərilən "
        "göndərişlər üzrə gömrük rüsumlarından azadolma limiti 150 avrodan 30 avroya "
        "endirilib.\nAvropa İttifaqı ölkələrindən göndərilənlər | 18% → 30%\nDigər ölkələrdən "
        "göndərilənlər | 30% → 60%",
        "duty_tax_change",
        ["TR"],
        id="az-from-the-countries-of-a-bloc",
    ),
    pytest.param(
        "IT",
        "postal",
        "Sospensione temporanea del servizio postale verso il Libano",
        "È temporaneamente sospesa, a partire dal 3 ottobre e fino a nuova comunicazione, "
        "l'accettazione di tutti gli invii postali diretti in Libano. Anche gli invii verso "
        "Cipro, Giordania ed Egitto sono accettati senza limitazioni.",
        "suspension",
        ["LB"],
        id="it-accepted-without-limitations",
    ),
]

# Notices of no change for a sender whose page names one in its links
_RELEVANCE = [
    pytest.param(
        "PL",
        "postal",
        "Ogłoszenie o zamówieniu: dostawa samochodów elektrycznych",
        "Przedmiot zamówienia: dostawa 300 samochodów dostawczych.\nTermin składania ofert: "
        "15.04.2024 r.\nPostępowanie może zostać unieważnione lub zawieszone zgodnie z ustawą.\n"
        "Zobacz także\nWznowienie przyjmowania przesyłek do Izraela\nNowe znaczki",
        id="pl-tender-with-see-also-headline",
    ),
    pytest.param(
        "EE",
        "postal",
        "Planeeritud hooldustööd: iseteenindus on ajutiselt peatatud",
        "Pühapäeval kell 02.00–06.00 teeme infosüsteemides planeeritud hooldustöid. "
        "Hooldustööde ajal on ajutiselt peatatud pakiautomaatidest saadetiste saatmine Eestis, "
        "Lätis ja Leedus.",
        id="et-planned-maintenance",
    ),
    pytest.param(
        "RS",
        "postal",
        "Радно време пошта током новогодишњих и божићних празника",
        "Поште 1. и 2. јануара неће радити, као ни 7. јануара, када се обележава Божић. "
        "Током празника неће бити уручења пошиљака, а пријем пакета биће обустављен.",
        id="sr-holiday-working-hours",
    ),
    pytest.param(
        "RS",
        "postal",
        "Изложба „Пошта у Великом рату“",
        "Музеј ПТТ отвара изложбу о пошти у Првом светском рату, када је поштански саобраћај "
        "са иностранством био обустављен, а пошиљке за Грчку упућиване преко Крфа.",
        id="sr-museum-exhibition",
    ),
    pytest.param(
        "AU",
        "postal",
        "Passport interviews at your Post Office",
        "Need a new passport? Lodge your application and have your interview at a participating "
        "Post Office.\n\nFees\nThe passport fee is paid at the Post Office.\n\nProcessing times\n"
        "Standard processing takes up to 6 weeks from when your application is lodged, not "
        "including mailing time.\n\nPassport interviews are not available at every Post Office.",
        id="en-passport-interviews",
    ),
    pytest.param(
        "UA",
        "postal",
        "Графік виплати пенсій Укрпоштою у січні",
        "Укрпошта розпочинає виплату та доставку пенсій і соціальних допомог за січень. У "
        "прифронтових громадах можливі затримки доставки пенсій додому через безпекову ситуацію.",
        id="uk-pension-payments",
    ),
    pytest.param(
        "GB",
        "customs",
        "Customs Declaration Service: planned downtime",
        "The Customs Declaration Service (CDS) will be unavailable from 10pm on Saturday 14 June "
        "until 6am on Sunday 15 June while we carry out essential maintenance.\n\nDuring this "
        "time you will not be able to submit or amend import declarations.\n\nThe following "
        "services are not affected:\n- Goods Vehicle Movement Service (GVMS)\n- New Computerised "
        "Transit System (NCTS)\n\nYou do not need to use fallback procedures for this planned "
        "downtime.",
        id="en-planned-downtime-of-a-customs-system",
    ),
    pytest.param(
        "SE",
        "postal",
        "Nya portopriser från den 1 januari",
        "Den 1 januari justerar PostNord priserna för brev inom Sverige.\nTjänst | Pris 2024 | "
        "Pris 2025\nBrev upp till 50 g | 18 kr | 22 kr\nPriserna inkluderar moms. Portot för "
        "brev och paket till utlandet ändras inte vid årsskiftet.",
        id="sv-domestic-prices-abroad-unchanged",
    ),
    pytest.param(
        "IN",
        "other",
        "Equalisation Levy – levy on online advertisement services not chargeable from 1 April",
        "The Equalisation Levy at the rate of 6% on the amount of consideration for online "
        "advertisement services received by a non-resident shall not be charged on or after "
        "1st April. The levy of 2% on e-commerce operators was abolished from 1 August.",
        id="en-equalisation-levy-on-online-services",
    ),
    pytest.param(
        "CN",
        "carrier",
        "【直播预告】欧盟取消150欧元免税门槛，跨境卖家如何应对？",
        "直播时间：1月15日19:30\n直播平台：视频号\n欧盟宣布将对150欧元以下的低价值包裹征收固定关税。本期直播与您一起解读：\n议题一：欧盟关税新政要点\n议题二：IOSS、VAT申报常见问题",
        id="zh-livestream-preview",
    ),
    pytest.param(
        "CN",
        "carrier",
        '云途物流荣获"年度跨境电商优秀物流服务商"称号',
        '12月3日，云途物流荣获"年度跨境电商优秀物流服务商"称号。过去一年，面对美国小额豁免政策取消等外部变化，云途物流持续优化美国、英国等核心线路的清关网络，并上线了关税试算工具。',
        id="zh-award-press-release",
    ),
    pytest.param(
        "IN",
        "postal",
        "Revision of tariff of domestic Speed Post (documents) w.e.f. 01.10.2025",
        "The competent authority has approved the revision of the tariff of domestic Speed "
        "Post (documents) with effect from 01.10.2025 as under (GST extra):\nWeight slab | "
        "Local | Up to 200 km\nUp to 50 g | Rs 19 | Rs 47",
        id="en-domestic-speed-post-tariff",
    ),
    pytest.param(
        "PK",
        "customs",
        "Auction Notice No. 07/2025 – Open auction of confiscated goods",
        "Sealed tenders are invited from the general public for the purchase of confiscated "
        'goods on "as is where is" basis at the State Warehouse on 26.08.2025.\nLot No. | '
        "Description | Quantity\n01 | Used mobile phones | 1,140 Nos.\n02 | Lithium-ion "
        "batteries and power banks | 3,600 Nos.",
        id="en-auction-of-confiscated-goods",
    ),
]

# Categories the new words decide
_CATEGORIES = [
    pytest.param(
        "JP",
        "postal",
        "米国あて郵便物の引受再開について",
        "2025年10月20日から、米国あて物品を内容とする郵便物の引受けを再開します。なお、書類のみを"
        "内容とする郵便物の引受けは停止しておりません。",
        ["all_goods"],
        id="ja-documents-never-stopped",
    ),
    pytest.param(
        "DE",
        "postal",
        "Versand lebender Bienen nach Großbritannien nicht mehr möglich",
        "Ab dem 1. Januar nimmt Deutsche Post Sendungen mit lebenden Bienenköniginnen nach "
        "Großbritannien nicht mehr an.",
        ["animals_plants"],
        id="de-live-queen-bees",
    ),
    pytest.param(
        "NL",
        "postal",
        "Levende voerinsecten naar België: verzending vanaf maandag weer mogelijk",
        "Vanwege de hitte accepteerden we sinds 8 augustus tijdelijk geen pakketten met levende "
        "dieren (zoals krekels en meelwormen) naar België. Nu de temperaturen zijn gedaald, heffen "
        "we deze maatregel op maandag op.\n\nVoor pakketten naar Duitsland gold de tijdelijke "
        "stop niet; deze zijn de hele periode gewoon vervoerd.",
        ["animals_plants"],
        id="nl-gold-is-applied-not-gold",
    ),
    pytest.param(
        "BR",
        "postal",
        "Produtos de telecomunicações em remessas internacionais",
        "A partir de 1º de novembro, as remessas internacionais destinadas ao Brasil que "
        "contenham carregadores, fones de ouvido e roteadores passarão por verificação "
        "obrigatória de homologação junto à Anatel.",
        ["electronics"],
        id="pt-telecom-products-in-the-title",
    ),
    pytest.param(
        "PT",
        "postal",
        "Angola: retoma da aceitação de encomendas com vestuário",
        "A partir de 15 de junho, os CTT retomam a aceitação de encomendas postais (Correio Azul "
        "Internacional e EMS) contendo vestuário e calçado novos com destino a Angola.",
        ["textiles"],
        id="pt-resumed-parcels-containing-clothes",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "kind", "codes"), _KINDS)
def test_kind_and_destinations(
    origin: str, source_kind: str, title: str, text: str, kind: str | None, codes: list[str] | None
) -> None:
    if kind is None:  # only relevant: the kind and places are the notice's harder part
        check_relevant(title, text, origin, source_kind)
    else:
        _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "categories"), _CATEGORIES)
def test_categories(
    origin: str, source_kind: str, title: str, text: str, categories: list[str]
) -> None:
    check_relevant(title, text, origin, source_kind, categories=categories)


@pytest.mark.parametrize(("origin", "source_kind", "title", "text"), _RELEVANCE)
def test_no_change_for_a_sender(origin: str, source_kind: str, title: str, text: str) -> None:
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert not got.relevant, got.evidence[:4]


# Guards from the review: each is right before this session and was wrong on its first version
def test_a_territory_customs_named_further_down_is_no_speaker() -> None:
    """ "Renseignez-vous auprès de la douane de Nouvelle-Calédonie" in a French customs notice
    points elsewhere: the rule is France's own (the territory's customs speaks only from the
    notice's first lines)."""
    check_relevant(
        "Franchise des envois entre particuliers",
        "À compter du 1er janvier, la franchise des envois entre particuliers importés en France "
        "est abaissée à 45 euros. Pour les envois vers la Nouvelle-Calédonie, renseignez-vous "
        "auprès de la douane de Nouvelle-Calédonie.",
        "FR",
        "customs",
        destinations=["FR"],
    )


def test_porters_are_no_chargers() -> None:
    """Portuguese "carregadores" are chargers and porters alike: a strike of porters is no
    change of electronics."""
    got = check_relevant(
        "Greve no aeroporto de Lisboa",
        "Devido à greve dos carregadores no aeroporto de Lisboa, as encomendas para Angola "
        "sofrem atrasos de vários dias.",
        "PT",
        "postal",
    )
    assert "electronics" not in got.categories


def test_maintenance_at_a_hub_that_delays_mail_is_news() -> None:
    """Maintenance of a building, not of a system: the delays it causes are a change."""
    _check(
        "Essential maintenance at our Leipzig hub",
        "Because of essential maintenance at our Leipzig hub this weekend, shipments to Poland "
        "may be delayed by up to two days.",
        "DE",
        "carrier",
        "delay",
        ["PL"],
    )


# From reading the whole change again
def test_the_french_verb_exporter_is_an_export() -> None:
    """French "exporter" is the verb "to export" (English "exporters" are people, not goods
    leaving): a customs notice on exporting to the place its title names is about that place."""
    _check(
        "Envois de biens de luxe vers la Russie",
        "Il est interdit d'exporter vers la Russie des biens de luxe d'une valeur supérieure à "
        "300 euros, y compris par colis postal.",
        "FR",
        "customs",
        "prohibited_items",
        ["RU"],
    )


def test_exporters_are_no_export() -> None:
    """ "Deutsche Exporteure" name who sends, not goods leaving: Swiss customs on its imports."""
    check_relevant(
        "Versandhandel mit Deutschland: neue Hinweise",
        "Deutsche Exporteure, die Waren an Kunden in der Schweiz versenden, finden hier Hinweise "
        "zur Einfuhrsteuer.",
        "CH",
        "customs",
        destinations=["CH"],
    )


def test_a_territory_customs_speaks_past_blank_lines() -> None:
    """The body's first line is found past the blank lines under the title."""
    check_relevant(
        "Franchise des petits envois",
        "\n\nAvis de la douane de Nouvelle-Calédonie : les colis de moins de 50 000 XPF restent "
        "exonérés, au-delà une taxe de 10 % s'applique dès le 1er mars.",
        "FR",
        "customs",
        destinations=["NC"],
    )
