"""Session 55: items taken in "before the suspension" name an old stop, not a new one; dated
updates headed "Aggiornamento del ..." and older ones under "Poprzednie aktualizacje"; Bulgarian
resumptions; Kazakh "does not stop"; English "This is not the case"; Finnish bans; "the rules
are the same"; results, exhibitions and tenders in more languages."""

from __future__ import annotations

import pytest

from monitor.classify import classify

_OLD_STOP_NAMED = [
    (
        "GB",
        "Mail to Chile",
        "We resume acceptance of letters and parcels for Chile. Items posted before the "
        "suspension will be forwarded on the first available flights.",
    ),
    (
        "DE",
        "Post nach Chile",
        "Die Annahme von Briefen und Paketen nach Chile wird wieder aufgenommen. Sendungen, die "
        "vor der Aussetzung eingeliefert wurden, werden weitergeleitet.",
    ),
    (
        "ES",
        "Envíos a Chile",
        "Se reanuda la admisión de cartas y paquetes con destino a Chile. Los envíos admitidos "
        "antes de la suspensión se enviarán en los próximos días.",
    ),
    (
        "IT",
        "Spedizioni verso il Cile",
        "Riprende l'accettazione di lettere e pacchi per il Cile. Gli invii accettati prima "
        "della sospensione saranno inoltrati con i primi voli.",
    ),
]


@pytest.mark.parametrize(("origin", "title", "text"), _OLD_STOP_NAMED)
def test_items_taken_in_before_the_stop_leave_a_resumption(origin, title, text):
    got = classify(title, text, origin=origin)
    assert got.change_kind == "resumption"
    assert got.destinations == ["CL"]


def test_a_stop_to_come_named_with_before_still_counts():
    got = classify(
        "Mail to Chile",
        "Mail to Chile is suspended from 3 June. Items posted before the suspension will be "
        "returned.",
        origin="GB",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["CL"]


def test_italian_dated_updates_the_newest_is_the_news():
    got = classify(
        "Spedizioni verso il Cile: aggiornamento",
        "Aggiornamento del 26 giugno 2025\n"
        "Dal 30 giugno 2025 riprende l'accettazione di lettere e pacchi con destinazione Cile.\n\n"
        "Avviso del 16 giugno 2025\n"
        "A causa di uno sciopero, Poste Italiane sospende temporaneamente l'accettazione di "
        "tutti gli invii diretti in Cile.\n",
        origin="IT",
    )
    assert got.change_kind == "resumption"
    assert got.destinations == ["CL"]


def test_polish_older_updates_heading_ends_the_news():
    got = classify(
        "Utrudnienia w obrocie zagranicznym",
        "Od 26 września 2025 r. wznawiamy przyjmowanie paczek pocztowych adresowanych do "
        "Chile.\n\n"
        "Poprzednie aktualizacje\n"
        "12.09.2025 – Chile: zawieszenie przyjmowania wszystkich przesyłek.\n"
        "26.08.2025 – Peru: zawieszenie przyjmowania przesyłek z towarem.\n",
        origin="PL",
    )
    assert got.change_kind == "resumption"
    assert got.destinations == ["CL"]


def test_bulgarian_resumption():
    got = classify(
        "Възстановява се приемането на пратки за Чили",
        "От 4 юли 2025 г. се възстановява приемането на писма и колети за Чили.",
        origin="BG",
    )
    assert got.change_kind == "resumption"
    assert got.destinations == ["CL"]


def test_kazakh_does_not_stop_is_no_suspension():
    got = classify(
        "«Қазпошта» Қытайға сәлемдемелер қабылдауды тоқтатпайды",
        "Әлеуметтік желілерде «Қазпошта» Қытайға сәлемдемелерді қабылдауды тоқтатады деген "
        "ақпарат таралуда. Бұл ақпарат шындыққа сәйкес келмейді. «Қазпошта» Қытайға "
        "сәлемдемелерді әдеттегі режимде қабылдайды.",
        origin="KZ",
    )
    assert got.change_kind != "suspension"
    assert got.severity in ("low", "none")


def test_english_this_is_not_the_case_denies_the_claimed_stop():
    got = classify(
        "Posting to Jersey – services operating as normal",
        "We are aware of posts on social media claiming that we have stopped accepting parcels "
        "for Jersey. This is not the case. Our services to Jersey are operating as normal.",
        origin="IE",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["JE"]


def test_this_is_not_the_case_for_letters_keeps_the_requirement():
    got = classify(
        "Parcels to Spain",
        "From 1 March, parcels to Spain need a customs declaration. This is not the case for "
        "letters.",
        origin="GB",
    )
    assert got.change_kind == "new_requirement"


def test_finnish_ban_of_meat_and_dairy():
    got = classify(
        "Liha- ja maitotuotteita ei voi enää lähettää Japaniin",
        "Japani on kieltänyt 1.5.2025 alkaen lihatuotteiden ja maitotuotteiden tuonnin. Älä "
        "lähetä Japaniin makkaraa tai juustoa.",
        origin="FI",
    )
    assert got.relevant
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["JP"]
    assert "food" in got.categories


def test_norwegian_rules_the_same_as_last_year_is_no_duty_change():
    got = classify(
        "Gaver fra utlandet",
        "Mottar du en gave fra en privatperson i utlandet, kan du få den uten å betale toll og "
        "merverdiavgift dersom verdien ikke er over 1 000 kroner. Er verdien høyere, må du "
        "betale merverdiavgift og toll.\n\nReglene er de samme som i fjor.",
        origin="NO",
        source_kind="customs",
    )
    assert got.change_kind != "duty_tax_change"


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "ES",
            "Correos eleva un 7% sus ingresos en el primer semestre",
            "Correos ha cerrado el primer semestre del año con un crecimiento del 7% en sus "
            "ingresos, que ya suponen la mitad de la facturación total. Los envíos a Francia y "
            "Estados Unidos crecen pese a la incertidumbre arancelaria.",
        ),
        (
            "SI",
            "Razstava o zgodovini pošte v Muzeju pošte",
            "V muzeju bo na ogled razstava o carinskih deklaracijah in paketih iz Amerike. "
            "Vstopnina: 5 EUR.",
        ),
        (
            "PL",
            "Ogłoszenie o zamówieniu: dostawa skanerów do kontroli przesyłek",
            "Przedmiot zamówienia: dostawa 10 skanerów do prześwietlania przesyłek zagranicznych. "
            "Wymagania minimalne: tunel 100 x 100 cm. Termin składania ofert: 23 czerwca 2025 r.",
        ),
    ],
)
def test_results_exhibitions_and_tenders_are_irrelevant(origin, title, text):
    got = classify(title, text, origin=origin)
    assert not got.relevant
    assert got.severity == "none"


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "FI",
            "Muistutus: tavaralähetykset Ahvenanmaalle vaativat tulli-ilmoituksen",
            "Muistutamme, että Ahvenanmaalle lähetettävistä tavaroista on annettava "
            "tulli-ilmoitus.",
        ),
        (
            "GB",
            "Reminder: goods to Jersey need a customs declaration",
            "We remind you that goods sent to Jersey need a customs declaration.",
        ),
    ],
)
def test_a_reminder_whose_title_names_the_paperwork_is_informational(origin, title, text):
    got = classify(title, text, origin=origin)
    assert got.relevant
    assert got.change_kind == "informational"


def test_a_reminder_title_with_a_stop_is_still_the_stop():
    got = classify(
        "Reminder: mail to Chile suspended",
        "We remind you that mail to Chile is suspended until further notice.",
        origin="GB",
    )
    assert got.change_kind == "suspension"


def test_estonian_acceptance_stops():
    got = classify(
        "Liitiumakusid sisaldavate saadetiste vastuvõtt peatub ajutiselt",
        "Omniva peatab alates 18. märtsist ajutiselt liitiumakusid sisaldavate saadetiste "
        "vastuvõtu kõikidesse välisriikidesse.",
        origin="EE",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["*"]
    assert "lithium_batteries" in got.categories


def test_marked_row_resumption_beats_the_tables_own_words_of_stops():
    got = classify(
        "Correio internacional: situação dos serviços por país",
        "Devido a situações excecionais nalguns países, a aceitação de envios pode estar "
        "suspensa. Consulte a tabela antes de enviar.\n\n"
        "País | Situação | Atualizado em\n"
        "Chile (NOVO) | Retomada a aceitação de cartas e encomendas com destino ao Chile. | "
        "20/01/2025\n"
        "Haiti | Aceitação suspensa para todos os produtos. | 13/03/2024\n"
        "Iémen | Aceitação suspensa para todos os produtos. | 23/01/2024\n"
        "Sudão | Aceitação suspensa para todos os produtos. | 20/04/2023\n\n"
        "Os envios para países com aceitação suspensa serão devolvidos ao remetente.\n",
        origin="PT",
    )
    assert got.change_kind == "resumption"
    assert got.destinations == ["CL"]


def test_italian_museum_exhibition_about_wartime_mail_is_irrelevant():
    got = classify(
        "Al Museo Storico della Comunicazione la mostra «La posta in guerra»",
        "Lettere censurate e sacchi postali sospesi alle frontiere: il Museo Storico ospita la "
        "mostra, con i moduli con cui nel 1943 fu sospeso il servizio postale con la Germania. "
        "La mostra è a ingresso gratuito, con visite guidate per le scuole.",
        origin="IT",
    )
    assert not got.relevant
    assert got.severity == "none"


def test_french_the_rules_have_not_changed():
    got = classify(
        "Envois de médicaments vers la Suisse",
        "Une déclaration en douane est nécessaire pour les médicaments envoyés en Suisse. La "
        "réglementation n'a pas changé.",
        origin="FR",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["CH"]


def test_a_claimed_stop_denied_is_news_of_no_change():
    got = classify(
        "Posting to Jersey",
        "We are aware of claims that we have stopped accepting parcels for Jersey. This is "
        "not true.",
        origin="IE",
    )
    assert got.relevant
    assert got.change_kind == "informational"
    assert got.severity == "low"
    assert got.destinations == ["JE"]


def test_a_scam_message_denied_stays_irrelevant():
    got = classify(
        "Fraud warning: fake text messages",
        "Customers are receiving text messages claiming that a parcel is held and a customs "
        "fee must be paid through a link. This is not true: we never ask for payment by text "
        "message. Do not click the link.",
        origin="GB",
    )
    assert not got.relevant


def test_portuguese_reports_of_a_stop_called_unfounded():
    got = classify(
        "Correios esclarecem",
        "Não procedem as informações divulgadas em redes sociais de que os Correios teriam "
        "suspendido o envio de encomendas para o Chile.",
        origin="BR",
    )
    assert got.relevant
    assert got.change_kind == "informational"
    assert got.destinations == ["CL"]


def test_chinese_no_plan_to_stop_acceptance_is_no_suspension():
    got = classify(
        "網傳「停收寄智利包裹」　郵政：非事實",
        "我國寄往智利之國際包裹目前均正常收寄及運送，並無停止收寄之規劃。",
        origin="TW",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["CL"]


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "KR",
            "우체국 사칭 '국제우편 관세 미납' 스미싱 문자 주의 안내",
            "우체국을 사칭하여 '관세 미납'을 이유로 결제를 요구하는 문자메시지가 급증하고 "
            "있습니다. [예시] 고객님의 국제소포가 관세 미납으로 통관 보류되었습니다. 관세 "
            "2,980원 결제 바랍니다. 우체국은 문자로 관세 결제를 요구하지 않습니다. 관세 등 통관 "
            "비용은 우체국 창구에서만 납부하실 수 있습니다. 의심되는 문자를 받으신 경우 링크를 "
            "누르지 말고 한국인터넷진흥원에 신고하여 주시기 바랍니다.",
        ),
        (
            "CO",
            "¡Alerta! Mensajes fraudulentos solicitan pagos por aranceles",
            "Alertamos sobre mensajes fraudulentos y correos electrónicos fraudulentos que "
            "informan que un paquete internacional está "
            "retenido en aduana y solicitan el pago de un arancel. Ejemplo: 'Su paquete no pudo "
            "ser entregado por falta de pago de aranceles'. No haga clic en el enlace. No "
            "suministre datos de tarjetas. El pago de "
            "tributos aduaneros se realiza únicamente en nuestros puntos de atención.",
        ),
    ],
)
def test_phishing_warnings_full_of_duty_words_are_irrelevant(origin, title, text):
    got = classify(title, text, origin=origin)
    assert not got.relevant


def test_a_cookie_banner_with_essential_cookies_is_no_topic_of_the_strike_notice():
    got = classify(
        "Industrial action: what it means for your international post",
        "Strikes are planned on 20 and 25 October. Items to Chile posted on strike days will "
        "take longer to arrive. Post Office branches will be open as usual.\n\n"
        "Cookies on our site: We use some essential cookies to make this website work. Accept "
        "additional cookies | Reject additional cookies",
        origin="GB",
    )
    assert got.change_kind == "delay"
    assert got.destinations == ["CL"]


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "GB",
            "New requirements for parcels to Chile",
            "From 1 March 2026, all items containing goods sent to Chile need an electronic "
            "customs declaration. Items that do not meet these requirements will not be accepted.",
        ),
        (
            "MD",
            "Cerințe noi pentru expedierea coletelor în Chile",
            "Începând cu 1 martie 2026, toate trimiterile poștale expediate în Chile trebuie să "
            "aibă declarația vamală în format electronic. Nu se acceptă descrieri generale precum "
            "„cadou”. Trimiterile care nu respectă aceste cerințe nu vor fi acceptate.",
        ),
    ],
)
def test_a_refusal_that_enforces_the_paperwork_is_no_stop(origin, title, text):
    got = classify(title, text, origin=origin)
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["CL"]


def test_a_stop_after_a_refusal_for_paperwork_still_counts():
    got = classify(
        "Mail to Chile",
        "Items that do not meet these requirements will not be accepted. From 1 May we suspend "
        "all mail to Chile.",
        origin="GB",
    )
    assert got.change_kind == "suspension"


def test_bengali_rumoured_stop_denied_by_the_next_sentence():
    got = classify(
        "নেপালে ডাক সেবা স্বাভাবিক রয়েছে",
        "সামাজিক যোগাযোগ মাধ্যমে প্রচারিত হচ্ছে যে, ডাক বিভাগ নেপালে চিঠি ও পার্সেল গ্রহণ বন্ধ "
        "করে দিয়েছে। ডাক অধিদপ্তরের পক্ষ থেকে জানানো যাচ্ছে যে, এই তথ্য সঠিক নয়।",
        origin="BD",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["NP"]


def test_mongolian_weight_limit():
    got = classify(
        "Чили руу илгээх агаарын илгээмжийн жингийн хязгаарын тухай",
        "2026 оны 5 дугаар сарын 11-ний өдрөөс эхлэн Чили руу илгээх агаарын илгээмжийн дээд "
        "жинг 10 кг-аар хязгаарлаж байна (өмнө нь 30 кг).",
        origin="MN",
    )
    assert got.change_kind == "restriction"
    assert got.destinations == ["CL"]


def test_czech_status_table_row_marked_nove_is_the_news():
    got = classify(
        "Omezení a přerušení poštovního styku se zahraničím",
        "V tabulce uvádíme země, do kterých je v současnosti omezen nebo přerušen příjem "
        "poštovních zásilek.\n\n"
        "Země | Omezení | Platnost od\n"
        "Chile (NOVĚ) | Přerušen příjem všech poštovních zásilek. | 12. 3. 2026\n"
        "Jemen | Přerušen příjem všech zásilek. | 22. 1. 2024\n"
        "Izrael | Zásilky přijímáme, prodloužené dodací lhůty. | 10. 11. 2023\n"
        "Rusko | Přijímáme pouze listovní zásilky bez obsahu zboží. | 1. 3. 2022\n",
        origin="CZ",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["CL"]
