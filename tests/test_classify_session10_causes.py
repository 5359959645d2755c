"""Causes found in session 10, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("title", "text", "origin", "expected"),
    [
        (
            "Storm delays in the Grenadines",
            "Mail for Grenada, including Carriacou and Petite Martinique, may arrive up to a "
            "week late after the storm.",
            "GB",
            ["GD"],
        ),
        (
            "メキシコ湾岸の港湾ストライキについて",
            "メキシコ湾岸の港湾ストライキの影響により、米国あての船便の郵便物のお届けに遅れが生じています。",
            "JP",
            ["US"],
        ),
        (
            "Port strike",
            "Because of a strike at ports on the Gulf of Mexico, surface parcels to the United "
            "States will be delayed.",
            "GB",
            ["US"],
        ),
    ],
)
def test_a_place_inside_the_name_of_something_else_is_no_destination(title, text, origin, expected):
    assert classify(title, text, origin=origin).destinations == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lunar New Year: items posted to Greater China from 20 January may take a week longer.",
        "Neujahrsfest: Sendungen nach Großchina brauchen ab 20. Januar bis zu einer Woche länger.",
    ],
)
def test_greater_china_is_its_four_destinations(text):
    assert classify("Holiday delays", text, origin="SG").destinations == ["CN", "HK", "MO", "TW"]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "З 1 березня для всіх відправлень з товарами до всіх країн світу потрібна "
            "електронна митна декларація. Це пов'язано з вимогами країн ЄС та США.",
            "UA",
        ),
        (
            "С 1 марта для отправлений с товарами во всех странах назначения требуется "
            "электронная таможенная декларация. Это связано с требованиями ЕС и США.",
            "RU",
        ),
        (
            "Od 1 marca do wszystkich krajów wymagana jest elektroniczna deklaracja celna dla "
            "przesyłek z towarami. Wynika to z przepisów UE i USA.",
            "PL",
        ),
    ],
)
def test_every_country_in_slavic_languages_is_every_destination(text, origin):
    assert classify("Нове правило", text, origin=origin).destinations == ["*"]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Door storingen bij de luchtvracht komen pakketten naar Aruba en Curaçao tot vijf "
            "dagen later aan. Zendingen naar Suriname hebben geen vertraging.",
            "NL",
        ),
        (
            "Because of a cargo shortage, parcels to Aruba and Curaçao arrive up to five days "
            "late. Parcels to Suriname have no delays.",
            "GB",
        ),
        (
            "Wegen fehlender Frachtkapazität kommen Pakete nach Aruba und Curaçao bis zu fünf "
            "Tage später an. Für Sendungen nach Suriname gibt es keine Verzögerungen.",
            "DE",
        ),
    ],
)
def test_a_place_said_to_have_no_delay_is_not_delayed(text, origin):
    got = classify("Vertraging", text, origin=origin)
    assert got.destinations == ["AW", "CW"]
    assert got.change_kind == "delay"


_PAGE = """Important information

Beware of fraudulent emails and text messages
Posted: 1 February 2025
Scammers send messages that claim to be from us and ask for a fee to release a parcel. Never
pay by gift card. Report phishing to our fraud team.

Vanuatu - Temporary Service Suspension
Posted: 3 March 2025
Because the airport at Port Vila is closed, we have suspended all services to Vanuatu until
further notice. No new shipments to Vanuatu will be accepted.

Holiday closures
Our service centres will be closed on Easter Monday. Pickups resume the next business day.

Privacy Notice | Fraud Awareness | Cookie Settings"""


def test_a_stop_between_a_fraud_warning_and_holiday_hours_is_the_news():
    got = classify("Important information", _PAGE, origin="AU")
    assert got.relevant is True
    assert got.change_kind == "suspension"
    assert got.destinations == ["VU"]


_JOB = """Customs Specialist - Sydney
Careers

About the role
Job ID: 12345 | Full time
You will prepare import declarations and follow regulatory changes in key markets (for
example changes to de minimis thresholds, suspensions of service or new duties).

Requirements
- Two years of experience in customs brokerage
- Knowledge of the Harmonized System

What we offer
A competitive salary and 20 days of annual leave. We are an equal opportunity employer."""


def test_a_job_advert_with_a_requirements_heading_stays_irrelevant():
    got = classify("Customs Specialist - Sydney", _JOB, origin="AU")
    assert got.relevant is False


_GUIDE = """Country guide: Chile
Import guidelines
Last updated: 3 March 2026

Documentation
All shipments other than documents require a commercial invoice with the tax ID of the
importer and the Harmonized System code of each item.

Duties and taxes
Duties and taxes are charged on the customs value. We advance duties for the receiver.

Prohibited commodities
- Firearms and ammunition
- Live animals

Update - electronic cigarettes and heated tobacco devices (March 2026)
Following a new decree that prohibits the import of electronic cigarettes, we will no longer
accept shipments to Chile containing electronic cigarettes, heated tobacco devices or refill
liquids, effective 1 April 2026.

Restricted commodities (permit required)
- Medicines: import permit from the health institute
- Food and seeds: phytosanitary certificate
- Lithium batteries: must follow the IATA rules

Need help?
Call our customer service."""


def test_a_dated_update_inside_a_country_guide_is_the_news():
    got = classify("Chile: import guidelines", _GUIDE, source_kind="carrier")
    assert got.change_kind in ("prohibited_items", "suspension")
    assert got.categories == ["tobacco_vapes"]
    assert got.destinations == ["CL"]


_UPDATES = """Before you send
- Check the sending requirements for the country you're sending to.
- Make sure your customs declaration is complete.

Temporary suspension of items containing goods to Fiji and Samoa
Updated 3 March 2026

Because of cyclone damage at the airports, from 4 March we're temporarily suspending
acceptance of items containing goods to Fiji and Samoa.

Customs and duties
Most countries charge duties and taxes on goods. These are paid by the recipient.

Dangerous and prohibited goods
Perfume, aerosols and lithium batteries are dangerous goods and can't be sent by air."""


def test_a_long_news_heading_with_its_date_ends_the_guidance_above_it():
    got = classify("International service updates", _UPDATES, origin="AU")
    assert got.change_kind == "suspension"
    assert got.destinations == ["FJ", "WS"]
    assert got.categories == ["all_goods"]


@pytest.mark.parametrize(
    "title",
    [
        "Tariff case: court hears arguments, no change to duty collection",
        "Tariffs: no change for now",
    ],
)
def test_a_title_saying_duties_do_not_change_is_informational(title):
    got = classify(
        title,
        "The court heard arguments on the tariffs imposed on imports into the United States. "
        "Until it rules, there is no change: the tariffs continue to apply and we will keep "
        "collecting them.",
        source_kind="carrier",
    )
    assert got.change_kind == "informational"


def test_polish_negated_stop_and_masculine_genitive_names():
    got = classify(
        "Utrudnienia w wymianie przesyłek",
        "Z powodu zamknięcia przejść granicznych przesyłki do Białorusi, a także do Kazachstanu "
        "i Kirgistanu będą doręczane z opóźnieniem. Poczta nie wstrzymuje przyjmowania "
        "przesyłek do tych krajów. Przesyłki do Izraela i Egiptu realizowane są bez zakłóceń.",
        origin="PL",
    )
    assert got.change_kind == "delay"
    assert got.destinations == ["BY", "KG", "KZ"]


def test_finnish_not_delayed_is_service_as_normal():
    got = classify(
        "Satamalakko ei vaikuta lähetyksiin",
        "Satamissa alkaa lakko. Kirjeet ja paketit kaikkiin ulkomaan kohteisiin kulkevat "
        "normaalisti. Lähetykset eivät viivästy lakon vuoksi.",
        origin="FI",
    )
    assert got.change_kind == "informational"


def test_chinese_registration_that_importers_must_obtain_is_a_requirement():
    got = classify(
        "海关总署发布进口食品新规定",
        "自2026年6月1日起，向中国出口食品的境外生产企业应当取得海关总署注册，未获注册企业的食品不得进口。",
        origin="CN",
        source_kind="customs",
    )
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["CN"]


def test_dutch_only_still_is_a_restriction():
    got = classify(
        "Pakketten naar Noorwegen",
        "Vanaf 1 mei kun je pakketten naar Noorwegen alleen nog versturen tot 10 kilo.",
        origin="NL",
    )
    assert got.change_kind == "restriction"


def test_places_listed_under_a_line_ending_in_to_are_destinations():
    got = classify(
        "Divieto di invio di denaro verso alcuni Paesi",
        "Il divieto si applica a tutti gli invii diretti verso:\n"
        "- Albania\n- Serbia\n- Moldavia\n\n"
        "Per le spedizioni verso la Croazia e la Slovenia non sono previste variazioni.",
        origin="IT",
    )
    assert got.destinations == ["AL", "MD", "RS"]


def test_french_concerned_list_names_the_overseas_territories():
    got = classify(
        "Envois vers l'Outre-mer : déclaration électronique obligatoire",
        "À partir du 1er janvier, tous les envois contenant des marchandises devront être "
        "accompagnés d'une déclaration en douane électronique.\n\nSont concernés :\n"
        "- Guadeloupe, Martinique et La Réunion ;\n"
        "- les Terres australes et antarctiques françaises (TAAF).\n\n"
        "Les envois vers Monaco ne sont pas concernés.",
        origin="FR",
    )
    assert got.destinations == ["GP", "MQ", "RE", "TF"]


def test_swedish_lists_of_what_the_pause_covers_and_does_not_cover():
    got = classify(
        "PostNord pausar varuförsändelser till USA",
        "PostNord pausar tillfälligt mottagningen av varuförsändelser till USA.\n\n"
        "Pausen omfattar:\n• Paket med varuinnehåll\n• USA samt Puerto Rico och Guam\n\n"
        "Pausen omfattar inte:\n• Brev och dokument\n• Försändelser till Kanada och Mexiko",
        origin="SE",
    )
    assert got.destinations == ["GU", "PR", "US"]


def test_a_stop_to_the_following_destinations_lists_them():
    got = classify(
        "Temporary unavailability of surface parcels",
        "Because of the Red Sea disruption, we will temporarily not accept surface parcels to "
        "the following destinations:\n- France\n- Spain\n\nCustomers may continue to send "
        "items to these destinations by air. Surface parcels to Australia are not affected.",
        origin="MY",
    )
    assert got.destinations == ["ES", "FR"]


def test_following_non_eu_countries_are_the_ones_listed():
    got = classify(
        "Neue Wertgrenze für Pakete in Nicht-EU-Länder",
        "Ab dem 1. März nimmt GLS Pakete in folgende Nicht-EU-Länder nur noch bis zu einem "
        "Warenwert von 1.000 Euro an:\n\n• Schweiz\n• Norwegen\n• Serbien\n\n"
        "Für Pakete innerhalb der EU ändert sich nichts.",
        origin="DE",
    )
    assert got.change_kind == "restriction"
    assert got.destinations == ["CH", "NO", "RS"]


def test_a_section_on_imports_into_the_own_country_below_the_news_is_no_destination():
    got = classify(
        "Sending food to Europe: meat and dairy no longer accepted",
        "From 1 December we will no longer accept parcels containing meat or dairy for "
        "Iceland, Norway and Switzerland.\n\n" + "Other foods can still be sent. " * 12 + "\n\n"
        "Food coming into Australia\nIf someone overseas is sending food to you, it must meet "
        "the biosecurity rules for imports into Australia.",
        origin="AU",
    )
    assert got.destinations == ["CH", "IS", "NO"]


_EGYPT = """Shipping to Egypt
Last updated: 2 June 2026

Before you ship
- Commercial invoice: required for all non-document shipments, with the HS code of each item.

What's new: Advance Cargo Information for air shipments to Egypt
From 1 July 2026, an ACID number will be mandatory for all commercial shipments arriving in
Egypt by air. The ACID number must appear on the commercial invoice.

Restricted and prohibited items
Other goods, such as food, plants and mobile phones, may require additional permits.

Need help?
Contact our customer service."""


def test_a_whats_new_heading_ends_the_guidance_and_its_goods_are_the_news():
    got = classify("Shipping to Egypt: customs requirements", _EGYPT, source_kind="carrier")
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["EG"]
    assert "commercial_goods" in got.categories
    assert not {"food", "animals_plants", "electronics"} & set(got.categories)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From 1 March, perfumes and colognes containing alcohol can no longer be sent to "
            "Kuwait.",
            ["perfumes_cosmetics"],
        ),
        (
            "From 1 March, shipments containing alcoholic beverages can no longer be sent to "
            "Kuwait.",
            ["alcohol"],
        ),
    ],
)
def test_alcohol_that_a_perfume_contains_is_not_alcohol_sent(text, expected):
    assert classify("Kuwait", text, origin="US").categories == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We have suspended goods to Thailand. From 1 April, the suspension of items that are "
            "not documents also applies to:\n- parcels to Norway\n- parcels to Switzerland",
            ["CH", "NO", "TH"],
        ),
        (
            "Letters are not affected, but from 1 April the suspension also covers:\n"
            "- parcels to Norway\n- parcels to Switzerland",
            ["CH", "NO"],
        ),
        (
            "Other countries are not affected, with the exception of the following countries, "
            "where parcels are suspended from 1 April:\n- Norway\n- Switzerland",
            ["CH", "NO"],
        ),
    ],
)
def test_a_negation_elsewhere_in_the_head_sentence_keeps_the_list(text, expected):
    assert classify("Suspension", text, origin="GB").destinations == expected


def test_a_list_after_with_the_exception_of_the_following_countries_is_left_out():
    got = classify(
        "Electronic data for parcels",
        "From 1 April, electronic customs data is required for parcels to non-EU countries, "
        "with the exception of the following countries:\n- Switzerland\n- Norway",
        origin="DE",
    )
    assert got.destinations == ["*"]


def test_goods_originating_in_the_following_countries_are_no_destinations():
    got = classify(
        "US tariffs",
        "For parcels to the United States, from 29 August, goods made wholly or partly in the "
        "following countries face higher duties:\n- China\n- India",
        origin="GB",
    )
    assert got.destinations == ["US"]


def test_a_non_eu_class_and_a_second_list_for_some_countries_stay_worldwide():
    got = classify(
        "Customs data",
        "From 1 April, all parcels to non-EU countries require electronic customs data. In "
        "addition, a commercial invoice is required for the following countries:\n"
        "- Switzerland\n- Norway\n- United Kingdom",
        origin="DE",
    )
    assert got.destinations == ["*"]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Od 1 marca do wszystkich krajów UE wymagana jest elektroniczna deklaracja celna dla "
            "paczek.",
            "PL",
        ),
        ("С 1 марта во всех странах ЕС требуется электронная декларация для посылок.", "RU"),
    ],
)
def test_all_countries_of_the_eu_are_its_members(text, origin):
    eu27 = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
    members = [c for c in eu27.split() if c != origin]  # the source's own country is no destination
    assert classify("Zmiana", text, origin=origin).destinations == members


def test_german_egg_is_no_negation():
    got = classify(
        "Lebensmittel nach Kanada",
        "Ab 1. März sind Lebensmittel mit Fleisch oder Ei in Paketen nach Kanada verboten.",
        origin="DE",
    )
    assert got.change_kind in ("prohibited_items", "suspension")
    assert got.destinations == ["CA"]


def test_a_title_with_no_change_for_some_and_a_dated_duty_is_a_duty_change():
    got = classify(
        "US tariffs: no change for gifts, duty on all other goods from 29 August",
        "Gifts up to USD 100 stay duty free. All other goods sent to the United States are "
        "charged duty from 29 August.",
        origin="GB",
    )
    assert got.change_kind == "duty_tax_change"


def test_news_told_now_under_a_guidance_heading_keeps_its_kind():
    got = classify(
        "United States: what changes",
        "Here is what changes for your parcels to the United States this month.\n\n"
        "Duties and taxes\nThe United States has ended the de minimis exemption. Duties are now "
        "charged on all items containing goods, whatever their value.\n\n"
        "Delivery times\nSome items to the United States may be delayed by a few days.",
        origin="GB",
    )
    assert got.change_kind == "duty_tax_change"


def test_not_accepting_mail_to_any_destination_is_a_stop_of_all():
    got = classify(
        "Suspension of outgoing international mail",
        "As of today and until further notice, we are not accepting outgoing international mail "
        "to any destination abroad because the airport is closed.",
        origin="IL",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["*"]


def test_places_not_subject_to_the_condition_and_svalbard():
    got = classify(
        "New conditions for small packets",
        "From 1 November, small packets to Svalbard and Iceland will be accepted only up to a "
        "value of EUR 150. Items to Switzerland and Norway are not subject to this condition.",
        origin="TH",
    )
    assert got.destinations == ["IS", "SJ"]
    excepted = classify(
        "Neue Regeln für Norwegen",
        "Ab 1. Juli müssen Sendungen nach Norwegen elektronische Zolldaten enthalten. "
        "Ausgenommen sind Sendungen nach Spitzbergen und Jan Mayen.",
        origin="DE",
    )
    assert excepted.destinations == ["NO"]


def test_changes_to_eu_rules_do_not_make_the_eu_a_destination():
    got = classify(
        "Sending parcels to Åland: customs declaration required as before",
        "We have received questions after recent news about changes to EU customs rules. "
        "Nothing has changed: parcels with goods sent to Åland still need a customs "
        "declaration.",
        origin="FI",
    )
    assert got.destinations == ["AX"]


def test_swiss_customs_territory_includes_liechtenstein_when_named():
    got = classify(
        "Elektronische Vorabdaten ab 1. Januar",
        "Ab dem 1. Januar müssen für alle Postsendungen mit Waren, die in das Zollgebiet der "
        "Schweiz und des Fürstentums Liechtenstein eingeführt werden, elektronische Vorabdaten "
        "übermittelt werden. Betroffen sind Sendungen aus allen Ländern, auch aus Deutschland.",
        origin="CH",
        source_kind="customs",
    )
    assert got.destinations == ["CH", "LI"]
    alone = classify(
        "Mehrwertsteuer auf Postsendungen",
        "Ab dem 1. Januar steigt die Mehrwertsteuer auf Postsendungen aus dem Ausland auf 8,1 "
        "Prozent.",
        origin="CH",
        source_kind="customs",
    )
    assert alone.destinations == ["CH"]


def test_a_port_strike_under_a_title_saying_service_is_normal_is_informational():
    got = classify(
        "Port strike: our express services operating as normal",
        "On 1 October a strike began at 36 container ports. Container handling at these ports "
        "has stopped.\n\nOur express network flies by air: shipments to the United States "
        "continue to be picked up and delivered as normal.",
        source_kind="carrier",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["US"]


def test_at_no_time_suspended_is_no_suspension():
    got = classify(
        "Airspace closure",
        "At no time was the acceptance of mail suspended. Parcels to all destinations are "
        "dispatched as normal.",
        origin="QA",
    )
    assert got.change_kind == "informational"


def test_puerto_rico_is_no_port():
    got = classify(
        "Envois vers Porto Rico",
        "À partir du 1er mars, les marchandises à destination de Porto Rico ne pourront plus "
        "être envoyées en Lettre internationale.",
        origin="FR",
    )
    assert got.change_kind in ("suspension", "restriction")


def test_a_registration_for_the_collection_of_duties_is_a_requirement():
    got = classify(
        "New customs accounting system in effect",
        "From 1 March, the new portal is the official system for the assessment and collection "
        "of duties and taxes on commercial imports. Commercial importers must register in the "
        "portal. Goods are released only once duties and taxes are paid.",
        origin="CA",
        source_kind="customs",
    )
    assert got.change_kind == "new_requirement"
    raised = classify(
        "Duty rate raised",
        "From 1 March, the duty on commercial imports rises to 8 %. Importers must register "
        "in the portal to pay it.",
        origin="CA",
        source_kind="customs",
    )
    assert raised.change_kind == "duty_tax_change"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kurz vor dem Jahreswechsel erinnert der Zoll daran, dass Sendungen mit Feuerwerk "
            "aus dem Ausland nicht zulässig sind. Der Zoll warnt vor Bestellungen im Internet.",
            "prohibited_items",
        ),
        ("Ab 1. Juli wird ein Zoll von 3 Euro je Sendung erhoben.", "duty_tax_change"),
    ],
)
def test_german_zoll_as_the_customs_office_is_no_duty(text, kind):
    got = classify("Hinweis des Zolls", text, origin="DE", source_kind="customs")
    assert got.change_kind == kind


@pytest.mark.parametrize(
    ("title", "text", "origin"),
    [
        (
            "关于暂停进口日本水产品的公告",
            "自本公告发布之日起，海关总署决定暂停进口原产地为日本的水产品，包括以邮件、快件方式进境的水产品。",
            "CN",
        ),
        (
            "Temporary suspension of poultry imports",
            "With immediate effect, imports of poultry meat from Brazil are temporarily "
            "suspended, including by post and courier.",
            "GB",
        ),
    ],
)
def test_a_customs_suspension_of_imports_is_the_destinations_ban(title, text, origin):
    got = classify(title, text, origin=origin, source_kind="customs")
    assert got.change_kind == "prohibited_items"
    assert got.destinations == [origin]
    assert got.categories == ["food"]


# Guards from the second review: cases the first versions of today's rules got wrong.
@pytest.mark.parametrize(
    ("title", "text", "origin", "kind"),
    [
        (
            "Neue Abgaben",
            "Der Zoll beträgt ab dem 1. Juli für alle Kleinsendungen 3 Euro.",
            "DE",
            "duty_tax_change",
        ),
        (
            "Changes from 1 July",
            "From 1 July we start the collection of duties and taxes on "
            "every parcel from China. Recipients must register online before delivery.",
            "GB",
            "duty_tax_change",
        ),
        (
            "Haiti",
            "Our staff were at no time in danger and mail to Haiti is suspended until "
            "further notice.",
            "US",
            "suspension",
        ),
        (
            "Yemen",
            "Because the ports in Yemen are closed we have suspended all services to Yemen.",
            "GB",
            "suspension",
        ),
    ],
)
def test_second_review_kinds(title, text, origin, kind):
    assert classify(title, text, origin=origin).change_kind == kind


def test_transit_times_with_max_are_no_restriction():
    got = classify(
        "Laufzeiten",
        "Transit times for parcels to the United States are currently max. 10 working days.",
        origin="DE",
    )
    assert got.change_kind != "restriction"


@pytest.mark.parametrize(
    ("text", "origin", "expected"),
    [
        (
            "Из-за забастовки задерживаются отправления в следующие страны:\n- Франция\n"
            "- Бельгия\n- Испания",
            "RU",
            ["BE", "ES", "FR"],
        ),
        (
            "Parcels to all countries in the EU and the rest of the world are delayed by two days.",
            "CH",
            ["*"],
        ),
        (
            "Mail to Ukraine has resumed. We are not yet accepting parcels to any destination in "
            "Russia.",
            "GB",
            ["RU", "UA"],
        ),
    ],
)
def test_second_review_destinations(text, origin, expected):
    assert classify("Update", text, origin=origin).destinations == expected
