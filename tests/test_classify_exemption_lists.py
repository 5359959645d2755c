"""Categories that a rule exempts are not what it changes: a list under "do not apply to:", and
exemptions said in German, Norwegian, Swedish, Turkish, Polish and Japanese."""

from __future__ import annotations

import pytest

from monitor.classify import classify


def test_a_list_under_an_exempting_line_names_no_category_of_the_change() -> None:
    result = classify(
        "Import VAT on low-value consignments",
        "From 1 March the relief for consignments of goods worth 20 euros or less is "
        "abolished: import VAT is due on every consignment of goods.\n"
        "The new rules do not apply to:\n"
        "- excise goods such as wine, spirits and cigarettes\n"
        "- gifts sent between private persons\n"
        "Customs will collect the VAT when the parcel arrives.",
        origin="IE",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.categories == ["all_goods"]


def test_a_list_under_a_line_of_what_is_accepted_only_is_a_limit_not_an_exemption() -> None:
    result = classify(
        "Restrictions on items to overseas destinations",
        "From 4 May, postal items to Fiji will be accepted only under the conditions below:\n"
        "- letters: accepted only up to 500 g;\n"
        "- parcels: only by surface, maximum 10 kg.",
        origin="RO",
    )
    assert result.change_kind == "restriction"
    assert "documents" in result.categories


@pytest.mark.parametrize(
    ("title", "text", "origin"),
    [
        (
            "Neue Einfuhrumsatzsteuer auf Kleinsendungen",
            "Ab dem 1. Juli wird auf alle Waren in Postsendungen Einfuhrumsatzsteuer erhoben, "
            "auch unter 22 Euro. Die neue Regel gilt nicht für Alkohol und Tabakwaren, für die "
            "die bisherigen Verfahren bleiben.",
            "DE",
        ),
        (
            "Moms på alle varer fra utlandet",
            "Fra 1. april betaler du merverdiavgift på alle varer fra utlandet, uansett verdi. "
            "Alkohol og tobakk omfattes ikke av den nye ordningen.",
            "NO",
        ),
        (
            "Posta yoluyla gelen eşyada vergi değişti",
            "1 Mart'tan itibaren posta yoluyla gelen eşyada vergi oranı yüzde 60 olacaktır. "
            "Alkollü içkiler ve tütün ürünleri bu usulün kapsamı dışında kalmaktadır.",
            "TR",
        ),
    ],
)
def test_categories_a_duty_rule_exempts_are_not_its_categories(title, text, origin) -> None:
    result = classify(title, text, origin=origin, source_kind="customs")
    assert result.change_kind == "duty_tax_change"
    assert "alcohol" not in result.categories
    assert "tobacco_vapes" not in result.categories
    assert "all_goods" in result.categories


def test_sales_scoped_before_regardless_of_origin_stay_sales() -> None:
    result = classify(
        "Suspending duty-free de minimis treatment for all countries",
        "The duty-free de minimis treatment is suspended for all commercial shipments of any "
        "value into the United States, regardless of the country of origin. Bona fide gifts "
        "valued at $100 or less are not affected.",
        origin="US",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert "commercial_goods" in result.categories
    assert "gifts" not in result.categories


def test_liquids_containing_nicotine_are_vaping_products_not_liquids() -> None:
    result = classify(
        "Individual Country Listings: Peru",
        "Prohibitions. Add the following: Electronic cigarettes, refill cartridges and liquids "
        "containing nicotine.",
        origin="US",
    )
    assert result.change_kind == "prohibited_items"
    assert result.categories == ["tobacco_vapes"]


@pytest.mark.parametrize(
    ("title", "text", "origin", "kept_out"),
    [
        (
            "Posta yoluyla gelen eşyada vergi oranı değişti",
            "1 Mart'tan itibaren posta yoluyla gelen eşyada vergi oranı yüzde 60 olacaktır. "
            "İlaç ve kozmetik gönderimlerine ilişkin mevcut kısıtlamalar aynen devam etmektedir.",
            "TR",
            ("medicines", "perfumes_cosmetics"),
        ),
        (
            "Nova alíquota para remessas internacionais",
            "A partir de 1 de agosto, as remessas internacionais de até 50 dólares pagam "
            "imposto de importação de 20%. Medicamentos importados por pessoa física para uso "
            "próprio mantêm o tratamento atual.",
            "BR",
            ("medicines",),
        ),
    ],
)
def test_categories_whose_current_rules_continue_are_not_the_change(
    title, text, origin, kept_out
) -> None:
    result = classify(title, text, origin=origin, source_kind="customs")
    assert result.change_kind == "duty_tax_change"
    assert "all_goods" in result.categories
    assert not set(kept_out) & set(result.categories)


def test_a_related_links_line_names_no_category() -> None:
    result = classify(
        "Ban on the import of vaping products by post",
        "From 1 January, nicotine vaping products may not be imported by post.\n"
        "Related: Tobacco | Bringing medicines into the country",
        origin="AU",
        source_kind="customs",
    )
    assert result.categories == ["tobacco_vapes"]


def test_words_in_the_title_of_a_law_name_no_goods() -> None:
    result = classify(
        "关于寄往美国邮件提供电子报关数据的通知",
        "根据美国《阻止阿片类药物流入法案》的要求，自2021年1月1日起，寄往美国的所有含物品的国际邮件，"
        "均须在交寄前提供完整的电子报关数据。",
        origin="CN",
    )
    assert "medicines" not in result.categories
    assert result.destinations == ["US"]


def test_gifts_that_remain_eligible_for_duty_free_treatment_are_exempt() -> None:
    result = classify(
        "Suspension of duty-free de minimis treatment for commercial shipments",
        "The duty-free de minimis treatment is suspended for all commercial shipments from 29 "
        "August. Bona fide gifts valued at $100 or less remain eligible for duty-free "
        "treatment under existing provisions. The recipient's mobile phone number must be "
        "declared.",
        origin="US",
        source_kind="customs",
    )
    assert "gifts" not in result.categories
    assert "electronics" not in result.categories
    assert "commercial_goods" in result.categories
