"""type: html: a CSS region of a page as one notice, or one notice per item with stable keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import Source
from monitor.extract import ExtractError, extract

SAMPLES = Path(__file__).parent / "samples"
RM_URL = "https://www.royalmail.com/sending/international/international-incidents"
NEWS_URL = "https://customs.example/en/news"


def make_source(**fields: object) -> Source:
    base = {"id": "test-page", "name": "Test page", "operator": "Test", "kind": "postal"}
    return Source(**(base | {"origin": "GB", "type": "html", "url": NEWS_URL} | fields))


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def item_page(*articles: str) -> bytes:
    items = "".join(articles)
    return f"<html><body><main><div class='list'>{items}</div></main></body></html>".encode()


def article(title: str, href: str | None = None, body: str = "Details.") -> str:
    heading = f"<a href='{href}'>{title}</a>" if href else title
    return f"<article><h3>{heading}</h3><p>{body}</p></article>"


def keys_by_title(body: bytes) -> dict[str, str]:
    source = make_source(selector=".list", item_selector="article")
    return {n.title: n.key for n in extract(source, body)}


def test_royal_mail_incident_table_as_one_notice() -> None:
    source = make_source(url=RM_URL, selector="#international-incidents")
    (notice,) = extract(source, sample("royalmail_incidents.html"))
    assert notice.key == RM_URL
    assert notice.url == RM_URL
    assert notice.title == "International incidents | Royal Mail Group Ltd"
    lines = notice.text.splitlines()
    assert lines[:3] == ["International incidents", "", "Last updated: 29 August 2025, 10:15"]
    assert "Country | Start date | Latest update | Incident" in lines
    assert (
        "Israel | 14/06/2025 | 20/08/2025 | Mail may be delayed due to reduced flight capacity."
        in (lines)
    )
    assert (
        lines[-1] == "New Caledonia | 20/05/2024 | 15/08/2025 | Delivery delays of up to 2 weeks."
    )
    # Links are absolute; nothing outside the region (menu, footer, scripts) is in the text.
    assert "Read more (https://www.royalmail.com/usa-customs-changes)" in notice.text
    for outside in ("Track your item", "Cookies", "dataLayer", "Skip to main content"):
        assert outside not in notice.text


def test_royal_mail_rows_as_items() -> None:
    source = make_source(url=RM_URL, selector="#international-incidents", item_selector="tbody tr")
    notices = extract(source, sample("royalmail_incidents.html"))
    assert [n.title for n in notices] == [
        "United States of America",
        "Israel",
        "Sudan",
        "New Caledonia",
    ]
    us, israel = notices[0], notices[1]
    assert us.key == us.url == "https://www.royalmail.com/usa-customs-changes"
    assert israel.key.startswith("hash:") and israel.url == RM_URL  # no link of its own
    assert israel.text == (
        "Israel | 14/06/2025 | 20/08/2025 | Mail may be delayed due to reduced flight capacity."
    )


def test_notice_list_items_with_links_dates_and_titles() -> None:
    source = make_source(
        url="https://customs.example/news", selector=".news-list", item_selector="article"
    )
    # The server redirected to /en/: relative links resolve against the final URL.
    notices = extract(source, sample("notice_list.html"), url=NEWS_URL + "/")
    assert [(n.key, n.published) for n in notices] == [
        ("https://customs.example/news/2025/08/low-value-imports", "2025-08-28"),
        ("https://customs.example/news/2025/08/lithium-batteries", "2025-08-21T07:30:00Z"),
        ("https://customs.example/en/news/news/2025/08/office-hours", "2025-08-01"),
    ]
    batteries = notices[1]
    assert batteries.title == "Lithium batteries no longer accepted in postal items"
    assert batteries.url == batteries.key
    assert "- Spare batteries: prohibited" in batteries.text.splitlines()
    assert "Postal items containing lithium metal batteries will be returned to sender." in (
        batteries.text
    )


def test_japan_post_status_table() -> None:
    source = make_source(
        url="https://www.post.japanpost.jp/int/information/overview_en.html", selector="#contents"
    )
    (notice,) = extract(source, sample("japanpost_status.html"))
    assert (
        notice.title
        == "Temporary Suspension of International Mail Acceptance - 日本郵便 Japan Post"
    )
    lines = notice.text.splitlines()
    assert "United States of America | △*1 | × | × | ×" in lines
    assert "Israel | ○ | ○ | × | ○" in lines
    assert "details (https://www.post.japanpost.jp/int/information/2025/0822_01_en.html)" in (
        notice.text
    )


@pytest.mark.parametrize("wrong", ["utf-8", "iso-8859-1", "utf-16", "no-such-charset", None])
def test_windows_1252_german_page_with_a_wrong_encoding(wrong: str | None) -> None:
    source = make_source(
        url="https://www.deutschepost.de/de/hinweise.html",
        selector="#inhalt",
        item_selector=".hinweis",
        language="de",
    )
    notices = extract(source, sample("deutschepost_hinweise_de.html"), encoding=wrong)
    assert [n.title for n in notices] == [
        "Vereinigte Staaten: Warenversand vorübergehend ausgesetzt",
        "Zollinhaltserklärung für Sendungen in die Schweiz",
        "Verzögerungen im Versand nach Israel",
    ]
    assert "Gebühr: 1,50 €." in notices[1].text
    assert notices[0].key == "https://www.deutschepost.de/de/hinweise/usa-warenversand.html"
    assert notices[2].published == "2025-08-01"


def test_a_wrong_single_byte_encoding_garbles_but_does_not_crash() -> None:
    source = make_source(url="https://www.deutschepost.de/de/hinweise.html", selector="#inhalt")
    (notice,) = extract(source, sample("deutschepost_hinweise_de.html"), encoding="koi8-r")
    assert "Zollinhaltserkl" in notice.text


def test_keys_survive_reordering_and_an_unrelated_new_item() -> None:
    a = article("Goods to the US suspended", "/n/us")
    b = article("Strike in Canada", body="Delays of a week.")  # no link: a text hash
    c = article("Opening hours", body="Closed on Monday.")
    before = keys_by_title(item_page(a, b, c))
    after = keys_by_title(item_page(c, article("New stamps", "/n/stamps"), b, a))
    assert before["Goods to the US suspended"] == "https://customs.example/n/us"
    assert before["Strike in Canada"].startswith("hash:")
    assert {t: after[t] for t in before} == before


def test_hash_keys_ignore_case_and_whitespace_but_not_words() -> None:
    base = keys_by_title(item_page(article("Strike", body="Delays of a week.")))
    spaced = keys_by_title(item_page(article("Strike", body="  DELAYS   of a\n week. ")))
    changed = keys_by_title(item_page(article("Strike", body="Delays of two weeks.")))
    assert base == spaced
    assert base != changed


def test_a_link_shared_by_items_or_pointing_at_the_page_is_not_a_key() -> None:
    body = item_page(
        article("Mail to Chile", "/country-guides", body="Delays."),
        article("Mail to Peru", "/country-guides", body="Suspended."),
        article("Mail to Cuba", "#cuba-section", body="Suspended."),
        article("Mail to Fiji", NEWS_URL + "#fiji", body="Delays."),
    )
    keys = keys_by_title(body)
    assert all(key.startswith("hash:") for key in keys.values())
    assert len(set(keys.values())) == 4


def test_identical_items_get_stable_suffixes() -> None:
    twice = article("Delays", body="Expect delays.")
    notices = extract(
        make_source(selector=".list", item_selector="article"), item_page(twice, twice)
    )
    assert notices[1].key == notices[0].key + "~2"


def test_item_titles_fall_back_to_leading_bold_then_first_line() -> None:
    body = item_page(
        "<article><p><strong>Cuba:</strong> mail suspended.</p></article>",
        "<article><p>Mail to <b>Peru</b> is delayed.</p><p>More text.</p></article>",
    )
    assert list(keys_by_title(body)) == ["Cuba:", "Mail to Peru is delayed."]


def test_page_title_falls_back_to_the_first_heading() -> None:
    body = b"<html><body><div id='c'><h2>Service alerts</h2><p>None today.</p></div></body></html>"
    (notice,) = extract(make_source(selector="#c"), body)
    assert notice.title == "Service alerts"
    assert notice.text == "Service alerts\n\nNone today."


def test_a_region_without_items_gives_no_notices() -> None:
    body = b"<html><body><div class='list'><p>No current incidents.</p></div></body></html>"
    assert extract(make_source(selector=".list", item_selector="article"), body) == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (sample("royalmail_incidents.html"), "selector '#incident-list' matched nothing"),
        (bytes(range(256)) * 8, "not an HTML page: binary data"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not an HTML page: a PDF document"),
        (b"Service Unavailable", "not an HTML page: no markup found"),
        (b"  \n", "not an HTML page: empty response"),
    ],
)
def test_pages_that_cannot_be_read_raise(body: bytes, message: str) -> None:
    with pytest.raises(ExtractError) as raised:
        extract(make_source(selector="#incident-list"), body)
    assert str(raised.value) == message


def test_an_invalid_selector_is_an_extract_error() -> None:
    # The config loader rejects this; a source built another way must not crash extract.
    source = make_source().model_copy(update={"selector": "div[[["})
    with pytest.raises(ExtractError, match=r"^invalid selector 'div\[\[\[': "):
        extract(source, sample("notice_list.html"))


def test_a_one_megabyte_page() -> None:
    count = 5600
    row = "<tr><td>Country {i}</td><td>Suspended</td><td>{d}/08/2025</td></tr>"
    news = "".join(
        article(
            f"Notice {i}", f"/n/{i}", body="Postal services are suspended until further notice."
        )
        for i in range(count)
    )
    table = "".join(row.format(i=i, d=1 + i % 28) for i in range(count))
    body = item_page(news, f"<table>{table}</table>")
    assert len(body) > 1_000_000
    notices = extract(make_source(selector=".list", item_selector="article"), body)
    assert len(notices) == count
    assert notices[-1].key == f"https://customs.example/n/{count - 1}"
    (whole,) = extract(make_source(selector=".list"), body)
    assert f"Country {count - 1} | Suspended | 28/08/2025" in whole.text.splitlines()
