"""A local stand-in for Slack's Web API and incoming webhooks, for tests.

Use it with ``from tests.slack_standin import slack_api  # noqa: F401`` (ruff then flags each
test taking ``slack_api`` with F811) or with ``pytest_plugins = ["tests.slack_standin"]`` in the
test module, and take ``slack_api`` as a fixture argument. It runs a threaded HTTP server on
127.0.0.1 that answers

* ``POST /api/chat.postMessage`` (JSON or form body) like Slack: checks the bearer token
  (``invalid_auth``), the channel, that there is text or blocks (``no_text``) and Slack's
  Block Kit limits (``invalid_blocks``: header <= 150, section text <= 3000, <= 10 fields of
  <= 2000, <= 50 blocks; ``msg_too_long`` for text > 40,000), then ``{"ok": true, ...}``;
* ``POST /hooks/<id>`` like an incoming webhook: ``ok`` (HTTP 200) or an error word.

Typical use::

    channel = get_channel("slack", slack_api.env())          # token + base URL
    channel.send_alert("#alerts", alert)
    [call] = slack_api.calls                                # what Slack accepted
    call.channel, call.text, call.blocks, call.time

    slack_api.fail_next(1, retry_after=3)                   # 429 + Retry-After: 3
    slack_api.fail_next(2, status=500)                      # server errors
    slack_api.fail_next(1, error="channel_not_found")       # 200 {"ok": false, ...}
    webhook_url = slack_api.webhook_url("T000/B000/XXX")    # for the "webhook" channel

``calls`` holds only accepted messages (what people in Slack would see); ``attempts`` holds
every request with the status it got, failed ones included. ``slack_api.block_problems(blocks)``
lists what real Slack would reject.

(PYTEST_DONT_REWRITE: this module is both imported and loaded as a plugin; it has no asserts.)
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import pytest

TOKEN = "xoxb-standin-token"


@dataclass
class SlackCall:
    """One request the stand-in received."""

    kind: str  # "api" | "webhook"
    path: str
    channel: str | None
    text: str | None
    blocks: list[dict] | None
    time: float  # time.monotonic() when it arrived
    payload: dict[str, Any] = field(default_factory=dict)
    hook_id: str | None = None
    status: int = 200  # HTTP status answered
    error: str | None = None  # Slack error word answered, if any


@dataclass
class _Failure:
    status: int | None
    error: str | None
    retry_after: float | None


def block_problems(blocks: list[dict]) -> list[str]:
    """What real Slack would reject in ``blocks`` (the limits this project must keep)."""
    problems = []
    if len(blocks) > 50:
        problems.append(f"{len(blocks)} blocks (max 50)")

    def text_of(obj: Any, where: str, limit: int) -> None:
        if not isinstance(obj, dict) or obj.get("type") not in ("plain_text", "mrkdwn"):
            problems.append(f"{where}: not a text object")
            return
        text = obj.get("text") or ""
        if not text:
            problems.append(f"{where}: empty text")
        if len(text.encode("utf-16-le")) // 2 > limit:
            problems.append(f"{where}: text longer than {limit}")

    for i, block in enumerate(blocks):
        kind = block.get("type")
        if kind == "header":
            text_of(block.get("text"), f"block {i} header", 150)
            if (block.get("text") or {}).get("type") != "plain_text":
                problems.append(f"block {i}: header text must be plain_text")
        elif kind == "section":
            if "text" in block:
                text_of(block["text"], f"block {i} section", 3000)
            fields = block.get("fields") or []
            if len(fields) > 10:
                problems.append(f"block {i}: {len(fields)} fields (max 10)")
            for j, item in enumerate(fields):
                text_of(item, f"block {i} field {j}", 2000)
            if "text" not in block and not fields:
                problems.append(f"block {i}: section without text or fields")
        elif kind == "context":
            elements = block.get("elements") or []
            if not 1 <= len(elements) <= 10:
                problems.append(f"block {i}: context with {len(elements)} elements")
            for j, item in enumerate(elements):
                text_of(item, f"block {i} element {j}", 3000)
        elif kind not in ("divider", "actions", "image", "rich_text"):
            problems.append(f"block {i}: unknown type {kind!r}")
    return problems


class SlackStandin:
    """The server behind the ``slack_api`` fixture (see the module docstring)."""

    def __init__(self, token: str = TOKEN):
        self.token = token
        self.calls: list[SlackCall] = []
        self.attempts: list[SlackCall] = []
        self._failures: deque[_Failure] = deque()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        host, port = self._server.server_address[:2]
        self.root_url = f"http://{host}:{port}"
        self.base_url = f"{self.root_url}/api/"

    # -- control -------------------------------------------------------------------------------

    def start(self) -> SlackStandin:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def env(self) -> dict[str, str]:
        """POLICYWATCH_SLACK_* pointing at this stand-in (for ``get_channel("slack", env)``)."""
        return {"POLICYWATCH_SLACK_TOKEN": self.token, "POLICYWATCH_SLACK_API_URL": self.base_url}

    def webhook_url(self, hook_id: str = "T000/B000/XXXX") -> str:
        return f"{self.root_url}/hooks/{hook_id}"

    def fail_next(
        self,
        n: int = 1,
        *,
        status: int | None = None,
        error: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        """Answer the next ``n`` requests (API or webhook) with a failure.

        ``retry_after`` alone: 429 ``ratelimited`` with that Retry-After (use whole seconds:
        slack-sdk parses it as an int). ``error`` alone: the API answers HTTP 200
        ``{"ok": false, "error": error}``, a webhook answers 404 with the word. ``status``
        alone: that status (500 -> ``internal_error``).
        """
        with self._lock:
            self._failures.extend(_Failure(status, error, retry_after) for _ in range(n))

    block_problems = staticmethod(block_problems)

    def messages_to(self, channel: str) -> list[SlackCall]:
        return [c for c in self.calls if c.channel == channel]

    # -- serving -------------------------------------------------------------------------------

    def _next_failure(self) -> _Failure | None:
        with self._lock:
            return self._failures.popleft() if self._failures else None

    def _record(self, call: SlackCall) -> None:
        with self._lock:
            self.attempts.append(call)
            if call.status == 200 and call.error is None:
                self.calls.append(call)

    def _api_answer(self, headers: Any, payload: dict) -> tuple[int, str | None, dict[str, str]]:
        """(status, error, extra headers) for a chat.postMessage request."""
        failure = self._next_failure()
        if failure is not None:
            return self._failure_answer(failure, api=True)
        auth = headers.get("Authorization") or ""
        token = payload.get("token") or auth.removeprefix("Bearer ").strip()
        if not token:
            return 200, "not_authed", {}
        if token != self.token:
            return 200, "invalid_auth", {}
        if not payload.get("channel"):
            return 200, "channel_not_found", {}
        blocks = payload.get("blocks")
        if not payload.get("text") and not blocks:
            return 200, "no_text", {}
        if len(payload.get("text") or "") > 40000:
            return 200, "msg_too_long", {}
        if blocks is not None and (not isinstance(blocks, list) or block_problems(blocks)):
            return 200, "invalid_blocks", {}
        return 200, None, {}

    def _failure_answer(self, failure: _Failure, *, api: bool) -> tuple[int, str, dict[str, str]]:
        extra: dict[str, str] = {}
        if failure.retry_after is not None or failure.status == 429:
            if failure.retry_after is not None:
                extra["Retry-After"] = f"{failure.retry_after:g}"
            return 429, "ratelimited" if api else "rate_limited", extra
        if failure.status is not None:
            default = "internal_error" if failure.status >= 500 else "invalid_request"
            return failure.status, failure.error or default, extra
        return (200 if api else 404), failure.error or "channel_not_found", extra

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet test output
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8", "replace")
                payload = _parse_body(self.headers.get("Content-Type") or "", raw)
                if self.path.startswith("/api/chat.postMessage"):
                    self._api(payload)
                elif self.path.startswith("/hooks/"):
                    self._webhook(payload)
                else:
                    self._reply(404, "text/plain", "not found", {})

            def _api(self, payload: dict) -> None:
                status, error, extra = standin._api_answer(self.headers, payload)
                standin._record(_call("api", self.path, payload, status, error))
                if error is None:
                    body = {
                        "ok": True,
                        "channel": payload.get("channel"),
                        "ts": f"{time.time():.6f}",
                    }
                else:
                    body = {"ok": False, "error": error}
                self._reply(status, "application/json; charset=utf-8", json.dumps(body), extra)

            def _webhook(self, payload: dict) -> None:
                failure = standin._next_failure()
                status, error, extra = (
                    standin._failure_answer(failure, api=False) if failure else (200, None, {})
                )
                if failure is None and not payload.get("text") and not payload.get("blocks"):
                    status, error = 400, "no_text"
                elif failure is None and block_problems(payload.get("blocks") or []):
                    status, error = 400, "invalid_blocks"
                call = _call("webhook", self.path, payload, status, error)
                call.hook_id = self.path.removeprefix("/hooks/")
                standin._record(call)
                self._reply(status, "text/html", error or "ok", extra)

            def _reply(self, status: int, ctype: str, body: str, extra: dict[str, str]) -> None:
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        return Handler


def _parse_body(content_type: str, raw: str) -> dict[str, Any]:
    if "json" in content_type:
        try:
            payload = json.loads(raw or "{}")
        except json.JSONDecodeError:
            return {}
        return payload if isinstance(payload, dict) else {}
    payload = {k: v[-1] for k, v in parse_qs(raw).items()}
    for key in ("blocks", "attachments"):
        if isinstance(payload.get(key), str):
            try:
                payload[key] = json.loads(payload[key])
            except json.JSONDecodeError:
                pass
    return payload


def _call(kind: str, path: str, payload: dict, status: int, error: str | None) -> SlackCall:
    blocks = payload.get("blocks")
    return SlackCall(
        kind=kind,
        path=path,
        channel=payload.get("channel"),
        text=payload.get("text"),
        blocks=blocks if isinstance(blocks, list) else None,
        time=time.monotonic(),
        payload=payload,
        status=status,
        error=error,
    )


@pytest.fixture
def slack_api():
    """A running :class:`SlackStandin` on 127.0.0.1; stopped after the test."""
    standin = SlackStandin().start()
    try:
        yield standin
    finally:
        standin.stop()
