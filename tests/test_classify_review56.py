"""Session 56, from a review of session 55's rules: a stop to come that senders must post
before is still a stop; museum and phishing words no longer outvote a change in their
sentence; a Finnish "has not banned", a Bulgarian refund, a Portuguese denial of a claimed stop
and a reminder of an abolished allowance."""

from __future__ import annotations

import pytest

from monitor.classify import classify

_POST_BEFORE_THE_STOP = [
    (
        "GB",
        "Mail to Ukraine",
        "Mail to Ukraine must be posted before the suspension of service takes effect on 1 April.",
    ),
    ("GB", "Mail to Ukraine", "Mail to Ukraine must be posted before the suspension."),
    (
        "GB",
        "Mail to Ukraine",
        "Please post your items to Ukraine before the suspension begins on 3 March.",
    ),
    (
        "FR",
        "Envois vers l'Ukraine",
        "Les envois à destination de l'Ukraine doivent être déposés avant la suspension du "
        "service le 3 mars.",
    ),
    (
        "IT",
        "Spedizioni verso l'Ucraina",
        "Le spedizioni verso l'Ucraina devono essere spedite prima della sospensione del "
        "servizio il 3 marzo.",
    ),
    (
        "PL",
        "Przesyłki do Ukrainy",
        "Przesyłki do Ukrainy muszą być nadane przed zawieszeniem usługi 3 marca.",
    ),
    (
        "ES",
        "Envíos a Ucrania",
        "Los envíos a Ucrania deben ser admitidos antes de la suspensión del servicio el 3 de "
        "marzo.",
    ),
    (
        "DE",
        "Post in die Ukraine",
        "Sendungen in die Ukraine müssen vor der Aussetzung eingeliefert werden.",
    ),
]


@pytest.mark.parametrize(("origin", "title", "text"), _POST_BEFORE_THE_STOP)
def test_a_stop_senders_must_post_before_is_announced(origin, title, text):
    got = classify(title, text, origin=origin)
    assert got.relevant
    assert got.change_kind == "suspension"
    assert got.destinations == ["UA"]


def test_a_duty_on_goods_for_an_exhibition_is_a_duty_change():
    got = classify(
        "ATA carnets for exhibitions",
        "Goods imported for the exhibition under an ATA carnet now pay import duty of 5% from "
        "1 May as the exemption is withdrawn.",
        origin="GB",
    )
    assert got.relevant
    assert got.change_kind == "duty_tax_change"


def test_a_museum_exhibition_page_stays_irrelevant():
    got = classify(
        "Izložba „Pošta na granici” u Poštanskom muzeju",
        "U Poštanskom muzeju Hrvatske pošte u Zagrebu otvorena je izložba „Pošta na granici”, "
        "koja prikazuje razvoj poštanskog prometa između Hrvatske, Slovenije, Mađarske i "
        "Austrije. Posjetitelji mogu vidjeti pošiljke zaustavljene na carini. Izložba je "
        "otvorena do 31. siječnja 2026. Ulaz je besplatan.",
        origin="HR",
    )
    assert not got.relevant
    assert got.severity == "none"


def test_finnish_has_not_banned_is_no_ban():
    got = classify(
        "Lääkkeet Australiaan",
        "Australia ei ole kieltänyt lääkkeiden lähettämistä postitse.",
        origin="FI",
    )
    assert got.change_kind != "prohibited_items"
    assert got.severity == "none"


def test_finnish_has_banned_is_a_ban():
    got = classify(
        "Australia: lihatuotteet",
        "Australia on kieltänyt 1.5.2026 alkaen lihatuotteiden tuonnin postitse.",
        origin="FI",
    )
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["AU"]


def test_bulgarian_refund_is_no_resumption():
    got = classify(
        "Възстановяване на сума",
        "Български пощи възстановява сумата за пратки до Турция.",
        origin="BG",
    )
    assert got.change_kind != "resumption"
    assert got.severity == "none"


def test_bulgarian_resumed_acceptance_is_a_resumption():
    got = classify(
        "Пратки до Турция",
        "Български пощи възстановява приемането на пратки до Турция от 2 март.",
        origin="BG",
    )
    assert got.change_kind == "resumption"
    assert got.destinations == ["TR"]


def test_portuguese_denial_of_a_claimed_stop():
    got = classify(
        "Correios esclarece",
        "Não procedem as informações de que os Correios teriam suspendido o envio para Moçambique.",
        origin="BR",
    )
    assert got.change_kind != "suspension"
    assert got.severity in ("none", "low")


def test_a_reminder_of_an_abolished_allowance_is_the_change():
    got = classify(
        "Reminder: duty-free allowance for Norway abolished",
        "The duty-free allowance for parcels to Norway has been abolished. All items pay VAT "
        "at import.",
        origin="GB",
    )
    assert got.change_kind == "duty_tax_change"
    assert got.destinations == ["NO"]


def test_a_reminder_of_a_standing_duty_rule_is_informational():
    got = classify(
        "Reminder: import VAT on parcels to Norway",
        "Goods sent to Norway pay import VAT. Please fill in the declaration completely.",
        origin="GB",
    )
    assert got.change_kind == "informational"


@pytest.mark.parametrize(
    ("origin", "text", "code"),
    [
        (
            "IT",
            "Dal 1 marzo Poste Italiane sospende l'accettazione dei pacchi per la Russia, anche "
            "per la mostra di Mosca.",
            "RU",
        ),
        (
            "PL",
            "Od 1 marca Poczta Polska zawiesza przyjmowanie paczek do Rosji, także na wystawę w "
            "Moskwie.",
            "RU",
        ),
    ],
)
def test_an_exhibition_named_beside_a_stop_leaves_the_stop(origin, text, code):
    got = classify("Comunicato", text, origin=origin)
    assert got.change_kind == "suspension"
    assert got.destinations == [code]
