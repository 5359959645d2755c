"""Slack through an incoming webhook: the webhook URL is the target, no secret needed."""

from __future__ import annotations

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
    ):
        self._timeout = int(max(1, timeout))
        self._retry = BoundedRateLimitRetryHandler(rate_limit_retries, max_retry_wait)
        self._pacer = pacer or SLACK_PACER

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, out: TextIO | None = None) -> Channel:
        return cls(timeout=float(env.get("POLICYWATCH_SLACK_TIMEOUT") or 15))

    @staticmethod
    def validate_target(target: str) -> str:
        """An http(s) URL (normally ``https://hooks.slack.com/services/...``)."""
        url = (target or "").strip()
        if any(ch.isspace() or ord(ch) < 32 for ch in url):
            raise ValueError("a webhook URL cannot contain spaces or control characters")
        try:
            parts = urlsplit(url)
        except ValueError as exc:
            raise ValueError(f"{target!r} is not a URL: {exc}") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(
                f"{target!r} is not a webhook URL: expected https://hooks.slack.com/services/..."
            )
        return url

    def send_alert(self, target: str, alert: Alert) -> None:
        self._post(target, alert_message(alert))

    def send_digest(self, target: str, digest: Digest) -> None:
        self._post(target, digest_message(digest))

    def send_admin(self, target: str, notice: AdminNotice) -> None:
        self._post(target, admin_message(notice))

    def _post(self, target: str, message: SlackMessage) -> None:
        try:
            url = self.validate_target(target)
        except ValueError as exc:
            raise DeliveryError(f"webhook: {exc}", permanent=True) from exc
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
