"""Regenerate ``data/gazetteer.json`` from pycountry, CLDR (babel) and ``data/aliases.yaml``.

Run ``python -m monitor.classify.build_gazetteer`` after editing the aliases or upgrading
pycountry/babel; a test checks the shipped file is in sync. The classifier loads the JSON file
only, so start-up does not pay for reading CLDR in a dozen languages.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from monitor.classify.destinations.cues import TURKIC_FROM_END
from monitor.classify.normalize import normalize, normalize_key
from monitor.classify.resources import read_yaml

# The languages read: the ones the brief asks for, plus Hindi and Polish (senders in India and
# Poland publish notices in them), Arabic, Turkish and Vietnamese (operators in the Gulf, Egypt,
# the Maghreb, Turkey and Vietnam), Korean (Korea Post and Korea Customs publish in it), and
# Swedish, Danish and Norwegian (PostNord, Posten Norge), Czech, Greek, Finnish, Hungarian,
# Indonesian and Malay, and Thai (Thailand Post and Thai Customs publish in it), and the posts of
# the Balkans, the Baltics and Iceland: Bulgarian, Serbian in both scripts, Romanian, Croatian,
# Slovenian, Slovak, Estonian, Latvian, Lithuanian, Icelandic; Urdu and Bengali (the posts and
# customs of Pakistan and Bangladesh); the Middle East, the Caucasus, Central Asia and East
# Africa: Hebrew, Persian, Armenian, Georgian, Amharic, Swahili, Azerbaijani, Kazakh (Cyrillic),
# Uzbek (Latin) and Afrikaans; Mongolian and Nepali (the posts and customs of Mongolia and Nepal);
# Albanian, Macedonian, Maltese (Albania, North Macedonia, Malta; Bosnian names are the Croatian
# and Serbian ones); Khmer, Lao and Burmese (the posts and customs of Cambodia, Laos, Myanmar).
LOCALES = ["en", "de", "fr", "es", "it", "nl", "pt", "ru", "uk", "zh", "zh_Hant", "ja", "hi", "pl",
           "ar", "tr", "vi", "ko", "sv", "da", "nb", "cs", "el", "fi", "hu", "id",
           "ms", "th", "bg", "sr", "sr_Latn", "ro", "hr", "sl", "sk", "et", "lv", "lt",
           "is", "ur", "bn", "he", "fa", "hy", "ka", "am", "sw", "az", "kk", "uz",
           "af", "ta", "si", "mn", "ne", "sq", "mk", "mt", "km", "lo", "my", "ga"]  # fmt: skip
# Turkish, Vietnamese and the Scandinavian languages are written in Latin letters: their short
# one-word names are ordinary words elsewhere (Vietnamese "Áo" is Portuguese "ao", "Séc" French
# "sec", Turkish "Fas" the shipping term FAS, "Çad" the currency CAD). Those are left out;
# aliases.yaml adds the few that matter, with a capital required. Thai is matched without word
# boundaries (no spaces between words): its short names sit inside other words ("ลาว" in
# "ลาวา", lava; "ชาด" in "ชาดำ", black tea); aliases.yaml adds "ประเทศไทย" and the like. So
# for Khmer, Lao and Burmese, written without spaces too (Khmer "ថៃ", Lao "ໄທ": aliases.yaml
# adds them after the word for country, "ប្រទេសថៃ", "ປະເທດໄທ"; Burmese names are longer), and
# for the Latin-script Balkan and Baltic languages ("Mali" is Croatian for small, "Čad" soot),
# Swahili, Azerbaijani, Uzbek and Afrikaans (Swahili "Chad", Uzbek "Chad", "Eron"), and Nepali
# ("चाड" is a festival, "माली" a gardener).
SHORT_NAME_LOCALES = {"tr", "vi", "sv", "da", "nb", "cs", "fi", "hu", "id", "ms", "th",
                      "sr_Latn", "ro", "hr", "sl", "sk", "et", "lv", "lt", "is",
                      "sw", "az", "uz", "af", "ne", "sq", "mt", "km", "lo", "my", "ga"}  # fmt: skip
# Finnish and Hungarian write case endings onto the name ("Venäjälle" to Russia, "Peruba" into
# Peru): their names may run to the end of the word, like Korean ones. Not Estonian, Latvian and
# Lithuanian: most of their names are spelt as in Slovenian or Croatian too ("Francija",
# "Italija"), which keeps them whole; their cases are written out (``_baltic_cases``).
# So do Azerbaijani and Uzbek ("Almaniyaya", "Germaniyaga"), Armenian ("Ֆրանսիայում", in
# France), Georgian (on the stem: "საფრანგეთი" -> "საფრანგეთში", ``_georgian_stem``) and
# Amharic ("ኢትዮጵያን").
# Only names of five letters or more (Amharic: four syllables) are open: Armenian "Կատար"
# (Qatar) starts "կատարվող" (performed), Amharic "ኩባ" (Cuba) "ኩባንያ" (company).
SUFFIXING_LOCALES = {"fi", "hu", "az", "uz", "hy", "ka", "am", "ta", "si"}
OPEN_END_MIN = {"az": 5, "uz": 5, "hy": 5, "ka": 5, "am": 4, "ta": 4, "si": 4}
# Names these share with Finnish or Hungarian ones ("Kuuba", "Indonézia") keep that open end:
# their own case endings follow the name as well.
OPEN_SUFFIX_LOCALES = {"bg", "sr", "sr_Latn", "ro", "hr", "sl", "sk", "et", "lv", "lt", "is"}
SHORT_NAME_MIN = 5
EXTRA_CODES = {"XK"}  # Kosovo: user-assigned, used by CLDR and by carriers
CYRILLIC_END_VOWELS = "аяоеиыьуюієї"


def _variants(name: str) -> list[str]:
    """Spellings of one name that real notices use: St/Saint, &/and, no dots, no parentheses."""
    out = [name]
    if "(" in name:
        out.append(re.sub(r"\s*[(（][^)）]*[)）]", "", name))
    for v in list(out):
        if re.search(r"\bSaint\b", v):
            out += [re.sub(r"\bSaint\b", "St", v), re.sub(r"\bSaint\b", "St.", v)]
        if " and " in v:
            out.append(v.replace(" and ", " & "))
        if "." in v:
            out.append(v.replace(".", ""))
        if v.lower().startswith("the "):
            out.append(v[4:])
        if "\u200b" in v:  # Khmer names with zero-width spaces between words, typed without
            out.append(v.replace("\u200b", ""))
    return [v.strip() for v in out if v.strip()]


_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")


def _german_cases(name: str) -> list[str]:
    """ "Vereinigte Arabische Emirate" after "in die", "den", "der": "Vereinigten Arabischen
    Emiraten", "Dominikanischen Republik", "Vereinigten Königreich"."""
    words = name.split()
    if len(words) < 2 or any(len(w) > 1 and w.isupper() for w in words):
        return []  # (not Dutch "de VS" as "den VS": Swiss "in den VS-Gemeinden" is Valais)
    inner = [w[:-1] + "n" if w.endswith("es") else w + "n" if w.endswith("e") else w
             for w in words[:-1]]  # fmt: skip
    if inner == words[:-1]:
        return []
    last = words[-1]
    out = [" ".join([*inner, last])]
    if last.endswith("e"):
        out.append(" ".join([*inner, last + "n"]))
    return out


_PL_ADJ_K = ("ska", "cka", "dzka", "zka", "wielka")
_PL_ADJ = ("owa", "ocna", "dnia", "ejna")
_PL_SOFT = {"ś": "si", "ć": "ci", "ń": "ni", "ź": "zi"}


_CS_SOFT = tuple("cčřšžjňťď")
_CS_FIXED = {  # the common names whose case forms follow no simple rule
    "Spojené státy": ["Spojených států", "Spojeným státům", "Spojených státech"],
    "Spojené království": ["Spojeného království", "Spojenému království"],
    "Jižní Korea": ["Jižní Koreje", "Jižní Koreu", "Jižní Koreji"],
    "Izrael": ["Izraele", "Izraeli"],
}


def _czech_cases(name: str) -> list[str]:
    """Czech and Slovak names after "do", "z" (genitive), "v", "na" (locative) and in the
    accusative: "Rusko" -> "Ruska", "Rusku"; "Ukrajina" -> "Ukrajiny", "Ukrajinu", "Ukrajině";
    "Egypt" -> "Egyptu", "Egyptě". One-word names only, and the irregular common ones."""
    if name in _CS_FIXED:
        return _CS_FIXED[name]
    if " " in name or len(name) < 4:
        return []
    low = name.lower()
    if low.endswith("ie"):
        return [name[:-1] + "i"]  # Francie -> Francii
    if low.endswith("ia"):
        return [name[:-1] + "e", name[:-1] + "i", name[:-1] + "u"]  # Slovak Austrália
    if low.endswith("o"):
        return [name[:-1] + "a", name[:-1] + "u"]  # Rusko -> Ruska, Rusku
    if low.endswith("a"):
        if low[-2] in _CS_SOFT:
            return [name[:-1] + "e", name[:-1] + "i", name[:-1] + "u"]
        return [name[:-1] + "y", name[:-1] + "u", name[:-1] + "ě"]  # Ukrajiny, -u, -ě
    if low[-1].isalpha() and low[-1] not in "aeiouyáéíóúůý":
        return [name + "u", name + "a"]  # Egyptu, Íránu
    return []


def _south_slavic_cases(name: str, slovene: bool) -> list[str]:
    """Croatian, Serbian and Slovenian names after "u", "v", "iz", "za": a-stems "Njemačka" ->
    "Njemačku", "Njemačke", "Njemačkoj"; Slovenian "Nemčija" -> "Nemčijo", "Nemčije",
    "Nemčiji", "na Švedskem"; "Izrael" -> "Izraela", "Izraelu"; "Kosovo" -> "Kosovu". In
    Cyrillic only "-ој": the stem match (``_flags``) reads the other endings."""
    if " " in name or "-" in name or len(name) < 4:
        return []
    low, stem = name.lower(), name[:-1]
    if _is_cyrillic(name):
        return [stem + "ој"] if low.endswith("а") else []
    if low.endswith("a"):
        if not slovene:
            return [stem + "u", stem + "e", stem + "oj", stem + "om"]
        forms = [stem + "o", stem + "e", stem + "i"]
        return forms + [stem + "em"] if low.endswith(("ska", "ška")) else forms
    if low.endswith("o"):
        return [stem + "a", stem + "u", stem + "om"]
    if low[-1].isalpha() and low[-1] not in "eiu":
        return [name + "a", name + "u", name + "om"]
    return []


# Latvian and Lithuanian endings by the name's last letters (genitive, locative, dative,
# accusative; "ā", "ą" fold away): "Vācija" -> "Vācijas", "Vāciju"; "Vokietija" ->
# "Vokietijos", "Vokietijoje"; "Izraelis" -> "Izraelio", "Izraelyje"
_LV_CASES = {"s": ("a", "ā", "am", "u"), "a": ("as", "ā", "ai", "u"), "e": ("es", "ē", "ei", "i")}
_LT_CASES = {"as": ("o", "e", "ui"), "is": ("io", "yje", "iui"), "us": ("aus", "uje", "ui"),
             "ai": ("ų", "uose", "ams"), "os": ("ų", "ose", "oms"), "a": ("os", "oje", "ai"),
             "ė": ("ės", "ėje", "ei", "ę")}  # fmt: skip
# Estonian: illative, inessive, elative, allative, adessive, ablative ("Saksamaale")
_ET_ENDINGS = ("sse", "s", "st", "le", "l", "lt")


def _baltic_cases(name: str, loc: str) -> list[str]:
    """Latvian, Lithuanian and Estonian names with a case ending. Estonian only for names that
    end in a vowel: a consonant's stem is not known from the name ("Iraak" -> "Iraagi"); of a
    name of several words only the last takes it ("Saudi Araabiasse", "Lõuna-Koreasse").
    CLDR's other name in brackets is left off ("Mjanma (Birma)" -> "Mjanmu")."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    low = name.lower()
    if loc == "et" and len(name) >= 4:
        return [name + e for e in _ET_ENDINGS] if low[-1] in "aeiouõäöü" else []
    if " " in name or "-" in name or len(name) < 4:
        return []
    table = _LV_CASES if loc == "lv" else _LT_CASES
    if loc == "lv" and low.endswith(("as", "is", "us")):
        return []  # plurals ("Filipīnas") and the few others decline otherwise
    end = next((e for e in sorted(table, key=len, reverse=True) if low.endswith(e)), None)
    if end is None:
        return []
    return [name[: len(name) - len(end)] + e for e in table[end]]


def _romanian_cases(name: str) -> list[str]:
    """Romanian genitive-dative: "Franța" -> "Franței", "America" -> "Americii", "Egipt" ->
    "Egiptului"; of a name of several words only an article's "-ul"/"-le": "Regatul Unit" ->
    "Regatului Unit", "Statele Unite ale Americii" -> "Statelor Unite ale Americii"."""
    first, *rest = name.split(" ")
    low = first.lower()
    if rest:
        if low.endswith("ul"):
            return [" ".join([first + "ui", *rest])]
        if low.endswith("le"):
            return [" ".join([first[:-1] + "or", *rest])]
        return []
    if len(name) < 4 or "-" in name:
        return []
    if low.endswith(("ca", "ga")):
        return [name[:-1] + "ii"]
    if low.endswith("ea"):
        return [name[:-1] + "i"]  # Coreea -> Coreei
    if low.endswith("a"):
        return [name[:-1] + "ei"]
    if low[-1].isalpha() and low[-1] not in "aeiouăâî":
        return [name + "ului"]
    return []


# Croatian, Serbian and Slovenian names that are adjectives: "njemačka roba" (German goods),
# Polish "francuska", "tajska", Russian "финской" (Finnish) are lower case
_ADJECTIVE_NAME = re.compile(r"^\w+(?:ska|ška|čka|cka|ска|шка|чка)$")


# A name of several words declines word by word, every word in the same case: Slovenian
# "Črna gora" -> "Črno goro", "Črne gore", "Črni gori"; Croatian "Bosna i Hercegovina" ->
# "Bosnu i Hercegovinu", "Bosni i Hercegovini"; Czech "Saúdská Arábie" -> "Saúdské Arábie",
# "Saúdskou Arábii"; Slovak "Veľká Británia" -> "Veľkej Británie". Each word's endings by case
# (genitive, dative-locative, accusative, instrumental: "s Bosnom i Hercegovinom", "se Saúdskou
# Arábií"); a word that ends otherwise ("in", "a", "Faso") stays.
_CASE_ENDINGS: dict[str, tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]] = {
    "sl": (("a", (("e",), ("i",), ("o",), ("o",))),),
    "hr": (
        ("a", (("e",), ("oj", "i"), ("u",), ("om",))),
        # "Novi Zeland", "Južni Sudan": the adjective
        ("i", (("og",), ("om",), ("i",), ("im",))),
    ),
    "cs": (
        ("ie", (("ie",), ("ii",), ("ii",), ("ií",))),
        ("á", (("é",), ("é",), ("ou",), ("ou",))),
        ("ý", (("ého",), ("ém",), ("ý",), ("ým",))),
        ("a", (("y", "e"), ("ě", "e", "i"), ("u", "i"), ("ou",))),
    ),
    "sk": (
        ("ia", (("ie",), ("ii",), ("iu",), ("iou",))),
        ("á", (("ej",), ("ej",), ("ú",), ("ou",))),
        ("ý", (("ého",), ("om",), ("ý",), ("ým",))),
        ("a", (("y", "e"), ("e", "i"), ("u",), ("ou",))),
    ),
}
_CASE_ENDINGS["sr_Latn"] = _CASE_ENDINGS["hr"]
# A last word that ends in a consonant: Croatian and Czech "Zeland", "Sudan", "Zéland"; the
# instrumental is "-om" in Croatian and Slovak, "-em" in Czech
_CONSONANT_ENDINGS = {
    loc: (("a", "u"), ("u",), ("",), ("em",) if loc == "cs" else ("om",)) for loc in _CASE_ENDINGS
}


def _multiword_cases(name: str, loc: str) -> list[str]:
    """The case forms of a name of two to four words in Czech, Slovak, Slovenian, Croatian or
    Serbian (Latin script); none for plural names ("Kanárské ostrovy") or other endings."""
    words = name.split(" ")
    table = _CASE_ENDINGS.get(loc)
    if table is None or not 2 <= len(words) <= 4 or "(" in name or "-" in name:
        return []
    out: set[str] = set()
    for case in range(4):
        forms: list[list[str]] = [[]]
        changed = False
        for i, word in enumerate(words):
            low = word.lower()
            options = [word]
            for end, by_case in table:
                if low.endswith(end) and len(low) > len(end) + 1:
                    options = [word[: len(word) - len(end)] + e for e in by_case[case]]
                    break
            else:
                last = i == len(words) - 1
                if last and loc != "sl" and low[-1] not in "aeiouyáéíóúůýě" and len(low) > 3:
                    options = [word + e for e in _CONSONANT_ENDINGS[loc][case]]
            changed |= options != [word]
            forms = [[*f, o] for f in forms for o in options]
        if changed:
            out.update(" ".join(f) for f in forms)
    out.discard(name)
    return sorted(out)


_AZ_BACK, _AZ_FRONT = "aıou", "eəiöü"
_KK_VOICELESS = "кқпстфхцчш"


def _last_vowel(low: str, vowels: str) -> str:
    return next((ch for ch in reversed(low) if ch in vowels), "")


def _turkic_cases(name: str, loc: str) -> list[str]:
    """Azerbaijani, Uzbek (Latin) and Kazakh names "to", "in", "from" and "of" a country, the
    endings written onto the name: "Kanadaya", "Kanadaga", "Канадаға" (to Canada),
    "Kanadada", "Канадада" (in), "Kanadadan", "Қытайдан" (from), "Kanadanın" (of). One-word
    names only (a name of several words takes the ending on its last word, which is often
    an ordinary word: "Birləşmiş Ştatlar")."""
    if " " in name or "-" in name or len(name) < 4:
        return []
    low = name.lower()
    last = low[-1]
    if loc == "uz":
        to = "qa" if last in "kq" else "ga"
        return [name + e for e in (to, "da", "dan", "ning")]
    if loc == "az":
        front = _last_vowel(low, _AZ_BACK + _AZ_FRONT) in _AZ_FRONT
        a, n = ("ə", "i") if front else ("a", "ı")
        to = ("y" + a) if last in _AZ_BACK + _AZ_FRONT else a
        gen = ("n" + n + "n") if last in _AZ_BACK + _AZ_FRONT else (n + "n")
        return [name + e for e in (to, "d" + a, "d" + a + "n", gen)]
    # Kazakh: back or front vowels, a voiceless last consonant hardens the ending's first one
    front = _last_vowel(low, "аоұыуяеәөүіэиюё") in "еәөүіэи"
    a, y = ("е", "і") if front else ("а", "ы")
    if last in _KK_VOICELESS:
        return [
            name + e for e in ("к" + a if front else "қ" + a, "т" + a, "т" + a + "н", "т" + y + "ң")
        ]
    to = "г" + a if front else "ғ" + a
    if last in "мнң":
        return [name + e for e in (to, "д" + a, "н" + a + "н", "д" + y + "ң")]
    gen = ("н" + y + "ң") if last in "аоұыуяеәөүіэию" else ("д" + y + "ң")
    return [name + e for e in (to, "д" + a, "д" + a + "н", gen)]


# Bengali endings written onto a name: "কানাডায়" (to, in Canada), "কানাডার" (of),
# "কানাডাতে" (in), "কানাডাগামী" (bound for); after a consonant "চীনে", "চীনের"
_BN_AFTER_VOWEL = ("\u09df", "\u09af\u09bc", "\u09b0", "\u09a4\u09c7")
_BN_AFTER_CONSONANT = ("\u09c7", "\u09c7\u09b0")
_BN_BOUND = "\u0997\u09be\u09ae\u09c0"


_BENGALI_START = re.compile("[\u0980-\u09ff]")
_DEVANAGARI_START = re.compile("[\u0900-\u097f]")


def _bengali_cases(name: str) -> list[str]:
    # (a name of two words takes the ending on its last: "সৌদি আরবে", "সৌদি আরবগামী")
    if len(name) < 3:
        return []
    # a vowel sign or a vowel letter ends the name: "-য়"; a consonant: "-ে"
    vowel = "\u09be" <= name[-1] <= "\u09cc" or "\u0985" <= name[-1] <= "\u0994"
    ends = _BN_AFTER_VOWEL if vowel else _BN_AFTER_CONSONANT
    return [name + e for e in (*ends, _BN_BOUND)]


# The languages whose case forms are written out one by one; each form needs a capital
_SERBO_CROATIAN = partial(_south_slavic_cases, slovene=False)
# the locative of a feminine name in "-a" after its last consonant: "na Litwie", "w Kanadzie"
_PL_LOCATIVE = (("sta", "ście"), ("cha", "sze"), ("ka", "ce"), ("ga", "dze"), ("da", "dzie"),
                ("ta", "cie"), ("ra", "rze"), ("ła", "le"), ("la", "li"), ("ca", "cy"),
                ("wa", "wie"), ("na", "nie"), ("ma", "mie"), ("ba", "bie"), ("pa", "pie"),
                ("sa", "sie"), ("za", "zie"), ("fa", "fie"))  # fmt: skip


def _polish_cases(name: str) -> list[str]:
    """A Polish name in "-a" after "na", "w" (the locative of a one-word name: "na Litwie") and
    after "na", "przez" (the accusative: "wysyłka na Litwę", "przez Francję", "Nową Zelandię").
    The genitive, which is also the locative of "-ia" names ("w Rosji"), is
    ``_polish_genitive``'s."""
    low = name.lower()
    if "-" in name or not low.endswith("a") or len(low) < 4:
        return []
    if " " in name:
        # the accusative only, of the adjectives, the first noun and a noun after "i" as the
        # second word: "Nową Zelandię", "Arabię Saudyjską", "Bośnię i Hercegowinę" (not "Wyspy
        # Cooka", "Wyspy Heard i McDonalda")
        if name.startswith("Saint "):
            return []
        words = name.split()
        head = True
        for i, word in enumerate(words):
            if word.lower().endswith(_PL_ADJ_K + _PL_ADJ + ("czna", "lna")):
                words[i] = word[:-1] + "ą"
            elif head or (i == 2 and words[1] == "i"):
                if word.endswith("a"):
                    words[i] = word[:-1] + "ę"
                head = False
        form = " ".join(words)
        return [form] if form != name else []
    out = [name[:-1] + "ę"]
    if not low.endswith(("ia", "ja", "ea", "ua", "oa")):
        for end, locative in _PL_LOCATIVE:
            if low.endswith(end):
                out.append(name[: -len(end)] + locative)
                break
    return out


_WRITTEN_CASES: dict[str, Callable[[str], list[str]]] = {
    "cs": _czech_cases, "sk": _czech_cases, "ro": _romanian_cases,
    "hr": _SERBO_CROATIAN, "sr": _SERBO_CROATIAN, "sr_Latn": _SERBO_CROATIAN,
    "sl": partial(_south_slavic_cases, slovene=True),
    "et": partial(_baltic_cases, loc="et"), "lv": partial(_baltic_cases, loc="lv"),
    "lt": partial(_baltic_cases, loc="lt"),
    "az": partial(_turkic_cases, loc="az"), "uz": partial(_turkic_cases, loc="uz"),
    "kk": partial(_turkic_cases, loc="kk"), "pl": _polish_cases,
}  # fmt: skip


def _finnish_cases(name: str) -> list[str]:
    """Finnish names "to" a country: the illative ("Latvia" -> "Latviaan", "Ruotsi" ->
    "Ruotsiin", "Israel" -> "Israeliin") and, without consonant gradation, the allative
    ("Latvialle"). Written out for every one-word name: a name shared with other languages
    cannot run to the end of the word ("Latvia" would take the English "Latvian")."""
    if " " in name or "-" in name or len(name) < 4:
        return []
    last = name[-1].lower()
    if last in "aeiouyäö":
        if name[-2].lower() == last:
            return [name + "han", name + "lle"]  # Ahvenanmaa -> Ahvenanmaahan
        if name[-3:-1].lower() in ("kk", "pp", "tt"):
            return [name + last + "n"]  # Kreikka -> Kreikkaan (Kreikalle: gradation)
        return [name + last + "n", name + "lle"]
    if last.isalpha() and last != "t":  # plurals in -t decline otherwise ("Alankomaihin")
        return [name + "iin", name + "ille"]
    return []


# Hungarian endings, written onto the last word: into, onto, in; the long vowel the name's last
# "a" or "e" takes before them folds away in normalised text ("-ból", from, is left to
# destinations/cues.py; "-ról" is mostly "about")
_HU_ENDINGS = ("ba", "be", "ra", "re", "ban", "ben")


def _hungarian_cases(name: str) -> list[str]:
    """Hungarian names with a case ending: "Kína" -> "Kínába" (to China), "Irak" -> "Irakba",
    "Ciprus" -> "Ciprusra"; both vowel harmonies (the wrong one is no word at all)."""
    if len(name) < 4 or not name[-1].isalpha():
        return []
    stem = name[:-1] + {"a": "á", "e": "é"}.get(name[-1], name[-1])
    return [stem + ending for ending in _HU_ENDINGS]


def _greek_cases(name: str) -> list[str]:
    """Greek names after "στην/στον/στο" (accusative) and in the genitive: "Κύπρος" ->
    "Κύπρο", "Κύπρου"; "Καναδάς" -> "Καναδά"; "Γαλλία" -> "Γαλλίας"."""
    low = "".join(
        c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c)
    )
    if low.endswith("ος"):
        return [name[:-2] + "ο", name[:-2] + "ου"]
    if low.endswith(("ας", "ης")):
        return [name[:-1]]
    if low.endswith(("α", "η")):
        return [name + "ς"]
    return []


def _albanian_cases(name: str) -> list[str]:
    """Albanian names with the article written on: "Itali" -> "Italia", "Italinë" (accusative),
    "Italisë" (genitive, dative: "drejt Italisë", to Italy); "Ukrainë" -> "Ukraina", "Ukrainën",
    "Ukrainës"; "Egjipt" -> "Egjiptit" (not "Egjiptin", "Egjipti": spelt like the Finnish
    genitive "Jemenin" and the English "Omani"). One-word names only."""
    if " " in name or "-" in name or len(name) < 4 or not name[-1].isalpha():
        return []
    low = name.lower()
    if low.endswith("i"):
        return [name + "a", name + "në", name + "së"]
    if low.endswith("ë"):
        stem = name[:-1]
        return [stem + "a", stem + "ën", stem + "ës"]
    if low[-1] not in "aeiouy":
        return [name + "it"]
    return []


# The Maltese article written before the name with a hyphen, and its assimilated forms:
# "l-Italja", "il-Greċja", "it-Tuneżija", "ir-Renju Unit"
_MALTESE_ARTICLE = re.compile(r"^(?:il|l|i[cċdnrstxzż])-", re.IGNORECASE)


def _maltese_bare(name: str) -> list[str]:
    """A Maltese name without its article ("lejn l-Italja", "u l-Italja", "fl-Italja" all
    leave "Italja" a word of its own)."""
    bare = _MALTESE_ARTICLE.sub("", name)
    return [bare] if bare != name else []


# Irish forms spelt, without accents, as the Irish name of a place that is no country of its
# own: "an Albáin" (Albania) is "Albain" (Scotland)
_IRISH_OTHER_NAMES = {"albain", "an albain"}
_IRISH_ECLIPSIS = {"b": "m", "c": "g", "d": "n", "f": "bh", "g": "n", "p": "b", "t": "d"}


def _irish_forms(name: str) -> list[str]:
    """An Irish name without its article and with its first letter as the words before it
    change it: "an Fhrainc" is "chuig an bhFrainc" (to France), "sa Fhrainc", "ón bhFrainc";
    "an Ghearmáin" "sa Ghearmáin", "chuig an nGearmáin"; "an tSeapáin" (Japan) "Seapáin",
    "Sheapáin" (the "t" before "S" goes with the article)."""
    words = name.split()
    if words and words[0].lower() in ("an", "na"):
        words = words[1:]
    if not words:
        return []
    first, tail = words[0], words[1:]
    radical = first
    if first[:2] == "tS":
        radical = first[1:]
    elif len(first) > 2 and first[1] == "h" and first[0].lower() in "bcdfgmpst":
        radical = first[0] + first[2:]
    head = radical[0].lower()
    forms = {radical}
    # ("s" softens before a vowel or l, n, r only: "Stáit" stays)
    if head in "bcdfgmpt" or (head == "s" and radical[1:2].lower() in "aeiouáéíóúlnr"):
        forms.add(radical[0] + "h" + radical[1:])
    if head in _IRISH_ECLIPSIS:
        forms.add(_IRISH_ECLIPSIS[head] + radical)
    elif head in "aeiouáéíóú":
        forms.add("n" + radical)
    return sorted(form for f in forms if (form := " ".join([f, *tail])) != name)


def _polish_genitive(name: str) -> list[str]:
    """Polish names after "do", "z", "dla" are genitive: "Nowa Zelandia" -> "Nowej Zelandii",
    "Rosja" -> "Rosji", "Białoruś" -> "Białorusi", "Ukraina" -> "Ukrainy". Only the regular
    feminine and soft endings, and "-u" after one word's last consonant ("Iranu"); the
    irregular ones (Izraela, Niemiec) stay unmatched."""
    out = []
    for word in name.split():
        low = word.lower()
        if low.endswith(_PL_ADJ_K):
            out.append(word[:-1] + "iej")
        elif low.endswith(_PL_ADJ):
            out.append(word[:-1] + "ej")
        elif low.endswith(("ia", "ja", "ea")):
            out.append(word[:-1] + "i")
        elif low.endswith(("ka", "ga")):
            out.append(word[:-1] + "i")
        elif low.endswith("a"):
            out.append(word[:-1] + "y")
        elif low[-1:] in _PL_SOFT:
            out.append(word[:-1] + _PL_SOFT[low[-1]])
        else:
            out.append(word)
    form = " ".join(out)
    low = name.lower()
    if (
        " " not in name
        and len(name) >= 4
        and low[-1].isalpha()
        and low[-1] not in "aeiouyąęó"
        and low[-1] not in _PL_SOFT
    ):
        return [name + "u"]  # one word ending in a consonant: "Kirgistan" -> "Kirgistanu"
    return [form] if form != name else []


def _is_cyrillic(key: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in key)


def _is_hangul(key: str) -> bool:
    return any("\uac00" <= ch <= "\ud7af" for ch in key)


_ARABIC_START = re.compile("[\u0620-\u064a]")


def _arabic_prefixed(name: str) -> list[str]:
    """The name with "and" (و), "to" (ل) or "in" (ب) written onto it; before the article "ال"
    "to" drops its alif: "للسعودية" (to Saudi Arabia), "بالصين" (in China), "لفرنسا"."""
    forms = ["\u0648" + name, "\u0628" + name]
    if name.startswith("\u0627\u0644"):
        forms.append("\u0644\u0644" + name[2:])
    else:
        forms.append("\u0644" + name)
    return forms


# Hebrew writes "and", "to", "in", "from" and "the" onto the name, alone or after "and":
# "לישראל" (to Israel), "מארה״ב" (from the USA), "ולגרמניה"
_HEBREW_START = re.compile("[\u05d0-\u05ea]")
_HEBREW_PREFIXES = ("\u05d5", "\u05dc", "\u05d1", "\u05de", "\u05d4",
                    "\u05d5\u05dc", "\u05d5\u05d1", "\u05d5\u05de")  # fmt: skip
# Amharic "from", "in", "to", "of" written onto the name: "ከኢትዮጵያ", "ለኬንያ", "የጀርመን"
_AMHARIC_PREFIXES = ("\u12a8", "\u1260", "\u1208", "\u12e8", "\u12c8\u12f0")
# Nepali postpositions are written onto the name: "जापानको" (of Japan), "जापानमा" (in Japan),
# "जापानबाट" (from Japan), "जापानलाई" (to Japan), "जापानका लागि" (for Japan)
_NEPALI_SUFFIXES = ("को", "का", "की", "मा", "बाट", "लाई", "तर्फ", "सम्म", "ले")


def _prefixed(name: str, prefixes: tuple[str, ...]) -> list[str]:
    return [p + name for p in prefixes]


def _georgian_stem(name: str) -> str | None:
    """Georgian case endings replace the nominative "-ი": "საფრანგეთი" -> "საფრანგეთ(ში)"; a
    name ending in a vowel keeps it ("გერმანია" -> "გერმანიაში")."""
    if " " in name or not name.endswith("\u10d8") or len(name) < 5:
        return None
    return name[:-1]


def _flags(key: str, needs_capital: set[str]) -> str:
    if _is_hangul(key):
        return "p"  # Korean particles are written onto the name: "미국행", "중국에서"
    flags = ""
    if key in needs_capital:
        flags += "c"
    last = key.split(" ")[-1]
    if _is_cyrillic(key) and len(last) >= 4:
        flags += "d"  # Russian/Ukrainian cases: the stem takes up to three more letters
    return flags


# Case endings of the words before the last one in a Russian or Ukrainian name ("Экваториальная
# Гвинея" -> "Экваториальную Гвинею"), case by case so that the words of one name agree (the
# last word is matched by its stem, see ``_flags``). Written plainly, normalised when used.
_CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
_RU_ADJ = {
    "nom": "ая ый ий ой ое ее ые ие", "gen": "ой ей ого его ых их", "dat": "ой ей ому ему ым им",
    "acc": "ую юю ый ий ое ее ые ие ого ых", "ins": "ой ей ою ым им ыми ими",
    "prep": "ой ей ом ем ых их",
}  # fmt: skip
_RU_NOUN = {
    "nom": "а я ь - о ы и", "gen": "ы и а я ов ев -", "dat": "е и у ю ам ям",
    "acc": "у ю ь - ы и о а", "ins": "ой ей ою ею ом ем ью ами ями", "prep": "е и ах ях",
}  # fmt: skip
_UK_ADJ = {
    "nom": "а я ий е є і", "gen": "ої ого их", "dat": "ій ому им", "acc": "у ю ий е і их ого",
    "ins": "ою им ими", "prep": "ій ому ім их",
}  # fmt: skip
_UK_NOUN = {
    "nom": "а я ь - о и і", "gen": "и і ї а у ів -", "dat": "і ї у ові ам ям",
    "acc": "у ю ь - и і о", "ins": "ою ею єю ом ем ами ями", "prep": "і ї у ах ях",
}  # fmt: skip
_RU_ADJ_END = ("ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие")
_UK_ADJ_END = ("ий", "а", "я", "е", "є", "і")


def _endings(table: dict[str, str]) -> dict[str, list[str]]:
    return {
        case: [normalize_key(e) if e != "-" else "" for e in words.split()]
        for case, words in table.items()
    }


def _case_forms(word: str, ukrainian: bool) -> dict[str, set[str]] | None:
    """The forms of one inner word of a name, by case (None: the word does not change)."""
    plain = word
    if len(plain) < 4 or plain[-1] == "о":
        return None
    adj_end = next((e for e in (_UK_ADJ_END if ukrainian else _RU_ADJ_END)
                    if plain.endswith(normalize_key(e))), None)  # fmt: skip
    forms: dict[str, set[str]] = {case: set() for case in _CASES}
    if adj_end is not None:
        stem = plain[: len(plain) - len(normalize_key(adj_end))]
        table = _endings(_UK_ADJ if ukrainian else _RU_ADJ)
        for case in _CASES:
            forms[case].update(stem + e for e in table[case])
    if adj_end is None or (ukrainian and adj_end in ("а", "я")):
        stem = plain[:-1] if plain[-1] in normalize_key("аяеєіиыйь") else plain
        table = _endings(_UK_NOUN if ukrainian else _RU_NOUN)
        for case in _CASES:
            forms[case].update(stem + e for e in table[case])
    for case in _CASES:
        forms[case].add(plain) if case == "nom" else None
    return forms


def declined_keys(key: str) -> list[str]:
    """``key`` and its forms with every word but the last one declined, case by case."""
    words = key.split(" ")  # "" where a spaced dash left three spaces: kept as it is
    if not 2 <= len([w for w in words if w]) <= 4 or not _is_cyrillic(key):
        return [key]
    ukrainian = any(ch in key for ch in "іїєґ")
    out = {key}
    per_word = [_case_forms(w, ukrainian) if _is_cyrillic(w) else None for w in words[:-1]]
    for case in _CASES:
        forms: list[list[str]] = [[]]
        for word, table in zip(words[:-1], per_word, strict=True):
            options = sorted(table[case]) if table else [word]
            forms = [[*f, w] for f in forms for w in options]
        out.update(" ".join([*f, words[-1]]) for f in forms)
    return sorted(out)


def _in_suffixing_script(name: str) -> bool:
    """Whether ``name`` is written in Tamil or Sinhala, whose case endings join the name."""
    return any("\u0b80" <= ch <= "\u0bff" or "\u0d80" <= ch <= "\u0dff" for ch in name)


def _stem(key: str) -> str:
    if key and key[-1] in CYRILLIC_END_VOWELS and len(key.split(" ")[-1]) >= 5:
        return key[:-1]
    return key


def build() -> dict[str, Any]:
    """Every known name, normalised, with its code and how it may be matched."""
    import pycountry
    from babel import Locale

    aliases = read_yaml("aliases.yaml")
    regions = read_yaml("regions.yaml")
    codes = {c.alpha_2 for c in pycountry.countries} | EXTRA_CODES
    needs_capital = {normalize_key(w) for w in aliases["needs_capital"]}
    dropped = {normalize_key(w) for w in aliases["drop_names"]}

    # key -> (priority, code); lower priority wins, equal priority with two codes is ambiguous
    best: dict[str, tuple[float, str]] = {}
    ambiguous: set[str] = set()

    def add(name: str, code: str, priority: float) -> None:
        spellings = [name] if priority < 0 else _variants(name)
        keys = [normalize_key(v) for v in spellings]
        if _SPACED_DASH.search(name):  # "Папуа — Новая Гвинея" as written, dash and spaces
            keys.append(
                " ".join(normalize(_SPACED_DASH.sub("\0", name)).split()).replace("\0", "   ")
            )
        for i, key in enumerate(keys):
            # one letter is no name (a CJK character stands in many words), except one given
            # in full in aliases.yaml or regions.yaml (priority 0, not a variant): Korean "괌"
            # (Guam) is one syllable
            if not key or key in dropped or (len(key) < 2 and (priority != 0 or i)):
                continue
            prio = priority + (0.5 if i else 0)
            old = best.get(key)
            if old is None or prio < old[0]:
                best[key] = (prio, code)
                ambiguous.discard(key)
            elif prio == old[0] and old[1] != code:
                ambiguous.add(key)

    for name in aliases["blocked"]:
        add(name, "", -1)
    for code, alias_names in aliases["aliases"].items():
        for name in alias_names:
            add(name, code, 0)
            for inflected in _german_cases(name):  # other languages' names: unused keys
                add(inflected, code, 0.3)
            if _ARABIC_START.match(name):  # "والإمارات": "and" written onto the name
                for form in _arabic_prefixed(name):
                    add(form, code, 0.3)
            if _HEBREW_START.match(name):
                for form in _prefixed(name, _HEBREW_PREFIXES):
                    add(form, code, 0.3)
            if _BENGALI_START.match(name):  # "বাহরাইনের": the endings CLDR's names take
                for form in _bengali_cases(name):
                    add(form, code, 0.3)
            if _DEVANAGARI_START.match(name):  # Nepali "क्यानडाका": as CLDR's Nepali names
                for suffix in _NEPALI_SUFFIXES:
                    add(name + suffix, code, 0.3)
    for rid, region in regions["regions"].items():
        for name in region["names"]:
            add(name, "@" + rid, 0)
            if _ARABIC_START.match(name):
                for form in _arabic_prefixed(name):
                    add(form, "@" + rid, 0.3)
    for name in regions["worldwide"]:
        add(name, "*", 0)
    for name in regions["worldwide_weak"]:
        add(name, "*?", 0.2)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                add(name, c.alpha_2, 1)
                if "," in name:  # "Korea, Republic of" -> "Korea" (dropped if ambiguous)
                    add(name.split(",")[0], c.alpha_2, 1.7)
    other_keys: set[str] = set(best)
    suffixing: set[str] = set()
    ablative: set[str] = set()
    # Bulgarian and Serbian Cyrillic names are not declined the Russian way (``declined_keys``):
    # Bulgarian has no cases, and the Russian forms of their words doubled the file
    undeclined: set[str] = set()
    declined: set[str] = set(best)
    # A Balkan or Baltic case form spelt like a key read before or like some language's name
    # (Slovenian "Češko" is Czech "Česko", Lithuanian "Egipto" Spanish "Egipto", Latvian "Irāku"
    # Polish "Iraku") keeps that key's flags; the others need a capital, as Czech ones do.
    proper: set[str] = set(best)
    new_caps: set[str] = set()
    # curated names in a suffixing script take endings as CLDR's do: Sri Lankan Tamil
    # "அவுஸ்திரேலியாவுக்கான" (to Australia)
    # (their script is no other language's, so they count as no other language's name)
    suffixed_aliases = {
        k
        for names in aliases["aliases"].values()
        for n in names
        if _in_suffixing_script(n) and len(k := normalize_key(n)) >= OPEN_END_MIN["ta"]
    }
    suffixing |= suffixed_aliases
    other_keys -= suffixed_aliases
    for loc in LOCALES:
        territories = Locale.parse(loc).territories
        if loc in SUFFIXING_LOCALES:
            suffixing.update(
                k
                for c, n in territories.items()
                if c in codes and len(k := normalize_key(n)) >= OPEN_END_MIN.get(loc, 0)
            )
        elif loc not in OPEN_SUFFIX_LOCALES:
            other_keys.update(normalize_key(n) for n in territories.values())
        keys = {normalize_key(v) for n in territories.values() for v in _variants(n)}
        proper.update(keys)
        (undeclined if loc in ("bg", "sr", "kk", "mn", "mk") else declined).update(keys)
        for code, name in territories.items():
            if loc == "fi" and code in codes:
                # as the Hungarian ones, even of the short names ("Iraniin", "Perulle")
                for inflected in _finnish_cases(name):
                    add(inflected, code, 3.2)
                    needs_capital.add(normalize_key(inflected))
            if loc == "hu" and code in codes:
                # the cases are no ordinary words, even of the short names ("Irakba", "Kubába")
                for inflected in _hungarian_cases(name):
                    add(inflected, code, 3.2)
                    needs_capital.add(normalize_key(inflected))
            if loc == "sq" and code in codes:
                # the forms with the article are no ordinary words, even of the short names
                # ("Rusisë", "Kinës"); they need a capital
                for inflected in _albanian_cases(name):
                    key = normalize_key(inflected)
                    if key not in best:
                        new_caps.add(key)
                    add(inflected, code, 3.2)
            if loc == "ga" and code in codes:
                for form in _irish_forms(name):
                    key = normalize_key(form)
                    if len(key) >= SHORT_NAME_MIN and key not in _IRISH_OTHER_NAMES:
                        add(form, code, 3)
            if loc == "mt" and code in codes:
                for bare in _maltese_bare(name):
                    if len(normalize_key(bare)) >= SHORT_NAME_MIN:
                        add(bare, code, 3)
            if loc in SHORT_NAME_LOCALES and len(normalize_key(name)) < SHORT_NAME_MIN:
                continue
            if loc == "ga" and normalize_key(name) in _IRISH_OTHER_NAMES:
                continue
            if code in codes:
                add(name, code, 2 if loc == "en" else 3)
                if loc in ("hr", "sr", "sr_Latn", "sl") and _ADJECTIVE_NAME.search(name):
                    needs_capital.add(normalize_key(name))
                if loc == "de":
                    for inflected in _german_cases(name):
                        add(inflected, code, 3.2)
                if loc == "pl":
                    for inflected in _polish_genitive(name):
                        add(inflected, code, 3.2)
                if loc == "el":
                    for inflected in _greek_cases(name):
                        add(inflected, code, 3.2)
                if loc in _WRITTEN_CASES:
                    written = _WRITTEN_CASES[loc](name)
                    if not written and " " in name:
                        written = _multiword_cases(name, loc)
                    for inflected in written:
                        key = normalize_key(inflected)
                        if key == normalize_key(name):
                            continue  # "Kanādā", "Vokietiją": the name itself once folded
                        if loc == "cs":
                            # "po polsku", "samou", Swedish "finska": words in lower case
                            needs_capital.add(key)
                        elif key not in best:
                            new_caps.add(key)
                        add(inflected, code, 3.2)
                        if loc in ("az", "uz", "kk") and key.endswith(TURKIC_FROM_END):
                            ablative.add(key)  # "f": the case of "from" ("Kanadadan")
                if loc == "ar":  # "and", "to", "in" are written onto the name: "والمغرب"
                    for form in _arabic_prefixed(name):
                        add(form, code, 3.2)
                if loc == "he":
                    for form in _prefixed(name, _HEBREW_PREFIXES):
                        add(form, code, 3.2)
                if loc == "am":
                    for form in _prefixed(name, _AMHARIC_PREFIXES):
                        add(form, code, 3.2)
                        if len(name) >= OPEN_END_MIN["am"]:
                            suffixing.add(normalize_key(form))
                if loc == "ne":
                    for suffix in _NEPALI_SUFFIXES:
                        add(name + suffix, code, 3.2)
                if loc == "bn":  # no capitals in Bengali: written onto the name as Georgian's
                    for form in _bengali_cases(name):
                        add(form, code, 3.2)
                if loc == "ka" and (stem := _georgian_stem(name)):
                    add(stem, code, 3.2)
                    if len(stem) >= OPEN_END_MIN["ka"]:
                        suffixing.add(normalize_key(stem))

    needs_capital |= new_caps - proper
    undeclined -= declined
    # aliases in Bulgarian and Serbian: not declined the Russian way either
    undeclined |= {normalize_key(n) for n in aliases.get("undeclined", ())}
    names: dict[str, list[str]] = {}
    for key, (_prio, code) in sorted(best.items()):
        if key in ambiguous:
            continue
        flags = _flags(key, needs_capital) + ("f" if key in ablative else "")
        if key in suffixing and key not in other_keys and "p" not in flags:
            flags += "p"
        if key.endswith("*"):
            names[key[:-1]] = [code, flags.replace("d", "") + "p"]
            continue
        for form in [key] if key in undeclined else declined_keys(key):
            if form != key and (form in best or form in names):
                continue  # a name of its own (or a form of one) wins
            if "d" in flags:
                stem = _stem(form)
                if stem != form and stem not in best:
                    # "e": the stem lost its vowel and needs a case ending ("Дани" is no
                    # word, "Дании" is Denmark)
                    names[stem] = [code, flags + "e"]
                    continue
            names[form] = [code, flags]

    short = {code: sorted(v, key=len, reverse=True) for code, v in aliases["short_codes"].items()}
    for rid, region in regions["regions"].items():
        if region.get("codes"):
            short["@" + rid] = region["codes"]
    members = {"@" + rid: sorted(r["members"]) for rid, r in regions["regions"].items()}
    return {"names": names, "short_codes": short, "regions": members}


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def target_path() -> Path:
    return Path(__file__).parent / "data" / "gazetteer.json"


def main() -> None:
    data = build()
    target_path().write_text(render(data), encoding="utf-8")
    print(f"wrote {target_path()} ({len(data['names'])} names)")


if __name__ == "__main__":
    main()
