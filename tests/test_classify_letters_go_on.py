"""Letters that go on as before are not part of a stop of goods ("letters and documents
continue to flow"), in several languages; "letters containing goods" are goods."""

from __future__ import annotations

import pytest

from monitor.classify import classify


@pytest.mark.parametrize(
    ("origin", "title", "text"),
    [
        (
            "GB",
            "Goods to the United States suspended",
            "From 29 August we can no longer accept items containing goods to the United "
            "States. Letters and documents continue to flow to the United States.",
        ),
        (
            "ES",
            "Suspensión de envíos con mercancías a Estados Unidos",
            "Desde el 29 de agosto, Correos suspende la admisión de paquetes con mercancías con "
            "destino a Estados Unidos. Seguirán admitiéndose cartas y documentos.",
        ),
        (
            "RU",
            "Приостановка приёма посылок в США",
            "С 29 августа приостановлен приём посылок с товарами в США. Приём писем с "
            "документами в США не приостанавливался.",
        ),
        (
            "DE",
            "Zollinhaltserklärung für Sendungen nach Großbritannien",
            "Für alle Sendungen mit Waren nach Großbritannien (Päckchen, Pakete und Briefe mit "
            "Warenwert) ist ab sofort eine Zollinhaltserklärung nötig.",
        ),
    ],
)
def test_letters_that_go_on_or_carry_goods_are_not_documents(origin, title, text) -> None:
    result = classify(title, text, origin=origin, source_kind="postal")
    assert result.relevant
    assert "documents" not in result.categories
    assert "all_goods" in result.categories


def test_a_stop_of_all_mail_keeps_letters() -> None:
    result = classify(
        "Mail to Yemen suspended",
        "We have suspended all mail to Yemen, including letters and documents.",
        origin="GB",
        source_kind="postal",
    )
    assert "documents" in result.categories
