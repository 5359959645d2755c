"""When two events are the same notice seen in two places, so they make one alert, not two.

An operator often publishes one notice twice: in its feed and on its page, or on two of its
pages. Subscribers want one alert naming both places. Anything else must stay its own alert:
merging a different change into an alert already sent means it is never delivered. So the
rules are strict, and only within one operator (operators that each announce their own
suspension are separate news, even word for word) and across different sources (two events of
one source are two changes, not two places):

* the same ``fingerprint`` (hash of the normalised title + text): the very same notice; or
* the same notice worded differently in two places: both events ``new``, the same normalised
  title of at least three words, the same kind of change, the same set of destinations,
  overlapping categories, and published dates that agree where both are known.

``updated`` and ``removed`` events never merge by title: their title is often the page's own
("International service notices"), shared by every change made to that page or its siblings.

Both rules apply only within :data:`MERGE_WINDOW` of each other.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta
from typing import Any

from storage.db import parse_iso

MERGE_WINDOW = timedelta(days=7)
_MIN_TITLE_WORDS = 3
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise_title(title: str | None) -> str:
    text = unicodedata.normalize("NFKC", title or "").casefold()
    return _NON_WORD.sub(" ", text).strip()


def operator_key(event: dict[str, Any]) -> str:
    """Who published it; without an operator a source stands alone (never merged)."""
    operator = (event.get("operator") or "").strip()
    if operator:
        return "op:" + normalise_title(operator)
    return "src:" + str(event.get("source_id"))


def _liveness(event: dict[str, Any]) -> str:
    return "removed" if event.get("kind") == "removed" else "live"


def fingerprint_key(event: dict[str, Any]) -> str | None:
    fingerprint = event.get("fingerprint")
    if not fingerprint:
        return None
    return f"{operator_key(event)}|{_liveness(event)}|{fingerprint}"


def title_key(event: dict[str, Any]) -> str | None:
    """The lookup key of the title rule: operator, change kind, destinations and title of a
    ``new`` event (None for other events and for titles too short to tell notices apart).
    :func:`same_notice` still checks the rest (categories, dates, window)."""
    if event.get("kind") != "new":
        return None
    title = normalise_title(event.get("title"))
    if len(title.split()) < _MIN_TITLE_WORDS:
        return None
    destinations = ",".join(sorted(set(event.get("destinations") or [])))
    return f"{operator_key(event)}|new|{event.get('change_kind')}|{destinations}|{title}"


def _categories_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Shared categories; two events that name none agree too (same empty set)."""
    ca, cb = set(a.get("categories") or []), set(b.get("categories") or [])
    if not ca and not cb:
        return True
    return bool(ca & cb)


parse_time = parse_iso


def _published_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    pa, pb = parse_time(a.get("published")), parse_time(b.get("published"))
    if pa is None or pb is None:
        return True
    return pa.date() == pb.date()


def within_window(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ta, tb = parse_time(a.get("detected_at")), parse_time(b.get("detected_at"))
    if ta is None or tb is None:
        return False
    return abs(ta - tb) <= MERGE_WINDOW


def same_notice(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether events ``a`` and ``b`` are one notice seen in two places (see module doc)."""
    if a.get("source_id") == b.get("source_id") or not within_window(a, b):
        return False
    fa = fingerprint_key(a)
    if fa is not None and fa == fingerprint_key(b):
        return True
    ta = title_key(a)
    return (
        ta is not None
        and ta == title_key(b)
        and _categories_overlap(a, b)
        and _published_agree(a, b)
    )


def group_events(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Events in groups of one notice each, in the order of each group's first event."""
    groups: list[list[dict[str, Any]]] = []
    by_key: dict[str, list[int]] = {}
    for event in events:
        keys = [k for k in (fingerprint_key(event), title_key(event)) if k]
        candidates = sorted({i for k in keys for i in by_key.get(k, [])})
        index = next((i for i in candidates if same_notice(groups[i][0], event)), None)
        if index is None:
            index = len(groups)
            groups.append([event])
            for k in keys:
                by_key.setdefault(k, []).append(index)
        else:
            groups[index].append(event)
    return groups
