"""Session 61, from blind sets 339 to 341 and the weakest earlier sets: pages that change
nothing for a sender stay quiet; changes are read as their kind, for the places they are
about."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (origin, source kind, title, text): pages full of words of stops, bans and places that
# change nothing for a sender
_QUIET = [
    # last year's calendar, with the standing bans it recalls in its tips
    ("NZ", "postal",
     "Holiday 2025 send-by dates for mail at home and abroad",
     "Here are this year's recommended send-by dates. Our international dates are the same "
     "as in 2024.\n\nDestination | Air | Courier\nAustralia | 5 Dec | 12 Dec\n"
     "United States | 28 Nov | 8 Dec\nRest of world | 21 Nov | 5 Dec\n\nGood to know\n"
     "• Party poppers, aerosol cans and loose lithium batteries can't be sent overseas.\n"
     "• Fill in your customs declaration online before you come in."),
    # a Spanish call for tenders for flying mail abroad: its places, VAT and dangerous goods
    # are the bidders' business
    ("CO", "postal",
     "Invitación pública: transporte aéreo de envíos postales a México, Chile y Argentina",
     "Inicio > Contratación\n\nInvitación Pública No. 07 de 2025\n\nObjeto: contratar el "
     "transporte aéreo internacional de despachos postales (cartas, paquetes y EMS) desde el "
     "aeropuerto de Bogotá hacia México, Chile y Argentina.\n\nPresupuesto oficial: COP "
     "2.300.000.000, incluido IVA.\n\nCronograma:\n- Publicación de términos de referencia: 2 "
     "de junio de 2025\n- Cierre y entrega de ofertas: 30 de junio de 2025\n\nLos oferentes "
     "deberán acreditar experiencia en el transporte de mercancías peligrosas."),
    # a carrier buying a company: the duty tools and "changing tax rules" are its business
    ("SE", "carrier",
     "Parcelnet acquires majority stake in Nordic returns specialist Returnly",
     "Stockholm, 12 May 2025 – Parcelnet, the cross-border parcel network, has acquired a "
     "majority stake in Returnly, a provider of returns and duty calculation tools for online "
     "shops selling to customers outside the EU. Returnly handles 4 million parcels a year to "
     "25 countries. \"Customs and tax rules keep changing in many markets,\" said the CEO. The "
     "transaction is subject to customary regulatory approvals. Financial terms were not "
     "disclosed."),
    # Czech annual results: parcels from China and customs clearances are figures
    ("CZ", "postal",
     "Česká pošta zveřejnila výsledky hospodaření za rok 2024",
     "Česká pošta dosáhla v roce 2024 tržeb 19,2 mld. Kč a hospodářský výsledek před zdaněním "
     "činil −1,1 mld. Kč. Počet balíků ze zahraničí, hlavně z Číny, vzrostl o 15 %, celní "
     "řízení proběhlo u 3 milionů zásilek. Výroční zpráva je ke stažení na webu."),
    # Romanian scam warning quoting a held parcel and a suspended delivery
    ("RO", "postal",
     "Atenție: mesaje false despre taxe vamale",
     "Circulă mesaje frauduloase în care vi se spune că un colet din Turcia este reținut în "
     "vamă și livrarea a fost suspendată până la plata unei taxe. Mesajele duc la o pagină "
     "falsă. Poșta Română nu cere niciodată plata taxelor vamale prin SMS."),
    # Dutch seizure news: the forbidden goods checked in parcels are the rules in force
    ("BE", "customs",
     "Douane onderschept 2.000 kilo heroïne in Antwerpse haven",
     "De Douane heeft in de haven ruim 2.000 kilo heroïne onderschept. De drugs zaten verborgen "
     "in een lading tegels uit Turkije. De straatwaarde wordt geschat op 80 miljoen euro. "
     "Daarnaast controleert de Douane dagelijks postpakketten op verboden goederen zoals drugs "
     "en wapens."),
    # a sentencing release and a travellers' allowance: old rules and passengers' bags
    ("AU", "customs",
     "Brisbane woman jailed for importing steroids by post",
     "A 29-year-old Brisbane woman has been sentenced to two years' imprisonment after pleading "
     "guilty to importing prohibited anabolic steroids. Officers detected several parcels sent "
     "from Thailand. A search warrant was executed at her home."),
    ("FJ", "customs",
     "New duty-free allowances for travellers",
     "From 1 January, travellers arriving in Fiji may bring in goods worth up to FJ$1,000 duty "
     "free, and each passenger aged 18 or over may bring in 2.25 litres of spirits and 250 "
     "cigarettes."),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text"), _QUIET)
def test_a_page_that_changes_nothing_for_a_sender_stays_quiet(origin, kind_of_source, title, text):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert not got.relevant, (got.change_kind, got.evidence[:2])


# (origin, source kind, title, text, kind, destinations): a change read as its kind, for the
# places it is about
_READ_AS = [
    # a calendar as last year's beside a stop that is news
    ("NZ", "postal",
     "Holiday 2025 send-by dates for mail at home and abroad",
     "Our international send-by dates are the same as in 2024. Please note: from 1 December "
     "we are suspending all mail to New Caledonia until further notice because of unrest.",
     "suspension",
     ["NC"]),
    # Brazil's "RDC" resolutions of Anvisa are acts, not the Congo
    ("BR", "postal",
     "Suplementos alimentares em remessas internacionais: novas regras",
     "De acordo com a RDC Anvisa nº 243/2018 e a RDC 81/2008, a partir de 1º de março as "
     "remessas internacionais com suplementos alimentares destinadas a pessoa física serão "
     "proibidas quando contiverem substâncias não autorizadas no Brasil.",
     "prohibited_items",
     ["BR"]),
    # Italian "corse" (a ferry's runs) is no Corsica: inbound parcels delivered on the
    # islands are late
    ("IT", "carrier",
     "Sciopero dei traghetti: possibili ritardi nelle consegne",
     "Per lo sciopero del personale marittimo di lunedì 3 marzo sono cancellate numerose corse "
     "di traghetti per le isole minori. Le consegne nelle isole potranno subire ritardi fino a "
     "48 ore, comprese le spedizioni in arrivo dall'estero.",
     "delay",
     ["IT"]),
    # Sardinia and Sicily are Italy, the Canary Islands Spain
    ("ES", "carrier",
     "Huelga de transporte marítimo: retrasos hacia Cerdeña y Sicilia",
     "Debido a la huelga de los transbordadores, los envíos con destino a Cerdeña y "
     "Sicilia sufrirán retrasos de hasta 72 horas. Los envíos a Canarias no se ven afectados.",
     "delay",
     ["IT"]),
    # a footer's bar of links opened by the owner's line ("... is a Nordpost company.") is
    # no topic of the notice
    ("NL", "carrier",
     "Belgium: national strike on 14 October",
     "Unions in Belgium have called a national strike on Tuesday 14 October, which will "
     "affect ports, airports and motorways.\n\nWhat to expect\n• Deliveries to addresses in "
     "Belgium may be delayed by up to 48 hours.\n• Our depots keep extended opening hours to "
     "catch up.\n\nParcelgo is a Nordpost company. | Terms and conditions | Privacy and "
     "cookies | © Parcelgo 2025",
     "delay",
     ["BE"]),
    # Bali is Indonesia
    ("DE", "carrier",
     "Service alert: Bali airport closed by volcanic ash",
     "Ngurah Rai airport in Bali is closed until further notice because of volcanic ash. "
     "Inbound shipments for Bali will be delayed by 2 to 3 days.",
     "delay",
     ["ID"]),
    # where the event is ("受…影響", "…の影響", affected by) is no destination; "經香港轉運"
    # (transhipped through Hong Kong) is transit
    ("MO", "postal",
     "受日本颱風影響 寄往韓國郵件延誤",
     "由於颱風吹襲，經香港轉運寄往韓國的航空郵件未能如期發運。寄往韓國的郵件將出現延誤，待航班恢復後"
     "盡快發運。",
     "delay",
     ["KR"]),
    ("TW", "postal",
     "受泰國水災影響 寄往越南郵件延誤",
     "寄往越南的郵件因航班取消將延誤三至五日。",
     "delay",
     ["VN"]),
    ("JP", "postal",
     "タイの洪水の影響によるベトナム宛て郵便物の遅延について",
     "ベトナム宛ての郵便物は、航空便の欠航により3日から5日程度遅れる見込みです。",
     "delay",
     ["VN"]),
    ("KR", "postal",
     "아이슬란드 화산 폭발의 영향으로 유럽행 우편물 지연",
     "아이슬란드 화산 폭발의 영향으로 독일행 우편물이 지연됩니다.",
     "delay",
     ["DE"]),
    # a member excluded from a region and named again as still suspended is the region's
    # exception, not the one member it stands for
    ("CN", "postal",
     "关于调整寄往东盟国家国际小包价值上限的通知",
     "各位用户：\n\n自2024年3月1日起，寄往东盟国家（缅甸除外）的国际小包，单件申报价值上限由原来的300"
     "美元调整为150美元。\n\n寄往缅甸的国际小包业务仍处于暂停状态，恢复时间另行通知。\n\n"
     "寄往其他国家和地区的国际小包申报价值上限维持不变。",
     "restriction",
     ["BN", "ID", "KH", "LA", "MY", "PH", "SG", "TH", "VN"]),
    # the "incoming international mail" a strike leaves untouched is the destination's: the
    # place the title says goes on is what the notice is about, not the sender's country
    ("PL", "postal",
     "Strike at Danish post PostNord: items to Denmark continue as normal",
     "Danish trade unions have announced a day of action on 4 March, which will also affect "
     "PostNord.\n\nPoczta Polska continues to accept all letters, parcels and EMS items for "
     "Denmark without any restriction. According to PostNord, the exchange office in "
     "Copenhagen will remain in operation and all incoming international mail will be "
     "processed as planned. We do not expect any delays to items sent from Poland.",
     "informational",
     ["DK"]),
    # Spanish "solo podrán despacharse ... cuando no excedan de": a limit on what comes in
    ("PE", "customs",
     "Nuevas condiciones para el ingreso de suplementos por courier",
     "La Aduana informa que, a partir del 1 de marzo, los suplementos alimenticios que ingresen "
     "al país por envíos de entrega rápida solo podrán despacharse sin registro sanitario cuando "
     "no excedan de cinco unidades por envío.",
     "restriction",
     ["PE"]),
    # the PALOP (Portuguese-speaking Africa) and the members they list, one routed via
    # Johannesburg
    ("PT", "postal",
     "Atrasos nos envios para os PALOP",
     "Devido à redução de voos a partir de Lisboa, os envios com destino aos países africanos de "
     "língua oficial portuguesa — Angola, Cabo Verde, Guiné-Bissau, Moçambique e São Tomé e "
     "Príncipe — estão a registar atrasos de até três semanas. As encomendas para Moçambique "
     "seguem via Joanesburgo.",
     "delay",
     ["AO", "CV", "GW", "MZ", "ST"]),
    # Spanish "conservan el límite habitual": the places that keep the usual limit
    ("MX", "postal",
     "Límite de peso temporal para paquetes a Guatemala y Honduras",
     "Desde el 3 de junio, los paquetes con destino a Guatemala y Honduras se admitirán "
     "únicamente hasta 5 kg por pieza. Los envíos a Estados Unidos y Canadá conservan el "
     "límite habitual de 30 kg.",
     "restriction",
     ["GT", "HN"]),
    # the Channel Islands in Spanish are Jersey and Guernsey; in Italian, where the
    # declaration "was already required", they change nothing
    ("ES", "postal",
     "Envíos al Reino Unido: declaración de aduana obligatoria",
     "A partir del 1 de enero, todos los envíos con mercancías con destino al Reino Unido "
     "deberán ir acompañados de la declaración CN22 o CN23. La misma obligación se aplica a los "
     "envíos con destino a las islas del Canal (Jersey y Guernsey).",
     "new_requirement",
     ["GB", "GG", "JE"]),
    ("IT", "postal",
     "Spedizioni verso il Regno Unito: nuova dichiarazione doganale",
     "Dal 1° gennaio per tutte le spedizioni di merci verso il Regno Unito è obbligatoria la "
     "dichiarazione doganale CN22 o CN23. Per le Isole del Canale (Jersey, Guernsey) la "
     "dichiarazione doganale era già richiesta.",
     "new_requirement",
     ["GB"]),
    # a status table whose news rows open with "nouveau :": the other rows stand; "aucune
    # acceptation" stops mail
    ("CH", "postal",
     "Restrictions par pays",
     "Mise à jour du 3 mai 2024\n\nEn raison de la situation actuelle, nous ne pouvons pas "
     "acheminer les envois vers certains pays. Les modifications sont signalées par la mention "
     "«nouveau».\n\nPays | Lettres | Colis | Remarque\nHaïti | nouveau : aucune acceptation | "
     "nouveau : aucune acceptation | aéroport fermé\nYémen | aucune acceptation | aucune "
     "acceptation | depuis 2015\nLibye | acceptation | aucune acceptation |\nAfghanistan | "
     "acceptation | aucune acceptation |",
     "suspension",
     ["HT"]),
    # French "restent soumis aux règles de la France métropolitaine": unaffected
    ("FR", "postal",
     "Colis vers l'Outre-mer : déclaration en ligne obligatoire",
     "À partir du 1er juin, les colis vers la Guadeloupe et la Martinique devront être "
     "accompagnés d'une déclaration en douane saisie en ligne. Les envois vers Monaco restent "
     "soumis aux règles de la France métropolitaine.",
     "new_requirement",
     ["GP", "MQ"]),
    # German "China (ohne Hongkong und Macau)" leaves them out; "keine wesentlichen
    # Verzögerungen" leaves Taiwan unaffected
    ("DE", "carrier",
     "Längere Laufzeiten nach Ostasien",
     "Wegen der Sperrung des Luftraums rechnen Sie bei Sendungen in die folgenden Länder mit "
     "Laufzeitverlängerungen von bis zu zehn Werktagen:\n\n• Japan\n• China (ohne Hongkong "
     "und Macau)\n\nFür Sendungen nach Taiwan erwarten wir derzeit keine wesentlichen "
     "Verzögerungen.",
     "delay",
     ["CN", "JP"]),
    # Korean "자가사용 인정 수량 기준" (the quantity allowed for own use) revised: a limit
    ("KR", "customs",
     "해외직구 건강기능식품 자가사용 인정 수량 기준 개정 안내",
     "2025년 7월 1일부터 해외직구로 반입하는 건강기능식품의 자가사용 인정 수량 기준을 "
     "6병 이하에서 4병 이하로 개정합니다. 국제우편, 특송 등 반입 경로와 관계없이 적용됩니다.",
     "restriction",
     ["KR"]),
    # Spanish "nuevos requisitos de datos", "código del Sistema Armonizado": a new requirement
    ("MX", "carrier",
     "Nuevos requisitos de datos para envíos a Suiza",
     "A partir del 1 de abril, los envíos con destino a Suiza deberán indicar el código del "
     "Sistema Armonizado de cada artículo y una descripción precisa de la mercancía.",
     "new_requirement",
     ["CH"]),
    # "The rules set out below have not changed": the FAQ restates them
    ("GB", "customs",
     "Buying goods online from outside the UK: FAQs",
     "Updated 3 March 2025\n\nThe rules set out below have not changed; they apply to goods "
     "sent to the UK by post or courier.\n\nDo I pay VAT on goods bought online?\nYes. VAT is "
     "due on all goods imported into the UK, whatever their value.\n\nWhen do I pay customs "
     "duty?\nCustoms duty is due on goods worth more than £135. Some goods are prohibited or "
     "restricted.",
     "informational",
     ["GB"]),
    # Portuguese "só serão liberadas nas seguintes condições", Korean "자가사용 인정기준"
    # (what may come in for own use): limits
    ("BR", "postal",
     "Importação de suplementos: novas regras",
     "A partir de 1º de agosto, as remessas internacionais com suplementos destinadas a pessoas "
     "físicas no Brasil só serão liberadas nas seguintes condições: quantidade para até 3 meses "
     "de uso e apresentação de receita.",
     "restriction",
     ["BR"]),
    ("KR", "customs",
     "해외직구 의약품 자가사용 인정기준 변경",
     "관세청은 2025년 9월 1일부터 해외직구로 반입되는 의약품의 자가사용 인정기준을 아래와 같이 "
     "변경합니다. 일반의약품은 6병에서 4병으로 줄어듭니다.",
     "restriction",
     ["KR"]),
    # a title of new rules ("nye regler") over limits and the ban of loose batteries: the
    # limits are the news
    ("DK", "postal",
     "Litiumbatterier i pakker til udlandet – nye regler fra 1. marts",
     "Fra 1. marts gælder: Litiumbatterier må kun sendes til udlandet, når de er indbygget i "
     "udstyr. Løse litiumbatterier og powerbanks må ikke sendes til udlandet.",
     "restriction",
     ["*"]),
    # Slovak "colné" (customs, the adjective) is no duty: "elektronické colné údaje" are data
    # asked of the sender
    ("SK", "postal",
     "Povinné elektronické colné údaje pre zásielky s tovarom",
     "Na základe požiadaviek colných orgánov musia byť od 1. marca všetky zásielky s tovarom do "
     "Kanady podané s elektronickými colnými údajmi (elektronická colná deklarácia CN 22/CN 23). "
     "Ručne vyplnené colné tlačivá nebudú prijaté.",
     "new_requirement",
     ["CA"]),
    # Czech "se zpřísňují podmínky", "nejvýše v množství": tighter limits; what "nejsou
    # dotčeny" (the supplements) is left as it was
    ("CZ", "customs",
     "Nová pravidla pro doplňky v poštovních zásilkách",
     "Celní správa upozorňuje, že od 1. března se zpřísňují podmínky propuštění léčivých "
     "přípravků zaslaných do České republiky poštou ze zemí mimo EU: fyzická osoba smí přijmout "
     "nejvýše v množství odpovídajícím tříměsíční potřebě. Doplňky stravy nejsou dotčeny.",
     "restriction",
     ["CZ"]),
    # places that "already need" the declaration, or where items "se acceptă în continuare"
    # (are still accepted), are not where the change is
    ("GB", "postal",
     "Customs declarations for items to the EU from 1 January",
     "From 1 January, all items containing goods sent to France need a customs declaration. "
     "Items to Gibraltar already need customs declarations.",
     "new_requirement",
     ["FR"]),
    ("RO", "postal",
     "Suspendarea temporară a serviciilor poștale către Israel",
     "Începând cu 4 octombrie se suspendă acceptarea trimiterilor către Israel. Trimiterile "
     "pentru Emiratele Arabe Unite se acceptă în continuare.",
     "suspension",
     ["IL"]),
    # Chinese "維持原有收件規定" (keep the rules they had): unaffected
    ("TW", "carrier",
     "寄往日本之食品類快件新增申報資料要求",
     "自2025年3月1日起，寄往日本之食品類快件，寄件人須另提供每項食品之英文品名及主要成分。寄往香港、"
     "澳門之食品類快件，維持原有收件規定。",
     "new_requirement",
     ["JP"]),
    # "Paper manifests will no longer be accepted": paperwork refused, no mail stopped
    ("JM", "customs",
     "Customs Notice: electronic manifests for courier shipments",
     "With effect from 1 March 2025, all express courier operators shall submit an electronic "
     "manifest for every inbound shipment. Paper manifests will no longer be accepted.",
     "new_requirement",
     ["JM"]),
    # a customs authority's "export control measures" are about where goods go, not its own
    # country; exports that "continue under the existing arrangements" are unaffected
    ("SG", "customs",
     "Circular: export control measures against Belarus",
     "With effect from 1 June, the following items shall be prohibited for export to Belarus: "
     "all items in the Military Goods List and dual-use electronics. Singapore Customs will "
     "revoke permits already granted.",
     "prohibited_items",
     ["BY"]),
    ("KE", "customs",
     "Exports to Canada: new origin documentation",
     "From 1 April, goods exported to Canada must be accompanied by a new certificate of "
     "origin. Exports to the United States continue under the existing arrangements.",
     "new_requirement",
     ["CA"]),
    # a reminder whose lead names a law by its year ("Civil Aviation Act, 2019") tells no date
    # of change
    ("JM", "customs",
     "Reminder: drones and drone parts in parcels",
     "The Customs Agency wishes to remind the public that the importation of drones without a "
     "permit from the Civil Aviation Authority is prohibited under the Civil Aviation Act, 2019. "
     "This is not a new requirement; the rules remain unchanged.",
     "informational",
     ["JM"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text", "kind", "codes"), _READ_AS)
def test_the_change_and_its_places_are_read(origin, kind_of_source, title, text, kind, codes):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert (got.change_kind, got.destinations) == (kind, codes), got.evidence[:3]


# (origin, source kind, title, text, kind, categories): a ban names goods and a duty is paid on
# goods, so the letters they mention are no category of their own (a carrier's surcharge is paid
# on every shipment, letters too)
_GOODS_ONLY = [
    ("FR", "postal",
     "Nouvelle-Calédonie : la viande interdite dans le courrier",
     "À compter du 1er mars, le courrier et les colis contenant de la viande ou des produits "
     "carnés sont interdits à destination de la Nouvelle-Calédonie.",
     "prohibited_items",
     ["food"]),
    ("RU", "customs",
     "Новые пошлины на товары из-за рубежа",
     "С 1 января вводится пошлина 15% на товары, ввозимые в посылках. Документы и письма без "
     "товаров пошлиной не облагаются.",
     "duty_tax_change",
     ["all_goods"]),
    ("DE", "carrier",
     "Emergency situation surcharge for Israel",
     "From 1 November, an emergency situation surcharge of EUR 0.50 per kg applies to all "
     "shipments to Israel, letters and parcels alike.",
     "duty_tax_change",
     ["all_goods", "documents"]),
    # documents named as goods of a ban's list ("immigration documents") stay
    ("US", "postal",
     "International mail: country conditions updated",
     "Pakistan: Pakistan accepts items containing immigration documents only if they are "
     "sent by Express Mail. Syria: tobacco-related products and arms are prohibited.",
     "prohibited_items",
     ["documents", "tobacco_vapes", "weapons"]),
    # dry ice (UN1845) is a dangerous good: refusing it to a country bans that good
    ("US", "carrier",
     "Dry ice no longer accepted to Peru",
     "From 1 May, we will no longer accept international shipments containing dry ice (UN1845) "
     "destined to Peru.",
     "prohibited_items",
     ["dangerous_goods"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text", "kind", "cats"), _GOODS_ONLY)
def test_a_ban_or_a_duty_names_goods_not_letters(origin, kind_of_source, title, text, kind, cats):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert (got.change_kind, got.categories) == (kind, cats), got.evidence[:3]


def test_a_ban_on_every_shipment_commercial_or_personal_is_no_rule_for_sales():
    got = classify(
        "Nepal: import of e-cigarettes prohibited",
        "The Government of Nepal has banned the import of electronic cigarettes and e-liquids. "
        "The ban applies to all shipments, commercial or personal, and such shipments will be "
        "seized by customs.",
        origin="US",
        source_kind="carrier",
    )
    assert got.change_kind == "prohibited_items"
    assert "tobacco_vapes" in got.categories and "commercial_goods" not in got.categories


def test_goods_now_accepted_to_a_region_but_not_where_a_heading_says_not_available():
    got = classify(
        "Aerosols now accepted to EU destinations by road",
        "From 1 September, aerosols can be sent to destinations in the European Union on our "
        "road service.\n\nConditions\n• Maximum 500 ml per parcel.\n\nNot available\n• Cyprus "
        "and Malta, because parcels to these destinations travel by air.\n• Destinations "
        "outside the EU.",
        origin="GB",
        source_kind="carrier",
    )
    assert got.change_kind == "resumption"  # "now accepted": sent again where they were not
    assert "FR" in got.destinations and "DE" in got.destinations
    assert "CY" not in got.destinations and "MT" not in got.destinations
