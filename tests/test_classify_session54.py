"""Session 54: pages that keep a dated log of their changes (the newest entry is the news, the
standing table and older entries restate what held); German "Briefen" and "bleibt weiterhin
ausgesetzt" (a stop that goes on exempts no letters)."""

from __future__ import annotations

import pytest

from monitor.classify import classify

_LOG_PAGES = [
    (
        # German: "Was ist neu?" over dated entries, newest first, above a table that
        # still lists other countries as suspended
        "DE",
        "Auslandsversand: Einschränkungen nach Zielland",
        "Startseite > Auslandsversand > Einschränkungen\n\n"
        "Wegen fehlender Flugverbindungen kann es beim Versand in einige Länder zu "
        "Einschränkungen kommen.\n\n"
        "Was ist neu?\n\n"
        "02.06.2025 – Myanmar: Pakete und Päckchen nach Myanmar werden ab sofort wieder "
        "angenommen. Myanmar steht nicht mehr in der Übersicht.\n"
        "14.04.2025 – Tschad: Hinweis ergänzt.\n\n"
        "Übersicht\n\n"
        "Land | Pakete | seit\n"
        "Jemen | ausgesetzt | 2015\n"
        "Sudan | ausgesetzt | 2023\n"
        "Libyen | ausgesetzt | 2019\n",
        "resumption",
        ["MM"],
    ),
    (
        # Czech: "Historie změn" below the standing list
        "CZ",
        "Omezení zásilek do zahraničí – aktualizace",
        "Přehled omezení\n"
        "Jemen – přijímání všech zásilek pozastaveno\n"
        "Súdán – přijímání všech zásilek pozastaveno\n\n"
        "Historie změn\n"
        "12. 5. 2025 – Nepál: obnoveno přijímání balíků do Nepálu.\n"
        "3. 2. 2025 – Súdán: doplněn text.\n",
        "resumption",
        ["NP"],
    ),
    (
        # Italian: entries said to be the most recent first; the older one names another place
        "IT",
        "Comunicazioni sulle spedizioni verso l'estero",
        "In questa pagina trovi le comunicazioni più recenti sulle spedizioni internazionali.\n\n"
        "10/09/2025 – Nuova Zelanda: dal 1° ottobre 2025 le autorità neozelandesi vietano "
        "l'importazione di semi e piante da parte di privati.\n\n"
        "22/08/2025 – Cile\n"
        "Possibili ritardi nella consegna delle spedizioni dirette in Cile.\n",
        "prohibited_items",
        ["NZ"],
    ),
    (
        # English, oldest first: the newest entry is at the bottom
        "GB",
        "International service notices",
        "Change history (entries sorted by date)\n\n"
        "4 March 2025 - Fiji: we have suspended all parcel services to Fiji until further "
        "notice.\n\n"
        "19 May 2025 - Mongolia: items to Mongolia may take longer than usual to arrive "
        "because there are fewer flights.\n",
        "delay",
        ["MN"],
    ),
]


@pytest.mark.parametrize(("origin", "title", "text", "kind", "dests"), _LOG_PAGES)
def test_a_log_page_is_news_of_its_newest_entry(
    origin: str, title: str, text: str, kind: str, dests: list[str]
) -> None:
    c = classify(title, text, origin=origin, source_kind="postal")
    assert c.relevant
    assert c.change_kind == kind
    assert c.destinations == dests


def test_a_log_whose_newest_entry_changes_nothing_is_no_alert_of_the_old_ones() -> None:
    c = classify(
        "Service notices by country",
        "Latest updates\n\n"
        "12 June 2025 - Haiti: wording of this notice updated; no change to the service.\n"
        "2 February 2025 - Haiti: we have suspended all services to Haiti.\n",
        origin="GB",
        source_kind="postal",
    )
    assert c.severity in ("none", "low")
    assert c.change_kind in ("irrelevant", "informational")


def test_dated_steps_of_one_rule_without_a_log_heading_stay_one_notice() -> None:
    # a timeline of one rule's phases is no log: every phase is the news
    c = classify(
        "Electronic customs data for parcels to Switzerland",
        "From 1 March 2026 every parcel to Switzerland must carry electronic customs data.\n"
        "1 March 2026: the data becomes mandatory for commercial senders.\n"
        "1 June 2026: parcels without it are returned to the sender.\n",
        origin="DE",
        source_kind="postal",
    )
    assert c.relevant
    assert c.change_kind == "new_requirement"
    assert c.destinations == ["CH"]


def test_a_menu_item_named_whats_new_is_no_log_heading() -> None:
    c = classify(
        "Parcels to Japan: lithium batteries",
        "Home | What's new | Help\n"
        "From 2 May 2025 loose lithium batteries can no longer be sent to Japan.\n"
        "1 April 2025 - Spring timetable published.\n"
        "3 March 2025 - New stamps for the spring.\n",
        origin="GB",
        source_kind="postal",
    )
    assert c.change_kind == "prohibited_items"
    assert c.destinations == ["JP"]


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        (
            "Eritrea",
            "Die Annahme von Briefen und Paketen nach Eritrea ist bis auf Weiteres ausgesetzt.",
            "suspension",
        ),
        (
            "Streik in Belgien",
            "Bei der Zustellung von Briefen und Paketen nach Belgien kommt es wegen eines "
            "Streiks zu Verzögerungen.",
            "delay",
        ),
        (
            # "weiterhin" beside the stop says it goes on; it exempts no letters
            "Eritrea",
            "Der Versand von Briefen und Paketen nach Eritrea bleibt weiterhin ausgesetzt.",
            "suspension",
        ),
    ],
)
def test_german_letters_in_the_dative_are_documents(title: str, text: str, kind: str) -> None:
    c = classify(title, text, origin="DE", source_kind="postal")
    assert c.change_kind == kind
    assert c.categories == ["all_goods", "documents"]


def test_letters_that_go_on_are_still_exempt_from_a_stop_of_parcels() -> None:
    c = classify(
        "Eritrea",
        "Der Versand von Paketen nach Eritrea ist ausgesetzt. Briefe werden weiterhin angenommen.",
        origin="DE",
        source_kind="postal",
    )
    assert c.change_kind == "suspension"
    assert c.categories == ["all_goods"]


# --- blind sets 280 and 282 (read after scoring): words and look-alikes ---------------------

_NEWS_54 = [
    # Czech: a country taken off the page's list of restrictions is a resumption
    (
        "CZ",
        "postal",
        "Nepál",
        "Nepál byl vyřazen z přehledu omezení. Balíky do Nepálu opět přijímáme.",
        "resumption",
        ["NP"],
    ),
    # English: "now only accepting ... sent by" is a limit of the services
    (
        "GB",
        "postal",
        "Service to Jordan",
        "We are now only accepting parcels for Jordan sent by International Economy.",
        "restriction",
        ["JO"],
    ),
    # Norwegian and Danish: longer than usual
    (
        "NO",
        "postal",
        "Pakker til Island",
        "Pakker til Island kan bruke lengre tid enn vanlig de neste ukene.",
        "delay",
        ["IS"],
    ),
    (
        "DK",
        "postal",
        "Pakker til Norge",
        "Pakker til Norge tager længere tid end normalt på grund af sne.",
        "delay",
        ["NO"],
    ),
    # Hebrew: parcels over a weight refused is a limit, not a stop
    (
        "IL",
        "postal",
        "מגבלת משקל",
        'חבילות במשקל העולה על 10 ק"ג לקנדה לא יתקבלו עד להודעה חדשה.',
        "restriction",
        ["CA"],
    ),
    # Arabic: "will not be accepted"
    (
        "AE",
        "postal",
        "تنبيه",
        "لن يتم قبول الطرود المرسلة إلى السودان حتى إشعار آخر.",
        "suspension",
        ["SD"],
    ),
    # Amharic: "restarted"
    (
        "ET",
        "postal",
        "ወደ ኤርትራ",
        "ወደ ኤርትራ የሚላኩ ጥቅሎች አገልግሎት እንደገና ተጀመረ።",
        "resumption",
        ["ER"],
    ),
    # Swahili: recipients must submit an ID number
    (
        "TZ",
        "customs",
        "Vifurushi kutoka nje",
        "Kuanzia tarehe 1 Machi, wapokeaji wa vifurushi watatakiwa kuwasilisha namba ya "
        "utambulisho kabla ya kukabidhiwa.",
        "new_requirement",
        ["TZ"],
    ),
    # Icelandic: Australia in the dative
    (
        "IS",
        "postal",
        "Takmarkanir á sendingum til Ástralíu",
        "Frá og með 1. maí tökum við aðeins við pökkum sem eru að hámarki 2 kg til Ástralíu.",
        "restriction",
        ["AU"],
    ),
]


@pytest.mark.parametrize(("origin", "source_kind", "title", "text", "kind", "dests"), _NEWS_54)
def test_words_of_change_found_by_blind_sets(
    origin: str, source_kind: str, title: str, text: str, kind: str, dests: list[str]
) -> None:
    c = classify(title, text, origin=origin, source_kind=source_kind)
    assert c.relevant
    assert c.change_kind == kind
    assert c.destinations == dests


_QUIET_54 = [
    # an account put on stop for unpaid bills stops no mail
    (
        "GB",
        "Why is my business account on stop?",
        "Your business account has been put on stop because an invoice is overdue. Until it "
        "is paid you cannot book collections or print labels.",
    ),
    # a maintenance window lists duty payment among the services down
    (
        "NO",
        "Planlagt vedlikehold natt til lørdag",
        "Natt til lørdag mellom klokken 01.00 og 05.00 oppgraderer vi systemene våre. Da er "
        "disse tjenestene utilgjengelige: sporing av pakker, kjøp av porto og betaling av toll "
        "og merverdiavgift i appen.",
    ),
    # stamp duty on receipts is no duty on goods
    (
        "NG",
        "Court rules on the collection of stamp duties",
        "The High Court held that the Stamp Duties Act makes the postal service the agent that "
        "collects stamp duty on electronic receipts.",
    ),
    # a rumoured stop the next sentence denies, in Arabic ("denied those reports")
    (
        "EG",
        "توضيح",
        "تداولت بعض الصفحات أنباءً عن وقف استلام الطرود الواردة من تركيا. وقد نفت الهيئة "
        "تلك الأنباء.",
    ),
]


@pytest.mark.parametrize(("origin", "title", "text"), _QUIET_54)
def test_look_alikes_found_by_blind_sets_alert_nobody(origin: str, title: str, text: str) -> None:
    c = classify(title, text, origin=origin, source_kind="postal")
    assert c.severity in ("none", "low")
    assert c.change_kind in ("irrelevant", "informational")


def test_a_swahili_title_that_denies_a_stop_is_no_stop() -> None:
    c = classify(
        "POSTA YAKANUSHA TAARIFA ZA KUSITISHA HUDUMA ZA KIMATAIFA",
        "Taarifa zinazosambazwa mitandaoni zikidai kuwa tumesitisha huduma za kimataifa si za "
        "kweli. Huduma zetu zote za kimataifa zinaendelea kama kawaida.",
        origin="KE",
        source_kind="postal",
    )
    assert c.severity in ("none", "low")
    assert c.change_kind in ("irrelevant", "informational")


@pytest.mark.parametrize(
    "text",
    [
        "Aerosols can't be sent to any international destination.\nIs this a new rule?\nNo. "
        "This restriction has applied for many years and has not changed.",
        "Parcels with goods to Greenland must carry a customs declaration. It is not new.",
    ],
)
def test_a_rule_said_to_be_old_is_no_news(text: str) -> None:
    c = classify("Can I send it abroad?", text, origin="GB", source_kind="postal")
    assert c.change_kind == "informational"


def test_scandinavian_letters_that_run_as_normal_are_no_part_of_a_delay() -> None:
    c = classify(
        "Pakker til Sverige",
        "Pakker til Sverige kan bruke lengre tid enn vanlig. Brev går som normalt.",
        origin="NO",
        source_kind="postal",
    )
    assert c.change_kind == "delay"
    assert c.categories == ["all_goods"]


# --- blind set 276 (customs authorities, read after scoring) -------------------------------

_CUSTOMS_54 = [
    # Italian: operators "are required to transmit" data
    (
        "IT",
        "Nuovi dati per le spedizioni postali",
        "Dal 1° giugno gli operatori postali sono tenuti a trasmettere i dati elettronici di "
        "ogni spedizione destinata all'Italia prima della partenza.",
        "new_requirement",
        ["IT"],
    ),
    # Portuguese: clearance "slower than usual"
    (
        "BR",
        "Desembaraço de remessas internacionais",
        "O prazo para liberação de encomendas internacionais poderá ser superior ao habitual "
        "nas próximas semanas.",
        "delay",
        ["BR"],
    ),
    # Arabic: "it is required" with a clitic ("فيشترط")
    (
        "AE",
        "ضوابط جديدة لإدخال الأدوية عبر البريد",
        "أما الأدوية المراقبة فيشترط الحصول على تصريح مسبق قبل شحنها إلى الدولة.",
        "new_requirement",
        ["AE"],
    ),
    # Spanish: goods "may only be imported" below a value by courier
    (
        "MX",
        "Importación de juguetes por mensajería",
        "A partir del 1 de marzo, los juguetes solo podrán importarse por mensajería cuando el "
        "valor del envío no exceda de 50 dólares.",
        "restriction",
        ["MX"],
    ),
]


@pytest.mark.parametrize(("origin", "title", "text", "kind", "dests"), _CUSTOMS_54)
def test_customs_words_found_by_blind_set_276(
    origin: str, title: str, text: str, kind: str, dests: list[str]
) -> None:
    c = classify(title, text, origin=origin, source_kind="customs")
    assert c.relevant
    assert c.change_kind == kind
    assert c.destinations == dests


def test_a_customs_page_for_exporters_names_where_the_mail_goes() -> None:
    c = classify(
        "관세청, 수출기업 지원",
        "우정사업본부는 9월 1일 접수분부터 캐나다행 국제우편 중 물품이 포함된 소포의 접수를 "
        "일시 중단한다. 관세청은 수출신고 절차를 안내한다.",
        origin="KR",
        source_kind="customs",
    )
    assert c.change_kind == "suspension"
    assert c.destinations == ["CA"]


def test_a_customs_entry_type_no_longer_accepted_stops_no_mail() -> None:
    c = classify(
        "Type 86 entries no longer accepted",
        "From 1 September, customs will no longer accept Type 86 entries for low-value "
        "shipments. Such shipments must be filed as informal entries.",
        origin="US",
        source_kind="customs",
    )
    assert c.change_kind != "suspension"


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "JP",
            "令和6年の税関における関税法違反事件の取締り状況",
            "令和6年の全国の税関における関税法違反事件の取締り状況を取りまとめましたので公表"
            "します。国際郵便物を利用した事犯が件数全体の約4割を占めています。",
        ),
        (
            "AU",
            "Travellers urged to allow extra time at airports",
            "A system outage is causing delays for international travellers at major airports. "
            "Arriving passengers should expect longer than usual queues.",
        ),
        (
            "TR",
            "Açıklama",
            "Bazı sosyal medya hesaplarında, siparişlere yeni vergiler getirildiği yönünde "
            "paylaşımlar yapıldığı görülmektedir. Söz konusu iddialar gerçeği yansıtmamaktadır.",
        ),
    ],
)
def test_customs_look_alikes_alert_nobody(origin: str, title: str, text: str) -> None:
    c = classify(title, text, origin=origin, source_kind="customs")
    assert c.severity in ("none", "low")
    assert c.change_kind in ("irrelevant", "informational")
