"""Change events: written by monitor/, read by alerts/ and the CLI."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from storage.db import insert_row

_JSON_FIELDS = ("destinations", "categories", "evidence")


def insert_event(db: Database, event: dict[str, Any]) -> int:
    """Store one event; list/dict classification fields are stored as JSON."""
    row = dict(event)
    for name in _JSON_FIELDS:
        if name in row and not isinstance(row[name], str | None):
            row[name] = json.dumps(row[name], ensure_ascii=False)
    if "relevant" in row and isinstance(row["relevant"], bool):
        row["relevant"] = int(row["relevant"])
    return insert_row(db, "events", row)


def decode_event(row: dict[str, Any]) -> dict[str, Any]:
    """A row as Python values: JSON fields parsed, ``relevant`` as bool or None."""
    out = dict(row)
    for name in _JSON_FIELDS:
        if out.get(name):
            out[name] = json.loads(out[name])
        else:
            out[name] = []
    if out.get("relevant") is not None:
        out["relevant"] = bool(out["relevant"])
    return out


def get_event(db: Database, event_id: int) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM events WHERE id = ?", [event_id]))
    return decode_event(rows[0]) if rows else None


def list_events(
    db: Database,
    *,
    since: str | None = None,
    until: str | None = None,
    source_ids: list[str] | None = None,
    destination: str | None = None,
    relevant_only: bool = False,
    after_id: int | None = None,
    limit: int | None = None,
    newest: int | None = None,
) -> list[dict[str, Any]]:
    """Events, oldest first (the first ``limit``, or the last ``newest``).
    ``destination`` matches the code itself or ``*``."""
    where: list[str] = []
    params: list[str | int] = []
    if since:
        where.append("detected_at >= ?")
        params.append(since)
    if until:
        where.append("detected_at < ?")
        params.append(until)
    if source_ids:
        where.append(f"source_id IN ({','.join('?' * len(source_ids))})")
        params.extend(source_ids)
    if relevant_only:
        where.append("relevant = 1")
    if after_id is not None:
        where.append("id > ?")
        params.append(after_id)
    if destination:
        where.append(
            "EXISTS (SELECT 1 FROM json_each(events.destinations) d WHERE d.value IN (?, '*'))"
        )
        params.append(destination.upper())
    sql = "SELECT * FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    if newest:
        sql = f"SELECT * FROM ({sql} ORDER BY id DESC LIMIT {int(newest)})"
    sql += " ORDER BY id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [decode_event(r) for r in db.query(sql, params)]
