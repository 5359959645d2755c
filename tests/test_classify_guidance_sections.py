"""Guidance sections of a page ("Customs information", "Compensation", "Need help?") state the
standing rules; the news is elsewhere on the page."""

from __future__ import annotations

from monitor.classify import classify

PAGE = (
    "Personal | Business | Track your item | Buy postage | Redelivery | Help\n"
    "Home > Sending > International > International incident bulletin\n\n"
    "International incident bulletin\nLast updated: 19 March 2026\n\n"
    "This page gives you the latest information on international incidents that affect our "
    "services. We work closely with overseas postal operators to keep disruption to a minimum, "
    "and we update this page as soon as we hear of any change.\n\n"
    "Peru\n"
    "Following the end of the strike at the Peruvian post, we have resumed sending items to "
    "Peru. Items held during the strike have been dispatched; the Peruvian post is working "
    "through a large backlog. You can now post items to Peru as normal.\n\n"
    "Customs information\n"
    "All items containing goods sent abroad need a customs declaration. Declarations must "
    "include a full description, value and tariff code. Missing customs information causes "
    "delays.\n\n"
    "Compensation\n"
    "Delays caused by events outside our control are not covered by guaranteed refunds.\n\n"
    "Tracking your item\n"
    "Tracking updates may be delayed while overseas operators clear backlogs.\n\n"
    "Before you send\n"
    "Strikes, storms and public holidays abroad cause delays and backlogs; check this page "
    "before you post."
)


def test_the_news_wins_over_the_standing_guidance_of_the_page() -> None:
    r = classify("International incident bulletin", PAGE, origin="GB")
    assert (r.change_kind, r.destinations) == ("resumption", ["PE"])


def test_a_dated_change_under_a_guidance_heading_is_news() -> None:
    text = (
        "Customs information\n"
        "From 1 July 2026, all items containing goods sent to Peru need an electronic customs "
        "declaration with a six-digit HS code."
    )
    r = classify("Sending to Peru", text, origin="GB")
    assert (r.change_kind, r.destinations) == ("new_requirement", ["PE"])


def test_a_dated_line_of_a_notice_is_no_guidance_heading() -> None:
    text = (
        "Hinweis vom 03.03.2026\n\n"
        "Der Versand von Arzneimitteln an Privatpersonen in Deutschland ist nur zulässig, wenn "
        "die ausländische Apotheke dazu befugt ist. Sendungen aus Indien mit Arzneimitteln "
        "werden vom Zoll angehalten und eingezogen."
    )
    r = classify("Arzneimittel aus dem Internet", text, origin="DE", source_kind="customs")
    assert r.relevant is True
    assert r.destinations == ["DE"]


def test_an_aim_against_disruption_beside_a_real_delay_keeps_the_delay() -> None:
    text = (
        "Mail to Chile is delayed by up to a week because of the strike at the Chilean post. "
        "We are working with our partners to keep disruption to a minimum."
    )
    r = classify("Chile: strike", text, origin="GB")
    assert (r.change_kind, r.destinations) == ("delay", ["CL"])


def test_goods_listed_under_a_guidance_heading_are_no_categories_of_the_news() -> None:
    text = (
        "From 1 January 2027, loose lithium batteries and power banks can no longer be sent "
        "abroad. Devices with built-in batteries may only be sent with our premium parcel.\n\n"
        "Other prohibited items\n"
        "Aerosols, perfumes, flammable liquids, weapons, cash and live animals are also excluded "
        "from international mail or only accepted with restrictions."
    )
    r = classify("Lithium batteries in international mail: changes from 1 January", text)
    assert r.categories == ["lithium_batteries"]
