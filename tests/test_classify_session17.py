"""Causes found in session 17, each with sentences of our own: an exclusion whose object comes
before the place's "to" ("do not apply to sales to Norway"), a region named as the standard
goods are made to ("packaged to EU commercial standards"), and the summaries of other alerts
listed under "Other active alerts"."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU27 = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
]  # fmt: skip

# --- an exclusion with its object before the place ---------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "EU VAT changes from 1 July",
            "From 1 July, VAT is charged on all goods sold to buyers in the EU. The changes do "
            "not apply to sales to Norway, Iceland or the Channel Islands.",
            EU27,
        ),
        (
            "Zollanmeldung für die Schweiz",
            "Ab 1. Juli wird für alle Warensendungen in die Schweiz eine Zollanmeldung verlangt. "
            "Dies gilt nicht für Sendungen nach Liechtenstein.",
            ["CH"],
        ),
        (
            "New customs form for Canada",
            "From 3 March, a new customs form is required for all parcels to Canada. This does "
            "not apply to shipments to the United States.",
            ["CA"],
        ),
    ],
)
def test_an_exclusion_keeps_its_place_out_past_the_object_and_its_to(title, body, expected):
    assert classify(title, body).destinations == expected


def test_a_place_after_an_object_and_to_without_an_exclusion_stays():
    result = classify(
        "New customs form",
        "From 3 March, a new customs form is required for sales to Norway and parcels to Canada.",
    )
    assert result.destinations == ["CA", "NO"]


# --- a region as the standard goods are made to --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "From 1 September it is no longer permitted to import cheese over 2 kg into Great "
        "Britain from EU countries, unless it is produced and packaged to EU commercial "
        "standards.",
        "From 1 September, cheese may no longer be sent to Great Britain unless it is labelled "
        "to EU food safety rules.",
    ],
)
def test_a_region_named_as_a_standard_is_no_destination(body):
    result = classify("Great Britain: cheese imports", body)
    assert result.destinations == ["GB"]


def test_a_region_before_its_members_stays_a_destination():
    result = classify(
        "Cheese",
        "From 1 September, cheese may no longer be sent to the EU member states.",
    )
    assert result.destinations == EU27


# --- the summaries of other alerts ------------------------------------------------------


_ALERT = "Due to the storm, we have suspended service to Puerto Rico until further notice.\n\n"


@pytest.mark.parametrize(
    "heading",
    ["Other active alerts:", "Other service alerts", "More alerts:"],
)
def test_the_summaries_under_a_heading_of_other_alerts_name_no_destination(heading):
    body = (
        _ALERT + f"{heading}\n"
        "Hurricane Irma - Caribbean: service to Anguilla and Sint Maarten remains limited; see "
        "separate alert.\n"
        "Earthquake - Mexico City: pickups and deliveries resumed on 21 September.\n"
    )
    result = classify("Storm: service impacts", body)
    assert result.change_kind == "suspension"
    assert result.destinations == ["PR"]


def test_news_told_under_a_heading_of_related_links_still_counts():
    # "Related links" heads pages, not other alerts: a sentence under it is news
    body = (
        "Parcels may be delayed this week.\n\nRelated links:\n"
        "Update: service to Anguilla is suspended until further notice.\n"
    )
    result = classify("Service update", body)
    assert "AI" in result.destinations


def test_eu_member_states_is_the_eu():
    result = classify(
        "Lithium batteries",
        "From 1 June, lithium batteries may no longer be sent to EU Member States.",
    )
    assert result.destinations == EU27


# --- a pointer to another alert -----------------------------------------------------------


@pytest.mark.parametrize(
    "pointer",
    [
        "For updates on shipments to Israel and Iran, see the related service alert.",
        "For information on shipments to Israel, please see our separate advisory.",
    ],
)
def test_a_place_named_only_in_a_pointer_to_another_alert_is_no_destination(pointer):
    body = (
        "Shipments to, from and within the GCC countries may experience delays of 24 to 72 "
        f"hours. {pointer}"
    )
    result = classify("Middle East airspace closures", body)
    assert result.change_kind == "delay"
    assert result.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


def test_news_about_a_place_before_see_also_still_counts():
    body = "Shipments to Israel are suspended until further notice. See also our FAQ page."
    assert classify("Service alert", body).destinations == ["IL"]


# --- claims are no mail -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Claims for late delivery cannot be accepted for shipments affected by the strike.",
        "Compensation claims will not be accepted for delays caused by the strike.",
        "Reklamationen wegen verspäteter Zustellung können nicht angenommen werden.",
    ],
)
def test_claims_that_are_not_accepted_are_no_stop_of_mail(sentence):
    body = (
        "We continue to accept shipments to Canada. Parcels may be delayed by several days in "
        f"the cities affected by the strike. {sentence}"
    )
    result = classify("Canada Post rotating strikes", body)
    assert result.change_kind == "delay"


def test_parcels_that_are_not_accepted_are_still_a_stop():
    body = (
        "Parcels to Canada cannot be accepted until the strike ends. Claims for late delivery "
        "are handled as usual."
    )
    assert classify("Canada Post strike", body).change_kind == "suspension"


# --- restrictions on people ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Service alert: COVID-19 restrictions in Shanghai",
            "Due to the lockdown, shipments to Shanghai may experience delays. We continue to "
            "accept shipments to China.",
        ),
        (
            "Lockdown restrictions in Auckland",
            "Deliveries in Auckland may be delayed by two days. All other services operate.",
        ),
    ],
)
def test_restrictions_on_people_are_a_cause_not_a_restriction_of_mail(title, body):
    assert classify(title, body).change_kind == "delay"


def test_restrictions_on_shipments_stay_a_restriction():
    result = classify(
        "New restrictions on shipments to China",
        "From 1 May, shipments to China are limited to 2 kg per parcel.",
    )
    assert result.change_kind == "restriction"


# --- German: the name of the rules on bans, job ads, "Wiederaufnahme" ------------------------


def test_the_name_of_the_rules_on_bans_and_restrictions_is_no_ban():
    body = (
        "Brief- und Paketsendungen nach Israel werden weiterhin angenommen und wie gewohnt "
        "befördert. Für Warensendungen gelten die bekannten Vorschriften (siehe "
        "Länderinformationen, Abschnitt Verbote und Beschränkungen)."
    )
    result = classify("Postverkehr mit Israel", body)
    assert result.change_kind == "informational"


def test_a_new_import_ban_in_german_is_still_a_ban():
    body = "Ab 1. Mai gilt ein Einfuhrverbot für Fleisch in Sendungen nach Australien."
    assert classify("Australien: Einfuhrverbot", body).change_kind == "prohibited_items"


def test_a_german_job_advertisement_is_irrelevant():
    body = (
        "Beim Zoll kontrollierst du Warensendungen, bekämpfst Schmuggel und prüfst "
        "Einfuhrverbote. Die Bewerbungsphase für den Einstellungstermin 1. August ist gestartet. "
        "Angeboten werden eine Ausbildung und ein duales Studium. Bewerbungsschluss ist der "
        "15. Oktober. Mehr auf unserer Karriereseite."
    )
    result = classify("Ausbildung beim Zoll: Jetzt bewerben!", body)
    assert not result.relevant


@pytest.mark.parametrize(
    "title",
    ["Warenversand in die USA: Wiederaufnahme für Geschäftskunden", "Wiederaufnahme des Versands"],
)
def test_wiederaufnahme_is_a_resumption(title):
    body = (
        "Seit dem 26. August war der Versand von Waren in die USA vorübergehend nicht möglich. "
        "Ab dem 10. November werden Warensendungen in die USA angenommen."
    )
    assert classify(title, body).change_kind == "resumption"


# --- seizures and reroutings of transport ---------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Zoll stoppt über eine Million Fälschungen",
            "Der Zoll hat im Jahr 2024 über eine Million gefälschte Produkte aus dem Verkehr "
            "gezogen. Die meisten Fälschungen stammten aus China.",
        ),
        (
            "Border Force stops 40,000 counterfeit goods",
            "Officers stopped 40,000 counterfeit watches and handbags last year, most of them "
            "from China.",
        ),
    ],
)
def test_customs_stopping_counterfeits_is_no_stop_of_mail(title, body):
    result = classify(title, body)
    assert result.change_kind != "suspension"


def test_a_post_that_stops_parcels_is_still_a_stop():
    body = "Die Post stoppt ab sofort den Versand von Paketen nach Russland."
    assert classify("Post stoppt Pakete nach Russland", body).change_kind == "suspension"


def test_linehaul_rerouted_beside_normal_operation_is_no_restriction():
    body = (
        "Despite the road blockades, our network is operating as normal: parcels to France are "
        "delivered without significant delays. Our linehaul traffic from Belgium, Germany and "
        "Spain is being rerouted where necessary."
    )
    result = classify("Protests in France: network operating as normal", body)
    assert result.change_kind == "informational"


def test_parcels_rerouted_are_still_a_restriction():
    body = "From 1 March, parcels to Norway are rerouted via Sweden and accepted only up to 10 kg."
    assert classify("Norway: parcel routing", body).change_kind == "restriction"


# --- a bloc with examples, named also in the title; a rule's scope --------------------------


def test_a_bloc_with_examples_stays_whole_also_under_its_title():
    body = (
        "Customs authorities across the Gulf Cooperation Council (GCC) countries, including "
        "Saudi Arabia and the United Arab Emirates, will require a 6-digit HS code for all "
        "inbound shipments from 1 January."
    )
    result = classify("GCC countries: HS codes mandatory from 1 January", body)
    assert result.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


@pytest.mark.parametrize(
    "scope",
    [
        "ICS2 gilt in allen 27 EU-Mitgliedstaaten sowie in Norwegen und der Schweiz.",
        "ICS2 applies in all 27 EU member states as well as in Norway and Switzerland.",
    ],
)
def test_places_added_to_a_rules_scope_share_it(scope):
    body = (
        "From 1 March, full advance electronic data is required for all goods sent to the EU. "
        f"{scope}"
    )
    result = classify("ICS2 release 2", body)
    assert result.destinations == sorted([*EU27, "CH", "NO"])


# --- guards from the first review: where the rules above must not reach ----------------------


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "US de minimis",
            "From 29 August, the de minimis exemption does not apply to shipments to the United "
            "States. All goods sent there are subject to import duties.",
            ["US"],
        ),
        (
            "Großbritannien",
            "Die Befreiung von der Zollinhaltserklärung gilt nicht für Sendungen nach "
            "Großbritannien. Ab 1. Januar ist für alle Warensendungen eine Zollinhaltserklärung "
            "erforderlich.",
            ["GB"],
        ),
        (
            "Service update",
            "We continue to accept letters for all destinations, except parcels to Russia and "
            "Belarus, which cannot be accepted until further notice.",
            ["BY", "RU"],
        ),
    ],
)
def test_a_relief_that_does_not_apply_or_an_exception_of_the_news_keeps_its_place(
    title, body, expected
):
    assert classify(title, body).destinations == expected


@pytest.mark.parametrize(
    "body",
    [
        "New quarantine restrictions on seeds and live plants sent to New Zealand take effect on "
        "1 June.",
        "Japan has introduced new health restrictions on meat products sent by post to Japan "
        "from 1 April.",
        "Nouvelles restrictions sanitaires à l'importation de viande au Canada à partir du "
        "1er mars.",
    ],
)
def test_biosecurity_and_health_restrictions_on_goods_are_restrictions(body):
    result = classify("New import restrictions", body)
    assert result.relevant
    assert result.change_kind == "restriction"


def test_a_region_that_faces_new_rules_stays_a_destination():
    body = (
        "From 1 July, parcels to Switzerland and parcels to the EU face new rules: every item "
        "needs full electronic customs data."
    )
    assert classify("New rules", body).destinations == sorted([*EU27, "CH"])


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "For deliveries to Lebanon, please check tracking for updates, as delays of up to 10 "
            "days are expected.",
            "LB",
        ),
        (
            "For shipments to Israel, acceptance is suspended until further notice, please check "
            "back for updates.",
            "IL",
        ),
    ],
)
def test_a_sentence_that_tells_its_own_change_is_no_pointer(sentence, place):
    body = f"Items to Jordan are delayed by up to a week. {sentence}"
    assert place in classify("Middle East", body).destinations


def test_claims_beside_shipments_that_are_not_accepted_are_still_a_stop():
    body = "Claims and new shipments to Russia cannot be accepted until further notice."
    result = classify("Russia", body)
    assert result.change_kind == "suspension"
    assert result.destinations == ["RU"]


def test_news_with_a_colon_right_under_a_heading_of_other_alerts_still_counts():
    body = (
        "Other service alerts\n"
        "Effective 3 March: acceptance of all mail to Haiti is suspended until further notice.\n"
    )
    result = classify("Service alerts", body)
    assert result.change_kind == "suspension"
    assert result.destinations == ["HT"]


# --- the page's own frame: link headings in German, breadcrumbs, contact lines ---------------


@pytest.mark.parametrize(
    "heading",
    ["Weitere aktuelle Informationen:", "Weitere Länderinformationen", "Auch interessant"],
)
def test_pages_listed_under_a_german_link_heading_are_no_destinations(heading):
    body = (
        "Bei Sendungen nach Australien kann es zu Verzögerungen von bis zu fünf Werktagen "
        f"kommen.\n{heading}\nInformationen zum Versand in die USA\nZollinformationen Kanada\n"
    )
    result = classify("Verzögerungen nach Australien", body)
    assert result.destinations == ["AU"]


def test_the_americas_are_not_the_united_states():
    body = (
        "DHL Express > Customer alerts > Americas\n"
        "Shipments to Jamaica will not be accepted until further notice."
    )
    assert classify("Hurricane: service alert", body).destinations == ["JM"]


def test_america_alone_is_still_the_united_states():
    body = "Parcels to America are suspended until further notice."
    assert classify("Service alert", body).destinations == ["US"]


@pytest.mark.parametrize(
    "frame",
    [
        "Hermes Germany > Service > Service updates\n",
        "Pressekontakt: DHL Express Deutschland, Unternehmenskommunikation\n",
    ],
)
def test_the_operators_country_site_in_the_pages_frame_is_no_destination(frame):
    body = f"{frame}Parcels to Ireland will continue to be accepted, but may be delayed by days."
    assert classify("Storm: delays in Ireland", body).destinations == ["IE"]


def test_a_country_page_in_a_breadcrumb_still_counts():
    body = (
        "Home > Country information > Ukraine > Current notice\n"
        "Parcels can be sent again from Monday."
    )
    assert "UA" in classify("Service resumes", body).destinations


# --- names of authorities in category words -----------------------------------------------


@pytest.mark.parametrize(
    "authority",
    ["the Food and Drug Administration", "the Tobacco and Alcohol Control Office"],
)
def test_an_authority_named_for_what_it_oversees_gives_no_category(authority):
    body = f"From 1 May, a prior notice filed with {authority} is required for all parcels."
    result = classify("United States: prior notice required", body)
    assert result.categories == ["all_goods"]


def test_food_named_as_goods_is_still_food():
    body = "From 1 May, food can no longer be sent to the United States."
    assert classify("United States: food", body).categories == ["food"]


# --- guards from the second review --------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "place"),
    [
        (
            "Australien: neue Verbote und Beschränkungen ab 1. März",
            "Für Sendungen nach Australien gelten ab dem 1. März neue Verbote und Beschränkungen "
            "für Lebensmittel, Samen und Pflanzen.",
            "AU",
        ),
        (
            "Canada : nouvelles interdictions et restrictions dès le 1er avril",
            "À compter du 1er avril, de nouvelles interdictions et restrictions s'appliquent aux "
            "colis à destination du Canada contenant des produits alimentaires à base de viande.",
            "CA",
        ),
    ],
)
def test_new_bans_and_restrictions_are_a_ban(title, body, place):
    result = classify(title, body)
    assert result.change_kind == "prohibited_items"
    assert result.destinations == [place]


def test_postal_traffic_suspended_is_a_stop_of_mail():
    body = "Due to the current situation, all postal traffic to Russia and Belarus is suspended."
    assert classify("Russia and Belarus", body).change_kind == "suspension"


def test_linehaul_rerouted_with_longer_deliveries_is_a_delay():
    body = (
        "Due to the closure of the Brenner pass, our linehaul traffic from Germany to Italy is "
        "being rerouted via Switzerland. Deliveries to Italy may take one to two days longer."
    )
    result = classify("Network update: linehaul rerouting", body)
    assert result.change_kind == "delay"
    assert result.destinations == ["IT"]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Delays to some EU countries",
            "Parcels from EU countries, including Germany and France, now clear customs at our "
            "new hub. Shipments to several EU countries, namely Italy and Spain, are delayed by "
            "two to three days.",
            ["ES", "IT"],
        ),
        (
            "Strikes in several EU countries",
            "Postal strikes in several EU countries, including Belgium and Italy, are delaying "
            "deliveries. Parcels to all other EU countries, including Germany and Austria, are "
            "not affected.",
            ["BE", "IT"],
        ),
    ],
)
def test_examples_of_a_bloc_as_origin_or_unaffected_do_not_make_it_whole(title, body, expected):
    assert classify(title, body).destinations == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Norwegen: VOEC-Nummer erforderlich",
            "Ab dem 1. Juli verlangt Norwegen für Warensendungen bis 3.000 NOK eine VOEC-Nummer. "
            "Eine ähnliche Regelung gilt in der Schweiz bereits seit 2019.",
            ["NO"],
        ),
        (
            "Großbritannien: elektronische Zollanmeldung",
            "Ab dem 1. Juli ist für Warensendungen nach Großbritannien eine elektronische "
            "Zollanmeldung nötig. Die Pflicht gilt in Deutschland für alle Versender.",
            ["GB"],
        ),
    ],
)
def test_a_rule_said_to_hold_in_another_country_names_no_destination(title, body, expected):
    assert classify(title, body).destinations == expected


# --- German: normal service, delays as verbs, pointers, sellers abroad ----------------------


def test_german_service_that_goes_on_without_restriction_is_informational():
    body = (
        "In Frankreich finden landesweite Streiks statt. Die Zustellung ist nicht "
        "beeinträchtigt. Wir nehmen Sendungen nach Frankreich weiterhin uneingeschränkt an."
    )
    result = classify("Frankreich: Streiks", body)
    assert result.change_kind == "informational"
    assert result.destinations == ["FR"]


def test_a_german_delay_told_by_its_verb_is_a_delay():
    body = (
        "Wegen eines Streiks kann sich die Zustellung von Paketen nach Belgien um ein bis zwei "
        "Werktage verzögern. Sendungen nach Luxemburg sind nicht betroffen."
    )
    result = classify("Streiktag in Belgien", body)
    assert result.change_kind == "delay"
    assert result.destinations == ["BE"]


def test_restrictions_of_road_traffic_are_a_cause_of_delay():
    body = (
        "Am Montag ist mit erheblichen Einschränkungen im Straßenverkehr zu rechnen. Die "
        "Zustellung von Paketen nach Belgien kann sich um einen Tag verzögern."
    )
    assert classify("Streik in Belgien", body).change_kind == "delay"


def test_a_german_pointer_to_other_country_pages_names_no_destination():
    body = (
        "Bei Sendungen nach Jordanien und in den Libanon kommt es zu Verzögerungen. Hinweise zum "
        "Versand nach Israel und in den Iran finden Sie in den jeweiligen Länderinformationen."
    )
    assert classify("Verzögerungen im Nahen Osten", body).destinations == ["JO", "LB"]


def test_ordering_at_sellers_abroad_names_origins():
    body = (
        "Ab 1. Juli fällt die Freigrenze von 22 Euro weg. Wer in Deutschland bei Händlern in "
        "China, den USA oder der Schweiz bestellt, zahlt Einfuhrumsatzsteuer ab dem ersten Cent."
    )
    result = classify("Bestellungen aus dem Ausland werden teurer", body)
    assert "CN" not in result.destinations
    assert "CH" not in result.destinations


def test_customs_on_an_export_ban_names_where_the_goods_go():
    body = (
        "Der deutsche Zoll weist darauf hin: Seit dem 16. März ist die Ausfuhr von Schmuck, "
        "Uhren und Parfüm im Wert über 300 Euro nach Russland verboten, auch in Post- und "
        "Paketsendungen."
    )
    result = classify(
        "Russland: Verbot der Ausfuhr von Luxusgütern", body, source_kind="customs", origin="DE"
    )
    assert result.destinations == ["RU"]


def test_customs_on_imports_still_names_its_own_country():
    body = "Ab 1. Juli ist die Einfuhr von Fleisch aus Drittländern verboten."
    result = classify("Einfuhrverbot für Fleisch", body, source_kind="customs", origin="DE")
    assert result.destinations == ["DE"]


def test_flights_restricted_beside_flights_stopped_are_no_restriction_of_mail():
    body = (
        "Zahlreiche Länder haben den Flugverkehr eingestellt oder stark eingeschränkt. Der "
        "Versand von Paketen nach Peru und Nepal ist vorübergehend ausgesetzt."
    )
    assert classify("Coronavirus: Versand", body).change_kind == "suspension"


# --- auctions and travellers --------------------------------------------------------------


def test_a_customs_auction_is_irrelevant():
    body = (
        "Über das Internetauktionshaus versteigern Behörden sichergestellte Waren, darunter "
        "Uhren und Schmuck aus Sendungen aus China. Die Auktion für Waren aus einer Sendung aus "
        "den USA wurde vorübergehend ausgesetzt. Registrierung und Bieten sind kostenlos."
    )
    assert not classify("Zoll-Auktion: Waren online ersteigern", body).relevant


def test_a_travellers_allowance_with_post_unchanged_is_irrelevant():
    body = (
        "Ab 1. Januar sinkt die Wertfreigrenze für Waren, die Reisende im Ausland einkaufen, "
        "auf 150 Franken. Wer mehr mitbringt, muss die Waren beim Grenzübertritt anmelden. Die "
        "Anpassung betrifft ausschließlich Waren im Reiseverkehr. Für Post- und "
        "Onlinebestellungen ändert sich nichts."
    )
    assert not classify("Neue Wertfreigrenze im Reiseverkehr", body).relevant


# --- guards from the third review ---------------------------------------------------------


def test_a_restriction_of_another_object_after_a_stop_of_flights_stays_a_restriction():
    body = (
        "Airlines have suspended flights to Doha and restricted cargo capacity. Items to Qatar "
        "are accepted only up to 2 kg until further notice."
    )
    assert classify("Service update: Middle East", body).change_kind == "restriction"


def test_recipients_and_sellers_in_a_country_without_a_purchase_are_its_destination():
    body = (
        "Wegen eines landesweiten Streiks kommt es bei Empfängern und Händlern in Belgien zu "
        "Verzögerungen bei der Zustellung."
    )
    assert classify("Streik bei bpost", body).destinations == ["BE"]


@pytest.mark.parametrize(
    "title", ["Ausfuhrkontrolle: Hinweise für Postsendungen", "Hinweise für Exporteure"]
)
def test_a_customs_title_that_only_names_exporters_keeps_its_own_country(title):
    body = (
        "Ab 1. Juli sind für alle Sendungen aus China, Hongkong und den USA vollständige "
        "elektronische Zolldaten erforderlich."
    )
    result = classify(title, body, source_kind="customs", origin="CH")
    assert result.destinations == ["CH"]


def test_information_found_below_is_no_pointer_elsewhere():
    body = (
        "Informationen zum Versand nach Norwegen finden Sie im Folgenden:\n"
        "- Pakete über 20 kg werden ab 1. Mai nicht mehr angenommen."
    )
    assert "NO" in classify("Norwegen", body).destinations


# --- session 17, last sets: German stop nouns and normal service, procurement, data lists ----


def test_aussetzung_is_a_suspension():
    body = (
        "Ab Montag setzt DHL Express Sendungen an Privatpersonen in die USA mit einem Warenwert "
        "über 800 USD vorübergehend aus. Alle Sendungen über 800 USD müssen formell verzollt "
        "werden."
    )
    title = "Vorübergehende Aussetzung von B2C-Sendungen in die USA"
    assert classify(title, body).change_kind == "suspension"


def test_german_services_still_available_are_informational():
    body = (
        "Derzeit werden alle Abholungen und Zustellungen in Israel normal durchgeführt. Es gibt "
        "keine Annahmestopps für Sendungen nach Israel."
    )
    result = classify("Lage in Israel: Services weiterhin verfügbar", body)
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["IL"]


def test_goods_in_the_german_dative_are_goods():
    body = "Bei zeitkritischen Gütern nach China verlängern sich die Laufzeiten um zehn Tage."
    assert "all_goods" in classify("Längere Laufzeiten nach China", body).categories


def test_a_suspended_procurement_is_irrelevant():
    body = (
        "Omniva has suspended the public procurement 'Maintenance of parcel terminals in "
        "Estonia, Latvia and Lithuania' following a challenge by one of the tenderers."
    )
    assert not classify("Omniva suspends procurement", body).relevant


def test_places_that_need_no_customs_declaration_are_unaffected():
    body = (
        "From 1 March, all items containing goods to Switzerland and Norway must carry "
        "electronic customs data. Items to the member states of the European Union do not "
        "require a customs declaration."
    )
    assert classify("Customs data for Switzerland and Norway", body).destinations == ["CH", "NO"]


def test_the_currency_as_a_data_field_is_no_cash():
    body = (
        "From 1 March, items to Norway need electronic customs data: the description, the value "
        "of each article and the currency."
    )
    assert "cash_valuables" not in classify("Customs data for Norway", body).categories


@pytest.mark.parametrize(
    ("authority", "own"),
    [("Norwegian Customs", "NO"), ("Swedish Customs", "SE"), ("Irish Revenue", "IE")],
)
def test_a_customs_authority_named_in_english_means_imports_into_its_country(authority, own):
    body = (
        f"{authority} informs: from 1 April, VAT is charged on goods bought from online stores "
        "in China, the USA or Germany."
    )
    result = classify("VAT on low-value goods", body, source_kind="customs")
    assert result.destinations == [own]


def test_customs_on_exporting_names_where_the_goods_go():
    body = (
        "Tullverket informs: from 18 March it is prohibited to send luxury goods such as "
        "watches, perfume and jewellery to Russia, also by post."
    )
    result = classify("Prohibition on exporting luxury goods", body, source_kind="customs")
    assert result.destinations == ["RU"]


def test_voraussetzung_is_a_prerequisite_not_a_suspension():
    body = (
        "Voraussetzung für den Versand in die USA ist ab 1. Mai eine elektronische Zollanmeldung."
    )
    assert classify("Neue Regeln für die USA", body).change_kind == "new_requirement"


# --- guards from the fourth review --------------------------------------------------------


def test_a_suspension_above_a_line_on_procurement_stays():
    body = "Mail to Yemen is suspended\nProcurement notices are published on our tender portal."
    assert classify("Yemen", body, origin="GB").change_kind == "suspension"


def test_currency_named_beside_cheques_is_cash():
    body = "From 1 May, cheques and currency may no longer be sent in parcels to Vietnam."
    assert "cash_valuables" in classify("Vietnam", body).categories


def test_an_export_declaration_to_customs_names_where_the_goods_go():
    body = (
        "If you send goods to Norway, you must submit an export declaration to Swedish Customs "
        "from 1 March."
    )
    result = classify("Sending goods to Norway", body, source_kind="customs")
    assert result.destinations == ["NO"]


def test_neighbours_served_as_normal_in_german_are_unaffected():
    body = (
        "Mit sofortiger Wirkung setzt UPS alle Sendungen nach Russland und Belarus aus. "
        "Sendungen nach Polen, in die Slowakei und nach Ungarn werden weiterhin normal "
        "abgeholt und zugestellt."
    )
    assert classify("Serviceunterbrechungen", body).destinations == ["BY", "RU"]


def test_a_german_list_after_aus_shares_its_origin_role_past_dem():
    body = (
        "Sie erhalten ein Geschenk aus einem Nicht-EU-Staat, zum Beispiel aus der Schweiz, dem "
        "Vereinigten Königreich oder den USA? Ab 1. Juli werden auf solche Geschenksendungen "
        "Zölle erhoben."
    )
    result = classify("Geschenksendungen", body)
    assert "GB" not in result.destinations
    assert "US" not in result.destinations
