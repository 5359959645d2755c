"""Session 69, from blind sets 372 (sanctions and embargoes), 375-380 and probes."""

from __future__ import annotations

import pytest

from tests.classify_check import check_kind as _check

EU27 = sorted(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)


@pytest.mark.parametrize(
    ("origin", "title", "text", "codes"),
    [
        pytest.param(
            "AE",
            "VAT registration",
            "From 1 March, importers in Saudi Arabia must quote their VAT number. Shipments to "
            "the other GCC countries will continue to be handled as before.",
            ["SA"],
            id="en-the-other-gcc-countries-unchanged",
        ),
        pytest.param(
            "ES",
            "Gibraltar",
            "From 1 March, parcels to Gibraltar must carry a CN23 customs declaration. Customers "
            "sending to other EU countries should continue to follow the usual rules.",
            ["GI"],
            id="en-other-eu-countries-as-usual",
        ),
    ],
)
def test_the_other_members_alone_are_not_the_change(
    origin: str, title: str, text: str, codes: list[str]
) -> None:
    """'The other members' said alone sets them apart from the change (read h69-021)."""
    from monitor.classify import classify

    got = classify(title, text, origin=origin, source_kind="postal")
    assert sorted(got.destinations) == codes, got.evidence[:4]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        pytest.param(
            "О сроках доставки",
            "Сроки доставки почтовых отправлений в Польшу, а также в страны, почта в которые "
            "следует транзитом через Польшу, могут увеличиться на 7–10 дней.",
            id="ru-places-between-with-commas",
        ),
    ],
)
def test_delivery_times_that_may_grow_after_a_list_are_a_delay(title: str, text: str) -> None:
    _check(title, text, "BY", "postal", "delay", ["PL"])


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "NL",
            "postal",
            "Aanpassing internationale zendingen",
            "Vanaf 1 april kunnen pakjes met aanstekers niet meer naar het buitenland verstuurd "
            "worden.",
            "prohibited_items",
            ["*"],
            id="nl-niet-meer-verstuurd-worden",
        ),
        pytest.param(
            "BE",
            "postal",
            "Aerosols niet meer toegelaten in internationale zendingen",
            "Spuitbussen worden vanaf 1 mei niet meer toegelaten in zendingen naar het buitenland.",
            "prohibited_items",
            ["*"],
            id="nl-niet-meer-toegelaten",
        ),
        pytest.param(
            "FI",
            "postal",
            "Muutos ulkomaan lähetyksiin",
            "Posti ei 1.9.2024 alkaen enää kuljeta ulkomaille lähetyksiä, jotka sisältävät "
            "hajuvesiä.",
            "prohibited_items",
            ["*"],
            id="fi-ei-enaa-kuljeta-date-between",
        ),
        pytest.param(
            "TH",
            "customs",
            "ประกาศการนำเข้าเครื่องสำอาง",
            "ตั้งแต่วันที่ 1 มีนาคม 2568 เครื่องสำอางที่ไม่มีเลขจดแจ้งไม่สามารถนำเข้าทางไปรษณีย์ได้",
            "prohibited_items",
            ["TH"],
            id="th-cannot-be-imported-by-post",
        ),
        pytest.param(
            "GR",
            "customs",
            "Νέα υποχρέωση για δέματα",
            "Από την 1η Ιουλίου ο παραλήπτης δέματος από τρίτες χώρες πρέπει να υποβάλει δήλωση "
            "εισαγωγής στο τελωνείο.",
            "new_requirement",
            ["GR"],
            id="el-to-submit-a-declaration",
        ),
        pytest.param(
            "GL",
            "customs",
            "Nye regler for indførsel",
            "Afgiften på chokolade og sukkervarer hæves med 8 procent fra 1. januar 2025, også for "
            "varer der sendes med post.",
            "duty_tax_change",
            ["GL"],
            id="da-afgiften-pa",
        ),
        pytest.param(
            "VU",
            "postal",
            "Notis blong pablik",
            "Vanuatu Post i stat bakegen blong akseptem ol EMS blong go long Niu Silan, stat long "
            "Mande 3 Epril.",
            "resumption",
            ["NZ"],
            id="bislama-stat-bakegen",
        ),
        pytest.param(
            "SE",
            "postal",
            "Nya regler för batterier",
            "Den 1 mars ändras flygreglerna för batterier. Paket till Norge påverkas inte: du kan "
            "fortsätta att skicka telefoner precis som i dag.",
            "informational",
            ["NO"],
            id="sv-fortsatta-att-skicka",
        ),
        pytest.param(
            "CA",
            "postal",
            "Colis entrants : délais prolongés",
            "En raison du volume des fêtes, les colis en provenance de l'étranger arrivent avec "
            "plusieurs jours de retard.",
            "delay",
            ["CA"],
            id="fr-delais-prolonges-heading",
        ),
        pytest.param(
            "MD",
            "postal",
            "Trimiterile către Ucraina",
            "Poșta Moldovei precizează că expedierea trimiterilor poștale către Ucraina continuă "
            "în regim obișnuit, în aceleași condiții.",
            "informational",
            ["UA"],
            id="ro-in-regim-obisnuit",
        ),
        pytest.param(
            "AM",
            "postal",
            "Առաքման ժամկետների երկարաձգում",
            "Ֆրանսիա ուղարկվող առաքանիների առաքման ժամկետները կարող են երկարել 7 օրով։",
            "delay",
            ["FR"],
            id="hy-delivery-times-may-lengthen",
        ),
        pytest.param(
            "CN",
            "customs",
            "关于跨境电商零售进口的公告",
            "自2025年1月1日起，跨境电商企业应当向海关传输交易、支付等电子信息。",
            "new_requirement",
            ["CN"],
            id="zh-transmit-to-customs",
        ),
        pytest.param(
            "CD",
            "customs",
            "Importation de compléments alimentaires par colis postaux",
            "À compter du 1er juin, les médicaments importés par colis postaux ne sont admis "
            "qu'en quantités correspondant à un usage personnel.",
            "restriction",
            ["CD"],
            id="fr-admitted-only-in-quantities",
        ),
        pytest.param(
            "NO",
            "customs",
            "Forhåndsopplysninger kreves for postsendinger",
            "Fra 1. september skal transportørene sende elektroniske opplysninger om varer som "
            "innføres til Norge før de ankommer grensen.",
            "new_requirement",
            ["NO"],
            id="no-advance-information-required",
        ),
        pytest.param(
            "SE",
            "customs",
            "Köpa tobak på internet",
            "Du får inte privatimportera tobak som skickas till dig från ett land utanför EU. "
            "Tullverket beslagtar sådana försändelser.",
            "prohibited_items",
            ["SE"],
            id="sv-may-not-privately-import",
        ),
        pytest.param(
            "IL",
            "postal",
            'הקפאה זמנית של קבלת דברי דואר לחו"ל',
            'החל מיום שני תושהה באופן זמני קבלת חבילות לכל היעדים בחו"ל עד להודעה חדשה.',
            "suspension",
            ["*"],
            id="he-temporary-freeze",
        ),
        pytest.param(
            "QA",
            "customs",
            "ضوابط إدخال الأدوية عبر الطرود البريدية",
            "اعتباراً من 1 مارس سيقتصر السماح بإدخال الأدوية الواردة عن طريق الطرود البريدية على "
            "كمية لا تتجاوز حاجة ثلاثة أشهر.",
            "restriction",
            ["QA"],
            id="ar-limited-to-a-quantity",
        ),
        pytest.param(
            "JO",
            "customs",
            "تعديل الرسم الموحد على الطرود البريدية",
            "سيتم اعتباراً من 1/3/2023 تعديل الرسم الموحد المفروض على الطرود البريدية الواردة "
            "ليصبح 15% من قيمة الطرد.",
            "duty_tax_change",
            ["JO"],
            id="ar-unified-fee-amended",
        ),
        pytest.param(
            "TW",
            "customs",
            "進口郵包物品免稅額度調降",
            "自明年1月1日起，進口郵包物品之完稅價格在新臺幣1,500元以下者免稅；原免稅額度新臺幣2,000元"
            "同時停止適用。",
            "duty_tax_change",
            ["TW"],
            id="zh-an-exemption-ceases-to-apply",
        ),
        pytest.param(
            "JP",
            "postal",
            "米国あて郵便物の電子データ送信の義務化",
            "米国の法令改正（STOP法）により、来年1月1日から米国あての物品を内容とする郵便物は"
            "電子データの送信が必要となります。",
            "new_requirement",
            ["US"],
            id="ja-the-stop-act-is-a-law",
        ),
        pytest.param(
            "JP",
            "postal",
            "台湾あて国際郵便物の取扱いについて",
            "地震に関し、台湾あての国際郵便物は通常どおりお引き受けしております。台湾からの郵便物にも"
            "到着の遅れは生じていないとの報告を受けております。",
            "informational",
            ["TW"],
            id="ja-no-delay-has-arisen",
        ),
        pytest.param(
            "AT",
            "customs",
            "Keine Wurstwaren in Paketen aus Drittländern",
            "Das Zollamt weist darauf hin, dass Sendungen mit Wurst und Speck aus Nicht-EU-Staaten "
            "nicht nach Österreich eingeführt werden dürfen.",
            "prohibited_items",
            ["AT"],
            id="de-may-not-be-imported",
        ),
        pytest.param(
            "DE",
            "carrier",
            "Paketversand nach Norwegen pausiert",
            "Wegen der Umstellung der Zollsysteme pausiert DPD ab dem 1. März den Paketversand "
            "nach Norwegen.",
            "suspension",
            ["NO"],
            id="de-pausiert",
        ),
        pytest.param(
            "GB",
            "postal",
            "Service update",
            "We have suspended parcels to the U.S. De minimis treatment for low-value goods ended "
            "on 29 August.",
            "suspension",
            ["US"],
            id="en-us-dot-ends-the-sentence",
        ),
        pytest.param(
            "PL",
            "postal",
            "Przesyłki do USA",
            "Z uwagi na brak wymaganych zezwoleń przewoźników lotniczych Poczta Polska wstrzymuje "
            "od 29 sierpnia przyjmowanie przesyłek do USA.",
            "suspension",
            ["US"],
            id="pl-a-lack-as-the-cause",
        ),
        pytest.param(
            "GB",
            "postal",
            "Parcels to the United States",
            "Failure to comply with the new data requirements is no longer tolerated, and from 1 "
            "March we suspend acceptance of all parcels to the United States.",
            "suspension",
            ["US"],
            id="en-a-new-clause-after-the-lack",
        ),
        pytest.param(
            "RU",
            "postal",
            "Сроки доставки в Казахстан",
            "Сроки доставки посылок в Казахстан, Киргизию и Узбекистан увеличены на 5–7 дней из-за "
            "загруженности пунктов пропуска.",
            "delay",
            ["KG", "KZ", "UZ"],
            id="ru-times-grow-after-a-list",
        ),
        pytest.param(
            "FI",
            "postal",
            "Posti ja Venäjä",
            "Posti ei enää toimita paketteja Venäjälle 1.3. alkaen.",
            "suspension",
            ["RU"],
            id="fi-ei-enaa-toimita",
        ),
        pytest.param(
            "FR",
            "postal",
            "Acheminement vers l'Australie : délais prolongés",
            "En raison de la réduction des vols, l'acheminement vers l'Australie connaît des "
            "délais prolongés.",
            "delay",
            ["AU"],
            id="fr-acheminement-delais-prolonges",
        ),
        pytest.param(
            "ID",
            "postal",
            "Layanan pos selama Idulfitri",
            "Selama libur nasional dan cuti bersama Idulfitri, jam operasional kantor pos berubah. "
            "Penerimaan kiriman paket ke luar negeri ditangguhkan sementara hingga 7 April.",
            "suspension",
            ["*"],
            id="id-a-stop-during-eid",
        ),
        pytest.param(
            "LV",
            "postal",
            "Alkohola sūtīšana uz Norvēģiju",
            "No 1. marta alkoholiskos dzērienus uz Norvēģiju var nosūtīt tikai ierobežotā apjomā, "
            "ne vairāk kā vienu litru vienā sūtījumā.",
            "restriction",
            ["NO"],
            id="lv-a-limited-quantity-is-a-limit",
        ),
        pytest.param(
            "NP",
            "postal",
            "पार्सल सेवा स्थगित",
            "क्यानडाका लागि पार्सल सेवा अस्थायी रूपमा स्थगित गरिएको छ।",
            "suspension",
            ["CA"],
            id="ne-alias-with-its-ending",
        ),
        pytest.param(
            "NZ",
            "customs",
            "Changes for goods imported by post",
            "The Duty Free Exemption for low-value goods imported by post is lowered from NZD 1000 "
            "to NZD 400 from 1 July. Duty Free shops at airports are not affected.",
            "duty_tax_change",
            ["NZ"],
            id="en-duty-free-exemption-beside-shops",
        ),
        pytest.param(
            "BY",
            "postal",
            "Задержки",
            "Сроки доставки в Польшу, а также в другие страны Европейского союза могут "
            "увеличиться на 7 дней.",
            "delay",
            EU27,
            id="ru-a-takzhe-v-drugie-strany",
        ),
        pytest.param(
            "UA",
            "postal",
            "Затримки",
            "Поштові відправлення до Польщі, а також до інших країн Європейського Союзу "
            "доставляються із затримкою до 10 днів.",
            "delay",
            EU27,
            id="uk-a-takozh-do-inshykh-krain",
        ),
        pytest.param(
            "GB",
            "postal",
            "Suspension",
            "Parcels to Germany and other EU countries are suspended from 1 March.",
            "suspension",
            EU27,
            id="en-and-other-eu-countries",
        ),
        pytest.param(
            "CZ",
            "postal",
            "Wstrzymanie przesyłek",
            "Przesyłki do Niemiec, a także do innych krajów UE są wstrzymane od 1 marca.",
            "suspension",
            [c for c in EU27 if c != "CZ"],
            id="pl-a-takze-do-innych-krajow",
        ),
        pytest.param(
            "PL",
            "postal",
            "Nowe wymagania dla przesyłek do Wielkiej Brytanii",
            "Od 1 marca przesyłki z towarem do Wielkiej Brytanii muszą mieć elektroniczną fakturę "
            "z kodem HS. Brak kompletnych danych spowoduje wstrzymanie odprawy celnej.",
            "new_requirement",
            ["GB"],
            id="pl-lack-of-data-causes-a-hold",
        ),
        pytest.param(
            "GB",
            "postal",
            "New data for parcels to Norway",
            "From 1 March parcels to Norway must carry the seller's VOEC number. Failure to "
            "provide it will result in the suspension of customs clearance.",
            "new_requirement",
            ["NO"],
            id="en-failure-to-provide",
        ),
        pytest.param(
            "FI",
            "postal",
            "Lähetykset Kiinaan",
            "Kiinan posti on ilmoittanut, että aiemmin ilmoitetut rajoitukset on purettu. "
            "Lähetykset Kiinaan kulkevat jälleen.",
            "resumption",
            ["CN"],
            id="fi-restrictions-have-been-lifted",
        ),
        pytest.param(
            "UA",
            "postal",
            "Припинення обміну",
            "Укрпошта з 1 березня припиняє приймання та обмін поштовими відправленнями з рф.",
            "suspension",
            ["RU"],
            id="uk-exchange-with-lower-case-letters",
        ),
        pytest.param(
            "BD",
            "postal",
            "উপসাগরীয় দেশে ডাক বুকিং বন্ধ",
            "আগামী ১ এপ্রিল থেকে কাতার ও বাহরাইনের উদ্দেশ্যে সকল পার্সেল বুকিং বন্ধ থাকবে।",
            "suspension",
            ["BH", "QA"],
            id="bn-alias-takes-the-genitive",
        ),
        pytest.param(
            "NP",
            "postal",
            "इएमएस सेवा पुनः सञ्चालन",
            "स्थगित गरिएको इएमएस (EMS) सेवा देहायका मुलुकहरूका लागि पुनः सञ्चालन गरिएको छ: १. बेलायत "
            "२. क्यानडा ३. कतार ४. संयुक्त अरब इमिरेट्स",
            "resumption",
            ["AE", "CA", "GB", "QA"],
            id="ne-operated-again-with-names",
        ),
        pytest.param(
            "LV",
            "postal",
            "Kavēšanās uz Igauniju",
            "Streika dēļ sūtījumu apstrāde Igaunijā notiek ierobežotā apjomā, tāpēc piegāde var "
            "aizkavēties par vairākām dienām.",
            "delay",
            ["EE"],
            id="lv-limited-volume-is-a-cause",
        ),
        pytest.param(
            "GB",
            "postal",
            "Suspension of U.S. De Minimis Exemption",
            "Following the Executive Order, the U.S. De Minimis exemption for postal shipments is "
            "suspended from 29 August. Customs duties will apply to all goods sent to the United "
            "States.",
            "duty_tax_change",
            ["US"],
            id="en-title-case-us-de-minimis",
        ),
        pytest.param(
            "FR",
            "postal",
            "Colis vers les États-Unis",
            "Suite à une notification de l'USPS faisant état d'une suspension de l'acheminement "
            "des colis vers les États-Unis, La Poste tient à préciser que les envois de "
            "documents restent acceptés.",
            "suspension",
            ["US"],
            id="fr-a-report-is-no-rumour",
        ),
        pytest.param(
            "CN",
            "postal",
            "美国邮件",
            "美国取消小额包裹免税额度后，中国邮政自8月29日起暂停收寄寄往美国的商品类邮件。",
            "suspension",
            ["US"],
            id="zh-an-exemption-ended-is-the-cause",
        ),
        pytest.param(
            "GB",
            "postal",
            "Parcels to the United States",
            "Failure to provide an HS code, a phone number and the recipient's e-mail will result "
            "in the suspension of your parcel to the United States.",
            "new_requirement",
            ["US"],
            id="en-a-list-after-the-lack",
        ),
        pytest.param(
            "RU",
            "postal",
            "Новые условия для Армении",
            "Сроки доставки в Армению не изменились, максимальный вес посылки увеличен до 30 кг.",
            "restriction",
            ["AM"],
            id="ru-times-unchanged-weight-raised",
        ),
        pytest.param(
            "DE",
            "postal",
            "Verzögerungen",
            "Pakete nach Frankreich und in andere EU-Länder verzögern sich wegen eines Streiks.",
            "delay",
            [c for c in EU27 if c != "DE"],
            id="de-und-in-andere-eu-lander",
        ),
    ],
)
def test_words_of_a_change_in_more_languages(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("title", "text", "codes"),
    [
        pytest.param(
            "Duty Free Allowance Changes",
            "From 1 April the Duty Free allowance for goods sent by post to Jersey falls to £135.",
            ["JE"],
            id="en-title-case-allowance",
        ),
        pytest.param(
            "Changes at the border",
            "Duty-free shops at the airport stay open. From 1 May, gifts sent by post to Norway "
            "worth more than NOK 1,000 pay customs duty.",
            ["NO"],
            id="en-a-shop-beside-a-duty-change",
        ),
    ],
)
def test_a_duty_change_beside_a_shop_name_is_still_a_duty_change(
    title: str, text: str, codes: list[str]
) -> None:
    _check(title, text, "GB", "postal", "duty_tax_change", codes)


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        pytest.param(
            "LT",
            "Velykų siuntos",
            "Į Europos Sąjungos šalis siuntinius rekomenduojame siųsti iki kovo 20 d. Siunčiant "
            "prekes į šalis už ES ribų būtina pateikti muitinės deklaraciją CN23. Tai nėra naujas "
            "reikalavimas.",
            id="lt-posting-dates-and-not-a-new-requirement",
        ),
    ],
)
def test_posting_dates_with_a_rule_restated_are_no_new_requirement(
    origin: str, title: str, text: str
) -> None:
    from monitor.classify import classify

    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.change_kind in ("informational", "irrelevant"), got.evidence[:4]


def test_a_stop_said_as_already_in_force_is_no_news() -> None:
    """'Come già avviene, non sono accettate ...': a standing refusal beside an all-clear."""
    got = _check(
        "Nuove regole IATA: nessuna variazione per i clienti",
        "Per i clienti non cambia nulla: i dispositivi con batterie installate continuano a "
        "essere accettati verso tutte le destinazioni estere. Come già avviene, non sono "
        "accettate batterie sfuse.",
        "IT",
        "postal",
        "informational",
    )
    assert got.severity == "low"


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text"),
    [
        pytest.param(
            "UA",
            "postal",
            "Виплата пенсій у липні",
            "Укрпошта продовжує доставку пенсій у громадах Сумської області. Через обстріли "
            "доставку пенсій додому тимчасово призупинено; звертайтеся до Пенсійного фонду.",
            id="uk-pensions-delivered",
        ),
        pytest.param(
            "AZ",
            "other",
            "Vakansiya: gömrük bəyannamələri üzrə operator",
            "Vəzifə öhdəlikləri: CN22/CN23 bəyannamələrinin yoxlanılması, qadağan olunmuş "
            "əşyaların aşkar edilməsi. Namizədlər axtarır: CV-ləri hr@azerpost.az ünvanına "
            "göndərin.",
            id="az-job-ad",
        ),
        pytest.param(
            "ME",
            "postal",
            "Privremena nedostupnost sajta",
            "Zbog održavanja sistema sajt neće biti dostupan u nedjelju od 02:00 do 06:00. U tom "
            "periodu neće biti moguće pratiti pošiljke, niti elektronski popuniti carinsku "
            "deklaraciju.",
            id="sh-niti-customs-declaration",
        ),
        pytest.param(
            "RS",
            "postal",
            "Марке „Стари мостови“",
            "Пошта Србије издаје пригодне поштанске марке. Обустава саобраћаја на старом мосту "
            "1915. године приказана је на марки. Уз марке је издат коверат првог дана, у тиражу од "
            "20.000 комада.",
            id="sr-stamps-first-day-cover",
        ),
        pytest.param(
            "TW",
            "customs",
            "臺北關誠徵約僱人員（郵包專區）",
            "工作內容：協助查驗進口郵包，初步篩檢違禁品（含鋰電池）。資格條件：高中以上學歷。"
            "報名方式：請將履歷表寄至本關人事室，另行通知參加筆試及口試。",
            id="zh-tw-job-ad",
        ),
        pytest.param(
            "KR",
            "postal",
            "우체국 해외직구 체크카드 출시",
            "해외직구 결제 금액의 2%를 캐시백으로 돌려주고 관세 납부 시에도 캐시백이 적용된다. "
            "연회비는 없으며 우체국예금 고객은 우체국뱅킹 앱에서 발급받을 수 있다.",
            id="ko-debit-card",
        ),
        pytest.param(
            "SN",
            "postal",
            "Suspension des transferts d'argent vers le Mali",
            "La Poste informe que les transferts d'argent à destination du Mali effectués par "
            "mandat postal international sont suspendus jusqu'à nouvel ordre. Les autres "
            "transferts d'argent vers la sous-région restent disponibles.",
            id="fr-money-transfers",
        ),
        pytest.param(
            "MG",
            "postal",
            "Nouveaux tarifs du régime intérieur",
            "À compter du 1er mars, les tarifs du courrier du régime intérieur changent : lettre "
            "jusqu'à 20 g, 1 200 Ariary. Les tarifs applicables aux envois à destination de "
            "l'étranger restent inchangés.",
            id="fr-domestic-prices-abroad-unchanged",
        ),
        pytest.param(
            "CL",
            "postal",
            "Nuevas tarifas nacionales",
            "Desde el 1 de marzo rigen nuevas tarifas para envíos nacionales: encomienda hasta 1 "
            "kg, $ 4.500. Las tarifas de envíos internacionales no tienen cambios.",
            id="es-domestic-prices-international-unchanged",
        ),
        pytest.param(
            "BR",
            "postal",
            "Correios lançam selo comemorativo",
            "O selo comemorativo pode ser usado na postagem de cartas internacionais. "
            "Colecionadores podem adquirir o envelope de primeiro dia com carimbo comemorativo. "
            "A suspensão da venda da emissão anterior não se aplica.",
            id="pt-stamp-issue",
        ),
        pytest.param(
            "AR",
            "postal",
            "Atención: correos electrónicos falsos",
            "Circulan correos electrónicos falsos y mensajes de texto fraudulentos que dicen que "
            "un paquete internacional está suspendido por falta de pago. No ingreses al enlace.",
            id="es-fake-e-mails",
        ),
        pytest.param(
            "NO",
            "postal",
            "Ledig stilling: tollmedarbeider",
            "Bring søker medarbeidere til fortollingsteamet. Du vil håndtere toll, avgifter og "
            "restriksjoner på alkohol og tobakk. Søknadsfrist: 1. mai. Kontaktperson: "
            "seksjonsleder.",
            id="no-job-ad",
        ),
        pytest.param(
            "IS",
            "other",
            "Tollgæslan lagði hald á lyf í póstsendingum",
            "Tollgæslan lagði hald á 9.000 töflur af lyfjum í póstsendingum frá Póllandi. Engar "
            "breytingar hafa orðið á reglum. Í ársskýrslu tollgæslunnar má finna nánari tölur.",
            id="is-seizures-in-the-annual-report",
        ),
        pytest.param(
            "ID",
            "postal",
            "Jam Operasional Kantor Pos Selama Libur Idulfitri",
            "Selama libur nasional dan cuti bersama Idulfitri seluruh kantor pos tutup. Layanan "
            "kiriman surat dan paket luar negeri kembali normal mulai 16 April.",
            id="id-eid-opening-hours",
        ),
        pytest.param(
            "MY",
            "postal",
            "Perkhidmatan Pembayaran Bil Digantung Sementara",
            "Perkhidmatan pembayaran bil di semua kaunter akan digantung sementara pada 1 Mac. "
            "Perkhidmatan penerimaan mel serta bungkusan tidak terjejas.",
            id="ms-bill-payments-suspended",
        ),
        pytest.param(
            "RU",
            "postal",
            "Изменение тарифов с 1 марта",
            "С 1 марта сроки доставки международных отправлений останутся прежними, однако тарифы "
            "на пересылку посылок будут увеличены на 10%.",
            id="ru-times-kept-tariffs-will-grow",
        ),
        pytest.param(
            "FR",
            "postal",
            "Fêtes de fin d'année",
            "Colis en instance : délais prolongés jusqu'au 15 janvier. Pendant les fêtes, vos "
            "colis en instance sont conservés plus longtemps dans votre bureau de poste.",
            id="fr-parcels-held-longer",
        ),
        pytest.param(
            "NL",
            "postal",
            "Wijziging ophaaltijden",
            "Pakketten die na 15.00 uur worden aangeboden, kunnen niet meer dezelfde dag naar het "
            "buitenland verzonden worden.",
            id="nl-not-the-same-day-abroad",
        ),
        pytest.param(
            "DE",
            "carrier",
            "Zustellung an Feiertagen",
            "Am Ostermontag pausiert die Paketzustellung. Ab Dienstag stellen wir wie gewohnt zu.",
            id="de-a-holiday-pause",
        ),
        pytest.param(
            "IL",
            "postal",
            "הודעה ללקוחות",
            "עקב עבודות תחזוקה, תבוצע הקפאה זמנית של שירות המעקב אחר משלוחים באתר בין השעות 22:00 "
            "ל-02:00.",
            id="he-a-tracking-site-freeze",
        ),
        pytest.param(
            "SA",
            "postal",
            "خدمة التخليص الجمركي",
            "يتم تحصيل الرسم الموحد للتخليص الجمركي عند استلام الشحنة من مكتب البريد كما هو معمول "
            "به.",
            id="ar-a-fee-collected-as-usual",
        ),
        pytest.param(
            "NO",
            "customs",
            "Tollregler for netthandel",
            "Elektroniske forhåndsopplysninger kreves ikke for brev og dokumenter.",
            id="no-not-required",
        ),
        pytest.param(
            "NO",
            "postal",
            "Høstkampanje i Tax Free",
            "Nå får du 2 for 1 på sjokolade i alle Tax Free-butikkene på Gardermoen. Husk "
            "tollkvoten når du kommer hjem.",
            id="no-tax-free-shop-offer",
        ),
        pytest.param(
            "GB",
            "postal",
            "World Duty Free opens a new store at Gatwick",
            "Passengers can now shop perfumes and spirits at the new World Duty Free store in the "
            "North Terminal, open from 5am every day.",
            id="en-world-duty-free-store",
        ),
        pytest.param(
            "PL",
            "postal",
            "Nowy cennik krajowy i dopłata paliwowa",
            "Od 1 lutego obowiązuje nowy cennik usług krajowych. Dopłata paliwowa dla przesyłek "
            "krajowych wynosi 15%. Cennik przesyłek międzynarodowych pozostaje bez zmian.",
            id="pl-domestic-prices-international-unchanged",
        ),
        pytest.param(
            "CY",
            "postal",
            "Νέα τέλη εσωτερικού",
            "Από 1η Μαρτίου το τέλος για επιστολή εσωτερικού αυξάνεται σε €0,80. Τα τέλη για "
            "αποστολές προς το εξωτερικό παραμένουν αμετάβλητα.",
            id="el-domestic-prices-abroad-unchanged",
        ),
        pytest.param(
            "IT",
            "other",
            "Bagaglio a mano: cosa è vietato a bordo",
            "Ricorda le regole del bagaglio a mano in partenza da Linate: liquidi fino a 100 ml. "
            "Oggetti vietati: coltelli, forbici e fuochi d'artificio. Power bank solo nel "
            "bagaglio a mano, mai nel bagaglio da stiva.",
            id="passengers-page-no-mail",
        ),
        pytest.param(
            "NL",
            "other",
            "Waarschuwing: oplader kan oververhit raken",
            "De fabrikant waarschuwt consumenten om de oplader niet meer te gebruiken. Stop direct "
            "met het gebruik en stuur het product niet in een gewone envelop terug.",
            id="nl-product-warning",
        ),
        pytest.param(
            "FI",
            "other",
            "Akku voi syttyä palamaan",
            "Tukes varoittaa kuluttajia: maahantuoja kutsuu takaisin laturit ja vetää ne pois "
            "myynnistä. Vaurioitunutta akkua ei saa lähettää postitse.",
            id="fi-product-recall",
        ),
        pytest.param(
            None,
            "other",
            "Arrêt de la Cour dans l'affaire C-12/25 : l'interdiction d'importer s'applique aussi "
            "aux colis",
            "Par son arrêt de ce jour, rendu sur renvoi préjudiciel, la Cour juge que "
            "l'interdiction d'exporter des montres de luxe vers la Russie vaut aussi pour les "
            "colis envoyés par des particuliers.",
            id="fr-preliminary-ruling",
        ),
        pytest.param(
            "US",
            "other",
            "Seminar: shipping controlled goods to Russia and Belarus",
            "Registration is now open for our two-day seminar on licensing requirements for Russia "
            "and Belarus. Fee: $400 per participant; continuing education credits available.",
            id="en-training-seminar",
        ),
    ],
)
def test_look_alikes_change_no_mail(
    origin: str | None, source_kind: str, title: str, text: str
) -> None:
    from monitor.classify import classify

    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert not got.relevant, got.evidence[:4]


def test_a_domestic_tariff_that_leaves_international_tariffs_out_is_no_change() -> None:
    from monitor.classify import classify

    got = classify(
        "Revision of Speed Post (Domestic) tariff",
        "The Department of Posts has revised the tariff of Speed Post (Domestic) with effect "
        "from 1 May. Documents up to 50 g: Rs. 45 plus GST. International Speed Post tariffs "
        "are not covered by this revision.",
        origin="IN",
        source_kind="postal",
    )
    assert not got.relevant, got.evidence[:4]


def test_hebrew_sending_will_not_be_possible_is_a_stop() -> None:
    _check(
        "הפסקת משלוחים לירדן",
        "דואר ישראל מודיע כי החל מיום ראשון, 3 במרץ, לא תתאפשר שליחת חבילות לירדן.",
        "IL",
        "postal",
        "suspension",
        ["JO"],
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Le service vers le Soudan est suspendu en raison des conflits armés.", id="fr-armes"
        ),
        pytest.param(
            "Se suspende el envío a Sudán por el conflicto armado en el país.", id="es-armado"
        ),
        pytest.param("Mail to Sudan is suspended because of the armed conflict.", id="en-armed"),
    ],
)
def test_an_armed_conflict_names_no_weapons(text: str) -> None:
    got = _check("Avis", text, "CA", "postal", "suspension", ["SD"])
    assert "weapons" not in got.categories


def test_a_stop_of_us_de_minimis_written_with_dots_is_a_duty_change() -> None:
    """The dots of 'U.S.' between the stop and its object end no sentence."""
    _check(
        "Global suspension of U.S. de minimis: what it means",
        "The duty-free de minimis exemption for shipments of USD 800 or less will be suspended "
        "for all countries from 29 August; shipments entering the United States will be subject "
        "to duties.",
        "US",
        "carrier",
        "duty_tax_change",
    )


# Guards from the review of 62e7974..889bd3a (each misread there)
@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "US",
            "postal",
            "USPS warns consumers of delays to Canada",
            "USPS warns consumers that mail to Canada will be delayed due to the Canada Post "
            "strike.",
            "delay",
            ["CA"],
            id="en-warns-consumers-of-a-delay",
        ),
        pytest.param(
            "AU",
            "customs",
            "Disposable vapes banned",
            "The Border Force warns consumers that from 1 March the importation of disposable "
            "vapes is prohibited. Vapes ordered online from overseas will be seized at the border. "
            "If you have vapes, stop using the product and see your doctor.",
            "prohibited_items",
            ["AU"],
            id="en-customs-ban-told-to-consumers",
        ),
        pytest.param(
            "PL",
            "postal",
            "Przesyłki do USA",
            "Od 29 sierpnia brak kompletnych elektronicznych danych celnych w przesyłkach do USA "
            "spowoduje ich zwrot do nadawcy.",
            "new_requirement",
            ["US"],
            id="pl-lack-of-data-is-the-rule-itself",
        ),
        pytest.param(
            "DE",
            "postal",
            "Pakete in die USA",
            "Ab 29. August werden Pakete in die USA bei fehlenden elektronischen Zolldaten an den "
            "Absender zurückgeschickt.",
            "new_requirement",
            ["US"],
            id="de-bei-fehlenden-zolldaten",
        ),
        pytest.param(
            "GB",
            "postal",
            "Notice",
            "Because of the airline's failure to provide cargo space mail to Tuvalu is suspended "
            "until further notice.",
            "suspension",
            ["TV"],
            id="en-an-airlines-failure-is-a-cause",
        ),
        pytest.param(
            "PL",
            "postal",
            "Nowy cennik od 1 stycznia",
            "Od 1 stycznia wzrastają opłaty za paczki do krajów spoza UE o 15%. Opłaty zagraniczne "
            "do krajów Unii pozostają bez zmian.",
            "duty_tax_change",
            None,
            id="pl-krajow-are-countries",
        ),
        pytest.param(
            "KR",
            "postal",
            "추석 명절 국제우편 접수 안내",
            "추석 명절 기간 동안 미국행 국제소포 접수를 일시 중단합니다.",
            "suspension",
            ["US"],
            id="ko-holiday-stop-to-a-place",
        ),
        pytest.param(
            "FI",
            "postal",
            "Lähetykset Israeliin",
            "Lähetysten vastaanoton keskeytys Israeliin jatkuu, koska lentoyhteydet on poistettu "
            "liikenteestä.",
            "suspension",
            ["IL"],
            id="fi-flights-removed-lift-nothing",
        ),
        pytest.param(
            "AU",
            "customs",
            "Duty Free limit for parcels",
            "From 1 July the Duty Free threshold for goods imported by post falls from AUD 1,000 "
            "to AUD 500. This does not change the allowances for duty free shopping at airports.",
            "duty_tax_change",
            ["AU"],
            id="en-duty-free-threshold-beside-shopping",
        ),
        pytest.param(
            "GR",
            "postal",
            "Νέα τιμολόγια ΕΛΤΑ",
            "Από 1 Ιανουαρίου αναπροσαρμόζονται τα τέλη εσωτερικού. Τα τέλη για αποστολές προς το "
            "εξωτερικό παραμένουν αμετάβλητα, εκτός από τα δέματα προς χώρες εκτός ΕΕ, για τα "
            "οποία το μέγιστο βάρος μειώνεται στα 20 κιλά.",
            "restriction",
            None,
            id="el-prices-abroad-kept-but-a-limit-falls",
        ),
        pytest.param(
            "BY",
            "postal",
            "Задержки",
            "Сроки доставки в Польшу и в другие страны Европейского союза могут увеличиться на 7 "
            "дней.",
            "delay",
            EU27,
            id="ru-i-v-drugie-strany",
        ),
        pytest.param(
            "FI",
            "postal",
            "Lähetykset Venäjälle",
            "Lähetyksiä Venäjälle ei 1.4.2022 alkaen enää kuljeteta.",
            "suspension",
            ["RU"],
            id="fi-passive-ei-enaa-kuljeteta",
        ),
        pytest.param(
            "FI",
            "postal",
            "Lähetykset Venäjälle",
            "Emme enää vastaanota lähetyksiä Venäjälle 1.4.2022 alkaen.",
            "suspension",
            ["RU"],
            id="fi-emme-enaa-vastaanota",
        ),
    ],
)
def test_review_guards_of_changes(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str] | None
) -> None:
    got = _check(title, text, origin, source_kind, kind, codes)
    assert got.relevant


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        pytest.param(
            "BY",
            "Новые тарифы",
            "С 1 марта сроки доставки международных отправлений в Германию, Польшу и Литву не "
            "изменятся, однако тарифы на пересылку увеличатся на 7%.",
            id="ru-times-kept-prices-grow",
        ),
        pytest.param(
            "RU",
            "Отправления в Китай",
            "Сроки доставки отправлений в Китай сократились до 12 дней, а количество принимаемых "
            "посылок увеличилось вдвое.",
            id="ru-times-shorter-volumes-grow",
        ),
        pytest.param(
            "FI",
            "Saapumisilmoitukset muuttuvat",
            "Posti ei 1.3.2024 alkaen enää lähetä paperisia saapumisilmoituksia ulkomailta "
            "saapuvista paketeista. Ilmoitus tulee jatkossa tekstiviestinä.",
            id="fi-paper-notices-stop",
        ),
        pytest.param(
            "NL",
            "Uiterste aanlevertijden",
            "Pakketten naar het buitenland die na 15.00 uur worden aangeboden, kunnen niet meer "
            "dezelfde dag verstuurd worden. Ze gaan de volgende werkdag mee.",
            id="nl-not-the-same-day",
        ),
        pytest.param(
            "FR",
            "Dédouanement : délais prolongés",
            "Pour les colis en provenance de pays hors UE, le délai pour payer les droits est "
            "prolongé de 10 à 21 jours. Délais prolongés également pour retirer les colis en "
            "bureau de poste.",
            id="fr-more-time-to-pay-and-collect",
        ),
    ],
)
def test_review_guards_of_no_delay_or_stop(origin: str, title: str, text: str) -> None:
    from monitor.classify import classify

    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.change_kind not in ("delay", "suspension"), got.evidence[:4]


def test_the_exchange_office_is_no_exchange_with_a_place() -> None:
    """'У місці міжнародного поштового обміну посилки з Польщі': mail from Poland."""
    from monitor.classify import classify

    got = classify(
        "Затримки",
        "У місці міжнародного поштового обміну посилки з Польщі затримуються на 5 днів.",
        origin="UA",
        source_kind="postal",
    )
    assert "PL" not in got.destinations, got.evidence[:4]


def test_french_delivery_times_lengthened_past_a_list_of_mail() -> None:
    _check(
        "Acheminement des envois à destination du Togo",
        "Les délais de livraison des lettres, colis postaux et envois EMS à destination du Togo "
        "sont allongés de dix (10) jours.",
        "NE",
        "postal",
        "delay",
        ["TG"],
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Suite aux informations relayées sur certains réseaux sociaux faisant état d'une "
            "suspension des envois vers la Libye, La Poste tient à préciser que les envois vers la "
            "Libye se poursuivent normalement.",
            "informational",
            id="fr-a-rumoured-stop-denied",
        ),
        pytest.param(
            "La Poste tient à préciser que les colis à destination de la Libye sont suspendus à "
            "partir du 1er mars.",
            "suspension",
            id="fr-a-stop-made-clear",
        ),
    ],
)
def test_french_rumour_and_clarification(text: str, kind: str) -> None:
    _check("Mise au point", text, "TN", "postal", kind, ["LY"])


def test_strikes_in_other_countries_are_no_destinations() -> None:
    """'во Франции и в других странах ЕС' says where strikes are, not where mail goes."""
    from monitor.classify import classify

    got = classify(
        "Задержки в Германию",
        "Посылки в Германию задерживаются из-за забастовок во Франции и в других странах ЕС.",
        origin="RU",
        source_kind="postal",
    )
    assert got.change_kind == "delay"
    assert len(got.destinations) < 5, got.destinations


def test_portuguese_no_suspension_expected_is_an_all_clear() -> None:
    _check(
        "Greve nos correios da Espanha",
        "As encomendas com destino à Espanha continuam sendo aceitas normalmente e não há "
        "previsão de suspensão.",
        "BR",
        "postal",
        "informational",
        ["ES"],
    )


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        pytest.param(
            "RU",
            "Доставка в Китай быстрее",
            "Сроки доставки посылок в Китай сокращены до 10 дней, что стало возможным благодаря "
            "увеличению числа рейсов.",
            id="ru-times-shortened",
        ),
        pytest.param(
            "FR",
            "Fêtes de fin d'année",
            "Pendant les fêtes, les délais de livraison habituels sont maintenus et les horaires "
            "d'ouverture de nos bureaux sont prolongés de deux heures.",
            id="fr-opening-hours-extended",
        ),
        pytest.param(
            "FI",
            "Kirjeiden jakelu muuttuu",
            "Kirjeitä ei enää toimiteta tiistaisin ja torstaisin 1.6. alkaen.",
            id="fi-delivery-days",
        ),
        pytest.param(
            "TH",
            "New fuel surcharge for EMS Domestic",
            "From 1 March, a fuel surcharge of 3% applies to EMS Domestic and registered domestic "
            "parcels. International rates remain unchanged.",
            id="en-ems-domestic",
        ),
        pytest.param(
            "NL",
            "Wijziging ophaaltijden",
            "Pakketten die na 15.00 uur worden aangeboden, kunnen niet meer dezelfde werkdag naar "
            "het buitenland verzonden worden.",
            id="nl-not-the-same-working-day",
        ),
    ],
)
def test_third_review_guards_of_no_news(origin: str, title: str, text: str) -> None:
    from monitor.classify import classify

    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.change_kind not in ("delay", "suspension", "duty_tax_change"), got.evidence[:4]
