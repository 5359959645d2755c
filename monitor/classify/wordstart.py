"""Searching a pattern that starts at a word boundary (every alternative begins with ``\\b``)
faster, with exactly the matches of the pattern itself.

The regex engine cannot skip ahead for such a pattern: it tests the boundary at every position
of the text, and a Unicode word boundary costs two character-class lookups. Without the
leading ``\\b`` the pattern starts with its first letters, which the engine tests cheaply;
each place it matches is then kept only where the boundary holds, and the search goes on one
character further where it does not, so no match of the original pattern is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from monitor.classify.lazy_pattern import lazy_compile


def _outside_classes(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each character of ``pattern`` from
    ``start`` that is neither escaped nor inside a character class."""
    depth = 0
    i = start
    in_class = False
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if pattern.startswith("^", i + 1):
                i += 1
            if pattern.startswith("]", i + 1):  # "[]...]" and "[^]...]": a literal "]"
                i += 1
        else:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            yield i, ch, depth
        i += 1


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at the ``|`` that are outside groups and character classes."""
    parts: list[str] = []
    start = 0
    for i, ch, depth in _outside_classes(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _is_word(ch: str) -> bool:
    """A word character as ``\\b`` of a str pattern sees it (Unicode alphanumeric or "_")."""
    return ch.isalnum() or ch == "_"


class WordStartPattern:
    """A compiled pattern whose every top-level alternative starts with ``\\b``, searched as
    its tail (the pattern without those ``\\b``) plus a boundary test in Python."""

    def __init__(self, rx: re.Pattern[str]):
        parts = _top_level_alternatives(rx.pattern)
        if rx.flags & re.ASCII or not all(p.startswith("\\b") for p in parts):
            raise ValueError(f"not a pattern that starts at a word boundary: {rx.pattern!r}")
        self.rx = rx
        self._tail = lazy_compile("|".join(p[2:] for p in parts), rx.flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """The matches ``rx.finditer(text, pos, endpos)`` yields (none of these patterns
        matches the empty string; should one, the original pattern takes over from there)."""
        end = len(text) if endpos is None else min(endpos, len(text))
        search = self._tail.search
        while pos <= end:
            m = search(text, pos, end)
            if m is None:
                return
            s = m.start()
            if m.end() == s:
                yield from self.rx.finditer(text, s, end)
                return
            # \b as the engine tests it: the real text before ``s``, ``end`` as the text's end
            if (s > 0 and _is_word(text[s - 1])) != (s < end and _is_word(text[s])):
                yield m
                pos = m.end()
            else:
                pos = s + 1

    def may_occur(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """False when ``finditer`` would find nothing: the tail occurs nowhere in the span (a
        single regex search, without the cost of starting a generator)."""
        end = len(text) if endpos is None else endpos
        return self._tail.search(text, pos, end) is not None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The match ``rx.search(text, pos, endpos)`` returns."""
        return next(self.finditer(text, pos, endpos), None)


def by_first_letter(alternation: str) -> str:
    """``"(?:flights?|ferry|fluge)"`` as ``"(?:f(?:lights?|erry|luge))"``: the same matches,
    found faster. At each position the engine tries the alternatives one by one; grouped by
    their first letter, it tries only the group of the letter it stands on. Only alternatives
    with the same first letter can match at one position, and each group keeps their order,
    so the engine picks (and backtracks through) the same ones. Every alternative must start
    with a plain letter that no quantifier follows, and the pattern must not ignore case
    (else "F..." and "f..." would both match at one place from different groups)."""
    whole = alternation.startswith("(?:") and alternation.endswith(")")
    if not whole or len(_top_level_alternatives(alternation)) != 1:
        raise ValueError(f"not one non-capturing group: {alternation!r}")
    groups: dict[str, list[str]] = {}
    for alt in _top_level_alternatives(alternation[3:-1]):
        if len(alt) < 2 or not alt[0].isalpha() or alt[1] in "?*+{":
            raise ValueError(f"not an alternative that starts with a letter: {alt!r}")
        groups.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()) + ")"


def word_start_first(pattern: str) -> str:
    """``pattern`` with each top-level alternative of the form ``\\b(?:w1|w2|...)REST`` (every
    ``w`` starting with a plain letter) written as one alternative per first letter,
    ``w(?<!\\ww)(?:...)REST``: the same matches, found faster. ``\\b`` before a letter holds
    exactly when no word character precedes it (the engine looks at the real text before the
    start of the search for both), and the letter itself is matched first, so the regex engine
    skips ahead to the first letters (when every alternative starts with a plain character)
    instead of trying the pattern at every position. Only alternatives with that first letter
    can match at a place, each group keeps their order, and the alternatives after one keep
    their place, so the engine picks (and backtracks through) the same ones. The pattern must
    not ignore case if two first letters are one letter in two cases."""
    out: list[str] = []
    for alt in _top_level_alternatives(pattern):
        if not alt.startswith("\\b(?:"):
            out.append(alt)
            continue
        close = _group_end(alt, 2)
        group, rest = alt[2 : close + 1], alt[close + 1 :]
        letters: dict[str, list[str]] = {}
        for word in _top_level_alternatives(group[3:-1]):
            if not word or not word[0].isalpha() or word[1:2] in ("?", "*", "+", "{"):
                raise ValueError(f"not a word that starts with a letter: {word!r}")
            letters.setdefault(word[0], []).append(word[1:])
        for first, tails in letters.items():
            out.append(f"{first}(?<!\\w{first})(?:{'|'.join(tails)}){rest}")
    return "|".join(out)


def _group_end(pattern: str, start: int) -> int:
    """The index of the ")" that closes the group opening at ``pattern[start]``."""
    for i, ch, depth in _outside_classes(pattern, start):
        if ch == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced group: {pattern!r}")


def word_start(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled as ``word_start_first`` writes it (the same matches), on first
    use (see lazy_pattern). Given as a string, it is compiled in that form only."""
    if not isinstance(pattern, str):  # a compiled pattern (lazy ones are not re.Pattern)
        flags = pattern.flags
        pattern = pattern.pattern
    if flags & re.IGNORECASE or _IGNORES_CASE.match(pattern):
        raise ValueError(f"a pattern that ignores case: {pattern!r}")
    return lazy_compile(word_start_first(pattern), flags)


# a pattern that opens with a global "(?i)" (a lazy pattern's flags do not say so)
_IGNORES_CASE = re.compile(r"\(\?[aLmsux]*i[aLmsux]*\)")


# Letters that a case-blind pattern matches in their two cases only (checked over all of
# Unicode: "i", "k", "s" and some Cyrillic letters match a third character, "ı", "K" or "ſ").
_TWO_CASE_LETTERS = frozenset("abcdefghjlmnopqrtuvwxyzабгежзийклмнпруфхцчшщыьэюяäöüéèàçñ")


def ignorecase_word_start(alternation: str) -> str:
    """``(?i:\\b(?:w1|w2|...)\\b)`` (``alternation`` is the group ``"(?:w1|w2|...)"``) as
    alternatives that each open with one first letter in one case, the boundary before it as a
    look-behind: ``b(?<!\\wb)(?i:ut)\\b|B(?<!\\wB)(?i:ut)\\b|...``. The same matches: the first
    letter matches as the case-blind one does (see _TWO_CASE_LETTERS), each group keeps the
    order of its words, and only one group can match at a place. A pattern whose every
    alternative opens with a plain character lets the regex engine skip ahead to those
    characters; a case-blind one is tried at every position."""
    whole = alternation.startswith("(?:") and alternation.endswith(")")
    if not whole or len(_top_level_alternatives(alternation)) != 1:
        raise ValueError(f"not one non-capturing group: {alternation!r}")
    groups: dict[str, list[str]] = {}
    for word in _top_level_alternatives(alternation[3:-1]):
        first = word[:1]
        if first not in _TWO_CASE_LETTERS or word[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"not a word that opens with a letter of two cases: {word!r}")
        groups.setdefault(first, []).append(word[1:])
    return "|".join(
        f"{case}(?<!\\w{case})(?i:{'|'.join(tails)})\\b"
        for first, tails in groups.items()
        for case in (first, first.upper())
    )


def literal_alternatives(chars: str, rest: str = "") -> str:
    """``[chars]rest`` as one alternative per character (``a(?:rest)|b(?:rest)``): the same
    matches, and each alternative opens with a plain character (see ignorecase_word_start)."""
    return "|".join(f"{re.escape(ch)}{rest}" for ch in chars)


# What ``\s`` matches in a str pattern (str.isspace; no such character lies above U+3000)
WHITESPACE = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace())


class GuardedPattern:
    """A compiled pattern searched only in a span that holds one of ``words``: stretches of
    text of which every match of the pattern holds one, as written (the pattern does not ignore
    case), so a span without any of them holds no match. Most spans a rule searches are a few
    dozen characters that hold none of its words, and a few substring tests of them cost less
    than the regex, which tries its pattern at every one of its (common) first letters."""

    __slots__ = ("rx", "words", "ascii_words", "pattern", "flags")

    def __init__(self, rx: re.Pattern[str], words: tuple[str, ...]):
        if rx.flags & re.IGNORECASE or rx.search("") is not None:
            raise ValueError(f"not a case-sensitive pattern of words: {rx.pattern!r}")
        self.rx = rx
        self.words = words
        # an ASCII span holds no word with another character: those cost no test there
        self.ascii_words = tuple(w for w in words if w.isascii())
        self.pattern = rx.pattern
        self.flags = rx.flags

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The match ``rx.search(text, pos, endpos)`` returns."""
        if pos < 0:
            pos = 0  # as the regex engine reads it
        if endpos is None:
            part = text[pos:] if pos else text
        elif endpos <= pos:
            return None  # an empty span (a negative end is 0): no match of a word there
        else:
            part = text[pos:endpos]
        for word in self.ascii_words if part.isascii() else self.words:
            if word in part:
                if endpos is None:
                    return self.rx.search(text, pos)
                return self.rx.search(text, pos, endpos)
        return None
