"""The compiled lexicon tables (gazetteer and phrase automatons), kept on disk between runs.

Building them from the YAML and JSON data takes about half a second, more than anything else
before ``classify`` can answer its first line; unpickling them takes a tenth of that. A table
is stored under a fingerprint of everything it is built from: the package's code and data, the
Python version and the ``ahocorasick`` extension module. Any change gives a new fingerprint,
so a stale table is never read, and a missing, unreadable or foreign file is rebuilt.

Where: ``$POLICYWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/policywatch``, else
``~/.cache/policywatch``. ``POLICYWATCH_CACHE_DIR=off`` (or empty) builds in memory every
time. The files are pickles, so only a directory that the user alone owns and can write to is
read: a table from anyone else could run code.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import TypeVar

import ahocorasick

T = TypeVar("T")

CACHE_ENV = "POLICYWATCH_CACHE_DIR"
_OFF = ("", "off", "none", "0")
_SUFFIXES = (".py", ".yaml", ".json")
_LEFT_AFTER = 3600  # seconds after which a temporary file is taken as left by a dead writer


def cache_dir() -> Path | None:
    """Where the tables are kept, or None when the cache is switched off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF else Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    return (Path(base) if base else Path.home() / ".cache") / "policywatch"


def _package_files(root: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    found: list[tuple[str, Traversable]] = []
    for item in root.iterdir():
        name = prefix + item.name
        if item.is_dir():
            if item.name != "__pycache__":
                found.extend(_package_files(item, name + "/"))
        elif item.name.endswith(_SUFFIXES):
            found.append((name, item))
    return found


def fingerprint_of(root: Traversable) -> str:
    """A digest of the code and data under ``root``, this Python and the automaton module."""
    digest = hashlib.sha256()
    digest.update(f"{sys.implementation.cache_tag} {sys.version}".encode())
    module = Path(ahocorasick.__file__ or "")
    try:
        st = module.stat()
        digest.update(f"{module} {st.st_size} {st.st_mtime_ns}".encode())
    except OSError:
        digest.update(str(module).encode())
    for name, item in sorted(_package_files(root), key=lambda pair: pair[0]):
        data = item.read_bytes()
        digest.update(f"\0{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()[:20]


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The fingerprint of the installed classifier (read once per process)."""
    return fingerprint_of(resources.files("monitor.classify"))


def _private_dir(path: Path) -> bool:
    """True when ``path`` is a directory only this user can write to (made so if missing)."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = path.stat()
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        return False
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # Windows: the user's own profile directory
        return True
    return st.st_uid == getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(path: Path, kind: type[T]) -> T | None:
    try:
        with path.open("rb") as fh:
            table = pickle.load(fh)  # noqa: S301 - our own file, in a directory only we write
    except Exception:  # none yet, or truncated: built again
        return None
    return table if isinstance(table, kind) else None


def _write(folder: Path, name: str, table: object) -> None:
    """Atomically (a reader sees the old file or the whole new one), then removes the tables
    of ``name`` with other fingerprints. A cache that cannot be written is no error."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / f"{name}-{fingerprint()}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in folder.glob(f"{name}-*.pickle"):
            if old.name != f"{name}-{fingerprint()}.pickle":
                old.unlink(missing_ok=True)
        # what a process killed while writing left (a write takes well under a minute)
        for left in folder.glob(f".{name}-*.tmp"):
            if time.time() - left.stat().st_mtime > _LEFT_AFTER:
                left.unlink(missing_ok=True)
    except OSError:
        pass


def cached(name: str, kind: type[T], build: Callable[[], T]) -> T:
    """The table ``name`` from the cache when one was stored for this fingerprint, else
    ``build()`` (then stored)."""
    folder = cache_dir()
    if folder is None or not _private_dir(folder):
        return build()
    table = _read(folder / f"{name}-{fingerprint()}.pickle", kind)
    if table is None:
        table = build()
        _write(folder, name, table)
    return table
