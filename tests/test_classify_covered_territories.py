"""Places a stop "also covers", and places named after "addresses, including": the stop's
destinations too (US territories in English and Polish)."""

from __future__ import annotations

from monitor.classify import classify


def test_places_after_addresses_including_share_the_destination() -> None:
    text = (
        "As of today, items containing goods addressed to the United States can only be sent "
        "with tracked services. These rules apply to all U.S. addresses, including Guam and "
        "U.S. military addresses."
    )
    r = classify("Shipping to the U.S.: duty updates", text, origin="CA")
    assert r.destinations == ["GU", "US"]


def test_a_place_after_a_word_of_origin_and_including_stays_an_origin() -> None:
    text = (
        "From 1 May, parcels to the United States from all countries, including Mexico, "
        "need a customs declaration."
    )
    r = classify("United States: customs declarations", text, origin="CA")
    assert r.destinations == ["US"]


def test_polish_stop_also_covers_the_us_territories() -> None:
    text = (
        "Poczta Polska od 1 marca czasowo wstrzymuje przyjmowanie przesyłek zawierających towary "
        "adresowanych do Stanów Zjednoczonych.\n\n"
        "Wstrzymanie obejmuje również terytoria zależne Stanów Zjednoczonych: Portoryko, Guam "
        "i Amerykańskie Wyspy Dziewicze."
    )
    r = classify("Wstrzymanie przyjmowania przesyłek do USA", text, origin="PL")
    assert r.change_kind == "suspension"
    assert r.destinations == ["GU", "PR", "US", "VI"]


def test_territories_merely_named_beside_the_us_are_not_added() -> None:
    text = (
        "Poczta Polska od 1 marca czasowo wstrzymuje przyjmowanie przesyłek zawierających towary "
        "adresowanych do Stanów Zjednoczonych. Terytoria zależne Stanów Zjednoczonych, Portoryko "
        "i Guam, mają osobne zasady."
    )
    r = classify("Wstrzymanie przyjmowania przesyłek do USA", text, origin="PL")
    assert r.destinations == ["US"]


def test_south_and_latin_america_are_regions_not_the_united_states() -> None:
    text = "Because of the airline strike, mail to South America is delayed by about a week."
    r = classify("South America: service update", text, origin="ES")
    assert r.change_kind == "delay"
    assert "US" not in r.destinations
    assert {"AR", "BR", "CL", "PE"} <= set(r.destinations)


def test_america_alone_still_means_the_united_states() -> None:
    r = classify("America", "From 1 May 2026 we no longer accept parcels to America.", origin="ES")
    assert r.destinations == ["US"]


def test_german_einschliesslich_with_sharp_s_carries_the_destination() -> None:
    text = (
        "Ab dem 1. März 2027 können wir Pakete mit Waren in die USA (einschließlich Puerto Rico) "
        "nicht mehr annehmen."
    )
    r = classify("Versand in die USA", text, origin="DE")
    assert r.destinations == ["PR", "US"]
