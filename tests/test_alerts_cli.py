"""The alert commands as a user runs them: subscribe, list, remove, deliver, digest."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import click
import pytest
from click.testing import CliRunner

from alerts import subscriptions
from alerts.cli import COMMANDS
from alerts.render import unsubscribe_hint
from storage import connect
from tests.slack_standin import slack_api  # noqa: F401
from tests.test_routing import add_event, stamp


@click.group()
@click.option("--db", "db_path", type=click.Path(dir_okay=False), required=True)
@click.pass_context
def cli(ctx, db_path):
    """Stands in for the main `policywatch` group: only ``obj.db_path`` is needed."""
    from pathlib import Path

    ctx.obj = SimpleNamespace(db_path=Path(db_path))


for _command in COMMANDS:
    cli.add_command(_command)


@pytest.fixture
def run(tmp_path, monkeypatch):
    for name in (
        "POLICYWATCH_SMTP_HOST",
        "POLICYWATCH_SLACK_TOKEN",
        "POLICYWATCH_ADMIN_EMAIL",
        "PW_TEST_HOOK",
    ):
        monkeypatch.delenv(name, raising=False)
    db_path = tmp_path / "pw.db"

    def invoke(*args: str):
        return CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)

    invoke.db = lambda: connect(db_path)
    return invoke


def subscribe_json(run, *args: str) -> dict:
    result = run("subscribe", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # warnings go to stderr


def test_subscribe_then_list(run):
    result = run(
        "subscribe", "--name", "US team", "--email", "ops@example.com",
        "--destination", "US", "--destination", "uk", "--category", "lithium_batteries",
        "--min-severity", "high", "--digest", "weekly", "--digest-day", "fri",
        "--digest-hour", "7", "--timezone", "Europe/Berlin",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Subscribed #1 'US team'" in result.output
    assert "Unsubscribe token:" in result.output

    listed = run("subscriptions", "list")
    assert "#1 US team: email ops@example.com; US,GB / lithium_batteries; >= high" in listed.output
    assert "weekly digest fri 07:00 Europe/Berlin" in listed.output

    [sub] = json.loads(run("subscriptions", "list", "--json").output)
    assert sub["destinations"] == ["US", "GB"] and sub["min_severity"] == "high"
    assert sub["unsubscribe_token"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--email", "nobody"], "'nobody' is not an email address"),
        (["--slack-channel", "#Not A Channel"], "is not a Slack channel"),
        (["--console", "--destination", "ZZ"], "unknown destination 'ZZ'"),
        (["--console", "--category", "guns"], "unknown category 'guns'"),
        (["--console", "--min-severity", "extreme"], "unknown severity 'extreme'"),
        (["--console", "--digest", "weekly", "--timezone", "Berlin"], "unknown time zone"),
        (["--console", "--email", "ops@example.com"], "exactly one of --email"),
        ([], "exactly one of --email"),
    ],
)
def test_bad_subscriptions_are_refused(run, args, words):
    result = run("subscribe", "--name", "x", *args)
    assert result.exit_code == 2
    assert words in result.output
    assert json.loads(run("subscriptions", "list", "--json").output) == []


def test_webhook_urls_are_not_printed_in_full(run):
    url = "https://hooks.slack.com/services/T000/B000/secretsecretsecret"
    sub = subscribe_json(run, "--name", "hook", "--slack-webhook", url)
    assert "secretsecret" not in json.dumps(sub)
    assert "secretsecret" not in run("subscriptions", "list").output
    assert sub["target"].startswith("https://hooks.slack.com/")


def test_a_literal_webhook_url_is_stored_only_with_a_warning(run):
    url = "https://hooks.slack.com/services/T000/B000/secretsecretsecret"
    result = run("subscribe", "--name", "hook", "--slack-webhook", url)
    assert result.exit_code == 0, result.output
    assert "stored in the database" in result.stderr and "env:NAME" in result.stderr
    assert "secretsecret" not in result.output
    [sub] = json.loads(run("subscriptions", "list", "--json").stdout)
    assert sub["channel"] == "webhook"


def test_an_env_webhook_is_stored_as_the_reference_without_the_url_warning(run, monkeypatch):
    monkeypatch.setenv("PW_TEST_HOOK", "https://hooks.slack.com/services/T1/B1/fromenv")
    result = run("subscribe", "--name", "hook", "--slack-webhook", "env:PW_TEST_HOOK")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "webhook env:PW_TEST_HOOK" in run("subscriptions", "list").output
    stored = run.db().execute("SELECT target FROM subscriptions").fetchone()[0]
    assert stored == "env:PW_TEST_HOOK"


def test_an_env_webhook_whose_variable_is_not_set_here_is_accepted_with_a_warning(run):
    result = run("subscribe", "--name", "hook", "--slack-webhook", "env:PW_TEST_HOOK")
    assert result.exit_code == 0, result.output
    assert "PW_TEST_HOOK is not set" in result.stderr


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("http://hooks.slack.com/services/T0/B0/x", "must use https"),
        ("env:not a name", "not an environment variable name"),
    ],
)
def test_bad_webhook_targets_are_refused_before_any_warning(run, target, words):
    result = run("subscribe", "--name", "hook", "--slack-webhook", target)
    assert result.exit_code == 2 and words in result.output
    assert "stored in the database" not in result.output
    assert json.loads(run("subscriptions", "list", "--json").output) == []


def test_subscribe_help_recommends_env_webhooks(run):
    help_text = " ".join(run("subscribe", "--help").output.split())
    assert "--slack-webhook env:NAME|URL" in help_text
    assert "Recommended: env:NAME" in help_text


def test_deliver_names_a_missing_webhook_variable_then_sends_once_it_is_set(
    run,
    monkeypatch,
    slack_api,  # noqa: F811
):
    subscribe_json(run, "--name", "hook", "--slack-webhook", "env:PW_TEST_HOOK")
    add_event(run.db(), detected_at=stamp(datetime.now(UTC) + timedelta(seconds=1)))
    waiting = run("deliver")
    assert waiting.exit_code == 1
    assert "environment variable PW_TEST_HOOK is not set" in waiting.stderr
    assert "to webhook env:PW_TEST_HOOK: failed after 1 attempt(s), retry at" in waiting.stderr
    monkeypatch.setenv("PW_TEST_HOOK", slack_api.webhook_url("T7/B7/ops"))
    sent = run("deliver", "--retry-now")
    assert sent.exit_code == 0, sent.output
    assert [c.hook_id for c in slack_api.calls] == ["T7/B7/ops"]


def test_deliver_shows_email_waiting_for_smtp_when_only_slack_is_configured(run, monkeypatch):
    subscribe_json(run, "--name", "mail", "--email", "ops@example.com")
    add_event(run.db(), detected_at=stamp(datetime.now(UTC) + timedelta(seconds=1)))
    monkeypatch.setenv("POLICYWATCH_SLACK_TOKEN", "xoxb-configured")
    result = run("deliver")
    assert result.exit_code == 1
    assert "SMTP is not configured (set POLICYWATCH_SMTP_HOST)" in result.stderr
    assert "----- policywatch" not in result.output  # not printed and taken for sent
    assert "sent 0, failed 1, given up 0, waiting 1" in result.stdout


def test_remove_and_unsubscribe(run):
    first = subscribe_json(run, "--name", "a", "--console")
    second = subscribe_json(run, "--name", "b", "--console")
    assert run("subscriptions", "remove", str(first["id"])).exit_code == 0
    again = run("subscriptions", "remove", str(first["id"]))
    assert again.exit_code == 2 and "no active subscription #1" in again.output

    result = run("unsubscribe", second["unsubscribe_token"])
    assert result.exit_code == 0 and "Unsubscribed #2 'b'" in result.output
    assert run("unsubscribe", second["unsubscribe_token"]).exit_code == 2
    assert json.loads(run("subscriptions", "list", "--json").output) == []
    assert len(json.loads(run("subscriptions", "list", "--json", "--all").output)) == 2


def test_new_unsubscribe_tokens_never_start_with_a_dash(monkeypatch):
    # 1 in 64 tokens of token_urlsafe starts with "-", which the shell command takes as an option
    drawn = iter(["-Zk3v9Xq", "Zk3v9Xq-"])
    monkeypatch.setattr(subscriptions.secrets, "token_urlsafe", lambda n: next(drawn))
    assert subscriptions.new_token() == "Zk3v9Xq-"


def test_a_dash_token_of_an_older_release_unsubscribes_as_its_hint_says(run):
    sub = subscribe_json(run, "--name", "old", "--console")
    run.db().execute(
        "UPDATE subscriptions SET unsubscribe_token = ? WHERE id = ?", ["-old-token", sub["id"]]
    ).connection.commit()
    command = unsubscribe_hint("-old-token").split("policywatch ", 1)[1].split()
    assert command == ["unsubscribe", "--", "-old-token"]
    result = run(*command)
    assert result.exit_code == 0, result.output
    assert "Unsubscribed #1 'old'" in result.output


def test_deliver_routes_and_sends_once(run):
    subscribe_json(run, "--name", "all", "--console")
    now = datetime.now(UTC)
    add_event(run.db(), detected_at=stamp(now + timedelta(seconds=1)), title="Stop <b>US</b>")
    result = run("deliver")
    assert result.exit_code == 0, result.output
    assert "Stop <b>US</b>" in result.output  # the console prints the untouched text
    assert "routed 1, digests queued 0; sent 1, failed 0, given up 0, waiting 0" in result.output
    again = json.loads(run("deliver", "--json").output)
    assert (again["routed"], again["sent"], again["pending"]) == (0, 0, 0)


def test_deliver_reports_a_failing_server_and_exits_non_zero(run, monkeypatch):
    from tests.smtp_server import free_port

    subscribe_json(run, "--name", "mail", "--email", "ops@example.com")
    add_event(run.db(), detected_at=stamp(datetime.now(UTC) + timedelta(seconds=1)))
    monkeypatch.setenv("POLICYWATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("POLICYWATCH_SMTP_PORT", str(free_port()))
    monkeypatch.setenv("POLICYWATCH_SMTP_SECURITY", "none")
    result = run("deliver", "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert (report["sent"], report["failed"], report["pending"]) == (0, 1, 1)
    [problem] = report["problems"]
    assert problem["status"] == "failed" and problem["retry_at"] and "email" in problem["reason"]


def test_digest_preview_writes_html_and_send_goes_out_once(run, tmp_path):
    sub = subscribe_json(run, "--name", "weekly", "--console", "--digest", "weekly")
    yesterday = datetime.now(UTC) - timedelta(days=1)
    add_event(run.db(), detected_at=stamp(yesterday), title="Suspension <script>x</script>")
    out = tmp_path / "digest.html"
    result = run("digest", "--preview", "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "<script>x" not in html
    assert "United States" in html

    text = run("digest", "--preview", "--subscription", str(sub["id"]))
    assert "Suspension <script>x</script>" in text.output  # plain text: nothing to escape

    sent = run("digest", "--send")
    assert sent.exit_code == 0, sent.output
    assert "digests sent 1" in sent.output
    assert sent.output.count("----- policywatch digest") == 1


def test_an_empty_digest_is_sent_only_when_forced(run):
    subscribe_json(run, "--name", "quiet", "--console", "--digest", "daily")
    result = run("digest", "--send")
    assert result.exit_code == 0
    assert "nothing changed in the period, not sent" in result.output
    assert "----- policywatch digest" not in result.output
    forced = run("digest", "--send", "--force")
    assert forced.output.count("----- policywatch digest") == 1


def test_digest_needs_a_mode_and_a_subscription_with_a_digest(run):
    assert run("digest").exit_code == 2
    subscribe_json(run, "--name", "alerts only", "--console")
    result = run("digest", "--preview")
    assert result.exit_code == 2 and "no subscription has a digest" in result.output
    assert run("digest", "--preview", "--subscription", "1").exit_code == 0
    missing = run("digest", "--preview", "--subscription", "9")
    assert missing.exit_code == 2 and "no active subscription #9" in missing.output
