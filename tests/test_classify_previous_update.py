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
