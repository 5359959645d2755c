"""The kind of source (customs, postal, carrier) and the origin a labelled notice's publisher
would be given in sources.yaml, read from its ``operator`` and ``url`` (the label fields are
not looked at). Shared by the benchmark scripts; it imports nothing of the project, so
``--root`` still decides the code."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

# customs authorities by their names in several languages ("Agenzia delle Dogane", "Receita
# Federal", "Zollverwaltung", "Gümrükler Genel Müdürlüğü", "관세청"), and by well-known initials
_CUSTOMS = re.compile(
    r"\b(customs|CBP|CBSA|HMRC|border|douanes?|zoll\w*|\w+zoll\w*|aduan\w*|dogan[ae]|alf[âa]ndega|"
    r"receita federal|celn\w*|skarbow\w*|tull\w*|tolletaten|toldstyrelsen|g[üu]mr[üu]k\w*|"
    r"таможн\w*|митн\w*|"
    # the revenue and tax authorities that run a country's customs (Irish Revenue, SARS, AADE,
    # NAV: "Nemzeti Adó- és Vámhivatal", DG TAXUD)
    r"revenue|tax authority|aade|nav|v[áa]m\w*|taxud)\b|海关|海關|税関|관세",
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


# Country-code top-level domains that say nothing of a country (used as brands or by bodies)
_NO_COUNTRY_TLDS = frozenset(("eu", "int", "io", "tv", "me", "ai", "co", "cc", "fm", "ly"))
# National operators published under .com, whose sources.yaml entries would name their country
_COM_OPERATORS = {
    "usps.com": "US",
    "royalmail.com": "GB",
    "royalmailgroup.com": "GB",
    "parcelforce.com": "GB",
    "singpost.com": "SG",
}


def origin_of(row: dict[str, Any]) -> str | None:
    """The ``origin`` a sources.yaml entry for the notice's publisher would declare: the row's
    own ``origin`` when it has one, else the country of its ``url`` (a country-code domain,
    ``.gov`` for the United States, or a national operator on ``.com``); None for a global
    site (``dhl.com``, ``europa.eu``). The label fields are not looked at."""
    if row.get("origin"):
        return str(row["origin"]).upper()
    host = (urlparse(row.get("url") or "").hostname or "").lower()
    for domain, code in _COM_OPERATORS.items():
        if host == domain or host.endswith("." + domain):
            return code
    tld = host.rsplit(".", 1)[-1]
    if tld in ("gov", "mil"):
        return "US"
    if len(tld) == 2 and tld.isalpha() and tld not in _NO_COUNTRY_TLDS:
        return "GB" if tld == "uk" else tld.upper()
    return None
