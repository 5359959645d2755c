"""Scope words: Swedish sales and a gift exemption "still VAT-free"; "presented at the counter"
is no present."""

from __future__ import annotations

from monitor.classify import classify


def test_swedish_sales_to_consumers_scope_a_vat_change_and_gifts_stay_free() -> None:
    result = classify(
        "Norge slopar momsfriheten för lågvärdesförsändelser",
        "Från och med den 1 april ska norsk moms betalas på alla varor som säljs till "
        "privatpersoner i Norge, oavsett värde.\n\n"
        "- Gåvor mellan privatpersoner till ett värde av högst 1 000 NOK är fortfarande "
        "momsfria.",
        origin="SE",
        source_kind="postal",
    )
    assert result.change_kind == "duty_tax_change"
    assert "commercial_goods" in result.categories
    assert "gifts" not in result.categories


def test_items_presented_at_a_counter_are_not_gifts() -> None:
    result = classify(
        "Service suspended to Canada",
        "Because of the strike at Canada Post, we are suspending all mail to Canada. Items "
        "presented at retail counters will not be accepted.",
        origin="US",
        source_kind="postal",
    )
    assert result.change_kind == "suspension"
    assert "gifts" not in result.categories


def test_portuguese_presentes_are_gifts() -> None:
    result = classify(
        "Remessas para Angola",
        "A partir de 1 de março, só aceitamos presentes até 50 euros para Angola.",
        origin="PT",
        source_kind="postal",
    )
    assert "gifts" in result.categories


def test_goods_words_in_quotes_are_examples_of_wording_not_goods() -> None:
    result = classify(
        "New customs data for items to the EU",
        "From 1 December, every item containing goods sent to the EU needs complete electronic "
        'data: a detailed description of each item (general terms such as "gift", "clothing" '
        'or "electronics" won\'t be accepted) and the HS code.',
        origin="AU",
        source_kind="postal",
    )
    assert result.change_kind == "new_requirement"
    assert "textiles" not in result.categories
    assert "electronics" not in result.categories


def test_goods_named_without_quotes_stay_goods() -> None:
    result = classify(
        "New customs data for clothing to the EU",
        "From 1 December, every parcel of clothing sent to the EU needs complete electronic "
        "data and the HS code.",
        origin="AU",
        source_kind="postal",
    )
    assert "textiles" in result.categories


def test_a_table_row_still_accepted_is_not_what_changed() -> None:
    result = classify(
        "Cuba - temporary parcel restrictions",
        "The following restrictions apply to items addressed to Cuba until further notice:\n\n"
        "Service | Status\nLetters and postcards | Accepted\nInternational Parcel - Air | "
        "Accepted, maximum 2 kg\nInternational Parcel - Surface | Not accepted\n",
        origin="CA",
        source_kind="postal",
    )
    assert result.change_kind == "restriction"
    assert "documents" not in result.categories


def test_a_table_row_with_a_stop_keeps_its_goods() -> None:
    result = classify(
        "Cuba - service changes",
        "Service | Status\nLetters and postcards | Not accepted\nParcels | Not accepted\n",
        origin="CA",
        source_kind="postal",
    )
    assert "documents" in result.categories


def test_a_duty_on_goods_with_some_goods_at_their_own_rate_is_all_goods_too() -> None:
    result = classify(
        "New import duty threshold",
        "From 30 January, import duty is charged on all imported goods above USD 3. Textiles, "
        "bags and shoes are charged at their own rate of 25 %.",
        origin="ID",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert {"all_goods", "textiles"} <= set(result.categories)


def test_a_duty_on_named_goods_only_is_not_all_goods() -> None:
    result = classify(
        "New duty on tobacco",
        "From 1 March, the import duty on tobacco and e-cigarettes rises to 40 %.",
        origin="ID",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert "all_goods" not in result.categories


def test_goods_given_as_examples_of_a_duty_on_all_goods_are_examples() -> None:
    result = classify(
        "New import rate for courier shipments",
        "From 1 July, a new import duty of 12 % applies to all goods shipped by courier. "
        "Typical items affected include apparel, footwear, electronics and cosmetics.",
        origin="AU",
        source_kind="customs",
    )
    assert result.change_kind == "duty_tax_change"
    assert result.categories == ["all_goods"]


def test_a_duty_on_named_goods_without_example_words_keeps_them() -> None:
    result = classify(
        "New import rate for electronics",
        "From 1 July, a new duty rate of 12 % applies to electronics and cosmetics sent in "
        "parcels.",
        origin="AU",
        source_kind="customs",
    )
    assert {"electronics", "perfumes_cosmetics"} <= set(result.categories)
