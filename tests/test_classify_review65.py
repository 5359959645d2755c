"""Session 65, from blind set 350 (South and South-East Asian posts and customs) and probes:
changes are read as their kind, for the places and goods they are about."""

from __future__ import annotations

import pytest

from monitor.classify import Classification, classify


def _check(
    title: str, text: str, origin: str, source_kind: str, kind: str, codes: list[str] | None = None
) -> Classification:
    """The notice classified, its kind (and its destinations, when given) checked."""
    got = classify(title, text, origin=origin, source_kind=source_kind)
    assert got.change_kind == kind, got.evidence[:4]
    if codes is not None:
        assert sorted(got.destinations) == sorted(codes)
    return got


def test_an_urdu_stop_told_in_the_active_voice_is_a_suspension():
    # "Pakistan Post has suspended the booking of all mail for Nepal until further orders.
    # Mail for other countries runs as normal."
    _check(
        "نیپال کے لیے ڈاک کی بکنگ",
        "پاکستان پوسٹ نے نیپال کے لیے تمام ڈاک کی بکنگ تاحکمِ ثانی معطل کر دی ہے۔ "
        "دیگر ممالک کے لیے ڈاک سروس معمول کے مطابق جاری ہے۔",
        "PK",
        "postal",
        "suspension",
        ["NP"],
    )


def test_a_customs_office_beating_its_collection_target_is_no_change():
    got = classify(
        "Customs beats its 2025 collection target",
        "Customs collected a total of PHP 950 billion in duties and taxes in 2025, above its "
        "full-year target by 2%. The commissioner credited tighter valuation of imported goods "
        "and the e-payment of duties on postal and courier shipments. For 2026, the collection "
        "goal is PHP 1.1 trillion.",
        origin="PH",
        source_kind="customs",
    )
    assert not got.relevant
    assert got.change_kind == "irrelevant"


def test_a_duty_change_told_beside_a_collection_target_still_alerts():
    # the target is the reason given; the rate cut is the change
    got = _check(
        "Duty on parcels cut to 10% from 1 March",
        "To reach its revenue collection target with less evasion, customs will cut the duty "
        "on goods imported by post from 20% to 10% with effect from 1 March.",
        "PH",
        "customs",
        "duty_tax_change",
        ["PH"],
    )
    assert got.relevant


def test_a_customs_rule_on_postal_exports_to_any_destination_is_for_everywhere():
    # a customs board's own rule for goods leaving by post ("Postal Bill of Export"): the
    # board's country is where they leave from, the rule holds for every destination
    _check(
        "Electronic Postal Bill of Export mandatory from 1 April",
        "From 1 April, all goods exported for sale through the postal channel, to any "
        "destination, shall be covered by an electronically filed Postal Bill of Export. "
        "Paper declarations will not be accepted at Foreign Post Offices after this date.",
        "IN",
        "customs",
        "new_requirement",
        ["*"],
    )


def test_goods_whose_rate_goes_on_are_not_what_the_duty_change_touches():
    got = _check(
        "Duty on goods imported by post for personal use reduced",
        "The rate of duty on goods imported by post for personal use is reduced from 30% to "
        "15% with effect from 1 April. Medicines imported for personal use continue to attract "
        "the concessional rate of 10%.",
        "IN",
        "customs",
        "duty_tax_change",
        ["IN"],
    )
    assert got.categories == ["all_goods"]


@pytest.mark.parametrize(
    "unchanged",
    [
        "Had berat bagi surat kekal tidak berubah.",  # Malay: letters' limit stays unchanged
        "Batas berat untuk surat tidak berubah.",  # Indonesian: the same
    ],
)
def test_letters_whose_limit_stays_unchanged_are_not_in_a_parcel_limit(unchanged):
    # "From 1 March the maximum weight of international parcels to all destinations is cut
    # from 30 kg to 20 kg."
    got = _check(
        "Had berat bungkusan antarabangsa",
        "Berkuat kuasa 1 Mac, had berat maksimum bagi bungkusan antarabangsa ke semua "
        "destinasi luar negara akan dikurangkan daripada 30 kg kepada 20 kg. " + unchanged,
        "MY",
        "postal",
        "restriction",
        ["*"],
    )
    assert "documents" not in got.categories
