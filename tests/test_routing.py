"""Routing stored events to subscriptions: the matching matrix and one alert per real notice."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest

from alerts import subscriptions as subs
from alerts.outbox import deliver_due
from alerts.routing import route_new_events
from storage import connect
from storage.events import insert_event

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def add_event(db, **fields) -> int:
    """A classified, relevant event (a critical suspension of all goods to the US) unless
    ``fields`` say otherwise; the text makes each one distinct."""
    n = db["events"].count + 1 if "events" in db.table_names() else 1
    event = {
        "source_id": "post-a-page",
        "source_name": "Post A service updates",
        "operator": "Post A",
        "kind": "new",
        "title": f"Suspension of goods to the United States no. {n}",
        "url": f"https://post-a.example/notices/{n}",
        "published": "2026-03-02",
        "detected_at": stamp(T0 + timedelta(hours=1)),
        "text": f"Post A suspends acceptance of goods to the United States (notice {n}).",
        "fingerprint": f"fp-{n}",
        "relevant": True,
        "destinations": ["US"],
        "categories": ["all_goods"],
        "change_kind": "suspension",
        "severity": "critical",
        "evidence": [{"field": "change_kind", "value": "suspension", "text": "suspends"}],
    }
    event.update(fields)
    return insert_event(db, event)


def add_sub(db, name="ops", *, created=T0, **fields) -> dict:
    request = subs.SubscriptionRequest(
        name=name,
        channel=fields.pop("channel", "console"),
        target=fields.pop("target", "console"),
        destinations=fields.pop("destinations", ["*"]),
        categories=fields.pop("categories", []),
        **fields,
    )
    return subs.subscribe(db, request, now=stamp(created))


def alerts_of(db, sub_id: int) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM deliveries WHERE kind = 'alert' AND subscription_id = ? ORDER BY id",
            [sub_id],
        )
    )


@pytest.fixture
def db(tmp_path):
    return connect(tmp_path / "pw.db")


MATRIX = [
    # (subscription filters, event fields, routed?)
    ({"destinations": ["US"]}, {"destinations": ["US", "CA"]}, True),
    ({"destinations": ["DE"]}, {"destinations": ["US", "CA"]}, False),
    ({"destinations": ["DE"]}, {"destinations": ["*"]}, True),
    ({"destinations": ["*"]}, {"destinations": ["JP"]}, True),
    ({"destinations": ["DE"]}, {"destinations": []}, False),
    ({"destinations": ["UK"]}, {"destinations": ["GB"]}, True),
    ({"categories": ["lithium_batteries"]}, {"categories": ["lithium_batteries"]}, True),
    ({"categories": ["lithium_batteries"]}, {"categories": ["food"]}, False),
    ({"categories": ["lithium_batteries"]}, {"categories": ["all_goods", "documents"]}, True),
    ({"categories": ["documents"]}, {"categories": ["all_goods"]}, False),
    ({"categories": ["all_goods"]}, {"categories": ["food"]}, True),
    ({"categories": []}, {"categories": ["weapons"]}, True),
    ({"min_severity": "high"}, {"severity": "high", "change_kind": "restriction"}, True),
    ({"min_severity": "high"}, {"severity": "medium", "change_kind": "delay"}, False),
    ({"min_severity": "critical"}, {"severity": "high"}, False),
    ({"min_severity": "low"}, {"severity": "low", "change_kind": "informational"}, True),
    ({}, {"relevant": False, "severity": "none", "change_kind": "irrelevant"}, False),
    ({}, {"relevant": True, "severity": "none"}, False),
    ({}, {"change_kind": "irrelevant", "severity": "low"}, False),
    ({"sources": ["post-a-page"]}, {"source_id": "post-a-page"}, True),
    ({"sources": ["post-b-feed"]}, {"source_id": "post-a-page"}, False),
]


@pytest.mark.parametrize(("sub_fields", "event_fields", "routed"), MATRIX)
def test_routing_matrix(db, sub_fields, event_fields, routed):
    sub = add_sub(db, **sub_fields)
    add_event(db, **event_fields)
    assert route_new_events(db) == int(routed)
    assert len(alerts_of(db, sub["id"])) == int(routed)


def test_one_delivery_per_event_and_subscription_written_once(db):
    us = add_sub(db, "us", destinations=["US"])
    everyone = add_sub(db, "all")
    add_sub(db, "japan", destinations=["JP"])
    first, second = add_event(db), add_event(db, destinations=["US", "JP"])
    assert route_new_events(db) == 5
    assert route_new_events(db) == 0  # a rerun writes nothing more
    assert [d["event_id"] for d in alerts_of(db, us["id"])] == [first, second]
    assert [d["event_id"] for d in alerts_of(db, everyone["id"])] == [first, second]
    keys = [r["key"] for r in db.query("SELECT key FROM deliveries")]
    assert len(keys) == len(set(keys)) == 5
    assert {r["status"] for r in db.query("SELECT status FROM deliveries")} == {"pending"}


def test_unclassified_events_wait_until_classified(db):
    sub = add_sub(db)
    event_id = add_event(db, relevant=None, severity=None, change_kind=None)
    assert route_new_events(db) == 0
    db["events"].update(event_id, {"relevant": 1, "severity": "critical"})
    db["events"].update(event_id, {"change_kind": "suspension"})
    assert route_new_events(db) == 1
    assert [d["event_id"] for d in alerts_of(db, sub["id"])] == [event_id]


def test_irrelevant_events_are_marked_routed_and_never_alert(db):
    add_sub(db)
    event_id = add_event(db, relevant=False, severity="none", change_kind="irrelevant")
    assert route_new_events(db) == 0
    assert db["routed_events"].get(event_id)["deliveries"] == 0


def test_subscription_gets_only_events_detected_after_it_was_created(db):
    add_event(db, detected_at=stamp(T0 - timedelta(days=1)))
    late = add_sub(db, "late", created=T0)
    newer = add_event(db, detected_at=stamp(T0 + timedelta(minutes=5)))
    route_new_events(db)
    assert [d["event_id"] for d in alerts_of(db, late["id"])] == [newer]


def test_removed_subscription_gets_nothing(db):
    sub = add_sub(db)
    subs.remove(db, sub["id"])
    add_event(db)
    assert route_new_events(db) == 0


# --- one alert per real notice -----------------------------------------------------------


def _same_notice_in_feed(db, **fields) -> int:
    return add_event(
        db,
        source_id="post-a-feed",
        source_name="Post A news feed",
        url="https://post-a.example/feed/item-1",
        **fields,
    )


def test_feed_and_page_of_one_operator_make_one_alert_naming_both_places(db):
    sub = add_sub(db)
    page = add_event(db, fingerprint="same-notice")
    feed = _same_notice_in_feed(db, fingerprint="same-notice")
    route_new_events(db)
    rows = alerts_of(db, sub["id"])
    assert [(r["event_id"], r["status"]) for r in rows] == [(page, "pending"), (feed, "merged")]
    out = io.StringIO()
    summary = deliver_due(db, env={}, out=out)
    assert summary.sent == 1
    printed = out.getvalue()
    assert printed.count("----- policywatch alert") == 1
    assert "https://post-a.example/notices/" in printed
    assert "https://post-a.example/feed/item-1" in printed


def test_same_title_on_two_pages_of_one_operator_merges_without_fingerprint(db):
    sub = add_sub(db)
    title = "Temporary suspension of parcels to the United States"
    add_event(db, title=title, fingerprint="page-text")
    add_event(db, title=title.upper() + "!", fingerprint="other-text", source_id="post-a-2")
    route_new_events(db)
    assert [r["status"] for r in alerts_of(db, sub["id"])] == ["pending", "merged"]


def test_separate_operators_with_the_same_words_are_separate_alerts(db):
    sub = add_sub(db)
    title = "Suspension of goods shipments to the United States"
    add_event(db, title=title, fingerprint="identical")
    add_event(
        db,
        title=title,
        fingerprint="identical",
        source_id="post-b-page",
        source_name="Post B",
        operator="Post B",
    )
    route_new_events(db)
    assert [r["status"] for r in alerts_of(db, sub["id"])] == ["pending", "pending"]


def test_same_notice_more_than_seven_days_apart_is_a_new_alert(db):
    sub = add_sub(db)
    add_event(db, fingerprint="again", detected_at=stamp(T0 + timedelta(hours=1)))
    _same_notice_in_feed(db, fingerprint="again", detected_at=stamp(T0 + timedelta(days=8)))
    route_new_events(db)
    assert [r["status"] for r in alerts_of(db, sub["id"])] == ["pending", "pending"]


def test_an_update_of_the_same_source_is_not_merged_into_its_first_alert(db):
    sub = add_sub(db)
    title = "Suspension of goods to the United States"
    add_event(db, title=title, fingerprint="v1")
    add_event(db, title=title, fingerprint="v2", kind="updated", added_text="Now documents too.")
    route_new_events(db)
    assert [r["status"] for r in alerts_of(db, sub["id"])] == ["pending", "pending"]


def test_second_place_after_the_alert_was_sent_is_recorded_not_sent(db):
    sub = add_sub(db)
    page = add_event(db, fingerprint="seen-twice")
    route_new_events(db)
    first = io.StringIO()
    assert deliver_due(db, env={}, out=first).sent == 1

    feed = _same_notice_in_feed(db, fingerprint="seen-twice")
    route_new_events(db)
    second = io.StringIO()
    assert deliver_due(db, env={}, out=second).sent == 0
    assert second.getvalue() == ""
    primary, joined = alerts_of(db, sub["id"])
    assert (primary["event_id"], primary["status"]) == (page, "sent")
    assert (joined["event_id"], joined["status"], joined["merged_into"]) == (
        feed,
        "merged",
        primary["id"],
    )


def _page_change(db, source_id: str, **fields) -> int:
    """A change on one of Testpost's two html pages, which share one page title."""
    return add_event(
        db,
        source_id=source_id,
        source_name=f"Testpost notices ({source_id})",
        operator="Testpost",
        kind="updated",
        title="Testpost international service notices",
        url=f"https://testpost.example/{source_id}",
        **fields,
    )


def test_a_different_change_on_a_sibling_page_with_the_same_title_is_its_own_alert(db):
    """The reviewer's case: page A adds the Canada suspension (sent); page B, with the same
    page title, later adds a battery ban for Australia: that must be delivered too."""
    sub = add_sub(db)
    _page_change(
        db,
        "testpost-a",
        text="Parcels to Canada are suspended",
        added_text="Parcels to Canada are suspended",
        fingerprint="page-a-v2",
        destinations=["CA"],
    )
    route_new_events(db)
    assert deliver_due(db, env={}, out=io.StringIO()).sent == 1

    _page_change(
        db,
        "testpost-b",
        text="Lithium batteries are prohibited in mail to Australia",
        added_text="Lithium batteries are prohibited in mail to Australia",
        fingerprint="page-b-v2",
        destinations=["AU"],
        categories=["lithium_batteries"],
        change_kind="prohibited_items",
        severity="high",
        detected_at=stamp(T0 + timedelta(hours=5)),
    )
    route_new_events(db)
    out = io.StringIO()
    assert deliver_due(db, env={}, out=out).sent == 1
    assert "Lithium batteries are prohibited in mail to Australia" in out.getvalue()
    assert [r["status"] for r in alerts_of(db, sub["id"])] == ["sent", "sent"]


def test_updates_of_two_pages_never_merge_by_title_even_when_they_say_the_same(db):
    sub = add_sub(db)
    _page_change(db, "testpost-a", fingerprint="a-v2", added_text="Canada suspended.")
    _page_change(db, "testpost-b", fingerprint="b-v2", added_text="Canada suspended!")
    route_new_events(db)
    assert [r["status"] for r in alerts_of(db, sub["id"])] == ["pending", "pending"]


def test_the_very_same_update_on_two_pages_of_one_operator_is_one_alert(db):
    sub = add_sub(db)
    _page_change(db, "testpost-a", fingerprint="identical-page")
    _page_change(db, "testpost-b", fingerprint="identical-page")
    route_new_events(db)
    assert [r["status"] for r in alerts_of(db, sub["id"])] == ["pending", "merged"]


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        ({}, True),
        ({"categories": ["all_goods", "documents"]}, True),  # overlapping categories
        ({"destinations": ["CA"]}, False),
        ({"destinations": ["US", "CA"]}, False),
        ({"change_kind": "restriction", "severity": "high"}, False),
        ({"categories": ["food"]}, False),
        ({"published": "2026-02-20"}, False),
        ({"operator": "Post B"}, False),
    ],
)
def test_same_title_in_two_places_merges_only_when_it_is_the_same_change(db, second, merged):
    sub = add_sub(db)
    title = "Important information about international mail"
    add_event(db, title=title, fingerprint="wording-1")
    add_event(db, title=title, fingerprint="wording-2", source_id="post-a-2", **second)
    route_new_events(db)
    statuses = [r["status"] for r in alerts_of(db, sub["id"])]
    assert statuses == ["pending", "merged" if merged else "pending"]
