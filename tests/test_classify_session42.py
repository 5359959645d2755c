"""Causes found in session 42, each with sentences of our own, and the guards of the rule.

A notice whose title names one to three destinations is about them. A place the body names
beside them counts only where its line tells of a change: not the heading of another section
of the page ("Greece", "United Kingdom - industrial action (resolved)"), nor a remark that
nothing changes for it in words the classifier has no phrase for. The title's territories and
its region's members, list items, lines that also name a title place, and a question answered
on its line ("... to Belarus? No.") always count; so do, after review, a line that hands the
title's change on ("The same applies to ...", "同样适用"), one that refuses ("is not possible"),
a heading over a section that tells a change, a question answered on the next line, and an
entry of a run of "X: ..." lines beside a title place.

Places served through a destination's own network (Puerto Rico, Guam and the other US
territories through USPS; Liechtenstein through Swiss Post and customs) that the body names
with no role of their own are destinations with it, when their sentence names them with the
owner or says they share the rule ("the same rules", "also", "including"), or the line their list
hangs from does; not in a question, and never the source's own country. Not the Channel Islands
beside the United Kingdom, which have posts and customs of their own."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.destinations import find_destinations
from monitor.classify.text import Doc


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (  # another section of the page, with no news of its own
            "International delivery updates - Samoa",
            "Samoa\nStarts: 14 June\n\nSamoa Post can only accept parcels up to 10 kg; we "
            "cannot send heavier parcels to Samoa.\n\nGreece\nStarts: 2 May\nEnds: 31 May",
            "NZ",
            ["WS"],
        ),
        (
            "International service updates - Tonga",
            "Tonga\nWe have suspended all mail to Tonga.\n\n"
            "United Kingdom - industrial action (resolved)",
            "AU",
            ["TO"],
        ),
        (  # Russian: "for items to Hong Kong and Macao the former conditions apply"
            "Ограничение веса посылок, отправляемых в Китай",
            "С 1 марта максимальный вес посылки в Китай снижается до 10 кг.\n\n"
            "Для отправлений в Гонконг и Макао действуют прежние условия.",
            "KZ",
            ["CN"],
        ),
        (  # Chinese: "mail to Israel and Jordan is handled under the existing rules"
            "关于暂停寄往黎巴嫩国际邮件的通知",
            "自即日起，暂停收寄寄往黎巴嫩的国际邮件。\n\n寄往以色列、约旦的邮件，仍按原有规定办理。",
            "CN",
            ["LB"],
        ),
        (  # French: "for Mauritius and Madagascar those countries' own rules apply"
            "La Réunion : végétaux désormais interdits dans les envois",
            "À partir du 1er mars, les végétaux et la terre sont interdits dans les envois vers "
            "La Réunion.\n\nPour l'île Maurice et Madagascar, ce sont les règles de ces pays "
            "qui s'appliquent.",
            "FR",
            ["RE"],
        ),
        (  # German: "the rules for Belarus are not touched by this notice"
            "Versand von Waren nach Russland",
            "Ab sofort dürfen keine Waren mehr nach Russland versandt werden.\n\n"
            "Die Regelungen für Belarus bleiben von diesem Hinweis unberührt.",
            "DE",
            ["RU"],
        ),
        (  # French: a pointer to the country pages
            "Suspension des colis vers le Liban",
            "La Poste suspend l'envoi de colis vers le Liban.\n\n"
            "Pour Israël et la Jordanie, voir les fiches pays.",
            "FR",
            ["LB"],
        ),
    ],
)
def test_a_place_named_in_passing_beside_the_titles_is_no_destination(
    title, body, origin, expected
):
    result = classify(title, body, origin=origin, source_kind="postal")
    assert result.relevant
    assert result.destinations == expected


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (  # another section with news of its own
            "International service updates - Tonga",
            "Tonga\nWe have suspended all mail to Tonga.\n\nKiribati\nMail to Kiribati may take "
            "up to three weeks longer than usual.",
            "AU",
            ["KI", "TO"],
        ),
        (  # the title country's territories
            "Vapes to the United States",
            "From 1 May, e-cigarettes may no longer be mailed to the United States.\n\n"
            "Guam\nPuerto Rico",
            "CA",
            ["GU", "PR", "US"],
        ),
        (  # items of a list of destinations
            "Suspension of mail to Lebanon",
            "We have suspended mail to Lebanon and to the following countries:\n- Syria\n- Yemen",
            "GB",
            ["LB", "SY", "YE"],
        ),
        (  # a title of four places or more is a digest: each section counts
            "Network disruptions (Canada, Brazil, Chile, Peru)",
            "Canada\nDelays because of the strike.\n\nBrazil\nDelays at customs.\n\nChile\n"
            "Customs delays.\n\nPeru\nDelays.\n\nMexico\nStart: 20 September",
            "NZ",
            ["BR", "CA", "CL", "MX", "PE"],
        ),
        (  # a title that names no place
            "Service update",
            "Mail to Chile is suspended.\n\nPeru\nArgentina",
            "NZ",
            ["AR", "CL", "PE"],
        ),
        (  # a question answered on its line
            "Paket till Ryssland stoppas",
            "PostNord tar inte emot paket till Ryssland.\n\n"
            "Kan jag skicka paket till Belarus? Nej.",
            "SE",
            ["BY", "RU"],
        ),
    ],
)
def test_places_beside_the_titles_that_still_count(title, body, origin, expected):
    assert classify(title, body, origin=origin, source_kind="postal").destinations == expected


def test_a_line_that_names_the_titles_region_keeps_the_places_beside_it():
    result = classify(
        "Neue Zollregeln für Pakete in die EU",
        "Ab 1. März muss jedes Paket in die EU eine elektronische Zollinhaltserklärung haben.\n\n"
        "Das gilt für die EU, Norwegen und die Schweiz.",
        origin="CN",
        source_kind="postal",
    )
    assert {"CH", "NO", "DE", "FR"} <= set(result.destinations)


def test_the_destination_evidence_names_no_place_dropped():
    doc = Doc.make(
        "Versand von Waren nach Russland",
        "Ab sofort dürfen keine Waren mehr nach Russland versandt werden.\n\n"
        "Die Regelungen für Belarus bleiben von diesem Hinweis unberührt.",
    )
    found = find_destinations(doc, origin="DE")
    assert found.codes == ["RU"]
    assert {code for code, _, _ in found.evidence} == {"RU"}


def test_a_member_of_the_titles_region_named_in_passing_stays():
    result = classify(
        "Parcels to the EU: new customs rules",
        "From 1 March every parcel to the EU must carry an electronic customs declaration.\n\n"
        "Our office in Germany answers questions on the new rules.",
        origin="CN",
        source_kind="postal",
    )
    assert len(result.destinations) == 27
    assert "DE" in result.destinations


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (
            "Sending goods to the United States: electronic customs data required",
            "From 1 January every parcel to the United States needs electronic customs data.\n\n"
            "Puerto Rico, Guam and the US Virgin Islands are served by USPS and fall under the "
            "same rules.",
            "NL",
            ["GU", "PR", "US", "VI"],
        ),
        (  # Swedish: "this also applies to items to American territories:"
            "Från 1 januari krävs elektronisk tulldeklaration för varor till USA",
            "Från 1 januari krävs en elektronisk tulldeklaration för alla varor till USA.\n\n"
            "Detta gäller även försändelser till amerikanska territorier:\n- Puerto Rico\n- Guam",
            "SE",
            ["GU", "PR", "US"],
        ),
    ],
)
def test_places_served_through_a_destinations_network_are_destinations_with_it(
    title, body, origin, expected
):
    assert classify(title, body, origin=origin, source_kind="postal").destinations == expected


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (  # a served place said to go on is not added
            "Mail to the United States suspended",
            "We have suspended all mail to the United States. Mail to Puerto Rico continues as "
            "normal.",
            "GB",
            ["US"],
        ),
        (  # served places said to have rules of their own
            "Mail to the United States suspended",
            "We have suspended all mail to the United States. Puerto Rico and Guam have their "
            "own rules.",
            "GB",
            ["US"],
        ),
        (  # the Channel Islands have posts and customs of their own
            "Brexit: new customs rules for the United Kingdom",
            "From 1 January every parcel to the United Kingdom needs a customs declaration.\n\n"
            "Jersey and Guernsey also run customs of their own.",
            "DE",
            ["GB"],
        ),
        (  # a served place that is no destination of the notice's
            "Mail to Mexico suspended",
            "We have suspended mail to Mexico. Our hub in Puerto Rico handles returns.",
            "US",
            ["MX"],
        ),
    ],
)
def test_served_places_not_added(title, body, origin, expected):
    assert classify(title, body, origin=origin, source_kind="postal").destinations == expected


def test_guam_in_korean_is_one_syllable_and_a_place():
    # CLDR's Korean name of Guam is the one syllable "괌": a name that short was dropped with
    # the single CJK characters that stand inside many words
    result = classify(
        "괌행 국제우편물 접수 일시 중지 안내",
        "태풍으로 2025년 8월 25일부터 괌행 국제우편물 접수를 일시 중지합니다.",
        origin="KR",
        source_kind="postal",
    )
    assert result.destinations == ["GU"]
    assert result.change_kind == "suspension"


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (  # the title's change handed on
            "Mail to Sudan suspended",
            "We have suspended all mail to Sudan until further notice.\n\n"
            "The same applies to South Sudan.",
            "GB",
            ["SD", "SS"],
        ),
        (
            "Aussetzung: Sudan",
            "Der Versand nach Sudan ist bis auf Weiteres ausgesetzt.\n\n"
            "Dies gilt auch für Südsudan.",
            "DE",
            ["SD", "SS"],
        ),
        (
            "暂停寄往苏丹的邮件",
            "即日起暂停收寄寄往苏丹的邮件。\n\n南苏丹同样适用。",
            "CN",
            ["SD", "SS"],
        ),
        (  # a heading over a section that tells a change
            "Service updates: Sudan",
            "Sudan\nAcceptance suspended until further notice.\n\n"
            "Eritrea\nItems are delayed by up to two weeks.",
            "SG",
            ["ER", "SD"],
        ),
        (  # a refusal the change words lack
            "Mail to Sudan suspended",
            "We have suspended all mail to Sudan.\n\n"
            "Sending to Eritrea is not possible at present.",
            "GB",
            ["ER", "SD"],
        ),
        (  # a question answered on the next line
            "Parcels to Sudan suspended",
            "We have suspended parcels to Sudan.\n\nCan I still send a parcel to Eritrea?\nNo.",
            "GB",
            ["ER", "SD"],
        ),
        (  # entries of a run of "X: ..." lines beside a title place
            "Delivery times to Japan extended",
            "Because of reduced air capacity, delivery times have been extended.\n"
            "Japan: 10-14 working days\nSouth Korea: 12-16 working days",
            "DE",
            ["JP", "KR"],
        ),
    ],
)
def test_places_beside_the_titles_with_news_of_their_own_stay(title, body, origin, expected):
    assert classify(title, body, origin=origin, source_kind="postal").destinations == expected


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (  # a served place named as where an office is
            "Suspension of goods to the United States",
            "We suspend goods to the United States from 29 August.\n\n"
            "Our office in San Juan, Puerto Rico, remains open for enquiries.",
            "GB",
            ["US"],
        ),
        (  # a served place in a question
            "Suspension of goods to the United States",
            "We suspend goods to the United States from 29 August.\n\n"
            "Is Puerto Rico also affected? We are checking.",
            "GB",
            ["US"],
        ),
        (  # named with its owner
            "Pakete in die Schweiz: neue Zollgebühren",
            "Ab 1. März erhebt der Zoll eine neue Gebühr auf Pakete an Empfänger in der Schweiz "
            "und in Liechtenstein.",
            "DE",
            ["CH", "LI"],
        ),
        (  # never the source's own country
            "Pakete in die Schweiz: neue Zollvorschriften",
            "Ab 1. Januar brauchen alle Pakete in die Schweiz eine elektronische "
            "Zollinhaltserklärung, auch wenn sie in Liechtenstein aufgegeben werden.",
            "LI",
            ["CH"],
        ),
    ],
)
def test_served_places_only_where_said_to_share_the_rule(title, body, origin, expected):
    assert classify(title, body, origin=origin, source_kind="postal").destinations == expected


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (  # sections without blank lines: a quiet heading does not borrow the next one's news
            "Service update: Samoa",
            "Samoa\nParcels to Samoa are suspended until further notice.\nGreece\nStarts: 2 May\n"
            "Ends: 31 May\nEritrea\nItems are delayed by up to two weeks.",
            "NZ",
            ["ER", "WS"],
        ),
        (  # CRLF line ends
            "Service updates: Sudan",
            "Sudan\r\nAcceptance suspended until further notice.\r\n\r\n"
            "Eritrea\r\nItems are delayed by up to two weeks.",
            "SG",
            ["ER", "SD"],
        ),
        (  # a run of entries with the full-width colon
            "寄往日本邮件时限延长",
            "由于航空运力减少，邮件时限延长。\n日本：10-14个工作日\n韩国：12-16个工作日",
            "CN",
            ["JP", "KR"],
        ),
        (  # the title is no entry of the run below it
            "Liban : colis suspendus",
            "Israël : pour Israël et la Jordanie, voir les fiches pays.\n\n"
            "La Poste suspend l'envoi de colis vers le Liban.",
            "FR",
            ["LB"],
        ),
    ],
)
def test_asides_read_sections_entries_and_line_ends(title, body, origin, expected):
    assert classify(title, body, origin=origin, source_kind="postal").destinations == expected


@pytest.mark.parametrize(
    ("title", "body", "origin", "expected"),
    [
        (  # Italian: the territories listed right after their owner
            "Sospensione delle spedizioni di merci verso gli Stati Uniti",
            "Dal 23 agosto è sospesa l'accettazione delle spedizioni contenenti merci dirette "
            "verso gli Stati Uniti d'America e i territori statunitensi (Porto Rico, Guam, Isole "
            "Vergini americane).",
            "IT",
            ["GU", "PR", "US", "VI"],
        ),
        (  # Korean: "the US mainland and US territories (Guam, ...)"
            "미국행 국제우편물 접수 기준 변경 안내",
            "□ 적용 지역: 미국 본토 및 미국령(괌, 북마리아나제도(사이판), 푸에르토리코)\n"
            "□ 물품이 들어 있는 우편물은 접수를 중지합니다.",
            "KR",
            ["GU", "MP", "PR", "US"],
        ),
    ],
)
def test_served_places_named_right_beside_their_owner(title, body, origin, expected):
    assert classify(title, body, origin=origin, source_kind="postal").destinations == expected
