"""Causes found in session 39, each with sentences of our own. Sets 191 to 194 (Africa; South
Asia and the Middle East in their own scripts; the codes of operations messages; very short and
very long notices): French "est prohibée", Arabic import bans (and their lifting) and the
customs tax, tender notices in Chinese and Japanese, places where mail "decorre com
normalidade". Sets 195 to 198 (round-ups, regional couriers, small states, dates): a table of
contents in a newsletter, Dutch compounds of "verbod", "niet beïnvloed", "including" in more
languages. Then guards where the new words must not act (most of them the reviews' misfires)."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- kinds ---


def test_a_french_import_prohibee_is_a_ban():
    body = (
        "À compter du 1er avril, l'importation des trottinettes électriques est prohibée "
        "lorsqu'elles arrivent par colis postal ou par messagerie express."
    )
    result = classify("Avis aux importateurs", body, origin="MA", source_kind="customs")
    assert result.relevant
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["MA"]


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (
            "تعميم بشأن الطرود البريدية",
            "تقرر منع استيراد أقلام الليزر عبر الطرود البريدية اعتبارًا من 1 يونيو 2026.",
            "prohibited_items",
        ),
        (
            "إعلان للمستوردين",
            "اعتبارًا من 1 يونيو 2026 تُفرض الضريبة الجمركية على الساعات الذكية "
            "الواردة بالطرود البريدية.",
            "duty_tax_change",
        ),
    ],
)
def test_arabic_import_bans_and_customs_taxes(title, body, kind):
    result = classify(title, body, origin="JO", source_kind="customs")
    assert result.relevant
    assert result.change_kind == kind
    assert result.destinations == ["JO"]


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "国际邮件互换局安检设备招标公告",
            "招标编号：2026-017。设备须具备锂电池、液体等违禁品自动识别功能。"
            "投标人资格要求：具有独立法人资格。",
            "CN",
        ),
        (
            "国際郵便物区分機の入札公告",
            "国際郵便局で使用する区分機の一般競争入札を実施します。"
            "機器はリチウム電池の検知機能が必須です。入札参加資格の申請が必要です。",
            "JP",
        ),
    ],
)
def test_a_tender_is_no_change(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert not result.relevant
    assert result.change_kind == "irrelevant"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "تقرر وقف التصدير ومنع استيراد أقلام الليزر عبر الطرود البريدية "
            "اعتبارًا من 1 يونيو 2026.",
            "prohibited_items",
        ),
        (
            "تعلن الجمارك عن تعديل الرسوم وإلغاء منع استيراد الطائرات المسيّرة عبر الطرود "
            "البريدية اعتبارًا من 1 يونيو 2026.",
            "resumption",
        ),
    ],
)
def test_an_arabic_import_ban_or_its_lifting_after_the_conjunction_wa(body, kind):
    result = classify("تعميم", body, origin="JO", source_kind="customs")
    assert result.change_kind == kind
    assert result.destinations == ["JO"]


def test_a_lifted_arabic_import_ban_is_a_resumption():
    body = "تقرر إلغاء منع استيراد الطائرات المسيّرة عبر الطرود البريدية اعتبارًا من 1 يونيو 2026."
    result = classify("تعميم بشأن الطرود البريدية", body, origin="JO", source_kind="customs")
    assert result.change_kind == "resumption"


# --- places ---


def test_places_where_mail_goes_on_com_normalidade_are_left_out():
    body = (
        "Os envios para Moçambique podem sofrer atrasos de cinco dias. "
        "Os envios para Angola e Cabo Verde decorrem com normalidade."
    )
    result = classify("Atrasos nos envios para Moçambique", body, origin="PT", source_kind="postal")
    assert result.change_kind == "delay"
    assert result.destinations == ["MZ"]


# --- guards: where the new words must not act ---


def test_guard_the_prohibited_goods_of_a_customs_seizure_report_are_no_ban():
    body = (
        "وأشادت الهيئة بجهود موظفي البريد في ضبط المواد الممنوعة خلال العام الماضي، "
        "وتكريم الفرق المتميزة في حفل أقيم بمقر الهيئة."
    )
    result = classify("تكريم موظفي الجمارك", body, origin="SA", source_kind="customs")
    assert not result.relevant


def test_guard_a_tender_word_does_not_hide_a_suspension():
    body = (
        "中国邮政即日起暂停收寄寄往苏丹的国际邮件。"
        "国际邮件处理中心分拣设备采购项目招标公告另行发布。"
    )
    result = classify("关于暂停收寄寄往苏丹国际邮件的公告", body, origin="CN", source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["SD"]


def test_guard_no_arabic_import_ban_is_no_ban():
    body = (
        "تؤكد الهيئة أن الإجراءات الحالية مستمرة بصورة طبيعية "
        "ولا يوجد منع استيراد للهواتف عبر الطرود البريدية."
    )
    result = classify("توضيح حول الطرود البريدية", body, origin="JO", source_kind="customs")
    assert result.change_kind != "prohibited_items"


def test_guard_a_list_of_prohibited_goods_is_no_ban():
    body = (
        "Avant tout envoi vers le Canada, consultez la liste des marchandises prohibées "
        "sur notre site. Nos tarifs et délais restent inchangés."
    )
    result = classify("Envoyer un colis au Canada", body, origin="FR", source_kind="postal")
    assert result.change_kind != "prohibited_items"


def test_guard_mail_that_went_on_as_normal_until_yesterday_is_stopped_now():
    body = (
        "Os envios para Moçambique decorriam com normalidade até ontem; hoje a aceitação foi "
        "suspensa. Os envios para Angola continuam com atrasos."
    )
    result = classify("Envios para Moçambique", body, origin="PT", source_kind="postal")
    assert "MZ" in result.destinations


# --- from sets 195 to 198 (round-ups, regional couriers, small states, dates) ---

_CONTENTS = (
    "In this issue\n"
    "- New parcel lockers in Leeds\n"
    "- Easter opening hours\n"
    "{news_entry}"
    "- New stamps: British birds\n"
    "- Careers: we are hiring drivers\n\n"
    "New parcel lockers\n"
    "We opened 60 new lockers this month in Leeds and Bradford.\n\n"
    "Easter opening hours\n"
    "Post offices are closed on Easter Monday, except those in shopping centres.\n\n"
    "{news}"
    "New stamps\n"
    "Our British birds stamps go on sale on 20 April.\n\n"
    "Careers\n"
    "We are hiring delivery drivers and customer service staff in Manchester."
)


def test_a_table_of_contents_does_not_tie_the_news_to_the_stamps_and_jobs():
    body = _CONTENTS.format(
        news_entry="- Delays to Greece\n",
        news=(
            "Delays to Greece\n"
            "Because of a general strike in Greece, letters and parcels to Greece take longer "
            "than usual. We still accept items, but delivery may take up to two weeks longer.\n\n"
        ),
    )
    result = classify("Customer newsletter - April", body, origin="GB", source_kind="postal")
    assert result.relevant
    assert result.change_kind == "delay"
    assert result.destinations == ["GR"]


def test_guard_a_contents_entry_is_no_second_word_of_the_change_its_section_ends():
    body = _CONTENTS.format(
        news_entry="- Delays to Greece have ended\n",
        news=(
            "Delays to Greece have ended\n"
            "Deliveries to Greece are back to normal after the strike ended.\n\n"
        ),
    )
    result = classify("Customer newsletter - April", body, origin="GB", source_kind="postal")
    assert result.change_kind != "delay"


def test_guard_a_round_up_with_a_table_of_contents_and_no_change_stays_quiet():
    body = _CONTENTS.format(news_entry="", news="")
    result = classify("Customer newsletter - April", body, origin="GB", source_kind="postal")
    assert not result.relevant


def test_a_dutch_compound_of_verbod_is_a_ban():
    body = (
        "Australië heeft een invoerverbod ingesteld voor zaden en verse planten in "
        "postpakketten, vanaf 1 maart."
    )
    result = classify("Invoerverbod Australië", body, origin="NL", source_kind="postal")
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["AU"]


def test_guard_a_smoking_ban_in_post_offices_is_no_ban_on_goods():
    body = (
        "Vanaf 1 juni geldt een rookverbod in al onze postkantoren en servicepunten. "
        "Dank voor uw begrip."
    )
    result = classify("Rookverbod in onze winkels", body, origin="NL", source_kind="postal")
    assert not result.relevant


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Zásilky do USA",
            "Dočasně pozastavujeme příjem zásilek do USA, a to včetně Portorika a Guamu.",
            "CZ",
        ),
        (
            "Zásielky do USA",
            "Slovenská pošta pozastavuje prijímanie zásielok do USA vrátane Portorika a Guamu.",
            "SK",
        ),
        (
            "Csomagok az Egyesült Államokba",
            "A Magyar Posta szünetelteti a csomagok felvételét az Egyesült Államokba, "
            "beleértve Puerto Rico és Guam szigetét.",
            "HU",
        ),
        (
            "Lähetykset Yhdysvaltoihin",
            "Keskeytämme pakettien vastaanoton Yhdysvaltoihin, mukaan lukien Puerto Rico ja Guam.",
            "FI",
        ),
    ],
)
def test_places_named_as_included_go_with_their_country(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["GU", "PR", "US"]


def test_overseas_departments_named_as_included_in_romanian_go_with_france():
    body = (
        "Coletele trimise în Franța, inclusiv Guadelupa și Martinica, au întârzieri de până "
        "la cinci zile."
    )
    result = classify("Întârzieri la coletele spre Franța", body, origin="RO", source_kind="postal")
    assert result.change_kind == "delay"
    assert result.destinations == ["FR", "GP", "MQ"]


def test_places_whose_deliveries_are_niet_beinvloed_are_left_out():
    body = (
        "Op vrijdag 14 maart legt een nationale staking het werk in onze sorteercentra stil. "
        "Leveringen in België lopen daardoor 1 tot 2 werkdagen vertraging op, ook voor "
        "pakketten uit het buitenland. Leveringen in Luxemburg en Nederland worden niet "
        "beïnvloed."
    )
    result = classify(
        "Staking op vrijdag: impact op je pakketten", body, origin="BE", source_kind="carrier"
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["BE"]
