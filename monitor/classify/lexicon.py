"""Passes over the whole text for the lexicons that read all of it, made once per notice.

Kind triggers, list heads and customs authorities share one automaton (walking a large trie
costs about the same as walking a small one); category terms have their own, because their
phrases overlap the kind phrases ("are accepted" / "accepted only") and one automaton keeps
only the leftmost-longest of overlapping phrases. Each module reads back its own share.

Sharing one automaton is also a reading: a longer cue hides the kind word inside it, so a
customs authority's name is no duty ("관세청", "税関" hold "관세", "税") and an unaffected clause
no delay ("ne devraient pas subir de retard"). Read apart (with the authorities' names kept
as phrases to ignore), kinds came out 11 notices worse and 5 better on the read sets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match, PhraseMatcher, parse_phrase
from monitor.classify.resources import load_yaml
from monitor.classify.table_cache import cached
from monitor.classify.text import Doc

_GROUPS = {"kinds": 0, "destinations": 0, "categories": 1}
_MEMBERS = {g: tuple(n for n, i in _GROUPS.items() if i == g) for g in set(_GROUPS.values())}


@lru_cache(maxsize=len(_MEMBERS))  # one per group: a smaller cache rebuilds a trie per notice
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
        found_groups = _matcher(_GROUPS[name]).find_groups(doc.norm, doc.full)
        if _vietnamese(doc):
            found_groups = {g: _written_as_found(doc, ms) for g, ms in found_groups.items()}
        scans.update(found_groups)
        found = scans[name]
    return found


# Letters only Vietnamese writes (with a hook, a horn, a dot below or a tilde over a vowel
# with a hat or breve): its words lose their acute and grave accents in the normalised text and
# then read as other languages' words ("bán", to sell, and "bàn", table, as "ban"; "mà" as
# Italian "ma"), so in its text a phrase written in plain letters is read only where the text
# writes it so ("EMS", an English line), not in a word with marks
_KEPT_VIETNAMESE = "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"  # (normalising folds ơ, ư)
_VIETNAMESE = lazy_compile(f"[ơư{_KEPT_VIETNAMESE}]", re.IGNORECASE)
# the letters the normalised text keeps: a cheap first test, in the one walk of hint words
_VIETNAMESE_HINTS = tuple(_KEPT_VIETNAMESE)
# Text written in Vietnamese holds such a letter every few words; an English notice that names
# Hà Nội or Đà Nẵng holds a few
VIETNAMESE_SHARE = 50  # at least one such letter in every 50 characters


def _vietnamese(doc: Doc) -> bool:
    """Whether ``doc`` is written in Vietnamese; asked once per notice."""
    if doc.full.isascii() or not doc.holds_any(_VIETNAMESE_HINTS):
        return False
    found: bool = doc.once(
        "_vietnamese",
        lambda d: len(_VIETNAMESE.findall(d.full)) * VIETNAMESE_SHARE >= len(d.full),
    )
    return found


def _written_as_found(doc: Doc, found: list[Match]) -> list[Match]:
    plain = _plain_keys()
    full = doc.full
    return [m for m in found if m.key not in plain or not _marked_letter(full, m.start, m.end)]


def _marked_letter(full: str, start: int, end: int) -> bool:
    """Whether ``full[start:end]`` holds a letter beyond plain ASCII (not "’", a no-break
    space)."""
    return any(ch.isalpha() and not ch.isascii() for ch in full[start:end])


@lru_cache(maxsize=1)
def _plain_keys() -> frozenset[str]:
    """The keys of the phrases every lexicon writes only in plain letters (no mark)."""
    plain: set[str] = set()
    marked: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, str):
            (plain if node.isascii() else marked).add(parse_phrase(node)[0])
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in ("kinds.yaml", "categories.yaml", "cues.yaml"):
        walk(load_yaml(name))
    return frozenset(plain - marked)


def list_keys(file: str, name: str) -> frozenset[str]:
    """The keys (normalised phrases) of one list of a data file, for a rule that asks whether
    a match is one of them."""
    return frozenset(parse_phrase(raw)[0] for raw in load_yaml(file)[name])


@lru_cache(maxsize=1)
def posting_date_phrases() -> frozenset[str]:
    """The keys of the phrases of the last days to post ("last posting dates", "dates limites
    de dépôt"): informational triggers that tell senders something only for places abroad, and
    that say nothing of a place being unaffected."""
    return list_keys("kinds.yaml", "posting_dates")
