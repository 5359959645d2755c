"""Subscribing: every field checked at `subscribe`, tokens, removal."""

from __future__ import annotations

import pytest

from alerts import subscriptions as subs
from alerts.routing import route_new_events
from storage import connect
from storage.subscriptions import get_subscription, list_subscriptions
from tests.test_routing import add_event, add_sub, alerts_of


@pytest.fixture
def db(tmp_path):
    return connect(tmp_path / "pw.db")


def request(**fields) -> subs.SubscriptionRequest:
    base = {"name": "ops", "channel": "console", "target": "console", "destinations": ["US"]}
    base.update(fields)
    categories = base.pop("categories", [])
    return subs.SubscriptionRequest(categories=categories, **base)


def test_a_valid_subscription_is_stored_normalised(db):
    sub = subs.subscribe(
        db,
        request(
            channel="email",
            target="Logistics@Example.COM",
            destinations=["uk", "us", "DEU", "US"],
            categories=["Lithium-Batteries", "food"],
            min_severity="HIGH",
            sources=["usps-intl"],
            digest="weekly",
            digest_day="Friday",
            digest_hour=7,
            timezone="Europe/Berlin",
        ),
    )
    stored = get_subscription(db, sub["id"])
    assert stored["destinations"] == ["GB", "US", "DE"]
    assert stored["categories"] == ["lithium_batteries", "food"]
    assert stored["min_severity"] == "high"
    assert stored["sources"] == ["usps-intl"]
    assert (stored["digest"], stored["digest_day"], stored["digest_hour"]) == ("weekly", "fri", 7)
    assert stored["timezone"] == "Europe/Berlin"
    assert stored["target"].lower() == "logistics@example.com"
    assert stored["active"] and stored["immediate"]


def test_defaults_are_any_destination_any_category_no_digest(db):
    sub = subs.subscribe(db, request(destinations=[]))
    assert sub["destinations"] == ["*"]
    assert sub["categories"] == [] and sub["sources"] == []
    assert sub["digest"] == "none" and sub["digest_hour"] is None


def test_eu_expands_to_its_members(db):
    sub = subs.subscribe(db, request(destinations=["EU"]))
    assert len(sub["destinations"]) == 27 and "FR" in sub["destinations"]


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"channel": "email", "target": "not-an-address"}, "email", "not-an-address"),
        ({"channel": "email", "target": "a@b@c.com"}, "email", "a@b@c.com"),
        ({"channel": "slack", "target": "#Bad Channel!"}, "slack", "Slack channel"),
        ({"channel": "webhook", "target": "ftp://hooks.example/x"}, "webhook", "webhook URL"),
        ({"destinations": ["XX"]}, "destination", "'XX'"),
        ({"destinations": ["Narnia"]}, "destination", "Narnia"),
        ({"categories": ["batteries"]}, "category", "lithium_batteries"),
        ({"min_severity": "urgent"}, "min-severity", "critical"),
        ({"min_severity": "none"}, "min-severity", "low"),
        ({"digest": "monthly"}, "digest", "weekly"),
        ({"digest": "weekly", "digest_day": "someday"}, "digest-day", "mon"),
        ({"digest": "daily", "digest_hour": 24}, "digest-hour", "0..23"),
        ({"timezone": "Mars/Olympus"}, "timezone", "Mars/Olympus"),
        ({"name": "  "}, "name", "name"),
        ({"immediate": False}, "digest", "digest-only"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(db, fields, field, words):
    with pytest.raises(subs.SubscriptionError) as err:
        subs.subscribe(db, request(**fields))
    assert err.value.field == field
    assert words in str(err.value)
    assert list_subscriptions(db) == []


def test_each_subscription_has_its_own_unsubscribe_token(db):
    tokens = {subs.subscribe(db, request(name=f"s{i}"))["unsubscribe_token"] for i in range(20)}
    assert len(tokens) == 20
    assert all(len(t) >= 24 for t in tokens)


def test_unsubscribe_removes_it_and_cancels_what_was_not_sent(db):
    sub = add_sub(db)
    add_event(db)
    route_new_events(db)
    assert subs.unsubscribe(db, sub["unsubscribe_token"])["removed_at"]
    assert [d["status"] for d in alerts_of(db, sub["id"])] == ["cancelled"]
    assert list_subscriptions(db) == []
    assert subs.unsubscribe(db, sub["unsubscribe_token"]) is None  # used once
    assert subs.unsubscribe(db, "no-such-token") is None


def test_remove_by_id(db):
    sub = add_sub(db)
    assert subs.remove(db, sub["id"]) is True
    assert subs.remove(db, sub["id"]) is False
    assert [s["id"] for s in list_subscriptions(db, include_removed=True)] == [sub["id"]]
