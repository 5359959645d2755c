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
    r"yeni|новое|нове|新規|新增|新)\)|"
    # a cell that opens with the word and a colon: "| nouveau : aucune acceptation |", "| nieuw:
    # mogelijk |"
    r"\|\s*(?:new|neu|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|nieuw|novo|nowe|nowy|ny|uusi)"
    r"\s?:",
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
          "modifi", "geandert", "aktualisiert", "gewijzigd", "нов", "нове", "新",
          "신규")  # fmt: skip
_UNMARKED_FEWEST = 2  # rows without the mark a table needs beside its marked ones


# A page that says how it marks its changed rows with an asterisk ("Destinations that have
# changed since our last update are marked with an asterisk (*)"): "Sri Lanka* | Available",
# "| *Sri Lanka | Suspended |"
_STAR_KEY = re.compile(
    r"(?:marked with an asterisk|marked by an asterisk|mit (?:einem )?(?:stern|sternchen) "
    r"(?:markiert|gekennzeichnet)|marqu[ée]e?s? d'un ast[ée]risque|marcad[oa]s? con (?:un )?"
    r"asterisco|contrassegnat[aei] (?:con|da) (?:un )?asterisco|met een sterretje|"
    r"oznaczon\w* gwiazdk)",
    re.IGNORECASE,
)
# ... said to mark what changed (not "marked with an asterisk are served via a partner")
_STAR_CHANGED = re.compile(
    r"\b(?:changed|have changed|has changed|updated|new|neu|neue|ge(?:ä|ae|a)ndert|aktualisiert|"
    r"modifi[ée]e?s?|nouveaux?|nouvelles?|mis à jour|cambiad[oa]s|actualizad[oa]s|nuev[oa]s?|"
    r"nuov[oaie]|aggiornat[oaie]|gewijzigd|nieuwe?|zmienion\w*|nowe|nowy|nowa)\b",
    re.IGNORECASE,
)
_STAR_HINTS = ("asterisk", "stern", "asterisque", "asterisco", "sterretje", "gwiazdk")
_STARRED_CELL = re.compile(r"\s*\|?\s*(?:\*\s?[^|\n*]*?\S|[^|\n]*?\S\s?(?:\*|\(\*\)))\s*\|")
# A first cell that ends in a mark in brackets: "スーダン【新規】 |", "수단 [신규] |",
# "スーダン（新規） |" (not "电子烟（新增）" among a row's items: the list's new goods)
_MARKED_NAME = re.compile(
    r"\s*\|?\s*[^|\n]*?[【\[（](?:新規|新增|新|신규|new|neu|nouveau)[】\]）]\s*\|", re.IGNORECASE
)


def _star_marks_changes(doc: Doc) -> bool:
    """Whether the page says its asterisk marks what changed, in the sentence of the legend."""
    return any(
        _STAR_CHANGED.search(doc.full, *doc.sentence_of(m.start()))
        for m in _STAR_KEY.finditer(doc.full)
    )


def _marked(row: str, star: bool = False) -> bool:
    return (
        _MARK_PHRASE.search(row) is not None
        or _MARK_WORD.search(row) is not None
        or (star and _STARRED_CELL.match(row) is not None)
        or _MARKED_NAME.match(row) is not None
    )


def unmarked_rows(doc: Doc) -> set[tuple[int, int]]:
    """The rows of a table (lines of the body with a " | " between cells, one table up to a
    line of prose or a blank line) without the mark, in a table where at least one row has it
    and two or more do not. Empty for every other notice."""
    return doc.once("_marked_rows", _find_rows)[0]


# The last two cells of a table's head that put the old figure beside the new one: "| Land |
# bisher | ab 02.02.2025 |", "| Country | Current | New from 1 March |"
_BEFORE_AFTER_HEAD = re.compile(
    r"\|\s*(?:bisher\w*|alt|aktuell|old|previous|current|until\b[^|\n]*|before|ancien\w*|actuel\w*|"
    r"jusqu[^|\n]*|anterior|actual|hasta[^|\n]*|precedente|attuale|fino[^|\n]*|oud|huidig|"
    r"tot[^|\n]*|tidigare|nuvarande)\s*\|\s*(?:neu\w*|ab\b|new|from|after|nouve\w*|[àa] partir|"
    r"d[eè]s|nuev\w*|desde|a partir|nuov\w*|dal\b|nieuw\w*|vanaf|ny\w*|fr[åa]n)[^|\n]*\|?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_DIGIT = re.compile(r"\d")
_RULE_ROW = re.compile(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*")
_NONE_CELL = frozenset(("-", "\u2013", "\u2014", "--"))


def _before_after(rows: list[tuple[int, int]], full: str) -> dict[tuple[int, int], bool] | None:
    """For a table whose head puts an old figure beside a new one, each row with figures and
    whether it changed ("| Libanon | 6,25 | 10,90 |"; not "| Irak | 10,90 | 10,90 |"); None
    for any other table."""
    if not rows or not _BEFORE_AFTER_HEAD.search(full, rows[0][0], rows[0][1]):
        return None
    changed: dict[tuple[int, int], bool] = {}
    for a, b in rows[1:]:
        cells = [c.strip() for c in full[a:b].strip().strip("|").split("|")]
        if len(cells) < 3:
            continue
        old, new = cells[-2], cells[-1]
        if not (_DIGIT.search(new) and (_DIGIT.search(old) or old in _NONE_CELL)):
            continue  # (the rule under the head, a note)
        changed[(a, b)] = old != new
    return changed


def _find_rows(doc: Doc) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(the unmarked rows, the marked rows) of the tables ``unmarked_rows`` describes; in a
    table of old and new figures, the rows whose figure changed are the marked ones."""
    full = doc.full
    if " | " not in full:
        return set(), set()
    star = any(h in doc.norm for h in _STAR_HINTS) and _star_marks_changes(doc)
    marks = star or any(h in doc.norm for h in _HINTS)
    if not marks and _BEFORE_AFTER_HEAD.search(full) is None:
        return set(), set()
    unmarked_out: set[tuple[int, int]] = set()
    marked_out: set[tuple[int, int]] = set()
    block: list[tuple[int, int, bool]] = []
    starts = doc.line_starts

    def close() -> None:
        changed = _before_after([(a, b) for a, b, _ in block], full)
        if changed:
            block[:] = [(a, b, is_new) for (a, b), is_new in changed.items()]
        elif not marks:
            block.clear()
            return
        marked = [r for r in block if r[2]]
        unmarked = [r for r in block if not r[2]]
        if marked and len(unmarked) >= _UNMARKED_FEWEST:
            unmarked_out.update((a, b) for a, b, _ in unmarked)
            marked_out.update((a, b) for a, b, _ in marked)
        block.clear()

    for i, a in enumerate(starts):
        b = starts[i + 1] - 1 if i + 1 < len(starts) else len(full)
        if a >= doc.title_end and " | " in full[a:b]:  # (a title is no row)
            block.append((a, b, _marked(full[a:b], star)))
        elif block and _RULE_ROW.fullmatch(full, a, b):
            continue  # "|---|---|" under the head: the same table
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
