"""Places inside the source's own country: its provinces, states and regions.

A hurricane in Guerrero, floods in Emilia-Romagna or a cyclone in Hawke's Bay disrupt delivery
where they happen, inside the country of the post that tells of them. Such a notice names no
destination and often says "international mail" (which it delivers at home), so without this
it reads as a change for every destination and alerts everyone.

The names come from pycountry's ISO 3166-2 subdivisions, read only for the source's country and
only when a notice reaches this question (a few notices in a hundred).
"""

from __future__ import annotations

import gettext
import os
import re
from functools import lru_cache

from monitor.classify.text import Doc

# "Madrid, 2 de diciembre", "Bonn/Berlin. Der Zoll ...", "Hà Nội, ngày 09 tháng 9"
_DATELINE = re.compile(r"\s*(?:[,/.(]|\s-\s)")
# "Pará" and "Para" differ (names are matched as written); "Ain" and "Var" are words in too
# many languages
_MIN_CHARS = 4
# the translations read beside the names ISO gives (in Latin letters for Japan and Korea):
# scripts whose names the notices write in their own letters
_SCRIPTS = ("ja", "ko", "zh_CN", "zh_TW", "th", "uk", "ru", "el", "he", "ka", "hy")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_SUFFIX = "(?:県|府|都|道|省|市|地区|지방|도|시)"


@lru_cache(maxsize=64)
def _names_pattern(country: str) -> re.Pattern[str] | None:
    """Case- and accent-sensitive names of the country's subdivisions, longest first."""
    import pycountry

    locales = os.path.join(os.path.dirname(pycountry.__file__), "locales")
    subdivisions = pycountry.subdivisions.get(country_code=country) or []
    written = [sub.name for sub in subdivisions]
    for language in _SCRIPTS:
        try:
            translation = gettext.translation("iso3166-2", locales, languages=[language])
        except OSError:
            continue
        written += [translation.gettext(sub.name) for sub in subdivisions]
    countries = {
        name.casefold()
        for c in pycountry.countries
        for name in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", ""))
        if name
    }
    names: set[str] = set()
    for full in written:
        for raw in full.split("/"):
            raw = re.sub(r"\s*\[.*?\]", "", raw).strip()
            # "Valenciana, Comunidad" is written "Comunidad Valenciana"
            head, _, rest = raw.partition(", ")
            for name in (raw, head, f"{rest} {head}" if rest else ""):
                name = name.strip()
                long_enough = len(name) >= _MIN_CHARS or _CJK.search(name)
                if long_enough and name.casefold() not in countries:
                    names.add(name)
    if not names:
        return None
    latin = [n for n in names if not _CJK.search(n)]
    # Chinese, Japanese and Korean run words together: "宮城県および福島県" (with the
    # prefecture's suffix when the name has two signs only)
    cjk = [n if len(n) > 2 else n + _CJK_SUFFIX for n in names if _CJK.search(n)]
    parts = []
    if latin:
        words = "|".join(re.escape(n) for n in sorted(latin, key=len, reverse=True))
        parts.append(rf"(?<!\w)(?:{words})(?!\w)")
    parts += sorted(cjk, key=len, reverse=True)
    return re.compile("|".join(parts))


def places_at_home(doc: Doc, country: str) -> list[tuple[str, int, int]]:
    """The country's subdivisions the notice names, each once, in order."""
    pattern = _names_pattern(country)
    if pattern is None:
        return []
    seen: dict[str, tuple[str, int, int]] = {}
    for m in pattern.finditer(doc.full):
        line_start, line_end = doc.line_of(m.start())
        if m.start() == line_start and _DATELINE.match(doc.full, m.end(), line_end):
            continue  # "Madrid, 2 de diciembre de 2025": where the notice was written
        seen.setdefault(m.group(), (m.group(), m.start(), m.end()))
    return list(seen.values())
