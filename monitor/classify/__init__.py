"""Classification of change events: destinations, categories, kind, severity, relevance.

Explainable rules only (see DESIGN.md's taxonomy): a multilingual gazetteer finds the places,
the words around each place decide whether it is a destination, lexicons find product
categories and kinds of change, and every decision keeps the words that made it (offsets into
``title + "\\n" + text``) so an alert can say why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any

from monitor.classify import lexicon
from monitor.classify.categories import IGNORED, SENDING_ONLY, decide_categories, scoped_to_kind
from monitor.classify.changelog import newest_entry
from monitor.classify.destinations import (
    EXCLUDED,
    NAME,
    NEUTRAL,
    OPERATOR,
    ORIGIN,
    STRONG,
    TRANSIT,
    find_destinations,
    own_country_named,
)
from monitor.classify.destinations.bloc import bloc_holding_origin, own_fee_at_home
from monitor.classify.destinations.broad import Broad, broad_regions_named, narrowing
from monitor.classify.destinations.home import DELIVERY, delivered_at_home, delivered_nationwide
from monitor.classify.destinations.roles import UNAFFECTED, Role
from monitor.classify.diff import added_focus, lifted_codes, vanished_codes
from monitor.classify.domestic_only import domestic_only, domestic_prices_only, travellers_only
from monitor.classify.gazetteer import WORLD, WORLD_WEAK, gazetteer
from monitor.classify.kinds import (
    RELEVANT_SCORE,
    KindResult,
    decide_kind,
    freight_story,
    standing_ban,
)
from monitor.classify.kinds.decide import in_force_already
from monitor.classify.kinds.topics import reminds, title_reminds
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.severity import severity_of
from monitor.classify.text import (
    Doc,
    in_spans,
    line_above_list,
    list_under,
    paragraph_end,
    paragraph_start,
    section_under,
    strip_bullet,
)

__all__ = ["Classification", "classify", "classify_change"]

_NO_PLACE_ROLES = (OPERATOR, NAME)
_COUNTED_ROLES = (STRONG, NEUTRAL)
_ENDING_KINDS = ("suspension", "restriction", "prohibited_items", "delay")
# rules that hold in a country: one named as where they hold is where they apply; and what a
# reminder may restate (not a stop or a delay: a reminder of a disruption is the disruption)
_RULE_KINDS = ("prohibited_items", "duty_tax_change", "new_requirement", "restriction")
# what a storm, a flood or a strike at home does to mail: not a rule for what may be sent
_AT_HOME_KINDS = ("delay", "suspension", "resumption", "informational")


@dataclass
class Classification:
    relevant: bool
    destinations: list[str]  # sorted ISO alpha-2 upper case codes, or ["*"]
    categories: list[str]  # taxonomy ids, sorted
    change_kind: str  # taxonomy kind id; "irrelevant" when not relevant
    severity: str  # "critical" | "high" | "medium" | "low" | "none"
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _irrelevant(evidence: list[dict[str, Any]] | None = None) -> Classification:
    return Classification(False, [], [], "irrelevant", "none", evidence or [])


def _ev(doc: Doc, field_name: str, value: Any, start: int, end: int) -> dict[str, Any]:
    return {
        "field": field_name,
        "value": value,
        "text": " ".join(doc.full[start:end].split())[:200],
        "start": start,
        "end": end,
    }


def _change_sentences(doc: Doc, kind: KindResult) -> list[tuple[int, int]]:
    """The sentences that hold a word of the notice's kind of change."""
    return [doc.sentence_of(v.start) for v in kind.votes if v.kind == kind.kind]


def _change_about_sending(doc: Doc, kind: str, votes: list[Any], roles: list[Any]) -> bool:
    """Whether a word of change shares its line (or the title, or its sentence where prose is
    wrapped over lines) with mail, goods or a place: "delays in receiving the password" or "the
    race programme was suspended" in a press release names a change of something a sender does
    not send."""
    mine = [v for v in votes if v.kind == kind or v.kind != "informational"]
    if not mine or any(doc.in_title(v.start) for v in mine):
        return True
    lines = {doc.line_of(v.start) for v in mine}
    # prose wrapped over lines (a PDF, a plain-text mail): its whole sentence, and no more (the
    # first and last of its lines may hold another sentence: "... from the" / "beginning of
    # March. Parcels to France are not affected."); the lists and headings around are looked
    # up from all of its lines
    spans: list[tuple[int, int]] = []
    wrapped: set[tuple[int, int]] = set()
    for v in mine:
        a, b = doc.sentence_of(v.start)
        line = doc.line_of(a + (doc.full[a : a + 1] == "\n"))  # (a sentence after a line break)
        if line[1] >= b:
            continue  # a sentence within one line: its line counts, as before
        spans.append((a, b))
        while line[1] < b:
            wrapped.add(line)
            line = doc.line_of(line[1] + 1)
        wrapped.add(line)
    near = lines | wrapped
    lines |= list_under(doc, near, headings=True) | section_under(doc, near) | _heads_of(doc, near)
    lines |= _lines_gone_on_from(doc, near)

    def inside(pos: int) -> bool:
        return doc.line_of(pos) in lines or (bool(spans) and any(a <= pos < b for a, b in spans))

    for m in lexicon.matches(doc, "categories"):
        if (m.value not in IGNORED or m.value == SENDING_ONLY) and inside(m.start):
            return True
    # the operator naming itself ("Česká pošta closed some branches") is no place of change
    return any(inside(r.place.start) for r in roles if r.role != OPERATOR)


# A list's head whose sentence its items finish: it ends in a verb or a modal ("must:")
_HEAD_GOES_ON = lazy_compile(
    r"(?i)\b(?:must|should|shall|will|need to|needs to|have to|has to|are|is|include|includes|"
    r"müssen|muessen|sollen|werden|doivent|doit|devront|deben|deberán|devono|dovranno|moeten|"
    r"devem|muszą)\s*[:\uff1a]$|(?:必须|须|应|需要|しなければなりません)[:\uff1a]$"
)
_ITEM_GOES_ON = lazy_compile(r"[a-zà-ÿ]")  # or an item that goes on in lower case
# or a head that ends in a clause of "that" ("recuerda a los consumidores que, a partir del 1
# de febrero de 2026:"): its items are what it says
_HEAD_THAT = lazy_compile(r"(?i)\b(?:that|que|dass|che|dat)\b[^:\uff1a]*[:\uff1a]$")
_HEAD_REACH = 12  # lines up from an item of a list to the line that introduces it
_HEAD_TAIL = 40  # characters at the end of a head that hold its verb and colon


def _heads_of(doc: Doc, lines: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The line ending in ":" that introduces the list an item of ``lines`` belongs to ("all
    seeds arriving in Australia by mail must:" above "- carry a phytosanitary certificate")."""
    out = set()
    for a, _b in lines:
        item, bulleted = strip_bullet(doc.full[slice(*doc.line_of(a))].strip())
        if not bulleted:
            continue
        head = line_above_list(doc, doc.line_index(a), _HEAD_REACH)
        if head is None:
            continue
        text = doc.full[head[0] : head[1]].strip()
        if text.endswith((":", "\uff1a")) and (
            _HEAD_GOES_ON.search(text[-_HEAD_TAIL:])
            or _ITEM_GOES_ON.match(item)
            or _HEAD_THAT.search(text[-2 * _HEAD_TAIL :])
        ):
            # only a head whose sentence the item finishes ("... must:" over
            # "- carry a certificate"), not a heading over items with subjects of their own
            out.add(head)
    return out


def _lines_gone_on_from(doc: Doc, lines: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The lines above a line that goes on from them: a line in small letters goes on from the
    line above, a line right under a list from the list and its head ("Spedizioni destinati
    a:" / "- Sardegna" / "- Sicilia" / "subiranno ritardi ..."). A blank line ends them."""
    out: set[tuple[int, int]] = set()
    full = doc.full
    for a, b in lines:
        text = full[a:b].lstrip()
        if strip_bullet(text)[1]:
            continue
        k = doc.line_index(a)
        if k < 1:
            continue
        above = doc.line_of(doc.line_starts[k - 1])
        line = full[above[0] : above[1]].strip()
        if not line:
            continue
        listed = strip_bullet(line)[1]
        if not listed and not text[:1].islower():
            continue
        out.add(above)
        if listed:
            head = line_above_list(doc, k - 1, _HEAD_REACH)
            if head is not None:
                for j in range(doc.line_index(head[0]), k - 1):
                    out.add(doc.line_of(doc.line_starts[j]))
    return out


def _change_to_place(doc: Doc, kind: KindResult, roles: list[Any]) -> bool:
    """A carrier's banner names no goods: "Hurricane Fiona may cause service delays to and from
    Puerto Rico" is a change of sending when its sentence sends somewhere."""
    if kind.kind not in _TO_PLACE_KINDS:
        return False
    sentences = {doc.sentence_of(r.place.start) for r in roles if r.role == STRONG}
    return any(
        v.kind == kind.kind
        and (sentence := doc.sentence_of(v.start)) in sentences
        and _carried(doc, *sentence)  # not "its trade mission to X"
        for v in kind.votes
    )


_TO_PLACE_KINDS = frozenset(("suspension", "delay", "resumption"))


def _carried(doc: Doc, a: int, b: int) -> bool:
    """A word of carriage in ``doc.norm[a:b]`` that is not one of a service that carries no
    mail (looked for in the words beside it: "service delays" after "due to flight
    cancellations" is carriage; "the service of money orders" is not)."""
    for m in _CARRIAGE.finditer(doc.norm, a, b):
        if _NOT_CARRIAGE.search(doc.norm, max(a, m.start() - 25), min(b, m.end() + 25)) is None:
            return True
    return False


# what a carrier runs to a place: "service delays to Puerto Rico", "operations to Israel"
_CARRIAGE = lazy_compile(
    r"\b(?:services?|operations?|network|pick ?ups?|collections?|deliver\w*|transit|shipping|"
    r"routes?|laufzeit\w*|lieferzeit\w*|zustell\w*|versand|delais?|livraisons?|acheminement|"
    r"plazos?|prazos?|entregas?|envios?|tempi|consegn\w*|spedizion\w*|levertijd\w*|bezorg\w*|"
    r"servicios?|servizio|servizi|servicos?|dienst\w*)\b"
)
# services that carry no mail: money orders, buses, an airline's flights
_NOT_CARRIAGE = lazy_compile(
    r"\b(?:giros?|bonific\w*|geldovermaking\w*|money|remittances?|transfers?|bus|buses|coach\w*|"
    r"trains?|rail\w*|passengers?|flights?|vols|vuelos|voos|voli|vluchten|fluge|airlines?|"
    r"electricity|gas)\b"
)

# The kinds of change whose places a notice may name beside places of the opposite state:
# "Mail to Ukraine is accepted again; mail to Russia remains suspended"
_OPPOSITES = {
    "resumption": frozenset(("suspension", "restriction", "prohibited_items")),
    "suspension": frozenset(("resumption",)),
    "restriction": frozenset(("resumption",)),
}
_OPPOSITE_WEIGHT = 0.5  # a vote that counts (not one discounted as history or a link's)
_DOMINANCE = 1.0  # the kind's votes outweigh the opposite ones
# the auxiliaries of a past stop, up to three words before it: "was suspended", "waren seit
# März ausgesetzt", "fue suspendido"
_PAST_BEFORE = lazy_compile(
    r"\b(?:was|were|had been|had|wurde|wurden|war|waren|a ete|ont ete|etait|etaient|fue|fueron|"
    r"habia sido|estaba|estaban|estuvo|estuvieron|fu|furono|era|erano|stava|stavano|werd|"
    r"foi|foram|estava|estavam|zostal\w*|został\w*|bylo|było|byla|była|byli|было|была|были|був|була|були)"
    r"\s+(?:[^\W\d]+\s+|\d+\s+){0,3}$"
)
_GOES_ON = lazy_compile(
    r"\b(?:remains?|still|continues? to be|weiterhin|bleibt|bleiben|reste|restent|sigue|siguen|"
    r"resta|restano|blijft|blijven|nadal|по прежнему|остается|остаются|залишається|"
    r"залишаються)\b|继续|仍"
)
_PAST_REACH = 24


def _other_state_only(doc: Doc, kind: KindResult, roles: list[Any], codes: list[str]) -> set[str]:
    """The destinations that the notice names only in sentences of the opposite state and none
    of its change ("Mail to China is no longer suspended" in a notice of suspensions; "remains
    suspended" in one of resumptions): not where the change it announces applies."""
    opposite = _OPPOSITES[kind.kind]
    mine = sum(v.weight for v in kind.votes if v.kind == kind.kind)
    if mine < _DOMINANCE * sum(v.weight for v in kind.votes if v.kind in opposite):
        return set()  # the kind itself is in doubt: its places are too
    out = set()
    by_code: dict[str, list[Any]] = {}
    for r in roles:
        if r.role in _COUNTED_ROLES:
            by_code.setdefault(r.place.code, []).append(r)
    for code in codes:
        mentions = by_code.get(code)
        if not mentions or any(doc.in_title(r.place.start) for r in mentions):
            continue
        for r in mentions:
            a, b = doc.sentence_of(r.place.start)
            inside = [v for v in kind.votes if a <= v.start < b]
            if any(v.kind == kind.kind for v in inside) or not any(
                v.kind in opposite
                and v.weight >= _OPPOSITE_WEIGHT
                # a stop beside a resumption: one that goes on ("remains suspended"), not the
                # one that ended ("was suspended on 3 March; from today it can be sent again")
                and (
                    kind.kind != "resumption"
                    or _PAST_BEFORE.search(doc.norm, max(a, v.start - _PAST_REACH), v.start) is None
                    or _GOES_ON.search(doc.norm, a, b) is not None  # "..., remains suspended"
                )
                for v in inside
            ):
                break
        else:
            out.add(code)
    return out


# Changes that, named only with where the goods come from, are about the goods arriving (a
# duty, and these when the source is no carrier)
_CAME_IN_KINDS = frozenset(
    ("delay", "suspension", "resumption", "prohibited_items", "restriction", "new_requirement")
)


def _came_from_abroad(roles: list[Any], origin: str, sent_from: Doc | None = None) -> Any:
    """The first place named as where goods come from, if it is a country other than
    ``origin`` (not "goods from the United States" in a US notice, nor a region). With
    ``sent_from`` (the notice), only a place the mail comes from, not where goods were made
    ("speelgoed gemaakt in China")."""
    return next(
        (
            r
            for r in roles
            if r.role == ORIGIN
            and r.place.code != origin
            and not r.place.code.startswith("@")
            and (
                sent_from is None
                or r.cue is None
                or _MADE_IN.search(sent_from.norm, r.cue[0], r.place.start) is None
            )
        ),
        None,
    )


# Where goods were made, in the words of an origin's cue ("made in", "gemaakt in", "hechos en")
_MADE_IN = lazy_compile(
    r"\b(?:made|manufactured|produced|gemaakt|geproduceerd|hergestellt|fabrique\w*|hech[oa]s?|"
    r"fabricad\w*|prodott\w*|produzid\w*|wyprodukowan\w*|vyroben\w*|произведен\w*)\b"
)


# what a foreign post says: "Pos Malaysia has advised", "Canada Post informs", "La Poste
# (France) a informé" (up to two words of its name after the place)
_REPORTS_AFTER = lazy_compile(
    r"\)?(?:\s+[\w()]+){0,2}?\s+(?:has |have |had )?(?:advised|informed|announced|reported|reports|"
    r"informs|announces|notified|confirmed|warned|says|said|meldet|teilt|informiert|informe|"
    r"a informe|annonce|informa|ha informado|comunica|ha comunicato|meldt|heeft gemeld|"
    r"informuje|poinformowala|informoval[ao]?|сообщает|сообщила|повідомляє|повідомила)\b"
)


def _foreign_operator(doc: Doc, roles: list[Any], origin: str) -> Any:
    """The one foreign post or carrier the notice names by a country, when it names no other
    place, and reports through it ("Pos Malaysia has advised that flooding disrupts delivery"):
    what it reports is about delivery in its country. Not the publisher's own name in a
    breadcrumb, nor a product sold under a foreign post's name."""
    operators = [r for r in roles if r.role == OPERATOR and r.source != "publisher"]
    codes = {r.place.code for r in operators}
    if len(codes) != 1 or any(r.role not in _NO_PLACE_ROLES for r in roles):
        return None
    code = codes.pop()
    if code == origin or len(code) != 2 or not code.isalpha():
        return None
    return next((r for r in operators if _REPORTS_AFTER.match(doc.norm, r.place.end)), None)


def _narrowest(found: list[Broad]) -> list[Broad]:
    """The parts of the world named that hold no other one named, each once."""
    kept: dict[str, Broad] = {}
    for n in found:
        if n.name not in kept and not any(set(m.members) < set(n.members) for m in found):
            kept[n.name] = n
    return list(kept.values())


def _said_to_come_in(doc: Doc, pos: int) -> bool:
    """Whether the title or the sentence at ``pos`` speaks of goods coming in ("import VAT",
    "Sendungen aus dem Ausland", "hàng hóa nhập khẩu"), not of what customers send abroad."""
    a, b = doc.sentence_of(pos)
    return any(
        m.value[0] == "inbound" and (doc.in_title(m.start) or a <= m.start < b)
        for m in lexicon.matches(doc, "destinations")
    )


def _dates_at_home(doc: Doc, kind: KindResult, codes: list[str], origin: str | None) -> bool:
    """Whether the notice's only news is the last days to post, and either its title does not
    announce them (the dates for mail abroad "are published in November" elsewhere) or it
    names no place abroad (the dates for letters at home)."""
    phrases = lexicon.posting_date_phrases()
    posting = {m.start for m in lexicon.matches(doc, "kinds") if m.key in phrases}
    said = [v for v in kind.votes if v.kind == "informational" and v.weight >= RELEVANT_SCORE]
    if not posting or not said or any(v.start not in posting for v in said):
        return False
    return not any(doc.in_title(v.start) for v in said) or all(c == origin for c in codes)


# The last days to post said to be those of last year: "Our dates are the same as last year"
_DATES_AS_BEFORE = lazy_compile(
    r"\b(?:dates|deadlines)\b[^.;]{0,40}\b(?:are|remain|stay) (?:the same )?as last year|"
    r"\bsame (?:dates )?as (?:last year|in (?:19|20)\d\d)\b"
)


_STOP_KINDS = frozenset({"suspension", "resumption"})  # news a calendar page may also carry


def _dates_as_before(doc: Doc) -> bool:
    """Whether the title announces the last days to post and the text says they are last
    year's: a calendar that changes nothing."""
    phrases = lexicon.posting_date_phrases()
    return _DATES_AS_BEFORE.search(doc.norm) is not None and any(
        m.key in phrases and doc.in_title(m.start) for m in lexicon.matches(doc, "kinds")
    )


def _less(codes: list[str], aside: set[str]) -> list[str]:
    """``codes`` without the places set ``aside``, unless that would leave none: a notice
    that names only such places is about them after all."""
    if not aside or set(codes) <= aside:
        return codes
    return [c for c in codes if c not in aside]


def _named_only_where(
    roles: list[Role], aside: Callable[[int], bool], codes: Collection[str] | None = None
) -> set[str]:
    """The places (of ``codes``, if given) every counted mention of which stands where
    ``aside`` holds (given the mention's start): named only there, and so not where the
    notice's change applies."""
    set_aside: set[str] = set()
    said: set[str] = set()
    for r in roles:
        if r.role in _COUNTED_ROLES and (codes is None or r.place.code in codes):
            (set_aside if aside(r.place.start) else said).add(r.place.code)
    return set_aside - said


def _reminded_only(doc: Doc, kind: KindResult, roles: list[Role], codes: list[str]) -> set[str]:
    """The places named only in sentences that remind of a rule in force ("We remind you that
    items to Russia have not been accepted since 2022"): what the notice does not change. In a
    notice of suspensions a place reminded to "remain suspended" is not dropped: it is one of
    them."""
    held = (
        {doc.sentence_of(v.start) for v in kind.votes if v.kind == "suspension" and v.continued}
        if kind.kind == "suspension"
        else set()
    )
    asked: dict[tuple[int, int], bool] = {}  # a sentence names many places: asked once

    def reminded(pos: int) -> bool:
        sentence = doc.sentence_of(pos)
        if sentence not in asked:
            asked[sentence] = not doc.in_title(pos) and sentence not in held and reminds(doc, pos)
        return asked[sentence]

    return _named_only_where(roles, reminded, codes)


def _told_abroad(doc: Doc, kind: KindResult, roles: list[Role], spared: list[str]) -> bool:
    """Whether a sentence that tells the change names a place said to be spared ("Items to
    Cuba, which were already subject to a 2 kg limit, are suspended" is about Cuba) or mail
    abroad where it is first told ("Some international mail may be delayed"; not "foreign
    items for these areas may take longer" after the delays at home): the change is not at
    home."""
    told = {doc.sentence_of(v.start) for v in kind.votes if v.kind == kind.kind}
    first = doc.sentence_of(kind.evidence[0][1]) if kind.evidence else None
    return any(
        (r.place.code in spared and doc.sentence_of(r.place.start) in told)
        or (r.place.code in (WORLD, WORLD_WEAK) and doc.sentence_of(r.place.start) == first)
        for r in roles
    )


# mail abroad in a sentence, in the normalised text: "international", "overseas", "abroad",
# "other countries", "cross-border" (the title counts too, with the sentences of the change)
_ABROAD_WORDS = lazy_compile(
    r"\b(?:internationa\w*|internacion\w*|internazional\w*|miedzynarodow\w*|mezinarodn\w*|"
    r"medzinarodn\w*|nemzetkozi|overseas|abroad|foreign|outbound|cross border|ausland\w*|"
    r"etranger|estero|extranjero|exterior|buitenland\w*|utland\w*|udland\w*|utomlands|utrikes|"
    r"ulkomai\w*|zagranic\w*|quốc tế|antarabangsa|luar negara|luar negeri|"
    r"(?:other|foreign) countries|andere(?:n)? lander\w*|autres pays|otros paises|altri paesi|"
    r"διεθν\w*|εξωτερικ\w*|международн\w*|міжнародн\w*|за границ\w*|за кордон\w*)\b|"
    r"国際|国际|國際|海外|국제|해외|ระหว่างประเทศ|ต่างประเทศ|בינלאומי|دولي|الدولي|الدولية"
)


# mail at home said beside it: "delivery of domestic and international letters" is delivery here
_HOME_MAIL_TOO = lazy_compile(
    r"\b(?:domestic|inland|nacional\w*|nationale?s?|interno|interne|inlands?\w*|binnenland\w*|"
    r"krajow\w*|trong nuớc)\b|国内|國內|국내|ในประเทศ"
)


# a heading of the days to post by ("Easter: posting dates"), a calendar but no news of its
# own, which the informational words leave out
_POSTING_DATES = lazy_compile(r"\bposting dates\b")


def _posting_dates_only(
    doc: Doc, kind: KindResult, roles: list[Role], codes: list[str]
) -> set[str]:
    """The places named only in a paragraph of the last days to post that tells no change of
    the notice's kind ("St Patrick's Day: posting dates ... post to the USA and Canada by 5
    March" beside "Parcels to Australia: new maximum weight"): a calendar beside the news."""
    if kind.kind == "informational":
        return set()
    phrases = lexicon.posting_date_phrases()
    posting = [
        m.start
        for m in lexicon.matches(doc, "kinds")
        if m.key in phrases and not doc.in_title(m.start)
    ] + [m.start() for m in _POSTING_DATES.finditer(doc.norm, doc.title_end)]
    if not posting:
        return set()
    news = [v.start for v in kind.votes if v.kind == kind.kind and v.weight >= RELEVANT_SCORE]
    spans = [(paragraph_start(doc, p), paragraph_end(doc, p)) for p in posting]
    calendars = [(a, b) for a, b in spans if not any(a <= v < b for v in news)]
    if not calendars:
        return set()
    return _named_only_where(roles, lambda pos: in_spans(pos, calendars), codes)


# The mark of a status list's entry kept as it was: "No change since our last update.",
# "Malaysia (no change)", "Last changed 3 October 2024 – no change", "| Ongewijzigd |",
# "[Editorial change: ...]", "| redaktionell" (words as the normalised text writes them)
_UNCHANGED_ENTRY_HINTS = ("no change", "no further change", "unchanged", "ongewijzigd",
                          "unverandert", "inchange", "sin cambios", "invariat", "bez zmian",
                          "oforandrad", "uendret", "uændret", "keine anderung",
                          "aucun changement", "geen wijziging", "nessun cambiamento",
                          "sem alterac", "editorial", "redaktionell", "redactioneel",
                          "redactionnel", "redakcyjna")  # fmt: skip
_UNCHANGED_ENTRY = lazy_compile(
    r"\b(?:no (?:further )?changes?(?: in content)?|unchanged|ongewijzigd|unverandert|"
    r"inchange(?:e?s?)|sin cambios|invariat[oaie]|bez zmian|oforandrad\w*|uendret|uændret|"
    r"keine anderung(?:en)?|aucun changement|geen wijziging(?:en)?|nessun cambiamento|"
    r"sem alteracoes|editorial change|editorial|redaktionell|redactioneel|redactionnel\w*|"
    r"zmiana redakcyjna)\b"
)
# after the mark, on its line: "since 3 March 2024", "sinds 12-01-2024", "since our last update"
_SINCE_TAIL = lazy_compile(
    r"(?:since|sinds|seit|depuis|desde|dal|od|sedan|siden)\b[^.|)\]\n]{0,40}", re.IGNORECASE
)
# what a mark follows: it opens its part (not a colon: "Letters: no change." is the letters')
_MARK_BEFORE = frozenset(".!;(|[\u2013\u2014-\n")
_MARK_AFTER = frozenset(".!)|]:")  # and what ends it, if not its line's end

_ENTRY_CHARS = 600  # an entry of a status list is short; a page of one paragraph is no entry


def _unchanged_only(doc: Doc, kind: KindResult, roles: list[Role], codes: list[str]) -> set[str]:
    """The places whose entry (their table row, else their paragraph) marks itself
    unchanged ("No change since our last update.", "(ongewijzigd)") with no other place named
    between: in a list of places, each with its status, the entries kept as they were, beside
    the one marked new (a paragraph of an entry's length: a page of one block is no list). Not
    a place in a sentence that tells the notice's change as news while the mark stands
    elsewhere than on the entry's first line."""
    if not doc.holds_any(_UNCHANGED_ENTRY_HINTS):
        return set()
    named = sorted((r.place.start, r.place.code) for r in roles)  # any role: "Malaysia"
    codes_at: dict[int, set[str]] = {}
    for start, code in named:
        codes_at.setdefault(start, set()).add(code)
    news = {
        doc.sentence_of(v.start)
        for v in kind.votes
        if v.kind == kind.kind and not v.continued and v.weight >= RELEVANT_SCORE
    }
    full = doc.full
    # in a notice of suspensions, an entry that says its stop goes on unchanged is one of them
    # ("Russia and Belarus (first published 4 March 2022 - no change): We continue to suspend
    # all services"): a stop that remains still counts
    stops = (
        [v.start for v in kind.votes if v.kind == "suspension"] if kind.kind == "suspension" else []
    )

    def kept(pos: int) -> bool:
        if doc.in_title(pos):
            return False
        line_a, line_b = doc.line_of(pos)
        if "|" in full[line_a:line_b]:
            a, b = line_a, line_b  # a table's row
        else:
            a = paragraph_start(doc, pos)
            b = min(paragraph_end(doc, pos), a + _ENTRY_CHARS + 1)
            if b - a > _ENTRY_CHARS:
                return False
        if any(a <= p < b for p in stops):
            return False
        said = next(
            (m for m in _UNCHANGED_ENTRY.finditer(doc.norm, a, b) if _marks(full, a, m)), None
        )
        if said is None:
            return False
        sentence = doc.sentence_of(pos)
        first_line_end = full.find("\n", a, b)
        heading = first_line_end < 0 or said.start() < first_line_end  # "Australia (no change)"
        if sentence in news and not heading and not sentence[0] <= said.start() < sentence[1]:
            return False
        lo, hi = sorted((pos, said.start()))
        own = codes_at[pos]
        return all(code in own for start, code in named if lo < start < hi)

    return _named_only_where(roles, kept, codes)


def _marks(full: str, a: int, m: re.Match[str]) -> bool:
    """Whether the words ``m`` stand as a mark of their own: opening a sentence or a part of a
    line (after a bracket, a dash, a bar) and ending it, or its line, after a "since ..."."""
    before = full[a : m.start()].rstrip(" \t")
    line_end = full.find("\n", m.end())
    after = full[m.end() : line_end if line_end >= 0 else len(full)].lstrip(" \t")
    since = _SINCE_TAIL.match(after)
    if since is not None:
        after = after[since.end() :].lstrip(" \t")
    return (not before or before[-1] in _MARK_BEFORE) and (not after or after[0] in _MARK_AFTER)


def _still_stopped(doc: Doc, kind: KindResult, roles: list[Role]) -> set[str]:
    """In a notice of resumptions, the places named only where a stop is said to go on ("Niger
    - services remain suspended / Please do not post items to Niger"): in that sentence, or
    further down its paragraph; never beside a resumption."""
    held = [v for v in kind.votes if v.kind == "suspension" and v.continued]
    if not held:
        return set()
    resumed = {doc.sentence_of(v.start) for v in kind.votes if v.kind == "resumption"}
    held_sentences = {doc.sentence_of(v.start) for v in held}
    held_paragraphs = set()
    for v in held:
        a = doc.line_of(v.start)[0]
        held_paragraphs.add((a, paragraph_end(doc, a)))

    def stopped(pos: int) -> bool:
        sentence = doc.sentence_of(pos)
        return sentence not in resumed and (
            sentence in held_sentences or any(a <= pos < b for a, b in held_paragraphs)
        )

    return _named_only_where(roles, stopped)


def _speaks_of_mail_abroad(doc: Doc, kind: KindResult, roles: list[Role]) -> bool:
    """Whether the title or a sentence that tells the notice's change speaks of mail abroad,
    in words or as every destination ("international", "to other countries")."""
    spans = {doc.sentence_of(v.start) for v in kind.votes if v.kind == kind.kind}
    spans.add((0, doc.title_end))
    if doc.title_end < len(doc.full):  # and the body's first sentence
        spans.add(doc.sentence_of(min(len(doc.full) - 1, doc.title_end + 1)))
    return any(
        _ABROAD_WORDS.search(doc.norm, a, b) and not _HOME_MAIL_TOO.search(doc.norm, a, b)
        for a, b in spans
    ) or any(
        r.place.code in (WORLD, WORLD_WEAK) and any(a <= r.place.start < b for a, b in spans)
        for r in roles
    )


def _standing_stops_only(doc: Doc, kind: KindResult, roles: list[Role]) -> set[str]:
    """In a notice of another change, the places named only where a stop is said to be in
    force already ("Mail to Ukraine has already been suspended" beside a limit for Russia): the
    stop is no news of this notice (one said to "remain" is: status pages list them)."""
    held = {
        doc.sentence_of(v.start)
        for v in kind.votes
        if v.kind == "suspension" and v.continued and in_force_already(doc, v.start)
    }
    if not held:
        return set()
    held -= {doc.sentence_of(v.start) for v in kind.votes if v.kind == kind.kind}
    return _named_only_where(roles, lambda pos: doc.sentence_of(pos) in held)


def _classify_doc(
    doc: Doc,
    *,
    origin: str | None,
    source_kind: str | None,
    severity_overrides: dict[str, str] | None,
) -> Classification:
    customs = (source_kind or "").lower() == "customs"
    carrier = (source_kind or "").lower() == "carrier"
    origin = origin.upper() if origin else None
    dest = find_destinations(doc, origin=origin, customs=customs, carrier_site=carrier)
    # the operator naming itself, a person called Chad, or the bare word "international" is
    # no place a change is about
    place_at = {
        r.place.start: r.place.code
        for r in dest.roles
        if r.role not in _NO_PLACE_ROLES and r.place.code != WORLD_WEAK
    }
    place_starts = sorted(place_at)  # (in order: a rule may bisect them)
    kind = decide_kind(
        doc,
        {r.place.end for r in dest.roles if not r.before_cue},
        place_starts,
        # (not "international" and the like, which name no country: "Oficina de Canje
        # Internacional")
        [r.place.start for r in dest.roles if r.role == STRONG and r.place.code != WORLD_WEAK],
        # the places the title names, and those the body names as where mail goes
        {
            r.place.start: r.place.code
            for r in dest.roles
            if r.role == STRONG or doc.in_title(r.place.start)
        },
        place_at,
    )
    if kind.kind == "irrelevant" or kind.score < RELEVANT_SCORE:
        return _irrelevant()
    if (source_kind or "other").lower() == "other" and freight_story(doc):
        # "Exporters count the cost as 30% US tariff takes effect": the trade press on
        # companies' containers, whose markets are no places mail is sent to
        return _irrelevant()
    if doc.focus is not None and not any(doc.in_focus(v.start) for v in kind.votes):
        if not any(doc.in_focus(r.place.start) for r in dest.roles):
            return _irrelevant()  # the diff added nothing a sender must hear about
    cats = decide_categories(
        doc,
        kind.kind,
        kind.votes,
        customs=customs,
        place_starts=place_starts,
        mail_operator=carrier or (source_kind or "").lower() == "postal",
        other_source=(source_kind or "").lower() == "other",
    )
    if not cats.shipping_words and not _change_to_place(doc, kind, dest.roles):
        return _irrelevant()  # a change, but not of sending anything
    if not _change_about_sending(doc, kind.kind, kind.votes, dest.roles):
        normal = [v for v in kind.votes if v.kind == "informational"]
        if sum(v.weight for v in normal) < RELEVANT_SCORE or not _change_about_sending(
            doc, "informational", normal, dest.roles
        ):
            return _irrelevant()  # "the team's programme was suspended": a change of something else
        # "delivery in flooded towns is limited; mail to Poland goes on without restriction"
        normal_evidence = [("informational", v.start, v.end) for v in normal][:3]
        kind = KindResult(
            "informational", kind.score, normal_evidence, kind.votes, kind.irrelevant_topics
        )
    if (
        domestic_only(doc, dest.roles, origin)
        or domestic_prices_only(doc, kind.kind, kind.votes, dest.roles, origin)
        or travellers_only(doc, kind.votes)
    ):
        # "These revisions apply to domestic mail only", "The changes apply only to travellers"
        return _irrelevant()
    if kind.kind == "informational" and _dates_at_home(doc, kind, dest.codes, origin):
        return _irrelevant()  # "les dates limites de dépôt ... en France métropolitaine"
    agency = (source_kind or "").lower() == "other"
    kind = standing_ban(doc, kind, cats.categories, customs, agency)
    if kind.kind not in _STOP_KINDS and _dates_as_before(doc):
        # last year's calendar with the bans it recalls ("crackers can't be sent overseas")
        return _irrelevant()
    if kind.kind == "suspension" and dest.standing_stops:
        # a notice of suspensions: the places that remain suspended are its destinations too
        # (in one of resumptions they are what did not change)
        dest = find_destinations(
            doc, origin=origin, customs=customs, carrier_site=carrier, standing_counts=True
        )

    if kind.kind in _RULE_KINDS and title_reminds(doc, kind.votes):
        # "Médicaments achetés en ligne : rappel des règles": the rules it tells are the ones
        # in force (the goods they are about stay its categories)
        reminder = [("informational", 0, doc.title_end)]
        kind = KindResult("informational", kind.score, reminder, kind.votes, kind.irrelevant_topics)

    evidence: list[dict[str, Any]] = []
    trigger = kind.evidence[0] if kind.evidence else None
    if trigger:
        evidence.append(_ev(doc, "relevant", True, trigger[1], trigger[2]))
    for k, start, end in kind.evidence:
        evidence.append(_ev(doc, "change_kind", k, start, end))

    codes = dest.codes
    if kind.kind == "resumption" and len(codes) > 1:
        codes = _less(codes, _still_stopped(doc, kind, dest.roles))
    elif kind.kind != "suspension" and len(codes) > 1:
        codes = _less(codes, _standing_stops_only(doc, kind, dest.roles))
    if len(codes) > 1:
        codes = _less(codes, _reminded_only(doc, kind, dest.roles, codes))
    if len(codes) > 1:
        codes = _less(codes, _unchanged_only(doc, kind, dest.roles, codes))
    if len(codes) > 1:
        codes = _less(codes, _posting_dates_only(doc, kind, dest.roles, codes))
    if kind.kind in _OPPOSITES and len(codes) > 1:
        codes = _less(codes, _other_state_only(doc, kind, dest.roles, codes))
    if (
        origin
        and kind.kind == "duty_tax_change"
        and origin not in codes
        and (bloc := bloc_holding_origin(doc, dest.roles, codes, origin, gazetteer().regions))
    ):
        # "a €3 duty on parcels from outside the EU", told by a French post: paid in France too
        codes = sorted({*codes, origin})
        dest.evidence.append((origin, bloc.place.start, bloc.place.end))
    if (
        origin
        and kind.kind == "duty_tax_change"
        and not customs
        # (a carrier's fee, "dangerous goods handling fee", may be on all it sends)
        and not carrier
        and (fee := own_fee_at_home(doc, dest.roles, codes, origin, gazetteer().regions))
        is not None
    ):
        # "Colis hors UE : nouveaux frais de dédouanement" (bpost): the post's own fee, paid
        # where it delivers, its own country; not in every member of the bloc whose duties it
        # collects, nor in the places parcels come from ("commandé en Chine"), nor everywhere
        codes = [origin]
        dest.evidence[:] = [(origin, *fee)]
    spared: list[str] = []
    if dest.only_unaffected and kind.kind != "informational":
        # "Delivery in Nova Scotia may be delayed ... mail to the U.S. is not affected": the
        # places spared are what the change is about only when nothing says where it is
        spared, codes = codes, []
    home: tuple[str, int, int] | None = None
    home_note = ""
    if (
        origin
        and not customs
        and codes in ([], ["*"])
        # not "delays for outbound international shipments", "a países fuera de la UE", "all
        # receiving countries": mail said to go abroad, beyond the bare word "international"
        and not any(
            # (mail abroad said to be spared is no news abroad: "Les envois à destination de
            # l'étranger ne sont pas affectés")
            (r.place.code == WORLD and r.role not in (ORIGIN, TRANSIT, EXCLUDED, UNAFFECTED))
            or (r.place.code == WORLD_WEAK and r.role == STRONG and r.source == "before")
            for r in dest.roles
        )
    ):
        if kind.kind in _AT_HOME_KINDS:
            # "Hurricane Otis: delivery in Acapulco and Guerrero suspended": delivery where it
            # struck, in the source's own country, not a change for every destination
            starts = [v.start for v in kind.votes if v.kind == kind.kind]
            all_clear = kind.kind == "informational"
            home = delivered_at_home(doc, origin, starts, all_clear)
            home_note = "the places named are inside the source's own country"
            if home is None and (span := delivered_nationwide(doc, starts, all_clear)) is not None:
                # "perturbations dans la distribution du courrier sur l'ensemble du territoire"
                home = ("", *span)
                home_note = "delivery across the source's own country"
        elif (
            kind.kind == "duty_tax_change"
            and trigger
            # no other place but where goods come from ("hors UE", "USPS will collect ...":
            # the older rules read those; "goods from the EU" in a rate table do not stop it)
            and all(r.place.code in (origin, WORLD_WEAK) or r.role == ORIGIN for r in dest.roles)
            and not any(r.place.code == origin and r.role == ORIGIN for r in dest.roles)
            and _said_to_come_in(doc, trigger[1])
        ):
            # "fortolling av pakker fra utlandet", "GST on goods from overseas": a duty at no
            # place named, said of goods coming in, is paid where they arrive (not "a handling
            # fee on every parcel", "your customers abroad pay new duties": what is sent)
            home = ("", trigger[1], trigger[2])
            home_note = "a duty at no place named is paid where parcels arrive: here"
    narrowed: list[Broad] = []
    if codes == ["*"] and home is None:
        # "to all destinations in Africa": every country of the part of the world named
        everywhere = broad_regions_named(doc, [(0, len(doc.norm))], dest.roles)
        change = _change_sentences(doc, kind)
        in_change = [m for m in everywhere if doc.in_title(m.start) or in_spans(m.start, change)]
        first = next(
            (
                n
                for r in dest.roles
                if r.place.code == WORLD and (n := narrowing(doc, r.place.end, everywhere))
            ),
            None,
        )
        if first is not None:
            # "to all African countries ... to all destinations in Africa": the narrower part
            inside = [
                m
                for m in in_change
                if set(m.members) < set(first.members) and in_spans(m.start, change)
            ]
            narrowed = _narrowest(inside) or [first]
        elif not any(
            (r.place.code == WORLD and r.role == STRONG)
            # (not "Middle East situation: mail to Israel and Jordan accepted as usual")
            or (
                r.place.code not in (WORLD, WORLD_WEAK, origin)
                and r.role not in (ORIGIN, TRANSIT, EXCLUDED)
            )
            for r in dest.roles
        ):
            # "International mail to Africa: ... to all African countries": only the bare
            # word "international" said every destination; the part of the world says which
            # ("Africa" in the title over "West Africa" below: the narrower part)
            narrowed = _narrowest(in_change)
    if narrowed:
        codes = sorted({c for n in narrowed for c in n.members} - {origin})
        told: set[str] = set()
        for n in narrowed:
            for code in sorted(set(n.members) - {origin} - told):
                told.add(code)  # one item a country, however often its part is named
                evidence.append(_ev(doc, "destinations", code, n.start, n.end))
    elif home is not None and origin:
        codes = [origin]
        item = _ev(doc, "destinations", origin, home[1], home[2])
        item["note"] = home_note
        evidence.append(item)
    elif (
        origin
        and kind.kind == "duty_tax_change"
        and codes == [WORLD]
        # the world named only as spared ("Le spedizioni dirette all'estero non sono
        # interessate") beside goods that come in ("un pacco in arrivo dalla Cina")
        and all(
            r.role in (UNAFFECTED, ORIGIN, TRANSIT, EXCLUDED)
            for r in dest.roles
            if r.place.code in (WORLD, WORLD_WEAK)
        )
        and (came_from := _came_from_abroad(dest.roles, origin)) is not None
    ):
        codes = [origin]
        item = _ev(doc, "destinations", origin, came_from.place.start, came_from.place.end)
        item["note"] = "goods that come from abroad are taxed on arrival, mail abroad is spared"
        evidence.append(item)
    elif codes:
        for code, start, end in dest.evidence:
            if code in codes:
                evidence.append(_ev(doc, "destinations", code, start, end))
    elif (
        origin
        # (not a carrier's delay or stop: "Shipments originating from China may be delayed",
        # "pickups in Haiti are suspended" are of its network there)
        and (kind.kind == "duty_tax_change" or (kind.kind in _CAME_IN_KINDS and not carrier))
        and (
            came_from := _came_from_abroad(
                dest.roles, origin, doc if kind.kind != "duty_tax_change" else None
            )
        )
        is not None
    ):
        # "VAT on every parcel from web shops in China": a duty named only with where parcels
        # come from is paid where they arrive, the source's own country; so is a delay of
        # "przesyłki nadane w Chinach" (parcels posted in China) told by the Polish post, and
        # a stop of "mail and parcels from Pakistan" told by India Post (not of "toys made in
        # China", refused where they are posted)
        codes = [origin]
        item = _ev(doc, "destinations", origin, came_from.place.start, came_from.place.end)
        item["note"] = (
            "goods that come from here are taxed on arrival: the source's own country"
            if kind.kind == "duty_tax_change"
            else "mail that comes from here is changed where it arrives: the source's own country"
        )
        evidence.append(item)
    elif (
        origin
        and (own := own_country_named(doc, dest.roles, origin, kind.kind in _RULE_KINDS))
        is not None
    ):
        # "Service update Israel" on DHL's Israeli site, "GST on imports" from Australia Post:
        # a change about no place but the source's own country is about that country, not
        # about every destination
        codes = [origin]
        item = _ev(doc, "destinations", origin, own.place.start, own.place.end)
        item["note"] = "the only place named is the source's own country"
        evidence.append(item)
    elif origin and (foreign := _foreign_operator(doc, dest.roles, origin)) is not None:
        codes = [foreign.place.code]
        item = _ev(doc, "destinations", codes[0], foreign.place.start, foreign.place.end)
        item["note"] = "the only place named is a foreign operator's country"
        evidence.append(item)
    elif (
        spared
        and origin
        # ("international mail is accepted as usual" beside a stop of fresh food: any kind)
        and (kind.kind in _AT_HOME_KINDS or spared == ["*"])
        and trigger
        and origin not in spared
        and not _told_abroad(doc, kind, dest.roles, spared)
    ):
        # the change names no place, the places abroad are spared: it is at home
        codes = [origin]
        item = _ev(doc, "destinations", origin, trigger[1], trigger[2])
        item["note"] = "the change names no place and the places abroad are spared: here"
        evidence.append(item)
    elif spared:
        codes = spared
        for code, start, end in dest.evidence:
            if code in codes:
                evidence.append(_ev(doc, "destinations", code, start, end))
    elif not any(r.place.code in (WORLD, WORLD_WEAK) for r in dest.roles) and (
        broad := next(
            iter(broad_regions_named(doc, _change_sentences(doc, kind), dest.roles)), None
        )
    ):
        # "Parcels to the Middle East: delays": the part of the world named, not every country
        codes = sorted(set(broad.members) - {origin})
        for code in codes:
            item = _ev(doc, "destinations", code, broad.start, broad.end)
            item["note"] = "a part of the world named, no country: its members"
            evidence.append(item)
    elif (
        origin
        and trigger
        and kind.kind in _AT_HOME_KINDS
        and DELIVERY.search(doc.norm, *doc.sentence_of(trigger[1])) is not None
        # (not "Items posted to other countries may take longer to be delivered", nor "Delivery
        # delays" over "Outbound items may take longer": mail abroad, in the title or where the
        # change is told)
        and not _speaks_of_mail_abroad(doc, kind, dest.roles)
    ):
        # "aucune distribution de lettres ... ne sera effectuée", "Delivery of all articles
        # ... will remain suspended": a change of delivery that names no place is where the
        # source delivers, its own country (a change abroad names where the mail goes)
        codes = [origin]
        item = _ev(doc, "destinations", origin, trigger[1], trigger[2])
        item["note"] = "a change of delivery that names no place: here"
        evidence.append(item)
    else:
        # A change that names no destination is the sender's own operator's rule: it holds
        # for every international destination.
        codes = ["*"]
        if trigger:
            item = _ev(doc, "destinations", "*", trigger[1], trigger[2])
            item["note"] = "no destination named: applies to all"
            evidence.append(item)
    cats = scoped_to_kind(doc, kind.kind, cats)
    for cat, start, end in cats.evidence:
        evidence.append(_ev(doc, "categories", cat, start, end))
    return Classification(
        True,
        codes,
        cats.categories,
        kind.kind,
        severity_of(kind.kind, severity_overrides),
        evidence,
    )


def classify(
    title: str,
    text: str,
    *,
    origin: str | None = None,
    source_kind: str | None = None,
    severity_overrides: dict[str, str] | None = None,
) -> Classification:
    """Classify one notice (a new event). ``origin``: the source's own country. It is no
    destination of what the source sends abroad; it is one for a customs source (its rules are
    about imports into it), for a notice that names no other place, and on a carrier's site
    where it is named as where shipments go (``source_kind`` "carrier")."""
    doc = Doc.make(title or "", text or "")
    doc.focus = newest_entry(doc)  # a page's log of changes: its newest entry is the news
    doc.title_counts = doc.focus is None  # (and its title only names the page)
    return _classify_doc(
        doc, origin=origin, source_kind=source_kind, severity_overrides=severity_overrides
    )


def classify_change(
    title: str,
    old_text: str,
    new_text: str,
    *,
    origin: str | None = None,
    source_kind: str | None = None,
    severity_overrides: dict[str, str] | None = None,
) -> Classification:
    """For an updated notice: classify what the diff added; a destination that disappears from
    a list of suspended destinations is a resumption for that destination."""
    classify_doc = partial(
        _classify_doc, origin=origin, source_kind=source_kind, severity_overrides=severity_overrides
    )
    old_doc = Doc.make(title or "", old_text or "")
    old = classify_doc(old_doc)
    new_doc = Doc.make(title or "", new_text or "")
    if (new_text or "").strip():
        new_doc.focus = added_focus(old_text or "", new_doc)
        added = classify_doc(new_doc)
    else:
        added = _irrelevant()
    if added.relevant and added.change_kind != "informational":
        return added

    if (new_text or "").strip():
        lifted = lifted_codes(old_text or "", new_text)
        if lifted:
            base = len(title or "") + 1  # offsets into title + "\n" + new text
            evidence = [
                {
                    "field": f,
                    "value": v,
                    "text": line.text,
                    "start": base + line.start,
                    "end": base + line.end,
                }
                for code, line in sorted(lifted.items())
                for f, v in (("change_kind", "resumption"), ("destinations", code))
            ]
            return Classification(
                True,
                sorted(lifted),
                old.categories or ["all_goods", "documents"],
                "resumption",
                severity_of("resumption", severity_overrides),
                evidence,
            )
    if old.relevant and old.change_kind in _ENDING_KINDS:
        gone = vanished_codes(old_doc, new_doc, old.destinations)
        if gone:
            evidence = [
                {"field": "change_kind", "value": "resumption", **span, "in": "old_text"}
                for span in gone.values()
            ]
            evidence += [
                {"field": "destinations", "value": code, **span, "in": "old_text"}
                for code, span in gone.items()
            ]
            return Classification(
                True,
                sorted(gone),
                old.categories,
                "resumption",
                severity_of("resumption", severity_overrides),
                evidence,
            )
    return added
