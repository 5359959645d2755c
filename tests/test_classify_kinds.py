"""Kind of change, relevance and severity: tense, negation and conditions understood."""

from __future__ import annotations

import pytest

from monitor.classify import classify


def kind(title: str, text: str, **kw) -> str:
    return classify(title, text, **kw).change_kind


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # suspension, whatever the tense
        ("Notice", "Mail to Ghana will be suspended from 5 November.", "suspension"),
        ("Notice", "We have suspended all shipments to Haiti.", "suspension"),
        ("Notice", "Mail to Yemen remains suspended until further notice.", "suspension"),
        ("Notice", "Until further notice, parcels for Mali cannot be accepted.", "suspension"),
        ("Hinweis", "Die Post nimmt ab sofort keine Pakete nach Kuba mehr an.", "suspension"),
        ("Avis", "La Poste n'accepte plus les colis à destination du Niger.", "suspension"),
        ("Aviso", "Quedan suspendidos los envíos a Nicaragua.", "suspension"),
        ("Avviso", "Le spedizioni verso la Siria sono sospese.", "suspension"),
        ("Bericht", "Pakketten naar Soedan worden tijdelijk niet aangenomen.", "suspension"),
        ("Aviso", "A remessa de encomendas para Angola está suspensa.", "suspension"),
        ("Объявление", "Приём посылок в Иран приостановлен.", "suspension"),
        ("Оголошення", "Приймання посилок до Ірану призупинено.", "suspension"),
        ("通知", "暂停收寄寄往伊朗的邮件。", "suspension"),
        ("お知らせ", "イラン宛ての郵便物の引受けを一時停止します。", "suspension"),
        # resumption, including negated suspensions
        ("Notice", "Mail to Chile is no longer suspended.", "resumption"),
        ("Notice", "Parcels for Sri Lanka are accepted again from Monday.", "resumption"),
        ("Notice", "Service to Nepal has resumed after the floods.", "resumption"),
        ("Hinweis", "Seit Montag können wieder Pakete nach Israel versendet werden.", "resumption"),
        ("Avis", "Les envois vers le Liban ont repris.", "resumption"),
        ("Aviso", "Se reanudan los envíos a Ecuador.", "resumption"),
        ("通知", "寄往泰国的邮件已恢复收寄。", "resumption"),
        # other kinds
        ("Notice", "Lithium batteries are prohibited in mail to Brazil.", "prohibited_items"),
        ("Notice", "Denmark no longer accepts knives of any kind.", "prohibited_items"),
        ("Notice", "Parcels to Oman are accepted only up to 2 kg.", "restriction"),
        ("Notice", "A commercial invoice is required for all items to Ecuador.", "new_requirement"),
        ("Notice", "Import duties on parcels to Norway rise to 25%.", "duty_tax_change"),
        ("Notice", "Mail to Japan is delayed because of a typhoon.", "delay"),
        (
            "Notice",
            "Despite the strike, mail to Finland continues to operate normally.",
            "informational",
        ),
    ],
)
def test_kind_of_change(title, text, expected):
    assert kind(title, text) == expected


def test_a_condition_is_no_resumption():
    # only the suspension is news; the lifting is promised for later
    text = "Parcels to Sudan are suspended. We will tell you as soon as the suspension is lifted."
    assert kind("Notice", text) == "suspension"


def test_a_resumption_followed_by_however_is_about_what_follows():
    text = "Canada's postal operator has resumed work; however, long delays are expected for mail."
    assert kind("Canada", text) == "delay"


def test_the_newest_item_first_says_the_disruption_ended():
    text = (
        "Update 3 May: the disruption in Queensland has been resolved.\n\n"
        "Earlier: mail delivery is disrupted and delayed because of floods; delays of a week.\n"
        "Further delays are possible."
    )
    assert kind("Australia - floods", text) == "resumption"


def test_a_proposed_rule_changes_nothing_yet():
    text = (
        "Notice of proposed rulemaking. The agency proposes to require additional data "
        "for low-value shipments to the United States."
    )
    result = classify("Proposed rule", text)
    assert result.relevant and result.change_kind == "informational" and result.severity == "low"


def test_a_suspension_of_duty_relief_is_a_duty_change():
    text = "The de minimis exemption for parcels to the United States is suspended from 1 May."
    assert kind("Customs notice", text) == "duty_tax_change"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("New stamps", "Our new bird stamps go on sale at post offices on 2 March."),
        (
            "Half-year results",
            "Group revenue rose 4% in the second quarter and EBIT reached 1.2bn.",
        ),
        ("Easter opening hours", "Branches close at 1 pm on Saturday and reopen on Tuesday."),
        (
            "Beware of phishing",
            "Fraudsters send SMS messages asking for a customs fee. Do not click the link.",
        ),
        ("Award", "Our parcel centre won a sustainability award for its solar roof."),
        ("Halbjahreszahlen", "Der Konzern steigerte Umsatz und Gewinn im zweiten Quartal."),
        (
            "Meeting",
            "Customs and postal experts met in Lima to share best practices on e-commerce.",
        ),
    ],
)
def test_notices_without_a_change_for_senders_are_irrelevant_and_quiet(title, text):
    result = classify(title, text)
    assert not result.relevant
    assert result.change_kind == "irrelevant" and result.severity == "none"
    assert result.destinations == [] and result.categories == []


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Mail to Peru is suspended.", "critical"),
        ("Lithium batteries are prohibited in mail to Peru.", "high"),
        ("Parcels to Peru are delayed.", "medium"),
        ("Mail to Peru is accepted again.", "medium"),
    ],
)
def test_severity_follows_the_kind(text, severity):
    assert classify("Notice", text).severity == severity


def test_a_source_can_override_severity_but_never_make_noise_alert():
    result = classify(
        "Notice", "Parcels to Peru are delayed.", severity_overrides={"delay": "high"}
    )
    assert result.severity == "high"
    quiet = classify("Stamps", "New stamps on sale.", severity_overrides={"irrelevant": "high"})
    assert quiet.severity == "none"


def test_evidence_names_the_words_with_offsets():
    title, text = "Notice", "Effective 1 May, mail to Bhutan will be suspended."
    result = classify(title, text)
    full = title + "\n" + text
    fields = {e["field"] for e in result.evidence}
    assert {"relevant", "change_kind", "destinations", "categories"} <= fields
    for e in result.evidence:
        assert full[e["start"] : e["end"]].split() == e["text"].split()
    kind_words = [e["text"] for e in result.evidence if e["field"] == "change_kind"]
    assert "suspended" in kind_words


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Example Post Group Limited appoints a new chief executive", "The board named her CEO."),
        ("New tracking app", "Get delivery notifications without delay on your phone."),
        ("Terms and conditions", "Our liability for lost items is limited to EUR 500."),
        ("Limited edition stamps", "Only 10,000 sheets of the new stamps are printed."),
    ],
)
def test_trigger_words_in_other_senses_do_not_alert(title, text):
    assert not classify(title, text).relevant


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the title says what is new; the body tells the story of the earlier stop
        (
            "Service to Laos restored",
            "In March we stopped accepting mail for Laos because flights were cancelled and "
            "the suspension lasted two months. Limited flights mean delivery may be slower.",
            "resumption",
        ),
        (
            "Mail to Bhutan accepted again",
            "After the floods, the postal operator of Bhutan was unable to process items and we "
            "stopped accepting mail. We are once again accepting letters and parcels.",
            "resumption",
        ),
        ("Bericht", "Pakketten naar Peru worden vanaf maandag weer geaccepteerd.", "resumption"),
        ("Avis", "Les envois vers Haïti ne sont plus suspendus.", "resumption"),
        (
            "Customs notice",
            "Goods from Vietnam arriving by post must now be declared electronically in Peru.",
            "new_requirement",
        ),
        # a partial lift: what resumed is the news, what goes on is not
        (
            "Letters to Belarus accepted again - parcels remain suspended",
            "Letters and postcards to Belarus are accepted again from 1 June. Parcels remain "
            "suspended until further notice.",
            "resumption",
        ),
        # a lift limited by weight or service in the body is a restriction
        (
            "Notice",
            "Mail to Ukraine is accepted again, but only parcels up to 2 kg.",
            "restriction",
        ),
        (
            "Restricted service to Chile",
            "Until further notice only EMS items are accepted for Chile; letters and ordinary "
            "parcels remain stopped.",
            "restriction",
        ),
        (
            "Avis",
            "Jusqu'à nouvel ordre, nous acceptons uniquement les colis de 2 kg ou moins pour le "
            "Tchad, l'opérateur local ne peut plus traiter les colis lourds.",
            "restriction",
        ),
        ("Aviso", "Los envíos a Bolivia tendrán un valor máximo de 200 USD.", "restriction"),
        ("通知", "自3月1日起，进境个人邮递物品每次限值为人民币2000元。", "restriction"),
        # a standing ban of a category is prohibited items; a pause stays a suspension
        (
            "Change of policy",
            "From 1 March we will no longer accept knives or swords for export to any country.",
            "prohibited_items",
        ),
        (
            "Notice",
            "Seeds and plants can no longer be posted to New Zealand under its biosecurity rules.",
            "prohibited_items",
        ),
        (
            "Notice",
            "We temporarily suspend acceptance of live animals to all countries.",
            "suspension",
        ),  # fmt: skip
        # data, numbers and registration are requirements, not duties
        ("Notice", "From 1 July, an IOSS number is needed for sales to the EU.", "new_requirement"),
        (
            "EORI",
            "Businesses importing goods into Norway will need an EORI number; VAT rules stay.",
            "new_requirement",
        ),
        (
            "Нові правила",
            "Для посилок в Молдову в митній декларації повинен бути вказаний податковий номер "
            "отримувача.",
            "new_requirement",
        ),
        # no change, or not yet
        (
            "Notice",
            "Our network in Vietnam remains operational; no special paperwork is required for "
            "shipments.",
            "informational",
        ),
        (
            "Notice",
            "Mail to Israel continues to be delivered; there are no restrictions on acceptance.",
            "informational",
        ),
        (
            "Consultation on low-value imports",
            "The government opened a consultation on the duty relief for low-value imports "
            "into Canada. No decision has been taken.",
            "informational",
        ),
        (
            "Notice",
            "Customers should expect delays for parcels to Guam; we will update you should any "
            "restrictions arise.",
            "delay",
        ),
        # a possible consequence is not the news when something else changed
        (
            "New customs data for Brazil",
            "Every item to Brazil must carry the recipient's tax number. Items without it may "
            "be delayed at customs.",
            "new_requirement",
        ),
    ],
)
def test_kinds_that_need_the_words_around_them(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Holiday opening times",
            "All post offices will be closed on 1 and 2 January. The pick-up service for "
            "business customers will be suspended and will resume on 3 January.",
        ),
        (
            "Увага, шахраї!",
            "Шахраї надсилають SMS, що доставку вашої посилки призупинено, і просять оплатити "
            "збір за посиланням. Не переходьте за посиланням.",
        ),
        (
            "Achtung Betrug",
            "Betrüger verschicken SMS, Ihr Paket sei beim Zoll gestoppt. Klicken Sie nicht auf "
            "den Link.",
        ),
    ],
)
def test_closures_and_scams_that_say_suspended_stay_quiet(title, text):
    result = classify(title, text)
    assert not result.relevant and result.severity == "none"


def test_a_holiday_that_delays_mail_somewhere_is_news():
    text = "Because of the Lunar New Year holidays, mail to Taiwan will be delayed."
    assert kind("Notice", text) == "delay"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Our partnership with the city marathon",
            "We are proud to sponsor the marathon again and to deliver the runners' parcels.\n\n"
            "The training programme has been suspended until further notice after a crash.",
        ),
        (
            "New customer portal",
            "Our new portal lets you track parcels and pay invoices online.\n\n"
            "Users who experience delays in receiving the login code should reinstall the app.",
        ),
        (
            "Neue Kundenkarte",
            "Mit der neuen Kundenkarte sammeln Sie Punkte bei jedem Paket.\n\n"
            "Das Gewinnspiel wurde wegen technischer Probleme ausgesetzt.",
        ),
        (
            "Nouvelle application",
            "La nouvelle application permet de suivre vos colis.\n\n"
            "Les utilisateurs qui constatent des retards dans la réception du code doivent "
            "mettre à jour l'application.",
        ),
    ],
)
def test_a_change_of_something_other_than_sending_stays_quiet(title, text):
    result = classify(title, text)
    assert not result.relevant and result.severity == "none"


def test_a_change_of_sending_in_its_own_paragraph_still_alerts():
    text = "Because of the storm, all parcels to Iceland are suspended from today."
    result = classify("Service update", "Our new app is out.\n\n" + text)
    assert result.relevant and result.change_kind == "suspension"
    assert result.destinations == ["IS"]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a change word inside the name of a law is not a stop
        (
            "Electronic data for mail to the United States",
            "To comply with the STOP Act, all items containing goods to the United States must "
            "carry electronic customs data from 1 March.",
            "new_requirement",
        ),
        (
            "寄往美国的邮件",
            "根据美国《停止有害物品法》的要求，寄往美国的物品类邮件必须提供电子数据。",
            "new_requirement",
        ),
        # leaving a customs union is the cause; the declaration is the change
        (
            "Envois vers la Suisse",
            "La Suisse ne fait plus partie de l'accord; tous les colis vers la Suisse devront "
            "être accompagnés d'une déclaration en douane.",
            "new_requirement",
        ),
        (
            "Sendungen nach Norwegen",
            "Norwegen ist nicht mehr Teil des Abkommens. Für alle Pakete nach Norwegen ist "
            "eine Zollinhaltserklärung erforderlich.",
            "new_requirement",
        ),
        (
            "Shipping to Iceland",
            "Iceland is no longer part of the scheme, so every parcel to Iceland requires a "
            "customs declaration.",
            "new_requirement",
        ),
    ],
)
def test_change_words_in_names_and_memberships_are_not_stops(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Operational update: Shetland",
            "The ferry connection to Lerwick has been suspended because of storms. Letters and "
            "parcels to Shetland are held at our hub and will travel on the next sailing.",
            "delay",
        ),
        (
            "Hinweis Island",
            "Wegen des Vulkanausbruchs sind die Flüge nach Island ausgesetzt; Briefe und Pakete "
            "nach Island werden mit Verspätung zugestellt.",
            "delay",
        ),
        (
            "Aviso",
            "Debido a la suspensión de vuelos, los paquetes a Chile llegarán con retraso.",
            "delay",
        ),
        # a stop of the mail itself stays a stop, whatever stopped the flights
        (
            "Notice",
            "Flights to Nauru are suspended, and mail to Nauru is suspended until further notice.",
            "suspension",
        ),
    ],
)
def test_a_stop_of_the_transport_is_a_delay_of_the_mail(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Komunikat", "Od 1 maja wstrzymane jest przyjmowanie paczek do Kanady.", "suspension"),
        ("Komunikat", "Przesyłki do Ukrainy docierają z opóźnieniem do 10 dni.", "delay"),
        ("Komunikat", "Wznowienie przyjmowania przesyłek do Izraela od 3 czerwca.", "resumption"),
        (
            "Komunikat",
            "W przesyłkach do Australii obowiązuje zakaz przesyłania mięsa i wędlin.",
            "prohibited_items",
        ),
        (
            "Meat products",
            "From 1 June, meat products may not be imported into Chile by post without a "
            "veterinary certificate.",
            "prohibited_items",
        ),
        (
            "Fleischwaren",
            "Fleischwaren dürfen nicht eingeführt werden, wenn Pakete nach Japan gehen.",
            "prohibited_items",
        ),
    ],
)
def test_polish_kinds_and_may_not_be_imported(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Mail to Chile",
            "Services to Chile operate normally and customs clearance continues without "
            "disruption.",
        ),
        (
            "Post nach Chile",
            "Sendungen nach Chile werden wie gewohnt und ohne Verzögerung zugestellt.",
        ),
        (
            "Courrier vers le Chili",
            "Les envois vers le Chili sont acheminés normalement, sans retard.",
        ),
    ],
)
def test_without_disruption_is_no_disruption(title, text):
    result = classify(title, text)
    assert result.relevant and result.change_kind == "informational"


@pytest.mark.parametrize(
    "text",
    [
        "Mail to Peru operates normally; no operator has reported a suspension of mail to Peru.",
        "Services to Peru continue to operate. No airline has announced a suspension of mail.",
    ],
)
def test_a_negated_report_of_a_stop_is_no_stop(text):
    result = classify("Statement", text)
    assert result.relevant and result.change_kind == "informational"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Christmas cards on sale",
            "Our Christmas cards are on sale from 1 November. Cards sent abroad travel as "
            "international mail, and the usual international postage is required.",
        ),
        (
            "年賀はがきの販売",
            "年賀はがきを11月1日から販売します。海外宛てのはがきは国際郵便として扱い、通常の国際郵便料金が必要です。",
        ),
        (
            "Weihnachtskarten",
            "Unsere Weihnachtskarten sind ab November erhältlich. Für Karten ins Ausland ist das "
            "übliche Porto für internationale Briefe erforderlich.",
        ),
    ],
)
def test_what_is_required_as_usual_is_no_new_requirement(title, text):
    assert not classify(title, text).relevant
