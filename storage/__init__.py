"""The seam between watching and alerting: the SQLite schema and the queries both sides use."""

from storage.db import DEFAULT_DB_NAME, connect, default_db_path, thread_db, utcnow

__all__ = ["DEFAULT_DB_NAME", "connect", "default_db_path", "thread_db", "utcnow"]
