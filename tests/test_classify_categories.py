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


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # words of another sense are no category
        (
            "Suspension",
            "With commercial flights cancelled, mail to Tuvalu is suspended.",
            ["all_goods", "documents"],
        ),
        (
            "Suspensión",
            "Por la cancelación de vuelos comerciales se suspenden los envíos a Haití.",
            ["all_goods", "documents"],
        ),
        (
            "Delay",
            "Money-back guarantees are suspended for all shipments to Bermuda while flights "
            "are cancelled.",
            ["all_goods", "documents"],
        ),
        (
            "Lithium",
            "Spare lithium batteries (not installed in equipment) are prohibited to Peru.",
            ["lithium_batteries"],
        ),
        (
            "Perfume",
            "Perfume is prohibited to Canada: it is one of the flammable liquids classed as "
            "dangerous goods.",
            ["dangerous_goods", "perfumes_cosmetics"],
        ),
        (
            "GST",
            "GST applies to goods (other than wine and cigarettes) imported into Australia.",
            ["all_goods"],
        ),
        # scope words only where the change is stated, and not when quoted
        (
            "HS codes for Mexico",
            "Items to Mexico must carry a six-digit HS code. Descriptions such as 'gift' are "
            "refused. Business customers can update their software in our portal.",
            ["all_goods"],
        ),
        # a sale named and gifts left out: sales only
        (
            "Duties",
            "Duties now apply to online sales imported into Chile. Gifts between private "
            "individuals are not affected.",
            ["commercial_goods"],
        ),
        # a scope in the title says it all
        (
            "Suspension of commercial mail to Japan",
            "We suspend all parcels and letters with goods sold online to Japan.",
            ["commercial_goods"],
        ),
        (
            "暫停接收寄往日本的商業郵件",
            "由即日起暫停接收寄往日本的商業郵件。只載有文件的郵件不受影響。",
            ["commercial_goods"],
        ),
        # only goods pay duties, need customs data or have a value
        (
            "New data for Norway",
            "All items to Norway must have an electronic customs declaration. Letters without "
            "goods do not need one.",
            ["all_goods"],
        ),
        (
            "Courier value limit",
            "Courier shipments to India are accepted only when the declared value does not "
            "exceed USD 1,000.",
            ["all_goods"],
        ),
        (
            "Zoll",
            "Die Zollfreigrenze für Sendungen in die Schweiz sinkt; Dokumente mit unvollständigen "
            "Angaben können sich verzögern.",
            ["all_goods"],
        ),
        # what resumed is what the resumption names
        (
            "Letters to Iran accepted again - parcels remain suspended",
            "Letters and postcards to Iran are accepted again. Parcels and packets containing "
            "goods remain suspended.",
            ["documents"],
        ),
        (
            "Pakketten naar Chili weer geaccepteerd",
            "Pakketten naar Chili worden weer geaccepteerd. Voor brieven verandert er niets.",
            ["all_goods"],
        ),
        # parcels carry goods; mail in general carries letters too
        ("Retards", "La distribution des colis en Belgique subit des retards.", ["all_goods"]),
        ("Hinweis", "Pakete nach Gabun sind bis auf Weiteres ausgesetzt.", ["all_goods"]),
        (
            "Delay",
            "Mail and parcels to Belgium are delayed by a strike.",
            ["all_goods", "documents"],
        ),
        # goods being held is a detail of a delay of all mail
        (
            "Delays to Cuba",
            "Items for Cuba are delayed by three weeks. Items containing goods are held for "
            "inspection.",
            ["all_goods", "documents"],
        ),
    ],
)
def test_categories_from_the_words_that_state_the_change(title, text, expected):
    assert cats(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a parcel carrier's "delivery" and "service" are of its parcels
        (
            "Service update - Chile",
            "After the storms, collection and delivery of parcels in southern Chile are delayed "
            "by two days.",
            ["all_goods"],
        ),
        (
            "Paketdienst nach Serbien",
            "Die Zustellung von Paketen in Serbien verzögert sich wegen Streiks um drei Tage.",
            ["all_goods"],
        ),
        (
            "Reprise du service vers le Liban",
            "Nous reprenons l'acceptation des colis à destination du Liban à partir du 2 mai.",
            ["all_goods"],
        ),
        # without parcels or goods, a stop of the delivery is one of all mail
        (
            "Service update",
            "Delivery to Iceland is suspended until further notice.",
            ["all_goods", "documents"],
        ),
        # the paperwork a parcel needs is not a category of mail
        (
            "Parcels to Kenya accepted again",
            "Parcels to Kenya are accepted again from 1 June. Customs documents must be attached "
            "to every parcel.",
            ["all_goods"],
        ),
        # "dutiable shipments" are goods
        (
            "Holiday in Oman",
            "Customs in Oman close for the holiday; delivery of dutiable shipments to Oman may be "
            "delayed by three days.",
            ["all_goods"],
        ),
        # letters "not covered by these limits" are left out
        (
            "Limits for Fiji",
            "Items to Fiji are limited to 5 kg from 1 May. Letters and documents are not covered "
            "by these limits.",
            ["all_goods"],
        ),
    ],
)
def test_generic_service_words_and_paperwork_do_not_add_documents(title, text, expected):
    assert cats(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Customs data for Serbia",
            "From 1 May, all items containing goods to Serbia require electronic customs data. "
            "The requirement also applies to gifts and samples.",
            ["all_goods"],
        ),
        (
            "Zolldaten für Serbien",
            "Ab 1. Mai sind für alle Warensendungen nach Serbien elektronische Zolldaten "
            "erforderlich. Das gilt auch für Geschenke und Warenmuster.",
            ["all_goods"],
        ),
    ],
)
def test_gifts_and_samples_that_a_change_also_covers_are_no_scope(title, text, expected):
    assert cats(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("暫停收寄", "即日起暫停收寄寄往尼泊爾之航空函件及包裹。"),
        ("引受停止", "ネパール宛ての書状及び小包の引受を停止します。"),
    ],
)
def test_chinese_and_japanese_letter_words_are_documents(title, text):
    assert cats(title, text) == ["all_goods", "documents"]
