"""The channel registry, target validation, and the console that stands in for Slack and SMTP."""

from __future__ import annotations

import io

import pytest

from alerts.channels import (
    Channel,
    DeliveryError,
    channel_names,
    get_channel,
    register,
    validate_target,
)
from alerts.model import AdminNotice, Alert, Digest, DigestEntry, DigestGroup, Evidence, Place


def make_alert(**overrides) -> Alert:
    fields = dict(
        delivery_id=11,
        event_ids=[7],
        event_kind="new",
        title="Temporary suspension of goods to the United States",
        url="https://post.example/news/us-suspension",
        severity="critical",
        change_kind="suspension",
        destinations=["US"],
        categories=["all_goods"],
        evidence=[Evidence("change_kind", "suspension", "suspended")],
        summary="We have suspended acceptance of goods to the United States.",
        text="We have suspended acceptance of goods to the United States.",
        places=[Place("ep", "Example Post news", "Example Post", None, "2026-11-28T13:29:59Z")],
        published=None,
        detected_at="2026-11-28T13:29:59Z",
        subscription_id=3,
        subscription_name="US all goods",
        unsubscribe_token="unsub-console",
    )
    fields.update(overrides)
    return Alert(**fields)


def make_digest() -> Digest:
    entry = DigestEntry(
        1,
        "Goods to the US suspended",
        "https://post.example/1",
        "critical",
        "suspension",
        ["US"],
        ["all_goods"],
        "Example Post news",
        "Example Post",
        "2026-11-24T09:00:00Z",
        "Suspended.",
    )
    return Digest(
        9,
        3,
        "US all goods",
        "daily",
        "2026-11-27T00:00:00Z",
        "2026-11-28T00:00:00Z",
        [entry],
        [DigestGroup("US", "United States", [entry])],
        "unsub-digest",
    )


def test_all_channels_are_registered():
    assert {"console", "email", "slack", "webhook"} <= set(channel_names())


def test_unknown_channel_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown channel 'pager'"):
        get_channel("pager", {})


def test_a_new_channel_is_one_registered_class():
    @register("test-null")
    class NullChannel:
        name = "test-null"

        @classmethod
        def from_env(cls, env, *, out=None):
            return cls()

        @staticmethod
        def validate_target(target):
            return target.upper()

        def send_alert(self, target, alert): ...
        def send_digest(self, target, digest): ...
        def send_admin(self, target, notice): ...

    channel = get_channel("test-null", {})
    assert isinstance(channel, Channel)
    assert validate_target("test-null", "x") == "X"


@pytest.mark.parametrize(
    ("name", "target", "expected"),
    [
        ("email", " Ops@Example.COM ", "Ops@example.com"),
        ("email", "first.last+pw@mail.example.co.uk", "first.last+pw@mail.example.co.uk"),
        ("slack", "#shipping-alerts", "#shipping-alerts"),
        ("slack", "Shipping_Alerts", "#shipping_alerts"),
        ("slack", "C0123ABCD", "C0123ABCD"),
        (
            "webhook",
            "https://hooks.slack.com/services/T0/B0/abc",
            "https://hooks.slack.com/services/T0/B0/abc",
        ),
        ("webhook", "http://127.0.0.1:8080/hooks/x", "http://127.0.0.1:8080/hooks/x"),
        ("webhook", "http://localhost:8080/hooks/x", "http://localhost:8080/hooks/x"),
        ("webhook", " env:SLACK_WEBHOOK_OPS ", "env:SLACK_WEBHOOK_OPS"),
    ],
)
def test_valid_targets_are_normalised(name, target, expected):
    assert validate_target(name, target) == expected


@pytest.mark.parametrize(
    ("name", "target", "complaint"),
    [
        ("email", "ops at example.com", "one @"),
        ("email", "ops@@example.com", "one @"),
        ("email", "ops@localhost", "dot"),
        ("email", "Ops <ops@example.com>", "no spaces"),
        ("email", "ops@example.com\r\nBcc: x@y.z", "no spaces"),
        ("email", "", "needed"),
        ("slack", "#general chat", "not a Slack channel"),
        ("slack", "#" + "a" * 81, "at most 80"),
        ("slack", "#", "needed"),
        ("webhook", "ftp://hooks.slack.com/x", "not a webhook URL"),
        ("webhook", "hooks.slack.com/services/x", "not a webhook URL"),
        ("webhook", "http://hooks.slack.com/services/T0/B0/abc", "must use https"),
        ("webhook", "http://10.0.0.5/hooks/x", "must use https"),
        ("webhook", "env:", "not an environment variable name"),
        ("webhook", "env:1-BAD NAME", "not an environment variable name"),
    ],
)
def test_invalid_targets_say_what_is_wrong(name, target, complaint):
    with pytest.raises(ValueError, match=complaint):
        validate_target(name, target)


def test_email_without_smtp_host_prints_subject_and_text_body():
    out = io.StringIO()
    channel = get_channel("email", {}, out=out)
    assert channel.name == "console" and channel.stands_in_for == "email"
    channel.send_alert("ops@example.com", make_alert())
    printed = out.getvalue()
    assert "POLICYWATCH_SMTP_HOST is not set" in printed
    assert "Subject: [CRITICAL] Suspension: United States (Example Post)" in printed
    assert "To stop these alerts: policywatch unsubscribe unsub-console" in printed


def test_slack_without_token_prints_the_plain_text_fallback():
    out = io.StringIO()
    channel = get_channel(
        "slack", {"POLICYWATCH_SLACK_API_URL": "http://127.0.0.1:9/api/"}, out=out
    )
    assert channel.stands_in_for == "slack"
    channel.send_alert("#alerts", make_alert(title="Rates & <fees> *changed*"))
    printed = out.getvalue()
    assert "POLICYWATCH_SLACK_TOKEN is not set" in printed and "#alerts" in printed
    assert "[CRITICAL] Suspension: United States (Example Post)" in printed
    assert "Rates & <fees> *changed*" in printed  # plain text, not Slack's escaped form
    assert "&amp;" not in printed


def test_console_prints_each_kind_of_message_without_terminal_escapes():
    out = io.StringIO()
    channel = get_channel("console", {}, out=out)
    channel.send_alert("me", make_alert(title="Evil \x1b[31mred\x1b[0m title"))
    channel.send_digest("me", make_digest())
    channel.send_admin("me", AdminNotice(3, "Source ep failing", "HTTP 503\x1b[2J", "ep"))
    printed = out.getvalue()
    assert "\x1b" not in printed
    assert "Evil [31mred[0m title" in printed
    assert "Daily digest, 27 Nov – 28 Nov 2026" in printed
    assert "[policywatch admin] Source ep failing" in printed
    assert printed.count("----- policywatch") == 3


def test_console_defaults_to_the_current_stdout(capsys):
    get_channel("console", {}).send_alert("me", make_alert())
    assert "Temporary suspension of goods to the United States" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "env", "reason"),
    [
        (
            "email",
            {"POLICYWATCH_SLACK_TOKEN": "xoxb-1"},
            "SMTP is not configured (set POLICYWATCH_SMTP_HOST)",
        ),
        (
            "slack",
            {"POLICYWATCH_SMTP_HOST": "mail.example.com"},
            "Slack is not configured (set POLICYWATCH_SLACK_TOKEN)",
        ),
    ],
)
def test_with_the_other_one_configured_a_missing_setting_is_temporary(name, env, reason):
    out = io.StringIO()
    channel = get_channel(name, env, out=out)
    for send, message in (
        (channel.send_alert, make_alert()),
        (channel.send_digest, make_digest()),
        (channel.send_admin, AdminNotice(3, "Source ep failing", "HTTP 503", "ep")),
    ):
        with pytest.raises(DeliveryError) as failure:
            send("ops@example.com" if name == "email" else "#alerts", message)
        assert failure.value.reason == reason and not failure.value.permanent
    assert out.getvalue() == ""  # nothing printed and taken for sent
