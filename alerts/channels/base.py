"""What every delivery channel promises, and the one error it raises when a send fails."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, TextIO, runtime_checkable

from alerts.model import AdminNotice, Alert, Digest


class DeliveryError(Exception):
    """A send that was not accepted by the far side.

    The outbox decides what to do next from two facts only: whether retrying can ever help
    (``permanent``) and how long the far side asked us to wait (``retry_after``, seconds).
    """

    def __init__(self, reason: str, *, permanent: bool = False, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return (
            f"DeliveryError({self.reason!r}, permanent={self.permanent}, "
            f"retry_after={self.retry_after})"
        )


@runtime_checkable
class Channel(Protocol):
    """A way to deliver messages; each ``send_*`` returns only once the far side accepted it."""

    name: str  # "email" | "slack" | "webhook" | "console"

    def send_alert(self, target: str, alert: Alert) -> None: ...

    def send_digest(self, target: str, digest: Digest) -> None: ...

    def send_admin(self, target: str, notice: AdminNotice) -> None: ...


class ChannelClass(Protocol):
    """What a class registered with ``@register(name)`` provides, as a class: configuration
    from the environment and the check of a target."""

    def from_env(self, env: Mapping[str, str], *, out: TextIO | None = None) -> Channel: ...

    def validate_target(self, target: str) -> str: ...
