"""urllib3 retries with manners, and bounded draining of bodies nobody wants.

``PoliteRetry`` is urllib3's Retry for 429/5xx with four changes:

- a Retry-After longer than ``max_wait`` ends the retries at once: the caller gets the
  429/503 with its Retry-After and can reschedule, instead of a worker sleeping for hours
  or knocking again before the server asked;
- backoff grows factor * 1, 2, 4 ... from the first retry (urllib3 retries at once first);
- a read timeout is not retried: a slow server is not helped by asking again; nor is a
  host name that does not resolve;
- the wait goes through ``pace`` (the host spacer), so retries keep the per-host spacing,
  and the body of a retried response is drained with a bound (urllib3 would read it whole).
"""

from __future__ import annotations

import email.utils
import http.client
import inspect
import time
from typing import Any, TypedDict

from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import (
    InvalidHeader,
    MaxRetryError,
    NameResolutionError,
    ReadTimeoutError,
    ResponseError,
)
from urllib3.util.retry import Retry

CHUNK = 64 * 1024
DRAIN_LIMIT = 64 * 1024  # an error or redirect body larger than this closes the connection


class _RetryAfterCap(TypedDict, total=False):
    retry_after_max: int  # a parameter of recent urllib3 only


# Recent urllib3 silently shortens a long Retry-After; PoliteRetry decides in increment().
NO_RETRY_AFTER_CAP: _RetryAfterCap = (
    {"retry_after_max": 10**9}
    if "retry_after_max" in inspect.signature(Retry.__init__).parameters
    else {}
)


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds from now (delta-seconds or an HTTP date); None when absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def drain_bounded(raw: Any, limit: int, deadline: float) -> bool:
    """Read and drop up to ``limit`` bytes of a body; close the connection if more is left.

    Returns True when the body ended (the connection can be reused). Used for the bodies of
    redirects and errors, which nobody reads but which must not hang or flood the caller.
    """
    read1 = getattr(raw, "read1", None) or raw.read
    size = 0
    try:
        while size <= limit and time.monotonic() < deadline:
            chunk = read1(CHUNK, decode_content=False)
            if not chunk:
                return True
            size += len(chunk)
    except (Urllib3Error, OSError, http.client.HTTPException):
        pass
    raw.close()
    return False


class PoliteRetry(Retry):
    """urllib3 retries that wait through the host spacer and never longer than allowed."""

    pace: Any = None  # Callable[[float], None]: wait for the current host's turn, >= delay
    max_wait: float = float("inf")
    drain_seconds: float = 30.0

    def new(self, **kw: Any) -> PoliteRetry:
        fresh = super().new(**kw)
        fresh.pace = self.pace
        fresh.max_wait = self.max_wait
        fresh.drain_seconds = self.drain_seconds
        return fresh

    def get_backoff_time(self) -> float:
        consecutive = 0
        for entry in reversed(self.history):
            if entry.redirect_location is not None:
                break
            consecutive += 1
        if consecutive == 0:
            return 0.0
        return float(min(self.backoff_max, self.backoff_factor * 2 ** (consecutive - 1)))

    def get_retry_after(self, response: Any) -> float | None:
        try:
            return super().get_retry_after(response)
        except InvalidHeader:
            return None

    def increment(  # type: ignore[override]
        self,
        method: str | None = None,
        url: str | None = None,
        response: Any = None,
        error: Exception | None = None,
        _pool: Any = None,
        _stacktrace: Any = None,
    ) -> PoliteRetry:
        if isinstance(error, ReadTimeoutError):
            raise error
        if isinstance(error, NameResolutionError):
            # A name that does not resolve will not resolve a second later either: fail now
            # and let the source's backoff decide when to try again.
            raise MaxRetryError(_pool, url, error)
        if response is not None and error is None:
            if response.status in self.RETRY_AFTER_STATUS_CODES:
                asked = self.get_retry_after(response)
                if asked is not None and asked > self.max_wait:
                    raise MaxRetryError(_pool, url, ResponseError("Retry-After too long"))
            drain_bounded(response, DRAIN_LIMIT, time.monotonic() + self.drain_seconds)
        return super().increment(method, url, response, error, _pool, _stacktrace)

    def sleep(self, response: Any = None) -> None:
        delay = None
        if response is not None and self.respect_retry_after_header:
            delay = self.get_retry_after(response)
        if delay is None:
            delay = self.get_backoff_time()
        delay = min(delay, self.max_wait)
        if self.pace is not None:
            self.pace(delay)
        elif delay > 0:
            time.sleep(delay)
