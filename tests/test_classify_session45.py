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
            "Do ảnh hưởng của bão, việc phát bưu gửi quốc tế có địa chỉ nhận tại Quảng Ninh và "
            "Hải Phòng sẽ bị chậm trễ từ 3 đến 5 ngày.",
            "VN",
            "postal",
            ["VN"],
        ),
        (  # Ukrainian: regions declined ("у Харківській та Сумській областях")
            "Затримки доставки через знеструмлення",
            "Через знеструмлення у Харківській та Сумській областях доставка посилок і листів "
            "може затримуватися на 1-2 дні.",
            "UA",
            "postal",
            ["UA"],
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
            "Trung tâm khai thác tại Hà Nội và Đà Nẵng tạm ngừng khai thác và phát bưu gửi từ "
            "ngày 26/01. Bưu gửi quốc tế sẽ bị chậm trễ, áp dụng đối với tất cả các nước nhận.",
            "VN",
            "postal",
            ["*"],
        ),
        (  # delivery of what is sent abroad: the sentence says mail leaves
            "Strike in the south",
            "Because of the strike in Bayern and Sachsen, delivery of parcels sent abroad is "
            "delayed by two days.",
            "DE",
            "postal",
            ["*"],
        ),
        (  # one region named in the body, in the sentence of the change and of delivery
            # (session 94: the labelled notices of delivery held up in one region at home, 6 of
            # them, want the source's own country)
            "Retrasos en los envíos por la huelga",
            "La huelga de transportistas en Andalucía provocará retrasos en la entrega de los "
            "envíos.",
            "ES",
            "postal",
            ["ES"],
        ),
        (  # ... not one named only where the change is told without delivering
            "Retrasos en los envíos por la huelga",
            "La huelga de transportistas en Andalucía continúa. Los envíos sufrirán retrasos.",
            "ES",
            "postal",
            ["*"],
        ),
        (  # a strike at home that holds up mail leaving it: no word of delivering there
            "Warnstreik in Hamburg und Berlin",
            "Wegen eines Warnstreiks in unseren Zentren in Hamburg und Berlin kommt es bei "
            "internationalen Sendungen zu Verzögerungen.",
            "DE",
            "postal",
            ["*"],
        ),
        (  # the title says mail leaves: "dispatch"
            "Dispatch of international mail resumes after the strike",
            "After the strike at our centres in Hamburg and Bremen ended, delivery of the "
            "backlog resumes today.",
            "DE",
            "postal",
            ["*"],
        ),
        (  # "México" in the operator's name is the country, not the state of México
            "Correos de México informa: suspensión temporal del servicio internacional",
            "Correos de México suspende temporalmente la entrega de envíos internacionales en "
            "todas sus oficinas.",
            "MX",
            "postal",
            ["*"],
        ),
        (  # a footer names two regions: not where anything is delivered
            "International tracked items may take longer to deliver",
            "Because of fewer flights, international tracked items may take longer to arrive."
            "\n\nRoyal Mail Group Limited, registered in England and Wales.",
            "GB",
            "postal",
            ["*"],
        ),
        (  # a rule for what may be sent, not a disruption: regions named in passing
            "New conditions for items with lithium batteries",
            "From 1 March post offices in Sabah and Sarawak accept and deliver items containing "
            "lithium batteries only when the batteries are installed in the equipment.",
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


@pytest.mark.parametrize(
    ("title", "body", "origin", "source_kind", "destinations"),
    [
        (  # Norwegian post: new customs clearance prices
            "Nye priser for fortolling fra 1. mars",
            "Fra 1. mars endres prisen vi tar for fortolling av pakker fra utlandet. Gebyret "
            "øker fra 99 kroner til 129 kroner per sending.",
            "NO",
            "postal",
            ["NO"],
        ),
        (  # a ministry: import VAT on parcels from abroad
            "Einfuhrumsatzsteuer ab dem ersten Euro",
            "Ab dem 1. Juli wird auf alle Sendungen aus dem Ausland Einfuhrumsatzsteuer ab dem "
            "ersten Euro erhoben.",
            "AT",
            None,
            ["AT"],
        ),
        (  # guard: a foreign post collects the duties, not the source's own country
            "New import duties collected by USPS",
            "USPS will collect new import duties on parcels from 29 August.",
            "GB",
            "postal",
            ["*"],
        ),
        (  # guard: duties the customers abroad pay on what is sent to them
            "New duties when you send to customers abroad",
            "From 1 March your customers abroad may have to pay new import duties on the goods "
            "you send them.",
            "GB",
            "postal",
            ["*"],
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
