"""Session 52: pages about one office (a branch closed for repairs) are no change for senders
abroad, in any language, unless they tell a change of mail sent to a place."""

from __future__ import annotations

import pytest

from monitor.classify import classify

_ONE_OFFICE = [
    (
        "CZ",
        "Pobočka Ostrava 5 dočasně uzavřena",
        "Z technických důvodů bude provoz pobočky Ostrava 5 pozastaven od 3. do 14. března. "
        "Zásilky k vyzvednutí, také balíky ze zahraničí, najdete na pobočce Ostrava 1. "
        "Podávat zásilky do zahraničí můžete na všech ostatních pobočkách.",
    ),
    (
        "LV",
        "Pasta nodaļas Liepāja LV-3401 darbība apturēta",
        "Sakarā ar remontu no 2. līdz 20. jūnijam tiks apturēta pasta nodaļas Liepāja LV-3401 "
        "darbība. Sūtījumus, arī uz ārzemēm, var nodot pasta nodaļā Liepāja LV-3402.",
    ),
    (
        "HR",
        "Poštanski ured 10410 Velika Gorica privremeno zatvoren",
        "Zbog radova poštanski ured 10410 Velika Gorica privremeno je zatvoren. Pošiljke, "
        "uključujući pakete iz inozemstva, preuzimaju se u poštanskom uredu 10411.",
    ),
    (
        "DE",
        "Filiale Bremen Neustadt: Schalterbetrieb vorübergehend eingestellt",
        "Wegen eines Stromausfalls ist der Schalterbetrieb in der Filiale Bremen Neustadt bis "
        "Freitag eingestellt. Pakete, auch ins Ausland, können Sie in der Filiale Bremen "
        "Hauptbahnhof aufgeben.",
    ),
    (
        "US",
        "Lakeview Post Office temporarily closed",
        "The Lakeview Post Office is closed until further notice after storm damage. Retail "
        "services, including international mail, are available at the Ridgeway Post Office.",
    ),
]


@pytest.mark.parametrize(("origin", "title", "text"), _ONE_OFFICE)
def test_one_office_closed_is_irrelevant(origin: str, title: str, text: str) -> None:
    r = classify(title, text, origin=origin, source_kind="postal")
    assert (r.relevant, r.change_kind, r.destinations) == (False, "irrelevant", [])


def test_one_office_with_a_stop_of_mail_to_a_place_is_a_suspension() -> None:
    text = (
        "Wegen eines Stromausfalls ist die Filiale Bremen Neustadt bis Freitag geschlossen. "
        "Außerdem nehmen wir ab sofort keine Pakete nach Israel mehr an."
    )
    r = classify("Filiale Bremen Neustadt geschlossen", text, origin="DE", source_kind="postal")
    assert (r.relevant, r.change_kind, r.destinations) == (True, "suspension", ["IL"])


def test_the_post_office_network_closed_for_a_strike_is_not_one_office() -> None:
    text = (
        "Post Office branches across Scotland close on Monday for a strike. Mail to Ireland is "
        "suspended until Wednesday."
    )
    r = classify("Post Office closures", text, origin="GB", source_kind="postal")
    assert (r.relevant, r.change_kind, r.destinations) == (True, "suspension", ["IE"])


def test_a_title_of_an_office_and_its_mail_is_about_the_mail() -> None:
    text = "From today the office no longer accepts parcels to Russia."
    r = classify(
        "Pobočka Praha 1: balíky do Ruska nepřijímáme", text, origin="CZ", source_kind="postal"
    )
    assert (r.relevant, r.destinations) == (True, ["RU"])


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Elektronisk tolldeklarasjon kreves for alle pakker til utlandet",
            "Fra 1. april må alle pakker med varer som sendes til utlandet ha en elektronisk "
            "tolldeklarasjon. Dette gjelder også pakker til Sverige, Finland og Danmark.",
        ),
        (
            "Electronic customs data required for all parcels abroad",
            "From 1 April every parcel with goods sent abroad needs electronic customs data. "
            "This also applies to parcels to Sweden, Finland and Denmark.",
        ),
    ],
)
def test_places_the_rule_also_applies_to_are_within_abroad(title: str, text: str) -> None:
    r = classify(title, text, origin="NO", source_kind="postal")
    assert (r.change_kind, r.destinations) == ("new_requirement", ["*"])


def test_a_stop_of_one_place_beside_abroad_is_that_place() -> None:
    text = (
        "From 1 April every parcel with goods sent abroad needs electronic customs data. "
        "Parcels to Sweden are suspended until further notice."
    )
    r = classify("Electronic customs data required for all parcels abroad", text, origin="NO")
    assert r.destinations == ["SE"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Vi sender igen pakker til Island",
            "Pakkestoppet er ophævet, og du kan igen sende pakker til Island. Breve til "
            "Færøerne har ikke været berørt.\nLæs mere om at sende til Island og Færøerne på "
            "postnord.dk.",
        ),
        (
            "Parcels to Iceland accepted again",
            "The parcel stop is lifted and you can send parcels to Iceland again. Letters to the "
            "Faroe Islands were not affected.\nRead more about sending to Iceland and the Faroe "
            "Islands on ourpost.com.",
        ),
    ],
)
def test_a_place_named_only_in_a_read_more_line_is_no_destination(title: str, text: str) -> None:
    r = classify(title, text, origin="DK", source_kind="postal")
    assert (r.change_kind, r.destinations) == ("resumption", ["IS"])


@pytest.mark.parametrize(
    "text",
    [
        "A partir de l'1 de març, tots els enviaments de mercaderies que entrin al país per via "
        "postal han de portar una declaració electrònica. Els enviaments procedents d'Itàlia i "
        "de Portugal no en queden exempts.",
        "A partir del 1 de marzo, todos los envíos de mercancías que entren en el país por vía "
        "postal deberán llevar una declaración electrónica. Los envíos procedentes de Italia y "
        "de Portugal no quedan exentos.",
    ],
)
def test_goods_entering_the_country_go_to_the_sources_own(text: str) -> None:
    r = classify("Declaració electrònica obligatòria", text, origin="AD", source_kind="other")
    assert (r.change_kind, r.destinations) == ("new_requirement", ["AD"])


def test_the_russian_federation_in_serbian_cyrillic() -> None:
    text = "Од 1. марта пакети за Руску Федерацију примају се само до 5 кг."
    r = classify("Пакети за Руску Федерацију", text, origin="RS", source_kind="postal")
    assert r.destinations == ["RU"]


def test_a_croatian_stop_that_had_been_is_history_beside_its_resumption() -> None:
    text = (
        "Od 2. ožujka ponovno je uspostavljen prijam paketa za Kubu, koji je bio obustavljen "
        "zbog otkazanih letova. Zbog ograničenih kapaciteta moguća su kašnjenja."
    )
    r = classify("Prijam paketa za Kubu", text, origin="HR", source_kind="postal")
    assert (r.change_kind, r.destinations) == ("resumption", ["CU"])


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Expedierile către Ucraina se desfășoară normal",
            "În contextul știrilor despre restricțiile de trafic la frontieră, compania "
            "precizează că expedierea coletelor către Ucraina se desfășoară în condiții "
            "normale. Termenele de livrare rămân neschimbate.",
        ),
    ],
)
def test_a_restriction_of_road_traffic_beside_an_all_clear_title_is_its_event(
    title: str, text: str
) -> None:
    r = classify(title, text, origin="RO", source_kind="postal")
    assert (r.change_kind, r.destinations) == ("informational", ["UA"])
