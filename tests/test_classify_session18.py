"""Causes found in session 18, each with sentences of our own: another operator's stop told as
a report ("you may have seen reports that some posts are suspending"), a rumour denied by a
clarification, pointers "for information about ...", bans worded as what "cannot be brought
into" a country, sanctioning powers listed after "including those imposed by", places that
"have not announced any change", statistics releases and holiday greetings."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- another's stop, told as a report ----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "You may have seen reports that some postal operators are suspending parcels to the "
        "United States. We continue to accept and deliver parcels to the U.S. as normal.",
        "There are news reports that several carriers are suspending shipments to the United "
        "States. Our service continues as normal and we continue to accept parcels.",
    ],
)
def test_a_reported_stop_by_others_is_not_the_senders(body):
    result = classify("Service update: United States", body)
    assert result.change_kind == "informational"
    assert result.destinations == ["US"]


def test_the_senders_own_stop_after_a_report_still_counts():
    result = classify(
        "Service update: United States",
        "Following reports that customs rules will change, we are suspending parcels to the "
        "United States from 25 August until further notice.",
    )
    assert result.change_kind == "suspension"


# --- a rumour denied by a clarification ------------------------------------------------------


def test_a_rumour_denied_by_a_clarification_is_no_stop():
    result = classify(
        "Clarification on mail to Nepal",
        "Messages circulating on social media are claiming that the Post has stopped accepting "
        "letters and parcels to Nepal. It is clarified that there is no suspension of any "
        "service to Nepal, and dispatches are continuing as per schedule.",
    )
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["NP"]


def test_a_clarification_without_a_rumour_keeps_the_stop():
    result = classify(
        "Mail to Nepal",
        "It is clarified that acceptance of parcels to Nepal has stopped until further notice.",
    )
    assert result.change_kind == "suspension"


# --- "for information about ..., visit ..." -------------------------------------------------


def test_a_pointer_for_information_about_rules_is_no_change():
    result = classify(
        "Mail to Canada",
        "We continue to accept and deliver parcels to Canada as normal. For information about "
        "Canadian import requirements, including duties that may apply, visit cbsa.gc.ca.",
    )
    assert result.change_kind == "informational"


def test_new_requirements_stated_after_for_details_still_count():
    result = classify(
        "New requirement for Canada",
        "From 1 May, every parcel to Canada must carry the recipient's phone number. "
        "For details on the new field, see our customs guide.",
    )
    assert result.change_kind == "new_requirement"


# --- what cannot be brought into a country ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "Fresh fruit cannot be brought into New Zealand, including by international mail, "
            "unless declared and inspected.",
            "NZ",
        ),
        (
            "Meat and dairy products must not be brought into Australia in parcels or baggage.",
            "AU",
        ),
    ],
)
def test_what_cannot_be_brought_into_a_country_is_a_ban(body, code):
    result = classify("Biosecurity rules", body)
    assert result.change_kind == "prohibited_items"
    assert result.destinations == [code]
    assert result.categories == ["food"]


# --- sanctions "including those imposed by" ----------------------------------------------------


def test_powers_that_impose_sanctions_after_including_those_are_no_destinations():
    result = classify(
        "Service update: Iran",
        "Our services to Iran remain suspended until further notice. We comply with all export "
        "controls and sanctions, including those imposed by the United States, the European "
        "Union and the United Kingdom.",
    )
    assert result.destinations == ["IR"]
    assert result.change_kind == "suspension"


# --- places that have not announced any change ----------------------------------------------


def test_places_that_have_not_announced_any_change_are_unaffected():
    result = classify(
        "Excise tax on tobacco in the Gulf",
        "From 1 January, an excise tax of 100% applies to tobacco products imported into the "
        "United Arab Emirates and Saudi Arabia. Kuwait and Qatar have not announced any change.",
    )
    assert result.destinations == ["AE", "SA"]
    assert result.change_kind == "duty_tax_change"


@pytest.mark.parametrize(
    "words", ["electronic smoking devices", "e-vaporisers", "electronic smoking products"]
)
def test_electronic_smoking_devices_are_vapes(words):
    result = classify(
        "New tax",
        f"From 1 March, an excise tax of 100% applies to {words} imported into Bahrain.",
    )
    assert "tobacco_vapes" in result.categories


# --- statistics releases and greetings --------------------------------------------------------


def test_annual_enforcement_results_are_no_change():
    result = classify(
        "Customs enforcement results 2025",
        "Customs seized 40,000 cartons of cigarettes in 2025. E-cigarettes remain prohibited in "
        "Ruritania and 800 parcels containing them were intercepted. 12 traders were suspended "
        "from the permit system for repeated breaches. Seizure statistics are published "
        "monthly.",
    )
    assert not result.relevant


def test_a_new_year_message_is_no_change():
    result = classify(
        "New Year message from the Director General",
        "As we welcome the new year, I thank our staff and partners. Last year brought delays "
        "in global supply chains, and we met them together. I wish you all a happy and "
        "prosperous New Year.",
    )
    assert not result.relevant


def test_a_stop_beside_new_year_wishes_still_alerts():
    result = classify(
        "Happy New Year: service update",
        "Parcels to Ukraine are suspended from 2 January until further notice because of "
        "attacks on the network. We wish you a happy New Year.",
    )
    assert result.relevant
    assert result.change_kind == "suspension"


# --- a sentence that opens with last year -----------------------------------------------------


def test_a_sentence_that_opens_with_last_year_tells_history():
    result = classify(
        "Our year in review",
        "Last year, strikes delayed parcels to Chile for two weeks. Our network handled two "
        "million parcels and opened four new depots.",
    )
    assert not result.relevant


def test_a_stop_after_last_years_words_still_counts():
    result = classify(
        "Mail to Chile",
        "Last year's strikes are over, but parcels to Chile are suspended from 3 May because "
        "of a customs system outage.",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["CL"]
