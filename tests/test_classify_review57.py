"""Session 57, from blind sets 305 and 306: a footer's bar of links that holds a telephone
number is no topic of the notice; calls for tenders in Swahili, Arabic, Hindi and Vietnamese;
a title whose head names the matter and whose tail states the opposite news; Tagalog words of
resumption, continuation and "never"; goods that arrive in or enter a country ("chegam ao
Brasil", "ingresso no Brasil") go there."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (origin, title, text, kind, destinations): a change a logistics lead must hear of
_CHANGES = [
    # a footer with a telephone number in its bar of links
    ("AE", "New rules for sending perfume abroad from 1 March",
     "Desert Post will apply new conditions to perfume sent to all international "
     "destinations from 1 March. Bottles of more than 100 ml will no longer be accepted.\n\n"
     "Desert Post | Customer Care 800 4 12345 | Terms and Conditions | Privacy Policy",
     "restriction", ["*"]),
    ("DE", "Neue Regeln für Parfüm ins Ausland ab 1. März",
     "Ab 1. März werden Sendungen mit Parfüm in alle internationalen Bestimmungsländer nur "
     "noch bis 100 ml angenommen.\n\n"
     "Nordpost | Kundenservice +49 228 4333 1122 | AGB | Datenschutz | Impressum",
     "restriction", ["*"]),
    # the title's head names the page, its tail tells the news
    ("US", "International Mail Suspensions — Update: service resumed to Nepal",
     "Mail service to Nepal, suspended since May, is accepted again from 2 July in all mail "
     "classes. Service to Bhutan remains suspended.", "resumption", ["NP"]),
    ("DE", "Aussetzung des Versands nach Israel: Wiederaufnahme ab 3. Juni",
     "Ab 3. Juni nehmen wir Pakete nach Israel wieder an. Der Versand war seit April "
     "ausgesetzt.", "resumption", ["IL"]),
    # Tagalog: resumption of acceptance; "remains suspended"; "never stopped"
    ("PH", "ABISO: Muling pagtanggap ng mga parcel papuntang Taiwan",
     "Simula Agosto 3, muling tatanggapin ang mga parcel papuntang Taiwan. Nananatiling "
     "suspendido ang serbisyo papuntang Myanmar. Ang mga sulat papunta sa lahat ng bansa ay "
     "hindi kailanman itinigil.", "resumption", ["TW"]),
    # places where the new rule stays optional, or that have no such requirement
    ("IT", "Spedizioni extra UE: telefono obbligatorio dal 1° marzo",
     "Dal 1° marzo sarà obbligatorio indicare il cellulare del destinatario per tutte le "
     "spedizioni verso la Svizzera e la Norvegia.\n\nPer le spedizioni verso i Paesi "
     "dell'Unione europea l'indicazione del cellulare resta facoltativa.", "new_requirement",
     ["CH", "NO"]),
    ("CN", "关于寄往科威特包裹须提供收件人证件号码的通知",
     "自2026年3月1日起，所有寄往科威特的包裹须提供收件人的证件号码。\n\n说明：\n"
     "• 寄往阿联酋、卡塔尔的包裹暂无此项要求。\n", "new_requirement", ["KW"]),
    # Russia by its formal Romanian name; Ukraine "continues to be accepted"
    ("RO", "Suspendarea trimiterilor către Federația Rusă",
     "Începând cu 1 martie, Poșta Română suspendă temporar acceptarea trimiterilor poștale cu "
     "destinația Federația Rusă. Trimiterile către Ucraina continuă să fie acceptate.",
     "suspension", ["RU"]),
    # Greek "there is no impact" on mail to Ireland and Malta
    ("GR", "Καθυστερήσεις αποστολών προς την Ιταλία λόγω απεργίας",
     "Λόγω απεργίας, οι αποστολές προς την Ιταλία θα παραδίδονται με καθυστέρηση έως 5 ημέρες. "
     "Για αποστολές προς την Ιρλανδία και τη Μάλτα δεν υπάρχει καμία επίπτωση.", "delay",
     ["IT"]),
    # Swahili limits: "uzito wa juu" (maximum weight), "isizidi" (not to exceed)
    ("KE", "Vifurushi kwenda Sudan Kusini",
     "Kuanzia tarehe 8 Agosti, vifurushi kwenda Sudan Kusini vitakubaliwa kwa masharti "
     "yafuatayo: uzito wa juu wa kila kifurushi utakuwa kilo 10; thamani iliyotangazwa isizidi "
     "Shilingi 100,000.", "restriction", ["SS"]),
    # Arabic "there is no change" to services in Jordan and Egypt
    ("AE", "تأخير متوقع في الشحنات إلى السعودية",
     "قد تتأخر الشحنات الدولية الواردة إلى السعودية من يومين إلى أربعة أيام عمل بسبب عطلة العيد. "
     "لا يوجد أي تغيير على الخدمات في الأردن ومصر.", "delay", ["SA"]),
    # an update page whose items are headed by dates written year first: the newest is news
    ("HU", "Tájékoztatás a Szerbiába irányuló postai forgalomról",
     "2024. május 10.\nMájus 11-től ismét felvesszük a Szerbiába címzett leveleket és "
     "csomagokat.\n\n2024. április 2.\nA Magyar Posta április 2-től átmenetileg felfüggeszti "
     "minden Szerbiába címzett postai küldemény felvételét.\n", "resumption", ["RS"]),
    ("KR", "세르비아행 국제우편 접수 안내",
     "2024. 5. 10.\n5월 11일부터 세르비아행 국제우편물 접수를 재개합니다.\n\n2024. 4. 2.\n"
     "4월 2일부터 세르비아행 국제우편물 접수를 일시 중단합니다.\n", "resumption", ["RS"]),
    # a bare heading "Not affected" / "Nicht betroffen" over the places it leaves out
    ("AT", "Streik bei der Lufthansa: Verzögerungen bei Sendungen nach Übersee",
     "Brief- und Paketsendungen in die USA und nach Japan können sich um zwei bis drei Werktage "
     "verzögern.\n\nNicht betroffen\n- Sendungen in die Nachbarländer (z. B. Deutschland, "
     "Schweiz).\n- Sendungen nach China und Australien, die über Wien geleitet werden.\n",
     "delay", ["JP", "US"]),
    ("GB", "Service update: international export services",
     "We are temporarily unable to despatch items to overseas destinations. Please do not post "
     "any export items.\n\nNot affected\n- Items to the Isle of Man, which are handled as "
     "inland mail.\n", "suspension", ["*"]),
    # goods that arrive in, or enter, the publisher's country: it is their destination, and
    # the countries they come from are not
    ("BR", "Compras internacionais: o que muda em agosto",
     "A partir de 1º de agosto, as encomendas que chegam ao Brasil compradas em sites da China "
     "e dos Estados Unidos pagam imposto de importação de 20%.", "duty_tax_change", ["BR"]),
    ("BR", "Sementes por remessa postal",
     "A partir de 1º de outubro fica proibido o ingresso no Brasil, por remessa postal, de "
     "sementes e mudas enviadas principalmente da China e da Malásia.", "prohibited_items",
     ["BR"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text", "kind", "codes"), _CHANGES)
def test_the_change_is_told(origin, title, text, kind, codes):
    got = classify(title, text, origin=origin)
    assert got.relevant
    assert (got.change_kind, got.destinations) == (kind, codes)


# (origin, title, text): a call for tenders, whatever mail and places it names, is no change
_TENDERS = [
    ("KE", "Zabuni Na. PK/05/2026: Ugavi wa magari ya kusambaza vifurushi",
     "Posta inawaalika wazabuni kuwasilisha zabuni za magari 20 ya kusambaza vifurushi vya "
     "kimataifa na EMS. Kampuni kutoka Uganda na Tanzania haziruhusiwi kushiriki."),
    ("EG", "مناقصة عامة رقم 7 لسنة 2026 لتوريد سيارات نقل الطرود",
     "تعلن الهيئة القومية للبريد عن طرح مناقصة عامة لتوريد سيارات لنقل الطرود الدولية. "
     "يحظر على الشركات الأجنبية المشاركة، وتم تعليق المناقصة السابقة."),
    ("IN", "निविदा सूचना: अंतरराष्ट्रीय पार्सल के लिए स्कैनर की आपूर्ति",
     "इंडिया पोस्ट अंतरराष्ट्रीय पार्सल की जांच के लिए 40 स्कैनर की आपूर्ति हेतु निविदाएं आमंत्रित "
     "करता है। पिछली निविदा निलंबित कर दी गई है।"),
    ("VN", "Thông báo mời thầu: cung cấp xe vận chuyển bưu kiện quốc tế",
     "Bưu điện mời các nhà thầu cung cấp 15 xe vận chuyển bưu kiện quốc tế và EMS. Gói thầu "
     "trước đã bị tạm dừng."),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text"), _TENDERS)
def test_a_call_for_tenders_is_irrelevant(origin, title, text):
    got = classify(title, text, origin=origin)
    assert not got.relevant
    assert got.severity == "none"


def test_places_under_a_japanese_not_covered_heading_are_left_out():
    """ "【対象外】" (not covered) over "・英国、スイス宛ての郵便物": the UK and Switzerland are
    named as places the requirement leaves out."""
    got = classify(
        "EU加盟国宛てに物品を送る場合は、電子データの送信が必要になります",
        "2026年7月1日以降に差し出される、EU加盟国宛ての物品を内容とする郵便物は、電子データの送信が"
        "必須となります。\n\n【対象となるあて先国】\nドイツ、フランス、イタリア\n\n【対象外】\n"
        "・書類のみを内容とする書状\n・英国、スイス宛ての郵便物（ただし、税関告知書の添付は引き続き"
        "必要です）\n",
        origin="JP",
    )
    assert got.change_kind == "new_requirement"
    assert {"DE", "FR", "IT"} <= set(got.destinations)
    assert not {"GB", "CH"} & set(got.destinations)


def test_places_in_related_help_articles_are_other_pages():
    """A marketplace's "Related help articles" bar names other pages: the EU in one of their
    titles is no destination of this change."""
    got = classify(
        "VAT on items sold to buyers in Iceland",
        "From 1 May, we collect Icelandic VAT at checkout on items sold to buyers in Iceland.\n\n"
        "Related help articles\nSelling internationally | Import VAT on items sold to buyers in "
        "the EU and UK | Customs forms\n",
        origin="GB",
        source_kind="other",
    )
    assert (got.change_kind, got.destinations) == ("duty_tax_change", ["IS"])


# (origin, title, text): documents said to go on as before are no category of the stop
_DOCUMENTS_GO_ON = [
    ("TT", "Delays in delivery of inbound international parcels",
     "International parcels arriving in Trinidad and Tobago are delayed by up to three weeks "
     "because of a new customs system.\n\nWhat is not affected\nLetters and documents continue "
     "to be delivered within normal timeframes."),
    ("HK", "暫停收寄寄往美國載有貨品的郵件",
     "由2025年5月2日起，香港郵政暫停收寄寄往美國而載有貨品的郵件。\n\n"
     "問：寄往美國的郵件只載有文件，是否需要填寫報關表？\n答：只載有文件的郵件毋須填寫報關表，可照常投寄。"),
    ("IN", "संयुक्त राज्य अमेरिका के लिए डाक वस्तुओं की बुकिंग का अस्थायी निलंबन",
     "25 अगस्त 2025 से संयुक्त राज्य अमेरिका के लिए सभी प्रकार की डाक वस्तुओं की बुकिंग अस्थायी रूप से "
     "निलंबित रहेगी, सिवाय:\n• पत्र और दस्तावेज़;\n• 100 अमेरिकी डॉलर तक मूल्य की उपहार वस्तुएँ।"),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text"), _DOCUMENTS_GO_ON)
def test_documents_that_go_on_are_no_category(origin, title, text):
    got = classify(title, text, origin=origin)
    assert got.relevant
    assert got.categories == ["all_goods"]


def test_korean_rules_said_to_stay_the_same_are_no_category():
    """ "과일, 채소, 종자 ... 기존과 동일하며 ... 변경되는 사항은 없습니다": the plant rules are as
    before, so plants are no category of the meat ban."""
    got = classify(
        "대만행 국제우편물 육류 발송 금지 안내",
        "대만 정부는 외국에서 들어오는 우편물에 포함된 돼지고기 및 육가공품의 반입을 전면 금지하고 "
        "있습니다.\n\n과일, 채소, 종자 등 식물류에 대한 대만의 검역 기준은 기존과 동일하며 이번 "
        "안내로 변경되는 사항은 없습니다.",
        origin="KR",
    )
    assert (got.change_kind, got.destinations, got.categories) == (
        "prohibited_items",
        ["TW"],
        ["food"],
    )


def test_a_title_that_calls_reports_of_a_stop_incorrect_denies_them():
    """ "reports of a suspension are incorrect" in a title answers a rumour ("incorrect" alone, as
    in "Incorrect HS codes: shipments suspended", calls nothing false)."""
    got = classify(
        "Service update: we continue to serve Chile - reports of a suspension are incorrect",
        "We are aware of posts claiming that we have suspended shipments to Chile. These reports "
        "are incorrect. We continue to accept and deliver shipments to Chile.",
        origin="US",
    )
    assert (got.change_kind, got.severity) == ("informational", "low")
    control = classify(
        "Incorrect HS codes: shipments to Chile suspended",
        "From 1 March, shipments to Chile with incorrect HS codes are suspended.",
        origin="US",
    )
    assert control.change_kind == "suspension"


def test_places_under_a_romanian_what_does_not_change_heading_are_left_out():
    """ "Ce nu se schimbă" (what does not change) over the EU's line: not the EU's 27."""
    got = classify(
        "Date obligatorii pentru trimiterile cu bunuri către Canada, începând cu 1 octombrie",
        "Începând cu 1 octombrie, pentru trimiterile care conțin bunuri adresate în Canada este "
        "obligatorie declarația vamală electronică cu numărul de telefon al destinatarului.\n\n"
        "Ce nu se schimbă\n- Pentru trimiterile către statele membre ale Uniunii Europene nu este "
        "necesară declarație vamală.\n",
        origin="RO",
    )
    assert (got.change_kind, got.destinations) == ("new_requirement", ["CA"])


# From a review of this session's rules: (origin, source kind, title, text, kind, places that
# must be among the destinations, places that must not)
_REVIEWED = [
    # a date in a bar is no telephone number: the scam warning stays a scam warning
    ("DE", None, "Warning", "Fake SMS | Reported 2025-03-04 | Do not click\nThe text says your "
     "parcel to Austria is delayed and asks you to pay a fee to release it.", "irrelevant", [],
     []),
    ("AT", None, "Betrugswarnung", "Betrugs-SMS | seit 04.03.2025 | Nicht klicken\nIn der "
     "Nachricht heißt es, Ihr Paket nach Deutschland sei verzögert und eine Gebühr sei zu "
     "zahlen.", "irrelevant", [], []),
    # government purchases ("pengadaan barang") in a customs rule are no call for tenders
    ("ID", "customs", "Ketentuan baru impor untuk pengadaan barang pemerintah", "Mulai 1 Juli "
     "2025, barang impor untuk pengadaan barang pemerintah wajib dilengkapi dokumen PIB dan "
     "dikenakan bea masuk. Pembebasan bea masuk tidak lagi berlaku.", "duty_tax_change", ["ID"],
     []),
    # the title's tail tells a stop that remains, or another place: the head keeps its weight
    ("GB", None, "Service to Ukraine resumed - suspension for Crimea remains", "We have resumed "
     "acceptance of letters and parcels to Ukraine. Mail to Crimea remains suspended.",
     "resumption", ["UA"], []),
    ("GB", None, "Temporary suspension of service to Yemen – Resumption of service to Syria",
     "We have suspended all services to Yemen. Services to Syria have resumed.", "suspension",
     ["YE"], []),
    # parcels that arrive at a hub on their way are not bound for it
    ("FR", None, "Retards pour le Mali", "Les colis pour le Mali arrivent au Sénégal puis sont "
     "acheminés par la route. Des retards sont à prévoir.", "delay", ["ML"], ["SN"]),
    ("BE", None, "Colis vers le Canada", "Les colis vers le Canada arrivent en France pour le tri "
     "puis partent par avion. Grève au Canada: retards.", "delay", ["CA"], ["FR"]),
    # a bare Korean "제외 대상" under a stop lists the places excluded from acceptance
    ("KR", None, "국제우편 접수 변경 안내",
     "일본행 EMS는 배달이 지연됩니다. 다음 국가는 EMS 접수를 중단합니다.\n제외 대상\n・이스라엘\n"
     "・이란", "suspension", ["IL", "IR"], []),
    # Romanian "not in normal conditions" keeps its place
    ("RO", None, "Întârzieri", "Coletele către Ucraina sunt suspendate, iar livrarea coletelor "
     "către Republica Moldova nu se poate efectua în condiții normale.", "suspension",
     ["MD", "UA"], []),
    # from a second review: "still accepts letters to Russia, but not parcels" stops parcels
    ("NO", None, "Endringer i pakketjenesten", "Posten har stanset alle sendinger til Belarus. "
     "Vi tar fortsatt imot brev til Russland, men ikke pakker.", "suspension", ["BY", "RU"], []),
    # a table set one cell to a line: "Nicht betroffen" is Lebanon's status, not a heading of Iran
    ("DE", None, "Versand in den Nahen Osten", "Land\nStatus\nIsrael\nEingestellt\nLibanon\n"
     "Nicht betroffen\nIran\nEingestellt\nIrak\nEingestellt", "suspension", ["IL", "IQ", "IR"],
     []),
    ("GB", None, "Middle East service status", "Israel\nNot affected\nLebanon: all services "
     "suspended\nSyria: all services suspended", "suspension", ["LB", "SY"], []),
    # ... while over a bulleted list it leaves those places out
    ("PT", None, "Suspensão de envios para África", "Países afetados:\n- Moçambique\n- Angola\n\n"
     "Não afetados\n- Cabo Verde\n- São Tomé e Príncipe", "suspension", ["AO", "MZ"],
     ["CV", "ST"]),
    # dates that stamp a page ("시행일" effective, "게시일" posted) open no items
    ("KR", None, "국제우편 접수 안내", "시행일\n2025. 10. 1.\n게시일\n2025. 9. 15.\n\n10월 1일부터 "
     "미국행 EMS 접수를 재개합니다. 고객 여러분의 양해 부탁드립니다.", "resumption", ["US"], []),
    # a title's denial of one claim does not reach the news after "but"
    ("US", None, "Reports of a surcharge are unfounded, but parcels to Canada face delays",
     "There is no new surcharge for parcels to Canada. However, because of a strike at Canada "
     "Post, deliveries may be delayed by up to a week.", "delay", ["CA"], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("origin", "kind_of_source", "title", "text", "kind", "has", "lacks"), _REVIEWED
)
def test_reviewed_cases_keep_their_reading(origin, kind_of_source, title, text, kind, has, lacks):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert got.change_kind == kind
    assert set(has) <= set(got.destinations)
    assert not set(lacks) & set(got.destinations)


# (origin, title, text): a stop or a duty word whose object sends nothing, on a page of a post
# or a customs office: no alert
_NOTHING_SENT = [
    ("CN", "中国邮政储蓄银行关于暂停部分理财产品申购业务的公告",
     "中国邮政储蓄银行关于暂停“邮银财富·稳盈”系列部分理财产品申购业务的公告\n\n尊敬的客户：\n\n"
     "自2024年5月1日起暂停“邮银财富·稳盈”系列部分理财产品的申购业务，赎回业务正常办理。恢复申购的"
     "日期将另行公告。"),
    ("NG", "NIPOST suspends sponsorship deal pending review",
     "NIPOST SUSPENDS SPONSORSHIP DEAL PENDING REVIEW\n\nThe Management of the Nigerian Postal "
     "Service has announced the suspension of its sponsorship agreement with the organisers of "
     "the national youth championship, pending a review. The suspension follows an internal "
     "audit."),
    ("FR", "Parfums Lumière: full-year 2025 results",
     "Net sales up 6% to €820 million. Proposed dividend of €1.10 per share. Management "
     "continues to monitor possible changes in US tariffs on European goods. Conference call for "
     "analysts at 9:00 CET."),
    ("KR", "우체국, 폐건전지 회수 캠페인 실시",
     "6월 한 달간 '폐건전지 회수 캠페인'을 실시한다. 리튬 배터리와 보조배터리는 절연테이프를 붙여 "
     "우체국 창구에 직접 제출해야 한다."),
    ("PL", "Nielegalne papierosy w ciężarówce",
     "Funkcjonariusze Urzędu Celno-Skarbowego ujawnili 800 tys. sztuk papierosów bez polskich "
     "znaków akcyzy. Papierosy zostały zabezpieczone."),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text"), _NOTHING_SENT)
def test_a_change_of_something_that_sends_nothing_is_irrelevant(origin, title, text):
    got = classify(title, text, origin=origin)
    assert not got.relevant
    assert got.severity == "none"


# (origin, source kind, title, text, kind, destinations, categories): words of a change that
# set 310 showed missing
_CATEGORY_CHANGES = [
    ("US", "other", "International shipping: changes to eligible items from 1 March",
     "From 1 March the following will no longer be eligible for our international shipping "
     "programme, for buyers in every country we ship to: power banks and spare lithium "
     "batteries, aerosols and lighters.", "restriction", ["*"],
     ["dangerous_goods", "lithium_batteries"]),
    ("NL", "customs", "Vanaf 1 juli: aangifte van contant geld in postzendingen",
     "Vanaf 1 juli geldt de aangifteplicht voor bedragen van € 10.000 of meer ook voor contant "
     "geld dat per post naar Nederland wordt gestuurd.", "new_requirement", ["NL"],
     ["cash_valuables"]),
    ("TR", "customs", "Cep telefonları için IMEI kayıt ücreti 2026 yılında arttı",
     "Posta yoluyla Türkiye'ye gönderilen cep telefonlarının IMEI kayıt ücreti 1 Ocak 2026 "
     "tarihinden itibaren 45.614 TL'den 52.000 TL'ye yükseltilmiştir.", "duty_tax_change",
     ["TR"], ["electronics"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("origin", "kind_of_source", "title", "text", "kind", "codes", "categories"),
    _CATEGORY_CHANGES,
)
def test_the_change_of_a_category_is_told(
    origin, kind_of_source, title, text, kind, codes, categories
):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert (got.change_kind, got.destinations, got.categories) == (kind, codes, categories)
