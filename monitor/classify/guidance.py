"""Sections of an operator's page that give standing guidance ("Customs information",
"Compensation", "Need help?"): what they say holds on every day, it is not the news of the page.
A section runs from its heading to the next heading."""

from __future__ import annotations

import re

from monitor.classify.normalize import normalize_key
from monitor.classify.text import Doc

_HEADINGS = frozenset(
    normalize_key(h)
    for h in (
        # English
        "customs information", "customs declarations", "customs forms",
        "customs and prohibited items", "other prohibited and restricted items",
        "other prohibited items", "other restricted items", "tips for safe sending",
        "packing tips", "have a question", "any questions",
        "prohibited and restricted items", "prohibited items", "restricted items",
        "compensation", "claims", "compensation and claims", "refunds", "tracking your item",
        "track your item", "tracking", "need help", "need more help", "help", "contact us",
        "contact", "before you send", "before you post", "how to read this page",
        "how we report incidents", "about this page", "international sanctions", "sanctions",
        "sending larger or urgent items", "delivery times", "delivery standards",
        "frequently asked questions", "faqs", "faq", "stay informed", "about us",
        "customer service", "useful information", "general information",
        # German
        "zollinformationen", "zollhinweise", "hilfe", "kontakt", "fragen", "häufige fragen",
        "verbotene gegenstände", "haftung", "entschädigung", "sendungsverfolgung",
        "laufzeiten", "allgemeine hinweise", "weitere verbotene und eingeschränkte inhalte",
        "weitere verbotene inhalte", "tipps für den sicheren versand", "haben sie fragen",
        # French
        "besoin d'aide", "délais indicatifs", "formalités douanières", "à lire aussi",
        "questions fréquentes", "nous contacter", "suivi de vos envois", "indemnisation",
        "objets interdits", "comment savoir si un pays est desservi",
        "que faire si votre envoi a déjà été déposé",
        # Spanish, Italian, Dutch, Portuguese
        "ayuda", "preguntas frecuentes", "información aduanera", "artículos prohibidos",
        "contacto", "assistenza", "domande frequenti", "contatti", "hulp", "veelgestelde vragen",
        "klantenservice", "ajuda", "perguntas frequentes", "contacte-nos",
    )
)  # fmt: skip
# A reminder heading with its topic: "Rappel : formalités douanières", "Reminder: customs forms"
_REMINDER_HEAD = re.compile(r"(?:rappel|reminder|recordatorio|erinnerung)\s*:", re.I)
# Words of those headings, the cheap test that a page may hold one
HINTS = (
    "customs information", "customs declarations", "customs forms", "prohibited", "restricted",
    "compensation", "claims", "refunds", "tracking", "track your", "help", "contact",
    "before you", "how to read", "how we report", "about this page", "sanctions", "delivery times",
    "delivery standards", "questions", "faq", "stay informed", "about us", "customer service",
    "information", "zoll", "hilfe", "kontakt", "fragen", "verbotene", "haftung", "entschadigung",
    "sendungsverfolgung", "laufzeiten", "tipps", "aide", "tips", "question", "delais",
    "formalites", "lire aussi",
    "contacter", "suivi", "indemnisation", "interdits", "comment savoir", "que faire", "ayuda",
    "frecuentes", "aduanera", "prohibidos", "contacto", "assistenza", "frequenti", "contatti",
    "hulp", "vragen", "klantenservice", "ajuda", "perguntas", "contacte", "rappel", "reminder",
    "recordatorio", "erinnerung",
)  # fmt: skip
HEADING_LONGEST = 60


def guidance_spans(doc: Doc) -> list[tuple[int, int]]:
    """The spans of the body under guidance headings; found once per notice."""
    scans = doc.scans
    if scans is not None:
        found = scans.get("_guidance")
        if found is None:
            found = scans["_guidance"] = _find(doc)
        return found
    return _find(doc)


def _find(doc: Doc) -> list[tuple[int, int]]:
    if not doc.holds_any(HINTS):
        return []
    full = doc.full
    spans: list[tuple[int, int]] = []
    open_at = -1
    prose = False  # whether a line of prose came before: a heading above all news heads it
    for ls in doc.line_starts[1:]:
        a, b = doc.line_of(ls)
        line = full[a:b].strip()
        if not _heading_like(line):
            prose = prose or len(line) > HEADING_LONGEST or line.endswith((".", "!"))
            continue
        key = normalize_key(line.rstrip(":?\uff1a ").strip())
        if line.endswith(("?", "\uff1f")) and key not in _HEADINGS:
            continue  # "Do I need a customs form?" under "FAQ": a question, no heading
        if open_at >= 0:
            spans.append((open_at, a))
            open_at = -1
        if prose and (key in _HEADINGS or _REMINDER_HEAD.match(line)):
            open_at = a
    if open_at >= 0:
        spans.append((open_at, len(full)))
    return spans


def _heading_like(line: str) -> bool:
    """A short line that ends no sentence and is no list item or table row."""
    return (
        0 < len(line) <= HEADING_LONGEST
        and not line.endswith((".", ",", ";", "!"))
        and "|" not in line
        and line[0] not in "-*\u2022\u00b7\u25aa\u2023\u25e6"
    )
