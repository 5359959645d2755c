"""Regexes compiled on first use instead of at import.

The classifier holds about 600 regexes; compiling them all took most of the time before
``classify`` could answer its first line, and a notice uses only some of them (the 41 dev
notices together use about half). A lazy pattern compiles itself when first searched, then
keeps the compiled pattern's methods in its own slots, so every later call costs what a call
on the compiled pattern costs.
"""

from __future__ import annotations

import re
from typing import Any, cast

# What the classifier calls on a pattern (anything else is read from the compiled one)
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``pattern`` and ``flags`` are as given: unlike a compiled pattern's, the flags do not
    include re.UNICODE or the flags written inside the pattern ("(?i)")."""

    __slots__ = ("pattern", "flags", "_compiled", *_METHODS)
    _compiled: re.Pattern[str]

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        try:
            return self._compiled
        except AttributeError:
            pass
        rx = re.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(rx, name))
        self._compiled = rx
        return rx

    def __getattr__(self, name: str) -> Any:
        # only reached for a slot not yet filled, or an attribute of the compiled pattern
        if name == "_compiled":
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return (lazy_compile, (self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used. Typed as the compiled pattern
    it stands for: callers use it as one (it is not one for ``isinstance``)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
