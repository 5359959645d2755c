"""Causes found in session 13, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    "tail",
    [
        "Letters and documents aren't affected.",
        "Letters and postcards won't be affected.",
        "Letter mail isn't impacted by this limit.",
    ],
)
def test_letters_said_unaffected_in_a_contraction_are_left_out(tail):
    result = classify(
        "Fiji: parcel weight limit",
        f"From 3 March, parcels to Fiji must not weigh more than 5 kg. {tail}",
    )
    assert result.destinations == ["FJ"]
    assert result.categories == ["all_goods"]


def test_letters_affected_without_a_contraction_still_count():
    """The guard: a notice that stops letters too keeps documents."""
    result = classify(
        "Fiji: service suspended",
        "From 3 March, letters and parcels to Fiji cannot be accepted.",
    )
    assert result.categories == ["all_goods", "documents"]


@pytest.mark.parametrize(
    "menu",
    [
        "Acme Post | Letters | Parcels | Track | Help",
        "Privatkunden | Briefe | Pakete | Sendungsverfolgung | Hilfe",
        "Home | Letters & postcards | Business | Sign in",
    ],
)
def test_a_sites_menu_bar_names_no_goods(menu):
    """A page's menu ("Letters | Parcels | Business") links to the site's sections: a notice
    that stops parcels to Chile under it does not stop letters, nor concern business senders."""
    result = classify(
        "Chile: parcels not accepted",
        f"{menu}\nHome > Service notices\n\n"
        "Because of the flooding at the airport of Santiago we can no longer accept parcels "
        "to Chile until further notice.",
    )
    assert result.destinations == ["CL"]
    assert result.categories == ["all_goods"]


def test_a_table_row_with_pipes_is_no_menu():
    """The guard: the header of a table of services keeps its words, as the rows under it do."""
    result = classify(
        "Chile: service changes",
        "Service | Letters | Parcels | Express\n"
        "Chile | suspended | suspended | suspended\n\n"
        "From 3 March no mail can be sent to Chile.",
    )
    assert result.destinations == ["CL"]
    assert "documents" in result.categories


def test_a_sentence_with_pipes_in_the_body_is_no_menu():
    """A line of long cells further down the page is content, not the menu bar."""
    result = classify(
        "Chile: letters suspended",
        "Notice of 3 March\n\nWe have news.\n\nAbout Chile:\n"
        "Letters to Chile cannot be accepted | Parcels go on as usual | Express goes on\n",
    )
    assert "documents" in result.categories


def test_a_job_advertisement_full_of_customs_words_is_irrelevant():
    """Three different words of a job posting in the body ("Job ID", "What you'll do",
    "Apply now") make it one, whatever duties and tariffs its tasks name."""
    result = classify(
        "Import Officer - Acme Freight, Auckland",
        "Import Officer\nJob ID: 55-1234 | Posted: 3 March 2026\n\n"
        "What you'll do\n- Work out duty and GST on imported goods\n"
        "- Classify goods under the tariff and clear parcels held by customs\n"
        "- Handle shipments with lithium batteries\n\nApply now.",
    )
    assert not result.relevant


def test_one_word_of_a_job_does_not_hide_a_change():
    """The guard: a notice that names the careers page once still announces its change."""
    result = classify(
        "Duty on parcels to Norway",
        "From 1 April 2026 Norway charges import duty on all parcels, whatever their value. "
        "Looking for a job? See our careers page.",
    )
    assert result.relevant
    assert result.change_kind == "duty_tax_change"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "海关总署：前三季度跨境电商进出口增长8.2%",
            "据海关统计，前三季度我国跨境电商进出口1.1万亿元，同比增长8.2%。\n\n"
            "从贸易伙伴看，对东盟出口增长10.1%；受有关国家关税政策调整影响，对加拿大出口下降3.1%。\n\n"
            "全国海关共监管进出境邮件、快件约20亿件。",
        ),
        (
            "Parcel volumes up 8% year on year",
            "Cross-border parcel volumes rose 8% year on year in the third quarter. Exports to "
            "some markets fell, as tariffs changed, by 3% year on year.",
        ),
    ],
)
def test_a_trade_statistics_release_is_irrelevant(title, text):
    """Figures compared year on year name tariffs as a cause of a trend, not as a change for
    senders."""
    assert not classify(title, text).relevant


def test_a_change_beside_one_year_on_year_figure_still_counts():
    result = classify(
        "Delays to Chile",
        "Because parcel volumes are up 40% year on year, parcels to Chile are delayed by up to "
        "five days.",
    )
    assert result.relevant
    assert result.change_kind == "delay"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "リチウム電池を含む郵便物のお取扱いについて（ご案内）",
            "米国あての国際郵便でリチウム電池を送る際のご注意をお知らせします。"
            "取扱いに変更はありません。機器に組み込まれた電池のみ送ることができます。",
        ),
        (
            "关于寄往美国邮件中锂电池的提示",
            "现就寄往美国的国际邮件中锂电池的寄递作如下提示：现行规定保持不变，"
            "仅可寄递安装在设备中的锂电池。",
        ),
    ],
)
def test_a_reminder_that_says_the_rules_are_unchanged_in_japanese_or_chinese(title, text):
    """ "取扱いに変更はありません" / "现行规定保持不变": the rules are kept; the notice reminds
    of them (as "the rules have not changed" does in English)."""
    result = classify(title, text)
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["US"]


_SEASONAL_REMINDER = """Acme Customs reminds shoppers that goods bought online from overseas may \
attract duty and GST, and that some goods cannot be imported at all. The busiest weeks at the \
mail centre are in December, and parcels that need an inspection take longer than usual then.

There are no changes to the rules this year. Here is a summary.

Goods over NZ$1,000
Customs collects GST and duty on goods valued over NZ$1,000.

Restricted and prohibited goods
- Weapons such as flick knives are prohibited.
- Seeds need an import permit."""


def test_a_summary_of_unchanged_rules_after_the_lead_is_a_reminder():
    """ "There are no changes to the rules this year. Here is a summary.": what follows restates
    standing rules (a prohibited-goods list among them), so nothing there is news."""
    title = "Shopping online this winter? Here's what you need to know"
    result = classify(title, _SEASONAL_REMINDER)
    assert result.change_kind == "informational"


def test_a_change_before_the_summary_is_still_news():
    """The guard: a stop announced in the lead stays the news."""
    text = _SEASONAL_REMINDER.replace(
        "Acme Customs reminds",
        "From 1 December 2026 parcels to Samoa can no longer be accepted. Acme Customs reminds",
    )
    result = classify("Shopping online this winter? Here's what you need to know", text)
    assert result.relevant
    assert result.change_kind != "informational"
    assert "WS" in result.destinations


def test_post_offices_reopened_beside_normal_service_is_no_resumption():
    """Local post offices opening again after a quake are opening hours, not mail to a place
    that resumes: the notice says international mail runs as normal."""
    result = classify(
        "International mail operating normally after the earthquake",
        "Following the earthquake this morning, our mail centres are undamaged, and acceptance "
        "and delivery of international mail continue as normal. Post offices in the county "
        "reopened in the afternoon after safety checks.",
    )
    assert result.relevant
    assert result.change_kind == "informational"


def test_mail_to_a_place_accepted_again_is_still_a_resumption():
    result = classify(
        "Mail to Chile resumes",
        "Post offices in Santiago reopened, and mail to Chile is accepted again from today.",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["CL"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Maldives: energy drinks banned",
            "From 1 May 2026 energy drinks may no longer be sent to the Maldives.",
        ),
        (
            "Мальдивы: запрет на ввоз",
            "С 1 мая 2026 года на Мальдивы запрещён ввоз энергетических напитков.",
        ),
        (
            "Malediven: Einfuhrverbot",
            "Ab dem 1. Mai 2026 ist die Einfuhr von Energydrinks auf die Malediven verboten.",
        ),
    ],
)
def test_energy_drinks_are_food(title, text):
    result = classify(title, text)
    assert result.destinations == ["MV"]
    assert result.categories == ["food"]


@pytest.mark.parametrize(
    "text",
    [
        "Wegen eines neuen Einfuhrverbots nehmen wir Sendungen mit E-Zigaretten nach Vietnam "
        "nicht mehr an, auch wenn sie als Geschenk deklariert sind.",
        "Because of a new import ban we no longer accept items with e-cigarettes for Vietnam, "
        "even when they are declared as a gift.",
        "En raison d'une nouvelle interdiction, nous n'acceptons plus les envois contenant des "
        "cigarettes électroniques pour le Vietnam, même si ils sont déclarés comme cadeau.",
    ],
)
def test_a_ban_that_holds_even_for_gifts_is_not_about_gifts(text):
    """ "even if declared as a gift" widens the ban to gifts; it does not narrow it to them."""
    result = classify("Vietnam: e-cigarettes", text)
    assert result.destinations == ["VN"]
    assert result.categories == ["tobacco_vapes"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "IVA a compras internacionales desde el 1 de marzo",
            "A partir del 1 de marzo de 2027, todas las importaciones de bienes de hasta US$50 "
            "que lleguen a Chile por correo pagarán IVA de 19%.\n\n¿Qué no cambia?\n"
            "- Los documentos y la correspondencia sin valor comercial no pagan IVA.\n"
            "- Los plazos de entrega se mantienen.",
        ),
        (
            "VAT on low-value goods to Chile",
            "From 1 March 2027, VAT of 19% applies to all goods imported into Chile by post. "
            "Documents do not pay VAT.",
        ),
    ],
)
def test_documents_that_pay_no_tax_are_left_out_of_a_tax_change(title, text):
    result = classify(title, text)
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["CL"]
    assert result.categories == ["all_goods"]


@pytest.mark.parametrize(
    ("title", "text", "categories"),
    [
        (
            "防范非洲猪瘟",
            "为防范非洲猪瘟，动植物检疫部门提醒：自2026年3月1日起，禁止在寄往日本的国际邮件中"
            "夹带猪肉制品。",
            ["food"],
        ),
        (
            "关于墨西哥调整综合税率的通知",
            "自2026年1月1日起，寄往墨西哥的跨境电商商品综合税率由19%调整为33.5%。",
            ["commercial_goods"],
        ),
    ],
)
def test_chinese_agency_names_and_e_commerce(title, text, categories):
    """ "动植物检疫" is an agency's name, no plants sent; "跨境电商" (cross-border e-commerce)
    scopes a change to sales, as "e-commerce" does."""
    assert classify(title, text).categories == categories


@pytest.mark.parametrize(
    "text",
    [
        "近年自越南、中國大陸及泰國寄入之郵包中查獲違規肉品最多。"
        "自2026年3月1日起，寄往日本之國際郵件禁止夾帶豬肉產品。",
        "自2026年3月1日起，寄往日本的国际邮件不得夹带猪肉制品。",
    ],
)
def test_chinese_origins_and_must_not_carry(text):
    """ "中國大陸" (mainland China) is China, so the list of origins it stands in holds
    together; "不得夹带" (must not contain) bans goods."""
    result = classify("豬肉產品", text)
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["JP"]
    assert result.categories == ["food"]


def test_korean_common_name_of_australia():
    """ "호주" is what Korean notices call Australia (CLDR has only "오스트레일리아");
    "호주행" is Australia-bound."""
    result = classify(
        "호주행 EMS 접수 중량 제한 안내",
        "2026년 4월 7일 접수분부터 호주행 EMS의 최대 접수 중량을 30kg에서 20kg으로 제한합니다.",
    )
    assert result.change_kind == "restriction"
    assert result.destinations == ["AU"]


@pytest.mark.parametrize(
    "text",
    [
        "受国际航班减班影响，寄往澳大利亚的国际快件全程时效预计延长3-5个工作日。",
        "受國際航班減班影響，寄往澳洲的國際快件時效預計延長3至5個工作日。",
    ],
)
def test_chinese_transit_time_expected_to_lengthen_is_a_delay(text):
    result = classify("国际快件时效", text)
    assert result.change_kind == "delay"
    assert result.destinations == ["AU"]


def test_a_carriers_country_site_is_no_destination():
    """ "FedEx Singapore" names the site the notice is on; a rule for every destination stays
    one for all of them."""
    result = classify(
        "New state-of-charge limit for lithium ion batteries from 1 January 2027",
        "FedEx Singapore | Support | Service Alerts\n\n"
        "From 1 January 2027, lithium ion batteries packed with equipment must be shipped at a "
        "state of charge of no more than 30%.",
    )
    assert result.destinations == ["*"]
    assert "lithium_batteries" in result.categories


def test_a_carriers_network_in_a_country_is_still_that_country():
    result = classify(
        "DHL Express network in Chile remains operational",
        "The DHL Express network in Chile remains operational despite the storms, and we "
        "continue to accept shipments to Chile.",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["CL"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Australien: Neue Einfuhrbestimmungen für Samen",
            "Ab dem 1. April 2027 dürfen Samen nach Australien nur noch mit einer gültigen "
            "Einfuhrgenehmigung versendet werden. Die Regelung gilt für Briefe, Warensendungen und "
            "Pakete. Lebensmittel wie Nüsse fallen nicht darunter.",
        ),
        (
            "Australia: new rules for seeds",
            "From 1 April 2027, seeds may be sent to Australia only with a valid import permit. "
            "The rule applies to letters, packets and parcels alike. Food such as nuts is not "
            "covered.",
        ),
    ],
)
def test_a_permit_rule_for_seeds_in_every_channel(title, text):
    """Seeds ("Samen") are plants; letters listed with other ways of sending are a channel the
    rule holds in, not documents it is about; food "not covered" is left out."""
    result = classify(title, text)
    assert result.destinations == ["AU"]
    assert result.categories == ["animals_plants"]
    assert result.change_kind in ("new_requirement", "restriction")


def test_an_import_permit_is_a_requirement():
    result = classify(
        "Samoa: plants need a permit",
        "From 1 June 2027 plants sent to Samoa must travel with an import permit.",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["WS"]


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        (
            "Ab dem 1. März 2027 können Pakete nicht mehr nach Russland verschickt werden.",
            "suspension",
            "RU",
        ),
        (
            "Samen dürfen ab dem 1. März 2027 nicht mehr nach Australien versendet werden.",
            "prohibited_items",
            "AU",
        ),
    ],
)
def test_german_no_longer_sent_with_words_between(text, kind, code):
    """ "nicht mehr nach Russland verschickt werden": the place between "nicht mehr" and the
    verb of sending once hid the stop."""
    result = classify("Hinweis", text)
    assert result.change_kind == kind
    assert result.destinations == [code]


# Guards from the review of this session's rules (probes written by the reviewer).


def test_a_pipe_line_of_goods_is_a_list_not_a_menu():
    result = classify(
        "Saudi Arabia: new prohibited items",
        "Items affected:\nLithium batteries | Perfumes | Alcohol | E-cigarettes\n\n"
        "From 1 May 2026 the items listed above can no longer be sent to Saudi Arabia.",
    )
    assert result.destinations == ["SA"]
    assert {"alcohol", "lithium_batteries", "perfumes_cosmetics", "tobacco_vapes"} <= set(
        result.categories
    )


def test_a_table_header_with_rows_after_a_blank_line_is_no_menu():
    result = classify(
        "Brazil: service status",
        "Service | Letters | Parcels | EMS\n\nBrazil | suspended | suspended | suspended\n\n"
        "Because of the strike at Correios, the services listed above are suspended until "
        "further notice.",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["BR"]


@pytest.mark.parametrize(
    ("title", "text", "code"),
    [
        (
            "Strike at bpost: delays to Belgium",
            "bpost staff strike against the planned job cuts. Unions fear 1,000 jobs will go and "
            "salary cuts will follow. Mail to Belgium is delayed by two to three days.",
            "BE",
        ),
        (
            "Mail to Cuba suspended",
            "From 3 March 2026 we cannot accept letters or parcels to Cuba until further notice, "
            "because flights to Havana are cancelled.\n\n"
            "About us | Careers | Job vacancies | Press | Contact",
            "CU",
        ),
    ],
)
def test_news_about_jobs_or_a_careers_footer_is_no_job_posting(title, text, code):
    result = classify(title, text)
    assert result.relevant
    assert result.destinations == [code]


def test_a_stop_beside_year_on_year_figures_is_still_news():
    result = classify(
        "寄往美国包裹量同比下降",
        "据海关统计，8月寄往美国的跨境包裹同比下降40%。"
        "自8月29日起，中国邮政暂停收寄寄往美国的含货物邮件。",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["US"]


def test_a_dated_change_inside_the_summary_is_news():
    text = _SEASONAL_REMINDER + (
        "\n\nMail to Canada: from 1 December 2026 parcels to Canada need the recipient's phone "
        "number."
    )
    result = classify("Shopping online this winter? Here's what you need to know", text)
    assert result.change_kind != "informational"


def test_prices_kept_do_not_outvote_a_delay():
    result = classify(
        "寄往澳大利亚邮件时效",
        "受国际航班减班影响，寄往澳大利亚的邮件时限将有所延长，资费标准保持不变。",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["AU"]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Aunque sigue operando, los envíos comerciales a Venezuela quedan suspendidos desde "
            "el 1 de abril de 2026.",
            "commercial_goods",
        ),
        (
            "Even if the letter service goes on, gift parcels to Cuba are suspended from 1 June "
            "2026.",
            "gifts",
        ),
    ],
)
def test_a_concessive_clause_does_not_widen_the_main_clause(text, scope):
    """ "aunque" / "even if" at the head of a sentence widen only their own clause."""
    assert scope in classify("Aviso", text).categories


def test_customers_who_do_not_pay_are_no_exemption():
    result = classify(
        "Norway: new excise collection",
        "From 1 March 2026, customers who do not pay the new excise duty on alcohol and tobacco "
        "in advance will have their parcels to Norway returned.",
    )
    assert {"alcohol", "tobacco_vapes"} <= set(result.categories)


def test_e_commerce_as_the_cause_of_a_rush_is_no_scope():
    result = classify(
        "受电商促销影响寄往美国邮件时效延长",
        "受“双十一”电商促销影响，国际邮件处理量激增，寄往美国的邮件时效预计延长3-5个工作日。",
    )
    assert result.change_kind == "delay"
    assert "commercial_goods" not in result.categories


def test_a_declaration_that_must_not_contain_vague_words_is_a_requirement():
    result = classify(
        "关于寄往美国邮件报关的通知",
        "自2026年5月1日起，寄往美国的邮件必须提供电子报关数据，报关单内件名称不得含有笼统描述。",
    )
    assert result.change_kind == "new_requirement"


def test_a_korean_pocket_is_not_australia():
    result = classify(
        "리튬 배터리 국제우편 발송 안내",
        "2026년 3월 1일부터 호주머니 크기의 보조배터리라도 리튬 배터리는 국제우편으로 보낼 수 "
        "없습니다.",
    )
    assert "AU" not in result.destinations


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Australia: no aerosols", "From 1 May 2027 aerosols can no longer be sent to Australia."),
        (
            "Australien: keine Spraydosen",
            "Ab dem 1. Mai 2027 können Spraydosen nicht mehr nach Australien verschickt werden.",
        ),
        (
            "Австралия: аэрозоли",
            "С 1 мая 2027 года аэрозоли не принимаются к пересылке в Австралию.",
        ),
    ],
)
def test_aerosols_are_dangerous_goods(title, text):
    """Pressurised cans are dangerous goods in air transport (IATA class 2); the labelled sets
    file them there, not under liquids (11 notices against 2)."""
    result = classify(title, text)
    assert result.destinations == ["AU"]
    assert "dangerous_goods" in result.categories
    assert "liquids" not in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "Ab dem 1. Januar 2027 steigt die Einfuhrumsatzsteuer in der Schweiz.\n\n"
        "Satz | bisher | neu\nNormalsatz | 8,1 % | 8,5 %\n"
        "Reduzierter Satz (z. B. Lebensmittel, Bücher) | 2,6 % | 2,8 %",
        "From 1 January 2027 Switzerland raises its import VAT to 8.5 %. Special rules apply to "
        "alcohol, tobacco and perfume, as before.",
    ],
)
def test_goods_beside_a_duty_change_are_not_its_goods(text):
    """A VAT change with goods as examples of a reduced rate, or goods under their own
    standing rules, is about goods in general (the labelled sets name specific goods in 19
    of 281 duty changes)."""
    result = classify("Switzerland: import VAT", text)
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["CH"]
    assert result.categories == ["all_goods"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1. From 1 May 2027 a surtax of 25% applies to certain goods from the United States.\n"
            "2. The goods subject to the surtax include, among others:\n"
            "- wine, spirits and beer\n- cosmetics and perfumes",
            {"alcohol", "perfumes_cosmetics"},
        ),
        (
            "From 1 May 2027 new duty-free allowances apply to gifts sent to Canada:\n"
            "Goods | Allowance per parcel\nCigarettes | 50 cigarettes\nSpirits | 1 litre",
            {"alcohol", "tobacco_vapes"},
        ),
    ],
)
def test_goods_a_duty_is_laid_on_are_its_goods(text, expected):
    result = classify("Canada: surtax and allowances", text)
    assert result.change_kind == "duty_tax_change"
    assert expected <= set(result.categories)


def test_a_links_path_names_no_goods():
    """ "More at deutschepost.de/gefahrgut": the page's link, not dangerous goods."""
    result = classify(
        "Lithium-Batterien nach Kanada",
        "Ab dem 1. Mai 2027 können Lithium-Batterien nicht mehr nach Kanada verschickt werden.\n"
        "Weitere Informationen: example.de/gefahrgut",
    )
    assert result.categories == ["lithium_batteries"]


def test_dairy_from_these_animals_is_food_not_animals():
    result = classify(
        "Great Britain: meat and dairy banned",
        "From 1 May 2027 the following can no longer be sent to Great Britain:\n"
        "- meat, sausages and cured ham\n- milk, cheese and butter from these animals",
    )
    assert result.categories == ["food"]
