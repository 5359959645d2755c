"""Where the rules that quiet or retype a notice must stop: real suspensions and requirements,
written for the project, that sit next to the words those rules look for (an apostrophe, a
stamp, "maintenance", "domestic", "exceeding", "data", "not changed", a person's name, a
Korean particle, an Arabic or Czech "and"), so each rule is checked from both sides."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU27 = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
]  # fmt: skip

CASES = [
    # an apostrophe is no quotation mark, even beside a word about stamps
    (
        "Israel",
        "Royal Mail's acceptance of parcels to Israel is suspended until further "
        "notice.\nNew stamps are on sale from Monday.",
        None,
        None,
        ["IL"],
        "suspension",
    ),
    (
        "Colis vers Israël",
        "L'envoi de colis vers Israël est suspendu jusqu'à nouvel ordre.\n"
        "Découvrez nos nouveaux timbres de Noël.",
        "FR",
        None,
        ["IL"],
        "suspension",
    ),
    # "no flights" does not deny the operator's announcement
    (
        "Yemen",
        "Since there are no flights to Yemen, the postal operator of Yemen has announced "
        "a suspension of all inbound mail.",
        None,
        None,
        ["YE"],
        "suspension",
    ),
    # maintenance of a runway beside a place is a stop of sending
    (
        "Maldives",
        "Due to planned maintenance work on the runway at Malé airport, service to "
        "the Maldives is suspended from 3 to 5 June.",
        None,
        None,
        ["MV"],
        "suspension",
    ),
    # nationwide and inland offices are not domestic mail
    (
        "Envíos a Estados Unidos",
        "Se suspende en todas las oficinas del territorio nacional la "
        "admisión de paquetes con mercancías.",
        "ES",
        None,
        ["US"],
        "suspension",
    ),
    (
        "Service update: Ukraine",
        "Acceptance of parcels is suspended at all inland post offices.",
        None,
        None,
        ["UA"],
        "suspension",
    ),
    # parcels stopped, letters still accepted: a suspension, not a delay
    (
        "Service update: Israel",
        "Letters to Israel are delayed by up to two weeks. Acceptance "
        "of parcels to Israel is suspended until further notice. We continue to accept letters "
        "for Israel.",
        None,
        None,
        ["IL"],
        "suspension",
    ),
    # abroad, from the operator's country, is every destination
    (
        "Versand",
        "Wegen des Krieges stellen wir den Versand von Paketen ins Ausland bis auf Weiteres ein.",
        "RU",
        None,
        ["*"],
        "suspension",
    ),
    (
        "Versand",
        "Wir nehmen keine Sendungen ins Ausland mehr an. Sendungen innerhalb "
        "Deutschlands sind nicht betroffen.",
        "DE",
        None,
        ["*"],
        "suspension",
    ),
    (
        "이스라엘행 국제우편",
        "이스라엘행 국제우편 접수를 일시 중지합니다.",
        "KR",
        None,
        ["IL"],
        "suspension",
    ),
    (
        "Russland",
        "Det er ikke lenger mulig å sende pakker til Russland.",
        "NO",
        None,
        ["RU"],
        "suspension",
    ),
    # missing data as the reason, and volumes over capacity, still stop mail
    (
        "Update on mail to the US",
        "As the required customs data cannot be provided under the "
        "new rules, Posten suspends the acceptance of goods to the USA.",
        "NO",
        None,
        ["US"],
        "suspension",
    ),
    (
        "Israel",
        "Due to volumes exceeding our handling capacity, we have temporarily suspended "
        "acceptance of parcels to Israel.",
        None,
        None,
        ["IL"],
        "suspension",
    ),
    # what has not changed is another clause than what is new
    (
        "Update",
        "Postage prices have not changed, but from 1 March all parcels to the US "
        "require electronic customs data.",
        None,
        None,
        ["US"],
        "new_requirement",
    ),
    (
        "Korea: duty-free limit remains unchanged, PCCC now mandatory",
        "The personal customs clearance code is now mandatory for all imports.",
        "KR",
        "customs",
        ["KR"],
        "new_requirement",
    ),
    (
        "Israel",
        "Customers were told that parcels for Israel will be accepted again from Monday.",
        None,
        None,
        ["IL"],
        "resumption",
    ),
    # a Spanish "a" after an origin or a route is "to"
    (
        "Aviso",
        "Se suspenden los envíos procedentes de Estados Unidos a Venezuela.",
        None,
        None,
        ["VE"],
        "suspension",
    ),
    (
        "Aviso",
        "Se suspenden los paquetes vía Panamá a Venezuela.",
        None,
        None,
        ["VE"],
        "suspension",
    ),
    # Korean: a particle after the origin does not carry over; a name that ends in 로
    ("EMS", "홍콩에서 미국으로 발송되는 EMS 접수를 중지합니다.", "KR", None, ["US"], "suspension"),
    (
        "안내",
        "다른 수단으로 발송해 주시기 바랍니다. 일본행 소포 접수를 중지합니다.",
        "KR",
        None,
        ["JP"],
        "suspension",
    ),
    (
        "안내",
        "몬테네그로 경유 우편물 접수를 중지합니다. 세르비아행 소포 접수 중지.",
        "KR",
        None,
        ["RS"],
        "suspension",
    ),
    # an organisation named after a country, and the Commission outside customs
    (
        "Kenya Bureau of Standards requires a Certificate of Conformity for all commercial imports",
        "",
        None,
        None,
        ["KE"],
        "new_requirement",
    ),
    (
        "Battery rules",
        "Following the European Commission's new battery rules, we no longer "
        "accept loose lithium batteries.",
        "CH",
        "postal",
        ["*"],
        "prohibited_items",
    ),
    (
        "Duties",
        "The European Commission has agreed with the US a fixed duty on parcels to the "
        "United States.",
        None,
        "customs",
        ["US"],
        "duty_tax_change",
    ),
    ("Delays", "Mail to the States is delayed by a week.", None, None, ["US"], "delay"),
    (
        "Update",
        "Parcels to South Island towns are delayed after the storm.",
        "NZ",
        None,
        ["*"],
        "delay",
    ),
]


@pytest.mark.parametrize(("title", "text", "origin", "source_kind", "dest", "kind"), CASES)
def test_real_changes_next_to_the_words_a_rule_looks_for(
    title, text, origin, source_kind, dest, kind
):
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert got.relevant
    assert (got.destinations, got.change_kind) == (dest, kind)


@pytest.mark.parametrize(
    ("title", "text", "origin"),
    [
        ("Ny taxa", "Ny taxa för brev och paket till utlandet från 1 januari.", "SE"),
        ("Duyuru", "Vergi dairesine yapılan ödemeler için posta çeki kullanılabilir.", "TR"),
        ("Erbjudande", "Erbjudandet gäller endast för brev till Tyskland.", "SE"),
    ],
)
def test_short_words_of_other_languages_are_no_change(title, text, origin):
    assert not classify(title, text, origin=origin).relevant


def test_a_quoted_scam_text_alone_is_quiet_but_the_same_words_unquoted_alert():
    scam = (
        "Beware of fake messages",
        'Fraudsters send SMS messages saying "your parcel to Chile has been suspended". '
        "Do not click the link.",
    )
    real = ("Chile", "Your parcel to Chile has been suspended.")
    assert not classify(*scam).relevant
    assert classify(*real).change_kind == "suspension"


def test_a_suspension_that_remains_in_effect_is_not_the_news():
    got = classify(
        "Service announcement",
        "Parcels to Fiji are delayed by a week because of the cyclone.\nThe suspension of "
        "mail to Tonga remains in effect until further notice.",
    )
    assert got.change_kind == "delay"


def test_a_turkish_ablative_is_an_origin():
    got = classify(
        "Duyuru",
        "Çin'den gelen gönderilerin kabulü durduruldu.",
        origin="TR",
        source_kind="postal",
    )
    assert "CN" not in got.destinations


def test_a_person_called_jordan_is_no_destination():
    got = classify(
        "New rules for parcels to Chile",
        "Parcels to Chile require a tax ID from 1 May, said Jordan Miller, head of sales.",
    )
    assert got.destinations == ["CL"]


def test_a_phrase_lost_inside_a_longer_one_that_starts_mid_word_is_found():
    from monitor.classify.matcher import PhraseMatcher, parse_phrase

    matcher = PhraseMatcher(
        [(*parse_phrase(p), v) for p, v in (("e mail", "none"), ("mail", "mail"))]
    )
    text = "notice mail to peru"
    assert [(m.start, m.end, m.value) for m in matcher.find(text, text)] == [(7, 11, "mail")]
