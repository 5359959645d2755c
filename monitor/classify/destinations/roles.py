"""The role a place plays in a notice (a destination, an origin, a transit country, a
name) and the result of reading them.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.classify.gazetteer import Place

STRONG = "strong"
NEUTRAL = "neutral"
ORIGIN = "origin"
TRANSIT = "transit"
EXCLUDED = "excluded"
OPERATOR = "operator"
UNAFFECTED = "unaffected"
NAME = "name"  # part of the name of something else


@dataclass(slots=True)
class Role:
    place: Place
    role: str
    cue: tuple[int, int] | None = None  # span of the words that gave the role
    cue_end: int = -1  # where the cue words end (before the place)
    before_cue: bool = False  # a preposition precedes it: an object, never a subject
    source: str = ""  # what gave the role: "before", "glue", "after", "clause", ...


@dataclass(slots=True)
class DestinationResult:
    codes: list[str]  # sorted ISO codes, or ["*"], or []
    evidence: list[tuple[str, int, int]]  # (code, start, end)
    roles: list[Role]
    # whether a stop that goes on ("remains suspended") may have left a place out (see
    # find_destinations); always False when its places were counted
    standing_stops: bool = False
    # whether the places are only those the notice calls unaffected, for want of any other:
    # what an all-clear is about, but no destination of a change elsewhere
    only_unaffected: bool = False


def with_added(
    result: DestinationResult, added: dict[str, tuple[str, int, int]]
) -> DestinationResult:
    """``result`` with the places ``added`` (code -> evidence) among its codes."""
    if not added:
        return result
    return DestinationResult(
        sorted(set(result.codes) | set(added)),
        sorted(result.evidence + list(added.values())),
        result.roles,
        result.standing_stops,
    )
