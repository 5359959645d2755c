"""Session 70, from blind sets 387 (Nordic posts), 391-398 and probes."""

from __future__ import annotations

import pytest

from tests.classify_check import check_kind as _check


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "NO",
            "postal",
            "Stans i sendinger",
            "Flere flyselskaper har innstilt rutene, og vi har ikke lenger kapasitet til alle "
            "land. Fra 2. april stanser vi mottak av pakker til følgende land:\n\n- Brasil\n"
            "- Mexico\n- Japan\n\nSendinger til land i Europa går fortsatt, men med lengre "
            "leveringstid.",
            "suspension",
            ["BR", "JP", "MX"],
            id="no-not-capacity-to-all-then-a-list",
        ),
        pytest.param(
            "GB",
            "postal",
            "Temporary stop",
            "Many flights are cancelled and we no longer have capacity to all countries. From "
            "2 April we stop accepting parcels to the following countries:\n\n- Brazil\n- Mexico\n"
            "- Japan",
            "suspension",
            ["BR", "JP", "MX"],
            id="en-not-all-countries-then-a-list",
        ),
        pytest.param(
            "CA",
            "postal",
            "New rules for batteries",
            "From 1 May, spare lithium batteries are non-mailable to all international "
            "destinations.",
            "prohibited_items",
            ["*"],
            id="en-non-mailable-to-all-is-every-place",
        ),
        pytest.param(
            "NO",
            "postal",
            "Stans til Chile",
            "Sendinger til USA går fortsatt som normalt, men pakker til Chile stanses fra 1. mars.",
            "suspension",
            ["CL"],
            id="no-gar-fortsatt-is-unaffected",
        ),
        pytest.param(
            "NO",
            "postal",
            "Stans til Peru og Chile",
            "Pakker til Chile stanses fra 1. mars. Sendinger til Peru går fortsatt ikke.",
            "suspension",
            ["CL", "PE"],
            id="no-gar-fortsatt-ikke-is-still-stopped",
        ),
        pytest.param(
            "SE",
            "postal",
            "Alkohol får inte längre skickas till utlandet",
            "Från den 1 juni tar vi inte emot paket som innehåller alkohol. Förbudet gäller "
            "samtliga utrikes destinationer, även Danmark och Tyskland.",
            "prohibited_items",
            ["*"],
            id="sv-samtliga-utrikes-destinationer-even-two",
        ),
        pytest.param(
            "IS",
            "postal",
            "Tafir á sendingum",
            "Vegna verkfalls hjá flugfélaginu munu sendingar sem berast til landsins erlendis "
            "frá tefjast um nokkra daga.",
            "delay",
            ["IS"],
            id="is-arriving-from-abroad-is-the-own-country",
        ),
        pytest.param(
            "IS",
            "postal",
            "Hækkun á gjaldi",
            "Frá 1. maí hækkar tollmeðferðargjald á pakka frá útlöndum úr 600 kr. í 800 kr.",
            "duty_tax_change",
            ["IS"],
            id="is-fee-on-parcels-from-abroad",
        ),
        pytest.param(
            "GL",
            "postal",
            "Nye regler for pakker til Grønland",
            "Fra 1. maj skal alle pakker til Grønland have en tolddeklaration, uanset om de "
            "afsendes fra Danmark eller Tyskland.",
            "new_requirement",
            ["GL"],
            id="da-sent-from-is-an-origin",
        ),
        pytest.param(
            "DK",
            "postal",
            "Julegaver til Færøerne",
            "Fra 1. december skal pakker med gaver til Færøerne have en tolddeklaration, når "
            "du sender dem fra Tyskland.",
            "new_requirement",
            ["FO"],
            id="da-when-you-send-them-from",
        ),
        pytest.param(
            "TZ",
            "customs",
            "Matumizi ya mfumo mpya",
            "Kuanzia tarehe 1 Machi, mizigo yote inayoingia nchini kupitia posta itatakiwa "
            "kuwasilishwa kupitia mfumo wa kielektroniki.",
            "new_requirement",
            ["TZ"],
            id="sw-will-be-required-to-be-submitted",
        ),
        pytest.param(
            "ET",
            "postal",
            "ወደ ኬንያ የሚላኩ መልዕክቶችን መቀበል መቋረጡን ስለማሳወቅ",
            "ወደ ኬንያ የሚላኩ ደብዳቤዎች እና ጥቅሎች ተቀባይነት የማይኖራቸው መሆኑን እናሳውቃለን።",
            "suspension",
            ["KE"],
            id="am-acceptance-interrupted",
        ),
        pytest.param(
            "HK",
            "customs",
            "調整煙草稅率",
            "由今日起，進口雪茄的稅率由每公斤100元下調至50元。",
            "duty_tax_change",
            ["HK"],
            id="zh-hant-duty-rate-lowered",
        ),
        pytest.param(
            "NG",
            "customs",
            "Revised benchmark values",
            "The Nigeria Customs Service informs importers that revised benchmark values for "
            "all imports shall apply from 1 March.",
            "duty_tax_change",
            ["NG"],
            id="en-benchmark-values-revised",
        ),
        pytest.param(
            "KZ",
            "postal",
            "Приостановка",
            "С 1 марта приостанавливается приём посылок в Россию.",
            "suspension",
            ["RU"],
            id="ru-a-stop-without-branches-stays",
        ),
        pytest.param(
            "GB",
            "postal",
            "Mail to Russia",
            "Mail to Russia remains suspended under the current sanctions regime until further "
            "notice.",
            "suspension",
            ["RU"],
            id="en-suspended-under-a-sanctions-regime",
        ),
        pytest.param(
            "DE",
            "carrier",
            "New rules for lithium batteries",
            "From 1 March, parcels containing loose lithium batteries will no longer be "
            "accepted. These changes apply to shipments within and outside the EU.",
            "prohibited_items",
            ["*"],
            id="en-changes-apply-within-and-outside",
        ),
        pytest.param(
            "GB",
            "postal",
            "Suspension of parcels",
            "We are suspending acceptance of parcels containing lithium batteries to all "
            "destinations from 1 May. International letters are not affected by this change.",
            "suspension",
            ["*"],
            id="en-letters-spared-by-a-worldwide-stop",
        ),
        pytest.param(
            "GB",
            "postal",
            "Niger",
            "Previously accepted items to Niger are now suspended until further notice.",
            "suspension",
            ["NE"],
            id="en-previously-accepted-now-suspended",
        ),
        pytest.param(
            "ES",
            "postal",
            "Estados Unidos",
            "Anteriormente, se admitían envíos con mercancías de hasta 100 dólares, pero desde "
            "hoy Correos suspende la admisión de todos los envíos con mercancías a Estados "
            "Unidos.",
            "suspension",
            ["US"],
            id="es-previously-but-from-today",
        ),
        pytest.param(
            "GB",
            "postal",
            "Norway",
            "From 1 April, parcels to Norway without a valid VOEC number will no longer be "
            "accepted.",
            "new_requirement",
            ["NO"],
            id="en-refused-without-a-number-is-a-requirement",
        ),
        pytest.param(
            "GB",
            "postal",
            "Australia",
            "Without the necessary flights we are suspending parcel acceptance to Australia "
            "until further notice.",
            "suspension",
            ["AU"],
            id="en-without-flights-is-a-cause",
        ),
        pytest.param(
            "GB",
            "postal",
            "United States",
            "From 29 August, no items requiring customs clearance will be accepted for the "
            "United States.",
            "suspension",
            ["US"],
            id="en-ignored-words-inside-a-gapped-stop",
        ),
        pytest.param(
            "GB",
            "postal",
            "Temporary stop of all parcels abroad",
            "Because no flights are operating we can no longer send parcels to all countries. "
            "Parcels already posted to the following countries will be returned:\n\n- Brazil\n"
            "- Mexico\n- Japan",
            "suspension",
            ["*"],
            id="en-no-longer-send-to-all-is-every-place",
        ),
        pytest.param(
            "FR",
            "postal",
            "Continuité du service international",
            "La Poste suspend les envois de colis vers le Canada à partir du 5 avril.",
            "suspension",
            ["CA"],
            id="fr-continuity-title-over-a-stop",
        ),
        pytest.param(
            "GB",
            "postal",
            "We are hiring seasonal staff as parcel volumes surge",
            "Parcels to Australia and New Zealand are delayed by up to 10 days because of "
            "reduced flights.",
            "delay",
            ["AU", "NZ"],
            id="en-hiring-title-over-a-delay",
        ),
        pytest.param(
            "KR",
            "postal",
            "미국행 EMS 판매 중단 안내",
            "미국 관세 정책 변경으로 8월 25일부터 미국행 EMS 판매를 중단합니다.",
            "suspension",
            ["US"],
            id="ko-ems-sale-to-a-place-stopped",
        ),
        pytest.param(
            "UA",
            "customs",
            "Зміни до неоподатковуваного ліміту",
            "З 1 березня неоподатковуваний ліміт для посилок знижується до 45 євро, оскільки "
            "виявлено масове дроблення посилок.",
            "duty_tax_change",
            ["UA"],
            id="uk-found-as-a-reason",
        ),
        pytest.param(
            "JP",
            "postal",
            "年末年始の国際郵便について",
            "年賀状など海外あての郵便物は、米国あてについては引受を停止しています。",
            "suspension",
            ["US"],
            id="ja-new-year-cards-beside-a-stop",
        ),
        pytest.param(
            "JP",
            "postal",
            "遅延のお知らせ",
            "米国あて郵便物に遅延が生じており混乱を避けるため、お早めにお出しください。",
            "delay",
            ["US"],
            id="ja-to-avoid-confusion-after-a-delay",
        ),
        pytest.param(
            "JP",
            "postal",
            "遅延のお知らせ",
            "台風の影響により、米国宛て郵便物に配送遅延が発生しており、お届けまでに時間を"
            "要しています。",
            "delay",
            ["US"],
            id="ja-a-delay-that-is-happening",
        ),
        pytest.param(
            "JP",
            "postal",
            "遅延のお知らせ",
            "台風の影響により、国内配送および米国宛て郵便物の遅れが発生しています。",
            "delay",
            ["US"],
            id="ja-domestic-and-abroad-delayed",
        ),
        pytest.param(
            "MX",
            "postal",
            "Nuevos requisitos",
            "A partir del 1 de mayo la factura será obligatoria para envíos a Estados Unidos. "
            "Estos cambios aplican solo a ventas dentro de México.",
            "new_requirement",
            ["US"],
            id="es-within-the-country-beside-a-place-abroad",
        ),
        pytest.param(
            "US",
            "postal",
            "Delays to Canada",
            "Snowstorms in Canada can cause delays of up to three days for parcels to Canada.",
            "delay",
            ["CA"],
            id="en-can-cause-delays-is-still-a-delay",
        ),
        pytest.param(
            "KR",
            "postal",
            "유럽행 우편물 전자 사전정보 의무화 안내",
            "3월 1일부터 노르웨이, 스위스 및 독일로 발송하는 모든 물품 우편물은 전자 사전정보를 "
            "제공해야 합니다.",
            "new_requirement",
            ["CH", "DE", "NO"],
            id="ko-particle-on-the-last-name-holds-for-the-list",
        ),
        pytest.param(
            "KR",
            "postal",
            "중국행 국제우편물 화장품 수량 제한 안내",
            "중국행 우편물의 화장품은 6개 이내로 제한됩니다. 홍콩, 마카오, 대만행 우편물에는 이 "
            "기준이 적용되지 않습니다.",
            "restriction",
            ["CN"],
            id="ko-does-not-apply-to-the-list",
        ),
        pytest.param(
            "KR",
            "postal",
            "베트남행 전자담배 발송 금지 안내",
            "3월 1일부터 베트남행 전자담배 발송이 금지됩니다. "
            "싱가포르, 태국행 전자담배 발송 금지는 기존과 동일합니다.",
            "prohibited_items",
            ["VN"],
            id="ko-same-as-before-for-the-others",
        ),
        pytest.param(
            "IR",
            "postal",
            "ازسرگیری پذیرش مرسولات",
            "پذیرش مرسولات به مقصد امارات متحده عربی و عمان از تاریخ ۱۷ تیر از سر گرفته شد.",
            "resumption",
            ["AE", "OM"],
            id="fa-and-joins-a-list",
        ),
        pytest.param(
            "IR",
            "postal",
            "ازسرگیری پذیرش مرسولات به مقصد آلمان و فرانسه",
            "پذیرش مرسولات به مقصد آلمان و فرانسه از سر گرفته شد. پذیرش مرسولات به مقصد بریتانیا "
            "و کانادا همچنان تا اطلاع ثانوی متوقف است.",
            "resumption",
            ["DE", "FR"],
            id="fa-still-suspended-in-a-resumption",
        ),
        pytest.param(
            "EG",
            "postal",
            "تأخر وصول الطرود",
            "قد يتأخر وصول الطرود الصادرة إلى المملكة المغربية، الجمهورية التونسية، دولة ليبيا "
            "لمدة 10 أيام عمل إضافية.",
            "delay",
            ["LY", "MA", "TN"],
            id="ar-state-and-republic-within-a-list",
        ),
        pytest.param(
            "CU",
            "postal",
            "Aranceles",
            "Los envíos que arriben al país después del 31 de diciembre abonarán los aranceles "
            "establecidos en la nueva resolución.",
            "duty_tax_change",
            ["CU"],
            id="es-items-that-arrive-in-the-country",
        ),
        pytest.param(
            "IN",
            "postal",
            "अंतरराष्ट्रीय डाक के वितरण में विलंब",
            "नई प्रणाली के कारण विदेशों से आने वाले पार्सलों के वितरण में 7 दिनों तक का विलंब हो सकता है।",
            "delay",
            ["IN"],
            id="hi-parcels-coming-from-abroad",
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
            "KZ",
            "customs",
            "Объявление о конкурсе",
            "Департамент объявляет конкурс на занятие вакантных административных должностей: "
            "главный специалист отдела таможенного контроля международных почтовых отправлений. "
            "Требования: высшее образование. Документы кандидатов принимаются 7 дней.",
            id="ru-competition-for-vacant-posts",
        ),
        pytest.param(
            "KZ",
            "postal",
            "Итоги года",
            "Доход компании вырос на 12%. Компания открыла 200 постаматов и приостановила работу "
            "35 нерентабельных отделений в сельской местности.",
            id="ru-work-of-35-branches-suspended",
        ),
        pytest.param(
            "BY",
            "postal",
            "Подписная кампания на 2026 год",
            "Оформить подписку на периодические издания можно во всех отделениях. Доставка "
            "изданий подписчикам, не продлившим подписку, будет прекращена с 1 января.",
            id="ru-periodicals-no-longer-delivered",
        ),
        pytest.param(
            "UG",
            "postal",
            "Pay with mobile money and win",
            "Every customer who pays for EMS with mobile money enters a weekly draw. The grand "
            "prize is a smartphone. Terms and conditions apply. Promotion suspended for staff.",
            id="en-prize-draw-promotion-suspended-for-staff",
        ),
        pytest.param(
            "MO",
            "postal",
            "郵政儲金局調整定期存款利率",
            "郵政儲金局宣布調整定期存款年利率。同時，本局暫停接受以支票開立新的定期存款戶口。",
            id="zh-savings-bank-stops-cheque-deposits",
        ),
        pytest.param(
            "CM",
            "postal",
            "Horaires d'ouverture pendant la fête nationale",
            "Tous les bureaux de poste seront fermés le 20 mai. Les activités reprendront "
            "normalement le 22 mai aux heures habituelles d'ouverture.",
            id="fr-activities-resume-at-the-usual-hours",
        ),
        pytest.param(
            "HK",
            "postal",
            "慎防偽冒短訊",
            "香港郵政提醒市民，慎防聲稱「須繳付關稅方可放行」的偽冒短訊。",
            id="zh-hant-duty-in-a-fake-text",
        ),
        pytest.param(
            "IN",
            "postal",
            "Merger of two domestic services",
            "From 1 September the domestic Registered Post will be merged into Speed Post and "
            "the separate booking will be discontinued. Registered Post for international "
            "articles is not affected by this change.",
            id="en-international-articles-not-affected-by-this-change",
        ),
        pytest.param(
            "KR",
            "postal",
            "우체국보험 상품 판매 중지 안내",
            "우체국보험의 여행자보험 신규 판매를 5월 1일부로 중지합니다. 기존 가입 고객의 보험금 "
            "청구는 종전과 같이 가능합니다.",
            id="ko-insurance-sale-stopped",
        ),
        pytest.param(
            "JP",
            "postal",
            "年賀はがきの販売について",
            "年賀はがきの販売期間は1月10日までです。販売期間終了後は、販売を停止いたします。",
            id="ja-new-year-cards-no-longer-sold",
        ),
        pytest.param(
            "TR",
            "postal",
            "Yurt İçi Ücret Tarifesi",
            "Adi mektup: 15 TL. Koli (0-2 kg): 95 TL. Tarifeye KDV dahildir.",
            id="tr-vat-included-in-a-price-list",
        ),
        pytest.param(
            "MD",
            "postal",
            "Angajăm! Operator la oficiul de schimb internațional",
            "Căutăm un operator pentru trierea coletelor internaționale suspendate sau "
            "întârziate la vamă.",
            id="ro-we-are-hiring-title",
        ),
        pytest.param(
            "UA",
            "customs",
            "На митниці виявили сигарети",
            "Митники виявили понад 3 тисячі пачок сигарет у вантажівці з Польщі. Товар "
            "вилучено, сума несплаченого акцизного податку перевіряється.",
            id="uk-cigarettes-found-and-seized",
        ),
        pytest.param(
            "BG",
            "postal",
            "Пуснати в обращение марки",
            "Пуснати в обращение марки с ограничен тираж. Първодневен плик се продава във "
            "всички пощенски станции.",
            id="bg-stamp-issue-limited-print-run",
        ),
        pytest.param(
            "BG",
            "postal",
            "Нови цени на вътрешните пощенски услуги",
            "От 1 април влизат в сила нови цени на вътрешните пощенски услуги; колет до 5 кг "
            "струва 6,90 лв. Услугите за международни пратки, както и цените им, остават без "
            "промяна.",
            id="bg-domestic-prices-international-unchanged",
        ),
        pytest.param(
            "IQ",
            "postal",
            "الدوام الرسمي لمكاتب البريد خلال شهر رمضان",
            "تعلن الشركة عن أوقات الدوام الرسمي لمكاتب البريد. كما سيتم إيقاف استلام الطرود في "
            "مكتب بريد العلوية بعد الساعة الواحدة ظهراً.",
            id="ar-intake-stopped-at-one-office-after-one-oclock",
        ),
        pytest.param(
            "TR",
            "postal",
            "PTT 2024 yılında rekor gönderi hacmine ulaştı",
            "PTT 2024 yılında 1 milyar gönderi taşıdı. Yurt dışına en fazla gönderi Almanya ve "
            "ABD'ye yapıldı.",
            id="tr-most-shipments-went-to-is-no-limit",
        ),
        pytest.param(
            "KR",
            "postal",
            "설 연휴 우체국 창구 휴무 안내",
            "설 연휴 기간 동안 전국 우체국 창구는 휴무합니다. 연휴 뒤 2월 7일부터 정상 운영합니다.",
            id="ko-holiday-counters-closed-no-mail-abroad-named",
        ),
        pytest.param(
            "JP",
            "other",
            "セール開催のご案内",
            "期間中は注文数の増加が見込まれます。配送遅延によるお問い合わせを防ぐため、在庫と"
            "出荷体制をご確認ください。",
            id="ja-to-prevent-delays-is-advice",
        ),
        pytest.param(
            "JP",
            "other",
            "台風シーズンについて",
            "台風シーズンのため、天候による国内配送の遅れが発生する場合があります。",
            id="ja-domestic-delivery-delays",
        ),
        pytest.param(
            "MX",
            "other",
            "Nuevas comisiones",
            "A partir del 1 de mayo el envío gratis será obligatorio para productos de 299 pesos "
            "o más. Estos cambios aplican solo a ventas dentro de México.",
            id="es-changes-only-for-sales-within-the-country",
        ),
        pytest.param(
            "US",
            "other",
            "Changes for sellers",
            "From May 1, free shipping is required for items over $35. These changes apply only "
            "to orders within the United States.",
            id="en-changes-only-for-orders-within",
        ),
        pytest.param(
            "CN",
            "postal",
            "春节期间国际邮件业务安排",
            "春节假期期间（2月10日至2月17日）各邮政营业网点放假休息，2月18日起恢复正常营业。",
            id="zh-holiday-hours-under-an-international-mail-title",
        ),
        pytest.param(
            "JP",
            "postal",
            "国際郵便 年末年始の営業について",
            "年末年始（12月31日～1月3日）は郵便局の窓口を休業します。1月4日から通常どおり営業を"
            "再開します。",
            id="ja-counters-reopen-under-an-international-mail-title",
        ),
        pytest.param(
            "JP",
            "postal",
            "年末年始の郵便局の営業について",
            "12月31日から1月3日まで郵便窓口は休業します。ただし、事前にご予約いただいた場合に限り、"
            "ゆうゆう窓口で郵便物をお受け取りいただけます。",
            id="ja-only-when-booked-is-no-limit",
        ),
    ],
)
def test_look_alikes_change_no_mail(origin: str, source_kind: str, title: str, text: str) -> None:
    _check(title, text, origin, source_kind, "irrelevant")


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind"),
    [
        pytest.param(
            "NG",
            "postal",
            "Mail to Niger resumes",
            "From Monday, post offices accept letters and parcels to Niger again. Previously, "
            "the post suspended all mail to Niger after the border closed.",
            "resumption",
            id="en-previously-suspended-is-history",
        ),
        pytest.param(
            "NG",
            "postal",
            "NIPOST ta dawo da aikawa zuwa Nijar",
            "NIPOST ta sanar da dawo da karbar wasiku zuwa Jamhuriyar Nijar. Idan za a iya "
            "tunawa, NIPOST ta dakatar da aikawa zuwa Nijar a watan Agusta.",
            "resumption",
            id="ha-as-may-be-recalled-is-history",
        ),
        pytest.param(
            "GH",
            "postal",
            "New documents for parcels to Togo",
            "From 1 June, all parcels to Togo must be accompanied by a CN 23 customs "
            "declaration and an invoice. Items presented without the required documents will "
            "not be accepted at the counter.",
            "new_requirement",
            id="en-without-the-required-documents-not-accepted",
        ),
        pytest.param(
            "GH",
            "postal",
            "Parcels to Mali",
            "Items posted to Mali can no longer be processed under the simplified regional "
            "arrangements. From 10 February every parcel to Mali must carry a CN 23 "
            "declaration.",
            "new_requirement",
            id="en-no-longer-processed-under-a-scheme",
        ),
        pytest.param(
            "KE",
            "customs",
            "Roll-out of the new customs system",
            "From 1 April every consignee must provide a PIN for all postal and courier "
            "imports. The old system will not accept postal and courier declarations after 31 "
            "March.",
            "new_requirement",
            id="en-old-system-no-longer-accepts-declarations",
        ),
        pytest.param(
            "DJ",
            "postal",
            "Situation en mer Rouge : continuité du service postal international",
            "Les perturbations du trafic maritime ne touchent pas le courrier. Le courrier et "
            "les colis internationaux continuent d'être acceptés vers toutes les destinations "
            "dans les délais habituels.",
            "informational",
            id="fr-continuity-of-service-in-the-title",
        ),
        pytest.param(
            "UG",
            "customs",
            "Clarification on the reported ban on importation of used clothes",
            "The Authority has noted reports in the media and on social media that the "
            "importation of used clothes has been banned. No legal instrument banning it has "
            "been issued; consignments continue to be cleared under the existing rates.",
            "informational",
            id="en-reported-ban-clarified",
        ),
        pytest.param(
            "KE",
            "other",
            "Suspension of importation of used textiles",
            "The importation of used clothes and used footwear into Kenya is suspended with "
            "immediate effect until further notice, including goods arriving by post.",
            "prohibited_items",
            id="en-an-agency-suspends-imports-of-goods",
        ),
        pytest.param(
            "AU",
            "other",
            "Foot-and-mouth disease in Indonesia: what it means for international mail",
            "There is no change to the import conditions for goods arriving in Australia by "
            "mail. Meat and dairy products from Indonesia were already not permitted in the "
            "mail, and these conditions continue to apply.",
            "informational",
            id="en-already-not-permitted-is-no-news",
        ),
        pytest.param(
            "PF",
            "postal",
            "Acheminement du courrier vers l'international",
            "Des retards importants sont à prévoir pour l'ensemble des destinations, notamment "
            "vers les États-Unis et le Japon, qui ne sont plus desservis en direct.",
            "delay",
            id="fr-no-longer-served-direct-is-late",
        ),
        pytest.param(
            "PF",
            "postal",
            "Délais",
            "Des retards sont à prévoir vers la France : les envois Colissimo et EMS ne "
            "bénéficient plus de l'engagement de délai jusqu'à nouvel ordre.",
            "delay",
            id="fr-no-longer-enjoy-the-delivery-commitment",
        ),
        pytest.param(
            "GB",
            "postal",
            "Suspension",
            "Previously announced: from 1 May, parcels to Chile will be suspended.",
            "suspension",
            id="en-previously-announced-and-still-ahead",
        ),
        pytest.param(
            "FR",
            "postal",
            "Grève : continuité du service assurée",
            "La grève perturbe le tri. Les colis vers l'Allemagne sont suspendus à partir du 3 "
            "mars.",
            "suspension",
            id="fr-continuity-title-beside-a-dated-stop",
        ),
        pytest.param(
            "KE",
            "postal",
            "Suspension",
            "Parcels to Somalia are suspended with immediate effect, including those for "
            "imports of spare parts.",
            "suspension",
            id="en-a-post-suspending-parcels-stays-a-stop",
        ),
        pytest.param(
            "IT",
            "postal",
            "Sospensione",
            "Dal 1 marzo sono sospese le spedizioni verso alcuni paesi, fra questi la Libia.",
            "suspension",
            id="it-fra-questi-stays-a-stop",
        ),
        pytest.param(
            "KR",
            "postal",
            "추석 연휴 기간 국제우편물 발송 일정 안내",
            "추석 연휴 기간 중 국제우편물류센터의 항공 발송 작업이 축소 운영됩니다. 이에 따라 "
            "해외 배달이 평소보다 5~7일가량 지연될 수 있습니다. 연휴 기간 우체국 창구는 "
            "휴무합니다.",
            "delay",
            id="ko-holiday-over-international-mail-delays-it",
        ),
        pytest.param(
            "CN",
            "postal",
            "关于春节期间国际邮件业务安排的公告",
            "春节期间，全国邮政营业网点国际邮件照常收寄，部分网点营业时间有所调整。受春节假期"
            "影响，寄往越南、韩国的国际邮件投递时限将相应顺延3至7个工作日。",
            "delay",
            id="zh-spring-festival-over-international-mail",
        ),
        pytest.param(
            "JP",
            "postal",
            "リチウム電池を内蔵した物品の取扱いについて",
            "6月1日から、次の条件を全て満たす場合に限り、機器に内蔵されたリチウム電池をお引き"
            "受けいたします。",
            "restriction",
            id="ja-accepted-only-when-the-conditions-are-met",
        ),
        pytest.param(
            "TR",
            "customs",
            "Posta ile gelen kozmetikte miktar sınırlaması",
            "Posta yoluyla yurt dışından gelen kozmetik ürünlerinde uygulanacak miktar sınırları "
            "yeniden belirlenmiştir.",
            "restriction",
            id="tr-quantity-limits",
        ),
        pytest.param(
            "IQ",
            "customs",
            "تطبيق التعرفة الكمركية الجديدة",
            "تعلن الهيئة العامة للكمارك عن تطبيق جداول التعرفة الكمركية المعدلة في مراكز البريد "
            "الدولي اعتباراً من 1 كانون الثاني، ورفع نسب الرسم الكمركي على الطرود البريدية.",
            "duty_tax_change",
            id="ar-iraqi-spelling-of-the-customs-tariff",
        ),
        pytest.param(
            "IQ",
            "customs",
            "قەدەغەکردنی هاوردەکردنی هەندێک بەرهەم",
            "لە 2021/5/5ـەوە هاوردەکردنی تەماتە و هێلکە لە ڕێگەی پۆستەوە قەدەغە دەکرێت.",
            "prohibited_items",
            id="ckb-import-banned",
        ),
        pytest.param(
            "MG",
            "postal",
            "Fahatarana amin'ny fanaterana fonosana",
            "Noho ny rivodoza dia hisy fahatarana ny fanaterana ny taratasy sy ny fonosana avy "
            "any ivelany.",
            "delay",
            id="mg-delays",
        ),
    ],
)
def test_kinds_of_changes_and_all_clears(
    origin: str, source_kind: str, title: str, text: str, kind: str
) -> None:
    _check(title, text, origin, source_kind, kind)
