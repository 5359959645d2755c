"""Stops of things that send nothing (notifications, an app feature, a diesel fleet) stay quiet;
lists under "the following countries" in German and Turkish, abbreviated names in them, and
origins given as examples ("from other countries, for example China")."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            None,
            "Planned maintenance: delivery notifications",
            "Due to planned system maintenance, e-mail and text delivery notifications will be "
            "temporarily suspended from 01:00 to 05:00 on Sunday. Pickups and deliveries are not "
            "affected.",
        ),
        (
            "NZ",
            "NZ Post app: barcode scanning restored",
            "The barcode scanning feature in the NZ Post app, suspended on Monday while we fixed "
            "a fault, has resumed. Customers can once again scan their receipt to follow their "
            "items.",
        ),
        (
            None,
            "Carrier to stop diesel deliveries in city centres",
            "By 2027 we will stop delivering parcels with diesel vans in 20 city centres, where "
            "deliveries will be made only with zero-emission vehicles. Our electric vans already "
            "cover half of our routes.",
        ),
    ],
)
def test_a_stop_of_something_that_sends_nothing_is_quiet(origin, title, text) -> None:
    result = classify(title, text, origin=origin)
    assert not result.relevant
    assert result.change_kind == "irrelevant"


def test_a_withhold_release_order_bans_the_goods_it_names() -> None:
    result = classify(
        "Withhold Release Order: cotton products from region X",
        "Effective immediately, personnel at all ports of entry will detain shipments containing "
        "cotton and cotton products made in region X, under a Withhold Release Order. The order "
        "applies to international mail and express consignments.",
        origin="US",
        source_kind="customs",
    )
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["US"]
    assert "textiles" in result.categories


def test_a_dutch_notice_of_no_consequences_is_informational() -> None:
    result = classify(
        "Staking bij de post in België: geen gevolgen voor je pakketten naar België",
        "Pakketten die je naar België verstuurt, worden gewoon bezorgd binnen de normale "
        "bezorgtermijnen.",
        origin="NL",
    )
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["BE"]


def test_a_german_list_with_abbreviated_names_beats_abroad_in_the_title() -> None:
    result = classify(
        "Einschränkungen beim Versand ins Ausland",
        "Die Post kann Briefe und Pakete in die folgenden Länder bis auf Weiteres nicht "
        "annehmen:\n\nBolivien, Kongo (Dem. Rep.), St. Lucia, Nepal\n\nFür alle übrigen Länder "
        "nimmt die Post Sendungen weiterhin an.",
        origin="CH",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["BO", "CD", "LC", "NP"]


def test_a_turkish_list_under_the_following_countries_names_the_destinations() -> None:
    result = classify(
        "Yurt dışı posta gönderilerinin kabulü",
        "Yurt dışı posta gönderilerinin aşağıdaki ülkelere kabulüne yeniden başlanacaktır:\n"
        "- Almanya\n- İngiltere\n- Katar",
        origin="TR",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["DE", "GB", "QA"]


@pytest.mark.parametrize(
    "text",
    [
        "Duties on parcels from other countries, for example China and the USA, rise from 1 May "
        "to 60 percent.",
        "Diğer ülkelerden (örneğin Çin ve ABD) gelen gönderilerde vergi oranı 1 Mayıs'tan "
        "itibaren yüzde 60'a yükseltilmiştir.",
    ],
)
def test_countries_given_as_examples_of_origins_are_origins(text) -> None:
    result = classify("Gümrük vergisi: yeni oranlar", text, origin="TR", source_kind="customs")
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["TR"]


def test_business_customers_named_as_likewise_affected_do_not_scope_a_stop_to_sales() -> None:
    result = classify(
        "Aussetzung des Versands nach Nepal",
        "Ab sofort nehmen wir keine Briefe und Pakete nach Nepal mehr an. Für Geschäftskunden "
        "gilt: Sendungen mit Warenpost International werden ebenfalls nicht angenommen.",
        origin="DE",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["NP"]
    assert "commercial_goods" not in result.categories
    assert result.categories == ["all_goods", "documents"]


def test_portuguese_destined_to_brazil_with_senders_in_other_countries_as_origins() -> None:
    result = classify(
        "Compras internacionais: CPF do destinatário obrigatório",
        "A partir de 1º de outubro, todas as remessas internacionais com destino ao Brasil que "
        "contenham mercadorias deverão trazer o CPF do destinatário. Recomendamos que "
        "remetentes em países como Estados Unidos e China preencham o formulário CN23.",
        origin="BR",
    )
    assert result.destinations == ["BR"]


def test_table_rows_with_a_change_name_destinations_and_normal_rows_do_not() -> None:
    result = classify(
        "Einschränkungen im internationalen Versand",
        "Aktueller Stand:\nLand | Dienstleistung | Status\n"
        "Australien | PostPac International Economy | Keine Annahme\n"
        "Australien | PostPac International Priority | Annahme möglich, max. 2 kg\n"
        "Kanada | alle Dienstleistungen | Normaler Betrieb\n\n"
        "Briefe und Dokumente nach Australien werden weiterhin angenommen.",
        origin="CH",
    )
    assert result.destinations == ["AU"]


def test_an_icl_revision_with_bare_prohibitions_headings_is_a_change() -> None:
    result = classify(
        "International Mail Manual: Individual Country Listings - Revisions (Qatar, Peru)",
        "Effective September 15, the Postal Service revises the Individual Country Listings "
        "for the destinations below.\n\nQatar\n* * * * *\nProhibitions\n* * * * *\n[Add:]\n"
        "Drones and their remote-control units.\nKnives with a blade exceeding 10 cm.\n"
        "* * * * *\nPeru\n* * * * *\nProhibitions\n* * * * *\n[Add:]\nElectronic cigarettes.",
        origin="US",
    )
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["PE", "QA"]
    assert {"weapons", "tobacco_vapes"} <= set(result.categories)
