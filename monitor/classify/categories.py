"""Which product categories a change touches.

Specific categories (lithium batteries, vapes, food...) come from a lexicon; when a notice
names none, it is about mail in general: ``all_goods``, plus ``documents`` unless it speaks of
goods only or says documents are not affected. ``commercial_goods`` and ``gifts`` are added
only where the text scopes by them. A category named in a sentence that exempts it ("gifts
are not affected") does not count.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.classify import lexicon
from monitor.classify.kinds import Vote
from monitor.classify.matcher import Match, parse_phrase
from monitor.classify.resources import load_yaml
from monitor.classify.text import Doc

SCOPES = ("commercial_goods", "gifts")
GENERIC = ("_mail", "_goods", "_all", "documents")
IGNORED = ("_none", "_exempt")


@dataclass(slots=True)
class CategoryResult:
    categories: list[str]
    evidence: list[tuple[str, int, int]]
    shipping_words: bool = True  # the text speaks of mail, goods or a product category


def whole_text_entries() -> list[tuple[str, str, str]]:
    """(phrase, flags, group) for every term; read over the whole text by ``lexicon``."""
    data = load_yaml("categories.yaml")
    entries = []
    for group, phrases in data.items():
        for raw in phrases:
            key, flags = parse_phrase(raw)
            entries.append((key, flags, group))
    return entries


def decide_categories(
    doc: Doc, kind: str, votes: list[Vote], *, customs: bool = False
) -> CategoryResult:
    matches = [m for m in lexicon.matches(doc, "categories") if doc.counts(m.start)]
    exempt_sentences = {doc.sentence_of(m.start) for m in matches if m.value == "_exempt"}
    if kind == "resumption":  # "gifts are accepted again" says what resumed, not an exception
        exempt_sentences -= {doc.sentence_of(v.start) for v in votes if v.kind == kind}
    shipping_words = any(m.value not in IGNORED for m in matches)
    live: list[Match] = []
    exempted: set[str] = set()
    for m in matches:
        if m.value in IGNORED:
            continue
        if doc.sentence_of(m.start) in exempt_sentences:
            exempted.add(m.value)
        else:
            live.append(m)

    if kind == "resumption":
        # "gifts can be sent again": what resumed is what the resumption sentences name
        for in_title in (False, True):
            sentences = {
                doc.sentence_of(v.start)
                for v in votes
                if v.kind == kind and doc.in_title(v.start) == in_title
            }
            focused = [
                m for m in live if doc.sentence_of(m.start) in sentences and m.value not in GENERIC
            ]
            if focused:
                live = focused
                break

    first: dict[str, Match] = {}
    for m in live:
        first.setdefault(m.value, m)
    specific = {c for c in first if c not in GENERIC and c not in SCOPES}
    scopes = {c for c in first if c in SCOPES}

    chosen: dict[str, Match | None] = {}
    if specific:
        for c in specific:
            chosen[c] = first[c]
        if "_all" in first:
            chosen["all_goods"] = first["_all"]
        if "documents" in first:
            chosen["documents"] = first["documents"]
    elif scopes and not any(g in first for g in ("_mail", "_goods", "_all")):
        pass  # only gifts, or only sales: the scope words say it all
    else:
        goods = first.get("_all") or first.get("_goods") or first.get("_mail")
        chosen["all_goods"] = goods
        if "documents" in first:
            chosen["documents"] = first["documents"]
        elif "_goods" not in first and "documents" not in exempted and not customs:
            chosen["documents"] = first.get("_mail")
    for c in scopes:
        chosen[c] = first[c]
    evidence = [(c, m.start, m.end) for c, m in sorted(chosen.items()) if m is not None]
    return CategoryResult(sorted(chosen), evidence, shipping_words)
