"""Digests: per subscription, what changed in a period for its filters, and when one is due.

A digest period ends at the subscription's hour (and weekday, for weekly) in its own time
zone and lasts one day or seven, counted in local days so a daylight-saving change does not
shift it. Scheduled digests are queued in the outbox under a key made of the subscription and
the period, so each is sent once; after downtime only the latest missed period is sent (a
backlog of stale digests helps no one). A period in which nothing changed sends nothing: its
row is kept as ``skipped`` so it is not reconsidered.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from alerts import grouping
from alerts.model import Digest, DigestEntry, DigestGroup
from alerts.render import destination_names
from alerts.routing import matches, severity_rank
from alerts.subscriptions import WEEKDAYS
from storage import deliveries as outbox_store
from storage.db import iso, write_transaction
from storage.events import list_events
from storage.subscriptions import list_subscriptions

PERIOD_DAYS = {"daily": 1, "weekly": 7}
_SUSPENSION_HISTORY = timedelta(days=365)
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")
# "z. B.", "e.g.", "1. April", "No. 5": a full stop after a short or numeric word ends nothing.
_NOT_AN_END = re.compile(
    r"(?:^|\s|\()(?:\w{1,2}|\d+|[A-Za-z]\.[A-Za-z]|approx|bzw|etc|vgl|Nr|art)\.$"
)


class Period(NamedTuple):
    start: datetime  # aware, UTC
    end: datetime


def _aware(moment: datetime | str) -> datetime:
    if isinstance(moment, str):
        parsed = grouping.parse_time(moment)
        if parsed is None:
            raise ValueError(f"not a timestamp: {moment!r}")
        moment = parsed
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# --- when ----------------------------------------------------------------------------------


def _slot(sub: dict[str, Any], day) -> datetime | None:
    """The digest time on local date ``day``, or None if a weekly digest is not due that day."""
    if sub["digest"] == "weekly" and WEEKDAYS[day.weekday()] != (sub["digest_day"] or "mon"):
        return None
    tz = ZoneInfo(sub.get("timezone") or "UTC")
    hour = sub["digest_hour"] if sub.get("digest_hour") is not None else 8
    # Through UTC and back: a local hour that a DST change skips moves to the next real one.
    local = datetime.combine(day, time(hour), tzinfo=tz)
    return local.astimezone(UTC)


def next_digest_time(subscription: dict[str, Any], after: datetime) -> datetime | None:
    """The first digest time strictly after ``after`` (aware UTC); None without a digest."""
    if subscription.get("digest") not in PERIOD_DAYS:
        return None
    after = _aware(after)
    local_day = after.astimezone(ZoneInfo(subscription.get("timezone") or "UTC")).date()
    for offset in range(0, 9):
        slot = _slot(subscription, local_day + timedelta(days=offset))
        if slot is not None and slot > after:
            return slot
    return None


def previous_digest_time(subscription: dict[str, Any], at: datetime) -> datetime | None:
    """The last digest time at or before ``at``; None without a digest."""
    if subscription.get("digest") not in PERIOD_DAYS:
        return None
    at = _aware(at)
    local_day = at.astimezone(ZoneInfo(subscription.get("timezone") or "UTC")).date()
    for offset in range(0, 9):
        slot = _slot(subscription, local_day - timedelta(days=offset))
        if slot is not None and slot <= at:
            return slot
    return None


def period_ending(subscription: dict[str, Any], end: datetime) -> Period:
    """A day or a week (weekly without a digest) of local time ending at ``end``: what
    `digest --preview` and `digest --send` cover."""
    end = _aware(end)
    days = PERIOD_DAYS.get(subscription.get("digest") or "", 7)
    tz = ZoneInfo(subscription.get("timezone") or "UTC")
    local_end = end.astimezone(tz).replace(tzinfo=None)
    start = (local_end - timedelta(days=days)).replace(tzinfo=tz).astimezone(UTC)
    return Period(start, end.astimezone(UTC))


def scheduled_period(subscription: dict[str, Any], end: datetime) -> Period:
    """The scheduled period ending at digest time ``end``: from the digest time before it, so
    consecutive digests neither overlap nor leave a gap (even across a DST change)."""
    start = previous_digest_time(subscription, end - timedelta(seconds=1))
    return Period(start, end) if start is not None else period_ending(subscription, end)


def digest_key(subscription: dict[str, Any], period: Period) -> str:
    return f"digest:{subscription['id']}:{iso(period.start)}:{iso(period.end)}"


def due_digests(db: Database, now: datetime) -> list[tuple[dict[str, Any], Period]]:
    """Per digest subscription, its latest period ended by ``now`` and not queued yet.

    A period that ended before the subscription existed is not due: its first digest is the
    first one scheduled after it was created.
    """
    due = []
    for sub in list_subscriptions(db):
        end = previous_digest_time(sub, now)
        if end is None or end <= _aware(sub["created_at"]):
            continue
        period = scheduled_period(sub, end)
        if not outbox_store.digest_exists(db, digest_key(sub, period)):
            due.append((sub, period))
    return due


def enqueue_digest(
    db: Database, subscription: dict[str, Any], period: Period, *, force: bool = False, now=None
) -> int | None:
    """Queue one digest in the outbox; the delivery id, or None when the period was empty
    (recorded as ``skipped`` unless ``force``) or this digest was queued before."""
    stamp = iso(_aware(now or datetime.now(UTC)))
    empty = force is False and is_empty(build_digest(db, subscription, *period))
    row = {
        "key": digest_key(subscription, period),
        "kind": "digest",
        "subscription_id": subscription["id"],
        "channel": subscription["channel"],
        "target": subscription["target"],
        "period_start": iso(period.start),
        "period_end": iso(period.end),
        "created_at": stamp,
    }
    if empty:
        row.update(status="skipped", last_error="nothing changed in the period", finished_at=stamp)
    else:
        row.update(status="pending", next_attempt_at=stamp)
    with write_transaction(db):
        delivery_id = outbox_store.insert_delivery(db, row)
        if delivery_id is None and force:
            delivery_id = outbox_store.revive_skipped(db, row["key"], now=stamp)
    return None if empty else delivery_id


def enqueue_due_digests(db: Database, now: datetime) -> int:
    """Queue every due digest (empty ones are recorded, not sent); returns how many will send."""
    return sum(
        1 for sub, period in due_digests(db, now) if enqueue_digest(db, sub, period, now=now)
    )


# --- what ----------------------------------------------------------------------------------


def summarize(text: str | None, evidence: list[Any] | None = None, limit: int = 280) -> str:
    """The first sentence and the ones holding the classifier's evidence, up to ``limit``."""
    sentences = split_sentences(text or "")
    if not sentences:
        return ""
    words = [_evidence_text(e).casefold() for e in evidence or []]
    words = [w for w in words if w]
    keep = [0] + [i for i, s in enumerate(sentences) if i and any(w in s.casefold() for w in words)]
    out = ""
    for i in keep:
        candidate = f"{out} {sentences[i]}".strip()
        if len(candidate) > limit:
            break
        out = candidate
    if not out:
        out = sentences[0][: limit - 1].rstrip() + "…"
    return out


def split_sentences(text: str) -> list[str]:
    """Sentences, not split after abbreviations and ordinals ("z. B.", "1. April")."""
    out: list[str] = []
    for piece in (s.strip() for s in _SENTENCE_END.split(text)):
        if not piece:
            continue
        if out and _NOT_AN_END.search(out[-1]) and not out[-1].endswith("\n"):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _evidence_text(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("text") or "")
    return str(getattr(item, "text", "") or "")


def _entry(event: dict[str, Any], destinations: list[str] | None = None) -> DigestEntry:
    return DigestEntry(
        event_id=event["id"],
        title=event.get("title") or "",
        url=event.get("url"),
        severity=event.get("severity") or "none",
        change_kind=event.get("change_kind") or "informational",
        destinations=list(destinations or event.get("destinations") or []),
        categories=list(event.get("categories") or []),
        source_name=event.get("source_name") or event.get("source_id") or "",
        operator=event.get("operator"),
        detected_at=event["detected_at"],
        summary=summarize(event.get("added_text") or event.get("text"), event.get("evidence")),
    )


def _order(entries: list[DigestEntry]) -> list[DigestEntry]:
    by_time = sorted(entries, key=lambda e: e.detected_at, reverse=True)
    return sorted(by_time, key=lambda e: severity_rank(e.severity), reverse=True)


def period_events(
    db: Database, subscription: dict[str, Any], start: datetime, end: datetime
) -> list[dict[str, Any]]:
    """Events detected in [start, end) that match the subscription, one per notice."""
    events = list_events(db, since=iso(start), until=iso(end), relevant_only=True)
    wanted = [e for e in events if matches(e, subscription, check_created=False)]
    return [group[0] for group in grouping.group_events(wanted)]


def active_suspensions(
    db: Database, subscription: dict[str, Any], at: datetime
) -> list[DigestEntry]:
    """Suspensions in the filters not lifted by a later resumption (or withdrawal) of the
    same operator for the same destination. Another operator's resumption lifts nothing: when
    eighty posts suspend and one resumes, seventy-nine are still suspended."""
    since = iso(_aware(at) - _SUSPENSION_HISTORY)
    events = outbox_store.events_of_change_kinds(
        db, ("suspension", "resumption"), since=since, until=iso(at)
    )
    holder: dict[tuple[str, str], dict[str, Any]] = {}
    for event in events:
        op = grouping.operator_key(event)
        dests = event.get("destinations") or []
        if event.get("change_kind") == "suspension" and event.get("kind") != "removed":
            for dest in dests:
                holder[(op, dest)] = event
        else:
            # A resumption for every destination lifts all of them; one for US lifts US only.
            for key in [k for k in holder if k[0] == op and ("*" in dests or k[1] in dests)]:
                del holder[key]
    still: dict[int, list[str]] = {}
    by_id: dict[int, dict[str, Any]] = {}
    for (_, dest), event in holder.items():
        still.setdefault(event["id"], []).append(dest)
        by_id[event["id"]] = event
    shown = []
    for event_id in sorted(still):
        active = dict(by_id[event_id], destinations=still[event_id])
        if matches(active, subscription, check_created=False):
            shown.append(active)
    groups = grouping.group_events(shown)
    return _order([_entry(group[0]) for group in groups])


def build_digest(
    db: Database,
    subscription: dict[str, Any],
    period_start: datetime | str,
    period_end: datetime | str,
    *,
    delivery_id: int = 0,
) -> Digest:
    """The digest of one subscription for one period: groups per destination (the
    subscription's own, or the event's for ``*``), the most severe group first."""
    start, end = _aware(period_start), _aware(period_end)
    wanted = set(subscription["destinations"])
    groups: dict[str, list[DigestEntry]] = {}
    for event in period_events(db, subscription, start, end):
        dests = event.get("destinations") or ["*"]
        if "*" in dests:
            keys = ["*"]
        elif "*" in wanted:
            keys = list(dests)
        else:
            keys = [d for d in dests if d in wanted]
        for dest in keys:
            groups.setdefault(dest, []).append(_entry(event))
    names = dict(zip(groups, destination_names(list(groups)), strict=True))
    ordered = sorted(groups, key=lambda d: (d != "*", names[d].casefold()))
    ordered.sort(key=lambda d: max(severity_rank(e.severity) for e in groups[d]), reverse=True)
    return Digest(
        delivery_id=delivery_id,
        subscription_id=subscription["id"],
        subscription_name=subscription["name"],
        frequency=subscription["digest"] if subscription["digest"] in PERIOD_DAYS else "weekly",
        period_start=iso(start),
        period_end=iso(end),
        active_suspensions=active_suspensions(db, subscription, end),
        groups=[DigestGroup(d, names[d], _order(groups[d])) for d in ordered],
        unsubscribe_token=subscription["unsubscribe_token"],
    )


def is_empty(digest: Digest) -> bool:
    """Nothing changed in the period (standing suspensions alone are not news)."""
    return not any(group.entries for group in digest.groups)
