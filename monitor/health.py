"""Source health: when a failing or emptied source deserves one message to the admins.

A page that moved must not go quiet. The checker already backs a failing source off
(exponentially, up to a day) and keeps its last error for ``policywatch status``; this module
decides, from the stored state alone, when the people running the service must be told:

- a source whose watched region matched nothing, or that lists no notices where it used to
  (``last_status == "empty"``): at once, since that is what a moved or redesigned page looks
  like, and every check of it until it is fixed is blind;
- a source that has been failing for ``failing_after`` seconds (a day by default;
  ``POLICYWATCH_FAILING_ALERT_AFTER`` such as ``2s``, ``30m``, ``24h`` changes it).

One message per failure spell (the spell is named by its ``failing_since``), recorded in
``source_state.admin_alerted``; when the source recovers the mark is cleared (and the admins
are told it recovered), so a later failure alerts again. The message keys carry the spell, so
raising it twice (a crash between queueing and recording) still sends it once.

This module does not send anything: monitor/ never imports alerts/. The service turns the
returned :class:`AdminMessage` list into outbox rows.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from monitor.config import parse_duration
from monitor.schedule_plan import parse_time
from storage.db import iso

DEFAULT_FAILING_ALERT_AFTER = 86400.0
FAILING_ALERT_ENV = "POLICYWATCH_FAILING_ALERT_AFTER"
HEALTHY = ("ok", "not_modified")


@dataclass(slots=True)
class AdminMessage:
    """One message for the admins; ``key`` is unique in the outbox, so it is sent once."""

    key: str
    source_id: str
    subject: str
    text: str


@dataclass(slots=True)
class HealthUpdate:
    """What to send, and the new value of ``source_state.admin_alerted`` (when ``changed``)."""

    messages: list[AdminMessage] = field(default_factory=list)
    changed: bool = False
    admin_alerted: str | None = None


def failing_alert_after(env: Mapping[str, str] | None = None) -> float:
    """The failing time before an admin alert, from the environment (default: one day)."""
    value = (os.environ if env is None else env).get(FAILING_ALERT_ENV)
    return parse_duration(value) if value else DEFAULT_FAILING_ALERT_AFTER


def _raised(state: Mapping[str, Any]) -> dict[str, Any] | None:
    raw = state.get("admin_alerted")
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _describe(duration: timedelta) -> str:
    seconds = int(duration.total_seconds())
    if seconds >= 2 * 86400:
        return f"{seconds // 86400} days"
    if seconds >= 7200:
        return f"{seconds // 3600} hours"
    if seconds >= 120:
        return f"{seconds // 60} minutes"
    return f"{seconds} seconds"


def assess(
    source: Any,
    state: Mapping[str, Any] | None,
    now: datetime,
    *,
    failing_after: float = DEFAULT_FAILING_ALERT_AFTER,
) -> HealthUpdate:
    """What the admins must hear about ``source`` given its stored state, at ``now``.

    ``source`` is a configured source (``id``, ``name``, ``url``, ``selector``); ``state`` its
    ``source_state`` row.
    """
    update = HealthUpdate()
    if not state:
        return update
    raised = _raised(state)
    status = state.get("last_status")
    since_text = state.get("failing_since")
    since = parse_time(since_text)

    if status in HEALTHY:
        if raised is not None:
            update.changed, update.admin_alerted = True, None
            update.messages.append(_recovered(source, state, raised))
        return update
    if status not in ("error", "empty") or since is None:
        return update
    if raised is not None and raised.get("spell") == since_text:
        return update  # this spell was reported already

    if status == "empty":
        kind = "empty"
    elif now - since >= timedelta(seconds=failing_after):
        kind = "failing"
    else:
        return update
    message = _empty(source, state) if kind == "empty" else _failing(source, state, now - since)
    update.messages.append(message)
    update.changed = True
    update.admin_alerted = json.dumps({"spell": since_text, "kind": kind, "at": iso(now)})
    return update


def _facts(source: Any, state: Mapping[str, Any]) -> list[str]:
    lines = [
        f"Source: {source.id} ({source.name})",
        f"URL: {source.url}",
    ]
    if getattr(source, "selector", None):
        lines.append(f"Selector: {source.selector}")
    lines += [
        f"Failing since: {state.get('failing_since')}",
        f"Failed checks in a row: {state.get('consecutive_failures') or 0}",
        f"Last success: {state.get('last_success_at') or 'never'}",
        f"Last error: {state.get('last_error') or '-'}",
        f"Next try: {state.get('next_due_at') or '-'}",
    ]
    return lines


def _empty(source: Any, state: Mapping[str, Any]) -> AdminMessage:
    text = "\n".join(
        [
            f"policywatch found nothing to watch on {source.id}: the page no longer has the"
            " region or notices it used to have. It has most likely moved or been redesigned,"
            " and until it is fixed no change on it will be seen.",
            "",
            *_facts(source, state),
            "",
            f"Check the page, then the url and selector in sources.yaml"
            f" (try: policywatch sources test {source.id}).",
        ]
    )
    return AdminMessage(
        key=f"source-empty:{source.id}:{state.get('failing_since')}",
        source_id=source.id,
        subject=f"{source.id} matches nothing (page moved or redesigned?)",
        text=text,
    )


def _failing(source: Any, state: Mapping[str, Any], duration: timedelta) -> AdminMessage:
    text = "\n".join(
        [
            f"policywatch has not been able to check {source.id} for {_describe(duration)}."
            " It keeps retrying (less often the longer it fails), but until it succeeds no"
            " change on it will be seen.",
            "",
            *_facts(source, state),
            "",
            f"Check the page and its url in sources.yaml (try: policywatch sources test"
            f" {source.id}).",
        ]
    )
    return AdminMessage(
        key=f"source-failing:{source.id}:{state.get('failing_since')}",
        source_id=source.id,
        subject=f"{source.id} failing for {_describe(duration)}",
        text=text,
    )


def _recovered(source: Any, state: Mapping[str, Any], raised: Mapping[str, Any]) -> AdminMessage:
    text = "\n".join(
        [
            f"{source.id} ({source.name}) is being checked again: the last check at"
            f" {state.get('last_check_at')} succeeded.",
            f"It had been failing since {raised.get('spell')}.",
        ]
    )
    return AdminMessage(
        key=f"source-recovered:{source.id}:{raised.get('spell')}",
        source_id=source.id,
        subject=f"{source.id} recovered",
        text=text,
    )
