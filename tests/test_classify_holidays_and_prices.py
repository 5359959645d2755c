"""Holiday pages whose only delay is a possible one at home, and press releases that prices
stay the same: nothing for a sender of international parcels."""

from __future__ import annotations

from monitor.classify import classify

EASTER = (
    "Most Post Offices will be closed on Good Friday and Easter Monday. Some Post Offices will "
    "open on Easter Saturday with reduced trading hours.\n\n"
    "Deliveries\nThere will be no deliveries on Good Friday or Easter Monday. Parcels sent in "
    "the days before Easter may be delayed by one business day."
)


def test_a_possible_domestic_delay_over_easter_is_irrelevant() -> None:
    r = classify("Easter 2026: Post Office trading hours and deliveries", EASTER, origin="NZ")
    assert r.relevant is False


def test_a_holiday_delay_of_mail_to_a_country_is_news() -> None:
    text = EASTER + " Items to Samoa will be delayed by a week because of the holiday flights."
    r = classify("Easter 2026: Post Office trading hours and deliveries", text, origin="NZ")
    assert r.relevant is True
    assert r.change_kind == "delay"
    assert r.destinations == ["WS"]


def test_prices_that_stay_the_same_are_irrelevant() -> None:
    text = (
        "Die Post hält die Preise für Briefe und Postkarten im Inland auch 2027 konstant. Auch "
        "die Zusatzleistungen bleiben unverändert. Die Preise für Briefe ins Ausland sind "
        "ebenfalls unverändert."
    )
    r = classify("Porto 2027: Briefpreise bleiben stabil", text, origin="DE")
    assert r.relevant is False


def test_service_that_goes_on_to_a_country_in_a_price_title_stays_relevant() -> None:
    text = "Deliveries to Ukraine continue as normal despite the power cuts."
    r = classify("Prices and service to Ukraine", text, origin="PL")
    assert (r.relevant, r.change_kind, r.destinations) == (True, "informational", ["UA"])
