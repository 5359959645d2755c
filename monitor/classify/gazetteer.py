"""Country, region and "everywhere" mentions in a text, from the generated gazetteer."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from operator import itemgetter, methodcaller
from typing import NamedTuple

from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import PhraseMatcher, other_script_runs
from monitor.classify.normalize import is_word_char, normalize
from monitor.classify.table_cache import cached

WORLD = "*"
WORLD_WEAK = "*?"

# US state names: "Georgia" next to one of them (or to "USA") is the state, not the country;
# a country before ", <state>" is a town of it (_STATE_AFTER_TOWN)
_STATE_LIST = (
    r"alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|"
    r"hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|"
    r"massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|"
    r"new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|"
    r"oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|"
    r"vermont|virginia|washington|west virginia|wisconsin|wyoming"
)
# a postcode of five digits in brackets right after a name: the town it is ("San Marino
# (91108)", "Lebanon (17042)")
_POSTCODE_AFTER = lazy_compile(r" \((?:zip\s*)?\d{5}(?:-\d{4})?\)", re.I)
_US_STATES = lazy_compile(
    rf"\b({_STATE_LIST}|atlanta|savannah|us state|u\.s\. state|usa|u\.s\.a?\.?)\b"
)
# A town of a US state named after a country: "Lebanon, Pennsylvania", "the centers in Lebanon
# and Harrisburg, Pennsylvania"; not a list of places ("to Canada, Washington and Oregon")
_STATE_NAMES = rf"(?:{_STATE_LIST})\b"
_STATE_AFTER_TOWN = lazy_compile(
    r"(?:\s+(?:and|&)\s+[^\W\d_]+(?:\s[^\W\d_]+)?)?,\s*"
    + _STATE_NAMES
    # not a list that goes on with another state: "Florida y Texas", "Alaska und Hawaii"
    + r"(?!\s*(?:,|/|&|(?:and|or|und|oder|et|ou|e|y|o|i|en|of|och|og|ve)\b)\s*"
    + r"(?:(?:and|or|und|oder|et|ou|e|y|o|i|en|of|och|og|ve)\s+)?"
    + _STATE_NAMES
    + ")"
)
# "service to Puerto Rico, Florida", "nach Kanada, Alaska", "Virgin Islands, Puerto Rico,
# Florida": a destination word or a list comes right before the name
_TOWN_GLUE = (",", " and ", " & ")
_PLACE_BEFORE_TOWN = lazy_compile(
    r"(?:\b(?:to|for|into|nach|vers|pour|para|verso|naar|per|a|al|en|au|aux|do|di|na|til|till|"
    r"including|incl|du|des|across|throughout)|[,:])"
    r"\s*(?:(?:the|le|la|les|l'|el|los|las|il|lo|die|den|das|het|o|os|as)\s*)?$"
)
# A flag emoji is two regional indicator letters that spell the ISO code ("🇺🇿" is UZ); the
# social-media items of posts name a country by its flag alone
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
_FLAG_BASE = 0x1F1E6 - ord("A")
# The 26 letters: a text of one- or two-byte characters (most) is known to hold none of them
# without a scan, where the regex would walk it all
_FLAG_LETTERS = tuple(chr(_FLAG_BASE + ord(c)) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# ... but a flag beside the name of a post or a carrier stands for its country, as in a
# signature ("🇺🇦 Укрпошта", "An Post 🇮🇪 | Royal Mail 🇬🇧"), unless a word of direction
# stands before it ("to 🇲🇽 UPS"); a flag before "customs" names the country that imports
_OPERATOR_AFTER_FLAG = lazy_compile(
    r"[ \t]?[\w-]*(?:post\w*|pošta|poczta|пошт\w*|почт\w*|correos?|correio\w*|poste|dhl|fedex|"
    r"ups)\b",
    re.IGNORECASE,
)
_OPERATOR_BEFORE_FLAG = lazy_compile(
    r"(?:\b[A-Z][\w-]*[ \t](?:Post|Mail|Posten|Poste|Posti)|\b(?:[\w-]*post\w*|pošta|poczta|"
    r"пошт\w*|почт\w*|(?i:correos?|correio\w*|posti|postnl|bpost|dhl|fedex|ups)))[ \t]?$"
)
_DIRECTION_BEFORE_FLAG = lazy_compile(
    r"(?:\b(?:to|for|into|nach|vers|para|naar|till|til|do|a|à|aux?|en|in)|в|на|إلى|الي|向|寄往|往)"
    r"[ \t]*$",
    re.IGNORECASE,
)
# the dollar named after the country's name or abbreviation in another language ("AQSh
# dollari", "ABD doları", "АҚШ доллары", "აშშ დოლარი")
_DOLLAR_AFTER = lazy_compile(
    r"\s?(?:dollar\w*|dolar\w*|dolları|доллар\w*|долар\w*|\u10d3\u10dd\u10da\u10d0\u10e0\w*)\b",
    re.IGNORECASE,
)
# ... and before it ("долларов США", "dólares dos Estados Unidos", "dollars of the United
# States")
_DOLLAR_BEFORE = lazy_compile(
    r"\b(?:dollars?|d[oó]lar(?:es)?|dollari|доллар\w*|долар\w*)\s+"
    r"(?:(?:de|dos|des|do|of|der|degli|dei|van)\s+)?(?:(?:los|las|the|la|les|os)\s+)?$",
    re.IGNORECASE,
)
_DOLLAR_BEFORE_REACH = 24
# Dutch "Indien" (if) opening a clause, before a pronoun, an article or an adjective of
# need: "Indien u vragen heeft", "Indien nodig" (German India takes none of these after it)
_DUTCH_IF_AFTER = lazy_compile(
    r" (?:u|uw|er|de|het|een|dit|deze|dat|die|je|jij|we|wij|zij|ze|zich|men|iemand|nodig|"
    r"mogelijk|gewenst|van toepassing)\b"
)
_CURRENCY_AFTER = lazy_compile(r"\$|\s?dollars?\b|-dollar|\s?cents?\b|D\b", re.IGNORECASE)
# the codes that write a dollar ("NZ$1,000", "HK$ 500", "CA dollars"): a currency, no place
_DOLLAR_CODES = frozenset(("US", "NZ", "AU", "CA", "HK", "SG", "TW"))
# a numbered act the letters name ("RDC nº 808/2023", "RDC Anvisa nº 808", "RDC 81/2008",
# "Resolução da Diretoria Colegiada (RDC) nº 855/2024"): Brazil's resolutions, no Congo
_NUMBERED_ACT_AFTER = lazy_compile(
    r"(?: [A-Z][A-Za-z]+)? (?:[Nn]\.?\s?[º°oO]\.?\s?\d|\d+/\d{2,4}\b)|"
    # (after the bracket, only before a number sign and an act's number and year: "Règlement
    # (UE) 2026/512" is the EU's, "Kinshasa (RDC) N° 14 : suspension" a numbered item)
    r"\) [Nn]\.?\s?[º°oO]\.?\s?\d+/\d{2,4}\b"
)


# "Worldwide" as a word of a carrier's or service's name, after the carrier ("Parcelforce
# Worldwide", "Priority Worldwide"): spelt so, the gazetteer's weak "everywhere" is a name
CARRIER_WORLDWIDE = "Worldwide"
_NAMED_BEFORE = lazy_compile(
    # ("TNT Express Worldwide", a company's name in its address line)
    r"(?:Parcelforce|Priority|UPS|DHL|FedEx|TNT|Aramex|DPD|GLS|Airmail|Tracked|Signed|"
    r"Express)[ \t]$"
)


def _in_product_name(orig: str, start: int) -> bool:
    return _NAMED_BEFORE.search(orig, max(0, start - 12), start) is not None


# A state's name heading a row whose neighbour rows are headed by states too
_STATE_ROW = lazy_compile(rf"[^\S\n]*(?:{_STATE_NAMES})\s*\|")


def _row_among_states(norm: str, orig: str, start: int) -> bool:
    """Whether the name heads a table row ("Georgia | 303, 310 | Delays") next to a row
    headed by a US state ("Florida | 323, 324 | Delays")."""
    line_start = orig.rfind("\n", 0, start) + 1
    line_end = orig.find("\n", start)
    line_end = len(orig) if line_end < 0 else line_end
    if orig[line_start:start].strip() or "|" not in orig[start:line_end]:
        return False
    neighbours = []
    if line_start > 0:
        neighbours.append(orig.rfind("\n", 0, line_start - 1) + 1)
    if line_end < len(orig):
        neighbours.append(line_end + 1)
    return any(_STATE_ROW.match(norm, a) is not None for a in neighbours)


class Place(NamedTuple):
    """One mention: ``code`` is an ISO code, ``@REGION``, ``*`` or ``*?`` (weak "everywhere")."""

    start: int
    end: int
    code: str


class Gazetteer:
    def __init__(self, data: dict):
        self.regions: dict[str, list[str]] = data["regions"]
        entries = [(key, flags, code) for key, (code, flags) in data["names"].items()]
        self._names = PhraseMatcher(entries, plural_s=True)
        self._keys = [key for key, (code, _flags) in data["names"].items() if code]
        self._flag_codes = {code for code, _flags in data["names"].values() if len(code) == 2}
        self.names = frozenset(self._keys)
        # Lithuanian names in "-is" by their stem: the accusative "Nigerį" folds to "nigeri",
        # which is another language's name (Albanian "Nigeri", Nigeria)
        self._lithuanian_is = {
            key[:-2]: code
            for key, (code, _flags) in data["names"].items()
            if code and key[-2:] == "is"
        }
        # written-out case forms of "from" (Azerbaijani, Uzbek, Kazakh: "Қытайдан")
        self.from_forms = frozenset(k for k, (_c, flags) in data["names"].items() if "f" in flags)
        # Capitalised codes ("US", "U.K.", "EU") are matched case-sensitively on the original.
        # A few dozen capitalised forms: regexes (longest form first, so leftmost-longest
        # like the automaton) read the text faster than an automaton walk.
        self._short_codes: dict[str, list[str]] = {}
        for code, forms in data["short_codes"].items():
            for form in forms:
                codes = self._short_codes.setdefault(form, [])
                if code not in codes:
                    codes.append(code)
        alternatives = sorted(self._short_codes, key=len, reverse=True)
        self._short_ascii, self._short_other = _split_by_script(alternatives)
        # The other forms start with letters whose normalised form starts a stretch of
        # non-Latin letters (Cyrillic): a text without such a stretch holds none of them.
        firsts = {f[0] for f in alternatives if not f[0].isascii()}
        self._other_forms_need_runs = all(other_script_runs(normalize(ch) * 2) for ch in firsts)

    def names_in_script(self, lo: str, hi: str) -> list[str]:
        """The normalised names that start with a letter between ``lo`` and ``hi``."""
        return [k for k in self._keys if lo <= k[0] <= hi]

    def find(self, norm: str, orig: str) -> list[Place]:
        """Mentions in document order; blocked phrases ("New Mexico") are already removed."""
        places: list[Place] = []
        spans: list[tuple[int, int]] = []
        us_state = False
        for m in self._names.find(norm, orig):
            start, end, code, key = m
            spans.append((start, end))
            if not code:
                if "georgia" in key:
                    us_state = True  # "Atlanta, Georgia", "the state of Georgia": the state
                continue
            if orig[end - 1] == "\u012f" and self._lithuanian_is.get(key[:-1], code) != code:
                code = self._lithuanian_is[key[:-1]]  # "į Nigerį": Niger, not Nigeria
            if orig[start:end].isupper() and _NUMBERED_ACT_AFTER.match(orig, end):
                continue  # "RDC nº 808/2023": an act's letters
            if code == "US" and (
                _DOLLAR_AFTER.match(orig, end)
                or _DOLLAR_BEFORE.search(orig, max(0, start - _DOLLAR_BEFORE_REACH), start)
            ):
                continue  # "AQSh dollari", "долларов США", "dólares dos Estados Unidos"
            if (
                code == "IN"
                and orig.startswith("Indien", start)
                and _DUTCH_IF_AFTER.match(orig, end)
            ):
                continue  # Dutch "Indien u vragen heeft": "if"
            if orig.startswith(" (", end) and _POSTCODE_AFTER.match(orig, end):
                continue  # "San Marino (91108)": a town and its ZIP code
            if code == "GE" and self._is_us_state(norm, orig, start, end):
                us_state = True
                places.append(_new(Place, (start, end, "US")))  # the state is in the US
                continue
            if (
                norm.startswith(_TOWN_GLUE, end)  # (most places have none of these after them)
                and _STATE_AFTER_TOWN.match(norm, end)
                and not _PLACE_BEFORE_TOWN.search(norm, max(0, start - 20), start)
            ):
                continue  # "Lebanon, Pennsylvania": a town
            if (
                code == WORLD
                and orig.startswith(CARRIER_WORLDWIDE, start)
                and _in_product_name(orig, start)
            ):
                # "Parcelforce Worldwide", "UPS Worldwide Express": a carrier's name, which says
                # "everywhere" where its sentence tells of a stop (destinations/decide.py), else
                # only in a notice that names no destination
                code = WORLD_WEAK
            places.append(_new(Place, (start, end, code)))
        if any(p.code == "GS" for p in places):
            # "Mail delivery halted in parts of South Georgia" beside Atlanta or Florida: the
            # south of the US state, not the islands (which a notice names with theirs); then
            # "Georgia" names the state in it too
            moved = [_south_of_the_state(orig, norm, p) for p in places]
            if any(moved):
                us_state = True
                places = [
                    p._replace(code="US") if south else p
                    for p, south in zip(places, moved, strict=True)
                ]
        if us_state and not _GEORGIA_COUNTRY.search(norm):
            # "Georgia, North Carolina, Tennessee" in the title: a "Georgia" heading below, or
            # "fulfillment centers in Georgia" further on, is the same state
            places = [
                p
                if p.code != "GE" or not _is_georgia(orig, p) or _listed_with(places, i, norm)
                else p._replace(code="US")
                for i, p in enumerate(places)
            ]
        other_letters = not self._other_forms_need_runs or bool(other_script_runs(norm))
        acronyms: dict[str, bool] = {}
        for s, e, code in self._short_matches(orig, other_letters):
            if s > 0 and orig[s - 1] == ".":
                continue
            form = orig[s:e]
            defined = acronyms.get(form)
            if defined is None:
                defined = acronyms[form] = _defined_acronym(orig, form, spans)
            if defined:
                continue  # "Programa Remessa Conforme (PRC)": the text's own abbreviation
            if code.startswith("@") and _code_of_a_name(orig, s, e, spans):
                continue  # "Newark (EWR)": an airport's code, not the EEA
            if any(a < e and s < b for a, b in spans):
                continue
            if _NUMBERED_ACT_AFTER.match(orig, e):
                continue  # "RDC 81/2008"
            if code in _DOLLAR_CODES and _CURRENCY_AFTER.match(orig, e):
                continue  # US$, US dollars
            if code == "US" and orig[s:e] == "US" and _shouting(orig, s, e):
                continue  # "CONTACT US" in a capitalised heading
            if orig[s:e] in ("SUA", "SAD", "ZDA") and _capitals_beside(orig, s, e):
                # Romanian, Serbian and Slovene for the USA; in a heading in capitals they are
                # words: Italian "LA SUA SPEDIZIONE" (your), English "A SAD DAY"
                continue
            places.append(_new(Place, (s, e, code)))
        if not orig.isascii() and any(ch in orig for ch in _FLAG_LETTERS):
            places.extend(self._flags(orig))
        places.sort(key=_start)
        return places

    def _flags(self, orig: str) -> list[Place]:
        out: list[Place] = []
        for m in _FLAG.finditer(orig):
            code = "".join(chr(ord(ch) - _FLAG_BASE) for ch in m.group())
            if code == "EU":
                code = "@EU"
            elif code not in self._flag_codes:
                continue
            lo = max(0, m.start() - 24)
            if not _DIRECTION_BEFORE_FLAG.search(orig, lo, m.start()) and (
                _OPERATOR_AFTER_FLAG.match(orig, m.end())
                or _OPERATOR_BEFORE_FLAG.search(orig, lo, m.start())
            ):
                continue
            out.append(_new(Place, (m.start(), m.end(), code)))
        return out

    def _short_matches(self, orig: str, other_letters: bool = True) -> list[tuple[int, int, str]]:
        """Whole-word occurrences of the capitalised forms, case-sensitive. ``other_letters``:
        False when the text has no letter of another script than Latin, so the forms that
        start with one (all of them, see ``_other_forms_need_runs``) cannot occur."""
        out: list[tuple[int, int, str]] = []
        n = len(orig)
        found = list(self._short_ascii.finditer(orig))
        if self._short_other is not None and not orig.isascii() and other_letters:
            more = list(self._short_other.finditer(orig))
            if more:
                found = sorted(found + more, key=_match_start)
        codes_of = self._short_codes
        for m in found:
            s, e = m.span()
            # Latin capitals run into Japanese, Chinese or Korean without a space: "USA宛て",
            # "UAE로" (those scripts are letters of words of their own, not of the code's)
            latin = m.group(0).isascii()
            if s > 0 and is_word_char(orig[s - 1]) and not (latin and orig[s - 1] >= "\u3040"):
                continue
            if e < n and is_word_char(orig[e]) and not (latin and orig[e] >= "\u3040"):
                continue
            out.extend((s, e, code) for code in codes_of[m.group(0)])
        return out

    @staticmethod
    def _is_us_state(norm: str, orig: str, start: int, end: int) -> bool:
        """Another US state, a Georgia city or "USA" within the same clause (and line: the
        normalised text has spaces for line ends)."""
        lo = max(0, start - 30, orig.rfind("\n", 0, start) + 1)
        line_end = orig.find("\n", end, end + 30)
        hi = line_end if line_end >= 0 else end + 30
        if line_end >= 0 and not orig[lo:start].strip() and not orig[end:line_end].strip():
            # a heading of its own: the line under it ("Georgia" over "Savannah – 31401")
            hi = min(line_end + 1 + 30, len(norm))
        before = re.split(r"[.;:!?]", norm[lo:start])[-1]
        after = re.split(r"[.!?]", norm[end:hi])[0]  # "(Georgia); 286 (North Carolina)"
        if _US_STATES.search(before) is None and _US_STATES.search(after) is None:
            # a row of a table of states: "Florida | 323, 324 | Delays" above "Georgia | 303"
            return _row_among_states(norm, orig, start)
        # an item of a list of countries between names of no state: "USA, Canada, Israel,
        # Georgia, Türkiye" (the state or "USA" further away in the list)
        return not _between_other_names(before, after)


# one item of a list of names: a name of one to three words
_LIST_ITEM = lazy_compile(r"\s*+[^\W\d_]{2,}(?:[ -][^\W\d_]{2,}){0,2}\s*+")
_NOT_A_NAME = lazy_compile(r"\b(?:including|incl|namely|especially|and|or|in|of|the)\b")


def _between_other_names(before: str, after: str) -> bool:
    """Whether a name stands in a comma list between names of no US state: the item before
    it, and the words after the next comma if the list goes on ("Türkiye resumes ...")."""
    before = before.rstrip()
    if not before.endswith(","):
        return False
    items = [_LIST_ITEM.fullmatch(before[:-1].rsplit(",", 1)[-1])]
    after = after.lstrip()
    if after.startswith(","):
        items.append(_LIST_ITEM.match(after, 1))
    elif after:
        return False
    return all(
        item is not None
        and not _US_STATES.search(item.group())
        and not _NOT_A_NAME.search(item.group())
        for item in items
    )


_WORD = lazy_compile(r"[^\W\d_][\w'-]*")


def _defined_acronym(orig: str, form: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the text defines ``form`` as the initials of words before it in brackets,
    words that name no place: "Programa Remessa Conforme (PRC)", not "United States of
    America (USA)"."""
    at = orig.find("(" + form + ")")
    while at >= 0:
        lo = max(0, at - 80)
        initials: list[str] = []
        first = at
        for word in reversed(list(_WORD.finditer(orig, lo, at))):
            if len(initials) == len(form):
                break
            text = word.group(0)
            if text[0].isupper():
                initials.append(text[0])
                first = word.start()
            elif len(text) > 4:
                break  # a long word in lower case ends the name
        if "".join(reversed(initials)) == form and not any(a < at and first < b for a, b in spans):
            return True
        at = orig.find("(" + form + ")", at + 1)
    return False


_NAME_BEFORE_BRACKET = lazy_compile(r"\b[A-Z][a-z]{2,}\s?\($")
# Words for a group of countries, not a city: "Staaten (EWR)", "Mitgliedstaaten (EWR)"
_GROUP_NOUN = lazy_compile(
    r"(?:\w*staaten|mitglied\w*|wirtschaftsraum\w*|raum\w*|\w*markt\w*|europa|"
    r"gebiet\w*|zone|area|states|countries|nations|members|member|market|region\w*|europe)\s?\($",
    re.IGNORECASE,
)


def _code_of_a_name(orig: str, s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """Whether three capitals in brackets stand right after a capitalised word that names no
    place and no group of countries: that city's or airport's code ("Newark (EWR)"), not the
    German "EWR" (EEA) of "Europäischer Wirtschaftsraum (EWR)" or "Mitgliedstaaten (EWR)".
    Only region codes are asked: "Kinshasa (DRC)" and "Miami (USA)" name their country."""
    if e - s != 3 or s == 0 or orig[s - 1] != "(" or orig[e : e + 1] != ")":
        return False
    name = _NAME_BEFORE_BRACKET.search(orig, max(0, s - 40), s)
    return (
        name is not None
        and _GROUP_NOUN.match(orig, name.start(), s) is None
        and not any(a < s and name.start() < b for a, b in spans)
    )


_GEORGIA_COUNTRY = lazy_compile(
    r"\b(?:tbilisi|batumi|georgian post|republic of georgia|caucasus|georgia \(country\)|"
    r"country of georgia)"
)


# what joins the names of a list: "Armenia, Georgia and Azerbaijan"
_LIST_JOIN = lazy_compile(r"\s*(?:,|/|&|and|or|und|et|y|e)?\s*")


def _listed_with(places: list[Place], i: int, norm: str) -> bool:
    """Whether the place stands in a list beside another country's name."""
    here = places[i]
    return any(
        0 <= j < len(places)
        and places[j].code not in ("GE", WORLD, WORLD_WEAK)
        and _LIST_JOIN.fullmatch(
            norm, *((places[j].end, here.start) if j < i else (here.end, places[j].start))
        )
        is not None
        for j in (i - 1, i + 1)
    )


_ISLANDS_NAMED = lazy_compile(r"\b(?:sandwich|falkland\w*|grytviken|king edward point)\b")


def _south_of_the_state(orig: str, norm: str, place: Place) -> bool:
    """Whether a bare "South Georgia" stands in a notice that names a US state or a city of
    Georgia and not the islands' own names."""
    return (
        place.code == "GS"
        and orig.startswith("South Georgia", place.start)
        and place.end - place.start == len("South Georgia")
        and _US_STATES.search(norm) is not None
        and _ISLANDS_NAMED.search(norm) is None
    )


def _is_georgia(orig: str, place: Place) -> bool:
    """The mention is the English name "Georgia" (not Грузия or Géorgie, which a text that
    names a US state would not use for it)."""
    return orig.startswith("Georgia", place.start) and place.end - place.start == len("Georgia")


_new = tuple.__new__  # Place(...) without the keyword handling
_start = itemgetter(0)  # Place.start
_match_start = methodcaller("start")


def _split_by_script(
    forms: list[str],
) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The forms (longest first) as two regexes: those that start with an ASCII letter, and
    the others, which only a text with other letters needs. Each is factored by first letter
    ("U(?:\\.S\\.A\\.|SA|S)|E(?:EA|U)"), so the regex engine tries only the forms that start
    with the letter it stands on; each keeps the order of the forms, and together they find
    what one regex of all the forms finds as long as no form holds a first letter of the other
    set (else one regex of all the forms, factored alike, is used as the first of the two)."""
    ascii_forms = [f for f in forms if f[0].isascii()]
    other_forms = [f for f in forms if not f[0].isascii()]
    firsts_a = {f[0] for f in ascii_forms}
    firsts_o = {f[0] for f in other_forms}
    mixed = any(firsts_o & set(f) for f in ascii_forms) or any(
        firsts_a & set(f) for f in other_forms
    )
    if mixed or not ascii_forms:
        # one regex of all the forms, still factored: only the forms with the letter it stands
        # on can match at a place, so it finds what the plain alternation finds
        return (_by_first_letter(forms) if forms else re.compile("(?!)")), None
    return _by_first_letter(ascii_forms), _by_first_letter(other_forms) if other_forms else None


def _by_first_letter(forms: list[str]) -> re.Pattern[str]:
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[0], []).append(re.escape(form[1:]))
    return re.compile(
        "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    )


def _capitals_beside(orig: str, s: int, e: int) -> bool:
    """True when a word in capitals stands right before or after ``orig[s:e]`` on its line."""
    before = orig[max(0, s - 16) : s].rsplit("\n", 1)[-1]
    after = orig[e : e + 16].split("\n", 1)[0]
    words = before.split()[-1:] + after.split()[:1]
    return any(len(w) > 1 and w.isupper() for w in words)


def _shouting(orig: str, s: int, e: int) -> bool:
    """True when "US" sits among other all-capital words (a heading), where it is a pronoun."""
    before = orig[max(0, s - 12) : s].split()
    after = orig[e : e + 12].split()
    words = [w for w in (before[-1:] + after[:1]) if any(c.isalpha() for c in w)]
    return bool(words) and all(w.isupper() and len(w) > 2 for w in words)


def _build() -> Gazetteer:
    text = resources.files("monitor.classify.data").joinpath("gazetteer.json").read_text("utf-8")
    return Gazetteer(json.loads(text))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Built once per process, on first use, or read from the table cache."""
    return cached("gazetteer", Gazetteer, _build)
