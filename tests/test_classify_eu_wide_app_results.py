"""A member state's customs on a rule for the whole EU, a way to pay duty in an app, and a
company's results that mention stops and duty rules in passing."""

from __future__ import annotations

from monitor.classify import classify

EU_27 = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
}  # fmt: skip


def test_a_german_customs_rule_for_all_27_member_states_names_all_of_them() -> None:
    result = classify(
        "Neue Abgabe auf Kleinsendungen",
        "Ab dem 1. Juli wird auf Waren in Kleinsendungen aus Drittländern ein pauschaler "
        "Zoll von 3 Euro erhoben, wenn sie an Verbraucher in der EU versandt werden.\n\n"
        "Die Regelung gilt einheitlich in allen 27 Mitgliedstaaten der EU.",
        origin="DE",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert set(result.destinations) == EU_27


def test_member_states_of_another_union_keep_the_own_country() -> None:
    result = classify(
        "Neue Abgabe auf Kleinsendungen",
        "Ab dem 1. Juli wird auf Waren in Kleinsendungen aus Drittländern ein pauschaler "
        "Zoll von 3 Euro erhoben. Die Formulare gelten in allen Mitgliedstaaten des "
        "Weltpostvereins.",
        origin="DE",
        source_kind="customs",
    )
    assert result.destinations == ["DE"]


def test_paying_duty_in_an_app_is_a_feature_not_a_duty_change() -> None:
    for title, text in [
        (
            "New in our app: pay GST in-app",
            "You can now track parcels from abroad and pay GST and customs duties for incoming "
            "items directly in the app before delivery. Update the app to get the new features.",
        ),
        (
            "Neu in der App",
            "Einfuhrumsatzsteuer und Zoll für Ihre Sendungen aus dem Ausland können Sie jetzt "
            "direkt in der App bezahlen.",
        ),
    ]:
        result = classify(title, text, origin="SG", source_kind="postal")
        assert result.relevant is False, title


def test_a_new_duty_that_can_be_paid_in_the_app_still_alerts() -> None:
    result = classify(
        "GST on low-value imports",
        "From 1 January, GST is charged on all imported parcels, whatever their value. "
        "Recipients will be asked to pay before delivery.\n\nYou can pay it in the app.",
        origin="SG",
        source_kind="postal",
    )
    assert result.change_kind == "duty_tax_change"


def test_quarterly_results_that_mention_a_strike_and_duty_rules_never_alert() -> None:
    result = classify(
        "National Post reports second-quarter results",
        "National Post recorded a loss before tax of $120 million in the second quarter. "
        "Parcel volumes fell by 8 per cent, and revenue from inbound international parcels "
        "declined as changes to U.S. de minimis rules affected cross-border trade.\n\n"
        "Operations were suspended for part of the fourth quarter during the national strike. "
        "The full financial report is available online.",
        origin="CA",
        source_kind="postal",
    )
    assert result.relevant is False
