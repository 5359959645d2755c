"""Session 74, from blind sets 433-438, the read sets' misses and probes."""

from __future__ import annotations

import pytest

from tests.classify_check import check_kind as _check


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "GB",
            "postal",
            "Tracking unavailable for items to Ukraine",
            "Due to the situation in the country, we have suspended acceptance of all parcels "
            "and letters to Ukraine with immediate effect until further notice. Items already "
            "in our network will be returned.",
            "suspension",
            ["UA"],
            id="en-tracking-title-over-a-real-stop",
        ),
    ],
)
def test_places_and_kinds_of_changes(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text"),
    [
        pytest.param(
            "GB",
            "postal",
            "Parcel tracking unavailable on Saturday night",
            "Because of planned work on our systems, tracking on our website and app will be "
            "unavailable from 23:00 to 05:00. You also cannot pay import VAT and customs duty "
            "online during this time. Posting and delivery of parcels, including international "
            "ones, continue as normal.",
            id="en-tracking-down-for-a-night",
        ),
        pytest.param(
            "BR",
            "postal",
            "Rastreamento de objetos indisponível na madrugada de domingo",
            "Devido a uma atualização programada, o rastreamento de objetos nacionais e "
            "internacionais não poderá ser consultado entre 1h e 6h. Nesse período ficam "
            "suspensos também o pagamento de impostos de importação e a emissão de etiquetas. "
            "A postagem e a entrega seguem normalmente.",
            id="pt-tracking-down-for-a-night",
        ),
        pytest.param(
            "PL",
            "postal",
            "Śledzenie przesyłek niedostępne w nocy z soboty na niedzielę",
            "W związku z pracami na naszych serwerach śledzenie przesyłek krajowych i "
            "zagranicznych będzie niedostępne od 22:00 do 4:00. Nadawanie i doręczanie paczek "
            "odbywa się bez zmian.",
            id="pl-tracking-down-for-a-night",
        ),
        pytest.param(
            "DE",
            "postal",
            "Sonderbriefmarke „75 Jahre Luftbrücke“ ab heute erhältlich",
            "1948 sperrte die Sowjetunion alle Land- und Wasserwege nach West-Berlin; Post "
            "konnte nur noch per Flugzeug befördert werden. Die Alliierten flogen Lebensmittel, "
            "Kohle und Medikamente ein. Das Sonderpostwertzeichen zu 95 Cent ist ab sofort in "
            "allen Filialen erhältlich.",
            id="de-a-stamp-recalls-a-blockade",
        ),
    ],
)
def test_look_alikes_change_no_mail(origin: str, source_kind: str, title: str, text: str) -> None:
    _check(title, text, origin, source_kind, "irrelevant")
