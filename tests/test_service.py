"""`policywatch run` as a real process against local servers: schedule, delivery, restarts,
SIGTERM, sources.yaml edits and source health; plus the arithmetic of the schedule."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from alerts.subscriptions import SubscriptionRequest, subscribe
from monitor.schedule_plan import jitter_bound, next_run, plan_start
from storage import connect
from tests.slack_standin import slack_api  # noqa: F401

WAIT = 25.0  # seconds a condition may take before the test gives up (not a speed check)


# --- the schedule's arithmetic ----------------------------------------------------------------


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def src(source_id: str, interval: int = 3600) -> SimpleNamespace:
    return SimpleNamespace(id=source_id, interval=interval)


NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def test_start_plan_keeps_stored_due_times_and_spreads_the_overdue():
    sources = [src("never"), src("late-long"), src("late-short"), src("later"), src("soon")]
    states = {
        "late-long": {"next_due_at": iso(NOW - timedelta(hours=5))},
        "late-short": {"next_due_at": iso(NOW - timedelta(minutes=1))},
        "later": {"next_due_at": iso(NOW + timedelta(hours=2))},
        "soon": {"next_due_at": iso(NOW + timedelta(seconds=30))},
    }
    plan = plan_start(sources, states, NOW, rate=1, rng=random.Random(1))
    # Not yet due: at the stored time, within the jitter, never in the past.
    assert abs(plan["later"] - (NOW + timedelta(hours=2, seconds=1))) <= timedelta(seconds=300)
    assert NOW <= plan["soon"] <= NOW + timedelta(seconds=31 + 300)
    # Overdue and never checked: one after the other from now, the longest waiting first.
    overdue = sorted(["never", "late-long", "late-short"], key=plan.get)
    assert overdue == ["never", "late-long", "late-short"]
    assert plan["never"] == NOW
    assert len({plan[s] for s in overdue}) == 3


def test_many_overdue_sources_are_spread_over_at_most_five_minutes():
    sources = [src(f"s{i}") for i in range(2000)]
    plan = plan_start(sources, {}, NOW, rate=4, rng=random.Random(1))
    times = sorted(plan.values())
    assert times[0] == NOW
    assert times[-1] <= NOW + timedelta(minutes=5)
    # evenly: no second holds more than its share
    per_second: dict[int, int] = {}
    for t in times:
        k = int((t - NOW).total_seconds())
        per_second[k] = per_second.get(k, 0) + 1
    assert max(per_second.values()) <= 2000 / 300 + 1


def test_next_run_follows_the_stored_due_time_with_bounded_jitter():
    rng = random.Random(7)
    s = src("a", interval=600)
    due = NOW + timedelta(seconds=600)
    runs = [next_run(s, {"next_due_at": iso(due)}, NOW, rng) for _ in range(200)]
    due += timedelta(seconds=1)  # stored times are cut to the second: the end of it
    assert all(abs((r - due).total_seconds()) <= 60 for r in runs)
    assert len(set(runs)) > 100  # jittered, not in lockstep
    assert jitter_bound(86400) == 300  # a tenth of the interval, at most five minutes
    # A failure backoff stored by the checker is followed as is (plus jitter).
    backoff = NOW + timedelta(hours=4)
    assert next_run(s, {"next_due_at": iso(backoff)}, NOW, rng) >= backoff - timedelta(seconds=60)
    # A due time in the past runs now, never "in the past" (which APScheduler could drop).
    assert next_run(s, {"next_due_at": iso(NOW - timedelta(days=1))}, NOW, rng) == NOW


# --- a local site whose pages the tests change ------------------------------------------------


def rss(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f"<item><guid isPermaLink='false'>{g}</guid><title>{t}</title>"
        f"<link>https://post.example/{g}</link><description>{d}</description></item>"
        for g, t, d in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Example Post</title><link>https://post.example/</link>{body}</channel></rss>"
    )


STAMPS = ("n1", "New stamps celebrate birds", "A new set of stamps celebrates garden birds.")
PERU = (
    "n2",
    "Suspension of mail to Peru",
    "With immediate effect, acceptance of all mail items for Peru is suspended.",
)
CHILE = (
    "n3",
    "Suspension of mail to Chile",
    "With immediate effect, acceptance of all mail items for Chile is suspended until further"
    " notice.",
)
NORWAY = (
    "n4",
    "Suspension of parcels to Norway",
    "We have suspended the acceptance of parcels for Norway with immediate effect.",
)


class Site:
    """Pages by path, changeable while served; remembers when each path was fetched."""

    def __init__(self, httpserver):
        self.server = httpserver
        self.pages: dict[str, tuple[int, str, str]] = {}
        self.hits: dict[str, list[float]] = {}
        self._lock = threading.Lock()
        httpserver.expect_request("/robots.txt").respond_with_data("", status=404)

    def set(self, path: str, body: str, *, status: int = 200, ctype: str = "application/rss+xml"):
        with self._lock:
            first = path not in self.pages
            self.pages[path] = (status, body, ctype)
            self.hits.setdefault(path, [])
        if first:
            self.server.expect_request(path).respond_with_handler(
                lambda request, path=path: self._answer(path)
            )
        return self.server.url_for(path)

    def _answer(self, path: str) -> Response:
        with self._lock:
            self.hits[path].append(time.monotonic())
            status, body, ctype = self.pages[path]
        return Response(body, status=status, content_type=ctype)

    def count(self, path: str) -> int:
        with self._lock:
            return len(self.hits.get(path, []))


@pytest.fixture
def site(httpserver) -> Site:
    return Site(httpserver)


def source_yaml(source_id: str, url: str, interval: str, **extra: str) -> str:
    lines = [
        f"  - id: {source_id}",
        f"    name: {source_id} notices",
        "    operator: Example Post",
        "    kind: postal",
        "    origin: GB",
        f"    type: {extra.pop('type', 'feed')}",
        f'    url: "{url}"',
        f"    interval: {interval}",
    ]
    lines += [f"    {k}: {v!r}" for k, v in extra.items()]
    return "\n".join(lines)


def write_sources(path: Path, *sources: str, timeout: str = "5s") -> None:
    text = f"settings:\n  host_spacing: 0s\n  timeout: {timeout}\n  workers: 4\nsources:\n"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text + "\n".join(sources) + "\n", encoding="utf-8")
    tmp.replace(path)  # as editors do: never a half-written file


# --- the service process -----------------------------------------------------------------------


class Run:
    """One `policywatch run` process with its output in files."""

    def __init__(self, tmp: Path, name: str, env: dict[str, str] | None, *args: str):
        self.out_path, self.err_path = tmp / f"{name}.out", tmp / f"{name}.err"
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYWATCH_")}
        full_env.update(env or {})
        full_env["PYTHONUNBUFFERED"] = "1"
        cmd = [sys.executable, "-m", "monitor.cli", "--db", str(tmp / "pw.db")]
        cmd += ["--sources", str(tmp / "sources.yaml"), "run", "--reload-interval", "0.3s", *args]
        with open(self.out_path, "w") as out, open(self.err_path, "w") as err:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=full_env)

    @property
    def out(self) -> str:
        return self.out_path.read_text(encoding="utf-8")

    @property
    def err(self) -> str:
        return self.err_path.read_text(encoding="utf-8")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def terminate(self) -> int:
        """SIGTERM; the exit status (the process has 10 s, the issue's bound)."""
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=10)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)


@pytest.fixture
def service(tmp_path):
    runs: list[Run] = []

    def start(name: str = "run", env: dict[str, str] | None = None, *args: str) -> Run:
        run = Run(tmp_path, name, env, *args)
        runs.append(run)
        return run

    yield start
    for run in runs:
        if run.alive():
            run.kill()


def wait_for(condition, what: str, run: Run | None = None, timeout: float = WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if run is not None and not run.alive():
            pytest.fail(f"service exited ({run.proc.returncode}) waiting for {what}:\n{run.err}")
        time.sleep(0.1)
    detail = f"\n--- log ---\n{run.err[-3000:]}" if run else ""
    pytest.fail(f"gave up waiting for {what}{detail}")


def rows(db_path: Path, sql: str, params=()) -> list[dict]:
    return list(connect(db_path).query(sql, params))


def state(db_path: Path, source_id: str) -> dict:
    found = rows(db_path, "SELECT * FROM source_state WHERE source_id = ?", [source_id])
    return found[0] if found else {}


def subscribe_all(db_path: Path, channel: str = "console", target: str = "console") -> None:
    subscribe(
        connect(db_path),
        SubscriptionRequest(
            name="everything", channel=channel, target=target, destinations=["*"], categories=[]
        ),
    )


# --- the tests ---------------------------------------------------------------------------------


def test_checks_on_schedule_delivers_to_slack_and_stops_on_sigterm(
    tmp_path,
    site,
    service,
    slack_api,  # noqa: F811
):
    db = tmp_path / "pw.db"
    url = site.set("/a.xml", rss([STAMPS]))
    write_sources(tmp_path / "sources.yaml", source_yaml("post-a", url, "2s"))
    subscribe_all(db, "slack", "#alerts")
    run = service("run", slack_api.env())

    wait_for(lambda: state(db, "post-a").get("baseline_at"), "the baseline", run)
    site.set("/a.xml", rss([STAMPS, PERU]))
    wait_for(lambda: slack_api.messages_to("#alerts"), "the alert in Slack", run)
    wait_for(lambda: site.count("/a.xml") >= 4, "more scheduled checks", run)

    assert run.terminate() == 0
    [message] = slack_api.messages_to("#alerts")
    assert "Peru" in message.text
    [delivery] = rows(db, "SELECT * FROM deliveries WHERE kind = 'alert'")
    assert delivery["status"] == "sent" and delivery["channel"] == "slack"
    # Every check waited for its interval (2 s, jitter at most a tenth of it).
    hits = site.hits["/a.xml"]
    assert min(b - a for a, b in zip(hits, hits[1:], strict=False)) >= 1.75
    log = run.err
    assert "post-a: baseline recorded" in log
    assert "post-a: changed, 1 events" in log
    assert "SIGTERM received" in log and log.rstrip().endswith("stopped")
    assert "unchanged" not in log  # one line per event that matters, not per check


def test_sigkill_and_restart_neither_lose_nor_repeat_alerts_or_due_checks(tmp_path, site, service):
    db = tmp_path / "pw.db"
    sources = tmp_path / "sources.yaml"
    write_sources(
        sources,
        source_yaml("fast", site.set("/fast.xml", rss([STAMPS])), "2s"),
        source_yaml("hourly", site.set("/hourly.xml", rss([STAMPS])), "1h"),
        source_yaml("lapsed", site.set("/lapsed.xml", rss([STAMPS])), "1h"),
    )
    subscribe_all(db)
    first = service("first")
    for sid in ("fast", "hourly", "lapsed"):
        wait_for(lambda sid=sid: state(db, sid).get("baseline_at"), f"{sid} baseline", first)
    site.set("/fast.xml", rss([STAMPS, PERU]))
    wait_for(
        lambda: rows(db, "SELECT 1 FROM deliveries WHERE kind='alert' AND status='sent'"),
        "the Peru alert sent",
        first,
    )
    first.kill()  # SIGKILL: no chance to clean up
    assert first.out.count("Suspension of mail to Peru") >= 1

    # While it is down: an hour passes for "lapsed" (its check falls due), "hourly" is not due
    # yet, and a change is stored by a one-off check that did not get to deliver it.
    hourly_hits = site.count("/hourly.xml")
    lapsed_fetches = len(rows(db, "SELECT id FROM fetches WHERE source_id = 'lapsed'"))
    past = iso(datetime.now(UTC) - timedelta(minutes=5))
    connect(db).execute("UPDATE source_state SET next_due_at = ? WHERE source_id='lapsed'", [past])
    site.set("/lapsed.xml", rss([STAMPS, CHILE]))
    site.set("/fast.xml", rss([STAMPS, PERU, NORWAY]))
    check = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "--db", str(db), "--sources", str(sources)]
        + ["check", "--source", "fast", "--no-deliver"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stderr

    second = service("second")

    def sent_titles() -> list[str]:
        return [
            r["title"]
            for r in rows(
                db,
                "SELECT e.title FROM deliveries d JOIN events e ON e.id = d.event_id"
                " WHERE d.kind = 'alert' AND d.status = 'sent'",
            )
        ]

    wait_for(lambda: len(sent_titles()) >= 3, "the stored and the lapsed alerts sent", second)
    assert second.terminate() == 0

    # Each alert exactly once, none lost: Peru by the first process, Norway (stored before
    # the restart) and Chile (the lapsed check) by the second.
    assert sorted(sent_titles()) == [
        "Suspension of mail to Chile",
        "Suspension of mail to Peru",
        "Suspension of parcels to Norway",
    ]
    assert "Peru" not in second.out
    assert second.out.count("Suspension of parcels to Norway") == 1
    assert second.out.count("Suspension of mail to Chile") == 1
    # The lapsed check ran once after the restart; the hourly one was not repeated.
    assert len(rows(db, "SELECT id FROM fetches WHERE source_id = 'lapsed'")) == lapsed_fetches + 1
    assert site.count("/hourly.xml") == hourly_hits


def test_edits_to_sources_yaml_take_effect_without_a_restart(tmp_path, site, service):
    db = tmp_path / "pw.db"
    sources = tmp_path / "sources.yaml"
    a_url = site.set("/a.xml", rss([STAMPS]))
    b_url = site.set("/b.xml", rss([STAMPS]))
    c_url = site.set("/c.xml", rss([STAMPS]))
    write_sources(sources, source_yaml("post-a", a_url, "1s"))
    run = service("run")
    wait_for(lambda: state(db, "post-a").get("baseline_at"), "a's baseline", run)

    # A source removed and another added.
    write_sources(sources, source_yaml("post-b", b_url, "1s"))
    wait_for(lambda: state(db, "post-b").get("baseline_at"), "b, added", run)
    a_hits = site.count("/a.xml")
    b_hits = site.count("/b.xml")
    wait_for(lambda: site.count("/b.xml") >= b_hits + 2, "b checked again", run)
    assert site.count("/a.xml") == a_hits  # a is no longer checked

    # A broken edit is reported with its line and changes nothing.
    sources.write_text(sources.read_text().replace("interval: 1s", "interval: soon"))
    wait_for(lambda: "not reloaded" in run.err, "the error", run)
    [error] = [line for line in run.err.splitlines() if "not reloaded" in line]
    assert "sources.yaml:13:" in error and "interval" in error
    b_hits = site.count("/b.xml")
    wait_for(lambda: site.count("/b.xml") >= b_hits + 2, "b still checked", run)

    # A changed source (its URL) and a new one, in one edit.
    write_sources(sources, source_yaml("post-b", a_url, "1h"), source_yaml("post-c", c_url, "1h"))
    wait_for(lambda: state(db, "post-c").get("baseline_at"), "c, added", run)
    wait_for(lambda: site.count("/a.xml") > a_hits, "b's new URL fetched", run)
    b_hits = site.count("/b.xml")
    assert run.terminate() == 0
    assert site.count("/b.xml") == b_hits
    assert "sources reloaded" in run.err and "added post-c" in run.err


def test_a_failing_or_emptied_source_raises_one_admin_notice(tmp_path, site, service):
    db = tmp_path / "pw.db"
    broken = site.set("/broken.xml", "gone", status=404, ctype="text/plain")
    page = "<html><body><ul id='notices'><li>Mail to Chile delayed</li></ul></body></html>"
    moved_url = site.set("/moved.html", page, ctype="text/html")
    write_sources(
        tmp_path / "sources.yaml",
        source_yaml("broken", broken, "1s"),
        source_yaml("moved", moved_url, "1s", type="html", selector="#notices"),
    )
    run = service("run", {"POLICYWATCH_FAILING_ALERT_AFTER": "2s"})
    wait_for(lambda: state(db, "moved").get("baseline_at"), "moved's baseline", run)
    site.set(
        "/moved.html", "<html><body><main>We have moved.</main></body></html>", ctype="text/html"
    )

    def admin() -> list[dict]:
        return rows(db, "SELECT * FROM deliveries WHERE kind = 'admin' ORDER BY id")

    wait_for(lambda: len(admin()) >= 2, "two admin notices", run)
    wait_for(lambda: (state(db, "broken").get("consecutive_failures") or 0) >= 3, "retries", run)
    wait_for(lambda: (state(db, "moved").get("consecutive_failures") or 0) >= 2, "retries", run)
    notices = {n["notice_source_id"]: n for n in admin()}
    assert len(admin()) == 2 and sorted(notices) == ["broken", "moved"]
    assert all(n["channel"] == "console" for n in notices.values())
    assert "matches nothing" in notices["moved"]["subject"]
    assert "failing" in notices["broken"]["subject"]
    wait_for(lambda: all(n["status"] == "sent" for n in admin()), "notices sent", run)
    assert run.out.count("Subject: [policywatch admin] broken failing for") == 1
    assert run.out.count("Subject: [policywatch admin] moved matches nothing") == 1

    status = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "--db", str(db), "--sources"]
        + [str(tmp_path / "sources.yaml"), "status", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    by_id = {r["id"]: r for r in json.loads(status.stdout)}
    assert "404" in by_id["broken"]["last_error"]
    assert by_id["moved"]["last_status"] == "empty"

    # The page comes back: the mark clears (and the admins hear it), so it could alert again.
    site.set("/moved.html", page, ctype="text/html")
    wait_for(lambda: state(db, "moved").get("last_status") == "ok", "moved recovered", run)
    wait_for(lambda: not state(db, "moved").get("admin_alerted"), "mark cleared", run)
    assert run.terminate() == 0
    assert len(admin()) == 3 and "recovered" in admin()[2]["subject"]
    assert "moved: recovered after" in run.err


def test_sigterm_lets_a_running_check_finish_and_does_not_wait_for_a_stuck_one(tmp_path, service):
    server = HTTPServer(threaded=True)  # both checks must be in flight at once
    server.start()
    started = {"slow": threading.Event(), "stuck": threading.Event()}
    release = threading.Event()

    def slow(request):
        started["slow"].set()
        time.sleep(3)
        return Response(rss([STAMPS]), content_type="application/rss+xml")

    def stuck(request):
        started["stuck"].set()
        release.wait(60)
        return Response(rss([STAMPS]), content_type="application/rss+xml")

    try:
        server.expect_request("/robots.txt").respond_with_data("", status=404)
        server.expect_request("/slow.xml").respond_with_handler(slow)
        server.expect_request("/stuck.xml").respond_with_handler(stuck)
        db = tmp_path / "pw.db"
        write_sources(
            tmp_path / "sources.yaml",
            source_yaml("slow", server.url_for("/slow.xml"), "1h"),
            source_yaml("stuck", server.url_for("/stuck.xml"), "1h"),
            timeout="60s",
        )
        run = service("run")
        wait_for(lambda: all(e.is_set() for e in started.values()), "both checks running", run)
        assert run.terminate() == 0  # within 10 s, though one check would take a minute
        # The check that could finish did, and was recorded; the stuck one is simply due
        # again at the next start (never recorded as done).
        assert state(db, "slow").get("baseline_at")
        assert rows(db, "SELECT status FROM fetches WHERE source_id = 'slow'") == [{"status": 200}]
        assert rows(db, "SELECT * FROM fetches WHERE source_id = 'stuck'") == []
        assert "stopping: waiting for check of slow, check of stuck" in run.err
        assert "work unfinished after 6s: check of stuck" in run.err
    finally:
        release.set()
        server.clear()
        if server.is_running():
            server.stop()


def test_a_sources_file_caught_while_it_is_written_is_read_once_whole(tmp_path, caplog):
    """An editor (or Path.write_text) truncates sources.yaml and then fills it: a poll in
    between must wait for the whole file instead of reporting it broken."""
    from monitor.config import load_sources
    from monitor.service import Service

    sources = tmp_path / "sources.yaml"
    write_sources(sources, source_yaml("post-a", "http://127.0.0.1:9/a.xml", "1h"))
    connect(tmp_path / "pw.db").close()
    svc = Service(tmp_path / "pw.db", sources, load_sources(sources))
    whole = sources.read_text(encoding="utf-8").replace("post-a", "post-b")
    sources.write_text("", encoding="utf-8")  # truncated: the editor is about to write
    writer = threading.Timer(0.05, sources.write_text, args=(whole,), kwargs={"encoding": "utf-8"})
    writer.start()
    with caplog.at_level("ERROR"):
        svc._reload_job()  # sees the empty file, which changes while it settles
        writer.join()
        assert set(svc._sources) == {"post-a"}
        svc._reload_job()  # the next poll reads the whole file
    assert set(svc._sources) == {"post-b"}
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_a_sources_file_written_again_while_it_is_read_is_read_at_the_next_poll(
    tmp_path, caplog, monkeypatch
):
    """A read that meets a file being rewritten (truncated after the settle check) reports
    nothing: the file changed, and the next poll reads it whole."""
    from monitor import service as service_module
    from monitor.config import ConfigError, load_sources

    sources = tmp_path / "sources.yaml"
    write_sources(sources, source_yaml("post-a", "http://127.0.0.1:9/a.xml", "1h"))
    connect(tmp_path / "pw.db").close()
    svc = service_module.Service(tmp_path / "pw.db", sources, load_sources(sources))
    whole = sources.read_text(encoding="utf-8").replace("post-a", "post-b")
    sources.write_text(whole.replace("post-b", "post-x"), encoding="utf-8")  # an edit
    calls = []

    def read_mid_write(path):
        calls.append(path)
        if len(calls) == 1:  # the editor writes again while this read meets its empty file
            sources.write_text(whole + "\n", encoding="utf-8")
            raise ConfigError(f"{path}:1: must be a mapping with a 'sources' list, got nothing")
        return load_sources(path)

    monkeypatch.setattr(service_module, "load_sources", read_mid_write)
    with caplog.at_level("ERROR"):
        svc._reload_job()
        assert set(svc._sources) == {"post-a"}
        svc._reload_job()
    assert set(svc._sources) == {"post-b"}
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
