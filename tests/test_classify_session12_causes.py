"""Causes found in session 12, each with sentences of our own."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from monitor.classify import classify

_LONG_LIST = (
    "Austria, Belgium, Croatia, Cyprus, Czechia, Denmark, Estonia, Finland, France, Greece, "
    "Hungary, Iceland, Ireland, Italy, Latvia, Lithuania, Luxembourg, Malta, Netherlands, "
    "Norway, Poland, Portugal, Romania, Slovakia, Slovenia, Spain, Sweden, Switzerland as well "
    "as Australia, Japan, New Zealand and the United Arab Emirates in the Gulf region."
)


def _destinations_in_a_child(notices: list[tuple[str, str, str | None]]) -> list[list[str]]:
    """Classifies (title, text, origin) in a child process with a generous limit: an input
    that once made a pattern backtrack without end fails the test instead of stalling the
    run; the work itself takes milliseconds."""
    code = (
        "import json, sys\n"
        "from monitor.classify import classify\n"
        "print(json.dumps([classify(t, x, origin=o).destinations"
        " for t, x, o in json.load(sys.stdin)]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(notices),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_long_list_line_with_a_long_last_item_is_read_in_time():
    """A list line of 30 names whose last item is longer than an item may be once made the
    enumeration pattern try 2^30 ways (the classifier never returned)."""
    text = (
        "From 1 March 2026 insured letters can no longer be sent to Brazil, Chile and India.\n\n"
        "Insured letters remain possible to the following countries:\n"
        + _LONG_LIST.replace(", ", ",  ")
    )
    [found] = _destinations_in_a_child([("Insured letters: fewer destinations", text, "DE")])
    assert {"BR", "CL", "IN"} <= set(found)


_STANDING_PAGE = """Sending batteries abroad
Dangerous goods

Batteries can catch fire in an aircraft hold. Many devices hold them.

What's changing from 1 March 2027
From 1 March 2027 we will no longer accept laptops with a battery above 100 Wh for
international delivery. Spare lithium batteries may no longer be packed with the laptop.

What you cannot send
- e-cigarettes and vaping devices
- perfumes and aerosols
- matches and lighters

Contact us
Our team answers on weekdays."""


def test_goods_of_a_whats_changing_section_are_the_news_of_a_standing_page():
    result = classify("Sending batteries abroad", _STANDING_PAGE, origin="NZ")
    assert result.change_kind in ("suspension", "restriction")
    assert set(result.categories) == {"electronics", "lithium_batteries"}


def test_a_german_was_aendert_sich_section_names_the_news_goods():
    text = (
        "Versand ins Ausland\nGefahrgut\n\nViele Geräte enthalten Akkus.\n\n"
        "Was ändert sich ab 1. März 2027?\n"
        "Ab 1. März 2027 nehmen wir Laptops mit Lithium-Akkus über 100 Wh nicht mehr an.\n\n"
        "Was Sie nicht versenden dürfen\n- E-Zigaretten\n- Parfum und Spraydosen\n\n"
        "Kontakt\nUnser Kundenservice hilft Ihnen gern."
    )
    result = classify("Akkus im Auslandsversand", text, origin="AT")
    assert "tobacco_vapes" not in result.categories
    assert "perfumes_cosmetics" not in result.categories
    assert "lithium_batteries" in result.categories


def test_a_whats_changing_section_keeps_the_gifts_its_page_exempts():
    text = (
        "Shipping to Ruritania\nUpdated 2 May 2027\n\nOn this page\n- What's changing\n- Gifts\n\n"
        "What's changing\nFrom 1 June 2027 all commercial shipments to Ruritania must carry an "
        "electronic invoice number.\n\nGifts\nPersonal gifts between individuals remain exempt "
        "and need no invoice number.\n\nContact us\nCall us on weekdays."
    )
    result = classify("Shipping to Ruritania: invoice numbers", text, origin="CA")
    assert result.categories == ["commercial_goods"]


@pytest.mark.parametrize(
    "text",
    [
        "With immediate effect we have suspended shipments to Ruritania that contain pagers, "
        "beepers or walkie-talkies.",
        "With immediate effect we have suspended shipments to Ruritania that contain two-way "
        "radios and radio transceivers.",
    ],
)
def test_pagers_and_radios_are_electronics(text):
    result = classify("Ruritania: suspension", text)
    assert "electronics" in result.categories
    assert "all_goods" not in result.categories


def test_polish_letters_still_accepted_are_left_out_of_a_parcel_stop():
    text = (
        "Od 1 marca 2027 r. do odwołania wstrzymujemy przyjmowanie paczek adresowanych do "
        "Mołdawii. Przesyłki listowe są nadal przyjmowane."
    )
    result = classify("Wstrzymanie paczek do Mołdawii", text, origin="PL")
    assert result.categories == ["all_goods"]
    assert result.destinations == ["MD"]


def test_finnish_letters_running_normally_are_left_out_of_a_delay_but_not_of_the_all_clear():
    delay = (
        "Lakko viivästyttää Viroon ja Latviaan lähetettäviä paketteja. "
        "Kirjeet kulkevat normaalisti."
    )
    result = classify("Lakko viivästyttää paketteja", delay, origin="FI")
    assert result.change_kind == "delay"
    assert result.destinations == ["EE", "LV"]
    assert result.categories == ["all_goods"]
    calm = "Lakko ei vaikuta ulkomaan lähetyksiin: kirjeet ja paketit kulkevat normaalisti."
    result = classify("Lakko ei vaikuta lähetyksiin", calm, origin="FI")
    assert result.change_kind == "informational"
    assert "documents" in result.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Міжнародні відправлення доставляються вчасно",
            "Попри страйк у портах, відправлення до Румунії приймаються і доставляються у "
            "звичайні терміни.",
        ),
        (
            "Международные отправления без задержек",
            "Несмотря на забастовку, отправления в Молдову доставляются в обычные сроки.",
        ),
    ],
)
def test_ukrainian_and_russian_on_time_notices_are_informational(title, text):
    result = classify(title, text, origin="UA")
    assert result.relevant
    assert result.change_kind == "informational"


@pytest.mark.parametrize(
    ("title", "text", "origin", "dest"),
    [
        (
            "Einschreiben International",
            "Seit dem 1. März 2027 ist Einschreiben International nach Ruanda nicht mehr möglich.",
            "DE",
            "RW",
        ),
        (
            "Warenpost International",
            "Ab 1. März 2027 ist Warenpost International nach Ruanda nicht mehr möglich.",
            "DE",
            "RW",
        ),
        (
            "Raccomandata internazionale",
            "Dal 1° marzo 2027 la raccomandata internazionale non è più disponibile per il Ruanda.",
            "IT",
            "RW",
        ),
        (
            "Aangetekend versturen",
            "Vanaf 1 maart 2027 is aangetekend versturen naar Rwanda tijdelijk niet mogelijk.",
            "NL",
            "RW",
        ),
        (
            "Service update",
            "From 1 March 2027, International Economy is no longer available to Rwanda.",
            "AU",
            "RW",
        ),
    ],
)
def test_a_postal_product_stopped_for_a_country_is_a_suspension(title, text, origin, dest):
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.relevant
    assert result.change_kind == "suspension"
    assert result.destinations == [dest]


def test_dutch_geen_hinder_names_a_place_unaffected():
    text = (
        "Door een staking bij de post in Portugal kunnen brieven en pakketten naar Portugal "
        "enkele dagen later aankomen. Zendingen naar Spanje ondervinden geen hinder."
    )
    result = classify("Staking: vertraging naar Portugal", text, origin="NL")
    assert result.change_kind == "delay"
    assert result.destinations == ["PT"]


def test_a_changes_from_heading_holds_the_news_goods():
    text = (
        "Bringing food into Moldova\nGuidance\n\nContents\n1. Changes from 1 May 2027\n"
        "2. Alcohol and tobacco\n\nChanges from 1 May 2027\n"
        "You can no longer send cheese or butter to Moldova by post.\n\n"
        "Alcohol and tobacco\nYou may send up to 1 litre of spirits and 200 cigarettes as a gift."
        "\n\nContact\nWrite to us."
    )
    result = classify("Bringing food into Moldova", text, origin="GB")
    assert "food" in result.categories
    assert "alcohol" not in result.categories
    assert "tobacco_vapes" not in result.categories


def test_a_list_after_a_colon_is_read_to_its_sentence_end():
    text = (
        "Hinweis (Stand: 2. März 2027)\nSeit dem 1. März 2027 ist der Versand von Wertbriefen "
        "in folgende Länder nicht mehr möglich: Ruanda, Malawi und Sambia. Die Postunternehmen "
        "dieser Länder haben den Dienst eingestellt."
    )
    result = classify("Wertbriefe: weniger Länder", text, origin="DE", source_kind="postal")
    assert result.destinations == ["MW", "RW", "ZM"]


def test_a_whats_changing_section_that_says_these_items_leaves_the_lead_its_goods():
    text = (
        "Posted 3 February 2027\n\nFrom 1 March 2027 Australia will no longer allow "
        "e-cigarettes and vaping products to be imported by post.\n\nWhat's changing\n"
        "From 1 March 2027 we will no longer accept these items for Australia.\n\n"
        "Contact us\nCall our team on weekdays."
    )
    result = classify("E-cigarettes to Australia", text, origin="NZ")
    assert result.categories == ["tobacco_vapes"]


def test_a_list_without_bullets_stays_in_its_whats_changing_section():
    text = (
        "Batteries abroad\nUpdated 3 February 2027\n\nWhat's changing\n"
        "From 1 March 2027 we will no longer accept the following items for Canada:\n"
        "Laptops\nPower banks\n\nWhat you cannot send\n- perfumes\n- matches\n\n"
        "Contact us\nCall our team on weekdays."
    )
    result = classify("Batteries abroad", text, origin="GB")
    assert "electronics" in result.categories
    assert "perfumes_cosmetics" not in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "Due to a failure of the two-way radio system at our hub, parcels to Norway may be "
        "delayed.",
        "Mail to Moldova is suspended after a fire damaged the radio devices at the airport.",
    ],
)
def test_radio_equipment_named_as_a_cause_is_no_goods(text):
    assert "electronics" not in classify("Service notice", text).categories


@pytest.mark.parametrize(
    "text",
    [
        "Because of the strike, parcels to Romania will not be delivered within the usual "
        "delivery times.",
        "Через страйк відправлення до Румунії не будуть доставлені у звичайні терміни.",
    ],
)
def test_a_negated_all_clear_is_no_all_clear(text):
    assert classify("Strike", text).change_kind != "informational"


def test_an_all_clear_after_not_affected_is_kept():
    text = (
        "The port strike affects ocean freight. Our parcel networks by air and road are not "
        "affected and continue to operate normally."
    )
    assert classify("Port strike", text, origin="US").change_kind == "informational"


@pytest.mark.parametrize(
    "text",
    [
        "Pakketten afhalen bij de pakketautomaat op station Utrecht is niet meer mogelijk.",
        "Da lunedì non è più possibile pagare in contanti presso i nostri sportelli.",
    ],
)
def test_an_ended_local_service_is_no_stop_of_mail(text):
    assert not classify("Nieuws", text).relevant


def test_rules_said_unchanged_beside_a_standing_requirement_are_no_news():
    text = (
        "Für Päckchen in die Schweiz ist immer eine Zollinhaltserklärung nötig. An den Regeln "
        "hat sich gegenüber dem Vorjahr nichts geändert."
    )
    result = classify("Geschenke in die Schweiz", text, origin="DE", source_kind="postal")
    assert result.change_kind == "informational"


def test_rules_said_unchanged_beside_a_stop_leave_the_stop():
    text = "Parcels can no longer be sent to Moldova. Otherwise, the rules have not changed."
    assert classify("Parcels to Moldova", text, origin="DE").change_kind == "suspension"


def test_an_aktuelles_section_names_the_news_goods():
    text = (
        "Privatpersonen > Post und Internet\n\nTabakwaren und Liquids\n\nAktuelles\n"
        "Zum 1. Januar 2027 steigt die Tabaksteuer auf Liquids für E-Zigaretten auf 0,30 Euro je "
        "Milliliter.\n\nGeschenksendungen\nFür Alkohol und Parfüm gelten eigene Höchstmengen."
        "\n\nKontakt\nRufen Sie uns an."
    )
    result = classify(
        "Tabakwaren und Liquids aus dem Internet", text, origin="DE", source_kind="customs"
    )
    assert "tobacco_vapes" in result.categories
    assert "alcohol" not in result.categories
    assert "perfumes_cosmetics" not in result.categories


@pytest.mark.parametrize(
    ("title", "text", "origin"),
    [
        (
            "Nu kan du skicka till Georgien igen",
            "Från och med i dag tar vi åter emot brev och paket till Georgien.",
            "SE",
        ),
        (
            "Pakker til Georgia",
            "Fra i dag modtager vi atter breve og pakker til Georgien.",
            "DK",
        ),
    ],
)
def test_nordic_accepted_again_is_a_resumption(title, text, origin):
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.change_kind == "resumption"
    assert result.destinations == ["GE"]


def test_a_suspension_bridge_on_a_stamp_is_no_stop():
    text = (
        "Royal Mail today revealed six Special Stamps showing the suspension bridges of the "
        "UK, from the Clifton Suspension Bridge to the Humber Bridge. Two stamps are for "
        "international letters."
    )
    result = classify("New stamps celebrate the Clifton Suspension Bridge", text, origin="GB")
    assert not result.relevant


def test_a_dated_post_on_a_page_of_posts_is_news_beside_a_fraud_warning():
    text = (
        "Stay up to date with service updates.\n\nBeware of fraudulent messages\n"
        "Posted: 2 March 2027\nWe are aware of fake text messages asking for a fee. Do not "
        "click any links.\n\nAdditional checks for shipments to Armenia and Georgia\n"
        "Posted: 9 March 2027\nFrom 16 March 2027 each shipment to Armenia and Georgia must "
        "carry a commercial invoice with the HS code of every item.\n\n"
        "Waybills and labels\nPosted: 3 January 2027\nPlease create your labels online."
    )
    result = classify("Important Information", text)
    assert result.relevant
    assert result.destinations == ["AM", "GE"]


def test_requirements_that_changed_beside_otherwise_unchanged_rules_stay_news():
    for text in (
        "Parcels to Norway now need a VOEC number. Otherwise the rules have not changed.",
        "Für Warensendungen in die USA ist jetzt eine elektronische Zollanmeldung erforderlich. "
        "An den Regeln hat sich sonst nichts geändert.",
    ):
        assert classify("Customs update", text, origin="DE").change_kind == "new_requirement"


def test_a_fraud_post_is_not_taken_for_the_news_of_a_page_of_posts():
    text = (
        "Service updates\n\nBeware of scam text messages\nPosted: 3 June 2027\nScammers send "
        "messages saying a parcel from China owes a customs fee. Do not click the link.\n\n"
        "Opening hours\nPosted: 1 June 2027\nOur branches close at 5 pm on Fridays."
    )
    assert not classify("Service updates", text).relevant


# Inputs on which a pattern once backtracked without end (each took from seconds to hours)
_BACKTRACKING = [
    ("Service updates", "Fraud warning\nBeware of fraud.\n\n" + "=" * 48 + "\nMail to France."),
    ("Notice", "Mail to France" + " e.g." * 40 + " foo Germany is suspended."),
    ("Notice", "Parcel services to the European Union" + " " * 3000 + "x France, Germany."),
    ("Notice", "Previous update\n" + "x" * 50 + "\n" + "\n" * 3000 + "x"),
    ("Notice", "We no longer accept all items to " + " " * 3000 + "x to France."),
    ("Notice", "Mail to France is suspended. Maximum weight " + "0" * 5000 + " kg."),
]


def test_inputs_that_once_backtracked_without_end_are_read_in_time():
    found = _destinations_in_a_child([(title, text, None) for title, text in _BACKTRACKING])
    assert len(found) == len(_BACKTRACKING)
