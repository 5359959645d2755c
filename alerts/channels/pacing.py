"""At most one message per interval to the same Slack channel, across threads of one process.

Slack allows about one message a second per channel; going faster earns 429s. Each caller
reserves the next free slot under a lock and then sleeps outside it, so concurrent senders to
one channel queue up in order while senders to other channels never wait.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable


class ChannelPacer:
    def __init__(
        self,
        interval: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_free: dict[Hashable, float] = {}

    def wait_turn(self, key: Hashable) -> float:
        """Block until ``key`` may be sent to again; returns the seconds waited."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_free.get(key, now))
            self._next_free[key] = slot + self.interval
        delay = slot - now
        if delay > 0:
            self._sleep(delay)
        return delay


# Shared by every Slack channel object of this process (bot and webhooks alike).
SLACK_PACER = ChannelPacer(1.0)
