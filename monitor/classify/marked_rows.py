"""Status tables whose news rows are marked: "Vanuatu | Delays – NEW", "Haiti | NEU: Annahme
ausgesetzt", "Israel | Suspended (NEW)". The other rows restate what already held; a reader
of the page learns only the marked ones.
"""

from __future__ import annotations

import re

from monitor.classify.text import Doc

# The mark, read in the text as written: a phrase before a day in any case ("neu ab 05.08.",
# "nouveau depuis le 3 mars"), a word in brackets ("(new)"), or a word in upper case alone
# ("NEW", "NEU:", "CHANGED"), not inside a name in capitals ("NEW ZEALAND", "NOVA POSHTA")
_MARK_PHRASE = re.compile(
    r"\b(?:neu ab|new from|new since|nouveau depuis|nouveau à partir|nuevo desde|nieuw vanaf)\b|"
    r"\((?:new|neu|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|nieuw|novo|nowe|nowy|ny|uusi|nově|"
    r"nové|nova|novi|"
    r"yeni|новое|нове|新規|新增|新)\)",
    re.IGNORECASE,
)
_MARK_WORD = re.compile(
    r"(?<![A-ZÀ-Þ] )(?<![A-ZÀ-Þ])\b(?:NEW|NEU|NOUVEAU|NOUVELLE|NUEVO|NUEVA|NUOVO|NUOVA|NIEUW|NOWE|"
    r"NOWY|UUSI|NOVĚ|NOVÉ|NOVO|NOVA|NOVI|CHANGED|MODIFIED|UPDATED|MODIFIÉ|MODIFIE|GEÄNDERT|"
    r"AKTUALISIERT|MODIFICADO|"
    r"MODIFICATO|GEWIJZIGD)\b(?! ?[A-ZÀ-Þ]{2})"
)
# one piece of each mark, in the normalised text: the cheap test before the table is read
_HINTS = ("new", "neu", "nouve", "nuev", "nuov", "nieuw", "nov", "now", "uusi", "yeni", "changed",
          "modifi", "geandert", "aktualisiert", "gewijzigd", "нов", "нове", "新")  # fmt: skip
_UNMARKED_FEWEST = 2  # rows without the mark a table needs beside its marked ones


def _marked(row: str) -> bool:
    return _MARK_PHRASE.search(row) is not None or _MARK_WORD.search(row) is not None


def unmarked_rows(doc: Doc) -> set[tuple[int, int]]:
    """The rows of a table (lines of the body with a " | " between cells, one table up to a
    line of prose or a blank line) without the mark, in a table where at least one row has it
    and two or more do not. Empty for every other notice."""
    return doc.once("_marked_rows", _find_rows)[0]


def _find_rows(doc: Doc) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(the unmarked rows, the marked rows) of the tables ``unmarked_rows`` describes."""
    full = doc.full
    if " | " not in full or not any(h in doc.norm for h in _HINTS):
        return set(), set()
    unmarked_out: set[tuple[int, int]] = set()
    marked_out: set[tuple[int, int]] = set()
    block: list[tuple[int, int, bool]] = []
    starts = doc.line_starts

    def close() -> None:
        marked = [r for r in block if r[2]]
        unmarked = [r for r in block if not r[2]]
        if marked and len(unmarked) >= _UNMARKED_FEWEST:
            unmarked_out.update((a, b) for a, b, _ in unmarked)
            marked_out.update((a, b) for a, b, _ in marked)
        block.clear()

    for i, a in enumerate(starts):
        b = starts[i + 1] - 1 if i + 1 < len(starts) else len(full)
        if a >= doc.title_end and " | " in full[a:b]:  # (a title is no row)
            block.append((a, b, _marked(full[a:b])))
        else:
            close()  # a line of prose or a blank line ends the table
    close()
    return unmarked_out, marked_out


def marked_rows(doc: Doc) -> set[tuple[int, int]]:
    """The marked rows of the tables ``unmarked_rows`` describes (empty for other notices)."""
    return doc.once("_marked_rows", _find_rows)[1]


def marked_row_names_place(doc: Doc, place_starts: list[int]) -> bool:
    """Whether a marked row names a place: "NOTE | NEW customs form for all destinations" marks
    no row of the table's places, whose stops stay the news."""
    marked = doc.once("_marked_rows", _find_rows)[1]
    return bool(marked) and any(doc.line_of(p) in marked for p in place_starts)
