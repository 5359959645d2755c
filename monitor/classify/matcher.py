"""Whole-word phrase matching over normalised text with one Aho-Corasick automaton per lexicon.

Matches are leftmost-longest among those that respect word boundaries (Chinese and Japanese
have none; katakana names must not run into more katakana). Flags per phrase: ``p`` prefix
(any word ending may follow: "suspend*"), ``s`` suffix (any word start may precede, for German
compounds: "~sendungen"), ``c`` needs a capital letter in the original, ``d`` a Russian or
Ukrainian stem that takes up to three more letters of case ending.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

from monitor.classify.normalize import is_cjk, is_katakana, is_word_char, normalize_key


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    value: Any  # what the phrase stands for (a code, a category id, ...)
    key: str


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


def _script(ch: str) -> int:
    if is_katakana(ch):
        return _KANA
    return _HAN if is_cjk(ch) else _LATIN


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or (ch >= "\u0300" and is_word_char(ch))


_NON_LATIN = re.compile(r"[^\x00-\u024f]+")


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
        latin, other = ahocorasick.Automaton(), ahocorasick.Automaton()
        self._other_len = 0
        for key, (flags, values) in table.items():
            plural = plural_s and len(key) >= 4 and _latin_letter(key[-1]) and key[-1] != "s"
            entry = (
                len(key),
                "s" in flags,
                "p" in flags,
                "c" in flags,
                "d" in flags,
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
                self._other_len = max(self._other_len, len(key))
        self._latin = latin if len(latin) else None
        self._other = other if len(other) else None
        for auto in (self._latin, self._other):
            if auto is not None:
                auto.make_automaton()

    def find(self, norm: str, orig: str, lo: int = 0, hi: int | None = None) -> list[Match]:
        """Matches in ``norm[lo:hi]`` (``orig`` is the same text before normalising)."""
        hi = len(norm) if hi is None else hi
        out: list[Match] = []
        if self._latin is not None:
            self._scan(self._latin, norm, orig, lo, hi, out)
        if self._other is not None and not norm.isascii():
            cur_a = cur_b = -1
            for m in _NON_LATIN.finditer(norm, lo, hi):
                a, b = m.start(), min(hi, m.end() + self._other_len)
                if a <= cur_b:
                    cur_b = max(cur_b, b)
                    continue
                if cur_b > cur_a:
                    self._scan(self._other, norm, orig, cur_a, cur_b, out)
                cur_a, cur_b = a, b
            if cur_b > cur_a:
                self._scan(self._other, norm, orig, cur_a, cur_b, out)
            out.sort(key=lambda m: m.start)
        return out

    def find_in_spans(self, norm: str, orig: str, spans: list[tuple[int, int]]) -> list[Match]:
        """Matches inside the given spans only (merged where they overlap), in text order:
        cheaper than the whole text when the spans are small windows around a few words."""
        out: list[Match] = []
        cur_a = cur_b = -1
        for a, b in sorted(spans):
            if a <= cur_b:
                cur_b = max(cur_b, b)
                continue
            if cur_b > cur_a:
                out += self.find(norm, orig, cur_a, cur_b)
            cur_a, cur_b = a, b
        if cur_b > cur_a:
            out += self.find(norm, orig, cur_a, cur_b)
        return out

    @staticmethod
    def _scan(auto: Any, norm: str, orig: str, lo: int, hi: int, out: list[Match]) -> None:
        n = len(norm)
        last_end = -1
        for end_idx, entry in auto.iter_long(norm, lo, hi):
            length, suffix, prefix, cap, decl, plural, first, last, values, key = entry
            start = end_idx - length + 1
            end = end_idx + 1
            if start < last_end:
                continue
            if not suffix and start > 0:
                prev = norm[start - 1]
                if first == _LATIN:
                    if _word_char(prev):
                        continue
                elif first == _KANA and (is_katakana(prev) or prev == "\u30fc"):
                    continue
            if not prefix and end < n:
                nxt = norm[end]
                if last == _LATIN:
                    if _word_char(nxt):
                        if decl and _cyrillic(nxt):
                            j = end
                            while j < n and j - end < 3 and _cyrillic(norm[j]):
                                j += 1
                            if j < n and _word_char(norm[j]):
                                continue
                            end = j
                        elif plural and nxt == "s" and (end + 1 >= n or not _word_char(norm[end + 1])):
                            end += 1
                        else:
                            continue
                elif last == _KANA and (is_katakana(nxt) or nxt == "\u30fc"):
                    continue
            if cap and not orig[start].isupper():
                continue
            for v in values:
                out.append(Match(start, end, v, key))
            last_end = end
