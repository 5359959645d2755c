"""Updated notices: classify what the diff added; what disappeared from a list of suspended
destinations is a resumption for it."""

from __future__ import annotations

from monitor.classify import classify_change

HEAD = "Mail acceptance is suspended for the following destinations:\n"


def test_a_country_added_to_a_suspension_list_is_a_suspension_for_it_alone():
    old = HEAD + "- Chile\n- Peru\n"
    new = HEAD + "- Chile\n- Peru\n- Bolivia\n"
    result = classify_change("Suspended destinations", old, new)
    assert result.relevant and result.change_kind == "suspension"
    assert result.destinations == ["BO"]
    full = "Suspended destinations\n" + new
    ev = [e for e in result.evidence if e["field"] == "destinations"]
    assert full[ev[0]["start"] : ev[0]["end"]].strip("- \n") == "Bolivia"


def test_a_country_that_disappears_from_the_list_is_a_resumption():
    old = HEAD + "- Chile\n- Peru\n- Bolivia\n"
    new = HEAD + "- Chile\n- Bolivia\n"
    result = classify_change("Suspended destinations", old, new)
    assert result.change_kind == "resumption" and result.severity == "medium"
    assert result.destinations == ["PE"]
    ev = [e for e in result.evidence if e["field"] == "destinations"]
    assert (
        ev[0]["text"] == "Peru"
        and (old and ("Suspended destinations\n" + old))[ev[0]["start"] : ev[0]["end"]] == "Peru"
    )


def test_a_vanished_suspension_notice_is_a_resumption_for_its_destinations():
    old = "Because of the conflict, we have suspended all mail to Sudan."
    result = classify_change("Sudan - suspension", old, "")
    assert result.change_kind == "resumption" and result.destinations == ["SD"]


def test_an_update_that_adds_only_noise_is_irrelevant():
    old = "Mail to Haiti is suspended until further notice.\nContact: help desk."
    new = "Mail to Haiti is suspended until further notice.\nContact: help desk, 9am to 5pm."
    result = classify_change("Haiti", old, new)
    assert not result.relevant and result.severity == "none"


def test_an_added_paragraph_about_another_country_is_classified_alone():
    old = "Kenya\nMail to Kenya is delayed because of floods."
    new = old + "\n\nLesotho\nAcceptance of parcels for Lesotho is suspended from 2 June."
    result = classify_change("Service updates", old, new)
    assert result.change_kind == "suspension" and result.destinations == ["LS"]


def test_a_german_update_that_lifts_a_stop():
    old = "Die Annahme von Paketen nach Israel ist ausgesetzt."
    new = old + "\nUpdate: Seit heute werden Pakete nach Israel wieder angenommen."
    result = classify_change("Israel", old, new)
    assert result.change_kind == "resumption" and result.destinations == ["IL"]


def test_a_status_table_row_that_goes_back_to_accepted_is_a_resumption():
    old = (
        "Acceptance by destination\n"
        "Peru | Air: suspended | EMS: suspended\n"
        "Chile | Air: accepted | EMS: accepted\n"
    )
    new = old.replace(
        "Peru | Air: suspended | EMS: suspended", "Peru | Air: accepted | EMS: accepted"
    )
    result = classify_change("International mail status", old, new)
    assert result.change_kind == "resumption" and result.destinations == ["PE"]
    full = "International mail status\n" + new
    ev = [e for e in result.evidence if e["field"] == "destinations"][0]
    assert full[ev["start"] : ev["end"]].startswith("Peru | Air: accepted")


def test_a_status_table_row_that_changes_to_suspended_concerns_that_row_only():
    old = (
        "Acceptance by destination\n"
        "Peru | Air: suspended | EMS: suspended\n"
        "Chile | Air: accepted | EMS: accepted\n"
    )
    new = old.replace(
        "Chile | Air: accepted | EMS: accepted", "Chile | Air: suspended | EMS: accepted"
    )
    result = classify_change("International mail status", old, new)
    assert result.change_kind == "suspension" and result.destinations == ["CL"]
