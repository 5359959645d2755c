"""Places served through a destination's own network.

Mail to Puerto Rico, Guam or the US Virgin Islands goes through the United States Postal
Service and its rules; mail to Liechtenstein through Swiss Post and Swiss customs. A notice
about the United States that goes on "Puerto Rico, Guam and the US Virgin Islands fall under
the same rules" (or lists them under "this also applies to US territories:") names them with
no cue of their own, and they are destinations with it.
"""

from __future__ import annotations

from monitor.classify.destinations.asides import HANDED_ON
from monitor.classify.destinations.roles import NEUTRAL, DestinationResult, Role
from monitor.classify.gazetteer import WORLD
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc, strip_bullet

# Not the territories of every country: Jersey, Guernsey and the Isle of Man have posts and
# customs of their own, and French overseas departments are outside the EU's VAT area, so
# notices about the United Kingdom or France name them to set them apart.
SERVED_WITH = {"US": ("PR", "GU", "VI", "AS", "MP"), "CH": ("LI",)}


def add_served_places(
    doc: Doc, roles: list[Role], result: DestinationResult, origin: str | None
) -> DestinationResult:
    """``result`` with the places served through one of its destinations that the body names
    with no role of their own (neither a cue of their own, nor unaffected nor excluded), on a
    line that says they share the rule ("fall under the same rules", "this also applies to US
    territories:" over a list of them). Never the source's own country."""
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
    if not added:
        return result
    return DestinationResult(
        sorted(chosen | set(added)),
        sorted(result.evidence + list(added.values())),
        result.roles,
        result.standing_stops,
    )


_INCLUDED = lazy_compile(
    r"(?:\b(?:incl\w*|inklusive|einschl\w*|y compris|incluid\w*|inclus\w*|compres\w*|"
    r"w tym|vcetne|vratane|including|also|ogsa|ocksa|aven|ari|stejn\w*|turut|sakop)\b|"
    r"포함|包括|含む|含め)"
)


def _said_to_share(doc: Doc, role: Role, roles: list[Role], owner: str) -> bool:
    """Whether the sentence naming a served place names it with its owner ("in der Schweiz und
    in Liechtenstein", "US mainland and territories (Guam, Saipan)") or says it shares the rule
    ("the same rules", "also", "including", "ebenfalls", "同様", "포함"), and asks nothing; or
    the line a list of it hangs from does."""
    a, b = doc.sentence_of(role.place.start)
    if doc.full[a:b].rstrip().endswith(("?", "\uff1f")):
        return False  # "Is Puerto Rico also affected?"
    if _shares(doc, roles, owner, a, b):
        return True
    if not strip_bullet(doc.full[slice(*doc.line_of(role.place.start))])[1]:
        return False
    k = doc.line_index(role.place.start)
    while k > 0:  # up the list the place is an item of, to the line it hangs from
        k -= 1
        c, d = doc.line_of(doc.line_starts[k])
        if not strip_bullet(doc.full[c:d])[1]:
            return bool(doc.full[c:d].strip()) and _shares(doc, roles, owner, c, d)
    return False


def _shares(doc: Doc, roles: list[Role], owner: str, a: int, b: int) -> bool:
    return (
        HANDED_ON.search(doc.norm, a, b) is not None
        or _INCLUDED.search(doc.norm, a, b) is not None
        or any(r.place.code == owner and a <= r.place.start < b for r in roles)
    )
