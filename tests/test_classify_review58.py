"""Session 58, from blind sets 311-313: a stop of acceptance whose cause is a stop of flights
is still a suspension; "to or from X" names a destination; pages about an open day, an
auction of seized goods, a museum or a job offer are no change; an operator's name ("Royal
Mail", "Почта России") is no word of letters; Vietnamese "only accepted" is a restriction."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (origin, source kind, title, text, kind, destinations, categories): a change a logistics lead
# must hear of, read as it should be
_CHANGES = [
    # the object of the stop is the mail, though the clause begins with a stop of flights
    ("RU", "postal", "О временных ограничениях приёма международных отправлений",
     "В связи с прекращением прямого авиасообщения Почта России временно приостанавливает приём "
     "международных почтовых отправлений в Литву и Латвию.", "suspension", ["LT", "LV"],
     ["all_goods", "documents"]),
    ("BY", "postal", "Об ограничениях приёма посылок",
     "Из-за закрытия воздушного пространства Белпочта временно приостанавливает приём посылок "
     "в Польшу.", "suspension", ["PL"], ["all_goods"]),
    # "to or from": both ways, the destination among them
    ("US", "carrier", "Middle East – Service Update",
     "There is no impact to our services to or from Israel, Jordan or Iraq. Pickups and "
     "deliveries are operating as scheduled.", "informational", ["IL", "IQ", "JO"],
     ["all_goods", "documents"]),
    ("IT", "carrier", "Ritardi per Israele",
     "Le spedizioni da e per Israele subiranno ritardi di 2-3 giorni.", "delay", ["IL"],
     ["all_goods", "documents"]),
    ("NL", "carrier", "Vertraging naar Israël",
     "Zendingen van en naar Israël hebben tot drie dagen vertraging.", "delay", ["IL"],
     ["all_goods", "documents"]),
    # an operator's name is no word of letters: parcels only
    ("GB", "postal", "Parcels to Turkey accepted again",
     "From 10 June Royal Mail resumes acceptance of parcels to Turkey.", "resumption", ["TR"],
     ["all_goods"]),
    ("RU", "postal", "Возобновлён приём посылок в Турцию",
     "С 10 июня Почта России возобновляет приём международных посылок в Турцию.", "resumption",
     ["TR"], ["all_goods"]),
    ("PL", "postal", "Wznowienie przyjmowania paczek do Turcji",
     "Od 10 czerwca Poczta Polska wznawia przyjmowanie paczek do Turcji.", "resumption", ["TR"],
     ["all_goods"]),
    # ... and the mail it names is still mail
    ("GB", "postal", "Royal Mail: mail to Israel suspended",
     "Royal Mail has suspended all mail to Israel until further notice.", "suspension", ["IL"],
     ["all_goods", "documents"]),
    # Vietnamese "only accepted via EMS" is a limit, though cheaper services pause
    ("VN", "postal", "Bưu gửi đi Hoa Kỳ chỉ được chấp nhận qua dịch vụ EMS",
     "Từ ngày 1/9, Bưu điện chỉ chấp nhận bưu gửi chứa hàng hóa đi Hoa Kỳ qua dịch vụ EMS. Các "
     "dịch vụ bưu kiện thường đi Hoa Kỳ tạm dừng chấp nhận.", "restriction", ["US"],
     ["all_goods"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("origin", "kind_of_source", "title", "text", "kind", "codes", "categories"), _CHANGES
)
def test_the_change_is_read_as_it_is(origin, kind_of_source, title, text, kind, codes, categories):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert got.relevant
    assert (got.change_kind, got.destinations, got.categories) == (kind, codes, categories)


# (origin, title, text): a page with alarming or customs words and no change for a sender
_NO_CHANGE = [
    # an open day at a sorting centre: parking is limited, delivery is "not limited in any way"
    ("CZ", None, "Den otevřených dveří v Depu Brno",
     "Zveme vás na den otevřených dveří v našem depu. Ukážeme vám, jak třídíme balíky do "
     "zahraničí. Parkovací místa v areálu jsou omezená. Doručování zásilek nebudou akcí nijak "
     "omezeny."),
    ("DE", None, "Tag der offenen Tür im Paketzentrum",
     "Am Samstag öffnet unser Paketzentrum zum Tag der offenen Tür. Parkplätze sind begrenzt; "
     "der Versand ins Ausland läuft wie gewohnt."),
    # a customs auction of seized and uncleared goods
    ("NG", None, "Public notice: auction of seized goods",
     "The Customs Service informs the public that uncleared courier and postal consignments "
     "will be disposed of by public auction. Items include mobile phones and perfumes. "
     "Bidders must register with a valid means of identification. Restricted items are "
     "excluded from the auction."),
    # a museum's exhibition on postal inspection (prohibited items, seized relics)
    ("CN", None, "海关博物馆推出邮递物品监管主题展览",
     "中国海关博物馆推出主题展览，展出历年查获的濒危动植物制品。观众可了解禁止、限制进出境物品的"
     "相关知识。免费参观。"),
    # a seasonal job offer that means to avoid delays
    ("AT", None, "Post sucht 800 Zusatzkräfte für Weihnachten",
     "Die Post sucht bundesweit 800 Zusatzkräfte für Zustellung und Sortierung. So sollen "
     "Verzögerungen in der Zustellung vermieden werden. Bewerbungen sind ab sofort über das "
     "Karriereportal möglich."),
]  # fmt: skip


def test_a_standing_note_on_a_place_not_served_adds_no_destination():
    got = classify(
        "Middle East: temporary service suspension",
        "DHL Express has suspended all services to Lebanon and Jordan until further notice. "
        "Please note that we do not provide services to or from Iran. This remains unchanged.",
        origin="DE",
        source_kind="carrier",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["JO", "LB"])


def test_a_surcharge_that_continues_to_apply_is_no_change_for_its_places():
    got = classify(
        "Elevated risk surcharge: country list update",
        "From 1 April the elevated risk surcharge applies to shipments to Haiti and Niger. "
        "The restricted destination surcharge continues to apply to shipments to or from "
        "Eritrea and Libya.",
        origin="DE",
        source_kind="carrier",
    )
    assert got.change_kind == "duty_tax_change"
    assert got.destinations == ["HT", "NE"]


# (origin, title, text): a threshold said to stay where it was is no duty change
_KEPT_THRESHOLDS = [
    ("PH", "Customs clarifies: de minimis threshold remains at PHP 10,000",
     "Customs clarifies that the de minimis threshold for imported parcels remains at PHP "
     "10,000, contrary to posts on social media."),
    ("IL", "תקרת הפטור ממע\"מ ביבוא אישי נותרת 75 דולר",
     "רשות המסים מודיעה כי תקרת הפטור ממע\"מ על יבוא אישי בדואר נותרת 75 דולר. חבילות שערכן עד "
     "75 דולר פטורות ממע\"מ, כפי שהיה עד היום."),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text"), _KEPT_THRESHOLDS)
def test_a_threshold_that_remains_is_no_duty_change(origin, title, text):
    got = classify(title, text, origin=origin, source_kind="customs")
    assert got.relevant
    assert got.change_kind == "informational"


def test_a_threshold_raised_beside_one_that_remains_is_a_duty_change():
    got = classify(
        "VAT exemption threshold raised to 150 dollars",
        "The VAT exemption threshold for personal imports will be raised from 75 to 150 dollars "
        "on 1 January. The duty threshold remains at 500 dollars.",
        origin="IL",
        source_kind="customs",
    )
    assert (got.change_kind, got.destinations) == ("duty_tax_change", ["IL"])


def test_an_italian_fee_introduced_outranks_the_declaration_it_is_collected_with():
    got = classify(
        "Contributo di 2 euro sulle spedizioni di modico valore",
        "La legge di bilancio ha introdotto un contributo fisso di 2 euro per ciascuna "
        "spedizione di valore non superiore a 150 euro destinata a un consumatore in Italia. Il "
        "contributo è dovuto in aggiunta all'IVA e ai dazi ed è riscosso al momento della "
        "presentazione della dichiarazione doganale.\n\nDecorrenza: spedizioni per le quali la "
        "dichiarazione doganale è presentata a partire dal 1° febbraio 2026.",
        origin="IT",
        source_kind="customs",
    )
    assert (got.change_kind, got.destinations) == ("duty_tax_change", ["IT"])


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Langere levertijd voor pakketten van buiten de EU",
         "Verwacht je een pakket uit bijvoorbeeld China? De bezorging kan 3 tot 7 werkdagen "
         "langer duren."),
        ("Längere Laufzeiten für Importsendungen",
         "Sendungen aus beispielsweise China brauchen derzeit drei Tage länger."),
    ],
)  # fmt: skip
def test_a_place_given_as_an_example_after_from_is_an_origin(title, text):
    got = classify(title, text, origin="NL")
    assert "CN" not in got.destinations


def test_restricted_internet_access_abroad_is_no_limit_on_mail():
    got = classify(
        "Bangladesh: service update",
        "Despite the nationwide curfew and restricted internet access in Bangladesh, we "
        "continue to pick up and deliver in Dhaka. Shipments to Bangladesh can be booked as "
        "usual.",
        origin="DE",
        source_kind="carrier",
    )
    assert (got.change_kind, got.destinations) == ("informational", ["BD"])


# (origin, title, text, categories): goods a rule says it leaves out are no category of it
_LEFT_OUT = [
    ("SA", "ضوابط جديدة لاستيراد الأدوية للاستخدام الشخصي عبر البريد",
     "تطبق الهيئة اعتباراً من 1 نوفمبر ضوابط جديدة على الأدوية الواردة إلى المملكة عبر البريد: لا "
     "يسمح بأكثر من كمية ثلاثة أشهر لكل شحنة. لا تشمل هذه الضوابط مستحضرات التجميل.",
     ["medicines"]),
    ("VN", "Bãi bỏ miễn thuế GTGT đối với hàng hóa nhập khẩu giá trị thấp",
     "Từ ngày 1/1, hàng hóa nhập khẩu gửi qua dịch vụ chuyển phát nhanh có trị giá dưới 1 triệu "
     "đồng phải nộp thuế GTGT. Quà biếu của cá nhân ở nước ngoài tiếp tục được xét miễn thuế.",
     ["all_goods"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text", "categories"), _LEFT_OUT)
def test_goods_a_rule_leaves_out_are_no_category(origin, title, text, categories):
    got = classify(title, text, origin=origin, source_kind="customs")
    assert got.relevant
    assert got.categories == categories


# (origin, title, text, kind, destinations): an exemption that ends is a duty change, not a
# stop ("no longer an exemption"); sending allowed again in Dutch and French is a resumption;
# rows of stops "unchanged since" a year ago are no news beside a resumption
_READ_RIGHT = [
    ("NL", "Invoerrechten op kleine zendingen",
     "Vanaf 1 juli is er geen vrijstelling meer voor pakketten naar Nederland met een lage "
     "waarde uit landen buiten de EU.", "duty_tax_change", ["NL"]),
    ("DE", "Zoll auf Kleinsendungen in die Schweiz",
     "Ab 1. Juli gibt es für Pakete in die Schweiz keine Zollbefreiung mehr.", "duty_tax_change",
     ["CH"]),
    ("NL", "Pakketten naar de Verenigde Staten",
     "Sinds 15 oktober kun je weer pakketten met goederen naar de Verenigde Staten versturen.",
     "resumption", ["US"]),
    ("FR", "Colis vers les États-Unis",
     "Depuis le 15 octobre, vous pouvez de nouveau envoyer des colis vers les États-Unis.",
     "resumption", ["US"]),
    ("NL", "Verzendbeperkingen buitenland",
     "Israël – Weer mogelijk (bijgewerkt 27-06-2025)\nBrieven en pakketten naar Israël kun je "
     "vanaf vandaag weer versturen.\n\nJemen – Niet mogelijk (ongewijzigd sinds 12-01-2024)\n\n"
     "Syrië – Niet mogelijk (ongewijzigd sinds 03-03-2023)", "resumption", ["IL"]),
    ("DE", "Versandeinschränkungen",
     "Israel – Wieder möglich (aktualisiert 27.06.2025)\nBriefe und Pakete nach Israel können "
     "ab heute wieder versendet werden.\n\nJemen – Nicht möglich (unverändert seit 12.01.2024)",
     "resumption", ["IL"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text", "kind", "codes"), _READ_RIGHT)
def test_the_kind_is_read_right(origin, title, text, kind, codes):
    got = classify(title, text, origin=origin)
    assert (got.change_kind, got.destinations) == (kind, codes)


def test_a_stop_of_german_parcels_still_reads_as_a_stop():
    got = classify(
        "Paketversand nach Israel",
        "Ab sofort nehmen wir keine Pakete nach Israel mehr an.",
        origin="DE",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["IL"])


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        ("GB", "Lebanon: suspension withdrawn",
         "Our airline partner can carry mail to Beirut again, so the suspension notice of "
         "3 October for items to Lebanon has been withdrawn."),
        ("DE", "Libanon: Aussetzung aufgehoben",
         "Die Aussetzung des Postversands in den Libanon wurde aufgehoben."),
    ],
)  # fmt: skip
def test_a_suspension_withdrawn_is_a_resumption(origin, title, text):
    got = classify(title, text, origin=origin)
    assert (got.change_kind, got.destinations) == ("resumption", ["LB"])


def test_a_service_withdrawn_beside_a_suspension_in_place_lifts_nothing():
    got = classify(
        "Lebanon",
        "The suspension of parcels to Lebanon remains in place; the service has been withdrawn.",
        origin="GB",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["LB"])


# (origin, title, text): pages of a postal bulletin or a post's news with mail words and no
# change for a sender
_NO_NEWS = [
    ("US", None, "International Mail Manual — editorial renumbering",
     "The Postal Service is renumbering several exhibits in chapter 1 of the International Mail "
     "Manual. These changes are editorial only. No mailing standard, prohibition, restriction "
     "or weight limit is changed. Exhibit 123.61a Customs Declaration Form Usage becomes "
     "Exhibit 123.61."),
    ("US", None, "Vice President of International Business to retire",
     "After 34 years of service, the Vice President of International Business will retire on "
     "February 26. She oversaw the introduction of advance electronic data for inbound "
     "packages. The Postal Bulletin congratulates her on her retirement."),
    ("PL", None, "Ruszył Międzynarodowy Konkurs Pisania Listów dla Młodzieży",
     "Poczta Polska zaprasza uczniów do udziału w konkursie. List musi być napisany ręcznie; "
     "prace należy przesłać w kopercie do 15 marca."),
]  # fmt: skip


def test_items_for_these_two_destinations_point_at_the_places_named_before():
    got = classify(
        "Strikes abroad",
        "Staff at the national posts of Jordan and Egypt will strike next week. Items for these "
        "two destinations will arrive 3 working days later than usual.",
        origin="GB",
    )
    assert (got.change_kind, got.destinations) == ("delay", ["EG", "JO"])


def test_an_italian_all_clear_after_an_earthquake_is_informational():
    got = classify(
        "Giappone: servizio postale regolare dopo il terremoto",
        "Il terremoto non ha conseguenze sulla lavorazione della posta internazionale in arrivo "
        "in Giappone. Le spedizioni di lettere e pacchi verso il Giappone possono essere "
        "effettuate come di consueto.",
        origin="IT",
    )
    assert (got.relevant, got.change_kind, got.destinations) == (True, "informational", ["JP"])


# (origin, source kind, title, text): news of a customs or tax authority with its words and no
# change for a sender of parcels
_AUTHORITY_NEWS = [
    ("BE", "customs", "Commission launches public consultation on the Tobacco Excise Directive",
     "The Commission has launched a public consultation on the revision of the Tobacco Excise "
     "Directive. The current rules set minimum excise duties for cigarettes and cigars; they do "
     "not cover e-cigarettes."),
    ("BE", "customs", "WCO-UPU Contact Committee holds its 44th meeting",
     "The meeting took place in Bern. Delegates from customs administrations and postal "
     "operators reviewed the electronic versions of forms CN22 and CN23. The next meeting will "
     "be held in Brussels."),
    ("BE", "customs", "Customs Union: annual performance report published",
     "The Commission has published the customs union performance report. Key figures for "
     "2024: 4.6 billion declarations for low-value consignments, EUR 33 billion in customs "
     "duties collected."),
    # the customs office taking in revenue: a yearly account
    ("DE", "customs", "Jahresbilanz 2025: Zoll nimmt über 158 Milliarden Euro ein",
     "Der Zoll hat im Jahr 2025 rund 158 Milliarden Euro eingenommen.\n\nDie Einnahmen im "
     "Überblick:\n• Einfuhrumsatzsteuer: 72,4 Mrd. Euro\n• Zölle: 6,2 Mrd. Euro\n\nRund 210 "
     "Millionen Sendungen mit geringem Wert wurden zollrechtlich abgefertigt."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("origin", "kind_of_source", "title", "text"), _NO_CHANGE + _NO_NEWS + _AUTHORITY_NEWS
)
def test_a_page_without_a_change_is_quiet(origin, kind_of_source, title, text):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert not got.relevant
    assert got.severity == "none"


def test_a_tobacco_duty_on_parcels_is_still_told():
    got = classify(
        "New duty on e-cigarettes sent by post",
        "From 1 July, e-cigarettes imported into Belgium by post are subject to an excise duty "
        "of EUR 0.15 per ml, collected on delivery.",
        origin="BE",
        source_kind="customs",
    )
    assert (got.change_kind, got.destinations) == ("duty_tax_change", ["BE"])


def test_korean_goods_not_certified_are_no_stop_of_acceptance():
    got = classify(
        "해외직구 안내",
        "KC 인증을 받지 않은 전기용품을 해외직구로 구매하실 때에는 안전에 유의하시기 바랍니다. "
        "국제우편 물품은 종전과 같이 통관됩니다.",
        origin="KR",
        source_kind="customs",
    )
    assert got.change_kind != "suspension"
    assert got.severity != "critical"


def test_japanese_customs_taking_longer_than_usual_is_a_delay():
    got = classify(
        "年末年始の国際郵便物の通関について",
        "年末年始は、川崎外郵出張所における国際郵便物の通関手続に通常より時間を要する見込みです。",
        origin="JP",
        source_kind="customs",
    )
    assert (got.change_kind, got.destinations) == ("delay", ["JP"])


def test_a_rule_whose_effective_date_is_delayed_is_no_delay_of_mail():
    got = classify(
        "Advance electronic information for international mail; delay of effective date",
        "This document delays the effective date of the provisions under which CBP will refuse "
        "mail shipments arriving without advance electronic data, until March 10, 2025.",
        origin="US",
        source_kind="customs",
    )
    assert got.change_kind != "delay"


def test_power_restored_at_local_offices_is_no_resumption():
    got = classify(
        "Jamaica: Hurricane Beryl, services operating",
        "Services to Jamaica are operating as normal. Some local post offices may be closed for "
        "a few days while power is restored.",
        origin="GB",
        source_kind="postal",
    )
    assert (got.change_kind, got.destinations) == ("informational", ["JM"])


def test_a_strike_with_an_overtime_ban_and_mail_going_on_is_informational():
    got = classify(
        "Industrial action by Customs staff – border processing to continue",
        "The action includes a two-hour strike at airports and a ban on overtime. International "
        "mail and courier items will continue to be processed as normal. We do not expect "
        "deliveries of parcels from overseas to be delayed.",
        origin="NZ",
        source_kind="customs",
    )
    assert (got.change_kind, got.destinations) == ("informational", ["NZ"])


def test_reports_said_to_be_unfounded_in_the_next_sentence_are_no_suspension():
    got = classify(
        "Mexico: service operating normally",
        "Messages circulating on social media claim that Correos de México has stopped "
        "delivering international parcels. Correos de México has confirmed that these reports "
        "are unfounded. Inbound mail is received at the Mexico City office of exchange and "
        "delivered normally.",
        source_kind="carrier",
    )
    assert (got.change_kind, got.destinations) == ("informational", ["MX"])


# (origin, source kind, title, text, categories): words that look like a category and are not
_NOT_THAT_CATEGORY = [
    ("GB", "carrier", "Norway: commercial invoice now required for goods",
     "From 1 March every consignment with goods to Norway must carry an invoice that shows "
     "the quantity, unit value, currency and country of origin of each item.", ["all_goods"]),
    ("FR", "carrier", "Kuwait: electronic advance data mandatory for items with goods",
     "From 1 June, electronic advance data is mandatory for all items with goods to Kuwait: "
     "HS code, quantity, net weight and value with currency.\nNot concerned: letters "
     "containing correspondence or documents only.", ["all_goods"]),
    ("US", "postal", "Individual Country Listings: Kazakhstan",
     "Kazakhstan now prohibits the import by post of electronic cigarettes and of liquids for "
     "refilling electronic cigarettes.", ["tobacco_vapes"]),
    ("SG", "postal", "Sri Lanka: import of e-cigarettes prohibited",
     "Sri Lanka Post informs that, under the regulations of the National Authority on Tobacco "
     "and Alcohol, the import of e-cigarettes by post is prohibited from 1 March.",
     ["tobacco_vapes"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("origin", "kind_of_source", "title", "text", "categories"), _NOT_THAT_CATEGORY
)
def test_words_that_only_look_like_a_category_add_none(
    origin, kind_of_source, title, text, categories
):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert got.relevant
    assert got.categories == categories


def test_an_online_declaration_that_replaces_a_paper_form_is_a_new_requirement():
    got = classify(
        "Postal items from outside the EU: new online declaration replaces the paper form",
        "From 2 March the paper value declaration is withdrawn. The consignee must instead "
        "complete an online declaration; proof of purchase must be uploaded. Customs duty and "
        "import VAT are charged as before.",
        origin="IE",
        source_kind="customs",
    )
    assert (got.change_kind, got.destinations) == ("new_requirement", ["IE"])


def test_an_erratum_of_a_limit_that_never_changed_is_informational():
    got = classify(
        "Correction: Individual Country Listing for Chile",
        "The article in Postal Bulletin 22605 incorrectly stated that the maximum weight for "
        "Priority Mail International items to Chile would be reduced to 22 pounds. This was an "
        "error. The maximum weight for items to Chile remains 66 pounds.",
        origin="US",
        source_kind="postal",
    )
    assert (got.change_kind, got.destinations) == ("informational", ["CL"])


def test_a_limit_reduced_is_still_a_restriction():
    got = classify(
        "Chile: maximum weight reduced",
        "The maximum weight for Priority Mail International items to Chile is reduced from 66 "
        "to 22 pounds from 2 October.",
        origin="US",
        source_kind="postal",
    )
    assert (got.change_kind, got.destinations) == ("restriction", ["CL"])


def test_italian_rules_reminded_that_have_not_changed_are_informational():
    got = classify(
        "Acquisti online all'estero: quando si paga l'IVA sugli invii? Alcune precisazioni",
        "Abbiamo ricevuto numerose domande sull'imposizione degli invii provenienti dall'estero. "
        "Ricordiamo le regole in vigore, che non sono cambiate.\n\nIVA all'importazione\n- "
        "L'aliquota normale è dell'8,1 %.\n- Un importo d'imposta fino a 5 franchi non viene "
        "riscosso.\n\nDazi doganali\nPer molte merci i dazi dipendono dal peso lordo.",
        origin="CH",
        source_kind="customs",
    )
    assert (got.change_kind, got.destinations) == ("informational", ["CH"])


def test_places_sent_to_a_separate_entry_are_left_out():
    got = classify(
        "Pacific Islands: delays due to reduced flights",
        "Items to Fiji and Samoa may be delayed by up to two weeks because of reduced flights. "
        "Items to French Polynesia and New Caledonia are covered by the separate France "
        "overseas territories entry below.",
        origin="GB",
        source_kind="postal",
    )
    assert (got.change_kind, got.destinations) == ("delay", ["FJ", "WS"])


def test_letters_resumed_beside_a_list_of_services_still_stopped_are_documents_only():
    got = classify(
        "Service alert: Haiti — letter mail resumed, parcels still suspended",
        "Service alert: Haiti — letter mail resumed, parcels still suspended\n\nSince March we "
        "have not been able to accept any mail for Haiti because flights were suspended.\n\n"
        "Starting June 12, 2024, we will again accept letter mail for Haiti:\n\n- Letters and "
        "postcards\n- Flats and documents\n\nWhat's not changing\n\nWe still can't accept any "
        "of the following items for Haiti:\n\n- Small Packets – International\n- "
        "International Parcel – Air and Surface\n",
        origin="CA",
        source_kind="postal",
    )
    assert (got.change_kind, got.destinations, got.categories) == (
        "resumption",
        ["HT"],
        ["documents"],
    )


def test_a_service_withdrawn_after_a_suspension_lifts_nothing():
    got = classify(
        "Brazil",
        "Following the suspension, the Economy service to Brazil has been withdrawn.",
        origin="GB",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["BR"])
