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

# The verbs of entering and of being brought in among the cues of cues.yaml ("entrant dans",
# "che entrano nell'", "care intră în", "förs in i", "føres ind i", "kommer inn i", Hungarian
# "területére"; normalised), not those of import or of a rule brought in ("importé dans",
# "introduits dans"): bloc.py reads goods coming in with them
ENTERING_WORDS = (
    r"\b(?:entr(?:ant|ent|er|en|an|ano|am)|ingres(?:en|an)|intra|kommer (?:in|ind|inn)|"
    r"fors in|infors|f(?:o|ø)res (?:inn|ind)|indf(?:o|ø)res|innf(?:o|ø)res|binnenkomen)\b|"
    r"teruletere"
)
_ENTERING = lazy_compile(ENTERING_WORDS)
# transit or sorting said of the place entered, right after it (normalised; not a bare
# "via": "transmise via le système ICS2"; not sorting or onward delivery further on, inside
# the country entered: "som därefter skickas till Arlanda för sortering", "sender dem videre
# til mottakeren"; not a transit exempted in another clause: "esclusi quelli in transito")
_ON_THE_WAY = lazy_compile(
    r"\b(?:transit\w*|tranzit\w*|transito|pour (?:le )?tri|for sorting|to be sorted|"
    r"(?:for|til|till) sortering|zur sortierung|per (?:lo )?smistamento|"
    r"para (?:su )?clasificacion)\b"
)
# how far after the place entered its words of transit or sorting are read
_ON_THE_WAY_REACH = 30


def entered_en_route(doc: Doc, roles: list[Role], regions: dict[str, list[str]]) -> None:
    """Make TRANSIT, in place, the places an entering cue gave where their sentence also names
    another destination (not a member of the bloc entered: "Les colis entrant dans l'UE, y
    compris ceux destinés à la France") or the words right after them say the mail passes
    through or is sorted there."""
    for k, r in enumerate(roles):
        if r.role != STRONG or r.cue is None or not _ENTERING.search(doc.norm, *r.cue):
            continue
        a, b = doc.sentence_of(r.place.start)
        members = regions.get(r.place.code, ())
        other = any(
            q is not r
            and q.role == STRONG
            and q.place.code != r.place.code
            and q.place.code not in members
            and r.place.code not in regions.get(q.place.code, ())
            and a <= q.place.start < b
            and not (q.cue is not None and _ENTERING.search(doc.norm, *q.cue))
            for q in roles
        )
        # (words of the way right after the place: "entering or transiting through the EU" is
        # the rule's scope, "entrano nell'Unione europea in transito" the road)
        if other or _ON_THE_WAY.search(
            doc.norm, r.place.end, min(b, r.place.end + _ON_THE_WAY_REACH)
        ):
            roles[k] = replace(r, role=TRANSIT)
