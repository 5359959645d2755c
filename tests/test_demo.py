"""`policywatch demo` tried as a new user would: one command, no network, nothing configured."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from alerts.render import destination_names
from storage import connect
from storage.events import decode_event


def policywatch(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    # A new user's environment: nothing of policywatch's configured.
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYWATCH_")}
    return subprocess.run(
        [sys.executable, "-m", "monitor.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,  # the demo ends by itself within a minute
    )


@pytest.fixture(scope="module")
def kept(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    home = tmp_path_factory.mktemp("user")
    result = policywatch("demo", "--keep", str(home / "demo"), cwd=home)
    assert result.returncode == 0, result.stderr
    return result, home / "demo"


def steps(output: str) -> dict[str, str]:
    """The output of each step, by its number."""
    parts = re.split(r"^━━ Step (\d)/5 · ", output, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def test_the_demo_checks_every_source_at_every_step_and_stays_quiet_on_noise(kept):
    result, _ = kept
    by_step = steps(result.stdout)
    assert sorted(by_step) == ["1", "2", "3", "4", "5"]
    for sid in ("harbourpost-updates", "alpenpost-laenderhinweise", "express-rapide-avis"):
        assert all(f"check {sid}" in text for text in by_step.values())
    # 1: a baseline raises nothing; 3: noise (time stamp, counter, white space) raises nothing.
    for quiet in ("1", "3"):
        assert "⇒ no alert (expected: no alert: as expected)" in by_step[quiet]
        assert "Slack message" not in by_step[quiet]
    assert "baseline: 2 notice(s) recorded" in by_step["1"]
    assert "nothing changed" in by_step["3"]
    # The conditional GET at work: an unchanged source is not read again.
    assert "not modified (HTTP 304)" in by_step["2"]


@pytest.mark.parametrize(
    ("number", "subject", "words"),
    [
        ("2", "[CRITICAL] Suspension: Mexico (Harbour Post)", "parcels and packets to Mexico"),
        ("4", "[HIGH] Prohibited items: Australia (Alpenpost)", "Lithium-Batterien"),
        ("5", "[MEDIUM] Resumption: Israel (Express Rapide)", "reprend l'acheminement"),
    ],
    ids=["suspension-en", "prohibited-de", "resumption-fr"],
)
def test_each_real_change_is_alerted_as_slack_and_email_show_it(kept, number, subject, words):
    """Whether the classifier reads each demo notice right is a real test of it."""
    result, _ = kept
    text = steps(result.stdout)[number]
    assert "⇒ 1 alert(s)" in text and ": as expected)" in text, text
    slack = text.split("as a Slack message", 1)[1].split("└─", 1)[0]
    email = text.split("as an email", 1)[1].split("└─", 1)[0]
    assert subject in slack and words in slack
    assert f"Subject: {subject}" in email and words in email
    assert "policywatch unsubscribe" in email


def test_the_digest_and_the_database_are_kept_for_exploring(kept):
    result, folder = kept
    digest = folder / "digest-demo.html"
    assert f"Written to {digest}" in result.stdout
    html = digest.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "<script" not in html.lower()

    db = connect(folder / "policywatch.db")
    raised = [decode_event(e) for e in db.query("SELECT * FROM events WHERE relevant = 1")]
    alerts = list(db.query("SELECT status FROM deliveries WHERE kind = 'alert'"))
    assert raised and len(alerts) == len(raised)
    assert all(a["status"] == "sent" for a in alerts)
    for event in raised:  # every alerted change is in the weekly digest
        for name in destination_names(event["destinations"]):
            assert name in html

    # The other commands work on what the demo left.
    listed = policywatch("--db", str(folder / "policywatch.db"), "changes", "list", cwd=folder)
    assert listed.returncode == 0, listed.stderr
    for text in ("Mexico", "Länderhinweise", "Reprise"):
        assert text in listed.stdout
    status = policywatch(
        "--db", str(folder / "policywatch.db"), "--sources", str(folder / "sources.yaml"),
        "status", cwd=folder,
    )  # fmt: skip
    assert status.returncode == 0, status.stderr
    assert "express-rapide-avis" in status.stdout


def test_without_keep_nothing_but_the_digest_is_left(tmp_path):
    result = policywatch("demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [db_line] = [line for line in result.stdout.splitlines() if line.startswith("Database: ")]
    db_path = Path(db_line.removeprefix("Database: ").removesuffix(" (temporary)"))
    assert not db_path.exists() and not db_path.parent.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["digest-demo.html"]
    assert f"Written to {tmp_path / 'digest-demo.html'}" in result.stdout
