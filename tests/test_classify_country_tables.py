"""A table of suspended destinations names the news; "all international mail classes" is a
range of services, and a remark on delays to every destination beside the table is not it."""

from __future__ import annotations

from monitor.classify import classify

TABLE = (
    "We are temporarily suspending acceptance of international mail for the countries listed "
    "below. The suspension applies to all international mail classes and extra services.\n\n"
    "Country | Effective date | Reason\nAngola | 03/27 | No transportation\nBhutan | 03/27 | No "
    "transportation\nChad | 03/27 | No transportation\nMalawi | 04/01 | No transportation\n"
    "Nepal | 03/27 | Destination post not accepting mail\nPeru | 04/01 | No transportation\n\n"
    "Mail to all other destinations continues to be accepted. However, customers should expect "
    "delays for all international mail."
)


def test_the_countries_of_a_table_are_the_destinations() -> None:
    result = classify("International service disruptions", TABLE, origin="US", source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["AO", "BT", "MW", "NP", "PE", "TD"]


def test_a_stop_of_all_international_mail_is_every_destination() -> None:
    result = classify(
        "Service suspended",
        "Because of the cyber attack, we have suspended all international mail until further "
        "notice.",
        origin="GB",
        source_kind="postal",
    )
    assert result.destinations == ["*"]
