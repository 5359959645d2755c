"""Opening the database: WAL, a busy timeout, and migrations applied in order.

A sqlite-utils ``Database`` belongs to the thread that opened it, so every thread calls
:func:`connect` for its own connection; migrations run once per file, guarded by a table.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlite_utils import Database

DEFAULT_DB_NAME = "policywatch.db"
_migrated: set[str] = set()
_migrate_lock = threading.Lock()


def default_db_path() -> Path:
    """``POLICYWATCH_DB`` if set, else ``policywatch.db`` in the working directory."""
    return Path(os.environ.get("POLICYWATCH_DB") or DEFAULT_DB_NAME)


def iso(moment: datetime | None = None) -> str:
    """``moment`` (default: now) as the ISO 8601 UTC text every timestamp column holds, which
    sorts as text: ``2026-11-28T13:29:59Z``. A naive datetime is taken as UTC."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utcnow() -> str:
    """Now, as stored."""
    return iso()


def parse_iso(text: str | None) -> datetime | None:
    """A stored timestamp (or an ISO date) back as an aware datetime; None if absent or bad."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def connect(path: str | os.PathLike[str]) -> Database:
    """A new connection for the calling thread, schema brought up to date."""
    path = str(path)
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=True)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # A bounded page cache per connection (one per worker thread): the service's memory then
    # stops growing with the database instead of filling 2 MiB a connection.
    conn.execute("PRAGMA cache_size = -1024")
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn)
    key = os.path.abspath(path)
    if path == ":memory:":
        migrate(db)  # every in-memory database is a new, empty one
    elif key not in _migrated:
        with _migrate_lock:
            migrate(db)
            _migrated.add(key)
    return db


def migrate(db: Database) -> list[str]:
    """Apply the SQL files of ``storage/migrations`` not yet applied; returns their names."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
    )
    done = {r[0] for r in db.execute("SELECT name FROM schema_migrations").fetchall()}
    files = sorted(
        (f for f in resources.files("storage.migrations").iterdir() if f.name.endswith(".sql")),
        key=lambda f: f.name,
    )
    if not files:
        # An install without its migrations would let sqlite-utils invent tables with the
        # wrong columns, and the database would be broken for good: refuse instead.
        raise RuntimeError("no schema migrations found in storage/migrations (broken install?)")
    applied = []
    for f in files:
        if f.name in done:
            continue
        with write_transaction(db):
            conn = db.conn
            # Another process may have applied it between our read and our lock.
            if conn.execute("SELECT 1 FROM schema_migrations WHERE name=?", [f.name]).fetchone():
                continue
            for statement in _split_sql(f.read_text(encoding="utf-8")):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", [f.name, utcnow()]
            )
        applied.append(f.name)
    return applied


def insert_row(db: Database, table: str, row: dict[str, Any]) -> int:
    """INSERT one row and return its id. Plain SQL, so that it joins the caller's transaction
    whatever the sqlite-utils version (3.x's ``insert`` commits it halfway)."""
    columns = ", ".join(row)
    marks = ", ".join("?" * len(row))
    cur = db.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    if cur.lastrowid is None:  # never after an INSERT into a rowid table
        raise RuntimeError(f"INSERT INTO {table} gave no row id")
    return cur.lastrowid


@contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """One write transaction, its lock taken at once (concurrent writers queue on the busy
    timeout instead of failing halfway); everything in it is rolled back on any error.

    The connection runs in autocommit mode, where ``with conn:`` opens no transaction, so
    every multi-statement write goes through here.
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _split_sql(script: str) -> list[str]:
    statements, buf = [], []
    for line in script.splitlines():
        buf.append(line)
        if sqlite3.complete_statement("\n".join(buf)):
            stmt = "\n".join(buf).strip()
            if stmt.strip(";").strip():
                statements.append(stmt)
            buf = []
    return statements


_local = threading.local()


def thread_db(path: str | os.PathLike[str]) -> Database:
    """This thread's own connection to ``path``, opened on first use and then reused."""
    key = os.path.abspath(str(path))
    conns = getattr(_local, "conns", None)
    if conns is None:
        conns = _local.conns = {}
    db = conns.get(key)
    if db is None:
        db = conns[key] = connect(path)
    return db
