"""Korean notices, written for the project: names with the particle written onto them
("미국행" US-bound, "중국에서" from China), Korean words that contain a country name but mean
something else ("운송 수단" means of transport, not Sudan; "인도되다" to be handed over, not
India), and the kind and category words of Korea Post and Korea Customs notices."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.gazetteer import gazetteer
from monitor.classify.normalize import normalize


def _codes(text: str) -> list[str]:
    return [p.code for p in gazetteer().find(normalize(text), text)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("베트남행 EMS와 태국행 소포", ["VN", "TH"]),
        ("도미니카 공화국과 도미니카 연방", ["DO", "DM"]),
        ("수단 및 남수단으로 가는 우편물", ["SD", "SS"]),
        ("니제르와 나이지리아", ["NE", "NG"]),
        ("튀르키예(터키)행 우편물", ["TR", "TR"]),
        ("운송 수단이 없어 우편물이 인도되지 않았습니다", []),
    ],
)
def test_korean_names_with_particles_and_look_alikes(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


def test_a_korea_post_suspension_is_for_the_named_destination_only() -> None:
    got = classify(
        "요르단행 국제우편물 접수 일시 중지 안내",
        "우정사업본부는 현지 공항 폐쇄로 2024년 4월 15일부터 요르단행 국제우편물(EMS, "
        "국제소포, 통상우편물)의 접수를 일시 중지합니다. 이스라엘행 우편물은 이번 조치와 "
        "관계없이 정상 접수됩니다.",
        origin="KR",
        source_kind="postal",
    )
    assert got.relevant
    assert got.destinations == ["JO"]
    assert got.change_kind == "suspension"
    assert got.categories == ["all_goods", "documents"]


def test_a_place_goods_come_from_is_not_a_destination() -> None:
    got = classify(
        "일본행 EMS 리튬 배터리 발송 제한",
        "중국에서 생산된 보조배터리를 포함한 물품은 일본행 EMS로 발송이 제한됩니다.",
        origin="KR",
        source_kind="postal",
    )
    assert got.destinations == ["JP"]
    assert got.change_kind == "restriction"
    assert "lithium_batteries" in got.categories


def test_a_resumption_in_korean() -> None:
    got = classify(
        "캐나다행 소포 접수 재개 안내",
        "캐나다 우정공사 파업 종료에 따라 2024년 12월 20일부터 "
        "캐나다행 국제소포 접수를 재개합니다.",
        origin="KR",
    )
    assert (got.destinations, got.change_kind) == (["CA"], "resumption")


def test_korea_customs_rules_are_about_imports_into_korea() -> None:
    got = classify(
        "해외직구 전자담배 반입 금지",
        "관세청은 2025년 3월부터 해외에서 우편으로 반입되는 액상형 전자담배의 반입을 금지합니다.",
        origin="KR",
        source_kind="customs",
    )
    assert got.relevant
    assert got.destinations == ["KR"]
    assert got.change_kind == "prohibited_items"
    assert "tobacco_vapes" in got.categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "[주의] 택배 사칭 스미싱 문자 주의",
            "'배송 중단', '관세 미납'이라며 링크를 보내는 문자는 우체국을 사칭한 스미싱입니다. "
            "미국 등에서 발송된 소포를 안내하는 것처럼 위장합니다.",
        ),
        ("설 연휴 우체국 휴무 안내", "설 연휴 기간 창구는 휴무하며 연휴 이후 정상 운영됩니다."),
        ("2026년 기념우표 발행 안내", "우정사업본부는 세계유산을 담은 기념우표를 발행합니다."),
    ],
)
def test_korean_notices_that_concern_no_sender_stay_quiet(title: str, text: str) -> None:
    assert not classify(title, text, origin="KR").relevant


def test_a_korean_website_maintenance_stop_is_quiet():
    got = classify(
        "인터넷우체국 시스템 점검에 따른 서비스 일시 중단 안내",
        "시스템 점검을 실시합니다. 점검 시간 동안 서비스 이용이 일시 중단됩니다.\n"
        "■ 중단 서비스:\n - 로그인, 우체국쇼핑\n - 국제우편 요금 조회 및 EMS 방문접수 신청\n"
        "※ 우체국 창구 업무는 정상 운영되며, 점검 종료 후 모든 서비스가 재개됩니다.",
        origin="KR",
        source_kind="postal",
    )
    assert not got.relevant


def test_korea_customs_named_with_a_particle_gives_korea():
    got = classify(
        "전자담배 반입 금지",
        "관세청은 우편으로 반입되는 액상형 전자담배의 반입을 금지합니다.",
        source_kind="customs",
    )
    assert got.destinations == ["KR"]
