"""A "Previous update (Last Updated: ...)" heading opens the older news of a page: the stop it
tells of is history beside the resumption above it."""

from __future__ import annotations

from monitor.classify import classify

PAGE = (
    "Update 26 June\nFollowing the reopening of airspace, we have resumed pickup and delivery "
    "services in Jordan and Iraq, effective 25 June.\n\n"
    "Previous update (Last Updated: 15/06/2025; 18:00)\nDue to airspace closures, we have "
    "temporarily suspended pickup and delivery services in Jordan and Iraq."
)


def test_the_stop_under_a_previous_update_heading_is_history() -> None:
    r = classify("Middle East service update", PAGE, source_kind="carrier")
    assert r.change_kind == "resumption"


def test_the_same_stop_as_the_news_is_a_suspension() -> None:
    text = PAGE.split("Previous update")[1].split("\n", 1)[1]
    r = classify("Middle East service update", text, source_kind="carrier")
    assert r.change_kind == "suspension"


def test_update_heads_with_a_dash_and_a_time_open_dated_items() -> None:
    page = (
        "Update – January 22, 2025, 3:40 p.m. ET\nDeliveries to Jamaica may be delayed by two "
        "to three days while the backlog clears.\n\nPosted – January 20, 2025, 9:00 a.m. ET\n"
        "Because of the hurricane, we have suspended acceptance of all items to Jamaica."
    )
    r = classify("Jamaica service alert", page, source_kind="carrier")
    assert r.change_kind == "delay"
