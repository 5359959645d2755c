"""Whole-word phrase matching over normalised text with one Aho-Corasick automaton per lexicon.

Matches are leftmost-longest among those that respect word boundaries (Chinese and Japanese
have none; katakana names must not run into more katakana). Flags per phrase: ``p`` prefix
(any word ending may follow: "suspend*"), ``s`` suffix (any word start may precede, for German
compounds: "~sendungen"), ``c`` needs a capital letter in the original, ``d`` a Russian or
Ukrainian stem that takes up to three more letters of case ending.
"""

from __future__ import annotations

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


class PhraseMatcher:
    """A lexicon compiled once; ``find`` returns non-overlapping leftmost-longest matches."""

    def __init__(self, entries: Iterable[tuple[str, str, Any]], *, plural_s: bool = False):
        """``entries``: (normalised key, flags, value). ``plural_s`` lets Latin names of four
        letters or more take an "s" (German genitive "Chinas", English plural)."""
        self._auto = ahocorasick.Automaton()
        table: dict[str, tuple[str, list[Any]]] = {}
        for key, flags, value in entries:
            if not key:
                continue
            old = table.get(key)
            if old is None:
                table[key] = (flags, [value])
            elif value not in old[1]:
                old[1].append(value)
        for key, (flags, values) in table.items():
            self._auto.add_word(key, (len(key), flags, tuple(values), key))
        self._empty = not table
        if not self._empty:
            self._auto.make_automaton()
        self._plural_s = plural_s

    def find(self, norm: str, orig: str) -> list[Match]:
        if self._empty:
            return []
        found: list[tuple[int, int, tuple[Any, ...], str]] = []
        n = len(norm)
        for end_idx, (length, flags, values, key) in self._auto.iter(norm):
            start = end_idx - length + 1
            end = end_idx + 1
            first, last = key[0], key[-1]
            # left edge
            if "s" not in flags and start > 0:
                prev = norm[start - 1]
                if is_cjk(first):
                    if is_katakana(first) and (is_katakana(prev) or prev == "\u30fc"):
                        continue
                elif is_word_char(prev):
                    continue
            # right edge
            if "p" not in flags and end < n:
                nxt = norm[end]
                if is_cjk(last):
                    if is_katakana(last) and (is_katakana(nxt) or nxt == "\u30fc"):
                        continue
                elif is_word_char(nxt):
                    if "d" in flags and _cyrillic(nxt):
                        j = end
                        while j < n and j - end < 3 and _cyrillic(norm[j]):
                            j += 1
                        if j < n and is_word_char(norm[j]):
                            continue
                        end = j
                    elif (
                        self._plural_s
                        and nxt == "s"
                        and _latin_letter(last)
                        and last != "s"
                        and length >= 4
                        and (end + 1 >= n or not is_word_char(norm[end + 1]))
                    ):
                        end += 1
                    else:
                        continue
            if "c" in flags and not orig[start].isupper():
                continue
            found.append((start, end, values, key))
        if not found:
            return []
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        out: list[Match] = []
        last_end = -1
        for start, end, values, key in found:
            if start < last_end:
                continue
            for v in values:
                out.append(Match(start, end, v, key))
            last_end = end
        return out
