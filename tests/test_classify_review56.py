"""Session 56, from two reviews of the rules of sessions 55 and 56: a stop to come that senders
must post before is still a stop, and one posted before that has passed is not; an exhibition
named beside a dated change leaves the change; Finnish "has not banned", Bulgarian refunds, a
Portuguese denial of reports, and reminder titles that name a duty change."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (origin, title, text, kind, destinations): a change a logistics lead must hear of
_CHANGES = [
    # a stop to come, to post before
    ("GB", "Mail to Ukraine", "Mail to Ukraine must be posted before the suspension of service "
     "takes effect on 1 April.", "suspension", ["UA"]),
    ("GB", "Mail to Ukraine", "Mail to Ukraine must be posted before the suspension.",
     "suspension", ["UA"]),
    ("GB", "Mail to Ukraine", "Please post your items to Ukraine before the suspension begins on "
     "3 March.", "suspension", ["UA"]),
    ("FR", "Envois vers l'Ukraine", "Les envois à destination de l'Ukraine doivent être déposés "
     "avant la suspension du service le 3 mars.", "suspension", ["UA"]),
    ("IT", "Spedizioni verso l'Ucraina", "Le spedizioni verso l'Ucraina devono essere spedite "
     "prima della sospensione del servizio il 3 marzo.", "suspension", ["UA"]),
    ("PL", "Przesyłki do Ukrainy", "Przesyłki do Ukrainy muszą być nadane przed zawieszeniem "
     "usługi 3 marca.", "suspension", ["UA"]),
    ("ES", "Envíos a Ucrania", "Los envíos a Ucrania deben ser admitidos antes de la suspensión "
     "del servicio el 3 de marzo.", "suspension", ["UA"]),
    ("DE", "Post in die Ukraine", "Sendungen in die Ukraine müssen vor der Aussetzung "
     "eingeliefert werden.", "suspension", ["UA"]),
    # an exhibition named beside a change from a day
    ("GB", "ATA carnets for exhibitions", "Goods imported for the exhibition under an ATA carnet "
     "now pay import duty of 5% from 1 May as the exemption is withdrawn.", "duty_tax_change",
     ["*"]),
    ("IT", "Comunicato", "Dal 1 marzo Poste Italiane sospende l'accettazione dei pacchi per la "
     "Russia, anche per la mostra di Mosca.", "suspension", ["RU"]),
    ("PL", "Komunikat", "Od 1 marca Poczta Polska zawiesza przyjmowanie paczek do Rosji, także "
     "na wystawę w Moskwie.", "suspension", ["RU"]),
    # a denial of one thing beside a change stated in its own clause
    ("GB", "Royal Mail statement", "Royal Mail denies that it lost the parcels and confirms that "
     "it is suspending services to Israel from 1 March.", "suspension", ["IL"]),
    ("ES", "Correos aclara", "Correos desmiente que haya cerrado oficinas y anuncia que suspende "
     "la admisión de paquetes a Cuba desde el 1 de marzo.", "suspension", ["CU"]),
    # Finnish bans and Bulgarian resumptions, with their words in several orders
    ("FI", "Australia: lihatuotteet", "Australia on kieltänyt 1.5.2026 alkaen lihatuotteiden "
     "tuonnin postitse.", "prohibited_items", ["AU"]),
    ("FI", "Yhdysvallat: litiumakut", "Yhdysvallat on väliaikaisesti kieltänyt litiumakkuja "
     "sisältävien lähetysten tuonnin postitse 1.3.2026 alkaen.", "prohibited_items", ["US"]),
    ("BG", "Пратки до Турция", "Български пощи възстановява приемането на пратки до Турция от 2 "
     "март.", "resumption", ["TR"]),
    ("BG", "Пратки до Израел", "Български пощи възстановява изпращането на пратки до Израел от 2 "
     "март.", "resumption", ["IL"]),
    # a reminder whose title names the duty change it reminds of
    ("GB", "Reminder: duty-free allowance for Norway abolished", "The duty-free allowance for "
     "parcels to Norway has been abolished. All items pay VAT at import.", "duty_tax_change",
     ["NO"]),
    # from the reviews of this session's later rules
    # a bracketed page stamp opens no item; rows of stops in force are each news
    ("JP", "ミャンマーあて国際郵便物の取扱いについて", "【2026年6月2日更新】\n\n【2026年5月28日】\n"
     "ミャンマーあての全ての郵便物の引受けを一時停止します。", "suspension", ["MM"]),
    ("JP", "国際郵便物の引受停止について", "以下の国・地域あての郵便物の引受けを停止しています。\n"
     "【2026年6月2日】イスラエルあて 全ての郵便物\n【2026年5月12日】イランあて 全ての郵便物\n"
     "【2026年4月1日】イエメンあて 全ての郵便物", "suspension", ["IL", "IR", "YE"]),
    ("JP", "ネパールあて国際郵便物について", "【2026年6月2日】\n下記の引受けの一時停止を解除し、"
     "6月8日から全ての郵便物の引受けを再開します。\n【2026年5月12日】\n地震の影響により、ネパールあての全ての"
     "郵便物の引受けを一時停止します。", "resumption", ["NP"]),
    # refunds or claims beside the mail a change is of
    ("NZ", "Peru", "We have resumed processing refunds and accepting parcels to Peru from 2 June.",
     "resumption", ["PE"]),
    ("GB", "Ukraine", "We have suspended claims and parcel services to Ukraine until further "
     "notice.", "suspension", ["UA"]),
    # a clarification that service runs, after a rumour
    ("ES", "Envíos a Venezuela", "Circulan en redes sociales mensajes según los cuales Correos "
     "habría suspendido los envíos a Venezuela. Correos aclara que esta información no se ajusta "
     "a la realidad y que la admisión continúa con normalidad.", "informational", ["VE"]),
    # a title that says the rules have not changed leaves the dated stop below it
    ("DE", "Zollregeln Schweiz: Die Regeln haben sich nicht geändert", "Die Zollregeln für die "
     "Schweiz bleiben gleich. Ab 1. März 2026 nimmt die Deutsche Post jedoch keine Pakete in die "
     "USA mehr an.", "suspension", ["US"]),
    ("IT", "Dazi USA: le regole non sono cambiate", "Dal 1 marzo 2026 Poste Italiane sospende "
     "l'accettazione dei pacchi verso gli Stati Uniti.", "suspension", ["US"]),
    # update pages whose items tell with a verb and no full stop, or all stamped "发布"
    ("JP", "ネパールあて国際郵便物について", "【2026年6月2日】\nネパールあて "
     "全ての郵便物の引受けを再開\n【2026年5月12日】\nネパールあて 全ての郵便物の引受けを一時停止",
     "resumption", ["NP"]),
    ("CN", "尼泊尔邮件", "【2026年6月2日发布】\n自6月8日起恢复收寄寄往尼泊尔的全部邮件。\n"
     "【2026年5月12日发布】\n受地震影响，暂停收寄寄往尼泊尔的全部邮件。", "resumption", ["NP"]),
    # a rumour the clarification confirms
    ("ES", "Envíos a Venezuela", "Circulan en redes sociales mensajes según los cuales Correos "
     "habría suspendido los envíos a Venezuela. Correos aclara que esta información es correcta "
     "para los paquetes y que la admisión de cartas continúa con normalidad.", "suspension",
     ["VE"]),
    # a requirement whose title says its registration is open
    ("GB", "China: sender registration is now open", "From 1 March 2026 China Customs will only "
     "clear parcels from registered senders.", "new_requirement", ["CN"]),
    # a Japanese page of bracketed dated updates: the newest is the news
    ("JP", "ネパールあて国際郵便物の取扱いについて（6月2日更新）", "ホーム ＞ お知らせ\n\n"
     "【2026年6月2日】\n2026年6月8日から、ネパールあての国際小包及びEMSの引受けを再開します。\n"
     "【2026年5月12日】\nネパールあての全ての郵便物について、引受けの一時停止を継続しています。\n"
     "【2026年4月28日】\n地震の影響により、ネパールあて及びブータンあての全ての郵便物の引受けを"
     "一時停止します。\n", "resumption", ["NP"]),
    # places that see no change, or that a closure does not affect, are no destinations
    ("AR", "Envíos a Bolivia", "Desde el 1 de julio los envíos a Bolivia deberán llevar el número "
     "de documento del destinatario. Los envíos a Paraguay y Uruguay no sufren cambios.",
     "new_requirement", ["BO"]),
    ("PL", "Wstrzymanie przyjmowania paczek do Mołdawii", "Od 3 marca 2026 r. Poczta Polska "
     "wstrzymuje przyjmowanie paczek adresowanych do Mołdawii. Decyzja nie wpływa na przesyłki "
     "do Rumunii i Węgier.", "suspension", ["MD"]),
    # a Polish strike that does not affect deliveries: an all-clear
    ("PL", "Strajk we Francji", "Strajk we Francji nie wpływa na doręczanie paczek do Francji.",
     "informational", ["FR"]),
    # rules unchanged for one place leave a dated change for another
    ("IT", "Guida", "Le regole non sono cambiate per la Francia. Dal 1 marzo le spedizioni verso "
     "il Regno Unito richiedono il codice EORI.", "new_requirement", ["GB"]),
    # refused without a tax number: a requirement, not a stop
    ("ES", "Envíos a Chile", "Desde el 1 de marzo no se admitirán envíos a Chile sin el RUT del "
     "destinatario.", "new_requirement", ["CL"]),
    ("ES", "Envíos a Chile", "Desde el 1 de marzo no se admitirán envíos a Chile sin el número de "
     "identificación fiscal del destinatario.", "new_requirement", ["CL"]),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text", "kind", "codes"), _CHANGES)
def test_the_change_is_told(origin, title, text, kind, codes):
    got = classify(title, text, origin=origin)
    assert got.relevant
    assert (got.change_kind, got.destinations) == (kind, codes)


# (origin, title, text, a kind it must not be given): nothing new to alert on
_NO_NEW_CHANGE = [
    # an old stop named by the items posted before it
    ("GB", "Ukraine: items in transit", "Items accepted prior to the suspension of services on "
     "24 February are being returned to senders.", "suspension"),
    ("DE", "Sendungen in die Ukraine", "Sendungen, die vor der Aussetzung am 24. Februar "
     "eingeliefert wurden, werden an die Absender zurückgeschickt.", "suspension"),
    ("GB", "Ukraine: claims", "Claim forms must be sent to us within 60 days for items posted "
     "before the suspension.", "suspension"),
    # a museum's page about the history of the post
    ("DE", "Die Ausstellung", "Die Ausstellung „Post im Krieg“ zeigt Briefe, deren Beförderung "
     "1914 nach Russland eingestellt wurde. Die Ausstellung ist ab 1. März geöffnet.",
     "suspension"),
    ("GB", "Exhibition: dangerous goods in the post", "The exhibition shows items that are "
     "prohibited in the post, such as lithium batteries and aerosols, and how they are "
     "detected.", "prohibited_items"),
    # a negated ban, a refund, a denied report
    ("FI", "Lääkkeet Australiaan", "Australia ei ole kieltänyt lääkkeiden lähettämistä "
     "postitse.", "prohibited_items"),
    ("BG", "Възстановяване на сума", "Български пощи възстановява сумата за пратки до Турция.",
     "resumption"),
    ("BR", "Correios esclarece", "Não procedem as informações de que os Correios teriam "
     "suspendido o envio para Moçambique.", "suspension"),
    # reminders of a rule in force
    ("GB", "Reminder: import VAT on parcels to Norway", "Goods sent to Norway pay import VAT. "
     "Please fill in the declaration completely.", "duty_tax_change"),
    ("GB", "Reminder: updated customs duty guidance for Norway", "Goods sent to Norway pay "
     "import VAT. Please fill in the declaration completely.", "duty_tax_change"),
    ("GB", "Reminder: the end of the de minimis exemption for US imports", "Since 29 August 2025 "
     "all postal items to the United States pay customs duty. Please declare the value and "
     "country of origin.", "duty_tax_change"),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "title", "text", "not_kind"), _NO_NEW_CHANGE)
def test_nothing_new_is_alerted(origin, title, text, not_kind):
    got = classify(title, text, origin=origin)
    assert got.change_kind != not_kind
    assert got.severity in ("none", "low")


def test_a_museum_exhibition_page_stays_irrelevant():
    got = classify(
        "Izložba „Pošta na granici” u Poštanskom muzeju",
        "U Poštanskom muzeju Hrvatske pošte u Zagrebu otvorena je izložba „Pošta na granici”, "
        "koja prikazuje razvoj poštanskog prometa između Hrvatske, Slovenije, Mađarske i "
        "Austrije. Posjetitelji mogu vidjeti pošiljke zaustavljene na carini. Izložba je "
        "otvorena do 31. siječnja 2026. Ulaz je besplatan.",
        origin="HR",
    )
    assert not got.relevant
    assert got.severity == "none"


def test_japanese_update_log_places_of_older_entries_are_history():
    got = classify(
        "国際郵便物の引受停止・再開について",
        "■ 更新履歴\n"
        "【2026年3月2日】NEW\n"
        "　2026年3月9日から、フィジーあてのEMSの引受けを再開します。\n"
        "【2026年2月10日】\n"
        "　トンガあての全ての郵便物の引受けを停止しました。\n"
        "【2026年1月20日】\n"
        "　サモアあての航空小包の引受けを再開しました。\n",
        origin="JP",
    )
    assert got.destinations == ["FJ"]


def test_portuguese_clarification_that_this_information_is_not_true():
    got = classify(
        "Envios para a Guiné-Bissau: esclarecimento",
        "Circulam nas redes sociais publicações segundo as quais os Correios teriam suspendido "
        "as encomendas para a Guiné-Bissau. Os Correios esclarecem que esta informação não é "
        "verdadeira e que a aceitação continua. Os envios para São Tomé e Príncipe também não "
        "sofrem qualquer alteração.",
        origin="PT",
    )
    assert got.change_kind == "informational"
    assert got.severity == "low"
    assert got.destinations == ["GW"]


@pytest.mark.parametrize(
    ("title", "text", "origin"),
    [
        (
            "Refunds for parcels to Peru",
            "We have now resumed processing refunds for parcels to Peru that were returned to "
            "their senders.",
            "NZ",
        ),
        (
            "Paquetes a Perú",
            "Hemos reanudado la tramitación de reembolsos de los paquetes a Perú devueltos al "
            "remitente.",
            "ES",
        ),
    ],
)
def test_resumed_refunds_are_no_resumed_mail(title, text, origin):
    got = classify(title, text, origin=origin)
    assert got.change_kind != "resumption"
    assert got.severity == "none"


def test_japanese_list_rows_marked_no_change_are_no_destinations():
    got = classify(
        "メキシコあてEMSの重量制限の変更について",
        "2026年7月1日引受分から、メキシコあてEMSの最大重量を変更します。\n"
        "・メキシコ：30kg → 20kg（変更）\n"
        "・カナダ：30kg（変更なし）\n"
        "・ドイツ：30kg（変更なし）\n",
        origin="JP",
    )
    assert got.destinations == ["MX"]


def test_italian_strike_that_will_cause_no_delays_is_an_all_clear():
    got = classify(
        "Sciopero dei trasporti in Grecia",
        "In Grecia è stato indetto per il 9 aprile 2026 uno sciopero generale dei trasporti.\n\n"
        "Secondo le informazioni dei nostri partner, gli invii verso la Grecia non subiranno "
        "ritardi.",
        origin="CH",
        source_kind="postal",
    )
    assert got.change_kind == "informational"
    assert got.severity == "low"
    assert got.destinations == ["GR"]


def test_the_vatican_by_its_italian_name():
    got = classify(
        "Spedizioni internazionali",
        "Le spedizioni verso il Vaticano sono sospese dal 3 marzo.",
        origin="CH",
        source_kind="postal",
    )
    assert got.destinations == ["VA"]


@pytest.mark.parametrize(
    ("title", "text", "origin"),
    [
        (
            "موبائل فونز کی درآمد",
            "یکم جنوری 2026 سے کینیڈا کے لیے پارسلوں میں موبائل فونز بھیجنا ممنوع ہوگا۔",
            "PK",
        ),
        (
            "Simu za mkononi kwenda Uganda",
            "Kuanzia tarehe 1 Machi 2026, vifurushi vyenye simu za mkononi kwenda Uganda "
            "havitapokelewa.",
            "KE",
        ),
    ],
)
def test_mobile_phones_are_electronics(title, text, origin):
    got = classify(title, text, origin=origin)
    assert "electronics" in got.categories


def test_a_mobile_phone_number_is_no_electronics():
    got = classify(
        "متحدہ عرب امارات کے لیے پارسل",
        "یکم مارچ 2026 سے متحدہ عرب امارات کے لیے تمام پارسلوں پر وصول کنندہ کا موبائل فون "
        "نمبر درج کرنا لازمی ہوگا۔",
        origin="PK",
    )
    assert got.destinations == ["AE"]
    assert "electronics" not in got.categories


def test_spanish_cash_on_delivery_stopped_is_news():
    got = classify(
        "Portugal",
        "Correos suspende los reembolsos con destino a Portugal a partir del 1 de julio.",
        origin="ES",
    )
    assert got.relevant
    assert got.destinations == ["PT"]


def test_a_sellers_conference_registration_is_no_requirement():
    got = classify(
        "Seller Summit 2026: registration is now open",
        "Our annual conference for sellers returns in September. Registration is now open, "
        "with sessions on logistics and selling in Europe. Early-bird tickets until 31 May.",
        origin="US",
    )
    assert not got.relevant
    assert got.severity == "none"


@pytest.mark.parametrize(
    ("title", "text", "origin"),
    [
        (
            "Guida aggiornata: spedizioni verso il Regno Unito",
            "Abbiamo aggiornato la guida. Le regole non sono cambiate. Ogni spedizione di merci "
            "verso il Regno Unito richiede la fattura commerciale e il codice HS.",
            "IT",
        ),
        (
            "Guía actualizada: envíos al Reino Unido",
            "Hemos actualizado la guía. Las normas no han cambiado. Cada envío de mercancías al "
            "Reino Unido requiere la factura comercial y el código HS.",
            "ES",
        ),
    ],
)
def test_a_guide_that_says_the_rules_have_not_changed_is_informational(title, text, origin):
    got = classify(title, text, origin=origin)
    assert got.change_kind == "informational"
    assert got.destinations == ["GB"]


@pytest.mark.parametrize(
    ("origin", "text"),
    [
        ("FR", "La Poste reprend le traitement des réclamations pour les envois vers Israël en "
         "provenance de France."),
        ("GB", "Royal Mail has resumed processing claims for items sent to and from Israel."),
        ("GB", "We have suspended refunds for postage and customs charges on parcels to Israel "
         "until further notice."),
        ("GB", "Free shipping on all orders shipped to the EU until 24 December. Prices include "
         "VAT and duties."),
    ],
)  # fmt: skip
def test_claims_refunds_and_sales_are_no_change(origin, text):
    got = classify("Customer notice", text, origin=origin)
    assert got.severity == "none"


def test_a_place_in_a_worked_example_is_an_example_of_the_region():
    got = classify(
        "Fast toll for varer til EU",
        "Fra 1. juli 2026 innfører EU en fast toll på 3 euro for hver varesending til EU.\n\n"
        "Eksempel: En pakke til Danmark med to varetyper koster mottakeren 6 euro i toll.",
        origin="NO",
    )
    assert got.change_kind == "duty_tax_change"
    assert len(got.destinations) == 27
    assert "DK" in got.destinations and "FR" in got.destinations
