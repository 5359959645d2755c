"""Causes found in session 15, each with sentences of our own: headings of places said to run
as normal, a title's event repeated under it, others' stops told with their agent after, a
press release's dateline, deadlines that are suspended, forms no longer accepted, "restrictions"
named only by that word, pointers to other pages, quoted examples of wording, "not even as a
gift", and Dutch and German words of longer delivery times."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- a heading over a sentence that says its places run as normal ----------------------


@pytest.mark.parametrize(
    ("body", "quiet"),
    [
        (
            "We can no longer accept letters or parcels for Lebanon until further notice.\n"
            "Post naar Ghana en Kenia\n"
            "Post en pakketten naar Ghana en Kenia worden op dit moment normaal verwerkt.",
            {"GH", "KE"},
        ),
        (
            "We can no longer accept letters or parcels for Lebanon until further notice.\n"
            "Mail to Ghana and Kenya\n"
            "Letters and parcels to Ghana and Kenya are being processed normally.",
            {"GH", "KE"},
        ),
    ],
)
def test_a_heading_over_a_sentence_of_normal_service_names_no_destination(body, quiet):
    result = classify("No mail to Lebanon", body)
    assert result.destinations == ["LB"]
    assert not quiet & set(result.destinations)


def test_a_heading_over_a_sentence_that_a_stop_goes_on_keeps_its_place():
    """Not "remains suspended": a heading may name that place as news (the labels differ)."""
    result = classify(
        "Mail to Russia suspended",
        "We have suspended the acceptance of all mail to Russia from 3 March.\n"
        "Mail to Ukraine\n"
        "Mail to Ukraine has been suspended since 25 February and remains suspended.",
    )
    assert "RU" in result.destinations
    assert "UA" in result.destinations


def test_items_of_a_list_are_no_headings():
    result = classify(
        "Airmail to some destinations resumes",
        "Acceptance of airmail items for the following destinations will resume on 8 June:\n\n"
        "Cambodia\nGeorgia\nMauritius\nSri Lanka\n\n"
        "Surface parcels to Mauritius will remain suspended until further notice.",
    )
    assert result.change_kind == "resumption"
    assert {"KH", "LK", "GE"} <= set(result.destinations)


# --- a title's event repeated as the first line of the body -----------------------------


def test_the_title_event_repeated_under_it_is_the_event_that_spares_the_service():
    result = classify(
        "Port workers strike: FastShip services are operating as normal",
        "Port workers strike\nUpdated: 3 May\n"
        "Dock workers in Rotterdam began a strike on 1 May. FastShip is not affected by the "
        "strike action and continues to deliver shipments to the Netherlands as normal.",
        source_kind="carrier",
    )
    assert result.change_kind == "informational"


def test_a_body_line_that_differs_from_the_title_event_still_counts():
    result = classify(
        "Port workers strike: FastShip services are operating as normal",
        "Severe weather disruption in the Netherlands\n"
        "Snow has closed roads around Utrecht; deliveries to the Netherlands are delayed by "
        "two days.",
        source_kind="carrier",
    )
    assert result.change_kind == "delay"


# --- others' stops with their agent after the stop --------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Correios esclarecem: envios para o Chile seguem normalmente",
            "Diante de notícias sobre a suspensão de envios postais para o Chile por operadores "
            "postais de diversos países, os Correios informam que continuam aceitando "
            "normalmente objetos com destino ao Chile.",
        ),
        (
            "Mail to Chile continues as normal",
            "Following reports of the suspension of mail to Chile by several postal operators, "
            "we confirm that we continue to accept items for Chile as normal.",
        ),
    ],
)
def test_a_stop_by_other_operators_told_after_it_is_not_the_senders(title, body):
    result = classify(title, body, source_kind="postal")
    assert result.change_kind != "suspension"


def test_a_stop_by_the_sender_itself_stays_a_stop():
    result = classify(
        "Mail to Chile suspended",
        "Following the closure of the airport, the suspension of mail to Chile by our company "
        "takes effect today.",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"


# --- a press release's dateline ---------------------------------------------------------


@pytest.mark.parametrize(
    "dateline",
    ["Singapore, 12 March 2024", "Brasília (DF), 27/08/2025", "Singapore, March 12, 2024"],
)
def test_a_place_in_a_dateline_is_where_the_release_was_issued(dateline):
    result = classify(
        "Service update",
        f"{dateline}\nMail to Israel is suspended until further notice.",
    )
    assert result.destinations == ["IL"]


def test_a_place_opening_a_sentence_with_a_date_later_is_no_dateline():
    result = classify(
        "Service update",
        "Mail to Japan, from 12 March 2024, is suspended until further notice.",
    )
    assert result.destinations == ["JP"]


# --- a suspended deadline, and tender words ---------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Licitación: suministro de furgonetas eléctricas",
            "Expediente: CON-24-0011\nEstado: Suspendido\nPresupuesto base de licitación: "
            "2.000.000 €\nSe suspende el plazo de presentación de ofertas hasta la resolución "
            "del recurso. Las empresas licitadoras de Francia o Italia podrán presentar ofertas.",
        ),
        (
            "Tender: supply of electric vans",
            "Reference: T-24-0011\nStatus: Suspended\nWe suspend the deadline for the "
            "submission of bids until the appeal is decided. Bidders from France or Italy may "
            "take part.",
        ),
    ],
)
def test_a_tender_whose_deadline_is_suspended_is_irrelevant(title, body):
    result = classify(title, body, source_kind="postal")
    assert not result.relevant
    assert result.destinations == []


def test_a_suspension_of_mail_is_still_a_suspension_beside_a_deadline_word():
    result = classify(
        "Mail to Chile suspended",
        "We suspend the acceptance of mail to Chile. The deadline for claims is not changed.",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"


# --- a form no longer accepted is a requirement ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Toute lettre contenant de la marchandise à destination de la Martinique devra être "
        "accompagnée d'une déclaration en douane électronique. La déclaration papier seule ne "
        "sera plus acceptée.",
        "Every parcel to Martinique must carry an electronic customs declaration. A paper "
        "declaration on its own will no longer be accepted.",
    ],
)
def test_a_paper_form_no_longer_accepted_is_a_new_requirement(body):
    result = classify("Colis vers la Martinique", body, source_kind="postal")
    assert result.change_kind == "new_requirement"
    assert "MQ" in result.destinations


# --- "restrictions" named by that word only --------------------------------------------


def test_a_stop_under_a_title_of_restrictions_is_a_stop():
    result = classify(
        "Einschränkungen beim Versand von Waren nach Kanada",
        "Ab Montag können wir von Geschäftskunden keine Pakete mit Waren nach Kanada mehr "
        "annehmen. Briefe ohne Waren sind nicht betroffen. Die Einschränkung gilt bis auf "
        "Weiteres.",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["CA"]


def test_restrictions_that_say_what_is_still_accepted_stay_restrictions():
    result = classify(
        "Ograniczenia w przyjmowaniu przesyłek do Kanady",
        "Komunikat\n\nSzanowni Klienci, poniżej przedstawiamy aktualne informacje dotyczące "
        "przesyłek zagranicznych nadawanych w placówkach pocztowych w całym kraju.\n\n"
        "W związku z ograniczeniem połączeń lotniczych oraz decyzjami przewoźników "
        "Poczta informuje, że od 14 marca 2022 r. do odwołania przesyłki do Kanady przyjmowane "
        "są na następujących warunkach:\n\n- przyjmowane są wyłącznie przesyłki listowe oraz "
        "paczki pocztowe o masie do 2 kg, przewożone drogą lądową;\n- nie są przyjmowane "
        "przesyłki EMS ani paczki z zadeklarowaną wartością.",
        source_kind="postal",
    )
    assert result.change_kind == "restriction"


# --- a pointer to another page names no destination ---------------------------------------


@pytest.mark.parametrize(
    "pointer",
    [
        "For shipments to Northern Ireland, please see our dedicated page.",
        "Sending to Northern Ireland? Different rules apply.",
    ],
)
def test_a_place_only_pointed_to_is_no_destination(pointer):
    result = classify(
        "New data rules for parcels to the EU",
        f"From 1 March every parcel to France must include the HS code of each item. {pointer}",
        source_kind="carrier",
    )
    assert result.destinations == ["FR"]


# --- quoted examples of wording, and "not even as a gift" ------------------------------


def test_quoted_words_in_a_run_of_examples_name_no_goods():
    result = classify(
        "New data rules for parcels to France",
        "From 1 March every parcel to France must include a precise description of the goods "
        '(for example "men\'s cotton shirts", not "clothing"; "smartphone", not '
        '"electronics").',
        source_kind="carrier",
    )
    assert "electronics" not in result.categories
    assert "textiles" not in result.categories


@pytest.mark.parametrize(
    "body",
    [
        "Ab dem 1. Juni dürfen Sendungen nach Katar keine alkoholischen Getränke mehr "
        "enthalten, auch nicht in kleinen Mengen oder als Geschenk.",
        "From 1 June, items to Qatar may no longer contain alcoholic drinks, not even as a gift.",
    ],
)
def test_not_even_as_a_gift_widens_a_ban_it_does_not_scope_it(body):
    result = classify("Katar: keine Sendungen mit Alkohol mehr", body, source_kind="postal")
    assert result.categories == ["alcohol"]
    assert result.change_kind == "prohibited_items"


# --- longer delivery times ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Langere bezorgtijd voor post naar Aruba",
            "Door beperkte vrachtcapaciteit duurt het bezorgen van brieven en pakketten naar "
            "Aruba op dit moment langer dan normaal.",
        ),
        (
            "Post nach Aruba",
            "Wegen fehlender Frachtkapazität dauert die Zustellung von Briefen und Paketen nach "
            "Aruba derzeit länger als üblich.",
        ),
    ],
)
def test_longer_than_normal_is_a_delay(title, body):
    result = classify(title, body, source_kind="postal")
    assert result.change_kind == "delay"
    assert result.destinations == ["AW"]


def test_services_that_continue_subject_to_screening_are_unaffected():
    result = classify(
        "Russia: value limit on shipments of goods",
        "We will only accept shipments of goods to Russia with a declared value of up to EUR "
        "300. Services to Belarus continue subject to sanctions screening.",
        source_kind="carrier",
    )
    assert result.destinations == ["RU"]


def test_places_that_remain_treated_as_another_are_unaffected():
    result = classify(
        "Envois vers l'Outre-mer",
        "À compter du 1er juillet, tout colis à destination de la Martinique devra être "
        "accompagné d'une déclaration en douane électronique. Les envois vers Monaco restent "
        "traités comme des envois à destination de la France métropolitaine.",
        source_kind="postal",
    )
    assert result.destinations == ["MQ"]


def test_what_you_must_observe_in_a_title_is_no_requirement():
    result = classify(
        "Bestellungen aus China: Was Sie beachten müssen",
        "Waren aus China unterliegen bei der Einfuhr nach Deutschland der Zollabfertigung. "
        "Die Abfertigung erfolgt in der Regel durch das Postunternehmen.",
        source_kind="customs",
    )
    assert result.change_kind != "new_requirement"
