"""The kind of source (customs, postal, carrier) a labelled notice's publisher would be given in
sources.yaml, read from its ``operator`` (the label fields are not looked at). Shared by the
benchmark scripts; it imports nothing of the project, so ``--root`` still decides the code."""

from __future__ import annotations

import re
from typing import Any

# customs authorities by their names in several languages ("Agenzia delle Dogane", "Receita
# Federal", "Zollverwaltung", "Gümrükler Genel Müdürlüğü", "관세청"), and by well-known initials
_CUSTOMS = re.compile(
    r"\b(customs|CBP|CBSA|HMRC|border|douanes?|zoll\w*|\w+zoll\w*|aduan\w*|dogan[ae]|alf[âa]ndega|"
    r"receita federal|celn\w*|skarbow\w*|tull\w*|tolletaten|toldstyrelsen|g[üu]mr[üu]k\w*|"
    r"таможн\w*|митн\w*)\b|海关|海關|税関|관세",
    re.IGNORECASE,
)
_POSTAL = re.compile(r"\b(post|posts|postal|mail|poste|correos|ukrposhta|usps|singpost)\b", re.I)


def source_kind_of(row: dict[str, Any]) -> str | None:
    """The kind of source (customs | postal | carrier) a sources.yaml entry would declare,
    read from the publisher named in ``operator``; the label fields are not looked at."""
    kind = row.get("source_kind")
    if kind in ("customs", "postal", "carrier", "other"):
        return kind
    operator = row.get("operator") or ""
    if _CUSTOMS.search(operator):
        return "customs"
    if _POSTAL.search(operator):
        return "postal"
    return "carrier"
