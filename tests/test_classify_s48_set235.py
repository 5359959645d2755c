"""Causes behind the misses of blind set 235 (Greek, Turkish, Italian, Maltese, Albanian,
Macedonian, Bosnian), session 48.

Each sentence is our own, written as a post, courier or customs office of the region could
publish it: names of countries in Albanian, Macedonian and Maltese, territories a country is
said to include, and one category of goods restricted while others stay allowed."""

from __future__ import annotations

from monitor.classify import classify


def _got(title: str, text: str, origin: str | None = None, kind: str | None = None):
    return classify(title, text, origin=origin, source_kind=kind)


# Names of countries in Albanian (with the article written on), Macedonian and Maltese (a Maltese
# one below, with the Maltese words of a delay)


def test_albanian_names_with_the_article_are_destinations() -> None:
    got = _got(
        "Dërgesat drejt Gjermanisë dhe Austrisë",
        "Nga 1 qershori dërgesat me destinacion Gjermaninë dhe Austrinë nuk pranohen.",
        "AL",
        "postal",
    )
    assert got.destinations == ["AT", "DE"]


def test_macedonian_country_name_is_a_destination() -> None:
    got = _got(
        "Доцнење на пратките за Франција",
        "Поради штрајк во Франција можни се доцнења во испораката на пакетите упатени за Франција.",
        "MK",
        "postal",
    )
    assert got.destinations == ["FR"]


# Territories a country is said to include, in Greek


def test_greek_territories_included_in_the_united_states_are_destinations() -> None:
    got = _got(
        "Αναστολή αποστολών προς τις ΗΠΑ",
        "Αναστέλλεται η αποδοχή δεμάτων προς τις Ηνωμένες Πολιτείες Αμερικής, "
        "συμπεριλαμβανομένων του Πουέρτο Ρίκο και των Αμερικανικών Παρθένων Νήσων.",
        "GR",
        "postal",
    )
    assert got.destinations == ["PR", "US", "VI"]
