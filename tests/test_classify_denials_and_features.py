"""Sentences of our own for the rules of session 7: "no X have been suspended" denies a stop,
"no X will be accepted" states one, a duty named as the subject of "continues as normal" is no
new duty, a heading line of its own heads a list of destinations, job adverts and app features
full of customs words are quiet, and money transfers to a country are no mail to it."""

from __future__ import annotations

from monitor.classify import classify


def test_no_shipments_have_been_suspended_is_no_stop():
    got = classify(
        "Middle East: network update",
        "Following the closure of airspace over Qatar and Kuwait, we would like to reassure "
        "our customers that our operations in these countries continue as normal. Flights "
        "resumed within hours, no shipments have been suspended, and no changes to acceptance "
        "are expected.",
    )
    assert got.change_kind == "informational"


def test_keine_sendungen_wurden_gestoppt_is_no_stop():
    got = classify(
        "Nahost: Netzwerk-Update",
        "Der Betrieb nach Katar läuft normal weiter. Keine Sendungen wurden gestoppt.",
    )
    assert got.change_kind != "suspension"


def test_no_parcels_will_be_accepted_is_a_stop():
    got = classify(
        "Parcels to Qatar",
        "No parcels to Qatar will be accepted from Monday 3 March until further notice.",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["QA"])


def test_not_all_shipments_suspended_still_alerts():
    got = classify(
        "Qatar update",
        "Not all shipments to Qatar have been suspended; letters still go.",
    )
    assert got.relevant and "QA" in got.destinations


def test_duties_as_the_subject_of_continues_as_normal_are_no_new_duty():
    got = classify(
        "Lapse in appropriations: operations continue",
        "Ports of entry remain open, and the processing of cargo and international mail, "
        "including the collection of duties, continues as normal.",
    )
    assert got.change_kind == "informational"


def test_a_duty_with_its_own_verb_beside_normal_delivery_stays_a_duty():
    got = classify(
        "Qatar: new import duty",
        "Duties are charged on all parcels to Qatar from 1 July and delivery continues as normal.",
    )
    assert (got.change_kind, got.destinations) == ("duty_tax_change", ["QA"])


def test_a_numbered_heading_line_heads_the_destinations_below_it():
    got = classify(
        "Temporary suspension of parcels to the United States",
        "We will temporarily suspend the acceptance of parcels as follows.\n\n"
        "1. Destinations concerned\n"
        "The United States of America, including its overseas territories (Guam, Puerto Rico "
        "and American Samoa)\n\n"
        "2. Items concerned\nAll parcels containing goods.",
    )
    assert got.change_kind == "suspension"
    assert {"US", "GU", "PR", "AS"} <= set(got.destinations)


def test_a_job_advert_full_of_customs_words_is_quiet():
    got = classify(
        "Import Clearance Specialist - Leipzig",
        "Careers | Full-time\n\nAbout the role\nYou will prepare customs entries for shipments "
        "from China and the US and classify goods under the tariff.\n\nWhat you'll do\n"
        "- Advise customers on duty, tax and tariff changes and on shipments that have been "
        "suspended or held\n\nWhat you bring\n- Three years of experience in customs\n\n"
        "We are an equal opportunity employer. Apply at careers.example.com.",
    )
    assert not got.relevant


def test_money_transfers_to_a_country_are_no_mail_to_it():
    got = classify(
        "MoneyGram transfers to Belarus suspended",
        "With immediate effect, MoneyGram transfers from our branches to Belarus have been "
        "suspended until further notice.\nFor sending letters and parcels abroad, please see "
        "the website of the postal operator.",
    )
    assert not got.relevant


def test_money_transfers_and_parcels_named_together_still_alert():
    got = classify(
        "Belarus: services suspended",
        "MoneyGram transfers to Belarus are suspended. Parcels to Belarus are suspended too.",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["BY"])


def test_an_app_feature_for_paying_import_charges_is_quiet():
    got = classify(
        "New in the Post app: pay customs charges in a few taps",
        "Receiving a parcel from abroad? You can now pay any customs charges straight from "
        "the Post app.\n\nWhen an item sent from outside the country, for example from the "
        "United States or China, attracts VAT, import duty or our handling fee, we'll send you "
        "a notification in the app.",
    )
    assert not got.relevant


def test_a_rumoured_stop_denied_in_the_next_sentence_is_no_stop():
    got = classify(
        "Post denies rumours about parcels to Poland",
        "Rumours that we have stopped accepting parcels to Poland are circulating on social "
        "media. This is not true: parcels and letters to Poland are accepted as usual.",
    )
    assert got.change_kind == "informational"


def test_a_german_rumour_denied_is_no_stop():
    got = classify(
        "Post dementiert Gerüchte",
        "Im Netz kursieren Gerüchte, die Post habe den Versand von Paketen nach Polen "
        "eingestellt. Das ist nicht zutreffend: Pakete nach Polen werden wie gewohnt "
        "befördert.",
    )
    assert got.change_kind != "suspension"


def test_a_stop_beside_a_rumour_of_something_else_still_alerts():
    got = classify(
        "Qatar",
        "Despite rumours of a strike, we have suspended parcels to Qatar from 1 May.",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["QA"])


def test_italian_new_limits_are_a_restriction():
    got = classify(
        "Spedizioni internazionali di liquidi: nuovi limiti dal 1° aprile",
        "Dal 1° aprile, per i pacchi spediti verso l'estero si applicano nuovi limiti: liquidi "
        "al massimo 1 litro per spedizione. Le spedizioni che non rispettano questi limiti non "
        "saranno accettate.",
    )
    assert got.change_kind == "restriction"


def test_italian_not_accepted_is_a_stop():
    got = classify(
        "Pacchi per il Qatar",
        "Dal 3 marzo i pacchi per il Qatar non saranno accettati fino a nuova comunicazione.",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["QA"])


def test_no_change_to_our_service_and_a_rule_that_still_applies_are_no_news():
    got = classify(
        "Service alert: shipping to Qatar",
        "Many customers ask about the tariffs announced by Qatar. There is no change to our "
        "service to Qatar at this time: we continue to accept parcels as usual. The de "
        "minimis exemption still applies to mail.",
    )
    assert got.change_kind == "informational"


def test_no_change_to_our_services_then_however_a_new_duty_alerts():
    got = classify(
        "Service alert: Qatar",
        "There is no change to our services to Qatar; however, from 1 May a new 5% duty "
        "applies to parcels.",
    )
    assert got.change_kind == "duty_tax_change"


def test_a_suspended_levy_is_a_duty_change():
    got = classify(
        "Customs suspends the new import levy",
        "Customs has suspended the implementation of the 3% charge on imports, which took "
        "effect on 1 March, pending consultations.",
    )
    assert got.change_kind == "duty_tax_change"


def test_a_stop_of_parcels_beside_refunded_import_charges_stays_a_stop():
    got = classify(
        "Parcels to Qatar suspended",
        "We have suspended parcels to Qatar; the import charges already paid will be refunded.",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["QA"])


def test_a_delay_after_until_and_a_clause_of_its_own_is_a_delay():
    got = classify(
        "Canada: industrial action",
        "We are continuing to accept items for Canada, but they will be held until the strike "
        "ends and deliveries will be significantly delayed.",
    )
    assert (got.change_kind, got.destinations) == ("delay", ["CA"])


def test_a_resumption_planned_until_a_condition_is_met_stays_conditional():
    got = classify(
        "Qatar",
        "Parcels to Qatar remain suspended. We will resume acceptance once flights return and "
        "capacity is restored.",
    )
    assert got.change_kind == "suspension"


def test_an_italian_per_parcel_contribution_is_a_duty_change():
    got = classify(
        "Contributo di 3 euro sulle spedizioni dall'estero",
        "Dal 1° luglio è dovuto un contributo di 3 euro per ciascuna spedizione di valore non "
        "superiore a 150 euro destinata in Italia.",
        source_kind="customs",
        origin="IT",
    )
    assert got.change_kind == "duty_tax_change"


def test_a_parcels_title_scopes_the_shipments_of_the_body_to_goods():
    got = classify(
        "Red Sea: longer transit times for parcels by sea to Asia",
        "Because ships avoid the Suez Canal, parcels sent by sea to Japan and Singapore take "
        "two to three weeks longer. Shipments are accepted without restriction.",
    )
    assert got.change_kind == "delay"
    assert got.categories == ["all_goods"]


def test_letters_under_a_heading_of_what_is_not_affected_are_exempt():
    got = classify(
        "Temporary suspension of goods to the United States",
        "From 25 August we are suspending items containing goods to the United States.\n\n"
        "What's not affected\n- Letters and documents\n- Gifts worth USD 100 or less\n",
    )
    assert got.change_kind == "suspension"
    assert "documents" not in got.categories


def test_english_level_and_handler_are_no_letters_and_no_sales():
    got = classify(
        "New data rules for parcels to the EU",
        "From 1 March, every parcel to the EU must include item-level data, provided by the "
        "customs handler of the sender.",
    )
    assert got.change_kind == "new_requirement"
    assert "documents" not in got.categories
    assert "commercial_goods" not in got.categories


def test_german_dealers_still_scope_by_sales():
    got = classify(
        "Norwegen: VOEC-Nummer",
        "Ab 1. April muss bei allen Sendungen von Online-Händlern nach Norwegen die VOEC-Nummer "
        "angegeben werden.",
    )
    assert "commercial_goods" in got.categories


def test_alcohol_free_and_alcohol_based_name_no_alcohol():
    got = classify(
        "Parfüm nach Katar: neue Mengenbegrenzung",
        "Ab 1. Mai nehmen wir Parfüm nach Katar nur noch bis 100 ml pro Flasche an. Für "
        "alkoholfreie Kosmetika gelten weiterhin die bisherigen Regeln.",
    )
    assert got.change_kind == "restriction"
    assert "alcohol" not in got.categories


def test_italian_and_liquids_is_no_e_liquid():
    got = classify(
        "Spedizioni internazionali di profumi e liquidi: nuovi limiti",
        "Dal 1° marzo i profumi e liquidi verso l'estero sono accettati al massimo fino a 1 "
        "litro per spedizione.",
    )
    assert "tobacco_vapes" not in got.categories
    assert "liquids" in got.categories


def test_the_currency_of_a_declared_value_is_no_cash():
    got = classify(
        "United States: formal entry above USD 800",
        "From 1 May, every B2C shipment over USD 800 to the United States must carry a "
        "commercial invoice. Declare the true value and the correct currency.",
    )
    assert "cash_valuables" not in got.categories


def test_an_app_feature_for_customs_forms_is_quiet():
    got = classify(
        "New in the Post app: customs forms on your phone",
        "You can now fill in the customs declaration for parcels going abroad in the Post "
        "app and show a QR code at the counter. Get the latest version from the App Store or "
        "Google Play.",
    )
    assert not got.relevant


def test_a_stop_by_sea_with_air_still_open_is_a_restriction():
    got = classify(
        "Sjøveis pakker til Australia stanses",
        "Vi tar inntil videre ikke imot pakker med sjøveis transport til Australia. Pakker til "
        "Australia kan fortsatt sendes med fly.",
    )
    assert (got.change_kind, got.destinations) == ("restriction", ["AU"])


def test_parcels_by_sea_stopped_and_air_still_accepted_is_a_restriction():
    got = classify(
        "Australia: sea parcels suspended",
        "Parcels sent by sea to Australia are suspended until further notice. Parcels to "
        "Australia can still be sent by air.",
    )
    assert (got.change_kind, got.destinations) == ("restriction", ["AU"])


def test_all_parcels_stopped_by_sea_and_by_air_is_a_suspension():
    got = classify(
        "Australia: parcels suspended",
        "All parcels to Australia are suspended, by sea and by air, until further notice.",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["AU"])


def test_swedish_till_marks_the_destinations_of_the_same_rules():
    got = classify(
        "PostNord pausar försändelser till USA",
        "PostNord pausar tillfälligt försändelser med varor till USA från den 25 augusti. "
        "Samma regler gäller för försändelser till Puerto Rico och Guam.",
    )
    assert {"US", "PR", "GU"} <= set(got.destinations)


def test_swedish_places_said_unaffected_are_no_destinations():
    got = classify(
        "Strejk i Finland",
        "Brev och paket till Finland kan bli försenade på grund av strejken. Försändelser till "
        "Åland berörs inte. Villkoren för paket till Danmark ändras inte.",
    )
    assert got.destinations == ["FI"]


def test_a_domestic_tariff_whose_prices_abroad_stay_the_same_is_quiet():
    got = classify(
        "Neue Portopreise ab 1. Januar",
        "Die Post passt zum 1. Januar die Portopreise für Briefe im Inland an.\n\n"
        "Die Preise für Pakete und Päckchen ins Ausland sowie für den internationalen "
        "Briefversand sind von dieser Genehmigung der Behörde nicht betroffen und bleiben "
        "unverändert.",
    )
    assert not got.relevant


def test_an_app_release_with_a_list_of_features_is_quiet():
    got = classify(
        "New in the Post app: pay duties on parcels from abroad",
        "The Post today launched a new feature in its app that lets customers pay duties and "
        "taxes on parcels from abroad.\n\nWhen a parcel from the United States arrives and "
        "customs assess duties or taxes, app users now receive a push notification.\n\n"
        "Other new features include:\n- a live tracking map\n"
        "- digital pickup notices\n\nNew sign-ups to SMS tracking are suspended as of today.\n\n"
        "The Post app is free on the App Store and Google Play.",
    )
    assert not got.relevant


def test_japanese_sea_mail_stopped_with_air_mail_still_open_is_a_restriction():
    got = classify(
        "エジプトあて船便郵便物の引受停止について",
        "エジプトあての船便について、2024年2月13日から当分の間、引受けを停止いたします。\n"
        "なお、航空便（EMS、航空小包）は引き続きご利用いただけます。",
    )
    assert (got.change_kind, got.destinations) == ("restriction", ["EG"])


def test_a_contracted_negation_denies_a_disruption():
    got = classify(
        "Vanuatu",
        "Following the earthquake, we're continuing to send letters and parcels to Vanuatu as "
        "normal. Vanuatu Post hasn't told us of any disruption to delivery.",
    )
    assert (got.change_kind, got.destinations) == ("informational", ["VU"])


def test_will_only_accept_goods_if_is_a_restriction():
    got = classify(
        "USA",
        "From 29 August, we will only accept items containing goods for the USA if the duties "
        "are paid in advance.",
    )
    assert (got.change_kind, got.destinations) == ("restriction", ["US"])


def test_the_red_sea_is_no_way_of_sending():
    got = classify(
        "Yemen",
        "Due to the Red Sea crisis, we have suspended parcels to Yemen. Letters to Yemen can "
        "still be sent by air.",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["YE"])
