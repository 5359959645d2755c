"""The seam between watching and alerting: the SQLite schema and the queries both sides use."""

from __future__ import annotations

from typing import Any

__all__ = ["DEFAULT_DB_NAME", "connect", "default_db_path", "thread_db", "utcnow"]


def __getattr__(name: str) -> Any:
    """The names of storage.db, imported on first use: a command that reads no database
    (``policywatch classify``, which needs only ``storage.taxonomy``) does not load
    sqlite-utils."""
    if name in __all__:
        from storage import db

        return getattr(db, name)
    raise AttributeError(f"module 'storage' has no attribute {name!r}")
