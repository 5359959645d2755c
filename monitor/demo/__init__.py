"""`policywatch demo`: the whole flow on this machine, with no network and nothing configured."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.option(
    "--keep",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="DIR",
    help="Keep the database, sources.yaml and digest in DIR, to explore with other commands.",
)
def demo(keep: Path | None) -> None:
    """Play a short timeline against bundled sample sources and show every alert.

    Serves a feed, a notice page and a JSON API on 127.0.0.1, checks them as they change
    (a suspension, noise, a prohibited item, a resumption), prints each check and each alert
    as Slack and email would show it, and writes the weekly digest as an HTML file.
    Ignores --db and --sources: the demo brings its own.
    """
    from monitor.demo.runner import run_demo

    outcome = run_demo(sys.stdout, keep=keep)
    if not outcome.all_met:
        missed = ", ".join(s.name for s in outcome.steps if not s.met)
        click.echo(f"Note: some steps did not turn out as the demo expected: {missed}.", err=True)
