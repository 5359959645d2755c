"""What email or Slack does without its configuration: print (the embedded default) or wait.

"The embedded default: with neither Slack nor SMTP configured, alerts print to the console":
a demo or a first try on a laptop shows what would have been sent. Once either of them is
configured this is a real installation, and a message for the other one printed and recorded
``sent`` would be lost for good (a server that lost its SMTP settings would drop every email
alert without a word). So then every send fails as a temporary error naming the missing
variable: retried, shown by `deliver`, given up after the usual day like any failing server.
Webhooks need no configuration and play no part in this.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from alerts.channels.base import Channel, DeliveryError
from alerts.channels.console import ConsoleChannel
from alerts.model import AdminNotice, Alert, Digest

SMTP_HOST_VAR = "POLICYWATCH_SMTP_HOST"
SLACK_TOKEN_VAR = "POLICYWATCH_SLACK_TOKEN"
_MISSING = {
    "email": f"SMTP is not configured (set {SMTP_HOST_VAR})",
    "slack": f"Slack is not configured (set {SLACK_TOKEN_VAR})",
}


def is_set(env: Mapping[str, str], variable: str) -> bool:
    return bool((env.get(variable) or "").strip())


def embedded_default(env: Mapping[str, str]) -> bool:
    """Neither SMTP nor a Slack token configured: everything prints to the console."""
    return not is_set(env, SMTP_HOST_VAR) and not is_set(env, SLACK_TOKEN_VAR)


def unconfigured(name: str, env: Mapping[str, str], *, out: TextIO | None = None) -> Channel:
    """The channel used for ``name`` ("email" or "slack") when its own setting is missing."""
    if embedded_default(env):
        return ConsoleChannel(out, stands_in_for=name)
    return NotConfiguredChannel(name)


class NotConfiguredChannel:
    """Refuses every send with a temporary error, so the delivery waits for the setting."""

    def __init__(self, name: str):
        self.name = name
        self.reason = _MISSING[name]

    def _refuse(self) -> None:
        raise DeliveryError(self.reason)

    def send_alert(self, target: str, alert: Alert) -> None:
        self._refuse()

    def send_digest(self, target: str, digest: Digest) -> None:
        self._refuse()

    def send_admin(self, target: str, notice: AdminNotice) -> None:
        self._refuse()
