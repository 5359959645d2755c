"""Causes found in session 32, each with sentences of our own: flags as country names, table
cells that end a cue, denied reports, "rules unchanged" said in other word orders, goods in a
list under a delay, near-topic notices that change nothing (surveys, sponsorships, passenger
baggage), stamps as postage, and places said to need no declaration."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- places ---


@pytest.mark.parametrize(
    ("title", "body", "origin", "want"),
    [
        (
            "Medicines to 🇺🇿",
            "📦 Sending a parcel to 🇺🇿? From 1 May, customs there bans medicines and food "
            "supplements in parcels sent to private persons.",
            "RU",
            ["UZ"],
        ),
        (
            "تعليق قبول الطرود إلى 🇸🇩",
            "نعلن تعليق قبول الطرود المتجهة إلى 🇸🇩 مؤقتًا حتى إشعار آخر.",
            "SA",
            ["SD"],
        ),
    ],
)
def test_a_flag_emoji_names_its_country(title, body, origin, want):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.destinations == want


def test_a_table_cell_ends_the_reach_of_an_origin_word():
    # "から" (from) ends the row's remark, several cells after the country: the date the stop
    # starts from, not the country goods come from
    body = (
        "○：引受可　×：引受停止\n"
        "番号｜国・地域名｜通常郵便物｜小包｜EMS｜備考\n"
        "21｜ボリビア｜×｜×｜×｜11月2日引受分から引受停止。航空便の運休のため。"
    )
    result = classify("国・地域別の引受状況", body, origin="JP", source_kind="postal")
    assert result.destinations == ["BO"]
    assert result.change_kind == "suspension"


def test_third_countries_as_origin_stay_an_origin():
    result = classify(
        "ICS2 data required",
        "Goods imported from third countries into the EU must have ICS2 data from 1 March.",
        origin="DE",
        source_kind="customs",
    )
    assert "*" not in result.destinations
    assert "FR" in result.destinations


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Se reanuda la admisión de envíos con mercancía hacia Estados Unidos, incluido el "
            "Estado Libre Asociado de Puerto Rico.",
            ["PR", "US"],
        ),
        (
            "Từ ngày 1/5, hàng hóa gửi đi Hoa Kỳ, bao gồm cả Puerto Rico và Guam, chỉ được "
            "chấp nhận khi có dữ liệu hải quan điện tử.",
            ["GU", "PR", "US"],
        ),
    ],
)
def test_territories_said_to_be_included_are_destinations(body, want):
    result = classify("Aviso", body, origin="MX", source_kind="postal")
    assert result.destinations == want


def test_a_place_that_needs_no_declaration_is_not_a_destination():
    result = classify(
        "Electronic customs data for goods to Norway",
        "From 1 September, items with goods sent to Norway must have digital postage with "
        "customs data. Within the EU, no customs declaration is needed.",
        origin="SE",
        source_kind="postal",
    )
    assert result.destinations == ["NO"]


def test_neighbours_said_to_continue_normally_are_not_destinations():
    result = classify(
        "تعليق البريد إلى ليبيا",
        "تعلن الهيئة تعليق قبول الطرود المتجهة إلى ليبيا اعتبارا من اليوم. "
        "وتؤكد الهيئة أن الخدمات البريدية المتجهة إلى تونس والجزائر مستمرة بصورة طبيعية.",
        origin="EG",
        source_kind="postal",
    )
    assert result.destinations == ["LY"]
    assert result.change_kind == "suspension"


def test_goods_sent_from_a_country_in_thai_come_from_it():
    result = classify(
        "ภาษีมูลค่าเพิ่มสำหรับสินค้านำเข้ามูลค่าต่ำ",
        "ตั้งแต่วันที่ 1 มกราคม สิ่งของที่ส่งมาจากประเทศจีน ต้องชำระภาษีมูลค่าเพิ่ม 7%",
        origin=None,
        source_kind="customs",
    )
    assert "CN" not in result.destinations


# --- kinds ---


@pytest.mark.parametrize(
    "body",
    [
        "Reports that we have stopped accepting parcels for Mexico are inaccurate. Parcels to "
        "Mexico are accepted and dispatched as usual.",
        "A message circulating online is claiming that we have suspended mail to Ghana. We wish "
        "to state categorically that the claim is false. Mail to Ghana is accepted as usual.",
    ],
)
def test_a_report_of_a_stop_that_is_denied_is_no_stop(body):
    result = classify("Service update", body, origin="US", source_kind="postal")
    assert result.change_kind == "informational"


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Envíos a Bolivia",
            "Los envíos con destino a Bolivia continúan con normalidad, sin que hasta el momento "
            "se hayan reportado retrasos.",
            "PE",
        ),
        (
            "Huduma za posta kwenda Kenya",
            "Vifurushi kwenda Kenya vinapokelewa kama kawaida na vinasafirishwa bila kuchelewa.",
            "TZ",
        ),
    ],
)
def test_no_delay_reported_is_service_as_usual(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "informational"


def test_a_proposed_increase_not_yet_in_effect_is_no_duty_change():
    result = classify(
        "Proposed increase in the duty-free limit",
        "The Government intends to raise the de minimis value for imported goods from US$50 to "
        "US$100. The proposed change is not yet in effect: until then, the current threshold "
        "continues to apply to all imports.",
        origin="BB",
        source_kind="customs",
    )
    assert result.change_kind == "informational"


def test_handwritten_forms_no_longer_accepted_in_russian_ask_for_data():
    result = classify(
        "Изменения в приеме посылок в Германию",
        "С 1 марта бланки CN22, заполненные от руки, больше не принимаются для отправлений в "
        "Германию: данные вносятся в систему в отделении.",
        origin="KZ",
        source_kind="postal",
    )
    assert result.change_kind == "new_requirement"


@pytest.mark.parametrize(
    ("title", "body", "origin", "source_kind"),
    [
        (
            "Arzneimittel aus dem Ausland: Das gilt weiterhin",
            "Der Zoll weist darauf hin, dass sich an den Regeln für Privatpersonen nichts "
            "geändert hat.\nDie wichtigsten Punkte:\n- Aus Drittländern ist der Versand von "
            "Arzneimitteln an Privatpersonen nicht erlaubt.",
            "DE",
            "customs",
        ),
        (
            "Envíos con productos cárnicos",
            "Correos informa de que no se ha producido ninguna modificación en sus condiciones "
            "de admisión.\n- Envíos a países fuera de la UE: solo se admiten cuando el país de "
            "destino lo permite, como hasta ahora. Destinos como Japón ya no aceptaban "
            "productos cárnicos antes del brote.",
            "ES",
            "postal",
        ),
    ],
)
def test_rules_said_unchanged_in_other_word_orders(title, body, origin, source_kind):
    result = classify(title, body, origin=origin, source_kind=source_kind)
    assert result.change_kind == "informational"


def test_a_korean_import_block_is_a_ban():
    result = classify(
        "해외직구 위해식품 반입 차단 확대",
        "관세청은 6월 1일부터 멜라토닌이 들어 있는 제품의 반입을 차단한다고 밝혔다. "
        "해당 제품은 반송 또는 폐기된다.",
        origin="KR",
        source_kind="customs",
    )
    assert result.change_kind == "prohibited_items"


def test_an_indonesian_only_allowed_rule_is_a_restriction():
    result = classify(
        "Ketentuan baru barang kiriman",
        "Mulai 1 Maret, barang kiriman hasil belanja daring dari luar negeri hanya dapat "
        "dimasukkan ke Indonesia apabila harga per unit di atas USD100.",
        origin="ID",
        source_kind="customs",
    )
    assert result.relevant
    assert result.change_kind == "restriction"


def test_a_booking_said_not_stopped_in_bengali_is_no_suspension():
    result = classify(
        "আন্তর্জাতিক ডাক প্রেরণে বিলম্ব",
        "অগ্নিকাণ্ডের কারণে সকল দেশে প্রেরিতব্য পার্সেল প্রেরণে বিলম্ব হবে। কোনো দেশের জন্য বুকিং বন্ধ করা হয়নি।",
        origin="BD",
        source_kind="postal",
    )
    assert result.change_kind == "delay"


# --- notices that change nothing ---


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Customer satisfaction survey 2026",
            "Help us improve our international services! Take part in our customer satisfaction "
            "survey. We ask about delivery times to Japan and the United States, delays, customs "
            "duties and prohibited items. The satisfaction survey takes ten minutes.",
            "NZ",
        ),
        (
            "Correos, patrocinador oficial de la carrera",
            "Correos renueva su acuerdo de patrocinio como patrocinador oficial de la carrera. "
            "La salida será en Francia. En caso de suspensión de alguna etapa por lluvia, "
            "Correos trasladará el material a la siguiente ciudad.",
            "ES",
        ),
        (
            "Power banks: new cabin baggage rules",
            "From 1 January, power banks and spare lithium batteries may be carried only in cabin "
            "baggage; they are prohibited in checked baggage. Passengers may carry two power "
            "banks.",
            "TR",
        ),
    ],
)
def test_near_topic_notices_are_irrelevant(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="other")
    assert not result.relevant


def test_stamps_as_postage_are_no_stamp_issue():
    result = classify(
        "From 1 October goods to Switzerland can no longer be franked with stamps",
        "Items with goods sent to Switzerland must have postage bought online, where the "
        "electronic customs declaration is filled in. You can no longer use stamps for "
        "such items: items franked with stamps will be returned. Letters with documents only "
        "can be franked with stamps as before.",
        origin="SE",
        source_kind="postal",
    )
    assert result.relevant
    assert result.destinations == ["CH"]


# --- categories ---


def test_goods_listed_under_a_delay_are_its_goods():
    result = classify(
        "Inspections slow down",
        "Parcels containing the items below may be delayed at customs:\n"
        "- food such as cheese, honey and tea\n"
        "- seeds, bulbs and plants",
        origin="GB",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert result.categories == ["animals_plants", "food"]


def test_cannabis_and_cbd_are_medicines():
    result = classify(
        "Cannabis products no longer accepted abroad",
        "From 1 July we no longer accept cannabis, CBD oil or products containing cannabis "
        "for any international destination.",
        origin="TH",
        source_kind="postal",
    )
    assert "medicines" in result.categories


def test_goods_said_to_go_on_in_korean_and_arabic_are_exempt():
    korean = classify(
        "쿠바행 소포 접수 중지",
        "3월 1일부터 쿠바행 EMS와 국제소포 접수를 중지합니다. 서장과 인쇄물은 정상 접수됩니다.",
        origin="KR",
        source_kind="postal",
    )
    assert korean.categories == ["all_goods"]
    arabic = classify(
        "تعليق الطرود إلى اليمن",
        "نعلن تعليق قبول الطرود المتجهة إلى اليمن مؤقتًا. تستمر خدمة إرسال الرسائل والوثائق.",
        origin="SA",
        source_kind="postal",
    )
    assert arabic.categories == ["all_goods"]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "[System maintenance] International mail tracking temporarily suspended",
            "Due to server replacement, international mail tracking (EMS, parcels), rate lookup "
            "and the mobile app will be temporarily suspended on 17 January from 00:00 to 06:00. "
            "Acceptance of international mail at post office counters is not affected "
            "(operating normally).",
        ),
        (
            "[시스템 점검] 국제우편 배송조회 서비스 일시 중단 안내",
            "서버 교체 작업으로 인하여 1월 17일 00:00~06:00 국제우편 배송조회 및 요금조회 서비스가 "
            "일시 중단됩니다. 우체국 창구의 국제우편 접수는 정상 운영됩니다.",
        ),
    ],
)
def test_a_maintenance_window_of_lookup_services_stops_no_mail(title, body):
    result = classify(title, body, origin="KR", source_kind="postal")
    assert result.change_kind in ("informational", "irrelevant")


def test_places_said_to_be_still_accepted_in_portuguese_are_not_destinations():
    result = classify(
        "Correios suspendem envios para o Líbano",
        "A partir de sábado está suspensa a aceitação de objetos com destino ao Líbano. As "
        "remessas para o Catar e a Jordânia continuam sendo aceitas.",
        origin="BR",
        source_kind="postal",
    )
    assert result.destinations == ["LB"]


def test_a_flag_beside_a_post_in_a_signature_is_no_destination():
    result = classify(
        "Joint notice",
        "Parcels to Spain are delayed by two days due to a strike.\nAn Post 🇮🇪 | Royal Mail 🇬🇧",
        origin=None,
        source_kind="postal",
    )
    assert result.destinations == ["ES"]


# --- guards from the review: the same words in other roles ---


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Parcels to the US are suspended from 29 August. The new tariff schedule is not yet "
            "in effect but customs data is already required.",
            "suspension",
        ),
        ("В случае посылок в Израиль приём временно приостановлен.", "suspension"),
    ],
)
def test_plan_and_case_words_beside_a_real_stop_keep_it(body, want):
    result = classify("Service update", body, origin="GB", source_kind="postal")
    assert result.change_kind == want


def test_guidance_under_the_line_after_a_delay_names_no_delayed_goods():
    result = classify(
        "Delays to Australia",
        "Items to Australia may be delayed by up to 5 days due to extra checks.\n"
        "Please remember the following are prohibited:\n"
        "- lithium batteries\n"
        "- perfume",
        origin="GB",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert "lithium_batteries" not in result.categories


# --- pages of dated items ---


def test_a_dated_item_head_may_end_with_a_bar():
    body = (
        "Updated 19 May 2025 | Oman – Lithium batteries\n"
        "Effective 1 June 2025 we accept shipments to Oman that contain lithium batteries only "
        "when the batteries are installed in equipment.\n\n"
        "Updated 14 April 2025 | Eid holiday\n"
        "Customs clearance has resumed normal working hours after the Eid holiday.\n"
    )
    result = classify("Service alerts", body, origin="AE", source_kind="carrier")
    assert result.change_kind == "restriction"
    assert result.destinations == ["OM"]


def test_a_duty_for_consumers_in_the_eu_from_the_eu_customs_reaches_all_members():
    result = classify(
        "News",
        "12 December 2025 | Customs\nMember States have agreed to apply a fixed customs duty of "
        "€3 on each item in small parcels sold by non-EU sellers and sent directly to consumers "
        "in the EU. The duty will apply from 1 July 2026. Read more",
        origin="BE",
        source_kind="customs",
    )
    assert len(result.destinations) == 27


# --- guards from the second review ---


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "Wartungsarbeiten: Paketversand nach Russland eingestellt",
            "Der Versand von Paketen nach Russland ist ab sofort eingestellt.",
            "suspension",
        ),
        (
            "System maintenance at US customs: delays expected",
            "Because of system maintenance at US customs, mail to the United States will be "
            "delayed by up to 5 days.",
            "delay",
        ),
    ],
)
def test_a_maintenance_title_over_a_stop_of_mail_to_a_place_keeps_the_news(title, body, want):
    result = classify(title, body, origin="DE", source_kind="postal")
    assert result.change_kind == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Parcels to Cuba are suspended. The nuts and bolts of our new tracking system are "
         "explained below.", ["all_goods"]),
        ("Light bulbs containing mercury are prohibited in parcels to Chile.", ["all_goods"]),
        ("Ham radio transceivers can no longer be sent to India.", ["electronics"]),
    ],
)  # fmt: skip
def test_goods_words_in_other_senses_name_no_goods(body, want):
    result = classify("Notice", body, origin="GB", source_kind="postal")
    assert [c for c in result.categories if c != "documents"] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Mail 🇺🇸 suspended until further notice.", ["US"]),
        ("Shipments to 🇲🇽 UPS are delayed by 2 days.", ["MX"]),
    ],
)
def test_a_flag_with_a_direction_or_no_operator_name_is_a_destination(body, want):
    result = classify("Update", body, origin="GB", source_kind="carrier")
    assert result.destinations == want


def test_korean_excluded_from_acceptance_is_a_refusal_not_an_exemption():
    result = classify(
        "일본행 우편물 금지 품목 안내",
        "9월 1일부터 일본행 우편물에서 전자담배는 접수에서 제외됩니다.",
        origin="KR",
        source_kind="postal",
    )
    assert "tobacco_vapes" in result.categories


# --- more scripts and languages ---


def test_a_tamil_stop_of_bookings_names_its_countries():
    result = classify(
        "இஸ்ரேல் நாட்டுக்கான சர்வதேச அஞ்சல் முன்பதிவு தற்காலிகமாக நிறுத்தம்",
        "போர்ச் சூழல் காரணமாக இஸ்ரேல் நாட்டுக்கான சர்வதேச அஞ்சல் முன்பதிவு மறு அறிவிப்பு வரும் "
        "வரை நிறுத்தி வைக்கப்படுகிறது.",
        origin="IN",
        source_kind="postal",
    )
    assert result.destinations == ["IL"]
    assert result.change_kind == "suspension"


def test_a_filipino_resumption_with_its_territories():
    result = classify(
        "Pagpapatuloy ng pagtanggap ng padala papuntang Estados Unidos",
        "Simula Oktubre 27, muling tatanggapin ang mga padala papuntang Estados Unidos. Sakop "
        "nito ang Guam at Puerto Rico.",
        origin="PH",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert "US" in result.destinations and "GU" in result.destinations
