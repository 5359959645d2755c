"""Country names of the Balkan, Baltic and Icelandic posts: the name, a case form, and a word
of the same letters that is no country."""

from __future__ import annotations

import pytest

from monitor.classify.gazetteer import gazetteer
from monitor.classify.normalize import normalize


def codes(text: str) -> list[str]:
    return [p.code for p in gazetteer().find(normalize(text), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bg: no cases; the Cyrillic stem reads the name; "финска" (Finnish) is an adjective
        ("Пратките за Нова Каледония и Румъния са спрени, финска хартия се приема.", ["NC", "RO"]),
        # sr: "у Немачку", "у Немачкој"; "шведска роба" (Swedish goods) in lower case
        (
            "Пошиљке из Србије у Немачку касне, у Немачкој је штрајк; шведска роба стиже.",
            ["RS", "DE", "DE"],
        ),
        # sr_Latn: "nemačka roba" (German goods) is an adjective
        ("Paketi iz Srbije za Nemačku kasne; nemačka roba stiže.", ["RS", "DE"]),
        # hr: a-stem and consonant stem; "mali paketi" (small parcels) is not Mali
        (
            "Pošiljke za Njemačku i Izrael kasne u Njemačkoj i Izraelu; mali paketi putuju.",
            ["DE", "IL", "DE", "IL"],
        ),
        # sl: "v Nemčijo", "v Nemčiji"; "tajska hrana" (Thai food)
        ("Paketi v Nemčijo zamujajo, v Nemčiji je stavka; tajska hrana ne.", ["DE", "DE"]),
        # ro: genitive of the article's noun; the city of Tunis is not Tunisia
        (
            "Coletele către Regatul Unit sunt oprite; vama Franței și aeroportul din Tunis nu.",
            ["GB", "FR"],
        ),
        # sk: Czech-like cases; "rakúsko-uhorské" (Austro-Hungarian) in lower case
        (
            "Zásielky do Nemecka a Rakúska meškajú, v Nemecku je štrajk; rakúsko-uhorské známky.",
            ["DE", "AT", "DE"],
        ),
        # et: allative and adessive; "Norra" alone is Swedish "northern" too, so it is left out
        ("Pakid Prantsusmaale hilinevad, Prantsusmaal on streik.", ["FR", "FR"]),
        # lv: accusative and locative; the post's own name is not a destination
        ("Latvijas Pasts: sūtījumi uz Zviedriju kavējas, Zviedrijā notiek streiks.", ["SE", "SE"]),
        # lt: accusative and locative; likewise the post's name
        ("Lietuvos paštas: siuntos į Švediją vėluoja, Švedijoje streikas.", ["SE", "SE"]),
        # is: genitive after "til"
        ("Sendingar til Frakklands og Þýskalands tefjast.", ["FR", "DE"]),
    ],
)
def test_names_and_case_forms(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Посылки финской компании и шведской почты задерживаются.",  # ru, Serbian stems
        "Билетов в кино нет, кина не будет.",  # ru "кина": Serbian China needs its capital
        "Correo Argentino informa sobre los envíos.",  # Slovenian accusative of Argentina
        "Ports in British Columbia and the District of Columbia are closed.",  # Romanian Colombia
        "Ota yhteyttä omaan myyjääsi, jos asiakas peruu tilauksen; suuria ruuhkia.",  # fi, et
        "Paket till norra delen av landet inom ett spann av två dagar.",  # sv, et and is
        "Magyar Máltai Szeretetszolgálat gyűjtőpontjai.",  # hu "Maltese", lv/lt dative
        "Dánské ostrovy obsluhuje pobočka České pošty.",  # cs adjectives, hr genitives
        "Przesyłki zatrzyma tajska służba celna, francuska firma kurierska odpowiada.",  # pl
        "Pošta Slovenije in Hrvatske pošte obveščata stranke.",  # the posts' own names
    ],
)
def test_look_alikes_are_not_countries(text):
    assert codes(text) == []
