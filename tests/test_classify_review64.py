"""Session 64, from blind set 348 and the weakest earlier sets: changes are read as their kind,
for the places they are about."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (origin, source kind, title, text, kind, destinations)
_READ_AS = [
    # a duty-free threshold ("Zollfreigrenze") lowered is a duty change, whatever form the
    # customs declaration asks for beside it
    ("DE", "postal",
     "Norwegen: Zollfreigrenze für Geschenksendungen auf 500 Kronen gesenkt",
     "Der norwegische Zoll hat die Zollfreigrenze für Geschenksendungen ab dem 1. März "
     "gesenkt. Höhere Werte werden beim Empfänger verzollt. Bitte füllen Sie die "
     "Zollinhaltserklärung vollständig aus.",
     "duty_tax_change",
     ["NO"]),
    # a sea service slower because ships sail round Africa, while it is "still accepting"
    # parcels: a delay, not a stop of the service
    ("NZ", "postal",
     "Surface parcels to Italy and Spain: longer delivery times",
     "Container ships carrying our surface mail have stopped using the Panama route and now "
     "sail a longer way. As a result, surface parcels to Italy and Spain will take up to "
     "three weeks longer to arrive. We're still accepting surface parcels for these "
     "destinations, and air services aren't affected.",
     "delay",
     ["ES", "IT"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text", "kind", "codes"), _READ_AS)
def test_the_change_and_its_places_are_read(origin, kind_of_source, title, text, kind, codes):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert got.relevant
    assert got.change_kind == kind, got.evidence[:4]
    assert sorted(got.destinations) == sorted(codes)
