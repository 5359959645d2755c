"""Session 97, from blind sets 752 on: each case a notice written for one rule, with the
fields that rule decides (its kind and destinations, its categories, or that it is no
change)."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.kinds.topics import company_report_title
from monitor.classify.text import Doc
from tests.classify_check import check_fields

_NOTICES = [
    # Japanese "can no longer accept" is a stop; "we continue to accept" spares the places it
    # names
    pytest.param(
        "JP",
        "postal",
        "カナダあて郵便物の引受けについて",
        "2026年5月1日から、たばこを内容品とするカナダあて郵便物の引受けができなくなります。\n"
        "なお、カナダを経由してメキシコあてに送付する郵便物は引き続きお引受けします。",
        {"relevant": True, "destinations": ["CA"]},
        id="ja-can-no-longer-accept",
    ),
    # a title of home letter prices in Finnish, Swedish and Italian: no change abroad
    pytest.param(
        "FI",
        "postal",
        "Kotimaan kirjeiden hinnat muuttuvat 1.3.2026",
        "Kotimaan kirjeen hinta nousee 3,30 eurosta 3,50 euroon. Hinta sisältää arvonlisäveron.",
        {"relevant": False},
        id="fi-home-letter-prices-title",
    ),
    pytest.param(
        "SE",
        "postal",
        "Nya priser för inrikes brev från 1 januari",
        "Portot för ett inrikes brev höjs till 22 kronor. Priset inkluderar moms.",
        {"relevant": False},
        id="sv-home-letter-prices-title",
    ),
    pytest.param(
        "IT",
        "postal",
        "Nuove tariffe della posta nazionale dal 1° marzo",
        "Dal 1° marzo la Posta Ordinaria nazionale costa 1,50 euro. Le tariffe della posta "
        "internazionale non subiscono variazioni.",
        {"relevant": False},
        id="it-home-letter-prices-title",
    ),
    # ... not a title that names mail abroad too
    pytest.param(
        "FI",
        "postal",
        "Kotimaan ja ulkomaan kirjeiden hinnat muuttuvat",
        "1.3.2026 alkaen kirjeen hinta Ruotsiin nousee 4,20 euroon ja tullimaksut peritään "
        "lähettäjältä.",
        {"relevant": True},
        id="fi-home-and-abroad-prices-stay",
    ),
    # an airline's rules on board its flights are for passengers, not mail
    pytest.param(
        "NZ",
        "other",
        "Power banks: new rules on board our flights",
        "From 1 June power banks may not be used on board. Each passenger may carry at most two "
        "in cabin baggage; they are prohibited in checked baggage on flights to Fiji and Samoa.",
        {"relevant": False},
        id="en-airline-on-board-our-flights",
    ),
    # a seizure's title: the data that found the goods, in the title and the past, are the means
    pytest.param(
        "FR",
        "customs",
        "Saisie de 2 tonnes de cigarettes de contrefaçon grâce aux données électroniques",
        "Le 3 mars, les douaniers ont découvert 2 tonnes de cigarettes de contrefaçon dans un "
        "conteneur. Le conteneur avait été ciblé à partir des données électroniques préalables.",
        {"relevant": False},
        id="fr-seizure-thanks-to-data",
    ),
    # ... not a title that starts a rule with its day after the seizure
    pytest.param(
        "FR",
        "customs",
        "Saisie record : dès le 1er juin, données électroniques obligatoires pour les colis",
        "Dès le 1er juin, les données électroniques préalables seront obligatoires pour tout "
        "colis postal entrant en France.",
        {"relevant": True, "change_kind": "new_requirement"},
        id="fr-seizure-title-with-dated-rule-stays",
    ),
    # a year's seizure figures with the rules said unchanged: no all-clear, no news
    pytest.param(
        "CH",
        "other",
        "Illegale Arzneimittelimporte 2025: 6000 Sendungen beschlagnahmt",
        "Der Zoll hat 2025 insgesamt 6000 Sendungen mit illegal eingeführten Arzneimitteln "
        "zurückbehalten. Medikamente aus dubiosen Internetquellen können gefälscht sein. Die "
        "geltenden Einfuhrregeln bleiben unverändert.",
        {"relevant": False},
        id="de-seizure-figures-rules-unchanged",
    ),
    # a how-to guide's forms are its subject, not new papers
    pytest.param(
        "GB",
        "postal",
        "How do I fill in a CN23 customs form?",
        "If you send goods abroad you need a customs declaration. Describe each item, give its "
        "value and weight, and sign the form. Nothing has changed to our requirements.",
        {"relevant": False},
        id="en-how-to-guide-title",
    ),
    # ... not a guide that names a place in its title, nor one whose body starts a rule
    pytest.param(
        "GB",
        "postal",
        "How to send parcels to Norway",
        "From 1 April every parcel to Norway needs a VOEC number on the customs form.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["NO"]},
        id="en-how-to-place-title-stays",
    ),
    pytest.param(
        "GB",
        "postal",
        "How do I fill in a customs form?",
        "From 1 April the customs form of every parcel sent abroad must show the HS code of "
        "each item.",
        {"relevant": True, "change_kind": "new_requirement"},
        id="en-how-to-dated-rule-stays",
    ),
    # the counters' hours resume, not the mail
    pytest.param(
        "GI",
        "postal",
        "Opening hours – Easter Monday",
        "On Monday the Main Street Post Office will be closed. Normal opening hours resume on "
        "Tuesday.",
        {"relevant": False},
        id="en-opening-hours-resume",
    ),
    # customs' reminder below a seizure names allowances and duty that stand
    pytest.param(
        "IM",
        "customs",
        "Tobacco seized at the airport",
        "Officers seized 9,000 cigarettes from a passenger arriving from Riga. The Division "
        "reminds the public that tobacco sent by post is subject to allowances and liable to "
        "duty of any value.",
        {"relevant": False},
        id="en-seizure-reminder-of-allowances",
    ),
    # ... not an allowance cut below the seizure
    pytest.param(
        "IM",
        "customs",
        "Tobacco seized at the airport",
        "Officers seized 9,000 cigarettes from a passenger. From 1 July the duty on tobacco "
        "sent by post rises to £400 per kilogram.",
        {"relevant": True, "change_kind": "duty_tax_change"},
        id="en-seizure-duty-rise-stays",
    ),
    # a job advert's terms in English; a title that says "Now hiring:"
    pytest.param(
        "GB",
        "customs",
        "Customs Caseworker – Postal Imports team",
        "Salary: £32,000. Closing date: 3 March 2026.\nJoin the team that checks import duty "
        "and VAT on parcels at international mail centres.\nEssential criteria: attention to "
        "detail.",
        {"relevant": False},
        id="en-job-ad-terms",
    ),
    pytest.param(
        "US",
        "customs",
        "Now hiring: Cargo Inspector (Chicago)",
        "Inspectors ensure that air carriers comply with security requirements for air cargo "
        "and mail, and review duties on inbound shipments.",
        {"relevant": False},
        id="en-now-hiring-title",
    ),
    # a regulator's report of its year
    pytest.param(
        "CH",
        "other",
        "Tätigkeitsbericht 2025: Verzollungsgebühren häufigster Beschwerdegrund",
        "Die Kommission hat ihren Tätigkeitsbericht veröffentlicht. Ein Drittel der Anfragen "
        "betraf Gebühren für die Verzollung von Sendungen aus dem Ausland.",
        {"relevant": False},
        id="de-activity-report-title",
    ),
    # German "Saint-Pierre und Miquelon"
    pytest.param(
        "DE",
        "postal",
        "Saint-Pierre und Miquelon: Pakete vorübergehend ausgesetzt",
        "Der Versand von Paketen nach Saint-Pierre und Miquelon ist ab sofort ausgesetzt.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["PM"]},
        id="de-saint-pierre-und-miquelon",
    ),
    # Norwegian clearance ("fortolling") is no duty; its price is a fee
    pytest.param(
        "NO",
        "postal",
        "Driftsavbrudd hos Tolletaten",
        "Tolletatens fortollingssystem er nede. Pakker som venter på fortolling kan bli "
        "forsinket med 1–3 virkedager.",
        {"relevant": True, "change_kind": "delay"},
        id="no-clearance-outage-is-delay",
    ),
    pytest.param(
        "NO",
        "postal",
        "Nye priser for fortolling fra 1. mars",
        "Fra 1. mars endrer vi prisen for fortolling av sendinger fra utlandet: 159 kr per pakke.",
        {"relevant": True, "change_kind": "duty_tax_change"},
        id="no-price-of-clearance-is-fee",
    ),
    # Portuguese "delivery times may be extended", "at a reduced pace"
    pytest.param(
        "BR",
        "postal",
        "Instabilidade em sistemas afeta encomendas internacionais",
        "O tratamento aduaneiro das encomendas vindas do exterior está ocorrendo em ritmo "
        "reduzido, e os prazos de entrega poderão ser estendidos.",
        {"relevant": True, "change_kind": "delay"},
        id="pt-delivery-times-extended",
    ),
    # a newsletter's stop of mail to places listed under it, beside other services' news
    pytest.param(
        "DE",
        "postal",
        "Päckchen International: Änderungen ab 1. März",
        "Ab dem 1. März kann das Päckchen International in die folgenden Länder nicht mehr "
        "eingeliefert werden:\n- Chile\n- Peru\n\nDie Einlieferung an der Packstation bleibt wie "
        "gewohnt möglich. In der App sehen Sie die Produkte für Ihr Zielland.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["CL", "PE"]},
        id="de-stop-to-listed-places-beside-services",
    ),
    # goods customs will no longer release are banned
    pytest.param(
        "BN",
        "customs",
        "Liquor in postal consignments",
        "With effect from 1 May, liquor sent to Brunei Darussalam by post will no longer be "
        "released and will be seized.",
        {"relevant": True, "change_kind": "prohibited_items", "destinations": ["BN"]},
        id="en-no-longer-released",
    ),
    # a marketplace's "envois" are the orders it sends: goods; a post's carry letters too, and
    # so does mail named beside them
    pytest.param(
        "FR",
        "other",
        "Retards de livraison pour les envois vers l'Italie",
        "En raison d'une grève en Italie, les envois vers l'Italie peuvent être livrés avec "
        "plusieurs jours de retard.",
        {"relevant": True, "change_kind": "delay", "categories": ["all_goods"]},
        id="fr-marketplace-shipments-are-goods",
    ),
    pytest.param(
        "FR",
        "postal",
        "Retards de livraison pour les envois vers l'Italie",
        "En raison d'une grève en Italie, les envois vers l'Italie peuvent être livrés avec "
        "plusieurs jours de retard.",
        {"relevant": True, "categories": ["all_goods", "documents"]},
        id="fr-post-shipments-are-mail",
    ),
    pytest.param(
        "FR",
        "other",
        "Retards du courrier vers l'Italie",
        "En raison d'une grève en Italie, le courrier et les envois vers l'Italie peuvent être "
        "livrés avec plusieurs jours de retard.",
        {"relevant": True, "categories": ["all_goods", "documents"]},
        id="fr-marketplace-mail-named-stays",
    ),
    # what is new in an app, whatever duties it lets one pay, with the amounts unchanged
    pytest.param(
        "CA",
        "postal",
        "Nouveau : payez vos droits et taxes dans l'appli",
        "Vous attendez un colis de l'étranger? Payez les droits de douane et les taxes directement "
        "dans l'appli. Les montants des droits et taxes ne changent pas.",
        {"relevant": False},
        id="fr-new-in-the-app",
    ),
    # ... not a stop told in the app's news
    pytest.param(
        "PL",
        "postal",
        "Nowość w aplikacji: wysyłka do Izraela wstrzymana",
        "Od 1 marca przyjmowanie paczek do Izraela zostaje zawieszone.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["IL"]},
        id="pl-app-news-with-stop-stays",
    ),
    # German "still need no customs declaration" spares the places it names
    pytest.param(
        "AT",
        "postal",
        "Elektronische Zollinhaltserklärung für Pakete in die Schweiz",
        "Ab 1. Juni ist für alle Pakete in die Schweiz eine elektronische Zollinhaltserklärung "
        "verpflichtend. Sendungen nach Deutschland benötigen weiterhin keine "
        "Zollinhaltserklärung.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["CH"]},
        id="de-still-need-no-declaration",
    ),
    # a product withdrawn from the range, in Finnish and Polish, limits what can be sent
    pytest.param(
        "FI",
        "postal",
        "Economy-kirjeet ulkomaille poistuvat valikoimasta 1.6.2026",
        "Muutos koskee kaikkia ulkomaan kohteita. Jatkossa kirjeet ulkomaille kulkevat "
        "Priority-kirjeenä.",
        {"relevant": True, "change_kind": "restriction"},
        id="fi-product-withdrawn-from-range",
    ),
    pytest.param(
        "PL",
        "postal",
        "Wycofanie usługi „Worek M” w obrocie zagranicznym",
        "Z dniem 1 marca Poczta Polska wycofuje z oferty usługę „Worek M” – przesyłkę z drukami "
        "za granicę. Zmiana dotyczy wszystkich krajów przeznaczenia.",
        {"relevant": True, "change_kind": "restriction"},
        id="pl-service-withdrawn-from-offer",
    ),
    # Japanese "becomes subject to a permit"
    pytest.param(
        "JP",
        "customs",
        "ドローンの輸入について",
        "2026年4月1日から、小型無人機の輸入は許可制となります。国際郵便で海外から取り寄せる場合も"
        "許可証が必要です。",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["JP"]},
        id="ja-becomes-permit-based",
    ),
    # Portuguese "will be held and returned"; "returned to origin" alone is what befalls items
    # that lack papers
    pytest.param(
        "BR",
        "customs",
        "Réplicas de armas: remessas serão devolvidas",
        "A partir de 1º de março, as remessas internacionais destinadas ao Brasil que contenham "
        "réplicas de armas de fogo serão retidas e devolvidas ao remetente.",
        {"relevant": True, "change_kind": "prohibited_items", "destinations": ["BR"]},
        id="pt-held-and-returned",
    ),
    # mail that will not arrive for weeks is delayed
    pytest.param(
        None,
        "postal",
        "Mail for Tristan da Cunha: sailing postponed",
        "The March sailing has been postponed for repairs. Mail posted now is unlikely to reach "
        "Tristan da Cunha before late April.",
        {"relevant": True, "change_kind": "delay", "destinations": ["SH"]},
        id="en-unlikely-to-reach",
    ),
    # new conditions for sending, in a title or applied in the body, limit what goes
    pytest.param(
        "ES",
        "postal",
        "Nuevas condiciones para el envío de perfumes al extranjero",
        "A partir del 1 de marzo, Correos aplicará nuevas condiciones a los envíos "
        "internacionales que contengan perfumes.",
        {"relevant": True, "change_kind": "restriction"},
        id="es-new-conditions-for-sending",
    ),
    pytest.param(
        "AE",
        "carrier",
        "تحديث لشحن العطور إلى المملكة المتحدة",
        "اعتباراً من 1 مايو، ستطبق أرامكس الشروط التالية على الشحنات المرسلة إلى المملكة المتحدة.",
        {"relevant": True, "change_kind": "restriction", "destinations": ["GB"]},
        id="ar-following-conditions-apply",
    ),
    # a tax office's legal deadlines, a developer portal's API keys are no mail
    pytest.param(
        "MX",
        "customs",
        "Días inhábiles: el SAT suspende plazos y términos",
        "Del 20 al 31 de diciembre se suspenden los plazos y términos legales de los trámites "
        "fiscales y aduaneros. Las aduanas operan con normalidad.",
        {"relevant": False},
        id="es-deadlines-suspended",
    ),
    pytest.param(
        None,
        "carrier",
        "API Developer Portal – System Status",
        "All systems operational. Past incidents: suspended API keys were reactivated "
        "automatically; no action is required.",
        {"relevant": False},
        id="en-api-keys-suspended",
    ),
    # an all-clear in Spanish and Turkish
    pytest.param(
        "ES",
        "carrier",
        "Huelga en Italia: servicio garantizado",
        "Ante la huelga convocada en Italia, mantiene la operativa de entrega de todos los envíos "
        "con destino a Italia.",
        {"relevant": True, "change_kind": "informational", "destinations": ["IT"]},
        id="es-service-guaranteed",
    ),
    pytest.param(
        "TR",
        "postal",
        "Deprem bölgesinde posta hizmetleri devam ediyor",
        "Depremin ardından gönderi kabul ve dağıtım işlemleri bölgede aksamadan devam etmektedir.",
        {"relevant": True, "change_kind": "informational"},
        id="tr-continues-without-disruption",
    ),
    # Georgia the US state is in the US; so is a bare "South Georgia" beside Atlanta
    pytest.param(
        "GB",
        "postal",
        "Hurricane: deliveries to Florida and Georgia delayed",
        "Our partner in the USA advises that deliveries to Florida, Georgia and South Carolina "
        "will be delayed by up to a week.",
        {"relevant": True, "change_kind": "delay", "destinations": ["US"]},
        id="en-georgia-the-state-is-us",
    ),
    pytest.param(
        "US",
        "other",
        "Mail delivery halted in parts of South Georgia",
        "The Postal Service has suspended mail delivery in parts of South Georgia after the "
        "storm; mail through the Atlanta network may be delayed.",
        {"relevant": True, "destinations": ["US"]},
        id="en-south-georgia-the-state",
    ),
    # ... not the islands named with theirs, nor Georgia the country
    pytest.param(
        "GB",
        "postal",
        "South Georgia and the South Sandwich Islands: mail suspended",
        "Mail to South Georgia (King Edward Point) is suspended until the next ship.",
        {"relevant": True, "destinations": ["GS"]},
        id="en-south-georgia-the-islands",
    ),
    pytest.param(
        "DE",
        "postal",
        "Georgien: Pakete ausgesetzt",
        "Pakete nach Georgien (Tbilisi) sind ab sofort ausgesetzt.",
        {"relevant": True, "destinations": ["GE"]},
        id="de-georgia-the-country",
    ),
    # Arabic "Republic of the Congo" is Brazzaville; the Democratic one is spared
    pytest.param(
        "AE",
        "postal",
        "تعليق الخدمات البريدية إلى جمهورية الكونغو",
        "تم تعليق قبول الطرود المتجهة إلى جمهورية الكونغو مؤقتاً. ولا يشمل هذا التعليق جمهورية "
        "الكونغو الديمقراطية.",
        {"relevant": True, "destinations": ["CG"]},
        id="ar-republic-of-the-congo",
    ),
    # Hungarian "from third countries (e.g. China, ...)": the examples are origins, and "pl."
    # ends no sentence
    pytest.param(
        "HU",
        "postal",
        "Változik a vámkezelési díj a nem uniós országokból érkező küldemények esetén",
        "2026. július 1-jétől módosul a harmadik országokból (pl. Kína, Egyesült Királyság, "
        "Svájc) érkező postai küldemények vámkezelési díja: 1 990 Ft helyett 2 490 Ft.",
        {"relevant": True, "destinations": ["HU"]},
        id="hu-origin-examples",
    ),
    # Romanian "only under the following conditions"; Slovak "require"
    pytest.param(
        "RO",
        "customs",
        "Condiții privind primirea medicamentelor prin trimiteri poștale",
        "Începând cu 1 mai, medicamentele primite în România prin trimiteri poștale din state "
        "terțe vor fi puse în liberă circulație numai în următoarele condiții: o copie a "
        "prescripției medicale.",
        {"relevant": True, "change_kind": "restriction", "destinations": ["RO"]},
        id="ro-only-under-conditions",
    ),
    pytest.param(
        "SK",
        "customs",
        "Preukazovanie hodnoty tovaru pri zásielkach z tretích krajín",
        "Od 1. apríla colné úrady pri zásielkach z tretích krajín prepúšťaných na Slovensku "
        "vyžadujú preukázanie colnej hodnoty faktúrou.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["SK"]},
        id="sk-customs-require",
    ),
    # one post office closed for works, in Slovak
    pytest.param(
        "SK",
        "postal",
        "Pozastavenie prevádzky pošty Bratislava 4 z dôvodu rekonštrukcie",
        "Od 9. júna bude prevádzka pošty Bratislava 4 pozastavená. Uložené zásielky si môžete "
        "vyzdvihnúť na pošte Bratislava 42.",
        {"relevant": False},
        id="sk-one-office-closed",
    ),
    # the review's guards: a home-prices title over a stop abroad; a how-to title over a rule
    # told with its French day; "new conditions" over a stop of goods
    pytest.param(
        "SE",
        "postal",
        "Inrikes brev: nya priser och stopp för paket till USA",
        "Från 1 januari höjs portot för inrikes brev. Samtidigt stoppar vi från 25 augusti paket "
        "med varor till USA.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["US"]},
        id="sv-home-prices-title-with-stop-stays",
    ),
    pytest.param(
        "FR",
        "postal",
        "Comment remplir la déclaration en douane ?",
        "À compter du 1er juillet 2026, la déclaration en douane doit obligatoirement être saisie "
        "en ligne pour tout colis hors Union européenne.",
        {"relevant": True, "change_kind": "new_requirement"},
        id="fr-how-to-with-dated-rule-stays",
    ),
    pytest.param(
        "FR",
        "postal",
        "Comment remplir la déclaration en douane ?",
        "Depuis le 1er juillet 2025, la déclaration en douane doit être saisie en ligne pour tout "
        "colis vers la Suisse.",
        {"relevant": True, "change_kind": "new_requirement"},
        id="fr-how-to-with-rule-since-a-day-stays",
    ),
    pytest.param(
        "GB",
        "postal",
        "New conditions for sending to the United States",
        "From 29 August we can no longer accept any parcels containing goods to the United "
        "States. Letters and documents can still be sent.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["US"]},
        id="en-new-conditions-over-stop-stays",
    ),
    pytest.param(
        "ES",
        "postal",
        "Envíos a Estados Unidos",
        "Correos aplicará nuevas condiciones: desde el 29 de agosto no se admiten envíos con "
        "mercancías a Estados Unidos.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["US"]},
        id="es-new-conditions-in-body-over-stop-stays",
    ),
    # Portuguese "correio internacional" is mail; items released only with a paper need it
    pytest.param(
        "PT",
        "postal",
        "Greve no aeroporto de Lisboa",
        "Devido à greve no aeroporto, o tratamento do correio internacional decorre em ritmo "
        "reduzido esta semana.",
        {"relevant": True, "change_kind": "delay"},
        id="pt-correio-internacional-delayed",
    ),
    pytest.param(
        "PH",
        "customs",
        "Release of balikbayan boxes",
        "From 1 April 2026, balikbayan boxes will not be released without a packing list and a "
        "valid passport copy.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["PH"]},
        id="en-not-released-without-papers",
    ),
    # a customer's account suspended is no stop of mail
    pytest.param(
        None,
        "carrier",
        "FAQ: My account has been suspended – what should I do?",
        "Your account is suspended after five failed logins. Reset your password to reactivate "
        "it; saved shipments stay available.",
        {"relevant": False},
        id="en-account-suspended",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str | None, source_kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, source_kind, title, text, want)


@pytest.mark.parametrize(
    ("title", "report"),
    [
        ("Revenue Committee summarizes 2025: customs revenues exceed plan", True),
        ("Customs revenue exceeds the annual target", True),
        ("Revenue target met: import VAT relief to end on 1 July", False),
    ],
)
def test_revenue_titles(title: str, report: bool) -> None:
    """A title of a year's revenue that beats its plan (not one that ends a relief)."""
    assert company_report_title(Doc.make(title, "")) is report


def test_the_island_is_no_iceland() -> None:
    """English "the Island" (a post's own island) names no Iceland, which "Island" is in the
    Nordic languages and German; "nach Island" still is."""
    fee = classify(
        "New handling fee on imported parcels",
        "From 1 May we will charge a handling fee of £9 on each parcel arriving on the Island "
        "where import VAT is payable.",
        origin="IM",
        source_kind="postal",
    )
    assert fee.change_kind == "duty_tax_change"
    assert "IS" not in fee.destinations
    iceland = classify(
        "Pakete nach Island ausgesetzt",
        "Ab sofort nehmen wir keine Pakete nach Island mehr an.",
        origin="DE",
        source_kind="postal",
    )
    assert iceland.destinations == ["IS"]
