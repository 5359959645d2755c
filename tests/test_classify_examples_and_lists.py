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
        "This concerns, inter alia, Austria, Belgium and Greece.",
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


def test_non_eu_names_no_member_of_the_eu():
    got = classify(
        "Sending to Great Britain after Brexit",
        "From 1 January Great Britain will be treated as a non-EU destination: parcels to "
        "Great Britain will need a customs declaration.",
        origin="IE",
        source_kind="postal",
    )
    assert got.destinations == ["GB"]
    assert got.change_kind == "new_requirement"


def test_a_referendum_on_eu_membership_is_no_eu_destination():
    got = classify(
        "UK referendum on EU membership: no change to our services",
        "Shipments to and from the United Kingdom continue to move as normal and transit "
        "times remain unchanged.",
        source_kind="carrier",
    )
    assert got.destinations == ["GB"]
    assert got.change_kind == "informational"


def test_not_suspending_mail_for_any_destination_names_no_destination():
    got = classify(
        "Volcanic ash: delays to Europe",
        "Mail destined for the following countries is held and will be delayed:\n"
        "Belgium, Denmark, Norway.\n"
        "We are not suspending acceptance of mail for any destination.",
        origin="US",
        source_kind="postal",
    )
    assert got.destinations == ["BE", "DK", "NO"]
    assert got.change_kind == "delay"


def test_a_stop_for_any_destination_still_means_all():
    got = classify(
        "Service suspension",
        "We cannot accept parcels for any destination until the strike ends.",
        origin="CA",
        source_kind="postal",
    )
    assert got.destinations == ["*"]


@pytest.mark.parametrize(
    "text",
    [
        "Ab 1. Juli wird in die EU ein pauschaler Zoll von 3 Euro je Warenposition erhoben. "
        "Die Regelung gilt einheitlich in allen 27 Mitgliedstaaten.",
        "Ab 1. Juli wird bei der Einfuhr in die Europäische Union in der gesamten EU ein "
        "pauschaler Zoll von 3 Euro erhoben.",
    ],
)
def test_a_member_customs_on_an_eu_wide_rule_speaks_for_all_27(text):
    got = classify("Pauschaler Zoll auf Kleinsendungen", text, origin="DE", source_kind="customs")
    assert got.destinations == EU27
    assert got.change_kind == "duty_tax_change"


def test_a_member_customs_on_its_own_rule_speaks_for_its_country():
    got = classify(
        "Neue Öffnungszeiten der Zollämter für Postsendungen",
        "Ab 1. Juli wird für die Verzollung von Postsendungen eine neue Gebühr von 5 Euro "
        "erhoben. Die Einfuhrumsatzsteuer in die EU bleibt wie bisher.",
        origin="DE",
        source_kind="customs",
    )
    assert got.destinations == ["DE"]


def test_countries_of_the_eu_in_turkish_ablative_are_an_origin():
    got = classify(
        "Gümrük muafiyet sınırı değişti",
        "Yurt dışından posta yoluyla Türkiye'ye gelen eşyada gümrük vergisi muafiyet sınırı "
        "30 Avroya düşürülmüştür. "
        "Avrupa Birliği ülkelerinden gelen gönderilerde vergi oranı %30'a yükseltilmiştir.",
        origin="TR",
        source_kind="postal",
    )
    assert got.destinations == ["TR"]


def test_the_eu_with_27_after_it_and_northern_ireland_in_japanese():
    got = classify(
        "EU加盟国あて国際郵便物の電子データ送信の義務化",
        "EU加盟国あての物品を内容とする国際郵便物は、電子データの送信が必要となります。\n"
        "対象となる国・地域：EU加盟国（27か国）および北アイルランド（英国）\n"
        "なお、ノルウェーあての郵便物は従来どおりの取扱いです。",
        origin="JP",
        source_kind="postal",
    )
    assert got.destinations == sorted([*EU27, "GB"])


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "MX",
            "Aviso: horario de servicio por el Día de la Independencia",
            "Con motivo del Día de la Independencia las oficinas postales permanecerán "
            "cerradas y se suspenderán los servicios de entrega a domicilio. Los servicios se "
            "reanudarán con normalidad el martes.",
        ),
        (
            "IE",
            "Sale of Christmas stamp booklet suspended",
            "We have suspended the sale of the Christmas stamp booklet after a printing fault. "
            "Individual stamps remain available. Orders placed with the philatelic bureau will "
            "be dispatched with a delay of two weeks.",
        ),
        (
            "CZ",
            "Plánovaná odstávka systémů",
            "Z důvodu modernizace systémů bude v noci dočasně pozastaveno sledování zásilek a "
            "platby kartou na pobočkách.",
        ),
        (
            "CH",
            "Black Week: 20 % Rabatt auf Pakete ins Ausland",
            "Diese Woche erhalten Sie 20 % Rabatt auf alle Pakete ins Ausland bis 30 kg. "
            "Der Rabatt gilt nur online.",
        ),
        (
            None,
            "Postal Congress closes",
            "The Congress closed today. Delegates discussed electronic customs data and "
            "elected a new Director General.",
        ),
    ],
)
def test_closures_promotions_and_news_with_alarming_words_stay_quiet(origin, title, text):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert not got.relevant


def test_a_holiday_does_not_quiet_a_stop_of_mail_abroad():
    got = classify(
        "Día de la Independencia: suspensión de envíos a Venezuela",
        "Con motivo del Día de la Independencia se suspende hasta nuevo aviso la admisión de "
        "envíos con destino a Venezuela.",
        origin="MX",
        source_kind="postal",
    )
    assert got.relevant
    assert got.destinations == ["VE"]
    assert got.change_kind == "suspension"


def test_a_chinese_holiday_delay_to_every_destination():
    got = classify(
        "关于春节期间国际邮件时限延长的公告",
        "春节期间，寄往各国际目的地的国际邮件处理及运输时限将有所延长，预计延误3至7个工作日。"
        "进口邮件的投递将于2月19日起恢复正常。",
        origin="CN",
        source_kind="postal",
    )
    assert got.relevant
    assert got.change_kind == "delay"
    assert got.destinations == ["*"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Mail to Canada is delayed by the storm. Normal service will resume on Monday.",
            "delay",
        ),
        ("Mail to Canada was delayed by the storm. Normal service has resumed.", "resumption"),
    ],
)
def test_a_resumption_still_to_come_belongs_to_the_delay(text, kind):
    got = classify("Service update: Canada", text, origin="US", source_kind="postal")
    assert got.change_kind == kind
    assert got.destinations == ["CA"]
