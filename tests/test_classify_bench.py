"""bench/classify_eval.py scores any labelled file of the shared eval schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_benchmark_prints_the_figures_and_the_misses(tmp_path):
    rows = [
        {
            "id": "s1",
            "operator": "Example Post",
            "title": "Suspension",
            "text": "Mail to Nauru is suspended until further notice.",
            "relevant": True,
            "destinations": ["NR"],
            "categories": ["all_goods", "documents"],
            "change_kind": "suspension",
        },
        {
            "id": "n1",
            "operator": "Example Post",
            "title": "Stamps",
            "text": "New stamps go on sale in May.",
            "relevant": False,
            "destinations": [],
            "categories": ["none"],
            "change_kind": "irrelevant",
        },
        {
            "id": "w1",
            "operator": "Example Post",
            "title": "Delay",
            "text": "Parcels to Tonga are delayed.",
            "relevant": True,
            "destinations": ["WS"],
            "categories": ["all_goods", "documents"],
            "change_kind": "delay",
        },
    ]
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "classify_eval.py"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    out = proc.stdout
    assert "balanced accuracy 1.000" in out
    assert "irrelevant notices that would alert: 0 of 1" in out
    # w1 is labelled with the wrong country on purpose: 1 right pair, 1 extra, 1 missing
    assert "destinations   precision 0.500  recall 0.500  F1 0.500" in out
    assert "kind accuracy  1.000" in out
    assert "notices per CPU second" in out
    assert "w1: destinations missing ['WS'] extra ['TO']" in out


def _source_kinds():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "source_kinds", ROOT / "bench" / "source_kinds.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("operator", "kind"),
    [
        ("Agenzia delle Dogane e dei Monopoli", "customs"),
        ("Receita Federal do Brasil", "customs"),
        ("Generalzolldirektion", "customs"),
        ("Krajowa Administracja Skarbowa", "customs"),
        ("T.C. Ticaret Bakanlığı – Gümrükler Genel Müdürlüğü", "customs"),
        ("관세청", "customs"),
        ("HMRC", "customs"),
        ("Irish Revenue", "customs"),
        ("AADE (Independent Authority for Public Revenue)", "customs"),
        ("NAV (Nemzeti Adó- és Vámhivatal)", "customs"),
        ("South African Revenue Service (SARS)", "customs"),
        ("Canada Revenue Agency", "other"),
        ("Vamos Express", "other"),
        ("Poste Italiane", "postal"),
        ("Česká pošta", "postal"),
        ("Белпочта", "postal"),
        ("Poșta Română", "postal"),
        ("PHLPost", "postal"),
        ("Colissimo", "postal"),
        ("Agence des services frontaliers du Canada", "customs"),
        ("Cục Hải quan", "customs"),
        ("گمرک جمهوری اسلامی ایران", "customs"),
        ("Мемлекеттік кірістер комитеті", "customs"),
        ("Комитет государственных доходов МФ РК", "customs"),
        ("Carinska uprava", "customs"),
        ("Caring Post Co", "postal"),
        ("DHL Express", "carrier"),
        ("UPS Polska", "carrier"),
        ("Yurtiçi Kargo", "carrier"),
        ("Reuters", "other"),
        ("Amazon Seller Central UK", "other"),
    ],
)
def test_the_benchmark_reads_the_kind_of_source_from_the_publisher(operator, kind):
    assert _source_kinds().source_kind_of({"operator": operator}) == kind


@pytest.mark.parametrize(
    ("row", "origin"),
    [
        ({"url": "https://www.trade.gov.tr/duyurular/123"}, "TR"),
        ({"url": "https://www.gov.uk/government/news/x"}, "GB"),
        ({"url": "https://auspost.com.au/about-us/news"}, "AU"),
        ({"url": "https://www.cbp.gov/newsroom"}, "US"),
        ({"url": "https://about.usps.com/newsroom/service-alerts/"}, "US"),
        ({"url": "https://www.royalmail.com/international-incidents"}, "GB"),
        ({"url": "https://www.dhl.com/de-de/home.html"}, "DE"),
        ({"url": "https://www.dhl.com/global-en/home.html"}, None),  # the whole network
        ({"url": "https://www.fedex.com/de-de/service-alerts.html"}, "DE"),
        ({"url": "https://taxation-customs.ec.europa.eu/news"}, "BE"),
        ({"url": "https://www.4-72.com.co/noticias"}, "CO"),
        ({"url": "https://www.example.com/news"}, None),
        ({"url": "https://www.posten.no/nyheter", "origin": "se"}, "SE"),
        ({}, None),
    ],
)
def test_the_benchmark_reads_the_origin_from_the_publisher_site(row, origin):
    assert _source_kinds().origin_of(row) == origin


def test_the_benchmark_passes_the_origin_a_source_would_have(tmp_path):
    # a customs notice scored as its source would be: its own country is the destination
    row = {
        "id": "c1",
        "operator": "Example Customs",
        "url": "https://customs.example.ch/news/1",
        "title": "New duty",
        "text": "From 1 January, VAT is charged on every parcel from abroad, whatever its value.",
        "relevant": True,
        "destinations": ["CH"],
        "categories": ["all_goods"],
        "change_kind": "duty_tax_change",
    }
    path = tmp_path / "customs.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")

    def destinations_line(*flags: str) -> str:
        out = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "classify_eval.py"), str(path), *flags],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
        return next(line for line in out.splitlines() if line.startswith("  destinations"))

    assert "F1 1.000" in destinations_line()
    assert "F1 1.000" not in destinations_line("--no-origin")
