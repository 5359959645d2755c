"""Causes found in session 35, each with sentences of our own: what a page carries around its
notice (footers, teasers of other pages, language pickers, board links to the previous post),
tables and lists of countries (cells that say nothing changed, headings over "no current
incidents"), the country of origin in more languages, territories named with their sovereign
in Japanese and Korean, sanctions (a breach judged, a stop that only caused a delay), and
denials ("fake news", "any suspension or restriction"); then guards where the new words must
not act."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU27 = sorted(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)

# --- what a page carries around its notice ---


def test_countries_in_a_footer_above_the_copyright_are_no_destinations():
    body = (
        "From 1 May, VAT is charged on every parcel sent to Iceland, whatever its value.\n\n"
        "Registered letters with documents only are not affected.\n\n"
        "Nordpost AB, Box 12, 10012 Stockholm\n"
        "We deliver in: Sverige  Norge  Danmark  Finland\n"
        "© Nordpost 2025"
    )
    result = classify("VAT on parcels to Iceland", body, origin="SE", source_kind="postal")
    assert result.change_kind == "duty_tax_change"
    assert result.destinations == ["IS"]


@pytest.mark.parametrize(
    ("heading", "entries"),
    [
        (
            "Weitere Meldungen",
            "› Israel: Annahme von Briefen und Paketen ab sofort wieder möglich\n"
            "› Grossbritannien: Hinweise zur Zollinhaltserklärung für Geschenke",
        ),
        (
            "Related alerts / Alertes connexes",
            "Haiti: Postal services suspended\nChile: Customs update for businesses",
        ),
        (
            "À lire aussi",
            "Nouvelle-Calédonie : point sur la distribution du courrier\n"
            "Tarifs 2026 : ce qui change",
        ),
        (
            "Related posts:",
            "Norway – Christmas and New Year delivery schedule\nSweden – Holiday period",
        ),
    ],
)
def test_teasers_of_other_pages_name_no_destination(heading, entries):
    body = (
        "Parcels to Japan take 5 to 8 working days longer than usual because of a new customs "
        "system at Narita.\n\n"
        "Letters are not affected.\n\n"
        f"{heading}\n{entries}\n\n"
        "Customer service: 0800 123 456"
    )
    result = classify("Japan: longer delivery times", body, origin="DE", source_kind="postal")
    assert result.change_kind == "delay"
    assert result.destinations == ["JP"]


def test_a_boards_link_to_the_previous_post_names_no_destination():
    body = (
        "2025년 9월 1일부터 미국행 EMS 접수를 재개합니다.\n\n"
        "이전글  EMS 국가별 발송 조건 변경(호주)\n"
        "다음글  추석 연휴 기간 우체국 운영 안내"
    )
    result = classify("미국행 EMS 접수 재개 안내", body, origin="KR", source_kind="postal")
    assert result.change_kind == "resumption"
    assert result.destinations == ["US"]


def test_a_question_that_points_to_another_page_names_no_destination():
    body = (
        "Sending to the US? Find out what has changed for parcels and letters >\n\n"
        "Fiji – temporary suspension\n"
        "After the cyclone, Fiji Post cannot deliver mail. We have stopped accepting all items "
        "addressed to Fiji."
    )
    result = classify("International service updates", body, origin="AU", source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["FJ"]


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "チリあて郵便物の引受停止",
            "Language  English  中文  한국어\n\n"
            "9月1日から、チリあての郵便物の引受けを一時停止いたします。",
            "JP",
        ),
        (
            "暂停寄往智利的邮件",
            "语言  日本語  English\n\n自9月1日起暂停收寄寄往智利的国际邮件。",
            "CN",
        ),
    ],
)
def test_a_language_picker_names_no_country(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["CL"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("フランス領ポリネシア", "PF"),
        ("フランス領ニューカレドニア", "NC"),
        ("英領バージン諸島", "VG"),
        ("アメリカ領サモア", "AS"),
    ],
)
def test_a_japanese_territory_named_with_its_sovereign_is_the_territory(name, code):
    body = f"{name}における空港閉鎖のため、{name}あての郵便物の引受けを一時停止いたします。"
    result = classify("引受停止のお知らせ", body, origin="JP", source_kind="postal")
    assert result.destinations == [code]


def test_korean_names_of_us_territories_are_the_territories():
    body = "9월 1일부터 미국령 괌행 및 사이판행 EMS 접수를 중단합니다."
    result = classify("EMS 접수 중단", body, origin="KR", source_kind="postal")
    assert result.change_kind == "suspension"
    assert result.destinations == ["GU", "MP"]


# --- tables and lists ---


def test_a_table_row_that_says_no_change_is_no_destination():
    body = (
        "Destination countries have notified new prohibitions.\n\n"
        "Pays de destination | Articles | Statut | À partir du\n"
        "Maldives | alcool | interdit | 15/05/2025\n"
        "Japon | – | pas de changement | –\n"
        "Nigéria | bijoux en or | interdit | 01/06/2025\n"
    )
    result = classify("Articles interdits : mise à jour", body, origin="BE", source_kind="postal")
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["MV", "NG"]


def test_a_standing_worldwide_ban_beside_the_news_does_not_make_it_worldwide():
    body = (
        "New prohibitions notified by destination countries:\n\n"
        "Destination | Items | Status\n"
        "Maldives | pork products | prohibited\n"
        "Nigeria | gold jewellery | prohibited\n\n"
        "Reminder: loose lithium batteries remain prohibited to all destinations."
    )
    result = classify("Prohibited items: update", body, origin="BE", source_kind="postal")
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["MV", "NG"]


def test_a_region_heading_over_no_current_incidents_is_no_destination():
    body = (
        "Asia\n"
        "Nepal\n"
        "Incident: landslides. Nepal Post advises that deliveries are delayed by up to a week.\n\n"
        "Caribbean Region\n"
        "No current incidents.\n\n"
        "Europe\n"
        "No current incidents."
    )
    result = classify(
        "International incident bulletin – Nepal", body, origin="GB", source_kind="postal"
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["NP"]


def test_a_faq_question_of_what_does_not_change_leaves_its_places_out():
    body = (
        "Vanaf 1 maart moet je bij elke zakelijke zending naar Zwitserland een EORI-nummer "
        "meesturen.\n\n"
        "Wat verandert er niet?\n"
        "- Naar landen binnen de EU heb je geen douanegegevens nodig.\n"
        "- Cadeaus tussen particulieren blijven zoals ze zijn."
    )
    result = classify(
        "EORI-nummer verplicht naar Zwitserland", body, origin="NL", source_kind="postal"
    )
    assert result.change_kind == "new_requirement"
    assert result.destinations == ["CH"]


# --- origins ---


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (
            "О запрете ввоза",
            "Запрещается ввоз продовольствия, страной происхождения которых являются "
            "Соединённые Штаты Америки, страны Европейского союза и Королевство Норвегия.",
            "RU",
            ["RU"],
        ),
        (
            "Frais de traitement",
            "À compter du 13 janvier, les frais de traitement que Postes Canada perçoit passent "
            "de 9,95 $ à 10,95 $.\n\nType d'envoi | Frais actuels | Frais au 13 janvier\n"
            "Colis | 9,95 $ | 10,95 $\n"
            "Envois en provenance des États-Unis ou du Mexique* | 9,95 $ | 10,95 $\n\n"
            "* Pour les marchandises provenant des États-Unis ou du Mexique, aucun droit n'est "
            "exigible si la valeur est de 150 $ ou moins.",
            "CA",
            ["CA"],
        ),
        (
            "Taxa pentru colete",
            "Din 1 martie se aplică o taxă de 25 de lei și TVA pentru un colet comandat din "
            "China. Taxa nu se aplică coletelor expediate din statele membre ale Uniunii Europene.",
            "RO",
            ["RO"],
        ),
        (
            "Такса за пратки",
            "От 1 ноември таксите за митническо представяне на входящи пратки от трети страни се "
            "променят. Таксата се заплаща заедно с дължимите мито и ДДС. За пратки от държави – "
            "членки на Европейския съюз такса не се дължи.",
            "BG",
            ["BG"],
        ),
    ],
)
def test_where_goods_come_from_is_no_destination(title, body, origin, expected):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.destinations == expected


def test_guard_bulgarian_to_the_member_states_of_the_eu_is_every_member():
    body = "От 1 март пратките до държави – членки на Европейския съюз се забавят с 3 дни."
    result = classify("Забавяне на пратки", body, origin="MK", source_kind="postal")
    assert result.destinations == EU27


# --- kinds ---


def test_a_turkish_title_of_restarted_service_is_a_resumption():
    body = (
        "2019'dan bu yana durdurulmuş olan Irak'a gönderi kabulümüz 3 Mart itibarıyla yeniden "
        "başlayacaktır."
    )
    result = classify(
        "Irak'a Gönderilerde Hizmet Yeniden Başlıyor", body, origin="TR", source_kind="carrier"
    )
    assert result.change_kind == "resumption"


def test_a_hindi_title_of_resumed_services_is_a_resumption():
    body = (
        "डाक विभाग ने 1 मार्च से कनाडा के लिए अंतरराष्ट्रीय डाक सेवाएँ पुनः आरंभ कीं। "
        "यह बुकिंग 10 फरवरी से निलंबित थी।"
    )
    result = classify("कनाडा के लिए डाक सेवाएँ पुनः आरंभ", body, origin="IN", source_kind="postal")
    assert result.change_kind == "resumption"


@pytest.mark.parametrize(
    "body",
    [
        "Wydłużony czas doręczania przesyłek do Kazachstanu: czas doręczenia może wydłużyć się "
        "o 3 tygodnie.",
        "Due to the suspension of mail exchange with Belarus, items to Kazakhstan are routed via "
        "Turkey. Delivery takes 10 to 20 days longer than usual.",
    ],
)
def test_a_stop_named_only_as_the_cause_of_a_longer_route_is_a_delay(body):
    result = classify("Kazakhstan", body, origin="PL", source_kind="postal")
    assert result.change_kind == "delay"
    assert result.destinations == ["KZ"]


def test_a_page_that_lists_disruptions_states_none_by_saying_so():
    body = (
        "This page lists current disruptions overseas that could affect your mail.\n\n"
        "Moldova\n"
        "Posta Moldovei has advised that postal services continue as normal and no restrictions "
        "are in place."
    )
    result = classify("Incident bulletin – Moldova", body, origin="GB", source_kind="postal")
    assert result.change_kind == "informational"


def test_a_limit_for_one_country_under_holiday_dates_is_news():
    body = (
        "Sending cards and gifts overseas this year? Use the dates below.\n\n"
        "Sat 2 December    Africa, Middle East\nWed 13 December   Canada, USA, Italy\n\n"
        "Service notice – Peru\n"
        "From 1 December, parcels addressed to Peru can only be accepted up to a maximum weight "
        "of 2kg. Parcels over 2kg will be returned to the sender.\n\n"
        "There are no collections or deliveries on Christmas Day or Boxing Day. Normal service "
        "resumes on Wednesday 27 December."
    )
    result = classify("Christmas 2025: last posting dates", body, origin="GB", source_kind="postal")
    assert result.relevant
    assert result.change_kind == "restriction"


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Correos licita el transporte de refuerzo para Navidad",
            "Correos ha publicado la licitación del transporte de refuerzo con un presupuesto de "
            "9 millones de euros (IVA no incluido). Incluye rutas con Portugal y Andorra.",
            "ES",
        ),
        (
            "Zapytanie ofertowe: system weryfikacji przesyłek z listami sankcyjnymi",
            "Poczta Polska zaprasza do składania ofert na wdrożenie systemu weryfikacji nadawców i "
            "adresatów przesyłek do Rosji i na Białoruś z listami sankcyjnymi UE. Wymagania "
            "podstawowe: integracja z systemem celnym. Termin składania ofert: 27 maja.",
            "PL",
        ),
        (
            "Landgericht verurteilt Händler wegen Verstößen gegen das Iran-Embargo",
            "Das Landgericht hat einen Händler verurteilt, der Pumpenteile ohne Genehmigung in den "
            "Iran geliefert hatte. Das Urteil ist noch nicht rechtskräftig.",
            "DE",
        ),
    ],
)
def test_tenders_and_court_rulings_about_sanctions_never_alert(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert not result.relevant


@pytest.mark.parametrize(
    "body",
    [
        "A message circulated on social media claims that parcels to Oman are suspended. "
        "The Department of Posts clarifies that this message is fake. Booking to Oman "
        "continues as usual.",
        "Oman Post did not communicate any suspension or restriction for international mail. "
        "Booking to Oman continues as usual.",
    ],
)
def test_a_denied_stop_is_informational(body):
    result = classify(
        "Clarification on fake news regarding mail to Oman", body, origin="IN", source_kind="postal"
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["OM"]


# --- guards: where the new words must not act ---


def test_guard_a_suspension_and_a_restriction_both_said_are_both_news():
    body = (
        "There is no suspension of letters, but restrictions apply to parcels to Chile over 2 kg."
    )
    result = classify("Chile", body, origin="GB", source_kind="postal")
    assert result.change_kind == "restriction"


def test_guard_a_stop_that_causes_returns_stays_a_suspension():
    body = (
        "Due to the suspension of flights, we have suspended all mail to Yemen. Items already "
        "posted will be delayed."
    )
    result = classify("Mail to Yemen", body, origin="GB", source_kind="postal")
    assert result.change_kind == "suspension"


def test_guard_a_worldwide_ban_alone_stays_worldwide():
    body = "Lithium batteries not installed in equipment remain prohibited to all destinations."
    result = classify("Lithium batteries", body, origin="BE", source_kind="postal")
    assert result.destinations == ["*"]


def test_guard_a_footer_line_with_news_above_an_empty_line_stays_news():
    body = "Mail to Peru\n\nFrom 1 May mail to Peru is suspended.\n\n© Post 2025"
    result = classify("Peru", body, origin="GB", source_kind="postal")
    assert result.destinations == ["PE"]


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (
            "Mail suspensions",
            "This page lists the countries where we have suspended mail acceptance: Israel, "
            "Yemen, Sudan.",
            "GB",
            "suspension",
        ),
        (
            "¿Es lícita la importación de cigarrillos electrónicos a Canarias?",
            "Desde el 1 de marzo está prohibida la importación de cigarrillos electrónicos a "
            "Canarias en envíos postales.",
            "ES",
            "prohibited_items",
        ),
        (
            "E-cigarettes to Australia",
            "Shipments in breach of the new ban on e-cigarettes to Australia will be returned "
            "from 1 March.",
            "GB",
            "prohibited_items",
        ),
        (
            "Przesyłki do Izraela",
            "W związku z wstrzymaniem przyjmowania przesyłek do Izraela od 1 maja przesyłki już "
            "nadane mogą mieć opóźnienie.",
            "PL",
            "suspension",
        ),
    ],
)
def test_guard_news_beside_the_new_words_stays_news(title, body, origin, expected):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == expected


def test_guard_longer_opening_hours_are_no_delay():
    body = "W okresie świątecznym placówki pocztowe w Niemczech mają wydłużony czas pracy."
    result = classify("Godziny otwarcia", body, origin="PL", source_kind="postal")
    assert result.change_kind != "delay"


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (
            "Avviso",
            "Le spedizioni di merci originarie di Italia nel Regno Unito sono sospese.",
            "IT",
            ["GB"],
        ),
        (
            "Israel",
            "Latest news\nMail to Israel suspended from 3 March\nDue to the security situation we "
            "cannot accept items for Israel.",
            "GB",
            ["IL"],
        ),
        (
            "Service notice",
            "Service notice\nUkraine\nService resumed for letters\nMoldova\nService resumed for "
            "parcels\nCopyright 2024 Posta",
            "RO",
            ["MD", "UA"],
        ),
    ],
)
def test_guard_places_the_new_rules_must_keep(title, body, origin, expected):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.destinations == expected


@pytest.mark.parametrize(
    ("title", "body", "origin", "kind"),
    [
        (
            "Cuba",
            "Les envois vers Cuba ne sont pas suspendus et une restriction à 2 kg s'applique dès "
            "le 1er mai.",
            "FR",
            "restriction",
        ),
        (
            "Delays to Canada",
            "Because of the suspension of work at Canada Post, items are delayed. We have "
            "suspended acceptance of parcels to Canada.",
            "GB",
            "suspension",
        ),
        (
            "Belarus",
            "Breach of the suspension of parcels to Belarus, which applies from 1 June, will lead "
            "to the return of items.",
            "LT",
            "suspension",
        ),
    ],
)
def test_guard_stops_beside_negations_causes_and_breaches_stay_news(title, body, origin, kind):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == kind


def test_guard_a_longer_pickup_period_is_no_delay():
    body = "Od 1 marca termin odbioru awizowanych przesyłek wydłuży się o 7 dni."
    result = classify("Dłuższy termin odbioru", body, origin="PL", source_kind="postal")
    assert result.change_kind != "delay"


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (
            "Clo na zboží z Číny",
            "Zboží pocházející z Číny a Vietnamu zasílané do USA podléhá clu od 29. srpna.",
            "CZ",
            ["US"],
        ),
        (
            "Service updates",
            "Germany\nParcels delayed due to strike.\n\nFrance\nParcels suspended until Monday.\n"
            "© La Poste 2024",
            "BE",
            ["DE", "FR"],
        ),
    ],
)
def test_guard_lists_and_last_sections_keep_their_places(title, body, origin, expected):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.destinations == expected
