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

import re
import threading
from collections.abc import Iterable
from typing import Any, NamedTuple

import ahocorasick

from monitor.classify.normalize import is_cjk, is_katakana, is_word_char, normalize_key


class Match(NamedTuple):
    """A tuple, not a dataclass: dozens are made per notice and a tuple is made fastest."""

    start: int
    end: int
    value: Any  # what the phrase stands for (a code, a category id, ...)
    key: str


_new = tuple.__new__  # Match(...) without the keyword handling: the hot loop makes many


def parse_phrase(raw: str) -> tuple[str, str]:
    """``"~sendungen"`` -> ("sendungen", "s"); ``"suspend*"`` -> ("suspend", "p")."""
    flags = ""
    phrase = raw.strip()
    if phrase.endswith("*"):
        flags += "p"
        phrase = phrase[:-1]
    if phrase.startswith("~"):
        flags += "s"
        phrase = phrase[1:]
    return normalize_key(phrase), flags


def _latin_letter(ch: str) -> bool:
    return "a" <= ch <= "z"


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


_LATIN, _HAN, _KANA = 0, 1, 2

# Russian and Ukrainian case endings of nouns, normalised as the text is (й -> и, ї -> і).
CASE_ENDINGS = frozenset(
    normalize_key(e)
    for e in "а я у ю е є и і ї ы о ь ой ей ою ею єю ом ем ам ям ах ях ами ями ов ев ів ию ии ия "
    "ией ія ії ію ією ью".split()
)


def _script(ch: str) -> int:
    if is_katakana(ch):
        return _KANA
    return _HAN if is_cjk(ch) else _LATIN


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or (ch >= "\u0300" and is_word_char(ch))


# Letters of the scripts written without Latin letters: Greek, Cyrillic, Arabic, Devanagari,
# kana, Han, Hangul (symbols such as "®" are not among them).
_NON_LATIN = re.compile(
    r"[\u0370-\u052f\u0620-\u064a\u066e-\u06d3\u0900-\u097f\u3040-\u30ff\u3400-\u9fff"
    r"\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]+"
)


_runs_cache = threading.local()


def _other_script_runs(text: str) -> list[tuple[int, int]]:
    """Stretches of non-Latin letters, computed once per text (each lexicon asks again)."""
    if text.isascii():
        return []
    recent: list[tuple[str, list[tuple[int, int]]]] | None = getattr(_runs_cache, "recent", None)
    if recent is None:
        recent = _runs_cache.recent = []
    for cached_text, cached_runs in recent:
        if cached_text is text:  # the normalised and the original text of one notice
            return cached_runs
    runs: list[tuple[int, int]] = []
    cur_a = cur_b = -10
    for m in _NON_LATIN.finditer(text):
        a, b = m.start(), m.end() + 1
        if cur_b >= 0 and a <= cur_b + 3:  # "Южная Корея": one name, two words
            cur_b = max(cur_b, b)
            continue
        if cur_b > cur_a:
            runs.append((cur_a, min(cur_b, len(text))))
        cur_a, cur_b = a, b
    if cur_b > cur_a:
        runs.append((cur_a, min(cur_b, len(text))))
    recent.insert(0, (text, runs))
    del recent[2:]
    return runs


def _case_ending(ending: str, stem_last: str) -> bool:
    """A Russian/Ukrainian case ending, or a doubled consonant and "ю" ("Білоруссю")."""
    if ending in CASE_ENDINGS:
        return True
    return len(ending) == 2 and ending[0] == stem_last and ending[1] == "ю"


class PhraseMatcher:
    """A lexicon compiled once; ``find`` returns non-overlapping leftmost-longest matches
    (the automaton picks the longest phrase at each place; a phrase that then fails the word
    boundary is dropped, not replaced by a shorter one).

    Phrases that start with a Latin letter and the others (Cyrillic, Han, kana, Devanagari)
    live in two automata: the second one only reads the stretches of text written in those
    scripts, since a trie with hundreds of first letters is slow to walk over Latin text."""

    def __init__(self, entries: Iterable[tuple[str, str, Any]], *, plural_s: bool = False):
        """``entries``: (normalised key, flags, value). ``plural_s`` lets Latin names of four
        letters or more take an "s" (German genitive "Chinas", English plural)."""
        table: dict[str, tuple[str, list[Any]]] = {}
        for key, flags, value in entries:
            if not key:
                continue
            old = table.get(key)
            if old is None:
                table[key] = (flags, [value])
            elif value not in old[1]:
                old[1].append(value)
        # A phrase that a shorter "prefix*" phrase with the same meaning already covers is
        # dropped: the automaton keeps the longest phrase at a place, and "suspende" would
        # hide "suspend*" in "suspended".
        prefixes = {k: v for k, (f, v) in table.items() if "p" in f and "s" not in f}
        for key in list(table):
            if "s" in table[key][0]:
                continue  # "~sendungen" is found inside "Paketsendungen", "sendung*" is not
            for i in range(1, len(key)):
                if " " in key[i:]:
                    continue  # "flammable liquid*" says more than "flammable*"
                shorter = prefixes.get(key[:i])
                if shorter is not None and set(table[key][1]) <= set(shorter):
                    del table[key]
                    break
        latin, other = ahocorasick.Automaton(), ahocorasick.Automaton()
        for key, (flags, values) in table.items():
            plural = plural_s and len(key) >= 4 and _latin_letter(key[-1]) and key[-1] != "s"
            entry = (
                len(key),
                "s" in flags,
                "p" in flags,
                "c" in flags,
                ("e" if "e" in flags else "d") if "d" in flags else "",
                plural,
                _script(key[0]),
                _script(key[-1]),
                tuple(values),
                key,
            )
            if key[0] <= "\u024f":
                latin.add_word(key, entry)
            else:
                other.add_word(key, entry)
        self._latin = latin if len(latin) else None
        self._other = other if len(other) else None
        for auto in (self._latin, self._other):
            if auto is not None:
                auto.make_automaton()

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
            self._scan(self._latin, norm, orig, lo, hi, out)
        if self._other is not None:
            if runs is None:
                runs = _other_script_runs(norm)
            if runs:
                for a, b in runs:
                    if b > lo and a < hi:
                        self._scan(self._other, norm, orig, max(a, lo), min(b, hi), out)
                out.sort(key=lambda m: m.start)
        return out

    def find_in_spans(self, norm: str, orig: str, spans: list[tuple[int, int]]) -> list[Match]:
        """Matches inside the given spans only (merged where they overlap), in text order:
        cheaper than the whole text when the spans are small windows around a few words."""
        out: list[Match] = []
        runs = _other_script_runs(norm) if self._other is not None else []
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

    @staticmethod
    def _scan(auto: Any, norm: str, orig: str, lo: int, hi: int, out: list[Match]) -> None:
        n = len(norm)
        last_end = -1
        append = out.append
        for end_idx, entry in auto.iter_long(norm, lo, hi):
            length, suffix, prefix, cap, decl, plural, first, last, values, key = entry
            start = end_idx - length + 1
            end = end_idx + 1
            if start < last_end:
                continue
            if not suffix and start > 0:
                prev = norm[start - 1]
                if first == _LATIN:
                    if prev.isalnum() or prev == "_" or (prev >= "\u0300" and is_word_char(prev)):
                        continue
                elif first == _KANA and (is_katakana(prev) or prev == "\u30fc"):
                    continue
            if decl == "e" and (end >= n or not _cyrillic(norm[end])):
                continue  # a stem without its ending
            if not prefix and end < n:
                nxt = norm[end]
                if last == _LATIN:
                    if nxt.isalnum() or nxt == "_" or (nxt >= "\u0300" and is_word_char(nxt)):
                        if decl and _cyrillic(nxt):
                            j = end
                            while j < n and j - end < 4 and _cyrillic(norm[j]):
                                j += 1
                            if j < n and _word_char(norm[j]):
                                continue
                            if not _case_ending(norm[end:j], norm[end - 1]):
                                continue
                            end = j
                        elif (
                            plural
                            and nxt == "s"
                            and (end + 1 >= n or not _word_char(norm[end + 1]))
                        ):
                            end += 1
                        else:
                            continue
                elif last == _KANA and (is_katakana(nxt) or nxt == "\u30fc"):
                    continue
            if cap and not orig[start].isupper():
                continue
            if prefix and last == _LATIN:  # the whole word as evidence: "suspended"
                while end < n and _word_char(norm[end]):
                    end += 1
            for v in values:
                append(_new(Match, (start, end, v, key)))
            last_end = end
