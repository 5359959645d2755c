"""Session 63, from blind sets 348 and 349 and the weakest earlier sets: changes are read as
their kind, for the places they are about."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (origin, source kind, title, text): pages that change nothing for a sender
_QUIET = [
    # a maintenance window that stops the tracking pages, said many times
    ("KR", "postal",
     "[시스템 점검] 국제우편 조회 서비스 일시 중단 안내",
     "서버 교체 작업으로 아래와 같이 일부 서비스가 일시 중단됩니다.\n"
     "■ 중단 일시: 2026년 3월 7일(토) 01:00 ~ 05:00\n■ 중단 서비스\n"
     " - 국제우편 배송조회\n - 국제우편 요금조회\n작업이 끝나면 서비스는 즉시 재개됩니다."),
    # a post's insurance arm stops selling travel policies: no mail stops
    ("NZ", "postal",
     "Temporary pause on new travel insurance policies",
     "From 3 March we have temporarily suspended the sale of new annual and single-trip "
     "travel insurance policies while we move to a new insurer. We expect to resume sales in "
     "April. Existing policies, including cover for trips to Australia and the USA, continue "
     "as normal."),
    # a marketplace's fees for its sellers: no duty on what they send
    ("US", "other",
     "Changes to our seller fees",
     "Starting June 3, the transaction fee will increase from 5% to 6% of the order total, "
     "including shipping. The listing fee stays at $0.25, and the currency conversion fee "
     "goes from 2.5% to 3%. Sales tax and VAT we collect for you are not subject to the "
     "transaction fee. Sellers in Germany, Canada and the UK pay the same fees."),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text"), _QUIET)
def test_a_page_that_changes_nothing_for_a_sender_stays_quiet(origin, kind_of_source, title, text):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert not got.relevant, (got.change_kind, got.evidence[:3])


_EU = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()

# (origin, source kind, title, text, kind, destinations)
_READ_AS = [
    # a duty on imports into the EU, told by a French post, is paid in France too
    ("FR", "postal",
     "Petits colis venant de l'extérieur de l'UE : un droit de douane de 2 € au 1er juillet",
     "À partir du 1er juillet, un droit de douane forfaitaire de 2 € s'appliquera à chaque "
     "article de faible valeur importé dans l'Union européenne. Le destinataire le paiera à "
     "la livraison.",
     "duty_tax_change",
     _EU),
    # duty news told only to say that sending goes on: an all-clear, not a change of duties
    ("NZ", "postal",
     "Service update: US tariffs and sending to the United States",
     "You may have read that the United States is ending its de minimis exemption for goods "
     "from some countries and raising tariffs. There is no change to our services to the "
     "United States. Parcels and letters continue to be accepted as usual, and items already "
     "on their way will be delivered as normal. Our International Express service continues "
     "to operate as normal.",
     "informational",
     ["US"]),
    # a requirement of the destination's customs named only to say that nothing changes
    ("SG", "postal",
     "Sending to Malaysia: questions about the new declaration rules",
     "Some customers have asked about the electronic declaration that Malaysia requires for "
     "commercial imports. There is no change to how you send to Malaysia with us. Letters and "
     "parcels to Malaysia continue to be accepted as usual and are delivered as normal. Our "
     "services continue to operate as normal.",
     "informational",
     ["MY"]),
    # a possibility told as a condition ("If you are sending aid ...") is advice, not a stop
    ("IE", "postal",
     "Service update: Nepal",
     "Following the floods in eastern Nepal, Nepal Post has confirmed that its mail centre in "
     "Kathmandu is operating normally and continues to accept and deliver mail and parcels. "
     "You can continue to send letters and parcels to Nepal as normal.\n\nIf you are sending "
     "relief goods, please check the guidance of the Nepalese authorities first, as some goods "
     "may not be accepted by Nepalese customs.",
     "informational",
     ["NP"]),
    # a stop of air traffic told as the past cause of a notice that all runs normally
    ("BH", "postal",
     "Update on postal operations",
     "Following the temporary closure of Bahraini airspace on 12 May as a precaution, air "
     "traffic has been fully restored and all postal operations are running normally. "
     "Outbound mail is dispatched to all destinations as scheduled.",
     "informational",
     ["*"]),
    # a stop said to stand as before, set off by commas, names no place of this notice's news
    ("LT", "postal",
     "Vėluoja siuntos į Kazachstaną",
     "Siuntos į Kazachstaną vėluoja dvi savaites. Siuntų į Baltarusiją priėmimas, kaip ir "
     "anksčiau, yra sustabdytas.",
     "delay",
     ["KZ"]),
    ("GB", "carrier",
     "Delays to Kazakhstan",
     "Items to Kazakhstan are delayed by up to two weeks. Acceptance of items to Belarus is, "
     "as before, suspended.",
     "delay",
     ["KZ"]),
    # one service paused while the others remain available: a limit of how one may send
    ("GB", "carrier",
     "Changes to our international services to Canada",
     "From 3 March, International Economy is paused for items to Canada. International "
     "Standard and International Tracked remain available to Canada.",
     "restriction",
     ["CA"]),
    # a limit raised, with the products it holds for named between: an easing
    ("US", "postal",
     "International Service Alerts - Japan",
     "Effective May 2, the maximum weight for Priority Mail Express International and Priority "
     "Mail International items to Japan is raised to 66 pounds. The temporary limit of 22 "
     "pounds no longer applies.",
     "resumption",
     ["JP"]),
    # the limit in the sentence of a resumption says what resumes
    ("CH", "postal",
     "Versand in die Ukraine – aktuelle Informationen",
     "Ab sofort nehmen wir wieder Briefe und Päckchen bis 2 kg in die Ukraine an. Die "
     "ukrainische Post hat die Zustellung in weiten Teilen des Landes wieder aufgenommen.",
     "resumption",
     ["UA"]),
    # French "non plus" (either) is no "ne ... plus" (no longer)
    ("CH", "postal",
     "Grève en Autriche : vos envois vers l'Autriche",
     "La Poste continue d'accepter normalement les lettres et les colis à destination de "
     "l'Autriche. Les délais de distribution ne subissent pas non plus de changement.",
     "informational",
     ["AT"]),
    # a duty-free allowance (免税限额) lowered is a duty change, not a limit of what may be sent
    ("CN", "postal",
     "关于哈萨克斯坦调整个人进境物品免税限额的提示",
     "哈萨克斯坦海关自2026年4月1日起将个人进境邮件物品的免税限额由200欧元调降为100欧元，"
     "超过免税限额的部分须缴纳关税。",
     "duty_tax_change",
     ["KZ"]),
    # a plain word of tax with its rate changed, in English and German
    ("TR", "customs",
     "New rates for goods imported by post",
     "The flat tax applied to goods imported by post and express cargo has been increased "
     "from 30% to 60%.",
     "duty_tax_change",
     ["TR"]),
    ("AT", "customs",
     "Neue Sätze für Sendungen aus Drittländern",
     "Die pauschale Steuer auf Postsendungen aus Drittländern steigt von 10 % auf 15 %.",
     "duty_tax_change",
     ["AT"]),
    # bans in customs' own words: "cannot be imported", "never mail ... illegal", "may not ...
    # receive by post"
    ("JP", "customs",
     "郵便による乳製品の輸入について",
     "2026年5月1日から、海外から郵便で送られるチーズ等の乳製品は、検査証明書がないものは"
     "輸入できません。",
     "prohibited_items",
     ["JP"]),
    ("HK", "customs",
     "海關提醒市民切勿郵寄含某成分的產品來港",
     "由二〇二六年三月一日起，進口或管有含該成分的產品均屬違法。市民切勿郵寄該等產品來港。",
     "prohibited_items",
     ["HK"]),
    ("CZ", "customs",
     "Upozornění: léky ze zemí mimo EU",
     "Od 1. března 2026 fyzické osoby nesmějí v České republice přijímat poštou doplňky "
     "stravy s obsahem melatoninu objednané ze zemí mimo EU.",
     "prohibited_items",
     ["CZ"]),
    # a marketplace's help page: the goods are "international purchases"
    ("UY", "other",
     "Cambios en el IVA de tus compras internacionales",
     "Hasta ahora, las compras internacionales de menos de USD 200 llegaban a Uruguay sin "
     "pagar IVA. Desde el 1 de marzo, todas las compras internacionales pagan 22% de IVA.",
     "duty_tax_change",
     ["UY"]),
    # what no longer suffices is a new requirement, not a stop ("ne ... plus")
    ("CH", "postal",
     "Colis vers le Japon",
     "Depuis le 1er mars, pour les colis vers le Japon, une facture écrite à la main ne suffit "
     "plus : les données du contenu doivent être transmises en ligne.",
     "new_requirement",
     ["JP"]),
    # Turkish "teslimat" (delivery) is a word of sending: a stop of it at home is a change
    ("TR", "carrier",
     "Sel hakkında önemli bilgilendirme",
     "Güncelleme: 03.08.2026\n\nSel nedeniyle Rize ve Artvin illerinde alım ve teslimat "
     "hizmetlerimiz bir sonraki duyuruya kadar geçici olarak durdurulmuştur.\n\n- Bu illerdeki "
     "alıcılara yurt dışından gönderilen gönderiler İstanbul'daki merkezimizde "
     "bekletilecektir.\n\nDiğer illerimizde hizmetlerimiz normal şekilde devam etmektedir.",
     "suspension",
     ["TR"]),
    # Korea's personal customs clearance code checked against the receiver's details
    ("US", "carrier",
     "South Korea: new check of the personal customs clearance code",
     "From June 2, Korea Customs Service will check that the personal customs clearance code on "
     "import shipments matches the receiver's registered name.",
     "new_requirement",
     ["KR"]),
    # Thai "accepted only when": a limit of what may be sent abroad
    ("TH", "postal",
     "ไปรษณีย์ไทยปรับเงื่อนไขการฝากส่งน้ำหอมไปต่างประเทศ",
     "ตั้งแต่วันที่ 1 มีนาคม 2569 น้ำหอมที่ส่งไปยังต่างประเทศทุกปลายทาง จะรับฝากได้เฉพาะขวดที่มี"
     "ปริมาณไม่เกิน 100 มิลลิลิตร",
     "restriction",
     ["*"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text", "kind", "codes"), _READ_AS)
def test_the_change_and_its_places_are_read(origin, kind_of_source, title, text, kind, codes):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert (got.change_kind, got.destinations) == (kind, codes), got.evidence[:3]


# (origin, source kind, title, text, categories): the goods a change names, in their own words
_GOODS = [
    # French "davantage" (more) is no Latvian "dāvana" (gift)
    ("BE", "postal",
     "Grève chez Royal Mail",
     "bpost continue d'accepter le courrier et les colis à destination du Royaume-Uni. Leur "
     "distribution peut toutefois accuser un retard de plusieurs jours, voire davantage.",
     ["all_goods", "documents"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text", "cats"), _GOODS)
def test_the_goods_a_change_names_are_its_categories(origin, kind_of_source, title, text, cats):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert got.categories == cats, got.evidence
