"""Causes found in session 25, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- "may not be sent" in French, Spanish, Italian, Portuguese and Dutch ------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Les colis à destination du Mali ne peuvent pas être envoyés jusqu'à nouvel ordre.", "ML"),
        ("Los paquetes a Haití no pueden enviarse hasta nuevo aviso.", "HT"),
        ("I pacchi per la Libia non possono essere spediti fino a nuovo avviso.", "LY"),
        ("As encomendas para o Sudão não podem ser enviadas até nova ordem.", "SD"),
        ("Pakketten naar Jemen mogen tot nader order niet worden verzonden.", "YE"),
    ],
)
def test_parcels_that_may_not_be_sent_to_a_place_are_a_stop(body, expected):
    result = classify("", body)
    assert result.relevant
    assert result.change_kind == "suspension"
    assert result.destinations == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Les batteries au lithium ne peuvent pas être envoyées en Nouvelle-Zélande.",
        "Las baterías de litio no pueden enviarse a Nueva Zelanda.",
        "Le batterie al litio non possono essere spedite in Nuova Zelanda.",
        "Lithiumbatterijen mogen niet naar Nieuw-Zeeland worden verzonden.",
    ],
)
def test_goods_that_may_not_be_sent_are_banned(body):
    result = classify("", body)
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["NZ"]
    assert result.categories == ["lithium_batteries"]


def test_goods_that_may_not_be_imported_with_words_between_are_banned():
    result = classify(
        "Neue Regeln ab Juni",
        "Wurst und Käse aus Drittländern dürfen ab 1. Juni nicht in die Schweiz eingeführt werden.",
        origin="CH",
        source_kind="customs",
    )
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["CH"]
    assert "food" in result.categories


# --- "cannot be sent without X": X is required --------------------------------------------------


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Norway: phone number required",
            "From 1 April, parcels to Norway cannot be sent without the recipient's phone number.",
            "NO",
        ),
        (
            "Brasilien",
            "Ab 1. März werden Sendungen nach Brasilien ohne die Steuernummer (CPF) des "
            "Empfängers nicht angenommen.",
            "BR",
        ),
        (
            "Norja",
            "Paketteja Norjaan ei saa lähettää ilman vastaanottajan puhelinnumeroa 1.4. alkaen.",
            "NO",
        ),
        (
            "Canada",
            "Les colis à destination du Canada ne peuvent pas être envoyés sans déclaration en "
            "douane électronique.",
            "CA",
        ),
        (
            "México",
            "Los paquetes a México no pueden enviarse sin factura comercial a partir del 1 de "
            "marzo.",
            "MX",
        ),
        (
            "Svizzera",
            "Dal 1° marzo i pacchi per la Svizzera non possono essere spediti senza il numero "
            "di telefono del destinatario.",
            "CH",
        ),
        (
            "Brazil",
            "From 1 March, items to Brazil will not be accepted without the recipient's tax "
            "identification number.",
            "BR",
        ),
    ],
)
def test_mail_refused_without_a_number_or_paper_needs_it(title, body, expected):
    result = classify(title, body)
    assert result.change_kind == "new_requirement"
    assert result.destinations == [expected]


def test_not_without_a_declaration_means_only_with_it():
    result = classify(
        "Schweiz",
        "Pakete in die Schweiz dürfen ab 1. März nicht ohne Zollinhaltserklärung versendet werden.",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["CH"]


def test_a_stop_without_exception_is_still_a_stop():
    result = classify("", "Parcels to Yemen will not be accepted without exception.")
    assert result.change_kind == "suspension"
    assert result.destinations == ["YE"]


def test_weapons_imported_only_with_a_permit_stay_a_ban():
    # a permit is the exception to a ban, not a number every parcel needs
    result = classify(
        "Armes",
        "Les armes, y compris certains couteaux, ne peuvent être importées sans autorisation.",
        origin="FR",
        source_kind="customs",
    )
    assert result.change_kind == "prohibited_items"
    assert result.categories == ["weapons"]


# --- a member's customs on a rule for all of the EU, its own country named in passing -----------


def test_a_members_customs_on_an_eu_wide_duty_keeps_the_27():
    result = classify(
        "Kleinsendungen aus Drittstaaten: EU beschließt Pauschalzoll",
        "Ab dem 1. Juli wird auf Kleinsendungen, die aus Drittstaaten in die EU eingeführt "
        "werden, ein Zoll von 3 Euro erhoben. Viele Menschen in Österreich bestellen solche "
        "Waren online.",
        origin="AT",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert len(result.destinations) == 27
    assert "AT" in result.destinations and "FR" in result.destinations


def test_the_council_of_the_eu_is_no_destination():
    result = classify(
        "Invoerrecht",
        "De Raad van de Europese Unie heeft besloten dat vanaf 1 juli een vast invoerrecht van "
        "3 euro geldt voor pakjes uit China die u in België ontvangt.",
        origin="BE",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["BE"]


def test_mail_within_the_eu_that_does_not_change_is_no_destination():
    result = classify(
        "VAT on parcels from outside the EU",
        "From 1 July you pay VAT on every parcel you receive from outside the EU, for example "
        "from China. Items sent within the EU, for example from Germany, do not change.",
        origin="NL",
    )
    assert result.destinations == ["NL"]


# --- places a measure also applies to, listed after a noun ---------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Vanaf 22 augustus aanvaarden wij geen pakjes naar de Verenigde Staten. Deze "
            "maatregel geldt ook voor de Amerikaanse gebieden: Puerto Rico en Guam.",
            ["GU", "PR", "US"],
        ),
        (
            "Ab 22. August nehmen wir keine Pakete in die USA an. Dies gilt auch für die "
            "US-Gebiete: Puerto Rico und Guam.",
            ["GU", "PR", "US"],
        ),
        (
            "À partir du 22 août, nous n'acceptons plus les colis à destination des États-Unis. "
            "Cette mesure s'applique également à Porto Rico, Guam et aux Samoa américaines.",
            ["AS", "GU", "PR", "US"],
        ),
    ],
)
def test_territories_a_stop_also_applies_to_are_destinations(body, expected):
    result = classify("", body)
    assert result.change_kind == "suspension"
    assert result.destinations == expected


def test_places_whose_mail_is_processed_as_usual_are_no_destinations():
    result = classify(
        "Storm: geen post naar Sint Maarten",
        "Door de storm is het niet mogelijk om pakketten naar Sint Maarten te versturen. Post "
        "naar Aruba en Curaçao wordt gewoon verwerkt en bezorgd.",
    )
    assert result.destinations == ["SX"]


# --- a stop lifted, with words between commas ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "De opschorting van pakketten naar Jordanië, ingevoerd in oktober na de sluiting van "
        "het luchtruim, is opgeheven.",
        "The suspension of parcels to Jordan, introduced in October after the closure of the "
        "airspace, has been lifted.",
    ],
)
def test_a_stop_lifted_after_an_insertion_is_a_resumption(body):
    result = classify("", body)
    assert result.change_kind == "resumption"
    assert result.destinations == ["JO"]


def test_postal_words_of_dutch_and_hungarian_resumptions():
    assert classify(
        "", "Vanaf vandaag aanvaarden wij opnieuw pakjes naar Jordanië."
    ).change_kind == ("resumption")
    assert classify(
        "Jordánia", "A csomagok felvétele Jordániába már nem szünetel."
    ).change_kind == ("resumption")
    assert classify("Jordánia", "Március 15-től ismét feladhatók csomagok.").change_kind == (
        "resumption"
    )


# --- news of no change for senders, in Hungarian, Greek, Ukrainian and Japanese ------------------


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "A Posta 2024. évi gazdálkodása",
            "A közgyűlés elfogadta a társaság éves beszámolóját; az árbevétel 8 százalékkal nőtt. "
            "A Kínából érkező csomagok száma nőtt, az Egyesült Államokba irányuló kimenő "
            "csomagforgalom csökkent. Kisebb településeken 40 postahely működése átmenetileg "
            "szünetelt.",
        ),
        (
            "Προκήρυξη διαγωνισμού",
            "Η Αρχή προκηρύσσει διαγωνισμό για την προμήθεια σαρωτών για δέματα από την Τουρκία. "
            "Η διαδικασία αναστέλλεται έως την έκδοση απόφασης.",
        ),
        (
            "Графік роботи 1 січня",
            "Відділення не працюватимуть 1 січня. Приймання міжнародних відправлень у цей день "
            "буде призупинено. Вітаємо з Новим роком!",
        ),
    ],
)
def test_results_tenders_and_opening_days_are_irrelevant(title, body):
    assert not classify(title, body).relevant


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Ürdün'e yönelik gönderiler",
            "PTT olarak Ürdün'e yönelik koli gönderilerinin kabulüne herhangi bir kısıtlama "
            "olmaksızın devam edilmektedir.",
            ["JO"],
        ),
        (
            "寄往約旦的郵件",
            "香港郵政現時繼續收寄寄往約旦的郵件，郵件會按一般程序處理。",
            ["JO"],
        ),
        (
            "ヨルダン宛て郵便物について",
            "ヨルダン宛て郵便物は通常どおり引き受けております。影響は報告されていません。",
            ["JO"],
        ),
    ],
)
def test_service_that_goes_on_as_usual_is_informational(title, body, expected):
    result = classify(title, body)
    assert result.change_kind == "informational"
    assert result.destinations == expected


def test_a_turkish_pointer_to_another_notice_names_no_destination():
    result = classify(
        "Ürdün'e yönelik gönderiler",
        "Ürdün'e yönelik koli kabulümüz 1 Mart'tan itibaren askıya alınmıştır. Lübnan'a "
        "yönelik gönderilere ilişkin bilgi için ilgili duyurumuzu inceleyiniz.",
    )
    assert result.destinations == ["JO"]


def test_turkish_delays_to_the_gulf_states():
    result = classify(
        "Hava sahası kapanmaları",
        "Körfez İşbirliği Konseyi ülkelerine yapılan gönderilerde 3-5 iş günü ilave teslim "
        "süresi beklenmektedir.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


def test_a_turkish_rule_made_mandatory_is_a_requirement():
    result = classify(
        "Alıcı bilgileri",
        "1 Eylül tarihinden itibaren gönderilerde alıcının telefon numarasının yer alması "
        "zorunlu hale getirilmiştir.",
        origin="TR",
        source_kind="customs",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["TR"]


# --- Chinese and Japanese -----------------------------------------------------------------------


def test_traditional_chinese_korea_and_a_site_called_global():
    result = classify(
        "颱風影響國際郵件",
        "郵政全球資訊網 > 最新消息\n本公司寄往日本、韓國及菲律賓之郵件將延誤2至3日。",
        origin="TW",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["JP", "KR", "PH"]


def test_offices_closed_for_business_and_a_dispatch_once_flights_resume_are_no_stop():
    result = classify(
        "颱風影響國際郵件",
        "寄往日本之郵件將順延至航班恢復後發運，預計延誤2日。各地郵局暫停營業之局所請至網站查詢。",
        origin="TW",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["JP"]


def test_the_gulf_region_in_chinese():
    result = classify("", "自3月26日起，暂停收寄寄往海湾地区国家的国际邮件。")
    assert result.change_kind == "suspension"
    assert result.destinations == ["AE", "BH", "KW", "OM", "QA", "SA"]


# --- a Russian question of scope answered "no" --------------------------------------------------


def test_a_russian_question_of_scope_answered_no_leaves_the_places_out():
    result = classify(
        "Новые требования к отправлениям в Германию",
        "С 1 июля отправления с товарами в Германию принимаются только с электронной "
        "таможенной декларацией.\nРаспространяются ли новые правила на Норвегию и Швейцарию? "
        "— Нет, для них действуют прежние правила.",
    )
    assert result.destinations == ["DE"]


# --- the standing list of prohibited items, kept elsewhere ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Mail to Latvia is exchanged as normal. The list of items prohibited for mailing is "
        "available in the International Mail section.",
        "Обмен отправлениями с Латвией осуществляется в обычном режиме. Перечень предметов, "
        "запрещённых к пересылке, размещён в разделе «Международная почта».",
    ],
)
def test_a_pointer_to_the_list_of_prohibited_items_bans_nothing(body):
    result = classify("", body)
    assert result.change_kind == "informational"
    assert result.destinations == ["LV"]


@pytest.mark.parametrize(
    "body",
    [
        "The list of prohibited items for Latvia, available on our website, now includes vapes.",
        "Перечень предметов, запрещённых к пересылке в Латвию, дополнен вейпами и размещён на "
        "сайте.",
    ],
)
def test_a_new_entry_on_the_list_of_prohibited_items_is_still_a_ban(body):
    result = classify("", body)
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["LV"]


# --- what the new rules leave alone --------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Mail to Belarus is suspended for all items, with or without a customs declaration.",
        "Mail to Israel is suspended, without any declaration from the airlines about flights.",
        "All parcels to Israel are suspended, even those with a complete customs declaration.",
    ],
)
def test_a_stop_that_names_paperwork_in_passing_stays_a_stop(body):
    assert classify("", body).change_kind == "suspension"


@pytest.mark.parametrize(
    "body",
    [
        "Si votre colis pour le Canada ne peut pas être envoyé, nous vous le retournerons.",
        "Si el paquete a México no puede enviarse, se devolverá al remitente.",
        "Les colis qui ne peuvent pas être envoyés vers le Canada faute d'adresse sont retournés.",
        "Pakketten naar Israël kunnen voorlopig niet via Schiphol worden verzonden.",
        "Wij kunnen niet garanderen dat pakketten naar de Verenigde Staten op tijd worden "
        "verzonden.",
    ],
)
def test_may_not_be_sent_under_a_condition_or_by_another_route_is_no_stop(body):
    assert classify("", body).change_kind != "suspension"


EU27 = sorted(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)


def test_greek_eu_and_outside_the_eu():
    assert classify("", "Η αποδοχή δεμάτων προς την ΕΕ αναστέλλεται.").destinations == EU27
    outside = classify("", "Η αποδοχή δεμάτων προς χώρες εκτός της ΕΕ αναστέλλεται.")
    assert outside.destinations == ["*"]


# --- a duty named only with where the goods come from --------------------------------------------


@pytest.mark.parametrize(
    "title, body, origin",
    [
        (
            "Btw op pakketten",
            "Bestel je online bij een webwinkel buiten de Europese Unie, bijvoorbeeld in China of "
            "de Verenigde Staten? Vanaf 1 juli betaal je btw over elke zending.",
            "NL",
        ),
        (
            "VAT on parcels",
            "If you order from a web shop outside the EU, for example in China or the United "
            "States, you pay VAT on every parcel from 1 July.",
            "IE",
        ),
    ],
)
def test_a_duty_on_goods_from_web_shops_abroad_is_paid_at_home(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == [origin]


def test_a_duty_named_with_no_place_at_all_still_holds_everywhere():
    result = classify("Fees", "From 1 July a handling fee applies to every parcel.", origin="IE")
    assert result.destinations == ["*"]


def test_a_members_customs_advice_to_its_own_importers_keeps_the_eu_rule():
    result = classify(
        "ICS2: wat verandert er?",
        "Vanaf 1 maart moeten vervoerders voor alle zendingen die de EU binnenkomen een "
        "volledige aangifte indienen. Ontvangt u goederen in Nederland, vraag uw leverancier "
        "dan om een correcte HS-code.",
        origin="NL",
        source_kind="customs",
    )
    assert result.destinations == EU27


# --- from a second code review ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Mail to Belarus is suspended for all items with or without a customs declaration.",
        "Parcels to Belarus cannot be sent, with or without a customs declaration.",
    ],
)
def test_with_or_without_a_declaration_is_no_requirement(body):
    assert classify("", body).change_kind == "suspension"


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Le informamos que no se pueden enviar paquetes a Venezuela.", ["VE"]),
        ("Si informa la clientela che i pacchi per la Libia non possono essere spediti.", ["LY"]),
        ("Als gevolg van de sancties kunnen pakketten naar Rusland niet worden verzonden.", ["RU"]),
    ],
)
def test_que_si_and_als_in_other_senses_leave_the_stop(body, expected):
    result = classify("", body)
    assert result.change_kind == "suspension"
    assert result.destinations == expected


def test_a_pointer_to_the_complete_list_of_suspended_countries_stops_nothing():
    result = classify(
        "",
        "The complete list of countries where acceptance of mail is suspended is published on "
        "our website.",
    )
    assert result.change_kind != "suspension"


@pytest.mark.parametrize(
    "body",
    [
        "De opschorting van pakketten naar Jordanië wordt, zodra het luchtruim opengaat, "
        "opgeheven.",
        "Die Aussetzung der Annahme von Paketen nach Jordanien wird, sobald der Flughafen öffnet, "
        "aufgehoben.",
    ],
)
def test_a_stop_to_be_lifted_once_something_happens_is_no_resumption(body):
    assert classify("", body).change_kind == "suspension"


@pytest.mark.parametrize(
    "body, origin, source_kind",
    [
        ("A 25% duty applies to goods from the United States from 1 March.", "US", "postal"),
    ],
)
def test_a_duty_on_goods_from_home_is_no_home_destination(body, origin, source_kind):
    result = classify("", body, origin=origin, source_kind=source_kind)
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["*"]


def test_a_dated_rule_of_a_members_own_said_with_a_month_only():
    result = classify(
        "Douane : nouvelle taxe sur les petits colis",
        "Douane française\n\nLes colis importés dans l'UE sont soumis à la TVA dès le premier "
        "euro. Dès mars, une taxe de 2 euros s'applique à chaque petit colis livré en France.",
        source_kind="customs",
    )
    assert result.destinations == ["FR"]


@pytest.mark.parametrize(
    "body, kind",
    [
        (
            "E-Zigaretten dürfen nach Australien, Neuseeland und Japan nicht eingeführt werden.",
            "prohibited_items",
        ),
        (
            "Pakketten kunnen niet naar Australië, Nieuw-Zeeland en Japan worden verzonden.",
            "suspension",
        ),
    ],
)
def test_a_list_of_places_inside_the_split_verb(body, kind):
    result = classify("", body)
    assert result.change_kind == kind
    assert result.destinations == ["AU", "JP", "NZ"]
