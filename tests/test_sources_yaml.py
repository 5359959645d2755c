"""The shipped sources.yaml: it validates, it covers the catalogue, and its field mappings and
selectors read the real shapes of the feeds and pages (the samples in tests/samples)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from monitor.config import load_sources
from monitor.detect import compile_patterns, display_text
from monitor.extract import extract

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(__file__).resolve().parent / "samples"


@pytest.fixture(scope="module")
def shipped():
    return load_sources(ROOT / "sources.yaml")


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def test_the_shipped_file_validates_and_covers_customs_postal_and_carriers(shipped):
    assert len(shipped.sources) >= 25
    kinds = {s.kind for s in shipped.sources}
    assert {"customs", "postal", "carrier"} <= kinds
    assert len(shipped.enabled()) >= 25
    assert len({urlsplit(s.url).hostname for s in shipped.sources}) >= 20


def test_feeds_and_apis_come_first(shipped):
    types = [s.type for s in shipped.sources]
    first_html = types.index("html")
    assert first_html >= 5
    assert all(t in ("feed", "json") for t in types[:first_html])
    assert all(t == "html" for t in types[first_html:])


def test_every_source_is_complete_enough_to_run(shipped):
    for s in shipped.sources:
        assert s.language, s.id
        assert 3600 <= s.interval <= 86400, s.id
        if s.type == "html":
            assert s.selector, f"{s.id}: an html source needs a region to watch"


def test_the_structured_sources_of_the_catalogue_are_there(shipped):
    cbp_api = shipped.by_id("federal-register-cbp")
    assert "conditions[agencies][]=u-s-customs-and-border-protection" in cbp_api.url
    usps_api = shipped.by_id("federal-register-usps")
    assert "conditions[agencies][]=postal-service" in usps_api.url
    rss = [s for s in shipped.sources if "federalregister.gov/api/v1/documents.rss" in s.url]
    assert rss and all(s.type == "feed" for s in rss)
    hmrc = shipped.by_id("hmrc-atom")
    assert (hmrc.type, hmrc.url) == (
        "feed",
        "https://www.gov.uk/government/organisations/hm-revenue-customs.atom",
    )
    csms = shipped.by_id("cbp-csms")
    assert csms.type == "json" and csms.items is None
    assert "USDHSCBP_WIDGET_2" in csms.url


# --- the shipped mappings against the real shapes ------------------------------------------------


def test_federal_register_mapping_reads_the_api_response(shipped):
    source = shipped.by_id("federal-register-cbp")
    body = sample("federal_register.json")
    results = json.loads(body)["results"]
    notices = extract(source, body, url=source.url)
    assert [n.key for n in notices] == [r["document_number"] for r in results]
    assert [n.title for n in notices] == [r["title"] for r in results]
    assert [n.url for n in notices] == [r["html_url"] for r in results]
    assert [n.published[:10] for n in notices] == [r["publication_date"] for r in results]
    abstracts = [(n, r["abstract"]) for n, r in zip(notices, results, strict=True) if r["abstract"]]
    assert abstracts
    for notice, abstract in abstracts:
        first_words = " ".join(re.sub(r"<[^>]+>", " ", abstract).split()[:6])
        assert first_words in " ".join(notice.text.split())


def test_the_usps_federal_register_entry_reads_the_same_shape(shipped):
    source = shipped.by_id("federal-register-usps")
    notices = extract(source, sample("federal_register.json"), url=source.url)
    assert len(notices) == 3 and all(n.title and n.url and n.published for n in notices)


def test_cbp_csms_widget_mapping_reads_the_jsonp(shipped):
    source = shipped.by_id("cbp-csms")
    body = sample("cbp_csms_widget.jsonp")
    wrapped = re.fullmatch(rb"\s*GDWidgets\[0\]\.update\((.*)\);?\s*", body, re.DOTALL)
    assert wrapped, "the sample is the widget's JSONP"
    bulletins = json.loads(wrapped.group(1))
    notices = extract(source, body, url=source.url)
    assert [n.title for n in notices] == [b["subject"].replace("&amp;", "&") for b in bulletins]
    assert [n.url for n in notices] == [b["href"] for b in bulletins]
    assert all(n.published and n.published.startswith("2025-08-2") for n in notices)


def test_hmrc_atom_entry_reads_the_feed(shipped):
    source = shipped.by_id("hmrc-atom")
    body = sample("hmrc_atom.xml")
    notices = extract(source, body, url=source.url)
    assert len(notices) == body.count(b"<entry>")
    assert notices[0].title == "Sending goods to the United States by post"
    assert all(n.url and n.url.startswith("https://www.gov.uk/") for n in notices)
    assert all(n.published for n in notices)


def test_royal_mail_region_and_its_last_updated_line_is_ignored(shipped):
    source = shipped.by_id("royal-mail-incidents")
    body = sample("royalmail_incidents.html")
    # The live page writes dates as "7th of December 2023": give the sample that form.
    stamp = re.search(rb"Last updated: [^<]*", body)
    assert stamp
    v1 = body.replace(stamp.group(0), b"Last updated: 7th of December 2023")
    v2 = body.replace(stamp.group(0), b"Last updated: 15th of October 2024")
    v3 = v2.replace(b"Delivery delays of up to 2 weeks.", b"Services are suspended.")
    ignore = compile_patterns(source.ignore)
    texts = []
    for version in (v1, v2, v3):
        (notice,) = extract(source, version, url=source.url)
        texts.append(display_text(notice.text, ignore))
    assert "suspended the acceptance of goods" in texts[0]
    assert "Track your item" not in texts[0]  # the site navigation is outside the region
    assert "Last updated" not in texts[0]
    assert texts[0] == texts[1]  # only the stamp changed: no change
    assert texts[1] != texts[2]  # an incident changed: a change


def test_japan_post_status_table_is_one_line_per_country(shipped):
    source = shipped.by_id("japan-post-status-en")
    (notice,) = extract(source, sample("japanpost_status.html"), url=source.url)
    lines = display_text(notice.text, compile_patterns(source.ignore)).splitlines()
    israel = [line for line in lines if "Israel" in line]
    assert len(israel) == 1 and "×" in israel[0] and "○" in israel[0]
    assert not any("Copyright" in line for line in lines)  # the footer is outside #contents
