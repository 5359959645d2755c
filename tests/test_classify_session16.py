"""Causes found in session 16, each with sentences of our own: a carrier's own hubs, who
imposes sanctions, German compound words of delay and of bans, fact checks that deny a claimed
stop, events granted with "despite", "any" before a word of size, the generic word
"restrictions" under a ban or a resumption, a share of mail that must arrive in time, "(STOP)
Act", forms no longer accepted in the active voice, "without" that takes only its noun, a
page's "Updated" stamp above dated items, a pointer after a "For ..." clause, and travellers'
allowances."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- places of the carrier's own sites ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Flights into our regional hubs in Bahrain and Oman were diverted. Shipments destined to "
        "the Gulf states may be delayed by 48 hours.",
        "Our hubs in Bahrain and Dubai are operational. Shipments destined to the Gulf states may "
        "be delayed by 48 hours.",
        "Unsere Drehkreuze in Bahrain und Dubai sind in Betrieb. Sendungen in die Golfstaaten "
        "können sich um 48 Stunden verzögern.",
    ],
)
def test_a_hub_names_no_destination_and_leaves_the_region_whole(body):
    result = classify("Gulf: delays", body)
    assert result.change_kind == "delay"
    assert result.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


def test_a_place_after_a_hub_word_in_another_sense_stays():
    result = classify(
        "Mail to Japan",
        "Mail to Japan is suspended until further notice.",
    )
    assert result.destinations == ["JP"]


# --- who imposes sanctions ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "In compliance with the sanctions imposed by the European Union, the United States and "
        "the United Kingdom, we have suspended all shipments to Belarus.",
        "Aufgrund der von der Europäischen Union verhängten Sanktionen haben wir den Versand nach "
        "Belarus eingestellt.",
        "Conformément aux sanctions imposées par l'Union européenne, nous avons suspendu les "
        "envois vers la Biélorussie.",
    ],
)
def test_who_imposes_sanctions_is_no_destination(body):
    result = classify("Belarus", body)
    assert result.change_kind == "suspension"
    assert result.destinations == ["BY"]


def test_duties_imposed_by_a_country_still_name_it():
    result = classify(
        "New duties",
        "Duties imposed by the United States now apply to every parcel with goods.",
    )
    assert result.destinations == ["US"]


# --- German compounds -------------------------------------------------------------------


def test_a_compound_word_of_delay_is_a_delay():
    result = classify(
        "Sendungen nach Israel",
        "Bei Paketen nach Israel kommt es derzeit zu erheblichen Laufzeitverzögerungen. Der "
        "Versand ist weiterhin möglich.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["IL"]


def test_a_compound_word_of_a_ban_is_a_ban():
    result = classify(
        "Kanada: Einfuhrverbot für E-Zigaretten",
        "Kanada hat die Einfuhr von E-Zigaretten in Paketen neu geregelt.",
    )
    assert result.change_kind == "prohibited_items"


def test_without_takes_only_its_noun():
    result = classify(
        "Australien",
        "Nach Australien: Die Einfuhr von Samen ohne Genehmigung ist nicht mehr zulässig.",
    )
    assert result.change_kind == "prohibited_items"


def test_without_before_its_noun_still_negates_it():
    result = classify(
        "Mail to Israel",
        "Mail to Israel is delivered as normal, without any delays.",
    )
    assert result.change_kind == "informational"


# --- fact checks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Fact check: claim that the post has suspended parcels to Nepal is fake",
            "Parcel services to Nepal are operating normally.",
        ),
        (
            "Fact check",
            "Claim: A message circulating on social media claims that the post has suspended all "
            "mail to Nepal.\n#FactCheck\nThis claim is fake. Mail to Nepal is operating normally.",
        ),
    ],
)
def test_a_denied_claim_of_a_stop_is_no_stop(title, body):
    result = classify(title, body)
    assert result.change_kind == "informational"
    assert result.destinations == ["NP"]


def test_a_claim_left_standing_is_a_stop():
    result = classify(
        "Nepal",
        "Customers claim that the delays are long. We have suspended all mail to Nepal.",
    )
    assert result.change_kind == "suspension"


# --- concessions and denials of size ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Despite the suspension of passenger flights, we continue to deliver parcels to Peru as "
        "scheduled.",
        "Trotz der Einstellung von Passagierflügen läuft der Versand nach Peru normal weiter.",
    ],
)
def test_an_event_granted_with_despite_is_no_change(body):
    result = classify("Service update: Peru", body)
    assert result.change_kind == "informational"


@pytest.mark.parametrize("size", ["significant", "major further"])
def test_any_and_words_of_size_before_a_delay_deny_it(size):
    result = classify(
        "Sending to Chile",
        f"Our services to Chile continue to operate as normal. We do not expect any {size} "
        "delays at this stage.",
    )
    assert result.change_kind == "informational"


def test_expected_delays_stay_a_delay():
    result = classify(
        "Sending to Chile",
        "We expect significant delays for mail to Chile this week.",
    )
    assert result.change_kind == "delay"


@pytest.mark.parametrize(
    "body",
    [
        "UPS continues to provide service to and from Jordan. There is no interruption to "
        "pickup and delivery operations. Transit times are not expected to be affected.",
    ],
)
def test_service_provided_without_interruption_is_normal(body):
    result = classify("Jordan - Service update", body)
    assert result.change_kind == "informational"


# --- "restrictions" named by that word only ----------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (
            "Cheese and meat from the EU: new restrictions",
            "The government has banned personal imports of cheese and meat from the EU into "
            "Great Britain.",
            "prohibited_items",
        ),
        (
            "Einschränkungen im internationalen Versand – Update",
            "Wegen der Einschränkungen im Flugverkehr bleibt die Lage schwierig.\n"
            "Für die folgenden Länder ist die Annahme von Paketen nicht mehr ausgesetzt:\n"
            "• Chile\n• Mexiko\n• Peru",
            "resumption",
        ),
    ],
)
def test_a_ban_or_a_resumption_outranks_the_bare_word_restrictions(title, body, kind):
    assert classify(title, body).change_kind == kind


def test_a_named_limit_stays_a_restriction_beside_a_weaker_ban():
    result = classify(
        "Restrictions on parcels to Peru",
        "Parcels to Peru are limited to 2 kg and must not exceed 30 cm. Restrictions apply to "
        "all services. Batteries are prohibited.",
    )
    assert result.change_kind == "restriction"


# --- targets of the operator, names of laws, forms --------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Nach dem neuen Postgesetz müssen 95 Prozent der Briefe am dritten Werktag ankommen.",
        "Under the new rules, 93% of letters must be delivered within three working days.",
    ],
)
def test_a_share_of_mail_that_must_arrive_is_no_requirement(body):
    result = classify("Neues Postgesetz", body)
    assert result.relevant is False


def test_a_requirement_with_a_share_of_something_else_stays():
    result = classify(
        "Mail to Brazil",
        "From 1 March, items to Brazil must carry an electronic customs declaration; 10% of "
        "items are checked.",
    )
    assert result.change_kind == "new_requirement"


def test_a_law_named_by_an_acronym_in_brackets_stops_nothing():
    result = classify(
        "STOP Act",
        "The Synthetics Trafficking and Overdose Prevention (STOP) Act requires electronic "
        "customs data for items to the United States.",
    )
    assert result.change_kind == "new_requirement"


@pytest.mark.parametrize(
    "body",
    [
        "From 1 January we will no longer accept handwritten customs declarations for parcels "
        "to Brazil.",
        "From 1 January the post will no longer accept paper forms for parcels to Brazil.",
    ],
)
def test_forms_no_longer_accepted_ask_for_electronic_data(body):
    result = classify("Customs declarations", body)
    assert result.change_kind == "new_requirement"


def test_parcels_no_longer_accepted_stay_a_stop():
    result = classify("Mail to Cuba", "From 1 January we will no longer accept parcels for Cuba.")
    assert result.change_kind == "suspension"


# --- pages of dated items ---------------------------------------------------------------


def test_a_page_stamp_above_posted_items_is_no_item():
    body = (
        "International Service Disruptions\n"
        "Updated: March 8, 2024\n"
        "The Postal Service is monitoring the following international service disruptions.\n\n"
        "Haiti - Suspension of mail service\n"
        "Posted March 8, 2024\n"
        "We are temporarily suspending acceptance of all mail destined for Haiti.\n\n"
        "Israel - Delays\n"
        "Posted October 16, 2023\n"
        "Mail destined for Israel may experience delays.\n\n"
        "Chad - Delays\n"
        "Posted May 2, 2023\n"
        "Mail destined for Chad may experience delays."
    )
    result = classify("International Service Disruptions", body)
    assert result.change_kind == "suspension"
    assert "HT" in result.destinations
    assert "TD" not in result.destinations  # an older item


def test_update_heads_keep_the_first_as_the_newest():
    body = (
        "Update 8 March 2024: Mail to Haiti is suspended.\n"
        "Update 16 October 2023: Mail to Israel may be delayed.\n"
        "Update 2 May 2023: Mail to Chad may be delayed."
    )
    result = classify("Service updates", body)
    assert result.change_kind == "suspension"
    assert result.destinations == ["HT"]


def test_a_pointer_after_a_for_clause_names_no_stop():
    result = classify(
        "Changes to international services",
        "We are temporarily only able to offer our courier service to the following "
        "destinations:\n- Canada\n- Japan\nOther services are temporarily unavailable for these "
        "destinations. Items must weigh no more than 20 kg.\n"
        "For destinations where all services are suspended, see our full list of service "
        "suspensions.",
    )
    assert result.change_kind == "restriction"


# --- travellers ------------------------------------------------------------------------


def test_travellers_allowances_are_no_mail_news():
    result = classify(
        "Reisen: Was darf ich mitbringen?",
        "Der Zoll erinnert an die Reisefreimengen. Wer aus der Türkei nach Deutschland "
        "zurückkehrt, darf Waren im persönlichen Gepäck bis 430 Euro abgabenfrei einführen.\n"
        "Reisefreimengen bei Einreise: Tabakwaren | 200 Zigaretten; Alkohol | 1 Liter\n"
        "Souvenirs aus geschützten Tieren und Pflanzen werden beschlagnahmt.",
    )
    assert result.relevant is False
