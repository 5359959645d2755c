"""Passes over the whole text for the lexicons that read all of it, made once per notice.

Kind triggers, list heads and customs authorities share one automaton (walking a large trie
costs about the same as walking a small one); category terms have their own, because their
phrases overlap the kind phrases ("are accepted" / "accepted only") and one automaton keeps
only the leftmost-longest of overlapping phrases. Each module reads back its own share.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from monitor.classify.matcher import Match, PhraseMatcher
from monitor.classify.text import Doc

_GROUPS = {"kinds": 0, "destinations": 0, "categories": 1}


@lru_cache(maxsize=2)
def _matcher(group: int) -> PhraseMatcher:
    from monitor.classify import categories, destinations, kinds

    modules = {"kinds": kinds, "destinations": destinations, "categories": categories}
    entries: list[tuple[str, str, Any]] = []
    for name, module in modules.items():
        if _GROUPS[name] == group:
            for key, flags, value in module.whole_text_entries():
                entries.append((key, flags, (name, value)))
    return PhraseMatcher(entries)


def matches(doc: Doc, name: str) -> list[Match]:
    """The matches of lexicon ``name`` ("kinds", "destinations", "categories") in ``doc``."""
    if doc.scans is None:
        doc.scans = {}
    if name not in doc.scans:
        group = _GROUPS[name]
        for other, g in _GROUPS.items():
            if g == group:
                doc.scans[other] = []
        scans = doc.scans
        for start, end, (source, value), key in _matcher(group).find(doc.norm, doc.full):
            scans[source].append(tuple.__new__(Match, (start, end, value, key)))
    return doc.scans[name]
