"""`policywatch run`: the long-running service, with logging and signal handling."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time

import click

from monitor import health
from monitor.config import parse_duration

LOG_LEVELS = ("debug", "info", "warning", "error")


class _UTCFormatter(logging.Formatter):
    converter = staticmethod(time.gmtime)


def setup_logging(level: str) -> None:
    """One line per event on stderr, UTC time stamps like the database's."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        _UTCFormatter("%(asctime)s %(levelname)s %(message)s", datefmt="%Y-%m-%dT%H:%M:%SZ")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # APScheduler logs every job start and end at INFO: that is not an event that matters.
    if level != "debug":
        logging.getLogger("apscheduler").setLevel(logging.WARNING)


def _duration(ctx: click.Context, param: click.Parameter, value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return parse_duration(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


@click.command()
@click.option(
    "--log-level",
    type=click.Choice(LOG_LEVELS, case_sensitive=False),
    default="info",
    show_default=True,
    help="debug also logs unchanged checks and scheduler internals.",
)
@click.option(
    "--delivery-interval",
    default="30s",
    show_default=True,
    callback=_duration,
    help="How often the outbox is worked (also at once after a check that found changes).",
)
@click.option(
    "--failing-alert-after",
    default=None,
    callback=_duration,
    help=f"Admin alert for a source failing this long (default: ${health.FAILING_ALERT_ENV}"
    " or 1d).",
)
@click.option(
    "--reload-interval",
    default="5s",
    callback=_duration,
    hidden=True,
    help="How often sources.yaml is looked at for edits.",
)
@click.pass_obj
def run(
    app,
    log_level: str,
    delivery_interval: float,
    failing_alert_after: float | None,
    reload_interval: float,
) -> None:
    """Run the service: check each source on schedule, deliver alerts and digests.

    Stops cleanly on SIGTERM or Ctrl-C: running checks get a few seconds to finish.
    Edits to the sources file are picked up within seconds, without a restart.
    """
    from monitor.service import Service, ServiceOptions

    setup_logging(log_level.lower())
    sources_file = app.sources()
    try:
        after = (
            failing_alert_after if failing_alert_after is not None else health.failing_alert_after()
        )
    except ValueError as e:
        raise click.ClickException(f"{health.FAILING_ALERT_ENV}: {e}") from None
    options = ServiceOptions(
        delivery_interval=delivery_interval,
        failing_alert_after=after,
        reload_interval=reload_interval,
    )
    service = Service(app.db_path, app.sources_path, sources_file, options)
    stop = threading.Event()
    received: list[str] = []

    def on_signal(signum: int, frame) -> None:
        received.append(signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    service.start()
    while not stop.wait(1.0):
        pass
    logging.getLogger("policywatch.service").info("%s received: stopping", received[0])
    finished = service.stop()
    logging.shutdown()
    if not finished:
        # A check stuck in a slow fetch must not hold the process: everything it had not
        # committed is simply done again after the restart, as after a crash.
        sys.stdout.flush()
        os._exit(0)
