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


# --- a routine duty the authority "continues to" assess ------------------------------------


def test_duties_that_customs_continues_to_assess_are_no_change():
    result = classify(
        "Mail backlog after the strike",
        "Customs continues to assess duties and taxes on international mail as usual. "
        "Recipients in Canada should expect delays while the backlog is cleared.",
    )
    assert result.change_kind == "delay"


def test_a_new_duty_beside_continued_service_still_counts():
    result = classify(
        "New duty on parcels to Canada",
        "We continue to accept parcels to Canada. From 1 June, a duty of 25% applies to all "
        "goods imported into Canada from the United States.",
    )
    assert result.change_kind == "duty_tax_change"


# --- longer clearance times ----------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Increased customs clearance times for shipments to Mexico",
        "Longer clearance times for parcels to Mexico",
    ],
)
def test_longer_clearance_times_are_a_delay(title):
    result = classify(title, "Please allow for this when you send parcels to Mexico.")
    assert result.change_kind == "delay"
    assert result.destinations == ["MX"]


# --- rules kept: "no changes to the existing arrangements" -------------------------------


def test_no_changes_to_the_existing_arrangements_keeps_the_rules():
    result = classify(
        "Sending gifts to Malta this Christmas",
        "Customs reminds senders of the rules for gifts sent to Malta. There are no changes to "
        "the existing arrangements this year. Gifts over EUR 45 attract duty and VAT.",
    )
    assert result.change_kind == "informational"


# --- what a change does not affect ----------------------------------------------------------


def test_a_place_the_change_does_not_affect_is_no_destination():
    result = classify(
        "Vapes to Australia",
        "From 1 March, we can't accept parcels containing vapes addressed to Australia. These "
        "changes don't affect what you can send within New Zealand.",
    )
    assert result.destinations == ["AU"]


def test_the_country_flights_leave_is_an_origin():
    result = classify(
        "International sending update",
        "With very few flights leaving Fiji, items sent to the following countries must weigh "
        "2 kg or less: Japan, Korea.",
    )
    assert result.destinations == ["JP", "KR"]
    assert result.change_kind == "restriction"


def test_further_to_an_order_names_no_destination():
    result = classify(
        "Customs notice: surtax",
        "Further to the United States Surtax Order, a surtax of 25% applies to goods imported "
        "into Canada from 4 March, including parcels sent by mail or courier.",
    )
    assert result.destinations == ["CA"]


# --- English contractions of the triggers --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("From 1 March we can't accept parcels to Peru.", "suspension"),
        ("From 1 March we can\u2019t accept parcels to Peru.", "suspension"),
        ("Lithium batteries mustn't be sent to Peru from 1 March.", "prohibited_items"),
        ("Parcels to Peru won't be accepted from 1 March.", "suspension"),
    ],
)
def test_contracted_triggers_count_as_written_out(body, kind):
    result = classify("Mail to Peru", body)
    assert result.change_kind == kind
    assert result.destinations == ["PE"]


def test_a_contracted_unaffected_cue_keeps_its_place_out():
    result = classify(
        "Strike in Chile",
        "Parcels to Chile are delayed by a strike from 3 May. Mail to Peru hasn't been suspended.",
    )
    assert result.destinations == ["CL"]


# --- guards from a review of this session's rules ---------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "kind", "codes"),
    [
        (
            "Swiss Post services to Europe are not affected",
            "Swiss Post will suspend acceptance of goods to the United States from 26 August "
            "until further notice. Services to all other countries are not affected.",
            "suspension",
            ["US"],
        ),
        (
            "Shipments to Venezuela",
            "Correos wishes to clarify that, contrary to rumours circulating on social media, "
            "shipments of goods to Venezuela are suspended from 1 March until further notice.",
            "suspension",
            ["VE"],
        ),
        (
            "Mail to Sudan",
            "It is clarified that, despite rumours to the contrary, mail to Sudan remains "
            "suspended until further notice.",
            "suspension",
            ["SD"],
        ),
        (
            "Shipping to Norway",
            "For information on shipping to Norway, please note that from 1 April every parcel "
            "to Norway must carry the seller's VOEC number.",
            "new_requirement",
            ["NO"],
        ),
        (
            "Update on Lebanon",
            "For information regarding Lebanon, all postal services to Lebanon are suspended "
            "until further notice due to the security situation.",
            "suspension",
            ["LB"],
        ),
        (
            "Season's greetings and happy new year",
            "Happy New Year to all our customers! From 1 January, parcels to Norway must carry "
            "the seller's VOEC number.",
            "new_requirement",
            ["NO"],
        ),
        (
            "Update on vapes",
            "Last year, the government announced that disposable vapes will be prohibited in mail "
            "to the United Kingdom from 1 June 2026.",
            "prohibited_items",
            ["GB"],
        ),
        (
            "Envíos a Argentina",
            "El año pasado se anunció que a partir del 1 de julio los envíos de mercancías a "
            "Argentina quedarán suspendidos.",
            "suspension",
            ["AR"],
        ),
    ],
)
def test_real_changes_beside_this_sessions_cues_still_count(title, body, kind, codes):
    result = classify(title, body)
    assert result.change_kind == kind
    assert result.destinations == codes


@pytest.mark.parametrize(
    "body",
    [
        "The new customs data rules for Mexico cannot be brought into force before 2027. Current "
        "rules for parcels to Mexico continue to apply.",
        "When sending parcels to Canada, batteries must not be brought into contact with metal "
        "objects.",
    ],
)
def test_brought_into_force_or_contact_is_no_ban(body):
    assert classify("Notice", body).change_kind != "prohibited_items"


def test_a_refusal_of_parcels_without_customs_information_is_a_requirement():
    result = classify(
        "Sending to Norway",
        "From 1 May, parcels without complete customs information won't be accepted for "
        "delivery to Norway.",
    )
    assert result.change_kind == "new_requirement"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Don't mail it", "Don't mail it, email it: try our new e-card service for birthdays."),
        (
            "Skip the queue",
            "Why queue? Don't post at the counter: print your label online and drop parcels for "
            "Japan at any locker.",
        ),
    ],
)
def test_dont_send_in_tips_and_ads_is_no_stop(title, body):
    assert not classify(title, body).relevant


def test_a_clarification_that_there_is_no_suspension_is_informational():
    result = classify(
        "Mail to Nepal", "It is clarified that there is no suspension of mail to Nepal."
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["NP"]


# --- a helpline, a tender's procedure ------------------------------------------------------


def test_a_helpline_suspended_over_the_holidays_is_no_stop_of_mail():
    result = classify(
        "Holiday opening hours",
        "On 24 December our branches close at 14:00. Our customer helpline is suspended during "
        "the holidays and reopens on 27 December.",
    )
    assert result.change_kind != "suspension"


def test_a_suspended_tender_procedure_in_polish_is_no_stop():
    result = classify(
        "Przetarg: przewóz przesyłek lotniczych – zawieszenie postępowania",
        "Zamawiający informuje, że postępowanie zostaje zawieszone do czasu rozstrzygnięcia "
        "odwołania. Nowy termin składania ofert zostanie podany w odrębnym ogłoszeniu.",
    )
    assert not result.relevant


# --- Italian: a law cited by number, imports into a country, goods destined for a region ---


def test_a_law_cited_by_number_names_no_destination_and_imports_into_italy_do():
    result = classify(
        "IVA sulle importazioni",
        "Con la Direttiva UE 2017/2455, dal 1° luglio tutte le merci importate in Italia sono "
        "soggette a IVA, indipendentemente dal valore.",
        source_kind="customs",
    )
    assert result.destinations == ["IT"]
    assert result.change_kind == "duty_tax_change"


def test_goods_destinate_all_unione_europea_go_to_its_members():
    result = classify(
        "ICS2: nuovi obblighi",
        "Dal 1° marzo i corrieri che trasportano merci destinate all'Unione europea sono tenuti "
        "a presentare la dichiarazione sommaria di entrata prima del carico.",
    )
    assert len(result.destinations) == 27
    assert "IT" in result.destinations


def test_generic_descriptions_that_are_not_admitted_are_a_requirement():
    result = classify(
        "Dati obbligatori",
        "Dal 1° marzo, per le spedizioni verso la Svizzera non sono ammesse descrizioni "
        "generiche quali 'regalo' o 'merce varia'.",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["CH"]


# --- Polish: a customs export ban, goods named in Polish --------------------------------------


def test_a_polish_customs_notice_on_export_bans_names_where_the_goods_go():
    result = classify(
        "Sankcje – przesyłki pocztowe",
        "Zakazy wywozu do Białorusi obejmują również towary wysyłane w przesyłkach pocztowych: "
        "perfumy i kosmetyki, odzież i obuwie, biżuteria, sprzęt elektroniczny.",
        origin="PL",
        source_kind="customs",
    )
    assert result.destinations == ["BY"]
    assert {"perfumes_cosmetics", "textiles", "jewelry", "electronics"} <= set(result.categories)


# --- a pointer to another notice, in Italian and French ------------------------------------


@pytest.mark.parametrize(
    "pointer",
    [
        "Per le spedizioni verso Israele si rimanda all'avviso dedicato del 14 giugno.",
        "Pour les envois vers Israël, consultez l'avis du 14 juin.",
    ],
)
def test_places_named_only_in_a_pointer_to_another_notice_are_no_destinations(pointer):
    result = classify(
        "Spedizioni verso la Giordania",
        f"Le spedizioni verso la Giordania sono sospese fino a nuova comunicazione. {pointer}",
    )
    assert result.destinations == ["JO"]


def test_places_the_title_says_go_on_outrank_a_link_to_sending_abroad():
    result = classify(
        "Le spedizioni verso i Paesi del Golfo proseguono regolarmente",
        "Le spedizioni verso il Qatar e il Kuwait proseguono regolarmente. I tempi di consegna "
        'sono consultabili nella sezione "Spedire all\'estero".',
    )
    assert result.change_kind == "informational"
    assert "*" not in result.destinations
    assert {"QA", "KW"} <= set(result.destinations)


def test_a_rule_that_applies_in_the_whole_eu_in_dutch_covers_its_members():
    result = classify(
        "Vrijstelling van invoerrechten vervalt",
        "Vanaf 1 juli betaalt u invoerrechten over alle zendingen met goederen van buiten de EU. "
        "De nieuwe regel geldt in de hele EU.",
        source_kind="customs",
    )
    assert len(result.destinations) == 27
    assert result.change_kind == "duty_tax_change"


def test_a_carrier_that_can_still_ship_to_a_place_speaks_of_sending():
    result = classify(
        "Service update: exercises around Malta",
        "Our network to, from and within Malta continues to operate as normal. Customers can "
        "continue to ship to Malta without any changes.",
    )
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["MT"]


@pytest.mark.parametrize(
    "body",
    [
        "Per 1 januari is het Verenigd Koninkrijk geen onderdeel meer van de Europese "
        "douane-unie. Voor elk pakket naar het VK is een douaneformulier verplicht.",
        "Ab 1. Januar ist das Vereinigte Königreich kein Teil der EU-Zollunion mehr. Für jedes "
        "Paket nach Großbritannien ist eine Zollinhaltserklärung erforderlich.",
    ],
)
def test_leaving_a_customs_union_is_no_stop_of_mail(body):
    result = classify("Brexit", body)
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["GB"]


# --- guards from a review of the third batch ------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "code"),
    [
        (
            "Update on services to Israel",
            "Due to the security situation, our hotline and the acceptance of parcels to Israel "
            "are suspended until further notice.",
            "IL",
        ),
        (
            "Przesyłki do USA – komunikat",
            "W związku ze zmianą przepisów celnych USA i brakiem jasnych zasad postępowania Poczta "
            "Polska zawiesza od 29 sierpnia przyjmowanie przesyłek z towarami do USA.",
            "US",
        ),
        (
            "Spedizioni verso la Libia",
            "A seguito dell'annullamento della gara d'appalto per il trasporto aereo, sono sospese "
            "le spedizioni verso la Libia.",
            "LY",
        ),
    ],
)
def test_a_stop_of_mail_beside_a_helpline_or_a_tender_still_counts(title, body, code):
    result = classify(title, body)
    assert result.change_kind == "suspension"
    assert result.destinations == [code]


@pytest.mark.parametrize(
    "body",
    [
        "Goods described on the customs declaration as e-cigarettes are banned from 1 May in "
        "mail to Australia.",
        "Lithium batteries in any form are prohibited in mail to Australia from 1 June.",
    ],
)
def test_a_ban_of_goods_named_beside_paperwork_stays_a_ban(body):
    assert classify("Mail to Australia", body).change_kind == "prohibited_items"


def test_generic_descriptions_not_allowed_on_declarations_are_a_requirement():
    result = classify(
        "Descriptions on declarations for Canada",
        "Generic descriptions such as 'gift' are not allowed on customs declarations for mail "
        "to Canada.",
    )
    assert result.change_kind == "new_requirement"


def test_places_with_no_change_in_dutch_are_unaffected():
    result = classify(
        "Tijdelijk geen pakketten naar Libanon",
        "Wij kunnen tot nader bericht geen pakketten naar Libanon aannemen. Voor Jordanië en "
        "Egypte is er op dit moment geen verandering.",
    )
    assert result.destinations == ["LB"]


def test_portuguese_do_is_from_the_not_to():
    result = classify(
        "Encomendas provenientes do Reino Unido",
        "A partir de 1 de janeiro, as mercadorias enviadas do Reino Unido para Portugal ficam "
        "sujeitas a IVA e a formalidades aduaneiras na importação.",
        source_kind="customs",
    )
    assert result.destinations == ["PT"]


def test_polish_do_is_still_to():
    result = classify(
        "Przesyłki do Niemiec",
        "Od 1 marca wstrzymujemy przyjmowanie paczek do Niemiec.",
    )
    assert result.destinations == ["DE"]


# --- guards from a review of the fourth and fifth batches -------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Pakketten naar Noorwegen maken vanaf 1 juli geen deel meer uit van ons aanbod.",
        "Warensendungen nach Norwegen sind ab dem 1. Juli kein Bestandteil unseres Angebots mehr.",
    ],
)
def test_a_service_that_is_no_longer_part_of_the_offer_is_stopped(body):
    result = classify("Norwegen", body)
    assert result.change_kind == "suspension"
    assert result.destinations == ["NO"]


def test_a_helpline_for_parcel_enquiries_suspended_is_no_stop_of_mail():
    result = classify(
        "Helpline",
        "Our helpline for parcel tracking enquiries is suspended on 1 May because of a system "
        "upgrade.",
    )
    assert result.change_kind != "suspension"


def test_a_suspended_tender_beside_normal_delivery_is_no_stop():
    result = classify(
        "Aanbesteding",
        "De aanbesteding voor nieuwe voertuigen is opgeschort. Brieven en pakketten worden "
        "normaal bezorgd.",
    )
    assert result.change_kind != "suspension"


def test_czech_do_stays_to_in_a_text_that_names_sao_paulo():
    result = classify(
        "Brazílie",
        "Balíky do Brazílie jsou pozastaveny kvůli stávce celníků v Argentině; týká se to i "
        "letiště São Paulo.",
    )
    assert "BR" in result.destinations


# --- French results, origins listed after "country of origin" or "notamment de", counters ----


def test_quarterly_results_in_french_are_no_news_for_senders():
    result = classify(
        "Le groupe publie ses résultats du troisième trimestre",
        "Produits d'exploitation : 1 021 millions EUR. EBIT ajusté : 55 millions EUR. Activité "
        "en Amérique du Nord impactée par la suspension de la franchise de minimis. Le conseil "
        "a décidé de suspendre le dividende intérimaire.",
    )
    assert not result.relevant


@pytest.mark.parametrize(
    "body",
    [
        "Dès le 1er janvier, ces envois sont soumis à la TVA au Maroc, quel que soit le pays de "
        "provenance (Chine, Turquie, France).",
        "Desde el 1 de enero, los envíos a Argentina tributan IVA, cualquiera sea su país de "
        "procedencia (por ejemplo, Estados Unidos o China).",
    ],
)
def test_places_listed_after_the_country_of_origin_are_origins(body):
    result = classify("TVA / IVA", body, source_kind="customs")
    assert not {"CN", "TR", "FR", "US"} & set(result.destinations)


def test_places_given_as_examples_of_where_mail_comes_from_are_origins():
    result = classify(
        "Continuité de service",
        "Les envois en provenance de l'étranger, notamment de France et d'Espagne, sont "
        "distribués dans les délais habituels au Maroc.",
    )
    assert "FR" not in result.destinations
    assert "ES" not in result.destinations


def test_counter_services_suspended_after_a_hurricane_are_no_stop_of_mail():
    result = classify(
        "Operación postal tras el huracán",
        "Se suspenden temporalmente las actividades de atención al público en la sucursal "
        "Costera. Las piezas postales con destino a la zona se entregarán con retraso.",
    )
    assert result.change_kind == "delay"


def test_where_an_export_ban_is_enforced_is_no_destination():
    result = classify(
        "Ausfuhrverbot für Luxusgüter nach Russland",
        "Seit 16. März ist es verboten, Luxusgüter über 300 Euro nach Russland auszuführen. Das "
        "Verbot gilt in allen Mitgliedstaaten der EU und betrifft auch Postsendungen: Zigarren, "
        "Trüffel und Unterhaltungselektronik.",
        source_kind="customs",
    )
    assert result.destinations == ["RU"]
    assert {"tobacco_vapes", "food", "electronics"} <= set(result.categories)


@pytest.mark.parametrize(
    "body",
    [
        "Les lettres et colis à destination de l'étranger déposés lundi seront acheminés avec "
        "un retard d'un jour. La distribution en Belgique est assurée.",
        "En raison de la grève, les envois seront acheminés avec retard, quelle que soit la "
        "destination.",
    ],
)
def test_mail_abroad_whatever_its_destination_is_everywhere(body):
    result = classify("Grève nationale", body)
    assert result.destinations == ["*"]
    assert result.change_kind == "delay"


# --- guards from a review of the sixth batch ------------------------------------------------


def test_a_stop_notice_that_mentions_its_effect_on_the_figures_still_alerts():
    result = classify(
        "PostNL stopt met pakketten naar de VS",
        "PostNL accepteert vanaf 23 augustus geen pakketten met goederen meer voor de Verenigde "
        "Staten. Het bedrijf verwacht weinig effect op de kwartaalcijfers en de jaarcijfers.",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["US"]


@pytest.mark.parametrize(
    "body",
    [
        "Les importations vers l'Union européenne, notamment de Chine, perdront la franchise de "
        "droits de douane de 150 euros à partir du 1er juillet.",
        "Le spedizioni verso l'Unione europea, ad esempio da Hong Kong, pagheranno un dazio di "
        "3 euro dal 1° luglio.",
    ],
)
def test_an_example_from_elsewhere_after_a_destination_cue_is_no_destination(body):
    result = classify("Dazi / droits", body)
    assert len(result.destinations) == 27
    assert not {"CN", "HK"} & set(result.destinations)


def test_one_place_in_brackets_after_country_of_origin_labels_it():
    result = classify(
        "Country of origin (United States): new declaration rule",
        "From 29 August, every item of goods sent to the United States needs the country of "
        "origin of each article on the customs declaration.",
    )
    assert result.destinations == ["US"]


@pytest.mark.parametrize(
    "body",
    [
        "Hongkong Post will suspend counter services and the acceptance of all mail items to "
        "Israel with immediate effect.",
        "Japan Post will temporarily suspend counter services for EMS items addressed to Israel "
        "from 27 August.",
    ],
)
def test_counter_services_stopped_with_the_mail_are_a_stop(body):
    result = classify("Israel", body)
    assert result.change_kind == "suspension"
    assert result.destinations == ["IL"]


# --- guards from the final review -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "Parcels in Belgium are delayed by floods until Friday. Our service number for calls "
            "pour l'étranger is +32 2 201 23 45.",
            "BE",
        ),
        (
            "Parcels to Spain are delayed by flooding in Valencia. Our prices remain the same "
            "regardless of destination.",
            "ES",
        ),
    ],
)
def test_an_everywhere_phrase_in_a_side_remark_does_not_outrank_a_named_place(body, code):
    result = classify("Service update", body)
    assert result.destinations == [code]


def test_a_brand_named_caviar_is_no_food():
    result = classify(
        "Cosmetics to Korea",
        "From 1 June, cosmetics such as Caviar Lift cream need an import certificate in Korea.",
    )
    assert "food" not in result.categories


def test_counter_services_stopped_in_french_with_an_elided_article():
    result = classify(
        "Ouragan : opérations postales",
        "Nous suspendons temporairement l'accueil du public au bureau de Pointe-à-Pitre. Les "
        "envois à destination de la Guadeloupe seront distribués avec retard.",
    )
    assert result.change_kind == "delay"
