"""Severity of a change: DESIGN.md's table, which a source may override per kind."""

from __future__ import annotations

from storage.taxonomy import DEFAULT_SEVERITY, SEVERITIES

LEVELS = SEVERITIES


def severity_of(kind: str, overrides: dict[str, str] | None = None) -> str:
    """``overrides`` maps kind ids to a level ("delay": "high"); an irrelevant notice stays
    "none" whatever a source says, so that it never alerts."""
    if kind == "irrelevant":
        return "none"
    if overrides:
        level = overrides.get(kind)
        if level in LEVELS:
            return level
    return DEFAULT_SEVERITY.get(kind, "low")
