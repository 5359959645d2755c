"""The kind of change a notice announces, read from trigger phrases and the words around them.

Each trigger ("suspended", "wieder möglich", "prohibited") votes for its kind; the words just
before it in the same clause can turn the vote ("no longer suspended" is a resumption,
"not resumed" a suspension), cancel it ("as soon as the suspension is lifted" announces
nothing) or keep it ("remains suspended" is still a suspension). A vote from the title weighs
more than one from the body, and the opening lines more than the rest. What goes on ("parcels
remain suspended") or may follow ("items may be delayed") counts less when something else
changed, and a title that says a service is back decides against the story of its stop.
"""

from __future__ import annotations

from monitor.classify.kinds.choose import freight_story
from monitor.classify.kinds.decide import decide_kind, whole_text_entries
from monitor.classify.kinds.limits import ACCEPTING, ONLY_WORDS
from monitor.classify.kinds.phrases import RELEVANT_SCORE
from monitor.classify.kinds.standing import standing_ban
from monitor.classify.kinds.topics import REMINDER_HINTS, reminds
from monitor.classify.kinds.votes import KindResult, Vote

__all__ = [
    "ACCEPTING",
    "KindResult",
    "ONLY_WORDS",
    "RELEVANT_SCORE",
    "REMINDER_HINTS",
    "Vote",
    "decide_kind",
    "freight_story",
    "reminds",
    "standing_ban",
    "whole_text_entries",
]
