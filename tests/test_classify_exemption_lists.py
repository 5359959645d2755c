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
