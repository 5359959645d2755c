"""A standing ban: an operator that no longer accepts a category of goods bans it; and the
other way round, an operator's ban said to be for a time is a pause, a suspension."""

from __future__ import annotations

import re

from monitor.classify.kinds.phrases import _TEMPORARY, _UNTIL_FURTHER
from monitor.classify.kinds.votes import _IMPORT_WORD, KindResult, Vote, _clause_around
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc, unchanged_items
from monitor.classify.wordstart import word_start

# Product categories, as opposed to the scope of a notice (all goods, letters, sales, gifts).
_SCOPES = frozenset(("all_goods", "documents", "commercial_goods", "gifts"))
# Words that mean a pause, not an end ("we suspend acceptance of live animals").
_PAUSE = lazy_compile(
    r"suspen|sospe|ausgesetzt|aussetz|setzt aus|setzen aus|opgeschort|opschort|schort op|"
    r"interromp|interrump|interrott|unterbroch|приостан|призупин|暂停|暫停|暂缓|暫緩|一時停止|"
    # Greek, Albanian, Macedonian, Maltese, Turkish
    r"αναστ[εοα]λ|ανεσταλ|pezull|прекин|суспенд|sospi|askıya|askiya"
)


def standing_ban(
    doc: Doc,
    result: KindResult,
    categories: list[str],
    customs: bool = False,
    agency: bool = False,
) -> KindResult:
    """An operator that "will no longer accept firearms" bans a category: prohibited items.
    A stop of mail or goods in general stays a suspension, and so does a stop of a category
    that is a pause ("suspended", "temporarily"): DESIGN.md's temporary stop by an operator.
    A customs authority that "suspends imports of seafood from Japan" is the destination
    banning goods, pause or not. The other way round, an operator's ban said to be for a time
    ("Lithium-Batterien in die USA vorübergehend ausgeschlossen") is such a pause. Another
    agency (``agency``: neither a post nor a carrier) that suspends "the importation of used
    clothes" bans goods too, as a customs authority does. A customs authority that refuses
    "parcels without the recipient's ID number" announces a new requirement."""
    if result.kind == "prohibited_items" and not customs and _paused_ban(doc, result):
        return _as_kind(result, "suspension")
    if result.kind != "suspension" or not categories:
        return result
    stops = [v for v in result.votes if v.kind == "suspension"]
    imports = any(_IMPORT_WORD.search(doc.norm, *doc.sentence_of(v.start)) for v in stops)
    needs = [v for v in result.votes if v.kind == "new_requirement" and v.weight >= 1.0]
    if customs and not imports and needs and _refuses_what_lacks(doc, stops, needs):
        # "Parcels without the recipient's ID number will not be accepted": customs refusing
        # what lacks a new requirement announce the requirement (a stop of imports stays a
        # ban: "imports of prawns are suspended; other seafood must have a permit"; an office
        # closed stays a stop)
        evidence = [("new_requirement", v.start, v.end) for v in needs[:3]]
        return KindResult(
            "new_requirement", result.score, evidence, result.votes, result.irrelevant_topics
        )
    scoped = _SCOPES.intersection(categories)
    if (customs and (not scoped or imports)) or (agency and not scoped and imports):
        return _as_ban(result)  # "suspends the import of ..., by trade or by post": banned
    if scoped:
        return result
    if stops and _PAUSE.match(doc.norm, max(stops, key=lambda v: v.weight).start):
        return result  # the notice's main word for it is a pause
    for v in stops:
        a, b = doc.sentence_of(v.start)
        if _TEMPORARY.search(doc.norm, a, b):
            return result
    if _UNTIL_FURTHER.search(doc.norm):
        return result  # "it will remain in place until further notice": a pause, not a ban
    if conditions_title(doc) and _new_limit(doc, result):
        # "New conditions for items with lithium batteries": the goods no longer accepted are
        # one of the conditions the others are now sent under
        return _as_kind(result, "restriction")
    return _as_ban(result)


# A title about the conditions goods are sent under (not an operator's terms of sale:
# "Conditions spécifiques de vente", "Terms and conditions", "condiciones generales")
_CONDITIONS_TITLE = lazy_compile(
    # (not the standing page of a country: USPS's "Oman — Country Conditions for Mailing")
    r"(?<!terms and )(?<!terms & )(?<!country )\b(?:conditions|bedingungen|condiciones|"
    r"condi[cç][õo]es|condizioni|voorwaarden|[όο]ροι|warunki|villkor|betingelser|ehdot|masharti)\b"
    r"(?!\s+(?:(?:sp[ée]cifiques|particuli[èe]res)\s+)?(?:de vente|de venta|di vendita|"
    r"of sale|of carriage|g[ée]n[ée]ral\w*|algemene))"
    # (Chinese "conditions of acceptance")
    r"|收寄条件|收寄條件|寄递条件|寄遞條件",
    re.I,
)


def _new_limit(doc: Doc, result: KindResult) -> bool:
    """Whether a limit is among the notice's news: not a limit listed under "What does not
    change" ("Les batteries installées restent admises, dans la limite de 100 Wh")."""
    kept = unchanged_items(doc)
    return any(
        v.kind == "restriction" and not v.continued and not any(a <= v.start < b for a, b in kept)
        for v in result.votes
    )


def conditions_title(doc: Doc) -> bool:
    """Whether the title is about the conditions goods are sent under."""
    return _CONDITIONS_TITLE.search(doc.full, 0, doc.title_end) is not None


# A title of rules made new: "Neue Regeln ab 1. Juli", "Ändrade regler för litiumbatterier",
# "Correios atualizam regras para envio de baterias"
_NEW_RULES_TITLE = lazy_compile(
    r"\b(?:new(?!\s+(?:zealand|york|caledonia|delhi|jersey|guinea|south wales)\b)|changed|"
    r"updated|neue|geänderte|nye|ændrede|ändrade|nya|nouvelles|nuevas|nuove|"
    r"nieuwe|novas|оновлені|новые|нові)\s+(?:\w+\s+)?(?:rules|regeln|regler|règles|reglas|regole|"
    r"regels|regras|правила)\b|"
    r"\b(?:atualizam|actualizan|aktualisiert|updates?)\s+(?:as\s+|las\s+|die\s+|the\s+)?"
    r"(?:regras|reglas|regeln|rules)\b",
    re.I,
)


def new_rules_title(doc: Doc) -> bool:
    """Whether the title announces rules made new (their limits are the news)."""
    return _NEW_RULES_TITLE.search(doc.full, 0, doc.title_end) is not None


def _paused_ban(doc: Doc, result: KindResult) -> bool:
    """Whether the clause of the notice's main ban says it is for a time, and the notice's bans
    are the operator's own stops: no sentence of a ban speaks of imports, of a government or
    authority that sets it ("Temporary ban on Chinese seafood" over "China has temporarily
    banned imports of seafood"), or of a ban now permanent."""
    bans = [v for v in result.votes if v.kind == "prohibited_items"]
    if not bans:
        return False
    for v in bans:
        a, b = doc.sentence_of(v.start)
        if _IMPORT_WORD.search(doc.norm, a, b) or _SET_BY_STATE.search(doc.norm, a, b):
            return False
    top = max(bans, key=lambda v: v.weight).start
    a, b = doc.sentence_of(top)
    lo, hi = _clause_around(doc, top, a, b)
    return bool(_TEMPORARY.search(doc.norm, lo, hi) or _UNTIL_FURTHER.search(doc.norm, lo, hi))


# A ban set by a state, or said to be permanent: "the authorities", "政府", "dauerhaft"
_SET_BY_STATE = word_start(
    r"\b(?:authorit\w*|government\w*|ministr\w*|ministeri\w*|behorde\w*|regierung|autorit\w*|"
    r"gobierno|governo|gouvernement|министерств\w*|правительств\w*|permanent\w*|dauerhaft\w*|"
    r"definitiv\w*|definitif\w*|definitief\w*)\b|政府|当局|當局"
)


def _as_ban(result: KindResult) -> KindResult:
    return _as_kind(result, "prohibited_items")


# "without", "lacking" (normalised: no accents), in the sentence of the refusal: Turkish
# "bulunmayan", Korean "없는", Chinese "缺少", Japanese "のない", Arabic "بدون", Hebrew "ללא"; not
# of a time or a notice ("without delay", "sans préavis", "sin fecha prevista", "ohne
# Verzögerung"), nor Chinese "无" or "未" alone ("無期限", "尚未": indefinitely, not yet)
_LACKING = lazy_compile(
    r"\b(?:without|lacking|missing|ohne|sans|sin|senza|zonder|sem|bez|без|uten|uden|ilman|"
    r"nelkul|tanpa|bulunmayan)\b"
    r"(?!\s+(?:(?:any|prior|previo|vorherige)\s+)?(?:delay|notice|interruption|delai|preavis|"
    r"verzogerung|vorankundigung|unterbrechung|embargo|demora|aviso|fecha|preavviso|ritardo|"
    r"previsao|opoznien\w*|uprzedzeni\w*|задерж\w*|предупрежд\w*|уведомлени\w*)\b)|"
    r"없는|缺少|没有附|沒有附|未附|未提供|のない|بدون|لا تحتوي|لا تحمل|ללא"
)


def _refuses_what_lacks(doc: Doc, stops: list[Vote], needs: list[Vote]) -> bool:
    """Whether the notice's stop is the refusal of what misses its requirement: a stop's
    sentence says "items without ..." are refused, or the strongest requirement word weighs as
    much as the strongest word of the stop ("payment at the counter is no longer accepted"
    beside a new system one must register with)."""
    if max(v.weight for v in needs) >= max((v.weight for v in stops), default=0.0):
        return True
    return any(_LACKING.search(doc.norm, *doc.sentence_of(v.start)) for v in stops)


def _as_kind(result: KindResult, kind: str) -> KindResult:
    evidence = [(kind, s, e) for _k, s, e in result.evidence]
    return KindResult(kind, result.score, evidence, result.votes, result.irrelevant_topics)
