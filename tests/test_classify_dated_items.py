"""Pages of several dated items: the newest item is the news. Also the words of a resumption
that the ninth to fifteenth held-out sets showed missing ("we are accepting ... again"), a
pause of sending, and a reroute that is no limit."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.items import older_items
from monitor.classify.text import Doc


def test_the_newest_item_first_decides():
    got = classify(
        "International delivery updates: Fiji",
        "Update 3 March 2025: Flights have restarted and we are accepting parcels for Fiji "
        "again.\n\n"
        "Update 20 February 2025: Because of the cyclone we have paused sending items to "
        "Fiji.\n\n"
        "14 February 2025: Items to Fiji may be delayed.",
        origin="NZ",
        source_kind="postal",
    )
    assert got.change_kind == "resumption"
    assert got.destinations == ["FJ"]


def test_the_newest_item_decides_when_the_page_lists_oldest_first():
    got = classify(
        "Service updates: Fiji",
        "14 February 2025: Items to Fiji may be delayed.\n"
        "20 February 2025: We have paused sending items to Fiji.\n",
        origin="NZ",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"


def test_older_posts_under_their_heading_are_history():
    got = classify(
        "Service interruptions: Mozambique",
        "Mail for Beira will be held at the office of exchange; delivery elsewhere continues "
        "with delays.\n\nOlder posts\n"
        "1/2/2019 – Following the suspension of internet services, items to Chad were held.",
        origin="US",
        source_kind="other",
    )
    assert got.change_kind == "delay"
    assert got.destinations == ["MZ"]


def test_a_single_dated_notice_has_no_older_items():
    doc = Doc.make("Notice", "12 March 2025: Parcels to Chile are suspended until further notice.")
    assert older_items(doc) == []


def test_dates_in_us_order_compare_as_dates():
    doc = Doc.make("Alerts", "3/22/2019 – Delays to Mozambique.\n1/2/2019 – Delays to Chad.")
    (older,) = older_items(doc)
    assert doc.full[older[0] : older[1]].startswith("1/2/2019")


@pytest.mark.parametrize(
    "text",
    [
        "From today we are accepting letters and parcels for Tonga again.",
        "Tonga Post can receive international mail again, so items for Tonga are forwarded.",
    ],
)
def test_accepting_again_is_a_resumption(text):
    got = classify("Tonga: update", text, origin="NZ", source_kind="postal")
    assert got.change_kind == "resumption"
    assert got.destinations == ["TO"]


def test_a_pause_of_sending_is_a_suspension():
    got = classify(
        "New Caledonia",
        "Because of civil unrest we have paused sending items to New Caledonia.",
        origin="NZ",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["NC"]


def test_a_resumption_routed_via_a_hub_is_no_partial_lift():
    got = classify(
        "Tonga: mail exchanges restored",
        "International mail exchanges with Tonga have been restored. Items are accepted again "
        "and are routed via Auckland.",
        origin="AU",
        source_kind="postal",
    )
    assert got.change_kind == "resumption"


@pytest.mark.parametrize(
    ("origin", "title", "text", "kind", "expected"),
    [
        (
            "AU",
            "Canada – temporary pause on sending",
            "From Wednesday we will temporarily pause acceptance of all letters and parcels "
            "addressed to Canada. Items to the United States are not affected by this pause.",
            "suspension",
            ["CA"],
        ),
        (
            "JP",
            "米国あて電子たばこ等の差出しについて",
            "次のあて先への電子たばこを内容品とする郵便物は差し出すことができません。\n"
            "・アメリカ合衆国",
            "prohibited_items",
            ["US"],
        ),
    ],
)
def test_more_words_of_a_stop(origin, title, text, kind, expected):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.change_kind == kind
    assert got.destinations == expected


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "DE",
            "Wartungsarbeiten: Sendungsverfolgung vorübergehend nicht verfügbar",
            "Wegen Wartungsarbeiten stehen die Sendungsverfolgung und das Kundenkonto in der "
            "App in der Nacht zum Sonntag nicht zur Verfügung.",
        ),
        (
            "CA",
            "Fraud alert: fake messages about suspended deliveries",
            "We are aware of fraudulent text messages saying that your delivery has been "
            "suspended because of unpaid fees. Report them to the Anti-Fraud Centre.",
        ),
    ],
)
def test_tracking_outages_and_fraud_alerts_stay_quiet(origin, title, text):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert not got.relevant


def test_a_swedish_no_change_notice_is_about_the_place_in_its_title():
    got = classify(
        "Brexit: inga förändringar för försändelser till Storbritannien just nu",
        "I dag lämnar Storbritannien EU. Du kan skicka brev och paket till Storbritannien "
        "precis som tidigare – ingen tulldeklaration krävs.",
        origin="SE",
        source_kind="postal",
    )
    assert got.relevant
    assert got.change_kind == "informational"
    assert got.destinations == ["GB"]


def test_a_suspended_money_back_guarantee_is_no_stop_of_mail():
    got = classify(
        "Service alert: volcanic ash",
        "Mail destined for the following countries is held and will be dispatched as soon as "
        "flights resume:\nIreland\nNorway\nCustomers should expect delays. The money-back "
        "guarantee for Express Guaranteed shipments to the countries above is suspended until "
        "further notice.",
        origin="US",
        source_kind="postal",
    )
    assert got.change_kind == "delay"
    assert got.destinations == ["IE", "NO"]


def test_only_accepting_items_within_limits_in_spanish_is_a_restriction():
    got = classify(
        "Envíos con destino Venezuela",
        "A partir del 22 de mayo Correos solo admitirá envíos con destino Venezuela que cumplan "
        "estas condiciones: peso máximo de 2 kg; valor declarado máximo de 100 euros.",
        origin="ES",
        source_kind="postal",
    )
    assert got.change_kind == "restriction"
    assert got.destinations == ["VE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Česká pošta pozastavuje příjem zásilek do Ruska a Běloruska.", ["BY", "RU"]),
        ("Příjem zásilek do Spojených států je pozastaven.", ["US"]),
        ("Zásilky do Egypta a Izraele jsou pozastaveny.", ["EG", "IL"]),
    ],
)
def test_czech_names_in_their_case_forms(text, expected):
    got = classify("Pozastavení příjmu zásilek", text, origin="CZ", source_kind="postal")
    assert got.change_kind == "suspension"
    assert got.destinations == expected


def test_the_operator_naming_itself_is_no_place_of_a_domestic_restriction():
    got = classify(
        "Povodně: mezinárodní zásilky přijímáme bez omezení",
        "Česká pošta dočasně uzavřela některé pobočky. Doručování v zasažených obcích probíhá "
        "s omezením.\nMezinárodní zásilky do Polska přijímáme bez omezení.",
        origin="CZ",
        source_kind="postal",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["PL"]


@pytest.mark.parametrize(
    ("origin", "title", "text", "kind"),
    [
        (
            "MX",
            "Modificaciones al régimen de mensajería y paquetería",
            "A partir del 1 de enero las mercancías que ingresen al país por mensajería pagarán "
            "una tasa global del 19%.",
            "duty_tax_change",
        ),
        (
            "TR",
            "Posta yoluyla gelen eşyada değer sınırı değişti",
            "Yurt dışından posta yoluyla Türkiye'ye gönderilen eşya için değer sınırı 30 avroya "
            "indirilmiştir; aşan gönderiler vergilendirilecektir.",
            "duty_tax_change",
        ),
        (
            "EG",
            "منشور بشأن التسجيل المسبق للشحنات",
            "اعتباراً من 1 يوليو يشترط تسجيل بيانات جميع الشحنات الواردة إلى جمهورية مصر العربية "
            "مسبقاً.",
            "new_requirement",
        ),
    ],
)
def test_customs_rules_in_spanish_turkish_and_arabic(origin, title, text, kind):
    got = classify(title, text, origin=origin, source_kind="customs")
    assert got.relevant
    assert got.change_kind == kind
    assert got.destinations == [origin]


def test_a_tender_notice_stays_quiet():
    got = classify(
        "Tender notice: supply of motorcycles for mail delivery",
        "The Postal Corporation invites sealed bids for the supply of motorcycles for mail "
        "delivery. The previous tender was suspended and cancelled. Bidders may obtain tender "
        "documents from the procurement office.",
        origin="KE",
        source_kind="postal",
    )
    assert not got.relevant


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Shipments to Norway are delayed. We have taken measures to restore our systems as "
            "quickly as possible.",
            "delay",
        ),
        ("Our systems have been restored; shipments to Norway move again.", "resumption"),
    ],
)  # fmt: skip
def test_an_aim_to_restore_is_no_resumption(text, kind):
    got = classify("Customer update: Norway", text, source_kind="carrier")
    assert got.change_kind == kind


def test_a_speedy_recovery_wished_to_the_injured_is_no_resumption():
    got = classify(
        "Continuité du service suite au séisme",
        "Nous souhaitons un prompt rétablissement aux blessés. L'acheminement du courrier en "
        "provenance de l'étranger fonctionne normalement.",
        origin="MA",
        source_kind="postal",
    )
    assert got.change_kind == "informational"


def test_destinations_served_again_in_french_are_a_resumption():
    got = classify(
        "Envoi à l'international : pays non desservis",
        "Destinations de nouveau desservies (lettres et colis acceptés à nouveau) : Australie, "
        "Chili.",
        origin="FR",
        source_kind="postal",
    )
    assert got.change_kind == "resumption"
    assert got.destinations == ["AU", "CL"]


def test_dates_alone_on_their_lines_head_items_and_a_page_intro_is_a_pointer() -> None:
    result = classify(
        "International service updates - Tonga",
        "Find out about disruptions to international services, including countries where "
        "we've temporarily stopped accepting items.\n\nTonga\n\nUpdated 8 February 2025\n"
        "We've resumed accepting all international mail and parcels to Tonga now that flights "
        "have restarted.\n\n20 January 2025\nDue to the eruption, we've temporarily stopped "
        "accepting international items to Tonga.",
        origin="AU",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["TO"]
