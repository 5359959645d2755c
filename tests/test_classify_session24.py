"""Causes found in session 24, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- an FAQ's question of scope answered "no", in the Nordic languages --------------------------


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Paket till Ryssland stoppas",
            "PostNord tar inte emot paket till Ryssland.\n\nPåverkas paket till Finland? Nej, "
            "paket till Finland skickas som vanligt.",
        ),
        (
            "Pakker til Rusland stoppes",
            "PostNord modtager ikke pakker til Rusland.\n\nBerøres pakker til Finland? Nej.",
        ),
        (
            "Pozastavení příjmu balíků do Ruska",
            "Česká pošta pozastavuje příjem balíků do Ruska.\n\nTýkají se změny i balíků do "
            "Finska? Ne, balíky do Finska přijímáme beze změny.",
        ),
    ],
)
def test_a_place_in_a_question_of_scope_answered_no_is_no_destination(title, body):
    result = classify(title, body)
    assert result.change_kind == "suspension"
    assert result.destinations == ["RU"]


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Paket till Ryssland stoppas",
            "PostNord tar inte emot paket till Ryssland.\n\nPåverkas paket till Finland? Ja, "
            "även de stoppas.",
            ["FI", "RU"],
        ),
        # Czech "Ano" is yes, not "A: no"
        (
            "Pozastavení příjmu balíků do Ruska",
            "Česká pošta pozastavuje příjem balíků do Ruska.\n\nTýká se to i balíků do "
            "Běloruska? Ano.",
            ["BY", "RU"],
        ),
    ],
)
def test_a_place_in_a_question_of_scope_answered_yes_stays(title, body, expected):
    assert classify(title, body).destinations == expected


# --- places of a stop that goes on, listed on one line under their heading ---------------------


def test_a_sentence_of_short_clauses_under_a_heading_is_no_list():
    result = classify(
        "Suspension of parcels to Israel",
        "Due to the security situation we suspend parcel acceptance for Israel.\n\nThe "
        "following services are not affected:\nPlease note, however, that as of today, parcels "
        "to Cyprus, Egypt and Lebanon are also suspended.",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["CY", "EG", "IL", "LB"]


def test_places_that_remain_suspended_listed_on_one_line_are_no_destinations():
    result = classify(
        "Obnovení příjmu zásilek do Japonska",
        "Česká pošta od 1. června obnovuje příjem zásilek do Japonska a Kanady.\n\n"
        "Příjem zásilek nadále zůstává pozastaven do těchto zemí:\n"
        "Argentina, Bolívie, Ekvádor, Kolumbie, Peru, Indie, Nepál, Srí Lanka, Madagaskar, "
        "Spojené státy americké\n",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["CA", "JP"]


# --- Finnish names with a case ending of "from" ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Lakon vuoksi lähetykset Ruotsiin viivästyvät 2-3 päivää. Myös Kiinasta tilatut "
        "paketit ovat myöhässä.",
        "Lakon vuoksi lähetykset Ruotsiin viivästyvät 2-3 päivää. Myös kiinalaisesta "
        "verkkokaupasta tilatut paketit ovat myöhässä.",
        "Lakon vuoksi lähetykset Ruotsiin viivästyvät 2-3 päivää. Myös Venäjältä saapuvat "
        "paketit ovat myöhässä.",
    ],
)
def test_finnish_names_of_where_goods_are_ordered_from_are_origins(body):
    result = classify("Lakko viivästyttää lähetyksiä", body)
    assert result.change_kind == "delay"
    assert result.destinations == ["SE"]


@pytest.mark.parametrize(
    "title, body, expected",
    [
        # the elative is also "about": information about China
        (
            "Lakko viivästyttää lähetyksiä",
            "Lakon vuoksi lähetykset Ruotsiin ja Kiinaan viivästyvät. Tietoa Kiinasta "
            "löydät sivuiltamme.",
            ["CN", "SE"],
        ),
        # "Dominikaaninen tasavalta" ends in "-lta" in its own right
        (
            "Lähetykset viivästyvät",
            "Lakon vuoksi lähetykset Dominikaaniseen tasavaltaan viivästyvät. Dominikaaninen "
            "tasavalta: toimitusajat pitenevät.",
            ["DO"],
        ),
    ],
)
def test_a_finnish_name_that_is_no_origin_stays_a_destination(title, body, expected):
    result = classify(title, body)
    assert result.change_kind == "delay"
    assert result.destinations == expected


def test_a_member_named_beside_a_region_of_origin_is_no_destination():
    # a Swiss notice on what comes from the EU: Germany is where the shops are
    result = classify(
        "New fee for parcels from the EU",
        "From 1 March we charge a fee of CHF 3 on every parcel you receive from the EU. Shops "
        "in Germany are affected most.",
        origin="CH",
    )
    assert "DE" not in result.destinations


def test_a_finnish_name_that_ends_so_in_its_own_right_stays_a_destination():
    result = classify(
        "Itävalta: lakko viivästyttää lähetyksiä",
        "Lakon vuoksi tilatut lähetykset viivästyvät 3-5 päivää.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["AT"]


def test_a_finnish_import_ban_is_a_prohibition():
    result = classify(
        "Pakotteet",
        "Tulli muistuttaa, että Venäjältä ei saa tuoda Suomeen alkoholijuomia, vaikka ne olisi "
        "tilattu verkkokaupasta.",
        source_kind="customs",
    )
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["FI"]
    assert result.categories == ["alcohol"]


# --- words of no change in Danish, Polish, Czech and Portuguese --------------------------------


def test_danish_mail_still_paused_beside_a_resumption_is_no_destination():
    result = classify(
        "Nu kan du igen sende pakker til Ukraine",
        "Fra i dag kan du igen sende breve og pakker til Ukraine. Forsendelser til Rusland og "
        "Belarus er fortsat sat på pause.",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["UA"]


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Przesyłki do Wielkiej Brytanii – deklaracja celna",
            "Od 1 stycznia do każdej przesyłki z towarem do Wielkiej Brytanii należy dołączyć "
            "deklarację celną. Warunki nadawania przesyłek do Gibraltaru nie ulegają zmianie.",
        ),
        (
            "Zásilky do Velké Británie – celní prohlášení",
            "Od 1. ledna je u zásilek se zbožím do Velké Británie nutné vyplnit celní "
            "prohlášení. Zásilky do Gibraltaru přijímáme beze změny.",
        ),
    ],
)
def test_a_place_whose_conditions_do_not_change_is_no_destination(title, body):
    result = classify(title, body)
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["GB"]


def test_a_portuguese_notice_of_service_as_normal_is_informational():
    result = classify(
        "Apagão: operação normalizada",
        "Após a falha de energia de ontem, a operação decorre com normalidade. Os envios com "
        "destino a Espanha continuam a ser aceites e são entregues nos prazos habituais.",
    )
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["ES"]


def test_places_left_to_a_separate_notice_are_no_destinations():
    result = classify(
        "Opóźnienia w doręczeniach do Włoch",
        "Z powodu strajku paczki do Włoch mogą być doręczane z opóźnieniem. Informacje "
        "dotyczące przesyłek do Izraela publikujemy w odrębnym komunikacie.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["IT"]


# --- words written as the normalised text has them ----------------------------------------------


def test_a_stop_of_one_kind_of_goods_until_further_notice_in_polish_is_a_suspension():
    result = classify(
        "Wstrzymanie przyjmowania przesyłek z bateriami litowymi",
        "Poczta Polska od dnia 1 kwietnia do odwołania wstrzymuje przyjmowanie przesyłek "
        "zawierających baterie litowe do Stanów Zjednoczonych i Kanady.",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["CA", "US"]
    assert result.categories == ["lithium_batteries"]


# --- Czech, Polish and Portuguese words of kinds and categories ---------------------------------


def test_a_czech_job_advert_full_of_customs_words_is_irrelevant():
    result = classify(
        "Volné pracovní místo: referent kontroly zásilek",
        "Celní úřad Praha hledá referenta kontroly poštovních zásilek.\nNáplň práce: kontrola "
        "zásilek z Číny a USA, odhalování zboží, jehož dovoz je zakázán.\nVýběrové řízení může "
        "být pozastaveno bez udání důvodu.",
        source_kind="customs",
    )
    assert not result.relevant


def test_goods_accepted_only_through_one_service_in_czech_is_a_restriction():
    result = classify(
        "Zásilky do USA: změna podmínek",
        "Od 25. srpna balíky se zbožím do USA přijímáme pouze ve službě EMS s předplaceným clem.",
    )
    assert result.change_kind == "restriction"
    assert result.destinations == ["US"]


def test_czech_customs_detaining_medicines_from_outside_the_eu():
    result = classify(
        "Léčiva v zásilkách ze zemí mimo EU",
        "Od 1. února platí: zásilky s léčivými přípravky objednanými na internetu budou "
        "zadrženy a zlikvidovány.",
        origin="CZ",
        source_kind="customs",
    )
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["CZ"]
    assert result.categories == ["medicines"]


def test_czech_mimo_before_a_country_is_besides_it():
    result = classify(
        "Zpoždění zásilek",
        "Mimo Německo se zpoždění týká také Rakouska a Polska.",
        origin="CZ",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["AT", "DE", "PL"]


# --- who imposes sanctions, pointers to a page, and goods in Swedish letters ---------------------


def test_the_eus_sanctions_in_swedish_name_who_imposes_them():
    result = classify(
        "PostNord stoppar försändelser till Ryssland",
        "Från i dag tar vi inte emot brev eller paket till Ryssland.\nFakta: EU:s sanktioner "
        "mot Ryssland\nEU har beslutat om sanktioner mot Ryssland.",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["RU"]


def test_a_swedish_pointer_to_a_page_for_a_place_names_no_destination():
    result = classify(
        "PostNord stoppar försändelser till Ryssland",
        "Från i dag tar vi inte emot brev eller paket till Ryssland. För information om "
        "försändelser till Ukraina, se vår sida Trafikinformation.",
    )
    assert result.destinations == ["RU"]


@pytest.mark.parametrize(
    "body",
    [
        # letters that hold goods are goods; letters without goods go on
        "Från och med 25 augusti tar vi inte emot paket eller brev som innehåller varor till "
        "USA.\n- Brev och dokument utan varuinnehåll kan skickas som vanligt.",
        # "not even gifts": the gifts are part of the stop of all goods
        "Från och med 25 augusti tar vi inte emot försändelser med varor till USA, inte heller "
        "gåvor mellan privatpersoner.",
    ],
)
def test_a_swedish_stop_of_goods_is_all_goods_alone(body):
    result = classify("Tillfälligt stopp för varor till USA", body)
    assert result.change_kind == "suspension"
    assert result.categories == ["all_goods"]


# --- Danish and Norwegian "fra", Czech "na Kubu", Nordic "may only be sent" --------------------


def test_norwegian_fra_before_a_place_is_where_mail_comes_from():
    result = classify(
        "Sendinger fra Kina kan bli forsinket",
        "Færre fly frakter post fra Kina til Norge, og pakker fra nettbutikker i Kina kan "
        "derfor bli forsinket.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["NO"]


def test_czech_accusative_of_cuba_is_cuba():
    result = classify(
        "Pozastavení příjmu zásilek na Jamajku a Kubu",
        "Česká pošta od 30. 10. pozastavuje příjem všech zásilek na Jamajku a Kubu.",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["CU", "JM"]


def test_swedish_may_only_be_sent_if_is_a_restriction():
    result = classify(
        "Nya regler för litiumbatterier",
        "Reglerna gäller brev och paket till alla länder från 1 januari. Litiumbatterier får "
        "bara skickas om de sitter monterade i utrustningen.",
    )
    assert result.change_kind == "restriction"
    assert "lithium_batteries" in result.categories


# --- sets 127 and 128: pointers, airlines, promises, territories, wording --------------------


def test_a_country_of_airlines_and_a_pointer_to_a_page_are_no_destinations():
    result = classify(
        "Delays to parcels for Asia",
        "Following the closure of Russian airspace to UK airlines, parcels to Japan may take 1 "
        "to 3 working days longer than usual.\n\nFor information about our services to Russia "
        "and Belarus, see our service suspensions page.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["JP"]


def test_suspended_service_commitments_are_no_stop_of_mail():
    result = classify(
        "Airspace closures in the Middle East",
        "Shipments to Qatar may experience delays of 24 to 72 hours. Guaranteed service "
        "commitments to and from the affected areas have been suspended.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["QA"]


def test_a_country_that_does_not_belong_to_the_eu_names_none_of_its_members():
    result = classify(
        "Regalos desde fuera de la UE",
        "Los envíos entre particulares procedentes de un país no perteneciente a la UE están "
        "exentos de IVA si su valor no supera los 45 euros.",
        origin="ES",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["ES"]


def test_a_place_outside_the_eus_vat_territory_names_none_of_its_members():
    result = classify(
        "Envíos a Canarias: declaración electrónica",
        "Canarias se encuentra fuera del territorio de aplicación del IVA de la Unión Europea. "
        "Desde el 1 de julio, los envíos con mercancía con destino a Canarias deberán ir "
        "acompañados de la declaración electrónica.",
    )
    assert "DE" not in result.destinations


def test_generic_terms_no_longer_accepted_in_french_are_a_requirement():
    result = classify(
        "ICS2 : ce qui change au 1er mars",
        "À compter du 1er mars, les termes génériques comme « cadeau » ou « vêtements » ne "
        "sont plus acceptés dans la déclaration des envois vers la Suisse.",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["CH"]
