"""``type: feed``: RSS, Atom and RDF feeds through feedparser, fed the fetched bytes."""

from __future__ import annotations

import io
import re
import xml.sax

import feedparser

from monitor.config import Source
from monitor.extract import ExtractError, register
from monitor.extract._dates import to_iso
from monitor.extract._keys import clip, text_key
from monitor.htmltext import html_to_text, link_url, plain_text
from monitor.notice import Notice

# Some publishers (GOV.UK) version an entry's id with its update time: "<url>#2026-11-02T10:00".
# The notice is the same one, so the key drops that fragment and an update stays an update.
_VERSION_FRAGMENT = re.compile(r"#\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_XML_DECLARATION = re.compile(rb"^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)?<\?xml")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


@register("feed")
def extract_feed(
    source: Source, body: bytes, *, url: str, encoding: str | None = None
) -> list[Notice]:
    """One notice per entry. The encoding hint is not used: an XML feed declares its own, and
    feedparser's RFC 3023 rules would read a charset-less ``text/xml`` hint as ASCII."""
    if not body.strip():
        raise ExtractError("not a feed: empty response")
    # A stream, never bytes or str: feedparser treats a string as a URL or a file name.
    # Its HTML sanitising and link rewriting are skipped (half its time): html_to_text drops
    # scripts and resolves links itself, and the result is plain text escaped downstream.
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers={"content-location": url},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    entries = parsed.entries
    if isinstance(parsed.get("bozo_exception"), xml.sax.SAXParseException):
        # Not well-formed (a bare "&", or cut short): keep the entries that can be told apart;
        # a title-only fragment is more likely the cut-off tail than a notice.
        entries = [e for e in entries if e.get("id") or e.get("link")]
    notices = [n for n in (_notice(entry, url) for entry in entries) if n is not None]
    if not notices:
        _check_empty_feed(parsed, body)
    return notices


def _check_empty_feed(parsed: feedparser.FeedParserDict, body: bytes) -> None:
    """A result without entries is an empty feed only if it parsed cleanly as one."""
    if _HTML_START.search(body[:2048]):
        raise ExtractError("not a feed: got an HTML page")
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(problem, xml.sax.SAXParseException):
        # feedparser puts an XML declaration line in front of a body that has none.
        shift = 0 if _XML_DECLARATION.match(body) else 1
        raise ExtractError(f"malformed feed: {_describe(problem, shift)}")
    if not parsed.get("version"):
        raise ExtractError("not a feed: no RSS, Atom or RDF root element")


def _describe(exc: xml.sax.SAXParseException, shift: int) -> str:
    line, column = exc.getLineNumber(), exc.getColumnNumber()
    if line is None or column is None:  # no position known (expat always gives one)
        return exc.getMessage()
    return f"{exc.getMessage()} at line {max(1, line - shift)}, column {column}"


def _notice(entry: feedparser.FeedParserDict, feed_url: str) -> Notice | None:
    """The entry as a notice; None for an entry with nothing in it (a truncated tail)."""
    link = link_url(entry.get("link"), feed_url)
    title = _title(entry, link or feed_url)
    text = _text(entry, link or feed_url)
    if not (title or text or link or entry.get("id")):
        return None
    key = _VERSION_FRAGMENT.sub("", entry.get("id") or "") or link or text_key(title or text)
    if not title:
        title = clip(text.splitlines()[0], 300) if text else (link or key)
    published = to_iso(entry.get("published_parsed") or entry.get("updated_parsed"))
    if published is None:
        published = to_iso(entry.get("published") or entry.get("updated"))
    return Notice(key=key, title=title, url=link, published=published, text=text)


def _title(entry: feedparser.FeedParserDict, base: str) -> str:
    title = entry.get("title") or ""
    detail = entry.get("title_detail") or {}
    if detail.get("type") in _HTML_TYPES and ("<" in title or "&" in title):
        title = html_to_text(title, base)
    return clip(title, 300)


def _text(entry: feedparser.FeedParserDict, base: str) -> str:
    """The fullest body the entry has: content (HTML preferred), else summary."""
    contents = entry.get("content") or []
    detail = next((c for c in contents if c.get("type") in _HTML_TYPES), None)
    if detail is None and contents:
        detail = contents[0]
    if detail is None or not (detail.get("value") or "").strip():
        detail = entry.get("summary_detail") or {"value": entry.get("summary", "")}
    value = detail.get("value") or ""
    base = detail.get("base") or base
    if detail.get("type") == "text/plain":
        return plain_text(value)
    return html_to_text(value, base)
