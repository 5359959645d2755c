"""A minimum gap between the starts of two requests to one host, across threads.

Each caller reserves the next free slot for its host under a lock and then sleeps outside
the lock, so a thread waiting its turn for host A never holds up a thread bound for host B.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class HostSpacer:
    def __init__(
        self,
        spacing: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if spacing < 0:
            raise ValueError("host spacing must be >= 0 seconds")
        self.spacing = spacing
        self._clock = clock
        self._sleep = sleep
        self._next_free: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait_turn(self, host: str, delay: float = 0.0) -> float:
        """Block until a request to ``host`` may start, at least ``delay`` s from now.

        Returns the seconds waited. The slot is taken even if the caller then does not send.
        """
        if self.spacing <= 0 and delay <= 0:
            return 0.0
        now = self._clock()
        with self._lock:
            start = max(now + delay, self._next_free.get(host, now))
            self._next_free[host] = start + self.spacing
        wait = start - now
        if wait > 0:
            self._sleep(wait)
            return wait
        return 0.0
