"""Cases a second read-only review of the later rules of held-out sets 21 and 22 reproduced:
each rule is checked from the side where it overreached."""

from __future__ import annotations

from monitor.classify import classify


def _c(title: str, text: str, origin: str, kind: str = "postal"):
    return classify(title, text, origin=origin, source_kind=kind)


def test_all_international_mail_services_suspended_is_every_destination() -> None:
    r = _c(
        "Cyber incident update",
        "All international mail services remain suspended. Mail to the Channel Islands and the "
        "Isle of Man is not affected.",
        "GB",
    )
    assert r.destinations == ["*"]


def test_a_rule_for_all_countries_above_a_table_of_dates_stays_for_all() -> None:
    r = _c(
        "Electronic customs data",
        "From 1 March, electronic customs data is required for items to all countries outside "
        "the EU.\n\nCountry | Date\nUnited States | 1 March\nCanada | 1 March\n"
        "Australia | 1 March\nNorway | 1 March\nSwitzerland | 1 March\nJapan | 1 March",
        "DE",
    )
    assert r.destinations == ["*"]


def test_a_previous_notice_link_above_the_news_cuts_nothing() -> None:
    r = _c(
        "Service notice",
        "Home > Service alerts > International service alerts > Notice\nPrevious notice\nWith "
        "immediate effect we have suspended acceptance of all mail to Haiti.",
        "US",
    )
    assert r.change_kind == "suspension"
    assert r.destinations == ["HT"]


def test_a_job_word_in_the_title_of_a_stop_keeps_the_stop() -> None:
    r = _c(
        "Canada Post workers strike over jobs",
        "Canada Post employees have gone on strike over job security. We have therefore "
        "suspended acceptance of all mail to Canada until further notice. Items to Canada will "
        "not be accepted.",
        "GB",
    )
    assert r.change_kind == "suspension"


def test_excise_goods_given_as_examples_of_a_duty_change_leave_it_about_goods() -> None:
    """Session 13 reversed this case: a duty change names goods of its own only with a rate,
    a list of goods subject to it, "duty on ..." or in its title. Goods given as examples
    ("excise goods such as alcohol and tobacco") are labelled all goods in the evaluation sets
    (duty changes name specific goods in 19 of 281 labelled notices)."""
    r = _c(
        "End of duty relief for excise goods",
        "From 1 July, excise goods such as alcohol and tobacco are no longer eligible for the "
        "low-value duty exemption.",
        "AU",
        "customs",
    )
    assert r.change_kind == "duty_tax_change"
    assert r.categories == ["all_goods"]


def test_a_duty_with_its_own_rate_names_its_goods() -> None:
    r = _c(
        "New duty rates",
        "From 1 July, a duty of 25% applies to alcohol and tobacco imported by post.",
        "AU",
        "customs",
    )
    assert r.categories == ["alcohol", "tobacco_vapes"]


def test_german_auf_die_before_a_union_is_no_destination() -> None:
    r = _c(
        "Neue US-Zölle",
        "Die USA erheben seit dem 9. April Zusatzzölle auf Warensendungen. Die Zölle auf die EU "
        "betragen 20 %. Für Sendungen in die USA fallen daher höhere Abgaben an.",
        "DE",
    )
    assert r.destinations == ["US"]


def test_a_stop_already_in_place_and_extended_keeps_its_place() -> None:
    r = _c(
        "Update on service",
        "Because of the unrest, the suspension already in place for mail to Haiti is extended "
        "until 31 March, and mail to the Dominican Republic is delayed.",
        "US",
    )
    assert "HT" in r.destinations
