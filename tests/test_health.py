"""Source health: when a failing or emptied source raises its one admin notice, and clears."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from alerts.outbox import enqueue_admin_notice
from monitor import health
from monitor.config import Source
from storage import connect
from storage.source_state import get_state, save_state

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def source() -> Source:
    return Source(
        id="post-incidents",
        name="Example Post incidents",
        operator="Example Post",
        kind="postal",
        origin="GB",
        type="html",
        url="https://post.example/incidents",
        selector="main .incidents",
    )


def failing(since: datetime, status: str = "error", **extra) -> dict:
    return {
        "last_status": status,
        "last_check_at": iso(NOW),
        "last_error": "http: 404 Not Found" if status == "error" else "selector matched nothing",
        "failing_since": iso(since),
        "consecutive_failures": 7,
        "last_success_at": iso(since - timedelta(hours=6)),
        "next_due_at": iso(NOW + timedelta(hours=12)),
        **extra,
    }


def apply(state: dict, update: health.HealthUpdate) -> dict:
    return {**state, "admin_alerted": update.admin_alerted} if update.changed else state


def test_a_source_failing_less_than_a_day_raises_nothing(source):
    update = health.assess(source, failing(NOW - timedelta(hours=23)), NOW)
    assert update.messages == [] and not update.changed


def test_a_source_failing_for_a_day_raises_one_notice_with_its_last_error(source):
    state = failing(NOW - timedelta(hours=25))
    update = health.assess(source, state, NOW)
    [message] = update.messages
    assert message.source_id == "post-incidents"
    assert "post-incidents" in message.subject and "failing" in message.subject
    assert "https://post.example/incidents" in message.text
    assert "http: 404 Not Found" in message.text
    assert "Failed checks in a row: 7" in message.text
    # Recorded, it is not raised again at the next check or sweep of the same failure.
    state = apply(state, update)
    assert health.assess(source, state, NOW + timedelta(hours=6)).messages == []


def test_an_emptied_page_raises_at_once(source):
    state = failing(NOW - timedelta(minutes=1), status="empty")
    update = health.assess(source, state, NOW)
    [message] = update.messages
    assert "matches nothing" in message.subject
    assert "main .incidents" in message.text  # the selector to fix
    assert "policywatch sources test post-incidents" in message.text
    state = apply(state, update)
    # Still empty a day later: the same spell, no second notice ("failing" included).
    assert health.assess(source, state, NOW + timedelta(days=1)).messages == []


def test_recovery_clears_the_mark_so_a_later_failure_alerts_again(source):
    first = failing(NOW - timedelta(days=2))
    state = apply(first, health.assess(source, first, NOW))
    assert json.loads(state["admin_alerted"])["spell"] == first["failing_since"]

    healthy = {**state, "last_status": "ok", "failing_since": None, "consecutive_failures": 0}
    update = health.assess(source, healthy, NOW + timedelta(hours=1))
    assert update.changed and update.admin_alerted is None
    [recovered] = update.messages
    assert "recovered" in recovered.subject
    state = apply(healthy, update)
    assert health.assess(source, state, NOW + timedelta(hours=2)).messages == []

    later = NOW + timedelta(days=5)
    again = {**state, **failing(later - timedelta(days=1, hours=1))}
    [message] = health.assess(source, again, later).messages
    assert message.key != health.assess(source, first, NOW).messages[0].key


def test_a_healthy_or_unknown_source_raises_nothing(source):
    assert health.assess(source, None, NOW).messages == []
    ok = {"last_status": "ok", "consecutive_failures": 0}
    assert not health.assess(source, ok, NOW).changed
    assert not health.assess(source, {"last_status": "not_modified"}, NOW).changed


def test_the_threshold_comes_from_the_environment():
    assert health.failing_alert_after({}) == 86400
    assert health.failing_alert_after({"POLICYWATCH_FAILING_ALERT_AFTER": "2s"}) == 2
    assert health.failing_alert_after({"POLICYWATCH_FAILING_ALERT_AFTER": "30m"}) == 1800
    assert health.failing_alert_after({"POLICYWATCH_FAILING_ALERT_AFTER": "1d"}) == 86400
    with pytest.raises(ValueError):
        health.failing_alert_after({"POLICYWATCH_FAILING_ALERT_AFTER": "soon"})


def test_raising_twice_before_recording_still_queues_one_notice_per_target(tmp_path, source):
    """A crash between queueing the notice and recording admin_alerted must not double it."""
    db = connect(tmp_path / "pw.db")
    state = failing(NOW - timedelta(days=1, seconds=1))
    save_state(db, source.id, state)
    env = {"POLICYWATCH_ADMIN_EMAIL": "ops@example.com", "POLICYWATCH_ADMIN_SLACK_CHANNEL": "#ops"}
    for _ in range(2):
        [message] = health.assess(source, get_state(db, source.id), NOW).messages
        enqueue_admin_notice(db, message.key, message.subject, message.text, env)
    rows = list(db.query("SELECT channel, target, subject FROM deliveries WHERE kind = 'admin'"))
    assert sorted((r["channel"], r["target"]) for r in rows) == [
        ("email", "ops@example.com"),
        ("slack", "#ops"),
    ]
    assert all("post-incidents" in r["subject"] for r in rows)
