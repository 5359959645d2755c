"""The kind of source (customs, postal, carrier) and the origin a labelled notice's publisher
would be given in sources.yaml, read from its ``operator`` and ``url`` (the label fields are
not looked at). Shared by the benchmark scripts; it imports the project only inside
``origin_of``, after the caller has put the tree to score first on ``sys.path``."""

from __future__ import annotations

import re
from typing import Any

# customs authorities by their names in several languages ("Agenzia delle Dogane", "Receita
# Federal", "Zollverwaltung", "Gümrükler Genel Müdürlüğü", "관세청"), and by well-known initials
_CUSTOMS = re.compile(
    r"\b(customs|CBP|CBSA|HMRC|border|douanes?|zoll\w*|\w+zoll\w*|aduan\w*|dogan[ae]|alf[âa]ndega|"
    r"receita federal|celn\w*|skarbow\w*|tull\w*|tolletaten|toldstyrelsen|g[üu]mr[üu]k\w*|"
    r"таможн\w*|митн\w*|"
    # the revenue and tax authorities that run a country's customs (Irish Revenue, SARS, AADE,
    # NAV: "Nemzeti Adó- és Vámhivatal", DG TAXUD)
    r"revenue commissioners|irish revenue|south african revenue|public revenue|state revenue|"
    r"revenue authority|tax authority|sars|aade|v[áa]mhivatal|taxud)\b|海关|海關|税関|관세",
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


def origin_of(row: dict[str, Any]) -> str | None:
    """The ``origin`` a sources.yaml entry for the notice's publisher would declare: the row's
    own ``origin`` when it has one, else what ``policywatch sources add`` guesses from its
    ``url`` when it is sure (a known operator's host, a country-code domain, ``.gov``); None
    otherwise. The label fields are not looked at."""
    if row.get("origin"):
        return str(row["origin"]).upper()
    from monitor.source_add import guess_origin  # the code of the tree being scored

    code, confident = guess_origin(str(row.get("url") or ""))
    return code if confident else None
