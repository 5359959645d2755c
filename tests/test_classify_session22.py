"""Causes found in session 22, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- mail coming in to the sender's own country, written as an arrow or a hyphen route ----------


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Zollgebühren",
            "Ab 1. Januar brauchen Pakete nach Großbritannien neue Zollformulare. Für Pakete "
            "Großbritannien → Deutschland fallen Einfuhrabgaben an.",
            ["GB"],
        ),
        (
            "Customs",
            "Parcels to Switzerland need a new customs form from 1 March. Parcels "
            "Switzerland-Germany are charged import VAT on arrival.",
            ["CH"],
        ),
    ],
)
def test_a_route_home_written_as_an_arrow_or_hyphen_is_no_destination(title, body, expected):
    assert classify(title, body).destinations == expected


def test_a_route_written_as_a_hyphen_alone_keeps_its_destination():
    result = classify("Customs", "Parcels Switzerland-Germany need a new form from 1 March.")
    assert result.destinations == ["DE"]


# --- a line that points to another notice for a place -------------------------------------------


def test_a_place_with_a_pointer_to_another_update_is_no_destination():
    result = classify(
        "Update: sending to Canada",
        "Sending to Canada is no longer suspended. From today we accept all services to Canada "
        "again.\n\nOther international updates\n- USA: see our update on sending goods to the US\n"
        "- Israel: some services may take longer than normal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["CA"]


def test_a_japanese_pointer_to_a_separate_notice_is_no_destination():
    result = classify(
        "ロシアあて郵便物の引受停止について",
        "2022年3月2日から、ロシアあて郵便物の引受を一時停止いたします。"
        "なお、ベラルーシ及びウクライナあての郵便物については、別途お知らせをご確認ください。",
    )
    assert result.destinations == ["RU"]


# --- "Worldwide" in a service's name ----------------------------------------------------------


def test_worldwide_in_a_carriers_name_is_not_every_destination():
    result = classify(
        "Incident updates",
        "We have suspended all services to Haiti with immediate effect.\nParcelforce Worldwide\n"
        "Parcelforce Worldwide services to Haiti are also suspended.",
    )
    assert result.destinations == ["HT"]


def test_worldwide_in_a_name_is_every_destination_when_no_place_is_named():
    result = classify(
        "Cyber incident",
        "Due to a cyber incident we are unable to despatch Parcelforce Worldwide parcels. Please "
        "do not post export items.",
    )
    assert result.destinations == ["*"]


def test_mail_to_overseas_destinations_outweighs_a_home_service_that_runs_as_normal():
    result = classify(
        "International export services: cyber incident",
        "We are temporarily unable to despatch items to overseas destinations. Please do not "
        "post export items.\nWhat is not affected\n- Domestic letters and parcels in the UK are "
        "operating as normal.",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["*"]


@pytest.mark.parametrize("verb", ["sent", "shipped", "mailed"])
def test_no_sending_to_any_foreign_destination_is_a_ban_everywhere(verb):
    body = (
        f"E-cigarettes may not be {verb} to any foreign destination by any class of mail. "
        "Limited exceptions apply to shipments within Alaska and Hawaii."
    )
    result = classify("E-cigarettes now prohibited in the mail", body)
    assert result.destinations == ["*"]
    assert result.categories == ["tobacco_vapes"]


# --- places that remain suspended --------------------------------------------------------------


def test_places_that_remain_suspended_are_destinations_of_a_notice_of_suspensions():
    result = classify(
        "International incident updates",
        "We have suspended all services to Haiti with immediate effect.\n"
        "Services to the following destinations remain suspended until further notice:\n"
        "Afghanistan\nLibya\nYemen",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["AF", "HT", "LY", "YE"]


def test_places_that_remain_suspended_are_not_destinations_of_a_resumption():
    result = classify(
        "Services resumed",
        "From 1 June we accept mail to Australia and New Zealand again.\n"
        "Services to the following destinations remain suspended until further notice:\n"
        "Afghanistan\nLibya\nYemen",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["AU", "NZ"]


# --- kinds: aims, no impact, local stops, others' stops, links -------------------------------


def test_an_aim_of_minimal_disruption_is_no_delay():
    result = classify(
        "Our new hub",
        "We are working to ensure minimal disruption to parcels to Canada during the move to our "
        "new hub.",
    )
    assert result.change_kind != "delay"


def test_no_service_impact_is_no_stop():
    result = classify(
        "Hurricane update",
        "We are monitoring the storm's path toward Cuba and the Bahamas. At this time there is no "
        "service impact for shipments to those destinations.",
    )
    assert result.change_kind == "informational"


def test_a_stop_of_pickups_in_some_parishes_is_a_delay_of_the_country():
    result = classify(
        "Hurricane Melissa - Service Update",
        "Hurricane Melissa made landfall in Jamaica.\n"
        "- Pickup and delivery services are temporarily suspended in the parishes of St. "
        "Elizabeth and Westmoreland until conditions allow.\n"
        "- Shipments to and from Jamaica will experience delays.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["JM"]


def test_a_stop_others_announced_is_not_the_senders():
    result = classify(
        "Sending to the U.S.",
        "Many postal operators around the world have announced that they have stopped sending "
        "items to the United States. We continue to accept and deliver mail and parcels to the "
        "U.S. as usual. There is no change to our services.",
    )
    assert result.change_kind == "informational"


def test_a_list_of_links_under_related_holds_no_change():
    result = classify(
        "Sending to the U.S.",
        "We continue to accept and deliver mail and parcels to the U.S. as usual.\nRelated\n"
        "- Shipping to the U.S.\n- Prohibited and non-mailable items\n- Customs forms",
    )
    assert result.change_kind == "informational"


# --- categories --------------------------------------------------------------------------------


def test_documents_named_as_included_count_in_a_new_requirement():
    result = classify(
        "ICS2 Release 2",
        "From 3 June 2024 every shipment must carry complete ENS data before loading. All "
        "shipments, including documents, to Norway and Switzerland are affected.",
    )
    assert result.change_kind == "new_requirement"
    assert "documents" in result.categories


def test_traditional_chinese_e_cigarettes_are_tobacco_and_vapes():
    result = classify(
        "寄往澳洲郵件：不得載有電子煙",
        "澳洲政府已禁止輸入即棄式電子煙。寄往澳洲的郵件不得載有電子煙、煙彈及煙油。",
    )
    assert result.destinations == ["AU"]
    assert result.categories == ["tobacco_vapes"]
