"""Places named in passing beside the destinations a title names.

A notice titled "Lebanon: acceptance suspended" that goes on "For Israel, Jordan and Iraq
nothing changes for now", or a page "International delivery updates - Tonga" with a section
"United States - duties" further down, is about the places of its title. A body place counts
beside them only where its line tells of a change. The test reads what the classifier finds in
every language (places, change words, lines), not words of one language.
"""

from __future__ import annotations

import re

from monitor.classify.destinations.decide import _TERRITORIES
from monitor.classify.destinations.passes import changed_between
from monitor.classify.destinations.roles import NEUTRAL, STRONG, DestinationResult, Role
from monitor.classify.gazetteer import WORLD
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc

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
    section; "Для отправлений в Гонконг и Макао действуют прежние условия")."""
    if role.source == "list":
        return False
    a, b = doc.line_of(role.place.start)
    if changed_between(doc, a, b):
        return False
    if _ANSWERED.search(doc.full, a, b):
        return False  # "Can I still send parcels to Belarus? No.": the answer tells the change
    return not any(a <= r.place.start < b and r.place.code in covered for r in roles)
