"""Per-source state (conditional GET validators, health, next due time) and the fetch log."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

_COLUMNS = (
    "etag",
    "last_modified",
    "body_hash",
    "last_check_at",
    "last_success_at",
    "last_status",
    "last_error",
    "consecutive_failures",
    "failing_since",
    "next_due_at",
    "baseline_at",
    "notice_count",
    "ever_had_notices",
    "admin_alerted",
    "revision",
)


def all_states(db: Database) -> dict[str, dict[str, Any]]:
    return {r["source_id"]: r for r in db.query("SELECT * FROM source_state")}


def get_state(db: Database, source_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM source_state WHERE source_id = ?", [source_id]))
    return rows[0] if rows else None


def save_state(db: Database, source_id: str, values: dict[str, Any]) -> None:
    """Insert or update the given columns only; the others keep their values."""
    values = {k: v for k, v in values.items() if k in _COLUMNS}
    cols = ", ".join(values)
    marks = ", ".join("?" * len(values))
    updates = ", ".join(f"{k} = excluded.{k}" for k in values)
    db.execute(
        f"INSERT INTO source_state (source_id, {cols}) VALUES (?, {marks})"
        f" ON CONFLICT(source_id) DO UPDATE SET {updates}",
        [source_id, *values.values()],
    )


def record_fetch(db: Database, fetch: dict[str, Any]) -> None:
    db.execute(
        """INSERT INTO fetches (source_id, started_at, url, status, bytes, duration_ms,
                                not_modified, error)
           VALUES (:source_id, :started_at, :url, :status, :bytes, :duration_ms,
                   :not_modified, :error)""",
        {
            "status": None,
            "bytes": None,
            "duration_ms": None,
            "not_modified": 0,
            "error": None,
            **fetch,
        },
    )


def recent_fetches(db: Database, source_id: str, limit: int = 10) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT * FROM fetches WHERE source_id = ? ORDER BY id DESC LIMIT ?",
            [source_id, limit],
        )
    )
