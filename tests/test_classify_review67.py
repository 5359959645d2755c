"""Session 67, from blind sets 353 (Latin America and the Caribbean), 354 (the Middle East and
North Africa) and probes: changes are read for the places they are about."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import check_kind as _check


@pytest.mark.parametrize(
    ("origin", "title", "text", "kind", "codes"),
    [
        (
            # Romance "de" is "of" here, not "from": the threshold is Guadeloupe's own
            "FR",
            "Nouveau seuil de franchise en Guadeloupe",
            "Le seuil de franchise applicable aux petits envois adressés à un particulier en "
            "Guadeloupe est abaissé de 400 € à 205 € à compter du 1er janvier.",
            "duty_tax_change",
            ["GP"],
        ),
        (
            "MX",
            "Retrasos por bloqueos de carreteras en Guatemala",
            "Debido a los bloqueos de carreteras en Guatemala, las entregas pueden sufrir "
            "retrasos de 48 horas.",
            "delay",
            ["GT"],
        ),
    ],
)
def test_romance_of_before_in_is_no_origin(
    origin: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, "customs" if kind == "duty_tax_change" else "postal", kind, codes)


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "FR",
            "Colis achetés sur des sites en Chine : fin de la franchise",
            "La franchise de 150 € pour les colis de sites en Chine est supprimée à compter du "
            "1er juillet ; la TVA est due dès le premier euro.",
        ),
        (
            "ES",
            "Paquetes de tiendas en China",
            "Los paquetes de tiendas en China pagarán IVA desde el primer euro a partir del 1 de "
            "julio.",
        ),
        (
            "IT",
            "Acquisti online",
            "Dal 1° luglio i pacchi acquistati da siti in Cina pagheranno l'IVA dal primo euro.",
        ),
        (
            "PT",
            "Compras online",
            "A partir de 1 de julho, as encomendas de lojas na China pagam IVA desde o primeiro "
            "euro.",
        ),
    ],
)
def test_sellers_in_a_country_are_still_its_origin(origin: str, title: str, text: str) -> None:
    # "de sites en Chine" (from sites in China) names where the goods come from; a post's
    # duty news is for its own country
    _check(title, text, origin, "postal", "duty_tax_change", [origin])


def test_dutch_indien_is_if_not_india():
    got = _check(
        "Internationale postdienst functioneert normaal",
        "De internationale postdienst vindt normaal doorgang. Wij informeren u indien er "
        "wijzigingen optreden. Indien nodig volgt een nieuw bericht.",
        "NL",
        "postal",
        "informational",
    )
    assert "IN" not in got.destinations
    # German "Indien" is still India
    got = _check(
        "Sendungen nach Indien",
        "Der Versand von Paketen nach Indien und nach Indien derzeit unterwegs ist ab sofort "
        "ausgesetzt.",
        "DE",
        "postal",
        "suspension",
    )
    assert got.destinations == ["IN"]


def test_an_airline_named_after_its_country_is_no_destination():
    got = _check(
        "Embargo on shipments to BEY",
        "Qatar Airways Cargo will place an embargo on all shipments to BEY from 25 September "
        "until 31 October. Shipments transferring through our hub are not affected.",
        "",
        "other",
        "suspension",
    )
    assert "QA" not in got.destinations


def test_french_times_no_longer_guaranteed_are_late_mail_not_a_stop():
    got = _check(
        "Mouvement social en Guyane : perturbations",
        "Les lettres et les colis à destination de la Guyane subissent d'importants retards. Les "
        "envois restent acceptés dans tous les bureaux. Les délais de livraison ne sont "
        "toutefois plus garantis jusqu'à nouvel ordre.",
        "FR",
        "postal",
        "delay",
    )
    assert got.destinations == ["GF"]
    # guard: what is no longer accepted is still stopped
    _check(
        "Guyane",
        "Les colis à destination de la Guyane ne sont plus acceptés jusqu'à nouvel ordre.",
        "FR",
        "postal",
        "suspension",
    )


@pytest.mark.parametrize(
    ("origin", "text", "codes"),
    [
        # the post's own traffic cut is a stop (and the place "with" it, in the instrumental)
        (
            "HR",
            "Međunarodni poštanski promet s Bosnom i Hercegovinom je prekinut do daljnjega.",
            ["BA"],
        ),
        ("RS", "Međunarodni poštanski saobraćaj sa Ukrajinom je prekinut do daljnjeg.", ["UA"]),
    ],
)
def test_south_slavic_postal_traffic_cut_is_a_suspension(
    origin: str, text: str, codes: list[str]
) -> None:
    got = _check("Obavijest", text, origin, "postal", "suspension", codes)
    assert set(got.categories) == {"all_goods", "documents"}


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "CH",
            "La filiale di Airolo sarà sostituita da una filiale in partenariato",
            "La Posta ha deciso di chiudere la filiale di Airolo a partire dal 6 dicembre. Nella "
            "filiale in partenariato sarà possibile impostare lettere e pacchi, anche per "
            "l'estero. I versamenti in contanti saranno sospesi in loco ma restano possibili "
            "presso il servizio a domicilio.",
        ),
        (
            "GB",
            "The Airolo branch will be replaced by a partner branch",
            "The Post has decided to close the Airolo branch from 6 December. In the partner "
            "branch it will be possible to post letters and parcels, including abroad. Cash "
            "deposits will be suspended on site but remain possible with the home service.",
        ),
    ],
)
def test_cash_paid_in_at_a_counter_stopped_is_no_stop_of_mail(
    origin: str, title: str, text: str
) -> None:
    got = classify(title, text, origin=origin, source_kind="postal")
    assert not got.relevant, got.evidence[:3]


def test_cash_sent_by_post_stopped_is_still_a_stop():
    got = _check(
        "Invio di denaro",
        "L'invio di denaro contante per posta è sospeso verso tutte le destinazioni.",
        "IT",
        "postal",
        "suspension",
    )
    assert "cash_valuables" in got.categories


@pytest.mark.parametrize(
    ("origin", "title", "text", "codes"),
    [
        (
            # Lao: "there is no suspension", mail to Vietnam and Thailand goes on as normal
            "LA",
            "ແຈ້ງການ ກ່ຽວກັບການບໍລິການໄປສະນີສາກົນ",
            "ເຖິງວ່າພາຍຸໄດ້ສ້າງຄວາມເສຍຫາຍ ກໍຕາມ, ການຮັບຝາກຈົດໝາຍ, ພັດສະດຸ ແລະ EMS ໄປຍັງ "
            "ຫວຽດນາມ ແລະ ລາຊະອານາຈັກໄທ ຍັງດຳເນີນໄປຕາມປົກກະຕິ ບໍ່ມີການໂຈະການບໍລິການແຕ່ຢ່າງໃດ.",
            ["TH", "VN"],
        ),
        (
            # Vietnamese: "there is no notice yet of delays"
            "VN",
            "Thông báo về việc chấp nhận bưu gửi quốc tế đi Nhật Bản sau trận động đất",
            "Dịch vụ bưu chính quốc tế chiều đi Nhật Bản vẫn được chấp nhận và khai thác bình "
            "thường. Theo thông tin từ Japan Post, hiện chưa có thông báo về việc chậm trễ phát "
            "bưu gửi quốc tế.",
            ["JP"],
        ),
    ],
)
def test_service_goes_on_as_normal_in_lao_and_vietnamese(
    origin: str, title: str, text: str, codes: list[str]
) -> None:
    _check(title, text, origin, "postal", "informational", codes)


def test_serbian_data_required_is_no_tax():
    # Serbian "податке", "подаци" are data; Ukrainian "податки" are taxes
    got = _check(
        "Нова правила за пошиљке са робом",
        "Од 1. јула све поштанске пошиљке које садрже робу, а које се упућују у Немачку, "
        "морати да буду праћене електронским подацима. Подаци обухватају опис садржине и "
        "контакт податке примаоца.",
        "RS",
        "postal",
        "new_requirement",
    )
    assert got.destinations == ["DE"]
    _check(
        "Зміни до оподаткування посилок",
        "З 1 січня посилки з товарами вартістю понад 150 євро підлягають сплаті податку.",
        "UA",
        "postal",
        "duty_tax_change",
    )


@pytest.mark.parametrize(
    ("origin", "title", "text", "code"),
    [
        # Sinhala Kuwait without the ending CLDR writes ("කුවේටය")
        (
            "LK",
            "කුවේට් සහ කටාර් රටවලට යවන විදේශ පාර්සල් සඳහා උපරිම බර සීමාව සංශෝධනය කිරීම",
            "කුවේට් සහ කටාර් රාජ්‍යයන් වෙත යවනු ලබන විදේශ පාර්සල් සඳහා උපරිම බර සීමාව "
            "කිලෝග්‍රෑම් 30 සිට කිලෝග්‍රෑම් 10 දක්වා අඩු කරයි.",
            "KW",
        ),
        # Burmese Singapore without the kinzi
        (
            "MM",
            "စင်ကာပူနိုင်ငံသို့ EMS ဝန်ဆောင်မှု ပြန်လည်စတင်ခြင်း",
            "စင်ကာပူနိုင်ငံသို့ ပေးပို့သည့် EMS နှင့် နိုင်ငံခြားပါဆယ်ထုပ်များကို ဇွန်လ ၆ ရက်နေ့မှစ၍ ပြန်လည်လက်ခံပေးပို့သွားမည် ဖြစ်ပါသည်။",
            "SG",
        ),
        # Khmer "the Kingdom of Thailand"
        (
            "KH",
            "សេចក្តីជូនដំណឹង ស្តីពីការផ្អាកជាបណ្តោះអាសន្ននូវសេវាប្រៃសណីយ៍ទៅកាន់ព្រះរាជាណាចក្រថៃ",
            "ប្រៃសណីយ៍កម្ពុជានឹងផ្អាកជាបណ្តោះអាសន្ននូវការទទួលសំបុត្រ កញ្ចប់ឥវ៉ាន់ និងបញ្ញើ EMS "
            "ទាំងអស់ ដែលផ្ញើទៅកាន់ព្រះរាជាណាចក្រថៃ រហូតដល់មានការជូនដំណឹងថ្មី។",
            "TH",
        ),
        # Taiwanese writing of the Northern Mariana Islands
        (
            "TW",
            "寄往北馬里亞納群島郵件暫停收寄公告",
            "本公司自8月25日起，暫停收寄寄往北馬里亞納群島之內裝物品郵件。",
            "MP",
        ),
    ],
)
def test_other_writings_of_a_name(origin: str, title: str, text: str, code: str) -> None:
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.relevant, got.evidence[:3]
    assert code in got.destinations, got.evidence[:4]


@pytest.mark.parametrize(
    ("origin", "kind", "title", "text"),
    [
        (
            # a ceremony: its awards name seizures and prohibited goods
            "IN",
            "customs",
            "International Customs Day 2025",
            "The Central Board of Indirect Taxes and Customs celebrated International Customs "
            "Day today. The minister gave certificates to officers for seizures of drugs, gold "
            "smuggling and prohibited goods. Presentations covered courier and postal clearance.",
        ),
        (
            "IN",
            "customs",
            "अंतर्राष्ट्रीय सीमा शुल्क दिवस 2025 का आयोजन",
            "केंद्रीय अप्रत्यक्ष कर और सीमा शुल्क बोर्ड ने आज नई दिल्ली में अंतर्राष्ट्रीय सीमा "
            "शुल्क दिवस मनाया। कार्यक्रम में कूरियर और डाक निकासी के डिजिटलीकरण पर प्रस्तुतियाँ "
            "दी गईं।",
        ),
        (
            # exam results: the syllabus names HS codes, prohibited goods and express carriage
            "TR",
            "other",
            "Gümrük Müşavir Yardımcılığı Sınavı sonuçları açıklandı",
            "Sınava toplam 4.812 aday katılmıştır. Sınav; tarife sınıflandırması (GTİP), yasaklı "
            "ve kısıtlamalı eşya ile posta ve hızlı kargo taşımacılığı konularını kapsamaktadır. "
            "Adaylar sonuçlarını T.C. Kimlik numaraları ile sorgulayabilirler.",
        ),
        (
            # a domestic price list: "this change applies only to mail within mainland China"
            # (from a source with no country set)
            "",
            "carrier",
            "关于调整国内快递价格的公告",
            "尊敬的客户：受燃油价格上涨影响，本公司将自5月1日起对国内标准快递的燃油附加费进行调整："
            "燃油附加费率由4%调整为6%；寄往西藏地区的续重价格每公斤上调1元。本次调整仅适用于中国"
            "大陆境内寄递，国际件价格另行公布。",
        ),
    ],
)
def test_look_alikes_of_carriers_and_customs_stay_quiet(
    origin: str, kind: str, title: str, text: str
) -> None:
    got = classify(title, text, origin=origin, source_kind=kind)
    assert not got.relevant, got.evidence[:3]


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            # a price band is no weight limit
            "GB",
            "Stamp prices from 2 April",
            "From 2 April the price of a First Class stamp will increase by 10p to £1.35. "
            "Tracked 24 and Tracked 48 prices for parcels up to 2kg also change. Stamps without "
            "a barcode were withdrawn last year.",
        ),
        (
            # half-year results: the guidance "suspended" is the group's, no service
            "IT",
            "Poste Italiane: risultati del primo semestre 2024",
            "Il Consiglio di Amministrazione ha approvato i risultati del primo semestre: i volumi "
            "dei pacchi sono cresciuti del 9%, trainati dalle spedizioni transfrontaliere. Sospesa "
            "invece la guidance sui ricavi della logistica internazionale.",
        ),
    ],
)
def test_prices_and_results_stay_quiet(origin: str, title: str, text: str) -> None:
    got = classify(title, text, origin=origin, source_kind="postal")
    assert not got.relevant, got.evidence[:3]


def test_a_weight_limit_is_still_a_restriction():
    # guard: the limit itself, with no price before it
    _check(
        "Parcels to Brazil",
        "From 1 May parcels to Brazil are accepted only up to 2 kg.",
        "GB",
        "postal",
        "restriction",
        ["BR"],
    )


@pytest.mark.parametrize(
    ("origin", "text"),
    [
        (
            "NL",
            "Vanaf 1 januari is bij elk pakket naar het Verenigd Koninkrijk een douaneformulier "
            "verplicht. Noord-Ierland blijft voor goederen de EU-douaneregels volgen.",
        ),
        (
            "DE",
            "Ab 1. Januar ist für jedes Paket nach Großbritannien eine Zollinhaltserklärung "
            "Pflicht. Für Sendungen nach Nordirland gelten für Waren weiterhin die Vorschriften "
            "für EU-Zollrecht.",
        ),
    ],
)
def test_eu_rules_in_a_compound_name_no_destination(origin: str, text: str) -> None:
    # "die EU-Zollvorschriften": the rules' maker, not where mail goes
    _check("Brexit", text, origin, "postal", "new_requirement", ["GB"])


def test_a_published_list_of_what_may_not_be_mailed_in_is_a_prohibition():
    # the list's name in book-title marks is its rule, not a law named in passing
    got = _check(
        "海关总署公告（关于发布《禁止携带、寄递进境的动植物及其产品名录》的公告）",
        "海关总署对《禁止携带、邮寄进境的动植物及其产品名录》进行了修订，现将修订后的名录予以"
        "发布，自发布之日起施行。一、活动物、肉类及其制品、新鲜水果、蔬菜。",
        "CN",
        "customs",
        "prohibited_items",
        ["CN"],
    )
    assert {"animals_plants", "food"} <= set(got.categories)


def test_a_holding_period_that_ends_in_a_return_is_no_stop():
    _check(
        "Customs charges on parcels from Great Britain",
        "If you buy goods online from a retailer in Great Britain you may now have to pay VAT "
        "and customs duty before your parcel to Ireland can be delivered. VAT applies to goods "
        "valued over €22. If charges are due, we will text you a link to pay online. Your parcel "
        "will be held for 21 days and then returned to sender.",
        "IE",
        "postal",
        "duty_tax_change",
    )
    # guard: a stop told beside the return is still a stop
    _check(
        "Parcels to Russia",
        "Parcels to Russia are no longer accepted. Items already posted will be held and then "
        "returned to sender.",
        "GB",
        "postal",
        "suspension",
        ["RU"],
    )


@pytest.mark.parametrize(
    ("origin", "kind", "title", "text", "expected", "codes"),
    [
        # a standing list a courier notice cites is no prohibition of its own
        (
            "CN",
            "postal",
            "关于春节期间寄往美国邮件时限的通知",
            "春节期间，寄往美国的国际邮件投递时限将延长3至5天。请遵守《禁止寄递物品指导目录》的"
            "相关规定。",
            "delay",
            ["US"],
        ),
        # posted within the country, sent abroad: no domestic-only change
        (
            "CN",
            "postal",
            "通知",
            "自5月1日起暂停收寄寄往所有国家的国际邮件中的带电商品。本规定仅适用于境内各邮政网点"
            "收寄的国际邮件。",
            "suspension",
            ["*"],
        ),
        # the items carried by air are stopped, not the flights
        (
            "CZ",
            "postal",
            "Oznámení",
            "Letecká doprava zásilek do USA je od 1. září pozastavena do odvolání.",
            "suspension",
            ["US"],
        ),
        # French "n'est plus assuré": the service is no longer provided
        (
            "FR",
            "postal",
            "Yémen",
            "Le service postal vers le Yémen n'est plus assuré.",
            "suspension",
            ["YE"],
        ),
        # Mongolian "сааталгүй" is "without delay"
        (
            "MN",
            "postal",
            "Мэдэгдэл",
            "Герман руу илгээх олон улсын илгээмжийн хүргэлт сааталгүй хэвийн явагдаж байна.",
            "informational",
            ["DE"],
        ),
        # Italian "nera" (black) is no Lithuanian "is not"
        (
            "IT",
            "postal",
            "Spedizioni",
            "Per i paesi nella lista nera sono sospese le spedizioni di pacchi verso la Russia.",
            "suspension",
            ["RU"],
        ),
        # a price word in the title is no price band of the body's limit
        (
            "GB",
            "postal",
            "Postage for Brazil",
            "Parcels to Brazil up to 2 kg only, from 1 May.",
            "restriction",
            ["BR"],
        ),
        # Portuguese "porto" is a port
        (
            "PT",
            "postal",
            "Angola",
            "A partir de 1 de maio, as encomendas para Angola pelo porto de Luanda seguem até "
            "20 kg.",
            "restriction",
            ["AO"],
        ),
        # a pause of local pickups and deliveries, its station still shut
        (
            "",
            "carrier",
            "Service alert: Typhoon",
            "Due to the typhoon, pickup and delivery operations in Hong Kong have been temporarily "
            "halted. Shipments can expect delays of 24 to 48 hours. Services at our Kowloon "
            "station remain suspended until the storm signal is lowered.",
            "delay",
            None,
        ),
        # Dutch "Indien u" (if you) opening a sentence
        (
            "NL",
            "postal",
            "Internationale postdienst functioneert normaal",
            "De internationale postdienst functioneert normaal. Indien u vragen heeft, neem "
            "contact op.",
            "informational",
            ["*"],
        ),
        # Persian with a zero-width non-joiner, Hebrew with gershayim
        (
            "IR",
            "postal",
            "اطلاعیه درباره تأخیر در ارسال مرسولات پستی خارجی",
            "با توجه به توقف پروازهای خارجی، ارسال مرسولات به مقصد\u200cهای خارجی با تأخیر همراه "
            "خواهد بود. بخشی از مرسولات به ترکیه و از آنجا با پرواز به مقصد\u200cهای نهایی ارسال "
            "می\u200cشود.",
            "delay",
            ["*"],
        ),
        (
            "IL",
            "postal",
            "הגבלת משקל",
            "החל מיום ראשון, יתקבלו במשלוח לכל היעדים בחו״ל חבילות במשקל של עד 10 ק״ג בלבד.",
            "restriction",
            ["*"],
        ),
    ],
)
def test_review67_guards(
    origin: str, kind: str, title: str, text: str, expected: str, codes: list[str] | None
) -> None:
    _check(title, text, origin, kind, expected, codes)


def test_serbian_must_be_collected_is_no_requirement():
    got = classify(
        "Obaveštenje",
        "Pošiljke za Nemačku moraju da budu preuzete u roku od 15 dana od prispeća. Usluga "
        "funkcioniše normalno.",
        origin="RS",
        source_kind="postal",
    )
    assert got.change_kind != "new_requirement", got.evidence[:3]


@pytest.mark.parametrize(
    ("title", "text", "origin", "kind", "expected", "codes"),
    [
        pytest.param(
            # 'לכל היעדים בחו"ל' (to all destinations abroad) is no region's destinations;
            # the cause (foreign airlines' flights to Israel cancelled) names the post's own
            # country
            'הגבלת משקל זמנית לחבילות הנשלחות לחו"ל',
            "בשל ביטול טיסות של חברות תעופה זרות לישראל, הקיבולת מצומצמת. החל מיום ראשון, יתקבלו "
            'במשלוח לכל היעדים בחו"ל חבילות במשקל של עד 10 ק"ג בלבד.',
            "IL",
            "postal",
            "restriction",
            ["*"],
            id="hebrew_abroad",
        ),
        pytest.param(
            "Kašnjenje u uručenju pošiljaka za Bosnu i Hercegovinu",
            "Zbog poplava promet na magistralnoj cesti M-17 prekinut je na više dionica. Korisnici "
            "trebaju računati s kašnjenjem u uručenju pošiljaka za Bosnu i Hercegovinu od nekoliko "
            "dana. Prijam pošiljaka nastavlja se bez ograničenja.",
            "HR",
            "postal",
            "delay",
            ["BA"],
            id="croatian_road_cut",
        ),
        pytest.param(
            "Dėl streikų Suomijoje siuntos į Suomiją gali vėluoti",
            "Siuntų į Suomiją pristatymas gali vėluoti keliomis darbo dienomis. Siuntos ir toliau "
            "priimamos visuose skyriuose, siuntų priėmimas nėra sustabdytas.",
            "LT",
            "postal",
            "delay",
            ["FI"],
            id="lithuanian_not_suspended",
        ),
        pytest.param(
            # China is the way through (Beijing), not a destination
            "Европын зарим улс руу илгээх шуудангийн хүргэлт удааширч байгаа тухай",
            "Европын зарим улс болох Герман, Франц, Польш, Итали руу илгээх олон улсын захидал, "
            "илгээмжийн хүргэлт 2-4 долоо хоногоор удааширч байна. Эдгээр улс руу илгээх "
            "илгээмжийг одоогоор БНХАУ-ын Бээжин хотоор дамжуулан илгээж байна. Шуудангийн "
            "илгээмжийг хүлээн авах үйлчилгээ хэвийн явагдаж байгаа бөгөөд зогсоогоогүй болно.",
            "MN",
            "postal",
            "delay",
            ["DE", "FR", "IT", "PL"],
            id="mongolian_via_china",
        ),
        pytest.param(
            "اطلاعیه درباره تأخیر در ارسال مرسولات پستی خارجی",
            "با توجه به بسته شدن حریم هوایی کشور و توقف پروازهای خارجی، مرسولات پستی خارجی "
            "همچنان در تمامی دفاتر پستی پذیرش می‌شود، اما ارسال آن‌ها به مقصدهای خارجی با تأخیر "
            "همراه خواهد بود. بخشی از مرسولات از طریق مرز زمینی به ترکیه و از آنجا با پرواز به "
            "مقصد نهایی ارسال می‌شود.",
            "IR",
            "postal",
            "delay",
            ["*"],
            id="persian_flights_cause",
        ),
        pytest.param(
            "Communiqué officiel : obligation de la FERI pour les importations",
            "À compter du 1er avril, toute importation en République Démocratique du Congo de "
            "marchandises, y compris les colis postaux, doit être couverte par une Fiche "
            "Électronique de Renseignement à l'Importation (FERI). Les marchandises en transit à "
            "destination du Rwanda ne sont pas concernées par la présente mesure.",
            "CD",
            "customs",
            "new_requirement",
            ["CD"],
            id="french_covered_by_paper",
        ),
        pytest.param(
            "International Service Disruptions - Sudan",
            "The Postal Service is temporarily suspending acceptance of all international mail "
            "destined to Sudan, until further notice. This suspension does not apply to mail "
            "destined to South Sudan, which continues to be accepted.",
            "US",
            "postal",
            "suspension",
            ["SD"],
            id="not_to_mail_destined_to",
        ),
        pytest.param(
            "Service update: international services",
            "All international services are running normally. Claims for delayed items",
            "GB",
            "postal",
            "informational",
            None,
            id="claims_link",
        ),
        pytest.param(
            # "Centro de Admisión Masiva Internacional" is an office in Spain
            "Retrasos en la entrega de envíos procedentes de China",
            "Los paquetes procedentes de China están llegando a nuestro Centro de Admisión Masiva "
            "Internacional de Madrid con retrasos de entre 10 y 15 días.",
            "ES",
            "postal",
            "delay",
            ["ES"],
            id="office_named_international",
        ),
        pytest.param(
            "Service Alert: Sudan and Haiti",
            "Sudan\nAll services to and from Sudan remain suspended until further notice.\n\n"
            "Haiti\nFollowing the closure of the airport, pickups and deliveries in Haiti are "
            "suspended with immediate effect. Please do not tender new shipments for Haiti.\n\n"
            "Niger\nServices to Niger have resumed as of 11 March. Transit times may be one to two "
            "days longer while the backlog is cleared.",
            "",
            "carrier",
            "suspension",
            None,
            id="stop_goes_on_elsewhere",
        ),
        pytest.param(
            "关于带电商品寄往欧洲部分国家收寄标准调整的通知",
            "各位商家：\n\n自5月1日起，寄往英国、德国、法国的带电商品，收寄标准调整如下：\n\n1. "
            "仅接受内置电池的商品；\n2. 纯电池不再接受收寄。\n\n上述线路经比利时列日枢纽中转。"
            "寄往美国、日本等其他国家的带电商品收寄标准暂无调整。",
            "CN",
            "carrier",
            "restriction",
            ["DE", "FR", "GB"],
            id="chinese_no_change_for_now",
        ),
        pytest.param(
            "Restrizzjonijiet temporanji fuq pakketti lejn l-Awstralja",
            "MaltaPost qed taċċetta biss ittri u pakketti żgħar sa 2kg indirizzati lejn "
            "l-Awstralja. Pakketti li jiżnu aktar minn 2kg mhumiex aċċettati temporanjament. "
            "Il-posta lejn l-Italja qed tibqa' tintbagħat b'mod normali.",
            "MT",
            "postal",
            "restriction",
            ["AU"],
            id="maltese_accepts_only",
        ),
        pytest.param(
            "Embargo Duyurusu: İran",
            "İran istasyonlarına yönelik tüm kargo kabulleri geçici olarak durdurulmuştur. Kuveyt "
            "istasyonlarına yönelik kabuller ise normal şekilde devam etmektedir.",
            "TR",
            "carrier",
            "suspension",
            ["IR"],
            id="turkish_cargo_acceptance",
        ),
    ],
)
def test_a_change_read_for_its_places(
    title: str, text: str, origin: str, kind: str, expected: str, codes: list[str] | None
) -> None:
    _check(title, text, origin, kind, expected, codes)
