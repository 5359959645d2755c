"""The watching commands as an admin uses them: check, status, changes, sources."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main
from storage import connect

ROOT = Path(__file__).resolve().parents[1]

FEED = """<?xml version='1.0' encoding='utf-8'?>
<feed xmlns='http://www.w3.org/2005/Atom'><title>Harbour Post notices</title><id>urn:hp</id>
<updated>2026-11-01T00:00:00Z</updated>{entries}</feed>"""
ENTRY = """<entry><id>tag:harbour.example,2026:{id}</id><title>{title}</title>
<link href='https://harbour.example/notices/{id}'/><updated>2026-11-02T08:00:00Z</updated>
<summary>{text}</summary></entry>"""


def feed(*entries: tuple[str, str, str]) -> str:
    return FEED.format(entries="".join(ENTRY.format(id=i, title=t, text=x) for i, t, x in entries))


SOURCES = """# our sources
settings:
  host_spacing: 0s
  timeout: 5s
sources:
  # the harbour feed
  - id: harbour-post
    name: Harbour Post notices
    operator: Harbour Post
    kind: postal
    origin: NZ
    type: feed
    url: {url}
    interval: 1h
"""


@pytest.fixture
def site(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


def serve(site, path: str, body: str, content_type: str = "application/atom+xml") -> None:
    for h in list(site.handlers):
        if h.matcher.uri == path:
            site.handlers.remove(h)
    site.expect_request(path).respond_with_data(body, content_type=content_type)


def run(tmp_path: Path, *args: str, input: str | None = None):
    result = CliRunner().invoke(
        main,
        ["--db", str(tmp_path / "pw.db"), "--sources", str(tmp_path / "sources.yaml"), *args],
        input=input,
        catch_exceptions=False,
    )
    return result


def test_check_then_changes_list_show_and_status(site, tmp_path):
    (tmp_path / "sources.yaml").write_text(SOURCES.format(url=site.url_for("/feed.xml")))
    serve(
        site,
        "/feed.xml",
        feed(("1", "Opening hours over the holidays", "Our counters close at 4 pm.")),
    )
    first = run(tmp_path, "check", "--no-deliver")
    assert first.exit_code == 0, first.output
    assert "harbour-post: baseline (1 notices, 0 events)" in first.output
    assert "checked 1, changed 0, failed 0" in first.output

    serve(
        site,
        "/feed.xml",
        feed(
            ("1", "Opening hours over the holidays", "Our counters close at 4 pm."),
            (
                "2",
                "Mail to Samoa suspended",
                "Acceptance of all mail for Samoa is suspended until further notice.",
            ),
        ),
    )
    second = run(tmp_path, "check", "--json", "--no-deliver")
    summary = json.loads(second.output)
    assert summary["checked"] == 1 and summary["changed"] == 1 and summary["events"] == 1

    listed = json.loads(run(tmp_path, "changes", "list", "--json").output)
    assert len(listed) == 1
    change = listed[0]
    assert change["title"] == "Mail to Samoa suspended" and change["kind"] == "new"
    assert change["destinations"] == ["WS"] and change["change_kind"] == "suspension"
    assert (
        json.loads(run(tmp_path, "changes", "list", "--json", "--destination", "FR").output) == []
    )
    assert (
        json.loads(run(tmp_path, "changes", "list", "--json", "--since", "2999-01-01").output) == []
    )
    bad_since = run(tmp_path, "changes", "list", "--since", "last tuesday")
    assert bad_since.exit_code != 0 and "--since" in bad_since.output

    shown = run(tmp_path, "changes", "show", str(change["id"]))
    assert "Destinations: WS" in shown.output and "suspension" in shown.output
    assert "Acceptance of all mail for Samoa" in shown.output
    assert run(tmp_path, "changes", "show", "999").exit_code != 0

    status = json.loads(run(tmp_path, "status", "--json").output)
    assert status[0]["id"] == "harbour-post" and status[0]["last_status"] == "ok"
    assert status[0]["next_due_at"] > status[0]["last_check_at"]


def test_check_reports_failing_sources_and_still_completes(site, tmp_path):
    (tmp_path / "sources.yaml").write_text(
        SOURCES.format(url=site.url_for("/feed.xml"))
        + """  - id: broken-page
    name: Broken page
    operator: Nowhere Post
    kind: postal
    origin: NO
    type: html
    url: {url}
""".format(url=site.url_for("/missing"))
    )
    serve(site, "/feed.xml", feed(("1", "Stamps", "New stamps.")))
    site.expect_request("/missing").respond_with_data("not here", status=404)
    result = run(tmp_path, "check", "--no-deliver")
    assert result.exit_code == 0  # one source failing is a report, not a crash
    assert "broken-page: error" in result.output and "404" in result.output
    assert "checked 2, changed 0, failed 1" in result.output
    status = run(tmp_path, "status")
    assert re.search(r"broken-page\s+\S+\s+error", status.output)
    assert "404" in status.output


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_shipped_sources_each_fail_cleanly_without_network(tmp_path):
    """The real sources.yaml, every URL pointed at a closed local port (no network here)."""
    text = (ROOT / "sources.yaml").read_text()
    port = _closed_port()
    text = re.sub(r"url: https?://\S+", f"url: http://127.0.0.1:{port}/x", text)
    text = re.sub(r"host_spacing: \S+", "host_spacing: 0s", text)
    text = re.sub(r"retries: \d+", "retries: 0", text)  # a refused connection fails at once
    (tmp_path / "sources.yaml").write_text(text)
    enabled = len(re.findall(r"^\s+enabled: false", text, re.M))
    total = len(re.findall(r"^  - id: ", text, re.M))
    result = run(tmp_path, "check", "--no-deliver")
    assert result.exit_code == 1  # every source failed
    assert f"checked {total - enabled}, changed 0, failed {total - enabled}" in result.output
    assert result.output.count(": error (network: ") == total - enabled
    assert connect(tmp_path / "pw.db")["notices"].count == 0


def test_sources_validate_and_list(tmp_path):
    shipped = CliRunner().invoke(
        main, ["--sources", str(ROOT / "sources.yaml"), "sources", "validate"]
    )
    assert shipped.exit_code == 0 and "valid" in shipped.output
    (tmp_path / "sources.yaml").write_text(
        SOURCES.format(url="ftp://files.example/x").replace("interval: 1h", "interval: soon")
    )
    bad = run(tmp_path, "sources", "validate")
    assert bad.exit_code == 1
    assert "sources.yaml:13:" in bad.output and "url" in bad.output
    assert "sources.yaml:14:" in bad.output and "interval" in bad.output
    listed = CliRunner().invoke(main, ["--sources", str(ROOT / "sources.yaml"), "sources", "list"])
    assert "hmrc" in listed.output and "federal-register" in listed.output


def test_sources_test_shows_notices_and_stores_nothing(site, tmp_path):
    (tmp_path / "sources.yaml").write_text(SOURCES.format(url=site.url_for("/feed.xml")))
    serve(
        site,
        "/feed.xml",
        feed(("7", "Customs data for Japan", "Electronic data is needed for items to Japan.")),
    )
    result = run(tmp_path, "sources", "test", "harbour-post")
    assert result.exit_code == 0, result.output
    assert "1 notices" in result.output and "Customs data for Japan" in result.output
    db = connect(tmp_path / "pw.db")
    assert db["notices"].count == 0 and db["fetches"].count == 0
    unknown = run(tmp_path, "sources", "test", "harbor-post")
    assert unknown.exit_code != 0 and "harbour-post" in unknown.output  # did you mean


def test_sources_add_appends_a_valid_entry_keeping_comments(site, tmp_path):
    (tmp_path / "sources.yaml").write_text(SOURCES.format(url=site.url_for("/feed.xml")))
    serve(site, "/other.xml", feed(("1", "Delays to Fiji", "Mail to Fiji is delayed.")))
    # a loopback address says nothing of the operator's country: it must be given
    unsure = run(tmp_path, "sources", "add", site.url_for("/other.xml"), "--yes")
    assert unsure.exit_code != 0 and "--origin" in unsure.output
    result = run(
        tmp_path,
        "sources",
        "add",
        site.url_for("/other.xml"),
        "--yes",
        "--origin",
        "fj",
        "--operator",
        "Post Fiji",
    )
    assert result.exit_code == 0, result.output
    assert "Delays to Fiji" in result.output  # the preview
    text = (tmp_path / "sources.yaml").read_text()
    assert "# our sources" in text and "# the harbour feed" in text
    assert text.count("  - id: ") == 2 and "type: feed" in text.split("harbour-post", 1)[1]
    assert "origin: FJ" in text and "operator: Post Fiji" in text
    assert run(tmp_path, "sources", "validate").exit_code == 0
    again = run(tmp_path, "sources", "add", site.url_for("/other.xml"), "--yes", "--origin", "FJ")
    assert again.exit_code != 0 and "already watched" in again.output


def test_sources_add_asks_for_the_origin_when_a_redirect_names_another_country(site, tmp_path):
    (tmp_path / "sources.yaml").write_text(SOURCES.format(url=site.url_for("/feed.xml")))
    serve(site, "/en-us/alerts.xml", feed(("1", "Delays to Fiji", "Mail to Fiji is delayed.")))
    site.expect_request("/de-de/alerts.xml").respond_with_data(
        "", status=302, headers={"Location": site.url_for("/en-us/alerts.xml")}
    )
    # the German site asked for, the American one fetched: which country sends is unclear
    result = run(tmp_path, "sources", "add", site.url_for("/de-de/alerts.xml"), "--yes")
    assert result.exit_code != 0
    assert "redirected" in result.output and "--origin" in result.output
    assert (tmp_path / "sources.yaml").read_text().count("  - id: ") == 1
    given = run(
        tmp_path, "sources", "add", site.url_for("/de-de/alerts.xml"), "--yes", "--origin", "DE"
    )
    assert given.exit_code == 0, given.output
    assert "origin: DE" in (tmp_path / "sources.yaml").read_text()


def test_classify_command_answers_json_lines():
    lines = [
        {
            "id": "a",
            "title": "Suspension of mail to Yemen",
            "text": "All items for Yemen are suspended.",
        },
        {"id": "b", "title": "New stamp issue", "text": "Collectors will love our winter stamps."},
    ]
    proc = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "classify"],
        input="\n".join(json.dumps(x) for x in lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert out[0]["destinations"] == ["YE"] and out[0]["change_kind"] == "suspension"
    assert out[0]["relevant"] is True and out[1]["relevant"] is False
    contract = {"relevant", "destinations", "categories", "change_kind", "severity", "evidence"}
    assert all(contract <= set(o) for o in out)


def test_changes_show_says_which_alerts_carried_the_change(site, tmp_path):
    (tmp_path / "sources.yaml").write_text(SOURCES.format(url=site.url_for("/feed.xml")))
    serve(site, "/feed.xml", feed(("1", "Stamps", "New stamps.")))
    run(tmp_path, "check")
    sub = run(tmp_path, "subscribe", "--name", "Pacific desk", "--console", "--destination", "WS")
    assert sub.exit_code == 0, sub.output
    serve(
        site,
        "/feed.xml",
        feed(
            ("1", "Stamps", "New stamps."),
            ("2", "Mail to Samoa suspended", "All mail for Samoa is suspended."),
        ),
    )
    checked = run(tmp_path, "check")
    assert "Mail to Samoa suspended" in checked.output  # the console alert
    [change] = json.loads(run(tmp_path, "changes", "list", "--json").output)
    shown = run(tmp_path, "changes", "show", str(change["id"]))
    assert "Alerts:" in shown.output
    assert "by console to" in shown.output and ": sent" in shown.output
