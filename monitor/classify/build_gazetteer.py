"""Regenerate ``data/gazetteer.json`` from pycountry, CLDR (babel) and ``data/aliases.yaml``.

Run ``python -m monitor.classify.build_gazetteer`` after editing the aliases or upgrading
pycountry/babel; a test checks the shipped file is in sync. The classifier loads the JSON file
only, so start-up does not pay for reading CLDR in a dozen languages.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from monitor.classify.normalize import normalize_key

# The languages read: the ones the brief asks for, plus Hindi and Polish (senders in India and
# Poland publish notices in them).
LOCALES = ["en", "de", "fr", "es", "it", "nl", "pt", "ru", "uk", "zh", "zh_Hant", "ja", "hi", "pl"]
EXTRA_CODES = {"XK"}  # Kosovo: user-assigned, used by CLDR and by carriers
CYRILLIC_END_VOWELS = "аяоеиыьуюієї"


def load_yaml(name: str) -> dict[str, Any]:
    text = resources.files("monitor.classify.data").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _variants(name: str) -> list[str]:
    """Spellings of one name that real notices use: St/Saint, &/and, no dots, no parentheses."""
    out = [name]
    if "(" in name:
        out.append(re.sub(r"\s*[(（][^)）]*[)）]", "", name))
    for v in list(out):
        if re.search(r"\bSaint\b", v):
            out += [re.sub(r"\bSaint\b", "St", v), re.sub(r"\bSaint\b", "St.", v)]
        if " and " in v:
            out.append(v.replace(" and ", " & "))
        if "." in v:
            out.append(v.replace(".", ""))
        if v.lower().startswith("the "):
            out.append(v[4:])
    return [v.strip() for v in out if v.strip()]


def _is_cyrillic(key: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in key)


def _flags(key: str, needs_capital: set[str]) -> str:
    flags = ""
    if key in needs_capital:
        flags += "c"
    last = key.split(" ")[-1]
    if _is_cyrillic(key) and len(last) >= 4:
        flags += "d"  # Russian/Ukrainian cases: the stem takes up to three more letters
    return flags


def _stem(key: str) -> str:
    if key and key[-1] in CYRILLIC_END_VOWELS and len(key.split(" ")[-1]) >= 5:
        return key[:-1]
    return key


def build() -> dict[str, Any]:
    """Every known name, normalised, with its code and how it may be matched."""
    import pycountry
    from babel import Locale

    aliases = load_yaml("aliases.yaml")
    regions = load_yaml("regions.yaml")
    codes = {c.alpha_2 for c in pycountry.countries} | EXTRA_CODES
    needs_capital = {normalize_key(w) for w in aliases["needs_capital"]}
    dropped = {normalize_key(w) for w in aliases["drop_names"]}

    # key -> (priority, code); lower priority wins, equal priority with two codes is ambiguous
    best: dict[str, tuple[float, str]] = {}
    ambiguous: set[str] = set()

    def add(name: str, code: str, priority: float) -> None:
        spellings = [name] if priority < 0 else _variants(name)
        for i, variant in enumerate(spellings):
            key = normalize_key(variant)
            if not key or key in dropped or len(key) < 2:
                continue
            prio = priority + (0.5 if i else 0)
            old = best.get(key)
            if old is None or prio < old[0]:
                best[key] = (prio, code)
                ambiguous.discard(key)
            elif prio == old[0] and old[1] != code:
                ambiguous.add(key)

    for name in aliases["blocked"]:
        add(name, "", -1)
    for code, names in aliases["aliases"].items():
        for name in names:
            add(name, code, 0)
    for rid, region in regions["regions"].items():
        for name in region["names"]:
            add(name, "@" + rid, 0)
    for name in regions["worldwide"]:
        add(name, "*", 0)
    for name in regions["worldwide_weak"]:
        add(name, "*?", 0.2)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                add(name, c.alpha_2, 1)
                if "," in name:  # "Korea, Republic of" -> "Korea" (dropped if ambiguous)
                    add(name.split(",")[0], c.alpha_2, 1.7)
    for loc in LOCALES:
        territories = Locale.parse(loc).territories
        for code, name in territories.items():
            if code in codes:
                add(name, code, 2 if loc == "en" else 3)

    names: dict[str, list[str]] = {}
    for key, (_prio, code) in sorted(best.items()):
        if key in ambiguous:
            continue
        flags = _flags(key, needs_capital)
        if key.endswith("*"):
            names[key[:-1]] = [code, flags.replace("d", "") + "p"]
            continue
        if "d" in flags:
            stem = _stem(key)
            if stem != key and stem not in best:
                names[stem] = [code, flags]
                continue
        names[key] = [code, flags]

    short = {code: sorted(v, key=len, reverse=True) for code, v in aliases["short_codes"].items()}
    for rid, region in regions["regions"].items():
        if region.get("codes"):
            short["@" + rid] = region["codes"]
    members = {"@" + rid: sorted(r["members"]) for rid, r in regions["regions"].items()}
    return {"names": names, "short_codes": short, "regions": members}


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def target_path() -> Path:
    return Path(__file__).parent / "data" / "gazetteer.json"


def main() -> None:
    data = build()
    target_path().write_text(render(data), encoding="utf-8")
    print(f"wrote {target_path()} ({len(data['names'])} names)")


if __name__ == "__main__":
    main()
