"""The source's own country inside a bloc the notice names.

The places a notice names are where mail goes, so the source's own country is left out of a
region it expands: "sending to EU countries" from the Latvian post is the 26 others. A duty
on imports into the bloc is the exception: "from 1 July a €3 duty on parcels from outside
the EU" from a French or Dutch post is paid in every member, the source's own country too
(measured on the read and unseen sets: 13 and 6 notices better, 1 worse).
"""

from __future__ import annotations

from monitor.classify.destinations.en_route import ENTERING_WORDS
from monitor.classify.destinations.roles import NEUTRAL, ORIGIN, STRONG, Role
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc

# A cue of goods imported or coming in ("importé dans l'UE", "in die EU eingeführt",
# "introduits dans l'UE", "kas tiek ievestas ES", and the entering verbs of en_route.py: "care
# intră în UE"; normalised): the bloc is where they arrive, the own country one of its members
_COMING_IN = lazy_compile(
    r"\bimport|\beinfuhr|\beingefuhrt|\bentry\b|\bentrada\b|\bentree\b|\bentra\b|\bingres|"
    r"\bintrodu|\bintrodott|"
    r"\bingevoerd|\bbinnenk|\bievest|\bivez|\bввоз|輸入|进口|進口|" + ENTERING_WORDS
)


def bloc_holding_origin(
    doc: Doc, roles: list[Role], codes: list[str], origin: str, regions: dict[str, list[str]]
) -> Role | None:
    """The bloc that holds ``origin``, when ``codes`` are all its other members: named with no
    cue ("the EU", neither "to" nor "from" it) and not beside the own country named as where
    shipments leave, or as where goods go that the notice says come from outside it ("Waren,
    die aus Drittländern ... in die EU eingeführt werden") or come into ("importé dans
    l'Union européenne")."""
    have = set(codes)
    # "shipments sent from the UAE to the GCC countries": what leaves is not taxed here
    leaving = {
        doc.sentence_of(r.place.start) for r in roles if r.role == ORIGIN and r.place.code == origin
    }
    for r in roles:
        members = regions.get(r.place.code, ()) if r.place.code.startswith("@") else ()
        if origin not in members or not set(members) - {origin} <= have:
            continue
        if (r.role == NEUTRAL and doc.sentence_of(r.place.start) not in leaving) or (
            r.role == STRONG
            and (
                any(o.role == ORIGIN and o.place.code not in members for o in roles)
                or (r.cue is not None and _COMING_IN.search(doc.norm, *r.cue) is not None)
            )
        ):
            return r
    return None
