"""The notice as one string (title, newline, body) with its normalised twin and line layout."""

from __future__ import annotations

import pickle
import re
import threading
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import ahocorasick

from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import _rank_key, note_other_letters
from monitor.classify.normalize import normalize_marked
from monitor.classify.wordstart import by_first_letter, word_start

_BULLET = lazy_compile(
    r"^\s*(?:[-*\u2022\u00b7\u25aa\u2023\u25e6\u2013\u2014]|\d{1,3}[.)]|[a-z]\)|n\s)\s*"
)
# Sentence ends: ".", only before a space and an upper-case letter (or a letter of a script
# without case) or a line end, so "U.S. Customs" and "19 U.S.C." stay whole; "!", "?", ";"
# and the Chinese, Japanese, Devanagari, Khmer, Burmese, Urdu, Armenian and Ethiopic full
# stops ("។", "။", "۔", "։", "።") and the Arabic question mark wherever they stand. The dot written
# once before the two look-aheads (the same matches): a pattern that opens with one literal
# character lets the regex engine skip to it far faster than a set of first characters (which
# two alternatives make).
_MARKS = "!?;"
# "ab 1. März", "bis 15. Januar 2026": a German day of the month, no sentence end
_DAY_BEFORE_MONTH = lazy_compile(
    r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\b"
)
# CJK full stops, the Devanagari danda, Khmer and Burmese stops, the Urdu full stop, the
# Arabic question mark, the Armenian full stop and the Ethiopic one
_MARKS_OTHER = "\u3002\uff01\uff1f\u0964\u17d4\u104b\u06d4\u061f\u0589\u1362"
_CLOSING = ("\uff09", ")")  # the brackets a Japanese full stop may stand inside
# Abbreviations a capitalised word follows inside a sentence: "Steuer- bzw. Identifikations-
# nummer", "St. Lucia", "approx. EUR 20", Turkish "(ör. Çin, ABD)", Hungarian "(pl. Kína)",
# Slavic "(npr. Kina)", "(napr. z Číny)"; and one small letter ("e.g. Chad", "z. B.
# Smartphones"), not a capital one: "parcels to the U.S. Mail to Canada is not affected" is two
# sentences
_ABBREVIATIONS = frozenset(
    ("bzw", "ggf", "evtl", "inkl", "zzgl", "ca", "nr", "vgl", "gem", "st", "ste", "mt", "approx",
     "incl", "excl", "no", "nos", "vs", "mr", "mrs", "ms", "dr", "prof", "dept", "tel",
     "ör", "örn", "pl", "npr", "napr", "např")
)  # fmt: skip
# Capitals of Latin Extended-A ("Şirket", "İstanbul", "Łódź", "Škoda"), Greek, the Hangul
# syllables (Korean writes no case), the Lao consonants and leading vowels, and the letters of
# Hebrew, Arabic (and Persian) and Georgian (none writes case, all end sentences with "."): a
# sentence may open with them too
_OTHER_CAPITALS = (
    "ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ\u0391-\u03a9\uac00-\ud7a3"
    "\u0e81-\u0eae\u0ec0-\u0ec4\u05d0-\u05ea\u0621-\u064a\u0671-\u06d3\u10d0-\u10fa"
)
# One look-behind per length of abbreviation (a look-behind takes alternatives of one width),
# tried only at the dots the literal "." and the look-ahead find.
_DOT_END = lazy_compile(
    # (not the "U.S." of a name: "mail to Puerto Rico and the U.S. Virgin Islands should ...")
    r"\.(?!(?<=\bU\.S\.)\s+(?:Virgin Islands|Customs and Border|Postal Service|Department of|"
    r"Minor Outlying|Embassy|Consulate|Food and Drug|Fish and Wildlife)\b)"
    r"(?:(?=\s+[A-Z\u0400-\u042f\u00c0-\u00de"
    + _OTHER_CAPITALS
    + r"])|(?=\s*$))"
    # (and "د.": Dr., Greek "π.χ.": e.g.)
    + r"(?<!\b[a-z]\.)(?<!\b[\u0621-\u064a]\.)(?<!\bπ\.χ\.)(?<!\bz\. B\.)(?<!\bu\. A\.)"
    + "".join(
        rf"(?<!\b(?i:{'|'.join(sorted(a for a in _ABBREVIATIONS if len(a) == n))})\.)"
        for n in sorted({len(a) for a in _ABBREVIATIONS})
    ),
    re.M,
)


def day_dot(full: str, end: int) -> bool:
    """Whether the dot that ends at ``end`` is a German day of the month ("ab 1. März"): no
    end of a sentence or a clause."""
    return (
        end >= 2
        and full[end - 2].isdigit()
        and not (end > 3 and full[end - 3].isdigit() and full[end - 4 : end - 3].isdigit())
        and _DAY_BEFORE_MONTH.match(full, end) is not None
    )


def _sentence_marks(full: str) -> list[int]:
    """Where the sentence-ending marks end, unordered. The dots by a regex that skips from dot
    to dot; the other marks by substring search: one regex for all of them would test the set
    of marks at every position of the text, which costs more."""
    ends = [e for e in (m.end() for m in _DOT_END.finditer(full)) if not day_dot(full, e)]
    find = full.find
    for mark in _MARKS if full.isascii() else _MARKS + _MARKS_OTHER:
        i = find(mark)
        while i != -1:
            # "米国（グアム…を含みます。）あての": a full stop that closes a bracket's words
            # ends no sentence when the sentence goes on in hiragana after the bracket (not
            # "…（船便を含みます。）米国あての…", a new one)
            if (
                mark == "\u3002"
                and full.startswith(_CLOSING, i + 1)
                and i + 2 < len(full)
                and "\u3041" <= full[i + 2] <= "\u309f"
            ):
                i = find(mark, i + 1)
                continue
            ends.append(i + 1)
            i = find(mark, i + 1)
    return ends


class _HintWords:
    """Every word tuple ``holds_any`` has been asked about, each with a bit, and one automaton
    of all their words whose value is the bits of the tuples that hold the word: a notice is
    walked once for all of them (a substring scan per word costs about 0.5 ns a character; an
    average notice asked some 70 of them). A tuple is known by identity (the callers pass
    module constants; hashing a long tuple at every call costs more), kept with it so that a
    reused id cannot answer for another tuple."""

    def __init__(self) -> None:
        self.bits: dict[int, tuple[tuple[str, ...], int]] = {}
        self.groups: dict[int, tuple[tuple[tuple[str, ...], ...], list[int]]] = {}
        self.walker: tuple[Any, int] | None = None  # (automaton, how many tuples it knows)
        self._lock = threading.Lock()

    def bit(self, words: tuple[str, ...]) -> int:
        known = self.bits.get(id(words))
        if known is not None and known[0] is words:
            return known[1]
        with self._lock:  # a new tuple: only in the first notices a process reads
            known = self.bits.get(id(words))
            if known is None or known[0] is not words:
                known = self.bits[id(words)] = (words, len(self.bits))
                self.walker = None
            return known[1]

    def bits_of(self, tuples: tuple[tuple[str, ...], ...]) -> list[int]:
        """The bit of each tuple, kept per tuple of tuples (``holds_each`` asks the same
        ones for every notice)."""
        known = self.groups.get(id(tuples))
        if known is not None and known[0] is tuples:
            return known[1]
        bits = [self.bit(words) for words in tuples]
        self.groups[id(tuples)] = (tuples, bits)
        return bits

    def walk(self, norm: str) -> tuple[int, int]:
        """The bits of the tuples with a word in ``norm``, and how many tuples were known."""
        walker = self.walker
        if walker is None:
            with self._lock:
                walker = self.walker  # another thread may have built it meanwhile
                if walker is None:
                    walker = self.walker = self._build()
        auto, known = walker
        found = 0
        if known:
            for mask in set(map(_second, auto.iter(norm))):
                found |= mask
        return found, known

    def _build(self) -> tuple[Any, int]:
        """The automaton of every registered word (called with the lock held)."""
        auto = ahocorasick.Automaton()
        masks: dict[str, int] = {}
        for words, bit in self.bits.values():
            for word in words:
                masks[word] = masks.get(word, 0) | (1 << bit)
        # frequent letters first, and the nodes laid out in walk order by a pickle round trip,
        # as for the lexicons (see matcher._latin_automaton): the same matches, walked faster
        for word in sorted(masks, key=_rank_key):
            auto.add_word(word, masks[word])
        if masks:
            auto.make_automaton()
            auto = pickle.loads(pickle.dumps(auto))
        return auto, len(self.bits)


_HINT_WORDS = _HintWords()
_HINT_BITS = _HINT_WORDS.bits
_second = itemgetter(1)


# A line of prose cut by a fixed width (a PDF, a plain-text mail): long, and followed by a line
# that goes on in small letters ("... des retards de distribution importants sont à prévoir,
# sans qu'une date de re-" / "tour à la normale ..."). The break is no sentence end there.
_WRAP_WIDTH = 45


def _wrapped_breaks(full: str, starts: list[int]) -> set[int]:
    """Where (the offset of each "\n") prose is wrapped into the next line: a line at least
    _WRAP_WIDTH long that ends in a letter, a comma or a word's hyphen, followed by a line
    that begins with a small letter. The lengths are asked first: most lines are short."""
    out = set()
    prev = 0
    for start in starts[1:]:
        nl = start - 1
        if nl - prev >= _WRAP_WIDTH:
            line = full[prev:nl].rstrip(" \t\r")
            last = line[-1:]
            if (
                len(line.lstrip()) >= _WRAP_WIDTH
                and (last.isalpha() or last == "," or (last == "-" and line[-2].isalpha()))
                and full[start : start + 8].lstrip(" \t")[:1].islower()
            ):
                out.add(nl)
        prev = start
    return out


@dataclass(slots=True)
class Doc:
    full: str  # title + "\n" + text: evidence offsets point into this
    norm: str
    title_end: int
    line_starts: list[int] = field(default_factory=list)
    sentence_ends: list[int] = field(default_factory=list)
    # For an updated notice: the spans of what the diff added (and the headings above it).
    # None means the whole text counts.
    focus: list[tuple[int, int]] | None = None
    # False on a page whose title only names the page (a log of changes): with a focus, the
    # title's words then take no part either
    title_counts: bool = True
    scans: dict | None = None  # lexicon matches over the whole text, filled by lexicon.matches
    # (start, end) of each sentence, in order: made on the first call of sentence_of
    sentence_spans: list[tuple[int, int]] | None = None
    # holds_any: the bits of the hint tuples the text holds a word of, and how many tuples
    # were known when it was walked (-1: not yet)
    hint_bits: int = 0
    hints_known: int = -1
    # ``full`` backwards, made on the first call of ``reversed_full``
    full_reversed: str | None = None

    @classmethod
    def make(cls, title: str, text: str) -> Doc:
        full = f"{title or ''}\n{text or ''}"
        norm, others = normalize_marked(full)
        note_other_letters(norm, others)
        doc = cls(full, norm, len(title or ""))
        starts = [0]
        find = full.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        doc.line_starts = starts
        ends = _sentence_marks(full)
        wrapped = _wrapped_breaks(full, starts)
        wrapped.discard(doc.title_end)  # the title never runs on into the body
        doc.sentence_ends = sorted(set(ends + [s - 1 for s in starts[1:] if s - 1 not in wrapped]))
        return doc

    def line_of(self, pos: int) -> tuple[int, int]:
        """Start and end (exclusive, without the newline) of the line holding ``pos``."""
        i = bisect_right(self.line_starts, pos) - 1
        start = self.line_starts[i]
        end = self.line_starts[i + 1] - 1 if i + 1 < len(self.line_starts) else len(self.full)
        return start, end

    def line_index(self, pos: int) -> int:
        return bisect_right(self.line_starts, pos) - 1

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence (or clause ended by ";", or line) holding ``pos``."""
        spans = self.sentence_spans
        if spans is None:  # one pair per sentence: a call is then one bisect and one index
            ends = self.sentence_ends
            spans = self.sentence_spans = list(
                zip([0, *ends], [*ends, len(self.full)], strict=True)
            )
        return spans[bisect_right(self.sentence_ends, pos)]

    def once(self, key: str, compute: Callable[[Doc], Any]) -> Any:
        """``compute(self)``, kept under ``key`` beside the lexicon matches once they are read
        (a rule's whole-text pass, asked by several modules, runs once per notice)."""
        scans = self.scans
        if scans is None:
            return compute(self)
        found = scans.get(key)
        if found is None:
            found = scans[key] = compute(self)
        return found

    def reversed_full(self) -> str:
        """``full`` backwards: the regex engine finds the last of some characters before a
        position as the first one after it there (a backward search from that position)."""
        rev = self.full_reversed
        if rev is None:
            rev = self.full_reversed = self.full[::-1]
        return rev

    def holds_any(self, words: tuple[str, ...]) -> bool:
        """Whether the normalised text holds one of ``words`` anywhere: the guard of a costly
        regex, checked only when a rule gets that far; the text is walked once for the words
        of all such guards (see ``_HintWords``)."""
        known = _HINT_BITS.get(id(words))  # (``_HintWords.bit`` inline: asked ~50 times a notice)
        bit = known[1] if known is not None and known[0] is words else _HINT_WORDS.bit(words)
        while bit >= self.hints_known:  # not walked yet, or walked before this tuple was known
            self.hint_bits, self.hints_known = _HINT_WORDS.walk(self.norm)
        return (self.hint_bits >> bit) & 1 == 1

    def holds_each(self, tuples: tuple[tuple[str, ...], ...]) -> list[bool]:
        """``holds_any`` of each tuple, from the same one walk (a bit test each)."""
        bits = _HINT_WORDS.bits_of(tuples)
        top = max(bits, default=-1)
        while top >= self.hints_known:
            self.hint_bits, self.hints_known = _HINT_WORDS.walk(self.norm)
        field = self.hint_bits
        return [(field >> bit) & 1 == 1 for bit in bits]

    def in_title(self, pos: int) -> bool:
        return pos < self.title_end

    def counts(self, pos: int) -> bool:
        """Whether words at ``pos`` take part in the decision (title or focus)."""
        if self.focus is None:
            return True
        if pos < self.title_end:
            return self.title_counts
        return any(a <= pos < b for a, b in self.focus)

    def in_focus(self, pos: int) -> bool:
        """In what the diff added (always true for a new notice); the title is not."""
        if self.focus is None:
            return pos >= self.title_end
        return any(a <= pos < b for a, b in self.focus)


def strip_bullet(line: str) -> tuple[str, bool]:
    """A line without its list marker, and whether it had one."""
    m = _BULLET.match(line)
    if m and m.end() < len(line):
        return line[m.end() :], True
    return line, False


# A line that only enumerates names: "Austria, Belgium, Canada, ..., Estonia." A dot inside a
# name ends an abbreviation of at most four letters ("Kongo (Dem. Rep.)", "St. Lucia").
# The space after a separator is taken possessively ("\s*+"): were it free to go to the next
# item instead, a long list whose last item is too long would be tried in 2^n ways.
# (the Arabic comma and semicolon, U+060C and U+061B, separate as the others do)
ENUMERATION = lazy_compile(
    r"^(?:(?:[^,;:.!?\u060c\u061b\u3001\uff0c\n]|(?<![^\W\d_]{5})\.){1,40}"
    r"[,;\u060c\u061b\u3001\uff0c]\s*+){2,}[^,;:!?\u060c\u061b\n]{1,40}$"
)


_ITEM_SEPARATORS = lazy_compile(r"[,;\u060c\u061b\u3001\uff0c]")


def enumerates(line: str) -> bool:
    """Whether a line only enumerates names (``ENUMERATION``), names between bars included
    ("Argentinien | Bolivien | Chile")."""
    return ENUMERATION.match(line.replace(" | ", ", ")) is not None


def names_line(item: str) -> bool:
    """Whether a line is a list of names ("Argentina, Bolivia, Sri Lanka, United States of
    America"), not a sentence of short clauses: items of a few words, most of them capitalised
    (``item`` in its original case). Names between bars are a list too ("Australia | Brunei |
    China")."""
    if not enumerates(item):
        return False
    item = item.replace(" | ", ", ")
    parts = [p.strip() for p in _ITEM_SEPARATORS.split(item.rstrip(". "))]
    if not all(0 < len(p.split()) <= 6 for p in parts):
        return False
    return 3 * sum(p[:1].isupper() for p in parts) >= 2 * len(parts)


def list_under(
    doc: Doc, lines: set[tuple[int, int]], headings: bool = False, questions: bool = False
) -> set[tuple[int, int]]:
    """The lines of a list that a line ending in ":" introduces ("the import of the following
    goods by post is banned:" above "- medicines"): what the line says holds for them. With
    ``questions``, so does a question over bullets ("What can still be sent?"); with
    ``headings``, a heading line of its own ("What's not affected")."""
    out: set[tuple[int, int]] = set()
    starts = doc.line_starts
    for a, b in lines:
        head = doc.full[a:b].rstrip()
        # a question answered by a list of bullets: "What can still be sent?" / "- Letters"
        asks = questions and head.endswith(("?", "\uff1f")) and not doc.in_title(a)
        if (
            not head.endswith((":", "\uff1a"))
            and not asks
            and not (headings and not doc.in_title(a) and _BARE_HEADING.fullmatch(head.strip()))
        ):
            continue
        first = doc.line_index(a) + 1
        items: list[tuple[int, int]] = []  # this head's own (not those of another head)
        for i in range(first, min(len(starts), first + 40)):
            line = doc.line_of(starts[i])
            item = doc.full[line[0] : line[1]].strip()
            if item:
                bulleted = strip_bullet(item)[1]
                if not bulleted and (
                    asks or (len(item) > 80 and not names_line(item)) or (headings and items)
                ):
                    break  # a paragraph, or under a heading the next heading: the list ended
                items.append(line)
            elif items:
                break
        out.update(items)
    return out


_UNCHANGED_HEAD = word_start(
    r"\b(?:what(?:'s| is)? (?:not changing|not affected|unchanged|staying the same|"
    r"does not change|doesn't change|will not change|won't change)|what isn't changing|"
    r"what (?:remains|stays) the same|ce qui ne change pas|ce qui reste inchange|"
    r"was sich nicht andert|was gleich bleibt|was bleibt gleich|lo que no cambia|"
    r"cosa non cambia|cio che non cambia|wat (?:er )?niet verandert|wat hetzelfde blijft|"
    # the same asked: "Wat verandert er niet?", "Qu'est-ce qui ne change pas ?"
    r"wat verandert er niet|wat blijft (?:er )?hetzelfde|qu'est-ce qui ne change pas|"
    r"que(?: es lo que)? no cambia|was andert sich nicht|cosa resta uguale|"
    r"o que nao muda|o que se mantem|co sie nie zmienia|lo que se mantiene|"
    # Romanian, Czech, Hungarian, Turkish, Ukrainian, Russian, Greek
    r"ce nu se schimba|co se nemeni|mi nem valtozik|"
    r"neler degismiyor|що не змінюється|что не меняется|τι δεν αλλαζει)\b"
)
# The same as a bracketed heading in Japanese, Chinese and Korean: "【対象外】" (not covered)
# over "・英国、スイス宛ての郵便物" (bare, "제외 대상" may head the places a stop excludes from
# acceptance: the affected ones)
_UNCHANGED_HEAD_CJK = lazy_compile(
    r"[【\[［(（](?:対象外|対象とならないもの|適用除外|不适用范围|不適用範圍|不受影响的|不受影響的|"
    r"적용 제외|적용 대상 제외|제외 대상)[】\]］)）]"
)
# A bare label of the same ("Sin cambios:", "Unverändert"): also a status cell of a table
# flattened to lines ("Österreich / Unverändert / Ukraine / Eingestellt"), so it heads only
# bulleted items, or two or more after a colon
_UNCHANGED_LABEL_WORDS = (
    r"(?:se mantienen sin cambios|se mantiene sin cambios|permanecen sin cambios|sin cambios|"
    r"sem alteracoes|mantem(?:-| )se (?:inalterad\w+|sem alteracoes)|unverandert|unchanged|"
    r"no change|keine anderungen|pas de changement|inchange|nessun cambiamento|invariato|"
    r"ongewijzigd|"
    # "Not affected" over a bulleted list of the places it leaves out (a cell of a table set
    # one to a line is no heading of the row below it)
    r"not affected|unaffected|nicht betroffen|non concernes|pas concernes|no afectados|"
    r"non interessati|niet getroffen|nao afetados)"
)
_UNCHANGED_LABEL = word_start(r"\b" + _UNCHANGED_LABEL_WORDS + r"\b")
# one word of each way _UNCHANGED_HEAD says it
UNCHANGED_HEAD_HINTS = ("not chang", "not affected", "unchanged", "the same", "n't chang",
                         "ne change pas", "inchange", "nicht andert", "gleich", "no cambia",
                         "non cambia", "niet verandert", "hetzelfde", "nao muda", "se mantem",
                         "nie zmienia", "verandert er niet", "andert sich nicht",
                         "resta uguale", "sin cambios", "se mantiene", "sem alteracoes",
                         "unverandert", "no change", "keine anderungen", "pas de changement",
                         "invariato", "ongewijzigd", "nessun cambiamento", "nu se schimba",
                         "betroffen", "concernes", "afectados", "interessati", "getroffen",
                         "afetados",
                         "se nemeni", "nem valtozik", "degismiyor",
                         "не змінюється", "не меняется", "δεν αλλαζει",
                         "対象外", "対象とならない", "適用除外", "不适用", "不適用", "不受影",
                         "제외")  # fmt: skip


# the words of UNCHANGED_HEAD_HINTS each pattern needs: one piece of each of its phrases (the
# label's search over the whole text is skipped in a text that only says "the same")
_HEAD_WORDS = (
    "not chang", "not affected", "unchanged", "the same", "n't chang", "ne change pas",
    "inchange", "nicht andert", "gleich", "no cambia", "non cambia", "niet verandert",
    "hetzelfde", "nao muda", "se mantem", "nie zmienia", "verandert er niet",
    "andert sich nicht", "resta uguale", "se mantiene", "nu se schimba", "se nemeni",
    "nem valtozik", "degismiyor", "не змінюється", "не меняется", "δεν αλλαζει",
)  # fmt: skip
_LABEL_WORDS = (
    "sin cambios", "sem alteracoes", "mantem", "unverandert", "unchanged", "no change",
    "keine anderungen", "pas de changement", "inchange", "nessun cambiamento", "invariato",
    "ongewijzigd", "affected", "betroffen", "concernes", "afectados", "interessati", "getroffen",
    "afetados",
)  # fmt: skip


_BLANK_LINE = lazy_compile(r"\n[ \t\u3000]*\n")


# Double quotation marks only: a single one is as often an apostrophe ("L'envoi", "Mail's").
# Each opening mark with the marks that close it: “…”, „…“ and Polish „…”, «…» and German
# »…«, 「…」, and straight marks, which open and close alike.
_CLOSERS = {
    '"': '"',
    "\u201e": "\u201c\u201d",
    "\u201c": "\u201d\u201c",
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
}
_QUOTE_MARK = re.compile('["\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f]')
# a mark with a space on each side that opens nothing: a breadcrumb's "Home \u00bb News"
_SEPARATOR = re.compile(r"(?<=\s)\u00bb(?=\s)")
# a straight mark between letters is no quotation: the gershayim of a Hebrew abbreviation
_INSIDE_WORD_QUOTE = re.compile(r'(?<=[^\W\d_])"(?=[^\W\d_])')


def inside_quotes(doc: Doc, a: int, pos: int) -> bool:
    """Whether ``pos`` stands inside quotation marks opened since ``a``: words someone else
    wrote (a scam text, a spokesperson's words), no rule of the notice's own."""
    open_marks: list[str] = []
    for m in _QUOTE_MARK.finditer(doc.full, a, pos):
        mark = m.group()
        if mark == '"' and _INSIDE_WORD_QUOTE.match(doc.full, m.start()):
            continue
        if open_marks and mark in _CLOSERS[open_marks[-1]]:
            open_marks.pop()
        elif mark in _CLOSERS and not (mark == "\u00bb" and _SEPARATOR.match(doc.full, m.start())):
            open_marks.append(mark)
    return bool(open_marks)


def paragraph_start(doc: Doc, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts: after the blank line before it, else 0."""
    gap = doc.full.rfind("\n\n", 0, pos)
    return gap + 2 if gap >= 0 else 0


def paragraph_end(doc: Doc, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends: at the next blank line, else the text's end."""
    gap = doc.full.find("\n\n", pos)
    return gap if gap >= 0 else len(doc.full)


def paragraph_break(gap: str) -> bool:
    """Whether ``gap`` (text as written) holds a blank line: a list never runs over one, while
    a single line break may be a wrapped line ("Mail for Barbados and\nTrinidad and Tobago")."""
    return "\n" in gap and _BLANK_LINE.search(gap) is not None


def unchanged_heads(doc: Doc) -> set[tuple[int, int]]:
    """The heading lines of a part that says what stays as it was ("What isn't changing",
    "O que não muda"): the whole line is the heading."""
    return doc.once("_unchanged_heads", _find_unchanged_heads)


def unchanged_items(doc: Doc) -> set[tuple[int, int]]:
    """The lines listed under a heading of what stays as it was: the items of those of
    ``unchanged_heads``, and the bulleted items of a bare label ("Sin cambios:" over "- El IVA
    del 19%"), or two or more after it when it ends in a colon."""
    return doc.once("_unchanged_items", _find_unchanged_items)


def _heads_of(doc: Doc, pattern: Any) -> set[tuple[int, int]]:
    return {
        line
        for m in pattern.finditer(doc.norm, doc.title_end)
        # the heading is the whole line (the normalised text has no line breaks)
        if doc.norm[(line := doc.line_of(m.start()))[0] : line[1]].strip(" \t.:?") == m.group()
    }


def _find_unchanged_heads(doc: Doc) -> set[tuple[int, int]]:
    if not doc.holds_any(_HEAD_WORDS):
        return set()
    return _heads_of(doc, _UNCHANGED_HEAD)


def _find_unchanged_items(doc: Doc) -> set[tuple[int, int]]:
    if not doc.holds_any(UNCHANGED_HEAD_HINTS):
        return set()
    items = list_under(doc, _find_unchanged_heads(doc), headings=True, questions=True)
    if not doc.norm.isascii():
        items |= _cjk_items(doc, _heads_of(doc, _UNCHANGED_HEAD_CJK))
    for head in _heads_of(doc, _UNCHANGED_LABEL) if doc.holds_any(_LABEL_WORDS) else ():
        under = list_under(doc, {head}, headings=True)
        colon = doc.full[head[0] : head[1]].rstrip().endswith((":", "\uff1a"))
        if colon and len(under) >= 2:
            items |= under
        else:
            # (or a line that lists places: "Ukraine, Moldau, Georgien", never one table cell)
            items |= {
                line
                for line in under
                if strip_bullet(text := doc.full[line[0] : line[1]])[1]
                or ENUMERATION.match(text.strip())
            }
    # the label in brackets at the end of a heading: "The rules at a glance (unchanged, valid
    # for all destinations):" over two or more items
    for m in _UNCHANGED_ASIDE.finditer(doc.norm, doc.title_end) if "(" in doc.norm else ():
        head = doc.line_of(m.start())
        if doc.full[head[0] : head[1]].rstrip().endswith((":", "\uff1a")):
            under = list_under(doc, {head})
            if len(under) >= 2:
                items |= under
    return items


# (the same label, alone or before a comma: not "(inchangé pour les lettres)")
_UNCHANGED_ASIDE = lazy_compile(r"\(" + _UNCHANGED_LABEL_WORDS + r"(?:,[^()]{0,80})?\)[ \t]*:")


def _cjk_items(doc: Doc, heads: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The lines under each head that open with the Japanese list mark "・", up to the first
    line without it."""
    out: set[tuple[int, int]] = set()
    starts = doc.line_starts
    for a, _ in heads:
        for i in range(doc.line_index(a) + 1, len(starts)):
            line = doc.line_of(starts[i])
            if not doc.full[line[0] : line[1]].lstrip().startswith(("\u30fb", "\uff65")):
                break
            out.add(line)
    return out


# Words of a state that goes on ("remains suspended", "bleiben weiterhin ausgesetzt", "仍暂停"
# has its own forms), read on normalised text
STANDING_WORDS = by_first_letter(
    r"(?:remains?|remained|still|continues? to be|weiterhin|bleib\w*|reste|restent|"
    r"demeurent|demeure|toujours|siguen?|permanecen?|continuan?|rimane|rimangono|ancora|blijf\w*|"
    r"blijven|continuam|по прежнему|остается|остаются|остаётся|залишається|залишаються|досі|"
    r"pozostaje|pozostaja|nadal|nadale|nadalej|zustava|zustavaji|fortfarande|fortsatt|fortsat|"
    r"fremdeles|hala|"
    # Persian and Arabic "still" ("همچنان تا اطلاع ثانوی متوقف است", "لا يزال معلقاً")
    r"همچنان|لا يزال|لا تزال|ما زال|ما زالت|"
    # Hebrew "still", "remains" ("השירות ללבנון נותר מושהה")
    r"עדיין|נותר|נותרה|נותרו)"
)
# "already", in the languages read (normalised: "już" is "juz", "déjà" is "deja")
ALREADY_WORDS = r"(?:already|gia|bereits|schon|deja|ya|reeds|redan|allerede|juz|uz|уже|вже)"
# Words that say a stop stands as it did, set off by commas before it: "is, as before,
# suspended", "ist wie bisher nicht zulässig", "priėmimas, kaip ir anksčiau, yra sustabdytas"
AS_BEFORE_WORDS = (
    r"(?:as before|as previously|wie bisher|wie zuvor|comme avant|como antes|come prima|"
    r"zoals voorheen|som tidigare|som før|som hidtil|kuten ennenkin|nagu varem|"
    r"kaip ir anksciau|tapat ka ieprieks|jak dotychczas|jako dosud|"
    # "as already happens", "as is already the case"
    r"come gia avviene|come gia accade|come avviene gia|come accade gia|as is already the case|"
    r"comme c'est deja le cas|como ya ocurre|como ja acontece|wie schon bisher)"
)
# The same right before the word of a stop, with at most one word between
AS_BEFORE_A_STOP = rf"\b{AS_BEFORE_WORDS}\b[\s,]*(?:[^\W\d_]+\s+)?$"
# Words that answer yes: an FAQ's answer that confirms what its question asks
YES_WORDS = "yes|ja|oui|si|sim|tak|ano|да|так|kylla|はい|是"
# An FAQ's answer that opens with no ("No,", "Nej.", "A: Nein.", "答：不，"), and a
# question of scope ("Are letters affected?", "Gäller detta brev?"), whose "no" leaves its goods
# and places out of the change: one list for the categories and the destinations
# (a bare "A", or "R" for "Risposta", "Respuesta", only with its number or mark: "A: No", "A1
# No", "R: No"; "Ano" is Czech for yes)
ANSWER_LEAD = (
    r"\s*(?:(?:[ar]\s*(?:\d+\s*[:：.]?|[:：.])|(?:answer|antwort|reponse|respuesta|risposta|答|回答)\s*\d*\s*"
    r"[:：.]?)\s*)?"
)
ANSWER_NO = lazy_compile(
    rf"{ANSWER_LEAD}(?:no|nein|non|nee|nao|нет|ні|nie|ne|nej|nei|ei|いいえ|不|否)"
    r"[,.!;:\u3001\u3002\uff0c\uff01]"
)
SCOPE_ASKED = word_start(
    r"\b(?:affect\w*|apply|applies|concern\w*|impact\w*|cover\w*|change\w*|betrifft|"
    r"betroffen|gilt|gelten|s'applique\w*|afecta\w*|aplica\w*|riguarda\w*|interessat\w*|"
    r"vale|geldt|betreft|getroffen|стосу\w*|касает\w*|касают\w*|касающ\w*|распространя\w*|"
    r"поширю\w*|paverka\w*|pavirk\w*|galler|gjelder|gælder|omfatt\w*|berør\w*|berors|"
    r"koske\w*|vaikutta\w*|tyka\w*|dotycz\w*|afeta\w*)\b|"
    r"影響|影响|適用|适用|対象|对象"
)
_JA_ASKS = ("\u3059\u304b\u3002", "\u3046\u304b\u3002")  # "すか。", "うか。"


def line_above_list(doc: Doc, k: int, reach: int = 12) -> tuple[int, int] | None:
    """The nearest line above line ``k`` that is no other item of its list (blank lines and
    items are passed; a numbered item that ends in ":" heads a list of its own), looked for up
    to ``reach`` lines up: the line a list item belongs under."""
    for j in range(k - 1, max(-1, k - reach), -1):
        x, y = doc.line_of(doc.line_starts[j])
        line = doc.full[x:y]
        if not line.strip():
            continue
        if strip_bullet(line)[1] and not line.rstrip().endswith((":", "\uff1a")):
            continue
        return x, y
    return None


def holds_questions(text: str) -> bool:
    """Whether ``text`` may hold a question (the cheap test before ``ends_question``)."""
    return "?" in text or "\uff1f" in text or "\u304b\u3002" in text  # "?", "？", "か。"


def ends_question(doc: Doc, end: int) -> bool:
    """Whether the sentence that ends at ``end`` asks: "?", "？", or Japanese "...ますか。",
    "...ですか。", "...でしょうか。"."""
    return doc.full[end - 1 : end] in ("?", "\uff1f") or doc.full[end - 3 : end] in _JA_ASKS


def lead_end(doc: Doc) -> int:
    """Where the first sentence below the title ends (the end of the text if there is none)."""
    if len(doc.norm) <= doc.title_end + 1:
        return len(doc.norm)
    return doc.sentence_of(doc.title_end + 1)[1]


def question_end(doc: Doc, pos: int) -> int | None:
    """Where the sentence holding ``pos`` ends when it asks ("?", "？", "؟", "...ですか。"),
    else None."""
    a, b = doc.sentence_of(pos)
    text = doc.full[a:b]
    if not text.strip():
        return None
    end = a + len(text.rstrip())
    return end if ends_question(doc, end) or doc.full[end - 1 : end] == "\u061f" else None


# The lead of an FAQ's question line ("Q:", "Q3.", "Question:", "Frage:", "Pregunta:"): what
# follows is the customer's case, asked even where it ends in a full stop ("Q: I am sending
# only a letter to Sweden.")
_QUESTION_LEAD = lazy_compile(
    r"\s*(?:q\s*\d*|question\s*\d*|frage\s*\d*|pregunta\s*\d*|domanda\s*\d*|vraag\s*\d*|"
    r"вопрос\s*\d*|питання\s*\d*|問|问)\s*[:：.)]\s"
)


def on_question_line(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` is on a line that an FAQ's question lead opens."""
    a, _ = doc.line_of(pos)
    return _QUESTION_LEAD.match(doc.norm, a) is not None


# Words that give examples: "For example:", "e.g.", "zum Beispiel" (read in lower case)
EXAMPLE_MARKS = (
    r"(?:for example|for instance|e\.g\.?|examples?|zum beispiel|beispiele?|z\. ?b\.|par exemple|"
    r"exemples?|por ejemplo|ejemplos?|ad esempio|per esempio|esempi|bijvoorbeeld|voorbeelden|"
    r"por exemplo|exemplos?|например|наприклад|przykład\w*|例えば|例如)"
)


def colon_ends(doc: Doc) -> list[tuple[int, int]]:
    """Where the lines that end in a colon (the heads of what follows them) have it: start and
    end of the colon and the blanks after it, in text order, kept once per notice. Found by
    substring search: a regex that opens with a set of characters tries it at every place."""
    return doc.once("colon_ends", _colon_ends)


def _colon_ends(doc: Doc) -> list[tuple[int, int]]:
    full = doc.full
    n = len(full)
    out: list[tuple[int, int]] = []
    for mark in ":" if full.isascii() else ":\uff1a":
        i = full.find(mark)
        while i != -1:
            j = i + 1
            while j < n and full[j] in " \t":
                j += 1
            if j == n or full[j] == "\n":
                out.append((i, j))
            i = full.find(mark, i + 1)
    out.sort()
    return out


# A heading of a few words with no sentence in it: "What's not affected", "Ausnahmen", "3. Items
# still accepted"
_BARE_HEADING = lazy_compile(r"(?:\d{1,2}[.)][ \t]*)?[^.!?;:\n]{3,40}")


def section_under(doc: Doc, lines: set[tuple[int, int]], depth: int = 8) -> set[tuple[int, int]]:
    """The first ``depth`` non-empty lines under each line that is a bare heading of at most
    three words ("Prohibitions" above "* * *", "[Add:]" and the items of an ICL revision)."""
    out: set[tuple[int, int]] = set()
    starts = doc.line_starts
    for a, b in lines:
        head = doc.full[a:b].strip()
        if not head or head[-1] in ".!?;," or len(head.split(None, 3)) > 3:
            continue
        i = doc.line_index(a) + 1
        taken = 0
        while i < len(starts) and taken < depth:
            line = doc.line_of(starts[i])
            if doc.full[line[0] : line[1]].strip():
                out.add(line)
                taken += 1
            i += 1
    return out


SECTION_HEADING_LONGEST = 60  # "Beware of fraudulent emails, text messages and calls"
# "27 August 2025 - Resumption of DHL Express services to and from Syria": a page of dated
# updates heads each with its date, and such a heading may run longer
_DATED_HEADING = lazy_compile(
    r"\W*(?:\d{1,2}[./ ]\s?(?:[^\W\d_]+\.?|\d{1,2})[./ ]\s?\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|[^\W\d_]+\.? \d{1,2},? \d{4})\s*[-\u2013\u2014:|]\s*\w"
)
DATED_HEADING_LONGEST = 100
# "Posted: 8 March 2024" goes with its heading: a digit after at most four words. Written so
# that a line splits one way only ("====" could once be split n^8 ways): the same lines.
DATE_LINE = lazy_compile(r"^\W*+(?:\w\S*+\s\W*+){0,4}\d|^\W*+(?:\w\S*+\s\W*+){0,3}\w\S*?\W\d")
DATE_LINE_WORDS = 5


def heading_line(doc: Doc, k: int) -> bool:
    """Whether line ``k`` is a heading that opens a section: short, no sentence end, no list
    item, and no date line under a heading."""
    a, b = doc.line_of(doc.line_starts[k])
    line = doc.full[a:b].strip()
    return (
        bool(line)
        and (
            len(line) <= SECTION_HEADING_LONGEST
            or (len(line) <= DATED_HEADING_LONGEST and _DATED_HEADING.match(line) is not None)
        )
        and not line.endswith((".", ":", ";", ",", "!", "?"))
        and not strip_bullet(line)[1]
        and not (len(line.split()) <= DATE_LINE_WORDS and DATE_LINE.match(line))
    )


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (start inclusive, end exclusive)."""
    return any(a <= pos < b for a, b in spans)


_BREADCRUMB = lazy_compile(r"[^\n]*?\S[ \t]+[>\u203a][ \t]+\S[^\n]*?[ \t][>\u203a][ \t]")
_DIGIT = lazy_compile(r"\d")


def breadcrumbs(doc: Doc) -> list[tuple[int, int]]:
    """The lines of links that say where a page sits ("Home > Letters & Parcels abroad >
    Notes"), each up to its last step (which may be the page's own title, and counts): a path
    of a site, no goods and no change; found once per notice."""
    if " > " not in doc.full and "\u203a" not in doc.full:
        return []
    return doc.once("_breadcrumbs", _find_breadcrumbs)


def _find_breadcrumbs(doc: Doc) -> list[tuple[int, int]]:
    full = doc.full
    out = []
    for sep in (" > ", " \u203a "):
        i = full.find(sep)
        while i >= 0:
            a, b = doc.line_of(i)
            if not _DIGIT.search(full, a, b) and (
                _BREADCRUMB.match(full, a, b) is not None or _short_crumb(doc, a, b, sep)
            ):
                out.append((a, full.rfind(sep, a, b)))
            i = full.find(sep, b)
    return out


_CRUMB_WORDS = 5  # words of each step of a path of two steps


def _short_crumb(doc: Doc, a: int, b: int, sep: str) -> bool:
    """A path of two short steps on the first line under the title ("Disruptions and updates
    › International service updates"): no sentence, one separator."""
    if a > doc.title_end + 2 or doc.full[doc.title_end : a].strip():
        return False
    steps = doc.full[a:b].split(sep)
    return len(steps) == 2 and all(
        0 < len(step.split()) <= _CRUMB_WORDS and not step.rstrip().endswith((".", ":", "!", "?"))
        for step in steps
    )


MENU_CELL_WORDS = 5


def menu_line(doc: Doc, k: int, first: int = 0) -> bool:
    """Whether line ``k`` is a site's bar of links ("Ship Now | Track | Privacy Notice"): three
    or more short cells, none a sentence, and no row of a table: the nearest lines (looked for
    from line ``first`` on) have not as many cells."""
    a, b = doc.line_of(doc.line_starts[k])
    cells = doc.full[a:b].split(" | ")
    count = len(cells)
    # a cell of copyright opens or ends many footers' bars: "© 2024 UPS. All rights reserved. |
    # Privacy Notice | Terms of Use"
    # (beside it, two links make the bar: "© Aramex 2023. All rights reserved. | Privacy Policy |
    # Cookies")
    least = 3
    if _COPYRIGHT_CELL.match(cells[0]):
        cells, least = cells[1:], 2
    elif _COPYRIGHT_CELL.match(cells[-1]):
        cells, least = cells[:-1], 2
        if len(cells) > least and not _menu_cell(cells[0]):
            # the owner's line opens it: "TNT is a FedEx company. | Terms and conditions |
            # Privacy and cookies | © TNT 2019"
            cells = cells[1:]
    if len(cells) < least or not all(_menu_cell(c) for c in cells):
        return False
    return not any(
        doc.full.count(" | ", x, y) == count - 1 for x, y in _nearest_lines(doc, k, first)
    )


def menu_spans(doc: Doc) -> list[tuple[int, int]]:
    """The bars of links anywhere in the body (a footer's "Privacy | Cookies | Terms"), with no
    digit in them (a row of dates or figures is a table's); found once per notice."""
    if " | " not in doc.full:
        return []
    return doc.once("_menu_spans", _menu_spans)


def _menu_spans(doc: Doc) -> list[tuple[int, int]]:
    out = []
    first = doc.line_index(doc.title_end + 1)
    for k in range(first, len(doc.line_starts)):
        a, b = doc.line_of(doc.line_starts[k])
        if doc.full.count(" | ", a, b) >= 2 and (
            not _DIGIT.search(doc.full, a, b)
            or _COPYRIGHT_CELL.search(doc.full, a, b)
            or _only_phone_digits(doc.full[a:b])
        ):
            if menu_line(doc, k, first):
                out.append((a, b))
    return out


# Cells of a bar of links set apart by runs of spaces once the page is text ("Kontakt
# Standorte  Über UPS  Nachhaltigkeit")
_SPACED_CELLS = lazy_compile(r"[ \t]{2,}|\t")


def spaced_bars(doc: Doc) -> list[tuple[int, int]]:
    """The bars of links whose cells runs of spaces part (a footer extracted to text): three
    or more short cells, no digit, and no row of a table (the nearest lines have not as many
    cells); found once per notice."""
    if "  " not in doc.full and "\t" not in doc.full:
        return []
    return doc.once("_spaced_bars", _spaced_bars)


def _spaced_bars(doc: Doc) -> list[tuple[int, int]]:
    out = []
    first = doc.line_index(doc.title_end + 1)
    full = doc.full

    def cells(a: int, b: int) -> list[str]:
        return [c for c in _SPACED_CELLS.split(full[a:b].strip()) if c]

    for k in range(first, len(doc.line_starts)):
        a, b = doc.line_of(doc.line_starts[k])
        if "  " not in full[a:b] and "\t" not in full[a:b]:
            continue
        parts = cells(a, b)
        if len(parts) < 3 or _DIGIT.search(full, a, b) or not all(map(_menu_cell, parts)):
            continue
        if any(len(cells(x, y)) == len(parts) for x, y in _nearest_lines(doc, k, first)):
            continue  # a table's row
        out.append((a, b))
    return out


_COPYRIGHT_CELL = lazy_compile(r"\s*(?:\u00a9|copyright\b|\(c\)\s*\d)", re.I)


# A telephone number in a footer's bar ("Customer Care 600 5 99999 | Terms | Privacy"): seven
# or more digits in one run, after a word that names it or opening with "+" or "0" (not a
# date, "Reported 2025-03-04", nor an amount, "1 500 000")
_PHONE = lazy_compile(r"\+?\d[\d \-.()]{5,}\d")
_PHONE_WORD = lazy_compile(
    r"(?i)\b(?:tel|tél|phone|telephone|call|care|service|hotline|helpline|contact|kundenservice|"
    r"kundendienst|servicio|atención|atendimento|телефон|тел)\b[.:]?\s*$|电话|電話"
)
_DATE_SHAPE = lazy_compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")


def _only_phone_digits(line: str) -> bool:
    """Whether every digit of ``line`` is in a telephone number."""

    def phone(m: re.Match[str]) -> str:
        number = m[0]
        if sum(c.isdigit() for c in number) < 7 or _DATE_SHAPE.search(number):
            return number
        if number[0] in "+0" or _PHONE_WORD.search(line, 0, m.start()):
            return ""
        return number

    return not _DIGIT.search(_PHONE.sub(phone, line))


def _menu_cell(cell: str) -> bool:
    cell = cell.strip()
    # "Was this information helpful?" may open a footer's bar; a label and its value
    # ("Briefe: Annahme ausgesetzt") is a table's cell
    return (
        bool(cell)
        and len(cell.split()) <= MENU_CELL_WORDS
        and cell[-1] not in ".:;!"
        and ": " not in cell
    )


def _nearest_lines(doc: Doc, k: int, first: int) -> list[tuple[int, int]]:
    """The nearest line with text above line ``k`` (not above line ``first``) and below it: a
    table's rows may stand apart, with blank lines between."""
    starts = doc.line_starts
    out = []
    for step in (-1, 1):
        j = k + step
        while first <= j < len(starts):
            a, b = doc.line_of(starts[j])
            if doc.full[a:b].strip():
                out.append((a, b))
                break
            j += step
    return out
