"""Product categories: lexicons in several languages and the scope of the change."""

from __future__ import annotations

import pytest

from monitor.classify import classify


def cats(title: str, text: str, **kw) -> list[str]:
    result = classify(title, text, **kw)
    assert result.relevant, result
    return result.categories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Power banks and Li-ion cells (UN3480) are prohibited to Chile.", ["lithium_batteries"]),
        ("E-cigarettes, vapes and heated tobacco are banned for Thailand.", ["tobacco_vapes"]),
        ("Perfume and nail polish may not be mailed to Korea.", ["perfumes_cosmetics"]),
        ("Firearms, ammunition and knives are prohibited for Mexico.", ["weapons"]),
        ("Mobile phones and laptops are no longer accepted by Iraq.", ["electronics"]),
        (
            "Seeds and live plants now require a phytosanitary certificate for Peru.",
            ["animals_plants"],
        ),
        ("Prescription medicines are prohibited in parcels to Qatar.", ["medicines"]),
        ("Cash and precious metals are prohibited to Kenya.", ["cash_valuables"]),
        ("Used clothing and shoes are restricted to 4 kg for Ecuador.", ["textiles"]),
        ("Food and alcoholic beverages are prohibited to Brunei.", ["alcohol", "food"]),
        (
            "Lithiumbatterien und E-Zigaretten sind nach Chile verboten.",
            ["lithium_batteries", "tobacco_vapes"],
        ),
        ("Les parfums sont interdits vers le Canada.", ["perfumes_cosmetics"]),
        ("Las baterías de litio están prohibidas para Chile.", ["lithium_batteries"]),
        ("Литиевые аккумуляторы запрещены к пересылке в Чили.", ["lithium_batteries"]),
        ("寄往智利的邮件禁止寄递锂电池。", ["lithium_batteries"]),
    ],
)
def test_category_lexicons(text, expected):
    assert cats("Notice", text) == expected


def test_a_stop_of_all_mail_is_all_goods_and_documents():
    assert cats("Notice", "All mail to Gabon is suspended.") == ["all_goods", "documents"]
    assert cats("Hinweis", "Brief- und Paketsendungen nach Gabun sind ausgesetzt.") == [
        "all_goods",
        "documents",
    ]


def test_a_stop_of_goods_only_is_all_goods():
    text = "Items containing goods for Samoa are suspended. Documents are not affected."
    assert cats("Notice", text) == ["all_goods"]
    text_de = "Warensendungen nach Samoa sind ausgesetzt. Dokumente sind nicht betroffen."
    assert cats("Hinweis", text_de) == ["all_goods"]


def test_sales_only_and_gifts_only():
    text = (
        "Commercial shipments from business customers to the US are suspended; "
        "gifts under USD 100 and documents can still be sent."
    )
    assert cats("Notice", text) == ["commercial_goods"]
    text2 = "From Monday, gifts worth up to USD 100 can be sent to the US again."
    assert cats("Notice", text2) == ["gifts"]


def test_an_example_is_not_a_category():
    text = (
        "Duties on parcels to the US are now collected at origin. For example, clothing "
        "made in Peru pays 10%."
    )
    assert "textiles" not in cats("Duties", text)
