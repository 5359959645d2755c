"""Words of change in languages the lexicon barely knew (review 46): Catalan, Basque, Welsh,
Irish, Scottish Gaelic, Luxembourgish, Romansh, Faroese, Northern Sami, Kazakh (Latin and
Cyrillic), Uzbek (Cyrillic and Latin), Kyrgyz, Armenian, Pashto, Amharic, Haitian Creole,
Albanian, Belarusian, Romanian, Estonian, Bengali, Nepali and Norwegian.

Each sentence is our own, written as a post or customs office could publish it; the harmless
ones hold a risky word in its ordinary sense and must stay irrelevant."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (language, title, text, expected kind)
CHANGES = [
    # Catalan
    (
        "ca",
        "Avís",
        "L'acceptació de paquets amb destinació a Veneçuela queda suspesa fins a nou avís.",
        "suspension",
    ),
    (
        "ca",
        "Avís",
        "A partir de l'1 de maig, els enviaments postals amb mercaderies hauran d'anar "
        "acompanyats d'una declaració duanera.",
        "new_requirement",
    ),
    (
        "ca",
        "Avís",
        "Correus tornarà a admetre paquets per a Cuba a partir del 3 de març.",
        "resumption",
    ),
    # Basque
    (
        "eu",
        "Oharra",
        "Correosek aldi baterako eten du Txilerako paketeen onarpena.",
        "suspension",
    ),
    ("eu", "Oharra", "Mexikorako paketeen onarpena berrezarri da.", "resumption"),
    # Welsh
    (
        "cy",
        "Hysbysiad",
        "Mae gwaharddiad ar anfon cig drwy'r post i Brydain Fawr o 1 Mai.",
        "prohibited_items",
    ),
    (
        "cy",
        "Hysbysiad",
        "Rydym wedi atal dros dro yr holl eitemau i Norwy oherwydd streic.",
        "suspension",
    ),
    # Irish
    (
        "ga",
        "Fógra",
        "Tá stop sealadach ar phost chuig an Iorua mar gheall ar stailc.",
        "suspension",
    ),
    (
        "ga",
        "Fógra",
        "Beidh moill ar litreacha agus beartáin chuig an Spáinn an tseachtain seo.",
        "delay",
    ),
    # Scottish Gaelic
    (
        "gd",
        "Naidheachd",
        "Bidh dàil air litrichean is pasgain gu Nirribhidh air sgàth na stoirme.",
        "delay",
    ),
    # Luxembourgish
    (
        "lb",
        "Neiegkeet",
        "Vum 1. Abrëll un sinn Batterien an Envoien an d'Ausland net méi erlaabt.",
        "prohibited_items",
    ),
    # Romansh
    (
        "rm",
        "Communicaziun",
        "La Posta prenda puspè pachets per la Norvegia.",
        "resumption",
    ),
    # Faroese
    (
        "fo",
        "Kunngerð",
        "Fyribils steðgur fyri pakkum til Noregs frá 1. mai.",
        "suspension",
    ),
    (
        "fo",
        "Kunngerð",
        "Frá 1. mai kunnu pakkar til Íslands í mesta lagi viga 10 kg.",
        "restriction",
    ),
    # Northern Sami
    (
        "se",
        "Dieđáhus",
        "Posten bisseha páhkaid Ruoŧŧii dálán.",
        "suspension",
    ),
    # Kazakh (Latin and Cyrillic)
    (
        "kk",
        "Habarlandyru",
        "2025 jylğy 1 mamyrdan bastap poşta arqyly därı-därmek äkeluge tyiym salynady.",
        "prohibited_items",
    ),
    (
        "kk",
        "Хабарландыру",
        "Германияға сәлемдемелерді қабылдау уақытша тоқтатылды.",
        "suspension",
    ),
    # Uzbek (Cyrillic and Latin)
    (
        "uz",
        "Эълон",
        "1 июндан бошлаб почта жўнатмаларида электрон сигарет олиб кириш тақиқланади.",
        "prohibited_items",
    ),
    (
        "uz",
        "E'lon",
        "Germaniyaga jo'natmalarni yetkazib berish muddatlari uzayishi mumkin.",
        "delay",
    ),
    # Kyrgyz
    (
        "ky",
        "Кулактандыруу",
        "Германияга почта жөнөтмөлөрүн кабыл алуу убактылуу токтотулду.",
        "suspension",
    ),
    # Armenian
    (
        "hy",
        "Հայտարարություն",
        "Գերմանիա ուղարկվող ծանրոցները կարող են ուշանալ գործադուլի պատճառով։",
        "delay",
    ),
    # Pashto
    (
        "ps",
        "خبرتیا",
        "ایران ته د پوستي توکو منل تر بل خبرتیا پورې ځنډول شوي دي.",
        "suspension",
    ),
    # Amharic
    (
        "am",
        "ማስታወቂያ",
        "በፖስታ የሚላኩ ጥቅሎች ከ5 ኪሎ ግራም መብለጥ የለበትም።",
        "restriction",
    ),
    # Haitian Creole
    (
        "ht",
        "Avi",
        "Ladwàn sispann resevwa koli ki soti Miami jiskaske yon lòt avi.",
        "suspension",
    ),
    # Albanian
    (
        "sq",
        "Njoftim",
        "Nga 1 maji ndalohet dërgimi i cigareve elektronike me dërgesat postare.",
        "prohibited_items",
    ),
    (
        "sq",
        "Njoftim",
        "Pranimi i dërgesave postare për Italinë pezullohet përkohësisht.",
        "suspension",
    ),
    # Belarusian
    (
        "be",
        "Паведамленне",
        "Магчымыя затрымкі дастаўкі паштовых адпраўленняў у Літву.",
        "delay",
    ),
    # Romanian
    (
        "ro",
        "Comunicat",
        "De la 1 martie se aplică o taxă fixă de 10 lei pentru fiecare colet din afara UE.",
        "duty_tax_change",
    ),
    # Estonian
    (
        "et",
        "Teade",
        "Keeld kehtib kõikidele postisaadetistele, mis sisaldavad akupanku.",
        "prohibited_items",
    ),
    # Bengali
    (
        "bn",
        "বিজ্ঞপ্তি",
        "সৌদি আরবগামী পার্সেলের সর্বোচ্চ ওজনসীমা ৫ কেজি নির্ধারণ করা হলো।",
        "restriction",
    ),
    (
        "bn",
        "প্রজ্ঞাপন",
        "ডাকযোগে আগত উপহার সামগ্রীর শুল্কমুক্ত সীমা ৫,০০০ টাকা নির্ধারণ করা হলো।",
        "duty_tax_change",
    ),
    # Nepali
    (
        "ne",
        "सूचना",
        "कतारतर्फ पठाइने पार्सलमा १० किलोग्राम तौल सीमा लागू गरिएको छ।",
        "restriction",
    ),
    # Norwegian
    (
        "no",
        "Nye avgiftssatser for sjokolade fra 1. januar",
        "Endringen gjelder også varer du får tilsendt fra utlandet.",
        "duty_tax_change",
    ),
]

# (language, title, text): the risky word in its ordinary sense
HARMLESS = [
    # Dutch "eten" (to eat) is no Basque stop ("eten du")
    ("nl-eten", "Personeelsuitje", "Na de vergadering eten we samen in de kantine."),
    # Portuguese "taxa" (rate) is no Romanian fee ("o taxă de")
    ("pt-taxa", "Relatório", "A taxa de desemprego caiu no trimestre, segundo o instituto."),
    # Irish "Dáil" (parliament) is no Gaelic delay ("dàil air")
    ("ga-dail", "Nuacht", "Phléigh an Dáil an buiséad inné tráthnóna."),
    # Haitian "sispann" of flights, beside customs that go on as usual
    (
        "ht-normal",
        "Nòt pou laprès",
        "Malgre sispansyon kèk vòl, dedwanman koli ap kontinye nòmalman. "
        "Pa gen okenn chanjman nan tarif ladwàn yo.",
    ),
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


@pytest.mark.parametrize(("lang", "title", "text"), HARMLESS[:3], ids=[h[0] for h in HARMLESS[:3]])
def test_a_harmless_sentence_stays_irrelevant(lang, title, text):
    result = classify(title, text)
    assert not result.relevant
    assert result.change_kind == "irrelevant"


def test_haitian_service_as_usual_is_no_suspension():
    _lang, title, text = HARMLESS[3]
    result = classify(title, text)
    assert result.change_kind != "suspension"


def test_kazakh_latin_denied_rumour_is_no_suspension():
    result = classify(
        "Habarlandyru",
        "Äleumettık jelılerde Qazpost Germaniağa poşta jönelımderın qabyldaudy toqtatty degen "
        "aqparat taraluda. Būl aqparat şyndyqqa säikes kelmeidı. Jönelımder ädettegıdei "
        "qabyldanady.",
    )
    assert result.change_kind != "suspension"


def test_luxembourgish_nothing_changes_is_informational():
    result = classify(
        "Streik an der Belsch",
        "Fir Envoien an d'Belsch ännert sech awer näischt: Bréiwer a Päck ginn normal ugeholl.",
    )
    assert result.change_kind in ("informational", "irrelevant")


def test_faroese_temporary_stop_of_batteries_stays_a_suspension():
    # "fyribils" (temporarily): an operator's pause, not a standing ban
    result = classify(
        "Fyribils steðgur",
        "Posta tekur fyribils ikki ímóti pakkum við lithium-battaríum til onnur lond.",
    )
    assert result.change_kind == "suspension"
