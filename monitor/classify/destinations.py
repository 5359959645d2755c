"""Which destinations a notice is about: places named with the role each plays.

A place named in a notice is a destination when the words around it say so ("mail to X",
"X-bound", "für die X", "X no longer accepts"), when it heads the notice (title, heading
line, "X:" entry, a list under "the following countries:"), or, failing any of those, when
it is merely named. Origins ("from X", "made in X"), transit countries ("via X"), exceptions
("except X") and the names of operators ("X Post") are never destinations by themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from monitor.classify import lexicon
from monitor.classify.gazetteer import WORLD, WORLD_WEAK, Place, gazetteer
from monitor.classify.matcher import Match, PhraseMatcher, parse_phrase
from monitor.classify.normalize import is_cjk
from monitor.classify.resources import load_yaml
from monitor.classify.text import Doc, strip_bullet

STRONG = "strong"
NEUTRAL = "neutral"
ORIGIN = "origin"
TRANSIT = "transit"
EXCLUDED = "excluded"
OPERATOR = "operator"
UNAFFECTED = "unaffected"

_CUE_FIELDS = {
    "destination_before": ("before", STRONG),
    "origin_before": ("before", ORIGIN),
    "transit_before": ("before", TRANSIT),
    "exclusion_before": ("before", EXCLUDED),
    "operator_before": ("before", OPERATOR),
    "destination_after": ("after", STRONG),
    "origin_after": ("after", ORIGIN),
    "transit_after": ("after", TRANSIT),
    "operator_after": ("after", OPERATOR),
    "list_heads": ("head", STRONG),
}
# What may stand between a cue and its place: articles and the like ("to the United States").
_DETERMINERS = {
    "the", "a", "an", "die", "der", "den", "dem", "das", "la", "le", "les", "l'", "el",
    "los", "las", "il", "lo", "gli", "i", "het", "de", "o", "os", "as", "d'", "of",
}  # fmt: skip
# What may stand between two places of one list ("Malawi, Botswana and Zambia").
_GLUE = re.compile(
    r"^(?:[\s,;/&()\[\]\"'.:\u3001\uff0c\uff08\uff09\u2022*]|\d{1,3}[.)]|"
    r"\b(?:and|or|und|oder|et|ou|y|o|e|en|of|и|или|і|та|або|й|the|die|der|den|la|le|les|el|"
    r"los|las|l'|il|de|des|del|du|het|as well as|including|incl|inklusive|einschliesslich|"
    r"einschlieslich|sowie|ainsi que|its|their|overseas|territories|territory|such as|namely|"
    r"e\.g|i\.e|tal como|incluido|incluidos|compris|plus|also|auch|[a-z])\b|"
    r"[\u548c\u4e0e\u53ca\u3084\u3068]|और)*$"
)
_ROUTE = re.compile(r"^(?:-|\u2013| ?\u2192 ?| ?-> ?)$")  # "Schweiz-USA", "UK -> US"
_LABEL_AFTER = re.compile(r"^\s*[:\uff1a]")
_BREAK = re.compile(r"[,;:.!?()\n]")  # what a cue cannot reach across
_BREAK_AFTER = re.compile(r"[,;:.!?\n]")
_WORDS = re.compile(r"[^\W\d_][\w'.]*", re.UNICODE)


@dataclass(slots=True)
class Role:
    place: Place
    role: str
    cue: tuple[int, int] | None = None  # span of the words that gave the role
    cue_end: int = -1  # where the cue words end (before the place)
    before_cue: bool = False  # a preposition precedes it: an object, never a subject


@dataclass(slots=True)
class DestinationResult:
    codes: list[str]  # sorted ISO codes, or ["*"], or []
    evidence: list[tuple[str, int, int]]  # (code, start, end)
    roles: list[Role]


def whole_text_entries() -> list[tuple[str, str, tuple[str, str]]]:
    """List heads, "unaffected" markers, customs authorities and inbound words, read over the
    whole text by ``lexicon`` (the other cues are read only around each place)."""
    entries = [e for e in _cue_entries() if e[2][0] in ("head", "clause")]
    data = load_yaml("cues.yaml")
    for raw in data["inbound"]:
        entries.append((*parse_phrase(raw), ("inbound", "")))
    for code, names in data["customs_authorities"].items():
        for raw in names:
            entries.append((*parse_phrase(raw), ("authority", code)))
    return entries


def _cue_entries() -> list[tuple[str, str, tuple[str, str]]]:
    data = load_yaml("cues.yaml")
    entries = []
    for field, (where, role) in _CUE_FIELDS.items():
        for raw in data[field]:
            key, flags = parse_phrase(raw)
            entries.append((key, flags, (where, role)))
    for raw in data["unaffected"]:
        key, flags = parse_phrase(raw)
        entries.append((key, flags, ("clause", UNAFFECTED)))
    return entries


@lru_cache(maxsize=1)
def _cues() -> PhraseMatcher:
    """Cues, run on a window around each place."""
    entries = [e for e in _cue_entries() if e[2][0] in ("before", "after")]
    # One- to three-letter cues ("a", "to", "в") would hit inside every other word: they are
    # looked up as the word right before a place instead.
    long_cues = [e for e in entries if not _short_cue(e)]
    return PhraseMatcher(long_cues)


@lru_cache(maxsize=1)
def _short_cues() -> dict[str, tuple[str, str]]:
    short: dict[str, tuple[str, str]] = {}
    for entry in _cue_entries():
        if _short_cue(entry):
            short.setdefault(entry[0], entry[2])
    return short


_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _short_cue(entry: tuple[str, str, Any]) -> bool:
    """A one- to three-letter "before" cue in a script that separates words by spaces."""
    key, flags, value = entry
    if value[0] != "before" or flags or len(key) > 3 or not key.isalpha():
        return False
    return not any(is_cjk(ch) for ch in key)


def _short_before(doc: Doc, place: Place) -> Role | None:
    """A short preposition right before the place, or before its article ("to the US")."""
    pos = place.start
    for _ in range(2):
        chunk = doc.norm[max(0, pos - 16) : pos]
        m = _LAST_WORD.search(chunk)
        if not m or _BREAK.search(doc.full, pos - len(chunk) + m.end(1), pos):
            return None
        word = m.group(1)
        start = pos - len(chunk) + m.start(1)
        cue = _short_cues().get(word)
        if cue is not None:
            return Role(place, cue[1], (start, place.end), before_cue=True)
        if word not in _DETERMINERS:
            return None
        pos = start
    return None


def _gap_words(gap: str) -> list[str]:
    return _WORDS.findall(gap)


def _before_role(doc: Doc, place: Place, cues: list[Match], sentence_start: int) -> Role | None:
    """The nearest cue before the place, if close enough and in the same sentence."""
    best: Match | None = None
    for m in cues:
        if m.value[0] != "before" or m.end > place.start:
            continue
        if m.start < sentence_start or place.start - m.end > 40:
            continue
        if best is None or m.end > best.end or (m.end == best.end and m.start < best.start):
            best = m
    if best is None:
        return None
    gap = doc.norm[best.end : place.start]
    if _BREAK.search(doc.full, best.end, place.start):
        return None
    words = _gap_words(gap)
    short_cue = len(best.key) <= 3 or not best.key.isascii()
    if short_cue:
        if any(w not in _DETERMINERS for w in words) or len(words) > 1:
            return None
    elif len(words) > 3:
        return None
    return Role(place, best.value[1], (best.start, place.end), best.end, True)


def _after_role(doc: Doc, place: Place, cues: list[Match]) -> Role | None:
    for m in cues:
        if m.value[0] != "after" or m.start < place.end:
            continue
        if m.start - place.end > 25:
            break
        gap = doc.norm[place.end : m.start]
        if _BREAK_AFTER.search(doc.full, place.end, m.start):
            return None
        words = _gap_words(gap)
        limit = 0 if m.value[1] == OPERATOR else 2
        if len(words) > limit:
            continue
        return Role(place, m.value[1], (place.start, m.end))
    return None


def _structural_role(doc: Doc, place: Place, list_lines: set[int]) -> Role | None:
    """Title, heading line, "X:" entry or item of a list of destinations."""
    if doc.in_title(place.start):
        return Role(place, STRONG, (0, doc.title_end))
    line_start, line_end = doc.line_of(place.start)
    if doc.line_index(place.start) in list_lines:
        return Role(place, STRONG, (line_start, line_end))
    line = doc.full[line_start:line_end]
    body, bulleted = strip_bullet(line)
    offset = line_start + len(line) - len(body)
    lead = doc.full[offset : place.start].strip()
    if not lead and _LABEL_AFTER.match(doc.full, place.end):
        return Role(place, STRONG, (line_start, line_end))
    stripped = body.strip()
    if not bulleted and stripped and len(stripped.split()) <= 8 and stripped[-1] not in ".,;!?":
        return Role(place, STRONG, (line_start, line_end))
    return None


def _list_lines(doc: Doc, heads: list[Match], cue_matcher: PhraseMatcher) -> set[int]:
    """Line numbers of list items that follow a "to the following countries:" line."""
    lines: set[int] = set()
    n_lines = len(doc.line_starts)
    for m in heads:
        start, end = doc.line_of(m.start)
        if not doc.full[start:end].rstrip().endswith((":", "\uff1a")):
            continue
        cues = cue_matcher.find(doc.norm, doc.full, start, m.start)
        # "from the following countries" heads a list of origins
        before = [c for c in cues if c.value[0] == "before" and start <= c.end <= m.start]
        if before and max(before, key=lambda c: c.end).value[1] in (ORIGIN, TRANSIT):
            continue
        i = doc.line_index(m.start) + 1
        while i < n_lines:
            ls = doc.line_starts[i]
            le = doc.line_starts[i + 1] - 1 if i + 1 < n_lines else len(doc.full)
            item = doc.full[ls:le].strip()
            if item:
                body, bulleted = strip_bullet(item)
                if not bulleted and len(item) > 60:
                    break
                lines.add(i)
            i += 1
    return lines


def find_destinations(
    doc: Doc, *, origin: str | None = None, customs: bool = False
) -> DestinationResult:
    """Destination codes with evidence; an empty list when the notice names none."""
    gaz = gazetteer()
    places = gaz.find(doc.norm, doc.full)
    cue_matcher = _cues()
    found = lexicon.matches(doc, "destinations")
    authorities = [
        Match(m.start, m.end, m.value[1], m.key) for m in found if m.value[0] == "authority"
    ]
    heads = [m for m in found if m.value[0] == "head"]
    unaffected = [m for m in found if m.value[0] == "clause"]
    list_lines = _list_lines(doc, heads, cue_matcher) if heads else set()
    n = len(doc.norm)

    roles: list[Role] = []
    prev: Role | None = None
    windows = [(max(0, p.start - 60), min(n, p.end + 30)) for p in places]
    all_cues = cue_matcher.find_in_spans(doc.norm, doc.full, windows)
    cue_starts = [c.start for c in all_cues]
    for place, (a, b) in zip(places, windows, strict=True):
        i, j = bisect_left(cue_starts, a), bisect_left(cue_starts, b)
        cues = [c for c in all_cues[i:j] if c.end <= b]
        sent_start, _ = doc.sentence_of(place.start)
        role = _before_role(doc, place, cues, sent_start)
        short = _short_before(doc, place)
        if short is not None and (role is None or short.cue[0] >= role.cue_end):
            role = short
        if prev is not None and role is None:
            gap_orig = doc.full[prev.place.end : place.start]
            if _ROUTE.match(gap_orig):  # "Schweiz-USA": from one to the other
                prev.role = ORIGIN
                role = Role(place, STRONG, (prev.place.start, place.end))
            elif (
                prev.role != OPERATOR
                and "\n" not in gap_orig
                and _GLUE.match(doc.norm[prev.place.end : place.start])
            ):
                first = prev.cue[0] if prev.cue else prev.place.start
                role = Role(place, prev.role, (first, place.end))
        after = _after_role(doc, place, cues)
        if after is not None and (role is None or after.role in (ORIGIN, TRANSIT, OPERATOR)):
            if role is None or role.role != STRONG or after.role != OPERATOR:
                role = after
        if role is None:
            role = _structural_role(doc, place, list_lines)
        if role is None:
            role = Role(place, NEUTRAL, (place.start, place.end))
        if unaffected and role.role in (STRONG, NEUTRAL) and _in_clause(doc, place, unaffected):
            role.role = UNAFFECTED
        roles.append(role)
        prev = role

    _drop_region_headers(doc, roles, gaz.regions)
    if doc.focus is not None:
        roles = [r for r in roles if doc.counts(r.place.start)]
    inbound = any(m.value[0] == "inbound" for m in found)
    return _decide(doc, roles, gaz.regions, origin, customs, authorities, inbound)


_REGION_HEADER_GAP = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}(?:of|:|\(|including|incl|inklusive)\s*$")


def _drop_region_headers(doc: Doc, roles: list[Role], regions: dict[str, list[str]]) -> None:
    """ "French Caribbean territories of Saint Martin, ..." names its members: the region
    itself is only a header then, not a promise that every member is affected."""
    for i, r in enumerate(roles[:-1]):
        members = regions.get(r.place.code)
        nxt = roles[i + 1].place
        if members and nxt.code in members:
            if _REGION_HEADER_GAP.match(doc.norm[r.place.end : nxt.start]):
                r.role = EXCLUDED


_CLAUSE_SPLIT = re.compile(
    r"[.;:!?\n,()]|(?i:\b(?:while|whereas|but|however|aber|während|mais|alors que|pero|mientras|ma|"
    r"mentre|maar|terwijl|mas|enquanto|но|а|але)\b)"
)


def _in_clause(doc: Doc, place: Place, markers: list[Match]) -> bool:
    """Whether one of ``markers`` is in the clause that holds ``place``."""
    start = max(0, place.start - 120)
    before = list(_CLAUSE_SPLIT.finditer(doc.full, start, place.start))
    lo = before[-1].end() if before else start
    after = _CLAUSE_SPLIT.search(doc.full, place.end, place.end + 120)
    hi = after.start() if after else min(len(doc.norm), place.end + 120)
    return any(lo <= m.start and m.end <= hi for m in markers)


def _expand(code: str, regions: dict[str, list[str]]) -> list[str]:
    return regions.get(code, [code]) if code.startswith("@") else [code]


def _decide(doc, roles, regions, origin, customs, authorities, inbound) -> DestinationResult:
    strong: dict[str, tuple[int, int]] = {}
    neutral: dict[str, tuple[int, int]] = {}
    blocked: set[str] = set()
    operator: dict[str, tuple[int, int]] = {}
    unaffected: dict[str, tuple[int, int]] = {}
    world_strong: tuple[int, int] | None = None
    world_neutral: tuple[int, int] | None = None
    world_weak: tuple[int, int] | None = None
    for r in roles:
        code = r.place.code
        span = r.cue or (r.place.start, r.place.end)
        if code in (WORLD, WORLD_WEAK):
            if r.role in (ORIGIN, TRANSIT, EXCLUDED):
                continue
            if code == WORLD and r.role == STRONG:
                world_strong = world_strong or span
            elif code == WORLD:
                world_neutral = world_neutral or span
            else:
                world_weak = world_weak or span
            continue
        for c in _expand(code, regions):
            if r.role == STRONG:
                strong.setdefault(c, span)
            elif r.role == NEUTRAL:
                neutral.setdefault(c, span)
            elif r.role == OPERATOR:
                operator.setdefault(c, span)
            elif r.role == UNAFFECTED:
                unaffected.setdefault(c, span)
            else:
                blocked.add(c)

    evidence: list[tuple[str, int, int]] = []
    if customs:
        # A customs authority speaks about imports into its own country; "all countries"
        # and the like in its notices are countries of origin.
        world_strong = world_neutral = world_weak = None
        own = origin
        if own is None:
            for m in authorities:
                own = m.value
                strong.setdefault(own, (m.start, m.end))
                break
        if own:
            span = strong.get(own) or neutral.get(own) or operator.get(own) or (0, doc.title_end)
            evidence.append((own, *span))
            return DestinationResult([own], evidence, roles)
    elif origin:
        own = strong.get(origin) or neutral.get(origin)
        for table in (strong, neutral, operator):
            table.pop(origin, None)
        if inbound and own and not strong and not neutral:
            # "we suspend inbound parcels from China": the source's own country receives them
            return DestinationResult([origin], [(origin, *own)], roles)

    if world_strong is not None:
        return DestinationResult([WORLD], [(WORLD, *world_strong)], roles)
    if not strong and world_neutral is not None:
        return DestinationResult([WORLD], [(WORLD, *world_neutral)], roles)
    chosen = (
        strong
        or {c: s for c, s in neutral.items() if c not in blocked}
        or {c: s for c, s in unaffected.items() if c not in blocked}
    )
    if not chosen and world_weak is None:
        # "CBSA: new rules for low-value imports": a customs authority named, no country
        for m in authorities:
            if m.value != origin:
                return DestinationResult([m.value], [(m.value, m.start, m.end)], roles)
    if not chosen:
        if world_weak is not None:
            return DestinationResult([WORLD], [(WORLD, *world_weak)], roles)
        return DestinationResult([], [], roles)
    codes = sorted(chosen)
    evidence = [(c, *chosen[c]) for c in codes]
    return DestinationResult(codes, evidence, roles)
