"""Whole-word phrase matching over normalised text with one Aho-Corasick automaton per lexicon.

Matches are leftmost-longest among those that respect word boundaries (Chinese and Japanese
have none; katakana names must not run into more katakana). Flags per phrase: ``p`` prefix
(any word ending may follow: "suspend*"), ``s`` suffix (any word start may precede, for German
compounds: "~sendungen"), ``c`` needs a capital letter in the original, ``d`` a Russian or
Ukrainian stem that takes a case ending (one of ``CASE_ENDINGS``), ``e`` with ``d``: a stem
that lost its last vowel, so the ending cannot be empty ("Дани" is no word; "Дании" is Denmark,
and "дані", Ukrainian for "data", is neither).
"""

from __future__ import annotations

import pickle
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

import ahocorasick

from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.normalize import (
    UNSPACED_CLASS,
    is_cjk,
    is_katakana,
    is_word_char,
    normalize_key,
)


class Match(NamedTuple):
    """A tuple, not a dataclass: dozens are made per notice and a tuple is made fastest."""

    start: int
    end: int
    value: Any  # what the phrase stands for (a code, a category id, ...)
    key: str


# Flags that narrow where a phrase matches: a capital ("^" in ``parse_phrase``), a case ending
# ("d", "e": the gazetteer's Russian and Ukrainian stems, see the module docstring)
_NARROWING = frozenset("cde")

_new = tuple.__new__  # Match(...) without the keyword handling: the hot loop makes many


def parse_phrase(raw: str) -> tuple[str, str]:
    """``"~sendungen"`` -> ("sendungen", "s"); ``"suspend*"`` -> ("suspend", "p");
    ``"brief- und paket*"`` -> ("brief  und paket", "p"): a word cut short keeps its hyphen's
    space;
    ``"^händler"`` -> ("handler", "c"): only where the text writes it with a capital (a German
    noun, not the English "handler" its letters fold to)."""
    flags = ""
    phrase = raw.strip()
    if phrase.startswith("^"):
        flags += "c"
        phrase = phrase[1:]
    if phrase.endswith("*"):
        flags += "p"
        phrase = phrase[:-1]
    if phrase.startswith("~"):
        flags += "s"
        phrase = phrase[1:]
    # "brief- und paketsendung*": the hyphen of a word cut short before "und" is a space in
    # the normalised text, beside the space after it (German "Brief- und Paketsendungen")
    return "  ".join(normalize_key(part) for part in phrase.split("- ")), flags


# English auxiliaries with "not" and their contracted forms: a trigger written "cannot accept"
# is read in "we can't accept" too (the text's "\u2019" is normalised to "'"); not "do not", whose
# triggers are imperatives ("do not send"), and "don't send" is the register of tips and ads
# ("Don't mail it, email it")
_CONTRACTED = {
    "cannot": "can't", "can not": "can't", "will not": "won't", "does not": "doesn't",
    "is not": "isn't", "are not": "aren't", "was not": "wasn't", "were not": "weren't",
    "has not": "hasn't", "have not": "haven't", "should not": "shouldn't", "must not": "mustn't",
    "could not": "couldn't", "would not": "wouldn't",
}  # fmt: skip
_CONTRACTABLE = lazy_compile(r"\b(?:" + "|".join(_CONTRACTED) + r")\b")


def with_contractions(raw: str) -> list[str]:
    """``raw``, and the same phrase with its English auxiliary contracted when it has one
    ("cannot be sent" -> "can't be sent")."""
    if _CONTRACTABLE.search(raw) is None:
        return [raw]
    return [raw, _CONTRACTABLE.sub(lambda m: _CONTRACTED[m.group(0)], raw)]


def _latin_letter(ch: str) -> bool:
    return "a" <= ch <= "z"


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


_LATIN, _HAN, _KANA = 0, 1, 2
# The end of a phrase that closes on an elided article ("hors de l'"): the next word follows
# at once, so its end is no word boundary to check
_ELIDED = 3

# Russian and Ukrainian case endings of nouns, normalised as the text is (й -> и, ї -> і).
CASE_ENDINGS = frozenset(
    normalize_key(e)
    for e in "а я у ю е є и і ї ы о ь ой ей ою ею єю ом ем ам ям ах ях ами ями ов ев ів ию ии ия "
    "ией ія ії ію ією ью".split()
)


def _script(ch: str) -> int:
    if ch < "\u0e00":  # (below Thai, the first of the scripts written without spaces)
        return _LATIN
    if is_katakana(ch):
        return _KANA
    return _HAN if is_cjk(ch) else _LATIN


# Letters of the scripts written without Latin letters: Greek, Cyrillic, Arabic, Devanagari,
# Armenian, Hebrew, Bengali, Tamil, Sinhala, Thai, Lao, Burmese, Georgian, Ethiopic, Khmer,
# kana, Han, Hangul (symbols such as "®" are not among them).
_NON_LATIN_CLASS = (
    r"[\u0370-\u05ff\u0620-\u064a\u066e-\u06d3\u0900-\u09ff\u0b80-\u0bff\u0d80-\u0dff\u0e00-\u0eff"
    r"\u3040-\u30ff\u3400-\u9fff\u1000-\u109f"
    r"\u10a0-\u10ff\u1200-\u137f\u1780-\u17ff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]"
)
# Runs of those letters, with gaps of up to four other characters inside ("Южная Корея": one
# name, two words): one regex match per stretch instead of one per word. It starts with the bare
# class (not "class+"), which lets the regex engine skip ahead to the next such letter.
_OTHER_RUN = lazy_compile(
    f"{_NON_LATIN_CLASS}{_NON_LATIN_CLASS}*"
    f"(?:[^{_NON_LATIN_CLASS[1:-1]}]{{1,4}}{_NON_LATIN_CLASS}+)*"
)


_runs_cache = threading.local()


def other_script_runs(text: str) -> list[tuple[int, int]]:
    """Stretches of non-Latin letters, computed once per text (each lexicon asks again)."""
    if text.isascii():
        return []
    recent: list[tuple[str, list[tuple[int, int]]]] | None = getattr(_runs_cache, "recent", None)
    if recent is None:
        recent = _runs_cache.recent = []
    for cached_text, cached_runs in recent:
        if cached_text is text:  # the normalised and the original text of one notice
            return cached_runs
    n = len(text)
    runs = [(m.start(), min(m.end() + 1, n)) for m in _OTHER_RUN.finditer(text)]
    recent.insert(0, (text, runs))
    del recent[2:]
    return runs


def note_other_letters(text: str, others: str | None) -> None:
    """Tells ``boundary_text`` its answer for ``text`` when ``others``, the characters of it
    other than ASCII (None: not known), are known, and ``other_script_runs`` the runs when
    they hold no letter of those scripts (none): neither then needs a regex over the text."""
    if others is None or text.isascii():
        return
    marks = _marked_cache.__dict__.setdefault("recent", [])
    marks.insert(0, (text, _mark_known(text, others, every_other=True)))
    del marks[2:]
    if _NON_LATIN.search(others) is not None:
        return
    recent: list[tuple[str, list[tuple[int, int]]]] | None = getattr(_runs_cache, "recent", None)
    if recent is None:
        recent = _runs_cache.recent = []
    recent.insert(0, (text, []))
    del recent[2:]


_NON_LATIN = lazy_compile(_NON_LATIN_CLASS)


def _case_ending(ending: str, stem_last: str) -> bool:
    """A Russian/Ukrainian case ending, or a doubled consonant and "ю" ("Білоруссю")."""
    if ending in CASE_ENDINGS:
        return True
    return len(ending) == 2 and ending[0] == stem_last and ending[1] == "ю"


# Bengali letters with a nukta are typed either as one character or as the letter and the nukta
# ("য়" U+09DF or U+09AF U+09BC): normalising cannot make them one (it keeps each text's length),
# so a phrase is looked for in both writings
_NUKTA_COMPOSED = {"\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc", "\u09df": "\u09af\u09bc"}


def _other_nukta_writing(key: str) -> str:
    if any(c in key for c in _NUKTA_COMPOSED):
        for one, two in _NUKTA_COMPOSED.items():
            key = key.replace(one, two)
        return key
    for one, two in _NUKTA_COMPOSED.items():
        key = key.replace(two, one)
    return key


def _with_nukta_writings(
    entries: Iterable[tuple[str, str, Any]],
) -> Iterator[tuple[str, str, Any]]:
    for key, flags, value in entries:
        yield key, flags, value
        if "\u09bc" in key or any(c in key for c in _NUKTA_COMPOSED):
            other = _other_nukta_writing(key)
            if other != key:
                yield other, flags, value


class PhraseMatcher:
    """A lexicon compiled once; ``find`` returns non-overlapping leftmost-longest matches
    (the automaton picks the longest phrase at each place; a phrase that then fails the word
    boundary is dropped, not replaced by a shorter one).

    Phrases that start with a Latin letter and the others (Cyrillic, Han, kana, Devanagari)
    live apart: the others only read the stretches of text written in those scripts, since a
    trie with hundreds of first letters is slow to walk over Latin text, and they are split
    again by script, for the same reason."""

    def __init__(
        self,
        entries: Iterable[tuple[str, str, Any]],
        *,
        plural_s: bool = False,
        groups: tuple[str, ...] | None = None,
    ):
        """``entries``: (normalised key, flags, value). ``plural_s`` lets Latin names of four
        letters or more take an "s" (German genitive "Chinas", English plural). With ``groups``
        every value is a (group, value) pair, and ``find_groups`` sorts the matches by group
        as it finds them: several lexicons share one walk over the text that way."""
        table: dict[str, tuple[str, list[Any]]] = {}
        for key, flags, value in _with_nukta_writings(entries):
            if not key:
                continue
            old = table.get(key)
            if old is None:
                table[key] = (flags, [value])
                continue
            if flags != old[0]:
                # One entry per key: "paket" and "paket*" (or "versand" and "~versand") with one
                # meaning are one phrase that takes the wider of its endings and starts
                # ("Paketversand"). A capital or a case ending cannot be widened that way, nor
                # a writing with a meaning of its own ("koli" mail, "koli*" parcels): one entry
                # cannot hold two writings that say different things.
                if _NARROWING.intersection(flags) != _NARROWING.intersection(old[0]):
                    raise ValueError(
                        f"phrase {key!r} is written with flags {old[0]!r} and {flags!r}: "
                        "a capital (^) or a case ending must be the same in each writing"
                    )
                if old[1] != [value]:
                    raise ValueError(
                        f"phrase {key!r} is written with flags {old[0]!r} and {flags!r} for "
                        f"different meanings ({old[1]!r}, {value!r})"
                    )
                flags = "".join(sorted(set(flags) | set(old[0])))
                table[key] = (flags, old[1])
            if value not in old[1]:
                old[1].append(value)
        longest = max(table, key=len, default="")
        if len(longest) >= LONGEST_PHRASE:  # (a walk again after a phrase reaches no further)
            raise ValueError(f"phrase {longest[:40]!r}... is longer than {LONGEST_PHRASE} chars")
        # A phrase that a shorter "prefix*" phrase with the same meaning already covers is
        # dropped: the automaton keeps the longest phrase at a place, and "suspende" would
        # hide "suspend*" in "suspended".
        prefixes = {k: v for k, (f, v) in table.items() if "p" in f and "s" not in f}
        # the lengths of the prefixes by their first two letters (a prefix of one letter by
        # that letter): the few lengths worth a lookup for each phrase
        lengths: dict[str, set[int]] = {}
        for k in prefixes:
            lengths.setdefault(k[:2], set()).add(len(k))
        worth: dict[str, list[int]] = {}  # by a phrase's first two letters, shortest first
        for key, (flags, values) in list(table.items()):
            if "s" in flags:
                continue  # "~sendungen" is found inside "Paketsendungen", "sendung*" is not
            two = key[:2]
            tried = worth.get(two)
            if tried is None:
                tried = worth[two] = sorted(lengths.get(key[:1], set()) | lengths.get(two, set()))
            # "flammable liquid*" says more than "flammable*": only a prefix that reaches
            # into the last word of the phrase can cover it
            first = max(1, key.rfind(" ") + 1)
            for i in tried:
                if i >= len(key):
                    break
                if i >= first:
                    shorter = prefixes.get(key[:i])
                    if shorter is not None and set(values) <= set(shorter):
                        del table[key]
                        break
        self._groups = groups
        group_index = {g: i for i, g in enumerate(groups or ())}
        latin_entries: list[tuple[str, tuple[Any, ...], bool]] = []
        other: list[tuple[str, tuple[Any, ...]]] = []
        # A trie node keeps its children in the order they were added and the walk looks
        # them up one by one: phrases added in the order of _LETTER_RANK put the frequent
        # letters first (the tries, and so the matches, are the same in any order; phrases
        # with other letters keep their place after them).
        for key in sorted(table, key=_rank_key):
            flags, values = table[key]
            plural = plural_s and len(key) >= 4 and _latin_letter(key[-1]) and key[-1] != "s"
            suffix, prefix, cap = "s" in flags, "p" in flags, "c" in flags
            decl = ("e" if "e" in flags else "d") if "d" in flags else ""
            first, last = _script(key[0]), _script(key[-1])
            if key[-1] == "'":  # (normalize_key writes every apostrophe so)
                last = _ELIDED
            # The common case (whole words of an alphabet, no flag) takes the short way in _scan
            plain = not (suffix or prefix or cap or decl) and first == last == _LATIN
            if groups is not None:
                values = [(group_index[g], v) for g, v in values]
            entry = (
                len(key),
                plain,
                plural,
                tuple(values),
                key,
                suffix,
                prefix,
                cap,
                decl,
                first,
                last,
            )
            if key[0] <= "\u024f" or "\u1e00" <= key[0] <= "\u1eff":
                # (with the letters of Latin Extended Additional: Vietnamese "Ấn Độ" is
                # written among Latin words, never in a run of other letters)
                latin_entries.append((key, entry, suffix))
            else:
                other.append((key, entry))
        self._latin = _latin_automaton(latin_entries)
        # The second automaton, split by the script of the first letter; the whole one is
        # built again only for a stretch that mixes scripts (rare): it is the largest part of
        # the tables, and one copy of it is enough.
        self._by_script = _split_by_script(other) if other else {}
        self._other: Any = None
        self._has_other = bool(other)

    def __getstate__(self) -> dict[str, Any]:
        """Stored without the automaton of all other scripts, which a mixed-script text may
        have built: it is the largest part of a table, and built again when a text needs it."""
        state = self.__dict__.copy()
        state["_other"] = None
        return state

    def find(
        self,
        norm: str,
        orig: str,
        lo: int = 0,
        hi: int | None = None,
        runs: list[tuple[int, int]] | None = None,
    ) -> list[Match]:
        """Matches in ``norm[lo:hi]`` (``orig`` is the same text before normalising; ``runs``
        its stretches of other scripts, when the caller has them)."""
        hi = len(norm) if hi is None else hi
        out: list[Match] = []
        if self._latin is not None:
            _scan_latin(self._latin, norm, orig, lo, hi, out.append, None)
        if self._has_other:
            if runs is None:
                runs = other_script_runs(norm)
            if runs:
                for a, b in runs:
                    if b > lo and a < hi:
                        x, y = max(a, lo), min(b, hi)
                        auto = self._run_automaton(norm, a, x, y)
                        if auto is not None:
                            _scan(auto, norm, orig, x, y, out.append, None)
                out.sort(key=_start)
        if self._groups is not None:  # values as they were given: (group, value)
            names = self._groups
            out = [_new(Match, (s, e, (names[v[0]], v[1]), k)) for s, e, v, k in out]
        return out

    def find_groups(self, norm: str, orig: str) -> dict[str, list[Match]]:
        """For a matcher built with ``groups``: the matches in the whole text, by group, each
        list as ``find`` would order it (a match's value is the value without its group)."""
        groups = self._groups or ()
        lists: list[list[Match]] = [[] for _ in groups]
        appends = [lst.append for lst in lists]
        if self._latin is not None:
            _scan_latin(self._latin, norm, orig, 0, len(norm), None, appends)
        if self._has_other:
            runs = other_script_runs(norm)
            if runs:
                for a, b in runs:
                    auto = self._run_automaton(norm, a, a, b)
                    if auto is not None:
                        _scan(auto, norm, orig, a, b, None, appends)
                for lst in lists:
                    lst.sort(key=_start)
        return dict(zip(groups, lists, strict=True))

    def _run_automaton(self, norm: str, run_start: int, x: int, y: int) -> Any:
        """The automaton to walk ``norm[x:y]`` (part of the run of other letters that starts at
        ``run_start``) with: the one of the phrases that start in the run's script when the
        stretch holds no first letter of any other phrase (it then finds exactly what the
        automaton of all of them finds, and faster, as its trie has far fewer first letters);
        None when that script has no phrases."""
        part = self._by_script.get(_block(norm[run_start]))
        if part is None:
            part = self._by_script[None]
        auto, foreign = part
        if foreign and _char_class(foreign).search(norm, x, y):
            return self._whole_other()
        return auto

    def _whole_other(self) -> Any:
        whole = self._other
        if whole is None:
            whole = ahocorasick.Automaton()
            for part, _ in self._by_script.values():
                if part is not None:
                    for key, entry in part.items():
                        whole.add_word(key, entry)
            whole.make_automaton()
            self._other = whole
        return whole

    def find_in_spans(self, norm: str, orig: str, spans: list[tuple[int, int]]) -> list[Match]:
        """Matches inside the given spans only (merged where they overlap), in text order:
        cheaper than the whole text when the spans are small windows around a few words."""
        out: list[Match] = []
        runs = other_script_runs(norm) if self._has_other else []
        cur_a = cur_b = -1
        for a, b in sorted(spans):
            if a <= cur_b:
                if b > cur_b:
                    cur_b = b
                continue
            if cur_b > cur_a:
                out += self.find(norm, orig, cur_a, cur_b, runs)
            cur_a, cur_b = a, b
        if cur_b > cur_a:
            out += self.find(norm, orig, cur_a, cur_b, runs)
        return out


_start = itemgetter(0)  # Match.start

# The Latin automaton walks a copy of the text in which every character that ends a word,
# other than the space, reads NUL, with one space before it; each of its phrases starts with a
# space or a NUL. A walk can then enter the trie only where a word starts: inside a word it
# stays at a root of a few children instead of stepping through a trie of thousands of phrases
# at every letter (19-20 ns a character before, 11-12 after, measured over the dev notices).
_ASCII_MARKS = bytes(i if chr(i).isalnum() or chr(i) in " _" else 0 for i in range(128)) + bytes(
    range(128, 256)
)
_OTHER_NON_WORD = lazy_compile(r"[^\w\x00-\x7f]")
# Letters of scripts written without spaces (Thai, Lao, Burmese, Khmer, Han, kana): a Latin
# word stands between them as between spaces ("少額貨物のVAT免除", "寄往EU的邮件")
_UNSPACED = lazy_compile(UNSPACED_CLASS)
_marked_cache = threading.local()


def boundary_text(norm: str) -> str:
    """``" " + norm`` with each character that ends a word (other than the space) as NUL;
    made once per text (each lexicon asks again)."""
    recent: list[tuple[str, str]] | None = getattr(_marked_cache, "recent", None)
    if recent is None:
        recent = _marked_cache.recent = []
    for cached_text, cached in recent:
        if cached_text is norm:
            return cached
    if norm.isascii():
        marked = (" " + norm).encode("ascii").translate(_ASCII_MARKS).decode("ascii")
    else:
        marked = _mark_known(norm, "".join(set(_OTHER_NON_WORD.findall(norm))))
    recent.insert(0, (norm, marked))
    del recent[2:]
    return marked


def _mark_known(norm: str, others: str, every_other: bool = False) -> str:
    """``boundary_text`` of a text whose characters other than ASCII are among ``others``
    (``every_other``: all of them are, so the letters of unspaced scripts, none of them ASCII,
    are looked for there, not in the whole text)."""
    # UTF-8 keeps ASCII as bytes below 128 and nothing else there
    marked = (" " + norm).encode("utf-8").translate(_ASCII_MARKS).decode("utf-8")
    for ch in others:
        if not is_word_char(ch):  # "®", "€"; not a vowel sign of Devanagari
            marked = marked.replace(ch, "\x00")
    if _UNSPACED.search(others if every_other else norm) is not None:
        marked = _UNSPACED.sub("\x00", marked)
    return marked


def _mark_key(key: str) -> str:
    if key.isascii():
        return key.encode("ascii").translate(_ASCII_MARKS).decode("ascii")
    return "".join(ch if ch == " " or is_word_char(ch) else "\x00" for ch in key)


def _latin_automaton(entries: list[tuple[str, tuple[Any, ...], bool]]) -> Any:
    """The automaton of the phrases that start with a Latin letter, over ``boundary_text``:
    each phrase that must start a word is put in twice, after a space and after a NUL; a
    phrase found inside words ("~sendungen") as it is. A phrase with other characters than
    letters and spaces ("u.s.") is checked against the text when found (its NULs stand for any
    such character)."""
    if not entries:
        return None
    auto = ahocorasick.Automaton()
    for key, entry, inside_words in entries:
        marked = _mark_key(key)
        value = (*entry, marked != key)
        for walked in [marked] if inside_words else [" " + marked, "\x00" + marked]:
            if walked in auto:
                raise ValueError(f"two phrases read alike once marked: {key!r}")
            auto.add_word(walked, value)
    auto.make_automaton()
    # The copy that unpickling makes lays each node out beside the table of its children, in
    # the order of a walk over the trie: 4-6 % more notices a second than the nodes left where
    # adding the phrases put them.
    return pickle.loads(pickle.dumps(auto))


# Letters by how often they occur in English and western European text, space first, as the
# control characters that sort before every other (a translation table: a cheap sort key).
_LETTER_RANK = {ord(ch): i for i, ch in enumerate(" etaoinsrhldcumfpgwybvkxjqz")}


def _rank_key(key: str) -> str:
    return key.translate(_LETTER_RANK) if key.isascii() else key


# Blocks of the scripts written without Latin letters, for splitting the second automaton.
_BLOCKS = (
    (0x0370, 0x0590),  # Greek, Cyrillic, Armenian
    (0x0590, 0x0800),  # Hebrew, Arabic
    (0x0900, 0x0F00),  # Indic scripts, Thai, Lao
    (0x1000, 0x10A0),  # Burmese
    (0x1780, 0x1800),  # Khmer
    (0xAC00, 0xD7B0),  # Hangul
)


def _block(ch: str) -> int:
    """Index of the block of ``_BLOCKS`` holding ``ch``, or -1 (Han, kana and the rest)."""
    o = ord(ch)
    for i, (lo, hi) in enumerate(_BLOCKS):
        if lo <= o < hi:
            return i
    return -1


def _split_by_script(
    other: list[tuple[str, tuple[Any, ...]]],
) -> dict[int | None, tuple[Any, str]]:
    """One automaton per block of first letters, each with the first letters of the phrases
    it lacks ("" when it lacks none). Key None: no phrase (no automaton; a stretch with any
    first letter goes to the whole)."""
    parts: dict[int, list[tuple[str, Any]]] = {}
    for key, entry in other:
        parts.setdefault(_block(key[0]), []).append((key, entry))
    firsts = {b: {key[0] for key, _ in items} for b, items in parts.items()}
    out: dict[int | None, tuple[Any, str]] = {}
    for b in [*parts, None]:
        foreign = "".join(sorted(set().union(*(f for c, f in firsts.items() if c != b))))
        auto = None
        if b is not None:
            auto = ahocorasick.Automaton()
            for key, entry in parts[b]:
                auto.add_word(key, entry)
            auto.make_automaton()
        out[b] = (auto, foreign)
    return out


@lru_cache(maxsize=64)
def _char_class(chars: str) -> re.Pattern[str]:
    """A regex for any one of ``chars``, compiled on first use (some hold hundreds)."""
    return re.compile("[" + "".join(map(re.escape, chars)) + "]")


def _scan(
    auto: Any,
    norm: str,
    orig: str,
    lo: int,
    hi: int,
    append: Callable[[Match], None] | None,
    appends: list[Callable[[Match], None]] | None,
    stop_at: int = -1,
) -> int:
    """Walks ``norm[lo:hi]`` and keeps the matches that respect word boundaries and their
    flags; each goes to ``append``, or with groups to ``appends[group]``. Returns where the
    last kept match ends. ``stop_at``: keep only matches that start before it.

    The automaton reports the longest phrase at each place; when that one starts inside a
    word ("e mail" in "notice mail") or ends inside one, a phrase that starts at the next word
    ("mail") would be lost, so the words it covered are walked again."""
    n = len(norm)
    last_end = -1
    by_group = appends if appends is not None else []
    # The automaton copies the text it is given (to four bytes a letter) before it walks it:
    # given only the window (``norm[0:n]`` is ``norm`` itself), it copies no more than that.
    shift = lo + 1
    for end_idx, entry in auto.iter_long(norm[lo:hi]):
        end = end_idx + shift
        start = end - entry[0]
        if stop_at >= 0 and start >= stop_at:
            break
        if start < last_end:
            continue
        if entry[1]:  # plain: a whole word or words of an alphabet
            if start > 0:
                prev = norm[start - 1]
                if prev != " " and (
                    prev.isalnum() or prev == "_" or (prev >= "\u0300" and is_word_char(prev))
                ):
                    last_end = _rescan(
                        _scan, auto, norm, orig, start, end, hi, append, appends, last_end
                    )
                    continue
            if end < n:
                nxt = norm[end]
                if nxt != " " and (
                    nxt.isalnum() or nxt == "_" or (nxt >= "\u0300" and is_word_char(nxt))
                ):
                    if (
                        entry[2]  # plural
                        and nxt == "s"
                        and (end + 1 >= n or not is_word_char(norm[end + 1]))
                    ):
                        end += 1
                    else:
                        last_end = _rescan(
                            _scan, auto, norm, orig, start, end, hi, append, appends, last_end
                        )
                        continue
        else:
            first = entry[9]
            if not entry[5] and start > 0:  # not a "~" phrase: the word starts with it
                prev = norm[start - 1]
                if first == _LATIN:
                    if prev.isalnum() or prev == "_" or (prev >= "\u0300" and is_word_char(prev)):
                        last_end = _rescan(
                            _scan, auto, norm, orig, start, end, hi, append, appends, last_end
                        )
                        continue
                elif first == _KANA and (is_katakana(prev) or prev == "\u30fc"):
                    continue
            checked = _checked_end(entry, norm, orig, start, end)
            if checked < 0:
                last_end = _rescan(
                    _scan, auto, norm, orig, start, end, hi, append, appends, last_end
                )
                continue
            end = checked
        key = entry[4]
        if append is not None:
            for v in entry[3]:
                append(_new(Match, (start, end, v, key)))
        else:
            for g, v in entry[3]:
                by_group[g](_new(Match, (start, end, v, key)))
        last_end = end
    return last_end


def _scan_latin(
    auto: Any,
    norm: str,
    orig: str,
    lo: int,
    hi: int,
    append: Callable[[Match], None] | None,
    appends: list[Callable[[Match], None]] | None,
    stop_at: int = -1,
) -> int:
    """``_scan`` for the Latin automaton (see ``boundary_text``): a phrase it finds starts a
    word, so only its end is checked. When the longest phrase there ends inside a word
    ("temporarily not accept" in "temporarily not accepted"), the words it covered are walked
    again, where a shorter phrase may start ("not accepted")."""
    n = len(norm)
    last_end = -1
    by_group = appends if appends is not None else []
    # ``marked[lo]`` is what precedes ``norm[lo]``: a window is walked from there
    marked = boundary_text(norm)
    for end_idx, entry in auto.iter_long(marked[lo : hi + 1]):
        end = end_idx + lo
        start = end - entry[0]
        if stop_at >= 0 and start >= stop_at:
            break
        if start < last_end:
            continue
        if entry[11] and not norm.startswith(entry[4], start):
            continue  # "u.s." found as "u,s,"
        if entry[1]:  # plain: a whole word or words of an alphabet
            if end < n:
                nxt = norm[end]
                if (
                    nxt != " "
                    and (nxt.isalnum() or nxt == "_" or (nxt >= "\u0300" and is_word_char(nxt)))
                    and not (nxt >= "\u0e00" and is_cjk(nxt))
                ):
                    if (
                        entry[2]  # plural
                        and nxt == "s"
                        and (end + 1 >= n or not is_word_char(norm[end + 1]))
                    ):
                        end += 1
                    else:
                        last_end = _rescan(
                            _scan_latin, auto, norm, orig, start, end, hi, append, appends, last_end
                        )
                        continue
        else:
            if entry[5] and start < lo:  # a "~" phrase begun before the window
                continue
            checked = _checked_end(entry, norm, orig, start, end)
            if checked < 0:
                last_end = _rescan(
                    _scan_latin, auto, norm, orig, start, end, hi, append, appends, last_end
                )
                continue
            end = checked
        key = entry[4]
        if append is not None:
            for v in entry[3]:
                append(_new(Match, (start, end, v, key)))
        else:
            for g, v in entry[3]:
                by_group[g](_new(Match, (start, end, v, key)))
        last_end = end
    return last_end


def _checked_end(entry: tuple[Any, ...], norm: str, orig: str, start: int, end: int) -> int:
    """Where a phrase with flags (see the module docstring) found at ``start:end`` ends once
    its ending is checked (a case ending, a plural "s", the rest of a "suspend*" word), or -1
    when it ends inside a word or lacks its capital."""
    decl, last = entry[8], entry[10]
    n = len(norm)
    if decl == "e" and (end >= n or not _cyrillic(norm[end])):
        return -1  # a stem without its ending
    if not entry[6] and end < n:  # not a "suspend*" phrase: the word must end with it
        nxt = norm[end]
        if last == _LATIN:
            if (nxt.isalnum() or nxt == "_" or (nxt >= "\u0300" and is_word_char(nxt))) and not (
                nxt >= "\u0e00" and is_cjk(nxt)
            ):
                if decl and _cyrillic(nxt):
                    j = end
                    while j < n and j - end < 4 and _cyrillic(norm[j]):
                        j += 1
                    if j < n and is_word_char(norm[j]):
                        return -1
                    if not _case_ending(norm[end:j], norm[end - 1]):
                        return -1
                    end = j
                elif entry[2] and nxt == "s" and (end + 1 >= n or not is_word_char(norm[end + 1])):
                    end += 1
                else:
                    return -1
        elif last == _KANA and (is_katakana(nxt) or nxt == "\u30fc"):
            return -1
    if entry[7] and not orig[start].isupper():  # a phrase that needs its capital
        return -1
    if entry[6] and last == _LATIN:  # the whole word as evidence: "suspended"
        while end < n and is_word_char(norm[end]):
            end += 1
    return end


def _rescan(
    scan: Callable[..., int],
    auto: Any,
    norm: str,
    orig: str,
    start: int,
    end: int,
    hi: int,
    append: Callable[[Match], None] | None,
    appends: list[Callable[[Match], None]] | None,
    last_end: int,
) -> int:
    """Walks again (with ``scan``, the walk of this automaton) from the next word start inside
    a phrase that began or ended mid-word, only as far as a phrase that starts there can reach
    (the walk copies the text it is given)."""
    p = norm.find(" ", start, end)
    if p < 0 or p + 1 >= end:
        return last_end
    reach = min(hi, end + LONGEST_PHRASE)
    return max(last_end, scan(auto, norm, orig, p + 1, reach, append, appends, end))


LONGEST_PHRASE = 400  # characters: a longer phrase is refused when a matcher is built
