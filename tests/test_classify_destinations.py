"""Destinations: a named country is one only when the notice sends things there."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU27 = sorted(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)


def dest(title: str, text: str, **kw) -> list[str]:
    result = classify(title, text, **kw)
    assert result.relevant, result
    return result.destinations


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # destination cues
        ("Service update", "Mail to Peru is suspended until further notice.", ["PE"]),
        ("Service update", "Items destined for Chile will be returned; service suspended.", ["CL"]),
        ("Service update", "US-bound parcels are suspended from 1 May.", ["US"]),
        ("Service update", "Delivery in Iceland is delayed by snowstorms.", ["IS"]),
        ("Service update", "Imports into Mexico now require a tax ID for every parcel.", ["MX"]),
        # origin and transit are not destinations
        (
            "Delays",
            "Parcels from China to Canada are delayed; goods originating in Vietnam too.",
            ["CA"],
        ),
        ("Routing", "Mail to Armenia is now routed via Georgia and is delayed.", ["AM"]),
        ("Routing", "Post für Armenien wird über Georgien geleitet und verzögert sich.", ["AM"]),
        ("Suspension", "Shipments made in Japan and sent to Korea are suspended.", ["KR"]),
        ("Suspension", "We suspended shipments to and from Belarus.", ["BY"]),
        # an unaffected country is not a destination when another one is
        ("Suspension", "Mail to Niger is suspended, while Nigeria is not affected.", ["NE"]),
        ("Suspension", "Mail to all countries except Cuba is suspended.", ["*"]),
        # other languages
        ("Annahmestopp", "Die Post nimmt keine Pakete für Kuba mehr an.", ["CU"]),
        ("Suspension", "Les envois à destination de la Tunisie sont suspendus.", ["TN"]),
        ("Suspensión", "Se suspenden los envíos con destino a Venezuela.", ["VE"]),
        ("Sospensione", "Sospese le spedizioni verso la Libia.", ["LY"]),
        ("Приостановка", "Приостановлен приём посылок в Казахстан из Китая.", ["KZ"]),
        ("暂停", "暂停寄往巴西的邮件。", ["BR"]),
        ("引受停止", "ブラジル宛ての郵便物の引受けを停止します。", ["BR"]),
        ("एयरमेल", "ब्राज़ील के लिए डाक की बुकिंग निलंबित है।", ["BR"]),
    ],
)
def test_destination_origin_and_transit(title, text, expected):
    assert dest(title, text) == expected


def test_the_title_names_the_subject():
    assert dest("Fiji - cyclone", "Severe delays are expected for all mail.") == ["FJ"]


def test_a_list_under_the_following_countries():
    text = (
        "We will suspend acceptance of international mail addressed to the following "
        "countries:\n\n1. Nauru\n2. Tuvalu\n3. Kiribati\n\n"
        "Shipments from Australia are not affected."
    )
    assert dest("Temporary suspension", text) == ["KI", "NR", "TV"]


def test_regions_expand_to_their_members():
    assert dest("Lithium", "Power banks can no longer be sent to the EU.") == EU27
    gulf = dest("Delay", "Parcels for the Gulf states are delayed.")
    assert gulf == ["AE", "BH", "KW", "OM", "QA", "SA"]


@pytest.mark.parametrize(
    "text",
    [
        "We no longer accept e-cigarettes for all international destinations.",
        "Vapes are prohibited worldwide from 1 June.",
        "From 1 June, lithium batteries may not be mailed to any country.",
        "Ab 1. Juni sind Lithiumbatterien in alle Länder verboten.",
    ],
)
def test_everywhere_means_star(text):
    assert dest("Notice", text) == ["*"]


def test_no_destination_named_means_every_destination():
    result = classify("Important information", "Until further notice we will not accept knives.")
    assert result.destinations == ["*"]
    assert any(e["field"] == "destinations" and e["value"] == "*" for e in result.evidence)


def test_the_sources_own_country_is_never_a_destination():
    text = "Because of a strike in New Zealand, all outgoing international mail is delayed."
    assert dest("Strike", text, origin="NZ") == ["*"]


def test_a_customs_authority_speaks_about_imports_into_its_own_country():
    text = (
        "From 1 July, goods from all countries arriving by post must be declared "
        "electronically; items from China and Turkey are included."
    )
    assert dest("New rules", text, origin="AU", source_kind="customs") == ["AU"]
    # without a configured origin, the authority's own name says where it is
    text2 = "U.S. Customs and Border Protection will require advance data for all mail shipments."
    assert dest("Notice", text2, source_kind="customs") == ["US"]


def test_territories_with_their_own_code_are_their_own_destinations():
    text = "Mail to the US and its territories (Guam, Puerto Rico) is suspended."
    assert dest("Suspension", text) == ["GU", "PR", "US"]


def test_country_headings_in_a_multi_item_page():
    text = (
        "International updates\n\nPeru\n\nPostal services in Peru are suspended.\n\n"
        "Kenya - Uganda\n\nMail is delayed due to flooding.\n\n"
        "Items sent from Chile may take longer."
    )
    assert dest("Updates", text) == ["KE", "PE", "UG"]


def test_destination_evidence_points_at_the_words():
    title, text = "Notice", "From Monday, mail to Ghana is suspended."
    result = classify(title, text)
    full = title + "\n" + text
    ev = [e for e in result.evidence if e["field"] == "destinations"]
    assert ev and ev[0]["value"] == "GH"
    assert full[ev[0]["start"] : ev[0]["end"]] == "to Ghana" == ev[0]["text"]


def test_inbound_mail_into_the_sources_own_country_makes_it_the_destination():
    text = "We will suspend acceptance of inbound parcels from Peru into the United States."
    assert dest("Inbound suspension", text, origin="US", source_kind="postal") == ["US"]


def test_a_named_customs_authority_gives_the_destination_when_no_country_is_named():
    text = "CBSA: goods imported by courier over CAD 150 will pay duties and taxes from 1 June."
    assert dest("Low-value imports", text) == ["CA"]
