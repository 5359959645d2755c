"""Places named in passing beside the destinations a title names.

A notice titled "Lebanon: acceptance suspended" that goes on "For Israel, Jordan and Iraq
nothing changes for now", or a page "International delivery updates - Tonga" with a section
headed "Greece" and no news under it, is about the places of its title. A body place counts
beside them only where its line, or the section it heads, tells of a change. The test reads
what the classifier finds in every language (places, change words, lines); its guards add a
few words of handing on and refusing ("the same applies to", "is not possible") in the
languages it reads, where a line tells news without a change word of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from monitor.classify import lexicon
from monitor.classify.destinations.decide import _TERRITORIES
from monitor.classify.destinations.passes import change_starts
from monitor.classify.destinations.roles import NEUTRAL, STRONG, UNAFFECTED, DestinationResult, Role
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc, question_end

# A title of more places is a digest of sections ("Network disruptions (Canada, Africa,
# Australia, Brazil, ...)"): each section then counts, whether its line tells a change or not.
TITLE_PLACES_MOST = 3
# How long the answer under a question may be ("No.", "Yes, from Monday.")
ANSWER_LONGEST = 40


def drop_quiet_asides(
    doc: Doc, roles: list[Role], result: DestinationResult, regions: dict[str, list[str]]
) -> DestinationResult:
    """``result`` without the places the title does not name (nor a territory of a title
    country, nor a member of a title region), when the title names one to three destinations
    and every line naming such a place is an aside (see ``_Page.aside``)."""
    codes = result.codes
    if len(codes) < 2:
        return result
    chosen = set(codes)
    titled = {
        r.place.code
        for r in roles
        if r.role == STRONG and doc.in_title(r.place.start) and r.place.code[0] != "*"
    }
    # a region of the title counts when its members are among the destinations
    titled = {c for c in titled if c in chosen or chosen.intersection(regions.get(c, ()))}
    if not titled or len(titled) > TITLE_PLACES_MOST:
        return result
    covered = set(titled)
    for c in titled:  # "Mail to the US" stands for Guam too; "the EU" for its members
        covered.update(_TERRITORIES.get(c, ()))
        covered.update(regions.get(c, ()))
    body: dict[str, list[Role]] = {}
    for r in roles:
        if r.role in (STRONG, NEUTRAL) and not doc.in_title(r.place.start):
            body.setdefault(r.place.code, []).append(r)
    candidates = [c for c in codes if c not in covered and c in body]
    if not candidates:
        return result
    page = _Page.read(doc, roles, covered)
    quiet = {c for c in candidates if all(page.aside(r) for r in body[c])}
    if not quiet:
        return result
    return DestinationResult(
        [c for c in codes if c not in quiet],
        [e for e in result.evidence if e[0] not in quiet],
        result.roles,
        result.standing_stops,
        result.only_unaffected,
    )


@dataclass
class _Page:
    """What the test of each place reads of the notice, found once: where changes and
    unaffected markers stand, which lines name a title place, which lines are headings made of
    a place alone, and the entry lines ("Japan: 10 days") with their places."""

    doc: Doc
    changes: list[int]
    unaffected: list[int]
    covered: set[str]
    covered_lines: set[int] = field(default_factory=set)
    headings: set[int] = field(default_factory=set)
    entries: dict[int, set[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, doc: Doc, roles: list[Role], covered: set[str]) -> _Page:
        unaffected = sorted(
            m.start for m in lexicon.matches(doc, "destinations") if m.value[1] == UNAFFECTED
        )
        page = cls(doc, sorted(change_starts(doc)), unaffected, covered)
        for r in roles:
            if doc.in_title(r.place.start):
                continue  # (the title is no line of a run of entries)
            k = doc.line_index(r.place.start)
            if r.place.code in covered:
                page.covered_lines.add(k)
            a, b = doc.line_of(r.place.start)
            if _alone(doc, r, a, b):
                page.headings.add(k)
            if not doc.full[a : r.place.start].strip(" -*\u2022\t|") and _ENTRY_AFTER.match(
                doc.full, r.place.end
            ):
                page.entries.setdefault(k, set()).add(r.place.code)
        return page

    def _has(self, starts: list[int], a: int, b: int) -> bool:
        i = bisect_left(starts, a)
        return i < len(starts) and starts[i] < b

    def aside(self, role: Role) -> bool:
        """Whether a place is named in passing: not an item of a list of destinations, on a
        line that names none of the title's places and tells no change ("Greece", a heading
        of another section; "Для отправлений в Гонконг и Макао действуют прежние условия").
        A line that hands the title's change on ("The same applies to Lebanon") or refuses
        ("Sending to the Dominican Republic is not possible"), a heading over a section that
        tells a change, a question answered on its line or the next, and an entry of a run of
        "X: ..." lines beside a title place tell news."""
        if role.source == "list":
            return False
        doc = self.doc
        a, b = doc.line_of(role.place.start)
        k = doc.line_index(role.place.start)
        if self._has(self.changes, a, b) or k in self.covered_lines:
            return False
        if not self._has(self.unaffected, a, b) and (
            HANDED_ON.search(doc.norm, a, b) or _REFUSED.search(doc.norm, a, b)
        ):
            return False
        if self._answered(role):
            return False
        if k in self.headings:
            end = self._section_end(k)
            if self._has(self.changes, b, end) and not self._has(self.unaffected, b, end):
                return False  # a heading "Lebanon" over "Acceptance suspended."
        return not self._in_entry_run(k)

    def _answered(self, role: Role) -> bool:
        """Whether the sentence naming the place asks, and the answer follows on its line
        ("Can I still send parcels to Belarus? No.") or on the next ("?" / "No.")."""
        doc = self.doc
        end = question_end(doc, role.place.start)
        if end is None:
            return False
        line_end = doc.line_of(role.place.start)[1]
        rest = doc.full[end:line_end].strip()
        if rest:
            return _ONE_WORD.fullmatch(rest) is not None
        k = doc.line_index(role.place.start)
        if k + 1 >= len(doc.line_starts):
            return False
        c, d = doc.line_of(doc.line_starts[k + 1])
        return 0 < len(doc.full[c:d].strip()) <= ANSWER_LONGEST

    def _section_end(self, k: int) -> int:
        """Where the lines under heading line ``k`` end: at a blank line after text, or at the
        next heading made of a place alone."""
        doc = self.doc
        end = doc.line_of(doc.line_starts[k])[1]
        seen = False
        for j in range(k + 1, len(doc.line_starts)):
            if j in self.headings:
                break
            a, b = doc.line_of(doc.line_starts[j])
            if not doc.full[a:b].strip():
                if seen:
                    break
                continue
            seen, end = True, b
        return end

    def _in_entry_run(self, k: int) -> bool:
        """Whether line ``k`` is an entry ("South Korea: 12-16 days") of a run of entry lines
        of which one names a title place, or which a line telling a change leads into."""
        entries = self.entries
        if k not in entries:
            return False
        lo = hi = k
        while lo - 1 in entries:
            lo -= 1
        while hi + 1 in entries:
            hi += 1
        if any(entries[j] & self.covered for j in range(lo, hi + 1)):
            return True
        starts = self.doc.line_starts
        return hi > lo and lo > 0 and self._has(self.changes, starts[lo - 1], starts[lo])


def _alone(doc: Doc, role: Role, a: int, b: int) -> bool:
    """Whether the place is all its line holds: a heading (not an item of a list)."""
    before = doc.full[a : role.place.start].strip()
    after = doc.full[role.place.end : b].strip().rstrip(":\uff1a").strip()
    return not before and not after


# Words that hand the title's change on to another place, in the languages read (on
# normalised text: lower case, no accents); not those that also say nothing changes ("siguen
# igual", "gleiche Bedingungen wie bisher") nor common words of another language ("take")
HANDED_ON = lazy_compile(
    r"(?:\b(?:the same|same (?:for|applies|goes)|also|as well|likewise|equally|ebenfalls|"
    r"ebenso|dasselbe|gleiches gilt|auch|"
    r"de meme|egalement|aussi|idem|lo mismo|tambien|to samo|rowniez|takze|то же|также|тоже|"
    r"аналогичн\w*|те саме|також|ook|hetzelfde|anche|lo stesso|tambem|o mesmo|detsamma|"
    r"ocksa|aven|ogsa|totez|rovnez|ayn[iı])\b|同样|同樣|亦同|同上|同様|同じ|동일)"
)
# Refusals the change words lack ("cannot be delivered", "on hold", "no es posible"); not a
# bare "not", which also says that nothing changes ("нічого не змінюється")
_REFUSED = lazy_compile(
    r"(?:\b(?:can ?not|unable|no flights|on hold|stuck|interrupted|embargoed|"
    r"not possible|nicht moglich|pas possibles?|no es posible|tampoco es posible|"
    r"non e possibile|nao e possivel|"
    r"niet mogelijk|quedan retenid\w*|"
    r"невозможн\w*|nemozn\w*|niemozliw\w*)\b|できません|不能|无法|無法)"
)
# A one-word answer after the question on its line: "No.", "Nej.", "Ano."
_ONE_WORD = re.compile(r"[^\W\d_]+[.!\u3002]?")
# A place opening its line and followed by a colon, bar or dash: an entry ("Japan: 10 days")
_ENTRY_AFTER = lazy_compile(r"[^\S\n]*[:\uff1a|\u2013\u2014-]")
