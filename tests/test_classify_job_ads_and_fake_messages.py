"""A job advert full of embargo and customs words, and a Dutch warning about fake messages
that quotes them, never alert; a real stop under a title that also warns of scams does."""

from __future__ import annotations

from monitor.classify import classify


def test_a_job_advert_with_embargo_words_never_alerts() -> None:
    r = classify(
        "Customs Compliance Specialist (m/f/d) – Hub Leipzig",
        "Your tasks\n- Screening of shipments against sanctions and embargo lists (for example "
        "Russia, Belarus and Iran)\n- Handling of customs holds and suspended shipments\n- "
        "Classification of goods (HS codes), including lithium batteries\n\nYour profile\n- "
        "Training as a customs clerk\n\nWhat we offer\nShift allowances.\n\nApply now online.",
        source_kind="carrier",
    )
    assert r.relevant is False


def test_a_dutch_warning_about_fake_messages_never_alerts() -> None:
    r = classify(
        "Let op: nepberichten over douanekosten",
        "Oplichters sturen sms'jes die lijken te komen van ons. Daarin staat dat je pakket uit "
        "China wordt vastgehouden door de douane en dat je nog invoerrechten moet betalen. "
        "Soms staat er dat de bezorging van je pakket is opgeschort. Dit zijn nepberichten.\n\n"
        "Invoerrechten betaal je alleen in onze app.",
        origin="NL",
        source_kind="postal",
    )
    assert r.relevant is False


def test_a_stop_in_a_title_that_also_warns_of_scams_still_alerts() -> None:
    r = classify(
        "Beware of scams: mail to Haiti suspended",
        "Because of the unrest, we have suspended acceptance of all mail to Haiti until further "
        "notice. Beware of fake text messages asking for fees.",
        origin="US",
        source_kind="postal",
    )
    assert r.change_kind == "suspension"
    assert r.destinations == ["HT"]
