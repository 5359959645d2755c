"""Causes behind the misses of blind set 236 (Malay, Tagalog, Amharic, Urdu, Sinhala, Khmer,
Mongolian, Nepali and English of those countries), each checked with sentences of our own:
what a user reads off the alert (kind, destinations, categories)."""

from __future__ import annotations

from monitor.classify import classify

# Mongolian: words of mail and of change, the country names, and the abbreviations of China


def test_mongolian_delay_to_japan() -> None:
    text = (
        "Японы шинэ жилийн баяртай холбогдуулан Япон руу илгээх илгээмжийн хүргэлт ердийн "
        "хугацаанаас удаан байж, саатах болно."
    )
    got = classify("Мэдэгдэл", text, origin="MN", source_kind="postal")
    assert got.change_kind == "delay"
    assert got.destinations == ["JP"]
    assert got.categories == ["all_goods"]


def test_mongolian_suspension_to_china_by_its_abbreviation() -> None:
    text = "БНХАУ руу илгээх захидал, илгээмжийн хүлээн авалтыг түр зогсоосон."
    got = classify("Мэдэгдэл", text, origin="MN", source_kind="postal")
    assert got.change_kind == "suspension"
    assert got.destinations == ["CN"]
    assert got.categories == ["all_goods", "documents"]


def test_mongolian_customs_ban_on_wine_and_beer() -> None:
    text = (
        "2025 оны 3 дугаар сарын 1-нээс эхлэн шуудангийн илгээмжээр дарс, шар айраг "
        "оруулахыг хориглоно."
    )
    got = classify("Мэдээлэл", text, origin="MN", source_kind="customs")
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["MN"]
    assert got.categories == ["alcohol"]


def test_mongolian_customs_registration_of_the_receiver() -> None:
    text = (
        "Гадаадаас ирэх илгээмжийг хүлээн авагч иргэн утасны дугаараа урьдчилан бүртгүүлэх "
        "шаардлагатай болно."
    )
    got = classify("Мэдээлэл", text, origin="MN", source_kind="customs")
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["MN"]


# Sinhala: a weight limit, a requirement, the Maldives written as one word, letters unchanged


def test_sinhala_weight_limit_leaves_letters_unchanged() -> None:
    text = "ජපානය සඳහා යවනු ලබන පාර්සල්වල උපරිම බර කිලෝග්‍රෑම් 20 දක්වා අඩු කෙරේ. ලිපි සහ ලේඛන සඳහා කිසිදු වෙනසක් නොමැත."
    got = classify("නිවේදනය", text, origin="LK", source_kind="postal")
    assert got.change_kind == "restriction"
    assert got.destinations == ["JP"]
    assert got.categories == ["all_goods"]


def test_sinhala_customs_requirement_is_mandatory() -> None:
    text = "විදේශයන්ගෙන් ලැබෙන පාර්සල් සඳහා ලබන්නාගේ දුරකථන අංකය ඉදිරිපත් කිරීම අනිවාර්ය වේ."
    got = classify("මාධ්‍ය නිවේදනය", text, origin="LK", source_kind="customs")
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["LK"]


def test_sinhala_maldives_in_one_word_with_its_ending() -> None:
    text = "මාලදිවයිනට යවන පාර්සල් භාර ගැනීම තාවකාලිකව අත්හිටුවා ඇත."
    got = classify("නිවේදනය", text, origin="LK", source_kind="postal")
    assert got.change_kind == "suspension"
    assert got.destinations == ["MV"]


# Nepali: country names with the postposition written onto them, medicines, "at most"


def test_nepali_names_with_postpositions() -> None:
    text = "फ्रान्स र अस्ट्रेलियाका लागि हुलाकमार्फत मासुजन्य खाद्य वस्तु पठाउन निषेध गरिएको छ।"
    got = classify("सूचना", text, origin="NP", source_kind="postal")
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["AU", "FR"]
    assert got.categories == ["food"]


def test_nepali_delay_to_canada() -> None:
    got = classify(
        "सूचना", "क्यानाडामा पठाइने पार्सलहरू ढिलाइ हुन सक्नेछन्।", origin="NP", source_kind="postal"
    )
    assert got.change_kind == "delay"
    assert got.destinations == ["CA"]


def test_nepali_customs_limit_on_medicines() -> None:
    text = "विदेशबाट हुलाकमार्फत आउने औषधि बढीमा दुई महिनासम्म पुग्ने परिमाणमा मात्र जाँचपास गरिनेछ।"
    got = classify("सूचना", text, origin="NP", source_kind="customs")
    assert got.change_kind == "restriction"
    assert got.destinations == ["NP"]
    assert got.categories == ["medicines"]


# Denied rumours in Malay, Indonesian and Tagalog; fake payment messages in Tagalog


def test_malay_rumoured_stop_denied_by_the_next_sentence() -> None:
    text = (
        "Pos Malaysia merujuk kepada laporan di media sosial bahawa penghantaran bungkusan ke "
        "Jepun telah digantung. Laporan tersebut adalah tidak benar. Penghantaran ke Jepun "
        "berjalan seperti biasa."
    )
    got = classify("Penjelasan", text, origin="MY", source_kind="postal")
    assert got.change_kind == "informational"
    assert got.destinations == ["JP"]


def test_indonesian_rumoured_stop_denied() -> None:
    text = (
        "Beredar kabar bohong bahwa pengiriman paket ke Korea Selatan dihentikan sementara. "
        "Informasi tersebut tidak benar."
    )
    got = classify("Klarifikasi", text, origin="ID", source_kind="postal")
    assert got.change_kind in ("informational", "irrelevant")


def test_tagalog_rumoured_stop_denied() -> None:
    text = (
        "May kumakalat na balita na suspendido ang pagpapadala ng parcel sa Japan. "
        "Ito ay hindi totoo."
    )
    got = classify("Paalala", text, origin="PH", source_kind="postal")
    assert got.change_kind in ("informational", "irrelevant")


def test_malay_stop_explained_by_a_sentence_opening_with_this_stays_a_stop() -> None:
    text = (
        "Penghantaran bungkusan ke Jepun digantung sementara mulai 1 Mac. Ini disebabkan oleh "
        "gangguan penerbangan."
    )
    got = classify("Notis", text, origin="MY", source_kind="postal")
    assert got.change_kind == "suspension"
    assert got.destinations == ["JP"]


def test_tagalog_warning_of_fake_payment_texts_is_irrelevant() -> None:
    text = (
        "Mag-ingat sa mga pekeng text na nagsasabing ang inyong padala mula sa Korea ay "
        "suspended dahil sa hindi nabayarang customs fee. Huwag i-click ang link."
    )
    got = classify("BABALA", text, origin="PH", source_kind="postal")
    assert not got.relevant


# Amharic: Saudi Arabia and the UAE as written in notices, cosmetics and coffee


def test_amharic_delay_to_saudi_arabia() -> None:
    text = "በበዓላት ምክንያት ወደ ሳዑዲ አረቢያ የሚላኩ ጥቅሎች ከተለመደው ጊዜ በላይ ሊዘገዩ ይችላሉ።"
    got = classify("ማስታወቂያ", text, origin="ET", source_kind="postal")
    assert got.change_kind == "delay"
    assert got.destinations == ["SA"]


def test_amharic_customs_ban_on_skin_creams_and_lotions() -> None:
    text = "የቆዳ ማቅለያ ክሬሞች እና ሎሽኖች በፖስታ ወደ ኢትዮጵያ እንዳይገቡ ተከልክሏል።"
    got = classify("ማስታወቂያ", text, origin="ET", source_kind="customs")
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["ET"]
    assert got.categories == ["perfumes_cosmetics"]


def test_amharic_limit_on_coffee_to_the_uae() -> None:
    text = "ወደ የተባበሩት አረብ ኤሚሬቶች በፖስታ የሚላክ ቡና በአንድ ጥቅል ከ1 ኪሎ ግራም መብለጥ የለበትም።"
    got = classify("ማስታወቂያ", text, origin="ET", source_kind="postal")
    assert got.change_kind == "restriction"
    assert got.destinations == ["AE"]
    assert got.categories == ["food"]
