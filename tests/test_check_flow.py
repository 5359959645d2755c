"""The watch pipeline end to end: real HTTP on loopback, a real SQLite file, stored events."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from werkzeug import Response

from monitor.checker import Checker
from monitor.config import JsonFields, Settings, Source
from monitor.fetch import Fetcher
from storage import connect
from storage.events import list_events
from storage.source_state import get_state, recent_fetches


def atom(entries: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f"<entry><id>tag:post.example,2026:{i}</id><title>{t}</title><link href='https://post.example/{i}'/>"
        f"<updated>2026-11-0{n + 1}T09:00:00Z</updated><summary>{s}</summary></entry>"
        for n, (i, t, s) in enumerate(entries)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>Example Post notices</title><id>urn:x</id><updated>2026-11-01T00:00:00Z</updated>"
        f"{body}</feed>"
    )


def page(rows: list[tuple[str, str]], stamp: str = "3 November 2026") -> str:
    cells = "".join(f"<tr><td>{c}</td><td>{s}</td></tr>" for c, s in rows)
    return (
        "<html><head><title>Incidents</title></head><body><nav>Menu</nav><main>"
        f"<p>Last updated: {stamp}</p><h1>International incidents</h1>"
        f"<table><tr><th>Country</th><th>Status</th></tr>{cells}</table></main></body></html>"
    )


FEED_V1 = [
    ("n1", "Mail to Chile delayed", "Items for Chile may be delayed by a strike."),
    ("n2", "New stamps", "A new set of stamps celebrates birds."),
]
FEED_V2 = [
    ("n1", "Mail to Chile delayed", "Items for Chile may be delayed by a strike."),
    (
        "n3",
        "Suspension of mail to Peru",
        "With immediate effect, acceptance of all mail items for Peru is suspended.",
    ),
]


@pytest.fixture
def site(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver


@pytest.fixture
def fetcher():
    f = Fetcher(
        host_spacing=0,
        retries=1,
        backoff_factor=0,
        read_timeout=1.5,
        connect_timeout=1,
        max_bytes=200_000,
        max_retry_after=0.1,
    )
    yield f
    f.close()


def src(site, sid: str, type_: str, path: str, **kw) -> Source:
    return Source(
        id=sid,
        name=f"Example {sid}",
        operator="Example Post",
        kind="postal",
        origin="GB",
        type=type_,
        url=site.url_for(path),
        interval=3600,
        **kw,
    )


def serve(site, path: str, body: str, content_type: str = "text/html; charset=utf-8") -> None:
    site.expect_request(path).respond_with_data(body, content_type=content_type)


def replace(site, path: str, body: str, content_type: str = "text/html; charset=utf-8") -> None:
    """Swap what a path serves (pytest-httpserver keeps the first matching handler)."""
    handlers = site.handlers
    for h in list(handlers):
        if h.matcher.uri == path:
            handlers.remove(h)
    site.expect_request(path).respond_with_data(body, content_type=content_type)


def events(db_path, **kw):
    return list_events(connect(db_path), **kw)


def test_feed_baseline_then_new_updated_removed(site, fetcher, tmp_path):
    db_path = tmp_path / "pw.db"
    source = src(site, "feed", "feed", "/feed.xml")
    serve(site, "/feed.xml", atom(FEED_V1), "application/atom+xml")
    checker = Checker(db_path, Settings(host_spacing=0), fetcher=fetcher)

    first = checker.check_one(source)
    assert first.status == "baseline" and first.notices == 2
    assert events(db_path) == []  # a first check alerts on nothing

    replace(site, "/feed.xml", atom(FEED_V2), "application/atom+xml")
    second = checker.check_one(source)
    assert second.status == "changed"
    got = {(e["kind"], e["notice_key"]) for e in events(db_path)}
    assert got == {("new", "tag:post.example,2026:n3"), ("removed", "tag:post.example,2026:n2")}
    new = next(e for e in events(db_path) if e["kind"] == "new")
    assert new["title"] == "Suspension of mail to Peru"
    assert new["url"] == "https://post.example/n3"
    # classified on the way in: Peru, a suspension, critical
    assert new["relevant"] is True and new["destinations"] == ["PE"]
    assert new["change_kind"] == "suspension" and new["severity"] == "critical"
    # a feed that rolls an entry off says nothing about it: stored, never alerted
    removed = next(e for e in events(db_path) if e["kind"] == "removed")
    assert removed["relevant"] is False

    v3 = [FEED_V2[0], ("n3", FEED_V2[1][1], FEED_V2[1][2] + " Mail for Bolivia is also suspended.")]
    replace(site, "/feed.xml", atom(v3), "application/atom+xml")
    checker.check_one(source)
    updated = [e for e in events(db_path) if e["kind"] == "updated"]
    assert len(updated) == 1
    assert "+" in updated[0]["diff"] and "Bolivia" in updated[0]["diff"]
    assert "Bolivia" in updated[0]["added_text"]


def test_html_table_row_change_is_one_line_and_noise_is_not(site, fetcher, tmp_path):
    db_path = tmp_path / "pw.db"
    source = src(site, "page", "html", "/incidents", selector="main")
    rows = [("Chile", "Delays"), ("Peru", "Delays"), ("Kenya", "Normal service")]
    serve(site, "/incidents", page(rows))
    checker = Checker(db_path, Settings(host_spacing=0), fetcher=fetcher)
    assert checker.check_one(source).status == "baseline"

    # only the time stamp and whitespace differ: nothing to report
    replace(
        site, "/incidents", page(rows, stamp="4 November 2026 at 10:12").replace("<td>", "<td>  ")
    )
    assert checker.check_one(source).status == "unchanged"
    assert events(db_path) == []

    rows2 = [
        ("Chile", "Delays"),
        ("Peru", "Suspended until further notice"),
        ("Kenya", "Normal service"),
    ]
    replace(site, "/incidents", page(rows2))
    assert checker.check_one(source).status == "changed"
    [event] = events(db_path)
    assert event["kind"] == "updated"
    removed_lines = [
        ln for ln in event["diff"].splitlines() if ln.startswith("-") and not ln.startswith("---")
    ]
    added_lines = [
        ln for ln in event["diff"].splitlines() if ln.startswith("+") and not ln.startswith("+++")
    ]
    assert len(removed_lines) == 1 and len(added_lines) == 1
    assert "Peru" in added_lines[0] and "Suspended" in added_lines[0]

    # flipping back to the previous version is not a change either
    replace(site, "/incidents", page(rows))
    checker.check_one(source)
    assert len(events(db_path)) == 1


def test_json_api_new_and_removed(site, fetcher, tmp_path):
    db_path = tmp_path / "pw.db"
    fields = JsonFields(
        id="document_number",
        title="title",
        text="abstract",
        link="html_url",
        date="publication_date",
    )
    source = src(site, "api", "json", "/api/documents.json", items="results", fields=fields)

    def doc(n, title, abstract):
        return {
            "document_number": n,
            "title": title,
            "abstract": abstract,
            "html_url": f"https://rules.example/{n}",
            "publication_date": "2026-11-02",
        }

    one = {"results": [doc("2026-1", "Notice of meeting", "A public meeting on forms.")]}
    two = {
        "results": [
            doc(
                "2026-2",
                "New data requirements for postal shipments to the United States",
                "Postal items sent to the United States must carry advance electronic data.",
            )
        ]
    }
    serve(site, "/api/documents.json", json.dumps(one), "application/json")
    checker = Checker(db_path, Settings(host_spacing=0), fetcher=fetcher)
    checker.check_one(source)
    replace(site, "/api/documents.json", json.dumps(two), "application/json")
    checker.check_one(source)
    got = {(e["kind"], e["notice_key"]) for e in events(db_path)}
    assert got == {("new", "2026-2"), ("removed", "2026-1")}
    new = next(e for e in events(db_path) if e["kind"] == "new")
    assert new["url"] == "https://rules.example/2026-2" and new["published"].startswith(
        "2026-11-02"
    )


def test_not_modified_stores_nothing_new(site, fetcher, tmp_path):
    db_path = tmp_path / "pw.db"
    source = src(site, "feed", "feed", "/feed.xml")
    site.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    site.expect_request("/feed.xml").respond_with_data(
        atom(FEED_V1), content_type="application/atom+xml", headers={"ETag": '"v1"'}
    )
    checker = Checker(db_path, Settings(host_spacing=0), fetcher=fetcher)
    checker.check_one(source)
    db = connect(db_path)
    before = {t: db[t].count for t in ("contents", "notices", "notice_versions", "events")}
    result = checker.check_one(source)
    assert result.status == "not_modified"
    assert {t: db[t].count for t in before} == before
    assert get_state(db, "feed")["etag"] == '"v1"'
    assert recent_fetches(db, "feed")[0]["not_modified"] == 1


@pytest.fixture
def slow_server():
    """A server that answers too late, in its own threads so that it holds up no one else."""

    class Slow(BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(3)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _redirect_loop(request):
    return Response("", status=302, headers={"Location": request.path})


LATIN_PAGE = "<html><body><main><p>Envois vers la Côte d'Ivoire suspendus</p></main></body></html>"
BAD = {
    "not-found": (Response("gone", status=404), "404"),
    "server-error": (Response("oops", status=503), "503"),
    "bad-xml": (
        Response("<feed><entry><title>broken", content_type="application/atom+xml"),
        "extract",
    ),
    "oversized": (Response("x" * 300_000, content_type="text/html"), "large"),
    "loop": (_redirect_loop, "redirect"),
}


def test_bad_sources_fail_alone_and_lose_nothing(site, slow_server, fetcher, tmp_path):
    db_path = tmp_path / "pw.db"
    good = src(site, "good", "feed", "/feed.xml")
    serve(site, "/feed.xml", atom(FEED_V1), "application/atom+xml")
    bad_sources = []
    for name, (responder, _) in BAD.items():
        handler = site.expect_request(f"/bad/{name}")
        if callable(responder) and not isinstance(responder, Response):
            handler.respond_with_handler(responder)
        else:
            handler.respond_with_response(responder)
        bad_sources.append(src(site, name, "feed" if name == "bad-xml" else "html", f"/bad/{name}"))
    # the same kind of source, served by the server that answers too late
    slow = src(site, "timeout", "html", "/slow").model_copy(update={"url": f"{slow_server}/slow"})
    bad_sources.append(slow)
    # wrong charset: declared utf-8, sent latin-1: decoded with replacement, still extracted
    site.expect_request("/latin").respond_with_data(
        LATIN_PAGE.encode("latin-1"),
        content_type="text/html; charset=utf-8",
    )
    latin = src(site, "latin", "html", "/latin", selector="main")
    checker = Checker(db_path, Settings(host_spacing=0, workers=4), fetcher=fetcher)
    checker.check_many([good, latin])
    db = connect(db_path)
    stored_before = db["notices"].count

    summary = checker.check_many([good, *bad_sources, latin])
    by_id = {r.source_id: r for r in summary.results}
    assert by_id["good"].status == "unchanged"
    assert by_id["latin"].status == "unchanged"
    for name, (_, words) in BAD.items():
        assert by_id[name].status == "error", (name, by_id[name])
        assert words in by_id[name].error.lower(), (name, by_id[name].error)
        state = get_state(db, name)
        assert state["last_status"] == "error" and state["consecutive_failures"] == 1
        assert recent_fetches(db, name)[0]["error"]
    assert by_id["timeout"].status == "error" and "timed out" in by_id["timeout"].error
    assert summary.failed == len(BAD) + 1 and summary.checked == len(BAD) + 3
    assert db["notices"].count == stored_before


def test_a_failing_source_backs_off(site, fetcher, tmp_path):
    db_path = tmp_path / "pw.db"
    site.expect_request("/down").respond_with_data("no", status=500)
    source = src(site, "down", "html", "/down")
    checker = Checker(db_path, Settings(host_spacing=0), fetcher=fetcher)
    dues = []
    for _ in range(3):
        checker.check_one(source)
        state = get_state(connect(db_path), "down")
        dues.append((state["next_due_at"], state["last_check_at"]))
    from datetime import datetime

    gaps = [
        (
            datetime.fromisoformat(d.replace("Z", "+00:00"))
            - datetime.fromisoformat(c.replace("Z", "+00:00"))
        ).total_seconds()
        for d, c in dues
    ]
    assert gaps[0] >= 3599 and gaps[1] >= 2 * 3599 and gaps[2] >= 4 * 3599
    assert get_state(connect(db_path), "down")["consecutive_failures"] == 3


def test_two_checks_of_one_source_at_once_store_each_change_once(site, fetcher, tmp_path):
    """`policywatch check` run by hand while the service checks the same source."""
    from monitor.checker import observe, record

    db_path = tmp_path / "pw.db"
    source = src(site, "feed", "feed", "/feed.xml")
    serve(site, "/feed.xml", atom(FEED_V1), "application/atom+xml")
    checker = Checker(db_path, Settings(host_spacing=0), fetcher=fetcher)
    checker.check_one(source)
    replace(site, "/feed.xml", atom(FEED_V2), "application/atom+xml")
    state = get_state(connect(db_path), "feed")
    first = observe(db_path, source, state, fetcher)
    second = observe(db_path, source, state, fetcher)  # both saw the same stored notices
    assert record(db_path, first, state).events == 2
    late = record(db_path, second, state)
    assert late.events == 0 and late.status == "unchanged"
    assert len(events(db_path)) == 2
    assert connect(db_path)["notices"].count == 3


def test_a_failure_while_storing_leaves_nothing_half_written(site, fetcher, tmp_path, monkeypatch):
    db_path = tmp_path / "pw.db"
    source = src(site, "feed", "feed", "/feed.xml")
    serve(site, "/feed.xml", atom(FEED_V1), "application/atom+xml")
    checker = Checker(db_path, Settings(host_spacing=0), fetcher=fetcher)
    checker.check_one(source)
    replace(site, "/feed.xml", atom(FEED_V2), "application/atom+xml")
    db = connect(db_path)
    before = {t: db[t].count for t in ("contents", "notices", "notice_versions", "events")}

    def disk_full(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("monitor.checker.event_store.insert_event", disk_full)
    failed = checker.check_one(source)
    assert failed.status == "error" and "disk full" in failed.error
    assert {t: db[t].count for t in before} == before  # the notice rows went back too
    monkeypatch.undo()
    again = checker.check_one(source)  # so the next check finds the change again
    assert again.status == "changed" and again.events == 2
