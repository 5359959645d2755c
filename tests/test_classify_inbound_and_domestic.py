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
