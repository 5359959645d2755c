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
