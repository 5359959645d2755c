"""Session 103: each case a notice written for one rule, with the fields that rule decides."""

from __future__ import annotations

import pytest

from tests.classify_check import EU27, check_fields

_NOTICES = [
    # a bloc named with its count of members is every member, the source's own country too
    pytest.param(
        "SE",
        "postal",
        "Tull på småpaket från länder utanför EU",
        "Från den 1 juli 2026 tas en fast tull på 3 euro ut per varuslag i paket som skickas "
        "från länder utanför EU. Regeln gäller i alla 27 EU-länder. Paket som skickas från Norge "
        "till Sverige omfattas också.",
        {"destinations": EU27, "change_kind": "duty_tax_change"},
        id="sv-rule-in-all-27-eu-countries",
    ),
    pytest.param(
        "NL",
        "postal",
        "Vaste douaneheffing op kleine pakjes",
        "Vanaf 1 juli 2026 wordt in alle 27 lidstaten een vaste douaneheffing van €3 toegepast "
        "per artikelcategorie in pakjes van buiten de EU. Ook voor pakjes naar Nederland.",
        {"destinations": EU27, "change_kind": "duty_tax_change"},
        id="nl-duty-in-all-27-member-states",
    ),
    pytest.param(
        "GB",
        "postal",
        "New customs data for items to the European Union",
        "From 1 March 2026, all items containing goods sent to any of the 27 EU Member States "
        "must carry electronic customs data.",
        {"destinations": EU27, "change_kind": "new_requirement"},
        id="en-items-to-any-of-the-27-member-states",
    ),
    # ... not where goods come from
    pytest.param(
        "US",
        "customs",
        "New tariff on EU goods",
        "Goods originating in any of the 27 EU member states will face a 15% tariff from 1 "
        "August 2025.",
        {"destinations": ["US"], "change_kind": "duty_tax_change"},
        id="en-goods-from-the-27-member-states",
    ),
    # alcohol said of what other goods hold is no alcohol of its own
    pytest.param(
        "ES",
        "postal",
        "Envío de perfumes",
        "Desde el 1 de marzo, los perfumes con alcohol no se admiten en los envíos aéreos a "
        "Canadá.",
        {"categories": ["perfumes_cosmetics"], "change_kind": "prohibited_items"},
        id="es-perfumes-with-alcohol",
    ),
    pytest.param(
        "ES",
        "postal",
        "Nuevas restricciones",
        "A partir del 1 de abril no se aceptan en envíos a Canadá los perfumes, lociones y "
        "colonias que contengan alcohol.",
        {"categories": ["perfumes_cosmetics"], "destinations": ["CA"]},
        id="es-a-list-of-cosmetics-that-contain-alcohol",
    ),
    pytest.param(
        "US",
        "postal",
        "Perfume to Canada",
        "From 1 May, perfumes and alcohol-based sprays can no longer be mailed to Canada.",
        {"categories": ["perfumes_cosmetics"], "destinations": ["CA"]},
        id="en-alcohol-based-sprays",
    ),
    pytest.param(
        "AE",
        "postal",
        "حظر إرسال العطور إلى العراق",
        "يُحظر اعتباراً من 1 مارس 2025 إرسال العطور ومستحضرات التجميل المحتوية على الكحول إلى "
        "العراق.",
        {"categories": ["perfumes_cosmetics"], "destinations": ["IQ"]},
        id="ar-cosmetics-containing-alcohol",
    ),
    pytest.param(
        "TR",
        "postal",
        "Kuveyt'e parfüm gönderimi",
        "1 Aralık 2025 tarihinden itibaren Kuveyt'e alkol içeren parfüm ve kolonya "
        "gönderilmesi yasaklanmıştır.",
        {"categories": ["perfumes_cosmetics"], "destinations": ["KW"]},
        id="tr-perfume-containing-alcohol",
    ),
    pytest.param(
        "PL",
        "postal",
        "Perfumy do Kanady",
        "Od 1 marca 2025 r. przesyłki zawierające perfumy i kosmetyki na bazie alkoholu do "
        "Kanady nie będą przyjmowane.",
        {"categories": ["perfumes_cosmetics"], "destinations": ["CA"]},
        id="pl-alcohol-based-cosmetics",
    ),
    # ... while drinks with alcohol are alcohol
    pytest.param(
        "ES",
        "postal",
        "Bebidas",
        "A partir del 1 de abril no se aceptan bebidas con alcohol en los envíos a Canadá.",
        {"categories": ["alcohol"], "destinations": ["CA"]},
        id="es-drinks-with-alcohol",
    ),
    # documents paired with the goods a requirement holds for alike
    pytest.param(
        "PK",
        "carrier",
        "Saudi Arabia: consignee ID now mandatory",
        "Effective 1 May 2024, all international shipments to Saudi Arabia, documents and "
        "non-documents, must carry the consignee's national ID number.",
        {"categories": ["all_goods", "documents"], "change_kind": "new_requirement"},
        id="en-documents-and-non-documents",
    ),
    pytest.param(
        "ES",
        "carrier",
        "Brasil: CPF obligatorio",
        "A partir del 1 de agosto de 2024, todos los envíos de importación a Brasil (documentos "
        "y paquetes) deberán incluir el número de CPF del destinatario.",
        {"categories": ["all_goods", "documents"], "change_kind": "new_requirement"},
        id="es-documents-and-parcels",
    ),
    # ... not letters beside parcels, the mail that may hold goods
    pytest.param(
        "CH",
        "postal",
        "New customs clearance fees for imported consignments",
        "From 1 January 2026, Swiss Post will raise the fees it charges recipients for the "
        "customs clearance of letters and parcels imported into Switzerland to CHF 13.00.",
        {"categories": ["all_goods"], "change_kind": "duty_tax_change"},
        id="en-letters-and-parcels-imported",
    ),
    # Turkish and Indonesian "elektronik" is "electronic", said of data and papers
    pytest.param(
        "TR",
        "postal",
        "Avrupa Birliği ülkelerine gönderilerde elektronik gümrük verisi zorunluluğu",
        "1 Mart 2024 tarihinden itibaren Avrupa Birliği ülkelerine gönderilen ve içinde eşya "
        "bulunan tüm posta gönderileri için elektronik ön bilgi verisi zorunlu hale gelmiştir.",
        {"categories": ["all_goods"], "change_kind": "new_requirement"},
        id="tr-electronic-advance-data",
    ),
    pytest.param(
        "ID",
        "customs",
        "Kewajiban data katalog elektronik",
        "Mulai 1 Oktober 2024, data katalog elektronik dan invoice elektronik wajib "
        "disampaikan kepada Bea Cukai untuk setiap barang kiriman.",
        {"categories": ["all_goods"], "change_kind": "new_requirement"},
        id="id-electronic-catalogue",
    ),
    # ... while Danish "elektronik" is goods
    pytest.param(
        "DK",
        "postal",
        "Nye regler for elektronik til Grønland",
        "Fra 1. marts kan elektronik med indbygget batteri ikke længere sendes med fly til "
        "Grønland.",
        {"categories": ["electronics", "lithium_batteries"], "destinations": ["GL"]},
        id="da-electronics-to-greenland",
    ),
    # flammable liquids said of perfume are why the perfume is stopped, no goods of their own
    pytest.param(
        "GB",
        "postal",
        "Sending perfume overseas",
        "From 3 March 2025, perfume and aftershave can no longer be sent to Australia, because "
        "airlines classify them as flammable liquids (UN1266).",
        {"categories": ["perfumes_cosmetics"], "destinations": ["AU"]},
        id="en-perfume-classified-as-flammable-liquids",
    ),
    # ... while a ban of flammable liquids of any kind names them
    pytest.param(
        "GB",
        "postal",
        "Flammable liquids to Australia",
        "From 3 March 2025, flammable liquids such as paint thinners and lighter fluid can no "
        "longer be sent to Australia.",
        {"categories": ["dangerous_goods"], "destinations": ["AU"]},
        id="en-flammable-liquids-banned",
    ),
    # the animal quarantine service named as who checks is no animals sent
    pytest.param(
        "TW",
        "postal",
        "寄往日本郵件禁止內裝肉類製品",
        "依日本農林水產省動物檢疫所規定，自2025年1月1日起，寄往日本的郵件不得內裝肉類及其製品，"
        "包括香腸及肉乾。",
        {"categories": ["food"], "destinations": ["JP"], "change_kind": "prohibited_items"},
        id="zh-animal-quarantine-service",
    ),
    # the goods of each class of a rate table are examples of it: the duty is on all goods
    pytest.param(
        "CN",
        "customs",
        "关于调整进境物品进口税有关问题的公告",
        "自2019年4月9日起，调整进境物品进口税税率：\n"
        "（一）税目1（书报、食品、饮料、金银、家具、玩具等）的税率由15%调降为13%；\n"
        "（二）税目2（纺织品、电器用品、自行车等）的税率由25%调降为20%；\n"
        "进境个人邮递物品应以自用、合理数量为限。",
        {"categories": ["all_goods"], "change_kind": "duty_tax_change"},
        id="zh-classes-of-a-rate-table",
    ),
    # Slovak "it is not possible to send" in its other verbs
    pytest.param(
        "SK",
        "postal",
        "Parfumy do Austrálie",
        "Od 1. marca nie je možné posielať parfumy do Austrálie.",
        {"categories": ["perfumes_cosmetics"], "destinations": ["AU"], "relevant": True},
        id="sk-not-possible-to-send",
    ),
    pytest.param(
        "SK",
        "postal",
        "Parfumy do Austrálie",
        "Od 1. marca nemožno zasielať parfumy do Austrálie.",
        {"categories": ["perfumes_cosmetics"], "destinations": ["AU"], "relevant": True},
        id="sk-cannot-be-sent",
    ),
    # the first review's regressions
    pytest.param(
        "ES",
        "postal",
        "Chile",
        "Está prohibido enviar a Chile perfumes y bebidas con alcohol por vía postal.",
        {"categories": ["alcohol", "perfumes_cosmetics"], "destinations": ["CL"]},
        id="es-perfumes-and-drinks-with-alcohol",
    ),
    pytest.param(
        "DE",
        "postal",
        "USA",
        "Kosmetik und Getränke mit mehr als 15 % Alkohol dürfen nicht mehr in die USA "
        "verschickt werden.",
        {"categories": ["alcohol", "perfumes_cosmetics"], "destinations": ["US"]},
        id="de-drinks-with-more-than-15-percent-alcohol",
    ),
    pytest.param(
        "GB",
        "postal",
        "United States",
        "From 1 May, flammable liquids and perfumes are prohibited in all international parcels "
        "to the United States.",
        {"categories": ["dangerous_goods", "perfumes_cosmetics"], "destinations": ["US"]},
        id="en-flammable-liquids-listed-beside-perfume",
    ),
    pytest.param(
        "MO",
        "postal",
        "Liquids by airmail",
        "Restriction from 1 September: non-flammable liquids, gels or creams are accepted in "
        "airmail items to all countries only up to 500 ml per item.",
        {"categories": ["liquids"], "change_kind": "restriction"},
        id="en-non-flammable-liquids",
    ),
    pytest.param(
        "GB",
        "carrier",
        "Russia",
        "Following the sanctions package agreed by the 27 EU member states, we can no longer "
        "accept parcels to Russia.",
        {"destinations": ["RU"]},
        id="en-sanctions-agreed-by-the-27",
    ),
    pytest.param(
        "SE",
        "postal",
        "Tull",
        "Från den 1 juli 2026 gäller en tull på 3 euro för paket till alla 27 EU-länder, men "
        "till en början endast till Tyskland och Frankrike.",
        {"destinations": ["DE", "FR"]},
        id="sv-only-two-of-the-27",
    ),
    pytest.param(
        "CN",
        "customs",
        "植物检疫",
        "自2025年1月1日起，邮寄进境的植物检疫物须提供输出国官方植物检疫证书。",
        {"categories": ["animals_plants"], "change_kind": "new_requirement"},
        id="zh-goods-under-plant-quarantine",
    ),
    pytest.param(
        "CN",
        "customs",
        "调整行邮税",
        "自2025年1月1日起，税目3（烟草、酒、化妆品等）的税率由50%上调至60%，其他税目税率不变。",
        {"categories": ["alcohol", "perfumes_cosmetics", "tobacco_vapes"]},
        id="zh-one-class-of-a-rate-table-changes",
    ),
    pytest.param(
        "DE",
        "postal",
        "Russland",
        "Ab sofort nehmen wir keine Pakete mit Elektronik online oder in der Filiale nach "
        "Russland an.",
        {"categories": ["electronics"], "destinations": ["RU"]},
        id="de-elektronik-online",
    ),
    # gifts beside the goods of a suspension are an example of them ...
    pytest.param(
        "GB",
        "postal",
        "Parcels to Israel suspended",
        "From 10 October we have suspended all parcels to Israel, including those holding gifts.",
        {"categories": ["all_goods"], "change_kind": "suspension", "destinations": ["IL"]},
        id="en-parcels-suspended-including-gifts",
    ),
    # ... unless the stop of all mail names them among what stops beside letters
    pytest.param(
        "IN",
        "postal",
        "Booking of mail to the USA suspended",
        "The booking of all categories of mail to the USA, including letters, documents and "
        "gift items up to USD 100, is fully suspended.",
        {"categories": ["all_goods", "documents", "gifts"], "change_kind": "suspension"},
        id="en-all-mail-including-letters-and-gifts-suspended",
    ),
    # the second review's regressions
    pytest.param(
        "AE",
        "postal",
        "السعودية",
        "يحظر إرسال العطور والمشروبات المحتوية على الكحول إلى المملكة العربية السعودية.",
        {"categories": ["alcohol", "perfumes_cosmetics"], "destinations": ["SA"]},
        id="ar-perfumes-and-drinks-containing-alcohol",
    ),
    pytest.param(
        "TR",
        "postal",
        "ABD",
        "Alkol içeren içecekler ve parfümler Amerika Birleşik Devletleri'ne gönderilemez.",
        {"categories": ["alcohol", "perfumes_cosmetics"], "destinations": ["US"]},
        id="tr-drinks-containing-alcohol",
    ),
    pytest.param(
        "GB",
        "postal",
        "Perfume to the US",
        "Soft drinks may still be sent, but perfumes with alcohol can no longer be sent to the "
        "United States.",
        {"categories": ["perfumes_cosmetics"], "destinations": ["US"]},
        id="en-drinks-in-another-clause",
    ),
    pytest.param(
        "JP",
        "postal",
        "米国宛て郵便物",
        "米国宛ての郵便物に、肉製品などの動物検疫対象品を入れることはできません。",
        {"categories": ["animals_plants", "food"], "destinations": ["US"]},
        id="ja-goods-subject-to-animal-quarantine",
    ),
    pytest.param(
        "AX",
        "postal",
        "Tulldata",
        "Från den 1 mars 2026 krävs elektroniska tulldata för alla paket från Åland till de 27 "
        "EU-länderna. Kravet gäller inte bara Finland och Sverige utan alla EU-länder.",
        {"destinations": EU27},
        id="sv-not-only-two-of-the-27",
    ),
    pytest.param(
        "IE",
        "postal",
        "Customs data",
        "From 1 March 2026, the customs authorities of all 27 EU Member States require "
        "electronic data for every parcel.",
        {"destinations": EU27},
        id="en-authorities-of-all-27",
    ),
    # a limit said as what may no longer be exceeded
    pytest.param(
        "DE",
        "carrier",
        "Versand in die Schweiz: neue Wertgrenze",
        "Ab dem 1. April 2023 gilt:\n- Der Warenwert eines Pakets in die Schweiz darf 1.000 "
        "Euro nicht mehr überschreiten (bisher 2.500 Euro).",
        {"change_kind": "restriction", "destinations": ["CH"]},
        id="de-value-may-no-longer-exceed",
    ),
    pytest.param(
        "FR",
        "carrier",
        "Colis vers la Suisse",
        "À partir du 1er avril 2023, la valeur d'un colis vers la Suisse ne doit plus dépasser "
        "1 000 euros.",
        {"change_kind": "restriction", "destinations": ["CH"]},
        id="fr-value-must-no-longer-exceed",
    ),
    # sending refused without data is what the requirement says, in Slavic languages too
    pytest.param(
        "SK",
        "postal",
        "Colné údaje",
        "Od 1. marca 2026 zásielky s tovarom bez elektronických colných údajov nemožno odoslať "
        "do krajín mimo EÚ.",
        {"change_kind": "new_requirement", "categories": ["all_goods"]},
        id="sk-cannot-be-sent-without-data",
    ),
    pytest.param(
        "PL",
        "postal",
        "Dane celne",
        "Od 1 marca 2026 przesyłek z towarami bez elektronicznych danych celnych nie można "
        "wysyłać do krajów spoza UE.",
        {"change_kind": "new_requirement", "categories": ["all_goods"]},
        id="pl-cannot-be-sent-without-data",
    ),
    # watches in a list of devices are devices, not jewellery
    pytest.param(
        "GB",
        "postal",
        "Lithium batteries to Australia",
        "From 1 May, lithium batteries installed in equipment (mobile phones, cameras, watches) "
        "are no longer accepted to Australia.",
        {"categories": ["electronics", "lithium_batteries"], "destinations": ["AU"]},
        id="en-watches-among-devices",
    ),
    pytest.param(
        "GB",
        "postal",
        "Jewellery to India",
        "From 1 May, jewellery and watches can no longer be sent to India.",
        {"categories": ["jewelry"], "destinations": ["IN"]},
        id="en-watches-beside-jewellery",
    ),
    # what the goods of the sentence before hold, past the reader's question between
    pytest.param(
        "AU",
        "postal",
        "Perfume overseas",
        "From 1 July, perfume and nail polish can no longer be sent overseas by air. Why has "
        "this changed? These products contain alcohol or solvents.",
        {"categories": ["perfumes_cosmetics"]},
        id="en-products-contain-alcohol-after-a-question",
    ),
    # the third review's regressions
    pytest.param(
        "GB",
        "carrier",
        "Russia",
        "Under the sanctions package adopted by the foreign ministers of the 27 EU member "
        "states, we no longer accept parcels for Russia.",
        {"destinations": ["RU"]},
        id="en-sanctions-of-the-27",
    ),
    pytest.param(
        "SE",
        "postal",
        "Ryssland",
        "Enligt sanktionerna som antagits av de 27 EU-länderna tar vi inte längre emot paket "
        "till Ryssland.",
        {"destinations": ["RU"]},
        id="sv-sanctions-by-the-27",
    ),
    pytest.param(
        "ES",
        "postal",
        "Chile",
        "Desde el 1 de marzo las bebidas y perfumes con alcohol no se admiten en los envíos a "
        "Chile.",
        {"categories": ["alcohol", "perfumes_cosmetics"], "destinations": ["CL"]},
        id="es-drinks-and-perfumes-with-alcohol",
    ),
    pytest.param(
        "TR",
        "postal",
        "ABD",
        "Alkol içeren kozmetik ürünler ve içecekler Amerika Birleşik Devletleri'ne gönderilemez.",
        {"categories": ["alcohol", "perfumes_cosmetics"], "destinations": ["US"]},
        id="tr-cosmetics-and-drinks-containing-alcohol",
    ),
    pytest.param(
        "PL",
        "postal",
        "Baterie litowe",
        "Od 1 marca baterie litowe nie mogą być wysyłane do Australii, bez względu na treść "
        "deklaracji celnej.",
        {"change_kind": "prohibited_items", "destinations": ["AU"]},
        id="pl-regardless-of-the-declaration",
    ),
    pytest.param(
        "GB",
        "postal",
        "Russia",
        "From 1 May the following can no longer be sent to Russia: mobile phones, laptops, "
        "luxury watches and perfume.",
        {"categories": ["electronics", "jewelry", "perfumes_cosmetics"]},
        id="en-luxury-watches-after-devices",
    ),
    pytest.param(
        "CN",
        "customs",
        "调整行邮税",
        "自2025年1月1日起，行邮税第一档（书报、食品等）税率由15%调整为13%，第二档（纺织品、电器）"
        "税率由25%调整为20%。",
        {"categories": ["all_goods"], "change_kind": "duty_tax_change"},
        id="zh-two-numbered-bands-of-a-rate-table",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_classifies(origin, source_kind, title, text, want) -> None:
    check_fields(origin, source_kind, title, text, want)
