"""Session 65, from blind set 350 (South and South-East Asian posts and customs) and probes:
changes are read as their kind, for the places and goods they are about."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from tests.classify_check import check_kind as _check


def test_an_urdu_stop_told_in_the_active_voice_is_a_suspension():
    # "Pakistan Post has suspended the booking of all mail for Nepal until further orders.
    # Mail for other countries runs as normal."
    _check(
        "نیپال کے لیے ڈاک کی بکنگ",
        "پاکستان پوسٹ نے نیپال کے لیے تمام ڈاک کی بکنگ تاحکمِ ثانی معطل کر دی ہے۔ "
        "دیگر ممالک کے لیے ڈاک سروس معمول کے مطابق جاری ہے۔",
        "PK",
        "postal",
        "suspension",
        ["NP"],
    )


def test_a_customs_office_beating_its_collection_target_is_no_change():
    got = classify(
        "Customs beats its 2025 collection target",
        "Customs collected a total of PHP 950 billion in duties and taxes in 2025, above its "
        "full-year target by 2%. The commissioner credited tighter valuation of imported goods "
        "and the e-payment of duties on postal and courier shipments. For 2026, the collection "
        "goal is PHP 1.1 trillion.",
        origin="PH",
        source_kind="customs",
    )
    assert not got.relevant
    assert got.change_kind == "irrelevant"


def test_a_duty_change_told_beside_a_collection_target_still_alerts():
    # the target is the reason given; the rate cut is the change
    got = _check(
        "Duty on parcels cut to 10% from 1 March",
        "To reach its revenue collection target with less evasion, customs will cut the duty "
        "on goods imported by post from 20% to 10% with effect from 1 March.",
        "PH",
        "customs",
        "duty_tax_change",
        ["PH"],
    )
    assert got.relevant


def test_a_customs_rule_on_postal_exports_to_any_destination_is_for_everywhere():
    # a customs board's own rule for goods leaving by post ("Postal Bill of Export"): the
    # board's country is where they leave from, the rule holds for every destination
    _check(
        "Electronic Postal Bill of Export mandatory from 1 April",
        "From 1 April, all goods exported for sale through the postal channel, to any "
        "destination, shall be covered by an electronically filed Postal Bill of Export. "
        "Paper declarations will not be accepted at Foreign Post Offices after this date.",
        "IN",
        "customs",
        "new_requirement",
        ["*"],
    )


def test_goods_whose_rate_goes_on_are_not_what_the_duty_change_touches():
    got = _check(
        "Duty on goods imported by post for personal use reduced",
        "The rate of duty on goods imported by post for personal use is reduced from 30% to "
        "15% with effect from 1 April. Medicines imported for personal use continue to attract "
        "the concessional rate of 10%.",
        "IN",
        "customs",
        "duty_tax_change",
        ["IN"],
    )
    assert got.categories == ["all_goods"]


@pytest.mark.parametrize(
    "unchanged",
    [
        "Had berat bagi surat kekal tidak berubah.",  # Malay: letters' limit stays unchanged
        "Batas berat untuk surat tidak berubah.",  # Indonesian: the same
    ],
)
def test_letters_whose_limit_stays_unchanged_are_not_in_a_parcel_limit(unchanged):
    # "From 1 March the maximum weight of international parcels to all destinations is cut
    # from 30 kg to 20 kg."
    got = _check(
        "Had berat bungkusan antarabangsa",
        "Berkuat kuasa 1 Mac, had berat maksimum bagi bungkusan antarabangsa ke semua "
        "destinasi luar negara akan dikurangkan daripada 30 kg kepada 20 kg. " + unchanged,
        "MY",
        "postal",
        "restriction",
        ["*"],
    )
    assert "documents" not in got.categories


# (origin, title, text, destinations): names the gazetteer lacked, or had and could not find
_NAMED = [
    # Vietnamese names that start with a letter of Latin Extended Additional ("Ấ", "Ả")
    ("VN", "Tạm ngừng nhận gửi bưu gửi đi Ấn Độ",
     "Bưu điện tạm ngừng nhận gửi bưu gửi đi Ấn Độ từ ngày 1/3.", ["IN"]),
    ("VN", "Tạm ngừng nhận gửi bưu gửi đi Ả Rập Xê-út",
     "Bưu điện tạm ngừng nhận gửi bưu gửi đi Ả Rập Xê-út từ ngày 1/3.", ["SA"]),
    # Finnish illatives of short names ("Iran" -> "Iraniin", "Oman" -> "Omaniin")
    ("FI", "Lähetykset Iraniin ja Omaniin",
     "Lähetysten vastaanotto Iraniin ja Omaniin on keskeytetty toistaiseksi.", ["IR", "OM"]),
    # Latvian: CLDR's "Mjanma (Birma)" in the accusative
    ("LV", "Sūtījumi uz Mjanmu",
     "Pasta sūtījumu pieņemšana uz Mjanmu ir apturēta līdz turpmākam paziņojumam.", ["MM"]),
    # Slovak: a plural name in the genitive
    ("SK", "Zásielky do Spojených arabských emirátov",
     "Prijímanie zásielok do Spojených arabských emirátov je dočasne pozastavené.", ["AE"]),
    # Estonian: the last word of a name of several words takes the case ending
    ("EE", "Saadetised Saudi Araabiasse ja Lõuna-Koreasse",
     "Saadetiste vastuvõtt Saudi Araabiasse ja Lõuna-Koreasse on ajutiselt peatatud.",
     ["KR", "SA"]),
    # Norwegian: the long name of the USA
    ("NO", "Pakker til De forente stater",
     "Vi stanser midlertidig mottak av pakker til De forente stater.", ["US"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text", "codes"), _NAMED)
def test_a_stop_to_a_place_named_in_its_own_language_and_case(origin, title, text, codes):
    _check(title, text, origin, "postal", "suspension", codes)


def test_finnish_mail_no_longer_suspended_is_a_resumption_for_those_places():
    # "Items to Egypt and Lebanon are no longer suspended. Posti accepts letters and parcels
    # from 1.9. again. Items accepted during the suspension go on the first flights. Items to
    # Iran remain suspended."
    _check(
        "Lähetykset Egyptiin ja Libanoniin eivät ole enää keskeytettyinä",
        "Posti ottaa 1.9.2025 alkaen jälleen vastaan kirjeitä ja paketteja Egyptiin ja "
        "Libanoniin. Keskeytyksen aikana vastaanotetut lähetykset lähetetään ensimmäisillä "
        "lennoilla. Lähetysten vastaanotto Iraniin on edelleen keskeytetty.",
        "FI",
        "postal",
        "resumption",
        ["EG", "LB"],
    )


def test_a_finnish_service_that_returns_to_normal_is_a_resumption():
    # "The service to Cyprus, suspended in May, returns to normal from 3.6."
    _check(
        "Lähetykset Kyprokseen",
        "Toukokuussa keskeytetty palvelu Kyprokseen palaa normaaliksi 3.6.2025 alkaen.",
        "FI",
        "postal",
        "resumption",
        ["CY"],
    )


def test_a_turkish_dative_after_an_apostrophe_is_no_french_ne():
    # "Amerika Birleşik Devletleri'ne" (to the USA): its "'ne" negated the stop after it
    _check(
        "Amerika Birleşik Devletleri'ne gönderiler",
        "1 Mart'tan itibaren Amerika Birleşik Devletleri'ne koli kabul edilmeyecektir.",
        "TR",
        "postal",
        "suspension",
        ["US"],
    )


def test_a_french_ne_still_negates_a_stop():
    _check(
        "Colis pour l'Italie",
        "Les colis pour l'Italie ne sont pas suspendus et sont distribués normalement.",
        "FR",
        "postal",
        "informational",
        ["IT"],
    )


# (origin, source kind, title, text, kind, destinations): words the lexicons lacked
_WORDS = [
    # Hebrew "duty will be imposed", "will be charged VAT"
    ("IL", "customs", "מכס על חבילות מחו\"ל",
     "החל מ-1 במרץ יוטל מכס על כל החבילות מחו\"ל בשווי של מעל 75 דולר.",
     "duty_tax_change", ["IL"]),
    ("IL", "customs", "מע\"מ על חבילות",
     "החל מ-1 ביולי חבילות מחו\"ל יחויבו במע\"מ מהשקל הראשון.",
     "duty_tax_change", ["IL"]),
    # Amharic "has stopped accepting ... for now"
    ("ET", "postal", "ወደ ኤርትራ የሚላኩ ፖስታዎች",
     "የኢትዮጵያ ፖስታ አገልግሎት ወደ ኤርትራ የሚላኩ ሁሉንም ዓለም አቀፍ ጥቅሎች መቀበል ለጊዜው አቁሟል።",
     "suspension", ["ER"]),
    # Afrikaans "international mail" is mail: its delay alerts
    ("ZA", "postal", "Vertragings op internasionale pos",
     "Weens 'n staking by die lughawe kan internasionale pos tot twee weke vertraag word.",
     "delay", ["*"]),
    # Armenian, Kazakh and Uzbek duty-free import thresholds for postal items
    ("AM", "customs", "Մաքսային արտոնության շեմի նվազեցում",
     "Հունվարի 1-ից միջազգային փոստային առաքանիների անմաքս ներմուծման շեմը 200 եվրոյից "
     "իջեցվում է 150 եվրոյի։",
     "duty_tax_change", ["AM"]),
    ("KZ", "customs", "Баж салығынсыз әкелу шегі",
     "1 қаңтардан бастап халықаралық сәлемдемелер үшін баж салығынсыз әкелу шегі 1000 "
     "еуродан 200 еуроға дейін төмендетіледі.",
     "duty_tax_change", ["KZ"]),
    # Azerbaijani and Romanian shipments, Swahili postal services are mail: their delay and
    # all-clear alert
    ("AZ", "postal", "Gürcüstana göndərişlərdə gecikmə",
     "Sərhəddə növbə səbəbindən Gürcüstana göndərişlərin çatdırılması gecikə bilər.",
     "delay", ["GE"]),
    ("MD", "postal", "Întârzieri la expedierile către Ucraina",
     "Expedierile către Ucraina pot înregistra întârzieri de până la o săptămână.",
     "delay", ["UA"]),
    ("KE", "postal", "Huduma kwenda Uganda zinaendelea kama kawaida",
     "Licha ya mgomo, huduma za posta kwenda Uganda zinaendelea kama kawaida.",
     "informational", ["UG"]),
    # Amharic "accepted again"
    ("ET", "postal", "ወደ ኬንያ የፖስታ አገልግሎት",
     "ከግንቦት 1 ጀምሮ ወደ ኬንያ የሚላኩ ጥቅሎች እንደገና ይቀበላሉ።", "resumption", ["KE"]),
    # Afrikaans "must have a customs declaration", Turkish "is mandatory"
    ("ZA", "customs", "Nuwe doeanevereistes",
     "Vanaf 1 Julie moet alle inkomende pakkies 'n elektroniese doeaneverklaring hê.",
     "new_requirement", ["ZA"]),
    ("TR", "customs", "Gümrük beyannamesinde T.C. kimlik numarası",
     "1 Şubat'tan itibaren yurt dışından gelen gönderilerde alıcının T.C. kimlik numarasının "
     "beyan edilmesi zorunludur.", "new_requirement", ["TR"]),
    # a duty on goods "from countries outside the EU" (Croatian), "from abroad" (Indonesian),
    # told by the home post: paid at home
    ("HR", "postal", "Nova pristojba za pošiljke iz zemalja izvan EU-a",
     "Od 1. siječnja na pošiljke iz zemalja izvan EU-a plaća se carina od 2 eura po pošiljci.",
     "duty_tax_change", ["HR"]),
    ("ID", "postal", "Bea masuk barang kiriman",
     "Mulai 1 Maret, batas pembebasan bea masuk untuk barang kiriman dari luar negeri "
     "diturunkan menjadi USD 3.", "duty_tax_change", ["ID"]),
    ("UZ", "customs", "Bojsiz olib kirish chegarasi",
     "1 yanvardan xalqaro pochta jo'natmalari uchun bojsiz olib kirish chegarasi 1000 "
     "dollardan 200 dollargacha kamaytiriladi.",
     "duty_tax_change", ["UZ"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text", "kind", "codes"), _WORDS)
def test_the_change_is_read_in_its_own_words(origin, kind_of_source, title, text, kind, codes):
    got = _check(title, text, origin, kind_of_source, kind, codes)
    assert got.relevant


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # "It is not a total ban on direct purchases of 50 items without certification"
        (
            "해외직구 50개 품목 전면 금지가 아닙니다",
            "정부는 인증이 없는 50개 품목의 해외직구를 전면 금지하는 것이 아니라, 위해성이 "
            "확인된 제품에 한해서만 반입을 차단할 계획입니다.",
        ),
        # "Explanation regarding the report 'total ban from July'": some media reported it
        (
            "「7월부터 미인증 제품 해외직구 전면 금지」 보도 관련 설명",
            "○ 일부 언론은 7월부터 인증이 없는 품목의 해외직구가 전면 금지된다고 보도\n"
            "○ 정부는 해외직구를 전면 금지하는 것이 아니며, 통관 절차에는 변경 사항이 없습니다.",
        ),
    ],
    ids=["not-a-total-ban", "report-explained"],
)
def test_a_korean_answer_that_a_ban_is_not_so_is_informational(title, text):
    _check(title, text, "KR", "customs", "informational")


def test_a_korean_ban_told_plainly_is_still_a_ban():
    # "From 1 July, direct purchases of 30 items without KC certification are banned"
    _check(
        "7월부터 KC 미인증 30개 품목 해외직구 금지",
        "정부는 7월 1일부터 KC 인증이 없는 30개 품목의 해외직구 반입을 금지합니다.",
        "KR",
        "customs",
        "prohibited_items",
    )


# (origin, title, text, destinations): a resumption beside a stop said to go on with the verb
# after it, as Finnish, Hindi and Turkish say it
_GOES_ON_AFTER = [
    ("FI", "Lähetykset Kyprokseen taas mahdollisia – Libanonin keskeytys jatkuu",
     "Posti ottaa jälleen vastaan kirjeitä ja paketteja Kyprokseen 3.2.2025 alkaen. "
     "Libanonin keskeytys jatkuu toistaiseksi.", ["CY"]),
    ("IN", "नेपाल के लिए डाक की बुकिंग फिर से शुरू; म्यांमार के लिए निलंबन जारी",
     "डाक विभाग ने 1 मार्च से नेपाल के लिए सभी श्रेणियों की डाक की बुकिंग फिर से शुरू की है। "
     "म्यांमार के लिए डाक की बुकिंग का निलंबन अगले आदेश तक जारी रहेगा।", ["NP"]),
    ("TR", "Kıbrıs'a gönderiler yeniden başladı",
     "Kıbrıs'a yönelik posta gönderilerinin kabulüne 1 Mart itibarıyla yeniden başlanmıştır. "
     "Lübnan'a gönderilerin askıya alınması devam ediyor.", ["CY"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text", "codes"), _GOES_ON_AFTER)
def test_a_resumption_beside_a_stop_that_goes_on_is_a_resumption(origin, title, text, codes):
    _check(title, text, origin, "postal", "resumption", codes)


def test_a_hindi_suspension_order_issued_is_a_new_suspension():
    # "जारी किया" is "issued": the stop is new, not one that goes on
    _check(
        "म्यांमार के लिए डाक की बुकिंग निलंबित",
        "डाक विभाग ने 1 मार्च से म्यांमार के लिए सभी डाक की बुकिंग का निलंबन आदेश जारी किया है।",
        "IN",
        "postal",
        "suspension",
        ["MM"],
    )


def test_a_dutch_separable_accept_again_with_a_date_between_is_a_resumption():
    # "From Monday 8 June we can again accept letters and parcels for Japan."
    _check(
        "Zendingen naar Japan",
        "Vanaf maandag 8 juni kunnen wij opnieuw brieven en pakjes voor Japan aannemen.",
        "BE",
        "postal",
        "resumption",
        ["JP"],
    )


@pytest.mark.parametrize(
    ("origin", "title", "text", "codes"),
    [
        # Czech: delivery interrupted in the flooded region, elsewhere "with a delay"; "we
        # continue to accept"; "an extension of the delivery time"
        (
            "CZ",
            "Bulharsko - zpoždění zásilek",
            "V důsledku záplav bylo doručování zásilek v postižených oblastech dočasně přerušeno, "
            "v ostatních částech Bulharska probíhá s prodlením. Zásilky do Bulharska nadále "
            "přijímáme. Počítejte s prodloužením dodací lhůty o několik dní.",
            ["BG"],
        ),
        # Estonian: work at the ports stopped "from the 11th to the 24th" (the dots of the
        # dates end no clause); letters may arrive late
        (
            "EE",
            "Pakkide kohaletoimetamine Rootsi võib hilineda",
            "Streigi tõttu on töö Rootsi sadamates 11.–24. märtsini osaliselt peatatud. Seetõttu "
            "võivad Rootsi saadetavad kirjad ja pakid hilineda kuni kaks nädalat.",
            ["SE"],
        ),
    ],  # fmt: skip
    ids=["cs-delivery-interrupted-in-a-region", "et-ports-stopped"],
)
def test_a_stop_of_work_there_that_slows_mail_is_a_delay(origin, title, text, codes):
    _check(title, text, origin, "postal", "delay", codes)


def test_acceptance_stopped_beside_delivery_stopped_in_some_areas_is_a_suspension():
    _check(
        "Greece",
        "We have temporarily suspended the acceptance of parcels to Greece. Delivery in the "
        "affected areas of Greece is interrupted.",
        "CZ",
        "postal",
        "suspension",
        ["GR"],
    )


def test_a_council_regulation_of_restrictive_measures_is_a_ban():
    # "Regulation (EC) No 765/2006": its "No" before a number is no negation
    _check(
        "Council Regulation amending Regulation (EC) No 833/2014 concerning restrictive "
        "measures in view of Russia's actions",
        "It is appropriate to extend the list of goods whose sale, supply, transfer or export "
        "to Russia is prohibited. Drones and their parts shall be added to Annex VII.",
        "BE",
        "other",
        "prohibited_items",
        ["RU"],
    )


def test_a_latvian_from_before_a_date_negates_nothing():
    # "No 1. aprīļa" is "from 1 April": its "No" is no English "no"
    _check(
        "Pasta sūtījumi uz Norvēģiju",
        "No 1. aprīļa ir aizliegts sūtīt uz Norvēģiju litija akumulatorus.",
        "LV",
        "postal",
        "prohibited_items",
        ["NO"],
    )


@pytest.mark.parametrize(
    ("origin", "title", "text", "codes"),
    [
        (
            "PT",
            "Moçambique – Cancelamento da suspensão anunciada",
            "Informamos que a suspensão temporária da aceitação de encomendas com destino a "
            "Moçambique, anunciada a 3 de março, não se irá realizar. Os CTT continuarão a aceitar "
            "normalmente correio e encomendas para Moçambique.",
            ["MZ"],
        ),
        (
            "GB",
            "Angola: cancellation of the announced suspension",
            "The suspension of parcels to Angola that we announced last week will not go ahead. "
            "We continue to accept parcels for Angola as normal.",
            ["AO"],
        ),
    ],  # fmt: skip
    ids=["pt", "en"],
)
def test_an_announced_suspension_cancelled_is_informational(origin, title, text, codes):
    _check(title, text, origin, "postal", "informational", codes)


def test_a_suspension_cancelled_without_a_plan_is_not_called_off():
    # "Cancellation of the suspension" of one in force: mail goes again
    got = classify(
        "Angola: cancelamento da suspensão",
        "A partir de 1 de março, os CTT retomam a aceitação de encomendas para Angola.",
        origin="PT",
        source_kind="postal",
    )
    assert got.change_kind == "resumption"


def test_purchases_that_stay_exempt_from_tax_are_no_duty_change():
    # "Customs clarifies: courier purchases up to US$150 remain exempt from taxes" (Spanish),
    # answering a rumour that the exemption would end
    _check(
        "Aduanas aclara: las compras por courier de hasta US$150 siguen exentas de impuestos",
        "Aduanas aclara que no es cierta la información difundida en redes sociales según la "
        "cual se eliminaría la exención. Los envíos de hasta US$150 continúan exentos del pago "
        "de impuestos.",
        "DO",
        "customs",
        "informational",
        ["DO"],
    )


def test_a_spanish_exemption_ended_is_a_duty_change():
    # "From 1 March, courier purchases up to US$150 are no longer exempt from taxes"
    _check(
        "Compras por courier: fin de la exención",
        "A partir del 1 de marzo, las compras por courier de hasta US$150 ya no están exentas "
        "de impuestos y pagarán el ITBIS.",
        "DO",
        "customs",
        "duty_tax_change",
        ["DO"],
    )


def test_a_postal_bank_service_down_for_maintenance_stays_quiet():
    got = classify(
        "Interruption temporaire des services CCP en ligne",
        "En raison de travaux de maintenance, la consultation des comptes CCP en ligne sera "
        "temporairement suspendue le samedi 8 juin de 01h00 à 05h00. Les services du courrier "
        "et des colis ne sont pas concernés.",
        origin="SN",
        source_kind="postal",
    )
    assert not got.relevant


def test_a_public_consultation_on_a_duty_stays_a_proposal():
    got = classify(
        "Consultation publique : suppression de la franchise de 150 euros",
        "Le gouvernement ouvre une consultation publique sur la suppression de la franchise de "
        "droits de douane pour les colis de moins de 150 euros.",
        origin="FR",
        source_kind="customs",
    )
    assert got.change_kind != "duty_tax_change"


def test_dutch_goods_that_may_go_again_are_a_resumption():
    # "Lithium batteries may go along to Canada again": from 1 June "we accept parcels with
    # loose batteries again", under conditions (at most two per parcel)
    _check(
        "Losse batterijen weer mee naar Canada",
        "Vanaf 1 juni accepteren we weer pakketten met losse lithiumbatterijen naar Canada. "
        "Voorwaarden: maximaal 2 batterijen per pakket.",
        "NL",
        "postal",
        "resumption",
        ["CA"],
    )


@pytest.mark.parametrize(
    ("origin", "title", "text", "codes"),
    [
        (
            "GB",
            "Parcels to CIS countries",
            "We have suspended the acceptance of parcels to CIS countries until further notice.",
            ["AM", "AZ", "BY", "KG", "KZ", "MD", "RU", "TJ", "UZ"],
        ),
        (
            "DE",
            "Pakete nach Zentralasien",
            "Die Annahme von Paketen nach Zentralasien ist bis auf Weiteres ausgesetzt.",
            ["KG", "KZ", "TJ", "TM", "UZ"],
        ),
        (
            "KE",
            "Parcels to EAC Partner States",
            "We have suspended the acceptance of parcels to other EAC Partner States.",
            ["BI", "CD", "RW", "SO", "SS", "TZ", "UG"],
        ),
        (
            "ZA",
            "Parcels to SADC countries",
            "We have temporarily suspended parcels to SADC countries.",
            [
                "AO",
                "BW",
                "CD",
                "KM",
                "LS",
                "MG",
                "MU",
                "MW",
                "MZ",
                "NA",
                "SC",
                "SZ",
                "TZ",
                "ZM",
                "ZW",
            ],
        ),
    ],  # fmt: skip
    ids=["cis", "central-asia", "eac", "sadc"],
)
def test_a_group_of_countries_expands_to_its_members(origin, title, text, codes):
    _check(title, text, origin, "postal", "suspension", codes)


def test_a_trade_agreement_named_by_its_parties_names_no_destination():
    # "the EU-EAC EPA" is an agreement: the East African Community is not where goods go
    got = classify(
        "Exports to the UK: EUR.1 certificates",
        "From 1 March, EUR.1 certificates for exports to the UK must cite the Kenya-UK EPA. "
        "Certificates citing the EU-EAC arrangement will not be accepted by UK customs.",
        origin="KE",
        source_kind="customs",
    )
    assert "TZ" not in got.destinations


# (origin, title, text, the part of the world, one member, a country outside it): a change
# that names a part of the world and no country is about its members, not every destination
_BROAD = [
    ("GB", "Middle East: service update",
     "Due to the security situation, mail to the Middle East may be delayed by up to two weeks.",
     "IL", "FR"),
    ("FR", "Envois vers l'Afrique de l'Ouest",
     "Les envois à destination de l'Afrique de l'Ouest connaissent des retards.", "SN", "KE"),
    ("DE", "Nahost: Verzögerungen", "Sendungen nach Nahost können sich verzögern.", "JO", "US"),
    ("GB", "Parcels to Africa suspended",
     "We have suspended the acceptance of parcels to all destinations in Africa until further "
     "notice.", "NG", "GB"),
    ("ES", "Envíos a África", "Se suspende la admisión de paquetes a todos los destinos en África.",
     "KE", "ES"),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text", "member", "outside"), _BROAD)
def test_a_part_of_the_world_named_alone_stands_for_its_members(
    origin, title, text, member, outside
):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.relevant
    assert member in got.destinations
    assert outside not in got.destinations and "*" not in got.destinations


@pytest.mark.parametrize(
    ("title", "text", "codes"),
    [
        # every destination, the Middle East named as one of them
        (
            "Service update",
            "Mail to all international destinations, including the Middle East, may be delayed.",
            ["*"],
        ),
        # where parcels come from, not where they go
        (
            "Delays on imports",
            "Parcels from Asia may take longer to arrive because of reduced flight capacity.",
            ["DE"],
        ),
        # a country named beside it: the part of the world is a heading
        ("Middle East", "Mail to Israel is suspended until further notice.", ["IL"]),
    ],  # fmt: skip
    ids=["all-including", "from", "heading"],
)
def test_a_part_of_the_world_does_not_narrow_what_else_is_named(title, text, codes):
    got = classify(title, text, origin="DE", source_kind="postal")
    assert got.destinations == codes


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "GB",
            "Parcels to China: phone number",
            "From 1 September, parcels without a phone number cannot be sent to China.",
        ),
        # Swedish "parcels that lack the phone number cannot be sent"
        (
            "SE",
            "Paket till Kina",
            "Från och med den 1 september måste alla paket till Kina ha mottagarens telefonnummer. "
            "Paket som saknar telefonnummer kan inte skickas.",
        ),
    ],  # fmt: skip
    ids=["en", "sv"],
)
def test_parcels_refused_for_the_data_they_lack_are_a_new_requirement(origin, title, text):
    _check(title, text, origin, "postal", "new_requirement", ["CN"])


def test_a_bulgarian_number_required_for_parcels_is_a_new_requirement():
    # "From 1 April, for all parcels to Brazil, a CPF number must be given"
    _check(
        "Колети до Бразилия",
        "От 1 април за всички колети до Бразилия е задължително да се посочи номер CPF.",
        "BG",
        "postal",
        "new_requirement",
        ["BR"],
    )


def test_a_hebrew_all_clear_over_a_rule_as_always_is_informational():
    # "Clarification: shipments to Canada continue as usual" ... "As always, a customs
    # declaration must be attached to every parcel with goods"
    _check(
        "הבהרה: משלוחים לקנדה ממשיכים כסדרם",
        "קבלת מכתבים וחבילות לקנדה נמשכת כרגיל בכל סניפי הדואר. כמו תמיד, יש לצרף לכל חבילה "
        "המכילה טובין הצהרת מכס מלאה.",
        "IL",
        "postal",
        "informational",
        ["CA"],
    )
