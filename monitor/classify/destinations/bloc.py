"""The source's own country inside a bloc the notice names, and a post's own fee.

The places a notice names are where mail goes, so the source's own country is left out of a
region it expands: "sending to EU countries" from the Latvian post is the 26 others. A duty
on imports into the bloc is the exception: "from 1 July a €3 duty on parcels from outside
the EU" from a French or Dutch post is paid in every member, the source's own country too
(measured on the read and unseen sets: 13 and 6 notices better, 1 worse). A fee the post
itself charges for clearing parcels is the other way round: paid only where it delivers.
"""

from __future__ import annotations

import re

from monitor.classify.destinations.decide import ONLY_WORDS
from monitor.classify.destinations.en_route import ENTERING_WORDS
from monitor.classify.destinations.roles import (
    NEUTRAL,
    ORIGIN,
    STRONG,
    DestinationResult,
    Role,
    with_added,
)
from monitor.classify.gazetteer import WORLD
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


# The members counted as who acts or where goods come from, right before the count: "agreed by
# the 27 member states", "goods from the 27", and the bloc's name that holds the count ("EU-27",
# "EU27": the name, no count said)
_COUNT_AS_ACTOR = lazy_compile(
    r"\b(?:by|from|von|durch|par|por|dai|dagli|door|przez|av|af)\s+(?:(?:the|all|les|tous les|"
    r"die|den|de|alle|alla|los|las|todos los|i|gli)\s+)?$|\beu\s*$"
)


def add_counted_members(
    doc: Doc,
    roles: list[Role],
    result: DestinationResult,
    regions: dict[str, list[str]],
    origin: str | None = None,
) -> DestinationResult:
    """``result`` with every member of a bloc named with its count ("all 27 EU member states",
    "in alle 27 lidstaten", "alla 27 EU-länder"): the count says no member is left out, the
    source's own country neither (a rule "in all 27 member states" told by the Swedish post
    holds in Sweden too). Not a bloc named without a cue beside destinations outside it: who
    decided, not where the change goes."""
    if result.codes == [WORLD]:
        return result
    added: dict[str, tuple[str, int, int]] = {}
    for r in roles:
        members = regions.get(r.place.code, ()) if r.place.code.startswith("@") else ()
        if not members or r.role not in (STRONG, NEUTRAL):
            continue
        if r.role == NEUTRAL and any(c not in members and c != origin for c in result.codes):
            continue  # "the sanctions agreed between the 27 member states" beside parcels to Russia
        # (the count inside the name or right before it: not "Zone 3 | North America")
        count = re.compile(rf"(?<![\d.,]){len(members)}\b")
        at = count.search(doc.norm, max(0, r.place.start - 12), r.place.end)
        if at is None or (at.end() < r.place.start and doc.norm[at.end() : r.place.start].strip()):
            continue
        if _COUNT_AS_ACTOR.search(doc.norm, max(0, at.start() - 24), at.start()):
            continue  # "the sanctions agreed by the 27 EU member states": who acts, not where
        if any(
            q.place.code in members
            and q.place.code in result.codes
            and ONLY_WORDS.search(doc.norm, *doc.sentence_of(q.place.start))
            for q in roles
        ):
            continue  # "the 27 EU states agreed ... only Germany and France will apply it"
        for code in members:
            if code not in result.codes and code not in added:
                added[code] = (code, r.place.start, r.place.end)
    return with_added(result, added)


# A charge the operator itself makes for clearing an item through customs, named in the title
# ("nouveaux frais de dédouanement", "handling fee", "vámkezelési díj", "taxa logistică";
# normalised): paid where the operator delivers, its own country, not in every member of the
# bloc whose duties it collects
_OPERATOR_FEE = lazy_compile(
    r"\b(?:handling|clearance|presentation|processing|logistics?) (?:fees?|charges?)\b|"
    r"\bfrais de (?:dedouanement|presentation|traitement|gestion)\b|"
    r"(?:bearbeitungs|abwicklungs|verzollungs|vorlage|auslage)(?:gebuhr|pauschale)|"
    r"\b(?:inklarings|afhandelings)kosten\b|\b(?:tasa|tarifa|gastos) de gestion\b|"
    r"\bspese di sdoganamento\b|\btaxa (?:logistica|de desalfandegamento|de apresentacao)\b|"
    r"\bvamkezelesi (?:\w+ )?dij|\boplata manipulacyjna\b|\bpoplatek za proclen"
)
# ... and no duty or tax of the bloc's named beside it there ("droit de douane de 3 €")
_DUTY_OR_TAX_TITLE = lazy_compile(
    r"\b(?:duty|duties|vat|tva|iva|btw|mwst|zoll|dazio|dazi|arancel\w*|"
    r"droits? de douane|douanerechten|douaneheffing|invoerrecht\w*|einfuhrumsatzsteuer|"
    r"tollimaks\w*|afa|vam|clo|cla|carina)\b"
)


def own_fee_at_home(
    doc: Doc, roles: list[Role], codes: list[str], origin: str, regions: dict[str, list[str]]
) -> tuple[int, int] | None:
    """Where the title announces the operator's own fee for clearing items and names no duty,
    when the places found are none, every place, or the whole bloc the source is in, and no
    place is said to be where mail goes (not "a handling fee on every parcel sent abroad")."""
    if any(r.role == STRONG and r.place.code != origin for r in roles):
        return None
    if codes not in ([], [WORLD]) and not any(
        origin in members and set(members) <= set(codes) for members in regions.values()
    ):
        return None
    title = doc.norm[: doc.title_end]
    fee = _OPERATOR_FEE.search(title)
    if fee is None or _DUTY_OR_TAX_TITLE.search(title) is not None:
        return None
    return fee.span()
