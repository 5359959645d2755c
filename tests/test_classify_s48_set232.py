"""Causes behind the misses of blind set 232 (English, German, French, Spanish, Italian,
Russian, Japanese, Chinese), session 48.

Each sentence is our own, written as a post, carrier or customs office could publish it: places
whose rules do not change, an all-clear that keeps the rules of other places only, perfumes
that are dangerous goods in the air, regulators' requirements as the cause of a change, a
duty that already holds, links to related articles and the prices kept."""

from __future__ import annotations

from monitor.classify import classify


def _got(title: str, text: str, origin: str | None = None, kind: str | None = None):
    return classify(title, text, origin=origin, source_kind=kind)


# Russian "the requirements for X do not change": X is no destination


def test_russian_places_whose_requirements_do_not_change_are_no_destinations() -> None:
    got = _got(
        "Новые требования для посылок в Армению",
        "С 1 мая 2026 года при отправке посылок в Армению необходимо указывать номер "
        "телефона получателя.\n\nТребования к отправлениям в Грузию и Азербайджан не меняются.",
        "RU",
        "postal",
    )
    assert got.destinations == ["AM"]
    assert got.change_kind == "new_requirement"
