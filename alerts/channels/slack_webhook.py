"""Slack through an incoming webhook.

A webhook URL is a secret (whoever has it can post to the channel), and secrets come from the
environment. So the recommended target is ``env:NAME``: the name of an environment variable
that holds the URL, stored as that reference and read at each send (a missing variable is a
temporary error naming it, so the deliveries wait until it is set). A literal URL is still
accepted, as people paste it; it is then stored in the database (the CLI warns) and must be
https (plain http only to this machine, for tests).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TextIO
from urllib.parse import urlsplit

from slack_sdk.errors import SlackClientError
from slack_sdk.webhook import WebhookClient

from alerts.channels import register
from alerts.channels.base import Channel, DeliveryError
from alerts.channels.pacing import SLACK_PACER, ChannelPacer
from alerts.channels.slack_blocks import SlackMessage, admin_message, alert_message, digest_message
from alerts.channels.slack_failures import BoundedRateLimitRetryHandler, slack_failure
from alerts.model import AdminNotice, Alert, Digest

ENV_PREFIX = "env:"
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def env_reference(target: str) -> str | None:
    """The variable name of an ``env:NAME`` target; None for a literal URL."""
    value = (target or "").strip()
    if not value.startswith(ENV_PREFIX):
        return None
    return value[len(ENV_PREFIX) :].strip()


def is_literal_url(target: str) -> bool:
    """Whether the target is the URL itself (a secret stored in the database)."""
    return env_reference(target) is None


def validate_url(url: str) -> str:
    """A webhook URL: https, or http to this machine only (tests); ValueError otherwise."""
    url = (url or "").strip()
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise ValueError("a webhook URL cannot contain spaces or control characters")
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        raise ValueError(f"not a URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError("not a webhook URL: expected https://hooks.slack.com/services/...")
    if parts.scheme == "http" and host not in _LOCAL_HOSTS:
        raise ValueError("a webhook URL must use https (http only to 127.0.0.1 or localhost)")
    return url


@register("webhook")
class SlackWebhookChannel:
    """Posts the same Block Kit messages as the bot, to ``https://hooks.slack.com/...`` URLs."""

    name = "webhook"

    def __init__(
        self,
        *,
        timeout: float = 15.0,
        rate_limit_retries: int = 2,
        max_retry_wait: float = 10.0,
        pacer: ChannelPacer | None = None,
        env: Mapping[str, str] | None = None,
    ):
        self._timeout = int(max(1, timeout))
        self._retry = BoundedRateLimitRetryHandler(rate_limit_retries, max_retry_wait)
        self._pacer = pacer or SLACK_PACER
        self._env: Mapping[str, str] = env if env is not None else {}

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, out: TextIO | None = None) -> Channel:
        return cls(timeout=float(env.get("POLICYWATCH_SLACK_TIMEOUT") or 15), env=env)

    @staticmethod
    def validate_target(target: str) -> str:
        """``env:NAME`` (recommended), or the URL itself: https (normally
        ``https://hooks.slack.com/services/...``), http only to 127.0.0.1/localhost.

        The URL is never repeated in the error: it may be a real one, mistyped."""
        name = env_reference(target)
        if name is None:
            return validate_url(target)
        if not _ENV_NAME.match(name):
            raise ValueError(
                f"{name!r} is not an environment variable name: use env:NAME with the"
                " webhook URL in the variable NAME, like env:SLACK_WEBHOOK_OPS"
            )
        return ENV_PREFIX + name

    def send_alert(self, target: str, alert: Alert) -> None:
        self._post(target, alert_message(alert))

    def send_digest(self, target: str, digest: Digest) -> None:
        self._post(target, digest_message(digest))

    def send_admin(self, target: str, notice: AdminNotice) -> None:
        self._post(target, admin_message(notice))

    def _resolve(self, target: str) -> str:
        """The URL to post to; a literal target that is not one can never work (permanent),
        a missing or bad variable can be fixed (temporary). Never says the URL itself."""
        try:
            target = self.validate_target(target)
        except ValueError as exc:
            raise DeliveryError(f"webhook: {exc}", permanent=True) from exc
        name = env_reference(target)
        if name is None:
            return target
        value = (self._env.get(name) or "").strip()
        if not value:
            raise DeliveryError(
                f"webhook: environment variable {name} is not set (it should hold the URL)"
            )
        try:
            return validate_url(value)
        except ValueError as exc:
            raise DeliveryError(f"webhook: environment variable {name}: {exc}") from None

    def _post(self, target: str, message: SlackMessage) -> None:
        url = self._resolve(target)
        client = WebhookClient(url, timeout=self._timeout, retry_handlers=[self._retry])
        self._pacer.wait_turn(("webhook", url))
        try:
            response = client.send(
                text=message.text, blocks=message.blocks, unfurl_links=False, unfurl_media=False
            )
        except (SlackClientError, OSError, ValueError) as exc:
            raise DeliveryError(f"webhook: {type(exc).__name__}: {exc}") from exc
        if response.status_code == 200:
            return
        raise slack_failure("webhook", response.status_code, response.body, response.headers)
