"""The outbox: claimed, sent once, retried with backoff, given up with the reason shown."""

from __future__ import annotations

import io
import threading
from datetime import timedelta

import pytest

from alerts.outbox import (
    GIVE_UP_AFTER,
    MAX_DELAY,
    STALE_CLAIM,
    deliver_due,
    enqueue_admin_notice,
    route_and_deliver,
)
from alerts.routing import route_new_events
from storage import connect
from storage import deliveries as store
from storage.subscriptions import get_subscription
from tests.slack_standin import slack_api  # noqa: F401
from tests.smtp_server import free_port, smtp_server  # noqa: F401
from tests.test_routing import T0, add_event, add_sub, alerts_of, stamp

NOW = T0 + timedelta(hours=2)


@pytest.fixture
def db(tmp_path):
    return connect(tmp_path / "pw.db")


def one_alert(db, channel="console", target="console", **sub_fields) -> dict:
    """One subscription with one routed alert waiting; returns the delivery row."""
    sub = add_sub(db, channel=channel, target=target, **sub_fields)
    add_event(db)
    assert route_new_events(db, now=T0 + timedelta(hours=1)) == 1
    [row] = alerts_of(db, sub["id"])
    return row


def status(db, delivery_id: int) -> dict:
    return store.get_delivery(db, delivery_id)


def test_sent_once_and_a_rerun_sends_nothing(db, slack_api):  # noqa: F811
    row = one_alert(db, channel="slack", target="#parcels-us")
    summary = deliver_due(db, now=NOW, env=slack_api.env())
    assert (summary.sent, summary.failed, summary.pending) == (1, 0, 0)
    assert [c.channel for c in slack_api.calls] == ["#parcels-us"]
    again = deliver_due(db, now=NOW + timedelta(days=2), env=slack_api.env(), retry_now=True)
    assert again.sent == 0
    assert len(slack_api.attempts) == 1
    sent = status(db, row["id"])
    assert (sent["status"], sent["attempts"], sent["sent_at"]) == ("sent", 1, stamp(NOW))


def test_a_refusal_waits_with_backoff_then_delivers_exactly_once(db, smtp_server):  # noqa: F811
    row = one_alert(db, channel="email", target="ops@example.com")
    smtp_server.refuse_next(1, code=451)
    summary = deliver_due(db, now=NOW, env=smtp_server.env())
    assert (summary.sent, summary.failed) == (0, 1)
    failed = status(db, row["id"])
    assert failed["status"] == "failed" and "451" in failed["last_error"]
    retry_at = failed["next_attempt_at"]
    assert stamp(NOW + timedelta(seconds=47)) <= retry_at <= stamp(NOW + timedelta(seconds=73))

    assert deliver_due(db, now=NOW + timedelta(seconds=40), env=smtp_server.env()).sent == 0
    assert deliver_due(db, now=NOW + timedelta(minutes=2), env=smtp_server.env()).sent == 1
    assert deliver_due(db, now=NOW + timedelta(minutes=5), env=smtp_server.env()).sent == 0
    assert len(smtp_server.messages) == 1
    assert status(db, row["id"])["attempts"] == 2


def test_rate_limit_waits_as_long_as_slack_asks(db, slack_api):  # noqa: F811
    row = one_alert(db, channel="slack", target="#parcels-us")
    slack_api.fail_next(1, retry_after=300)
    assert deliver_due(db, now=NOW, env=slack_api.env()).failed == 1
    assert status(db, row["id"])["next_attempt_at"] == stamp(NOW + timedelta(seconds=300))
    assert deliver_due(db, now=NOW + timedelta(seconds=299), env=slack_api.env()).sent == 0
    assert deliver_due(db, now=NOW + timedelta(seconds=300), env=slack_api.env()).sent == 1
    assert len(slack_api.calls) == 1


def test_retry_now_does_not_wait(db, smtp_server):  # noqa: F811
    one_alert(db, channel="email", target="ops@example.com")
    smtp_server.stop()
    assert deliver_due(db, now=NOW, env=smtp_server.env()).failed == 1
    smtp_server.start()
    assert deliver_due(db, now=NOW, env=smtp_server.env()).sent == 0
    assert deliver_due(db, now=NOW, env=smtp_server.env(), retry_now=True).sent == 1
    assert len(smtp_server.messages) == 1


@pytest.mark.parametrize("error", ["channel_not_found", "token_revoked"])
def test_an_error_that_cannot_heal_is_given_up_at_once_and_others_still_go(
    db,
    slack_api,  # noqa: F811
    error,
):
    broken = one_alert(db, channel="slack", target="#gone", destinations=["US"])
    other = add_sub(db, "printed", destinations=["JP"])
    add_event(db, destinations=["JP"])
    route_new_events(db, now=T0 + timedelta(hours=1))
    slack_api.fail_next(1, error=error)
    out = io.StringIO()
    summary = deliver_due(db, now=NOW, env=slack_api.env(), out=out)
    assert (summary.sent, summary.given_up) == (1, 1)
    gone = status(db, broken["id"])
    assert gone["status"] == "given_up" and error in gone["last_error"]
    assert [p["reason"] for p in summary.problems] == [gone["last_error"]]
    assert [r["status"] for r in alerts_of(db, other["id"])] == ["sent"]
    assert deliver_due(db, now=NOW + timedelta(days=1), env=slack_api.env()).sent == 0


def test_a_day_of_failures_ends_in_given_up_with_growing_waits(db):
    row = one_alert(db, channel="email", target="ops@example.com")
    down = {  # nothing listens there: every attempt is refused, as when the server is down
        "POLICYWATCH_SMTP_HOST": "127.0.0.1",
        "POLICYWATCH_SMTP_PORT": str(free_port()),
        "POLICYWATCH_SMTP_SECURITY": "none",
    }
    moment, waits = NOW, []
    while status(db, row["id"])["status"] != "given_up":
        summary = deliver_due(db, now=moment, env=down)
        assert summary.sent == 0
        current = status(db, row["id"])
        if current["status"] == "failed":
            retry = current["next_attempt_at"]
            waits.append((_parse(retry) - moment).total_seconds())
            moment = _parse(retry)
        assert len(waits) < 50
    gave_up = status(db, row["id"])
    assert "after 24 h" in gave_up["last_error"] and "email" in gave_up["last_error"]
    assert moment - NOW >= GIVE_UP_AFTER
    assert waits[1] > waits[0] and max(waits) <= MAX_DELAY.total_seconds() * 1.2
    assert _parse(gave_up["finished_at"]) == moment


def _parse(value: str):
    from datetime import datetime

    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_a_claim_left_by_a_dead_process_is_sent_again_once_it_is_stale(db):
    row = one_alert(db)
    assert store.claim(db, row["id"], now=stamp(NOW), token="dead-process")
    out = io.StringIO()
    assert deliver_due(db, now=NOW + timedelta(minutes=1), env={}, out=out).sent == 0
    assert status(db, row["id"])["status"] == "sending"
    later = NOW + STALE_CLAIM + timedelta(seconds=1)
    assert deliver_due(db, now=later, env={}, out=out).sent == 1
    assert out.getvalue().count("----- policywatch alert") == 1
    assert status(db, row["id"])["attempts"] == 2


def test_two_processes_delivering_at_once_send_each_alert_once(tmp_path):
    path = tmp_path / "pw.db"
    db = connect(path)
    add_sub(db)
    for _ in range(30):
        add_event(db)
    assert route_new_events(db) == 30
    outs = [io.StringIO() for _ in range(3)]
    barrier = threading.Barrier(3)

    def worker(out):
        own = connect(path)
        barrier.wait()
        deliver_due(own, env={}, out=out)

    threads = [threading.Thread(target=worker, args=(out,)) for out in outs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    printed = "".join(o.getvalue() for o in outs)
    titles = [line for line in printed.splitlines() if line.startswith("Suspension of goods")]
    assert len(titles) == 30 and len(set(titles)) == 30
    assert store.status_counts(db) == {"sent": 30}


def test_removed_subscription_is_not_sent_even_if_already_queued(db):
    row = one_alert(db)
    db.execute("UPDATE subscriptions SET removed_at = ? WHERE id = ?", [stamp(NOW), 1])
    assert get_subscription(db, row["subscription_id"])["active"] is False
    out = io.StringIO()
    summary = deliver_due(db, now=NOW, env={}, out=out)
    assert (summary.sent, summary.cancelled) == (0, 1) and out.getvalue() == ""
    assert status(db, row["id"])["status"] == "cancelled"


def test_admin_notice_is_raised_once_per_key(db):
    key = "source-failing:post-a-page:2026-03-02"
    assert enqueue_admin_notice(db, key, "Post A failing", "HTTP 503 since yesterday", env={})
    assert not enqueue_admin_notice(db, key, "Post A failing", "HTTP 503 again", env={})
    out = io.StringIO()
    assert deliver_due(db, env={}, out=out).sent == 1
    assert out.getvalue().count("Post A failing") >= 1
    assert "HTTP 503 since yesterday" in out.getvalue()
    assert deliver_due(db, env={}, out=out).sent == 0


def test_admin_notice_goes_to_each_configured_admin(db, slack_api, smtp_server):  # noqa: F811
    env = {
        **slack_api.env(),
        **smtp_server.env(),
        "POLICYWATCH_ADMIN_EMAIL": "admin@example.com, oncall@example.com",
        "POLICYWATCH_ADMIN_SLACK_CHANNEL": "#pw-admin",
    }
    assert enqueue_admin_notice(db, "selector-empty:x", "Selector matches nothing", "x", env=env)
    targets = sorted((r["channel"], r["target"]) for r in db.query("SELECT * FROM deliveries"))
    assert targets == [
        ("email", "admin@example.com"),
        ("email", "oncall@example.com"),
        ("slack", "#pw-admin"),
    ]
    assert deliver_due(db, env=env).sent == 3
    assert [c.channel for c in slack_api.calls] == ["#pw-admin"]
    assert sorted(m["To"] for m in smtp_server.messages) == [
        "admin@example.com",
        "oncall@example.com",
    ]


# --- a channel whose configuration is missing -----------------------------------------------


def _email_and_slack_alert(db) -> dict:
    """One event routed to an email and a Slack subscription; returns the email delivery."""
    mail = add_sub(db, "mail", channel="email", target="ops@example.com")
    add_sub(db, "slack", channel="slack", target="#parcels-us")
    add_event(db)
    assert route_new_events(db, now=T0 + timedelta(hours=1)) == 2
    [row] = alerts_of(db, mail["id"])
    return row


def test_with_nothing_configured_email_and_slack_print_to_the_console(db):
    mail = _email_and_slack_alert(db)
    out = io.StringIO()
    summary = deliver_due(db, now=NOW, env={}, out=out)
    assert (summary.sent, summary.failed) == (2, 0)
    assert "POLICYWATCH_SMTP_HOST is not set" in out.getvalue()
    assert "POLICYWATCH_SLACK_TOKEN is not set" in out.getvalue()
    assert status(db, mail["id"])["status"] == "sent"


def test_email_without_smtp_when_slack_is_configured_waits_and_is_given_up_after_a_day(
    db,
    slack_api,  # noqa: F811
):
    mail = _email_and_slack_alert(db)
    out = io.StringIO()
    summary = deliver_due(db, now=NOW, env=slack_api.env(), out=out)
    assert (summary.sent, summary.failed) == (1, 1)  # Slack went; the email was not printed
    assert out.getvalue() == "" and [c.channel for c in slack_api.calls] == ["#parcels-us"]
    [problem] = summary.problems
    assert problem["reason"] == "SMTP is not configured (set POLICYWATCH_SMTP_HOST)"
    assert problem["status"] == "failed" and problem["retry_at"]

    later = NOW + GIVE_UP_AFTER
    final = deliver_due(db, now=later, env=slack_api.env(), retry_now=True, out=out)
    gave_up = status(db, mail["id"])
    assert gave_up["status"] == "given_up" and final.given_up == 1
    assert gave_up["last_error"] == (
        "still failing after 24 h: SMTP is not configured (set POLICYWATCH_SMTP_HOST)"
    )
    assert out.getvalue() == ""


def test_slack_without_token_when_smtp_is_configured_waits_until_it_is_set(
    db,
    smtp_server,  # noqa: F811
    slack_api,  # noqa: F811
):
    row = one_alert(db, channel="slack", target="#parcels-us")
    summary = deliver_due(db, now=NOW, env=smtp_server.env(), out=io.StringIO())
    assert summary.failed == 1
    assert status(db, row["id"])["last_error"] == (
        "Slack is not configured (set POLICYWATCH_SLACK_TOKEN)"
    )
    env = {**smtp_server.env(), **slack_api.env()}
    assert deliver_due(db, now=NOW, env=env, retry_now=True).sent == 1
    assert [c.channel for c in slack_api.calls] == ["#parcels-us"]


def test_a_webhook_needs_no_configuration_when_smtp_is_configured(
    db,
    smtp_server,  # noqa: F811
    slack_api,  # noqa: F811
):
    one_alert(db, channel="webhook", target=slack_api.webhook_url("T9/B9/hook"))
    assert deliver_due(db, now=NOW, env=smtp_server.env()).sent == 1
    assert [c.hook_id for c in slack_api.calls] == ["T9/B9/hook"]


# --- how hard one run tries one target ------------------------------------------------------


def _alerts_to_one_mailbox(db, n: int) -> list[int]:
    sub = add_sub(db, channel="email", target="ops@example.com")
    for _ in range(n):
        add_event(db)
    assert route_new_events(db, now=T0 + timedelta(hours=1)) == n
    return [r["id"] for r in alerts_of(db, sub["id"])]


def test_retry_now_goes_on_past_a_single_failure_for_a_target(db, smtp_server):  # noqa: F811
    ids = _alerts_to_one_mailbox(db, 3)
    smtp_server.refuse_next(1, code=451)
    summary = deliver_due(db, now=NOW, env=smtp_server.env(), retry_now=True)
    assert (summary.sent, summary.failed) == (2, 1)
    assert [status(db, i)["status"] for i in ids] == ["failed", "sent", "sent"]
    assert len(smtp_server.messages) == 2


def test_a_dead_server_is_tried_once_per_run_and_twice_with_retry_now(db):
    ids = _alerts_to_one_mailbox(db, 5)
    down = {  # nothing listens there
        "POLICYWATCH_SMTP_HOST": "127.0.0.1",
        "POLICYWATCH_SMTP_PORT": str(free_port()),
        "POLICYWATCH_SMTP_SECURITY": "none",
    }
    assert deliver_due(db, now=NOW, env=down).failed == 1
    assert [status(db, i)["attempts"] for i in ids] == [1, 0, 0, 0, 0]
    summary = deliver_due(db, now=NOW, env=down, retry_now=True)
    assert (summary.sent, summary.failed) == (0, 2)
    assert sorted(status(db, i)["attempts"] for i in ids) == [0, 0, 1, 1, 1]


def test_route_and_deliver_is_one_round_for_the_checker(tmp_path):
    db = connect(tmp_path / "pw.db")
    add_sub(db, created=T0 - timedelta(days=30))
    add_event(db, detected_at=stamp(T0))
    out = io.StringIO()
    summary = route_and_deliver(tmp_path / "pw.db", env={}, out=out)
    assert (summary.routed, summary.sent, summary.pending) == (1, 1, 0)
    assert route_and_deliver(tmp_path / "pw.db", env={}, out=out).sent == 0
