"""Causes behind the misses of blind set 226 (Nordic and Baltic languages), session 48.

Each sentence is our own, written as a post, customs or tax office of the region could publish
it: names in the cases these languages give them, status cells of a table, places counted as
domestic or not covered, goods coming into the reader's own country, and words of duties,
requirements and goods."""

from __future__ import annotations

from monitor.classify import classify


def _dest(title: str, text: str, origin: str | None = None, kind: str | None = None) -> list:
    return classify(title, text, origin=origin, source_kind=kind).destinations


# Names in the cases of Estonian, Finnish and Lithuanian, and the Channel Islands in Nordic and
# Baltic languages


def test_finnish_partitive_territories_of_the_us_are_destinations() -> None:
    got = _dest(
        "Häiriötiedote",
        "Posti keskeyttää pakettien vastaanoton 1.9. alkaen. Keskeytys koskee Puerto Ricoa ja "
        "Guamia.",
        "FI",
        "postal",
    )
    assert got == ["GU", "PR"]


def test_estonian_lebanon_in_the_illative_is_a_destination() -> None:
    got = _dest(
        "Saadetised Liibanoni",
        "Omniva peatab alates 3. märtsist pakkide saatmise Liibanoni.",
        "EE",
        "postal",
    )
    assert got == ["LB"]


def test_channel_islands_in_estonian_are_jersey_and_guernsey() -> None:
    got = _dest(
        "Teade",
        "Alates 1. maist peatab Omniva pakkide saatmise Kanalisaartele.",
        "EE",
        "postal",
    )
    assert set(got) == {"JE", "GG"}


# A table row whose status cell says it goes on as before is no destination


def test_finnish_status_cell_normaali_is_unaffected() -> None:
    text = (
        "Posti keskeyttää lähetysten vastaanoton seuraaviin maihin.\n\n"
        "Maa | Tilanne\n"
        "Haiti | Keskeytetty\n"
        "Kuuba | Normaali\n"
        "Jamaika | Normaali\n"
    )
    assert _dest("Häiriötiedote", text, "FI", "postal") == ["HT"]


def test_estonian_status_cell_tavaparane_is_unaffected() -> None:
    text = (
        "Omniva peatab pakkide vastuvõtu.\n\n"
        "Sihtriik | Pakid\n"
        "Iraan | peatatud\n"
        "Türgi | tavapärane\n"
        "Gruusia | tavapärane\n"
    )
    assert _dest("Teade", text, "EE", "postal") == ["IR"]


# Places the notice counts as domestic or outside the stop


def test_norwegian_places_counted_as_domestic_are_no_destination() -> None:
    got = _dest(
        "Nye krav for sendinger til Tyskland",
        "Fra 1. mars må alle pakker til Tyskland ha en HS-kode. Sendinger til Svalbard regnes som "
        "innenlands.",
        "NO",
        "postal",
    )
    assert got == ["DE"]


def test_finnish_places_outside_the_stop_are_no_destination() -> None:
    got = _dest(
        "Lähetykset Brasiliaan keskeytetään",
        "Posti keskeyttää pakettien vastaanoton Brasiliaan 1.4. alkaen. Lähetykset Argentiinaan "
        "ja Chileen eivät kuulu keskeytyksen piiriin.",
        "FI",
        "postal",
    )
    assert got == ["BR"]


# Goods coming into the reader's own country: the places they come from are origins


def test_danish_also_from_names_an_origin() -> None:
    got = _dest(
        "Nyt fortoldningsgebyr for pakker fra udlandet",
        "Fra 1. marts stiger fortoldningsgebyret for pakker fra udlandet til 180 kr. Ændringen "
        "gælder pakker fra alle lande, også fra Tyskland og andre EU-lande.",
        "DK",
        "postal",
    )
    assert got == ["DK"]


def test_goods_delivered_to_you_in_the_own_country() -> None:
    got = _dest(
        "Import VAT rises",
        "The VAT rate on imports rises to 26% on 1 March. It applies to goods from web shops "
        "outside the EU that are delivered to you in Sweden; if the shop is registered in the "
        "EU's IOSS scheme, it charges the VAT at checkout.",
        "SE",
        "postal",
    )
    assert got == ["SE"]


# Words of duties, requirements and goods


def test_icelandic_excise_rise_is_a_duty_change_on_alcohol() -> None:
    got = classify(
        "Breyting á áfengisgjaldi",
        "Áfengisgjald hækkar um 5% frá 1. mars. Hækkunin nær einnig til áfengis sem einstaklingar "
        "flytja inn í póstsendingum.",
        origin="IS",
        source_kind="customs",
    )
    assert got.change_kind == "duty_tax_change"
    assert "alcohol" in got.categories


def test_icelandic_pre_registration_is_a_new_requirement() -> None:
    got = classify(
        "Forskráning sendinga",
        "Frá 1. mars verða allar póstsendingar með vörum að vera forskráðar rafrænt áður en þær "
        "koma til landsins.",
        origin="IS",
        source_kind="customs",
    )
    assert got.change_kind == "new_requirement"


def test_estonian_data_requirements_are_a_new_requirement() -> None:
    got = classify(
        "Kanadasse saadetavatele pakkidele uued andmenõuded",
        "Alates 1. juunist peab iga Kanadasse saadetava paki juures olema kauba kirjeldus.",
        origin="EE",
        source_kind="postal",
    )
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["CA"]


def test_danish_duty_free_gifts_limit_is_a_duty_change_on_gifts() -> None:
    got = classify(
        "Sverige ændrer grænsen for afgiftsfrie gaver",
        "Fra 1. april ændrer Sverige grænsen for afgiftsfrie gaver. Over grænsen skal modtageren "
        "betale moms, før pakken udleveres.",
        origin="DK",
        source_kind="postal",
    )
    assert got.relevant
    assert got.change_kind == "duty_tax_change"
    assert got.categories == ["gifts"]
    assert got.destinations == ["SE"]


def test_lithuanian_food_supplements_and_latvian_tobacco() -> None:
    got = classify(
        "Nauji draudimai",
        "Nuo gegužės 1 d. į Indiją draudžiami maisto papildai.",
        origin="LT",
        source_kind="postal",
    )
    assert "food" in got.categories
    got = classify(
        "Jauni aizliegumi",
        "No 1. maija uz Japānu aizliegts sūtīt tabakas izstrādājumus.",
        origin="LV",
        source_kind="postal",
    )
    assert "tobacco_vapes" in got.categories


# Results releases and seizures are nothing a sender acts on; "all foreign countries" is "*"


def test_finnish_interim_report_is_irrelevant() -> None:
    got = classify(
        "Yhtiön osavuosikatsaus tammi–kesäkuu",
        "Pörssitiedote. Liikevaihto kasvoi 3 % ja oikaistu liikevoitto oli 20 miljoonaa euroa. "
        "Kesäkuussa Israeliin keskeytetyt lähetykset näkyivät kansainvälisen liiketoiminnan "
        "tuloissa.",
        origin="FI",
        source_kind="postal",
    )
    assert not got.relevant


def test_icelandic_seizure_of_narcotics_is_irrelevant() -> None:
    got = classify(
        "Tollverðir stöðvuðu fíkniefni í pósti",
        "Tollgæslan hefur lagt hald á fíkniefni sem fundust í fimm póstsendingum frá Danmörku.",
        origin="IS",
        source_kind="customs",
    )
    assert not got.relevant


def test_latvian_all_foreign_countries_is_everywhere() -> None:
    got = classify(
        "Uz laiku pārtraukta aerosolu pieņemšana",
        "No 1. marta Latvijas Pasts nepieņem sūtījumus ar aerosoliem. Ierobežojums attiecas uz "
        "visām ārvalstīm. Sūtījumus Latvijas teritorijā var sūtīt kā līdz šim.",
        origin="LV",
        source_kind="postal",
    )
    assert got.destinations == ["*"]
