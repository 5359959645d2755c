"""Session 54: pages that keep a dated log of their changes (the newest entry is the news, the
standing table and older entries restate what held); German "Briefen" and "bleibt weiterhin
ausgesetzt" (a stop that goes on exempts no letters)."""

from __future__ import annotations

import pytest

from monitor.classify import classify

_LOG_PAGES = [
    (
        # German: "Was ist neu?" over dated entries, newest first, above a table that
        # still lists other countries as suspended
        "DE",
        "Auslandsversand: Einschränkungen nach Zielland",
        "Startseite > Auslandsversand > Einschränkungen\n\n"
        "Wegen fehlender Flugverbindungen kann es beim Versand in einige Länder zu "
        "Einschränkungen kommen.\n\n"
        "Was ist neu?\n\n"
        "02.06.2025 – Myanmar: Pakete und Päckchen nach Myanmar werden ab sofort wieder "
        "angenommen. Myanmar steht nicht mehr in der Übersicht.\n"
        "14.04.2025 – Tschad: Hinweis ergänzt.\n\n"
        "Übersicht\n\n"
        "Land | Pakete | seit\n"
        "Jemen | ausgesetzt | 2015\n"
        "Sudan | ausgesetzt | 2023\n"
        "Libyen | ausgesetzt | 2019\n",
        "resumption",
        ["MM"],
    ),
    (
        # Czech: "Historie změn" below the standing list
        "CZ",
        "Omezení zásilek do zahraničí – aktualizace",
        "Přehled omezení\n"
        "Jemen – přijímání všech zásilek pozastaveno\n"
        "Súdán – přijímání všech zásilek pozastaveno\n\n"
        "Historie změn\n"
        "12. 5. 2025 – Nepál: obnoveno přijímání balíků do Nepálu.\n"
        "3. 2. 2025 – Súdán: doplněn text.\n",
        "resumption",
        ["NP"],
    ),
    (
        # Italian: entries said to be the most recent first; the older one names another place
        "IT",
        "Comunicazioni sulle spedizioni verso l'estero",
        "In questa pagina trovi le comunicazioni più recenti sulle spedizioni internazionali.\n\n"
        "10/09/2025 – Nuova Zelanda: dal 1° ottobre 2025 le autorità neozelandesi vietano "
        "l'importazione di semi e piante da parte di privati.\n\n"
        "22/08/2025 – Cile\n"
        "Possibili ritardi nella consegna delle spedizioni dirette in Cile.\n",
        "prohibited_items",
        ["NZ"],
    ),
    (
        # English, oldest first: the newest entry is at the bottom
        "GB",
        "International service notices",
        "Change history (entries sorted by date)\n\n"
        "4 March 2025 - Fiji: we have suspended all parcel services to Fiji until further "
        "notice.\n\n"
        "19 May 2025 - Mongolia: items to Mongolia may take longer than usual to arrive "
        "because there are fewer flights.\n",
        "delay",
        ["MN"],
    ),
]


@pytest.mark.parametrize(("origin", "title", "text", "kind", "dests"), _LOG_PAGES)
def test_a_log_page_is_news_of_its_newest_entry(
    origin: str, title: str, text: str, kind: str, dests: list[str]
) -> None:
    c = classify(title, text, origin=origin, source_kind="postal")
    assert c.relevant
    assert c.change_kind == kind
    assert c.destinations == dests


def test_a_log_whose_newest_entry_changes_nothing_is_no_alert_of_the_old_ones() -> None:
    c = classify(
        "Service notices by country",
        "Latest updates\n\n"
        "12 June 2025 - Haiti: wording of this notice updated; no change to the service.\n"
        "2 February 2025 - Haiti: we have suspended all services to Haiti.\n",
        origin="GB",
        source_kind="postal",
    )
    assert c.severity in ("none", "low")
    assert c.change_kind in ("irrelevant", "informational")


def test_dated_steps_of_one_rule_without_a_log_heading_stay_one_notice() -> None:
    # a timeline of one rule's phases is no log: every phase is the news
    c = classify(
        "Electronic customs data for parcels to Switzerland",
        "From 1 March 2026 every parcel to Switzerland must carry electronic customs data.\n"
        "1 March 2026: the data becomes mandatory for commercial senders.\n"
        "1 June 2026: parcels without it are returned to the sender.\n",
        origin="DE",
        source_kind="postal",
    )
    assert c.relevant
    assert c.change_kind == "new_requirement"
    assert c.destinations == ["CH"]


def test_a_menu_item_named_whats_new_is_no_log_heading() -> None:
    c = classify(
        "Parcels to Japan: lithium batteries",
        "Home | What's new | Help\n"
        "From 2 May 2025 loose lithium batteries can no longer be sent to Japan.\n"
        "1 April 2025 - Spring timetable published.\n"
        "3 March 2025 - New stamps for the spring.\n",
        origin="GB",
        source_kind="postal",
    )
    assert c.change_kind == "prohibited_items"
    assert c.destinations == ["JP"]


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        (
            "Eritrea",
            "Die Annahme von Briefen und Paketen nach Eritrea ist bis auf Weiteres ausgesetzt.",
            "suspension",
        ),
        (
            "Streik in Belgien",
            "Bei der Zustellung von Briefen und Paketen nach Belgien kommt es wegen eines "
            "Streiks zu Verzögerungen.",
            "delay",
        ),
        (
            # "weiterhin" beside the stop says it goes on; it exempts no letters
            "Eritrea",
            "Der Versand von Briefen und Paketen nach Eritrea bleibt weiterhin ausgesetzt.",
            "suspension",
        ),
    ],
)
def test_german_letters_in_the_dative_are_documents(title: str, text: str, kind: str) -> None:
    c = classify(title, text, origin="DE", source_kind="postal")
    assert c.change_kind == kind
    assert c.categories == ["all_goods", "documents"]


def test_letters_that_go_on_are_still_exempt_from_a_stop_of_parcels() -> None:
    c = classify(
        "Eritrea",
        "Der Versand von Paketen nach Eritrea ist ausgesetzt. Briefe werden weiterhin angenommen.",
        origin="DE",
        source_kind="postal",
    )
    assert c.change_kind == "suspension"
    assert c.categories == ["all_goods"]
