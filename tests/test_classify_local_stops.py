"""Pickup and delivery stopped in some areas of a country, or a flight link ended while mail is
still accepted, delay mail: they do not stop sending to the country. Georgia, once a US state in
a notice, stays one in its headings."""

from __future__ import annotations

import pytest

from monitor.classify import classify


def test_delivery_suspended_in_some_zip_codes_is_a_delay() -> None:
    result = classify(
        "Service alert: Hurricane Milton - Florida",
        "Pickup and delivery services have been temporarily suspended in a number of ZIP "
        "codes. International shipments inbound to the affected areas may experience delays.",
        origin="US",
    )
    assert result.change_kind == "delay"


def test_a_suspension_of_acceptance_to_a_country_stays_a_suspension() -> None:
    result = classify(
        "Service alert: Tonga",
        "Acceptance of all mail to Tonga has been suspended until further notice.",
        origin="US",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["TO"]


def test_georgia_as_a_heading_under_a_title_of_us_states_is_the_state() -> None:
    result = classify(
        "Service Alert: Hurricane Helene - Georgia, North Carolina, Tennessee",
        "Georgia\nDelivery is suspended in parts of Augusta, ZIP Codes 30901 and 30904. Inbound "
        "international mail to these ZIP Codes is held and will be delivered as soon as it is "
        "safe.\n\nNorth Carolina\nSome delivery delays are expected.",
        origin="US",
    )
    assert "GE" not in result.destinations
    assert result.change_kind == "delay"


def test_an_ended_air_link_with_acceptance_as_usual_is_a_delay_in_russian() -> None:
    result = classify(
        "Изменение маршрута отправлений в Грузию",
        "В связи с прекращением прямого авиасообщения международные почтовые отправления в "
        "Грузию будут направляться наземным транспортом. Приём отправлений в Грузию "
        "осуществляется в обычном порядке, сроки доставки увеличатся на 5-7 дней. "
        "Отправления в Армению доставляются в обычные сроки.",
        origin="RU",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["GE"]


def test_flights_into_and_out_of_countries_name_destinations_and_undelayed_ones_are_not() -> None:
    result = classify(
        "International service disruptions - Europe (volcanic ash)",
        "Commercial flights into and out of Ireland, Norway and Sweden have been grounded. "
        "Mail addressed to these countries is being held until air transport is available; "
        "expect delays. Items for Spain and Italy are dispatched through Madrid and are not "
        "significantly delayed.",
        origin="US",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["IE", "NO", "SE"]


def test_places_of_a_sentence_opening_with_previously_are_not_this_news() -> None:
    result = classify(
        "Укрпошта відновлює приймання відправлень ще до 3 країн",
        "З 5 квітня Укрпошта відновлює приймання міжнародних посилок до таких країн: Австрія, "
        "Бельгія, Данія.\n\nРаніше приймання вже було відновлено до Польщі та Німеччини.",
        origin="UA",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["AT", "BE", "DK"]


def test_previously_alone_in_a_notice_keeps_its_places() -> None:
    result = classify(
        "Service to Peru",
        "Previously, acceptance of mail to Peru was suspended. It remains suspended until "
        "further notice.",
        origin="US",
    )
    assert result.destinations == ["PE"]


def test_parcels_that_need_a_registration_number_state_a_new_requirement() -> None:
    result = classify(
        "New customs rules for Norway",
        "From 1 April all parcels to Norway need a VOEC number.",
        origin="SE",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["NO"]


@pytest.mark.parametrize(
    "text",
    [
        "Need a tracking number? Visit our website to find it.",
        "Our branches open at 9:00. Customers who need a parcel label can print it at home.",
    ],
)
def test_a_need_that_states_no_rule_is_quiet(text) -> None:
    result = classify("Customer information", text, origin="GB")
    assert not result.relevant
