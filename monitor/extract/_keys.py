"""Stable notice keys from text, for notices that carry no id or link of their own."""

from __future__ import annotations

import hashlib


def normalise(text: str) -> str:
    """Whitespace collapsed and case-folded: layout or case changes do not change the key."""
    return " ".join(text.split()).casefold()


def text_key(*parts: str) -> str:
    """``hash:`` and 16 hex digits of the normalised text."""
    joined = "\n".join(normalise(p) for p in parts if p)
    return "hash:" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def clip(text: str, limit: int = 200) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"
