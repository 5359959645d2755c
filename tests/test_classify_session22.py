"""Causes found in session 22, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- mail coming in to the sender's own country, written as an arrow or a hyphen route ----------


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Zollgebühren",
            "Ab 1. Januar brauchen Pakete nach Großbritannien neue Zollformulare. Für Pakete "
            "Großbritannien → Deutschland fallen Einfuhrabgaben an.",
            ["GB"],
        ),
        (
            "Customs",
            "Parcels to Switzerland need a new customs form from 1 March. Parcels "
            "Switzerland-Germany are charged import VAT on arrival.",
            ["CH"],
        ),
    ],
)
def test_a_route_home_written_as_an_arrow_or_hyphen_is_no_destination(title, body, expected):
    assert classify(title, body).destinations == expected


def test_a_route_written_as_a_hyphen_alone_keeps_its_destination():
    result = classify("Customs", "Parcels Switzerland-Germany need a new form from 1 March.")
    assert result.destinations == ["DE"]


# --- a line that points to another notice for a place -------------------------------------------


def test_a_place_with_a_pointer_to_another_update_is_no_destination():
    result = classify(
        "Update: sending to Canada",
        "Sending to Canada is no longer suspended. From today we accept all services to Canada "
        "again.\n\nOther international updates\n- USA: see our update on sending goods to the US\n"
        "- Israel: some services may take longer than normal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["CA"]


def test_a_japanese_pointer_to_a_separate_notice_is_no_destination():
    result = classify(
        "ロシアあて郵便物の引受停止について",
        "2022年3月2日から、ロシアあて郵便物の引受を一時停止いたします。"
        "なお、ベラルーシ及びウクライナあての郵便物については、別途お知らせをご確認ください。",
    )
    assert result.destinations == ["RU"]


# --- "Worldwide" in a service's name ----------------------------------------------------------


def test_worldwide_in_a_carriers_name_is_not_every_destination():
    result = classify(
        "Incident updates",
        "We have suspended all services to Haiti with immediate effect.\nParcelforce Worldwide\n"
        "Parcelforce Worldwide services to Haiti are also suspended.",
    )
    assert result.destinations == ["HT"]


def test_worldwide_in_a_name_is_every_destination_when_no_place_is_named():
    result = classify(
        "Cyber incident",
        "Due to a cyber incident we are unable to despatch Parcelforce Worldwide parcels. Please "
        "do not post export items.",
    )
    assert result.destinations == ["*"]


def test_mail_to_overseas_destinations_outweighs_a_home_service_that_runs_as_normal():
    result = classify(
        "International export services: cyber incident",
        "We are temporarily unable to despatch items to overseas destinations. Please do not "
        "post export items.\nWhat is not affected\n- Domestic letters and parcels in the UK are "
        "operating as normal.",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["*"]


@pytest.mark.parametrize("verb", ["sent", "shipped", "mailed", "posted"])
def test_no_sending_to_any_foreign_destination_is_a_ban_everywhere(verb):
    body = (
        f"E-cigarettes may not be {verb} to any foreign destination by any class of mail. "
        "Limited exceptions apply to shipments within Alaska and Hawaii."
    )
    result = classify("E-cigarettes now prohibited in the mail", body)
    assert result.destinations == ["*"]
    assert result.categories == ["tobacco_vapes"]


def test_no_shipping_restrictions_for_any_destination_is_no_place():
    result = classify(
        "Hurricane update",
        "Due to the hurricane, mail to Cuba is delayed. There are no shipping restrictions for "
        "any destination.",
    )
    assert result.destinations == ["CU"]


# --- places that remain suspended --------------------------------------------------------------


def test_places_that_remain_suspended_are_destinations_of_a_notice_of_suspensions():
    result = classify(
        "International incident updates",
        "We have suspended all services to Haiti with immediate effect.\n"
        "Services to the following destinations remain suspended until further notice:\n"
        "Afghanistan\nLibya\nYemen",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["AF", "HT", "LY", "YE"]


def test_places_that_remain_suspended_are_not_destinations_of_a_resumption():
    result = classify(
        "Services resumed",
        "From 1 June we accept mail to Australia and New Zealand again.\n"
        "Services to the following destinations remain suspended until further notice:\n"
        "Afghanistan\nLibya\nYemen",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["AU", "NZ"]


# --- kinds: aims, no impact, local stops, others' stops, links -------------------------------


def test_an_aim_of_minimal_disruption_is_no_delay():
    result = classify(
        "Our new hub",
        "We are working to ensure minimal disruption to parcels to Canada during the move to our "
        "new hub.",
    )
    assert result.change_kind == "irrelevant"  # an aim, and nothing that changes


def test_no_service_impact_is_no_stop():
    result = classify(
        "Hurricane update",
        "We are monitoring the storm's path toward Cuba and the Bahamas. At this time there is no "
        "service impact for shipments to those destinations.",
    )
    assert result.change_kind == "informational"


def test_a_stop_of_pickups_in_some_parishes_is_a_delay_of_the_country():
    result = classify(
        "Hurricane Melissa - Service Update",
        "Hurricane Melissa made landfall in Jamaica.\n"
        "- Pickup and delivery services are temporarily suspended in the parishes of St. "
        "Elizabeth and Westmoreland until conditions allow.\n"
        "- Shipments to and from Jamaica will experience delays.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["JM"]


def test_a_stop_others_announced_is_not_the_senders():
    result = classify(
        "Sending to the U.S.",
        "Many postal operators around the world have announced that they have stopped sending "
        "items to the United States. We continue to accept and deliver mail and parcels to the "
        "U.S. as usual. There is no change to our services.",
    )
    assert result.change_kind == "informational"


def test_a_list_of_links_under_related_holds_no_change():
    result = classify(
        "Sending to the U.S.",
        "We continue to accept and deliver mail and parcels to the U.S. as usual.\nRelated\n"
        "- Shipping to the U.S.\n- Prohibited and non-mailable items\n- Customs forms",
    )
    assert result.change_kind == "informational"


# --- categories --------------------------------------------------------------------------------


def test_documents_named_as_included_count_in_a_new_requirement():
    result = classify(
        "ICS2 Release 2",
        "From 3 June 2024 every shipment must carry complete ENS data before loading. All "
        "shipments, including documents, to Norway and Switzerland are affected.",
    )
    assert result.change_kind == "new_requirement"
    assert "documents" in result.categories


def test_traditional_chinese_e_cigarettes_are_tobacco_and_vapes():
    result = classify(
        "寄往澳洲郵件：不得載有電子煙",
        "澳洲政府已禁止輸入即棄式電子煙。寄往澳洲的郵件不得載有電子煙、煙彈及煙油。",
    )
    assert result.destinations == ["AU"]
    assert result.categories == ["tobacco_vapes"]


# --- mends after the probe review of the first batch ---------------------------------------------


def test_a_row_of_a_list_of_stops_with_a_pointer_stays_a_destination():
    result = classify(
        "Suspended destinations",
        "We have suspended services to the following destinations:\n- Haiti\n- Yemen\n"
        "- United States: see our update on sending goods to the US",
    )
    assert result.destinations == ["HT", "US", "YE"]


def test_a_carriers_worldwide_service_that_stops_outweighs_a_home_service_that_runs():
    result = classify(
        "Cyber incident",
        "Parcelforce Worldwide is unable to collect export parcels due to the cyber incident. "
        "Parcels within the UK are delivered as normal.",
    )
    assert result.destinations == ["*"]


def test_a_signature_of_a_carriers_worldwide_service_is_not_every_destination():
    result = classify(
        "Service update",
        "Collections and deliveries in the UK are running as normal today.\nParcelforce Worldwide",
    )
    assert result.destinations == ["GB"]


def test_customers_sending_abroad_who_will_see_delays_are_mail_to_every_destination():
    result = classify(
        "Cyber incident",
        "Customers sending to overseas destinations will see delays of up to 5 days. Domestic "
        "letters in the UK are operating as normal.",
    )
    assert result.destinations == ["*"]


def test_customers_sending_abroad_do_not_outweigh_the_place_the_notice_is_about():
    result = classify(
        "Middle East update",
        "Mail to the United Arab Emirates continues to be delivered as normal. We will keep "
        "customers sending to international destinations informed.",
    )
    assert result.destinations == ["AE"]


@pytest.mark.parametrize(
    "body",
    [
        "From 1 April import VAT applies to all goods sent to Norway. Keep all paperwork, "
        "including documents proving the value of the goods.",
        "From 1 April import VAT applies to all goods sent to Norway. Keep all paperwork, "
        "including documents and invoices proving the value of the goods.",
        "From 3 June every shipment must carry complete ENS data. All shipments to Norway, not "
        "including documents, are affected.",
    ],
)
def test_papers_are_not_the_documents_category(body):
    assert "documents" not in classify("Customs Norway", body).categories


# --- what stays possible, what does not change, pointers, links ---------------------------------


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "États-Unis : suspension des envois de marchandises",
            "À compter du 25 août, La Poste suspend l'acceptation des envois contenant des "
            "marchandises à destination des États-Unis.\nCe qui reste possible :\n"
            "• les lettres et documents ;\n• les cadeaux d'une valeur inférieure à 100 USD.",
        ),
        (
            "Stati Uniti: prosegue la sospensione delle merci",
            "Resta sospesa fino a nuova comunicazione l'accettazione delle spedizioni contenenti "
            "merci dirette negli Stati Uniti.\nRestano accettati:\n- lettere e documenti;\n"
            "- regali tra privati di valore non superiore a 100 USD.",
        ),
    ],
)
def test_a_list_of_what_stays_possible_under_a_stop_exempts_its_documents(title, body):
    result = classify(title, body)
    assert result.change_kind == "suspension"
    assert result.categories == ["all_goods"]


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Brexit : ce qui change pour vos envois vers le Royaume-Uni",
            "À partir du 1er janvier, tout envoi contenant des marchandises à destination du "
            "Royaume-Uni doit être accompagné d'une déclaration en douane.\n"
            "Ce qui ne change pas\n- Les envois vers l'Irlande restent des envois intra-UE.\n"
            "- Pour Jersey et Guernesey, une déclaration était déjà requise.",
        ),
        (
            "Brexit: what changes for items to the UK",
            "From 1 January all items with goods to the United Kingdom need a customs "
            "declaration.\nWhat's not changing?\n- Items to Ireland remain intra-EU items.\n"
            "- Items for Jersey and Guernsey already needed a declaration.",
        ),
    ],
)
def test_places_listed_under_a_heading_of_what_does_not_change_are_no_destinations(title, body):
    assert classify(title, body).destinations == ["GB"]


@pytest.mark.parametrize(
    "body",
    [
        "Dal 15 giugno è riattivata l'accettazione di posta e pacchi verso Australia e Canada. "
        "Per le spedizioni verso gli Stati Uniti e il Regno Unito restano valide le indicazioni "
        "pubblicate in precedenza.",
        "From 15 June we resume acceptance of mail to Australia and Canada. For shipments to the "
        "US and the UK, the guidance published earlier remains valid.",
    ],
)
def test_a_place_whose_earlier_guidance_still_holds_is_no_destination(body):
    assert classify("Service update", body).destinations == ["AU", "CA"]


def test_goods_in_a_line_of_links_are_no_categories():
    result = classify(
        "Spedizioni verso gli Stati Uniti",
        "Resta sospesa l'accettazione delle spedizioni contenenti merci dirette negli Stati "
        "Uniti.\nLeggi anche: «Spedire all'estero: documenti e dichiarazioni doganali» »",
    )
    assert result.categories == ["all_goods"]


@pytest.mark.parametrize(
    "body",
    [
        "Desde el 1 de marzo se suspende la admisión de paquetes con destino a la República Checa.",
        "Dal 1° marzo sono sospese le spedizioni di pacchi verso la Repubblica Ceca.",
        "À partir du 1er mars, les colis à destination de la République tchèque sont suspendus.",
        "A partir de 1 de março, suspendemos as encomendas para a República Tcheca.",
    ],
)
def test_czech_republic_in_other_languages_is_a_place(body):
    assert classify("Aviso", body).destinations == ["CZ"]


def test_letters_said_not_to_be_affected_in_spanish_are_no_category():
    result = classify(
        "Envíos a Brasil: nuevos límites",
        "A partir del 1 de julio los paquetes con destino a Brasil solo se admitirán hasta "
        "30 kg. Las cartas y documentos no están afectados por esta medida.",
    )
    assert result.categories == ["all_goods"]


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Compras en el exterior: el CUIT del destinatario será obligatorio",
            "A partir del 9 de diciembre, en todos los envíos internacionales con mercadería será "
            "obligatorio consignar el CUIT del destinatario. Si hiciste una compra en China, "
            "Estados Unidos u otro país, pedile al vendedor que incluya tu número.",
        ),
        (
            "Remessas internacionais",
            "A partir de 1º de agosto, as compras internacionais de até US$ 50 passam a ser "
            "tributadas. Quem é afetado: compras em plataformas estrangeiras (como as sediadas "
            "na China), enviadas pelos Correios.",
        ),
    ],
)
def test_where_goods_were_bought_or_sellers_sit_is_an_origin(title, body):
    result = classify(title, body)
    assert result.destinations == ["*"]  # into the operator's own country, which is not named
    assert result.change_kind in ("new_requirement", "duty_tax_change")


@pytest.mark.parametrize(
    "body",
    [
        "Se suspende la admisión de envíos a empresas con sede en Venezuela hasta nuevo aviso.",
        "Ab sofort nehmen wir keine Pakete an Firmen mit Sitz in Russland mehr an.",
    ],
)
def test_recipients_based_in_a_country_make_it_a_destination(body):
    assert classify("Aviso", body).destinations in (["VE"], ["RU"])


def test_portuguese_accepted_only_under_conditions_is_a_restriction():
    result = classify(
        "Israel: condições temporárias de aceitação",
        "Até indicação em contrário, os envios com destino a Israel passam a ser aceites apenas "
        "nas seguintes condições:\n- Encomendas: peso máximo de 2 kg por envio.\nOs envios para "
        "Israel em trânsito poderão sofrer atrasos adicionais.",
    )
    assert result.change_kind == "restriction"


def test_international_destinations_in_portuguese_outweigh_an_unaffected_home_service():
    result = classify(
        "Suspensão temporária de envios com baterias de lítio",
        "Fica temporariamente suspensa a aceitação de envios para destinos internacionais que "
        "contenham baterias de lítio. Os envios para Portugal continental não são afetados.",
    )
    assert result.destinations == ["*"]


def test_a_mail_order_platform_compound_is_sales():
    result = classify(
        "Mehrwertsteuer: Versandhandelsplattformen ab 1. Januar steuerpflichtig",
        "Ab dem 1. Januar erheben Versandhandelsplattformen die Mehrwertsteuer auf "
        "Kleinsendungen in die Schweiz.",
    )
    assert "commercial_goods" in result.categories


# --- set 114: contact lines, separate alerts, Ukrainian duties and stamps, "other EU countries" --


def test_a_place_on_a_hotline_line_is_no_destination():
    result = classify(
        "Временное ограничение приёма международных отправлений",
        "С 4 марта Почта России временно приостанавливает приём отправлений в Австрию и "
        "Бельгию.\nГорячая линия: 8 800 100-00-00 (бесплатно по России)",
    )
    assert result.destinations == ["AT", "BE"]


def test_places_covered_by_a_separate_service_alert_are_no_destinations():
    result = classify(
        "Service Alert: Middle East airspace closures",
        "Shipments to and from Qatar and Kuwait may experience delays of 24 to 48 hours. "
        "Shipments to Israel and Iran are covered by a separate service alert.",
    )
    assert result.destinations == ["KW", "QA"]


def test_ukrainian_taxation_of_parcels_is_a_duty_change():
    result = classify(
        "З 1 січня змінюються правила оподаткування міжнародних посилок",
        "З 1 січня 2019 року без сплати митних платежів ввозяться товари вартістю до 150 євро. "
        "У разі перевищення сплачується податок на додану вартість.",
    )
    assert result.relevant
    assert result.change_kind == "duty_tax_change"


def test_a_ukrainian_stamp_whose_sale_pauses_is_irrelevant():
    result = classify(
        "Укрпошта вводить в обіг поштову марку",
        "Сьогодні Укрпошта вводить в обіг поштову марку, присвячену захисникам. Через ажіотаж "
        "продаж у відділеннях Києва тимчасово призупинено до завтра. Філателія: марку можна "
        "придбати онлайн з доставкою до Польщі та Німеччини.",
    )
    assert not result.relevant


@pytest.mark.parametrize(
    "title, body",
    [
        ("Delays", "Parcels to Germany, Austria and other EU countries will be delayed by 3 days."),
        (
            "Затримки доставки",
            "Термін доставки відправлень до Польщі, Німеччини та інших країн ЄС збільшено на 3 "
            "дні.",
        ),
    ],
)
def test_named_members_and_other_eu_countries_are_the_whole_eu(title, body):
    assert len(classify(title, body).destinations) == 27


def test_ukrainian_meat_and_milk_are_food():
    result = classify(
        "Нагадуємо: продукти до країн ЄС надсилати заборонено",
        "До Польщі заборонено пересилати у поштових відправленнях м'ясо та м'ясні вироби, "
        "молоко та молочні продукти.",
    )
    assert "food" in result.categories


def test_pharmacies_that_may_import_are_no_medicines():
    result = classify(
        "Envíos a Australia: prohibición de cigarrillos electrónicos",
        "Desde el 1 de marzo queda prohibida la importación en Australia de cigarrillos "
        "electrónicos. La importación solo está permitida a farmacias autorizadas.",
    )
    assert result.categories == ["tobacco_vapes"]


def test_an_italian_reminder_to_write_the_phone_number_is_no_requirement():
    result = classify(
        "Spedizioni verso Israele: il servizio prosegue regolarmente",
        "L'accettazione di lettere e pacchi verso Israele prosegue regolarmente. Ti ricordiamo "
        "di indicare sempre un numero di telefono del destinatario sulla dichiarazione doganale.",
    )
    assert result.change_kind == "informational"


# --- mends after the second probe review ---------------------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Parcels to Chile are delayed by two days.\nFrom 3 March parcels to Brazil are "
            "suspended; if you have questions, call our hotline on 0800 123 4567.",
            ["BR", "CL"],
        ),
        (
            "From 1 May the recipient's phone number is mandatory on all parcels to Chile.\nFor "
            "parcels to Brazil, the phone number must have 11 digits, e.g. +55 11 91234 5678.",
            ["BR", "CL"],
        ),
        (
            "Update 2025-03-04: parcels to Israel are suspended until further notice; contact "
            "your account manager for alternatives.\nParcels to Jordan may be delayed.",
            ["IL", "JO"],
        ),
    ],
)
def test_a_place_beside_a_number_that_is_no_contact_line_stays_a_destination(body, expected):
    assert classify("Update", body).destinations == expected


def test_a_carriers_worldwide_name_in_a_sentence_of_no_change_is_not_every_destination():
    result = classify(
        "Snow update",
        "Thank you for choosing Parcelforce Worldwide. Deliveries in the UK are running normally "
        "despite the snow.",
    )
    assert result.destinations == ["GB"]


def test_parcels_that_can_still_be_sent_with_delays_are_not_exempt():
    result = classify(
        "Cuba", "Sigue siendo posible enviar paquetes a Cuba, pero con retrasos de hasta diez días."
    )
    assert result.categories == ["all_goods"]


# --- set 116: Nordic and Dutch resumptions, greetings and scam warnings -------------------------


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Vi tar igjen imot sendinger til Israel",
            "Fra 10. desember tar Posten igjen imot brev og pakker til Israel. Sendinger til "
            "Libanon er fortsatt stanset.",
            ["IL"],
        ),
        (
            "Erhvervskunder kan igen sende varer til USA",
            "Fra mandag den 13. oktober kan erhvervskunder igen sende pakker med varer til USA.",
            ["US"],
        ),
        (
            "Lähetysten vastaanotto Kanadaan",
            "Lakko päättyi. 20.12.2024 alkaen voit jälleen lähettää kirjeitä ja paketteja "
            "Kanadaan normaalisti.",
            ["CA"],
        ),
        (
            "Zendingen naar Oekraïne opnieuw mogelijk",
            "Vanaf maandag 16 mei aanvaarden we opnieuw brieven en pakjes naar Oekraïne. "
            "Zendingen naar Rusland en Wit-Rusland blijven tot nader order opgeschort.",
            ["UA"],
        ),
    ],
)
def test_nordic_and_dutch_resumptions(title, body, expected):
    result = classify(title, body)
    assert result.change_kind == "resumption"
    assert result.destinations == expected


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Glædelig jul fra PostNord",
            "I år har vi leveret mange breve til Julemanden, som har fået svar fra Grønland. Tak "
            "fordi I har haft tålmodighed, også de dage hvor en pakke var lidt forsinket. Husk "
            "at posthuse har særlige åbningstider i julen.",
        ),
        (
            "Se upp för bluff-sms om tullavgift",
            "Startsida > Kundservice > Säkerhet > Bedrägerier\nJust nu skickas många sms som ser "
            "ut att komma från oss. I meddelandet står det att ditt paket från Storbritannien har "
            "stoppats i tullen, att leveransen är försenad eller att du måste betala en "
            "tullavgift. Vi skickar aldrig sms med länkar där du ska betala med kort. Klicka inte "
            "på länken i ett bluff-sms. Om du behöver betala tull och moms för en försändelse ser "
            "du det i appen.",
        ),
    ],
)
def test_a_greeting_or_a_scam_warning_is_irrelevant(title, body):
    assert not classify(title, body).relevant


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Staking bij Royal Mail",
            "Zendingen naar het Verenigd Koninkrijk kunnen vertraging oplopen. Zendingen naar "
            "Ierland worden niet door de stakingen getroffen.",
        ),
        (
            "Streik bei Royal Mail",
            "Sendungen nach Großbritannien verspäten sich wegen des Streiks. Sendungen nach Irland "
            "sind nicht vom Streik betroffen.",
        ),
    ],
)
def test_not_affected_with_the_cause_between_is_no_destination(title, body):
    assert classify(title, body).destinations == ["GB"]


def test_a_swedish_separate_page_points_elsewhere():
    result = classify(
        "Vi stoppar försändelser till Ryssland och Belarus",
        "Från och med den 1 mars tar PostNord inte emot några försändelser till Ryssland och "
        "Belarus.\nInformation om försändelser till Ukraina finns på en separat sida.",
    )
    assert result.destinations == ["BY", "RU"]


# --- mends after the code review of the last commits ---------------------------------------------


def test_a_telephone_line_with_a_colon_is_a_contact_line():
    result = classify(
        "Österreich",
        "Ab sofort nehmen wir keine Pakete nach Österreich an.\nTelefon:0800 123 4567 (kostenlos "
        "innerhalb Deutschlands)",
    )
    assert result.destinations == ["AT"]


def test_a_year_range_is_no_telephone_number():
    result = classify(
        "Tariffs",
        "Parcels to Chile are delayed. Contact us for details on the 2025-2026 tariff for "
        "parcels to Brazil.",
    )
    assert "BR" in result.destinations


def test_not_only_affected_is_affected():
    result = classify(
        "Russland",
        "Ab 1. März nehmen wir keine Pakete nach Russland an. Davon sind nicht nur Pakete nach "
        "Russland betroffen, sondern auch Briefe nach Belarus.",
    )
    assert result.destinations == ["BY", "RU"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vanaf 1 maart zijn farmaceutische producten in pakketten naar de Verenigde Staten "
        "verboden.",
        "Dal 1° marzo sono vietati i farmaci nei pacchi verso gli Stati Uniti.",
    ],
)
def test_drug_words_are_medicines(sentence):
    assert "medicines" in classify("Verbod", sentence).categories


def test_a_list_of_what_stays_suspended_is_no_exemption():
    result = classify(
        "Stati Uniti",
        "Dal 1 marzo è sospesa l'accettazione delle spedizioni verso gli Stati Uniti.\n"
        "Continuano a essere sospese le spedizioni contenenti:\n- medicinali\n- alimenti",
    )
    assert {"food", "medicines"} <= set(result.categories)


def test_a_street_named_after_meat_is_no_food():
    result = classify(
        "Приём посылок",
        "С 1 марта отделение почтовой связи на Мясницкой улице временно не принимает посылки "
        "в Германию.",
    )
    assert "food" not in result.categories


def test_a_strike_that_stops_the_post_and_delays_it_is_a_delay():
    result = classify(
        "Strejk",
        "Strejken stoppar posten till Finland: brev och paket till Finland försenas med flera "
        "dagar.",
    )
    assert result.change_kind != "suspension"
