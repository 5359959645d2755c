"""Milliseconds per extraction of a ~50 KB feed and a ~50 KB HTML page with items.

Every changed check of a source extracts its body once; with 2,000 sources this is the
per-check CPU cost of the extract step. Run: python bench/extract_micro.py [repeats]
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from monitor.config import JsonFields, Source
from monitor.extract import extract
from monitor.htmltext import html_to_text

TARGET = 50_000
PARAGRAPH = (
    "From 25 August 2025 we no longer accept parcels containing goods to the United States. "
    "Letters and documents are not affected; gifts under USD 100 remain possible."
)


def _source(**fields: object) -> Source:
    return Source(id="bench", name="Bench", operator="Bench", kind="postal", origin="GB", **fields)


def atom_feed(size: int = TARGET) -> bytes:
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<id>https://www.gov.uk/x</id><title>Bench feed</title>"
        "<updated>2025-08-29T16:30:07+01:00</updated>\n"
    )
    entries = []
    i = 0
    while len(head) + sum(map(len, entries)) < size:
        i += 1
        entries.append(
            f"<entry><id>https://www.gov.uk/guidance/notice-{i}#2025-08-29T16:30:07+01:00</id>"
            f"<updated>2025-08-{1 + i % 28:02d}T16:30:07+01:00</updated>"
            f'<link rel="alternate" type="text/html" href="https://www.gov.uk/guidance/notice-{i}"/>'
            f"<title>Notice {i}: changes to postal services</title>"
            f'<summary type="html">&lt;p&gt;{PARAGRAPH}&lt;/p&gt;&lt;ul&gt;&lt;li&gt;letters'
            f'&lt;/li&gt;&lt;li&gt;&lt;a href="/guidance/{i}"&gt;guidance&lt;/a&gt;&lt;/li&gt;'
            "&lt;/ul&gt;</summary></entry>\n"
        )
    return (head + "".join(entries) + "</feed>").encode()


def item_page(size: int = TARGET) -> bytes:
    head = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Notices</title>'
        "<script>var x = 1;</script></head><body><header><nav><ul>"
        + "".join(f'<li><a href="/nav/{n}">Menu {n}</a></li>' for n in range(30))
        + '</ul></nav></header><main><div class="news-list">'
    )
    items = []
    i = 0
    while len(head) + sum(map(len, items)) < size:
        i += 1
        items.append(
            f'<article class="news-item"><h2><a href="/news/{i}">Notice {i}</a></h2>'
            f'<p class="meta"><time datetime="2025-08-{1 + i % 28:02d}">date</time></p>'
            f"<p>{PARAGRAPH}</p><table><tr><td>Country {i}</td><td>Suspended</td>"
            f"<td>22/08/2025</td></tr></table></article>\n"
        )
    return (head + "".join(items) + "</div></main><footer>Footer</footer></body></html>").encode()


def measure(label: str, fn: Callable[[], object], repeats: int) -> None:
    fn()  # warm up (imports, caches)
    start = time.perf_counter()
    for _ in range(repeats):
        fn()
    ms = (time.perf_counter() - start) * 1000 / repeats
    print(f"{label:<48} {ms:8.2f} ms")


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    feed, page = atom_feed(), item_page()
    feed_src = _source(type="feed", url="https://www.gov.uk/x.atom")
    items_src = _source(
        type="html", url="https://e.example/news", selector=".news-list", item_selector="article"
    )
    whole_src = _source(type="html", url="https://e.example/news", selector="main")
    fr = _source(
        type="json",
        url="https://www.federalregister.gov/api/v1/documents.json",
        items="results",
        fields=JsonFields(id="document_number", title="title", text="abstract", link="html_url"),
    )
    results = [
        {
            "document_number": f"2025-{i:05d}",
            "title": f"Document {i}",
            "abstract": PARAGRAPH,
            "html_url": f"https://www.federalregister.gov/d/2025-{i:05d}",
            "publication_date": "2025-08-28",
        }
        for i in range(200)
    ]
    fr_body = json.dumps({"count": 200, "results": results}).encode()
    n_feed = len(extract(feed_src, feed))
    n_items = len(extract(items_src, page))
    sizes = f"feed: {len(feed) // 1000} KB, {n_feed} entries; page: {len(page) // 1000} KB, "
    print(sizes + f"{n_items} items; json: {len(fr_body) // 1000} KB; {repeats} repeats")
    measure("feed (Atom, 50 KB)", lambda: extract(feed_src, feed), repeats)
    measure("html with item_selector (50 KB)", lambda: extract(items_src, page), repeats)
    measure("html whole region (50 KB)", lambda: extract(whole_src, page), repeats)
    measure("html_to_text of the page string (50 KB)", lambda: html_to_text(page.decode()), repeats)
    measure(
        f"json (Federal Register, {len(fr_body) // 1000} KB)", lambda: extract(fr, fr_body), repeats
    )


if __name__ == "__main__":
    main()
