"""Georgian, Armenian, Azerbaijani, Kazakh, Uzbek (Latin), Swahili, Bengali and Tamil notices
(grid 48): a stop, a restart, a delay, a ban of a category, a new requirement, a duty, an
all-clear, and the country in the case form a sentence writes onto it ("Kanadaya",
"Kanadaga", "Канадаға" to Canada; "Қытайдан", "Xitoydan" from China; "কানাডাগামী" bound for
Canada; "கனடாவுக்கு" to Canada).

Each sentence is our own, written as a post could publish it; the guards hold a name that
ends as a case ending does ("Sudan") and a word of the lists in another language's sense."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (origin, title, text, kind, destination, category or None)
LINES = [
    (
        "GE",
        "ინფორმაცია",
        "საქართველოს ფოსტა აჩერებს კანადაში ამანათების მიღებას.",
        "suspension",
        "CA",
        None,
    ),
    (
        "GE",
        "ინფორმაცია",
        "კანადაში დანების გაგზავნა აკრძალულია.",
        "prohibited_items",
        "CA",
        "weapons",
    ),
    (
        "GE",
        "ინფორმაცია",
        "კანადაში გასაგზავნ ამანათებზე სავალდებულოა საბაჟო დეკლარაცია.",
        "new_requirement",
        "CA",
        None,
    ),
    (
        "AM",
        "Տեղեկատվություն",
        "Դեպի Կանադա ծանրոցները կրկին ընդունվում են։",
        "resumption",
        "CA",
        None,
    ),
    (
        "AM",
        "Տեղեկատվություն",
        "Արգելվում է դանակների առաքումը դեպի Կանադա։",
        "prohibited_items",
        "CA",
        "weapons",
    ),
    (
        "AZ",
        "Məlumat",
        "Kanadaya bağlamalar müvəqqəti olaraq qəbul edilmir.",
        "suspension",
        "CA",
        None,
    ),
    ("AZ", "Məlumat", "Kanadaya bağlamalar yenidən qəbul edilir.", "resumption", "CA", None),
    (
        "AZ",
        "Məlumat",
        "Kanadaya bıçaqların göndərilməsi qadağandır.",
        "prohibited_items",
        "CA",
        "weapons",
    ),
    (
        "AZ",
        "Məlumat",
        "Kanadada bağlamalar üçün gömrük rüsumu artırılır.",
        "duty_tax_change",
        "CA",
        None,
    ),
    ("KZ", "Ақпарат", "Канадаға сәлемдемелер уақытша қабылданбайды.", "suspension", "CA", None),
    ("KZ", "Ақпарат", "Канадаға сәлемдемелер қайтадан қабылданады.", "resumption", "CA", None),
    (
        "KZ",
        "Ақпарат",
        "Канадаға пышақтарды жіберуге тыйым салынады.",
        "prohibited_items",
        "CA",
        "weapons",
    ),
    ("UZ", "Ma'lumot", "Kanadaga posilkalar vaqtincha qabul qilinmaydi.", "suspension", "CA", None),
    ("UZ", "Ma'lumot", "Kanadaga posilkalar yana qabul qilinmoqda.", "resumption", "CA", None),
    (
        "UZ",
        "Ma'lumot",
        "Xitoydan Kanadaga posilkalarni yetkazib berish kechikmoqda.",
        "delay",
        "CA",
        None,
    ),
    (
        "UZ",
        "Ma'lumot",
        "Kanadaga pichoqlarni jo'natish taqiqlanadi.",
        "prohibited_items",
        "CA",
        "weapons",
    ),
    ("TZ", "Taarifa", "Vifurushi kwenda Kanada havipokelewi kwa muda.", "suspension", "CA", None),
    ("TZ", "Taarifa", "Vifurushi kwenda Kanada vinapokelewa tena.", "resumption", "CA", None),
    ("TZ", "Taarifa", "Vifurushi kwenda Kanada vinachelewa kufika.", "delay", "CA", None),
    (
        "TZ",
        "Taarifa",
        "Ni marufuku kutuma visu kwenda Kanada.",
        "prohibited_items",
        "CA",
        "weapons",
    ),
    ("BD", "বিজ্ঞপ্তি", "কানাডাগামী পার্সেল সাময়িকভাবে গ্রহণ করা হচ্ছে না।", "suspension", "CA", None),
    (
        "BD",
        "বিজ্ঞপ্তি",
        "কানাডায় লিথিয়াম ব্যাটারি পাঠানো নিষিদ্ধ।",
        "prohibited_items",
        "CA",
        "lithium_batteries",
    ),
    ("BD", "বিজ্ঞপ্তি", "কানাডায় ওষুধ পাঠানো নিষিদ্ধ।", "prohibited_items", "CA", "medicines"),
    ("LK", "அறிவிப்பு", "கனடாவுக்கு பார்சல்கள் மீண்டும் ஏற்றுக்கொள்ளப்படுகின்றன.", "resumption", "CA", None),
    (
        "LK",
        "அறிவிப்பு",
        "கனடாவுக்கு மருந்துகளை அனுப்ப தடை விதிக்கப்பட்டுள்ளது.",
        "prohibited_items",
        "CA",
        "medicines",
    ),
    ("LK", "அறிவிப்பு", "சீனாவிலிருந்து கனடாவுக்கான பார்சல்கள் தாமதமாக சென்றடைகின்றன.", "delay", "CA", None),
]


@pytest.mark.parametrize(("origin", "title", "text", "kind", "dest", "cat"), LINES)
def test_grid48_lowres(origin, title, text, kind, dest, cat):
    r = classify(title, text, origin=origin, source_kind="postal")
    assert r.change_kind == kind
    assert dest in r.destinations
    assert "CN" not in r.destinations
    if cat:
        assert cat in r.categories


# The case of "from" written onto a name is an origin, not a destination
@pytest.mark.parametrize(
    ("origin", "text"),
    [
        ("AZ", "Çin Xalq Respublikasından deyil, Kanadadan Kanadaya bağlamalar gecikir."),
    ],
)
def test_grid48_from_forms_are_origins(origin, text):
    r = classify("Məlumat", text, origin=origin, source_kind="postal")
    assert "CA" in r.destinations
    assert "CN" not in r.destinations


def test_grid48_guard_sudan_is_no_from_form():
    # "Sudan" ends as "from" does in Azerbaijani; it stays the place mail goes to
    r = classify("Notice", "Mail to Sudan is suspended until further notice.", origin="GB")
    assert "SD" in r.destinations


def test_grid48_guard_latvian_visu():
    # Latvian "visu" (all) is not Swahili "visu" (knives): only the Swahili phrases count
    r = classify("Paziņojums", "Pakas uz Kanādu tiek apturētas uz visu laiku.", origin="LV")
    assert "weapons" not in r.categories


def test_grid48_guard_stamps_irrelevant():
    r = classify("Məlumat", "Yeni poçt markalarının buraxılışı.", origin="AZ", source_kind="postal")
    assert not r.relevant
