"""Places inside the source's own country: its provinces, states and regions.

A hurricane in Guerrero, floods in Emilia-Romagna or a cyclone in Hawke's Bay disrupt delivery
where they happen, inside the country of the post that tells of them. Such a notice names no
destination and often says "international mail" (which it delivers at home), so without this
it reads as a change for every destination and alerts everyone.

The names come from pycountry's ISO 3166-2 subdivisions, read only for the source's country and
only when a notice reaches this question (a few notices in a hundred).
"""

from __future__ import annotations

import gettext
import os
import re
from functools import lru_cache
from typing import Any

from monitor.classify import lexicon
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.normalize import normalize
from monitor.classify.text import Doc, line_above_list, question_end, strip_bullet

# Delivering where the mail arrives, in the text's normal form ("entrega", "Zustellung",
# "phát", "配達", "доставка", Welsh "(d)dosbarthu", Arabic "توصيل"): what a storm or a strike
# at home holds up
DELIVERY = lazy_compile(
    r"\b(?:deliver\w*|entrega\w*|reparto\w*|recapit\w*|consegn\w*|distribu\w*|"
    r"livr\w*|(?:post|postin|paket|pakket|pakje|brief|pakke)?(?:bedeling|bezorg|zustell|utdel|"
    r"omdel|jakelu)\w*|dorucz\w*|doruc\w*|dorecz\w*|"
    r"kezbesit\w*|paghahatid|hatid|phat|giao hang|giao nhận|giao nhan|достав\w*|доручен\w*|"
    r"urucen\w*|уручен\w*|dostav\w*|isporuk\w*|uitreik\w*|"
    r"διανομ\w*|penghantaran|d?dosbarth\w*|"
    # Estonian, Latvian, Lithuanian, Icelandic, Turkish
    r"katte ?toimeta\w*|piegad\w*|pristaty\w*|pristatom\w*|utbur[dð]\w*|dreifing\w*|"
    r"teslimat\w*|dag[iı]t[iı]m\w*)\b|"
    r"配達|配送|お届け|投递|投遞|派遞|派递|배달|배송|นำจ่าย|توصيل|توزيع|பட்டுவாடா|वितरण|डिलीवरी"
)
# Mail said to leave the country ("dispatch", "au départ de la France", "chiều đi", "差立て",
# "to other countries"): a disruption at home then holds up mail to every destination
_OUTBOUND = lazy_compile(
    r"\b(?:dispatch\w*|despatch\w*|outbound|outgoing|abroad|overseas|leaving|export\w*|"
    r"acceptance|accepting|admision\w*|au depart|a l.international|ins ausland|annahme|"
    r"ausfuhr\w*|versand ins|chieu di|chiều đi|di quoc te|đi quốc tế|di nuoc ngoai|"
    r"đi nước ngoài|(?:other|receiving|foreign) countries|(?:patungo|papunta) sa ibang bansa|"
    r"за рубеж\w*|за кордон\w*|al extranjero|al exterior|para o exterior|all.estero|"
    r"verso l.estero)\b|"
    r"差立|引受|发运|發運|收寄|互换局|互換局|접수|발송|ต่างประเทศ"
)

# "Pará" and "Para" differ (names are matched as written); "Ain" and "Var" are words in too
# many languages
_MIN_CHARS = 4
# region names that are everyday words in the notices ("Central Mail Exchange", "Victoria
# Day", "Saga of the delayed parcels", "la Manche")
_WORDS = frozenset(
    {"Central", "Western", "Eastern", "Northern", "Southern", "North", "South", "East", "West"}
    | {"Centre", "Center", "Capital", "Nord", "Sud", "Est", "Ouest", "Victoria", "Saga"}
    | {"Manche", "Vienne", "Para", "Maritime"}
)
# the translations read beside the names ISO gives (in Latin letters for Japan and Korea):
# scripts whose names the notices write in their own letters
_SCRIPTS = ("ja", "ko", "zh_CN", "zh_TW", "th", "km", "lo", "my", "uk", "ru", "el", "he", "ka",
            "hy")  # fmt: skip
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# a Russian, Ukrainian or Belarusian region named by its adjective: its stem, declined
_DECLINED_REGION = re.compile(r"([\w-]{4,}?)(?:ая|а) (?:область|вобласць)")
_CODE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")  # an ISO 3166-2 code
_CHINESE_SUFFIX = re.compile(r"(?:省|市| Sheng| Shi)$")
_OWN_DESTINATIONS = frozenset({"台湾", "臺灣", "Taiwan"})
_CJK_SUFFIX = "(?:県|縣|县|府|都|道|省|市|地区|지방|도|시)"
_INTERNATIONAL_WORD = r"\binterna(?:ti|ci|zi)on\w*"  # English, Spanish, Italian, ... (folded)
_INTERNATIONAL = re.compile(_INTERNATIONAL_WORD)
# mail abroad, and mail at home, in a sentence (normal form)
_ABROAD_WORD = lazy_compile(
    rf"{_INTERNATIONAL_WORD}|\b(?:internasional\w*|antarabangsa|ausland\w*|"
    r"международн\w*|міжнародн\w*|miedzynarodow\w*|quoc te|"
    # Turkish "yurt dışı", "uluslararası"; airmail ("Luftpostsendungen")
    r"yurt ?d[iı]s\w*|uluslararas[iı]\w*|luftpost\w*|airmail)\b|"
    r"国际|國際|国際|국제|ระหว่างประเทศ"
)
# A strike said to be national, or a stop everywhere ("nationwide strike", "grève nationale",
# "bundesweiten Warnstreiks", "in allen Regionen"; not "ulusal meteoroloji uyarıları", national
# weather warnings): the regions named are examples of where, not the only places a stop told
# without a word of delivery holds up
_NATIONAL = lazy_compile(
    r"\b(?:nationwide|bundesweit\w*|landesweit\w*|in allen regionen|in all regions|"
    r"in every region|dans toutes les regions|en todas las regiones|in tutte le regioni|"
    r"em todas as regioes|"
    r"(?:nationale?s?|nacional|nazionale|ulusal|genel)(?:\W+\w+){0,2}?\W+(?:strike|"
    r"streik|greve|huelga|sciopero|grev\w*|paro)|"
    r"(?:strike|streik|warnstreik|greve|huelga|sciopero|grev|paro)\w* (?:nationa\w*|nacional|"
    r"nazionale|general\w*))\b"
)
# ... of them, those that beside one region at home speak of mail abroad only (Japanese
# "海外から差し出された国際郵便物", Russian "в том числе международных посылок" are mail from
# abroad delivered there)
_ABROAD_ONLY = lazy_compile(rf"{_INTERNATIONAL_WORD}|\bausland\w*|国际|國際")
_HOME_WORD = lazy_compile(
    r"\b(?:nacional(?:es)?|national(?:e|es|en)?|nationaux|domestic|inland\w*|nazional[ei])\b|"
    r"国内|國內"
)
# a capital district's city in brackets: "National Capital District (Port Moresby)", not
# "Ilocos (Region I)", "Boujdour (EH)"
_CAPITAL_IN_BRACKETS = re.compile(r"(?:Capital|Nacional)\b[^(]*\(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")


@lru_cache(maxsize=64)
def _names_pattern(country: str) -> re.Pattern[str] | None:
    """Case- and accent-sensitive names of the country's subdivisions, longest first."""
    import pycountry

    locales = os.path.join(os.path.dirname(pycountry.__file__), "locales")
    subdivisions = pycountry.subdivisions.get(country_code=country) or []
    written = [sub.name for sub in subdivisions]
    for language in _SCRIPTS:
        try:
            translation = gettext.translation("iso3166-2", locales, languages=[language])
        except OSError:
            continue
        written += [translation.gettext(sub.name) for sub in subdivisions]
    countries = {
        normalize(name)
        for c in pycountry.countries
        for name in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", ""))
        if name
    }
    names: set[str] = set()
    for full in written:
        # the name in brackets is the other language's ("Monmouthshire [Sir Fynwy GB-FYN]",
        # "Girona [Gerona]"), without the code some of them carry
        bracketed = [_CODE.sub("", b).strip() for b in re.findall(r"\[(.*?)\]", full)]
        # and the capital a district is named after ("Capital Territory (Honiara)")
        bracketed += _CAPITAL_IN_BRACKETS.findall(full)
        for raw in [*full.split("/"), *filter(None, bracketed)]:
            # (without what either kind of bracket holds: "Ilocos (Region I)" is "Ilocos")
            raw = re.sub(r"\s*[\[(].*?[\])]", "", raw).strip()
            # "Valenciana, Comunidad" is written "Comunidad Valenciana"
            head, _, rest = raw.partition(", ")
            for name in (raw, head, f"{rest} {head}" if rest else ""):
                name = name.strip()
                # (a state called "México" is the country's name, accents or none)
                long_enough = len(name) >= _MIN_CHARS or _CJK.search(name)
                if long_enough and normalize(name) not in countries and name not in _WORDS:
                    names.add(name)
    # a Chinese province or city written without its suffix ("海南等地", "Hainan"): not the
    # places ISO lists under China that are destinations of their own
    chinese_stems = set()
    for name in names:
        stem = _CHINESE_SUFFIX.sub("", name)
        if stem != name and len(stem) >= 2 and stem not in _OWN_DESTINATIONS:
            chinese_stems.add(stem)
    names |= {s for s in chinese_stems if not _CJK.search(s)}
    if not names:
        return None
    latin = [n for n in names if not _CJK.search(n)]
    # Chinese, Japanese and Korean run words together: "宮城県および福島県" (with the
    # prefecture's suffix when the name has two signs only)
    cjk = [n if len(n) > 2 else n + _CJK_SUFFIX for n in names if _CJK.search(n)]
    parts = []
    if latin:
        words = "|".join(re.escape(n) for n in sorted(latin, key=len, reverse=True))
        # (and the German genitive: "in Teilen Bayerns und Baden-Württembergs")
        parts.append(rf"(?<!\w)(?:{words})s?(?!\w)")
    # "Харківська область" is declined: "у Харківській, Запорізькій областях"
    stems = {m.group(1) for n in names if (m := _DECLINED_REGION.fullmatch(n))}
    if stems:
        words = "|".join(re.escape(n) for n in sorted(stems, key=len, reverse=True))
        parts.append(rf"(?<!\w)(?:{words})\w{{1,3}}(?!\w)")
    parts += sorted(cjk, key=len, reverse=True)
    # (after the full names; not an airline, a clock or a sea: "海南航空", "北京时间", "东海南部")
    cjk_stems = sorted((s for s in chinese_stems if _CJK.search(s)), key=len, reverse=True)
    parts += [rf"(?<![东東]){s}(?!航空|时间|時間)" for s in cjk_stems]
    return re.compile("|".join(parts))


def places_at_home(doc: Doc, country: str) -> list[tuple[str, int, int]]:
    """The country's subdivisions the notice names, in order."""
    pattern = _names_pattern(country)
    if pattern is None:
        return []
    return [(m.group(), m.start(), m.end()) for m in pattern.finditer(doc.full)]


# What follows a place mail is addressed to, in Japanese ("石川県あて", "石川県の一部地域あて",
# "宛て") and Korean ("제주행")
_ADDRESSED = lazy_compile(r"\s?(?:の[^\s。、,]{1,6}?)?(?:あて|宛|向け|행)")
# ... and before it, in Chinese ("暂停收寄寄往海南省邮件")
_ADDRESSED_BEFORE = lazy_compile(r"(?:寄往|寄至|发往|發往|寄达|寄達|送往)$")

# A list's head that sends mail to the places listed under it ("pengiriman surat dan paket
# tujuan:", "items destined for:", "envíos con destino a:")
_TO_THE_LIST = lazy_compile(
    r"(?:\b(?:tujuan|destined for|addressed to|bound for|destinations?|con destino a|"
    r"a destination de|destinad[oa]s a|destinat[ieoa] a)|あて|宛て?|寄往|寄至)"
    r"\s*[:：]\s*$"
)


def _listed_under(doc: Doc, start: int, heads: Any) -> bool:
    """Whether the place at ``start`` is an item of a list whose head ``heads`` matches: one
    that sends mail to it (``_TO_THE_LIST``), or that names the areas a change touches."""
    a, b = doc.line_of(start)
    if not strip_bullet(doc.full[a:b])[1]:
        return False
    head = line_above_list(doc, doc.line_index(start))
    return head is not None and heads.search(doc.norm, *head) is not None


# A list's head that names the areas a change touches ("Berørte områder:", "Affected areas:")
_AFFECTED_AREAS = lazy_compile(
    r"\b(?:affected (?:areas|regions|counties|states|provinces)|areas affected|"
    r"betroffene (?:gebiete|regionen)|zones concernees|regions concernees|zonas afectadas|"
    r"aree interessate|getroffen gebieden|ber[oø]rte omr[aå]der|ber[oö]rda omr[aå]den|"
    r"dotkniete obszary|affected locations)\s*[:：]\s*$"
)


_CHANGE_KINDS = frozenset(
    ("suspension", "resumption", "delay", "restriction", "prohibited_items", "new_requirement")
)


def _at_home_only(doc: Doc, a: int, b: int) -> bool:
    """Whether the sentence ``a:b`` speaks of no mail abroad and of no national stop: its
    places at home are where its change is ("Rize, Artvin ve Trabzon illerine ... kabulü
    durdurulmuştur", not "a nationwide strike: operations in Ontario and Quebec are
    suspended")."""
    return not _ABROAD_WORD.search(doc.norm, a, b) and not _NATIONAL.search(doc.norm, a, b)


def delivered_at_home(
    doc: Doc, country: str, change_starts: list[int], all_clear: bool = False
) -> tuple[str, int, int] | None:
    """The first of the country's regions named where the notice tells of delivery in them:
    in a sentence that speaks of delivering, or that states the change under a title that
    does or that names the region too, and never beside mail sent abroad (unless mail is
    addressed to the region: "石川県あて"); two such regions, or one the title names too."""
    named = places_at_home(doc, country)
    # "石川県あて郵便物の引受再開": mail addressed to a region at home, however it is accepted
    addressed = {
        start
        for _, start, end in named
        if _ADDRESSED.match(doc.full, end)
        or _ADDRESSED_BEFORE.search(doc.full, max(0, start - 3), start)
        or _listed_under(doc, start, _TO_THE_LIST)
    }
    titled = {name for name, start, _ in named if doc.in_title(start)}
    if _OUTBOUND.search(doc.norm, 0, doc.title_end) and not any(
        doc.in_title(start) for start in addressed
    ):
        return None  # "Dispatch of international mail resumes after the strike in Hamburg"
    title_delivers = DELIVERY.search(doc.norm, 0, doc.title_end) is not None
    kept: dict[str, tuple[str, int, int]] = {}
    sure: set[str] = set()
    # where a stop or a delay is told, a region said to run normally is not where it happens
    # (an all-clear is about those regions)
    spared = (
        []
        if all_clear
        else [m.start for m in lexicon.matches(doc, "destinations") if m.value[0] == "clause"]
    )
    # the words of a change anywhere (a vote may stand for several of them)
    words = [m.start for m in lexicon.matches(doc, "kinds") if m.value in _CHANGE_KINDS]
    for name, start, end in named:
        a, b = doc.sentence_of(start)
        if start in addressed:
            kept.setdefault(name, (name, start, end))
            continue
        if change_starts and _listed_under(doc, start, _AFFECTED_AREAS):
            # "Berørte områder:" / "- Innlandet: Gudbrandsdalen, Valdres og Hallingdal"
            kept.setdefault(name, (name, start, end))
            sure.add(name)
            continue
        if _OUTBOUND.search(doc.norm, a, b):
            continue
        voted = any(a <= v < b for v in change_starts)
        told = voted or any(a <= w < b for w in words)
        if not told and (any(a <= p < b for p in spared) or question_end(doc, start) is not None):
            # "Delivery in Guerrero and Oaxaca is not affected", "Do you deliver in Texas?"
            # (not "Delivery in Guerrero is suspended, but Oaxaca is not affected")
            continue
        # in the sentence of the change, or where delivery is spoken of
        # (or a change told of a region the title names, not of mail abroad: "Cyclone Alfred –
        # service impacts in South East Queensland" over "Post Offices in ... Queensland are
        # closed", not "Warnstreik in Hamburg" over "... bei internationalen Sendungen")
        titled_change = name in titled and not _INTERNATIONAL.search(doc.norm, a, b)
        delivers = DELIVERY.search(doc.norm, a, b) is not None
        if (voted and (title_delivers or titled_change or _at_home_only(doc, a, b))) or delivers:
            kept.setdefault(name, (name, start, end))
            if (
                voted
                and delivers
                and (not _ABROAD_ONLY.search(doc.norm, a, b) or _HOME_WORD.search(doc.norm, a, b))
            ):
                # "por el huracán Otis en el estado de Guerrero, se suspende ... la entrega en
                # dichas localidades", "La huelga en Andalucía provocará retrasos en la entrega":
                # one region, where the sentence of the change speaks of delivering (not of
                # mail abroad alone: "Debido al cierre del aeropuerto de Madrid, los envíos
                # internacionales sufrirán retrasos en la entrega"; "envíos nacionales e
                # internacionales con destino a Acapulco" names mail at home too)
                sure.add(name)
    places = list(kept.values())
    if len(places) >= 2 or any(name in titled or name in sure for name, _, _ in places):
        return places[0]
    return None


# The whole country as where mail is handled, in the text's normal form ("sur l'ensemble du
# territoire national", "en todo el país", "bundesweit", "全国"): a strike or a storm that holds
# up delivery everywhere at home
_NATIONWIDE = lazy_compile(
    r"\b(?:nationwide|across the country|throughout the country|all over the country|"
    r"(?:sur )?l.ensemble du (?:territoire|pays)|dans tout le (?:pays|territoire)|"
    r"(?:en )?todo el (?:pais|territorio nacional)|en el interior del pais|"
    r"em todo o (?:pais|territorio nacional)|bundesweit|landesweit|im ganzen land|"
    r"in tutt[oa] (?:il paese|italia)|su tutto il territorio nazionale|"
    r"in heel (?:nederland|belgie|het land)|w calym kraju|po celej (?:ceske republice|zemi)|"
    r"по всей стране|по всій країні|di seluruh (?:indonesia|wilayah)|ke seluruh indonesia|"
    r"sa buong bansa|σε ολη τη χωρα|σε ολοκληρη τη χωρα|πανελλαδικα|koko maassa|"
    r"i hele landet|i hela landet|по целата земја|по цијелој земљи|na celoj teritoriji|"
    r"in reteaua nationala|la nivel national|in toata tara)\b|"
    r"全国|全國|전국|ทั่วประเทศ"
)


def delivered_nationwide(
    doc: Doc, change_starts: list[int], all_clear: bool = False
) -> tuple[int, int] | None:
    """Where the notice tells of delivery across the whole country, in a sentence that tells
    its change (or, in an all-clear, that it runs) and sends nothing abroad ("des
    perturbations sont à prévoir dans la distribution du courrier ... sur l'ensemble du
    territoire national")."""
    at_home: bool | None = None  # asked once, when a sentence first needs it
    for m in _NATIONWIDE.finditer(doc.norm):
        a, b = doc.sentence_of(m.start())
        # a word of delivery (not "operations have stopped across the country": a national
        # strike stops mail to every destination too), and nothing sent abroad
        if _OUTBOUND.search(doc.norm, a, b) or not DELIVERY.search(doc.norm, a, b):
            continue
        if at_home is None:
            # a change told only of mail at home: delivery said across the country is where
            # it is ("Quelques retards ponctuels ... localement" beside "La distribution ...
            # sera assurée sur l'ensemble du territoire")
            at_home = bool(change_starts) and not any(
                _ABROAD_WORD.search(doc.norm, *doc.sentence_of(v)) for v in change_starts
            )
        # ... or the change told in this sentence, of no mail abroad (not "Domestic delivery
        # across the country continues as normal" beside a stop abroad; Thai "ระงับการรับฝาก
        # ไปรษณีย์ระหว่างประเทศชั่วคราว การนำจ่ายภายในประเทศทั่วประเทศยังคงเป็นปกติ", one sentence)
        if (
            all_clear
            or at_home
            or (any(a <= v < b for v in change_starts) and not _ABROAD_WORD.search(doc.norm, a, b))
        ):
            return m.start(), m.end()
    return None
