"""The vote over every trigger of a notice: the words around each one turn, cancel or keep
it, and the notice-wide rules (in the sibling modules) discount what is not the news.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from monitor.classify import lexicon
from monitor.classify.guidance import points_to_other_entries
from monitor.classify.kinds.choose import (
    KINDS,
    choose_kind,
    count_topics,
    passenger_keys,
)
from monitor.classify.kinds.denials import (
    _BRANCH,
    _aimed_against,
    _any_denied,
    _branch_subject,
    _denied_report,
    _is_condition,
    _kept_after,
    _kept_before,
    _lifted_after,
    _named_again,
    _negates,
    _rumour_denied,
)
from monitor.classify.kinds.duties import (
    APP_HINTS,
    PROMISES,
    SHOP_HINTS,
    _addon_stopped,
    _has_duty_object,
    _lifted_duty,
    _paid_in_app,
    _prepaid,
    named_shop,
)
from monitor.classify.kinds.limits import (
    EXCEEDS,
    KEPT_LIMIT_FACTOR,
    ONLY_WORDS,
    RECIPIENT_HINTS,
    RESUMED_LIMIT_FACTOR,
    _data_not_admitted,
    _data_refused,
    _discount_complements,
    _local_stop,
    _over_limit,
    _partial_lift,
    limit_kept,
    refused_by_recipient,
)
from monitor.classify.kinds.others import (
    _discount_answered,
    _discount_answered_transport_stops,
    _discount_denied_title,
    _discount_label_title,
    _discount_others_stops,
    _discount_title_head,
)
from monitor.classify.kinds.page import (
    CONTINUED_FACTOR,
    SPEC_LINES_FEWEST,
    _continue_paragraph,
    _discount_all_clear_subjects,
    _discount_asides,
    _discount_guidance,
    _discount_heading_disruption,
    _discount_link_lists,
    _discount_older_items,
    _discount_page_intro,
    _discount_questions,
    _discount_spec_sheet,
    _discount_stop_causes,
)
from monitor.classify.kinds.phrases import (
    _CLAUSE_MARK,
    _NOW_NEW,
    _START_WORDS,
    _STOP_NOUN,
    _STOPS,
    _UNTIL_FURTHER,
    PAPERS,
    RELEVANT_SCORE,
    RULE_KINDS,
    dated_span,
)
from monitor.classify.kinds.plans import (
    RESUMPTION_NOUN,
    announced_before,
    called_off,
    limit_raised,
    read_elsewhere,
    recalled,
    resumption_postponed,
)
from monitor.classify.kinds.status_rows import weaken_standing_rows
from monitor.classify.kinds.topics import (
    _MAIL_BEFORE,
    _STARTS_NOW,
    ADVICE_HINTS,
    TITLE_CHANGES,
    _after_subject,
    _closure_sentences,
    _customs_office,
    _delay_beside,
    _delivery_target,
    _other_service_object,
    _other_service_sentences,
    _points_to_list,
    _restricted_mail,
    _sending_sentences,
    _starts_on_date,
    _transport_stop,
    advised_only,
    reminds,
)
from monitor.classify.kinds.triggers import _WEIGHT, Found, find_triggers
from monitor.classify.kinds.unchanged import (
    _ROUTINE_KINDS,
    LEAD_CHARS,
    _discount_kept_in_line,
    _discount_unchanged_parts,
    _discount_unmarked_rows,
    _halted_before,
    _said_unchanged,
)
from monitor.classify.kinds.votes import (
    _CONTRAST_WORD,
    MAIL_OR_ACCEPTANCE,
    KindResult,
    Vote,
    _clause_end,
    _clause_start,
    _gated,
    _gates_passed,
    _in_sentence,
    _required_of_mail,
    _weak,
    _words_between,
)
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match, PhraseMatcher, parse_phrase, with_contractions
from monitor.classify.resources import load_yaml
from monitor.classify.table_cache import cached
from monitor.classify.text import (
    ALREADY_WORDS,
    AS_BEFORE_A_STOP,
    EXAMPLE_MARKS,
    SECTION_HEADING_LONGEST,
    Doc,
    colon_ends,
    heading_line,
    inside_quotes,
    list_under,
)
from monitor.classify.wordstart import GuardedPattern, word_start

# a clause mark between a lifting word and the stop after it
_LIFT_CLAUSE_GAP = lazy_compile(r"[,;:\uff0c\uff1b\uff1a\u3001\u3002]")
_MODIFIERS = (
    "plain_refusal",  # a trigger of a stop once its subject is known (limits.mail_refused)
    "negation",
    "no_longer",
    "continuation",
    "condition",
    "lack_of",
    "duration",
    "proposal",
    "lifting",
    "future",
    "possibility",
    "contrast",
    "duty_objects",
    "irrelevant_topics",
    "job_topics",
    "question_topics",
    "figure_topics",
    "closure_topics",
    "holiday_names",
    "minor_topics",
    "other_services",
    "open_modes",
    "history_marks",
    "enforcement",
    "as_before",
    "addons",
    "pluperfect",
    "asked_about",
    "rumours",
    "denials",
    "_ignore",
)
TITLE_FACTOR = 2.5
PROMISE_FACTOR = 0.2  # a stopped guarantee: a weak word of delay
LEAD_FACTOR = 1.4
WEAK_FACTOR = 0.6
BRANCH_FACTOR = 0.05  # a change of one post office or branch
_NEEDS = frozenset(
    "required require requires needed necessary erforderlich requis requise necesario richiesto "
    "nodig necessario требуется потрібно".split()
)

# Single marks, compiled once (re.search with a pattern string looks it up in re's cache).
_SENTENCE_STOP = lazy_compile(r"\.(?:\s|$)|\n")


_WINDOW_GROUPS = (
    "negation",
    "no_longer",
    "continuation",
    "condition",
    "lack_of",
    "lifting",
    "future",
    "possibility",
    "duration",
    "contrast",
)


# Lists of kinds.yaml read as part of a group, whose keys a rule also asks for
_READ_WITH = {
    "informational": ("posting_dates",),
    "irrelevant_topics": ("exhibit_words", "passenger_words"),
}


def whole_text_entries() -> list[tuple[str, str, str]]:
    """Triggers and whole-notice markers, read over the whole text by ``lexicon``."""
    data = load_yaml("kinds.yaml")
    entries = []
    for group in KINDS + _MODIFIERS:
        if group in _WINDOW_GROUPS:
            continue
        raws = data[group] + [raw for extra in _READ_WITH.get(group, ()) for raw in data[extra]]
        seen = set(raws)
        for raw in raws:
            for phrase in with_contractions(raw):
                if phrase == raw or phrase not in seen:  # some are written contracted already
                    entries.append((*parse_phrase(phrase), group))
    return entries


@lru_cache(maxsize=1)
def _window_matcher() -> PhraseMatcher:
    """The modifiers, read only in the few words around each trigger: they are short, common
    words ("not", "if", "to") that would hit everywhere."""
    return cached("window", PhraseMatcher, _build_window_matcher)


def _build_window_matcher() -> PhraseMatcher:
    data = load_yaml("kinds.yaml")
    return PhraseMatcher(
        (*parse_phrase(raw), group) for group in _WINDOW_GROUPS for raw in data[group]
    )


# A second verb joined to the first: "are not affected and continue to operate normally"
_JOINED = lazy_compile(r",|\b(?:and|und|et|y|e|en|och|og|ja|и|і|та|а)\b")


_AS_ALWAYS_HINTS = (
    "always", "usual", "immer", "gewohnt", "toujours", "habitude", "siempre", "costum", "sempre",
    "solito", "altijd", "gewoonlijk", "unchanged", "nichts", "unverandert", "invariat",
    "inchange", "sin cambios", "ongewijzigd", "inalterad", "nothing changes", "rien ne change",
    "nada cambia", "niets verandert", "non cambia", "nulla cambia", "not changed", "as ever",
    "altid", "alltid", "som vanlig",
)  # fmt: skip
# advice that has always held: "As always, make sure you: - tell your customers that they may
# have to pay duties and taxes"
_AS_ALWAYS_WORDS = (
    r"(?:as always|as usual|as ever|wie immer|wie gewohnt|comme toujours|comme d'habitude|"
    r"como siempre|como de costumbre|come sempre|come al solito|zoals altijd|zoals gewoonlijk|"
    r"como sempre|como de costume|som altid|som alltid|som vanligt|som vanlig)\b"
)
_AS_ALWAYS = lazy_compile(rf"\s*{_AS_ALWAYS_WORDS}")
# the same inside the clause, before what it says: "skal som altid have en tolddeklaration"
# (not past a "but")
_AS_ALWAYS_BEFORE = lazy_compile(
    rf"\b{_AS_ALWAYS_WORDS}"
    r"(?:(?!\b(?:but|men|mais|aber|pero|ma|maar|mutta|however)\b)[^.;:\n]){0,40}$"
)


_AS_ALWAYS_KINDS = (*_ROUTINE_KINDS, "prohibited_items", "restriction")
# a title that announces a change, and the words of the newest rules: a ban told after "As
# always," is then news ("Important change for parcels to Australia" / "As always, we keep you
# informed: parcels ... are restricted"; "under the latest US rules e-cigarettes are prohibited")
_LATEST = lazy_compile(
    r"\b(?:(?:under|according to|following) the (?:latest|newest)|"
    r"(?:latest|newest) (?:rules|regulations|requirements)|neuesten (?:regeln|vorschriften)|"
    r"dernieres (?:regles|reglementations)|ultimas normas)\b"
)
# a reminder's own words before its colon: "As always, please remember: ..."
_REMEMBER = lazy_compile(r"\b(?:remember|remind\w*|erinner\w*|rappel\w*|recorda\w*|ricorda\w*)\b")


def _ban_recalled(doc: Doc, start: int) -> bool:
    """Whether a ban or limit after "as always" is recalled, not announced: no colon before it
    in its sentence (the "as always" of another verb) but a reminder's ("please remember:"), no
    change in the title, no "the latest rules"."""
    a, b = doc.sentence_of(start)
    norm = doc.norm
    colon = norm.rfind(":", a, start)
    return (
        (colon < 0 or _REMEMBER.search(norm, a, colon) is not None)
        and TITLE_CHANGES.search(norm, 0, doc.title_end) is None
        and _LATEST.search(norm, a, b) is None
    )


def _as_always(doc: Doc, start: int) -> bool:
    """Whether the sentence at ``start``, or the line over the list that holds it, opens with
    "as always": a reminder of what has always held (not a dated or new change in it)."""
    a, b = doc.sentence_of(start)
    if not (
        _AS_ALWAYS.match(doc.norm, a)
        or doc.line_index(start) in doc.once("as_always", _reminded)
        or _AS_ALWAYS_BEFORE.search(doc.norm, max(a, start - 60), start)
    ):
        return False
    return not (dated_span(doc, a, b) or _NOW_NEW.search(doc.norm, a, b))


def _reminded(doc: Doc) -> set[int]:
    """The lines of the lists under a line that opens with "as always" or says the rules do
    not change (once per notice)."""
    heads = set()
    for at in doc.line_starts:
        end = doc.line_of(at)[1]
        if not doc.full[at:end].rstrip().endswith((":", "\uff1a")):
            continue  # (list_under reads only lines that end so)
        if _AS_ALWAYS.match(doc.norm, at) or (
            (kept := _RULES_UNCHANGED.search(doc.norm, at, end)) is not None
            # not "nothing changes for letters, but for parcels from 1 January:" (read in the
            # sentence that says so, not the paragraph's figures before it)
            and _HEAD_EXCEPTION.search(doc.norm, doc.sentence_of(kept.start())[0], end) is None
        ):
            heads.add((at, end))
    return {doc.line_index(a) for a, _ in list_under(doc, heads)} if heads else set()


_HEAD_EXCEPTION = lazy_compile(
    r"\d|\b(?:but|except|apart from|save for|other than|mais|sauf|excepte|ma|tranne|eccetto|"
    r"salvo|pero|excepto|aber|au(?:ss|ß)er|bis auf|maar|behalve|mas|exceto)\b"
)
# A line that says the rules do not change, over the list of them: "An den Regeln ändert sich
# nichts:", "Le regole restano invariate:"
_RULES_UNCHANGED = lazy_compile(
    r"\b(?:the rules (?:are|remain) unchanged|nothing changes|the rules have not changed|"
    r"the (?:existing|current) rules (?:still |continue to )?apply|"
    r"(?:an den regeln )?andert sich nichts|die regeln bleiben unverandert|rien ne change|"
    r"nada cambia|niets verandert|non cambia nulla|nulla cambia|"
    r"le regole restano invariate|le regole rimangono invariate|les regles (?:restent|demeurent) "
    r"inchangees|las (?:normas|reglas) (?:siguen|permanecen) sin cambios|"
    r"de regels blijven ongewijzigd|as regras (?:mantem|permanecem) inalterad\w*)\b[^.!?]*:\s*$"
)


_NOT_RULED_OUT_HINTS = (
    "exclu", "ruled out", "ausgeschl", "auszuschl", "descart", "esclus", "escludono",
    "uitgesloten", "uit te sluiten",
)  # fmt: skip
# After a delay: words that it cannot be ruled out, a possibility
_NOT_RULED_OUT = lazy_compile(
    r"[^.;:!?\n]{0,40}?\b(?:ne sont pas exclu\w*|n'est pas exclu\w*|ne peu\w* pas etre exclu\w*|"
    r"cannot be ruled out|can not be ruled out|are not ruled out|is not ruled out|"
    r"nicht auszuschlie(?:ss|ß)en|nicht ausgeschlossen|no se descarta\w*|no pueden descartarse|"
    r"no puede descartarse|non (?:sono|e|vengono) esclus\w*|non si escludono|niet uit te sluiten|"
    r"worden niet uitgesloten|nao (?:sao|e|estao) (?:de )?exclu\w*|nao se exclu\w*)"
)


_ONLY_WORD = lazy_compile(rf"\b(?:{ONLY_WORDS}|jen|pouze)\b", re.I)  # (and Czech)
# A way, a sender or a kind of item the limit names before its papers (normalised text)
_OTHER_CONDITION = lazy_compile(
    r"\b(?:via|through|using|as|from|per|uber|par|por|tramite|mediante|durch|через)\b"
)
_LIMIT_WORDS = r"max\w*|up to|at most|hochstens|bis zu|jusqu'a|hasta"
# A limit of value or weight after the papers: "... data and a maximum value of 300 EUR"
_LIMIT_AFTER_PAPERS = lazy_compile(
    rf"\b(?:{_LIMIT_WORDS}|not exceeding|fino a|до|не более)\b|"
    r"\d\s*(?:kg|g|eur|euro|usd|gbp|chf|cad|aud|кг|руб\w*)\b|[$€£]\s*\d|\d\s*[$€£]"
)
_WITH_IN_KEY = 4  # the limit's own last letters may be its "with" ("только с", "только при")
_LIMIT_BEFORE_PAPERS = lazy_compile(rf"\d|\b(?:{_LIMIT_WORDS})\b")


def _papers_condition(doc: Doc, end: int) -> bool:
    """Whether the words after a "only" limit, in its sentence, name a document it needs and
    no figure or limit before it."""
    stop = min(doc.sentence_of(end - 1)[1], end + 160)
    papers = PAPERS.search(doc.norm, end, stop)
    return (
        papers is not None
        and not _LIMIT_BEFORE_PAPERS.search(doc.norm, end, papers.start())
        # the papers are the whole condition: not "only via our express service with ...",
        # "only from business customers with ...", "... data and a maximum value of 300 EUR"
        and not _OTHER_CONDITION.search(doc.norm, end, papers.start())
        and not _LIMIT_AFTER_PAPERS.search(doc.norm, papers.end(), stop)
        # a document that goes with the item, not one the sender holds ("only when the
        # shipper holds a valid alcohol licence": who may send)
        # (from the limit's last word: "принимаются только с|при" ends with its "with")
        and _WITH_ITEM.search(doc.norm, max(0, end - _WITH_IN_KEY), min(stop, papers.end() + 40))
        is not None
    )


_WITH_ITEM = lazy_compile(
    r"\b(?:accompan\w*|with|attached|enclosed|beilieg\w*|beigefugt\w*|mit|accompagn\w*|"
    r"acompa\w*|con|vergezeld|voorzien van|com|z|при наличии|с|з|із)\b|\bjoint\w*"
)


# Kinds a "may" before makes a possible consequence: "may be delayed", "may be stopped at the
# border" (beside a rule that says why, the rule is the news)
_MAY_KINDS = frozenset(("delay", "suspension"))
_MAY_STOP_KEYS = frozenset(("may", "might", "could", "may be", "might be", "could be"))


def _acronym(full: str, m: Match) -> bool:
    """A modifier written in capitals among words that are not: "Electronic nicotine delivery
    systems (ENDS) are nonmailable" names a product, no end of anything."""
    word = full[m.start : m.end]
    if len(word) < 3 or not word.isupper():
        return False
    # two words on each side: "END OF THE SUSPENSION" is a heading in capitals, not an acronym
    before = full[max(0, m.start - 30) : m.start].split()[-2:]
    after = full[m.end : m.end + 30].split()[:2]
    return not any(w.isupper() and len(w.strip("()[].,:;")) >= 2 for w in before + after)


@lru_cache(maxsize=1)
def _exhibit_keys() -> frozenset[str]:
    """An exhibition named in one word ("the exhibition", "la mostra", "wystawa"): the goods
    sent to one, in a sentence that states a change from a day ("Goods imported for the
    exhibition pay duty from 1 May"), are goods like any other."""
    return lexicon.list_keys("kinds.yaml", "exhibit_words")


_FROM_DAY = word_start(
    rf"\b(?:{_START_WORDS}|od|от|с|з|vom|a partir du|a partir de)\s+(?:the\s+|le\s+|el\s+|il\s+)?"
    r"\d{1,2}\b"
)


def _exhibit_beside_dated_change(doc: Doc, m: Match) -> bool:
    if m.key not in _exhibit_keys():
        return False
    a, b = doc.sentence_of(m.start)
    return _FROM_DAY.search(doc.norm, a, b) is not None


def _told_as_rumour(doc: Doc, rumours: list[Match], start: int) -> bool:
    """A rumour word before ``start`` in its sentence, with no "but" or colon between; or,
    as Turkish words it, just after ("yeni vergiler getirildiği yönünde paylaşımlar": posts
    saying that new taxes were introduced)."""
    a, b = doc.sentence_of(start)
    for m in rumours:
        if (
            a <= m.start < start
            and doc.norm.find(":", m.end, start) < 0
            and _CONTRAST_WORD.search(doc.norm, m.end, start) is None
        ):
            return True
        if (
            start < m.start < min(b, start + _RUMOUR_AFTER)
            and doc.norm.find(",", start, m.start) < 0
        ):
            return True
    return False


_RUMOUR_AFTER = 40  # characters from a change word to a rumour word that follows it


def _inside_informational(triggers: list[tuple[str, int, int, str]], pos: int) -> bool:
    """Whether ``pos`` lies in an all-clear phrase of its own: the "not" of "are not affected
    and continue to operate normally" negates nothing after it."""
    return any(t[0] == "informational" and t[1] <= pos < t[2] for t in triggers)


def _lasting_until(norm: str, m: Match, start: int, end: int) -> bool:
    """Whether Japanese "まで" (until) before a change says how long it lasts ("12月31日まで
    ... 停止します", "4台まで"), not that it waits (said after it: "再開されるまで"), nor the
    past: "先月まで ... 停止しておりました" (until last month ... had stopped), "これまで ...
    停止しておりましたが" (until now; the change comes after its "but")."""
    if _JA_PAST_AFTER.match(norm, end):
        return False
    if (
        norm[max(0, m.start - 2) : m.start] not in _UNTIL_NOW
        and norm[m.start - 1 : m.start] != "今"
    ):
        return True
    return _JA_BUT.search(norm, m.end, start) is not None


_UNTIL_NOW = ("これ", "それ", "いま")
_JA_BUT = lazy_compile(r"(?:が|けれど|けど|ものの)[、，]")
# a past state right after the change: "停止しておりました", "停止していました" (had been
# stopping; not "停止いたしました", stopped now)
_JA_PAST_AFTER = lazy_compile(r"[^、。，]{0,3}?(?:ておりました|ていました)")
# Chinese and Japanese say "once" after the verb: "恢復航班後" (after flights resume),
# "再開後に", "再開次第", "再開されるまで" (until it resumes)
_AFTER_IT = lazy_compile(r"\s*(?:[^\s。、，,.]{0,4}?)(?:後|后|次第|まで)")
# what a continuation word says goes on: the need of what follows ("continue to require a")
_STILL_NEEDED = lazy_compile(r"\s*(?:require|requires|need|needs)\s+(?:(?:a|an|the|your)\s+)?")


class _Notice(NamedTuple):
    """What every trigger's vote reads of its notice, found once: the words around the
    triggers, the notice's topics and the rare words a few rules need (the parameters of
    _cast_votes, in their order)."""

    doc: Doc
    triggers: list[tuple[str, int, int, str]]
    clauses: list[int]  # where each trigger's clause starts
    matches: list[Match]
    modifiers: list[Match]
    mod_starts: list[int]
    subject_ends: set[int]
    place_starts: list[int] | None
    weak: frozenset[str]
    gated: dict[str, tuple[str, ...]]
    duty_objects: list[Match]
    enforcement: list[Match] | None
    as_before: list[Match] | None
    addons: list[Match] | None
    pluperfect: bool
    asked: bool
    rumours: list[Match] | None
    denials: list[Match] | None
    if_items: set[tuple[int, int]]
    topic_sentences: set[tuple[int, int]]
    asked_spans: list[tuple[int, int]]
    closure_sentences: set[tuple[int, int]]
    other_starts: list[int]
    other_sentences: set[tuple[int, int]]
    title_other: bool
    maintenance: bool | re.Match[str] | None
    despite: bool
    hence: bool
    recipients: bool


# A verb in the future of its own ending, where English says "will" ("reanudarán",
# "restableceremos", "retomará", "riprenderà", "reprendront")
_FUTURE_FORM = lazy_compile(
    r"[^\W\d_]{3,}(?:rá|rán|remos|rão|rà|ranno|remo|ront|rons|[dei]ra)(?![^\W\d_])"
)


def decide_kind(
    doc: Doc,
    subject_ends: set[int] | None = None,
    place_starts: list[int] | None = None,
    sent_to: list[int] | None = None,
    place_codes: dict[int, str] | None = None,
    place_at: dict[int, str] | None = None,
) -> KindResult:
    """Scores every kind; ``subject_ends``: end offsets of place names (a country as the
    subject of "no longer accepts" is the destination's own ban: prohibited items);
    ``place_starts``: where every place is named; ``sent_to``: where a place is named as one
    things go to ("delays to Puerto Rico"); ``place_codes``: the codes of the places the title
    names and of those the body names as where mail goes, by their starts; ``place_at``: the
    code of every place of ``place_starts``."""
    found = find_triggers(doc)
    notice = _notice_context(doc, found, subject_ends, place_starts)
    votes, transport_stops, reminded = _cast_votes(*notice)
    weaken_standing_rows(doc, votes)
    scores, lift_added, said_unchanged = _score_votes(
        doc, votes, transport_stops, place_starts, notice.weak, place_at
    )
    topics = count_topics(doc, found, votes, place_starts, notice.other_sentences, sent_to)
    if topics.not_mail or not scores:  # a job advert, a tender, a webinar, a bill; or no vote
        return KindResult("irrelevant", 0.0, [], votes, topics.count)
    return choose_kind(
        doc,
        found.by_group,
        votes,
        scores,
        lift_added,
        topics,
        said_unchanged,
        reminded,
        notice.other_sentences,
        place_starts,
        sent_to,
        place_codes,
    )


def _notice_context(
    doc: Doc, found: Found, subject_ends: set[int] | None, place_starts: list[int] | None
) -> _Notice:
    """The words around the triggers (modifiers, clauses) and the notice's topic, closure and
    other-service sentences, read once for all of its triggers' votes."""
    window_matcher = _window_matcher()
    by_group, triggers, questions = found.by_group, found.triggers, found.questions
    full = doc.full
    duty_objects = by_group.get("duty_objects", [])
    enforcement = by_group.get("enforcement")
    as_before = by_group.get("as_before")
    # words a few rules need: looked for in the one walk over the text, the rule's own pattern
    # runs only in a notice that holds them
    addons = by_group.get("addons")
    pluperfect = "pluperfect" in by_group
    asked = "asked_about" in by_group
    rumours, denials = by_group.get("rumours"), by_group.get("denials")
    subject_ends = subject_ends or set()
    clauses = [_clause_start(doc, t[1]) for t in triggers]
    spans = [(c, t[1]) for c, t in zip(clauses, triggers, strict=True)]
    # "If the industrial action goes ahead:" above a list: each item is what may happen
    if_heads = {
        line
        for colon, _ in colon_ends(doc)
        if colon > doc.title_end and _IF_HEAD.match(doc.full, (line := doc.line_of(colon))[0])
    }
    if_items = list_under(doc, if_heads) if if_heads else set()
    for t in triggers:
        if t[0] == "resumption":  # the words after a resumption: "however ..."
            spans.append((t[2], min(len(doc.norm), t[2] + 80)))
    modifiers = window_matcher.find_in_spans(doc.norm, doc.full, spans)
    if any(m.value == "lifting" for m in modifiers):
        modifiers = [m for m in modifiers if m.value != "lifting" or not _acronym(full, m)]
    topic_sentences = {
        doc.sentence_of(m.start)
        for m in by_group.get("irrelevant_topics", [])
        if m.value != "question_topics"
        and not _exhibit_beside_dated_change(doc, m)
        # a passengers' word in a sentence of mail ("lithium batteries are dangerous on board
        # aircraft, so ... no longer accepted"): the sentence tells of mail (see count_topics)
        and not (m.key in passenger_keys() and doc.sentence_of(m.start) in _sending_sentences(doc))
    }
    # a parliamentary question weakens its sentence only up to a colon: "Vragen van het lid ...
    # over het stopzetten van ..." asks about a stop; "Naar aanleiding van Kamervragen meldt
    # PostNL: vanaf 1 november ... weer geaccepteerd" reports a change
    asked_spans = [
        (a, colon if 0 <= (colon := doc.norm.find(":", m.end, b)) else b)
        for m in questions or ()
        for a, b in (doc.sentence_of(m.start),)
    ]
    closure_sentences = _closure_sentences(doc, by_group.get("closure_topics", []), place_starts)
    other_starts = [m.start for m in by_group.get("other_services", [])]
    other_sentences = _other_service_sentences(
        doc, by_group.get("other_services", []), place_starts
    )
    title_other = doc.title_end > 0 and doc.sentence_of(0) in other_sentences  # title about one
    # "[System maintenance] International mail tracking temporarily unavailable": a window of
    # the operator's systems, whatever mail its services look up
    title = doc.norm[: doc.title_end]
    maintenance = any(h in title for h in _MAINTENANCE_HINTS) and (
        _MAINTENANCE_TITLE.search(title)
        # "Travaux de maintenance : suivi des envois indisponible" (works on a tunnel or a
        # sorting centre stop mail: only with the tracking or website named)
        or (_WORKS_TITLE.search(title) and _TRACKING.search(title))
    )
    if not maintenance and (label_end := _lead_label_end(doc)) > 0:
        # "Maintenance programmée : l'application ... indisponible": the label that opens the
        # text says what the title does not
        maintenance = _MAINTENANCE_TITLE.search(doc.norm, doc.title_end, label_end)
    # "Track & Trace unavailable on Sunday", "Privremena obustava servisa za praćenje
    # pošiljaka": the title's subject is the tracking pages being down (not "Tracking updates
    # unavailable for items to Israel", over a stop of mail there)
    if (
        not maintenance
        and _TRACKING.search(title)
        and not _place_between(place_starts, 0, doc.title_end)
    ):
        maintenance = _DOWN_TITLE.search(title)
    weak, gated = _weak(), _gated()
    mod_starts = [m.start for m in modifiers]
    despite = doc.holds_any(_DESPITE_HINTS)
    # Whole-text checks (most notices hold none of these words) go through doc.holds_any,
    # after the cheaper conditions beside them: made once, and only when a rule needs them
    # (but for the two asked here for every notice, both rare words).
    hints = doc.holds_any
    hence = hints(_HENCE_HINTS)  # asked once: most notices say no "therefore"
    recipients = hints(RECIPIENT_HINTS)
    return _Notice(
        doc,
        triggers,
        clauses,
        found.matches,
        modifiers,
        mod_starts,
        subject_ends,
        place_starts,
        weak,
        gated,
        duty_objects,
        enforcement,
        as_before,
        addons,
        pluperfect,
        asked,
        rumours,
        denials,
        if_items,
        topic_sentences,
        asked_spans,
        closure_sentences,
        other_starts,
        other_sentences,
        title_other,
        maintenance,
        despite,
        hence,
        recipients,
    )


def _after_lack(doc: Doc, modifiers: list[Match], mod_starts: list[int], start: int) -> bool:
    """Whether a lack of what a rule asks ("failure to provide", "brak danych") stands before
    ``start`` in its sentence (where the window matcher read it: some trigger's clause), with
    no new clause between: the stop or delay there is what follows from not doing as the rule
    says ("... will result in them being returned")."""
    a = doc.sentence_of(start)[0]
    lo, hi = bisect_left(mod_starts, a), bisect_left(mod_starts, start)
    return any(
        m.value == "lack_of"
        and m.end <= start
        and not _NEW_CLAUSE.search(doc.norm, m.end, start)
        and not _LACK_CLAUSE_BREAK.search(doc.norm, m.end, start)
        # not the cause of a stop: "because of the airline's failure to provide cargo space"
        and not _CAUSED_LACK.search(doc.norm, max(0, m.start - 40), m.start)
        for m in modifiers[lo:hi]
    )


# A clause of its own after the lack: "Failure to comply ... is no longer tolerated, and from 1
# March we suspend acceptance"
# (not "a" or "i": the English article in "an HS code, a phone number")
_LACK_CLAUSE_BREAK = lazy_compile(r"[,;]\s*(?:and|but|so|et|mais|und|aber|oraz|ale)\b")


# A law's word after its capitalised name ("STOP Act", "STOP法")
_LAW_AFTER = lazy_compile(r"\s*(?:法|Act\b|Gesetz\b)")


# Whose lack it is, or a cause word, before "failure to provide"
# (the Polish ones right before it: "W związku z nowymi przepisami brak danych ..." gives the
# rule's reason, and the lack is still its sanction's)
_CAUSED_LACK = lazy_compile(
    r"(?:(?:'s|\b(?:due to|owing to|because of|wegen|aufgrund))\s+(?:[\w'-]+\s+){0,3}|"
    r"\b(?:z powodu|ze wzgledu na|z uwagi na|w zwiazku z)\s+)$"
)


def _cast_votes(
    doc: Doc,
    triggers: list[tuple[str, int, int, str]],
    clauses: list[int],
    matches: list[Match],
    modifiers: list[Match],
    mod_starts: list[int],
    subject_ends: set[int],
    place_starts: list[int] | None,
    weak: frozenset[str],
    gated: dict[str, tuple[str, ...]],
    duty_objects: list[Match],
    enforcement: list[Match] | None,
    as_before: list[Match] | None,
    addons: list[Match] | None,
    pluperfect: bool,
    asked: bool,
    rumours: list[Match] | None,
    denials: list[Match] | None,
    if_items: set[tuple[int, int]],
    topic_sentences: set[tuple[int, int]],
    asked_spans: list[tuple[int, int]],
    closure_sentences: set[tuple[int, int]],
    other_starts: list[int],
    other_sentences: set[tuple[int, int]],
    title_other: bool,
    maintenance: bool | re.Match[str] | None,
    despite: bool,
    hence: bool,
    recipients: bool,
) -> tuple[list[Vote], set[int], list[tuple[int, int, float]]]:
    """Each trigger's vote, in text order: the words around it turn its kind, cancel it or
    change its weight, and a vote reads what the ones before it left (the stop a negation
    took, the stops of transport). Gives the votes, where a stop of transport was read as a
    delay and the votes of standing rules a reminder repeats."""
    norm, full = doc.norm, doc.full
    hints = doc.holds_any
    votes: list[Vote] = []
    # where the words of an all-clear are ("international mail runs as usual")
    calm_starts = [t[1] for t in triggers if t[0] == "informational"]
    transport_stops: set[int] = set()  # where a stop of flights or ports was read as a delay
    transport_ends: list[int] = []
    reminded: list[tuple[int, int, float]] = []  # votes of standing rules a reminder repeats
    kept_hint: bool | None = None  # whether the text says something does not change
    paid: dict[int, bool] = {}  # _paid_in_app of each sentence
    prepaid: dict[int, bool] = {}  # _prepaid of each sentence
    negated_stop_end = -1  # where the last stop a negation took ends ("no suspension | or ...")
    pointers: dict[int, re.Match[str] | None] = {}  # _POINTER at each sentence start
    for (kind, start, end, key), clause_start in zip(triggers, clauses, strict=True):
        lo, hi = bisect_left(mod_starts, clause_start), bisect_left(mod_starts, start)
        # most triggers have no modifier in their clause: the checks of ``near`` then are skipped
        near = [m for m in modifiers[lo:hi] if m.end <= start] if lo < hi else []
        weight = _WEIGHT[kind]
        gates = gated.get(key)  # most triggers pass no gate: one lookup for all of them
        if gates is not None and not _gates_passed(doc, gates, start, end, place_starts or []):
            continue
        if key == "stop" and full.startswith("STOP", start) and _LAW_AFTER.match(full, end):
            continue  # "米国の法令改正（STOP法）", "the STOP Act": a law's name
        if (
            kind == "prohibited_items"
            and "brought in" in key
            and _BROUGHT_INTO_STATE.match(norm, end)
        ):
            continue  # "cannot be brought into force", "into contact with metal": no ban
        if kind == "informational" and (
            _PRICES_KEPT.search(norm, max(0, start - 6), start)
            or _PRICES_KEPT_BEFORE.search(norm, max(0, start - 40), start)
        ):
            # "资费标准保持不变", "料金に変更はありません", "our EMS rates remain the same":
            # the prices are kept
            weight *= 0.2
        if key in weak and not (
            (kind == "new_requirement" and _required_of_mail(doc, start, end))
            # "the flat tax ... has been increased from 30% to 60%": a rate changed
            or (
                kind == "duty_tax_change"
                and "%" in norm
                and _RATE_CHANGE.search(norm, *doc.sentence_of(start)) is not None
            )
            # "from 1 July, a tax of €2 will be charged on each parcel sent to the EU": a sum
            # levied from a day on mail to a place (not "a £2 fee for each redelivery")
            or (kind == "duty_tax_change" and _sum_levied_from_a_day(doc, start, place_starts))
        ):
            weight *= WEAK_FACTOR  # "need a" alone is weak; "parcels need a VOEC number" is a rule
        if near and any(
            m.value == "condition"
            and _is_condition(doc, m, clause_start)
            and not _NEW_CLAUSE.search(norm, m.end, start)
            and not (m.key == "まで" and m.end <= start and _lasting_until(norm, m, start, end))
            # "これまでと変更はありません": no change from "until now" (a stop "until now" is one
            # that is over: "これまで...停止しておりましたが")
            and not (
                m.key == "まで"
                and kind == "informational"
                and norm.endswith(_UNTIL_NOW_HEADS, 0, m.start)
            )
            for m in near
        ):
            continue  # "as soon as the suspension is lifted", "should restrictions arise"
        if (kind in _STOPS or kind == "delay") and _after_lack(doc, modifiers, mod_starts, start):
            if kind == "delay":
                continue  # "Brak kompletnych danych spowoduje wstrzymanie odprawy": the sanction
            # "parcels to Norway without a valid VOEC number will no longer be accepted": the
            # refusal is what the requirement says, and may be all it says
            kind, weight = "new_requirement", _WEIGHT["new_requirement"]
        if (
            start > 1 and full[start - 2] in _LEGEND_MARKS or full[start - 1] in _LEGEND_MARKS
        ) and _LEGEND_BEFORE.search(full, max(0, start - 4), start):
            continue  # "○：引受可　×：引受停止": the legend of a table's marks
        if if_items and any(a <= start < b for a, b in if_items):
            continue  # "If the strike goes ahead:" / "- items may take extra days"
        if kind in _THREAT_KINDS and hints(_WORSE_HINTS) and _if_worse_before(doc, start):
            # "Should the situation worsen, we will suspend ...": a threat, news but no stop
            kind, weight = "informational", _WEIGHT["informational"]
        if kind == "resumption" and _NORDIC_WHEN_BEFORE.search(norm, max(0, start - 30), start):
            continue  # "Når tar dere imot pakker igjen?", "när vi tar emot paket igen": not yet
        if kind == "resumption" and _AWAITING_BEFORE.search(norm, max(0, start - 30), start):
            continue  # "stockés en attente de la reprise de la distribution": not resumed yet
        if kind == "resumption" and _AFTER_IT.match(norm, end):
            continue  # "航空公司恢復航班後", "再開されるまで": once flights resume, not yet
        negated = [m for m in near if m.value in ("negation", "no_longer")] if near else near
        if negated and not (kind == "new_requirement" and key in _NEEDS):
            negated = [m for m in negated if _negates(doc, m.start, m.end, start)]
        if negated and kind in ("restriction", "prohibited_items"):
            # "can no longer exceed the maximum weight": the limit itself, not its end
            negated = [m for m in negated if not EXCEEDS.search(norm, m.end, start)]
        if (
            not negated
            and kind in _STOPS
            and end < len(norm)
            and "\uac00" <= norm[end - 1] <= "\ud7af"
            and _KO_NOT_AFTER.match(norm, end)
        ):
            continue  # "금지·차단하는 것이 아니라": it is not that ... bans (Korean says it after)
        if (
            not negated
            and (kind in _STOPS or kind == "delay")
            and end < len(norm)
            and "\u3040" <= norm[end - 1] <= "\u9fff"
            and _JA_NOT_AFTER.match(norm, end)
        ):
            continue  # "受入れを停止する旨の連絡は受けておりません": no word of a stop received
        if _none_said_after(doc, kind, start, end, clause_start):
            kind, weight = "informational", 0.5
        if (not negated and kind in _STOPS and _denied_report(doc, start)) or (
            (kind in _STOPS or kind == "delay")
            and not negated
            and near
            and _any_denied(doc, near, start)
        ):
            # "none of the administrations, A, B or C, has announced a suspension", "neither
            # the UPU nor the WHO has issued any restriction": an all-clear
            negated_stop_end = end
            kind, weight = "informational", 0.5
        if (
            not negated
            and kind in _STOPS
            and 0 <= negated_stop_end < start
            and _OR_NEXT_STOP.fullmatch(norm, negated_stop_end, start) is not None
        ):
            # "did not communicate any suspension or restriction": the negation takes both
            negated_stop_end = end
            if kind == "suspension":
                continue
            kind, weight = "informational", 0.5
        elif negated:
            if kind in _STOPS:
                negated_stop_end = end
            no_longer = any(m.value == "no_longer" for m in negated)
            if kind in ("suspension", "prohibited_items", "restriction") and no_longer:
                kind, weight = "resumption", _WEIGHT["resumption"]
            elif kind == "resumption":
                kind, weight = "suspension", 1.0
            elif kind in ("delay", "restriction", "new_requirement", "prohibited_items"):
                kind, weight = "informational", 0.5
            elif kind == "suspension":
                continue
            elif kind == "informational" and any(
                not _inside_informational(triggers, m.start)
                and _JOINED.search(norm, m.end, start) is None
                for m in negated
            ):
                continue  # "will not be delivered in the usual time": no all-clear
        lifted = bool(near) and any(
            m.value == "lifting"
            and _words_between(doc, m.end, start) <= 3
            # not "航班取消，郵政處理及派遞服務暫停" (flights cancelled, then a stop)
            and _LIFT_CLAUSE_GAP.search(norm, m.end, start) is None
            for m in near
        )
        if kind in _STOPS and not lifted and _lifted_after(doc, start, end):
            lifted = True  # "the suspension of mail to Lebanon has been lifted"
        if lifted and kind in ("suspension", "prohibited_items", "restriction"):
            kind, weight = "resumption", _WEIGHT["resumption"]
        elif kind == "restriction" and not negated and limit_raised(doc, start, end):
            kind, weight = "resumption", _WEIGHT["resumption"]  # "is raised to 70 pounds"
        elif (
            kind == "restriction"
            and (
                _CAPACITY_AFTER.match(norm, end)
                or _CAPACITY_BEFORE.search(norm, max(0, start - 30), start)
            )
            # not "battery capacity is restricted to 100 Wh": a limit, with its figure
            and _LIMIT_FIGURE_AFTER.match(norm, end) is None
            and _BATTERY_BEFORE.search(norm, max(0, start - 40), start) is None
        ):
            weight *= CAPACITY_FACTOR  # "zbog ograničenih kapaciteta": the cause of a delay
        if kind == "resumption" and (resumption_postponed(doc, start, end) or called_off(doc, end)):
            kind, weight = "suspension", 1.0  # "引受再開の延期": the stop goes on
        elif kind == "resumption" and _EXPECTED_AFTER.match(norm, end) is not None:
            weight *= EXPECTED_FACTOR  # "Resumption of the service is expected only after ..."
        elif kind != "informational" and called_off(doc, end):
            kind, weight = "informational", 0.5  # "la suspension prévue ... n'aura pas lieu"
        firm = True
        continued = kind in _STOPS and (
            (
                near
                and any(
                    m.value == "continuation" and _words_between(doc, m.end, start) <= 2
                    for m in near
                )
            )
            or (hints(_STILL_HINTS) and _STILL_IN_FORCE.match(doc.full, end) is not None)
            # the languages that say it after the stop: "Mayotten keskeytys jatkuu", "ईरान के लिए
            # निलंबन जारी", "askıya alınması devam ediyor"
            or (hints(_GOES_ON_AFTER_HINTS) and _GOES_ON_AFTER.match(doc.full, end) is not None)
            # "können weiterhin nicht zugestellt werden und werden daher nicht angenommen": the
            # consequence of a state that goes on goes on too
            or (hence and _GOES_ON_HENCE.search(norm, doc.sentence_of(start)[0], start) is not None)
            # "ウクライナ宛ては既に全面的に引受停止", "mail to Ukraine is already suspended": a
            # stop in force before the notice
            or in_force_already(doc, start)
        )
        if kind in _STOPS and _NOT_APPLIED_AFTER.match(doc.full, end):
            kind, weight = "informational", 0.5  # "these restrictions do not apply to goods"
        if continued and kind == "restriction" and key.startswith("routed"):
            kind, weight = "informational", 0.5  # "continue to be routed via Dubai": as before
        possible = kind in _MAY_KINDS and (
            (
                bool(near)
                and any(
                    m.value == "possibility"
                    and _words_between(doc, m.end, start) <= 3
                    # a stop only after "may", "might", "could": "können wir keine Pakete mehr
                    # annehmen" is no possibility
                    and (kind == "delay" or m.key in _MAY_STOP_KEYS)
                    for m in near
                )
            )
            # "quelques perturbations locales ne sont pas exclues": may happen
            or (hints(_NOT_RULED_OUT_HINTS) and _NOT_RULED_OUT.match(norm, end) is not None)
            # "停止している場合があります": there are cases where it is stopped (said after it)
            or (norm[end - 1] >= "\u3000" and _MAY_AFTER_CJK.match(norm, end) is not None)
        )
        if kind != "informational" and norm[end - 1] >= "\u3000" and _IF_AFTER_CJK.match(norm, end):
            weight *= 0.25  # a case to come, said after the verb ("一時停止する場合は")
            firm = False
        if kind == "resumption":
            if (
                near
                and any(
                    m.value == "future" and _words_between(doc, m.end, start) <= 2 for m in near
                )
            ) or _FUTURE_FORM.search(doc.full, start, end) is not None:
                if not _starts_on_date(doc, start, end) or _WORKERS_BEFORE.search(
                    norm, clause_start, start
                ):
                    # "airports will resume on Monday", "dockworkers will resume work on 11
                    # March": the closure or the strike is the news
                    weight *= 0.5
                    firm = False
            elif norm.startswith("to ", start - 3) and not _starts_on_date(doc, start, end):
                weight *= 0.3  # "measures ... to restore our systems": an aim, not done
                firm = False
            elif _told_later(doc, start, end, clause_start):
                weight *= 0.3  # "О возобновлении приёма мы сообщим дополнительно": a resumption
                firm = False  # to be announced some day, not one that happened
            elif key.lower() in _RESUMES_LATER and _halted_before(doc, triggers, start):
                weight *= 0.3  # "customs closed; deliveries resume 24 February": the end of
                firm = False  # the stop the same sentence announces, not a resumption
            if _HOURS_BEFORE.search(norm, clause_start, start) is not None:
                weight *= 0.2  # "Normal opening hours resume on Thursday": the counters'
                firm = False
            stop = _SENTENCE_STOP.search(doc.full[end : end + 80])
            after_end = end + (stop.start() if stop else 80)
            if any(
                c.value == "contrast" and end <= c.start and c.end <= after_end for c in modifiers
            ):
                weight *= 0.3  # "has resumed; however, expect delays"
                firm = False
        if (
            kind in _STOPS
            and as_before
            # (from before the clause: "priėmimas, kaip ir anksčiau, yra sustabdytas")
            and _AS_BEFORE_STOP.search(norm, max(0, start - 40), start)
        ):
            weight *= CONTINUED_FACTOR  # "der Versand von Waffen ist wie bisher nicht zulässig"
            continued = True
        elif (
            kind in _STOPS
            and _STOP_NOUN.search(norm, start, end)
            and _STOP_HOLDS_AFTER.match(norm, end, _clause_end(norm, end, end + 120))
        ):
            # "The temporary suspension of acceptance of all mail continues for: Nepal, ...":
            # a stop that holds, as "remains suspended" does
            continued = True
        if (
            kind == "informational"
            and key.startswith("mail continue")
            and _STOP_NOUN_BEFORE.search(norm, max(clause_start, start - 80), start)
        ):
            continue  # "the suspension of all international mail continues": not mail
        if (
            kind == "resumption"
            and norm.startswith(_ONCE_AFTER_CJK, end)
            and not norm.startswith(_FOLLOW_UP_CJK, end)
        ):
            continue  # "順延至航班恢復後發運": sent once flights resume, which they have not
        if kind == "resumption" and key.startswith("resum") and "\u00e9" in full[start:end].lower():
            continue  # "les états financiers résumés": a summary, no English "resumes"
        if (
            kind == "suspension"
            and key.lower().startswith(_MAY_NOT_KEYS)
            and (
                _IF_OPENS.match(norm, clause_start) is not None
                or _WHO_BEFORE.search(norm, max(clause_start, start - 24), start) is not None
            )
        ):
            continue  # "Si votre colis ne peut pas être envoyé, ...", "qui ne peuvent pas être"
        if (
            kind == "resumption"
            and norm[start:end] in _SCAND_LIFT_KEYS  # (folded: "upphävs")
            and (
                _SCAND_NOT_LIFTED.match(norm, end)
                or _SCAND_RULE_BEFORE.search(norm, max(0, start - 40), start)
            )
        ):
            continue  # "ophæves ikke" (is not lifted), "oppheves og erstattes av" (a new rule)
        if kind == "suspension" and _CLAIMS_SUBJECT.match(norm, clause_start, start):
            continue  # "Claims for late delivery cannot be accepted": no stop of mail
        if (
            kind == "suspension"
            and _SALE_OBJECT.search(norm, (lo_sale := max(clause_start, start - 40)), start)
            and not _POSTAL_SOLD.search(norm, lo_sale, start)
        ):
            continue  # "신규 판매를 4월 30일부로 중지합니다": a product's sale stops, not mail
        if kind != "informational" and points_to_other_entries(doc, start):
            continue  # "Please see the separate entries for Lebanon, where restrictions apply"
        if kind in ("resumption", "suspension") and (
            _CLAIMS_OBJECT.match(norm, end)
            or _PRICE_RISE_OBJECT.match(norm, end)
            or (
                kind == "suspension"
                and (
                    _DECLARATIONS_OBJECT.match(norm, end)
                    or (_UNDER_SCHEME.match(norm, end) and _HANDLED.search(norm, start, end + 12))
                )
            )
        ):
            # "We have resumed processing refunds for these parcels", "Correos suspende la
            # subida de precios prevista": no mail
            continue
        if kind == "suspension" and addons and _addon_stopped(doc, addons, start, end):
            kind = "restriction"  # "cash on delivery to Switzerland is discontinued": parcels go on
        if (
            kind in _STOPS
            and pluperfect
            and _PLUPERFECT.search(norm, max(clause_start, start - 40), start)
            and not _REPORTED_SPEECH.search(norm, doc.sentence_of(start)[0], start)
        ):
            weight *= CONTINUED_FACTOR  # "booking had been suspended from 25 August": history
            continued = True
        elif kind not in ("informational", "delay") and read_elsewhere(doc, start):
            weight *= CONTINUED_FACTOR  # "You may have read that some posts have paused ..."
            continued = True  # another's news, recalled: it outranks nothing
        elif kind != "informational" and announced_before(doc, start):
            weight *= CONTINUED_FACTOR  # "we had informed you that ... would suspend": history
        elif kind in _STOPS and recalled(doc, start):
            weight *= CONTINUED_FACTOR  # "Previously, the post suspended mail to Niger": history
            continued = True
        if (
            kind != "informational"
            and hints(_LAST_YEAR_HINTS)
            and _LAST_YEAR.match(norm, (sentence := doc.sentence_of(start))[0])
            # not "Last year the government announced that vapes will be banned from 1 June"
            and not _FUTURE_WORD.search(norm, *sentence)
            and not dated_span(doc, *sentence)
        ):
            weight *= CONTINUED_FACTOR  # "Last year brought delays in supply chains": history
            continued = True
        if kind in _ROUTINE_KINDS and (
            _ROUTINE.search(doc.norm, clause_start, start)
            or (as_before and _AS_BEFORE.match(norm, end))
            or (as_before and _NOT_NEW_NEXT.match(norm, doc.sentence_of(start)[1]))
            or (
                near
                and any(
                    m.value == "continuation"
                    and (
                        _words_between(doc, m.end, start) <= 1
                        # "continue to require a customs declaration": the need's object
                        or _STILL_NEEDED.fullmatch(norm, m.end, start) is not None
                    )
                    for m in near
                )
            )
        ):
            kind, weight = "informational", 0.5  # "the usual postage is required": nothing new
        elif kind in _ROUTINE_KINDS and hints(_GOES_ON_HINTS) and _GOES_ON.match(norm, end):
            kind, weight = "informational", 0.5  # "the collection of duties continues as normal"
        elif (
            kind in _AS_ALWAYS_KINDS
            and hints(_AS_ALWAYS_HINTS)
            and _as_always(doc, start)
            and (kind in _ROUTINE_KINDS or _ban_recalled(doc, start))
        ):
            # "As always, make sure you: - ... duties"; "As always, ... some food and plant
            # products are not permitted" (a ban recalled is a reminder: it counts in full)
            weight = 0.5 if kind in _ROUTINE_KINDS else min(weight, RELEVANT_SCORE)
            kind = "informational"
        elif kind in _ROUTINE_KINDS and hints(_IN_PLACE_HINTS) and _in_place_after(doc, end):
            # "with US duties paid at posting, already in place since the summer": no news
            kind, weight = "informational", 0.5
        elif (
            kind in _ROUTINE_KINDS
            and (kept_hint if kept_hint is not None else (kept_hint := hints(_KEPT_HINTS)))
            and (_kept_before(doc, start) or _kept_after(doc, end))
        ):
            kind, weight = "informational", 0.5  # "this message does not change the duty rates"
        if kind == "duty_tax_change" and key == "zoll" and _customs_office(doc, start, end):
            continue  # "der Zoll warnt", "erinnert der Zoll daran": the authority, no duty
        if (
            kind == "duty_tax_change"
            and full.startswith("- ", end)
            and _NUMBER_HEAD.match(norm, end)
        ):
            continue  # "Steuer- bzw. Identifikationsnummer": a tax number, no tax
        if (
            kind == "suspension"
            # "due to flight restrictions in the region"; not "airports closed - restrictions
            # on shipments to Thailand"
            or (
                kind == "restriction"
                and not _restricted_mail(norm, end)
                and (
                    _delay_beside(doc, matches, start)
                    # "den Flugverkehr eingestellt oder stark eingeschränkt": the stop of
                    # transport's own second verb (not "... and restricted cargo capacity")
                    or any(
                        start - 40 <= t < start and _COORDINATED.fullmatch(norm, t, start)
                        for t in transport_ends
                    )
                )
            )
        ) and _transport_stop(doc, clause_start, start, end):
            kind, weight = "delay", _WEIGHT["delay"]  # "the ferry has been suspended"
            transport_stops.add(start)
            transport_ends.append(end)
        elif (
            kind == "restriction"
            and ("rout" in key or key.startswith("umgeleit"))
            and not _restricted_mail(norm, end)
            # in its clause, or from the sentence's start: "our linehaul traffic from Belgium,
            # Germany and Spain is being rerouted"
            and (
                _transport_stop(doc, clause_start, start, end)
                or _transport_stop(doc, doc.sentence_of(start)[0], start, end)
            )
        ):
            # "our linehaul traffic is being rerouted": the trucks' way, not what is accepted; a
            # little delay at most
            kind, weight = "delay", _WEIGHT["delay"] * 0.5
        elif kind == "suspension" and _local_stop(doc, start, end, place_starts):
            kind, weight = "delay", _WEIGHT["delay"]  # "delivery suspended in some ZIP codes"
            possible = bool(near) and any(  # "in some areas, delivery may not be possible"
                m.value == "possibility" and _words_between(doc, m.end, start) <= 8 for m in near
            )
        if (
            kind == "resumption"
            and _transport_stop(doc, clause_start, start, end)
            # not "airlines have resumed carrying mail", "... resumed and with them the mail"
            and not (
                key.startswith("resum")
                and _MAIL_BEFORE.search(norm, end, _clause_end(norm, end, end + 40))
            )
        ):
            weight *= 0.3  # "airports have resumed flight operations": not mail, not yet
        if kind == "suspension" and (
            _TIME_LIMIT_AFTER.match(norm, end)
            or (
                (procured := _PROCUREMENT_AFTER.match(norm, end)) is not None
                and "\n" not in full[end : procured.end()]  # its object, not the next line
            )
            or (
                doc.holds_any(_BID_HINTS)
                and (
                    bids := _BIDS_BEFORE.search(
                        norm, max(doc.sentence_of(start)[0], start - 200), start
                    )
                )
                # not "wegen einer Ausschreibung ... wird die Annahme von Paketen ausgesetzt"
                and not MAIL_OR_ACCEPTANCE.search(norm, bids.end(), start)
                and not MAIL_OR_ACCEPTANCE.search(
                    norm, end, min(doc.sentence_of(start)[1], end + MAIL_AFTER_STOP)
                )
            )
        ):
            continue  # "se suspende el plazo de presentación de ofertas": a deadline, no mail
        if kind == "suspension" and recipients and refused_by_recipient(doc, start, end, key):
            continue  # "Wird eine Sendung vom Empfänger nicht angenommen, geht sie zurück"
        if kind == "suspension" and _data_refused(doc, start, end, key):
            kind, weight = "new_requirement", _WEIGHT["new_requirement"]
        elif kind == "prohibited_items" and _data_not_admitted(doc, start, end):
            kind, weight = "new_requirement", _WEIGHT["new_requirement"]
        elif (
            kind == "suspension"
            and "|" in doc.full
            and _HEADER_PAIR.match(doc.full, *doc.line_of(start))
            and _EXAMPLES_ABOVE.search(doc.norm, max(0, start - 40), start)
        ):
            weight *= 0.1  # "For example: / Not accepted | Accepted": an example table
        stopped = _has_duty_object(doc, start, end, duty_objects) if kind == "suspension" else None
        if stopped is not None and stopped.key.startswith(PROMISES):
            # "guaranteed service commitments ... have been suspended": late, not stopped
            kind, weight = "delay", _WEIGHT["delay"] * PROMISE_FACTOR
        elif stopped is not None or (
            kind == "resumption" and _lifted_duty(doc, start, end, duty_objects)
        ):  # "suspending duty-free treatment", "die Zollfreigrenze ... aufgehoben": a duty
            kind, weight = "duty_tax_change", _WEIGHT["duty_tax_change"]
        if (
            kind == "suspension"
            and hints(_OVER_HINTS)
            and _over_limit(doc, clause_start, end)
            and not any(doc.sentence_of(m.start) == doc.sentence_of(start) for m in duty_objects)
        ):
            kind = "restriction"  # "items over 2 kg refused": as firm as the refusal
        if kind == "restriction" and _ONLY_WORD.search(key) and _papers_condition(doc, end):
            # "plants may only be sent if accompanied by a phytosanitary certificate": the
            # condition is a document to add, no limit of what may be sent
            kind, weight = "new_requirement", _WEIGHT["new_requirement"]
        if kind == "suspension" and "accept" in key and _after_subject(doc, start, subject_ends):
            kind, weight = "prohibited_items", _WEIGHT["prohibited_items"]
        if kind == "duty_tax_change" and hints(APP_HINTS) and _paid_in_app(doc, start, paid):
            weight *= 0.1  # "pay GST and customs duties in the app": a way to pay, no new duty
        elif kind == "duty_tax_change" and hints(_PREPAID_HINTS) and _prepaid(doc, start, prepaid):
            weight *= PREPAID_FACTOR  # "accepted only with duties prepaid (DDP)": a service
        elif kind == "duty_tax_change" and hints(SHOP_HINTS) and named_shop(doc, start):
            weight *= 0.1  # "World Duty Free unveils its biggest store": a shop's name
        if (
            kind == "restriction"
            and hints(_COMPENSATION_HINTS)
            and _COMPENSATION.search(norm, *doc.sentence_of(start)) is not None
        ):
            # "compensation is paid up to a maximum of 50 pounds", "il rimborso è previsto fino
            # a un massimo di 50 euro": a limit of what is paid back, not of what may be sent
            weight *= 0.1
        if (
            kind == "prohibited_items"
            and key.startswith("ban")
            and norm.endswith("overtime ", 0, start)
        ):
            continue  # "an overtime ban": a labour action, no ban of goods
        if (
            kind == "prohibited_items"
            and key.startswith("verbot")
            and _OTHER_BAN.search(norm, max(0, start - 24), start)
        ):
            continue  # "Lkw-Fahrverbot", "Nachtflugverbot": a ban of driving or flying, no goods
        if (
            kind == "informational"
            and ("affected" in key or "betroffen" in key)
            # (not "unaffected by the strike": the all-clear of the event it names)
            and not _BY_AN_EVENT.match(norm, end)
            and not _EVENT_BY_BEFORE.search(norm, max(0, start - 40), start)
        ) or (
            kind == "informational"
            and key.startswith("不受")
            # "寄往英国、瑞士、挪威的邮件暂不受本通告影响" (not covered by this
            # notice), "仅内装文件的邮件不受影响" (only items of documents are not
            # affected): what is exempt (not "寄往加拿大的邮件不受影响", all is well,
            # nor "不受台风影响", the event's all-clear)
            and (
                _THIS_NOTICE_CJK.match(norm, end) is not None
                or _ONLY_CJK.search(norm, doc.sentence_of(start)[0], start) is not None
            )
            and _CJK_EVENT.search(norm, doc.sentence_of(start)[0], end + _CJK_EVENT_AFTER) is None
        ):
            weight = 0.4  # "documents are not affected" says what is exempt, not that all is well
        if (topic_sentences and doc.sentence_of(start) in topic_sentences) or any(
            a <= start < b for a, b in asked_spans
        ):
            weight *= 0.2  # "scammers ask for a customs fee": a warning, not a fee
        elif other_sentences and doc.sentence_of(start) in other_sentences:
            # "ATM services will be suspended": a service that sends nothing (down for a
            # maintenance window, less: "suspension of the parcel tracking system for upgrade")
            weight *= 0.1 if maintenance and kind in _WINDOW_KINDS else 0.2
        elif other_starts and _other_service_object(doc, end, other_starts):
            # "despite the suspension of telecommunication services" (and the tracking system
            # stopped for a maintenance window)
            weight *= 0.1 if maintenance and kind in _WINDOW_KINDS else 0.2
        elif topic_sentences and inside_quotes(doc, doc.line_of(start)[0], start):
            weight *= 0.2  # a scam message quoted: "your parcel has been suspended"
        elif (
            maintenance
            and kind in _WINDOW_KINDS
            and (
                # what still runs while tracking is down is the window's, whatever places it
                # names ("la livraison de vos colis, en France comme à l'international, ne sont
                # pas affectés"; not customs' declaration system: clearance goes on is news)
                (
                    kind == "informational"
                    and _TRACKING.search(doc.norm, 0, doc.title_end)
                    # (not an all-clear of its own: "mail to Canada is not affected by the
                    # Canada Post strike")
                    and not _EVENT_NAMED.search(doc.norm, *doc.sentence_of(start))
                )
                or (
                    _maintenance_window(doc, start, place_starts or [])
                    # (a requirement with the day it starts is a rule told beside the window:
                    # "From 1 March, every parcel must carry an electronic declaration")
                    and not (kind == "new_requirement" and dated_span(doc, *doc.sentence_of(start)))
                )
            )
        ):
            weight *= 0.1  # "[System maintenance] tracking suspended from 00:00 to 06:00"
        elif title_other and kind in ("suspension", "resumption", "delay"):
            weight *= 0.3  # under "System maintenance: services suspended", a list of them
        elif (
            closure_sentences
            and kind in ("suspension", "resumption", "restriction")
            and doc.sentence_of(start) in closure_sentences
        ):
            weight *= 0.3  # "no collections on Christmas Day": a holiday, no stop of sending
        if (
            kind in _STOPS
            # another change only inside the rumour's own words: "claiming that new import
            # tariffs stop deliveries ... This is not correct" (not "we deny rumours of a
            # suspension, but from 1 March parcels need ...")
            or (kind != "informational" and rumours and _told_as_rumour(doc, rumours, start))
        ) and (
            _rumour_denied(doc, rumours or [], denials or [], start)
            or (
                denials
                and any(
                    0 <= d.start - end <= _DENIED_REACH and doc.norm[d.start] >= "\u3000"
                    for d in denials
                )
            )
        ):
            # "rumours that we stop accepting parcels ... This is not true.", "반입 금지는 사실이
            # 아닙니다" (the ban is not true)
            weight *= 0.05
        if asked and _ASKED_ABOUT.search(
            norm, max(doc.sentence_of(start)[0], start - ASKED_REACH), start
        ):
            weight *= 0.2  # "we have received questions about the US tariff changes"
        if kind == "new_requirement" and doc.holds_any(ADVICE_HINTS) and advised_only(doc, start):
            weight *= 0.3  # "die Angabe der Steuernummer wird dringend empfohlen": advice
        if (
            kind == "new_requirement"
            and doc.holds_any(_SHARE_HINTS)
            and _delivery_target(doc, start)
        ):
            weight *= 0.2  # "95 Prozent der Briefe müssen ... ankommen": the post's target
        if (
            despite
            and (kind in _STOPS or start in transport_stops)  # a delay itself is news
            and _DESPITE_BEFORE.search(norm, max(0, start - 40), start) is not None
            and not _MAIL_BEFORE.search(norm, end, _clause_end(norm, end, end + 40))
        ):
            weight *= 0.2  # "despite the suspension of passenger check-in, cargo runs"
        sentence = doc.sentence_of(start)
        if sentence[0] in pointers:  # triggers of one sentence share its match
            pointer = pointers[sentence[0]]
        else:
            pointer = pointers[sentence[0]] = _POINTER.match(norm, sentence[0])
        if (
            pointer is None
            and kind in ("prohibited_items", "restriction")
            and _LIST_WORD.search(norm, sentence[0], sentence[0] + _LIST_WORD_REACH)
        ):
            pointer = _LIST_POINTER.match(norm, sentence[0])  # the words of a ban: "prohibited"
        if (
            pointer is not None
            and (
                pointer.group("see") is None
                or start < pointer.start("see")
                # "see our full list of service suspensions", not "... guide, as acceptance is
                # suspended": the pointer's own object
                or not _CLAUSE_MARK.search(norm, pointer.end(), start)
                and not _AS_BECAUSE.search(norm, pointer.end(), start)
            )
            and (pointer.group("list") is None or _points_to_list(doc, *sentence))
            and (
                pointer.group("info") is None
                or _POINTER_VERB.search(norm, pointer.end(), sentence[1]) is not None
            )
        ):
            weight *= 0.2  # "for more information on sending restrictions, see ..."
        elif kind in _STANDING_KINDS and not doc.in_title(start) and reminds(doc, start):
            reminded.append((start, end, weight))
            weight *= 0.3  # "Reminder: Samoa restricts the import of food": a standing rule
        if (
            kind in ("suspension", "delay")
            and key.lower().startswith(_STOP_KEYS)
            and _PREVENTED_AFTER.match(norm, end) is not None
        ):
            weight *= 0.1  # "stopping dangerous drugs from reaching our communities": prevented
        if key.startswith("will be seized") and _SEIZURE_NEWS.search(doc.norm) is not None:
            weight *= 0.05  # "Officers seized 20 kg of cocaine ... will be seized and destroyed"
        if (
            kind == "duty_tax_change"
            and enforcement
            and (
                _in_sentence(doc, enforcement, start)
                or (_seizure_title(doc, enforcement) and _duty_of_seized(doc, start))
            )
        ):
            # "offenders can be fined up to 40 times the duty evaded", "officers of Customs
            # and Excise seized ...": no new duty
            weight *= 0.2
        elif (
            kind in ("suspension", "prohibited_items")
            and enforcement
            and key.lower().startswith(_SEIZING_KEYS)
            # not "we stop accepting parcels to Russia" beside drugs found: a stop of sending
            and not (key.lower().startswith(_STOP_KEYS) and _STOP_OF_SENDING.match(norm, end))
            # in its sentence, or a title that reports the seizure ("Malpensa: sequestrati
            # 30mila articoli contraffatti" above "Tra i prodotti sequestrati figurano ...")
            and (
                _in_sentence(doc, enforcement, start)
                or (_seizure_title(doc, enforcement) and _told_of_seized(doc, start, place_starts))
            )
        ):
            if key.lower().startswith(_STOP_KEYS):
                # "Zoll stoppt 1,2 Millionen Fälschungen": goods seized, no stop (the fakes or
                # a count of them right after the verb: not "we stop parcels to Syria")
                seized_next = _COUNT_AFTER.match(norm, end) is not None or any(
                    0 <= m.start - end <= _SEIZED_OBJECT_REACH for m in enforcement
                )
                weight *= 0.05 if seized_next else 0.2
            elif _SEIZURE_AHEAD.search(doc.norm, *doc.sentence_of(start)) is None:
                # a seizure told beside counterfeits or smuggling is a report of one
                # ("sequestrati ... contraffatti"), not "will be seized from 1 July"
                weight *= 0.05
        elif (
            kind in ("suspension", "prohibited_items", "delay")
            and enforcement
            # (in the title too, right after its verb: "CBP intercepts prohibited meat")
            and (not doc.in_title(start) or _seized_right_before(doc, start))
            and _seizure_title(doc, enforcement)
            and _told_of_seized(doc, start, place_starts)
        ):
            # under "Customs seize 40,000 counterfeit items", "the parcels were held from
            # clearance" tells what befell the seized goods, no stop of sending
            weight *= 0.05
        elif (
            kind == "new_requirement"
            and enforcement
            # (in the title only after its word of seizing, with no start: "Saisie record de
            # tabac grâce au ciblage des données électroniques", the data were the means)
            and (not doc.in_title(start) or _seized_in_title_before(doc, start))
            and _seizure_title(doc, enforcement)
            and (
                _advice_below_seizure(doc, start, place_starts)
                # "Výrobky neměly povinné české značení": what the seized goods lacked
                or _told_of_seized(doc, start, place_starts)
            )
        ):
            # "海关提醒 ... 企业和个人应如实申报" under a seizure's title: customs' advice to
            # declare truly, no new rule
            weight *= 0.2
        if (
            kind in ("suspension", "prohibited_items")
            and (vm := _VIOLATED_BEFORE.search(norm, max(clause_start, start - 50), start))
            is not None
            # not "in breach of the new ban on e-cigarettes ... from 1 March": a ban told new
            and _NEW_BAN_WORD.search(norm, vm.start(), start) is None
            # nor "Breach of the suspension of parcels to Belarus, which applies from 1 June":
            # a stop told with the day it takes effect is news, whatever breaches it
            and not dated_span(doc, *doc.sentence_of(start))
        ):
            weight *= 0.1  # "wegen Verstößen gegen das Iran-Embargo": a breach judged, no stop
        if (
            kind == "delay"
            and norm.endswith(" o", start, end)
            and "wydłu" in norm[start:end]
            and not _PL_DELAY_SUBJECT.search(norm, max(clause_start, start - 80), start)
        ):
            continue  # "Termin odbioru ... wydłuży się o 7 dni": a longer pickup period, no delay
        if kind == "delay" and (
            _aimed_against(norm, max(clause_start, start - 40), start)
            or _AIM_AFTER_CJK.match(norm, end) is not None
        ):
            weight *= 0.2  # "we work to keep disruption to a minimum": an aim, no delay
        if (
            kind in ("suspension", "resumption")
            # not "post offices ... will not accept mail or parcels": mail is the object
            and not MAIL_OR_ACCEPTANCE.search(
                norm, end, min(doc.sentence_of(start)[1], end + MAIL_AFTER_BRANCH_STOP)
            )
        ) and (
            (
                (branch := _BRANCH.search(norm, clause_start, start)) is not None
                # not "our hotline and the acceptance of parcels are suspended" (but "our
                # helpline for parcel tracking is suspended": the mail word qualifies it)
                and not _AND_MAIL.search(norm, branch.end(), start)
            )
            or _BRANCH_AFTER.search(doc.full, end, doc.sentence_of(start)[1])
            or (
                (counter := _COUNTER_AFTER.match(norm, end)) is not None
                # not "counter services and the acceptance of mail", "counter services for EMS
                # items to the US": the mail is stopped too
                and not MAIL_OR_ACCEPTANCE.search(
                    norm, counter.end(), min(doc.sentence_of(start)[1], counter.end() + 60)
                )
            )
            or _branch_subject(doc, clause_start, start)
            or _offices_stop_work(doc, clause_start, start, end)
            or _title_branch(doc, start)
        ):
            weight *= (
                BRANCH_FACTOR  # "the Mar del Plata branch reopens": one counter, not a service
            )
        elif _named_again(norm, start):
            weight *= 0.1  # "during the suspension period": a change said before, named again
        domestic = False
        if (
            (kind in _STOPS or kind in ("delay", "resumption"))
            and hints(_DOMESTIC_HINTS)
            # "suspended air transport for domestic mail"; "U.S. domestic / Winter storm: some
            # shipments may be delayed"; "domestic pick-ups and deliveries resume on 2 May"
            and (
                # (not past its line: a title's word is not the body's domestic mail, nor one
                # item's the next item's)
                _said_changed(
                    doc, _DOMESTIC, clause_start, _line_reach(doc, start, end), calm_starts
                )
                or _under_domestic_heading(doc, start, place_starts or [])
            )
        ):
            a, b = doc.sentence_of(start)
            if not _said_changed(doc, _INTERNATIONAL, a, b, calm_starts) and not any(
                a <= p < b or p < doc.title_end for p in place_starts or ()
            ):
                weight *= DOMESTIC_FACTOR
                domestic = True
        if (
            kind == "informational"
            and doc.in_title(start)
            and _DOMESTIC_SCOPE.search(
                norm, max(0, start - _SCOPE_REACH), min(doc.title_end, end + _SCOPE_REACH)
            )
        ):
            weight *= 0.2  # "Strike in Germany: no impact on domestic mail": not mail sent there
        if doc.in_title(start):
            weight *= TITLE_FACTOR
        elif start - doc.title_end < LEAD_CHARS:
            weight *= LEAD_FACTOR
        if votes and votes[-1].kind == kind and doc.full[votes[-1].end : start].strip() == "(":
            continue  # "IVA (Imposto sobre o Valor Agregado)": one term, spelt out
        votes.append(Vote(kind, weight, start, end, firm, continued, possible, domestic))
    return votes, transport_stops, reminded


# A rate changed from one figure to another: "from 18% to 30%", "von 18 % auf 30 %",
# "del 18 % al 30 %", "increased to 25%"
_RATE_CHANGE = lazy_compile(
    r"\d(?:[.,]\d+)?\s?%\s*(?:to|a|à|auf|al|naar|para|till|til|do|до|на|->|→)\s*\d+(?:[.,]\d+)?\s?%|"
    r"\b(?:increased|raised|reduced|lowered|rises?|goes up|cut)\s+to\s+\d+(?:[.,]\d+)?\s?%"
)


def _sum_levied_from_a_day(doc: Doc, start: int, place_starts: list[int] | None) -> bool:
    """Whether the sentence of a bare "fee" or "tax" says a sum will be levied from a day, on
    mail of a place it names."""
    a, b = doc.sentence_of(start)
    return (
        _place_between(place_starts, a, b)
        and _LEVIED.search(doc.norm, a, b) is not None
        and _SUM.search(doc.norm, a, b) is not None
        and dated_span(doc, a, b)
    )


# "will be charged", "sera perçue", "wird erhoben" (normalised)
_LEVIED = lazy_compile(
    r"\b(?:(?:will|shall|is to|are to) be (?:charged|levied|collected)|"
    r"(?:sera|seront) (?:percue?s?|prelevee?s?|facturee?s?)|(?:wird|werden) (?:erhoben|berechnet)|"
    r"se cobrara|se cobraran|sara riscoss[ao]|verra riscoss[ao]|wordt geheven|worden geheven|"
    r"sera cobrad[ao]|serao cobrad[ao]s)\b"
)
# a sum of money: "€2", "2 €", "EUR 3", "2 francs"
_SUM = lazy_compile(
    r"[€$£]\s?\d|\d\s?(?:€|\$|£)|\b(?:eur|usd|gbp|chf)\s?\d|"
    r"\d\s?(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|francs?)\b"
)
_CONDITIONS_MARK = lazy_compile(r"[:;\uff1a\uff1b]")


def _score_votes(
    doc: Doc,
    votes: list[Vote],
    transport_stops: set[int],
    place_starts: list[int] | None,
    weak: frozenset[str],
    place_at: dict[int, str] | None = None,
) -> tuple[dict[str, float], float, bool]:
    """The notice-wide rules that discount votes which are not the news (older items, link
    lists, asides, answers), then the sum of the votes of each kind; also what a partial lift
    added to the restriction and whether the notice says the rules stay unchanged."""
    _discount_older_items(doc, votes, place_starts or [])
    _discount_link_lists(doc, votes)
    _discount_guidance(doc, votes)
    if any(v.continued and v.kind == "suspension" for v in votes):
        _continue_paragraph(doc, votes, place_starts or [])
    if sum(v.kind == "restriction" for v in votes) >= SPEC_LINES_FEWEST:
        _discount_spec_sheet(doc, votes, place_starts or [])
    _discount_all_clear_subjects(doc, votes)
    _discount_asides(doc, votes)
    _discount_heading_disruption(doc, votes)
    _discount_stop_causes(doc, votes)
    _discount_page_intro(doc, votes, place_starts or [])
    _discount_answered(doc, votes)
    if transport_stops:
        _discount_answered_transport_stops(doc, votes, transport_stops)
    if any(v.kind in ("suspension", "delay") for v in votes):
        _discount_others_stops(doc, votes)
    _discount_questions(doc, votes)
    _discount_unchanged_parts(doc, votes)
    _discount_kept_in_line(doc, votes, place_starts or [])
    _discount_unmarked_rows(doc, votes, place_starts or [])
    said_unchanged = _said_unchanged(doc, votes, place_starts)
    _discount_complements(doc, votes)
    _discount_label_title(doc, votes)
    _discount_title_head(doc, votes, place_starts or [])
    _discount_denied_title(doc, votes)
    _discount_domestic_title(doc, votes, place_starts or [])
    kept: set[int] = set()  # where the limits said to stay are, beside a resumption
    if any(v.kind == "resumption" for v in votes):
        kept = {v.start for v in votes if v.kind == "restriction" and limit_kept(doc, v.start)}
        for v in votes:
            if v.start in kept and v.kind == "restriction":
                v.weight *= KEPT_LIMIT_FACTOR  # "the maximum weight remains 30 kg": as before
        # "letters and documents (up to 2 kg) are accepted again": the limit says what resumes
        # (not the conditions told after a colon: "wieder an: höchstens 2 Batterien")
        resumed = [
            v
            for v in votes
            if v.kind == "resumption" and v.firm and not v.continued and v.weight >= 1.0
        ]
        for v in votes:
            if (
                v.kind == "restriction"
                and not doc.in_title(v.start)
                and any(
                    doc.sentence_of(r.start) == doc.sentence_of(v.start)
                    and not _CONDITIONS_MARK.search(
                        doc.norm, min(r.end, v.end), max(r.start, v.start)
                    )
                    for r in resumed
                )
            ):
                v.weight *= RESUMED_LIMIT_FACTOR
    scores: dict[str, float] = defaultdict(float)
    for v in votes:
        scores[v.kind] += v.weight
    lift_added = 0.0
    if _partial_lift(doc, votes, weak, kept, place_at):
        # lifted, but only for some items or up to some limit: a restriction
        lift_added = scores["resumption"]
        scores["restriction"] += lift_added
    return scores, lift_added, said_unchanged


# After a change word in Japanese or Chinese, that it may happen: "場合があります", "可能性がある"
_MAY_AFTER_CJK = lazy_compile(
    r"[^。！？\n]{0,20}?(?:場合があ|場合もあ|場合がござ|場合もござ|可能性があ|可能性もあ|恐れがあ|"
    r"おそれがあ|可能会|有可能)"
)
# ... or that it is a case to come: "引受けを一時停止する場合は、改めてお知らせいたします" (should
# we suspend acceptance, we will announce it), Korean "중단할 경우에는"
_IF_AFTER_CJK = lazy_compile(
    r"[^。！？\n]{0,12}?(?:場合は|場合には|場合、|場合や|경우에는|경우에|경우 )"
)
# The mark of a table's legend right before a word: "×：引受停止", "x = suspended"
_LEGEND_BEFORE = lazy_compile(r"(?:^|\s)[×○△✕✓✗xX－–-]\s*[:：=]\s*$")
# A breach of a ban right before it: the ban is the law broken, not news (normalised text)
_VIOLATED_BEFORE = word_start(
    # (nouns, and "evading", "circumventing": not "parcels violating the ban ... will be
    # destroyed", a ban that holds)
    r"\b(?:verstoss\w*|verstoß\w*|violations?|breach(?:es)?|infringements?|circumvent\w*|evad\w*|"
    r"umgehung\w*|contournement\w*|violaci\w*|violazion\w*|schending\w*|overtreding\w*|"
    r"naruszeni\w*|нарушени\w*|порушенн\w*)\s+(?:[^\W\d_]+\s+){0,3}$"
)
# What "wydłuży się o" (grows longer by) must be said of to be a delay: the time of delivery
# or transport (normalised text: "ł" stays)
_PL_DELAY_SUBJECT = lazy_compile(
    r"\b(?:czas\w*|termin\w*) (?:\w+ )?(?:doreczeni\w*|dostaw\w*|dostarcz\w*|"
    r"transport\w*|przewoz\w*|przesył\w* (?:do|z))"
)
# "the new ban", "das neue Verbot": the ban is news, whatever breaches it (normalised text)
_NEW_BAN_WORD = lazy_compile(
    r"\b(?:new|neue\w*|nouve\w*|nuev\w*|nuov\w*|nieuw\w*|now[aey]\w*|нов\w*)\b"
)
_LEGEND_MARKS = frozenset(":：=")  # one of them right before a word the legend explains


def _seizure_title(doc: Doc, enforcement: list[Match]) -> bool:
    """A title that reports a seizure: counterfeits or smuggling beside a word of seizing
    ("Zoll stoppt 1,2 Millionen Fälschungen"), or a plain verb of seizing over a page that
    names them ("Border Force seizes 9 million illegal cigarettes"); asked for many votes, read
    once per notice (``enforcement`` is the notice's own)."""
    if not enforcement:
        return False
    found: bool = doc.once("_seizure_title", lambda d: _title_reports_seizure(d, enforcement))
    return found


def _title_reports_seizure(doc: Doc, enforcement: list[Match]) -> bool:
    title = doc.norm[: doc.title_end]
    if _SEIZURE_AHEAD.search(title) is not None:
        return False
    if any(doc.in_title(m.start) for m in enforcement):
        return any(k in title for k in _SEIZING_KEYS) or _SEIZED.search(title) is not None
    return _SEIZED.search(title) is not None


def _kept_as_is(doc: Doc, start: int, end: int) -> bool:
    """Whether the rest of the change word's sentence says it stays as it is ("... limits of
    weight and content ... se mantienen sin cambios"), with no day it starts and nothing else
    said to stay ("other conditions remain unchanged")."""
    a, b = doc.sentence_of(start)
    found = _UNCHANGED_AFTER.search(doc.norm, end, b)
    if found is None:
        return False
    between = doc.norm[end : found.start()]
    return (
        ";" not in between
        and _OTHER_ONES_WORD.search(between) is None
        and _CHANGED_WORD.search(doc.norm, a, b) is None
        and not dated_span(doc, a, b)
    )


# one word of each way _UNCHANGED_AFTER says it (most notices hold none)
_UNCHANGED_HINTS = ("unchanged", "the same", "sin cambios", "no cambia", "inchange", "remain",
                    "stays", "unverandert", "invariat", "ongewijzigd", "inalterad", "no change",
                    "ไม่มีการเปลี่ยนแปลง", "변동 없", "변경 없", "변경 사항은 없", "변경사항은 없",
                    "変更はありません", "保持不")  # fmt: skip
_UNCHANGED_AFTER = lazy_compile(
    r"\b(?:remains? unchanged|remains? the same|are unchanged|is unchanged|stay the same|"
    r"se mantienen sin cambios|se mantiene sin cambios|siguen sin cambios|sigue sin cambios|"
    r"no cambian|no cambia|restent inchange\w*|reste inchange\w*|sont inchange\w*|"
    r"demeurent inchange\w*|demeure inchange\w*|"
    r"bleiben unverandert|bleibt unverandert|sind unverandert|ist unverandert|"
    r"restano invariat\w*|rimangono invariat\w*|rimane invariat\w*|blijven ongewijzigd|"
    r"blijft ongewijzigd|permanecem inalterad\w*|mantem se inalterad\w*)\b|"
    # "VAT rates: no change" (not "... which means no change for senders")
    r":\s*no changes?\b|"
    # a limit said to stay at its figure: "the maximum weight ... remains 66 pounds"
    r"\b(?:remains?|stays?) (?:at )?(?=[\d$\u20ac\u00a3])|"
    # "면세 한도 ... — 변동 없음", "อัตราอากร...ไม่มีการเปลี่ยนแปลง" (no word boundary in Thai, Korean,
    # Japanese or Chinese)
    r"ไม่มีการเปลี่ยนแปลง|변동\s*없음|변경\s*없음|변경\s*없이|변경\s*사항은\s*없|変更はありません|保持不[变變]"
)
_OTHER_ONES_WORD = lazy_compile(
    r"\b(?:other|others|all other|remaining|otros|otras|demas|autres|ubrigen|anderen|altri|"
    r"altre|andere|overige|outros|outras)\b"
)
_CHANGED_WORD = lazy_compile(
    r"\b(?:new|now|from now on|will change|changes? to|nuev\w*|nouve\w*|neu\w*|nuov\w*|nieuw\w*|"
    r"nov[oa]s?)\b"
)


# "No (EMS or parcel) restrictions have been notified / reported / announced"
_NO_BEFORE = lazy_compile(r"\b(?:no|not any)\s+(?:[\w-]+\s+){0,4}$")
_NONE_NOTIFIED_AFTER = lazy_compile(
    r"\s+(?:have|has) been (?:notified|reported|announced|communicated|received|imposed|"
    r"introduced)\b"
)
# "stop X (from) reaching / entering / getting into": keeping things out, no stop of mail
_PREVENTED_AFTER = lazy_compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:drugs|narcotics|guns|weapons|firearms|illegal|illicit|"
    r"counterfeit\w*|contraband|smuggled|fakes?|harmful)\s+(?:[\w'-]+\s+){0,3}?(?:from\s+)?"
    r"(?:reaching|entering|getting into|coming into|crossing)\b"
)
_COUNT_AFTER = lazy_compile(r"\s+(?:\w+\s+){0,2}?\d")  # "stoppt über 1,2 Millionen"
_SEIZED_OBJECT_REACH = 30


def _place_between(place_starts: list[int] | None, a: int, b: int) -> bool:
    """Whether a place is named in ``a:b`` (``place_starts`` in order)."""
    i = bisect_left(place_starts or [], a)
    return bool(place_starts) and i < len(place_starts) and place_starts[i] < b


_SEIZED_BEFORE = 30  # characters back from a ban word to a verb of seizing its goods


def _seized_right_before(doc: Doc, start: int) -> bool:
    """Whether a verb of seizing stands just before ``start`` in its sentence: what follows
    is the goods seized ("intercepted 2,552 prohibited ...")."""
    a = doc.sentence_of(start)[0]
    return _SEIZED.search(doc.norm, max(a, start - _SEIZED_BEFORE), start) is not None


def _seized_in_title_before(doc: Doc, start: int) -> bool:
    """Whether a word of seizing stands before ``start`` in a title that starts nothing with
    its day: what follows it tells how the goods were found."""
    return (
        _SEIZED.search(doc.norm, 0, start) is not None
        and _STARTS_NOW.search(doc.norm, 0, doc.title_end) is None
    )


def _told_of_seized(doc: Doc, start: int, place_starts: list[int] | None) -> bool:
    """Whether a sentence below a seizure's title tells of the goods seized: what befell them
    ("the lorry was stopped", "los envíos quedaron suspendidos", a seizure named), no place
    named in it, no day it starts, nothing ahead ("PostNL stopt vanaf 1 april met pakketten
    naar Rusland", "acceptance of parcels is suspended until further notice" are stops of
    their own)."""
    a, b = doc.sentence_of(start)
    if _seized_right_before(doc, start):
        # "intercepted 2,552 prohibited plant, meat and animal by-products at U.S. ports": the
        # seized goods, whatever place the sentence names
        return True
    quoted = inside_quotes(doc, a, start)
    if _place_between(place_starts, a, b) and not quoted:
        return False
    return (
        (
            _TOLD_PAST.search(doc.norm, a, b) is not None
            or _SEIZED.search(doc.norm, a, b) is not None
            or quoted
        )
        and _SEIZURE_AHEAD.search(doc.norm, a, b) is None
        and _UNTIL_FURTHER.search(doc.norm, a, b) is None
        and not dated_span(doc, a, b)
    )


def _advice_below_seizure(doc: Doc, start: int, place_starts: list[int] | None) -> bool:
    """Whether a requirement below a seizure's title is advice told with the news: a word of
    advice in its sentence, no place named there, no day it starts, nothing ahead ("From 1
    July every parcel needs an HS code" is a rule of its own)."""
    a, b = doc.sentence_of(start)
    quoted = inside_quotes(doc, a, start)
    if _ADVICE.search(doc.norm, a, b) is None and not quoted:
        return False  # "henceforth every postal parcel must carry an invoice": a rule
    if _place_between(place_starts, a, b) and not quoted:
        return False
    return _SEIZURE_AHEAD.search(doc.norm, a, b) is None and not dated_span(doc, a, b)


# Words of customs' advice: "海关提醒", "customs remind senders", "urges", "erinnert"
_ADVICE = lazy_compile(
    r"提醒|提示|呼吁|呼籲|周知|広報|啓発|\b(?:remind\w*|urge\w*|advise\w*|erinner\w*|rappell\w*|recuerd\w*|"
    r"ricord\w*|lembr\w*|appell\w*)\b"
)


def _duty_of_seized(doc: Doc, start: int) -> bool:
    """Whether a duty word below a seizure's title is the seized goods' duty or the agency's
    name ("unpaid duty and VAT", "Área de Aduanas e Impuestos Especiales"), not a duty changed
    beside the news ("the duty-free allowance is cut to one litre", "From 1 February ...")."""
    a, b = doc.sentence_of(start)
    if _SEIZED.search(doc.norm, a, b) is not None or _DUTY_EVADED.search(doc.norm, a, b):
        return True
    return (
        _DUTY_CHANGED.search(doc.norm, a, b) is None
        and (_DUTY_LIMITS.search(doc.norm, a, b) is None or _ADVICE.search(doc.norm, a, b))
        and _SEIZURE_AHEAD.search(doc.norm, a, b) is None
        and not dated_span(doc, a, b)
    )


_DUTY_EVADED = lazy_compile(r"\b(?:unpaid|evaded|owed|defrauded)\b")
_DUTY_CHANGED = lazy_compile(
    r"\b(?:reduc\w*|cut|cuts|rais\w*|increas\w*|lower\w*|abolish\w*|introduc\w*|new|now)\b"
)
# The allowances named with it ("the duty-free allowance is one litre"): a change, but in a
# sentence of customs' advice ("reminds the public that tobacco ... is subject to allowances")
_DUTY_LIMITS = lazy_compile(r"\b(?:allowances?|thresholds?|limits?|rates?)\b")
_TOLD_PAST = lazy_compile(
    r"\b(?:was|were|had|had been|quedaron|quedo|fueron|fue|wurde|wurden|a ete|ont ete|"
    r"e stato|e stata|sono stati|sono state|foi|foram|werd|werden|"
    # pluperfects ("Le conteneur avait été ciblé ... à partir des données électroniques")
    r"avait ete|avaient ete|habia sido|habian sido|era stat[oa]|erano stat[ie]|tinha sido|"
    r"tinham sido|"
    # Nordic "was" ("ble stanset på grenseovergangene"); a stop told in the past ("Customs
    # stopped a lorry")
    r"ble|blev|blevo|stopped|stoppte|stoppten|stoppade|stansede|stanset|stansa|"
    # Czech and Slovak "were", "had not" ("Výrobky neměly povinné značení")
    r"(?:ne)?byl[aoiy]?|(?:ne)?mel[aoiy]|nemel)\b|已被|已经被|已經被"
)


# Words of a seizure beside _SEIZING_KEYS (which are also words of a ban or stop)
_SEIZED = lazy_compile(
    r"\b(?:seiz\w*|intercept\w*|interviene\s+(?:\w+\s+){0,2}\d|intervenid\w*|aprehend\w*|"
    # "ABF detects 1.2 million vapes": a count of what was found
    r"detect(?:s|ed)\s+(?:more than\s+|over\s+|nearly\s+|almost\s+)?\d|"
    # "Customs stops 46 kg of methamphetamine": a quantity stopped, goods found
    r"(?:stops|stopped)\s+(?:more than\s+|over\s+|nearly\s+|almost\s+)?\d[\d,.]*\s*"
    r"(?:kg|kilograms?|tonnes?|tons?|grams?|million|thousand)\b|"
    r"incaut\w*|zajal\w*|zajel\w*|zajeła|zabavil\w*|zaplen\w*|zaplijen\w*|заплен\w*|"
    r"заплијен\w*|заплењ\w*|sekuestr\w*|lefoglal\w*|el koy\w*|"
    r"beschlagnahmt|sichergestellt|sequestr\w*|confisc\w*|saisi\w*|decomis\w*|"
    r"ele gecir\w*|κατασχ\w*|изъя\w*|вилуч\w*|in beslag|inbeslagname\w*|apreend\w*|"
    r"beslaglag\w*|beslag|takavarik\w*|"
    # Czech and Slovak "seized", "detained" (normalised: "zadrželi" reads "zadrzeli")
    r"zajistil[aiy]?|zaistil[aiy]?|zadrzel[aiy]?|zadrzal[aiy]?)|"
    r"押収|摘発|扣押|查获|查獲|缉获|緝獲|破获|破獲|侦破|偵破|압수|적발|"
    # German "stellt ... sicher" round a count: "Zoll stellt über 12.000 Fälschungen sicher"
    # (not "stellt die Zustellung sicher", ensures it)
    r"\bstell(?:t|en|te|ten)\s[^\n]{0,80}?\d[^\n]{0,80}?\ssicher\b"
)


# A stop of what is sent, right after the verb ("stops accepting", "stop sending")
_STOP_OF_SENDING = lazy_compile(
    r"\s+(?:accepting|sending|shipping|mailing|posting|taking|delivering|carrying|"
    r"the acceptance|acceptance|all (?:parcels|mail|shipments|items))\b"
)
# Triggers that also tell of goods stopped or seized by enforcement ("Zoll stoppt 1,2 Millionen
# Fälschungen", "sequestrati 18 mila profumi contraffatti"): no stop beside an enforcement word
_STOP_KEYS = ("stop", "gestopp", "stoðv", "stans")  # (Icelandic "stöðvuðu", Norwegian "stanset")
_SEIZING_KEYS = (
    *_STOP_KEYS,
    "sequestr",
    "beschlagnahm",
    "saisi",
    "incaut",
    "decomis",
    "confisc",
)


# A seizure still ahead ("will be confiscated", "saranno sequestrati", "ab 1. Juli werden
# ... beschlagnahmt", "serán decomisados", "from 1 June")
# A seizure told as news: what will be seized and destroyed is then that haul, not a ban
_SEIZURE_NEWS = lazy_compile(
    r"\b(?:(?<!be )seized|were seized|was fined|were fined|arrested|smuggl\w*|cocaine|heroin|"
    r"cannabis|narcotic\w*|counterfeit\w*|fake goods|tried to|trying to)\b"
)
_SEIZURE_AHEAD = lazy_compile(
    r"\b(?:will|shall|saranno|verranno|werden|seran|seront|serao|zullen|"
    r"(?:from|dal|dalla|ab|a partir del?|a partire dal|desde el|vanaf|a compter du) "
    r"(?:1°|\d{1,2}))\b"
)


# A sentence that opens with a condition of things getting worse, before the clause that says
# what would then be done: "Should the situation worsen, we will suspend mail to Israel",
# "Sollte sich die Lage verschärfen, setzen wir ... aus", "Si la situation se dégrade, nous
# suspendrons ...". A threat, not a stop; other conditions ("If the strike goes ahead, mail
# will be delayed") announce the change and stay.
_THREAT_KINDS = frozenset(("suspension", "delay", "restriction"))
_WORSE_STEMS = ("worsen", "deteriorat", "escalat", "verscharf", "zuspitz", "verschlechter",
                "degrad", "aggrav", "empeor", "agrav", "peggior", "verslechter", "pogorsz",
                "ухудш", "погірш")  # fmt: skip
_WORSE_CJK = ("悪化", "恶化", "惡化", "악화")
_WORSE_HINTS = _WORSE_STEMS + _WORSE_CJK
_IF_WORSE = lazy_compile(
    # (Romance "si"/"se" only before the subject: "Se informa que ...", "Si comunica che ...",
    # "Se agravó la situación" are no conditions)
    r"[\W\d]{0,6}(?:should|if|in the event that|in case|sollte|falls|wenn|en caso de que|"
    r"si (?:la|le|les|l'|el|il|lo|las|los)|se (?:la|il|o|a|i|le|gli|os|as)|"
    r"qualora|nel caso in cui|mocht|als|indien|jesli|jezeli|если|якщо)\b[^,.;:!?\n]{0,80}?"
    rf"(?:{'|'.join(_WORSE_STEMS)})[^,.;:!?\n]{{0,60}}?,"
    # (not the 時 of 一時, 暫時: "temporarily")
    rf"|(?:[^。、\n]{{0,8}}、)?[^。、，,.\n]{{0,40}}?(?:{'|'.join(_WORSE_CJK)})[^。、，,.\n]{{0,12}}?"
    r"(?:場合|(?<![一暂暫临臨当當同])(?:時|时)(?!に備え)|时候|時候|情况下|情況下|경우)"
)


# What a held item waits for, right before a word of resumption: "en attente de la reprise",
# "in attesa della ripresa", "awaiting the resumption", "pending the restart"
# "when" and the verb of taking right before a Nordic word of accepting again ("Vi vet ennå
# ikke når vi tar imot pakker igjen"): a question of when, no resumption
_NORDIC_WHEN_BEFORE = lazy_compile(
    r"\b(?:nar|hvornar)\s+(?:\w+\s+){0,2}?(?:tar|tager|tas|tages)\s+(?:\w+\s+){0,2}$"
)
_AWAITING_BEFORE = lazy_compile(
    r"\b(?:en attente d[eu]|dans l'attente d[eu]|in attesa d[ie]\w*|awaiting|pending|"
    r"a la espera de|a espera d[ae]|in afwachting van|"
    # "dès le rétablissement des services" (once they are restored), "upon restoration";
    # "nach Wiederaufnahme der Verbindungen weitergeleitet", "bis zur Wiederaufnahme"
    # "sécurisés jusqu'à la reprise des activités", "until the resumption of": not yet come
    r"des(?= l)|upon|nach|bis zur|bis zum|jusqu.a|hasta|fino alla|until|till|tot de)\s+"
    r"(?:la |le |l'|the |de |della |del |dello |de la |del |da |do |van de |het |der |dem )?$"
)
# Who resumes when it is not the mail: the strikers ("workers will resume work")
_WORKERS_BEFORE = lazy_compile(
    r"\b(?:workers|dockworkers|dock workers|staff|employees|strikers|unions?|mitarbeiter\w*|"
    r"beschaftigte\w*|salaries|trabajadores|lavoratori|werknemers|personeel)\b"
)
# What resumes when it is the counters: their hours ("Normal opening hours resume on ...")
_HOURS_BEFORE = lazy_compile(
    r"\b(?:opening hours|office hours|counter hours|business hours|operating hours|"
    r"trading hours|offnungszeiten|horaires|"
    r"horarios?(?: de atencion)?|orari(?: di apertura)?|openingstijden|openingsuren)\b"
)
_ASIDE_OPENS = lazy_compile(r"\b(?:which|where|as we already|as we did)\b")


def _if_worse_before(doc: Doc, start: int) -> bool:
    """Whether the sentence of ``start`` opens with a condition of worsening that ends before
    it (see ``_IF_WORSE``)."""
    a = doc.sentence_of(start)[0]
    m = _IF_WORSE.match(doc.norm, a)
    if m is None or m.end() > start:
        return False
    # a vote inside an aside keeps its kind: "..., mail to Israel, which is already delayed by
    # two weeks, will be suspended" (the delay stays; the suspension after the aside is a threat)
    asides = list(_ASIDE_OPENS.finditer(doc.norm, m.end(), start))
    return not asides or "," in doc.norm[asides[-1].end() : start]


# A line that opens with "if" and ends with a colon: the list under it is what may happen
_IF_HEAD = lazy_compile(
    r"(?im)^[ \t]*(?:if|should|in case|in the event|wenn|falls|sollte|si (?:la|le|les|vous|"
    r"nous)|s'il|en cas|se (?:la|il|lo|le|i)|nel caso|als (?:de|het|u|er)|indien|mocht|caso|"
    r"jeśli|jeżeli|如果|若|万一|もし|만약|إذا|اذا|في حال)"
    r"(?:\b|(?<=[^\x00-\u2fff]))[^\n]*[:\uff1a][ \t]*$"
)


# After a noun of stopping, the words of its object and a verb that it goes on: "(the
# suspension) of acceptance of all international mail continues"
_STOP_HOLDS_AFTER = lazy_compile(
    r"\s+(?:of\s+[^.;:\n]{0,80}?\s+)?(?:continues|will continue|remains in (?:place|force|"
    r"effect)|remain in (?:place|force|effect)|stays in place|is extended|has been extended)\b"
)
# Between a negated stop and the next one it takes too: "suspension or restriction",
# "Aussetzung oder Einschränkung", "suspensión ni restricción"
_OR_NEXT_STOP = lazy_compile(
    # (an article only after "or" and "nor": "ne sont pas suspendus et une restriction de 2 kg
    # s'applique", "nicht eingestellt und eine Beschränkung gilt" open a clause of their own)
    r"\s*,?\s*(?:(?:or|nor|oder|noch|ou|ni|o|né|of|или|ни|lub|ani|albo|czy|nebo)\s+"
    r"(?:any\s+|other\s+|eine\s+|une\s+|una\s+|de\s+)?|(?:and|und|et|y|e|en|и)\s+)"
)
# Between two verbs of one subject: "eingestellt oder stark eingeschränkt", "suspended or
# severely restricted"
_COORDINATED = lazy_compile(
    r"\s*,?\s*(?:oder|und|bzw\.?|or|and)\s+(?:stark|weitgehend|teilweise|deutlich|heavily|"
    r"severely|partially|significantly|largely|greatly)?\s*"
)
# A subject that is no mail: claims, complaints, refunds ("Claims for late delivery cannot be
# accepted", "Reklamationen können nicht angenommen werden")
_CLAIMS_SUBJECT = lazy_compile(
    r"\s*(?:(?:all|any|no|your|the|new|further|alle|keine|weitere|les|las|los|le)\s+)?"
    r"(?:(?:compensation|refund|liability|delay)\s+)?(?:claims?|complaints?|refunds?|"
    r"refund requests?|compensation requests?|reklamation\w*|beschwerde\w*|"
    r"nachforschungsantr\w*|ersatzanspr\w*|entschadigungsanspr\w*|entschädigungsanspr\w*|"
    r"reclamations?|réclamations?|reclamaciones|reclami|klachten|claimaanvragen)\b"
    # the whole subject: not "Claims and new shipments to Russia cannot be accepted"
    r"(?![^.;:\n]{0,30}?\b(?:and|or|und|oder|sowie|et|ou|y|o|e|en|as well as)\s)"
)
# ... or a rise of prices: "suspende la subida de precios", "la suspensión de la subida"
_PRICE_RISE_OBJECT = lazy_compile(
    r"\s+(?:(?:of|de|des|du|der|von|della|dell'|van)\s+)?(?:(?:the|its|our|planned|la|le|l'|les|"
    r"el|los|die|den|il|o|a|het|de)\s+)?(?:(?:planned|next|annual)\s+)?(?:"
    r"(?:price|postage|tariff|rate)s? (?:increase|rise)s?|subida de (?:precios|tarifas)|"
    r"actualizacion de (?:precios|tarifas)|hausse des (?:prix|tarifs)|preiserhohung\w*|"
    r"portoerhohung\w*|aumento (?:dei prezzi|delle tariffe|de precos|de tarifas)|"
    r"prijsverhoging\w*|tariefsverhoging\w*)\b"
)
# Korean and Japanese: the sale of a product (an insurance, New Year cards) as what stops
_SALE_OBJECT = lazy_compile(r"(?:판매|발매)(?:를|을)?\s*(?:\S+\s+){0,4}$|(?:販売|発売)を\s*$")
# ... unless it is a postal service's or goes to a place: "미국행 EMS 판매를 중단합니다"
_POSTAL_SOLD = lazy_compile(r"ems|소포|우편|k-packet|행\s|宛")
# "can no longer be processed under the simplified intra-ECOWAS arrangements": a procedure
# ends, the mail goes on under another
_UNDER_SCHEME = lazy_compile(
    r"\w*\s+under\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:arrangements?|procedures?|schemes?)\b"
)
# (processed or cleared under it: not "suspended under the current sanctions regime")
_HANDLED = lazy_compile(r"process|clear|handl")
# "Simba 2005 will not accept postal and courier declarations after 31 March": an old system
# for declarations goes, mail does not stop
_DECLARATIONS_OBJECT = lazy_compile(
    r"\s+(?:(?:the|all|any)\s+)?(?:(?:postal|courier|paper|manual|customs)\s+"
    r"(?:(?:and|or)\s+(?:postal|courier|paper|manual)\s+)?)?(?:declarations|entries)\b"
)
# ... or its object: "resumed processing refunds", "reprend le traitement des réclamations"
_CLAIMS_OBJECT = lazy_compile(
    r"\s+(?:(?:the|all|our|le|la|les|el|los)\s+)?(?:"
    r"(?:(?:processing|handling|payment|issuing|tramitacion|traitement|gestion|bearbeitung|"
    r"processamento)\s+(?:of\s+(?:the\s+)?|de\s+(?:las?\s+|los\s+)?|des\s+|der\s+|von\s+|"
    r"dos\s+|das\s+)?)?(?:(?:compensation|refund)\s+)?(?:claims?|complaints?|refunds?|"
    r"reimbursements?|reclamaciones|remboursements?|reclamations?|erstattungen|"
    r"ruckerstattungen|reklamationen|reclamacoes)|"
    # (a bare "reembolsos" is cash on delivery: "suspende los reembolsos con destino a Portugal")
    r"(?:tramitacion|gestion|processamento)\s+(?:de|dos)\s+(?:los\s+)?reembolsos?)\b"
    # the whole object: not "resumed processing refunds and accepting parcels to Peru" (but
    # "claims for items sent to and from Israel", "refunds for lost or damaged items")
    r"(?![^.;:\n]{0,40}?\b(?:and|or|und|oder|sowie|et|ou|y|o|e|en|as well as)\s+"
    r"(?:(?:the|la|le|les|el|los|las|die|der|a|o|os|as)\s+)?(?:[\w']+\s+)?(?:accept\w*|"
    r"parcels?|packages?|mail|letters|shipments?|services?|admision|aceptacion|acceptation|"
    r"paquetes|colis|envios|pakete|sendungen|annahme|encomendas)\b)"
)
_STOP_NOUN_BEFORE = lazy_compile(r"\b(?:suspension|ban|embargo|stop) of\b[^.;:\n]*$")


_NOT_APPLIED_AFTER = lazy_compile(
    r"\s+(?:(?:do|does|will|shall)\s+not|don't|doesn't|won't)\s+(?:apply|affect)\b|"
    r"\s+(?:gelten|gilt)\s+nicht\b|\s+ne\s+s['\u2019]appliquen?t?\s+pas\b|"
    r"\s+no\s+se\s+aplican?\b",
    re.IGNORECASE,
)


# Scandinavian "is lifted" words: Danish, Norwegian and Swedish put the negation after the
# verb ("ophæves ikke"), and "oppheves og erstattes av" repeals a rule to replace it
_SCAND_LIFT_KEYS = frozenset(("oppheves", "opphevet", "ophæves", "ophævet", "upphavs", "upphavts"))
_SCAND_NOT_LIFTED = lazy_compile(
    r"\s+(?:ikke|ikkje|inte|ej|enna ikke|endnu ikke|annu inte)\b|"
    r"\s+(?:og|och)\s+(?:(?:blir|bliver|vil bli|skal)\s+)?"
    r"(?:erstattes|erstattet|erstattas|ersatts|ersattas|afløses|avløses|ersattes)\b"
)
# ... or a law or scheme its subject ("Lagen upphävs", "Den gamle ordningen oppheves"): the
# rule goes, a new one usually replaces it
_SCAND_RULE_BEFORE = lazy_compile(
    r"\b(?:lagen|loven|forordningen|forskriften|ordningen|regelen|reglene|"
    r"reglen|reglerne|regeln|reglerna|bestemmelsen|bestemmelsene|bestemmelserne|avtalen|aftalen|"
    r"bekendtgørelsen|direktivet|paragrafen|kravet|kravene)\s+"
    r"(?:(?:har|er|blir|bliver|blev|ble|vil|skal|kommer att)\s+"
    r"(?:bli\s+|blive\s+|blitt\s+|blevet\s+)?)?$"
)


# "had been suspended", "avait été suspendu": what had happened before the news
_PLUPERFECT = word_start(
    r"\b(?:had|had been|had already been|had previously been|had also been|avait ete|"
    r"avaient ete|avait été|avaient été|habia sido|habian sido|había sido|habían sido|"
    # Portuguese and Italian ("As postagens haviam sido suspensas em março")
    r"havia sido|haviam sido|tinha sido|tinham sido|era stato|era stata|erano stati|erano state|"
    # Greek; a relative clause of the past after its subject ("prijam paketa za Kubu, koji je bio
    # obustavljen": which had been suspended), not the plain past ("prijam ... je bio obustavljen")
    r"ειχε|ειχαν|koji je bio|koja je bila|koje je bilo|koji su bili|koje su bile|"
    r"који је био|која је била|које је било|који су били|ki je bil|ki je bila|ki so bili|"
    r"koji je bio privremeno|koja je bila privremeno|koji su bili privremeno|"
    # Swahili "which had been" ("huduma ... iliyokuwa imesitishwa": the service that had been
    # suspended)
    r"iliyokuwa|uliokuwa|zilizokuwa|yaliyokuwa|kilichokuwa|vilivyokuwa|"
    # Icelandic ("Móttaka sendinga til Kanada hafði verið stöðvuð"; not yet the Nordic "hadde
    # vært": "hadde vært stanset i to uker da Posten i dag besluttet å stanse")
    r"hafði verið|hofðu verið)\s+$"
)


# What readers ask or read about: the topic of their questions, not a change stated here
ASKED_REACH = 90  # "enquiries from customers worried that parcels containing these goods ..."
_ASKED_ABOUT = word_start(
    # "questions from business customers about possible delays": who asks, then the topic
    r"(?:(?:\b(?:questions|enquiries|inquiries|queries|concerns|news|reports|rumou?rs)"
    r"(?: from(?: [\w-]+){1,3}?)?|"
    r"\b(?:customers|people|senders|users|many|who|they|we) (?:have |are |often )?"
    r"(?:ask|asked|asking)) (?:about|regarding|concerning|on|"
    # "enquiries from customers worried that parcels ... will be stopped": their fear
    r"worried that|concerned that)|"
    # "Kamervragen over het stopzetten ...", "Fragen zur Einstellung ..."
    r"\b(?:kamervragen|vragen|fragen|preguntas|perguntas|domande) (?:over|zu|zum|zur|sobre|su))\b"
    # (read within its clause: not "Following questions about the US rules, we have decided
    # to suspend ...")
    r"(?:(?! (?:and|but|so|en|und|y|e) )[^.;:!?\n,])*$"
)
# "The Postal Service said that it had suspended ...": the news, told as reported speech
_REPORTED_SPEECH = word_start(
    r"\b(?:said|says|announced|confirmed|stated|reported|informed|explained|added|noted|told)\b"
)


# A sentence that points elsewhere names topics, it announces nothing.
_POINTER = lazy_compile(
    r"[\s.:;!?]*(?:for (?:further|more) information|more information|further information|"
    # "For information about U.S. customs requirements, visit cbp.gov" (with a comma and the
    # verb of going elsewhere later in its sentence, _POINTER_VERB; not "For details about
    # Israel: ... suspended")
    r"(?P<info>for (?:information|details) (?:about|on|regarding|concerning))|"
    r"weitere informationen|pour (?:plus|de plus amples) d'informations|para mas informacion|"
    r"per (?:maggiori|ulteriori) informazioni|meer informatie|para mais informacoes|"
    r"find out (?:more )?about|check (?:our|the) list of|"
    # "The current list of countries ... is published in the section ...": a pointer to a list
    # kept elsewhere, when the sentence says where (_points_to_list)
    r"(?P<list>(?:the )?(?:current|up to date|updated|latest|full|complete) list of|"
    r"(?:актуальн|полн|повн)\w* (?:список|перечень|перелік)|(?:die )?aktuelle (?:liste|ubersicht)|"
    r"la liste (?:a jour|actuelle|complete)|la lista actualizada|el listado actualizado|"
    r"l'elenco aggiornato|de actuele lijst|a lista atualizada)|"
    r"(?:please )?(?:check|see|visit|consult|read|review) (?:our|the) (?:[\w'-]+ ){0,6}?"
    r"(?:page|list|guide|section)(?! below)(?![^.\n]*:)|"
    r"erfahren sie (?:mehr|hier)|"
    # "For destinations where all services are suspended, see our full list of ...": the
    # pointer after the clause that says what the other page lists
    r"for [^,.;:\n]{0,80},\s*(?P<see>(?:please )?(?:check|see|visit|consult|refer to) (?:our|the) "
    r"(?:[\w'-]+ ){0,6}?(?:page|list|guide|section|website))(?! below))\b"
)


# "The list of items prohibited for mailing is available in the section ...": the standing list
# of prohibited items, kept elsewhere (a pointer as "the current list of" is, _points_to_list);
# its own regex, tried only for a ban's words in a sentence that opens with a word for a list
_LIST_POINTER = lazy_compile(
    r"[\s.:;!?]*(?P<list>(?:the )?list of (?:items|articles|goods) (?:that are )?"
    r"(?:prohibited|restricted|banned)|"
    r"(?:the )?list of (?:prohibited|restricted|banned|forbidden) (?:and restricted )?"
    r"(?:items|articles|goods)|(?:перечень|список) (?:предметов|товаров|вложении)|"
    r"перелік (?:предметів|товарів|вкладень)|(?:die )?liste (?:der|aller) verbotenen|"
    r"la liste des (?:objets|articles|marchandises) (?:interdits|prohibes)|"
    r"la lista de (?:articulos|objetos) prohibidos|l'elenco degli oggetti vietati|"
    r"de lijst (?:met|van) verboden)\b(?P<see>(?!))?(?P<info>(?!))?"
)
_LIST_WORD = lazy_compile(r"list|перечен|список|перелік|liste|lista|elenco|lijst")
_LIST_WORD_REACH = 16
_POINTER_VERB = lazy_compile(
    r",\s*(?:please\s+)?(?:visit|see|consult|contact|refer to|go to|check)\b"
)
# What is "brought into" that is no country: "cannot be brought into force", "into contact with"
_BROUGHT_INTO_STATE = lazy_compile(
    r"\s*(?:the\s+)?(?:force|contact|operation|effect|service|use|line|play|question|being|"
    r"existence|production|circulation)\b"
)
# A sentence that opens with last year tells history: "Last year, exports grew despite delays
# in supply chains" (not "last year's ban", which may hold now)
_LAST_YEAR = lazy_compile(
    r"\W*(?:last year|in the past year|over the past year|during the past year|im vergangenen jahr|"
    r"letztes jahr|l'an dernier|l'ann[ée]e derni[èe]re|el a[ñn]o pasado|l'anno scorso|"
    r"lo scorso anno|vorig jaar|afgelopen jaar)\b(?!')"
)
_FUTURE_WORD = word_start(
    r"\b(?:will|shall|wird|werden|sera|seront|seran|quedara\w*|sara|saranno|zal|zullen)\b"
)
_LAST_YEAR_HINTS = (
    "last year", "past year", "vergangenen jahr", "letztes jahr", "an dernier", "e derni",
    "o pasado", "anno scorso", "scorso anno", "vorig jaar", "afgelopen jaar",
)  # fmt: skip


# A limit of capacity (flights, cargo space) is what delays mail, no limit of what is accepted:
# "limited capacity", "ograničenih kapaciteta", "capacité limitée", "begrenzte Kapazitäten"
_CAPACITY_WORDS = (
    r"(?:capacity|capacities|capacit[ea]s?|capacita|capacidad(?:es)?|capacidade|capaciteit|"
    r"kapazitat(?:en)?|kapacit\w*|przepustowosc\w*|емкост\w*|мощност\w*|"
    # Latvian, Lithuanian, Estonian volume: "apstrāde notiek ierobežotā apjomā"
    r"apjom\w*|apimt\w*|mahus\w*)\b"
)
_CAPACITY_AFTER = lazy_compile(r"\s+(?:\w+\s+)?" + _CAPACITY_WORDS)
# (a figure, or words of a most: "ierobežotā apjomā, ne vairāk kā vienu litru")
_LIMIT_FIGURE_AFTER = lazy_compile(
    r"[^.;\n]{0,25}?(?:\d|\b(?:ne vairak ka|ne daugiau kaip|mitte rohkem kui|no more than|"
    r"not more than|up to)\b)"
)
_BATTERY_BEFORE = lazy_compile(r"\b(?:batter\w*|akku\w*|bateri\w*|pil\w*|аккумулятор\w*)\b")
_CAPACITY_BEFORE = lazy_compile(
    r"\b"
    + _CAPACITY_WORDS
    + r"\s+(?:(?:is|are|remains?|ist|sind|bleibt|est|sont|es|son|e|sono|je|su)\s+)?$"
)
CAPACITY_FACTOR = 0.3
# A resumption said to be expected, its verb after it: "Resumption of the service is expected
# only after the airport reopens", "Ponovna uspostava usluge očekuje se tek nakon ..."
_EXPECTED_AFTER = lazy_compile(
    r"(?:\s+(?!(?:and|but|while|und|aber|et|mais|y|pero|e|ma|i|a|ali)\b)[^\W\d]+){0,4}?\s+"
    r"(?:(?:is|are) (?:now )?(?:expected|anticipated|planned|not expected)|"
    r"ocekuje se|se ocekuje|очекује се|се очекује|wird (?:\w+ )?erwartet|ist (?:\w+ )?geplant|"
    r"est (?:prevue|attendue)|se espera|esta prevista|e prevista|wordt (?:\w+ )?verwacht)\b"
)
EXPECTED_FACTOR = 0.3
# The aim after its object in Korean and Japanese: "통관 지연을 최소화할 계획" (to keep customs
# delays to a minimum), "遅延を最小限に"
_AIM_AFTER_CJK = lazy_compile(
    r"\s*(?:을|를)?\s*최소화(?:하기|할|하)(?![^\s]*\s*(?:어렵|어려|수\s*없))|\s*を最小限に(?:抑え|とどめ|し)(?!.{0,6}(?:できない|ません))|"
    # "旺季延误风险也将显著降低" (the risk of peak-season delays will fall markedly)
    r"(?:风险|風險)[也将將会會]{0,3}(?:显著|顯著|大幅|进一步|進一步)?(?:降低|减少|減少)|"
    # "配送遅延を防ぐため、…ご準備を" (to prevent delivery delays, please prepare),
    # "지연을 방지하기 위해": what the advice is for, no delay
    # ("配送遅延によるお問い合わせを防ぐため": the inquiries it would bring)
    r"(?:(?:による|に伴う)[^、。，,.\n]{0,12}?)?を(?:防ぐ|避ける|回避する|未然に防ぐ|防止する)"
    r"(?:ため|よう)|"
    r"\s*(?:을|를)?\s*(?:방지|예방)하기\s*위해"
)
# A sentence that reminds of a rule in force: "Reminder: ...", "Please remember that ..."
_STANDING_KINDS = ("prohibited_items", "restriction", "new_requirement")


def _title_branch(doc: Doc, start: int) -> bool:
    """A stop in the title, or in a body heading the title holds, whose title names post
    offices before it and no mail after them ("Post Office Organization Changes: Emergency
    Suspensions"; not "Post office counters: parcels to Israel suspended")."""
    title = doc.norm[: doc.title_end]
    at = start  # where the stop stands in the title
    if not doc.in_title(start):
        a, b = doc.line_of(start)
        raw = doc.norm[a:b]
        line = raw.strip()
        if not line or len(line) > SECTION_HEADING_LONGEST or line not in title:
            return False
        at = title.find(line) + start - a - (len(raw) - len(raw.lstrip()))
    branch = _BRANCH.search(doc.norm, 0, at)
    # (no mail named in the title after the office: "Post Office: suspension of mail to Sudan",
    # "Post office counters: parcels to Israel suspended")
    return branch is not None and not MAIL_OR_ACCEPTANCE.search(title, branch.end())


# "by the strike", "vom Streik", "par la grève": the event an all-clear answers (normalised)
_BY_AN_EVENT = lazy_compile(
    r"\s+(?:by|von|vom|durch|par|por|da|dal|dalla|door|pela|pelo|przez)\s+"
    r"(?:(?:the|der|dem|den|die|la|le|les|el|il|lo|de|het|a|o|this|these)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:strikes?|streiks?|greves?|huelgas?|scioper[oi]|stakingen?|"
    r"industrial action|storms?|sturms?|tempetes?|hurricanes?|typhoons?|cyclones?|earthquakes?|"
    # (not "by the changes", "by the new tariffs": the news itself, which what it leaves
    # alone is exempt from, "documents are not affected by these changes")
    r"floods?|outages?|disruptions?|closures?|conflicts?|situation|events?|shutdown|lockdown|"
    r"ausstands?|unwetters?|gewitters?)\b"
)
# ... in Chinese, in the sentence or between "不受" and "影响": "不受台风影响"
_CJK_EVENT = lazy_compile(
    r"台风|颱風|罢工|罷工|暴雨|洪水|地震|疫情|停电|停電|天气|天氣|假期|节日|節日"
)
_CJK_EVENT_AFTER = 12
_THIS_NOTICE_CJK = lazy_compile(r"(?:本通告|本公告|本次|此次|上述|該|该)")
_ONLY_CJK = lazy_compile(r"仅|僅|只有|只")
# ... said before the words in German and Dutch: "vom Streik nicht betroffen"
_EVENT_BY_BEFORE = lazy_compile(
    r"\b(?:vom|von der|von dem|durch den|durch die|door de|door het)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:streik\w*|ausstand\w*|unwetter\w*|sturm\w*|staking\w*|storm\w*|ausfall\w*)\s+$"
)
MAIL_AFTER_BRANCH_STOP = 25  # characters after an office's verb in which its mail object starts


def _offices_stop_work(doc: Doc, clause_start: int, start: int, end: int) -> bool:
    """ "所有郵政局暫停服務", "郵局暫停營業": post offices whose service or hours stop or come
    back, the object right after the verb as Chinese puts it; not
    "郵局暫停收寄寄往俄羅斯的郵件", where what the offices stop is the mail. The offices may head
    the sentence when its clause says only hours or nothing after the verb ("其他郵政分局：...
    暫停服務，2月13日起恢復正常辦公時間", "...櫃位於假期內暫停服務，2月13日起恢復。")."""
    norm = doc.norm
    if norm[end : end + 1] in _COUNTER_WORK_FIRST:
        work = _COUNTER_WORK.match(norm, end)
        # the service itself stops, not "暫停服務寄往烏克蘭的所有郵件" (the mail it serves)
        if work is None or _CLAUSE_ENDS.match(norm, work.end()) is None:
            return False
        if _OFFICES.search(norm, clause_start, start) is not None:
            return True
        hours = work.group() in _OFFICE_HOURS
    else:
        hours = _BARE_END.match(norm, end) is not None
    a = doc.sentence_of(start)[0]
    return (
        hours
        and _OFFICES.search(norm, a, start) is not None
        and _MAIL_CJK.search(norm, a, end) is None  # not "寄往俄羅斯的郵件，各郵局即日起暫停。"
    )


_OFFICES = lazy_compile(
    r"郵政局|郵政總局|郵政分局|郵政支局|郵局|邮局|邮政局|邮政支局|郵便局|우체국|櫃檯|柜台|櫃位|窓口"
)
_COUNTER_WORK = lazy_compile(
    r"正常辦公時間|正常办公时间|正常營業時間|正常营业时间|正常服務時間|正常服务时间|辦公時間|办公时间|"
    r"營業時間|营业时间|服務|服务|營業|营业|開放|开放|辦公|办公|운영|영업"
)
_COUNTER_WORK_FIRST = frozenset("正服營营開开辦办운영")
# the office's own hours come back (its clause names nothing else)
_OFFICE_HOURS = frozenset(
    ("正常辦公時間", "正常办公时间", "正常營業時間", "正常营业时间", "正常服務時間", "正常服务时间",
     "辦公時間", "办公时间", "營業時間", "营业时间")
)  # fmt: skip
_MAIL_CJK = lazy_compile(r"郵件|邮件|包裹|郵包|邮包|小包|寄往|寄至|收寄|\bems\b|郵便物|소포|우편물")
_BARE_END = lazy_compile(r"[。；;]")  # "...，2月13日起恢復。": the verb ends its sentence
_CLAUSE_ENDS = lazy_compile(
    r"\s*(?:[，。、；,.;!！:：()（）]|$|時間|时间|시간|합니다|됩니다|및|及|和|至)"
)
# "suspension of counter services at Tsim Sha Tsui Post Office"
# (read on the original text: one office is named, its words capitalised; "at all Post Office
# counters", "in every branch" are the whole network)
_BRANCH_AFTER = word_start(
    r"\b(?:at|in)\s+(?:[A-Z][\w'-]*\s+){1,4}(?:Post Office|Branch|Postamt|Postfiliale|Filiale|"
    r"Bureau de poste|Sucursal|Ufficio postale|Postkantoor)(?!\w)|"
    # Arabic "at the post office of ..." ("إيقاف استلام الطرود في مكتب بريد العلوية")
    r"في مكتب (?:بريد|البريد)"
)
# "may not be sent" in the Romance languages and Dutch, which a condition or a relative pronoun
# before it makes no stop ("Si votre colis ne peut pas être envoyé", "les envois qui ne peuvent
# pas être envoyés faute d'adresse")
_MAY_NOT_KEYS = ("ne peu", "no pued", "no se pued", "no podran", "non poss", "non puo",
                 "non si poss", "non si puo", "nao pod", "mogen", "mag ", "kunnen",
                 "kan ")  # fmt: skip
# (not "Se informa que ...", "Si ricorda che ...", "Als gevolg van": a pronoun, "as")
_IF_OPENS = lazy_compile(
    r"\W*(?:si|se|als|indien|wenn|falls|qualora|caso|if)\b"
    r"(?!\s+(?:informa\w*|comunica\w*|ricorda\w*|avvisa\w*|recuerda\w*|gevolg|volgt)\b)"
)
# a relative pronoun right after the mail it says something of: "les colis qui ne peuvent pas"
_WHO_BEFORE = lazy_compile(
    r"\b(?:colis|envois|paquetes|envios|pacchi|spedizioni|invii|encomendas|pakketten|"
    r"zendingen|pakjes|items|parcels)\s+(?:qui|que|che|cui|die|dat)\s+$"
)
# "after" and "as soon as" written after a Chinese or Japanese verb ("恢復後", "再開次第")
_ONCE_AFTER_CJK = ("後", "后", "次第")
_FOLLOW_UP_CJK = ("後續", "后续")  # "恢復後續處理": resumes the follow-up handling
# The service at the counters as what is stopped: "se suspenden temporalmente las actividades de
# atención al público en ...", "suspend counter services at ..." (read on the normalised text)
_COUNTER_AFTER = lazy_compile(
    r"\s+(?:temporalmente\s+|temporarily\s+|temporairement\s+|vorubergehend\s+)?"
    r"(?:(?:las|les|the|die|il|i|os|as)\s+|l')?(?:(?:actividades|activites|servicios|services)\s+"
    r"(?:de\s+|d'|of\s+))?(?:atencion al publico|accueil du public|counter services?|"
    r"customer counters?|kundenverkehr|publikumsverkehr|sportelli|atendimento ao publico)\b"
    # "приостанавливается работа отделения почтовой связи", "αναστέλλεται η λειτουργία των
    # καταστημάτων": the work of a branch
    # (and "приостановила работу 48 нерентабельных отделений": how many, which)
    r"|\s+(?:работ[аыу]|робот[аиу])\s+(?:\w+\s+){0,3}?(?:отделени\w*|опс|відділен\w*)"
    r"|\s+(?:η\s+)?λειτουργι(?:α|ασ)\s+(?:(?:του|των|τησ)\s+)?(?:καταστηματ\w*|γραφει\w*)"
    # "暫停營業" (offices closed for business), "停止營業局所"
    r"|(?:營業|营业)"
)


# Japanese negation after the verb: "停止する旨の連絡は受けておりません" (no notice of a stop has
# come), "停止に関する連絡はなく", "停止しておりません" (has not stopped),
# "停止する予定はありません" (none is planned)
_JA_NOT_AFTER = lazy_compile(
    r"(?:する|される)?(?:旨|との|という)?(?:の)?(?:連絡|通知|通報)は(?:受けて|届いて)?"
    r"(?:おりません|いません|ございません)|(?:して|されて)(?:おりません|いません)|"
    # "停止に関する連絡はなく" (there is no word about a stop)
    r"(?:に関する|についての|に係る|の)(?:連絡|通知|通報)は(?:なく|ありません|ございません)|"
    r"(?:する|される)予定は(?:ありません|ございません)"
)
# Korean negation after the verb: "하는 것이 아니라" (it is not that), "하지 않습니다" (does not)
_KO_NOT_AFTER = lazy_compile(
    r"[\w\u00b7]{0,8}\s?(?:것이 아니|것은 아니|것도 아니|지 않습니다|지 않는|지 않으며|지 않고)"
)
# After a Korean noun of stopping or delay: "... (notice) there is none" ("중단이나 배달 지연
# 통보는 없으며", "지연은 없습니다")
_KO_NONE_AFTER = lazy_compile(
    # (one noun joined by "or" may come between: "접수 중단이나 배달 지연 통보는 없습니다"; not
    # "중단되어 보내실 수 없습니다", cannot send)
    r"(?:(?:이나|나|및|(?<=나)|(?<=및))\s(?:[^\s.。]+\s)?[^\s.。]+?)?"
    # ("지연에 관한 통보는 없습니다": no word about a delay)
    r"(?:\s?(?:에\s?)?(?:관한|대한|관련한|관련된))?"
    r"(?:\s?(?:통보|소식|보고|안내|공지|연락|계획|예정|방침))?(?:은|는|이|가|도)?\s?없(?:으며|습니다|다|고|어)"
)
# ... and after a Turkish one: "(bildirimi) alınmamıştır", "bulunmamaktadır", "yoktur"
_TR_NONE_AFTER = lazy_compile(
    r"\s+(?:\w+\s+)?(?:alınmamıstır|alınmadı|bulunmamaktadır|bulunmuyor|yoktur|olmamıstır|"
    r"beklenmemektedir|ongorulmemektedir)\b"
)
# Japanese says it right after the stop: "引受停止は行っておりません" (we are not stopping
# acceptance), "遅延はございません"
_JA_NOT_DONE_AFTER = lazy_compile(
    r"(?:は|も)(?:(?:行って|して|実施して)(?:おりません|いません)|ございません|ありません)|"
    # "受入れ停止等の連絡はなく" (no word of a stop has come)
    r"(?:等)?の(?:連絡|通知|通報)は(?:なく|ありません|ございません|受けておりません)"
)
# ... and after a Burmese one: "(များ) မရှိပါ" (there is none)
_MY_NONE_AFTER = lazy_compile(r"\s?(?:များ\s?)?(?:လုံးဝ\s?)?မရှိ")


def _none_said_after(doc: Doc, kind: str, start: int, end: int, clause_start: int) -> bool:
    """Whether the words around a stop, a delay or a kept rule at ``start:end`` say there is
    none, or that it stays as it was: the vote is then one for no change."""
    norm = doc.norm
    stop = kind in _STOPS or kind == "delay"
    if stop and end < len(norm):
        last = norm[end - 1]
        if "\uac00" <= last <= "\ud7af" and _KO_NONE_AFTER.match(norm, end):
            return True  # "접수 중단이나 배달 지연 통보는 없으며": no word of a stop or delay
        if "\u1000" <= last <= "\u109f" and _MY_NONE_AFTER.match(norm, end):
            return True  # "နောက်ကျမှု မရှိပါ": there is no delay
    if (
        stop
        and _NONE_NOTIFIED_AFTER.match(norm, end) is not None
        and _NO_BEFORE.search(norm, max(clause_start, start - 40), start) is not None
    ):
        return True  # "No EMS or parcel restrictions have been notified": no word of one
    if kind in RULE_KINDS and doc.holds_any(_UNCHANGED_HINTS) and _kept_as_is(doc, start, end):
        return True  # "the conditions (weight and content limits, CN23) remain unchanged"
    # "herhangi bir kabul durdurma veya gecikme bildirimi alınmamıştır" (none received),
    # "引受停止は行っておりません" (no stop)
    return stop and (
        _TR_NONE_AFTER.match(norm, end) is not None
        or _JA_NOT_DONE_AFTER.match(norm, end) is not None
    )


# Said of a resumption to come: it will be announced ("The resumption will be announced
# separately", "О возобновлении приёма мы сообщим дополнительно", "we will inform you")
_TOLD_LATER = lazy_compile(
    r"\b(?:will be (?:announced|communicated|notified|published|confirmed|advised)|"
    r"we will (?:announce|inform|notify|advise|communicate|confirm|let you know|update)|"
    r"wird (?:\w+ )?(?:bekanntgegeben|bekannt gegeben|mitgeteilt|informiert)|"
    r"werden wir (?:sie )?(?:\w+ )?(?:informieren|bekanntgeben)|"
    r"sera (?:communiquee?|annoncee?)|vous (?:en )?informerons|"
    r"se (?:informara|comunicara|anunciara)|informaremos|comunicaremos|"
    r"sara comunicat[ao]|comunicheremo|informeremo|sera comunicad[ao]|"
    r"сообщим|будет сообщено|будет объявлено|проинформируем|уведомим|"
    r"повідомимо|буде повідомлено|"
    # or possible once something else is back: "Возобновление обмена будет возможно после
    # восстановления транспортного сообщения"
    r"будет возможн\w* после|станет возможн\w* после|will be possible (?:once|after|when)|"
    r"sera possible (?:apres|des que|lorsque)|sera posible (?:tras|cuando|una vez))\b"
)
_TOLD_LATER_REACH = 100


def _told_later(doc: Doc, start: int, end: int, clause_start: int) -> bool:
    """Whether the resumption noun at ``start:end`` is one its sentence says will be announced."""
    if RESUMPTION_NOUN.match(doc.norm, start) is None:
        return False
    _a, b = doc.sentence_of(start)
    lo = max(clause_start, start - _TOLD_LATER_REACH)
    return _TOLD_LATER.search(doc.norm, lo, min(b, end + _TOLD_LATER_REACH)) is not None


_DENIED_REACH = 12  # a stop with its denial right after it: "금지는 사실이 아닙니다"


# Words of what is paid back for a loss (read normalised)
_COMPENSATION_HINTS = (
    "compensation", "refund", "reimburse", "indemn", "liability", "rimbors", "risarc",
    "entschadig", "haftung", "rembours", "reembols", "odszkodow",
)  # fmt: skip
_COMPENSATION = lazy_compile(
    r"\b(?:compensation|refunds?|reimburse\w*|indemn\w*|liability|rimbors\w*|risarciment\w*|"
    r"entschadigung\w*|haftung|rembourse\w*|reembols\w*|odszkodowani\w*)\b"
)


# An event granted to make a point ("despite the suspension of passenger check-in, we
# continue to deliver"): the point is the news, not the event; not a stop of mail itself
# ("despite the suspension of parcel service, letters are accepted") nor a delay.
_DESPITE_HINTS = (
    "despite", "in spite of", "notwithstanding", "trotz", "malgre", "a pesar de", "nonostante",
    "ondanks", "apesar d",
)  # fmt: skip
_DESPITE_BEFORE = lazy_compile(
    r"\b(?:despite|in spite of|notwithstanding|trotz|malgre|a pesar de|nonostante|ondanks|"
    r"apesar d[aeo]s?)\s+(?:(?:the|der|des|dem|den|la|le|les|el|los|las|il|lo|gli|de|het|a|o|"
    r"as|os)\s+)?(?:[^\W\d_]+\s+){0,2}$"
)
# A share of mail that must arrive within a time is the operator's target, not a sender's
# duty: "95 Prozent der Briefe müssen am dritten Werktag zugestellt sein", "93% of first-class
# mail must be delivered the next day".
_SHARE_HINTS = (
    "%", "prozent", "percent", "per cent", "pour cent", "por ciento", "per cento", "procent",
)  # fmt: skip


# The first part of a compound ban that bans no goods ("Fahrverbot", "Nachtflugverbot")
_OTHER_BAN = lazy_compile(
    r"(?:fahr|flug|park|halte|uberhol|rauch|bade|betret|versammlungs|demonstrations|bau|"
    r"jagd|feuerwerk|einreise|ausreise|lande|start|streik)$"
)


_AS_BECAUSE = lazy_compile(r"\b(?:as|because|since|where)\b")
_ROUTINE = GuardedPattern(
    word_start(
        r"\b(?:usual|normal|regular|existing|ordinary|ublich\w*|gewohnt\w*|habituel\w*|habitual\w*|"
        r"consuet\w*|gebruikelijk\w*|обычн\w*|звичаин\w*)\b|通常の|従来の|通常的|一般的"
    ),
    (
        "usual",
        "normal",
        "regular",
        "existing",
        "ordinary",
        "ublich",
        "gewohnt",
        "habitu",
        "consuet",
        "gebruikelijk",
        "обычн",
        "звичаин",
        "通常の",
        "従来の",
        "通常的",
        "一般的",
    ),
)


# A duty or requirement said after it to hold already: "with the duties paid at posting,
# already in place since this summer", "déjà en place depuis cet été", "bereits in Kraft"
_IN_PLACE_HINTS = ("already", "deja", "bereits", "schon", "ya ", "gia ", "reeds", "al van")
_IN_PLACE = lazy_compile(
    r"\b(?:already|deja|bereits|schon|ya|gia|reeds|al)\s+(?:(?:been|ete|est|sont|seit|"
    r"esta|estan|e|sono)\s+)?(?:in place|in force|in effect|en place|en vigueur|applique\w*|"
    r"in kraft|gultig|vigente\w*|en vigor|in vigore|van kracht)\b"
)
IN_PLACE_REACH = 100


def _in_place_after(doc: Doc, end: int) -> bool:
    """Whether the sentence says after ``end``, with no contrast between, that what it names
    already holds."""
    a, b = doc.sentence_of(end)
    found = _IN_PLACE.search(doc.norm, end, min(b, end + IN_PLACE_REACH))
    return (
        found is not None
        and _CONTRAST_WORD.search(doc.norm, end, found.start()) is None
        # "the new fee is already in force from today": news told as done
        and _NEW_OR_TODAY.search(doc.norm, a, b) is None
    )


# What makes a rule "already in force" the news: it is new, or holds from today
_NEW_OR_TODAY = lazy_compile(
    r"\b(?:new|neue?[nrs]?|nouve(?:au|lle)s?|nuev[oa]s?|nuov[oaie]|nieuwe?|nov[oa]s?|today|"
    r"from today|heute|aujourd'hui|hoy|oggi|vandaag|hoje)\b"
)


# The rest of an elided compound that names a number: "Steuer- bzw. Identifikationsnummer"
_NUMBER_HEAD = lazy_compile(
    r"[ -]+(?:bzw|oder|or|und|and|u)\b[. ]*[\w-]*(?:nummer|number|nr|id|code|kennung)\b"
)


# Words one of which every match of _KEPT_BEFORE or _KEPT_AFTER holds
_KEPT_HINTS = (
    "andert sich",  # "ändert sich (dadurch) nicht", "ändern sich nicht"
    "andern sich",
    "unverandert",
    "unchanged",
    "verander",
    "wijzig",
    "not change",
    "n't change",
    "not alter",
    "not modify",
    "no change",
    "nichts",
    "ne modifie",
    "ne change",
    "no modifica",
    "non modifica",
    "niets",
    "remains ",  # "the threshold remains at 75 dollars", "the maximum weight remains 66 pounds"
    "remain ",
    "stays ",
    "bleibt bei",
    "se mantiene en",
    "נותר",
    "נשאר",
    "exent",  # "siguen exentas de impuestos": still free of the tax named after it
    "isent",
)


# A duty or requirement named as the subject of "continues as normal": the clause goes on to
# its verb without another verb, "but" or "and" between.
_GOES_ON_HINTS = ("as normal", "as usual", "normally", "unchanged", "unaffected", "apply", "remain")
_GOES_ON = lazy_compile(
    r"(?:(?!\b(?:and|but|while|whereas|however|although|is|are|was|were|will|must|shall|"
    r"apply|applies|has|have)\b)[^.;:!?,\n]){0,40}?(?:,\s*)?"
    r"(?:\b(?:continues?|continuing|carries on|goes on|proceeds?|remains?|stays?)\s+"
    r"(?:to (?:operate|run|work|apply)\s+)?(?:as normal|as usual|normally|unchanged|unaffected)|"
    r"\b(?:still|continues? to) apply|\bstill applies|\bremains? in (?:place|effect|force))\b"
)


# "held until the strike ends and deliveries will be delayed": "and" opens a clause of its own
# (its subject and a modal, as a main clause has) that the condition before it does not reach
_NEW_CLAUSE = lazy_compile(r"\b(?:and|but|so)\s+(?:[\w'-]+\s+){1,3}?(?:will|would)\b")


# A resumption in the present tense, the end of a stop told in the same sentence
_RESUMES_LATER = frozenset(("resume", "resumes", "reopen", "reopens", "restart", "restarts"))


# "customs declaration required as before": the rule of yesterday, restated
_AS_BEFORE = lazy_compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:[^\W\d_]+,\s+)?"
    r"(?:as before|as previously(?! (?:announced|communicated|reported|"
    r"stated|mentioned|notified|advised|indicated|planned|agreed|published|informed))|"
    r"as it was before|as until now|as today|wie bisher|wie zuvor|"
    r"comme avant|comme auparavant|como antes|como hasta ahora|come prima|zoals voorheen|"
    r"som tidigare|som før|som hidtil|kuten ennenkin|"
    # "must be completed accurately, as has always been the case"
    r"as has always been the case|as always|wie immer|comme toujours|como siempre|come sempre|"
    r"como sempre|zoals altijd)\b"
)
# The next sentence says the rule is not new: "... must carry a customs declaration. It is not
# new." / "Det er ikke nyt."
_NOT_NEW_NEXT = lazy_compile(
    r"[\s.!;]*(?:(?:this|that|it) is not new|(?:this|that|it)'s not new|det er ikke nyt|"
    r"det er ikke nytt|det ar inte nytt|das ist nicht neu|ce n'est pas nouveau|"
    r"cela n'est pas nouveau|esto no es nuevo|eso no es nuevo|non e una novita|"
    r"dat is niet nieuw|isso nao e novo|"
    # Lithuanian, Latvian, Estonian "this is not a new requirement"
    r"tai nera naujas reikalavimas|ta nav jauna prasiba|see ei ole uus noue)\b"
)
# The same before a stop: "is, as before, not permitted", "ist wie bisher nicht zulässig"
_AS_BEFORE_STOP = lazy_compile(AS_BEFORE_A_STOP)


# An example table's head: "For example:" above "Not accepted | Accepted"
_EXAMPLES_ABOVE = lazy_compile(EXAMPLE_MARKS + r"\s*:\s*$")
_HEADER_PAIR = lazy_compile(
    r"[ \t]*(?:not accepted|nicht akzeptiert|non accept\w*|no aceptad\w*|non accettat\w*|"
    r"niet geaccepteerd|n[ãa]o aceit\w*)[ \t]*\|[ \t]*(?:accepted|akzeptiert|accept\w*|"
    r"aceptad\w*|accettat\w*|geaccepteerd|aceit\w*)[ \t]*$",
    re.I,
)


# What a suspension may stop that is no mail: a deadline or a procedure ("suspend the time
# limits", "se suspende el plazo", "Fristen werden ausgesetzt" is read the other way round)
_TIME_LIMIT_AFTER = lazy_compile(
    r"\s+(?:(?:the|el|la|los|las|le|les|il|lo|i|gli|o|os|die|der|das|de|het)\s+)?(?:(?:plazos?|"
    r"deadlines?|time limits?|time-limits?|fristen|frist|delais?|termini|termine|termijnen|"
    r"termijn|prazos?)\b[^.;\n]{0,40}?\b(?:ofertas|offers|bids|tenders|propuestas|propostas|"
    r"angebote|offres|offerte|inschrijvingen|submission|presentacion)|tender|licitacion|"
    r"ausschreibung|appel d'offres|of (?:the )?(?:bidding|bids|tenders?|procurement)|"
    # "se suspende el cronograma del proceso": the timetable of a procurement
    r"(?:cronograma|calendario|cronogramma|calendrier|zeitplan|timetable|schedule)\s+"
    r"(?:(?:del|de la|du|della|dello|des|of the|do|da)\s+|de l'\s*|dell'\s*)"
    r"(?:proceso|procedimiento|procedimento|processo|procedure|proces|verfahrens|concurso|"
    r"invitacion|convocatoria|appel d'offres|"
    r"licitacion|licitacao|gara|appalto|tender|procurement|bidding))\b"
)
# "has suspended the public procurement 'Maintenance of parcel terminals'"
_PROCUREMENT_AFTER = lazy_compile(
    r"\s+(?:the\s+)?(?:public\s+)?(?:procurements?|vergabeverfahren|marché public|marche public|"
    r"postepowania przetargowego|przetargu|procedury przetargowej|gara d'appalto|aanbesteding|"
    r"licitacao)\b"
)
# A word of mail between a tender word (or a branch, a helpline) and a stop, or right after the
# stop: the stop's subject is mail ("wegen einer Ausschreibung ... wird die Annahme von Paketen
# ausgesetzt", "our hotline and the acceptance of parcels are suspended", "a causa della gara
# ... sono sospese le spedizioni")
MAIL_AFTER_STOP = 40  # how far after a stop its object is looked for (within its sentence)
_AND_MAIL = lazy_compile(
    r"\b(?:and|und|e|et|en|i|y|oraz|och|og)\s+(?:[\w-]+\s+){0,3}?(?:"
    + MAIL_OR_ACCEPTANCE.pattern
    + ")"
)
_BID_HINTS = (
    " bid", "tender", "licitaci", "ausschreibung", "appel d'offres", "procurement", "przetarg",
    "gara d'appalto", "aanbested", "licitac",
)  # fmt: skip
# "the opening of bids for the above project ... is suspended": a tender's step, no mail
_BIDS_BEFORE = lazy_compile(
    r"\b(?:bids|bidding|bidders?|call for tenders|invitation to tender|licitaci\w+|"
    r"ausschreibung\w*|appel d'offres|public procurement|procurement procedure|przetarg\w*|"
    r"gara d'appalto|aanbesteding\w*|licitac\w*)\b"
)


def _under_domestic_heading(doc: Doc, pos: int, place_starts: list[int]) -> bool:
    """Whether ``pos`` stands in the section under a heading of its own that names the
    domestic service ("U.S. domestic", "Inland"), before the next heading of international
    mail or of a place ("Canada"): a status page's part on mail that stays in the country."""
    spans: list[tuple[int, int]] = doc.once(
        "_domestic_sections", lambda d: _domestic_sections(d, place_starts)
    )
    return any(a <= pos < b for a, b in spans)


def _domestic_sections(doc: Doc, place_starts: list[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    full = doc.full
    for m in _DOMESTIC_HEADING.finditer(full):
        rest = _INTERNATIONAL_HEADING.search(full, m.end())
        end = rest.start() if rest else len(full)
        for p in sorted(p for p in place_starts if m.end() < p < end):
            k = doc.line_index(p)
            if heading_line(doc, k):
                end = doc.line_starts[k]  # a heading that names a place opens its own part
                break
        spans.append((m.end(), end))
    return spans


# A line that is only the heading of the domestic service or of international mail
_HEADING_TAIL = r"(?:[ \t]+(?:mail|services?|shipping|shipments|deliveries|updates|alerts))?[ \t]*$"
_DOMESTIC_HEADING = lazy_compile(
    r"^[ \t]*(?:(?:u\.?s\.?|uk|canada|australia|nz)[ \t]+)?(?:domestic|inland)" + _HEADING_TAIL,
    re.IGNORECASE | re.MULTILINE,
)
_INTERNATIONAL_HEADING = lazy_compile(
    r"^[ \t]*(?:international|worldwide|overseas|outbound international|global)" + _HEADING_TAIL,
    re.IGNORECASE | re.MULTILINE,
)


_DOMESTIC = word_start(
    r"\b(?:domestic|inland) (?:mail|parcels?|post|letters?|services?|shipments?|deliver\w*|"
    r"pick-?ups?|pick ups?|collections?)\b|"
    r"\b(?:inlandssendung\w*|inlandspost|inlandsversand|courrier interieur|correo nacional|"
    r"posta nazionale|binnenlandse post|внутренн\w* почт\w*|внутрішн\w* пошт\w*|"
    r"przesyłk\w* krajow\w*|przesyłek krajowych|paczek krajowych|listow krajowych|"
    r"vnitrostatni\w* (?:zasil\w*|balik\w*|dopis\w*)|vnutrostatn\w* zasiel\w*|"
    # Greek, Macedonian, Turkish ("εσωτερικές αποστολές προς νησιά", "домашни пратки")
    r"εσωτερικ\w* (?:αποστολ\w*|δεματ\w*|αλληλογραφι\w*|ταχυδρομει\w*)|"
    r"домашн\w* (?:пратк\w*|поштенски\w*)|yurt ici gonderi\w*|"
    # Romanian "livrările naționale", "coletele naționale" (not "internaționale": a word apart)
    r"livrari\w* nationale|colete\w* nationale|expedier\w* nationale|trimiteri\w* nationale)\b|"
    r"国内郵便|国内邮件|國內郵件|本地郵件|本地邮件|本地郵政|本地邮政|국내\s?우편|"
    # "天候による国内配送の遅れ" (delays of delivery within the country)
    r"国内(?:の)?(?:配送|配達|物流|快递|快遞)|國內(?:配送|物流)|국내\s?배송"
)


# The mail an all-clear is about, next to it: the domestic post of the country of an event
# ("ningún impacto en envíos nacionales", "не влияет на внутреннюю почту"), a word of scope
# beside a word of mail (not "grève nationale", "nationwide")
_SCOPE_WORDS = (
    r"domestic|inland|national|naciona\w*|nazional\w*|nationaux|nationales?|binnenlands\w*|"
    r"krajow\w*|vnitrostat\w*|vnutrostat\w*|innenlands\w*|indenlands\w*|innanlands\w*|"
    r"inrikes|kotimaan|внутренн\w*|внутрішн\w*"
)
_SCOPED_MAIL = (
    r"mail|post\w*|parcels?|letters?|items?|shipments?|deliver\w*|envios?|envois?|courrier|"
    r"correo|spedizion\w*|invii|zendingen|przesyl\w*|zasilk\w*|zasielk\w*|sendinger|"
    r"forsendelser|почт\w*|пошт\w*|отправлен\w*|відправлен\w*"
)
_DOMESTIC_SCOPE = lazy_compile(
    rf"\b(?:(?:{_SCOPE_WORDS})\s+(?:\w+\s+)?(?:{_SCOPED_MAIL})|(?:{_SCOPED_MAIL})\s+(?:\w+\s+)?"
    rf"(?:{_SCOPE_WORDS})|(?:innenlands|indenlands|innanlands|inlands)\w*post\w*)\b|"
    r"البريد المحلي|国内邮件|國內郵件|国内郵便|국내 우편"
)
_SCOPE_REACH = 40

# Substrings one of which every match of the patterns above holds (a substring test is many
# times faster than a regex over the whole text, and most notices hold none of them).
_DOMESTIC_HINTS = (
    "nacional", "inland", "domestic", "interieur", "nazional", "binnenland", "внутренн",
    "внутрішн", "krajow", "vnitrostat", "vnutrostat", "国内", "國內", "εσωτερικ", "домашн",
    "yurt ici", "本地", "국내", " nationale",
)  # fmt: skip
_OVER_HINTS = (
    "over", "under", "unter", "more than", "exceed", "above", "excess", "heavier", "larger",
    "uberschreit", "below", "less than", "di bawah", "moins de", "menos de", "inferior",
    "ubersteig", "depass", "exced", "supera", "superior", "eccedent", "overschrijd", "превыша",
    "перевищ", "超过", "超過", "を超える", "העולה על", "העולות על", "מעל", "יותר מ", "تزيد",
    "يزيد", "تتجاوز", "يتجاوز", "اكثر من",
)  # fmt: skip
_INTERNATIONAL = word_start(
    r"\b(?:international\w*|abroad|overseas|cross border|ausland\w*|internacional\w*|"
    r"internazional\w*|internationa\w*|международн\w*|міжнародн\w*|zagraniczn\w*|"
    # (the languages _DOMESTIC reads: Greek "διεθνείς", "προς το εξωτερικό", "δέματα
    # εξωτερικού" (abroad, not "εξωτερικών", foreign or external), Macedonian, Turkish
    # (dotless ı stays so), Romanian, Czech, Slovak)
    r"διεθν\w*|εξωτερικου?|меѓународн\w*|yurt ?d[iı]s[iı]\w*|uluslararas[iı]|strainatate|"
    r"mezinarodn\w*|medzinarodn\w*)\b|国际|國際|国際|海外|外国|국제\s?(?:우편|소포|특송|특급|택배)|해외|"
    # EMS, the post's international express service (not "domestic EMS", "国内EMS")
    r"(?<!domestic )(?<!国内)\bems\b"
)
DOMESTIC_REACH = 80
DOMESTIC_FACTOR = 0.2
DOMESTIC_TITLE_FACTOR = 0.05  # (a title weighs 2.5 times a body's word, a stop's 5 points)


def _said_changed(doc: Doc, words: re.Pattern[str], a: int, b: int, calm_starts: list[int]) -> bool:
    """Whether ``words`` (of domestic mail, of mail abroad) are named between ``a`` and ``b``
    in a clause without an all-clear: "domestic and international parcels resume", "domestic
    mail will be delayed by two days, and international mail by a week", "This applies to
    domestic parcels only"; not "domestic parcels are delayed, international ones run as
    usual" (of mail abroad), nor "EMS is suspended, while domestic mail is accepted as usual"
    (of domestic mail)."""
    for m in words.finditer(doc.norm, a, b):
        before = [c.end() for c in _CLAUSE_BREAK.finditer(doc.norm, a, m.start())]
        after = _CLAUSE_BREAK.search(doc.norm, m.end(), b)
        lo, hi = (before[-1] if before else a), (after.start() if after else b)
        if not any(lo <= c < hi for c in calm_starts):
            return True
    return False


def _discount_domestic_title(doc: Doc, votes: list[Vote], place_starts: list[int]) -> None:
    """A title's change whose body says it only of domestic mail ("Delays due to the strike"
    over "domestic mail will be delayed, while international mail is handled as normal"): the
    title names the same domestic matter (unless it names mail abroad itself, or the body
    names a country: "Items addressed to the United States are being accepted" may be the
    change the title tells, with words no vote reads)."""
    if (
        not any(v.domestic for v in votes)
        or any(p >= doc.title_end for p in place_starts)
        or _INTERNATIONAL.search(doc.norm, 0, doc.title_end)
    ):
        return
    for v in votes:
        if not doc.in_title(v.start) or v.domestic or v.kind == "informational":
            continue
        body = [o for o in votes if o.kind == v.kind and not doc.in_title(o.start)]
        if body and all(o.domestic for o in body):
            v.weight *= DOMESTIC_TITLE_FACTOR


def _line_reach(doc: Doc, start: int, end: int) -> int:
    """How far after a word of change its domestic mail is looked for: some words on, within
    its title or its line."""
    stop = doc.title_end if doc.in_title(start) else doc.line_of(end)[1]
    return min(start + DOMESTIC_REACH, stop)


# where a clause ends: a mark (phrases._CLAUSE_MARK with those of Chinese and Japanese) or a
# word that joins two ("international mail is suspended and domestic mail runs as usual"; a
# split too many only keeps an all-clear from reaching the words, as before clauses were read)
_CLAUSE_BREAK = lazy_compile(
    r"[,;:、，；：]|\b(?:and|while|whereas|but|et|tandis que|mais|und|wahrend|aber|y|mientras|"
    r"pero|e|mentre|ma|en|terwijl|maar|i|oraz|a|ale|и|а|но|ve|ama|iar|dar|και|ενω|αλλα)\b"
)


# Substrings one of which every match of _PREPAID holds
_PREPAID_HINTS = (
    "paid", "ddp", "dtp", "prepa", "adelantad", "admision", "vorab", "voraus", "anticipo",
    "vooraf", "pre-pag", "pre pag", "l'avance", "l avance",
)  # fmt: skip
PREPAID_FACTOR = 0.3


_STILL_HINTS = ("remain", "still", "stay", "bleib", "reste", "sigue", "unchanged", "unverandert",
                "ongewijzigd", "inchange", "sin cambios", "invariat")  # fmt: skip
_HENCE_HINTS = ("daher", "deshalb", "therefore", "donc", "por lo tanto", "quindi", "pertanto",
                "daarom", "portanto", "por isso")  # fmt: skip
_GOES_ON_HENCE = lazy_compile(
    r"\b(?:weiterhin|still|remains?|continues? to|toujours|sigue|siguen|ancora|nog steeds|"
    r"nadal|ainda)\b[^.;:!?\n]{0,80}?\b(?:und|and|et|y|e|en|i)\s+(?:\w+\s+){0,2}?"
    rf"(?:{'|'.join(_HENCE_HINTS)})\b[^.;:!?\n]{{0,40}}$"
)
# A verb of going on right after a stop, in the languages that put the verb last (Finnish,
# Hindi, Urdu, Turkish, Bengali, Korean, Japanese), up to four words on: "keskeytys jatkuu",
# "निलंबन अगले आदेश तक जारी रहेगा"; Hindi and Urdu "जारी" also means "issued" ("आदेश जारी
# किया"), so only as "continues" (with "रह", "है") or at the end of its clause
_GOES_ON_AFTER_HINTS = ("jatkuu", "jatkuvat", "जारी", "جاری", "devam", "অব্যাহত", "계속", "継続",
                        "තවදුරටත්")  # fmt: skip
_GOES_ON_AFTER = lazy_compile(
    r"[^\S\n]*(?:[^\s.;:!?।]+[^\S\n]+){0,4}?(?:jatkuu|jatkuvat|devam ed\w*|devam etmektedir|"
    r"অব্যাহত|계속됩니다|계속된다|계속\s?유지|継続(?:します|しております|中|する)|"
    # Sinhala "(the suspension) further remains in force"
    r"තවදුරටත් බලපැවැත්ව\w*|"
    r"(?:जारी|جاری)(?:\s+(?:रह|ر[ہے])\w*|\s+(?:है|हैं|ہے|ہیں)|(?=\s*(?:[।.;,:\n]|$))))",
    re.IGNORECASE,
)
# "already" a few words before a stop: it was in force before the notice ("ウクライナ宛ては既に
# ... 引受停止"); not "already" before a negation, which says "no longer" ("уже не
# принимаются", "schon keine Pakete mehr"), nor in a sentence that dates the stop from now
_NEGATION_WORDS = r"(?:не|ні|nicht|kein\w*|not|no|ne|niet|nie|non|inte|ikke)\b"
_ALREADY_BEFORE = lazy_compile(
    rf"(?:\b{ALREADY_WORDS}(?!\s+{_NEGATION_WORDS})(?:\s+\S+){{0,3}}\s+|既に\S{{0,12}}|"
    r"すでに\S{0,12})$"
)
_NEGATION_AT = lazy_compile(_NEGATION_WORDS)
_FROM_NOW = lazy_compile(
    r"\b(?:from|as of|starting|with effect from|ab|des|a partir de|desde|dal|vanaf|с|з|od)"
    r"\s+(?:today|now|heute|sofort|aujourd.hui|hoy|oggi|vandaag|сегодня|этого (?:же )?дня|"
    r"сьогодні|dzis)\b|"
    r"\b(?:today|heute|aujourd.hui|hoy|oggi|vandaag|сегодня)\b|本日|今日"
)


def in_force_already(doc: Doc, start: int) -> bool:
    """Whether "already" stands a few words before the stop at ``start`` ("Mail to Ukraine is
    already suspended", "ウクライナ宛ては既に全面的に引受停止") in a sentence that does not
    date it from now ("We have already stopped accepting parcels to Lebanon from today")."""
    a, b = doc.sentence_of(start)
    said = _ALREADY_BEFORE.search(doc.norm, max(a, start - 40), start)
    if said is None or _FROM_NOW.search(doc.norm, a, b) is not None:
        return False
    # "уже | не принимаются": "already" right before the stop's own negation is "no longer"
    # (not "bereits seit längerem | nicht möglich", already for a long time)
    adjacent = len(said.group().split()) == 1
    return not (adjacent and _NEGATION_AT.match(doc.norm, start))


# "the suspension ... remains in effect until further notice": the stop goes on; and "items to
# Iran are not accepted; this is unchanged"
_STILL_IN_FORCE = lazy_compile(
    r"[^.;\n]{0,60}?(?:;\s*(?:this|that|it) (?:is|remains|stays) unchanged\b|"
    r"\b(?:(?:remains?|remained|is still|are still|stays?) (?:in (?:effect|force|"
    r"place)|valid|unchanged)|(?:bleibt|bleiben) (?:bestehen|in kraft)|(?:reste|restent) en "
    r"vigueur|(?:sigue|siguen) vigente)\b|"
    # a row's status with its note in brackets: "Jemen – Niet mogelijk (ongewijzigd sinds ...)"
    r"\(\s*(?:unchanged|unverändert|ongewijzigd|inchangée?s?|sin cambios|invariat[oaie])\b)",
    re.IGNORECASE,
)


# What makes a Japanese "まで" (until) "until now": "これまで", "今まで", "現在まで"
_UNTIL_NOW_HEADS = ("これ", "今", "現在", "いま")
# Chinese and Japanese words of price just before a "no change": the price is what is kept
_PRICES_KEPT = lazy_compile(r"资费|資費|运费|運費|邮资|郵資|邮费|郵費|料金|价格|價格|费用|費用")
# ... the same said with the prices just before it (in the normalised text)
_PRICES_KEPT_BEFORE = lazy_compile(
    r"\b(?:rates|prices|postage|tariffs|tarifs|prix|precios|tarifas|prezzi|tariffe|preise|"
    r"portos?|tarieven|prijzen|precos|цены|тарифы|тарифи|ціни)\s+(?:[^\W\d]+\s+)?$"
)


# Words of a maintenance window of the operator's systems, read in the title (normalised),
# after one of the hints that each of them holds
_MAINTENANCE_HINTS = (
    "mainten", "wartung", "mantenimiento", "manutenzione", "manutencao", "onderhoud",
    "prace serwisowe", "przerwa techniczna", "технічні", "технические", "시스템", "서버",
    "メンテナンス", "系统", "系統", "bakım", "bakim", "صيانة", "pemeliharaan", "penyelenggaraan",
    "vedlikehold", "vedligehold", "underhall", "huolto", "upgrad", "nang cấp", "bảo tri",
    "ปรับปรุงระบบ",
)  # fmt: skip
_MAINTENANCE_TITLE = lazy_compile(
    r"\b(?:system maintenance|scheduled maintenance|planned maintenance|server maintenance|"
    r"maintenance window|wartungsarbeiten|systemwartung|maintenance programmee|"
    r"maintenance informatique|mantenimiento programado|mantenimiento del sistema|"
    r"manutenzione programmata|gepland onderhoud|manutencao programada|"
    r"prace serwisowe|przerwa techniczna|технические работы|технічні роботи|"
    r"planlı bakım|planli bakim|bakım calısması|bakim calismasi|sistem bakımı|sistem bakimi|"
    r"pemeliharaan sistem|penyelenggaraan sistem|planlagt vedlikehold|planlagt vedligehold|"
    r"planerat underhall|huoltokatko|system upgrades?|for (?:an? )?(?:system )?upgrade|"
    r"upgrad(?:e|ing) (?:of )?(?:the|our) (?:\w+ )?systems?)\b|"
    r"اعمال الصيانة|الصيانة الدورية|صيانة النظام|صيانة الموقع|"
    r"시스템 점검|시스템 정기점검|서버 점검|システムメンテナンス|メンテナンス|"
    r"系统维护|系統維護|系统升级|系統升級|"
    # Vietnamese "system upgrade", "maintenance" ("tạm dừng hệ thống ... để nâng cấp", as the
    # normalised text writes them)
    r"hệ thống[^.\n]{0,40}?(?:nang cấp|bảo tri)|nang cấp hệ thống|bảo tri hệ thống|"
    # Thai "closed to improve the system"
    r"ปิดปรับปรุงระบบ|ปรับปรุงระบบ"
)


def _lead_label_end(doc: Doc) -> int:
    """Where the label that opens the text ends ("Maintenance programmée : ..."), or -1."""
    start = doc.title_end + 1
    colon = doc.norm.find(":", start, start + _LEAD_LABEL_LONGEST)
    return colon if colon > 0 and "\n" not in doc.norm[start:colon] else -1


_LEAD_LABEL_LONGEST = 40


# Maintenance works, of systems or of buildings, tunnels, aircraft (normalised)
_WORKS_TITLE = lazy_compile(
    r"\b(?:travaux de maintenance|operation de maintenance|trabajos de mantenimiento|"
    r"lavori di manutenzione|trabalhos de manutencao|onderhoudswerkzaamheden)\b"
)
# The tracking pages or the website named in a maintenance's title: what is down sends nothing
_TRACKING = word_start(
    r"\b(?:tracking|track and trace|track ?& ?trace|suivi|sendungsverfolgung|seguimiento|"
    r"rastreamento|rastreio|tracciamento|tracciatura|website|site web|site internet|"
    r"webseite|sitio web|отслеживани\w*|відстеженн\w*|pracenj\w*|sledovani\w*|"
    r"sledzeni\w*|izsekosan\w*|sekimo|siuntu sekimas|seuranta|sparning|sporing|"
    r"nyomkovetes\w*)\b|追跡|追踪|跟踪|查询|查詢|조회|배송추적|tra cứu|định vị buu gửi|ติดตามสถานะ"
)


# The kinds a maintenance window's votes may be (not a ban or a limit of goods)
_WINDOW_KINDS = frozenset(
    ("suspension", "resumption", "delay", "duty_tax_change", "informational", "new_requirement")
)

# The tracking pages down, said in a title beside them (normalised)
_DOWN_TITLE = lazy_compile(
    r"\b(?:unavailable|not available|interruption|outage|downtime|indisponible|"
    r"indisponivel|no disponible|non disponibile|nicht verfugbar|niet beschikbaar|"
    r"unterbrechung|obustava|nebus pieejama|nav pieejama|nedostupn\w*|niedostepn\w*|"
    r"недоступн\w*)\b|一時停止|暂停|暫停|中断|중단"
)


# An event that an all-clear may answer, beside a maintenance window: a strike, a war, a storm
_EVENT_NAMED = lazy_compile(
    r"\b(?:strikes?|streik\w*|greves?|huelgas?|scioper\w*|staking\w*|industrial action|"
    r"conflict|war|guerre|krieg|guerra|storms?|sturm\w*|tempete\w*|hurricanes?|typhoons?|"
    r"cyclones?|floods?|earthquakes?)\b"
)


# a clock time or an hour: the window of a maintenance ("from 00:00 to 06:00", "02:00~06:00",
# "0時から6時", "0时至6时", "2시부터")
_CLOCK = lazy_compile(
    r"\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*(?:時|时|시)|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)\b"
)


def _maintenance_window(doc: Doc, start: int, place_starts: list[int]) -> bool:
    """Under a title of system maintenance, a stop, delay or resumption is the window of the
    operator's systems, duties are what cannot be paid in it ("payment of duty and VAT in the
    app" among the services down) and "as normal" what still runs, unless its sentence names a
    place and no hours: "[Wartungsarbeiten] Paketversand nach Russland eingestellt" or "mail to
    the United States will be delayed by up to 5 days" is news; "EMS to China cannot be booked
    from 00:00 to 06:00" is the window."""
    a, b = doc.sentence_of(start)
    if not any(a <= p < b for p in place_starts):
        return True
    return _CLOCK.search(doc.norm, a, b) is not None
