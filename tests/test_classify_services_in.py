""" "Services in X" / "operations in X" name where a carrier's service changed."""

from __future__ import annotations

from monitor.classify import classify

PAGE = (
    "Update – 12 May 2026\n"
    "Following the reopening of the airports, we have resumed pickup and delivery services in "
    "Lebanon and Syria. Services to and from Yemen remain suspended.\n\n"
    "Update – 5 May 2026\n"
    "Shipments to Lebanon are routed by road. Services to Syria remain suspended.\n\n"
    "1 May 2026\n"
    "Due to airport closures we have suspended all services to Lebanon, Syria and Yemen."
)


def test_places_the_newest_item_resumes_are_its_destinations() -> None:
    r = classify("Service advisory: Middle East", PAGE, source_kind="carrier")
    assert r.change_kind == "resumption"
    assert r.destinations == ["LB", "SY"]


def test_operations_in_a_country_make_it_the_destination() -> None:
    text = (
        "Because of the storm, our operations in Fiji are temporarily impacted and shipments "
        "held at our Sydney hub will be delivered with delays."
    )
    r = classify("Service alert: cyclone", text, source_kind="carrier", origin="")
    assert r.destinations == ["FJ"]


def test_services_in_the_own_country_are_no_destination() -> None:
    text = (
        "Our services in Australia continue as normal. Because of the cyclone, deliveries to "
        "Fiji are delayed by several days."
    )
    r = classify("Cyclone update", text, source_kind="postal", origin="AU")
    assert r.destinations == ["FJ"]
