"""Sending what routing and the digest scheduler queued: claimed, sent, recorded, retried.

A delivery moves ``pending → sending → sent``. It is claimed (``sending``, with a claim time
and token) before the channel is called, so a second process never sends it at the same time,
and it is marked ``sent`` only after the channel returned, i.e. the far side accepted it. A
failure that can heal becomes ``failed`` with a retry time (exponential backoff with jitter,
or what the far side asked for with Retry-After); after a day of failing, or at once for an
error that cannot heal, the delivery is ``given_up`` with the reason kept and shown.

The one unavoidable at-least-once window: the far side accepted the message and the process
died before it recorded ``sent``. That claim goes stale after :data:`STALE_CLAIM` and the
delivery is sent again; emails carry a Message-ID derived from the delivery id so receivers
can drop the copy. Every other crash point loses nothing and sends nothing twice.
"""

from __future__ import annotations

import logging
import os
import random
import secrets
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from sqlite_utils import Database

from alerts import digest as digests
from alerts.channels import get_channel, validate_target
from alerts.channels.base import DeliveryError
from alerts.model import AdminNotice, Alert, Digest, Evidence, Place
from alerts.routing import route_new_events, severity_rank
from storage import deliveries as store
from storage.db import connect, iso, parse_iso, write_transaction
from storage.events import get_event
from storage.subscriptions import get_subscription

log = logging.getLogger(__name__)

STALE_CLAIM = timedelta(minutes=5)
BASE_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=2)
GIVE_UP_AFTER = timedelta(hours=24)
JITTER = 0.2  # ± this fraction of the backoff delay
CONSOLE_TARGET = "console"
# Transient failures in a row after which a target's other deliveries wait for a later run:
# one in a scheduled run (do not hammer a server that is down or rate-limiting us); two with
# ``retry_now`` (someone fixed something and wants everything tried, but a dead server is
# still not hit once per waiting delivery).
BLOCK_AFTER_FAILURES = 1
BLOCK_AFTER_FAILURES_RETRY_NOW = 2

__all__ = [
    "DeliverySummary",
    "build_alert",
    "deliver_due",
    "enqueue_admin_notice",
    "route_and_deliver",
    "route_new_events",
]


@dataclass(slots=True)
class DeliverySummary:
    """What one delivery run did; ``pending`` counts what still waits (incl. retries)."""

    sent: int = 0
    failed: int = 0
    given_up: int = 0
    pending: int = 0
    cancelled: int = 0
    routed: int = 0
    digests_queued: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)  # failed / given up this run

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        text = f"sent {self.sent}, failed {self.failed}, given up {self.given_up}"
        return text + f", waiting {self.pending}"


def backoff(attempts: int) -> timedelta:
    """1 min × 2^(attempts-1), capped at :data:`MAX_DELAY`, ± :data:`JITTER`: failing
    deliveries to one server do not all come back at the same second."""
    delay = min(BASE_DELAY * 2 ** max(attempts - 1, 0), MAX_DELAY)
    return delay * random.uniform(1 - JITTER, 1 + JITTER)


def deliver_due(
    db: Database,
    *,
    now: datetime | None = None,
    retry_now: bool = False,
    env: Mapping[str, str] | None = None,
    out: IO[str] | None = None,
    delivery_ids: Collection[int] | None = None,
) -> DeliverySummary:
    """Send every delivery that is due (every waiting one with ``retry_now``; only these
    ``delivery_ids`` when given).

    A failure is recorded against its delivery and the run goes on; after one transient
    failure for a target (two in a row with ``retry_now``), that target's other deliveries
    wait for a later run, so a server that is down or rate-limiting us is not hammered.
    """

    def clock() -> datetime:
        return now.astimezone(UTC) if now else datetime.now(UTC)

    summary = DeliverySummary()
    store.release_stale_claims(db, claimed_before=iso(clock() - STALE_CLAIM))
    channels: dict[str, Any] = {}
    limit = BLOCK_AFTER_FAILURES_RETRY_NOW if retry_now else BLOCK_AFTER_FAILURES
    failures_in_a_row: dict[tuple[str, str], int] = {}
    for row in store.due_deliveries(db, now=iso(clock()), retry_now=retry_now):
        where = (row["channel"], row["target"])
        if failures_in_a_row.get(where, 0) >= limit:
            continue
        if delivery_ids is not None and row["id"] not in delivery_ids:
            continue
        token = secrets.token_hex(8)
        if not store.claim(db, row["id"], now=iso(clock()), token=token):
            continue  # another process took it
        row = dict(row, attempts=row["attempts"] + 1)
        outcome = _send(db, row, channels, env, out)
        _record(db, row, token, outcome, clock(), summary)
        if outcome is None:
            failures_in_a_row[where] = 0
        elif outcome is not _CANCELLED and not outcome.permanent:
            failures_in_a_row[where] = failures_in_a_row.get(where, 0) + 1
    counts = store.status_counts(db)
    summary.pending = sum(counts.get(s, 0) for s in (*store.WAITING, "sending"))
    return summary


_CANCELLED = DeliveryError("subscription removed", permanent=True)


def _send(db: Database, row: dict[str, Any], channels: dict, env, out) -> DeliveryError | None:
    """Build and send one delivery; None when accepted, else the error to record."""
    sub = None
    if row["subscription_id"] is not None:
        sub = get_subscription(db, row["subscription_id"])
        if sub is None or not sub["active"]:
            return _CANCELLED
    try:
        if row["channel"] not in channels:
            channels[row["channel"]] = get_channel(row["channel"], env=env, out=out)
    except Exception as exc:  # configuration can be fixed: retried, not given up
        return DeliveryError(f"{row['channel']} is not usable: {exc}")
    channel = channels[row["channel"]]
    message: Alert | Digest | AdminNotice
    try:
        if row["kind"] == "alert":
            message, send = build_alert(db, row), channel.send_alert
        elif row["kind"] == "digest":
            if sub is None:
                raise LookupError(f"delivery {row['id']}: a digest without a subscription")
            message = digests.build_digest(
                db, sub, row["period_start"], row["period_end"], delivery_id=row["id"]
            )
            send = channel.send_digest
        elif row["kind"] == "admin":
            message = AdminNotice(row["id"], row["subject"], row["body"], row["notice_source_id"])
            send = channel.send_admin
        else:
            return DeliveryError(f"unknown delivery kind {row['kind']!r}", permanent=True)
    except (LookupError, ValueError) as exc:
        return DeliveryError(f"cannot build the message: {exc}", permanent=True)
    except Exception as exc:
        log.exception("delivery %s: building the message failed", row["id"])
        return DeliveryError(f"cannot build the message: {type(exc).__name__}: {exc}")
    try:
        send(row["target"], message)
    except DeliveryError as exc:
        return exc
    except Exception as exc:  # a bug or an unexpected library error: retried, never fatal
        log.exception("delivery %s: unexpected error from channel %s", row["id"], row["channel"])
        return DeliveryError(f"{type(exc).__name__}: {exc}")
    return None


def _record(
    db: Database,
    row: dict[str, Any],
    token: str,
    error: DeliveryError | None,
    now: datetime,
    summary: DeliverySummary,
) -> None:
    stamp = iso(now)
    if error is None:
        if not store.mark_sent(db, row["id"], token=token, now=stamp):
            log.warning("delivery %s was sent but its claim had been released", row["id"])
        summary.sent += 1
        return
    if error is _CANCELLED:
        store.mark_cancelled(db, row["id"], token=token, reason=error.reason, now=stamp)
        summary.cancelled += 1
        return
    first_failed = parse_iso(row["first_failed_at"]) or now
    reason = error.reason
    expired = not error.permanent and now - first_failed >= GIVE_UP_AFTER
    if expired:
        reason = f"still failing after {GIVE_UP_AFTER.total_seconds() / 3600:g} h: {reason}"
    if error.permanent or expired:
        store.mark_given_up(db, row["id"], token=token, error=reason, now=stamp)
        summary.given_up += 1
        status = "given_up"
        retry_at = None
    else:
        delay = (
            timedelta(seconds=error.retry_after)
            if error.retry_after is not None
            else backoff(row["attempts"])
        )
        # The last try comes when the day of failing is up, not after it.
        retry_at = min(now + delay, max(first_failed + GIVE_UP_AFTER, now))
        store.mark_failed(
            db,
            row["id"],
            token=token,
            error=reason,
            first_failed_at=iso(first_failed),
            retry_at=iso(retry_at),
        )
        summary.failed += 1
        status = "failed"
    summary.problems.append(
        {
            "delivery_id": row["id"],
            "kind": row["kind"],
            "channel": row["channel"],
            "target": shown_target(row["channel"], row["target"]),
            "status": status,
            "attempts": row["attempts"],
            "reason": reason,
            "retry_at": iso(retry_at) if retry_at else None,
        }
    )


def shown_target(channel: str, target: str) -> str:
    """A webhook URL is a credential (whoever has it can post): shown as its host and last
    characters only, in output and logs. An ``env:NAME`` reference is no secret: shown."""
    if channel != "webhook" or target.startswith("env:"):
        return target
    parts = urlsplit(target)
    return f"{parts.scheme}://{parts.netloc}/…{target[-4:]}"


# --- building an alert ---------------------------------------------------------------------


def build_alert(db: Database, delivery: dict[str, Any]) -> Alert:
    """The alert of one delivery: its event, plus every place of the same notice that joined
    it before sending (see alerts/grouping.py)."""
    sub = get_subscription(db, delivery["subscription_id"])
    first = get_event(db, delivery["event_id"])
    if sub is None or first is None:
        raise LookupError(f"delivery {delivery['id']}: its subscription or event is gone")
    events = [first]
    for event_id in store.merged_event_ids(db, delivery["id"]):
        event = get_event(db, event_id)
        if event is not None:
            events.append(event)
    evidence = parse_evidence(first.get("evidence"))
    body = first.get("added_text") if first["kind"] == "updated" else None
    text = body or first.get("text") or ""
    return Alert(
        delivery_id=delivery["id"],
        event_ids=[e["id"] for e in events],
        event_kind=first["kind"],
        title=first.get("title") or "",
        url=first.get("url"),
        severity=max((e.get("severity") or "none" for e in events), key=severity_rank),
        change_kind=first.get("change_kind") or "informational",
        destinations=_union(e.get("destinations") for e in events) or ["*"],
        categories=_union(e.get("categories") for e in events),
        evidence=evidence,
        summary=digests.summarize(text, evidence),
        text=text,
        places=[
            Place(
                source_id=e["source_id"],
                source_name=e.get("source_name") or e["source_id"],
                operator=e.get("operator"),
                url=e.get("url"),
                detected_at=e["detected_at"],
            )
            for e in events
        ],
        published=first.get("published"),
        detected_at=first["detected_at"],
        subscription_id=sub["id"],
        subscription_name=sub["name"],
        unsubscribe_token=sub["unsubscribe_token"],
    )


def _union(lists) -> list[str]:
    out: list[str] = []
    for values in lists:
        out.extend(v for v in values or [] if v not in out)
    return ["*"] if "*" in out else out


def parse_evidence(raw: Any) -> list[Evidence]:
    """The classifier's evidence as stored: a list of records, or a mapping field → records."""
    items: list[tuple[str | None, Any]] = []
    if isinstance(raw, dict):
        for name, value in raw.items():
            items.extend((name, v) for v in (value if isinstance(value, list) else [value]))
    elif isinstance(raw, list):
        items = [(None, v) for v in raw]
    out = []
    for name, item in items:
        if isinstance(item, dict):
            out.append(
                Evidence(
                    field=str(item.get("field") or name or ""),
                    value=str(item.get("value") or ""),
                    text=str(item.get("text") or item.get("match") or ""),
                    start=item.get("start"),
                    end=item.get("end"),
                )
            )
        elif isinstance(item, str):
            out.append(Evidence(field=name or "", value="", text=item))
    return out


# --- admin notices -------------------------------------------------------------------------


def admin_targets(env: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(channel, target) for the people running the service: ``POLICYWATCH_ADMIN_EMAIL``
    (comma-separated) and/or ``POLICYWATCH_ADMIN_SLACK_CHANNEL``, else the console."""
    env = os.environ if env is None else env
    wanted = [("email", a) for a in (env.get("POLICYWATCH_ADMIN_EMAIL") or "").split(",")]
    wanted.append(("slack", env.get("POLICYWATCH_ADMIN_SLACK_CHANNEL") or ""))
    targets = []
    for channel, target in wanted:
        if not target.strip():
            continue
        try:
            targets.append((channel, validate_target(channel, target.strip())))
        except ValueError as exc:
            log.warning("ignoring admin %s target %r: %s", channel, target, exc)
    return targets or [("console", CONSOLE_TARGET)]


def enqueue_admin_notice(
    db: Database,
    key: str,
    subject: str,
    text: str,
    env: Mapping[str, str] | None = None,
    *,
    source_id: str | None = None,
    now: datetime | None = None,
) -> bool:
    """Queue a notice for the admins once per ``key`` (per target); True if newly queued.

    The caller picks a key that names the condition and its occurrence (for example
    ``source-failing:usps:2026-11-28``) so the same condition is raised once, not every round.
    """
    stamp = iso(now or datetime.now(UTC))
    added = False
    with write_transaction(db):
        for channel, target in admin_targets(env):
            row = {
                "key": f"admin:{key}:{channel}:{target}",
                "kind": "admin",
                "channel": channel,
                "target": target,
                "subject": subject,
                "body": text,
                "notice_source_id": source_id,
                "status": "pending",
                "created_at": stamp,
                "next_attempt_at": stamp,
            }
            added = store.insert_delivery(db, row) is not None or added
    return added


# --- one round -----------------------------------------------------------------------------


def route_and_deliver(
    db_path: str | os.PathLike[str] | Path,
    *,
    now: datetime | None = None,
    env: Mapping[str, str] | None = None,
    out: IO[str] | None = None,
    retry_now: bool = False,
) -> DeliverySummary:
    """Route new events, queue due digests, send what is due: what `check`, `deliver` and the
    service's delivery job run."""
    db = connect(db_path)
    moment = now or datetime.now(UTC)
    routed = route_new_events(db, now=now)
    queued = digests.enqueue_due_digests(db, moment)
    summary = deliver_due(db, now=now, env=env, out=out, retry_now=retry_now)
    summary.routed, summary.digests_queued = routed, queued
    return summary
