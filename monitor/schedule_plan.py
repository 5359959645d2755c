"""When each source is checked next: pure arithmetic on stored due times, kept apart from the
scheduler so that it can be reasoned about (and tested) without clocks or threads.

The database, not the scheduler, is the memory of the schedule: every check stores the
source's ``next_due_at`` (its interval, or the failure backoff, after the check). So:

- after a check, the next run is that ``next_due_at`` moved by a jitter, uniform in
  ±min(interval / 10, 5 min), so that sources with one interval drift apart instead of
  hitting the network (and one host) in lockstep;
- at start-up (and when sources.yaml adds sources) the sources whose due time has already
  passed, or that were never checked, are *overdue*: they are not all fetched at once but
  spread evenly over a window of ``len(overdue) / rate`` seconds, at most 5 minutes, where
  ``rate`` is the number of checks the service can run at once (its workers) per second;
  the longest overdue go first, never-checked sources before all;
- the others keep their stored due time (jittered, never in the past), so a restart neither
  skips a check that fell due while the service was down nor repeats one that was done.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from storage.db import parse_iso as parse_time

MAX_JITTER = 300.0  # seconds
MAX_STARTUP_SPREAD = 300.0  # seconds


class Scheduled(Protocol):
    id: str
    interval: int


def due_time(state: Mapping[str, Any] | None) -> datetime | None:
    """When a source is due, from its stored ``next_due_at``.

    Stored times are cut to the second, so the stored value is up to a second before the real
    due time; the end of that second is the earliest moment the source is surely due (which
    keeps short intervals, as in tests and benchmarks, from being shortened by a second).
    """
    due = parse_time((state or {}).get("next_due_at"))
    return None if due is None else due + timedelta(seconds=1)


def jitter_bound(interval: float) -> float:
    """How far (seconds, either way) a run may move from its due time."""
    return min(max(interval, 0) / 10, MAX_JITTER)


def jittered(due: datetime, interval: float, rng: random.Random) -> datetime:
    bound = jitter_bound(interval)
    return due + timedelta(seconds=rng.uniform(-bound, bound))


def next_run(
    source: Scheduled, state: Mapping[str, Any] | None, now: datetime, rng: random.Random
) -> datetime:
    """The run after a check: the stored due time (which holds any failure backoff), jittered.

    A state without a due time (the check could not record one) falls back to the interval.
    """
    due = due_time(state)
    if due is None:
        due = now + timedelta(seconds=source.interval)
    return max(now, jittered(due, source.interval, rng))


def startup_window(overdue: int, rate: float) -> float:
    """Seconds over which ``overdue`` sources are spread: one ``rate``-th of a second each."""
    if overdue <= 1:
        return 0.0
    return min(MAX_STARTUP_SPREAD, overdue / max(rate, 0.001))


def plan_start(
    sources: Iterable[Scheduled],
    states: Mapping[str, Mapping[str, Any]],
    now: datetime,
    *,
    rate: float,
    rng: random.Random,
) -> dict[str, datetime]:
    """The first run of each source after start-up (or after it was added to sources.yaml)."""
    plan: dict[str, datetime] = {}
    overdue: list[tuple[datetime, str]] = []
    never = datetime.min.replace(tzinfo=UTC)
    for source in sources:
        due = due_time(states.get(source.id))
        if due is None or due <= now:
            overdue.append((due or never, source.id))
        else:
            plan[source.id] = max(now, jittered(due, source.interval, rng))
    overdue.sort()
    window = startup_window(len(overdue), rate)
    for i, (_, source_id) in enumerate(overdue):
        plan[source_id] = now + timedelta(seconds=window * i / len(overdue))
    return plan
