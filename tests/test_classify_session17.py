"""Causes found in session 17, each with sentences of our own: an exclusion whose object comes
before the place's "to" ("do not apply to sales to Norway"), a region named as the standard
goods are made to ("packaged to EU commercial standards"), and the summaries of other alerts
listed under "Other active alerts"."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU27 = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
]  # fmt: skip

# --- an exclusion with its object before the place ---------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "EU VAT changes from 1 July",
            "From 1 July, VAT is charged on all goods sold to buyers in the EU. The changes do "
            "not apply to sales to Norway, Iceland or the Channel Islands.",
            EU27,
        ),
        (
            "Zollanmeldung für die Schweiz",
            "Ab 1. Juli wird für alle Warensendungen in die Schweiz eine Zollanmeldung verlangt. "
            "Dies gilt nicht für Sendungen nach Liechtenstein.",
            ["CH"],
        ),
        (
            "New customs form for Canada",
            "From 3 March, a new customs form is required for all parcels to Canada. This does "
            "not apply to shipments to the United States.",
            ["CA"],
        ),
    ],
)
def test_an_exclusion_keeps_its_place_out_past_the_object_and_its_to(title, body, expected):
    assert classify(title, body).destinations == expected


def test_a_place_after_an_object_and_to_without_an_exclusion_stays():
    result = classify(
        "New customs form",
        "From 3 March, a new customs form is required for sales to Norway and parcels to Canada.",
    )
    assert result.destinations == ["CA", "NO"]


# --- a region as the standard goods are made to --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "From 1 September it is no longer permitted to import cheese over 2 kg into Great "
        "Britain from EU countries, unless it is produced and packaged to EU commercial "
        "standards.",
        "From 1 September, cheese may no longer be sent to Great Britain unless it is labelled "
        "to EU food safety rules.",
    ],
)
def test_a_region_named_as_a_standard_is_no_destination(body):
    result = classify("Great Britain: cheese imports", body)
    assert result.destinations == ["GB"]


def test_a_region_before_its_members_stays_a_destination():
    result = classify(
        "Cheese",
        "From 1 September, cheese may no longer be sent to the EU member states.",
    )
    assert result.destinations == EU27


# --- the summaries of other alerts ------------------------------------------------------


_ALERT = "Due to the storm, we have suspended service to Puerto Rico until further notice.\n\n"


@pytest.mark.parametrize(
    "heading",
    ["Other active alerts:", "Other service alerts", "More alerts:"],
)
def test_the_summaries_under_a_heading_of_other_alerts_name_no_destination(heading):
    body = (
        _ALERT + f"{heading}\n"
        "Hurricane Irma - Caribbean: service to Anguilla and Sint Maarten remains limited; see "
        "separate alert.\n"
        "Earthquake - Mexico City: pickups and deliveries resumed on 21 September.\n"
    )
    result = classify("Storm: service impacts", body)
    assert result.change_kind == "suspension"
    assert result.destinations == ["PR"]


def test_news_told_under_a_heading_of_related_links_still_counts():
    # "Related links" heads pages, not other alerts: a sentence under it is news
    body = (
        "Parcels may be delayed this week.\n\nRelated links:\n"
        "Update: service to Anguilla is suspended until further notice.\n"
    )
    result = classify("Service update", body)
    assert "AI" in result.destinations


def test_eu_member_states_is_the_eu():
    result = classify(
        "Lithium batteries",
        "From 1 June, lithium batteries may no longer be sent to EU Member States.",
    )
    assert result.destinations == EU27


# --- a pointer to another alert -----------------------------------------------------------


@pytest.mark.parametrize(
    "pointer",
    [
        "For updates on shipments to Israel and Iran, see the related service alert.",
        "For information on shipments to Israel, please see our separate advisory.",
    ],
)
def test_a_place_named_only_in_a_pointer_to_another_alert_is_no_destination(pointer):
    body = (
        "Shipments to, from and within the GCC countries may experience delays of 24 to 72 "
        f"hours. {pointer}"
    )
    result = classify("Middle East airspace closures", body)
    assert result.change_kind == "delay"
    assert result.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


def test_news_about_a_place_before_see_also_still_counts():
    body = "Shipments to Israel are suspended until further notice. See also our FAQ page."
    assert classify("Service alert", body).destinations == ["IL"]


# --- claims are no mail -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Claims for late delivery cannot be accepted for shipments affected by the strike.",
        "Compensation claims will not be accepted for delays caused by the strike.",
        "Reklamationen wegen verspäteter Zustellung können nicht angenommen werden.",
    ],
)
def test_claims_that_are_not_accepted_are_no_stop_of_mail(sentence):
    body = (
        "We continue to accept shipments to Canada. Parcels may be delayed by several days in "
        f"the cities affected by the strike. {sentence}"
    )
    result = classify("Canada Post rotating strikes", body)
    assert result.change_kind == "delay"


def test_parcels_that_are_not_accepted_are_still_a_stop():
    body = (
        "Parcels to Canada cannot be accepted until the strike ends. Claims for late delivery "
        "are handled as usual."
    )
    assert classify("Canada Post strike", body).change_kind == "suspension"


# --- restrictions on people ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Service alert: COVID-19 restrictions in Shanghai",
            "Due to the lockdown, shipments to Shanghai may experience delays. We continue to "
            "accept shipments to China.",
        ),
        (
            "Lockdown restrictions in Auckland",
            "Deliveries in Auckland may be delayed by two days. All other services operate.",
        ),
    ],
)
def test_restrictions_on_people_are_a_cause_not_a_restriction_of_mail(title, body):
    assert classify(title, body).change_kind == "delay"


def test_restrictions_on_shipments_stay_a_restriction():
    result = classify(
        "New restrictions on shipments to China",
        "From 1 May, shipments to China are limited to 2 kg per parcel.",
    )
    assert result.change_kind == "restriction"
