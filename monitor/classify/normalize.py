"""Length-preserving text normalisation, so a match in normalised text is a match in the original.

Every rule matches on lower-cased text with accents removed (for Latin, Greek and Cyrillic
letters), one kind of dash, quote and space. Each character maps to exactly one character, so
offsets found in the normalised text are offsets into the original: evidence needs them.
"""

from __future__ import annotations

import re
import unicodedata

from monitor.classify.lazy_pattern import lazy_compile

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe63\uff0d"
_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "\u02bb": "'",
    "\u00b4": "'",
    "`": "'",
    "\u05f3": "'",  # Hebrew geresh
}
# (and Hebrew gershayim: 'חו״ל' is 'חו"ל', abroad; 'ארה״ב' the United States)
_DQUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u05f4"
# Mojibake of UTF-8 read as cp1252, replaced by an equally long text.
_MOJIBAKE = lazy_compile(
    "\u00e2\u20ac[\u2122\u02dc\u0153\u201c\u201d\u00a6\x9d]|\u00c2(?=[\\s\u00a0]|$)"
)
_MOJIBAKE_MAP = {
    "\u2122": "'  ",
    "\u02dc": "'  ",
    "\u0153": '"  ',
    "\x9d": '"  ',
    "\u201c": "-  ",
    "\u201d": "-  ",
    "\u00a6": "...",
}

# Arabic alef with hamza or madda is written as bare alef as often as not ("امريكا", "الامارات"),
# and final alef maqsura as ya ("علي"): one form of each. Persian and Urdu ye and kaf ("ی", "ک")
# are the Arabic letters in another shape, typed either way: the Arabic ones
_ARABIC_FOLD = {"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
                "\u0649": "\u064a", "\u06cc": "\u064a", "\u06a9": "\u0643"}  # fmt: skip

_table: dict[int, str] = {}
_known: set[str] = set()


def _map_char(ch: str) -> str:
    """The one character ``ch`` normalises to (itself when nothing fits in one character)."""
    if ch in _DASHES or ch == "-":
        return " "  # hyphens split words: "Guinea-Bissau" = "Guinea Bissau", "US-bound"
    if ch in _QUOTES:
        return "'"
    if ch in _DQUOTES:
        return '"'
    if ch.isspace() or ch in "\u00a0\u200b\ufeff":
        return " "
    low = ch.lower()
    if len(low) != 1:
        low = unicodedata.normalize("NFD", ch)[0].lower()
    if ord(low) < 0x0530:  # Latin, Greek, Cyrillic: drop accents
        base = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
        if len(base) == 1:
            low = base
        elif len(base) == 0:
            low = " "
    if low == "\u0451":  # Russian yo is written as ye as often as not
        low = "\u0435"
    if low == "\u03c2":  # Greek final sigma: "ΠΡΟΣ" lower-cases letter by letter to "προσ"
        low = "\u03c3"
    return _ARABIC_FOLD.get(low, low)


def _extend(chars: set[str]) -> None:
    for ch in chars:
        mapped = _map_char(ch)
        if mapped != ch:
            _table[ord(ch)] = mapped
    _known.update(chars)


_ASCII = bytes(ord(_map_char(chr(i))) for i in range(128)) + bytes(range(128, 256))


def normalize(text: str) -> str:
    """Lower-case, accent-free, one dash/quote/space kind; ``len(result) == len(text)``."""
    return normalize_marked(text)[0]


def normalize_marked(text: str) -> tuple[str, str | None]:
    """``normalize(text)``, and the characters other than ASCII that it holds (each once, in
    any order) when they are known without another pass over it, else None."""
    if text.isascii():  # the common case, done by a byte table
        return text.encode("ascii").translate(_ASCII).decode("ascii"), ""
    if "\u00e2" in text or "\u00c2" in text:
        text = _MOJIBAKE.sub(_fix_mojibake, text)
    # Mostly ASCII (a few quotes, dashes, accents): the ASCII through the byte table, with "?"
    # for every other character (one byte each), then those few mapped one by one.
    few = _normalize_few(text)
    if few is not None:
        return few
    return _normalize_lower(text), None


def _normalize_lower(text: str) -> str:
    """``normalize`` for a text with many characters other than ASCII."""
    # str.lower() in C, then the few characters lower-casing does not settle, each replaced
    # throughout: a mapped character maps as its lower-case form does, and what it maps to maps
    # to itself (see _FIXABLE). "İ" lower-cases to two characters and "Σ" by its position.
    low = text.lower()
    if len(low) != len(text) or "\u03a3" in text:
        return _normalize_by_runs(text)
    if "\n" in low:
        low = low.replace("\n", " ")
    if "-" in low:
        low = low.replace("-", " ")
    fixable = set(_FIXABLE.findall(low))
    if len(fixable) > 32:  # each one is a pass over the text: past a few dozen, go by runs
        return _normalize_by_runs(text)
    for ch in fixable:
        mapped = _fixes.get(ch)
        if mapped is None:
            mapped = _fixes[ch] = _map_char(ch)
        if mapped != ch:
            low = low.replace(ch, mapped)
    return low


def _normalize_few(text: str) -> tuple[str, str] | None:
    """``text`` with its ASCII characters mapped through the byte table and the others one by
    one (as ``_normalize_by_runs`` maps them), and what those map to other than ASCII (each
    once); None when they are more than a few."""
    raw = text.encode("ascii", "replace")  # "?" for each other character
    low = raw.translate(_ASCII).decode("ascii")
    parts: list[str] = []
    last = 0
    find = raw.find
    char_map = _char_map
    most = len(text) // 4  # parts: two per character
    others = set()
    i = find(b"?")
    while i >= 0:
        ch = text[i]
        if ch != "?":
            if len(parts) > most:
                return None
            mapped = char_map.get(ch)
            if mapped is None:
                mapped = char_map[ch] = _map_char(ch)
            if mapped >= "\x80":
                others.add(mapped)
            parts.append(low[last:i])
            parts.append(mapped)
            last = i + 1
        i = find(b"?", i + 1)
    if not parts:
        return low, ""
    parts.append(low[last:])
    return "".join(parts), "".join(others)


_char_map: dict[str, str] = {}


def _normalize_by_runs(text: str) -> str:
    """Character by character (through tables): for the texts ``normalize`` cannot lower-case
    as a whole."""
    # ASCII stretches go through the byte table, the rest through the character table
    parts = []
    pos = 0
    for m in _NON_ASCII.finditer(text):
        if m.start() > pos:
            parts.append(text[pos : m.start()].encode("ascii").translate(_ASCII).decode("ascii"))
        run = m.group(0)
        if not _known.issuperset(run):
            _extend(set(run) - _known)
        parts.append(run.translate(_table))
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:].encode("ascii").translate(_ASCII).decode("ascii"))
    return "".join(parts)


_NON_ASCII = lazy_compile(r"[^\x00-\x7f]+")


def _fixable() -> re.Pattern[str]:
    """Every lower-case character that ``_map_char`` changes, except the common newline and
    hyphen (replaced first): ASCII tabs, controls and backquote; above ASCII, dashes, quotes and
    spaces, and letters of the blocks whose accents are dropped (below U+0530; a lower-case
    letter above them maps to itself)."""
    chars = {chr(i) for i in range(128) if _map_char(chr(i)) != chr(i).lower()} - {"\n", "-"}
    chars.update(_DASHES, _QUOTES, _DQUOTES, "\u00a0\u200b\ufeff")
    chars.update(c for c in map(chr, range(0x80, 0x3001)) if c.isspace())
    chars.update(c for c in map(chr, range(0x80, 0x530)) if _map_char(c) != c)
    chars.update(_ARABIC_FOLD)
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


_FIXABLE = _fixable()
_fixes: dict[str, str] = {}


def _fix_mojibake(m: re.Match[str]) -> str:
    s = m.group(0)
    if s == "\u00c2":
        return " "
    return _MOJIBAKE_MAP.get(s[2], " " * len(s))


def is_word_char(ch: str) -> bool:
    """Letters, digits and combining marks continue a word (Devanagari vowel signs are marks)."""
    if ch.isalnum() or ch == "_":
        return True
    return ord(ch) > 0x2FF and unicodedata.category(ch)[0] == "M"


# The same ranges as a regex class, for the matcher's scans of whole texts
UNSPACED_CLASS = r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uf900-\ufaff\uff66-\uff9f]"


def is_cjk(ch: str) -> bool:
    """Scripts written without spaces between words: Han, kana, Thai, Lao, Burmese, Khmer;
    Hangul is spaced (not here)."""
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFF66 <= o <= 0xFF9F
        or 0x0E00 <= o <= 0x0EFF
        or 0x1000 <= o <= 0x109F
        or 0x1780 <= o <= 0x17FF
    )


def is_katakana(ch: str) -> bool:
    """A katakana letter or the long-vowel mark; not the middle dot "・" that parts two
    names ("ロシア・ベラルーシ")."""
    o = ord(ch)
    return (0x30A1 <= o <= 0x30FF and o != 0x30FB) or 0xFF66 <= o <= 0xFF9F


def normalize_key(phrase: str) -> str:
    """A lexicon phrase as it appears in normalised text, with runs of spaces collapsed."""
    return " ".join(normalize(phrase).split())
