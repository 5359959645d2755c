"""Causes found in session 38 (sets 183 to 186: mails to account holders, several changes in
one notice, groups of countries, text from PDFs), each with sentences of our own: no date for a
resumption, "Sie müssen nichts tun", a German day of the month inside a clause, prose wrapped at
a fixed width, groups of countries in more languages, Czech "přerušuje", webinar and invoice
titles, Turkish "izin verilmeyecektir", a carrier's dated alert blocks; and from sets 187 to 190
(corrections, minority languages, parts of countries, shipping software): places "pas visés" by
a strike; then guards where the new words must not act (several of them the reviews'
misfires)."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.text import Doc, list_under

# --- kinds ---


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Courrier vers le Yémen",
            "Aucune date de reprise n'a été communiquée pour les envois vers le Yémen.",
            "FR",
        ),
        (
            "Envíos a Yemen",
            "Todavía no hay fecha de reanudación de los envíos a Yemen.",
            "ES",
        ),
        (
            "Mail to Yemen",
            "No date has been set for the resumption of service to Yemen.",
            "GB",
        ),
        (
            "Envios para o Iémen",
            "Ainda não há data para a retomada dos envios para o Iémen.",
            "PT",
        ),
    ],
)
def test_no_date_for_the_resumption_is_a_stop_that_goes_on(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["YE"]


def test_nothing_to_do_beside_unchanged_prices_is_no_requirement():
    body = (
        "Ihre Preise für Paket International bleiben ab dem 1. Januar 2026 unverändert. "
        "Sie müssen nichts unternehmen."
    )
    result = classify("Ihre Konditionen 2026", body, origin="DE", source_kind="postal")
    assert not result.relevant


def test_a_czech_verb_of_interruption_is_a_stop():
    body = (
        "Česká pošta s okamžitou platností přerušuje přijímání všech zásilek do Mali a Nigeru. "
        "Do Čadu od pondělí opět přijímáme listovní zásilky, dodací lhůty mohou být delší."
    )
    result = classify(
        "Přerušení přijímání zásilek do Mali a Nigeru; obnovení do Čadu",
        body,
        origin="CZ",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert {"ML", "NE"} <= set(result.destinations)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Webinar: Versand in die USA 2026 - Zölle, Dokumente und Incoterms",
            "Die Zolländerungen der letzten Monate werfen viele Fragen auf. Melden Sie sich zu "
            "unserem kostenlosen Webinar am 12. März an: Zolltarifnummer, Ursprung und "
            "Zollwert, DDP oder DAP. Plätze begrenzt.",
        ),
        (
            "Your Express invoice is ready - account 7712",
            "A new invoice has been issued. Fuel surcharge GBP 48.20. Duties & taxes GBP 21.10. "
            "Shipments on this invoice went to Canada and Japan. Pay by card or direct debit.",
        ),
    ],
)
def test_a_webinar_or_an_invoice_is_no_change(title, body):
    assert not classify(title, body, origin="DE", source_kind="carrier").relevant


def test_a_turkish_ban_of_goods_entering_free_circulation():
    body = (
        "01.12.2024 tarihinden itibaren posta ve hızlı kargo yoluyla gelen gönderilerde "
        "elektronik sigara ve likitlerin serbest dolaşıma girişine izin verilmeyecektir."
    )
    result = classify(
        "Posta yoluyla gelen elektronik sigaralar hakkında genelge",
        body,
        origin="TR",
        source_kind="customs",
    )
    assert result.change_kind == "prohibited_items"
    assert "tobacco_vapes" in result.categories


# --- text from a PDF ---


def test_prose_wrapped_at_a_fixed_width_is_read_as_one_sentence():
    body = (
        "Depuis le 15 novembre, le syndicat des postes mène une grève nationale.\n\n"
        "Conséquences pour vos envois :\n"
        "–  les envois à destination du Canada, acheminés via Montréal et Toronto,\n"
        "   subiront des retards importants.\n"
        "–  aucune date de retour à la normale ne peut être communiquée."
    )
    result = classify(
        "Info réseau : grève à Postes Canada", body, origin="FR", source_kind="postal"
    )
    assert result.relevant
    assert result.change_kind == "delay"
    assert result.destinations == ["CA"]


def test_each_heading_keeps_its_own_list():
    doc = Doc.make(
        "Service update",
        "Letters\nto France\nto Spain\n\nParcels\nto Italy\nto Greece\n\nMore news",
    )
    heads = {doc.line_of(doc.full.index("Letters")), doc.line_of(doc.full.index("Parcels"))}
    items = {doc.full[a:b] for a, b in list_under(doc, heads, headings=True)}
    assert {"to France", "to Italy"} <= items


# --- groups of countries ---


@pytest.mark.parametrize(
    ("title", "body", "origin", "wanted"),
    [
        (
            "Iespējami sūtījumu piegādes kavējumi",
            "Sniega dēļ iespējami starptautisko pasta sūtījumu piegādes kavējumi uz pārējām "
            "Baltijas valstīm.",
            "LV",
            ["EE", "LT"],
        ),
        (
            "Obnovení příjmu balíků",
            "Od pondělí opět přijímáme balíky do zemí západního Balkánu.",
            "CZ",
            ["AL", "BA", "ME", "MK", "RS", "XK"],
        ),
        (
            "Colis vers l'Outre-mer",
            "Le seuil de franchise des envois de cadeaux vers les départements et régions "
            "d'outre-mer (DROM) est abaissé à 45 € au 1er janvier.",
            "FR",
            ["GF", "GP", "MQ", "RE", "YT"],
        ),
        (
            "Envio de sementes",
            "A partir de 1º de março fica proibido o envio de sementes para os demais Estados "
            "Partes do Mercosul.",
            "BR",
            ["AR", "PY", "UY"],
        ),
    ],
)
def test_a_group_of_countries_expands_to_its_members(title, body, origin, wanted):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.relevant
    assert result.destinations == wanted


def test_places_not_covered_by_a_strike_are_left_out():
    body = (
        "En raison d'une grève chez La Poste, les envois à destination de la France pourraient "
        "être livrés avec quelques jours de retard. Les envois à destination des départements "
        "et régions d'outre-mer (Guadeloupe, Martinique, Guyane, La Réunion et Mayotte) ne sont "
        "pas visés par ce mouvement."
    )
    result = classify(
        "Grève à La Poste : retards vers la France", body, origin="CA", source_kind="postal"
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["FR"]


# --- a carrier's alert blocks ---


@pytest.mark.parametrize("time", ["; 09:00 ET", ""])
def test_older_alert_blocks_are_history(time):
    body = (
        f"Summary (Last Updated: 12/11/2025{time})\n"
        "Storm Tessa - Bermuda service resumed\n"
        "Import shipments to Bermuda are again being accepted for all services.\n\n"
        f"Summary (Last Updated: 30/10/2025{time})\n"
        "Storm Tessa - Bahamas and Turks and Caicos\n"
        "Minor delays possible. This alert is now closed.\n"
    )
    result = classify("Service Alerts", body, origin="US", source_kind="carrier")
    assert result.change_kind == "resumption"
    assert result.destinations == ["BM"]


# --- guards ---


def test_guard_a_resumption_with_its_date_stays_a_resumption():
    body = (
        "Les envois vers le Liban reprennent à partir du 3 mai. La date de reprise a été "
        "confirmée par Liban Post."
    )
    result = classify("Liban", body, origin="FR", source_kind="postal")
    assert result.change_kind == "resumption"


def test_guard_a_german_requirement_stays_a_requirement():
    body = (
        "Ab dem 1. März müssen Sie für Pakete nach Norwegen die VOEC-Nummer angeben. "
        "Für Briefe müssen Sie nichts ändern."
    )
    result = classify("Pakete nach Norwegen", body, origin="DE", source_kind="postal")
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["NO"]


def test_guard_a_webinar_named_in_the_body_keeps_the_change():
    body = (
        "From 29 August, parcels with goods to the United States must carry electronic customs "
        "data (item description, value, HS code). Join our webinar on 20 August to learn more."
    )
    result = classify(
        "New customs data for parcels to the United States", body, origin="GB", source_kind="postal"
    )
    assert result.relevant
    assert result.destinations == ["US"]


def test_guard_a_stop_because_of_duties_stays_a_stop():
    body = "Wegen der neuen Zölle nimmt die Post ab sofort keine Pakete mehr in die USA an."
    result = classify("Annahmestopp USA", body, origin="DE", source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["US"]


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (
            "New duties on parcels to the United States from 29 August - join our webinar",
            "From 29 August, duties apply to all parcels with goods sent to the United States, "
            "whatever their value.",
            "duty_tax_change",
        ),
        (
            "Webinar recap: mail to China resumed",
            "Since Monday we accept letters and parcels to China again.",
            "resumption",
        ),
    ],
)
def test_guard_a_webinar_beside_a_change_in_a_title_keeps_the_change(title, body, kind):
    result = classify(title, body, origin="GB", source_kind="postal")
    assert result.relevant
    assert result.change_kind == kind


def test_guard_a_strike_that_interrupts_work_is_no_stop():
    body = (
        "Odborová organizace přerušila práci v třídicím centru. Zásilky do zahraničí budou "
        "doručeny se zpožděním."
    )
    result = classify("Stávka v třídicím centru", body, origin="CZ", source_kind="postal")
    assert result.change_kind != "suspension"


def test_guard_a_turkish_rule_on_paying_is_no_ban_of_goods():
    body = "1 Ocak'tan itibaren yurt dışı gönderilerde nakit ödemeye izin verilmeyecektir."
    result = classify("Ödeme yöntemleri", body, origin="TR", source_kind="postal")
    assert result.change_kind != "prohibited_items"


def test_guard_a_stop_continued_with_and_not_to_keeps_both_places():
    body = "Please do not send items to Russia and not to Belarus until further notice."
    result = classify("Mail to Russia and Belarus", body, origin="GB", source_kind="postal")
    assert result.destinations == ["BY", "RU"]
