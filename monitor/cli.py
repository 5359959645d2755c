"""The `policywatch` command line: the composition root that wires monitor/ and alerts/.

The watching and alerting modules never import each other; only this entry point and the
service (which run both in one process) do.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from monitor.config import SourcesFile


@dataclass
class AppContext:
    """What every command needs: where the database and sources.yaml are (both looked up
    when a command first asks: ``classify`` reads neither)."""

    given_db_path: Path | None
    sources_path: Path
    _sources: SourcesFile | None = field(default=None, repr=False)

    @property
    def db_path(self) -> Path:
        if self.given_db_path is None:
            from storage import default_db_path

            self.given_db_path = default_db_path()
        return self.given_db_path

    def sources(self) -> SourcesFile:
        """sources.yaml, loaded once; a config error ends the command with file and line."""
        from monitor.config import ConfigError, load_sources

        if self._sources is None:
            try:
                self._sources = load_sources(self.sources_path)
            except FileNotFoundError:
                raise click.ClickException(
                    f"{self.sources_path}: no such file (give --sources PATH)"
                ) from None
            except ConfigError as e:
                raise click.ClickException(str(e)) from None
        return self._sources


# The commands defined in other modules, loaded when run or listed: "policywatch classify"
# then imports neither Slack's client nor Jinja2, bs4 or sqlite-utils (about 0.3 s of start-up).
_LAZY_COMMANDS = {
    "sources": "monitor.cli_sources:sources",
    "changes": "monitor.cli_changes:changes",
    "status": "monitor.cli_status:status",
    "subscribe": "alerts.cli:subscribe_cmd",
    "subscriptions": "alerts.cli:subscriptions_group",
    "unsubscribe": "alerts.cli:unsubscribe_cmd",
    "deliver": "alerts.cli:deliver_cmd",
    "digest": "alerts.cli:digest_cmd",
    "run": "monitor.service_cli:run",
    "demo": "monitor.demo:demo",
}


class _LazyGroup(click.Group):
    """A group whose commands from other modules are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = _LAZY_COMMANDS.get(cmd_name)
        if target is None:
            return super().get_command(ctx, cmd_name)
        module, attribute = target.split(":")
        command: click.Command = getattr(importlib.import_module(module), attribute)
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="SQLite database (default: $POLICYWATCH_DB or ./policywatch.db).",
)
@click.option(
    "--sources",
    "sources_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Sources file (default: $POLICYWATCH_SOURCES or ./sources.yaml).",
)
@click.pass_context
def main(ctx: click.Context, db_path: Path | None, sources_path: Path | None) -> None:
    """Watch customs, postal and carrier notices; alert parcel senders to what changed."""
    ctx.obj = AppContext(
        given_db_path=db_path,
        sources_path=sources_path or Path(os.environ.get("POLICYWATCH_SOURCES", "sources.yaml")),
    )


@main.command()
@click.option("--source", "source_ids", multiple=True, metavar="ID", help="Only this source.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--alert-baseline", is_flag=True, help="Raise events on a first check too.")
@click.option("--no-deliver", is_flag=True, help="Check only; leave deliveries for later.")
@click.pass_obj
def check(
    app: AppContext,
    source_ids: tuple[str, ...],
    as_json: bool,
    alert_baseline: bool,
    no_deliver: bool,
) -> None:
    """Check sources now, once, and deliver what is due."""
    from monitor.checker import Checker

    sources_file = app.sources()
    if source_ids:
        try:
            sources = [sources_file.by_id(s) for s in source_ids]
        except KeyError as e:
            raise click.BadParameter(str(e).strip("'\""), param_hint="--source") from None
    else:
        sources = sources_file.enabled()
    tty = sys.stderr.isatty() and not as_json

    def progress(result, done: int, total: int) -> None:
        if tty:
            detail = result.error or f"{result.notices} notices, {result.events} events"
            click.echo(f"[{done}/{total}] {result.source_id}: {result.status} ({detail})", err=True)

    checker = Checker(app.db_path, sources_file.settings, alert_baseline=alert_baseline)
    try:
        summary = checker.check_many(sources, progress=progress)
    finally:
        checker.close()
    delivered = None
    if not no_deliver:
        from alerts.outbox import route_and_deliver

        # Console alerts go to stderr under --json, so that stdout stays one JSON document.
        delivered = route_and_deliver(app.db_path, out=sys.stderr if as_json else None)
    if as_json:
        out = summary.to_dict()
        if delivered is not None:
            out["deliveries"] = delivered.to_dict()
        click.echo(json.dumps(out, indent=2))
    else:
        if not tty:
            for r in summary.results:
                detail = r.error or f"{r.notices} notices, {r.events} events"
                click.echo(f"{r.source_id}: {r.status} ({detail})")
        click.echo(
            f"checked {summary.checked}, changed {summary.changed}, failed {summary.failed}"
            f" ({summary.events} events)"
        )
        if delivered is not None:
            click.echo(f"deliveries: {delivered}")
    if summary.failed and summary.failed == summary.checked:
        sys.exit(1)


@main.command("classify")
def classify_cmd() -> None:
    """Classify JSON lines from stdin (title, text): one JSON line out for each."""
    from monitor.classify.stream import classify_lines

    sys.exit(classify_lines(sys.stdin, sys.stdout, sys.stderr))


if __name__ == "__main__":
    main()
