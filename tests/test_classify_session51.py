"""Causes found in session 51, each with sentences of our own.

Vietnamese words fold to other languages' words ("bán", to sell, and "bạn", you, to "ban"): in
Vietnamese text a phrase written in plain letters is read only where the text writes it so. A
status list that says of one entry "No change since our last update." keeps that entry as it
was. A page whose last-update line says the rules did not change restates them. Flights that
will resume are no resumption of mail. Names of the EU, the Gulf states and Laos in Persian,
Hindi and Vietnamese; Kazakh resumptions and delays; Hebrew "continues as usual"; the post
office's app; Chinese seizure releases; "accepted only with electronic data" as a requirement;
"No documents or parcels will be accepted" as a stop of both."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU27 = sorted(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)
GCC = ["AE", "BH", "KW", "OM", "QA", "SA"]


def test_vietnamese_words_are_not_english_ones() -> None:
    # "bán đảo" (peninsula) and "Bạn" (you) hold no English "ban"
    got = classify(
        "Bưu gửi đi Hàn Quốc vẫn được chấp nhận bình thường",
        "Sau cơn bão tại bán đảo Triều Tiên, việc chấp nhận bưu gửi quốc tế đi Hàn Quốc vẫn diễn "
        "ra bình thường. Bạn có thể gửi hàng như thường lệ.",
        origin="VN",
        source_kind="postal",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["KR"]


def test_vietnamese_ban_written_in_vietnamese_still_counts() -> None:
    got = classify(
        "Cấm gửi pin lithium đi Hàn Quốc",
        "Từ ngày 1/4, cấm gửi pin lithium rời trong bưu gửi đi Hàn Quốc.",
        origin="VN",
        source_kind="postal",
    )
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["KR"]
    assert got.categories == ["lithium_batteries"]


def test_laos_in_vietnamese_but_not_the_province_lao_cai() -> None:
    got = classify(
        "Tạm ngừng chấp nhận bưu gửi đi Lào",
        "Từ ngày 3/5, Bưu điện Việt Nam tạm ngừng chấp nhận bưu gửi đi Lào. Bưu gửi trong nước "
        "tới Lào Cai, Yên Bái và Hà Giang vẫn được chấp nhận.",
        origin="VN",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["LA"]


STATUS_LIST = (
    "Mail going abroad: check this list before you post.\n\n"
    "Norway - NEW\nUpdated 4 May 2026\nA strike at Posten Norge means items to Norway will be "
    "delayed by up to a week.\n\n"
    "Chile\nUpdated 2 April 2026\nItems to Chile continue to take longer than usual. No change "
    "since our last update.\n\n"
    "Ghana\nUpdated 1 March 2026\nDelivery times to Ghana remain longer than normal. No change."
)


def test_status_list_entries_without_change_are_not_destinations() -> None:
    got = classify("Destination updates", STATUS_LIST, origin="IE", source_kind="postal")
    assert got.destinations == ["NO"]


def test_no_change_of_another_entry_leaves_the_news_in_one_paragraph() -> None:
    # one block of text: the suspension names Peru as news, whatever follows
    got = classify(
        "Parcels to Chile and Peru",
        "Mail to Chile and Peru is suspended from 3 May 2026 because of the earthquake. "
        "Items to Ghana: no change.",
        origin="IE",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["CL", "PE"]


GIFTS = (
    "Gifts worth more than 50 euros from outside the country pay import VAT at 20%. Gifts of 50 "
    "euros or less pay nothing.\n\n"
)


def test_update_line_saying_the_rules_did_not_change() -> None:
    got = classify(
        "Import VAT on gifts: what you pay",
        GIFTS + "Last updated: 2 February 2026 - we rewrote the examples; there are no changes "
        "to the rules.",
        origin="IE",
        source_kind="customs",
    )
    assert got.change_kind == "informational"


def test_update_line_with_a_change_after_but() -> None:
    got = classify(
        "Import VAT on gifts: what you pay",
        GIFTS + "Last updated: 2 February 2026 - there are no changes to the rules, but from 1 "
        "July 2026 the limit for gifts falls to 30 euros.",
        origin="IE",
        source_kind="customs",
    )
    assert got.change_kind == "duty_tax_change"


def test_persian_delay_until_flights_resume() -> None:
    got = classify(
        "تأخیر در ارسال مرسولات به ترکیه",
        "به دلیل لغو پروازها، ارسال مرسولات پستی به ترکیه با تأخیر انجام خواهد شد و مرسولات پس از "
        "ازسرگیری پروازها ارسال می‌شوند.",
        origin="IR",
        source_kind="postal",
    )
    assert got.change_kind == "delay"
    assert got.destinations == ["TR"]


def test_english_delay_once_flights_resume() -> None:
    got = classify(
        "Delays to mail for Cyprus",
        "Mail to Cyprus will be delayed because flights are cancelled. Once flights resume, "
        "items will be dispatched in order.",
        origin="GB",
        source_kind="postal",
    )
    assert got.change_kind == "delay"


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (
            "Түркияға сәлемдемелерді қабылдау қайта басталады",
            "«Қазпошта» АҚ 1 наурыздан бастап Түркияға сәлемдемелерді қабылдау қайта "
            "басталатынын хабарлайды.",
            "resumption",
        ),
        (
            "Түркияға жеткізу мерзімі ұзаруы мүмкін",
            "Түркияға жіберілетін сәлемдемелерді жеткізу мерзімі 10 жұмыс күніне ұзаруы мүмкін.",
            "delay",
        ),
    ],
)
def test_kazakh_resumption_and_delay(title: str, body: str, kind: str) -> None:
    got = classify(title, body, origin="KZ", source_kind="postal")
    assert got.change_kind == kind
    assert got.destinations == ["TR"]


def test_hebrew_mail_abroad_continues_as_usual() -> None:
    got = classify(
        'עדכון: הדואר לחו"ל ממשיך לפעול כסדרו',
        'בעקבות השביתה בנמל, אנו מעדכנים כי שירותי הדואר לחו"ל ממשיכים לפעול כסדרם: ניתן לשלוח '
        "חבילות לכל היעדים.",
        origin="IL",
        source_kind="postal",
    )
    assert got.relevant
    assert got.change_kind == "informational"


def test_persian_name_of_the_eu() -> None:
    got = classify(
        "ممنوعیت ارسال عطر به کشورهای اتحادیه اروپا",
        "از تاریخ ۱ اسفند ارسال عطر در مرسولات پستی به مقصد کشورهای عضو اتحادیه اروپا ممنوع است.",
        origin="IR",
        source_kind="postal",
    )
    assert got.destinations == EU27
    assert got.categories == ["perfumes_cosmetics"]


def test_hindi_name_of_the_gulf_cooperation_council() -> None:
    got = classify(
        "खाड़ी सहयोग परिषद देशों को पार्सल पर प्रतिबंध",
        "दिनांक 01.05.2026 से खाड़ी सहयोग परिषद देशों को भेजे जाने वाले पार्सलों में ई-सिगरेट "
        "स्वीकार नहीं की जाएँगी।",
        origin="IN",
        source_kind="postal",
    )
    assert got.destinations == GCC


def test_post_office_app_paused_is_no_stop_of_mail() -> None:
    got = classify(
        "郵便局アプリのバージョンアップに伴うサービスの一時停止について",
        "郵便局アプリを新しいバージョンに更新いたします。海外の配達状況（中国、米国など）を詳しく表示"
        "します。\n更新作業に伴い、2026年5月10日午前1時から午前5時まで、アプリの全サービスを"
        "一時停止いたします。",
        origin="JP",
        source_kind="postal",
    )
    assert not got.relevant


def test_chinese_release_on_a_cracked_smuggling_case() -> None:
    got = classify(
        "某海关破获利用邮递渠道走私电子烟案",
        "近日，某海关查获通过国际邮件渠道走私入境的电子烟2万支，来自越南的冻品100吨。目前，涉案的一家"
        "报关企业已被暂停报关业务资格，案件正在进一步侦办中。",
        origin="CN",
        source_kind="customs",
    )
    assert not got.relevant


def test_figures_against_the_same_period_last_year_in_persian() -> None:
    got = classify(
        "تجارت خارجی در شش ماهه نخست",
        "صادرات برق به عراق که نسبت به مدت مشابه سال گذشته ۵ درصد افزایش یافته بود، به مدت سه روز "
        "متوقف شد.",
        origin="IR",
        source_kind="customs",
    )
    assert not got.relevant


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "New rules for parcels to Kazakhstan",
            "From 1 June 2026, parcels to Kazakhstan are accepted only with electronic customs "
            "data.",
        ),
        (
            "Посылки в Казахстан",
            "С 1 июня 2026 года посылки в Казахстан принимаются только при наличии электронной "
            "информации о вложении.",
        ),
    ],
)
def test_accepted_only_with_electronic_data_is_a_requirement(title: str, body: str) -> None:
    got = classify(title, body, origin="RU", source_kind="postal")
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["KZ"]


def test_accepted_only_up_to_a_weight_stays_a_restriction() -> None:
    got = classify(
        "Посылки в Казахстан",
        "С 1 июня 2026 года посылки в Казахстан принимаются только весом до 2 кг.",
        origin="RU",
        source_kind="postal",
    )
    assert got.change_kind == "restriction"


def test_no_documents_or_parcels_accepted_stops_both() -> None:
    got = classify(
        "Haiti: suspension of service",
        "We have suspended all service to Haiti. No documents or parcels for Haiti will be "
        "accepted until further notice.",
        origin="US",
        source_kind="carrier",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["HT"]
    assert got.categories == ["all_goods", "documents"]


def test_museum_exhibition_on_wartime_mail_is_irrelevant() -> None:
    got = classify(
        "New exhibition: Post in the Great War",
        "The exhibition opens on 3 June 2026. In August 1914 mail to Germany and Austria was "
        "suspended overnight, and letters to prisoners went through Switzerland.\n\n"
        "Plan your visit: open daily 10 a.m. to 5 p.m.",
        origin="GB",
        source_kind="postal",
    )
    assert not got.relevant


STATUS_PAGE = (
    "Service alerts\n\nInternational\nThere are no international service disruptions at this "
    "time.\n\nU.S. domestic\nWinter storm - Central Plains\nSevere winter weather is affecting "
    "pickup and delivery in parts of Kansas and Missouri. Some shipments may be delayed."
)


def test_status_page_with_only_domestic_delays_is_irrelevant() -> None:
    got = classify("Service alerts", STATUS_PAGE, origin="US", source_kind="carrier")
    assert not got.relevant


def test_international_section_after_a_domestic_one_still_counts() -> None:
    got = classify(
        "Service alerts",
        "Domestic\nSnow is delaying deliveries in parts of Scotland.\n\nInternational\nMail to "
        "Canada is suspended until further notice because of a strike.",
        origin="GB",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["CA"]


def test_a_place_abroad_under_a_domestic_heading_still_counts() -> None:
    got = classify(
        "Service update",
        "Inland mail\nDeliveries on the islands are delayed by a day.\nParcels to Israel are "
        "suspended until further notice.",
        origin="GB",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["IL"]


def test_english_notice_naming_vietnamese_places_keeps_its_words() -> None:
    got = classify(
        "Service update: Vietnam",
        "Because of flooding in Hà Nội and Đà Nẵng, we can\u2019t ship items to Vietnam for now. "
        "Items to Vietnam cannot\u00a0be accepted until further notice.",
        origin="SG",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["VN"]


def test_a_subject_saying_no_change_is_no_unchanged_entry() -> None:
    got = classify(
        "Service updates",
        "Moldova\nParcels to Moldova are delayed by up to a week.\n\nUkraine\nAll parcels to "
        "Ukraine are suspended from today. Opening hours: no change.",
        origin="RO",
        source_kind="postal",
    )
    assert "UA" in got.destinations


@pytest.mark.parametrize(
    "body",
    [
        "Land | Status\nNorway | Suspended from 3 May 2026 | New\nSweden | Delays of two days "
        "| Unchanged",
        "Norway - suspended from 3 May 2026 (new)\n\nSweden - delays of two days (unchanged since "
        "4 March 2026)",
        "Norway\nNew 2 May 2026\nParcels to Norway are suspended from 3 May 2026.\n\nSweden\nLast "
        "changed 4 March 2026 \u2013 no change\nItems to Sweden take two days longer.",
    ],
)
def test_rows_and_entries_marked_unchanged_are_not_destinations(body: str) -> None:
    got = classify("International service updates", body, origin="DK", source_kind="postal")
    assert got.destinations == ["NO"]


def test_update_line_beside_a_dated_stop_is_no_restatement() -> None:
    got = classify(
        "Sending to the USA",
        "Last updated 20 August 2026: no changes to the rules for letters.\n\nFrom 29 August "
        "2026, we can no longer accept parcels containing goods to the USA.",
        origin="GB",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"


def test_a_resumption_told_after_once_is_one() -> None:
    got = classify(
        "Mail to Israel",
        "Once the strike ended, we resumed acceptance of items to Israel on 2 May. Items may "
        "take a few days longer than usual.",
        origin="GB",
        source_kind="postal",
    )
    assert got.change_kind == "resumption"


def test_persian_sentences_end_at_their_full_stop() -> None:
    # the figures compared with last year are the next sentence, not the stop's
    got = classify(
        "اطلاعیه",
        "ارسال بسته‌های پستی به ترکیه از امروز به حالت تعلیق درآمد. تعداد مرسولات ارسالی نسبت به "
        "مدت مشابه سال گذشته ۲۰ درصد افزایش یافته بود.",
        origin="IR",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["TR"]


def test_chinese_seizure_title_over_a_ban_from_today() -> None:
    got = classify(
        "海关破获走私电子烟案",
        "海关近日破获一起走私电子烟案件。电子烟已被列入禁止邮寄进境物品名录，自即日起通过邮寄渠道进境的"
        "电子烟一律退运。",
        origin="CN",
        source_kind="customs",
    )
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["CN"]


def test_a_stop_of_shipments_to_a_place_through_the_app_is_a_stop() -> None:
    got = classify(
        "郵便局アプリでの米国宛て発送の受付停止",
        "8月27日から、郵便局アプリでの米国宛ての発送の受付を停止します。",
        origin="JP",
        source_kind="postal",
    )
    assert got.relevant
    assert got.destinations == ["US"]


@pytest.mark.parametrize(
    "body",
    [
        "From 1 April 2026, parcels to Norway are accepted only with electronic customs data and "
        "a maximum value of 300 EUR.",
        "From 1 April 2026, parcels to Norway are accepted only via our express service with "
        "electronic customs data.",
        "From 1 April 2026, parcels to Norway are accepted only from business customers with an "
        "electronic customs declaration.",
    ],
)
def test_papers_beside_another_condition_stay_a_restriction(body: str) -> None:
    got = classify("Parcels to Norway", body, origin="SE", source_kind="postal")
    assert got.change_kind == "restriction"


def test_none_accepted_but_letters_as_normal_keeps_letters_out() -> None:
    got = classify(
        "Israel: parcels suspended",
        "No parcels for Israel will be accepted from today, but letters are still accepted as "
        "normal.",
        origin="GB",
        source_kind="postal",
    )
    assert got.categories == ["all_goods"]


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Yemen: mail service update",
            "No letters, documents or parcels for Yemen will be accepted from today.",
            "GB",
        ),
        (
            "Envíos a Israel",
            "Ningún paquete con destino a Israel será admitido desde hoy.",
            "ES",
        ),
        (
            "Spedizioni verso Israele",
            "Nessun pacco per Israele sarà accettato da oggi.",
            "IT",
        ),
    ],
)
def test_none_will_be_accepted_is_a_stop(title: str, body: str, origin: str) -> None:
    got = classify(title, body, origin=origin, source_kind="postal")
    assert got.change_kind == "suspension"


def test_editorial_rows_of_a_table_of_bans_are_no_destinations() -> None:
    got = classify(
        "Änderungen der Einfuhrbestimmungen",
        "Land | Änderung | Art\nIndien | Einfuhr von E-Zigaretten ist ab sofort verboten | neues "
        "Verbot\nJapan | Landesname angepasst | redaktionell\nSchweiz | keine Änderung | –",
        origin="DE",
        source_kind="postal",
    )
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["IN"]


def test_a_mark_on_the_entry_heading_covers_its_lines() -> None:
    got = classify(
        "Service alerts",
        "United Kingdom (new, 16 March 2026)\nFrom 6 April 2026, all items containing goods to "
        "the United Kingdom must include the HS code of each item.\n\nUnited States (no "
        "change)\nItems containing goods to the U.S. must have complete electronic customs "
        "data.",
        origin="CA",
        source_kind="postal",
    )
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["GB"]


def test_every_entry_of_the_newest_day_is_news() -> None:
    got = classify(
        "International service updates",
        "Entries are listed by date.\n\n"
        "9 March 2026 – NEW – Mali\nWe have temporarily stopped accepting all mail addressed to "
        "Mali.\n\n"
        "9 March 2026 – NEW – Chad\nWe have paused acceptance of parcels to Chad.\n\n"
        "14 January 2026 – NO CHANGE – Myanmar\nWe are still unable to accept any items to "
        "Myanmar.",
        origin="AU",
        source_kind="postal",
    )
    assert got.destinations == ["ML", "TD"]


def test_none_accepted_after_a_time_of_day_is_no_stop() -> None:
    got = classify(
        "Christmas opening hours",
        "On 24 December our branches close at 1 pm. No parcels for Christmas delivery will be "
        "accepted after 12 noon on 23 December.",
        origin="GB",
        source_kind="postal",
    )
    assert not got.relevant


@pytest.mark.parametrize(
    "body",
    [
        "A partir del 1 de julio de 2026, las plantas a Chile solo se aceptan acompañadas de un "
        "certificado fitosanitario.",
        "Plants to Chile are accepted only with a phytosanitary certificate from 1 July 2026.",
    ],
)
def test_papers_with_of_or_a_date_after_them_stay_a_requirement(body: str) -> None:
    got = classify("Plantas / Plants", body, origin="ES", source_kind="postal")
    assert got.change_kind == "new_requirement"


def test_a_place_heading_ends_the_domestic_section() -> None:
    got = classify(
        "Service alerts",
        "U.S. Domestic\nWinter storm: some shipments may be delayed in Kansas.\n\nCanada\nBecause "
        "of a strike, all shipments are suspended until further notice.",
        origin="US",
        source_kind="carrier",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["CA"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Malaysia - no change since 3 March\nPeru - all mail suspended from 3 May 2026.", "PE"),
        (
            "Malaysia (no change)\nChile: items to Chile may be delayed by a week from 3 May 2026.",
            "CL",
        ),
    ],
)
def test_a_mark_stays_with_its_own_place(body: str, code: str) -> None:
    got = classify("Destination updates", body, origin="MY", source_kind="postal")
    assert code in got.destinations


def test_parcel_lockers_abroad_suspended_still_count() -> None:
    got = classify(
        "Paczkomaty",
        "Paczkomaty na Ukrainie są zawieszone od 3 maja 2026.",
        origin="PL",
        source_kind="postal",
    )
    assert got.relevant


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Вакансія: оператор сортування міжнародних відправлень",
            "Обов'язки: сортування відправлень до країн ЄС, США та Канади, перевірка митних "
            "декларацій CN22 і CN23. Вимоги: досвід роботи від одного року.",
            "UA",
        ),
        (
            "郵便局で販売したモバイルバッテリーの自主回収のお知らせ",
            "郵便局で販売したモバイルバッテリーに発火のおそれがあるため、自主回収を行います。リチウム電池"
            "を内蔵した製品は国際郵便で差し出すことはできません。",
            "JP",
        ),
        (
            "A Kúria helybenhagyta a GVH bírságát",
            "A Kúria helybenhagyta a GVH 2025-ban kiszabott bírságát egy webáruház vámmentes "
            "szállításról szóló hirdetései miatt; a vásárlóknak áfát kellett fizetniük.",
            "HU",
        ),
    ],
)
def test_job_recall_and_ruling_are_irrelevant(title: str, body: str, origin: str) -> None:
    got = classify(title, body, origin=origin, source_kind="postal")
    assert not got.relevant


def test_a_hungarian_case_ending_is_no_ban_but_a_ban_still_is() -> None:
    ending = classify(
        "Tájékoztató",
        "2026-ban a GVH-ban vizsgálták a csomagok ügyét.",
        origin="HU",
        source_kind="postal",
    )
    assert ending.change_kind != "prohibited_items"
    ban = classify(
        "Import ban",
        "From 1 March 2026, the e-cigarette ban applies to parcels to Hungary.",
        origin="GB",
        source_kind="postal",
    )
    assert ban.change_kind == "prohibited_items"
