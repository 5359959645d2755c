"""Causes found in session 33, each with sentences of our own: "not permitted" in Romance
languages, service-as-usual words, Arabic stops and resumptions, places joined by "e in", names
between bars, Spanish dates of dated updates, exclusions that reach past their object, delays
counted in Chinese working days, job adverts and results that mention a change word; then
guards where the new words must not act (found by two reviews)."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# --- kinds ---


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Aviso: sementes e plantas",
            "Informamos que não é permitido o envio de sementes e plantas vivas para o Japão "
            "por remessa postal.",
            "BR",
        ),
        (
            "Spedizioni verso il Giappone",
            "Dal 1° aprile non è più consentito spedire semi e piante vive verso il Giappone.",
            "IT",
        ),
        (
            "Envíos a Japón",
            "A partir del 1 de abril no está permitido enviar semillas ni plantas vivas a Japón.",
            "ES",
        ),
    ],
)
def test_not_permitted_in_romance_languages_is_a_ban(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["JP"]


def test_no_service_interruptions_expected_is_no_stop():
    result = classify(
        "Storm watch: Fiji",
        "A cyclone warning is in effect for the northern islands of Fiji. Our operations in Suva "
        "are running normally and no service interruptions are expected for items to Fiji.",
        origin="NZ",
        source_kind="postal",
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["FJ"]


def test_a_work_stoppage_at_an_airline_is_not_a_stop_of_mail():
    result = classify(
        "Grève chez une compagnie aérienne",
        "Nous suivons de près l'arrêt de travail des pilotes d'une compagnie aérienne. Le "
        "courrier à destination de l'étranger continue d'être accepté et acheminé; aucun retard "
        "important n'est prévu.",
        origin="CA",
        source_kind="postal",
    )
    assert result.change_kind == "informational"


def test_an_arabic_stop_of_acceptance_is_a_suspension():
    result = classify(
        "وقف قبول الطرود المتجهة إلى ليبيا",
        "تعلن المؤسسة عن وقف قبول الطرود والرسائل المتجهة إلى ليبيا بصفة مؤقتة حتى إشعار آخر.",
        origin="TN",
        source_kind="postal",
    )
    assert result.relevant
    assert result.change_kind == "suspension"
    assert result.destinations == ["LY"]


def test_an_arabic_resumption_in_the_present_tense_beside_the_cause_of_the_stop():
    # the title resumes; the body tells that airlines had stopped their flights (the cause)
    result = classify(
        "البريد يستأنف قبول الطرود المرسلة إلى الأردن",
        "يستأنف البريد قبول الطرود المرسلة إلى الأردن اعتباراً من الأحد، بعد عودة الرحلات. "
        "وكانت الخدمة قد توقفت بسبب توقف شركات الطيران عن تسيير رحلاتها إلى الأردن.",
        origin="AE",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["JO"]


def test_a_dutch_resumption_noun_in_the_title():
    result = classify(
        "Pakjes naar Canada: hervatting vanaf maandag",
        "Sinds 1 juni aanvaardden wij geen pakjes meer voor Canada. Vanaf maandag kunnen "
        "klanten opnieuw pakjes naar Canada versturen.",
        origin="BE",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["CA"]


def test_a_refused_description_is_a_paperwork_requirement():
    result = classify(
        "Nuevas exigencias para las declaraciones de envíos de bajo valor",
        "Desde el 1 de marzo será obligatorio indicar la descripción precisa de la mercancía. "
        "No se admitirán descripciones como «regalo» o «ropa».",
        origin="ES",
        source_kind="customs",
    )
    assert result.change_kind == "new_requirement"


def test_a_dutch_suspended_is_a_stop():
    result = classify(
        "Pakketten naar Israël",
        "Pakketten naar Israël zijn tot nader order geschorst.",
        origin="NL",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["IL"]


# --- holidays, results and job adverts ---


def test_a_holiday_schedule_that_delays_mail_abroad_by_working_days_alerts():
    result = classify(
        "关于国庆期间寄递服务安排的公告",
        "国庆期间邮政营业网点实行弹性营业时间，部分网点暂停营业。国际邮件正常收寄。"
        "受航班运力影响，寄往澳大利亚的国际小包邮件，全程时限预计较平时延长3至5个工作日。",
        origin="CN",
        source_kind="postal",
    )
    assert result.relevant
    assert result.change_kind == "delay"
    assert result.destinations == ["AU"]


def test_a_swedish_longer_transit_time_is_a_delay():
    result = classify(
        "Sista dagar för julpost",
        "Här är sista inlämningsdagarna för julpost. Paket till Island kan ta tre arbetsdagar "
        "längre än normalt på grund av färre flyg.",
        origin="SE",
        source_kind="postal",
    )
    assert result.change_kind == "delay"
    assert result.destinations == ["IS"]


def test_a_job_advert_with_a_change_word_in_its_title_is_irrelevant():
    result = classify(
        "Vámkezelési ügyintéző – Debrecen",
        "Állásajánlat\nMunkavégzés helye: Debrecen\nFoglalkoztatás jellege: teljes munkaidő\n"
        "Feladatok: az Egyesült Államokba irányuló küldemények vámkezelésének előkészítése.\n"
        "Amit kínálunk: stabil munkahely.\nJelentkezés önéletrajzzal.",
        origin="HU",
        source_kind="postal",
    )
    assert not result.relevant


def test_annual_results_that_mention_de_minimis_are_irrelevant():
    result = classify(
        "Results for the full year ended 31 March",
        "Group revenue up 3%. The parcels business returned to an operating profit. Recent "
        "changes to US tariff and de minimis policy have created uncertainty for cross-border "
        "e-commerce to the US. The shares remain listed on the stock exchange.",
        origin="GB",
        source_kind="postal",
    )
    assert not result.relevant


# --- places ---


def test_places_joined_by_e_in_share_their_role():
    result = classify(
        "Sospensione delle spedizioni",
        "Dal 5 ottobre Poste non accetta invii destinati in Siria e in Iraq.",
        origin="IT",
        source_kind="postal",
    )
    assert result.destinations == ["IQ", "SY"]


def test_names_between_bars_under_a_head_are_a_list():
    body = (
        "Gute Nachrichten: ab sofort können Sie wieder Pakete in folgende Länder verschicken:\n\n"
        "Argentinien | Bolivien | Chile | Ecuador | Kolumbien | Peru | Uruguay | Paraguay | "
        "Marokko | Tunesien\n\n"
        "Bitte rechnen Sie mit längeren Laufzeiten.\n\n"
        "Weiterhin kein Versand möglich ist in folgende Länder:\nJemen | Libyen"
    )
    result = classify("Versand wieder möglich", body, origin="DE", source_kind="postal")
    assert result.change_kind == "resumption"
    reopened = {"AR", "BO", "CL", "CO", "EC", "MA", "PE", "PY", "TN", "UY"}
    assert reopened <= set(result.destinations)


def test_an_exclusion_reaches_past_its_object_and_nem():
    result = classify(
        "Reino Unido: carne e lacticínios",
        "Não é permitido enviar carne e lacticínios para o Reino Unido. A restrição não se "
        "aplica aos envios para a Irlanda do Norte nem para a República da Irlanda.",
        origin="PT",
        source_kind="postal",
    )
    assert result.destinations == ["GB"]


def test_an_exclusion_reaches_past_items_for():
    result = classify(
        "Meat to Great Britain",
        "Meat and dairy may no longer be posted to Great Britain. The restriction does not apply "
        "to items for Ireland.",
        origin="FR",
        source_kind="postal",
    )
    assert result.destinations == ["GB"]


def test_a_danish_not_covered_place_is_no_destination():
    result = classify(
        "Nye krav til pakker til Grønland",
        "Fra 1. april skal alle pakker med varer til Grønland have en elektronisk "
        "tolddeklaration. Gælder det også for Island? Nej. Forsendelser til Island er ikke "
        "omfattet af kravet.",
        origin="DK",
        source_kind="postal",
    )
    assert result.destinations == ["GL"]


def test_an_arabic_formal_state_name_is_its_country():
    result = classify(
        "تعليق قبول المواد البريدية",
        "يظل تعليق قبول المواد البريدية المرسلة إلى الجمهورية اليمنية سارياً حتى إشعار آخر.",
        origin="AE",
        source_kind="postal",
    )
    assert result.destinations == ["YE"]


def test_the_mainland_named_by_a_hong_kong_source_is_china():
    result = classify(
        "寄往內地郵件的新安排",
        "由七月一日起，市民以空郵包裹寄往內地，必須於報關表上填寫收件人的身份證號碼。",
        origin="HK",
        source_kind="postal",
    )
    assert result.destinations == ["CN"]


# --- dated updates ---


def test_a_spanish_dated_update_on_top_is_the_news():
    body = (
        "Actualización 23 de septiembre:\n"
        "Hemos reanudado la recogida y la entrega en Puerto Rico. Los envíos retenidos ya se "
        "están entregando.\n\n"
        "Actualización 19 de septiembre:\n"
        "Debido al huracán hemos suspendido temporalmente la recogida y la entrega en Puerto "
        "Rico."
    )
    result = classify("Alerta de servicio: Puerto Rico", body, origin="PR", source_kind="carrier")
    assert result.change_kind == "resumption"
    assert result.destinations == ["PR"]


# --- categories ---


def test_an_identity_card_is_no_meat():
    result = classify(
        "Envíos courier: número de documento obligatorio",
        "Desde julio será obligatorio indicar el DNI o el carné de extranjería del destinatario "
        "en todos los envíos de entrega rápida.",
        origin="PE",
        source_kind="customs",
    )
    assert "food" not in result.categories


# --- where the new words must not act (guards: right before this session too) ---


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Pagamenti negli uffici postali",
            "Dal 1° gennaio non è consentito il pagamento in contanti di importi pari o superiori "
            "a 5.000 euro presso gli uffici postali.",
        ),
        (
            "Normas en nuestras oficinas",
            "No está permitido fumar ni comer dentro de las oficinas de Correos.",
        ),
    ],
)
def test_not_permitted_of_something_other_than_sending_is_no_ban(title, body):
    result = classify(title, body, origin="IT", source_kind="postal")
    assert not result.relevant


def test_a_ceasefire_is_no_stop_of_mail():
    result = classify(
        "الطرود إلى لبنان",
        "بعد إعلان وقف إطلاق النار في لبنان، يستمر قبول الطرود المرسلة إلى لبنان بشكل طبيعي.",
        origin="AE",
        source_kind="postal",
    )
    assert result.change_kind != "suspension"


def test_a_strike_title_stands_over_words_about_jobs():
    result = classify(
        "Strike: international mail to Canada suspended",
        "The union says 2,000 jobs are at risk. Careers, job vacancies and recruitment pages "
        "remain online; join our team and apply now for seasonal jobs. Full time and part time "
        "roles are open. International mail to Canada is suspended until the strike ends.",
        origin="GB",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["CA"]


def test_a_domestic_standing_delivery_time_is_no_delay():
    result = classify(
        "Nya leveranstider",
        "Tunga paket över 20 kg har längre leveranstid än vanliga paket inom Sverige.",
        origin="SE",
        source_kind="postal",
    )
    assert not result.relevant


def test_sending_again_by_the_customer_is_no_resumption():
    result = classify(
        "Pakket retour",
        "Is uw pakket naar Duitsland teruggekomen? Dan kunt u het kosteloos opnieuw verzenden "
        "via het postkantoor.",
        origin="NL",
        source_kind="postal",
    )
    assert result.change_kind != "resumption"


def test_parliamentary_questions_about_a_stop_announce_nothing():
    result = classify(
        "Kamervragen over het stopzetten van pakketten naar Canada",
        "Kamerstukken > Kamervragen\n\n"
        "Vragen van het lid De Vries aan de minister over het stopzetten van pakketverzending "
        "naar Canada. Vraag 1: Bent u bekend met het bericht? Antwoord: nog niet ontvangen.",
        origin="NL",
        source_kind="other",
    )
    assert not result.relevant


def test_a_flag_after_a_word_that_ends_in_post_is_still_a_place():
    result = classify(
        "Poststopp 🇺🇸",
        "Poststopp 🇺🇸: Ab 22. August keine Warensendungen mehr.",
        origin="DE",
        source_kind="postal",
    )
    assert result.destinations == ["US"]


def test_a_timetable_for_these_countries_is_no_delay():
    result = classify(
        "Leveranstider",
        "Vi skickar paket till Tyskland, Frankrike och Spanien. För paket till dessa länder är "
        "leveranstiden 2 arbetsdagar längre än för paket inom Norden.",
        origin="SE",
        source_kind="postal",
    )
    assert not result.relevant


def test_a_source_cited_beside_a_denial_of_something_else_keeps_the_stop():
    result = classify(
        "Envios para Angola",
        "Os CTT afirmam que os envios para Angola continuam suspensos e que a notícia de uma "
        "retoma não é verdade.",
        origin="PT",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert result.destinations == ["AO"]


def test_a_change_reported_after_parliamentary_questions_stands():
    result = classify(
        "PostNL en Israël",
        "Naar aanleiding van Kamervragen meldt PostNL: vanaf 1 november worden pakketten naar "
        "Israël weer geaccepteerd.",
        origin="NL",
        source_kind="postal",
    )
    assert result.change_kind == "resumption"
    assert result.destinations == ["IL"]
