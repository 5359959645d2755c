"""What an update added and what it took away, for ``classify_change``."""

from __future__ import annotations

import difflib
from typing import NamedTuple

from monitor.classify.destinations import find_destinations
from monitor.classify.gazetteer import WORLD, gazetteer
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc, strip_bullet

_HEADER_END = lazy_compile(r"[:\uff1a]\s*$")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def added_focus(old_text: str, new_doc: Doc) -> list[tuple[int, int]]:
    """Spans (into ``new_doc.full``) of the lines the update added, each with the heading or
    "the following countries:" line above it, which gives an added list item its meaning."""
    old = _lines(old_text)
    new_raw = new_doc.full[new_doc.title_end + 1 :].split("\n")
    new = [line.strip() for line in new_raw]
    starts = []
    pos = new_doc.title_end + 1
    for line in new_raw:
        starts.append(pos)
        pos += len(line) + 1
    added: set[int] = set()
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, _a0, _a1, b0, b1 in matcher.get_opcodes():
        if op in ("insert", "replace"):
            added.update(i for i in range(b0, b1) if new[i])
    spans: set[int] = set(added)
    for i in added:
        for j in range(i - 1, -1, -1):  # the nearest heading or list head above
            line = new[j]
            if not line or strip_bullet(line)[1]:
                continue  # blank lines and the other items of the same list
            short_heading = len(line.split()) <= 8 and line[-1] not in ".;,!?" and "|" not in line
            if _HEADER_END.search(line) or short_heading:
                spans.add(j)
            break
    return [(starts[i], starts[i] + len(new_raw[i]) + 1) for i in sorted(spans)]


def vanished_codes(
    old_doc: Doc, new_doc: Doc, old_destinations: list[str]
) -> dict[str, dict[str, object]]:
    """Destinations of the old text that the new text no longer names at all, with the words
    (offsets into the old ``title + "\\n" + text``) that named them."""
    if not old_destinations or old_destinations == [WORLD]:
        return {}
    gaz = gazetteer()
    still = set()
    for place in gaz.find(new_doc.norm, new_doc.full):
        if place.start > new_doc.title_end:  # the title is the same in both versions
            still.update(gaz.regions.get(place.code, [place.code]))
    old_roles = find_destinations(old_doc).roles
    gone: dict[str, dict[str, object]] = {}
    for role in old_roles:
        code = role.place.code
        for c in gaz.regions.get(code, [code]):
            if c in old_destinations and c not in still and c not in gone:
                start, end = role.place.start, role.place.end
                gone[c] = {"text": old_doc.full[start:end], "start": start, "end": end}
    return gone


_STOPPED = ("suspension", "prohibited_items", "restriction")


class LiftedLine(NamedTuple):
    """The line of the new text that no longer says a place is stopped (offsets into the new
    text, without the title)."""

    text: str
    start: int
    end: int


def lifted_codes(old_text: str, new_text: str) -> dict[str, LiftedLine]:
    """Places whose line said "suspended" before and says nothing of the kind now, as in a
    status table row that goes from "Suspended" to "Accepting"; with the words of the new
    line (offsets into the new text, without the title)."""
    from monitor.classify.kinds import decide_kind  # kinds imports nothing from here

    old = old_text.splitlines()
    new_lines = new_text.splitlines()
    starts, pos = [], 0
    for line in new_lines:
        starts.append(pos)
        pos += len(line) + 1
    gaz = gazetteer()
    lifted: dict[str, LiftedLine] = {}
    matcher = difflib.SequenceMatcher(a=[x.strip() for x in old], b=[x.strip() for x in new_lines])
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op != "replace":
            continue
        stopped: set[str] = set()
        for line in old[a0:a1]:
            doc = Doc.make("", line)
            if decide_kind(doc).kind in _STOPPED:
                stopped.update(p.code for p in gaz.find(doc.norm, doc.full) if p.code.isalpha())
        for i in range(b0, b1):
            doc = Doc.make("", new_lines[i])
            codes = {p.code for p in gaz.find(doc.norm, doc.full)} & stopped
            if codes and decide_kind(doc).kind not in _STOPPED:
                for code in codes:
                    lifted.setdefault(
                        code,
                        LiftedLine(new_lines[i].strip(), starts[i], starts[i] + len(new_lines[i])),
                    )
    return lifted
