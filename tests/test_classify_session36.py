"""Causes found in session 36, each with sentences of our own: a delay of parcels posted in
other countries ("nadawane w", "originados en") is the source's own country's, temporary
surcharges and longer delivery standards, a holiday schedule in Chinese, an option of a parcel
withdrawn for good (insurance), letters said to go on as usual, countries that head sections
under a title about sending abroad; then guards where the new words must not act (most of
them the reviews' misfires)."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- mail coming in to the source's own country ---


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Dłuższy czas doręczania paczek z zagranicy",
            "Paczki nadawane w Chinach i w Turcji trafiają do odbiorców nawet o tydzień później "
            "niż zwykle z powodu kontroli celnych.",
            "PL",
        ),
        (
            "Demoras en la entrega de paquetes",
            "Los paquetes originados en China llegan con demoras de hasta dos semanas por "
            "controles aduaneros.",
            "UY",
        ),
    ],
)
def test_a_delay_of_parcels_sent_in_other_countries_is_the_sources_own(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "delay"
    assert result.destinations == [origin]


def test_goods_originated_in_a_country_are_its_origin():
    body = (
        "Tras el fin del paro aduanero, se retomaron la verificación y la entrega de los envíos. "
        "Se acumularon unos 90.000 paquetes originados en Brasil y en Chile."
    )
    result = classify("Se normaliza la entrega", body, origin="UY", source_kind="postal")
    assert "BR" not in result.destinations
    assert "CL" not in result.destinations


# --- surcharges and longer delivery standards ---


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "Supplément temporaire sur les colis vers l'Australie",
            "À partir du 1er mars, un supplément temporaire de 3 € s'applique aux colis à "
            "destination de l'Australie, en raison de la hausse du fret aérien.",
            ["AU"],
        ),
        (
            "Recargo temporal en los envíos a Nueva Zelanda",
            "Desde el 1 de abril se aplica un recargo de 2 euros por paquete con destino a Nueva "
            "Zelanda por el aumento de los costes del transporte aéreo.",
            ["NZ"],
        ),
    ],
)
def test_a_surcharge_on_parcels_is_a_change_of_fees(title, body, want):
    result = classify(title, body, origin="FR", source_kind="postal")
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == want


@pytest.mark.parametrize(
    ("title", "body", "origin", "want"),
    [
        (
            "Surface parcels to Chile",
            "Because of fewer sailings, delivery standards are increasing for surface parcels to "
            "Chile from 1 June: 10 to 14 weeks instead of 6 to 8.",
            "CA",
            ["CL"],
        ),
        (
            "Kulkuajat pitenevät Islantiin",
            "Kirjeiden ja pakettien kulkuajat pitenevät Islantiin 1.4. alkaen kahdella päivällä.",
            "FI",
            ["IS"],
        ),
        (
            "Prodloužení dodacích lhůt do Mexika",
            "Od 1. května dochází k prodloužení dodacích lhůt balíků do Mexika o pět dní.",
            "CZ",
            ["MX"],
        ),
    ],
)
def test_longer_delivery_standards_are_a_delay(title, body, origin, want):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "delay"
    assert result.destinations == want


# --- what is no change to sending ---


def test_a_holiday_schedule_in_chinese_is_irrelevant():
    body = (
        "端午節假期期間的郵政服務安排如下：\n\n"
        "六月九日（星期一）\n．所有郵政局暫停開放，並暫停郵件收集及派遞服務。\n\n"
        "六月十日（星期二）\n．郵政局於正常時間開放，郵件收集及派遞服務恢復正常。"
    )
    result = classify("端午節假期郵政服務安排", body, origin="HK", source_kind="postal")
    assert not result.relevant


def test_stops_away_on_a_tracking_map_is_no_stop():
    body = (
        "Our tracking page now has a live map for parcels to Ireland. It shows how many stops "
        "away your driver is, so your recipient knows when to be at home."
    )
    result = classify(
        "Tracking: see how many stops away your driver is", body, origin="GB", source_kind="postal"
    )
    assert not result.relevant


# --- new controls in Arabic ---


def test_new_controls_on_receiving_in_arabic_are_a_restriction():
    body = (
        "اعتباراً من أول مارس يُسمح باستلام جهاز هاتف محمول واحد فقط لكل مستلم في الطرود "
        "البريدية الواردة."
    )
    result = classify(
        "ضوابط جديدة لاستلام الهواتف المحمولة", body, origin="JO", source_kind="postal"
    )
    assert result.change_kind == "restriction"
    assert result.destinations == ["JO"]


# --- what a notice says goes on ---


def test_letters_accepted_as_usual_beside_a_parcel_limit_are_no_category_of_it():
    body = (
        "Desde el 1 de julio, los paquetes con destino a Bolivia admiten un peso máximo de 10 kg.\n"
        "- Cartas y tarjetas postales: se admiten con normalidad."
    )
    result = classify("Límite de peso a Bolivia", body, origin="ES", source_kind="postal")
    assert result.change_kind == "restriction"
    assert result.categories == ["all_goods"]


@pytest.mark.parametrize(
    ("title", "body", "origin", "want"),
    [
        (
            "Geen Verzekerservice meer naar Peru",
            "Vanaf 1 oktober bieden we geen Verzekerservice meer aan voor pakketten naar Peru. "
            "Pakketten zonder verzekering blijven welkom.",
            "NL",
            ["PE"],
        ),
        (
            "Insured parcels to Yemen",
            "From 1 March, our insurance service is no longer available for parcels to Yemen. "
            "Parcels without insurance are accepted as before.",
            "GB",
            ["YE"],
        ),
    ],
)
def test_an_option_withdrawn_for_good_is_a_restriction(title, body, origin, want):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "restriction"
    assert result.destinations == want


# --- places ---


def test_countries_heading_sections_under_a_title_about_sending_abroad_are_the_destinations():
    body = (
        "Laatst bijgewerkt: 2 mei\n\n"
        "Haïti\nWe nemen tijdelijk geen brieven en pakketten naar Haïti aan.\n\n"
        "Niger\nPost naar Niger wordt tot nader order niet geaccepteerd."
    )
    result = classify(
        "Actuele situatie verzenden naar het buitenland", body, origin="NL", source_kind="postal"
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["HT", "NE"]


def test_any_country_outside_the_source_country_is_everywhere():
    body = (
        "Från 1 maj: lösa litiumbatterier får inte skickas till något land utanför Sverige. Det "
        "gäller även brev och paket till Danmark och Norge."
    )
    result = classify("Nya regler för litiumbatterier", body, origin="SE", source_kind="postal")
    assert result.destinations == ["*"]


# --- guards: where the new words must not act ---


def test_guard_to_abroad_in_french_is_no_mail_coming_in():
    body = (
        "En raison d'une grève, le courrier et les colis à destination de l'étranger peuvent "
        "subir des retards de deux à trois jours."
    )
    result = classify("Grève : retards à l'international", body, origin="FR", source_kind="postal")
    assert result.destinations == ["*"]


def test_guard_a_title_about_imports_of_another_country_keeps_that_country():
    body = (
        "From 1 March, Australia bans the import of disposable vapes by post. Items to Australia "
        "that contain vapes will be returned to the sender."
    )
    result = classify("Australia: import ban on vapes", body, origin="GB", source_kind="postal")
    assert result.destinations == ["AU"]


def test_guard_a_temporary_stop_of_an_option_stays_a_suspension():
    body = (
        "Jusqu'à nouvel ordre, La Poste suspend le dépôt des lettres recommandées internationales "
        "avec valeur déclarée à destination du Canada."
    )
    result = classify(
        "Envois avec valeur déclarée vers le Canada : suspension temporaire",
        body,
        origin="FR",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"


def test_guard_a_contract_awarded_is_no_surcharge():
    body = (
        "Die Post hat den Zuschlag in einer europaweiten Ausschreibung für den Transport von "
        "Briefen nach Österreich erhalten."
    )
    result = classify("Post gewinnt Ausschreibung", body, origin="DE", source_kind="postal")
    assert not result.relevant


def test_guard_a_title_on_mail_both_ways_is_not_about_mail_coming_in():
    body = "Nye tollregler i USA: Posten stanser midlertidig pakker med varer."
    result = classify("Sendinger til og fra utlandet", body, origin="NO", source_kind="postal")
    assert result.destinations == ["US"]


def test_guard_coming_into_force_in_a_title_is_no_mail_coming_in():
    body = "Desde el 1 de marzo se suspende la admisión de paquetes con destino a Estados Unidos."
    result = classify("Entrada en vigor de nuevas medidas", body, origin="ES", source_kind="postal")
    assert result.destinations == ["US"]


def test_guard_countries_heading_sections_that_are_not_affected_are_no_destinations():
    body = (
        "Parcels cannot be accepted to any international destination until further notice "
        "because of a fire at our sorting centre.\n\n"
        "Ireland\nNot affected.\n\n"
        "France\nNot affected."
    )
    result = classify(
        "All international destinations: parcels suspended", body, origin="GB", source_kind="postal"
    )
    assert result.destinations == ["*"]


def test_guard_goods_that_go_on_as_usual_keep_the_goods_stopped_beside_them():
    body = "即日起暂停收寄寄往美国的含锂电池邮件，其他邮件照常收寄。"
    result = classify("寄往美国邮件调整", body, origin="CN", source_kind="postal")
    assert "lithium_batteries" in result.categories


def test_guard_a_holiday_beside_a_real_stop_is_still_news():
    body = "國慶假期期間郵政局關門，寄往美國的郵件暫停收寄。"
    result = classify("假期郵政服務", body, origin="TW", source_kind="postal")
    assert result.relevant
    assert result.destinations == ["US"]


def test_guard_a_study_of_the_resumption_keeps_the_stop():
    body = (
        "4月1日から、イスラエルあての郵便物の引受けを停止します。なお、再開については検討段階です。"
    )
    result = classify("イスラエルあて郵便物の引受停止", body, origin="JP", source_kind="postal")
    assert result.change_kind == "suspension"


def test_guard_a_temporary_cause_of_a_withdrawn_option_keeps_it_a_restriction():
    body = (
        "Due to temporary staff shortages, the cash on delivery service to Austria is "
        "discontinued from 1 May. Parcels without cash on delivery are accepted as before."
    )
    result = classify("Cash on delivery to Austria", body, origin="DE", source_kind="postal")
    assert result.change_kind == "restriction"


def test_guard_more_information_in_french_is_no_surcharge():
    body = (
        "Pour un supplément d'information sur l'envoi de colis vers le Maroc, consultez notre "
        "page dédiée. Les conditions restent inchangées."
    )
    result = classify("Envoyer un colis au Maroc", body, origin="FR", source_kind="postal")
    assert result.change_kind != "duty_tax_change"


def test_guard_a_country_heading_a_status_row_under_a_from_abroad_title_is_a_destination():
    body = "Izrael: wstrzymanie przyjmowania paczek do odwołania."
    result = classify("Paczki z zagranicy – informacja", body, origin="PL", source_kind="postal")
    assert result.destinations == ["IL"]


def test_guard_an_option_listed_with_parcels_is_part_of_a_full_stop():
    body = "Insurance service and parcel acceptance to Iran are suspended until further notice."
    result = classify("Parcels to Iran", body, origin="GB", source_kind="postal")
    assert result.change_kind == "suspension"


def test_guard_cash_on_delivery_stopped_for_two_countries_stays_a_restriction():
    body = (
        "Ab 1. März bieten wir für Pakete in die Schweiz und nach Liechtenstein die Nachnahme "
        "nicht mehr an. Pakete ohne Nachnahme werden weiterhin angenommen."
    )
    result = classify(
        "Nachnahme in die Schweiz und nach Liechtenstein wird eingestellt",
        body,
        origin="AT",
        source_kind="postal",
    )
    assert result.change_kind == "restriction"


def test_guard_no_new_controls_in_arabic_is_no_restriction():
    body = "لا توجد ضوابط جديدة على الطرود المرسلة إلى الإمارات، وتستمر الخدمة كالمعتاد."
    result = classify("لا ضوابط جديدة", body, origin="SA", source_kind="postal")
    assert result.change_kind != "restriction"


def test_guard_parcels_with_or_without_insurance_stopped_is_a_suspension():
    body = "Parcels with or without insured value to Israel can no longer be accepted."
    result = classify("Parcels to Israel", body, origin="GB", source_kind="postal")
    assert result.change_kind == "suspension"


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Envíos a Chile",
            "Este año no se aplicará recargo temporal a los envíos a Chile.",
            "ES",
        ),
        (
            "Zásilky do Německa",
            "K prodloužení dodacích lhůt do Německa nedojde, zásilky doručujeme jako obvykle.",
            "CZ",
        ),
    ],
)
def test_guard_a_surcharge_or_delay_said_not_to_come_is_no_change(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind not in ("duty_tax_change", "delay")


def test_guard_a_long_sentence_line_is_no_heading_of_a_section():
    body = (
        "由于春节假期及航班调整，2月8日至2月18日期间，寄往各国际目的地及香港、澳门地区的邮件处理时限"
        "将有所延长。\n\n其中，寄往美国、加拿大的邮件受影响较大。"
    )
    result = classify("春节期间国际邮件时限延长", body, origin="CN", source_kind="postal")
    assert result.destinations == ["*"]
