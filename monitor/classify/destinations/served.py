"""Places served through a destination's own network, and partners bound to a region's rules.

Mail to Puerto Rico, Guam or the US Virgin Islands goes through the United States Postal
Service and its rules; mail to Liechtenstein through Swiss Post and Swiss customs. A notice
about the United States that goes on "Puerto Rico, Guam and the US Virgin Islands fall under
the same rules", "US mainland and territories (Guam, Saipan)" or "this also applies to US
territories:" over a list of them names them with no cue of their own, and they are
destinations with it. Norway, Switzerland, Iceland and Liechtenstein apply the EU's customs
security rules by treaty: a notice about the EU's that goes on "as well as Norway and
Switzerland, which apply the same rules" names them with it.
"""

from __future__ import annotations

from monitor.classify.destinations.asides import HANDED_ON
from monitor.classify.destinations.roles import (
    NEUTRAL,
    STRONG,
    DestinationResult,
    Role,
    with_added,
)
from monitor.classify.gazetteer import WORLD
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc, line_above_list, question_end, strip_bullet

# Not the territories of every country: Jersey, Guernsey and the Isle of Man have posts and
# customs of their own, and French overseas departments are outside the EU's VAT area, so
# notices about the United Kingdom or France name them to set them apart.
SERVED_WITH = {"US": ("PR", "GU", "VI", "AS", "MP"), "CH": ("LI",)}
# How near its owner a served place stands to be named with it ("Schweiz und in Liechtenstein",
# "미국 본토 및 미국령(괌")
WITH_OWNER_REACH = 30
PER_PLACE_BETWEEN = 10  # and a separator for each place listed between them (", ", " e i ")


def add_served_places(
    doc: Doc, roles: list[Role], result: DestinationResult, origin: str | None
) -> DestinationResult:
    """``result`` with the places served through one of its destinations that the body names
    with no role of their own (neither a cue of their own, nor unaffected nor excluded), in a
    sentence that names them right beside their owner or says they share the rule, or under a
    line that says so. Never in a question, never the source's own country."""
    codes = result.codes
    if not codes or codes == [WORLD]:
        return result
    chosen = set(codes)
    added: dict[str, tuple[str, int, int]] = {}
    for code in codes:
        for served in SERVED_WITH.get(code, ()):
            if served in chosen or served in added or served == origin:
                continue
            for r in roles:
                if (
                    r.place.code == served
                    and r.role == NEUTRAL
                    and not doc.in_title(r.place.start)
                    and _said_to_share(doc, r, roles, code)
                ):
                    added[served] = (served, r.place.start, r.place.end)
                    break
    return with_added(result, added)


# Words that include a place in a rule, beside those of handing on (normalised text)
_INCLUDED = lazy_compile(
    r"(?:\b(?:incl\w*|inklusive|einschl\w*|y compris|w tym|vcetne|vratane|ari|stejn\w*|"
    r"turut|sakop)\b|포함|包括|含む|含め)"
)


def _said_to_share(doc: Doc, role: Role, roles: list[Role], owner: str) -> bool:
    """Whether the sentence naming a served place, which asks nothing, names it right beside
    its owner or says it shares the rule ("the same rules", "also", "including", "同様",
    "포함"); or, for an item of a list, whether the line the list hangs from says so."""
    if question_end(doc, role.place.start) is not None:
        return False  # "Is Puerto Rico also affected?"
    a, b = doc.sentence_of(role.place.start)
    if _shares(doc, a, b) or _beside_owner(doc, role, roles, owner):
        return True
    if not strip_bullet(doc.full[slice(*doc.line_of(role.place.start))])[1]:
        return False
    lead = line_above_list(doc, doc.line_index(role.place.start))
    return lead is not None and _shares(doc, *lead)


def _shares(doc: Doc, a: int, b: int) -> bool:
    """Whether ``a:b`` says a place shares the rule: a word of handing on or including."""
    return bool(HANDED_ON.search(doc.norm, a, b) or _INCLUDED.search(doc.norm, a, b))


def _beside_owner(doc: Doc, role: Role, roles: list[Role], owner: str) -> bool:
    """Whether the owner is named right beside the served place in its sentence, maybe across
    a list of other places ("Stati Uniti d'America e i territori statunitensi (Porto Rico,
    Guam, Isole Vergini"): the text between them, less the names of places, is short."""
    sentence = doc.sentence_of(role.place.start)
    for r in roles:
        if r.place.code != owner or doc.sentence_of(r.place.start) != sentence:
            continue
        if r.place.end <= role.place.start:
            lo, hi = r.place.end, role.place.start
        elif role.place.end <= r.place.start:
            lo, hi = role.place.end, r.place.start
        else:
            continue
        between = [x for x in roles if lo <= x.place.start and x.place.end <= hi]
        named = sum(x.place.end - x.place.start for x in between)
        if hi - lo - named <= WITH_OWNER_REACH + PER_PLACE_BETWEEN * len(between):
            return True
    return False


# Regions bound by treaty to another region's customs rules: the EFTA states apply the EU's
# customs security rules (ICS2); their members are read from the gazetteer's regions
BOUND_TO = {"@EU": "@EFTA"}
# "as well as" in the languages read, beside the words of handing on (normalised text)
_AS_WELL_AS = lazy_compile(
    r"\b(?:as well as|ainsi qu\w*|daruber hinaus|sowie|asi como|bem como|nonche|alsmede|samt)\b"
)


# Words that set a partner apart from the region's rule, or tell of another time or page:
# "not affected", "excluded", "their own thresholds", "had already", "see also"
_SET_APART = lazy_compile(
    r"\b(?:not|no|nicht|kein\w*|ne|pas|niet|geen|ikke|inte|ei|non|nao|except\w*|excluded|"
    r"exclu\w*|ausgenommen|own|eigene\w*|egne|egna|propres?|propias?|propri\w*|outside|"
    r"ausserhalb|hors|fuera|remain open|had|hatte\w*|avaient|see also|siehe auch|voir aussi)\b"
)


def add_bound_partners(
    doc: Doc,
    roles: list[Role],
    result: DestinationResult,
    origin: str | None,
    regions: dict[str, list[str]],
) -> DestinationResult:
    """``result`` with the partners of a region whose members it holds, that the body names
    (not a question, not the title, not the source's own country, with no role that sets them
    apart) in a sentence that names the region too and says they share its rule ("ICS2 applies
    to the EU, as well as Norway and Switzerland"), with no word that sets them apart ("not
    affected", "their own rules", "see also")."""
    chosen = set(result.codes)
    added: dict[str, tuple[str, int, int]] = {}
    for region, bound in BOUND_TO.items():
        members = regions.get(region, ())
        partners = regions.get(bound, ())
        # (a source in the region is never its own destination)
        if not members or not chosen.issuperset(set(members) - {origin}):
            continue
        for r in roles:
            code = r.place.code
            if (
                code in partners
                and code not in chosen
                and code not in added
                and code != origin
                and r.role in (NEUTRAL, STRONG)
                and not doc.in_title(r.place.start)
                and question_end(doc, r.place.start) is None
            ):
                a, b = doc.sentence_of(r.place.start)
                if (
                    (_shares(doc, a, b) or _AS_WELL_AS.search(doc.norm, a, b))
                    and any(q.place.code == region and a <= q.place.start < b for q in roles)
                    and not _SET_APART.search(doc.norm, a, b)
                ):
                    added[code] = (code, r.place.start, r.place.end)
    return with_added(result, added)
