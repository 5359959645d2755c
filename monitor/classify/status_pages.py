"""Status pages: their table rows, and the words that say the other rows stand as before.

Read by the destinations (the places only such rows name are no destinations) and by the kinds
(such rows' status words are no news)."""

from __future__ import annotations

from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc

# "All other entries below are unchanged since our update of 2 November", "Die übrigen
# Einträge entsprechen dem Stand vom 14.09.2023" (on the normalised text: no accents)
_OTHER_ROWS_STAND = lazy_compile(
    r"\b(?:all (?:the )?other|the other|the remaining) (?:entries|rows|countries|"
    r"destinations|lines)\b[^.]{0,60}\b(?:unchanged|remain the same|have not changed|as before)\b|"
    r"\b(?:alle |die )ubrigen (?:eintrage|lander|angaben|zeilen)\b[^.]{0,40}\b(?:entsprechen dem "
    r"stand|unverandert|wie bisher)\b|"
    r"\bles autres (?:entrees|lignes|pays|destinations)\b[^.]{0,40}\binchange|"
    r"\b(?:los demas paises|las demas (?:entradas|filas))\b[^.]{0,40}\b(?:sin cambios|no cambian|"
    r"se mantienen)\b|"
    r"\b(?:gli altri paesi|le altre (?:voci|righe))\b[^.]{0,40}\binvariat|"
    r"\bde overige (?:landen|vermeldingen)\b[^.]{0,40}\bongewijzigd\b"
)


def other_rows_stand(doc: Doc) -> bool:
    """Whether the page has a table and says its other rows stand as before (read once per
    notice: the destinations and the kinds both ask)."""
    return "|" in doc.full and doc.once("other_rows_stand", _other_rows_stand)


def _other_rows_stand(doc: Doc) -> bool:
    return _OTHER_ROWS_STAND.search(doc.norm) is not None


def in_table_row(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` stands in a row of a table below the title: a line that opens with "|"
    or holds two of them (not "Parcels to Israel suspended | PostNord")."""
    if doc.in_title(pos):
        return False
    a, b = doc.line_of(pos)
    line = doc.full[a:b]
    return line.lstrip().startswith("|") or line.count("|") >= 2
