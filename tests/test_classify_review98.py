"""Session 98, from blind sets 780 on: each case a notice written for one rule, with the
fields that rule decides (its kind and destinations, its categories, or that it is no
change)."""

from __future__ import annotations

import pytest

from tests.classify_check import check_fields

_NOTICES = [
    # a marketplace's shipments in Czech, Slovak, Hungarian, Finnish, Turkish and Swedish are
    # its orders, goods; a post's keep letters too
    pytest.param(
        "CZ",
        "other",
        "Zpoždění zásilek na Slovensko",
        "Kvůli povodním mohou být zásilky na Slovensko doručeny se zpožděním až 3 dny.",
        {"destinations": ["SK"], "change_kind": "delay", "categories": ["all_goods"]},
        id="cs-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "SK",
        "other",
        "Meškanie zásielok do Českej republiky",
        "Pre povodne môžu byť zásielky do Českej republiky doručené s oneskorením.",
        {"destinations": ["CZ"], "change_kind": "delay", "categories": ["all_goods"]},
        id="sk-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "HU",
        "other",
        "Késések a Romániába tartó küldeményeknél",
        "Az árvíz miatt a Romániába tartó küldemények kézbesítése 3 napot késhet.",
        {"destinations": ["RO"], "change_kind": "delay", "categories": ["all_goods"]},
        id="hu-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "FI",
        "other",
        "Lähetysten viivästyminen Ruotsiin",
        "Myrskyn vuoksi lähetykset Ruotsiin voivat viivästyä kolme päivää.",
        {"destinations": ["SE"], "change_kind": "delay", "categories": ["all_goods"]},
        id="fi-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "TR",
        "other",
        "Almanya gönderilerinde gecikme",
        "Grev nedeniyle Almanya'ya giden gönderilerin teslimatı 3 gün gecikebilir.",
        {"destinations": ["DE"], "change_kind": "delay", "categories": ["all_goods"]},
        id="tr-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "SE",
        "other",
        "Försenade försändelser till Norge",
        "På grund av stormen kan försändelser till Norge försenas med upp till tre dagar.",
        {"destinations": ["NO"], "change_kind": "delay", "categories": ["all_goods"]},
        id="sv-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "CZ",
        "postal",
        "Zpoždění zásilek na Slovensko",
        "Kvůli povodním mohou být zásilky na Slovensko doručeny se zpožděním až 3 dny.",
        {"destinations": ["SK"], "categories": ["all_goods", "documents"]},
        id="cs-post-shipments-keep-letters",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str | None, source_kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, source_kind, title, text, want)
