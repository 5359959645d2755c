"""Pages that keep a dated log of their changes: "Was ist neu? 18.03.2025 – Libanon: ...",
"Historie změn", "Change history". The standing rows and older entries restate what already
held; what a reader learns from the page now is its newest entry, as from an update's diff.
"""

from __future__ import annotations

import re

from monitor.classify.text import Doc
from monitor.classify.wordstart import word_start

# The heading of a log: a line of its own ("Was ist neu?", "Historie změn:") or in the title
_LOG_WORDS = (
    r"(?:was ist neu|anderungshistorie|letzte anderungen|what'?s new|change ?log|"
    r"change history|update history|latest updates|recent updates|latest changes|"
    r"recent changes|historique des (?:modifications|mises a jour)|dernieres mises a jour|"
    r"historial de (?:cambios|actualizaciones)|ultimas actualizaciones|"
    r"cronologia (?:degli )?aggiornamenti|ultimi aggiornamenti|wijzigingshistorie|"
    r"laatste wijzigingen|historico de alteracoes|ultimas atualizacoes|historie zmen|"
    r"historia zmian|ostatnie zmiany|andringshistorik|senaste uppdateringar|muutoshistoria|"
    r"viimeisimmat muutokset|история изменений|последние изменения|історія змін|"
    r"останні зміни|更新履歴|更新记录|变更记录|更新紀錄|업데이트 내역|변경 이력)"
)
_LOG_HEADING = word_start(r"\b" + _LOG_WORDS + r"\b")
# or a sentence saying how the entries are ordered
_LOG_ORDER = word_start(
    r"\b(?:nach datum sortiert|sorted by date|newest first|most recent first|latest first|"
    r"comunicazioni piu recenti|notizie piu recenti|avvisi piu recenti|"
    r"les informations les plus recentes|les annonces les plus recentes|ordenados por fecha|"
    r"ordenadas por fecha|gesorteerd op datum)\b"
)
# one piece of each heading or order phrase: the cheap test before the regexes
_LOG_HINTS = (
    "was ist neu", "anderungshistorie", "letzte anderungen", "what's new", "whats new",
    "changelog", "change log", "change history", "update history", "latest updates",
    "recent updates", "latest changes", "recent changes", "historique des",
    "dernieres mises a jour", "historial de", "ultimas actualizaciones", "cronologia",
    "ultimi aggiornamenti", "wijzigingshistorie", "laatste wijzigingen", "historico de alteracoes",
    "ultimas atualizacoes", "historie zmen", "historia zmian", "ostatnie zmiany",
    "andringshistorik", "senaste uppdateringar", "muutoshistoria", "viimeisimmat muutokset",
    "история изменений", "последние изменения", "історія змін", "останні зміни", "更新履歴",
    "更新记录", "变更记录", "更新紀錄", "업데이트 내역", "변경 이력", "nach datum sortiert",
    "sorted by date", "newest first", "most recent first", "latest first", "piu recenti",
    "les plus recentes", "por fecha", "gesorteerd op datum",
)  # fmt: skip
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december")
    )
}  # fmt: skip
# A line that opens with a day: "18.03.2025 – Libanon", "3. 9. 2024 – Jordánsko:",
# "2025-03-18: ...", "5 June 2024 - ...", "June 5, 2024: ..."; not a table's row
_DATED_LINE = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?:\*\*)?(?:"
    r"(?P<d>\d{1,2})[./][ \t]?(?P<m>\d{1,2})[./][ \t]?(?P<y>\d{4})|"
    r"(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})|"
    r"(?P<d3>\d{1,2})\.?[ \t]+(?P<mn3>[A-Za-z]+)\.?[ \t]+(?P<y3>\d{4})|"
    r"(?P<mn4>[A-Z][a-z]+)\.?[ \t]+(?P<d4>\d{1,2}),?[ \t]+(?P<y4>\d{4}))"
    r"(?:\*\*)?[ \t]*[\u2013\u2014:\-][^\n|]*$",
    re.MULTILINE,
)
_FEWEST_ENTRIES = 2


def _day(m: re.Match[str]) -> tuple[int, int, int] | None:
    """The day a dated line opens with, as (year, month, day); None for a month name not
    known (the page's own order decides then)."""
    if m["y"]:
        return int(m["y"]), int(m["m"]), int(m["d"])
    if m["y2"]:
        return int(m["y2"]), int(m["m2"]), int(m["d2"])
    name, day, year = (m["mn3"], m["d3"], m["y3"]) if m["y3"] else (m["mn4"], m["d4"], m["y4"])
    month = _MONTHS.get(name.lower())
    return (int(year), month, int(day)) if month else None


def _alone(doc: Doc, m: re.Match[str]) -> bool:
    """Whether the words ``m`` are the whole of their line (a heading, not a menu's item)."""
    a, b = doc.line_of(m.start())
    line = doc.norm[a : m.start()] + doc.norm[m.end() : b]
    return not any(c.isalnum() for c in line)


def newest_entry(doc: Doc) -> list[tuple[int, int]] | None:
    """The span of a log's newest entry (its dated line and what follows up to the next dated
    line), when the page has a log's heading and two or more dated entries after it; None for
    every other page."""
    if not doc.holds_any(_LOG_HINTS):
        return None
    norm, full = doc.norm, doc.full
    if _LOG_HEADING.search(norm, 0, doc.title_end):
        body_from = doc.title_end + 1
    else:
        head = next(
            (m for m in _LOG_HEADING.finditer(norm, doc.title_end + 1) if _alone(doc, m)), None
        ) or _LOG_ORDER.search(norm)
        if head is None:
            return None
        body_from = head.end()
    entries = list(_DATED_LINE.finditer(full, body_from))
    if len(entries) < _FEWEST_ENTRIES:
        return None
    days = [_day(m) for m in entries]
    if all(days):
        newest = max(range(len(entries)), key=lambda i: days[i])  # the first of equal days
    else:
        newest = 0
    start = entries[newest].start()
    if newest + 1 < len(entries):
        end = entries[newest + 1].start()
    else:  # the last entry: up to its paragraph's end
        blank = full.find("\n\n", entries[newest].end())
        end = len(full) if blank < 0 else blank + 1
    return [(start, end)]
