"""Session 69, from blind sets 372 (sanctions and embargoes), 375-380 and probes."""

from __future__ import annotations

import pytest

from tests.classify_check import check_kind as _check

EU27 = sorted(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)


@pytest.mark.parametrize(
    ("origin", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "BY",
            "Задержки",
            "Сроки доставки в Польшу, а также в другие страны Европейского союза могут "
            "увеличиться на 7 дней.",
            "delay",
            EU27,
            id="ru-a-takzhe-v-drugie-strany",
        ),
        pytest.param(
            "UA",
            "Затримки",
            "Поштові відправлення до Польщі, а також до інших країн Європейського Союзу "
            "доставляються із затримкою до 10 днів.",
            "delay",
            EU27,
            id="uk-a-takozh-do-inshykh-krain",
        ),
        pytest.param(
            "GB",
            "Suspension",
            "Parcels to Germany and other EU countries are suspended from 1 March.",
            "suspension",
            EU27,
            id="en-and-other-eu-countries",
        ),
        pytest.param(
            "CZ",
            "Wstrzymanie przesyłek",
            "Przesyłki do Niemiec, a także do innych krajów UE są wstrzymane od 1 marca.",
            "suspension",
            [c for c in EU27 if c != "CZ"],
            id="pl-a-takze-do-innych-krajow",
        ),
    ],
)
def test_a_member_and_the_other_members_go_the_same_way(
    origin: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    """The rest of a union named after a member the change goes to is where it goes too."""
    _check(title, text, origin, "postal", kind, codes)


@pytest.mark.parametrize(
    ("origin", "title", "text", "codes"),
    [
        pytest.param(
            "AE",
            "VAT registration",
            "From 1 March, importers in Saudi Arabia must quote their VAT number. Shipments to "
            "the other GCC countries will continue to be handled as before.",
            ["SA"],
            id="en-the-other-gcc-countries-unchanged",
        ),
        pytest.param(
            "ES",
            "Gibraltar",
            "From 1 March, parcels to Gibraltar must carry a CN23 customs declaration. Customers "
            "sending to other EU countries should continue to follow the usual rules.",
            ["GI"],
            id="en-other-eu-countries-as-usual",
        ),
    ],
)
def test_the_other_members_alone_are_not_the_change(
    origin: str, title: str, text: str, codes: list[str]
) -> None:
    """'The other members' said alone sets them apart from the change (read h69-021)."""
    from monitor.classify import classify

    got = classify(title, text, origin=origin, source_kind="postal")
    assert sorted(got.destinations) == codes, got.evidence[:4]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        pytest.param(
            "О сроках доставки",
            "Сроки доставки почтовых отправлений в Польшу, а также в страны, почта в которые "
            "следует транзитом через Польшу, могут увеличиться на 7–10 дней.",
            id="ru-places-between-with-commas",
        ),
    ],
)
def test_delivery_times_that_may_grow_after_a_list_are_a_delay(title: str, text: str) -> None:
    _check(title, text, "BY", "postal", "delay", ["PL"])


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "NL",
            "postal",
            "Aanpassing internationale zendingen",
            "Vanaf 1 april kunnen pakjes met aanstekers niet meer naar het buitenland verstuurd "
            "worden.",
            "prohibited_items",
            ["*"],
            id="nl-niet-meer-verstuurd-worden",
        ),
        pytest.param(
            "BE",
            "postal",
            "Aerosols niet meer toegelaten in internationale zendingen",
            "Spuitbussen worden vanaf 1 mei niet meer toegelaten in zendingen naar het buitenland.",
            "prohibited_items",
            ["*"],
            id="nl-niet-meer-toegelaten",
        ),
        pytest.param(
            "FI",
            "postal",
            "Muutos ulkomaan lähetyksiin",
            "Posti ei 1.9.2024 alkaen enää kuljeta ulkomaille lähetyksiä, jotka sisältävät "
            "hajuvesiä.",
            "prohibited_items",
            ["*"],
            id="fi-ei-enaa-kuljeta-date-between",
        ),
        pytest.param(
            "TH",
            "customs",
            "ประกาศการนำเข้าเครื่องสำอาง",
            "ตั้งแต่วันที่ 1 มีนาคม 2568 เครื่องสำอางที่ไม่มีเลขจดแจ้งไม่สามารถนำเข้าทางไปรษณีย์ได้",
            "prohibited_items",
            ["TH"],
            id="th-cannot-be-imported-by-post",
        ),
        pytest.param(
            "GR",
            "customs",
            "Νέα υποχρέωση για δέματα",
            "Από την 1η Ιουλίου ο παραλήπτης δέματος από τρίτες χώρες πρέπει να υποβάλει δήλωση "
            "εισαγωγής στο τελωνείο.",
            "new_requirement",
            ["GR"],
            id="el-to-submit-a-declaration",
        ),
        pytest.param(
            "GL",
            "customs",
            "Nye regler for indførsel",
            "Afgiften på chokolade og sukkervarer hæves med 8 procent fra 1. januar 2025, også for "
            "varer der sendes med post.",
            "duty_tax_change",
            ["GL"],
            id="da-afgiften-pa",
        ),
        pytest.param(
            "VU",
            "postal",
            "Notis blong pablik",
            "Vanuatu Post i stat bakegen blong akseptem ol EMS blong go long Niu Silan, stat long "
            "Mande 3 Epril.",
            "resumption",
            ["NZ"],
            id="bislama-stat-bakegen",
        ),
        pytest.param(
            "SE",
            "postal",
            "Nya regler för batterier",
            "Den 1 mars ändras flygreglerna för batterier. Paket till Norge påverkas inte: du kan "
            "fortsätta att skicka telefoner precis som i dag.",
            "informational",
            ["NO"],
            id="sv-fortsatta-att-skicka",
        ),
        pytest.param(
            "CA",
            "postal",
            "Colis entrants : délais prolongés",
            "En raison du volume des fêtes, les colis en provenance de l'étranger arrivent avec "
            "plusieurs jours de retard.",
            "delay",
            ["CA"],
            id="fr-delais-prolonges-heading",
        ),
    ],
)
def test_words_of_a_change_in_more_languages(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        pytest.param(
            "NO",
            "Høstkampanje i Tax Free",
            "Nå får du 2 for 1 på sjokolade i alle Tax Free-butikkene på Gardermoen. Husk "
            "tollkvoten når du kommer hjem.",
            id="no-tax-free-shop-offer",
        ),
        pytest.param(
            "GB",
            "World Duty Free opens a new store at Gatwick",
            "Passengers can now shop perfumes and spirits at the new World Duty Free store in the "
            "North Terminal, open from 5am every day.",
            id="en-world-duty-free-store",
        ),
        pytest.param(
            "PL",
            "Nowy cennik krajowy i dopłata paliwowa",
            "Od 1 lutego obowiązuje nowy cennik usług krajowych. Dopłata paliwowa dla przesyłek "
            "krajowych wynosi 15%. Cennik przesyłek międzynarodowych pozostaje bez zmian.",
            id="pl-domestic-prices-international-unchanged",
        ),
        pytest.param(
            "CY",
            "Νέα τέλη εσωτερικού",
            "Από 1η Μαρτίου το τέλος για επιστολή εσωτερικού αυξάνεται σε €0,80. Τα τέλη για "
            "αποστολές προς το εξωτερικό παραμένουν αμετάβλητα.",
            id="el-domestic-prices-abroad-unchanged",
        ),
    ],
)
def test_shops_and_domestic_prices_are_no_change_of_mail_abroad(
    origin: str, title: str, text: str
) -> None:
    from monitor.classify import classify

    got = classify(title, text, origin=origin, source_kind="postal")
    assert not got.relevant, got.evidence[:4]


@pytest.mark.parametrize(
    ("title", "text", "codes"),
    [
        pytest.param(
            "Duty Free Allowance Changes",
            "From 1 April the Duty Free allowance for goods sent by post to Jersey falls to £135.",
            ["JE"],
            id="en-title-case-allowance",
        ),
        pytest.param(
            "Changes at the border",
            "Duty-free shops at the airport stay open. From 1 May, gifts sent by post to Norway "
            "worth more than NOK 1,000 pay customs duty.",
            ["NO"],
            id="en-a-shop-beside-a-duty-change",
        ),
    ],
)
def test_a_duty_change_beside_a_shop_name_is_still_a_duty_change(
    title: str, text: str, codes: list[str]
) -> None:
    _check(title, text, "GB", "postal", "duty_tax_change", codes)


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        pytest.param(
            "LT",
            "Velykų siuntos",
            "Į Europos Sąjungos šalis siuntinius rekomenduojame siųsti iki kovo 20 d. Siunčiant "
            "prekes į šalis už ES ribų būtina pateikti muitinės deklaraciją CN23. Tai nėra naujas "
            "reikalavimas.",
            id="lt-posting-dates-and-not-a-new-requirement",
        ),
    ],
)
def test_posting_dates_with_a_rule_restated_are_no_new_requirement(
    origin: str, title: str, text: str
) -> None:
    from monitor.classify import classify

    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.change_kind in ("informational", "irrelevant"), got.evidence[:4]


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        pytest.param(
            None,
            "Arrêt de la Cour dans l'affaire C-12/25 : l'interdiction d'importer s'applique aussi "
            "aux colis",
            "Par son arrêt de ce jour, rendu sur renvoi préjudiciel, la Cour juge que "
            "l'interdiction d'exporter des montres de luxe vers la Russie vaut aussi pour les "
            "colis envoyés par des particuliers.",
            id="fr-preliminary-ruling",
        ),
        pytest.param(
            "US",
            "Seminar: shipping controlled goods to Russia and Belarus",
            "Registration is now open for our two-day seminar on licensing requirements for Russia "
            "and Belarus. Fee: $400 per participant; continuing education credits available.",
            id="en-training-seminar",
        ),
    ],
)
def test_judgments_and_seminars_change_no_mail(origin: str | None, title: str, text: str) -> None:
    from monitor.classify import classify

    got = classify(title, text, origin=origin, source_kind="other")
    assert not got.relevant, got.evidence[:4]


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        pytest.param(
            "IT",
            "Bagaglio a mano: cosa è vietato a bordo",
            "Ricorda le regole del bagaglio a mano in partenza da Linate: liquidi fino a 100 ml. "
            "Oggetti vietati: coltelli, forbici e fuochi d'artificio. Power bank solo nel "
            "bagaglio a mano, mai nel bagaglio da stiva.",
            id="passengers-page-no-mail",
        ),
        pytest.param(
            "NL",
            "Waarschuwing: oplader kan oververhit raken",
            "De fabrikant waarschuwt consumenten om de oplader niet meer te gebruiken. Stop direct "
            "met het gebruik en stuur het product niet in een gewone envelop terug.",
            id="nl-product-warning",
        ),
        pytest.param(
            "FI",
            "Akku voi syttyä palamaan",
            "Tukes varoittaa kuluttajia: maahantuoja kutsuu takaisin laturit ja vetää ne pois "
            "myynnistä. Vaurioitunutta akkua ei saa lähettää postitse.",
            id="fi-product-recall",
        ),
    ],
)
def test_passenger_rules_and_recalls_change_no_mail(origin: str, title: str, text: str) -> None:
    from monitor.classify import classify

    got = classify(title, text, origin=origin, source_kind="other")
    assert not got.relevant, got.evidence[:4]


@pytest.mark.parametrize(
    ("origin", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "PL",
            "Nowe wymagania dla przesyłek do Wielkiej Brytanii",
            "Od 1 marca przesyłki z towarem do Wielkiej Brytanii muszą mieć elektroniczną fakturę "
            "z kodem HS. Brak kompletnych danych spowoduje wstrzymanie odprawy celnej.",
            "new_requirement",
            ["GB"],
            id="pl-lack-of-data-causes-a-hold",
        ),
        pytest.param(
            "GB",
            "New data for parcels to Norway",
            "From 1 March parcels to Norway must carry the seller's VOEC number. Failure to "
            "provide it will result in the suspension of customs clearance.",
            "new_requirement",
            ["NO"],
            id="en-failure-to-provide",
        ),
        pytest.param(
            "FI",
            "Lähetykset Kiinaan",
            "Kiinan posti on ilmoittanut, että aiemmin ilmoitetut rajoitukset on purettu. "
            "Lähetykset Kiinaan kulkevat jälleen.",
            "resumption",
            ["CN"],
            id="fi-restrictions-have-been-lifted",
        ),
        pytest.param(
            "UA",
            "Припинення обміну",
            "Укрпошта з 1 березня припиняє приймання та обмін поштовими відправленнями з рф.",
            "suspension",
            ["RU"],
            id="uk-exchange-with-lower-case-letters",
        ),
    ],
)
def test_conditions_lifts_and_exchanges(
    origin: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, "postal", kind, codes)


def test_a_stop_said_as_already_in_force_is_no_news() -> None:
    """'Come già avviene, non sono accettate ...': a standing refusal beside an all-clear."""
    got = _check(
        "Nuove regole IATA: nessuna variazione per i clienti",
        "Per i clienti non cambia nulla: i dispositivi con batterie installate continuano a "
        "essere accettati verso tutte le destinazioni estere. Come già avviene, non sono "
        "accettate batterie sfuse.",
        "IT",
        "postal",
        "informational",
    )
    assert got.severity == "low"
