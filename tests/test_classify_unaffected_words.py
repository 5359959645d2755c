"""Places that a measure "does not affect", in Spanish and Portuguese, are not its
destinations."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "ES",
            "Envíos a China: nuevos artículos prohibidos",
            "A partir del 15 de febrero, Correos no admitirá en envíos con destino a China "
            "alimentos de origen animal.\n\nEsta medida no afecta a los envíos con destino a "
            "Hong Kong, Macao y Taiwán.",
        ),
        (
            "PT",
            "Envios para a China: novos artigos proibidos",
            "A partir de 15 de fevereiro, não aceitamos envios com destino à China que "
            "contenham alimentos de origem animal.\n\nEsta medida não afeta os envios com "
            "destino a Hong Kong, Macau e Taiwan.",
        ),
    ],
)
def test_places_a_measure_does_not_affect_are_left_out(origin, title, text) -> None:
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.destinations == ["CN"]


@pytest.mark.parametrize(
    ("origin", "title", "text", "code"),
    [
        (
            "AU",
            "Delays to the United Kingdom",
            "Items sent to the United Kingdom may take longer than usual because of strikes. "
            "Items to Ireland are routed directly and aren't affected.",
            "GB",
        ),
        (
            "PL",
            "Zakaz wysyłania produktów wieprzowych na Tajwan",
            "Władze Tajwanu wprowadziły zakaz przywozu produktów zawierających wieprzowinę.\n\n"
            "Przypominamy, że przesyłki z żywnością do Chin podlegają odrębnym przepisom.",
            "TW",
        ),
        (
            "US",
            "Service update: Chile",
            "Mail to Chile is delayed after the strike. Items for Peru are subject to separate "
            "rules.",
            "CL",
        ),
    ],
)
def test_places_with_rules_of_their_own_or_not_affected_are_left_out(
    origin, title, text, code
) -> None:
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.destinations == [code]


def test_german_sendungen_auf_die_before_islands_names_a_destination() -> None:
    result = classify(
        "Streiks bei Royal Mail",
        "Bei Sendungen nach Großbritannien kann es zu Verzögerungen kommen. Auch Sendungen auf "
        "die Kanalinseln Jersey und Guernsey können betroffen sein. Sendungen nach Irland sind "
        "nicht betroffen.",
        origin="DE",
        source_kind="postal",
    )
    assert result.destinations == ["GB", "GG", "JE"]


def test_a_place_where_the_rule_already_applies_is_no_destination_of_the_change() -> None:
    result = classify(
        "New customs data for items to the EU",
        "From 1 March, every item containing goods sent to the EU needs complete electronic "
        "customs data. Similar requirements already apply to items sent to the United States.",
        origin="GB",
        source_kind="postal",
    )
    assert "US" not in result.destinations
    assert "FR" in result.destinations
