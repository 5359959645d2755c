"""What goes on as before is no change (a route kept, travel limits that spare goods, conditions
"not changed" for some countries); goods that customs confiscates are banned goods."""

from __future__ import annotations

from monitor.classify import classify


def test_mail_that_continues_on_its_usual_route_is_informational() -> None:
    result = classify(
        "Customer advisory: operations in Lebanon after the port explosion",
        "Our Lebanon operations are running as normal. Inbound express shipments to Lebanon "
        "continue to be routed via our Dubai hub, and delivery times remain unchanged.",
    )
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["LB"]


def test_travel_restrictions_that_do_not_apply_to_goods_are_informational() -> None:
    result = classify(
        "Border agency continues to process mail and courier shipments",
        "Both countries have agreed to temporarily restrict all non-essential travel across "
        "the border. These restrictions do not apply to the flow of goods. Goods continue to "
        "be released at ports of entry.",
        origin="CA",
        source_kind="customs",
    )
    assert result.relevant
    assert result.change_kind == "informational"
    assert result.destinations == ["CA"]


def test_countries_whose_conditions_have_not_changed_are_not_destinations_in_russian() -> None:
    result = classify(
        "Об изменении условий приёма отправлений во Францию",
        "С 1 марта не принимаются международные отправления во Францию, содержащие "
        "ювелирные изделия. Условия пересылки в Казахстан и Армению не изменились.",
        origin="RU",
    )
    assert result.destinations == ["FR"]
    assert "jewelry" in result.categories


def test_medicines_that_customs_confiscates_are_prohibited_items() -> None:
    result = classify(
        "Arzneimittel aus dem Internet",
        "Der Zoll weist darauf hin: Sendungen aus Drittländern mit Arzneimitteln werden vom "
        "Zoll angehalten und in der Regel eingezogen. Das gilt auch für geringe Mengen.",
        origin="DE",
        source_kind="customs",
    )
    assert result.change_kind == "prohibited_items"
    assert result.destinations == ["DE"]
    assert "medicines" in result.categories
