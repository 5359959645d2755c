"""Notices, their versions and the distinct texts they had (each text stored once by hash)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database


def load_source_notices(db: Database, source_id: str, history: int = 6) -> list[dict[str, Any]]:
    """Every notice of a source with its current text and its recent comparison hashes."""
    rows = list(
        db.query(
            """SELECT n.id, n.key, n.title, n.url, n.norm_hash, n.removed_at, c.text
               FROM notices n LEFT JOIN contents c ON c.hash = n.content_hash
               WHERE n.source_id = ?""",
            [source_id],
        )
    )
    if not rows:
        return rows
    recent: dict[int, list[str]] = {}
    for v in db.query(
        """SELECT notice_id, norm_hash FROM (
               SELECT notice_id, norm_hash,
                      ROW_NUMBER() OVER (PARTITION BY notice_id ORDER BY id DESC) AS rn
               FROM notice_versions
               WHERE notice_id IN (SELECT id FROM notices WHERE source_id = ?))
           WHERE rn <= ? ORDER BY notice_id, rn""",
        [source_id, history],
    ):
        recent.setdefault(v["notice_id"], []).append(v["norm_hash"])
    for r in rows:
        r["recent_hashes"] = recent.get(r["id"], [])
    return rows


def store_content(db: Database, content_hash: str, text: str, now: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO contents (hash, text, created_at) VALUES (?, ?, ?)",
        [content_hash, text, now],
    )


def insert_notice(db: Database, source_id: str, notice: dict[str, Any], now: str) -> int:
    cur = db.execute(
        """INSERT INTO notices (source_id, key, title, url, published, content_hash, norm_hash,
                                first_seen, last_seen)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            source_id,
            notice["key"],
            notice["title"],
            notice["url"],
            notice["published"],
            notice["content_hash"],
            notice["norm_hash"],
            now,
            now,
        ],
    )
    if cur.lastrowid is None:  # never after an INSERT into a rowid table
        raise RuntimeError("INSERT INTO notices gave no row id")
    return cur.lastrowid


def update_notice(db: Database, notice_id: int, notice: dict[str, Any], now: str) -> None:
    db.execute(
        """UPDATE notices SET title = ?, url = ?, published = ?, content_hash = ?, norm_hash = ?,
                              last_seen = ?, removed_at = NULL WHERE id = ?""",
        [
            notice["title"],
            notice["url"],
            notice["published"],
            notice["content_hash"],
            notice["norm_hash"],
            now,
            notice_id,
        ],
    )


def add_version(db: Database, notice_id: int, content_hash: str, norm_hash: str, now: str) -> None:
    db.execute(
        "INSERT INTO notice_versions (notice_id, content_hash, norm_hash, seen_at)"
        " VALUES (?, ?, ?, ?)",
        [notice_id, content_hash, norm_hash, now],
    )


def mark_removed(db: Database, notice_id: int, now: str) -> None:
    db.execute("UPDATE notices SET removed_at = ? WHERE id = ?", [now, notice_id])


def touch_seen(db: Database, notice_ids: list[int], now: str) -> None:
    if notice_ids:
        db.execute(
            f"UPDATE notices SET last_seen = ? WHERE id IN ({','.join('?' * len(notice_ids))})",
            [now, *notice_ids],
        )
