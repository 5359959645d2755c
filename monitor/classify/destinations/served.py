"""Places served through a destination's own network.

Mail to Puerto Rico, Guam or the US Virgin Islands goes through the United States Postal
Service and its rules; mail to Liechtenstein through Swiss Post and Swiss customs. A notice
about the United States that goes on "Puerto Rico, Guam and the US Virgin Islands fall under
the same rules" (or lists them under "this also applies to US territories:") names them with
no cue of their own, and they are destinations with it.
"""

from __future__ import annotations

from monitor.classify.destinations.roles import NEUTRAL, DestinationResult, Role
from monitor.classify.gazetteer import WORLD
from monitor.classify.text import Doc

# Not the territories of every country: Jersey, Guernsey and the Isle of Man have posts and
# customs of their own, and French overseas departments are outside the EU's VAT area, so
# notices about the United Kingdom or France name them to set them apart.
SERVED_WITH = {"US": ("PR", "GU", "VI", "AS", "MP"), "CH": ("LI",)}


def add_served_places(doc: Doc, roles: list[Role], result: DestinationResult) -> DestinationResult:
    """``result`` with the places served through one of its destinations that the body names
    with no role of their own (neither a cue of their own, nor unaffected nor excluded)."""
    codes = result.codes
    if not codes or codes == [WORLD]:
        return result
    chosen = set(codes)
    added: dict[str, tuple[str, int, int]] = {}
    for code in codes:
        for served in SERVED_WITH.get(code, ()):
            if served in chosen or served in added:
                continue
            for r in roles:
                if r.place.code == served and r.role == NEUTRAL and not doc.in_title(r.place.start):
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
