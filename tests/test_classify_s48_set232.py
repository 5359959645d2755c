"""Causes behind the misses of blind set 232 (English, German, French, Spanish, Italian,
Russian, Japanese, Chinese), session 48.

Each sentence is our own, written as a post, carrier or customs office could publish it: places
whose rules do not change, an all-clear that keeps the rules of other places only, perfumes
that are dangerous goods in the air, regulators' requirements as the cause of a change, a
duty that already holds, links to related articles and the prices kept."""

from __future__ import annotations

from monitor.classify import classify


def _got(title: str, text: str, origin: str | None = None, kind: str | None = None):
    return classify(title, text, origin=origin, source_kind=kind)


# Russian "the requirements for X do not change": X is no destination


def test_russian_places_whose_requirements_do_not_change_are_no_destinations() -> None:
    got = _got(
        "Новые требования для посылок в Армению",
        "С 1 мая 2026 года при отправке посылок в Армению необходимо указывать номер "
        "телефона получателя.\n\nТребования к отправлениям в Грузию и Азербайджан не меняются.",
        "RU",
        "postal",
    )
    assert got.destinations == ["AM"]
    assert got.change_kind == "new_requirement"


# An all-clear that keeps the rules of other places than the title's is no all-clear


def test_chinese_rules_kept_for_other_countries_leave_the_change() -> None:
    got = _got(
        "关于调整寄往新加坡香水收寄规则的公告",
        "自2026年5月1日起，我司调整寄往新加坡的香水收寄规则如下：\n\n"
        "一、每票快件限寄香水不超过3瓶；\n二、每瓶容量不超过50毫升。\n\n"
        "寄往其他国家和地区的收寄规则保持不变。",
        "CN",
        "carrier",
    )
    assert got.destinations == ["SG"]
    assert got.change_kind == "restriction"


def test_japanese_rules_kept_for_places_outside_the_title_leave_the_change() -> None:
    got = _got(
        "オーストラリア宛て航空便で送る電池の取扱いの変更について",
        "2026年4月1日から、オーストラリア宛ての航空便で送るリチウム電池の取扱いを次のとおり"
        "変更します。\n\n・1個あたり2個まで\n・機器に組み込まれたものに限ります\n\n"
        "上記の条件を超えるものは、船便でのみお送りいただけます。\n\n"
        "なお、ニュージーランド宛ての取扱いに変更はありません。",
        "JP",
        "postal",
    )
    assert got.destinations == ["AU"]
    assert got.change_kind == "restriction"


# Perfumes named as dangerous goods in the air: no other goods


def test_perfumes_classed_as_dangerous_goods_are_no_dangerous_goods_of_their_own() -> None:
    got = _got(
        "Perfume to Réunion: new limits",
        "Perfumes and eaux de toilette are classed as dangerous goods for air transport. From 1 "
        "May 2026, parcels to Réunion may contain no more than three bottles of perfume of "
        "at most 100 ml each.",
        "FR",
        "postal",
    )
    assert got.categories == ["perfumes_cosmetics"]
    assert got.change_kind == "restriction"


def test_japanese_airline_dangerous_goods_rules_over_perfume_are_no_dangerous_goods() -> None:
    got = _got(
        "カナダ宛て航空便で送る香水の取扱いの変更について",
        "航空会社の危険物取扱規則の改正に伴い、2026年6月1日から、カナダ宛ての航空便で送る"
        "香水の取扱いを次のとおり変更します。\n\n・1個あたりの容量：50ml以下\n\n"
        "上記の条件を超える香水は、船便でのみお送りいただけます。",
        "JP",
        "postal",
    )
    assert got.categories == ["perfumes_cosmetics"]


# The requirements of regulators as the cause of a change: no requirement of the sender


def test_chinese_regulatory_requirements_as_the_cause_are_no_new_requirement() -> None:
    got = _got(
        "关于调整寄往新加坡笔记本电脑收寄规则的公告",
        "根据相关监管要求，自2026年3月1日起，寄往新加坡的笔记本电脑每票限寄1台，"
        "并需如实申报品牌和型号。超出数量的快件将不予收寄。",
        "CN",
        "carrier",
    )
    assert got.change_kind == "restriction"


def test_english_regulatory_requirements_as_the_cause_are_no_new_requirement() -> None:
    got = _got(
        "Laptops to Singapore: new acceptance rules",
        "In line with regulatory requirements, from 1 March 2026 each parcel to Singapore may "
        "contain no more than one laptop. The brand and model must be declared.",
        "GB",
        "postal",
    )
    assert got.change_kind == "restriction"


# A stop denied, a duty already in place, links to related articles: an all-clear


def test_french_denied_stop_with_a_duty_already_in_place_is_informational() -> None:
    got = _got(
        "Envois vers le Canada : le service continue",
        "Contrairement à des rumeurs, La Poste n'a pas suspendu l'envoi de colis vers le Canada. "
        "Vos colis à destination du Canada sont acceptés, avec le paiement des taxes "
        "canadiennes au dépôt, déjà en place depuis le printemps.\n\n"
        "Partager | Articles liés : Envoyer un colis ; Déclaration en douane CN23",
        "FR",
        "postal",
    )
    assert got.relevant
    assert got.destinations == ["CA"]
    assert got.change_kind == "informational"


def test_english_duty_already_in_force_is_no_duty_change() -> None:
    got = _got(
        "Parcels to Norway: service update",
        "We have not suspended parcels to Norway. Parcels are accepted, with Norwegian VAT paid "
        "at posting, already in force since last year.",
        "GB",
        "postal",
    )
    assert got.change_kind == "informational"


def test_a_stop_not_made_and_conditions_that_remain_the_same_are_an_all_clear() -> None:
    got = _got(
        "Parcels to Norway: the service continues",
        "Contrary to rumours, we have not suspended parcels to Norway. Prices, delivery times "
        "and acceptance conditions remain the same.",
        "GB",
        "postal",
    )
    assert got.relevant
    assert got.change_kind == "informational"


def test_prices_that_remain_the_same_make_no_all_clear() -> None:
    got = _got(
        "Holiday opening hours",
        "Our branches close at 2 pm during the holidays. Do EMS prices change? No, our EMS "
        "rates remain the same.",
        "AE",
        "postal",
    )
    assert not got.relevant


# A scope word after "whether": both scopes, so neither


def test_german_ban_on_gifts_and_orders_alike_has_no_gift_scope() -> None:
    got = _got(
        "Norwegen: Einfuhrverbot für Honig",
        "Norwegen hat die Einfuhr von Honig verboten. Das Verbot gilt seit 1. März 2026 für "
        "alle Postsendungen, unabhängig davon, ob es sich um Geschenke oder Käufe handelt.",
        "AT",
        "postal",
    )
    assert got.categories == ["food"]
