"""Causes found in session 27, each with sentences of our own: places mail passes on from,
calls for tenders, words of Indonesian, Malay, Vietnamese, Hindi and Turkish, and questions
about the scope of a rule."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- where mail is carried on from is a stage of its way, not its destination ------------------


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Suspension of mail to Russia",
            "We suspend acceptance of all items addressed to Russia. As the airspace is closed, "
            "we carry international mail by truck to Poland, from where it travels onward.",
        ),
        (
            "Приостановка приёма отправлений",
            "Приём отправлений в Россию приостановлен. Международную почту мы везём "
            "автотранспортом до Польши, откуда она следует дальше.",
        ),
        (
            "Припинення приймання",
            "Укрпошта припиняє приймання відправлень до Росії. Міжнародну пошту ми перевозимо "
            "автотранспортом до Польщі, звідки вона прямує далі.",
        ),
    ],
)
def test_a_place_mail_goes_on_from_is_no_destination(title, body):
    result = classify(title, body, origin="UA", source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["RU"]


def test_a_destination_followed_by_from_where_without_onward_travel_stays():
    result = classify(
        "Parcels to Norway suspended",
        "We suspend parcels to Norway, from where we have had many reports of losses.",
        origin="SE",
        source_kind="postal",
    )
    assert result.destinations == ["NO"]


def test_russia_written_in_lower_case_initials_is_russia():
    result = classify(
        "Припинення приймання",
        "Укрпошта припиняє приймання відправлень, адресованих до рф.",
        origin="UA",
        source_kind="postal",
    )
    assert result.destinations == ["RU"]


# --- import bans of a post: the senders' countries are origins ----------------------------------


def test_an_import_ban_with_the_senders_countries_is_about_the_own_country():
    result = classify(
        "Importação de sementes por remessa postal é proibida",
        "Não é permitido importar sementes por meio de remessas postais. Os pacotes chegam ao "
        "Brasil com remetentes da China, da Malásia e de Taiwan.",
        origin="BR",
        source_kind="postal",
    )
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["BR"]


def test_the_word_republic_between_listed_countries_keeps_the_list():
    result = classify(
        "О запрете вложения денежных знаков",
        "С 1 марта запрещается вложение денежных знаков в отправления, адресованные в "
        "Турецкую Республику, Республику Корея и Республику Узбекистан.",
        origin="KZ",
        source_kind="postal",
    )
    assert sorted(result.destinations) == ["KR", "TR", "UZ"]


# --- a call for tenders is no change of sending ---------------------------------------------------


@pytest.mark.parametrize(
    "title, body, origin",
    [
        (
            "Przetarg: zawieszenie postępowania na dostawę skanerów",
            "Poczta Polska S.A. jako Zamawiający informuje, że postępowanie o udzielenie "
            "zamówienia na dostawę 200 skanerów do sortowni przesyłek zostaje zawieszone.",
            "PL",
        ),
        (
            "Zadávací řízení na dodávku skenerů pozastaveno",
            "Zadavatel Česká pošta oznamuje, že zadávací řízení na dodávku skenerů pro třídění "
            "zásilek bylo pozastaveno. Lhůta pro podání nabídek se prodlužuje.",
            "CZ",
        ),
        (
            "Ausschreibung: Vergabeverfahren für Paketscanner ausgesetzt",
            "Das Vergabeverfahren für die Lieferung von 200 Paketscannern ist bis auf Weiteres "
            "ausgesetzt.",
            "DE",
        ),
        (
            "ประกาศประกวดราคาจ้างเหมาขนส่งไปรษณีย์ภัณฑ์",
            "บริษัท ไปรษณีย์ไทย จำกัด มีความประสงค์จะประกวดราคาจ้างเหมาขนส่งไปรษณีย์ภัณฑ์ ราคากลาง "
            "18,450,000 บาท (รวมภาษีมูลค่าเพิ่ม)",
            "TH",
        ),
        (
            "Gara d'appalto sospesa",
            "La procedura di gara per la fornitura di 200 scanner per pacchi è sospesa.",
            "IT",
        ),
    ],
)
def test_a_suspended_tender_is_irrelevant(title, body, origin):
    assert not classify(title, body, origin=origin, source_kind="postal").relevant


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Following a tender, parcels to Ireland move to a new carrier: longer delivery times",
            "After a tender, parcels to Ireland are carried by a new partner. Delivery takes two "
            "days longer.",
            ["IE"],
        ),
        (
            "Nach Ausschreibung: neuer Transportpartner, längere Laufzeiten in die Schweiz",
            "Nach einer Ausschreibung übernimmt ein neuer Partner den Transport. Sendungen in "
            "die Schweiz sind zwei Tage länger unterwegs.",
            ["CH"],
        ),
    ],
)
def test_a_title_that_names_a_tender_beside_mail_it_sends_is_no_tender(title, body, expected):
    result = classify(title, body, origin="GB" if "Ireland" in title else "DE")
    assert result.change_kind == "delay"
    assert result.destinations == expected


def test_legal_tender_is_no_call_for_tenders():
    result = classify(
        "Legal tender: old banknotes may no longer be sent",
        "Old banknotes are no longer legal tender. From 1 May they may not be sent in letters "
        "to Germany.",
        origin="GB",
        source_kind="postal",
    )
    assert result.relevant
    assert "cash_valuables" in result.categories


# --- words of more languages --------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, body, origin",
    [
        (
            "Greve pode atrasar a liberação de encomendas internacionais",
            "A greve dos auditores fiscais pode atrasar a liberação das encomendas "
            "internacionais que chegam ao Brasil.",
            "BR",
        ),
        (
            "La huelga retrasa los envíos internacionales",
            "La huelga del personal de aduanas retrasa la entrega de los envíos que llegan a "
            "Argentina desde el exterior.",
            "AR",
        ),
        (
            "Thông báo lịch khai thác bưu gửi quốc tế dịp Tết",
            "Bưu gửi quốc tế gửi trong dịp Tết sẽ bị kéo dài thời gian toàn trình từ 7 đến 10 "
            "ngày đối với tất cả các nước.",
            "VN",
        ),
    ],
)
def test_delay_verbs_of_portuguese_spanish_and_vietnamese(title, body, origin):
    assert classify(title, body, origin=origin, source_kind="postal").change_kind == "delay"


def test_turkish_service_as_usual_is_informational():
    result = classify(
        "Deprem sonrası PTT hizmetleri hakkında bilgilendirme",
        "Yurt dışı gönderilerin kabul ve dağıtım hizmetleri olağan şekilde sürdürülmektedir. "
        "Posta gönderilerinde bir aksama öngörülmemektedir.",
        origin="TR",
        source_kind="postal",
    )
    assert result.relevant
    assert result.change_kind == "informational"


def test_vietnamese_end_of_duty_exemption_keeps_gifts_out():
    result = classify(
        "Hàng hóa nhập khẩu giá trị thấp không còn được miễn thuế",
        "Từ ngày 18/2/2025, hàng hóa nhập khẩu gửi qua dịch vụ chuyển phát nhanh có trị giá "
        "dưới 1.000.000 đồng không còn được miễn thuế nhập khẩu. Quà biếu, quà tặng vẫn được "
        "miễn thuế theo định mức.",
        origin="VN",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["VN"]
    assert "gifts" not in result.categories


def test_hindi_customs_declaration_for_all_destinations_is_a_requirement():
    result = classify(
        "अंतरराष्ट्रीय डाक वस्तुओं के लिए इलेक्ट्रॉनिक सीमा शुल्क घोषणा अनिवार्य",
        "1 जनवरी 2025 से सामान वाली सभी अंतरराष्ट्रीय डाक वस्तुओं की बुकिंग तभी होगी जब सीमा "
        "शुल्क घोषणा इलेक्ट्रॉनिक रूप से दर्ज की गई हो। यह व्यवस्था सभी गंतव्य देशों के लिए "
        "लागू होगी।",
        origin="IN",
        source_kind="postal",
    )
    assert result.change_kind == "new_requirement"  # "सीमा शुल्क" is customs, not a duty
    assert result.destinations == ["*"]
    assert "electronics" not in result.categories  # "इलेक्ट्रॉनिक रूप से": electronically


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Penangguhan kiriman",
            "Penerimaan kiriman ke Iran dan Israel ditangguhkan sampai pemberitahuan berikutnya. "
            "Kiriman ke Singapura berjalan seperti biasa.",
            ["IL", "IR"],
        ),
        (
            "Tạm dừng nhận bưu gửi",
            "Bưu điện tạm dừng nhận bưu gửi đi Hoa Kỳ và Canada từ ngày 29/8 do thay đổi quy "
            "định hải quan của Hoa Kỳ đối với hàng hóa từ Trung Quốc.",
            ["CA", "US"],
        ),
    ],
)
def test_indonesian_and_vietnamese_destinations_beside_unaffected_and_origin_places(
    title, body, expected
):
    result = classify(title, body, origin="ID" if "Penangguhan" in title else "VN")
    assert result.change_kind == "suspension"
    assert result.destinations == expected


def test_indonesian_reopening_is_a_resumption():
    result = classify(
        "Pos Indonesia Buka Kembali Layanan Kiriman ke Qatar",
        "Pos Indonesia kembali membuka penerimaan kiriman internasional tujuan Qatar dan "
        "Bahrain mulai 1 Juli 2025.",
        origin="ID",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["BH", "QA"]


# --- not the change ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, body, origin",
    [
        (
            "Nová verze aplikace",
            "V nové verzi aplikace můžete zaplatit clo za zásilku ze zahraničí přímo v aplikaci. "
            "Aktualizujte aplikaci do 11. 3.",
            "CZ",
        ),
        (
            "OmaPosti-sovellus uudistuu",
            "Uudessa versiossa voit maksaa ulkomailta saapuvan lähetyksen tullimaksut "
            "sovelluksessa. Päivitä sovellus 11.3.2025 mennessä.",
            "FI",
        ),
        (
            # "Bea Cukai" is the name of Indonesian customs, not a duty
            "Waspada Penipuan Mengatasnamakan Bea Cukai: Paket Tertahan",
            "Bea Cukai kembali mengimbau masyarakat untuk mewaspadai modus penipuan yang "
            "mengatasnamakan petugas Bea Cukai. Pelaku meminta korban mentransfer bea masuk ke "
            "rekening pribadi. Bea Cukai tidak pernah meminta pembayaran ke rekening pribadi.",
            "ID",
        ),
        (
            "Correios divulgam resultado do primeiro semestre",
            "Os Correios apresentaram as demonstrações financeiras do primeiro semestre. A "
            "empresa registrou prejuízo, com queda da receita com encomendas internacionais. As "
            "operações seguem normalmente.",
            "BR",
        ),
    ],
)
def test_paying_in_an_app_a_scam_warning_and_results_are_irrelevant(title, body, origin):
    kind = "customs" if origin == "ID" else "postal"
    assert not classify(title, body, origin=origin, source_kind=kind).relevant


def test_a_denied_rumour_of_a_suspension_is_no_suspension():
    result = classify(
        "Posta Kenya services remain available",
        "All our services, including international letters and parcels, remain available. "
        "We urge the public to ignore messages circulating on social media claiming that the "
        "Corporation has suspended international services.",
        origin="KE",
        source_kind="postal",
    )
    assert result.change_kind != "suspension"


def test_money_transfers_are_no_cash_in_the_mail():
    result = classify(
        "Temporary suspension of mail to Goma",
        "The acceptance of letters and parcels addressed to North Kivu in the Democratic "
        "Republic of the Congo is suspended. Our branches remain open for domestic services, "
        "money transfers and mail to other destinations.",
        origin="RW",
        source_kind="postal",
    )
    assert result.destinations == ["CD"]
    assert "cash_valuables" not in result.categories


# --- the scope of a rule ------------------------------------------------------------------------


def test_items_already_prohibited_everywhere_are_not_the_change():
    result = classify(
        "Aggiornamento divieti per Paese",
        "Si aggiungono agli oggetti già vietati verso tutte le destinazioni (ad esempio merci "
        "pericolose). Dal 1 luglio le spedizioni verso il Messico non possono contenere "
        "sigarette elettroniche.",
        origin="IT",
        source_kind="postal",
    )
    assert result.destinations == ["MX"]


def test_anywhere_else_overseas_makes_the_examples_a_rule_for_every_destination():
    result = classify(
        "Sending lithium batteries overseas",
        "From 1 July we no longer accept loose lithium batteries in any item sent overseas. The "
        "same rules apply whether you're sending to New Zealand, the UK or anywhere else "
        "overseas.",
        origin="AU",
        source_kind="postal",
    )
    assert result.destinations == ["*"]


def test_an_inbound_delay_in_finnish_is_about_the_own_country():
    result = classify(
        "EU:n ulkopuolelta saapuvien lähetysten tullaus viivästyy",
        "EU:n ulkopuolelta saapuvien pakettien tulliselvitys voi viivästyä 5-7 arkipäivää.",
        origin="FI",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["FI"]


def test_mail_arriving_at_its_destination_is_no_inbound_mail():
    # "saapuvat perille": arrive where they are sent, not "arriving from abroad"
    result = classify(
        "Kansainväliset lähetykset viivästyvät",
        "Lentoliikenteen häiriöiden vuoksi kansainväliset lähetykset saapuvat perille "
        "tavallista myöhemmin.",
        origin="FI",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["*"]


def test_thai_postal_items_are_mail():
    result = classify(
        "ระงับการรับฝากไปรษณีย์ภัณฑ์ไปยังเมียนมา",
        "ไปรษณีย์ไทยระงับการรับฝากไปรษณีย์ภัณฑ์ไปยังเมียนมาและกัมพูชา",
        origin="TH",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["KH", "MM"]


def test_a_no_to_an_exception_keeps_the_place():
    result = classify(
        "Goods to the United States suspended",
        "From 25 August we suspend acceptance of goods to the United States; gifts under USD "
        "100 are still accepted. I also send gifts to Puerto Rico. Does the gift exception "
        "apply there? No.",
        origin="DE",
        source_kind="postal",
    )
    assert result.destinations == ["PR", "US"]


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Switzerland: new customs data",
            "From 1 January Swiss customs requires an HS code for every item sent to "
            "Switzerland.\nI also ship to Norway and the UK. Does the same apply there?\nNo. "
            "These rules concern only shipments to Switzerland.",
            ["CH"],
        ),
        (
            "Australien: Versandverbot für E-Zigaretten",
            "Pakete nach Australien dürfen keine E-Zigaretten enthalten.\nGilt das auch für "
            "Neuseeland?\nNein. Für Neuseeland gelten eigene Bestimmungen.",
            ["AU"],
        ),
        (
            "Canada: tijdelijk geen pakketten",
            "Wij nemen tijdelijk geen pakketten naar Canada meer aan.\nVerstuur je naar de "
            "Verenigde Staten? Bekijk dan de aparte melding over zendingen naar de VS.",
            ["CA"],
        ),
    ],
)
def test_places_answered_no_or_pointed_elsewhere_are_left_out(title, body, expected):
    result = classify(title, body, origin="DE" if "Switzerland" in title else None)
    assert result.relevant
    assert result.destinations == expected


# --- words of a probe review in seven languages (notices written for this project) -------------


@pytest.mark.parametrize(
    "title, body, origin, kind, destinations, category, change",
    [
        (
            "Penghentian sementara pengiriman barang ke Amerika Serikat",
            "Mulai 29 Agustus 2025, Pos Indonesia menghentikan sementara penerimaan kiriman "
            "barang tujuan Amerika Serikat.",
            "ID",
            "postal",
            ["US"],
            "all_goods",
            "suspension",
        ),
        (
            "Obat-obatan termasuk barang larangan tujuan Uni Emirat Arab",
            "Kiriman berisi obat-obatan, termasuk obat tanpa resep, dilarang masuk ke Uni "
            "Emirat Arab dan akan dikembalikan ke pengirim.",
            "ID",
            "postal",
            ["AE"],
            "medicines",
            "prohibited_items",
        ),
        (
            "Kelewatan penghantaran ke Filipina dan Taiwan akibat taufan",
            "Disebabkan taufan, kiriman ke Filipina dan Taiwan dijangka lewat 5 hingga 7 hari "
            "bekerja.",
            "MY",
            "postal",
            ["PH", "TW"],
            "all_goods",
            "delay",
        ),
        (
            "Cukai jualan 10% ke atas barang bernilai rendah",
            "Jabatan Kastam Diraja Malaysia akan mengenakan cukai jualan 10% ke atas barang "
            "bernilai rendah yang dibeli dalam talian dari luar negara mulai 1 Januari.",
            "MY",
            "customs",
            ["MY"],
            "all_goods",
            "duty_tax_change",
        ),
        (
            "Bắt buộc số định danh người nhận với bưu gửi đi Trung Quốc",
            "Bưu gửi đi Trung Quốc phải ghi số định danh cá nhân của người nhận trên tờ khai "
            "hải quan.",
            "VN",
            "postal",
            ["CN"],
            "all_goods",
            "new_requirement",
        ),
        (
            "กลับมาเปิดรับฝากพัสดุไปรัสเซียและเบลารุส",
            "ไปรษณีย์ไทยกลับมาเปิดให้บริการรับฝากพัสดุไปรัสเซียและเบลารุสตั้งแต่วันที่ 1 มีนาคม",
            "TH",
            "postal",
            ["BY", "RU"],
            "all_goods",
            "resumption",
        ),
        (
            "ห้ามส่งแบตเตอรี่ลิเธียมไปฮ่องกง",
            "ตั้งแต่วันที่ 1 กรกฎาคม แบตเตอรี่ลิเธียมที่ไม่ได้ติดตั้งในอุปกรณ์เป็นสิ่งของต้องห้ามในการส่งไปฮ่องกง",
            "TH",
            "postal",
            ["HK"],
            "lithium_batteries",
            "prohibited_items",
        ),
        (
            "नेपाल और भूटान के पार्सलों में नकदी भेजने पर रोक",
            "भारतीय डाक ने सूचित किया है कि नेपाल और भूटान को भेजे जाने वाले पार्सलों में नकद राशि "
            "रखना अब प्रतिबंधित है।",
            "IN",
            "postal",
            ["BT", "NP"],
            "cash_valuables",
            "prohibited_items",
        ),
        (
            "Birleşik Krallık'a gönderilerde ağırlık sınırı",
            "1 Haziran'dan itibaren Birleşik Krallık'a gönderilen kolilerde azami ağırlık 30 "
            "kg'dan 20 kg'a düşürülmüştür.",
            "TR",
            "postal",
            ["GB"],
            "all_goods",
            "restriction",
        ),
        (
            "Çin'e gönderilerde alıcı kimlik numarası zorunlu",
            "Çin Halk Cumhuriyeti'ne gönderilen kolilerde alıcının kimlik numarasının gümrük "
            "beyannamesine yazılması zorunlu hale gelmiştir.",
            "TR",
            "postal",
            ["CN"],
            "all_goods",
            "new_requirement",
        ),
        (
            "تعديل حد الإعفاء الجمركي للطرود البريدية الواردة",
            "قررت مصلحة الجمارك المصرية خفض حد الإعفاء من الرسوم الجمركية للطرود البريدية "
            "الواردة إلى 50 دولاراً.",
            "EG",
            "customs",
            ["EG"],
            "all_goods",
            "duty_tax_change",
        ),
    ],
)
def test_changes_in_indonesian_malay_vietnamese_thai_hindi_turkish_and_arabic(
    title, body, origin, kind, destinations, category, change
):
    result = classify(title, body, origin=origin, source_kind=kind)
    assert result.change_kind == change
    assert result.destinations == destinations
    assert category in result.categories


def test_service_as_usual_in_vietnamese_is_informational():
    # an unaffected cue that starts before the informational phrase must not hide it
    result = classify(
        "Bưu chính đi Thái Lan",
        "Dù có lũ lụt, bưu gửi đi Thái Lan vẫn hoạt động bình thường.",
        origin="VN",
        source_kind="postal",
    )
    assert result.relevant
    assert result.change_kind == "informational"


def test_an_indonesian_customs_data_requirement_is_no_electronics():
    result = classify(
        "Wajib data pabean elektronik untuk kiriman ke Uni Eropa",
        "Mulai 1 Juli, semua kiriman barang ke negara-negara Uni Eropa wajib disertai data "
        "pabean elektronik.",
        origin="ID",
        source_kind="postal",
    )
    assert result.change_kind == "new_requirement"
    assert "electronics" not in result.categories
    assert len(result.destinations) == 27


@pytest.mark.parametrize(
    "title, body, origin",
    [
        (
            "Baterías de litio a Australia",
            "Desde el 1 de septiembre no admitimos paquetes con baterías de litio a Australia.",
            "ES",
        ),
        (
            "Litiumbatterier till Australien",
            "Från 1 september tar vi inte längre emot paket med litiumbatterier till Australien.",
            "SE",
        ),
    ],
)
def test_we_no_longer_accept_in_spanish_and_swedish(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.relevant
    assert result.destinations == ["AU"]
    assert "lithium_batteries" in result.categories


def test_extra_days_via_a_country_mail_goes_on_from_is_a_delay_to_the_destination():
    result = classify(
        "Ukraine: mail routing update",
        "Until further notice, letters and parcels for Ukraine are flown to Poland, from where "
        "they travel onward by road to Kyiv. Delivery may take up to 10 extra days.",
        origin="GB",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["UA"]


def test_paying_duties_in_the_app_in_portuguese_is_no_duty_change():
    result = classify(
        "Novidade na aplicação",
        "Já pode pagar os direitos aduaneiros e o IVA das suas encomendas diretamente na "
        "aplicação CTT.",
        origin="PT",
        source_kind="postal",
    )
    assert not result.relevant


# --- guards from the code review ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        # a question about letters, or about a place of its own, says nothing of the place before
        (
            "Parcels to Belarus are suspended. From today we also suspend parcels to Russia. Are "
            "letters affected? No, letters are still accepted.",
            ["BY", "RU"],
        ),
        (
            "We suspend all parcels to Russia and Belarus. Does this also apply to Kazakhstan? No.",
            ["BY", "RU"],
        ),
        # "further reports" is no mail going on; a place mail goes on from, when nothing else is
        # named, is still where the notice sends it
        (
            "We suspend parcels to Norway, from where we have received further reports of losses.",
            ["NO"],
        ),
        (
            "Ab 1. März werden Pakete nach Norwegen, von wo sie weitergeleitet werden, nicht mehr "
            "angenommen.",
            ["NO"],
        ),
        # "already resumed" is the news
        (
            "We have already resumed acceptance of parcels to all destinations. We also resumed "
            "letters to Israel.",
            ["*"],
        ),
        # the import rules of the destination countries are not imports into the own country
        (
            "A partir del 1 de julio, todos los paquetes internacionales necesitarán una "
            "declaración aduanera electrónica para cumplir la normativa de importación de los "
            "países de destino.",
            ["*"],
        ),
        # a tender named in the title of a notice about mail sent
        (
            "After the tender, a new air carrier takes over our mail to Ireland. Deliveries to "
            "Ireland will take two days longer from 1 March.",
            ["IE"],
        ),
    ],
)
def test_review_guards_keep_the_destinations(body, expected):
    title = "Tender result: new air carrier" if "tender" in body else "Service notice"
    result = classify(title, body, origin="ES" if "paquetes" in body else "GB")
    assert result.relevant
    assert result.destinations == expected


def test_mandatory_maintenance_in_turkish_is_no_requirement():
    result = classify(
        "Duyuru",
        "Zorunlu sistem bakımı nedeniyle 12 Mart günü 02:00-06:00 saatleri arasında yurt dışı "
        "gönderi takip hizmeti kullanılamayacaktır.",
        origin="TR",
        source_kind="postal",
    )
    assert result.change_kind != "new_requirement"


def test_a_duty_rate_applied_in_hungarian_is_no_app():
    result = classify(
        "Tájékoztatás",
        "Július 1-től a kedvezményes vámtétel alkalmazása helyett 10% vámot kell fizetni minden "
        "csomag után.",
        origin="HU",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"


@pytest.mark.parametrize(
    "title, body, origin",
    [
        (
            "अमेरिका के लिए पार्सल सेवा निलंबित",
            "1 सितंबर से अमेरिका के लिए पार्सल की बुकिंग निलंबित रहेगी।",
            "IN",
        ),
        (
            "Penggantungan sementara bungkusan ke Amerika Syarikat",
            "Pos Malaysia menggantung sementara penerimaan bungkusan ke Amerika Syarikat mulai 29 "
            "Ogos.",
            "MY",
        ),
    ],
)
def test_a_stop_of_parcels_in_hindi_and_malay_is_no_stop_of_letters(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["US"]
    assert result.categories == ["all_goods"]


@pytest.mark.parametrize(
    "body",
    [
        "Lhůta pro podání reklamací se prodlužuje do 30. června. Zásilky do Německa jsou "
        "doručovány beze změny.",
        "Los plazos para presentar reclamaciones se alargan hasta el 30 de junio. Los envíos a "
        "Alemania se entregan con normalidad.",
    ],
)
def test_a_deadline_extended_is_no_delay(body):
    # "se prodlužuje" / "se alargan" say a delay only of the delivery time
    assert classify("Oznámení / Aviso", body, source_kind="postal").change_kind != "delay"
