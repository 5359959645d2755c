"""Causes of misses found on the ninth set of notices, each checked with sentences written for
the project: members of a region named as examples, a change line that introduces a list of
goods, places in a bracket after a destination, inbound duty regimes in Spanish, Turkish
words of mail, postal banking, and more ways of saying a place is left as it was."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU27 = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
]  # fmt: skip


@pytest.mark.parametrize(
    "examples",
    [
        "Affected countries include, among others, Austria, Belgium and Greece.",
        "This concerns, for example, Austria, Belgium and Greece.",
        "Betroffen sind unter anderem Österreich, Belgien und Griechenland.",
    ],
)
def test_members_named_as_examples_stand_for_the_whole_region(examples):
    got = classify(
        "Advance data for parcels to the European Union",
        "From 1 June every parcel to the European Union must carry electronic customs data. "
        + examples,
        origin="CA",
        source_kind="postal",
    )
    assert got.destinations == EU27
    assert got.change_kind == "new_requirement"


def test_members_listed_after_a_region_with_a_cue_are_its_destinations():
    # the members named are the destinations, without "among others" no whole region
    got = classify(
        "Parcels to the European Union",
        "Parcels to the European Union are suspended until further notice.\n"
        "Countries affected: Austria, Belgium and Greece.\n"
        "Items for Norway are suspended too.",
        origin="CA",
        source_kind="postal",
    )
    assert got.destinations == ["AT", "BE", "GR", "NO"]


def test_a_region_listed_without_examples_keeps_to_the_members_named():
    got = classify(
        "Service update",
        "Parcels to EU countries such as Austria and Belgium are delayed by a strike.",
        origin="CA",
        source_kind="postal",
    )
    assert got.destinations == ["AT", "BE"]


@pytest.mark.parametrize(
    ("origin", "title", "text", "kind", "cats"),
    [
        (
            "TR",
            "Posta yoluyla getirilmesi yasak eşya hakkında duyuru",
            "1 Mart 2025 tarihinden itibaren aşağıdaki eşyanın posta ve hızlı kargo yoluyla "
            "ithalatı yasaklanmıştır:\n- ilaçlar\n- elektronik sigara",
            "prohibited_items",
            {"medicines", "tobacco_vapes"},
        ),
        (
            "GB",
            "Customs notice 14/2025",
            "From 1 May 2025 the import by post of the following goods is banned:\n"
            "- knives and swords\n- pepper spray",
            "prohibited_items",
            {"weapons"},
        ),
    ],
)
def test_a_change_line_that_introduces_a_list_is_about_the_goods_listed(
    origin, title, text, kind, cats
):
    got = classify(title, text, origin=origin, source_kind="customs")
    assert got.relevant
    assert got.change_kind == kind
    assert got.destinations == [origin]
    assert cats <= set(got.categories)


def test_a_change_line_about_a_list_of_non_mail_things_stays_quiet():
    got = classify(
        "Opening hours",
        "The following services are suspended during the holiday:\n- ATM withdrawals\n"
        "- online banking",
        origin="GB",
        source_kind="postal",
    )
    assert not got.relevant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Für die USA (inkl. Puerto Rico und Guam) nur noch Briefe.", ["GU", "PR", "US"]),
        ("Parcels for France (including Réunion and Guadeloupe) are delayed.", ["FR", "GP", "RE"]),
    ],
)  # fmt: skip
def test_places_in_a_bracket_after_a_destination_share_its_role(text, expected):
    got = classify("Service update", text, origin="CH", source_kind="postal")
    assert got.destinations == expected


def test_an_inbound_allowance_in_spanish_is_about_the_own_country():
    got = classify(
        "Cambios en el régimen de franquicias para compras en el exterior",
        "A partir del 1 de marzo los envíos que ingresen al país pagarán IVA desde el primer "
        "dólar. El valor máximo por compra será de USD 500.",
        origin="UY",
        source_kind="postal",
    )
    assert got.relevant
    assert got.change_kind == "duty_tax_change"
    assert got.destinations == ["UY"]


def test_a_franchise_shop_is_no_duty_allowance():
    got = classify(
        "Nueva franquicia de Correos en Valencia",
        "Abrimos una nueva oficina en franquicia en el centro de Valencia con horario ampliado.",
        origin="ES",
        source_kind="postal",
    )
    assert not got.relevant


def test_a_stop_of_postal_banking_is_quiet():
    got = classify(
        "Postal cash card service temporarily suspended",
        "Because of a software upgrade the postal cash card service, including withdrawals "
        "at post office ATMs, will be suspended on Sunday from 2:00 to 6:00. Counter services "
        "for letters and parcels remain open as usual.",
        origin="BD",
        source_kind="postal",
    )
    assert not got.relevant


def test_a_stop_of_parcels_beside_postal_banking_still_alerts():
    got = classify(
        "Parcels to Nepal suspended",
        "Acceptance of parcels to Nepal is suspended until further notice. Postal savings "
        "accounts are not affected.",
        origin="IN",
        source_kind="postal",
    )
    assert got.relevant
    assert got.change_kind == "suspension"
    assert got.destinations == ["NP"]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "ウズベキスタン宛て郵便物の禁制品について",
            "ウズベキスタン宛ての郵便物では、紙幣はお引き受けできません。"
            "なお、カザフスタン宛ての郵便物については変更はありません。",
            ["UZ"],
        ),
        (
            "Restrictions on airmail",
            "Letters to Australia are accepted only up to 500 g. Items for the Dominican "
            "Republic are accepted without restrictions.",
            ["AU"],
        ),
        (
            "Spedizioni verso il Regno Unito",
            "Dal 1° gennaio l'IVA è riscossa alla consegna per le spedizioni verso il Regno "
            "Unito. Le spedizioni verso Jersey e Guernsey non rientrano in questa comunicazione.",
            ["GB"],
        ),
    ],
)
def test_places_said_to_be_left_as_they_were_are_not_destinations(title, text, expected):
    got = classify(title, text, origin="JP" if "郵" in title else "SM", source_kind="postal")
    assert got.relevant
    assert got.destinations == expected
