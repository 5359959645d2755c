"""Which product categories a change touches.

Specific categories (lithium batteries, vapes, food...) come from a lexicon; when a notice
names none, it is about mail in general: ``all_goods``, plus ``documents`` unless it speaks of
goods only, says documents are not affected, or the change is one that only goods can undergo
(duties, data for customs, a value limit). ``commercial_goods`` and ``gifts`` are added only
where the text scopes by them: in the title or in a sentence that states the change, not
quoted as an example; a notice that exempts gifts or private senders is about commercial goods.
A category named in a sentence that exempts it ("gifts are not affected") does not count.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from monitor.classify import lexicon
from monitor.classify.guidance import guidance_spans, link_spans, news_sections
from monitor.classify.kinds import (
    ACCEPTING,
    ONLY_WORDS,
    RELEVANT_SCORE,
    REMINDER_HINTS,
    Vote,
    reminds,
)
from monitor.classify.kinds.phrases import (  # a change said with its day; stops and limits
    _STOPS,
    dated_span,
)
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match, parse_phrase
from monitor.classify.normalize import normalize_key
from monitor.classify.resources import load_yaml
from monitor.classify.text import (
    ANSWER_LEAD,
    ANSWER_NO,
    EXAMPLE_MARKS,
    SCOPE_ASKED,
    YES_WORDS,
    Doc,
    breadcrumbs,
    colon_ends,
    ends_question,
    holds_questions,
    in_spans,
    line_above_list,
    list_under,
    menu_line,
    paragraph_start,
    strip_bullet,
)
from monitor.classify.wordstart import (
    WHITESPACE,
    ignorecase_word_start,
    literal_alternatives,
    word_start,
)

SCOPES = ("commercial_goods", "gifts")
_ALSO = word_start(
    r"\b(?:also|as well|ebenfalls|ebenso|aussi|egalement|tambien|anche|ook|aven|ogsa|"
    r"takze)\b"
)
GENERIC = ("_mail", "_service", "_goods", "_parcels", "_all", "documents")
_MAILS = ("_mail", "_goods", "_parcels", "_all")
# Kinds that stop what a documents-only phrase names in their own sentence
_STOP_KINDS = ("suspension", "prohibited_items")
IGNORED = (
    "_none",
    "_exempt",
    "_personal",
    "_inclusive",
    "_concessive",
    "_documents_only",
    "_imports",
)
_INCLUSIVE = ("_inclusive", "_concessive")
SENDING_ONLY = "_imports"  # ignored as a category, but a word of sending
# Kinds of change that only goods undergo: letters pay no duty and need no customs data.
GOODS_ONLY_KINDS = ("duty_tax_change", "new_requirement")
# Documents named as included: "all shipments, including documents, to the EU" (not papers:
# "including documents proving the value")
_INCLUDING_BEFORE = lazy_compile(
    r"(?<!\bnot )(?<!\bnicht )(?<!\bnon )"
    r"\b(?:including|inclusive of|einschlie(?:ss|ß)lich|inklusive|y compris|incluidos|"
    r"incluidas|compresi|comprese|inclusief|incluindo|включая|включно з)\s+"
    r"(?:(?:the|die|les|los|las|i|le|gli|de|os|as)\s+)?$"
)
# ... as an item of its own: "including documents," / "including documents." (not papers:
# "including documents and invoices proving the value")
_INCLUDED_AFTER = lazy_compile(r"\s*(?:[,;).]|$)")


# Papers said to prove a value, a purchase or a payment, right after the word ("documents
# proving the value", "документы, подтверждающие стоимость"; normalised): not "documents
# attesting academic qualifications", which are what is sent
_PROVING_AFTER = lazy_compile(
    r",?\s*(?:that\s+)?(?:proving|prove|confirming|confirm|showing|substantiating|justifying|"
    r"подтверждающ\w*|що підтверджують|prouvant|justifiant|attestant|que acrediten|"
    r"que demuestren|que comprueben|que justifiquen|que comprovem|comprovando|che attestano|"
    r"che comprovano|che dimostrano|potwierdzajac\w*|zum nachweis|als nachweis|die)\s+"
    r"(?:(?:the|its|their|la|le|el|il|o|a|den|die|das|des|du|de|del|della)\s+)?(?:\w+\s+){0,2}?"
    r"(?:value|cost|price|purchase|payment|origin|стоимост\w*|цен\w*|оплат\w*|покупк\w*|"
    r"приобретени\w*|происхождени\w*|вартіст\w*|valeur|prix|achat|paiement|origine|valor|"
    r"precio|compra|pago|origen|valore|prezzo|acquisto|pagamento|wert\w*|kauf\w*|zahlung|"
    r"ursprung|wartosc\w*|cen[aeyi]|zakup\w*|platnos\w*|pochodzeni\w*)\b"
)


def _included_documents(doc: Doc, start: int, end: int) -> bool:
    """Whether the word of documents at ``start``-``end`` is named as included."""
    return (
        _INCLUDING_BEFORE.search(doc.norm, max(0, start - 30), start) is not None
        and _INCLUDED_AFTER.match(doc.norm, end) is not None
    )


_VALUE = lazy_compile(r"valu|valor|valeur|wert|waarde|стоимост|вартіст|限值|限额|价值|價值")
_WEIGHT_WORD = lazy_compile(
    r"weight|gewicht|poids|peso|vikt|vægt|vekt|wag[ia]|hmotnost|svor|вес|ваг|重量|중량|agırlık|"
    r"paino|kaal|tez[ia]|greutat|suly"
)
_LETTER_WEIGHT = lazy_compile(
    r"(?<![\d.,])(?:[12](?:[.,]0)?|[01][.,]\d{1,3})\s?"
    r"(?:(?:kg|кг|kilos?|kilogram\w*)(?!\w)|公斤|キロ|킬로)|"
    r"(?<![\d.,])\d{2,4}\s?(?:(?:g|gr|grams?|gramm|grammes?|gramos|gramas)(?!\w)|グラム|克|그램)"
)
# A weight limit in tens of kilograms is a parcel's: "reduced from 30 kg to 20 kg".
_PARCEL_WEIGHT = lazy_compile(
    r"(?<![\d.,])(?:[5-9]|[1-9]\d)(?:[.,]\d+)?\s?(?:(?:kg|кг|kilo\w*|килограм\w*)(?!\w)|公斤|キロ|킬로)"
)
# Express services carry goods and papers alike: beside "parcels" they do not make it "mail".
_SERVICE_NAMES = frozenset(("ems", "ems items", "express items", "items"))
# "letters and parcels" names the channels an item ban holds in, not letters as the item.
_CHANNEL_GAP = lazy_compile(
    # "letters and parcels"; "letters, packets and parcels" (one or two more items between)
    r"^(?:\s*,\s*[^\W\d_]+(?: [^\W\d_]+)?){0,2}"
    r"\s*(?:,|/|and|or|und|oder|et|ou|y|o|e|en|и|або|та|і)\s*(?:(?:the|les|des|die|los|las)\s+)?$"
)
_QUOTES = "'\"\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb"  # with the German low quotes
# Where a clause ends: what a resumption names in its own clause is what resumed.
# r"[;:.!?()\n]|\s[-\u2013\u2014]\s|"
# r"(?i:\b(?:but|however|while|whereas|aber|jedoch|mais|pero|ma|maar|mas|но|але)\b)",
# written with every alternative opening with one plain character (the same matches, in the
# same order at each place), which lets the regex engine skip ahead
_CLAUSE_EDGE = lazy_compile(
    literal_alternatives(";:.!?()\n")
    + "|"
    + literal_alternatives(WHITESPACE, "[-\u2013\u2014]\\s")
    + "|"
    + ignorecase_word_start(
        "(?:but|however|while|whereas|aber|jedoch|mais|pero|ma|maar|mas|но|але)"
    )
)


# In a delay, "we continue to accept letters and parcels" names what is delayed, not what is
# exempt from a stop: nothing was stopped.
_NOTHING_STOPPED = ("delay", "informational")
_GOES_ON = lazy_compile(
    r"continu|still|remain|accepted|weiterhin|toujours|siguen|seguem|ancora|nadal|sigue|reste|"
    r"restent|resta|restano|bleibt|bleiben|تستمر|يستمر"
)
# in a delay or a notice of no change, "accepted in the usual way" and "encore" go on as well
# (lexicon keys are folded: й is и)
_GOES_ON_HERE = lazy_compile(
    _GOES_ON.pattern
    + r"|encore|обычном режиме|звичаиному режимі|"
    + r"обычном порядке|звичаиному порядку|iprasta tvarka"
)
# "in the usual order" beside a stop in its own clause is how the stop is done, not an
# exception: "Посылки с алкоголем в обычном порядке не принимаются"
_USUAL_ORDER = lazy_compile(r"обычном порядке|звичаиному порядку|iprasta tvarka")
# what follows "weiterhin" when a stop goes on rather than some goods
_STOP_GOES_ON = lazy_compile(
    r" (?:nicht|keine?|ausgesetzt|eingestellt|gesperrt|unterbrochen|verboten|untersagt|"
    r"suspendiert|unmoglich)\b"
)
_CLAUSE_BREAK = lazy_compile(r"[,;:\u2013\u2014]")
# "can be posted as normal but will take longer": in a delay, as normal only in the sentence of
# the delay ("Letters can be sent as normal." on its own exempts them)
_AS_NORMAL = lazy_compile(r"as normal|as usual|normally|som normalt|som vanligt?")
# ... and in a notice that all runs as usual, "letters run normally" is the news, not an
# exception (in a delay it is one: those are not late)
_AS_USUAL = lazy_compile(r"normaal")

# Exempting words that do not exempt a list beneath them: "items will be accepted only under
# the conditions below:" (a limit), "for example:" (the scope's examples).
_GOES_ON_OR_EXAMPLE = lazy_compile(
    _GOES_ON.pattern + r"|accept|exampl|exempl|beispiel|ejempl|esempi|voorbeeld|пример|приклад|例"
)


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


# A sentence whose subject is "no ...": what it says is accepted, none is ("No new shipments,
# documents or parcels will be accepted"; normalised text)
_NONE_OF_SUBJECT = lazy_compile(
    r"\W*(?:no|keine?|aucune?|ningun[oa]?|nessun[oa]?|nenhum[a]?|geen)\s+"
    # up to the acceptance, in the same clause (not "No parcels ... but letters are still
    # accepted as normal")
    r"(?:(?!\b(?:but|however|aber|jedoch|mais|pero|sino|ma|maar|mas|while)\b)[^;:])*"
)
_ACCEPTED_STEMS = ("accept", "angenommen", "acept", "accett", "aceit", "aanvaard", "admis", "admit")
# The exempting words of paying none ("do not pay", "no pagan", "zahlen keine")
_PAY_NOT = lazy_compile(r"\bpay\b|zahlen|paient|paie\b|pagan|paga\b|pagano|betalen|betaalt|pagam")
# A relative word just before them: "customers who do not pay", "los envíos que no pagan"
_RELATIVE_BEFORE = lazy_compile(
    r"\b(?:who|that|which|whose|que|qui|die|der|das|che|welche|welcher)\s+(?:\w+\s+)?$"
)


# "excise goods such as alcohol": the goods are those named after it
_EXAMPLES_AFTER = lazy_compile(r",?\s*(?:such as|like|e\.g\.|for example|etwa|z\. ?b\.|wie)\b")
_FOR_EXAMPLE = (
    r"for example|e\.g\.|such as|etwa|z\. ?b\.|zum beispiel|par exemple|por ejemplo|"
    r"ad esempio|bijvoorbeeld|u\. ?a\."
)
# Words that give examples of the goods a duty is charged on
_EXAMPLE_WORDS = rf"\b(?:{_FOR_EXAMPLE}|for instance|typical items|typically|beispielsweise|zoals)"
_EXAMPLE_BEFORE = lazy_compile(_EXAMPLE_WORDS + r"\b")
# Words that introduce words quoted as wording: 'terms such as "gift"', 'described as "parts"'.
_MENTION_BEFORE = lazy_compile(
    rf"\b(?:{_FOR_EXAMPLE}|like|terms?|words?|described as|labell?ed|marked|wie|comme|como|"
    r"tels que|telles que|termes|mentions?|termini|terminos|termos|menciones|dicitur\w*|"
    r"mentiuni|precum)\b"
)


def _quoted(doc: Doc, m: Match) -> bool:
    """ "descriptions such as 'gift'": a word mentioned, not used."""
    before = doc.full[m.start - 1 : m.start] if m.start else ""
    after = doc.full[m.end : m.end + 1]
    # (French sets its guillemets a space apart: "« cadeau »")
    if before and before in _GUILLEMET_SPACES:
        before = doc.full[max(0, m.start - 2) : m.start - 1]
        before = before if before in _GUILLEMETS else ""
    if after and after in _GUILLEMET_SPACES:
        after = doc.full[m.end + 1 : m.end + 2]
        after = after if after in _GUILLEMETS else ""
    return bool(before) and before in _QUOTES and after in _QUOTES and bool(after)


_GUILLEMET_SPACES = " \u00a0\u202f"
_GUILLEMETS = "\u00ab\u00bb"


# A run of quoted words and what joins them: '"men's cotton shirts", not "clothing"; '
_JOINS = r"(?:\s*(?:[,;/]|\bnot\b|\bor\b|\band\b|\bnicht\b|\bpas\b|\bno\b))*\s*"
_CONTRASTED = lazy_compile(r"\b(?:not|nicht|pas|no)\b")
_WORDING = lazy_compile(
    r"descri|\bterms?\b|\bwords?\b|wording|bezeichnung|beschreibung|omschrijving|"
    r"\bdeclar|\blabel|\btermes\b|\btermini\b|\bterminos\b|\btermos\b|indicazion|\bangaben?\b|"
    r"anzugeben|denominac|denominaz|aanduiding|benaming"
)
_QUOTED_RUN = lazy_compile(
    rf"(?:{_JOINS}(?:[\"\u201c\u201d\u201e\u00ab\u00bb][^\"\u201c\u201d\u201e\u00ab\u00bb\n]{{1,40}}"
    rf"[\"\u201c\u201d\u00ab\u00bb]|['\u2018\u2019\u201a][^'\u2018\u2019\u201a\n]{{1,40}}['\u2018\u2019]))*"
    rf"{_JOINS}$"
)


_DOUBLE_QUOTES = '"\u201c\u201d\u201e\u00ab\u00bb'


def _in_quoted_words(
    doc: Doc, m: Match, matches: list[Match], lists: dict[tuple[int, int], bool]
) -> bool:
    """Whether ``m`` lies inside double quotes as a word to write, not goods: in a sentence
    that speaks of wording, or after one that does ('descriptions such as „Bekleidung“', 'Anzugeben
    ist z. B. „Mobiltelefon mit Lithium-Ionen-Akku“'), or among quoted phrases one of which
    names no goods at all ('« cadeaux », « vêtements » ou « pièces détachées »'); not a list of
    goods quoted ('Items such as "perfumes", "e-cigarettes" can no longer be sent')."""
    marks = doc.once("_double_quotes", _double_quote_marks)  # found once per notice
    if not marks:
        return False
    sentence = a, b = doc.sentence_of(m.start)
    lo, hi = bisect_left(marks, a), bisect_left(marks, b)
    before = bisect_left(marks, m.start) - lo
    if before % 2 == 0 or bisect_left(marks, m.end) >= hi:
        return False  # not inside a pair
    if _WORDING.search(doc.norm, a, b) is not None:
        return True
    # "Eine genaue Warenbeschreibung ist Pflicht. Anzugeben ist z. B. „...“": the one before
    if a > 0 and _WORDING.search(doc.norm, doc.sentence_of(a - 1)[0], a) is not None:
        return True
    words = lists.get(sentence)
    if words is None:
        pairs = list(zip(marks[lo:hi:2], marks[lo + 1 : hi : 2], strict=False))
        words = lists[sentence] = len(pairs) >= 2 and any(
            not any(q0 < x.start < q1 and _own_goods(x.value) for x in matches) for q0, q1 in pairs
        )
    return words


def _double_quote_marks(doc: Doc) -> list[int]:
    """Where the double quotes stand, in order (substring scans: most notices have none)."""
    full = doc.full
    marks: list[int] = []
    for q in _DOUBLE_QUOTES:
        i = full.find(q)
        while i >= 0:
            marks.append(i)
            i = full.find(q, i + 1)
    return sorted(marks)


def _mentioned(doc: Doc, pos: int) -> bool:
    """Whether the quoted word at ``pos`` follows "such as", "for example" or "terms", right
    before it or before a run of other quoted words ('for example "men's cotton shirts", not
    "clothing"; "smartphone", not "electronics"')."""
    if _MENTION_BEFORE.search(doc.norm, max(0, pos - 40), pos):
        return True
    lo = max(doc.line_of(pos)[0], pos - 160)
    found = list(_MENTION_BEFORE.finditer(doc.norm, lo, pos))
    if not found:
        return False
    run = _QUOTED_RUN.match(doc.full, found[-1].end(), pos - 1)
    # a run of words set against others ('"shirts", not "clothing"') or of wording ("a
    # description of the goods, for example ..."), not a list of goods ('items such as
    # "perfumes", "e-cigarettes" ... can no longer be sent')
    return run is not None and (
        _CONTRASTED.search(run.group()) is not None
        or _WORDING.search(doc.norm, max(lo, found[-1].start() - 60), found[-1].start()) is not None
    )


# between "letters" and the goods they hold: other kinds of mail, then a word of holding
# (whole words only: a word split at every letter would be tried in every way)
_MAIL_RUN = r"(?:\s*(?:,\s*)?(?:(?:and|or|und|oder|et|ou|y|o|e|en|of)\s+)?[\w']+\b){0,3}?\s*"
_HOLDS_BEFORE_GOODS = lazy_compile(
    _MAIL_RUN + r"\b(?:containing|that contain|with|contenant|avec|mit|con|contenenti|contendo|"
    r"com|met|que contengan|que contienen|qui contiennent|z|"
    # Nordic, Finnish, Czech and Polish: "brev som innehåller varor", "obsahující zboží"
    r"med|som innehaller|som indeholder|som inneholder|jotka sisaltavat|joka sisaltaa|"
    r"obsahujici|zawierajace)\s+(?:(?:des|de|der|di|du|los|las|dei|delle|het)\s+)?"
)
_MAIL_JOIN = lazy_compile(_MAIL_RUN)


def _holding_goods(doc: Doc, letters: Match, goods: list[Match]) -> bool:
    """Whether the word for letters at ``letters`` is followed, in the same run of mail words,
    by the goods they hold ("letters and parcels containing goods")."""
    for g in goods:
        if g.start < letters.end:
            continue
        if g.start - letters.end > 50:
            return False
        gap = doc.norm[letters.end : g.start]
        # (norm reads a line break as a space: the lines of a list are looked up in full)
        if any(c in gap for c in ".;:!?()") or "\n" in doc.full[letters.end : g.start]:
            return False
        if g.key.startswith("containing") and _MAIL_JOIN.fullmatch(gap):
            return True
        return _HOLDS_BEFORE_GOODS.fullmatch(gap) is not None
    return False


def _clause_of(doc: Doc, pos: int) -> tuple[int, int]:
    lo = max(0, pos - 200)
    starts = [e.end() for e in _CLAUSE_EDGE.finditer(doc.full, lo, pos)]
    start = starts[-1] if starts else lo
    end_m = _CLAUSE_EDGE.search(doc.full, pos, pos + 200)
    return start, end_m.start() if end_m else min(len(doc.full), pos + 200)


def _resumed(doc: Doc, live: list[Match], votes: list[Vote]) -> list[Match]:
    """ "Letters to X accepted again - parcels remain suspended": what resumed is what the
    resumption's own clause names, else its sentence; the body first, then the title."""
    for in_title in (False, True):
        starts = [v.start for v in votes if v.kind == "resumption"]
        starts = [s for s in starts if doc.in_title(s) == in_title]
        in_clause: list[Match] = []
        for whole_sentence in (False, True):
            spans = [doc.sentence_of(s) if whole_sentence else _clause_of(doc, s) for s in starts]
            focused = [m for m in live if any(a <= m.start < b for a, b in spans)]
            named = [m for m in focused if m.value not in GENERIC]
            if named and not whole_sentence:  # "gifts can be sent by post again": gifts
                return named  # resumed, not all mail
            if named:
                # the sentence's goods said to be held by the mail its clause resumes:
                # "retomam a aceitação de encomendas postais (Correio Azul, EMS) contendo
                # vestuário": clothing resumed (not "..., except gifts")
                held = [
                    m
                    for m in named
                    if _MAIL_HOLDS_BEFORE.search(
                        doc.norm, max(0, m.start - MAIL_HOLDS_REACH), m.start
                    )
                ]
                if held or not in_clause:
                    return held or named
            in_clause = in_clause or focused
        if in_clause:
            return in_clause
    return live


# "containing" and its kin a few words before goods (normalised): what the mail holds
MAIL_HOLDS_REACH = 40
_MAIL_HOLDS_BEFORE = lazy_compile(
    r"\b(?:containing|that contain|contendo|que contenham|contenant|qui contiennent|"
    r"enthaltend|contenenti|che contengono|que contengan|que contienen)\b[^.;:()]{0,30}$"
)


def _letters_only_resumed(
    doc: Doc, resumed: list[Match], live: list[Match], votes: list[Vote]
) -> list[Match]:
    """ "Letters and flats are accepted again ... Mailpieces containing merchandise will
    continue to be returned", "letters to resume, parcels still on hold": where the goods stay
    stopped in a sentence of the body, a resumption of letters is one of documents only; the
    service's and the mail's names beside the letters ("the Postal Service is resuming ...
    First-Class Mail International letters") say no goods resumed."""
    if not any(m.value == "documents" for m in resumed) or any(
        m.value not in GENERIC for m in resumed
    ):
        return resumed
    stopped = {
        doc.sentence_of(v.start)
        for v in votes
        if v.kind == "suspension" and v.continued and not doc.in_title(v.start)
    }
    stopped -= {doc.sentence_of(v.start) for v in votes if v.kind == "resumption"}
    stopped = {(a, b) for a, b in stopped if _STILL_STOPPED.search(doc.norm, a, b)}
    # ... and the list a stop that goes on introduces: "We still can't accept any of the
    # following items for Haiti:" over "- International Parcel"
    heads = {doc.line_of(a + (doc.full[a : a + 1] == "\n")) for a, _b in stopped}
    items = list_under(doc, heads) if heads else set()
    if not any(
        m.value in ("_goods", "_parcels")
        and (doc.sentence_of(m.start) in stopped or doc.line_of(m.start) in items)
        for m in live
    ):
        return resumed
    if any(
        m.value in ("_goods", "_parcels")
        and not _STILL_STOPPED.search(doc.norm, *_clause_of(doc, m.start))
        for m in resumed
    ):
        return resumed  # "you can post letters and parcels again": the parcels resumed too
    return [m for m in resumed if m.value == "documents"]


# the words that say a stop goes on: "remain suspended", "still on hold", "will continue to be
# returned", "remains in effect"
_STILL_STOPPED = lazy_compile(r"\b(?:remains?|still|continues?|continue to)\b")


# "containing" before a substance: it says what the goods named just before it hold
_CONTAINING_BEFORE = lazy_compile(
    r"\b(?:containing|contain|contains|that contain|which contain|with|enthaltend|mit|"
    r"contenant|contenant de l'|que contienen|que contengan|contenenti|che contengono|"
    r"met|die bevatten|con|con contenido de|without|ohne|sans|sin|senza|zonder|na bazie|"
    r"s obsahem|s obsahom|z zawartoscia)\s+$|"
    # Arabic "containing", "mixed with" ("المحتوية على الكحول"), the article written onto it
    r"(?:المحتوية|المحتوي|تحتوي|يحتوي|المخلوط|المخلوطة|مخلوط)\s+(?:علي\s+)?(?:ال|بال|ب)?$|"
    # "containing more than 24 percent alcohol", "mit mehr als 15 % Alkohol"
    r"\d\s*(?:%|percent|per cent|por ciento|pour cent|prozent)\s+(?:(?:de|d')\s*)?$"
)
CONTAINING_REACH = 60


def _describes_goods(doc: Doc, matches: list[Match], m: Match) -> bool:
    """ "Perfumes and colognes containing alcohol": the alcohol is what the perfume holds, not
    goods of its own (unlike "shipments containing alcoholic beverages"); Turkish puts it
    before them: "alkol içerikli kozmetik ürünler" (cosmetics containing alcohol)."""
    if _CONTAINING_AFTER.match(doc.norm, m.end):
        hi = min(doc.sentence_of(m.start)[1], m.end + CONTAINING_REACH)
        if _DRINKS.search(doc.norm, m.end, hi):
            return False  # "alkol içeren içecekler", "... kozmetik ürünler ve içecekler": drinks
        return any(
            m.end < o.start < hi
            and _goods_of_their_own(o)
            and o.value not in _HELD_KINDS
            and o.value != "food"
            for o in matches
        )
    lo = max(doc.sentence_of(m.start)[0], m.start - CONTAINING_REACH)
    if not _CONTAINING_BEFORE.search(doc.norm, lo, m.start):
        return False
    if not any(lo <= o.start < m.start and _goods_of_their_own(o) for o in matches):
        return False
    # (not "perfumes y bebidas con alcohol", "bebidas y perfumes con alcohol": drinks in the list
    # hold it, and alcohol they are; "soft drinks may still go, but perfumes with alcohol" not)
    last_drink = max((d.end() for d in _DRINKS.finditer(doc.norm, lo, m.start)), default=None)
    return last_drink is None or _CONTRAST_CLAUSE.search(doc.norm, last_drink, m.start) is not None


# Drinks, which the alcohol they hold makes alcohol (normalised)
_DRINKS = lazy_compile(
    r"\b(?:beverages?|drinks?|getranke?n?|boissons?|bebidas?|bevande|bibite|dranken|drankjes|"
    r"napoj\w*|icecek\w*|напит\w*|напо[їи]\w*|dryck\w*|drikke\w*|juom\w*)\b|"
    r"(?<!\w)(?:وال|ال|و|بال|ب)?مشروب\w*"
)
# A new clause between: "Soft drinks may still be sent, but perfumes with alcohol ..."
_CONTRAST_CLAUSE = lazy_compile(r"[;:]|,\s*(?:but|aber|mais|pero|ma|maar|men|mas)\b|\bbut\b")


def _goods_of_their_own(match: Match) -> bool:
    """A category of goods, not a word every notice uses nor a helper group ("_..." keys)."""
    return match.value not in GENERIC and not match.value.startswith("_")


# Turkish "containing", "-based" after what is contained ("alkol içerikli", "alkol bazlı"; on
# the normalised text, where "ç" is "c" and the dotless "ı" stays)
_CONTAINING_AFTER = lazy_compile(r" (?:icerikli|bazli|bazlı|iceren)\b")


# What goods are made of, said of goods the sentence before names (not "dangerous goods":
# perfumes classed as dangerous goods for air count as both)
_HELD_KINDS = frozenset(("alcohol", "liquids"))
_POINTER_HOLDS = lazy_compile(
    r"\s*(?:these|such|those|the) (?:products|items|goods|articles|substances)\s+"
    r"(?:contain|hold|are made|consist)|\s*they (?:contain|hold|are made|consist)|"
    r"\s*(?:diese|ces|estos|estas|questi|queste|deze) (?:produkte|waren|artikel|produits|articles|"
    r"productos|articulos|prodotti|articoli|producten|artikelen)\s+(?:enthalten|contiennent|"
    r"contienen|contengono|bevatten)"
)


# Goods said to count as dangerous: why a rule holds for them, no goods of their own
_CLASSED_DANGEROUS = lazy_compile(
    r"\b(?:are|is) (?:classed|classified|considered|regarded|treated) as (?:dangerous goods|"
    r"hazardous materials?)\b|\bgelten als gefahrgut\b|\bsont consid[eé]r[eé]s comme (?:des )?"
    r"marchandises dangereuses\b|\bse consideran mercanc[ií]as peligrosas\b"
)


def _said_of_goods_before(doc: Doc, matches: list[Match], m: Match) -> bool:
    """Whether ``m`` stands in a sentence that says what the goods of the sentence before
    hold ("We no longer accept perfume or nail polish. These products contain flammable
    alcohol"): a description of them, not goods of their own."""
    a, _ = doc.sentence_of(m.start)
    if not _POINTER_HOLDS.match(doc.norm, a):
        return False
    before = doc.sentence_of(max(0, a - 2))[0]
    if before and doc.norm[before:a].rstrip().endswith("?"):
        # (past a reader's question: "Why has this changed? These products contain alcohol")
        before = doc.sentence_of(before - 2)[0]
    return any(
        before <= o.start < a and o.value not in GENERIC and not o.value.startswith("_")
        for o in matches
    )


# "Elektronik" is goods in German and Danish, but "electronic" in Turkish and Indonesian, said
# of data, papers and trade (normalised): "elektronik gümrük verisi", "elektronik ön bildirim",
# "elektronik ticaret", "sistem elektronik", "katalog elektronik", "invoice elektronik"
_ADJECTIVE_AFTER = lazy_compile(
    r" (?:(?:gumruk|ticaret|sistem|ortam|veri|bilgi|imza|beyan|fatura|belge|kayıt|kayit|"
    r"basvuru|odeme|tebligat|bildirim)\w*|on (?:bildirim|bilgi|beyan|gumruk)\w*|posta\b)"
)
_ADJECTIVE_BEFORE = lazy_compile(
    r"\b(?:sistem|katalog|invoice|data|dokumen|faktur|transaksi|surat|pemberitahuan) $"
)

# "non-" before dangerous goods (normalised "non flammable liquids"): what is not dangerous
_NON_BEFORE = lazy_compile(r"\bnon\s?$")
DEVICE_LIST_REACH = 40  # how far before "watches" the devices of the same list may stand


def _devices_listed_before(doc: Doc, matches: list[Match], m: Match) -> bool:
    """Whether electronics are named shortly before ``m`` in its sentence: a list of devices
    ("mobile phones, laptops, cameras, watches") that the watches belong to."""
    lo = max(doc.sentence_of(m.start)[0], m.start - DEVICE_LIST_REACH)
    # (the device right before it in the list: not "laptops, luxury watches and perfume")
    return any(
        lo <= o.start < m.start and o.value == "electronics" and _next_in_list(doc, o.end, m.start)
        for o in matches
    )


# What stands between two goods of one list: a comma or "and", maybe an article (normalised)
_LIST_GAP = lazy_compile(
    r"\s*(?:,|;|and|or|und|oder|sowie|et|ou|y|o|e|en|i|och|og)?\s*"
    r"(?:(?:the|les|los|las|die|le|la|i|gli|de|het|os|as)\s+)?"
)


def _next_in_list(doc: Doc, end: int, start: int) -> bool:
    """Whether goods ending at ``end`` and goods starting at ``start`` are neighbours in a
    list ("mobile phones, cameras", "flammable liquids and perfumes")."""
    return end <= start and _LIST_GAP.fullmatch(doc.norm, end, start) is not None


# Animals or plants named as what a quarantine or an epidemic is of ("動物検疫所",
# "動植物防疫檢疫局", "動物傳染病防治條例", "動物検疫の強化"): the authority, the law or the
# disease, not goods (not "植物检疫物", "動物検疫対象品": the goods under quarantine)
_QUARANTINE_AFTER = lazy_compile(
    r"(?:検疫|檢疫|检疫)(?!物|対象|對象|对象)|防疫|傳染病|伝染病|传染病"
)

# The classes of a rate table of China's tax on articles in the post ("税目1", "第二档")
_RATE_CLASSES = lazy_compile(r"税目\s*(?P<n>[1-3一二三])|第(?P<m>[一二三])档")
_CLASS_NUMBERS = {"一": "1", "二": "2", "三": "3"}
# ... and a table's row of one ("2 | 纺织品、电器用品 | 20%")
_RATE_ROW = lazy_compile(r"\s*[1-3]\s*[|｜]")
RATE_CLASS_REACH = 60  # how far after its class the goods of a class are named


def _rate_table(doc: Doc, matches: list[Match]) -> bool:
    """Whether the notice lays out rates for two classes of goods or more, each class named
    with its goods ("税目1（书报、食品…）… 税目2（纺织品…）"), not one class that changes beside
    others that do not ("税目3（烟、酒、化妆品等）的税率由50%上调至60%，其他税目税率不变")."""
    named = set()
    for c in _RATE_CLASSES.finditer(doc.norm):
        if any(
            c.end() <= o.start < c.end() + RATE_CLASS_REACH and _goods_of_their_own(o)
            for o in matches
        ):
            n = c.group("n") or c.group("m")
            named.add(_CLASS_NUMBERS.get(n, n))
    if "|" in doc.norm or "｜" in doc.norm:
        # (or rows of a table: "1 | 书报、食品、饮料；药品 | 13%")
        for o in matches:
            a, b = doc.line_of(o.start)
            row = _RATE_ROW.match(doc.norm, a, b)
            if row and _goods_of_their_own(o):
                named.add(row.group().strip(" |｜"))
    return len(named) >= 2 and _RATE_CLASSES.search(doc.norm) is not None


def _rate_line(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` stands on a line of a rate table: a rate, and a class or a table row."""
    a, b = doc.line_of(pos)
    line = doc.norm[a:b]
    return _RATE_ROW.match(line) is not None or (
        "%" in line and _RATE_CLASSES.search(line) is not None
    )


VAPE_REACH = 120  # how far after a vaping product its liquids may be listed


def _among_vapes(doc: Doc, matches: list[Match], pos: int) -> bool:
    """Whether ``pos`` continues a list of vaping products in its sentence ("e-cigarettes,
    their cartridges, refills and liquids"), with no other goods named between ("tobacco,
    e-cigarettes, alcohol, liquids and aerosols" lists liquids of their own)."""
    last = None
    for m in matches:
        if m.end > pos:
            break
        if m.value == "tobacco_vapes":
            last = m
        elif last is not None and not m.value.startswith("_"):
            last = None  # other goods since the last vaping product
    if last is None or pos - last.end > VAPE_REACH:
        return False
    if doc.sentence_of(last.start) == doc.sentence_of(pos):
        return True
    # or the next item of a bulleted list: "• Verdampfer und Tabakerhitzer\n• Liquids"
    k = doc.line_index(pos)
    return (
        k == doc.line_index(last.start) + 1
        and _BULLET_LINE.match(doc.full, doc.line_starts[k]) is not None
    )


# Chinese and Japanese words of online sales: a scope only as the goods' own word
# ("跨境电商商品", "越境EC商品", "通販で購入した商品"), not as the cause of a rush
# German traders: a scope of sales only where private senders or recipients are set apart
# ("Händler müssen ...; Privatkunden sind nicht betroffen")
_TRADERS = frozenset(("handler", "handlern", "handlerinnen"))
_PRIVATE_NAMED = lazy_compile(
    r"\bprivat\w*(?: \w+){0,3} (?:sind|ist|bleiben|bleibt) (?:\w+ )?(?:nicht betroffen|"
    r"ausgenommen|befreit)\b|\b(?:nicht|nur) (?:fur|an) privat\w*"
)
_CJK_SALES = frozenset(
    normalize_key(w)
    for w in (
        "跨境电商", "跨境電商", "电商", "電商", "电子商务", "電子商務", "越境ec", "越境電子商取引",
        "電子商取引", "通販", "通信販売",
    )
)  # fmt: skip
_SALES_GOODS = lazy_compile(
    r"\s*(?:零售进口|零售進口|零售出口|等)?"
    r"(?:商品|包裹|货物|貨物|物品|小包|零售|件|の商品|(?:により|によって|で)(?:購入|販売))"
)

_BULLET_LINE = lazy_compile(r"[ \t]*[-*\u2022\u00b7\u25aa\u2023\u25e6]")


_LAW_WORD = lazy_compile(r"\b(?:Act|Law)\b")
# The rest of a law's name after a word of it: capitalised words and the small words between
_REST_OF_LAW_NAME = lazy_compile(
    r"(?:[ -]+(?:[A-Z][\w-]*|of|to|the|and|for|on|in|from|against)){0,8}?[ -]+(?:Act|Law)\b"
    r"(?! Enforcement)"
)


def _in_law_name(doc: Doc, m: Match) -> bool:
    """A capitalised term inside the name of a law ("to implement the Preventing Online Sales
    of E-Cigarettes to Children Act", "under the Firearms Act") names no goods the change is
    about; not in a heading written in capitals ("Lithium Batteries and the Dangerous Goods
    Act: What Changes")."""
    if doc.in_title(m.start) or not doc.full[m.start : m.start + 1].isupper():
        return False
    if not _REST_OF_LAW_NAME.match(doc.full, m.end):
        return False
    before = doc.full[doc.line_of(m.start)[0] : m.start].split()[-3:]
    return any(w[:1].islower() for w in before)


# A question of scope ("Are letters affected?") and one of sending ("Can I still send
# letters?"): what a "no" to the first and a "yes" to the second leave out of the change
_SEND_ASKED = word_start(
    r"\b(?:can|may|could) (?:i|we|you|one) (?:still )?(?:send|post|ship|mail)\b|"
    r"\b(?:kann ich|darf ich|puis je|peut on|se puede|puedo|posso|si puo|kan ik|mag ik|"
    r"можно ли|чи можна|czy mozna|kan jeg|kan man|kan vi)\b|できますか|可以|能否|可否"
)
_ANSWER_YES_AT = lazy_compile(
    rf"{ANSWER_LEAD}(?:{YES_WORDS}|是的|可以)[,.!;:\u3001\u3002\uff0c\uff01]"
)


def _asked_away(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` lies in a question of the body whose answer leaves its goods out: "Are
    letters affected? No", "Can I still send documents? Yes" (not "Can I send e-cigarettes?
    No", nor "Are cosmetics affected? Yes")."""
    if doc.in_title(pos):
        return False
    a, b = doc.sentence_of(pos)
    if not ends_question(doc, b):
        return False
    after = doc.full[b : b + 40].lstrip(" \t")
    if doc.full[b - 1 : b] in ("?", "\uff1f") and after and after[0].islower():
        return False  # "(why? see below)": a question inside the sentence
    if SCOPE_ASKED.search(doc.norm, a, b):
        return ANSWER_NO.match(doc.norm, b) is not None
    return _ANSWER_YES_AT.match(doc.norm, b) is not None and bool(
        _SEND_ASKED.search(doc.norm, a, b)
    )


# A line that opens with "Examples of ..." up to its colon
_EXAMPLES_OF = lazy_compile(
    r"(?:^|(?<=[.\s]))(?:examples? of|beispiele (?:fur|von)|exemples? de|ejemplos? de|esempi di|"
    r"voorbeelden van|exemplos? de|przyklady)\b[^:\n]{1,60}:"
)


# a heading that names goods spared by the change ("non-hazardous", "allowed")
_EXAMPLES_SPARED = lazy_compile(
    r"\bnon[- ]?\w|\bnot\b|\ballowed\b|\bpermitted\b|\baccepted\b|\bexempt|\bzulassig|\berlaubt|"
    r"\bautoris|\bpermis|\bconsentit|\btoegestaan|\bpermitid|\bnicht\b|\bsans danger|\bharmless"
)


_EXAMPLES_HINTS = (
    "example", "beispiel", "exemple", "ejemplo", "esempi", "voorbeeld", "exemplo", "przyklad",
)  # fmt: skip


def _examples_of_named(doc: Doc, matches: list[Match]) -> list[Match]:
    """Drop the goods listed after "Examples of <goods>:" when the heading names goods itself."""
    out = matches
    for found in _EXAMPLES_OF.finditer(doc.norm):
        head_a, colon = found.start(), found.end()
        if not _EXAMPLES_SPARED.search(doc.norm, head_a, colon):
            continue  # examples of the goods that change ("Examples of dangerous goods:") count
        if not any(head_a <= m.start < colon and _own_goods(m.value) for m in matches):
            continue
        line_end = doc.line_of(colon - 1)[1]
        out = [m for m in out if not (colon <= m.start < line_end)]
    return out


# The mark of a new entry of a list: "(new)", "(nouveau)", "(neu)", "(NEW)"
_NEW_MARK = lazy_compile(
    r"\((?:new|newly added|added|nouveau|nouvelle|nouveaux|nouvelles|neu|neue|nuevo|nueva|"
    r"nuovo|nuova|nieuw|novo|nova|nowy|nowa|nov[ye]|ny|nyt|uusi|yeni|новое|новый|新規|新增|新)\)"
)
_MARKED_LEAST = 3  # unmarked items a list needs beside its marked ones


def _unmarked_items(doc: Doc) -> set[tuple[int, int]]:
    """The lines of a list some of whose items are marked "(new)": the others are the standing
    entries the notice repeats, and their goods are no change."""
    # one list at a time (a run of item lines), and a mark only at the end of its item
    # (not "Calédonie (Nouvelle) : ...", "Jamaica (NY): ..."), upper-case "(NY)" is a state
    blocks: list[list[tuple[tuple[int, int], bool]]] = [[]]
    for k in range(len(doc.line_starts)):
        a, b = doc.line_of(doc.line_starts[k])
        line = doc.full[a:b].strip()
        if not line:
            continue
        if strip_bullet(line)[1] or _NUMBERED.match(line):
            mark = _NEW_MARK.search(doc.norm, a, b)
            new = (
                mark is not None
                and not doc.norm[mark.end() : b].strip(" .;,")
                and doc.full[mark.start() : mark.end()] != "(NY)"
            )
            blocks[-1].append(((a, b), new))
        elif blocks[-1]:
            blocks.append([])
    out: set[tuple[int, int]] = set()
    for items in blocks:
        marked = sum(1 for _, new in items if new)
        if marked and len(items) - marked >= _MARKED_LEAST:
            out |= {span for span, new in items if not new}
    return out


_NUMBERED = lazy_compile(r"\d{1,3}[.)]\s")


def decide_categories(
    doc: Doc,
    kind: str,
    votes: list[Vote],
    *,
    customs: bool = False,
    place_starts: list[int] | None = None,
    mail_operator: bool = False,
    other_source: bool = False,
) -> CategoryResult:
    """``mail_operator``: the source is a post or a carrier, whose notices to sellers speak of
    letters too; ``other_source``: it is said to be neither (a marketplace, a platform, a
    ministry), whose "shipments" are goods."""
    found = lexicon.matches(doc, "categories")  # read only: the list is the Doc's own
    matches = found if doc.focus is None else [m for m in found if doc.counts(m.start)]
    if "\u300a" in doc.full:  # 《STOP 法案》: words in the title of a law name no goods
        matches = [m for m in matches if not _in_book_title(doc, m.start)]
    # "the Preventing Online Sales of E-Cigarettes to Children Act" (two substring tests first:
    # the regex alone costs 19 us a notice, a try at every place)
    if ("Act" in doc.full or "Law" in doc.full) and _LAW_WORD.search(doc.full):
        matches = [m for m in matches if not _in_law_name(doc, m)]
    links = link_spans(doc)
    if links:  # "Leggi anche: «Spedire all'estero: documenti e dichiarazioni doganali»"
        matches = [m for m in matches if not in_spans(m.start, links)]
    if holds_questions(doc.full):
        # "Is mail with documents affected? No, only goods"
        matches = [m for m in matches if not _asked_away(doc, m.start)]
    if " > " in doc.full or "\u203a" in doc.full:  # "Startseite > Briefe & Pakete ins Ausland"
        crumbs = breadcrumbs(doc)
        if crumbs:
            matches = [m for m in matches if not in_spans(m.start, crumbs)]
            sections = _section_steps(doc, crumbs)
            if sections:
                # a section's goods go when the page names goods of its own ("> Perfumes" over
                # "these items can no longer be sent" is all the page says of them)
                kept = [
                    m
                    for m in matches
                    if m.value in GENERIC
                    or m.start < sections.get(doc.line_of(m.start)[0], len(doc.full))
                ]
                # (not goods the page exempts: "Medicines are not affected")
                exempting = {doc.sentence_of(m.start) for m in kept if m.value == "_exempt"}
                if any(
                    _own_goods(m.value) and doc.sentence_of(m.start) not in exempting for m in kept
                ):
                    matches = kept
    if " | " in doc.full:  # "Deutsche Post | Briefe | Pakete | Sendungsverfolgung | Hilfe"
        menus = _menu_lines(doc)
        if menus:  # a line whose cells name goods of their own is a list of them, no menu
            menus -= _goods_lists(doc, matches, menus)
        if menus:
            matches = [m for m in matches if doc.line_of(m.start) not in menus]
    if ":" in doc.full and doc.holds_any(_EXAMPLES_HINTS) and _EXAMPLES_OF.search(doc.norm):
        # "Examples of non-hazardous liquids: maple syrup, honey, shampoo": kinds of the goods
        # the heading names, not goods of their own
        matches = _examples_of_named(doc, matches)
    if "(" in doc.full and _NEW_MARK.search(doc.norm):
        unmarked = _unmarked_items(doc)
        if unmarked:  # "16. E-cigarettes (new)" among twenty items: only those marked changed
            kept = [m for m in matches if doc.line_of(m.start) not in unmarked]
            if any(m.value not in IGNORED or m.value == SENDING_ONLY for m in kept):
                # never every word of sending (the notice would turn irrelevant)
                matches = kept
    if ":" in doc.full and doc.holds_any(_EXAMPLE_HINTS):
        examples = _example_lists(doc)
        if examples:  # "General terms are not accepted. For example:" / "Clothing | Women's ..."
            matches = [m for m in matches if doc.line_of(m.start) not in examples]
    # sentence -> its exempt part: the whole sentence, or the side of a "but" the exempting
    # words are on ("perfumes remain unchanged, but meat can no longer be sent")
    exempt_parts: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for m in matches:
        if m.value == "_exempt" and not (
            (kind in _NOTHING_STOPPED and _GOES_ON_HERE.search(m.key))
            or (kind == "informational" and _AS_USUAL.search(m.key))
            or (
                kind in _NOTHING_STOPPED
                and _AS_NORMAL.search(m.key)
                and (
                    kind == "informational"
                    or any(
                        v.kind == kind and doc.sentence_of(v.start) == doc.sentence_of(m.start)
                        for v in votes
                    )
                )
            )
        ):
            if _limited_acceptance(doc, m):
                continue  # "lithium batteries are accepted only when installed": a limit
            if m.key == "weiterhin" and _STOP_GOES_ON.match(doc.norm, m.end):
                continue  # "bleibt weiterhin ausgesetzt": the stop goes on, nothing is exempt
            sentence = doc.sentence_of(m.start)
            if any(stem in m.key for stem in _ACCEPTED_STEMS) and _NONE_OF_SUBJECT.fullmatch(
                doc.norm, sentence[0], m.start
            ):
                continue  # "No documents or parcels for Haiti will be accepted": none are
            # examples exempt their sentence, unless they open brackets: "(e.g. phone, laptop)"
            # are examples of where the batteries sit, not the sentence's goods
            opens = doc.full[max(0, m.start - 2) : m.start].strip() in ("(", "\uff08")
            part = _side_of_contrast(
                doc, sentence, m.start, opens or not _EXAMPLE_WORD.search(m.key)
            )
            if _USUAL_ORDER.search(m.key):
                clause = _clause_beside_stops(doc, part, m, votes)
                if clause is None:
                    continue  # "... в обычном порядке не принимаются": how the stop is done
                part = clause  # "Пересылка лекарств запрещена, остальные — в обычном порядке"
            if _PAY_NOT.search(m.key):
                # "documents do not pay VAT" exempts its subject; "customers who do not pay
                # the duty on alcohol" and "envíos que no pagan" exempt no goods
                if _RELATIVE_BEFORE.search(doc.norm, max(part[0], m.start - 16), m.start):
                    continue
                part = (part[0], m.start)
            exempt_parts.setdefault(sentence, []).append(part)
    if kind == "resumption":  # "gifts are accepted again" says what resumed, not an exception
        for v in votes:
            if v.kind == kind:
                exempt_parts.pop(doc.sentence_of(v.start), None)
    exempt_sentences = set(exempt_parts)
    exempt_lines = _exempt_lists(doc, matches, exempt_sentences, kind)
    # "even if" / "aunque" widen only their own clause: "aunque sigue operando, los envíos
    # comerciales quedan suspendidos" keeps the sales its main clause names
    inclusive = [(m.end, m.value == "_concessive") for m in matches if m.value in _INCLUSIVE]

    shipping_words = any(m.value not in IGNORED or m.value == SENDING_ONLY for m in matches)
    # The sentences that state the change (for a proposal: those that say what it would do)
    # (not a reminder beside the news: "We remind you that medicines are not accepted for
    # Niger" under a stop of all mail to Niger names no goods of the stop)
    own = [v.start for v in votes if v.kind == kind]
    told = (
        {doc.sentence_of(s) for s in own if not reminds(doc, s)}
        if doc.holds_any(REMINDER_HINTS)
        else set()
    )
    stated = told or {doc.sentence_of(s) for s in own} or {doc.sentence_of(v.start) for v in votes}
    live: list[Match] = []
    quoted_lists: dict[tuple[int, int], bool] = {}  # sentence -> quotes words (_in_quoted_words)
    exempted: set[str] = set()
    # for a delay: the sentences that state another change, of a place or beside the delay
    # ("lithium batteries can no longer be accepted to Australia"), whose goods count too
    other_news: set[tuple[int, int]] = set()
    if kind == "delay":
        paragraphs = {paragraph_start(doc, a) for a, _ in stated}
        with_place = {doc.sentence_of(p) for p in place_starts or ()}
        other_news = {
            s
            for s in (
                doc.sentence_of(v.start)
                for v in votes
                if v.kind != "informational" and v.weight >= RELEVANT_SCORE
            )
            if s in with_place or paragraph_start(doc, s[0]) in paragraphs
        }
    rows = kind != "resumption" and "|" in doc.full
    # a table of duty rates by class of goods ("税目1 ... 13%", "第二档 20%")
    rate_classes = kind == "duty_tax_change" and _rate_table(doc, matches)
    stated_lists: list[set[tuple[int, int]]] = []  # worked out once, when first needed
    delay_lists: list[set[tuple[int, int]]] = []  # the same for a delay: its own line only
    guidance = guidance_spans(doc)
    if guidance and any(not in_spans(v.start, guidance) for v in votes if v.kind == kind):
        # "Other prohibited items: aerosols, perfumes, weapons ..." in its own section
        matches = [m for m in matches if not in_spans(m.start, guidance)]
    news = news_sections(doc) if kind != "resumption" else []
    if news and any(in_spans(v.start, news) for v in votes if v.kind == kind):
        # "What's changing from 1 January": the scope words of the page's other sections, and
        # when the section names its own goods, their goods, are not news (a section that says
        # "these items" leaves the lead its goods)
        own_goods = any(
            m.value not in GENERIC
            and m.value not in IGNORED
            and m.value not in SCOPES
            and in_spans(m.start, news)
            for m in matches
        )
        matches = [
            m
            for m in matches
            if m.value in GENERIC
            or m.value in IGNORED
            or (m.value not in SCOPES and not own_goods)
            or (m.value in SCOPES and doc.sentence_of(m.start) in exempt_parts)
            or in_spans(m.start, news)
            or doc.in_title(m.start)
        ]
    for m in matches:
        if m.value == "_personal" and doc.sentence_of(m.start) in exempt_sentences:
            exempted.add(m.value)
        elif m.value == "_documents_only":
            if any(
                v.kind in _STOP_KINDS and doc.sentence_of(v.start) == doc.sentence_of(m.start)
                for v in votes
            ):
                live.append(Match(m.start, m.end, "documents", m.key))  # "(documents only)
                # service is suspended": the documents service stops
            else:
                exempted.add("documents")  # "accepted only with documents": goods stopped
            continue
        if m.value in IGNORED:
            continue
        if m.start and doc.full[m.start - 1] == "/":
            continue  # "deutschepost.de/gefahrgut": a link's path, no goods
        if m.key in _TRADERS and not _PRIVATE_NAMED.search(doc.norm):
            continue  # "Händler können die Steuer über den IOSS abführen": whom it addresses
        if m.key in _CJK_SALES and not _SALES_GOODS.match(doc.full, m.end):
            continue  # "受电商促销影响" (because of e-commerce sales): a cause, no scope
        if m.value == "documents" and _bare_line(doc, m):
            continue  # "Documents" over a page's attachments: a heading, no letters
        if m.value == "documents" and (
            _HOLDING_GOODS.match(doc.norm, m.end)
            or _GOODS_HELD_BEFORE.search(doc.norm, max(0, m.start - 40), m.start)
        ):
            continue  # "lettres internationales contenant des marchandises": goods
        if m.value == "documents" and _PROVING_AFTER.match(doc.norm, m.end):
            continue  # "документы, подтверждающие стоимость": papers that prove, no letters
        if m.value == "_all" and _ALL_CONTAINING.match(doc.norm, m.end):
            continue  # "all shipments to Saudi Arabia containing the following goods": those
        if m.value == "liquids" and _among_vapes(doc, matches, m.start):
            continue  # "e-cigarettes, their cartridges, refills and liquids": e-liquids
        if m.value == "alcohol" and _describes_goods(doc, matches, m):
            continue  # "perfumes containing alcohol": what the perfume holds
        if m.value == "dangerous_goods" and _CLASSED_DANGEROUS.search(
            doc.norm, *doc.sentence_of(m.start)
        ):
            continue  # "Fragrances contain flammable alcohol and are classed as dangerous goods"
        if m.value in _HELD_KINDS and _said_of_goods_before(doc, matches, m):
            continue  # "... perfume or nail polish. These products contain flammable alcohol"
        if m.key == "elektronik" and (
            _ADJECTIVE_AFTER.match(doc.norm, m.end)
            or _ADJECTIVE_BEFORE.search(doc.norm, max(0, m.start - 16), m.start)
        ):
            continue  # Turkish "elektronik ön bildirim", Indonesian "katalog elektronik"
        if m.value == "dangerous_goods" and _NON_BEFORE.search(
            doc.norm, max(0, m.start - 6), m.start
        ):
            continue  # "non-flammable liquids, gels or creams": what is not dangerous
        if m.key == "watches" and _devices_listed_before(doc, matches, m):
            continue  # "equipment (mobile phones, cameras, watches)": devices, not jewellery
        if m.value == "animals_plants" and _QUARANTINE_AFTER.match(doc.norm, m.end):
            continue  # "動物検疫所" (the animal quarantine service): who checks, not goods
        if m.value == "electronics" and _BATTERIES_FOR.search(
            doc.norm, max(0, m.start - 60), m.start
        ):
            continue  # "battery packs for e-bikes, scooters and drones": what they power
        parts = exempt_parts.get(doc.sentence_of(m.start)) if exempt_parts else None
        if (
            (parts is not None and any(a <= m.start < b for a, b in parts))
            or (exempt_lines and doc.line_of(m.start) in exempt_lines)
            or (rows and _open_row(doc, m.start))
        ):
            exempted.add(m.value)
        elif m.value not in GENERIC and _in_reminder(doc, m.start, stated):
            continue  # "Reminder: Samoa restricts food and seeds" beside the news
        elif _own_goods(m.value) and _pointed_to(doc, m.start, votes):
            continue  # "see our dangerous goods guide": the topic of another page
        elif (
            kind == "duty_tax_change"
            and m.value not in GENERIC
            and m.value not in SCOPES
            and not doc.in_title(m.start)
            and not _duty_goods(doc, m.start)
        ):
            continue  # a duty on goods in general: "special rules apply to alcohol and tobacco",
            # "(e.g. food, books)" name goods beside it, not goods it is about
        elif (
            kind == "duty_tax_change"
            and m.value not in GENERIC
            and m.value not in SCOPES
            and rate_classes
            and not doc.in_title(m.start)
            and _rate_line(doc, m.start)
        ):
            continue  # "税目2（纺织品、电器用品、自行车等）的税率由25%调降为20%": the goods
            # of each class of a rate table are examples of it, the duty is on all goods
        elif (
            kind == "duty_tax_change"
            and m.value not in GENERIC
            and m.value not in SCOPES
            and _EXAMPLE_BEFORE.search(
                doc.norm, max(doc.sentence_of(m.start)[0], m.start - 200), m.start
            )
            and _all_goods_before(doc, matches, m.start)
        ):
            continue  # a duty on goods, "typical items include apparel and cosmetics": examples
        elif (
            m.start
            and doc.full[m.start - 1] in _QUOTES
            and m.value not in GENERIC
            and m.value not in SCOPES
            and _quoted(doc, m)
            and _mentioned(doc, m.start)
        ):
            continue  # 'general terms such as "clothing" are not accepted': a word, no goods
        elif _own_goods(m.value) and _in_quoted_words(doc, m, matches, quoted_lists):
            continue  # '„Herren-Baumwollhemden“ oder „Mobiltelefon mit Lithium-Ionen-Akku“'
        elif (
            kind in _STATED_GOODS_KINDS
            and m.value not in GENERIC
            and m.value not in SCOPES
            and not doc.in_title(m.start)
            and doc.sentence_of(m.start) not in stated
            and doc.line_of(m.start) not in _stated_lists(doc, kind, votes, stated_lists)
            and not _AFFECTED.search(doc.norm, *doc.sentence_of(m.start))
            and not _referred_back(doc, m.start, stated)
        ):
            continue  # a requirement, a notice of no change: goods named elsewhere (a guide's
            # list of prohibited goods) are not its own
        elif (
            kind == "delay"
            and m.value not in GENERIC
            and m.value not in SCOPES
            and not doc.in_title(m.start)
            and doc.sentence_of(m.start) not in stated
            and doc.sentence_of(m.start) not in other_news
            # (not the list under the line that states the delay: "items containing the goods
            # below may be delayed:")
            and doc.line_of(m.start) not in _stated_lists(doc, kind, votes, delay_lists, False)
        ):
            continue  # a delay slows every item: goods named elsewhere are other guidance
        elif m.value in SCOPES and (
            # (set a space apart in guillemets, a scope quoted as a word to write: not "seuls les
            # envois « cadeaux » sont suspendus")
            (_quoted(doc, m) and (doc.full[m.start - 1] in _QUOTES or _mentioned(doc, m.start)))
            or not (doc.in_title(m.start) or doc.sentence_of(m.start) in stated)
            or (inclusive and _after_inclusive(doc, m, inclusive))
            # "whatever their value, gifts included", "envois à caractère de cadeau compris"
            or _TAKEN_IN_AFTER.match(doc.norm, m.end) is not None
            # "unabhängig davon, ob es sich um Geschenke oder Bestellungen handelt": both
            or _WHETHER_BEFORE.search(
                doc.norm, max(doc.sentence_of(m.start)[0], m.start - 60), m.start
            )
            is not None
            # "For business customers: merchandise items are also not accepted": the stop of
            # another sentence reaches them too, it is not limited to them
            or (
                kind in _STOP_KINDS
                and len(stated) > 1
                and _ALSO.search(doc.norm, *doc.sentence_of(m.start)) is not None
                # no other stated sentence has a scope of its own (not "Commercial shipments
                # are suspended. Gift parcels are also no longer accepted.": two scopes)
                and not any(
                    doc.sentence_of(o.start) in stated
                    and doc.sentence_of(o.start) != doc.sentence_of(m.start)
                    for o in matches
                    if o.value in SCOPES
                )
            )
        ):
            continue  # a scope word in passing ("business customers should update ...")
        else:
            live.append(m)

    if kind == "resumption":
        live = _letters_only_resumed(doc, _resumed(doc, live, votes), live, votes)
    if any(m.value == "documents" for m in live) and any(m.value == "_goods" for m in live):
        # "letters and parcels containing goods", "lettres et colis contenant des marchandises":
        # letters that hold goods are goods
        held = [m for m in live if m.value == "_goods"]
        live = [m for m in live if m.value != "documents" or not _holding_goods(doc, m, held)]

    first: dict[str, Match] = {}
    for m in live:
        first.setdefault(m.value, m)
    service = first.pop("_service", None)
    if service is not None and not (
        ("_parcels" in first or "_goods" in first) and "_mail" not in first
    ):
        first.setdefault("_mail", service)  # "delivery to X is delayed": all mail
    specific = {c for c in first if c not in GENERIC and c not in SCOPES}
    scopes = {c for c in first if c in SCOPES}
    titled_scope = any(m.value in SCOPES and doc.in_title(m.start) for m in live) or (
        bool(scopes) and _scoped_mail(doc, live, stated)
    )
    # "goods" says goods only; but where the notice also speaks of mail, only when the title or
    # a sentence that states the change says it: "see our guidance for sending goods abroad"
    # beside "all mail to X is suspended" does not
    mail_words = any(m.value in ("_mail", "_all") for m in live)
    goods_only = any(
        m.value == "_goods"
        and (not mail_words or doc.in_title(m.start) or doc.sentence_of(m.start) in stated)
        for m in live
    ) or (  # "parcels to X", "parcels and EMS items": goods
        "_parcels" in first and all(m.key in _SERVICE_NAMES for m in live if m.value == "_mail")
    )
    if not goods_only and "_parcels" in first:
        # a title about parcels ("Longer transit times for parcels by sea") scopes the
        # "shipments" of its body to them, unless the body stops mail in general
        titled = [m.value for m in live if doc.in_title(m.start)]
        stops = {doc.sentence_of(v.start) for v in votes if v.kind in _STOP_KINDS}
        goods_only = (
            "_parcels" in titled
            and not any(t in ("_mail", "_all", "documents") for t in titled)
            and not any(m.value == "_all" and doc.sentence_of(m.start) in stated for m in live)
            and not any(m.value == "_mail" and doc.sentence_of(m.start) in stops for m in live)
        )

    chosen: dict[str, Match | None] = {}
    if specific:
        for c in specific:
            chosen[c] = first[c]
        if "_all" in first:
            chosen["all_goods"] = first["_all"]
        elif kind == "duty_tax_change":
            # a duty on goods in general, some goods at their own rate ("textiles 25 %")
            general = next(
                (
                    m
                    for m in live
                    if m.value in ("_goods", "_mail", "_parcels")
                    and doc.sentence_of(m.start) in stated
                    and not _right_after_own_goods(live, m)
                    and not _EXAMPLES_AFTER.match(doc.norm, m.end)
                ),
                None,
            )
            if general is not None:
                chosen["all_goods"] = general
        if (
            "documents" in first
            and not _channel(doc, first["documents"], live)
            and (kind not in _STOPS or _letters_where_changed(doc, live, votes, kind, stated_lists))
        ):
            chosen["documents"] = first["documents"]
    elif (scopes and not any(g in first for g in _MAILS)) or titled_scope:
        pass  # only gifts, or only sales: the scope words say it all
    elif (
        "commercial_goods" in scopes
        and kind != "resumption"
        and ("gifts" in exempted or "_personal" in exempted)
        and "_all" not in first
    ):
        # sales named and "gifts and personal effects are not affected": sales only
        scopes.discard("gifts")
    elif "documents" in first and not any(g in first for g in _MAILS):
        chosen["documents"] = first["documents"]  # "letters to X are accepted again"
    else:
        goods = (
            first.get("_all") or first.get("_goods") or first.get("_parcels") or first.get("_mail")
        )
        chosen["all_goods"] = goods
        if (
            "documents" in first
            and (kind not in _STOPS or _letters_where_changed(doc, live, votes, kind, stated_lists))
        ) and (
            kind not in GOODS_ONLY_KINDS
            or (
                # "letters holding only documents are not affected" by a duty or data rule
                "documents" not in exempted
                and (
                    doc.sentence_of(first["documents"].start) in stated
                    or _included_documents(doc, first["documents"].start, first["documents"].end)
                )
            )
        ):
            chosen["documents"] = first["documents"]
        elif _mail_documents(doc, kind, votes, goods_only, exempted, customs, mail_operator) and (
            not other_source or not _shipments_only(live)
        ):
            chosen["documents"] = first.get("_mail")
    for c in scopes:
        chosen[c] = first[c]
    if kind == "informational" and "all_goods" in chosen and "documents" not in chosen:
        said = _letters_said_normal(doc, matches, votes)
        if said is not None:
            chosen["documents"] = said  # "letters, parcels and EMS continue as normal"
    if "all_goods" in chosen and _consignments_of_titled(doc, live, chosen, specific, stated):
        # the title names the goods: "Flat rate of duty on clothing imported through postal
        # and courier channels", "Plants and animal products now banned: all items are
        # concerned" speak of consignments of them, not of all goods
        chosen.pop("all_goods")
    held_in: set[str] = set()  # goods that are what other goods hold
    if _HELD_BY.keys() & chosen.keys():
        title_goods = {m.value for m in live if doc.in_title(m.start) and _own_goods(m.value)}
        for contents, holders in _HELD_BY.items():
            if (
                contents not in title_goods
                and title_goods & holders
                and (
                    contents != "alcohol"
                    or all(_held(doc, m, live, holders) for m in live if m.value == contents)
                )
            ):
                # "Sending perfume abroad": the alcohol and the flammable liquids of its body
                # are what the perfume is, not goods of their own (nor an e-cigarette's liquids)
                if contents in chosen:
                    chosen.pop(contents)
                    held_in.add(contents)
    if (
        "dangerous_goods" in chosen
        # (the lithium batteries a vape runs on too: "vapes hold lithium batteries, which are
        # dangerous goods")
        and _DANGEROUS_IN_AIR & (chosen.keys() | held_in)
        and not _danger_apart(doc, live)
    ):
        # "Lithium batteries are dangerous goods", "shipped under a dangerous goods contract",
        # "due to the airline's dangerous goods rules", "perfumes are classed as dangerous goods
        # for air transport": what the batteries or the perfumes are, no other goods
        chosen.pop("dangerous_goods")
    if kind == "duty_tax_change" and "gifts" in chosen and len(chosen) > 1:
        if _gift_relief_kept(doc, live):
            chosen.pop("gifts")  # "Gifts of €45 or less remain free of VAT": no change of theirs
    evidence = [(c, m.start, m.end) for c, m in sorted(chosen.items()) if m is not None]
    return CategoryResult(sorted(chosen), evidence, shipping_words)


# "other" just before words of goods in general: "all other goods", "alle anderen Waren"
_OTHER_BEFORE = lazy_compile(
    r"\b(?:other|andere\w*|autres?|demas|otros|otras|altri|altre|outros|outras|overige|ovriga|"
    r"andre|inne|drugie|другие|інші)\s+$|(?:其他|其它|その他)$"
)


def _consignments_of_titled(
    doc: Doc,
    live: list[Match],
    chosen: dict[str, Match | None],
    specific: set[str],
    stated: set[tuple[int, int]],
) -> bool:
    """Whether the words of goods in general speak of the goods the title names ("Flat rate of
    duty on clothing imported through postal and courier channels"): not when the title names
    all or other goods ("Tobacco and all other goods: new duty"), nor when a sentence that
    states the change names all goods apart from them ("import VAT applies to all goods
    imported by post")."""
    titled = {
        m.value for m in live if doc.in_title(m.start) and m.value in specific and m.value in chosen
    }
    if not titled:
        return False
    for m in live:
        if doc.in_title(m.start):
            if m.value == "_all" or (
                m.value in _MAILS and _OTHER_BEFORE.search(doc.norm, max(0, m.start - 16), m.start)
            ):
                return False  # "Lithium batteries and all other items", "Tabak und andere Waren"
        elif m.value == "_all" and (sentence := doc.sentence_of(m.start)) in stated:
            if not any(sentence[0] <= o.start < sentence[1] and o.value in titled for o in live):
                return False
    return True


# Batteries named by the devices they are for, the devices after it: "battery packs for
# e-bikes, scooters and drones", "Akkus für Drohnen", "batteries pour drones" (normalised text)
_BATTERIES_FOR = lazy_compile(
    r"\b(?:batter(?:y|ies)|batterien|batteries|baterias?|batterie|akkus?|accus?|akumulator\w*)"
    r"(?:\s+packs?)?\s+(?:for|fur|pour|para|per|voor|do|dla)\b[^.;:\n()]{0,60}$"
)


# What other goods hold or are made of, and those goods: named only in the body of a notice
# whose title names those goods, they describe them (perfume holds alcohol and is a flammable
# liquid; e-cigarettes are sold with their liquids and run on lithium batteries: read 58 better,
# 4 worse in session 104)
_HELD_BY = {
    "liquids": frozenset(("perfumes_cosmetics", "tobacco_vapes")),
    "alcohol": frozenset(("perfumes_cosmetics",)),
    "lithium_batteries": frozenset(("tobacco_vapes",)),
}
# Words that tie alcohol to the goods named before it (in the normalised text): "perfume
# contains alcohol", "classed as ... because of their alcohol", "Parfum enthält Alkohol"
_HOLDING = lazy_compile(
    r"\b(?:contain(?:s|ed|ing)?|their|its|with|classed|classified|made|contien\w*|contenant|"
    r"enthalt\w*|gelten|contiene\w*|contengono|bevat\w*|innehall\w*|indeholder|"
    r"inneholder)\b|含"
)
HOLDING_REACH = 60
# The word itself says so: "alkoholhaltige Duftstoffe", "alcohol-based sprays"
_HOLDING_WORD = lazy_compile(r"haltig|based|containing")
_WORD_REST = lazy_compile(r"[\w-]*")


def _held(doc: Doc, m: Match, live: list[Match], holders: frozenset[str]) -> bool:
    """Whether ``m`` is tied to goods of ``holders`` named before it in its sentence, by a word
    between ("perfume contains alcohol"), or by its own word ("alkoholhaltige Duftstoffe")."""
    a = max(doc.sentence_of(m.start)[0], m.start - HOLDING_REACH)
    rest = _WORD_REST.match(doc.norm, m.end)
    word_end = rest.end() if rest else m.end  # the whole word the match opens
    if _HOLDING_WORD.search(doc.norm, m.start, word_end):
        return True
    return any(a <= o.start < m.start and o.value in holders for o in live) and (
        _HOLDING.search(doc.norm, a, m.start) is not None
    )


# The words for dangerous goods as a class (not one of them: aerosols, fireworks, magnets), as
# the lexicon holds them (normalised)
DANGER_CLASS = frozenset(
    (
        "dangerous goods", "hazardous material", "hazardous materials", "hazmat",
        "hazardous substance", "class 9", "gefahrgut", "gefahrliche guter", "gefahrstoff",
        "marchandises dangereuses", "matieres dangereuses", "mercancias peligrosas",
        "merci pericolose", "gevaarlijke stoffen", "gevaarlijke goederen",
        "mercadorias perigosas", "artigos perigosos", "farligt gods", "farlig gods",
        "farlige stoffer", "危险品",
        "危险物品", "危険物", "위험물", "खतरनाक", "مواد خطرة", "tehlikeli madde", "hang nguy hiểm",
        "barang berbahaya", "veszelyes aru", "veszelyes anyag", "επικινδυνα εμπορευματα",
        "επικινδυνων εμπορευματων", "επικινδυνα αγαθα", "επικινδυνεσ ουσιεσ",
        "επικινδυνων ουσιων", "επικινδυνα υλικα", "επικινδυνων υλικων",
        # grid 46: the Russian and Ukrainian forms written out (a "*" inside a phrase matches
        # nothing), and the class in more languages
        "опасные грузы", "опасныи груз", "опасного груза", "опасными грузами",
        "опасным грузам", "опасные товары", "опасных товаров", "опасными товарами",
        "опасные вещества", "опасных веществ", "небезпечні вантажі",
        "небезпечнии вантаж", "небезпечного вантажу", "небезпечні товари", "небезпечних товарів",
        "небезпечні речовини", "небезпечних речовин", "materiałow niebezpiecznych",
        "materiały niebezpieczne", "nebezpecne zbozi", "nebezpecne veci", "nebezpecnych veci",
        "nebezpecny tovar", "marfuri periculoase", "marfurilor periculoase", "опасни товари",
        "опасни стоки", "опасну робу", "опасна роба", "опасне материје", "opasnu robu",
        "opasna roba", "opasne tvari", "opasne materije", "nevarno blago", "nevarne snovi",
        "vaarallisia aineita", "vaaralliset aineet", "ohtlikke aineid", "ohtlikud ained",
        "ohtlikud kaubad", "bistamas kravas", "pavojingu kroviniu", "pavojingi kroviniai",
        "חומרים מסוכנים", "كالاهاي خطرناك", "مواد خطرناك", "สินค้าอันตราย", "วัตถุอันตราย",
        "produtos perigosos", "危險品", "危險物品",
    )
)  # fmt: skip
# The class said of what comes before it: "are classed as", "gelten als", "sont des",
# "se consideran", "klassificeret som", "must be shipped as fully regulated"
_DANGER_SAID_OF = lazy_compile(
    r"\b(?:as|are|is|being|classed|classified|regarded|considered|treated|als|sind|ist|sont|"
    r"est|comme|como|consideran|considerad\w*|sao|zijn|som|regulated)\s+(?:[^\W\d]+\s+){0,2}$"
)
# ... the rules, contracts and transport of the class ("IATA regulations on dangerous goods",
# "transporte aéreo de mercancías peligrosas", "contrat marchandises dangereuses"), or a page,
# guide or team to turn to ("Läs mer om farligt gods", "Bekijk de lijst met ... gevaarlijke
# stoffen", "Related: Hazardous materials", "Contact the UPS Hazardous Materials Support")
_DANGER_POINTED_AT = lazy_compile(
    r"\b(?:regulations?|rules|regles|reglementation|reglamento|reglas|normas|regras|instructions|"
    r"instrucciones|transport|transporte|carriage|contrat|contract|vertrag|agreement|"
    r"read more|learn more|more about|las mer om|mehr uber|mehr zu|mehr erfahren|informationen zu|"
    r"weitere informationen|related|see|siehe|bekijk|voir|consultez|guide|guida|leitfaden|"
    r"contact|kontakt)\b\W*(?:[^\W\d]+\W+){0,5}$"
)
# ... or its rules, contracts and people after it: "dangerous goods contract",
# "Gefahrgutdeklaration", "Gefahrgut-Team" (the hyphen reads as a space), "Dangerous Goods
# Hotline", "危険物輸送", "위험물 운송"
_DANGER_RULES_DE = (
    r"(?:vorschrift|regel|vereinbarung|vertrag|team|deklaration|erklarung|erklärung|schulung|"
    r"beauftragt|richtlinie|bestimmung)"
)
_DANGER_RULES_WORD = lazy_compile(_DANGER_RULES_DE)
_DANGER_RULES_AFTER = lazy_compile(
    r"\s?\w*?" + _DANGER_RULES_DE + r"|"
    r"\W{0,2}(?:rules?|regulations?|contracts?|agreements?|team|department|hotline|helpdesk|guide|"
    r"guidance|training|declarations?|polic(?:y|ies)|acceptance polic(?:y|ies)|specialists?|"
    r"shippers|support|management|regles|reglementation|contrat|normas|reglamento|regras|regels|"
    r"voorschriften|regler|bestammelser|bestemmelser)\b|"
    r"\s*(?:輸送|运输|運輸|規則|规定|規定|政策|規制|规制|の取扱い|取扱|운송|기준|규정)"
)
# What joins the items of a list: "dangerous goods, lithium batteries or valuables"
_LIST_JOIN = lazy_compile(
    r"\s*(?:[,;/\u3001\uff0c]|\b(?:or|and|und|oder|sowie|et|ou|y|o|e|og|och|en|of|as well as|"
    r"plus)\b)\s*$"
)
_LIST_JOIN_LONGEST = 14


def _gap_between(doc: Doc, m: Match, o: Match, longest: int) -> str | None:
    """The text between two matches that stand at most ``longest`` characters apart."""
    if 0 <= o.start - m.end <= longest:
        return doc.norm[m.end : o.start]
    if 0 <= m.start - o.end <= longest:
        return doc.norm[o.end : m.start]
    return None


def _listed_beside_goods(doc: Doc, m: Match, live: list[Match]) -> bool:
    """Whether ``m`` is an item of a list with goods of another category."""
    for o in live:
        if o.value == m.value or not _own_goods(o.value):
            continue
        gap = _gap_between(doc, m, o, _LIST_JOIN_LONGEST)
        if gap is not None and _LIST_JOIN.match(gap):
            return True
    return False


# A numbered section heading of a manual: "135 Mailable Dangerous Goods"
_SECTION_HEADING = lazy_compile(r"[ \t]*\d+(?:\.\d+)*[ \t]+(?:[^\W\d]+[ \t]*){1,4}$")


# Goods that are dangerous goods in the air: a notice about them names the class for what
# they are
_DANGEROUS_IN_AIR = frozenset(("lithium_batteries", "perfumes_cosmetics"))


def _danger_apart(doc: Doc, live: list[Match]) -> bool:
    """Whether a notice about lithium batteries (or perfumes) names dangerous goods as goods of
    their own. Lithium batteries are dangerous goods in the air, and a notice about them names
    the class for what they are ("are classed as dangerous goods"), for the rules, contracts
    and teams they travel under ("a dangerous goods contract", "the airline's dangerous goods
    rules"), or as a page to read: only those mentions say nothing of other goods. Any other
    mention, one in the title, and a dangerous good that is no battery (aerosols, magnets)
    count."""
    for m in live:
        if m.value != "dangerous_goods":
            continue
        if doc.in_title(m.start) or m.key not in DANGER_CLASS:
            return True
        if _listed_beside_goods(doc, m, live):
            return True  # "Gefahrgüter sowie Lithium-Batterien", "batteries, dangerous goods or"
        if doc.full[max(0, m.start - 1) : m.start] == "(":
            continue  # "(Class 9)"
        a = max(doc.sentence_of(m.start)[0], m.start - 60)
        if (
            _DANGER_SAID_OF.search(doc.norm, a, m.start)
            or _DANGER_POINTED_AT.search(doc.norm, a, m.start)
            or _DANGER_RULES_WORD.search(doc.norm, m.start, m.end)  # "gefahrgutdeklaration"
            or _DANGER_RULES_AFTER.match(doc.norm, m.end)
            or _SECTION_HEADING.fullmatch(doc.full, *doc.line_of(m.start))
        ):
            continue
        return True
    return False


# Words that say a rule stays as it was: "remain free of VAT", "blijven vrijgesteld",
# "εξακολουθούν να απαλλάσσονται", "기존과 동일하게 면세" (on the normalised text)
_STILL_SO = lazy_compile(
    r"\b(?:remains?|continues?|still|unchanged|not changed|no change|as before|"
    r"weiterhin|bleiben|bleibt|toujours|restent|demeurent|siguen|seguiran|seguem|continuam|"
    r"blijven|blijft|fortfarande|fortsatt|fortsat|εξακολουθ\w*|παραμενουν|παραμενει|"
    r"по прежнему|как и раньше|як і раніше|i dalje|nadal|tovabbra|edelleen)\b|"
    r"기존과 동일|변동 없|変更はありません|不变|不變|照旧|照舊|vẫn|khong lam thay đổi"
)
# ... and the words that change it all the same: "no longer remain", "only until 30 June",
# "the threshold remains, and import VAT on gifts is now charged", "falls to £20" (a day it
# changes, "from 15 July", is read by _DATED_CHANGE)
_STILL_CHANGED = lazy_compile(
    r"\b(?:no longer|nicht mehr|ne \w+ plus|ya no|niet meer|inte langre|ikke lenger|"
    r"ikke længere|only until|nur noch|until now|previously|bisher|jusqu'ici|now|jetzt|"
    r"desormais|ahora|nu|falls?|reduced|lowered|raised|increases?|decreases?|abolished|removed|"
    r"ends?|discontinued|fra \d+|fran \d+)\b"
)
_HEADING_WORDS = 4  # "Gifts", "Goods sent as gifts": a heading, not a sentence


def _gift_relief_kept(doc: Doc, live: list[Match]) -> bool:
    """Whether a duty notice's body names gifts only to say their relief stays ("Gifts of £39
    or less remain relieved of import VAT"): the explainer of a duty change restates the gift
    allowance beside it. A title naming gifts makes them the news; headings and questions over
    the answer ("Gifts", "What about gifts?") say nothing either way."""
    gift_sentences = []
    for m in live:
        if m.value != "gifts":
            continue
        if doc.in_title(m.start):
            return False
        a, b = doc.line_of(m.start)
        line = doc.full[a:b].strip()
        if len(line.split()) > _HEADING_WORDS and not line.endswith(("?", "\uff1f")):
            gift_sentences.append(doc.sentence_of(m.start))
    return bool(gift_sentences) and all(
        _STILL_SO.search(doc.norm, a, b)
        and not _STILL_CHANGED.search(doc.norm, a, b)
        and not dated_span(doc, a, b)
        for a, b in gift_sentences
    )


# Words that leave letters out of what goes on: "Parcels, except letters, continue as normal"
_LETTERS_LEFT_OUT = lazy_compile(
    r"\b(?:except\w*|apart from|other than|exception|exclu\w*|excepto|salvo|sauf|behalve|"
    r"uitgezonderd|escluse|escluso|tranne|ausser|außer|ausgenommen|exceto|utom|oprocz|"
    r"z wyjatkiem|кроме|not apply|does not|nicht|no se aplica|ne s'applique)\b"
)


def _letters_said_normal(doc: Doc, matches: list[Match], votes: list[Vote]) -> Match | None:
    """The word of letters in a sentence that says service goes on ("l'accettazione di lettere,
    pacchi ed EMS verso Israele prosegue regolarmente"): in a notice that nothing changed, that
    sentence is its news, no exception to a change; its letters are mail it is about. Read
    among all the matches, not the live ones: that sentence's all-clear words exempted them."""
    normal = {doc.sentence_of(v.start) for v in votes if v.kind == "informational"}
    return next(
        (
            m
            for m in matches
            if m.value == "documents"
            and doc.sentence_of(m.start) in normal
            and not _LETTERS_LEFT_OUT.search(doc.norm, *doc.sentence_of(m.start))
        ),
        None,
    )


# A sentence or line that holds nothing
_BLANK = lazy_compile(r"\s*$")


def _letters_where_changed(
    doc: Doc, live: list[Match], votes: list[Vote], kind: str, lists: list[set[tuple[int, int]]]
) -> bool:
    """Whether a word of letters or documents stands in a sentence that states a change (the
    title's too), in the sentence right after one that opens by saying what it reaches ("We have
    suspended all services to Yemen. This includes letters and parcels."), or as an item of
    the list a stating line opens ("Suspended:" over "- Documents"). Named elsewhere, beside a
    stop or a limit of goods, letters are context: "letters are delivered as usual", "please
    remember this when you send letters and parcels", "the addressee gets a letter about the
    seizure". ``lists``: the cache of ``_stated_lists``."""
    changed = {
        doc.sentence_of(v.start)
        for v in votes
        if v.kind != "informational" and not (v.possible and v.kind == "delay")
    }  # (not "letters may be delayed"; "may no longer be sent" is a stop)
    letters = [m for m in live if m.value == "documents"]
    for m in letters:
        sentence = doc.sentence_of(m.start)
        if sentence in changed:  # (a title that names letters and states a change too)
            return True
        if sentence[0] and _REACHES_OPEN.match(doc.norm, sentence[0], sentence[1]):
            before = doc.sentence_of(sentence[0] - 1)
            while before[0] and _BLANK.match(doc.full, before[0], before[1]):
                before = doc.sentence_of(before[0] - 1)  # over the blank line of a paragraph
            if before in changed:
                return True
    listed = _stated_lists(doc, kind, votes, lists)
    # the word is the whole item ("- Documents"), not one of its words ("Letters containing
    # goods", "an invoice or other document proving the value")
    return any(
        (line := doc.line_of(m.start)) in listed
        and strip_bullet(doc.full[line[0] : line[1]])[0].strip(" \t\r.,;")
        == doc.full[m.start : m.end]
        for m in letters
    )


# A sentence that opens by saying what the change before it reaches: "This includes", "This
# also applies to", "Dies betrifft auch", "Cela concerne", "Esta medida incluye"
_REACHES_OPEN = lazy_compile(
    r"\W*(?:this|that|these|it|the same|dies|das|cela|ceci|esto|esta medida|isto|questo|dit)\b"
    r"(?:(?!\b(?:not|no|nicht|kein\w*|pas|ne|non|niet|geen)\b)[^.\n]){0,30}?"
    r"\b(?:includ\w*|appl\w*|affect\w*|cover\w*|betrifft|gilt|concerne|incluye|inclui|afecta|"
    r"riguarda|geldt)\b"
)


# Words that send the reader to another page, list or leaflet ("see our dangerous goods guide",
# "Bekijk de lijst met verboden en gevaarlijke stoffen")
_POINTER = lazy_compile(
    r"\b(?:see our|read more about|learn more about|find out more about|check our|consult our|"
    r"refer to our|visit our|bekijk de|bekijk onze|raadpleeg de|raadpleeg onze|consulta la|"
    r"consulta el|consulta nuestra|consulta nuestro|consultez (?:la|le|notre|nos)|"
    r"voir (?:la|le|notre) (?:liste|guide|fiche)|weitere informationen finden sie|mehr erfahren|"
    r"siehe (?:unsere|unser|das|die))\b"
)


def _pointed_to(doc: Doc, pos: int, votes: list[Vote]) -> bool:
    """Whether the goods at ``pos`` come after words that point to another page or leaflet in
    their sentence ("see our dangerous goods guide"), and that sentence says no change of its
    own."""
    a, b = doc.sentence_of(pos)
    pointers = doc.once("_pointers", _pointer_starts)  # found once: a sentence may hold many
    i = bisect_left(pointers, a)
    if i == len(pointers) or pointers[i] >= pos:
        return False
    if ":" in doc.full[pointers[i] : pos] or _BELOW.search(doc.norm, pointers[i], pos):
        return False  # "see our updated list below: lithium batteries, perfumes": this page's
    return not any(a <= v.start < b for v in votes)


# the list the pointer points to is on this page
_BELOW = lazy_compile(r"\b(?:below|unten|nachstehend|ci dessous|hieronder|abajo|sotto|seguir)\b")


def _pointer_starts(doc: Doc) -> list[int]:
    if not doc.holds_any(_POINTER_HINTS):
        return []
    return [m.start() for m in _POINTER.finditer(doc.norm)]


# one word of each pointer of _POINTER: most notices have none, and are not searched
_POINTER_HINTS = (
    "see our", "more about", "check our", "consult", "refer to our", "visit our", "bekijk",
    "raadpleeg", "voir l", "voir notre", "weitere informationen", "mehr erfahren", "siehe",
)  # fmt: skip


SECTION_STEP_WORDS = 3  # "Dangerous Goods", "Hazardous Materials"; a longer step is a title


def _section_steps(doc: Doc, crumbs: list[tuple[int, int]]) -> dict[int, int]:
    """The last steps of breadcrumbs that are a section, not the page's own title ("FedEx >
    Service Alerts > Dangerous Goods" over "Lithium battery regulation changes"): the goods
    they name say where the page sits, not what it is about ("> International letters and
    parcels" still says it is about mail). A last step whose words the title holds, or a
    longer one ("> Suspension of lithium battery shipments to Israel" over "Service notice"), is
    the page's title. By the start of its line, where the step starts."""
    title = set(doc.norm[: doc.title_end].split())
    out = {}  # the start of each such line -> where its last step starts
    for line_start, sep in crumbs:
        start = sep + 3  # after " > "
        words = doc.norm[start : doc.line_of(start)[1]].split()
        if words and len(words) <= SECTION_STEP_WORDS and not all(w in title for w in words):
            out[line_start] = start
    return out


# "only" beside words that accept: what is accepted only so is limited, not exempt
_ONLY_AFTER = lazy_compile(rf"\s+{ONLY_WORDS}\b")
_ONLY_BEFORE = lazy_compile(
    rf"\b{ONLY_WORDS}\s+(?:(?:se|si|be|noch|werden|worden|wordt|wird|sind|są|sa|est|sont|es|son|"
    r"sono|viene|vengono)\s+)?$"
)
_ONLY_REACH = 30
# what the limit is: a condition ("only when installed", "nur, wenn", "tylko zainstalowane")
_CONDITION_AFTER = lazy_compile(
    r"[^.;\n]{0,40}?\b(?:when|if|provided|wenn|falls|sofern|si|lorsque|quand|cuando|siempre que|se|"
    r"quando|purche|als|indien|mits|jesli|jezeli|gdy|installed|packed|contained|"
    r"eingebaut|verpackt|install[ée]e?s?|emball[ée]e?s?|instalad\w*|embalad\w*|installat\w*|"
    r"imballat\w*|zainstalowan\w*|zapakowan\w*|ingebouwd|verpakt)\b"
)


def _limited_acceptance(doc: Doc, m: Match) -> bool:
    """Words that accept, with "only" and a condition beside them: a limit of what they name,
    no exemption ("are accepted only when installed in the device"; not "only documents are
    still accepted", which exempts the documents)."""
    if not ACCEPTING.search(m.key) or _STILL.search(m.key):
        return False  # "still accepted only if they hold documents": what goes on is exempt
    if _ONLY_AFTER.match(doc.norm, m.end) is None and (
        _ONLY_BEFORE.search(doc.norm, max(0, m.start - _ONLY_REACH), m.start) is None
    ):
        return False
    return _CONDITION_AFTER.match(doc.norm, m.end) is not None


# Kinds whose goods are those the sentences stating it name: a stop or a ban is about every
# item its lists name, a requirement or a notice of no change about the goods it is stated
# for. Duty changes were in it too: it lost goods at their own rates on unseen notices.
_STATED_GOODS_KINDS = frozenset(("informational", "new_requirement"))


# A sentence that says which goods the change is for: "Affected are clothing, shoes and toys",
# "Sont concernés : les vêtements", "Het gaat om kleding"
_AFFECTED = lazy_compile(
    r"\b(?:affected (?:are|goods|items|products|sectors)|(?:goods|items|products) affected|"
    r"(?:sont|est) concern\w*|betroffen sind|betroffen ist|betroffene (?:waren|produkte|artikel)|"
    r"productos afectados|afectados son|het gaat om|gaat het om|prodotti interessati)\b"
)
# A stating sentence that refers back to the one before: "Für sie ist eine Vorabanmeldung
# erforderlich" after "Lebensmittel und Kosmetika werden von der FDA kontrolliert."
_BACK_REFERENCE = lazy_compile(
    r"\s*(?:for (?:them|these goods|these items|these products)|these (?:goods|items|products)|"
    r"für sie|fur sie|für diese (?:waren|produkte)|fur diese (?:waren|produkte)|"
    r"diese (?:waren|produkte)|"
    r"pour (?:ces produits|ces articles|ces marchandises)|ces (?:produits|articles|marchandises)|"
    r"para (?:ellos|estos productos)|estos (?:productos|artículos|articulos)|"
    r"voor deze (?:goederen|producten)|deze (?:goederen|producten))\b"
)


def _referred_back(doc: Doc, pos: int, stated: set[tuple[int, int]]) -> bool:
    """Whether the sentence after ``pos``'s is a stating one that opens by pointing back to it."""
    b = doc.sentence_of(pos)[1]
    nxt = doc.sentence_of(min(len(doc.full) - 1, b + 1))
    return nxt in stated and nxt[0] >= b and _BACK_REFERENCE.match(doc.norm, nxt[0]) is not None


def _stated_lists(
    doc: Doc,
    kind: str,
    votes: list[Vote],
    cache: list[set[tuple[int, int]]],
    next_line: bool = True,
) -> set[tuple[int, int]]:
    """The lines of lists that a line stating the change introduces ("we remind you of the
    rules:" above "- loose lithium batteries"), or that the line after it does ("Affected
    sectors include:"). With ``next_line`` False (a delay), only a line whose sentence ends it
    ("the items below may be delayed:", not "Items may be delayed. Below are items we always
    recommend to pack carefully:"), and the line after it only when it names what is affected
    (not "Please remember the following are prohibited:")."""
    if cache:
        return cache[0]
    heads = {
        doc.line_of(v.start)
        for v in votes
        if v.kind == kind
        and (
            next_line
            or not doc.full[doc.sentence_of(v.start)[1] : doc.line_of(v.start)[1]].strip(" \t:.")
        )
    }
    starts = doc.line_starts
    for a, _ in list(heads):
        for i in range(doc.line_index(a) + 1, min(len(starts), doc.line_index(a) + 4)):
            line = doc.line_of(starts[i])
            if doc.full[line[0] : line[1]].strip():
                if next_line or _AFFECTED.search(doc.norm, *line):
                    heads.add(line)
                break
    cache.append(list_under(doc, heads))
    return cache[0]


_EXAMPLE_HEAD = lazy_compile(EXAMPLE_MARKS + r"[ \t]*[:\uff1a][ \t]*$", re.I)


# Substrings one of which every match of _EXAMPLE_HEAD holds (in normalised text)
_EXAMPLE_HINTS = (
    "exampl", "e.g", "beispiel", "z. b", "z.b", "exempl", "ejempl", "esempi", "voorbeeld",
    "пример", "приклад", "przyk", "例",
)  # fmt: skip
# A rule on how goods are described, whose examples are words, not goods it is about
_DESCRIBING = lazy_compile(
    r"descri|terms?\b|wording|beschreib|bezeichnung|begriffe|d[eé]signation|termes|t[eé]rminos|"
    r"termini|omschrijving|termos|описан|опис|opis"
)


def _example_lists(doc: Doc) -> set[tuple[int, int]]:
    """The lines of a list or table under "General terms are not accepted. For example:":
    examples of a description rule, no goods it is about."""
    heads = set()
    for colon, _ in colon_ends(doc):
        a, b = doc.line_of(colon)
        if _EXAMPLE_HEAD.search(doc.full, a, b) and _DESCRIBING.search(doc.norm, a, b):
            heads.add((a, b))
    return list_under(doc, heads) if heads else set()


MENU_LINES = 3  # how far into the body a site's menu bar may sit


def _menu_lines(doc: Doc) -> set[tuple[int, int]]:
    """The menu bar at the top of a page ("Royal Mail | Personal | Business | Track your item"):
    its words are links to the site's sections ("Letters", "Parcels", "Business"), no goods."""
    out = set()
    starts = doc.line_starts
    first = doc.line_index(doc.title_end + 1)
    for k in range(first, min(first + MENU_LINES, len(starts))):
        if menu_line(doc, k, first):
            out.add(doc.line_of(starts[k]))
    return out


def _goods_lists(
    doc: Doc, matches: list[Match], lines: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The lines among ``lines`` that list goods ("Alcohol | Pork products | Tobacco"): two of
    their cells or half of them name goods of their own ("An Post | Send | Money | Help" is a
    menu with one such cell)."""
    out = set()
    for a, b in lines:
        cells = doc.full[a:b].count(" | ") + 1
        named = {
            doc.full.count(" | ", a, m.start)
            for m in matches
            if a <= m.start < b and _own_goods(m.value)
        }
        if len(named) >= 2 or 2 * len(named) >= cells:
            out.add((a, b))
    return out


def _own_goods(value: str) -> bool:
    """Whether a category match names goods of their own (not mail in general, a scope or a
    word that only modifies others)."""
    return value not in GENERIC and value not in SCOPES and value not in IGNORED


# after a word of letters: what they hold is goods ("letters containing goods")
# ... said before the letters, in Finnish and Estonian: "tavaraa sisältäviin kirjeisiin",
# "kaupa sisaldavad kirjad" (letters that hold goods)
_GOODS_HELD_BEFORE = lazy_compile(r"\b(?:tavaraa|tavaroita|kaupa) (?:sisaltav|sisaldav)\w*\s+$")
_HOLDING_GOODS = lazy_compile(
    r"(?:\s+(?:international|internationales?|internacionales?|internazionali|internationale|"
    r"internacionais))?\s+(?:containing|that contain|with|contenant|qui contiennent|avec|mit|"
    r"enthaltend|con|que contienen|que contengan|contenenti|che contengono|met|die \w+ bevatten|"
    r"contendo|com|que contenham)\s+(?:des\s+|de la\s+|de\s+|der\s+)?"
    r"(?:goods|merchandise|items of value|marchandises?|waren|mercanc[ií]as?|merci|goederen|"
    r"mercadorias?)\b"
)
_ALL_CONTAINING = lazy_compile(
    r"(?:\s+(?:to|for|into|nach|in die|vers|pour|a|para|per|verso|naar)\s++[^,.;:()\n]{1,40}?)?"
    r"\s+(?:containing|that contain|which contain|with|enthaltend|die \w+ enthalten|mit|"
    r"contenant|qui contiennent|contenenti|che contengono|que contengan|que contienen|met|"
    r"contendo|que contenham)\b"
    # "all items containing goods": goods in general
    r"(?!\s+(?:any\s+)?(?:goods|merchandise|waren|marchandises?|mercanc\w*|merce|merci|goederen|"
    r"mercadorias?|товар\w*)\b)"
)


def _bare_line(doc: Doc, m: Match) -> bool:
    """Whether the match is all its line holds, out of the title, after a blank line (not an
    item of "Suspended:" / "Documents" / "Parcels")."""
    a, b = doc.line_of(m.start)
    if b - a > m.end - m.start + 4 or doc.in_title(m.start):
        return False
    if doc.full[a:b].strip(" \t:").replace(doc.full[m.start : m.end], "", 1):
        return False
    above = doc.full.rfind("\n", 0, max(0, a - 1))
    return not doc.full[above + 1 : max(0, a - 1)].strip()


def _in_book_title(doc: Doc, pos: int) -> bool:
    opened = doc.full.rfind("\u300a", 0, pos)
    return opened >= 0 and doc.full.find("\u300b", opened, pos) < 0


def _after_inclusive(doc: Doc, m: Match, inclusive: list[tuple[int, bool]]) -> bool:
    """A scope word that an inclusive phrase before it in its sentence takes in: "all items,
    whether gifts or sales" (but "sales of any value, regardless of origin" stays sales); a
    concessive one ("even if", "aunque") only up to the comma that ends its clause."""
    start = doc.sentence_of(m.start)[0]
    return any(
        start <= e <= m.start
        and m.start - e <= 60
        and not (concessive and _CLAUSE_COMMA.search(doc.full, e, m.start))
        for e, concessive in inclusive
    )


def _duty_goods(doc: Doc, pos: int) -> bool:
    """Whether goods named at ``pos`` are what a duty change is about: as goods subject to it,
    with a rate or allowance beside them ("textiles 25 %") unless given as examples ("z. B."),
    as what a duty is laid on ("duty on alcohol"), or in a list under such a line ("The goods
    subject to the surtax include: - wine, spirits and beer")."""
    a, b = doc.sentence_of(pos)
    la, lb = doc.line_of(pos)
    if _SUBJECT_GOODS.search(doc.norm, a, b) or _AFFECTED.search(doc.norm, a, b):
        return True
    if _EXAMPLE_MARK.search(doc.norm, max(a, la), pos):
        return False  # "Reduzierter Satz (z. B. Lebensmittel, Bücher) | 2,6 %": examples
    row = _in_list_line(doc, pos)
    if _RATE.search(doc.full, a, b) or (row and _RATE.search(doc.full, la, lb)):
        return True
    if _DUTY_ON.search(doc.norm, max(a, pos - 50), pos):
        return True  # "the new excise duty on alcohol and tobacco"
    if _CHARGED.match(doc.norm, pos, b):
        return True  # "tobacco products posted to Australia face higher duties"
    head = line_above_list(doc, doc.line_index(pos))
    if head is None:
        return False
    x, y = head
    return bool(
        _SUBJECT_GOODS.search(doc.norm, x, y)
        or _AFFECTED.search(doc.norm, x, y)
        or _RATE.search(doc.full, x, y)
    )


# Words that give examples, wherever they end ("z. B." ends in a full stop)
_EXAMPLE_MARK = lazy_compile(_EXAMPLE_WORDS + "|例如|例えば")
# Goods named as what a duty applies to: "goods subject to the surtax", "tariff lines"
_SUBJECT_GOODS = lazy_compile(
    r"\b(?:subject to (?:the |a |an )?(?:new )?(?:surtax|duty|duties|tariffs?|tax|taxes|levy|"
    r"surcharge)|(?:goods|products|items) subject to|tariff lines|(?:applies|apply) to the "
    r"following|unterliegen|soumis (?:a|aux) (?:la |les )?(?:surtaxe|droits?|taxe)|sujetos a|"
    r"soggett[ie] a)\b"
)
# A duty named as laid on the goods right after it: "excise duty on alcohol and tobacco"
_DUTY_ON = lazy_compile(
    r"\b(?:duty|duties|tax|taxes|tariffs?|surtax|excise|vat|levy|levies|zoll|zolle|steuer|"
    r"abgabe|droits?|taxes?|aranceles?|impuestos?|dazi|dazio|accise|zolle)"
    r"(?:\s+(?:mas altos|more|hohere?n?|higher))?"
    r"\s+(?:on|auf|sur|sobre|su|for|fur|pour|para|a la|a los|al)\s+(?:[\w-]+\s+){0,3}$"
)
# Goods as the subject of a duty laid on them: "clothing sent to the US will be charged a new
# tariff", "für Alkohol ... fällt eine höhere Verbrauchsteuer an"
_CHARGED = lazy_compile(
    r"[^;:!?\n]{0,80}?\b(?:face|faces|attract|attracts|be charged|are charged|is charged|"
    r"will pay|fallt|fallen)\b[^;:!?\n]{0,40}?(?:duty|duties|tariff|excise|tax|steuer|zoll)"
)
# A rate or an allowance beside goods: "25 %", "1 litre of spirits", "Zigaretten | 50 Stück"
_RATE = lazy_compile(
    r"\d\s?[%％]|\bper ?cent\b|\bprozent\b|\bpourcent|\bpor ciento\b|\bper cento\b|"
    r"\d(?:[.,]\d+)?\s?(?:litres?|liters?|l|ml|grams?|gramm|g|pieces?|pcs|units?|stück|stuck|"
    r"bottles?|flaschen|cigarettes|zigaretten|packs?)\b",
    re.I,
)
_CLAUSE_COMMA = lazy_compile("[,\uff0c\u3001;]")
# A scope word that a word after it takes in, up to two words on: "gifts included", "cadeaux
# compris", "regalos incluidos", "Geschenke inbegriffen"
_TAKEN_IN_AFTER = lazy_compile(
    # ("envois à caractère de cadeau compris", "gifts included"; not "gifts with included
    # batteries")
    r"(?:[ -](?!with\b|mit\b|avec\b|con\b)[\w'-]+){0,2}? (?:included|inclus|incluses?|compris|"
    r"comprises?|incluid[oa]s?|"
    r"inclus[ie]|inbegriffen|eingeschlossen|inclusief)\b"
)


# "whether" before a scope word: "regardless of whether they are gifts or purchases",
# "unabhängig davon, ob es sich um Geschenke oder Bestellungen handelt" (in the normalised text)
_WHETHER_BEFORE = lazy_compile(
    r"\b(?:regardless of whether|irrespective of whether|whether (?:they are|it is|as)|"
    r"unabhangig davon,? ob|egal,? ob|ganz gleich,? ob|qu'il s'agisse|que ce soit|"
    r"independientemente de (?:si|que)|ya sea|sia che|indipendentemente dal fatto che|"
    r"ongeacht of|независимо от того)\b[^.;:!?]*$"
)


# A contrast that joins two clauses: "but" anywhere, the others after a comma or semicolon
# ("Für Tabak gelten jedoch Mengen, zum Beispiel ..." is one clause)
# r"\bbut\b|[,;]\s*(?:however|whereas|aber|jedoch|mais|pero|ma|maar|но|але)\b", written with
# every alternative opening with one plain character (the same matches; see _CLAUSE_EDGE)
_CONTRAST = lazy_compile(
    r"b(?<!\wb)ut\b|"
    + literal_alternatives(
        ",;",
        # Russian and Ukrainian "а" (whereas), not "а также", "а равно" (as well as), "а именно"
        # (namely)
        # (Bosnian, Croatian, Serbian "ali", "али"; Polish, Czech, Slovak "ale"; Turkish "ama";
        # Romanian "dar")
        r"\s*(?:however|whereas|aber|jedoch|mais|pero|ma|maar|но|але|ali|али|ale|ama|dar|"
        r"а(?!\s+(?:также|також|именно|саме|равно|так само)\b))\b",
    )
)
_CONTRAST_HINTS = (
    "but", "however", "whereas", "aber", "jedoch", "mais", "pero", " ma ", "maar", " но ", " але ",
    ", а ", " ali ", " али ", " ale ", " ama ", " dar ",
)  # fmt: skip


def _bracket_around(doc: Doc, a: int, b: int, pos: int) -> tuple[int, int] | None:
    """The brackets within ``a:b`` that hold ``pos``, when the text before them names something:
    what is inside them is a remark on it."""
    full = doc.full
    wide = full.find("\uff08", a, pos) >= 0  # "（", the full-width bracket
    opened = full.rfind("(", a, pos)
    if wide:
        opened = max(opened, full.rfind("\uff08", a, pos))
    if opened <= a or not full[a:opened].strip(" \t|:-"):
        return None
    closed = full.rfind(")", opened, pos)
    if wide:  # (and below: a full-width bracket opened must be closed by one)
        closed = max(closed, full.rfind("\uff09", opened, pos))
    if closed >= 0:
        return None  # closed before pos
    end = full.find(")", pos, b)
    if wide:
        other = full.find("\uff09", pos, b)
        end = other if end < 0 or 0 <= other < end else end
    return (opened, end + 1) if end >= 0 else None


_EXAMPLE_WORD = lazy_compile(r"exampl|e\.g|beispiel|exempl|ejempl|esempi|voorbeeld")


def _clause_beside_stops(
    doc: Doc, part: tuple[int, int], m: Match, votes: list[Vote]
) -> tuple[int, int] | None:
    """What an "in the usual order" phrase exempts: its part of the sentence, cut at the clause
    break between it and a stop in that part; None when a stop stands in its own clause (the
    phrase then says how the stop is done)."""
    lo, hi = part
    for v in votes:
        if v.kind not in _STOP_KINDS or not lo <= v.start < hi:
            continue
        if v.end <= m.start:
            brk = _CLAUSE_BREAK.search(doc.full, v.end, m.start)
            if brk is None:
                return None
            lo = max(lo, brk.end())
        elif v.start >= m.end:
            brk = _CLAUSE_BREAK.search(doc.full, m.end, v.start)
            if brk is None:
                return None
            hi = min(hi, brk.start())
    return lo, hi


def _side_of_contrast(
    doc: Doc, sentence: tuple[int, int], pos: int, brackets: bool = True
) -> tuple[int, int]:
    """The part of the sentence between the contrast words around ``pos`` (the whole sentence
    when it has none); with ``brackets``, the brackets that hold ``pos``."""
    a, b = sentence
    lo, hi = a, b
    bracket = _bracket_around(doc, a, b, pos) if brackets else None
    if bracket is not None:
        return bracket  # "perfumes with alcohol (cosmetics without it may still be sent)"
    if not doc.holds_any(_CONTRAST_HINTS):
        return lo, hi
    for c in _CONTRAST.finditer(doc.norm, a, b):
        if c.end() <= pos:
            lo = c.end()
        elif c.start() > pos:
            hi = c.start()
            break
    return lo, hi


# "Items still accepted" over a list, in a notice of a stop: what the stop leaves out
_STILL = lazy_compile(
    r"still|weiterhin|toujours|ancora|nadal|fortfarande|fortsatt|reste|restent|resta|restano|"
    r"bleibt|bleiben"
)
# A question over a list that asks what is still refused or banned: its list is no exemption
_NOT_OR_BANNED = lazy_compile(
    r"\b(?:not|no|cannot|can't|nicht|keine?[nrs]?|ne|pas|non|niet|geen|nao|ikke|inte|nie|"
    r"banned|forbidden|verboten|untersagt|interdit\w*|prohib\w*|vietat\w*|verboden|proibid\w*|"
    r"forbudt|forbjud\w*|suspen\w*|ausgesetzt|gesperrt|ausgeschlossen|sospes\w*|zawiesz\w*)\b"
)
# "Items still accepted until 31 May": only until the stop begins
_UNTIL = lazy_compile(r"\b(?:until|till|bis|jusqu|hasta|fino|tot|do|до)\b")


def _exempt_lists(
    doc: Doc, matches: list[Match], exempt_sentences: set[tuple[int, int]], kind: str
) -> set[tuple[int, int]]:
    """The lines of a list under an exempting line ("The changes do not apply to:" above
    "- excise goods such as alcohol"): what they name is exempt too."""
    heads = set()
    headings = set()  # "What's not affected" above a list, without a colon
    for m in matches:
        if (
            m.value == "_exempt"
            and doc.sentence_of(m.start) in exempt_sentences
            and (
                not _GOES_ON_OR_EXAMPLE.search(m.key)
                or (
                    kind in _STOP_KINDS
                    and _STILL.search(m.key) is not None
                    and _UNTIL.search(doc.norm, *doc.line_of(m.start)) is None
                )
            )
        ):
            line = doc.line_of(m.start)
            if doc.sentence_of(m.start)[1] >= line[1]:  # the line's last sentence
                if doc.full[line[0] : line[1]].rstrip().endswith(("?", "\uff1f")) and (
                    _NOT_OR_BANNED.search(doc.norm, line[0], m.start) is not None
                    or _NOT_OR_BANNED.search(doc.norm, m.end, line[1]) is not None
                ):
                    continue  # "What can still not be sent?", "Was ist weiterhin verboten?"
                    # (not "Which items are not affected?": the exempting words' own "not")
                heads.add(line)
                if not _LEFT_OUT.search(m.key):  # not "Excluded goods", "All except Kyiv"
                    headings.add(line)
    if not heads:
        return set()
    # (an exempting question answers with its list: "What can still be sent?" / "- Letters")
    return list_under(doc, heads - headings, questions=True) | list_under(
        doc, headings, headings=True, questions=True
    )


# A heading with these words names what a rule leaves out of its scope, or bans: its list is
# no exemption ("Excluded goods", "All destinations except Kyiv", "Prices excluding VAT")
_LEFT_OUT = lazy_compile(
    r"exclu|except|esclus|sauf|ausgenommen|ausser|außer|salvo|other than|apart"
)


# The status cell of a table row that says the row goes on as before.
_OPEN_CELLS = frozenset(
    ("accepted", "available", "normal", "open", "no change", "unchanged", "angenommen",
     "möglich", "accepté", "acceptés", "acceptée", "aceptado", "admitido", "accettato",
     "geaccepteerd", "aceite", "aceito", "aceitos")
)  # fmt: skip


def _open_row(doc: Doc, pos: int) -> bool:
    """A table row ("Letters and postcards | Accepted") whose last cell says it is open as
    before: the goods it names are not what changed."""
    a, b = doc.line_of(pos)
    line = doc.full[a:b]
    if "|" not in line:
        return False
    return line.rsplit("|", 1)[1].strip().rstrip(".").lower() in _OPEN_CELLS


def _all_goods_before(doc: Doc, matches: list[Match], pos: int) -> bool:
    """ "all goods" in the sentence of ``pos`` or the one before, ahead of it: the goods named
    after "such as" are examples of all goods ("excise goods such as alcohol" are not)."""
    a = doc.sentence_of(pos)[0]
    lo = doc.sentence_of(a - 1)[0] if a > 0 else a
    return any(m.value == "_all" and lo <= m.start < pos for m in matches)


def _right_after_own_goods(live: list[Match], m: Match) -> bool:
    """ "alcohol goods", "e-cigarettes in parcels": the general word holds the named goods."""
    return any(
        o.value not in GENERIC and o.value not in SCOPES and 0 <= m.start - o.end <= 12
        for o in live
    )


def _in_reminder(doc: Doc, start: int, stated: set[tuple[int, int]]) -> bool:
    """A category in a sentence that reminds of a standing rule and states no change."""
    return doc.sentence_of(start) not in stated and reminds(doc, start)


def _scoped_mail(doc: Doc, live: list[Match], stated: set[tuple[int, int]]) -> bool:
    """Every word of goods or mail in the sentences that state the change comes right after a
    scope word: "low-value business-to-consumer imports" are sales, not all goods."""
    scope_ends = [m.end for m in live if m.value in SCOPES]
    mails = [m for m in live if m.value in _MAILS and doc.sentence_of(m.start) in stated]
    return bool(mails) and all(
        any(0 <= m.start - e <= 3 and not doc.norm[e : m.start].strip() for e in scope_ends)
        for m in mails
    )


def _mail_documents(
    doc: Doc,
    kind: str,
    votes: list[Vote],
    goods_only: bool,
    exempted: set[str],
    customs: bool,
    mail_operator: bool = False,
) -> bool:
    """Whether "mail" in general includes letters and documents here."""
    if goods_only or "documents" in exempted or customs or kind in GOODS_ONLY_KINDS:
        return False
    if not mail_operator and _TO_SELLERS.search(doc.norm, 0, doc.title_end + SELLERS_REACH):
        return False  # a marketplace's "Seller update": what sellers send is the goods sold
    if kind == "delay" and _CUSTOMS_TITLE.search(doc.norm, 0, doc.title_end):
        return False  # "Clearance delays for shipments entering the U.S.": letters pass by
    if kind == "restriction":  # a value limit, or a weight of many kilograms, holds for goods
        own = [v for v in votes if v.kind == kind]
        if any(_VALUE.search(doc.norm, v.start, v.end) for v in own):
            return False
        head = max(own, key=lambda v: v.weight, default=None)
        if (
            head is not None
            and _WEIGHT_WORD.search(doc.norm, head.start, head.end)
            # (a letter's weight said where the change is: "limited to 2 kg per item")
            and not _LETTER_WEIGHT.search(doc.norm, *doc.sentence_of(head.start))
        ):
            return False  # the change is a weight limit: "Geändertes Höchstgewicht"
        sentences = {doc.sentence_of(v.start) for v in votes if v.kind == kind}
        return not any(_PARCEL_WEIGHT.search(doc.norm, a, b) for a, b in sentences)
    return True


# Words of shipments, orders sent, not of mail or letters ("Sendungen", "envíos", "spedizioni",
# "przesyłki"), as the lexicon's keys write them (normalised, no wildcard)
_SHIPMENT_KEY = lazy_compile(
    r"shipments?|packages?|consignment|envios?|envoi|sendung|sendungen|spedizion|zending|"
    r"przesyłk|przesyłek|przesyłkach|forsendelse|forsandelse|remessa|expedieri|отправлени|"
    r"відправлен|zasilk|zasilek|zasilka|zasilky|zasielk|zasielok|posiljk|posiljaka|kuldemeny|"
    r"lahety|lahetyksia|lahetysten|gonderi\w*"
)


def _shipments_only(live: list[Match]) -> bool:
    """Whether every word of mail in general is one of shipments: a marketplace's or a
    platform's "shipments" are the orders it sends, goods (a post's or a carrier's carry
    letters too)."""
    keys = [m.key for m in live if m.value == "_mail"]
    return bool(keys) and all(_SHIPMENT_KEY.fullmatch(k.lower()) for k in keys)


# A notice to online sellers, said in its title or its first lines ("Seller Central >
# News", "Aviso para vendedores", "판매자 안내"): the shipments it speaks of are their orders
SELLERS_REACH = 200
_TO_SELLERS = lazy_compile(
    r"\b(?:sellers?|seller central|vendedores|vendeurs|verkaufer|venditori|"
    r"sprzedajacy\w*|sprzedawc\w*|verkopers|saljare|penjual|global selling)\b|"
    r"販売者|出品者|판매자|卖家|賣家"
)
# Customs named in a title, in the text's normal form ("Customs clearance delays", "Retrasos
# en la aduana", "通関の遅延"): a delay there holds up goods, which customs clear
_CUSTOMS_TITLE = lazy_compile(
    # (not a runway's or a road's "snow clearance", nor a "security clearance")
    r"\b(?:customs|(?<!snow )(?<!runway )(?<!security )clearance|douanes?|dedouan\w*|zoll\w*|"
    # (Italian customs with its article: "Dogana" alone is a town of San Marino)
    r"aduanas?|(?:in|alla|della|dalla) dogana|doganal[ei]|sdoganament\w*|alfandega|desembaraco|"
    r"inklaring|odpraw\w*|"
    r"celn\w*|таможн\w*|митн\w*)\b|通关|通關|通関|清关|清關|海关|海關|税関|세관|통관"
)
CHANNEL_GAP_LONGEST = 40


def _channel(doc: Doc, letters: Match, live: list[Match]) -> bool:
    """Whether the word of letters is paired with one of parcels or mail ("letters and
    parcels"): the ways an item travels, not letters as what the change is about."""
    for m in live:
        if m.value not in ("_parcels", "_mail", "_goods"):
            continue
        gap = _gap_between(doc, letters, m, CHANNEL_GAP_LONGEST)
        if gap is not None and _CHANNEL_GAP.match(gap):
            return True
    return False


# The categories a notice of each kind names only as examples beside the goods it is about
# (measured on the labelled sets): a ban and a duty name goods, not the letters ("le courrier
# et les colis contenant de la viande"); a ban or a delay holds for sales and private items
# alike ("commercial or personal"). Session 100, on the 31,345 read notices, beside another
# category: letters in a new requirement were right 27 times and wrong 95, sales in an
# all-clear 7 and 25, clothes in a new requirement 4 and 15 and in a stop 3 and 14, jewellery
# in a duty change 3 and 13 (beside goods in general or beside another category: "textiles
# and cosmetics need a certificate" loses its textiles, a loss those counts outweigh).
# Session 101, on 31,665: sales beside other goods in a new requirement were right 66 times
# and wrong 190; only online trade and samples named so go ("including e-commerce orders",
# "samples"): "businesses sending goods", "all commercial shipments", "commercial items and
# gifts" scope the rule by sales, as the labels' convention has it, even where the counts
# disagree. Dangerous goods beside the goods of a limit 36 and 64 and of a stop 30 and 43,
# named in general ("lithium batteries and other dangerous goods"), not as items of their own
# ("aerosols and lighters"). Session 102, on 32,145: gifts beside other goods in a new
# requirement 23 and 74 and in a ban 7 and 29, kept beside sales and where they make the
# parcels a rule is of ("gift parcels containing food"); sales beside the goods of a limit 12
# and 25 ("shipments over the limit are treated as commercial imports"), kept where named as
# the shipments the limit is of ("commercial consignments of food are limited to 20 kg").
# Session 103, on 32,545: gifts beside the goods of a suspension (read 26 better, 9 worse), kept
# where a stop of all mail names them beside letters ("letters, documents and gift items").
# Session 104, on 32,625: online trade named beside other goods in a stop or an all-clear ("express
# and e-commerce shipments", "support exporters and e-commerce sellers") read 13 better, 1 worse;
# sales named only on a line of a list or a table of a new requirement's data ("- HS code for
# commercial items", "Business customers: the HS code") 98 better, 13 worse, unseen 18 better;
# on 32,945, with the gifts beside them ("every item, including gifts") 7 better, 2 worse,
# unseen 2 better
_EXAMPLES_FOR_KIND = {
    "documents": frozenset({"prohibited_items", "duty_tax_change", "new_requirement"}),
    "commercial_goods": frozenset(
        {
            "prohibited_items",
            "delay",
            "informational",
            "new_requirement",
            "restriction",
            "suspension",
            "resumption",
        }
    ),
    "textiles": frozenset({"new_requirement", "suspension"}),
    "jewelry": frozenset({"duty_tax_change"}),
    "dangerous_goods": frozenset({"restriction", "suspension"}),
    "gifts": frozenset({"new_requirement", "prohibited_items", "suspension"}),
}
# Dangerous goods named in general ("other dangerous goods", "Gefahrgüter", "matières
# dangereuses"; normalised), not one of them ("aerosols", "lighters", "dry ice")
_DANGER_IN_GENERAL = lazy_compile(
    r"dangerous|hazard|gefahr|dangereu|peligros|pericolos|gevaarlijk|perigos|niebezpieczn|"
    r"nebezpecn|\bопасн|небезпечн|επικινδυν|\bveszelyes|tehlikeli|farlig|vaarallis|ohtlik|"
    r"bistam|pavojing|periculoas|\bopasn|nevarn|危险|危險|危険|위험|خطر"
)
# ... said as the class its members belong to ("dangerous goods, including perfumes",
# "matières dangereuses, y compris les aérosols"): the subject, not an aside
_CLASS_WITH_MEMBERS = lazy_compile(
    r"(?:\s+\w+){0,2}?,?\s*\(?(?:including|such as|like|y compris|notamment|tels? que|telles que|"
    r"einschlie(?:ss|ß)lich|wie|incluidos|incluidas|incluyendo|como|tales como|come|compresi|"
    r"comprese|inclusief|zoals|incluindo|takie jak|np)\b"
)
# "all (cross-border) e-commerce parcels", "所有跨境电商包裹" (normalised): the scope, not an
# example
_EVERY_BEFORE = lazy_compile(
    r"\b(?:all|every|each|alle|jede\w*|tous|toutes|todos|todas|tutti|tutte|wszystkie)\s+"
    r"(?:\S+\s+){0,2}$|(?:所有|全部)$"
)
# Online trade and samples ("e-commerce", "comercio electrónico", "跨境电商", "samples";
# normalised): named beside goods in general, an example of what a rule covers
_TRADE_AS_EXAMPLE = lazy_compile(
    r"commerce|comercio|samples?|muestras|echantillons|warenmuster|campioni|"
    r"online purchases|跨境|电商|電商"
)
# a carrier's charge on every shipment, letters too ("emergency situation surcharge")
_SURCHARGE = lazy_compile(
    r"\b(?:\w*surcharges?|\w*zuschlag\w*|recargos?|sobretaxas?|supplemento|toeslag\w*|"
    r"tillagg\w*|tillaeg\w*)\b"
)


Spans = list[tuple[int, int]]


def _documents_kept(doc: Doc, kind: str, categories: list[str], spans: Spans) -> bool:
    """Whether the letters a kind names beside goods are named as such: a carrier's surcharge
    is paid on letters too; "immigration documents" are goods of a ban's list; "All
    shipments, including documents, ... are affected", "documents and non-documents"."""
    if kind == "duty_tax_change" and _SURCHARGE.search(doc.norm):
        return True
    if kind == "prohibited_items" and any("document" in doc.norm[a:b] for a, b in spans):
        return True
    return any(
        _included_documents(doc, a, b)
        # (the word for documents: "letters and parcels imported" is mail, which may hold goods)
        or (_DOCUMENT_WORD.search(doc.norm, a, b) and _DOCUMENTS_AND_GOODS.match(doc.norm, b))
        for a, b in spans
    )


_DOCUMENT_WORD = lazy_compile(r"do[ck]ument")
# Documents paired with the goods a rule holds for alike (normalised): "documents and
# non-documents", "documentos y mercancías", "des documents ou des marchandises"
_DOCUMENTS_AND_GOODS = lazy_compile(
    r"(?:[- ]only)?\s*(?:and|or|&|/|et|ou|y|o|und|oder|e|en)\s+(?:(?:des|de|les|los|las|die)\s+)?"
    r"(?:non[- ]?documents?|non[- ]document shipments|goods|merchandise|parcels|packages|"
    r"low value|dutiable|marchandises|colis|mercancias|paquetes|waren|pakete|mercadorias|"
    r"pacotes|merci|pacchi|goederen|pakketten)\b"
)


def _danger_kept(doc: Doc, kind: str, categories: list[str], spans: Spans) -> bool:
    """Whether the dangerous goods are what the change is of: items of their own ("aerosols
    and lighters"), the class a title names ("Suspension of dangerous goods shipments") or
    the class of what follows ("dangerous goods, including perfumes"); not "lithium batteries
    and other dangerous goods"."""
    return not any(
        not doc.in_title(a)
        and _DANGER_IN_GENERAL.search(doc.norm, a, b)
        and not _CLASS_WITH_MEMBERS.match(doc.norm, b)
        for a, b in spans
    )


# Sales named as the shipments a limit is of ("commercial consignments of food", "envíos
# comerciales", "gewerbliche Sendungen", "商业快件"; normalised) ...
_SHIPMENT_WORDS = (
    r"shipments?|consignments?|parcels?|items|imports|sendungen|pakete|envios?|envois|colis|"
    r"spedizioni|remessas|zendingen|forsandelser|przesylki|zasilky|посылки|отправления|"
    r"快件|包裹|郵件|邮件|αποστολες"
)
_SALES_SHIPMENT_IN = lazy_compile(_SHIPMENT_WORDS)
_SHIPMENT_BEFORE_SALES = lazy_compile(rf"\b(?:{_SHIPMENT_WORDS})\s+(?:\w+\s+)?$")
# (the next word, or the end of a compound: "gewerbliche Lebensmittelsendungen")
_SHIPMENT_AFTER_SALES = lazy_compile(rf"\s*\w*?(?:{_SHIPMENT_WORDS})")
# ... not what a limit's excess is treated as ("booked as commercial shipments", "serán
# considerados como envíos con fines comerciales"), nor an example ("including commercial
# shipments", "incluidos los envíos de comercio electrónico")
_EXCESS_OR_EXAMPLE_BEFORE = lazy_compile(
    r"\b(?:(?:treated|considered|deemed|booked|regarded|classed|classified) as|"
    r"considerad\w* como|tratad\w* como|considere\w* comme|repute\w*|behandelt als|gelten als|"
    r"gilt als|trattat\w* come|considerat\w* come|uznan\w* za|betraktas som|anses som|"
    r"regnes som|including|incl|includ\w*|incluid\w*|incluind\w*|y compris|einschlie\w*|"
    r"inklusive|compres\w*|inclus\w*|inclusief)\s+(?:\S+\s+){0,4}$"
)


def _sales_shipments(doc: Doc, a: int, b: int) -> bool:
    """Whether the sales at ``a:b`` are named as the shipments a limit is of."""
    shipment = (
        _SALES_SHIPMENT_IN.search(doc.norm, a, b)
        or _SHIPMENT_AFTER_SALES.match(doc.norm, b)
        or _SHIPMENT_BEFORE_SALES.search(doc.norm, max(0, a - 24), a)
    )
    return bool(shipment) and not _EXCESS_OR_EXAMPLE_BEFORE.search(doc.norm, max(0, a - 40), a)


def _sales_kept(doc: Doc, kind: str, categories: list[str], spans: Spans) -> bool:
    """Whether the sales a new requirement names are its scope ("commercial items and gifts
    alike", "businesses sending goods", "all commercial shipments", a title's "e-commerce
    parcels"), not an example ("including e-commerce", "samples"); those a limit names as the
    shipments it is of ("commercial consignments of food"); those a stop or an all-clear
    names, unless only as online trade; in the other kinds of _EXAMPLES_FOR_KIND they are
    always an example. A new requirement's sales named only on lines of a list or a table
    ask one more field of them ("- for commercial items, the HS code"): an example."""
    if kind == "restriction":
        return any(_sales_shipments(doc, a, b) for a, b in spans)
    if kind in ("suspension", "resumption"):
        return not all(_trade_as_example(doc, a, b) for a, b in spans)
    return (
        kind == "new_requirement"
        and not all(not doc.in_title(a) and _in_list_line(doc, a) for a, b in spans)
        and ("gifts" in categories or not any(_trade_as_example(doc, a, b) for a, b in spans))
    )


def _in_list_line(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` is on a line of a list or a table (a bullet, a number, " | ")."""
    la, lb = doc.line_of(pos)
    return doc.full.count(" | ", la, lb) > 0 or strip_bullet(doc.full[la:lb])[1]


def _trade_as_example(doc: Doc, a: int, b: int) -> bool:
    """Online trade or samples named in the body, not as all of them ("all e-commerce
    parcels")."""
    return (
        not doc.in_title(a)
        and _TRADE_AS_EXAMPLE.search(doc.norm, a, b) is not None
        and not _EVERY_BEFORE.search(doc.norm, max(0, a - 40), a)
    )


# A kind of shipment made of gifts ("gift parcels", "Geschenksendungen", "colis cadeaux",
# "paquetes de regalo", "pacchi regalo", "礼品包裹"; normalised): the parcels a rule is of
_GIFT_PARCEL_IN = lazy_compile(
    r"parcel|package|sendung|zending|forsendel|forsandel|paket|pakke|pacote|encomenda"
)
_PARCEL_BEFORE_GIFT = lazy_compile(
    r"\b(?:colis|envois?|paquetes?|envios?|pacchi|pacco|spedizioni|encomendas?|pacotes?|"
    r"przesylk\w*|paczk\w*|zasilky|balicky)\s+(?:de\s+|d'|di\s+|z\s+)?$"
)
# (not "gift boxes": mooncakes in gift boxes are goods)
_PARCEL_AFTER_GIFT = lazy_compile(
    r"\s*(?:parcels?|packages?|consignments?|shipments?|посылк|отправлени|包裹|快件|小包|"
    r"の小包|の荷物)"
)


def _gifts_kept(doc: Doc, kind: str, categories: list[str], spans: Spans) -> bool:
    """Whether the gifts a new requirement or a ban names are its scope: beside sales, the
    pair that splits all goods ("commercial and gift items alike need full data"), or the
    parcels the rule is of ("gift parcels containing food must carry ..."); otherwise,
    beside goods, they are an example or an exemption ("including gifts", "gifts under 45
    euros are exempt"). (Gifts in the title kept too: read 3 better, 6 worse.)"""
    # (beside sales in a new requirement only: a ban drops the sales beside other goods, and
    # keeps gifts only as the parcels it is of)
    return (
        (kind == "new_requirement" and "commercial_goods" in categories)
        # (a stop of all mail that names letters and gifts among what stops: "letters,
        # documents and gift items")
        or (kind == "suspension" and "documents" in categories)
    ) or any(
        _GIFT_PARCEL_IN.search(doc.norm, a, b)
        or _PARCEL_BEFORE_GIFT.search(doc.norm, max(0, a - 24), a)
        or _PARCEL_AFTER_GIFT.match(doc.norm, b)
        for a, b in spans
    )


# When a category of _EXAMPLES_FOR_KIND is named as such after all (given the kind, the
# categories found and the category's evidence spans)
_KEPT_AS_NAMED: dict[str, Callable[[Doc, str, list[str], Spans], bool]] = {
    "documents": _documents_kept,
    "dangerous_goods": _danger_kept,
    "commercial_goods": _sales_kept,
    "gifts": _gifts_kept,
}


def scoped_to_kind(doc: Doc, kind: str, cats: CategoryResult) -> CategoryResult:
    """``cats`` without the categories the notice's final ``kind`` names only as examples
    beside other goods (a category alone stays)."""
    categories, evidence = cats.categories, cats.evidence
    for cat, kinds in _EXAMPLES_FOR_KIND.items():
        if kind not in kinds or cat not in categories or len(categories) < 2:
            continue
        kept = _KEPT_AS_NAMED.get(cat)
        spans = [(a, b) for c, a, b in evidence if c == cat]
        # (the categories found, not those left: a ban drops sales before it weighs gifts)
        # (a new requirement's gifts beside the sales it kept: "commercial and gift items
        # alike"; not beside sales dropped as one line of its list, which the gifts of
        # "including gifts" would otherwise keep and be kept by)
        found = categories if (cat, kind) == ("gifts", "new_requirement") else cats.categories
        if kept is not None and kept(doc, kind, found, spans):
            continue
        categories = [c for c in categories if c != cat]
        evidence = [e for e in evidence if e[0] != cat]
    if "dangerous_goods" in categories and _FLAMMABLE_OF.intersection(categories):
        spans = [(a, b) for c, a, b in evidence if c == "dangerous_goods"]
        if all(
            _FLAMMABLE_LIQUIDS.search(doc.norm, a, b)
            # (not "one of the flammable liquids classed as dangerous goods": the class named)
            and not _DANGER_CLASS_WORDS.search(doc.norm, *doc.sentence_of(a))
            # (not "flammable liquids and perfumes are prohibited": listed as goods beside them)
            and not _listed_with_goods(doc, a, b)
            for a, b in spans
        ):
            # "perfumes are classed as flammable liquids": why the perfume is stopped
            categories = [c for c in categories if c != "dangerous_goods"]
            evidence = [e for e in evidence if e[0] != "dangerous_goods"]
    if categories is cats.categories:
        return cats
    return CategoryResult(categories, evidence, cats.shipping_words)


# Flammable liquids named beside perfumes, liquids or alcohol are what those goods are, unless
# their sentence names the class (read set of 32,545: 21 notices better, 4 worse); normalised
_FLAMMABLE_OF = frozenset(("perfumes_cosmetics", "liquids", "alcohol"))


# The class named in words (normalised), "dangerous goods regulations" too: the lexicon's
# DANGER_CLASS leaves out some of what these words say (measured: 2 notices each way)
_DANGER_CLASS_WORDS = lazy_compile(
    r"dangerous goods|hazardous materials?|gefahrgut|marchandises dangereuses|"
    r"mercancias peligrosas|merci pericolose|gevaarlijke goederen|mercadorias perigosas"
)


def _listed_with_goods(doc: Doc, a: int, b: int) -> bool:
    """Whether the goods at ``a``-``b`` stand in a list with other goods, right after or right
    before them ("flammable liquids and perfumes", "Parfüm sowie entzündbare Flüssigkeiten")."""
    return any(
        _goods_of_their_own(o) and (_next_in_list(doc, b, o.start) or _next_in_list(doc, o.end, a))
        for o in lexicon.matches(doc, "categories")
    )


_FLAMMABLE_LIQUIDS = lazy_compile(
    r"flammable liquid|liquides? inflammables?|liquidos inflamables|entzundbare flussigkeit|"
    r"brennbare flussigkeit|liquidi infiammabili|brandbare vloeistof|liquidos inflamaveis"
)
