"""Continents and parts of the world named as the only place of a change ("delays to the
Middle East", "parcels to Africa suspended"): their members are the destinations, not every
country. Read only where a notice names no country: beside countries such a name is a heading
over them ("Africa: Nigeria – delays"), which the gazetteer's places already answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from monitor.classify.destinations.roles import Role
from monitor.classify.gazetteer import WORLD
from monitor.classify.lazy_pattern import lazy_compile
from monitor.classify.matcher import PhraseMatcher, parse_phrase
from monitor.classify.resources import load_yaml
from monitor.classify.text import Doc


@dataclass(frozen=True)
class Broad:
    """A part of the world named in a notice, with its members."""

    name: str
    members: tuple[str, ...]
    start: int
    end: int


@lru_cache(maxsize=1)
def _table() -> tuple[PhraseMatcher, dict[str, tuple[str, ...]]]:
    """Built at the first notice that needs it (few do: those that name no country)."""
    broad = load_yaml("regions.yaml")["broad"]
    entries = []
    for key, region in broad.items():
        for raw in region["names"]:
            phrase, flags = parse_phrase(raw)
            entries.append((phrase, flags, key))
    members = {key: tuple(region["members"]) for key, region in broad.items()}
    return PhraseMatcher(entries), members


# Words of where mail comes from right before the name: "parcels from Asia" is no destination
# ("à destination de l'Afrique", "les pays d'Afrique de l'Ouest" are: "de" after "destination"
# or "pays")
_FROM_BEFORE = lazy_compile(
    r"(?:\b(?:from|aus|desde|van|fra|fran|dari|tu|từ|из|з|od|ze|z)|"
    r"(?<!destination )(?<!pays )(?<!paises )\bd(?:e|es|u)|(?<!pays )\bd')\s*"
    r"(?:(?:the|der|dem|den|la|le|les|el|los|las|l')\s*)?$"
)


def broad_regions_named(
    doc: Doc, spans: list[tuple[int, int]], roles: Sequence[Role] = ()
) -> list[Broad]:
    """The parts of the world named in the title or in one of ``spans`` (the sentences of the
    change), not as where mail comes from and not inside a country's name ("South Africa",
    found among ``roles``), in the order of the text."""
    matcher, members = _table()
    found = []
    for m in matcher.find(doc.norm, doc.full):
        if not (doc.in_title(m.start) or any(a <= m.start < b for a, b in spans)):
            continue
        if any(
            r.place.start < m.end and m.start < r.place.end and r.place.code != WORLD for r in roles
        ):
            continue
        if _FROM_BEFORE.search(doc.norm, max(0, m.start - 24), m.start):
            continue
        found.append(Broad(m.value, members[m.value], m.start, m.end))
    return found


# "all destinations in Africa", "todos los destinos en África": the world narrowed
_IN_BETWEEN = lazy_compile(r"\s+(?:in|en|dans|in der|im|em|na|no|w|v|i)\s+(?:the\s+|l'|la\s+)?")


def narrowing(doc: Doc, world_end: int, found: list[Broad]) -> Broad | None:
    """The part of the world named right after every destination, "in" between, or ending
    it: French "tous les pays africains" (every destination, "tous les pays", and "pays
    africains" share the noun)."""
    for broad in found:
        if _IN_BETWEEN.fullmatch(doc.norm, world_end, broad.start):
            return broad
        if broad.start < world_end < broad.end:
            return broad
    return None
