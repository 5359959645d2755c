"""Creating and removing subscriptions: every field checked, so a bad one is refused at once.

A mistyped country, category or time zone would otherwise make a subscription that silently
never matches, or a digest that never comes: worse than an error at `subscribe`.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pycountry
from sqlite_utils import Database

from alerts.model import SEVERITIES
from storage import subscriptions as store
from storage.db import utcnow
from storage.taxonomy import CATEGORIES

CATEGORY_IDS = CATEGORIES
CHANNELS = ("email", "slack", "webhook", "console")
MIN_SEVERITIES = tuple(s for s in SEVERITIES if s != "none")  # "none" never alerts
DIGESTS = ("none", "daily", "weekly")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_NAMES = {
    full: full[:3]
    for full in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
}
DEFAULT_DIGEST_DAY = "mon"
DEFAULT_DIGEST_HOUR = 8

# Codes people use that ISO does not: the UK and Greece's EU code; "EU" names 27 members.
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}
EU_MEMBERS = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
).split()
_SOURCE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")


class SubscriptionError(ValueError):
    """A field of a subscription that cannot be accepted; ``field`` names the option."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


@dataclass(slots=True)
class SubscriptionRequest:
    """What `subscribe` was given, before checking."""

    name: str
    channel: str
    target: str
    destinations: list[str]
    categories: list[str]
    min_severity: str = "low"
    sources: list[str] | None = None
    digest: str = "none"
    digest_day: str | None = None
    digest_hour: int | None = None
    timezone: str = "UTC"
    immediate: bool = True


def normalise_destinations(values: Iterable[str]) -> list[str]:
    """ISO alpha-2 codes (upper case), ``*`` alone for any; ``UK``→``GB``, ``EU``→members."""
    out: list[str] = []
    for raw in values:
        for part in str(raw).split(","):
            value = part.strip()
            if not value:
                continue
            codes = ["*"] if value == "*" else _country_codes(value)
            out.extend(c for c in codes if c not in out)
    if "*" in out or not out:
        return ["*"]
    return out


def _country_codes(value: str) -> list[str]:
    upper = value.upper()
    if upper == "EU":
        return list(EU_MEMBERS)
    upper = _COUNTRY_ALIASES.get(upper, upper)
    country = None
    if len(upper) == 2:
        country = pycountry.countries.get(alpha_2=upper)
    elif len(upper) == 3:
        country = pycountry.countries.get(alpha_3=upper)
    else:
        try:
            country = pycountry.countries.lookup(value)
        except LookupError:
            country = None
    if country is None:
        raise SubscriptionError(
            "destination",
            f"unknown destination {value!r}: use an ISO 3166-1 country code such as US, GB "
            "or DE, 'EU', or '*' for every destination",
        )
    return [country.alpha_2]


def normalise_categories(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for raw in values:
        for part in str(raw).split(","):
            value = part.strip().lower().replace("-", "_")
            if not value:
                continue
            if value not in CATEGORY_IDS:
                raise SubscriptionError(
                    "category",
                    f"unknown category {part.strip()!r}; known: {', '.join(CATEGORY_IDS)}",
                )
            if value not in out:
                out.append(value)
    return out


def normalise_severity(value: str) -> str:
    level = (value or "").strip().lower()
    if level not in MIN_SEVERITIES:
        raise SubscriptionError(
            "min-severity",
            f"unknown severity {value!r}; use one of {', '.join(MIN_SEVERITIES)}",
        )
    return level


def normalise_sources(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for raw in values:
        for part in str(raw).split(","):
            value = part.strip()
            if not value:
                continue
            if not _SOURCE_ID.match(value):
                raise SubscriptionError("source", f"not a source id: {value!r}")
            if value not in out:
                out.append(value)
    return out


def normalise_timezone(value: str | None) -> str:
    name = (value or "UTC").strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SubscriptionError(
            "timezone", f"unknown time zone {value!r}: use an IANA name such as Europe/Berlin"
        ) from None
    return name


def normalise_weekday(value: str | None) -> str:
    day = (value or DEFAULT_DIGEST_DAY).strip().lower()
    day = _WEEKDAY_NAMES.get(day, day)
    if day not in WEEKDAYS:
        raise SubscriptionError(
            "digest-day", f"unknown day {value!r}; use one of {', '.join(WEEKDAYS)}"
        )
    return day


def normalise_hour(value: int | None) -> int:
    hour = DEFAULT_DIGEST_HOUR if value is None else value
    if not isinstance(hour, int) or not 0 <= hour <= 23:
        raise SubscriptionError("digest-hour", f"digest hour must be 0..23, not {value!r}")
    return hour


def validate(request: SubscriptionRequest) -> dict[str, Any]:
    """The row to store, every field normalised; SubscriptionError names what is wrong."""
    from alerts.channels import validate_target

    name = (request.name or "").strip()
    if not name:
        raise SubscriptionError("name", "a subscription needs a name")
    if request.channel not in CHANNELS:
        raise SubscriptionError("channel", f"unknown channel {request.channel!r}")
    try:
        target = validate_target(request.channel, request.target)
    except ValueError as exc:
        raise SubscriptionError(request.channel, str(exc)) from None
    digest = (request.digest or "none").strip().lower()
    if digest not in DIGESTS:
        raise SubscriptionError("digest", f"digest must be one of {', '.join(DIGESTS)}")
    if not request.immediate and digest == "none":
        raise SubscriptionError(
            "digest", "a digest-only subscription needs --digest daily or weekly"
        )
    return {
        "name": name,
        "channel": request.channel,
        "target": target,
        "destinations": normalise_destinations(request.destinations),
        "categories": normalise_categories(request.categories),
        "min_severity": normalise_severity(request.min_severity),
        "sources": normalise_sources(request.sources or []),
        "immediate": request.immediate,
        "digest": digest,
        "digest_day": normalise_weekday(request.digest_day) if digest == "weekly" else None,
        "digest_hour": normalise_hour(request.digest_hour) if digest != "none" else None,
        "timezone": normalise_timezone(request.timezone),
    }


def new_token() -> str:
    """An unsubscribe token that a shell command takes as an argument: one that starts with
    "-" (1 in 64 of ``token_urlsafe``) reads as an option to ``policywatch unsubscribe``."""
    token = secrets.token_urlsafe(24)
    while token.startswith("-"):
        token = secrets.token_urlsafe(24)
    return token


def subscribe(db: Database, request: SubscriptionRequest, *, now: str | None = None) -> dict:
    """Check and store a subscription; it is alerted to events detected from ``now`` on."""
    row = validate(request)
    row["unsubscribe_token"] = new_token()
    row["created_at"] = now or utcnow()
    sub_id = store.insert_subscription(db, row)
    stored = store.get_subscription(db, sub_id)
    if stored is None:  # just inserted on this connection: cannot happen
        raise RuntimeError(f"subscription {sub_id} was stored but cannot be read back")
    return stored


def unsubscribe(db: Database, token: str) -> dict | None:
    """Remove the subscription this token belongs to; None if the token is unknown or used."""
    sub = store.get_subscription_by_token(db, (token or "").strip())
    if sub is None or not sub["active"]:
        return None
    store.remove_subscription(db, sub["id"])
    return store.get_subscription(db, sub["id"])


def remove(db: Database, sub_id: int) -> bool:
    return store.remove_subscription(db, sub_id)
