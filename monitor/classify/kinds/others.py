"""Stops by others: another operator's or an airline's stop that the source answers ("DHL
Express services are not affected").
"""

from __future__ import annotations

import re

from monitor.classify import lexicon
from monitor.classify.kinds.phrases import (
    _CLAUSE_MARK,
    _MAIL_PART,
    _NO_CHANGE,
    _STOP_NOUN,
    TITLE_SEPARATOR,
)
from monitor.classify.kinds.votes import _CONTRAST_WORD, Vote, _clause_start
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc, heading_line


def _discount_answered(doc: Doc, votes: list[Vote]) -> None:
    """ "Airlines have suspended flights, but mail continues to move on other carriers": a
    stop answered in its own sentence by "but ... as normal" is no stop of the mail."""
    normal = [v for v in votes if v.kind == "informational" and v.weight >= 1.0]
    if not normal:
        return
    for v in votes:
        if v.kind in ("informational", "resumption"):
            continue
        a, b = doc.sentence_of(v.start)
        for n in normal:
            if not a <= n.start < b:
                continue
            lo, hi = (v.end, n.start) if v.end <= n.start else (n.end, v.start)
            contrast = _CONTRAST_WORD.search(doc.norm, lo, hi) is not None
            same_clause = not contrast and not _CLAUSE_MARK.search(doc.full, lo, hi)
            if (v.end <= n.start and contrast) or (
                same_clause and _NO_CHANGE.search(doc.norm, n.start, n.end)
            ):
                # "... but mail continues as normal", "duty-free limits remain unchanged"
                v.weight *= 0.3
                break


def _discount_answered_transport_stops(
    doc: Doc, votes: list[Vote], transport_stops: set[int]
) -> None:
    """ "Port strike: DHL Express services operating as normal" above "container handling at
    these ports has stopped": the title answers the stop of transport. So does a body whose
    all-clear words outweigh it and that tells of no other stop or delay ("Following the
    suspension of air navigation ... all postal operations are running normally")."""
    in_title = [v for v in votes if doc.in_title(v.start)]
    if not any(v.kind == "informational" and v.weight >= 1.0 for v in in_title) or any(
        v.kind != "informational" and v.weight >= 1.0 for v in in_title
    ):
        normal = sum(v.weight for v in votes if v.kind == "informational")
        stopped = sum(v.weight for v in votes if v.start in transport_stops)
        if normal < stopped or any(
            v.kind not in ("informational", "resumption")
            and v.weight >= 1.0
            and v.start not in transport_stops
            for v in votes
        ):
            return
    for v in votes:
        if v.start in transport_stops:
            v.weight *= 0.3


# The bare noun a page of alerts is named with: "International Service Disruptions - Chile",
# "Canada – Rail Service Disruption" (normalised text of the vote)
_LABEL_NOUNS = frozenset(("disruption", "disruptions", "service disruption", "service disruptions"))
LABEL_FACTOR = 0.1
_EVENT_NAMED_BEFORE = lazy_compile(
    r"\b(?:labou?r|industrial|rail|railway|port|strike|postal)\s+(?:service\s+)?$"
)


def _discount_label_title(doc: Doc, votes: list[Vote]) -> None:
    """A title or heading that is only the name of a page of disruptions, over a body that says
    all runs as normal and tells of no delay or stop of its own: the name is no news. Only the
    name is discounted: "may experience disruptions" in the body keeps its weight."""
    named = [
        v
        for v in votes
        if v.kind == "delay"
        and doc.norm[v.start : v.end] in _LABEL_NOUNS
        and (
            doc.in_title(v.start)
            or heading_line(doc, doc.line_index(v.start))
            or _in_title_again(doc, v.start)
            # "during the current labour disruption at Canada Post": the event's name
            or _EVENT_NAMED_BEFORE.search(doc.norm, max(0, v.start - 30), v.start) is not None
        )
    ]
    if not named:
        return
    normal = sum(v.weight for v in votes if v.kind == "informational")
    told = any(
        v.kind in ("delay", "suspension", "restriction")
        and v.weight >= 0.5
        and doc.norm[v.start : v.end] not in _LABEL_NOUNS  # (the named ones among them)
        for v in votes
    )
    if normal >= 1.0 and not told:
        for v in named:
            v.weight *= LABEL_FACTOR


# Where a title's head ends and its tail begins: "Mail Suspensions — Update: service resumed"
_TITLE_PARTS = lazy_compile(r"\s[—–-]+\s|[:：]\s?")
_STOP_OR_RESUMPTION = frozenset(("suspension", "resumption"))
TITLE_HEAD_FACTOR = 0.5


def _discount_title_head(doc: Doc, votes: list[Vote], place_starts: list[int]) -> None:
    """A title whose head names the matter ("Temporary Mail Suspensions — Update: ...",
    "Aussetzung des Versands nach Israel: Wiederaufnahme ab Montag") and whose tail states the
    opposite stop or resumption, as news (not one that "remains"): the tail is the news, and
    the head's word weighs less. Not when both parts name places ("Suspension to Yemen –
    Resumption to Syria": two changes)."""
    titled = [v for v in votes if doc.in_title(v.start) and v.kind in _STOP_OR_RESUMPTION]
    if len({v.kind for v in titled}) != 2:
        return
    for m in _TITLE_PARTS.finditer(doc.full, 0, doc.title_end):
        head = [v for v in titled if v.end <= m.start()]
        tail = [v for v in titled if v.start >= m.end()]
        if not head or not tail:
            continue
        kinds = {v.kind for v in head}, {v.kind for v in tail}
        if len(kinds[0]) == 1 and len(kinds[1]) == 1 and kinds[0] != kinds[1]:
            places_in_head = any(p < m.start() for p in place_starts)
            places_in_tail = any(m.end() <= p < doc.title_end for p in place_starts)
            if all(v.firm and not v.continued for v in tail) and not (
                places_in_head and places_in_tail
            ):
                for v in head:
                    v.weight *= TITLE_HEAD_FACTOR
            return


# An all-clear of the title that denies a stop or a change by name: "Keine Aussetzung des
# Versands nach Israel", "没有暂停寄往以色列的邮件", "Nessuna modifica alle tariffe"
_DENIED_BY_NAME = lazy_compile(
    r"susp|aussetz|ausgesetzt|opschort|zawiesz|sospes|sospens|暂停|暫停|停止|중지|중단|"
    r"modific|zmian|cambi|anderung|change|变化|變化|mudan"
)
DENIED_TITLE_FACTOR = 0.2
# a limit of before: "as always", "as has been the case", "since 2022", "wie bisher"
_AS_ALWAYS = lazy_compile(
    r"\b(?:as always|as before|as has been the case|as it has been|since (?:19|20)\d\d|"
    r"wie bisher|wie immer|seit (?:19|20)\d\d|como siempre|como hasta ahora|desde (?:19|20)\d\d|"
    r"comme toujours|comme avant|depuis (?:19|20)\d\d|come sempre|come prima|"
    r"dal (?:19|20)\d\d|zoals altijd|sinds (?:19|20)\d\d|jak dotychczas|od (?:19|20)\d\d)\b"
)
# (standing limits and papers restated below an all-clear are no news)
_BODY_NEWS_KINDS = ("delay",)
# ... unless a limit is put on what goes on: "accepted, but only up to 2 kg"
_BUT_ONLY = lazy_compile(
    r"\b(?:but only|aber nur|jedoch nur|mais seulement|mais uniquement|pero solo|pero solamente|"
    r"ma solo|ma soltanto|maar alleen|mas apenas|mas so|ale tylko|но только|але лише|але тільки)\b"
)


def _discount_denied_title(doc: Doc, votes: list[Vote]) -> None:
    """A title that denies a stop or a change ("No suspension of mail to Israel") over a body
    that tells a delay or a new limit: the title says what did not happen, the body the news
    ("... items to Israel are delayed by two weeks", "accepted, but only up to 2 kg")."""
    denied = [
        v
        for v in votes
        if v.kind == "informational"
        and doc.in_title(v.start)
        and _DENIED_BY_NAME.search(doc.norm, v.start, v.end)
    ]
    if denied and any(
        (
            v.kind in _BODY_NEWS_KINDS
            or (
                v.kind == "restriction"
                and _BUT_ONLY.search(doc.norm, *doc.sentence_of(v.start))
                # not "but only up to 20 kg, as has been the case since 2022"
                and not _AS_ALWAYS.search(doc.norm, *doc.sentence_of(v.start))
            )
        )
        and v.weight >= 1.0
        and not doc.in_title(v.start)
        for v in votes
    ):
        for v in denied:
            v.weight *= DENIED_TITLE_FACTOR


def _in_title_again(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` lies in the title said again in the body ("UPS Service Alerts — Canada –
    Rail Service Disruption. Updated ...")."""
    title = doc.full[: doc.title_end].strip()
    if len(title) < TITLE_AGAIN_SHORTEST:
        return False
    at = doc.full.find(title, doc.title_end, pos + len(title))
    return at >= 0 and at <= pos < at + len(title)


TITLE_AGAIN_SHORTEST = 12


# Another operator, or others in general, as the subject of a stop: "Canada Post has stopped
# processing mail", "several postal operators have suspended acceptance"
# Who stops when it is others: "several postal operators", or a named post ("Canada Post")
# (after a report of it: "you may have seen reports that some postal operators are suspending")
_OTHERS_LEAD = (
    r"\W*(?:[^.;:!?\n]*\b(?:reports?|news|rumou?rs?|claims?)\s+that\s+)?"
    r"(?:(?:and|but|while)\s+)?(?:the\s+)?"
)
_OTHERS_BY_WORDS = (
    r"(?:(?i:several|other|some|many|most|a number of|numerous|various)\s+(?:[\w-]+\s+){0,2}"
    r"(?:postal operators|operators|posts|postal administrations|postal services|carriers|"
    r"airlines)"
    # "postal operators in several countries, including in Europe and Asia,"
    r"|(?i:postal operators|operators|posts|postal services|carriers|airlines)\s+in\s+"
    r"(?i:several|other|some|many|a number of|numerous|various)\s+countries"
    r"(?:,\s*(?i:including|such as|notably)\s+[^,.;:!?\n]{1,40},)?)"
)
_OTHERS_BY_NAME = (
    r"(?:[A-Z][\w&'.-]*\s+){1,3}(?:Post|Posts|Postal Service|Poste|Correos|Correios|Posten|"
    r"Pošta|Poczta)"
)
_OTHERS_WHERE = (
    r"(?:\s+(?:around the world|worldwide|abroad|elsewhere|in other countries|in many countries|"
    r"in europe))?\s+"
)
# a named post takes "has" ("Canada Post has stopped"); "is" and "will" would take the sender's
# own name too ("Swiss Post will suspend"), so only others by their words take the plural ones
_OTHERS_AUX = r"(?:(?:has|have|had|been|temporarily|also|now|already)\s+){0,3}$"
_OTHERS_AUX_PLURAL = (
    r"(?:(?:has|have|had|been|are|were|will|temporarily|also|now|already)\s+){0,3}"
    # "have announced that they have stopped"
    r"(?:(?:announced|said|confirmed|reported)\s+(?:that\s+)?(?:they\s+)?"
    r"(?:(?:has|have|had|been|are|were|will|temporarily|also|now|already)\s+){0,3})?$"
)
_OTHERS_SUBJECT = lazy_compile(
    f"{_OTHERS_LEAD}(?:{_OTHERS_BY_WORDS}{_OTHERS_WHERE}{_OTHERS_AUX_PLURAL}|"
    f"{_OTHERS_BY_NAME}{_OTHERS_WHERE}{_OTHERS_AUX})"
)
# others by their words only ("other postal operators"), not by a name, which may be the sender
_OTHER_OPERATORS = lazy_compile(
    f"{_OTHERS_LEAD}{_OTHERS_BY_WORDS}{_OTHERS_WHERE}{_OTHERS_AUX_PLURAL}"
)
# others as the agent after the stop: "the suspension of mail to the US by postal operators of
# several countries", "la suspension ... par plusieurs opérateurs postaux"
_OTHERS_WORD = (
    r"(?:several|other|others|some|many|various|numerous|outros|varios|diversos|otros|autres|"
    r"plusieurs|anderen|anderer|mehreren|mehrerer|altri|diversi|vari|andere|verschillende|innych|"
    r"wielu|numerosos|muitos|muchos|nombreux)"
)
_OTHERS_NOUN = (
    r"(?:postal\s+)?(?:operators|operadores|operateurs|postbetreiber\w*|postunternehmen|operatori|"
    r"postbedrijven|operatorow|posts|postal administrations|administrations postales|"
    r"postverwaltungen)\b(?:\s+(?:postais|postales|postaux|postali|pocztowych))?"
)
_OTHERS_AGENT = lazy_compile(
    r"[^.;,\n]{0,80}?\b(?:by|por|par|von|da|door|przez)\s+(?:(?:the|os|les|los|den|die|gli|de)\s+)?"
    rf"(?:{_OTHERS_WORD}\s+{_OTHERS_NOUN}|{_OTHERS_NOUN}\s+(?:of|in|de|d'|aus|di|van|z)\s+"
    rf"{_OTHERS_WORD}\b)"
)
# (only after a noun of stopping, _STOP_NOUN: not "is suspended, a step also taken by ..."),
# and with no "sent by" between
_SENT_BY = lazy_compile(
    r"\b(?:sent|posted|handed over|envoy\w*|enviad\w*|enviados|aufgegeben)\s+(?:by|par|por|von)\b"
)
_BARE_VERB = lazy_compile(
    r"\s*(?:(?:has|have|had|been|are|were|will|temporarily|also|now|already)\s+){0,3}"
)
OTHERS_FACTOR = 0.1
OWN_SERVICE_GOES_ON = 3.0  # firm words that the sender's service goes on ("continues to accept")


def _discount_stops_by_others(
    doc: Doc, votes: list[Vote], subject: re.Pattern[str] | None = None
) -> None:
    """ "Several postal operators have suspended acceptance": another's stop."""
    subject = subject or _OTHERS_SUBJECT
    for v in votes:
        if v.kind == "suspension" and (
            subject.fullmatch(doc.full, (clause := _clause_start(doc, v.start, 80)), v.start)
            # a clause that is only the verb's own words: its subject is before the commas of
            # an aside ("postal operators in several countries, including in Asia, have paused")
            or (
                _BARE_VERB.fullmatch(doc.full, clause, v.start)
                and subject.fullmatch(
                    doc.full, max(doc.sentence_of(v.start)[0], v.start - 200), v.start
                )
            )
            or (
                _STOP_NOUN.search(doc.norm, v.start, v.end)
                and _OTHERS_AGENT.match(doc.norm, v.end)
                and not _SENT_BY.search(doc.norm, v.end, v.end + 90)
            )
        ):
            v.weight *= OTHERS_FACTOR
            v.continued = True  # another's stop outranks nothing
            v.firm = False


# "is not affected by the labour disruption": the disruption is the cause that spares it
_NOT_AFFECTED_BY = lazy_compile(
    r"\b(?:not affected|unaffected|not impacted|nicht betroffen|pas affect\w*|pas touch\w*|"
    r"no afectad\w*|non interessat\w*|niet getroffen)\s+(?:by|von|par|por|da|door)\b[^.;:!?\n]*$"
)


def _discount_others_stops(doc: Doc, votes: list[Vote]) -> None:
    """ "Canada Post strike: DHL Express shipments to Canada are not affected" above "Canada
    Post has stopped processing mail, and several postal operators have suspended acceptance":
    the stops are others', and the title says the sender's whole service goes on (not "letters
    are not affected", which leaves the rest stopped)."""
    if not _whole_unaffected(doc, 0, doc.title_end, parts=True):
        # the title says nothing is unaffected: the common case, decided at once; but "Canada
        # Post continues to accept parcels to the U.S. ... Other postal operators have
        # suspended parcels to the U.S." says so in the body
        if sum(v.weight for v in votes if v.kind == "informational" and v.firm) >= (
            OWN_SERVICE_GOES_ON
        ):
            # not "Deutsche Post has suspended ...": only a subject that is others by its words
            _discount_stops_by_others(doc, votes, _OTHER_OPERATORS)
        return
    # "Canada Post labour disruption: DHL Express services are not affected": the disruption
    # named before the title's colon is what the rest of it says leaves the service untouched
    sep = TITLE_SEPARATOR.search(doc.full, 0, doc.title_end)
    event_end = (
        sep.start() if sep is not None and _whole_unaffected(doc, sep.end(), doc.title_end) else -1
    )
    if any(
        doc.in_title(v.start)
        and v.kind != "informational"
        and v.weight >= 1.0
        and not (v.kind == "delay" and v.end <= event_end)
        for v in votes
    ):
        return  # the title states a change of its own
    if event_end < 0 and not _whole_unaffected(doc, 0, doc.title_end):
        return
    _discount_stops_by_others(doc, votes)
    for v in votes:
        if v.kind == "delay" and (
            v.end <= event_end
            or _event_line(doc, v)
            or (event_end > 0 and _repeats_event(doc, v, event_end))
            or _NOT_AFFECTED_BY.search(doc.norm, _clause_start(doc, v.start, 60), v.start)
        ):
            v.weight *= OTHERS_FACTOR  # "not affected by the labour disruption"
            v.continued = True
            v.firm = False


def _whole_unaffected(doc: Doc, lo: int, hi: int, parts: bool = False) -> bool:
    """Whether ``lo:hi`` says something is unaffected or runs as normal, and that something is
    not a part of the mail ("our services are not affected", not "letters are not affected");
    with ``parts``, a part will do."""
    for m in lexicon.matches(doc, "kinds"):  # in the order of the text
        if m.start >= hi:
            break
        if m.start >= lo and m.value == "informational":
            return parts or _MAIL_PART.search(doc.norm, lo, m.start) is None
    for m in lexicon.matches(doc, "destinations"):
        if m.start >= hi:
            break
        if m.start >= lo and m.value[0] == "clause":
            return parts or _MAIL_PART.search(doc.norm, lo, m.start) is None
    return False


def _repeats_event(doc: Doc, v: Vote, event_end: int) -> bool:
    """A line of the body that repeats the title's event ("Canada Post labour disruption"
    under "Canada Post labour disruption: FedEx services are operating as normal")."""
    a, b = doc.line_of(v.start)
    return doc.norm[a:b].strip(" -:") == doc.norm[:event_end].strip(" -:")


def _event_line(doc: Doc, v: Vote) -> bool:
    """A heading like the title: "Canada Post labour disruption: DHL Express services are not
    affected", the vote before its colon."""
    a, b = doc.line_of(v.start)
    sep = TITLE_SEPARATOR.search(doc.full, v.end, b)
    if sep is None or sep.start() - v.end > 40 or b - a > 160:
        return False
    return _whole_unaffected(doc, sep.end(), b)
