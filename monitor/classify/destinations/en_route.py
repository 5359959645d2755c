"""Places entered on the way to another: passed through, not where mail goes.

"Entering" marks a destination ("petits colis entrant dans l'Union européenne", "care intră
în UE"), but said beside the place mail is sent to, or beside words of transit or sorting, it
names the road: "Le spedizioni verso il Regno Unito entrano in Francia a Calais", "Pakkerne
føres ind i Sverige, inden de sendes videre til Norge", "entrano nell'UE in transito".
"""

from __future__ import annotations

from dataclasses import replace

from monitor.classify.destinations.roles import STRONG, TRANSIT, Role
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc

# the entering cues of cues.yaml (normalised), not those of import ("importé dans")
_ENTERING = lazy_compile(
    r"\b(?:entr(?:ant|ent|er|en|an|ano|am)|ingres(?:en|an)|intra|kommer (?:in|ind|inn)|"
    r"f(?:o|ø)res (?:inn|ind)|binnenkomen)\b|teruletere"
)
# transit, sorting and handing over on the way (normalised)
_ON_THE_WAY = lazy_compile(
    r"\b(?:transit\w*|tranzit\w*|transito|pour (?:le )?tri|sorting|sortier\w*|umschlag\w*|atrak\w*|"
    r"smistament\w*|clasificacion|videre|vidare|weiter\w*|onward)\b|\bvia\b"
)


def entered_en_route(doc: Doc, roles: list[Role]) -> None:
    """Make TRANSIT, in place, the places an entering cue gave where their sentence also names
    another destination or says the mail passes on."""
    for k, r in enumerate(roles):
        if r.role != STRONG or r.cue is None or not _ENTERING.search(doc.norm, *r.cue):
            continue
        a, b = doc.sentence_of(r.place.start)
        other = any(
            q is not r
            and q.role == STRONG
            and q.place.code != r.place.code
            and a <= q.place.start < b
            and not (q.cue is not None and _ENTERING.search(doc.norm, *q.cue))
            for q in roles
        )
        # (words of the way after the place: "entering or transiting through the EU" is the
        # rule's scope, "entrano nell'Unione europea in transito" the road)
        if other or _ON_THE_WAY.search(doc.norm, r.place.end, b):
            roles[k] = replace(r, role=TRANSIT)
