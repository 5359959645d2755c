"""Causes found in session 45, each with sentences of our own, and the guards of the rules.

A storm, a flood or a strike at home disrupts delivery where it happens: a post that names two
of its own country's regions (or one in its title) and no destination tells of mail delivered
there, not of a change for every destination. Mail said to go abroad ("outbound international
shipments", "to all receiving countries") stays a change for every destination.

A post or a ministry on a duty at no place named speaks of what arrives, since duty is paid
where parcels come in; a carrier's surcharge is on what it sends."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("title", "body", "origin", "source_kind", "destinations"),
    [
        (  # Spanish: a hurricane closes offices in two states of Mexico
            "Afectaciones en el reparto por el huracán Erick",
            "Ante el paso del huracán Erick, las oficinas postales de Oaxaca y Guerrero "
            "permanecen cerradas y se suspende temporalmente el reparto de envíos nacionales e "
            "internacionales en esos estados.",
            "MX",
            "postal",
            ["MX"],
        ),
        (  # Italian: one region in the title is enough
            "Maltempo in Emilia-Romagna: ritardi nel recapito",
            "A causa delle alluvioni il recapito della corrispondenza e dei pacchi subirà "
            "ritardi. Alcuni uffici postali resteranno chiusi fino a nuovo avviso.",
            "IT",
            "postal",
            ["IT"],
        ),
        (  # English: a cyclone in three regions of New Zealand, "international items" delivered
            "Cyclone update: deliveries delayed",
            "Because of flooding in Northland, Gisborne and Hawke's Bay, deliveries of "
            "letters, parcels and international items in those regions are delayed.",
            "NZ",
            "postal",
            ["NZ"],
        ),
        (  # Japanese: prefectures written in their own letters, words run together
            "地震に伴う郵便物の配達について",
            "地震の影響により、岩手県および宮城県の一部地域あての郵便物について、当分の間、"
            "配達を見合わせております。",
            "JP",
            "postal",
            ["JP"],
        ),
        (  # Vietnamese: a typhoon in two provinces holds up incoming international mail
            "Thông báo chậm trễ phát bưu gửi do ảnh hưởng của bão",
            "Do ảnh hưởng của bão, bưu gửi quốc tế có địa chỉ nhận tại Quảng Ninh và Hải "
            "Phòng sẽ bị chậm trễ từ 3 đến 5 ngày.",
            "VN",
            "postal",
            ["VN"],
        ),
        # guards: mail said to go abroad
        (  # outbound shipments from two states: every destination
            "Winter storm in the Northeast",
            "Heavy snow in Pennsylvania and New Jersey is disrupting operations. Transit times "
            "for outbound international shipments may be extended by one to two days.",
            "US",
            "carrier",
            ["*"],
        ),
        (  # "to all receiving countries"
            "Lịch khai thác bưu gửi quốc tế dịp Tết",
            "Trung tâm khai thác quốc tế tại Hà Nội và Đà Nẵng tạm ngừng khai thác từ ngày "
            "26/01. Bưu gửi quốc tế sẽ bị chậm trễ, áp dụng đối với tất cả các nước nhận.",
            "VN",
            "postal",
            ["*"],
        ),
        (  # a rule for what may be sent, not a disruption: regions named in passing
            "Suspension of lithium batteries to all international destinations",
            "From 1 March items containing lithium batteries are not accepted at post "
            "offices in Sabah and Sarawak for any international destination.",
            "MY",
            "postal",
            ["*"],
        ),
    ],
)
def test_regions_of_the_own_country(
    title: str, body: str, origin: str, source_kind: str, destinations: list[str]
) -> None:
    got = classify(title, body, origin=origin, source_kind=source_kind)
    assert got.relevant
    assert got.destinations == destinations


def test_a_dateline_is_no_region() -> None:
    """ "Madrid, 2 de marzo" says where the notice was written; one other region is not two."""
    got = classify(
        "Retrasos en los envíos por la huelga",
        "Madrid, 2 de marzo de 2026\n\nLa huelga de transportistas en Andalucía provocará "
        "retrasos en la entrega de los envíos.",
        origin="ES",
        source_kind="postal",
    )
    assert got.relevant
    assert got.destinations == ["*"]


def test_two_regions_without_the_dateline_are_home() -> None:
    """The guard's pair: with a second region named in the body the notice is about Spain."""
    got = classify(
        "Retrasos en los envíos por la huelga",
        "Madrid, 2 de marzo de 2026\n\nLa huelga de transportistas en Andalucía y en Murcia "
        "provocará retrasos en la entrega de los envíos.",
        origin="ES",
        source_kind="postal",
    )
    assert got.destinations == ["ES"]
    evidence = [e for e in got.evidence if e["field"] == "destinations"]
    assert evidence[0]["text"] == "Andalucía"


@pytest.mark.parametrize(
    ("title", "body", "origin", "source_kind", "destinations"),
    [
        (  # Norwegian post: new customs clearance prices
            "Nye priser for fortolling fra 1. mars",
            "Fra 1. mars endres prisen vi tar for fortolling av pakker. Gebyret øker fra 99 "
            "kroner til 129 kroner per sending.",
            "NO",
            "postal",
            ["NO"],
        ),
        (  # a ministry: the exemption of low-value goods ends
            "Bãi bỏ miễn thuế đối với hàng hóa giá trị thấp",
            "Từ ngày 18/02/2025, bãi bỏ miễn thuế giá trị gia tăng đối với hàng hóa nhập khẩu "
            "giá trị thấp gửi qua dịch vụ chuyển phát nhanh.",
            "VN",
            None,
            ["VN"],
        ),
        (  # guard: a carrier's surcharge is on what it sends
            "Peak season surcharge 2026",
            "From 1 November a peak season surcharge of 0.50 EUR per parcel applies to all "
            "shipments.",
            "DE",
            "carrier",
            ["*"],
        ),
    ],
)
def test_a_duty_at_no_place_is_paid_at_home(
    title: str, body: str, origin: str, source_kind: str | None, destinations: list[str]
) -> None:
    got = classify(title, body, origin=origin, source_kind=source_kind)
    assert got.change_kind == "duty_tax_change"
    assert got.destinations == destinations
