"""Core words of posts, customs authorities and carriers in fourteen more languages (session 30):
Finnish, Bulgarian, Serbian (Cyrillic and Latin), Croatian, Slovenian, Slovak, Romanian, Latvian,
Lithuanian, Estonian, Icelandic, Urdu, Bengali and Filipino, each with sentences of our own: one
that states a change of a kind, and one harmless sentence that must stay irrelevant."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (language, title, text, expected kind)
CHANGES = [
    (
        "fi",
        "Lähetykset Norjaan",
        "Keskeytämme pakettien vastaanoton Norjaan toistaiseksi.",
        "suspension",
    ),
    ("fi", "Tiedote", "Lakon vuoksi kirjeiden ja pakettien toimituksissa on viiveitä.", "delay"),
    (
        "bg",
        "Пратки за Норвегия",
        "Временно спиране на приемането на колети за Норвегия.",
        "suspension",
    ),
    ("bg", "Съобщение", "Доставката на колетите до Норвегия се забавя поради стачка.", "delay"),
    (
        "sr",
        "Пошиљке за Норвешку",
        "Привремено се не примају пакети за Норвешку до даљег.",
        "suspension",
    ),
    ("sr", "Obaveštenje", "Zbog štrajka pošiljke za Norvešku kasne nekoliko dana.", "delay"),
    ("hr", "Obavijest", "Privremeno se ne primaju paketi za Norvešku do daljnjega.", "suspension"),
    (
        "hr",
        "Obavijest",
        "Zabranjuje se slanje elektroničkih cigareta u paketima.",
        "prohibited_items",
    ),
    ("sl", "Obvestilo", "Začasna ustavitev sprejema paketov za Norveško.", "suspension"),
    (
        "sl",
        "Obvestilo",
        "Pošiljanje litijevih baterij v paketih je prepovedano.",
        "prohibited_items",
    ),
    ("sk", "Oznam", "Pozastavujeme prijímanie balíkov do Nórska až do odvolania.", "suspension"),
    ("sk", "Oznam", "Pri zásielkach do Nórska dochádza k meškaniu niekoľko dní.", "delay"),
    ("ro", "Anunț", "Întreruperea temporară a acceptării coletelor către Norvegia.", "suspension"),
    (
        "ro",
        "Anunț",
        "Pentru coletele către Norvegia declarația vamală va fi necesară.",
        "new_requirement",
    ),
    ("lv", "Paziņojums", "Pārtraukta paku pieņemšana sūtīšanai uz Norvēģiju.", "suspension"),
    ("lv", "Paziņojums", "Streika dēļ pasta sūtījumu piegāde aizkavējas vairākas dienas.", "delay"),
    (
        "lt",
        "Pranešimas",
        "Nutraukiamas siuntinių priėmimas į Norvegiją iki atskiro pranešimo.",
        "suspension",
    ),
    ("lt", "Pranešimas", "Elektroninės cigaretės siuntose yra uždraustos.", "prohibited_items"),
    ("et", "Teade", "Pakkide vastuvõtt Norrasse peatatakse kuni edasise teateni.", "suspension"),
    ("et", "Teade", "Norra keelab e-sigarettide saatmise pakkides.", "prohibited_items"),
    ("is", "Tilkynning", "Pósturinn er hætt að taka við pökkum til Noregs.", "suspension"),
    ("is", "Tilkynning", "Seinkanir á póstsendingum til Noregs vegna verkfalls.", "delay"),
    ("ur", "اعلان", "ناروے کے لیے پارسل کی بکنگ کی عارضی معطلی", "suspension"),
    ("ur", "اعلان", "ہڑتال کی وجہ سے پارسل کی ترسیل میں تاخیر ہو رہی ہے۔", "delay"),
    (
        "tl",
        "Abiso",
        "Pansamantalang itinigil ang pagtanggap ng mga pakete papuntang Norway.",
        "suspension",
    ),
    ("fi", "Tiedote", "Sähkötupakan lähettäminen paketeissa on kielletty.", "prohibited_items"),
    ("ur", "اعلان", "بیرون ملک پارسل کے لیے کسٹمز ڈیکلریشن لازمی ہوگا۔", "new_requirement"),
    ("tl", "Abiso", "Bawal isama ang sigarilyo sa mga pakete papuntang Japan.", "prohibited_items"),
    (
        "tl",
        "Abiso",
        "Ipinagpatuloy na ang pagtanggap ng mga pakete papuntang Norway.",
        "resumption",
    ),
]

# Harmless sentences of each language: greetings, stamps, opening hours, a new app, a job.
HARMLESS = [
    (
        "fi",
        "Uudet postimerkit",
        "Julkaisemme keväällä uudet postimerkit, joissa on suomalaisia lintuja.",
    ),
    ("bg", "Работно време", "Работно време на пощенските станции по време на празничните дни."),
    ("sr", "Нова апликација", "Преузмите нову верзију наше апликације и пратите пошиљке лакше."),
    ("hr", "Radno vrijeme", "Radno vrijeme poštanskih ureda tijekom blagdana."),
    ("sl", "Nove znamke", "Pošta izdaja nove poštne znamke s cvetlicami."),
    ("sk", "Otváracie hodiny", "Otváracie hodiny pôšt počas sviatkov sa menia."),
    ("ro", "Angajăm", "Angajăm curieri; vezi locurile de muncă disponibile în orașul tău."),
    ("lv", "Uzmanību", "Uzmanību: krāpnieciskas īsziņas pieprasa samaksāt par piegādi."),
    ("lt", "Nauji pašto ženklai", "Išleidžiami nauji pašto ženklai su Lietuvos paukščiais."),
    ("et", "Tööpakkumine", "Vaba töökoht: otsime kullereid Tallinnasse."),
    ("is", "Ný frímerki", "Pósturinn gefur út ný frímerki með myndum af fuglum."),
    ("ur", "یادگاری ٹکٹ", "پاکستان پوسٹ نے پرندوں پر یادگاری ڈاک ٹکٹ جاری کیا۔"),
    ("tl", "Bagong selyo", "Naglabas ang koreo ng bagong selyo tungkol sa mga ibon."),
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
    if "Norw" in text or "Norv" in text or "Norj" in text or "Норв" in text or "Nórs" in text:
        assert result.destinations == ["NO"]


@pytest.mark.parametrize(("lang", "title", "text"), HARMLESS, ids=[h[0] for h in HARMLESS])
def test_a_harmless_notice_stays_irrelevant(lang, title, text):
    result = classify(title, text)
    assert not result.relevant
    assert result.change_kind == "irrelevant"


# --- categories and scope words ---


def test_finnish_goods_and_documents_only():
    result = classify(
        "Tiedote",
        "Keskeytämme tavaroita sisältävien lähetysten vastaanoton Norjaan. "
        "Lähetykset, jotka sisältävät vain asiakirjoja, kulkevat normaalisti.",
    )
    assert result.change_kind == "suspension"
    assert result.categories == ["all_goods"]


def test_croatian_medicines_are_prohibited():
    result = classify("Obavijest", "Zabranjeno je slanje lijekova i duhana u paketima za Norvešku.")
    assert result.change_kind == "prohibited_items"
    assert "medicines" in result.categories
    assert "tobacco_vapes" in result.categories


def test_romanian_destination_after_catre():
    result = classify("Anunț", "Trimiterile către Norvegia sunt suspendate până la noi dispoziții.")
    assert result.change_kind == "suspension"
    assert result.destinations == ["NO"]


def test_bulgarian_destination_after_za():
    result = classify("Съобщение", "Временно спиране на приемането на колети за Норвегия.")
    assert result.destinations == ["NO"]


def test_latvian_vat_change():
    result = classify(
        "Paziņojums", "No 1. jūlija mainās PVN likme precēm, kas ievestas no trešajām valstīm."
    )
    assert result.change_kind == "duty_tax_change"


def test_estonian_customs_declaration_is_required():
    result = classify(
        "Teade", "Alates 1. juulist on pakkidele Norrasse tollideklaratsioon kohustuslik."
    )
    assert result.change_kind == "new_requirement"


def test_icelandic_service_as_usual_is_informational():
    result = classify(
        "Tilkynning", "Óbreytt þjónusta: pakkar til Noregs eru afgreiddir með eðlilegum hætti."
    )
    assert result.change_kind == "informational"


# --- Bengali: its script is among those the matcher reads (U+0980-U+09FF) ---


def test_bengali_suspension():
    result = classify("বিজ্ঞপ্তি", "নরওয়েগামী পার্সেল বুকিং সাময়িকভাবে স্থগিত করা হয়েছে।")
    assert result.change_kind == "suspension"


def test_bengali_stamp_notice_stays_irrelevant():
    result = classify("স্মারক ডাকটিকিট", "পাখির ছবিসহ নতুন স্মারক ডাকটিকিট প্রকাশ করা হয়েছে।")
    assert not result.relevant
