"""The one shape every extractor returns, whatever the source type."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Notice:
    """One notice as published: ``key`` is stable across checks (feed id, link, or text hash)."""

    key: str
    title: str
    url: str | None
    published: str | None  # ISO 8601 date or datetime, as published; None when unknown
    text: str  # plain text: lists as "- " lines, links kept, one table row per line
