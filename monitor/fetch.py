"""Polite HTTP for watched sources: one shared Session, bounded in time, size and redirects.

Everything a server can do wrong ends as a ``FetchError`` with a ``kind`` the caller can act
on (back off, disable the source, tell the operator), never as a hang or a stray exception.

Politeness, per host: a minimum spacing between request starts (retries and redirect hops
included), robots.txt fetched once per origin and obeyed, conditional GET so an unchanged
feed costs a 304, urllib3 retries for 429/5xx that wait as the server asks (Retry-After), and
a user agent that says who to contact.

Redirects are followed here rather than by requests, so that every hop is checked for its
scheme, its robots.txt and its host's spacing.

Cost per request matters (thousands of sources, most answering 304). The Session owns one
HTTPAdapter, whose urllib3 pool managers (and retry policy) do the work; a request goes
straight to the adapter's pool manager instead of through ``Session.request``, which would
read the environment, netrc and cookies and copy headers on every call. The environment
(proxies, CA bundle) is read once, the URL is prepared once per distinct URL (cached).
"""

from __future__ import annotations

import functools
import http.client
import os
import re
import threading
import time
import urllib.request
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.models import PreparedRequest
from requests.utils import DEFAULT_CA_BUNDLE_PATH, get_environ_proxies, select_proxy
from urllib3.exceptions import (
    ConnectTimeoutError,
    LocationValueError,
    MaxRetryError,
    NewConnectionError,
    ReadTimeoutError,
)
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.poolmanager import PoolManager
from urllib3.response import BaseHTTPResponse
from urllib3.util.request import ACCEPT_ENCODING
from urllib3.util.timeout import Timeout

from monitor.charset import decode, detect_encoding
from monitor.host_spacing import HostSpacer
from monitor.http_retry import (
    CHUNK,
    DRAIN_LIMIT,
    NO_RETRY_AFTER_CAP,
    PoliteRetry,
    drain_bounded,
    retry_after_seconds,
)
from monitor.robots import MAX_ROBOTS_BYTES, RobotsCache

try:
    __version__ = version("policywatch")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

AGENT_TOKEN = "policywatch"
DEFAULT_CONTACT = "https://github.com/policywatch (set contact in sources.yaml settings)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ROBOTS_REDIRECTS = 5  # RFC 9309: follow at least five


@dataclass
class FetchResult:
    url: str  # final URL after redirects
    status: int  # 200, 304, ...
    content: bytes | None  # None when 304
    not_modified: bool
    etag: str | None  # from the response (to store and send next time)
    last_modified: str | None
    content_type: str | None  # e.g. "application/atom+xml"
    encoding: str | None  # header charset, then <meta>/XML declaration, then a guess
    elapsed_ms: int  # from the first request to the end of the body; host-spacing waits excluded

    def text(self) -> str:
        """The content decoded with ``encoding``; undecodable bytes are replaced, never raised."""
        return decode(self.content, self.encoding) if self.content else ""


class FetchError(Exception):
    """A fetch that gave no usable content; ``kind`` says why, ``str(e)`` says it to a human."""

    KINDS = frozenset({"timeout", "http", "too_large", "redirects", "robots", "network", "scheme"})

    def __init__(
        self,
        kind: str,
        message: str,
        *,
        url: str,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        if kind not in self.KINDS:
            raise ValueError(f"unknown FetchError kind {kind!r}")
        super().__init__(" ".join(message.split()))  # one line, whatever the server sent
        self.kind = kind
        self.status = status
        self.url = url
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"FetchError(kind={self.kind!r}, status={self.status!r}, message={str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:  # keyword-only fields: pickle them explicitly
        return (
            _rebuild_fetch_error,
            (self.kind, str(self), self.url, self.status, self.retry_after),
        )


def _rebuild_fetch_error(
    kind: str, message: str, url: str, status: int | None, retry_after: float | None
) -> FetchError:
    return FetchError(kind, message, url=url, status=status, retry_after=retry_after)


@dataclass(frozen=True)
class _Target:
    url: str  # as sent: quoted, IDNA host
    host: str  # lower case, for the spacing
    origin: str  # scheme://host[:port], for robots.txt
    path: str  # path?query, for robots.txt


@functools.lru_cache(maxsize=8192)
def _target(url: str) -> _Target:
    """Check and prepare a URL once; raises FetchError("scheme") unless it is http(s) with a host.

    Cached because the same source URLs come back every round.
    """
    stripped = url.strip()
    scheme = stripped.split(":", 1)[0].lower() if ":" in stripped else ""
    if scheme not in ("http", "https"):
        raise FetchError(
            "scheme", f"refusing {url[:200]!r}: only http and https URLs are fetched", url=url
        )
    prepared = PreparedRequest()
    try:
        prepared.prepare_url(stripped, None)
        if prepared.url is None:  # requests sets it, or raises
            raise ValueError("requests prepared no URL")
        parts = urlsplit(prepared.url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except (requests.RequestException, ValueError, LocationValueError, UnicodeError) as exc:
        raise FetchError("scheme", f"invalid URL {url[:200]}: {_short(exc)}", url=url) from None
    if not host:
        raise FetchError("scheme", f"invalid URL {url[:200]}: no host", url=url)
    netloc = parts.netloc.rsplit("@", 1)[-1].lower()
    if port is not None and port == {"http": 80, "https": 443}[scheme]:
        netloc = netloc.rsplit(":", 1)[0]
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return _Target(prepared.url, host, f"{scheme}://{netloc}", path)


def _short(exc: BaseException) -> str:
    """A one-line description of an exception, without urllib3's connection-object prefix."""
    if exc.args and isinstance(exc.args[0], str):
        text = exc.args[0]  # urllib3's (message, cause) tuples
        cause = exc.args[1] if len(exc.args) > 1 else None
        if isinstance(cause, BaseException) and type(cause).__name__ not in text:
            text += f" ({type(cause).__name__}: {str(cause)[:100]})"
    else:
        text = str(exc)
    text = " ".join(text.split()) or type(exc).__name__
    text = re.sub(
        r"^<?[\w.]*(?:Connection|Pool)\w*(?: object at 0x[0-9a-f]+>)?(\(host=[^)]*\))?:\s*",
        "",
        text,
    )
    return text[:300]


class _VerifyingAdapter(HTTPAdapter):
    """requests' HTTPAdapter whose pool managers verify TLS as requests does per request
    (certifi's bundle, or REQUESTS_CA_BUNDLE), so that they can be called directly."""

    def __init__(self, *, verify: str | bool, **kwargs: Any) -> None:
        self._tls: dict[str, Any] = {"cert_reqs": "CERT_REQUIRED" if verify else "CERT_NONE"}
        if verify:
            bundle = verify if isinstance(verify, str) else DEFAULT_CA_BUNDLE_PATH
            self._tls["ca_cert_dir" if os.path.isdir(bundle) else "ca_certs"] = bundle
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **pool_kwargs: Any) -> None:
        super().init_poolmanager(*args, **{**self._tls, **pool_kwargs})

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        return super().proxy_manager_for(proxy, **{**self._tls, **proxy_kwargs})


class Fetcher:
    """One per process, shared by the worker threads: holds the connection pools, the robots
    cache and the per-host schedule. ``fetch`` is thread-safe."""

    def __init__(
        self,
        *,
        contact: str = DEFAULT_CONTACT,
        host_spacing: float = 1.0,
        max_bytes: int = 5 * 1024 * 1024,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        max_redirects: int = 5,
        retries: int = 3,
        backoff_factor: float = 1.0,
        max_retry_after: float = 120.0,
        respect_robots: bool = True,
        pool_size: int = 8,
        body_timeout: float = 120.0,
    ) -> None:
        """``body_timeout`` bounds the download of one body: a server trickling a byte at a
        time never trips the read timeout, so a wall-clock limit is needed as well."""
        contact = (contact or "").strip()
        if not contact or any(ord(c) < 32 or ord(c) == 127 for c in contact):
            raise ValueError("contact must be a non-empty single line (a URL or e-mail address)")
        if max_bytes <= 0 or max_redirects < 0 or retries < 0 or pool_size < 1:
            raise ValueError("max_bytes and pool_size must be > 0; retries, max_redirects >= 0")
        self.user_agent = f"{AGENT_TOKEN}/{__version__} (+{contact})"
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.respect_robots = respect_robots
        self.read_timeout = read_timeout
        self.body_timeout = body_timeout
        self._timeout = Timeout(connect=connect_timeout, read=read_timeout)
        self._local = threading.local()
        self._spacer = HostSpacer(host_spacing)
        self._retry = PoliteRetry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            other=0,
            redirect=0,
            allowed_methods=frozenset({"GET"}),
            status_forcelist=RETRY_STATUSES,
            backoff_factor=backoff_factor,
            backoff_max=max_retry_after,
            **NO_RETRY_AFTER_CAP,
            respect_retry_after_header=True,
            raise_on_status=False,
            raise_on_redirect=False,
        )
        self._retry.pace = self._pace
        self._retry.max_wait = max_retry_after
        self._retry.drain_seconds = read_timeout
        # pool_maxsize: connections kept per host, to match the worker threads;
        # pool_connections: how many hosts' pools are kept.
        self._adapter = _VerifyingAdapter(
            verify=os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True,
            pool_connections=max(32, pool_size),
            pool_maxsize=pool_size,
            max_retries=self._retry,
        )
        self._session = requests.Session()
        self._session.mount("http://", self._adapter)
        self._session.mount("https://", self._adapter)
        self._session.headers.update(self._base_headers())
        self._env_proxies = bool(urllib.request.getproxies())
        self._proxies: dict[str, str | None] = {}
        self._robots = RobotsCache(AGENT_TOKEN, self._load_robots)

    # -- public ---------------------------------------------------------------------------

    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET ``url`` (following up to ``max_redirects`` redirects); raises FetchError."""
        started = time.perf_counter()
        polite_wait = 0.0  # robots.txt and host spacing: not the server's time
        if not isinstance(url, str):
            raise FetchError("scheme", f"not a URL: {url!r:.200}", url=str(url))
        headers = self._base_headers()
        if etag and _header_safe(etag):
            headers["If-None-Match"] = etag.strip()
        if last_modified and _header_safe(last_modified):
            headers["If-Modified-Since"] = last_modified.strip()
        current = url
        visited: list[str] = []
        for _hop in range(self.max_redirects + 1):
            try:
                target = _target(current)
            except FetchError as exc:
                if visited:  # a redirect to somewhere we do not go
                    raise FetchError(
                        exc.kind, f"redirect from {visited[-1]}: {exc}", url=current
                    ) from None
                raise
            if self.respect_robots:
                t0 = time.perf_counter()
                allowed = self._robots.allows(target.origin, target.path)
                polite_wait += time.perf_counter() - t0
                if not allowed:
                    raise FetchError(
                        "robots",
                        f"robots.txt of {target.origin} disallows {target.url}",
                        url=target.url,
                    )
            polite_wait += self._spacer.wait_turn(target.host)
            response = self._send(target, headers)
            location = _redirect_location(response)
            if location is None:
                return self._result(target, response, started, polite_wait)
            self._discard(response)
            visited.append(target.url)
            try:
                current = urljoin(target.url, location)
            except ValueError:  # e.g. a malformed IPv6 host
                current = location
            if current in visited:
                raise FetchError("redirects", f"redirect loop: {target.url} -> {current}", url=url)
        raise FetchError(
            "redirects", f"more than {self.max_redirects} redirects from {url}", url=url
        )

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one request ----------------------------------------------------------------------

    def _base_headers(self) -> dict[str, str]:
        return {
            "User-Agent": self.user_agent,
            "Accept": "*/*",
            "Accept-Encoding": ACCEPT_ENCODING,
        }

    def _pace(self, delay: float) -> None:
        """Called by the retry between attempts, in the fetching thread."""
        self._spacer.wait_turn(getattr(self._local, "host", ""), delay)

    def _send(self, target: _Target, headers: dict[str, str]) -> BaseHTTPResponse:
        self._local.host = target.host
        try:
            return self._manager_for(target).urlopen(
                "GET",
                target.url,
                redirect=False,
                headers=headers,
                retries=self._retry,
                timeout=self._timeout,
                preload_content=False,
                decode_content=False,
            )
        except (Urllib3Error, OSError, http.client.HTTPException, ValueError) as exc:
            # ValueError: e.g. a header value http.client refuses
            raise _error_from_exception(exc, target.url) from exc

    def _manager_for(self, target: _Target) -> PoolManager:
        """The adapter's pool manager, or its proxy manager when the environment says so."""
        if not self._env_proxies:
            return self._adapter.poolmanager
        if target.origin not in self._proxies:
            self._proxies[target.origin] = select_proxy(target.url, get_environ_proxies(target.url))
        proxy = self._proxies[target.origin]
        if proxy is None:
            return self._adapter.poolmanager
        return self._adapter.proxy_manager_for(proxy)

    def _result(
        self, target: _Target, response: BaseHTTPResponse, started: float, polite_wait: float
    ) -> FetchResult:
        status = response.status
        headers = response.headers
        if status == 304:
            self._discard(response)
            content = None
            encoding = None
        elif 200 <= status < 300:
            content = self._read_body(response, target.url, self.max_bytes)
            encoding = detect_encoding(content, headers.get("Content-Type"))
        else:
            raise self._http_error(response, target.url)
        elapsed = time.perf_counter() - started - polite_wait
        return FetchResult(
            url=target.url,
            status=status,
            content=content,
            not_modified=status == 304,
            etag=headers.get("ETag"),
            last_modified=headers.get("Last-Modified"),
            content_type=_media_type(headers.get("Content-Type")),
            encoding=encoding,
            elapsed_ms=max(0, round(elapsed * 1000)),
        )

    def _http_error(self, response: BaseHTTPResponse, url: str) -> FetchError:
        status = response.status
        retries = response.retries
        attempts = len(retries.history) + 1 if retries is not None else 1
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        self._discard(response)
        reason = f" {response.reason}" if response.reason else ""
        message = f"HTTP {status}{reason} from {url}"
        if attempts > 1:
            message += f" after {attempts} attempts"
        if retry_after is not None:
            message += f" (Retry-After {retry_after:.0f} s)"
        return FetchError("http", message, url=url, status=status, retry_after=retry_after)

    def _read_body(
        self, response: BaseHTTPResponse, url: str, limit: int, *, truncate: bool = False
    ) -> bytes:
        """The body, decompressed and streamed; over ``limit`` bytes (whatever the headers say)
        it is an error, or with ``truncate`` (robots.txt) cut there."""
        declared = response.headers.get("Content-Length", "")
        if not truncate and declared.isdigit() and int(declared) > limit:
            _close(response)
            raise FetchError(
                "too_large",
                f"{url} is {int(declared)} bytes, over the {limit}-byte cap",
                url=url,
                status=response.status,
            )
        read1 = getattr(response, "read1", None) or response.read
        deadline = time.monotonic() + self.body_timeout
        chunks: list[bytes] = []
        size = 0
        try:
            while chunk := read1(CHUNK, decode_content=True):
                size += len(chunk)
                if size > limit:
                    _close(response)
                    if truncate:
                        chunks.append(chunk[: len(chunk) - (size - limit)])
                        return b"".join(chunks)
                    raise FetchError(
                        "too_large",
                        f"{url} sent more than the {limit}-byte cap",
                        url=url,
                        status=response.status,
                    )
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    _close(response)
                    raise FetchError(
                        "timeout",
                        f"{url} took over {self.body_timeout:g} s to send its body",
                        url=url,
                        status=response.status,
                    )
        except (Urllib3Error, OSError, http.client.HTTPException) as exc:
            _close(response)
            raise _error_from_exception(exc, url) from exc
        response.release_conn()
        return b"".join(chunks)

    def _discard(self, response: BaseHTTPResponse) -> None:
        """Drop a body nobody needs, keeping the connection only if that was cheap."""
        if response.status in (204, 304) or drain_bounded(
            response, DRAIN_LIMIT, time.monotonic() + self.read_timeout
        ):
            response.release_conn()
        else:
            _close(response)

    # -- robots.txt -----------------------------------------------------------------------

    def _load_robots(self, origin: str) -> str | None:
        """robots.txt text for an origin; None (everything allowed) if missing or unreachable."""
        url = origin + "/robots.txt"
        headers = self._base_headers()
        for _hop in range(_ROBOTS_REDIRECTS + 1):
            try:
                target = _target(url)
                self._spacer.wait_turn(target.host)
                response = self._send(target, headers)
            except FetchError:
                return None
            location = _redirect_location(response)
            if location is None:
                break
            self._discard(response)
            url = urljoin(target.url, location)
        else:
            return None
        if response.status != 200:
            self._discard(response)
            return None
        try:
            body = self._read_body(response, target.url, MAX_ROBOTS_BYTES, truncate=True)
        except FetchError:
            return None
        return decode(body, "utf-8")


def _close(response: BaseHTTPResponse) -> None:
    """Close the connection (its body is unread or unwanted) and give the slot back."""
    response.close()
    response.release_conn()


def _redirect_location(response: BaseHTTPResponse) -> str | None:
    if response.status not in REDIRECT_STATUSES:
        return None
    location = response.headers.get("Location")
    if not location:
        return None
    try:  # http.client decodes headers as latin-1; servers send UTF-8
        location = location.encode("latin-1").decode("utf-8")
    except UnicodeError:
        pass
    return location.strip()


def _header_safe(value: str) -> bool:
    return value.isascii() and "\r" not in value and "\n" not in value and bool(value.strip())


def _media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def _error_from_exception(exc: BaseException, url: str) -> FetchError:
    """Map urllib3/socket exceptions (after retries: the last cause) to a FetchError kind."""
    reason = exc.reason if isinstance(exc, MaxRetryError) and exc.reason is not None else exc
    if isinstance(reason, NewConnectionError):  # a subclass of ConnectTimeoutError, oddly
        return FetchError("network", f"cannot connect to {url}: {_short(reason)}", url=url)
    if isinstance(reason, ConnectTimeoutError | ReadTimeoutError | TimeoutError):
        return FetchError("timeout", f"timed out fetching {url}: {_short(reason)}", url=url)
    if isinstance(reason, LocationValueError):
        return FetchError("scheme", f"invalid URL {url}: {_short(reason)}", url=url)
    return FetchError("network", f"network error fetching {url}: {_short(reason)}", url=url)
