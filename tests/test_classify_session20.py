"""Causes found in session 20, each with sentences of our own: refusals said plainly in other
languages than English ("ne sont pas acceptés", "werden nicht angenommen"), longer delivery
times with the verb apart, carriers' banners that name no goods, remarks on the places a table
leaves out, lists of territories after a dash, and places spared in Czech, German and Polish."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.kinds import decide_kind
from monitor.classify.text import Doc

# --- refusals said plainly ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Les colis contenant des médicaments ne sont pas acceptés à destination de la Libye.",
        "Pakete mit Arzneimitteln nach Libyen werden nicht angenommen.",
        "I pacchi con medicinali per la Libia non sono accettati.",
        "Los paquetes con medicamentos para Libia no son aceptados.",
        "As encomendas com medicamentos para a Líbia não são aceites.",
        "Pakketten met medicijnen naar Libië worden niet geaccepteerd.",
    ],
)
def test_a_plain_refusal_is_a_stop_in_every_language(body):
    result = classify("Libya", body)
    assert result.relevant
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["LY"]
    assert result.categories == ["medicines"]


@pytest.mark.parametrize(
    "body",
    [
        "Desde el 1 de marzo los paquetes para Rusia ya no son aceptados.",
        "A partir de 1 de março, as encomendas para a Rússia já não são aceites.",
    ],
)
def test_no_longer_accepted_in_spanish_and_portuguese(body):
    result = classify("Rusia", body)
    assert result.change_kind == "suspension"
    assert result.destinations == ["RU"]


@pytest.mark.parametrize(
    "body",
    [
        "Les colis pour les États-Unis ne sont pas acceptés sans déclaration en douane "
        "électronique.",
        "I pacchi per gli Stati Uniti non sono accettati senza dichiarazione doganale elettronica.",
    ],
)
def test_refused_without_a_declaration_is_a_requirement(body):
    result = classify("United States", body)
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["US"]


def test_generic_descriptions_no_longer_accepted_in_italian_ask_for_data():
    result = classify(
        "ICS2: nuovi requisiti",
        "Dal 1° marzo 2023, per tutti gli invii contenenti merci destinati alla Norvegia, le "
        "autorità doganali devono ricevere dati elettronici. Indicazioni generiche come "
        "«regalo» o «merce» non sono più accettate.",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["NO"]


def test_a_word_in_german_low_quotes_is_a_word_not_goods():
    result = classify(
        "ICS2",
        "Ab 1. März brauchen Pakete nach Norwegen vollständige elektronische Daten. "
        "Unzureichende Warenbeschreibungen wie „Geschenk“ oder „Ersatzteile“ werden nicht "
        "akzeptiert.",
    )
    assert result.change_kind == "new_requirement"
    assert "gifts" not in result.categories


@pytest.mark.parametrize(
    "body",
    [
        "From 26 February, disposable vapes can no longer be imported into France.",
        "Depuis le 26 février, les cigarettes électroniques jetables ne peuvent plus être "
        "importées en France.",
        "Ab 1. März dürfen Einweg-E-Zigaretten nicht mehr eingeführt werden, so der Zoll in "
        "Deutschland.",
        "Desde el 1 de marzo, los cigarrillos electrónicos ya no pueden importarse en España.",
    ],
)
def test_no_longer_imported_is_a_ban(body):
    result = classify("Disposable vapes", body, source_kind="customs")
    assert result.change_kind == "prohibited_items"
    assert result.categories == ["tobacco_vapes"]


# --- resumptions, continuations ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Depuis le 4 avril, la Poste accepte à nouveau les lettres et les colis à destination "
        "de l'Ukraine.",
        "Depuis le 4 avril, nous acceptons de nouveau les lettres et les colis à destination "
        "de l'Ukraine.",
    ],
)
def test_accepts_again_in_french_is_a_resumption(body):
    result = classify("Ukraine", body)
    assert result.change_kind == "resumption"
    assert result.destinations == ["UA"]


def test_the_consequence_of_a_stop_that_goes_on_goes_on_too():
    doc = Doc.make(
        "Gaza", "Items to Gaza still cannot be delivered and are therefore not accepted."
    )
    stops = [v for v in decide_kind(doc).votes if v.kind == "suspension"]
    assert stops
    assert all(v.continued for v in stops)
    doc = Doc.make("Gaza", "Items to Gaza can no longer be delivered and are not accepted.")
    assert not any(v.continued for v in decide_kind(doc).votes if v.kind == "suspension")


# --- delays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Delivery times to Jamaica may be extended.",
        "Los plazos de entrega a Jamaica pueden verse ampliados.",
        "Les délais de livraison vers la Jamaïque peuvent être allongés.",
        "Die Laufzeiten nach Jamaika können sich verlängern.",
        "I tempi di consegna verso la Giamaica potrebbero allungarsi.",
        "Os prazos de entrega para a Jamaica podem ser alargados.",
        "De levertijden naar Jamaica kunnen langer zijn.",
    ],
)
def test_longer_delivery_times_with_the_verb_apart_are_a_delay(body):
    result = classify("Hurricane Melissa", body)
    assert result.relevant
    assert result.change_kind == "delay"
    assert result.destinations == ["JM"]


def test_delivery_times_not_extended_are_no_delay():
    result = classify("Hurricane Melissa", "Delivery times to Jamaica will not be extended.")
    assert result.change_kind != "delay"


def test_a_carriers_banner_with_delays_to_places_is_relevant():
    result = classify(
        "Service Alert: Hurricane Fiona",
        "Hurricane Fiona may cause service delays to and from Puerto Rico, the Dominican "
        "Republic and the Turks and Caicos Islands. We are monitoring the storm closely.",
    )
    assert result.relevant
    assert result.change_kind == "delay"
    assert result.destinations == ["DO", "PR", "TC"]


def test_a_delay_of_something_not_sent_stays_irrelevant():
    result = classify(
        "Press release", "The opening of our new office in Madrid was delayed to March."
    )
    assert not result.relevant


def test_a_possible_delay_of_freight_routed_through_places_stays_no_news():
    result = classify(
        "Statement on the port strike",
        "Our parcel network is not affected and is operating as normal. Customers who use "
        "ocean freight may experience delays, and we are working on alternative routings "
        "through Canada and Mexico.",
    )
    assert result.change_kind == "informational"


# --- duties ------------------------------------------------------------------------------------


def test_a_new_fee_in_german_is_a_duty_change():
    result = classify(
        "Neue Gebühr für Sendungen",
        "Ab 1. Juli wird eine neue Gebühr für Sendungen nach Deutschland erhoben.",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["DE"]


def test_the_fee_of_a_service_stays_irrelevant():
    result = classify(
        "Nachsendeauftrag",
        "Die Gebühr für einen Nachsendeauftrag beträgt 29,90 Euro. Sie können den Auftrag "
        "online stellen.",
    )
    assert not result.relevant


# --- destinations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Contributo sulle spedizioni",
            "Dal 1° gennaio 2026 è istituito un contributo di 2 euro per ciascuna spedizione in "
            "importazione nel territorio nazionale da Paesi non appartenenti all'Unione europea.",
        ),
        (
            "New fee on low-value imports",
            "From 1 January 2026 a new fee of 2 euro is charged on each parcel imported into "
            "the country from countries not belonging to the European Union.",
        ),
    ],
)
def test_the_eu_named_as_what_goods_come_from_outside_of_is_no_destination(title, body):
    result = classify(title, body, source_kind="customs")
    assert result.change_kind == "duty_tax_change"
    # the customs authority's own country is not named: its rule holds for every sender
    assert result.destinations == ["*"]


@pytest.mark.parametrize(
    "body",
    [
        "Depuis le 26 février, les cigarettes électroniques commandées auprès de sites établis "
        "en Allemagne ne peuvent plus être importées en France.",
        "From 26 February, disposable vapes ordered from websites based in Germany can no "
        "longer be imported into France.",
    ],
)
def test_where_the_seller_is_established_is_an_origin(body):
    result = classify("Vapes", body, source_kind="customs")
    assert result.destinations == ["FR"]


def test_where_the_sellers_are_is_an_origin_in_portuguese():
    result = classify(
        "Nova tributação de compras internacionais",
        "A partir de 1º de agosto, as remessas de vendedores da China passam a ser tributadas "
        "em 20% na importação ao Brasil.",
        source_kind="customs",
    )
    assert result.destinations == ["BR"]


def test_the_gulf_cooperation_council_in_polish_expands():
    result = classify(
        "Opóźnienia",
        "Przesyłki adresowane do państw Rady Współpracy Zatoki Perskiej mogą być doręczane z "
        "opóźnieniem.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


@pytest.mark.parametrize(
    "body",
    [
        "À compter du 1er janvier 2021, tout envoi contenant de la marchandise à destination "
        "des États-Unis et de leurs territoires – Porto Rico, Guam – devra être accompagné "
        "d'une déclaration en douane électronique.",
        "From 1 January, all items containing goods to the United States and their "
        "territories: Puerto Rico and Guam must have electronic customs data.",
    ],
)
def test_territories_listed_after_a_dash_or_colon_go_with_their_country(body):
    result = classify("Electronic customs data", body)
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["GU", "PR", "US"]


def test_a_remark_on_the_countries_a_table_leaves_out_is_not_every_destination():
    rows = "\n".join(
        f"{name} | All classes | 04/0{i}/2020 | Suspended"
        for i, name in enumerate(["Algeria", "Argentina", "Bolivia", "Nepal", "Peru"], 1)
    )
    result = classify(
        "Temporary international mail suspensions",
        "We are temporarily suspending international mail to the countries listed below. "
        "Countries not listed continue to receive mail, although customers should expect "
        "longer delivery times to all international destinations.\n"
        f"Country | Mail classes | Effective date | Status\n{rows}",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["AR", "BO", "DZ", "NP", "PE"]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Australia vape ban",
            "From 1 March 2024 e-cigarettes can no longer be sent to Australia. New Zealand has "
            "not introduced a similar ban.",
            ["AU"],
        ),
        (
            "Australia",
            "Od 1 marca 2024 obowiązuje zakaz przywozu e-papierosów do Australii. Nowa Zelandia "
            "nie wprowadziła analogicznego zakazu.",
            ["AU"],
        ),
        (
            "Einschränkungen",
            "Die Post kann in folgende Länder keine Sendungen annehmen: Libanon, Jemen. Israel: "
            "Die Annahme von Sendungen nach Israel erfolgt derzeit normal.",
            ["LB", "YE"],
        ),
    ],
)
def test_places_said_to_be_spared(title, body, expected):
    assert classify(title, body).destinations == expected


# --- categories --------------------------------------------------------------------------------


def test_a_reminder_beside_a_stop_of_all_mail_does_not_narrow_its_goods():
    result = classify(
        "Niger",
        "Mail to Niger is suspended until further notice due to the closure of the airport. "
        "We remind you that medicines and insured items are not accepted for Niger.",
    )
    assert result.change_kind == "suspension"
    assert result.categories == ["all_goods", "documents"]


def test_a_stop_that_also_reaches_business_customers_is_not_limited_to_sales():
    result = classify(
        "Niger: mail suspended",
        "Due to the situation in Niger, we no longer accept letters and parcels to Niger. For "
        "business customers: merchandise items and small packets are also not accepted.",
    )
    assert result.change_kind == "suspension"
    assert result.categories == ["all_goods", "documents"]


@pytest.mark.parametrize(
    "body",
    [
        "From 29 August the recipient pays the duties on parcels to the USA. Parcels not "
        "accepted by the recipient are returned to the sender.",
        "À partir du 29 août, le destinataire paie les droits des colis vers les États-Unis. Les "
        "colis qui ne sont pas acceptés par le destinataire sont renvoyés à l'expéditeur.",
    ],
)
def test_a_refusal_by_the_recipient_is_no_stop(body):
    result = classify("Duties for the USA", body)
    assert result.change_kind == "duty_tax_change"


# --- what a plain refusal refuses (from a review of probes) ------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Buoni sconto",
            "Per i pacchi all'estero i buoni sconto scaduti non sono accettati.",
        ),
        ("Gutscheine", "Für Pakete ins Ausland werden Gutscheine nicht angenommen."),
        (
            "Reklamationen",
            "Nachforschungsanträge für Pakete ins Ausland werden nach Ablauf von sechs Monaten "
            "nicht angenommen.",
        ),
        (
            "Accès aux bureaux de poste",
            "Les animaux ne sont pas admis dans les bureaux de poste, à l'exception des chiens "
            "guides.",
        ),
        ("Betalen", "Voor pakketten naar het buitenland worden cadeaubonnen niet geaccepteerd."),
        (
            "Reclamações",
            "Não aceitamos reclamações de envios internacionais fora do prazo de 30 dias.",
        ),
    ],
)
def test_a_refusal_of_something_else_than_mail_is_no_stop(title, body):
    assert not classify(title, body).relevant


@pytest.mark.parametrize(
    "body",
    [
        "Pakete, die der Empfänger in der Schweiz nicht angenommen hat, werden an den Absender "
        "zurückgesendet.",
        "Los paquetes que no son aceptados por los destinatarios en México se devuelven al "
        "remitente.",
        "I pacchi per la Svizzera che non sono accettati dai destinatari vengono restituiti al "
        "mittente.",
    ],
)
def test_a_refusal_by_the_recipient_in_other_word_orders_is_no_stop(body):
    assert classify("Returns", body).change_kind != "suspension"


@pytest.mark.parametrize(
    "body",
    [
        "Laut Angaben der israelischen Post werden Sendungen nach Israel vorübergehend nicht "
        "akzeptiert.",
        "Según las indicaciones del operador designado, no se aceptan envíos con destino a Sudán.",
        "Lithiumbatterien werden in Sendungen nach Australien ab 1. März nicht angenommen.",
    ],
)
def test_a_source_named_before_a_refusal_leaves_it_a_stop(body):
    assert classify("Notice", body).change_kind in ("suspension", "prohibited_items")


def test_goods_without_customs_data_refused_ask_for_data():
    result = classify(
        "USA",
        "Ab 1. Mai werden Warensendungen in die USA ohne elektronische Zolldaten nicht angenommen.",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["US"]


@pytest.mark.parametrize(
    "body",
    [
        "Delivery times to the UK remain stable although our Christmas network has been extended.",
        "Die Laufzeiten in die Schweiz verlängern sich durch den Streik nicht.",
        "O prazo de entrega das propostas do concurso foi prolongado até 15 de maio.",
        "Our delivery time guarantee has been extended to parcels to Austria.",
        "The Ministry has suspended its trade mission to Vietnam following the elections.",
    ],
)
def test_no_delay_of_delivery_and_no_stop_of_carriage(body):
    assert classify("Notice", body).change_kind not in ("delay", "suspension")


@pytest.mark.parametrize(
    "body",
    [
        "From 23 August we no longer accept letters and parcels containing goods for the United "
        "States.",
        "Dès le 23 août, nous n'acceptons plus les lettres et colis contenant des marchandises à "
        "destination des États-Unis.",
        "From 23 August, the following are no longer accepted for the United States:\n"
        "- parcels and small packets containing goods\n"
        "- letters and printed papers containing goods",
    ],
)
def test_letters_that_hold_goods_are_goods(body):
    result = classify("United States", body)
    assert result.change_kind == "suspension"
    assert result.categories == ["all_goods"]


def test_letters_named_apart_from_goods_stay_documents():
    result = classify(
        "Russia",
        "From 23 August we no longer accept letters (documents only) and parcels containing "
        "goods for Russia.",
    )
    assert result.categories == ["all_goods", "documents"]


# --- from a second review of probes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Bureau de Lyon", "Les colis ne sont pas acceptés le dimanche au bureau de Lyon."),
        ("Zahlarten", "Für Pakete ins Ausland wird PayPal nicht akzeptiert."),
        ("Selos", "Nas encomendas internacionais, os selos antigos não são aceites."),
        ("Giros", "El servicio de giros a Venezuela está suspendido hasta nuevo aviso."),
    ],
)
def test_refusals_and_stops_of_what_is_not_mail_stay_irrelevant(title, body):
    assert not classify(title, body).relevant


@pytest.mark.parametrize(
    "body",
    [
        "Si le destinataire au Canada n'accepte pas le colis, celui-ci est retourné à "
        "l'expéditeur.",
        "Pakete nach Italien, die vom Kunden nicht angenommen werden, gehen an den Absender "
        "zurück.",
        "Pakketten naar Frankrijk die door de klant niet geaccepteerd worden, gaan terug naar de "
        "afzender.",
    ],
)
def test_the_recipient_or_customer_who_refuses_stops_nothing(body):
    assert classify("Retours", body).change_kind not in ("suspension", "prohibited_items")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Parcels to Libya are not accepted by the recipient country's postal operator until "
            "further notice.",
            ["LY"],
        ),
        ("Sendungen an die Empfänger in der Ukraine werden nicht angenommen.", ["UA"]),
        (
            "Les colis ne sont pas acceptés dans les bureaux de poste à destination de la Libye "
            "jusqu'à nouvel ordre.",
            ["LY"],
        ),
    ],
)
def test_a_stop_beside_the_word_recipient_or_post_office_is_still_a_stop(body, expected):
    result = classify("Notice", body)
    assert result.change_kind == "suspension"
    assert result.destinations == expected


@pytest.mark.parametrize(
    "body",
    [
        "Die Laufzeiten nach Polen bleiben trotz verlängerter Feiertage stabil.",
        "Los plazos de entrega a Portugal se reducen gracias a nuestra red ampliada.",
        "Delivery times to the UK have been cut after we extended our air network.",
    ],
)
def test_delivery_times_that_hold_or_shorten_are_no_delay(body):
    assert classify("Notice", body).change_kind != "delay"


def test_two_scopes_each_stopped_stay_two():
    result = classify(
        "Belarus",
        "Commercial shipments to Belarus are suspended. Gift parcels to Belarus are also no "
        "longer accepted.",
    )
    assert result.change_kind == "suspension"
    assert {"commercial_goods", "gifts"} <= set(result.categories)


def test_a_possible_delay_to_a_place_counts_beside_operations_as_normal():
    result = classify(
        "Hurricane Fiona",
        "Hurricane Fiona may cause transit delays to and from Puerto Rico. All other operations "
        "continue as normal.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["PR"]


def test_the_consequence_of_a_stop_that_goes_on_goes_on_too_in_german():
    doc = Doc.make(
        "Jemen",
        "Sendungen in den Jemen können weiterhin nicht zugestellt werden und werden daher nicht "
        "angenommen.",
    )
    stops = [v for v in decide_kind(doc).votes if v.kind == "suspension"]
    assert stops
    assert all(v.continued for v in stops)


# --- from a read of the code -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind", "expected"),
    [
        ("Desde el 1 de marzo ya no se aceptan envíos con destino a Sudán.", "suspension", ["SD"]),
        (
            "Sendungen nach Russland werden vom Empfängerland nicht angenommen.",
            "suspension",
            ["RU"],
        ),
        (
            "Pakete von Kunden nach Russland werden ab sofort nicht angenommen.",
            "suspension",
            ["RU"],
        ),
        (
            "Ab Samstag, 1. März, werden Pakete nach Russland nicht angenommen.",
            "suspension",
            ["RU"],
        ),
        ("Os cartões postais para a Rússia não são aceites.", "suspension", ["RU"]),
        (
            "Les colis sans déclaration en douane ne sont pas admis à destination de la Libye.",
            "new_requirement",
            ["LY"],
        ),
        (
            "Pakketten zonder douaneaangifte worden naar Libië niet geaccepteerd.",
            "new_requirement",
            ["LY"],
        ),
        (
            "Los paquetes para Estados Unidos sin declaración electrónica ya no son aceptados.",
            "new_requirement",
            ["US"],
        ),
        (
            "Due to flight cancellations, there may be service delays to and from Puerto Rico.",
            "delay",
            ["PR"],
        ),
    ],
)
def test_refusals_and_delays_read_in_their_own_words(body, kind, expected):
    result = classify("Notice", body)
    assert result.change_kind == kind
    assert result.destinations == expected
