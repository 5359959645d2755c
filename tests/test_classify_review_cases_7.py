"""Cases a read-only reviewer wrote against the rules of session 7 (each was a regression or a
missed variant when found): the rule must hold on both sides of its edge."""

from __future__ import annotations

import pytest

from monitor.classify import classify

CASES = [
    # "no" as a number or inside a cause does not deny the stop
    ("Russia", "Under Government Decree No 236 shipments are suspended to Russia from 1 March.",
     "suspension", ["RU"]),
    ("Yemen", "Due to no flights mail is suspended to Yemen until further notice.",
     "suspension", ["YE"]),
    # "no parcels will be accepted" of a closing time, a locker or a last posting date
    ("Christmas opening hours", "On 24 December our branches close at 1 pm. No parcels will be "
     "accepted after 12 noon on Christmas Eve.", "irrelevant", []),
    ("Parcel lockers", "Parcel lockers at Central Station are out of order. No parcels can be "
     "accepted at these lockers until repaired.", "irrelevant", []),
    # ... but the stop itself, present tense or with a longer subject
    ("Parcels to the US", "No parcels to the United States will be accepted until further "
     "notice.", "suspension", ["US"]),
    # a comma splice: a new subject is "unaffected", not the duty
    ("US", "Parcels to the US are now subject to a 10% tariff, delivery remains unaffected.",
     "duty_tax_change", ["US"]),
    ("Switzerland", "Customs declarations for Switzerland now mandatory, delivery remains "
     "unaffected.", "new_requirement", ["CH"]),
    # the title is no heading of a list; a heading over places left open is none either
    ("Mail to these countries is suspended", "Because of the war, Swiss Post has suspended "
     "mail to Iran, Iraq and Syria.", "suspension", ["IQ", "IR", "SY"]),
    ("Ukraine", "Mail to Ukraine is suspended.\n\nOther countries listed below remain open\n"
     "Poland, Hungary and Romania.", "suspension", ["UA"]),
    # an app title does not quiet a duty the body says is new
    ("Pay your import duties in the app", "Parcels to Qatar now attract a 10% import duty under "
     "the new tariff. You can pay the charge in the app before delivery.", "duty_tax_change",
     ["QA"]),
    # a denial that is about something else leaves the stop
    ("Belarus", "Amid rumours of a border closure, we have suspended parcels to Belarus with "
     "immediate effect. Lithuania has denied entry to trucks carrying mail.", "suspension",
     ["BY"]),
    ("Belarus", "There were rumours for weeks, and now it is official: parcels to Belarus are "
     "suspended from 1 May. Reports that letters are also affected are not true.",
     "suspension", ["BY"]),
    ("Sendungen nach Israel", "Entgegen anderslautenden Gerüchten bleibt der Versand nach "
     "Israel ausgesetzt. Berichte über eine Wiederaufnahme sind nicht zutreffend.",
     "suspension", ["IL"]),
    # "massima qualità" is no limit
    ("Servizio regolare", "Le spedizioni verso la Germania proseguono regolarmente. Poste "
     "Italiane garantisce la massima qualità del servizio.", "informational", ["DE"]),
    # "please ask about" a new requirement is the requirement
    ("Norway", "Please ask about the new customs declaration required for all parcels to "
     "Norway from 1 April.", "new_requirement", ["NO"]),
    # a levy as the cause of a stop; a levy newly introduced
    ("Ghana", "Due to the new import levy, we have suspended all parcel services to Ghana.",
     "suspension", ["GH"]),
    ("Ghana", "Ghana introduces a 15% import levy on all parcels from 1 May.",
     "duty_tax_change", ["GH"]),
    # "and ... can resume" stays inside the condition
    ("Israel", "When the situation improves and flights can resume we will lift the suspension "
     "of mail to Israel.", None, None),
]  # fmt: skip


@pytest.mark.parametrize("title, text, kind, destinations", CASES)
def test_review_case(title, text, kind, destinations):
    got = classify(title, text)
    if kind is None:  # only what it must not be
        assert got.change_kind != "resumption"
        return
    assert got.change_kind == kind
    assert got.destinations == destinations
