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

from monitor.classify import lexicon
from monitor.classify.destinations.decide import _TERRITORIES
from monitor.classify.destinations.passes import changed_between
from monitor.classify.destinations.roles import NEUTRAL, STRONG, DestinationResult, Role
from monitor.classify.gazetteer import WORLD
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc

# A question answered on its own line by one word: "Can I still send parcels to Belarus? No."
_ANSWERED = lazy_compile(r"[?\uff1f\u061f][^\S\n]*+[^\W\d_]+[.!\u3002]?[^\S\n]*+$", re.M)
# A title of more places is a digest of sections ("Network disruptions (Canada, Africa,
# Australia, Brazil, ...)"): each section then counts, whether its line tells a change or not.
TITLE_PLACES_MOST = 3


def drop_quiet_asides(
    doc: Doc, roles: list[Role], result: DestinationResult, regions: dict[str, list[str]]
) -> DestinationResult:
    """``result`` without the places that the title does not name and that the body names
    only on lines with no word of a change, no place of the title and no list item."""
    codes = result.codes
    if len(codes) < 2 or codes == [WORLD]:
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
    quiet = {
        c
        for c in codes
        if c not in covered and c in body and all(_aside(doc, r, roles, covered) for r in body[c])
    }
    if not quiet or len(quiet) == len(codes):
        return result
    return DestinationResult(
        [c for c in codes if c not in quiet],
        [e for e in result.evidence if e[0] not in quiet],
        result.roles,
        result.standing_stops,
    )


def _aside(doc: Doc, role: Role, roles: list[Role], covered: set[str]) -> bool:
    """Whether a place is named in passing: not an item of a list of destinations, on a line
    that names none of the title's places and tells no change ("Greece", a heading of another
    section; "Для отправлений в Гонконг и Макао действуют прежние условия"). A line that hands
    the title's change on ("The same applies to Lebanon"), refuses or warns ("Sending to the
    Dominican Republic is not possible"), heads a section that tells a change, asks a question
    answered below it, or is an entry of a run of "X: ..." lines beside a title place is news."""
    if role.source == "list":
        return False
    a, b = doc.line_of(role.place.start)
    if changed_between(doc, a, b):
        return False
    if not _says_unaffected(doc, a, b):
        if HANDED_ON.search(doc.norm, a, b):
            return False
        if _REFUSED.search(doc.norm, a, b):
            return False
    if _ANSWERED.search(doc.full, a, b):
        return False  # "Can I still send parcels to Belarus? No.": the answer tells the change
    k = doc.line_index(role.place.start)
    if _alone(doc, role, a, b):
        end = _section_end(doc, k)
        if changed_between(doc, b, end) and not _says_unaffected(doc, b, end):
            return False  # a heading "Lebanon" over "Acceptance suspended."
    if _asked_above_answer(doc, k, b):
        return False  # "Can I still send to Belarus?" over "No."
    if _in_entry_run(doc, roles, covered, k):
        return False  # "Japan: 10-14 working days / South Korea: 12-16 working days"
    return not any(a <= r.place.start < b and r.place.code in covered for r in roles)


# Words that hand the title's change on to another place, in the languages read
HANDED_ON = lazy_compile(
    r"(?:\b(?:same|also|too|as well|likewise|equally|similar\w*|ebenfalls|ebenso|gleiche\w*|"
    r"dasselbe|auch|meme|egalement|aussi|idem|mismo|tambien|tampoco|igual|samo|rowniez|"
    r"takze|tez|то же|также|тоже|аналогичн\w*|те саме|також|ook|hetzelfde|anche|stesso|"
    r"tambem|mesmo|detsamma|ocksa|totez|take|ayni)\b|同样|同樣|亦同|同上|同様|同じ|동일)"
)
# Refusals the change words lack ("cannot be delivered", "on hold", "no es posible"); not a
# bare "not", which also says that nothing changes ("нічого не змінюється")
_REFUSED = lazy_compile(
    r"(?:\b(?:cannot|can ?not|unable|no flights|on hold|stuck|interrupted|embargoed|"
    r"not possible|nicht moglich|pas possibles?|no es posible|non e possibile|nao e possivel|"
    r"niet mogelijk|quedan retenid\w*|"
    r"невозможн\w*|nemozn\w*|niemozliw\w*)\b|できません|不能|无法|無法)"
)
# A place opening its line and followed by a colon, bar or dash: an entry ("Japan: 10 days")
_ENTRY_AFTER = lazy_compile(r"[^\S\n]*[:|\u2013\u2014-]")
# How long the answer under a question may be ("No.", "Yes, from Monday.")
ANSWER_LONGEST = 40


def _says_unaffected(doc: Doc, a: int, b: int) -> bool:
    """Whether ``a:b`` says a place is not affected ("New Zealand is not affected")."""
    return any(
        a <= m.start < b and m.value[1] == "unaffected"
        for m in lexicon.matches(doc, "destinations")
    )


def _alone(doc: Doc, role: Role, a: int, b: int) -> bool:
    """Whether the place is all its line holds: a heading (not an item of a list)."""
    before = doc.full[a : role.place.start].strip(" \t")
    after = doc.full[role.place.end : b].strip(" :\t")
    return not before and not after


def _section_end(doc: Doc, k: int) -> int:
    """Where the lines under heading line ``k`` end: at the first blank line after text."""
    end = doc.line_of(doc.line_starts[k])[1]
    seen = False
    for j in range(k + 1, len(doc.line_starts)):
        a, b = doc.line_of(doc.line_starts[j])
        if not doc.full[a:b].strip():
            if seen:
                break
            continue
        seen, end = True, b
    return end


def _asked_above_answer(doc: Doc, k: int, b: int) -> bool:
    """Whether line ``k`` ends with a question and the next line is a short answer."""
    if not doc.full[:b].rstrip().endswith(("?", "\uff1f", "\u061f")):
        return False
    if k + 1 >= len(doc.line_starts):
        return False
    c, d = doc.line_of(doc.line_starts[k + 1])
    return 0 < len(doc.full[c:d].strip()) <= ANSWER_LONGEST


def _in_entry_run(doc: Doc, roles: list[Role], covered: set[str], k: int) -> bool:
    """Whether line ``k`` is an entry ("South Korea: 12-16 days") of a run of entry lines of
    which one names a title place, or which a line telling a change leads into."""
    entries: dict[int, set[str]] = {}
    for r in roles:
        a, _ = doc.line_of(r.place.start)
        if not doc.full[a : r.place.start].strip(" -*\u2022\t|") and _ENTRY_AFTER.match(
            doc.full, r.place.end
        ):
            entries.setdefault(doc.line_index(r.place.start), set()).add(r.place.code)
    if k not in entries:
        return False
    lo = hi = k
    while lo - 1 in entries:
        lo -= 1
    while hi + 1 in entries:
        hi += 1
    if any(entries[j] & covered for j in range(lo, hi + 1)):
        return True
    lead = doc.line_starts[lo - 1] if lo > 0 else 0
    return hi > lo and changed_between(doc, lead, doc.line_starts[lo])
