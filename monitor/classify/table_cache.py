"""The compiled lexicon tables (gazetteer and phrase automatons), kept on disk between runs.

Building them from the YAML and JSON data takes about half a second, more than anything else
before ``classify`` can answer its first line; unpickling them takes a tenth of that. A table
is stored under a fingerprint of everything it is built from: the classifier's code and data,
the taxonomy it reads, the Python, PyYAML and ``ahocorasick`` it runs with. Any change gives a
new fingerprint, so a stale table is never read, and a missing or damaged file is rebuilt.

Where: ``$POLICYWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/policywatch``, else
``~/.cache/policywatch``. ``POLICYWATCH_CACHE_DIR=off`` (or empty) builds in memory every
time. The files are pickles, so only a directory that the user alone owns and can write to is
read (on Windows, where this is not checked, the user's own profile directory is expected): a
table from anyone else could run code. Each file carries a digest of its contents, checked
before unpickling: the automaton module trusts its pickles, and a file cut short by a crash or
a power cut could bring down every later start instead of being rebuilt.

A table built afresh is stored after the first answer, not before it (``store_built``, called
by ``policywatch classify`` between lines and by the service once its tables are built, else at
exit): writing them takes about a fifth of a second that the first answer need not wait for.
"""

from __future__ import annotations

import atexit
import gc
import hashlib
import os
import pickle
import re
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import TypeVar

import ahocorasick
import yaml

T = TypeVar("T")

CACHE_ENV = "POLICYWATCH_CACHE_DIR"
_OFF = ("", "off", "none", "0")
_SUFFIXES = (".py", ".yaml", ".json")
# Modules outside the package whose values go into the tables (the kinds of change)
_ALSO_READ = (("storage", "taxonomy.py"),)
_MAGIC = b"policywatch-table-1\n"
_DIGEST = 32  # bytes of sha256
_LEFT_AFTER = 3600  # seconds after which a temporary file is taken as left by a dead writer
# Tables of other fingerprints are kept this long after their last use: two installs (the
# service's and a checkout, two Pythons) may share the directory without rebuilding by turns
_UNUSED_AFTER = 14 * 24 * 3600


def cache_dir() -> Path | None:
    """Where the tables are kept, or None when the cache is switched off (or when no home
    directory is known to hold it)."""
    try:
        chosen = os.environ.get(CACHE_ENV)
        if chosen is not None:
            return None if chosen.strip().lower() in _OFF else Path(chosen).expanduser()
        base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
        if base:
            return Path(base) / "policywatch"
        return Path.home() / ".cache" / "policywatch"
    except RuntimeError:  # "~" with no HOME and no password entry (a container's bare uid)
        return None


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


def fingerprint_of(root: Traversable, also: tuple[Traversable, ...] = ()) -> str:
    """A digest of the code and data under ``root`` and the files ``also``, this Python,
    PyYAML and the automaton module."""
    digest = hashlib.sha256()
    digest.update(f"{sys.implementation.cache_tag} {sys.version} {yaml.__version__}".encode())
    module = Path(ahocorasick.__file__ or "")
    try:
        st = module.stat()
        digest.update(f"{module} {st.st_size} {st.st_mtime_ns}".encode())
    except OSError:
        digest.update(str(module).encode())
    files = sorted(_package_files(root), key=lambda pair: pair[0])
    files += [(f"../{item.name}", item) for item in also]
    for name, item in files:
        data = item.read_bytes()
        digest.update(f"\0{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()[:20]


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The fingerprint of the installed classifier (read once per process)."""
    also = tuple(resources.files(package).joinpath(name) for package, name in _ALSO_READ)
    return fingerprint_of(resources.files("monitor.classify"), also)


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
    if getuid is None:  # Windows: see the module docstring
        return True
    return st.st_uid == getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _stem(name: str) -> str:
    """What the files of table ``name`` start with, whatever their fingerprint."""
    return re.sub(r"[^A-Za-z0-9_]", "_", name) + "-"


def _file_name(name: str) -> str:
    return f"{_stem(name)}{fingerprint()}.pickle"


def _read(path: Path, kind: type[T]) -> T | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST
    payload = memoryview(data)[head:]  # (not a copy of several megabytes)
    if not data.startswith(_MAGIC) or hashlib.sha256(payload).digest() != data[len(_MAGIC) : head]:
        return None  # cut short, damaged or of another format: built again
    try:
        table = pickle.loads(payload)  # noqa: S301 - our own file, checked, in our own directory
    except Exception:
        return None
    if not isinstance(table, kind):
        return None
    try:
        os.utime(path)  # in use: see _UNUSED_AFTER
    except OSError:
        pass
    return table


def _write(folder: Path, name: str, table: object) -> None:
    """Atomically (a reader sees the old file or the whole new one; what a power cut leaves
    half-written fails the digest and is built again, so no fsync holds up the first answer),
    then removes what other fingerprints left unused. A cache that cannot be written is no
    error."""
    target = _file_name(name)
    try:
        payload = pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(prefix=f".{target}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, folder / target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        now = time.time()
        prefix = _stem(name)
        for old in folder.glob(f"{prefix}*.pickle"):
            if old.name != target and now - old.stat().st_mtime > _UNUSED_AFTER:
                old.unlink(missing_ok=True)
        # what a process killed while writing left (a write takes well under a minute)
        for left in folder.glob(f".{prefix}*.tmp"):
            if now - left.stat().st_mtime > _LEFT_AFTER:
                left.unlink(missing_ok=True)
    except OSError:
        pass


# Tables built in this process and not yet stored: (folder, name, table)
_built: list[tuple[Path, str, object]] = []
_built_lock = threading.Lock()


def _build_without_gc(build: Callable[[], T]) -> T:
    """``build()`` with the cyclic garbage collector paused: a table is some hundred thousand
    new tuples and lists, none of them garbage, which the collector would walk again and again
    (a fifth to a half of the gazetteer's build time, as measured here)."""
    paused = gc.isenabled()
    try:
        if paused:
            gc.disable()
        return build()
    finally:
        if paused:
            gc.enable()


def cached(name: str, kind: type[T], build: Callable[[], T]) -> T:
    """The table ``name`` from the cache when one was stored for this fingerprint, else
    ``build()`` (stored by the next ``store_built``)."""
    folder = cache_dir()
    if folder is None or not _private_dir(folder):
        return _build_without_gc(build)
    table = _read(folder / _file_name(name), kind)
    if table is None:
        table = _build_without_gc(build)
        with _built_lock:
            _built.append((folder, name, table))
    return table


@atexit.register
def store_built() -> None:
    """Stores the tables built since the last call (and at exit); cheap when there are none."""
    if not _built:
        return
    with _built_lock:
        todo = _built[:]
        del _built[:]
    for folder, name, table in todo:
        _write(folder, name, table)
