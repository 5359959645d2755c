"""A local SMTP server for tests (aiosmtpd), that stores what it receives and can misbehave.

Use it with ``from tests.smtp_server import smtp_server  # noqa: F401`` (or
``smtp_server_auth``; ruff then flags each test taking it with F811) or with
``pytest_plugins = ["tests.smtp_server"]`` in the test module, and take the fixture as an
argument::

    channel = get_channel("email", smtp_server.env())     # POLICYWATCH_SMTP_* for this server
    channel.send_alert("ops@example.com", alert)
    [msg] = smtp_server.messages                          # parsed email.message.EmailMessage
    msg["Subject"], msg.get_body(("html",)).get_content()
    smtp_server.envelopes[0].rcpt_tos                      # what the client said in RCPT TO

    smtp_server.refuse_next(1, code=451)                  # temporary refusal at RCPT
    smtp_server.refuse_next(1, code=550)                  # "no such user" at RCPT
    smtp_server.refuse_next(1, code=554, stage="data")    # message refused after DATA
    smtp_server.stop(); ...; smtp_server.start()          # an outage, same host and port

``smtp_server_auth`` requires ``AUTH`` (PLAIN/LOGIN, allowed without TLS) with the user and
password in its ``env()``; a wrong password gets ``535``. :class:`SmtpStandin` can also be
built directly, e.g. with ``tls=(certfile, keyfile)`` to offer STARTTLS, or ``implicit_tls``.

(PYTEST_DONT_REWRITE: this module is both imported and loaded as a plugin; it has no asserts.)
"""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
import threading
import warnings
from collections import deque
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "policywatch"
PASSWORD = "correct horse battery staple"
MAIL_FROM = "policywatch@example.test"


@dataclass
class Envelope:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (aiosmtpd's Controller cannot take port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class _Handler:
    def __init__(self, standin: SmtpStandin):
        self.standin = standin

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802
        refusal = self.standin._take_refusal("mail")
        if refusal:
            return refusal
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        refusal = self.standin._take_refusal("rcpt")
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        refusal = self.standin._take_refusal("data")
        if refusal:
            return refusal
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.standin._store(Envelope(envelope.mail_from, list(envelope.rcpt_tos), data))
        return "250 Message accepted for delivery"


class SmtpStandin:
    """An SMTP server on 127.0.0.1 and a port of its own (kept across stop/start)."""

    def __init__(
        self,
        *,
        auth: tuple[str, str] | None = None,
        tls: tuple[str, str] | None = None,
        implicit_tls: bool = False,
    ):
        self.host = "127.0.0.1"
        self.port = free_port(self.host)
        self.auth = auth
        self.tls = tls
        self.implicit_tls = implicit_tls
        self.envelopes: list[Envelope] = []
        self.messages: list[EmailMessage] = []
        self.logins: list[tuple[str, bool]] = []  # (user, accepted)
        self._refusals: dict[str, deque[str]] = {"mail": deque(), "rcpt": deque(), "data": deque()}
        self._lock = threading.Lock()
        self._controller: Controller | None = None

    # -- control -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> SmtpStandin:
        """Listen (again) on the same host and port."""
        if self._controller is None:
            controller = Controller(_Handler(self), **self._controller_kwargs())
            controller.start()
            self._controller = controller
        return self

    def stop(self) -> None:
        """Stop listening: clients get "connection refused" until :meth:`start`."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SmtpStandin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def env(self, **overrides: str) -> dict[str, str]:
        """POLICYWATCH_SMTP_* (and POLICYWATCH_MAIL_FROM) pointing at this server."""
        security = "ssl" if self.implicit_tls else "starttls" if self.tls else "none"
        env = {
            "POLICYWATCH_SMTP_HOST": self.host,
            "POLICYWATCH_SMTP_PORT": str(self.port),
            "POLICYWATCH_SMTP_SECURITY": security,
            "POLICYWATCH_MAIL_FROM": MAIL_FROM,
            "POLICYWATCH_SMTP_TIMEOUT": "5",
        }
        if self.auth:
            env["POLICYWATCH_SMTP_USER"], env["POLICYWATCH_SMTP_PASSWORD"] = self.auth
        env.update(overrides)
        return env

    def refuse_next(
        self, n: int = 1, *, code: int = 451, stage: str = "rcpt", message: str | None = None
    ) -> None:
        """Answer the next ``n`` commands of ``stage`` ("mail", "rcpt", "data") with ``code``."""
        if stage not in self._refusals:
            raise ValueError(f"stage must be one of {', '.join(self._refusals)}")
        text = message or ("Try again later" if code < 500 else "Refused")
        with self._lock:
            self._refusals[stage].extend(f"{code} {text}" for _ in range(n))

    # -- internals -----------------------------------------------------------------------------

    def _controller_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "hostname": self.host,
            "port": self.port,
            "server_hostname": "smtp.example.test",  # skips a slow getfqdn()
            "ready_timeout": 5.0,
        }
        if self.tls or self.implicit_tls:
            if not self.tls:
                raise ValueError("implicit_tls needs tls=(certfile, keyfile)")
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*self.tls)
            if self.implicit_tls:
                kwargs["ssl_context"] = context
            else:
                kwargs["tls_context"] = context
        if self.auth:
            kwargs.update(
                authenticator=self._authenticate, auth_required=True, auth_require_tls=False
            )
        return kwargs

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        accepted = self.auth is not None and (user, password) == tuple(self.auth)
        with self._lock:
            self.logins.append((user, accepted))
        return AuthResult(success=accepted, handled=False)

    def _take_refusal(self, stage: str) -> str | None:
        with self._lock:
            queue = self._refusals[stage]
            return queue.popleft() if queue else None

    def _store(self, envelope: Envelope) -> None:
        message = email.message_from_bytes(envelope.data, policy=email.policy.default)
        with self._lock:
            self.envelopes.append(envelope)
            self.messages.append(message)  # type: ignore[arg-type]


@pytest.fixture
def smtp_server():
    """A running :class:`SmtpStandin` without authentication; stopped after the test."""
    with SmtpStandin() as server:
        yield server


@pytest.fixture
def smtp_server_auth():
    """A running :class:`SmtpStandin` that requires AUTH with ``USER``/``PASSWORD``."""
    warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS", UserWarning)
    with SmtpStandin(auth=(USER, PASSWORD)) as server:
        yield server
