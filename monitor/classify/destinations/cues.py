"""The words right around a place that give its role: "to", "from", "via" and their
kin in each language, read before and after the name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from monitor.classify import lexicon
from monitor.classify.destinations.roles import (
    EXCLUDED,
    NEUTRAL,
    OPERATOR,
    ORIGIN,
    STRONG,
    TRANSIT,
    UNAFFECTED,
    Role,
)
from monitor.classify.gazetteer import Place, gazetteer
from monitor.classify.items import MONTH
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match, PhraseMatcher, parse_phrase, with_contractions
from monitor.classify.normalize import is_cjk, normalize_key
from monitor.classify.resources import load_yaml
from monitor.classify.table_cache import cached
from monitor.classify.text import Doc
from monitor.classify.wordstart import word_start

_CUE_FIELDS = {
    "destination_before": ("before", STRONG),
    "scope_before": ("before", STRONG),
    "origin_before": ("before", ORIGIN),
    "transit_before": ("before", TRANSIT),
    "exclusion_before": ("before", EXCLUDED),
    "operator_before": ("before", OPERATOR),
    "carrier_before": ("before", OPERATOR),
    "destination_after": ("after", STRONG),
    "origin_after": ("after", ORIGIN),
    "transit_after": ("after", TRANSIT),
    "operator_after": ("after", OPERATOR),
    "exclusion_after": ("after", EXCLUDED),
    "list_heads": ("head", STRONG),
}
# What may stand between a cue and its place: articles and the like ("to the United States").
_DETERMINERS = {
    "the", "a", "an", "die", "der", "den", "dem", "das", "la", "le", "les", "l'", "el",
    "los", "las", "il", "lo", "gli", "i", "het", "de", "o", "os", "as", "d'", "of", "all",
    "alle", "allen",
}  # fmt: skip
# A one-word example marker between a short cue and its place
_EXAMPLE_WORDS = frozenset(
    ("bijvoorbeeld", "beispielsweise", "например", "наприклад", "np", "npr", "napr")
)
# Between a cue and a list of places it governs: a noun such as "countries" and an example
# marker ("from non-EU countries (e.g. China, Turkey)", "aus Ländern wie China").
# An origin cue's preposition, said again after an example marker
_FROM_AGAIN = r"(?:from|de|d'|aus|von|da|di|van|desde|из|з|in)"
# (Polish "z", "ze" too: "do krajów spoza UE (m.in. z Chin)" names where goods come from)
_REPEATED_FROM = lazy_compile(rf"\b(?:{_FROM_AGAIN}|z|ze)\s*$")
_EXAMPLE_MARKERS = (
    r"(?:e\.g\.?|eg|such as|including|m\.\s?in\.?|"
    r"incl\.?|ornegin|mesela|incluid[oa]s?(?: el| la| los| las)?|bao gồm cả|bao gồm|"
    r"for example|for instance|like|ad esempio|per esempio|come|par exemple|comme|notamment|"
    r"por ejemplo|como|zum beispiel|z\.\s?b\.?|wie|etwa|bijvoorbeeld|zoals|por exemplo|"
    r"например|наприклад|в том числе|включая|у тому числі|зокрема|例如|如|包括|"
    # Nordic and Baltic: "t.d.", "t.ex.", "f.eks.", "esim.", "piem.", "pvz.", "nt."
    r"t\.\s?d\.?|t\.\s?ex\.?|f\.\s?eks\.?|fx|esim\.?|esimerkiksi|piem\.?|piemeram|pvz\.?|"
    r"pavyzdziui|nt\.?|naiteks|til daemis|till exempel|for eksempel|som|"
    # Slavic: "npr." (Croatian, Serbian, Slovenian), "např." (Czech), "napr." (Slovak); not
    # spelt out ("iz tog razloga, na primjer Izrael": "for that reason", no origin)
    r"npr\.?|napr\.?|нпр\.?|"
    # Hungarian "pl." (például: for example)
    r"pl\.|"
    # Greek "π.χ." (for example)
    r"π\.\s?χ\.?)"
)
_EXAMPLES_GAP = lazy_compile(
    r"^\s*(?:[^\W\d_][\w'-]*(?:\s+|(?=[(\[,:]))){0,4}[(\[,:]?\s*"
    rf"{_EXAMPLE_MARKERS}\s*[:,]?\s*"
    # the cue's preposition said again: "en provenance de l'étranger, notamment de France",
    # "nadane w krajach spoza UE (m.in. w Chinach)"
    rf"(?:(?:{_FROM_AGAIN}|w|we|z|ze)\s*)?$"
    # or the list in brackets right after the cue: "le pays de provenance (Chine, Turquie)"
    r"|^\s*\(\s*$"
)
# A collective noun, then a dash or colon, between a cue and the first of the places it stands
# for: "to the Central Asian countries – Kazakhstan, Kyrgyzstan", "nach den Ländern: Polen".
# (the nouns: "countries", "territories" in several languages: "die US-Gebiete: Guam, ...")
_PLACES_NOUN = (
    r"(?:countries|destinations|states|nations|territories|lander|landern|pays|paises|paesi|"
    r"landen|страны|стран|странах|краіни|краін|ulkeler\w*|quoc gia|nuoc|gebiete|gebieten|"
    r"gebieden|territoires|territorios|territori)"
)
_NOUN_DASH_GAP = lazy_compile(
    rf"^\s*(?:[^\W\d_][\w'-]*\s+){{0,4}}{_PLACES_NOUN}\s*[\u2013\u2014:-]?\s*$"
)
# "(other) member states of the" between a cue and the union it names (normalised)
_MEMBER_STATES_GAP = lazy_compile(
    r"\s*(?:(?:other|altri|anderen|autres|otros|outros|andere)\s+)?(?:member states|"
    r"stati membri|mitgliedstaaten|etats membres|estados miembros|estados membros|lidstaten)"
    r"\s+(?:of the|of|dell'|della|degli|der|de l'|de la|del|da|van de)\s*"
)
_DASHES = "-:\u2013\u2014"
_DASH_BEFORE = lazy_compile(r"[\u2013\u2014:-]\s*$")  # (normalising turns dashes into spaces)
_SHORT_CUE_NOUN = lazy_compile(
    rf"(?<![\w])([^\W\d_]{{1,3}})\s+((?:[^\W\d_][\w'-]*\s+){{0,4}}{_PLACES_NOUN}"
    r"\s*[\u2013\u2014:-]?\s*)$"
)
_BREAK = lazy_compile(r"[,;:.!?()|\uff5c\uff0c\u3002\uff1b\n]")  # what a cue cannot reach across
_BREAK_AFTER = lazy_compile(r"[,;:.!?|\uff5c\n]")
_WORDS = lazy_compile(r"[^\W\d_][\w'.]*", re.UNICODE)


def whole_text_entries() -> list[tuple[str, str, tuple[str, str]]]:
    """List heads, "unaffected" markers, customs authorities and inbound words, read over the
    whole text by ``lexicon`` (the other cues are read only around each place)."""
    entries = [e for e in _cue_entries() if e[2][0] in ("head", "clause")]
    data = load_yaml("cues.yaml")
    for raw in data["inbound"]:
        entries.append((*parse_phrase(raw), ("inbound", "")))
    for raw in data["not_only"]:  # read to hide the shorter "unaffected" words in them
        entries.append((*parse_phrase(raw), ("not_only", "")))
    for code, names in data["customs_authorities"].items():
        for raw in names:
            entries.append((*parse_phrase(raw), ("authority", code)))
    return entries


def _cue_entries() -> list[tuple[str, str, tuple[str, str]]]:
    data = load_yaml("cues.yaml")
    entries = []
    for field, (where, role) in _CUE_FIELDS.items():
        for raw in data[field]:
            key, flags = parse_phrase(raw)
            entries.append((key, flags, (where, role)))
    seen = set(data["unaffected"])
    for raw in data["unaffected"]:
        for phrase in with_contractions(raw):
            if phrase == raw or phrase not in seen:  # some are written contracted already
                key, flags = parse_phrase(phrase)
                entries.append((key, flags, ("clause", UNAFFECTED)))
    return entries


@lru_cache(maxsize=1)
def _cues() -> PhraseMatcher:
    """Cues, run on a window around each place."""
    return cached("cues", PhraseMatcher, _build_cues)


def _build_cues() -> PhraseMatcher:
    entries = [e for e in _cue_entries() if e[2][0] in ("before", "after")]
    # One- to three-letter cues ("a", "to", "в") would hit inside every other word: they are
    # looked up as the word right before a place instead.
    long_cues = [e for e in entries if not _short_cue(e)]
    return PhraseMatcher(long_cues)


@lru_cache(maxsize=1)
def _short_cues() -> dict[str, tuple[str, str]]:
    return cached("short_cues", dict, _build_short_cues)


def _build_short_cues() -> dict[str, tuple[str, str]]:
    short: dict[str, tuple[str, str]] = {}
    for entry in _cue_entries():
        if _short_cue(entry):
            short.setdefault(entry[0], entry[2])
    return short


def _last_word(text: str, pos: int) -> tuple[int, int] | None:
    """The word of letters that ends before ``pos`` (looking at most 16 characters back) with
    nothing but spaces and punctuation after it."""
    lo = pos - 16 if pos > 16 else 0
    k = pos
    while k > lo:
        ch = text[k - 1]
        if ch.isalnum() or ch == "_":
            break
        k -= 1
    end = k
    # Usually the word runs back to a space: one substring test then finds its start where a
    # step back per letter costs more; otherwise step back to the first non-letter.
    space = text.rfind(" ", lo, end)
    start = space + 1 if space >= 0 else lo
    if start < end and text[start:end].isalpha():
        k = start
    else:
        while k > lo and text[k - 1].isalpha():
            k -= 1
    if k == end or not text[end - 1].isalpha():
        return None
    return k, end


# "a non-EU destination", "Nicht-EU-Staaten", "pays hors UE", Lithuanian "iš ne ES šalių":
# outside the place, not in it
_NON_BEFORE = word_start(r"\b(?:non|nicht|extra)[- ]$|\b(?:hors) $|\b(?:не) $")


# Czech "mimo" and Polish "poza" are "outside" before a region ("mimo EU", "poza UE") and
# "besides" before a country ("Mimo Německo se zpoždění týká také Rakouska"); so are their
# kin in the Balkans, the Baltics and Eastern Europe ("izvan EU", "извън ЕС", "din afara UE",
# "за пределами ЕС", "ārpus ES")
_OUTSIDE_REGION_BEFORE = lazy_compile(
    r"\b(?:mimo|poza|izvan|izven|извън|изван|вне|за пределами|за межами|arpus|valjaspool|"
    # Lithuanian "ne ES" (non-EU): before a region only; "ne" before a country is English "NE"
    # (north-east: "delays to NE England") or a plain "not"
    r"afara|ne|"
    # Hungarian "nem" (non-: "a nem EU-s országokba", to non-EU countries)
    r"nem|"
    # Hebrew "outside (the countries of)": 'מחוץ לאיחוד האירופי', 'מחוץ למדינות האיחוד'
    r"מחוץ(?:\s+למדינות)?)\s+$"
)
_OUTSIDE_REGION_REACH = 14


def _non_before(norm: str, pos: int, region: bool = False, outside: bool = True) -> bool:
    """ "non-" or "outside the" or the like right before ``pos``; for "non-" the last two
    letters of those words are checked first (most places follow a word that ends otherwise).
    ``region``: the place is a region, which "mimo" and "poza" put outside too. ``outside``:
    False when the text holds none of OUTSIDE_HINTS (the caller asks once per notice)."""
    if (
        region
        and pos > 5
        and _OUTSIDE_REGION_BEFORE.search(norm, max(0, pos - _OUTSIDE_REGION_REACH), pos)
    ):
        return True
    if (
        outside
        and pos > 8
        and norm[pos - 2] in "eal'drbtσi"
        and _OUTSIDE_BEFORE.search(norm, pos - 30, pos)
    ):
        return True  # "hors de l'UE", "outside the EU", "buiten de EU", "εκτός της ΕΕ"
    lo = max(0, pos - _TERRITORY_REACH)
    if (
        region
        and _TERRITORY_WORD.search(norm, lo, pos)
        and _OUTSIDE_TERRITORY_BEFORE.search(norm, lo, pos)
    ):
        return True
    if pos < 4 or norm[pos - 1] not in "- " or norm[pos - 2] not in "ntas\u0435":
        return False
    return _NON_BEFORE.search(norm, max(0, pos - 8), pos) is not None


# Finnish and Hungarian say "outside" after the place: "EU:n ulkopuolelta", "EU-n kívülről"
# (whose hyphen the normalised text holds as a space)
_OUTSIDE_AFTER = lazy_compile(r"(?::n|-n| n|n)?\s+(?:ulkopuol\w*|kivul\w*|kívül\w*)")


def _no_place_after(norm: str, place: Place, role: str) -> bool:
    """What follows the name makes it no place of the change: "EU:n ulkopuolelta" (Finnish:
    from outside the EU), or a region in the genitive with no cue ("EU:n uusi asetus", the
    EU's new regulation)."""
    if place.end >= len(norm) or norm[place.end] not in ":-n ":
        return False
    if _OUTSIDE_AFTER.match(norm, place.end):
        return True  # also Hungarian "az Európai Unión kívüli országokba" (after a space)
    return role == NEUTRAL and place.code.startswith("@") and norm.startswith(":n ", place.end)


# one piece of each word of _OUTSIDE_BEFORE: a text without any holds no match
OUTSIDE_HINTS = (
    "hors", "fuera", "fuori", "außerhalb", "ausserhalb", "outside", "utanför", "utanfor",
    "udenfor", "uden for", "utenfor", "spoza", "fora d", "buiten", "εκτοσ", "no perteneciente",
    "not belonging", "n'appartenant pas a", "valjaspool", "valjastpoolt", "arpus", "mimo", "izvan",
    "izven", "din afara",
)  # fmt: skip
_OUTSIDE_BEFORE = word_start(
    r"\b(?:hors|en dehors|fuera|al di fuori|fuori|außerhalb|ausserhalb|outside|utanför|utanfor|"
    r"udenfor|uden for|utenfor|spoza|fora da|fora de|buiten|εκτοσ|"
    # Estonian, Latvian, Czech and Slovak, Croatian, Slovenian, Romanian ("väljastpoolt Euroopa
    # Liitu saabuvad": arriving from outside the EU)
    r"valjaspool\w*|valjastpoolt|arpus|mimo|izvan|izven|din afara|"
    # "un país no perteneciente a la UE": a country that does not belong to it
    r"no perteneciente|no pertenecientes|not belonging|n'appartenant pas a)\s+"
    r"(?:(?:de|del|dell|of|der|a|to|da|dal|dall|dalla|dai|dagli)\s*'?\s*)?"
    r"(?:(?:the|la|l|le|les|het|τησ)\s*'?\s*)?$"
)
# "fuera del territorio de aplicación del IVA de la Unión Europea": outside a territory of it
_OUTSIDE_TERRITORY_BEFORE = lazy_compile(
    r"\b(?:hors|fuera|outside|ausserhalb|außerhalb|al di fuori)\s+"
    r"(?:du|del|des|of the|the)\s+"
    r"(?:territoire|territorio|territory|ambito|gebiet)\b[^.,;:\n]{0,50}?\s+"
    r"(?:de|del|of|der|dell)\s*'?\s*(?:(?:the|la|l|le|les)\s*'?\s*)?$"
)
_TERRITORY_REACH = 90
_TERRITORY_WORD = lazy_compile(r"territo|ambito|gebiet")


# Korean writes its case particles onto the name ("미국행" US-bound, "중국에서" from China), and
# the gazetteer lets a Korean name run to the end of its word: the particle gives the role.
_KO_ORIGIN_END = ("에서", "발", "산", "부터", "로부터", "으로부터", "에서의")
_KO_DEST_END = ("행", "으로", "로", "향", "앞", "앞으로", "행의")
_KO_AFTER = lazy_compile(r"\s*(경유|행|앞|제외|을 제외|를 제외|발)")
_KO_AFTER_ROLE = {"경유": TRANSIT, "행": STRONG, "앞": STRONG, "발": ORIGIN}


# Turkish writes case endings after an apostrophe: "Rusya'ya" to Russia, "Çin'den" from China.
_TR_SUFFIX = lazy_compile(
    r"['\u2019](?:(?:y|n)?[ae]|(?:y|n)?[ıiuü]n[ae]|(?:d|t)[ae]n|n?[ıiuü]ndan|"
    # "Avrupa Birliği'nden gelen eşya": goods coming from it (not "'nden alınan bilgi")
    r"n(?:d|t)[ae]n(?=\s+(?:gelen|gönderilen|ithal))"
    r")\b"
)


# ... and onto the word "countries" after a region: "Körfez İşbirliği Konseyi ülkelerine" (to
# the Gulf states), "Körfez ülkelerinden" (from the Gulf states)
_TR_COUNTRIES_AFTER = lazy_compile(r"\s+[ÜüUu]lke(?:lerine|sine|lere|lerinden|sinden|lerden)\b")


def _turkish_suffix(doc: Doc, place: Place) -> Role | None:
    m = _TR_SUFFIX.match(doc.full, place.end)
    if m is None:
        m = _TR_COUNTRIES_AFTER.match(doc.full, place.end)
        if m is None or not place.code.startswith("@"):
            return None
    suffix = m.group(0)
    role = ORIGIN if suffix.endswith(("den", "dan", "ten", "tan")) else STRONG
    # "suffix": the ending of the last name holds for the list before it ("İran ve Irak'a")
    return Role(place, role, (place.start, m.end()), source="suffix")


# Endings of "from" written onto a name, read on the normalised word (no accents): Finnish
# elative and ablative ("Kiinasta", "Venäjältä"), Hungarian "-ból" and "-tól" ("Kínából";
# not "-ról", which is mostly "about")
# Azerbaijani, Uzbek and Kazakh ablatives ("Çindən", "Xitoydan", "Қытайдан"), written out
# by the gazetteer (``_turkic_cases``)
TURKIC_FROM_END = ("dan", "dən", "tan", "tən", "дан", "ден", "тан", "тен", "нан", "нен")
# ... and the other endings of "from" whose length is not three: Georgian "-დან" on the name
# ("ჩინეთიდან"), Armenian "-ից" ("Չինաստանից"), Tamil "-விலிருந்து" ("சீனாவிலிருந்து")
_FROM_CUT = {"\u10d3\u10d0\u10dc": 3, "\u056b\u0581": 2,
             "\u0bb5\u0bbf\u0bb2\u0bbf\u0bb0\u0bc1\u0ba8\u0bcd\u0ba4\u0bc1": 10}  # fmt: skip
SUFFIX_ORIGIN_END = ("sta", "lta", "bol", "tol", *TURKIC_FROM_END, *_FROM_CUT)
# Finnish words of goods that come from a place: ordered, bought, imported, sent, arriving,
# from outside
_FI_COMING = word_start(
    r"\b(?:tilata|tilatt\w*|tilatu\w*|tilaus\w*|tilauks\w*|tilaa\w*|ostet\w*|ostok\w*|"
    r"tuonti\w*|tuotu\w*|tuotav\w*|tuodaan|tuoda|lahetet\w*|saapu\w*|"
    # "EU:n ulkopuolelta, esimerkiksi Kiinasta" (from outside the EU, for example from China)
    r"ulkopuolelta)\b"
)
_FI_COMING_REACH = 30
# "EU-maista", "EU-maasta", "EU-mailta": from (the) EU countries (a hyphen reads as a space);
# Armenian and Georgian "from" after a hyphen on an abbreviation ("ԱՄՆ-ից", "აშშ-დან") or on
# the word for countries after the name ("ԵՄ երկրներից", "ევროკავშირის ქვეყნებიდან")
ORIGIN_COMPOUND = lazy_compile(
    r" (?:ma(?:ista|asta|ilta|alta)|\u056b\u0581|"
    r"\u0565\u0580\u056f\u0580(?:\u0576\u0565\u0580)?\u056b\u0581|\u10d3\u10d0\u10dc|"
    r"\u10e5\u10d5\u10d4\u10e7\u10dc(?:\u10d4\u10d1)?\u10d8\u10d3\u10d0\u10dc)\b"
)


def suffix_case(doc: Doc, place: Place) -> Role | None:
    """The origin a case ending written onto a Finnish or Hungarian name gives it ("tilattu
    Kiinasta", ordered from China; "EU-maista", from EU countries), if any: the word is the
    name and the ending ("Malta" and "Itävalta" end so in their own right)."""
    compound = ORIGIN_COMPOUND.match(doc.norm, place.end)
    if compound is not None:
        return Role(place, ORIGIN, (place.start, compound.end()))
    word = doc.norm[place.start : place.end]
    if not word.endswith(SUFFIX_ORIGIN_END):
        return None
    gaz = gazetteer()
    names = gaz.names
    # the name itself, or its adjective: "kiinalaisesta verkkokaupasta" (from a Chinese shop),
    # "kiinalaisista verkkokaupoista"
    cut = next((n for end, n in _FROM_CUT.items() if word.endswith(end)), 3)
    if word.endswith(TURKIC_FROM_END):
        # a form the gazetteer wrote out as "from" ("Қытайдан"), not a name ending so ("Sudan")
        if word not in gaz.from_forms:
            return None
    elif cut != 3:
        if len(word) - cut < 3 or word[:-cut] not in names:
            return None
    elif word[:-3] not in names and not (
        word.endswith(("laisesta", "laisista")) and word[:-8] in names
    ):
        return None
    if word.endswith("sta"):
        # the elative is also "about" ("tietoa Kiinasta"): from only beside goods that come
        a, b = doc.sentence_of(place.start)
        lo, hi = max(a, place.start - _FI_COMING_REACH), min(b, place.end + _FI_COMING_REACH)
        if not _FI_COMING.search(doc.norm, lo, hi):
            return None
    if word.endswith(TURKIC_FROM_END):
        # "Rossiya, Turkiya va Hindistondan" (from Russia, Turkey and India): the ending on the
        # last name holds for the list before it
        return Role(place, ORIGIN, (place.start, place.end), source="suffix")
    return Role(place, ORIGIN, (place.start, place.end))


# Endings of "to" written onto a name, as the normalised word holds them, and how much of the
# word each may cut to leave the name: Finnish illative and allative ("Kanadaan", "Ruotsiin",
# "Israeliin", "Ahvenanmaahan", "Venäjälle"), Estonian illative and allative ("Kanadasse",
# "Saksamaale"), Hungarian "into" and "onto" ("Kínába", "Ciprusra")
_FINNO_UGRIC_TO_CUT = {
    "aan": (2,), "een": (2,), "iin": (2, 3), "oon": (2,), "uun": (2,), "yyn": (2,), "han": (3,),
    "hen": (3,), "hin": (3,), "lle": (3,), "sse": (3,), "le": (2,), "ba": (2,), "be": (2,),
    "ra": (2,), "re": (2,),
}  # fmt: skip
_SUFFIX_TO_CUT = {
    **_FINNO_UGRIC_TO_CUT,
    # Azerbaijani, Uzbek and Kazakh datives ("Kanadaya", "Türkiyəyə", "Kanadaga", "Iroqqa",
    # "Канадаға", "Египетке")
    "ya": (2,), "yə": (2,), "ga": (2,), "qa": (2,), "ға": (2,), "ге": (2,), "қа": (2,),
    "ке": (2,),
    # Georgian "-ში" (to, into: "კანადაში"), Tamil "-வுக்கு", "-வுக்கான", "-விற்கு" (to, for:
    # "கனடாவுக்கு")
    "\u10e8\u10d8": (2,), "\u0bb5\u0bc1\u0b95\u0bcd\u0b95\u0bc1": (6,),
    "\u0bb5\u0bc1\u0b95\u0bcd\u0b95\u0bbe\u0ba9": (7,),
    "\u0bb5\u0bbf\u0bb1\u0bcd\u0b95\u0bc1": (6,),
}  # fmt: skip
SUFFIX_TO_END = tuple(_SUFFIX_TO_CUT)
# The Turkic datives the gazetteer writes onto a name: a word that takes one is a name itself
_TURKIC_TO_CASES = ("ga", "ya", "yə", "ə", "a", "qa", "ға", "ге", "қа", "ке", "на", "не")
# Finnish "to" endings (plural and long illative) no base name of eight letters or more ends in
_FI_LONG_TO = ("ihin", "iin")
# the Finnish, Estonian and Hungarian endings, which other words govern too ("kohdistuva")
_FINNO_UGRIC_TO = frozenset(_FINNO_UGRIC_TO_CUT)


def suffix_to(doc: Doc, place: Place) -> Role | None:
    """The place a case ending of "to" makes a destination: "Lähetykset Kanadaan ja
    Meksikoon" (shipments to Canada and Mexico) says where they go as "to" would. Only a word
    that is a known name with the ending cut off ("Irakba" is "Irak" + "ba"; "Kuba" is not
    "Ku" + "ba"); Hungarian long vowels folded ("Kínába": "kina")."""
    word = doc.norm[place.start : place.end]
    if " " in word or not word.endswith(SUFFIX_TO_END):
        return None
    names = gazetteer().names
    end = next(
        (
            end
            for end, cuts in _SUFFIX_TO_CUT.items()
            if word.endswith(end) and any(len(word) - c >= 3 and word[:-c] in names for c in cuts)
        ),
        None,
    )
    if end is None and len(word) >= 8 and word.endswith(_FI_LONG_TO):
        end = "hin"  # a name written out in the case ("Yhdysvaltoihin", "Alankomaihin")
    if end is None:
        return None
    if end not in _FINNO_UGRIC_TO:
        if end == "ya" and "ə" not in doc.norm:
            return None  # "-ya" is Azerbaijani, which writes "ə": Turkish "Japonya" is a name
        if any(word + case in names for case in _TURKIC_TO_CASES):
            return None  # Uzbek "Turkiya" is a name of its own ("Turkiyaga"), not "Turki" + "ya"
        return Role(place, STRONG, (place.start, place.end), source="suffix")
    # the ending governed by another word: "Venäjään kohdistuvat pakotteet" (sanctions aimed
    # at Russia), "Kínára kivetett vámok" (duties levied on China); or a stage on the way
    # ("Ruotsiin ja sieltä eteenpäin"); and mail or sending beside it
    if _SUFFIX_GOVERNED.match(doc.norm, place.end):
        return None
    a, b = doc.sentence_of(place.start)
    lo, hi = max(a, place.start - _SUFFIX_MAIL_REACH), min(b, place.end + _SUFFIX_MAIL_REACH)
    if not _SUFFIX_MAIL.search(doc.norm, lo, hi):
        return None
    return Role(place, STRONG, (place.start, place.end), source="suffix")


_SUFFIX_GOVERNED = lazy_compile(
    r" (?:kohdistuv\w*|liittyv\w*|asetet\w*|asettam\w*|kehtestatud|kehtestanud|seotud|"
    r"vonatkozo\w*|kivetett\w*|kirott\w*|elleni|ja sielta|ja sealt|es onnan)\b"
)
_SUFFIX_MAIL = lazy_compile(
    r"\b(?:lahety\w*|lahetet\w*|lahetta\w*|paket\w*|posti\w*|kirje\w*|saadetis\w*|pakk\w*|"
    r"post\w*|kirj\w*|kuldemeny\w*|csomag\w*|level\w*|iranyulo\w*|kuldott\w*|kuldeni|"
    r"feladott\w*|feladas\w*|kezbesit\w*|toimit\w*|kuljet\w*|ems|tavar\w*|kaup\w*|aru\w*|"
    # Estonian goods ("kaubasaadetised") and arriving ("Eestisse saabuvad")
    r"kaub\w*|saabu\w*)"
)
_SUFFIX_MAIL_REACH = 40


@lru_cache(maxsize=1)
def _korean_names() -> frozenset[str]:
    return frozenset(k for k in gazetteer().names_in_script("\uac00", "\ud7af") if " " not in k)


def _korean_particle(doc: Doc, place: Place) -> Role | None:
    """The role a Korean particle or the word after the name gives it, if any."""
    word = doc.norm[place.start : place.end]
    if not ("\uac00" <= word[-1] <= "\ud7af"):
        return None
    names = _korean_names()
    cut = next((i for i in range(len(word), 0, -1) if word[:i] in names), len(word))
    particle = word[cut:]  # "몬테네그로" ends in 로 but is all name
    # (the particle on the last name holds for the list before it, as a Turkish ending does:
    # "노르웨이, 스위스 및 독일로 발송하는")
    if particle and particle.endswith(_KO_ORIGIN_END):
        return Role(place, ORIGIN, (place.start, place.end), source="suffix")
    if particle and particle.endswith(_KO_DEST_END):
        return Role(place, STRONG, (place.start, place.end), source="suffix")
    after = _KO_AFTER.match(doc.norm, place.end)
    if after:
        found = after.group(1)
        role = EXCLUDED if "제외" in found else _KO_AFTER_ROLE[found]
        return Role(place, role, (place.start, after.end()))
    return None


# Russian/Ukrainian "с"/"з" + instrumental case is "with", + genitive "from".
_WITH = frozenset(("с", "со", "з", "із", "зі"))
_INSTRUMENTAL = ("еи", "ои", "ею", "ою", "єю", "ом", "ем", "ью", "ами", "ями", "сю")
# An exchange of mail named before "с"/"з" in its clause
# (not the genitive of "місце міжнародного поштового обміну", the exchange office: "from" there)
_EXCHANGE_BEFORE = lazy_compile(r"\b(?:обмін|обмен)\b[^.;:!?\n]*$")


def _short_cue(entry: tuple[str, str, Any]) -> bool:
    """A one- to three-letter "before" cue in a script that separates words by spaces."""
    key, flags, value = entry
    if value[0] != "before" or flags or len(key) > 3 or not key.isalpha():
        return False
    return not any(is_cjk(ch) for ch in key)


# Words before "to" that make it no destination.
_NOT_TO = frozenset(
    ("close", "closer", "next", "near", "adjacent", "due", "according", "owing", "prior",
     "similar", "compared", "relative", "thanks", "contrary", "related", "proximity", "further",
     "pursuant", "response", "reply")
)  # fmt: skip


# Letters of Polish that Portuguese, Czech and Slovak do not write
_POLISH_LETTERS = frozenset("łśżźćńąęŁŚŻŹĆŃ")
_LOCATIVE_ENDS = ("e", "i", "u", "ch")  # "na Ukrainie", "na Białorusi", "na Filipinach"


def _polish_to(doc: Doc, place: Place) -> bool:
    """ "na" as Polish "to" ("na Ukrainę", "na Maltę", "na Tajwan"): in a Polish notice, before
    a name that is not in the locative ("na Ukrainie": in Ukraine)."""
    name = doc.full[place.start : place.end]
    return not name.endswith(_LOCATIVE_ENDS) and not _POLISH_LETTERS.isdisjoint(doc.full)


# Portuguese "do" is "of the" or "from the" ("enviadas do Reino Unido"), not the "to" of Polish,
# Czech and Slovak: a text with two of these Portuguese words and no Polish letter is Portuguese
# (not a Czech text naming São Paulo)
# (read in the normalised text, without accents: "ção" is "cao")
_PORTUGUESE_MARK = lazy_compile(r"(?:cao|coes)\b|\b(?:nao|para|pelo|pela|dos|das|com)\b")
PORTUGUESE_MARKS_NEEDED = 2


def _portuguese(doc: Doc) -> bool:
    return bool(doc.once("_portuguese", _reads_portuguese))  # once per notice, not per "do"


def _reads_portuguese(doc: Doc) -> bool:
    marks = {m.group() for m in _PORTUGUESE_MARK.finditer(doc.norm)}
    return len(marks) >= PORTUGUESE_MARKS_NEEDED and _POLISH_LETTERS.isdisjoint(doc.full)


# An example marker right before a place, after a comma or a bracket ("..., zum Beispiel China")
_EXAMPLE_TAIL = lazy_compile(rf"[(\[,:]\s*{_EXAMPLE_MARKERS}\s*[:,]?\s*$")
# ... with the article Portuguese and the Romance languages put before a country's name, which
# reads like the short "to" ("provenientes de países fora da UE (como a China, os Estados
# Unidos)": examples of where goods come from, said after _ORIGIN_LEAD)
_EXAMPLE_ARTICLE_TAIL = lazy_compile(
    rf"[(\[,:]\s*{_EXAMPLE_MARKERS}\s+(?:a|o|os|as|la|el|los|las|le|les|l')\s*$"
)
_ORIGIN_LEAD = lazy_compile(
    r"\b(?:fora d\w*|fuera d\w*|hors d\w*|outside|provenien\w*|procedent\w*|originari\w*|"
    r"oriund\w*)"
)
_EXAMPLE_REACH = 50  # characters from a short cue to the place its examples name
_SENTENCE_BREAK = lazy_compile(r"[;.!?|\uff5c\n]")


def _short_before(doc: Doc, place: Place) -> Role | None:
    """A short preposition right before the place, or before its article ("to the US"), or
    before a collective noun and a dash ("to the Central Asian countries – Kazakhstan"), or
    before a noun that examples name ("aus Drittländern, zum Beispiel China")."""
    role = _short_right_before(doc, place)
    if place.code.startswith("@"):
        return role
    pos = place.start
    lead = doc.norm[max(0, pos - 30) : pos]
    if role is not None:
        if (
            ("(" in lead or "," in lead)
            and _EXAMPLE_ARTICLE_TAIL.search(lead)
            and _ORIGIN_LEAD.search(doc.norm, max(doc.sentence_of(pos)[0], pos - 80), pos)
        ):
            # "provenientes de países fora da UE (como a China": an article, no "to" (not
            # "países europeus, como a Alemanha", where goods go)
            return _short_over_examples(doc, place)
        return role
    # (an example marker follows a comma, a colon or a bracket: looked for only then)
    if ("," in lead or "(" in lead or ":" in lead or "[" in lead) and _EXAMPLE_TAIL.search(lead):
        return _short_over_examples(doc, place)
    return None


def _short_over_examples(doc: Doc, place: Place) -> Role | None:
    """The nearest short cue of origin in the sentence whose gap to the place is a noun and an
    example marker: "Sendungen aus Drittländern, zum Beispiel China" (China is an origin). Not
    one of destination: "a", "to", "for" stand in too many other phrases ("have a free trade
    agreement, such as China"; "For other countries in Oceania, such as Fiji")."""
    norm, pos = doc.norm, place.start
    a = max(doc.sentence_of(pos)[0], pos - _EXAMPLE_REACH)
    short_cues = _short_cues()
    best: Role | None = None
    for m in _WORDS.finditer(norm, a, pos):
        cue = short_cues.get(m.group())
        if (
            cue is not None
            and cue[1] == ORIGIN
            and not _SENTENCE_BREAK.search(doc.full, m.end(), pos)
            and _EXAMPLES_GAP.match(norm[m.end() : pos])
        ):
            best = Role(place, cue[1], (m.start(), place.end), before_cue=True)
    return best


# Portuguese words after which "a" is the article ("entre a União Europeia", "com a Suíça",
# "Jersey, Guernsey e a Ilha de Man": a list goes on, its role carried by the glue)
_PT_BEFORE_ARTICLE = frozenset(("entre", "com", "sobre", "contra", "e", "ou", "que"))


def _short_right_before(doc: Doc, place: Place) -> Role | None:
    """``_short_before`` without the examples: the cue right before the place."""
    pos = place.start
    norm = doc.norm
    full = doc.full
    short_cues = _short_cues()
    if pos > 2 and (full[pos - 2] in _DASHES or full[pos - 1] in _DASHES):
        noun = _SHORT_CUE_NOUN.search(norm, max(0, pos - 70), pos)
        if noun is not None and not _BREAK.search(doc.full, noun.end(1), noun.start(2)):
            cue = short_cues.get(noun.group(1))
            if cue is not None and cue[1] != OPERATOR:
                return Role(place, cue[1], (noun.start(1), place.end), before_cue=True)
    if pos > 2 and ":" in full[pos - 2 : pos]:
        to_colon = _to_colon(doc, place, short_cues)
        if to_colon is not None:
            return to_colon
    region = place.code.startswith("@")
    member_noun = False  # the word after this one names the region's members
    for _ in range(6 if region else 2):
        span = _last_word(norm, pos)
        if span is None:
            return None
        start, end = span
        # one space between word and place (the usual case) holds no break: no regex needed
        if (pos - end != 1 or full[end] != " ") and _BREAK.search(full, end, pos):
            return None
        word = norm[start:end]
        cue = short_cues.get(word)
        if word == "на" and region and _last_word_is(norm, start, _MEMBERS_OF_BG):
            cue = None  # "държави членки на ЕС": members of the EU
        if cue is not None and word == "to":
            before = _last_word(norm, start)
            if before is not None and norm[before[0] : before[1]] in _NOT_TO:
                return None  # "close to the Gaza border", "due to Cyclone X", "similar to"
        if cue is not None and word == "na" and not _polish_to(doc, place):
            return None  # Portuguese "na Alemanha", Polish "na Białorusi": in, not to
        if cue is not None and word == "do" and _portuguese(doc):
            return None  # "mercadorias enviadas do Reino Unido": from the, not to
        if cue is not None and word == "a" and _portuguese(doc):
            before = _last_word(norm, start)
            if before is not None and norm[before[0] : before[1]] in _PT_BEFORE_ARTICLE:
                return None  # "acordado entre a União Europeia e o Reino Unido": the, not to
        if cue is not None:
            role = cue[1]
            if (
                role == ORIGIN
                and word in _WITH
                and (
                    doc.norm.endswith(_INSTRUMENTAL, 0, place.end)
                    # "обмін ... з рф": an exchange with a place named by letters that show no case
                    or _EXCHANGE_BEFORE.search(doc.norm, max(0, start - 60), start) is not None
                )
            ):
                role = NEUTRAL  # "обмен с Россией": with Russia, both ways
            return Role(place, role, (start, place.end), before_cue=True)
        if word in _MEMBER_NOUNS and region:
            member_noun = True
        elif word == "member" and member_noun:  # "member states"
            member_noun = False
        elif (
            word not in _DETERMINERS
            and word not in _EXAMPLE_WORDS  # "een pakket uit bijvoorbeeld China"
            and not (region and word in ("ale", "на"))
        ):
            # (Romanian "ale" is "of the" before a region's name, and so is Bulgarian "на"
            # after "членки", whose cue was dropped above)
            return None
        pos = start
    return None


def _to_colon(doc: Doc, place: Place, short_cues: dict[str, tuple[str, str]]) -> Role | None:
    """A short cue of where mail goes, then a colon, then the place: "post parcels at any Post
    Office to: Australia, New Zealand" (a list the colon opens; not "due to: Cyclone X")."""
    span = _last_word(doc.norm, place.start)
    if span is None or doc.full[span[1] : place.start].strip() != ":":
        return None
    cue = short_cues.get(doc.norm[span[0] : span[1]])
    if cue is None or cue[1] != STRONG:
        return None
    before = _last_word(doc.norm, span[0])
    if before is not None and doc.norm[before[0] : before[1]] in _NOT_TO:
        return None
    return Role(place, STRONG, (span[0], place.end), before_cue=True)


# "in die Länder der EU", "в страны Европейского союза": the members of a region, named by it
_MEMBER_NOUNS = frozenset(
    ("countries", "members", "states", "nations", "lander", "landern",
     "mitgliedstaaten", "mitgliedsstaaten", "staaten", "pays", "états", "etats", "membres",
     "países", "paises", "estados", "miembros", "paesi", "stati", "membri", "landen",
     "lidstaten", "staten", "страны", "стран", "странах", "государства", "краіни", "краін",
     "краінах", "panstw", "krajow", "kraje", "krajach", "landerna", "landene",
     # Romanian "din state(le) membre ale UE", "din țările UE"; Bulgarian "от държави – членки
     # на ЕС" (whose "на", "of" here, is "to" elsewhere)
     "state", "statele", "membre", "tari", "tarile", "държави", "държавите", "страни", "страните",
     "членки", "членките")
)  # fmt: skip


_MEMBERS_OF_BG = frozenset(("членки", "членките"))


def _last_word_is(norm: str, pos: int, words: frozenset[str]) -> bool:
    span = _last_word(norm, pos)
    return span is not None and norm[span[0] : span[1]] in words


# A capitalised word between German "nach" and a place is a noun of its own: "nach" then means
# "after" or "according to" ("nach dem Austritt des Vereinigten Königreichs").
_GERMAN_NOUN = lazy_compile(r"\b[A-ZÄÖÜ][a-zäöüß]{2,}")


def _gap_words(gap: str) -> list[str]:
    return _WORDS.findall(gap)


# "remetentes da China", "remitentes de Chile": senders from the place that follows at once
# (the same words before a noun are the senders of something: "remitentes de paquetes a Cuba")
_SENDERS_OF = frozenset(
    normalize_key(k)
    for k in (
        "remetentes da", "remetentes de", "remetentes do", "remetentes dos", "remetidos da",
        "remetidos de", "remetidos do", "remetidas da", "remetidas de", "remetidas do",
        "remitentes de", "remitentes del", "remitidos desde", "remitidas desde", "remitidos de",
        "remitidas de",
    )
)  # fmt: skip
# Cues that say what a stop covers ("the suspension also covers Guam"): only after a stop
_COVER_KEYS = frozenset(
    normalize_key(k)
    for k in (
        "obejmuje również", "obejmuje także", "also covers", "also includes", "umfasst auch",
        "betrifft auch", "concerne également", "también afecta a", "incluye también",
        "riguarda anche", "omvat ook", "abrange igualmente", "abrange também", "inclui também",
        "inclui igualmente", "abarca también", "abarca igualmente", "afecta también a",
        "afecta igualmente a", "concerne aussi", "s'applique également à", "s'applique aussi à",
        "vale anche per", "si applica anche a", "se týká také", "týká se také", "se týká i",
        "se týká rovněž", "sa týka aj", "týka sa aj", "sa týka tiež",
    )
)  # fmt: skip
_STOP_KINDS = ("suspension", "prohibited_items", "restriction")


def _stop_before(doc: Doc, a: int, b: int) -> bool:
    return any(a <= m.start < b and m.value in _STOP_KINDS for m in lexicon.matches(doc, "kinds"))


_EXEMPEL = lazy_compile(r"\s+(?:exempel|eksempel)\b")


def exclusion_object(doc: Doc, start: int, end: int, to: int, sentence_start: int) -> bool:
    """Whether the exclusion cue at ``start:end`` keeps its place past an object and the place's
    own "to" at ``to`` ("do not apply to sales to Norway", "gilt nicht für Sendungen nach"):
    only a cue that says a rule does not apply, to what is no relief ("the exemption does not
    apply to shipments to the US" names where duty is now due; "except parcels to Russia"
    often names the news)."""
    norm = doc.norm
    return (
        _EXCLUDED_OBJECT.fullmatch(norm, end, to) is not None
        and _NOT_APPLIED.search(norm, start, end) is not None
        and not _RELIEF_BEFORE.search(norm, sentence_start, start)
    )


_NOT_APPLIED = lazy_compile(r"appl|gilt|gelten|aplica")
_RELIEF_BEFORE = lazy_compile(
    r"exempt|exoner|relief|threshold|de minimis|allowance|franchise|befreiung|freigrenze|"
    r"freibetrag|exenci|exencion|esenzion|vrijstelling|isenc|zwolnien"
)


# What an exclusion is of, between it and the place's "to": "do not apply to sales to Norway",
# "gilt nicht für Sendungen nach"
_EXCLUDED_OBJECT = lazy_compile(
    r"\s*(?:(?:the|all|any|your|die|alle|les|los|las|os|as|gli|i|de|het)\s+)?"
    # (or none: "does not apply to | items for", where the place's cue holds the object)
    r"(?:(?:sales|shipments|items|parcels|packages|mail|goods|"
    r"consignments|orders|deliveries|imports|sendungen|pakete|waren|lieferungen|envois|colis|"
    r"envios|envíos|spedizioni|zendingen)\s*)?"
    # "does not apply to items sent to Jersey"
    r"(?:(?:sent|posted|mailed|shipped|addressed|destined|going|travelling|traveling|con destino|"
    r"destinad[oa]s|a destination|a destinazione|met bestemming)\s*)?"
    # the place's own cue, when a shorter one stands after it: "aos envios para | a Irlanda"
    r"(?:(?:para|pour|per|vers|nach|naar|to|for)\s+)?"
)


# An article right before a place ("to the United Kingdom")
_ARTICLE_END = lazy_compile(r"\b(?:the|le|la|les|l'|die|der|den|dem|el|los|las|il|het|de)\s*$")
# A day right after "from", "desde", "depuis" before a place: the date the change starts
_DATE_GAP = lazy_compile(
    rf"\s*(?:(?:the|le|el|il)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?{MONTH}|"
    rf"{MONTH}\s+\d{{1,2}}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|today\b|tomorrow\b)"
)


def _before_role(doc: Doc, place: Place, cues: list[Match], sentence_start: int) -> Role | None:
    """The nearest cue before the place, if close enough and in the same sentence."""
    best: Match | None = None
    example = False  # a Swedish "till exempel" (for example) stood before the place
    for m in cues:
        if m.value[0] != "before" or m.end > place.start:
            continue
        if m.start < sentence_start or place.start - m.end > 40:
            continue
        if m.key in ("till", "til") and _EXEMPEL.match(doc.norm, m.end):
            example = True  # Swedish "till exempel USA": "for example", not "to"
            continue
        if best is None or m.end > best.end or (m.end == best.end and m.start < best.start):
            best = m
    # the examples take the cue before them when it is one of origin ("från länder utanför EU,
    # till exempel Kina"); examples of where mail goes stay as they were, with no role of their
    # own ("krav gäller redan för försändelser till andra länder, till exempel USA")
    if best is None or (example and best.value[1] != ORIGIN):
        return None
    if best.value[1] not in (EXCLUDED, UNAFFECTED):
        for m in cues:
            if (
                m.value[0] == "before"
                and m.value[1] in (EXCLUDED, UNAFFECTED)
                and m.end < best.start
                and m.start >= sentence_start
                and exclusion_object(doc, m.start, m.end, best.start, sentence_start)
            ):
                # "gilt nicht für Sendungen nach Liechtenstein": the exclusion's object
                return Role(place, m.value[1], (m.start, place.end), m.end, True)
    if best.key in _COVER_KEYS and not _stop_before(doc, sentence_start, best.start):
        return None  # "our Malmö hub also covers Denmark": no stop that covers it
    gap = doc.norm[best.end : place.start]
    if best.value[1] == ORIGIN and _MEMBER_STATES_GAP.fullmatch(gap):
        # "rivenditori con sede in altri Stati membri dell'UE": the union's members
        return Role(place, ORIGIN, (best.start, place.end), best.end, True)
    if best.value[1] == EXCLUDED and gap.strip() == ":":
        return Role(place, EXCLUDED, (best.start, place.end), best.end, True)  # "except: X"
    if _BREAK.search(doc.full, best.end, place.start):
        examples = _EXAMPLES_GAP.match(gap)
        if examples is not None and (
            # the preposition said again is the origin's own ("en provenance de l'étranger,
            # notamment de France"), not "vers l'UE, notamment de Chine"
            (best.value[1] != ORIGIN and _REPEATED_FROM.search(gap))
            # a bracket of one place labels the cue: "Country of origin (United States): ..."
            or (gap.strip() == "(" and doc.full.startswith(")", place.end))
        ):
            examples = None
        examples = examples or (
            _NOUN_DASH_GAP.match(gap) and _DASH_BEFORE.search(doc.full, best.end, place.start)
        )
        if examples and best.value[1] != OPERATOR:
            return Role(place, best.value[1], (best.start, place.end), best.end, True)
        return None
    dashed = _NOUN_DASH_GAP.match(gap) and _DASH_BEFORE.search(doc.full, best.end, place.start)
    if dashed and best.value[1] != OPERATOR:
        return Role(place, best.value[1], (best.start, place.end), best.end, True)
    if best.value[1] == ORIGIN and _DATE_GAP.match(gap):
        return None  # "From 1 July the EU abolishes ...": "from" a day, not a place
    words = _gap_words(gap)
    if words and best.value[1] == OPERATOR and best.key.isascii():
        return None  # "FedEx Singapore" is the operator; "DHL Express network in China" is not
    if best.key in _carriers() and not _site_line(doc, place.start):
        return None  # "shipments via DPD Ireland are suspended": the Irish network, a place
    if best.key == "nach" and words and _GERMAN_NOUN.search(doc.full, best.end, place.start):
        return None  # "nach dem Protokoll zu Irland": "after", "according to", not "to"
    if words[:2] == ["line", "with"]:
        return None  # "brings Gibraltar into line with the United Kingdom": a comparison
    if words and best.key in _SENDERS_OF:
        return None  # "remitentes de paquetes a Cuba": the senders of parcels, not from where
    if best.value[1] == EXCLUDED and len(words) > 3:
        # "The new rules do not apply to mail sent to the United Kingdom": the exclusion's
        # object and the place's own "to" between
        article = _ARTICLE_END.search(doc.norm, best.end, place.start)
        to = article.start() if article is not None else place.start
        if exclusion_object(doc, best.start, best.end, to, sentence_start):
            return Role(place, EXCLUDED, (best.start, place.end), best.end, True)
    short_cue = len(best.key) <= 3 or not best.key.isascii()
    if short_cue:
        if any(w not in _DETERMINERS for w in words) or len(words) > 1:
            return None
    elif len(words) > 3:
        return None
    return Role(place, best.value[1], (best.start, place.end), best.end, True)


@lru_cache(maxsize=1)
def scope_keys() -> frozenset[str]:
    """The scope cues of cues.yaml ("applies in all", "gilt in allen"), normalised."""
    return lexicon.list_keys("cues.yaml", "scope_before")


@lru_cache(maxsize=1)
def _carriers() -> frozenset[str]:
    """The carriers of cues.yaml, whose name before a country names their site there."""
    return lexicon.list_keys("cues.yaml", "carrier_before")


SITE_LINES = 2
SITE_LINE_LONGEST = 40


def _site_line(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` is in the title, a short header line at the top of the body or a menu
    line: where a page names the carrier's site it stands on."""
    if doc.in_title(pos):
        return True
    a, b = doc.line_of(pos)
    if doc.full.count(" | ", a, b) > 0:
        return True
    if _CONTACT_LINE.match(doc.full, a, b):
        return True  # "Pressekontakt: DHL Express Deutschland, Unternehmenskommunikation"
    return doc.line_index(pos) <= SITE_LINES and b - a <= SITE_LINE_LONGEST  # a header line


# A line of the page's boilerplate that names the operator: its press contact, "About ..."
_CONTACT_LINE = lazy_compile(
    r"[ \t]*(?:press(?:e)?kontakt|press contact|press office|media contact|media enquiries|"
    r"medienkontakt|medienstelle|contact presse|contact m[ée]dias?|contacto de prensa|"
    r"über|about|à propos de|a propos de|acerca de)\b",
    re.IGNORECASE,
)


_RELATIVE_WORDS = frozenset(("that", "which", "qui", "que", "die", "welche", "che"))


def _after_role(doc: Doc, place: Place, cues: list[Match], next_start: int) -> Role | None:
    """The nearest cue after the place, if close, in the same clause and before the next place
    (in "China (Hong Kong excluded)" the cue is Hong Kong's, not China's)."""
    for m in cues:
        if m.value[0] != "after" or m.start < place.end:
            continue
        if m.start - place.end > 25 or m.start >= next_start:
            break
        gap = doc.norm[place.end : m.start]
        if _BREAK_AFTER.search(doc.full, place.end, m.start):
            return None
        words = _gap_words(gap)
        if doc.full.startswith("-", place.end) and words and len(words[0]) <= 4:
            # a case ending written after an abbreviation ("БНХАУ-ын Бээжин хотоор дамжуулан",
            # via China's Beijing) is part of the name
            words = words[1:]
        limit = 0 if m.value[1] == OPERATOR else 2
        if len(words) > limit:
            continue
        if m.value[1] == TRANSIT and _RELATIVE_WORDS.intersection(words):
            continue  # "into the U.S. and Canada that transit Worldport": the goods transit
        return Role(place, m.value[1], (place.start, m.end))
    return None
