"""The delivery outbox and the routing mark: the queries alerts/ and the CLI run on them.

Every state change is one UPDATE guarded by the state it expects, so two processes working
the same outbox never both claim, or both finish, the same delivery.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from storage.events import decode_event

# Statuses a delivery waits in; `sending` is claimed; the rest are final.
WAITING = ("pending", "failed")
FINAL = ("sent", "given_up", "merged", "skipped", "cancelled")


# --- routing -------------------------------------------------------------------------------


def unrouted_events(db: Database, *, limit: int = 500) -> list[dict[str, Any]]:
    """Classified events not routed yet, oldest first; unclassified ones wait for the classifier."""
    rows = db.query(
        "SELECT e.* FROM events e WHERE e.relevant IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM routed_events r WHERE r.event_id = e.id)"
        " ORDER BY e.id LIMIT ?",
        [limit],
    )
    return [decode_event(r) for r in rows]


def is_routed(db: Database, event_id: int) -> bool:
    return bool(db.execute("SELECT 1 FROM routed_events WHERE event_id = ?", [event_id]).fetchone())


def mark_routed(db: Database, event_id: int, deliveries: int, now: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO routed_events (event_id, routed_at, deliveries) VALUES (?, ?, ?)",
        [event_id, now, deliveries],
    )


def insert_delivery(db: Database, row: dict[str, Any]) -> int | None:
    """Insert unless a delivery with the same key exists; the new id, or None if it existed."""
    cols = list(row)
    cur = db.execute(
        f"INSERT OR IGNORE INTO deliveries ({', '.join(cols)})"
        f" VALUES ({', '.join('?' * len(cols))})",
        [row[c] for c in cols],
    )
    return cur.lastrowid if cur.rowcount else None


def group_candidates(
    db: Database,
    *,
    subscription_id: int,
    fingerprint_key: str | None,
    title_key: str | None,
    source_id: str,
    detected_since: str,
) -> list[dict[str, Any]]:
    """This subscription's alerts that share a grouping key with an event (oldest first):
    the ones a newly seen place of the same notice may join. alerts/grouping decides."""
    # One indexed lookup per key; `+` keeps the planner off the (unselective) merged_into index.
    rest = (
        " AND kind = 'alert' AND +merged_into IS NULL AND status != 'cancelled'"
        " AND source_id != ? AND event_detected_at >= ?"
    )
    parts, params = [], []
    for column, key in (("fingerprint_key", fingerprint_key), ("title_key", title_key)):
        if key:
            parts.append(
                f"SELECT * FROM deliveries WHERE subscription_id = ? AND {column} = ?{rest}"
            )
            params.extend([subscription_id, key, source_id, detected_since])
    if not parts:
        return []
    return list(db.query(" UNION ".join(parts) + " ORDER BY id", params))


# --- the outbox ----------------------------------------------------------------------------


def get_delivery(db: Database, delivery_id: int) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM deliveries WHERE id = ?", [delivery_id]))
    return rows[0] if rows else None


def release_stale_claims(db: Database, *, claimed_before: str) -> int:
    """Claims older than this belong to a process that died mid-send: due again now."""
    cur = db.execute(
        "UPDATE deliveries SET status = 'pending', claim_token = NULL,"
        " last_error = COALESCE(last_error, 'sending interrupted')"
        " WHERE status = 'sending' AND claimed_at < ?",
        [claimed_before],
    )
    return cur.rowcount


def due_deliveries(db: Database, *, now: str, retry_now: bool = False) -> list[dict[str, Any]]:
    """Waiting deliveries whose time has come (all waiting ones with ``retry_now``), in order."""
    sql = f"SELECT * FROM deliveries WHERE status IN {WAITING}"
    params: list[Any] = []
    if not retry_now:
        sql += " AND next_attempt_at <= ?"
        params.append(now)
    return list(db.query(sql + " ORDER BY next_attempt_at, id", params))


def claim(db: Database, delivery_id: int, *, now: str, token: str) -> bool:
    """Take a waiting delivery for sending; False when another process got there first."""
    cur = db.execute(
        "UPDATE deliveries SET status = 'sending', claimed_at = ?, claim_token = ?,"
        f" attempts = attempts + 1 WHERE id = ? AND status IN {WAITING}",
        [now, token, delivery_id],
    )
    return cur.rowcount == 1


def _finish_claim(db: Database, delivery_id: int, token: str, sets: str, params: list) -> bool:
    cur = db.execute(
        f"UPDATE deliveries SET {sets}, claim_token = NULL"
        " WHERE id = ? AND status = 'sending' AND claim_token = ?",
        [*params, delivery_id, token],
    )
    return cur.rowcount == 1


def mark_sent(db: Database, delivery_id: int, *, token: str, now: str) -> bool:
    return _finish_claim(
        db, delivery_id, token, "status = 'sent', sent_at = ?, finished_at = ?", [now, now]
    )


def mark_failed(
    db: Database, delivery_id: int, *, token: str, error: str, first_failed_at: str, retry_at: str
) -> bool:
    return _finish_claim(
        db,
        delivery_id,
        token,
        "status = 'failed', last_error = ?, first_failed_at = ?, next_attempt_at = ?",
        [error, first_failed_at, retry_at],
    )


def mark_given_up(db: Database, delivery_id: int, *, token: str, error: str, now: str) -> bool:
    return _finish_claim(
        db,
        delivery_id,
        token,
        "status = 'given_up', last_error = ?, finished_at = ?, first_failed_at ="
        " COALESCE(first_failed_at, ?)",
        [error, now, now],
    )


def mark_cancelled(db: Database, delivery_id: int, *, token: str, reason: str, now: str) -> bool:
    sets = "status = 'cancelled', last_error = ?, finished_at = ?"
    return _finish_claim(db, delivery_id, token, sets, [reason, now])


def merged_event_ids(db: Database, delivery_id: int) -> list[int]:
    """The events of the places that joined this alert after it was written, in order."""
    return [
        r["event_id"]
        for r in db.query(
            "SELECT event_id FROM deliveries WHERE merged_into = ? ORDER BY event_detected_at, id",
            [delivery_id],
        )
    ]


def status_counts(db: Database) -> dict[str, int]:
    return {
        r["status"]: r["n"]
        for r in db.query("SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status")
    }


def list_deliveries(
    db: Database,
    *,
    statuses: tuple[str, ...] | None = None,
    subscription_id: int | None = None,
    finished_since: str | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    where: list[str] = []
    params: list[str | int] = []
    if statuses:
        where.append(f"status IN ({','.join('?' * len(statuses))})")
        params.extend(statuses)
    if subscription_id is not None:
        where.append("subscription_id = ?")
        params.append(subscription_id)
    if finished_since:
        where.append("finished_at >= ?")
        params.append(finished_since)
    sql = "SELECT * FROM deliveries"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return list(db.query(sql + " ORDER BY id DESC LIMIT ?", [*params, limit]))


def deliveries_for_event(db: Database, event_id: int) -> list[dict[str, Any]]:
    """Alerts that carry this event, merged or not (for `changes show`)."""
    return list(
        db.query(
            "SELECT d.*, COALESCE(p.status, d.status) AS alert_status FROM deliveries d"
            " LEFT JOIN deliveries p ON p.id = d.merged_into"
            " WHERE d.event_id = ? AND d.kind = 'alert' ORDER BY d.id",
            [event_id],
        )
    )


def revive_skipped(db: Database, key: str, *, now: str) -> int | None:
    """Queue a digest recorded as skipped (empty) after all: ``digest --send --force``."""
    row = db.execute(
        "UPDATE deliveries SET status = 'pending', next_attempt_at = ?, finished_at = NULL,"
        " last_error = NULL WHERE key = ? AND status = 'skipped' RETURNING id",
        [now, key],
    ).fetchone()
    return row[0] if row else None


def digest_exists(db: Database, key: str) -> bool:
    return bool(db.execute("SELECT 1 FROM deliveries WHERE key = ?", [key]).fetchone())


# --- digests -------------------------------------------------------------------------------


def events_of_change_kinds(
    db: Database, kinds: tuple[str, ...], *, since: str, until: str
) -> list[dict[str, Any]]:
    """Relevant events of these kinds of change detected in [since, until), oldest first:
    what active suspensions are worked out from."""
    rows = db.query(
        f"SELECT * FROM events WHERE change_kind IN ({','.join('?' * len(kinds))})"
        " AND relevant = 1 AND detected_at >= ? AND detected_at < ? ORDER BY detected_at, id",
        [*kinds, since, until],
    )
    return [decode_event(r) for r in rows]
