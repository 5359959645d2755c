"""Session 95, from blind sets 689 on: each case a notice written for one rule, with the
fields that rule decides (its kind and destinations, its categories, or that it is no
change)."""

from __future__ import annotations

import pytest

from monitor.classify.kinds.topics import company_report_title
from monitor.classify.text import Doc
from tests.classify_check import check_fields

_NOTICES = [
    # a sentence begun by a list's head and items goes on under them in small letters: the
    # head's mail is what the delay is about
    pytest.param(
        "IT",
        "postal",
        "Avviso",
        "Spedizioni destinate a:\n- Sardegna\n- Sicilia\nsubiranno ritardi a causa dello "
        "sciopero dei traghetti.",
        {"relevant": True, "change_kind": "delay", "destinations": ["IT"]},
        id="it-sentence-goes-on-under-list",
    ),
    # ... or starts afresh right under the list: the list's head still names the mail
    pytest.param(
        "FR",
        "postal",
        "Information",
        "Colis à destination de :\n- Corse\n- Bretagne\nDes retards sont à prévoir en raison "
        "d'une grève des transports maritimes.",
        {"relevant": True, "change_kind": "delay", "destinations": ["FR"]},
        id="fr-sentence-under-list-of-regions",
    ),
    # a short line that the next line, in small letters, goes on from
    pytest.param(
        "GB",
        "postal",
        "Notice",
        "Parcels and letters\nwill be delayed by the ferry strike this week.",
        {"relevant": True, "change_kind": "delay"},
        id="en-sentence-goes-on-from-short-line",
    ),
    # a blank line ends a sentence: what stands above it names no mail of the change
    pytest.param(
        "GB",
        "postal",
        "Club news",
        "Parcels and letters\n\nthe race programme will be delayed by the weather this week.",
        {"relevant": False},
        id="en-blank-line-ends-the-sentence",
    ),
    # a place named after a saint is no letter to Santa
    pytest.param(
        "BO",
        "carrier",
        "Service alert: road blockades in Bolivia",
        "Road blockades in the department of Santa Cruz are disrupting ground transport."
        " Shipments to Santa Cruz de la Sierra may experience delays of 48 to 72 hours.",
        {"change_kind": "delay", "destinations": ["BO"]},
        id="es-santa-cruz-is-no-letters-to-santa",
    ),
    # Spanish delivery times longer than usual
    pytest.param(
        "CL",
        "postal",
        "Compras internacionales: plazos de entrega",
        "Los envíos provenientes del extranjero podrían presentar plazos de entrega superiores"
        " a los habituales por el mayor volumen en aduana.",
        {"change_kind": "delay", "destinations": ["CL"]},
        id="es-delivery-times-longer-than-usual",
    ),
    # ... said of the usual in the singular
    pytest.param(
        "ES",
        "postal",
        "Envíos a Argentina",
        "Los envíos con destino a Argentina registran plazos de entrega superiores a lo habitual"
        " por la huelga en la aduana.",
        {"change_kind": "delay", "destinations": ["AR"]},
        id="es-delivery-times-longer-than-the-usual",
    ),
    # a resumption promised in the future tense of its verb ("restableceremos") is no
    # resumption that happened
    pytest.param(
        "CO",
        "postal",
        "Retrasos en la entrega por inundaciones",
        "Debido a las inundaciones, los envíos dirigidos a estas regiones presentarán retrasos"
        " en los tiempos de entrega.\n\nRestableceremos los tiempos de entrega habituales tan"
        " pronto mejoren las condiciones de las vías.",
        {"change_kind": "delay", "destinations": ["CO"]},
        id="es-restored-as-soon-as-roads-improve",
    ),
    pytest.param(
        "CO",
        "carrier",
        "Huracán: retrasos en entregas en Estados Unidos",
        "Por el paso del huracán, los envíos con destino a Florida (Estados Unidos) presentarán"
        " retrasos en la entrega. Nuestros aliados en destino reanudarán la distribución a"
        " medida que las autoridades habiliten las vías.",
        {"change_kind": "delay", "destinations": ["US"]},
        id="es-partners-will-resume-delivery",
    ),
    # French "Maurice" is Mauritius ...
    pytest.param(
        "CH",
        "postal",
        "Maurice : limitation du poids des colis",
        "Les colis à destination de Maurice ne sont plus acceptés que jusqu'à un poids maximal"
        " de 20 kg.",
        {"change_kind": "restriction", "destinations": ["MU"]},
        id="fr-maurice-is-mauritius",
    ),
    # ... and a given name before a surname
    pytest.param(
        "FR",
        "postal",
        "Nomination",
        "Maurice Dupont devient directeur des colis internationaux. Les colis vers le Canada"
        " sont suspendus.",
        {"change_kind": "suspension", "destinations": ["CA"]},
        id="fr-maurice-as-a-given-name",
    ),
    # a part of the title said again as a heading is the title's, over one office's closure
    pytest.param(
        "US",
        "postal",
        "Local Service Disruptions – Springfield Main Post Office",
        "Local Service Disruptions – Springfield\n\nThe retail lobby at the Springfield Main"
        " Post Office will be closed for renovation from Monday.\n\nCarrier delivery continues"
        " on its normal schedule.",
        {"relevant": False},
        id="en-title-part-repeated-over-one-office",
    ),
    # a status row whose cells are a label and its value is no menu bar
    pytest.param(
        "DE",
        "postal",
        "Länderinformationen: Jemen",
        "Jemen | Briefe: Annahme ausgesetzt | Pakete: Annahme ausgesetzt | gültig seit 12.03.2024",
        {
            "change_kind": "suspension",
            "destinations": ["YE"],
            "categories": ["all_goods", "documents"],
        },
        id="de-status-row-with-labelled-cells",
    ),
    # the places excepted from all countries said to run as usual are where the change is
    pytest.param(
        "FI",
        "postal",
        "Kansainväliset lähetykset",
        "Lähetykset kaikkiin maihin kulkevat normaalisti paitsi Venäjälle ja Valko-Venäjälle,"
        " joihin palvelu on edelleen keskeytetty.",
        {"change_kind": "suspension", "destinations": ["BY", "RU"]},
        id="fi-all-countries-normal-except",
    ),
    pytest.param(
        "GB",
        "postal",
        "International items",
        "Items to all countries are delivered normally except to Russia and Belarus, where"
        " service remains suspended.",
        {"change_kind": "suspension", "destinations": ["BY", "RU"]},
        id="en-all-countries-normal-except",
    ),
    # a region the title names over rows of its members, some of them unaffected: the member
    # whose row changes
    pytest.param(
        "GB",
        "postal",
        "International incidents: Caribbean",
        "Dominica – service suspended following the hurricane; items will be held | Dominican"
        " Republic – normal service | Puerto Rico – normal service",
        {"change_kind": "suspension", "destinations": ["DM"]},
        id="en-region-in-title-over-rows-of-members",
    ),
    # Arabic "acceptance is limited to", "a weight of at most"
    pytest.param(
        "AE",
        "postal",
        "تحديث الخدمة: لبنان",
        "يقتصر قبول الطرود المرسلة إلى لبنان مؤقتاً على وزن أقصاه 10 كغ.",
        {"change_kind": "restriction", "destinations": ["LB"]},
        id="ar-parcels-limited-to-a-weight",
    ),
    # a Korean warning against a text message asking for duties
    pytest.param(
        "KR",
        "postal",
        "관세 미납 문자 주의",
        "'해외 배송 물품 관세 미납' 문자 속 링크를 누르지 마세요. "
        "우체국은 문자로 관세 결제를 요구하지 않습니다.",
        {"relevant": False},
        id="ko-customs-sms-warning",
    ),
    # a Swiss job advert ("Stelleninserat")
    pytest.param(
        "CH",
        "customs",
        "Stelleninserat: Fachspezialist/in Postverzollung",
        "Sie kontrollieren Postsendungen auf verbotene Waren wie Waffen und Arzneimittel und"
        " erheben Zollabgaben.",
        {"relevant": False},
        id="de-swiss-job-advert",
    ),
    # a quarter's results with the year between
    pytest.param(
        "AE",
        "carrier",
        "Aramex announces Q3 2025 results",
        "Revenues rose 8% on higher express volumes into the GCC. The suspension of some Red"
        " Sea shipping routes and the end of the US de minimis exemption weighed on freight"
        " forwarding.",
        {"relevant": False},
        id="en-quarter-results-with-year",
    ),
    # the retail prices of tobacco in the shops
    pytest.param(
        "LU",
        "customs",
        "Nouveaux prix de vente des tabacs manufacturés",
        "Suite à l'augmentation des droits d'accise, les nouveaux prix de vente au détail des"
        " cigarettes sont applicables à partir du 1er mars. Les vignettes fiscales existantes"
        " peuvent être écoulées jusqu'au 30 avril.",
        {"relevant": False},
        id="fr-tobacco-retail-prices",
    ),
    # a Spanish call for a customs post
    pytest.param(
        "GT",
        "customs",
        "Convocatoria externa: Profesional Aduanero",
        "La Superintendencia convoca a profesionales interesados en ocupar el puesto de"
        " Profesional Aduanero, con sede en la Aduana Central de Correos. Funciones:"
        " verificación de envíos postales, aplicación de restricciones no arancelarias, cálculo"
        " de IVA. Salario: Q 12,500.00. Plazo de recepción de expedientes: hasta el 20 de mayo.",
        {"relevant": False},
        id="es-customs-job-call",
    ),
    # a list under a head ending in a clause of "que": its items finish the head's sentence,
    # whose goods ("bienes") are what the duty is on
    pytest.param(
        "CR",
        "customs",
        "Cambios en el régimen de compras por courier",
        "El Ministerio recuerda a los consumidores que adquieren bienes en plataformas del"
        " extranjero que, a partir del 1 de febrero de 2026:\n\n• Las compras de hasta US$ 200"
        " pagarán únicamente el IVA del 13%.\n• Las compras de más de US$ 200 pagarán además"
        " los derechos arancelarios.",
        {"change_kind": "duty_tax_change", "destinations": ["CR"]},
        id="es-list-under-a-head-that-ends-in-que",
    ),
    # an income tax return is no duty on goods
    pytest.param(
        "MX",
        "customs",
        "Inicia el periodo para presentar la Declaración Anual",
        "Las personas físicas pueden presentar su Declaración Anual. Quienes realizan la venta"
        " de bienes por internet deberán considerar las retenciones de IVA.",
        {"relevant": False},
        id="es-income-tax-return",
    ),
    # "Bienes Personales" names a tax, no goods
    pytest.param(
        "AR",
        "customs",
        "Se prorrogan los vencimientos de Bienes Personales",
        "Se extiende hasta el 31 de agosto la suspensión de la iniciación de juicios de"
        " ejecución fiscal. Se prorrogan los vencimientos del impuesto sobre los Bienes"
        " Personales.",
        {"relevant": False},
        id="es-wealth-tax-named-bienes",
    ),
    # "unable to send" is a stop
    pytest.param(
        "GB",
        "postal",
        "International incidents: Madagascar",
        "We are currently unable to send items to Madagascar or the Comoros because of a change"
        " in airline conditions.",
        {"destinations": ["KM", "MG"]},
        id="en-unable-to-send",
    ),
    # "should be accompanied by" is a requirement ...
    pytest.param(
        "LK",
        "customs",
        "Importation of medicines by post",
        "With effect from 1 April, all medicines imported through the postal services should be"
        " accompanied by a copy of a valid prescription.",
        {"change_kind": "new_requirement", "destinations": ["LK"]},
        id="en-should-be-accompanied-by",
    ),
    # ... "should carry" advises
    pytest.param(
        "JM",
        "postal",
        "Packages arriving in Jamaica",
        "The delivery of overseas packages is taking longer than usual after the hurricane."
        " Relief items sent by family abroad should carry a detailed customs declaration.",
        {"change_kind": "delay", "destinations": ["JM"]},
        id="en-should-carry-advises",
    ),
    # the EU's ministers, its decision and its goods name no place mail goes to
    pytest.param(
        "IE",
        "postal",
        "Customs charges on items from outside the EU",
        "Following the decision of EU finance ministers, the €150 customs duty exemption for"
        " low-value parcels is being removed. From 1 July 2026 a fixed customs duty of €3 will"
        " apply to each item bought online from a seller outside the EU.\n\nItems from Northern"
        " Ireland are treated as EU goods.",
        {"change_kind": "duty_tax_change", "destinations": ["IE"]},
        id="en-eu-ministers-and-eu-goods-name-no-place",
    ),
    # an FAQ's question "¿Y los envíos a ...?" answered first of all with "No cambia nada"
    pytest.param(
        "ES",
        "postal",
        "Envíos a Reino Unido: declaración electrónica obligatoria",
        "Desde el 1 de marzo, todos los envíos con mercancía con destino a Reino Unido deberán"
        " ir acompañados de la declaración aduanera electrónica.\n\n¿Y los envíos a países de"
        " la Unión Europea?\nNo cambia nada: los envíos a otros países de la UE no necesitan"
        " declaración aduanera.",
        {"change_kind": "new_requirement", "destinations": ["GB"]},
        id="es-faq-answer-opens-with-nothing-changes",
    ),
    # a table's rows marked "keine Einschränkung" are unaffected
    pytest.param(
        "DE",
        "postal",
        "Einschränkungen im internationalen Versand",
        "Ab sofort nehmen wir keine Pakete mit Ziel Mali mehr an.\n\nLand | Briefe | Pakete |"
        " Hinweis\nMali | möglich | nicht möglich | siehe oben\nNiger | möglich | möglich |"
        " keine Einschränkung\nSenegal | möglich | möglich | keine Einschränkung",
        {"change_kind": "suspension", "destinations": ["ML"]},
        id="de-table-rows-without-restriction",
    ),
    # a Danish job advert
    pytest.param(
        "DK",
        "customs",
        "Dataanalytiker til ICS2-teamet i Toldstyrelsen",
        "Vil du være med til at sikre, at de rigtige varer kommer ind i EU? Toldstyrelsen søger"
        " en dataanalytiker til vores team for Import Control System 2.\n\nHver dag modtager vi"
        " elektroniske oplysninger om tusindvis af forsendelser fra Kina og USA. Du skal"
        " analysere kvaliteten af varebeskrivelser og HS-koder.\n\nVi forventer, at du har en"
        " relevant kandidatuddannelse. Kendskab til told er en fordel, men ikke et"
        " krav.\n\nAnsøgningsfrist: 16. juni. Tiltrædelse 1. august.",
        {"relevant": False},
        id="da-customs-job-advert",
    ),
    # an official statistics release
    pytest.param(
        "GB",
        "customs",
        "UK overseas trade in goods statistics: May 2025",
        "Official statistics release. Imports from China rose, mainly in low-value"
        " consignments. Statistics are compiled from customs declarations classified under the"
        " Harmonized System. Next release: 14 August.",
        {"relevant": False},
        id="en-official-trade-statistics",
    ),
    # a title that counts what officers detected reports a seizure
    pytest.param(
        "AU",
        "customs",
        "ABF detects 1.2 million vapes in international mail",
        "Officers have detected more than 1.2 million illegal vapes at the Sydney and Melbourne"
        " mail gateways since import controls tightened in January.\n\nMost were in parcels"
        ' sent from China, often with false declarations such as "toy" on customs forms.\n\nThe'
        " commander said advance electronic data from postal operators was helping officers"
        ' target risky consignments. "A false customs declaration does not stop us finding'
        ' them," she said.\n\nPenalties of up to five years apply.',
        {"relevant": False},
        id="en-title-counts-what-was-detected",
    ),
    # a trading update is a company's results
    pytest.param(
        "GB",
        "postal",
        "Royal Mail trading update for the nine months to December",
        "Parcel volumes to the EU grew 9%. No international services are currently suspended.",
        {"relevant": False},
        id="en-trading-update",
    ),
    # Japanese "... may be delayed or returned": the case after the second verb makes both possible
    pytest.param(
        "JP",
        "postal",
        "EU加盟国あて郵便物の電子データ送信について",
        "2023年3月1日から、EU加盟国あてに物品を内容とする郵便物を差し出す際には、税関告知書の内容を電子データで送信していただく必要があります。電子データの送信がない郵便物は、名あて国において遅延または差出人への返送となる場合があります。",
        {"change_kind": "new_requirement"},
        id="ja-delay-or-return-may-happen",
    ),
    # Chinese "not covered by this notice" says what is exempt, not that all is well ...
    pytest.param(
        "CN",
        "postal",
        "关于寄往欧盟国家国际邮件报送电子数据的通告",
        "根据欧盟海关相关要求，自2021年3月15日起，寄往欧盟27个成员国的内装物品的国际邮件，须在交寄前报送电子数据。\n\n寄往英国、瑞士、挪威的邮件暂不受本通告影响。仅内装文件的邮件不受影响。",
        {"change_kind": "new_requirement"},
        id="zh-places-not-covered-by-this-notice",
    ),
    # ... "not affected by the typhoon" is the event's all-clear
    pytest.param(
        "CN",
        "postal",
        "台风期间邮件寄递安排",
        "受台风影响，寄往香港的邮件将延误。寄往其他国家的邮件不受台风影响。",
        {"change_kind": "delay", "destinations": ["HK"]},
        id="zh-not-affected-by-the-typhoon",
    ),
    # a Japanese results summary is a company's results
    pytest.param(
        "JP",
        "postal",
        "2021年3月期 決算の概要",
        "国際郵便は航空便の減便を受けて、引受停止国・地域が一時最大で約150か国・地域に上り、国際郵便物数は前期比約40％減少しました。",
        {"relevant": False},
        id="ja-results-summary-title",
    ),
    # a row whose other cells all say all is as usual ("ouvert", "normale") is unaffected ...
    pytest.param(
        "FR",
        "postal",
        "Envois à l'international : situation par pays",
        "Pays — Lettres — Colis — Situation\nGabon — ouvert — ouvert — normale\nGuinée-Bissau —"
        " suspendu — suspendu — absence de vols\nNigeria — ouvert — ouvert — normale\nNiger —"
        " suspendu — suspendu — jusqu'à nouvel ordre",
        {"change_kind": "suspension", "destinations": ["GW", "NE"]},
        id="fr-dash-table-rows-open-and-normal",
    ),
    pytest.param(
        "ES",
        "postal",
        "Estado del servicio internacional por destino",
        "Destino - Cartas - Paquetes - Estado\nArgentina - Sí - Sí - Normal\nCuba - Sí - Sí -"
        " Retrasos en la entrega\nChile - Sí - Sí - Normal",
        {"change_kind": "delay", "destinations": ["CU"]},
        id="es-hyphen-table-rows-normal",
    ),
    # ... as is one with a cell of status that says so ("Regolare") and no change in the row ...
    pytest.param(
        "IT",
        "postal",
        "Sospensione temporanea dei servizi postali verso alcuni Paesi",
        "A causa della chiusura dello spazio aereo, si comunica quanto segue:\n\nPaese |"
        " Prodotti | Stato | Dal\nIsraele | Pacchi | Sospeso | 16/06/2025\nIran | Tutti i"
        " prodotti | Sospeso | 16/06/2025\nGiordania | Tutti i prodotti | Regolare | –",
        {"change_kind": "suspension", "destinations": ["IL", "IR"]},
        id="it-row-regular-beside-a-products-cell",
    ),
    # ... but "Available" beside a cell of another service says nothing of the whole row
    pytest.param(
        "GB",
        "postal",
        "International service update: South America",
        "From 4 March we will only accept goods to the destinations below with International"
        " Tracked.\n\nCountry\tInternational Standard\tInternational"
        " Tracked\nArgentina\tLetters only from 4 Mar\tAvailable\nBrazil\tLetters only from 4"
        " Mar\tAvailable\nMexico\tAvailable\tAvailable",
        {"change_kind": "restriction", "destinations": ["AR", "BR"]},
        id="en-available-is-one-service-of-the-row",
    ),
    # "Georgia" heading a line of its own over a city of the state is the state
    pytest.param(
        "US",
        "postal",
        "Service Alert: Winter Storm – Gulf Coast and Georgia",
        "Due to heavy snow, retail and delivery operations have been suspended today at the"
        " facilities listed below.\n\nGeorgia\nSavannah – all facilities –"
        " 31401–31419\n\nFlorida\nPensacola – 32501–32514",
        {"change_kind": "suspension", "destinations": ["US"]},
        id="en-georgia-heading-over-a-us-city",
    ),
    # regions at home listed under "Berørte områder:" (affected areas) are where the change is
    pytest.param(
        "NO",
        "postal",
        "Ekstremvær: forsinkelser på post og pakker",
        "Ekstremværet gir flom og stengte veier.\n\nBerørte områder:\n- Innlandet:"
        " Gudbrandsdalen og Valdres\n- Trøndelag: deler av Gauldal\n\nSendinger til mottakere i"
        " disse områdene kan bli forsinket med flere dager.",
        {"change_kind": "delay", "destinations": ["NO"]},
        id="no-list-of-affected-areas-at-home",
    ),
    # "Canada that transit the hub": the shipments transit, not Canada
    pytest.param(
        "US",
        "carrier",
        "Service Update: Winter Storm at the Louisville hub",
        "Flights into and out of the hub were cancelled overnight.\n- Next Day Air shipments to"
        " destinations in the U.S. and Canada may be delayed by one to two days.\n- Import"
        " shipments from Europe and Asia into the U.S. and Canada that transit the hub may be"
        " delayed.",
        {"change_kind": "delay", "destinations": ["CA", "US"]},
        id="en-shipments-that-transit-a-hub",
    ),
    # Dutch "kunnen wij ... geen brieven ... accepteren": the verb of accepting at the end
    pytest.param(
        "NL",
        "postal",
        "Geen postzendingen naar Niger",
        "Door het gesloten luchtruim kunnen wij tot nader bericht geen brieven en pakketten"
        " naar Niger accepteren. Zendingen naar Nigeria worden normaal verwerkt.",
        {"change_kind": "suspension", "destinations": ["NE"]},
        id="nl-no-acceptance-after-a-modal",
    ),
    # a quarter's results in Dutch
    pytest.param(
        "BE",
        "postal",
        "bpost group: resultaten tweede kwartaal 2025",
        "De internationale volumes stonden onder druk door de tijdelijke opschorting van"
        " bepaalde zendingen naar de Verenigde Staten door verschillende postoperatoren.",
        {"relevant": False},
        id="nl-quarter-results",
    ),
    # used batteries brought back for recycling, in French
    pytest.param(
        "BE",
        "carrier",
        "Rapportez vos piles usagées dans nos points relais",
        "Des boîtes de collecte pour piles usagées sont installées dans 300 points relais. Les"
        " batteries de vélos électriques ne sont pas acceptées dans les points relais.",
        {"relevant": False},
        id="fr-used-batteries-collected",
    ),
    # "South Georgia" is the islands, not Georgia
    pytest.param(
        "FK",
        "postal",
        "Mail to South Georgia: temporary parcel limit",
        "Until further notice, parcels for South Georgia will be accepted only up to 2 kg."
        " Letters are not affected.",
        {"change_kind": "restriction", "destinations": ["GS"]},
        id="en-south-georgia",
    ),
    # Dutch "kunnen wel worden verstuurd": still sent
    pytest.param(
        "NL",
        "carrier",
        "Zendingen naar Rusland blijven opgeschort",
        "Wij accepteren geen zendingen naar Rusland. Zendingen naar Oekraïne en Kazachstan"
        " kunnen wel worden verstuurd.",
        {"change_kind": "suspension", "destinations": ["RU"]},
        id="nl-can-still-be-sent",
    ),
    # an Arabic table's row of "available" and "normal" cells
    pytest.param(
        "AE",
        "postal",
        "تحديث حالة خدمات البريد الدولي",
        "الدولة | البريد | الطرود | الحالة\nإيران | موقوف | موقوف | تعليق مؤقت\nالأردن | متاح |"
        " متاح | طبيعي",
        {"change_kind": "suspension", "destinations": ["IR"]},
        id="ar-table-row-normal",
    ),
    # "Malia" is a village in Cyprus, not Mali
    pytest.param(
        "CY",
        "postal",
        "Temporary suspension of delivery after the wildfire",
        "Mail and parcel delivery to the following communities is temporarily suspended:"
        " Pachna, Lofou, Malia, Kissousa.",
        {"change_kind": "suspension", "destinations": ["CY"]},
        id="en-malia-is-a-village",
    ),
    # French "aucun courrier ni colis ne sera livré": none delivered
    pytest.param(
        "CA",
        "postal",
        "Avis de service : grève nationale",
        "Le syndicat a déclenché une grève nationale. Pendant la grève, aucun courrier ni colis"
        " ne sera livré et aucun nouvel article ne sera traité dans notre réseau.",
        {"change_kind": "suspension", "destinations": ["CA"]},
        id="fr-no-mail-will-be-delivered",
    ),
    # Icelandic "fellur ... niður": delivery lapses ...
    pytest.param(
        "IS",
        "postal",
        "Engin dreifing pósts í Grindavík",
        "Vegna eldgossins fellur öll dreifing bréfa og pakka í Grindavík niður þar til annað"
        " verður tilkynnt.",
        {"change_kind": "suspension", "destinations": ["IS"]},
        id="is-delivery-lapses",
    ),
    # ... an exemption that lapses is a duty change
    pytest.param(
        "IS",
        "customs",
        "Breytingar á virðisaukaskatti á póstsendingar",
        "Frá og með 1. janúar 2024 fellur niður undanþága frá virðisaukaskatti af vörusendingum"
        " erlendis frá.",
        {"change_kind": "duty_tax_change", "destinations": ["IS"]},
        id="is-exemption-lapses",
    ),
    # a name with a ZIP code in brackets is a town ("San Marino (91108)")
    pytest.param(
        "US",
        "postal",
        "Service Alert: Southern California Wildfires",
        "Delivery to portions of Pasadena (91104), Sierra Madre (91024) and San Marino (91108)"
        " may be delayed because of evacuation orders.",
        {"change_kind": "delay", "destinations": ["US"]},
        id="en-town-with-its-zip-code",
    ),
    # a French warning against fraudulent text messages
    pytest.param(
        "CA",
        "customs",
        "Alerte à la fraude : messages textes frauduleux réclamant des frais de douane",
        "Des Canadiens reçoivent des messages textes prétendant provenir de l'ASFC. Ces"
        " messages indiquent qu'un colis est retenu à la douane et demandent de payer des frais"
        " de dédouanement au moyen d'un lien.\n\nL'ASFC ne réclame jamais de droits ou de taxes"
        " par message texte. Les droits et taxes sur les envois postaux sont perçus par Postes"
        " Canada à la livraison.\n\nNe cliquez pas sur le lien.",
        {"relevant": False},
        id="fr-fraudulent-text-messages",
    ),
    # volumes higher than usual are no delay (only delivery times are)
    pytest.param(
        "ES",
        "postal",
        "Correos refuerza su plantilla para la campaña de Navidad",
        "Correos contratará a 10.000 personas ante volúmenes de paquetería superiores a los"
        " habituales durante la campaña de Navidad.",
        {"relevant": False},
        id="es-volumes-higher-than-usual",
    ),
    # tax stamps named in an import rule are no topic that silences it
    pytest.param(
        "DE",
        "customs",
        "Zigaretten im Postversand aus Drittstaaten",
        "Ab dem 1. Juli 2026 werden Pakete aus Drittstaaten, die Zigaretten ohne deutsche"
        " Steuerzeichen enthalten, nicht mehr an Privatpersonen ausgeliefert, sondern an den"
        " Absender zurückgesandt.",
        {"destinations": ["DE"], "categories": ["tobacco_vapes"]},
        id="de-tax-stamps-in-an-import-rule",
    ),
    # "unable to send the data" is no stop of mail
    pytest.param(
        "GB",
        "postal",
        "Electronic customs data for Australia",
        "From 1 March, all items containing goods sent to Australia must carry electronic"
        " customs data. Customers who are unable to send the data electronically can complete a"
        " paper form at a Post Office counter.",
        {"change_kind": "new_requirement", "destinations": ["AU"]},
        id="en-unable-to-send-the-data",
    ),
    # "Maurice" before a name of its own is no Mauritius
    pytest.param(
        "US",
        "postal",
        "Maurice River Township: delivery delays",
        "Mail delivery in Maurice River Township, New Jersey, is delayed because of flooding.",
        {"change_kind": "delay", "destinations": ["US"]},
        id="en-maurice-before-a-name",
    ),
    # a row whose labelled cells say "normal"
    pytest.param(
        "CH",
        "postal",
        "Länderinformationen: Einschränkungen im internationalen Postverkehr",
        "Israel | Briefe: Annahme ausgesetzt | Pakete: Annahme ausgesetzt\nJordanien | Briefe:"
        " normal | Pakete: normal\nLibanon | Briefe: Annahme ausgesetzt | Pakete: Annahme"
        " ausgesetzt",
        {"change_kind": "suspension", "destinations": ["IL", "LB"]},
        id="de-row-cells-with-labels-normal",
    ),
    # "And items to Ireland?" answered "Nothing changes"
    pytest.param(
        "GB",
        "postal",
        "Parcels to Norway: recipient phone number required",
        "From 1 March, parcels to Norway must show the recipient's phone number.\n\nAnd items"
        " to Ireland?\nNothing changes: items to Ireland do not need a phone number.",
        {"change_kind": "new_requirement", "destinations": ["NO"]},
        id="en-faq-and-items-to",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str | None, source_kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, source_kind, title, text, want)


@pytest.mark.parametrize(
    ("title", "report"),
    [
        ("bpost group: resultaten tweede kwartaal 2025", True),
        ("Resultat for tredje kvartal 2025", True),
        ("La Poste : résultats du premier semestre 2025", True),
        ("Deutsche Post: Quartalsergebnis Q2", True),
        ("Aramex reports Q3 2025 results", True),
        ("Correos: resultados del primer trimestre", True),
        ("Posti: osavuosikatsaus tammi–syyskuu", True),
        ("2021年3月期 決算の概要", True),
        ("Royal Mail trading update for the nine months to December", True),
        ("Resultaten van de klantenenquête 2025", False),
        ("Results of the tender for parcel lockers", False),
    ],
)
def test_results_titles(title: str, report: bool) -> None:
    """A title that announces a company's results, in several languages (not a survey's or a
    tender's results)."""
    assert company_report_title(Doc.make(title, "")) is report
