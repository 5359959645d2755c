"""Slack incoming webhooks, against the local stand-in's /hooks/<id> endpoint."""

from __future__ import annotations

import pytest

from alerts.channels import DeliveryError, get_channel
from alerts.channels.pacing import ChannelPacer
from alerts.channels.slack_webhook import SlackWebhookChannel
from alerts.model import AdminNotice, Alert, Evidence, Place

pytest_plugins = ["tests.slack_standin"]  # the slack_api fixture


def make_alert(**overrides) -> Alert:
    fields = dict(
        delivery_id=31,
        event_ids=[8],
        event_kind="updated",
        title="Lithium batteries no longer accepted to Australia",
        url="https://post.example/news/au-batteries",
        severity="high",
        change_kind="prohibited_items",
        destinations=["AU"],
        categories=["lithium_batteries"],
        evidence=[Evidence("categories", "lithium_batteries", "lithium batteries")],
        summary="Items containing lithium batteries can no longer be sent to Australia.",
        text="Items containing lithium batteries can no longer be sent to Australia.",
        places=[Place("ep", "Example Post news", None, None, "2026-11-28T13:29:59Z")],
        published=None,
        detected_at="2026-11-28T13:29:59Z",
        subscription_id=5,
        subscription_name="Batteries",
        unsubscribe_token="unsub-hook",
    )
    fields.update(overrides)
    return Alert(**fields)


def hook(**kwargs) -> SlackWebhookChannel:
    kwargs.setdefault("pacer", ChannelPacer(0))
    return SlackWebhookChannel(**kwargs)


def test_webhook_posts_the_same_blocks_as_the_bot(slack_api):
    channel = get_channel("webhook", {})  # no secret needed: the URL is the target
    channel.send_alert(slack_api.webhook_url("T1/B1/abc"), make_alert())
    [call] = slack_api.calls
    assert call.kind == "webhook" and call.hook_id == "T1/B1/abc"
    assert call.blocks[0]["text"]["text"] == "🟠 HIGH · Prohibited items · Australia"
    assert call.blocks[1]["text"]["text"] == (
        "*<https://post.example/news/au-batteries"
        "|Lithium batteries no longer accepted to Australia>*"
    )
    assert call.text.startswith("[HIGH] Prohibited items: Australia (Example Post news)")
    assert slack_api.block_problems(call.blocks) == []


def test_hostile_text_arrives_inert_through_a_webhook(slack_api):
    alert = make_alert(title="<!channel> <script>x</script> *now*", summary="@here & <@U1>")
    hook().send_alert(slack_api.webhook_url(), alert)
    [call] = slack_api.calls
    payload = str(call.payload)
    for live in ("<!channel>", "<script>", "@here", "<@U1>"):
        assert live not in payload
    assert "&lt;!channel&gt; &lt;script&gt;x&lt;/script&gt; ∗now∗" in call.blocks[1]["text"]["text"]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, "no_service"),
        (404, "channel_not_found"),
        (410, "channel_is_archived"),
        (403, "action_prohibited"),
    ],
)
def test_gone_webhooks_are_permanent(slack_api, status, error):
    slack_api.fail_next(1, status=status, error=error)
    with pytest.raises(DeliveryError) as failure:
        hook().send_alert(slack_api.webhook_url(), make_alert())
    assert failure.value.permanent and error in failure.value.reason


def test_rate_limited_webhook_reports_retry_after(slack_api):
    slack_api.fail_next(3, retry_after=20)
    with pytest.raises(DeliveryError) as failure:
        hook().send_alert(slack_api.webhook_url(), make_alert())
    assert failure.value.retry_after == 20 and not failure.value.permanent


def test_short_rate_limit_is_retried(slack_api):
    slack_api.fail_next(1, retry_after=0)
    hook().send_alert(slack_api.webhook_url(), make_alert())
    assert [a.status for a in slack_api.attempts] == [429, 200] and len(slack_api.calls) == 1


def test_server_error_is_temporary(slack_api):
    slack_api.fail_next(1, status=500)
    with pytest.raises(DeliveryError) as failure:
        hook().send_alert(slack_api.webhook_url(), make_alert())
    assert not failure.value.permanent and failure.value.retry_after is None


def test_unreachable_webhook_is_temporary(slack_api):
    url = slack_api.webhook_url()
    slack_api.stop()
    with pytest.raises(DeliveryError) as failure:
        hook().send_alert(url, make_alert())
    assert not failure.value.permanent


def test_a_target_that_is_not_a_url_is_permanent(slack_api):
    with pytest.raises(DeliveryError) as failure:
        hook().send_alert("#alerts", make_alert())
    assert failure.value.permanent and slack_api.attempts == []


def test_admin_notice_through_a_webhook(slack_api):
    hook().send_admin(
        slack_api.webhook_url(), AdminNotice(2, "Source ep failing", "HTTP 503", "ep")
    )
    [call] = slack_api.calls
    assert call.text.startswith("[policywatch admin] Source ep failing")


# --- env:NAME targets: the URL stays in the environment --------------------------------------


def test_an_env_target_posts_to_the_url_in_that_variable(slack_api):
    env = {"SLACK_WEBHOOK_OPS": slack_api.webhook_url("T2/B2/env")}
    hook(env=env).send_alert("env:SLACK_WEBHOOK_OPS", make_alert())
    [call] = slack_api.calls
    assert call.hook_id == "T2/B2/env"


def test_the_variable_is_read_when_sending_not_when_the_channel_is_made(slack_api, monkeypatch):
    monkeypatch.delenv("PW_TEST_HOOK", raising=False)
    channel = get_channel("webhook")  # configured from os.environ
    with pytest.raises(DeliveryError) as failure:
        channel.send_alert("env:PW_TEST_HOOK", make_alert())
    assert "PW_TEST_HOOK is not set" in failure.value.reason and not failure.value.permanent
    assert slack_api.attempts == []
    monkeypatch.setenv("PW_TEST_HOOK", slack_api.webhook_url("T3/B3/later"))
    channel.send_alert("env:PW_TEST_HOOK", make_alert())
    assert [c.hook_id for c in slack_api.calls] == ["T3/B3/later"]


def test_a_variable_holding_a_bad_url_is_temporary_and_not_echoed(slack_api):
    secret = "http://hooks.slack.com/services/T0/B0/leakedsecret"
    with pytest.raises(DeliveryError) as failure:
        hook(env={"HOOK": secret}).send_alert("env:HOOK", make_alert())
    reason = failure.value.reason
    assert "HOOK" in reason and "https" in reason and "leakedsecret" not in reason
    assert not failure.value.permanent and slack_api.attempts == []
