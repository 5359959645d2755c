"""Khmer, Lao and Burmese, written without spaces between words as Thai is, session 48.

Each sentence is our own, written as the posts and customs of Cambodia, Laos and Myanmar could
publish it: the script read as unspaced text, country names in it (with the word for "country"
where the name alone is short), sentence ends ("។", "။", "."), the words of each kind of change
and of mail and goods; and a guard that Thai still reads as before."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.normalize import is_cjk
from monitor.classify.text import Doc


def _c(title: str, text: str, origin: str) -> tuple[str, list[str], list[str]]:
    got = classify(title, text, origin=origin, source_kind="postal")
    return got.change_kind, sorted(got.destinations), sorted(got.categories)


@pytest.mark.parametrize("ch", ["ក", "ៃ", "ກ", "ໄ", "က", "ိ"])
def test_khmer_lao_and_burmese_letters_are_unspaced(ch: str) -> None:
    assert is_cjk(ch)


def test_khmer_and_burmese_full_stops_end_sentences() -> None:
    doc = Doc.make("t", "ក ខ។ គ ឃ។\nက ခ။ ဂ ဃ။")
    first = doc.sentence_of(doc.full.index("ខ"))
    assert doc.full[first[0] : first[1]].rstrip().endswith("។")
    assert doc.sentence_of(doc.full.index("ខ")) != doc.sentence_of(doc.full.index("គ"))
    assert doc.sentence_of(doc.full.index("ခ")) != doc.sentence_of(doc.full.index("ဂ"))


def test_lao_dot_ends_a_sentence() -> None:
    doc = Doc.make("t", "ໄປສະນີລາວ ແຈ້ງການ. ການຮັບຝາກພັດສະດຸ")
    assert doc.sentence_of(doc.full.index("ແຈ້ງ")) != doc.sentence_of(doc.full.index("ການຮັບ"))


# Khmer


def test_khmer_temporary_suspension_of_mail_to_canada() -> None:
    got = _c(
        "ការផ្អាកការទទួលបញ្ញើទៅកាន់ប្រទេសកាណាដា",
        "ប្រៃសណីយ៍កម្ពុជាសូមជូនដំណឹងថា ការទទួលកញ្ចប់ និងលិខិតទៅកាន់ប្រទេសកាណាដា "
        "ត្រូវបានផ្អាកជាបណ្តោះអាសន្ន រហូតដល់មានដំណឹងថ្មី។",
        "KH",
    )
    assert got == ("suspension", ["CA"], ["all_goods", "documents"])


def test_khmer_thailand_after_the_word_for_country() -> None:
    got = _c(
        "សេចក្តីជូនដំណឹង",
        "ចាប់ពីថ្ងៃនេះ ប្រៃសណីយ៍កម្ពុជាឈប់ទទួលកញ្ចប់បញ្ញើទៅប្រទេសថៃ រហូតដល់មានដំណឹងថ្មី។",
        "KH",
    )
    assert got == ("suspension", ["TH"], ["all_goods"])


def test_khmer_resumption_and_a_ban_of_e_cigarettes() -> None:
    assert _c(
        "ការទទួលកញ្ចប់ទៅកាន់ប្រទេសកាណាដាឡើងវិញ",
        "ចាប់ពីថ្ងៃទី១ ខែមិថុនា ប្រៃសណីយ៍កម្ពុជាចាប់ផ្តើមទទួលកញ្ចប់ទៅកាន់ប្រទេសកាណាដាឡើងវិញ។",
        "KH",
    )[:2] == ("resumption", ["CA"])
    assert _c(
        "ហាមផ្ញើបារីអេឡិចត្រូនិច",
        "ចាប់ពីថ្ងៃទី១ ខែមីនា ហាមឃាត់ការផ្ញើបារីអេឡិចត្រូនិចទៅកាន់ប្រទេសជប៉ុន។",
        "KH",
    ) == ("prohibited_items", ["JP"], ["tobacco_vapes"])


def test_khmer_vat_and_a_customs_declaration() -> None:
    assert _c(
        "អាករលើតម្លៃបន្ថែមលើកញ្ចប់",
        "ចាប់ពីថ្ងៃទី១ ខែមករា ប្រទេសអូស្ត្រាលីនឹងយកអាករលើតម្លៃបន្ថែមលើកញ្ចប់ដែលមានតម្លៃទាប។",
        "KH",
    )[:2] == ("duty_tax_change", ["AU"])
    assert _c(
        "ប្រកាសគយអេឡិចត្រូនិច",
        "ចាប់ពីថ្ងៃទី១ ខែកក្កដា អ្នកផ្ញើត្រូវបំពេញប្រកាសគយជាអេឡិចត្រូនិច សម្រាប់កញ្ចប់ទៅកាន់សហរដ្ឋអាមេរិក។",
        "KH",
    )[:2] == ("new_requirement", ["US"])


def test_khmer_still_accepted_is_no_resumption() -> None:
    got = _c(
        "សេចក្តីជូនដំណឹង",
        "ប្រៃសណីយ៍កម្ពុជានៅតែបន្តទទួលកញ្ចប់ទៅប្រទេសជប៉ុនជាធម្មតា។",
        "KH",
    )
    assert got[0] == "informational"


def test_khmer_us_dollars_are_no_destination() -> None:
    got = _c(
        "សេចក្តីជូនដំណឹង",
        "ប្រៃសណីយ៍កម្ពុជាផ្អាកការទទួលកញ្ចប់ទៅប្រទេសជប៉ុន។ ថ្លៃសេវា ៥ ដុល្លារអាមេរិក នឹងត្រូវសងវិញ។",
        "KH",
    )
    assert got[:2] == ("suspension", ["JP"])


def test_khmer_new_stamps_are_irrelevant() -> None:
    got = _c("តែមប្រៃសណីយ៍ថ្មី", "ប្រៃសណីយ៍កម្ពុជាចេញផ្សាយតែមប្រៃសណីយ៍ថ្មីអំពីប្រាសាទអង្គរវត្ត។", "KH")
    assert got[0] == "irrelevant"


# Lao


def test_lao_temporary_suspension_to_canada() -> None:
    got = _c(
        "ແຈ້ງການ ໂຈະການຮັບຝາກໄປປະເທດແຄນາດາ",
        "ໄປສະນີລາວ ຂໍແຈ້ງໃຫ້ຊາບວ່າ ການຮັບຝາກພັດສະດຸ ແລະ ຈົດໝາຍໄປປະເທດແຄນາດາ ແມ່ນໄດ້ໂຈະຊົ່ວຄາວ ຈົນກວ່າຈະມີແຈ້ງການໃໝ່.",
        "LA",
    )
    assert got == ("suspension", ["CA"], ["all_goods", "documents"])


def test_lao_thailand_resumption_and_delay() -> None:
    assert _c(
        "ໂຈະການຮັບຝາກພັດສະດຸໄປປະເທດໄທ",
        "ນັບແຕ່ມື້ນີ້ເປັນຕົ້ນໄປ ໄປສະນີລາວ ໂຈະການຮັບຝາກພັດສະດຸໄປປະເທດໄທ.",
        "LA",
    ) == ("suspension", ["TH"], ["all_goods"])
    assert _c(
        "ກັບມາເປີດຮັບຝາກພັດສະດຸໄປປະເທດແຄນາດາ",
        "ໄປສະນີລາວ ເປີດຮັບຝາກພັດສະດຸໄປປະເທດແຄນາດາຄືນໃໝ່ ນັບແຕ່ວັນທີ 1 ມິຖຸນາ.",
        "LA",
    )[:2] == ("resumption", ["CA"])
    assert _c(
        "ແຈ້ງການ",
        "ການສົ່ງພັດສະດຸໄປປະເທດອອສເຕຣເລຍ ອາດຈະມີການຊັກຊ້າ ເນື່ອງຈາກຖ້ຽວບິນຫຼຸດລົງ.",
        "LA",
    )[:2] == ("delay", ["AU"])


def test_lao_ban_of_lithium_batteries_and_us_dollars_no_destination() -> None:
    assert _c("ແຈ້ງການ", "ຫ້າມສົ່ງແບັດເຕີຣີລິທຽມໃນພັດສະດຸໄປປະເທດແຄນາດາ.", "LA") == (
        "prohibited_items",
        ["CA"],
        ["lithium_batteries"],
    )
    assert _c(
        "ແຈ້ງການ",
        "ໄປສະນີລາວ ໂຈະການຮັບຝາກພັດສະດຸໄປປະເທດຍີ່ປຸ່ນ. ຄ່າທຳນຽມ 5 ໂດລາສະຫະລັດ ຈະຖືກສົ່ງຄືນ.",
        "LA",
    )[:2] == ("suspension", ["JP"])


def test_lao_service_as_normal_is_informational() -> None:
    got = _c("ແຈ້ງການ", "ການຮັບຝາກພັດສະດຸໄປປະເທດໄທ ແມ່ນໃຫ້ບໍລິການຕາມປົກກະຕິ.", "LA")
    assert got[:2] == ("informational", ["TH"])


# Burmese


def test_burmese_temporary_suspension_to_canada() -> None:
    got = _c(
        "ကနေဒါနိုင်ငံသို့ ပါဆယ်လက်ခံမှု ယာယီရပ်ဆိုင်းခြင်း",
        "မြန်မာ့စာတိုက်မှ ကနေဒါနိုင်ငံသို့ ပေးပို့သော ပါဆယ်နှင့် စာများကို နောက်ထပ်အကြောင်းကြားသည်အထိ ယာယီရပ်ဆိုင်းထားပါသည်။",
        "MM",
    )
    assert got == ("suspension", ["CA"], ["all_goods", "documents"])


def test_burmese_resumption_ban_and_requirement() -> None:
    assert _c(
        "ကနေဒါနိုင်ငံသို့ ပါဆယ်များ ပြန်လည်လက်ခံခြင်း",
        "ဇွန်လ ၁ ရက်မှစ၍ ကနေဒါနိုင်ငံသို့ ပါဆယ်များကို ပြန်လည်လက်ခံပါမည်။",
        "MM",
    )[:2] == ("resumption", ["CA"])
    assert _c(
        "အသိပေးချက်",
        "မတ်လ ၁ ရက်မှစ၍ ဂျပန်နိုင်ငံသို့ လျှပ်စစ်စီးကရက်များ ပေးပို့ခြင်းကို တားမြစ်ထားပါသည်။",
        "MM",
    ) == ("prohibited_items", ["JP"], ["tobacco_vapes"])
    assert _c(
        "အသိပေးချက်",
        "ဇူလိုင်လ ၁ ရက်မှစ၍ အမေရိကန်နိုင်ငံသို့ ပါဆယ်များအတွက် အီလက်ထရောနစ် အကောက်ခွန်ကြေညာလွှာကို မဖြစ်မနေ ဖြည့်သွင်းရမည်။",
        "MM",
    )[:2] == ("new_requirement", ["US"])


def test_burmese_delay_and_operating_as_normal() -> None:
    assert _c("အသိပေးချက်", "ဩစတြေးလျနိုင်ငံသို့ ပေးပို့သော ပါဆယ်များ နှောင့်နှေးနိုင်ပါသည်။", "MM")[:2] == (
        "delay",
        ["AU"],
    )
    assert _c(
        "အသိပေးချက်",
        "ထိုင်းနိုင်ငံသို့ စာပို့ဝန်ဆောင်မှုများ ပုံမှန်အတိုင်း ဆောင်ရွက်လျက်ရှိပါသည်။",
        "MM",
    )[:2] == ("informational", ["TH"])


# Thai as before


def test_thai_still_reads_as_before() -> None:
    assert _c("ประกาศ", "ไปรษณีย์ไทยระงับการรับฝากพัสดุไปประเทศญี่ปุ่นชั่วคราว", "TH") == (
        "suspension",
        ["JP"],
        ["all_goods"],
    )
    assert _c("ประกาศ", "ห้ามส่งบุหรี่ไฟฟ้าไปประเทศแคนาดา", "TH") == (
        "prohibited_items",
        ["CA"],
        ["tobacco_vapes"],
    )
