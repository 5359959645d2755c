"""Subscriptions: who wants which changes, where, and how often. Validation is alerts/'s job."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from storage.db import insert_row, utcnow, write_transaction

_JSON_FIELDS = ("destinations", "categories", "sources")


def insert_subscription(db: Database, sub: dict[str, Any]) -> int:
    """Store an already validated subscription; list fields are stored as JSON."""
    row = dict(sub)
    for name in _JSON_FIELDS:
        row[name] = json.dumps(list(row.get(name) or []), ensure_ascii=False)
    row.setdefault("created_at", utcnow())
    row["immediate"] = int(bool(row.get("immediate", True)))
    return insert_row(db, "subscriptions", row)


def decode_subscription(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for name in _JSON_FIELDS:
        out[name] = json.loads(out[name]) if out.get(name) else []
    out["immediate"] = bool(out.get("immediate", 1))
    out["active"] = out.get("removed_at") is None
    return out


def get_subscription(db: Database, sub_id: int) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM subscriptions WHERE id = ?", [sub_id]))
    return decode_subscription(rows[0]) if rows else None


def get_subscription_by_token(db: Database, token: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM subscriptions WHERE unsubscribe_token = ?", [token]))
    return decode_subscription(rows[0]) if rows else None


def list_subscriptions(db: Database, *, include_removed: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM subscriptions"
    if not include_removed:
        sql += " WHERE removed_at IS NULL"
    return [decode_subscription(r) for r in db.query(sql + " ORDER BY id")]


def remove_subscription(db: Database, sub_id: int, *, now: str | None = None) -> bool:
    """Mark removed (kept for the delivery history) and cancel what it has not been sent yet.

    Returns False when there is no such active subscription.
    """
    now = now or utcnow()
    conn = db.conn
    with write_transaction(db):
        cur = conn.execute(
            "UPDATE subscriptions SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
            [now, sub_id],
        )
        if cur.rowcount:
            conn.execute(
                "UPDATE deliveries SET status = 'cancelled', finished_at = ?,"
                " last_error = 'subscription removed'"
                " WHERE subscription_id = ? AND status IN ('pending', 'failed')",
                [now, sub_id],
            )
    return bool(cur.rowcount)


def delivery_counts(db: Database) -> dict[int, dict[str, int]]:
    """Per subscription id, how many deliveries are in each status (for `subscriptions list`)."""
    out: dict[int, dict[str, int]] = {}
    for row in db.query(
        "SELECT subscription_id, status, COUNT(*) AS n FROM deliveries"
        " WHERE subscription_id IS NOT NULL GROUP BY subscription_id, status"
    ):
        out.setdefault(row["subscription_id"], {})[row["status"]] = row["n"]
    return out
