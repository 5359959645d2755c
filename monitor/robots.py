"""robots.txt (RFC 9309): parsed once per origin, then a cheap check per URL.

Not ``urllib.robotparser``: it lets the first matching line win and knows no ``*``/``$``
wildcards, whereas RFC 9309 (and the big crawlers site owners test with) use the longest
match, with Allow winning a tie.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

MAX_ROBOTS_BYTES = 500 * 1024  # RFC 9309: parse at least 500 KiB; ignore the rest
_SAFE = "/?=&;:@!$'()*+,~-._%"


def _normalise(path: str) -> str:
    """One spelling for a path or pattern, so ``%7E`` and ``~`` compare equal."""
    return quote(unquote(path), safe=_SAFE)


@dataclass(frozen=True)
class _Rule:
    allow: bool
    length: int  # of the pattern: the longest matching pattern decides
    prefix: str | None  # a plain prefix match, when the pattern has no wildcard
    regex: re.Pattern[str] | None

    def matches(self, path: str) -> bool:
        if self.prefix is not None:
            return path.startswith(self.prefix)
        return self.regex.match(path) is not None  # type: ignore[union-attr]


def _rule(allow: bool, pattern: str) -> _Rule:
    pattern = _normalise(pattern)
    if "*" not in pattern and not pattern.endswith("$"):
        return _Rule(allow, len(pattern), pattern, None)
    anchored = pattern.endswith("$")
    body = pattern[:-1] if anchored else pattern
    regex = ".*".join(re.escape(part) for part in body.split("*")) + (r"\Z" if anchored else "")
    return _Rule(allow, len(pattern), None, re.compile(regex))


@dataclass(frozen=True)
class RobotsRules:
    """The rules that apply to one user agent on one origin."""

    rules: tuple[_Rule, ...] = ()

    @classmethod
    def parse(cls, text: str, agent: str) -> RobotsRules:
        """Rules of the groups naming ``agent`` (product token), else of the ``*`` groups."""
        token = agent.split("/")[0].strip().lower()
        own: list[_Rule] = []
        star: list[_Rule] = []
        agents: list[str] = []
        in_rules = False  # a user-agent line after rules starts a new group
        for raw in text[:MAX_ROBOTS_BYTES].splitlines():
            line = raw.split("#", 1)[0]
            key, sep, value = line.partition(":")
            if not sep:
                continue
            key = key.strip().lower()
            value = value.strip()
            if key == "user-agent":
                if in_rules:
                    agents, in_rules = [], False
                agents.append(value.split("/")[0].strip().lower())
            elif key in ("allow", "disallow"):
                in_rules = True
                if not value or not agents:
                    continue  # "Disallow:" with no path allows everything
                rule = _rule(key == "allow", value)
                if token in agents:
                    own.append(rule)
                if "*" in agents:
                    star.append(rule)
        chosen = own or star
        # Longest pattern first, Allow before Disallow at equal length: the first match decides.
        chosen.sort(key=lambda r: (-r.length, not r.allow))
        return cls(tuple(chosen))

    def allows(self, path: str) -> bool:
        """Whether the path (with its ?query) may be fetched."""
        if not self.rules:
            return True
        if path.startswith("/robots.txt"):
            return True
        path = _normalise(path or "/")
        for rule in self.rules:
            if rule.matches(path):
                return rule.allow
        return True


ALLOW_ALL = RobotsRules()


@dataclass
class _Entry:
    ready: threading.Event = field(default_factory=threading.Event)
    rules: RobotsRules = ALLOW_ALL
    expires: float = 0.0


class RobotsCache:
    """Rules per origin, loaded once (one loader call even when many threads ask at once).

    ``load(origin)`` returns the robots.txt text, or None when there is none or it could not
    be fetched, which means everything is allowed.
    """

    def __init__(
        self,
        agent: str,
        load: Callable[[str], str | None],
        *,
        ttl: float = 24 * 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.agent = agent
        self._load = load
        self._ttl = ttl
        self._clock = clock
        self._entries: dict[str, _Entry] = {}
        self._lock = threading.Lock()

    def rules_for(self, origin: str) -> RobotsRules:
        entry = self._entries.get(origin)
        if entry is not None and entry.ready.is_set() and entry.expires > self._clock():
            return entry.rules
        with self._lock:
            entry = self._entries.get(origin)
            stale = entry is not None and entry.ready.is_set() and entry.expires <= self._clock()
            owner = entry is None or stale
            if owner:
                entry = self._entries[origin] = _Entry()
        assert entry is not None
        if not owner:
            entry.ready.wait()
            return entry.rules
        try:
            text = self._load(origin)
            entry.rules = RobotsRules.parse(text, self.agent) if text else ALLOW_ALL
        finally:
            entry.expires = self._clock() + self._ttl
            entry.ready.set()
        return entry.rules

    def allows(self, origin: str, path: str) -> bool:
        return self.rules_for(origin).allows(path)
