"""Session 71, from blind sets 407-418 and probes."""

from __future__ import annotations

import pytest

from tests.classify_check import check_kind as _check

EU27 = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
]  # fmt: skip


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "NZ",
            "carrier",
            "Canada: Economy service on hold",
            "Economy parcels to Canada are handed over to Canada Post, whose staff are on "
            "strike. We have put this service on hold from 18 November for documents and "
            "parcels. Express parcels to Canada are not affected.",
            "suspension",
            ["CA"],
            id="en-service-put-on-hold",
        ),
        pytest.param(
            "AU",
            "carrier",
            "Service update",
            "Because of the port closure we have placed all shipments to Fiji on hold until the "
            "port reopens.",
            "suspension",
            ["FJ"],
            id="en-shipments-placed-on-hold",
        ),
        pytest.param(
            "CA",
            "customs",
            "Produits de vapotage importés : estampillage obligatoire",
            "À compter du 1er avril, les produits de vapotage importés au Canada devront être "
            "estampillés. Les produits sans timbre d'accise envoyés par la poste seront retenus.",
            "new_requirement",
            ["CA"],
            id="fr-excise-stamp-is-no-postage-stamp",
        ),
        pytest.param(
            "MX",
            "customs",
            "Importación de suplementos por paquetería",
            "A partir del 1 de marzo, la importación de suplementos alimenticios por servicio "
            "postal deberá acompañarse de la factura y del registro sanitario del producto.",
            "new_requirement",
            ["MX"],
            id="es-must-be-accompanied-by",
        ),
        pytest.param(
            "IL",
            "postal",
            "עדכון על הדואר הנכנס",
            'בעקבות מבצע "שומר החומות" בוטלו טיסות רבות. חבילות הנשלחות מחו"ל לישראל צפויות '
            "להגיע באיחור של כשבועיים.",
            "delay",
            ["IL"],
            id="he-late-after-a-quoted-name-and-an-abbreviation",
        ),
        pytest.param(
            "IL",
            "postal",
            "דרישות חדשות למשלוח טובין",
            "החל מ-1 ביוני, כל חבילה המכילה טובין הנשלחת למדינות האיחוד האירופי חייבת לכלול "
            "מידע מכס אלקטרוני מלא.",
            "new_requirement",
            EU27,
            id="he-the-european-union",
        ),
        pytest.param(
            "NZ",
            "postal",
            "Changes to posting vitamins overseas",
            "From 1 June, vitamins sent from New Zealand to international destinations must "
            "include an invoice. Please check the rules of the country you send to, as many "
            "countries restrict the import of supplements by mail.",
            "new_requirement",
            ["*"],
            id="en-from-home-to-abroad-beside-others-imports",
        ),
        pytest.param(
            "NL",
            "customs",
            "Gepland onderhoud aangiftesysteem: geen gevolgen voor postzendingen",
            "Op zondag 3 maart van 07.00 tot 12.00 uur voeren wij onderhoud uit aan ons "
            "aangiftesysteem. Post- en koerierszendingen uit landen buiten de EU worden normaal "
            "ingeklaard en ondervinden geen vertraging.",
            "informational",
            ["NL"],
            id="nl-customs-system-maintenance-clearance-goes-on",
        ),
        pytest.param(
            "IS",
            "postal",
            "Hlé á sendingum til Noregs",
            "Vegna verkfalls hjá norska póstinum gerum við tímabundið hlé á móttöku allra "
            "sendinga til Noregs frá og með mánudegi.",
            "suspension",
            ["NO"],
            id="is-a-temporary-pause",
        ),
        pytest.param(
            "AR",
            "other",
            "Importación de medicamentos por envío postal",
            "Desde el 1 de abril, para los medicamentos que ingresen al país por envío postal el "
            "paciente deberá adjuntar la receta médica en la plataforma.",
            "new_requirement",
            ["AR"],
            id="es-must-attach",
        ),
        # review: what the new rules must not touch
        pytest.param(
            "FR",
            "postal",
            "Travaux de maintenance",
            "En raison de travaux de maintenance sur le tunnel sous la Manche, l'acheminement des "
            "colis vers le Royaume-Uni est suspendu le 3 juin de 8h à 20h.",
            "suspension",
            ["GB"],
            id="fr-works-on-a-tunnel-stop-mail",
        ),
        pytest.param(
            "NL",
            "postal",
            "Onderhoudswerkzaamheden sorteercentrum",
            "Door onderhoudswerkzaamheden in ons sorteercentrum kunnen pakketten naar Duitsland "
            "van 1 tot 3 juni van 08:00 tot 18:00 vertraging oplopen.",
            "delay",
            ["DE"],
            id="nl-works-in-a-sorting-centre-delay-mail",
        ),
        pytest.param(
            "NO",
            "postal",
            "VAT on goods from abroad",
            "From 1 April, VAT is charged on all goods you receive from abroad, regardless of "
            "value. Customs declarations for items sent from Norway to international "
            "destinations remain as before.",
            "duty_tax_change",
            ["NO"],
            id="en-inbound-vat-beside-mail-sent-abroad",
        ),
        pytest.param(
            "IL",
            "postal",
            "השעיית משלוחים",
            "משלוח חבילות למדינות מחוץ לאיחוד האירופי הושעה עד להודעה חדשה.",
            "suspension",
            ["*"],
            id="he-outside-the-european-union",
        ),
        pytest.param(
            "SA",
            "postal",
            "الطرود إلى ألمانيا",
            "تعلن البريد السعودي عن وقف قبول الطرود إلى ألمانيا حتى إشعار آخر، ويمكن للعملاء "
            "شراء طوابع بريدية من الموقع.",
            "suspension",
            ["DE"],
            id="ar-stop-beside-buying-stamps",
        ),
        pytest.param(
            "GB",
            "courier",
            "Customs clearance",
            "Customs have placed all shipments to Brazil on hold for inspection; expect delays of "
            "up to 10 days.",
            "delay",
            ["BR"],
            id="en-held-for-inspection-is-a-delay",
        ),
        pytest.param(
            "GB",
            "postal",
            "Price changes from 1 April",
            "Domestic stamp prices rise from 1 April. There is no change to the prices for "
            "international mail. The maximum weight for parcels to all destinations falls to "
            "20 kg.",
            "restriction",
            ["*"],
            id="en-limit-everywhere-beside-international-prices-unchanged",
        ),
        pytest.param(
            "GB",
            "postal",
            "Scheduled maintenance: tracking",
            "Tracking will be unavailable on Sunday from 01:00 to 04:00. Separately, we confirm "
            "that mail to Canada is not affected by the Canada Post strike and continues as "
            "normal.",
            "informational",
            ["CA"],
            id="en-strike-all-clear-under-a-tracking-maintenance-title",
        ),
        pytest.param(
            "DE",
            "postal",
            "Lithium-Akkus im Flugzeug",
            "Hinweis für Flugreisende und Versender: Ab 1. März dürfen Lithium-Akkus nicht mehr "
            "per Luftpost in die USA versendet werden.",
            "prohibited_items",
            ["US"],
            id="de-air-travellers-named-beside-a-ban",
        ),
        pytest.param(
            "EE",
            "postal",
            "Tähelepanu: pakid Venemaale",
            "Alates 1. märtsist on pakkide saatmine Venemaale peatatud. Kandideeri meie "
            "meeskonda: pakume sulle huvitavat tööd!",
            "suspension",
            ["RU"],
            id="et-stop-beside-a-recruitment-line",
        ),
        pytest.param(
            "GB",
            "postal",
            "Changes to customs charges",
            "From 1 July, duties owed on parcels from outside the UK will now be collected at the "
            "door by the courier instead of online.",
            "duty_tax_change",
            ["GB"],
            id="en-duties-owed-collected-differently",
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
            "FR",
            "postal",
            "Maintenance programmée : suivi des colis indisponible",
            "Une opération de maintenance aura lieu dans la nuit de samedi, de 23h à 6h. Le "
            "suivi des colis sera suspendu. La livraison de vos colis, en France comme à "
            "l'international, n'est pas affectée.",
            id="fr-tracking-maintenance-delivery-abroad-unaffected",
        ),
        pytest.param(
            "CH",
            "postal",
            "Travaux de maintenance : suivi des envois indisponible",
            "En raison de travaux de maintenance, le suivi des envois ne sera pas disponible "
            "dimanche de 1 h à 5 h. La distribution des envois, en Suisse comme à l'étranger, "
            "n'est pas concernée.",
            id="fr-maintenance-works-title",
        ),
        pytest.param(
            "PT",
            "postal",
            "Horários das lojas no Natal",
            "Nos dias 24 e 31 de dezembro as lojas encerram às 13h00 e no dia 25 estarão "
            "encerradas. O serviço de recolha ao domicílio ficará suspenso nesses dias. No "
            "dia 26 as lojas funcionam com o horário habitual. Para garantir a entrega antes do "
            "Natal, os envios internacionais devem ser feitos até 14 de dezembro.",
            id="pt-christmas-opening-hours",
        ),
        pytest.param(
            "AO",
            "postal",
            "Reabertura da Estação Postal de Cabinda",
            "Concluídas as obras, a Estação Postal de Cabinda reabre ao público na segunda-feira. "
            "Durante as obras, que motivaram a suspensão do atendimento na Estação Postal, os "
            "clientes foram atendidos noutra estação.",
            id="pt-one-post-office-reopens",
        ),
        pytest.param(
            "AU",
            "carrier",
            "Domestic pricing update from 1 March",
            "From 1 March we are changing our domestic prices across Australia:\n"
            "- Small (up to 3kg): from $10.50 to $10.90\n- Medium (up to 5kg): from $14.90 to "
            "$15.40\nThere's no change to the pricing for international parcels.",
            id="en-domestic-pricing-international-unchanged",
        ),
        pytest.param(
            "PS",
            "postal",
            "إصدار طابع بريدي تذكاري جديد",
            "أصدر البريد مجموعة طوابع بريدية تذكارية جديدة، رغم القيود على حركة البريد وتأخير "
            "وصول الإرساليات من الخارج.",
            id="ar-stamp-issue",
        ),
        pytest.param(
            "EG",
            "postal",
            "الأسعار الجديدة للطرود المحلية",
            "تعلن الهيئة عن الأسعار الجديدة للطرود داخل الجمهورية اعتباراً من 1 مايو. ويتم "
            "إيقاف العمل بالتعريفة القديمة للطرود المحلية من التاريخ نفسه.",
            id="ar-old-tariff-stops",
        ),
        pytest.param(
            "PE",
            "postal",
            "Convocatoria: Asistente de Operaciones Internacionales",
            "Se convoca al proceso de selección de un asistente. Funciones principales: registrar "
            "los envíos internacionales retenidos o suspendidos; coordinar con la aduana.",
            id="es-job-call-main-duties",
        ),
        pytest.param(
            "EE",
            "postal",
            "Otsime tollispetsialisti",
            "Sinu ülesanded: väljastpoolt Euroopa Liitu saabuvate saadetiste tollideklaratsioonid; "
            "suhtlus tolliga, kui saadetis on peatatud. Ootame sinult täpsust. Kandideeri kohe!",
            id="et-job-ad",
        ),
        pytest.param(
            "BR",
            "postal",
            "Correios divulgam resultado financeiro",
            "A empresa registrou prejuízo líquido de R$ 300 milhões, com queda das encomendas "
            "internacionais e da receita com a declaração aduaneira. A receita operacional foi "
            "de R$ 18 bilhões.",
            id="pt-financial-results",
        ),
        pytest.param(
            "MY",
            "customs",
            "Notis Lelongan Awam Barang Rampasan",
            "Kastam akan mengadakan lelongan awam barang rampasan dan bungkusan pos yang tidak "
            "dituntut. Barang larangan seperti rokok dan minuman keras tidak akan dilelong.",
            id="ms-public-auction",
        ),
        pytest.param(
            "CZ",
            "postal",
            "Otevírací doba poboček o vánočních svátcích",
            "Na Štědrý den budou pobočky otevřeny do 12:00, 25. a 26. prosince budou uzavřeny. "
            "Depo pro mezinárodní zásilky bude v provozu v omezeném režimu. Otevírací dobu "
            "své pobočky zjistíte v aplikaci.",
            id="cs-christmas-opening-hours",
        ),
        pytest.param(
            "DE",
            "carrier",
            "Preisanpassung im nationalen Paketversand",
            "Zum 1. Januar gelten für Sendungen innerhalb Deutschlands neue Preise:\n"
            "| S (bis 5 kg) | 5,49 € |\n| M (bis 10 kg) | 7,49 € |\n"
            "Die Preise für den Versand ins Ausland bleiben zum Jahreswechsel unverändert.",
            id="de-domestic-prices-abroad-unchanged",
        ),
        pytest.param(
            "MK",
            "postal",
            "Нов ценовник во внатрешниот сообраќај",
            "Од 1 март цената на пакетите до 2 кг во внатрешниот сообраќај се зголемува за 5%. "
            "Цените на услугите во меѓународниот сообраќај остануваат непроменети.",
            id="mk-domestic-prices-international-unchanged",
        ),
        pytest.param(
            "SK",
            "postal",
            "Hľadáme: colný deklarant – Bratislava",
            "Miesto výkonu práce: výmenné stredisko Bratislava. Typ pracovného pomeru: plný "
            "úväzok.\nNáplň práce:\n- colné vyhlásenia k zásielkam z tretích krajín (Čína, USA),"
            "\n- kontrola zásielok s obsahom zakázaného alebo obmedzeného tovaru,\n- výpočet cla "
            "a DPH, práca v systéme IOSS.\nŽivotopis posielajte e-mailom.",
            id="sk-job-ad",
        ),
        pytest.param(
            "GB",
            "courier",
            "Redelivery",
            "If you are away, we can put the deliveries on hold for up to 14 days at no charge.",
            id="en-a-customers-hold",
        ),
        pytest.param(
            "GB",
            "postal",
            "Royal Mail update",
            "We have put the Saturday deliveries service on hold in some areas due to staff "
            "shortages.",
            id="en-a-domestic-round-on-hold",
        ),
        pytest.param(
            "IL",
            "postal",
            "דמי אחסון",
            'חבילות מחו"ל שייאספו מהסניף באיחור של יותר מ-14 יום יוחזרו לשולח.',
            id="he-collected-late-is-no-delay",
        ),
        pytest.param(
            "IL",
            "postal",
            "אתר דואר ישראל",
            "בשל עומס, אתר האינטרנט ומערכת המעקב אחר משלוחים בינלאומיים פועלים באופן איטי מהרגיל.",
            id="he-website-slower-than-usual",
        ),
        pytest.param(
            "ES",
            "postal",
            "Cómo enviar un paquete",
            "El paquete deberá acompañarse del justificante de admisión que le entregaremos en la "
            "oficina. Puede pagar con tarjeta o en efectivo.",
            id="es-a-counter-receipt",
        ),
        pytest.param(
            "KH",
            "postal",
            "Two posts sign a memorandum of understanding",
            "The posts signed a memorandum of understanding to study a direct air mail route and "
            "the exchange of electronic customs data for parcels to China.",
            id="en-memorandum-of-understanding",
        ),
        pytest.param(
            "RS",
            "postal",
            "Upozorenje: lažne poruke",
            "U opticaju su lažne poruke u kojima se navodi da je pošiljka iz inostranstva zadržana "
            "na carini i da je za uručenje potrebno platiti carinsku taksu od 150 dinara putem "
            "linka. Carinske dažbine plaćaju se isključivo prilikom preuzimanja pošiljke u pošti.",
            id="sr-fake-messages",
        ),
    ],
)
def test_look_alikes_change_no_mail(origin: str, source_kind: str, title: str, text: str) -> None:
    _check(title, text, origin, source_kind, "irrelevant")


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind"),
    [
        pytest.param(
            "GB",
            "postal",
            "Beware of fake texts",
            'Customers report texts that say "Your parcel is on hold, pay the customs fee at '
            'this link". We never ask for fees by text.',
            "irrelevant",
            id="en-straight-quoted-scam-text-stays-quoted",
        ),
        pytest.param(
            "NZ",
            "postal",
            "Going away?",
            "You can put your deliveries on hold while you are away.",
            "irrelevant",
            id="en-a-customers-own-hold-is-no-stop",
        ),
    ],
)
def test_kinds_of_changes_and_all_clears(
    origin: str, source_kind: str, title: str, text: str, kind: str
) -> None:
    _check(title, text, origin, source_kind, kind)
