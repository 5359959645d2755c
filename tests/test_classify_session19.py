"""Causes found in session 19, each with sentences of our own: "you cannot send" as a ban,
places named after "the same applies to" below places spared, exclusions of "items sent to"
a place, and "nothing changes there" closing a clause."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.kinds import decide_kind
from monitor.classify.text import Doc

# --- "you cannot send" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "From 1 March, you cannot send meat or dairy products to Canada.",
        "From 1 March, you can't send meat or dairy products to Canada.",
    ],
)
def test_you_cannot_send_is_a_ban(body):
    result = classify("Sending food abroad", body)
    assert result.relevant
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["CA"]
    assert result.categories == ["food"]


def test_what_you_cannot_send_as_a_heading_is_no_vote_of_its_own():
    result = classify(
        "Sending food to the EU: meat and dairy no longer allowed",
        "What you can't send\nYou can no longer send the following to any EU country:\n"
        "- meat and meat products\n- milk and dairy products\n\nWhat you can still send\n"
        "- fish (up to 20kg per item)\n- fruit only if accompanied by a certificate",
    )
    assert result.change_kind == "prohibited_items"
    # the heading names the list below it; only the sentence under it votes
    doc = Doc.make(
        "Sending food", "What you can't send: meat\nYou can no longer send meat to Canada."
    )
    voted = [doc.full[v.start : v.end].lower() for v in decide_kind(doc).votes]
    assert "can't send" not in voted
    assert "no longer send" in voted


def test_a_condition_on_what_you_cannot_send_is_no_ban():
    result = classify(
        "Sending a parcel", "If you cannot send your parcel online, visit any branch."
    )
    assert not result.relevant


# --- "the same applies to" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Customs declarations",
            "From 1 March, all items to France need a customs declaration. Items to Norway "
            "already need customs declarations, so nothing changes there. The same applies to "
            "Jersey and Guernsey.",
        ),
        (
            "Zollinhaltserklärung",
            "Ab 1. März braucht jede Sendung nach Frankreich eine Zollinhaltserklärung. "
            "Sendungen nach Norwegen sind nicht betroffen. Dasselbe gilt für Jersey und "
            "Guernsey.",
        ),
    ],
)
def test_places_after_the_same_applies_to_share_the_spared_role(title, body):
    result = classify(title, body)
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["FR"]


def test_the_same_applies_to_after_a_destination_keeps_both():
    result = classify(
        "Customs declarations",
        "From 1 March, all items to France need a customs declaration. The same applies to "
        "Jersey and Guernsey.",
    )
    assert result.destinations == ["FR", "GG", "JE"]


# --- exclusions of "items sent to" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "From 1 March, you cannot send meat to Canada. This does not apply to items sent to "
        "Jersey, or to the Channel Islands and the Isle of Man.",
        "From 1 March, you cannot send meat to Canada. These rules do not apply to items sent "
        "to Jersey, Guernsey or the Isle of Man, which follow their own rules.",
    ],
)
def test_items_sent_to_a_place_that_a_rule_does_not_apply_to_are_spared(body):
    result = classify("Sending food abroad", body)
    assert result.destinations == ["CA"]


def test_an_exemption_that_does_not_apply_to_items_sent_somewhere_names_it():
    result = classify(
        "Duty on low-value goods",
        "From 1 March, the duty exemption does not apply to items sent to the United States; "
        "duty is charged on every item.",
    )
    assert "US" in result.destinations


# --- "nothing changes there" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Douaneformulier",
            "Vanaf 1 januari is voor elke zending naar Frankrijk een douaneformulier nodig. "
            "Voor zendingen naar Jersey, Guernsey, het eiland Man en Gibraltar was al een "
            "douaneformulier verplicht; daar verandert niets.",
        ),
        (
            "Zollinhaltserklärung",
            "Ab 1. Januar braucht jede Sendung nach Frankreich eine Zollinhaltserklärung. Für "
            "Sendungen nach Jersey war sie bereits nötig; hier ändert sich nichts.",
        ),
    ],
)
def test_places_of_a_clause_closed_by_nothing_changes_there_are_unaffected(title, body):
    result = classify(title, body)
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["FR"]


# --- an acronym is no word of ending ---------------------------------------------------------


def test_an_acronym_that_reads_ends_lifts_no_ban():
    result = classify(
        "Mailability of electronic nicotine delivery systems",
        "Electronic nicotine delivery systems (ENDS) are nonmailable. ENDS include electronic "
        "cigarettes, vape pens and e-liquids. ENDS are prohibited in all outbound international "
        "mail.",
    )
    assert result.change_kind == "prohibited_items"
    assert "tobacco_vapes" in result.categories


def test_a_ban_that_ends_is_still_a_resumption():
    result = classify(
        "Mail to Norway",
        "END OF THE SUSPENSION OF PARCELS TO NORWAY\nParcels to Norway are accepted from today.",
    )
    assert result.change_kind == "resumption"


# --- domestic lists ------------------------------------------------------------------------------


def test_every_place_of_a_domestic_list_is_no_destination():
    result = classify(
        "Vapes are nonmailable",
        "From 1 May, vapes are prohibited in all international mail. The limited exceptions "
        "for shipments within Alaska or Hawaii apply only to domestic mail.",
    )
    assert result.destinations == ["*"]


# --- an instruction that follows a stop that goes on -----------------------------------------


def test_do_not_post_after_remain_suspended_does_not_outweigh_a_resumption():
    result = classify(
        "Service update: Ukraine, Russia and Belarus",
        "We have resumed our services to Ukraine, for both letters and parcels.\n\n"
        "Services to Russia and Belarus remain suspended until further notice.\n\n"
        "Please do not post items to Russia or Belarus.",
    )
    assert result.change_kind == "resumption"


def test_a_stop_in_the_next_paragraph_that_is_no_instruction_still_counts():
    result = classify(
        "Service update",
        "We have resumed our services to Ukraine.\n\nServices to Russia remain suspended "
        "until further notice.\n\nParcels to Russia are suspended.",
    )
    assert result.change_kind == "suspension"


def test_nothing_changes_for_letters_but_a_rule_for_parcels_is_news():
    result = classify(
        "Norway",
        "We remind you that the rules for letters have not changed, but from 1 March parcels "
        "to Norway need an electronic customs declaration.",
    )
    assert result.change_kind == "new_requirement"


def test_can_again_send_after_a_pause_is_a_resumption():
    result = classify(
        "Israel",
        "From today, customers can again send parcels to Israel after a three-month pause.",
    )
    assert result.change_kind == "resumption"


def test_a_new_stop_in_the_next_paragraph_still_counts():
    result = classify(
        "Service update",
        "Services to Russia remain suspended until further notice.\n\n"
        "From 1 May we are also suspending all parcels to Belarus.",
    )
    assert result.change_kind == "suspension"
    assert "BY" in result.destinations


# --- the name of a law -------------------------------------------------------------------------


def test_goods_named_in_a_laws_title_are_no_category():
    result = classify(
        "Vapes are nonmailable",
        "To implement the Preventing Online Sales of E-Cigarettes to Children Act, vapes are "
        "prohibited in all international mail from 1 May.",
    )
    assert result.categories == ["tobacco_vapes"]


def test_online_sales_outside_a_laws_name_still_scope_a_stop():
    result = classify(
        "Online sales to Canada",
        "From 1 May, we no longer accept Online Sales shipments to Canada; gifts can still be "
        "sent under the Act.",
    )
    assert "commercial_goods" in result.categories


# --- others' stops in an aside -----------------------------------------------------------------


def test_others_stops_with_an_aside_after_their_subject_are_not_the_senders():
    result = classify(
        "Shipping to the U.S.: we continue to deliver",
        "Postal operators in several countries, including in Europe and Asia, have paused "
        "shipping goods to the United States. We continue to accept and deliver parcels to the "
        "United States as normal.",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["US"]


# --- reminders "as always" ---------------------------------------------------------------------


def test_duties_in_a_list_under_as_always_are_a_reminder():
    result = classify(
        "Shipping to the U.S.: we continue to deliver",
        "You may have seen reports that postal operators in several countries have paused "
        "shipping goods to the United States.\n\nWe continue to accept and deliver parcels to "
        "the United States.\n\nAs always, make sure you:\n- complete the customs form in "
        "full, with the country of origin;\n- tell your customers that they may have to pay "
        "duties and taxes when their items arrive.",
    )
    assert result.change_kind == "informational"


def test_a_new_duty_after_an_as_always_list_still_counts():
    result = classify(
        "New duty on parcels",
        "As always, make sure you:\n- complete the customs form in full.\n\nFrom 1 May, a new "
        "import duty of 10% applies to every parcel to the United States.",
    )
    assert result.change_kind == "duty_tax_change"


# --- descriptions refused ------------------------------------------------------------------------


def test_generic_terms_refused_with_examples_are_a_data_rule():
    result = classify(
        "ICS2: new data requirements",
        "From 1 March, items to Norway must be accompanied by electronic data. Customers must "
        "provide a precise description of each item; generic terms such as 'gift', 'parts', "
        "'clothing' or 'samples' will not be accepted.",
    )
    assert result.change_kind == "new_requirement"


# --- words of no goods -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        (
            "Border operations at Gold Coast Airport are continuing as normal despite the "
            "cyclone, and clearance of international mail to Australia continues.",
            "cash_valuables",
        ),
        (
            "We have suspended all mail and parcels to Tonga. Please don't send donated goods "
            "by post; cash donations are the most effective way to help.",
            "cash_valuables",
        ),
    ],
)
def test_a_metal_in_a_place_name_or_cash_donations_are_no_valuables(body, absent):
    result = classify("Service update", body)
    assert result.relevant
    assert absent not in result.categories


@pytest.mark.parametrize(
    "body",
    [
        "From 1 May, cash and banknotes can no longer be sent to Tonga.",
    ],
)
def test_cash_sent_by_post_is_still_valuables(body):
    result = classify("Mail to Tonga", body)
    assert "cash_valuables" in result.categories


# --- "must:" over a list -----------------------------------------------------------------------


def test_must_over_a_list_of_steps_is_a_requirement():
    result = classify(
        "New portal for importers",
        "From 21 October, commercial importers into Canada must:\n- register for the client "
        "portal;\n- submit accounting declarations through the portal.",
    )
    assert result.change_kind == "new_requirement"


def test_duties_that_couriers_continue_to_collect_are_no_new_duty():
    result = classify(
        "The client portal is the system of record",
        "From 21 October, the portal is the system for the collection of duties and taxes on "
        "commercial imports into Canada. Commercial importers must:\n- register for the "
        "portal;\n- submit declarations through the portal.\nCouriers will continue to collect "
        "duties and taxes on personal shipments.",
    )
    assert result.change_kind == "new_requirement"


# --- results releases and holidays -------------------------------------------------------------


def test_an_auditors_limited_review_is_no_restriction():
    result = classify(
        "Résultats semestriels 2025 du Groupe",
        "Chiffre d'affaires consolidé : 17,2 Md€, porté par les colis. Résultat net : 129 M€. "
        "Les états financiers consolidés résumés ont fait l'objet d'un examen limité par les "
        "commissaires aux comptes.",
    )
    assert not result.relevant


def test_french_resumes_of_accounts_are_no_resumption():
    result = classify(
        "Comptes du premier semestre",
        "Les comptes consolidés résumés du premier semestre sont publiés aujourd'hui. Le "
        "chiffre d'affaires des colis est en hausse de 3 %.",
    )
    assert not result.relevant


def test_english_resumes_is_still_a_resumption():
    result = classify("Mail to Israel", "Acceptance of mail to Israel resumes today.")
    assert result.change_kind == "resumption"
    assert result.destinations == ["IL"]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Ascension : horaires d'ouverture des filiales",
            "Le jeudi de l'Ascension, les filiales et les points de retrait resteront fermés. "
            "Le vendredi, les filiales sont ouvertes selon les horaires habituels.\nLa "
            "distribution des lettres et des colis est suspendue le jeudi et reprend le "
            "vendredi. Consultez les horaires de votre filiale en ligne.",
        ),
        (
            "Pfingstmontag: Öffnungszeiten der Filialen",
            "Am Pfingstmontag bleiben die Filialen geschlossen. Am Dienstag sind die Filialen "
            "zu den gewohnten Öffnungszeiten geöffnet.\nDie Zustellung ist am Pfingstmontag "
            "ausgesetzt und wird am Dienstag fortgesetzt.",
        ),
    ],
)
def test_a_one_day_holiday_closure_is_no_news(title, body):
    assert not classify(title, body).relevant


def test_a_delay_to_a_place_on_a_holiday_page_is_still_news():
    result = classify(
        "Ascension : horaires d'ouverture des filiales",
        "Le jeudi de l'Ascension, les filiales resteront fermées. Le vendredi, les filiales "
        "sont ouvertes selon les horaires habituels. Les envois vers le Canada seront retardés "
        "d'une semaine.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["CA"]


# --- origins ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "À compter du 26 février, les colis contenant des puffs, qu'ils proviennent de Chine "
        "ou d'un autre pays de l'Union européenne, seront saisis à l'importation en France.",
        "À compter du 26 février, les colis contenant des puffs provenant d'un autre État "
        "membre de l'Union européenne seront saisis à l'importation en France.",
    ],
)
def test_goods_from_another_eu_country_leave_the_importing_member(body):
    result = classify("Interdiction des puffs", body, source_kind="customs")
    assert result.destinations == ["FR"]
    assert result.change_kind == "prohibited_items"


def test_purchases_on_platforms_of_a_country_come_from_it():
    result = classify(
        "Nuevo régimen para envíos internacionales",
        "A partir del 9 de diciembre, el valor máximo por envío aumenta a US$ 3.000 para las "
        "compras realizadas en plataformas de China y Estados Unidos.",
    )
    assert "CN" not in result.destinations
    assert "US" not in result.destinations


def test_a_phrase_that_ends_on_an_elided_article_is_found():
    result = classify(
        "Colis vers la Suisse",
        "À partir du 1er mars, les colis hors de l'Union européenne vers la Suisse doivent "
        "être accompagnés d'une déclaration en douane électronique.",
    )
    assert result.destinations == ["CH"]


def test_a_currency_names_no_destination():
    result = classify(
        "États du Golfe : données douanières",
        "À partir du 1er mars, les envois vers l'Arabie saoudite doivent être accompagnés "
        "de données électroniques, avec la valeur en francs suisses.",
    )
    assert result.destinations == ["SA"]


def test_the_gulf_cooperation_council_with_examples_means_all_its_members():
    result = classify(
        "États du Golfe : données douanières électroniques obligatoires",
        "Les administrations douanières des États membres du Conseil de coopération du Golfe "
        "(CCG), notamment l'Arabie saoudite et les Émirats arabes unis, exigeront à compter "
        "du 1er mars la transmission électronique des données pour tous les envois.",
    )
    assert result.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


def test_a_country_that_mail_transits_is_no_destination():
    result = classify(
        "Retrasos en envíos a Centroamérica",
        "Los envíos con destino a Guatemala y Honduras que transitan por Estados Unidos "
        "presentan retrasos de entre 10 y 20 días.",
    )
    assert result.destinations == ["GT", "HN"]
    assert result.change_kind == "delay"


def test_a_city_named_after_its_country_heading_a_release_is_its_publisher():
    result = classify(
        "Retrasos en envíos a Guatemala",
        "Ciudad de México, 22 de septiembre de 2025\nLos envíos con destino a Guatemala "
        "presentan retrasos de entre 10 y 20 días.",
    )
    assert result.destinations == ["GT"]


# --- delays that may happen ---------------------------------------------------------------------


def test_disruptions_not_ruled_out_beside_normal_service_are_no_delay():
    result = classify(
        "Mobilisation du 10 septembre : vos colis distribués normalement",
        "La distribution du courrier et des colis sera assurée normalement sur l'ensemble du "
        "territoire. Quelques perturbations locales ne sont pas exclues en cas de blocages.",
    )
    assert result.change_kind == "informational"


def test_a_delay_that_cannot_be_ruled_out_alone_is_still_a_delay():
    result = classify(
        "Strike on 10 September",
        "Because of a strike on 10 September, delays to parcels to France cannot be ruled out.",
    )
    assert result.change_kind == "delay"


# --- "only if accompanied by" a document ---------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "New rules for plants",
            "From 14 December, plants may only be imported into Germany if they are accompanied "
            "by a phytosanitary certificate.",
        ),
        (
            "Neue Regelungen für Pflanzen",
            "Ab dem 14. Dezember dürfen Pflanzen nur noch dann nach Deutschland eingeführt "
            "werden, wenn ihnen ein amtliches Pflanzengesundheitszeugnis beiliegt.",
        ),
    ],
)
def test_only_with_a_document_that_goes_with_the_item_is_a_requirement(title, body):
    result = classify(title, body)
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["DE"]


@pytest.mark.parametrize(
    "body",
    [
        "From 1 July, we accept alcohol to Sweden only when the shipper holds a valid alcohol "
        "licence.",
        "From 1 July, plants can only be sent to Germany up to 2 kg per parcel.",
    ],
)
def test_only_for_licence_holders_or_up_to_a_weight_stays_a_restriction(body):
    assert classify("New rules", body).change_kind == "restriction"


@pytest.mark.parametrize(
    "body",
    [
        "From 1 March, you cannot send loose lithium batteries in international mail.",
        "From 1 March, customers cannot ship lithium batteries by international airmail.",
    ],
)
def test_you_cannot_send_goods_names_goods_not_a_place(body):
    result = classify("Lithium batteries", body)
    assert result.change_kind == "prohibited_items"
    assert "lithium_batteries" in result.categories


@pytest.mark.parametrize(
    "body",
    [
        "We cannot mail printed catalogues this year; please browse our website instead.",
        "You cannot post parcels at our Main Street branch while it is being renovated.",
        "Customers who cannot send their parcels with online postage can buy postage at any "
        "branch.",
    ],
)
def test_cannot_send_of_no_goods_and_no_place_is_no_stop(body):
    assert not classify("Notice", body).relevant


def test_cannot_send_without_a_commercial_invoice_is_a_requirement():
    result = classify(
        "Norway", "From 1 March, you cannot send goods to Norway without a commercial invoice."
    )
    assert result.change_kind == "new_requirement"


def test_a_destination_in_another_eu_country_is_no_origin():
    result = classify(
        "Cigarettes électroniques interdites",
        "À partir du 1er mars, les colis à destination d'un autre pays de l'Union européenne "
        "contenant des cigarettes électroniques ne sont plus acceptés.",
    )
    assert "DE" in result.destinations


def test_goods_words_in_a_law_name_after_the_are_no_category():
    result = classify(
        "Lithium batteries to Japan",
        "To comply with the Food and Drugs Act, lithium batteries can no longer be sent to "
        "Japan from 1 May.",
    )
    assert result.categories == ["lithium_batteries"]


def test_the_gulf_of_mexico_in_spanish_is_no_gulf_state():
    result = classify(
        "Retrasos por lluvias",
        "Los envíos a los estados del Golfo de México presentan retrasos de hasta 5 días.",
    )
    assert "SA" not in result.destinations


# --- tables, operators' names, rumours -------------------------------------------------------


def test_a_numbered_table_of_suspended_destinations_names_every_row():
    result = classify(
        "List of destinations where EMS service is temporarily suspended",
        "Dear customers,\nDue to the suspension of flights, China Post has temporarily "
        "suspended the acceptance of international EMS items to the following countries and "
        "regions. Items to these destinations will not be accepted at any outlet until further "
        "notice.\n\nNo. | Destination | Services suspended | Suspended since | Remarks\n"
        "1 | Afghanistan | EMS, international parcels | 2021-08-16 | No transport available\n"
        "2 | Yemen | EMS | 2015-04-02 | Destination operator unable to deliver\n"
        "3 | Syria | EMS | 2012-07-10 |\n4 | Libya | EMS, international parcels | 2014-08-01 |",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["AF", "LY", "SY", "YE"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Pos Indonesia resumes acceptance of international mail to Myanmar from 3 May.\n"
            "Pos Indonesia",
            ["MM"],
        ),
        (
            "Goods to the United States are suspended from 29 August.\nPost Fiji Pte Limited",
            ["US"],
        ),
        (
            "Parcels sent from Hong Kong to the US. Hongkong Post will suspend goods to the US "
            "from 27 April.",
            ["US"],
        ),
    ],
)
def test_a_post_named_after_its_country_is_the_operator(body, expected):
    assert classify("Customer advisory", body).destinations == expected


def test_reports_a_clarification_says_are_not_correct_deny_the_stop():
    result = classify(
        "Clarification: postal services to Bangladesh",
        "Some social media posts have claimed that India Post has suspended postal services to "
        "Bangladesh. It is clarified that these reports are not correct. Booking of letters "
        "and parcels to Bangladesh continues at all post offices.",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["BD"]


def test_a_temporary_non_acceptance_is_a_stop():
    result = classify(
        "ADVISORY: Temporary non-acceptance of international mail items containing lithium "
        "batteries",
        "All post offices will temporarily NOT ACCEPT international mail items containing "
        "lithium batteries, power banks and smart watches effective 10 March.",
    )
    assert result.change_kind == "suspension"
    assert "jewelry" not in result.categories


# --- no mail --------------------------------------------------------------------------------------


def test_a_delayed_payment_of_salaries_is_no_delay_of_mail():
    result = classify(
        "Statement on delayed payment of staff salaries",
        "The Management acknowledges the delay in the payment of salaries to its employees "
        "for December and January.\n\nThe delay has been occasioned by cash-flow challenges. "
        "The Board has approved a strategy that includes partnerships with operators in China, "
        "the United Arab Emirates and the United States.\n\nSalary arrears for December will "
        "be paid by 15 March.",
    )
    assert not result.relevant


def test_a_tenders_suspended_timetable_is_no_stop():
    result = classify(
        "Invitación Abierta N.° 012 de 2024",
        "Objeto: contratar el transporte aéreo de despachos postales hacia Estados Unidos y "
        "España.\nAdenda N.° 1: se suspende el cronograma del proceso hasta nuevo aviso, para "
        "ajustar el anexo sobre baterías de litio.",
    )
    assert not result.relevant


def test_portuguese_services_that_keep_working_are_normal_service():
    result = classify(
        "Correios mantêm operação durante paralisação parcial",
        "Todas as agências estão abertas, e os serviços de postagem e entrega, incluindo as "
        "encomendas internacionais, estão funcionando.",
    )
    assert result.relevant
    assert result.change_kind == "informational"


# --- a stop under a title of "disruption" -------------------------------------------------------


def test_a_stop_outranks_a_generic_disruption_title():
    result = classify(
        "Middle East: Service disruption - Israel, Iraq, Jordan",
        "Middle East: Service disruption - Israel, Iraq, Jordan\nLast updated: 15 June 2025\n\n"
        "Due to the closure of airspace, we have temporarily suspended pickup and delivery "
        "services in Israel until further notice.\n\nIraq and Jordan: flights are operating "
        "with restrictions and customers should expect delays of 48 to 72 hours.",
    )
    assert result.change_kind == "suspension"


def test_delays_said_as_delays_still_outrank_a_small_stop():
    result = classify(
        "Delays to Iraq and Jordan",
        "Shipments to Iraq and Jordan are delayed by 48 to 72 hours. Shipments to Israel are "
        "delayed by up to a week. Deliveries in Iraq are delayed. Pickups in Jordan are "
        "delayed. Our Amman counter has suspended cash payments.",
    )
    assert result.change_kind == "delay"


# --- territories and what stays accepted, in Spanish --------------------------------------------


def test_a_countrys_territories_in_brackets_are_destinations_with_it():
    result = classify(
        "Suspensión temporal de envíos con mercancía hacia Estados Unidos",
        "A partir del 28 de agosto se suspende la admisión de envíos que contengan mercancía "
        "con destino a Estados Unidos y sus territorios (Puerto Rico, Guam e Islas Vírgenes de "
        "los Estados Unidos). Los envíos que contengan exclusivamente documentos continuarán "
        "siendo admitidos con normalidad.",
    )
    assert result.destinations == ["GU", "PR", "US", "VI"]
    assert result.categories == ["all_goods"]


# --- review 3 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Stati del Golfo",
            "Le spedizioni verso gli Stati del Golfo sono sospese fino a nuovo avviso.",
        ),
        (
            "Estados del Golfo",
            "Los envíos a los Estados del Golfo están suspendidos hasta nuevo aviso.",
        ),
    ],
)
def test_the_gulf_states_in_italian_and_spanish(title, body):
    assert classify(title, body).destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


def test_a_recipients_non_acceptance_is_no_stop():
    result = classify(
        "Return fee for Norway",
        "From 1 April, items to Norway returned because of non-acceptance by the recipient are "
        "charged a return fee of NOK 150.",
    )
    assert result.change_kind == "duty_tax_change"


def test_a_suspended_calendar_of_a_call_for_tenders_is_no_stop():
    result = classify(
        "Appel d'offres",
        "La Poste suspend le calendrier de l'appel d'offres pour le transport aérien vers le "
        "Canada.",
    )
    assert not result.relevant


def test_french_territories_in_brackets_are_destinations_with_their_country():
    result = classify(
        "Envois vers les États-Unis",
        "À partir du 1er mars, les envois vers les États-Unis et ses territoires (Porto Rico, "
        "Guam) sont suspendus.",
    )
    assert result.destinations == ["GU", "PR", "US"]


def test_a_numbered_table_with_a_column_of_origins_names_no_destinations():
    result = classify(
        "New duty on imports into Canada",
        "From 1 May, a new import duty applies to goods imported into Canada from these "
        "countries:\nNo. | Country of origin | Duty\n1 | China | 10%\n2 | Vietnam | 10%",
        source_kind="customs",
    )
    assert result.destinations == ["CA"]


# --- batch 4: Baltic and Icelandic words, customs reminders and statistics ----------------------


@pytest.mark.parametrize(
    ("title", "body", "kind", "codes"),
    [
        (
            "Saadetiste vastuvõtt Venemaale on peatatud",
            "Alates 2. märtsist on kõigi postisaadetiste vastuvõtt Venemaale peatatud.",
            "suspension",
            ["RU"],
        ),
        (
            "Atnaujinamas siuntų į Izraelį priėmimas",
            "Nuo liepos 1 d. atnaujinamas pašto siuntų į Izraelį priėmimas.",
            "resumption",
            ["IL"],
        ),
        (
            "Izmaiņas sūtījumu pieņemšanā uz ASV",
            "No 25. augusta Latvijas Pasts ierobežo sūtījumu pieņemšanu uz ASV. Nepieņemsim "
            "komercsūtījumus.",
            "restriction",
            ["US"],
        ),
    ],
)
def test_baltic_notices_are_read(title, body, kind, codes):
    result = classify(title, body)
    assert result.relevant
    assert result.change_kind == kind
    assert result.destinations == codes


def test_a_post_named_posti_is_no_mail_word():
    result = classify(
        "Posti annual report",
        "Posti published its annual report today. Revenue grew by 3 per cent.",
    )
    assert not result.relevant


def test_the_same_rules_apply_answers_a_question_of_scope_with_yes():
    result = classify(
        "Electronic customs declaration required for goods sent to the EU",
        "From 1 July, all goods to the EU must have an electronic customs declaration.\n\n"
        "Sending to Sweden or Finland? The same rules apply to all 27 EU member states. Note "
        "that Svalbard is not affected.",
    )
    assert {"SE", "FI"} <= set(result.destinations)


def test_a_stop_that_may_follow_a_rule_is_a_consequence():
    result = classify(
        "Advance information required for goods imported to Norway",
        "From 1 July, all goods imported to Norway must be reported electronically before "
        "they arrive. Consignments that have not been reported may be stopped at the border.",
    )
    assert result.change_kind == "new_requirement"


def test_a_possible_stop_alone_is_still_a_stop():
    result = classify(
        "Mail to Israel",
        "Parcels to Israel may be suspended from 1 May if flights do not resume.",
    )
    assert result.change_kind == "suspension"


def test_customs_statistics_and_auctions_are_no_news():
    assert not classify(
        "Jahresbilanz 2024: Der Zoll zieht Bilanz",
        "Der Zoll hat im Jahr 2024 rund 163,7 Milliarden Euro an Steuern eingenommen. Bei "
        "Kontrollen in Postzentren fielen gefälschte Markenartikel auf.",
    ).relevant
    assert not classify(
        "Receita Federal realiza leilão de mercadorias apreendidas",
        "O leilão previsto para março foi suspenso e seus lotes foram incluídos neste edital "
        "de remessas internacionais.",
    ).relevant


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "E-commerce : la douane renforce les contrôles",
            "La douane intensifie ses contrôles des colis.\n\nPour les consommateurs belges, "
            "rien ne change :\n- la TVA est due dès le premier euro ;\n- les envois jusqu'à 150 "
            "euros restent exonérés de droits de douane.",
        ),
        (
            "Black Friday e acquisti online",
            "L'UDSC ricorda le regole per gli invii dall'estero. Le regole restano invariate:\n"
            "- L'IVA all'importazione non viene riscossa se l'importo è inferiore a 5 franchi.\n"
            "- Le imprese di trasporto possono fatturare tasse di sdoganamento.",
        ),
    ],
)
def test_duties_listed_under_rules_unchanged_are_a_reminder(title, body):
    assert classify(title, body, source_kind="customs").change_kind == "informational"


def test_a_new_duty_under_a_rules_unchanged_line_with_a_date_still_counts():
    result = classify(
        "Changes for Norway",
        "For most senders nothing changes:\n- from 1 July, a new 10% import duty applies to "
        "parcels to Norway.",
    )
    assert result.change_kind == "duty_tax_change"


# --- review 4 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Los envíos a NY sufren retrasos por la tormenta de nieve.", "delay"),
        ("Paketit Ruotsiin, pvm 1.3.2025. Paketit Ruotsiin kulkevat normaalisti.", "informational"),
    ],
)
def test_short_words_of_other_languages_do_not_collide(body, kind):
    assert classify("Notice", body).change_kind == kind


def test_can_again_send_once_a_stop_is_lifted_is_no_resumption():
    result = classify(
        "Mail to Yemen",
        "Mail to Yemen remains suspended. Customers whose items were returned can again send "
        "them once the suspension is lifted.",
    )
    assert result.change_kind == "suspension"


@pytest.mark.parametrize(
    "body",
    [
        "Rien ne change pour les lettres, mais pour les colis vers le Royaume-Uni à partir du "
        "1er janvier :\n- une déclaration en douane électronique est obligatoire\n- la TVA "
        "britannique est perçue sur chaque envoi",
        "Nothing changes for you, apart from two points:\n- parcels to Switzerland need an "
        "electronic customs declaration\n- the VAT is due from the first franc",
    ],
)
def test_a_rules_unchanged_line_that_names_an_exception_heads_news(body):
    assert classify("Changes", body).change_kind in ("new_requirement", "duty_tax_change")


def test_the_same_rules_apply_only_to_others_is_no_yes():
    result = classify(
        "Electronic customs declaration required for goods sent to the EU",
        "From 1 July, all goods to the EU must have an electronic customs declaration.\n\n"
        "Sending to Switzerland or Norway? The same rules apply only to EU member states; "
        "Switzerland and Norway are not affected.",
    )
    assert "CH" not in result.destinations
    assert "NO" not in result.destinations
