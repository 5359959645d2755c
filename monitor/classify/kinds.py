"""The kind of change a notice announces, read from trigger phrases and the words around them.

Each trigger ("suspended", "wieder möglich", "prohibited") votes for its kind; the words just
before it in the same clause can turn the vote ("no longer suspended" is a resumption,
"not resumed" a suspension), cancel it ("as soon as the suspension is lifted" announces
nothing) or keep it ("remains suspended" is still a suspension). A vote from the title weighs
more than one from the body, and the opening lines more than the rest.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from monitor.classify import lexicon
from monitor.classify.matcher import Match, PhraseMatcher, parse_phrase
from monitor.classify.resources import load_yaml
from monitor.classify.text import Doc
from storage.taxonomy import CHANGE_KINDS

KINDS = tuple(k for k in CHANGE_KINDS if k != "irrelevant")
_MODIFIERS = (
    "negation",
    "no_longer",
    "continuation",
    "condition",
    "duration",
    "proposal",
    "lifting",
    "future",
    "contrast",
    "duty_objects",
    "irrelevant_topics",
    "_ignore",
)
# How much one trigger of each kind counts; a stop of service outweighs talk of delays.
_WEIGHT = {
    "suspension": 2.0,
    "prohibited_items": 1.6,
    "restriction": 1.0,
    "new_requirement": 1.0,
    "duty_tax_change": 1.0,
    "delay": 1.3,
    "resumption": 1.6,
    "informational": 1.5,
}
# Order used to break ties: the more a sender must act, the earlier.
PRIORITY = {k: i for i, k in enumerate(KINDS)}
TITLE_FACTOR = 2.5
LEAD_FACTOR = 1.4
LEAD_CHARS = 320
RELEVANT_SCORE = 1.0
SUSPENSION_SHARE = 0.4
WEAK_FACTOR = 0.6
_OUTRANKED = ("duty_tax_change", "new_requirement", "restriction", "delay", "informational")

# Phrases split by other words: "nimmt keine Pakete mehr an", "ne ... plus", "wieder ... auf".
_GAPPED = [
    ("kein", "suspension", re.compile(r"\bkeine?[nrs]?\b[^.;:!?\n]{1,80}?\bmehr\b", re.I)),
    ("geen", "suspension", re.compile(r"\bgeen\b[^.;:!?\n]{1,60}?\bmeer\b", re.I)),
    ("plus", "suspension", re.compile(r"\bn(?:e |'|\u2019)[^.;:!?\n]{1,40}?\bplus\b", re.I)),
    ("wieder", "resumption", re.compile(r"(?<!immer )\bwieder\b", re.I)),
    (
        "again",
        "resumption",
        re.compile(
            r"\b(?:can|may|will|could) (?:once )?again be\b|\bagain accept|"
            r"\b(?:be|is|are) (?:sent|accepted|mailed|shipped|delivered|posted)\b[^.;\n]{0,50}?"
            r"\bagain\b|\b(?:possible|available|accepted|open|resumed) (?:once )?again\b",
            re.I,
        ),
    ),
    (
        "unable",
        "suspension",
        re.compile(
            r"\bunable to\b[^.;\n]{0,30}?\b(?:deliver|accept|process|pick up|collect|transport|"
            r"dispatch|forward)",
            re.I,
        ),
    ),
    (
        "no longer",
        "suspension",
        re.compile(
            r"\bno longer (?:be )?(?:able to )?(?:accept|sen[dt]|ship|mail|deliver|possible|"
            r"available|offer|process|transport|forward)",
            re.I,
        ),
    ),
]  # (a word the text must hold for the pattern to be tried, kind, pattern)
_CLAUSE_BREAK = re.compile(
    r"[,;:.!?()\n]|(?i:\b(?:but|however|aber|jedoch|mais|pero|ma|maar|mas|но|але)\b)"
)


@dataclass(slots=True)
class Vote:
    kind: str
    weight: float
    start: int
    end: int
    firm: bool = True  # not discounted as future or contrasted


@dataclass(slots=True)
class KindResult:
    kind: str  # a kind id, or "irrelevant"
    score: float
    evidence: list[tuple[str, int, int]] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    irrelevant_topics: int = 0


_WINDOW_GROUPS = (
    "negation",
    "no_longer",
    "continuation",
    "condition",
    "lifting",
    "future",
    "duration",
    "contrast",
)


@lru_cache(maxsize=1)
def _weak() -> frozenset[str]:
    return frozenset(parse_phrase(raw)[0] for raw in load_yaml("kinds.yaml")["weak"])


def whole_text_entries() -> list[tuple[str, str, str]]:
    """Triggers and whole-notice markers, read over the whole text by ``lexicon``."""
    data = load_yaml("kinds.yaml")
    return [
        (*parse_phrase(raw), group)
        for group in KINDS + _MODIFIERS
        if group not in _WINDOW_GROUPS
        for raw in data[group]
    ]


@lru_cache(maxsize=1)
def _window_matcher() -> PhraseMatcher:
    """The modifiers, read only in the few words around each trigger: they are short, common
    words ("not", "if", "to") that would hit everywhere."""
    data = load_yaml("kinds.yaml")
    return PhraseMatcher(
        (*parse_phrase(raw), group) for group in _WINDOW_GROUPS for raw in data[group]
    )


def _clause_before(doc: Doc, pos: int, limit: int = 60) -> tuple[int, str]:
    """Start and normalised text of the clause part before ``pos`` (at most ``limit`` chars)."""
    start = max(0, pos - limit)
    chunk = doc.full[start:pos]
    breaks = list(_CLAUSE_BREAK.finditer(chunk))
    if breaks:
        cut = breaks[-1].end()
        return start + cut, chunk[cut:]
    return start, chunk


def _words_between(doc: Doc, a: int, b: int) -> int:
    return len(doc.norm[a:b].split())


def decide_kind(doc: Doc, subject_ends: set[int] | None = None) -> KindResult:
    """Scores every kind; ``subject_ends``: end offsets of place names (a country as the
    subject of "no longer accepts" is the destination's own ban: prohibited items)."""
    window_matcher = _window_matcher()
    matches = lexicon.matches(doc, "kinds")
    by_group: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        by_group[m.value].append(m)
    triggers: list[tuple[str, int, int, str]] = [
        (m.value, m.start, m.end, m.key) for m in matches if m.value in _WEIGHT
    ]
    taken = [(m.start, m.end) for m in matches if m.value in _WEIGHT]
    for needle, kind, rx in _GAPPED:
        if needle not in doc.norm:
            continue
        for g in rx.finditer(doc.full):
            if not any(a < g.end() and g.start() < b for a, b in taken):
                triggers.append((kind, g.start(), g.end(), g.group(0)))
    duty_objects = by_group.get("duty_objects", [])
    subject_ends = subject_ends or set()

    triggers = [t for t in triggers if doc.counts(t[1])]
    clauses = [_clause_before(doc, t[1])[0] for t in triggers]
    spans = [(c, t[1]) for c, t in zip(clauses, triggers, strict=True)]
    for t in triggers:
        if t[0] == "resumption":  # the words after a resumption: "however ..."
            spans.append((t[2], min(len(doc.norm), t[2] + 80)))
    modifiers = window_matcher.find_in_spans(doc.norm, doc.full, spans)
    topic_sentences = {doc.sentence_of(m.start) for m in by_group.get("irrelevant_topics", [])}
    weak = _weak()
    votes: list[Vote] = []
    for (kind, start, end, key), clause_start in zip(triggers, clauses, strict=True):
        near = [m for m in modifiers if clause_start <= m.start and m.end <= start]
        weight = _WEIGHT[kind] * (WEAK_FACTOR if key in weak else 1.0)
        if any(m.value == "condition" for m in near):
            continue  # "as soon as the suspension is lifted", "should restrictions arise"
        negated = [m for m in near if m.value in ("negation", "no_longer")]
        negated = [m for m in negated if _words_between(doc, m.end, start) <= 2]
        if negated:
            no_longer = any(m.value == "no_longer" for m in negated)
            if kind in ("suspension", "prohibited_items", "restriction") and no_longer:
                kind, weight = "resumption", _WEIGHT["resumption"]
            elif kind == "resumption":
                kind, weight = "suspension", 1.0
            elif kind in ("delay", "restriction", "new_requirement", "prohibited_items"):
                kind, weight = "informational", 0.5
            elif kind == "suspension":
                continue
        lifted = [
            m for m in near if m.value == "lifting" and _words_between(doc, m.end, start) <= 3
        ]
        if lifted and kind in ("suspension", "prohibited_items", "restriction"):
            kind, weight = "resumption", _WEIGHT["resumption"]
        firm = True
        if kind == "resumption":
            if any(m.value == "future" and _words_between(doc, m.end, start) <= 2 for m in near):
                weight *= 0.5  # "airports will resume on Monday": the closure is the news
                firm = False
            stop = re.search(r"\.(?:\s|$)|\n", doc.full[end : end + 80])
            after_end = end + (stop.start() if stop else 80)
            if any(
                c.value == "contrast" and end <= c.start and c.end <= after_end for c in modifiers
            ):
                weight *= 0.3  # "has resumed; however, expect delays"
                firm = False
        if kind == "suspension" and _has_duty_object(doc, start, end, duty_objects):
            kind, weight = "duty_tax_change", _WEIGHT["duty_tax_change"]
        if kind == "suspension" and "accept" in key and _after_subject(doc, start, subject_ends):
            kind, weight = "prohibited_items", _WEIGHT["prohibited_items"]
        if kind == "informational" and "affected" in key:
            weight = 0.4  # "documents are not affected" says what is exempt, not that all is well
        if topic_sentences and doc.sentence_of(start) in topic_sentences:
            weight *= 0.2  # "scammers ask for a customs fee": a warning, not a fee
        if doc.in_title(start):
            weight *= TITLE_FACTOR
        elif start - doc.title_end < LEAD_CHARS:
            weight *= LEAD_FACTOR
        votes.append(Vote(kind, weight, start, end, firm))

    scores: dict[str, float] = defaultdict(float)
    for v in votes:
        scores[v.kind] += v.weight
    if scores.get("restriction") and scores.get("resumption"):
        # lifted, but only for some items or up to some limit: a restriction
        scores["restriction"] += scores["resumption"]
    topics = len([m for m in by_group.get("irrelevant_topics", []) if doc.counts(m.start)])
    if not scores:
        return KindResult("irrelevant", 0.0, [], votes, topics)

    proposal = [m for m in by_group.get("proposal", []) if m.start < doc.title_end + 600]
    changes = {k: v for k, v in scores.items() if k != "informational" and v >= RELEVANT_SCORE}
    pool = changes or scores  # "service normal" counts only when nothing changed
    best = max(pool, key=lambda k: (pool[k], -PRIORITY[k]))
    total = scores[best]
    if topics >= 2 and total < 3:
        return KindResult("irrelevant", 0.0, [], votes, topics)  # results, stamps, phishing
    if best in _OUTRANKED and scores.get("suspension", 0) >= SUSPENSION_SHARE * total:
        best = "suspension"  # tariffs or delays are often the reason for the stop
    if best == "delay" and any(
        v.kind == "resumption" and v.firm and v.start - doc.title_end < LEAD_CHARS for v in votes
    ):
        best = "resumption"  # the newest item says the disruption is over
    if proposal:
        best = "informational"
        evidence = [("informational", proposal[0].start, proposal[0].end)]
        return KindResult(best, total, evidence, votes, topics)
    evidence = [(v.kind, v.start, v.end) for v in votes if v.kind == best]
    return KindResult(best, total, evidence[:3], votes, topics)


def _has_duty_object(doc: Doc, start: int, end: int, objects: list[Match]) -> bool:
    """ "Suspension of duty-free de minimis treatment" changes duties, not acceptance."""
    for m in objects:
        if end <= m.start <= end + 45 and not re.search(r"[.;:\n]", doc.full[end : m.start]):
            return True
        if start - 60 <= m.end <= start and not re.search(r"[.;:\n]", doc.full[m.end : start]):
            return True
    return False


def _after_subject(doc: Doc, start: int, subject_ends: set[int]) -> bool:
    """A place name right before the trigger ("Austria no longer accepts ...")."""
    for gap in range(0, 12):
        if start - gap in subject_ends:
            between = doc.norm[start - gap : start]
            return between.strip() in ("", "has", "now", "also")
    return False
