"""The kind of change a notice announces, read from trigger phrases and the words around them.

Each trigger ("suspended", "wieder möglich", "prohibited") votes for its kind; the words just
before it in the same clause can turn the vote ("no longer suspended" is a resumption,
"not resumed" a suspension), cancel it ("as soon as the suspension is lifted" announces
nothing) or keep it ("remains suspended" is still a suspension). A vote from the title weighs
more than one from the body, and the opening lines more than the rest. What goes on ("parcels
remain suspended") or may follow ("items may be delayed") counts less when something else
changed, and a title that says a service is back decides against the story of its stop.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from monitor.classify import lexicon
from monitor.classify.guidance import dated_entry, guidance_spans, link_spans
from monitor.classify.items import older_items
from monitor.classify.matcher import Match, PhraseMatcher, parse_phrase
from monitor.classify.resources import load_yaml
from monitor.classify.text import (
    EXAMPLE_MARKS,
    STANDING_WORDS,
    YES_WORDS,
    Doc,
    breadcrumbs,
    heading_line,
    in_spans,
    menu_spans,
    strip_bullet,
)
from monitor.classify.wordstart import (
    GuardedPattern,
    WordStartPattern,
    _top_level_alternatives,
    by_first_letter,
    word_start,
)
from storage.taxonomy import CHANGE_KINDS

KINDS = tuple(k for k in CHANGE_KINDS if k != "irrelevant")
_MODIFIERS = (
    "negation",
    "no_longer",
    "continuation",
    "condition",
    "duration",
    "proposal",
    "lifting",
    "future",
    "possibility",
    "contrast",
    "duty_objects",
    "irrelevant_topics",
    "job_topics",
    "figure_topics",
    "closure_topics",
    "minor_topics",
    "other_services",
    "open_modes",
    "history_marks",
    "enforcement",
    "as_before",
    "addons",
    "pluperfect",
    "asked_about",
    "rumours",
    "denials",
    "_ignore",
)
# How much one trigger of each kind counts; a stop of service outweighs talk of delays.
_WEIGHT = {
    "suspension": 2.0,
    "prohibited_items": 1.6,
    "restriction": 1.0,
    "new_requirement": 1.0,
    "duty_tax_change": 1.0,
    "delay": 1.3,
    "resumption": 1.6,
    "informational": 1.5,
}
# Order used to break ties: the more a sender must act, the earlier.
PRIORITY = {k: i for i, k in enumerate(KINDS)}
TITLE_FACTOR = 2.5
LEAD_FACTOR = 1.4
LEAD_CHARS = 320
OLDER_ITEM_FACTOR = 0.3  # an older item of a page of dated updates
RELEVANT_SCORE = 1.0
SUSPENSION_SHARE = 0.4
WEAK_FACTOR = 0.6
CONTINUED_FACTOR = 0.3
SHORT_SENTENCE = 40  # "Nothing has changed." said on its own
QUESTION_FACTOR = 0.2  # a change named in a question ("Will my items be delayed?")
BRANCH_FACTOR = 0.05  # a change of one post office or branch
GUIDANCE_FACTOR = 0.3  # what a page's guidance sections ("Customs information") say
POSSIBLE_FACTOR = 0.5
# A stop outranks these when it has this share of their score: tariffs or delays are often the
# reason for the stop; a restriction ("accepted only up to 2 kg") names what is still refused.
_OUTRANKED = {
    "duty_tax_change": SUSPENSION_SHARE,
    "new_requirement": SUSPENSION_SHARE,
    "delay": SUSPENSION_SHARE,
    "informational": SUSPENSION_SHARE,
    "restriction": 0.6,
}
_STOPS = ("suspension", "prohibited_items", "restriction")
# Words that ask for something ("no special handling is required"): a negation anywhere in
# their clause turns them into "nothing needed".
# What a weak word of need asks for when it states a rule: "parcels need a VOEC number"
_REQUIRED_OBJECT = re.compile(
    r"\s+(?:[\w-]+\s+){0,6}?(?:numbers?|permits?|licen[cs]es?|certificates?|codes?|declarations?|"
    r"invoices?|forms?|labels?|eori|ioss|voec|pccc|cpf|nummer|genehmigung|lizenz|bescheinigung|"
    r"numéro|numero|permis|licence|certificat|permiso|licencia|certificado|rechnung|facture|"
    r"factura|fattura|factuur|handelsfactuur|fatura|faktur\w*|инвойс|інвойс|счет-фактур\w*|"
    r"cislo|numer\w*|rut|nip|declaration|declarations|declaracion|deklaracj\w*|prohlaseni|"
    r"prohlášení)\b"
)
# ... within three words of the need
_REQUIRED_OBJECT_NEAR = re.compile(_REQUIRED_OBJECT.pattern.replace("{0,6}?", "{0,3}?", 1))
# Words of mail or goods that a rule of need speaks of (normalised: "zásilky" reads "zasilky")
_MAIL_NOUNS = (
    r"\b(?:parcels?|items?|shipments?|consignments?|packages?|goods|mail|sendungen|pakete|"
    r"waren|envois|colis|envios|spedizioni|zendingen|goederen|pakketten|marchandises|mercancias|"
    r"merci|mercadorias|encomendas|towary|paczk\w*|przesyłk\w*|товары|посылк\w*|товари|посилк\w*|"
    r"zasilek|zasilk\w*|balik\w*|forsandelse\w*|paket|отправлени\w*|відправлен\w*|paquetes|pacchi)"
)
_MAIL_SUBJECT = re.compile(_MAIL_NOUNS + r"\b[^.;:?!]{0,30}$")


def _required_of_mail(doc: Doc, start: int, end: int) -> bool:
    """ "All parcels to Norway need a VOEC number": mail as the subject, a document or number
    as the object ("customers who need a label can print it" states no rule)."""
    found = _REQUIRED_OBJECT.match(doc.norm, end)
    if found is None:
        return False
    # the mail before, its document a few words on ("parcels to Norway need a VOEC number"),
    # or the mail with its destination on the way to the document ("je nutné u zásilek do
    # Švýcarska přiložit celní prohlášení")
    if _MAIL_WORD.search(doc.norm, end, found.end()):
        return True
    near = _REQUIRED_OBJECT_NEAR.match(doc.norm, end)
    return near is not None and bool(_MAIL_SUBJECT.search(doc.norm, max(0, start - 50), start))


# ... with where it goes: not "customers who need a parcel label"
_MAIL_WORD = re.compile(_MAIL_NOUNS + r"\s+(?:to|into|do|nach|naar|vers|para|per|na|в|до)\b")
_NEEDS = frozenset(
    "required require requires needed necessary erforderlich requis requise necesario richiesto "
    "nodig necessario требуется потрібно".split()
)

# A weight limit: "up to 2 kg", "2 kg or less", "max. 30 kg", "не более 10 кг".
_WEIGHT_LIMIT = re.compile(
    r"\b(?:up to|max(?:imum)?\.?|not exceeding|no more than|bis(?: zu)?|höchstens|jusqu'[àa]|"
    r"hasta|fino a|tot|até|ate|не более|не больше|не більше|до)\s*\d+(?:[.,]\d+)?\s*"
    r"(?:kg|kilos?|kilograms?|кг)(?!\w)|\b\d+(?:[.,]\d+)?\s*(?:kg|кг)\s*(?:or less|or under|"
    r"ou moins|o menos|oder weniger|of minder|ou menos|или менее|або менше|max(?:imum)?)\b",
    re.I,
)
# "must now be declared", "must also carry": what a sender has to do from now on.
_MUST_BE = re.compile(
    r"\bmust (?:now |also |still |always |henceforth )?(?:be (?:declared|accompanied|registered|"
    r"labell?ed|filed|submitted|provided|included|shown|completed|marked|pre-?registered)|"
    r"(?:carry|show|include|provide|contain|bear) )",
    re.I,
)
# Phrases split by other words: "nimmt keine Pakete mehr an", "ne ... plus", "wieder ... auf".
_GAPPED = [
    ("kein", "suspension", re.compile(r"\bkeine?[nrs]?\b[^.;:!?\n]{1,80}?\bmehr\b", re.I)),
    ("geen", "suspension", re.compile(r"\bgeen\b[^.;:!?\n]{1,60}?\bmeer\b", re.I)),
    (  # "stellen wir den Versand von Paketen bis auf Weiteres ein": stop
        "stell",
        "suspension",
        # (a date's "1." may stand between: "stellt ab 1. März den Versand ... ein")
        re.compile(r"\bstell(?:t|en|e)\b(?:[^.;:!?\n]|(?<=\d)\.){1,80}?\bein\b(?!\w)", re.I),
    ),
    (  # "neemt geen brieven en pakketten naar Soedan aan": does not accept
        "geen",
        "suspension",
        re.compile(r"\bneem\w*\b[^.;:!?\n]{0,40}?\bgeen\b[^.;:!?\n]{1,80}?\baan\b", re.I),
    ),
    ("plus", "suspension", re.compile(r"\bn(?:e |'|\u2019)[^.;:!?\n]{1,40}?\bplus\b", re.I)),
    (  # "nie będą od 1 marca 2027 r. przyjmowane": not accepted, with words between
        "nie",
        "suspension",
        re.compile(
            r"\bnie (?:będą|są|będzie|jest)\b(?:[^.;:!?\n]|(?<=\d)\.|(?<= r)\.){1,50}?"
            r"\bprzyjmowan[eay]\b",
            re.I,
        ),
    ),
    (  # "items to Peru can only be sent using a tracked service": a limit of service
        "only",
        "restriction",
        re.compile(
            r"\bonly be (?:sent|posted|shipped|accepted|mailed)\b"
            r"[^.;:!?\n]{0,40}?\b(?:track\w*|registered|signed|ems|express|courier|insured|"
            r"recorded|priority|service|services|parcelforce|worldwide|airmail|international)\b",
            re.I,
        ),
    ),
    (  # "Сроки доставки отправлений в Грецию увеличены", "Срок доставки ... может увеличиться"
        "срок",
        "delay",
        re.compile(
            r"\bсрок(?:и|а)? (?:доставки|пересылки)\b[^.;:!?\n,]{0,60}?(?<!не )\bувелич", re.I
        ),
    ),
    (
        "термін",
        "delay",
        re.compile(r"\bтерміни (?:доставки|пересилання)\b[^.;:!?\n]{0,60}?\bзбільш", re.I),
    ),
    (  # "bpost schort vanaf 10 maart alle brieven en pakjes naar Iran op": suspends mail to a
        # place (not "CWU schort de stakingen op": a strike postponed is good news)
        "schort",
        "suspension",
        re.compile(
            r"\bschort\b(?![^.;:!?\n]{0,80}?(?:staking|actie|verhoging))[^.;:!?\n]{1,80}?"
            r"(?:\bnaar\b[^.;:!?\n]{1,60}?\bop\b|\bop naar\b)",
            re.I,
        ),
    ),
    (  # "la huelga paraliza los envíos a Chile": a stop of mail, not of a city or of works
        "paraliz",
        "suspension",
        re.compile(
            r"\bparaliza(?:n|ra|rá|ran|rán)?\b\s+(?:\w+\s+){0,3}?(?:envíos|envios|paquetes|"
            r"correo|entregas?|admisión|admision|servicio postal|expedición|expedicion)\b",
            re.I,
        ),
    ),
    (  # "Pakete werden nur mehr mit Sendungsverfolgung angenommen": a limit of service (not
        # "es gibt nur mehr zwei Tarifstufen")
        "nur mehr",
        "restriction",
        re.compile(
            r"\bnur mehr\b(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){0,80}?\b(?:angenommen|versendet|"
            r"verschickt|versandt|"
            r"befördert|zugestellt|möglich|zulässig|akzeptiert|transportiert)\b",
            re.I,
        ),
    ),
    (  # "mogen e-sigaretten niet meer naar Australië worden verzonden": banned
        "mogen",
        "prohibited_items",
        re.compile(
            r"\bmogen\b[^.;:!?\n]{0,60}?\bniet (?:meer|langer)\b[^.;:!?\n]{0,60}?\bworden "
            r"(?:verzonden|verstuurd|ingevoerd)\b",
            re.I,
        ),
    ),
    (  # "Dodací lhůty balíků do Rakouska jsou prodlouženy": delivery takes longer
        "dodací",
        "delay",
        re.compile(r"\bdodací lhůty\b[^.;:!?\n]{0,60}?\b(?:prodlouž\w*|delší)", re.I),
    ),
    (  # "PostNL stopt per 1 maart tijdelijk met het vervoeren van pakketten": stops
        "stop",
        "suspension",
        re.compile(
            r"\bstop(?:t|pen)\b[^.;:!?\n]{0,50}?\bmet (?:het )?(?:vervoeren|verzenden|"
            r"accepteren|aannemen|bezorgen|versturen)\b",
            re.I,
        ),
    ),
    (  # "dürfen ab 1. März nicht mehr nach Australien versendet werden": no longer sent
        "nicht",
        "suspension",
        re.compile(
            r"\bnicht mehr\b(?!(?:[^.;:!?\n]{0,60}?\b(?:rechtzeitig|pünktlich|"
            r"mit (?:einer|einem|der|dem) \w*(?:rechnung|erklärung|formular|nachweis|"
            r"bescheinigung))))"
            r"[^.;:!?\n]{1,60}?\b(?:versendet|verschickt|versandt|befördert|"
            r"befordert|angenommen|zugestellt|transportiert|eingeliefert|aufgegeben|eingeführt|"
            r"eingefuhrt)\b",
            re.I,
        ),
    ),
    # "(?<!immer )\bwieder\b" with the word first (the regex engine then skips to its letters):
    # the checks before it are made after it, on the same characters
    ("wieder", "resumption", re.compile(r"wieder(?<!\wwieder)\b(?<!immer wieder)", re.I)),
    (
        "again",
        "resumption",
        re.compile(
            r"\b(?:can|may|will|could) (?:once )?again be\b|\bagain accept|"
            r"\b(?:be|is|are) (?:sent|accepted|mailed|shipped|delivered|posted)\b[^.;\n]{0,50}?"
            r"\bagain\b|\b(?:possible|available|accepted|open|resumed) (?:once )?again\b|"
            r"\b(?:(?:we|we're|we are|now) (?:are )?accepting|can (?:now )?(?:receive|accept))\b"
            r"[^.;\n]{0,60}?\bagain\b",
            re.I,
        ),
    ),
    ("must", "new_requirement", _MUST_BE),
    ("kg", "restriction", _WEIGHT_LIMIT),
    ("кг", "restriction", _WEIGHT_LIMIT),
    (
        "unable",
        "suspension",
        re.compile(
            r"\bunable to\b[^.;\n]{0,30}?\b(?:deliver|accept|process|pick up|collect|transport|"
            r"dispatch|despatch|forward)",
            re.I,
        ),
    ),
    (  # "no parcels to Qatar will be accepted": the stop said of its subject
        "accepted",
        "suspension",
        re.compile(
            r"\bno (?:(?!without )[\w'-]+ ){1,6}?(?:(?:will|can|shall|may|could) be|are|is) "
            r"(?:being )?accepted\b(?! (?:after|before|without|if|unless|on|for christmas)\b| at "
            r"(?:these|this|our|the) (?:lockers?|counters?|branch|branches|office|offices|"
            r"post office|station))",
            re.I,
        ),
    ),
    (
        "no longer",
        "suspension",
        re.compile(
            r"\bno longer (?:be )?(?:able to )?(?:accept|sen[dt]|ship|mail|deliver|possible|"
            r"available|offer|process|transport|forward)",
            re.I,
        ),
    ),
]  # (a word the text must hold for the pattern to be tried, kind, pattern)
# Patterns that start with their needle may start the search there ("must", "no longer").
_STARTS_WITH_NEEDLE = frozenset(("must", "kein", "no longer", "unable", "wieder", "only"))
# How each pattern is searched: those that start with one word and a word boundary, through
# WordStartPattern (two to three times faster, the same matches); "again" and the weight limits
# have many alternatives that start everywhere (any number), so the engine does them faster.
_GAPPED_FINDERS = [
    (
        needle,
        kind,
        rx if needle in ("again", "kg", "кг", "wieder") else WordStartPattern(rx),
    )
    for needle, kind, rx in _GAPPED
]


def _head(rx: re.Pattern[str]) -> str | None:
    """The word (lower-case letters and spaces, four or more) every match of ``rx`` starts
    with, when its pattern is one alternative that opens with it (after ``\\b``), else None."""
    pattern = rx.pattern.removeprefix("\\b")
    if len(_top_level_alternatives(pattern)) != 1:
        return None
    word = re.match(r"[a-z ]+", pattern)
    if word is None:
        return None
    head = word.group(0)
    if pattern[word.end() : word.end() + 1] in ("?", "*", "+", "{"):
        head = head[:-1]  # "keine?" opens with "kein"
    return head if len(head) >= 4 else None  # "n(?:e |')": a letter found everywhere


# The same, with the pattern itself (not its WordStartPattern) and the word every match starts
# with: where no letter folds to "i" or "s" (_FOLDED), a match of such a pattern starts where
# the normalised text holds that word ("kein", "neem" of "neemt geen ... aan"), and only there
# is the pattern tried (_matches_at); the others are searched over all of _search_span.
_GAPPED_HEADED = [
    (needle, kind, finder, rx, _head(rx))
    for (needle, kind, finder), (_needle, _kind, rx) in zip(_GAPPED_FINDERS, _GAPPED, strict=True)
]


def _matches_at(rx: re.Pattern[str], full: str, norm: str, head: str) -> list[re.Match[str]]:
    """``list(rx.finditer(full))`` for a pattern whose every match starts where ``norm`` holds
    ``head``: a match tried at each of those places, from the end of the last one found."""
    out = []
    last = 0
    match = rx.match
    find = norm.find
    at = find(head)
    while at >= 0:
        if at >= last:
            m = match(full, at)
            if m is not None:
                out.append(m)
                last = m.end()
        at = find(head, at + 1)
    return out


# Every match of "again" holds the word, at most this far from its start ("are delivered"
# and up to 50 characters before it), and ends at most this far after its start ("again
# accept"; "again be" looks one character further).
_AGAIN_REACH = 64
_AGAIN_TAIL = 16
# Every weight limit holds a unit, after digits, spaces, "." or "," and at most this many
# characters of the words before them ("not exceeding").
_UNITS = ("kg", "kilo", "кг")
_LIMIT_REACH = 14
# Letters that a case-blind pattern reads as "i" or "s" and that normalising keeps apart: a
# text with one of them may hold a match where the normalised text holds no needle.
_FOLDED = ("\u0131", "\u017f")


def _search_span(doc: Doc, needle: str, first: int) -> tuple[int, int]:
    """Where the search of a gapped pattern may start and end without missing a match: from
    the first needle for the patterns that start with it, from a little before it for "again"
    and the weight limits (and for "again" up to a little after the last one), else the
    whole text: the regex engine then skips most of a long text."""
    whole = len(doc.full)
    if needle in _STARTS_WITH_NEEDLE:
        return first, whole
    if needle not in ("again", "kg", "кг") or any(ch in doc.full for ch in _FOLDED):
        return 0, whole
    if needle == "again":
        last = doc.norm.rfind(needle)
        return max(0, first - _AGAIN_REACH), min(whole, last + _AGAIN_TAIL)
    return _limit_start(doc.norm, doc.full), whole


def _limit_start(norm: str, full: str) -> int:
    """Where a weight limit can start at the earliest (see _LIMIT_REACH)."""
    unit = min(p for p in map(norm.find, _UNITS) if p >= 0)
    while unit > 0 and (
        full[unit - 1] in ".," or full[unit - 1].isspace() or full[unit - 1].isdecimal()
    ):
        unit -= 1
    return max(0, unit - _LIMIT_REACH)


_BREAK_CHAR = re.compile(r"[,;:.!?()\n]")  # what ends a clause part
# Single marks, compiled once (re.search with a pattern string looks it up in re's cache).
_SENTENCE_STOP = re.compile(r"\.(?:\s|$)|\n")
_SEMI_COLON = re.compile(r"[;:]")
_CLAUSE_MARK = re.compile(r"[,;:]")
_STOP_MARK = re.compile(r"[.;:\n]")
_CONTRAST_WORD = GuardedPattern(
    word_start(re.compile(r"\b(?:but|however|aber|jedoch|mais|pero|ma|maar|mas|но|але)\b")),
    ("but", "however", "aber", "jedoch", "ma", "pero", "но", "але"),
)


@dataclass(slots=True)
class Vote:
    kind: str
    weight: float
    start: int
    end: int
    firm: bool = True  # not discounted as future or contrasted
    continued: bool = False  # "remains suspended": the state goes on, it is not news
    possible: bool = False  # "may be delayed": a possible consequence


@dataclass(slots=True)
class KindResult:
    kind: str  # a kind id, or "irrelevant"
    score: float
    evidence: list[tuple[str, int, int]] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    irrelevant_topics: int = 0


_WINDOW_GROUPS = (
    "negation",
    "no_longer",
    "continuation",
    "condition",
    "lifting",
    "future",
    "possibility",
    "duration",
    "contrast",
)


@lru_cache(maxsize=1)
def _weak() -> frozenset[str]:
    return frozenset(parse_phrase(raw)[0] for raw in load_yaml("kinds.yaml")["weak"])


# Lists of kinds.yaml whose triggers count only when a condition holds (see the file)
_GATES = ("object_needed", "change_needed", "ban_verbs", "place_needed", "not_over")


@lru_cache(maxsize=1)
def _gated() -> dict[str, tuple[str, ...]]:
    """Trigger key -> the gates it must pass."""
    data = load_yaml("kinds.yaml")
    out: dict[str, tuple[str, ...]] = {}
    for gate in _GATES:
        for raw in data[gate]:
            key = parse_phrase(raw)[0]
            out[key] = (*out.get(key, ()), gate)
    return out


def _gates_passed(
    doc: Doc, gates: tuple[str, ...], start: int, end: int, place_starts: list[int]
) -> bool:
    for gate in gates:
        if gate == "object_needed" and not _required_of_mail(doc, start, end):
            return False  # "customers will need to wait": no rule without its document
        if gate == "change_needed" and not _FEE_CHANGE.search(doc.norm, *doc.sentence_of(start)):
            return False  # "who pays the customs fees?": a standing charge explained
        if gate == "ban_verbs" and not _banned_goods(doc, start, place_starts):
            return False  # "the data protection law prohibits us from ...": no goods banned
        if gate == "place_needed" and not _said_of_place(doc, end, place_starts):
            return False  # "allow extra time for remote areas", "claims need to include ..."
        if gate == "not_over" and not _said_of_place(doc, end, None):
            return False  # "Heeft uw pakket vertraging?", "de vertraging ... is opgelost"
    return True


def whole_text_entries() -> list[tuple[str, str, str]]:
    """Triggers and whole-notice markers, read over the whole text by ``lexicon``."""
    data = load_yaml("kinds.yaml")
    return [
        (*parse_phrase(raw), group)
        for group in KINDS + _MODIFIERS
        if group not in _WINDOW_GROUPS
        for raw in data[group]
    ]


@lru_cache(maxsize=1)
def _window_matcher() -> PhraseMatcher:
    """The modifiers, read only in the few words around each trigger: they are short, common
    words ("not", "if", "to") that would hit everywhere."""
    data = load_yaml("kinds.yaml")
    return PhraseMatcher(
        (*parse_phrase(raw), group) for group in _WINDOW_GROUPS for raw in data[group]
    )


def _clause_start(doc: Doc, pos: int, limit: int = 60) -> int:
    """Where the clause part before ``pos`` starts (at most ``limit`` chars back): after the
    last break or contrast word. Read in place, without copying the chunk."""
    start = max(0, pos - limit)
    # the last break in full[start:pos] is the first one in the reversed text from len - pos
    rev = doc.reversed_full()
    n = len(rev)
    last = _BREAK_CHAR.search(rev, n - pos, n - start)
    cut = n - last.start() if last else start
    if last is not None and last.group() in "()":
        # a bracket of codes is an aside: "No customs declaration (CN22/CN23) is required" is
        # one clause, and so is "no customs declaration (CN22/CN23"; not "(not letters)"
        opening = doc.full.rfind("(", start, cut) if last.group() == ")" else cut - 1
        inside = doc.full[opening + 1 : cut - 1 if last.group() == ")" else pos]
        if opening >= start and " " not in inside.strip():
            last = _BREAK_CHAR.search(rev, n - opening, n - start)
            while last is not None and last.group() == "(":
                last = _BREAK_CHAR.search(rev, last.end(), n - start)
            cut = n - last.start() if last else start
    # a search per match, not finditer: most clauses hold none, and a search costs a tenth of
    # making the iterator (the next search from a match's end is finditer's next step)
    word = _CONTRAST_WORD.search(doc.norm, cut, pos)
    while word is not None:
        cut = word.end()
        word = _CONTRAST_WORD.search(doc.norm, cut, pos)
    return cut


def _words_between(doc: Doc, a: int, b: int) -> int:
    return len(doc.norm[a:b].split())


# A second verb joined to the first: "are not affected and continue to operate normally"
_JOINED = re.compile(r",|\b(?:and|und|et|y|e|en|och|og|ja|и|і|та|а)\b")


def _inside_informational(triggers: list[tuple[str, int, int, str]], pos: int) -> bool:
    """Whether ``pos`` lies in an all-clear phrase of its own: the "not" of "are not affected
    and continue to operate normally" negates nothing after it."""
    return any(t[0] == "informational" and t[1] <= pos < t[2] for t in triggers)


def decide_kind(
    doc: Doc, subject_ends: set[int] | None = None, place_starts: list[int] | None = None
) -> KindResult:
    """Scores every kind; ``subject_ends``: end offsets of place names (a country as the
    subject of "no longer accepts" is the destination's own ban: prohibited items);
    ``place_starts``: where every place is named."""
    window_matcher = _window_matcher()
    matches = lexicon.matches(doc, "kinds")
    by_group: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        by_group[m.value].append(m)
    # words of a job advertisement and figures year on year are irrelevant topics like any other
    jobs, figures = by_group.pop("job_topics", None), by_group.pop("figure_topics", None)
    if jobs or figures:
        by_group["irrelevant_topics"] = sorted(
            by_group["irrelevant_topics"] + (jobs or []) + (figures or []), key=_START
        )
    triggers: list[tuple[str, int, int, str]] = [
        (m.value, m.start, m.end, m.key) for m in matches if m.value in _WEIGHT
    ]
    taken = [(m.start, m.end) for m in matches if m.value in _WEIGHT]
    stop_starts = {m.start for m in matches if m.value in _STOPS}
    norm, full = doc.norm, doc.full
    folded = None  # whether the text holds a letter of _FOLDED, looked up once if needed
    firsts: dict[str, int] = {}  # "geen" guards two patterns
    for needle, kind, rx, whole_rx, head in _GAPPED_HEADED:
        first = firsts.get(needle)
        if first is None:
            first = firsts[needle] = norm.find(needle)
        if first < 0:
            continue
        if head is not None and folded is None:
            folded = any(ch in full for ch in _FOLDED)
        if head is not None and not folded:
            # the same matches as the search over _search_span, which starts at the needle
            # when it is the head, else at 0: no match starts before the first head
            found = _matches_at(whole_rx, full, norm, head)
        else:
            found = rx.finditer(full, *_search_span(doc, needle, first))
        for g in found:
            if any(a < g.end() and g.start() < b for a, b in taken):
                continue
            if kind == "suspension" and any(g.end() < s <= g.end() + 3 for s in stop_starts):
                continue  # "ne sont plus suspendus": the negation of the stop that follows
            triggers.append((kind, g.start(), g.end(), g.group(0)))
    duty_objects = by_group.get("duty_objects", [])
    enforcement = by_group.get("enforcement")
    as_before = by_group.get("as_before")
    # words a few rules need: looked for in the one walk over the text, the rule's own pattern
    # runs only in a notice that holds them
    addons = by_group.get("addons")
    pluperfect = "pluperfect" in by_group
    asked = "asked_about" in by_group
    rumours, denials = by_group.get("rumours"), by_group.get("denials")
    subject_ends = subject_ends or set()

    full, book, name_after = doc.full, "《" in doc.full, _NAME_AFTER.match
    crumbs = breadcrumbs(doc)  # "Home > Customs > Duties": where the page sits, no change
    triggers = [
        t
        for t in triggers
        if doc.counts(t[1])
        and not ((book or name_after(full, t[2])) and _in_a_name(doc, t[1], t[2]))
        and not (crumbs and in_spans(t[1], crumbs))
    ]
    clauses = [_clause_start(doc, t[1]) for t in triggers]
    spans = [(c, t[1]) for c, t in zip(clauses, triggers, strict=True)]
    for t in triggers:
        if t[0] == "resumption":  # the words after a resumption: "however ..."
            spans.append((t[2], min(len(doc.norm), t[2] + 80)))
    modifiers = window_matcher.find_in_spans(doc.norm, doc.full, spans)
    topic_sentences = {doc.sentence_of(m.start) for m in by_group.get("irrelevant_topics", [])}
    closure_sentences = _closure_sentences(doc, by_group.get("closure_topics", []), place_starts)
    other_starts = [m.start for m in by_group.get("other_services", [])]
    other_sentences = _other_service_sentences(
        doc, by_group.get("other_services", []), place_starts
    )
    title_other = doc.title_end > 0 and doc.sentence_of(0) in other_sentences  # title about one
    weak, gated = _weak(), _gated()
    votes: list[Vote] = []
    transport_stops: set[int] = set()  # where a stop of flights or ports was read as a delay
    reminded: list[tuple[int, int, float]] = []  # votes of standing rules a reminder repeats
    kept_hint: bool | None = None  # whether the text says something does not change
    mod_starts = [m.start for m in modifiers]
    despite = doc.holds_any(_DESPITE_HINTS)
    norm = doc.norm
    # Whole-text checks (most notices hold none of these words) go through doc.holds_any,
    # after the cheaper conditions beside them: made once, and only when a rule needs them.
    hints = doc.holds_any
    paid: dict[int, bool] = {}  # _paid_in_app of each sentence
    prepaid: dict[int, bool] = {}  # _prepaid of each sentence
    for (kind, start, end, key), clause_start in zip(triggers, clauses, strict=True):
        lo, hi = bisect_left(mod_starts, clause_start), bisect_left(mod_starts, start)
        # most triggers have no modifier in their clause: the checks of ``near`` then are skipped
        near = [m for m in modifiers[lo:hi] if m.end <= start] if lo < hi else []
        weight = _WEIGHT[kind]
        gates = gated.get(key)  # most triggers pass no gate: one lookup for all of them
        if gates is not None and not _gates_passed(doc, gates, start, end, place_starts or []):
            continue
        if kind == "informational" and _PRICES_KEPT.search(norm, max(0, start - 6), start):
            weight *= 0.2  # "资费标准保持不变", "料金に変更はありません": the prices are kept
        if key in weak and not (kind == "new_requirement" and _required_of_mail(doc, start, end)):
            weight *= WEAK_FACTOR  # "need a" alone is weak; "parcels need a VOEC number" is a rule
        if near and any(
            m.value == "condition"
            and _is_condition(doc, m, clause_start)
            and not _NEW_CLAUSE.search(norm, m.end, start)
            for m in near
        ):
            continue  # "as soon as the suspension is lifted", "should restrictions arise"
        negated = [m for m in near if m.value in ("negation", "no_longer")] if near else near
        if negated and not (kind == "new_requirement" and key in _NEEDS):
            negated = [m for m in negated if _negates(doc, m.start, m.end, start)]
        if (
            not negated
            and kind in _STOPS
            and end < len(norm)
            and "\uac00" <= norm[end - 1] <= "\ud7af"
            and _KO_NOT_AFTER.match(norm, end)
        ):
            continue  # "금지·차단하는 것이 아니라": it is not that ... bans (Korean says it after)
        if not negated and kind in _STOPS and _denied_report(doc, start):
            continue  # "none of the administrations, A, B or C, has announced a suspension"
        if (
            (kind in _STOPS or kind == "delay")
            and not negated
            and near
            and _any_denied(doc, near, start)
        ):
            continue  # "neither the UPU nor the WHO has issued any restriction"
        if negated:
            no_longer = any(m.value == "no_longer" for m in negated)
            if kind in ("suspension", "prohibited_items", "restriction") and no_longer:
                kind, weight = "resumption", _WEIGHT["resumption"]
            elif kind == "resumption":
                kind, weight = "suspension", 1.0
            elif kind in ("delay", "restriction", "new_requirement", "prohibited_items"):
                kind, weight = "informational", 0.5
            elif kind == "suspension":
                continue
            elif kind == "informational" and any(
                not _inside_informational(triggers, m.start)
                and _JOINED.search(norm, m.end, start) is None
                for m in negated
            ):
                continue  # "will not be delivered in the usual time": no all-clear
        lifted = near and [
            m for m in near if m.value == "lifting" and _words_between(doc, m.end, start) <= 3
        ]
        if kind in _STOPS and not lifted and _lifted_after(doc, start, end):
            lifted = True  # "the suspension of mail to Lebanon has been lifted"
        if lifted and kind in ("suspension", "prohibited_items", "restriction"):
            kind, weight = "resumption", _WEIGHT["resumption"]
        firm = True
        continued = kind in _STOPS and (
            (
                near
                and any(
                    m.value == "continuation" and _words_between(doc, m.end, start) <= 2
                    for m in near
                )
            )
            or (hints(_STILL_HINTS) and _STILL_IN_FORCE.match(doc.full, end) is not None)
        )
        if kind in _STOPS and _NOT_APPLIED_AFTER.match(doc.full, end):
            kind, weight = "informational", 0.5  # "these restrictions do not apply to goods"
        if continued and kind == "restriction" and key.startswith("routed"):
            kind, weight = "informational", 0.5  # "continue to be routed via Dubai": as before
        possible = (
            kind == "delay"
            and bool(near)
            and any(
                m.value == "possibility" and _words_between(doc, m.end, start) <= 3 for m in near
            )
        )
        if kind == "resumption":
            if near and any(
                m.value == "future" and _words_between(doc, m.end, start) <= 2 for m in near
            ):
                if not _starts_on_date(doc, start, end):
                    weight *= 0.5  # "airports will resume on Monday": the closure is the news
                    firm = False
            elif norm.startswith("to ", start - 3) and not _starts_on_date(doc, start, end):
                weight *= 0.3  # "measures ... to restore our systems": an aim, not done
                firm = False
            elif key.lower() in _RESUMES_LATER and _halted_before(doc, triggers, start):
                weight *= 0.3  # "customs closed; deliveries resume 24 February": the end of
                firm = False  # the stop the same sentence announces, not a resumption
            stop = _SENTENCE_STOP.search(doc.full[end : end + 80])
            after_end = end + (stop.start() if stop else 80)
            if any(
                c.value == "contrast" and end <= c.start and c.end <= after_end for c in modifiers
            ):
                weight *= 0.3  # "has resumed; however, expect delays"
                firm = False
        if kind in _STOPS and as_before and _AS_BEFORE_STOP.search(norm, clause_start, start):
            weight *= CONTINUED_FACTOR  # "der Versand von Waffen ist wie bisher nicht zulässig"
            continued = True
        elif (
            kind in _STOPS
            and _STOP_NOUN.search(norm, start, end)
            and _STOP_HOLDS_AFTER.match(norm, end, _clause_end(norm, end, end + 120))
        ):
            # "The temporary suspension of acceptance of all mail continues for: Nepal, ...":
            # a stop that holds, as "remains suspended" does
            continued = True
        if (
            kind == "informational"
            and key.startswith("mail continue")
            and _STOP_NOUN_BEFORE.search(norm, max(clause_start, start - 80), start)
        ):
            continue  # "the suspension of all international mail continues": not mail
        if kind == "suspension" and addons and _addon_stopped(doc, addons, start):
            kind = "restriction"  # "cash on delivery to Switzerland is discontinued": parcels go on
        if (
            kind in _STOPS
            and pluperfect
            and _PLUPERFECT.search(norm, max(clause_start, start - 40), start)
            and not _REPORTED_SPEECH.search(norm, doc.sentence_of(start)[0], start)
        ):
            weight *= CONTINUED_FACTOR  # "booking had been suspended from 25 August": history
            continued = True
        if kind in _ROUTINE_KINDS and (
            _ROUTINE.search(doc.norm, clause_start, start)
            or (as_before and _AS_BEFORE.match(norm, end))
            or (
                near
                and any(
                    m.value == "continuation" and _words_between(doc, m.end, start) <= 1
                    for m in near
                )
            )
        ):
            kind, weight = "informational", 0.5  # "the usual postage is required": nothing new
        elif kind in _ROUTINE_KINDS and hints(_GOES_ON_HINTS) and _GOES_ON.match(norm, end):
            kind, weight = "informational", 0.5  # "the collection of duties continues as normal"
        elif (
            kind in _ROUTINE_KINDS
            and (kept_hint if kept_hint is not None else (kept_hint := hints(_KEPT_HINTS)))
            and (_kept_before(doc, start) or _kept_after(doc, end))
        ):
            kind, weight = "informational", 0.5  # "this message does not change the duty rates"
        if kind == "duty_tax_change" and key == "zoll" and _customs_office(doc, start, end):
            continue  # "der Zoll warnt", "erinnert der Zoll daran": the authority, no duty
        if (
            kind == "duty_tax_change"
            and full.startswith("- ", end)
            and _NUMBER_HEAD.match(norm, end)
        ):
            continue  # "Steuer- bzw. Identifikationsnummer": a tax number, no tax
        if (
            kind == "suspension"
            # "due to flight restrictions in the region"; not "airports closed - restrictions
            # on shipments to Thailand"
            or (
                kind == "restriction"
                and not _restricted_mail(norm, end)
                and _delay_beside(doc, matches, start)
            )
        ) and _transport_stop(doc, clause_start, start, end):
            kind, weight = "delay", _WEIGHT["delay"]  # "the ferry has been suspended"
            transport_stops.add(start)
        elif kind == "suspension" and _local_stop(doc, start, end, place_starts):
            kind, weight = "delay", _WEIGHT["delay"]  # "delivery suspended in some ZIP codes"
            possible = bool(near) and any(  # "in some areas, delivery may not be possible"
                m.value == "possibility" and _words_between(doc, m.end, start) <= 8 for m in near
            )
        if (
            kind == "resumption"
            and _transport_stop(doc, clause_start, start, end)
            # not "airlines have resumed carrying mail", "... resumed and with them the mail"
            and not (
                key.startswith("resum")
                and _MAIL_BEFORE.search(norm, end, _clause_end(norm, end, end + 40))
            )
        ):
            weight *= 0.3  # "airports have resumed flight operations": not mail, not yet
        if kind == "suspension" and (
            _TIME_LIMIT_AFTER.match(norm, end)
            or (
                doc.holds_any(_BID_HINTS)
                and (
                    bids := _BIDS_BEFORE.search(
                        norm, max(doc.sentence_of(start)[0], start - 200), start
                    )
                )
                # not "wegen einer Ausschreibung ... wird die Annahme von Paketen ausgesetzt"
                and not _MAIL_AFTER_BIDS.search(norm, bids.end(), start)
            )
        ):
            continue  # "se suspende el plazo de presentación de ofertas": a deadline, no mail
        if kind == "suspension" and _data_refused(doc, start, end, key):
            kind, weight = "new_requirement", _WEIGHT["new_requirement"]
        elif (
            kind == "suspension"
            and "|" in doc.full
            and _HEADER_PAIR.match(doc.full, *doc.line_of(start))
            and _EXAMPLES_ABOVE.search(doc.norm, max(0, start - 40), start)
        ):
            weight *= 0.1  # "For example: / Not accepted | Accepted": an example table
        if (kind == "suspension" and _has_duty_object(doc, start, end, duty_objects)) or (
            kind == "resumption" and _lifted_duty(doc, start, end, duty_objects)
        ):  # "suspending duty-free treatment", "die Zollfreigrenze ... aufgehoben": a duty
            kind, weight = "duty_tax_change", _WEIGHT["duty_tax_change"]
        if (
            kind == "suspension"
            and hints(_OVER_HINTS)
            and _over_limit(doc, clause_start, end)
            and not any(doc.sentence_of(m.start) == doc.sentence_of(start) for m in duty_objects)
        ):
            kind = "restriction"  # "items over 2 kg refused": as firm as the refusal
        if kind == "suspension" and "accept" in key and _after_subject(doc, start, subject_ends):
            kind, weight = "prohibited_items", _WEIGHT["prohibited_items"]
        if kind == "duty_tax_change" and hints(_APP_HINTS) and _paid_in_app(doc, start, paid):
            weight *= 0.1  # "pay GST and customs duties in the app": a way to pay, no new duty
        elif kind == "duty_tax_change" and hints(_PREPAID_HINTS) and _prepaid(doc, start, prepaid):
            weight *= PREPAID_FACTOR  # "accepted only with duties prepaid (DDP)": a service
        if (
            kind == "prohibited_items"
            and key.startswith("ban")
            and norm.endswith("overtime ", 0, start)
        ):
            continue  # "an overtime ban": a labour action, no ban of goods
        if (
            kind == "prohibited_items"
            and key.startswith("verbot")
            and _OTHER_BAN.search(norm, max(0, start - 24), start)
        ):
            continue  # "Lkw-Fahrverbot", "Nachtflugverbot": a ban of driving or flying, no goods
        if kind == "informational" and "affected" in key:
            weight = 0.4  # "documents are not affected" says what is exempt, not that all is well
        if topic_sentences and doc.sentence_of(start) in topic_sentences:
            weight *= 0.2  # "scammers ask for a customs fee": a warning, not a fee
        elif other_sentences and doc.sentence_of(start) in other_sentences:
            weight *= 0.2  # "ATM services will be suspended": a service that sends nothing
        elif other_starts and _other_service_object(doc, end, other_starts):
            weight *= 0.2  # "despite the suspension of telecommunication services"
        elif topic_sentences and _quoted_at(doc, start):
            weight *= 0.2  # a scam message quoted: "your parcel has been suspended"
        elif title_other and kind in ("suspension", "resumption", "delay"):
            weight *= 0.3  # under "System maintenance: services suspended", a list of them
        elif (
            closure_sentences
            and kind in ("suspension", "resumption", "restriction")
            and doc.sentence_of(start) in closure_sentences
        ):
            weight *= 0.3  # "no collections on Christmas Day": a holiday, no stop of sending
        if (
            kind in _STOPS
            and denials
            and (
                (rumours and _rumour_denied(doc, rumours, denials, start))
                or any(
                    0 <= d.start - end <= _DENIED_REACH and doc.norm[d.start] >= "\u3000"
                    for d in denials
                )
            )
        ):
            # "rumours that we stop accepting parcels ... This is not true.", "반입 금지는 사실이
            # 아닙니다" (the ban is not true)
            weight *= 0.05
        if asked and _ASKED_ABOUT.search(norm, max(clause_start, start - 60), start):
            weight *= 0.2  # "we have received questions about the US tariff changes"
        if (
            kind == "new_requirement"
            and doc.holds_any(_SHARE_HINTS)
            and _delivery_target(doc, start)
        ):
            weight *= 0.2  # "95 Prozent der Briefe müssen ... ankommen": the post's target
        if (
            despite
            and (kind in _STOPS or start in transport_stops)  # a delay itself is news
            and _DESPITE_BEFORE.search(norm, max(0, start - 40), start) is not None
            and not _MAIL_BEFORE.search(norm, end, _clause_end(norm, end, end + 40))
        ):
            weight *= 0.2  # "despite the suspension of passenger check-in, cargo runs"
        pointer = _POINTER.match(norm, (sentence := doc.sentence_of(start))[0])
        if (
            pointer is not None
            and (
                pointer.group("see") is None
                or start < pointer.start("see")
                # "see our full list of service suspensions", not "... guide, as acceptance is
                # suspended": the pointer's own object
                or not _CLAUSE_MARK.search(norm, pointer.end(), start)
                and not _AS_BECAUSE.search(norm, pointer.end(), start)
            )
            and (pointer.group("list") is None or _points_to_list(doc, *sentence))
        ):
            weight *= 0.2  # "for more information on sending restrictions, see ..."
        elif kind in _STANDING_KINDS and not doc.in_title(start) and reminds(doc, start):
            reminded.append((start, end, weight))
            weight *= 0.3  # "Reminder: Samoa restricts the import of food": a standing rule
        if kind == "duty_tax_change" and enforcement and _in_sentence(doc, enforcement, start):
            weight *= 0.2  # "offenders can be fined up to 40 times the duty evaded": no new duty
        if kind == "delay" and _aimed_against(norm, max(clause_start, start - 40), start):
            weight *= 0.2  # "we work to keep disruption to a minimum": an aim, no delay
        if kind in ("suspension", "resumption") and (
            _BRANCH.search(norm, clause_start, start)
            or _BRANCH_AFTER.search(doc.full, end, doc.sentence_of(start)[1])
            or _branch_subject(doc, clause_start, start)
        ):
            weight *= (
                BRANCH_FACTOR  # "the Mar del Plata branch reopens": one counter, not a service
            )
        elif norm.startswith("the ", start - 4) and _named_again(norm, start):
            weight *= 0.1  # "during the suspension period": a change said before, named again
        if (
            kind in _STOPS
            and hints(_DOMESTIC_HINTS)
            and _DOMESTIC.search(norm, clause_start, start + 80)
        ):
            a, b = doc.sentence_of(start)
            if not _INTERNATIONAL.search(doc.norm, a, b) and not any(
                a <= p < b or p < doc.title_end for p in place_starts or ()
            ):
                weight *= 0.2  # "suspended air transport for domestic mail"
        if doc.in_title(start):
            weight *= TITLE_FACTOR
        elif start - doc.title_end < LEAD_CHARS:
            weight *= LEAD_FACTOR
        if votes and votes[-1].kind == kind and doc.full[votes[-1].end : start].strip() == "(":
            continue  # "IVA (Imposto sobre o Valor Agregado)": one term, spelt out
        votes.append(Vote(kind, weight, start, end, firm, continued, possible))

    _discount_older_items(doc, votes, place_starts or [])
    _discount_link_lists(doc, votes)
    _discount_guidance(doc, votes)
    if any(v.continued and v.kind == "suspension" for v in votes):
        _continue_paragraph(doc, votes, place_starts or [])
    if sum(v.kind == "restriction" for v in votes) >= SPEC_LINES_FEWEST:
        _discount_spec_sheet(doc, votes, place_starts or [])
    _discount_asides(votes)
    _discount_answered(doc, votes)
    if transport_stops:
        _discount_transport_under_normal_title(doc, votes, transport_stops)
    if any(v.kind in ("suspension", "delay") for v in votes):
        _discount_others_stops(doc, votes)
    _discount_questions(doc, votes)
    said_unchanged = _said_unchanged(doc, votes)
    _discount_complements(doc, votes)
    scores: dict[str, float] = defaultdict(float)
    for v in votes:
        scores[v.kind] += v.weight
    lift_added = 0.0
    if _partial_lift(doc, votes, weak):
        # lifted, but only for some items or up to some limit: a restriction
        lift_added = scores["resumption"]
        scores["restriction"] += lift_added
    # Holidays and opening hours count half: "the New Year holidays delay mail to China" is news.
    # what a list of links to other pages or a site's bar of links names is no topic of this
    # one ("Other service alerts: - Public holiday - China (Golden Week)", "Privacy | Cookies")
    links = link_spans(doc) + menu_spans(doc)
    topic_matches = _counted(doc, by_group.get("irrelevant_topics", []), links)
    counted = [m for m in figures if doc.counts(m.start)] if figures else []
    if counted and _stop_beside_figures(doc, counted, votes):
        topic_matches = [m for m in topic_matches if m not in counted]
    topics = len(topic_matches)
    if _JOB_TITLE.search(doc.full, 0, doc.title_end) is not None or (
        jobs and _job_posting(doc, jobs, votes)
    ):
        # "Stellenangebot: Sachbearbeiter (m/w/d) Zollabfertigung", or "Job ID", "What you'll
        # do" and "Apply now" in the body: a job, however many words of customs its duties hold
        return KindResult("irrelevant", 0.0, [], votes, topics)
    # "Customs Compliance Specialist (m/f/d)": a title about the topic that states no change
    topic_title = any(doc.in_title(m.start) for m in topic_matches) and not any(
        doc.in_title(v.start) and v.kind != "informational" for v in votes
    )
    closure_matches = _counted(doc, by_group.get("closure_topics", []), links)
    closures = len(closure_matches)
    # each counts half, a whole one in the title ("Black Week: 20 % Rabatt ...")
    minor_matches = _counted(doc, by_group.get("minor_topics", []), links)
    minor = sum(2 if doc.in_title(m.start) else 1 for m in minor_matches)
    topics += closures // 2 + minor // 2 + len(other_sentences)
    if not scores:
        return KindResult("irrelevant", 0.0, [], votes, topics)

    proposal = [m for m in by_group.get("proposal", []) if m.start < doc.title_end + 600]
    # what may happen ("responses may be delayed") is no change beside "all continues normally"
    firm: dict[str, float] = defaultdict(float)
    possible = [v for v in votes if v.possible]
    sending = _sending_sentences(doc) if possible else set()
    for v in votes:
        if not v.possible or doc.sentence_of(v.start) in sending:
            firm[v.kind] += v.weight
    changes = {
        k: v
        for k, v in scores.items()
        if k != "informational"
        and v >= RELEVANT_SCORE
        and (firm[k] >= RELEVANT_SCORE or scores.get("informational", 0) < RELEVANT_SCORE)
    }
    pool = changes or scores  # "service normal" counts only when nothing changed
    best = max(pool, key=lambda k: (pool[k], -PRIORITY[k]))
    if (
        best == "duty_tax_change"
        and pool.get("new_requirement", 0.0) >= 0.2 * pool[best]
        and _dated_requirement(doc, votes)
    ):
        best = "new_requirement"  # "duties apply since 29 August ... from 6 October you must"
    elif (
        best == "duty_tax_change"
        and firm.get("new_requirement", 0.0) >= RELEVANT_SCORE
        and _duties_only_handled(doc, votes)
    ):
        best = "new_requirement"  # "register in the portal for the collection of duties"
    total = scores[best]
    if (
        total < RELEVANT_SCORE
        and sum(w for _, _, w in reminded) >= RELEVANT_SCORE
        and not topics
        and not other_sentences
    ):
        # "Reminder: lithium batteries are prohibited in mail to the US", and nothing else:
        # about the topic, no change
        evidence = [("informational", a, b) for a, b, _ in reminded[:3]]
        return KindResult("informational", RELEVANT_SCORE, evidence, votes, topics)
    if topics >= 2 and _topics_in_own_section(doc, topic_matches, votes):
        topics = 0  # "Fraud warning" under the advisory: not what the notice is about
    elif topics >= 2 and _topics_apart(
        doc, topic_matches + minor_matches, closure_matches, votes, best, place_starts or []
    ):
        _quiet_closure_resumptions(doc, closure_matches, votes)
        topics = 0  # a page of notices: the fraud warning and holiday hours have their own
    if topics >= 2 and (
        total < max(3.0, 0.75 * topics)
        or (
            any(doc.in_title(m.start) for m in topic_matches)
            and (topic_title or _RULES_KEPT.search(doc.norm) is not None)
            and not any(
                v.kind == best and _IN_FORCE.search(doc.norm, *doc.sentence_of(v.start))
                for v in votes
            )
        )
    ):
        # results, stamps, phishing; a title about the topic that states no change and no dated
        # change below ("Customs Compliance Specialist (m/f/d)"); a scam warning that says the
        # rules it explains are kept
        return KindResult("irrelevant", 0.0, [], votes, topics)
    if by_group.get("other_services") and not _sending_sentences(doc):
        # "these services are suspended: ATMs, online banking, the app", and no word of mail
        return KindResult("irrelevant", 0.0, [], votes, topics)
    if (
        best == "informational"
        and not changes
        and (
            (
                _PRICES.search(doc.norm, 0, doc.title_end) is not None
                and not any(doc.in_title(p) for p in place_starts or ())
                and all(_of_prices(doc, v.start, place_starts, True) for v in votes)
            )
            or all(_of_prices(doc, v.start, place_starts, False) for v in votes)
        )
    ):
        return KindResult("irrelevant", 0.0, [], votes, topics)  # "letter prices stay the same"
    if best == "informational" and other_sentences and not changes and not place_starts:
        return KindResult("irrelevant", 0.0, [], votes, topics)  # "ATM down; mail unaffected"
    if closures >= 2 and (
        (best in ("resumption", "informational") and total < 3)
        or (
            best == "delay"
            and not place_starts
            and all(v.possible for v in votes if v.kind == "delay")
            and not any(
                _CAUSE.search(doc.norm, *doc.line_of(v.start)) for v in votes if v.kind == "delay"
            )
        )
        or (best == "restriction" and lift_added and total - lift_added < 3)
    ):
        # "post offices are closed for the holiday; normal service resumes on Friday" (and
        # "a reduced service on 31 December" beside it); "parcels sent before Easter may be
        # delayed by one business day", naming no place
        return KindResult("irrelevant", 0.0, [], votes, topics)
    if best == "restriction" and (rival := _over_generic_limits(doc, votes, scores, lift_added)):
        best = rival
    if (
        best in _OUTRANKED
        and (stops := sum(v.weight for v in votes if v.kind == "suspension" and not v.continued))
        >= SUSPENSION_SHARE * total  # the least share: the common case is decided here
        and stops >= _outranked_share(doc, votes, best) * total
        and not (best == "delay" and _title_names(doc, votes, best))
    ):
        best = "suspension"
    if best == "delay" and any(
        v.kind == "resumption"
        and v.firm
        and v.weight >= RELEVANT_SCORE  # not "flights have only partially resumed" (transport)
        and v.start - doc.title_end < LEAD_CHARS
        and not _FUTURE_BEFORE.search(
            doc.norm, max(doc.sentence_of(v.start)[0], v.start - 30), v.start
        )
        for v in votes
    ):
        best = "resumption"  # the newest item says the disruption is over
    elif best == "delay" and _backlog_of_resumption(doc, votes, place_starts or []):
        best = "resumption"  # "we have resumed sending items; expect delays from the backlog"
    if (
        best == "suspension"
        and scores.get("delay", 0) >= RELEVANT_SCORE
        and _still_accepting(doc, votes, place_starts or [])
    ):
        best = "delay"  # "delivery in some areas suspended; we continue to accept mail for X"
    if best == "suspension" and (
        _partial_stop(doc, scores, votes)
        or _other_mode_open(doc, votes, by_group.get("open_modes", []))
    ):
        best = "restriction"  # "only express items accepted; economy parcels not accepted"
    if best != "informational" and said_unchanged:
        best = "informational"  # "Reminder: duty-free limits remain unchanged"
    if best in _STOPS and _title_resumes(doc, votes):
        best = "resumption"  # "Service to X restored": the body tells how it had stopped
    if proposal and best != "informational":
        # a consultation after the decision ("will remove the relief ... A consultation on the
        # design of the new arrangements will follow") is about details: the change stands
        stated = [v for v in votes if v.kind == best]
        first = min(v.start for v in stated) if stated else 0
        sentences = {doc.sentence_of(v.start) for v in stated}
        proposal = [
            m
            for m in proposal
            if doc.in_title(m.start)
            or m.start < first
            or doc.sentence_of(m.start) in sentences
            or not _ON_DETAILS.match(doc.norm, m.end)
        ]
    if proposal:
        best = "informational"
        evidence = [("informational", proposal[0].start, proposal[0].end)]
        return KindResult(best, total, evidence, votes, topics)
    evidence = [(v.kind, v.start, v.end) for v in votes if v.kind == best]
    return KindResult(best, total, evidence[:3], votes, topics)


# Right after a stop: it does not hold for what the notice is about ("These restrictions do
# not apply to commercial traffic or to the flow of goods").
# A stop said to be lifted after it, in its clause: "the suspension ... has been lifted", "de
# opschorting ... wordt opgeheven", "zawieszenie ... zostaje odwołane", "停止措置は…解除され"
_LIFTED_AFTER = re.compile(
    r"(?:[^.;:!?\n]|(?<=\d)\.){0,60}?(?P<lift>\blifted\b|\bremoved\b|\bended\b|\bis over\b|"
    r"\bendete\b|\bbeendet\b|a pris fin|\btermin[oó]\b|\bterminat[ao]\b|aufgehoben|"
    r"\bleve(?:e|es)?\b|levantad|"
    r"revocad|\brevocat|revogad|opgeheven|odwo[lł]an[eay]\b|zniesion|\bснят[ыоа]?\b|\bотменен|"
    r"\bзнят[оіа]?\b|скасован|解除)"
)
# A word of _LIFTED_AFTER holds one of these; it starts within 60 characters of the noun
_LIFT_STEMS = (
    "lifted", "removed", "ended", "is over", "endete", "beendet", "pris fin", "termin",
    "aufgehoben", "leve", "levantad", "revocad", "revocat", "revogad",
    "opgeheven", "odwo", "zniesion", "снят", "отменен", "знят", "скасован", "解除",
)  # fmt: skip
_LIFT_REACH = 61 + max(map(len, _LIFT_STEMS))
# ... unless only once something happens: "remains suspended until the ban is lifted"
_UNTIL_GAP = re.compile(
    r"\b(?:until|till|once|when|if|unless|bis|sobald|wenn|jusqu|des que|hasta|cuando|fino|finche|"
    r"quando|tot|totdat|zodra|ate|dopoki|gdy|пока|когда|поки|коли)\b|まで|次第"
)


# A stop named as a noun: only that can be "lifted" later in its clause ("the suspension ...
# has been lifted"); a participle or verb stays a stop ("приостановлен, отправления сняты с
# рейса", "prohibited ... and will be removed by customs")
_STOP_NOUN = re.compile(
    r"(?:suspension|suspensi[oó]n|sospensione|suspensao|suspensão|opschorting|aussetzung|"
    r"zawieszeni\w*|приостановлени\w*|призупиненн\w*|ограничени\w*|обмеженн\w*|"
    r"restrictions?|prohibition|embargo|bans?|verbot|interdiction|prohibici[oó]n|proibicao|"
    r"proibição|divieto|verbod|zakaz|запрет|заборон\w*|停止措置|引受停止|停止)$|停止|暂停|禁令"
)
# After a noun of stopping, the words of its object and a verb that it goes on: "(the
# suspension) of acceptance of all international mail continues"
_STOP_HOLDS_AFTER = re.compile(
    r"\s+(?:of\s+[^.;:\n]{0,80}?\s+)?(?:continues|will continue|remains in (?:place|force|"
    r"effect)|remain in (?:place|force|effect)|stays in place|is extended|has been extended)\b"
)
_STOP_NOUN_BEFORE = re.compile(r"\b(?:suspension|ban|embargo|stop) of\b[^.;:\n]*$")
# "not yet lifted", "nicht aufgehoben": the stop holds
_NOT_YET = re.compile(
    r"\b(?:not|not yet|nicht|noch nicht|pas|pas encore|no|aun no|todavia no|non|niet|nog niet|"
    r"nao|nie|не|ще не|еще не)\s+(?:\w+\s+){0,2}$|未"
)
# "... will be lifted as soon as flights resume", "待...解除后另行通知": a condition after it
_UNTIL_AFTER = re.compile(
    r"[\s,]*(?:only\s+)?(?:as soon as|once|when|sobald|wenn|des que|lorsque|en cuanto|cuando|"
    r"non appena|zodra|assim que|jak tylko|gdy|после|коли|как только|后|後)"
)


_CJK_UNTIL = re.compile(r"待|直至|直到")


def _lifted_after(doc: Doc, start: int, end: int) -> bool:
    """Whether the stop noun at ``start:end`` is said to be lifted later in its clause, not
    after a negation ("has not yet been lifted") nor before a condition ("as soon as")."""
    norm = doc.norm
    if not _STOP_NOUN.search(norm, start, end):
        return False
    window = norm[end : end + _LIFT_REACH]
    for stem in _LIFT_STEMS:  # the regex tries its words at each of 60 places: far dearer
        if stem in window:
            break
    else:
        return False
    m = _LIFTED_AFTER.match(norm, end)
    if m is None or _UNTIL_GAP.search(norm, end, m.end()) is not None:
        return False
    if norm.startswith("с рейс", m.end() + 1):
        return False  # "сняты с рейса": taken off the flight
    if _NOT_YET.search(norm, max(end, m.start("lift") - 30), m.start("lift")):
        return False
    if _FLIGHTS.search(norm, end, m.start("lift")):
        return False  # "the ban on flights to Israel has been lifted": not the mail's stop
    if _PAST_LIFT.search(norm, max(end, m.start("lift") - 16), m.start("lift")):
        # "was lifted when the airport reopened": it happened, unless it came back since
        return not _REINSTATED.search(norm, m.end(), doc.sentence_of(m.end() - 1)[1])
    return _UNTIL_AFTER.match(norm, m.end()) is None and not _CJK_UNTIL.search(norm, end, m.end())


_FLIGHTS = re.compile(
    r"\b(?:flights?|vlucht\w*|vols?|vuelos?|voli|fl[uü]g\w*|airspace|luchtruim)\b"
)
_REINSTATED = re.compile(
    r"\b(?:reinstated|reintroduced|reimposed|again|remains in force|wieder eingef[uü]hrt|"
    r"retabli\w*|restablecid\w*|ripristinat\w*)\b"
)


_PAST_LIFT = re.compile(
    r"\b(?:was|were|has been|have been|had been|wurde|wurden|a ete|ont ete|fue|fueron|ha sido|"
    r"han sido)\s+$|已"
)


# A fee said to be new or to change: a year, a date or a word of change in its sentence
_FEE_CHANGE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:new|neue?[nrs]?|nouveaux?|nouvelles?|nuevos?|nuevas?|nuov[oaie]|"
    r"nieuwe?|nov[oa]s?|now[aey]|новы\w*|нов\w*|introduc\w*|einf[uü]hr\w*|steig\w*|erh[oö]h\w*|"
    r"increas\w*|rais\w*|augment\w*|aument\w*|verhoog\w*|podwy[zż]\w*|повыш\w*|підвищ\w*|"
    r"desde|vanaf|a partir)\b|\d{4}年|調低|调低|調高|调高|提高|下调|下調|上调|上調|降低|引き下げ|"
    r"引き上げ"
)


# A delay or a need said of nothing in particular: a question of a FAQ, or over once named
_RESOLVED_AFTER = re.compile(
    r"[^.;:!?\n]{0,60}?\b(?:(?:is|zijn|werd|werden)\s+)?(?:\w+\s+)?(?:opgelost|voorbij|"
    r"verholpen|weggewerkt|ingelopen)\b"
)


_NOT_OVER = re.compile(r"\b(?:niet|geen|tot|totdat|zodra|verwachting|nog)\b")


def _said_of_place(doc: Doc, end: int, place_starts: list[int] | None) -> bool:
    """Whether a delay or need phrase ending at ``end`` speaks of a change: not in a question,
    not said to be over, and (with ``place_starts``) with a place in its sentence."""
    a, b = doc.sentence_of(end - 1)
    if not doc.in_title(a) and doc.full[a:b].rstrip().endswith("?"):
        return False  # "Heeft uw pakket vertraging?": a question of a FAQ
    over = _RESOLVED_AFTER.match(doc.norm, end)
    if over is not None and not _NOT_OVER.search(doc.norm, end, over.end()):
        return False  # "de vertraging ... is opgelost"; not "nog niet opgelost", "tot ... voorbij"
    return place_starts is None or any(
        a <= p < b or doc.in_title(p) for p in place_starts
    )  # a place in its sentence or in the title


def _banned_goods(doc: Doc, start: int, place_starts: list[int]) -> bool:
    """Whether an active verb of banning has goods, an import or a place in its sentence."""
    a, b = doc.sentence_of(start)
    if _IMPORT_WORD.search(doc.norm, a, b) or any(a <= p < b for p in place_starts):
        return True
    return any(
        a <= m.start < b and not m.value.startswith("_") for m in lexicon.matches(doc, "categories")
    )


_NOT_APPLIED_AFTER = re.compile(
    r"\s+(?:(?:do|does|will|shall)\s+not|don't|doesn't|won't)\s+(?:apply|affect)\b|"
    r"\s+(?:gelten|gilt)\s+nicht\b|\s+ne\s+s['\u2019]appliquen?t?\s+pas\b|"
    r"\s+no\s+se\s+aplican?\b",
    re.IGNORECASE,
)


# "normal service will resume on Monday" ends a delay it announces; it is no news of its own
# An option added to a parcel (cash on delivery): stopping it stops no parcel
# "all mail, including cash on delivery": the option is named among what stops
_ADDON_AMONG = word_start(
    re.compile(
        r"\b(?:all|alle|allen|aller|alles|wszystkie|wszystkich|tous|toutes|todos|todas|tutti|"
        r"tutte|including|incl|auch mit|also with|even with|w tym|y compris|incluido|incluidos|"
        r"inclusi|einschliesslich|inklusive)\b"
    )
)


def _addon_stopped(doc: Doc, addons: list[Match], start: int) -> bool:
    """Whether the stop at ``start`` is of an option (cash on delivery, an additional service)
    named before it in its sentence, and not among all that stops."""
    a, _ = doc.sentence_of(start)
    return any(a <= m.start < start for m in addons) and (
        _ADDON_AMONG.search(doc.norm, a, start) is None
    )


# "had been suspended", "avait été suspendu": what had happened before the news
_PLUPERFECT = word_start(
    re.compile(
        r"\b(?:had|had been|had already been|had previously been|had also been|avait ete|"
        r"avaient ete|avait été|avaient été|habia sido|habian sido|había sido|habían sido)\s+$"
    )
)
# Prices of the operator's own services: that they stay the same changes nothing for a sender
_PRICES = word_start(
    re.compile(
        r"\b(?:prices?|preise?|briefpreise|paketpreise|portopreise|postage rates?|postal rates|"
        r"precios|prezzi|prijzen|precos|ceny|цены|ціни)\b"
    )
)


def _of_prices(doc: Doc, pos: int, place_starts: list[int] | None, or_no_place: bool) -> bool:
    """Whether the clause before the word at ``pos`` names prices ("die Preise für Briefe ins
    Ausland sind unverändert"), or, with ``or_no_place``, names no place either; "freight
    prices rose, but shipments to Israel continue as normal" is about the shipments."""
    a = _clause_start(doc, pos, 180)
    if _PRICES.search(doc.norm, a, pos) is not None:
        return True
    return or_no_place and not any(a <= p < pos for p in place_starts or ())


# What readers ask or read about: the topic of their questions, not a change stated here
_ASKED_ABOUT = word_start(
    re.compile(
        r"(?:\b(?:questions|enquiries|inquiries|queries|concerns|news|reports|rumou?rs)|"
        r"\b(?:customers|people|senders|users|many|who|they|we) (?:have |are |often )?"
        r"(?:ask|asked|asking)) (?:about|regarding|concerning|on)\b"
        r"(?:(?! (?:and|but|so) )[^.;:!?\n])*$"
    )
)
# "The Postal Service said that it had suspended ...": the news, told as reported speech
_REPORTED_SPEECH = word_start(
    re.compile(
        r"\b(?:said|says|announced|confirmed|stated|reported|informed|explained|added|noted|told)\b"
    )
)


def _starts_on_date(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence gives the day the change takes effect, after ``end``, and does not
    only expect or plan it before ``start`` ("Posti expects deliveries to resume from 11 March")."""
    a, b = doc.sentence_of(start)
    return _STARTS_ON.match(doc.norm, end, b) is not None and not _EXPECTED.search(
        doc.norm, a, start
    )


_EXPECTED = word_start(
    re.compile(
        r"\b(?:expect\w*|plan\w*|hope\w*|aim\w*|intend\w*|anticipat\w*|forecast\w*|likely|"
        r"erwart\w*|plan\w*|prevo\w*|espera\w*|prev[eé]\w*)\b"
    )
)


_FUTURE_BEFORE = word_start(
    re.compile(
        r"\b(?:will|shall|expected to|should|wird|werden|sera|seront|va|vont|sara|saranno|zal|"
        r"zullen|будет|буде|будуть)\b|将|將|予定|预计|預計"
    )
)


# Product categories, as opposed to the scope of a notice (all goods, letters, sales, gifts).
_SCOPES = frozenset(("all_goods", "documents", "commercial_goods", "gifts"))
_TEMPORARY = word_start(
    re.compile(
        r"\b(?:temporar\w*|for the time being|for now|vorubergehend|vorläufig|vorlaufig|zeitweise|"
        r"temporairement|provisoirement|temporalmente|provisionalmente|temporaneamente|tijdelijk|"
        r"temporariamente|temporal|czasowo|tymczasowo|временно|тимчасово)\b|暂时|暫時|一時",
    )
)


# Words that mean a pause, not an end ("we suspend acceptance of live animals").
_UNTIL_FURTHER = word_start(
    re.compile(
        r"\b(?:until further notice|till further notice|bis auf weiteres|jusqu'a nouvel ordre|"
        r"hasta nuevo aviso|hasta nueva orden|fino a nuovo avviso|fino a nuova comunicazione|"
        r"fino a nuovo ordine|tot nader order|ate novo aviso|ate nova ordem|ate nova informacao|"
        r"до особого распоряжения|до дальнейшего уведомления|до окремого розпорядження|"
        r"do odwolania)\b|另行通知|追って"
    )
)
_PAUSE = re.compile(
    r"suspen|sospe|ausgesetzt|aussetz|setzt aus|setzen aus|opgeschort|opschort|schort op|"
    r"interromp|interrump|interrott|unterbroch|приостан|призупин|暂停|暫停|暂缓|暫緩|一時停止"
)


def standing_ban(
    doc: Doc, result: KindResult, categories: list[str], customs: bool = False
) -> KindResult:
    """An operator that "will no longer accept firearms" bans a category: prohibited items.
    A stop of mail or goods in general stays a suspension, and so does a stop of a category
    that is a pause ("suspended", "temporarily"): DESIGN.md's temporary stop by an operator.
    A customs authority that "suspends imports of seafood from Japan" is the destination
    banning goods, pause or not."""
    if result.kind != "suspension" or not categories:
        return result
    scoped = _SCOPES.intersection(categories)
    if customs and (
        not scoped
        or any(
            v.kind == "suspension" and _IMPORT_WORD.search(doc.norm, *doc.sentence_of(v.start))
            for v in result.votes
        )
    ):
        return _as_ban(result)  # "suspends the import of ..., by trade or by post": banned
    if scoped:
        return result
    stops = [v for v in result.votes if v.kind == "suspension"]
    if stops and _PAUSE.match(doc.norm, max(stops, key=lambda v: v.weight).start):
        return result  # the notice's main word for it is a pause
    for v in stops:
        a, b = doc.sentence_of(v.start)
        if _TEMPORARY.search(doc.norm, a, b):
            return result
    if _UNTIL_FURTHER.search(doc.norm):
        return result  # "it will remain in place until further notice": a pause, not a ban
    return _as_ban(result)


_IMPORT_WORD = word_start(
    re.compile(
        r"\b(?:import\w*|einfuhr\w*|importa\w*|invoer\w*|ввоз\w*|імпорт\w*|przywoz\w*)|进口|輸入"
    )
)


def _as_ban(result: KindResult) -> KindResult:
    evidence = [("prohibited_items", s, e) for _k, s, e in result.evidence]
    return KindResult(
        "prohibited_items", result.score, evidence, result.votes, result.irrelevant_topics
    )


_INVERTED_SUBJECTS = frozenset(
    "any the there a an this these such further it they we you our your its their conditions "
    "circumstances service services".split()
)


# What makes a change word part of a name or of a membership, not a change of service:
# "the STOP Act", 《停止鸦片类药物流入法》, "ne fait plus partie de l'union douanière".
# (The spaces read once before both lists: the same matches, as a word of either starts with a
# letter where the spaces end.)
_NAME_AFTER = re.compile(
    r"\)?\s*(?:(?:Act|Law|Gesetz|Loi|Ley|Legge|Lei|Wet)\b|"
    r"(?:partie|part of|a part of|teil|parte|deel|a member|member|membre|miembro|membro|"
    r"lid|частью|членом|частиною|членом)\b)"
)
_BOOK_TITLE = re.compile(r"[《«〈][^《》«»〈〉\n]{0,60}$")


# A stop of the means of transport, not of the mail: mail waits for the next departure.
_TRANSPORT = by_first_letter(
    r"(?:flights?|ferry|ferries|ferry connections?|sailings?|air links?|airlines?|vessels?|"
    r"trains?|rail services?|vols?|liaisons?|traversees?|fluge|flugverbindungen?|fahren?|"
    r"fahrverbindungen?|vuelos?|voli|volo|traghetti|traghetto|vluchten|vlucht|veerboot|"
    r"veerdiensten|voos?|balsas?|рейсы|рейсов|авиарейсы|авиарейсов|авиасообщение|авиасообщения|"
    r"авиасообщений|авіасполучення|flugverkehrs?|luftverkehrs?|"
    r"авіарейси|рейси|航班|フライト|運航|połączeń lotniczych|polaczen lotniczych|lotów|lotow|"
    r"loty|lety|letů|uçuş\w*|ucus\w*|airspace|air space|airports?|luftraum[s]?|flughafen|"
    r"flughäfen|espace aérien|espace aerien|espacio aéreo|espacio aereo|spazio aereo|luchtruim|"
    r"espaço aéreo|espaco aereo|воздушное пространство|повітряний простір|空域|領空|"
    r"ports|seaports?|container handling|container terminals?|hafen|häfen|puertos|porti|"
    r"havens|港湾|港口)"
)
_TRANSPORT_BEFORE = word_start(re.compile(rf"\b{_TRANSPORT}\b"))
_TRANSPORT_AFTER = re.compile(
    rf"\s*(?:of|de|des|du|der|di|dei|delle|van|из|рейсов)?\s*(?:the|les|los|las|die|i|le)?\s*"
    rf"(?:[^\W\d_]+\s+)?{_TRANSPORT}\b"
)
# What every match of _TRANSPORT_AFTER ends with: a window without it needs no costlier try
# of the many ways that pattern can start.
_TRANSPORT_WORD = re.compile(rf"{_TRANSPORT}\b")
_MAIL_BEFORE = word_start(
    re.compile(
        r"\b(?:mail|parcels?|letters?|items?|shipments?|acceptance|post|courrier|colis|envois?|"
        r"sendungen|pakete|briefe|annahme|envios?|paquetes?|spedizioni|pacchi|zendingen|pakketten|"
        r"encomendas|postagens|objetos|отправлени\w*|посыл\w*|прием|приём|відправлен\w*|邮件|郵件|"
        r"郵便|包裹)\b"
    )
)


def _transport_stop(doc: Doc, clause_start: int, start: int, end: int) -> bool:
    before = doc.norm[clause_start:start]
    # the means of transport first: most clauses name none, and then no word of mail matters
    found = _TRANSPORT_BEFORE.search(before)
    transport_before = found is not None and not (
        # "because the ports in Yemen are closed we have suspended all services": the cause
        _CAUSE_BEFORE.search(before, 0, found.start()) and _WE_STOP.search(before, found.end())
    )
    after = None
    if not transport_before and _TRANSPORT_WORD.search(doc.norm, end, end + 40):
        after = _TRANSPORT_AFTER.match(doc.norm, end, end + 40)
    if not transport_before and after is None:
        return False
    if _MAIL_BEFORE.search(before) or _MAIL_BEFORE.search(doc.norm, start, end):
        return False  # "flights restarted and we are accepting parcels again": the mail
    return transport_before or not _MAIL_BEFORE.search(doc.norm, end, after.end())


def _counted(doc: Doc, matches: list[Match], links: list[tuple[int, int]]) -> list[Match]:
    """The topic words that take part in the decision: in the title or focus, and not in a list
    of links to other pages."""
    return [m for m in matches if doc.counts(m.start) and not (links and in_spans(m.start, links))]


def _delay_beside(doc: Doc, matches: list[Match], start: int) -> bool:
    """A word of delay in the sentence of ``start`` or the next: the restriction of transport
    is its cause ("due to flight restrictions, shipments may be delayed"; "Flight restrictions
    remain. Items may be delayed."), not a limit of what may be sent ("due to airline
    restrictions, the maximum weight is now 5 kg")."""
    a, b = doc.sentence_of(start)
    n = len(doc.full)
    if b < n:
        c, b = doc.sentence_of(b)
        while b < n and not doc.full[c:b].strip():  # the next sentence past a blank line
            c, b = doc.sentence_of(b)
    return any(a <= m.start < b and m.value == "delay" for m in matches)


def _restricted_mail(norm: str, end: int) -> bool:
    """ "restrictions on all shipments": mail as what the restriction is on."""
    return (
        _ON_AFTER.match(norm, end) is not None
        and _MAIL_BEFORE.search(norm, end, end + _OBJECT_REACH) is not None
    )


_OBJECT_REACH = 25
_ON_AFTER = re.compile(
    r"\s+(?:on|for|to|of|affecting|auf|fur|sur|pour|de|des|para|per|su|sulle|sui|op|voor|"
    r"na|на|для)\b"
)
_CAUSE_BEFORE = word_start(
    re.compile(r"\b(?:because|as|since|due to|wegen|weil|da|car|porque|poiche|omdat)\b")
)
_WE_STOP = word_start(re.compile(r"\b(?:we|wir|nous|hemos|abbiamo|wij|we've)\b"))


# German "Zoll" is the duty and the customs office: "der Zoll warnt", "erinnert der Zoll",
# "beim Zoll" name the office; "der Zoll beträgt 3 Euro", "dem Zoll unterliegen" name a duty
_OFFICE_BEFORE = re.compile(r"\bbeim\s+$")
# verbs of the office, read on normalised text (no umlauts): "warnt", "rät", "erinnert"
_OFFICE_VERBS = (
    r"(?:warnt|warnte|weist|informiert|erinnert|rat|bittet|kontrolliert|empfiehlt|meldet|"
    r"beschlagnahmt|beschlagnahmte|stellte)"
)
_OFFICE_AFTER = re.compile(rf"\s+{_OFFICE_VERBS}\b")
_OFFICE_VERB_BEFORE = re.compile(rf"\b{_OFFICE_VERBS}\s+der\s+$")  # "erinnert der Zoll"


# A rate or an amount: "3 Euro", "8 %", "USD 800"
_FIGURE = re.compile(
    r"\d\s*(?:%|prozent\b|euro\b)|[$€£]\s*\d|\d\s*(?:usd|eur|gbp|cad|chf)\b|"
    r"\b(?:usd|eur|gbp|cad)\s*\d"
)


def _customs_office(doc: Doc, start: int, end: int) -> bool:
    a, b = doc.sentence_of(start)
    if _FIGURE.search(doc.norm, a, b):
        return False  # "erhebt der Zoll eine Pauschale von 2 Euro": the charge is the news
    return bool(
        _OFFICE_AFTER.match(doc.norm, end)
        or _OFFICE_BEFORE.search(doc.norm, max(0, start - 8), start)
        or _OFFICE_VERB_BEFORE.search(doc.norm, max(0, start - 20), start)
    )


# "no operator has reported a suspension", "keine Verwaltung hat ... gemeldet": a negated report
_REPORTED = re.compile(
    r"\b(?:reported|announced|confirmed|indicated|notified|gemeldet|angekündigt|angekundigt|"
    r"signale|annonce|informado|reportado|anunciado|segnalato|comunicato|gemeld|сообщил\w*|"
    r"повідомил\w*)\b"
)


_REPORTED_BEFORE = word_start(
    re.compile(r"\b(?:has|have|had) (?:reported|announced|confirmed|notified) (?:an? |any )?$")
)
# A sentence that points elsewhere names topics, it announces nothing.
_POINTER = re.compile(
    r"[\s.:;!?]*(?:for (?:further|more) information|more information|further information|"
    r"weitere informationen|pour (?:plus|de plus amples) d'informations|para mas informacion|"
    r"per (?:maggiori|ulteriori) informazioni|meer informatie|para mais informacoes|"
    r"find out (?:more )?about|check (?:our|the) list of|"
    # "The current list of countries ... is published in the section ...": a pointer to a list
    # kept elsewhere, when the sentence says where (_points_to_list)
    r"(?P<list>(?:the )?(?:current|up-to-date|updated|latest|full|complete) list of|"
    r"(?:актуальн|полн|повн)\w* (?:список|перечень|перелік)|(?:die )?aktuelle (?:liste|ubersicht)|"
    r"la liste (?:a jour|actuelle|complete)|la lista actualizada|el listado actualizado|"
    r"l'elenco aggiornato|de actuele lijst|a lista atualizada)|"
    r"(?:please )?(?:check|see|visit|consult|read|review) (?:our|the) (?:[\w'-]+ ){0,6}?"
    r"(?:page|list|guide|section)(?! below)(?![^.\n]*:)|"
    r"erfahren sie (?:mehr|hier)|"
    # "For destinations where all services are suspended, see our full list of ...": the
    # pointer after the clause that says what the other page lists
    r"for [^,.;:\n]{0,80},\s*(?P<see>(?:please )?(?:check|see|visit|consult|refer to) (?:our|the) "
    r"(?:[\w'-]+ ){0,6}?(?:page|list|guide|section|website))(?! below))\b"
)
# What says where a list is kept (not "The current list of countries to which we suspended
# mail: Israel, Iran", nor "The full list of prohibited items now includes vapes")
_POINTING = re.compile(
    r"\b(?:published|posted|available|can be found|is found|see|visit|finden sie|abrufbar|"
    r"опубликован\w*|размещен\w*|доступ\w*|опублікован\w*|розміщен\w*|publiee?s?|disponible|"
    r"se encuentra|publicad[oa]|disponibile|pubblicat[oa]|staat op|beschikbaar|disponivel|"
    r"znajduje sie|dostepn\w*)\b"
)


def _points_to_list(doc: Doc, a: int, b: int) -> bool:
    """A sentence opened by "the current list of" that says where the list is, and does not
    give it (no colon)."""
    return ":" not in doc.full[a:b] and _POINTING.search(doc.norm, a, b) is not None


# A sentence that reminds of a rule in force: "Reminder: ...", "Please remember that ..."
_STANDING_KINDS = ("prohibited_items", "restriction", "new_requirement")
_REMINDER = re.compile(
    r"[\s.:;!?]*(?:reminder\b|as a reminder|please (?:remember|be reminded)|"
    r"we (?:would like to )?remind|przypominamy|nous rappelons|rappel\b|wir erinnern|"
    r"zur erinnerung|recordamos|le recordamos|ricordiamo|si ricorda|lembramos|"
    r"напоминаем|нагадуємо|再次提醒|提醒您)"
)
# What makes a reminder news after all: a date, "from", "now", "new" ("We remind you that from
# 1 December e-cigarettes are prohibited"); a digit inside a Latin name ("CN22") is no date,
# one after a Chinese or Japanese letter is ("自2026年3月1日起")
_NEWS_MARK = re.compile(
    r"(?<![a-z\d])\d|\b(?:from|as of|effective|starting|now|new|a partir|ab|à partir|a compter|dès|"
    # (not Russian "с" alone, which is also "with": "с товарным вложением"; a date has digits)
    r"desde|od dzis\w*|с сегодняшнего|з сьогодні|neu\w*|nouve\w*|nuev\w*|nuov\w*|nieuw\w*|"
    r"nov\w*|(?:с|со|з|від|od)\s+(?:понедельник\w*|вторник\w*|сред\w*|четверг\w*|пятниц\w*|"
    r"суббот\w*|воскресень\w*|завтра|понеділк\w*|вівтор\w*|серед\w*|четвер\w*|п'ятниц\w*|"
    r"субот\w*|неділ\w*|jutra|poniedzia\w*|wtork\w*|srod\w*|środ\w*|czwart\w*|piatk\w*|"
    r"piątk\w*|sobot\w*|niedziel\w*|przyszłego|przyszlego|nastepnego|następnego|следующ\w*|"
    r"наступн\w*))\b"
)


def reminds(doc: Doc, start: int) -> bool:
    """Whether the sentence at ``start`` reminds of a standing rule and announces nothing new."""
    a, b = doc.sentence_of(start)
    return _REMINDER.match(doc.norm, a) is not None and not _NEWS_MARK.search(doc.norm, a, b)


# A branch or counter that closes or reopens is no change of where mail can go.
# Words of an aim against delays: "to keep disruption to a minimum", "to avoid delays"
_AIM_BEFORE = word_start(
    re.compile(
        r"\b(?:keep|keeps|keeping|minimi[sz]e|minimi[sz]ing|reduce|reducing|avoid|avoiding|prevent|"
        r"preventing|mitigate|mitigating|limit the|vermeiden|minimieren|eviter|limiter|evitar|"
        r"minimizar|evitare)\s+(?:[^\W\d_]+\s+){0,3}$"
    )
)


def _aimed_against(norm: str, lo: int, start: int) -> bool:
    """ "to keep disruption to a minimum", not "we cannot avoid delays"."""
    aim = _AIM_BEFORE.search(norm, lo, start)
    return aim is not None and not _CANNOT.search(norm, max(0, aim.start() - 14), aim.start())


def _in_sentence(doc: Doc, found: list[Match], pos: int) -> bool:
    """Whether one of ``found`` stands in the sentence of ``pos``."""
    a, b = doc.sentence_of(pos)
    return any(a <= m.start < b for m in found)


_CANNOT = word_start(re.compile(r"\b(?:cannot|can't|can not|unable to|not|could not|couldn't)\s+$"))
# "suspension of counter services at Tsim Sha Tsui Post Office"
# (read on the original text: one office is named, its words capitalised; "at all Post Office
# counters", "in every branch" are the whole network)
_BRANCH_AFTER = re.compile(
    r"\b(?:at|in)\s+(?:[A-Z][\w'-]*\s+){1,4}(?:Post Office|Branch|Postamt|Postfiliale|Filiale|"
    r"Bureau de poste|Sucursal|Ufficio postale|Postkantoor)(?!\w)"
)


# A clause with no subject of its own: "..., Naas Road, will be suspended"
_BARE_PREDICATE = re.compile(
    r"[\s,]*(?:(?:will|shall|would|is|are|was|were|has|have|had|be|been|being|temporarily|"
    r"currently|also|now|wird|werden|ist|sind|bleibt|bleiben|sera|seront|est|sont|será|serán|"
    r"sarà|saranno|wordt|worden)\s+)*$"
)
_SUBJECT_REACH = 120


def _branch_subject(doc: Doc, clause_start: int, start: int) -> bool:
    """ "Services at the Customs Collection counter at the Dublin Mail Centre, Naas Road, will
    be suspended": the subject, before the commas of an address, is one counter."""
    if clause_start <= 0 or not _BARE_PREDICATE.fullmatch(doc.norm, clause_start, start):
        return False
    a = max(doc.sentence_of(start)[0], start - _SUBJECT_REACH)
    if a >= clause_start:
        return False
    branch = _BRANCH.search(doc.norm, a, clause_start)
    # the counter heads the subject: "Services at the ... counter", not "Acceptance of parcels
    # to Australia at all post offices, including the ... counter"
    if branch is None:
        return False
    head = max(a, branch.start() - 20)  # "the parcel collection counter": its own words
    s0 = max(doc.sentence_of(start)[0], start - 2 * _SUBJECT_REACH)
    return (
        _MAIL_PART.search(doc.norm, s0, head) is None
        and _ACCEPTANCE.search(doc.norm, s0, branch.start()) is None
    )


def _named_again(norm: str, start: int) -> bool:
    """ "during the suspension", "throughout the closure": a change said before, named again."""
    for head in ("during the ", "throughout the "):
        at = start - len(head)
        if at >= 0 and norm.startswith(head, at) and (at == 0 or not norm[at - 1].isalnum()):
            return True
    return False


# What disrupts mail beyond a holiday: "strike action for 22 and 23 December"
_CAUSE = word_start(
    re.compile(
        r"\b(?:strikes?|industrial action|storms?|weather|flood\w*|hurricane|typhoon|cyclone|"
        r"snow\w*|conflict|outage|unrest|streik\w*|greve|huelga|sciopero|staking|strajk\w*)\b"
    )
)
_BRANCH = GuardedPattern(
    word_start(
        re.compile(
            r"\b(?:sucursal|branch|branches|filiale|agence|oficina|ufficio|kantoor|post office|"
            r"postamt|postfiliale|bureau de poste|counter|schalter|guichet|sportello|loket)\b"
        )
    ),
    (
        "sucursal",
        "branch",
        "filiale",
        "agence",
        "oficina",
        "ufficio",
        "kantoor",
        "post office",
        "postamt",
        "bureau de poste",
        "counter",
        "schalter",
        "guichet",
        "sportello",
        "loket",
    ),
)
_DENIAL = word_start(
    re.compile(
        r"\b(?:none|neither|nobody|not one|no (?:\w+ ){0,2}(?:operators?|administrations?|posts?|"
        r"carriers?|countr(?:y|ies)|authorit(?:y|ies)))\b"
    )
)


def _denied_report(doc: Doc, start: int) -> bool:
    """A report of a stop that the sentence denies, across a list of places."""
    if not _REPORTED_BEFORE.search(doc.norm, max(0, start - 30), start):
        return False
    a, _b = doc.sentence_of(start)
    denial = _DENIAL.search(doc.norm, a, start)
    return denial is not None and not _SEMI_COLON.search(doc.full, denial.end(), start)


# Korean negation after the verb: "하는 것이 아니라" (it is not that), "하지 않습니다" (does not)
_KO_NOT_AFTER = re.compile(
    r"[\w\u00b7]{0,8}\s?(?:것이 아니|것은 아니|것도 아니|지 않습니다|지 않는|지 않으며|지 않고)"
)
_DENIED_REACH = 12  # a stop with its denial right after it: "금지는 사실이 아닙니다"


# An event granted to make a point ("despite the suspension of passenger check-in, we
# continue to deliver"): the point is the news, not the event; not a stop of mail itself
# ("despite the suspension of parcel service, letters are accepted") nor a delay.
_DESPITE_HINTS = (
    "despite", "in spite of", "notwithstanding", "trotz", "malgre", "a pesar de", "nonostante",
    "ondanks", "apesar d",
)  # fmt: skip
_DESPITE_BEFORE = re.compile(
    r"\b(?:despite|in spite of|notwithstanding|trotz|malgre|a pesar de|nonostante|ondanks|"
    r"apesar d[aeo]s?)\s+(?:(?:the|der|des|dem|den|la|le|les|el|los|las|il|lo|gli|de|het|a|o|"
    r"as|os)\s+)?(?:[^\W\d_]+\s+){0,2}$"
)
# A share of mail that must arrive within a time is the operator's target, not a sender's
# duty: "95 Prozent der Briefe müssen am dritten Werktag zugestellt sein", "93% of first-class
# mail must be delivered the next day".
_SHARE_HINTS = (
    "%", "prozent", "percent", "per cent", "pour cent", "por ciento", "per cento", "procent",
)  # fmt: skip
_SHARE = re.compile(r"\d\s*(?:%|prozent|percent|per cent|pour cent|por ciento|per cento|procent)")
_ARRIVAL = re.compile(
    r"\b(?:zugestellt|ankommen|angekommen|delivered|arrive|arrives|distribu\w*|entregad\w*|"
    r"consegnat\w*|bezorgd|doręczon\w*|doreczon\w*)\b"
)


_WITHIN_DAYS = re.compile(
    r"\b(?:werktag\w*|arbeitstag\w*|working days?|business days?|next day|days?|tag|tagen|"
    r"jours? ouvr\w*|dias? (?:util|habil)\w*|giorn\w* lavorativ\w*|werkdag\w*)\b"
)


def _delivery_target(doc: Doc, start: int) -> bool:
    a, b = doc.sentence_of(start)
    norm = doc.norm
    return (
        _SHARE.search(norm, a, b) is not None
        and _ARRIVAL.search(norm, a, b) is not None
        and _WITHIN_DAYS.search(norm, a, b) is not None  # "am dritten Werktag", "next day"
    )


# The first part of a compound ban that bans no goods ("Fahrverbot", "Nachtflugverbot")
_OTHER_BAN = re.compile(
    r"(?:fahr|flug|park|halte|uberhol|rauch|bade|betret|versammlungs|demonstrations|bau|"
    r"jagd|feuerwerk|einreise|ausreise|lande|start|streik)$"
)


_CLAUSE_END = re.compile(r"[,.;:!?\n]")


def _clause_end(norm: str, start: int, limit: int) -> int:
    """Where the clause that goes on at ``start`` ends, at most at ``limit``."""
    found = _CLAUSE_END.search(norm, start, min(len(norm), limit))
    return found.start() if found else min(len(norm), limit)


_AS_BECAUSE = re.compile(r"\b(?:as|because|since|where)\b")
_SHORT_LINE = 24  # a hashtag or a signature between a claim and its denial


def _rumour_denied(doc: Doc, rumours: list[Match], denials: list[Match], start: int) -> bool:
    """A stop in a sentence that tells it as a rumour, denied there ("denies rumours that",
    "спростовує чутки") or by the next sentence pointing back ("This is not true")."""
    a, b = doc.sentence_of(start)
    told = [m for m in rumours if a <= m.start < b]
    if not told:
        return False
    for d in denials:
        if a <= d.start < b and any(0 <= m.start - d.end <= 25 for m in told):
            return True  # the denial takes the rumour as its object
        if a <= d.start < b and any(start < m.start and 0 <= d.start - m.end <= 40 for m in told):
            return True  # "금지된다는 일부 보도가 있었으나, 이는 사실이 아닙니다": said after it
        if start < d.start < b and any(m.end <= start for m in told):
            return True  # "Claim that the post has suspended parcels to X is fake"
    for _ in range(3):  # the next sentence, or the one after short lines ("#FactCheck")
        if b + 1 >= len(doc.full):
            return False
        c, b = doc.sentence_of(b + 1)
        lead = _POINTS_BACK.match(doc.norm, c)
        if lead is not None:
            return any(lead.end() <= d.start < min(b, lead.end() + 30) for d in denials)
        if len(doc.full[c:b].strip()) > _SHORT_LINE:
            return False
    return False


# A sentence that opens by pointing back at the one before: "This is not true", "Це не ..."
_POINTS_BACK = re.compile(
    r"[^\w]*(?:this|that|these claims|these reports|it|це|это|das|dies|c'est|cela|ceci|esto|eso|"
    r"cio|questo|dit)\b\s*"
)


# "any" and up to two words of size before the change word: "do not expect any significant
# delays"
_ANY_SOME = re.compile(
    r"\bany (?:(?:significant|major|serious|substantial|considerable|notable|noticeable|"
    r"further|additional|unusual|extended|long|longer|lengthy|large|big) ){1,2}$"
)


def _any_denied(doc: Doc, near: list[Match], start: int) -> bool:
    """ "any" right before a stop, with a negation earlier in its clause, says there is none."""
    if not doc.norm.startswith("any ", max(0, start - 4)) and not _ANY_SOME.search(
        doc.norm, max(0, start - 40), start
    ):
        return False
    return any(m.value == "negation" and _words_between(doc, m.end, start) <= 10 for m in near)


def _negates(doc: Doc, neg_start: int, neg_end: int, start: int) -> bool:
    """A negation right before the change word, or before a report of it, or "no" before the
    subject of a passive ("no shipments have been suspended"). The first part of a compound
    ("Nicht-EU-Länder", "non-EU countries") negates nothing."""
    if doc.full.startswith(("-", "\u2011"), neg_end):
        return False
    if doc.norm[neg_start:neg_end] in _WITHOUT and _VERB_BETWEEN.search(doc.norm, neg_end, start):
        return False  # "ohne Genehmigung ist nicht mehr zulässig": "without" takes only its noun
    words = _words_between(doc, neg_end, start)
    bracket = doc.full.rfind("(", neg_end, start)
    if bracket >= 0 and " " not in doc.full[bracket:start]:
        words -= 1  # "no customs declaration (CN22/CN23)": the bracket names what is negated
    if (
        words <= 7
        and " " in doc.norm[neg_start:neg_end]
        and not _CLAUSE_MARK.search(doc.full, neg_end, start)
        and not _KEPT_AFTER_GAP.search(doc.norm, neg_end, start)  # "... in danger and mail"
    ):
        return True  # "At no time was the acceptance of mail suspended"
    if words <= 2 or (words <= 5 and _REPORTED.search(doc.norm, neg_end, start) is not None):
        return True
    return (
        words <= 5
        and _CLAUSE_OPENS.search(doc.norm, max(0, neg_start - 8), neg_start) is not None
        and _NO_SUBJECT.match(doc.norm, neg_start, start) is not None
    )


_WITHOUT = frozenset(("without", "ohne", "sans", "sin", "senza", "zonder", "sem", "без"))
_VERB_BETWEEN = re.compile(
    r"\b(?:is|are|was|were|will|ist|sind|war|waren|wird|werden|est|sont|sera|seront|es|son|"
    r"seran|sono|sara|saranno|zijn|wordt|worden|sao|serao)\b"
)


# Where a clause opens: not "Decree No 236", "due to no flights", "with no flights"
_CLAUSE_OPENS = re.compile(r"(?:^|[.,;:!?\n(]\s*|\b(?:and|but|so|und|aber)\s+)$")


# "no" / "kein" before a subject of up to three words and the auxiliary of a passive, up to
# the change word: "no shipments have been suspended", "keine Sendungen wurden gestoppt"
_NO_SUBJECT = re.compile(
    r"(?:no|kein|keine|keinen|none of the)\s+(?!\d)(?:[\w'-]+\s+){1,3}?"
    r"(?:(?:has|have|had|is|are|was|were|will|would|shall|could|can)\s+(?:(?:be|been|being)\s+)?"
    r"|(?:wurden|wurde|werden|wird|sind|ist)\s+)$"
)


# What was always so is no change: "the usual international postage is required".
_ROUTINE_KINDS = ("new_requirement", "duty_tax_change")
_ROUTINE = GuardedPattern(
    word_start(
        re.compile(
            r"\b(?:usual|normal|regular|existing|ordinary|ublich\w*|gewohnt\w*|habituel\w*|habitual\w*|"
            r"consuet\w*|gebruikelijk\w*|обычн\w*|звичайн\w*)\b|通常の|従来の|通常的|一般的"
        )
    ),
    (
        "usual",
        "normal",
        "regular",
        "existing",
        "ordinary",
        "ublich",
        "gewohnt",
        "habitu",
        "consuet",
        "gebruikelijk",
        "обычн",
        "звичайн",
        "通常の",
        "従来の",
        "通常的",
        "一般的",
    ),
)


# The rest of an elided compound that names a number: "Steuer- bzw. Identifikationsnummer"
_NUMBER_HEAD = re.compile(
    r"[ -]+(?:bzw|oder|or|und|and|u)\b[. ]*[\w-]*(?:nummer|number|nr|id|code|kennung)\b"
)


# Words one of which every match of _KEPT_BEFORE or _KEPT_AFTER holds
_KEPT_HINTS = (
    "andert sich",  # "ändert sich (dadurch) nicht", "ändern sich nicht"
    "andern sich",
    "unverandert",
    "unchanged",
    "verander",
    "wijzig",
    "not change",
    "n't change",
    "not alter",
    "not modify",
    "no change",
    "nichts",
    "ne modifie",
    "ne change",
    "no modifica",
    "non modifica",
    "niets",
)
# Said not to change, earlier in its sentence: "This message does not change the duty rates or
# the duty methodologies (ad valorem or specific duty per item)".
_KEPT_BEFORE = word_start(
    re.compile(
        r"\b(?:does|do|will|did|shall|would)(?: not|n't) (?:change|alter|modify)\b|"
        r"\bno changes? (?:to|in|of)\b|\bandert (?:sich )?(?:\w+ )?nichts\b|"
        r"\bne (?:modifie|change) pas\b|\bno modifica\b|\bnon modifica\b|"
        r"\b(?:wijzigt|verandert) (?:\w+ )?niets\b"
    )
)


def _kept_before(doc: Doc, start: int) -> bool:
    """ "Does not change" earlier in the clause of ``start``, with nothing between them that
    starts another clause ("Delivery times do not change, but from 1 July duties apply")."""
    a = doc.sentence_of(start)[0]
    found = list(_KEPT_BEFORE.finditer(doc.norm, a, start))
    kept = found[-1] if found else None
    if kept is None or start - kept.end() > 100:
        return False
    return _KEPT_BREAK.search(doc.norm, kept.end(), start) is None and (
        _CONTRAST_WORD.search(doc.norm, kept.end(), start) is None
    )


# ... or later in it, as German and Dutch put it: "Die Höhe der Zölle ändert sich dadurch nicht"
_KEPT_AFTER = re.compile(
    r"\b(?:andert|andern) sich (?:\w+ )?nicht\b(?! nur)|\bbleib(?:t|en) (?:\w+ )?unverandert\b|"
    r"\b(?:remains?|stays?) unchanged\b|"
    r"\b(?:verandert|veranderen|wijzigt|wijzigen) (?:\w+ )?niet\b(?! alleen)"
)
# another subject between: "... erforderlich und der Preis ändert sich nicht"
_KEPT_AFTER_GAP = re.compile(r"\b(?:und|and|en|et|y|e|oder|or|but|aber|maar|mais)\b")


def _kept_after(doc: Doc, end: int) -> bool:
    stop = _CLAUSE_MARK.search(doc.norm, end, end + 80)
    limit = stop.start() if stop else min(len(doc.norm), end + 80)
    limit = min(limit, doc.sentence_of(end)[1])
    kept = _KEPT_AFTER.search(doc.norm, end, limit)
    return kept is not None and not _KEPT_AFTER_GAP.search(doc.norm, end, kept.start())


# A duty or requirement named as the subject of "continues as normal": the clause goes on to
# its verb without another verb, "but" or "and" between.
_GOES_ON_HINTS = ("as normal", "as usual", "normally", "unchanged", "unaffected", "apply", "remain")
_GOES_ON = re.compile(
    r"(?:(?!\b(?:and|but|while|whereas|however|although|is|are|was|were|will|must|shall|"
    r"apply|applies|has|have)\b)[^.;:!?,\n]){0,40}?(?:,\s*)?"
    r"(?:\b(?:continues?|continuing|carries on|goes on|proceeds?|remains?|stays?)\s+"
    r"(?:to (?:operate|run|work|apply)\s+)?(?:as normal|as usual|normally|unchanged|unaffected)|"
    r"\b(?:still|continues? to) apply|\bstill applies|\bremains? in (?:place|effect|force))\b"
)


def _in_a_name(doc: Doc, start: int, end: int) -> bool:
    after = _NAME_AFTER.match(doc.full, end)
    if after and (after.group(0).strip(" )")[:1].isupper() or not doc.full[start].isupper()):
        # "STOP Act", "(STOP) Act" are names; "nicht mehr Teil" (German nouns are capitalised)
        # is membership
        return True
    if "《" not in doc.full:
        return False
    opened = _BOOK_TITLE.search(doc.full, max(0, start - 60), start)
    return opened is not None and opened.group(0)[0] == "《"


# "held until the strike ends and deliveries will be delayed": "and" opens a clause of its own
# (its subject and a modal, as a main clause has) that the condition before it does not reach
_NEW_CLAUSE = re.compile(r"\b(?:and|but|so)\s+(?:[\w'-]+\s+){1,3}?(?:will|would)\b")


def _is_condition(doc: Doc, m: Match, clause_start: int) -> bool:
    """ "Should" opens a condition at the head of its clause or before its subject ("Should
    the situation change", "we will update you should any restrictions arise"); "customers
    should expect delays" is advice about a real delay."""
    if m.key != "should":
        return True
    if not doc.norm[clause_start : m.start].strip():
        return True
    nxt = doc.norm[m.end : m.end + 20].split()
    return bool(nxt) and nxt[0] in _INVERTED_SUBJECTS  # "... should any restrictions arise"


def _title_resumes(doc: Doc, votes: list[Vote]) -> bool:
    """A title that says a service is back, and says nothing of a stop."""
    titled = [v for v in votes if doc.in_title(v.start) and v.kind != "informational"]
    return any(v.kind == "resumption" and v.firm for v in titled) and not any(
        v.kind in _STOPS for v in titled
    )


# A resumption in the present tense, the end of a stop told in the same sentence
_RESUMES_LATER = frozenset(("resume", "resumes", "reopen", "reopens", "restart", "restarts"))


_CLOSED = re.compile(
    r"\b(?:closed|geschlossen|fermée?s?|fermee?s?|cerrad[oa]s?|chius[oi]|gesloten)\b"
)


def _halted_before(doc: Doc, triggers: list[tuple[str, int, int, str]], start: int) -> bool:
    """Whether a stop, a closure or a delay that still holds is named before ``start`` in its
    table row ("Customs closed; deliveries resume 23 February") or its sentence ("operations
    stop for the strike and resume afterwards"; not "flights were suspended; mail resumes")."""
    line_a, line_b = doc.line_of(start)
    row = "|" in doc.full[line_a:line_b]
    a = max(line_a, start - 120) if row else doc.sentence_of(start)[0]
    halts = [t[1] for t in triggers if a <= t[1] < start and (t[0] in _STOPS or t[0] == "delay")]
    halts += [m.start() for m in _CLOSED.finditer(doc.norm, a, start)]
    return any(row or not _PAST_BEFORE.search(doc.norm, max(a, h - 30), h) for h in halts)


_PAST_BEFORE = re.compile(
    r"\b(?:was|were|had|has been|have been|had been|wurde|wurden|war|waren|a été|ont été|"
    r"fue|fueron|era|erano)\s+(?:[^\W\d]+\s+)?$"
)


def _with_figure(doc: Doc, v: Vote) -> bool:
    """A limit stated with its figure ("reduced to 10 kg", "EUR 150")."""
    return bool(_FIGURE_LIMIT.search(doc.norm, *doc.sentence_of(v.start)))


# "We accept only documents (up to 0.5 kg)": a stop of goods, not a limit on them
_DOCUMENTS_ONLY = re.compile(
    r"\bonly (?:\w+ )?documents?\b|\bdocuments? only\b|\bnur (?:noch )?dokumente\b|"
    r"\buniquement (?:des |les )?documents\b|\bsolo documentos\b"
)
# A limit stated outright: "only EMS", "accepte uniquement", "up to 2 kg", "maximum value".
_CONCRETE_LIMIT = re.compile(
    r"only|uniquement|seulement|nur |solo|solamente|alleen|apenas|только|лише|kg|кг|valu|valor|"
    r"valeur|wert|waarde|max|höchst|hochst|limit|límite|限"
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


# "customs declaration required as before": the rule of yesterday, restated
_AS_BEFORE = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:as before|as previously(?! (?:announced|communicated|reported|"
    r"stated|mentioned|notified|advised|indicated|planned|agreed|published|informed))|"
    r"as it was before|as until now|as today|wie bisher|wie zuvor|"
    r"comme avant|comme auparavant|como antes|como hasta ahora|come prima|zoals voorheen|"
    r"som tidigare|som før|som hidtil|kuten ennenkin)\b"
)
# The same before a stop: "is, as before, not permitted", "ist wie bisher nicht zulässig"
_AS_BEFORE_STOP = re.compile(
    r"\b(?:as before|as previously|wie bisher|wie zuvor|comme avant|como antes|come prima|"
    r"zoals voorheen)\b[\s,]*(?:[^\W\d_]+\s+)?$"
)
_NO_CHANGE = re.compile(
    r"unchang|not changed|no change|nothing (?:has )?changed|nothing changes|unverandert|"
    r"inchang|sin cambio|invariat|ongewijzigd|"
    r"sem altera|без измен|без змін|不变|不變|変更はありません|変更なし|inga forandringar|"
    r"ingen forandring|inga andringar|ingen andring|keine anderung|bez zmian|bez změn|bez zmen|"
    r"nichts geandert|rien change|nemeni|nemenia|beze zmen|bez zmeny|bez zmien"
)


# A change stated as in force: with its date ("From 1 July, all parcels ... will be subject to
# a fee"), its duration ("until further notice") or by the publisher ("we have suspended").
# Words before the day a change starts: "from 1 July", "ab 1. März", "à partir du 3 juin"
_START_WORDS = (
    "from|as of|on or after|effective|starting|beginning|ab|à partir|a partir|desde|dal|vanaf"
)
# What ends the reach of "does not change": a colon or semicolon, or a comma before a new
# dated clause ("this does not change how you pay postage, from 1 March Australia will ..."),
# not the commas of the list it governs ("the duty rates, the methodologies or the threshold")
_KEPT_BREAK = re.compile(rf"[;:]|,\s*(?:{_START_WORDS})\b")
# A start date after a change, in its sentence: "will resume ... with effect from 15th October"
_STARTS_ON = re.compile(rf"[^.\n]{{0,200}}?\b(?:{_START_WORDS}|od)\b[^.\n]{{0,15}}\d")
_IN_FORCE = re.compile(
    rf"\b(?:{_START_WORDS}|until|bis)\b[^.\n]{{0,20}}\d|"
    r"\buntil further notice\b|\bwith immediate effect\b|"
    r"\beffective immediately\b|\bbis auf weiteres\b|\bjusqu'à nouvel ordre\b|"
    r"\bhasta nuevo aviso\b|\bwe (?:have|are|will)\b"
)
# A notice saying it changes no rule: "this guidance does not change the rules on duty".
_RULES_KEPT = re.compile(
    r"\b(?:does|do|will) not change (?:the |any )?(?:rules|requirements|regulations|law)\b|"
    r"\b(?:rules|requirements|regulations)(?: themselves)? (?:have|has) not changed\b|"
    r"\bnothing (?:has )?changed (?:in|to|about) (?:the |our )?(?:\w+ )?(?:rules|requirements|"
    r"regulations)\b|"
    r"\bno changes? (?:to|in) (?:the |our )?(?:rules|requirements|regulations|law|services?)\b|"
    r"\bno changes? (?:have|has) been made to (?:the |our )?(?:\w+ )?"
    r"(?:code|law|rules|regulations)\b|"
    r"\b(?:pravidla|podminky|podmienky) (?:se|sa) (?:nemeni|nemenia)\b|"
    r"\b(?:andert) nichts an den (?:regeln|bestimmungen|vorschriften)\b|"
    r"\b(?:regeln|regelungen|bestimmungen|vorschriften) (?:hat|haben) sich nichts geandert\b|"
    r"\ban den (?:regeln|regelungen|bestimmungen|vorschriften) hat sich (?:\w+ ){0,4}nichts "
    r"geandert\b|"
    r"\b(?:regeln|regelungen|bestimmungen|vorschriften) bleiben unverandert\b|"
    r"\b(?:ne) (?:modifie|change) pas les (?:regles|conditions)\b|"
    # Japanese and Chinese: "制度に変更はありません", "现行规定保持不变"
    + "|".join(
        f"{w}(?:に|には)?変更は(?:ありません|ない|ございません)"
        for w in ("制度", "規定", "規則", "ルール", "取扱い", "取り扱い")
    )
    + "|"
    + "|".join(
        f"{w}(?:保持)?不[变變]|{w}没有变化" for w in ("规定", "規定", "规则", "規則", "政策")
    )
)
_RULES_KEPT = word_start(_RULES_KEPT)  # read over the whole text


# A heading over what a page changed: "What's changed", "Updates to this page"
_CHANGES_HEADING = re.compile(
    r"(?:^|\n)[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:what['\u2019]s changed|what has changed|"
    r"updates to this page|changes to this page|change history|änderungen|was hat sich geändert|"
    r"ce qui change|wat is er veranderd)[ \t]*\n",
    re.IGNORECASE,
)  # read in the text as written: the normalised one has no line ends


# A lead that reminds of the rules: "reminding people ... that the rules have not changed"
_RULES_REMINDED = re.compile(
    r"\b(?:remind\w*|erinner\w*|rappel\w*|recordamos|ricordiamo|herinner\w*)\b"
)
_RULES = re.compile(
    r"\b(?:rules?|regeln|regelungen|bestimmungen|bedingungen|versandbedingungen|conditions|"
    r"regles|reglas|regole|regels|requirements|vorschriften)\b"
)


# A change stated with its day: "from 1 July", "with immediate effect"
_DATED_CHANGE = word_start(
    re.compile(
        rf"\b(?:{_START_WORDS})\b[^.\n]{{0,20}}\d|"
        r"\bwith immediate effect\b|\beffective immediately\b"
    )
)


def _change_beside(doc: Doc, votes: list[Vote], pos: int) -> bool:
    """Whether a firm change is stated on the line (paragraph) of ``pos``: "Parcels can no
    longer be sent to the US. Letters: no change." """
    line = doc.line_of(pos)
    return any(
        v.kind != "informational" and v.weight >= RELEVANT_SCORE and line[0] <= v.start < line[1]
        for v in votes
    )


# "Otherwise the rules have not changed", "an den Regeln hat sich sonst nichts geändert"
_OTHERWISE = re.compile(
    r"\b(?:otherwise|apart from (?:this|that)|beyond (?:this|that)|besides|sonst|ansonsten|"
    r"daruber hinaus|davon abgesehen|par ailleurs|pour le reste|por lo demas|per il resto|"
    r"verder|voor de rest)\b"
)
# A change said to hold as of today: "parcels now need a VOEC number", "ist jetzt erforderlich"
_NOW = re.compile(r"\b(?:now|jetzt|nun|neu ist|desormais|dorenavant|ahora|ora|nu|agora)\b")


def _dated_requirement(doc: Doc, votes: list[Vote]) -> bool:
    """Whether the requirement is stated with the day it starts, and the duties are not: a page
    that explains duties already in force around the news "from 6 October every item must carry
    electronic customs data" is about that requirement (when it is not a mere aside to them)."""
    dated: dict[str, float] = defaultdict(float)
    duty_sentences: set[tuple[int, int]] = set()
    for v in votes:
        if v.kind == "duty_tax_change":
            duty_sentences.add(doc.sentence_of(v.start))
        if v.kind in _ROUTINE_KINDS and _DATED_CHANGE.search(doc.norm, *doc.sentence_of(v.start)):
            dated[v.kind] += v.weight
    if dated["new_requirement"] < RELEVANT_SCORE or (
        dated["new_requirement"] <= dated["duty_tax_change"]
    ):
        return False
    # the duties in force ("since 29 August", "ended"), or a title and lead with no word of
    # their change; not "Norway will abolish the exemption", "die Schweiz erhebt künftig ..."
    return any(_DUTY_PAST.search(doc.norm, a, b) for a, b in duty_sentences) or not any(
        _DUTY_NEWS.search(doc.norm, a, b)
        for a, b in duty_sentences
        if a - doc.title_end < LEAD_CHARS  # the headline's duty, not "will remit duties" below
    )


# Duties named only as what a procedure handles: "the system of record for the assessment and
# collection of duties and taxes", "released once duties and taxes have been paid"
_HANDLED_BEFORE = word_start(
    re.compile(
        r"\b(?:assessment and collection of|assessment of|collection of|payment of|paying|pay|"
        r"account for|accounting for|remit|remitting|calculate|calculating|calculation of)\s+"
        r"(?:the\s+|any\s+|all\s+|their\s+|your\s+)?(?:(?:duties|taxes|duty|tax)\s+and\s+)?$"
    )
)
_HANDLED_AFTER = re.compile(
    r"(?:\s+and\s+(?:taxes|duties))?\s+(?:are|is|have been|has been|were)\s+"
    r"(?:paid|collected|assessed|calculated)\b"
)
# "we start the collection of duties on every parcel": the collection itself is new
_STARTED = word_start(
    re.compile(r"\b(?:start\w*|begin\w*|every|all (?:items|parcels|goods|shipments))\b")
)


def _duties_only_handled(doc: Doc, votes: list[Vote]) -> bool:
    """Every duty the notice names is what a procedure assesses, collects or waits for, with
    no rate, threshold or word of a change to the duty itself: the procedure is the news."""
    duties = [v for v in votes if v.kind == "duty_tax_change" and v.weight >= 0.5]
    if not duties:
        return False
    for v in duties:
        a, b = doc.sentence_of(v.start)
        lo, hi = max(a, v.start - 48), min(b, v.end + 40)  # not "the new portal is ..."
        if (
            _DUTY_NEWS.search(doc.norm, lo, hi)
            or _FIGURE.search(doc.norm, lo, hi)
            or _STARTED.search(doc.norm, lo, hi)
        ):
            return False
        if not (
            _HANDLED_BEFORE.search(doc.norm, lo, v.start) or _HANDLED_AFTER.match(doc.norm, v.end)
        ):
            return False
    return True


_DUTY_PAST = word_start(
    re.compile(
        r"\b(?:since|seit|depuis|desde|ended|has ended|have applied|has applied|already|"
        r"bereits|deja)\b"
    )
)
_DUTY_NEWS = word_start(
    re.compile(
        r"\b(?:new|introduc\w*|rais(?:e|es|ed|ing)|increas\w*|lower(?:s|ed|ing)?|"
        r"reduc\w*|abolish\w*|end|ends|ending|remov(?:e|es|ing)|scrap\w*|kunftig|neue\w*|"
        r"erhoh\w*|senk\w*|einfuhr(?:en|t)|abgeschafft|entfall\w*|desormais|nouve\w*|"
        r"augment\w*|baiss\w*|supprim\w*|aument\w*|nuev\w*|elimin\w*|verhoog\w*|verlaag\w*|"
        r"nieuw\w*|afgeschaft)\b"
    )
)


# A guide's title: "Parcels to Norway: what you must note at customs", and its verb
_GUIDE_VERB = re.compile(
    r"(?:you )?(?:must|need|need to)|mussen|muss|needs to|have to|devez|doit|debe|moet|moeten"
)
_WHAT_YOU = word_start(
    re.compile(r"\b(?:what you|was sie|ce que vous|lo que (?:usted|debe|necesita)|wat u)\b")
)


_DATED_TITLE = word_start(re.compile(rf"\b(?:{_START_WORDS}|from|on)\b[^.\n]{{0,20}}\d"))


def _rules_kept_alone(doc: Doc, votes: list[Vote], a: int, b: int) -> bool:
    """Whether the sentence ``a:b`` that says the rules are kept speaks for the whole notice:
    no "however" after it, no goods of its own ("no change to the rules for letters" keeps
    the letters' rules only), no "otherwise" ("otherwise nothing has changed" says something
    did), no stop or change said to hold now beside it, and no dated change after it."""
    return (
        _CONTRAST_WORD.search(doc.norm, b, b + LEAD_CHARS) is None
        # a dated change after it is news of its own, whatever words it has ("Mail to Canada:
        # from 1 December parcels need the recipient's phone number")
        and _DATED_CHANGE.search(doc.norm, b) is None
        and _OTHERWISE.search(doc.norm, a, b) is None
        and not any(a <= m.start < b for m in lexicon.matches(doc, "categories"))
        and not any(
            w.kind != "informational"
            and w.weight >= RELEVANT_SCORE
            and (
                w.kind in _STOPS
                or _DATED_CHANGE.search(doc.norm, *doc.sentence_of(w.start))
                or _NOW.search(doc.norm, *doc.sentence_of(w.start))
            )
            for w in votes
        )
    )


# What follows a "no changes to the rules" sentence that then restates them
_SUMMARY_AFTER = re.compile(
    r"\s*(?:here(?: is|'s) (?:a )?(?:summary|reminder|recap|what you need to know)|"
    r"in summary|to summari[sz]e|as a reminder|a reminder|"
    r"hier (?:ein|eine) (?:überblick|uberblick|zusammenfassung)|zur erinnerung|"
    r"en r[eé]sum[eé]|voici un r[eé]sum[eé]|rappel|en resumen|como recordatorio|"
    r"in sintesi|ecco un riepilogo|samengevat|ter herinnering)\b"
)


def _said_unchanged(doc: Doc, votes: list[Vote]) -> bool:
    """The title says nothing changed and no change in it survives that; or the lead reminds
    of the rules and says they have not changed ("we remind you that the rules for food have
    not changed"), with no "however" after it in the lead ("the rules have not changed;
    however, from 1 April we no longer accept parcels to Russia")."""
    in_title = [v for v in votes if doc.in_title(v.start)]
    # "IEEPA tariffs - court hears arguments, no change to duty collection": the duty named in
    # a title that says it does not change, with no word of its change there
    topic_only = any(
        v.kind == "informational" and _NO_CHANGE.search(doc.norm, v.start, v.end) for v in in_title
    ) and not (
        _DUTY_NEWS.search(doc.norm, 0, doc.title_end)
        or _DATED_TITLE.search(doc.norm, 0, doc.title_end)  # "... duty on goods from 29 August"
    )
    if any(
        v.kind != "informational"
        and v.weight >= 1.0
        and not (  # "What you must note at customs": the guide's own verb
            _GUIDE_VERB.fullmatch(doc.norm, v.start, v.end)
            and _WHAT_YOU.search(doc.norm, 0, v.end)  # "what you need to know"
        )
        and not (topic_only and v.kind == "duty_tax_change")
        for v in in_title
    ):
        return False
    for v in votes:
        if v.kind != "informational" or not _NO_CHANGE.search(doc.norm, v.start, v.end):
            continue
        if doc.in_title(v.start):
            return True
        a, b = doc.sentence_of(v.start)
        kept = _RULES_KEPT.search(doc.norm, a, b) is not None
        if a - doc.title_end >= LEAD_CHARS:
            if (
                kept
                and _CHANGES_HEADING.search(doc.full, max(0, a - 160), a)
                and _CONTRAST_WORD.search(doc.norm, b, b + LEAD_CHARS) is None
            ):
                return True  # under "What's changed": "The rules themselves have not changed."
            if kept and _SUMMARY_AFTER.match(doc.norm, b):
                # "There are no changes to the rules this year. Here is a summary.": what
                # follows restates the rules; only a change before it would be news
                if _rules_kept_alone(doc, [w for w in votes if w.start < a], a, b):
                    return True
            continue
        if _RULES_REMINDED.search(doc.norm, a, b) and _RULES.search(doc.norm, a, b):
            if _CONTRAST_WORD.search(doc.norm, b, b + LEAD_CHARS) is None:
                return True
            continue
        if kept and _rules_kept_alone(doc, votes, a, b):
            return True  # "A declaration is always needed. The rules have not changed."
        if _change_beside(doc, votes, v.start):
            continue  # "Parcels can no longer be sent to the US. Letters: no change."
        if (
            len(doc.full[a:b].strip()) <= SHORT_SENTENCE
            and not any(a <= m.start < b for m in lexicon.matches(doc, "categories"))
            and not any(
                w.kind != "informational"
                and w.weight >= RELEVANT_SCORE
                and _DATED_CHANGE.search(doc.norm, *doc.sentence_of(w.start))
                for w in votes
            )
        ):
            return True  # "We have received questions ... Nothing has changed."
        if (
            kept
            and _CONTRAST_WORD.search(doc.norm, b, b + LEAD_CHARS) is None
            and _DATED_CHANGE.search(doc.norm, b) is None
        ):
            return True  # "There is no change to the rules for medicines sent to ..."
    return False


def _discount_answered(doc: Doc, votes: list[Vote]) -> None:
    """ "Airlines have suspended flights, but mail continues to move on other carriers": a
    stop answered in its own sentence by "but ... as normal" is no stop of the mail."""
    normal = [v for v in votes if v.kind == "informational" and v.weight >= 1.0]
    if not normal:
        return
    for v in votes:
        if v.kind in ("informational", "resumption"):
            continue
        a, b = doc.sentence_of(v.start)
        for n in normal:
            if not a <= n.start < b:
                continue
            lo, hi = (v.end, n.start) if v.end <= n.start else (n.end, v.start)
            contrast = _CONTRAST_WORD.search(doc.norm, lo, hi) is not None
            same_clause = not contrast and not _CLAUSE_MARK.search(doc.full, lo, hi)
            if (v.end <= n.start and contrast) or (
                same_clause and _NO_CHANGE.search(doc.norm, n.start, n.end)
            ):
                # "... but mail continues as normal", "duty-free limits remain unchanged"
                v.weight *= 0.3
                break


def _discount_transport_under_normal_title(
    doc: Doc, votes: list[Vote], transport_stops: set[int]
) -> None:
    """ "Port strike: DHL Express services operating as normal" above "container handling at
    these ports has stopped": the title answers the stop of transport."""
    in_title = [v for v in votes if doc.in_title(v.start)]
    if not any(v.kind == "informational" and v.weight >= 1.0 for v in in_title) or any(
        v.kind != "informational" and v.weight >= 1.0 for v in in_title
    ):
        return
    for v in votes:
        if v.start in transport_stops:
            v.weight *= 0.3


# Another operator, or others in general, as the subject of a stop: "Canada Post has stopped
# processing mail", "several postal operators have suspended acceptance"
# Who stops when it is others: "several postal operators", or a named post ("Canada Post")
_OTHERS_LEAD = r"\W*(?:(?:and|but|while)\s+)?(?:the\s+)?"
_OTHERS_BY_WORDS = (
    r"(?i:several|other|some|many|most|a number of|numerous|various)\s+(?:[\w-]+\s+){0,2}"
    r"(?:postal operators|operators|posts|postal administrations|postal services|carriers|"
    r"airlines)"
)
_OTHERS_BY_NAME = (
    r"(?:[A-Z][\w&'.-]*\s+){1,3}(?:Post|Posts|Postal Service|Poste|Correos|Correios|Posten|"
    r"Pošta|Poczta)"
)
_OTHERS_TAIL = (
    r"(?:\s+(?:around the world|worldwide|abroad|elsewhere|in other countries|in many countries|"
    r"in europe))?\s+(?:(?:has|have|had|been|temporarily|also|now|already)\s+){0,3}$"
)
_OTHERS_SUBJECT = re.compile(
    f"{_OTHERS_LEAD}(?:{_OTHERS_BY_WORDS}|{_OTHERS_BY_NAME}){_OTHERS_TAIL}"
)
# others by their words only ("other postal operators"), not by a name, which may be the sender
_OTHER_OPERATORS = re.compile(f"{_OTHERS_LEAD}{_OTHERS_BY_WORDS}{_OTHERS_TAIL}")
# others as the agent after the stop: "the suspension of mail to the US by postal operators of
# several countries", "la suspension ... par plusieurs opérateurs postaux"
_OTHERS_WORD = (
    r"(?:several|other|others|some|many|various|numerous|outros|varios|diversos|otros|autres|"
    r"plusieurs|anderen|anderer|mehreren|mehrerer|altri|diversi|vari|andere|verschillende|innych|"
    r"wielu|numerosos|muitos|muchos|nombreux)"
)
_OTHERS_NOUN = (
    r"(?:postal\s+)?(?:operators|operadores|operateurs|postbetreiber\w*|postunternehmen|operatori|"
    r"postbedrijven|operatorow|posts|postal administrations|administrations postales|"
    r"postverwaltungen)\b(?:\s+(?:postais|postales|postaux|postali|pocztowych))?"
)
_OTHERS_AGENT = re.compile(
    r"[^.;,\n]{0,80}?\b(?:by|por|par|von|da|door|przez)\s+(?:(?:the|os|les|los|den|die|gli|de)\s+)?"
    rf"(?:{_OTHERS_WORD}\s+{_OTHERS_NOUN}|{_OTHERS_NOUN}\s+(?:of|in|de|d'|aus|di|van|z)\s+"
    rf"{_OTHERS_WORD}\b)"
)
# (only after a noun of stopping, _STOP_NOUN: not "is suspended, a step also taken by ..."),
# and with no "sent by" between
_SENT_BY = re.compile(
    r"\b(?:sent|posted|handed over|envoy\w*|enviad\w*|enviados|aufgegeben)\s+(?:by|par|por|von)\b"
)
OTHERS_FACTOR = 0.1
OWN_SERVICE_GOES_ON = 3.0  # firm words that the sender's service goes on ("continues to accept")


def _discount_stops_by_others(
    doc: Doc, votes: list[Vote], subject: re.Pattern[str] | None = None
) -> None:
    """ "Several postal operators have suspended acceptance": another's stop."""
    subject = subject or _OTHERS_SUBJECT
    for v in votes:
        if v.kind == "suspension" and (
            subject.fullmatch(doc.full, _clause_start(doc, v.start, 80), v.start)
            or (
                _STOP_NOUN.search(doc.norm, v.start, v.end)
                and _OTHERS_AGENT.match(doc.norm, v.end)
                and not _SENT_BY.search(doc.norm, v.end, v.end + 90)
            )
        ):
            v.weight *= OTHERS_FACTOR
            v.continued = True  # another's stop outranks nothing
            v.firm = False


_TITLE_SEPARATOR = re.compile(r"[:\u2013\u2014]|\s-\s")
# "is not affected by the labour disruption": the disruption is the cause that spares it
_NOT_AFFECTED_BY = re.compile(
    r"\b(?:not affected|unaffected|not impacted|nicht betroffen|pas affect\w*|pas touch\w*|"
    r"no afectad\w*|non interessat\w*|niet getroffen)\s+(?:by|von|par|por|da|door)\b[^.;:!?\n]*$"
)


def _discount_others_stops(doc: Doc, votes: list[Vote]) -> None:
    """ "Canada Post strike: DHL Express shipments to Canada are not affected" above "Canada
    Post has stopped processing mail, and several postal operators have suspended acceptance":
    the stops are others', and the title says the sender's whole service goes on (not "letters
    are not affected", which leaves the rest stopped)."""
    if not _whole_unaffected(doc, 0, doc.title_end, parts=True):
        # the title says nothing is unaffected: the common case, decided at once; but "Canada
        # Post continues to accept parcels to the U.S. ... Other postal operators have
        # suspended parcels to the U.S." says so in the body
        if sum(v.weight for v in votes if v.kind == "informational" and v.firm) >= (
            OWN_SERVICE_GOES_ON
        ):
            # not "Deutsche Post has suspended ...": only a subject that is others by its words
            _discount_stops_by_others(doc, votes, _OTHER_OPERATORS)
        return
    # "Canada Post labour disruption: DHL Express services are not affected": the disruption
    # named before the title's colon is what the rest of it says leaves the service untouched
    sep = _TITLE_SEPARATOR.search(doc.full, 0, doc.title_end)
    event_end = (
        sep.start() if sep is not None and _whole_unaffected(doc, sep.end(), doc.title_end) else -1
    )
    if any(
        doc.in_title(v.start)
        and v.kind != "informational"
        and v.weight >= 1.0
        and not (v.kind == "delay" and v.end <= event_end)
        for v in votes
    ):
        return  # the title states a change of its own
    if event_end < 0 and not _whole_unaffected(doc, 0, doc.title_end):
        return
    _discount_stops_by_others(doc, votes)
    for v in votes:
        if v.kind == "delay" and (
            v.end <= event_end
            or _event_line(doc, v)
            or (event_end > 0 and _repeats_event(doc, v, event_end))
            or _NOT_AFFECTED_BY.search(doc.norm, _clause_start(doc, v.start, 60), v.start)
        ):
            v.weight *= OTHERS_FACTOR  # "not affected by the labour disruption"
            v.continued = True
            v.firm = False


# What a part of the service is: "letters are not affected" says the rest is
_MAIL_PART = word_start(
    re.compile(
        r"\b(?:letters?|airmail|parcels?|packets?|documents?|ems|registered|brev|paket|briefe|"
        r"pakete|lettres|colis|cartas|paquetes|lettere|pacchi|brieven|pakketten|листи|посилки|"
        r"письма|посылки|listy|paczki)\b"
    )
)


def _whole_unaffected(doc: Doc, lo: int, hi: int, parts: bool = False) -> bool:
    """Whether ``lo:hi`` says something is unaffected or runs as normal, and that something is
    not a part of the mail ("our services are not affected", not "letters are not affected");
    with ``parts``, a part will do."""
    for m in lexicon.matches(doc, "kinds"):  # in the order of the text
        if m.start >= hi:
            break
        if m.start >= lo and m.value == "informational":
            return parts or _MAIL_PART.search(doc.norm, lo, m.start) is None
    for m in lexicon.matches(doc, "destinations"):
        if m.start >= hi:
            break
        if m.start >= lo and m.value[0] == "clause":
            return parts or _MAIL_PART.search(doc.norm, lo, m.start) is None
    return False


def _repeats_event(doc: Doc, v: Vote, event_end: int) -> bool:
    """A line of the body that repeats the title's event ("Canada Post labour disruption"
    under "Canada Post labour disruption: FedEx services are operating as normal")."""
    a, b = doc.line_of(v.start)
    return doc.norm[a:b].strip(" -:") == doc.norm[:event_end].strip(" -:")


def _event_line(doc: Doc, v: Vote) -> bool:
    """A heading like the title: "Canada Post labour disruption: DHL Express services are not
    affected", the vote before its colon."""
    a, b = doc.line_of(v.start)
    sep = _TITLE_SEPARATOR.search(doc.full, v.end, b)
    if sep is None or sep.start() - v.end > 40 or b - a > 160:
        return False
    return _whole_unaffected(doc, sep.end(), b)


# A question that takes the change as given ("Why are we suspending ...?"), and an answer
# that confirms it ("Yes, with immediate effect")
_WHY = re.compile(
    r"[\s\W]*(?:why|warum|wieso|pourquoi|por que|perche|waarom|por que|почему|чому)\b"
)
_YES = re.compile(rf"\s*(?:{YES_WORDS})\b")


def _discount_questions(doc: Doc, votes: list[Vote]) -> None:
    """ "Is Canada Post suspending service to the U.S.?", "Will my items be delayed?": an FAQ
    asks what readers fear; its answers say what changed."""
    full = doc.full
    if "?" not in full and "\uff1f" not in full:
        return
    for v in votes:
        a, b = doc.sentence_of(v.start)
        if full[b - 1 : b] not in ("?", "\uff1f"):
            continue
        if _WHY.match(doc.norm, a) or _YES.match(doc.norm, b):
            continue  # "Why are we suspending goods to the USA?", "Has X stopped ...? Yes."
        v.weight *= QUESTION_FACTOR


# A line of a service's data sheet: "Weight Limit: 66 lbs.", "Size Limits: Maximum length 60
# inches", "Flat Rate Envelope: ... maximum weight 4 lbs"
_SPEC_LINE = re.compile(r"[ \t]*[^\W\d][\w&/()' -]{0,40}?:[ \t]+\S[^\n]{0,100}$")
SPEC_LINES_FEWEST = 3


def _discount_spec_sheet(doc: Doc, votes: list[Vote], place_starts: list[int]) -> None:
    """A country page of a service's standing data (weight and size limits line by line, as
    the USPS International Mail Manual lists them): its limits are no news of their own. Not
    "Brazil: from 1 March parcels are limited to 2 kg", a place's line with its date."""
    on_spec = []
    lines = set()
    for v in votes:
        if v.kind != "restriction":
            continue
        a, b = doc.line_of(v.start)
        if (
            b - a <= 150
            and _SPEC_LINE.match(doc.full, a, b) is not None
            and not any(a <= p < b for p in place_starts)
            and _DATED_CHANGE.search(doc.norm, a, b) is None
            and _NOW_NEW.search(doc.norm, a, b) is None
        ):
            on_spec.append(v)
            lines.add(a)
    if len(lines) >= SPEC_LINES_FEWEST:
        for v in on_spec:
            v.weight *= GUIDANCE_FACTOR


# A stop that goes on: "remain suspended", "bleibt ausgesetzt", "залишається призупиненим"
_STOP_GOES_ON = word_start(re.compile(rf"\b{STANDING_WORDS}\b"))
_ALSO_NEW = word_start(
    re.compile(
        r"\b(?:also|additionally|auch|ebenfalls|aussi|egalement|también|tambien|anche|ook|även|"
        r"aven|også|ogsa|także|takze|також|также)\b"
    )
)
_FIRST_WORD = re.compile(r"\w+")


def _first_word(text: str, pos: int) -> str:
    m = _FIRST_WORD.match(text, pos)
    return m.group() if m else ""


def _continue_paragraph(doc: Doc, votes: list[Vote], place_starts: list[int]) -> None:
    """ "Services to Iran remain suspended. Please do not post items addressed to Iran; any
    items received will be returned to sender.": the stop that goes on, told on in the rest of
    its paragraph about no other place."""
    full = doc.full
    for c in [v for v in votes if v.continued and v.kind == "suspension"]:
        a, b = doc.sentence_of(c.start)
        if _STOP_GOES_ON.search(doc.norm, a, b) is None:
            continue  # history ("had suspended"), not a stop that goes on
        end = full.find("\n\n", b)
        end = len(full) if end < 0 else end
        names = {_first_word(doc.norm, p) for p in place_starts if a <= p < b}
        for v in votes:
            if v.kind not in _STOPS or v.continued or not b <= v.start < end:
                continue
            va, vb = doc.sentence_of(v.start)
            if _ALSO_NEW.search(doc.norm, va, vb) or _DATED_CHANGE.search(doc.norm, va, vb):
                continue  # "From today we also suspend letters to Israel": news of its own
            if all(_first_word(doc.norm, p) in names for p in place_starts if va <= p < vb):
                v.continued = True
                v.weight *= CONTINUED_FACTOR  # an instruction that follows from the stop


def _discount_asides(votes: list[Vote]) -> None:
    """ "Letters accepted again; parcels remain suspended", "goods may be delayed at the
    border": what goes on, or may follow, is not the news when something else changed."""
    if not any(v.continued or v.possible for v in votes):
        return
    if not any(
        v.firm
        and not v.continued
        and not v.possible
        and v.kind != "informational"
        and v.weight >= RELEVANT_SCORE
        for v in votes
    ):
        return
    for v in votes:
        if v.continued:
            v.weight *= CONTINUED_FACTOR
        elif v.possible:
            v.weight *= POSSIBLE_FACTOR


def _discount_older_items(doc: Doc, votes: list[Vote], place_starts: list[int]) -> None:
    """On a page of several dated items, what the older items say is history."""
    if not votes:
        return
    spans = older_items(doc)
    if not spans:
        return
    first = min(a for a, _ in spans)
    # a page's name counts little only beside another change its newest item tells
    other_news = any(
        v.kind in _CHANGES_OF_ITEMS
        and v.weight >= RELEVANT_SCORE
        and not doc.in_title(v.start)
        and not in_spans(v.start, spans)
        for v in votes
    )
    for v in votes:
        if in_spans(v.start, spans):
            v.weight *= OLDER_ITEM_FACTOR
            v.continued = True  # history: it outranks nothing
        elif (
            other_news
            and v.kind == "delay"
            and v.start < first
            and _page_name(doc, v.start, place_starts)
        ):
            # "International Service Disruptions" over dated items: the page's name; the
            # newest item tells the news
            v.weight *= PAGE_NAME_FACTOR


PAGE_NAME_FACTOR = 0.3
_CHANGES_OF_ITEMS = ("suspension", "resumption", "restriction", "prohibited_items")
_PAGE_NAME_LONGEST = 60


def _page_name(doc: Doc, pos: int, place_starts: list[int]) -> bool:
    """A short line that is no sentence and names no place: the title or a heading of the
    page ("International Service Disruptions")."""
    a, b = doc.line_of(pos)
    line = doc.full[a:b].strip()
    return (
        len(line) <= _PAGE_NAME_LONGEST
        and not line.endswith((".", "!", "?", ":"))
        and not any(a <= p < b for p in place_starts)
    )


LINK_FACTOR = 0.1  # what a list of links to other pages names ("Related links")


def _discount_link_lists(doc: Doc, votes: list[Vote]) -> None:
    """ "Related links: - Prohibited and non-mailable items": the names of other pages, no
    news."""
    spans = link_spans(doc) if votes else []
    if spans:
        for v in votes:
            if in_spans(v.start, spans):
                v.weight *= LINK_FACTOR


def _backlog_of_resumption(doc: Doc, votes: list[Vote], place_starts: list[int]) -> bool:
    """Whether every firm delay is told in the paragraph of a firm resumption (the backlog it
    leaves), none elsewhere."""
    lines = {
        doc.line_of(v.start)
        for v in votes
        if v.kind == "resumption" and v.firm and v.weight >= RELEVANT_SCORE  # not of flights
    }
    if not lines:
        return False
    delays = [v for v in votes if v.kind == "delay" and v.weight >= RELEVANT_SCORE]
    if not delays or not all(doc.line_of(v.start) in lines for v in delays):
        return False
    # "Items to Kenya are delayed" beside "Mail to Tanzania has resumed": news of its own
    return not any(
        a <= p < b for v in delays for a, b in [doc.sentence_of(v.start)] for p in place_starts
    )


# A change told as news under a guidance heading: "Duties are now charged on all goods",
# "has ended the exemption", "ab sofort"
_NOW_DONE = r"(?:charged|required|prohibited|banned|subject|mandatory|needed|collected|payable)"
_NEWS_NOW = word_start(
    re.compile(
        rf"\b(?:is now {_NOW_DONE}|are now {_NOW_DONE}|"
        r"now (?:requires?|needs?|must|charges?|applies|apply|bans?|prohibits?)|"
        r"no longer|has ended|have ended|from now on|ab sofort|nicht mehr|desormais|dorenavant|"
        r"ne plus|ya no|a partir de ahora|d'ora in poi|non piu|voortaan|vanaf nu|niet meer|"
        r"a partir de agora)\b"
    )
)


def _discount_guidance(doc: Doc, votes: list[Vote]) -> None:
    """ "Customs information: all items containing goods need a customs declaration" under its
    own heading on a page of news: the standing rules, unless a day of change is given."""
    if not votes:
        return
    spans = guidance_spans(doc)
    if not spans or not any(
        v.kind != "informational" and v.weight >= RELEVANT_SCORE and not in_spans(v.start, spans)
        for v in votes
    ):
        return  # no news beside the guidance: what it says is the page's news
    for v in votes:
        if (
            in_spans(v.start, spans)
            and not _DATED_CHANGE.search(doc.norm, *doc.sentence_of(v.start))
            and not _NEWS_NOW.search(doc.norm, *doc.sentence_of(v.start))
        ):
            v.weight *= GUIDANCE_FACTOR


def _topics_in_own_section(doc: Doc, topics: list[Match], votes: list[Vote]) -> bool:
    """Whether every irrelevant topic sits under a heading of its own, after the last word of
    change ("... continue as normal.\n\nFraud warning\nWe are aware of fake text messages")."""
    if not topics or not votes:
        return False
    first = min(m.start for m in topics)
    last_vote = max((v.start for v in votes if v.start < first), default=-1)
    if last_vote < doc.title_end:
        return False
    for k in range(doc.line_index(last_vote) + 1, doc.line_index(first) + 1):
        a, b = doc.line_of(doc.line_starts[k])
        line = doc.full[a:b].strip()
        if (
            line
            and len(line) <= 40
            and not line.endswith((".", ":", ";", ","))
            and not strip_bullet(line)[1]  # an item of a list is no heading
        ):
            return True  # a heading between the last word of change and the first topic
    return False


_SECTION_VOTE = 0.5  # a word of change that weighs less is a passing mention


def _topics_apart(
    doc: Doc,
    topics: list[Match],
    closures: list[Match],
    votes: list[Vote],
    best: str,
    place_starts: list[int],
) -> bool:
    """Whether each off-topic word sits in a section of its own, before or after the news: a
    page of notices whose fraud warning and holiday hours come first ("Beware of fraudulent
    emails" above "Haiti - Temporary Service Suspension")."""
    changes = [v for v in votes if v.kind != "informational" and v.weight >= _SECTION_VOTE]
    topics = topics + closures
    closed = {doc.line_index(m.start) for m in closures}
    if not topics or not changes or any(doc.in_title(m.start) for m in topics):
        return False
    dated = {k for k in range(len(doc.line_starts)) if dated_entry(doc, k)}
    heads = [k for k in range(len(doc.line_starts)) if heading_line(doc, k) or k in dated]
    if not heads:
        return False
    change_lines = sorted(doc.line_index(v.start) for v in changes)
    # a topic's section may speak of another change ("pay customs duties through a link" in a
    # fraud warning): only words of the news's own kind tie the topic to it
    best_lines = sorted(doc.line_index(v.start) for v in changes if v.kind == best)
    # "closed on Easter Monday; pickups resume the next day": the closure's own resumption
    reopened = sorted(
        doc.line_index(v.start) for v in changes if v.kind == best and v.kind != "resumption"
    )
    named = [doc.line_index(p) for p in place_starts]
    topic_lines = [doc.line_index(m.start) for m in topics]
    headed = {doc.line_index(v.start) for v in votes if v.kind == best}
    # the news has a heading of its own that names the change, and a place in its section
    # ("Haiti - Temporary Service Suspension"), unlike a job advert's "Duties" or
    # "Requirements" (beside "changes to de minimis thresholds") or a results release's
    # segment review
    # A resumption counts only under a heading with no closure in its section: "closed on
    # Easter Monday; collections resume on Tuesday" is the holiday, "Resumption of services to
    # Syria" the news. A dated post's heading need not name the change ("Additional controls
    # for shipments to Armenia" / "Posted: 15 July 2024")
    if not any(
        (
            heads[i] in headed
            # a dated post that holds none of the off-topic words itself
            or (heads[i] in dated and not any(heads[i] <= t < nxt for t in topic_lines))
        )
        and any(heads[i] < c < nxt for c in change_lines)
        and any(heads[i] <= p < nxt for p in named)
        and not (best == "resumption" and any(heads[i] <= c < nxt for c in closed))
        for i, nxt in enumerate([*heads[1:], len(doc.line_starts)])
    ):
        return False
    for m in topics:
        lo, hi = _section_lines(heads, doc.line_index(m.start), len(doc.line_starts))
        lines = reopened if any(lo <= c < hi for c in closed) else best_lines
        j = bisect_left(lines, lo)
        if j < len(lines) and lines[j] < hi:
            return False
    return True


def _section_lines(heads: list[int], line: int, n_lines: int) -> tuple[int, int]:
    """The first line of the section holding ``line`` (its heading) and the first line after
    it, given the section headings' line numbers in order."""
    i = bisect_right(heads, line)
    return (heads[i - 1] if i else 0), (heads[i] if i < len(heads) else n_lines)


def _quiet_closure_resumptions(doc: Doc, closures: list[Match], votes: list[Vote]) -> None:
    """ "Closed on Easter Monday; collections resume on Tuesday" in a section of its own beside
    the news: that resumption ends the holiday, not a disruption."""
    heads = [k for k in range(len(doc.line_starts)) if heading_line(doc, k)]
    for v in votes:
        if v.kind != "resumption":
            continue
        lo, hi = _section_lines(heads, doc.line_index(v.start), len(doc.line_starts))
        if any(lo <= doc.line_index(m.start) < hi for m in closures):
            v.weight *= GUIDANCE_FACTOR
            v.firm = False


# "only" and the words that accept (not those that exempt: "only documents remain exempt")
ONLY_WORDS = (
    r"(?:only|solely|exclusively|nur|uniquement|seulement|exclusivement|solo|sólo|solamente|"
    r"únicamente|unicamente|soltanto|esclusivamente|alleen|uitsluitend|apenas|somente|tylko|"
    r"wyłącznie|wyłacznie|wylacznie|только|лише|тільки)"
)
ACCEPTING = re.compile(
    r"accept|angenommen|annahme|accett|acept|aceit|admit|przyjm|aanvaard|aangenomen"
)
# "przyjmowane są wyłącznie ...", "accepts only ...", "nur noch ... angenommen": a limit
_ONLY_ACCEPTED = re.compile(
    rf"(?:{ACCEPTING.pattern})\w*(?:\s+\w+){{0,2}}\s+{ONLY_WORDS}\b|"
    rf"\b{ONLY_WORDS}\b[^.;\n]{{0,40}}?(?:{ACCEPTING.pattern})"
)


# Goods accepted only with one service: "accettate esclusivamente con il servizio ... Express"
# (its own short lists of accepting and "only" words, not ACCEPTING and ONLY_WORDS: with
# theirs the search costs 0.7 % more instructions per notice, callgrind over the dev set)
_ONE_SERVICE_LEFT = word_start(
    re.compile(
        # "will only be accepted via Speedpost Express", "can only be sent using International
        # Express or International Courier": the services named after it
        r"\b(?:can|may|will|are|is) only be (?:accepted|sent|posted|lodged|mailed) "
        r"(?:via|using|through)\b(?!\s+(?:the )?(?:online|on-line|web|digital|app)\b)|"
        # "You can still send parcels to these destinations using International Courier"
        r"\b(?:can|may) still (?:be )?(?:send|sent|post|posted|lodge|lodged) "
        r"(?:(?!within\b|inside\b|domestic)[^.;\n]){0,60}?"  # not "within the UK using ..."
        r"\b(?:using|via|through)\b(?!\s+(?:the )?(?:online|on-line|web|digital|app)\b)|"
        r"\b(?:accettat[eio]|accepted|accept[ée]e?s?|aceptad[oa]s?|aceit[eo]s?|angenommen)\s+"
        r"(?:esclusivamente|solo|soltanto|only|exclusively|uniquement|seulement|exclusivement|"
        r"[úu]nicamente|solamente|exclusivamente|nur|apenas|somente)\s+"
        r"(?:con|with|avec|mit|por|via|tramite|using|par|through|com)\s+(?:(?:il|the|le|la|el|"
        r"o|dem|den|our|nostro|notre|nuestro)\s+)?(?:servizio|service|servicio|servi[çc]o)\b"
        r"(?!\s+(?:online|on-line|web|digital\w*))"
    )
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
    return _OUTRANKED[best]


_SAVE_FOR = re.compile(
    r"\b(?:unless|except|only|sauf|uniquement|seulement|ausser|au(?:ss|ß)er|nur|ausgenommen|"
    r"solo|solamente|excepto|salvo|tenzij|behalve|alleen|eccetto|tranne|soltanto|exceto|apenas|"
    r"wyłącznie|wylacznie|tylko)\b"
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
    # a cheap test first: every match of _ONE_SERVICE_LEFT holds one of these
    may_hold = "servi" in norm or " only be " in norm or " still " in norm
    if may_hold and _ONE_SERVICE_LEFT.search(norm):
        limit += 1.5  # "sono accettate esclusivamente con il servizio ... Express": one way open
    return limit >= 1.4 and limit >= 0.5 * scores.get("suspension", 0.0)


_FIGURE_LIMIT = re.compile(
    r"(?<!\d)\d+(?:[.,]\d+)?\s?(?:kg|g|kilos?|kilograms?|lbs?|pounds|cm|mm|кг)(?!\w)|"
    r"(?:€|\$|£)\s?\d|(?<!\d)\d+(?:[.,]\d+)?\s?(?:eur|euros?|usd|dollars?|gbp|chf|jpy|yen)\b"
)


# A stop of one way of sending (airmail, EMS, economy) while another way to the same places stays
# open (surface, sea, express only): senders can still send, with limits. A restriction.
_STOPPED_MODE = GuardedPattern(
    word_start(
        re.compile(
            r"\b(?:air ?mail|air|ems|economy|økonomi|standard|priority|luftpost|par avion|"
            r"aerien\w*|aereo|aerea|via aerea|by sea|sea mail|sea parcels?|sea freight|"
            r"surface mail|surface parcels?|surface items|by surface|voie de surface|landweg|"
            r"por superficie|via superficie|"
            r"sjøveis|seeweg|sjovagen|sjøvejen)\b|"
            r"航空|空郵|空邮|エコノミー|船便"
        )
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
    re.compile(
        r"\b(?:still|continue\w*|remains? (?:open|available)|choose|consider using|may use|"
        r"can use|restent possibles?|reste possible|weiterhin|toujours|sigue\w*|continua\w*|"
        r"ancora|fortsatt|fortfarande|fortsat)\b|"
        r"継続|引き続き|可選擇|可选择"
    )
)
# literal first: the regex engine then skips to "only" instead of trying every position
_ONLY_OTHER_MODE = re.compile(
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


_CLAUSE_SEP = re.compile(r"[,;\uff0c\uff1b\u3001]")
# Items already sent, paid or in transit: what happens to them leaves no way of sending open
_ALREADY_SENT = word_start(
    re.compile(
        r"\b(?:already|in transit|bereits|schon|déjà|deja|ya|già|gia|reeds)\b|既に|已经|已經"
    )
)


def _clause_around(doc: Doc, pos: int, a: int, b: int) -> tuple[int, int]:
    """The part of the sentence (a, b) between the commas around ``pos``."""
    lo = a
    for c in _CLAUSE_SEP.finditer(doc.norm, a, pos):
        lo = c.end()
    hi = _CLAUSE_SEP.search(doc.norm, pos, b)
    return lo, hi.start() if hi else b


_NOT_OPEN = word_start(
    re.compile(r"\b(?:not|no|nicht|kein\w*|pas|ni|non|nao|не)\b|ません|停止|暂停|暫停")
)


# Limits in sentences about refunds, returns or items already sent limit no acceptance
_NOT_ACCEPTANCE = re.compile(
    r"refund|compensat|reimburs|indemn|claim|returned|in transit|already (?:posted|sent|in)|"
    r"erstatt|rückerstatt|rembours|reembols|rimbors|terugbetal"
)
_GENERIC_LIMIT = re.compile(
    r"restri|einschr|beschr|ограничен|обмежен|ograniczen|ograniczon|rerout|routed|umgeleitet|dérout|desvi"
)


_REROUTED = re.compile(r"rerout|routed|umgeleitet|dérout|desvi")  # a route, not a limit


def _partial_lift(doc: Doc, votes: list[Vote], weak: frozenset[str]) -> bool:
    """A lifting in the body next to a real limit ("may be sent again when installed in
    equipment, in limited quantities"). A title that says "accepted again" or "restored" is a
    resumption whatever limits the body mentions."""
    if any(v.kind == "resumption" and v.firm and doc.in_title(v.start) for v in votes):
        return False
    lift = sum(v.weight for v in votes if v.kind == "resumption")
    limit = sum(
        v.weight
        for v in votes
        if v.kind == "restriction"
        and doc.norm[v.start : v.end] not in weak
        and not _REROUTED.search(doc.norm, v.start, v.end)
    )
    return lift > 0 and limit >= RELEVANT_SCORE


# What is refused because it goes over a limit: the stop enforces a restriction ("shipments
# exceeding these limits will not be accepted"), it does not stop the service.
_OVER_WORDS = by_first_letter(
    r"(?:exceed\w*|in excess of|over|above|heavier than|larger than|more than|below|under|"
    r"less than|di bawah|unter|moins de|menos de|inferior\w* a|"
    r"uberschreit\w*|ubersteig\w*|depass\w*|exced\w*|supera\w*|superior\w* a|eccedent\w*|"
    r"overschrijd\w*|превыша\w*|перевищ\w*)"
)
_OVER_LIMIT = re.compile(
    rf"\b{_OVER_WORDS}"
    r"\s+(?:(?:the|these|this|that|its|their|a|an|die|"
    r"diese|les|ces|los|estos|le|la|el|i|gli)\s+)?(?:(?:[a-z]{0,3}\$|€|£|(?:usd|eur|gbp|chf) ?)?\d|"
    r"(?:\w+\s+)?(?:limits?|weights?|values?|"
    r"maximum|thresholds?|dimensions?|size|grenze\w*|gewicht\w*|limite\w*|poids|peso|valeur|"
    r"valor|valore|lim\w*))"
)
_OVER_LIMIT = GuardedPattern(
    word_start(_OVER_LIMIT),
    (
        "exceed", "in excess of", "over", "above", "heavier than", "larger than", "more than",
        "below", "under", "less than", "di bawah", "unter", "moins de", "menos de", "inferior",
        "uberschreit", "ubersteig", "depass", "exced", "supera", "superior", "eccedent",
        "превыша", "перевищ",
    ),
)  # fmt: skip
# The Chinese and Japanese forms, apart: every match holds "超", which most texts lack
_OVER_LIMIT_CJK = re.compile(r"(?:超过|超過)\s*\d|\d[^。]{0,6}を超える")


# What a sender writes rather than sends: "generic descriptions will no longer be accepted"
# asks for better data, it stops no mail.
_DATA_WORDS = by_first_letter(
    r"(?:descriptions?|declarations?|invoices?|forms?|labels?|hs codes?|data|format|"
    r"handwritten|cn ?2[23]|warenbeschreibung\w*|inhaltsangabe\w*|zollinhaltserklarung\w*|"
    r"formular\w*|etikett\w*|descriptions?|formulaires?|etiquettes?|descripcion\w*|"
    r"declaracion\w*|formularios?|etiquetas?|descrizion\w*|dichiarazion\w*|omschrijving\w*|"
    r"aangifte\w*|descrica\w*|declaraca\w*|описани\w*|деклараци\w*|бланк\w*|verisi|"
    r"beyan\w*|general terms|generic terms|vague terms|po box(?:es)?|p o box(?:es)?)"
)
_DATA_OBJECT = GuardedPattern(
    word_start(re.compile(rf"\b{_DATA_WORDS}\b")),
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
        "box",
        "verisi",
        "beyan",
    ),
)


# An example table's head: "For example:" above "Not accepted | Accepted"
_EXAMPLES_ABOVE = re.compile(EXAMPLE_MARKS + r"\s*:\s*$")
_NEAR_ONLY = re.compile(r"general|generic|vague|po box|p o box")
_DATA_AFTER_VERB = re.compile(
    rf"\s+(?:(?:the|paper|printed)\s+)?{_DATA_WORDS}\b(?!\s+(?:of|de|von|di)\b)"
)  # not "all forms of e-cigarettes"
_HEADER_PAIR = re.compile(
    r"[ \t]*(?:not accepted|nicht akzeptiert|non accept\w*|no aceptad\w*|non accettat\w*|"
    r"niet geaccepteerd|n[ãa]o aceit\w*)[ \t]*\|[ \t]*(?:accepted|akzeptiert|accept\w*|"
    r"aceptad\w*|accettat\w*|geaccepteerd|aceit\w*)[ \t]*$",
    re.I,
)
# "... letters containing goods with a handwritten declaration": refused for their paperwork
_DATA_AFTER = re.compile(
    r"\bwith(?:out)? (?:an? |the |any )?(?:(?:handwritten|paper|incomplete|complete|electronic|"
    r"valid|advance) )?(?:customs )?(?:declarations?|data|descriptions?|invoices?|labels?|forms?)\b"
)


# What a suspension may stop that is no mail: a deadline or a procedure ("suspend the time
# limits", "se suspende el plazo", "Fristen werden ausgesetzt" is read the other way round)
_TIME_LIMIT_AFTER = re.compile(
    r"\s+(?:(?:the|el|la|los|las|le|les|il|lo|i|gli|o|os|die|der|das|de|het)\s+)?(?:(?:plazos?|"
    r"deadlines?|time limits?|time-limits?|fristen|frist|delais?|termini|termine|termijnen|"
    r"termijn|prazos?)\b[^.;\n]{0,40}?\b(?:ofertas|offers|bids|tenders|propuestas|propostas|"
    r"angebote|offres|offerte|inschrijvingen|submission|presentacion)|tender|licitacion|"
    r"ausschreibung|appel d'offres|of (?:the )?(?:bidding|bids|tenders?|procurement))\b"
)
# A word of mail between a tender word and a stop: the stop's subject is mail ("wegen einer
# Ausschreibung ... wird die Annahme von Paketen ausgesetzt")
_MAIL_AFTER_BIDS = re.compile(_MAIL_NOUNS + r"|\b(?:acceptance|annahme|letters?|briefe|courrier)\b")
_BID_HINTS = (" bid", "tender", "licitaci", "ausschreibung", "appel d'offres")
# "the opening of bids for the above project ... is suspended": a tender's step, no mail
_BIDS_BEFORE = re.compile(
    r"\b(?:bids|bidding|bidders?|call for tenders|invitation to tender|licitaci\w+|"
    r"ausschreibung\w*|appel d'offres)\b"
)
_ACCEPTED_AFTER = re.compile(
    r"\s*(?:accept\w*|admis\w*|akzeptiert|angenommen|aceptad\w*|accettat\w*|aceit\w*|"
    r"geaccepteerd|aanvaard)"
)


def _data_refused(doc: Doc, start: int, end: int, key: str) -> bool:
    if (
        "accept" not in key
        and "akzept" not in key
        and "angenommen" not in key
        and "kabul" not in key
    ):
        if not _ACCEPTED_AFTER.match(doc.norm, end):
            return False  # "Posten suspends the acceptance of goods" stops mail
        # "La déclaration papier seule ne sera plus acceptée": the form is the subject of its
        # own clause (not "new declaration rules ..., parcels with goods will no longer be")
        return _DATA_OBJECT.search(doc.norm, _clause_start(doc, start), start) is not None
    a, b = doc.sentence_of(start)
    found = _DATA_OBJECT.search(doc.norm, max(a, start - 150), start)
    if found is not None and _NEAR_ONLY.match(found.group()):
        # "general terms are not accepted", "a PO Box on its own is not accepted": the subject
        # of the refusal, not "parcels, whether addressed to a PO Box, will not be accepted"
        found = _DATA_OBJECT.search(doc.norm, _clause_start(doc, start), start)
    return (
        found is not None
        # "will no longer accept handwritten customs declarations": its object
        or _DATA_AFTER_VERB.match(doc.norm, end, b) is not None
        or (doc.norm.find("with", end, b) >= 0 and _DATA_AFTER.search(doc.norm, end, b) is not None)
    )


# What is refused for not meeting rules the notice states: the refusal enforces them
_NOT_MEETING = re.compile(
    r"\b(?:that|which|who) (?:do|does|did) not (?:meet|comply with|satisfy|conform to|fulfil|"
    r"fulfill) (?:these|the|this|those|our|such) (?:new )?(?:limits?|weight limits?|size limits?|"
    r"conditions?)\b"
)


def _over_limit(doc: Doc, clause_start: int, end: int) -> bool:
    a, b = doc.sentence_of(end - 1)  # "items over 2 kg will not be accepted", "suspend
    lo = min(a, clause_start)  # items over"
    if "not" in doc.norm[lo:b] and _NOT_MEETING.search(doc.norm, lo, end):
        return True  # "shipments that do not meet these limits will not be accepted"
    return _OVER_LIMIT.search(doc.norm, lo, b) is not None or (
        "超" in doc.norm and _OVER_LIMIT_CJK.search(doc.norm, lo, b) is not None
    )


# Double quotation marks only: a single one is as often an apostrophe ("L'envoi", "Mail's").
_OPEN_QUOTES = '"\u201c\u201e\u00ab\u300c\u300e'
_CLOSE_QUOTES = '"\u201d\u201c\u00bb\u300d\u300f'


def _quoted_at(doc: Doc, pos: int) -> bool:
    """Inside quotation marks on its line: words someone else wrote (a scam text)."""
    a, _b = doc.line_of(pos)
    before = doc.full[a:pos]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0:
        return False
    closed = max(before.rfind(q, opened + 1) for q in _CLOSE_QUOTES)
    return closed < 0


_DOMESTIC = word_start(
    re.compile(
        r"\b(?:domestic|inland) (?:mail|parcels?|post|letters?|services?|shipments?|deliver\w*)\b|"
        r"\b(?:inlandssendung\w*|inlandspost|inlandsversand|courrier interieur|correo nacional|"
        r"posta nazionale|binnenlandse post|внутренн\w* почт\w*|внутрішн\w* пошт\w*|"
        r"przesyłk\w* krajow\w*)\b|国内郵便|国内邮件|國內郵件"
    )
)
# A stop of pickup or delivery in some areas of a country (storm, flood): the mail is held and
# goes out later, which is a delay, not a stop of sending to the country.
_LOCAL_SERVICE = GuardedPattern(
    word_start(
        re.compile(
            r"\b(?:pick-?ups?|pickup and delivery|deliver(?:y|ies)|collections?|retail|zustellung|"
            r"abholung|livraisons?|ramassage|entregas?|recogidas?|consegn[ae]|bezorging|доставк\w*)\b|"
            r"收派|派送|取件|配達|集荷"
        )
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
        "recogida",
        "consegn",
        "bezorging",
        "доставк",
        "收派",
        "派送",
        "取件",
        "配達",
        "集荷",
    ),
)
_LOCAL_AREA = re.compile(
    r"\b(?:zip codes?|postcodes?|postal codes?|parts of|some areas|certain areas|affected areas|"
    r"(?:some|certain|several|affected) (?:regions|districts|counties|provinces|prefectures)|"
    r"einigen gebieten|einzelnen gebieten|bestimmten gebieten|teilen von|certaines zones|"
    r"algunas zonas|alcune zone|individual areas)\b|部分地区|上述地区"
)


def _local_stop(doc: Doc, start: int, end: int, place_starts: list[int] | None) -> bool:
    """A stop of pickup or delivery, in a sentence that limits it to some areas and names no
    country ("delivery to some regions of Russia is suspended" is news of Russia) nor the
    acceptance of items."""
    a, b = doc.sentence_of(start)
    lo = max(a, start - 80)
    if any(a <= p < b for p in place_starts or ()):
        # "pick-up and delivery operations across Taiwan are suspended for the day": one day
        # of local work lost, a delay of the mail
        return (
            _ONE_DAY.match(doc.norm, end) is not None
            and _LOCAL_SERVICE.search(doc.norm, a, start) is not None
            and not _ACCEPTANCE.search(doc.norm, a, b)
        )
    if not _LOCAL_SERVICE.search(doc.norm, lo, min(b, end + 40)):
        return False
    if _ACCEPTANCE.search(doc.norm, a, b):
        return False
    if _LOCAL_AREA.search(doc.norm, a, b) is not None:
        return True
    # "pickups and deliveries in Kaohsiung, Pingtung and Tainan": towns (no country is named
    # in the sentence, checked above)
    return _SERVICE_IN_TOWN.search(doc.full, a, b) is not None


# right after the stop: "are suspended for the day"
_ONE_DAY = re.compile(
    r"\s+(?:for the day|for one day|for the rest of the day|for today|today only|"
    r"fur heute|für heute|pour la journee|pour la journée|por el dia|por el día|per la giornata|"
    r"voor vandaag)\b"
)
_SERVICE_IN_TOWN = re.compile(
    r"\b(?:[Pp]ick-?ups?|[Dd]eliver(?:y|ies)|[Cc]ollections?)"
    r"(?: and (?:pick-?ups?|deliver(?:y|ies)|collections?))? in (?:the )?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,}"
)


# Substrings one of which every match of the patterns above holds (a substring test is many
# times faster than a regex over the whole text, and most notices hold none of them).
_DOMESTIC_HINTS = (
    "nacional", "inland", "domestic", "interieur", "nazional", "binnenland", "внутренн",
    "внутрішн", "krajow", "国内", "國內",
)  # fmt: skip
_OVER_HINTS = (
    "over", "under", "unter", "more than", "exceed", "above", "excess", "heavier", "larger",
    "uberschreit", "below", "less than", "di bawah", "moins de", "menos de", "inferior",
    "ubersteig", "depass", "exced", "supera", "superior", "eccedent", "overschrijd", "превыша",
    "перевищ", "超过", "超過", "を超える",
)  # fmt: skip
_INTERNATIONAL = word_start(
    re.compile(
        r"\b(?:international\w*|abroad|overseas|ausland\w*|internacional\w*|internazional\w*|"
        r"internationa\w*|международн\w*|міжнародн\w*|zagraniczn\w*)\b|国际|國際|国際"
    )
)


_APP_HINTS = ("app",)  # every match of _PAY_IN_APP holds it
# Paying through the app: "pay GST in-app", "you can now pay duties in the SingPost app",
# "Zoll direkt in der App bezahlen".
_PAY_IN_APP = re.compile(
    r"\b(?:pay|paying|bezahl\w*|payer|pagar|pagare|betal\w*)\b[^.;\n]{0,60}?"
    r"(?:\bin-app\b|\b(?:in|via|through|with|using|from|in der|über die|uber die|dans l'|"
    r"en la|nell'|in de) (?:\w+ ){0,3}?(?:mobile )?app\b)|"
    r"\b(?:in|via|through|with|in der|über die|uber die) (?:\w+ ){0,3}?app\b[^.;\n]{0,40}?"
    r"\b(?:pay|bezahl\w*|payer|pagar|betal\w*)\b"
)
_PAY_IN_APP = word_start(_PAY_IN_APP)


# Duties paid by the sender when the item is posted (DDP): how a service takes the duty, not
# a change of the duty ("reanuda los envíos ... con aranceles prepagados")
_PREPAID = word_start(
    re.compile(
        r"\b(?:delivered duty paid|ddp|pddp|duty tax paid|dtp|prepaid dut\w*|pre-paid dut\w*|"
        r"dut(?:y|ies) (?:are |is )?(?:pre-?paid|paid in advance|paid when postage is bought)|"
        r"aranceles prepagados|aranceles pagados por adelantado|en el momento de la admisi[oó]n|"
        r"droits (?:de douane )?pr[eé]pay[eé]s|droits pay[eé]s [aà] l'avance|"
        r"vorausbezahlt\w* z[oö]ll\w*|z[oö]lle (?:werden )?(?:vorab|im voraus) bezahlt|"
        r"dazi prepagati|dazi pagati in anticipo|vooraf betaalde invoerrechten|"
        r"direitos pr[eé]-?pagos)\b"
    )
)
# Substrings one of which every match of _PREPAID holds
_PREPAID_HINTS = (
    "paid", "ddp", "dtp", "prepa", "adelantad", "admision", "vorab", "voraus", "anticipo",
    "vooraf", "pre-pag", "pre pag", "l'avance", "l avance",
)  # fmt: skip
PREPAID_FACTOR = 0.3


def _prepaid(doc: Doc, start: int, seen: dict[int, bool]) -> bool:
    """Read in the vote's sentence only (a short span; most notices hold no such words),
    once per sentence: ``seen`` holds the answer by sentence start."""
    a, b = doc.sentence_of(start)
    known = seen.get(a)
    if known is None:
        known = seen[a] = _PREPAID.search(doc.norm, a, b) is not None
    return known


# "a consultation on the design of the new arrangements": details of a decided change
_ON_DETAILS = re.compile(
    r"\s+(?:on|about|regarding) (?:the )?(?:design|details?|implementation|technical|practical|"
    r"arrangements|operation)\b"
)


def _paid_in_app(doc: Doc, start: int, seen: dict[int, bool]) -> bool:
    """``seen``: the answer for each sentence already read (by its start; several duty words
    often share one long sentence)."""
    a, b = doc.sentence_of(start)
    title = seen.get(-1)
    if title is None:  # "New in the app: pay customs charges in a few taps" heads a feature
        title = seen[-1] = doc.title_end > 0 and (
            _app_payment(doc.norm, 0, doc.title_end)
            or (
                _NEW_FEATURE_TITLE.match(doc.norm, 0, doc.title_end) is not None
                and _PAY_WORD.search(doc.norm, 0, doc.title_end) is not None
            )
        )
    if title and (
        doc.in_title(start)
        or not (_DATED_CHANGE.search(doc.norm, a, b) or _NOW_NEW.search(doc.norm, a, b))
    ):
        return True  # not "From 1 July, a new duty applies" or "now attract a duty" below it
    known = seen.get(a)
    if known is None:
        known = seen[a] = _app_payment(doc.norm, a, b)
    return known


_NOW_NEW = word_start(
    re.compile(
        r"\b(?:now|new(?! (?:feature|features|function|tool|option|service in))|newly|"
        r"introduc\w*|increas\w*|rais\w*)\b"
    )
)
# "New in UPS My Choice: see and pay import charges before your package arrives": a feature
_NEW_FEATURE_TITLE = re.compile(
    r"\s*(?:new|neu|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|nieuw)\s+(?:in|im|dans|en|nel|"
    r"feature|funktion|fonctionnalit\w*|funci\w+|funzion\w*|functie)\b"
)
_PAY_WORD = re.compile(r"\b(?:pay|bezahl\w*|payer|pagar|pagare|betal\w*)\b")


def _app_payment(norm: str, a: int, b: int) -> bool:
    i = norm.find("app", a, b)
    while i >= 0:  # the regex only where "app" is a word of the sentence (rare; "apply" is not)
        if not norm[i - 1 : i].isalnum() and not norm[i + 3 : i + 4].isalnum():
            return _PAY_IN_APP.search(norm, a, b) is not None
        i = norm.find("app", i + 3, b)
    return False


_STILL_HINTS = ("remain", "still", "stay", "bleib", "reste", "sigue", "unchanged")
# "the suspension ... remains in effect until further notice": the stop goes on; and "items to
# Iran are not accepted; this is unchanged"
_STILL_IN_FORCE = re.compile(
    r"[^.;\n]{0,60}?(?:;\s*(?:this|that|it) (?:is|remains|stays) unchanged\b|"
    r"\b(?:(?:remains?|remained|is still|are still|stays?) (?:in (?:effect|force|"
    r"place)|valid|unchanged)|(?:bleibt|bleiben) (?:bestehen|in kraft)|(?:reste|restent) en "
    r"vigueur|(?:sigue|siguen) vigente)\b)",
    re.IGNORECASE,
)


# Words of accepting mail: "we continue to accept", "acceptance of parcels is suspended".
_ACCEPTANCE = re.compile(
    r"accept|annahme|annehm|angenommen|admission|admision|accett|acept|aceit|acceptatie|aanname|"
    r"прием|приём|принима|прийма|przyjmowan|posting|booking|引受|收寄|接收"
)


def _still_accepting(doc: Doc, votes: list[Vote], place_starts: list[int]) -> bool:
    """The operator says it goes on accepting mail ("we continue to accept mail for X") and
    its title announces no stop: what is suspended is further on (local delivery). Not when
    the stops name other places than the acceptance ("services to Iran are suspended ... we
    continue to accept items for Iraq")."""
    for v in votes:
        if v.kind != "suspension":
            continue
        a, b = doc.sentence_of(v.start)
        if doc.in_title(v.start) or _ACCEPTANCE.search(doc.norm, a, b):
            return False  # "acceptance of parcels to X is suspended": a stop of acceptance
    accepting = [
        doc.sentence_of(v.start)
        for v in votes
        if v.kind == "informational" and _ACCEPTANCE.search(doc.norm, v.start, v.end)
    ]
    if not accepting:
        return False
    kept = {_place_word(doc, p) for p in place_starts if any(a <= p < b for a, b in accepting)}
    if kept:
        for v in votes:
            if v.kind == "suspension" and v.weight >= RELEVANT_SCORE:
                a, b = doc.sentence_of(v.start)
                stopped = {_place_word(doc, p) for p in place_starts if a <= p < b}
                if stopped and not stopped & kept:
                    return False
    return True


def _place_word(doc: Doc, pos: int) -> str:
    """The first word of the place named at ``pos``: enough to tell two places apart."""
    end = pos
    while end < len(doc.norm) and end - pos < 24 and doc.norm[end].isalnum():
        end += 1
    return doc.norm[pos:end]


# Words that say "late", as opposed to "disruption", which can be a stop
_DELAY_WORD = re.compile(
    r"delay|verz|versp|retard|retras|ritard|vertrag|atras|задерж|затрим|opozn|försen|forsen|"
    r"forsink|延误|延迟|延誤|遅延|遅れ|지연"
)


def _title_names(doc: Doc, votes: list[Vote], kind: str) -> bool:
    """The title names this kind and no stop ("Delays in mail to Serbia"): a stop in the body
    is a detail of it (a closed road, one town cut off), not the news."""
    in_title = {
        v.kind
        for v in votes
        if doc.in_title(v.start)
        and v.weight > 0.5
        and (v.kind != "delay" or _DELAY_WORD.search(doc.norm, v.start, v.end))
    }
    return kind in in_title and "suspension" not in in_title


_SENT_WORDS = frozenset(("_mail", "_parcels", "_goods", "documents", "_service"))


def _sending_sentences(doc: Doc) -> set[tuple[int, int]]:
    """Sentences that name mail, goods or their delivery."""
    return {
        doc.sentence_of(m.start)
        for m in lexicon.matches(doc, "categories")
        if m.value in _SENT_WORDS
    }


_OBJECT_GAP = re.compile(
    r"(?:\s+(?:of|for|to|on|von|der|des|de|du|la|le|les|del|della|the|all|its|our|their))*\s+$"
)


def _other_service_object(doc: Doc, end: int, other_starts: list[int]) -> bool:
    """The stop's object, right after it, is a service that sends nothing."""
    for s in other_starts:
        if end <= s <= end + 30 and _OBJECT_GAP.match(doc.norm, end, s):
            return True
    return False


def _closure_sentences(
    doc: Doc, found: list[Match], place_starts: list[int] | None
) -> set[tuple[int, int]]:
    """Sentences about a holiday or opening hours that name no place and no acceptance of items
    ("There will be no collections or deliveries on Christmas Day"); none when the title names
    a place ("Service to China": "acceptance is suspended over the New Year holidays")."""
    if not found or any(p < doc.title_end for p in place_starts or ()):
        return set()
    sentences = {doc.sentence_of(m.start) for m in found}
    # "Post offices will be closed on 25 December. There will be no delivery on these days, and
    # pickups are suspended": the next sentence speaks of the same days (not "On that day the
    # strike begins too: all mail is suspended until further notice")
    for _a, b in list(sentences):
        if b < len(doc.full):
            after = doc.sentence_of(b + 1)
            if _THESE_DAYS.search(doc.norm, *after) and not _OWN_EVENT.search(doc.norm, *after):
                sentences.add(after)
    for p in place_starts or ():
        sentences.discard(doc.sentence_of(p))
    return {(a, b) for a, b in sentences if not _ACCEPTANCE.search(doc.norm, a, b)}


def _job_posting(doc: Doc, jobs: list[Match], votes: list[Vote]) -> bool:
    """Three different words of a job advertisement ("Job ID", "What you'll do", "Apply now";
    "job" and "jobs" are one) make a notice a job posting, unless its title states a change
    ("Strike at bpost: delays to Belgium" over "unions fear 1,000 jobs will go"). Words in a
    site's menu or footer ("About us | Careers | Job vacancies") do not count."""
    if any(
        doc.in_title(v.start) and v.kind != "informational" and v.weight >= RELEVANT_SCORE
        for v in votes
    ):
        return False
    words = {
        _JOB_WORD.get(m.key, m.key)
        for m in jobs
        if doc.counts(m.start) and doc.full.count(" | ", *doc.line_of(m.start)) < 2
    }
    return len(words) >= JOB_MARKERS


def _stop_beside_figures(doc: Doc, figures: list[Match], votes: list[Vote]) -> bool:
    """Whether a stop of its own stands beside figures compared year on year ("parcels to the US
    fell 40% year on year. From 29 August we suspend ..."): the figures are its background."""
    sentences = {doc.sentence_of(m.start) for m in figures}
    return any(
        v.kind in _STOPS
        and v.weight >= RELEVANT_SCORE
        and doc.sentence_of(v.start) not in sentences
        for v in votes
    )


# Chinese and Japanese words of price just before a "no change": the price is what is kept
_PRICES_KEPT = re.compile(r"资费|資費|运费|運費|邮资|郵資|邮费|郵費|料金|价格|價格|费用|費用")
_JOB_WORD = {"jobs": "job", "vacancies": "vacancy", "job opportunit": "job"}


# A job advert's title: the gender marker of a post, or a job word heading the title
_START = attrgetter("start")
JOB_MARKERS = 3  # different words of a job advertisement that make a notice one
_JOB_TITLE = re.compile(
    r"\((?:m/w/d|w/m/d|m/f/d|f/m/d|m/f/x|m/w/x|w/m/x|d/m/w|h/f|f/h|m/v|v/m|m/v/x|m/f)\)|"
    r"^\W*(?:stellenangebot|stellenausschreibung|stellenanzeige|job vacancy|job opening|vacancy|"
    r"offre d['\u2019]emploi|oferta de empleo|offerta di lavoro|vacature|vaga de emprego)"
    r"\s*(?::|\s[-\u2013\u2014]\s)",
    re.I,
)
_OWN_EVENT = word_start(
    re.compile(
        r"\b(?:strike\w*|streik\w*|greve\w*|huelga\w*|sciopero|scioperi|staking\w*|"
        r"until further notice|bis auf weiteres|jusqu'a nouvel ordre|hasta nuevo aviso|"
        r"fino a nuovo avviso|tot nader order)\b"
    )
)
_THESE_DAYS = word_start(
    re.compile(
        r"\b(?:on (?:these|those) days|on that day|an diesen tagen|an diesem tag|ces jours la|"
        r"ce jour la|esos dias|ese dia|in quei giorni|in quel giorno|op deze dagen|"
        r"op die dag|nesses dias|nesse dia|в эти дни|у ці дні)\b"
    )
)


def _other_service_sentences(
    doc: Doc, found: list[Match], place_starts: list[int] | None
) -> set[tuple[int, int]]:
    """Sentences about a service that sends nothing (cash machines, online banking, the
    website) and that name no mail, goods, delivery or place: a stop there is no stop of
    sending."""
    if not found:
        return set()
    sentences = {doc.sentence_of(m.start) for m in found if doc.counts(m.start)}
    # money sent abroad names its country as mail does: "MoneyGram transfers to Russia"
    money = {doc.sentence_of(m.start) for m in found if m.key.startswith(_MONEY_SERVICES)}
    for p in place_starts or ():
        sentence = doc.sentence_of(p)
        if sentence not in money:
            sentences.discard(sentence)
    return sentences - _sending_sentences(doc) if sentences else sentences


_MONEY_SERVICES = ("moneygram", "money gram", "western union", "ria money", "money transfer")


def _has_duty_object(doc: Doc, start: int, end: int, objects: list[Match]) -> bool:
    """ "Suspension of duty-free de minimis treatment" changes duties, not acceptance."""
    # "suspended the implementation of the 4% Free-On-Board (FOB) charge": the object further on
    ahead = 90 if _APPLYING.match(doc.norm, end) else 45
    for m in objects:
        if end <= m.start <= end + ahead and not _STOP_MARK.search(doc.full, end, m.start):
            if m.start - end <= 45 or not _OTHER_OBJECT.search(doc.norm, end, m.start):
                return True  # not "the application of our new service ... pending the levies"
        if m.key.startswith(_CHARGES):
            continue  # "due to the new import levy, we have suspended parcels": the cause
        reach = 120 if m.key.startswith(_GUARANTEES) else 60  # the subject of its sentence
        if start - reach <= m.end <= start and not _STOP_MARK.search(doc.full, m.end, start):
            return True
    return False


_GUARANTEES = ("guarantee", "money-back", "money back", "garantie")

_PAID_AFTER = re.compile(r"[ -]?(?:paid|prepaid|unpaid|bezahlt|payes?|pagad[oa]s?)\b")
_LIFTED_OF = re.compile(r"\s*(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$")


def _lifted_duty(doc: Doc, start: int, end: int, objects: list[Match]) -> bool:
    """ "The exemption ... was lifted", "die Zollfreigrenze ... aufgehoben", "lifting of the
    de minimis exemption": a duty exemption ends, nothing resumes. Not "services resume with
    duties collected at lodgement"."""
    for m in objects:
        if m.key.startswith(_GUARANTEES) or _PAID_AFTER.match(doc.norm, m.end):
            continue  # "resumption of duty-paid shipments": paid duties, no exemption
        if (
            end <= m.start <= end + 40
            and _LIFTED_OF.fullmatch(doc.norm, end, m.start)
            and not _CLAUSE_OPENS_RESUMED.search(doc.norm, end, m.start)
        ):
            return True
        if (
            start - 100 <= m.end <= start
            and doc.sentence_of(m.end) == doc.sentence_of(start)
            and not _CLAUSE_OPENS_RESUMED.search(doc.norm, m.end, start)
        ):
            return True
    return False


# between an object and "resume": another subject ("duties are paid, and services resume")
_CLAUSE_OPENS_RESUMED = re.compile(
    # or a clause of what is said: "after the end of the exemption, Poste Italiane says that
    # sending goods is possible again" (not "the allowance that was withdrawn is reinstated")
    r"\b(?:says?|said|announces?|announced|informs?|informed|confirms?|confirmed|reports?|"
    r"communicates?|mitteilt|teilt mit|comunica|informa|annuncia|conferma|meldt|laat weten)"
    r"(?:\s+\S+){0,2}?\s+(?:that|dass|che|dat)\b|"
    r"[,;]\s*(?:and|but|so|und|aber|et|mais|y|pero)\b|"
    r"\b(?:with|mit|avec|con|met)\b(?! (?:effect|wirkung|effet|efecto|effetto|ingang)\b)"
)


_CHARGES = (
    "levy",
    "levies",
    "import lev",
    "fob charge",
    "import charge",
    "charge on",
    "charges on",
)
_OTHER_OBJECT = re.compile(
    r"\b(?:services?|parcels?|mail|shipments?|items?|pending|until|due|because)\b"
)
_APPLYING = re.compile(r"\s+(?:the )?(?:implementation|application|collection|introduction) of\b")


def _after_subject(doc: Doc, start: int, subject_ends: set[int]) -> bool:
    """A place name right before the trigger ("Austria no longer accepts ...")."""
    for gap in range(0, 12):
        if start - gap in subject_ends:
            between = doc.norm[start - gap : start]
            return between.strip() in ("", "has", "now", "also")
    return False
