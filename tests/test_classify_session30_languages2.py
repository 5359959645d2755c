"""Core words of posts, customs authorities and carriers in ten more languages (session 30):
Hebrew, Persian, Armenian, Georgian, Amharic, Swahili, Azerbaijani, Kazakh, Uzbek and Afrikaans,
each with sentences of our own: ones that state a change of a kind, and one harmless sentence
that must stay irrelevant.

Hebrew, Armenian, Georgian and Amharic (Ethiopic) sentences are read only by a matcher whose
``_NON_LATIN_CLASS`` holds those scripts (U+0530-058F, U+0590-05FF, U+10A0-10FF, U+1200-137F)."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (language, title, text, expected kind)
CHANGES = [
    ("he", "הודעה", "השירות לשליחת חבילות לנורווגיה הושעה עד להודעה חדשה.", "suspension"),
    ("he", "הודעה", "חל איסור לשלוח סוללות ליתיום בחבילות לכל היעדים.", "prohibited_items"),
    ("he", "עדכון", 'צפויים עיכובים במסירת חבילות מחו"ל בשל שביתה בנמל.', "delay"),
    ("fa", "اطلاعیه", "پذیرش بسته‌های پستی به مقصد نروژ تا اطلاع ثانوی متوقف شد.", "suspension"),
    ("fa", "اطلاعیه", "ارسال دارو و مشروبات الکلی در مرسولات پستی ممنوع است.", "prohibited_items"),
    ("fa", "اطلاعیه", "به دلیل اعتصاب، تحویل مرسولات بین المللی با تاخیر انجام می شود.", "delay"),
    (
        "hy",
        "Հայտարարություն",
        "Ծանրոցների ընդունումը ժամանակավորապես կասեցվել է մինչև նոր ծանուցում։",
        "suspension",
    ),
    (
        "hy",
        "Հայտարարություն",
        "Լիթիումային մարտկոցներով ծանրոցների առաքումն արգելվում է։",
        "prohibited_items",
    ),
    ("ka", "განცხადება", "ამანათების მიღება დროებით შეჩერდა შემდგომ შეტყობინებამდე.", "suspension"),
    ("ka", "განცხადება", "ამანათებში ლითიუმის ბატარეების გაგზავნა აკრძალულია.", "prohibited_items"),
    ("am", "ማስታወቂያ", "ወደ ውጭ አገር የሚላኩ ጥቅሎችን መቀበል ለጊዜው ተቋርጧል።", "suspension"),
    ("am", "ማስታወቂያ", "በጥቅል ውስጥ ሲጋራ መላክ የተከለከለ ነው።", "prohibited_items"),
    (
        "sw",
        "Taarifa",
        "Huduma ya kupokea vifurushi kwenda Norway imesitishwa kwa muda.",
        "suspension",
    ),
    (
        "sw",
        "Taarifa",
        "Kuanzia Julai, nambari ya utambulisho wa mlipakodi inahitajika kwa kila kifurushi.",
        "new_requirement",
    ),
    (
        "sw",
        "Taarifa",
        "Kutokana na mgomo, kuna ucheleweshaji wa usafirishaji wa barua na vifurushi.",
        "delay",
    ),
    ("az", "Elan", "Norveçə bağlamaların qəbulu müvəqqəti dayandırılıb.", "suspension"),
    (
        "az",
        "Elan",
        "Bağlamalarda elektron siqaretlərin göndərilməsi qadağandır.",
        "prohibited_items",
    ),
    ("kk", "Хабарландыру", "Норвегияға сәлемдемелерді қабылдау уақытша тоқтатылды.", "suspension"),
    (
        "kk",
        "Хабарландыру",
        "Сәлемдемелерде темекі өнімдерін жіберуге тыйым салынады.",
        "prohibited_items",
    ),
    ("uz", "E'lon", "Norvegiyaga posilkalarni qabul qilish vaqtincha to'xtatildi.", "suspension"),
    ("uz", "E'lon", "Posilkalarda elektron sigaretlarni yuborish taqiqlanadi.", "prohibited_items"),
    (
        "af",
        "Kennisgewing",
        "Die aanvaarding van pakkies na Noorweë is tydelik opgeskort.",
        "suspension",
    ),
    (
        "af",
        "Kennisgewing",
        "Weens 'n staking is daar vertragings met die aflewering van pakkies.",
        "delay",
    ),
]

# Harmless sentences of each language: stamps, opening hours, a fraud warning, a job.
HARMLESS = [
    ("he", "בולים חדשים", "הנפקנו סדרת בולים חדשה עם ציורי ציפורים."),
    ("fa", "تمبر یادبود", "تمبر یادبود جدید با تصاویر پرندگان منتشر شد."),
    ("hy", "Նոր նամականիշ", "Թողարկվել է նոր նամականիշ՝ նվիրված թռչուններին։"),
    ("ka", "ახალი მარკა", "გამოიცა ახალი საფოსტო მარკა ფრინველების გამოსახულებით."),
    ("am", "አዲስ ቴምብር", "አዲስ የቴምብር ስብስብ ለሽያጭ ቀርቧል።"),
    ("sw", "Stempu mpya", "Shirika la Posta limetoa stempu mpya zenye picha za ndege."),
    ("az", "Yeni markalar", "Yeni poçt markaları buraxılıb: quşlar seriyası."),
    ("kk", "Жаңа марка", "Құстар бейнеленген жаңа пошта маркасы шықты."),
    ("uz", "Yangi markalar", "Qushlar tasvirlangan yangi pochta markalari chiqarildi."),
    ("af", "Nuwe seëls", "Die poskantoor het nuwe posseëls met voëls uitgereik."),
]


@pytest.mark.parametrize(
    ("lang", "title", "text", "kind"),
    CHANGES,
    ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CHANGES)],
)
def test_a_change_in_the_language_is_read(lang, title, text, kind):
    result = classify(title, text)
    assert result.relevant
    assert result.change_kind == kind


@pytest.mark.parametrize(("lang", "title", "text"), HARMLESS, ids=[h[0] for h in HARMLESS])
def test_a_harmless_notice_stays_irrelevant(lang, title, text):
    result = classify(title, text)
    assert not result.relevant
    assert result.change_kind == "irrelevant"


# --- categories ---


def test_hebrew_lithium_batteries_are_prohibited():
    result = classify("הודעה", "חל איסור לשלוח סוללות ליתיום בחבילות לכל היעדים.")
    assert "lithium_batteries" in result.categories


def test_persian_medicines_and_alcohol_are_prohibited():
    result = classify("اطلاعیه", "ارسال دارو و مشروبات الکلی در مرسولات پستی ممنوع است.")
    assert "medicines" in result.categories
    assert "alcohol" in result.categories


def test_kazakh_tobacco_is_prohibited():
    result = classify("Хабарландыру", "Сәлемдемелерде темекі өнімдерін жіберуге тыйым салынады.")
    assert "tobacco_vapes" in result.categories


def test_swahili_medicines_need_a_permit():
    result = classify(
        "Taarifa", "Dawa zinazoingizwa kwa posta zinahitajika kuwa na kibali cha mamlaka."
    )
    assert result.change_kind == "new_requirement"
    assert "medicines" in result.categories


def test_georgian_service_as_usual_is_informational():
    result = classify("განცხადება", "საფოსტო გზავნილების მიღება ჩვეულ რეჟიმში გრძელდება.")
    assert result.change_kind in ("informational", "irrelevant")
    assert result.change_kind != "suspension"


def test_afrikaans_duty_change():
    result = classify(
        "Kennisgewing", "Vanaf 1 Julie verander die invoerregte op pakkies met 'n lae waarde."
    )
    assert result.change_kind == "duty_tax_change"


def test_arabic_all_is_no_persian_alcohol():
    # Persian ی/ک fold to Arabic letters: Persian "الکل" (alcohol) would be Arabic "الكل" (all)
    result = classify("تعليق", "تعليق إرسال الطرود إلى الكل من فرنسا وألمانيا", origin="AE")
    assert result.change_kind == "suspension"
    assert "alcohol" not in result.categories


def test_paying_cash_in_dutch_is_no_cash_in_the_mail():
    result = classify(
        "Pakketten naar Noorwegen",
        "Vanaf 1 maart zijn pakketten naar Noorwegen beperkt tot 20 kg. Kontant betalen aan de "
        "balie is niet mogelijk.",
        origin="NL",
    )
    assert "cash_valuables" not in result.categories
