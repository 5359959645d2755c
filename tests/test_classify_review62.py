"""Session 62, from blind sets 346 and 347 and the weakest earlier sets: changes are read as
their kind, for the places they are about."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (origin, source kind, title, text): pages full of words of duties that change nothing for a
# sender
_QUIET = [
    # a revenue authority's results: duties collected are figures
    ("KE", "customs",
     "KRA preliminary revenue outcome for the 2024/25 financial year",
     "The Kenya Revenue Authority collected gross tax revenue of KES 2.5 trillion in the "
     "2024/25 financial year, up 8% on the previous year.\n\nCustoms and excise\n- Customs "
     "duties: KES 180 billion\n- Import VAT: KES 320 billion\n- Excise duties: KES 90 billion"
     "\n\nNet revenue after refunds was in line with the revised estimate."),
    # a Finnish customs job advert: inspections of parcels and seizures are its duties
    ("FI", "customs",
     "Tulli hakee tullitarkastajia Turun satamaan",
     "Tulli hakee 15 tullitarkastajaa. Työtehtäviin kuuluu mm. postilähetysten tarkastaminen ja "
     "takavarikot. Edellytämme soveltuvaa tutkintoa. Palkkaus määräytyy valtion "
     "virkaehtosopimuksen mukaan. Tehtävään valittavalta edellytetään "
     "turvallisuusselvityksen läpäisemistä. Hakuaika päättyy 31.3.2026."),
    # Icelandic Christmas opening hours: import charges can be paid in the app
    ("IS", "postal",
     "Afgreiðslutími pósthúsa um jól og áramót",
     "Pósthúsin verða opin til kl. 20:00 frá 16. til 23. desember. Lokað verður á aðfangadag og "
     "jóladag. Pósthúsið í Vík lokar 31. desember; þar verður hægt að sækja tollskyldar "
     "sendingar á Selfossi. Við minnum á að hægt er að fylgjast með sendingum og greiða "
     "aðflutningsgjöld í appinu."),
    # a price rise suspended: stamps keep their price, no mail stops
    ("ES", "postal",
     "Correos suspende la subida de precios prevista para 2026",
     "Correos ha decidido suspender la subida de precios prevista para el 1 de enero de 2026: "
     "la carta ordinaria nacional hasta 20 g seguirá costando 0,90 euros."),
    # German half-year figures under a title that names tariffs as what weighs on business
    ("DE", "carrier",
     "Paketdienst AG: Halbjahreszahlen 2026 – Zölle belasten das internationale Geschäft",
     "Bonn, 05.08.2026\n• Konzernumsatz im ersten Halbjahr bei 12,1 Mrd. Euro\n• EBIT steigt um 2 "
     "%\n\"Die neuen US-Zölle und das Ende der Zollfreigrenze haben die Sendungsmengen aus Asien "
     "gedämpft\", sagte der Vorstand. Der Halbjahresfinanzbericht steht online zur Verfügung."),
    # a domestic manual's revision on batteries, which says the international rules stay
    ("US", "postal",
     "Domestic Mail Manual: Mailing Lithium Batteries by Ground — Revisions",
     "Effective July 1, the Postal Service will revise the Domestic Mail Manual to clarify the "
     "marking requirements for packages containing lithium batteries. Packages with batteries "
     "packed with equipment must bear the lithium battery mark. These revisions apply to "
     "domestic mail only. International mailing of lithium batteries is not affected."),
    # an event's registration: its sessions name de minimis, duties and seizures
    ("US", "customs",
     "CSMS # 65000001 - Registration Open: CBP Trade Week 2026",
     "CBP invites members of the trade community to register for Trade Week 2026, to be held "
     "in Miami. Sessions will include:\n• E-commerce and de minimis\n• Antidumping and "
     "countervailing duties\n• Counterfeit seizures\nRegistration is free, but space is "
     "limited."),
    ("GB", "postal",
     "We have suspended the planned price increase for second class stamps",
     "We have suspended the planned price increase for second class stamps, which will stay "
     "at 85p until next April."),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text"), _QUIET)
def test_a_page_that_changes_nothing_for_a_sender_stays_quiet(origin, kind_of_source, title, text):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert not got.relevant, (got.change_kind, got.evidence[:2])


# (origin, source kind, title, text, kind, destinations)
_READ_AS = [
    # a reminder that the arrangements for dutiable goods are unchanged restates the duties
    ("MO", "customs",
     "Dutiable goods sent by post over the holidays: arrangements unchanged",
     "The Customs Service reminds the public that the arrangements for dutiable goods sent to "
     "Macao by post or courier remain unchanged.\n\n• Wine and spirits above 30% alcohol are "
     "dutiable at 100% of their value.\n• Cigarettes are dutiable per stick.",
     "informational",
     ["MO"]),
    # an alerts page whose other regions have "No service alerts at this time": a storm's delay
    ("US", "carrier",
     "Service alerts",
     "ASIA PACIFIC\nTyphoon Mawar - Philippines\nShipments destined for the Philippines may "
     "experience delays of 48 to 72 hours.\n\nEUROPE\nNo service alerts at this time.\n\n"
     "LATIN AMERICA\nNo service alerts at this time.",
     "delay",
     ["PH"]),
    # a place whose sentence closes with "(no change)" keeps its rules, even beside a rule
    ("JP", "postal",
     "電子データ送信の必須化について",
     "2024年4月1日から、下記の国あてに物品を内容とする郵便物を差し出す場合は、電子データの送信"
     "が必須となります。\n【対象の国】\nカナダ、オーストラリア\n※米国あてについては、すでに"
     "電子データの送信が必須となっています（変更はありません）。",
     "new_requirement",
     ["AU", "CA"]),
    ("AU", "postal",
     "Electronic customs data for parcels to Asia",
     "From 1 May, parcels to Thailand and Vietnam must carry electronic customs data. Items to "
     "Singapore have carried it since 2023 (no change).",
     "new_requirement",
     ["TH", "VN"]),
    # a correction of a typing error that says it creates no new requirement
    ("US", "customs",
     "CORRECTION: Typographical Error in Guidance on Postal Shipments",
     "This message corrects a typographical error in the guidance issued on 3 March. The "
     "report is due \"no later than the 10th day of the month following the month of "
     "importation\". This correction does not create any new requirement and does not change "
     "the treatment of any postal shipment entering the United States.",
     "informational",
     ["US"]),
    # Italian recommended posting dates: advice, with the customs declaration as a reminder
    ("IT", "postal",
     "Natale 2025: le date consigliate per spedire all'estero",
     "Ti consigliamo di spedire entro le date indicate qui sotto.\n| Destinazione | Posta "
     "Prioritaria | Pacco |\n| Europa | 12 dicembre | 5 dicembre |\n| Stati Uniti e Canada | 5 "
     "dicembre | 25 novembre |\nPer i pacchi fuori dall'Unione europea serve la dichiarazione "
     "doganale.",
     "informational",
     ["*"]),
    # Norwegian, the verb before its subject: "Fra i dag tar vi igjen imot pakker"
    ("NO", "postal",
     "Pakker til Island",
     "Streiken på Island er over. Fra og med i dag tar vi igjen imot pakker til Island.",
     "resumption",
     ["IS"]),
    # a surcharge that "does not apply" to shipments "con destino a" two places
    ("CL", "carrier",
     "Recargo por situación de emergencia: nuevos destinos",
     "A partir del 1 de junio, el recargo por situación de emergencia se extiende a los envíos "
     "a Sudán y Libia. No aplica a los envíos con destino a Túnez ni a Argelia.",
     "duty_tax_change",
     ["LY", "SD"]),
    # "Tampoco ..." / "Nor ...": the sentence after an unaffected one spares its places too
    ("PE", "postal",
     "Posibles retrasos en envíos a Europa por huelga en Madrid",
     "Los envíos a España y Francia podrían presentar retrasos de 5 días. Los envíos a "
     "Portugal no se verán afectados. Tampoco los envíos a Canadá, que viajan vía Toronto.",
     "delay",
     ["ES", "FR"]),
    ("NZ", "postal",
     "Strike at Heathrow: possible delays",
     "Items to the United Kingdom and Ireland may be delayed by up to a week. Items to France "
     "will not be affected. Nor will items to Germany, which travel via Frankfurt.",
     "delay",
     ["GB", "IE"]),
    # Swedish: snus accepted only from person to person
    ("SE", "postal",
     "Snus till Norge – nya villkor",
     "Från 1 mars tar vi bara emot snus till Norge i försändelser från privatperson till "
     "privatperson.",
     "restriction",
     ["NO"]),
    # an incident page's list of the other incidents, with their gist in brackets
    ("GB", "postal",
     "International incident bulletin: Belgium — industrial action",
     "National strikes in Belgium are affecting bpost.\nImpact:\nItems to Belgium may take "
     "longer than usual to be delivered. We are still accepting all items for Belgium.\n\n"
     "Other current incidents: Haiti (suspension), Chile and Peru (floods — delays).",
     "delay",
     ["BE"]),
    # a page that sends the reader to other entries for the places where changes apply
    ("GB", "postal",
     "Service update: Gulf",
     "Mail and parcels to Qatar and Oman are being accepted as normal, and parcels to Bahrain "
     "are delayed by two days.\nPlease see the separate entries for Iran and Iraq, where "
     "acceptance of all mail is suspended.",
     "delay",
     ["BH"]),
    # ... whose places, named only as those entries, are none of this notice's
    ("GB", "postal",
     "International incident bulletin: Gulf — services operating",
     "Some airlines have changed routes across the region. Mail and parcels to Qatar and Oman "
     "are being accepted and are flowing as normal.\nPlease see the separate entries for Iran "
     "and Iraq, where specific restrictions and delays apply.",
     "informational",
     ["OM", "QA"]),
    # Icelandic: a fee on parcels arriving in Iceland, by the countries they come from
    ("IS", "postal",
     "Breyting á tollmeðferðargjaldi fyrir sendingar frá útlöndum",
     "Frá og með 1. janúar hækkar tollmeðferðargjald á sendingum sem berast til Íslands.\n"
     "• Sendingar frá Þýskalandi og Danmörku: 690 kr.\n• Sendingar frá löndum utan EES (t.d. "
     "Bandaríkjunum, Kína): 990 kr.",
     "duty_tax_change",
     ["IS"]),
    # Lithuanian: parcels rerouted "kitu maršrutu per Lenkiją" (by another route through Poland)
    ("LT", "postal",
     "Vėluoja siuntos į Kazachstaną",
     "Siuntos į Kazachstaną šiuo metu nukreipiamos kitu maršrutu per Lenkiją. Pristatymo laikas "
     "gali pailgėti 2–4 savaitėmis.",
     "delay",
     ["KZ"]),
    # a new handling fee on parcels arriving in Austria, beside what must be cleared
    ("AT", "postal",
     "Neue Bearbeitungsgebühr für Sendungen aus Nicht-EU-Ländern ab 1. Juli",
     "Für Sendungen aus Ländern außerhalb der EU, die beim Eingang in Österreich verzollt werden "
     "müssen, beträgt die Bearbeitungsgebühr ab 1. Juli 6 €. Keine Gebühr fällt an, wenn die "
     "IOSS-Nummer auf der Sendung angegeben ist.",
     "duty_tax_change",
     ["AT"]),
    # Arabic: incoming parcels delivered only after the recipient's national address is given
    ("OM", "postal",
     "العنوان الوطني شرط لتسليم الطرود الدولية الواردة",
     "أعلن البريد أنه ابتداءً من 1 يناير لن يتم تسليم الطرود الدولية الواردة إلى السلطنة إلا بعد "
     "ربطها بالعنوان الوطني للمستلم.",
     "new_requirement",
     ["OM"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text", "kind", "codes"), _READ_AS)
def test_the_change_and_its_places_are_read(origin, kind_of_source, title, text, kind, codes):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert (got.change_kind, got.destinations) == (kind, codes), got.evidence[:3]


# (origin, source kind, title, text, categories): the goods a change names, in their own words
_GOODS = [
    # Korean pork products banned from parcels into Korea
    ("KR", "customs",
     "돼지고기 가공품 국제우편 반입 금지",
     "관세청은 6월 1일부터 국제우편으로 반입되는 돼지고기, 소시지, 육포 등 가공품을 전량 "
     "폐기한다고 밝혔다.",
     ["food"]),
    # Croatian pork products banned from parcels into Croatia
    ("HR", "customs",
     "Zabrana unosa proizvoda od svinjskog mesa",
     "Od 1. rujna u Republiku Hrvatsku zabranjen je unos svinjskog mesa i proizvoda koji ga "
     "sadrže (kobasice, pršut), uključujući poštanske pošiljke.",
     ["food"]),
    # perfumes said to be classed as dangerous goods: the reason for the limit, not goods of
    # their own
    ("NZ", "postal",
     "New limits for sending perfume overseas",
     "From 1 June, perfume sent overseas will only be accepted up to 2 bottles per parcel. "
     "Why the change? Fragrances contain flammable alcohol and are classed as dangerous goods "
     "by airlines.",
     ["perfumes_cosmetics"]),
    # Lithuanian: a duty on low-value e-commerce parcels ("e. prekybos siuntoms")
    ("LT", "customs",
     "3 eurų muito mokestis mažos vertės e. prekybos siuntoms",
     "Nuo 2026 m. liepos 1 d. mažos vertės e. prekybos siuntoms, siunčiamoms į Lietuvą iš ne ES "
     "šalių, bus taikomas fiksuotas 3 eurų muito mokestis.",
     ["commercial_goods"]),
    # Estonian: a stop of goods to the US "including gifts" ("sealhulgas kingitustele")
    ("EE", "postal",
     "Kaupa sisaldavate saadetiste vastuvõtt USA-sse on peatatud",
     "Omniva peatab alates 1. märtsist kaupa sisaldavate saadetiste vastuvõtu Ameerika "
     "Ühendriikidesse. Peatamine kehtib nii eraisikutele kui ärikliendile, sealhulgas "
     "kingitustele.",
     ["all_goods"]),
    # Finnish: letters that hold goods ("tavaraa sisältäviin kirjeisiin") are goods, not letters
    ("FI", "postal",
     "Ahvenanmaalle lähetettävät tavaralähetykset: sähköiset tullitiedot pakollisiksi",
     "1.4.2026 alkaen kaikkiin Ahvenanmaalle lähetettäviin paketteihin ja tavaraa sisältäviin "
     "kirjeisiin on liitettävä sähköiset tullitiedot.",
     ["all_goods"]),
    # Danish: parcels stopped, letters "tages fortsat imod" (still accepted)
    ("DK", "postal",
     "Midlertidigt stop for pakker til Grønland",
     "PostNord tager fra 8. april og indtil videre ikke imod pakker til Grønland. Breve og små "
     "forsendelser op til 2 kg tages fortsat imod og sendes med fly, men må forventes at være "
     "nogle dage forsinket.",
     ["all_goods"]),
    # the traders a German duty notice speaks to sell every kind of goods: no scope of sales
    ("DE", "customs",
     "Einfuhrumsatzsteuer auf Kleinsendungen ab 1. Juli",
     "Ab dem 1. Juli entfällt die Befreiung von der Einfuhrumsatzsteuer für Waren mit einem "
     "Wert bis 22 Euro. Händler können die Steuer über den IOSS abführen; sonst zahlt der "
     "Empfänger bei der Zustellung.",
     ["all_goods"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text", "cats"), _GOODS)
def test_the_goods_a_change_names_are_its_categories(origin, kind_of_source, title, text, cats):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert got.categories == cats, got.evidence
