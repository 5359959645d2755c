"""Which destinations a notice is about: places named with the role each plays.

A place named in a notice is a destination when the words around it say so ("mail to X",
"X-bound", "für die X", "X no longer accepts"), when it heads the notice (title, heading
line, "X:" entry, a list under "the following countries:"), or, failing any of those, when
it is merely named. Origins ("from X", "made in X"), transit countries ("via X"), exceptions
("except X", "X excluded") and the names of operators ("X Post") are never destinations by
themselves; places the notice calls unaffected ("Samoa, Fiji and Niue are not affected") count
only when nothing else is named. The words after a list hold for the whole list, and a region
whose members are named one by one stands for those members only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from monitor.classify import lexicon
from monitor.classify.gazetteer import WORLD, WORLD_WEAK, Place, gazetteer
from monitor.classify.guidance import link_spans
from monitor.classify.items import older_items
from monitor.classify.matcher import Match, PhraseMatcher, parse_phrase
from monitor.classify.normalize import is_cjk, normalize_key
from monitor.classify.resources import load_yaml
from monitor.classify.text import (
    STANDING_WORDS,
    YES_WORDS,
    Doc,
    colon_ends,
    heading_line,
    in_spans,
    list_under,
    strip_bullet,
)
from monitor.classify.wordstart import (
    by_first_letter,
    ignorecase_word_start,
    literal_alternatives,
    word_start,
)

STRONG = "strong"
NEUTRAL = "neutral"
ORIGIN = "origin"
TRANSIT = "transit"
EXCLUDED = "excluded"
OPERATOR = "operator"
UNAFFECTED = "unaffected"
NAME = "name"  # part of the name of something else

_CUE_FIELDS = {
    "destination_before": ("before", STRONG),
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
# What may stand between two places of one list ("Malawi, Botswana and Zambia"). Single letters
# ("y", "e"), "l'", "e.g." and "z.B." are spelt by the last alternative and the marks: listed
# again, they let a gap be read in 2^n ways.
_GLUE = re.compile(
    r"^(?:[\s,;/&()\[\]\"'.:\u3001\uff0c\uff08\uff09\u2022*]|\d{1,3}[.)]|"
    r"\b(?:and|or|und|oder|et|ou|en|of|и|или|і|та|або|й|чи|czy|lub|oraz|albo|w tym|w tym na|"
    r"ve|veya|ile|och|og|eller|"
    r"wraz z|the|die|der|den|la|le|les|el|"
    r"los|las|il|de|des|del|du|het|as well as|including|incl|inkl|inklusive|einschliesslich|"
    r"einschließlich|"
    r"addresses|address|destinations|locations|areas|adressen|adresses|direcciones|indirizzi|"
    r"member states?|member countries|member country|mitgliedstaaten|mitgliedstaat|lidstaten|"
    r"lidstaat|[eé]tats? membres?|estados? miembros?|stati membri|stato membro|"
    r"einschl|einschlieslich|sowie|ainsi que|its|their|overseas|territories|territory|such as|"
    r"namely|tal como|incluido|incluidos|compris|plus|also|auch|nor|neither|ni|weder|"
    r"noch|for example|for instance|like|ad esempio|per esempio|par exemple|comme|por ejemplo|como|"
    r"zum beispiel|wie|bijvoorbeeld|zoals|por exemplo|например|наприклад|включая|зокрема|"
    r"[a-z])\b|[\u548c\u4e0e\u53ca\u3084\u3068\u3073\u4f8b\u5982\u5982]|और)*$"
)
_MEMBER_GAP = re.compile(r"(?i)member|mitglied|lidsta|membr|miembro")
# The same without brackets: what carries a role back from the last place of a list to the
# ones before it ("Samoa, Fiji and Niue are not affected"), never out of a bracket.
_LIST_GLUE = re.compile(
    r"^(?:[\s,;/&\"'\u3001\uff0c]|"
    r"\b(?:and|or|und|oder|et|ou|y|o|e|en|и|или|і|та|або|й|czy|lub|oraz|albo|the|die|der|den|"
    r"ve|veya|ile|och|og|eller|"
    r"la|le|les|el|los|las|"
    r"l'|il|de|des|del|du|het|as well as|sowie|ainsi que|nor|ni|noch|to|a|à|para|per|naar|nach|"
    r"в|до|у|for|für|pour)\b|[\u548c\u4e0e\u53ca\u3084\u3068\u3073])*$"
)
# Between a cue and a list of places it governs: a noun such as "countries" and an example
# marker ("from non-EU countries (e.g. China, Turkey)", "aus Ländern wie China").
_EXAMPLES_GAP = re.compile(
    r"^\s*(?:[^\W\d_][\w'-]*(?:\s+|(?=[(\[,:]))){0,4}[(\[,:]?\s*(?:e\.g\.?|eg|such as|including|"
    r"incl\.?|ornegin|mesela|"
    r"for example|for instance|like|ad esempio|per esempio|come|par exemple|comme|notamment|"
    r"por ejemplo|como|zum beispiel|z\.\s?b\.?|wie|etwa|bijvoorbeeld|zoals|por exemplo|"
    r"например|наприклад|в том числе|включая|у тому числі|зокрема|例如|如|包括)\s*[:,]?\s*$"
)
# A collective noun, then a dash or colon, between a cue and the first of the places it stands
# for: "to the Central Asian countries – Kazakhstan, Kyrgyzstan", "nach den Ländern: Polen".
_NOUN_DASH_GAP = re.compile(
    r"^\s*(?:[^\W\d_][\w'-]*\s+){0,4}(?:countries|destinations|states|nations|territories|"
    r"lander|landern|pays|paises|paesi|landen|страны|стран|странах|країни|країн|ulkeler\w*|"
    r"quoc gia|nuoc)\s*[\u2013\u2014:-]?\s*$"
)
_DASHES = "-:\u2013\u2014"
_DASH_BEFORE = re.compile(r"[\u2013\u2014:-]\s*$")  # (normalising turns dashes into spaces)
_SHORT_CUE_NOUN = re.compile(
    r"(?<![\w])([^\W\d_]{1,3})\s+((?:[^\W\d_][\w'-]*\s+){0,4}(?:countries|destinations|states|"
    r"nations|territories|lander|landern|pays|paises|paesi|landen|страны|стран|странах|країни|"
    r"країн|ulkeler\w*|quoc gia|nuoc)\s*[\u2013\u2014:-]?\s*)$"
)
# A place that names who imposes a sanction or the law it comes from is no destination:
# "under EU sanctions", "US sanctions on Iran", "Council Regulation (EU) No 833/2014".
_SANCTIONS_AFTER = re.compile(
    r"\s*(?:sanction|sanctions|sanktion\w*|sancion\w*|sanzion\w*|санкци\w*|санкці\w*|"
    r"embargo\b|regulation|directive|"
    # "von der EU verhängten Sanktionen": a German participle between
    r"(?:verhangt\w*|auferlegt\w*|erlassen\w*)\s+sanktion\w*)\b"
)
_LEGAL_CITATION = re.compile(
    r"(?:regulation|directive|decision|reglement|verordnung|richtlinie|regolamento|reglamento|"
    r"regulamento|verordening|richtlijn|регламент\w*|директив\w*)\s*\(\s*$"
)
# A country's own customs named as the one that acts ("will not be released by Sri Lanka
# Customs"): with words of imports, a postal notice is about mail coming into that country.
_CUSTOMS_AFTER = re.compile(
    r"\s+(?:customs|douane|douanes|zoll|aduana|aduanas|dogana|alfandega|таможн\w*|митн\w*|"
    r"gumruk\w*|hai quan)\b"
)


# Cheap substring checks first: most notices name no sanction and cite no law.
_SANCTION_HINTS = ("sanction", "sanktion", "sancion", "sanzion", "санкц", "restrictive")
_AUTHORITY_HINTS = (
    *_SANCTION_HINTS, "embargo", "regulation", "directive", "(eu)", "(ec)", "(ес)", "(єс)",
)  # fmt: skip


# "the sanctions imposed by the European Union, the United States ...", "die von der EU
# verhängten Sanktionen": who imposes them (the list after the first name follows it as glue);
# not an embargo, which a country imposes on what comes into it
_SANCTIONS_BY = re.compile(
    r"(?:sanction\w*|sanktion\w*|sancion\w*|sanzion\w*|санкци\w*|санкці\w*|"
    r"restrictive measures)\s+(?:[\w-]+\s+){0,3}?(?:imposed|adopted|introduced|decided|"
    r"enacted|issued|imposees?|adoptees?|decidees?|impuestas?|adoptadas?|imposte|adottate|"
    r"opgelegd\w*|impostas?|verhangt\w*|erlassen\w*)\s+(?:by|par|por|da|dal|dalla|door|pela|pelo|"
    r"von)\s+(?:(?:the|l'|la|le|les|el|los|il|i|de|het|a|o|der|den|dem)\s+)?$"
)
_IMPORT_WORD = re.compile(r"\b(?:import\w*|einfuhr\w*|importation\w*|importaci\w*|importazion\w*)")


def _named_authority(doc: Doc, place: Place, sanctions: bool) -> bool:
    """A place that only says whose sanction or law is meant (not where mail goes);
    ``sanctions``: whether the text names any (the costlier look behind the place)."""
    if _SANCTIONS_AFTER.match(doc.norm, place.end):
        return True
    if (
        sanctions
        and _SANCTIONS_BY.search(doc.norm, max(0, place.start - 80), place.start)
        # not "sanctions on dairy imposed by Russia, parcels are refused at import": the
        # country that bans what it receives is where the parcels go
        and not _IMPORT_WORD.search(doc.norm, *doc.sentence_of(place.start))
    ):
        return True
    return doc.norm.startswith(")", place.end) and bool(
        _LEGAL_CITATION.search(doc.norm, max(0, place.start - 30), place.start)
    )


# A stop that goes on ("Bhutan remains suspended", "bleiben weiterhin ausgesetzt", "仍暂停"): the
# place is not what the notice changes. Read on normalised text (lower case, no accents), in
# the words right before each word of suspension the kinds lexicon found.
_STANDING_BEFORE = word_start(
    re.compile(
        rf"\b{STANDING_WORDS}\s+(?:[^\W\d_]+\s+){{0,2}}$|仍然?$|继续$|繼續$|引き続き.{{0,8}}$"
    )
)


def _standing_stops(doc: Doc) -> list[Match]:
    found: list[Match] = []
    for m in lexicon.matches(doc, "kinds"):
        if m.value == "suspension":
            lo = max(0, m.start - 40)
            before = _STANDING_BEFORE.search(doc.norm, lo, m.start)
            if before:
                found.append(Match(before.start(), m.end, UNAFFECTED, m.key))
    return found


_ROUTE = re.compile(r"^(?:-|\u2013| ?\u2192 ?| ?-> ?)$")  # "Schweiz-USA", "UK -> US"
_ROUTE_LONGEST = 4  # " -> ": a longer gap is no route
_LABEL_AFTER = re.compile(r"[^|\n]{0,12}\|")  # a table row: "Chad | Suspended | 04/09/2020"
_BREAK = re.compile(r"[,;:.!?()\n]")  # what a cue cannot reach across
_BREAK_AFTER = re.compile(r"[,;:.!?\n]")
_WORDS = re.compile(r"[^\W\d_][\w'.]*", re.UNICODE)


@dataclass(slots=True)
class Role:
    place: Place
    role: str
    cue: tuple[int, int] | None = None  # span of the words that gave the role
    cue_end: int = -1  # where the cue words end (before the place)
    before_cue: bool = False  # a preposition precedes it: an object, never a subject
    source: str = ""  # what gave the role: "before", "glue", "after", "clause", ...


@dataclass(slots=True)
class DestinationResult:
    codes: list[str]  # sorted ISO codes, or ["*"], or []
    evidence: list[tuple[str, int, int]]  # (code, start, end)
    roles: list[Role]


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
    for raw in data["unaffected"]:
        key, flags = parse_phrase(raw)
        entries.append((key, flags, ("clause", UNAFFECTED)))
    return entries


@lru_cache(maxsize=1)
def _cues() -> PhraseMatcher:
    """Cues, run on a window around each place."""
    entries = [e for e in _cue_entries() if e[2][0] in ("before", "after")]
    # One- to three-letter cues ("a", "to", "в") would hit inside every other word: they are
    # looked up as the word right before a place instead.
    long_cues = [e for e in entries if not _short_cue(e)]
    return PhraseMatcher(long_cues)


@lru_cache(maxsize=1)
def _short_cues() -> dict[str, tuple[str, str]]:
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


# Countries whose names are also given names: "said Chad Morrison" names a person.
_GIVEN_NAMES = frozenset(("TD", "JO", "GE"))
_BY_PERSON = re.compile(r"\b(?:posted|written)\b[^.\n]{0,30}\bby\s+$")  # "posted ... by Chad"
_PERSON_AFTER = re.compile(
    r" (?!(?:Post|Customs|and|Airways|Airlines|Telecom|Bureau|Revenue|Authority|Ministry|"
    r"National|Government|Railways|Times|Standard|Red|Central|State|Institute|Agency|Office|"
    r"Chamber|Embassy|Airport|University|Is|Has|Will|The)\b)[A-Z][a-z]+\b"
)
# "South Island", "Prince Edward Island": an island, not Iceland (German "Island").
_ISLAND_NAME = re.compile(r"[A-Z][\w'-]*\s$")
# "a non-EU destination", "Nicht-EU-Staaten", "pays hors UE": outside the place, not in it
_NON_BEFORE = word_start(re.compile(r"\b(?:non|nicht|extra)[- ]$|\b(?:hors) $|\b(?:не)-$"))


def _non_before(norm: str, pos: int) -> bool:
    """ "non-" or "outside the" or the like right before ``pos``; for "non-" the last two
    letters of those words are checked first (most places follow a word that ends otherwise)."""
    if pos > 8 and norm[pos - 2] in "eal'drb" and _OUTSIDE_BEFORE.search(norm, pos - 30, pos):
        return True  # "hors de l'UE", "outside the EU"
    if pos < 4 or norm[pos - 1] not in "- " or norm[pos - 2] not in "ntas\u0435":
        return False
    return _NON_BEFORE.search(norm, max(0, pos - 8), pos) is not None


# Finnish and Hungarian say "outside" after the place: "EU:n ulkopuolelta", "EU-n kívülről"
_OUTSIDE_AFTER = re.compile(r"(?::n|-n|n)?\s+(?:ulkopuol\w*|kivul\w*|kívül\w*)")


def _no_place_after(norm: str, place: Place, role: str) -> bool:
    """What follows the name makes it no place of the change: "EU:n ulkopuolelta" (Finnish:
    from outside the EU), or a region in the genitive with no cue ("EU:n uusi asetus", the
    EU's new regulation)."""
    if place.end >= len(norm) or norm[place.end] not in ":-n":
        return False
    if _OUTSIDE_AFTER.match(norm, place.end):
        return True
    return role == NEUTRAL and place.code.startswith("@") and norm.startswith(":n ", place.end)


_OUTSIDE_BEFORE = re.compile(
    r"\b(?:hors|en dehors|fuera|al di fuori|außerhalb|ausserhalb|outside|utanför|utanfor|"
    r"udenfor|uden for|utenfor)\s+"
    r"(?:(?:de|del|dell|of|der)\s*'?\s*)?(?:(?:the|la|l|le|les)\s*'?\s*)?$"
)


# Korean writes its case particles onto the name ("미국행" US-bound, "중국에서" from China), and
# the gazetteer lets a Korean name run to the end of its word: the particle gives the role.
_KO_ORIGIN_END = ("에서", "발", "산", "부터", "로부터", "으로부터", "에서의")
_KO_DEST_END = ("행", "으로", "로", "향", "앞", "앞으로", "행의")
_KO_AFTER = re.compile(r"\s*(경유|행|앞|제외|을 제외|를 제외|발)")
_KO_AFTER_ROLE = {"경유": TRANSIT, "행": STRONG, "앞": STRONG, "발": ORIGIN}


# Turkish writes case endings after an apostrophe: "Rusya'ya" to Russia, "Çin'den" from China.
_TR_SUFFIX = re.compile(
    r"['\u2019](?:(?:y|n)?[ae]|(?:y|n)?[ıiuü]n[ae]|(?:d|t)[ae]n|n?[ıiuü]ndan|"
    # "Avrupa Birliği'nden gelen eşya": goods coming from it (not "'nden alınan bilgi")
    r"n(?:d|t)[ae]n(?=\s+(?:gelen|gönderilen|ithal))"
    r")\b"
)


def _turkish_suffix(doc: Doc, place: Place) -> Role | None:
    m = _TR_SUFFIX.match(doc.full, place.end)
    if m is None:
        return None
    suffix = m.group(0)
    role = ORIGIN if suffix.endswith(("den", "dan", "ten", "tan")) else STRONG
    return Role(place, role, (place.start, m.end()))


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
    if particle and particle.endswith(_KO_ORIGIN_END):
        return Role(place, ORIGIN, (place.start, place.end))
    if particle and particle.endswith(_KO_DEST_END):
        return Role(place, STRONG, (place.start, place.end))
    after = _KO_AFTER.match(doc.norm, place.end)
    if after:
        found = after.group(1)
        role = EXCLUDED if "제외" in found else _KO_AFTER_ROLE[found]
        return Role(place, role, (place.start, after.end()))
    return None


# Russian/Ukrainian "с"/"з" + instrumental case is "with", + genitive "from".
_WITH = frozenset(("с", "со", "з", "із", "зі"))
_INSTRUMENTAL = ("еи", "ои", "ею", "ою", "єю", "ом", "ем", "ью", "ами", "ями", "сю")


def _short_cue(entry: tuple[str, str, Any]) -> bool:
    """A one- to three-letter "before" cue in a script that separates words by spaces."""
    key, flags, value = entry
    if value[0] != "before" or flags or len(key) > 3 or not key.isalpha():
        return False
    return not any(is_cjk(ch) for ch in key)


# Words before "to" that make it no destination.
_NOT_TO = frozenset(
    ("close", "closer", "next", "near", "adjacent", "due", "according", "owing", "prior",
     "similar", "compared", "relative", "thanks", "contrary", "related", "proximity")
)  # fmt: skip


# Letters of Polish that Portuguese, Czech and Slovak do not write
_POLISH_LETTERS = frozenset("łśżźćńąęŁŚŻŹĆŃ")
_LOCATIVE_ENDS = ("e", "i", "u", "ch")  # "na Ukrainie", "na Białorusi", "na Filipinach"


def _polish_to(doc: Doc, place: Place) -> bool:
    """ "na" as Polish "to" ("na Ukrainę", "na Maltę", "na Tajwan"): in a Polish notice, before
    a name that is not in the locative ("na Ukrainie": in Ukraine)."""
    name = doc.full[place.start : place.end]
    return not name.endswith(_LOCATIVE_ENDS) and not _POLISH_LETTERS.isdisjoint(doc.full)


def _short_before(doc: Doc, place: Place) -> Role | None:
    """A short preposition right before the place, or before its article ("to the US"), or
    before a collective noun and a dash ("to the Central Asian countries – Kazakhstan")."""
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
    region = place.code.startswith("@")
    noun = False  # the word after this one names the region's members
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
        if cue is not None and word == "to":
            before = _last_word(norm, start)
            if before is not None and norm[before[0] : before[1]] in _NOT_TO:
                return None  # "close to the Gaza border", "due to Cyclone X", "similar to"
        if cue is not None and word == "na" and not _polish_to(doc, place):
            return None  # Portuguese "na Alemanha", Polish "na Białorusi": in, not to
        if cue is not None:
            role = cue[1]
            if role == ORIGIN and word in _WITH and doc.norm.endswith(_INSTRUMENTAL, 0, place.end):
                role = NEUTRAL  # "обмен с Россией": with Russia, both ways
            return Role(place, role, (start, place.end), before_cue=True)
        if word in _MEMBER_NOUNS and region:
            noun = True
        elif word == "member" and noun:  # "member states"
            noun = False
        elif word not in _DETERMINERS:
            return None
        pos = start
    return None


# "in die Länder der EU", "в страны Европейского союза": the members of a region, named by it
_MEMBER_NOUNS = frozenset(
    ("countries", "members", "states", "nations", "länder", "ländern",
     "mitgliedstaaten", "mitgliedsstaaten", "staaten", "pays", "états", "etats", "membres",
     "países", "paises", "estados", "miembros", "paesi", "stati", "membri", "landen",
     "lidstaten", "staten", "страны", "стран", "странах", "государства", "країни", "країн",
     "країнах", "państw", "krajów", "kraje", "krajach", "länderna", "landene")
)  # fmt: skip


# A capitalised word between German "nach" and a place is a noun of its own: "nach" then means
# "after" or "according to" ("nach dem Austritt des Vereinigten Königreichs").
_GERMAN_NOUN = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{2,}")


def _gap_words(gap: str) -> list[str]:
    return _WORDS.findall(gap)


# Cues that say what a stop covers ("the suspension also covers Guam"): only after a stop
_COVER_KEYS = frozenset(
    normalize_key(k)
    for k in (
        "obejmuje również", "obejmuje także", "also covers", "also includes", "umfasst auch",
        "betrifft auch", "concerne également", "también afecta a", "incluye también",
        "riguarda anche", "omvat ook",
    )
)  # fmt: skip
_STOP_KINDS = ("suspension", "prohibited_items", "restriction")


def _stop_before(doc: Doc, a: int, b: int) -> bool:
    return any(a <= m.start < b and m.value in _STOP_KINDS for m in lexicon.matches(doc, "kinds"))


_EXEMPEL = re.compile(r"\s+(?:exempel|eksempel)\b")


def _before_role(doc: Doc, place: Place, cues: list[Match], sentence_start: int) -> Role | None:
    """The nearest cue before the place, if close enough and in the same sentence."""
    best: Match | None = None
    for m in cues:
        if m.value[0] != "before" or m.end > place.start:
            continue
        if m.start < sentence_start or place.start - m.end > 40:
            continue
        if best is None or m.end > best.end or (m.end == best.end and m.start < best.start):
            best = m
    if best is None:
        return None
    if best.key in _COVER_KEYS and not _stop_before(doc, sentence_start, best.start):
        return None  # "our Malmö hub also covers Denmark": no stop that covers it
    if best.key in ("till", "til") and _EXEMPEL.match(doc.norm, best.end):
        return None  # Swedish "till exempel USA": "for example", not "to"
    gap = doc.norm[best.end : place.start]
    if _BREAK.search(doc.full, best.end, place.start):
        examples = _EXAMPLES_GAP.match(gap) or (
            _NOUN_DASH_GAP.match(gap) and _DASH_BEFORE.search(doc.full, best.end, place.start)
        )
        if examples and best.value[1] != OPERATOR:
            return Role(place, best.value[1], (best.start, place.end), best.end, True)
        return None
    dashed = _NOUN_DASH_GAP.match(gap) and _DASH_BEFORE.search(doc.full, best.end, place.start)
    if dashed and best.value[1] != OPERATOR:
        return Role(place, best.value[1], (best.start, place.end), best.end, True)
    words = _gap_words(gap)
    if words and best.value[1] == OPERATOR and best.key.isascii():
        return None  # "FedEx Singapore" is the operator; "DHL Express network in China" is not
    if best.key in _carriers() and not _site_line(doc, place.start):
        return None  # "shipments via DPD Ireland are suspended": the Irish network, a place
    if best.key == "nach" and words and _GERMAN_NOUN.search(doc.full, best.end, place.start):
        return None  # "nach dem Protokoll zu Irland": "after", "according to", not "to"
    short_cue = len(best.key) <= 3 or not best.key.isascii()
    if short_cue:
        if any(w not in _DETERMINERS for w in words) or len(words) > 1:
            return None
    elif len(words) > 3:
        return None
    return Role(place, best.value[1], (best.start, place.end), best.end, True)


@lru_cache(maxsize=1)
def _carriers() -> frozenset[str]:
    """The carriers of cues.yaml, whose name before a country names their site there."""
    return frozenset(parse_phrase(raw)[0] for raw in load_yaml("cues.yaml")["carrier_before"])


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
    return doc.line_index(pos) <= SITE_LINES and b - a <= SITE_LINE_LONGEST  # a header line


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
        limit = 0 if m.value[1] == OPERATOR else 2
        if len(words) > limit:
            continue
        return Role(place, m.value[1], (place.start, m.end))
    return None


def _structural_role(doc: Doc, place: Place, list_lines: set[int]) -> Role | None:
    """Title, heading line, "X:" entry or item of a list of destinations."""
    if doc.in_title(place.start):
        return Role(place, STRONG, (0, doc.title_end), source="title")
    line_start, line_end = doc.line_of(place.start)
    if doc.line_index(place.start) in list_lines:
        return Role(place, STRONG, (line_start, line_end), source="list")
    line = doc.full[line_start:line_end]
    body, bulleted = strip_bullet(line)
    offset = line_start + len(line) - len(body)
    lead = doc.full[offset : place.start].strip()
    if not lead and _LABEL_AFTER.match(doc.full, place.end) and _in_table(doc, line_start):
        # the first cell of a table row: open rows ("Jordan | Open | ...") are unaffected,
        # and under a header "Country of origin | ..." the place is an origin
        if _OPEN_ROW.search(doc.norm, place.end, line_end):
            role = UNAFFECTED
        elif _origin_column(doc, line_start):
            role = ORIGIN
        else:
            role = STRONG
        return Role(place, role, (line_start, line_end), source="heading")
    stripped = body.strip()
    # split(None, 8) has a ninth part exactly when the line has more than eight words: a long
    # paragraph is not split into all its words
    if (
        not bulleted
        and stripped
        and stripped[-1] not in ".,;!?"
        and len(stripped.split(None, 8)) <= 8
    ):
        return Role(place, STRONG, (line_start, line_end), source="heading")
    return None


_ORIGIN_HEADER = re.compile(
    r"[^|\n]{0,30}\b(?:origin|herkunft\w*|origine|origen|origem)\b[^|\n]*\|"
)


# A status cell that says the row goes on as before
_OPEN_ROW = re.compile(
    r"\|\s*(?:open|normal|operating normally|accepted|available|no change|not affected|"
    r"unaffected|geöffnet|angenommen|keine änderung|nicht betroffen|ouvert|normale?|"
    r"accepté\w*|abierto|aceptado|aperto|accettato|geopend|normaal|aberto|aceite)\s*(?:\||$)",
    re.M,
)


def _in_table(doc: Doc, line_start: int) -> bool:
    """Whether the line at ``line_start`` has a row of cells above or below it: a table, not
    a lone line of links ("Ireland | Privacy policy | Cookies")."""
    k = doc.line_index(line_start)
    for j in (k - 1, k + 1):
        if 0 <= j < len(doc.line_starts):
            a, b = doc.line_of(doc.line_starts[j])
            if "|" in doc.full[a:b]:
                return True
    return False


def _origin_column(doc: Doc, line_start: int) -> bool:
    """Whether the table that holds the row at ``line_start`` has a first column of origins:
    its header (the first row of "|" lines above) is "Country of origin | ..."."""
    k = doc.line_index(line_start)
    for _ in range(40):
        if k == 0:
            return False
        a, b = doc.line_of(doc.line_starts[k - 1])
        if "|" not in doc.norm[a:b]:
            break
        k -= 1
    a, _ = doc.line_of(doc.line_starts[k])
    if _ORIGIN_HEADER.match(doc.norm, a) is None:
        return False
    # a title about inbound mail makes the countries it comes from destinations (see _decide)
    return not any(
        m.value[0] == "inbound" and doc.in_title(m.start) and not m.key.startswith("import")
        for m in lexicon.matches(doc, "destinations")
    )


# A line that only enumerates names: "Austria, Belgium, Canada, ..., Estonia." A dot inside a
# name ends an abbreviation of at most four letters ("Kongo (Dem. Rep.)", "St. Lucia").
# The space after a separator is taken possessively ("\s*+"): were it free to go to the next
# item instead, a long list whose last item is too long would be tried in 2^n ways.
_ENUMERATION = re.compile(
    r"^(?:(?:[^,;:.!?\u3001\uff0c\n]|(?<![^\W\d_]{5})\.){1,40}[,;\u3001\uff0c]\s*+){2,}"
    r"[^,;:!?\n]{1,40}$"
)


_HEAD_COLON = re.compile(r"[^:\n]{0,30}?[:\uff1a]\s*")
# A line that is only a heading of a few words, perhaps numbered: "2. Destinations concerned"
_HEADING_HEAD = re.compile(r"[ \t]*(?:\d{1,2}[.)]\s*)?[^\W\d][^.,;:!?\n]{2,50}[ \t]*$")
# ... but not one over places left out: "Other countries listed below remain open"
_NOT_LISTED = re.compile(r"\b(?:not|other|others|remain\w*|unaffected|except\w*|open)\b")


# A line ending in ":" over a list of places: "diretti verso:", "Sont concernés :", "Pausen
# omfattar:" (read on normalised text); with a negation it lists places left out ("Pausen
# omfattar inte:", "Not affected:")
_COLON_LINE_LONGEST = 300
_LIST_REACH = 400  # how far below its head the first place of a list may be named
_TO_HEAD = word_start(
    re.compile(
        r"\b(?:to|into|towards|destined for|bound for|addressed to|nach|in die|vers|"
        r"a destination de(?:s| la| l')?|hacia|con destino a|verso|diretti verso|diretti in|"
        r"destinati a|naar|para|com destino a|в|во|до|till|til)\s*[:\uff1a]\s*$"
    )
)
_AFFECTED_HEAD = word_start(
    re.compile(
        r"\b(?:sont concern\w*|omfattar|omfatter|omfattes|applies to|apply to|covers|betrifft|"
        r"betroffen sind|concerne|riguarda|riguardano|afecta a|se aplica a|geldt voor|dotyczy)\b"
        r"[^:\uff1a]{0,30}[:\uff1a]\s*$"
    )
)
_FOLLOWING = word_start(
    re.compile(
        r"\b(?:following|folgenden?|suivante?s|siguientes|seguenti|volgende|seguintes|"
        r"nastepujacych|następujących|следующи\w+|наступн\w+)\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:countries|country|destinations?|territories|lander|landern|staaten|ziellander|pays|"
        r"paises|paesi|landen|krajow|krajach|стран\w*|країн\w*)\b|الدول التالية|البلدان التالية"
    )
)
# Where the listed goods come from, in the words before "following": "goods originating in the
# following countries:", "aus folgenden Ländern:", "sent from one of the following countries:"
_FROM_FOLLOWING = word_start(
    re.compile(
        r"\b(?:from(?!\s+(?:\d|today|now))|originating|manufactured in|made\s+(?:[\w-]+\s+){0,3}in|"
        r"produced in|ursprung|herkunft|aus|provenance|provenant|procedentes|originarios|"
        r"fabriqu\w* en|hergestellt in|afkomstig|uit|z|ze|из(?!\s*-?\s*за)|з|від)\b|"
        r"(?<!\w)من\s+$"
    )
)
FROM_FOLLOWING_REACH = 45
_TO_BETWEEN = re.compile(r"\b(?:to|nach|vers|naar|hacia|verso|para|do|до|в|на|à|into)\b|إلى")
# "with the exception of the following countries:": the places listed are left out
_EXCEPT_FOLLOWING = word_start(
    re.compile(
        r"\b(?:except|excepting|exception|excluding|ausser|außer|ausgenommen|ausnahme|sauf|"
        r"excepto|salvo|eccezione|tranne|uitzondering|behalve|exceto|krome|кроме|"
        r"крім|wyjątkiem|wyjatkiem)\b"
    )
)
EXCEPT_REACH = 40
# A negation of the head's own verb: "omfattar inte:", "does not apply to:", "gilt nicht für:"
_HEAD_NEGATION = word_start(re.compile(r"\b(?:not|inte|ikke|ej|nicht|pas|niet|no|non|nie|не|ні)\b"))
HEAD_NEGATION_REACH = 12  # from the head's verb: "does not apply to", "omfattar inte"
UNAFFECTED_HEAD_REACH = 4  # from the colon: "Not affected:", "Nicht betroffen:"


def _colon_heads(
    doc: Doc, unaffected: list[Match], place_starts: list[int]
) -> tuple[set[tuple[int, int]], set[tuple[int, int]], set[tuple[int, int]]]:
    """Lines ending in ":" that introduce a list of destinations, those that introduce a list
    of places left out, and those that introduce a list of origins ("the import of poultry is
    banned from the following countries:"). What leaves the list out must stand by the head
    itself ("does not apply to:", "with the exception of the following countries:"), not
    elsewhere in its sentence ("While parcels remain available, the delay also covers:")."""
    to_heads: set[tuple[int, int]] = set()
    not_heads: set[tuple[int, int]] = set()
    from_heads: set[tuple[int, int]] = set()
    body = doc.title_end
    norm = doc.norm
    for colon, colon_end in colon_ends(doc):
        if colon < body:
            continue
        k = bisect_left(place_starts, colon_end)
        if k == len(place_starts) or place_starts[k] - colon_end > _LIST_REACH:
            continue  # no place named in the lines below it
        line_start = doc.line_of(colon)[0]
        if line_start < body or not 2 <= colon - line_start <= _COLON_LINE_LONGEST:
            continue
        # the sentence that ends in the colon: not "We continue to accept mail for all
        # destinations. However, mail to the following countries is held:"
        a, b = max(line_start, doc.sentence_of(colon)[0]), colon_end
        said_unaffected = any(
            a <= u.start
            and u.end <= b
            # "Not affected:"; or a stop that goes on: "remain suspended to the following:"
            and (u.end >= b - UNAFFECTED_HEAD_REACH or u.value == UNAFFECTED)
            for u in unaffected
        )
        following = _FOLLOWING.search(norm, a, b)
        affected = _AFFECTED_HEAD.search(norm, a, b)
        to = _TO_HEAD.search(norm, a, b)
        head = following or affected or to
        if head is None:
            if said_unaffected:
                not_heads.add((a, b))  # "Nicht betroffen:", "Not affected:"
            continue
        origin_word = following and _FROM_FOLLOWING.search(
            norm, max(a, following.start() - FROM_FOLLOWING_REACH), following.start()
        )
        if origin_word:
            # not "from the EU to the following countries", "from and to the following"
            if not _TO_BETWEEN.search(norm, origin_word.end(), following.start()):
                from_heads.add((a, b))
            continue  # "goods originating in the following countries:": origins
        lo = max(a, head.start() - HEAD_NEGATION_REACH)
        negated = affected is not None and any(
            not doc.full.startswith("-", n.end())  # not "Nicht-EU-Länder", "non-EU"
            for n in _HEAD_NEGATION.finditer(norm, lo, affected.end())
        )
        excepted = (
            following is not None
            and _EXCEPT_FOLLOWING.search(
                norm, max(a, following.start() - EXCEPT_REACH), following.start()
            )
            is not None
            # "Other countries are not affected, with the exception of the following:"
            and not any(a <= u.start < following.start() for u in unaffected)
        )
        if said_unaffected or negated or excepted:
            not_heads.add((a, b))
        else:
            to_heads.add((a, b))
    return to_heads, not_heads, from_heads


# "Worldwide" phrases that name a class of countries the notice may go on to list
_OUTSIDE_EU = word_start(
    re.compile(
        r"\b(?:non eu|nicht eu|eu|ue|european union|europaischen union|drittland\w*|"
        r"drittlander\w*|third countr\w*|pays tiers|paises terceros|paesi terzi|extra ue)\b"
    )
)
# Customs territories shared by treaty: Liechtenstein is in the Swiss customs territory
_CUSTOMS_PARTNERS = {"CH": ("LI",), "LI": ("CH",)}
# Between "all countries" and a region they belong to: "of the", "in", "der", "i", "w"
_OF_REGION = re.compile(
    r"\s*(?:(?:of|in|within|der|in der|de la|della|des|del|van de|i|w|в|у|по)\s+|"
    r"(?:de l|dell|dall)['\u2019]\s*|の)?(?:the\s+)?"
)
# "all countries in the EU and the rest of the world": every country after all
_AND_BEYOND = re.compile(
    r"\s+(?:and|und|et|y|e|en)\s+(?:the\s+)?(?:rest of the world|beyond|elsewhere|"
    r"other countries|all other countries|übrige welt|ubrige welt|reste du monde|resto del mundo|"
    r"resto del mondo)\b"
)


def _own_section_after(doc: Doc, roles: list[Role], cued: Role) -> bool:
    """Whether ``cued`` sits under a heading line of its own that comes after the first
    destination the notice names."""
    first = min(
        (r.place.start for r in roles if r.role == STRONG and r.place.code != cued.place.code),
        default=None,
    )
    if first is None or first > cued.place.start:
        return False
    return any(
        heading_line(doc, k)
        for k in range(doc.line_index(first) + 1, doc.line_index(cued.place.start) + 1)
    )


# The end of a sentence inside a line: "... Kanada und Türkei. Die Postunternehmen ..."
_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<!\b[A-Za-z])\.\s+(?=[A-ZÄÖÜÀ-Þ])")


def _first_sentence(text: str) -> str:
    """``text`` up to its first sentence end (the dot kept); "St. Lucia" ends none."""
    end = _SENTENCE_END.search(text)
    return text[: end.start() + 1] if end else text


_HEAD_CUE_REACH = 24  # "goods originating in the following countries"


def _list_lines(doc: Doc, heads: list[Match], cue_matcher: PhraseMatcher) -> set[int]:
    """Line numbers of list items that follow a "to the following countries:" line."""
    lines: set[int] = set()
    n_lines = len(doc.line_starts)
    for m in heads:
        start, end = doc.line_of(m.start)
        line_end = doc.full[start:end].rstrip()
        # a heading of its own ("2. Affected destinations"): its paragraph is the list
        heading = (
            not doc.in_title(start)
            and _HEADING_HEAD.match(doc.full, start, end) is not None
            and _NOT_LISTED.search(doc.norm, start, end) is None
        )
        # a Japanese head ends its sentence: "次の米国海外領土あてを含みます。" above the list
        if (
            not heading
            and not line_end.endswith((":", "\uff1a"))
            and not (line_end.endswith("\u3002") and is_cjk(m.key[0]))
        ):
            after = doc.full[m.end : end]
            colon = _HEAD_COLON.match(after)
            if colon and _ENUMERATION.match(_first_sentence(after[colon.end() :]).strip()):
                lines.add(doc.line_index(m.start))  # "Bestimmungsländer: A, B, C"
            continue
        cues = cue_matcher.find(doc.norm, doc.full, start, m.start)
        # "from the following countries" heads a list of origins
        # (right before it: "received from our partners, ... sent to the following countries")
        before = [
            c
            for c in cues
            if c.value[0] == "before"
            and max(start, m.start - _HEAD_CUE_REACH) <= c.end <= m.start
            and not _BREAK.search(doc.full, c.end, m.start)
        ]
        if before and max(before, key=lambda c: c.end).value[1] in (ORIGIN, TRANSIT):
            continue
        if _FROM_FOLLOWING.search(doc.norm, max(start, m.start - FROM_FOLLOWING_REACH), m.start):
            continue  # "goods made wholly or partly in the following countries"
        i = doc.line_index(m.start) + 1
        while i < n_lines:
            ls = doc.line_starts[i]
            le = doc.line_starts[i + 1] - 1 if i + 1 < n_lines else len(doc.full)
            item = doc.full[ls:le].strip()
            if item:
                body, bulleted = strip_bullet(item)
                if not bulleted and len(item) > 60 and not _ENUMERATION.match(item):
                    if heading:
                        lines.add(i)  # "The United States, including Guam and ..."
                    break
                lines.add(i)
            elif heading and i > doc.line_index(m.start) + 1:
                break  # a heading's list ends with its paragraph
            i += 1
    return lines


def find_destinations(
    doc: Doc, *, origin: str | None = None, customs: bool = False
) -> DestinationResult:
    """Destination codes with evidence; an empty list when the notice names none."""
    gaz = gazetteer()
    places = gaz.find(doc.norm, doc.full)
    cue_matcher = _cues()
    found = lexicon.matches(doc, "destinations")
    authorities = [
        Match(m.start, m.end, m.value[1], m.key) for m in found if m.value[0] == "authority"
    ]
    heads = [m for m in found if m.value[0] == "head"]
    unaffected = [m for m in found if m.value[0] == "clause"]
    # "operating as normal" is read as a kind of change (one automaton keeps the longer phrase)
    unaffected += [m for m in lexicon.matches(doc, "kinds") if m.value == "informational"]
    standing = _standing_stops(doc)
    unaffected += standing
    list_lines = _list_lines(doc, heads, cue_matcher) if heads else set()
    left_lines: set[int] = set()
    from_lines: set[int] = set()
    to_heads: set[tuple[int, int]] = set()
    if ":" in doc.full or "\uff1a" in doc.full:
        to_heads, not_heads, from_heads = _colon_heads(doc, unaffected, [p.start for p in places])
        list_lines |= {doc.line_index(a) for a, _ in list_under(doc, to_heads)}
        left_lines = {doc.line_index(a) for a, _ in list_under(doc, not_heads)}
        if from_heads and not customs:
            inbound_starts = [m.start for m in found if m.value[0] == "inbound"]
            from_heads = {(a, b) for a, b in from_heads if any(a <= p < b for p in inbound_starts)}
        if from_heads:
            # imports "from the following countries:" (a customs ban, "the import of poultry
            # ... from"): origins; a list of where mail comes from otherwise stays as it was
            from_lines = {doc.line_index(a) for a, _ in list_under(doc, from_heads)}
    n = len(doc.norm)

    roles: list[Role] = []
    prev: Role | None = None
    region_role: str | None = None  # the role of "all countries" before "of the EU"
    windows = [(max(0, p.start - 60), min(n, p.end + 30)) for p in places]
    all_cues = cue_matcher.find_in_spans(doc.norm, doc.full, windows)
    cue_starts = [c.start for c in all_cues]
    quiet = _quiet_sentences(doc, unaffected) if unaffected else set()
    links = link_spans(doc)
    norm = doc.norm
    facility = doc.holds_any(_FACILITY_HINTS)
    sanctions = doc.holds_any(_SANCTION_HINTS)
    for k, (place, (a, b)) in enumerate(zip(places, windows, strict=True)):
        i, j = bisect_left(cue_starts, a), bisect_left(cue_starts, b)
        cues = [c for c in all_cues[i:j] if c.end <= b] if i < j else []
        role = _before_role(doc, place, cues, doc.sentence_of(place.start)[0]) if cues else None
        short = _short_before(doc, place)
        if role is not None:
            role.source = "before"
        if short is not None and (role is None or short.cue[0] >= role.cue_end):
            role = short
            role.source = "before"
            if (
                prev is not None
                and prev.role in (EXCLUDED, UNAFFECTED)
                and _GLUE.match(doc.norm[prev.place.end : short.cue[0]])
            ):
                role.role = prev.role  # "ni à la Guinée ni à la Guinée-Bissau"
            elif (
                prev is not None
                and prev.role in (STRONG, NEUTRAL)
                and doc.norm[short.cue[0] : short.cue[0] + 2] == "a "
                and not doc.norm[prev.place.end : short.cue[0]].strip(" ,")
            ):
                # "Japonsko, Kanada a Spojené státy": Czech and Slovak "a" is "and", not "to"
                role.role = prev.role
                role.source = "glue"
        if (
            role is None
            and _IN_BEFORE.search(norm, max(0, place.start - 12), place.start)
            and (sellers := _FROM_SELLERS_IN.search(norm, max(0, place.start - 50), place.start))
            and (prev is None or prev.place.start < sellers.start())
        ):
            # "from webshops in China"; not "from outside the European Union into the EU"
            role = Role(place, ORIGIN, (place.start, place.end), source="before")
        if role is None and place.end > place.start and doc.norm[place.end - 1] >= "\uac00":
            role = _korean_particle(doc, place)
        if role is None and doc.full.startswith(("'", "\u2019"), place.end):
            role = _turkish_suffix(doc, place)
        if prev is not None and role is None:
            gap_orig = doc.full[prev.place.end : place.start]
            route = len(gap_orig) <= _ROUTE_LONGEST and _ROUTE.match(gap_orig)
            if route and _hyphen_chain(doc, prev.place, place):
                # "the Canada-United States-Mexico Agreement": a name, not three places
                prev.role = NAME
                role = Role(place, NAME, (prev.place.start, place.end), source="route")
            elif route:
                prev.role = ORIGIN  # "Schweiz-USA": from one to the other
                role = Role(place, STRONG, (prev.place.start, place.end), source="route")
            elif (
                prev.role != OPERATOR
                and "\n" not in gap_orig
                and _GLUE.match(doc.norm[prev.place.end : place.start])
                # "for goods from an EU member state, Norway requires ...": a new subject
                and not (prev.role == ORIGIN and _MEMBER_GAP.search(gap_orig))
            ):
                first = prev.cue[0] if prev.cue else prev.place.start
                # "Fiji and Samoa" as a heading: both are the heading's places
                source = "heading" if prev.source == "heading" else "glue"
                role = Role(place, prev.role, (first, place.end), source=source)
        next_start = places[k + 1].start if k + 1 < len(places) else n
        after = _after_role(doc, place, cues, next_start) if cues else None
        if after is not None and (
            role is None or after.role in (ORIGIN, TRANSIT, OPERATOR, EXCLUDED)
        ):
            if role is None or role.role != STRONG or after.role != OPERATOR:
                role = after
                role.source = "after"
        if role is None:
            role = _structural_role(doc, place, list_lines)
        if role is None:
            role = Role(place, NEUTRAL, (place.start, place.end), source="neutral")
        if place.code in _GIVEN_NAMES and (
            (role.role == NEUTRAL and _PERSON_AFTER.match(doc.full, place.end))
            or _BY_PERSON.search(doc.full, max(0, place.start - 48), place.start)
        ):
            role = Role(place, NAME, (place.start, place.end), source="person")
        if (
            place.code == "IS"
            and doc.full.startswith("Island", place.start)
            and _ISLAND_NAME.search(doc.full, max(0, place.start - 30), place.start)
        ):
            role = Role(place, NAME, (place.start, place.end), source="island")
        if _non_before(norm, place.start) or _no_place_after(norm, place, role.role):
            role = Role(place, NAME, (place.start, place.end), source="no_place")  # "non-EU"
        elif place.code.startswith("@") and _INSTITUTION_AFTER.match(norm, place.end):
            role = Role(place, NAME, (place.start, place.end), source="no_place")  # "EU membership"
        elif (
            role.source == "before"
            and role.role == STRONG
            and place.code.startswith("@")
            and _RULES_AFTER.match(norm, place.end)
        ):
            # "changes to EU customs rules", "subject to EU safeguard measures": the rules'
            # maker, not where mail goes
            role = Role(place, NEUTRAL, (place.start, place.end), source="neutral")
        elif place.code == WORLD and _no_destination(doc, place):
            role = Role(place, NAME, (place.start, place.end), source="no_place")
        elif (
            place.code == WORLD
            and k + 1 < len(places)
            and places[k + 1].code.startswith("@")
            and _OF_REGION.fullmatch(norm, place.end, places[k + 1].start) is not None
            and not _AND_BEYOND.match(norm, places[k + 1].end)
        ):
            # "do wszystkich krajów UE", "alla länder i EU": every country of the region, which
            # takes the role the phrase had
            region_role = role.role
            role = Role(place, NAME, (place.start, place.end), source="no_place")
        elif region_role is not None and place.code.startswith("@"):
            role = Role(place, region_role, (places[k - 1].start, place.end), source="before")
            region_role = None
        if (
            role.role in (STRONG, NEUTRAL)
            and _named_authority(doc, place, sanctions)
            and doc.holds_any(_AUTHORITY_HINTS)
        ):
            role = Role(place, NAME, (place.start, place.end), source="authority")
        if (
            role.role in (STRONG, NEUTRAL)
            and left_lines
            and doc.line_index(place.start) in left_lines
        ):
            role = Role(place, UNAFFECTED, role.cue, source="list")  # "Not affected:" above it
        elif (
            role.role in (STRONG, NEUTRAL)
            and from_lines
            and doc.line_index(place.start) in from_lines
        ):
            role = Role(place, ORIGIN, role.cue, source="list")  # "banned from the following:"
        if role.role in (STRONG, NEUTRAL) and unaffected:
            sentence = doc.sentence_of(place.start)
            if sentence in quiet or (
                _in_clause(doc, place, unaffected)
                and not _delayed_after(doc, place.end, sentence[1], _after_list(doc, places, k))
            ):
                # "... will continue to be accepted, but expect delays": still the destination
                role.role = UNAFFECTED
                role.source = "clause"
        if (
            not doc.in_title(place.start)
            and (line := doc.line_of(place.start))[1] - line[0] <= _GOVERNMENT_LINE_LONGEST
            and _GOVERNMENT_LINE.fullmatch(doc.norm, *line)
        ):
            # "Government of India" over a press release: who publishes it, no place of change
            role = Role(place, OPERATOR, (place.start, place.end), source="publisher")
        elif (
            norm[place.end : place.end + 1] in (",", "(")
            or norm[place.end : place.end + 2] in (" (", " ,")
        ) and _dateline(doc, place):
            # "Brasília (DF), 27/08/2025": where a press release was issued
            role = Role(place, OPERATOR, (place.start, place.end), source="publisher")
        if (
            facility
            and role.role in (STRONG, NEUTRAL)
            and (
                _FACILITY_BEFORE.search(norm, max(0, place.start - 40), place.start)
                or (role.source == "glue" and prev is not None and prev.source == "facility")
            )
        ):
            # "flights into our regional hubs in Bahrain and Dubai": where the carrier works;
            # it may be where mail goes too, but it does not say which members of a region
            # the notice means (_decide)
            role.source = "facility"
        if (
            role.role in (STRONG, NEUTRAL)
            and (
                norm.endswith("within ", 0, place.start)
                or norm.endswith("within the ", 0, place.start)
            )
        ) and _DOMESTIC.search(norm, *doc.line_of(place.start)):
            # "lithium batteries may still be sent within New Zealand by road (domestic Parcel
            # Post)": the sender's own country, not where this change sends mail
            role = Role(place, NAME, (place.start, place.end), source="domestic")
        if links and in_spans(place.start, links):
            # "See also: Sending to Ukraine", "Other alerts: - Israel: delays": another page's
            role = Role(place, NAME, (place.start, place.end), source="link")
        roles.append(role)
        prev = role

    pointed = "if you" in norm or ("page" in norm and "for " in norm)
    if pointed or "?" in norm:
        _see_page_pointers(doc, roles, pointed)
    if "?" in norm or "\uff1f" in norm or "\u304b\u3002" in norm:  # "?", "？", "か。"
        _asked_sections(doc, roles)
        _answered_no(doc, roles, unaffected)
    _carry_back(doc, roles)
    if doc.holds_any(_INCLUDING_HINTS):
        _included_members(doc, roles)
    _quiet_headings(doc, roles, standing)
    _drop_region_headers(doc, roles, gaz.regions)
    if doc.focus is not None:
        roles = [r for r in roles if doc.counts(r.place.start)]
    older = older_items(doc)
    if older:
        newer = [r for r in roles if not any(a <= r.place.start < b for a, b in older)]
        if any(
            r.role == STRONG or (r.role == NEUTRAL and r.place.code not in (WORLD, WORLD_WEAK))
            for r in newer
        ):
            # places of older items on a page of dated updates are history, also beside the
            # places the newest item names without a cue ("operations in Puerto Rico ...")
            roles = newer
    history = _history_sentences(doc)
    if history:
        newer = [r for r in roles if doc.sentence_of(r.place.start) not in history]
        if len(newer) < len(roles) and any(r.role == STRONG for r in newer):
            roles = newer  # "Service to Poland had already resumed earlier": not this news
    inbound = any(m.value[0] == "inbound" for m in found)
    # "to the following non-EU countries:" over a list: the class stands for the places listed
    class_listed = bool(to_heads) and any(
        p.code == WORLD
        and any(a <= p.start < b for a, b in to_heads)
        and _OUTSIDE_EU.search(doc.norm, p.start, p.end)
        for p in places
    )
    return _decide(doc, roles, gaz.regions, origin, customs, authorities, inbound, class_listed)


# "If you're sending to the USA, please see our USA updates page": a pointer, no news there.
_SEE_PAGE = re.compile(
    r"\b(?:(?:if|when|before) you(?:'re| are)? (?:sending|send|posting|post|shipping|ship)|"
    r"for (?:shipments|items|parcels|mail|sending|deliveries|consignments|goods))\b"
    r"[^.\n]{0,80}?\b(?:please )?(?:see|visit|check|read|go to|refer to)\b[^.\n]{0,60}?"
    r"\b(?:page|guide|guidance|website|section)\b"
)


# "Sending goods to the EU? Read our guide to customs requirements": a question that points
# to a page, no news for the place it names
_ASKED_SENDING = re.compile(
    r"\s*(?:[-*\u2022]\s*)?(?:are you |you are )?(?:(?:le |les |los |las |die |de |as |os )?"
    r"(?:sending|shipping|posting|spedizioni|envios|envois|sendungen|zendingen|remessas|versand|"
    r"przesylki|przesyłki|отправления|відправлення))\b[^.?\n]{0,80}\?$"
)
_READ_PAGE = re.compile(
    r"\s*(?:(?:please )?(?:see|visit|check|read|go to|refer to)\b[^.\n]{0,60}?"
    r"\b(?:page|guide|guidance|website|section)\b|(?:different|other|separate|special) rules "
    r"apply\b)"
)


def _see_page_pointers(doc: Doc, roles: list[Role], if_you: bool) -> None:
    for r in roles:
        if r.role == STRONG and not doc.in_title(r.place.start):
            a, b = doc.sentence_of(r.place.start)
            if (if_you and _SEE_PAGE.search(doc.norm, a, b)) or (
                doc.norm.startswith("?", b - 1) and _points_to_page(doc, a, b)
            ):
                r.role, r.source = NEUTRAL, "pointer"


_QUESTION_HEADING_LONGEST = 60
_NEWS_KINDS = frozenset(("suspension", "resumption", "delay", "prohibited_items"))
# a dated or renewed change: "from 3 June we accept parcels to Ukraine again"
_SECTION_NEWS = re.compile(
    r"\b(?:(?:from|as of|starting|ab|des|dès|desde|dal|vanaf|od|з|с)\s+(?:today|heute|\d)|"
    r"again|wieder|de nouveau|nuevamente|di nuovo|opnieuw|ponownie|знову|снова|ab sofort|"
    r"desormais|with immediate effect|effective immediately|con effetto immediato|"
    r"con efecto inmediato|met onmiddellijke ingang)\b"
)
# "Does this affect shipments to Canada or Mexico? No.": a question of scope, not "Can I still
# send parcels to Belarus? No."
_SCOPE_QUESTION = word_start(
    re.compile(
        r"\b(?:affect\w*|apply|applies|concern\w*|impact\w*|change\w*|betrifft|betroffen|gilt|"
        r"gelten|concerne\w*|s'applique\w*|afecta\w*|aplica\w*|riguarda\w*|vale|geldt|"
        r"dotyczy|стосується|касается|påverka\w*|gäller|galler)\b|影響|影响|適用|适用|対象|对象"
    )
)
# "Does this affect shipments to Canada or Mexico? No.": an FAQ answers that they are not
_ANSWER_NO = re.compile(
    r"[ \t]*(?:no|nein|non|nee|não|nao|нет|ні|nie|いいえ|不)"
    r"(?:[.,!;:\u3002\uff0c]|[ \t]*[-\u2013\u2014])"
)


def _answered_no(doc: Doc, roles: list[Role], markers: list[Match]) -> None:
    """A place in a question of scope that the next word answers "No" is left out, and one in
    a question of scope or of sending whose answer says nothing changes for it ("Sending to
    Norway? Declarations are already required; nothing changes")."""
    for r in roles:
        if r.role not in (STRONG, NEUTRAL) or doc.in_title(r.place.start):
            continue
        a, b = doc.sentence_of(r.place.start)
        # a question: "?", "？", or Japanese "...ますか。", "...ですか。", "...でしょうか。"
        if doc.full[b - 1 : b] not in ("?", "\uff1f") and doc.full[b - 3 : b] not in _JA_ASKS:
            continue
        if _ANSWER_YES.match(doc.norm, b):
            continue  # "答：是的，同样须缴纳关税": the place is affected
        if _ANSWER_NO.match(doc.norm, b) and _SCOPE_QUESTION.search(doc.norm, a, b):
            r.role, r.source = UNAFFECTED, "answer"
        elif markers and (
            _SCOPE_QUESTION.search(doc.norm, a, b) or _ASKED_SENDING.match(doc.norm[a:b])
        ):
            # the answer: the rest of the line after the question, or the next line
            line_end = doc.line_of(b)[1]
            if not doc.full[b:line_end].strip():
                line_end = doc.line_of(min(line_end + 1, len(doc.full)))[1]
            answer_end = min(line_end, b + _ANSWER_LONGEST)
            said = [m for m in markers if b <= m.start and m.end <= answer_end]
            if said and not any(
                b <= m.start < answer_end
                and m.value in _NEWS_KINDS
                # not the cause that spares it: "not affected by the suspension"
                and not any(u.end <= m.start <= u.end + _CAUSE_AFTER_MARKER for u in said)
                for m in lexicon.matches(doc, "kinds")
            ):
                # not "Sending to Norway? Parcels are also suspended; letters are not affected"
                r.role, r.source = UNAFFECTED, "answer"


_ANSWER_LONGEST = 200
_JA_ASKS = ("\u3059\u304b\u3002", "\u3046\u304b\u3002")  # "すか。", "うか。"
# an answer that opens with yes: the question's place is affected
_ANSWER_YES = re.compile(
    r"\s*(?:(?:a|answer|antwort|reponse|respuesta|risposta|答|回答)\s*[:：.]?\s*)?"
    rf"(?:{YES_WORDS}|是的|会|會|对|對|네|예)(?![a-z])"
)
_CAUSE_AFTER_MARKER = 16  # " by the suspension"


def _asked_sections(doc: Doc, roles: list[Role]) -> None:
    """A question heading over standing advice ("Sending to the EU?" / "All parcels to
    countries in the European Union need an electronic customs declaration") on a page whose
    title names the news's places: the places in its section are no news."""
    if not any(r.role == STRONG and doc.in_title(r.place.start) for r in roles):
        return
    starts = doc.line_starts
    spans = []
    kind_words = lexicon.matches(doc, "kinds")
    for k in range(1, len(starts)):
        a, b = doc.line_of(starts[k])
        line = doc.norm[a:b].strip()
        if not (line.endswith("?") and len(line) <= _QUESTION_HEADING_LONGEST):
            continue
        if not _ASKED_SENDING.match(line):
            continue
        end = len(doc.full)
        for k2 in range(k + 1, len(starts)):
            if not doc.full[slice(*doc.line_of(starts[k2]))].strip() or heading_line(doc, k2):
                end = starts[k2]
                break
        if not any(
            a <= m.start < end and m.value in _NEWS_KINDS for m in kind_words
        ) and not _SECTION_NEWS.search(doc.norm, a, end):
            spans.append((a, end))  # not "Sending to Canada? / From today we suspend ..."
    if not spans:
        return
    for r in roles:
        if r.role == STRONG and any(a <= r.place.start < b for a, b in spans):
            r.role, r.source = NEUTRAL, "pointer"


def _points_to_page(doc: Doc, a: int, b: int) -> bool:
    """The question ``a:b`` is answered by a pointer to a page and nothing else on its line."""
    if not _ASKED_SENDING.match(doc.norm[a:b]):
        return False
    read = _READ_PAGE.match(doc.norm, b)
    if read is None:
        return False
    rest = doc.norm[read.end() : doc.line_of(b)[1]].strip()
    if read.group().rstrip().endswith("apply"):
        return not rest.strip(" .\u2026")  # "Different rules apply ...", and nothing more
    return len(rest) < 40 and ":" not in rest


def _history_sentences(doc: Doc) -> set[tuple[int, int]]:
    """Sentences that open with "Previously" / "Раніше": what happened before the news."""
    out = set()
    for m in lexicon.matches(doc, "kinds"):
        if m.value == "history_marks":
            sentence = doc.sentence_of(m.start)
            if not doc.full[sentence[0] : m.start].strip():
                out.add(sentence)
    return out


_CARRIED = (EXCLUDED, UNAFFECTED, ORIGIN, TRANSIT)


def _carry_back(doc: Doc, roles: list[Role]) -> None:
    """A role that the words after a list give ("Samoa, Fiji and Niue are not affected",
    "China and Vietnam origin") holds for every place of the list, not only the last."""
    for i in range(len(roles) - 1, 0, -1):
        r, q = roles[i], roles[i - 1]
        if r.source not in ("after", "clause") or r.role not in _CARRIED:
            continue
        if q.role not in (STRONG, NEUTRAL) or q.source in ("after", "route"):
            continue
        if doc.in_title(q.place.start) != doc.in_title(r.place.start):
            continue
        gap = doc.norm[q.place.end : r.place.start]
        if "\n" in gap or not _LIST_GLUE.match(gap):
            continue
        q.role, q.source = r.role, r.source


# "the United States including its territories (Guam, Puerto Rico, ...)": the places listed
# are part of the place before them
_INCLUDING = re.compile(
    r"\s*(?:[,(]\s*)?(?:including|incl\.?|inkl\.?|inklusive|einschliesslich|einschließlich|"
    r"y compris|incluidos?|incluidas?|incluyendo|incluindo|inclusi|compresi|comprese|inclusief|"
    r"включая|включно з|w tym|wraz z)\b"
)


_INCLUDING_HINTS = ("incl", "inkl", "einschl", "compr", "включ", "w tym", "wraz")  # one in each
# between "including" and the first part: nothing, or what the parts are ("its territories (",
# "the overseas departments:")
_INCLUDED_GAP = re.compile(
    r"\s*+(?:(?:its|their|the|ses|sus|seine|ihre|i suoi|zijn)\s++)?(?:(?:overseas|outlying|island|"
    r"dependent|autonomous|d'outre-mer|de ultramar)\s++)?(?:territories|territory|departments|"
    r"regions|islands|dependencies|possessions|d[eé]partements|territoires|territorios|territori|"
    r"gebiete|überseegebiete|uberseegebiete)?\s*+[(:,]?\s*+"
)


def _included_members(doc: Doc, roles: list[Role]) -> None:
    """Places listed as part of a place ("the United States including its territories (Guam,
    ...)") go where that place goes: a destination when the notice names it as one."""
    strong_codes = {r.place.code for r in roles if r.role == STRONG}
    if not strong_codes:
        return
    left_out = {r.place.code for r in roles if r.role in (EXCLUDED, UNAFFECTED)}
    norm = doc.norm
    for i, r in enumerate(roles):
        if r.role != NEUTRAL or r.place.code not in strong_codes:
            continue
        m = _INCLUDING.match(norm, r.place.end)
        if m is None:
            continue
        end, first = m.end(), True
        for q in roles[i + 1 :]:
            gap = norm[end : q.place.start]
            if first:
                if _INCLUDED_GAP.fullmatch(gap) is None:
                    break
            elif not _GLUE.match(gap) or "\n" in gap:
                break
            if q.place.code in (WORLD, WORLD_WEAK):
                continue  # "its overseas departments (...)": a word, not a member
            if q.role == NEUTRAL and q.place.code not in left_out:
                q.role = STRONG
            end, first = q.place.end, False


def _quiet_headings(doc: Doc, roles: list[Role], standing: list[Match]) -> None:
    """A country heading whose section only says it is unaffected ("South Sudan / Services
    operate as normal") heads no change. A heading line that holds a change itself (a table row
    "Australia | Economy | not accepted") keeps it."""
    quiet = {r.place.code for r in roles if r.role == UNAFFECTED}
    if not quiet or not any(r.role == STRONG and r.place.code in quiet for r in roles):
        return
    # a heading with a cue of its own ("Post naar Israël, Jordanië en Cyprus" over "... worden
    # normaal verwerkt") is a heading too
    # (said to run as normal: not "remains suspended", whose place a heading may name as news)
    standing_sentences = {doc.sentence_of(m.start) for m in standing}
    normal = {
        r.place.code
        for r in roles
        if r.role == UNAFFECTED and doc.sentence_of(r.place.start) not in standing_sentences
    }
    headings = [
        r.source == "heading"
        or (
            r.source != "list"
            and r.place.code in normal
            and _heading_over_sentence(doc, r.place.start)
        )
        for r in roles
    ]
    cued = {
        r.place.code
        for r, heading in zip(roles, headings, strict=True)
        if r.role == STRONG and not heading
    }
    changed_lines: set[tuple[int, int]] | None = None
    for r, heading in zip(roles, headings, strict=True):
        code = r.place.code
        if r.role == STRONG and heading and code in quiet and code not in cued:
            if changed_lines is None:
                changed_lines = {
                    doc.line_of(m.start)
                    for m in lexicon.matches(doc, "kinds")
                    if m.value in _CHANGE_KINDS and not doc.in_title(m.start)
                }
            if doc.line_of(r.place.start) not in changed_lines:
                r.role = UNAFFECTED


def _heading_over_sentence(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` is on a heading of the body (text.heading_line) with a longer sentence
    on the line after it: not an item of a list of places ("Cambodia" over "Georgia")."""
    if doc.in_title(pos):
        return False
    k = doc.line_index(pos)
    if k + 1 >= len(doc.line_starts) or not heading_line(doc, k):
        return False
    line = doc.full[slice(*doc.line_of(pos))].strip()
    after = doc.full[slice(*doc.line_of(doc.line_starts[k + 1]))].strip()
    return after.endswith((".", "!", "\u3002")) and len(after) > len(line)


_CHANGE_KINDS = frozenset(
    ("suspension", "prohibited_items", "restriction", "new_requirement", "duty_tax_change",
     "delay", "resumption")
)  # fmt: skip


def _quiet_sentences(doc: Doc, markers: list[Match]) -> set[tuple[int, int]]:
    """Sentences that say something is unaffected ("... continue as normal") and announce no
    change themselves: every place they name is unaffected, however long the list."""
    marked = {doc.sentence_of(m.start) for m in markers}
    for m in lexicon.matches(doc, "kinds"):
        if m.value in _CHANGE_KINDS:
            if any(mk.end <= m.start <= mk.end + 25 for mk in markers):
                continue  # "was not affected by the suspension": the change is the one denied
            marked.discard(doc.sentence_of(m.start))
    return marked


def _hyphen_chain(doc: Doc, first: Place, second: Place) -> bool:
    """ "Canada-United States-Mexico Agreement": three names joined are a name, not a route."""
    before = doc.full[max(0, first.start - 1) : first.start]
    after = doc.full[second.end : second.end + 2]
    return before in ("-", "\u2013") or (
        len(after) == 2 and after[0] in "-\u2013" and after[1].isalpha()
    )


_REGION_HEADER_GAP = re.compile(
    r"^\s*+(?:[^\W\d]+\s++){0,2}(?:of|:|\(|including|incl|inklusive)\s*+$|"
    r"^\s*+(?:[^\W\d]+\s++){0,6}[^\W\d]*\s*+[,:(]?\s*+(?:i\.?\s?e\.?|namely|that is|nämlich|"
    r"namlich|c'est-a-dire|es decir|cioe|d\.\s?h\.?|т\.\s?е\.?|то есть|а саме)\s*+[,:]?\s*+$"
)


def _drop_region_headers(doc: Doc, roles: list[Role], regions: dict[str, list[str]]) -> None:
    """ "French Caribbean territories of Saint Martin, ..." names its members: the region
    itself is only a header then, not a promise that every member is affected."""
    for i, r in enumerate(roles[:-1]):
        members = regions.get(r.place.code)
        nxt = roles[i + 1].place
        if members and nxt.code in members:
            if _REGION_HEADER_GAP.match(doc.norm[r.place.end : nxt.start]):
                if r.role == STRONG:
                    # "items for US territories, i.e. Puerto Rico, Guam and ...": the members
                    # named are what the region's cue is about
                    for q in roles[i + 1 :]:
                        if q.place.code not in members or q.role != NEUTRAL:
                            break
                        q.role = STRONG
                r.role = EXCLUDED


# r"[.;:!?\n,()\uff0c\u3002\uff1b\uff1a\uff01\uff1f\uff08\uff09]|"
# r"(?i:\b(?:while|whereas|but|however|aber|während|mais|alors que|pero|mientras|ma|"
# r"mentre|maar|terwijl|mas|enquanto|но|а|але)\b)", written with every alternative opening
# with one plain character (the same matches, in the same order at each place), which lets
# the regex engine skip ahead
_CLAUSE_SPLIT = re.compile(
    literal_alternatives(".;:!?\n,()\uff0c\u3002\uff1b\uff1a\uff01\uff1f\uff08\uff09")
    + "|"
    + ignorecase_word_start(
        "(?:while|whereas|but|however|aber|während|mais|alors que|pero|mientras|ma|"
        "mentre|maar|terwijl|mas|enquanto|но|а|але)"
    )
)


_BRACKET_AFTER = re.compile(r"\s*[(\uff08][^()\uff08\uff09\n]{0,40}[)\uff09]")


_BUT_DELAYED = re.compile(
    r"\b(?:but|however|aber|jedoch|mais|pero|sin embargo|ma|maar|mas|но|але)\b[^.\n]{0,80}?"
    r"\b(?:delay|delays|delayed|verzogerung\w*|verspatung\w*|retard\w*|retraso\w*|ritard\w*|"
    r"vertraging\w*|atraso\w*|задержк\w*|затримк\w*)"
)


def _in_clause(doc: Doc, place: Place, markers: list[Match]) -> bool:
    """Whether one of ``markers`` is in the clause that holds ``place``."""
    start = max(0, place.start - 120)
    if not any(start <= m.start and m.end <= place.end + 170 for m in markers):
        return False
    before = list(_CLAUSE_SPLIT.finditer(doc.full, start, place.start))
    lo = before[-1].end() if before else start
    end = place.end
    bracket = _BRACKET_AFTER.match(doc.full, end)
    if bracket:  # "the Republic of the Congo (Brazzaville) is not affected"
        end = bracket.end()
    after = _CLAUSE_SPLIT.search(doc.full, end, end + 120)
    hi = after.start() if after else min(len(doc.norm), place.end + 120)
    if after is not None and after.group() == ";" and _BACK_REFERENCE.match(doc.norm, after.end()):
        # "Shipments to Iran are not accepted; this is unchanged": the next clause says it
        more = _CLAUSE_SPLIT.search(doc.full, after.end(), after.end() + 60)
        hi = more.start() if more else min(len(doc.norm), after.end() + 60)
    return any(lo <= m.start and m.end <= hi for m in markers)


# A whole clause that says the one before it does not change: "; this is unchanged", "; nothing
# changes" (not "; this does not affect letters", which names what it spares)
_BACK_REFERENCE = re.compile(
    r"\s*(?:(?:this|that|it) (?:is|remains|stays)(?: still)? unchanged|nothing (?:changes|has "
    r"changed|will change)|(?:this|that) has not changed|(?:das|dies) (?:ist|bleibt) "
    r"unver[aä]ndert|daran [aä]ndert sich nichts|rien ne change|cela ne change pas|"
    r"ceci ne change pas|(?:esto|eso) no cambia|nada cambia|(?:questo|cio|ciò) non cambia|"
    r"nulla cambia|(?:dit|dat) (?:is|blijft) ongewijzigd|(?:isso|isto) n[aã]o muda|nada muda|"
    r"to sie nie zmienia|nic sie nie zmienia|(?:cela|ceci|ce point) (?:reste|demeure) inchange|"
    r"(?:esto|eso) sigue sin cambios|(?:das|dies) gilt unver[aä]ndert|(?:these|those|they) "
    r"(?:remain|are) unchanged|this remains the case)\s*(?:[.;!]|$)",
    re.M,
)


# A line that names a government and nothing else: the publisher of a press release
_GOVERNMENT_LINE = re.compile(
    r"\s*(?:the\s+)?(?:government|govt\.?|gobierno|gouvernement|governo|regierung|regering|rzad|"
    r"правительство|уряд)\s+(?:of\s+|de\s+|du\s+|de la\s+|des\s+|del\s+|della\s+|di\s+|van\s+|"
    r"von\s+|der\s+)?(?:the\s+)?[^\n.,;:!?]{2,40}?\s*|\s*[^\n.,;:!?]{2,30}?\s+सरकार\s*"
)
_GOVERNMENT_LINE_LONGEST = 60
# Words of mail that stays in the country: "within New Zealand by road (domestic Parcel
# Post)", "by road within Australia only; no international alternative"
_DOMESTIC = re.compile(r"\bdomestic\b|\bby road\b(?=[^.\n]*\binternational\b)")
# A carrier's own sites: "our regional hubs in", "the gateway at", "unser Drehkreuz in"
_FACILITY_HINTS = ("hub", "gateway", "sort", "drehkreuz", "zentr")
_FACILITY_BEFORE = re.compile(
    r"\b(?:hubs?|gateways?|sort(?:ing|ation) (?:centres?|centers?|facilit(?:y|ies))|"
    r"drehkreuz\w*|(?:paket|brief)zentr\w*)\s+(?:in|at|im|en|de|à|a)\s+(?:the\s+)?$"
)


def _dateline(doc: Doc, place: Place) -> bool:
    """A place that opens one of the first lines of the body, with a date after it that ends
    the line, and no line like it next (not a list of places with their dates)."""
    a, b = doc.line_of(place.start)
    if doc.in_title(place.start) or doc.full[a : place.start].strip():
        return False
    date = _DATELINE.match(doc.norm, place.end)
    if date is None or doc.full[date.end() : b].strip(" -\u2013\u2014"):
        return False
    first = doc.line_index(doc.title_end + 1)
    index = doc.line_index(place.start)
    if index - first > 3:
        return False
    for other in (index - 1, index + 1):
        if first <= other < len(doc.line_starts):
            la, lb = doc.line_of(doc.line_starts[other])
            if _LINE_DATE_END.search(doc.norm, la, lb):
                return False
    return True


_LINE_DATE_END = re.compile(r",\s*[^,\n]*\d{4}\s*$", re.M)
# The date of a dateline after its place: "Brasília (DF), 27/08/2025", "Singapore, 12 March
# 2024", "Genève, le 3 mai 2024"
_DATELINE = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?\s*,\s*(?:(?:le|den|el|il|am)\s+)?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[^\W\d]{3,12}\.?\s+\d{4}|"
    r"[^\W\d]{3,12}\.?\s+\d{1,2},?\s+\d{4})\b"
)
_IN_BEFORE = word_start(
    re.compile(rf"\b{by_first_letter('(?:in|en|em|uit|nel|nei|nella)')}\s+(?:\w+\s+)?$")
)
# "from webshops in China", "van webwinkels in China": where the goods come from
_FROM_SELLERS_IN = word_start(
    re.compile(
        r"\b(?:from|van|aus|von|de|da|dal|desde)\s+(?:[^\W\d]+\s+){1,3}(?:in|en|em|uit|nel|nei|"
        r"nella)\s+(?:the\s+|de\s+|het\s+|la\s+)?$"
    )
)
# "all 27 EU member states (for example Germany, Czechia)", "all EU countries, including
# France": the members named are examples, the region stands in full.
_ALL_BEFORE = word_start(
    re.compile(r"\b(?:all|alle|tous les|toutes les|todos los|tutti i|todas las)\s+(?:the\s+)?$")
)


def _world_only_as_heading(roles: list[Role]) -> bool:
    """ "Everywhere" is named only in the title or headings, and a list under a list head
    names the destinations."""
    world = [r for r in roles if r.place.code == WORLD and r.role == STRONG]
    listed = any(r.source == "list" and r.role == STRONG for r in roles)
    return listed and all(r.source in ("title", "heading") for r in world)


def _table_of_places(doc: Doc, roles: list[Role], after: int) -> bool:
    """Five places or more given as rows of a list or table ("Angola | 03/27/2020 | ..."),
    all before ``after``: the notice is about them, and a remark on every destination below
    them ("expect delays for all international mail") is not its news."""
    rows = set()
    last = -1
    for r in roles:
        if r.role == STRONG and r.source in ("heading", "list") and r.place.code[0] != "*":
            a, b = doc.line_of(r.place.start)
            if r.source == "list" or "|" in doc.full[a:b]:
                rows.add(r.place.code)
                last = max(last, r.place.start)
    return len(rows) >= 5 and last < after


def _expand(code: str, regions: dict[str, list[str]]) -> list[str]:
    return regions.get(code, [code]) if code.startswith("@") else [code]


def _excluded_first(doc: Doc, roles: list[Role]) -> set[str]:
    """Places the body first excludes outright ("this revision does not apply to Dominica")
    and only then names with a cue ("customers sending to Dominica should ..."): the later
    mentions say where the excluded place stands, they do not add it."""
    out: set[str] = set()
    first_excluded: dict[str, int] = {}
    for r in roles:
        if r.role == EXCLUDED and r.source == "before" and not doc.in_title(r.place.start):
            first_excluded.setdefault(r.place.code, r.place.start)
    for code, pos in first_excluded.items():
        mine = [r for r in roles if r.place.code == code and r.role == STRONG]
        if mine and all(
            r.place.start > pos and r.source in ("before", "after", "glue") for r in mine
        ):
            out.add(code)
    return out


# "include, among others, Germany, France": the members named are examples of the region
_EXAMPLES = word_start(
    re.compile(
        r"\b(?:among others|inter alia|unter anderem|u\.\s?a\.|entre autres|entre otros|"
        r"entre otras|"
        r"tra gli altri|onder andere|entre outros|między innymi|miedzy innymi|m\.\s?in\.|"
        r"в том числе|среди прочих|зокрема)\W*$"
    )
)
# Blocs of states with rules of their own, whose members a notice names as examples; not a
# set of territories or islands ("US territories, including Guam": the ones affected)
_BLOCS = frozenset(("@EU", "@EEA", "@EFTA", "@GCC", "@EAEU", "@ASEAN"))
# After a region's name and a comma, its members named as part of it: "GCC countries,
# including Saudi Arabia and the UAE" (not "EU countries such as Austria and Belgium are
# delayed": those named are the ones affected)
_EXAMPLES_AFTER = re.compile(
    r"(?:\s+(?:countries|states|member states|nations|destinations|lander|pays|paises|paesi|"
    r"landen))?\s*,\s*(?:including|incl\.|einschliesslich|inklusive|darunter|y compris|"
    r"incluidos?|incluidas?|incluindo|inclusi|inclusief)\s"
)
# Words that say only some members of a region are meant ("several EU countries")
_SOME_WORDS = (
    r"several|some|certain|a number of|a few|mehrere|einige|bestimmte|plusieurs|certains|"
    r"certaines|quelques|varios|varias|algunos|algunas|alcuni|alcune|diversi|diverse|enkele|"
    r"meerdere|vários|várias|alguns|algumas|kilka|niektóre|несколько|некоторые|кілька|деякі"
)
# "parts of the EU", "certains pays de l'UE", "enkele landen van de EU": some members
_SOME_OF_BEFORE = re.compile(
    rf"\b(?:{_SOME_WORDS}|parts? of|einige\w*|bestimmte\w*|teile\w*|certain\w*|partie\w* de|"
    r"algun\w*|partes? de|alcun\w*|parti di|delen van|v[aá]ri\w*)\b[^,.;:\n]{0,25}$"
)


_EXAMPLES_END = re.compile(r"[.;:\n]| (?:are|is|were|was|will|must|may|have|has)\b")


def _bloc_examples(doc: Doc, region: Role, roles: list[Role], members: list[str]) -> bool:
    """A bloc followed by ", including" and two or more of its members: they are examples of
    it ("GCC countries, including Saudi Arabia and the UAE"); not where the words before it
    say only some members are meant ("parts of the EU, including Ireland and Cyprus")."""
    norm = doc.norm
    found = _EXAMPLES_AFTER.match(norm, region.place.end)
    if found is None or _SOME_OF_BEFORE.search(
        norm, max(0, region.place.start - 40), region.place.start
    ):
        return False
    clause_end = _EXAMPLES_END.search(norm, found.end())
    stop = clause_end.start() if clause_end else len(norm)
    named = {
        q.place.code
        for q in roles
        if q.place.code in members and found.end() <= q.place.start < stop
    }
    return len(named) >= 2


# "several EU countries": some members, not the region
_SOME_BEFORE = word_start(
    re.compile(rf"\b(?:{_SOME_WORDS})\s+(?:of the\s+|der\s+|des\s+|de los\s+|dei\s+)?$")
)


# "the UK referendum on EU membership", "the EU's legislation": the polity, not a place mail
# goes to
_INSTITUTION_AFTER = re.compile(
    r"(?:'s)?\s(?:membership|referendum|citizens|citizenship|mitgliedschaft|adhésion|adhesion|"
    r"membresía|membresia)\b"
)
_RULES_AFTER = re.compile(
    r"(?:'s)?\s+(?:customs\s+)?(?:rules|law|laws|legislation|regulations?|sanctions|measures|"
    r"safeguard\w*|standards|directives?|requirements|code|framework|policy|policies)\b"
)
_ANY = word_start(re.compile(r"\b(?:any|irgendein\w*|aucune?|ningun\w*|nessun\w*)\b"))
_NEGATION_BEFORE = word_start(re.compile(r"\b(?:not|no|never|nicht|kein\w*|pas|ne)\b"))
_IN_PLACE_AFTER = re.compile(r"\s+(?:in|within|en|nach|à|a|in der|im)\s+\S")
_ACCEPT_AFTER = re.compile(
    r"\s+(?:(?:be|been|currently|temporarily|yet)\s+)*(?:accept\w*|taking|take|send\w*|"
    r"deliver\w*|dispatch\w*|forward\w*|angenommen|annehmen|accepte\w*)\b"
)


# "all international mail classes and extra services": a range of services, no place
_SERVICES_AFTER = re.compile(r"\s+(?:classes|class|mail classes)\b")


def _no_destination(doc: Doc, place: Place) -> bool:
    """ "We are not suspending acceptance of mail for any destination": "any" under a
    negation is no destination at all; nor is "all international mail classes"."""
    if _SERVICES_AFTER.match(doc.norm, place.end):
        return True
    if not _ANY.search(doc.norm, place.start, place.end):
        return False
    if _IN_PLACE_AFTER.match(doc.norm, place.end):
        return True  # "any destination in Russia": the place named after it
    start = max(doc.sentence_of(place.start)[0], place.start - 80)
    negation = None
    for found in _NEGATION_BEFORE.finditer(doc.norm, start, place.start):
        negation = found  # the last one
    if negation is None:
        return False
    # "is not accepting mail to any destination": no acceptance anywhere is a stop of all
    return not _ACCEPT_AFTER.match(doc.norm, negation.end())


# A rule for the whole customs union, as a member's customs page words it
_EU_WIDE = word_start(
    re.compile(
        r"\b(?:throughout the (?:eu|european union)|eu-wide|across the (?:eu|european union)|"
        r"in (?:der )?gesamten (?:eu|europaischen union|europäischen union)|eu-weit|"
        r"dans toute l'(?:ue|union europeenne|union européenne)|"
        r"en toda la (?:ue|union europea|unión europea)|"
        r"in tutta l'(?:ue|unione europea)|in de hele (?:eu|europese unie)|"
        r"all (?:the )?(?:27 )?(?:eu )?member states|allen? (?:27 )?(?:eu[- ])?mitgliedstaaten|"
        r"tous les (?:27 )?etats membres|"
        r"tous les états membres|todos los estados miembros|tutti gli stati membri|"
        r"alle (?:27 )?(?:eu[- ])?lidstaten|todos os (?:27 )?estados[- ]membros|"
        r"in all (?:the )?27 (?:eu )?countries|in all 27 countries of the eu|"
        r"in allen 27 eu[- ]l(?:a|ä)ndern|i alla 27 eu[- ]l(?:a|ä)nder|i alla eu[- ]l(?:a|ä)nder|"
        r"i hela eu|in alle 27 eu[- ]landen|dans l'ensemble de l'union europ(?:e|é)enne|"
        r"i alle 27 eu[- ]lande|i hele eu|kaikissa (?:27 )?eu[- ]ma(?:issa|assa)|koko eu:ssa|"
        r"we wszystkich (?:27 )?pa(?:n|ń)stwach cz(?:l|ł)onkowskich|w ca(?:l|ł)ej ue|"
        r"in tutti i 27 paesi dell'ue|dans les 27 pays de l'ue|en los 27 pa(?:i|í)ses de la ue)\b"
    )
)


def _members_as_examples(doc: Doc, roles: list[Role], members: list[str]) -> bool:
    """Whether the first member of a region listed neutrally follows "among others" or the like."""
    first = next((q for q in roles if q.role == NEUTRAL and q.place.code in members), None)
    if first is None:
        return False
    start = first.place.start
    return bool(_EXAMPLES.search(doc.norm, max(0, start - 40), start))


# "Zölle auf Sendungen aus allen 27 Mitgliedstaaten": where goods come from
_FROM_BEFORE = re.compile(r"\b(?:aus|from|von|de|des|du|van|uit|da|dal|dai|z|из|з)\s+$")


def _after_list(doc: Doc, places: list[Place], k: int) -> int:
    """Where the first place after the list that holds place ``k`` starts ("items for Iraq,
    Jordan and Lebanon, but expect delays": the delay is the whole list's)."""
    j = k + 1
    while j < len(places):
        gap = doc.norm[places[j - 1].end : places[j].start]
        if "\n" in gap or not _GLUE.match(gap):
            return places[j].start
        j += 1
    return len(doc.norm)


def _delayed_after(doc: Doc, end: int, sentence_end: int, next_start: int) -> bool:
    """ "... will continue to be accepted, but expect delays", with no other place before the
    delay ("Canada is not affected, but items to the US may see delays" is about the US)."""
    m = _BUT_DELAYED.search(doc.norm, end, sentence_end)
    # "..., but delays to France are expected" is about France
    return (
        m is not None
        and m.end() <= next_start
        and (next_start >= sentence_end or next_start - m.end() > 30)
    )


def _names_eu_at(roles: list[Role], a: int, b: int) -> bool:
    return any(r.place.code == "@EU" and a <= r.place.start < b for r in roles)


def _moved_within(doc: Doc, roles: list[Role], cued: Role) -> bool:
    """The same country is also where the goods leave from, in the same sentence: "items sent
    from Great Britain to Northern Ireland" move inside one country, and no import is meant."""
    code, sentence = cued.place.code, doc.sentence_of(cued.place.start)
    return any(
        r.role == ORIGIN and r.place.code == code and doc.sentence_of(r.place.start) == sentence
        for r in roles
    )


# The source's own country named, but not as where mail goes into it: "can't be sent within
# Australia by air", "deliveries in Germany", "for New Zealand businesses", "Canada's
# exporters", "sent back to Norway"
_NOT_INTO_CUE = re.compile(
    r"(?:within|throughout|inside|deliver\w*|delivery services|services|in|innerhalb|im|"
    r"dans|en|dentro|all'interno|binnen|внутри|в пределах|по|всередині|у межах|"
    r"for|fur|für|pour|per|para|voor|för|til)\b"
)
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
_BACK_BEFORE = re.compile(r"\b(?:back|returned|zuruck|zurück|retour|retourne\w*|devuelt\w*)\s+$")


def _mail_into(doc: Doc, into: Role, cue: int) -> bool:
    """Whether the cue at ``cue`` sends mail into the place ``into`` names."""
    return not (
        _NOT_INTO_CUE.match(doc.norm, cue, into.place.start)
        or _POSSESSIVE.match(doc.full, into.place.end)
        or _BACK_BEFORE.search(doc.norm, max(0, cue - 12), cue)
    )


def _own_country(
    origin: str,
    span: tuple[int, int],
    partners: list[str],
    strong: dict[str, tuple[int, int]],
    roles: list[Role],
) -> DestinationResult:
    """The source's own country, with the partners in its customs territory the notice names
    ("destinataires en Suisse et au Liechtenstein")."""
    evidence = [(origin, *span)] + [(c, *strong[c]) for c in partners]
    return DestinationResult(sorted(c for c, _, _ in evidence), sorted(evidence), roles)


# Unions whose rules hold for every member and whose members a notice may name as actors of
# their own: EU member states deciding their own fees
_UNIONS = frozenset(("@EU", "@EEA"))


def _listed_near(doc: Doc, roles: list[Role], region: Role, listed: set[str]) -> set[str]:
    """Of a union, the members named without a cue in the paragraph that names it ("items to
    the EU ... affected: Germany, France") or as items of a list: not members that a notice
    names in a paragraph of their own as actors ("Separately, France and Italy may introduce
    their own fees")."""
    if len(listed) < 2 or region.place.code not in _UNIONS:
        return listed  # a storm's region names the islands it hit anywhere in the notice
    full = doc.full
    at = region.place.start
    return {
        q.place.code
        for q in roles
        if q.role == NEUTRAL
        and q.place.code in listed
        and (
            "\n\n" not in full[min(at, q.place.start) : max(at, q.place.start)]
            or _list_item(doc, q.place)  # "listed below:\n\n- Belgium\n- France"
        )
    }


def _list_item(doc: Doc, place: Place) -> bool:
    """A place that is a line of its own, maybe after a bullet: an item of a list."""
    a, b = doc.line_of(place.start)
    return not strip_bullet(doc.full[a:b])[0].replace(doc.full[place.start : place.end], "").strip()


def _decide(
    doc, roles, regions, origin, customs, authorities, inbound, class_listed
) -> DestinationResult:
    strong: dict[str, tuple[int, int]] = {}
    neutral: dict[str, tuple[int, int]] = {}
    blocked: set[str] = set()
    held: set[str] = set()  # blocked as origin, operator's own, excluded or a name; not transit
    operator: dict[str, tuple[int, int]] = {}
    unaffected: dict[str, tuple[int, int]] = {}
    world_strong: tuple[int, int] | None = None
    world_neutral: tuple[int, int] | None = None
    world_weak: tuple[int, int] | None = None
    title_strong = False
    # A region whose members the notice names as destinations ("the Caribbean: Anguilla,
    # Antigua, ...", "EU countries such as France") stands for those members only; members
    # left out ("the EU except Hungary", "Germany is not affected") are not in it.
    named = {r.place.code for r in roles if r.role == STRONG and r.source != "facility"}
    # counts from two members on
    listed = {r.place.code for r in roles if r.role == NEUTRAL and r.source != "facility"}
    left_out = {r.place.code for r in roles if r.role in (EXCLUDED, UNAFFECTED)}
    as_examples: dict[str, bool] = {}
    for r in roles:
        code = r.place.code
        if r.source == "no_place":
            continue  # "from non-EU countries" says nothing of the EU's members
        if r.role == STRONG and code not in (WORLD, WORLD_WEAK) and doc.in_title(r.place.start):
            title_strong = True
        span = r.cue or (r.place.start, r.place.end)
        if code in (WORLD, WORLD_WEAK):
            if r.role in (ORIGIN, TRANSIT, EXCLUDED):
                continue
            if code == WORLD and r.role == STRONG:
                world_strong = world_strong or span
            elif code == WORLD:
                world_neutral = world_neutral or span
            else:
                world_weak = world_weak or span
            continue
        members = _expand(code, regions)
        if code.startswith("@"):
            whole = (
                "27" in doc.norm[r.place.start : r.place.end + 4]
                or _ALL_BEFORE.search(doc.norm, max(0, r.place.start - 12), r.place.start)
                # "to GCC countries, including Saudi Arabia and the UAE": examples of a bloc
                or (code in _BLOCS and _bloc_examples(doc, r, roles, members))
            )
            if (
                not whole
                and not named.intersection(members)
                and not _SOME_BEFORE.search(doc.norm, max(0, r.place.start - 24), r.place.start)
            ):
                whole = as_examples.get(code)
                if whole is None:  # asked once per region: a page may name the EU 1,000 times
                    whole = as_examples[code] = _members_as_examples(doc, roles, members)
            if not whole:
                near = _listed_near(doc, roles, r, listed.intersection(members))
                if r.role == STRONG and len(near) >= 2:
                    # "items to the EU ... affected: Germany, France"; "the GCC states:
                    # Bahrain, Kuwait, Oman, ..." with two of them as headings below
                    for q in roles:
                        if q.role == NEUTRAL and q.place.code in members:
                            strong.setdefault(q.place.code, q.cue or span)
                    continue
                if named.intersection(members) or len(near) >= 2:
                    continue
            members = [c for c in members if c not in left_out]
        for c in members:
            if r.role == STRONG:
                strong.setdefault(c, span)
            elif r.role == NEUTRAL:
                neutral.setdefault(c, span)
            elif r.role == OPERATOR:
                operator.setdefault(c, span)
            elif r.role == UNAFFECTED:
                unaffected.setdefault(c, span)
            else:
                blocked.add(c)
                if r.role != TRANSIT:
                    held.add(c)

    for code in _excluded_first(doc, roles):
        strong.pop(code, None)

    evidence: list[tuple[str, int, int]] = []
    if customs:
        # A customs authority speaks about imports into its own country; "all countries"
        # and the like in its notices are countries of origin.
        world_strong = world_neutral = world_weak = None
        own = origin
        if own is None:
            for m in authorities:
                own = m.value
                strong.setdefault(own, (m.start, m.end))
                break
        members = _expand(own or "", regions)
        outside = {c for c in strong if c[0] != "@" and c not in blocked and c not in members}
        if own and own.startswith("@") and outside and not origin:
            strong.pop(own, None)
            own = None  # the Commission on duties for parcels to the US: not the EU's imports
        eu = regions.get("@EU", ())
        eu_cued = any(r.place.code == "@EU" and r.role == STRONG for r in roles)
        wide = _EU_WIDE.search(doc.norm) if own in eu else None
        if (
            wide is not None
            and (eu_cued or _names_eu_at(roles, wide.start(), wide.end() + 6))
            and not _FROM_BEFORE.search(doc.norm, max(0, wide.start() - 8), wide.start())
        ):
            # a member's customs on a rule "throughout the EU" ("in allen 27 Mitgliedstaaten
            # der EU"): imports into all 27
            own = "@EU"
        if own and own.startswith("@"):  # the EU's customs union: imports into its members
            span = strong.get(own) or (0, doc.title_end)
            named_too = {c for c in strong if c not in blocked and not c.startswith("@")}
            codes = sorted(set(_expand(own, regions)) | named_too)
            return DestinationResult(codes, [(c, *span) for c in codes], roles)
        if own:
            span = strong.get(own) or neutral.get(own) or operator.get(own) or (0, doc.title_end)
            evidence.append((own, *span))
            # "das Zollgebiet der Schweiz und des Fürstentums Liechtenstein": a partner in the
            # customs territory, when the notice names it, receives under the same rules
            for partner in _CUSTOMS_PARTNERS.get(own, ()):
                named_span = strong.get(partner) or neutral.get(partner)
                if named_span is not None and partner not in blocked:
                    evidence.append((partner, *named_span))
            return DestinationResult(sorted(c for c, _, _ in evidence), sorted(evidence), roles)
    elif origin:
        own = strong.get(origin) or neutral.get(origin)
        for table in (strong, neutral, operator, unaffected):
            table.pop(origin, None)
        customs_own = next(
            (
                r
                for r in roles
                if r.place.code == origin and _CUSTOMS_AFTER.match(doc.norm, r.place.end)
            ),
            None,
        )
        if inbound and customs_own is not None and not strong:
            # "parcels ... will not be released by Sri Lanka Customs": the source's own customs
            # stops what comes in; the places named are where the senders live
            span = (customs_own.place.start, customs_own.place.end)
            return DestinationResult([origin], [(origin, *span)], roles)
        if (
            inbound
            and not strong
            and not set(neutral) - blocked
            and world_strong is None
            and world_neutral is None  # not "naar het buitenland" beside "uit het buitenland"
        ):
            # "VAT on every parcel you receive from outside the EU" (PostNL): the operator's
            # own country receives them, named or not
            span = own or (0, doc.title_end)
            return DestinationResult([origin], [(origin, *span)], roles)
        if inbound and own and not strong and not set(neutral) - blocked:
            # "we suspend inbound parcels from China": the source's own country receives them
            return DestinationResult([origin], [(origin, *own)], roles)
        cued = next(
            (
                r
                for r in roles
                if r.place.code == origin and r.role == STRONG and not _moved_within(doc, roles, r)
            ),
            None,
        )
        # a partner in the customs territory receives with it ("destinataires en Suisse et au
        # Liechtenstein")
        partners = [c for c in _CUSTOMS_PARTNERS.get(origin, ()) if c in strong]
        from_abroad = any(r.role == ORIGIN and r.place.code != origin for r in roles)
        if (
            cued is not None
            and cued.source == "before"
            and (inbound or (from_abroad and not strong))
            and world_strong is None
            # not "Food coming into Australia", a section of its own below the news on food to
            # the EU
            and not (strong and _own_section_after(doc, roles, cued))
        ):
            # "parcels imported into Portugal from third countries such as China": a notice
            # about imports that sends things to the source's own country is about that
            # country; the others it names are where the goods come from.
            return _own_country(origin, cued.cue or own, partners, strong, roles)
        if len(strong) == len(partners) and world_strong is None:
            # "items addressed to Viet Nam that contain e-cigarettes will not be delivered"
            # (Vietnam Post): mail into the source's own country, and no other place is
            # where mail goes but a partner in its customs territory
            into = next(
                (
                    r
                    for r in roles
                    if r.place.code == origin
                    and r.role == STRONG
                    and r.source == "before"
                    and not _moved_within(doc, roles, r)
                ),
                None,
            )
            if into is not None and _mail_into(doc, into, (into.cue or own)[0]):
                return _own_country(origin, into.cue or own, partners, strong, roles)

    if world_strong is not None and title_strong and strong and world_strong[0] >= doc.title_end:
        world_strong = None  # the title names the destinations; "all services" means theirs
    if (
        world_strong is not None
        and class_listed
        and len({r.place.code for r in roles if r.role == STRONG and r.source == "list"}) >= 2
        and _OUTSIDE_EU.search(doc.norm, *world_strong)
    ):
        world_strong = None  # "non-EU countries": Switzerland, Norway, ... as the list names them
    if world_strong is not None and strong and _world_only_as_heading(roles):
        world_strong = None  # "Sending abroad: update" above "the following countries: A, B"
    if (
        world_strong is not None
        and world_strong[0] >= doc.title_end
        and _table_of_places(doc, roles, world_strong[0])
    ):
        world_strong = None  # a table of 35 countries; "delays for all international mail"
    if world_strong is not None:
        return DestinationResult([WORLD], [(WORLD, *world_strong)], roles)
    if not strong and world_neutral is not None:
        return DestinationResult([WORLD], [(WORLD, *world_neutral)], roles)
    # Nothing changed anywhere ("the network in China remains operational"): the notice is
    # about the places its title names, else about every place it calls unaffected.
    titled = {r.place.code for r in roles if r.role == UNAFFECTED and doc.in_title(r.place.start)}
    chosen = (
        strong
        or {c: s for c, s in unaffected.items() if c in titled}  # "no changes for items to X"
        or {c: s for c, s in neutral.items() if c not in blocked}
        # "airspace over Qatar closed ... operations in Qatar running as scheduled"
        or {c: s for c, s in unaffected.items() if c not in held}
    )
    if not chosen and world_weak is None:
        # "CBSA: new rules for low-value imports": a customs authority named, no country
        for m in authorities:
            if m.value != origin and not m.value.startswith("@"):
                return DestinationResult([m.value], [(m.value, m.start, m.end)], roles)
    if not chosen:
        if world_weak is not None:
            return DestinationResult([WORLD], [(WORLD, *world_weak)], roles)
        return DestinationResult([], [], roles)
    codes = sorted(chosen)
    evidence = [(c, *chosen[c]) for c in codes]
    return DestinationResult(codes, evidence, roles)
