"""Session 86, from blind sets 505-510: each case a notice written for one rule, its kind and
destinations checked (irrelevant ones: no destination)."""

from __future__ import annotations

import pytest

from tests.classify_check import EU27
from tests.classify_check import check_kind as _check

# Kinds of change and destinations the new words and rules decide
_KINDS = [
    pytest.param(
        "PE",
        "postal",
        "Nuevos requisitos para envíos hacia la Unión Europea",
        "Desde el 1 de abril todos los envíos con mercancía hacia la Unión Europea deberán "
        "contar con datos electrónicos anticipados.\n\nPREGUNTAS FRECUENTES\n\n¿Qué pasa si "
        "envío un paquete a Francia o Italia?\nEl requisito aplica a todos los servicios.",
        "new_requirement",
        EU27,
        id="es-members-asked-about-in-the-faq",
    ),
    pytest.param(
        "GT",
        "postal",
        "Suspensión de envíos hacia Europa",
        "A partir del lunes se suspende la admisión de paquetes con destino a España e Italia. "
        "Los envíos hacia México y Canadá continúan admitiéndose en todas las oficinas.",
        "suspension",
        ["ES", "IT"],
        id="es-still-admitted",
    ),
    pytest.param(
        "PA",
        "postal",
        "Panama: new tax on your purchases from 1 March",
        "From 1 March, parcels with your online purchases will pay a 7% value added tax when "
        "they arrive in Panama.\n\nCustomers in "
        "Colombia and Ecuador are not affected by this change.",
        "duty_tax_change",
        ["PA"],
        id="en-taxed-when-they-arrive-in",
    ),
    pytest.param(
        "HN",
        "postal",
        "Correos de Honduras informa que sus servicios funcionan con normalidad",
        "Ante publicaciones falsas que señalan la suspensión de la entrega de paquetes, "
        "aclaramos que no se ha suspendido ningún servicio.",
        "informational",
        ["*"],
        id="es-false-posts-of-a-stop",
    ),
    pytest.param(
        "FR",
        "postal",
        "Briquets : fin de l'acceptation à l'international au 1er mars",
        "À compter du 1er mars, les briquets ne seront plus acceptés dans les colis à "
        "destination de l'international. De nombreux pays en interdisent l'importation.\n\n"
        "Les envois à destination de la France métropolitaine restent possibles.",
        "prohibited_items",
        ["*"],
        id="fr-acceptance-abroad-ends",
    ),
    pytest.param(
        "BR",
        "postal",
        "Drones: regras para remessas internacionais não mudam",
        "Para quem compra no exterior, nada muda: encomendas com drones continuam sendo "
        "retidas pela fiscalização.",
        "informational",
        ["BR"],
        id="pt-rules-do-not-change",
    ),
    pytest.param(
        "LU",
        "postal",
        "Envois internationaux : pays suspendus",
        "Puis-je encore envoyer un colis vers tous les pays ?\nNon. Nous n'acceptons "
        "temporairement aucun envoi vers les pays suivants :\n\nPays | Depuis le\nMali | "
        "02/01/2024\nNiger | 15/01/2024\n\nPour tous les autres pays, le service est assuré "
        "normalement.",
        "suspension",
        ["ML", "NE"],
        id="fr-all-countries-asked",
    ),
    pytest.param(
        "NO",
        "postal",
        "Pakker til Japan",
        "Fra mandag 3. mars tar Posten igjen imot pakker med varer til Japan.",
        "resumption",
        ["JP"],
        id="no-accepted-again",
    ),
    pytest.param(
        "IE",
        "customs",
        "New entry data for postal consignments from 1 June",
        "From 1 June, postal operators moving goods by air into the EU must lodge a complete "
        "entry summary declaration.\n\nWho does this affect? Foreign postal operators sending "
        "items to Ireland or any other EU Member State.",
        "new_requirement",
        EU27,
        id="en-own-country-or-any-other-member",
    ),
    pytest.param(
        "DE",
        "customs",
        "Sanktionen: Was gilt für private Pakete?",
        "Verboten ist die Ausfuhr von Luxusgütern nach Russland, auch in Geschenksendungen an "
        "Verwandte in Russland.",
        "prohibited_items",
        ["RU"],
        id="de-customs-on-exports",
    ),
    pytest.param(
        "NO",
        "customs",
        "Bring gjenopptar sending av varer til Canada",
        "Fra 13. oktober kan bedriftskunder igjen sende varer til Canada med Bring. Tolletaten "
        "minner om at utførsel fra Norge skal deklareres.",
        "resumption",
        ["CA"],
        id="no-customs-on-exports",
    ),
    pytest.param(
        "PL",
        "postal",
        "Укрпошта припинила обмін відправленнями з Молдовою",
        "З 1 березня Укрпошта припинило приймання будь-яких поштових відправлень до Молдови.",
        "suspension",
        ["MD"],
        id="uk-stopped",
    ),
    pytest.param(
        "CH",
        "postal",
        "Anpassung der Verzollungsgebühren per 1. März",
        "Bei Sendungen aus dem Ausland verrechnet die Post eine Verzollungsgebühr. Ab 1. März "
        "beträgt sie CHF 15.00. Die neuen Gebühren gelten auch für Sendungen an Empfänger im "
        "Fürstentum Liechtenstein.",
        "duty_tax_change",
        ["CH", "LI"],
        id="de-own-customs-territory-partner",
    ),
    pytest.param(
        "CH",
        "postal",
        "Austria: delays due to strikes",
        "Because of a strike at the Austrian post, parcels to Austria may be delayed by several "
        "days.\n\nItems to Slovenia and Hungary, some of which are routed via Vienna, are not "
        "affected.",
        "delay",
        ["AT"],
        id="en-not-affected-after-a-relative-clause",
    ),
    pytest.param(
        "GB",
        "postal",
        "New rules for parcels to Norway",
        "From 15 March all parcels must have electronic data.",
        "new_requirement",
        ["NO"],
        id="en-must-have-electronic-data",
    ),
]

# The review's guards (each right on 83848c8, wrong on the first version of this change)
_REVIEW = [
    pytest.param(
        "CZ",
        "postal",
        "Delays to Hungary",
        "Parcels to Hungary arrive in Austria first and are then forwarded; deliveries to "
        "Hungary are delayed by two days.",
        "delay",
        ["HU"],
        id="en-arrive-first-in-a-transit-country",
    ),
    pytest.param(
        "GB",
        "postal",
        "Delays to Denmark",
        "Items to Denmark now arrive in Sweden for sorting; deliveries to Denmark take two extra "
        "days.",
        "delay",
        ["DK"],
        id="en-arrive-for-sorting",
    ),
    pytest.param(
        "FR",
        "postal",
        "Colis reçus à l'international : nouveaux frais de dédouanement",
        "À partir du 1er juillet, des frais de 3 € s'appliquent à chaque colis venant de pays "
        "hors de l'UE et livré en France.",
        "duty_tax_change",
        ["FR"],
        id="fr-parcels-received-from-abroad",
    ),
    pytest.param(
        "GB",
        "postal",
        "Batteries in parcels to Canada",
        "From 1 March, lithium batteries are no longer accepted in parcels to Canada. The "
        "passenger rules on the seat pocket and overhead bins do not apply to mail.",
        "prohibited_items",
        ["CA"],
        id="en-passenger-words-beside-mail",
    ),
]

_IRRELEVANT = [
    pytest.param(
        None,
        "other",
        "Emirates to ban use of power banks on board from 1 March",
        "From 1 March, customers may no longer use power banks on board any flight. Power banks "
        "remain prohibited in checked baggage and may be carried only in cabin baggage. They "
        "must be kept in the seat pocket, not in the overhead bins. Please charge your devices "
        "before travelling.",
        id="en-a-passengers-rule",
    ),
    pytest.param(
        "CZ",
        "customs",
        "Celníci zajistili v poštovních zásilkách 5 tisíc e-cigaret",
        "Celníci zajistili během února při kontrolách zásilek 5 120 elektronických cigaret. "
        "Výrobky neměly povinné české značení.",
        id="cs-customs-seized",
    ),
    pytest.param(
        "CA",
        "postal",
        "Resolved – Delays generating shipping labels in the online tool",
        "Resolved\nThis incident has been resolved. All shipping tools are operating normally.\n"
        "Identified\nWe've identified the cause of delays when generating labels for U.S.-bound "
        "items.",
        id="en-a-software-incident",
    ),
]


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"), _KINDS + _REVIEW
)
def test_kind_and_destinations(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(("origin", "source_kind", "title", "text"), _IRRELEVANT)
def test_irrelevant(origin: str | None, source_kind: str, title: str, text: str) -> None:
    _check(title, text, origin, source_kind, "irrelevant", [])
