"""A notice about imports makes the source's own country the destination ("imported into
Portugal from third countries"), but not when the own country is named both as where goods
leave and where they go: that is a movement inside one country, beside the real news."""

from __future__ import annotations

from monitor.classify import classify

EU_27 = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
}  # fmt: skip


def test_a_movement_inside_the_own_country_does_not_make_an_eu_notice_domestic() -> None:
    result = classify(
        "Changes to VAT on parcels to the EU",
        "From 1 July the EU changes how VAT is charged on goods imported into its member "
        "states. VAT will be due on all commercial goods sent to EU countries, whatever their "
        "value.\n\nParcels sent from Great Britain to Northern Ireland follow separate rules; "
        "see our guidance.",
        origin="GB",
        source_kind="postal",
    )
    assert set(result.destinations) == EU_27


def test_imports_into_the_own_country_from_abroad_stay_about_the_own_country() -> None:
    result = classify(
        "New customs data for imported parcels",
        "From 1 March, parcels imported into Portugal from third countries such as China must "
        "carry an electronic customs declaration.",
        origin="PT",
        source_kind="postal",
    )
    assert result.destinations == ["PT"]


def test_a_scam_warning_that_keeps_the_rules_never_alerts() -> None:
    result = classify(
        "Fake messages about customs fees on parcels",
        "We know of text messages claiming that a parcel is held by customs and will be "
        "destroyed unless an import duty is paid by bank transfer. These messages are a scam.\n\n"
        "Where duty and import VAT are really due, the carrier leaves a card that explains how "
        "to pay. We never ask for duty by text message.\n\n"
        "This warning does not change the rules on duty and VAT for goods sent by post.",
        origin="GB",
        source_kind="customs",
    )
    assert result.relevant is False
    assert result.change_kind == "irrelevant"


def test_a_real_duty_change_beside_a_scam_warning_still_alerts() -> None:
    result = classify(
        "Duty on parcels from 1 March",
        "From 1 March, import VAT is charged on every parcel from abroad, whatever its value, "
        "and the low-value exemption is removed.\n\nBeware of scam text messages asking for "
        "these fees.",
        origin="GB",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
