"""Destinations: a named country is one only when the notice sends things there."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU27 = sorted(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)


def dest(title: str, text: str, **kw) -> list[str]:
    result = classify(title, text, **kw)
    assert result.relevant, result
    return result.destinations


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # destination cues
        ("Service update", "Mail to Peru is suspended until further notice.", ["PE"]),
        ("Service update", "Items destined for Chile will be returned; service suspended.", ["CL"]),
        ("Service update", "US-bound parcels are suspended from 1 May.", ["US"]),
        ("Service update", "Delivery in Iceland is delayed by snowstorms.", ["IS"]),
        ("Service update", "Imports into Mexico now require a tax ID for every parcel.", ["MX"]),
        # origin and transit are not destinations
        (
            "Delays",
            "Parcels from China to Canada are delayed; goods originating in Vietnam too.",
            ["CA"],
        ),
        ("Routing", "Mail to Armenia is now routed via Georgia and is delayed.", ["AM"]),
        ("Routing", "Post für Armenien wird über Georgien geleitet und verzögert sich.", ["AM"]),
        ("Suspension", "Shipments made in Japan and sent to Korea are suspended.", ["KR"]),
        ("Suspension", "We suspended shipments to and from Belarus.", ["BY"]),
        # an unaffected country is not a destination when another one is
        ("Suspension", "Mail to Niger is suspended, while Nigeria is not affected.", ["NE"]),
        ("Suspension", "Mail to all countries except Cuba is suspended.", ["*"]),
        # other languages
        ("Annahmestopp", "Die Post nimmt keine Pakete für Kuba mehr an.", ["CU"]),
        ("Suspension", "Les envois à destination de la Tunisie sont suspendus.", ["TN"]),
        ("Suspensión", "Se suspenden los envíos con destino a Venezuela.", ["VE"]),
        ("Sospensione", "Sospese le spedizioni verso la Libia.", ["LY"]),
        ("Приостановка", "Приостановлен приём посылок в Казахстан из Китая.", ["KZ"]),
        ("暂停", "暂停寄往巴西的邮件。", ["BR"]),
        ("引受停止", "ブラジル宛ての郵便物の引受けを停止します。", ["BR"]),
        ("एयरमेल", "ब्राज़ील के लिए डाक की बुकिंग निलंबित है।", ["BR"]),
    ],
)
def test_destination_origin_and_transit(title, text, expected):
    assert dest(title, text) == expected


def test_the_title_names_the_subject():
    assert dest("Fiji - cyclone", "Severe delays are expected for all mail.") == ["FJ"]


def test_a_list_under_the_following_countries():
    text = (
        "We will suspend acceptance of international mail addressed to the following "
        "countries:\n\n1. Nauru\n2. Tuvalu\n3. Kiribati\n\n"
        "Shipments from Australia are not affected."
    )
    assert dest("Temporary suspension", text) == ["KI", "NR", "TV"]


def test_regions_expand_to_their_members():
    assert dest("Lithium", "Power banks can no longer be sent to the EU.") == EU27
    gulf = dest("Delay", "Parcels for the Gulf states are delayed.")
    assert gulf == ["AE", "BH", "KW", "OM", "QA", "SA"]


@pytest.mark.parametrize(
    "text",
    [
        "We no longer accept e-cigarettes for all international destinations.",
        "Vapes are prohibited worldwide from 1 June.",
        "From 1 June, lithium batteries may not be mailed to any country.",
        "Ab 1. Juni sind Lithiumbatterien in alle Länder verboten.",
    ],
)
def test_everywhere_means_star(text):
    assert dest("Notice", text) == ["*"]


def test_no_destination_named_means_every_destination():
    result = classify("Important information", "Until further notice we will not accept knives.")
    assert result.destinations == ["*"]
    assert any(e["field"] == "destinations" and e["value"] == "*" for e in result.evidence)


def test_the_sources_own_country_is_never_a_destination():
    text = "Because of a strike in New Zealand, all outgoing international mail is delayed."
    assert dest("Strike", text, origin="NZ") == ["*"]


def test_a_customs_authority_speaks_about_imports_into_its_own_country():
    text = (
        "From 1 July, goods from all countries arriving by post must be declared "
        "electronically; items from China and Turkey are included."
    )
    assert dest("New rules", text, origin="AU", source_kind="customs") == ["AU"]
    # without a configured origin, the authority's own name says where it is
    text2 = "U.S. Customs and Border Protection will require advance data for all mail shipments."
    assert dest("Notice", text2, source_kind="customs") == ["US"]


def test_territories_with_their_own_code_are_their_own_destinations():
    text = "Mail to the US and its territories (Guam, Puerto Rico) is suspended."
    assert dest("Suspension", text) == ["GU", "PR", "US"]


def test_country_headings_in_a_multi_item_page():
    text = (
        "International updates\n\nPeru\n\nPostal services in Peru are suspended.\n\n"
        "Kenya - Uganda\n\nMail is delayed due to flooding.\n\n"
        "Items sent from Chile may take longer."
    )
    assert dest("Updates", text) == ["KE", "PE", "UG"]


def test_destination_evidence_points_at_the_words():
    title, text = "Notice", "From Monday, mail to Ghana is suspended."
    result = classify(title, text)
    full = title + "\n" + text
    ev = [e for e in result.evidence if e["field"] == "destinations"]
    assert ev and ev[0]["value"] == "GH"
    assert full[ev[0]["start"] : ev[0]["end"]] == "to Ghana" == ev[0]["text"]


def test_inbound_mail_into_the_sources_own_country_makes_it_the_destination():
    text = "We will suspend acceptance of inbound parcels from Peru into the United States."
    assert dest("Inbound suspension", text, origin="US", source_kind="postal") == ["US"]


def test_a_named_customs_authority_gives_the_destination_when_no_country_is_named():
    text = "CBSA: goods imported by courier over CAD 150 will pay duties and taxes from 1 June."
    assert dest("Low-value imports", text) == ["CA"]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # neighbours named as unaffected, in a list after the destination
        (
            "Suspension",
            "All mail to Vanuatu is suspended after the cyclone. Items to Fiji, Samoa and "
            "Tuvalu are not affected and continue to be accepted.",
            ["VU"],
        ),
        (
            "Suspensão",
            "Os envios para o Senegal estão suspensos. Os envios para a Gâmbia, a Mauritânia "
            "e o Mali não são afetados.",
            ["SN"],
        ),
        (
            "Приостановка",
            "Приостановлен приём посылок в Латвию, Литву и Эстонию. Приём отправлений в "
            "Армению, Грузию, Казахстан и другие страны, не указанные выше, осуществляется "
            "в обычном режиме.",
            ["EE", "LT", "LV"],
        ),
        (
            "Avis",
            "Les colis pour le Niger sont suspendus. Les envois vers le Nigeria et le Bénin "
            "ne sont pas concernés.",
            ["NE"],
        ),
        (
            "Delay",
            "Parcels to the Democratic Republic of the Congo are delayed. Mail to the Republic "
            "of the Congo (Brazzaville) is not affected.",
            ["CD"],
        ),
        (
            "Delay",
            "Items for the Dominican Republic are delayed. This notice does not apply to "
            "Dominica, where services run as usual.",
            ["DO"],
        ),
        (
            "Restriction",
            "Parcels to Equatorial Guinea are limited to 5 kg. Our services to Guinea and to "
            "Guinea-Bissau were not suspended.",
            ["GQ"],
        ),
        (
            "Avis",
            "Seuls les envois de 2 kg ou moins sont acceptés pour la Guinée équatoriale; cette "
            "restriction ne s'applique ni à la Guinée ni à la Guinée-Bissau.",
            ["GQ"],
        ),
        ("暂停", "即日起暂停寄往以色列的邮件，寄往约旦的邮件不受影响。", ["IL"]),
        ("お知らせ", "中国（香港及びマカオを除く）宛ての郵便物の引受けを停止します。", ["CN"]),
        ("Delay", "Mail to China (Hong Kong and Macao excluded) is delayed.", ["CN"]),
        (
            "Sospensione",
            "Le spedizioni verso la Francia sono sospese. Nessuna variazione "
            "per le spedizioni verso la Spagna.",
            ["FR"],
        ),  # fmt: skip
    ],
)
def test_places_named_as_unaffected_or_left_out_are_not_destinations(title, text, expected):
    assert dest(title, text) == expected


def test_a_region_whose_members_are_named_stands_for_those_members():
    text = (
        "Because of the hurricane, deliveries to Caribbean islands such as Grenada and "
        "Saint Lucia are suspended."
    )
    assert dest("Hurricane", text) == ["GD", "LC"]
    listed = (
        "Pickup and delivery suspended in the following Caribbean locations: Aruba, Curaçao "
        "and Bonaire."
    )
    assert dest("Hurricane in the Caribbean", listed) == ["AW", "BQ", "CW"]
    # a region named alone still expands, minus the members it leaves out
    eu = dest("Suspension", "Parcels to the EU, except Hungary, are suspended.")
    assert len(eu) == 26 and "HU" not in eu
    eu = dest("Suspension", "Parcels to the EU are suspended. Mail to Malta is not affected.")
    assert len(eu) == 26 and "MT" not in eu


def test_a_list_line_under_a_list_head_is_read_even_when_long():
    text = (
        "We suspend acceptance of all items to the following countries:\n"
        "Austria, Belgium, Canada, Germany, Latvia, Lithuania, Norway, Poland, Finland.\n\n"
        "Items already posted to Latvia will be held in our depot."
    )
    assert dest("Suspension", text) == ["AT", "BE", "CA", "DE", "FI", "LT", "LV", "NO", "PL"]


def test_origins_given_as_examples_after_a_cue_are_origins():
    text = (
        "VAT now applies to all parcels from non-EU countries (for example China, Turkey and "
        "the United Kingdom) imported into Germany."
    )
    assert dest("VAT on imports", text, origin="DE") == ["DE"]
    text_it = (
        "Le spedizioni in arrivo provenienti da paesi extra UE (ad esempio Cina e Svizzera) "
        "e destinate all'Italia pagano l'IVA."
    )
    assert dest("IVA", text_it, origin="IT") == ["IT"]


def test_an_agreement_named_with_hyphens_is_not_a_route():
    text = (
        "Under the Canada-United States-Mexico Agreement, duties on goods imported into "
        "Canada from the United States change."
    )
    assert dest("Duties on imports", text, origin="CA") == ["CA"]


def test_the_title_countries_win_over_all_services_in_the_body():
    text = (
        "We no longer accept aerosols addressed to Japan or Korea. This applies to all "
        "international services to these destinations."
    )
    assert dest("Aerosols to Japan and Korea", text) == ["JP", "KR"]


def test_russian_and_ukrainian_with_is_not_from():
    text = "Укрпошта припиняє обмін поштовими відправленнями з росією та білоруссю."
    assert dest("Оголошення", text) == ["BY", "RU"]
    text_ru = "Приём посылок из Китая в Казахстан приостановлен."
    assert dest("Объявление", text_ru) == ["KZ"]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Service update",
            "Parcels to Nepal are accepted again from 3 May. Acceptance to Bhutan remains "
            "suspended until further notice.",
            ["NP"],
        ),
        (
            "Paketdienst",
            "Pakete nach Island sind ab Montag wieder möglich. Sendungen nach Norwegen bleiben "
            "weiterhin ausgesetzt.",
            ["IS"],
        ),
        (
            # in a notice of suspensions the place that stays suspended counts (session 22)
            "Paketdienst",
            "Pakete nach Island sind ab Montag ausgesetzt. Sendungen nach Norwegen bleiben "
            "weiterhin ausgesetzt.",
            ["IS", "NO"],
        ),
        (
            "Reanudación",
            "Se reanudan los envíos a Bolivia. Los envíos con destino a Paraguay continuarán "
            "sujetos a las restricciones anteriores.",
            ["BO"],
        ),
        (
            "Suspensão",
            "Estão suspensas as encomendas para Angola. Não há alteração para Moçambique.",
            ["AO"],
        ),
        (
            "New requirement",
            "A customs code is now required for parcels to Chile. We do not provide service "
            "to Cuba.",
            ["CL"],
        ),
        ("恢复", "即日起恢复寄往越南的邮件。寄往老挝的邮件仍暂停。", ["VN"]),
    ],
)
def test_places_in_a_standing_state_are_not_destinations_of_the_change(title, text, expected):
    assert dest(title, text) == expected


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "PT",
            "IVA nas compras online",
            "As encomendas com destino a Portugal importadas de países terceiros, como a China, "
            "passam a pagar IVA desde o primeiro euro.",
        ),
        (
            "ES",
            "Nuevo IVA",
            "Los paquetes importados con destino a España desde países como China pagan IVA "
            "a partir del 1 de julio.",
        ),
        (
            "DE",
            "Einfuhrumsatzsteuer",
            "Für eingeführte Waren mit Ziel nach Deutschland, etwa aus China, fällt ab Juli "
            "Einfuhrumsatzsteuer an.",
        ),
    ],
)
def test_imports_sent_to_the_sources_own_country_are_about_it(origin, title, text):
    assert dest(title, text, origin=origin) == [origin]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Goods to US territories",
            "Parcels for US territories with their own postal codes, i.e. Puerto Rico and Guam, "
            "are suspended from 1 May.",
            ["GU", "PR"],
        ),
        (
            "Karibik",
            "Pakete in die französischen Überseegebiete, d. h. Guadeloupe und Martinique, sind "
            "ab Montag ausgesetzt.",
            ["GP", "MQ"],
        ),
    ],
)
def test_a_region_spelt_out_after_i_e_stands_for_the_members_named(title, text, expected):
    assert dest(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Возобновление", "Возобновлён приём посылок в Кыргызскую Республику.", ["KG"]),
        ("Service update", "Parcels to the Kyrgyz Republic are delayed by a week.", ["KG"]),
        ("Advisory", "Parcels to Saipan are suspended from 1 May.", ["MP"]),
    ],
)
def test_official_and_island_names(title, text, expected):
    assert dest(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wstrzymane jest przyjmowanie paczek do Nowej Zelandii.", ["NZ"]),
        ("Wstrzymane jest przyjmowanie paczek do Rosji i Białorusi.", ["BY", "RU"]),
        ("Przesyłki do Korei Południowej docierają z opóźnieniem.", ["KR"]),
        ("Wstrzymane jest przyjmowanie paczek do Niemiec i Stanów Zjednoczonych.", ["DE", "US"]),
    ],
)
def test_polish_names_after_do_are_genitive(text, expected):
    assert dest("Komunikat", text) == expected


def test_chinese_spellings_of_the_us_virgin_islands():
    text = "寄往美國（包括波多黎各及美屬維爾京群島）的物品類郵件必須提供電子數據。"
    assert dest("通告", text) == ["PR", "US", "VI"]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Strike in Portugal",
            "Items to Portugal may be delayed during the strike. Mail for Spain, part of which "
            "travels through Lisbon, is not expected to be affected.",
            ["PT"],
        ),
        (
            "Cyclone in Fiji",
            "Deliveries in Fiji are suspended after the cyclone. Items to Samoa, which was also "
            "hit by the storm, are being delivered normally.",
            ["FJ"],
        ),
        (
            "Envois vers la Martinique",
            "Les colis à destination de la Martinique sont limités à 10 kg. Les conditions pour "
            "la Guadeloupe restent inchangées.",
            ["MQ"],
        ),
    ],
)
def test_neighbours_said_to_go_on_normally_are_not_destinations(title, text, expected):
    assert dest(title, text) == expected
