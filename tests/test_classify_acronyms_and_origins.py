"""A text's own abbreviation that happens to be a country's code is no place, and Portuguese
"vem da" gives where purchases come from."""

from __future__ import annotations

from monitor.classify import classify


def test_an_abbreviation_the_text_defines_is_not_a_country() -> None:
    result = classify(
        "Compras internacionais: nova tributação",
        "A partir de 1º de agosto, as compras internacionais de até US$ 50, realizadas em "
        "empresas do Programa Remessa Conforme (PRC), passam a ser tributadas com Imposto de "
        "Importação de 20%. Nas compras do PRC, os tributos são pagos no site da loja.\n\n"
        "A maior parte das encomendas recebidas pelos Correios vem da China e dos Estados "
        "Unidos.",
        origin="BR",
        source_kind="postal",
    )
    assert result.destinations == ["BR"]


def test_a_country_spelt_out_before_its_abbreviation_stays_a_country() -> None:
    for text, code in [
        ("Mail to the United States of America (USA) is suspended until further notice.", "US"),
        ("Mail to the People's Republic of China (PRC) is suspended; PRC customs hold it.", "CN"),
    ]:
        result = classify("Service update", text, origin="GB", source_kind="postal")
        assert result.destinations == [code], text
