"""What a channel is given to send: built from stored rows by the outbox, rendered by channels."""

from __future__ import annotations

from dataclasses import dataclass, field

from storage.taxonomy import SEVERITIES  # noqa: F401  (re-exported for the channels)


@dataclass(slots=True)
class Place:
    """Where a notice was seen; one alert can name several places of the same notice."""

    source_id: str
    source_name: str
    operator: str | None
    url: str | None
    detected_at: str


@dataclass(slots=True)
class Evidence:
    """The words that decided one part of a classification (``field``: destinations, ...)."""

    field: str
    value: str
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Alert:
    """One immediate alert: one real notice (maybe seen in several places) for one subscription."""

    delivery_id: int
    event_ids: list[int]
    event_kind: str  # new | updated | removed
    title: str
    url: str | None
    severity: str
    change_kind: str
    destinations: list[str]  # ISO alpha-2 codes, or ["*"]
    categories: list[str]
    evidence: list[Evidence]
    summary: str  # the key sentences, plain text
    text: str  # the notice text (for updated events: what the change added), plain text
    places: list[Place]
    published: str | None
    detected_at: str
    subscription_id: int
    subscription_name: str
    unsubscribe_token: str


@dataclass(slots=True)
class DigestEntry:
    event_id: int
    title: str
    url: str | None
    severity: str
    change_kind: str
    destinations: list[str]
    categories: list[str]
    source_name: str
    operator: str | None
    detected_at: str
    summary: str


@dataclass(slots=True)
class DigestGroup:
    destination: str  # ISO code or "*"
    destination_name: str
    entries: list[DigestEntry] = field(default_factory=list)


@dataclass(slots=True)
class Digest:
    """A digest for one subscription and one period; groups ordered critical first."""

    delivery_id: int
    subscription_id: int
    subscription_name: str
    frequency: str  # daily | weekly
    period_start: str
    period_end: str
    active_suspensions: list[DigestEntry]
    groups: list[DigestGroup]
    unsubscribe_token: str


@dataclass(slots=True)
class AdminNotice:
    """A message for the people who run the service (a source failing, a selector gone empty)."""

    delivery_id: int
    subject: str
    text: str
    source_id: str | None = None
