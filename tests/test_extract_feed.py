"""type: feed: RSS and Atom entries become notices; anything that is not a feed is an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from monitor.config import Source
from monitor.extract import ExtractError, extract

SAMPLES = Path(__file__).parent / "samples"
HMRC_URL = "https://www.gov.uk/government/organisations/hm-revenue-customs.atom"
RSS_URL = "https://www.post.example/en/service-updates.rss"
# Cut inside the first <entry>, as a dropped connection would.
_HMRC = (SAMPLES / "hmrc_atom.xml").read_bytes()
TRUNCATED = _HMRC[: _HMRC.index(b"<entry>") + 12]


def make_source(**fields: object) -> Source:
    base = {"id": "test-feed", "name": "Test feed", "operator": "Test", "kind": "postal"}
    return Source(**(base | {"origin": "GB", "type": "feed", "url": RSS_URL} | fields))


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def test_govuk_atom_entries() -> None:
    notices = extract(make_source(url=HMRC_URL), sample("hmrc_atom.xml"))
    assert [n.title for n in notices] == [
        "Sending goods to the United States by post",
        "Changes to customs declarations for parcels moving into Northern Ireland",
        "Import VAT on low value consignments",
        "HMRC tax receipts and National Insurance contributions for the UK (monthly bulletin)",
    ]
    first, second = notices[0], notices[1]
    # GOV.UK versions ids with the update time; the key drops it so an update stays one notice
    assert first.key == "https://www.gov.uk/guidance/sending-goods-to-the-united-states-by-post"
    assert first.url == "https://www.gov.uk/guidance/sending-goods-to-the-united-states-by-post"
    assert first.published == "2025-08-29T15:30:07Z"  # +01:00 in the feed, stored as UTC
    # The summary's relative link is made absolute, its list kept as "- " lines.
    assert "making a customs declaration (https://www.gov.uk/guidance/customs-declarations-" in (
        first.text
    )
    assert second.text.splitlines()[-3:] == [
        "- a description of the goods",
        "- the commodity code",
        "- the value of each item",
    ]
    assert "£135" in notices[2].text


def test_rss_keys_links_dates_and_content() -> None:
    notices = extract(make_source(), sample("postal_news_rss.xml"))
    by_title = {n.title: n for n in notices}
    us = by_title["Temporary suspension of goods shipments to the United States"]
    assert us.key == "post-example-2025-0412"  # the guid
    assert us.published == "2025-08-29T08:30:00Z"
    # content:encoded is fuller than description and wins.
    assert "- gifts worth less than USD 100" in us.text.splitlines()
    assert (
        "customs rules for the United States (https://www.post.example/en/customs/united-states)"
        in (us.text)
    )
    israel = by_title["Delays to mail for Israel"]
    # No guid: the key is the link, made absolute against the feed URL.
    assert israel.key == israel.url == "https://www.post.example/en/service-updates/israel-delays"
    assert israel.published == "2025-08-20T08:00:00Z"
    assert israel.text == "Items to Israel may take up to 10 days longer than usual."


def test_relative_links_resolve_against_the_final_url() -> None:
    notices = extract(
        make_source(), sample("postal_news_rss.xml"), url="https://mirror.example/feeds/news.rss"
    )
    assert "https://mirror.example/en/service-updates/israel-delays" in {n.url for n in notices}


def test_entry_without_id_or_link_gets_a_title_hash_key() -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Strike at the sorting centre</title><description>Delays.</description></item>
      </channel></rss>"""
    (notice,) = extract(make_source(), feed)
    (again,) = extract(make_source(), feed.replace(b"Delays.", b"Longer delays."))
    assert notice.key.startswith("hash:")
    assert notice.key == again.key  # the text changed, the title did not
    assert notice.url is None and notice.published is None


def test_empty_valid_feeds_give_no_notices() -> None:
    rss = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
    atom = b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>'
    assert extract(make_source(), rss) == []
    assert extract(make_source(), atom) == []


def test_bozo_feed_with_usable_entries_gives_them() -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Fish & chips</title><link>https://p.example/a</link></item>
      </channel></rss>"""  # a bare "&" is not well-formed XML
    (notice,) = extract(make_source(), feed)
    assert notice.title == "Fish & chips"
    assert notice.key == "https://p.example/a"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            b'<?xml version="1.0"?>\n<rss version="2.0">\n<channel><title>\x01</title>',
            "malformed feed: not well-formed (invalid token) at line 3, column 16",
        ),
        (TRUNCATED, "malformed feed: no element found at line 12, column 4"),
        (b"<!DOCTYPE html><html><body><p>Moved</p></body></html>", "not a feed: got an HTML page"),
        (b"\x89PNG\r\n\x1a\n\x00\x00garbage", "malformed feed: not well-formed"),
        (b'<?xml version="1.0"?><catalog><book/></catalog>', "not a feed: no RSS, Atom or RDF"),
        (b"", "not a feed: empty response"),
        (
            b"<feed><entry><title>cut off</title>",
            "malformed feed: no element found at line 1, column 35",
        ),
    ],
)
def test_what_is_not_a_feed_is_an_extract_error(body: bytes, message: str) -> None:
    with pytest.raises(ExtractError) as raised:
        extract(make_source(), body)
    assert str(raised.value).startswith(message)


def test_a_body_that_is_a_url_or_a_path_is_never_fetched_or_opened(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/feed.xml").respond_with_data(
        sample("postal_news_rss.xml"), content_type="application/rss+xml"
    )
    local = tmp_path / "feed.xml"
    local.write_bytes(sample("postal_news_rss.xml"))
    for body in (httpserver.url_for("/feed.xml").encode(), str(local).encode()):
        with pytest.raises(ExtractError):
            extract(make_source(), body)
    assert httpserver.log == []
