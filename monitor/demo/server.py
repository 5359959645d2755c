"""A tiny web server on 127.0.0.1 that plays the demo's sources: whatever the current step says.

It behaves like a well-kept real site so that the demo shows what policywatch does with one:
an ETag per body (answered with 304 Not Modified when the body did not change), a robots.txt
that allows everything, and 404 for anything else.
"""

from __future__ import annotations

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CONTENT_TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json; charset=utf-8",
}

_HOST = "127.0.0.1"


class SampleSite:
    """Serves ``path -> (body, content type)``; :meth:`put` changes a page between checks."""

    def __init__(self) -> None:
        self._pages: dict[str, tuple[bytes, str]] = {}
        self._lock = threading.Lock()
        self.requests: list[tuple[str, int]] = []  # (path, status) in order
        site = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "SampleSite/1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                site._answer(self)

            def log_message(self, format: str, *args: object) -> None:
                pass  # the demo prints what matters itself

        self._server = ThreadingHTTPServer((_HOST, 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="demo-site", daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://{_HOST}:{self._server.server_port}"

    def start(self) -> SampleSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def put(self, path: str, body: bytes, content_type: str) -> None:
        with self._lock:
            self._pages[path] = (body, content_type)

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?", 1)[0]
        with self._lock:
            page = self._pages.get(path)
        if path == "/robots.txt":
            page = (b"User-agent: *\nAllow: /\n", "text/plain; charset=utf-8")
        if page is None:
            self._send(handler, path, 404, b"not found\n", "text/plain; charset=utf-8", None)
            return
        body, content_type = page
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if handler.headers.get("If-None-Match") == etag:
            self._send(handler, path, 304, b"", None, etag)
            return
        self._send(handler, path, 200, body, content_type, etag)

    def _send(
        self,
        handler: BaseHTTPRequestHandler,
        path: str,
        status: int,
        body: bytes,
        content_type: str | None,
        etag: str | None,
    ) -> None:
        with self._lock:
            self.requests.append((path, status))
        handler.send_response(status)
        if content_type:
            handler.send_header("Content-Type", content_type)
        if etag:
            handler.send_header("ETag", etag)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if body:
            handler.wfile.write(body)
