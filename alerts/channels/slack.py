"""Slack through the Web API (``chat.postMessage`` with a bot token)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TextIO

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from alerts.channels import register
from alerts.channels.base import Channel, DeliveryError
from alerts.channels.not_configured import unconfigured
from alerts.channels.pacing import SLACK_PACER, ChannelPacer
from alerts.channels.slack_blocks import SlackMessage, admin_message, alert_message, digest_message
from alerts.channels.slack_failures import BoundedRateLimitRetryHandler, slack_failure
from alerts.model import AdminNotice, Alert, Digest

_CHANNEL_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{8,}$")


@register("slack")
class SlackChannel:
    """Posts Block Kit messages as the bot whose token is POLICYWATCH_SLACK_TOKEN."""

    name = "slack"

    def __init__(
        self,
        token: str,
        *,
        base_url: str | None = None,
        timeout: float = 15.0,
        rate_limit_retries: int = 2,
        max_retry_wait: float = 10.0,
        pacer: ChannelPacer | None = None,
    ):
        self._client = WebClient(
            token=token,
            base_url=base_url or WebClient.BASE_URL,
            timeout=int(max(1, timeout)),
            retry_handlers=[BoundedRateLimitRetryHandler(rate_limit_retries, max_retry_wait)],
        )
        self._pacer = pacer or SLACK_PACER

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, out: TextIO | None = None) -> Channel:
        """Configured from POLICYWATCH_SLACK_*; without a token, the console (nothing
        configured) or a refusal (SMTP is): see channels/not_configured.py."""
        token = (env.get("POLICYWATCH_SLACK_TOKEN") or "").strip()
        if not token:
            return unconfigured("slack", env, out=out)
        return cls(
            token,
            base_url=(env.get("POLICYWATCH_SLACK_API_URL") or "").strip() or None,
            timeout=float(env.get("POLICYWATCH_SLACK_TIMEOUT") or 15),
        )

    @staticmethod
    def validate_target(target: str) -> str:
        """``#name``/``name`` (lowercase, digits, ``-``, ``_``; <= 80) -> ``#name``; or an id."""
        value = (target or "").strip()
        if _CHANNEL_ID.match(value):
            return value
        name = value.removeprefix("#").lower()
        if not name:
            raise ValueError("a Slack channel is needed, like #shipping-alerts or C0123ABCD")
        if not _CHANNEL_NAME.match(name):
            raise ValueError(
                f"{target!r} is not a Slack channel: use #name (lowercase letters, digits, "
                "'-' and '_', at most 80) or a channel id like C0123ABCD"
            )
        return "#" + name

    def send_alert(self, target: str, alert: Alert) -> None:
        self._post(target, alert_message(alert))

    def send_digest(self, target: str, digest: Digest) -> None:
        self._post(target, digest_message(digest))

    def send_admin(self, target: str, notice: AdminNotice) -> None:
        self._post(target, admin_message(notice))

    def _post(self, target: str, message: SlackMessage) -> None:
        try:
            channel = self.validate_target(target)
        except ValueError as exc:
            raise DeliveryError(f"slack: {exc}", permanent=True) from exc
        self._pacer.wait_turn((self._client.base_url, channel))
        try:
            self._client.chat_postMessage(
                channel=channel,
                text=message.text,
                blocks=message.blocks,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as exc:
            response = exc.response
            data = response.data if isinstance(response.data, dict) else {}
            raise slack_failure(
                "slack", response.status_code, data.get("error"), response.headers
            ) from exc
        except (SlackClientError, OSError, ValueError) as exc:
            raise DeliveryError(f"slack: {type(exc).__name__}: {exc}") from exc
