"""``type: html``: a CSS-scoped region of a page, as one notice or one notice per item."""

from __future__ import annotations

import re
from urllib.parse import urldefrag

from bs4 import BeautifulSoup, Tag
from soupsieve import SelectorSyntaxError

from monitor.config import Source
from monitor.extract import ExtractError, register
from monitor.extract._dates import to_iso
from monitor.extract._decode import declared_charset, decode
from monitor.extract._keys import clip, text_key
from monitor.htmltext import anchor_url, html_to_text, link_url, one_line
from monitor.notice import Notice

_LINK_TARGET = re.compile(r" \((?:https?://|mailto:|tel:)[^\s)]*\)")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PUBLISHED_META = (
    "article:published_time",
    "govuk:first-published-at",
    "dcterms.issued",
    "dc.date.issued",
    "dc.date",
)


@register("html")
def extract_html(
    source: Source, body: bytes, *, url: str, encoding: str | None = None
) -> list[Notice]:
    """The region ``source.selector`` (default ``body``), split by ``source.item_selector``."""
    text = _page_text(body, encoding)
    soup = BeautifulSoup(text, "lxml")
    base = _base_url(soup, url)
    selector = source.selector or "body"
    regions = _select(soup, selector)
    if not regions:
        raise ExtractError(f"selector '{selector}' matched nothing")
    if not source.item_selector:
        return [_page_notice(soup, regions, source, url, base)]
    items: list[Tag] = []
    for region in regions:
        items.extend(_select(region, source.item_selector))
    return _item_notices(_outermost(items), page_urls={source.url, url}, base=base)


def _page_text(body: bytes, encoding: str | None) -> str:
    if not body.strip():
        raise ExtractError("not an HTML page: empty response")
    if body.startswith(b"%PDF-"):
        raise ExtractError("not an HTML page: a PDF document")
    text = decode(body, encoding, declared_charset(body))
    head = text[:8192]
    controls = sum(1 for ch in head if ch < " " and ch not in "\t\n\r\f")
    if controls * 20 > len(head):
        raise ExtractError("not an HTML page: binary data")
    if "<" not in text or ">" not in text:
        raise ExtractError("not an HTML page: no markup found")
    return text


def _select(node: Tag, selector: str) -> list[Tag]:
    try:
        return node.select(selector)
    except (SelectorSyntaxError, ValueError, NotImplementedError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ExtractError(f"invalid selector '{selector}': {message}") from exc


def _base_url(soup: BeautifulSoup, url: str) -> str:
    base = soup.find("base", href=True)
    if base is not None:
        return link_url(str(base["href"]), url) or url
    return url


def _outermost(items: list[Tag]) -> list[Tag]:
    """Drop matches nested in another match, so no text is counted twice."""
    chosen = {id(item) for item in items}
    out = []
    for item in items:
        if not any(id(parent) in chosen for parent in item.parents):
            out.append(item)
        chosen.add(id(item))
    return out


def _page_notice(
    soup: BeautifulSoup, regions: list[Tag], source: Source, url: str, base: str
) -> Notice:
    title = ""
    page_title = soup.title
    if page_title is not None and page_title.find_parent("svg") is None:
        title = " ".join(page_title.get_text(" ").split())
    if not title:
        heading = next((h for r in regions for h in [r.find(_HEADINGS)] if h is not None), None)
        title = one_line(heading, base) if heading is not None else source.name
    text = "\n\n".join(t for t in (html_to_text(r, base) for r in regions) if t)
    published = _meta_date(soup)
    return Notice(key=source.url, title=clip(title, 300), url=url, published=published, text=text)


def _meta_date(soup: BeautifulSoup) -> str | None:
    for meta in soup.find_all("meta", content=True):
        name = str(meta.get("property") or meta.get("name") or "").lower()
        if name in _PUBLISHED_META:
            return to_iso(str(meta["content"]))
    return None


def _item_notices(items: list[Tag], page_urls: set[str], base: str) -> list[Notice]:
    pages = {urldefrag(u).url for u in page_urls}
    links = [_first_link(item, base) for item in items]
    counts: dict[str, int] = {}
    for link in links:
        if link:
            counts[link] = counts.get(link, 0) + 1
    notices = []
    for item, link in zip(items, links, strict=True):
        text = html_to_text(item, base)
        if not text:
            continue
        if link and counts[link] == 1 and urldefrag(link).url not in pages:
            key = link  # the item's own page
        else:
            key = text_key(item.get_text(" "))
        time_tag = item.find("time", datetime=True)
        published = to_iso(str(time_tag["datetime"])) if time_tag is not None else None
        notices.append(
            Notice(
                key=key,
                title=_item_title(item, text, base),
                url=link or base,
                published=published,
                text=text,
            )
        )
    return notices


def _first_link(item: Tag, base: str) -> str | None:
    anchors = [item] if item.name == "a" else item.find_all("a", href=True)
    for a in anchors:
        url = anchor_url(a, base)
        if url:
            return url
    return None


def _item_title(item: Tag, text: str, base: str) -> str:
    heading = item.find(_HEADINGS)
    if heading is not None and (title := " ".join(heading.get_text(" ").split())):
        return clip(title)
    if item.name == "tr":
        for cell in item.find_all(("td", "th"), recursive=False):
            if title := " ".join(cell.get_text(" ").split()):
                return clip(title)
    lead = _leading_emphasis(item)
    if lead:
        return clip(lead)
    first = next((line for line in text.splitlines() if line.strip()), "")
    return clip(_LINK_TARGET.sub("", first).strip().removeprefix("- "))


def _leading_emphasis(item: Tag) -> str:
    """A strong/b that the item starts with (a bold word mid-sentence is not a title)."""
    first = next((s for s in item.strings if s.strip()), None)
    if first is None:
        return ""
    for parent in first.parents:
        if parent is item:
            return ""
        if parent.name in ("strong", "b"):
            return " ".join(parent.get_text(" ").split())
    return ""
