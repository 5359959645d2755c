"""Causes found in session 8's held-out notices, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.text import Doc


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Surface mail to Norway suspended",
            "Surface mail services to Norway and Sweden will be suspended with effect from "
            "15 January until further notice. Customers may consider using air mail services "
            "for items posted to these destinations.",
        ),
        (
            "Service update",
            "Sea mail to New Zealand is suspended until further notice because of the shipping "
            "crisis. Airmail is not affected.",
        ),
        (
            "Versand nach Zypern",
            "Der Versand auf dem Landweg nach Zypern wird ab 1. März eingestellt. Sendungen per "
            "Luftpost sind weiterhin möglich.",
        ),
        (
            "Avis",
            "Le courrier par voie de surface à destination de la Réunion est suspendu jusqu'à "
            "nouvel ordre. Les envois par avion restent possibles.",
        ),
    ],
)
def test_a_stopped_way_of_sending_beside_one_left_open_is_a_restriction(title, text):
    assert classify(title, text).change_kind == "restriction"


@pytest.mark.parametrize(
    "text",
    [
        "All mail to Yemen, by air and by surface, is suspended until further notice.",
        "Air mail to Yemen is suspended. Surface mail is also suspended.",
        # "not affected" that speaks of other places, not of the other way of sending
        "Parcels and EMS items to Russia will not be accepted. Items to Kazakhstan are not "
        "affected: they will be sent by air via Riga.",
    ],
)
def test_no_way_of_sending_left_open_stays_a_suspension(text):
    assert classify("Service update", text).change_kind == "suspension"


def test_a_german_day_of_the_month_ends_no_sentence():
    doc = Doc.make("Hinweis", "Der Versand wird ab 1. März eingestellt. Danach gilt Neues.")
    start = doc.full.index("Der")
    assert doc.sentence_of(start) == doc.sentence_of(doc.full.index("eingestellt"))
    assert doc.sentence_of(start) != doc.sentence_of(doc.full.index("Danach"))
