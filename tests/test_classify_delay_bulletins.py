"""An incident bulletin: a delay for one country, with acceptance going on ("will continue to
be accepted, but expect delays"), beside a pointer to another country's page and general
guidance that names goods."""

from __future__ import annotations

from monitor.classify import classify

BULLETIN = (
    "This page tells you about incidents which may cause delays to your international mail.\n\n"
    "If you're sending to the USA, please see our dedicated USA updates page for the latest "
    "information on customs requirements.\n\nCurrent incidents\n\nMyanmar\nStart date: 28 March\n"
    "Incident: After the earthquake, mail processing is severely affected. Mail and parcels for "
    "Myanmar will continue to be accepted and dispatched, but customers should expect "
    "significant delays to delivery.\n\nSending internationally: general guidance\n\n"
    "Items you can't send\nSome items are prohibited when sent overseas, including flammable "
    "liquids, loose lithium batteries and perfumes above certain quantities."
)


def test_a_country_still_accepted_but_delayed_is_the_destination() -> None:
    result = classify(
        "International incident bulletin", BULLETIN, origin="GB", source_kind="postal"
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["MM"]


def test_goods_named_in_general_guidance_are_not_what_a_delay_is_about() -> None:
    result = classify(
        "International incident bulletin", BULLETIN, origin="GB", source_kind="postal"
    )
    assert "lithium_batteries" not in result.categories
    assert "liquids" not in result.categories


def test_a_delay_of_named_goods_keeps_them() -> None:
    result = classify(
        "Delays to parcels with lithium batteries to Australia",
        "Parcels to Australia that contain lithium batteries are delayed by up to two weeks "
        "because of extra security screening.",
        origin="GB",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert "lithium_batteries" in result.categories


def test_a_country_said_to_go_on_as_normal_stays_unaffected() -> None:
    result = classify(
        "Service update",
        "Mail to Fiji is suspended after the cyclone. Mail to Samoa will continue to be "
        "accepted and dispatched as normal.",
        origin="NZ",
        source_kind="postal",
    )
    assert result.destinations == ["FJ"]


def test_a_pointer_sentence_names_no_destination_but_a_real_cue_does() -> None:
    result = classify(
        "Service update",
        "Mail to Chile is delayed after the strike. If you are sending to Peru, please check "
        "our Peru guidance page.",
        origin="US",
        source_kind="postal",
    )
    assert result.destinations == ["CL"]
