"""Country names in many languages and the look-alikes that are not the country."""

from __future__ import annotations

import json

import pytest

from monitor.classify.build_gazetteer import build, render, target_path
from monitor.classify.gazetteer import gazetteer
from monitor.classify.normalize import normalize


def codes(text: str) -> list[str]:
    return [p.code for p in gazetteer().find(normalize(text), text)]


def test_shipped_gazetteer_is_in_sync_with_its_sources():
    # Regenerate with: python -m monitor.classify.build_gazetteer
    assert target_path().read_text("utf-8") == render(build())


def test_normalised_text_keeps_offsets():
    text = "Österreich – Côte d’Ivoire\u00a0Guinea-Bissau"
    assert len(normalize(text)) == len(text)
    assert normalize(text) == "osterreich   cote d'ivoire guinea bissau"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parcels for the USA, the U.S. and the United States of America", ["US", "US", "US"]),
        ("US-bound mail and UK-bound mail", ["US", "GB"]),
        ("Great Britain, Türkiye, Turkey, Czechia, South Korea", ["GB", "TR", "TR", "CZ", "KR"]),
        ("Ivory Coast, Côte d'Ivoire, DRC, Macau, Macao", ["CI", "CI", "CD", "MO", "MO"]),
        ("Niger and Nigeria", ["NE", "NG"]),
        ("Guinea, Guinea-Bissau, Equatorial Guinea, Papua New Guinea", ["GN", "GW", "GQ", "PG"]),
        ("Dominica and the Dominican Republic", ["DM", "DO"]),
        ("Republic of the Congo; Democratic Republic of the Congo", ["CG", "CD"]),
        ("Hong Kong SAR and Taiwan", ["HK", "TW"]),
    ],
)
def test_english_names_and_aliases(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakete nach Russland und in die Vereinigten Staaten", ["RU", "US"]),  # de
        ("Envois vers l'Allemagne et les États-Unis", ["DE", "US"]),  # fr
        ("Envíos a Alemania y Estados Unidos", ["DE", "US"]),  # es
        ("Spedizioni verso la Germania e gli Stati Uniti", ["DE", "US"]),  # it
        ("Pakketten naar Duitsland en de Verenigde Staten", ["DE", "US"]),  # nl
        ("Encomendas para a Alemanha e os Estados Unidos", ["DE", "US"]),  # pt
        ("Посылки в Германию и США", ["DE", "US"]),  # ru, accusative
        ("Посилки до Німеччини та США", ["DE", "US"]),  # uk, genitive
        ("寄往德国和美国的包裹", ["DE", "US"]),  # zh, no spaces
        ("ドイツとアメリカ宛ての小包", ["DE", "US"]),  # ja, no spaces
        ("Deutschlands und Chinas Zollregeln", ["DE", "CN"]),  # German genitive s
    ],
)
def test_names_in_other_languages(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our office in New Mexico is closed.",
        "Roast turkey with cranberry sauce.",
        "A set of fine china plates.",
        "send us a message; CONTACT US",
        "The fee is US$25 or 20 US dollars under 19 U.S.C. 1321.",
        "Goods worth NZ$1,000, HK$ 800 or CA dollars 500 are free of duty.",
        "The woman chose the Indian Ocean route.",
        "New Jersey and New South Wales",
        "マリンスポーツとタイムセール",  # katakana words that contain マリ (Mali), タイ (Thailand)
        "违法国际邮件",  # "illegal international mail": 法国 (France) inside other words
        "Того же дня",  # Russian "of that": the Russian name of Togo is that word
    ],
)
def test_look_alikes_are_not_countries(text):
    assert [c for c in codes(text) if c.isalpha()] == []


def test_georgia_the_us_state_is_not_the_country():
    """Georgia the US state is no GE; named as a place beside other states it is in the US."""
    assert codes("Our hub in Atlanta, Georgia is closed.") == []
    assert codes("Storms in Florida, Georgia and Alabama.") == ["US"]
    assert codes("Parcels to Georgia and Armenia are delayed.") == ["GE", "AM"]


def test_regions_and_everywhere():
    found = codes("Items for the EU, the Gulf states and all international destinations")
    assert found == ["@EU", "@GCC", "*"]
    regions = gazetteer().regions
    assert len(regions["@EU"]) == 27 and "DE" in regions["@EU"] and "GB" not in regions["@EU"]
    assert set(regions["@GCC"]) == {"AE", "BH", "KW", "OM", "QA", "SA"}
    assert {"IS", "LI", "NO"} <= set(regions["@EEA"])


def test_gazetteer_data_covers_every_country_in_the_required_languages():
    import pycountry

    names = json.loads(target_path().read_text("utf-8"))["names"]
    covered = {code for code, _flags in names.values()}
    missing = {c.alpha_2 for c in pycountry.countries} - covered
    assert missing == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one name, one code: the longest name wins, and no shorter name inside it is found
        ("Dominican Republic; République dominicaine; Dominikanische Republik", ["DO"] * 3),
        ("Guinea-Bissau and Guinée équatoriale", ["GW", "GQ"]),
        ("Congo, Democratic Republic of; Congo (RDC); RD del Congo", ["CD", "CD", "CD"]),
        ("Congo (Brazzaville) and Congo-Kinshasa", ["CG", "CD"]),
        ("Réunion, Île de la Réunion and Mayotte", ["RE", "RE", "YT"]),
        ("Sud-Soudan et le Soudan", ["SS", "SD"]),
        ("Nordirland, Irlande du Nord, Noord-Ierland", ["GB", "GB", "GB"]),
        ("Nigeria, Niger, Nigéria", ["NG", "NE", "NG"]),
        ("the Netherlands Antilles", []),  # no longer a country, not the Netherlands
        ("Tanzania, United Republic of", ["TZ"]),
    ],
)
def test_confusable_names_give_one_code_each(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian and Ukrainian: cases of every word of the name, lower case too
        ("в Экваториальную Гвинею и в Гвинею-Бисау", ["GQ", "GW"]),
        ("до російської федерації та республіки білорусь", ["RU", "BY"]),
        ("в Доминиканскую Республику и в Демократическую Республику Конго", ["DO", "CD"]),
        ("в Соединённых Штатах Америки и Объединённых Арабских Эмиратах", ["US", "AE"]),
        ("з Білоруссю, з Німеччиною, з Об'єднаними Арабськими Еміратами", ["BY", "DE", "AE"]),
        ("Нигерии, Нигера, Доминике", ["NG", "NE", "DM"]),
        ("Папуа — Новой Гвинее", ["PG"]),  # a spaced dash, as CLDR writes the name
        # German: the article changes the adjectives
        ("in die Vereinigten Arabischen Emirate und der Dominikanischen Republik", ["AE", "DO"]),
    ],
)
def test_declined_names(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Перевірте дані та номер посилки.",  # Ukrainian "data" is not Denmark's stem
        "Введите данные получателя.",
        "Мы доставляем быстро и надёжно.",
    ],
)
def test_a_cyrillic_stem_needs_a_case_ending(text):
    assert codes(text) == []


def test_a_key_given_twice_in_a_data_file_is_refused_with_its_line():
    """YAML keeps the last of two equal keys: the names under the first would vanish."""
    import yaml

    from monitor.classify.resources import UniqueKeyLoader

    text = "aliases:\n  CN: [Hiina]\n  LA: [Laos]\n  CN: [Kína]\n"
    with pytest.raises(ValueError, match=r"line 4: 'CN' is given twice \(first at line 2\)"):
        yaml.load(text, Loader=UniqueKeyLoader)  # noqa: S506 - a safe loader
    merged = "base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n"
    assert yaml.load(merged, Loader=UniqueKeyLoader)["other"] == {"x": 1, "y": 2}  # noqa: S506


def test_the_thai_and_baltic_names_of_china_are_kept():
    assert codes("Parcels to ประเทศจีน are suspended.") == ["CN"]
    assert codes("Pakid Hiinasse hilinevad.") == ["CN"]
