"""Pages that hold several dated items ("Update 11 June: ...", "22 May: ...", "Older posts"):
only the newest item is the news; the older ones tell how it came about."""

from __future__ import annotations

import re
from datetime import date

from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc, strip_bullet
from monitor.classify.wordstart import by_first_letter

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "january jan januar janvier enero gennaio januari janeiro",
            "february feb februar fevrier février febrero febbraio februari fevereiro",
            "march mar marz märz mars marzo maart marco março",
            "april apr avril abril aprile",
            "may mai mayo maggio mei maio",
            "june jun juni juin junio giugno junho",
            "july jul juli juillet julio luglio julho",
            "august aug aout août agosto augustus",
            "september sep sept septembre septiembre settembre setembro",
            "october oct oktober octobre octubre ottobre outubro",
            "november nov novembre noviembre novembro",
            "december dec dezember decembre décembre diciembre dicembre dezembro",
        )
    )
    for m in names.split()
}
# A month's name or abbreviation in eight languages (also read by destinations.decide for a
# dated rule). Longest first, grouped by first letter (the regex engine then tries only the
# names of the letter it stands on; all are lower case, so ignoring case puts no letter in two
# groups)
MONTH = by_first_letter("(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")") + r"\.?"
# The dates with a year written in words: "22 May 2024", "June 3, 2024" (groups d1 m1 y1,
# m2 d2 y2), shared by both kinds of item heads. After a word of update only, also with "de":
# "Actualización 23 de septiembre de 2022:" (a bare "15 de octubre de 2024: Líbano - ..." is
# a dated row of a table)
_WORDED_DATES = (
    rf"(?P<d1>\d{{1,2}})\.?\s+(?(upd)(?:de\s+)?)(?P<m1>{MONTH})\s+(?(upd)(?:de\s+)?)"
    rf"(?P<y1>\d{{4}})|"
    rf"(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
)
# A line that opens an item with its date: "Update 11 June 2024:", "22 May 2024:",
# "18 December 2024" alone, "1/2/2019 – DRC", "2024-06-11 -", "June 3, 2024 –"
_ITEM_HEAD = lazy_compile(
    r"^\s*(?P<upd>(?:update[ds]?|updated|posted|published|aktualisierung|mise a jour|mise à jour|"
    r"actualizacion|actualización|atualizacao|atualização|aggiornamento|avviso|aviso|"
    # a carrier's alert block: "Summary (Last Updated: 10/11/2025; 09:00 ET)"
    r"summary\s*\(\s*last updated)\s*(?:[:\u2013\u2014-]\s*)?"
    # "Aggiornamento del 26 giugno 2025", "Actualización de 3 de marzo de 2025"
    r"(?:(?:del|de|vom|of)\s+)?)?"
    rf"(?:{_WORDED_DATES}|"
    r"(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})|"
    r"(?P<a4>\d{1,2})[./](?P<b4>\d{1,2})[./](?P<y4>\d{4})|"
    # no year, but the word says it is an update ("October 31 update", "Update: 3 March")
    rf"(?:(?P<d5>\d{{1,2}})\.?\s+(?(upd)(?:de\s+)?)(?P<m5>{MONTH})|(?P<m6>{MONTH})\s+(?P<d6>\d{{1,2}}))"
    r"(?:\s+(?P<upd2>update|aktualisierung))?)"
    # a time may follow ("January 22, 2025, 3:40 p.m. ET"), or the date is alone on its line
    # ("Updated 19 May 2025 | Saudi Arabia – Lithium batteries": after a word of update, a bar
    # before its heading; not a dated row of a table)
    r"(?:[,;]?\s*\d{1,2}[:.]\d{2}[^\n]{0,12}?)?\)?\s*(?::|\u2013|\u2014|-|(?(upd)\||(?!))|$)",
    re.I | re.M,
)
# A short heading that ends with its item's date: "Vanuatu – 20 December 2024" (read with the
# names of _ITEM_HEAD, of which it has the dates with a year; never a word of update)
# (compiled now, not on first use: its matches are told apart by their ``re``, the pattern)
_TITLED_HEAD = re.compile(
    r"^[^\n]{2,60}?\s[\u2013\u2014-]\s+(?P<upd>(?!))?(?P<upd2>(?!))?"
    rf"(?:{_WORDED_DATES})"
    r"(?P<y3>(?!))?(?P<a4>(?!))?(?P<d5>(?!))?(?P<d6>(?!))?[ \t]*$",
    re.I | re.M,
)
# A date in brackets that opens a line, the way Japanese and Chinese pages head each update:
# "【2025年5月20日】", "【2021年3月29日】NEW" (read with the names of _ITEM_HEAD; a bare date
# line is often the page's own stamp, so only the bracketed one opens an item)
_CJK_BRACKETS = "【［["
_CJK_HEAD = re.compile(
    r"^[ \t]*[【［\[][ \t]*(?P<y3>\d{4})[ \t]*年[ \t]*(?P<m3>\d{1,2})[ \t]*月[ \t]*"
    r"(?P<d3>\d{1,2})[ \t]*日[ \t]*(?:更新|発表|掲載|发布|發布)?[ \t]*[】］\]]"
    r"(?P<upd>(?!))?(?P<upd2>(?!))?(?P<d1>(?!))?(?P<d2>(?!))?(?P<a4>(?!))?(?P<d5>(?!))?"
    r"(?P<d6>(?!))?",
    re.M,
)
# A date alone on its line with the year first, as Hungarian and Korean pages head each update:
# "2022. március 15.", "2024. 3. 15." (read with the names of _ITEM_HEAD)
_HU_MONTHS = {
    name: i + 1
    for i, name in enumerate(
        "január február március április május június július augusztus szeptember október "
        "november december".split()
    )
}
_YEAR_FIRST_HEAD = re.compile(
    r"^[ \t]*(?:(?P<y1>\d{4})\.[ \t]*(?P<m1>" + "|".join(_HU_MONTHS) + r")[ \t]+(?P<d1>\d{1,2})|"
    r"(?P<y3>\d{4})\.[ \t]*(?P<m3>\d{1,2})\.[ \t]*(?P<d3>\d{1,2}))\.?[ \t]*$"
    r"(?P<upd>(?!))?(?P<upd2>(?!))?(?P<d2>(?!))?(?P<a4>(?!))?(?P<d5>(?!))?(?P<d6>(?!))?",
    re.I | re.M,
)
# what an item says when it tells news: a sentence, or a verb of change
_CJK_ITEM_TELLS = re.compile(
    "。|再開|停止|中止|遅延|延期|見合わせ|恢复|暂停|暫停|延误|延誤|取消|変更|调整|調整"
)


def _next_head(full: str, pos: int) -> int:
    """Where the next bracketed head opens a line after ``pos`` (or the text ends)."""
    at = min((i for b in _CJK_BRACKETS if (i := full.find("\n" + b, pos)) >= 0), default=-1)
    return at if at >= 0 else len(full)


# A heading under which only earlier news follows
_OLDER_WORDS = (
    "older posts", "older updates", "previous updates", "earlier updates", "related announcements",
    "archive", "archived notices", "past incidents", "resolved incidents", "frühere meldungen",
    "anciennes mises à jour", "actualizaciones anteriores", "mises à jour précédentes",
    "actualizaciones previas", "aggiornamenti precedenti", "eerdere updates", "eerdere berichten",
    "atualizações anteriores", "frühere aktualisierungen", "ältere meldungen",
    "poprzednie aktualizacje", "wcześniejsze aktualizacje", "wcześniejsze komunikaty",
    "předchozí aktualizace", "starší aktualizace", "predchádzajúce aktualizácie",
    "предыдущие обновления", "попередні оновлення", "tidigare uppdateringar",
    "tidligere opdateringer", "tidligere oppdateringer", "aiemmat päivitykset",
)  # fmt: skip
_OLDER_HEAD = lazy_compile(
    r"^\s*(?:" + "|".join(_OLDER_WORDS) + r")\s*(?::\s*)?$",
    re.I | re.M,
)
# A line that opens an item, with or without a year ("Update 3 March")
_LATER_ITEM = lazy_compile(
    rf"^[^\S\n]*(?:update[ds]?\b|aktualisierung|actualizaci[oó]n|\d{{1,2}}\.?\s+{MONTH}\b|"
    rf"{MONTH}\s+\d{{1,2}}\b)",
    re.I | re.M,
)
# One earlier item under its heading: "Previous update (Last Updated: 15/06/2025; 18:00)",
# "Previous update - 19 September 2017"; or told on its line after a date ("Previous update
# (June 22, 2020): Service restored to Mexico"), which is then the only line of history. It
# ends the news only where no dated item head follows (an oldest-first page puts it on top).
_PREVIOUS_HEAD = lazy_compile(
    r"^\s*(?:previous update|earlier update|vorherige meldung)"
    r"\s*(?:\([^()\n]{0,60}\)\s*|[-:\u2013\u2014]\s*[^\n]{0,40}?\d{4}\s*)?(?::\s*)?$|"
    # the same with a date and its news on the line: only that line is history
    r"^\s*(?:previous update|earlier update|vorherige meldung)"
    r"\s*\([^()\n]{0,40}\d{4}[^()\n]{0,20}\)\s*:(?P<told>[^\n]+)",
    re.I | re.M,
)


# First three letters of the lines worth trying the patterns on (a cheap test per line)
_HEAD_STARTS = frozenset(
    {m[:3] for m in _MONTHS}
    | {"upd", "pos", "akt", "mis", "act", "atu", "agg", "pub", "sum", "avv", "avi"}
)
# (and "vor" of "vorherige meldung", a _PREVIOUS_HEAD)
_OLDER_STARTS = frozenset({w[:3] for w in _OLDER_WORDS} | {"pre", "ear", "vor"})


ITEM_LINE_SHORTEST = 20  # "게시일" (posted) under a date is a stamp's label, no item


def _item_under(doc: Doc, k: int) -> bool:
    """Whether the next line with text under line ``k`` tells something (a sentence, not the
    label of another stamp: "시행일 / 2025. 10. 1. / 게시일 / 2025. 9. 15.")."""
    starts = doc.line_starts
    for j in range(k + 1, len(starts)):
        a, b = doc.line_of(starts[j])
        line = doc.full[a:b].strip()
        if line:
            return len(line) >= ITEM_LINE_SHORTEST
    return False


def older_items(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the body that hold older items of a page with several dated ones (empty when the
    page holds one item); found once per notice."""
    return doc.once("_older_items", _find_older)[0]


def older_items_of_places(doc: Doc) -> list[tuple[int, int]]:
    """The older items whose places are history: those of ``older_items`` less the entries of a
    page of alerts that each stand under a heading of their own (each one's place is still
    news, whatever the newest entry is)."""
    return doc.once("_older_items", _find_older)[1]


def _find_older(doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    full = doc.full
    spans: list[tuple[int, int]] = []
    heads: list[re.Match[str]] = []
    end = len(full)
    seen_text = False  # a heading above the whole body ("Archive" in a menu) cuts nothing
    starts = doc.line_starts
    for i in range(1, len(starts)):
        ls = starts[i]
        # where the line ends (a heading that ends with a date is tried only there)
        le = starts[i + 1] - 1 if i + 1 < len(starts) else len(full)
        first = full[ls : ls + 3].lower()
        if first[:1] in _CJK_BRACKETS:
            m = _CJK_HEAD.match(full, ls)
            # (an item tells something under its date: not a page's stamp with nothing under it,
            # "【2026年6月2日更新】", nor a row "【date】 place" of a list of stops in force)
            if m and _CJK_ITEM_TELLS.search(full, m.end(), _next_head(full, m.end())):
                heads.append(m)
        elif first[:1].isdigit() or first in _HEAD_STARTS:
            m = _ITEM_HEAD.match(full, ls)
            if m and (not (m.group("d5") or m.group("d6")) or m.group("upd") or m.group("upd2")):
                heads.append(m)
            elif m is None and first[:1].isdigit():
                m = _YEAR_FIRST_HEAD.match(full, ls)
                if m and _item_under(doc, i):
                    heads.append(m)
        elif full[le - 4 : le].isdigit():
            m = _TITLED_HEAD.match(full, ls)
            if m:
                heads.append(m)
        if seen_text and first in _OLDER_STARTS:
            older = _OLDER_HEAD.match(full, ls)
            if older is None:
                one = _PREVIOUS_HEAD.match(full, ls)
                if one is not None and one.group("told"):
                    # "Previous update (June 22, 2020): Service restored to Mexico": that line
                    spans.append((ls, one.end()))
                elif one is not None and _LATER_ITEM.search(full, one.end()) is None:
                    older = one
            if older is not None:
                end = ls
                spans.append((ls, len(full)))
                break
        if not seen_text:
            a, b = doc.line_of(ls)
            seen_text = b - a >= 40
    if len(heads) >= 3 and _page_stamp(heads):
        heads = heads[1:]  # "Updated: March 8, 2024" over items "Posted March 8, 2024"
    titled = [m for m in heads if m.re is _TITLED_HEAD]
    if titled and not _titled_items(titled):
        heads = [m for m in heads if m.re is not _TITLED_HEAD]
    # a "Published" stamp with no heading of its own above it stamps the page (beside
    # "Updated: ..."), it opens no item
    opened = [(m, _heading_above(doc, m)) for m in heads]
    kept = [
        (m, start)
        for m, start in opened
        if (m.group("upd") or "").strip(" :-\u2013\u2014").lower() not in _STAMP_WORDS
        or start != m.start()
    ]
    heads = [m for m, _ in kept]
    if len(heads) < 2:
        return spans, spans
    apart = _own_headings(doc, [start for _, start in kept])
    before = list(spans)
    dates = _known(_dates_of(heads))
    updates = all(m.group("upd") or m.group("upd2") for m in heads)
    if dates is not None and all(x >= y for x, y in zip(dates, dates[1:], strict=False)):
        newest = 0  # newest first, the way update pages are kept
    elif dates is not None and updates:
        newest = max(range(len(heads)), key=lambda i: (dates[i], -i))
    elif updates:
        newest = 0  # "Update: ..." heads whose dates cannot be read: the first is the newest
    else:
        # dates in rising order without "Update": a schedule, every line counts
        return spans, spans
    opens = [start for _, start in kept]
    for i, start in enumerate(opens):
        # (in a list of three or more, the items of the newest day are all news: "9 February
        # 2026 – NEW – Mali", "9 February 2026 – NEW – Solomon Islands"; of two, one may be the
        # page's own stamp)
        if i != newest and (dates is None or len(heads) < 3 or dates[i] != dates[newest]):
            stop = opens[i + 1] if i + 1 < len(opens) else end
            spans.append((start, stop))
    return spans, (before if apart else spans)


_STAMP_WORDS = ("published",)
ENTRY_HEADING_LONGEST = 80  # "Philippines – Typhoon Fung-wong (local name: Uwan) (resolved)"


def _own_headings(doc: Doc, opens: list[int]) -> bool:
    """A page of alerts, each dated under a heading of its own ("Bangladesh – delays" over
    "Posted 6 March 2025", "Chile – strike (resolved)" over "Updated 18 November 2025"): each
    entry is news of its own place or matter, not an earlier step of one story."""
    headings: set[str] = set()
    for start in opens:
        k = doc.line_index(start)
        if doc.line_starts[k] != start:
            return False  # the date stands inside a line: no heading over it
        j, line = k - 1, ""
        while j >= 0 and not line:
            a, b = doc.line_of(doc.line_starts[j])
            line = doc.full[a:b].strip()
            j -= 1
        if not line:
            return False
        if (
            a < doc.title_end
            or len(line) > ENTRY_HEADING_LONGEST
            or line.endswith((".", ":", ";", ",", "!", "?", "\u3002", "\uff1a", "\uff01", "\uff1f"))
            or strip_bullet(line)[1]
            or _ITEM_HEAD.match(line)
        ):
            return False
        headings.add(line.lower())
    return len(headings) == len(opens)


def _heading_above(doc: Doc, head: re.Match[str]) -> int:
    """Where an item opens: at its date line, or at the heading above a line that only stamps
    it ("United States - duties on items" over "Published: 29 August 2025")."""
    word = (head.group("upd") or "").strip(" :-\u2013\u2014").lower()
    k = doc.line_index(head.start())
    if word not in _STAMP_WORDS or k < 2:
        return head.start()
    a, b = doc.line_of(doc.line_starts[k - 1])
    above = doc.line_of(doc.line_starts[k - 2])
    heading = doc.full[a:b].strip()
    if (
        0 < len(heading) <= 80
        and not heading.endswith((".", ":"))
        and not doc.full[above[0] : above[1]].strip()
    ):
        return a
    return head.start()


def _titled_items(titled: list[re.Match[str]]) -> bool:
    """Headings that end with a date open items only on a page of at least three of them,
    newest first and no two of one day: not two strike days, nor a country's status beside
    another's."""
    if len(titled) < 3:
        return False
    dates = _known(_dates_of(titled))
    return dates is not None and all(x > y for x, y in zip(dates, dates[1:], strict=False))


def _page_stamp(heads: list[re.Match[str]]) -> bool:
    """The first head says when the page was updated ("Updated:") and the items below open
    with another word ("Posted ..."): it dates the page, it opens no item."""
    first = (heads[0].group("upd") or "").strip(" :-\u2013\u2014").lower()
    if first != "updated":
        return False
    line_end = heads[0].string.find("\n", heads[0].end())
    if heads[0].string[heads[0].end() : line_end if line_end >= 0 else None].strip():
        return False  # "Updated: 5 March 2024 - Parcel service has resumed": an item
    words = {(m.group("upd") or "").strip(" :-\u2013\u2014").lower() for m in heads[1:]}
    return "updated" not in words and "" not in words


def _known(dates: list[date | None]) -> list[date] | None:
    """The dates when every one is known (a page's order is read from all of them or none)."""
    known = [d for d in dates if d is not None]
    return known if len(known) == len(dates) else None


def _dates_of(heads: list[re.Match[str]]) -> list[date | None]:
    """The dates of the item heads. "03/06/2024" is read day first when another head of the page
    has a day over 12 there, month first when one has it in the second place ("3/22/2019"), and
    not at all when the page never says."""
    numeric = [(int(m.group("a4")), int(m.group("b4"))) for m in heads if m.group("a4")]
    if any(a > 12 for a, _ in numeric):
        month_first: bool | None = False
    elif any(b > 12 for _, b in numeric):
        month_first = True
    else:
        month_first = None
    return [_date_of(m, month_first) for m in heads]


def _date_of(m: re.Match[str], month_first: bool | None) -> date | None:
    """None for a head without a year ("January 6 update"): a page may run across a year's
    end, so such heads are taken newest first, as update pages are kept."""
    try:
        if m.group("d5") or m.group("d6"):
            return None
        if m.group("d1"):
            month = m.group("m1").lower().rstrip(".")
            number = _MONTHS.get(month) or _HU_MONTHS[month]
            return date(int(m.group("y1")), number, int(m.group("d1")))
        if m.group("d2"):
            return date(
                int(m.group("y2")), _MONTHS[m.group("m2").lower().rstrip(".")], int(m.group("d2"))
            )
        if m.group("y3"):
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        if month_first is None:
            return None
        a, b, y = int(m.group("a4")), int(m.group("b4")), int(m.group("y4"))
        return date(y, a, b) if month_first else date(y, b, a)
    except (ValueError, KeyError):
        return None
