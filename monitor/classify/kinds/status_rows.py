"""Status tables whose page names what changed: the rows that stand as before are no news.

"What changed in this update: Israel parcels suspended. All other entries below are unchanged"
over "| Yemen | Suspended | Suspended |": the Yemen row tells a stop of long ago, and its words
would outvote the one change the lead names (a resumption, say).
"""

from __future__ import annotations

from monitor.classify.kinds.phrases import RELEVANT_SCORE
from monitor.classify.kinds.votes import Vote
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.status_pages import in_table_row, other_rows_stand
from monitor.classify.text import Doc

ROW_FACTOR = 0.05  # what a row's status word weighs once the page says the rows stand

# A head over a lead with today's changes (read on the normalised text: no accents, lower case)
_TODAY_HEAD = lazy_compile(
    r"\bneu seit (?:der|dem) letzten (?:aktualisierung|stand)\b|\bmodification de ce jour\b|"
    r"\bwhat changed in this update\b|\bvariazioni rispetto all'aggiornamento precedente\b"
)


def weaken_standing_rows(doc: Doc, votes: list[Vote]) -> None:
    """Weighs down the votes in a table's rows when the page says its other rows stand or heads
    a lead with today's changes, and a change is told outside the table."""
    if "|" not in doc.full or not (
        other_rows_stand(doc) or _TODAY_HEAD.search(doc.norm) is not None
    ):
        return
    in_rows: list[Vote] = []
    told_outside = False
    for v in votes:
        if in_table_row(doc, v.start):
            in_rows.append(v)
        elif v.kind != "informational" and v.weight >= RELEVANT_SCORE and not doc.in_title(v.start):
            told_outside = True
    if told_outside:
        for v in in_rows:
            v.weight *= ROW_FACTOR
