"""Routing: which subscriptions a stored event concerns, written as outbox rows before any send.

Matching rules (a relevant, classified event against an active subscription):

* destinations meet: either side is ``*``, or they share a code. An event that names no
  destination reaches only ``*`` subscriptions.
* categories meet: the subscription names none (any), or they share one, or one side is
  ``all_goods``, which covers every goods category (everything but ``documents``). A stop of
  all goods concerns a sender of batteries; a rule for batteries concerns a sender of goods.
* its severity reaches the subscription's minimum (none < low < medium < high < critical);
  ``irrelevant`` events and severity ``none`` never alert.
* sources: the subscription names none (any), or the event's source is one of them.

A subscription only receives events detected at or after its creation: subscribing is not a
request for the backlog (a digest preview shows that). Unclassified events (``relevant`` NULL)
wait unrouted until the classifier has filled them in.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from alerts import grouping
from alerts.model import SEVERITIES
from storage import deliveries as outbox_store
from storage.db import iso, write_transaction
from storage.events import get_event
from storage.subscriptions import list_subscriptions

SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
_NOT_GOODS = {"documents"}


def destinations_meet(event_destinations: list[str], sub_destinations: list[str]) -> bool:
    if "*" in sub_destinations or "*" in event_destinations:
        return True
    return bool(set(event_destinations) & set(sub_destinations))


def categories_meet(event_categories: list[str], sub_categories: list[str]) -> bool:
    if not sub_categories:
        return True
    event_set, sub_set = set(event_categories), set(sub_categories)
    if event_set & sub_set:
        return True
    if "all_goods" in event_set and sub_set - _NOT_GOODS:
        return True
    return "all_goods" in sub_set and bool(event_set - _NOT_GOODS)


def severity_rank(severity: str | None) -> int:
    return SEVERITY_RANK.get((severity or "none").lower(), 0)


def alertable(event: dict[str, Any]) -> bool:
    """Relevant, classified, and serious enough to alert anyone at all."""
    return (
        event.get("relevant") is True
        and event.get("change_kind") != "irrelevant"
        and severity_rank(event.get("severity")) > 0
    )


def matches(event: dict[str, Any], sub: dict[str, Any], *, check_created: bool = True) -> bool:
    """Whether ``event`` concerns subscription ``sub`` (module doc), ignoring its digest mode."""
    if not alertable(event):
        return False
    if severity_rank(event.get("severity")) < severity_rank(sub["min_severity"]):
        return False
    if sub["sources"] and event.get("source_id") not in sub["sources"]:
        return False
    if not destinations_meet(event.get("destinations") or [], sub["destinations"]):
        return False
    if not categories_meet(event.get("categories") or [], sub["categories"]):
        return False
    return not check_created or _detected_after_creation(event, sub)


def _detected_after_creation(event: dict[str, Any], sub: dict[str, Any]) -> bool:
    detected = grouping.parse_time(event.get("detected_at"))
    created = grouping.parse_time(sub.get("created_at"))
    return detected is not None and created is not None and detected >= created


def route_new_events(db: Database, *, now: datetime | None = None) -> int:
    """Write the deliveries of every classified event not routed yet; returns how many.

    One transaction per event: its deliveries and its routed mark are written together, so a
    crash routes it again in full or not at all, and the unique keys make a second router
    (another process) write nothing twice.
    """
    stamp = iso(now)
    created = 0
    while True:
        events = outbox_store.unrouted_events(db)
        if not events:
            return created
        subs = [s for s in list_subscriptions(db) if s["immediate"]]
        for event in events:
            created += _route_event(db, event, subs, stamp)


def _route_event(db: Database, event: dict[str, Any], subs: list[dict], stamp: str) -> int:
    written = 0
    with write_transaction(db):
        if outbox_store.is_routed(db, event["id"]):
            return 0
        for sub in subs:
            if matches(event, sub) and _write_alert(db, event, sub, stamp):
                written += 1
        outbox_store.mark_routed(db, event["id"], written, stamp)
    return written


def _write_alert(db: Database, event: dict[str, Any], sub: dict[str, Any], stamp: str) -> bool:
    """One row for (event, subscription): pending, or merged into the alert of the same notice
    written earlier (sent already or not: either way nothing more is sent for this place)."""
    fkey, tkey = grouping.fingerprint_key(event), grouping.title_key(event)
    primary = _group_primary(db, event, sub["id"], fkey, tkey)
    row = {
        "key": f"alert:{sub['id']}:{event['id']}",
        "kind": "alert",
        "subscription_id": sub["id"],
        "event_id": event["id"],
        "channel": sub["channel"],
        "target": sub["target"],
        "fingerprint_key": fkey,
        "title_key": tkey,
        "source_id": event["source_id"],
        "event_detected_at": event["detected_at"],
        "created_at": stamp,
    }
    if primary is None:
        row.update(status="pending", next_attempt_at=stamp)
    else:
        row.update(status="merged", merged_into=primary["id"], finished_at=stamp)
    return outbox_store.insert_delivery(db, row) is not None


def _group_primary(
    db: Database, event: dict[str, Any], sub_id: int, fkey: str | None, tkey: str | None
) -> dict[str, Any] | None:
    detected = grouping.parse_time(event["detected_at"])
    if detected is None:
        return None
    since = iso(detected - grouping.MERGE_WINDOW)
    for candidate in outbox_store.group_candidates(
        db,
        subscription_id=sub_id,
        fingerprint_key=fkey,
        title_key=tkey,
        source_id=event["source_id"],
        detected_since=since,
    ):
        first = get_event(db, candidate["event_id"])
        if first is not None and grouping.same_notice(first, event):
            return candidate
    return None
