"""Plans that turn: a resumption put off, a stop called off before it began, a limit raised.

The change word says the opposite of the news in each: "the resumption of acceptance is
postponed" means the stop goes on, "the suspension planned for 23 May will not take place"
that nothing stops, and "the maximum weight is raised to 70 pounds" that a limit is eased.
"""

from __future__ import annotations

from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc, lead_end
from monitor.classify.wordstart import GuardedPattern


def _hinted(doc: Doc, key: str, hints: tuple[str, ...]) -> bool:
    """Whether the notice holds one of ``hints`` (asked once per notice): the guard of a rule
    whose pattern each trigger then tries on its own few words."""
    return bool(doc.once(key, lambda d: d.holds_any(hints)))


# Put off, in the languages the kinds are read in (normalised: no accents, lower case).
_POSTPONED_WORDS = (
    r"postpon\w*|deferred|put off|pushed back|verschoben|verschieb\w*|aufgeschoben|"
    r"reportee?s?\b|report de|repoussee?s?\b|differee?s?\b|aplazad\w*|aplaza\b|aplazamiento|"
    r"pospuest\w*|posterga\w*|rinviat\w*|rinvio|posticipat\w*|rimandat\w*|uitgesteld|uitstel\b|"
    r"adiad[oa]s?\b|adiamento|przesuni\w*|przelozon\w*|odlozon\w*|odlozen\w*|uppskjut\w*|"
    r"skjuts upp|ertelen\w*|ertelendi|отлож\w*|перенесен\w*|перенесл\w*|відклад\w*|"
    r"amanat\w*|延期|推迟|推遲|延后|延後|연기"
)
_POSTPONED = lazy_compile(rf"(?:\b|(?<=[^\x00-\u2fff]))(?:{_POSTPONED_WORDS})")
# Substrings one of which each pattern's match holds: the cheap guard of the whole notice
_POSTPONED_HINTS = (
    "postpon", "deferred", "put off", "pushed back", "verschob", "verschieb", "aufgeschoben",
    "reporte", "report de ", "repouss", "differe", "aplaz", "pospuest", "posterga", "rinvi",
    "posticipat", "rimandat", "uitgesteld", "uitstel", "adiad", "adiamento", "przesuni",
    "przelozon", "odlozon", "odlozen", "uppskjut", "skjuts upp", "ertelen", "отлож", "перенес",
    "відклад", "amanat", "延期", "推迟", "推遲", "延后", "延後", "연기",
)  # fmt: skip
# No date for it (normalised): "no date has been set for the resumption", "aucune date de
# reprise", "pas de date pour la reprise", "todavía no hay fecha de reanudación", "sin fecha de
# reanudación", "não há data para a retomada", "kein Termin für die Wiederaufnahme", "nessuna
# data per la ripresa": the stop goes on. Ends right before the word of resumption, in its own
# sentence (no colon or semicolon between).
_NO_DATE_BEFORE = lazy_compile(
    r"\b(?:no|aucune|pas de|ninguna|nenhuma|nao ha|nessuna|kein|keinen|geen|without|sans|sin|sem|"
    r"senza|ohne|zonder)\s+(?:(?:a|an|une|un|uma|una|einen|een|hay|firm|fixed|set|confirmed|precise)\s+)?"
    r"(?:date|dates|fecha|data|datum|termin|timeline|timeframe)\b[^.;:!?\n]{0,40}?"
    r"\s(?:for|of|de|d'|per|pour|fur|voor|para|di|du|del|della)\s*(?:(?:the|la|le|l'|el|a|die|den|de|het|"
    r"della|da|do|its)\s*)?$"
)
_DATE_NOUN = lazy_compile(r"dates?\b|fecha|data\b|datum|termin|time(?:line|frame)")
_NEAR_BEFORE = 40  # characters before a resumption that may put it off ("推迟恢复")
_NEAR_AFTER = 70  # characters after it ("the resumption ... has been postponed")


def resumption_postponed(doc: Doc, start: int, end: int) -> bool:
    """A resumption that its own sentence puts off: the stop it would end goes on."""
    a, b = doc.sentence_of(start)
    norm = doc.norm
    near = max(a, start - _NEAR_BEFORE * 2)
    if (
        _DATE_NOUN.search(norm, near, start) is not None  # (the cheap test first)
        and _NO_DATE_BEFORE.search(norm, near, start) is not None
    ):
        return True  # "no date has been set for the resumption", "sin fecha de reanudación"
    if not _hinted(doc, "_postponed", _POSTPONED_HINTS):
        return False
    before = _POSTPONED.search(norm, max(a, start - _NEAR_BEFORE), start)
    if before is not None and _ONLY_LINKS.fullmatch(norm, before.end(), start):
        return True  # "推迟恢复", "postponement of the resumption", "report de la reprise"
    after = _POSTPONED.search(norm, end, min(b, end + _NEAR_AFTER))
    if after is None or _CLAUSE_BREAK.search(norm, end, after.start()):
        return False
    if _ONLY_LINKS.fullmatch(norm, end, after.start()):
        return True  # "再開を延期", "resumption postponed"
    # further on only after a noun of resumption ("the resumption of ..., planned for 1 June,
    # has been postponed"), not a verb ("we resume deliveries that were postponed")
    return RESUMPTION_NOUN.match(norm, start) is not None


# Only words that link a postponement to what it puts off
_ONLY_LINKS = lazy_compile(
    r"(?:\s|\b(?:of|the|a|an|its|de|la|le|l'|du|des|der|die|das|des|dem|den|della|del|di|dello|"
    r"van|het|da|do|dos|das|el|los|las|w|is|has|been|was|will|be|wird|wurde|est|a ete|ha|sido|"
    r"e stat[oa]|ist|worden)\b|[的をのはが])*"
)
RESUMPTION_NOUN = lazy_compile(
    r"resumption|restoration|reprise|reanudacion|ripresa|riattivazione|wiederaufnahme|hervatting|"
    r"retomada|wznowieni|reluare|возобновлени|відновленн|再開|恢复|恢復|재개"
)


# A clause boundary that a postponement or a calling-off does not reach across
_CLAUSE_BREAK = lazy_compile(r"[;:]|\bbut\b|\bmais\b|\baber\b|\bpero\b|\bma\b|但|ただし|하지만")

# Substrings one of which each match of _CALLED_OFF holds: its guard, and the notice's
_CALLED_OFF_HINTS = (
    "will not", "won't", "shall not", "not going to", "going ahead", "n'aura", "n'auront",
    "ne sera pas",
    "nicht statt", "nicht stattfinden", "nicht umgesetzt", "nicht eingefuhrt", "llevara a cabo",
    "tendra lugar", "avra luogo", "non sara", "niet door", "zal niet", "nao vai", "nao ocorrer",
    "nao acontecer", "se ira realizar", "se realizara", "do skutku", "zostanie wprowadzon",
    "не состоится", "не відбудеться", "实施", "實施", "実施", "시행되지",
)  # fmt: skip
# Said to not happen at all: "will not take place", "n'aura pas lieu", "findet nicht statt"
# (every match holds one of the hints: a window without any needs no try of the pattern)
_CALLED_OFF = GuardedPattern(
    lazy_compile(
        r"\b(?:will not|won't|shall not|is not going to|are not going to) (?:now )?(?:take place|"
        r"go ahead|happen|proceed|come into (?:force|effect)|be (?:implemented|introduced))\b|"
        r"(?:\bno longer|\bnot|n't)(?: be)? going ahead\b|"
        r"\bn'aura pas lieu\b|\bn'auront pas lieu\b|\bne sera pas (?:appliquee?|mise? en (?:oeuvre|"
        r"place))|\bfinde[nt] nicht statt\b|\bwird nicht (?:stattfinden|umgesetzt|eingefuhrt)\b|"
        r"\bwerden nicht (?:stattfinden|umgesetzt|eingefuhrt)\b|\bno se llevara a cabo\b|"
        r"\bno tendra lugar\b|\bnon avra luogo\b|\bnon sara (?:applicat|attuat)|\bgaat niet door\b|"
        r"\bzal niet (?:doorgaan|plaatsvinden)\b|\bnao (?:vai )?(?:ocorrer|acontecer)\b|"
        r"\bnao se (?:ira realizar|realizara)\b|"
        r"\bnie (?:dojdzie do skutku|zostanie wprowadzon)|\bне состоится\b|\bне відбудеться\b|"
        r"不会实施|不會實施|将不实施|將不實施|实施しない|実施いたしません|実施されません|"
        r"시행되지 않"
    ),
    _CALLED_OFF_HINTS,
)
_CALLED_OFF_REACH = 90  # characters from a stop to its calling-off in the same sentence


def called_off(doc: Doc, end: int) -> bool:
    """A change its own sentence says will not take place ("the suspension of deposits
    planned from 23 May will not take place"): it was planned and is no longer."""
    if not _hinted(doc, "_called_off", _CALLED_OFF_HINTS):
        return False
    _a, b = doc.sentence_of(end)
    found = _CALLED_OFF.search(doc.norm, end, min(b, end + _CALLED_OFF_REACH))
    if found is None or _CLAUSE_BREAK.search(doc.norm, end, found.start()):
        return False
    if _OTHER_SUBJECT.search(doc.norm, end, found.start()) or _CAUSE_BETWEEN.search(
        doc.norm, end, found.start()
    ):
        return False  # "is suspended and deliveries will not take place": another subject
    if _POSTPONED.search(doc.norm, found.end(), b):
        return False  # "... is not going ahead on 1 March and has been postponed to 1 July"
    return _UNTIL_AFTER.match(doc.norm, found.end()) is None  # "not ... until 1 March": later


# A second subject between a change and a calling-off (or a raised limit)
_OTHER_SUBJECT = lazy_compile(r"[,，、]|\b(?:and|et|und|y|en (?:de|het|een)|oraz|und die|so)\b")
# ... or a clause of cause or concession: "suspended even though the strike is no longer going
# ahead", "because the handover is not going ahead"
_CAUSE_BETWEEN = lazy_compile(
    r"\b(?:because|since|although|though|while|whereas|as (?:the|a|an|our|its|their)|weil|"
    r"parce que|porque|perche|omdat)\b"
)
# "will not come into force until", "n'aura pas lieu avant": put off, not called off
_UNTIL_AFTER = lazy_compile(
    r"\s*(?:\w+\s+){0,2}?(?:until|before|till|avant|jusqu|bis|vor|antes|hasta|prima|fino|voor|"
    r"tot|do|до|前)\b"
)


# A limit raised or given back: "is raised to 70 pounds", "wird auf 30 kg erhöht"
_RAISED = lazy_compile(
    r"\b(?:is|are|was|were|has been|have been|will be|being) (?:again )?(?:raised|increased|"
    r"restored|lifted|returned|put back)(?: back)? to\b|\bgoes up to\b|\brises to\b|"
    r"\b(?:raised|increased|restored) to\b|\berhoht\b|\bheraufgesetzt\b|\bangehoben\b|"
    r"\brelevee? a\b|\bportee? a\b|\bremontee? a\b|\baumentad[oa] a\b|\belevad[oa] a\b|"
    r"\bincrementad[oa] a\b|\baumentat[oa] a\b|\belevat[oa] a\b|\binnalzat[oa] a\b|"
    r"\bverhoogd\b|\bopgetrokken\b|\bpodniesion\w*|\bzvysen\w*|\bhojs\w*|\bhojt\w*|"
    r"\byukseltil\w*|\bувеличен\w*|\bповышен\w*|\bзбільшен\w*|提高至|提高到|上调至|上調至|"
    r"引き上げ|상향"
)
# ... but not to a limit lowered in the same words ("reduced to", "gesenkt")
_LOWERED = lazy_compile(
    r"\b(?:reduced|lowered|cut|cut back|decreased|limited|brought back down) to\b|"
    r"\bgesenkt\b|\bherabgesetzt\b|"
    r"\breduite? a\b|\babaissee? a\b|\breducid[oa] a\b|\bridott[oa] a\b|\bverlaagd\b|"
    r"\bobnizon\w*|降低|下调|引き下げ|하향"
)
_RAISED_REACH = 150  # characters from a limit to the verb that raises it (products between)
_RAISED_HINTS = (
    "raised", "increased", "restored", "lifted", "returned", "put back", "goes up", "rises to",
    "erhoht", "heraufgesetzt", "angehoben", "relevee", "releve a", "porte a", "portee a",
    "remonte", "aumentad", "elevad", "incrementad", "aumentat", "elevat", "innalzat", "verhoogd",
    "opgetrokken", "podniesion", "zvysen", "hojs", "hojt", "yukseltil", "увеличен", "повышен",
    "збільшен", "提高", "上调", "上調", "引き上げ", "상향",
)  # fmt: skip


def limit_raised(doc: Doc, start: int, end: int) -> bool:
    """A limit that its own clause raises or gives back: an easing, not a new limit."""
    if not _hinted(doc, "_raised", _RAISED_HINTS):
        return False
    _a, b = doc.sentence_of(start)
    found = _RAISED.search(doc.norm, end, min(b, end + _RAISED_REACH))
    if found is None or _CLAUSE_BREAK.search(doc.norm, end, found.start()):
        return False
    between = (doc.norm, end, found.start())
    if _FEE_NOUN.search(*between):
        return False  # "the maximum weight is 20 kg and the handling fee is increased to £4"
    if _TIME_NOUN.search(_BRACKETED.sub(" ", doc.norm[end : found.start()])):
        # "с ограничениями на транзит ... сроки доставки увеличены": later, no easing (not an
        # aside: "items to Japan (transit times 6-10 days) is raised back to 66 pounds")
        return False
    other = _OTHER_SUBJECT.search(*between)
    if other is not None and _FINITE_VERB.search(doc.norm, end, other.start()):
        return False  # "the maximum weight is 20 kg, and parcels are increased ..."
    # (not products named between: "the maximum weight for Priority Mail Express International
    # and Priority Mail International items to Germany is raised to 70 pounds")
    if found.group().endswith(" to") and not _AMOUNT.match(doc.norm, found.end()):
        return False  # "will be returned to the sender"
    return _LOWERED.search(doc.norm, end, b) is None


# A verb of its own before "and": a second clause, not a second product named
_FINITE_VERB = lazy_compile(
    r"\b(?:is|are|was|were|will|has|have|ist|sind|wird|est|sont|sera|es|son|sono|zijn|wordt|"
    r"jest)\b"
)
_BRACKETED = lazy_compile(r"\([^()]*\)")
# the times of delivery, which grow longer ("Laufzeiten verlängert", "сроки доставки увеличены")
_TIME_NOUN = lazy_compile(
    r"\b(?:delivery times?|transit times?|lead times?|laufzeit\w*|zustellzeit\w*|delais|plazos?|"
    r"tempi|prazos?|levertijd\w*|сроки|срок|срока)\b"
)
_FEE_NOUN = lazy_compile(
    r"\b(?:fees?|surcharges?|prices?|rates?|tarif\w*|tariff\w*|entgelt\w*|gebuhr\w*|frais|tasa|"
    r"tariffa|opłat\w*|oplat\w*|duty|duties|vat)\b|资费|运费|料金|요금"
)
_AMOUNT = lazy_compile(
    r"\s*(?:\d|[$£€¥]|[a-z]{3}\s?\d|(?:its |the )?(?:previous|former|normal|earlier))"
)


# An earlier notice recalled: "Nous vous avions informés le 20 mai que La Poste suspendrait"
_ANNOUNCED_BEFORE = lazy_compile(
    r"\b(?:we had (?:\w+ )?(?:informed|announced|told|advised|notified)|nous vous avions "
    r"(?:informes|annonce|indique|prevenus|signale)|nous avions (?:annonce|indique)|wir hatten "
    r"(?:sie |ihnen )?(?:\w+ )?(?:informiert|angekundigt|mitgeteilt)|(?:les |le )?habiamos "
    r"(?:informado|anunciado|comunicado)|vi avevamo (?:informato|comunicato)|avevamo "
    r"(?:annunciato|comunicato)|hadden (?:wij|we) (?:u )?(?:geinformeerd|aangekondigd|gemeld)|"
    r"(?:we|wij) (?:u )?hadden (?:geinformeerd|aangekondigd|gemeld))\b|"
    r"(?:此前|先前)(?:已)?(?:发布|發布|宣布|公布|通知)|先日(?:お知らせ|発表)"
)


_ANNOUNCED_HINTS = (
    "we had", "nous vous avions", "nous avions", "wir hatten", "habiamos", "avevamo", "hadden",
    "此前", "先前", "先日",
)  # fmt: skip


def announced_before(doc: Doc, start: int) -> bool:
    """A change told as what an earlier notice announced, in its own sentence before it: the
    history of this notice, whose news is what became of it."""
    if not _hinted(doc, "_announced", _ANNOUNCED_HINTS):
        return False
    a, b = doc.sentence_of(start)
    if _ANNOUNCED_BEFORE.search(doc.norm, a, start) is None:
        return False
    if _WOULD.search(doc.norm, a, b):
        return True  # "que La Poste suspendrait ... à partir du 23 mai": the plan then told
    return _STILL_AHEAD.search(doc.norm, a, b) is None  # "as announced, from 1 July ..."


# A sentence that opens as history: "Previously, the post suspended mail to Niger after the
# coup", "Idan za a iya tunawa, NIPOST ta dakatar da ..." (as may be recalled)
_RECALLED_OPENING = lazy_compile(
    r"[\W\d]*(?:previously|as (?:you )?may (?:be )?recall(?:ed)?|as you (?:may|will) remember|"
    r"idan za a iya tunawa|idan ba a manta ba|ранее|раньше|раніше|auparavant|precedemment|"
    r"anteriormente|in precedenza)\s*,"
)
# ... but not what holds now: "Previously, X; from today parcels are suspended"
_NOW = lazy_compile(
    r"\b(?:now|today|from today|desormais|desde hoy|a partir de hoy|desde hoje|jetzt|ab heute|"
    r"теперь|сейчас|с сегодняшнего дня|відтепер|тепер)\b"
)
_RECALLED_HINTS = (
    "previously", "recall", "remember", "idan ", "ранее", "раньше", "раніше", "auparavant",
    "precedemment", "anteriormente", "in precedenza",
)  # fmt: skip


def recalled(doc: Doc, start: int) -> bool:
    """A change told in a sentence that opens as history ("Previously, ... suspended"), not
    one still ahead ("Previously announced: from 1 May ... will be suspended")."""
    if not _hinted(doc, "_recalled", _RECALLED_HINTS):
        return False
    a, b = doc.sentence_of(start)
    if _RECALLED_OPENING.match(doc.norm, a) is None:
        return False
    return _STILL_AHEAD.search(doc.norm, a, b) is None and _NOW.search(doc.norm, a, b) is None


# The future of a past plan: "would", "zou", the French and Italian conditional ("suspendrait")
_WOULD = lazy_compile(r"\b(?:would|zou|zouden|\w{3,}(?:rait|raient|rebbe|rebbero))\b")


_STILL_AHEAD = lazy_compile(
    r"\b(?:from|as of|starting|with effect from|a partir d[eu]|des le|ab dem|ab|a partir del?|"
    r"desde el|dal|a partire dal|vanaf|per|od|с|з)\s+(?:\d|the \d|1er|[a-z]+ \d)|"
    r"\b(?:will|shall|wird|werden|sera|seront|devront|devra|se suspende|need|needs)\b|"
    r"自\S{0,12}起|から"
)


# News the reader may have met elsewhere: "You may have read that some posts have paused ..."
_READ_ELSEWHERE = lazy_compile(
    r"\s*(?:as )?you (?:may|might) (?:have )?(?:already )?(?:read|heard|seen)\b|"
    r"\s*(?:vous avez|vous aurez) peut-etre (?:lu|entendu|vu)\b|"
    r"\s*sie haben (?:es )?(?:vielleicht|moglicherweise) (?:schon )?(?:gelesen|gehort)\b|"
    r"\s*(?:quizas|quiza|tal vez) (?:haya|hayan) (?:leido|oido)\b|"
    r"\s*(?:potreste|potresti) aver (?:letto|sentito)\b|"
    r"\s*(?:u|je) (?:heeft|hebt) (?:misschien|wellicht) (?:gelezen|gehoord)\b"
)


_READ_HINTS = (
    "you may", "you might", "peut-etre", "vielleicht", "moglicherweise", "quizas", "quiza",
    "tal vez", "potreste", "potresti", "misschien", "wellicht",
)  # fmt: skip


def read_elsewhere(doc: Doc, start: int) -> bool:
    """A change told as news the reader may have read elsewhere: someone else's, recalled."""
    if not _hinted(doc, "_read_elsewhere", _READ_HINTS):
        return False
    a, b = doc.sentence_of(start)
    if _READ_ELSEWHERE.match(doc.norm, a) is None:
        return False
    # others' news only: "some posts have paused", "news that the United States ended ...", not
    # "we will stop accepting"
    return (
        _OTHERS_DID.search(doc.norm, a, b) is not None or _NEWS_THAT.match(doc.norm, a) is not None
    ) and _WE.search(doc.norm, a, b) is None


# "You may have seen news that ...", "... read reports that ...": news told by others
_NEWS_THAT = lazy_compile(
    r"\s*(?:as )?you (?:may|might) (?:have )?(?:already )?(?:read|heard|seen) (?:the )?"
    r"(?:news|reports?|headlines?) (?:that|about|of)\b"
)


_OTHERS_DID = lazy_compile(
    r"\b(?:some|other|several|many|a number of|certain|certains|d'autres|plusieurs|einige|andere|"
    r"mehrere|algunos|otros|alcuni|altri|sommige|andere)\s+(?:\w+\s+){0,2}?(?:posts?|postal|"
    r"operators?|carriers?|couriers?|countries|operateurs|postes|betreiber|postunternehmen|"
    r"operadores|paises|operatori|paesi|vervoerders|landen)"
)
_WE = lazy_compile(
    r"\b(?:we|our|nous|notre|nos|wir|unser\w*|uns|noi|nostr\w|nosotros|nuestr\w+|wij|ons|onze)\b"
)


# What a title says of a planned change it calls off, beside _CALLED_OFF: "queda sin efecto",
# "取りやめ"
_TITLE_CALLED_OFF = lazy_compile(
    r"\b(?:queda|quedan|se deja|se dejan|dejan|deja) sin efecto\b|取りやめ|取り止め|"
    r"\b(?:no longer|not) going ahead\b"
)
# kinds a title may call off; a called-off resumption leaves the stop in place
_CALLED_OFF_KINDS = frozenset(
    ("suspension", "prohibited_items", "restriction", "new_requirement", "duty_tax_change", "delay")
)


def title_called_off(doc: Doc, by_group: dict, votes: list, best: str) -> tuple[int, int] | None:
    """Where the title says the change it names will not take place ("Canada: planned
    suspension will not take place", "カナダあて郵便物の引受停止の取りやめ"): the notice tells
    that nothing changes. Only when the change stands in the same part of the title before
    those words and no other part names a change ("Suspension of mail to Israel; price rise
    not going ahead" keeps its suspension); "queda sin efecto" and "取りやめ" also lift rules in
    force, so they count only beside a word of plan ("anunciada", "予定")."""
    title_end = doc.title_end
    norm = doc.norm
    found = _TITLE_CALLED_OFF.search(norm, 0, title_end)
    if found is not None and not _PLANNED.search(norm, 0, lead_end(doc)):
        found = None
    found = found or _CALLED_OFF.search(norm, 0, title_end)
    if found is None:
        cancelled = _CANCELLED_PLAN.search(norm, 0, title_end)
        if (
            cancelled is None
            or (best not in _CALLED_OFF_KINDS and best != "resumption")
            # (a plan's: "Cancellation of the suspension" alone may lift one in force)
            or not _PLANNED.search(norm, 0, lead_end(doc))
        ):
            return None
        # "Angola – Cancelamento da suspensão anunciada": the change named inside the words
        # that call it off; no other part of the title may name one
        lo = max(norm.rfind(sep, 0, cancelled.start()) for sep in _TITLE_PARTS) + 1
        hi = min(
            (j for sep in _TITLE_PARTS if (j := norm.find(sep, cancelled.end(), title_end)) >= 0),
            default=title_end,
        )
        if any(
            doc.in_title(v.start) and not lo <= v.start < hi and v.kind != "informational"
            for v in votes
        ):
            return None
        return cancelled.span()
    lo = max(norm.rfind(sep, 0, found.start()) for sep in _TITLE_PARTS) + 1
    hi = min(
        (j for sep in _TITLE_PARTS if (j := norm.find(sep, found.end(), title_end)) >= 0),
        default=title_end,
    )
    # the title's words of change, as votes and as the words themselves (a vote may be gone,
    # called off by the same words)
    titled = [(v.start, v.kind) for v in votes if doc.in_title(v.start)]
    titled += [
        (m.start, kind)
        for kind, matches in by_group.items()
        if kind in _CALLED_OFF_KINDS or kind == "resumption"
        for m in matches
        if doc.in_title(m.start)
    ]
    if any(not lo <= p < hi for p, kind in titled if kind != "informational"):
        return None  # another part of the title names a change
    kinds = {kind for p, kind in titled if lo <= p < found.start()}
    # (the notice's change must be the one called off: not "New customs data rules; planned fee
    # not going ahead" over a requirement told in the body)
    if kinds and kinds <= _CALLED_OFF_KINDS and best in kinds:
        return found.span()
    return None


# A title that cancels an announced stop by its noun: "Cancellation of the announced
# suspension", "Cancelamento da suspensão anunciada", "Annulation de la suspension annoncée"
_CANCELLED_PLAN = lazy_compile(
    r"\b(?:cancel+ation|cancelamento|cancelacion|annulation|annullamento|absage|intrekking)\s+"
    r"(?:of|da|do|de|de la|del|della|dello|der|des|van)\s+(?:the\s+|de\s+|het\s+)?"
    r"(?:(?:planned|announced|angekundigten|geplanten|annoncee|prevue|aangekondigde)\s+)?"
    r"(?:temporary\s+)?(?:suspensions?|suspensao|suspension|sospensione|einstellung|"
    r"aussetzung|opschorting)\b"
    r"(?:\s+(?:anunciada|annoncee|prevue|prevista|annunciata))?"
)
# the parts of a title: "Suspension of mail to Israel; price rise not going ahead"
_TITLE_PARTS = (";", ":", ", ", " - ", " \u2013 ", "\u3001", "\uff1b", "\uff1a", "\uff0c")
# a word of plan: what is called off was announced, not in force
_PLANNED = lazy_compile(
    r"\b(?:planned|announced|previst\w*|anunciad\w*|programad\w*|annonc\w*|prevu\w*|geplant\w*|"
    r"angekundigt\w*)\b|予定"
)
