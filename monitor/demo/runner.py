"""The demo's timeline: serve each step's sample files, check every source, show what a
subscriber would get, and finally write the weekly digest.

Everything below is the real thing (fetcher, extractors, detector, classifier, storage,
routing, outbox, renderers) pointed at a loopback server and a temporary database. Whether a
demo notice is classified right is not arranged: each step prints what was expected next to
what happened.
"""

from __future__ import annotations

import io
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import yaml

from alerts.channels.slack_blocks import alert_message
from alerts.digest import build_digest
from alerts.model import Alert
from alerts.outbox import build_alert, route_and_deliver
from alerts.render import (
    alert_subject,
    category_names,
    destination_summary,
    render_alert_text,
    render_digest_html,
)
from alerts.subscriptions import SubscriptionRequest, subscribe
from monitor.checker import Checker, SourceResult
from monitor.config import load_sources
from monitor.demo.server import CONTENT_TYPES, SampleSite
from storage import connect
from storage.events import get_event

DATA = "monitor.demo.data"
WIDTH = 96
DIGEST_NAME = "digest-demo.html"


@dataclass(slots=True)
class StepOutcome:
    name: str
    results: list[SourceResult]
    events: list[dict[str, Any]]
    alerts: list[Alert]
    expected: list[dict[str, str]]
    met: bool


@dataclass(slots=True)
class DemoOutcome:
    workdir: Path
    db_path: Path
    sources_path: Path
    digest_path: Path
    steps: list[StepOutcome] = field(default_factory=list)

    @property
    def all_met(self) -> bool:
        return all(step.met for step in self.steps)


def _data(name: str) -> bytes:
    return resources.files(DATA).joinpath(name).read_bytes()


def load_timeline() -> dict[str, Any]:
    return yaml.safe_load(_data("timeline.yaml").decode("utf-8"))


class _Printer:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def line(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def para(self, text: str, indent: str = "") -> None:
        for piece in textwrap.wrap(" ".join(text.split()), WIDTH - len(indent)):
            self.line(indent + piece)

    def boxed(self, heading: str, body: str) -> None:
        self.line(f"  ┌─ {heading}")
        for raw in body.rstrip("\n").splitlines():
            self.line(f"  │ {raw}".rstrip())
        self.line("  └─")


def run_demo(
    out: TextIO,
    keep: Path | None = None,
    digest_path: Path | None = None,
    *,
    pause: float | None = None,
) -> DemoOutcome:
    """Play the whole timeline; with ``keep``, the database and files stay in that folder.

    ``pause`` (seconds between steps) defaults to one second on a terminal, so a person sees
    the timeline unfold, and to none otherwise.
    """
    if pause is None:
        pause = 1.0 if getattr(out, "isatty", lambda: False)() else 0.0
    p = _Printer(out)
    started = time.monotonic()
    temp = None if keep else tempfile.TemporaryDirectory(prefix="policywatch-demo-")
    workdir = Path(keep if keep else temp.name)  # type: ignore[union-attr]
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / "policywatch.db"
    sources_path = workdir / "sources.yaml"
    if keep and db_path.exists():
        for stale in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
            stale.unlink(missing_ok=True)  # a replay starts from nothing, like the first run
    digest_path = digest_path or (workdir / DIGEST_NAME if keep else Path.cwd() / DIGEST_NAME)
    site = SampleSite().start()
    try:
        outcome = _play(p, site, workdir, db_path, sources_path, digest_path, bool(keep), pause)
    finally:
        site.stop()
        if temp is not None:
            temp.cleanup()
    p.line(f"Demo finished in {time.monotonic() - started:.1f} s.")
    return outcome


def _play(
    p: _Printer,
    site: SampleSite,
    workdir: Path,
    db_path: Path,
    sources_path: Path,
    digest_path: Path,
    kept: bool,
    pause: float,
) -> DemoOutcome:
    base = site.base_url
    timeline = load_timeline()
    sources_path.write_text(_data("sources.yaml").decode("utf-8").replace("{{BASE}}", base))
    sources_file = load_sources(sources_path)
    sources = sources_file.enabled()
    db = connect(db_path)
    sub = subscribe(
        db,
        SubscriptionRequest(
            name="Demo: every destination",
            channel="console",
            target="console",
            destinations=["*"],
            categories=[],
            min_severity="low",
            digest="weekly",
        ),
    )
    week_start = datetime.now(UTC) - timedelta(days=7)

    p.line("policywatch demo: the whole flow on this machine, no network, nothing configured.")
    p.line()
    p.line(f"Sample sources served at {base} (stopped when the demo ends):")
    for s in sources:
        p.line(f"  {s.id:<27} {s.type:<5} {s.operator} ({s.origin}, {s.language})")
    p.line(f"Database: {db_path}" + ("" if kept else " (temporary)"))
    p.line(
        f"Subscription #{sub['id']} {sub['name']!r}: console, every destination and category,"
        " severity low and up, weekly digest."
    )

    outcome = DemoOutcome(workdir, db_path, sources_path, digest_path)
    checker = Checker(db_path, sources_file.settings)
    sink = io.StringIO()  # the console channel's own print-out; shown below as Slack and email
    last_delivery = 0
    try:
        steps = timeline["steps"]
        for number, step in enumerate(steps, 1):
            if number > 1 and pause:
                time.sleep(pause)
            for source_id, name in (step.get("serve") or {}).items():
                body = _data(name).replace(b"{{BASE}}", base.encode())
                content_type = CONTENT_TYPES[Path(name).suffix]
                site.put(timeline["paths"][source_id], body, content_type)
            p.line()
            p.line(f"━━ Step {number}/{len(steps)} · {step['title']} " + "━" * 8)
            p.para(step["story"], "   ")
            p.line()
            results = [checker.check_one(s) for s in sources]
            events: list[dict[str, Any]] = []
            for r in results:
                these = [e for e in (get_event(db, i) for i in r.event_ids) if e]
                events.extend(these)
                _print_check(p, r, these)
            route_and_deliver(db_path, out=sink)
            alerts, last_delivery = _new_alerts(db, last_delivery)
            expected = list(step.get("expect") or [])
            met = _meets(events, expected)
            _print_expectation(p, alerts, expected, met)
            for alert in alerts:
                _print_alert(p, alert)
            outcome.steps.append(StepOutcome(step["name"], results, events, alerts, expected, met))
    finally:
        checker.close()

    digest = build_digest(db, sub, week_start, datetime.now(UTC) + timedelta(minutes=1))
    digest_path.parent.mkdir(parents=True, exist_ok=True)
    digest_path.write_text(render_digest_html(digest), encoding="utf-8")
    changes = sum(len(g.entries) for g in digest.groups)
    p.line()
    p.line("━━ The weekly digest " + "━" * 8)
    p.line(
        f"   {changes} change(s) in {len(digest.groups)} destination group(s),"
        f" {len(digest.active_suspensions)} suspension(s) still in force."
    )
    p.line(f"   Written to {digest_path.resolve()} (open it in a browser).")
    p.line()
    if kept:
        p.line(f"Everything is kept in {workdir}. Explore it with the other commands:")
        db_opt = f"--db {db_path}"
        p.line(f"  policywatch {db_opt} changes list")
        p.line(f"  policywatch {db_opt} changes show ID")
        p.line(f"  policywatch {db_opt} --sources {sources_path} status")
        p.line(f"  policywatch {db_opt} subscriptions list")
        p.line(f"  policywatch {db_opt} digest --preview")
        p.line("(The sample server is gone, so checking these sources again fails: expected.)")
    else:
        p.line("To keep the database for exploring: policywatch demo --keep DIR")
    p.line("To watch real sources: write a sources.yaml (policywatch sources add URL helps),")
    p.line("subscribe (policywatch subscribe --help) and start policywatch run.")
    return outcome


def _print_check(p: _Printer, r: SourceResult, events: list[dict[str, Any]]) -> None:
    label = {
        "baseline": f"baseline: {r.notices} notice(s) recorded, none alerted",
        "unchanged": f"fetched, {r.notices} notice(s), nothing changed",
        "not_modified": "not modified (HTTP 304): nothing to read",
        "changed": f"changed: {r.events} event(s)",
        "error": f"error: {r.error}",
        "empty": f"found nothing to watch: {r.error}",
    }.get(r.status, r.status)
    p.line(f"  check {r.source_id:<27} {label}  [{r.duration_ms} ms]")
    for e in events:
        what = {"new": "new notice", "updated": "updated notice", "removed": "removed notice"}
        cats = ", ".join(category_names(e.get("categories") or [])) or "no category"
        p.line(f"        {what.get(e['kind'], e['kind'])}: {e.get('title')!r}")
        p.line(
            f"        → {e.get('change_kind')}, {e.get('severity')},"
            f" {destination_summary(e.get('destinations') or []) or 'no destination'}, {cats}"
        )


def _new_alerts(db: Any, after_id: int) -> tuple[list[Alert], int]:
    rows = list(
        db.query("SELECT * FROM deliveries WHERE id > ? AND kind = 'alert' ORDER BY id", [after_id])
    )
    alerts = [build_alert(db, row) for row in rows if row["status"] == "sent"]
    return alerts, max([after_id, *(row["id"] for row in rows)])


def _meets(events: list[dict[str, Any]], expected: list[dict[str, str]]) -> bool:
    raised = [e for e in events if e.get("relevant") and e.get("severity") != "none"]
    if not expected:
        return not raised
    return len(raised) == len(expected) and all(
        any(
            e["source_id"] == want["source"]
            and e.get("change_kind") == want["change_kind"]
            and want["destination"] in (e.get("destinations") or [])
            for e in raised
        )
        for want in expected
    )


def _print_expectation(
    p: _Printer, alerts: list[Alert], expected: list[dict[str, str]], met: bool
) -> None:
    want = (
        "; ".join(f"{w['change_kind']} for {w['destination']}" for w in expected)
        if expected
        else "no alert"
    )
    got = f"{len(alerts)} alert(s)" if alerts else "no alert"
    mark = "as expected" if met else "NOT what the demo expected"
    p.line(f"  ⇒ {got} (expected: {want}: {mark})")


def _print_alert(p: _Printer, alert: Alert) -> None:
    p.line()
    p.boxed(
        "as a Slack message (the plain-text version of what is posted)", alert_message(alert).plain
    )
    p.boxed("as an email", f"Subject: {alert_subject(alert)}\n\n{render_alert_text(alert)}")
