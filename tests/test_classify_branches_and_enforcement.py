"""A post office that closes its counter for a week, and a customs press release about
smugglers charged in court: no change for senders of international parcels."""

from __future__ import annotations

from monitor.classify import classify


def test_counter_services_of_one_post_office_suspended_are_irrelevant() -> None:
    text = (
        "Counter services at Harbour Road Post Office will be temporarily suspended from 3 to 7 "
        "June for renovation works. During the suspension period, customers may use Central Post "
        "Office for postal services, including the posting of overseas parcels."
    )
    r = classify("Temporary suspension of counter services at Harbour Road Post Office", text)
    assert r.relevant is False


def test_acceptance_suspended_at_all_post_offices_is_a_suspension() -> None:
    text = (
        "With immediate effect, acceptance of parcels to Israel at all post offices is "
        "suspended until further notice."
    )
    r = classify("Suspension of acceptance at all post offices", text)
    assert (r.change_kind, r.destinations) == ("suspension", ["IL"])


def test_a_suspension_named_again_during_its_period_is_not_a_second_one() -> None:
    text = (
        "Parcels to Chile are delayed by about a week. During the suspension period of the "
        "Santiago airport's cargo terminal, items travel by road from Mendoza."
    )
    r = classify("Chile: delays", text, source_kind="carrier")
    assert r.change_kind == "delay"


def test_smugglers_charged_in_court_are_no_change_of_duty() -> None:
    text = (
        "Three men were charged in court today for smuggling duty-unpaid cigarettes into the "
        "country in parcels declared as clothes. The duty and GST evaded amounted to $196,400. "
        "Offenders can be fined up to 40 times the amount of duty evaded and jailed for up to "
        "six years. Parcels arriving through express couriers are subject to the same customs "
        "control as other imports."
    )
    r = classify(
        "Three men charged for smuggling duty-unpaid cigarettes in parcels",
        text,
        source_kind="customs",
        origin="SG",
    )
    assert r.relevant is False


def test_a_duty_change_announced_beside_a_smuggling_case_stays_news() -> None:
    text = (
        "From 1 January 2027, the excise duty on cigarettes imported by post or courier rises "
        "to $0.50 a stick. Last month three men were charged in court for smuggling cigarettes."
    )
    r = classify(
        "Excise duty on imported cigarettes to rise", text, source_kind="customs", origin="SG"
    )
    assert (r.relevant, r.change_kind) == (True, "duty_tax_change")
