"""Extractors: turn a fetched body into notices, one extractor per source type.

Each type lives in its own module of this package and registers itself with
``@register("type")``; every module here whose name does not start with "_" is imported on
first use, so a new type is one new file. An extractor is a function (or a class whose
instances have an ``extract`` method) called as ``fn(source, body, url=..., encoding=...)``
returning ``list[Notice]``.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from monitor.config import Source
from monitor.notice import Notice

__all__ = ["ExtractError", "extract", "extractor_types", "register"]

ExtractorFn = Callable[..., list[Notice]]
T = TypeVar("T")

_registry: dict[str, tuple[object, ExtractorFn]] = {}
_loaded = False
_load_lock = threading.Lock()


class ExtractError(Exception):
    """The body cannot be read as this source's type; ``str(e)`` says why, for the admin."""


def register(type_name: str) -> Callable[[T], T]:
    """Decorator: make a function or class the extractor for sources of ``type_name``."""

    def decorate(obj: T) -> T:
        if isinstance(obj, type):
            instance: Any = obj()
            fn = instance.extract if hasattr(instance, "extract") else instance
        else:
            fn = obj
        if not callable(fn):
            raise TypeError(f"extractor for {type_name!r} is not callable")
        previous = _registry.get(type_name)
        if previous is not None and _origin(previous[0]) != _origin(obj):
            raise ValueError(f"extractor type {type_name!r} is already registered")
        _registry[type_name] = (obj, fn)
        return obj

    return decorate


def _origin(obj: object) -> tuple[str, str]:
    return getattr(obj, "__module__", ""), getattr(obj, "__qualname__", "")


def _load_builtin() -> None:
    """Import every extractor module of this package (each registers its type)."""
    global _loaded
    if _loaded:
        return
    with _load_lock:  # checks run in several threads; none may see a half-filled registry
        if _loaded:
            return
        for info in pkgutil.iter_modules(__path__):
            if not info.name.startswith("_"):
                importlib.import_module(f"{__name__}.{info.name}")
        _loaded = True


def extractor_types() -> list[str]:
    """The source types that can be extracted, sorted."""
    _load_builtin()
    return sorted(_registry)


def extract(
    source: Source, body: bytes, *, url: str | None = None, encoding: str | None = None
) -> list[Notice]:
    """Notices in ``body`` fetched for ``source``.

    ``url`` is the final fetched URL (relative links resolve against it; default
    ``source.url``); ``encoding`` is the charset the fetcher saw, only a hint. Raises
    ExtractError when the body is not what the source type expects.
    """
    _load_builtin()
    entry = _registry.get(source.type)
    if entry is None:
        known = ", ".join(sorted(_registry))
        raise ExtractError(f"no extractor for type '{source.type}' (known: {known})")
    if body is None:
        body = b""
    elif isinstance(body, str):
        body = body.encode("utf-8")
    try:
        notices = entry[1](source, bytes(body), url=url or source.url, encoding=encoding)
    except ExtractError:
        raise
    except Exception as exc:  # one odd page must become an admin alert, not a crashed check
        raise ExtractError(f"{source.type} extractor failed: {type(exc).__name__}: {exc}") from exc
    return _unique_keys(notices)


def _unique_keys(notices: list[Notice]) -> list[Notice]:
    """Give repeated keys a suffix by order of appearance (~2, ~3), so keys stay unique."""
    seen: dict[str, int] = {}
    out: list[Notice] = []
    taken = {n.key for n in notices}
    for notice in notices:
        count = seen.get(notice.key, 0) + 1
        seen[notice.key] = count
        if count > 1:
            key = f"{notice.key}~{count}"
            while key in taken:
                count += 1
                key = f"{notice.key}~{count}"
            seen[notice.key] = count
            taken.add(key)
            notice = dataclasses.replace(notice, key=key)
        out.append(notice)
    return out
