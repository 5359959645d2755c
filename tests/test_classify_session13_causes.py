"""Causes found in session 13, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    "tail",
    [
        "Letters and documents aren't affected.",
        "Letters and postcards won't be affected.",
        "Letter mail isn't impacted by this limit.",
    ],
)
def test_letters_said_unaffected_in_a_contraction_are_left_out(tail):
    result = classify(
        "Fiji: parcel weight limit",
        f"From 3 March, parcels to Fiji must not weigh more than 5 kg. {tail}",
    )
    assert result.destinations == ["FJ"]
    assert result.categories == ["all_goods"]


def test_letters_affected_without_a_contraction_still_count():
    """The guard: a notice that stops letters too keeps documents."""
    result = classify(
        "Fiji: service suspended",
        "From 3 March, letters and parcels to Fiji cannot be accepted.",
    )
    assert result.categories == ["all_goods", "documents"]


@pytest.mark.parametrize(
    "menu",
    [
        "Acme Post | Letters | Parcels | Track | Help",
        "Privatkunden | Briefe | Pakete | Sendungsverfolgung | Hilfe",
        "Home | Letters & postcards | Business | Sign in",
    ],
)
def test_a_sites_menu_bar_names_no_goods(menu):
    """A page's menu ("Letters | Parcels | Business") links to the site's sections: a notice
    that stops parcels to Chile under it does not stop letters, nor concern business senders."""
    result = classify(
        "Chile: parcels not accepted",
        f"{menu}\nHome > Service notices\n\n"
        "Because of the flooding at the airport of Santiago we can no longer accept parcels "
        "to Chile until further notice.",
    )
    assert result.destinations == ["CL"]
    assert result.categories == ["all_goods"]


def test_a_table_row_with_pipes_is_no_menu():
    """The guard: the header of a table of services keeps its words, as the rows under it do."""
    result = classify(
        "Chile: service changes",
        "Service | Letters | Parcels | Express\n"
        "Chile | suspended | suspended | suspended\n\n"
        "From 3 March no mail can be sent to Chile.",
    )
    assert result.destinations == ["CL"]
    assert "documents" in result.categories


def test_a_sentence_with_pipes_in_the_body_is_no_menu():
    """A line of long cells further down the page is content, not the menu bar."""
    result = classify(
        "Chile: letters suspended",
        "Notice of 3 March\n\nWe have news.\n\nAbout Chile:\n"
        "Letters to Chile cannot be accepted | Parcels go on as usual | Express goes on\n",
    )
    assert "documents" in result.categories
