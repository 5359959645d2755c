"""Status tables whose news rows are marked: "Vanuatu | Delays – NEW", "Haiti | NEU: Annahme
ausgesetzt", "Israel | Suspended (NEW)". The other rows restate what already held; a reader
of the page learns only the marked ones.
"""

from __future__ import annotations

import re

from monitor.classify.text import Doc

# The mark, read in the text as written: upper case alone ("NEW", "NEU:"), or any case in
# brackets or before a day ("(new)", "neu ab 05.08.", "nouveau depuis le 3 mars")
_MARK = re.compile(
    r"\b(?:NEW|NEU|NOUVEAU|NOUVELLE|NUEVO|NUEVA|NUOVO|NUOVA|NIEUW|NOVO|NOVA|NOWE|NOWY|UUSI|YENİ|"
    r"CHANGED|MODIFIED|UPDATED|MODIFIÉ|MODIFIE|GEÄNDERT|AKTUALISIERT|MODIFICADO|MODIFICATO|GEWIJZIGD)\b|"
    r"\((?:new|neu|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|nieuw|novo|nova|nowe|nowy|ny|uusi|"
    r"yeni|новое|нове|新規|新增|新)\)|"
    r"\b(?:neu ab|new from|new since|nouveau depuis|nouveau à partir|nuevo desde|nieuw vanaf)\b",
    re.IGNORECASE,
)
_UPPER_ONLY = re.compile(
    r"\b(?:NEW|NEU|NOUVEAU|NOUVELLE|NUEVO|NUEVA|NUOVO|NUOVA|NIEUW|NOVO|NOVA|NOWE|NOWY|UUSI|YENİ|"
    r"CHANGED|MODIFIED|UPDATED|MODIFIÉ|MODIFIE|GEÄNDERT|AKTUALISIERT|MODIFICADO|MODIFICATO|"
    r"GEWIJZIGD)\b"
)
_UNMARKED_FEWEST = 2  # rows without the mark a table needs beside its marked ones


def _marked(row: str) -> bool:
    for m in _MARK.finditer(row):
        word = m.group()
        if word.isalpha() and not word.startswith("(") and " " not in word:
            # a bare word counts in upper case only ("new" is any sentence's word)
            if _UPPER_ONLY.fullmatch(word):
                return True
            continue
        return True
    return False


def unmarked_rows(doc: Doc) -> set[tuple[int, int]]:
    """The rows of a table (lines of two or more cells) without the mark, in a table where at
    least one row has it and two or more do not. Empty for every other notice."""
    return doc.once("_unmarked_rows", _find_unmarked_rows)


def _find_unmarked_rows(doc: Doc) -> set[tuple[int, int]]:
    full = doc.full
    if " | " not in full or not _MARK.search(full):
        return set()
    out: set[tuple[int, int]] = set()
    block: list[tuple[int, int, bool]] = []
    starts = doc.line_starts

    def close() -> None:
        marked = [r for r in block if r[2]]
        unmarked = [r for r in block if not r[2]]
        if marked and len(unmarked) >= _UNMARKED_FEWEST:
            out.update((a, b) for a, b, _ in unmarked)
        block.clear()

    for i, a in enumerate(starts):
        b = starts[i + 1] - 1 if i + 1 < len(starts) else len(full)
        if " | " in full[a:b]:
            block.append((a, b, _marked(full[a:b])))
        elif full[a:b].strip():
            close()
    close()
    return out
