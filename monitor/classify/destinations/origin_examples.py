"""Places given as examples of the countries goods come from.

"mercancías procedentes de países con los que México no tiene un tratado comercial, como la
República Popular China" and "imports from countries without a trade agreement (mainly China)"
name China as an origin, although a clause stands between the cue of origin and the place, too
far for a cue to reach: the cue, a noun for countries, and an example marker right before the
place say so together. So does "products from these countries" said after the places it
refers to ("outbreaks in Argentina and Brazil ... products coming from those countries").
"""

from __future__ import annotations

from monitor.classify.destinations.cues import _EXAMPLE_MARKERS
from monitor.classify.destinations.passes import _GLUE
from monitor.classify.destinations.roles import NEUTRAL, ORIGIN, Role
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.text import Doc, paragraph_break

# Words that send somewhere: "from Ukraine to countries such as Poland" names where parcels go
_TOWARD = (
    r"to|into|towards|for|a|al|a la|en|in|nach|naar|vers|per|para|hacia|verso|na|do|til|till|"
    r"в|во|до|на|σε|στη|στην|στις|προς|για"
)
# a cue of origin, then up to two words that are not of sending (an adjective: "other", "non-EU",
# "third"), then a noun for countries: "procedentes de países", "from non-EU countries", "aus
# Drittländern", "uit landen", "ze zemí"; or sellers "based abroad"
_ORIGIN_COUNTRIES = lazy_compile(
    r"(?:\b(?:from|procedentes? de|provenientes? de|originari[oa]s de|oriund[oa]s de|"
    r"en provenance de|provenant de|originating in|coming from|imported from|aus|von|uit|"
    r"provenienti da|provenienti dai|da|из|з|із|z|ze|απο)\s+|"
    r"\b(?:en provenance|provenant) d')"
    rf"(?:(?!(?:{_TOWARD})\s)[^\W\d_]{{1,10}}\s+){{0,2}}"
    r"(?:countries|paises|pays|lander|landern|drittlandern|drittstaaten|paesi|landen|стран|"
    r"страны|країн|krajow|krajin|zemi|statu|χωρεσ|χωρων)\b"
    # Turkish says "from" on the noun: "diğer ülkelerden (ör. Çin, ABD) gelen"; so does
    # Hungarian: "harmadik országokból (pl. Kína, ...) érkező"
    r"|\bulke\w{0,6}den\b|\borszag\w{0,4}bol\b"
    # Nordic "from ... countries" ("fra EU/EØS-land", "från länder utanför EU"); not Italian
    # "fra i paesi" (among)
    r"|\b(?:fra|fran)\s+(?:[^\W\d_]{1,10}[\s/-]+){0,2}(?:land|lande|lander|landa)\b"
    r"|\b(?:sellers|companies|retailers|shops|vendors|merchants|platforms|websites)\s+"
    r"(?:based|established|located|registered) (?:abroad|overseas|outside)\b"
)
# an example marker right before the place (the list's article or preposition allowed):
# "..., como la", "(entre ellos", " mainly in", "—principalmente", "，如"
_MARKER_BEFORE = lazy_compile(
    rf"(?:[(\[,:\uff0c\u3001\uff08]\s*|\s)(?:{_EXAMPLE_MARKERS}|entre (?:ellos|otros|elles|outros|"
    r"eles)|principalmente|principalement|mainly|chiefly|mostly|notably|in particular|"
    r"particularly|especially|sobre todo|sobretudo|nomeadamente|insbesondere|vor allem|"
    r"en particulier|surtout|soprattutto|in particolare|especialmente|в частности|"
    r"главным образом|особенно|(?<=\()\s*or\.)"
    r"\s*[:,]?\s*(?:(?:from|de|da|aus|von|in|en|em|из|з)\s+)?"
    r"(?:(?:the|la|el|a|o|le|les|l'|die|der)\s*)?$"
)
_REACH = 160  # characters from the cue of origin to the place
# what the cue's words cannot reach across (within the sentence, whose dots of "e.g." and
# "3.000" are no end)
_BREAK = lazy_compile(r"[;\n]")
HINTS = (
    "countries", "paises", "pays", "lander", "paesi", "landen", "стран", "країн", "krajow",
    "krajin", "zemi", "statu", "drittstaat", "ulke", "orszag", "χωρ", "abroad", "overseas",
    "outside",
    "land",
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
        cue = (a + cues[-1].start(), r.place.end)
        r.role, r.cue, r.source = ORIGIN, cue, "examples"
        for q in roles[:i]:
            # the places the noun is compounded with: "fra EU/EØS-land (for eksempel ...)"
            if (
                q.role == NEUTRAL
                and cue[0] <= q.place.start < a + cues[-1].end()
                and norm[q.place.end : q.place.end + 1] in ("-", "/")
            ):
                q.role, q.cue, q.source = ORIGIN, cue, "examples"
        end = r.place.end
        for q in roles[i + 1 :]:
            gap = norm[end : q.place.start]
            if not _GLUE.match(gap) or paragraph_break(doc.full[end : q.place.start]):
                break
            if q.role == NEUTRAL:
                q.role, q.cue, q.source = ORIGIN, (cue[0], q.place.end), "examples"
            end = q.place.end


# Countries named, then referred to as where goods come from: "outbreaks in Argentina and
# Brazil ... products coming from those countries", "Geflügel aus diesen Ländern" (normalised)
_FROM_THOSE = lazy_compile(
    r"\b(?:from|originating (?:in|from)|coming from|imported from|provenientes? de|"
    r"procedentes? de|originari[oa]s de|oriund[oa]s de|en provenance de|provenant de|"
    r"originaires de|aus|von|uit|afkomstig uit|provenienti da|proveniente da|da|из|з|із)\s+"
    r"(?:these|those|the affected|affected|the said|esos|esas|estos|estas|dichos|dichas|"
    r"los citados|ces|de ces|diesen|jenen|den betroffenen|betroffenen|deze|die|questi|quei|tali|"
    r"этих|тех|цих|тих)\s+"
    r"(?:countries|country|paises|pais|pays|landern|lander|landen|land|paesi|paese|стран|"
    r"країн|regions|areas|zones|zonas|territories)\b"
)
# (a word of each determiner of _FROM_THOSE: Dutch "die" with its noun, a German "die" being
# everywhere)
THOSE_HINTS = (
    "these", "those", "affected", "the said", "esos", "esas", "estos", "estas", "dichos",
    "dichas", "citados", "ces ", "diesen", "jenen", "betroffenen", "deze", "die land", "questi",
    "quei", "tali", "этих", "тех", "цих", "тих",
)  # fmt: skip


# Goods named right before "from these countries" (not mail, items or returns coming back
# from places that mail goes to: "Items in transit from these countries may also be delayed")
_GOODS_BEFORE = lazy_compile(
    r"\b(?:products?|goods|meat|poultry|pork|beef|food\w*|plants?|seeds?|animals?|eggs?|dairy|"
    r"produits?|viandes?|volailles?|productos?|mercancias|alimentos?|carnes?|huevos?|waren|"
    r"erzeugnisse?|lebensmittel\w*|fleisch\w*|gefl\w*|prodotti|merci|alimenti|carni|produtos?|"
    r"mercadorias|продукц\w*|товар\w*|мяс\w*)\b(?:(?!\b(?:return\w*|retour\w*|devuel\w*|"
    r"zuruck\w*|rese)\b)[^.;:!?\n]){0,40}$"
)
_GOODS_REACH = 60


def origins_referred(doc: Doc, roles: list[Role]) -> None:
    """Mark as origins the places a later "products from these countries" refers back to:
    those of its own sentence before it or, when it has none, those of the sentence before."""
    norm = doc.norm
    for m in _FROM_THOSE.finditer(norm):
        a, _b = doc.sentence_of(m.start())
        if _GOODS_BEFORE.search(norm, max(a, m.start() - _GOODS_REACH), m.start()) is None:
            continue
        own = [r for r in roles if r.role == NEUTRAL and a <= r.place.start < m.start()]
        if not own and a > 0:
            before = doc.sentence_of(a - 1)
            if paragraph_break(doc.full[before[1] : a]):
                continue  # (a heading or a paragraph of its own is no antecedent)
            own = [r for r in roles if r.role == NEUTRAL and before[0] <= r.place.start < a]
        for r in own:
            r.role, r.cue, r.source = ORIGIN, (r.place.start, m.end()), "those"
