"""The command line loads only what a command needs: `policywatch classify` must answer its
first line within a second, and the alerting side's imports (Slack's client, Jinja2,
sqlite-utils, bs4) cost about 0.3 s of it."""

from __future__ import annotations

import json
import subprocess
import sys

import click


def test_every_lazy_command_is_found_under_its_name():
    from monitor.cli import _LAZY_COMMANDS, main

    ctx = click.Context(main)
    for name in _LAZY_COMMANDS:
        command = main.get_command(ctx, name)
        assert command is not None and command.name == name


def test_classify_does_not_import_the_alerting_side():
    """``policywatch classify`` answers its first line sooner without Slack's client, Jinja2
    and sqlite-utils (about 0.3 s of imports)."""
    code = (
        "import sys\n"
        "from monitor.cli import main\n"
        "try:\n"
        "    main(['classify'], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = [m for m in ('slack_sdk', 'jinja2', 'sqlite_utils', 'bs4') if m in sys.modules]\n"
        "print(','.join(loaded) or 'none', file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input='{"title": "Mail to Peru suspended", "text": "Mail to Peru is suspended."}\n',
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout.splitlines()[0])["destinations"] == ["PE"]
    assert done.stderr.strip().splitlines()[-1] == "none"
