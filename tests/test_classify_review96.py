"""Session 96, from blind sets 712 on: each case a notice written for one rule, with the
fields that rule decides (its kind and destinations, its categories, or that it is no
change)."""

from __future__ import annotations

import pytest

from monitor.classify.kinds.topics import company_report_title
from monitor.classify.text import Doc
from tests.classify_check import check_fields

_EU27 = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()

_NOTICES = [
    # a job advert whose title says "Vacancy notice:", whatever prohibited items its tasks name
    pytest.param(
        None,
        "customs",
        "Vacancy notice: Senior Officer – Postal Traffic",
        "The Organization is seeking a Senior Officer for its Facilitation Directorate.\n"
        "Main duties\n- Draft guidance on prohibited items and dangerous goods in the post.\n"
        "Closing date for applications: 12 March 2026.",
        {"relevant": False},
        id="en-vacancy-notice-title",
    ),
    # a look back years ago: the resumption it tells of is history
    pytest.param(
        "US",
        "other",
        "Twenty-five years ago: mail to Bosnia resumes",
        "In 1996 the Postal Service announced that letters and parcels to Sarajevo, suspended "
        "during the war, would be accepted again. Our collection holds one of the first covers.",
        {"relevant": False},
        id="en-years-ago-title-is-history",
    ),
    # ... while the same news told today is a resumption
    pytest.param(
        "US",
        "postal",
        "Mail to Bosnia resumes",
        "From 3 March letters and parcels to Bosnia and Herzegovina are accepted again.",
        {"relevant": True, "change_kind": "resumption", "destinations": ["BA"]},
        id="en-resumption-today-stays",
    ),
    # a company's results for a year, whatever duties and places its figures name
    pytest.param(
        "IE",
        "postal",
        "Eirpost reports 2025 results: parcel volumes up",
        "Eirpost today reported revenue of €900 million for 2025. Parcels to the United States "
        "grew 5% despite new US duties; the company collected VAT on 4 million items.",
        {"relevant": False},
        id="en-year-results-title",
    ),
    # the revenue a customs office collected: its figures, not a change of duty
    pytest.param(
        "GH",
        "customs",
        "Customs exceeds its 2025 revenue target",
        "Customs collected GHS 21 billion in 2025, 5% above target. Import VAT and excise "
        "duties on tobacco and alcohol made up most of it.",
        {"relevant": False},
        id="en-revenue-target-title",
    ),
    # a Macedonian seizure of cigarettes without excise stamps: news, not a duty
    pytest.param(
        "MK",
        "customs",
        "Запленети 3.000 кутии цигари на граничен премин",
        "Цариниците пронајдоа 3.000 кутии цигари без акцизни маркички во товарно возило.",
        {"relevant": False},
        id="mk-seizure-excise-stamps",
    ),
    # ... and a Montenegrin one of spirits
    pytest.param(
        "ME",
        "customs",
        "Na graničnom prelazu zaplijenjeno 900 litara alkohola",
        "Službenici carine pronašli su 900 litara alkoholnih pića bez akciznih markica.",
        {"relevant": False},
        id="me-seizure-excise-stamps",
    ),
    # a customs authority's title of sending parcels abroad: where they go, not its imports
    pytest.param(
        "EE",
        "customs",
        "Sending parcels to Belarus: prohibited goods",
        "Under EU sanctions, perfumes worth more than EUR 300 and mobile phones worth more than "
        "EUR 750 are prohibited in parcels to Belarus.",
        {"relevant": True, "destinations": ["BY"]},
        id="en-customs-title-of-sending-abroad",
    ),
    # ... but items sent into the EU, on a member's customs site, are its imports
    pytest.param(
        "FR",
        "customs",
        "Envois postaux à destination de l'Union européenne : données ICS2 obligatoires",
        "À compter du 1er mars 2026, les envois postaux à destination de l'Union européenne "
        "devront obligatoirement comporter une description précise des marchandises.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": _EU27},
        id="fr-customs-sending-into-the-eu-is-imports",
    ),
    # Portuguese "deverão estar acompanhadas de": a new document required
    pytest.param(
        "BR",
        "postal",
        "Remessas com sementes",
        "A partir de 1º de junho, as remessas internacionais destinadas ao Brasil com sementes "
        "deverão estar acompanhadas de certificado fitossanitário.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["BR"]},
        id="pt-future-must-be-accompanied",
    ),
    # cookies to eat are no website's cookie banner
    pytest.param(
        "CA",
        "postal",
        "Sending food to the U.S. this winter",
        "The USDA no longer allows poultry products from Canada to enter the United States by "
        "mail. You can still send cookies and chocolate.",
        {"relevant": True, "change_kind": "prohibited_items", "destinations": ["US"]},
        id="en-cookies-are-food",
    ),
    # "is once again" partnering: no resumption of a service
    pytest.param(
        "GB",
        "postal",
        "Postmen collect toys for children",
        "Our postal service is once again partnering with a children's charity this winter. "
        "Customers can donate toys at any delivery office.",
        {"relevant": False},
        id="en-once-again-partnering",
    ),
    # ... while a service "is once again available" to a place is a resumption
    pytest.param(
        "GB",
        "postal",
        "Service update",
        "International Tracked is once again available for items to Mexico.",
        {"relevant": True, "change_kind": "resumption", "destinations": ["MX"]},
        id="en-once-again-available",
    ),
    # an event's invitation: the duties it discusses are its subject
    pytest.param(
        None,
        "other",
        "Registration opens for the Parcel Trade Forum 2026",
        "Registration is now open. Sessions will address changes to de minimis thresholds, VAT "
        "on low-value goods, handling fees and lithium batteries.",
        {"relevant": False},
        id="en-registration-opens-title",
    ),
    # a count of seized goods right before "prohibited": the haul, whatever place follows
    pytest.param(
        "US",
        "customs",
        "Officers at the mail facility intercept undeclared sausages",
        "Officers intercepted 30 parcels of undeclared pork sausages this week; all were "
        "seized and destroyed.\nIn 2025 they "
        "intercepted 1,900 prohibited meat products at U.S. ports of entry.",
        {"relevant": False},
        id="en-seized-count-before-prohibited",
    ),
    # Macedonian "привремено е прекинат приемот": acceptance stopped
    pytest.param(
        "MK",
        "postal",
        "Известување",
        "Од 2 март привремено е прекинат приемот на пратки за Мали.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["ML"]},
        id="mk-acceptance-interrupted",
    ),
    # Albanian "nga" (from): the countries mail comes from are origins, not destinations
    pytest.param(
        "AL",
        "postal",
        "Vonesa në dërgesat hyrëse nga Italia dhe Greqia",
        "Për shkak të mjegullës, dërgesat hyrëse po arrijnë me vonesë prej 3 ditësh.",
        {"relevant": True, "change_kind": "delay", "destinations": ["AL"]},
        id="sq-from-is-origin",
    ),
    # Greek "σε όλη τη χώρα": a strike holds up delivery at home
    pytest.param(
        "GR",
        "postal",
        "Ενημέρωση για την απεργία",
        "Λόγω της απεργίας ενδέχεται να σημειωθούν καθυστερήσεις στη διανομή δεμάτων σε όλη "
        "τη χώρα.",
        {"relevant": True, "change_kind": "delay", "destinations": ["GR"]},
        id="el-delay-nationwide",
    ),
    # Nordic "fra EU/EØS-land (for eksempel ...)": the countries examples of where food comes from
    pytest.param(
        "NO",
        "postal",
        "Ny vektgrense for ost i pakker",
        "Fra 1. mars innføres en vektgrense på 5 kg for ost i pakker fra EU/EØS-land (for "
        "eksempel Sverige og Danmark) til privatpersoner i Norge.",
        {"relevant": True, "destinations": ["NO"]},
        id="no-examples-of-eu-countries-of-origin",
    ),
    # Finnish "hyväksytään jälleen": accepted again
    pytest.param(
        "FI",
        "postal",
        "Kirjeet Ukrainaan",
        "Kirjeet Ukrainaan hyväksytään jälleen 2.6. alkaen.",
        {"relevant": True, "change_kind": "resumption", "destinations": ["UA"]},
        id="fi-accepted-again",
    ),
    # Estonian "taastab ... vastuvõtu": restores acceptance
    pytest.param(
        "EE",
        "postal",
        "Saadetised Kanadasse",
        "Alates 3. märtsist taastab Omniva pakkide vastuvõtu Kanadasse.",
        {"relevant": True, "change_kind": "resumption", "destinations": ["CA"]},
        id="et-restores-acceptance",
    ),
    # Lithuanian "būtinas": required
    pytest.param(
        "LT",
        "postal",
        "Siuntos į Šveicariją",
        "Nuo birželio 1 d. siuntoms į Šveicariją būtinas gavėjo telefono numeris.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["CH"]},
        id="lt-required",
    ),
    # ... and "netaikomas": a place where the rule does not apply is spared
    pytest.param(
        "LT",
        "carrier",
        "Nauji reikalavimai",
        "Nuo kovo 1 d. siunčiant siuntas į Latviją privaloma nurodyti gavėjo telefono numerį. "
        "Estijoje šis reikalavimas netaikomas.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["LV"]},
        id="lt-does-not-apply-spares",
    ),
    # bare "stamps" beside a tax stamp are the tax's, no postage stamps
    pytest.param(
        "UG",
        "customs",
        "Public notice: tax stamps on imported spirits",
        "From 1 March 2026 all spirits and cigarettes imported into Uganda by post must bear a "
        "digital tax stamp. Importers must apply for stamps through the portal.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["UG"]},
        id="en-tax-stamps-are-no-postage-stamps",
    ),
    # a Spanish "external competition" for posts: a job advert
    pytest.param(
        "DO",
        "customs",
        "Concurso externo: plazas de Técnico Aduanero",
        "La Dirección convoca a concurso externo para cubrir 20 plazas. Se valorarán "
        "conocimientos de mercancías prohibidas y envíos courier.",
        {"relevant": False},
        id="es-external-competition-title",
    ),
    # Japanese smuggling cases detected, and customs' word that it will keep making the rule
    # known: enforcement news, no new requirement
    pytest.param(
        "JP",
        "customs",
        "令和7年の覚醒剤密輸入事犯の摘発状況について",
        "令和7年の摘発件数は120件でした。国際郵便物に隠匿する手口が目立ちました。"
        "税関では、輸入の際は申告が必要であることについて、引き続き周知を行います。",
        {"relevant": False},
        id="ja-smuggling-detected-and-advice",
    ),
    # a property tax is no duty on goods
    pytest.param(
        "TZ",
        "customs",
        "Property tax reminder",
        "Owners are reminded that property tax for 2025/26 is due by 30 June. A penalty of 25% "
        "applies to late payment.",
        {"relevant": False},
        id="en-property-tax",
    ),
    # Serbian "odvijaju bez zastoja" (run without delay) across the country: all is well at home
    pytest.param(
        "RS",
        "postal",
        "Saopštenje: pošta radi normalno",
        "Povodom napisa o navodnom štrajku, obaveštavamo građane da se prijem i uručenje paketa "
        "odvijaju bez zastoja na celoj teritoriji Srbije.",
        {"relevant": True, "change_kind": "informational", "destinations": ["RS"]},
        id="sr-runs-without-delay-nationwide",
    ),
    # Croatian "primamo redovito" (we accept as usual)
    pytest.param(
        "BA",
        "postal",
        "Štrajk u Austrijskoj pošti",
        "Pošiljke za Austriju primamo redovito, bez značajnijih zastoja.",
        {"relevant": True, "change_kind": "informational", "destinations": ["AT"]},
        id="hr-accepted-as-usual",
    ),
    # Bosnian "obavezno priložiti" (must attach)
    pytest.param(
        "BA",
        "customs",
        "Faktura za online kupovinu",
        "Od 1. marta za carinjenje pošiljaka kupljenih putem interneta potrebno je obavezno "
        "priložiti fakturu.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["BA"]},
        id="bs-must-attach",
    ),
    # French "devra faire l'objet d'une déclaration"
    pytest.param(
        "SN",
        "customs",
        "Communiqué",
        "À compter du 1er mars 2026, tout envoi postal importé au Sénégal devra faire l'objet "
        "d'une déclaration en détail.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["SN"]},
        id="fr-must-be-declared",
    ),
    # Slovenian "dostava" is delivery: a delay of it that names no place abroad is at home
    pytest.param(
        "SI",
        "postal",
        "Zamude pri dostavi zaradi poplav",
        "Zaradi poplav je dostava paketov na prizadetih območjih otežena.",
        {"relevant": True, "change_kind": "delay", "destinations": ["SI"]},
        id="sl-delivery-delayed-at-home",
    ),
    # Finnish "Suomessa" (in Finland)
    pytest.param(
        "FI",
        "postal",
        "Myrsky",
        "Myrskyn vuoksi posti- ja pakettijakelu voi viivästyä 1–2 päivää Lapissa. Muualla "
        "Suomessa jakelu toimii normaalisti.",
        {"relevant": True, "change_kind": "delay", "destinations": ["FI"]},
        id="fi-in-finland",
    ),
    # Serbian Cyrillic "ЕУ" is the EU
    pytest.param(
        "RS",
        "postal",
        "Обавезни електронски подаци за пошиљке за ЕУ",
        "Од 1. марта за пошиљке са робом за ЕУ обавезно је електронско достављање података.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": _EU27},
        id="sr-cyrillic-eu",
    ),
    # Bosnian "Sveti Vinsent i Grenadine"
    pytest.param(
        "BA",
        "postal",
        "Obustava prijema",
        "Do daljnjeg je obustavljen prijem pošiljaka za Sveti Vinsent i Grenadine.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["VC"]},
        id="bs-saint-vincent",
    ),
    # Albanian "drejt të gjitha destinacioneve" (to all destinations)
    pytest.param(
        "AL",
        "postal",
        "Kufizime të reja",
        "Nga 1 marsi dërgesat ndërkombëtare drejt të gjitha destinacioneve me lëngje pranohen "
        "vetëm deri në 1 litër.",
        {"relevant": True, "destinations": ["*"]},
        id="sq-all-destinations",
    ),
    # islands of the two Virgin Islands by their own names
    pytest.param(
        "US",
        "carrier",
        "Storm advisory",
        "Shipments for Tortola and St. Croix will be delayed approximately 48 hours.",
        {"relevant": True, "change_kind": "delay", "destinations": ["VG", "VI"]},
        id="en-virgin-islands-by-island",
    ),
    # a stop of sailings is the cause; the mail is delayed
    pytest.param(
        "ES",
        "postal",
        "Retrasos en Melilla",
        "Debido al temporal se ha suspendido la navegación entre Málaga y Melilla. Los envíos "
        "con destino a Melilla podrían sufrir retrasos.",
        {"relevant": True, "change_kind": "delay", "destinations": ["ES"]},
        id="es-sailings-suspended-mail-delayed",
    ),
    # customs papers not needed for the EU: the EU is spared
    pytest.param(
        "PL",
        "carrier",
        "Nowe wymagania dla paczek do Szwajcarii i Norwegii",
        "Od 1 lutego wszystkie przesyłki do Szwajcarii i Norwegii muszą być przekazane z "
        "elektroniczną fakturą handlową. Przesyłki do krajów UE nie wymagają dokumentów celnych.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["CH", "NO"]},
        id="pl-eu-needs-no-customs-papers",
    ),
    # ... and in English
    pytest.param(
        "PL",
        "carrier",
        "New requirements for parcels to Switzerland and Norway",
        "From 1 February all parcels to Switzerland and Norway must carry an electronic "
        "commercial invoice. Shipments to EU countries do not require customs documents.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["CH", "NO"]},
        id="en-eu-needs-no-customs-papers",
    ),
    # Faroese mail coming in from abroad ("postur, ið kemur úr útlondum"), from Denmark
    pytest.param(
        "FO",
        "postal",
        "Verkfall: seinking av posti",
        "Orsakað av verkfallinum verður postur, ið kemur úr útlondum, seinkaður. Pakkar úr "
        "Danmark verða ikki bornir út, fyrr enn verkfallið er av.",
        {"relevant": True, "change_kind": "delay", "destinations": ["FO"]},
        id="fo-mail-from-abroad-delayed",
    ),
    # Faroese VAT ("meirvirðisgjald") on small parcels
    pytest.param(
        "FO",
        "customs",
        "Broytingar í meirvirðisgjaldi av smápakkum",
        "Frá 1. januar 2027 skal meirvirðisgjald gjaldast av øllum smápakkum, ið verða sendar "
        "til Føroya.",
        {"relevant": True, "change_kind": "duty_tax_change", "destinations": ["FO"]},
        id="fo-vat-on-small-parcels",
    ),
    # "not expecting significant delays": all is well
    pytest.param(
        "GB",
        "postal",
        "Strikes in Belgium",
        "We are not expecting significant delays to letters and parcels for Belgium.",
        {"relevant": True, "change_kind": "informational", "destinations": ["BE"]},
        id="en-not-expecting-significant-delays",
    ),
    # Danish "modtager vi ikke" (we do not accept), ship parcels
    pytest.param(
        "DK",
        "postal",
        "Sidste skibsafgang til Grønland",
        "Efter 1. oktober modtager vi ikke skibspakker til Grønland før sejlsæsonen 2026.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["GL"]},
        id="da-we-do-not-accept-ship-parcels",
    ),
    # a page's heading "Service disruptions" over a stop that goes on: the stop is the news
    pytest.param(
        "US",
        "postal",
        "Service disruptions",
        "Acceptance of all mail classes to Yemen remains suspended.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["YE"]},
        id="en-heading-disruptions-over-remaining-stop",
    ),
    # ... and delays said to have ended are no delay
    pytest.param(
        "US",
        "postal",
        "International Service Disruptions",
        "Sudan — Acceptance of all mail classes remains suspended.\n\nGuinea-Bissau — "
        "Previously reported delays have ended; service is operating normally.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["SD"]},
        id="en-delays-have-ended",
    ),
    # review: a look back over a change of now ("Ab Montag") is news
    pytest.param(
        "DE",
        "postal",
        "Vor 30 Jahren eingestellt: Ab Montag wieder Pakete nach Libyen",
        "Ab Montag nehmen wir wieder Pakete nach Libyen an.",
        {"relevant": True, "change_kind": "resumption", "destinations": ["LY"]},
        id="de-look-back-over-a-change-of-now",
    ),
    # review: a revenue title that states a duty changed is news
    pytest.param(
        "KE",
        "customs",
        "Revenue target: excise duty on imported parcels rises to 20% from 1 July",
        "From 1 July 2026 the excise duty on imported parcels rises to 20%.",
        {"relevant": True, "change_kind": "duty_tax_change", "destinations": ["KE"]},
        id="en-revenue-title-with-a-duty-change",
    ),
    # review: travellers told of a ban that holds for mail too
    pytest.param(
        "DE",
        "customs",
        "Reisende aufgepasst: Einfuhrverbot für Fleisch ab 1. Mai",
        "Ab 1. Mai dürfen Reisende kein Fleisch mehr im Gepäck mitbringen. Das Verbot gilt auch "
        "für Postsendungen.",
        {"relevant": True, "change_kind": "prohibited_items", "destinations": ["DE"]},
        id="de-travellers-ban-holds-for-mail",
    ),
    # review: a travel title over a tax on goods sent from abroad
    pytest.param(
        "NZ",
        "customs",
        "Holiday travel: why your gifts from overseas now cost more",
        "Travellers bring back gifts in their baggage duty free up to NZ$700. GST of 15% now "
        "applies to all goods sent to New Zealand from abroad.",
        {"relevant": True, "change_kind": "duty_tax_change", "destinations": ["NZ"]},
        id="en-travel-title-over-tax-on-goods-sent",
    ),
    # review: Macedonian "е прекинат" of a tracking website is no stop of mail
    pytest.param(
        "MK",
        "postal",
        "Привремено е прекинат сервисот за следење пратки",
        "Поради одржување, привремено е прекинат сервисот за следење пратки на нашата "
        "веб-страница. Приемот и испораката на пратки се одвиваат нормално.",
        {"relevant": False},
        id="mk-tracking-website-down",
    ),
    # review: "(RDC) N° 14" numbers an item, the place stays
    pytest.param(
        "BE",
        "postal",
        "Kinshasa (RDC) N° 14 : suspension des colis",
        "Kinshasa (RDC) N° 14 : l'acceptation des colis est suspendue jusqu'à nouvel ordre.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["CD"]},
        id="fr-numbered-item-keeps-the-place",
    ),
    # review: "is once again suspended" is a stop, "once" no condition
    pytest.param(
        "GB",
        "postal",
        "Parcel post to Australia is once again suspended",
        "Parcel post to Australia is once again suspended until further notice.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["AU"]},
        id="en-once-again-suspended",
    ),
    # review: a member's customs on sending to a place outside the EU and one in it
    pytest.param(
        "BE",
        "customs",
        "Envois vers le Royaume-Uni et les Pays-Bas : formalités douanières",
        "Les envois vers le Royaume-Uni doivent être accompagnés d'une déclaration en douane. "
        "Les envois vers les Pays-Bas ne nécessitent aucune formalité.",
        {"relevant": True, "destinations": ["GB"]},
        id="fr-customs-sending-outside-and-inside-the-eu",
    ),
    # review: a title of goods intercepted, its ban word right after the verb
    pytest.param(
        "US",
        "customs",
        "CBP intercepts prohibited meat at Chicago mail facility",
        "CBP agriculture specialists intercepted 2,552 prohibited plant, meat and animal "
        "by-products at U.S. ports of entry on a typical day in 2024.",
        {"relevant": False},
        id="en-title-intercepts-prohibited",
    ),
    # review: Serbian Cyrillic "Заплењено" (seized)
    pytest.param(
        "RS",
        "customs",
        "Заплењено 50 кг дувана на граничном прелазу",
        "Цариници су пронашли 50 кг дувана без акцизних маркица.",
        {"relevant": False},
        id="sr-cyrillic-seized",
    ),
    # review: a look back over a title of now ("... resumes today")
    pytest.param(
        "US",
        "postal",
        "Thirty years ago service stopped: mail to Iraq resumes today",
        "For the first time in thirty years, the Postal Service accepts letters and small "
        "parcels addressed to Iraq again.",
        {"relevant": True, "destinations": ["IQ"]},
        id="en-look-back-title-of-now",
    ),
    # review: an event's title with its own registration word after its name
    pytest.param(
        "US",
        "customs",
        "CBP Trade Week: registration opens",
        "Register now for CBP Trade Week in Chicago. Sessions will cover de minimis, Section 321 "
        "entries and e-commerce enforcement.",
        {"relevant": False},
        id="en-event-title-registration-after-its-name",
    ),
    # review: Croatian "odgođena" (put off)
    pytest.param(
        "BA",
        "postal",
        "Isporuka paketa u Austriju odgođena",
        "Zbog štrajka u Austriji, isporuka paketa u Austriju odgođena je do daljnjeg.",
        {"relevant": True, "change_kind": "delay", "destinations": ["AT"]},
        id="hr-delivery-put-off",
    ),
    # review: Macedonian postal traffic with a country stopped
    pytest.param(
        "MK",
        "postal",
        "Привремен прекин на поштенскиот сообраќај со Украина",
        "Пошта на Северна Македонија објавува привремен прекин на поштенскиот сообраќај со "
        "Украина до понатамошно известување.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["UA"]},
        id="mk-postal-traffic-with-a-country-stopped",
    ),
    # review: a county and a river named St. Croix are no Virgin Island
    pytest.param(
        "US",
        "postal",
        "Severe storms in St. Croix County, Wisconsin delay deliveries",
        "Severe storms in St. Croix County, Wisconsin, have delayed mail deliveries in Hudson.",
        {"relevant": True, "change_kind": "delay", "destinations": ["US"]},
        id="en-st-croix-county",
    ),
    # review: Estonian "USAsse" (to the USA)
    pytest.param(
        "EE",
        "postal",
        "Omniva peatab pakkide saatmise USAsse",
        "Omniva peatab 25. augustist pakkide saatmise USAsse.",
        {"relevant": True, "change_kind": "suspension", "destinations": ["US"]},
        id="et-to-the-usa",
    ),
    # Ukrainian revenue brought to the state budget
    pytest.param(
        "UA",
        "customs",
        "Митниці у жовтні забезпечили 40 млрд грн надходжень до держбюджету",
        "Найбільше надходжень забезпечили ПДВ та акциз на ввезені товари.",
        {"relevant": False},
        id="uk-revenue-to-the-state-budget",
    ),
    # Romanian travellers' allowances in their baggage
    pytest.param(
        "MD",
        "customs",
        "Ce bunuri pot introduce călătorii fără plata drepturilor de import",
        "Călătorii pot introduce în bagajul personal bunuri în valoare de până la 300 euro fără "
        "plata drepturilor de import, inclusiv 200 de țigarete.",
        {"relevant": False},
        id="ro-traveller-allowances",
    ),
    # French "faire livrer en Belgique": where the goods are delivered
    pytest.param(
        "BE",
        "other",
        "Interdiction des cigarettes électroniques jetables",
        "À partir du 1er janvier 2026, la vente de cigarettes électroniques jetables est "
        "interdite. La Belgique est le premier pays de l'Union européenne à prendre cette mesure. "
        "Il est également interdit de faire livrer en Belgique des cigarettes électroniques "
        "jetables achetées en ligne.",
        {"relevant": True, "change_kind": "prohibited_items", "destinations": ["BE"]},
        id="fr-have-delivered-in",
    ),
    # "released only upon presentation of": a document required
    pytest.param(
        "MT",
        "customs",
        "Importation of medicinal products by post",
        "With effect from 1 March 2026, consignments containing medicinal products imported into "
        "Malta by post shall be released only upon presentation of a prescription.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["MT"]},
        id="en-released-only-upon-presentation",
    ),
    # French "colis internationaux à l'arrivée": mail coming in
    pytest.param(
        "TN",
        "postal",
        "Frais de présentation en douane",
        "À compter du 1er janvier 2026, les frais de présentation en douane perçus sur les colis "
        "internationaux à l'arrivée passent à 5 DT.",
        {"relevant": True, "change_kind": "duty_tax_change", "destinations": ["TN"]},
        id="fr-parcels-on-arrival",
    ),
    # a Chinese strategic cooperation agreement signed: company news
    pytest.param(
        "CN",
        "carrier",
        "燕文物流与巴西邮政签署战略合作协议",
        "燕文物流与巴西邮政签署战略合作协议，双方将在巴西专线、清关和末端派送方面加强合作，"
        "暂停的线路将逐步恢复。",
        {"relevant": False},
        id="zh-cooperation-agreement-signed",
    ),
    # Hebrew dispatch held up ("מעוכב", "לא ישוגרו") and renewed ("חידש את שיגור")
    pytest.param(
        "IL",
        "postal",
        'שיגור דואר לחו"ל מעוכב',
        'בעקבות סגירת המרחב האווירי, דברי דואר לחו"ל לא ישוגרו עד לחידוש הטיסות. השיגור יתעכב.',
        {"relevant": True, "change_kind": "delay", "destinations": ["*"]},
        id="he-dispatch-held-up",
    ),
    pytest.param(
        "IL",
        "postal",
        'חידוש שיגור דואר לחו"ל',
        'עם פתיחת המרחב האווירי, דואר ישראל חידש את שיגור דברי הדואר לכל היעדים בחו"ל.',
        {"relevant": True, "change_kind": "resumption", "destinations": ["*"]},
        id="he-dispatch-renewed",
    ),
    # Arabic "يتوجب على" (it is incumbent on): a requirement
    pytest.param(
        "LB",
        "customs",
        "وجوب تسجيل الهواتف الخلوية الواردة بالبريد",
        "اعتباراً من 1 آذار 2026، يتوجب على المرسل إليهم التصريح عن رقم IMEI لأي هاتف خلوي وارد "
        "ضمن طرد بريدي.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["LB"]},
        id="ar-incumbent-on-recipients",
    ),
    # Georgia heading a row of a table of US states is the state
    pytest.param(
        "US",
        "carrier",
        "Service alert: Hurricane – impacted areas",
        "Deliveries are delayed in these states.\nState | ZIP prefixes | Status\n"
        "Florida | 323, 324 | Delays\nGeorgia | 303, 310 | Delays\nTexas | 798 | Normal",
        {"relevant": True, "change_kind": "delay", "destinations": ["US"]},
        id="en-georgia-row-among-states",
    ),
    # Dutch "VK" (UK) and "zijn geen douanegegevens nodig" (no customs data needed): the EU
    # spared
    pytest.param(
        "NL",
        "postal",
        "HS-code verplicht voor zakelijke pakketten naar VK en Zwitserland",
        "Vanaf 1 juli 2026 moet je voor elk artikel in een zakelijke zending naar het VK en "
        "Zwitserland een HS-code opgeven. Voor zendingen naar EU-landen zijn geen "
        "douanegegevens nodig.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["CH", "GB"]},
        id="nl-uk-and-eu-needs-no-customs-data",
    ),
    # travellers' allowances pointing to another page for mail
    pytest.param(
        "AU",
        "customs",
        "Duty-free concessions for travellers",
        "You can bring into Australia duty-free as part of your accompanied baggage 2.25 litres "
        "of alcohol. For information on goods sent by post, see the Buying online page.",
        {"relevant": False},
        id="en-traveller-allowances-pointing-to-mail-page",
    ),
    # Spanish strike called off, service as normal
    pytest.param(
        "ES",
        "postal",
        "Desconvocada la huelga prevista en Correos",
        "Los sindicatos han desconvocado la huelga prevista. El reparto de cartas y paquetes se "
        "prestará con total normalidad.",
        {"relevant": True, "change_kind": "informational"},
        id="es-strike-called-off",
    ),
    # Brazilian letters to Santa ("Papai Noel dos Correios")
    pytest.param(
        "BR",
        "postal",
        "Papai Noel dos Correios 2025: adoção de cartinhas começa",
        "A campanha Papai Noel dos Correios começa nesta segunda. Não é permitido enviar "
        "alimentos nos presentes.",
        {"relevant": False},
        id="pt-letters-to-santa",
    ),
    # French "devra être couvert par" (a document required, said in the future)
    pytest.param(
        "CD",
        "customs",
        "Envois express : obligation de la FERI",
        "À compter du 1er mars 2026, tout envoi express à caractère commercial devra être couvert "
        "par une Fiche Électronique de Renseignement à l'Importation.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["CD"]},
        id="fr-must-be-covered-future",
    ),
    # Spanish "ya no rige el tope" (the cap no longer applies)
    pytest.param(
        "AR",
        "postal",
        "Puerta a Puerta: ya no rige el tope de envíos anuales",
        "Desde el 15 de enero ya no rige el tope de 12 envíos anuales por persona para compras "
        "del exterior.",
        {"relevant": True, "change_kind": "resumption", "destinations": ["AR"]},
        id="es-cap-no-longer-applies",
    ),
    # a statistical yearbook's figures
    pytest.param(
        "CL",
        "customs",
        "Anuario estadístico 2025: importaciones vía courier crecen 20%",
        "Las importaciones por courier alcanzaron 40 millones de envíos. La recaudación de IVA "
        "sumó USD 300 millones.",
        {"relevant": False},
        id="es-statistical-yearbook",
    ),
    # a workshop's title: the duties and data it discusses are its subject
    pytest.param(
        "CM",
        "customs",
        "Atelier OMD sur le commerce électronique à Douala",
        "Les administrations douanières du Cameroun et du Gabon ont échangé sur les seuils de "
        "minimis, la gestion des données électroniques préalables et le ciblage des envois "
        "contenant des marchandises dangereuses.",
        {"relevant": False},
        id="fr-workshop-title",
    ),
    # Greek home postage prices ("τιμολογίων εσωτερικού"): no change for mail abroad
    pytest.param(
        "GR",
        "postal",
        "Αναπροσαρμογή τιμολογίων εσωτερικού",
        "Από 1 Μαρτίου αναπροσαρμόζονται τα τιμολόγια των επιστολών εσωτερικού. Τα τιμολόγια "
        "εξωτερικού παραμένουν αμετάβλητα.",
        {"relevant": False},
        id="el-home-postage-prices",
    ),
    # a resolution's initials in brackets before its number: no Congo
    pytest.param(
        "BR",
        "other",
        "Anvisa mantém proibição de cigarros eletrônicos",
        "A Resolução da Diretoria Colegiada (RDC) nº 855/2024 mantém a proibição de importação "
        "de cigarros eletrônicos, inclusive por remessa postal.",
        {"relevant": True, "change_kind": "prohibited_items", "destinations": ["BR"]},
        id="pt-resolution-number-is-no-congo",
    ),
    # ... but a regulation's "(UE)" before its year and number is the EU's (a duty on what is
    # imported into the EU is paid in France too: session 102 made this agree with the rule
    # of review 63, which the plural "importés" had escaped)
    pytest.param(
        "FR",
        "postal",
        "Règlement (UE) 2026/512 : droit de douane forfaitaire sur les petits envois",
        "À compter du 1er juillet 2026, un droit de douane de 3 euros s'applique aux petits "
        "envois importés dans l'Union européenne.",
        {
            "relevant": True,
            "change_kind": "duty_tax_change",
            "destinations": _EU27,
        },
        id="fr-eu-regulation-number-keeps-the-eu",
    ),
    # the revenue collected, words between the noun and its verb
    pytest.param(
        "BR",
        "customs",
        "Remessa Conforme: arrecadação com compras internacionais chega a R$ 4 bilhões em 2025",
        "Foram recolhidos R$ 4 bilhões em tributos sobre compras internacionais, sendo R$ 1,5 "
        "bilhão de Imposto de Importação.",
        {"relevant": False},
        id="pt-revenue-collected-reaches",
    ),
    # travellers' duty-free allowances in their baggage: no rule for mail
    pytest.param(
        "AU",
        "customs",
        "Duty-free allowances for travellers",
        "If you're 18 or over, you can bring into Australia in your accompanied baggage 2.25 "
        "litres of alcohol and 25 cigarettes duty free. Goods over these limits must be declared "
        "and duty and GST apply.",
        {"relevant": False},
        id="en-traveller-allowances",
    ),
    # ... but a title that names parcels is about mail
    pytest.param(
        "AU",
        "customs",
        "Parcels sent by travellers: new declaration",
        "From 1 July, parcels sent to Australia must be declared. Travellers may still bring back "
        "2.25 litres of alcohol in their baggage.",
        {"relevant": True, "change_kind": "new_requirement", "destinations": ["AU"]},
        id="en-travellers-parcels-title-stays",
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "want"), _NOTICES)
def test_notice(origin: str | None, source_kind: str, title: str, text: str, want: dict) -> None:
    check_fields(origin, source_kind, title, text, want)


@pytest.mark.parametrize(
    ("title", "report"),
    [
        ("Latvijas Pasts 2025. gada darbības rezultāti", True),
        ("Lietuvos pašto 2025 m. veiklos rezultatai", True),
        ("Omniva majandustulemused 2025", True),
        ("Arrecadação federal atinge R$ 2,9 trilhões em 2025", True),
        ("Muitinė 2025 m. į biudžetą surinko 4,3 mlrd. eurų", True),
        ("Recaudación aduanera supera la meta de 2025", True),
        ("SGホールディングス 2026年3月期 決算のお知らせ", True),
        ("Résultat annuel 2025 : la Poste dégage un bénéfice", True),
        ("Results of the tender for parcel lockers", False),
        ("New revenue stamps for tobacco from 1 May", False),
    ],
)
def test_results_and_revenue_titles(title: str, report: bool) -> None:
    """A title of a year's results or of the revenue collected, in several languages (not a
    tender's results, nor new revenue stamps)."""
    assert company_report_title(Doc.make(title, "")) is report
