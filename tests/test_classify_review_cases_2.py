"""Cases a read-only review of the rules added with held-out sets 17 and 18 reproduced: each rule
is checked from the side where it overreached (a real change must stay a change, a scope must
stay a scope, and a destination must not be lost)."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("origin", "title", "text", "code"),
    [
        (
            "HK",
            "Service to China",
            "Due to the Lunar New Year holidays, acceptance of all items will be suspended from "
            "20 January to 10 February.",
            "CN",
        ),
        (
            "GB",
            "Service to Israel",
            "During the Passover holiday, acceptance of all mail is suspended.",
            "IL",
        ),
    ],
)
def test_a_stop_of_acceptance_over_a_holiday_stays_a_stop(origin, title, text, code) -> None:
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == [code]


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "DE",
            "Japan",
            "Airmail to Japan is suspended due to reduced flight capacity. Surface mail is also "
            "suspended; we will continue to inform you.",
        ),
        (
            "GB",
            "Service update",
            "Acceptance of all items to Japan is suspended, including airmail and surface mail. "
            "We continue to monitor the situation.",
        ),
        (
            "NZ",
            "Japan",
            "Priority and Standard services to Japan are suspended. Please choose an "
            "alternative carrier; sea mail is not available either.",
        ),
    ],
)
def test_surface_mail_that_is_stopped_too_leaves_the_stop_whole(origin, title, text) -> None:
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["JP"]


@pytest.mark.parametrize(
    ("origin", "title", "text", "code"),
    [
        (
            "PL",
            "Ukraine",
            "Acceptance of parcels for delivery to certain regions of Ukraine is suspended "
            "until further notice.",
            "UA",
        ),
        (
            "DE",
            "Russia",
            "Delivery to some regions of Russia has been suspended. Items will be returned to "
            "the sender.",
            "RU",
        ),
    ],
)
def test_a_stop_for_regions_of_a_named_country_stays_a_stop(origin, title, text, code) -> None:
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == [code]


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "FI",
            "Service update",
            "We would like to remind customers that postage prices have not changed. From 1 "
            "April, however, we can no longer accept parcels to Russia.",
        ),
        (
            "AT",
            "Mitteilung",
            "Wir erinnern daran, dass sich an den Portopreisen nichts geändert hat. Ab 1. Juli "
            "werden jedoch keine Pakete nach Russland mehr angenommen.",
        ),
    ],
)
def test_a_reminder_that_prices_have_not_changed_leaves_a_stop_after_it(
    origin, title, text
) -> None:
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["RU"]


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "ES",
            "Envíos a EE. UU.",
            "Desde el 29 de agosto, también se suspende la admisión de envíos comerciales con "
            "destino a EE. UU. Los envíos entre particulares se siguen admitiendo.",
        ),
        (
            "IE",
            "USA",
            "Likewise, commercial shipments to the United States are no longer accepted from 29 "
            "August.",
        ),
    ],
)
def test_also_does_not_widen_a_stop_of_sales_to_all_mail(origin, title, text) -> None:
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.destinations == ["US"]
    assert "commercial_goods" in result.categories
    assert "documents" not in result.categories


def test_georgia_the_country_in_a_list_beside_a_storm_in_georgia_the_state() -> None:
    result = classify(
        "Service alerts",
        "Hurricane Helene: deliveries in Georgia, North Carolina and Tennessee are delayed.\n"
        "International: acceptance of mail to Armenia, Georgia and Azerbaijan is suspended "
        "until further notice.",
        origin="US",
        source_kind="postal",
    )
    assert result.destinations == ["AM", "AZ", "GE"]


def test_earlier_as_an_adjective_is_no_history() -> None:
    result = classify(
        "Middle East",
        "We have suspended all mail to Iran. Earlier posting deadlines apply to Australia and "
        "New Zealand, where flights are reduced and items will be delayed.",
        origin="GB",
        source_kind="postal",
    )
    assert result.destinations == ["AU", "IR", "NZ"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Zollabwicklung Schweiz",
            "Ab 1. Januar 2026 ist für alle Warensendungen in die Schweiz eine elektronische "
            "Zollanmeldung erforderlich. Sendungen ohne elektronische Daten werden nicht "
            "angenommen.",
        ),
        (
            "Neue Zollregeln USA",
            "Ab 29. August gelten neue Zollregeln für Sendungen in die USA: Der Empfänger muss "
            "Zollgebühren bezahlen. Wird eine Sendung vom Empfänger nicht angenommen, geht sie "
            "an den Absender zurück.",
        ),
    ],
)
def test_a_refusal_by_the_recipient_or_for_missing_data_is_no_suspension(title, text) -> None:
    result = classify(title, text, origin="DE", source_kind="postal")
    assert result.change_kind != "suspension"


def test_unchanged_rules_on_one_side_of_but_leave_the_category_that_changed() -> None:
    result = classify(
        "Changes for Norway",
        "The rules for perfumes and lithium batteries remain unchanged, but meat and dairy "
        "products can no longer be sent to Norway from 1 April.",
        origin="SE",
        source_kind="postal",
    )
    assert result.destinations == ["NO"]
    assert "food" in result.categories


def test_portuguese_goods_that_remain_suspended_are_goods() -> None:
    result = classify(
        "Envios para os EUA",
        "As remessas de mercadorias para os Estados Unidos permanecem suspensas a partir de 29 "
        "de agosto.",
        origin="PT",
        source_kind="postal",
    )
    assert result.categories == ["all_goods"]


def test_find_out_what_changes_is_the_news_itself() -> None:
    result = classify(
        "Service update",
        "Find out what changes on 1 July: all parcels to Norway require a VOEC number.",
        origin="SE",
        source_kind="postal",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["NO"]


def test_to_or_from_in_a_sentence_of_an_unchanged_surcharge_adds_no_destination() -> None:
    result = classify(
        "Surcharge country list update",
        "The following countries will be added to the list: Haiti, Niger.\n\nRestricted "
        "destination surcharge: no change. The surcharge continues to apply to shipments to or "
        "from Libya and Syria.",
        source_kind="carrier",
    )
    assert result.destinations == ["HT", "NE"]


def test_however_inside_one_clause_keeps_its_examples_exempt() -> None:
    result = classify(
        "Fleisch aus Nicht-EU-Staaten ist tabu",
        "Die Einfuhr von Fleisch und Milchprodukten aus Nicht-EU-Staaten nach Deutschland per "
        "Post ist verboten. Für Tabakwaren und Alkohol gelten jedoch "
        "Mengenbeschränkungen, zum Beispiel 50 Zigaretten.",
        origin="DE",
        source_kind="customs",
    )
    assert "alcohol" not in result.categories
    assert "tobacco_vapes" not in result.categories
    assert "food" in result.categories
