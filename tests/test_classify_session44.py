"""Causes found in session 44, each with sentences of our own, and the guards of the rule.

A notice whose title calls a claim false ("É falso que ...", "Fact check: ...", "关于…传闻的说明",
"Clarification regarding ...") answers a rumour: the change its body tells is the claim, so it is
informational. A body sentence free of rumour words that states a change from a given day or in
force keeps the change, and "disregard", "ignore", "incorrect" in a title call nothing false.

Under an all-clear title ("Shipping to the US continues as normal"), a change from a given day
told before the body says service goes on is the event the notice answers; told after it, it is
news of its own."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("title", "body", "origin", "kind"),
    [
        (  # Portuguese: "it is false that purchases up to US$ 50 will be exempt"
            "É falso que compras internacionais de até US$ 100 ficarão isentas de imposto",
            "Circulam nas redes sociais mensagens segundo as quais as compras internacionais de "
            "até US$ 100 ficarão isentas do Imposto de Importação a partir de janeiro. A "
            "informação não procede: a tributação das remessas internacionais segue as regras "
            "em vigor.",
            "BR",
            "informational",
        ),
        (  # a fact check of a claimed stop of parcels
            "Fact Check: the post has not raised duties on parcels to Kenya",
            "Messages on social media say that duties on parcels to Kenya double from Monday. "
            "Import duties on parcels to Kenya are unchanged.",
            "IN",
            "informational",
        ),
        (  # Chinese: "explanation of the rumour that Chile's parcel tax rises again"
            "关于“智利跨境包裹税率再次上调”传闻的说明",
            "近期有消息称智利将从下月起对跨境包裹征收更高的进口税。经核实，智利未发布新的进口税率调整，"
            "现行税率保持不变。",
            "CN",
            "informational",
        ),
        (  # German: "false reports of alleged new fees on parcels from abroad"
            "Falschmeldungen zu angeblichen neuen Gebühren auf Paketen aus dem Ausland",
            "In sozialen Medien wird behauptet, ab März werde auf jedes Paket aus dem Ausland "
            "eine Einfuhrgebühr von 10 Franken erhoben. Für Pakete aus dem Ausland ändert sich "
            "nichts.",
            "CH",
            "informational",
        ),
        (  # French: a denial in the title
            "Démenti : les envois vers le Mali ne sont pas suspendus",
            "Des messages affirment que La Poste a suspendu les envois vers le Mali. Les envois "
            "vers le Mali sont acceptés et acheminés normalement.",
            "FR",
            "informational",
        ),
    ],
)
def test_a_title_that_calls_a_claim_false_is_informational(title, body, origin, kind):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.relevant
    assert result.change_kind == kind


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (  # a clarification of a real stop, no rumour in the title
            "Aclaración sobre la suspensión de envíos con destino a Haití",
            "Desde el 3 de marzo se suspende la admisión de envíos con destino a Haití por el "
            "cierre del aeropuerto de Puerto Príncipe.",
            "suspension",
        ),
        (  # a scam warning stays quiet
            "Scam alert: fake messages about customs fees on parcels",
            "Criminals send fake text messages asking you to pay a customs fee before a parcel "
            "is delivered. Do not click the link.",
            "irrelevant",
        ),
    ],
)
def test_guard_a_clarification_or_a_scam_warning_is_no_denial(title, body, kind):
    result = classify(title, body, origin="ES", source_kind="postal")
    assert result.change_kind == kind


def test_a_dated_change_the_all_clear_answers_is_no_news():
    body = (
        "From 29 August the United States ends the duty-free exemption for low-value parcels, "
        "and some operators have announced that they stop sending goods there.\n"
        "We continue to accept letters and parcels to the United States as usual."
    )
    result = classify(
        "Sending to the United States continues as normal", body, origin="CA", source_kind="postal"
    )
    assert result.change_kind == "informational"
    assert result.destinations == ["US"]


def test_guard_a_dated_change_after_the_all_clear_is_news():
    body = (
        "We continue to accept parcels to Iceland as usual.\n"
        "From 1 April every parcel to Iceland must carry an electronic customs declaration."
    )
    result = classify(
        "Parcels to Iceland continue to be accepted", body, origin="DK", source_kind="postal"
    )
    assert result.change_kind == "new_requirement"


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (  # Norwegian "proposal": a plan, not a decided duty
            "Forslag om toll på småpakker fra utlandet: dette betyr det for deg",
            "Regjeringen har sendt på høring et forslag om toll på alle småpakker fra utlandet. "
            "Tollen skal etter forslaget gjelde fra 1. juli neste år.",
            "NO",
        ),
        (  # "proposed" in the title, the fee told in the body
            "Questions and answers: proposed handling fee for parcels from abroad",
            "What is the handling fee? The Commission wants a handling fee of 2 euros on every "
            "parcel from abroad. When would the fee apply? Not before 2027.",
            "DE",
        ),
        (  # Japanese "call for public comments" on a review of the duty-free relief
            "少額輸入貨物の免税制度の見直しに関する意見募集について",
            "財務省は、少額輸入貨物に対する関税の免税制度の見直し案について、広く意見を募集します。",
            "JP",
        ),
    ],
)
def test_a_proposed_duty_is_informational(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="customs")
    assert result.relevant
    assert result.change_kind == "informational"


def test_guard_a_proposal_named_beside_a_decided_duty_keeps_the_duty():
    body = (
        "The Council agreed a duty of 3 euros on every item in small parcels from 1 July. "
        "Separately, the Commission has proposed a handling fee on e-commerce parcels."
    )
    result = classify(
        "EU agrees duty on small parcels from 1 July", body, origin="FR", source_kind="postal"
    )
    assert result.change_kind == "duty_tax_change"


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (
            "Post debunks report of suspension of parcels to Ghana",
            "A report circulating online says that the post has suspended parcels to Ghana. "
            "Parcels to Ghana are accepted and delivered as usual.",
            "NG",
        ),
        (  # Russian "refutation", which "опроверг*" does not reach
            "Опровержение: приём посылок в Армению осуществляется в обычном режиме",
            "В сети распространяется информация о приостановке приёма посылок в Армению. Приём "
            "посылок в Армению осуществляется в обычном режиме.",
            "RU",
        ),
        (  # Thai "clarifies the news of a suspension of parcels to Myanmar"
            "ไปรษณีย์ชี้แจง กรณีข่าวระงับบริการส่งพัสดุไปเมียนมา",
            "ตามที่มีข่าวว่าไปรษณีย์ระงับการรับฝากพัสดุไปเมียนมา ข้อความดังกล่าวไม่เป็นความจริง "
            "ไปรษณีย์ยังคงรับฝากพัสดุไปเมียนมาตามปกติ",
            "TH",
        ),
    ],
)
def test_a_debunked_stop_is_informational(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "informational"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The suspension of parcels to Fiji planned from 1 May is no longer going ahead. "
            "Parcels to Fiji are accepted as usual.",
            "informational",
        ),
        (
            "The suspension of parcels to Fiji planned from 1 May will go ahead as announced. "
            "Parcels to Fiji are accepted as usual until then.",
            "suspension",
        ),
    ],
)
def test_a_planned_stop_no_longer_going_ahead_is_called_off(sentence, kind):
    result = classify(
        "Fiji: planned suspension of parcels", sentence, origin="AU", source_kind="postal"
    )
    assert result.change_kind == kind


def test_acceptance_named_before_its_all_clear_words_keeps_a_local_stop_a_delay():
    body = (
        "Chunghwa Post has told us that all post offices in Taiwan were closed, and mail "
        "collection and delivery were suspended on 3 October. Flights to Taipei were cancelled "
        "for two days.\n"
        "Customers can expect delays of up to 4 working days for items to Taiwan.\n"
        "Acceptance of mail to Taiwan continues at all post offices."
    )
    result = classify("Taiwan – Typhoon Kong-rey", body, origin="SG", source_kind="postal")
    assert result.change_kind == "delay"


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (  # a guard: English "over" already gives restriction votes of its own
            "Temporary suspension of business-to-consumer shipments to Canada over 1,000 USD",
            "From 2 June we temporarily suspend business-to-consumer shipments to Canada with a "
            "declared value over 1,000 USD. Shipments up to 1,000 USD are not affected.",
            "restriction",
        ),
        (  # German, "über"
            "Kanada: Sendungen mit einem Warenwert über 1.000 USD vorübergehend ausgesetzt",
            "Ab dem 2. Juni setzen wir Sendungen nach Kanada mit einem Warenwert über 1.000 USD "
            "vorübergehend aus. Sendungen bis 1.000 USD sind nicht betroffen.",
            "restriction",
        ),
        (  # Polish, "powyżej"
            "Zmiany w przyjmowaniu paczek do Gruzji",
            "Od 3 czerwca wstrzymujemy przyjmowanie paczek do Gruzji o wadze powyżej 10 kg.",
            "restriction",
        ),
        (  # the whole stop, a figure elsewhere
            "Temporary suspension of all shipments to Canada",
            "From 2 June we temporarily suspend all shipments to Canada. Customs now checks every "
            "parcel over 800 USD formally, and the backlog has grown.",
            "suspension",
        ),
    ],
)
def test_a_stop_of_items_above_a_figure_is_a_restriction(title, body, kind):
    result = classify(title, body, origin="DE", source_kind="carrier")
    assert result.change_kind == kind


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (  # Italian "no repercussion on postal items"
            "Canada: sciopero dei portuali – nessuna ripercussione sugli invii postali",
            "Lo sciopero nei porti canadesi può causare ritardi per le merci spedite via mare. "
            "Gli invii postali verso il Canada viaggiano in aereo: nessuna ripercussione.",
            "IT",
        ),
        (  # Icelandic "no effect on mail"
            "Verkfall í Danmörku – engin áhrif á póstsendingar",
            "Verkfall hafnarverkamanna í Danmörku getur valdið töfum á vöruflutningum. Engin "
            "áhrif á póstsendingar til Danmerkur.",
            "IS",
        ),
        (  # Chinese "mail to Japan is not affected"
            "日本港口罢工：寄往日本的邮件不受影响",
            "日本港口工人罢工可能导致海运货物延误。寄往日本的国际邮件经航空运输，不受影响。",
            "CN",
        ),
    ],
)
def test_no_impact_words_under_an_event_are_informational(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.change_kind == "informational"


@pytest.mark.parametrize(
    ("title", "body", "origin"),
    [
        (  # Spanish: a new version of the app, whose features name customs and places
            "Nueva versión de la app de Correo Uruguayo: seguí tus envíos internacionales",
            "Con la nueva versión podés seguir tus paquetes desde Estados Unidos y China, pagar "
            "los impuestos de importación desde el celular y recibir avisos cuando tu envío "
            "llegue a la aduana.",
            "UY",
        ),
        (  # Arabic: "launch of the new version of the post's app to track international items"
            "إطلاق الإصدار الجديد من تطبيق البريد لتتبع الشحنات الدولية",
            "أعلن البريد عن إطلاق الإصدار الجديد من تطبيقه الذي يتيح تتبع الطرود الواردة من "
            "الخارج ودفع الرسوم الجمركية إلكترونياً قبل الاستلام.",
            "JO",
        ),
        (  # a customs authority's statistics
            "Customs statistics: imports of small parcels from China grew by 30% in 2025",
            "Imports of small consignments from China grew by 30% last year. Customs handled 60 "
            "million low-value parcels, and collected VAT on all of them.",
            "FI",
        ),
    ],
)
def test_an_app_release_or_statistics_is_no_change(title, body, origin):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert not result.relevant


def test_guard_a_stop_before_an_app_aside_in_the_title_stays_a_stop():
    result = classify(
        "Parcels to Cuba suspended - new version of our app available",
        "From 1 May we suspend the acceptance of parcels to Cuba until further notice.",
        origin="ES",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (  # a clarification of a stop in force
            "Clarification on postal services to the Gaza Strip",
            "Acceptance of all postal items for the Gaza Strip is suspended until further notice.",
            "suspension",
        ),
        (  # the denial confirms the stop: the rumour was of a resumption
            "Not true! Parcels to Israel are still suspended",
            "Reports that we have resumed parcel service to Israel are not true. Acceptance of "
            "parcels to Israel remains suspended.",
            "suspension",
        ),
        (  # "disregard" an earlier notice
            "Please disregard our earlier notice: parcels to Haiti remain suspended",
            "Our notice of Monday said that parcels to Haiti were accepted again. Acceptance of "
            "parcels to Haiti remains suspended until further notice.",
            "suspension",
        ),
        (  # a denied rumour beside a new rule told with its day
            "Опровержение слухов и новые правила отправки в Китай",
            "Слухи о прекращении приема посылок в Китай не соответствуют действительности. С 1 "
            "марта в посылках в Китай запрещено пересылать литиевые батареи.",
            "prohibited_items",
        ),
        (  # Chinese: the rumour is denied; the title names new requirements, the body states
            # them from a given day
            "关于寄往美国邮件的传闻及新要求的说明",
            "传闻中国邮政暂停寄往美国邮件的消息不实。自2025年8月29日起，寄往美国的含物品邮件须缴纳关税。",
            "new_requirement",
        ),
    ],
)
def test_guard_a_denial_title_keeps_a_change_stated_plainly(title, body, kind):
    result = classify(title, body, origin="GB", source_kind="postal")
    assert result.change_kind == kind


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (  # "as proposed": decided
            "Duty on parcels from China rises to 30%",
            "As proposed in March, the duty on parcels from China rises to 30% from 1 May 2026.",
            "duty_tax_change",
        ),
        (  # a proposal confirmed in the title
            "Update: proposed tariff on low-value parcels confirmed, applies from 1 May",
            "The tariff of 5 euros on every low-value parcel from abroad applies from 1 May 2026.",
            "duty_tax_change",
        ),
        (  # the word of a plan names another part of the title
            "Proposed 2027 prices for letters; parcels to the US suspended",
            "From 25 August we suspend the acceptance of goods to the United States.",
            "suspension",
        ),
        (  # Japanese: the requirement follows "the results of the call for comments"
            "輸入郵便物の電子データ提出について",
            "意見募集の結果を踏まえ、2026年4月1日から、すべての輸入郵便物に電子データの提出が必要と"
            "なります。",
            "new_requirement",
        ),
        (  # Norwegian "forslag til" (suggestions), no plan
            "Nye regler fra 1. april: forslag til hvordan du pakker",
            "Fra 1. april må alle pakker til Norge ha elektronisk tolldeklarasjon.",
            "new_requirement",
        ),
    ],
)
def test_guard_a_decided_or_other_plan_is_no_proposal(title, body, kind):
    result = classify(title, body, origin="DK", source_kind="postal")
    assert result.change_kind == kind


def test_guard_a_requirement_before_the_all_clear_is_still_news():
    body = (
        "From 1 March every parcel to the United Kingdom needs the recipient's EORI number.\n"
        "Mail to the United Kingdom continues as normal."
    )
    result = classify(
        "Mail to the United Kingdom continues as normal", body, origin="IE", source_kind="postal"
    )
    assert result.change_kind == "new_requirement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Parcels to Canada are suspended even though the strike is no longer going ahead.",
        "We have suspended parcels to Canada because the agreed handover is not going ahead.",
    ],
)
def test_guard_what_is_not_going_ahead_is_another_subject(sentence):
    result = classify("Service update: Canada", sentence, origin="US", source_kind="postal")
    assert result.change_kind == "suspension"


@pytest.mark.parametrize(
    "body",
    [
        # the figure is in the cause of a stop of all mail
        "Da der US-Zoll jetzt jede Sendung mit mehr als 800 USD Warenwert prüft, ist die Annahme "
        "aller Sendungen in die USA ausgesetzt.",
        "Le dépôt de tous les envois vers Israël est suspendu car plus de 20 000 kg de courrier "
        "sont bloqués à Roissy.",
        "Ponieważ służby celne sprawdzają każdą paczkę powyżej 800 USD, wstrzymujemy "
        "przyjmowanie wszystkich przesyłek do USA.",
        "Poiché la dogana statunitense controlla ogni pacco oltre 800 USD, Poste sospende "
        "l'accettazione di tutte le spedizioni verso gli Stati Uniti.",
    ],
)
def test_guard_a_figure_in_the_cause_of_a_stop_of_all_mail_keeps_the_stop(body):
    result = classify("Service update", body, origin="GB", source_kind="postal")
    assert result.change_kind == "suspension"


@pytest.mark.parametrize(
    "body",
    [
        (  # letters accepted beside a stop of parcels
            "Delivery of parcels in Israel is suspended and letters are delayed. Acceptance of "
            "letters to Israel continues at all post offices."
        ),
        (  # other places accepted
            "Delivery to Lebanon is suspended until further notice. Posting of items to other "
            "countries is not affected and continues at all post offices."
        ),
    ],
)
def test_guard_acceptance_of_other_mail_or_places_keeps_a_stop(body):
    result = classify("Service update", body, origin="GB", source_kind="postal")
    assert result.change_kind == "suspension"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Huelga en Alemania: ningún impacto en envíos nacionales",
            "Los envíos a Alemania sufren retrasos de hasta 5 días.",
        ),
        (
            "Strike in Germany: no disruptions for domestic mail",
            "Items to Germany are delayed by up to 5 days.",
        ),
        ("德国罢工：国内邮件不受影响", "寄往德国的邮件将延误最多5天。"),
    ],
)
def test_guard_an_all_clear_title_for_domestic_mail_keeps_the_delay_abroad(title, body):
    result = classify(title, body, origin="ES", source_kind="postal")
    assert result.change_kind == "delay"


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (  # a stop in the lead of an app's notice
            "New app: shipments to Israel",
            "Download our new app. Please note that shipments to Israel are suspended from "
            "today until further notice.",
            "suspension",
        ),
        (  # a second subject in the title
            "New app and new customs rules from 1 March",
            "From 1 March all parcels to the United Kingdom must carry an electronic customs "
            "declaration.",
            "new_requirement",
        ),
        (  # Spanish "aplicación" is also the application of a rule
            "Nueva aplicación de aranceles a los envíos a Estados Unidos",
            "A partir del 29 de agosto, todos los envíos de mercancías a Estados Unidos pagarán "
            "aranceles.",
            "duty_tax_change",
        ),
    ],
)
def test_guard_an_app_title_beside_a_change_keeps_the_change(title, body, kind):
    result = classify(title, body, origin="ES", source_kind="postal")
    assert result.change_kind == kind


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (  # "disregard" calls nothing false, and the requirement has no day
            "Please disregard our earlier notice: parcels to Haiti need a CN23 form",
            "Every parcel to Haiti must carry a CN23 customs declaration.",
            "new_requirement",
        ),
        (  # Indonesian "ignore"
            "Abaikan pemberitahuan sebelumnya: paket ke Haiti wajib memakai formulir CN23",
            "Every parcel to Haiti must carry a CN23 customs declaration.",
            "new_requirement",
        ),
        (  # a rumour sentence that gives its own day is still the claim
            "Fact check: parcels to Kenya are not suspended",
            "A viral message claims that from 1 March parcels to Kenya are suspended. Parcels to "
            "Kenya are accepted and delivered as usual.",
            "informational",
        ),
        (  # Chinese: "logistics delivery" holds the rumour word, no rumour is answered
            "关于寄往日本邮件物流传递时效调整的说明",
            "自2026年3月1日起，寄往日本的国际包裹投递时限延长3至5个工作日。",
            "delay",
        ),
    ],
)
def test_what_a_title_denial_reads(title, body, kind):
    result = classify(title, body, origin="GB", source_kind="postal")
    assert result.change_kind == kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (  # "all" alone stops the rule: a stop of all items
            "Acceptance of all items to the US is suspended; customs now checks items over "
            "800 USD.",
            "suspension",
        ),
        (  # ... but not "all parcels over 10 kg"
            "Od 3 czerwca wstrzymujemy przyjmowanie wszystkich paczek do Gruzji o wadze powyżej "
            "10 kg.",
            "restriction",
        ),
        (  # a cause alone stops the rule
            "Le dépôt des colis vers Israël est suspendu car plus de 20 000 kg de courrier sont "
            "bloqués à Roissy.",
            "suspension",
        ),
        (  # "da" opening a sentence of time is no cause
            "Da lunedì 2 giugno sospendiamo l'accettazione dei pacchi per il Canada oltre 30 kg.",
            "restriction",
        ),
        (  # French "au-delà de", read with its hyphen turned to a space
            "À partir du 2 juin, l'acceptation des colis vers le Canada au-delà de 20 kg est "
            "suspendue.",
            "restriction",
        ),
    ],
)
def test_which_figures_make_a_stop_a_restriction(body, kind):
    result = classify("Service update", body, origin="GB", source_kind="postal")
    assert result.change_kind == kind


def test_a_title_stop_does_not_hide_the_figure_of_the_body():
    result = classify(
        "Zawieszenie przyjmowania ciężkich paczek do Gruzji",
        "Od 3 czerwca wstrzymujemy przyjmowanie paczek do Gruzji o wadze powyżej 10 kg.",
        origin="PL",
        source_kind="postal",
    )
    assert result.change_kind == "restriction"


@pytest.mark.parametrize(
    "body",
    [
        (  # the acceptance sentence names the place and "other" countries
            "Mail collection and delivery in Lebanon are suspended and items to Lebanon may be "
            "delayed. Acceptance of mail to Syria and other countries continues at all post "
            "offices."
        ),
        (  # the acceptance sentence names no place
            "Mail collection and delivery in Lebanon are suspended and items to Lebanon may be "
            "delayed. Acceptance continues at all post offices."
        ),
    ],
)
def test_guard_acceptance_must_name_the_stopped_place(body):
    result = classify("Lebanon – service update", body, origin="CY", source_kind="postal")
    assert result.change_kind == "suspension"


def test_guard_a_dated_stop_of_some_items_before_an_all_clear_of_the_others_is_news():
    body = (
        "From 3 March, acceptance of registered items to Canada is suspended until further "
        "notice.\nAll other items to Canada continue to be accepted as normal."
    )
    result = classify("Mail to Canada continues as normal", body, origin="US", source_kind="postal")
    assert result.change_kind == "suspension"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (  # put off, not called off
            "The suspension of parcels to Fiji planned from 1 May is not going ahead on 1 May and "
            "has been postponed to 1 July.",
            "suspension",
        ),
        (  # "reported" is no "reporté"
            "The suspension of parcels to Fiji planned from 1 May is not going ahead, as reported "
            "by Fiji Post. Parcels to Fiji are accepted as usual.",
            "informational",
        ),
        (  # a contraction
            "The suspension of parcels to Fiji planned from 1 May isn't going ahead. Parcels to "
            "Fiji are accepted as usual.",
            "informational",
        ),
    ],
)
def test_put_off_or_called_off(sentence, kind):
    result = classify(
        "Fiji: planned suspension of parcels", sentence, origin="AU", source_kind="postal"
    )
    assert result.change_kind == kind


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (  # "if approved": not decided
            "Handling fee on parcels from abroad",
            "The Commission has proposed changes: a handling fee of 2 euros on every parcel from "
            "abroad, which, if approved by the Council, would apply from 1 July 2027.",
            "informational",
        ),
        (  # a related link names a consultation
            "Paketi u Srbiju: PDV od 1. marta",
            "Od 1. marta 2026. svi paketi u Srbiju iz inostranstva podležu PDV-u.\n"
            "Povezano:\n- Javna rasprava o nacrtu zakona o poštanskim uslugama",
            "duty_tax_change",
        ),
    ],
)
def test_what_a_plan_reads(title, body, kind):
    result = classify(title, body, origin="RS", source_kind="postal")
    assert result.change_kind == kind


@pytest.mark.parametrize(
    ("title", "body", "relevant"),
    [
        (  # a second subject after "and", and nothing in the lead
            "New app and new customs rules",
            "Our new app lets you track your parcels and pay duties on the go. "
            * 6
            + "From 1 March every parcel to the United Kingdom needs an electronic customs "
            "declaration.",
            True,
        ),
        (  # a day in the title's first part
            "New app from 1 March",
            "Our new app lets you track parcels to the United States and pay duties on the go.",
            True,
        ),
        (  # what follows the colon is what the app does
            "Nueva versión de la app: seguí y pagá tus envíos internacionales",
            "Con la nueva versión podés seguir tus paquetes desde Estados Unidos y pagar los "
            "impuestos de importación desde el celular.",
            False,
        ),
        (  # a stop in the title's second part, nothing in the lead
            "Parcels to Cuba suspended - new version of our app available",
            "Download the new version of our app from the store.",
            True,
        ),
        (  # Spanish "aplicación" of a tariff, nothing in the lead
            "Nueva aplicación de aranceles a los envíos a Estados Unidos",
            "Los envíos de mercancías a Estados Unidos pagarán aranceles según su origen.",
            True,
        ),
    ],
)
def test_what_an_app_title_reads(title, body, relevant):
    result = classify(title, body, origin="ES", source_kind="postal")
    assert result.relevant is relevant


def test_guard_a_consultation_in_a_related_link_is_no_proposal():
    body = (
        "From 1 March 2026 all parcels from abroad pay VAT at 20%.\n"
        "Related:\n- Public consultation on the postal services bill"
    )
    result = classify(
        "VAT on parcels from abroad from 1 March", body, origin="GB", source_kind="customs"
    )
    assert result.change_kind == "duty_tax_change"


def test_guard_acceptance_of_other_countries_beside_the_stopped_place_keeps_the_stop():
    body = (
        "Mail collection and delivery in Lebanon are suspended and items to Lebanon are delayed "
        "by up to 5 days. Posting of items to Lebanon's neighbours and other countries "
        "continues at all post offices."
    )
    result = classify("Lebanon – service update", body, origin="GB", source_kind="postal")
    assert result.change_kind == "suspension"


def test_guard_an_app_title_that_states_a_limit_keeps_it():
    result = classify(
        "New app - parcels to Cuba limited to 2 kg",
        "Download the new version of our app from the store.",
        origin="ES",
        source_kind="postal",
    )
    assert result.change_kind == "restriction"
