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
    r"\b(customs|CBP|CBSA|HMRC|border|douanes?|zoll\w*|\w+zoll\w*|aduan\w*|dogan(?:a|e|ave)|alf[âa]ndega|"
    r"receita federal|celn\w*|skarbow\w*|tull\w*|tolletaten|toldstyrelsen|g[üuöo]mr[üu]k\w*|"
    r"таможн\w*|митн\w*|services frontaliers|h[ảa]i quan|bea (?:dan )?cukai|kastam|muitin\w*|muita|"
    r"tolliamet|vamal\w*|bojxona\w*|кеден\w*|carin(?:sk\w*|a|e)|царин\w*|τελωνει\w*|τελωνεί\w*|"
    # the revenue and tax authorities that run a country's customs (Irish Revenue, SARS, AADE,
    # NAV: "Nemzeti Adó- és Vámhivatal", DG TAXUD)
    r"revenue commissioners|irish revenue|south african revenue|public revenue|state revenue|"
    r"revenue authority|revenue service|tax authority|sars|aade|v[áa]mhivatal|taxud|"
    r"agencia tributaria|"
    # Pakistan's Federal Board of Revenue runs its customs
    r"fbr|federal board of revenue|"
    # Africa's revenue authorities run the customs of their countries (KRA, TRA "Mamlaka ya
    # Mapato Tanzania", URA, RRA, ZRA, ZIMRA, BURS, GRA, NamRA, ERCA, LRA, MRA)
    r"kra|tra|ura|rra|zra|zimra|burs|gra|namra|erca|lra|mra|mamlaka ya mapato|"
    # ... and in French-speaking Africa ("Office Togolais des Recettes")
    r"office \w+ des recettes|otr|"
    r"administración tributaria|dian|arca|cbic|bazg|sunat|anam|sat|фтс|фіскальна|"
    # Slovenia's, Czechia's and Slovakia's financial administrations run their customs
    r"finan[čc]n\w* (?:uprava|spr[áa]va)|furs|"
    # Latvia's State Revenue Service runs its customs
    r"valsts ie[ņn][ēe]mumu dienests|vid|"
    # Iceland's Revenue and Customs (Skatturinn) runs its customs
    r"skatturinn|"
    # the border's quarantine and biosecurity services check what comes in, as customs do
    r"aphis|biosecurity|quarantine|servicio agr[íi]cola y ganadero|sag|senasa|vigiagro)\b|"
    r"檢疫|检疫|검역|検疫|"
    r"海关|海關|税関|關務|关务|관세|جمارك|מכס|ศุลกากร|सीमा शुल्क|گمرک|کسٹمز|"
    # Kazakhstan's State Revenue Committee, in Kazakh and Russian
    r"мемлекеттік кірістер|государственных доходов",
    re.IGNORECASE,
)
# national posts by the words of their names ("Česká pošta", "Белпочта", "PHLPost", "Correo
# Argentino", "Íslandspóstur", "Barid Al-Maghrib", "البريد السعودي")
_POSTAL = re.compile(
    r"\b(post|posts|postal|postales|mail|poste|postes|posten|posti|postnord|posta|pošta|poczta|"
    r"pasts|paštas|poșta|poşta|(?!(?:chrono|in|sign)post\b)\w+post|\w*póstur|correos?|correios|"
    r"\w*pochta|ukrposhta|serpost|barid|usps|"
    r"singpost|ptt|elta|ctt|omniva|bpost|postnl|ems|colissimo|pos indonesia|pos malaysia|"
    r"\w*почта|\w*пошта|ταχυδρομεία)\b|郵政|邮政|郵便|우정|우체국|بريد|ไปรษณีย์",
    re.I,
)
# express and parcel carriers (the kind an admin gives their country sites); any other
# publisher (a ministry, a regulator, a marketplace, a newspaper) is "other"
_CARRIER = re.compile(
    r"\b(dhl|ups|fedex|tnt|dpd|gls|aramex|asendia|evri|hermes|inpost|purolator|parcelforce|"
    r"chronopost|landmark global|spring gds|sf express|sf international|顺丰\w*|"
    r"yamato|ヤマト運輸|skynet|startrack|loggi|cainiao|packeta|zásilkovna|ppl|bring|yodel|seur|"
    r"mrw|nova poshta|\w+ kargo|kargo|agility|أرامكس)\b|顺丰|ヤマト",
    re.I,
)


def source_kind_of(row: dict[str, Any]) -> str | None:
    """The kind of source (customs | postal | carrier | other) a sources.yaml entry would declare,
    read from the publisher named in ``operator``; the label fields are not looked at."""
    kind = row.get("source_kind")
    if kind in ("customs", "postal", "carrier", "other"):
        return kind
    operator = row.get("operator") or ""
    if _CUSTOMS.search(operator):
        return "customs"
    if _POSTAL.search(operator):
        return "postal"
    if _CARRIER.search(operator):
        return "carrier"
    return "other"


def origin_of(row: dict[str, Any]) -> str | None:
    """The ``origin`` a sources.yaml entry for the notice's publisher would declare: the row's
    own ``origin`` when it has one, else what ``policywatch sources add`` guesses from its
    ``url`` when it is sure (the locale of a global brand's country site, a known operator's
    host, a country-code domain, ``.gov``); None otherwise, as for a page of a whole network.
    The label fields are not looked at."""
    if row.get("origin"):
        return str(row["origin"]).upper()
    from monitor.source_add import guess_origin  # the code of the tree being scored

    code, confident = guess_origin(str(row.get("url") or ""))
    return code if confident else None
