"""Passes over the whole text for the lexicons that read all of it, made once per notice.

Kind triggers, list heads and customs authorities share one automaton (walking a large trie
costs about the same as walking a small one); category terms have their own, because their
phrases overlap the kind phrases ("are accepted" / "accepted only") and one automaton keeps
only the leftmost-longest of overlapping phrases. Each module reads back its own share.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from monitor.classify.matcher import Match, PhraseMatcher, parse_phrase
from monitor.classify.resources import load_yaml
from monitor.classify.table_cache import cached
from monitor.classify.text import Doc

_GROUPS = {"kinds": 0, "destinations": 0, "categories": 1}
_MEMBERS = {g: tuple(n for n, i in _GROUPS.items() if i == g) for g in set(_GROUPS.values())}


@lru_cache(maxsize=2)
def _matcher(group: int) -> PhraseMatcher:
    return cached(f"lexicon{group}", PhraseMatcher, lambda: _build(group))


def _build(group: int) -> PhraseMatcher:
    from monitor.classify import categories, destinations, kinds

    modules = {"kinds": kinds, "destinations": destinations, "categories": categories}
    entries: list[tuple[str, str, Any]] = []
    for name, module in modules.items():
        if _GROUPS[name] == group:
            for key, flags, value in module.whole_text_entries():
                entries.append((key, flags, (name, value)))
    return PhraseMatcher(entries, groups=_MEMBERS[group])


def matches(doc: Doc, name: str) -> list[Match]:
    """The matches of lexicon ``name`` ("kinds", "destinations", "categories") in ``doc``."""
    scans = doc.scans
    if scans is None:
        scans = doc.scans = {}
    found = scans.get(name)
    if found is None:
        scans.update(_matcher(_GROUPS[name]).find_groups(doc.norm, doc.full))
        found = scans[name]
    return found


@lru_cache(maxsize=1)
def posting_date_phrases() -> frozenset[str]:
    """The keys of the phrases of the last days to post ("last posting dates", "dates limites
    de dépôt"): informational triggers that tell senders something only for places abroad, and
    that say nothing of a place being unaffected."""
    return frozenset(parse_phrase(raw)[0] for raw in load_yaml("kinds.yaml")["posting_dates"])
