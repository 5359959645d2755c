"""Causes behind the misses of blind set 228 (English service alert pages of postal operators
and carriers: pages of many entries, partial resumptions, alerts already over), each checked
with sentences of our own: what a user reads off the alert (kind, destinations, categories)."""

from __future__ import annotations

from monitor.classify import classify


def test_alert_page_entries_under_their_own_headings_all_count() -> None:
    # each entry is dated under a heading of its own: the older entries are not history of the
    # newest one, their places are still news
    text = (
        "This page lists events abroad that affect mail you send.\n\n"
        "Fiji – services suspended\n"
        "Posted 12 May 2025\n"
        "After the cyclone closed Nadi airport we have suspended all services to Fiji. We "
        "cannot accept letters or parcels for Fiji until flights resume.\n\n"
        "Nepal – delays\n"
        "Posted 2 May 2025\n"
        "Landslides have cut roads in the hills. Items for Nepal may take up to a week longer "
        "than usual to arrive.\n\n"
        "Laos – services remain suspended\n"
        "Posted 9 January 2024\n"
        "Services to Laos remain suspended. There is no change to this position.\n"
    )
    got = classify("Overseas disruptions", text, origin="GB", source_kind="postal")
    assert got.change_kind == "suspension"
    assert {"FJ", "NP", "LA"} <= set(got.destinations)


def test_heading_over_delays_is_a_destination_though_mail_is_still_accepted() -> None:
    text = (
        "Guatemala – volcanic ash\n"
        "Posted 3 June 2025\n"
        "Delivery across the country is disrupted after the eruption. Expect significant "
        "delays. Mail continues to be accepted for Guatemala.\n\n"
        "Honduras – floods\n"
        "Posted 1 June 2025\n"
        "Honducor reports delays to delivery in the north of the country.\n"
    )
    got = classify("Service disruptions – weather", text, origin="US", source_kind="postal")
    assert got.change_kind == "delay"
    assert got.destinations == ["GT", "HN"]


def test_heading_that_says_its_alert_is_over_names_no_destination() -> None:
    text = (
        "Strikes by postal workers abroad can delay items you send.\n\n"
        "Greece\n"
        "ELTA staff will strike on 4 and 5 November. Items may take 3 working days longer "
        "than usual to arrive.\n\n"
        "Spain – ended\n"
        "The strike by Correos staff on 20 October has ended and deliveries are back to "
        "normal.\n\n"
        "Austria – general strike (resolved)\n"
        "Deliveries in Austria have returned to normal.\n"
    )
    got = classify("Industrial action overseas", text, origin="GB", source_kind="postal")
    assert got.destinations == ["GR"]


def test_closed_alert_about_cleared_delays_is_informational() -> None:
    text = (
        "Winter storm – Colorado and Wyoming\n\n"
        "Update: January 9, 2025, 8:00 a.m. MT\n"
        "This alert is closed. Pickups and deliveries in Denver and Cheyenne are back on normal "
        "schedules and the delays reported on January 6 have cleared.\n\n"
        "Previous update: January 6, 2025\n"
        "Heavy snow may delay pickups and deliveries in Colorado and Wyoming.\n"
    )
    got = classify("Winter storm (alert closed)", text, origin="US", source_kind="carrier")
    assert got.relevant
    assert got.change_kind == "informational"


def test_closed_alert_that_lifts_a_stop_is_still_a_resumption() -> None:
    text = (
        "This alert is closed. We have resumed accepting shipments to Haiti, which we "
        "suspended on 2 March after the airport closed.\n"
    )
    got = classify("Haiti – service resumed", text, source_kind="carrier")
    assert got.change_kind == "resumption"
    assert got.destinations == ["HT"]


def test_letters_resume_while_parcels_stay_suspended_is_documents_only() -> None:
    text = (
        "Effective June 2, the Postal Service is resuming acceptance of First-Class Mail "
        "International letters and postcards addressed to Fiji.\n\n"
        "Mailpieces containing merchandise will continue to be returned to sender while "
        "Post Fiji clears a backlog. Customers should check back for updates.\n"
    )
    got = classify("Fiji – Partial Resumption of Service", text, origin="US")
    assert got.change_kind == "resumption"
    assert got.destinations == ["FJ"]
    assert got.categories == ["documents"]


def test_letters_and_parcels_resume_together_is_all_mail() -> None:
    text = (
        "From Monday 2 June you can post letters and parcels to Fiji again with all of our "
        "international services. Parcels still held at our depot will be sent this week.\n"
    )
    got = classify("Fiji: services resume", text, origin="AU")
    assert got.change_kind == "resumption"
    assert set(got.categories) == {"all_goods", "documents"}
