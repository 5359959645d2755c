"""Causes found in session 50, each with sentences of our own.

Chinese says mail "sent in" (寄入) from a place: that place is where it comes from, and the
ban is on mail into the source's own country. Turkish names the EU "AB ülkeleri" and the HS
code "GTİP". A refusal of parcels whose paperwork is missing or wrong enforces the requirement
the notice states; it stops nothing. Post offices that close for a holiday ("所有郵政局暫停服務")
stop their counters, not mail to anywhere, unless the mail is what they stop accepting."""

from __future__ import annotations

import pytest

from monitor.classify import classify

EU27 = sorted(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)


@pytest.mark.parametrize(
    "body",
    [
        "即日起，凡由日本寄入之包裹，不得夾帶新鮮水果，違者退運。",
        "自3月1日起，自越南及泰國寄入之郵件不得夾帶任何肉類製品。",
    ],
)
def test_mail_sent_in_from_a_place_is_banned_here(body: str) -> None:
    got = classify("郵件公告", body, origin="TW", source_kind="postal")
    assert got.change_kind == "prohibited_items"
    assert got.destinations == ["TW"]


@pytest.mark.parametrize(
    "body",
    [
        "1 Haziran 2026 tarihinden itibaren AB ülkelerine gönderilecek tüm kolilerde GTİP kodu "
        "zorunludur.",
        "1 Temmuz 2026 tarihinden itibaren AB üyesi ülkelere gönderilecek paketlerde gümrük "
        "beyannamesi zorunlu hale gelecektir.",
    ],
)
def test_turkish_names_of_the_eu_expand_to_its_members(body: str) -> None:
    got = classify("Duyuru", body, origin="TR", source_kind="postal")
    assert got.change_kind == "new_requirement"
    assert got.destinations == EU27


def test_goods_from_eu_countries_taxed_in_turkey_are_not_for_the_eu() -> None:
    got = classify(
        "Duyuru",
        "2 Ağustos 2026 itibarıyla AB ülkelerinden gelen gönderilerde vergi oranı %20 olarak "
        "uygulanacaktır.",
        origin="TR",
        source_kind="customs",
    )
    assert got.change_kind == "duty_tax_change"
    assert got.destinations == ["TR"]


@pytest.mark.parametrize(
    ("body", "origin"),
    [
        (
            "From 1 June 2026 parcels to Germany must carry an HS code. Parcels with missing "
            "information will not be accepted.",
            "GB",
        ),
        (
            "1 Haziran 2026 tarihinden itibaren Almanya'ya gönderilecek paketlerde GTİP kodu "
            "zorunludur. Eksik bilgili paketler kabul edilmeyecektir.",
            "TR",
        ),
    ],
)
def test_refusal_for_missing_paperwork_is_the_requirement(body: str, origin: str) -> None:
    got = classify("Notice", body, origin=origin, source_kind="postal")
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["DE"]


def test_post_offices_closed_for_a_holiday_do_not_alert() -> None:
    got = classify(
        "中秋節郵政局服務安排",
        "香港郵政宣布，中秋節翌日（九月十八日）所有郵政局暫停服務，本地郵件派遞服務亦暫停。"
        "九月十九日起所有郵政局如常開放。",
        origin="HK",
        source_kind="postal",
    )
    assert not got.relevant


@pytest.mark.parametrize(
    ("body", "dest"),
    [
        ("即日起，各郵政局暫停收寄寄往俄羅斯的郵件。", "RU"),
        ("即日起，郵政局暫停接收寄往以色列的包裹。", "IL"),
    ],
)
def test_post_offices_that_stop_accepting_mail_to_a_place_still_alert(body: str, dest: str) -> None:
    got = classify("公告", body, origin="HK", source_kind="postal")
    assert got.change_kind == "suspension"
    assert got.destinations == [dest]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Fiumicino: sequestrati 12mila giocattoli contraffatti",
            "I funzionari delle Dogane hanno sequestrato 12.000 giocattoli contraffatti spediti "
            "da Hong Kong. Tra gli articoli sequestrati figurano bambole e peluche.",
        ),
        (
            "Hamburg: Zoll stoppt 8.000 gefälschte Turnschuhe",
            "Bei Kontrollen im Paketzentrum wurden 8.000 gefälschte Turnschuhe aus China "
            "entdeckt. Die beschlagnahmten Waren werden vernichtet.",
        ),
    ],
)
def test_report_of_seized_counterfeits_does_not_alert(title: str, body: str) -> None:
    got = classify(title, body, origin="IT", source_kind="customs")
    assert not got.relevant


@pytest.mark.parametrize(
    ("title", "body", "origin", "dest"),
    [
        (
            "Podsjetnik: slanje paketa u Srbiju",
            "Naslovnica › Novosti\nPodsjetnik: slanje paketa u Srbiju\n3. ožujka 2026.\n"
            "Podsjećamo da je za sve pošiljke s robom u Srbiju potrebno ispuniti carinsku "
            "deklaraciju CN22 ili CN23.",
            "HR",
            "RS",
        ),
        (
            "Reminder: customs forms for parcels to the Isle of Man",
            "Every parcel with goods sent from Great Britain to the Isle of Man must carry a "
            "customs form, as it has since 1 January 2021.",
            "GB",
            "IM",
        ),
    ],
)
def test_reminder_below_its_date_line_is_informational(
    title: str, body: str, origin: str, dest: str
) -> None:
    got = classify(title, body, origin=origin, source_kind="postal")
    assert got.change_kind == "informational"
    assert got.destinations == [dest]


def test_reminder_of_a_rule_from_a_coming_day_is_the_rule() -> None:
    got = classify(
        "Reminder: customs forms for parcels to the Isle of Man",
        "From 1 June 2026 every parcel with goods to the Isle of Man must carry a customs form.",
        origin="GB",
        source_kind="postal",
    )
    assert got.change_kind == "new_requirement"


def test_swedish_no_changed_rules_is_informational() -> None:
    got = classify(
        "Inga ändrade regler för paket från Norge",
        "Uppgifter i sociala medier om nya avgifter stämmer inte. Reglerna är desamma: moms "
        "betalas på alla varor från Norge.",
        origin="SE",
        source_kind="customs",
    )
    assert got.change_kind == "informational"


@pytest.mark.parametrize(
    ("body", "origin"),
    [
        (
            "Mail to Japan is accepted normally. So far there has been no notification of "
            "delivery delays.",
            "KR",
        ),
        (
            "대만행 국제우편물은 정상적으로 접수하고 있습니다. "
            "현재까지 배달 지연에 관한 통보는 없습니다.",
            "KR",
        ),
    ],
)
def test_no_word_of_delays_is_no_delay(body: str, origin: str) -> None:
    got = classify("안내", body, origin=origin, source_kind="postal")
    assert got.change_kind != "delay"


def test_general_terms_no_longer_accepted_is_a_requirement_and_no_gift() -> None:
    got = classify(
        "Envois vers le Canada : nouvelles exigences",
        "À partir du 1er avril 2026, une description précise du contenu doit figurer sur la "
        "déclaration en douane des envois vers le Canada. Les termes généraux tels que "
        "« cadeau » ou « vêtements » ne sont plus acceptés.",
        origin="FR",
        source_kind="postal",
    )
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["CA"]
    assert "gifts" not in got.categories


def test_slovak_still_accepted_without_restriction_is_not_a_destination() -> None:
    got = classify(
        "Pozastavenie prijímania zásielok do Mali",
        "Slovenská pošta dočasne pozastavuje prijímanie všetkých zásielok určených do Mali. "
        "Zásielky do Senegalu sa naďalej prijímajú bez obmedzenia.",
        origin="SK",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["ML"]


def test_place_named_only_in_a_reminder_of_an_old_stop_is_not_a_destination() -> None:
    got = classify(
        "Temporary suspension of items to Belarus",
        "From 29 October we temporarily do not accept letters and parcels to Belarus. We "
        "remind you that items to Russia have not been accepted since 2022.",
        origin="LT",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["BY"]


@pytest.mark.parametrize(
    ("title", "body", "origin", "dest"),
    [
        (
            "Komunikat",
            "Od 1 czerwca 2026 r. przesyłki z niekompletną deklaracją celną do Norwegii nie "
            "będą przyjmowane.",
            "PL",
            "NO",
        ),
        (
            "Comunicat",
            "Începând cu 1 iulie 2026, coletele către Serbia cu declarații vamale incomplete vor "
            "fi refuzate; nu se acceptă mențiuni generale precum „diverse”.",
            "RO",
            "RS",
        ),
    ],
)
def test_refusal_for_an_incomplete_declaration_is_the_requirement(
    title: str, body: str, origin: str, dest: str
) -> None:
    got = classify(title, body, origin=origin, source_kind="postal")
    assert got.change_kind == "new_requirement"
    assert got.destinations == [dest]


@pytest.mark.parametrize(
    ("body", "origin", "dest"),
    [
        (
            "Parcels with missing information and all other parcels to Israel will not be "
            "accepted until further notice.",
            "GB",
            "IL",
        ),
        (
            "Zendingen met onvolledige gegevens en alle andere pakketten naar Rusland worden "
            "vanaf 1 mei 2026 niet meer geaccepteerd.",
            "NL",
            "RU",
        ),
        (
            "En términos generales, los envíos a Cuba no serán aceptados desde el 1 de marzo.",
            "ES",
            "CU",
        ),
    ],
)
def test_a_stop_beside_incomplete_paperwork_stays_a_stop(body: str, origin: str, dest: str) -> None:
    got = classify("Notice", body, origin=origin, source_kind="postal")
    assert got.change_kind == "suspension"
    assert got.destinations == [dest]


def test_hungarian_reminder_of_a_rule_in_force_since_a_date_is_informational() -> None:
    got = classify(
        "Emlékeztető: csomagok Norvégiába",
        "Főoldal > Hírek\n2026. március 2.\nEmlékeztető: csomagok Norvégiába\nIsmételten "
        "felhívjuk a figyelmet arra, hogy a Norvégiába feladott csomagokhoz 2019. január 1. "
        "óta vámáru-nyilatkozatot kell csatolni.",
        origin="HU",
        source_kind="postal",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["NO"]


@pytest.mark.parametrize(
    "body",
    [
        "Please remember that from tomorrow all parcels to Norway must carry a customs form.",
        "Przypominamy, że od jutra wszystkie paczki do Norwegii muszą mieć deklarację celną.",
    ],
)
def test_reminder_that_announces_a_coming_rule_is_the_rule(body: str) -> None:
    got = classify("Reminder: parcels to Norway", body, origin="PL", source_kind="postal")
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["NO"]


def test_seizure_report_with_customs_words_does_not_alert() -> None:
    got = classify(
        "La aduana interviene 20.000 relojes falsificados en paquetes",
        "Funcionarios de Aduanas e Impuestos Especiales han intervenido 20.000 relojes "
        "falsificados en paquetes procedentes de Hong Kong. Los envíos quedaron suspendidos "
        "de despacho y fueron puestos a disposición judicial.",
        origin="ES",
        source_kind="customs",
    )
    assert not got.relevant


@pytest.mark.parametrize(
    ("title", "body", "dest"),
    [
        (
            "Smuggling: we stop parcels to Syria",
            "Because of repeated attempts to send prohibited goods, we stop accepting all "
            "parcels to Syria from 1 March 2026.",
            "SY",
        ),
        (
            "Douane onderschept 3.000 namaakhorloges",
            "De douane heeft 3.000 namaakhorloges onderschept. PostNL stopt vanaf 1 april "
            "2026 met het versturen van pakketten naar Rusland.",
            "RU",
        ),
    ],
)
def test_a_stop_beside_smuggling_or_a_seizure_still_alerts(
    title: str, body: str, dest: str
) -> None:
    got = classify(title, body, origin="NL", source_kind="postal")
    assert got.change_kind == "suspension"
    assert got.destinations == [dest]


def test_post_offices_that_stop_serving_mail_to_a_place_still_alert() -> None:
    got = classify(
        "公告", "即日起，郵局暫停服務寄往烏克蘭的所有郵件。", origin="HK", source_kind="postal"
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["UA"]


def test_quoted_scope_that_is_the_scope_stays() -> None:
    got = classify(
        "Envois vers les États-Unis",
        "Dès le 1er mars, seuls les envois « cadeaux » vers les États-Unis sont suspendus.",
        origin="FR",
        source_kind="postal",
    )
    assert "gifts" in got.categories


def test_border_force_seizure_press_release_does_not_alert() -> None:
    got = classify(
        "Border Force seizes 2 million illegal cigarettes at Felixstowe",
        "Border Force officers have seized more than 2 million cigarettes hidden in a "
        "container arriving from Belgium. The container was stopped at the port on 3 May. "
        "The goods had an estimated value of £900,000 in unpaid duty and VAT. Officers work "
        "to stop tobacco smuggling reaching our high streets.",
        origin="GB",
        source_kind="customs",
    )
    assert not got.relevant


def test_results_release_with_a_lifted_trading_halt_does_not_alert() -> None:
    got = classify(
        "PostCo reports first-half results for FY2026",
        "1 December 2026 — PostCo today reported revenue of S$210 million for the half-year "
        "ended 30 September 2026. Cross-border e-commerce volumes from China to Europe "
        "declined after tariff changes in the United States. The Board has declared an "
        "interim dividend of 0.3 cents per share. The trading halt requested on 30 November "
        "has been lifted.",
        origin="SG",
        source_kind="postal",
    )
    assert not got.relevant


def test_emergency_suspension_of_post_offices_does_not_alert() -> None:
    got = classify(
        "Post Office Organization Changes: Emergency Suspensions",
        "Post Office Organization Changes\nEmergency Suspensions\nThe following Post Office "
        "locations have been placed under emergency suspension. Customers will receive "
        "retail and delivery services from the nearby Post Office shown.\n"
        "State | Post Office | ZIP Code | Effective\nMT | Bigfork | 59911 | 03-02-26",
        origin="US",
        source_kind="postal",
    )
    assert not got.relevant


def test_counters_named_before_a_stop_of_parcels_still_alert() -> None:
    got = classify(
        "Post office counters: parcels to Israel suspended",
        "From today parcels to Israel are suspended.",
        origin="GB",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["IL"]


def test_pickups_stopped_while_a_typhoon_signal_is_in_force_are_a_delay() -> None:
    got = classify(
        "Typhoon approaching Taiwan",
        "Pickups and deliveries in Taiwan may be suspended while Typhoon Signal No. 8 is in "
        "force. Shipments may be delayed by up to 24 hours.",
        origin="US",
        source_kind="carrier",
    )
    assert got.change_kind == "delay"
    assert got.destinations == ["TW"]


def test_a_reminder_to_the_reader_of_a_standing_rule_leaves_the_new_limit() -> None:
    got = classify(
        "Nuevas condiciones para envíos a Noruega",
        "A partir del 1 de abril de 2026, los paquetes a Noruega solo se admitirán si su peso "
        "no supera los 10 kg. Recuerda que todos los envíos con mercancía fuera de la Unión "
        "Europea deben incluir la declaración CN22 o CN23.",
        origin="ES",
        source_kind="postal",
    )
    assert got.change_kind == "restriction"
    assert got.destinations == ["NO"]


def test_seizure_news_quoting_an_officer_on_stopping_drugs_does_not_alert() -> None:
    got = classify(
        "Customs seizes 12 kg of cocaine in parcels at the Auckland mail centre",
        "Officers intercepted 9 parcels holding 12 kg of cocaine. The parcels had arrived "
        'from Peru. "Our officers are on the front line in stopping dangerous drugs from '
        'reaching our communities," said the manager. In 2025 customs made 3,000 seizures.',
        origin="NZ",
        source_kind="customs",
    )
    assert not got.relevant


def test_one_post_office_closing_with_mail_going_on_as_usual_does_not_alert() -> None:
    got = classify(
        "Temporary closure of Bright Post Office",
        "Bright Post Office will close from 3 to 14 March for repairs. Counter services, "
        "including international parcel lodgement, are suspended at this location. Parcels "
        "can be lodged at the Myrtleford Post Office. PO Box mail will continue to be "
        "delivered as usual.",
        origin="AU",
        source_kind="postal",
    )
    assert not got.relevant


def test_german_cookie_banner_is_no_topic_of_the_notice() -> None:
    got = classify(
        "Powerbanks im internationalen Versand: neue Regeln ab 1. Juni 2026",
        "Ab dem 1. Juni 2026 werden Powerbanks im internationalen Versand nicht mehr "
        "angenommen. Lithium-Batterien werden nur noch angenommen, wenn sie in ein Gerät "
        "eingebaut sind.\nDiese Seite verwendet Cookies. Mit der weiteren Nutzung stimmen Sie "
        "der Verwendung von Cookies zu.",
        origin="DE",
        source_kind="postal",
    )
    assert got.relevant
    assert "lithium_batteries" in got.categories


def test_no_restrictions_notified_is_no_restriction() -> None:
    got = classify(
        "Nepal: postal services continue after the earthquake",
        "Nepal Post confirms that its office of exchange in Kathmandu is operating normally. "
        "Operators may continue to dispatch mail to Nepal as usual. No EMS or parcel "
        "restrictions have been notified.",
        origin="CH",
        source_kind="other",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["NP"]


def test_limits_said_to_stay_as_they_are_are_no_restriction() -> None:
    got = classify(
        "El servicio postal a Jamaica funciona con normalidad tras el paso del huracán",
        "Tras el paso del huracán, Correos de Jamaica ha confirmado que su centro de Kingston "
        "está operativo. Los envíos a Jamaica se siguen admitiendo en todas nuestras oficinas "
        "y no se prevén retrasos adicionales. Las condiciones de envío a Jamaica (límites de "
        "peso y de contenido, y declaración CN23 para toda la paquetería) se mantienen sin "
        "cambios.",
        origin="ES",
        source_kind="postal",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["JM"]


def test_a_new_limit_beside_other_conditions_kept_is_a_restriction() -> None:
    got = classify(
        "Parcels to Jamaica",
        "From 1 May 2026 the weight limit for parcels to Jamaica is 10 kg; all other "
        "conditions remain unchanged.",
        origin="GB",
        source_kind="postal",
    )
    assert got.change_kind == "restriction"


@pytest.mark.parametrize(
    ("body", "dest"),
    [
        ("UPS has stopped all packages from entering Russia until further notice.", "RU"),
        ("We have stopped all consignments from entering Yemen until further notice.", "YE"),
    ],
)
def test_stopping_mail_from_entering_a_country_is_a_stop(body: str, dest: str) -> None:
    got = classify("Service alert", body, origin="US", source_kind="carrier")
    assert got.change_kind == "suspension"
    assert got.destinations == [dest]


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (
            "Police seize drugs hidden in parcels",
            "Police seized 4 kg of cocaine in parcels at the airport. Until further notice, "
            "acceptance of parcels for Colombia is suspended at all post offices.",
            "suspension",
        ),
        (
            "HMRC officers seize 40,000 litres of smuggled alcohol",
            "Officers seized 40,000 litres of alcohol. The duty-free allowance for alcohol sent "
            "by post is cut to one litre.",
            "duty_tax_change",
        ),
    ],
)
def test_a_change_beside_a_seizure_report_still_alerts(title: str, body: str, kind: str) -> None:
    got = classify(title, body, origin="GB", source_kind="postal")
    assert got.relevant
    assert got.change_kind == kind


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Post Office: emergency suspension of mail to Sudan",
            "Post Office: emergency suspension of mail to Sudan\nWe cannot accept mail to Sudan "
            "until further notice.",
        ),
        (
            "Post Office Ltd: parcels to Israel suspended",
            "Post Office branches can no longer accept parcels to Israel.",
        ),
    ],
)
def test_post_office_in_the_title_over_a_stop_of_mail_still_alerts(title: str, body: str) -> None:
    got = classify(title, body, origin="GB", source_kind="postal")
    assert got.change_kind == "suspension"


def test_a_stop_that_outlasts_the_storm_is_a_suspension() -> None:
    got = classify(
        "Typhoon in the Philippines",
        "Deliveries in the Philippines are suspended while Typhoon Signal No. 4 is in force. "
        "Items for the Philippines cannot be posted until further notice.",
        origin="US",
        source_kind="carrier",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["PH"]


def test_reader_reminded_of_a_rule_that_just_changed_is_the_change() -> None:
    got = classify(
        "Hinweis",
        "Denken Sie daran, dass Pakete in die Schweiz jetzt eine elektronische "
        "Zollinhaltserklärung benötigen.",
        origin="DE",
        source_kind="postal",
    )
    assert got.change_kind == "new_requirement"
    assert got.destinations == ["CH"]


def test_counters_of_every_branch_stopping_international_mail_alert() -> None:
    got = classify(
        "International mail",
        "Counter services for international mail are suspended at all branches. We cannot "
        "send international items until further notice. Domestic mail continues as usual.",
        origin="NZ",
        source_kind="postal",
    )
    assert got.relevant


def test_spanish_results_release_beside_a_cookie_banner_does_not_alert() -> None:
    got = classify(
        "Nota de prensa",
        "Este sitio web utiliza cookies. Balance anual: los ingresos crecen un 4 % y el "
        "dividendo sube; en mayo los envíos a Perú sufrieron retrasos por la huelga.",
        origin="ES",
        source_kind="postal",
    )
    assert not got.relevant


def test_holiday_hours_of_general_and_branch_post_offices_are_no_stop_of_mail() -> None:
    got = classify(
        "農曆新年假期郵政服務安排",
        "郵電局謹此通知市民，農曆新年假期期間（2月17日至2月19日）各郵政局之服務安排如下：\n"
        "一、郵政總局：2月17日（年初一）暫停服務；2月18日及19日上午10時至下午1時開放。\n"
        "二、其他郵政分局：2月17日至19日暫停服務，2月20日起恢復正常辦公時間。\n"
        "三、自助郵寄櫃照常運作。\n"
        "四、集郵服務櫃位於假期內暫停服務，2月20日起恢復。\n"
        "郵電局亦提醒市民，如需於節日前寄往香港或海外之禮品，宜預早交寄。",
        origin="MO",
        source_kind="postal",
    )
    assert got.change_kind not in ("suspension", "resumption")


def test_counters_closed_at_every_branch_are_not_one_office() -> None:
    got = classify(
        "Counter services",
        "Counter services are suspended at all Post Office branches on 3 March because of the "
        "strike. PO Box mail will continue to be delivered as usual.",
        origin="AU",
        source_kind="postal",
    )
    assert got.relevant


def test_a_stop_reminded_in_spanish_since_a_year_is_not_a_destination() -> None:
    got = classify(
        "Suspensión de envíos a Bielorrusia",
        "Desde el 1 de marzo de 2026 suspendemos los envíos a Bielorrusia. Recuerda que los "
        "envíos a Rusia no se aceptan desde 2022.",
        origin="ES",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["BY"]


def test_swedish_reminder_below_its_date_line_is_informational() -> None:
    got = classify(
        "Påminnelse: paket med varor till Norge",
        "Start › Nyheter\nPåminnelse: paket med varor till Norge\nden 6 november 2025\n"
        "Vi påminner om att alla paket med varor till Norge ska ha en tulldeklaration.",
        origin="SE",
        source_kind="postal",
    )
    assert got.change_kind == "informational"
    assert got.destinations == ["NO"]


def test_korean_website_revamp_with_a_maintenance_window_does_not_alert() -> None:
    got = classify(
        "우체국 홈페이지 개편 안내",
        "우체국 홈페이지가 5월 4일부터 새롭게 바뀝니다.\n□ 주요 개편 내용\n - 국제우편 요금 조회 "
        "화면에 관세·부가세 예상액 안내 추가\n□ 시스템 작업 시간\n - 5월 3일 00:00 ~ 06:00 "
        "(서비스 일시 중지)\n개편 이후에도 우편 요금 및 이용 조건은 변경되지 않습니다.",
        origin="KR",
        source_kind="postal",
    )
    assert not got.relevant


def test_korean_stop_that_points_to_the_website_still_alerts() -> None:
    got = classify(
        "미국행 소포 접수 중단 안내",
        "3월 1일부터 미국행 국제소포 접수를 중단합니다. 자세한 내용은 우체국 홈페이지에서 "
        "확인하시기 바랍니다.",
        origin="KR",
        source_kind="postal",
    )
    assert got.change_kind == "suspension"
    assert got.destinations == ["US"]
