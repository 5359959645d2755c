"""Kinds: a French "accepted only if" is a limit; a consultation on the details after a decided
change leaves the change standing; pickups stopped in named towns are a local delay."""

from __future__ import annotations

from monitor.classify import classify


def test_french_accepted_only_as_gifts_is_a_restriction() -> None:
    result = classify(
        "Envois vers les États-Unis : ce qui change",
        "À partir du 25 août :\n- les envois de marchandises vers les États-Unis ne sont "
        "acceptés que s'il s'agit de cadeaux d'une valeur inférieure à 100 dollars ;\n- les "
        "envois commerciaux ne sont plus acceptés.",
        origin="FR",
        source_kind="postal",
    )
    assert result.change_kind == "restriction"
    assert result.destinations == ["US"]


def test_a_consultation_on_details_after_a_decided_change_keeps_the_change() -> None:
    result = classify(
        "Low value imports: customs duty relief to be removed",
        "The government will remove the customs duty relief for imports of goods valued at "
        "£135 or less by March 2029, so that low-value parcels sent to the UK become liable to "
        "customs duty. A consultation on the design of the new arrangements will follow.",
        origin="GB",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"


def test_a_consultation_on_a_proposed_change_is_informational() -> None:
    result = classify(
        "Consultation: customs duty relief on low value imports",
        "We are launching a consultation on removing the customs duty relief for imports of "
        "goods valued at £135 or less. The relief could be removed from 2029.",
        origin="GB",
        source_kind="customs",
    )
    assert result.change_kind == "informational"


def test_pickups_stopped_in_named_towns_are_a_delay() -> None:
    result = classify(
        "Typhoon - Taiwan",
        "Due to the typhoon, pickups and deliveries in Kaohsiung, Pingtung and Tainan are "
        "suspended on 2 and 3 October. Packages to and from Taiwan may be delayed.",
        source_kind="carrier",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["TW"]


def test_deliveries_stopped_to_a_country_stay_a_suspension() -> None:
    result = classify(
        "Service alert",
        "Deliveries in Haiti are suspended until further notice because of unrest.",
        source_kind="carrier",
    )
    assert result.change_kind == "suspension"


def test_german_haelt_die_preise_is_no_halt() -> None:
    result = classify(
        "Porto 2026: Briefpreise bleiben stabil",
        "Die Deutsche Post hält die Preise für Briefe und Postkarten im Inland auch im Jahr "
        "2026 konstant.",
        origin="DE",
        source_kind="postal",
    )
    assert result.change_kind != "suspension"


def test_an_english_halt_of_mail_is_still_a_suspension() -> None:
    result = classify(
        "Service to Sudan",
        "We halt the acceptance of all mail to Sudan with immediate effect.",
        origin="GB",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
