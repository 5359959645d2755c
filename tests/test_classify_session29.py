"""Causes found in session 29, each with sentences of our own: customs notices about import
rules, and what online marketplaces and business newsletters tell sellers."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- places: what a heading leaves unchanged, a second country passed through, a bloc's law ---


def test_the_paragraph_under_a_heading_of_what_is_not_changing_names_no_destination():
    result = classify(
        "Marketplace collects VAT on orders to Norway",
        "From 1 April we collect Norwegian VAT at checkout on parcels delivered to Norway.\n\n"
        "What isn't changing\n"
        "Orders to the UK, the EU and Iceland are handled the way they are today. Sellers "
        "registered for VAT there should contact us if they believe they are affected.",
        source_kind="other",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["NO"]


def test_a_list_under_the_heading_still_counts_as_unchanged():
    result = classify(
        "Marketplace collects VAT on orders to Norway",
        "From 1 April we collect Norwegian VAT at checkout on parcels delivered to Norway.\n\n"
        "What isn't changing\n"
        "- Sweden\n- Denmark\n",
        source_kind="other",
    )
    assert result.destinations == ["NO"]


def test_parcels_entering_through_another_eu_country_pass_through_it():
    result = classify(
        "Extra controles op pakketten",
        "Pakketten uit webwinkels buiten de EU kunnen later worden bezorgd door extra controles. "
        "Ook pakketten die via een ander EU-land binnenkomen worden gecontroleerd.",
        origin="NL",
        source_kind="customs",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["NL"]


def test_a_bloc_named_as_the_law_that_applies_is_no_destination():
    result = classify(
        "Таможенный пост возобновил работу",
        "С 3 февраля возобновлено оформление международных почтовых отправлений. Беспошлинный "
        "ввоз допускается в пределах 200 евро в соответствии с правом ЕАЭС.",
        origin="KZ",
        source_kind="other",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["KZ"]


def test_the_law_of_a_bloc_the_publisher_is_outside_of_names_a_destination():
    result = classify(
        "Lebensmittel in die EU",
        "Ab 1. März müssen Pakete mit Lebensmitteln in die EU dem Recht der EU entsprechen und "
        "ein Gesundheitszeugnis enthalten.",
        origin="CH",
        source_kind="postal",
    )
    assert "DE" in result.destinations and "FR" in result.destinations


def test_a_paragraph_under_the_heading_that_turns_to_a_change_keeps_its_place():
    result = classify(
        "Marketplace collects VAT on orders to Norway",
        "From 1 April we collect Norwegian VAT at checkout on parcels delivered to Norway.\n\n"
        "What isn't changing\n"
        "Orders to the UK are handled as today. However, from 1 May parcels to Switzerland need "
        "a VAT number on the customs form.",
        source_kind="other",
    )
    assert "CH" in result.destinations


def test_a_bloc_that_mail_goes_to_is_still_a_destination():
    result = classify(
        "Приостановка отправлений",
        "Приём посылок в страны ЕАЭС приостановлен.",
        origin="RU",
        source_kind="postal",
    )
    assert "KZ" in result.destinations and "AM" in result.destinations


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales to Mexico, Colombia and Brazil keep the current rules.",
        "Las ventas a México, Colombia y Brasil mantienen las reglas actuales.",
    ],
)
def test_places_that_keep_the_current_rules_are_unaffected(sentence):
    result = classify(
        "Chile: VAT on every cross-border order",
        "From 25 October marketplaces must collect 19% VAT on all imported goods sold to buyers "
        f"in Chile, whatever their value. {sentence}",
        source_kind="other",
    )
    assert result.destinations == ["CL"]


# --- kinds: words of delay, requirement, restriction and ban in more forms ----------------------


def test_posting_deadlines_are_no_limit():
    result = classify(
        "Lettre d'information de décembre",
        "Pic de fin d'année : les dates limites de dépôt. Déposez vos colis au plus tard le 19 "
        "décembre.\n\nÉtats-Unis : les envois de marchandises vers les États-Unis sont de nouveau "
        "acceptés à partir du 2 décembre.",
        origin="FR",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["US"]


def test_mail_to_a_place_that_arrives_later_than_usual_is_delayed():
    result = classify(
        "Industrial action",
        "We keep accepting items on strike days, but mail to Canada will arrive later than usual. "
        "Please allow two additional working days for items to Canada.",
        origin="GB",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["CA"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday our branches open later than usual, at 11:00.",
        "Refunds take three additional business days to reach your account.",
    ],
)
def test_later_than_usual_and_extra_days_said_of_no_place_are_no_delay(sentence):
    result = classify("Customer information", sentence, origin="GB", source_kind="postal")
    assert result.change_kind != "delay"


def test_indonesian_reopening_after_an_earlier_stop_is_a_resumption():
    result = classify(
        "Pengiriman ke Vietnam kembali dibuka",
        "Sebelumnya, pengiriman paket ke Vietnam dihentikan sementara karena penumpukan di gudang. "
        "Mulai 2 Mei pengiriman ke Vietnam kembali dibuka.",
        origin="ID",
        source_kind="other",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["VN"]


def test_what_a_circular_says_shall_be_declared_is_a_new_requirement():
    result = classify(
        "Circular: declaration of consignee details",
        "With effect from 1 March, the mobile number and e-mail address of the consignee of every "
        "courier shipment shall be declared in the electronic manifest.",
        origin="IN",
        source_kind="customs",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["IN"]


def test_arabic_obligation_to_declare_is_a_new_requirement():
    result = classify(
        "إلزام شركات الشحن ببيانات المستلم",
        "اعتباراً من 1 مارس يتعين على شركات الشحن السريع تقديم رقم هوية المستلم لكل إرسالية واردة "
        "إلى الإمارات.",
        origin="AE",
        source_kind="customs",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["AE"]


def test_arabic_release_only_under_new_controls_is_a_restriction():
    result = classify(
        "ضوابط جديدة لاستيراد الأدوية عبر البريد",
        "لن يتم الإفراج عن الأدوية الواردة عبر البريد إلا وفق الضوابط التالية: وصفة طبية "
        "وكمية للاستخدام الشخصي.",
        origin="QA",
        source_kind="customs",
    )
    assert result.change_kind == "restriction"
    assert "medicines" in result.categories


def test_japanese_goods_that_can_no_longer_be_imported_are_banned():
    result = classify(
        "偽ブランド品の輸入について",
        "4月1日から、海外から郵送される偽ブランドのバッグや衣類は個人使用目的でも輸入できなくなります。",
        origin="JP",
        source_kind="customs",
    )
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["JP"]


# --- nothing changed: said after the word of change, or of the rules --------------------------


def test_japanese_no_delay_or_stop_has_occurred_is_service_as_usual():
    result = classify(
        "台風の影響について",
        "台風の接近により報道では物流への影響も伝えられておりますが、現時点では韓国向けの"
        "荷物のお届けについて遅延や停止は発生しておらず、通常どおりお取り扱いしております。"
        "特段の対応は必要ございません。",
        origin="JP",
        source_kind="carrier",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["KR"]


def test_german_rules_that_have_not_changed_since_last_year_are_a_reminder():
    result = classify(
        "Online-Shopping vor Weihnachten",
        "Der Zoll erinnert an die geltenden Regeln, die sich gegenüber dem Vorjahr nicht geändert "
        "haben.\n\n- Für alle Waren aus Nicht-EU-Ländern fällt Einfuhrumsatzsteuer an.\n"
        "- Zölle werden ab einem Warenwert von 150 Euro erhoben.",
        origin="DE",
        source_kind="customs",
    )
    assert result.change_kind == "informational"


def test_a_swiss_consultation_on_a_draft_is_no_change_yet():
    result = classify(
        "Bundesrat eröffnet Vernehmlassung zur Einfuhrsteuer",
        "Der Bundesrat hat die Vernehmlassung eröffnet. Künftig soll die Einfuhrsteuer auch auf "
        "Kleinsendungen mit geringem Wert erhoben werden; das Inkrafttreten ist frühestens 2027 "
        "vorgesehen.",
        origin="CH",
        source_kind="customs",
    )
    assert result.change_kind == "informational"


# --- irrelevant: fees for selling, a statistics release ---------------------------------------


def test_a_marketplace_fee_change_is_no_shipping_news():
    result = classify(
        "Novas tarifas de venda",
        "A partir de 1 de junho vamos atualizar as tarifas de venda de algumas categorias: "
        "Eletrônicos de 11% para 12%. Alimentos e Bebidas: sem alteração. Para anúncios com "
        "Envios Full o custo fixo continua isento.",
        origin="BR",
        source_kind="other",
    )
    assert not result.relevant


# --- categories: what online sellers send ------------------------------------------------------


def test_shipments_in_a_notice_to_sellers_are_their_goods_not_letters():
    result = classify(
        "Seller update: shipping to Andorra",
        "Shipments to Andorra through our fulfilment network resume on 4 March.",
        source_kind="other",
    )
    assert result.change_kind == "resumption"
    assert result.categories == ["all_goods"]


def test_sellers_named_by_a_post_do_not_make_its_mail_goods_only():
    result = classify(
        "Information for sellers and private customers",
        "Shipments to Andorra resume on 4 March.",
        origin="ES",
        source_kind="postal",
    )
    assert result.categories == ["all_goods", "documents"]


def test_shipments_in_a_postal_notice_are_still_all_mail():
    result = classify(
        "Service update: Andorra",
        "Shipments to Andorra resume on 4 March.",
        origin="ES",
        source_kind="postal",
    )
    assert result.categories == ["all_goods", "documents"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("تعليمات للموظفين", "يتعين على الموظفين ارتداء الزي الرسمي خلال ساعات العمل."),
        ("الشحن إلى الكويت", "لا يتم قبول الطرود إلى الكويت إلا وفق الاشتراطات المعتادة."),
    ],
)
def test_arabic_rules_of_staff_or_as_usual_are_no_new_rule_for_senders(title, text):
    result = classify(title, text, origin="AE", source_kind="postal")
    assert result.change_kind not in ("new_requirement", "restriction")
