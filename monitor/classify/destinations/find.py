"""Every place a notice names and its role, one by one, then the notice-wide passes. The
role from the cues (cues.py) is corrected here by what follows or surrounds the name: a
person, an institution, a rule's or standard's maker, a dateline, a link, a domestic route."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from monitor.classify import lexicon
from monitor.classify.destinations.asides import drop_quiet_asides
from monitor.classify.destinations.bloc import add_counted_members
from monitor.classify.destinations.cues import (
    ORIGIN_COMPOUND,
    OUTSIDE_HINTS,
    SUFFIX_ORIGIN_END,
    SUFFIX_TO_END,
    _after_role,
    _before_role,
    _cues,
    _korean_particle,
    _no_place_after,
    _non_before,
    _short_before,
    _turkish_suffix,
    exclusion_object,
    scope_keys,
    suffix_case,
    suffix_to,
)
from monitor.classify.destinations.decide import _OUTSIDE_EU, _decide
from monitor.classify.destinations.en_route import entered_en_route
from monitor.classify.destinations.origin_examples import HINTS as _EXAMPLE_ORIGIN_HINTS
from monitor.classify.destinations.origin_examples import THOSE_HINTS as _THOSE_HINTS
from monitor.classify.destinations.origin_examples import origin_examples, origins_referred
from monitor.classify.destinations.passes import (
    _FOUND_VERBS,
    _GLUE,
    _LIST_GLUE,
    SEE_NOTICE_VERBS,
    SEE_OTHER_HINTS,
    _answered_no,
    _asked_sections,
    _carry_back,
    _history_sentences,
    _included_members,
    _quiet_headings,
    _quiet_sentences,
    _routes_home,
    _same_as_before,
    _see_page_pointers,
    _status_only_headings,
)
from monitor.classify.destinations.roles import (
    EXCLUDED,
    NAME,
    NEUTRAL,
    OPERATOR,
    ORIGIN,
    STRONG,
    TRANSIT,
    UNAFFECTED,
    DestinationResult,
    Role,
)
from monitor.classify.destinations.served import add_bound_partners, add_served_places
from monitor.classify.destinations.structure import (
    _colon_heads,
    _dateline,
    _drop_region_headers,
    _list_lines,
    _over_entries,
    _structural_role,
    excepted_from_the_unaffected,
    usual_rows,
)
from monitor.classify.gazetteer import WORLD, WORLD_WEAK, Place, gazetteer
from monitor.classify.guidance import link_spans
from monitor.classify.items import MONTH, older_items_of_places
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.marked_rows import marked_row_names_place, unmarked_rows
from monitor.classify.matcher import Match
from monitor.classify.normalize import normalize
from monitor.classify.text import (
    ALREADY_WORDS,
    AS_BEFORE_A_STOP,
    AS_BEFORE_WORDS,
    STANDING_WORDS,
    UNCHANGED_HEAD_HINTS,
    Doc,
    breadcrumbs,
    holds_questions,
    in_spans,
    list_under,
    paragraph_break,
    strip_bullet,
    unchanged_heads,
    unchanged_items,
)
from monitor.classify.wordstart import (
    by_first_letter,
    ignorecase_word_start,
    literal_alternatives,
    word_start,
)

_AIRLINES_AFTER = lazy_compile(r" (?:airlines?|airways|air carriers?|registered aircraft)\b")
_MEMBER_GAP = lazy_compile(r"(?i)member|mitglied|lidsta|membr|miembro")
# "and (from) the other member states of": the region stands beside the member, in its role
_OTHER_MEMBERS_GAP = lazy_compile(
    r"\s*,?\s*(?:si|sau|and|or|a|i|in|ir|un)\s+(?:din\s+|from\s+|iz\s+|z\s+|is\s+|no\s+)?"
    r"(?:(?:the|all)\s+)?(?:celelalte|celorlalte|other|ostale|ostalih|drugih|druge|ostatnich|"
    r"dalsich|ostatnych|kitu|kitas|citam|citas|citu)\s+"
    r"(?:statele membre|state membre|member states|member countries|drzave clanice|drzav clanic|"
    r"clenskych statu|clenske staty|valstybiu nariu|dalibvalstu)\s+(?:ale|of|of the|eu|ue|es)?\s*$"
)
# Between two origins, the preposition of the first said again: ", da ", " e de ", ", aus "
_FROM_AGAIN = lazy_compile(
    r"(?i)\s*,?\s*(?:(?:and|or|e|y|et|und|i|ou|o)\s+)?(?:from|da|do|das|dos|de|del|des|du|"
    r"aus|von|z|ze|из|з|від)\s+$"
)
# A place that names who imposes a sanction or the law it comes from is no destination:
# "under EU sanctions", "US sanctions on Iran", "Council Regulation (EU) No 833/2014".
_SANCTIONS_AFTER = lazy_compile(
    # Finnish in the genitive only ("EU:n pakotteet"; "Venäjä-pakotteet" are against Russia)
    r":n\s*(?:pakott\w*|pakote\w*)\b|"
    # the genitive of the name may come first: "EU's", Swedish "EU:s"
    r"(?:['\u2019:]?s\b)?"
    # (the last of a list of those who impose them: "U.S., EU and UN sanctions")
    r"(?:\s*,?\s*(?:and|or|und|et|y|e|og|och)\s+(?:the\s+)?(?:un|uk|us|u\.s\.|eu|ofac|"
    r"united nations)\b)?"
    r"\s*(?:sanction|sanctions|sanktion\w*|sancion\w*|sanzion\w*|санкци\w*|санкці\w*|"
    r"sankc\w*|sancoes|sancao|"
    r"embargo\b|regulation|directive|"
    # "von der EU verhängten Sanktionen": a German participle between
    r"(?:verhangt\w*|auferlegt\w*|erlassen\w*)\s+sanktion\w*)\b"
)
# The words of a law cited: "Regulation (EU) 2022/428", "Direttiva UE 2017/2455"
_LAW_WORDS = (
    r"(?:regulation|directive|decision|reglement|verordnung|richtlinie|regolamento|reg\.|"
    r"direttiva|directiva|diretiva|reglamento|regulamento|verordening|richtlijn|dyrektyw\w*|"
    r"rozporzadzeni\w*|регламент\w*|директив\w*)"
)
_LEGAL_CITATION = lazy_compile(rf"{_LAW_WORDS}\s*\(\s*$")


# Cheap substring checks first: most notices name no sanction and cite no law.
_SANCTION_HINTS = (
    "sanction", "sanktion", "sancion", "sanzion", "санкц", "restrictiv", "sankc", "sancoes",
    "sancao", "pakott", "pakote", "restritt", "restriktive", "ограничител", "ограничительн",
    "обмежувальн", "περιοριστικ",
)  # fmt: skip
_AUTHORITY_HINTS = (
    *_SANCTION_HINTS, "embargo", "regulation", "directive", "(eu)", "(ec)", "(ес)", "(єс)",
    "direttiv", "directiv", "diretiv", "regolament", "reglament", "regulament", "reg.",
    "richtlin", "verordnung", "verordening", "richtlijn", "rozporz", "dyrektyw",
)  # fmt: skip
# "Direttiva UE 2017/2455", "Reg. UE 952/2013", "Regulation EU 2021/414": the maker of a law cited
# by its number, without the brackets of _LEGAL_CITATION
_LEGAL_BEFORE = lazy_compile(rf"\b{_LAW_WORDS}\s*\(?\s*$")
_LAW_NUMBER_AFTER = lazy_compile(r"\)?\s*(?:(?:n|nr|no)\.?\s*)?\d+/\d+")


# "the sanctions imposed by the European Union, the United States ...", "sanctions, including
# those imposed by the United States", "die von der EU
# verhängten Sanktionen": who imposes them (the list after the first name follows it as glue);
# not an embargo, which a country imposes on what comes into it
_SANCTIONS_BY = lazy_compile(
    r"(?:sanction\w*|sanktion\w*|sancion\w*|sanzion\w*|санкци\w*|санкці\w*|"
    r"restrictive measures),?\s+(?:[\w-]+,?\s+){0,3}?(?:imposed|adopted|introduced|decided|"
    r"enacted|issued|imposees?|adoptees?|decidees?|impuestas?|adoptadas?|imposte|adottate|"
    r"opgelegd\w*|impostas?|verhangt\w*|erlassen\w*)\s+(?:by|par|por|da|dal|dalla|door|pela|pelo|"
    r"von)\s+(?:(?:the|l'|la|le|les|el|los|il|i|de|het|a|o|der|den|dem)\s+)?$"
)
# the word of sanctions right before a body that imposes them: "Sanctions UE contre la
# Russie", "Sanktionen der EU", "санкции ЕС" (not "Sanctions Iran": the target, where mail goes)
_SANCTIONS_BEFORE = lazy_compile(
    r"\b(?:sanctions?|sanktionen|sanciones|sanzioni|sancoes|санкции|санкції)\s+"
    r"(?:de l'|de la |der |des |de |del |della |dell'|of the )?$"
)
_SANCTIONING = frozenset(("@EU", "US", "GB"))
# The EU's sanctions are called its restrictive measures ("misure restrittive UE", "the
# restrictive measures of the EU", "ограничителни мерки на ЕС"); a country's "restrictive
# measures" are often its rules on what comes in ("Misure restrittive USA sulle spedizioni"),
# read as any other place
_EU_MEASURES_BEFORE = lazy_compile(
    r"\b(?:restrictive measures|misure restrittive|mesures restrictives|medidas restrictivas|"
    r"restriktive ma(?:ss|ß)nahmen|masuri restrictive|ограничителн\w* мерки|"
    r"ограничительн\w* мер\w*|обмежувальн\w* заход\w*|περιοριστικα μετρα)\s+"
    r"(?:(?:of the|de l'|de la|dell'|della|der|des|adopted by the|imposed by the|ale|на|"
    r"της)\s*)?$"
)
_EU_MEASURES_REACH = 40
# ... or any name followed by the target: "Sanktionen Kanadas gegen Russland"
_AGAINST_AFTER = lazy_compile(
    r"\W{0,3}\s*(?:contre|against|gegen|contro|contra|против|проти|tegen)\b"
)
_IMPORT_WORD = lazy_compile(
    r"\b(?:import\w*|einfuhr\w*|importation\w*|importaci\w*|importazion\w*)"
)


def _named_authority(doc: Doc, place: Place, sanctions: bool) -> bool:
    """A place that only says whose sanction or law is meant (not where mail goes);
    ``sanctions``: whether the text names any (the costlier look behind the place)."""
    if _SANCTIONS_AFTER.match(doc.norm, place.end):
        return True
    if (
        place.code == "@EU"
        and sanctions
        and _EU_MEASURES_BEFORE.search(
            doc.norm, max(0, place.start - _EU_MEASURES_REACH), place.start
        )
    ):
        return True
    if (
        sanctions
        and _SANCTIONS_BEFORE.search(doc.norm, max(0, place.start - 24), place.start)
        and (place.code in _SANCTIONING or _AGAINST_AFTER.match(doc.norm, place.end))
    ):
        return True
    if (
        sanctions
        and _SANCTIONS_BY.search(doc.norm, max(0, place.start - 80), place.start)
        # not "sanctions on dairy imposed by Russia, parcels are refused at import": the
        # country that bans what it receives is where the parcels go
        and not _IMPORT_WORD.search(doc.norm, *doc.sentence_of(place.start))
    ):
        return True
    if _LAW_NUMBER_AFTER.match(doc.norm, place.end) and _LEGAL_BEFORE.search(
        doc.norm, max(0, place.start - 30), place.start
    ):
        return True
    return doc.norm.startswith(")", place.end) and bool(
        _LEGAL_CITATION.search(doc.norm, max(0, place.start - 30), place.start)
    )


# A stop that goes on ("Bhutan remains suspended", "bleiben weiterhin ausgesetzt", "仍暂停"): the
# place is not what the notice changes. Read on normalised text (lower case, no accents), in
# the words right before each word of suspension the kinds lexicon found.
_STANDING_BEFORE = word_start(
    rf"\b{STANDING_WORDS}\s+(?:[^\W\d_]+\s+){{0,3}}$|{AS_BEFORE_A_STOP}|"
    r"仍然?$|继续$|繼續$|引き続き.{0,8}$|"
    # Ukrainian and Russian "for now" right before a refusal ("поки не приймаються": not
    # accepted yet)
    r"\b(?:поки|пока)\s+$"
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


_ROUTE = lazy_compile(r"^(?:-|\u2013| ?\u2192 ?| ?-> ?)$")  # "Schweiz-USA", "UK -> US"
_ROUTE_LONGEST = 4  # " -> ": a longer gap is no route


# A place the mail goes on from: "to Poland, from where it travels onward", "до Польщі, звідки
# вона прямує далі", "jusqu'en Pologne, d'où il poursuit sa route" (read on normalised text)
_FROM_THERE = lazy_compile(
    r"\s*,?\s*(?:from where|from there|whence|d'ou|von wo|von dort|desde donde|desde alli|"
    r"de donde|da dove|da li|vanwaar|waarvandaan|vandaar|de onde|skad|stamtad|odkud|odtud|"
    r"varifran|darifran|hvorfra|derfra|mista|sielta|откуда|оттуда|звідки|звідти|"
    # Persian and Arabic "and from there": 'به ترکیه و از آنجا با پرواز به مقصد نهایی'
    # (in the normal form)
    r"(?:و\s*)?از انجا|ومن هناك)\b"
)
_ONWARD = lazy_compile(
    r"\b(?:onwards?|forwarded|carried on|sent on|travels? on|goes on|weitergeleitet|"
    r"weiterbefordert|weiter nach|weiter in|poursui\w+ (?:sa|leur) route|achemin\w+ vers|"
    r"continu\w+ (?:hacia|hasta|por|su camino|verso|fino|para|ate|ao)|sigue\w* (?:hacia|hasta|"
    r"su camino)|prosegu\w+|inoltrat\w+|doorgestuurd|verder naar|seguem para|segue para|"
    r"encaminhad\w+|dalej|dale|vidare|videre|eteenpain|далее|дальше|далі|"
    r"to (?:its|their|the) (?:final )?destinations?|"
    # "to the final destination" in Persian and Arabic ("به مقصد نهايي", "الي وجهتها النهائية")
    r"به مقصد(?:\u200c?هاي)? نهايي|الي (?:الوجهة|وجهتها) النهائية)\b"
)
_ONWARD_REACH = 80
# "already prohibited" before a worldwide scope: a standing ban the notice adds to (not "already
# resumed", which is its news)
# (or "still": "Rappel : les batteries au lithium ... restent interdites vers toutes les
# destinations", a reminder beside the news)
_ALREADY = lazy_compile(
    rf"\b(?:{ALREADY_WORDS}|{STANDING_WORDS})\s+"
    r"(?:\w+\s+){0,2}?(?:prohibit\w*|banned|forbidden|excluded|not allowed|vietat\w*|"
    r"verboten\w*|untersagt\w*|interdit\w*|prohibid\w*|proibid\w*|verboden|forbjudn\w*|"
    r"forbudt\w*|zakazan\w*|zakázan\w*|запрещен\w*|заборонен\w*)\b"
)


# Spanish, Portuguese and Italian "from" right before a place: "de China a México"
_ROMANCE_FROM = lazy_compile(r"\b(?:de|desde|da|dal|dalla|dallo)\s+(?:la\s+|el\s+|los\s+|o\s+)?$")


def _czech_from(doc: Doc, place_role: Role) -> bool:
    """The role came from Czech or Slovak "z", "ze" or "zo" (from) right before the place."""
    cue = place_role.cue
    if cue is None:
        return False
    if doc.norm.startswith(("z ", "ze ", "zo "), cue[0]):
        return True
    # a long cue that ends in "z": "zboží pocházející z Číny a Vietnamu" (from both)
    return place_role.cue_end > cue[0] and doc.norm[cue[0] : place_role.cue_end].rstrip().endswith(
        (" z", " ze", " zo")
    )


def _onward_from(norm: str, end: int) -> bool:
    """Whether the place ending at ``end`` is one the mail goes on from."""
    m = _FROM_THERE.match(norm, end)
    if m is None:
        return False
    stop = min(len(norm), m.end() + _ONWARD_REACH)
    for mark in ".;\n":
        k = norm.find(mark, m.end(), stop)
        if k >= 0:
            stop = k
    return _ONWARD.search(norm, m.end(), stop) is not None


_ROW_SEPARATORS = (" \u2014 ", " \u2013 ", " | ", "\t", " - ")
# Countries whose names are also given names: "said Chad Morrison" names a person.
_GIVEN_NAMES = frozenset(("TD", "JO", "GE", "MU"))
_BY_PERSON = lazy_compile(r"\b(?:posted|written)\b[^.\n]{0,30}\bby\s+$")  # "posted ... by Chad"
_PERSON_AFTER = lazy_compile(
    r" (?!(?:Post|Customs|and|Airways|Airlines|Telecom|Bureau|Revenue|Authority|Ministry|"
    r"National|Government|Railways|Times|Standard|Red|Central|State|Institute|Agency|Office|"
    r"Chamber|Embassy|Airport|University|Is|Has|Will|The)\b)[A-Z][a-z]+\b"
)
_NAME_GOES_ON = lazy_compile(r"[ -](?!(?:Island|Islands)\b)[A-Z]")
# Hebrew "to" and "from" written onto a name, alone or after "and" (ו): the longer first
_HEBREW_CUES = (
    ("\u05d5\u05dc", STRONG),
    ("\u05d5\u05de", ORIGIN),
    ("\u05dc", STRONG),
    ("\u05de", ORIGIN),
)


_HEBREW_EVERYWHERE = (" \u05d1\u05e2\u05d5\u05dc\u05dd", ' \u05d1\u05d7\u05d5"\u05dc')


def _hebrew_prefix_role(norm: str, place: Place, names: frozenset[str]) -> str | None:
    """The role a Hebrew prefix gives a name ("לקנדה" to Canada, "מסין" from China), when the
    rest is the name itself (not "לבנון", Lebanon, which starts with the letter of "to")."""
    first = norm[place.start : place.start + 1]
    if not "\u05d0" <= first <= "\u05ea":
        return None
    text = norm[place.start : place.end]
    if place.code == WORLD and text.startswith("\u05dc"):
        # "לכל היעדים" (to all destinations): the world's name holds its "to"; not "לכל
        # היעדים באסיה", all destinations in Asia ("בעולם", in the world, and 'בחו"ל',
        # abroad, are everywhere)
        in_region = norm.startswith(" \u05d1", place.end) and not norm.startswith(
            _HEBREW_EVERYWHERE, place.end
        )
        return None if in_region else STRONG
    for prefix, role in _HEBREW_CUES:
        if text.startswith(prefix) and text[len(prefix) :] in names:
            before = norm[max(0, place.start - 40) : place.start]
            if _HEBREW_EXCEPT.search(before):
                return EXCLUDED  # "למעט לרוסיה ולבלארוס": all countries except these
            if _HEBREW_RELATION.search(before):
                return None  # "בדומה לצרפת": like France, no place of the change
            return role
    return None


# "except (to)": the places after it are left out of the change ("לכל המדינות למעט לרוסיה")
_HEBREW_EXCEPT = re.compile(
    "(?:\u05dc\u05de\u05e2\u05d8|\u05e4\u05e8\u05d8|\u05d7\u05d5\u05e5)(?:\\s+[^\\s,.;:]+){0,3}\\s+$"
)
# "like", "unlike", "regarding", "in relation to", "further to", "than", "as": a comparison
_HEBREW_RELATION = re.compile(
    "(?:\u05d1\u05d3\u05d5\u05de\u05d4|\u05d1\u05e0\u05d9\u05d2\u05d5\u05d3|"
    "\u05d1\u05e0\u05d5\u05d2\u05e2|\u05d1\u05d9\u05d7\u05e1|\u05d1\u05d4\u05de\u05e9\u05da|"
    "\u05de\u05d0\u05e9\u05e8|\u05db\u05de\u05d5)(?:\\s+[^\\s,.;:]+){0,2}\\s+$"
)


# An event named with its place in a title: "Streik in Belgien:", "séisme en Turquie"
_EVENT_IN_BEFORE = lazy_compile(
    r"\b(?:\w*streik\w*|strikes?|wars?|krieg|guerre|guerra|wojn\w*|войн\w*|війн\w*|"
    r"earthquakes?|erdbeben|seismes?|terremoto|sismo|deprem|floods?|flooding|hochwasser|"
    r"inondations?|alluvion\w*|inundacion\w*|hurricanes?|cyclones?|typhoons?|storms?|"
    r"unwetter|eruption|vulkanausbruch|greves?|huelgas?|scioper\w*|stakingen|staking|"
    r"strajk\w*|conflicts?|konflikt|conflit|conflicto|unrest|unruhen)\s+"
    r"(?:in|en|im|au|aux|em|no|na|nel|nella|w|we|в|у)\s+(?:the\s+|der\s+|la\s+|le\s+|l'|el\s+)?$"
)
# An event's place in Chinese, Japanese and Korean: "受冰島火山灰影響", "アイスランドの火山噴火の
# 影響", "아이슬란드 화산 폭발의 영향으로" (affected by, because of)
_CJK_CAUSE_AFTER = lazy_compile(
    r"[^\n，。、,.;；：:！？]{0,12}?(?:影響|影响|の影響|의 영향|영향으로)"  # (Korean is spaced)
)
_CJK_AFFECTED_BY = ("受", "受到")


def _cjk_cause(norm: str, place: Place) -> bool:
    """Whether ``place`` is where an event happens that affects mail, in a CJK phrase."""
    m = _CJK_CAUSE_AFTER.match(norm, place.end)
    if m is None:
        return False
    tail = m.group()
    return tail.endswith(("の影響", "의 영향", "영향으로")) or (
        norm.endswith(_CJK_AFFECTED_BY, 0, place.start)
        and not norm.endswith("接受", 0, place.start)  # "接受美國…" (accept), no "受" (by)
    )


# A heading line of its own that leaves out what its list names: "Not available", "Exceptions",
# "Nicht betroffen", "Non concernés" (norm: accents folded, lower case)
_BARE_NOT_HINTS = ("not available", "not affected", "not included", "exception", "exclusion",
                   "excluded", "nicht betroffen", "ausgenommen", "ausnahmen", "non concern",
                   "no disponible", "no afectad", "non disponibil", "niet beschikbaar")  # fmt: skip
_BARE_NOT_HEAD = lazy_compile(
    r"\s*(?:not available|not affected|not included|exceptions?|exclusions?|excluded|"
    r"nicht betroffen|ausgenommen|ausnahmen|non concernes?|no disponibles?|no afectados?|"
    r"non disponibil[ei]|niet beschikbaar)\s*"
)


def _bare_not_heads(doc: Doc) -> set[tuple[int, int]]:
    """The body's lines that are such a heading and nothing else, a section's head: a blank
    line above it and a bulleted item below it (not a table's status under its place:
    "Libanon" / "Nicht betroffen" / "Iran")."""
    out: set[tuple[int, int]] = set()
    starts = doc.line_starts
    for k, a in enumerate(starts):
        if a <= doc.title_end or k + 1 >= len(starts):
            continue
        lo, hi = doc.line_of(a)
        if hi - lo > 24 or not _BARE_NOT_HEAD.fullmatch(doc.norm, lo, hi):
            continue
        above = doc.full[slice(*doc.line_of(starts[k - 1]))].strip()
        below = doc.full[slice(*doc.line_of(starts[k + 1]))].strip()
        if not above and strip_bullet(below)[1]:
            out.add((lo, hi))
    return out


# Before a phrase of service as usual, what turns it: "nicht wie üblich", "не так быстро, как
# обычно", "only documents remain available"
_NOT_BEFORE = lazy_compile(
    r"\b(?:not|nicht|non|no|niet|nie|nao|não|не|ні|only|nur|seulement|solo|sólo|somente|alleen|"
    r"tylko|только|лише)\b(?:\s+(?!(?:and|und|et|y|e|i|и|but|aber|mais|pero|ma)\b)\w+){0,2}[\s,]*$"
)
# the phrases of being left out that an "until" after them makes a delay of the rule
_FOR_A_TIME = frozenset(("are exempt", "is exempt", "are not covered", "is not covered"))
_UNTIL_AFTER = lazy_compile(rf"\s+(?:until|till)\s+(?:the\s+)?(?:\d|{MONTH})")
# the phrases a word before turns ("nicht wie üblich"; not "non cambia nulla", which says it
# with the "non")
_TURNED_BY_NOT = frozenset(
    normalize(p)
    for p in (
        "as usual", "wie üblich", "wie gewohnt", "как обычно",
        "як зазвичай", "come al solito", "come di consueto", "como de costumbre",
        "como es habitual", "comme d'habitude", "zoals gebruikelijk", "jak zwykle",
        "jak dotychczas", "remain available", "remains available", "sent as before",
        "accepted as before", "delivered as before",
    )
)  # fmt: skip
# "Streik in Finnland: Verzögerungen auch für Estland": the event's country is hit too
_ALSO = lazy_compile(
    r"\b(?:also|auch|aussi|tambien|también|anche|ook|rowniez|również|tambem|também)\b"
)
# "South Island", "Prince Edward Island": an island, not Iceland (German "Island").
_ISLAND_NAME = lazy_compile(r"[A-Z][\w'-]*\s$")
_OVERSEAS_ONLY = lazy_compile(
    r"\s*(?:(?:d['\u2019]|de l['\u2019])\s*outre[- ]mer\b|"
    # "all destinations listed above": the places named, not every place
    r"(?:which are |that are )?(?:listed|mentioned|named|shown|above|below)\b|"
    r"(?:aufgef[uü]hrt|genannt|oben|unten)\w*|(?:mentionn|cit|indiqu)[ée]e?s ci|ci-dessus|"
    r"ci-dessous|(?:mencionad|indicad|listad)[oa]s (?:arriba|abajo))"
)
# the words of _SEE_PAGE's pointer to a tool ("For delivery standards ..., use Find a rate",
# "To check the limit for any destination, use our calculator")
_TOOL_HINTS = (
    "delivery standards", "delivery times", "transit times", "rates", "prices", "postage",
    "to check", "to find out", "to look up", "to confirm",
)  # fmt: skip
# the words of _SEE_PAGE's question to a page ("Customers with questions about mail to Puerto
# Rico should refer to the domestic alerts page")
_ASKED_HINTS = ("questions about", "questions on", "questions regarding", "enquiries about",
                "enquiries on", "enquiries regarding", "inquiries about", "inquiries on",
                "inquiries regarding")  # fmt: skip
# the words of the pointer to a site named by its address ("Les mer om ... på posten.no"; not
# "las mercancías", "les mercredis")
_READ_MORE_HINTS = ("read more", "learn more", "find out more", "las mer ", "læs mere", "les mer ",
                    "lees meer")  # fmt: skip
# Between "all countries" and a region they belong to: "of the", "in", "der", "i", "w"
_OF_REGION = lazy_compile(
    r"\s*(?:(?:of|in|within|der|in der|de la|della|des|del|van de|i|w|в|у|по|τησ|των|din|от)\s+|"
    r"(?:de l|dell|dall)['\u2019]\s*|の)?(?:the\s+)?"
)
# "all countries in the EU and the rest of the world": every country after all
_AND_BEYOND = lazy_compile(
    r"\s+(?:and|und|et|y|e|en)\s+(?:the\s+)?(?:rest of the world|beyond|elsewhere|"
    r"other countries|all other countries|übrige welt|ubrige welt|reste du monde|resto del mundo|"
    r"resto del mondo)\b"
)


# A heading of its own over what does not change: "What's not changing", "Ce qui ne change pas"


def _paragraph_after(doc: Doc, line_start: int) -> int | None:
    """The index of the first non-empty line after the line at ``line_start`` when it is a
    paragraph (no bullet of a list) that does not turn to a change ("However, from 1 May
    ..."), else None."""
    starts = doc.line_starts
    for i in range(doc.line_index(line_start) + 1, len(starts)):
        a, b = doc.line_of(starts[i])
        item = doc.full[a:b].strip()
        if item:
            if strip_bullet(item)[1] or _TURNS_TO_CHANGE.search(doc.norm, a, b):
                return None
            return i
    return None


# "however", "but", or a date a change starts on: the paragraph speaks of a change too
_TURNS_TO_CHANGE = lazy_compile(
    r"\b(?:however|but|aber|jedoch|mais|cependant|pero|sin embargo|ma|tuttavia|maar|echter|"
    r"mas|porem|men|dock|однако|но|проте|але)\b|"
    r"\b(?:from|as of|starting|effective|ab|a partir d|desde|dal|vanaf|от|с|з)\s+\d"
)


# A sentence to call or write to: a contact word and a telephone number
_CONTACT_WORD = word_start(
    r"\b(?:hotline|helpline|call us|call|tel|горячая линия|гаряча лінія|infolinia|kontakt|"
    # (not the recipient's "phone number")
    r"phone(?!\s+number)|telephone(?!\s+number)|telefon(?!\w*nummer)\w*(?!\s+nummer)|"
    r"telefono(?!\s+numero)|телефон\w*(?!\s+номер)|"
    r"contact\w*|customer service|kundenservice|service client\w*|servicio al cliente|"
    r"servizio clienti|klantenservice)\b"
)
# (a number of seven digits or more, not a date: "0800 123 4567", "8 800 100-00-00")
_PHONE = lazy_compile(r"(?<![\d.,/-])\+?\d(?=(?:[ ()\-]?\d){6})[\d ()\-]{6,}\d(?![\d.,:/-])")
# dates and year ranges are no numbers to call: "2025-03-04", "the 2025-2026 tariff"
_ISO_DATE = lazy_compile(r"\d{4}-\d{2}-\d{2}|\d{4} ?- ?\d{4}")
_CONTACT_HINTS = ("hotline", "helpline", "call", "tel", "горяч", "гаряч", "infolinia", "kontakt",
                  "contact", "service", "servicio", "servizio")  # fmt: skip


# A street's number, a postcode and a town before the country of a postal address: "Taurus
# Avenue 111, 2132 LS Hoofddorp, ", "Str. 20, 53113 Bonn, ", "Street 1, London EC1A 1BB, ", on
# one line (not "Dezember 2025\nFrankreich, Italien")
_POSTCODE_TOWN_BEFORE = lazy_compile(
    # (the postcode after a street's number and a comma, and no year: not "From 1 May 2026
    # Germany, France and Italy require", not a list of delivery areas "9490 Vaduz,
    # Liechtenstein", not "Norway, 350 NOK, Switzerland")
    r"\d+[a-zA-Z]?, (?:(?!(?:19|20)\d\d\b)\d{3,6}(?:[ -]?[A-Z]{2})? +[A-Z][^\W\d_]+"
    r"(?:[ -][A-Z][^\W\d_]+){0,2}|"
    r"[A-Z][^\W\d_]+ +[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}), $"
)


def _in_contact_sentence(doc: Doc, pos: int) -> bool:
    """Whether the sentence at ``pos`` holds a contact word and a telephone number (each
    sentence tested once, the contact word first: most hold none)."""
    known: dict[int, bool] = doc.once("_contact_sentences", _no_sentences)
    a, b = doc.sentence_of(pos)
    found = known.get(a)
    if found is None:
        found = known[a] = _CONTACT_WORD.search(doc.norm, a, b) is not None and any(
            not _ISO_DATE.fullmatch(m.group()) for m in _PHONE.finditer(doc.full, a, b)
        )
    return found


def _no_sentences(doc: Doc) -> dict[int, bool]:
    return {}


# "not" and "affected" with the cause between them (the plain phrases are in cues.yaml)
_NOT_AFFECTED_GAPPED = lazy_compile(
    r"\b(?:nicht|niet|ikke|inte)\s+(?!(?:nur|alleen|bara|bare|kun|blot)\b)"
    r"(?:[^\W\d_]+\s+){1,4}(?:betroffen|getroffen|beinvloed|berort|berord|berorda|berørt|"
    r"berørte|paverkade?|paverkas)\b|"
    # Czech and Slovak: "Zásilky do Švédska nejsou touto změnou dotčeny"
    r"\b(?:nejsou|neni|nebudou|nebude|nie su|nie je|nebudu)\s+(?:[^\W\d_]+\s+){1,3}"
    r"(?:dotcen|dotknut)\w*"
)
_NOT_AFFECTED_HINTS = ("betroffen", "getroffen", "beinvloed", "berord", "berort", "berørt",
                       "paverka", "dotcen", "dotknut")  # fmt: skip


def find_destinations(
    doc: Doc,
    *,
    origin: str | None = None,
    customs: bool = False,
    carrier_site: bool = False,
    standing_counts: bool = False,
) -> DestinationResult:
    """Destination codes with evidence; an empty list when the notice names none.
    ``carrier_site``: the source is a carrier's site for its ``origin`` country, which speaks of
    shipments into that country as much as out of it.
    ``standing_counts``: the places of a stop that goes on ("Yemen remains suspended") are
    destinations too, as in a notice of suspensions; else they are not what the notice
    changes (a resumption that names the places still suspended)."""
    exports = False
    if customs and (
        _EXPORT_TITLE.search(doc.norm, 0, doc.title_end) or doc.holds_any(_EXPORT_WORDS)
    ):
        # "Russland: Verbot der Ausfuhr von Luxusgütern": customs on exports, whose places are
        # where the goods go, as in any other notice
        customs = _IMPORT_TITLE.search(doc.norm, 0, doc.title_end) is not None
        exports = not customs
    gaz = gazetteer()
    places = gaz.find(doc.norm, doc.full)
    if origin is not None and " (" in doc.full:
        # "entregue em Salvador (BA)": a town of the source's own country, not El Salvador
        places = [
            Place(p.start, p.end, origin) if _qualified_town(doc, p, origin) else p for p in places
        ]
    rows = unmarked_rows(doc)
    if rows and marked_row_names_place(doc, [p.start for p in places]):
        # "Haiti | Suspended" beside "Vanuatu | Delays – NEW": not this notice's news
        places = [p for p in places if doc.line_of(p.start) not in rows]
    cue_matcher = _cues()
    found = lexicon.matches(doc, "destinations")
    authorities = [
        Match(m.start, m.end, m.value[1], m.key) for m in found if m.value[0] == "authority"
    ]
    heads = [m for m in found if m.value[0] == "head"]
    unaffected = [
        m
        for m in found
        if m.value[0] == "clause"
        and not (
            m.key in _TURNED_BY_NOT and _NOT_BEFORE.search(doc.norm, max(0, m.start - 28), m.start)
        )
        # "New Zealand is exempt until 1 December, when the same rule applies": for a time
        and not (m.key in _FOR_A_TIME and _UNTIL_AFTER.match(doc.norm, m.end))
    ]
    # "operating as normal" is read as a kind of change (one automaton keeps the longer phrase)
    # (not "earlier posting deadlines apply to Australia": the last days to post)
    posting = lexicon.posting_date_phrases()
    unaffected += [
        m
        for m in lexicon.matches(doc, "kinds")
        if m.value == "informational" and m.key not in posting
    ]
    standing = [] if standing_counts else _standing_stops(doc)
    unaffected += standing
    if doc.holds_any(_NOT_AFFECTED_HINTS):
        # "nicht vom Streik betroffen", "niet door de stakingen getroffen"
        unaffected += [
            Match(m.start(), m.end(), UNAFFECTED, "not affected")
            for m in _NOT_AFFECTED_GAPPED.finditer(doc.norm, doc.title_end)
        ]
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
    if doc.holds_any(UNCHANGED_HEAD_HINTS):
        # "Ce qui ne change pas" over "- Les envois vers l'Irlande restent des envois intra-UE"
        left_lines |= {doc.line_index(a) for a, _ in unchanged_items(doc)}
        unchanged = unchanged_heads(doc)
        # or the paragraph right under it: "What isn't changing" / "Orders to the UK, the EU and
        # Norway are handled the way they are today."
        left_lines |= {i for a, _ in unchanged if (i := _paragraph_after(doc, a)) is not None}
    if doc.holds_any(_BARE_NOT_HINTS):
        # "Not available" over "• Cyprus and Malta, because parcels travel by air": a heading
        # of its own, no colon, over the places left out
        left_lines |= {doc.line_index(a) for a, _ in list_under(doc, _bare_not_heads(doc), True)}
    n = len(doc.norm)
    contact = doc.holds_any(_CONTACT_HINTS)

    roles: list[Role] = []
    prev: Role | None = None
    region_role: str | None = None  # the role of "all countries" before "of the EU"
    windows = [(max(0, p.start - 60), min(n, p.end + 30)) for p in places]
    all_cues = cue_matcher.find_in_spans(doc.norm, doc.full, windows)
    cue_starts = [c.start for c in all_cues]
    quiet = _quiet_sentences(doc, unaffected) if unaffected else set()
    links = link_spans(doc)
    crumbs = breadcrumbs(doc)
    norm = doc.norm
    facility = doc.holds_any(_FACILITY_HINTS)
    sanctions = doc.holds_any(_SANCTION_HINTS)
    outside = doc.holds_any(OUTSIDE_HINTS)  # "outside the EU" (_non_before)
    for k, (place, (a, b)) in enumerate(zip(places, windows, strict=True)):
        i, j = bisect_left(cue_starts, a), bisect_left(cue_starts, b)
        cues = [c for c in all_cues[i:j] if c.end <= b] if i < j else []
        role = _before_role(doc, place, cues, doc.sentence_of(place.start)[0]) if cues else None
        short = _short_before(doc, place)
        short_at = short.cue[0] if short is not None and short.cue is not None else -1
        if (
            role is not None
            and role.role == ORIGIN
            and prev is not None
            and role.cue is not None
            and role.cue_end <= prev.place.start
            and prev.role == ORIGIN
            and prev.cue_end == role.cue_end  # the same cue took the nearer place
            # not a region or "third countries" with examples: "vanuit een EU-land, zoals
            # Polen", "d'un pays tiers (notamment de Chine)"
            and prev.place.code[0] not in "@*"
            and not _GLUE.match(doc.norm[prev.place.end : place.start])
        ):
            # "merci originarie di Cina spedite negli Stati Uniti", "zboží pocházející z Číny
            # zasílané na Slovensko": the cue is the nearer place's, past it a new phrase
            role = None
        if role is not None:
            role.source = "before"
        if (
            short is not None
            and (role is None or short_at >= role.cue_end)
            # not past an exclusion's object: "the changes do not apply to sales to Norway"
            and not (
                role is not None
                and role.cue is not None
                and role.role in (EXCLUDED, UNAFFECTED)
                and exclusion_object(
                    doc, role.cue[0], role.cue_end, short_at, doc.sentence_of(place.start)[0]
                )
            )
        ):
            role = short
            role.source = "before"
            if (
                prev is not None
                and prev.role in (EXCLUDED, UNAFFECTED)
                and (
                    _GLUE.match(gap := doc.norm[prev.place.end : short_at]) or _LIST_GLUE.match(gap)
                )
            ):
                # "ni à la Guinée ni à la Guinée-Bissau", "nem para a República da Irlanda"
                role.role = prev.role
            elif (
                prev is not None
                and doc.norm[short_at : short_at + 2] == "a "
                and not doc.norm[prev.place.end : short_at].strip(" ,")
                and (
                    # not Spanish "de China a México": from one to the other
                    (
                        prev.role in (STRONG, NEUTRAL)
                        and not _ROMANCE_FROM.search(
                            norm, max(0, prev.place.start - 16), prev.place.start
                        )
                    )
                    # "z Německa a Slovenska": from both
                    or (prev.role == ORIGIN and _czech_from(doc, prev))
                )
            ):
                # "Japonsko, Kanada a Spojené státy": Czech and Slovak "a" is "and", not "to"
                role.role = prev.role
                role.source = "glue"
            elif (
                prev is not None
                and prev.role in (NAME, ORIGIN)
                and doc.norm[short_at : short_at + 2] == "a "
                and _OR_ARTICLE_GAP.match(doc.norm[prev.place.end : short_at])
            ):
                # "(como a China, os Estados Unidos, o Reino Unido ou a Suíça)": the article
                # after "or" in a list of examples of where goods come from
                role.role = prev.role
                role.source = "glue"
        if (
            role is None
            and _IN_BEFORE.search(norm, max(0, place.start - 12), place.start)
            and (sellers := _FROM_SELLERS_IN.search(norm, max(0, place.start - 50), place.start))
            and (prev is None or prev.place.start < sellers.start())
            # Romanian "trimiterea de colete în Israel": "de" is "of", "în" the place sent to
            and "\u00ee" not in doc.full[sellers.start() : place.start]
            # "bei Händlern in China" only for what is bought there ("... bestellt")
            and (
                not norm.startswith("bei", sellers.start())
                or _BOUGHT.search(norm, place.end, doc.sentence_of(place.start)[1]) is not None
            )
        ):
            # "from webshops in China"; not "from outside the European Union into the EU"
            role = Role(place, ORIGIN, (place.start, place.end), source="before")
        if (
            role is None
            and "," in norm[max(0, place.start - _ORIGIN_EXAMPLES_REACH) : place.start]
            and _ORIGIN_EXAMPLES.search(
                norm, max(0, place.start - _ORIGIN_EXAMPLES_REACH), place.start
            )
        ):
            # "procedentes de países con los que México no tiene tratado comercial, como China":
            # an example of the countries goods come from
            role = Role(place, ORIGIN, (place.start, place.end), source="before")
        if role is None and place.end > place.start and doc.norm[place.end - 1] >= "\uac00":
            role = _korean_particle(doc, place)
        if role is None and (
            doc.norm.endswith(SUFFIX_ORIGIN_END, place.start, place.end)
            or ORIGIN_COMPOUND.match(doc.norm, place.end)
        ):
            role = suffix_case(doc, place)
        if role is None and doc.norm.endswith(SUFFIX_TO_END, place.start, place.end):
            role = suffix_to(doc, place)
        if role is None and doc.full.startswith(
            ("'", "\u2019", " ülke", " ulke", " Ülke"), place.end
        ):
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
                and (
                    _GLUE.match(doc.norm[prev.place.end : place.start])
                    # "remetentes da China, da Malásia e de Taiwan": "from" said again
                    or (prev.role == ORIGIN and _FROM_AGAIN.match(gap_orig))
                )
                # "Հայաստանից Ռուսաստան" (from Armenia to Russia): a "from" written on the name,
                # then the next name with only a space between, is where it goes
                and not (
                    prev.role == ORIGIN
                    and not gap_orig.strip()
                    and doc.norm.endswith(SUFFIX_ORIGIN_END, prev.place.start, prev.place.end)
                )
                # "מישראל לכל היעדים" (from Israel to all destinations): a Hebrew name with its
                # "to" written on it goes where the mail goes
                # (the letter that starts "לבנון", Lebanon, is no "to")
                and not (
                    prev.role == ORIGIN
                    and doc.norm.startswith("\u05dc", place.start)
                    and (place.code == WORLD or norm[place.start + 1 : place.end] in gaz.names)
                )
                # "for goods from an EU member state, Norway requires ...": a new subject
                and not (
                    prev.role == ORIGIN
                    and _MEMBER_GAP.search(gap_orig)
                    # "din România și celelalte state membre ale UE către SUA": one more origin
                    and not _OTHER_MEMBERS_GAP.match(doc.norm, prev.place.end, place.start)
                )
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
            # (a place glued to the one before that names an operator is that operator: "... to
            # the US. Hongkong Post will")
            if (
                role is None
                or role.role != STRONG
                or after.role != OPERATOR
                or role.source == "glue"
            ):
                role = after
                role.source = "after"
        if role is not None and role.role == STRONG and _onward_from(norm, place.end):
            # "by road to Poland, from where it travels on": a stage on the way, not the end
            role = Role(place, TRANSIT, (place.start, place.end), source="onward")
        if (
            role is not None
            and role.role == STRONG
            and place.code == WORLD
            and _ALREADY.search(
                norm, max(doc.sentence_of(place.start)[0], place.start - 60), place.start
            )
        ):
            # "they add to the items already prohibited to all destinations": what holds, not
            # what changed
            role = Role(place, NAME, (place.start, place.end), source="already")
        if (role is None or role.role == NEUTRAL) and (
            prefixed := _hebrew_prefix_role(norm, place, gaz.names)
        ):
            # "לצרפת" (to France), "ומסין" (and from China): Hebrew writes the cue onto the name
            role = Role(place, prefixed, (place.start, place.end), source="before")
        if (
            role is None
            and doc.in_title(place.start)
            and _EVENT_IN_BEFORE.search(norm, max(0, place.start - 40), place.start)
            and any(doc.in_title(q.start) and q.code != place.code for q in places)
            and not _ALSO.search(norm, place.end, doc.title_end)
        ):
            # "Bahnstreik in Deutschland: Verzögerungen bei Sendungen nach Skandinavien": where
            # the event is, beside the places the title sends mail to
            role = Role(place, NEUTRAL, (place.start, place.end), source="cause")
        if role is None and _cjk_cause(norm, place):
            # "受冰島火山灰影響" (affected by Iceland's volcanic ash): where the event is
            role = Role(place, NEUTRAL, (place.start, place.end), source="cause")
        if role is None:
            role = _structural_role(doc, place, list_lines)
        if role is None:
            role = Role(place, NEUTRAL, (place.start, place.end), source="neutral")
        if place.code in _GIVEN_NAMES and (
            (role.role == NEUTRAL and _PERSON_AFTER.match(doc.full, place.end))
            or _BY_PERSON.search(doc.full, max(0, place.start - 48), place.start)
            # French "Maurice" before a name of its own: "Maurice River Township", "Centre
            # Maurice-Richard", "Maurice Dupont"
            or (
                doc.full.startswith("Maurice", place.start)
                and _NAME_GOES_ON.match(doc.full, place.end) is not None
            )
        ):
            role = Role(place, NAME, (place.start, place.end), source="person")
        if (
            role.role in (STRONG, NEUTRAL)
            and doc.full.startswith(", ", place.start - 2)
            and _POSTCODE_TOWN_BEFORE.search(doc.full, max(0, place.start - 60), place.start)
        ):
            # "Taurus Avenue 111, 2132 LS Hoofddorp, Netherlands": the sender's own address
            role = Role(place, NAME, (place.start, place.end), source="address")
        if role.role == STRONG and contact and _in_contact_sentence(doc, place.start):
            # "Горячая линия: 8 800 100-00-00 (бесплатно по России)": a call, not mail
            role = Role(place, NEUTRAL, (place.start, place.end), source="contact")
        if (
            place.code == "IS"
            and doc.full.startswith("Island", place.start)
            and _ISLAND_NAME.search(doc.full, max(0, place.start - 30), place.start)
        ):
            role = Role(place, NAME, (place.start, place.end), source="island")
        if _non_before(norm, place.start, place.code.startswith("@"), outside) or _no_place_after(
            norm, place, role.role
        ):
            role = Role(place, NAME, (place.start, place.end), source="no_place")  # "non-EU"
        elif place.code.startswith("@") and (
            _INSTITUTION_AFTER.match(norm, place.end)
            or _territory_owner(doc, place)
            or _SANCTIONS_OF_BEFORE.search(norm, max(0, place.start - 40), place.start)
            or _MEMBERSHIP_BEFORE.search(norm, max(0, place.start - 30), place.start)
            or (
                role.role == NEUTRAL
                and _INSTITUTION_BEFORE.search(norm, max(0, place.start - 30), place.start)
            )
            or (
                role.role == NEUTRAL
                and origin in gaz.regions.get(place.code, ())
                and _LAW_OF_BEFORE.search(norm, max(0, place.start - 30), place.start)
            )
            or (
                role.role in (STRONG, NEUTRAL)
                and origin in gaz.regions.get(place.code, ())
                and _RULES_OF_BEFORE.search(norm, max(0, place.start - 40), place.start)
            )
        ):
            # "EU membership", "de Raad van de Europese Unie" (the Council of the EU decided),
            # "the UK-EU agreement", "part of the EU's customs territory"
            role = Role(place, NAME, (place.start, place.end), source="no_place")
        elif (
            role.source == "before"
            and role.role == STRONG
            and place.code.startswith("@")
            and (
                _RULES_AFTER.match(norm, place.end)
                or (
                    _STANDARD_AFTER.match(norm, place.end)
                    and role.cue is not None
                    and _MADE_TO.search(norm, max(0, role.cue[0] - 40), role.cue[0])
                )
            )
        ):
            # "changes to EU customs rules", "subject to EU safeguard measures": the rules'
            # maker, not where mail goes
            role = Role(place, NEUTRAL, (place.start, place.end), source="neutral")
        elif place.code == WORLD and (
            _no_destination(doc, place) or _OVERSEAS_ONLY.match(norm, place.end)
        ):
            # (and "toutes les destinations d'Outre-mer": France's own overseas places only)
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
            # (every member: "do wszystkich krajów UE, w tym do Polski i Irlandii" names two of
            # them as examples)
            source = "all_of" if region_role == STRONG else "before"
            role = Role(place, region_role, (places[k - 1].start, place.end), source=source)
            region_role = None
        if (
            role.role in (STRONG, NEUTRAL)
            # the bit test first: most notices name no law or sanction (the regexes of
            # _named_authority then cost nothing)
            and doc.holds_any(_AUTHORITY_HINTS)
            and _named_authority(doc, place, sanctions)
        ):
            role = Role(place, NAME, (place.start, place.end), source="authority")
        elif role.role in (STRONG, NEUTRAL) and _AIRLINES_AFTER.match(norm, place.end):
            # "the closure of Russian airspace to UK airlines": whose airlines, no destination
            role = Role(place, NAME, (place.start, place.end), source="airlines")
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
            if (
                sentence in quiet
                or (
                    _in_clause(doc, place, unaffected)
                    and not _changed_after(doc, place.end, sentence[1], _after_list(doc, places, k))
                )
                or _closing_bracket_unaffected(doc, place, sentence, unaffected)
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
                # "within Alaska or Hawaii": the list the first place opens
                or (
                    prev is not None
                    and prev.source == "domestic"
                    and role.cue is not None
                    and role.cue[0] <= prev.place.start
                )
            )
        ) and _DOMESTIC.search(norm, *doc.line_of(place.start)):
            # "lithium batteries may still be sent within New Zealand by road (domestic Parcel
            # Post)": the sender's own country, not where this change sends mail
            role = Role(place, NAME, (place.start, place.end), source="domestic")
        if links and in_spans(place.start, links):
            # "See also: Sending to Ukraine", "Other alerts: - Israel: delays": another page's
            role = Role(place, NAME, (place.start, place.end), source="link")
        elif crumbs and _site_step(doc, place, crumbs):
            # "Hermes Germany > Service > Service updates": the operator's site for a country
            role = Role(place, OPERATOR, (place.start, place.end), source="publisher")
        if (
            exports
            and role.role == STRONG
            and role.cue is not None
            and norm[role.cue[0] : role.cue_end] in scope_keys()
        ):
            # "Das Verbot gilt in allen Mitgliedstaaten der EU": where an export ban is enforced,
            # not where the goods go
            role = Role(place, NEUTRAL, role.cue, role.cue_end, source="scope")
        if (
            role.role == NEUTRAL
            and place.code == WORLD
            and norm.startswith(_TO_IN_NAME, place.start)
        ):
            # "寄往各国", "寄往海外": the world named with its "to" in one phrase
            role = Role(place, STRONG, (place.start, place.end), source="before")
        roles.append(role)
        prev = role

    if any(r.source == "onward" for r in roles) and not any(r.role == STRONG for r in roles):
        # the mail goes on from there, but the notice names no end of its way: keep the place
        for r in roles:
            if r.source == "onward":
                r.role = STRONG
    for_ = "for " in norm
    page = (
        "if you" in norm
        or (for_ and ("page" in norm or doc.holds_any(_TOOL_HINTS)))
        or ("page" in norm and doc.holds_any(_ASKED_HINTS))
    )
    read_more = doc.holds_any(_READ_MORE_HINTS)
    alert = for_ and doc.holds_any(_ALERT_HINTS) and doc.holds_any(_SEE_HINTS)
    elsewhere = doc.holds_any(_FOUND_VERBS)
    notice = doc.holds_any(SEE_NOTICE_VERBS)
    other = doc.holds_any(SEE_OTHER_HINTS)
    if page or alert or elsewhere or notice or other or read_more or "?" in norm:
        _see_page_pointers(doc, roles, page, alert, elsewhere, notice, other, read_more)
    if holds_questions(norm):
        _asked_sections(doc, roles)
        _answered_no(doc, roles, unaffected)
    _carry_back(doc, roles)
    entered_en_route(doc, roles, gaz.regions)
    if doc.holds_any(_EXAMPLE_ORIGIN_HINTS):
        origin_examples(doc, roles)
    if doc.holds_any(_THOSE_HINTS):
        origins_referred(doc, roles)
    _title_origins(doc, roles)
    if origin is None:  # (a known origin is blocked as such; the rule guesses it otherwise)
        _routes_home(doc, roles)
    if doc.holds_any(_SAME_HINTS):
        _same_as_before(doc, roles)
    if doc.holds_any(_INCLUDING_HINTS):
        _included_members(doc, roles)
    _over_entries(doc, roles)
    _quiet_headings(doc, roles, standing)
    _status_only_headings(doc, roles, unaffected)
    excepted_from_the_unaffected(doc, roles)
    if any(sep in doc.full for sep in _ROW_SEPARATORS):
        usual_rows(doc, roles)
    _drop_region_headers(doc, roles, gaz.regions)
    if doc.focus is not None:
        roles = [r for r in roles if doc.counts(r.place.start)]
    older = older_items_of_places(doc)
    if older:
        newer = [r for r in roles if not any(a <= r.place.start < b for a, b in older)]
        if any(
            r.role == STRONG or (r.role == NEUTRAL and r.place.code not in (WORLD, WORLD_WEAK))
            for r in newer
        ):
            # places of older items on a page of dated updates are history, also beside the
            # places the newest item names without a cue ("operations in Puerto Rico ...")
            roles = newer
    if doc.holds_any(_EXAMPLE_HINTS):
        # "Eksempel: En pakke til Sverige ...": a place in a worked example beside the notice's
        # own places is an example of them
        shown = {
            doc.sentence_of(r.place.start)
            for r in roles
            if _EXAMPLE_LEAD.match(doc.norm, doc.sentence_of(r.place.start)[0])
        }
        if shown:
            kept = [r for r in roles if doc.sentence_of(r.place.start) not in shown]
            if any(r.role == STRONG for r in kept):
                roles = kept
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
    result = _decide(
        doc, roles, gaz.regions, origin, customs, carrier_site, authorities, inbound, class_listed
    )
    result = drop_quiet_asides(doc, roles, result, gaz.regions)
    result = add_served_places(doc, roles, result, origin)
    result = add_bound_partners(doc, roles, result, origin, gaz.regions)
    result = add_counted_members(doc, roles, result, gaz.regions, origin)
    if standing:
        stopped = {doc.sentence_of(m.start) for m in standing}
        result.standing_stops = any(
            r.role == UNAFFECTED
            and (r.source == "list" or doc.sentence_of(r.place.start) in stopped)
            for r in roles
        )
    return result


# "ou", "e", "y", "o" between two names, the second with its article ("o Reino Unido ou a Suíça")
_OR_ARTICLE_GAP = lazy_compile(r"\s*,?\s*(?:ou|e|y|o)\s+$")
# the "to" a phrase of every destination starts with ("寄往各国", "寄往海外")
_TO_IN_NAME = ("寄往", "寄至", "发往", "發往", "寄達", "寄达")
# a two-letter code in brackets right after a name: "Salvador (BA)", "Georgia (GA)"
_CODE_IN_BRACKETS = lazy_compile(r" ?\(([A-Z]{2})\)")


# A sentence that opens a worked example: "Eksempel: ...", "Example: ...", "Beispiel: ..."
_EXAMPLE_HINTS = ("example", "eksempel", "exempel", "beispiel", "exemple", "ejemplo", "esempio",
                  "exemplo", "voorbeeld", "przyklad", "esimerkki", "priklad")  # fmt: skip
_EXAMPLE_LEAD = lazy_compile(
    r"\W*(?:example|for example|eksempel|exempel|beispiel|exemple|par exemple|ejemplo|"
    r"por ejemplo|esempio|ad esempio|exemplo|por exemplo|voorbeeld|bijvoorbeeld|przyklad|"
    r"esimerkki|priklad)\s*:"
)


def _qualified_town(doc: Doc, place: Place, origin: str) -> bool:
    """A name followed by the code of a state of the source's own country in brackets is a
    town there: "entregue em Salvador (BA)" (Bahia, Brazil), not El Salvador. The country's
    own codes stay the country ("Greece (EL)", "Northern Ireland (NI)")."""
    m = _CODE_IN_BRACKETS.match(doc.full, place.end)
    return (
        m is not None
        and m.group(1) != place.code  # "Norway (NO)", though NO is also Novara, Italy
        and place.code != origin
        and not place.code.startswith(("@", "*"))
        and _state_of(origin, m.group(1))
    )


@lru_cache(maxsize=256)
def _state_of(country: str, code: str) -> bool:
    """Whether ``code`` is a state or province of ``country`` (ISO 3166-2), read from pycountry
    only for the notices that write a code in brackets after a name."""
    import pycountry  # (loaded once, and only for these)

    return pycountry.subdivisions.get(code=f"{country}-{code}") is not None


def _title_origins(doc: Doc, roles: list[Role]) -> None:
    """A place the title names without a cue beside another one, and the body names only as
    where goods come from (each time), is that origin in the title too: "Reino Unido prohíbe
    ... productos lácteos de la UE" over "procedentes de países de la Unión Europea"."""
    titled = [r for r in roles if doc.in_title(r.place.start) and r.role == STRONG]
    if len({r.place.code for r in titled}) < 2:
        return
    title = doc.full[: doc.title_end].strip()
    body = [
        r
        for r in roles
        if not doc.in_title(r.place.start)
        # (not the title said again as the page's heading)
        and doc.full[slice(*doc.line_of(r.place.start))].strip() != title
    ]
    for r in titled:
        if r.source != "title":
            continue
        named = [b.role for b in body if b.place.code == r.place.code]
        if ORIGIN in named and all(role in (ORIGIN, TRANSIT) for role in named):
            r.role = ORIGIN


# one word of each opener of _same_as_before ("the same applies to", "dasselbe gilt für")
_SAME_HINTS = ("same", "also applies", "also true", "gilt", "gleiche", "meme", "vaut", "mismo",
               "stesso", "geldt", "mesmo", "samo")  # fmt: skip
# one in each way of saying it ("territori" for "y sus territorios (", "et ses territoires (")
_INCLUDING_HINTS = (
    "incl", "inkl", "einschl", "compr", "включ", "w tym", "wraz", "territori", "territoi",
    "gebiete", "gebieden", "vcetne", "vratane", "beleertve", "mukaan lukien", "含", "包括",
    "を含", "포함",
)  # fmt: skip


def _hyphen_chain(doc: Doc, first: Place, second: Place) -> bool:
    """ "Canada-United States-Mexico Agreement": three names joined are a name, not a route."""
    before = doc.full[max(0, first.start - 1) : first.start]
    after = doc.full[second.end : second.end + 2]
    return before in ("-", "\u2013") or (
        len(after) == 2 and after[0] in "-\u2013" and after[1].isalpha()
    )


# r"[.;:!?\n,()\uff0c\u3002\uff1b\uff1a\uff01\uff1f\uff08\uff09]|"
# r"(?i:\b(?:while|whereas|but|however|aber|während|mais|alors que|pero|mientras|ma|"
# r"mentre|maar|terwijl|mas|enquanto|но|а|але)\b)", written with every alternative opening
# with one plain character (the same matches, in the same order at each place), which lets
# the regex engine skip ahead
_CLAUSE_SPLIT = lazy_compile(
    literal_alternatives(
        ".;:!?\n,()\uff0c\u3002\uff1b\uff1a\uff01\uff1f\uff08\uff09\u060c\u061b\u0964"
    )
    + "|"
    + ignorecase_word_start(
        "(?:while|whereas|but|however|aber|während|mais|alors que|pero|mientras|ma|"
        "mentre|maar|terwijl|mas|enquanto|но|а|але)"
    )
    + r"|(?<!\w)(?:بينما|ولكن|لكن)(?!\w)"
)


_BRACKET_AFTER = lazy_compile(r"\s*[(\uff08][^()\uff08\uff09\n]{0,40}[)\uff09]")


_BUT_DELAYED = lazy_compile(
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
    if after is not None and after.group() == ",":
        # "priėmimas, kaip ir anksčiau, yra sustabdytas": the stop said as before, set off by
        # commas, is the clause's own
        for m in markers:
            if 0 <= m.start - after.end() <= 1 and _AS_BEFORE.match(doc.norm, m.start):
                hi = max(hi, m.end)
        # "Items to Luxembourg and the Netherlands, some of which are routed via Brussels, are
        # not affected": a relative clause set off by commas, then the place's own verb
        inserted = _RELATIVE_INSERTION.match(doc.norm, after.end())
        if inserted is not None:
            rest = _CLAUSE_SPLIT.search(doc.full, inserted.end(), inserted.end() + 120)
            hi = max(hi, rest.start() if rest else min(len(doc.norm), inserted.end() + 120))
    return any(lo <= m.start and m.end <= hi for m in markers)


# A relative clause between commas: ", some of which are routed via Brussels,", ", die über
# Brüssel geleitet werden,", ", qui transitent par Bruxelles,"
_RELATIVE_INSERTION = lazy_compile(
    r"\s*(?:(?:some|all|most|many|none|one) of (?:which|them|these)|which|who|die|welche|"
    r"qui|lesquels|lesquelles|que|los cuales|las cuales|che|i quali|le quali|dat|waarvan)\b"
    r"[^.;:!?\n,()]{1,80},"
)


_AS_BEFORE = lazy_compile(rf"{AS_BEFORE_WORDS}\b")


def _closing_bracket_unaffected(
    doc: Doc, place: Place, sentence: tuple[int, int], markers: list[Match]
) -> bool:
    """Whether the sentence of ``place`` closes with a bracket that says it is unaffected:
    "Items to the US already need electronic data (no change)", "（変更はありません）"."""
    full = doc.full
    for m in markers:
        if (
            place.end <= m.start < sentence[1]
            and full[m.start - 1 : m.start] in ("(", "\uff08")
            and full[m.end : sentence[1] + 1].strip() in _BRACKET_CLOSES
        ):
            return True
    return False


_BRACKET_CLOSES = frozenset((")", "\uff09", ").", "\uff09\u3002", ")\u3002", "\uff09."))


# A whole clause that says the one before it does not change: "; this is unchanged", "; nothing
# changes" (not "; this does not affect letters", which names what it spares)
_BACK_REFERENCE = lazy_compile(
    r"\s*(?:(?:this|that|it) (?:is|remains|stays)(?: still)? unchanged|nothing (?:changes|has "
    r"changed|will change)|(?:this|that) has not changed|(?:das|dies) (?:ist|bleibt) "
    r"unver[aä]ndert|daran [aä]ndert sich nichts|rien ne change|cela ne change pas|"
    r"ceci ne change pas|(?:esto|eso) no cambia|nada cambia|(?:questo|cio|ciò) non cambia|"
    r"nulla cambia|(?:dit|dat) (?:is|blijft) ongewijzigd|"
    r"(?:daar|hier|daaraan|er) verandert niets|(?:dort|hier) andert sich nichts|"
    r"nothing changes (?:there|here)|(?:isso|isto) n[aã]o muda|nada muda|"
    r"to sie nie zmienia|nic sie nie zmienia|(?:cela|ceci|ce point) (?:reste|demeure) inchange|"
    r"(?:esto|eso) sigue sin cambios|(?:das|dies) gilt unver[aä]ndert|(?:these|those|they) "
    r"(?:remain|are) unchanged|this remains the case)\s*(?:[.;!]|$)",
    re.M,
)


# A line that names a government and nothing else: the publisher of a press release
_GOVERNMENT_LINE = lazy_compile(
    r"\s*(?:the\s+)?(?:government|govt\.?|gobierno|gouvernement|governo|regierung|regering|rzad|"
    r"правительство|уряд)\s+(?:of\s+|de\s+|du\s+|de la\s+|des\s+|del\s+|della\s+|di\s+|van\s+|"
    r"von\s+|der\s+)?(?:the\s+)?[^\n.,;:!?]{2,40}?\s*|\s*[^\n.,;:!?]{2,30}?\s+सरकार\s*"
)
_GOVERNMENT_LINE_LONGEST = 60
# Words of mail that stays in the country: "within New Zealand by road (domestic Parcel
# Post)", "by road within Australia only; no international alternative"
_DOMESTIC = lazy_compile(r"\bdomestic\b|\bby road\b(?=[^.\n]*\binternational\b)")
# A carrier's own sites: "our regional hubs in", "the gateway at", "unser Drehkreuz in"
_FACILITY_HINTS = ("hub", "gateway", "sort", "drehkreuz", "zentr")
_FACILITY_BEFORE = lazy_compile(
    r"\b(?:hubs?|gateways?|sort(?:ing|ation) (?:centres?|centers?|facilit(?:y|ies))|"
    r"drehkreuz\w*|(?:paket|brief)zentr\w*)\s+(?:in|at|im|en|de|à|a)\s+(?:the\s+)?$"
)
_IN_BEFORE = word_start(
    rf"\b{by_first_letter('(?:in|en|em|na|no|nos|nas|uit|nel|nei|nella)')}\s+(?:\w+\s+)?$"
)
# Countries goods come from, told by a clause, then an example ("procedentes de países con los
# que México no tiene un tratado de libre comercio (por ejemplo, China)"; normalised)
_ORIGIN_EXAMPLES_REACH = 160
_ORIGIN_EXAMPLES = lazy_compile(
    r"\b(?:procedentes?|provenientes?|provenienti|originari[ao]s|originari|importad[ao]s|from|"
    r"originating in|"
    r"originaires?|en provenance)\s+(?:de\s+|des\s+)?(?:(?:los|les|the|otros|other)\s+)?"
    r"(?:paises|countries|pays|paesi|estados|states)\s+(?:con (?:los|las) (?:que|cuales)|"
    r"with which|avec lesquels|con i quali|that (?:do|have)|sin)\b[^.;:!?\n]{0,100}?"
    r"[,(]\s*(?:como|such as|comme|por ejemplo|p\.\s?ej\.|e\.g\.|for example|come|"
    r"ad esempio|par exemple)[\s,:]*$"
)
# "from webshops in China", "van webwinkels in China": where the goods come from
_FROM_SELLERS_IN = word_start(
    r"\b(?:from|van|aus|von|desde)\s+(?:[^\W\d]+\s+){1,3}(?:in|en|em|uit|nel|nei|nella)\s+"
    r"(?:the\s+|de\s+|het\s+|la\s+)?$|"
    # Romance "de" is mostly "of" ("seuil de franchise en Guadeloupe"): only before sellers
    r"\b(?:de|des|du|sur|da|das|do|dos|dal|dai)\s+(?:\w+\s+)?(?:tiendas?|lojas?|sites?|"
    r"sitios?|sito|siti|vendeurs?|vendedores|comerciantes|commercants|marchands?|boutiques?|"
    r"negozi|venditori|plataformas?|plateformes?|piattaforme)\s+(?:[^\W\d]+\s+){0,2}(?:en|em|in|na|no|nos|nas|nel|nei|"
    r"nella)\s+(?:de\s+|la\s+)?$|"
    # "wer bei Händlern in China bestellt": ordering at sellers there
    r"\bbei\s+(?:[^\W\d]+(?:ischen|landischen)\s+)?(?:handlern|"
    r"online handlern|onlinehandlern|shops|onlineshops|"
    r"online shops|anbietern|verkaufern|plattformen)\s+in\s+(?:den\s+|der\s+)?$"
)


def _site_step(doc: Doc, place: Place, crumbs: list[tuple[int, int]]) -> bool:
    """Whether ``place`` is named after other words in the first step of a breadcrumb line
    ("DHL Express Deutschland > Presse"): the site of the operator's branch, not a page about
    the place ("Home > Ukraine > Notice")."""
    for a, b in crumbs:
        if a <= place.start < b:
            first = doc.full.find(" > ", a, b)
            if first < 0:
                first = doc.full.find(" \u203a ", a, b)
            return place.end <= first and bool(doc.full[a : place.start].strip())
    return False


# the act of exporting (not "Ausfuhrkontrolle", "Hinweise für Exporteure")
_EXPORT_TITLE = lazy_compile(
    r"\b(?:(?:ausfuhr|export|exports|exportation|exportación|exportacion|esportazione|"
    r"uitvoer)\s+(?:von|nach|in|of|to|de|vers|des|du|di|verso|van|naar)\b|exporting\b|ausfuhrverbot\w*|"
    r"exportverbot\w*|export bans?\b|export controls?\b|export restrictions?\b|"
    r"interdiction d'export\w*|zakazy? wywozu\b|wywoz\w* do\b)"
)
# "you must submit an export declaration to Swedish Customs", "zakazy wywozu do Rosji" (export
# bans to Russia): the goods leave its country
_EXPORT_WORDS = (
    "export ban",
    "ausfuhrverbot",
    "exportverbot",
    "zakazy wywozu",
    "zakaz wywozu",
    "zakazu wywozu",
    # "Verboten ist insbesondere die Ausfuhr von Luxusgütern" (customs on sanctions)
    "ausfuhr von",
    "export of",
    "exportation de",
    "utførsel",  # Norwegian, Danish: export ("utførsel fra Norge skal deklareres")
    "udførsel",
    "export declaration",
    "ausfuhranmeldung",
    "declaration d'export",
    "exportaangifte",
    "exportdeklaration",
    "bill of export",
    "shipping bill",
    "vientiilmoitus",
    "수출신고",
    "수출기업",
    "輸出申告",
    "出口申报",
    "出口报关",
)
_IMPORT_TITLE = lazy_compile(
    r"\b(?:einfuhr\w*|import\w*|importation\w*|importaci\w*|importazion\w*|invoer\w*)"
)
_BOUGHT = lazy_compile(r"\b(?:bestell\w*|gekauft|kauf\w*|einkauf\w*|eingekauft)\b")
_ALERT_HINTS = ("alert", "advisor", "update", "notice")
_SEE_HINTS = ("see ", "visit", "check", "read ", "go to", "refer to")
# "the UK referendum on EU membership", "the EU's legislation", "the UK-EU agreement": the
# polity, not a place mail goes to
_INSTITUTION_AFTER = lazy_compile(
    r"(?:'s)?\s(?:membership|referendum|citizens|citizenship|mitgliedschaft|adhésion|adhesion|"
    r"membresía|membresia|agreement|treaty|negotiations|talks|abkommen|accordo|acuerdo|akkoord|"
    # its council or commission: "Europos Sąjungos Taryba pritarė", "EU-Kommission"
    r"council|commission|kommission|taryba|komisija|padome|noukogu|komisjon|consiliul|comisia|"
    # (Hungarian, with the possessive: "Az Európai Unió Tanácsa", "az Unió Bizottsága")
    r"tanacsa|bizottsaga|"
    # its ministers or leaders, its decision, its goods: "the decision of EU finance ministers",
    # "treated as EU goods"
    r"(?:finance |trade |foreign )?ministers|leaders|decision|goods)\b|"
    # its rules, not the place: "daar gelden voor goederen de EU-regels", "EU rules apply"
    r"(?:'s)?[\s-](?:rules|regels|regeln|regulations|legislation|law|wetgeving|vorschriften|"
    r"recht|richtlijnen|directive|directives)\b|"
    # "一部EUの規則が適用される", "欧盟法规"
    r"の?(?:規則|規定|ルール|法令|法規)|的?(?:规则|規則|法规|法規)"
)
# the region as the maker of sanctions: "14. Sanktionspaket der EU gegen Russland"
_SANCTIONS_OF_BEFORE = lazy_compile(
    r"\b(?:sanktionspaket\w*|sanktionen|sanctions? package|package of sanctions|sanctions|"
    r"paquete de sanciones|sanciones|pacchetto di sanzioni|sanzioni|sanctiepakket|sancties)\s+"
    r"(?:of|der|des|de|del|dell|della|van|imposed by|adopted by)\s*'?\s*"
    r"(?:(?:the|la|l|het|de)\s*'?\s*)?$"
)
# a body of the region named before it, or its airspace: its Council, Parliament or Court,
# "του εναέριου χώρου της Ευρωπαϊκής Ένωσης" (closed to Russian airlines)
_INSTITUTION_BEFORE = lazy_compile(
    r"(?:\b(?:council|parliament|court of justice|raad|parlement|rat|parlament|gerichtshof|"
    r"conseil|consejo|parlamento|consiglio|conselho|tribunal|airspace|luchtruim|luftraum|"
    r"espace aerien|espacio aereo|spazio aereo|espaco aereo)\s+"
    r"(?:of|van|der|des|de|del|dell|da|do)\s*'?\s*(?:(?:the|de|la|l|het)\s*'?\s*)?|"
    r"\bεναερι(?:ου|ο|οσ) χωρ(?:ου|ο|οσ) τησ\s+|\bвоздушн\w+ пространств\w+\s+|"
    r"\bповітрян\w+ простор\w*\s+)$"
)
# membership of a bloc, whatever the role: "Mali ... left ECOWAS", "quittent la CEDEAO"
_MEMBERSHIP_BEFORE = lazy_compile(
    r"\b(?:left|leave|leaves|leaving|withdrew from|withdraw from|withdrawal from|quit|joined|"
    r"quitte\w*|ont quitte|se retir\w*|verlassen|austritt aus)\s+(?:the\s+|la\s+|le\s+|l')?$"
)
# the bloc's law, to a publisher inside it: "в соответствии с правом ЕАЭС" (from Kazakhstan);
# not "parcels to the EU must meet the law of the EU" from Switzerland
_LAW_OF_BEFORE = lazy_compile(
    r"(?:\b(?:law|laws|legislation) of\s+(?:the\s+)?|\brecht der\s+|"
    r"\bdroit de\s*(?:l\s*'\s*|la\s+)?|"
    r"\b(?:правом|праву|права|законодательств\w*|законодавств\w*)\s+)$"
)
# the bloc's rules named in the genitive after the noun, to a publisher inside it: Croatian
# "prema pravilima Europske unije", Bulgarian "съгласно правилата на Европейския съюз" (where
# "prema" and "на" are also cues for a destination), Romanian "conform legislației Uniunii"
_RULES_OF_BEFORE = lazy_compile(
    r"\b(?:pravilima|pravila|propisima|propisa|uredbe|uredbom|uredbo|direktive|direktivom|"
    r"odluke|odlukom|zakonodavstva|zakonodavstvu|pravili|predpisi|predpisov|predpisu|pravidel|"
    r"pravidiel|narizeni|nariadenia|nariadenim|smernice|legislatiei|regulamentului|normelor|"
    r"regulilor|directivei|deciziei|taisykles|taisykliu|reglamento|reglamenta|direktyvos|"
    r"noteikumiem|noteikumu|regulas|direktivas|maaruse|direktiivi|"
    r"правилата на|правила на|регламент на|регламента на|регламентът на|решение на|"
    r"решението на|законодателството на|директива на|директивата на|изискванията на|"
    r"правилима|прописима|прописа|уредбе|одлуке|правилата|прописите на|"
    # the bloc's common tariff: Swahili "Ushuru wa Pamoja wa Forodha wa Jumuiya ya Afrika
    # Mashariki", "the common external tariff of the EAC"
    r"forodha wa|sheria za|kanuni za|common external tariff of(?: the)?)\s+$"
)
_RULES_AFTER = lazy_compile(
    r"(?:'s)?\s+(?:customs\s+)?(?:rules|law|laws|legislation|regulations?|sanctions|measures|"
    r"safeguard\w*|standards|directives?|requirements|code|framework|policy|policies|"
    # Dutch and German compounds, their hyphen a space in the normal form: "de EU-douaneregels
    # volgen", "die EU-Zollvorschriften"
    r"[a-z]*(?:regels|regelgeving|wetgeving|richtlijn\w*|vorschrift\w*|verordnung\w*|"
    r"richtlinie\w*|bestimmungen)|(?:zoll|steuer|handels|unions|douane)?rechts?)\b"
)
# "packaged to EU commercial standards", "labelled to EU food safety rules": goods made to a
# region's standard (a verb of making before "to"; not "parcels to the EU face new rules")
_STANDARD_AFTER = lazy_compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:standards|norms|specifications|rules|regulations|requirements)\b"
)
_MADE_TO = lazy_compile(
    r"\b(?:packaged|packed|produced|made|manufactured|built|labell?ed|certified|tested|"
    r"conform\w*|comply\w*|complies|compliant|according)\s+(?:\w+\s+){0,2}$"
)
_ANY = word_start(r"\b(?:any|irgendein\w*|aucune?|ningun\w*|nessun\w*)\b")
_NEGATION_BEFORE = word_start(r"\b(?:not|no|never|nicht|kein\w*|pas|ne)\b")
_IN_PLACE_AFTER = lazy_compile(r"\s+(?:in|within|en|nach|à|a|in der|im)\s+\S")
_ACCEPT_AFTER = lazy_compile(
    r"\s+(?:(?:be|been|currently|temporarily|yet)\s+)*(?:accept\w*|taking|take|send\w*|sent|"
    r"ship|shipped|mailed|posted|"
    r"deliver\w*|dispatch\w*|forward\w*|angenommen|annehmen|accepte\w*)\b"
)


# "all international mail classes and extra services": a range of services, no place
_SERVICES_AFTER = lazy_compile(r"\s+(?:classes|class|mail classes)\b")
# "全球資訊網" (the World Wide Web, as a site calls itself): no place
_WEB_AFTER = lazy_compile(r"\s*(?:資訊網|资讯网|信息网|資訊服務網|服务网|服務網)")


# a region as the owner of a tax or customs territory that something is part of, belongs to or
# lies outside: "ne font pas partie du territoire fiscal de l'Union européenne", "Åland hör till
# EU:s tullområde", "în afara teritoriului fiscal al UE" (not "parcels entering the customs
# territory of the EU", mail into it)
_TERRITORY_OF_BEFORE = lazy_compile(
    r"\b(?:terr?ito\w+|uzemi\w*|gebiet|customs union|vat area|tax area)\s+"
    r"(?:(?:fiscal|fiscale|doganale|aduanero|douanier|aduaneiro|customs|vat|tax)\s+)?"
    r"(?:(?:of|de|del|dell|della|des|du|da|do|der|al|van)\s*'?\s*"
    r"(?:(?:the|la|l|le|les|het|die|de)\s*'?\s*)?)?$"
)
_TERRITORY_OF_AFTER = lazy_compile(
    r"(?::s|'s)?[- ]?(?:tullomrade|skatteomrade|momsomrade|tollomrade|toldomrade|zollgebiet|"
    r"steuergebiet|customs territory|fiscal territory|tax territory|vat area|vat territory|"
    r"customs union|douanegebied|tulliala|veroalue)\b"
)
_PART_OF = lazy_compile(
    r"\b(?:part of|partie|parte|belong\w*|hor till|tillhor|gehor\w*|sucast\w*|"
    r"soucast\w*|kuulu\w*|outside|hors|fuera|afara|utanfor|mimo)\b"
)


# mail into the territory: "sent into the EU customs territory", "vers le territoire douanier"
_INTO_BEFORE = lazy_compile(
    r"\b(?:into|to|entering|enters|enter|vers|naar|nach|ins|in das|in den|dans|en el|al|i|til|"
    r"till|do|v|u|na|в)\s+(?:(?:the|le|la|l|het|das|den|die|el)\s*'?\s*)?$"
)


def _territory_owner(doc: Doc, place: Place) -> bool:
    """The region names a tax or customs territory a place is part of or outside of, said
    right before that territory (not mail sent into it)."""
    norm = doc.norm
    before = _TERRITORY_OF_BEFORE.search(norm, max(0, place.start - 40), place.start)
    if before is not None:
        territory = before.start()
    elif _TERRITORY_OF_AFTER.match(norm, place.end):
        territory = place.start
    else:
        return False
    lo = max(doc.sentence_of(place.start)[0], territory - 40)
    part_of = max(_PART_OF.finditer(norm, lo, territory), key=re.Match.start, default=None)
    if part_of is None:
        return False
    # "hör till EU:s tullområde" (belongs to), not "outside the EU into the EU customs territory"
    into = _INTO_BEFORE.search(norm, max(lo, territory - 16), territory)
    return into is None or into.start() < part_of.end()


def _no_destination(doc: Doc, place: Place) -> bool:
    """ "We are not suspending acceptance of mail for any destination": "any" under a
    negation is no destination at all; nor is "all international mail classes"."""
    if _SERVICES_AFTER.match(doc.norm, place.end) or _WEB_AFTER.match(doc.norm, place.end):
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


def _after_list(doc: Doc, places: list[Place], k: int) -> int:
    """Where the first place after the list that holds place ``k`` starts ("items for Iraq,
    Jordan and Lebanon, but expect delays": the delay is the whole list's)."""
    j = k + 1
    while j < len(places):
        gap = doc.norm[places[j - 1].end : places[j].start]
        if paragraph_break(doc.full[places[j - 1].end : places[j].start]) or not _GLUE.match(gap):
            return places[j].start
        j += 1
    return len(doc.norm)


# "... resta disponibile fino al 30 giugno, poi sarà sospeso", "accepted under the usual
# conditions until 25 August, after which they are suspended": the place is the news after all
# (read folded: "después", "därefter")
_STOPPED_AFTER = lazy_compile(
    r"\b(?:then|after which|afterwards|thereafter|danach|anschliessend|anschließend|puis|"
    r"ensuite|despues|luego|poi|dopo|daarna|depois|потом|после чего|після чого|potem|"
    r"pote|pak|darefter)\b[^.\n]{0,80}?"
    r"\b(?:suspend\w*|sospes\w*|sospend\w*|ausgesetzt|eingestellt|gestoppt|stopp\w*|"
    r"opgeschort|приостанов\w*|призупин\w*|wstrzyma\w*|pozastav\w*|obustav\w*)"
    r"|(?:之后|之後|然后|然後)[^。\n]{0,40}?(?:暂停|暫停|停止)"
)


def _changed_after(doc: Doc, end: int, sentence_end: int, next_start: int) -> bool:
    """A change after the unaffected words, with no other place before it: "... will continue
    to be accepted, but expect delays" ("Canada is not affected, but items to the US may see
    delays" is about the US), "X stays available until 30 June, then it is suspended"."""
    m = _BUT_DELAYED.search(doc.norm, end, sentence_end)
    # "..., but delays to France are expected" is about France
    if (
        m is not None
        and m.end() <= next_start
        and (next_start >= sentence_end or next_start - m.end() > 30)
    ):
        return True
    m = _STOPPED_AFTER.search(doc.norm, end, sentence_end)
    return m is not None and m.end() <= next_start
