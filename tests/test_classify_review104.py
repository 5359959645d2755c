"""Session 104: each case a notice written for one rule, with the fields that rule decides."""

from __future__ import annotations

import pytest

from tests.classify_check import EU27, check_fields

_NOTICES = [
    # online trade named among the services a stop or an all-clear covers is no scope
    pytest.param(
        "AE",
        "carrier",
        "Suspension of shipments to Lebanon",
        "Due to the situation we will suspend the acceptance of International Express and "
        "International E-commerce Express shipments destined to Lebanon, effective 4 October "
        "2024, until further notice.",
        {"categories": ["all_goods", "documents"], "change_kind": "suspension"},
        id="en-suspension-names-e-commerce-among-services",
    ),
    pytest.param(
        "FR",
        "postal",
        "Suspension des envois vers le Soudan",
        "En raison de la situation, nous suspendons dès le 2 mai l'acceptation des colis, des "
        "lettres et des envois du commerce électronique à destination du Soudan.",
        {"categories": ["all_goods", "documents"], "change_kind": "suspension"},
        id="fr-suspension-names-e-commerce-among-mail",
    ),
    # ... but a title that names the sales as what stops keeps them
    pytest.param(
        "GB",
        "carrier",
        "E-commerce parcels to Canada suspended",
        "From 4 June we suspend the acceptance of e-commerce parcels to Canada. Documents can "
        "still be sent by express.",
        {"categories": ["commercial_goods"], "change_kind": "suspension"},
        id="en-title-e-commerce-parcels-suspended",
    ),
    # sales named in one line of a list of data a requirement asks of every item: an example
    pytest.param(
        "IE",
        "postal",
        "New customs data for items to the United States",
        "From 1 October, every item containing goods sent to the United States needs "
        "electronic customs data:\n"
        "- a precise description of each article\n"
        "- the quantity, weight and value of each article\n"
        "- for commercial items, the 6-digit HS code\n"
        "Items without this data will not be accepted.",
        {"categories": ["all_goods"], "change_kind": "new_requirement"},
        id="en-hs-code-line-for-commercial-items",
    ),
    pytest.param(
        "DE",
        "postal",
        "Neue Zolldaten für Sendungen nach Norwegen",
        "Ab dem 1. April brauchen alle Warensendungen nach Norwegen elektronische Zolldaten:\n"
        "• genaue Beschreibung und Wert jedes Artikels\n"
        "• Name und Telefonnummer des Empfängers\n"
        "• Geschäftskunden: die 6-stellige HS-Tarifnummer\n"
        "Sendungen ohne diese Daten werden nicht angenommen.",
        {"categories": ["all_goods"], "change_kind": "new_requirement"},
        id="de-bullet-for-business-customers",
    ),
    pytest.param(
        "NL",
        "postal",
        "Douanegegevens voor pakketten naar het VK",
        "Vanaf 1 juli moeten alle pakketten met goederen naar het Verenigd Koninkrijk "
        "elektronische douanegegevens bevatten.\n"
        "Gegeven | Verplicht\n"
        "Omschrijving van de inhoud | voor alle zendingen\n"
        "HS-code | voor zakelijke zendingen\n",
        {"categories": ["all_goods"], "change_kind": "new_requirement"},
        id="nl-table-row-for-business-shipments",
    ),
    # ... and the gifts "included" beside such sales go with them
    pytest.param(
        "MT",
        "postal",
        "Sending goods to Great Britain",
        "From 1 January 2021 a customs declaration is needed for items to Great Britain.\n"
        "What you need to do:\n"
        "- Complete a CN22 or CN23 for every item containing goods, including gifts.\n"
        "- Give a full description, the quantity and the value of each item.\n"
        "- Business customers should also include the HS tariff code.",
        {"categories": ["all_goods"], "change_kind": "new_requirement"},
        id="en-gifts-included-beside-a-business-customer-line",
    ),
    # ... while a requirement said of the sales in a sentence of its own is about them
    pytest.param(
        "GB",
        "postal",
        "HS codes for business customers",
        "From 1 September, business customers sending parcels containing goods to Switzerland "
        "must include the 6-digit HS code of every item in their electronic customs data.",
        {"categories": ["commercial_goods"], "change_kind": "new_requirement"},
        id="en-sentence-for-business-customers",
    ),
    # the lithium battery a vape runs on is what the vape is, under a title about vapes
    pytest.param(
        "AU",
        "customs",
        "Import ban on disposable vapes",
        "From 1 January 2024 the importation of disposable vapes is banned. These single-use "
        "devices contain a lithium battery and cannot be recharged. Parcels found to contain "
        "them will be seized at the border.",
        {"categories": ["tobacco_vapes"], "change_kind": "prohibited_items"},
        id="en-vapes-hold-lithium-batteries",
    ),
    pytest.param(
        "DE",
        "postal",
        "Versandverbot für E-Zigaretten nach Australien",
        "Ab dem 1. März dürfen E-Zigaretten nicht mehr nach Australien verschickt werden. Die "
        "Geräte enthalten Lithiumbatterien, die als Gefahrgut gelten.",
        {"categories": ["tobacco_vapes"]},
        id="de-e-cigarettes-with-lithium-batteries-as-dangerous-goods",
    ),
    # ... but batteries named in the title are goods of their own
    pytest.param(
        "GB",
        "postal",
        "Vapes and lithium batteries to Australia",
        "From 1 March we can no longer accept vapes or loose lithium batteries in parcels to "
        "Australia.",
        {"categories": ["lithium_batteries", "tobacco_vapes"]},
        id="en-title-names-vapes-and-batteries",
    ),
    # the countries a duty relief is for are where the goods come from, not where they go
    pytest.param(
        "DE",
        "postal",
        "USA: Ende der De-minimis-Regelung für alle Länder",
        "Ab dem 29. August 2025 entfällt die De-minimis-Regelung für alle Länder. Alle "
        "Warensendungen in die USA werden dann verzollt.",
        {"destinations": ["US"], "change_kind": "duty_tax_change"},
        id="de-de-minimis-for-all-countries",
    ),
    pytest.param(
        "GB",
        "carrier",
        "United States: end of de minimis duty exemption for all countries",
        "From 29 August 2025 the United States ends the duty-free de minimis treatment for all "
        "countries. Every parcel with goods to the US will pay duty on arrival.",
        {"destinations": ["US"], "change_kind": "duty_tax_change"},
        id="en-de-minimis-treatment-for-all-countries",
    ),
    pytest.param(
        "NL",
        "postal",
        "Verenigde Staten: einde van de de-minimisvrijstelling voor alle landen",
        "Vanaf 29 augustus 2025 vervalt de de-minimisvrijstelling voor alle landen. Voor elk "
        "pakket naar de Verenigde Staten worden invoerrechten geheven.",
        {"destinations": ["US"], "change_kind": "duty_tax_change"},
        id="nl-de-minimis-for-all-countries",
    ),
    # a post's own fee for clearing parcels is paid where it delivers, not in every member of
    # the bloc whose duties it collects, nor where parcels come from
    pytest.param(
        "BE",
        "postal",
        "Colis hors UE : nouveaux frais de dédouanement au 1er mars 2026",
        "Vous attendez un colis commandé en Chine ou aux États-Unis ? Tout envoi en provenance "
        "d'un pays hors de l'Union européenne doit être déclaré à la douane.\n\n"
        "À partir du 1er mars 2026, les frais de dossier que nous facturons pour le "
        "dédouanement de ces envois passent de 7,50 EUR à 8,50 EUR.\n\n"
        "Qui n'est pas concerné ?\n- Les envois entre pays de l'Union européenne.",
        {"destinations": ["BE"], "change_kind": "duty_tax_change"},
        id="fr-post-clearance-fee-is-its-own-country",
    ),
    pytest.param(
        "IE",
        "postal",
        "New handling fee on parcels from outside the EU",
        "From 1 March 2026 we charge a handling fee of €4 on every parcel from outside the "
        "European Union, for example from China or the United States. Parcels sent between EU "
        "member states carry no fee.",
        {"destinations": ["IE"], "change_kind": "duty_tax_change"},
        id="en-post-handling-fee-is-its-own-country",
    ),
    pytest.param(
        "HU",
        "postal",
        "Változik a vámkezelési díj",
        "2026. március 1-jétől 4500 forint vámkezelési díjat számítunk fel az Európai Unión "
        "kívülről, például Kínából érkező küldemények után.",
        {"destinations": ["HU"], "change_kind": "duty_tax_change"},
        id="hu-post-clearance-fee-at-no-place-named",
    ),
    # ... but a fee on what is sent abroad is charged on everything sent abroad
    pytest.param(
        "DE",
        "postal",
        "Neue Bearbeitungsgebühr für internationale Pakete",
        "Ab dem 1. März 2026 erheben wir auf jedes Paket ins Ausland eine Bearbeitungsgebühr von "
        "1,50 Euro. Die Gebühr zahlt der Absender bei der Einlieferung.",
        {"destinations": ["*"], "change_kind": "duty_tax_change"},
        id="de-post-fee-on-parcels-sent-abroad",
    ),
    pytest.param(
        "BE",
        "carrier",
        "New clearance fee for imports into the EU",
        "From 1 February we charge a clearance fee of EUR 5 on every shipment from outside the "
        "EU delivered to a receiver in any EU member state. The fee is billed to the importer.",
        {"destinations": EU27, "change_kind": "duty_tax_change"},
        id="en-carrier-clearance-fee-across-the-eu",
    ),
    # ... while the bloc's duty told by a member's post is paid in every member
    pytest.param(
        "IE",
        "postal",
        "New EU customs duty on low-value parcels from outside the EU",
        "From 1 July 2026 a customs duty of €3 applies to every item in low-value parcels from "
        "outside the EU, in all 27 EU member states.",
        {"destinations": EU27, "change_kind": "duty_tax_change"},
        id="en-eu-duty-told-by-a-member-post",
    ),
    # Dutch "can be sent as usual" in the passive leaves letters and private parcels out
    pytest.param(
        "NL",
        "postal",
        "Tijdelijke stop voor webwinkelzendingen naar Noorwegen",
        "Vanaf 1 april nemen wij tijdelijk geen zendingen van webwinkels (e-commerce) naar "
        "Noorwegen aan. Brieven en pakketten tussen particulieren kunnen gewoon worden verstuurd.",
        {"categories": ["commercial_goods"], "change_kind": "suspension"},
        id="nl-letters-can-be-sent-as-usual",
    ),
    # Spanish "handled as usual" leaves the letters it names out of a delay
    pytest.param(
        "ES",
        "carrier",
        "Retrasos en los envíos a Perú",
        "Debido a una huelga en la aduana de Lima, los envíos con mercancías destinados a Perú "
        "pueden sufrir retrasos de hasta cinco días. Los envíos de documentos se despachan con "
        "normalidad.",
        {"categories": ["all_goods"], "change_kind": "delay", "destinations": ["PE"]},
        id="es-documents-handled-as-usual",
    ),
    pytest.param(
        "DE",
        "carrier",
        "Verzögerungen bei Sendungen nach Peru",
        "Wegen eines Streiks beim Zoll in Lima können Warensendungen nach Peru "
        "bis zu fünf Tage später ankommen. Dokumentensendungen werden normal "
        "abgefertigt.",
        {"categories": ["all_goods"], "change_kind": "delay", "destinations": ["PE"]},
        id="de-documents-cleared-normally",
    ),
    pytest.param(
        "FR",
        "carrier",
        "Retards des envois vers le Pérou",
        "En raison d'une grève des douanes à Lima, les envois de marchandises "
        "vers le Pérou peuvent subir des retards de cinq jours. Les envois de "
        "documents sont traités normalement.",
        {"categories": ["all_goods"], "change_kind": "delay", "destinations": ["PE"]},
        id="fr-documents-handled-normally",
    ),
    pytest.param(
        "IT",
        "carrier",
        "Ritardi delle spedizioni verso il Perù",
        "A causa di uno sciopero della dogana di Lima, le spedizioni di merci "
        "verso il Perù possono subire ritardi fino a cinque giorni. Le "
        "spedizioni di documenti sono gestite normalmente.",
        {"categories": ["all_goods"], "change_kind": "delay", "destinations": ["PE"]},
        id="it-documents-handled-normally",
    ),
    # a city's name and a ban's standing list of narcotics are no medicines
    pytest.param(
        "US",
        "carrier",
        "Service suspension to Mekelle",
        "Due to the security situation, pickups and deliveries of all shipments in Mekelle are "
        "suspended until further notice. Service to Addis Ababa, Dire Dawa and Bahir Dar "
        "continues to operate.",
        {"categories": ["all_goods", "documents"], "change_kind": "suspension"},
        id="en-dire-dawa-is-a-city",
    ),
    pytest.param(
        "KW",
        "customs",
        "Ban on importing electronic cigarettes",
        "From 1 March the import of electronic cigarettes and e-liquids by post and courier is "
        "prohibited. Narcotic drugs and psychotropic substances remain prohibited as before.",
        {"categories": ["tobacco_vapes"], "change_kind": "prohibited_items"},
        id="en-narcotic-drugs-in-a-standing-list",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_session_104_notice(
    origin: str, source_kind: str, title: str, text: str, want: dict
) -> None:
    check_fields(origin, source_kind, title, text, want)
