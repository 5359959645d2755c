"""Roles from the layout of a notice: titles, headings, "X:" entries, lists under a
"to the following countries:" line, tables and datelines.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from monitor.classify import lexicon
from monitor.classify.destinations.cues import _BREAK
from monitor.classify.destinations.passes import change_starts, changed_between
from monitor.classify.destinations.roles import (
    EXCLUDED,
    NEUTRAL,
    ORIGIN,
    STRONG,
    TRANSIT,
    UNAFFECTED,
    Role,
)
from monitor.classify.gazetteer import WORLD, WORLD_WEAK, Place
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match, PhraseMatcher
from monitor.classify.normalize import is_cjk
from monitor.classify.text import (
    ENUMERATION,
    Doc,
    colon_ends,
    enumerates,
    heading_line,
    paragraph_end,
    question_end,
    strip_bullet,
)
from monitor.classify.wordstart import word_start

# a table row: "Chad | Suspended | 04/09/2020", "Cuba (Santiago de Cuba, Holguín) | Delays"
_LABEL_AFTER = lazy_compile(r"(?:\s*\([^()|\n]{0,60}\))?[^|\n]{0,12}\|")
_ROW_NUMBER = lazy_compile(r"\d{1,3}\.?\s*\|")  # a numbered row: "1 | Afghanistan | EMS | ..."


# The places beyond those named, as a row or a column of a table of zones
OTHER_PLACES = (
    r"(?:other destinations|rest of (?:the )?world|all other countries|"
    r"other countries|(?:alle )?übrigen? länder|autres destinations|reste du monde|resto del mundo|"
    r"otros destinos|altre destinazioni|resto del mondo|overige landen|overige bestemmingen)"
)
# a table's header row with a column of every other place: "Service | Australia | Rest of world"
_OTHER_PLACES_CELL = lazy_compile(rf"\|\s*{OTHER_PLACES}\s*(?:\||$)", re.IGNORECASE)


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
    if (
        (not lead or _ROW_NUMBER.fullmatch(lead))
        and _LABEL_AFTER.match(doc.full, place.end)
        and _in_table(doc, line_start)
    ):
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
        and stripped[-1] not in ".,;!?\u3002\uff01\uff1f\uff0c"  # (and "。", "！", "？", "，")
        and len(stripped.split(None, 8)) <= 8
        # (Chinese and Japanese have no spaces: a line that ends a sentence inside is prose)
        and "\u3002" not in stripped
        and line_start < _footer_start(doc)
    ):
        if "|" in stripped and _OTHER_PLACES_CELL.search(stripped):
            return None  # a zone of a table of every destination, no heading of its own
        # "Caribbean Region" over "No current incidents.": a heading of nothing that happens;
        # "Lao PDR<tab>Normal": a row that goes on as before
        role = (
            UNAFFECTED
            if _heads_nothing(doc, line_end)
            or _OPEN_REST.fullmatch(doc.norm, place.end, line_end)
            or _OVER_REST.fullmatch(doc.norm, place.end, line_end)
            else STRONG
        )
        return Role(place, role, (line_start, line_end), source="heading")
    return None


def _over_entries(doc: Doc, roles: list[Role]) -> None:
    """The places of an entry whose heading says it is over ("Austria – strike (resolved)"
    over "Deliveries in Austria have returned to normal.") are unaffected in its paragraph too:
    the entry stays on the page a while, it is no news."""
    for r in roles:
        if r.source != "heading" or r.role != UNAFFECTED or doc.in_title(r.place.start):
            continue
        line_end = doc.line_of(r.place.start)[1]
        if not _OVER_REST.fullmatch(doc.norm, r.place.end, line_end):
            continue
        end = paragraph_end(doc, line_end)
        for q in roles:
            if q.place.code == r.place.code and q.role == STRONG and line_end < q.place.start < end:
                q.role = UNAFFECTED


def _heads_nothing(doc: Doc, line_end: int) -> bool:
    """Whether the line below the one ending at ``line_end`` only says nothing happens."""
    if line_end >= len(doc.full):
        return False
    m = _NOTHING_UNDER.match(doc.norm, line_end + 1)
    if m is None:
        return False
    end = doc.line_of(m.end())[1]
    rest = doc.norm[m.end() : end]
    # "No disruptions. Please note that these destinations are served by few flights": a
    # remark after the status, not "No disruptions. However, from 1 March ...", nor one that
    # tells a change ("No disruptions. Customs now require the recipient's PAN")
    return not rest.strip() or (
        m.group().rstrip()[-1:] in ".!"
        and not _BUT.search(rest)
        and not changed_between(doc, m.end(), end)
    )


# a turn after "No disruptions." that tells a change all the same
_BUT = lazy_compile(
    r"\b(?:however|but|from|aber|jedoch|ab|mais|cependant|pero|sin embargo|ma|maar|now|only|"
    r"new|may|expect\w*|strike|planned|toutefois|greve|streik|nur|seulement|jetzt|neu\w*)\b"
)
# What may stand before a word of normal service: "Services are running normally.", "Jordan and
# Cyprus | Services are running normally."
_SERVICES_ARE = r"(?:(?:all )?services? (?:are|is) )?"
# The line under a heading that says nothing happens there (read on normalised text)
_NOTHING_UNDER = lazy_compile(
    r"[ \t]*(?:(?:there are )?no (?:current |known |reported |active )?(?:incidents?|"
    r"disruptions?|issues|delays|restrictions|alerts)\b(?: (?:at (?:this|the moment)|currently|"
    r"to report|reported))?|keine (?:aktuellen )?(?:storungen|einschrankungen|meldungen)|"
    r"aucun incident(?: en cours)?|aucune perturbation|sin incidencias|nessuna segnalazione|"
    r"geen (?:actuele )?storingen|sem ocorrencias|"
    # "Services are running normally.", "Operating normally."
    + _SERVICES_ARE
    + r"(?:running|operating) (?:normally|as normal)|"
    r"normal service|"
    # "No change to requirements this month.", "Keine Änderungen."
    r"no changes?(?: (?:to|in) (?:the )?(?:requirements|rules|regulations|services?|conditions))?"
    r"(?: (?:this (?:month|week)|at (?:this|the moment)|currently))?|keine anderungen?|"
    r"aucun changement|sin cambios|nessuna variazione|geen wijzigingen?)[ \t]*[.!]?"
)


# A line of copyright that ends a page ("© Posti 2020", "Copyright (c) JAPAN POST Co.,Ltd.")
_COPYRIGHT_LINE = lazy_compile(r"[ \t]*(?:\u00a9|copyright\b|\(c\)\s*\d)", re.I)
_FOOTER_LAST_LINES = 3  # the copyright line is among the last lines with text
_FOOTER_LONGEST = 8  # lines of the block it ends


def _footer_start(doc: Doc) -> int:
    """Where the page's footer begins: the block of lines, with an empty line above it and
    none in it, that ends with a line of copyright near the end ("Posti toimii: Suomi  Ruotsi
    Norja" above "© Posti 2020" names the operator's countries, no heading of news); the end
    of the text when there is none, or when the block holds a heading over a sentence (the
    news's last section glued to the copyright line)."""
    return doc.once("_footer_start", _find_footer)


def _find_footer(doc: Doc) -> int:
    full, starts = doc.full, doc.line_starts
    if "\u00a9" not in full and "opyright" not in full and "(c)" not in full.lower():
        return len(full)
    first_body = doc.line_index(doc.title_end + 1) + 1  # not the title nor the first line
    seen = 0
    for k in range(len(starts) - 1, first_body, -1):
        a, b = doc.line_of(starts[k])
        if not full[a:b].strip():
            continue
        seen += 1
        if seen > _FOOTER_LAST_LINES:
            break
        if _COPYRIGHT_LINE.match(full, a, b) is None:
            continue
        j = k
        while j - 1 >= first_body and k - j < _FOOTER_LONGEST:
            c, d = doc.line_of(starts[j - 1])
            if not full[c:d].strip():
                if _heads_news(doc, j, k):
                    return len(full)  # the news's last section glued to the copyright line
                return starts[j]  # a block of its own, set apart by an empty line
            if j - 1 == first_body:
                break  # (the block would take in the body's first line)
            j -= 1
        # no empty line above it: a text without empty lines, whose last short lines may be
        # the news's own headings ("Moldova" over "Service resumed for parcels")
        return len(full)
    return len(full)


def _heads_news(doc: Doc, first: int, copyright_line: int) -> bool:
    """Whether a line of the block from line ``first`` to the copyright line is a heading
    over a sentence of news ("France" over "Parcels suspended until Monday.").

    A footer's lines are names of links ("Sweden  Norway  Denmark", "Customer service")."""
    full, starts = doc.full, doc.line_starts
    lines = [full[slice(*doc.line_of(starts[i]))].strip() for i in range(first, copyright_line)]
    for head, below in zip(lines, lines[1:], strict=False):
        if (
            head
            and head[-1] not in ".,;!?:|"
            and len(head.split()) <= 8
            and not _MENU_LINE.search(head)
            and below[-1:] in (".", "!", "?")
            and len(below.split()) >= 3
        ):
            return True
    return False


# A line of a footer's menu: names set apart by two spaces or bars ("Sweden  Norway  Denmark",
# "Impressum · Datenschutz", "Unsubscribe | Manage preferences")
_MENU_LINE = lazy_compile(r"\S(?: {2,}|\t| ?[|\u00b7\u2022] ?)\S")


_ORIGIN_HEADER = lazy_compile(
    # (past a first column of row numbers: "No. | Country of origin | ...")
    r"(?:\s*(?:no\.?|nr\.?|#|n°|n\.o\.?)\s*\|)?"
    r"[^|\n]{0,30}\b(?:origin|herkunft\w*|origine|origen|origem|provenance|provenienza|"
    # "Item from | Current fee | ...": where each row's items come from
    r"items? from|sent from|shipped from|"
    # Turkish "Menşe" (origin; not "Menşe belgesi istenen ülke", where a certificate of origin
    # is asked), "Gönderinin geldiği yer" (where the item comes from)
    r"mense(?! belgesi)|geldigi yer)\b[^|\n]*\|"
)


# A status cell that says the row goes on as before
_OPEN_WORDS = (
    r"(?:open|normal|operating normally|running normally|running as normal|operating as normal|"
    r"operating|operational|in operation|running|normal service|"
    r"service normal|in betrieb|en service|operationnel|operativo|en funcionamiento|funcionando|"
    r"in bedrijf|accepted|available|no change|not affected|"
    r"unaffected|geoffnet|angenommen|keine anderung|nicht betroffen|ouvert|normale?|"
    r"accepte\w*|abierto|aceptado|aperto|accettato|geopend|normaal|aberto|aceite|unchanged|"
    r"no changes?|keine anderungen?|pas de changement|aucun changement|inchange|sin cambios?|"
    r"nessuna variazione|invariato|geen wijziging|ongewijzigd|sem alteracao|bez zmian|"
    r"без изменений|без змін|unverandert|normalt|ปกติ|"
    # s48 226: Nordic and Baltic status cells ("Normaali", "tavapärane", "be pakeitimų")
    r"normaali|ennallaan|ei muutoksia|avoinna|tavaparane|tavaparaselt|muudatusteta|avatud|"
    r"normali|bez izmainam|atverts|iprastai|iprasta|be pakeitimu|oforandrad|oppen|uændret|"
    r"aben|uendret|apen|obreytt)"
)
_OPEN_ROW = lazy_compile(r"\|\s*" + _SERVICES_ARE + _OPEN_WORDS + r"[\s.]*(?:\||$)", re.M)
# ... as the rest of a short line of its own, after a space, a tab, a dash or a colon (tabs and
# dashes read as spaces once normalised): "Lao PDR<tab>Normal", "Nouvelle-Zélande – pas de
# changement"
_OPEN_REST = lazy_compile(r"[\s|:]+" + _SERVICES_ARE + _OPEN_WORDS + r"[\s|.]*")
# ... or the rest of a heading that says its alert is over: "Portugal – ended", "Bermuda –
# Hurricane Imelda (resolved)": an entry kept on a page of alerts for a while, no place of news
_OVER_WORDS = (
    r"(?:resolved|ended|over|closed|cleared|resolu|termine|beendet|behoben|resuelto|risolto)"
)
_OVER_REST = lazy_compile(rf"\s+{_OVER_WORDS}[\s.]*|.*\(\s*(?:alert\s+)?{_OVER_WORDS}\s*\)[\s.]*")


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


_IMPORT_KEYS = ("import", "gelen esya")


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
    # a title about inbound mail makes the countries it comes from destinations (see _decide);
    # not one about imports ("import of", Turkish "gelen eşya": goods brought in)
    return not any(
        m.value[0] == "inbound" and doc.in_title(m.start) and not m.key.startswith(_IMPORT_KEYS)
        for m in lexicon.matches(doc, "destinations")
    )


_HEAD_COLON = lazy_compile(r"[^:\n]{0,30}?[:\uff1a]\s*")
# A line that is only a heading of a few words, perhaps numbered: "2. Destinations concerned"
_HEADING_HEAD = lazy_compile(r"[ \t]*(?:\d{1,2}[.)]\s*)?[^\W\d][^.,;:!?\n]{2,50}[ \t]*$")
# ... but not one over places left out: "Other countries listed below remain open"
_NOT_LISTED = lazy_compile(r"\b(?:not|other|others|remain\w*|unaffected|except\w*|open)\b")


# A line ending in ":" over a list of places: "diretti verso:", "Sont concernés :", "Pausen
# omfattar:" (read on normalised text); with a negation it lists places left out ("Pausen
# omfattar inte:", "Not affected:")
_COLON_LINE_LONGEST = 300
_TO_HEAD_REACH = 30  # "com destino a:", "a destination des :"
_STOP_WORD = lazy_compile(
    r"\b(?:suspen\w*|stop\w*|halt\w*|paus\w*|interromp\w*|arret\w*|aussetz\w*|ausgesetzt|"
    r"eingestellt|sospe\w*|opgeschort)\b"
)
_LIST_REACH = 400  # how far below its head the first place of a list may be named
_TO_HEAD = word_start(
    r"\b(?:to|into|towards|destined for|bound for|addressed to|nach|in die|vers|"
    r"a destination de(?:s| la| l')?|hacia|con destino a|verso|diretti verso|diretti in|"
    r"destinat[ieoa] a|destinad[oa]s a|naar|para|com destino a|в|во|до|till|til|"
    # "all mail classes are again accepted for:" (not "Contact details for:", "Rates for:")
    r"accepted for|accepted again for|again accepted for|resumed for|restored for|"
    r"suspended for|delayed for|again for|acceptes pour|acceptees pour|suspendus pour|"
    r"suspendues pour|a nouveau pour)"
    r"\s*[:\uff1a]\s*$"
)
_AFFECTED_HEAD = word_start(
    r"\b(?:sont concern\w*|omfattar|omfatter|omfattes|applies to|apply to|covers|betrifft|"
    r"betroffen sind|concerne|riguarda|riguardano|afecta a|se aplica a|geldt voor|dotyczy)\b"
    r"[^:\uff1a]{0,30}[:\uff1a]\s*$"
)
_FOLLOWING = word_start(
    r"\b(?:following|folgenden?|suivante?s|siguientes|seguenti|volgende|seguintes|"
    r"nastepujacych|następujących|следующи\w+|наступн\w+|nasledujuc\w+|nasledujic\w+|tychto|"
    r"techto|følgende|følgjande|foljande)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:countries|country|destinations?|territories|land|lande|lander|landern|staaten|ziellander|pays|"
    r"paises|paesi|landen|krajow|krajach|стран\w*|краін\w*|krajin|zemi|statu|statov|"
    r"destinac\w*)\b|الدول التالية|البلدان التالية"
)
# Where the listed goods come from, in the words before "following": "goods originating in the
# following countries:", "aus folgenden Ländern:", "sent from one of the following countries:"
_FROM_FOLLOWING = word_start(
    r"\b(?:from(?!\s+(?:\d|today|now))|originating|manufactured in|made\s+(?:[\w-]+\s+){0,3}in|"
    r"produced in|ursprung|herkunft|aus|provenance|provenant|procedentes|originarios|"
    r"fabriqu\w* en|hergestellt in|afkomstig|uit|z|ze|из(?!\s*-?\s*за)|з|від)\b|"
    r"(?<!\w)من\s+$"
)
FROM_FOLLOWING_REACH = 45
# (Arabic "إلى" as normalised: "الي", a word of its own, not inside "الحالي")
_TO_BETWEEN = lazy_compile(
    r"\b(?:to|nach|vers|naar|hacia|verso|para|do|до|в|на|à|into)\b|"
    r"(?<![\u0620-\u064a])الي(?![\u0620-\u064a])"
)
# "with the exception of the following countries:": the places listed are left out
_EXCEPT_FOLLOWING = word_start(
    r"\b(?:except|excepting|exception|excluding|other than|apart from|ausser|außer|ausgenommen|"
    r"ausnahme|sauf|excepto|salvo|eccezione|eccetto|tranne|uitzondering|behalve|exceto|utom|"
    r"unntatt|undtagen|paitsi|krome|okrem|s vyjimkou|s vynimkou|vyjma|кроме|крім|wyjątkiem|"
    r"wyjatkiem|oprocz)\b"
)
EXCEPT_REACH = 40
# Czech and Slovak "does not concern / apply to", "is not restricted" in a head of "these
# countries:" (the negation is in the verb, which _HEAD_NEGATION does not read)
_CS_SK_NOT_HEAD = word_start(
    r"\b(?:netyka\w*|nevztahu\w*|neplati\w*|nie (?:je|su) obmedzen\w*|neni omezen\w*|"
    r"nejsou omezen\w*)\b"
)
# A negation of the head's own verb: "omfattar inte:", "does not apply to:", "gilt nicht für:"
_HEAD_NEGATION = word_start(r"\b(?:not|inte|ikke|ej|nicht|pas|niet|no|non|nie|не|ні)\b")
HEAD_NEGATION_REACH = 12  # from the head's verb: "does not apply to", "omfattar inte"
UNAFFECTED_HEAD_REACH = 4  # from the colon: "Not affected:", "Nicht betroffen:"
CLAUSE_HEAD_REACH = 24  # ... of a clause's "left out" word: "Sono escluse dal supplemento:"


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
        if line_start < body or colon - line_start < 2:
            continue
        if colon - line_start > _COLON_LINE_LONGEST and (
            colon - line_start > 2 * _COLON_LINE_LONGEST
            # a long paragraph that ends in "to:" ("... Correos suspende la admisión de envíos
            # que contengan mercancía con destino a:") over the list, in a sentence of a stop
            # (not "se mantiene con normalidad la admisión de envíos con destino a:")
            or _TO_HEAD.search(norm, colon - _TO_HEAD_REACH, colon_end) is None
            or _STOP_WORD.search(norm, max(line_start, doc.sentence_of(colon)[0]), colon) is None
        ):
            continue
        # the sentence that ends in the colon: not "We continue to accept mail for all
        # destinations. However, mail to the following countries is held:"
        a, b = max(line_start, doc.sentence_of(colon)[0]), colon_end
        said_unaffected = any(
            a <= u.start
            and u.end <= b
            # "Not affected:"; or a stop that goes on: "remain suspended to the following:"; or
            # what the head leaves out: "Sono escluse dal supplemento:"
            and (
                u.end >= b - UNAFFECTED_HEAD_REACH
                or u.value == UNAFFECTED
                or (u.value == ("clause", UNAFFECTED) and u.end >= b - CLAUSE_HEAD_REACH)
            )
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
        origin_word = following is not None and _FROM_FOLLOWING.search(
            norm, max(a, following.start() - FROM_FOLLOWING_REACH), following.start()
        )
        if origin_word and following is not None:
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
        # "se netýká těchto zemí:", "do týchto krajín nie je obmedzené:"
        cs_sk_not = following is not None and _CS_SK_NOT_HEAD.search(norm, a, b) is not None
        if said_unaffected or negated or excepted or cs_sk_not:
            not_heads.add((a, b))
        else:
            to_heads.add((a, b))
    return to_heads, not_heads, from_heads


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
_SENTENCE_END = lazy_compile(r"(?<![A-Z][a-z])(?<!\b[A-Za-z])\.\s+(?=[A-ZÄÖÜÀ-Þ])")


def _first_sentence(text: str) -> str:
    """``text`` up to its first sentence end (the dot kept); "St. Lucia" ends none."""
    end = _SENTENCE_END.search(text)
    return text[: end.start() + 1] if end else text


_HEAD_CUE_REACH = 24  # "goods originating in the following countries"


# a list item under a label of a few words: "Europe: Poland, Germany, Czech Republic, ..."
# (the label a part of the world or a zone, not "Ausgenommen:", "Routed via:", "Origin:")
_ITEM_LABEL = lazy_compile(
    r"(?i:europe|europa|eurooppa|asia|asie|asien|azja|africa|afrique|afrika|afryka|"
    r"americas?|amerique|amérique|amerika|ameryka|américa|oceania|oceanie|océanie|ozeanien|"
    r"oseania|middle east|moyen-orient|naher osten|nahost|oriente medio|medio oriente|"
    r"bliski wschód|north america|south america|latin america|caribbean|"
    r"(?:other|others|other countries|rest of (?:the )?world|andere|autres|otros|altri|"
    r"inne|pozostałe|muut|övriga|øvrige|(?:zone|zona|strefa|region) \d{1,2}))"
    r"\s*[:\uff1a]\s*"
)


def _labelled_enumeration(item: str) -> bool:
    """Whether a list item only enumerates names, perhaps after a label of a part of the
    world or a zone ("Europe: Poland, Germany, ...")."""
    label = _ITEM_LABEL.match(item)
    return enumerates(item[label.end() :] if label else item)


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
            if colon and ENUMERATION.match(_first_sentence(after[colon.end() :]).strip()):
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
        origin_word = _FROM_FOLLOWING.search(
            doc.norm, max(start, m.start - FROM_FOLLOWING_REACH), m.start
        )
        # "goods made wholly or partly in the following countries" (not "will resume from
        # Wednesday 1 July to the following destinations")
        if origin_word and not _TO_BETWEEN.search(doc.norm, origin_word.end(), m.start):
            continue
        i = doc.line_index(m.start) + 1
        while i < n_lines:
            ls = doc.line_starts[i]
            le = doc.line_starts[i + 1] - 1 if i + 1 < n_lines else len(doc.full)
            item = doc.full[ls:le].strip()
            if item:
                bulleted = strip_bullet(item)[1]
                if not bulleted and len(item) > 60 and not _labelled_enumeration(item):
                    if heading:
                        lines.add(i)  # "The United States, including Guam and ..."
                    break
                lines.add(i)
            elif heading and i > doc.line_index(m.start) + 1:
                break  # a heading's list ends with its paragraph
            i += 1
    return lines


_REGION_HEADER_GAP = lazy_compile(
    r"^\s*+(?:[^\W\d]+\s++){0,2}(?:of|:|\(|including|incl|inklusive)\s*+$|"
    r"^\s*+(?:[^\W\d]+\s++){0,6}[^\W\d]*\s*+[,:(]?\s*+(?:i\.?\s?e\.?|namely|that is|nämlich|"
    r"namlich|c'est a dire|es decir|cioe|d\.\s?h\.?|т\.\s?е\.?|то есть|а саме)\s*+[,:]?\s*+$"
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


def _dateline(doc: Doc, place: Place) -> bool:
    """A place that opens one of the first lines of the body, with a date after it that ends
    the line, and no line like it next (not a list of places with their dates)."""
    a, b = doc.line_of(place.start)
    if doc.in_title(place.start) or (
        doc.full[a : place.start].strip() and not _CITY_OF.fullmatch(doc.norm, a, place.start)
    ):
        return False  # (a city named after its country may head it: "Ciudad de México, ...")
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


_LINE_DATE_END = lazy_compile(r",\s*[^,\n]*\d{4}\s*$", re.M)
# The date of a dateline after its place: "Brasília (DF), 27/08/2025", "Singapore, 12 March
# 2024", "Genève, le 3 mai 2024"
_DATELINE = lazy_compile(
    r"(?:\s*\([^()\n]{1,20}\))?\s*,\s*(?:(?:le|den|el|il|am)\s+)?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[^\W\d]{3,12}\.?\s+\d{4}|"
    r"[^\W\d]{3,12}\.?\s+\d{1,2},?\s+\d{4}|"
    # "22 de septiembre de 2025"
    r"\d{1,2}\s+de\s+[^\W\d]{3,12}\s+de\s+\d{4})\b"
)
_CITY_OF = lazy_compile(r"\s*(?:ciudad de|cidade de|city of|citta di|ville de|cite de)\s+")


_SHORT_HEADING = 40  # a heading of its own section ("Haïti", "Niger (West Africa)")


def _world_only_as_heading(doc: Doc, roles: list[Role]) -> bool:
    """ "Everywhere" is named only in the title or headings, and a list under a list head
    names the destinations, or countries head sections of their own."""
    if not all(
        # (or asked: "Puis-je encore envoyer un colis vers tous les pays ? Non.")
        r.source in ("title", "heading") or question_end(doc, r.place.start) is not None
        for r in roles
        if r.place.code == WORLD and r.role == STRONG
    ):
        return False
    if any(r.source == "list" and r.role == STRONG for r in roles):
        return True
    return _countries_head_sections(doc, roles)


def _countries_head_sections(doc: Doc, roles: list[Role]) -> bool:
    """Two countries or more head short lines of their own ("Actuele situatie verzenden naar
    het buitenland" over "Haïti", "Niger" and "Mali"), or the rows of a table, or one country
    heads the newest item of a dated list ("08/03/2024 – Haïti : suspension des envois"),
    under a lead-in that names no exceptions and tells of no change for all."""
    headings = [
        r
        for r in roles
        if r.source == "heading"
        and r.role == STRONG
        and r.place.code[0] not in "*@"
        and (
            _short_line(doc, r.place.start)
            or _DATED_HEAD.match(doc.full, doc.line_of(r.place.start)[0]) is not None
        )
    ]
    if len({r.place.code for r in headings}) < 2 and not (
        # one country heads the newest item of a dated list ("08/03/2024 – Haïti : suspension
        # des envois" over older items)
        headings
        and all(_DATED_HEAD.match(doc.full, doc.line_of(r.place.start)[0]) for r in headings)
    ):
        return False
    first = doc.line_of(min(r.place.start for r in headings))[0]
    if _EXCEPTIONS.search(doc.norm, doc.title_end, first):
        return False  # "Versand in alle Länder ... Ausnahmen siehe unten:" over "Österreich"
    # rows of a table are its news; sections are not when the text above them says what
    # changed for all ("Parcels cannot be accepted" over "Ireland: not affected")
    return any("|" in doc.full[slice(*doc.line_of(r.place.start))] for r in headings) or (
        not _change_above(doc, roles, first)
    )


_DATED_HEAD = lazy_compile(
    r"[ \t]*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [^\W\d]+ \d{4})\b"
)
_EXCEPTIONS = lazy_compile(
    r"\b(?:exceptions?|ausnahmen?|excepcion(?:es)?|eccezion[ei]|uitzondering(?:en)?|excecao|"
    r"excecoes|wyjat(?:ek|kiem|ki|kow)|vyjimk(?:a|ou|y)|vynimk(?:a|ou|y)|undantag|unntak|"
    r"undtagelse|исключени(?:е|ем|я)|винят(?:ок|ком|ки))\b"
)
# words of a lead-in that points to the sections below ("for the following countries:")
_POINTS_BELOW = lazy_compile(
    r"(?::\s*$|\b(?:following|below|listed|per country|by country|folgende\w*|unten|"
    r"nachstehend\w*|pro land|ci-dessous|suivants?|par pays|onderstaande|volgende|hieronder|"
    r"per land|siguientes?|abajo|por pais|seguintes?|abaixo|seguenti|sotto|per paese|nastepuj\w*|"
    r"ponizsz\w*|nedan|nedenfor|nedenstaende|nasledujic\w*|следующи\w*|наступн\w*))"
)


def _change_above(doc: Doc, roles: list[Role], first: int) -> bool:
    """Whether the text between the title and the first country heading tells of a change of
    its own ("Parcels cannot be accepted until further notice" over "Ireland / Not affected"),
    not a lead-in to the sections ("Restrictions apply to the following countries:")."""
    if not changed_between(doc, doc.title_end, first):
        return False
    if _POINTS_BELOW.search(doc.norm, doc.title_end, first) is None:
        return True
    # a pointer below, but a sentence of its own tells of a change for everywhere ("We have
    # suspended acceptance of items to overseas destinations." before "Expected delays are
    # listed below.")
    worlds = [
        r.place.start
        for r in roles
        if r.place.code in (WORLD, WORLD_WEAK) and doc.title_end <= r.place.start < first
    ]
    for p in change_starts(doc):
        if doc.title_end <= p < first:
            s, e = doc.sentence_of(p)
            if any(s <= w < e for w in worlds) and (
                _POINTS_BELOW.search(doc.norm, max(s, doc.title_end), min(e, first)) is None
            ):
                return True
    return False


def _short_line(doc: Doc, pos: int) -> bool:
    """A short line, or the short first cell of a row ("Norwegen | ✗ ab 01.02.2026 | ✓")."""
    a, b = doc.line_of(pos)
    return len(doc.full[a:b].split("|", 1)[0].strip()) <= _SHORT_HEADING


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


def _list_item(doc: Doc, place: Place) -> bool:
    """A place that is a line of its own, maybe after a bullet: an item of a list."""
    a, b = doc.line_of(place.start)
    return not strip_bullet(doc.full[a:b])[0].replace(doc.full[place.start : place.end], "").strip()


def excepted_from_the_unaffected(doc: Doc, roles: list[Role]) -> None:
    """The places excepted from all countries said to run as usual are where the change is:
    "Lähetykset kaikkiin maihin kulkevat normaalisti paitsi Venäjälle ja Valko-Venäjälle",
    "items to all countries are delivered normally except to Russia and Belarus"."""
    for w in roles:
        if w.place.code != WORLD or w.role != UNAFFECTED:
            continue
        end = doc.sentence_of(w.place.start)[1]
        for q in roles:
            if (
                w.place.end <= q.place.start < end
                and q.role in (EXCLUDED, UNAFFECTED)
                and q.place.code not in (WORLD, WORLD_WEAK)
                and _EXCEPT_FOLLOWING.search(doc.norm, w.place.end, q.place.start) is not None
            ):
                q.role = STRONG


# A table's row set out with dashes, bars or tabs ("Guinée — ouvert — ouvert — normale")
_ROW_CELLS = lazy_compile(r"\s+[\u2014\u2013|-]\s+|\t+")
# the cells of a row that say all is as usual of the whole row, beside cells of other columns
# ("Giordania | Tutti i prodotti | Regolare")
_USUAL_STATUS = frozenset(
    (
        "normal", "normale", "normales", "normaux", "normaal", "normali", "normaali",
        "regolare", "regular", "no change", "unchanged", "sans changement", "inchangé",
        "sin cambios", "sin cambio", "invariato", "unverändert", "ongewijzigd", "normal service",
        "service normal", "servicio normal", "servizio regolare", "normaler betrieb",
        "keine einschränkung", "طبيعي", "طبيعية", "عادي", "正常", "通常", "정상",
    )
)  # fmt: skip
# ... and those that say so only where every other cell of the row does too: open, possible,
# yes, a dash ("Available" may be one service among others of the row)
_USUAL_CELLS = _USUAL_STATUS | frozenset(
    (
        "open", "opened", "ok", "ouvert", "ouverte", "ouverts", "abierto", "abierta", "aperto",
        "offen", "geöffnet", "möglich", "mogelijk", "possible", "posible", "possibile",
        "available", "disponible", "disponibile", "beschikbaar", "verfügbar", "yes", "sí", "si",
        "oui", "ja", "–", "-", "—", "متاح",
    )
)  # fmt: skip
# the kinds of change a row's cell may tell ("Iran | Tutti i prodotti | Sospeso")
_ROW_CHANGES = frozenset(
    ("suspension", "restriction", "delay", "prohibited_items", "resumption", "new_requirement",
     "duty_tax_change")
)  # fmt: skip


def usual_rows(doc: Doc, roles: list[Role]) -> None:
    """A place heading a table's row whose other cells say all is as usual and tell no change
    ("Guinée — ouvert — ouvert — normale", "Giordania | Tutti i prodotti | Regolare | –"
    beside "Iran | Tutti i prodotti | Sospeso") is unaffected."""
    changes = None
    for r in roles:
        if r.role != STRONG or r.source != "heading" or doc.in_title(r.place.start):
            continue
        a, b = doc.line_of(r.place.start)
        # (a cell's label goes: "Briefe: normal")
        cells = [
            c.rsplit(": ", 1)[-1].strip(" .;:").lower() for c in _ROW_CELLS.split(doc.full[a:b])
        ]
        if (
            len(cells) < 3
            or not doc.full[a:b].lstrip().startswith(doc.full[r.place.start : r.place.end])
            or not (
                all(c in _USUAL_CELLS for c in cells[1:] if c)
                or any(c in _USUAL_STATUS for c in cells[1:])
            )
        ):
            continue
        if changes is None:
            changes = [m.start for m in lexicon.matches(doc, "kinds") if m.value in _ROW_CHANGES]
        if not any(r.place.end <= p < b for p in changes):
            r.role = UNAFFECTED
