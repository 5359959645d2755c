"""From roles to destination codes: regions expanded or narrowed to the members named, the
source's own country, places excluded first.
"""

from __future__ import annotations

import re

from monitor.classify import lexicon
from monitor.classify.destinations.home import DELIVERY
from monitor.classify.destinations.passes import _SAME_APPLIES, changed_between
from monitor.classify.destinations.roles import (
    EXCLUDED,
    NEUTRAL,
    OPERATOR,
    ORIGIN,
    STRONG,
    TRANSIT,
    UNAFFECTED,
    DestinationResult,
    Role,
)
from monitor.classify.destinations.structure import (
    _EXCEPT_FOLLOWING,
    OTHER_PLACES,
    _list_item,
    _own_section_after,
    _table_of_places,
    _world_only_as_heading,
)
from monitor.classify.gazetteer import CARRIER_WORLDWIDE, WORLD, WORLD_WEAK, Place
from monitor.classify.items import MONTH
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.status_pages import in_table_row, other_rows_stand
from monitor.classify.text import Doc, on_question_line, question_end
from monitor.classify.wordstart import word_start

# A country's own customs named as the one that acts ("will not be released by Sri Lanka
# Customs"): with words of imports, a postal notice is about mail coming into that country.
_CUSTOMS_AFTER = lazy_compile(
    r"\s+(?:customs|douane|douanes|zoll|aduana|aduanas|dogana|alfandega|таможн\w*|митн\w*|"
    r"gumruk\w*|hai quan)\b"
)


# People who send abroad, not mail that goes there: "customers sending to overseas destinations"
# (in a sentence that tells no change: "we will keep customers sending to international
# destinations informed", not "customers sending to overseas destinations will see delays")
_SENDERS_TO = lazy_compile(
    r"\b(?:customers|clients|those|anyone|people|senders|businesses)\s+"
    r"(?:who\s+(?:are\s+)?)?(?:sending|shipping|posting|send|ship|post)\b[^.\n]{0,12}$"
)
# "Worldwide" phrases that name a class of countries the notice may go on to list
_OUTSIDE_EU = word_start(
    r"\b(?:non eu|nicht eu|eu|ue|european union|europaischen union|drittland\w*|"
    r"drittlander\w*|third countr\w*|pays tiers|paises terceros|paesi terzi|extra ue)\b"
)
# "Countries not listed continue to receive mail, although ... delays to all international
# destinations": a remark on the places a table leaves out, wherever it stands
_UNLISTED_REMARK = lazy_compile(
    r"\b(?:not listed|not on (?:the|this) list|not in (?:the|this) list|nicht aufgefuhrt\w*|"
    r"non (?:listes|mentionnes|elencati|indicati)|no (?:listados|incluidos en la lista)|"
    r"niet (?:vermeld|genoemd)|nao (?:listados|relacionados))\b"
)
# A title that counts the places ("відновлює приймання ... до 10 країн", "resumes service to 12
# countries"): the list the text gives is the change, not an "abroad" said beside it
_COUNTED_PLACES = lazy_compile(
    r"\b\d{1,3}\s+(?:more\s+|further\s+|new\s+|weiteren?\s+|autres\s+|otros\s+)?"
    r"(?:countries|destinations|country destinations|markets|lander\w*|pays|paises|paesi|landen|"
    r"lande|maat\w*|panstw\w*|kraj\w*|drzav\w*|orszag\w*|"
    r"краин\w*|краін\w*|стран\w*|держав\w*|държави)\b"
)
# Customs territories shared: Liechtenstein is in the Swiss customs territory by treaty, Puerto
# Rico in that of the United States as its territory (one way: a notice of Puerto Rico's own
# customs is about Puerto Rico)
_CUSTOMS_PARTNERS = {"CH": ("LI",), "LI": ("CH",), "US": ("PR",)}
# Words that bring a territory under the rule just told: "also applies to", "including"
_ALSO_TERRITORY = lazy_compile(
    r"\b(?:also|including|as well as|likewise|egalement|aussi|y compris|auch|ebenfalls|"
    r"einschliesslich|einschließlich|tambien|incluido|anche|compres[oa]|ook|inclusief|ogsa|myos|aven|"
    r"same|meme|gleiche\w*|misma|mismo|stessa|stesso|zelfde|mesma|mesmo|"
    # ... or that a rule told before "applies to" them
    r"(?:rule|measure|ban|change|requirement)s? (?:also )?appl(?:y|ies) to)\b"
)
# Territories with their own ISO code under a country's administration: French customs on
# "envois vers la Guadeloupe", Finnish customs on "försändelser till Åland" speak of them
_TERRITORIES = {
    "FR": ("GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC", "TF"),
    "US": ("PR", "GU", "VI", "AS", "MP", "UM"),
    "GB": ("GI", "JE", "GG", "IM", "BM", "KY", "VG", "TC", "AI", "MS", "FK", "SH", "IO", "PN"),
    "NL": ("AW", "CW", "SX", "BQ"),
    "DK": ("GL", "FO"),
    "NO": ("SJ", "BV"),
    "FI": ("AX",),
    "AU": ("CX", "CC", "NF", "HM"),
    "NZ": ("CK", "NU", "TK"),
}
# "all 27 EU member states (for example Germany, Czechia)", "all EU countries, including
# France": the members named are examples, the region stands in full.
_ALL_BEFORE = word_start(
    r"\b(?:all|alle|tous les|toutes les|todos los|tutti i|todas las)\s+(?:the\s+)?$"
)


# "to any country of the European Union (including Portugal, France, ...)": every member, the
# ones named being examples
_ANY_MEMBER_BEFORE = lazy_compile(
    r"\b(?:any|every|each|qualquer|cualquier|qualsiasi|tout|chaque|jedes|jeden|jedem|ieder|"
    r"oricarui|oricarei)\s+"
    r"(?:(?:other|outro|otro|altro|autre|anderen?)\s+)?(?:country|member state|pais|paese|pays|"
    r"estado[- ]membro|estado miembro|stato membro|etat membre|land|mitgliedstaat|lidstaat|"
    r"stat membru|tari)\s+"
    r"(?:of|in|da|do|de|del|della|dell'|de l'|der|van|in de|al|a)\s*(?:the\s+|la\s+|a\s+)?$"
)


# A stop said to go on: "el servicio sigue suspendido", "remains suspended" (not "remains
# delayed": the same delay as the change's, whose rest of the members it names)
_STILL_STOPPED = lazy_compile(
    r"\b(?:remains?|still|sigue|siguen|continua\w*|permanece\w*|reste|restent|bleib\w*|"
    r"mantem|mantiene\w*|rimane|rimangono|ancora|blijft|blijven)\b[^.;\n]{0,30}?"
    r"\b(?:suspend\w*|halted|stopped|closed|unavailable|ausgesetzt|eingestellt|gesperrt|"
    r"sospes\w*|opgeschort|interromp\w*|fermé\w*|ferme\w*|cerrad\w*|detenid\w*|"
    r"parad\w*|bloquead\w*)\b"
)
# "and other EU countries", "та інших країн ЄС", "und andere EU-Länder" right before the region
_AND_OTHER_BEFORE = lazy_compile(
    r"\b(?:and|und|et|y|e|en|та|і|и|i|oraz|a|og|och|ja|si|ir|un|as well as(?: to| in)?|"
    r"sowie(?: in die| in| nach)?|ainsi qu'(?:en|a|aux)|ainsi que(?: vers)?|asi como(?: a)?|"
    # Russian, Ukrainian, Polish "as well as (to)": "в Польшу, а также в другие страны ЕС"
    r"а также(?: в| во)?|а також(?: в| до)?|a takze(?: do| w)?)\s+"
    # "и в другие страны", "та до інших країн", "oraz do innych krajów": a preposition again
    # (not the locative "и в других странах": where something happens)
    r"(?:(?:в|во)\s+(?=другие|інші)|in\s+(?=andere\b|every\b)|(?:до|do|to|nach)\s+)?"
    # (and the genitive and partitive articles: "et des autres pays de l'UE", "e degli altri")
    r"(?:(?:the|all|every|de|die|les|los|las|gli|os|as|aos|alle|a los|a las|agli|ai|des|"
    r"degli|delle|dos|das|de los|de las|der|den)\s+)?"
    r"(?:other|andere[n]?|autres|otros|otras|demas|demais|restantes|rimanenti|altri|outros|"
    r"інших|інші|других|другие|innych|pozostałych|andre|andra|ovriga|øvrige|muut|muihin|muissa|"
    # Romanian, Slovenian, Croatian, Czech, Slovak, Bulgarian, Lithuanian, Latvian (folded)
    r"celorlalte|celelalte|alte|altor|drugih|drugim|ostalih|ostalim|ostatnich|dalsich|"
    r"ostatnych|другите|останалите|kitu|citam|citas)\s+"
    r"(?:(?:countries|member states|lander|staaten|mitgliedstaaten|pays|paises|estados membros|"
    r"estados miembros|stati membri|etats membres|pays membres|lidstaten|paesi|landen|lande|"
    r"landene|landerna|краін|краінах|краіни|стран|страны|странах|krajow|panstw|"
    r"statele membre|state membre|tari|tarile|drzave|drzav|drzavah|drzavama|zemalja|zemlje|"
    r"clenskych statu|statu|krajin|държави|valstybiu|valstim)\s+"
    r"(?:(?:of|in|i|der|de|del|della|da|do|des|dos|van|dell'|ale|na)\s*"
    r"(?:the\s+|la\s+|l'|de\s+)?)?)?$"
)


# "or any other (EU) member state", "ou tout autre État membre de l'UE" right before the region
_ANY_OTHER_BEFORE = lazy_compile(
    r"(?:\b(?:any|every|each) other|\btout autre|\bjede[mnrs]? anderen?|\bcualquier otro|"
    r"\bqualsiasi altro|\bieder ander)\s+(?:(?:member state|etat membre|estado miembro|"
    r"stato membro|mitgliedstaat|lidstaat)\s+(?:of the|de l'|de la|del|dell'|der)\s*)?$"
)


# A word of import inside the cue of a place ("日本に輸入", "importar a Chile")
_IMPORT_IN_CUE = lazy_compile(r"輸入|进口|進口|\bimport\w*|\beinfuhr\w*|\bввоз\w*")


def _rule_into_eu(doc: Doc, roles: list[Role], own: str) -> bool:
    """Whether a member's customs speaks of a rule for what comes "into the EU" (ICS2, the end
    of the EU's relief for small parcels), which holds for imports into all 27: not "import VAT
    into the EU stays as before" beside a fee of its own, nor the EU's rules beside a rule for
    parcels "nach Deutschland" said in another sentence ("til Danmark og de andre EU-lande" is
    one list)."""
    eu_sentences = {
        doc.sentence_of(r.place.start) for r in roles if r.place.code == "@EU" and r.role == STRONG
    }
    # (the own country beside "any other EU Member State" is one of the members: "items to
    # Ireland or any other EU Member State")
    with_eu = eu_sentences | {
        doc.sentence_of(r.place.start)
        for r in roles
        if r.place.code == "@EU"
        and r.role == NEUTRAL
        and _ANY_OTHER_BEFORE.search(doc.norm, max(0, r.place.start - 24), r.place.start)
    }
    return any(
        not _kept_sentence(doc, s[0]) and not _POINTER_WORDS.search(doc.norm, *s)
        for s in eu_sentences
    ) and not _own_rule_elsewhere(doc, roles, own, with_eu)


def _own_rule_elsewhere(
    doc: Doc,
    roles: list[Role],
    own: str,
    sentences: set[tuple[int, int]],
    headings: bool = True,
) -> bool:
    """Whether a sentence other than ``sentences`` (those of the EU's rule) names the country
    ``own`` as a place of a change: a dated rule of its own ("À partir du 1er mars, une taxe
    ... s'applique à chaque petit colis livré en France"), not the country named in passing
    ("Kunden in Österreich", "goederen in Nederland? Vraag uw leverancier om een HS-code"; a
    figure: "Στην Ελλάδα ... διεκπεραίωσαν 30 εκατομμύρια αποστολές")."""
    return any(
        r.place.code == own
        and doc.sentence_of(r.place.start) not in sentences
        and (headings or r.source != "heading")
        # (not a reader's question: "Muss ich als Empfänger in Deutschland etwas tun?")
        and not _asked(doc, r.place.start)
        and (
            (r.role == STRONG and _own_rule_sentence(doc, r.place.start))
            or (r.role == NEUTRAL and _dated_change(doc, r.place.start))
        )
        for r in roles
    )


def _asked(doc: Doc, pos: int) -> bool:
    """Whether the sentence at ``pos`` is a question that states no rule of its own: a FAQ's
    "Muss ich als Empfänger in Deutschland etwas tun?", not one with a date or a sum ("Gilt ab
    1. Juli eine neue Gebühr von 2 Euro für jede Sendung nach Deutschland?")."""
    a, b = doc.sentence_of(pos)
    said = doc.norm[a:b]
    return said.rstrip().endswith(("?", "？", "؟")) and not any(c.isdigit() for c in said)


def _own_rule_sentence(doc: Doc, pos: int) -> bool:
    """Whether the own country's sentence at ``pos`` is about its rule: the title, a change, or
    goods brought in ("bei der Einfuhr nach Deutschland"); not a figure of where ("Στην Ελλάδα
    τα Τελωνεία ... διεκπεραίωσαν 30 εκατομμύρια", customs in Greece handled 30 million)."""
    if doc.in_title(pos):
        return True
    a, b = doc.sentence_of(pos)
    return changed_between(doc, a, b) or _GOODS_ENTERING.search(doc.norm, a, b) is not None


def _dated_change(doc: Doc, pos: int) -> bool:
    """Whether the sentence at ``pos`` holds words of a change and the date it starts."""
    a, b = doc.sentence_of(pos)
    return _FROM_DATE.search(doc.norm, a, b) is not None and changed_between(doc, a, b)


# "from 1 March", "à partir du 1er mars", "ab 1. März", "vanaf 1 maart", "desde el 1 de marzo"
_FROM_DATE = lazy_compile(
    r"\b(?:from|as of|starting|effective|a partir d\w*|des|le|ab|vanaf|per|met ingang van|fran|"
    r"fra|desde|dal|dall'|a partire da\w*|od|on|с|з)\s+(?:(?:the|le|el|il|den|dem|de)\s+)?"
    rf"(?:\d|{MONTH}\b)"
)


# A sentence that points elsewhere or says nothing changes: "Läs mer om införsel till EU på vår
# webbplats", "Pour les envois vers l'UE, consultez notre guide", "bleiben unberührt"
_POINTER_WORDS = word_start(
    r"\b(?:see|visit|consult(?:ez|e|are)?|voir|siehe|lesen sie|las mer|læs mere|les mer|"
    r"lees meer|read more)\b[^.,;]{0,60}?\b(?:guide|guida|leitfaden|website|webbplats|"
    r"hjemmeside|nettside|sito web|site internet|page|seite|sida|siden|pagina)\b|"
    r"\b(?:for more information|weitere informationen|plus d'informations)\b"
)
_KEPT_WORDS = lazy_compile(r"unberuhrt|unchanged|unverandert|inchange|invariat|ongewijzigd|uændret")


def _kept_sentence(doc: Doc, pos: int) -> bool:
    """Whether the sentence of ``pos`` says something stays as it was ("bleibt wie bisher")."""
    a, b = doc.sentence_of(pos)
    if _KEPT_WORDS.search(doc.norm, a, b):
        return True
    return any(
        a <= m.start < b and m.value in ("as_before", "informational")
        for m in lexicon.matches(doc, "kinds")
    )


# "todos os países da América do Sul", "all countries of the Caribbean", "alle Länder in
# Mittelamerika": every destination narrowed to a region
_ALL_OF = lazy_compile(
    r"\s+(?:of|in|da|de|del|do|dos|das|des|du|der|in der|im|di|della|van|w|v|na|no)\s+"
    r"(?:(?:the|la|l'|le|les|el|los)\s*)?|\s+(?:d'|dell')\s*"
)


def _all_of_region(doc: Doc, roles: list[Role]) -> None:
    """Makes a region that follows "all countries" with "of" between the destinations in its
    place: every member (the WORLD before it then says nothing more)."""
    for i, r in enumerate(roles):
        if r.place.code != WORLD or r.role != STRONG:
            continue
        for j, q in enumerate(roles[i + 1 : i + 3], i + 1):
            if (
                q.place.code.startswith("@")
                and q.role in (STRONG, NEUTRAL)
                and _ALL_OF.fullmatch(doc.norm, r.place.end, q.place.start)
            ):
                sentence = doc.sentence_of(q.place.start)
                if any(
                    p.place.code in (WORLD, WORLD_WEAK) and p.place.start < sentence[1]
                    for p in roles[j + 1 :]
                ):
                    break  # "to all countries in the EU and the rest of the world"
                q.role, q.source = STRONG, "all_of"
                r.role = NEUTRAL
                break


# "vi har ikke lenger transportkapasitet til alle land. ... til følgende land:": not every
# country is some countries, the ones named (read in the clause before "all")
_ALL_WORD = word_start(
    r"\b(?:all|alle|alla|tous|toutes|todos|todas|tutti|tutte|wszystki\w*|все\w*|всі\w*)\b"
)
# (what is lacking is the means to reach them, not the acceptance: "we can no longer send
# parcels to all countries. Parcels already posted to the following countries will be
# returned" is a stop everywhere)
_NOT_BEFORE_ALL = lazy_compile(
    r"\b(?:not|no longer|ikke|ikkje|inte|nicht|niet|ne|nie|не|no|non|nao)\b[^.,;:!?\n]{0,40}?"
    r"\b\w*(?:capacity|kapasitet\w*|kapacitet\w*|kapazitat\w*|capacite|capacidad|capacita|"
    r"capaciteit|flights?|fly|flyruter|flygningar|vols|vuelos|voli|fluge)\b[^.,;:!?\n]{0,20}$"
)


def _not_to_all(doc: Doc, place: Place) -> bool:
    """Whether "all" stands under a negation of its own clause ("no longer ... to all
    countries"): not every country, which says nothing of every one."""
    if not _ALL_WORD.match(doc.norm, place.start):
        return False
    start = doc.sentence_of(place.start)[0]
    return _NOT_BEFORE_ALL.search(doc.norm, max(start, place.start - 80), place.start) is not None


# (not "not only": "nicht nur", "inte endast", "nie tylko" widen)
ONLY_WORDS = lazy_compile(
    r"(?<!\bnot )(?<!\bnicht )(?<!\binte )(?<!\bnie )(?<!\bnon )(?<!\bniet )(?<!\bno )"
    r"(?<!\bpas )(?<!\bnao )(?<!\bnejen )(?<!\bnielen )(?<!\bnem )"
    r"\b(?:only|nur|seulement|uniquement|solo|solamente|apenas|somente|alleen|endast|soltanto|"
    r"tylko|lediglich|pouze|iba|csak|vain)\b"
)


def _members_singled_out(doc: Doc, roles: list[Role], members: list[str]) -> bool:
    """Whether members of a region are named as where the change goes, or as the only ones
    ("only Germany and France will apply it")."""
    for q in roles:
        # a customer's case in an FAQ ("Q: I am sending only a letter to Sweden.") singles out
        # nothing of the rule
        if q.place.code not in members or on_question_line(doc, q.place.start):
            continue
        if q.role == STRONG or ONLY_WORDS.search(doc.norm, *doc.sentence_of(q.place.start)):
            return True
    return False


def _listed_strong(roles: list[Role]) -> int:
    """How many places a list names as where the change goes."""
    return len({r.place.code for r in roles if r.role == STRONG and r.source == "list"})


def _list_head_after(doc: Doc, at: int) -> bool:
    """Whether the sentence of ``at`` goes on to send mail to a list ("sent to the
    destinations below", "vers les pays suivants"), not to all but the list ("except the
    countries below") nor with the list as a subject of its own ("and the destinations
    below have ...")."""
    end = doc.sentence_of(at)[1]
    return any(
        m.value[0] == "head"
        and at < m.start < end
        and _TO_BEFORE_HEAD.search(doc.norm, max(at, m.start - 24), m.start) is not None
        and _EXCEPT_FOLLOWING.search(doc.norm, at, m.start) is None
        for m in lexicon.matches(doc, "destinations")
    )


# "to the", "nach den", "vers les" right before a list head (normalised text)
_TO_BEFORE_HEAD = lazy_compile(
    r"\b(?:to|for|into|nach|in die|vers|pour|hacia|para|a|verso|per|naar|voor|do|till|til)\s+"
    r"(?:(?:the|den|die|les|los|las|i|gli|le|os|as|de)\s+)?$"
)


def _world_as_standing_rule(doc: Doc, roles: list[Role], world_at: int) -> bool:
    """Whether "all destinations" is said in a sentence of what goes on as before ("continue
    to be refused for all destinations") after an earlier sentence lists two places or more
    (or the rows of a table name them)."""
    a, b = doc.sentence_of(world_at)
    listed = {
        r.place.code
        for r in roles
        if r.role == STRONG
        and r.source in ("list", "glue", "heading")
        and r.place.code not in (WORLD, WORLD_WEAK)
        and r.place.start < a
    }
    return len(listed) >= 2 and _GOES_ON.search(doc.norm, a, b) is not None


# What goes on as before ("continue to be refused", "bleiben weiterhin verboten")
_GOES_ON = lazy_compile(
    r"\b(?:continues? to be|continue to|remains?|still|weiterhin|toujours|continuent d'etre|"
    r"continue d'etre|siguen|sigue|continuan|continua|blijven|blijft|rimangono|rimane|"
    r"continuam|permanecem|permanece|nadal|по прежнему|продолжают|остаются)\b|"
    # Arabic "continues", "is still" ("يستمر تعليق قبول الطرود ... إلى جميع الدول"), "and"
    # or "so" written onto it ("ويستمر", "ولا يزال")
    r"(?<!\w)[وف]?(?:يستمر|تستمر|لا تزال|لا يزال|لاتزال|لايزال)(?!\w)"
)


def _carrier_stops(doc: Doc, place: Place) -> bool:
    """Whether the sentence of a carrier's name ("Parcelforce Worldwide is unable to collect
    export parcels") tells of a change or an inability: not a signature, a heading, "thank you
    for choosing Parcelforce Worldwide". (Any "cannot" in the sentence counts: "if you cannot
    find your number, contact Parcelforce Worldwide" does too.)"""
    a, b = doc.sentence_of(place.start)
    return changed_between(doc, a, b) or _UNABLE.search(doc.norm, a, b) is not None


_UNABLE = lazy_compile(
    r"\b(?:unable to|cannot|can't|can not|not able to|no longer|kann nicht|konnen nicht|"
    r"ne peut|ne peuvent|no puede|no pueden|non puo|non possono)\b"
)


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
    r"\b(?:among others|inter alia|unter anderem|u\.\s?a\.|entre autres|entre otros|"
    r"entre otras|"
    r"tra gli altri|onder andere|entre outros|między innymi|miedzy innymi|m\.\s?in\.|"
    r"в том числе|среди прочих|зокрема)\W*$"
)
# Blocs of states with rules of their own, whose members a notice names as examples; not a
# set of territories or islands ("US territories, including Guam": the ones affected)
_BLOCS = frozenset(("@EU", "@EEA", "@EFTA", "@GCC", "@EAEU", "@ASEAN"))
# After a region's name and a comma, its members named as part of it: "GCC countries,
# including Saudi Arabia and the UAE" (not "EU countries such as Austria and Belgium are
# delayed": those named are the ones affected)
_EXAMPLES_AFTER = lazy_compile(
    # "Gulf Cooperation Council (GCC) countries, including": past its short name in brackets
    r"\)?(?:\s*\([^()\n]{1,12}\))?(?:\s+(?:countries|states|member states|nations|"
    r"destinations|lander|pays|paises|paesi|landen))?\s*,\s*(?:including|incl\.|"
    r"einschliesslich|einschließlich|inklusive|darunter|y compris|notamment|insbesondere|"
    r"tra cui|entre ellos|entre eles|waaronder|among them|incluidos?|incluidas?|incluindo|"
    r"inclusi|inclusief)\s"
)
_OTHER_MEMBERS = lazy_compile(
    r"\b(?:the|all) other (?:\w+ )?(?:member states|member countries|members)\b|"
    r"\b(?:les|tous les) autres (?:\w+ )?(?:etats|pays) membres\b|"
    r"\b(?:die|alle) (?:anderen|ubrigen) (?:\w+ )?mitgliedstaaten\b"
)
# Words that say only some members of a region are meant ("several EU countries")
_SOME_WORDS = (
    r"several|some|certain|a number of|a few|mehrere|einige|bestimmte|plusieurs|certains|"
    r"certaines|quelques|varios|varias|algunos|algunas|alcuni|alcune|diversi|diverse|enkele|"
    r"meerdere|alguns|algumas|kilka|niektore|несколько|некоторые|кілька|деякі"
)
# "parts of the EU", "certains pays de l'UE", "enkele landen van de EU": some members
_SOME_OF_BEFORE = lazy_compile(
    rf"\b(?:{_SOME_WORDS}|parts? of|einige\w*|bestimmte\w*|teile\w*|certain\w*|partie\w* de|"
    r"algun\w*|partes? de|alcun\w*|parti di|delen van|v[aá]ri\w*)\b[^,.;:\n]{0,25}$"
)


_EXAMPLES_END = lazy_compile(r"[.;:\n]| (?:are|is|were|was|will|must|may|have|has)\b")


def _bloc_named_with_examples(
    doc: Doc, code: str, roles: list[Role], members: list[str], known: dict[str, bool]
) -> bool:
    """Whether one mention of the bloc ``code`` as a place of the change gives its members as
    examples (asked once per bloc; ``known`` keeps the answers). Not for a mention that says
    only some members are meant ("several EU countries")."""
    found = known.get(code)
    if found is None:
        found = known[code] = any(
            q.place.code == code
            and q.role in (STRONG, NEUTRAL)
            and _bloc_examples(doc, q, roles, members)
            for q in roles
        )
    return found


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
_SOME_BEFORE = word_start(rf"\b(?:{_SOME_WORDS})\s+(?:of the\s+|der\s+|des\s+|de los\s+|dei\s+)?$")


# A rule for the whole customs union, as a member's customs page words it (not "EU-wide",
# which also names an operation or a campaign)
_EU_WIDE = word_start(
    r"\b(?:throughout the (?:eu|european union)|across the (?:eu|european union)|"
    r"in (?:der )?gesamten (?:eu|europaischen union)|"
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
    r"in tutti i 27 paesi dell'ue|dans les 27 pays de l'ue|en los 27 pa(?:i|í)ses de la ue|"
    # Czech, Slovak, Slovenian, Croatian, Romanian, Bulgarian, Greek, Lithuanian, Latvian,
    # Estonian, Hungarian (folded): "in all (27) member states (of the EU)"
    r"ve vsech (?:27 )?clenskych statech|vo vsetkych (?:27 )?clenskych statoch|"
    r"v vseh (?:27 )?drzavah clanicah|u svim (?:27 )?drzavama clanicama|"
    r"in toate (?:cele 27 (?:de )?)?statele membre|във всички (?:27 )?държави членки|"
    r"σε ολα τα (?:27 )?κρατη μελη|visose (?:27 )?(?:es )?valstybese narese|"
    r"visas (?:27 )?(?:es )?dalibvalstis|"
    r"koigis (?:27 )?(?:euroopa liidu |el-i |eli |el )?liikmesriikides|"
    r"europai unio (?:valamennyi|osszes|minden) tagallamaban|"
    r"eu (?:valamennyi|osszes|minden) tagallamaban|"
    r"valamennyi (?:eu-)?tagallamban|minden (?:eu-)?tagallamban|"
    # Swedish, Danish, Finnish, Portuguese: "in all the EU's member states"
    r"i alla eu:s medlemsstater|i alle eu's medlemsstater|i alle eu-medlemslande|"
    r"kaikissa eu:n jasenvaltioissa|em todos os estados[- ]membros)\b"
)


# A negation before "in all member states" in its sentence ("nu se aplică în toate statele
# membre", "neplatí", "ännu inte i alla", "δεν ισχύει σε όλα", "not yet in all")
_NOT_BEFORE_WIDE = word_start(
    r"\b(?:not|no|nicht|kein\w*|ne|pas|non|nao|niet|geen|nu|nie|neplati|neplatia|inte|ikke|"
    r"ei|eivat|"
    r"nem|δεν|δε|не|ні|contrairement|unlike|anders als|a diferencia|a differenza|"
    r"in tegenstelling|"
    # "si applica solo in Italia e si aggiunge al dazio previsto in tutti gli Stati membri":
    # the country's own rule beside the union's
    r"only|nur|seulement|uniquement|solo|solamente|soltanto|somente|alleen|kun|endast|bara|"
    r"vain|csak|tylko|pouze|iba|doar|samo|μονο|только|лише|тільки)\b"
)


def _members_as_examples(doc: Doc, roles: list[Role], members: list[str]) -> bool:
    """Whether the first member of a region listed neutrally follows "among others" or the like."""
    first = next((q for q in roles if q.role == NEUTRAL and q.place.code in members), None)
    if first is None:
        return False
    start = first.place.start
    return bool(_EXAMPLES.search(doc.norm, max(0, start - 40), start))


# "Zölle auf Sendungen aus allen 27 Mitgliedstaaten": where goods come from
_FROM_BEFORE = lazy_compile(r"\b(?:aus|from|von|de|des|du|van|uit|da|dal|dai|z|из|з)\s+$")


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
_NOT_INTO_CUE = lazy_compile(
    r"(?:within|throughout|inside|deliver\w*|delivery services|services|in|innerhalb|im|"
    r"dans|en|dentro|all'interno|binnen|внутри|в пределах|по|всередині|у межах|"
    r"for|fur|für|pour|per|para|voor|för|til)\b"
)
_POSSESSIVE = lazy_compile(r"['\u2019]s?\b")
_ARRIVING_BEFORE = lazy_compile(r"\b(?:arriving|addressed|destined|bound|inbound)\s+$")
_BACK_BEFORE = lazy_compile(r"\b(?:back|returned|zuruck|zurück|retour|retourne\w*|devuelt\w*)\s+$")


def _carrier_own_country(doc: Doc, roles: list[Role], regions, origin: str) -> bool:
    """Whether a carrier's site for ``origin`` names its own country as a destination: in the
    title ("Situation in Israel: network update"), as where shipments go ("import shipments
    to Finland may be delayed", not "parcels from the UK to Germany"), or inside a region
    shipments go to ("the GCC countries" on the UAE site). A carrier's country site speaks of
    what goes into its country as much as of what leaves it."""
    worldwide = False
    origin_sentences = set()
    own_origin_sentences = set()  # where the own country is named as where shipments leave
    for r in roles:
        if r.role == ORIGIN:
            origin_sentences.add(doc.sentence_of(r.place.start))
            if r.place.code == origin:
                own_origin_sentences.add(doc.sentence_of(r.place.start))
        elif r.role == STRONG and r.place.code in (WORLD, WORLD_WEAK):
            worldwide = True
    # "Shipments from the UAE to GCC countries": what leaves, or what comes in; a region named
    # so is the others, wherever else the notice names it (a region beside the own country as
    # origin with its cue read or not: "المرسلة من دولة الإمارات ... إلى دول مجلس التعاون")
    beside_origin = {
        r.place.code
        for r in roles
        if (r.role == STRONG and doc.sentence_of(r.place.start) in origin_sentences)
        or (
            r.role == NEUTRAL
            and r.place.code.startswith("@")
            and doc.sentence_of(r.place.start) in own_origin_sentences
        )
    }
    for r in roles:
        if r.role != STRONG or r.place.code in beside_origin:
            continue
        code = r.place.code
        if code == origin:
            if r.source == "title":
                if not worldwide:
                    return True
            elif r.source == "before" and r.cue is not None and _mail_into(doc, r, r.cue[0]):
                return True
        elif code.startswith("@") and origin in _expand(code, regions):
            return True
    return False


# The own country named as the senders' side: the domestic service ("parcels within
# Denmark", "à l'intérieur de la France", "Domestic parcels in Norway"), those who send
# ("companies in Sweden", "virksomheder i Danmark"), where parcels are handed in or picked up
# ("international shipments collected in the Netherlands")
_HOME_SIDE_BEFORE = lazy_compile(
    r"(?:\b(?:within|inside|innerhalb|inden for|inom|innenfor|binnen|dentro|a l'interieur|"
    r"all'interno|в пределах|внутри|у межах|всередині|"
    # Slovenian, Croatian, Czech, Polish, Slovak, Romanian: "Pošiljke znotraj Slovenije"
    r"znotraj|unutar|uvnitr|wewnatrz|na terenie|v ramci|vnutri|in interiorul)"
    r"(?:\s+|')(?:[^\s']{1,5}(?:\s+|')){0,2}|"
    r"\b(?:domestic|inland\w*|innenlands|inrikes|indenlandsk\w*|domestique\w*|"
    r"binnenlands\w*|krajow\w*|kotimaan|belfoldi|yurt ici|vnitrostatn\w*|vnutrostatn\w*|"
    r"notranj\w*|domac\w*|unutarnj\w*|unutrasnj\w*)\b[^.\n]{0,30}|"
    r"\b(?:companies|businesses|customers|clients|senders|shippers|merchants|retailers|sellers|"
    r"exporters|virksomheder|kunder|foretag|kunden|unternehmen|firmen|handler|"
    r"entreprises|empresas|aziende|imprese|bedrijven|klanten|firmy|klienci)\s+(?:\w+\s+){0,2}"
    r"(?:in|i|en|im|w|em|nel|nella|au|aux|na)\s+(?:the\s+|der\s+|la\s+)?)$"
)
_HOME_SIDE_REACH = 50
_SENT_HERE = lazy_compile(
    r"\b(?:collected|picked up|posted|dropped off|handed in|abgeholt|aufgegeben|eingeliefert|"
    r"enleve\w*|depose\w*|opgehaald|afgegeven|aangeboden|recogid\w*|depositad\w*|ritirat\w*|"
    r"nadan\w*|nadawan\w*|odebran\w*|afhentet|afhentes|indleveret|innlevert|hentes|hentet|"
    r"upphamtad\w*|hamtas|hamtade|inlamnad\w*|lamnas in|postitet\w*|noudet\w*|noudetaan)\b"
)
_SENT_HERE_REACH = 40


def _home_side(doc: Doc, r: Role) -> bool:
    """Whether the mention names the own country as the senders' side (see
    ``_HOME_SIDE_BEFORE``), within its sentence."""
    a, b = doc.sentence_of(r.place.start)
    start = r.place.start
    if _HOME_SIDE_BEFORE.search(doc.norm, max(a, start - _HOME_SIDE_REACH), start):
        return True
    lo, hi = max(a, start - _SENT_HERE_REACH), min(b, r.place.end + _SENT_HERE_REACH)
    return _SENT_HERE.search(doc.norm, lo, hi) is not None


def own_country_named(doc: Doc, roles: list[Role], origin: str, rule: bool) -> Role | None:
    """For a notice that names no other place: the first mention of the source's own country
    as where things go ("shipments to Israel") or heading a title, line or list ("Strike in
    Spain"), as a place unaffected ("the rest of Spain runs normally"), or, for a ``rule`` that
    holds in a country (a ban, a duty, a requirement), as where it holds ("a ban on flavoured
    vapes in Denmark"). Not as where goods come from, the operator's name, the domestic
    service, those who send ("for New Zealand businesses") or where parcels are handed in."""
    for r in roles:
        if r.place.code != origin or r.role not in (STRONG, NEUTRAL, UNAFFECTED):
            continue
        if _home_side(doc, r):
            continue
        if r.role == UNAFFECTED or (rule and r.role in (STRONG, NEUTRAL)):
            return r
        if r.role == STRONG and (
            r.source != "before" or r.cue is None or _mail_into(doc, r, r.cue[0])
        ):
            return r
    return None


def _mail_into(doc: Doc, into: Role, cue: int) -> bool:
    """Whether the cue at ``cue`` sends mail into the place ``into`` names."""
    return not (
        (
            _NOT_INTO_CUE.match(doc.norm, cue, into.place.start)
            # (not "International mail arriving for Vanuatu", "addressed for")
            and not _ARRIVING_BEFORE.search(doc.norm, max(0, cue - 12), cue)
        )
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


# "d'un autre pays de l'Union européenne", "from another EU member state"
_ANOTHER_BEFORE = lazy_compile(
    r"\b(?:another|other|autre|autres|anderen|anderer|anderes|otro|otra|otros|otras|altro|altra|"
    r"altri|ander|andere|outro|outra|outros|innego|innych)\b[^.;:!?\n]*$"
)


# A sentence that opens with "but" or "however"
_BUT_OPENS = lazy_compile(
    r"\s*(?:but|however|yet|mais|cependant|toutefois|aber|jedoch|allerdings|pero|sin embargo|"
    r"ma|tuttavia|maar|echter|mas|porem|men|ale|jednak|但是|但|不过|不過|然而|ただし|但し|"
    r"하지만|그러나|다만|لكن|ولكن)(?:\b|(?<=[^\x00-\u2fff]))"
)


def _only_after_but(doc: Doc, roles: list[Role], named: set[str]) -> set[str]:
    """The places first named as destinations in a sentence that opens with "but"."""
    opened: dict[str, bool] = {}
    for r in roles:
        code = r.place.code
        if r.role != STRONG or code not in named or code in opened:
            continue
        a = doc.sentence_of(r.place.start)[0]
        opened[code] = _BUT_OPENS.match(doc.norm, a) is not None and not doc.in_title(a)
    return {c for c, but in opened.items() if but}


def _only_asked(doc: Doc, roles: list[Role], named: set[str]) -> set[str]:
    """The places named as destinations only in questions of the body that name no region
    ("Does this affect US territories such as Guam?" asks of the places it names)."""
    regions = [r.place.start for r in roles if r.place.code.startswith("@")]
    if not regions:
        return set()  # ``named`` only narrows regions
    asked: dict[str, bool] = {}
    for r in roles:
        code = r.place.code
        if r.role != STRONG or code not in named or asked.get(code) is False:
            continue
        a, b = doc.sentence_of(r.place.start)
        asked[code] = (
            not doc.in_title(r.place.start)
            and question_end(doc, r.place.start) is not None
            and not any(a <= p < b for p in regions)
        )
    return {c for c, only in asked.items() if only}


# Words of a title that only mean mail leaving ("International export services: update",
# "Despatch of international mail resumes"): not "overseas", "abroad" or "acceptance", which
# titles of shopping from abroad use as well
_LEAVING_TITLE = lazy_compile(
    r"\b(?:export\w*|dispatch\w*|despatch\w*|outbound|outgoing|ausfuhr\w*|versand ins|ins ausland|"
    r"au depart|chieu di|chiều đi|"
    # "Changes to sending medicines overseas": whatever imports of other countries it names
    r"(?:sending|posting|mailing|shipping) (?:\w+ ){0,2}(?:overseas|abroad)|"
    # "fin de l'acceptation à l'international", "envoyer à l'international" (not "achats à
    # l'international", "colis reçus à l'international": bought, received)
    r"(?:envois?|envoyer|expeditions?|expedier|acceptation) "
    r"(?:(?!recu|command|achet|achat|import)\w+ ){0,2}?a l.international|"
    # "Suspensión de la admisión de envíos al exterior" (not "compras al exterior", "paquetes de
    # compras al exterior": bought)
    r"(?:envios?|encomiendas?|paquetes|cartas|admision|remessas?|encomendas|spedizioni|invii) "
    r"(?:(?!compra|acquist)\w+ ){0,2}?(?:al exterior|al extranjero|para o exterior|"
    r"para o estrangeiro|all.estero|verso l.estero))\b|"
    r"差立|发运|發運"
)


def _world_as_title_label(doc: Doc, roles: list[Role]) -> bool:
    """Whether "everywhere" names the title's section before a colon (a service: "Versand ins
    Ausland", 'משלוח ליעדים בחו"ל') and the rest of the title names where mail goes; not "All
    destinations: delays, including Australia", where the whole is the change."""
    ends = [
        r.place.end
        for r in roles
        if r.place.code == WORLD
        and r.role == STRONG
        and r.place.end <= doc.title_end
        and not _EVERY.match(doc.norm, r.place.start)
    ]
    if not ends:
        return False
    colon = doc.norm.find(":", min(ends), doc.title_end)
    return colon >= 0 and any(
        r.role == STRONG
        and r.place.code not in (WORLD, WORLD_WEAK)
        and colon < r.place.start < doc.title_end
        and not _INCLUDING_BEFORE.search(doc.norm, colon, r.place.start)
        for r in roles
    )


# "all destinations", "alle Länder", "toutes destinations": every place, not a section's name
_EVERY = lazy_compile(
    r"(?:to |nach |vers |para |a |per |naar |do |в |до )?(?:all|any|every|alle|alla|tous|toutes|"
    r"todos|todas|tutti|tutte|kaikki|wszystkie|все|всі|όλ\w*)\b"
)
_INCLUDING_BEFORE = lazy_compile(
    r"\b(?:including|incl|inkl|einschlie\w+|auch|also|y compris|incluid\w*|inclus\w*|anche|"
    r"compres\w*|ook|inclusief)\b"
)


def _after_strong(doc: Doc, roles: list[Role], r: Role) -> bool:
    """Whether the place named last before the region ``r`` in its sentence, its members' "and
    the other", is a strong one."""
    before = _place_before(doc, roles, r)
    return before is not None and before.role == STRONG


def _place_before(doc: Doc, roles: list[Role], r: Role) -> Role | None:
    """The place named last before ``r`` in its sentence, if any."""
    a = doc.sentence_of(r.place.start)[0]
    before = [q for q in roles if a <= q.place.start < r.place.start and q is not r]
    return max(before, key=lambda q: q.place.start) if before else None


def _own_and_the_rest(
    doc: Doc, roles: list[Role], rest: list[Role], origin: str, regions: dict[str, list[str]]
) -> str | None:
    """The union whose "other members" follow the source's own country, named strong right
    before it ("to Belgium and the other member states of the EU"), if any (``rest``: the
    regions of ``_after_strong``)."""
    for r in rest:
        if r.place.code not in _UNIONS or origin not in regions.get(r.place.code, ()):
            continue
        before = _place_before(doc, roles, r)
        if before is not None and before.place.code == origin:
            return r.place.code
    return None


def _rest_left_as_is(doc: Doc, roles: list[Role], r: Role, members: list[str]) -> bool:
    """Whether "and the other members" at ``r`` is said in a sentence where a stop goes on,
    while the region or some of its ``members`` are places of the change in another sentence
    ("Retomamos la admisión a Francia, Italia y Alemania. Para Portugal y los demás Estados
    miembros de la UE, el servicio sigue suspendido")."""
    sentence = doc.sentence_of(r.place.start)
    if not _STILL_STOPPED.search(doc.norm, *sentence):
        return False
    return any(
        q.role == STRONG
        and doc.sentence_of(q.place.start) != sentence
        and (q.place.code == r.place.code or q.place.code in members)
        for q in roles
    )


def _world_in_body(doc: Doc, roles: list[Role]) -> bool:
    """Whether the body names every destination ("to all international destinations")."""
    return any(r.place.code == WORLD and not doc.in_title(r.place.start) for r in roles)


def _inbound_in_title(doc: Doc) -> bool:
    """Whether the title itself speaks of mail coming in ("Inbound mail delayed ...")."""
    return any(
        m.value[0] == "inbound" and doc.in_title(m.start)
        for m in lexicon.matches(doc, "destinations")
    )


# "this rule also applies to", "dette gjelder også", "gilt auch für": what follows is within a
# scope named before (with passes._SAME_APPLIES: "the same applies to", "dasselbe gilt")
_ALSO_APPLIES = lazy_compile(
    r"\b(?:(?:this|it|the) (?:\w+ )?(?:also|equally) applies to|applies also to|"
    # (any subject in the Nordic languages: "Tillægget gælder også pakker til Grønland")
    r"(?:gjelder|gælder) (?:ogsa|ligeledes)|galler (?:aven|ocksa)|"
    r"(?:das|dies) gilt (?:auch|ebenfalls)|cela s'applique (?:aussi|egalement)|"
    r"(?:esto|ello) (?:tambien se aplica|se aplica tambien)|(?:cio|questo) vale anche|"
    r"dotyczy to (?:rowniez|takze))\b"
)


def _unchanged_rows(
    doc: Doc, roles: list[Role], found: tuple[dict[str, tuple[int, int]], ...]
) -> list[str]:
    """The places only a table's rows name, when the page says its other rows are unchanged
    and names the changed places outside the table ("What changed in this update: Israel"),
    counted over the places of every role in ``found`` (Israel may be neutral, the rows
    strong)."""
    if not other_rows_stand(doc):
        return []
    in_row: set[str] = set()
    outside: set[str] = set()
    for r in roles:
        if r.role not in (STRONG, NEUTRAL) or not any(r.place.code in f for f in found):
            continue
        (in_row if in_table_row(doc, r.place.start) else outside).add(r.place.code)
    if not outside:
        return []
    return sorted(in_row - outside)


# A row of a table for the places it does not name: "| 5 | Other destinations | ...", "| Rest of
# world |" (read on the text as written)
_OTHER_PLACES_ROW = lazy_compile(
    rf"^[ \t]*\|[^\n]*\b{OTHER_PLACES}\b", re.IGNORECASE | re.MULTILINE
)


# "X and (all other) international destinations", "X and to international destinations", "X or
# to any international destination": between a country and the world after it
_AND_THE_WORLD = lazy_compile(
    r"\s*(?:and|&|et|und|y|e|en|or|ou|oder|o)\s+(?:(?:to|for|vers|pour|nach|a|para)\s+)?"
    r"(?:(?:all|any|other|all other|tous les|toutes les|autres|alle|"
    r"andere|todos los|otros|demais|outros)\s+)?(?:the\s+)?$"
)


def _places_and_the_world(doc: Doc, roles: list[Role], chosen: dict[str, tuple[int, int]]) -> bool:
    """Whether every place named as a destination (of ``chosen``: not the source's own country,
    "Within Canada, ...") is followed by "and international destinations" (the rest of the
    world), or follows "international and", so that the two together are everywhere abroad."""
    places = [
        r
        for r in roles
        if r.role == STRONG
        and r.place.code in chosen
        and r.place.code not in (WORLD, WORLD_WEAK)
        and r.source != "facility"
    ]
    worlds = [r.place for r in roles if r.place.code in (WORLD, WORLD_WEAK)]
    return bool(places) and all(
        any(
            0 <= w.start - r.place.end <= 24
            and _AND_THE_WORLD.fullmatch(doc.norm, r.place.end, w.start) is not None
            and _WORLD_NARROWED.match(doc.norm, w.end) is None
            for w in worlds
        )
        or _THE_WORLD_AND.search(doc.norm, max(0, r.place.start - 24), r.place.start) is not None
        for r in places
    )


# "international and U.S. destinations", "international or U.S. services": the rest of the
# world said before the place, as an adjective of the same noun
_THE_WORLD_AND = lazy_compile(
    r"\b(?:international|internationale?s?|internacional(?:es)?|internazional[ei])\s+"
    r"(?:and|&|or|et|und|y|e|ou|oder|o)\s+(?:the\s+)?$"
)


# "international destinations routed through Canada", "... in the Pacific", "... that connect
# through our hub": some destinations, not all
_WORLD_NARROWED = lazy_compile(
    r"\s*(?:routed|that|which|in|on|via|through|connecting|served|within|of|near|around)\b"
)


def _places_only_included(doc: Doc, roles: list[Role], world: tuple[int, int]) -> bool:
    """Whether the title sends mail "abroad" and every place the body names as a destination
    stands after "this also applies to" in its sentence (not "International parcels: delays
    to Sweden", nor a scope of all places with one place's stop of its own)."""
    if not doc.in_title(world[0]):
        return False
    places = [
        r
        for r in roles
        if r.role == STRONG and r.place.code not in (WORLD, WORLD_WEAK) and r.source != "facility"
    ]
    for r in places:
        if doc.in_title(r.place.start):
            return False
        a, b = doc.sentence_of(r.place.start)
        if (
            _ALSO_APPLIES.search(doc.norm, a, r.place.start) is None
            and _SAME_APPLIES.search(doc.norm, a, r.place.start) is None
        ):
            return False
        # (not "This also applies to parcels to Australia, which are suspended from ...": a
        # change of its own)
        if changed_between(doc, a, b):
            return False
    return bool(places)


# Right after every destination: the places it includes ("regardless of destination, including
# Canada", "alle Bestimmungsländer – also auch für Sendungen in die Schweiz"; normalised)
_WORLD_INCLUDING = lazy_compile(
    r"[\s,;:]*(?:(?:including|inclusive|einschließlich|einschliesslich|inklusive|also auch|"
    r"auch|y compris|incluso|incluidos?|incluidas?|inclusi|compresi|inclusief)\b|incl\.)"
)
WORLD_INCLUDING_REACH = 60


def _world_including(doc: Doc, roles: list[Role]) -> tuple[int, int] | None:
    """The span of every destination named in the body when each place cued as one stands
    after it in its sentence, the first right after an "including" that follows it."""
    places = [
        r
        for r in roles
        if r.role == STRONG and r.place.code not in (WORLD, WORLD_WEAK) and r.source != "facility"
    ]
    worlds = [
        r
        for r in roles
        if r.place.code in (WORLD, WORLD_WEAK)
        and r.role not in (ORIGIN, TRANSIT, EXCLUDED, UNAFFECTED)
        and not doc.in_title(r.place.start)
    ]
    found: tuple[int, int] | None = None
    for r in places:
        sentence = doc.sentence_of(r.place.start)
        before = [
            w
            for w in worlds
            if doc.sentence_of(w.place.start) == sentence
            and w.place.end <= r.place.start
            and _WORLD_INCLUDING.match(doc.norm, w.place.end) is not None
            and r.place.start - w.place.end <= WORLD_INCLUDING_REACH
        ]
        if not before:
            # a later place of the same list: "..., in die Schweiz, nach Liechtenstein"
            if found is None or doc.sentence_of(found[0]) != sentence:
                return None
            continue
        found = found or (before[-1].place.start, before[-1].place.end)
    return found


HEADER_LINE_LONGEST = 100  # a line under the title that heads the notice, not a sentence
AUTHORITY_LEAD = 60  # ... else the body's opening characters, where the speaker names itself
_FIRST_BODY_LINE = lazy_compile(r"\n\s*([^\n]*\S)")  # past blank lines
# Goods leaving the country, in the text's normal form ("export", "Ausfuhr", "eksportēt",
# "вывоз"; not the exporters: "Hinweise für Exporteure"): a customs authority's notice on
# them is about where they go
_GOODS_LEAVING = lazy_compile(
    r"\b(?!exporters|exporteu|exportør|exportador|eksportør|eksportuotoj)(?:export\w*|ausfuhr\w*|"
    r"eksport\w*|esporta\w*|uitvoer\w*|izved\w*|izvest\w*|вывоз\w*|экспорт\w*|вивез\w*|"
    r"експорт\w*|wywoz\w*|vyvoz\w*|isvez\w*)"
)
# Mail sent, in a customs authority's title: "Sending parcels to Russia and Belarus: what is
# prohibited under EU sanctions" is about goods leaving, as "export" is
_SENDING_TITLE = lazy_compile(
    r"\b(?:sending|send|versand|versenden|senden|envoi|envois|envoyer|envio|envios|enviar|"
    r"spedire|spedizioni|verzenden|versturen|wysylanie|wysylka|siuntimas|sutisana|saatmine|"
    r"lahettaminen|отправка|отправлять|відправлення|надсилання)\b"
)
# ... and coming in ("Import Restrictions Imposed on ... Material of Algeria": imports)
_GOODS_ENTERING = lazy_compile(
    r"\b(?:import\w*|einfuhr\w*|invoer\w*|ввоз\w*|импорт\w*|ввез\w*|імпорт\w*|uvoz\w*|"
    r"dovoz\w*|przywoz\w*|entry into|entering)"
)


# "Abroad" as where mail goes (not "international items", which go either way)
_ABROAD = lazy_compile(
    r"abroad|overseas|outside|\u05dc\u05d7\u05d5|etranger|ausland|extranjero|estero|buitenland|"
    r"exterior|utlandet|udlandet|ulkomaille|за кордон|за границ|海外|国外|國外|해외"
)


def _decide(
    doc, roles, regions, origin, customs, carrier_site, authorities, inbound, class_listed
) -> DestinationResult:
    strong: dict[str, tuple[int, int]] = {}
    neutral: dict[str, tuple[int, int]] = {}
    blocked: set[str] = set()
    held: set[str] = set()  # blocked as origin, operator's own, excluded or a name; not transit
    operator: dict[str, tuple[int, int]] = {}
    unaffected: dict[str, tuple[int, int]] = {}
    world_strong: tuple[int, int] | None = None
    world_neutral: tuple[int, int] | None = None
    world_left = True  # every world named without a cue is said to be unaffected
    weak_left = True  # and every "international" said so ("international mail as usual")
    not_to_all = False
    world_weak: tuple[int, int] | None = None
    world_weak_to: tuple[int, int] | None = None  # one that mail goes to ("to overseas ...")
    title_strong = False
    own_in_title = False  # the source's own country heads the title: counts only if kept below
    # A region whose members the notice names as destinations ("the Caribbean: Anguilla,
    # Antigua, ...", "EU countries such as France") stands for those members only; members
    # left out ("the EU except Hungary", "Germany is not affected") are not in it.
    _all_of_region(doc, roles)
    named = {r.place.code for r in roles if r.role == STRONG and r.source != "facility"}
    # members named only in a sentence that opens with "but" are the region's exceptions
    # ("resumed to EU member states. But mail to Malta and Cyprus stays suspended"): the
    # region stands whole beside them
    named -= _only_after_but(doc, roles, named)
    # ... and members named only in a customer's question ("What if I send a parcel to Germany
    # or Spain?" in the FAQ under a rule for the EU) are examples the answer covers
    named -= _only_asked(doc, roles, named)
    # counts from two members on
    listed = {r.place.code for r in roles if r.role == NEUTRAL and r.source != "facility"}
    left_out = {r.place.code for r in roles if r.role in (EXCLUDED, UNAFFECTED)}
    # a member excluded and named again ("寄往东盟国家（缅甸除外）", "寄往缅甸的…仍处于暂停状态")
    # is the region's exception, not an example of it
    named -= {r.place.code for r in roles if r.role == EXCLUDED}
    as_examples: dict[str, bool] = {}
    blocs: dict[str, bool] = {}  # bloc -> named with examples of its members
    # "Portugal and the other EU member states" said once of the change: the rest of the
    # members too, wherever else it names the region ("Retoma ... para a União Europeia")
    # (not where that sentence says a state goes on: "Para Portugal y los demás Estados
    # miembros de la UE, el servicio sigue suspendido" beside a resumption to three members)
    and_other = [
        r
        for r in roles
        if r.place.code.startswith("@")
        and _AND_OTHER_BEFORE.search(doc.norm, max(0, r.place.start - 50), r.place.start)
    ]
    # "в Польшу, а также в другие страны ЕС": the rest goes where the member before it goes
    rest_of_strong = [r for r in and_other if r.role == NEUTRAL and _after_strong(doc, roles, r)]
    with_the_rest = {
        r.place.code
        for r in and_other
        if r.role in (STRONG, NEUTRAL)
        and not _STILL_STOPPED.search(doc.norm, *doc.sentence_of(r.place.start))
    }
    for r in roles:
        code = r.place.code
        if r.source == "no_place":
            continue  # "from non-EU countries" says nothing of the EU's members
        if r.role == STRONG and code not in (WORLD, WORLD_WEAK) and doc.in_title(r.place.start):
            if code == origin and not customs:
                own_in_title = True
            else:
                title_strong = True
        span = r.cue or (r.place.start, r.place.end)
        if code in (WORLD, WORLD_WEAK):
            if r.role in (ORIGIN, TRANSIT, EXCLUDED):
                continue
            if code == WORLD and r.role == STRONG and _not_to_all(doc, r.place):
                not_to_all = True
            elif (
                code == WORLD
                and r.role == STRONG
                and not doc.in_title(r.place.start)
                and question_end(doc, r.place.start) is not None
            ):
                pass  # "Puis-je encore envoyer un colis vers tous les pays ? Non.": asked
            elif code == WORLD and r.role == STRONG:
                world_strong = world_strong or span
            elif code == WORLD:
                world_neutral = world_neutral or span
                world_left = world_left and r.role == UNAFFECTED
            else:
                world_weak = world_weak or span
                weak_left = weak_left and r.role == UNAFFECTED
                carrier = doc.full.startswith(CARRIER_WORLDWIDE, r.place.start)  # a name
                if world_weak_to is not None:
                    pass  # the first one found says it
                elif (
                    not carrier
                    and r.role == STRONG
                    and not (
                        _SENDERS_TO.search(doc.norm, max(0, span[0] - 40), span[0])
                        and not changed_between(doc, *doc.sentence_of(span[0]))
                    )
                ) or (carrier and r.role != UNAFFECTED and _carrier_stops(doc, r.place)):
                    # "unable to despatch items to overseas destinations"; "Parcelforce
                    # Worldwide services are suspended"
                    world_weak_to = span
            continue
        members = _expand(code, regions)
        if code.startswith("@"):
            whole: object = (
                r.source == "all_of"
                or "27" in doc.norm[r.place.start : r.place.end + 4]
                or _ALL_BEFORE.search(doc.norm, max(0, r.place.start - 12), r.place.start)
                or _ANY_MEMBER_BEFORE.search(doc.norm, max(0, r.place.start - 40), r.place.start)
                # "the finance ministers of the 27 EU states agreed", "em todos os 27
                # Estados-Membros": the same region said whole elsewhere (beside members named
                # as some of them: "some states such as Spain and Greece"; not "only Germany
                # and France apply it", nor "mail to Italy is delayed")
                or (
                    r.role == STRONG
                    and any(
                        q.place.code == code
                        and "27" in doc.norm[max(0, q.place.start - 4) : q.place.end + 4]
                        for q in roles
                    )
                    and not _members_singled_out(doc, roles, members)
                )
                # "Germany, Czechia and other EU countries": the rest of the members too (not
                # the rest said to stay as they are beside a change of the region named
                # elsewhere: "Para Portugal y los demás Estados miembros, el servicio sigue
                # suspendido")
                or (any(q is r for q in and_other) and not _rest_left_as_is(doc, roles, r, members))
                or (r.role in (STRONG, NEUTRAL) and code in with_the_rest)
                # "Saudi Arabia has done so since 2024; the other five member states now apply
                # the same rule": the named member and the rest
                or (code in _BLOCS and _OTHER_MEMBERS.search(doc.norm) is not None)
                # "to GCC countries, including Saudi Arabia and the UAE": examples of a bloc,
                # for each mention of it ("GCC countries: HS codes" in the title above)
                or (
                    code in _BLOCS
                    and _bloc_named_with_examples(doc, code, roles, members, blocs)
                    and not _SOME_OF_BEFORE.search(
                        doc.norm, max(0, r.place.start - 40), r.place.start
                    )
                )
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
                if r.role == STRONG and (
                    len(near) >= 2
                    # "International incidents: Caribbean" over "Dominica – service suspended |
                    # Dominican Republic – normal service": the title names the region of rows
                    # on its members, some of them unaffected
                    or (
                        near
                        and doc.in_title(r.place.start)
                        and left_out.intersection(members)
                        and not any(
                            q.place.code == code and not doc.in_title(q.place.start) for q in roles
                        )
                    )
                ):
                    # "items to the EU ... affected: Germany, France"; "the GCC states:
                    # Bahrain, Kuwait, Oman, ..." with two of them as headings below
                    for q in roles:
                        if q.role == NEUTRAL and q.place.code in members:
                            strong.setdefault(q.place.code, q.cue or span)
                    continue
                if named.intersection(members) or len(near) >= 2:
                    continue
            members = [c for c in members if c not in left_out]
            if r.role == ORIGIN and _ANOTHER_BEFORE.search(
                doc.norm, max(0, r.place.start - 30), r.place.start
            ):
                # "from another EU country": the other members, not those the notice names
                members = [c for c in members if c not in named and c not in listed]
        for c in members:
            if r.role == STRONG or (r.role == NEUTRAL and any(q is r for q in rest_of_strong)):
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
    if not_to_all and world_strong is None and _listed_strong(roles) < 2:
        world_strong = next(  # "remain non-mailable to all destinations": no list says which
            (r.cue or (r.place.start, r.place.end))
            for r in roles
            if r.place.code == WORLD and r.role == STRONG
        )
    for code in _unchanged_rows(doc, roles, (strong, neutral)):
        strong.pop(code, None)
        neutral.pop(code, None)

    evidence: list[tuple[str, int, int]] = []
    if customs:
        # A customs authority speaks about imports into its own country; "all countries"
        # and the like in its notices are countries of origin.
        world_strong = world_neutral = world_weak = world_weak_to = None
        own = origin
        if own is None:
            for m in authorities:
                own = m.value
                strong.setdefault(own, (m.start, m.end))
                break
        else:
            # "Service des douanes de Saint-Pierre-et-Miquelon" heading a French government
            # site's notice: the customs of one of the country's territories, imports into it
            # (not "renseignez-vous auprès de la douane de Nouvelle-Calédonie" further down)
            top = doc.title_end
            first = _FIRST_BODY_LINE.search(doc.full, doc.title_end)
            if first is not None:
                a, b = first.span(1)
                # a header, no sentence; or the opening words ("Avis de la douane de ...")
                top = b if b - a <= HEADER_LINE_LONGEST else a + AUTHORITY_LEAD
            for m in authorities:
                if m.value in _TERRITORIES.get(own, ()) and m.start < top:
                    own = m.value
                    strong.setdefault(own, (m.start, m.end))
                    break

        members = _expand(own or "", regions)
        outside = {c for c in strong if c[0] != "@" and c not in blocked and c not in members}
        titled_out = sorted(c for c in outside if doc.in_title(strong[c][0]))
        if (
            titled_out
            and _GOODS_ENTERING.search(doc.norm, 0, doc.title_end) is None
            and any(
                _GOODS_LEAVING.search(doc.norm, *doc.sentence_of(r.place.start)) is not None
                for r in roles
                if r.place.code in titled_out
            )
        ):
            # "Par preču sūtīšanu uz Krieviju": a customs authority on goods sent from its
            # country to the places its title names ("eksportēt", "izvesti no Latvijas"): the
            # places are where they go, not its own imports
            return DestinationResult(titled_out, [(c, *strong[c]) for c in titled_out], roles)
        # ... or said sent in the title ("Sending parcels to Russia and Belarus: what is
        # prohibited"); not the places in the customs union of a member's customs ("envois ...
        # à destination de l'Union européenne", "Envois vers le Royaume-Uni et les Pays-Bas")
        eu = regions.get("@EU", ())
        sent_out = [c for c in titled_out if not (own in eu and c in eu)]
        if (
            sent_out
            and _GOODS_ENTERING.search(doc.norm, 0, doc.title_end) is None
            and _SENDING_TITLE.search(doc.norm, 0, doc.title_end) is not None
        ):
            return DestinationResult(sent_out, [(c, *strong[c]) for c in sent_out], roles)
        if own and own.startswith("@") and outside and not origin:
            strong.pop(own, None)
            own = None  # the Commission on duties for parcels to the US: not the EU's imports
        if own in eu and _rule_into_eu(doc, roles, own):
            own = "@EU"
        elif (
            own in eu
            and (wide := _EU_WIDE.search(doc.norm)) is not None
            # the EU named in it or right after ("der EU", "dell'Unione", "van de EU")
            and _names_eu_at(roles, wide.start(), wide.end() + 9)
            and not _FROM_BEFORE.search(doc.norm, max(0, wide.start() - 8), wide.start())
            # not "the fee does not apply in all member states", "similar fees are not yet
            # charged in all member states": the rule is the country's own
            and not _NOT_BEFORE_WIDE.search(
                doc.norm, doc.sentence_of(wide.start())[0], wide.start()
            )
            # (a heading or a breadcrumb "Celní správa České republiky › Aktuality" names
            # no rule)
            and not _own_rule_elsewhere(
                doc, roles, own, {doc.sentence_of(wide.start())}, headings=False
            )
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
            territories = sorted(
                c
                for c in _TERRITORIES.get(own, ())
                if c in strong and c not in blocked and c not in unaffected
            )
            sentences = {doc.sentence_of(strong[c][0]) for c in territories}
            if (
                territories
                and not any(r.place.code == own and r.role in (STRONG, NEUTRAL) for r in roles)
                # the title is about them, or the own country is where the goods going there
                # come from (in the same sentence): not "the ban also applies to Norfolk
                # Island", "parcels to Jersey are exempt"
                and (
                    any(doc.in_title(strong[c][0]) for c in territories)
                    or any(
                        r.place.code == own
                        and r.role == ORIGIN
                        and doc.sentence_of(r.place.start) in sentences
                        for r in roles
                    )
                    # or no word in their sentences brings them under a rule told of the
                    # country ("colis envoyés à La Réunion" alone, not "Muutos koskee myös
                    # Ahvenanmaalle", "The rule applies to shipments addressed to Puerto Rico")
                    or not any(
                        _ALSO_TERRITORY.search(doc.norm, *doc.sentence_of(strong[c][0]))
                        for c in territories
                    )
                )
            ):
                # "envois de la France métropolitaine vers la Guadeloupe": the territories
                # the notice sends to, not the country whose customs speaks (named, if at all,
                # as where the goods come from)
                return DestinationResult(territories, [(c, *strong[c]) for c in territories], roles)
            span = strong.get(own) or neutral.get(own) or operator.get(own) or (0, doc.title_end)
            evidence.append((own, *span))
            # "das Zollgebiet der Schweiz und des Fürstentums Liechtenstein": a partner in the
            # customs territory, when the notice names it, receives under the same rules
            for partner in _CUSTOMS_PARTNERS.get(own, ()):
                named_span = strong.get(partner) or neutral.get(partner)
                if named_span is not None and partner not in blocked:
                    evidence.append((partner, *named_span))
            # its territories the notice names as where mail goes beside it ("entering the
            # United States, including shipments addressed to Puerto Rico, Guam and the U.S.
            # Virgin Islands", "the ban also applies to the Isle of Man"); not a territory set
            # apart in a sentence of its own ("Greenland has separate customs")
            named = {c for c, *_ in evidence}
            own_sentences = {doc.sentence_of(r.place.start) for r in roles if r.place.code == own}
            beside = {
                r.place.code
                for r in roles
                if r.role == STRONG
                and r.place.code in territories
                and (
                    (sentence := doc.sentence_of(r.place.start)) in own_sentences
                    or _ALSO_TERRITORY.search(doc.norm, sentence[0], r.place.start) is not None
                )
            }
            evidence += [(c, *strong[c]) for c in territories if c not in named and c in beside]
            return DestinationResult(sorted(c for c, _, _ in evidence), sorted(evidence), roles)
    elif origin:
        own_span = strong.get(origin) or neutral.get(origin)
        own_kept = carrier_site and _carrier_own_country(doc, roles, regions, origin)
        title_strong = title_strong or (own_kept and own_in_title)
        for table in (strong, neutral, operator, unaffected):
            if table is not strong or not own_kept:
                table.pop(origin, None)
        customs_own = next(
            (
                r
                for r in roles
                if r.place.code == origin and _CUSTOMS_AFTER.match(doc.norm, r.place.end)
            ),
            None,
        )
        # "International export services: update": mail leaving is the notice's matter; the
        # imports it also mentions do not make it about the source's own country
        outbound_title = _LEAVING_TITLE.search(
            doc.norm, 0, doc.title_end
        ) is not None and not _inbound_in_title(doc)
        # "日本に輸入することはできません" (cannot be imported into Japan): the cue of the own
        # country is itself a word of import (the longer phrase of a kind may hide the word
        # from the whole-text reading)
        inbound = (
            inbound
            or any(
                r.place.code == origin
                and r.role == STRONG
                and r.cue is not None
                and _IMPORT_IN_CUE.search(doc.norm, *r.cue) is not None
                for r in roles
            )
        ) and not outbound_title
        if inbound and customs_own is not None and not strong:
            # "parcels ... will not be released by Sri Lanka Customs": the source's own customs
            # stops what comes in; the places named are where the senders live
            span = (customs_own.place.start, customs_own.place.end)
            return DestinationResult([origin], [(origin, *span)], roles)
        # a partner in the customs territory named beside ("gelten auch für Sendungen an
        # Empfänger im Fürstentum Liechtenstein") receives under the same rules
        inbound_partners = [c for c in _CUSTOMS_PARTNERS.get(origin, ()) if c in neutral]
        if (
            inbound
            and not strong
            and not set(neutral) - blocked - set(inbound_partners)
            and world_strong is None
            # not "naar het buitenland" beside "uit het buitenland"; but "as postagens para o
            # exterior não são afetadas" says mail out is not the matter
            and (world_neutral is None or world_left)
            # not "Strikes at bpost: items to Belgium continue as normal" (and "incoming mail"
            # is Belgium's): the place the title says goes on is what the notice is about
            and not any(
                r.role == UNAFFECTED
                and r.place.code != origin
                and doc.in_title(r.place.start)
                # "Egypt Post: international mail continues normally" (with inbound mail
                # "likewise" below, and "to all international destinations" in the body), not
                # "Inbound mail: VAT ..., mail abroad not affected"
                and (
                    r.place.code not in (WORLD, WORLD_WEAK)
                    or (not _inbound_in_title(doc) and _world_in_body(doc, roles))
                )
                for r in roles
            )
        ):
            # "VAT on every parcel you receive from outside the EU" (PostNL): the operator's
            # own country receives them, named or not
            span = own_span or (0, doc.title_end)
            found = [(origin, *span)] + [(c, *neutral[c]) for c in inbound_partners]
            return DestinationResult(sorted(c for c, _, _ in found), sorted(found), roles)
        # "imports into Chile are not affected": mail coming in is what does not change
        own_unaffected = any(
            r.place.code == origin and r.role == UNAFFECTED for r in roles
        ) and not any(r.place.code == origin and r.role == STRONG for r in roles)
        if (
            inbound
            and own_span
            and not own_unaffected
            and not strong
            and not set(neutral) - blocked
            # not 'ליעדים בחו"ל' (to destinations abroad) in a title that says nothing of mail
            # coming in; "everywhere" in the body ("because of fewer flights to all
            # destinations, inbound mail to the UK is delayed") is in passing
            and not (
                (
                    (world_strong is not None and doc.in_title(world_strong[0]))
                    # "Vapes can no longer be posted abroad", 'עיכובים ... לחו"ל': mail going out
                    or (
                        world_weak_to is not None
                        and doc.in_title(world_weak_to[0])
                        and (
                            _ABROAD.search(doc.norm, *world_weak_to) is not None
                            # "international mail" goes out, unless the title speaks of its
                            # delivery ("затримки доставки міжнародних відправлень")
                            or DELIVERY.search(doc.norm, 0, doc.title_end) is None
                        )
                    )
                )
                and not _inbound_in_title(doc)
            )
            # not "tạm ngừng chấp nhận ... đi tất cả các nước" over "Bưu gửi quốc tế chiều đến
            # Việt Nam ... sẽ được khai thác": a stop to every place, and mail coming in told
            # of in a sentence that changes nothing
            # (or in the same sentence, under a title that says nothing of mail coming in:
            # "تعليق الرحلات التجارية من وإلى دولة الكويت ... وقف استقبال جميع المواد البريدية
            # الصادرة إلى كافة دول العالم", flights to and from Kuwait cut, mail to every
            # country stopped)
            and not (
                world_strong is not None
                and changed_between(doc, *doc.sentence_of(world_strong[0]))
                and (
                    (
                        doc.sentence_of(own_span[0]) == doc.sentence_of(world_strong[0])
                        and not _inbound_in_title(doc)
                    )
                    or not changed_between(doc, *doc.sentence_of(own_span[0]))
                )
            )
        ):
            # "we suspend inbound parcels from China": the source's own country receives them
            return DestinationResult([origin], [(origin, *own_span)], roles)
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
            and not outbound_title
            and cued.source in ("before", "after")
            and (inbound or (from_abroad and not strong))
            and world_strong is None
            # not "Food coming into Australia", a section of its own below the news on food to
            # the EU
            and not (strong and _own_section_after(doc, roles, cued))
        ):
            # "parcels imported into Portugal from third countries such as China": a notice
            # about imports that sends things to the source's own country is about that
            # country; the others it names are where the goods come from. "Parcels to Belgium
            # and the other member states of the EU": the own country and its union.
            span = cued.cue or own_span or (0, doc.title_end)
            union = _own_and_the_rest(doc, roles, rest_of_strong, origin, regions)
            if union is not None and not _own_rule_elsewhere(
                doc, roles, origin, {doc.sentence_of(r.place.start) for r in rest_of_strong}
            ):
                codes = sorted(set(_expand(union, regions)) | set(partners))
                return DestinationResult(codes, [(c, *strong.get(c, span)) for c in codes], roles)
            return _own_country(origin, span, partners, strong, roles)
        if len(strong) == len(partners) and world_strong is None and not outbound_title:
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
            if into is not None:
                into_span = into.cue or own_span or (0, doc.title_end)
                if _mail_into(doc, into, into_span[0]):
                    return _own_country(origin, into_span, partners, strong, roles)

    if (
        world_strong is not None
        and title_strong
        and strong
        and world_strong[0] >= doc.title_end
        # not "resuming U.S. and international services" over "to the United States and all
        # international destinations": the title names the rest of the world beside them
        and not _places_and_the_world(
            doc, [r for r in roles if doc.in_title(r.place.start)], strong
        )
    ):
        world_strong = None  # the title names the destinations; "all services" means theirs
    if world_strong is not None and title_strong and _world_as_title_label(doc, roles):
        world_strong = None  # "Versand ins Ausland: Aussetzung der Sendungen nach Russland"
    if (
        world_strong is not None
        and class_listed
        and _listed_strong(roles) >= 2
        and _OUTSIDE_EU.search(doc.norm, *world_strong)
    ):
        world_strong = None  # "non-EU countries": Switzerland, Norway, ... as the list names them
    if (
        world_strong is not None
        and _listed_strong(roles) >= 2
        and _list_head_after(doc, world_strong[0])
    ):
        world_strong = None  # "for all international letters ... sent to the destinations
        # below": the list says which
    if world_strong is not None and _world_as_standing_rule(doc, roles, world_strong[0]):
        world_strong = None  # "... only to France, India and Madagascar. Lithium batteries
        # continue to be refused for all destinations": the list is the change
    if (
        world_strong is not None
        and world_strong[0] >= doc.title_end
        and len([c for c in strong if c[0] != "@"]) >= 2
        and _COUNTED_PLACES.search(doc.norm, 0, doc.title_end) is not None
        # (not "From 1 June they are banned in parcels to all international destinations";
        # but "lithium batteries continue to be refused for all destinations" is as before:
        # _ALL_WORD and _GOES_ON are those of _not_to_all and _world_as_standing_rule)
        and not any(
            r.place.code == WORLD
            and r.role == STRONG
            and r.place.start >= doc.title_end
            and _ALL_WORD.search(doc.norm, max(0, r.place.start - 12), r.place.end)
            and not _GOES_ON.search(doc.norm, *doc.sentence_of(r.place.start))
            for r in roles
        )
    ):
        world_strong = None  # "... to 10 countries": "abroad" in the text means those listed
    if world_strong is not None and strong and _world_only_as_heading(doc, roles):
        world_strong = None  # "Sending abroad: update" above "the following countries: A, B"
    if (
        world_strong is not None
        and world_strong[0] >= doc.title_end
        and (
            _table_of_places(doc, roles, world_strong[0])
            or (
                _UNLISTED_REMARK.search(doc.norm, *doc.sentence_of(world_strong[0])) is not None
                and _table_of_places(doc, roles, len(doc.norm))
            )
        )
    ):
        world_strong = None  # a table of 35 countries; "delays for all international mail"
    if (
        world_strong is not None
        and not strong
        and unaffected
        and doc.in_title(world_strong[0])
        and not changed_between(doc, 0, doc.title_end)
    ):
        # "Snus: nieuwe regels voor verzending naar het buitenland", a title that tells no
        # change, over a list that names the places and "naar België blijft mogelijk" (no
        # place cued as a destination yet): "abroad" names the page's matter, not every place
        world_strong = None
    if world_strong is not None:
        return DestinationResult([WORLD], [(WORLD, *world_strong)], roles)
    if strong and (within := _world_including(doc, roles)) is not None:
        # "regardless of destination, including Canada": the places are within the world
        return DestinationResult([WORLD], [(WORLD, *within)], roles)
    # Nothing changed anywhere ("the network in China remains operational"): the notice is
    # about the places its title names, else about every place it calls unaffected.
    titled = {
        c
        for r in roles
        if r.role == UNAFFECTED and doc.in_title(r.place.start)
        for c in _expand(r.place.code, regions)
    }
    if not strong and world_neutral is not None and titled - {origin} == {WORLD_WEAK}:
        # "Grève chez Air Canada : les envois internationaux continuent d'être acheminés" over
        # "le courrier ... à destination de l'étranger continuent d'être acceptés": the
        # all-clear is for all mail abroad, not for the places the body names as examples
        return DestinationResult([WORLD], [(WORLD, *world_neutral)], roles)
    if not strong and world_neutral is not None and not titled:
        # (not "Shipments to the Gulf states continue as normal" over a link "Sending abroad")
        return DestinationResult([WORLD], [(WORLD, *world_neutral)], roles)
    if strong and world_weak_to is not None and _places_and_the_world(doc, roles, strong):
        # "for the United States and international destinations" (Canada Post): the place
        # and the rest of the world, every destination abroad
        return DestinationResult([WORLD], [(WORLD, *world_weak_to)], roles)
    if strong and world_weak_to is not None and _places_only_included(doc, roles, world_weak_to):
        # "Customs declaration required for all items abroad ... This also applies to items to
        # Sweden, Denmark and other EU countries": the places are within the title's "abroad"
        return DestinationResult([WORLD], [(WORLD, *world_weak_to)], roles)
    if (
        not strong
        and world_weak_to is not None
        and doc.in_title(world_weak_to[0])
        and "|" in doc.full
        and _OTHER_PLACES_ROW.search(doc.full) is not None
    ):
        # "Surcharge for international parcels" over a table of zones with a row of "Other
        # destinations": the places the rows name are examples of every zone
        return DestinationResult([WORLD], [(WORLD, *world_weak_to)], roles)
    chosen = (
        strong
        or {c: s for c, s in unaffected.items() if c in titled}  # "no changes for items to X"
        or {c: s for c, s in neutral.items() if c not in blocked}
    )
    if not chosen and world_weak_to is not None:
        # "unable to despatch items to overseas destinations ... domestic letters in the UK
        # are operating as normal": the unaffected place is not what the notice is about
        return DestinationResult([WORLD], [(WORLD, *world_weak_to)], roles)
    # "airspace over Qatar closed ... operations in Qatar running as scheduled"
    spared = not chosen
    chosen = chosen or {c: s for c, s in unaffected.items() if c not in held}
    if not chosen and world_weak is None:
        # "CBSA: new rules for low-value imports": a customs authority named, no country
        for m in authorities:
            if m.value != origin and not m.value.startswith("@"):
                return DestinationResult([m.value], [(m.value, m.start, m.end)], roles)
    if not chosen:
        if world_weak is not None:
            return DestinationResult(
                [WORLD], [(WORLD, *world_weak)], roles, only_unaffected=weak_left
            )
        return DestinationResult([], [], roles)
    if chosen is strong and unaffected and not changed_between(doc, 0, doc.title_end):
        chosen = {**strong, **_territories_included(doc, roles, strong, unaffected)}
    if chosen is strong and neutral:
        chosen = {**strong, **_territories_listed(doc, roles, strong, neutral, blocked)}
    codes = sorted(chosen)
    evidence = [(c, *chosen[c]) for c in codes]
    return DestinationResult(codes, evidence, roles, only_unaffected=spared)


# The word "territories" in the languages of the notices ("Yhdysvaltojen alueita, kuten Puerto
# Ricoa", "les territoires américains", "US-Gebiete", "teritoriile externe ale Australiei")
_WORD_FOR_TERRITORIES = lazy_compile(
    r"\b(?:territor\w*|teritor\w*|terytori\w*|territoir\w*|gebiete\w*|gebieden|alueita|"
    r"alueet|alueille|alueisiin|omrader|территори\w*)\b"
)
# ... which the places come from, not where they go ("Les vols en provenance des territoires
# d'outre-mer comme La Réunion")
_FROM_TERRITORIES = lazy_compile(
    r"\b(?:from|provenance|provenant|provenientes?|procedentes?|aus|von|uit|desde|dalle|dai|"
    r"iz|из|з|с)\b"
)


def _territories_listed(
    doc: Doc,
    roles: list[Role],
    chosen: dict[str, tuple[int, int]],
    neutral: dict[str, tuple[int, int]],
    blocked: set[str],
) -> dict[str, tuple[int, int]]:
    """A chosen country's territories named, without a word of their own, after the word
    "territories" in their sentence ("Keskeytys koskee myös Yhdysvaltojen alueita, kuten
    Puerto Ricoa, Guamia"): its territories with their own codes are destinations with it."""
    found: dict[str, tuple[int, int]] = {}
    for r in roles:
        code = r.place.code
        if r.role != NEUTRAL or code not in neutral or code in chosen or code in blocked:
            continue
        if not any(code in _TERRITORIES.get(c, ()) for c in chosen):
            continue
        a, _ = doc.sentence_of(r.place.start)
        word = _WORD_FOR_TERRITORIES.search(doc.norm, max(a, r.place.start - 80), r.place.start)
        if word is not None and not _FROM_TERRITORIES.search(
            doc.norm, max(a, word.start() - 40), word.start()
        ):
            found[code] = neutral[code]
    return found


def _territories_included(
    doc: Doc,
    roles: list[Role],
    chosen: dict[str, tuple[int, int]],
    unaffected: dict[str, tuple[int, int]],
) -> dict[str, tuple[int, int]]:
    """A chosen country's territories that a sentence includes with it where it says service
    goes on ("parcels addressed to the U.S., including Puerto Rico and the U.S. Virgin Islands,
    continue to be accepted" under a title that tells no change): the notice is about them as
    about the country."""
    found: dict[str, tuple[int, int]] = {}
    for r in roles:
        code = r.place.code
        if r.role != UNAFFECTED or code not in unaffected or code in chosen:
            continue
        sentence = doc.sentence_of(r.place.start)
        if any(
            q.role == UNAFFECTED
            and code in _TERRITORIES.get(q.place.code, ())
            and q.place.code in chosen
            and q.place.end <= r.place.start
            and doc.sentence_of(q.place.start) == sentence
            and _INCLUDING_BEFORE.search(doc.norm, q.place.end, r.place.start)
            for q in roles
        ):
            found[code] = unaffected[code]
    return found
