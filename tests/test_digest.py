"""Digests: when they are due, what they hold, and that each period goes out once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from alerts.digest import (
    build_digest,
    due_digests,
    enqueue_due_digests,
    next_digest_time,
    period_ending,
    scheduled_period,
    summarize,
)
from alerts.outbox import deliver_due
from storage import connect
from tests.smtp_server import smtp_server  # noqa: F401
from tests.test_routing import add_event, add_sub, stamp

# Monday 2 March 2026 08:00 in Berlin (CET, UTC+1) is 07:00 UTC.
MONDAY_8_BERLIN = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
WEEKLY = {"digest": "weekly", "digest_day": "mon", "digest_hour": 8, "timezone": "Europe/Berlin"}


@pytest.fixture
def db(tmp_path):
    return connect(tmp_path / "pw.db")


def sub_dict(**fields) -> dict:
    return {"id": 1, **WEEKLY, **fields}


def test_next_weekly_digest_is_at_the_local_hour_on_the_day():
    wednesday = datetime(2026, 2, 25, 12, 0, tzinfo=UTC)
    assert next_digest_time(sub_dict(), wednesday) == MONDAY_8_BERLIN
    # strictly after: at digest time, the next is a week later
    assert next_digest_time(sub_dict(), MONDAY_8_BERLIN) == MONDAY_8_BERLIN + timedelta(days=7)
    assert next_digest_time(sub_dict(digest="none"), wednesday) is None


def test_digest_times_follow_daylight_saving_time():
    # Berlin moves to CEST (UTC+2) on Sunday 29 March 2026.
    before = datetime(2026, 3, 23, 7, 0, tzinfo=UTC)
    assert next_digest_time(sub_dict(), before) == datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    daily = sub_dict(digest="daily", digest_day=None, digest_hour=2)
    # 02:00 does not exist that night: the digest comes at the first real hour after it
    saturday_noon = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
    assert next_digest_time(daily, saturday_noon) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize("frequency", ["daily", "weekly"])
def test_scheduled_periods_follow_each_other_without_gap_or_overlap(frequency):
    sub = sub_dict(digest=frequency, digest_hour=2)
    moment, previous_end = datetime(2026, 3, 1, tzinfo=UTC), None
    for _ in range(30 if frequency == "daily" else 6):
        moment = next_digest_time(sub, moment)
        period = scheduled_period(sub, moment)
        assert period.end == moment
        if previous_end is not None:
            assert period.start == previous_end
        previous_end = period.end


def test_manual_period_is_a_local_week_ending_now():
    now = datetime(2026, 3, 4, 15, 30, tzinfo=UTC)
    period = period_ending(sub_dict(), now)
    assert (period.start, period.end) == (now - timedelta(days=7), now)


def test_digest_is_due_once_per_period_and_an_empty_one_sends_nothing(db, smtp_server):  # noqa: F811
    created = MONDAY_8_BERLIN - timedelta(days=6)
    sub = add_sub(
        db, "weekly", created=created, channel="email", target="ops@example.com", **WEEKLY
    )
    assert due_digests(db, MONDAY_8_BERLIN - timedelta(seconds=1)) == []
    add_event(db, detected_at=stamp(MONDAY_8_BERLIN - timedelta(days=2)))
    [(due_sub, period)] = due_digests(db, MONDAY_8_BERLIN)
    assert due_sub["id"] == sub["id"]
    assert (period.start, period.end) == (MONDAY_8_BERLIN - timedelta(days=7), MONDAY_8_BERLIN)

    assert enqueue_due_digests(db, MONDAY_8_BERLIN + timedelta(minutes=1)) == 1
    assert enqueue_due_digests(db, MONDAY_8_BERLIN + timedelta(minutes=2)) == 0
    env = smtp_server.env()
    assert deliver_due(db, now=MONDAY_8_BERLIN + timedelta(minutes=3), env=env).sent == 1
    assert deliver_due(db, now=MONDAY_8_BERLIN + timedelta(hours=1), env=env).sent == 0
    [message] = smtp_server.messages
    assert "digest" in message["Subject"].lower()

    next_week = MONDAY_8_BERLIN + timedelta(days=7)  # nothing happened that week
    assert enqueue_due_digests(db, next_week) == 0
    assert due_digests(db, next_week) == []  # recorded as skipped, not reconsidered
    assert deliver_due(db, now=next_week, env=env).sent == 0
    assert len(smtp_server.messages) == 1


def test_a_period_that_ended_before_the_subscription_is_not_due(db):
    add_sub(db, created=MONDAY_8_BERLIN + timedelta(hours=1), **WEEKLY)
    add_event(db, detected_at=stamp(MONDAY_8_BERLIN - timedelta(days=1)))
    assert due_digests(db, MONDAY_8_BERLIN + timedelta(days=1)) == []


def _ev(db, when: datetime, **fields) -> int:
    return add_event(db, detected_at=stamp(when), **fields)


def test_digest_groups_by_destination_most_severe_first(db):
    sub = add_sub(db, "watch", destinations=["US", "DE", "JP"], categories=["lithium_batteries"])
    start, end = MONDAY_8_BERLIN - timedelta(days=7), MONDAY_8_BERLIN
    day = start + timedelta(days=1)
    delay = _ev(db, day, title="Delays to Japan", destinations=["JP"], severity="medium",
                change_kind="delay", categories=["all_goods"])  # fmt: skip
    ban = _ev(db, day, title="Germany bans lithium batteries", destinations=["DE"],
              severity="high", change_kind="prohibited_items",
              categories=["lithium_batteries"])  # fmt: skip
    stop = _ev(db, day + timedelta(hours=1), title="Suspension to the US and Germany",
               destinations=["US", "DE", "CA"], fingerprint="stop")  # fmt: skip
    _ev(db, day + timedelta(hours=2), title="Suspension to the US and Germany",
        destinations=["US", "DE", "CA"], fingerprint="stop", source_id="post-a-feed")  # fmt: skip
    everywhere = _ev(db, day, title="Customs data for all destinations", destinations=["*"],
                     severity="high", change_kind="new_requirement")  # fmt: skip
    _ev(db, day, title="Food to Germany", destinations=["DE"], categories=["food"])
    _ev(db, day, title="Stamps", relevant=False, severity="none", change_kind="irrelevant")
    _ev(db, start - timedelta(minutes=1), title="Before the period")
    _ev(db, end, title="After the period")

    digest = build_digest(db, sub, start, end)
    layout = [(g.destination, [e.event_id for e in g.entries]) for g in digest.groups]
    assert layout == [
        ("DE", [stop, ban]),  # critical, then high
        ("US", [stop]),
        ("*", [everywhere]),
        ("JP", [delay]),
    ]
    assert [g.destination_name for g in digest.groups][:2] == ["Germany", "United States"]
    assert digest.period_start == stamp(start) and digest.period_end == stamp(end)
    assert digest.unsubscribe_token == sub["unsubscribe_token"]


def test_active_suspensions_are_those_no_later_resumption_lifted(db):
    sub = add_sub(db, "us", destinations=["US", "PR"])
    end = MONDAY_8_BERLIN
    old = end - timedelta(days=20)

    def suspend(op, dests, when, **f):
        return _ev(db, when, operator=op, source_id=f"{op}-page", destinations=dests,
                   title=f"{op} suspends goods to {' '.join(dests)}", **f)  # fmt: skip

    def resume(op, dests, when):
        return _ev(db, when, operator=op, source_id=f"{op}-page", destinations=dests,
                   title=f"{op} resumes goods to {' '.join(dests)}", change_kind="resumption",
                   severity="medium")  # fmt: skip

    a = suspend("Post A", ["US"], old)  # before the period, never lifted: still active
    suspend("Post B", ["US"], end - timedelta(days=3))
    resume("Post B", ["US"], end - timedelta(days=1))  # lifted by B itself
    c = suspend("Post C", ["US", "PR"], end - timedelta(days=4))
    resume("Post C", ["US"], end - timedelta(days=2))  # PR still suspended
    resume("Post D", ["US", "PR"], end - timedelta(days=2))  # D's resumption lifts nothing else
    suspend("Post E", ["FR"], end - timedelta(days=2))  # not in the filters
    later = suspend("Post F", ["US"], end + timedelta(hours=1))  # after the digest's end

    digest = build_digest(db, sub, end - timedelta(days=7), end)
    active = {e.event_id: e.destinations for e in digest.active_suspensions}
    assert active == {c: ["PR"], a: ["US"]}
    assert later not in active


def test_summary_keeps_the_first_sentence_and_the_evidence():
    text = (
        "Post A informs its customers. Opening hours change on Friday. "
        "Acceptance of parcels to the United States is suspended from 29 August. "
        "Letters are not affected."
    )
    summary = summarize(text, [{"text": "suspended"}])
    assert summary == (
        "Post A informs its customers. "
        "Acceptance of parcels to the United States is suspended from 29 August."
    )
    assert len(summarize("word " * 400)) <= 280
