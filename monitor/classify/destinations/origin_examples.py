"""Places given as examples of the countries goods come from.

"mercancías procedentes de países con los que México no tiene un tratado comercial, como la
República Popular China" and "imports from countries without a trade agreement (mainly China)"
name China as an origin, although a clause stands between the cue of origin and the place, too
far for a cue to reach: the cue, a noun for countries, and an example marker right before the
place say so together.
"""

from __future__ import annotations

from monitor.classify.destinations.cues import _EXAMPLE_MARKERS
from monitor.classify.destinations.passes import _GLUE
from monitor.classify.destinations.roles import NEUTRAL, ORIGIN, Role
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc, paragraph_break

# a cue of origin, then a noun for countries (or "abroad"): "procedentes de países", "from
# non-EU countries", "aus Drittländern", "sellers based abroad"
_ORIGIN_COUNTRIES = lazy_compile(
    r"\b(?:from|procedentes? de|provenientes? de|originari[oa]s de|oriund[oa]s de|"
    r"en provenance de|en provenance d'|provenant de|provenant d'|originating in|coming from|"
    r"imported from|aus|von|provenienti da|provenienti dai|da|из|з|із|z|ze)\s+"
    r"(?:(?:other|third|non|otros|outros|autres|altri|anderen|[^\W\d_]{1,10})\s+){0,2}"
    r"(?:countries|paises|pays|lander|landern|drittlandern|drittstaaten|paesi|landen|стран|"
    r"странах|страны|країн|krajow|krajin)\b"
    r"|\b(?:based|established|located|registered) (?:abroad|overseas|outside)\b"
)
# an example marker right before the place (the list's article or preposition allowed):
# "..., como la", "(entre ellos", " mainly in", "—principalmente"
_MARKER_BEFORE = lazy_compile(
    rf"(?:[(\[,:]\s*|\s)(?:{_EXAMPLE_MARKERS}|entre (?:ellos|otros|elles|outros|eles)|"
    r"principalmente|principalement|mainly|chiefly|mostly|notably|in particular|particularly|"
    r"especially|sobre todo|sobretudo|nomeadamente|insbesondere|vor allem|en particulier|"
    r"surtout|soprattutto|in particolare|especialmente|в частности|главным образом|особенно)"
    r"\s*[:,]?\s*(?:(?:from|de|da|aus|von|in|en|em|из|з)\s+)?"
    r"(?:(?:the|la|el|a|o|le|les|l'|die|der)\s*)?$"
)
_REACH = 160  # characters from the cue of origin to the place
_BREAK = lazy_compile(r"[;.!?\n]")
HINTS = (
    "countries", "paises", "pays", "lander", "paesi", "landen", "стран", "країн", "krajow",
    "krajin", "drittstaat", "abroad", "overseas", "outside",
)  # fmt: skip


def origin_examples(doc: Doc, roles: list[Role]) -> None:
    """Mark as origins the places named as examples of the countries goods come from, and the
    places listed with them."""
    norm = doc.norm
    for i, r in enumerate(roles):
        if r.role != NEUTRAL:
            continue
        pos = r.place.start
        a = max(doc.sentence_of(pos)[0], pos - _REACH)
        lead = norm[a:pos]
        marker = _MARKER_BEFORE.search(lead)
        if marker is None:
            continue
        cues = list(_ORIGIN_COUNTRIES.finditer(lead, 0, marker.start() + 1))
        if not cues or _BREAK.search(doc.full, a + cues[-1].end(), pos):
            continue
        r.role, r.source = ORIGIN, "examples"
        end = r.place.end
        for q in roles[i + 1 :]:
            gap = norm[end : q.place.start]
            if not _GLUE.match(gap) or paragraph_break(doc.full[end : q.place.start]):
                break
            if q.role == NEUTRAL:
                q.role, q.source = ORIGIN, "examples"
            end = q.place.end
