"""The check the review tests share: one notice classified, its kind and places compared."""

from __future__ import annotations

from typing import Any

from monitor.classify import Classification, classify

# the members of the EU, which a notice on the union's rules names as its destinations
EU27 = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
]  # fmt: skip


def check_kind(
    title: str, text: str, origin: str, source_kind: str, kind: str, codes: list[str] | None = None
) -> Classification:
    """The notice classified, its kind (and its destinations, when given) checked; the first
    evidence items are the assertion's message, so a failure says which words decided."""
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert got.change_kind == kind, got.evidence[:4]
    if codes is not None:
        assert sorted(got.destinations) == sorted(codes)
    return got


def check_relevant(
    title: str,
    text: str,
    origin: str,
    source_kind: str,
    destinations: list[str] | None = None,
    categories: list[str] | None = None,
) -> Classification:
    """The notice classified as relevant, its destinations and categories (when given)
    checked, whatever its kind: for the rules that decide where or what, not which change."""
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert got.relevant, got.evidence[:4]
    if destinations is not None:
        assert got.destinations == destinations, got.evidence
    if categories is not None:
        assert got.categories == categories, got.evidence
    return got


def check_fields(
    origin: str | None, source_kind: str, title: str, text: str, want: dict[str, Any]
) -> Classification:
    """The notice classified once; the fields ``want`` names are checked (``relevant``
    unless it says otherwise), the first evidence items as the message."""
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert got.relevant == want.get("relevant", True), got.evidence[:4]
    for field in ("change_kind", "destinations", "categories"):
        if field in want:
            assert sorted(getattr(got, field)) == sorted(want[field]), got.evidence[:4]
    return got
