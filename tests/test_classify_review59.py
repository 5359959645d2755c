"""Session 59, from blind set 317 (marketplaces and shipping platforms): a stop told as "we are
pausing", Polish "will not handle"; goods that "can still be sent" are not the change's; a
seller-fee update and a postage promotion are no change; the standing rules listed under "the
existing rules still apply:" are no duty change; shipments accepted "only as" a service are a
restriction."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (origin, source kind, title, text, kind, destinations, categories)
_CHANGES = [
    # a stop in the progressive, by a platform that ships for its sellers
    ("US", "other", "Shipping programme update",
     "Because of the conflict, we are pausing our cross-border shipping programme for parcels to "
     "buyers in Armenia and Georgia, effective immediately. Orders to all other countries are "
     "not affected by this pause.", "suspension", ["AM", "GE"], ["all_goods"]),
    # Polish "we will not handle shipments containing power banks"; phones with a built-in
    # battery "can still be sent" and are not what the ban is about
    ("PL", "other", "Zmiany w wysyłce za granicę",
     "Od 1 kwietnia nie będziemy obsługiwać przesyłek zawierających powerbanki wysyłanych do "
     "Litwy i Łotwy. Telefony z wbudowaną baterią nadal mogą być wysyłane za granicę.",
     "prohibited_items", ["LT", "LV"], ["lithium_batteries"]),
    # accepted "only as" a form of service: a limit, though the other form "will no longer be
    # available"
    ("US", "other", "Carrier update: Chile and Peru",
     "From 1 March the carrier will accept parcels to Chile and Peru only as Delivered Duty Paid. "
     "Delivered Duty Unpaid will no longer be available for these destinations.",
     "restriction", ["CL", "PE"], ["all_goods"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("origin", "kind_of_source", "title", "text", "kind", "codes", "categories"), _CHANGES
)
def test_the_change_is_read_as_it_is(origin, kind_of_source, title, text, kind, codes, categories):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert got.relevant
    assert (got.change_kind, got.destinations, got.categories) == (kind, codes, categories)


# (origin, title, text): a platform's page with words of fees, countries or customs and no
# change for a sender of parcels
_NO_CHANGE = [
    # the fees a marketplace charges its sellers are not duties
    ("US", "Seller fees: what changes in May",
     "From 1 May the final value fee for most categories rises to 13.6%. The international fee "
     "for sales to buyers outside the US stays at 1.65%. Store subscription prices do not "
     "change. See the selling fees page for examples."),
    # a postage promotion whose offer leaves out one country
    ("GB", "Free postage weekend",
     "This weekend, postage is on us: buyers pay no shipping on orders sent with our "
     "integrated options. The offer applies to one parcel per order. Not available for orders "
     "shipped to Ireland. The offer may end early once the promotional budget is used up."),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text"), _NO_CHANGE)
def test_a_page_with_no_change_is_quiet(origin, title, text):
    got = classify(title, text, origin=origin, source_kind="other")
    assert not got.relevant
    assert got.change_kind == "irrelevant"


def test_the_devices_batteries_are_for_are_not_goods_of_their_own():
    got = classify(
        "Loose batteries no longer accepted to Austria",
        "From 1 June we no longer accept the following goods to Austria:\n"
        "1. Power banks of any capacity;\n"
        "2. Battery packs for e-bikes, scooters and drones.\n"
        "Phones with a battery installed are not affected.",
        origin="CN",
        source_kind="other",
    )
    assert (got.change_kind, got.destinations) == ("prohibited_items", ["AT"])
    assert got.categories == ["lithium_batteries"]


def test_a_korean_denial_of_what_the_media_reported_is_no_ban():
    # "some media reported that overseas purchases of 50 uncertified items will be banned":
    # the title says it is not true, the body that nothing changes
    got = classify(
        "[설명자료] 해외직구 미인증 제품 '반입 금지'는 사실이 아닙니다",
        "일부 언론은 7월부터 인증을 받지 않은 50개 품목의 해외직구가 금지된다고 보도하였습니다.\n"
        "정부는 해외직구를 일률적으로 금지할 계획이 없습니다. 운영 방식에 변경은 없습니다.\n"
        "해외직구 이용자는 종전과 같이 국제우편을 통해 물품을 구매할 수 있습니다.",
        origin="KR",
        source_kind="customs",
    )
    assert got.relevant
    assert got.change_kind == "informational"


def test_a_ban_among_new_conditions_of_sending_is_a_restriction():
    got = classify(
        "Lithium batteries: new conditions for international parcels",
        "From 1 May, loose lithium batteries and power banks are prohibited in parcels to all "
        "international destinations. Batteries installed in equipment are accepted only up to "
        "100 Wh per battery.",
        origin="NZ",
        source_kind="postal",
    )
    assert (got.change_kind, got.destinations) == ("restriction", ["*"])
    assert got.categories == ["lithium_batteries"]


def test_rows_marked_no_change_are_not_destinations():
    # Japanese "(変更なし)" beside the places whose limit stays
    got = classify(
        "ペルー・チリあてEMSの重量制限の変更について",
        "2026年4月1日引受分から、両国あてEMSの最大重量を次のとおり変更します。\n\n"
        "【EMS最大重量一覧（4月1日以降）】\n"
        "・アメリカ合衆国：30kg（変更なし）\n"
        "・中国：30kg（変更なし）\n"
        "・ペルー：20kg（変更）\n"
        "・チリ：20kg（変更）\n",
        origin="JP",
        source_kind="postal",
    )
    assert got.change_kind == "restriction"
    assert got.destinations == ["CL", "PE"]


# (origin, source kind, title, text): a page with alarming words and no change
_PAGES_WITH_NO_CHANGE = [
    # holiday hours: a day's closure "with service suspended for the day"
    ("FR", "carrier", "Fêtes de fin d'année : horaires de nos agences",
     "Voici les horaires d'ouverture de nos agences pendant les fêtes de fin d'année :\n"
     "• 24 décembre : ouverture jusqu'à 15h\n"
     "• 25 décembre : fermeture, service suspendu pour la journée\n"
     "Pour un envoi en France métropolitaine livré avant Noël, déposez votre colis avant le 22 "
     "décembre. Pour vos cadeaux envoyés à l'international, pensez à joindre votre déclaration "
     "en douane."),
    # an award whose citation names embargoes and airspace restrictions of the past
    ("US", "carrier", "Carrier named to World's Most Admired Companies list",
     "The carrier has been named to the World's Most Admired Companies list. It was cited for "
     "keeping goods moving during embargoes, port closures and airspace restrictions. \"This "
     "recognition belongs to our team members,\" said the CEO."),
    # release notes of a shipping tool that estimates duties
    ("DE", "carrier", "New in our shipping portal: duty and tax estimator",
     "Our new features this month:\n"
     "• Duty and tax estimator for more than 150 destinations, before you book.\n"
     "• Restricted items check: flags goods that may be restricted or prohibited in the "
     "destination country.\n"
     "• Address book import.\n"
     "No customs requirements or surcharges have changed with this release. Beware of "
     "fraudulent emails asking you to pay customs fees."),
    # "On new tariffs for domestic letters from 1 March"; international mail is unchanged
    ("BY", "postal",
     "Об изменении тарифов на пересылку внутренней письменной корреспонденции с 1 марта",
     "С 1 марта изменяются тарифы на пересылку внутренней письменной корреспонденции:\n"
     "Вид отправления | Тариф с 01.03 (с НДС)\n"
     "Простое письмо | 1,20 руб.\n"
     "Заказное письмо | 2,90 руб.\n\n"
     "Тарифы на пересылку международной корреспонденции и посылок не изменяются."),
    # a page of holiday hours that spares mail abroad is quiet
    ("NL", "postal", "Openingstijden rond Pasen en Pinksteren",
     "Goede Vrijdag: de openingstijden van de postkantoren verschillen per locatie.\n"
     "Paasmaandag: geen bezorging; de postkantoren zijn gesloten.\n"
     "Pinkstermaandag: geen bezorging; de openingstijden verschillen per locatie.\n"
     "Tijdens de feestdagen: kijk de openingstijden na in de app.\n"
     "De feestdagen hebben geen invloed op de internationale verzending. Pakketten naar het "
     "buitenland worden zoals gewoonlijk verwerkt en verzonden, zonder vertraging. Ook brieven "
     "naar het buitenland worden normaal verzonden."),
    # "the customs post office, where items from abroad subject to customs inspection are
    # collected, is closed; storage periods for items awaiting clearance are extended";
    # "vam" is "to you", not Hungarian "vám" (duty)
    ("RS", "postal", "Radno vreme pošta tokom praznika",
     "Radno vreme pošta tokom novogodišnjih i božićnih praznika:\n"
     "1. i 2. januar: sve pošte su zatvorene.\n"
     "Pošta Carinarnica, gde se preuzimaju pošiljke iz inostranstva koje podležu carinskom "
     "pregledu, biće zatvorena od 1. do 3. januara. Rokovi za čuvanje pošiljki koje čekaju "
     "carinjenje biće produženi.\n"
     "Srećne praznike želi vam Pošta Srbije!"),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "kind_of_source", "title", "text"), _PAGES_WITH_NO_CHANGE)
def test_a_page_of_no_change_is_quiet(origin, kind_of_source, title, text):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert not got.relevant


def test_places_said_to_be_spared_are_not_destinations():
    # French "should not be delayed", German "no new requirements apply"
    got = classify(
        "Grève en Italie le 3 mars : retards possibles",
        "Les colis vers l'Italie pourront être livrés avec 48 heures de retard. Les envois vers "
        "Malte et la Grèce sont réorientés et ne devraient pas subir de retard.",
        origin="FR",
        source_kind="carrier",
    )
    assert (got.change_kind, got.destinations) == ("delay", ["IT"])
    got = classify(
        "Schweiz: ab 1. März Zolltarifnummer Pflicht",
        "Für alle Sendungen mit Ziel Schweiz muss ab dem 1. März eine Zolltarifnummer angegeben "
        "werden. Für Sendungen nach Österreich und Liechtenstein gelten keine neuen "
        "Anforderungen.",
        origin="DE",
        source_kind="carrier",
    )
    assert (got.change_kind, got.destinations) == ("new_requirement", ["CH"])


def test_spanish_a_duty_applied_on_the_excess_is_a_duty_change():
    got = classify(
        "Nuevo régimen de envíos puerta a puerta",
        "A partir del 1 de marzo rigen nuevas condiciones para las compras en el exterior:\n"
        "- El valor máximo por envío aumenta de US$ 1.000 a US$ 2.000.\n"
        "- Sobre el excedente de US$ 200 se aplica un derecho del 50 %.\n"
        "- El IVA (21 %) se abona sobre el valor total del envío.",
        origin="AR",
        source_kind="postal",
    )
    assert got.change_kind == "duty_tax_change"


def test_rows_of_a_before_and_after_table_whose_figure_stays_are_not_destinations():
    got = classify(
        "Emergency situation surcharge: new amounts from 1 March",
        "The surcharge per shipment changes for shipments picked up from 1 March:\n\n"
        "| Country | Current | From 1 March |\n"
        "|---|---|---|\n"
        "| Haiti | 8.50 | 8.50 |\n"
        "| Mali | - | 4.20 |\n"
        "| Niger | 8.50 | 8.50 |\n"
        "| Sudan | 4.20 | 8.50 |\n",
        origin="DE",
        source_kind="carrier",
    )
    assert got.change_kind == "duty_tax_change"
    assert got.destinations == ["ML", "SD"]


def test_a_levy_from_a_day_in_a_chinese_title_is_news_though_vat_stays():
    # "notice on the EU levying a fixed duty on low-value parcels from 1 July 2026"; the body
    # says VAT rules stay unchanged
    got = classify(
        "关于欧盟自2026年7月1日起对低值包裹征收固定关税的通知",
        "自2026年7月1日起，寄往欧盟成员国、申报价值低于150欧元的包裹，将按每件商品征收3欧元的固定关税。\n"
        "增值税（VAT）规则保持不变。",
        origin="CN",
        source_kind="carrier",
    )
    assert got.change_kind == "duty_tax_change"
    assert "DE" in got.destinations


def test_sri_lankan_tamil_resumption_to_australia_is_read():
    # "air parcel service to Canada and Australia resumes"; Sri Lankan Tamil spells Australia
    # அவுஸ்திரேலியா and joins the case ending to it
    got = classify(
        "கனடா மற்றும் அவுஸ்திரேலியாவுக்கான விமானத் தபால் பொதிச் சேவை மீண்டும் ஆரம்பம்",
        "கனடா மற்றும் அவுஸ்திரேலியாவுக்கான விமானத் தபால் பொதிகளை ஏற்றுக்கொள்ளும் சேவை, 2026 "
        "மார்ச் 22 ஆம் திகதி முதல் மீண்டும் ஆரம்பிக்கப்படும்.",
        origin="LK",
        source_kind="postal",
    )
    assert (got.change_kind, got.destinations) == ("resumption", ["AU", "CA"])
    assert got.categories == ["all_goods"]


# (origin, title, text, destinations): a resumption told in the title by a noun or a verb
# the lexicon lacked, over a body that recalls the stop
_RESUMPTIONS = [
    ("PK", "Partial restoration of postal services to Canada",
     "Following the suspension announced in May, letters and documents to Canada will be "
     "accepted again from 1 July. Parcels containing goods remain suspended.", ["CA"]),
    ("LV", "Latvijas Pasts atsāks sūtījumu pieņemšanu uz Gruziju",
     "Sūtījumu pieņemšana uz Gruziju tika apturēta martā. No 15. maija pieņemšana tiks "
     "atjaunota.", ["GE"]),
    # Serbian "acceptance of items for Lebanon partly re-established"
    ("RS", "Delimično uspostavljen prijem pošiljaka za Liban",
     "Pošta Srbije obaveštava korisnike da je od 3. marta delimično uspostavljen prijem "
     "pisama i malih paketa za Liban. Paketi preko 2 kg i EMS se i dalje ne primaju.", ["LB"]),
    ("FR", "Polynésie française : le courrier repart",
     "L'acheminement du courrier vers la Polynésie française, suspendu depuis mars, est de "
     "nouveau assuré à partir du 2 juin.", ["PF"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text", "codes"), _RESUMPTIONS)
def test_a_resumption_named_in_the_title_is_read(origin, title, text, codes):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert (got.change_kind, got.destinations) == ("resumption", codes)


def test_albanian_ban_of_meat_to_the_usa_and_romanian_as_usual():
    # "Sending animal-origin food to the USA and Canada is banned"; the EU keeps its rules
    got = classify(
        "Ndalohet dërgimi i produkteve me origjinë shtazore drejt SHBA-së dhe Kanadasë",
        "Duke filluar nga 1 prilli nuk do të pranohen dërgesa drejt SHBA-së dhe Kanadasë që "
        "përmbajnë mish, djathë dhe mjaltë.\n"
        "Për dërgesat drejt Italisë dhe Greqisë zbatohen rregullat ekzistuese.",
        origin="AL",
        source_kind="postal",
    )
    assert (got.change_kind, got.destinations) == ("prohibited_items", ["CA", "US"])
    assert got.categories == ["food"]
    # "shipments to Ukraine are suspended; shipments to EU countries are carried out as usual"
    got = classify(
        "Suspendarea expedierilor poștale către Ucraina",
        "Începând de astăzi se suspendă temporar recepționarea trimiterilor poștale cu "
        "destinația Ucraina. Expedierile către țările Uniunii Europene se efectuează în regim "
        "obișnuit.",
        origin="MD",
        source_kind="postal",
    )
    assert (got.change_kind, got.destinations) == ("suspension", ["UA"])


def test_hungarian_duty_still_counts_without_the_bare_word():
    got = classify(
        "Változik a vámmentes értékhatár",
        "Március 1-től a 150 eurós vámmentes értékhatár megszűnik: minden csomag után vámot "
        "kell fizetni.",
        origin="HU",
        source_kind="customs",
    )
    assert got.change_kind == "duty_tax_change"


def test_a_reminder_that_says_no_change_but_advises_a_check_is_informational():
    got = classify(
        "Posting chocolates overseas for Easter",
        "Hongkong Post reminds the public that many destinations control imports of food. There "
        "is no change to these requirements this year, but customers are advised to check them "
        "before posting:\n"
        "- Australia: chocolates containing milk powder are not allowed.\n"
        "- Canada: chocolates containing meat are not allowed.\n",
        origin="HK",
        source_kind="postal",
    )
    assert got.change_kind == "informational"
    got = classify(
        "Sending phones overseas this Christmas",
        "Nothing has changed in our rules for lithium batteries this year, but here is a quick "
        "reminder:\n- Power banks sold on their own cannot be sent overseas, as before.\n",
        origin="AU",
        source_kind="postal",
    )
    assert got.change_kind == "informational"


# (origin, title, text): service goes on, said with a negation the lexicon lacked
_NO_DELAY = [
    # Icelandic "no delays on international mail", "arrives normally"
    ("IS", "Póstþjónusta vegna óveðurs",
     "Flug til og frá landinu er samkvæmt áætlun. Sendingar til og frá útlöndum berast því "
     "eðlilega og engar tafir eru á millilandapósti."),
    # Swahili "services continue as usual; we do not expect major delays"
    ("KE", "Huduma za posta za kimataifa zinaendelea",
     "Huduma za kupokea barua na vifurushi vya kimataifa zinaendelea kama kawaida licha ya "
     "mgomo. Mizigo ya posta itasafirishwa kwa ndege nyingine; hatutarajii ucheleweshaji "
     "mkubwa."),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text"), _NO_DELAY)
def test_service_going_on_with_no_delay_is_informational(origin, title, text):
    got = classify(title, text, origin=origin, source_kind="postal")
    assert got.relevant
    assert got.change_kind == "informational"


def test_delays_in_delivering_international_items_at_home_stay_the_home_country():
    # "Possible delays in the delivery of international items because of power cuts" (items
    # from abroad arriving in Ukraine)
    got = classify(
        "Можливі затримки доставки міжнародних відправлень через знеструмлення",
        "Через відключення електроенергії можливі затримки в обробці та доставці міжнародних "
        "відправлень, що надходять в Україну з-за кордону.",
        origin="UA",
        source_kind="postal",
    )
    assert got.destinations == ["UA"]


# (origin, source kind, title, text, kind, destinations): the kind and the places of a change
_KINDS_AND_PLACES = [
    # the paragraph's own figures (a new 19% rate for others) do not keep its last sentence from
    # heading the standing rules listed under it
    ("US", "other", "Chile's new import tax: does it affect parcels from the US?",
     "You may have seen headlines that Chile is adding a 19% tax on orders from abroad. Short "
     "answer: if you ship from the US, nothing changes for you.\n\n"
     "The new rate applies to imports from countries without a trade agreement, like China. "
     "Parcels from the United States are covered by the agreement, so the existing rules "
     "still apply:\n"
     "• no duties on items up to US$200\n"
     "• taxes may still be charged to the buyer\n\n"
     "Services to Chile continue as normal.",
     "informational", ["CL"]),
    # an operator's terms of sale whose new article bans goods to one country, beside the
    # standing weight limit
    ("FR", "postal", "Conditions générales de vente Colis International – version du 1er avril",
     "Article 3 – Poids maximal : 30 kg par colis.\n"
     "Article 5 – À compter du 1er avril, les bijoux et les pièces de monnaie sont interdits "
     "à destination de l'Indonésie.",
     "prohibited_items", ["ID"]),
    # shipments that require a broker are a kind of shipment not a rule
    ("US", "carrier", "Strike in Portugal on 4 March: our services continue",
     "A national strike is announced in Portugal for 4 March. We expect to operate pick-ups "
     "and deliveries in Portugal as normal. No changes to our guarantees are planned.\n"
     "Please note:\n"
     "• Shipments that require clearance by a third-party broker should be booked early.\n"
     "• Shipments to Spain are not affected.",
     "informational", ["PT"]),
    # spains nie number is no polish not
    ("NL", "postal", "Canarische Eilanden: vanaf 1 mei NIF/NIE van ontvanger verplicht",
     "Vanaf 1 mei 2026 eist de Spaanse douane voor elke zending met goederen naar de "
     "Canarische Eilanden het NIE van de ontvanger. Vul het nummer in bij het aanmaken van uw "
     "label.",
     "new_requirement", ["ES"]),
    # a storms pause of local pickups and deliveries is a delay
    ("AU", "carrier", "Service alert: Cyclone Alfred – Fiji",
     "Because of Cyclone Alfred, our pickup and delivery operations in Fiji have been "
     "temporarily halted for the safety of our staff.\n"
     "• Shipments to Fiji can expect delays of 48 to 72 hours once operations resume.\n"
     "• Shipments transiting our Sydney hub may also be delayed.",
     "delay", ["FJ"]),
    # a stop of acceptance beside a delay stays a suspension
    ("AU", "carrier", "Service alert: Fiji",
     "We have suspended acceptance of all shipments to Fiji until further notice. Shipments "
     "already in transit can expect delays of 48 to 72 hours.",
     "suspension", ["FJ"]),
    # all destinations listed above are the places named
    ("GB", "postal", "International Incident Bulletin",
     "Bhutan\nDelays of up to 10 working days continue due to reduced flight capacity.\n"
     "Nepal\nStrike action is affecting delivery. Customers should expect delays.\n"
     "Advice to customers: we are still accepting items for all destinations listed above.",
     "delay", ["BT", "NP"]),
    # bosnian must carry electronic customs data is a requirement
    ("BA", "postal", "Obavezni elektronski carinski podaci za pošiljke u Kanadu od 1. aprila",
     "Od 1. aprila sve pošiljke sa robom upućene u Kanadu moraju imati elektronske carinske "
     "podatke: opis sadržaja, količinu i vrijednost svakog artikla.",
     "new_requirement", ["CA"]),
    # Swahili "New conditions for sending parcels to Uganda": a weight and a value limit, and
    # the customs declaration asked beside them
    ("KE", "postal", "TANGAZO: Masharti mapya ya kutuma vifurushi kwenda Uganda",
     "Kuanzia tarehe 1 Machi, vifurushi kwenda Uganda vitakubaliwa kwa masharti yafuatayo:\n"
     "• uzito wa juu wa kila kifurushi utakuwa kilo 10 (badala ya kilo 30);\n"
     "• thamani iliyotangazwa isizidi Shilingi 100,000;\n"
     "• kila kifurushi kiwe na fomu ya tamko la forodha CN23.",
     "restriction", ["UG"]),
    # the title's "international items" go out; the home country is named only for delivery
    # at home, and mail coming in is said to be spared
    ("LU", "postal", "Grève du 12 mai : impact sur les envois internationaux",
     "En raison de la grève du 12 mai, aucun vol postal ne quittera l'aéroport de Luxembourg "
     "ce jour-là.\n"
     "- Les lettres et colis à destination de l'étranger déposés le 11 et le 12 mai seront "
     "acheminés avec un retard d'un jour ouvrable, quelle que soit la destination.\n"
     "- La distribution au Luxembourg est assurée.\n"
     "Les envois entrants en provenance de l'étranger ne sont pas concernés.",
     "delay", ["*"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("origin", "kind_of_source", "title", "text", "kind", "codes"), _KINDS_AND_PLACES
)
def test_the_kind_and_places_are_read(origin, kind_of_source, title, text, kind, codes):
    got = classify(title, text, origin=origin, source_kind=kind_of_source)
    assert got.relevant
    assert (got.change_kind, got.destinations) == (kind, codes)


def test_the_alcohol_the_goods_before_contain_is_no_goods_of_its_own():
    got = classify(
        "Perfume can no longer be sent overseas",
        "From 2 May we will no longer accept items containing perfume or cologne for any "
        "international destination. These products contain alcohol and are flammable.",
        origin="AU",
        source_kind="postal",
    )
    assert got.change_kind == "prohibited_items"
    assert "alcohol" not in got.categories
    assert "perfumes_cosmetics" in got.categories
