"""Causes found in session 23, each with sentences of our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU27 = sorted(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)

# --- a member state's customs on a rule for what comes into the EU ------------------------------


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Zoll: ICS2 ab 1. März",
            "Generalzolldirektion\n\nAb dem 1. März müssen Post- und Kurierdienste für alle "
            "Sendungen in die EU vorab elektronische Daten übermitteln. Fehlen die Daten, "
            "werden die Sendungen nicht verladen.",
        ),
        (
            "Douane : fin de la franchise pour les petits colis",
            "Douane française\n\nÀ partir du 1er juillet, tous les colis importés dans l'UE "
            "sont soumis aux droits de douane dès le premier euro.",
        ),
    ],
)
def test_a_member_states_customs_on_imports_into_the_eu_names_all_27(title, body):
    result = classify(title, body, source_kind="customs")
    assert result.relevant
    assert result.destinations == EU27


def test_a_member_states_customs_on_its_own_imports_keeps_its_country():
    result = classify(
        "Zoll: neue Steuer auf Liquids",
        "Generalzolldirektion\n\nAb dem 1. Juli wird bei der Einfuhr von Liquids nach "
        "Deutschland Tabaksteuer erhoben.",
        source_kind="customs",
    )
    assert result.destinations == ["DE"]


# --- "from other" places: where goods come from ---------------------------------------------


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Tabaksteuer auf Liquids",
            "Ab 1. Juli wird auf Liquids Tabaksteuer erhoben.\n\nVersandhandel aus anderen "
            "EU-Mitgliedstaaten\nWer Liquids an Privatpersonen in Deutschland versendet, muss "
            "die Steuer entrichten.",
            ["DE"],
        ),
        (
            "Accise sui liquidi",
            "Dal 1° luglio si applica l'accisa ai liquidi inviati ad acquirenti in Italia.\n\n"
            "Vendite da altri paesi dell'UE\nI venditori devono registrarsi prima della prima "
            "consegna.",
            ["IT"],
        ),
    ],
)
def test_a_heading_of_goods_from_other_places_names_origins(title, body, expected):
    assert classify(title, body).destinations == expected


# --- goods named in a question of an FAQ --------------------------------------------------------


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Suspension of goods to the United States",
            "From 25 August we suspend items containing goods to the United States.\n\n"
            "Questions\nIs mail with documents affected?\nNo, only items with goods are suspended.",
        ),
        (
            "米国あて郵便物の引受停止について",
            "8月27日から、米国あての物品を内容とする郵便物の引受けを停止します。\n"
            "Q1 書類のみを米国あてに送ることはできますか。\n"
            "A1 はい、引き続きお差し出しいただけます。",
        ),
    ],
)
def test_goods_asked_about_in_a_question_are_no_category(title, body):
    result = classify(title, body)
    assert result.change_kind == "suspension"
    assert "documents" not in result.categories


# --- Russian and Ukrainian: papers with the goods, and letters accepted as usual ------------------


def test_accompanying_documents_are_no_documents_category():
    result = classify(
        "О запрете ввоза продовольствия",
        "С 7 августа запрещается ввоз в Российскую Федерацию сельскохозяйственной продукции и "
        "продовольствия, в том числе в международных почтовых отправлениях. Страна "
        "происхождения указывается в товаросопроводительных документах.",
        source_kind="customs",
    )
    assert result.categories == ["food"]


def test_letters_accepted_in_the_usual_way_are_exempt_from_a_stop():
    result = classify(
        "О приостановлении приёма отправлений в Грецию",
        "С 25 августа приостанавливается приём посылок и мелких пакетов в Грецию. Письма и "
        "почтовые карточки принимаются в обычном режиме.",
    )
    assert result.change_kind == "suspension"
    assert "documents" not in result.categories


def test_letters_as_usual_in_a_notice_of_no_change_are_its_categories():
    result = classify(
        "Укрпошта працює у звичайному режимі",
        "Укрпошта продовжує приймати посилки та листи до Польщі у звичайному режимі.",
    )
    assert result.change_kind == "informational"
    assert "documents" in result.categories


# --- Danish: "og de andre EU-lande", "fortsat suspenderet" --------------------------------------


def test_danish_and_the_other_eu_countries_is_the_whole_eu():
    result = classify(
        "Told på små forsendelser",
        "Fra 1. juli skal der betales en fast told på 3 euro for forsendelser, der sendes til "
        "Danmark og de andre EU-lande.",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == EU27


def test_danish_still_suspended_is_no_news_beside_a_resumption():
    result = classify(
        "Vi genoptager forsendelser til Ukraine – Rusland fortsat suspenderet",
        "Fra 16. maj kan du igen sende breve og pakker til Ukraine. Forsendelser til Rusland "
        "er fortsat suspenderet.",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["UA"]


def test_a_member_states_customs_on_its_own_rule_beside_the_eus_keeps_its_country():
    result = classify(
        "Douane : nouvelle taxe sur les petits colis",
        "Douane française\n\nLes colis importés dans l'UE sont soumis à la TVA dès le premier "
        "euro. À partir du 1er mars, une taxe de 2 euros s'applique à chaque petit colis livré "
        "en France.",
        source_kind="customs",
    )
    assert result.destinations == ["FR"]


def test_goods_of_a_question_answered_yes_are_the_change():
    result = classify(
        "Envois vers les États-Unis",
        "Les cosmétiques sont-ils concernés ?\nOui : à partir du 1er juin, ils ne sont plus "
        "acceptés vers les États-Unis.",
    )
    assert result.categories == ["perfumes_cosmetics"]


def test_goods_asked_to_be_sent_and_refused_are_the_change():
    result = classify(
        "Wysyłka do Niemiec",
        "Czy można wysyłać papierosy elektroniczne do Niemiec?\nNie. Od 1 lipca ich przesyłanie "
        "jest zabronione.",
    )
    assert result.categories == ["tobacco_vapes"]


def test_a_question_mark_inside_a_sentence_asks_nothing():
    result = classify(
        "Sending to Japan",
        "Lithium batteries (does this apply to you? see below) can no longer be sent to Japan "
        "from 1 May.",
    )
    assert result.relevant
    assert result.categories == ["lithium_batteries"]


def test_parcels_accepted_as_usual_but_late_are_the_delays_goods():
    result = classify(
        "Затримки доставки до Польщі",
        "Посилки до Польщі приймаються у звичайному режимі, але доставка може затримуватися "
        "через страйк.",
    )
    assert result.change_kind == "delay"
    assert result.categories == ["all_goods"]


# --- letters that still go: "can be sent as normal", "possono ancora", "continúa el servicio" ---


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Goods to the USA",
            "From 1 September we no longer accept goods to the USA. Letters and documents can be "
            "sent as normal.",
        ),
        (
            "Mozambico",
            "Con effetto immediato la Posta sospende l'accettazione di pacchi destinati al "
            "Mozambico. Le lettere possono ancora essere impostate.",
        ),
        (
            "Estados Unidos",
            "Se suspende la admisión de paquetes con destino a Estados Unidos. Continúa el "
            "servicio de envío de cartas y documentos a los Estados Unidos.",
        ),
    ],
)
def test_letters_that_still_go_are_exempt_from_a_stop_of_goods(title, body):
    result = classify(title, body)
    assert result.change_kind == "suspension"
    assert result.categories == ["all_goods"]


# --- a stop that is a delay: guarantees of delivery times, rounds in some towns ---------------


def test_suspended_delivery_time_commitments_are_a_delay():
    result = classify(
        "Grève en Belgique : impacts sur vos livraisons",
        "Un retard de 24 à 48 heures est à prévoir sur les envois à destination de la "
        "Belgique. Les engagements de délai sont suspendus pour ces envois.",
    )
    assert result.change_kind == "delay"


def test_delivery_rounds_suspended_in_some_towns_are_a_delay():
    result = classify(
        "Afectaciones en la entrega por el huracán",
        "Las oficinas postales de Acapulco permanecen cerradas y se suspenden temporalmente "
        "las actividades de reparto en esos municipios. Los envíos se entregarán con retraso.",
    )
    assert result.change_kind == "delay"


# --- Japanese and Chinese news of no change: recruitment, emissions ---------------------------


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "税関職員採用 業務説明会のご案内",
            "税関は、密輸の阻止、輸入品に対する関税・消費税の徴収、通関手続などを行っています。"
            "このたび、業務説明会を開催します。内容：国際郵便物の検査現場の見学。"
            "※ 台風等の影響により説明会を中止する場合があります。",
        ),
        (
            "小型商用EVを追加導入",
            "当社は2030年までに温室効果ガスの排出量を削減する目標を掲げ、脱炭素に向けた電力の"
            "調達を進めています。一部の車両には中国メーカー製のバッテリーを搭載しています。"
            "配送中のアイドリングを停止する運用を徹底します。",
        ),
        (
            "中国邮政推进碳中和",
            "中国邮政将新增新能源车辆，推进碳中和目标。部分营业网点暂停使用燃油车辆。",
        ),
    ],
)
def test_recruitment_and_emissions_news_is_irrelevant(title, body):
    assert not classify(title, body).relevant


# --- a paper no longer needed is no stop -----------------------------------------------------


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Aufhebung der Industriezölle",
            "Ab dem 1. Januar entfällt bei Postsendungen der Zoll auf Industrieprodukte. Für diese "
            "Waren ist kein Ursprungsnachweis mehr nötig.",
        ),
        (
            "Afschaffing invoerrechten",
            "Vanaf 1 januari vervalt bij postzendingen het invoerrecht op industriële producten. "
            "Voor deze goederen is geen oorsprongsbewijs meer nodig.",
        ),
    ],
)
def test_a_paper_no_longer_needed_is_no_stop(title, body):
    assert classify(title, body).change_kind == "duty_tax_change"


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Sending to the USA",
            "Are lithium batteries affected?\nFrom 1 June they can no longer be sent to the USA.",
            ["lithium_batteries"],
        ),
    ],
)
def test_a_question_without_an_answer_of_no_or_yes_keeps_its_goods(title, body, expected):
    assert classify(title, body).categories == expected


def test_a_guarantee_named_after_a_stop_is_the_service_stopped():
    result = classify(
        "Estados Unidos",
        "Se suspende la admisión de envíos con garantía de entrega a Estados Unidos.",
    )
    assert result.change_kind == "suspension"


def test_a_list_under_a_russian_heading_of_what_goes_as_usual_is_exempt():
    result = classify(
        "Греция",
        "С 25 августа приостанавливается приём посылок в Грецию.\nВ обычном режиме "
        "принимаются:\n- письма и документы",
    )
    assert result.change_kind == "suspension"
    assert "documents" not in result.categories


def test_finnish_and_the_other_eu_countries_is_the_whole_eu():
    result = classify(
        "Tullimaksut",
        "Heinäkuun 1. päivästä alkaen tulli peritään lähetyksistä, jotka lähetetään Suomeen ja "
        "muihin EU-maihin.",
    )
    assert result.destinations == EU27


# --- places sending goes on for under the rules as they were ----------------------------------


def test_danish_previous_rules_leave_a_place_out():
    result = classify(
        "Elektroniske tolddata til Grønland",
        "Fra 1. januar skal alle pakker med varer til Grønland have elektroniske tolddata. "
        "For forsendelser til Norge gælder de hidtidige regler.",
    )
    assert result.destinations == ["GL"]


@pytest.mark.parametrize(
    "line",
    [
        "- Alkohol til Norge: se reglerne for Norge.",
        "- Alkohol nach Norwegen: siehe die Seite zu den Regeln.",
        "- Norvège : voir la page consacrée à la Norvège.",
    ],
)
def test_a_line_that_points_to_another_page_for_a_place_names_no_destination(line):
    result = classify(
        "Alcohol to Finland",
        f"From 1 July parcels with alcohol to Finland are no longer accepted.\n{line}",
    )
    assert result.destinations == ["FI"]


def test_russian_longer_delivery_times_after_flights_stop_are_a_delay():
    result = classify(
        "Об увеличении сроков пересылки",
        "В связи с прекращением полётов в страны ЕС отправления в Германию доставляются "
        "наземным транспортом. Сроки доставки увеличены и могут составить до 30 дней.",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["DE"]


# --- guards found by the second probe review --------------------------------------------------


@pytest.mark.parametrize(
    "title, body",
    [
        (
            "Zoll: Waffen per Post",
            "Generalzolldirektion\n\nAb dem 1. Juli ist für den Versand von Waffen per Post eine "
            "Erlaubnis erforderlich. Die Regeln für den Warenverkehr in die EU bleiben unberührt.",
        ),
        (
            "Douane : cigarettes électroniques",
            "Douane française\n\nÀ partir du 1er juillet, les colis contenant des cigarettes "
            "électroniques ne peuvent plus être importés. Pour les envois vers l'UE, consultez "
            "notre guide.",
        ),
    ],
)
def test_an_eu_pointer_or_unchanged_rule_beside_a_customs_own_rule_is_no_eu_rule(title, body):
    result = classify(title, body, source_kind="customs")
    assert result.destinations == (["DE"] if title.startswith("Zoll") else ["FR"])


@pytest.mark.parametrize(
    "title, body, country",
    [
        (
            "Spagna",
            "Il servizio con garanzia di consegna in tre giorni verso la Spagna è sospeso fino a "
            "nuovo avviso.",
            "ES",
        ),
        (
            "Frankreich",
            "Sendungen mit Laufzeitgarantie nach Frankreich werden ab sofort nicht mehr "
            "angenommen.",
            "FR",
        ),
        (
            "Italie",
            "Les colis avec engagement de délai vers l'Italie ne sont plus acceptés à partir du "
            "1er juin.",
            "IT",
        ),
    ],
)
def test_a_service_with_a_guarantee_that_stops_is_a_stop(title, body, country):
    result = classify(title, body)
    assert result.change_kind == "suspension"
    assert result.destinations == [country]


@pytest.mark.parametrize(
    "body",
    [
        "Parcels to Israel can be posted as normal but will take up to ten days longer to arrive.",
        "Parcels to Greece can be sent normally, but delivery will be slower than usual because "
        "of the port strike.",
    ],
)
def test_parcels_posted_as_normal_but_late_are_the_delays_goods(body):
    result = classify("Delays", body)
    assert result.change_kind == "delay"
    assert result.categories == ["all_goods"]


def test_a_product_for_renewable_energy_is_no_topic_of_no_change():
    result = classify(
        "リチウム電池の送付",
        "再生可能エネルギー関連機器に使われるリチウムイオン電池について、4月1日から米国あての国際郵便"
        "での送付を禁止します。",
    )
    assert result.relevant
    assert result.categories == ["lithium_batteries"]


# --- guards found by the last code review ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Alcohol a Noruega: se aplican las nuevas reglas noruegas desde el 1 de julio.",
        "- Envois vers la Norvège : les colis avec de l'alcool sont refusés selon les nouvelles "
        "règles.",
        "- Alcohol to Norway: check the new rules, alcohol can no longer be sent.",
    ],
)
def test_a_line_of_a_change_that_names_rules_is_no_pointer(line):
    result = classify(
        "Alcohol",
        f"From 1 July parcels with alcohol to Finland are no longer accepted.\n{line}",
    )
    assert result.destinations == ["FI", "NO"]


def test_a_rule_into_the_eu_that_says_see_is_still_an_eu_rule():
    result = classify(
        "VAT on small parcels",
        "Douane française\n\nFrom 1 July, customers will see VAT charged on all parcels "
        "imported into the EU from the first euro.",
        source_kind="customs",
    )
    assert result.destinations == EU27


def test_letters_sent_as_normal_beside_a_delay_of_parcels_are_exempt():
    result = classify(
        "Israel delays",
        "Parcels to Israel will take up to ten days longer to arrive. Letters and postcards can "
        "be sent as normal.",
    )
    assert result.change_kind == "delay"
    assert result.categories == ["all_goods"]


def test_a_service_with_an_article_and_a_guarantee_that_stops_is_a_stop():
    result = classify(
        "Frankreich",
        "Sendungen mit einer Laufzeitgarantie nach Frankreich werden ab sofort nicht mehr "
        "angenommen.",
    )
    assert result.change_kind == "suspension"
