"""HTML to plain text shaped for line diffs.

Change detection compares notices line by line, so the text keeps the structure a reader needs
(list items, link targets, headings, paragraphs) and puts every table row on ONE line with cells
joined by " | ". A changed cell is then a one-line diff; a padded column layout (what inscriptis
and browsers' "copy as text" produce) would rewrite every row when one cell grows. The
conversion is a small tree walk of our own rather than inscriptis so that this format (and
"- " bullets, "text (url)" links) is exact and stable across library versions.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from bs4 import BeautifulSoup, CData, NavigableString, Tag

__all__ = ["anchor_url", "html_to_text", "link_url", "one_line", "plain_text"]

# Elements whose content is never text a reader sees (or is page chrome such as form controls).
_DROPPED = frozenset(
    "script style noscript template head title meta link base svg math canvas iframe object "
    "embed select option datalist input button textarea audio video map".split()
)
# Blocks separated by a blank line (paragraph-like).
_PARAGRAPHS = frozenset(
    "p h1 h2 h3 h4 h5 h6 blockquote pre hr figure dl address details table".split()
)
# Blocks that only start and end a line.
_LINES = frozenset(
    "div section article header footer main nav aside dt dd tr td th caption figcaption form "
    "fieldset legend summary center body html hgroup dialog search menu tbody thead tfoot".split()
)
_LISTS = frozenset(("ul", "ol"))
# Characters that render as nothing but would make equal texts differ.
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff\u00ad")
_MAX_LINK = 2000


def html_to_text(fragment: Tag | str, base_url: str | None = None) -> str:
    """Plain text of ``fragment`` (a bs4 Tag or HTML string); links resolved on ``base_url``."""
    if isinstance(fragment, str):
        if "<" not in fragment and "&" not in fragment:
            return plain_text(fragment)
        fragment = BeautifulSoup(fragment, "lxml")
    try:
        return _Converter(base_url).convert(fragment)
    except RecursionError:
        # Pathologically deep markup: keep the words rather than fail the whole source.
        return " ".join(fragment.get_text(" ").translate(_INVISIBLE).split())


def one_line(fragment: Tag | str, base_url: str | None = None) -> str:
    """The text of ``fragment`` on one line (titles, table cells)."""
    return " ".join(html_to_text(fragment, base_url).split())


def link_url(href: str | None, base_url: str | None) -> str | None:
    """Absolute URL of a link, or None for in-page anchors, scripts and data URLs."""
    if not href:
        return None
    href = href.strip()
    scheme = href[:11].lower()
    if not href or href.startswith("#") or scheme.startswith(("javascript:", "data:", "vbscript:")):
        return None
    if base_url:
        try:
            href = urljoin(base_url, href)
        except ValueError:  # e.g. an invalid IPv6 host in the href
            return None
    return href


def anchor_url(a: Tag, base_url: str | None) -> str | None:
    """:func:`link_url` of an ``<a>`` element's href (None without one). bs4 types attribute
    values as text or, for multi-valued attributes such as ``class``, a list: href is text."""
    href = a.get("href")
    return link_url(href if isinstance(href, str) else None, base_url)


def plain_text(text: str) -> str:
    """Text that is not HTML, laid out like html_to_text output (spaces collapsed per line)."""
    lines = (" ".join(line.translate(_INVISIBLE).split()) for line in text.splitlines())
    return _squeeze(list(lines))


def _squeeze(lines: list[str]) -> str:
    """Join lines: no trailing spaces, at most one blank line in a row, none at the ends."""
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _same_address(text: str, url: str) -> bool:
    def norm(value: str) -> str:
        value = value.strip().lower()
        value = re.sub(r"^(?:https?://|mailto:|tel:)", "", value)
        value = value.removeprefix("www.")
        return value.rstrip("/")

    return norm(text) == norm(url)


class _Converter:
    """Writes text into lines; block elements request line breaks that collapse together."""

    def __init__(self, base_url: str | None) -> None:
        self.base_url = base_url
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.started = False  # the current line has its prefix (and maybe text)
        self.has_text = False  # the current line has text after its prefix
        self.brk = 0  # pending break: 1 = new line, 2 = blank line
        self.space = False  # a space is due before the next text
        self.li_depth = 0
        self.bullet = False  # the next line starts a list item
        self.pre = 0

    def convert(self, node: Tag) -> str:
        if node.name in _DROPPED:
            return ""
        if node.name == "table":
            self._table(node)
        elif node.name == "tr":
            self._row(node)
        else:
            self._walk(node)
        self._flush()
        return _squeeze(self.lines)

    # -- output ---------------------------------------------------------------------------

    def _request(self, n: int) -> None:
        if self.li_depth and n > 1:
            n = 1  # keep lists compact
        if n > self.brk:
            self.brk = n

    def _flush(self) -> None:
        if self.started:
            self.lines.append("".join(self.cur).rstrip())
        self.cur = []
        self.started = self.has_text = False

    def _start(self) -> None:
        if self.brk:
            if self.has_text:
                self._flush()
            if self.brk == 2 and self.lines and self.lines[-1]:
                self.lines.append("")
            self.brk = 0
            self.space = False
        if not self.started:
            if self.bullet:
                prefix = "  " * (self.li_depth - 1) + "- "
                self.bullet = False
            else:
                prefix = "  " * self.li_depth
            self.cur = [prefix]
            self.started = True

    def _write(self, words: str) -> None:
        """Write already-collapsed text inline."""
        self._start()
        if self.space and self.has_text:
            self.cur.append(" ")
        self.cur.append(words)
        self.has_text = True
        self.space = False

    def _text(self, raw: str) -> None:
        raw = raw.translate(_INVISIBLE)
        if self.pre:
            self._pre_text(raw)
            return
        words = raw.split()
        if not words:
            if raw and self.has_text:
                self.space = True
            return
        if raw[0].isspace() and self.has_text:
            self.space = True
        self._write(" ".join(words))
        self.space = raw[-1].isspace()

    def _pre_text(self, raw: str) -> None:
        for i, part in enumerate(raw.expandtabs(4).split("\n")):
            if i:
                if self.has_text:
                    self._flush()
                else:
                    self.lines.append("")
            part = part.rstrip()
            if part:
                self._start()
                self.cur.append(part)
                self.has_text = True

    def _line(self, text: str) -> None:
        """Write ``text`` as a line of its own."""
        if text:
            self._request(1)
            self._write(text)
            self._request(1)

    # -- walking --------------------------------------------------------------------------

    def _walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                self._element(child)
            elif type(child) is NavigableString or type(child) is CData:
                self._text(child)
            # comments, doctypes, processing instructions, ruby annotations: not text

    def _element(self, el: Tag) -> None:
        name = el.name
        if name in _DROPPED or el.has_attr("hidden"):
            return
        if name == "br":
            self._request(1 if self.has_text else 2)
            return
        if name == "a":
            self._link(el)
            return
        if name == "table" and el.find("table") is None:
            self._request(2)
            self._table(el)
            self._request(2)
            return
        if name in _LISTS:
            # A list is a paragraph of its own, unless nested in another list.
            self._request(2)
            self._walk(el)
            self._request(2)
            return
        if name == "li":
            self._request(1)
            self.li_depth += 1
            self.bullet = True
            self.space = False
            self._walk(el)
            self.li_depth -= 1
            self.bullet = False
            self._request(1)
            return
        if name == "img":
            return
        if name in _PARAGRAPHS:
            self._request(2)
            if name == "pre":
                self.pre += 1
                self._walk(el)
                self.pre -= 1
            else:
                self._walk(el)
            self._request(2)
            return
        if name in _LINES:
            self._request(1)
            self._walk(el)
            self._request(1)
            return
        self._walk(el)  # inline element

    def _link(self, a: Tag) -> None:
        url = anchor_url(a, self.base_url)
        label = " ".join(a.get_text(" ").translate(_INVISIBLE).split())
        if not label:
            img = a.find("img", alt=True)
            label = " ".join(str(img["alt"]).split()) if img is not None else ""
            if label:
                self._text(label)
        else:
            self._walk(a)
        if url and label and len(url) <= _MAX_LINK and not _same_address(label, url):
            self.space = True
            self._write(f"({url})")

    def _table(self, table: Tag) -> None:
        for child in table.children:
            if not isinstance(child, Tag):
                continue
            if child.name == "caption":
                self._line(self._cell(child))
            elif child.name == "tr":
                self._row(child)
            elif child.name in ("thead", "tbody", "tfoot"):
                for tr in child.find_all("tr", recursive=False):
                    self._row(tr)

    def _row(self, tr: Tag) -> None:
        if tr.has_attr("hidden"):
            return
        cells = [self._cell(c) for c in tr.find_all(("td", "th"), recursive=False)]
        if any(cells):
            self._line(" | ".join(cells))

    def _cell(self, cell: Tag) -> str:
        return " ".join(_Converter(self.base_url).convert(cell).split())
