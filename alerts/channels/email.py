"""Email through smtplib: multipart text + HTML, and SMTP replies mapped onto DeliveryError."""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import parseaddr
from typing import TextIO

from alerts import render
from alerts.channels import register
from alerts.channels.base import Channel, DeliveryError
from alerts.channels.mail_message import build_message
from alerts.channels.not_configured import unconfigured
from alerts.model import AdminNotice, Alert, Digest

SECURITY_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_FROM = "policywatch@localhost"


@register("email")
class EmailChannel:
    """Sends through one SMTP server; a new connection per message keeps failures independent."""

    name = "email"

    def __init__(
        self,
        host: str,
        port: int | None = None,
        *,
        security: str = "starttls",
        user: str | None = None,
        password: str | None = None,
        mail_from: str = DEFAULT_FROM,
        timeout: float = 30.0,
    ):
        if security not in SECURITY_PORTS:
            raise ValueError(
                f"POLICYWATCH_SMTP_SECURITY must be one of {', '.join(SECURITY_PORTS)}, "
                f"not {security!r}"
            )
        self.host = host
        self.port = port or SECURITY_PORTS[security]
        self.security = security
        self.user = user or None
        self.password = password or ""
        self.mail_from = mail_from
        self.timeout = timeout

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, out: TextIO | None = None) -> Channel:
        """Configured from POLICYWATCH_SMTP_* and POLICYWATCH_MAIL_FROM; without a host, the
        console (nothing configured) or a refusal (Slack is): see channels/not_configured.py."""
        host = (env.get("POLICYWATCH_SMTP_HOST") or "").strip()
        if not host:
            return unconfigured("email", env, out=out)
        security = (env.get("POLICYWATCH_SMTP_SECURITY") or "starttls").strip().lower()
        port = (env.get("POLICYWATCH_SMTP_PORT") or "").strip()
        return cls(
            host,
            int(port) if port else None,
            security=security,
            user=env.get("POLICYWATCH_SMTP_USER") or None,
            password=env.get("POLICYWATCH_SMTP_PASSWORD") or None,
            mail_from=(env.get("POLICYWATCH_MAIL_FROM") or "").strip() or DEFAULT_FROM,
            timeout=float(env.get("POLICYWATCH_SMTP_TIMEOUT") or 30),
        )

    @staticmethod
    def validate_target(target: str) -> str:
        """A bare, plausible address: one @, no spaces, a dot in the domain (domain lowercased)."""
        value = (target or "").strip()
        if not value:
            raise ValueError("an email address is needed, like ops@example.com")
        if any(ch.isspace() or ord(ch) < 32 for ch in value) or value.count("@") != 1:
            raise ValueError(f"{target!r} is not an email address: one @ and no spaces, please")
        if parseaddr(value)[1] != value or len(value) > 254:
            raise ValueError(f"{target!r} is not an email address like ops@example.com")
        local, _, domain = value.partition("@")
        labels = domain.split(".")
        if (
            not local
            or len(labels) < 2
            or not all(labels)
            or any(c in domain for c in '[]()<>,;:\\"')
        ):
            raise ValueError(f"{target!r} is not an email address: the domain needs a dot")
        return f"{local}@{domain.lower()}"

    def send_alert(self, target: str, alert: Alert) -> None:
        self._send(
            target,
            kind="alert",
            delivery_id=alert.delivery_id,
            subject=render.alert_subject(alert),
            text=render.render_alert_text(alert),
            html=render.render_alert_html(alert),
            unsubscribe_token=alert.unsubscribe_token,
        )

    def send_digest(self, target: str, digest: Digest) -> None:
        self._send(
            target,
            kind="digest",
            delivery_id=digest.delivery_id,
            subject=render.digest_subject(digest),
            text=render.render_digest_text(digest),
            html=render.render_digest_html(digest),
            unsubscribe_token=digest.unsubscribe_token,
        )

    def send_admin(self, target: str, notice: AdminNotice) -> None:
        self._send(
            target,
            kind="admin",
            delivery_id=notice.delivery_id,
            subject=render.admin_subject(notice),
            text=render.render_admin_text(notice),
        )

    def _send(self, target: str, **parts: object) -> None:
        try:
            to = self.validate_target(target)
        except ValueError as exc:
            raise DeliveryError(f"email: {exc}", permanent=True) from exc
        msg = build_message(mail_from=self.mail_from, to=to, **parts)  # type: ignore[arg-type]
        self._deliver(msg, to)

    def _connect(self) -> smtplib.SMTP:
        helo = socket.gethostname() or "localhost"  # getfqdn() may stall on a DNS lookup
        if self.security == "ssl":
            context = ssl.create_default_context()
            return smtplib.SMTP_SSL(
                self.host, self.port, local_hostname=helo, timeout=self.timeout, context=context
            )
        smtp = smtplib.SMTP(self.host, self.port, local_hostname=helo, timeout=self.timeout)
        if self.security == "starttls":
            try:
                smtp.starttls(context=ssl.create_default_context())
            except BaseException:
                smtp.close()
                raise
        return smtp

    def _deliver(self, msg: EmailMessage, to: str) -> None:
        envelope_from = parseaddr(self.mail_from)[1] or DEFAULT_FROM
        try:
            smtp = self._connect()
        except (smtplib.SMTPException, OSError) as exc:
            raise smtp_failure(exc) from exc
        try:
            if self.user:
                smtp.login(self.user, self.password)
            smtp.send_message(msg, from_addr=envelope_from, to_addrs=[to])
        except (smtplib.SMTPException, OSError) as exc:
            smtp.close()
            raise smtp_failure(exc) from exc
        try:  # accepted: a failing QUIT must not turn into a retry (and a duplicate)
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()


def _by_code(code: int, what: str) -> DeliveryError:
    return DeliveryError(f"email: {what}", permanent=500 <= code < 600)


def smtp_failure(exc: BaseException) -> DeliveryError:
    """5xx replies are permanent (recipient refused, 535 bad login); the rest is temporary."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(exc.recipients.values()), (450, b""))
        text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
        return _by_code(code, f"recipient refused: {code} {render.one_line(text, 200)}")
    if isinstance(exc, smtplib.SMTPResponseException):
        error = exc.smtp_error
        text = error.decode(errors="replace") if isinstance(error, bytes) else str(error)
        what = type(exc).__name__.removeprefix("SMTP")
        return _by_code(exc.smtp_code, f"{what}: {exc.smtp_code} {render.one_line(text, 200)}")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return DeliveryError(f"email: the server does not support it: {exc}", permanent=True)
    return DeliveryError(f"email: {type(exc).__name__}: {render.one_line(str(exc), 200)}")
