"""Causes found in session 30, each with sentences of our own: notices about territories and
islands, the smaller European posts, and Asia-Pacific posts and customs in their languages."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- places: a bloc as the owner of a tax territory, an agreement, what stays the same ---


def test_a_bloc_whose_tax_territory_a_place_is_not_part_of_is_no_destination():
    result = classify(
        "Envois vers les Antilles : déclaration en ligne",
        "Les territoires d'Outre-mer ne font pas partie du territoire fiscal de l'Union "
        "européenne. À partir du 1er mars, tout envoi de marchandises doit être accompagné "
        "d'une déclaration en douane électronique. Destinations concernées : Martinique, "
        "Guadeloupe.",
        origin="FR",
        source_kind="postal",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["GP", "MQ"]


def test_a_customs_territory_a_place_belongs_to_is_no_destination():
    result = classify(
        "Ny avgift för paket till ön",
        "Ön hör till EU:s tullområde men står utanför skatteområdet. Från 1 mars tar vi ut en "
        "ny tullhanteringsavgift på 5 euro för varuförsändelser som kommer till Åland.",
        origin="AX",
        source_kind="postal",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["AX"]


@pytest.mark.parametrize(
    "sentence",
    [
        "parcels entering the customs territory of the EU must carry electronic customs data.",
        "goods sent from outside the EU into the EU customs territory require an electronic "
        "customs declaration.",
    ],
)
def test_mail_entering_the_customs_territory_of_the_bloc_still_goes_there(sentence):
    result = classify(
        "New data for parcels",
        f"From 1 March, {sentence}",
        origin="CH",
        source_kind="postal",
    )
    assert result.change_kind == "new_requirement"
    assert "DE" in result.destinations and "FR" in result.destinations


def test_the_parties_to_an_agreement_are_no_destinations():
    result = classify(
        "Post to the islands after the UK-EU agreement",
        "Following the UK-EU agreement, parcels to Jersey will need an electronic customs "
        "declaration from 1 June.",
        origin="GB",
        source_kind="postal",
    )
    assert result.destinations == ["JE"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sending to Fiji stays the same.",
        "Envíos a Portugal y Andorra: sin incidencias.",
    ],
)
def test_a_place_said_to_stay_the_same_is_unaffected(sentence):
    result = classify(
        "Weight limit for Samoa",
        f"From 1 May, parcels to Samoa can weigh up to 10 kg (previously 30 kg). {sentence}",
        origin="NZ",
        source_kind="carrier",
    )
    assert result.change_kind == "restriction"
    assert result.destinations == ["WS"]


def test_japanese_no_impact_leaves_the_other_destinations_unaffected():
    result = classify(
        "台風による遅延について",
        "台風の影響により、香港宛ての国際郵便物のお届けに遅れが生じております。"
        "上記以外の仕向地（米国、韓国など）宛てにつきましては、現時点で影響はございません。",
        origin="JP",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["HK"]


@pytest.mark.parametrize(
    ("title", "text", "origin"),
    [
        (
            "추석 연휴 국제우편 지연 안내",
            "추석 연휴 기간 중 해외로 발송되는 국제우편물의 배달이 3~5일 지연될 예정입니다. "
            "일본, 중국 등 현지 공휴일이 겹치는 국가는 추가로 지연될 수 있습니다.",
            "KR",
        ),
    ],
)
def test_abroad_in_korean_means_everywhere(title, text, origin):
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.change_kind == "delay"
    assert result.destinations == ["*"]


# --- kinds ---


@pytest.mark.parametrize(
    "verb",
    [
        "will no longer be permitted",
        "will no longer be allowed",
        "will not be permitted",
    ],
)
def test_goods_no_longer_permitted_in_the_mail_are_banned(verb):
    result = classify(
        "Changes to import conditions for egg products",
        f"From 1 August, egg products and dried meat {verb} in international mail to Australia.",
        origin="AU",
        source_kind="customs",
    )
    assert result.relevant
    assert result.change_kind == "prohibited_items"
    assert "food" in result.categories


def test_a_need_that_continues_is_no_new_requirement():
    result = classify(
        "Parcels to the island",
        "Parcels with goods to Jersey continue to require a customs declaration.",
        origin="GB",
        source_kind="postal",
    )
    assert result.change_kind == "informational"


def test_a_lower_duty_free_threshold_in_traditional_chinese_is_a_duty_change():
    result = classify(
        "網購進口免稅額度調整",
        "自明年7月1日起，網路購物進口之快遞貨物及郵包，免稅額度由新臺幣2,000元降為1,000元。",
        origin="TW",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["TW"]


def test_a_korean_customs_code_rule_is_a_requirement_and_a_phone_number_no_phone():
    result = classify(
        "개인통관고유부호 검증 강화 안내",
        "3월 1일부터 해외직구 물품은 개인통관고유부호와 휴대전화번호가 일치해야 통관됩니다.",
        origin="KR",
        source_kind="customs",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["KR"]
    assert "electronics" not in result.categories


def test_japanese_end_of_handling_of_items_is_a_ban():
    result = classify(
        "国際宅配便における一部品目のお取扱い終了について",
        "12月1日お預かり分より、国際宅配便（全仕向地）において香水および化粧品のお取扱いを"
        "終了いたします。",
        origin="JP",
        source_kind="carrier",
    )
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["*"]
    assert "perfumes_cosmetics" in result.categories


@pytest.mark.parametrize(
    ("title", "text", "origin"),
    [
        (
            "郵政服務安排",
            "由於颱風，寄往海外各地的空郵郵件將會出現延誤。郵件會在航空公司恢復航班後盡快發送。",
            "HK",
        ),
        (
            "郵政服務安排",
            "由於颱風，寄往海外各地的空郵郵件將會出現延誤。職員會聯絡客戶重新安排收件時間。",
            "HK",
        ),
        (
            "郵政服務安排",
            "由於颱風，寄往海外各地的郵件將會延誤。香港郵政會視乎實際情況適時公布恢復服務的安排。",
            "HK",
        ),
        (
            "国際郵便の遅延について",
            "台風の影響により、海外宛ての国際郵便物のお届けに遅れが生じております。"
            "天候の回復状況により、対象期間が延長となる場合がございます。",
            "JP",
        ),
    ],
)
def test_a_resumption_once_something_happens_is_no_resumption_yet(title, text, origin):
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.change_kind == "delay"


def test_danish_no_delays_and_no_limits_is_service_as_usual():
    result = classify(
        "Strejke på Færøerne",
        "Vi modtager fortsat breve og pakker til Færøerne uden begrænsninger. Der er ingen "
        "forsinkelser. Forsendelser med varer skal som altid have en tolddeklaration.",
        origin="DK",
        source_kind="postal",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["FO"]


def test_as_always_before_a_contrast_leaves_the_new_need():
    result = classify(
        "Paket till Norge",
        "Från 1 mars tas paket till Norge emot som vanligt men kräver en elektronisk "
        "tulldeklaration.",
        origin="SE",
        source_kind="postal",
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["NO"]


def test_an_announced_resumption_in_chinese_is_a_resumption():
    result = classify(
        "郵政服務",
        "香港郵政今日公布恢復收寄寄往以色列的郵件。",
        origin="HK",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["IL"]


def test_a_change_to_a_carriers_terms_is_news_however_often_it_names_them():
    result = classify(
        "Changes to the International Terms and Conditions – Schedule 1",
        "Schedule 1 of the Terms and Conditions will be amended with effect from 1 October. "
        "Paragraph 9.6: perfumes may be sent to Canada only where each bottle does not exceed "
        "150ml and no more than four bottles are in one item. Such items are not permitted to "
        "any other international destination. Customers who do not accept the new Terms and "
        "Conditions may end their agreement under the Terms and Conditions.",
        origin="GB",
        source_kind="postal",
    )
    assert result.relevant
    assert result.change_kind == "restriction"
    assert result.destinations == ["CA"]


def test_the_bloc_that_makes_sanctions_is_no_destination():
    result = classify(
        "Hinweis zum neuen Sanktionspaket der EU gegen Russland",
        "Mit dem neuen Sanktionspaket der EU ist der Versand von Mobiltelefonen nach Russland "
        "ab dem 1. Juli verboten.",
        origin="DE",
        source_kind="postal",
    )
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["RU"]
