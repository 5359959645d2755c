"""Detect: compare a source's notices with their stored versions, ignoring noise.

Two forms of a text matter: the *display* form (whitespace tidied, ignore patterns and time
stamps removed), which diffs are made of, and the *comparison* form (the display form
case-folded), whose hash decides whether anything changed at all.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from monitor.notice import Notice

# Time stamps that pages print about themselves ("Last updated: 3 November 2026" on a line of
# its own): never a change a sender must hear about. Only a line that holds nothing but the
# stamp is noise: "suspended as of 5 December" carries an effective date, which must stay.
# Written with [ \t] rather than \s so that a stamp never reaches into the next line.
_STAMP_LABEL = (
    r"(?:(?:page[ \t]+)?last[ \t]+(?:updated|modified|reviewed|checked)(?:[ \t]+on)?"
    r"|updated(?:[ \t]+on)?|page[ \t]+generated|generated(?:[ \t]+on|[ \t]+at)?|stand"
    r"|aktualisiert(?:[ \t]+am)?|mis[ \t]+à[ \t]+jour(?:[ \t]+le)?|actualizado(?:[ \t]+el)?"
    r"|更新日|最終更新)"
)
_DATE = (
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?[^\W\d]+\.?"
    r"[ \t]+\d{2,4}|[^\W\d]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{2,4}"
    r"|\d{4}年\d{1,2}月\d{1,2}日)"
)
_TIME = (
    r"(?:,?[ \t]*(?:at[ \t]+|um[ \t]+|à[ \t]+)?\d{1,2}[:.h]\d{2}(?::\d{2})?"
    r"(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*(?-i:[A-Z]{2,5})\b)?)"
)
DEFAULT_NOISE = [
    re.compile(
        rf"^[ \t]*{_STAMP_LABEL}[ \t]*[:：]?[ \t]*(?:{_DATE}{_TIME}?|{_TIME})[ \t]*[.)]?[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    ),
]
FLIP_BACK_VERSIONS = 5  # content equal to one of this many earlier versions is not a change


def compile_patterns(patterns: Iterable[str]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in patterns]


def display_text(text: str, ignore: Sequence[re.Pattern[str]] = ()) -> str:
    """The text with noise removed and whitespace tidied, one non-empty line per line."""
    for pattern in (*ignore, *DEFAULT_NOISE):
        text = pattern.sub("", text)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def comparison_hash(title: str, display: str) -> str:
    """Equal for texts that differ only in case or whitespace."""
    return digest(" ".join(title.split()).casefold() + "\n" + display.casefold())


def unified_diff(old: str, new: str, *, name: str = "notice") -> str:
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), f"{name} (before)", f"{name} (now)", lineterm="", n=2
    )
    return "\n".join(lines)


def added_lines(old: str, new: str) -> str:
    """The lines the new text has that the old did not: what an update says that is new."""
    matcher = difflib.SequenceMatcher(None, old.splitlines(), new.splitlines(), autojunk=False)
    new_lines = new.splitlines()
    out: list[str] = []
    for op, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "insert"):
            out.extend(new_lines[j1:j2])
    return "\n".join(out)


@dataclass(slots=True)
class StoredNotice:
    """What is stored of a notice: enough to compare with a fresh one."""

    id: int
    key: str
    title: str
    text: str  # display text of the current version
    norm_hash: str
    removed: bool
    recent_hashes: list[str] = field(default_factory=list)  # newest first, current included


@dataclass(slots=True)
class Change:
    """One detected change; ``stored`` is None for a new notice, ``notice`` None for a removal."""

    kind: str  # new | updated | removed | returned (a removed notice back, unchanged: no event)
    notice: Notice | None
    stored: StoredNotice | None
    display: str  # display text now (for removed: the last stored text)
    norm_hash: str
    diff: str = ""
    added: str = ""
    raises_event: bool = True

    @property
    def title(self) -> str:
        """The notice's title as published now; for a removed notice, as last stored."""
        return self.notice.title if self.notice is not None else self.require_stored().title

    def require_notice(self) -> Notice:
        """``notice``, which every change but a removal has."""
        if self.notice is None:
            raise ValueError(f"a {self.kind!r} change without the notice as published now")
        return self.notice

    def require_stored(self) -> StoredNotice:
        """``stored``, which every change but a new notice has."""
        if self.stored is None:
            raise ValueError(f"a {self.kind!r} change without the stored notice")
        return self.stored


@dataclass(slots=True)
class Comparison:
    changes: list[Change]
    unchanged: list[tuple[StoredNotice, Notice]]


def compare(
    stored: dict[str, StoredNotice],
    notices: Sequence[Notice],
    ignore: Sequence[re.Pattern[str]] = (),
) -> Comparison:
    """Classify each fresh notice against what is stored: new, updated, removed or unchanged."""
    changes: list[Change] = []
    unchanged: list[tuple[StoredNotice, Notice]] = []
    seen: set[str] = set()
    for notice in notices:
        seen.add(notice.key)
        display = display_text(notice.text, ignore)
        h = comparison_hash(notice.title, display)
        old = stored.get(notice.key)
        if old is None:
            changes.append(Change("new", notice, None, display, h))
        elif h == old.norm_hash:
            if old.removed:
                changes.append(Change("returned", notice, old, display, h, raises_event=False))
            else:
                unchanged.append((old, notice))
        else:
            flip_back = h in old.recent_hashes[:FLIP_BACK_VERSIONS]
            changes.append(
                Change(
                    "updated",
                    notice,
                    old,
                    display,
                    h,
                    diff=unified_diff(old.text, display, name=notice.title[:60] or notice.key),
                    added=added_lines(old.text, display),
                    raises_event=not flip_back,
                )
            )
    for key, old in stored.items():
        if key not in seen and not old.removed:
            changes.append(Change("removed", None, old, old.text, old.norm_hash))
    return Comparison(changes, unchanged)
