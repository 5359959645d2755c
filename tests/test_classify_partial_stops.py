"""A stop of some services while the rest is accepted within new limits is a restriction; a stop
beside the bare word "restrictions", a rerouting, or a limit on another category stays a stop."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("origin", "title", "text", "expected"),
    [
        (
            "NP",
            "Notice regarding acceptance of international mail items",
            "Until further notice: international parcels will be accepted only up to a weight "
            "of 10 kg per item. Surface parcels will not be accepted. Letters are accepted as "
            "usual.",
            ["*"],
        ),
        (
            "US",
            "Temporary service limitations",
            "We are temporarily limiting the services available to the following destinations. "
            "Only Priority Mail Express items will be accepted; First-Class Package items will "
            "not be accepted.\nChile\nPeru",
            ["CL", "PE"],
        ),
        (
            "PL",
            "Komunikat: przesyłki do Gruzji",
            "Od 1 kwietnia przesyłki do Gruzji przyjmujemy z ograniczeniami: paczki pocztowe - "
            "wyłącznie do masy 10 kg; EMS - przyjmowanie zawieszone do odwołania.",
            ["GE"],
        ),
    ],
)
def test_a_stop_of_some_services_beside_limits_on_the_rest_is_a_restriction(
    origin, title, text, expected
):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.change_kind == "restriction"
    assert got.destinations == expected


@pytest.mark.parametrize(
    "text",
    [
        # the bare word "restrictions" names no limit
        "Due to new restrictions, acceptance of all mail to Peru is suspended until further "
        "notice.",
        # a rerouting is no limit on what is accepted
        "Parcels to Peru are suspended. Letters will be routed via Madrid.",
        # a stop of a whole country with one limit in passing
        "All items to Peru are suspended until further notice. Items already posted above 2 kg "
        "will be returned.",
    ],
)
def test_a_stop_beside_words_of_restriction_stays_a_suspension(text):
    got = classify("Service update: Peru", text, origin="ES", source_kind="postal")
    assert got.change_kind == "suspension"
    assert got.destinations == ["PE"]


def test_a_stop_that_remains_in_polish_is_no_news_but_a_destination_beside_a_new_one():
    """The new stop is the notice's news; the place that stays suspended is a destination of a
    notice of suspensions all the same (session 22: the labelled notices of suspensions name
    them, 7 of 7)."""
    got = classify(
        "Komunikat: przesyłki do Mołdawii",
        "Od 16 marca przyjmowanie paczek do Mołdawii jest zawieszone. Przypominamy, że "
        "przyjmowanie przesyłek do Rosji pozostaje wstrzymane.",
        origin="PL",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["MD", "RU"]


def test_no_body_having_issued_any_restriction_is_no_restriction():
    got = classify(
        "Outbreak in West Africa: postal services",
        "Mail and parcel services to Liberia continue to operate normally. Neither the UPU nor "
        "the national health authority has issued any restriction on the exchange of mail.",
        source_kind="carrier",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["LR"]


def test_any_restriction_without_a_negation_is_still_one():
    got = classify(
        "Liberia: new rules",
        "Any restriction on parcels to Liberia now applies from 1 kg: items over 1 kg are "
        "accepted only by surface.",
        source_kind="carrier",
    )
    assert got.change_kind == "restriction"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Mail and parcel services to Samoa continue as normal despite the outbreak.\n"
            "Reminder: Samoa restricts the import of food and seeds.",
            "informational",
        ),
        (
            "From 1 March Samoa restricts the import of food and seeds by post.",
            "restriction",
        ),
    ],
)
def test_a_reminder_of_a_standing_rule_is_no_news(text, kind):
    got = classify("Samoa: update", text, origin="NZ", source_kind="postal")
    assert got.change_kind == kind
    assert got.destinations == ["WS"]


def test_a_fraud_warning_under_its_own_heading_does_not_quiet_an_advisory():
    got = classify(
        "Customer advisory: airport protests",
        "Protests at the airport led to cancelled passenger flights.\n"
        "Our operations in Hong Kong continue as normal and shipments to Macau move without "
        "delay.\n\n"
        "Fraud warning\n"
        "We are aware of fraudulent emails and text messages asking for fees. We never ask for "
        "payment by SMS. Beware of scams.",
        origin="HK",
        source_kind="carrier",
    )
    assert got.relevant
    assert got.change_kind == "informational"


def test_a_fraud_warning_that_is_the_whole_notice_stays_quiet():
    got = classify(
        "Fraud warning",
        "We are aware of fraudulent emails and text messages saying a parcel is suspended until "
        "a fee is paid. We never ask for payment by SMS. Beware of scams.",
        origin="HK",
        source_kind="carrier",
    )
    assert not got.relevant


@pytest.mark.parametrize(
    ("origin", "title", "text", "expected"),
    [
        (
            "AT",
            "Libyen: Annahme ausgesetzt",
            "Die Annahme von Paketen nach Libyen ist ausgesetzt. Die Postverbindungen nach "
            "Ägypten und Tunesien funktionieren normal.",
            ["LY"],
        ),
        (
            "GB",
            "Volcanic ash: delays to Norway",
            "Mail to Norway is delayed by the ash cloud. Service to Iceland itself is not "
            "currently affected.",
            ["NO"],
        ),
        (
            "SA",
            "تعليق تبادل البريد",
            "تم تعليق تبادل البريد والطرود مع كل من مملكة البحرين وجمهورية مصر العربية.",
            ["BH", "EG"],
        ),
        (
            "US",
            "Honduras - posted June 30, 2009 by Chad",
            "Mail to Honduras is suspended until further notice.",
            ["HN"],
        ),
    ],
)
def test_places_said_to_run_normally_or_named_as_people(origin, title, text, expected):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.relevant
    assert got.destinations == expected


def test_a_reminder_names_no_category_of_the_change():
    got = classify(
        "Samoa: measles outbreak",
        "Mail to Samoa continues as normal and items are being delivered.\n"
        "Reminder: Samoa restricts the import of food, plants and seeds.",
        origin="NZ",
        source_kind="postal",
    )
    assert got.change_kind == "informational"
    assert "food" not in got.categories
    assert "animals_plants" not in got.categories


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "JP",
            "ペルーあて国際郵便物の引受けの一時停止について",
            "3月7日から、ペルーあての航空便（書状、小包）及びEMSの引受けを一時停止します。"
            "なお、ペルーあての船便は、引き続きお引き受けいたします。",
        ),
        (
            "NZ",
            "Airmail to Peru suspended",
            "From 7 March we have suspended airmail and EMS to Peru. Parcels can still be sent "
            "by surface mail, which takes 8 to 12 weeks.",
        ),
    ],
)
def test_a_stop_of_airmail_while_surface_mail_stays_open_is_a_restriction(
    origin, title, text
) -> None:
    result = classify(title, text, origin=origin)
    assert result.change_kind == "restriction"
    assert result.destinations == ["PE"]


def test_a_stop_of_surface_mail_itself_stays_a_suspension() -> None:
    result = classify(
        "Suspension of surface mail parcels to Peru",
        "We will suspend the acceptance of surface mail parcels containing goods bound for "
        "Peru with immediate effect.",
        origin="HK",
    )
    assert result.change_kind == "suspension"


def test_a_stop_of_ems_beside_a_weight_limit_with_its_figure_is_a_restriction() -> None:
    result = classify(
        "Service announcement: mail to Nepal",
        "With effect from 30 April and until further notice:\n"
        "- EMS items to Nepal will not be accepted.\n"
        "- Registered articles and parcels will be accepted, but the maximum weight per item "
        "is reduced to 10kg.\n"
        "- Ordinary letters continue to be accepted.",
        origin="SG",
    )
    assert result.change_kind == "restriction"
    assert result.destinations == ["NP"]


def test_documents_only_up_to_half_a_kilo_is_a_stop_of_goods() -> None:
    result = classify(
        "Service update: Syria - non-document shipments not accepted",
        "We will accept only document shipments (up to 0.5 kg) for delivery to Syria. All "
        "non-document shipments to Syria are suspended with immediate effect.",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["SY"]
