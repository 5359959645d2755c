"""Delivery channels, found by name.

A channel is one module in this package with a class decorated ``@register("name")``. The
class provides ``from_env(env, *, out) -> Channel`` (configuration from environment variables,
where secrets live) and ``validate_target(target) -> str``; instances implement
:class:`alerts.channels.base.Channel`. Modules are imported on first use, so adding a channel
is adding one module.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import threading
from collections.abc import Callable, Mapping
from typing import TextIO, TypeVar

from alerts.channels.base import Channel, ChannelClass, DeliveryError

__all__ = [
    "Channel",
    "DeliveryError",
    "channel_names",
    "get_channel",
    "register",
    "validate_target",
]

_REGISTRY: dict[str, ChannelClass] = {}
_LOADED = False
_LOAD_LOCK = threading.Lock()
T = TypeVar("T", bound=ChannelClass)


def register(name: str) -> Callable[[T], T]:
    """Class decorator: make the channel class available as ``get_channel(name)``."""

    def decorate(cls: T) -> T:
        _REGISTRY[name] = cls
        return cls

    return decorate


def _load_channel_modules() -> None:
    global _LOADED
    if _LOADED:
        return
    with _LOAD_LOCK:
        if not _LOADED:
            for module in pkgutil.iter_modules(__path__):
                importlib.import_module(f"{__name__}.{module.name}")
            _LOADED = True


def _channel_class(name: str) -> ChannelClass:
    _load_channel_modules()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise ValueError(f"unknown channel {name!r} (known: {known})") from None


def channel_names() -> list[str]:
    _load_channel_modules()
    return sorted(_REGISTRY)


def get_channel(
    name: str, env: Mapping[str, str] | None = None, *, out: TextIO | None = None
) -> Channel:
    """The channel ``name`` configured from ``env`` (default ``os.environ``).

    "email" without POLICYWATCH_SMTP_HOST and "slack" without POLICYWATCH_SLACK_TOKEN give,
    when neither is configured (the embedded default), the console channel, printing what
    would have been sent to ``out`` (default sys.stdout; its ``stands_in_for`` attribute tells
    which channel it replaces); when the other one is configured, a channel whose every send
    fails as a temporary error naming the missing variable (channels/not_configured.py).
    """
    return _channel_class(name).from_env(os.environ if env is None else env, out=out)


def validate_target(name: str, target: str) -> str:
    """``target`` normalised for channel ``name``, or ValueError saying what is wrong."""
    return _channel_class(name).validate_target(target)
