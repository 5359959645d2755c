"""Slack's answers mapped onto DeliveryError, and a rate-limit retry handler that never stalls.

Used by both the Web API channel and the incoming-webhook channel.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from alerts.channels.base import DeliveryError

# Errors that stay errors however often we retry: fixing them needs a person.
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "invalid_auth",
        "not_authed",
        "token_revoked",
        "token_expired",
        "account_inactive",
        "is_archived",
        "channel_is_archived",
        "missing_scope",
        "no_permission",
        "restricted_action",
        "ekm_access_denied",
        "team_access_not_granted",
        "org_login_required",
        "posting_to_general_channel_denied",
        "invalid_blocks",
        "invalid_blocks_format",
        "invalid_arguments",
        "msg_too_long",
        "no_text",
        "too_many_attachments",
        # incoming webhooks
        "no_service",
        "no_team",
        "team_disabled",
        "invalid_token",
        "invalid_payload",
        "action_prohibited",
        "user_not_found",
    }
)
PERMANENT_STATUSES = frozenset({400, 401, 403, 404, 410})


def retry_after_seconds(headers: Mapping[str, Any] | None) -> float | None:
    """The Retry-After header in seconds (header names in any case, values str or [str])."""
    for name, value in (headers or {}).items():
        if name.lower() == "retry-after":
            if isinstance(value, list | tuple):
                value = value[0] if value else None
            try:
                return max(0.0, float(value))
            except (TypeError, ValueError):
                return None
    return None


def slack_failure(
    via: str, status: int | None, error: str | None, headers: Mapping[str, Any] | None
) -> DeliveryError:
    """The DeliveryError for one failed Slack answer (``via``: "slack" or "webhook")."""
    error = (error or "").strip()[:200]
    detail = f"{error or 'error'} (HTTP {status})" if status else error or "error"
    if status == 429 or error in ("ratelimited", "rate_limited"):
        return DeliveryError(
            f"{via}: rate limited, {detail}", retry_after=retry_after_seconds(headers)
        )
    if error in PERMANENT_ERRORS or status in PERMANENT_STATUSES:
        return DeliveryError(f"{via}: {detail}", permanent=True)
    return DeliveryError(f"{via}: {detail}")


class BoundedRateLimitRetryHandler(RateLimitErrorRetryHandler):
    """slack-sdk's rate-limit retry, only for short waits.

    A 429 asking for at most ``max_wait`` seconds (a whole number, as Slack sends) is retried
    here after that wait, up to ``max_retry_count`` times; a longer wait is not slept through
    in a delivery thread but handed back as ``DeliveryError(retry_after=...)``.
    """

    def __init__(self, max_retry_count: int = 2, max_wait: float = 10.0):
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if not super()._can_retry(state=state, request=request, response=response, error=error):
            return False
        wait = retry_after_seconds(response.headers if response else None)
        if wait is None:
            return True  # the base handler waits about a second
        return wait <= self.max_wait and wait == int(wait)
