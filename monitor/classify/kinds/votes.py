"""A trigger's vote and the spans of its words: clause and sentence bounds, the gates a
trigger must pass, and the fast paths of gapped patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from monitor.classify import lexicon
from monitor.classify.kinds.phrases import _NO_CHANGE, dated_span
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match, parse_phrase
from monitor.classify.normalize import is_cjk, is_katakana
from monitor.classify.resources import load_yaml
from monitor.classify.text import Doc, day_dot
from monitor.classify.wordstart import GuardedPattern, _top_level_alternatives, word_start

# Words that ask for something ("no special handling is required"): a negation anywhere in
# their clause turns them into "nothing needed".
# What a weak word of need asks for when it states a rule: "parcels need a VOEC number"
_REQUIRED_OBJECT = lazy_compile(
    r"\s+(?:[\w-]+\s+){0,6}?(?:numbers?|permits?|licen[cs]es?|certificates?|codes?|declarations?|"
    r"invoices?|forms?|labels?|etiquettes?|etiquetas?|etichett[ae]|etiketten|etikett|eori|ioss|"
    r"voec|pccc|cpf|nummer|genehmigung|lizenz|bescheinigung|"
    r"numéro|numero|permis|licence|certificat|permiso|licencia|certificado|rechnung|facture|"
    r"factura|fattura|factuur|handelsfactuur|fatura|faktur\w*|инвоис|інвоис|счет фактур\w*|"
    r"cislo|numer\w*|rut|nip|declaration|declarations|declaracion|deklaracj\w*|prohlaseni|"
    r"prohlášení|номер\w*|декларац\w*|фактур\w*|"
    # "all parcels must have electronic data" (advance data for customs)
    r"data|datos|donnees|daten|dati|dados|gegevens|dane)\b"
)
# ... within three words of the need
_REQUIRED_OBJECT_NEAR = lazy_compile(_REQUIRED_OBJECT.pattern.replace("{0,6}?", "{0,3}?", 1))
# Words of mail or goods that a rule of need speaks of (normalised: "zásilky" reads "zasilky")
_MAIL_NOUNS = (
    r"\b(?:parcels?|items?|shipments?|consignments?|packages?|goods|mail|sendungen|pakete|"
    r"waren|envois|colis|envios|spedizioni|zendingen|goederen|pakketten|marchandises|mercancias|"
    r"merci|mercadorias|encomendas|towary|paczk\w*|przesyłk\w*|товары|посылк\w*|товари|посилк\w*|"
    r"zasilek|zasilk\w*|balik\w*|forsandelse\w*|paket|отправлени\w*|відправлен\w*|paquetes|pacchi|"
    r"колет\w*|пратк\w*)"
)
# (or goods sent "by post": "les produits importés au Canada par la poste ou par messagerie
# devront porter sur leur étiquette un numéro")
_MAIL_SUBJECT = lazy_compile(
    r"(?:" + _MAIL_NOUNS + r"|\b(?:by post|by mail|by courier|par la poste|par messagerie|"
    r"per post|per posta|por correo|pelo correio|mit der post)"
    r")\b[^.;:?!]{0,30}$"
)
# mail, or its acceptance: what a stop of an office's counter may be about
MAIL_OR_ACCEPTANCE = lazy_compile(
    _MAIL_NOUNS + r"|\b(?:acceptance|annahme|paketannahme|letters?|briefe|courrier|przyjmowani\w*|"
    r"accettazione|aceptaci\w+|acceptation|acceptatie|postagem|postagens|lettere|cartas)\b"
)


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
_MAIL_WORD = lazy_compile(_MAIL_NOUNS + r"\s+(?:to|into|do|nach|naar|vers|para|per|na|в|до)\b")
# Patterns that start with their needle may start the search there ("must", "no longer").
_STARTS_WITH_NEEDLE = frozenset(("must", "kein", "no longer", "unable", "wieder", "only"))


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


_BREAK_CHAR = lazy_compile(r"[,;:.!?()\n]")  # what ends a clause part
_CONTRAST_WORD = GuardedPattern(
    # (Portuguese "mas", but not Spanish "más información", "more information", as normalised)
    word_start(
        r"\b(?:but|however|aber|jedoch|mais|pero|ma|maar|mas(?! (?:informaci|info\b|detalles))|"
        r"но|але)\b"
    ),
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
    domestic: bool = False  # said of mail within the country ("domestic parcels are delayed")


@dataclass(slots=True)
class KindResult:
    kind: str  # a kind id, or "irrelevant"
    score: float
    evidence: list[tuple[str, int, int]] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    irrelevant_topics: int = 0


@lru_cache(maxsize=1)
def _weak() -> frozenset[str]:
    return lexicon.list_keys("kinds.yaml", "weak")


# Lists of kinds.yaml whose triggers count only when a condition holds (see the file)
_GATES = (
    "object_needed",
    "change_needed",
    "ban_verbs",
    "goods_needed",
    "abroad_needed",
    "crossing_needed",
    "place_needed",
    "place_or_abroad_needed",
    "news_needed",
    "not_over",
    "sending_needed",
    "negated_nearby",
)


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
        if gate == "goods_needed" and not _banned_goods(doc, start, []):
            return False  # "payment by cheque will not be permitted": no goods, no ban
        if gate == "sending_needed" and not _goods_sent(doc, start, end, place_starts):
            return False  # "non è consentito il pagamento in contanti": no goods banned
        if gate == "abroad_needed" and not _ABROAD.search(doc.norm, *doc.sentence_of(start)):
            return False  # "ふるさと小包のお取扱いを終了": a domestic service ends
        if gate == "crossing_needed" and not _CROSSING.search(doc.norm, *doc.sentence_of(start)):
            return False  # "el paquete deberá acompañarse del justificante": a counter's slip
        if gate == "place_needed" and not _said_of_place(doc, end, place_starts, start):
            return False  # "allow extra time for remote areas", "claims need to include ..."
        if (
            gate == "place_or_abroad_needed"
            and not (
                _SENT_ABROAD.search(doc.norm, *doc.sentence_of(start)) and _told_as_news(doc, start)
            )
            and not _said_of_place(doc, end, place_starts, start)
        ):
            return False  # "returns can only be sent using the prepaid label"; a standing guide
        if gate == "news_needed" and not _told_as_news(doc, start):
            return False  # "Unsere Annahmebedingungen finden Sie in den AGB"
        if gate == "not_over" and not _said_of_place(doc, end, None):
            return False  # "Heeft uw pakket vertraging?", "de vertraging ... is opgelost"
        if gate == "negated_nearby" and _negated_nearby(doc, start, end):
            return False  # "il n'y aura aucun supplément temporaire", "bez prodloužení lhůt"
    return True


def _place_dot(full: str, dot: int) -> bool:
    """Whether the dot at ``dot`` ends the abbreviation of a place name ("St. Thomas")."""
    return full.startswith(_PLACE_ABBREVIATIONS, max(0, dot - 3), dot) and (
        dot < 4 or not full[dot - 4].isalpha() or full[dot - 3] == " "
    )


_PLACE_ABBREVIATIONS = (" St", " Mt", " Ft", "Ste")
# The dot of an ordinal number in a date, before a word in lower case or a range's dash:
# Estonian "11.–24. märtsini", Finnish "1.3. alkaen", Czech "od 5. září" (one clause)
_ORDINAL_DOT_NEXT = lazy_compile(r"(?:\d{1,2}\.)?[^\S\n]*(?:[-\u2013]\s*\d|[^\W\d_])")


def _ordinal_dot(full: str, end: int) -> bool:
    """Whether the dot ending at ``end`` follows a number of one or two digits and comes before
    a word in lower case or a dash and a number (not "... in 2024. Parcels ...")."""
    if end < 2 or not full[end - 2].isdigit() or (end > 3 and full[end - 4].isdigit()):
        return False
    m = _ORDINAL_DOT_NEXT.match(full, end)
    return m is not None and (not m.group()[-1].isalpha() or m.group()[-1].islower())


def _last_break(doc: Doc, rev: str, a: int, b: int) -> re.Match[str] | None:
    """The first break in ``rev[a:b]`` (the last one before a position), past the dots of a
    day ("ab dem 1. Januar") and of a place's abbreviation ("St. Thomas"): one clause."""
    n = len(rev)
    last = _BREAK_CHAR.search(rev, a, b)
    while (
        last is not None
        and last.group() == "."
        and (
            day_dot(doc.full, n - last.start())
            or _place_dot(doc.full, n - last.end())
            or _ordinal_dot(doc.full, n - last.start())
        )
    ):
        last = _BREAK_CHAR.search(rev, last.end(), b)
    return last


def _clause_start(doc: Doc, pos: int, limit: int = 60) -> int:
    """Where the clause part before ``pos`` starts (at most ``limit`` chars back): after the
    last break or contrast word. Read in place, without copying the chunk."""
    start = max(0, pos - limit)
    # the last break in full[start:pos] is the first one in the reversed text from len - pos
    rev = doc.reversed_full()
    n = len(rev)
    last = _last_break(doc, rev, n - pos, n - start)
    cut = n - last.start() if last else start
    first = True
    while last is not None and last.group() in "()":
        # a bracket of codes is an aside: "No customs declaration (CN22/CN23) is required" is
        # one clause, and so is "no customs declaration (CN22/CN23"; not "(not letters)"; nor
        # are two: "Flights into San Juan (SJU) and St. Thomas (STT) are suspended"
        opening = doc.full.rfind("(", start, cut) if last.group() == ")" else cut - 1
        inside = doc.full[opening + 1 : cut - 1 if last.group() == ")" or not first else pos]
        if opening < start or " " in inside.strip():
            break
        first = False
        last = _last_break(doc, rev, n - opening, n - start)
        while last is not None and last.group() == "(":
            last = _last_break(doc, rev, last.end(), n - start)
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


# A fee said to be new or to change: a year, a date or a word of change in its sentence
_FEE_CHANGE = lazy_compile(
    r"\b(?:19|20)\d\d(?:\b|(?=[\ub144\u5e74]))|\b(?:new|neue?[nrs]?|nouveaux?|nouvelles?|nuevos?|nuevas?|nuov[oaie]|"
    r"nieuwe?|nov[oa]s?|now[aey]|новы\w*|нов\w*|introduc\w*|einf[uü]hr\w*|steig\w*|erh[oö]h\w*|"
    r"increas\w*|rais\w*|augment\w*|aument\w*|verhoog\w*|podwy[zż]\w*|повыш\w*|підвищ\w*|"
    r"desde|vanaf|a partir|mainas|jaun\w*|keicia\w*|nauj\w*|muutu\w*|uu[sd]\w*|bagong|tataas|"
    r"zvys\w*|povec\w*|creste|majorar\w*|noi|sobe|sobem|passa de|passam de|sube|suben|"
    # an exemption abolished: "afskaffes", "poistuu", "abolita", "vervalt", "se elimina"
    r"afskaff\w*|poistu\w*|abol\w*|afschaf\w*|vervalt|desaparec\w*|eliminad[ao]s?|se elimina|"
    r"eliminat[aoie]|eliminated|suprimid[ao]s?|se suprime|supprime\w*|(?<!a )fim d[aoe]|"
    r"ophor\w*|opphev\w*|upphav\w*|kumo\w*|scrap\w*|ends?|ended)\b|"
    r"(?<!\w)(?:نئی|نیا|نئي|نيا|نئے|تبديلي|تبدیلی)(?!\w)|নতুন|বৃদ্ধি|الغاء|"
    # Lithuanian, Latvian and Slovenian "introduces", Bengali "imposed", Swahili and Kazakh "new",
    # Tagalog "change"; rises and "from" a day in the languages of the lexicon's fee words
    r"\b(?:ived\w*|iev[ie]s\w*|uvaja\w*|uvede\w*|mpya|жаңа|pagbabago|babaguhin|hoj\w*|"
    r"stijg\w*|stiger|stige|oges|okes|nouse\w*|emelked\w*|emelik|αυξαν\w*|αυξηση|tang|naik|"
    r"yukseli\w*|artir\w*|artiyor|zdraz\w*|podraz\w*|wzrosn\w*|wzrasta|rosnie|cresc\w*|"
    r"itibaren|didej\w*|piu alt[io]|emel\w*)\b|tăng|điều chỉnh|वृद्धि|인상|인하|부터|改定|"
    r"\d日(?:より|から)|\d+\s+\S+\s+से(?!\w)|\d\.? ?t[oó]l\b|"
    # "from" a day: "från den 1 februari", "od 1 marca", "mulai 1 Desember", "from 1 July"
    r"\b(?:fran|fra|od|от|від|mulai|kuanzia|dari|a compter du|des le|ab|from|as of|nuo|van|dal|"
    r"effective|starting)\s+(?:[^\W\d]+\s+){0,2}\d|từ ngày \d|আরোপ|"
    # Hebrew "new", "raise", "cut", "change", "cancel"
    r"חדש\w*|העלא\w*|הפחת\w*|שינוי|ישתנ\w*|משתנ\w*|יבוטל\w*|בוטל\w*|ביטול|תבטל|"
    # Bengali "change", "raised", "lowered", "cut" (the nukta letters as the text has them)
    r"পরিবর্তন|বা(?:ড\u09bc|\u09dc)(?:িয\u09bc|\u09bf\u09df|ান)|কমিয\u09bc|কমি\u09df|কমান|হ্রাস|"
    r"\d{4}年|\d{3}年\d{1,2}月|調低|调低|調高|调高|提高|下调|下調|上调|"
    r"上調|降低|引き下げ|引き上げ|調整|调整|降為|降为|修正|變更|变更"
)


# A delay or a need said of nothing in particular: a question of a FAQ, or over once named
_RESOLVED_AFTER = lazy_compile(
    r"[^.;:!?\n]{0,60}?\b(?:(?:is|zijn|werd|werden)\s+)?(?:\w+\s+)?(?:opgelost|voorbij|"
    r"verholpen|weggewerkt|ingelopen)\b"
)


# The negations of the languages of kinds.yaml's ``negated_nearby``, before the change word in
# its clause (not one that says it ends: "n'appliquera plus de supplément") or after it
_NEGATION_BEFORE = lazy_compile(
    r"\b(?:aucun|aucune|pas de|pas d'un|sans|ningun|ninguna|no se aplicara|no se cobrara|"
    r"no aplicaremos|no habra|sin|nao|nenhum|nenhuma|sem|geen|non|nessun|alcun|senza|"
    r"bez|neocekavame|nepocitame|ei|eivat)\b"
    r"(?![^.;:]{0,30}\b(?:plus|mais|meer|mas|piu)\b)[^.;:]*$"
)
_NEGATION_AFTER = lazy_compile(r"[^.;:,]{0,50}\b(?:nedojde|nehrozi|neocekavame|nebude)\b")
_NO_MORE_AFTER = lazy_compile(r"[^.;:,]{0,40}\b(?:meer|mais|plus)\b")


def _negated_nearby(doc: Doc, start: int, end: int) -> bool:
    """Whether a negation of the change word's own language says it will not come."""
    norm = doc.norm
    before = _NEGATION_BEFORE.search(norm, max(_clause_start(doc, start), start - 50), start)
    return (before is not None or _NEGATION_AFTER.match(norm, end) is not None) and not (
        _NO_MORE_AFTER.match(norm, end)  # "geen tijdelijke toeslag meer": it ends
    )


_NOT_OVER = lazy_compile(r"\b(?:niet|geen|tot|totdat|zodra|verwachting|nog)\b")


def _said_of_place(
    doc: Doc, end: int, place_starts: list[int] | None, start: int | None = None
) -> bool:
    """Whether a delay or need phrase ending at ``end`` speaks of a change: not in a question,
    not said to be over, and (with ``place_starts``) with a place in its sentence, or pointing
    at the places named before ("to these destinations") in a sentence that tells no
    timetable."""
    a, b = doc.sentence_of(end - 1)
    if not doc.in_title(a) and doc.full[a:b].rstrip().endswith("?"):
        return False  # "Heeft uw pakket vertraging?": a question of a FAQ
    over = _RESOLVED_AFTER.match(doc.norm, end)
    if over is not None and not _NOT_OVER.search(doc.norm, end, over.end()):
        return False  # "de vertraging ... is opgelost"; not "nog niet opgelost", "tot ... voorbij"
    return (
        place_starts is None
        or any(a <= p < b or doc.in_title(p) for p in place_starts)  # in its sentence or title
        # or the places named before, pointed at: "to these destinations", "till dessa länder"
        # (read on the normalised text: no accents)
        or (
            _THESE_PLACES.search(doc.norm, a, b) is not None
            # places were named before, and the sentence does not compare with a standing time
            # or a posting date ("Letters to these countries normally take 2 extra working days
            # compared with Europe", "Items to these destinations posted after these dates may
            # arrive later than usual": a timetable, no delay)
            and any(p < a for p in place_starts)
            and not _standing_time(doc, a, b, start if start is not None else end, end)
        )
        # or the places listed under it: "allow extra time for shipments to the following
        # destinations:" over "- Mainland China: 14–22 February"
        or (
            doc.full[a:b].rstrip().endswith(":")
            and _FOLLOWING_PLACES.search(doc.norm, a, b) is not None
            and any(b <= p < b + _LISTED_REACH for p in place_starts)
        )
    )


# A standing delivery time or a posting deadline said in the sentence (besides the phrase
# itself: "later than usual", "längre än normalt" hold "usual"/"normalt")
_STANDING_TIME = lazy_compile(
    # (not "normalt" after "than": "två arbetsdagar längre än normalt" is the delay itself)
    r"\b(?<!an )(?<!than )(?<!enn )(?<!end )(?<!als )"
    r"(?:normally|usually|typically|as a rule|in general|generally|normalt|vanligtvis|"
    r"vanligvis|normalerweise|in der regel|normalement|habituellement|en general|normalmente|"
    r"habitualmente|di solito|doorgaans|gewoonlijk|normaal gesproken|compared (?:with|to)|"
    r"jamfort med|sammenlignet med|i forhold til|im vergleich|par rapport|than (?:for|within|"
    r"inside|domestic|in the uk|inland)|an (?:for|inom|inrikes)|end (?:for|inden|indenlandsk\w*)|"
    r"enn (?:for|innen|innenlands)|als (?:innerhalb|im inland|fur)|posted after|sent after|"
    r"after (?:these|this|the last) (?:dates?|posting)|last posting|efter dessa datum|"
    r"efter disse datoer|etter disse datoene|nach diesen terminen|apres ces dates|"
    r"despues de estas fechas)\b"
)


def _standing_time(doc: Doc, a: int, b: int, start: int, end: int) -> bool:
    return (
        _STANDING_TIME.search(doc.norm, a, start) is not None
        or _STANDING_TIME.search(doc.norm, end, b) is not None
    )


# The places a sentence points at, listed under it
_FOLLOWING_PLACES = lazy_compile(
    r"\b(?:following|folgenden|volgende|siguientes|seguintes|seguenti) (?:countries|"
    r"destinations|territories|markets|lander|bestimmungslander|landen|bestemmingen|destinos|"
    r"paises|paesi|destinazioni)\b|"
    r"\b(?:pays|destinations) (?:suivants|suivantes)\b|"
    r"\b(?:countries|destinations) (?:below|listed below)\b"
)
_LISTED_REACH = 400  # characters under the sentence where its list of places stands
_THESE_PLACES = lazy_compile(
    r"\b(?:these|those|dessa|disse|diese|dieses|ces|estos|estas|esses|essas|estes|questi|queste|"
    r"deze) (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) )?"  # "these four"
    r"(?:countries|destinations|territories|islands|lander|lande|land|landern|"
    r"destinationer|destinasjoner|pays|territoires|iles|paises|destinos|territorios|"
    r"islas|paesi|destinazioni|territori|isole|landen|bestemmingen|eilanden|ilhas)\b"
)


def _banned_goods(doc: Doc, start: int, place_starts: list[int]) -> bool:
    """Whether an active verb of banning has goods, an import or a place in its sentence."""
    a, b = doc.sentence_of(start)
    if _IMPORT_WORD.search(doc.norm, a, b) or any(a <= p < b for p in place_starts):
        return True
    return any(
        a <= m.start < b and not m.value.startswith("_") for m in lexicon.matches(doc, "categories")
    )


# What a Romance "not permitted" may be said of that is no sending of goods: paying, entering,
# parking, collecting, handing in at a box, using a packaging or label, changing an address
_NOT_SENDING_ACT = lazy_compile(
    r"\b(?:pag(?:o|amento|amenti)|paiements?|acce(?:s|so)|accesso|acesso|entrada|ingresso|ingreso|"
    r"stationnement|estacionamiento|estacionar|parcheggi\w*|ritiro|retrait|recogida|levantamento|"
    r"depot|deposito|uso|utiliza\w*|utilizz\w*|utilisation|fum(?:ar|er|are)|alterar|alteracao|"
    r"modific\w*|responder|reclamation|reclamo|reclamacao)\b"
)
# a word of sending goods abroad or importing them
_SENDING_WORD = word_start(
    r"\b(?:envi[oa]\w*|envoi\w*|envoy\w*|expedi\w*|sped\w*|invi[oia]\w*|remess\w*|despach\w*|"
    r"import\w*|colis|pacch\w*|paquet\w*|encomenda\w*|mercadori\w*|mercanc\w*|merci|marchandises?)"
)


def _goods_sent(doc: Doc, start: int, end: int, place_starts: list[int]) -> bool:
    """Whether a Romance "not permitted" bans sending goods: a place in its sentence, or, with
    no act of another kind as its subject ("il pagamento", "le stationnement"), a word of sending,
    goods or a category in its sentence."""
    a, b = doc.sentence_of(start)
    if any(a <= p < b for p in place_starts):
        return True
    norm = doc.norm
    for lo, hi in ((max(a, _clause_start(doc, start)), start), (end, min(b, end + 40))):
        # the head of the subject comes first: "il ritiro del pacco", "le dépôt de colis" (not
        # "el envío de productos de uso personal")
        act = _NOT_SENDING_ACT.search(norm, lo, hi)
        if act is not None:
            sent = _SENDING_WORD.search(norm, lo, hi)
            if sent is None or act.start() < sent.start():
                return False
    return _SENDING_WORD.search(norm, a, b) is not None or _banned_goods(doc, start, [])


# a word of mail abroad, for the stops that need one (Japanese: international, abroad, addressed to)
# ("カナダあて", "国あて": not "郵便局あて", "手あて", "割あて")
_ABROAD = lazy_compile(r"国際|海外|宛て|宛|(?<=[\u30a1-\u30fa\u30fc])あて|国あて|仕向|国外")
# Spanish words of goods that cross a border: imports, customs, abroad (normalised text)
_CROSSING = lazy_compile(
    r"\b(?:import\w*|ingres\w* al pais|aduan\w*|internacional\w*|exterior|extranjero|"
    r"con destino)\b"
)
# English words of sending abroad that name no country ("can only be sent overseas"; not
# "internationally recognised")
_SENT_ABROAD = lazy_compile(
    r"\b(?:abroad|overseas|(?:sent|posted|shipped|mailed) internationally|"
    r"international (?:destinations|mail|items|parcels)|outside the (?:uk|eu|us|country))\b"
)
# Words of news: "new", "Zmiana", "nouvelles", "변경", "调整", "what changes" (normalised text)
_NEWS = lazy_compile(
    r"\b(?:new|nouvell?e?s?|nouveaux|neue[nrs]?|nuev[oa]s|nov[oa]s|nye|nya|ny|nove|nowe|"
    r"нові|нов\w+|zmian\w*|zmen\w*|changes?|changed|changing|modifi\w+|anderung\w*|"
    r"andert|cambi\w*|wijziging\w*|revis\w+|updated?|adjust\w*|jauns|змін\w*|измен\w*|"
    r"reduced|lowered|raised|increased|նոր)\b|変更|변경|调整|調整|改定|修订|修訂"
)
# ... and of a rule that stays
_KEPT = lazy_compile(
    r"\b(?:unchanged|inchange\w*|remain\w*|restent|no cambian|sin cambios|unverandert|"
    r"bleiben|fortsatt|fortfarande|fortsat|uændret|endres ikke|прежними|прежние|"
    r"не изменились|nie dotyczy|nezmen\w*|demeurent|les memes|sans changement|wie bisher)\b"
)


def _told_as_news(doc: Doc, start: int) -> bool:
    """Whether the sentence of a word of conditions or limits tells a change: a word of news
    or a day in it or in the title, and no word that the rule stays."""
    a, b = doc.sentence_of(start)
    if _KEPT.search(doc.norm, a, b) or _NO_CHANGE.search(doc.norm, a, b):
        return False  # "Les conditions d'acceptation ... restent inchangées", "no changes to"
    return bool(
        _NEWS.search(doc.norm, a, b)
        or _NEWS.search(doc.norm, 0, doc.title_end)
        or dated_span(doc, a, b)
        or dated_span(doc, 0, doc.title_end)
    )


_IMPORT_WORD = word_start(
    r"\b(?:import\w*|einfuhr\w*|importa\w*|invoer\w*|ввоз\w*|імпорт\w*|przywoz\w*|"
    r"εισαγωγ\w*|увоз\w*|uvoz\w*|ithal\w*|"
    # s64: Finnish, Czech and Slovak, Hungarian, Estonian, Indonesian and Malay
    r"tuonti\w*|tuonn\w*|dovoz\w*|behozatal\w*|sisseve\w*|impor)|进口|輸入|수입|반입|นำเข้า|"
    r"יבוא|استيراد"
)


def _in_sentence(doc: Doc, found: list[Match], pos: int) -> bool:
    """Whether one of ``found`` stands in the sentence of ``pos``."""
    a, b = doc.sentence_of(pos)
    return any(a <= m.start < b for m in found)


_CLAUSE_END = lazy_compile(r"[,.;:!?\n]")


def _clause_end(norm: str, start: int, limit: int) -> int:
    """Where the clause that goes on at ``start`` ends, at most at ``limit``."""
    found = _CLAUSE_END.search(norm, start, min(len(norm), limit))
    return found.start() if found else min(len(norm), limit)


_FIRST_WORD = lazy_compile(r"\w+")


def _first_word(text: str, pos: int) -> str:
    m = _FIRST_WORD.match(text, pos)
    return m.group() if m else ""


_CLAUSE_SEP = lazy_compile(r"[,;\uff0c\uff1b\u3001]")


def _clause_around(doc: Doc, pos: int, a: int, b: int) -> tuple[int, int]:
    """The part of the sentence (a, b) between the commas around ``pos``."""
    lo = a
    for c in _CLAUSE_SEP.finditer(doc.norm, a, pos):
        lo = c.end()
    hi = _CLAUSE_SEP.search(doc.norm, pos, b)
    return lo, hi.start() if hi else b


def _place_word(doc: Doc, pos: int) -> str:
    """The first word of the place named at ``pos``: enough to tell two places apart. In
    Chinese and Japanese, whose words run on, the name's first two Han letters ("米国" of
    "米国宛ての発送に") or its katakana ("カナダ" of "カナダ宛て"; "オーストリア" is not
    "オーストラリア")."""
    norm = doc.norm
    end = pos
    first = norm[pos] if pos < len(norm) else ""
    if first >= "\u3040" and is_cjk(first):
        if is_katakana(first):
            while end < len(norm) and end - pos < 24 and is_katakana(norm[end]):
                end += 1
            return norm[pos:end]
        return norm[pos : pos + 2]
    while end < len(norm) and end - pos < 24 and norm[end].isalnum():
        end += 1
    return norm[pos:end]
