"""Published dates in the many shapes sources use, to ISO 8601.

A date alone stays a date (``2025-08-29``); a time with a known zone becomes UTC
(``2025-08-29T14:49:00Z``); a time without a zone keeps its local reading with no suffix.
Anything unreadable is None: a missing date must never fail an extraction.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_ZONES = {  # abbreviations that US and European notices print
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "IST": 1, "CET": 1, "CEST": 2,
    "EET": 2, "EEST": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
    "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "JST": 9,
}  # fmt: skip
_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_NUMERIC = re.compile(
    r"^(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?"
    r"\s*([A-Za-z]{1,5})?$"
)
_WORDY = re.compile(
    r"^(?:[A-Za-z]+,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})"
    r"|([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))"
    r"(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})\s*([AaPp]\.?[Mm]\.?)?)?\s*([A-Za-z]{1,5})?$"
)


def to_iso(value: object) -> str | None:
    """``value`` (text, epoch number, struct_time, date) as ISO 8601, or None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, time.struct_time):
        return _utc(datetime(*value[:6], tzinfo=UTC))
    if isinstance(value, datetime):
        return _format(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return _epoch(float(value))
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text:
        return None
    try:
        return _parse(text)
    except (ValueError, OverflowError, OSError):
        return None


def _parse(text: str) -> str | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text).isoformat()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", text):
        return _format(datetime.fromisoformat(text.replace(" ", "T", 1).replace(" ", "")))
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", text):
        return _epoch(float(text))
    if match := _NUMERIC.match(text):
        return _numeric(match)
    if match := _WORDY.match(text):
        return _wordy(match)
    try:
        return _format(parsedate_to_datetime(text))  # RFC 2822, as in RSS
    except (TypeError, ValueError, IndexError):
        return None


def _numeric(m: re.Match[str]) -> str | None:
    a, sep, b, c = int(m[1]), m[2], int(m[3]), m[4]
    if len(m[1]) == 4:  # 2025/08/29
        year, month, day = a, b, int(c)
    else:
        year = int(c) if len(c) == 4 else 2000 + int(c)
        # US month-first with "/", day-first with "." or "-", unless the numbers say otherwise.
        month, day = (a, b) if sep == "/" else (b, a)
        if month > 12 >= day:
            month, day = day, month
    return _assemble(year, month, day, m[5], m[6], m[7], m[8], m[9])


def _wordy(m: re.Match[str]) -> str | None:
    if m[1]:
        day, month_name, year = int(m[1]), m[2], int(m[3])
    else:
        month_name, day, year = m[4], int(m[5]), int(m[6])
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return None
    return _assemble(year, month, day, m[7], m[8], None, m[9], m[10])


def _assemble(
    year: int,
    month: int,
    day: int,
    hour: str | None,
    minute: str | None,
    second: str | None,
    ampm: str | None,
    zone: str | None,
) -> str | None:
    when = date(year, month, day)
    if hour is None:
        return when.isoformat() if zone is None or zone.upper() in _ZONES else None
    h = int(hour)
    if ampm:
        pm = ampm[0] in "Pp"
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if pm else 0)
    dt = datetime(year, month, day, h, int(minute or 0), int(second or 0))
    if zone is None:
        return dt.isoformat()
    offset = _ZONES.get(zone.upper())
    if offset is None:
        return None
    return _utc(dt.replace(tzinfo=timezone(timedelta(hours=offset))))


def _epoch(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    if seconds <= 0:
        return None
    return _utc(datetime.fromtimestamp(seconds, UTC))


def _format(dt: datetime) -> str:
    if dt.tzinfo is None:
        return dt.replace(microsecond=0).isoformat()
    return _utc(dt)


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
