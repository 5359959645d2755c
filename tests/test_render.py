"""Rendering shared by the channels: names, subjects, evidence, email bodies, the digest page."""

from __future__ import annotations

from html.parser import HTMLParser

from alerts import render
from alerts.model import AdminNotice, Alert, Digest, DigestEntry, DigestGroup, Evidence, Place


def make_alert(**overrides) -> Alert:
    fields = dict(
        delivery_id=41,
        event_ids=[7],
        event_kind="new",
        title="Temporary suspension of goods to the United States",
        url="https://post.example/news/us-suspension",
        severity="critical",
        change_kind="suspension",
        destinations=["US"],
        categories=["all_goods", "lithium_batteries"],
        evidence=[
            Evidence("change_kind", "suspension", "suspended"),
            Evidence("destinations", "US", "United States"),
        ],
        summary="From 25 August we have suspended acceptance of goods to the United States.",
        text="From 25 August we have suspended acceptance of goods to the United States.\n\n"
        "Letters and documents are still accepted.",
        places=[
            Place(
                "example-post",
                "Example Post news",
                "Example Post",
                "https://post.example/news",
                "2026-11-28T13:29:59Z",
            )
        ],
        published="2026-11-27",
        detected_at="2026-11-28T13:29:59Z",
        subscription_id=3,
        subscription_name="US, all goods",
        unsubscribe_token="unsub-3-Zm9vYmFy",
    )
    fields.update(overrides)
    return Alert(**fields)


def make_entry(
    event_id: int, severity: str, kind: str, dests: list[str], title: str
) -> DigestEntry:
    return DigestEntry(
        event_id=event_id,
        title=title,
        url=f"https://post.example/n/{event_id}",
        severity=severity,
        change_kind=kind,
        destinations=dests,
        categories=["all_goods"],
        source_name="Example Post news",
        operator="Example Post",
        detected_at="2026-11-24T09:00:00Z",
        summary=f"Summary of notice {event_id}.",
    )


def make_digest() -> Digest:
    suspension = make_entry(1, "critical", "suspension", ["US"], "Goods to the US suspended")
    delay = make_entry(2, "medium", "delay", ["CA"], "Delays to Canada")
    limit = make_entry(3, "high", "restriction", ["CA"], "Canada: value limit for gifts")
    info = make_entry(4, "low", "informational", ["DE"], "Germany: new form explained")
    return Digest(
        delivery_id=90,
        subscription_id=3,
        subscription_name="North America",
        frequency="weekly",
        period_start="2026-11-21T00:00:00Z",
        period_end="2026-11-28T00:00:00Z",
        active_suspensions=[suspension],
        # deliberately not in severity order: the renderer puts critical first
        groups=[
            DigestGroup("DE", "Germany", [info]),
            DigestGroup("CA", "Canada", [delay, limit]),
            DigestGroup("US", "United States", [suspension]),
        ],
        unsubscribe_token="unsub-3-digest",
    )


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [value for name, value in attrs if name == "href"]

    def handle_data(self, data):
        self.text.append(data)


def parse_html(html: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(html)
    return collector


def test_destination_names_are_common_short_names():
    assert render.destination_names(["US", "GB", "KR", "RU", "*"]) == [
        "United States",
        "United Kingdom",
        "South Korea",
        "Russia",
        "All international destinations",
    ]
    assert render.destination_names(["de", "IR", "VN"]) == ["Germany", "Iran", "Vietnam"]
    assert render.destination_names(["ZZ"]) == ["ZZ"]  # unknown codes stay visible


def test_alert_subject_names_severity_kind_destination_and_source():
    assert (
        render.alert_subject(make_alert()) == "[CRITICAL] Suspension: United States (Example Post)"
    )


def test_alert_subject_shows_three_destinations_then_a_count():
    alert = make_alert(
        destinations=["US", "CA", "MX", "BR", "AR"], severity="high", change_kind="restriction"
    )
    assert render.alert_subject(alert) == (
        "[HIGH] Restriction: United States, Canada, Mexico +2 more (Example Post)"
    )


def test_alert_subject_is_one_line_even_from_hostile_text():
    hostile = "Post\r\nBcc: victim@example.com\n"
    alert = make_alert(
        destinations=[],
        title="Notice\r\nX-Injected: yes",
        places=[Place("s", hostile, hostile, None, "2026-11-28T13:29:59Z")],
    )
    subject = render.alert_subject(alert)
    assert "\n" not in subject and "\r" not in subject
    assert subject.startswith("[CRITICAL] Suspension: Notice X-Injected: yes")


def test_text_body_has_evidence_details_and_unsubscribe_hint():
    text = render.render_alert_text(make_alert())
    assert "why: 'suspended' (kind), 'United States' (destination)" in text
    assert "Temporary suspension of goods to the United States" in text
    assert "https://post.example/news/us-suspension" in text
    assert "Destinations: United States" in text
    assert "Categories:   All goods, Lithium batteries" in text
    assert "Letters and documents are still accepted." in text
    assert "To stop these alerts: policywatch unsubscribe unsub-3-Zm9vYmFy" in text


def test_text_body_drops_terminal_control_sequences():
    text = render.render_alert_text(make_alert(text="clear\x1b[2J screen\x07 and\x00 nul"))
    assert "\x1b" not in text and "\x07" not in text and "\x00" not in text
    assert "clear[2J screen and nul" in text


def test_html_body_shows_hostile_text_as_text():
    alert = make_alert(
        title='<script>alert("t")</script> & <!channel>',
        summary="<img src=x onerror=alert(1)> *bold* @here",
        text="<script>document.location='https://evil.example'</script>",
    )
    html = render.render_alert_html(alert)
    page = parse_html(html)
    assert "script" not in page.tags and "img" not in page.tags
    body_text = "".join(page.text)
    assert '<script>alert("t")</script> & <!channel>' in body_text
    assert "<img src=x onerror=alert(1)> *bold* @here" in body_text


def test_html_links_only_http_urls():
    alert = make_alert(url="javascript:alert(1)")
    page = parse_html(render.render_alert_html(alert))
    assert page.hrefs  # the source is still linked
    assert all(href.startswith(("https://", "http://")) for href in page.hrefs)
    assert "Temporary suspension of goods to the United States" in "".join(page.text)


def test_html_body_is_inline_styled_and_coloured_by_severity():
    html = render.render_alert_html(make_alert())
    assert "<style" not in html  # mail clients drop <style>; everything is inline
    assert render.SEVERITY_COLOURS["critical"] in html
    assert "policywatch unsubscribe unsub-3-Zm9vYmFy" in html


def test_long_notice_text_is_cut_with_a_pointer_to_the_notice():
    alert = make_alert(text="word " * 4000)  # 20,000 characters
    text = render.render_alert_text(alert)
    assert len(text) < render.EMAIL_TEXT_LIMIT + 2000
    assert "[cut: the full notice is at https://post.example/news/us-suspension]" in text


def test_digest_puts_active_suspensions_on_top_and_critical_groups_first():
    text = render.render_digest_text(make_digest())
    positions = [
        text.index("ACTIVE SUSPENSIONS"),
        text.index("UNITED STATES"),
        text.index("CANADA"),
        text.index("GERMANY"),
    ]
    assert positions == sorted(positions)
    # inside Canada the high restriction comes before the medium delay
    assert text.index("Canada: value limit for gifts") < text.index("Delays to Canada")
    assert "policywatch · Weekly digest, 21 Nov – 28 Nov 2026" in text
    assert "4 changes, 1 critical." in text
    assert "To stop these alerts: policywatch unsubscribe unsub-3-digest" in text


def test_digest_subject_counts_changes():
    assert render.digest_subject(make_digest()) == (
        "policywatch weekly digest 21 Nov – 28 Nov 2026: 4 changes, 1 critical"
    )


def test_digest_html_is_a_complete_page_with_linked_entries_and_colours():
    digest = make_digest()
    digest.groups[1].entries[0].title = "<script>x()</script> Delays"
    html = render.render_digest_html(digest)
    assert html.lstrip().startswith("<!DOCTYPE html>")
    page = parse_html(html)
    assert "script" not in page.tags
    assert "https://post.example/n/1" in page.hrefs and "https://post.example/n/2" in page.hrefs
    assert "Weekly digest, 21 Nov – 28 Nov 2026" in "".join(page.text)
    assert render.SEVERITY_COLOURS["critical"] in html and render.SEVERITY_COLOURS["high"] in html
    text = "".join(page.text)
    assert text.index("Active suspensions") < text.index("United States") < text.index("Germany")


def test_empty_digest_says_so():
    digest = make_digest()
    digest.active_suspensions, digest.groups = [], []
    assert "No changes matched this subscription" in render.render_digest_text(digest)
    assert "No changes matched this subscription" in render.render_digest_html(digest)


def test_admin_text_names_the_source():
    notice = AdminNotice(5, "Source example-post failing", "HTTP 503 three times.", "example-post")
    text = render.render_admin_text(notice)
    assert text.startswith("[policywatch admin] Source example-post failing")
    assert "HTTP 503 three times." in text and "Source: example-post" in text
