"""Slack through the Web API, against the local stand-in (tests/slack_standin.py)."""

from __future__ import annotations

import json

import pytest

from alerts.channels import DeliveryError, get_channel
from alerts.channels.pacing import ChannelPacer
from alerts.channels.slack import SlackChannel
from alerts.model import AdminNotice, Alert, Digest, DigestEntry, DigestGroup, Evidence, Place

pytest_plugins = ["tests.slack_standin"]  # the slack_api fixture

HOSTILE_TITLE = "<script>alert(1)</script> <!channel> <@U123> <http://evil.example|click> & more"
HOSTILE_SUMMARY = "@here @channel @everyone *bold* _italic_ ~strike~ `code` & <!here> done"


def make_alert(**overrides) -> Alert:
    fields = dict(
        delivery_id=21,
        event_ids=[7],
        event_kind="new",
        title="Temporary suspension of goods to the United States",
        url="https://post.example/news/us-suspension?lang=en&id=4",
        severity="critical",
        change_kind="suspension",
        destinations=["US"],
        categories=["all_goods"],
        evidence=[
            Evidence("change_kind", "suspension", "suspended"),
            Evidence("destinations", "US", "United States"),
        ],
        summary="From 25 August we have suspended acceptance of goods to the United States.",
        text="From 25 August we have suspended acceptance of goods to the United States.",
        places=[
            Place(
                "ep",
                "Example Post news",
                "Example Post",
                "https://post.example/news",
                "2026-11-28T13:29:59Z",
            )
        ],
        published="2026-11-27",
        detected_at="2026-11-28T13:29:59Z",
        subscription_id=3,
        subscription_name="US all goods",
        unsubscribe_token="unsub-slack",
    )
    fields.update(overrides)
    return Alert(**fields)


def bot(standin, **kwargs) -> SlackChannel:
    """A bot channel on the stand-in; no pacing unless a test asks for it."""
    kwargs.setdefault("pacer", ChannelPacer(0))
    return SlackChannel(standin.token, base_url=standin.base_url, **kwargs)


def texts(blocks: list[dict]) -> list[str]:
    """Every text string in the blocks (sections, fields, context elements, headers)."""
    found = []
    for block in blocks:
        if "text" in block:
            found.append(block["text"]["text"])
        found += [f["text"] for f in block.get("fields", [])]
        found += [e["text"] for e in block.get("elements", []) if "text" in e]
    return found


def test_alert_arrives_with_header_linked_title_evidence_fields_and_fallback(slack_api):
    channel = get_channel("slack", slack_api.env())
    channel.send_alert("#shipping-alerts", make_alert())

    [call] = slack_api.calls
    assert call.channel == "#shipping-alerts"
    assert call.payload["unfurl_links"] is False
    header, title, summary, why, fields, context = call.blocks
    assert header["type"] == "header"
    assert header["text"]["text"] == "🔴 CRITICAL · Suspension · United States"
    assert title["text"]["text"] == (
        "*<https://post.example/news/us-suspension?lang=en&amp;id=4"
        "|Temporary suspension of goods to the United States>*"
    )
    assert summary["text"] == {
        "type": "plain_text",
        "text": "From 25 August we have suspended acceptance of goods to the United States.",
        "emoji": False,
    }
    assert why["elements"][0]["text"] == "why: 'suspended' (kind), 'United States' (destination)"
    assert [f["text"].split("\n")[0] for f in fields["fields"]] == [
        "*Destinations*",
        "*Categories*",
        "*Source*",
        "*Date*",
    ]
    assert (
        "<https://post.example/news|Example Post (Example Post news)>"
        in fields["fields"][2]["text"]
    )
    assert "Published 27 Nov 2026" in fields["fields"][3]["text"]
    assert "US all goods" in context["elements"][0]["text"]
    assert call.text.startswith("[CRITICAL] Suspension: United States (Example Post)\n")


def test_header_without_destinations_has_no_dangling_separator(slack_api):
    bot(slack_api).send_alert("#alerts", make_alert(destinations=[]))
    [call] = slack_api.calls
    assert call.blocks[0]["text"]["text"] == "🔴 CRITICAL · Suspension"


def test_hostile_notice_text_arrives_inert(slack_api):
    alert = make_alert(
        title=HOSTILE_TITLE, summary=HOSTILE_SUMMARY, subscription_name="ops <!channel> *team*"
    )
    bot(slack_api).send_alert("#alerts", alert)

    [call] = slack_api.calls
    for text in [call.text, *texts(call.blocks)]:
        for live in ("<!channel>", "<!here>", "<@U123>", "<http://evil.example", "<script>"):
            assert live not in text
        for mention in ("@here", "@channel", "@everyone"):
            assert mention not in text
    # mrkdwn: entities for & < >, look-alikes for formatting characters; only our * and <url|
    title = call.blocks[1]["text"]["text"]
    assert title == (
        "*<https://post.example/news/us-suspension?lang=en&amp;id=4|&lt;script&gt;alert(1)"
        "&lt;/script&gt; &lt;!channel&gt; &lt;@U123&gt; &lt;http://evil.example|click&gt; "
        "&amp; more>*"
    )
    context = call.blocks[-1]["elements"][0]["text"]
    assert "*ops &lt;!channel&gt; ∗team∗*" in context
    # plain_text: never formatted by Slack, so the characters stay; entities all the same
    summary = call.blocks[2]["text"]
    assert summary["type"] == "plain_text"
    assert summary["text"] == (
        "@\u200dhere @\u200dchannel @\u200deveryone *bold* _italic_ ~strike~ `code` "
        "&amp; &lt;!here&gt; done"
    )
    # the notification fallback is mrkdwn too
    assert "∗bold∗ ˍitalicˍ ∼strike∼ ˋcodeˋ &amp; &lt;!here&gt;" in call.text


def test_ten_thousand_character_paragraph_is_cut_to_slack_limits_with_a_link(slack_api):
    paragraph = "Lorem ipsum dolor sit amet & <x> " * 300  # ~10,000 characters
    alert = make_alert(title="T" * 400, summary=paragraph, text=paragraph)
    bot(slack_api).send_alert("#alerts", alert)

    [call] = slack_api.calls  # the stand-in checks Slack's limits and accepted it
    assert slack_api.block_problems(call.blocks) == []
    header, title, summary, more = call.blocks[:4]
    assert len(header["text"]["text"]) <= 150
    assert len(summary["text"]["text"]) <= 3000 and summary["text"]["text"].endswith("…")
    assert more["elements"][0]["text"] == (
        "<https://post.example/news/us-suspension?lang=en&amp;id=4|Read the full notice>"
    )
    assert len(call.text) <= 4000
    assert "https://post.example/news/us-suspension?lang=en&amp;id=4" in call.text


def test_many_destinations_and_places_stay_within_field_limits(slack_api):
    places = [
        Place(
            f"s{i}",
            f"Source {i} " + "x" * 100,
            f"Operator {i}",
            f"https://p{i}.example/" + "a" * 300,
            "2026-11-28T13:29:59Z",
        )
        for i in range(40)
    ]
    codes = ["US", "CA", "MX", "BR", "AR", "DE", "FR", "IT", "ES", "PT"] * 30
    bot(slack_api).send_alert("#alerts", make_alert(places=places, destinations=codes))
    [call] = slack_api.calls
    assert slack_api.block_problems(call.blocks) == []
    source_field = call.blocks[4]["fields"][2]["text"]
    assert "<https://p0.example/" in source_field and source_field.endswith("more")


def test_rate_limit_is_retried_after_retry_after(slack_api):
    slack_api.fail_next(1, retry_after=0)
    bot(slack_api, rate_limit_retries=2).send_alert("#alerts", make_alert())
    assert [a.status for a in slack_api.attempts] == [429, 200]
    assert len(slack_api.calls) == 1


def test_rate_limit_after_the_retries_reports_retry_after(slack_api):
    slack_api.fail_next(5, retry_after=0)
    with pytest.raises(DeliveryError) as failure:
        bot(slack_api, rate_limit_retries=1).send_alert("#alerts", make_alert())
    assert failure.value.permanent is False and failure.value.retry_after == 0
    assert [a.status for a in slack_api.attempts] == [429, 429]


def test_a_long_retry_after_goes_back_to_the_caller_instead_of_blocking(slack_api):
    slack_api.fail_next(1, retry_after=30)
    with pytest.raises(DeliveryError) as failure:
        bot(slack_api).send_alert("#alerts", make_alert())
    assert failure.value.retry_after == 30 and not failure.value.permanent
    assert len(slack_api.attempts) == 1 and slack_api.calls == []


@pytest.mark.parametrize(
    "error",
    [
        "channel_not_found",
        "not_in_channel",
        "invalid_auth",
        "token_revoked",
        "account_inactive",
        "is_archived",
    ],
)
def test_errors_that_cannot_heal_are_permanent(slack_api, error):
    slack_api.fail_next(1, error=error)
    with pytest.raises(DeliveryError) as failure:
        bot(slack_api).send_alert("#alerts", make_alert())
    assert failure.value.permanent is True and error in failure.value.reason


def test_a_wrong_token_is_permanent(slack_api):
    channel = SlackChannel("xoxb-wrong", base_url=slack_api.base_url, pacer=ChannelPacer(0))
    with pytest.raises(DeliveryError, match="invalid_auth") as failure:
        channel.send_alert("#alerts", make_alert())
    assert failure.value.permanent


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_are_temporary(slack_api, status):
    slack_api.fail_next(1, status=status)
    with pytest.raises(DeliveryError) as failure:
        bot(slack_api).send_alert("#alerts", make_alert())
    assert failure.value.permanent is False and failure.value.retry_after is None
    assert len(slack_api.attempts) == 1  # no blind retry that could post twice


def test_connection_refused_is_temporary(slack_api):
    channel = bot(slack_api)
    slack_api.stop()
    with pytest.raises(DeliveryError) as failure:
        channel.send_alert("#alerts", make_alert())
    assert failure.value.permanent is False


def test_an_invalid_channel_name_is_permanent_without_a_request(slack_api):
    with pytest.raises(DeliveryError) as failure:
        bot(slack_api).send_alert("#Not A Channel", make_alert())
    assert failure.value.permanent and slack_api.attempts == []


def test_messages_to_one_channel_are_a_second_apart(slack_api):
    channel = bot(slack_api, pacer=ChannelPacer(1.0))
    channel.send_alert("#alerts", make_alert())
    channel.send_alert("#alerts", make_alert(delivery_id=22))
    first, second = slack_api.messages_to("#alerts")
    assert second.time - first.time >= 0.9


def test_pacer_spaces_one_channel_and_leaves_others_alone():
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pacer = ChannelPacer(1.0, clock=lambda: now[0], sleep=sleep)
    assert pacer.wait_turn("#a") == 0
    assert pacer.wait_turn("#b") == 0
    assert pacer.wait_turn("#a") == pytest.approx(1.0)
    now[0] += 5
    assert pacer.wait_turn("#a") == 0
    assert slept == [pytest.approx(1.0)]


def make_digest(groups: int = 3, per_group: int = 3) -> Digest:
    def entry(i: int, severity: str) -> DigestEntry:
        return DigestEntry(
            i,
            f"Notice {i} <!channel> *x*",
            f"https://post.example/n/{i}",
            severity,
            "restriction",
            ["CA"],
            ["all_goods"],
            "Example Post news",
            "Example Post",
            "2026-11-24T09:00:00Z",
            "Summary.",
        )

    suspension = DigestEntry(
        1,
        "Goods to the US suspended",
        "https://post.example/n/1",
        "critical",
        "suspension",
        ["US"],
        ["all_goods"],
        "Example Post news",
        "Example Post",
        "2026-11-24T09:00:00Z",
        "Suspended.",
    )
    groups_ = [DigestGroup("US", "United States", [suspension])]
    for g in range(groups):
        groups_.append(
            DigestGroup(
                f"C{g}",
                f"Country {g}",
                [entry(100 * (g + 1) + i, "high") for i in range(per_group)],
            )
        )
    return Digest(
        9,
        3,
        "Everything",
        "weekly",
        "2026-11-21T00:00:00Z",
        "2026-11-28T00:00:00Z",
        [suspension],
        groups_,
        "unsub-digest",
    )


def test_digest_lists_active_suspensions_first_then_destinations(slack_api):
    bot(slack_api).send_digest("#alerts", make_digest())
    [call] = slack_api.calls
    body = [b["text"]["text"] for b in call.blocks if b["type"] == "section"]
    assert body[0].startswith("*Active suspensions*\n🔴 <https://post.example/n/1|")
    assert body[1].startswith("*United States*")
    assert "&lt;!channel&gt; ∗x∗" in body[2]
    assert call.blocks[0]["text"]["text"] == "policywatch · Weekly digest, 21 Nov – 28 Nov 2026"


def test_a_huge_digest_is_cut_to_fifty_blocks(slack_api):
    bot(slack_api).send_digest("#alerts", make_digest(groups=80, per_group=40))
    [call] = slack_api.calls
    assert slack_api.block_problems(call.blocks) == [] and len(call.blocks) == 50
    assert "more sections left out" in call.blocks[-1]["elements"][0]["text"]


def test_admin_notice(slack_api):
    notice = AdminNotice(4, "Source ep failing", "HTTP 503 three times <!here>", "ep")
    bot(slack_api).send_admin("#ops", notice)
    [call] = slack_api.calls
    assert call.blocks[0]["text"]["text"] == "⚠️ policywatch admin: Source ep failing"
    assert call.blocks[1]["text"]["text"] == "HTTP 503 three times &lt;!here&gt;"
    assert "<!here>" not in json.dumps(call.payload)
