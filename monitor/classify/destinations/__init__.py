"""Which destinations a notice is about: places named with the role each plays.

A place named in a notice is a destination when the words around it say so ("mail to X",
"X-bound", "für die X", "X no longer accepts"), when it heads the notice (title, heading
line, "X:" entry, a list under "the following countries:"), or, failing any of those, when
it is merely named. Origins ("from X", "made in X"), transit countries ("via X"), exceptions
("except X", "X excluded") and the names of operators ("X Post") are never destinations by
themselves; places the notice calls unaffected ("Samoa, Fiji and Niue are not affected") count
only when nothing else is named. The words after a list hold for the whole list, and a region
whose members are named one by one stands for those members only.
"""

from __future__ import annotations

from monitor.classify.destinations.cues import whole_text_entries
from monitor.classify.destinations.decide import own_country_named
from monitor.classify.destinations.find import find_destinations
from monitor.classify.destinations.roles import (
    EXCLUDED,
    NAME,
    NEUTRAL,
    OPERATOR,
    ORIGIN,
    STRONG,
    TRANSIT,
)

__all__ = [
    "EXCLUDED",
    "NAME",
    "NEUTRAL",
    "OPERATOR",
    "ORIGIN",
    "STRONG",
    "TRANSIT",
    "find_destinations",
    "own_country_named",
    "whole_text_entries",
]
