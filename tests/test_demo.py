"""`policywatch demo` tried as a new user would: one command, no network, nothing configured."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from storage import connect


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


def test_the_demo_plays_the_whole_flow(kept):
    result, _ = kept
    out = result.stdout
    by_step = steps(out)
    assert sorted(by_step) == ["1", "2", "3", "4", "5"]
    for sid in ("harbourpost-updates", "alpenpost-laenderhinweise", "express-rapide-avis"):
        assert all(f"check {sid}" in text for text in by_step.values())

    # 1: a baseline raises nothing; 3: noise (time stamp, counter, white space) raises nothing.
    for quiet in ("1", "3"):
        assert "⇒ no alert (expected: no alert: as expected)" in by_step[quiet]
        assert "Slack message" not in by_step[quiet]
    assert "baseline: 2 notice(s) recorded" in by_step["1"]
    assert "nothing changed" in by_step["3"]

    # 2, 4, 5: one alert each, shown as Slack would post it and as an email.
    expected = {
        "2": ("[CRITICAL] Suspension: Mexico (Harbour Post)", "Mexico"),
        "4": ("[HIGH] Prohibited items: Australia (Alpenpost)", "Lithium"),
        "5": ("[MEDIUM] Resumption: Israel (Express Rapide)", "Israël"),
    }
    for number, (subject, words) in expected.items():
        text = by_step[number]
        assert "⇒ 1 alert(s)" in text and ": as expected)" in text, text
        assert "as a Slack message" in text and "as an email" in text
        assert f"Subject: {subject}" in text
        assert words in text
    # The conditional GET at work: an unchanged source is not read again.
    assert "not modified (HTTP 304)" in by_step["2"]


def test_the_digest_and_the_database_are_kept_for_exploring(kept):
    result, folder = kept
    digest = folder / "digest-demo.html"
    assert f"Written to {digest}" in result.stdout
    html = digest.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    for name in ("Mexico", "Australia", "Israel"):
        assert name in html
    assert "<script" not in html.lower()

    db = connect(folder / "policywatch.db")
    alerts = list(db.query("SELECT status FROM deliveries WHERE kind = 'alert'"))
    assert [a["status"] for a in alerts] == ["sent", "sent", "sent"]

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
