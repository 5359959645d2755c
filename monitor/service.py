"""`policywatch run`: checks every enabled source on its schedule, delivers, sends digests.

One process, APScheduler 3.x (a BackgroundScheduler with an in-memory job store):

- one one-shot job per source (``source:<id>``, ``max_instances=1``) on the ``checks``
  thread pool (``settings.workers`` threads). The scheduler never keeps a source's interval:
  after each check the job is scheduled again from the ``next_due_at`` the checker stored
  (which holds the failure backoff), see :mod:`monitor.schedule_plan`. So the database is the
  only memory of the schedule, and a restart (even after SIGKILL) neither skips nor repeats a
  due check; sources that fell due while the service was down are spread over the first
  minutes. Run dates are never in the past and misfires are never dropped.
- ``deliver`` every 30 s (and at once after a check that stored events): route new events to
  subscriptions, queue the digests whose time has come, and send what the outbox holds
  (alerts, digests, admin notices). Digests are keyed in the outbox by subscription and
  period, so each goes out once, within 30 s of its subscription's time, and a restart or two
  overlapping processes never send one twice (``alerts.outbox.route_and_deliver``).
- ``housekeeping`` every minute: sweep source health (a source failing for a day raises one
  admin notice even when its backoff means it is not checked at that moment).
- ``reload`` every 5 s: stat sources.yaml; when it changed, load it, add, remove and reschedule
  sources by id. An invalid file is logged with its file:line and the previous sources kept.

This module is a composition root: it is the one place, with the CLI and the demo, where
monitor/ (checking) and alerts/ (delivering) meet.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from alerts.outbox import DeliverySummary, enqueue_admin_notice, route_and_deliver
from monitor import health
from monitor.checker import Checker, SourceResult
from monitor.config import ConfigError, Source, SourcesFile, load_sources
from monitor.schedule_plan import due_time, next_run, parse_time, plan_start
from storage import source_state
from storage.db import iso, thread_db

log = logging.getLogger("policywatch.service")

JOB_PREFIX = "source:"
# Fields that change what is fetched or how it is read: a source edited there is checked soon.
_FETCH_FIELDS = ("url", "type", "selector", "item_selector", "items", "fields")
_CRASH_RETRY = 60.0  # seconds before retrying a source whose check raised


@dataclass(slots=True)
class ServiceOptions:
    delivery_interval: float = 30.0
    housekeeping_interval: float = 60.0
    reload_interval: float = 5.0
    failing_alert_after: float = health.DEFAULT_FAILING_ALERT_AFTER
    stop_grace: float = 6.0  # seconds running work may take to finish on SIGTERM (< 10 s in all)


# How long a changed sources.yaml must stay unchanged before it is read: an editor (or
# Path.write_text) truncates the file and then fills it, and a poll between the two read an
# empty file and reported it as broken
_SETTLE_SECONDS = 0.25


def _file_signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class Service:
    """The scheduler and its jobs; :meth:`start`, then :meth:`stop` (from any thread)."""

    def __init__(
        self,
        db_path: str | os.PathLike[str],
        sources_path: str | os.PathLike[str],
        sources_file: SourcesFile,
        options: ServiceOptions | None = None,
        *,
        rng: random.Random | None = None,
    ) -> None:
        self.db_path = str(db_path)
        self.sources_path = Path(sources_path)
        self.options = options or ServiceOptions()
        self.settings = sources_file.settings
        self._rng = rng or random.Random()
        self._sources: dict[str, Source] = {s.id: s for s in sources_file.enabled()}
        self._signature = _file_signature(self.sources_path)
        self._lock = threading.Condition()
        self._running: dict[str, str] = {}  # job id -> what it does (for the shutdown log)
        self._recheck: set[str] = set()  # edited while being checked: check again at once
        self._stopping = False
        self._deliver_again = False
        self.checker = Checker(self.db_path, self.settings)
        self.scheduler = BackgroundScheduler(
            timezone=UTC,
            executors={
                "checks": ThreadPoolExecutor(self.settings.workers),
                "default": ThreadPoolExecutor(3),
            },
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )
        self.scheduler.add_listener(self._on_job_done, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)

    # --- life cycle ----------------------------------------------------------------------------

    def start(self) -> None:
        now = datetime.now(UTC)
        states = source_state.all_states(thread_db(self.db_path))
        sources = list(self._sources.values())
        plan = plan_start(sources, states, now, rate=self.settings.workers, rng=self._rng)
        for source_id, run_at in plan.items():
            self._schedule(source_id, run_at)
        overdue = [s.id for s in sources if (due_time(states.get(s.id)) or now) <= now]
        spread = max((plan[sid] for sid in overdue), default=now) - now
        o = self.options
        self.scheduler.add_job(
            self._deliver_job,
            IntervalTrigger(seconds=o.delivery_interval),
            id="deliver",
            next_run_time=now,
        )
        self.scheduler.add_job(
            self._housekeeping_job,
            IntervalTrigger(seconds=o.housekeeping_interval),
            id="housekeeping",
            next_run_time=now + timedelta(seconds=1),
        )
        self.scheduler.add_job(
            self._reload_job, IntervalTrigger(seconds=o.reload_interval), id="reload"
        )
        self.scheduler.start()
        log.info(
            "started: %d sources (%d due or never checked, spread over %ds), %d workers,"
            " db %s, sources %s",
            len(sources),
            len(overdue),
            round(spread.total_seconds()),
            self.settings.workers,
            self.db_path,
            self.sources_path,
        )

    def stop(self, grace: float | None = None) -> bool:
        """Take no new work, let running work finish (bounded); True if everything finished."""
        grace = self.options.stop_grace if grace is None else grace
        with self._lock:
            self._stopping = True
        try:
            self.scheduler.pause()
        except Exception:  # noqa: BLE001 - not started: nothing to pause
            pass
        deadline = time.monotonic() + grace
        with self._lock:
            if self._running:
                log.info("stopping: waiting for %s", ", ".join(sorted(self._running.values())))
            while self._running and time.monotonic() < deadline:
                self._lock.wait(max(0.0, deadline - time.monotonic()))
            busy = sorted(self._running.values())
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        if busy:
            log.warning("stopping with work unfinished after %.0fs: %s", grace, ", ".join(busy))
        else:
            self.checker.close()
            log.info("stopped")
        return not busy

    # --- scheduling ----------------------------------------------------------------------------

    def _schedule(self, source_id: str, run_at: datetime) -> None:
        self.scheduler.add_job(
            self._check_job,
            DateTrigger(run_date=run_at),
            args=[source_id],
            id=JOB_PREFIX + source_id,
            name=f"check {source_id}",
            executor="checks",
            replace_existing=True,
        )

    def _unschedule(self, source_id: str) -> None:
        try:
            self.scheduler.remove_job(JOB_PREFIX + source_id)
        except JobLookupError:
            pass  # running now, or never scheduled: it will not be rescheduled

    def _on_job_done(self, event: JobExecutionEvent) -> None:
        """Runs in the worker thread once the job's instance is released: reschedule."""
        if not event.job_id.startswith(JOB_PREFIX):
            if event.exception is not None:
                log.error("%s failed: %r", event.job_id, event.exception)
            return
        source_id = event.job_id[len(JOB_PREFIX) :]
        with self._lock:
            source = self._sources.get(source_id)
            if self._stopping or source is None:
                return
            recheck = source_id in self._recheck
            self._recheck.discard(source_id)
        now = datetime.now(UTC)
        if recheck:
            run_at = now
        else:
            state = source_state.get_state(thread_db(self.db_path), source_id)
            run_at = next_run(source, state, now, self._rng)
        if event.exception is not None:
            log.error("%s: check crashed: %r", source_id, event.exception)
            run_at = max(run_at, now + timedelta(seconds=min(source.interval, _CRASH_RETRY)))
        self._schedule(source_id, run_at)

    # --- jobs ----------------------------------------------------------------------------------

    def _begin(self, job_id: str, what: str) -> bool:
        with self._lock:
            if self._stopping or job_id in self._running:
                return False
            self._running[job_id] = what
            return True

    def _end(self, job_id: str) -> None:
        with self._lock:
            self._running.pop(job_id, None)
            self._lock.notify_all()

    def _check_job(self, source_id: str) -> None:
        with self._lock:
            source = self._sources.get(source_id)
        if source is None or not self._begin(JOB_PREFIX + source_id, f"check of {source_id}"):
            return
        try:
            db = thread_db(self.db_path)
            before = source_state.get_state(db, source_id) or {}
            result = self.checker.check_one(source)
            after = source_state.get_state(db, source_id) or {}
            _log_result(source, result, before, after)
            sent = self._assess(source, after, datetime.now(UTC))
            if result.events or sent:
                self._kick_delivery()
        finally:
            self._end(JOB_PREFIX + source_id)

    def _deliver_job(self) -> None:
        if not self._begin("deliver", "delivery"):
            with self._lock:
                self._deliver_again = True
            return
        try:
            while True:
                with self._lock:
                    self._deliver_again = False
                summary = route_and_deliver(self.db_path)
                _log_delivery(summary)
                with self._lock:
                    if not self._deliver_again or self._stopping:
                        break
        finally:
            self._end("deliver")

    def _kick_delivery(self) -> None:
        """Deliver now rather than at the next 30 s tick (a critical alert should not wait)."""
        with self._lock:
            if self._stopping:
                return
            if "deliver" in self._running:
                self._deliver_again = True
                return
        try:
            self.scheduler.modify_job("deliver", next_run_time=datetime.now(UTC))
        except JobLookupError:
            pass

    def _housekeeping_job(self) -> None:
        if not self._begin("housekeeping", "digests and health"):
            return
        try:
            now = datetime.now(UTC)
            db = thread_db(self.db_path)
            states = source_state.all_states(db)
            with self._lock:
                sources = list(self._sources.values())
            raised = sum(self._assess(s, states.get(s.id), now) for s in sources)
            if raised:
                self._kick_delivery()
        finally:
            self._end("housekeeping")

    def _assess(self, source: Source, state: dict[str, Any] | None, now: datetime) -> int:
        """Raise or clear the source's admin alert; returns how many notices were queued."""
        update = health.assess(source, state, now, failing_after=self.options.failing_alert_after)
        if not update.changed:
            return 0
        db = thread_db(self.db_path)
        queued = 0
        for message in update.messages:
            if enqueue_admin_notice(
                db, message.key, message.subject, message.text, source_id=source.id
            ):
                queued += 1
                log.warning("admin notice queued: %s", message.subject)
        source_state.save_state(db, source.id, {"admin_alerted": update.admin_alerted})
        return queued

    # --- sources.yaml --------------------------------------------------------------------------

    def _reload_job(self) -> None:
        signature = _file_signature(self.sources_path)
        if signature == self._signature:
            return
        time.sleep(_SETTLE_SECONDS)
        if _file_signature(self.sources_path) != signature:
            return  # still being written: the next poll reads it whole
        self._signature = signature
        if signature is None:
            log.error("%s: cannot be read; keeping the previous sources", self.sources_path)
            return
        try:
            loaded = load_sources(self.sources_path)
        except (ConfigError, OSError, UnicodeDecodeError) as e:
            if _file_signature(self.sources_path) != signature:
                return  # written again while it was read: the next poll reads it whole
            if isinstance(e, ConfigError):
                log.error("sources not reloaded, keeping the previous ones: %s", e)
            else:
                log.error(
                    "%s: cannot be read (%s); keeping the previous sources", self.sources_path, e
                )
            return
        self.apply_sources(loaded)

    def apply_sources(self, loaded: SourcesFile) -> None:
        """Bring the jobs in line with a newly loaded sources file, by source id."""
        new = {s.id: s for s in loaded.enabled()}
        with self._lock:
            if self._stopping:
                return
            old = self._sources
            self._sources = new
            running = {k[len(JOB_PREFIX) :] for k in self._running if k.startswith(JOB_PREFIX)}
        added = sorted(new.keys() - old.keys())
        removed = sorted(old.keys() - new.keys())
        changed = sorted(k for k in new.keys() & old.keys() if new[k] != old[k])
        for source_id in removed:
            self._unschedule(source_id)
        now = datetime.now(UTC)
        db = thread_db(self.db_path)
        for source_id in changed:
            before, after = old[source_id], new[source_id]
            if any(getattr(before, f) != getattr(after, f) for f in _FETCH_FIELDS):
                due = now - timedelta(seconds=1)  # what is fetched changed: overdue now
            elif before.interval != after.interval:
                last = parse_time(
                    (source_state.get_state(db, source_id) or {}).get("last_check_at")
                )
                due = (last or now) + timedelta(seconds=after.interval)
            else:
                continue  # names, severities, ignore patterns: used from the next check on
            source_state.save_state(db, source_id, {"next_due_at": iso(due)})
        rescheduled = [k for k in changed if k in running]
        with self._lock:
            self._recheck.update(rescheduled)
        states = source_state.all_states(db)
        todo = [new[k] for k in (*added, *changed) if k not in running]
        plan = plan_start(todo, states, now, rate=self.settings.workers, rng=self._rng)
        for source_id, run_at in plan.items():
            self._schedule(source_id, run_at)
        if loaded.settings != self.settings:
            log.warning("settings changed in %s: they take effect at restart", self.sources_path)
        log.info(
            "sources reloaded: %d enabled; added %s; removed %s; changed %s",
            len(new),
            _names(added),
            _names(removed),
            _names(changed),
        )


def _names(ids: Iterable[str]) -> str:
    ids = list(ids)
    if not ids:
        return "none"
    shown = ", ".join(ids[:10])
    return shown + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")


def _log_result(
    source: Source, result: SourceResult, before: dict[str, Any], after: dict[str, Any]
) -> None:
    """One line per check that matters (debug for the rest)."""
    sid, ms = source.id, result.duration_ms
    if result.status in ("error", "empty"):
        log.warning(
            "%s: %s (%d in a row; next try %s): %s",
            sid,
            "found nothing to watch" if result.status == "empty" else "check failed",
            after.get("consecutive_failures") or 0,
            after.get("next_due_at") or "-",
            result.error,
        )
        return
    failures = int(before.get("consecutive_failures") or 0)
    if failures:
        log.info("%s: recovered after %d failed checks", sid, failures)
    if result.status == "baseline":
        log.info("%s: baseline recorded, %d notices (%d ms)", sid, result.notices, ms)
    elif result.events:
        log.info(
            "%s: changed, %d events (ids %s) (%d ms)",
            sid,
            result.events,
            ", ".join(map(str, result.event_ids)),
            ms,
        )
    else:
        log.debug("%s: %s, %d notices (%d ms)", sid, result.status, result.notices, ms)


def _log_delivery(summary: DeliverySummary) -> None:
    """One line per delivery batch that did something, and one per failed delivery."""
    line = (
        f"deliveries: {summary.routed} events routed, {summary.digests_queued} digests queued,"
        f" {summary.sent} sent, {summary.failed} failed, {summary.given_up} given up,"
        f" {summary.pending} waiting"
    )
    if summary.routed or summary.digests_queued or summary.sent or summary.problems:
        log.info(line)
    else:
        log.debug(line)
    for p in summary.problems:
        log.warning(
            "delivery %s (%s by %s to %s) %s after %s attempts: %s%s",
            p.get("delivery_id"),
            p.get("kind"),
            p.get("channel"),
            p.get("target"),
            p.get("status"),
            p.get("attempts"),
            p.get("reason"),
            f"; retry at {p['retry_at']}" if p.get("retry_at") else "",
        )
