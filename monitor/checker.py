"""One check of one or many sources: fetch, extract, detect, classify, store.

The work is split in two so that many sources can be checked at once without writers fighting
over SQLite: :func:`observe` (network, parsing, comparing, classifying: runs in a worker thread
and only reads the database) and :func:`record` (one short write transaction). ``check_many``
runs ``observe`` on a thread pool and ``record`` in the calling thread, as results come in.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypedDict

from monitor.classify import Classification, classify, classify_change
from monitor.classify.table_cache import store_built
from monitor.config import Settings, Source
from monitor.detect import (
    Change,
    Comparison,
    StoredNotice,
    compare,
    comparison_hash,
    compile_patterns,
    digest,
)
from monitor.extract import ExtractError, extract
from monitor.fetch import DEFAULT_CONTACT, Fetcher, FetchError, FetchResult
from storage import events as event_store
from storage import notices as notice_store
from storage import source_state
from storage.db import iso, thread_db, write_transaction

MAX_BACKOFF = 86400  # a failing source is retried at least once a day


@dataclass(slots=True)
class SourceResult:
    """What one check of one source came to; ``status`` is what ``check`` prints."""

    source_id: str
    status: str  # baseline | changed | unchanged | not_modified | empty | error
    events: int = 0
    notices: int = 0
    error: str | None = None
    duration_ms: int = 0
    event_ids: list[int] = field(default_factory=list)


@dataclass(slots=True)
class RoundSummary:
    results: list[SourceResult]

    @property
    def checked(self) -> int:
        return len(self.results)

    @property
    def changed(self) -> int:
        return sum(1 for r in self.results if r.events)

    @property
    def failed(self) -> int:
        return sum(1 for r in self.results if r.status in ("error", "empty"))

    @property
    def events(self) -> int:
        return sum(r.events for r in self.results)

    def to_dict(self) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "changed": self.changed,
            "failed": self.failed,
            "events": self.events,
            "sources": [
                {
                    "id": r.source_id,
                    "status": r.status,
                    "events": r.events,
                    "notices": r.notices,
                    "error": r.error,
                    "duration_ms": r.duration_ms,
                }
                for r in self.results
            ],
        }


@dataclass(slots=True)
class Observation:
    """Everything a check learned about a source, before anything is written."""

    source: Source
    started_at: str
    fetch: FetchResult | None = None
    error: str | None = None
    empty: bool = False  # the watched region matched nothing
    body_hash: str | None = None
    body_bytes: int = 0
    unchanged_body: bool = False
    baseline: bool = False
    notice_count: int = 0
    comparison: Comparison | None = None
    contents: dict[str, str] = field(default_factory=dict)  # hash -> display text
    classifications: dict[int, Classification] = field(default_factory=dict)  # change index
    duration_ms: int = 0


def _iso_after(seconds: float) -> str:
    return iso(datetime.now(UTC) + timedelta(seconds=seconds))


def make_fetcher(settings: Settings) -> Fetcher:
    return Fetcher(
        contact=settings.contact or DEFAULT_CONTACT,
        host_spacing=settings.host_spacing,
        max_bytes=settings.max_bytes,
        read_timeout=settings.timeout,
        body_timeout=settings.timeout * 2,  # a body trickling in a byte at a time
        retries=settings.retries,
        pool_size=max(settings.workers, 8),
    )


def observe(
    db_path: str | os.PathLike[str],
    source: Source,
    state: dict[str, Any] | None,
    fetcher: Fetcher,
    *,
    alert_baseline: bool = False,
) -> Observation:
    """Fetch, extract, compare and classify one source; reads the database, writes nothing."""
    t0 = time.perf_counter()
    obs = Observation(source=source, started_at=iso())
    state = state or {}
    try:
        obs.fetch = fetcher.fetch(
            source.url, etag=state.get("etag"), last_modified=state.get("last_modified")
        )
    except FetchError as e:
        obs.error = f"{e.kind}: {e}"
        obs.duration_ms = int((time.perf_counter() - t0) * 1000)
        return obs
    baseline_done = bool(state.get("baseline_at"))
    if obs.fetch.not_modified and baseline_done:
        obs.duration_ms = int((time.perf_counter() - t0) * 1000)
        return obs
    body = obs.fetch.content or b""
    obs.fetch.content = None  # kept once, here: an observation waiting to be recorded stays small
    obs.body_bytes = len(body)
    obs.body_hash = hashlib.sha1(body).hexdigest()
    if baseline_done and obs.body_hash == state.get("body_hash"):
        obs.unchanged_body = True
        obs.duration_ms = int((time.perf_counter() - t0) * 1000)
        return obs
    try:
        notices = extract(source, body, url=obs.fetch.url, encoding=obs.fetch.encoding)
    except ExtractError as e:
        obs.error = f"extract: {e}"
        obs.empty = "matched nothing" in str(e)
        obs.duration_ms = int((time.perf_counter() - t0) * 1000)
        return obs
    obs.notice_count = len(notices)
    if not notices and state.get("ever_had_notices"):
        # A page that used to list notices and now lists none has most likely moved or been
        # redesigned: report it rather than record every notice as removed.
        obs.empty = True
        obs.error = "no notices found where there used to be some (page moved or redesigned?)"
        obs.duration_ms = int((time.perf_counter() - t0) * 1000)
        return obs
    db = thread_db(db_path)
    stored = {
        r["key"]: StoredNotice(
            id=r["id"],
            key=r["key"],
            title=r["title"] or "",
            text=r["text"] or "",
            norm_hash=r["norm_hash"] or "",
            removed=r["removed_at"] is not None,
            recent_hashes=r["recent_hashes"],
        )
        for r in notice_store.load_source_notices(db, source.id)
    }
    obs.baseline = not baseline_done
    obs.comparison = compare(stored, notices, compile_patterns(source.ignore))
    raises = (not obs.baseline) or alert_baseline or source.alert_on_baseline
    for i, change in enumerate(obs.comparison.changes):
        if change.notice is not None:
            obs.contents[digest(change.display)] = change.display
        if change.raises_event and raises:
            obs.classifications[i] = _classify(source, change)
    obs.duration_ms = int((time.perf_counter() - t0) * 1000)
    return obs


class _ClassifyOptions(TypedDict):
    origin: str
    source_kind: str
    severity_overrides: dict[str, str] | None


_WARM_UP = (
    "Parcels with lithium batteries to Germany are suspended from 1 May; letters to the US are "
    "accepted as usual."
)


def _classify(source: Source, change: Change) -> Classification:
    # a copy as plain str -> str: the classifier takes dict[str, str], and dict is invariant
    overrides: dict[str, str] = {kind: level for kind, level in source.severity.items()}
    opts: _ClassifyOptions = {
        "origin": source.origin,
        "source_kind": source.kind,
        "severity_overrides": overrides or None,
    }
    title = change.title
    if change.kind == "updated":
        return classify_change(title, change.require_stored().text, change.display, **opts)
    if change.kind == "removed":
        if source.type == "html":
            # An item gone from a page of current incidents usually means the incident ended;
            # the classifier reads a vanished suspension as a resumption for its destinations.
            return classify_change(title, change.require_stored().text, "", **opts)
        # Feeds and APIs roll old entries off the end: a disappearance says nothing.
        return Classification(False, [], [], "irrelevant", "none", [])
    return classify(title, change.display, **opts)


def record(
    db_path: str | os.PathLike[str],
    obs: Observation,
    state: dict[str, Any] | None,
) -> SourceResult:
    """Write what an observation learned, in one transaction; returns the source's result.

    ``state`` is the source's state as the observation saw it. If another check of the same
    source (``check`` run by hand beside the service) stored its findings in the meantime, the
    stored notices are no longer what this observation compared against: it stores nothing
    of them, so that no change is recorded twice; the next check compares afresh.
    """
    db = thread_db(db_path)
    source, seen = obs.source, state or {}
    now = iso()
    result = SourceResult(source.id, "unchanged", duration_ms=obs.duration_ms)
    fetch = obs.fetch
    with write_transaction(db):
        state = source_state.get_state(db, source.id) or {}
        stale = int(state.get("revision") or 0) != int(seen.get("revision") or 0)
        source_state.record_fetch(
            db,
            {
                "source_id": source.id,
                "started_at": obs.started_at,
                "url": fetch.url if fetch else source.url,
                "status": fetch.status if fetch else None,
                "bytes": obs.body_bytes if fetch else None,
                "duration_ms": obs.duration_ms,
                "not_modified": int(bool(fetch and fetch.not_modified)),
                "error": obs.error,
            },
        )
        if obs.error:
            failures = int(state.get("consecutive_failures") or 0) + 1
            delay = min(source.interval * 2 ** (failures - 1), MAX_BACKOFF)
            source_state.save_state(
                db,
                source.id,
                {
                    "last_check_at": now,
                    "last_status": "empty" if obs.empty else "error",
                    "last_error": obs.error,
                    "consecutive_failures": failures,
                    "failing_since": state.get("failing_since") or now,
                    "next_due_at": _iso_after(max(delay, source.interval)),
                },
            )
            result.status, result.error = ("empty" if obs.empty else "error"), obs.error
            return result
        values: dict[str, Any] = {
            "last_check_at": now,
            "last_success_at": now,
            "last_error": None,
            "consecutive_failures": 0,
            "failing_since": None,
            "next_due_at": _iso_after(source.interval),
            "etag": fetch.etag if fetch else None,
            "last_modified": fetch.last_modified if fetch else None,
        }
        if fetch and fetch.not_modified:
            values["etag"] = fetch.etag or state.get("etag")
            values["last_modified"] = fetch.last_modified or state.get("last_modified")
            values["last_status"] = "not_modified"
            result.status = "not_modified"
            result.notices = int(state.get("notice_count") or 0)
        elif obs.unchanged_body or stale:
            values["last_status"] = "ok"
            result.notices = int(state.get("notice_count") or 0)
            if stale:
                # Keep the validators of the check that did store: ours would make the next
                # request a 304 for content whose changes were never stored.
                del values["etag"], values["last_modified"]
        else:
            values.update(
                body_hash=obs.body_hash,
                last_status="ok",
                notice_count=obs.notice_count,
            )
            if obs.notice_count:
                values["ever_had_notices"] = 1
            if obs.baseline:
                values["baseline_at"] = now
            values["revision"] = int(state.get("revision") or 0) + 1
            result.notices = obs.notice_count
            result.event_ids = _store_changes(db, obs, now)
            result.events = len(result.event_ids)
            if obs.baseline:
                result.status = "baseline"
            elif result.events:
                result.status = "changed"
        source_state.save_state(db, source.id, values)
    return result


def _store_changes(db: Any, obs: Observation, now: str) -> list[int]:
    source = obs.source
    for content_hash, text in obs.contents.items():
        notice_store.store_content(db, content_hash, text, now)
    event_ids: list[int] = []
    comparison = obs.comparison
    assert comparison is not None
    for i, change in enumerate(comparison.changes):
        notice_id = _apply_change(db, source.id, change, now)
        cls = obs.classifications.get(i)
        if cls is None:
            continue
        notice = change.notice
        title = change.title
        row = {
            "source_id": source.id,
            "source_name": source.name,
            "operator": source.operator,
            "source_kind": source.kind,
            "origin": source.origin,
            "notice_id": notice_id,
            "notice_key": notice.key if notice else change.require_stored().key,
            "kind": change.kind,
            "title": title,
            "url": (notice.url if notice else None) or source.url,
            "published": notice.published if notice else None,
            "detected_at": now,
            "text": change.display,
            "added_text": change.added or None,
            "diff": change.diff or None,
            "fingerprint": comparison_hash(title, change.display),
            "classified_at": now,
            **cls.to_dict(),
        }
        event_ids.append(event_store.insert_event(db, row))
    if comparison.unchanged:
        notice_store.touch_seen(db, [stored.id for stored, _ in comparison.unchanged], now)
    return event_ids


def _apply_change(db: Any, source_id: str, change: Change, now: str) -> int:
    if change.kind == "removed":
        removed = change.require_stored()
        notice_store.mark_removed(db, removed.id, now)
        return removed.id
    notice = change.require_notice()
    content_hash = digest(change.display)
    fields = {
        "key": notice.key,
        "title": notice.title,
        "url": notice.url,
        "published": notice.published,
        "content_hash": content_hash,
        "norm_hash": change.norm_hash,
    }
    if change.stored is None:
        notice_id = notice_store.insert_notice(db, source_id, fields, now)
    else:
        notice_id = change.stored.id
        notice_store.update_notice(db, notice_id, fields, now)
    if change.kind != "returned":
        notice_store.add_version(db, notice_id, content_hash, change.norm_hash, now)
    return notice_id


class Checker:
    """Checks sources with one shared, polite fetcher; safe to call from several threads."""

    def __init__(
        self,
        db_path: str | os.PathLike[str],
        settings: Settings | None = None,
        *,
        fetcher: Fetcher | None = None,
        alert_baseline: bool = False,
    ) -> None:
        self.db_path = db_path
        self.settings = settings or Settings()
        self.fetcher = fetcher or make_fetcher(self.settings)
        self.alert_baseline = alert_baseline
        # Build the classifier's tables now, once, and store them: left to the first change,
        # every worker thread that meets one at the same moment would build its own copy (+10
        # MB each). A sentence with a place, goods and a change reaches every table.
        classify("Warm-up", _WARM_UP)
        store_built()

    def check_one(self, source: Source) -> SourceResult:
        """Observe and record one source in the calling thread (the scheduler's way)."""
        state = source_state.get_state(thread_db(self.db_path), source.id)
        obs = self._observe_safely(source, state)
        return self._record_safely(obs, state)

    def check_many(
        self,
        sources: Iterable[Source],
        *,
        workers: int | None = None,
        progress: Callable[[SourceResult, int, int], None] | None = None,
    ) -> RoundSummary:
        """Observe many sources on a thread pool; record each in this thread as it finishes."""
        sources = list(sources)
        states = source_state.all_states(thread_db(self.db_path))
        results: list[SourceResult] = []
        # A bounded window of sources in flight: memory stays flat however many there are,
        # because an observation (body, notices) is dropped as soon as it is recorded.
        window = 2 * (workers or self.settings.workers)
        pending_sources = iter(sources)
        with ThreadPoolExecutor(max_workers=workers or self.settings.workers) as pool:
            in_flight: set[Future[Observation]] = set()
            while True:
                while len(in_flight) < window:
                    source = next(pending_sources, None)
                    if source is None:
                        break
                    in_flight.add(pool.submit(self._observe_safely, source, states.get(source.id)))
                if not in_flight:
                    break
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    obs = future.result()
                    result = self._record_safely(obs, states.get(obs.source.id))
                    results.append(result)
                    if progress:
                        progress(result, len(results), len(sources))
        order = {s.id: i for i, s in enumerate(sources)}
        results.sort(key=lambda r: order[r.source_id])
        return RoundSummary(results)

    def _observe_safely(self, source: Source, state: dict[str, Any] | None) -> Observation:
        """One broken source never stops the others: any failure becomes that source's error."""
        try:
            return observe(
                self.db_path, source, state, self.fetcher, alert_baseline=self.alert_baseline
            )
        except Exception as e:  # noqa: BLE001 - recorded on the source, shown by `status`
            obs = Observation(source=source, started_at=iso())
            obs.error = f"{type(e).__name__}: {e}"
            return obs

    def _record_safely(self, obs: Observation, state: dict[str, Any] | None) -> SourceResult:
        """A failure to store one source's findings (a database error) is that source's error;
        its transaction is rolled back, so nothing half-written stays and the next check finds
        the same changes again."""
        try:
            return record(self.db_path, obs, state)
        except Exception as e:  # noqa: BLE001
            error = f"storing results failed: {type(e).__name__}: {e}"
            return SourceResult(obs.source.id, "error", error=error, duration_ms=obs.duration_ms)

    def close(self) -> None:
        self.fetcher.close()
