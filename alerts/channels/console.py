"""Printing messages instead of sending them: the ``console`` channel, and the stand-in used
when neither Slack nor SMTP is configured ("with neither Slack nor SMTP configured, alerts
print to the console"; see channels/not_configured.py for when only one of them is)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Mapping
from typing import TextIO

from alerts import render
from alerts.channels import register
from alerts.channels.slack_blocks import admin_message, alert_message, digest_message
from alerts.model import AdminNotice, Alert, Digest

_WRITE_LOCK = threading.Lock()
_NOT_CONFIGURED = {
    "email": "not sent: POLICYWATCH_SMTP_HOST is not set",
    "slack": "not sent: POLICYWATCH_SLACK_TOKEN is not set",
}


@register("console")
class ConsoleChannel:
    """Writes one readable block per message to ``out`` (default: the current sys.stdout).

    ``stands_in_for`` says what it replaces: ``"email"`` prints the subject and text body,
    ``"slack"`` prints the plain-text fallback, ``"console"`` prints the full text rendering.
    """

    name = "console"

    def __init__(self, out: TextIO | None = None, *, stands_in_for: str = "console"):
        self._out = out
        self.stands_in_for = stands_in_for

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, out: TextIO | None = None) -> ConsoleChannel:
        return cls(out)

    @staticmethod
    def validate_target(target: str) -> str:
        return render.one_line(target, 200) or "console"

    def send_alert(self, target: str, alert: Alert) -> None:
        if self.stands_in_for == "email":
            self._write(
                "email", target, render.alert_subject(alert), render.render_alert_text(alert)
            )
        elif self.stands_in_for == "slack":
            self._write("Slack message", target, None, alert_message(alert).plain)
        else:
            self._write("alert", target, None, render.render_alert_text(alert))

    def send_digest(self, target: str, digest: Digest) -> None:
        if self.stands_in_for == "slack":
            self._write("Slack message", target, None, digest_message(digest).plain)
        else:
            label = "email" if self.stands_in_for == "email" else "digest"
            self._write(
                label, target, render.digest_subject(digest), render.render_digest_text(digest)
            )

    def send_admin(self, target: str, notice: AdminNotice) -> None:
        if self.stands_in_for == "slack":
            self._write("Slack message", target, None, admin_message(notice).plain)
        else:
            label = "email" if self.stands_in_for == "email" else "admin notice"
            subject = render.admin_subject(notice)
            self._write(label, target, subject, render.render_admin_text(notice))

    def _write(self, what: str, target: str, subject: str | None, body: str) -> None:
        note = _NOT_CONFIGURED.get(self.stands_in_for)
        heading = f"----- policywatch {what} to {render.one_line(target, 200)}"
        heading += f" ({note}) -----" if note else " -----"
        lines = [heading]
        if subject is not None:
            lines.append(f"Subject: {subject}")
            lines.append("")
        lines.append(body.rstrip("\n"))
        lines.append("-" * 5)
        out = self._out if self._out is not None else sys.stdout
        with _WRITE_LOCK:
            out.write("\n".join(lines) + "\n\n")
            out.flush()
