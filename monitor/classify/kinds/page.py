"""The structure of a page: questions, spec sheets, asides, older dated items, link lists,
guidance sections and sections on other topics, which tell no news of their own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from monitor.classify.guidance import dated_entry, guidance_spans, link_spans
from monitor.classify.items import older_items
from monitor.classify.kinds.phrases import (
    _NOW_NEW,
    _STOPS,
    CAUSE_WORDS,
    RELEVANT_SCORE,
    TOLD_BY_OTHERS,
    TOLD_WITH_DAY,
    dated_span,
)
from monitor.classify.kinds.votes import Vote, _first_word
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import Match
from monitor.classify.text import (
    STANDING_WORDS,
    YES_WORDS,
    Doc,
    heading_line,
    in_spans,
    list_under,
    strip_bullet,
)
from monitor.classify.wordstart import word_start

OLDER_ITEM_FACTOR = 0.3  # an older item of a page of dated updates
CONTINUED_FACTOR = 0.3
QUESTION_FACTOR = 0.2  # a change named in a question ("Will my items be delayed?")
GUIDANCE_FACTOR = 0.3  # what a page's guidance sections ("Customs information") say
POSSIBLE_FACTOR = 0.5


# A question that takes the change as given ("Why are we suspending ...?"), and an answer
# that confirms it ("Yes, with immediate effect")
_WHY = lazy_compile(
    r"[\s\W]*(?:why|warum|wieso|pourquoi|por que|perche|waarom|por que|почему|чому)\b"
)
_YES = lazy_compile(rf"\s*(?:{YES_WORDS})\b")


def _discount_questions(doc: Doc, votes: list[Vote]) -> None:
    """ "Is Canada Post suspending service to the U.S.?", "Will my items be delayed?": an FAQ
    asks what readers fear; its answers say what changed."""
    full = doc.full
    if "?" not in full and "\uff1f" not in full:
        return
    for v in votes:
        a, b = doc.sentence_of(v.start)
        if full[b - 1 : b] not in ("?", "\uff1f"):
            continue
        if _WHY.match(doc.norm, a) or _YES.match(doc.norm, b):
            continue  # "Why are we suspending goods to the USA?", "Has X stopped ...? Yes."
        v.weight *= QUESTION_FACTOR


# A line of a service's data sheet: "Weight Limit: 66 lbs.", "Size Limits: Maximum length 60
# inches", "Flat Rate Envelope: ... maximum weight 4 lbs"
_SPEC_LINE = lazy_compile(r"[ \t]*[^\W\d][\w&/()' -]{0,40}?:[ \t]+\S[^\n]{0,100}$")
SPEC_LINES_FEWEST = 3


def _discount_spec_sheet(doc: Doc, votes: list[Vote], place_starts: list[int]) -> None:
    """A country page of a service's standing data (weight and size limits line by line, as
    the USPS International Mail Manual lists them): its limits are no news of their own. Not
    "Brazil: from 1 March parcels are limited to 2 kg", a place's line with its date."""
    on_spec = []
    lines = set()
    for v in votes:
        if v.kind != "restriction":
            continue
        a, b = doc.line_of(v.start)
        if (
            b - a <= 150
            and _SPEC_LINE.match(doc.full, a, b) is not None
            and not any(a <= p < b for p in place_starts)
            and not dated_span(doc, a, b)
            and _NOW_NEW.search(doc.norm, a, b) is None
        ):
            on_spec.append(v)
            lines.add(a)
    if len(lines) >= SPEC_LINES_FEWEST:
        for v in on_spec:
            v.weight *= GUIDANCE_FACTOR


# A stop that goes on: "remain suspended", "bleibt ausgesetzt", "залишається призупиненим"
_STOP_GOES_ON = word_start(rf"\b{STANDING_WORDS}\b")
_ALSO_NEW = word_start(
    r"\b(?:also|additionally|auch|ebenfalls|aussi|egalement|también|tambien|anche|ook|även|"
    r"aven|også|ogsa|także|takze|також|также)\b"
)


# An instruction to senders, at the start of its sentence: "Please do not post", "Do not send"
_INSTRUCTION = lazy_compile(
    r"\s*(?:please\s+)?(?:do not|don't|avoid|refrain from)\s+(?:post|send|mail|ship)\b"
)


def _continue_paragraph(doc: Doc, votes: list[Vote], place_starts: list[int]) -> None:
    """ "Services to Iran remain suspended. Please do not post items addressed to Iran; any
    items received will be returned to sender.": the stop that goes on, told on in the rest of
    its paragraph about no other place, or by an instruction in the next paragraph that names
    the same places ("Please do not post items to Russia")."""
    full = doc.full
    for c in [v for v in votes if v.continued and v.kind == "suspension"]:
        a, b = doc.sentence_of(c.start)
        if _STOP_GOES_ON.search(doc.norm, a, b) is None:
            continue  # history ("had suspended"), not a stop that goes on
        end = full.find("\n\n", b)
        end = len(full) if end < 0 else end
        # the paragraph after it, for an instruction that names the same places: "Services to
        # Russia remain suspended.\n\nPlease do not post items to Russia."
        after = full.find("\n\n", end + 2) if end < len(full) else -1
        after = len(full) if after < 0 else after
        names = {_first_word(doc.norm, p) for p in place_starts if a <= p < b}
        # "Weiterhin ausgesetzt ist der Versand in folgende Länder:" over rows that name them
        rows = (
            list_under(doc, {doc.line_of(c.start)}) if full[a:b].rstrip().endswith(":") else set()
        )
        for v in votes:
            if v.kind not in _STOPS or v.continued or not b <= v.start < after:
                continue
            if rows and doc.line_of(v.start) in rows:
                v.continued = True
                v.weight *= CONTINUED_FACTOR  # a row of the list of places the stop goes on for
                continue
            va, vb = doc.sentence_of(v.start)
            if _ALSO_NEW.search(doc.norm, va, vb) or dated_span(doc, va, vb):
                continue  # "From today we also suspend letters to Israel": news of its own
            named = [_first_word(doc.norm, p) for p in place_starts if va <= p < vb]
            if v.start >= end and not (named and _INSTRUCTION.match(doc.norm, va)):
                continue
            if all(word in names for word in named):
                v.continued = True
                v.weight *= CONTINUED_FACTOR  # an instruction that follows from the stop


# A page's heading word of disruption ("International Service Disruptions — Updated July 21"):
# the name of the page of stops, no other change beside them (read normalised)
_HEADING_DISRUPTION = lazy_compile(
    r"(?:service )?(?:disruptions?|storungen|perturbations|interrupciones|incidencias)"
)


def _heading_disruption(doc: Doc, v: Vote) -> bool:
    """Whether the vote is the title's heading word of disruption, no delay of its own."""
    return (
        v.kind == "delay"
        and doc.in_title(v.start)
        and _HEADING_DISRUPTION.fullmatch(doc.norm, v.start, v.end) is not None
    )


# Characters from a word of delay to the all-clear it is the subject of ("This disruption does
# not affect mail to the Dominican Republic")
_SUBJECT_GAP = 3
# ... an all-clear that denies its verb ("does not affect", "n'affecte pas", "hat keine
# Auswirkungen"), not a comparison ("later aan dan normaal": later than normal)
_DENIED_VERB = lazy_compile(
    r"(?:does|do|did|will|shall|has|have|is|are|was|were)(?: not|n't)\b|won't\b|"
    r"n'|ne\b|no\b|nao\b|nicht\b|non\b|niet\b|hat keine|haben keine|heeft geen|hebben geen"
)


def _discount_all_clear_subjects(doc: Doc, votes: list[Vote]) -> None:
    """ "Mail to Haiti remains suspended. This disruption does not affect mail to the
    Dominican Republic": the word of delay is the subject of an all-clear, the change told
    elsewhere named again, no delay of its own."""
    clears = sorted(v.start for v in votes if v.kind == "informational")  # (for the bisection)
    if not clears:
        return
    for v in votes:
        if v.kind != "delay" or doc.in_title(v.start):
            continue
        i = bisect_left(clears, v.end)
        if (
            i < len(clears)
            and clears[i] - v.end <= _SUBJECT_GAP
            and doc.sentence_of(clears[i]) == doc.sentence_of(v.start)
            and _DENIED_VERB.match(doc.norm, clears[i]) is not None
        ):
            v.weight *= CONTINUED_FACTOR


def _discount_asides(doc: Doc, votes: list[Vote]) -> None:
    """ "Letters accepted again; parcels remain suspended", "goods may be delayed at the
    border": what goes on, or may follow, is not the news when something else changed (not
    the page's heading "Service disruptions" over "Yemen: acceptance remains suspended")."""
    if not any(v.continued or v.possible for v in votes):
        return
    if not any(
        v.firm
        and not v.continued
        and not v.possible
        and v.kind != "informational"
        and v.weight >= RELEVANT_SCORE
        and not _heading_disruption(doc, v)
        for v in votes
    ):
        return
    for v in votes:
        if v.continued:
            v.weight *= CONTINUED_FACTOR
        elif v.possible:
            v.weight *= POSSIBLE_FACTOR


HEADING_STOP_LEAST = 2.0  # a stop stated firmly ("... is suspended"), not a word of one


def _discount_heading_disruption(doc: Doc, votes: list[Vote]) -> None:
    """ "Service disruptions" over "Yemen: acceptance of all mail classes remains suspended":
    the heading names the page, the stops below it are what it holds."""
    heading = [v for v in votes if _heading_disruption(doc, v)]
    body = [v for v in votes if not doc.in_title(v.start)]
    if (
        heading
        # a firm stop below it, and no delay of its own the heading would name
        and any(v.kind == "suspension" and v.weight >= HEADING_STOP_LEAST for v in body)
        and not any(v.kind == "delay" and v.weight >= RELEVANT_SCORE for v in body)
    ):
        for v in heading:
            v.weight *= CONTINUED_FACTOR


def _discount_stop_causes(doc: Doc, votes: list[Vote]) -> None:
    """ "Due to the suspension of mail exchange with Russia, items to Kazakhstan are rerouted
    and take weeks longer": a stop named as the cause of a delay is not the notice's stop."""
    # (a delay told as only possible is no news that a stop could cause: "W związku z
    # wstrzymaniem przyjmowania ... od 1 maja przesyłki już nadane mogą mieć opóźnienie")
    if sum(v.weight for v in votes if v.kind == "delay" and not v.possible) < RELEVANT_SCORE:
        return
    norm = doc.norm
    causes = [
        v
        for v in votes
        if v.kind == "suspension"
        and _STOP_CAUSE_BEFORE.search(norm, max(0, v.start - 30), v.start)
        # not "Following the suspension of mail to Israel announced today, items in transit
        # are delayed": a stop of mail sent somewhere is the news, not a cause of it
        and not _OWN_STOP_AFTER.match(norm, v.end)
    ]
    if any(
        v.kind == "suspension"
        and not v.possible
        and not v.continued
        and v.weight >= RELEVANT_SCORE
        and not _STOP_CAUSE_BEFORE.search(norm, max(0, v.start - 30), v.start)
        for v in votes
    ):
        # "Because of the suspension of work at Canada Post, items are delayed. We have
        # suspended acceptance of parcels to Canada": the notice's own stop outranks the delay
        # as it did before; the cause is only discounted where no stop of its own is told
        return
    for v in causes:
        v.weight *= CAUSE_FACTOR
        v.continued = True  # a cause outranks nothing


def _discount_page_intro(doc: Doc, votes: list[Vote], place_starts: list[int]) -> None:
    """ "This page lists current disruptions overseas that could affect ...": what the page
    is for, no disruption of its own (not "This page lists the countries where we suspended
    mail: Israel, Yemen", "This page provides the new rules: from 29 August all goods to the
    United States are suspended": a sentence that names a place tells its news)."""
    norm = doc.norm
    if not any(h in norm for h in _PAGE_INTRO_HINTS):
        return
    for v in votes:
        a, b = doc.sentence_of(v.start)
        if _PAGE_INTRO.match(norm, a) is not None and not any(a <= p < b for p in place_starts):
            v.weight *= CAUSE_FACTOR


_PAGE_INTRO_HINTS = ("this page", "auf dieser seite", "cette page", "esta pagina",
                     "questa pagina", "deze pagina")  # fmt: skip
_PAGE_INTRO = lazy_compile(
    r"\s*(?:this page (?:lists|shows|contains|gives|provides|sets out|brings together)|"
    r"on this page(?:,)? (?:you(?:'ll| will| can)? find|we (?:list|publish|post))|"
    r"auf dieser seite (?:finden sie|informieren wir|listen wir)|"
    r"cette page (?:recense|presente|liste|regroupe)|esta pagina (?:recoge|muestra|enumera)|"
    r"questa pagina (?:elenca|riporta|raccoglie)|deze pagina (?:toont|bevat|geeft))\b"
)
CAUSE_FACTOR = 0.3
# After a stop's noun: a stop of mail sent to a place ("suspension of mail to Israel",
# "suspension des envois vers Israël"), not of flights or of an exchange "with Russia"
_OWN_STOP_AFTER = lazy_compile(
    r"\s+(?:of|des|du|de|del|dei|della|delle|der|von|van|z|o)\s+(?:(?:the|all|la|le|les|el|los|"
    r"las|il|gli|het|de|die|den|alle|tous|todos|tutti|wszystkich)\s+)?"
    r"(?:mail|post|postal|parcels?|letters?|items?|acceptance|shipments?|envois?|colis|courrier|"
    r"sendungen|pakete\w*|briefe|postverkehr\w*|paketversand\w*|envios?|paquetes|correo|"
    r"spedizioni|pacchi|posta|przesyłek|paczek|listow|przyjmowania|zasilek)\b"
    r"(?:\s+(?:acceptance|exchange|de|du|des|a|mit|with|z)\b)?[^.,;\n]{0,20}?"
    r"\b(?:to|for|vers|pour|nach|naar|verso|per|hacia|para|do|в|na)\s"
)
# A cause right before a stop's noun (read on normalised text)
_STOP_CAUSE_BEFORE = word_start(
    rf"\b(?:{CAUSE_WORDS}|following|as a result of|in connection with|infolge|en raison de|"
    r"a cause de|debido a|a causa de|por causa de|devido a|in seguito a|a causa d)\s+"
    r"(?:(?:the|der|des|dem|la|le|el|del|della|dello|da|do|de|het|al|a)\s+|l')?$"
)


def _discount_older_items(doc: Doc, votes: list[Vote], place_starts: list[int]) -> None:
    """On a page of several dated items, what the older items say is history."""
    if not votes:
        return
    spans = older_items(doc)
    if not spans:
        return
    first = min(a for a, _ in spans)
    # a page's name counts little only beside another change its newest item tells
    other_news = any(
        v.kind in _CHANGES_OF_ITEMS
        and v.weight >= RELEVANT_SCORE
        and not doc.in_title(v.start)
        and not in_spans(v.start, spans)
        for v in votes
    )
    for v in votes:
        if in_spans(v.start, spans):
            v.weight *= OLDER_ITEM_FACTOR
            v.continued = True  # history: it outranks nothing
        elif (
            other_news
            and v.kind == "delay"
            and v.start < first
            and _page_name(doc, v.start, place_starts)
        ):
            # "International Service Disruptions" over dated items: the page's name; the
            # newest item tells the news
            v.weight *= PAGE_NAME_FACTOR


PAGE_NAME_FACTOR = 0.3
_CHANGES_OF_ITEMS = ("suspension", "resumption", "restriction", "prohibited_items")
_PAGE_NAME_LONGEST = 60


def _page_name(doc: Doc, pos: int, place_starts: list[int]) -> bool:
    """A short line that is no sentence and names no place: the title or a heading of the
    page ("International Service Disruptions")."""
    a, b = doc.line_of(pos)
    line = doc.full[a:b].strip()
    return (
        len(line) <= _PAGE_NAME_LONGEST
        and not line.endswith((".", "!", "?", ":"))
        and not any(a <= p < b for p in place_starts)
    )


LINK_FACTOR = 0.1  # what a list of links to other pages names ("Related links")


def _discount_link_lists(doc: Doc, votes: list[Vote]) -> None:
    """ "Related links: - Prohibited and non-mailable items": the names of other pages, no
    news."""
    spans = link_spans(doc) if votes else []
    if spans:
        for v in votes:
            if in_spans(v.start, spans):
                v.weight *= LINK_FACTOR


def _backlog_of_resumption(doc: Doc, votes: list[Vote], place_starts: list[int]) -> bool:
    """Whether every firm delay is told in the paragraph of a firm resumption (the backlog it
    leaves), none elsewhere."""
    lines = {
        doc.line_of(v.start)
        for v in votes
        if v.kind == "resumption" and v.firm and v.weight >= RELEVANT_SCORE  # not of flights
    }
    if not lines:
        return False
    delays = [v for v in votes if v.kind == "delay" and v.weight >= RELEVANT_SCORE]
    if not delays or not all(doc.line_of(v.start) in lines for v in delays):
        return False
    # "Items to Kenya are delayed" beside "Mail to Tanzania has resumed": news of its own
    return not any(
        a <= p < b for v in delays for a, b in [doc.sentence_of(v.start)] for p in place_starts
    )


# A change told as news under a guidance heading: "Duties are now charged on all goods",
# "has ended the exemption", "ab sofort"
_NOW_DONE = r"(?:charged|required|prohibited|banned|subject|mandatory|needed|collected|payable)"
_NEWS_NOW = word_start(
    rf"\b(?:is now {_NOW_DONE}|are now {_NOW_DONE}|"
    r"now (?:requires?|needs?|must|charges?|applies|apply|bans?|prohibits?)|"
    r"no longer|has ended|have ended|from now on|ab sofort|nicht mehr|desormais|dorenavant|"
    r"ne plus|ya no|a partir de ahora|d'ora in poi|non piu|voortaan|vanaf nu|niet meer|"
    r"a partir de agora)\b"
)


def _discount_guidance(doc: Doc, votes: list[Vote]) -> None:
    """ "Customs information: all items containing goods need a customs declaration" under its
    own heading on a page of news: the standing rules, unless a day of change is given."""
    if not votes:
        return
    spans = guidance_spans(doc)
    if not spans or not any(
        v.kind != "informational" and v.weight >= RELEVANT_SCORE and not in_spans(v.start, spans)
        for v in votes
    ):
        return  # no news beside the guidance: what it says is the page's news
    for v in votes:
        if (
            in_spans(v.start, spans)
            and not dated_span(doc, *doc.sentence_of(v.start))
            and not _NEWS_NOW.search(doc.norm, *doc.sentence_of(v.start))
        ):
            v.weight *= GUIDANCE_FACTOR


def _topics_in_own_section(doc: Doc, topics: list[Match], votes: list[Vote]) -> bool:
    """Whether every irrelevant topic sits under a heading of its own, after the last word of
    change ("... continue as normal.\n\nFraud warning\nWe are aware of fake text messages")."""
    if not topics or not votes:
        return False
    first = min(m.start for m in topics)
    last_vote = max((v.start for v in votes if v.start < first), default=-1)
    if last_vote < doc.title_end:
        return False
    for k in range(doc.line_index(last_vote) + 1, doc.line_index(first) + 1):
        a, b = doc.line_of(doc.line_starts[k])
        line = doc.full[a:b].strip()
        if (
            line
            and len(line) <= 40
            and not line.endswith((".", ":", ";", ","))
            and not strip_bullet(line)[1]  # an item of a list is no heading
        ):
            return True  # a heading between the last word of change and the first topic
    return False


_SECTION_VOTE = 0.5  # a word of change that weighs less is a passing mention


def _topics_apart(
    doc: Doc,
    topics: list[Match],
    closures: list[Match],
    votes: list[Vote],
    best: str,
    place_starts: list[int],
    sent_to: list[int] | None = None,
) -> bool:
    """Whether each off-topic word sits in a section of its own, before or after the news: a
    page of notices whose fraud warning and holiday hours come first ("Beware of fraudulent
    emails" above "Haiti - Temporary Service Suspension")."""
    changes = [v for v in votes if v.kind != "informational" and v.weight >= _SECTION_VOTE]
    topics = topics + closures
    closed = {doc.line_index(m.start) for m in closures}
    if not topics or not changes or any(doc.in_title(m.start) for m in topics):
        return False
    dated = {k for k in range(len(doc.line_starts)) if dated_entry(doc, k)}
    heads = section_heads(doc, dated)
    if not heads:
        return False
    change_lines = sorted(doc.line_index(v.start) for v in changes)
    # a table of contents names every item, the news beside the stamps: its lines tie nothing
    contents = _contents_lines(doc, heads)
    if contents:
        topics = [m for m in topics if doc.line_index(m.start) not in contents]
        if not topics:
            return False
        # an entry repeats its heading's words: the news must be the best kind without them
        # ("- Delays to Greece have ended" over its section is no second word of delay), and
        # said outside the contents at all
        outside: dict[str, float] = {}
        for v in changes:
            if doc.line_index(v.start) not in contents:
                outside[v.kind] = outside.get(v.kind, 0.0) + v.weight
        if not outside.get(best) or outside[best] < max(outside.values()):
            return False
    # a topic's section may speak of another change ("pay customs duties through a link" in a
    # fraud warning): only words of the news's own kind tie the topic to it
    best_lines = sorted(
        k for v in changes if v.kind == best and (k := doc.line_index(v.start)) not in contents
    )
    # "closed on Easter Monday; pickups resume the next day": the closure's own resumption
    reopened = best_lines if best != "resumption" else []
    named = [doc.line_index(p) for p in place_starts]
    sent_lines = {doc.line_index(p) for p in sent_to or ()}
    # a heading that names a place ("3. International advisory – Saudi Arabia")
    named_heads = set(named) & set(heads)
    own_lines = [doc.line_index(v.start) for v in changes if v.kind == best and _own_words(doc, v)]
    topic_lines = [doc.line_index(m.start) for m in topics]
    headed = {doc.line_index(v.start) for v in votes if v.kind == best}
    # the news has a heading of its own that names the change, and a place in its section
    # ("Haiti - Temporary Service Suspension"), unlike a job advert's "Duties" or
    # "Requirements" (beside "changes to de minimis thresholds") or a results release's
    # segment review
    # A resumption counts only under a heading with no closure in its section: "closed on
    # Easter Monday; collections resume on Tuesday" is the holiday, "Resumption of services to
    # Syria" the news. A dated post's heading need not name the change ("Additional controls
    # for shipments to Armenia" / "Posted: 15 July 2024")
    if not any(
        (
            heads[i] in headed
            # a dated post that holds none of the off-topic words itself
            or (heads[i] in dated and not any(heads[i] <= t < nxt for t in topic_lines))
            # a heading that names where mail goes ("Parcels to Iceland and the Faroes") or a
            # place ("3. International advisory – Saudi Arabia") over a section that holds none
            # of the off-topic words and tells the day its change starts, in words of its own
            or (
                (heads[i] in sent_lines or heads[i] in named_heads)
                and _news_section(doc, heads[i], nxt, topic_lines, own_lines)
            )
        )
        and any(heads[i] < c < nxt for c in change_lines)
        and any(heads[i] <= p < nxt for p in named)
        and not (best == "resumption" and any(heads[i] <= c < nxt for c in closed))
        for i, nxt in enumerate([*heads[1:], len(doc.line_starts)])
    ):
        return False
    for m in topics:
        lo, hi = _section_lines(heads, doc.line_index(m.start), len(doc.line_starts))
        lines = reopened if any(lo <= c < hi for c in closed) else best_lines
        j = bisect_left(lines, lo)
        if j < len(lines) and lines[j] < hi:
            return False
    return True


_CONTENTS_LEAST = 2  # entries that make a list a table of contents
_NUMBERED_MARK = lazy_compile(r"^\d{1,2}[.)][ \t]+")


def _contents_lines(doc: Doc, heads: list[int]) -> set[int]:
    """The entries of a table of contents ("In this issue: - Delays to Greece - New stamps"):
    items of a list that repeat a heading further down, or begin with it ("- New stamps:
    spring flowers" over "New stamps"); none unless two entries do."""
    full = doc.full
    titles: list[tuple[int, str]] = []
    for h in heads:
        title = full[slice(*doc.line_of(doc.line_starts[h]))].strip().casefold()
        # a numbered heading ("3. International advisory") under its contents' entry
        # ("3. International advisory", which reads as an item of a numbered list)
        title = _NUMBERED_MARK.sub("", title, count=1)
        if len(title) >= 3:
            titles.append((h, title))
    if not titles:
        return set()
    found: set[int] = set()
    for k in range(titles[-1][0]):
        item, listed = strip_bullet(full[slice(*doc.line_of(doc.line_starts[k]))].strip())
        if not listed:
            continue
        item = item.strip().casefold()
        for h, title in titles:
            if h > k and (item == title or item.startswith((title + ":", title + " "))):
                found.add(k)
                break
    return found if len(found) >= _CONTENTS_LEAST else set()


# "3. Parcels to Norway: VOEC number required" over its paragraph: a newsletter's numbered item
_NUMBERED = lazy_compile(r"\d{1,2}[.)][ \t]+\S")
_NUMBERED_LONGEST = 90


def _numbered_heading(doc: Doc, k: int) -> bool:
    """Whether line ``k`` is a numbered heading over a paragraph of prose (not an item of a
    numbered list, whose next line is the next item)."""
    if k + 1 >= len(doc.line_starts):
        return False
    line = doc.full[slice(*doc.line_of(doc.line_starts[k]))].strip()
    if (
        len(line) > _NUMBERED_LONGEST
        or not _NUMBERED.match(line)
        or line.endswith((".", ":", ";", ",", "!", "?"))
    ):
        return False
    below = doc.full[slice(*doc.line_of(doc.line_starts[k + 1]))].strip()
    return len(below) > len(line) and not strip_bullet(below)[1]


def section_heads(doc: Doc, dated: set[int]) -> list[int]:
    """The lines that open a section: headings, dated entries and numbered headings."""
    return [
        k
        for k in range(len(doc.line_starts))
        if k in dated or heading_line(doc, k) or _numbered_heading(doc, k)
    ]


def _own_words(doc: Doc, v: Vote) -> bool:
    """Whether the vote's sentence is the publisher's own words (not "messages saying parcels
    to Spain are suspended")."""
    return not TOLD_BY_OTHERS.search(doc.norm, *doc.sentence_of(v.start))


def _section_dated(doc: Doc, lo: int, hi: int) -> bool:
    """Whether lines ``lo`` to ``hi`` (exclusive) tell the day a change starts, in the
    publisher's own words ("Fra 1. marts 2026 ændres betingelserne ..."): not a job's duties
    nor a stop of years ago."""
    a = doc.line_starts[lo]
    b = doc.line_starts[hi] if hi < len(doc.line_starts) else len(doc.norm)
    return any(
        not TOLD_BY_OTHERS.search(doc.norm, *doc.sentence_of(m.start()))
        for m in TOLD_WITH_DAY.finditer(doc.norm, a, b)
    )


def _news_section(
    doc: Doc, lo: int, hi: int, topic_lines: list[int], change_lines: list[int]
) -> bool:
    """Whether the section of lines ``lo`` (its heading) to ``hi`` holds none of the off-topic
    words, and a change below its heading told with the day it starts."""
    return (
        not any(lo <= t < hi for t in topic_lines)
        and any(lo < c < hi for c in change_lines)
        and _section_dated(doc, lo, hi)
    )


def news_under_place_heading(
    doc: Doc, off_topic: list[Match], votes: list[Vote], sent_to: list[int]
) -> bool:
    """Whether a section headed by a place mail goes to ("Parcels to Iceland") tells a change
    with the day it starts and holds none of the off-topic words: in a newsletter, the jobs or
    the stamps have sections of their own beside the news."""
    if not sent_to or not off_topic:
        return False
    n_lines = len(doc.line_starts)
    heads = section_heads(doc, {k for k in range(n_lines) if dated_entry(doc, k)})
    named = {doc.line_index(p) for p in sent_to}
    heads_named = [h for h in heads if h in named]
    if not heads_named:
        return False
    topic_lines = [doc.line_index(m.start) for m in off_topic]
    change_lines = [
        doc.line_index(v.start)
        for v in votes
        if v.kind != "informational" and v.weight >= RELEVANT_SCORE and _own_words(doc, v)
    ]
    return any(
        _news_section(doc, *_section_lines(heads, h, n_lines), topic_lines, change_lines)
        for h in heads_named
    )


def _section_lines(heads: list[int], line: int, n_lines: int) -> tuple[int, int]:
    """The first line of the section holding ``line`` (its heading) and the first line after
    it, given the section headings' line numbers in order."""
    i = bisect_right(heads, line)
    return (heads[i - 1] if i else 0), (heads[i] if i < len(heads) else n_lines)


def _quiet_closure_resumptions(doc: Doc, closures: list[Match], votes: list[Vote]) -> None:
    """ "Closed on Easter Monday; collections resume on Tuesday" in a section of its own beside
    the news: that resumption ends the holiday, not a disruption."""
    heads = [k for k in range(len(doc.line_starts)) if heading_line(doc, k)]
    for v in votes:
        if v.kind != "resumption":
            continue
        lo, hi = _section_lines(heads, doc.line_index(v.start), len(doc.line_starts))
        if any(lo <= doc.line_index(m.start) < hi for m in closures):
            v.weight *= GUIDANCE_FACTOR
            v.firm = False
