"""End to end: stored events to messages on a real SMTP server and a Slack stand-in, through
outages, and through a delivery process killed in the middle of sending."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiosmtpd.controller import Controller

from alerts.outbox import STALE_CLAIM, deliver_due
from alerts.routing import route_new_events
from storage import connect
from storage import deliveries as store
from tests.slack_standin import slack_api  # noqa: F401
from tests.smtp_server import free_port, smtp_server  # noqa: F401
from tests.test_routing import T0, add_event, add_sub, stamp

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_TITLE = "Suspension <script>alert(1)</script> *now* <!channel> @here"


def html_of(message) -> str:
    return message.get_body(("html",)).get_content()


def text_of(message) -> str:
    return message.get_body(("plain",)).get_content()


def all_text(call) -> str:
    return json.dumps({"text": call.text, "blocks": call.blocks}, ensure_ascii=False)


def test_routing_matrix_over_email_slack_and_webhook(tmp_path, smtp_server, slack_api):  # noqa: F811
    db = connect(tmp_path / "pw.db")
    hook = slack_api.webhook_url("T1/B1/abc")
    add_sub(db, "us mail", channel="email", target="us@example.com", destinations=["US"])
    add_sub(db, "de batteries", channel="slack", target="#de-batteries", destinations=["DE"],
            categories=["lithium_batteries"], min_severity="high")  # fmt: skip
    add_sub(db, "critical anywhere", channel="webhook", target=hook, min_severity="critical")
    us_stop = add_event(db, title=HOSTILE_TITLE, destinations=["US"])
    de_ban = add_event(db, title="Lithium batteries to Germany prohibited", destinations=["DE"],
                       categories=["lithium_batteries"], severity="high",
                       change_kind="prohibited_items")  # fmt: skip
    add_event(db, title="Delays to Germany", destinations=["DE"], severity="medium",
              change_kind="delay", categories=["all_goods"])  # fmt: skip
    add_event(db, title="Stamp issue", relevant=False, severity="none", change_kind="irrelevant")
    assert route_new_events(db) == 3  # us_stop: mail + webhook; de_ban: slack; delay: none

    env = {**smtp_server.env(), **slack_api.env()}
    summary = deliver_due(db, env=env)
    assert (summary.sent, summary.failed, summary.given_up) == (3, 0, 0)

    [mail] = smtp_server.messages
    assert mail["To"] == "us@example.com"
    assert "<script>" not in html_of(mail) and "&lt;script&gt;" in html_of(mail)
    assert HOSTILE_TITLE in text_of(mail)
    assert f"policywatch.alert.{_delivery_of(db, us_stop, 1)}." in mail["Message-ID"]

    [slack_call] = slack_api.messages_to("#de-batteries")
    assert "Lithium batteries to Germany prohibited" in all_text(slack_call)
    [webhook_call] = [c for c in slack_api.calls if c.kind == "webhook"]
    assert webhook_call.hook_id == "T1/B1/abc"
    posted = all_text(webhook_call)
    assert "<!channel>" not in posted and "<script>" not in posted
    assert "&lt;!channel&gt;" in posted
    assert de_ban and len(slack_api.calls) == 2


def _delivery_of(db, event_id: int, sub_id: int) -> int:
    return db.execute(
        "SELECT id FROM deliveries WHERE event_id = ? AND subscription_id = ?", [event_id, sub_id]
    ).fetchone()[0]


def test_an_outage_delays_then_delivers_each_alert_exactly_once(tmp_path, smtp_server, slack_api):  # noqa: F811
    db = connect(tmp_path / "pw.db")
    add_sub(db, "mail", channel="email", target="ops@example.com")
    add_sub(db, "slack", channel="slack", target="#ops", destinations=["US"])
    for i in range(3):
        add_event(db, destinations=[["US"], ["CA"], ["MX"]][i])
    route_new_events(db, now=T0 + timedelta(hours=1))
    env = {**smtp_server.env(), **slack_api.env()}

    smtp_server.stop()  # mail server down
    slack_api.fail_next(1, status=500)  # and Slack has a bad moment
    now = T0 + timedelta(hours=2)
    first = deliver_due(db, now=now, env=env)
    # one failure per target, the rest of that target waits for the next round
    assert (first.sent, first.failed, first.pending) == (0, 2, 4)
    assert smtp_server.messages == [] and slack_api.calls == []

    smtp_server.start()
    slack_api.fail_next(1, retry_after=600)  # rate limited on the retry
    second = deliver_due(db, now=now + timedelta(minutes=3), env=env)
    assert (second.sent, second.failed) == (3, 1)
    third = deliver_due(db, now=now + timedelta(minutes=14), env=env)
    assert third.sent == 1 and third.pending == 0
    assert deliver_due(db, now=now + timedelta(days=2), env=env, retry_now=True).sent == 0

    assert len(smtp_server.messages) == 3
    assert len({m["Message-ID"] for m in smtp_server.messages}) == 3
    assert len(slack_api.calls) == 1 and len(slack_api.attempts) == 3
    assert store.status_counts(db) == {"sent": 4}


class SlowSmtp:
    """An SMTP server whose n-th DATA hangs (asynchronously: the server keeps serving)
    until released; with ``keep_hung`` the hung message counts as received, which is the
    server having accepted it while the client never hears so."""

    def __init__(self, hang_at: int, *, keep_hung: bool = False):
        self.hang_at, self.keep_hung = hang_at, keep_hung
        self.received: list[bytes] = []
        self.hanging, self.release = threading.Event(), threading.Event()
        self._datas = 0
        self.port = free_port()
        self._controller = Controller(
            self, hostname="127.0.0.1", port=self.port, server_hostname="smtp.example.test"
        )

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self._datas += 1
        if self._datas == self.hang_at:
            if self.keep_hung:
                self.received.append(envelope.original_content)
            self.hanging.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
            return "451 too late"
        self.received.append(envelope.original_content)
        return "250 OK"

    def env(self) -> dict[str, str]:
        return {
            "POLICYWATCH_SMTP_HOST": "127.0.0.1",
            "POLICYWATCH_SMTP_PORT": str(self.port),
            "POLICYWATCH_SMTP_SECURITY": "none",
            "POLICYWATCH_SMTP_TIMEOUT": "30",
        }

    def message_ids(self) -> list[str]:
        import email

        return [email.message_from_bytes(raw)["Message-ID"] for raw in self.received]

    def __enter__(self):
        self._controller.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self._controller.stop()


DELIVER_IN_CHILD = (
    "import json, sys\n"
    "from storage import connect\n"
    "from alerts.outbox import deliver_due\n"
    "deliver_due(connect(sys.argv[1]), env=json.loads(sys.argv[2]))\n"
)


def _kill_mid_send(tmp_path: Path, server: SlowSmtp) -> Path:
    """Three alerts queued; a child process sends them and is SIGKILLed during the second."""
    path = tmp_path / "pw.db"
    db = connect(path)
    add_sub(db, "mail", channel="email", target="ops@example.com",
            created=datetime.now(UTC) - timedelta(hours=1))  # fmt: skip
    for dest in ("US", "CA", "MX"):
        add_event(db, destinations=[dest], detected_at=stamp(datetime.now(UTC)))
    assert route_new_events(db) == 3
    child = subprocess.Popen(
        [sys.executable, "-c", DELIVER_IN_CHILD, str(path), json.dumps(server.env())], cwd=ROOT
    )
    try:
        hung = server.hanging.wait(60)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert hung, "the child never reached the second message"
    assert child.returncode == -signal.SIGKILL
    statuses = [r["status"] for r in db.query("SELECT status FROM deliveries ORDER BY id")]
    assert statuses == ["sent", "sending", "pending"]
    server.release.set()
    return path


def test_killed_before_the_server_accepted_restart_delivers_each_once(tmp_path):
    with SlowSmtp(hang_at=2) as server:
        path = _kill_mid_send(tmp_path, server)
        # the restarted process sees the dead claim as stale once STALE_CLAIM has passed
        restart_at = datetime.now(UTC) + STALE_CLAIM + timedelta(seconds=1)
        summary = deliver_due(connect(path), now=restart_at, env=server.env())
        assert (summary.sent, summary.pending) == (2, 0)
        ids = server.message_ids()
    assert len(ids) == 3 and len(set(ids)) == 3
    assert store.status_counts(connect(path)) == {"sent": 3}


def test_killed_after_the_server_accepted_is_the_one_at_least_once_window(tmp_path):
    with SlowSmtp(hang_at=2, keep_hung=True) as server:
        path = _kill_mid_send(tmp_path, server)
        restart_at = datetime.now(UTC) + STALE_CLAIM + timedelta(seconds=1)
        assert deliver_due(connect(path), now=restart_at, env=server.env()).sent == 2
        ids = server.message_ids()
    # every alert arrived; the one in flight arrived twice, with the same Message-ID,
    # so a receiver that deduplicates by Message-ID shows it once
    assert len(ids) == 4 and len(set(ids)) == 3
    [twice] = [i for i in set(ids) if ids.count(i) == 2]
    assert ".alert.2." in twice


def test_weekly_digest_email_is_grouped_and_escaped(tmp_path, smtp_server):  # noqa: F811
    from alerts.digest import enqueue_due_digests

    db = connect(tmp_path / "pw.db")
    monday = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)
    add_sub(db, "weekly", channel="email", target="ops@example.com", digest="weekly",
            digest_day="mon", digest_hour=8, timezone="UTC", destinations=["US", "DE"],
            created=monday - timedelta(days=10))  # fmt: skip
    add_event(db, title="Germany delays", destinations=["DE"], severity="medium",
              change_kind="delay", detected_at=stamp(monday - timedelta(days=2)))  # fmt: skip
    add_event(db, title=HOSTILE_TITLE, destinations=["US"],
              detected_at=stamp(monday - timedelta(days=3)))  # fmt: skip
    assert enqueue_due_digests(db, monday) == 1
    assert deliver_due(db, now=monday, env=smtp_server.env()).sent == 1
    assert enqueue_due_digests(db, monday + timedelta(hours=1)) == 0
    [mail] = smtp_server.messages
    html = html_of(mail)
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    # active suspensions on top, then the critical destination before the medium one
    top = html.index("ctive suspensions")
    assert top < html.index("United States") < html.index("Germany")
    text = text_of(mail)
    assert text.index("UNITED STATES") < text.index("GERMANY")
