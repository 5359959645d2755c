"""Partial stops and limits: what is still accepted beside what stops ("only up to 2 kg"),
a lifting beside a real limit, local stops, and stops outranking generic restrictions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from monitor.classify import lexicon
from monitor.classify.kinds.phrases import _ACCEPTANCE, RELEVANT_SCORE
from monitor.classify.kinds.votes import Vote, _clause_around, _clause_start, _weak
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match
from monitor.classify.text import Doc, paragraph_end, paragraph_start
from monitor.classify.wordstart import GuardedPattern, by_first_letter, word_start

SUSPENSION_SHARE = 0.4
# A stop outranks these when it has this share of their score: tariffs or delays are often the
# reason for the stop; a restriction ("accepted only up to 2 kg") names what is still refused.
_OUTRANKED = {
    "duty_tax_change": SUSPENSION_SHARE,
    "new_requirement": SUSPENSION_SHARE,
    "delay": SUSPENSION_SHARE,
    "informational": SUSPENSION_SHARE,
    "restriction": 0.6,
}


def _with_figure(doc: Doc, v: Vote) -> bool:
    """A limit stated with its figure ("reduced to 10 kg", "EUR 150")."""
    return bool(_FIGURE_LIMIT.search(doc.norm, *doc.sentence_of(v.start)))


# "We accept only documents (up to 0.5 kg)": a stop of goods, not a limit on them
_DOCUMENTS_ONLY = lazy_compile(
    r"\bonly (?:\w+ )?documents?\b|\bdocuments? only\b|\bnur (?:noch )?dokumente\b|"
    r"\buniquement (?:des |les )?documents\b|\bsolo documentos\b"
)
# A limit stated outright: "only EMS", "accepte uniquement", "up to 2 kg", "maximum value".
_CONCRETE_LIMIT = lazy_compile(
    r"only|uniquement|seulement|nur |solo|solamente|alleen|apenas|только|лише|kg|кг|valu|valor|"
    r"valeur|wert|waarde|max|höchst|hochst|limit|límite|限"
)


# A verb of exceeding: "can no longer exceed the maximum weight" sets a limit; the negation
# belongs to the verb, not to the limit that follows it.
EXCEEDS = lazy_compile(
    r"\b(?:exceed|surpass|(?:u|ue|o)berschreit|uberstieg|ubersteig|overschrijd|depass|depasi|"
    r"supera|super[ae]n?\b|exced|przekracz|przekrocz|prekroc|prekrac|overstig|overskrid|ylitt|"
    r"asama|asamaz|превыш|превыс|перевищ|надхвърл|premaš|premas|يتجاوز|تتجاوز|يتعدى|تتعدى|يتعدي|تتعدي|يزيد|تزيد)"
)


def _discount_complements(doc: Doc, votes: list[Vote]) -> None:
    """ "Only items of 2 kg or less are accepted; heavier ones can no longer be handled":
    the stop in the sentence of a stated limit is that limit's other side."""
    weak = _weak()
    limited = {
        doc.sentence_of(v.start)
        for v in votes
        if v.kind == "restriction"
        and _CONCRETE_LIMIT.search(doc.norm, v.start, v.end)
        and doc.norm[v.start : v.end] not in weak  # "limited flights" states no limit
    }
    if not limited:
        return
    for v in votes:
        if v.kind == "suspension" and doc.sentence_of(v.start) in limited:
            v.weight *= 0.5


# "only" and the words that accept (not those that exempt: "only documents remain exempt")
ONLY_WORDS = (
    r"(?:only|solely|exclusively|nur|uniquement|seulement|exclusivement|solo|sólo|solamente|"
    r"únicamente|unicamente|soltanto|esclusivamente|alleen|uitsluitend|apenas|somente|tylko|"
    r"wyłącznie|wyłacznie|wylacznie|только|лише|тільки)"
)
ACCEPTING = lazy_compile(
    r"accept|angenommen|annahme|accett|acept|aceit|admit|przyjm|aanvaard|aangenomen"
)
# "przyjmowane są wyłącznie ...", "accepts only ...", "nur noch ... angenommen": a limit
_ONLY_ACCEPTED = lazy_compile(
    rf"(?:{ACCEPTING.pattern})\w*(?:\s+\w+){{0,2}}\s+{ONLY_WORDS}\b|"
    rf"\b{ONLY_WORDS}\b[^.;\n]{{0,40}}?(?:{ACCEPTING.pattern})"
)


# Goods accepted only with one service: "accettate esclusivamente con il servizio ... Express"
# (its own short lists of accepting and "only" words, not ACCEPTING and ONLY_WORDS: with
# theirs the search costs 0.7 % more instructions per notice, callgrind over the dev set)
# Each way of saying it is its own pattern, with the words every match of it holds (each
# group: one of its words): a notice is searched only for the ways whose words it holds (the
# five in one pattern were tried at every "a", "c", "i", "m", "o" and "w" of the text)
_ONE_SERVICE_WAYS = (
    # "will only be accepted via Speedpost Express", "can only be sent using International
    # Express or International Courier": the services named after it
    (
        ((" only be ",),),
        word_start(
            r"\b(?:can|may|will|are|is) only be (?:accepted|sent|posted|lodged|mailed) "
            r"(?:via|using|through)\b(?!\s+(?:the )?(?:online|on-line|web|digital|app)\b)"
        ),
    ),
    # "You can still send parcels to these destinations using International Courier"
    (
        ((" still ",),),
        word_start(
            r"\b(?:can|may) still (?:be )?(?:send|sent|post|posted|lodge|lodged) "
            r"(?:(?!within\b|inside\b|domestic)[^.;\n]){0,60}?"  # not "within the UK using ..."
            r"\b(?:using|via|through)\b(?!\s+(?:the )?(?:online|on-line|web|digital|app)\b)"
        ),
    ),
    (
        (("servi",), ("accett", "accept", "acept", "aceit", "angenommen")),
        word_start(
            r"\b(?:accettat[eio]|accepted|accept[ée]e?s?|aceptad[oa]s?|aceit[eo]s?|angenommen)\s+"
            r"(?:esclusivamente|solo|soltanto|only|exclusively|uniquement|seulement|exclusivement|"
            r"[úu]nicamente|solamente|exclusivamente|nur|apenas|somente)\s+"
            r"(?:con|with|avec|mit|por|via|tramite|using|par|through|com)\s+(?:(?:il|the|le|la|el|"
            r"o|dem|den|our|nostro|notre|nuestro)\s+)?(?:servizio|service|servicio|servi[çc]o)\b"
            r"(?!\s+(?:online|on-line|web|digital\w*))"
        ),
    ),
    # "only Express Courier International can be used for items to ...", "can be sent with
    # UPS Worldwide Express only"
    (
        ((" be used ",),),
        word_start(
            r"\bonly (?:[^\W\d_]+ ){1,5}(?:can|may) be used (?:for|to send) (?:items|parcels|"
            r"shipments|mail|letters|packages|consignments|goods)\b"
        ),
    ),
    (
        ((" only",), (" be sent ", " be posted ", " be shipped ")),
        word_start(
            r"\b(?:can|may) be (?:sent|posted|shipped) (?:with|using|via|by) "
            r"(?:[^\W\d_]+ ){1,5}only\b"
        ),
    ),
    # "International Standard and International Express remain available"
    (
        (("available",),),
        word_start(
            r"\b(?:international|express|standard|economy|courier|tracked|priority|premium)"
            r"(?: [^\W\d_]+){0,4} (?:remains?|are still|is still|stays?) available\b"
        ),
    ),
)


# Another service named as the way that stays open for what the stop leaves ("Customers may
# continue to mail First-Class Mail International ... items", "Goods ... must instead be sent
# as a parcel"): the stop is of one service, a limit on how to send, however strong its words
_OTHER_WAY_NAMED = (
    # "Customers may continue to mail First-Class Mail International and Priority Mail
    # International items": named services go on
    (
        ((" continue to ",),),
        word_start(
            # (not "may continue to use all ... services": nothing stopped for them)
            r"\b(?:can|may) continue to (?:mail|send|post|ship|use) (?!all\b)(?:[^\W\d_]+ ){0,3}?"
            r"(?:first-class|priority|express|economy|standard|tracked|premium|courier|"
            r"ems|international)\b"
        ),
    ),
    # "Goods to these countries must instead be sent as a parcel": another way open
    (
        ((" instead ",),),
        word_start(
            r"\b(?:must|can|may|should|will) instead be (?:sent|posted|shipped|mailed) "
            r"(?:as|with|via|by|using)\b"
        ),
    ),
)
# How much of a stop's score a named other way makes the limit weigh
OTHER_WAY_SHARE = 0.5


def _says_a_way(norm: str, ways: tuple[tuple[tuple[tuple[str, ...], ...], Any], ...]) -> bool:
    """Whether one of ``ways`` is said: tried only where the text holds a word of each of its
    groups."""
    return any(
        all(any(w in norm for w in group) for group in words) and rx.search(norm)
        for words, rx in ways
    )


def _outranked_share(doc: Doc, votes: list[Vote], best: str) -> float:
    """The share of ``best``'s score a stop needs to outrank it. "Restrictions" said only by
    that word ("Einschränkungen beim Versand in die USA" over "we can no longer accept parcels
    with goods") name no limit: a stop outranks them as it outranks a delay; not where the
    notice says what is still accepted, only ("przyjmowane są wyłącznie ... do 2 kg")."""
    if (
        best == "restriction"
        and all(_GENERIC_LIMIT.search(doc.norm, v.start, v.end) for v in votes if v.kind == best)
        and _ONLY_ACCEPTED.search(doc.norm) is None
    ):
        return SUSPENSION_SHARE
    if best == "delay":
        # "Service disruption" over "we have suspended deliveries in Israel; delays to Jordan":
        # a word for any trouble, which the stop in the body says what it is
        delays = [v for v in votes if v.kind == best]
        generic = sum(v.weight for v in delays if _GENERIC_DELAY.match(doc.norm, v.start, v.end))
        if generic >= 0.5 * sum(v.weight for v in delays):
            return GENERIC_DELAY_SHARE
    return _OUTRANKED[best]


GENERIC_DELAY_SHARE = 0.3
LEAST_STOP_SHARE = min(GENERIC_DELAY_SHARE, *_OUTRANKED.values())  # the least of the shares
_GENERIC_DELAY = lazy_compile(r"disrupt\w*|storung\w*|perturbation\w*|verstoring\w*|disservizi\w*")


_SAVE_FOR = lazy_compile(
    r"\b(?:unless|except|only|sauf|uniquement|seulement|ausser|au(?:ss|ß)er|nur|ausgenommen|"
    r"solo|solamente|excepto|salvo|tenzij|behalve|alleen|eccetto|tranne|soltanto|exceto|apenas|"
    r"wyłacznie|wylacznie|tylko)\b"
)


def _over_generic_limits(
    doc: Doc, votes: list[Vote], scores: dict[str, float], lift_added: float
) -> str | None:
    """A ban or a resumption that outranks restrictions said mostly by that word alone
    ("Meat from the EU: new restrictions" over "the UK has banned personal imports of meat";
    "Restrictions in international shipping - update" over "no longer suspended for: ..."):
    the word names the topic, the verb the news. Not a ban beside a lifting that the limits
    make partial (_partial_lift), nor a ban weaker than twice the limits the notice names,
    nor one said with "unless" or "only" (itself a limit)."""
    norm = doc.norm
    generic = sum(
        v.weight
        for v in votes
        if v.kind == "restriction" and _GENERIC_LIMIT.search(norm, v.start, v.end)
    )
    if not generic:
        return None
    specific = sum(v.weight for v in votes if v.kind == "restriction") - generic
    rival = max(("prohibited_items", "resumption", "suspension"), key=lambda k: scores.get(k, 0.0))
    score = scores.get(rival, 0.0)
    if (
        rival == "suspension"  # a stop outranks them by its own rule (_outranked_share)
        or (rival == "prohibited_items" and lift_added)
        or score < max(RELEVANT_SCORE, 2 * specific, 0.5 * generic)
        or _ONLY_ACCEPTED.search(norm)
    ):
        return None
    for v in votes:
        # "prohibited unless installed in equipment", "resumed for Kyiv and Lviv only": the
        # ban or the resumption is itself partial, a limit
        if v.kind == rival and _SAVE_FOR.search(norm, *doc.sentence_of(v.start)):
            return None
    return rival


def _partial_stop(doc: Doc, scores: dict[str, float], votes: list[Vote]) -> bool:
    """Some services stopped while the rest is accepted within new limits ("parcels only up
    to 10 kg; surface parcels not accepted"): the limits make the news a restriction. The word
    "restrictions" alone, or a rerouting, names no limit: a stop beside it stays a stop."""
    limits = [
        v
        for v in votes
        if v.kind == "restriction"
        and v.firm
        and not v.continued
        and not _GENERIC_LIMIT.search(doc.norm, v.start, v.end)
        and not _NOT_ACCEPTANCE.search(doc.norm, *doc.sentence_of(v.start))
        and not _DOCUMENTS_ONLY.search(doc.norm, *doc.sentence_of(v.start))
    ]
    # a limit with its figure ("reduced to 10 kg") is as firm as a stop beside it
    limit = sum(v.weight * (1.5 if _with_figure(doc, v) else 1.0) for v in limits)
    norm = doc.norm
    # a cheap test first: every match of _ONE_SERVICE_WAYS holds one of these
    may_hold = (
        "servi" in norm
        or "available" in norm
        or " only be " in norm
        or " still " in norm
        or (
            " only" in norm
            and (
                " be used " in norm
                or " be sent " in norm
                or " be posted " in norm
                or " be shipped " in norm
            )
        )
    )
    if may_hold and _says_a_way(norm, _ONE_SERVICE_WAYS):
        limit += 1.5  # "sono accettate esclusivamente con il servizio ... Express": one way open
    if (" continue to " in norm or " instead " in norm) and _says_a_way(norm, _OTHER_WAY_NAMED):
        limit = max(limit, OTHER_WAY_SHARE * scores.get("suspension", 0.0))
    return (limit >= 1.4 and limit >= 0.5 * scores.get("suspension", 0.0)) or _stop_above_figure(
        doc, votes
    )


# "over 800 USD", "mit einem Warenwert über", "powyżej 10 kg", "超过": what a stop reaches is
# only what lies above a figure
_ABOVE = word_start(
    r"\b(?:over|above|exceeding|more than|greater than|uber|mehr als|oberhalb|plus de|"
    r"superieure? a|au dela de|mas de|superior(?:es)? a|oltre|superiore a|boven|meer dan|"
    r"acima de|mais de|powyzej|ponad|свыше|более|понад|більше)\s+(?:(?:a|an|the|einem|"
    r"einen|der|des|de|di|van|of|declared|value|warenwert|wert|valeur|valor|valore|waarde)"
    r"\s+){0,3}(?=(?:€|\$|£|us\$)?\s?\d)|超过|超過"
)
_ABOVE_REACH = 30  # characters after "over" and its fillers in which its figure ends
# ... not a stop of all items ("the acceptance of all items to the US is suspended"; not "all
# parcels over 10 kg"), nor a figure in the cause ("because customs now checks every parcel
# over 800 USD", "car plus de 20 000 kg de courrier sont bloqués")
_ALL_ITEMS = lazy_compile(
    r"\b(?:all|every|alle[rsn]?|tous|toutes|todos|todas|tutti|tutte|wszystki\w*|всех|все|"
    r"всіх|усіх|todo)\b|所有|全部|全て|すべて|모든"
)
_ALL_REACH = 40  # characters from "all" to an "over" that makes it "all items over ..."
# A clause of cause: opening the sentence ("Because ...", "Since customs ...") or after a comma
# ("..., car ..."), or a word that is always one ("weil", "parce que", "poniewaz"). Not "da",
# "como" or "bo", which open as many sentences of time or manner ("Da lunedì", "Como medida")
_CAUSE_WORDS = (
    r"because|since(?! \d)|as(?! of\b)|due to|weil|car|parce que|en raison|porque|pois|poiche|"
    r"dato che|perche|omdat|doordat|poniewaz|так как|поскольку|потому что|оскільки"
)
_CAUSE_OPENS = lazy_compile(rf"\W*(?:(?:{_CAUSE_WORDS})\b|由于|由於|因为|因為)")
_CAUSE_INSIDE = lazy_compile(
    rf"[,;:(]\s*(?:{_CAUSE_WORDS})\b|\b(?:because|weil|car|parce que|en raison|due to|poiche|"
    r"poniewaz|omdat|doordat|так как|поскольку|потому что|оскільки)\b|由于|由於|因为|因為|ため"
)


def _stop_above_figure(doc: Doc, votes: list[Vote]) -> bool:
    """The strongest stops say they reach only items above a value or weight ("B2C shipments
    with a declared value over 800 USD are suspended"): the rest is accepted, under a new limit.
    """
    stops = [v for v in votes if v.kind == "suspension" and v.firm and not v.continued]
    if not stops:
        return False
    # the strongest stops, weighed without the title's factor: the title's stop ("Suspension of
    # heavy parcels") and the body's that gives the figure are one stop
    strongest = max((v.weight for v in stops if not doc.in_title(v.start)), default=0.0)
    sentences = {
        doc.sentence_of(v.start)
        for v in stops
        if doc.in_title(v.start) or v.weight >= _STRONG_SHARE * strongest
    }
    for a, b in sentences:
        above = _ABOVE.search(doc.norm, a, b)
        if (
            above
            and _FIGURE_LIMIT.search(doc.norm, above.start(), min(b, above.end() + _ABOVE_REACH))
            and not _all_items(doc.norm, a, b)
            and not _in_cause(doc.norm, a, above.start())
        ):
            return True
    return False


_STRONG_SHARE = 0.6


def _in_cause(norm: str, a: int, end: int) -> bool:
    """Whether a clause of cause opens between the sentence start ``a`` and ``end``."""
    return bool(_CAUSE_OPENS.match(norm, a) or _CAUSE_INSIDE.search(norm, a, end))


def _all_items(norm: str, a: int, b: int) -> bool:
    """A word of all items in the sentence that no "over" follows closely ("all items", not "all
    parcels over 10 kg")."""
    for m in _ALL_ITEMS.finditer(norm, a, b):
        if not _ABOVE.search(norm, m.end(), min(b, m.end() + _ALL_REACH)):
            return True
    return False


_FIGURE_LIMIT = lazy_compile(
    r"(?<!\d)\d+(?:[.,]\d+)?\s?(?:kg|g|kilos?|kilograms?|lbs?|pounds|cm|mm|кг)(?!\w)|"
    r"(?:€|\$|£)\s?\d|(?<!\d)\d+(?:[.,]\d+)?\s?(?:eur|euros?|usd|dollars?|gbp|chf|jpy|yen)\b"
)


# A stop of one way of sending (airmail, EMS, economy) while another way to the same places stays
# open (surface, sea, express only): senders can still send, with limits. A restriction.
_STOPPED_MODE = GuardedPattern(
    word_start(
        r"\b(?:air ?mail|air|ems|economy|økonomi|standard|priority|luftpost|par avion|"
        r"aerien\w*|aereo|aerea|via aerea|by sea|sea mail|sea parcels?|sea freight|"
        r"surface mail|surface parcels?|surface items|by surface|voie de surface|landweg|"
        r"por superficie|via superficie|"
        r"sjøveis|seeweg|sjovagen|sjøvejen)\b|"
        r"航空|空郵|空邮|エコノミー|船便"
    ),
    (
        "air",
        "ems",
        "economy",
        "standard",
        "priority",
        "luftpost",
        "par avion",
        "aerien",
        "aereo",
        "aerea",
        "sea",
        "surface",
        "landweg",
        "superficie",
        "sjøve",
        "seeweg",
        "sjovagen",
        "økonomi",
        "航空",
        "空郵",
        "空邮",
        "エコノミー",
        "船便",
    ),
)
_STILL_OPEN = word_start(
    r"\b(?:still|continue\w*|remains? (?:open|available)|choose|consider using|may use|"
    r"can use|restent possibles?|reste possible|weiterhin|toujours|sigue\w*|continua\w*|"
    r"ancora|fortsatt|fortfarande|fortsat)\b|"
    r"継続|引き続き|可選擇|可选择"
)
# literal first: the regex engine then skips to "only" instead of trying every position
_ONLY_OTHER_MODE = lazy_compile(
    r"only accept\w*\b[^.\n]{0,60}?\b(?:express|courier|standard)\b|"
    r"only be sent with\b[^.\n]{0,60}?\b(?:express|courier|standard)\b"
)


def _other_mode_open(doc: Doc, votes: list[Vote], open_modes: list[Match]) -> bool:
    """A stop that names a way of sending, beside another way said to stay open."""
    only_other = None if open_modes else _ONLY_OTHER_MODE.search(doc.norm) is not None
    if only_other is False:
        return False
    stops = [v for v in votes if v.kind == "suspension" and v.firm and not v.continued]
    if not any(_STOPPED_MODE.search(doc.norm, *doc.sentence_of(v.start)) for v in stops):
        return False
    if only_other or _ONLY_OTHER_MODE.search(doc.norm):
        return True  # "we'll only accept items sent with Express"
    stop_starts = [v.start for v in stops]
    # the words that call something unaffected, read with the destination cues
    unaffected = [u.start for u in lexicon.matches(doc, "destinations") if u.value[0] == "clause"]
    for m in open_modes:
        a, b = doc.sentence_of(m.start)
        if _ALREADY_SENT.search(doc.norm, a, b):
            continue  # "air mail items already in transit will continue": no way left open
        ca, cb = _clause_around(doc, m.start, a, b)
        if any(ca <= p < cb for p in stop_starts):
            continue  # "surface mail is also suspended"
        if any(m.end <= u < min(cb, m.end + 40) for u in unaffected):
            return True  # "Airmail is not affected" (the way of sending is what is unaffected)
        if _NOT_OPEN.search(doc.norm, ca, cb):
            continue  # "sea mail is not available either"
        if _STILL_OPEN.search(doc.norm, ca, cb):
            return True  # "...暫停收寄，客戶可選擇以水陸路方式寄遞"
        if not any(a <= p < b for p in stop_starts) and _STILL_OPEN.search(doc.norm, a, b):
            return True
        la, lb = doc.line_of(m.start)
        if la > 0:  # "引受けを継続する郵便物" above "船便": a list header
            pa, pb = doc.line_of(la - 1)
            header = doc.norm[pa:pb]
            if _STILL_OPEN.search(header) and not _NOT_OPEN.search(header):
                return True
    return False


# Items already sent, paid or in transit: what happens to them leaves no way of sending open
_ALREADY_SENT = word_start(
    r"\b(?:already|in transit|bereits|schon|déjà|deja|ya|già|gia|reeds)\b|既に|已经|已經"
)


_NOT_OPEN = word_start(r"\b(?:not|no|nicht|kein\w*|pas|ni|non|nao|не)\b|ません|停止|暂停|暫停")


# Limits in sentences about refunds, returns or items already sent limit no acceptance
_NOT_ACCEPTANCE = lazy_compile(
    r"refund|compensat|reimburs|indemn|claim|returned|in transit|already (?:posted|sent|in)|"
    r"erstatt|rückerstatt|rembours|reembols|rimbors|terugbetal"
)
_GENERIC_LIMIT = lazy_compile(
    r"restri|einschr|beschr|ограничен|обмежен|ograniczen|ograniczon|rerout|routed|umgeleitet|derout|desvi|"
    # new conditions name no limit either ("aplicará nuevas condiciones: no se admiten ...")
    r"nuevas condiciones|new conditions|neue bedingungen|nouvelles conditions|novas condicoes|"
    r"nuove condizioni|الشروط"
)


_REROUTED = lazy_compile(r"rerout|routed|umgeleitet|derout|desvi")  # a route, not a limit


def _partial_lift(
    doc: Doc,
    votes: list[Vote],
    weak: frozenset[str],
    kept: set[int],
    place_at: dict[int, str] | None = None,
) -> bool:
    """A lifting in the body next to a real limit ("may be sent again when installed in
    equipment, in limited quantities"); not next to the limits said to stay (``kept``, where
    they start). A title that says "accepted again" or "restored" is a resumption whatever
    limits the body mentions."""
    if any(v.kind == "resumption" and v.firm and doc.in_title(v.start) for v in votes):
        return False
    if sum(v.weight for v in votes if v.kind == "resumption") <= 0:
        return False
    places = place_at or {}
    lifted = [_paragraph(doc, v.start) for v in votes if v.kind == "resumption"]
    lifted_codes = {code for p, code in places.items() if any(a <= p < b for a, b in lifted)}
    limit = sum(
        v.weight
        for v in votes
        if v.kind == "restriction"
        and doc.norm[v.start : v.end] not in weak
        and not _REROUTED.search(doc.norm, v.start, v.end)
        and v.start not in kept
        # in a lifting's paragraph, or in one that names its place (not another answer of an
        # FAQ, "Can I send medicines? Only if the destination allows it" under "Can I send to
        # Israel? Yes, again")
        and (
            any(a <= v.start < b for a, b in lifted)
            or _names_lifted_place(doc, v.start, lifted_codes, places)
        )
    )
    return limit >= RELEVANT_SCORE


def _paragraph(doc: Doc, pos: int) -> tuple[int, int]:
    """The paragraph around ``pos``: between blank lines."""
    return paragraph_start(doc, pos), paragraph_end(doc, pos)


def _names_lifted_place(
    doc: Doc, pos: int, lifted_codes: set[str], place_at: dict[int, str]
) -> bool:
    """Whether the paragraph of the limit at ``pos`` names a place that a lifting's paragraph
    names (``lifted_codes``: "Israel: we accept parcels again" over "Israel: only parcels up to
    2 kg"; by code: not "United States" over "United Kingdom"), or neither names any: a notice
    of one matter told in paragraphs ("Lithium batteries may again be mailed" over "Limits: ...
    2 per package")."""
    a, b = _paragraph(doc, pos)
    here = {code for p, code in place_at.items() if a <= p < b}
    return bool(here & lifted_codes) or not (here or lifted_codes)


# The limits said to stay as they are, from the limit's clause to its sentence's end: "the
# maximum weight remains 30 kg", "These limits are unchanged" beside a resumption limit nothing
# new; not "only up to 2 kg. The situation remains tense" nor "A new maximum ... remains"
_LIMITS_KEPT = lazy_compile(r"\b(?:remains?|continues? to|unchanged|as before|no change)\b")
_LIMIT_NEWS = lazy_compile(r"\b(?:new|now|only)\b")
# ... and between the limit and the word that keeps it: "introduced" (not "introduced in 2024"),
# "from" (not "from before")
_LIMIT_NEWS_BETWEEN = lazy_compile(
    r"\b(?:introduc\w*(?!\s+in\s+(?:19|20)\d\d)|from(?!\s+(?:before|previously|earlier)))\b"
)
KEPT_LIMIT_FACTOR = 0.3  # a limit said to stay, beside a resumption
RESUMED_LIMIT_FACTOR = 0.3  # a limit in a resumption's sentence: what resumes


def limit_kept(doc: Doc, pos: int) -> bool:
    """Whether the limit at ``pos`` is said to stay as it is (see ``_LIMITS_KEPT``)."""
    a, b = doc.sentence_of(pos)
    kept = _LIMITS_KEPT.search(doc.norm, _clause_start(doc, pos), b)
    return (
        kept is not None
        and _LIMIT_NEWS.search(doc.norm, a, b) is None
        and _LIMIT_NEWS_BETWEEN.search(doc.norm, pos, kept.start()) is None
    )


# What is refused because it goes over a limit: the stop enforces a restriction ("shipments
# exceeding these limits will not be accepted"), it does not stop the service.
_OVER_WORDS = by_first_letter(
    r"(?:exceed\w*|in excess of|over|above|heavier than|larger than|more than|below|under|"
    r"less than|di bawah|unter|moins de|menos de|inferior\w* a|"
    r"uberschreit\w*|ubersteig\w*|depass\w*|exced\w*|supera\w*|superior\w* a|eccedent\w*|"
    r"overschrijd\w*|превыша\w*|перевищ\w*)"
)
_OVER_LIMIT_RX = lazy_compile(
    rf"\b{_OVER_WORDS}"
    r"\s+(?:(?:the|these|this|that|its|their|a|an|die|"
    r"diese|les|ces|los|estos|le|la|el|i|gli)\s+)?(?:(?:[a-z]{0,3}\$|€|£|(?:usd|eur|gbp|chf) ?)?\d|"
    r"(?:\w+\s+)?(?:limits?|weights?|values?|"
    r"maximum|thresholds?|dimensions?|size|grenze\w*|gewicht\w*|limite\w*|poids|peso|valeur|"
    r"valor|valore|lim\w*))"
)
_OVER_LIMIT = GuardedPattern(
    word_start(_OVER_LIMIT_RX),
    (
        "exceed", "in excess of", "over", "above", "heavier than", "larger than", "more than",
        "below", "under", "less than", "di bawah", "unter", "moins de", "menos de", "inferior",
        "uberschreit", "ubersteig", "depass", "exced", "supera", "superior", "eccedent",
        "превыша", "перевищ",
    ),
)  # fmt: skip
# The Chinese and Japanese forms, apart: every match holds "超", which most texts lack
_OVER_LIMIT_CJK = lazy_compile(r"(?:超过|超過)\s*\d|\d[^。]{0,6}を超える")
# ... and the Hebrew and Arabic ones ("במשקל העולה על 5 ק"ג", "يزيد وزنها عن 5 كجم")
_OVER_LIMIT_RTL = lazy_compile(
    r"(?:העולה על|העולות על|מעל|יותר מ-?)\s*\d|"
    r"(?:تزيد (?:\S+ )?(?:على|عن)|يزيد (?:\S+ )?(?:على|عن)|تتجاوز|يتجاوز|اكثر من)\s*\d"
)


# What a sender writes rather than sends: "generic descriptions will no longer be accepted"
# asks for better data, it stops no mail.
_DATA_WORDS = by_first_letter(
    r"(?:descriptions?|declarations?|invoices?|forms?|labels?|hs codes?|data|format|"
    r"handwritten|cn ?2[23]|manifests?|tins?|identification numbers?|airway bills?|waybills?|"
    r"warenbeschreibung\w*|inhaltsangabe\w*|zollinhaltserklarung\w*|"
    r"formular\w*|etikett\w*|descriptions?|formulaires?|etiquettes?|descripcion\w*|"
    r"declaracion\w*|formularios?|etiquetas?|descrizion\w*|dichiarazion\w*|omschrijving\w*|"
    r"aangifte\w*|descrica\w*|declaraca\w*|описани\w*|деклараци\w*|бланк\w*|verisi|"
    r"beyan\w*|nyomtatvany\w*|general terms|generic terms|vague terms|po box(?:es)?|p o box(?:es)?|"
    r"termes generiques|termes generaux|termes vagues|terminos genericos|terminos generales|"
    r"termini generici|termini generali|termos genericos|termos gerais|generieke termen|"
    r"algemene termen|allgemeine begriffe|"
    r"customs information|customs details|customs paperwork|customs documentation|"
    r"indicazioni generiche|indicaciones genericas|allgemeine angaben|ungenaue angaben|"
    r"unzureichende angaben|unvollstandige angaben|zolldaten|zollanmeldung\w*|"
    # Polish, Czech, Slovak, South Slavic, Romanian, Hungarian, Scandinavian declarations, and
    # "general mentions" (Romanian)
    r"deklarac\w*|declarati\w*|vamaru nyilatkozat\w*|tulldeklaration\w*|"
    r"tolddeklaration\w*|tolldeklarasjon\w*|mentiuni generale|descrier\w*|"
    # French "les mentions « cadeau », « divers » ne sont plus acceptées", "libellés"
    r"les mentions|des mentions|ces mentions|aucune mention|libelles?|"
    # a customs entry of a type ("Type 86 entries will no longer be accepted")
    r"type \d+ entr(?:y|ies)|section 321 entr(?:y|ies))"
)


def _data_object(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The paperwork named in ``text[lo:hi]`` (not the idiom "en términos generales", "in
    termini generali": generally speaking)."""
    found = _DATA_OBJECT.search(text, lo, hi)
    if (
        found is not None
        and found.group().startswith("term")
        and _IDIOM_BEFORE.search(text, max(0, found.start() - 4), found.start())
    ):
        return _DATA_OBJECT.search(text, found.end(), hi)
    return found


_IDIOM_BEFORE = lazy_compile(r"\b(?:en|in|em) $")
_DATA_OBJECT = GuardedPattern(
    word_start(rf"\b{_DATA_WORDS}\b"),
    (
        "descri",
        "decla",
        "invoice",
        "form",
        "label",
        "hs code",
        "data",
        "handwritten",
        "cn",
        "warenbeschreibung",
        "inhaltsangabe",
        "zollinhaltserklarung",
        "etikett",
        "etiquet",
        "dichiarazion",
        "omschrijving",
        "aangifte",
        "описани",
        "деклараци",
        "бланк",
        "terms",
        "termes",
        "terminos",
        "termini",
        "termen",
        "termos",
        "begriffe",
        "box",
        "customs ",
        "verisi",
        "beyan",
        "mention",
        "libelle",
        "indicazioni generiche",
        "indicaciones genericas",
        "angaben",
        "zolldaten",
        "deklarac",
        "declarati",
        "nyilatkozat",
        "tulldeklaration",
        "tolddeklaration",
        "tolldeklarasjon",
        "mentiuni",
        "zollanmeld",
        "entries",
        "entry",
        "manifest",
        " tin",  # (a word: not "continue", "destination")
        "identification number",
        "waybill",
        "airway bill",
    ),
)
_NEAR_ONLY = lazy_compile(r"general|generic|vague|po box|p o box")
_EXAMPLES_UP_TO = lazy_compile(
    r"\s*,?\s+(?:such as|like|e\.\s?g\.?|eg|for example|for instance|wie|comme|tels que|"
    r"telles que|como|come|quali|zoals|np\.?)\s[^;:!?\n]{0,120}?\s"
)
# quoted examples right after the subject: 'les mentions " cadeau ", " divers " ne sont plus'
_QUOTED_UP_TO = lazy_compile(r'\s*"[^;:!?\n]{0,120}?"\s+')
_DATA_AFTER_VERB = lazy_compile(
    rf"\s+(?:(?:the|paper|printed)\s+)?{_DATA_WORDS}\b(?!\s+(?:of|de|von|di)\b)"
)  # not "all forms of e-cigarettes"
# The paperwork "without" names in other languages than English (norm: accents folded)
_PAPERWORK = (
    r"(?:declarations?|zollinhaltserklarung|zollerklarung|zolldaten|zollanmeldung|dichiarazion\w*|"
    r"declaracion\w*|declaracao|douaneaangifte|aangifte|donnees|data|daten|dati|datos|dados|"
    r"gegevens|douanegegevens|invoices?|facture|rechnung|fattura|factura|fatura|factuur|"
    r"cn ?2[23]|"
    # Slavic "data", "declaration": "bez elektronických colných údajov", "bez danych celnych"
    r"udaj\w*|danych|podatki|podatkov|podatke|podataka|podaci|deklarac\w*|celni prohlaseni|"
    # the numbers a parcel cannot go without: "without the recipient's phone number",
    # "ilman vastaanottajan puhelinnumeroa" (not a permit: "weapons cannot be imported without
    # authorisation" is a ban with its exception)
    r"(?:tele)?phone numbers?|mobile numbers?|contact (?:details|numbers?)|e ?mail address\w*|"
    r"tax (?:id|identification number|number)s?|cpf|cnpj|eori(?: numbers?)?|"
    r"ioss(?: numbers?)?|voec(?: numbers?)?|"
    r"telefonnummer\w*|telefoonnummer\w*|puhelinnumero\w*|numero de telephone|"
    r"numero di telefono|numero de telefono|numero de telefone|numer\w* telefonu|"
    r"telefonni\w* cisl\w*|steuernummer\w*|steuer ?id\w*|steueridentifikationsnummer\w*|"
    r"codice fiscale|numero fiscal|nif|belastingnummer\w*|"
    # "sin el número de identificación fiscal", "sans le numéro d'identification fiscale", "sem
    # o NIF", and the tax numbers of Latin America (RUT, CUIT, RFC, RUC, NIT)
    r"numero de identificacion(?: fiscal| tributaria)?|identificacion fiscal|"
    r"numero d'identification(?: fiscale)?|numero de identificacao(?: fiscal)?|"
    r"numero de documento|documento de identidad|rut|cuit|cuil|rfc|ruc|nit)\b"
)
# "without" in the languages read, and a paper or number a few words after it
_WITHOUT_WORD = (
    r"\b(?:without|sans|ohne|senza|sin|sem|zonder|bez(?! wzgledu)|brez|ilman|uten|utan|uden)"
)
_WITHOUT_PAPER_WORDS = rf"{_WITHOUT_WORD} (?:[\w']+ ){{0,3}}?{_PAPERWORK}"
# "... letters containing goods with a handwritten declaration": refused for their paperwork
_DATA_AFTER = lazy_compile(
    r"\bwith(?:out)? (?:an? |the |any )?(?:(?:handwritten|paper|incomplete|complete|electronic|"
    r"valid|advance) )?(?:customs |commercial )?(?:declarations?|data|descriptions?|invoices?|"
    r"labels?|forms?|cn ?2[23])\b"
    # "ne sont pas acceptés sans déclaration en douane", "ohne elektronische Zolldaten"
    r"|\b(?:sans|ohne|senza|sin|sem|zonder) (?:(?:une?|la|le|les|eine?n?|die|der|den|un|una|uma|um|"
    r"el|los|las|os|as|de|een) )?(?:(?:elektronische\w*|electroni\w*|eletroni\w*) )?"
    rf"{_PAPERWORK}"
    # a few words between: "without the recipient's phone number", "ilman vastaanottajan
    # puhelinnumeroa"
    rf"|{_WITHOUT_PAPER_WORDS}"
)
# the same paperwork before the refusal: "Sendungen ohne elektronische Daten werden nicht
# angenommen"
_WITHOUT_BEFORE = lazy_compile(
    rf"{_WITHOUT_WORD}\s+(?:[\w']+\s+){{0,3}}?{_PAPERWORK}[^.;:!?\n]{{0,80}}$"
)
# the word each way of saying "without" starts with, before _DATA_AFTER is tried
_WITHOUT_WORDS = lazy_compile(
    "with|sans|ohne|senza|sin |sem |zonder|bez |brez |ilman|uten |utan |uden "
)
_ACCEPTED_AFTER = lazy_compile(
    r"\s*(?:accept\w*|admis\w*|akzeptiert|angenommen|aceptad\w*|accettat\w*|aceit\w*|"
    r"geaccepteerd|aanvaard)"
)


# the stems of refusals of acceptance ("not accepted", "nicht angenommen", "non admis")
# ... and of refusing ("sera refusé", "serán rechazadas", "werden abgelehnt"): what is refused
# is refused where it is handed in, never a stop of pickup or delivery
_REFUSE_STEMS = ("refus", "rechaz", "abgelehnt", "zuruckgewiesen", "rifiut", "recusad",
                 "geweigerd")  # fmt: skip
_ACCEPT_STEMS = ("accept", "angenommen", "akzept", "accett", "acept", "aceit", "admis", "admit",
                 "aangenomen", "приним", "прийма", "przyjmow", "prijim", "fogad",
                 *_REFUSE_STEMS)  # fmt: skip


def _data_refused(doc: Doc, start: int, end: int, key: str) -> bool:
    if "kabul" not in key and not any(stem in key for stem in _ACCEPT_STEMS):
        b = doc.sentence_of(start)[1]
        if key.startswith(("cannot ", "can't ")):
            # "you cannot send a parcel to Germany without an electronic declaration" (not
            # "with or without")
            if _WITHOUT_BEFORE.search(doc.norm, max(_clause_start(doc, start), start - 150), start):
                return True  # "Parcels without a phone number cannot be sent"
            return _without_data(doc, end, b) and _EITHER_WAY.search(doc.norm, end, b) is None
        if _without_data_in_clause(doc, start, end, b):
            # "dürfen nicht ohne Zollinhaltserklärung versendet werden", "cannot be sent
            # without the recipient's phone number": the paper is what is needed
            return True
        clause = _clause_start(doc, start)
        if _WITHOUT_BEFORE.search(
            doc.norm, max(clause, start - 150), start
        ) is not None or _lacking_subject(doc, clause, start):
            # "Parcels without a phone number cannot be sent", "Paket som saknar telefonnummer
            # kan inte skickas": refused for the data they lack
            return True
        if not _ACCEPTED_AFTER.match(doc.norm, end):
            return False  # "Posten suspends the acceptance of goods" stops mail
        # "La déclaration papier seule ne sera plus acceptée": the form is the subject of its
        # own clause (not "new declaration rules ..., parcels with goods will no longer be")
        if _data_object(doc.norm, _clause_start(doc, start), start) is not None:
            return True
        # "les mentions « cadeau », « pièces » ou « divers » ne sont plus acceptées": examples
        # of the subject, whose commas end no clause
        found, lo = None, max(doc.sentence_of(start)[0], start - 150)
        while (nearer := _data_object(doc.norm, lo, start)) is not None:
            found, lo = nearer, nearer.end()  # the subject nearest the verb
        return found is not None and (
            _EXAMPLES_UP_TO.fullmatch(doc.norm, found.end(), start) is not None
            or _QUOTED_UP_TO.fullmatch(doc.norm, found.end(), start) is not None
        )
    a, b = doc.sentence_of(start)
    found = _data_object(doc.norm, max(a, start - 150), start)
    if (
        found is not None
        and _NEAR_ONLY.match(found.group())
        # "generic terms such as 'gift', 'parts' or 'samples' will not be accepted": examples
        # of the subject, whose commas end no clause
        and not _EXAMPLES_UP_TO.fullmatch(doc.norm, found.end(), start)
    ):
        # "general terms are not accepted", "a PO Box on its own is not accepted": the subject
        # of the refusal, not "parcels, whether addressed to a PO Box, will not be accepted"
        found = _data_object(doc.norm, _clause_start(doc, start), start)
    return (
        found is not None
        # "will no longer accept handwritten customs declarations": its object
        or _DATA_AFTER_VERB.match(doc.norm, end, b) is not None
        or _without_data(doc, end, b)
        # "Sendungen ohne elektronische Daten werden nicht angenommen"
        or _WITHOUT_BEFORE.search(doc.norm, max(a, start - 150), start) is not None
        # "Parcels with missing information will not be accepted", "Eksik beyanlı gönderiler
        # kabul edilmeyecektir": refused for what their paperwork lacks
        or _lacking_subject(doc, a, start)
        # "Items that do not meet these requirements will not be accepted": the refusal
        # enforces the paperwork the notice asks for
        or _NOT_MEETING_RULES.search(doc.norm, max(a, start - 150), start) is not None
        # "n'acceptera plus d'envois ... accompagnés d'une déclaration douanière remplie à la
        # main": refused for the form their paperwork takes
        or (_HANDWRITTEN.search(doc.norm, a, b) is not None and _PAPER.search(doc.norm, a, b))
    )


# Paperwork filled in by hand, which electronic data replaces (normalised text)
_HANDWRITTEN = lazy_compile(
    r"\b(?:handwritten|hand-written|filled in by hand|completed by hand|remplie?s? a la main|"
    r"manuscrite?s?|handschriftlich\w*|von hand ausgefullt\w*|a mano|escrita a mano|"
    r"manuscrit[ao]s?|a mao|handgeschreven|recznie wypelnion\w*)\b"
)
_PAPER = lazy_compile(rf"\b{_PAPERWORK}")


_NOT_MEETING_RULES = lazy_compile(
    r"\b(?:that|which) (?:do|does) not (?:meet|comply with|fulfil|fulfill|satisfy) (?:these|the|"
    r"this|those|such) (?:new )?(?:requirements?|rules)\b|"
    r"\bcare nu (?:respecta|indeplinesc) (?:aceste|noile|cerintele) ?(?:cerinte|reguli)?\b|"
    r"\bdie (?:diese|die) (?:anforderungen|vorgaben|vorschriften) nicht erfullen\b|"
    r"\bqui ne respectent pas (?:ces|les) (?:exigences|regles|obligations)\b|"
    r"\bque no cumplan (?:con )?(?:estos|los) requisitos\b|"
    r"\bche non (?:rispettano|soddisfano) (?:questi|i) requisiti\b|"
    r"\bque nao cumpram (?:estes|os) requisitos\b|"
    r"\bdie niet voldoen aan (?:deze|de) (?:eisen|vereisten|regels)\b|"
    r"\bniespelniajace (?:tych |nowych )?wymagan\b"
)


def _lacking_subject(doc: Doc, a: int, start: int) -> bool:
    """ "Parcels with missing information will not be accepted": what lacks paperwork is the
    subject of the refusal, in its own clause (not "parcels with missing information and all
    other parcels to Israel", "because of items with incomplete data and the strike")."""
    found = _LACKING_BEFORE.search(doc.norm, max(a, start - 150), start)
    if found is None:
        return False
    head = doc.norm[max(a, found.start() - _CAUSE_REACH) : found.start()]
    tail = doc.norm[found.end("what") : start]
    return _CAUSE_BEFORE.search(head) is None and _JOINED_AFTER.search(tail) is None


_CAUSE_REACH = 40
# a cause or an addition before the lacking items: they are not the subject
_CAUSE_BEFORE = lazy_compile(
    r"\b(?:due to|because of|owing to|besides|apart from|in addition to|debido a\w*|a causa de\w*|"
    r"wegen|aufgrund|neben|outre|en raison de\w*|a cause de\w*|devido a\w*|por causa de\w*|"
    r"a causa d\w*|oltre a\w*|vanwege|naast|nedeniyle|dolayı|yüzünden|z powodu|ze wzgledu na)\b"
)
# words that join another subject or clause between the lacking items and the refusal
_JOINED_AFTER = lazy_compile(
    r"[,;(]|\b(?:and|or|but|as well as|along with|together with|und|oder|aber|sowie|et|ou|mais|y|o|"
    r"pero|e|ma|en|maar|ve|veya|ama|ancak|oraz|lub|ale|si|sau|dar|not|nicht|no|nao)\b"
)


# Paperwork said to be missing or wrong, in the subject of a refusal
_LACKING_BEFORE = lazy_compile(
    r"\b(?P<what>(?:with|having) (?:missing|incomplete|incorrect|insufficient|inaccurate|invalid|"
    r"wrong|unclear) (?:or (?:missing|incomplete|incorrect|inaccurate|invalid) )?"
    r"(?:customs )?(?:information|data|details|declarations?|descriptions?)|"
    r"mit (?:unvollstandigen|fehlenden|falschen|ungenauen) (?:angaben|daten|zolldaten)|"
    r"(?:avec des|aux) (?:informations|donnees|declarations) (?:incompletes|manquantes|erronees)|"
    r"con (?:datos|informacion|dati|informazioni) (?:incomplet[oiae]s?|errone[oiae]s?)|"
    r"com (?:dados|informacoes) (?:incompletos|incompletas|errados|erradas)|"
    r"met (?:onvolledige|ontbrekende|onjuiste) (?:gegevens|informatie)|"
    # "Eksik veya hatalı veri içeren gönderiler" (items with missing or wrong data)
    r"(?:eksik|hatal\w*)(?: (?:veya|ya da) (?:eksik|hatal\w*))? (?:bilgi|beyan|veri)\w*|"
    r"(?:bilgi|beyan|veri)\w* eksik\b|"
    # Polish, Czech, Slovak, Romanian, Croatian, Hungarian, Swedish, Danish, Finnish
    r"z niekompletn\w* (?:deklaracj\w*|dan\w*)|s neuplnou (?:deklaraci|celni)\w*|"
    r"s neuplnym\w* (?:udaj\w*|deklarac\w*)|cu declarati\w* (?:vamal\w* )?incomplet\w*|"
    r"s nepotpun\w* (?:deklaracij\w*|podac\w*)|hianyos (?:vamaru nyilatkozat\w*|adat\w*)|"
    r"med ofullstandig\w* (?:tulldeklaration\w*|uppgift\w*)|"
    r"med ufuldstændig\w* (?:tolddeklaration\w*|oplysning\w*)|puutteellis\w* tied\w*|"
    # the data itself missing: "paket som saknar telefonnummer" (parcels that lack)
    r"(?:som|der) (?:saknar|mangler) (?:mottagarens |mottakerens |modtagerens )?"
    r"(?:telefonnummer|e-?post\w*|tulldeklaration\w*|tolldeklarasjon\w*|tolddeklaration\w*))\b"
    r"[^.;:!?\n]{0,80}$"
)


# A plain refusal ("ne sont pas acceptés", "werden nicht angenommen") stops sending only when
# mail or goods are what is refused: its subject (its object for "n'acceptons pas") names them,
# and no other thing one hands in: a claim, a voucher, a payment, an animal at the counter.
_OTHER_OBJECTS = word_start(
    r"\b(?:reclam\w*|beschwerde\w*|reklamation\w*|"
    r"nachforschung\w*|antrag|antrage|klacht\w*|claims?|complaints?|buoni|buono|coupons?|"
    r"cupoes|cupones|gutschein\w*|cadeaubon\w*|bons? d'achat|vales?|cheques?|schecks?|"
    r"tarjetas? (?:de credito|bancarias?)|cartes? bancaires?|carta di credito|carte di credito|"
    r"kreditkart\w*|creditcards?|credit cards?|cart(?:ao|oes) (?:de credito|bancari\w*)|"
    r"bancomat|paypal|pinpas\w*|"
    r"zahlung\w*|paiements?|pagos?|pagament\w*|betaling\w*|betaalmiddel\w*|"
    r"adressanderung\w*|changements? d'adresse|selos|sellos|timbres|briefmarken|francobolli|"
    r"postzegels|stamps|ausweis\w*|pieces? d'identite|documentos? de identidad|"
    r"documenti d'identita|vollmacht\w*|procurations?|deleghe|delega|giros?|bonific\w*|"
    r"geldovermaking\w*|money orders?|money transfers?)\b"
)
# where a thing is refused at the counter ("les animaux ne sont pas admis dans les bureaux de
# poste"): no stop of mail, unless mail is what is refused there
_PREMISES_AFTER = lazy_compile(
    r"\s+(?:\w+\s+){0,3}?(?:dans|in|en|nelle|nei|negli|nas|nos|op|au|aux|am|an|bei)\s+"
    r"(?:(?:les|nos|den|unseren|nuestras|nuestros|las|los|le|i|gli|nostre|nostri|as|os|onze|de)\s+)?"
    r"(?:bureaux|bureau de poste|filialen|filiale|oficinas|oficina|uffici|sedi|agencias|agencies|"
    r"kantoren|postkantoren|guichets|schaltern|schalter|winkels|lojas|balcoes)\b"
)
# a refusal for some hours or days of the week: the opening times of a counter
_OPENING_TIMES = lazy_compile(
    # a weekday that is no start date ("ab Samstag, 1. März" starts a stop)
    r"(?<!\bab )(?<!\bpartir du )(?<!\bpartir de )(?<!\bdesde el )(?<!\bdal )(?<!\bvanaf )"
    r"(?<!\bfrom )\b(?:dimanches?|samedis?|ce jour la|sonntags?|samstags?|domenica|sabato|"
    r"domingos?|sabados?|zondag|zaterdag|sundays?|saturdays?)\b"
    # hours: "dalle 13 alle 14", "von 12 bis 14 Uhr", "de 12h à 14h"
    r"|\bdalle \d{1,2}(?:[.:]\d\d)? alle \d|\b(?:de|von|zwischen|entre las|tra le|van) "
    r"\d{1,2}(?:[.:h]\d\d)? ?(?:h|uhr)? ?(?:bis|a|et|und|y|tot|e) \d{1,2}(?:[.:h]\d\d)? ?"
    r"(?:h|uhr|heures|horas|ore|uur)\b"
)
# refusals whose object (or Spanish subject) follows: "n'acceptons pas les colis", "no se
# aceptarán envíos"
_ACTIVE_REFUSAL = ("n'accept", "non accettiamo", "no aceptamos", "nao aceitamos", "no se acept",
                   "aanvaard", "accepte")  # fmt: skip
# passive refusals whose subject may follow: "non sono accettati i pacchi", "no son aceptados
# envíos", "não são aceites encomendas" (normalised: accents folded)
_SUBJECT_AFTER = ("non ", "no ", "nao ", "ya no ", "ja nao ")
_MAIL_HEADS = frozenset(("_mail", "_parcels", "_goods", "_all", "documents"))


def _head_follows(norm: str, end: int, starts: list[int]) -> bool:
    """Whether a head word (see ``refusal_heads``) follows ``end`` at once, or after one word
    ("les colis", "i pacchi")."""
    i = bisect_left(starts, end)
    return i < len(starts) and starts[i] <= end + 40 and len(norm[end : starts[i]].split()) <= 1


def refusal_heads(doc: Doc) -> tuple[list[int], list[Match]]:
    """The words that can head what a plain refusal refuses (mail, goods, a category), with
    their starts: made once per notice, searched by position for each refusal."""
    lexicon.matches(doc, "categories")  # (fills doc.scans, where ``once`` keeps its result)
    return doc.once("_refusal_heads", _refusal_heads)


def _refusal_heads(doc: Doc) -> tuple[list[int], list[Match]]:
    heads = [m for m in lexicon.matches(doc, "categories") if m.value not in _NOT_HEADS]
    return [m.start for m in heads], heads


def mail_refused(
    doc: Doc, start: int, end: int, key: str, heads: tuple[list[int], list[Match]]
) -> bool:
    """Whether a plain refusal refuses mail or goods (see _OTHER_OBJECTS); ``heads`` from
    ``refusal_heads``."""
    norm = doc.norm
    # the sentence's words before it, 160 at most ("1. März" ends no clause of a refusal)
    sentence = doc.sentence_of(start)
    if key.startswith(_PRESENT_REFUSALS) and _ENFORCED.search(norm, *sentence) is not None:
        # "The goods are refused and will be destroyed": seized, not refused mail (a rule says
        # what "will be refused entry and destroyed")
        return False
    lo = max(sentence[0], start - 160)
    if _OTHER_OBJECTS.search(norm, lo, start) is not None:
        return False
    if _OPENING_TIMES.search(norm, *sentence) is not None:
        return False  # "les colis ne sont pas acceptés le dimanche"
    if (
        _data_object(norm, lo, start) is not None
        or _WITHOUT_BEFORE.search(norm, lo, start) is not None
    ):
        return True  # paperwork refused: a requirement (_data_refused)
    starts, words = heads
    if key.startswith(_ACTIVE_REFUSAL):  # the object follows: "n'acceptons pas les colis"
        if _RECIPIENT_SUBJECT.search(norm, lo, start) is not None:
            return False  # "si le destinataire n'accepte pas le colis"
        return _head_follows(norm, end, starts)
    before = words[bisect_left(starts, lo) : bisect_left(starts, start)]
    if not before:  # "non sono accettati i pacchi": Italian, Spanish, Portuguese say it after
        return (
            key.startswith(_SUBJECT_AFTER)
            and _head_follows(norm, end, starts)
            and _OTHER_OBJECTS.search(norm, end, min(sentence[1], end + 60)) is None
        )
    # at the counter, only mail itself: "les colis ne sont pas acceptés dans les bureaux"
    return _PREMISES_AFTER.match(norm, end) is None or any(m.value in _MAIL_HEADS for m in before)


_PRESENT_REFUSALS = ("is refus", "are refus", "est refus", "sont refus")
# Goods stopped by enforcement: seized, destroyed, counterfeit (read normalised)
_ENFORCED = lazy_compile(
    r"\b(?:destroy\w*|seiz\w*|confiscat\w*|counterfeit|detrui\w*|saisi\w*|contrefa\w*|"
    r"vernicht\w*|beschlagnahm\w*|gefalscht\w*|destrui\w*|incaut\w*|decomis\w*|falsificad\w*|"
    r"distrutt\w*|sequestr\w*|contraffatt\w*)\b"
)


_NOT_HEADS = frozenset(
    ("_none", "_exempt", "_personal", "_inclusive", "_concessive", "_service", "_documents_only",
     "commercial_goods", "gifts")
)  # fmt: skip


# Who refuses: the recipient ("not accepted by the addressee", "vom Empfänger nicht
# angenommen") sends a parcel back; that is the return of one item, no stop of the service.
RECIPIENT_HINTS = (
    "recipient", "addressee", "receiver", "consignee", "customer", "destinatai", "destinatari",
    "ontvanger", "geadresseerde", "empfanger", "adressat", "client", "kunde", "klant",
)  # fmt: skip
_RECIPIENT = (
    r"(?:recipients?|addressees?|receivers?|consignees?|customers?|clients?|destinataires?|"
    r"destinatari[oa]?s?|destinatarie|ontvangers?|geadresseerden?|klant(?:en)?|cliente?s?|"
    r"empfanger(?:n|in|innen)?\b|adressat(?:en)?\b|kunden?\b)"
    # a person, not "the recipient country's postal operator"
    r"(?!\s*(?:country|countries|'s|post\w*|operator\w*|administration\w*|land\w*|pays)\b)"
)
_BY_RECIPIENT_AFTER = lazy_compile(
    r"\s+(?:(?:worden|werden|wird|is|are|sont|son|sao|sono)\s+)?(?:by|par|por|dal|dalla|dai|"
    r"dagli|dalle|door|pelo|pela|pelos|pelas)\s+(?:(?:the|its|their|le|la|les|leur|leurs|son|sa|"
    rf"ses|el|los|las|il|i|gli|suo|sua|de|o|a|os|as|su|sus|seu)\s+)?{_RECIPIENT}"
)
# "vom Empfänger ... nicht angenommen", "die der Empfänger ... nicht angenommen hat", "die door
# de klant niet geaccepteerd worden" (not "Pakete von Kunden nach Russland", "für die Empfänger")
_BY_RECIPIENT_BEFORE = lazy_compile(
    r"\b(?:vom|von dem|von den|(?:die|das|welche) von|durch den|durch die|der|door de|door|dal|"
    r"dai)\s+"
    rf"{_RECIPIENT}[^.;:!?\n]{{0,80}}$"
)
# the one who does not accept in an active clause: "si le destinataire n'accepte pas le colis"
_RECIPIENT_SUBJECT = lazy_compile(
    rf"\b(?:le|la|el|il|o|a|the|son|su|suo|sua|seu|votre|vostro|tu)\s+{_RECIPIENT}"
    r"[^.;:!?\n]{0,60}$"
)


_RETURNS = ("rucksendung", "retour")
NO_WORD = r"\bkeine?[nrs]?\b"  # German "kein" in each of its endings
_NO_WORD = lazy_compile(NO_WORD)
# the recipient as the subject right before the verb ("Viele Empfänger in der Schweiz nehmen"),
# not "Liebe Kundinnen und Kunden, ab sofort nehmen wir"
_RECIPIENT_BEFORE_VERB = lazy_compile(rf"\b{_RECIPIENT}(?:\s+[\w'-]+){{0,3}}\s*$")
_WE_TAKE = ("nehmen wir", "nimmt die post")


def particle_refuses_mail(
    doc: Doc, start: int, end: int, heads: tuple[list[int], list[Match]]
) -> bool:
    """Whether "nehmen ... keine ... an" (``start:end``) refuses mail or goods: a head word
    (see ``refusal_heads``) within two words after "keine", no other object before it, and no
    recipient who refuses ("Viele Empfänger nehmen keine Sendungen an")."""
    norm = doc.norm
    no = _NO_WORD.search(norm, start, end)
    if no is None:
        return False
    sentence = doc.sentence_of(start)
    if not norm.startswith(_WE_TAKE, start) and (
        _RECIPIENT_BEFORE_VERB.search(norm, max(sentence[0], start - 80), start) is not None
    ):
        return False
    starts = heads[0]
    i = bisect_left(starts, no.end())
    return (
        i < len(starts)
        and starts[i] < end
        and len(norm[no.end() : starts[i]].split()) <= 2
        and _OTHER_OBJECTS.search(norm, no.end(), starts[i]) is None
        # "keine Rücksendungen aus der Schweiz" ("~sendungen" is found inside the word)
        and not norm.startswith(_RETURNS, norm.rfind(" ", 0, starts[i]) + 1)
    )


def refused_by_recipient(doc: Doc, start: int, end: int, key: str) -> bool:
    """A refusal whose subject is the recipient, not the operator (only a refusal: "suspended
    by the recipient country's operator" is a stop)."""
    if not any(stem in key for stem in _ACCEPT_STEMS):
        return False
    norm = doc.norm
    return (
        _BY_RECIPIENT_AFTER.match(norm, end) is not None
        or _BY_RECIPIENT_BEFORE.search(norm, _clause_start(doc, start, 120), start) is not None
    )


def _without_data_in_clause(doc: Doc, start: int, end: int, b: int) -> bool:
    """ "without" a paper or number in the stop's own words or right after them, up to the
    next comma ("dürfen nicht ohne Zollinhaltserklärung versendet werden"; not "Mail to Israel
    is suspended, without any declaration from the airlines", nor "with or without")."""
    if not doc.holds_any(_WITHOUT_HINTS):
        return False  # (most notices: one bit of the walk over the hint words)
    hi = min(b, end + _WITHOUT_REACH)
    comma = doc.norm.find(",", end, hi)
    if comma >= 0:
        hi = comma
    return (
        _WITHOUT_PAPER.search(doc.norm, start, hi) is not None
        and _EITHER_WAY.search(doc.norm, start, hi) is None
    )


_WITHOUT_REACH = 100
_WITHOUT_HINTS = ("without", "sans", "ohne", "senza", "sin ", "sem ", "zonder", "bez ", "ilman",
                  "uten ", "utan ", "uden ")  # fmt: skip
# "without" (not "with": "even those with a complete declaration") and a paper or number
_WITHOUT_PAPER = lazy_compile(_WITHOUT_PAPER_WORDS)
# "with or without a declaration", "mit oder ohne", "avec ou sans", "con o sin": either way
_EITHER_WAY = lazy_compile(r"\b(?:with or|mit oder|avec ou|con o|met of|com ou) ")


def _without_data(doc: Doc, end: int, b: int) -> bool:
    """ "... with a handwritten declaration", "... sans déclaration en douane" after the
    refusal: refused for its paperwork."""
    norm = doc.norm
    lacking = _LACKING_PAPER.search(norm, end, min(b, end + 80))
    if lacking is not None and not _CLAUSE_BREAK.search(norm, end, lacking.start()):
        # the "whose" clause of the refused parcels themselves, not of "customers whose
        # invoices are not yet paid" in a later clause
        return True  # "spedizioni ... la cui fattura non riporti il numero IDI": what it lacks
    return _WITHOUT_WORDS.search(norm, end, b) is not None and bool(
        _DATA_AFTER.search(norm, end, b)
    )


_CLAUSE_BREAK = lazy_compile(r"[,;:]")


# A relative clause that says what a parcel's paper lacks: "whose invoice does not show",
# "dont la facture ne mentionne pas", "la cui fattura non riporti"
_LACKING_PAPER = lazy_compile(
    rf"\b(?:whose|dont|deren|dessen|cuya|cuyo|cuja|cujo|(?:la|il|le|i) cui|waarvan)\s+"
    rf"(?:[\w']+\s+){{0,2}}?{_PAPERWORK}\b[^.;:!?\n]{{0,30}}?\b(?:not|no|ne|nicht|keine?n?|non|"
    rf"niet|nao|geen)\b"
)


def _data_not_admitted(doc: Doc, start: int, end: int) -> bool:
    """A ban whose object is paperwork: "non sono ammesse descrizioni generiche", "generic
    descriptions such as 'gift' are not allowed": a rule for the declaration, no goods banned."""
    if _DATA_AFTER_VERB.match(doc.norm, end) is not None:
        return True
    if _without_data_in_clause(doc, start, end, doc.sentence_of(start)[1]):
        return True  # "ei saa lähettää ilman puhelinnumeroa": not without the number
    clause = _clause_start(doc, start)
    found = _data_object(doc.norm, max(clause, start - 60), start)
    return (
        found is not None
        # the head of the subject ("Generic descriptions such as 'gift' are not allowed"), not
        # "goods described on the declaration as e-cigarettes" or "batteries in any form"
        and len(doc.norm[clause : found.start()].split()) <= DATA_HEAD_WORDS
        and not _ANY_FORM.search(doc.norm, max(0, found.start() - 12), found.end())
    )


DATA_HEAD_WORDS = 2


_ANY_FORM = lazy_compile(r"\b(?:any|every|all|some|whatever|in)\s+forms?\b")


# What is refused for not meeting rules the notice states: the refusal enforces them
_NOT_MEETING = lazy_compile(
    r"\b(?:that|which|who) (?:do|does|did) not (?:meet|comply with|satisfy|conform to|fulfil|"
    r"fulfill) (?:these|the|this|those|our|such) (?:new )?(?:limits?|weight limits?|size limits?|"
    r"conditions?)\b"
)


def _over_limit(doc: Doc, clause_start: int, end: int) -> bool:
    a, b = doc.sentence_of(end - 1)  # "items over 2 kg will not be accepted", "suspend
    lo = min(a, clause_start)  # items over"
    if "not" in doc.norm[lo:b] and _NOT_MEETING.search(doc.norm, lo, end):
        return True  # "shipments that do not meet these limits will not be accepted"
    return (
        _OVER_LIMIT.search(doc.norm, lo, b) is not None
        or ("超" in doc.norm and _OVER_LIMIT_CJK.search(doc.norm, lo, b) is not None)
        or (
            doc.norm[lo:b].isascii() is False
            and _OVER_LIMIT_RTL.search(doc.norm, lo, b) is not None
        )
    )


# A stop of pickup or delivery in some areas of a country (storm, flood): the mail is held and
# goes out later, which is a delay, not a stop of sending to the country.
_LOCAL_SERVICE = GuardedPattern(
    word_start(
        r"\b(?:pick ?ups?|pickup and delivery|deliver(?:y|ies)|collections?|retail|zustellung|"
        r"abholung|livraisons?|ramassage|entregas?|repartos?|recogidas?|consegn[ae]|bezorging|"
        r"доставк\w*|dorucovani|dorucovanie|doreczani\w*|kezbesites\w*)\b|"
        r"收派|派送|取件|配達|集荷"
    ),
    (
        "pick",
        "deliver",
        "collection",
        "retail",
        "zustellung",
        "abholung",
        "livraison",
        "ramassage",
        "entrega",
        "reparto",
        "recogida",
        "consegn",
        "bezorging",
        "доставк",
        "dorucovani",
        "dorucovanie",
        "doreczani",
        "kezbesites",
        "收派",
        "派送",
        "取件",
        "配達",
        "集荷",
    ),
)
_LOCAL_AREA = lazy_compile(
    r"\b(?:zip codes?|postcodes?|postal codes?|parts of|some areas|certain areas|affected areas|"
    r"(?:some|certain|several|affected) (?:regions|districts|counties|provinces|prefectures)|"
    r"einigen gebieten|einzelnen gebieten|bestimmten gebieten|teilen von|certaines zones|"
    r"algunas zonas|alcune zone|individual areas|"
    r"(?:en|de) (?:esos|estos|los) municipios|dans (?:les|ces|certaines) communes|"
    r"nei comuni|in (?:den|diesen|einigen) gemeinden|(?:nos|em alguns) municipios|"
    r"in the (?:parishes|counties|districts|provinces|prefectures|municipalities|regions|towns|"
    r"cities) of)\b|部分地区|上述地区"
)

# The areas a disaster struck, named before a stop of delivery there (not "some regions of
# Russia": a stop of mail to Russia's regions)
_AFFECTED_AREA = lazy_compile(
    r"\b(?:in the (?:affected|flooded|impacted) (?:areas|regions)|in (?:affected|flooded|impacted) "
    r"(?:areas|regions)|v postizenych oblastech|v zasazenych oblastech|v postihnutych oblastiach|"
    r"na (?:obszarach|terenach) dotkni\w+|az erintett teruleteken)\b"
)


def _local_stop(doc: Doc, start: int, end: int, place_starts: list[int] | None) -> bool:
    """A stop of pickup or delivery, in a sentence that limits it to some areas and names no
    country ("delivery to some regions of Russia is suspended" is news of Russia) nor the
    acceptance of items."""
    if any(stem in doc.norm[start:end] for stem in _REFUSE_STEMS):
        return False  # "Parcels over 1 pound will be refused at retail"
    a, b = doc.sentence_of(start)
    lo = max(a, start - 80)
    starts = place_starts or []
    i = bisect_left(starts, a)
    if i < len(starts) and starts[i] < b:  # (place_starts in order: see _classify_doc)
        if (
            _AFFECTED_AREA.search(doc.norm, lo, start) is not None
            and _LOCAL_SERVICE.search(doc.norm, lo, start) is not None
            and not _ACCEPTANCE.search(doc.norm, a, b)
            and _LONG_STOP.search(doc.norm, a, _next_sentence_end(doc, b)) is None
        ):
            # "delivery in the affected areas was interrupted, elsewhere in Greece it runs
            # late": the country named beside a stop of some of its areas
            return True
        # "pick-up and delivery operations across Taiwan are suspended for the day": one day
        # of local work lost, a delay of the mail
        return (
            _ONE_DAY.match(doc.norm, end) is not None
            and _LOCAL_SERVICE.search(doc.norm, a, start) is not None
            and not _ACCEPTANCE.search(doc.norm, a, b)
            # (not "... while the typhoon signal is in force. Items are returned to the
            # sender": a stop that outlasts the storm)
            and _LONG_STOP.search(doc.norm, a, _next_sentence_end(doc, b)) is None
        )
    # (the service may follow: "se suspenden temporalmente las actividades de reparto")
    if not _LOCAL_SERVICE.search(doc.norm, lo, min(b, end + 48)):
        return False
    if _ACCEPTANCE.search(doc.norm, a, b):
        return False
    if _LOCAL_AREA.search(doc.norm, a, b) is not None:
        return True
    # "pickups and deliveries in Kaohsiung, Pingtung and Tainan": towns (no country is named
    # in the sentence, checked above)
    return _SERVICE_IN_TOWN.search(doc.full, a, b) is not None


def _next_sentence_end(doc: Doc, b: int) -> int:
    """Where the sentence after the one ending at ``b`` ends."""
    return doc.sentence_of(b + 1)[1] if b + 1 < len(doc.norm) else b


_LONG_STOP = lazy_compile(
    r"\b(?:until further notice|returned to (?:the )?senders?|return(?:ed)? to sender|"
    r"(?:for )?at least (?:a|one|two|three|\d+) (?:weeks?|months?)|for (?:several|some) weeks|"
    r"indefinitely|cannot be posted|will not be (?:dispatched|accepted)|not accepted)\b"
)
# right after the stop: "are suspended for the day"
_ONE_DAY = lazy_compile(
    r"\s+(?:for the day|for one day|for the rest of the day|for today|today only|"
    r"fur heute|für heute|pour la journee|pour la journée|por el dia|por el día|per la giornata|"
    r"voor vandaag|"
    # "while Typhoon Signal No. 8 or higher is in force": the hours a storm warning lasts
    r"while (?:the )?(?:typhoon|tropical cyclone|tropical storm|storm|black rainstorm|"
    r"red rainstorm|rainstorm)\b(?:[^.;\n]|\.(?=\s?\d)){0,40}?\b(?:is|are|remains?) in "
    r"(?:force|effect)|"
    r"until (?:the )?(?:typhoon|storm|rainstorm)\b[^.;\n]{0,30}?\b(?:is|are) (?:lowered|cancelled|"
    r"canceled|lifted))"
)
_SERVICE_IN_TOWN = lazy_compile(
    r"\b(?:[Pp]ick-?ups?|[Dd]eliver(?:y|ies)|[Cc]ollections?)"
    r"(?: and (?:pick-?ups?|deliver(?:y|ies)|collections?))? in (?:the )?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,}"
)
