"""Text shared by every channel: labels, subject lines, destination names and the email bodies.

Everything that comes from a notice is untrusted. This module turns model objects into *views*
(plain dicts of cleaned, length-capped strings) and renders them with Jinja2 templates; HTML
templates are autoescaped, so untrusted text can only ever arrive as text.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from functools import cache
from urllib.parse import urlsplit

import pycountry
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from alerts.model import SEVERITIES, AdminNotice, Alert, Digest, DigestEntry, Evidence, Place

SEVERITY_COLOURS = {
    "critical": "#b91c1c",
    "high": "#c2410c",
    "medium": "#a16207",
    "low": "#1d4ed8",
    "none": "#6b7280",
}
KIND_LABELS = {
    "suspension": "Suspension",
    "prohibited_items": "Prohibited items",
    "restriction": "Restriction",
    "new_requirement": "New requirement",
    "duty_tax_change": "Duty/tax change",
    "delay": "Delay",
    "resumption": "Resumption",
    "informational": "Information",
    "irrelevant": "Irrelevant",
}
CATEGORY_LABELS = {
    "all_goods": "All goods",
    "documents": "Documents",
    "lithium_batteries": "Lithium batteries",
    "liquids": "Liquids",
    "perfumes_cosmetics": "Perfumes & cosmetics",
    "food": "Food",
    "alcohol": "Alcohol",
    "tobacco_vapes": "Tobacco & vapes",
    "medicines": "Medicines",
    "cash_valuables": "Cash & valuables",
    "jewelry": "Jewelry",
    "electronics": "Electronics",
    "dangerous_goods": "Dangerous goods",
    "animals_plants": "Animals & plants",
    "weapons": "Weapons",
    "textiles": "Textiles",
    "commercial_goods": "Commercial goods",
    "gifts": "Gifts",
}
EVENT_KIND_LABELS = {"new": "new notice", "updated": "notice updated", "removed": "notice removed"}
EVIDENCE_FIELD_LABELS = {
    "destinations": "destination",
    "destination": "destination",
    "categories": "category",
    "category": "category",
    "change_kind": "kind",
    "kind": "kind",
    "severity": "severity",
    "relevant": "relevance",
    "relevance": "relevance",
}
# Short names people use, where ISO's name is formal ("Russian Federation") or missing.
COMMON_NAMES = {
    "*": "All international destinations",
    "RU": "Russia",
    "KR": "South Korea",
    "KP": "North Korea",
    "PS": "Palestine",
    "FM": "Micronesia",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "BN": "Brunei",
    "VA": "Vatican City",
    "XK": "Kosovo",
    "EU": "European Union",
}
UNSUBSCRIBE_HINT = "To stop these alerts: {command}"
EMAIL_SUMMARY_LIMIT = 2000
EMAIL_TEXT_LIMIT = 6000
DIGEST_SUMMARY_LIMIT = 300
SUBJECT_LIMIT = 200

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_SPACES = re.compile(r"\s+")


# --- small text helpers ------------------------------------------------------------------------


def clean_text(text: str | None) -> str:
    """Untrusted multi-line text without control characters (terminal escapes, NULs, CRs)."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).strip()


def one_line(text: str | None, limit: int | None = None) -> str:
    """Text fit for a header or a title: one line, single spaces, optionally shortened."""
    line = _CONTROL.sub("", _SPACES.sub(" ", text or "")).strip()
    return shorten(line, limit) if limit else line


def shorten(text: str, limit: int, suffix: str = "…") -> str:
    """``text`` cut to at most ``limit`` characters, at a word boundary when one is near."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - len(suffix))]
    space = cut.rfind(" ")
    if space > len(cut) * 0.8:
        cut = cut[:space]
    return cut.rstrip() + suffix


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link, else None (never a ``javascript:`` href)."""
    if not url:
        return None
    url = url.strip()
    if _CONTROL.search(url) or any(ch.isspace() for ch in url) or len(url) > 2000:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def format_when(value: str | None, *, with_time: bool = True) -> str:
    """``2026-11-28T13:29:59Z`` as ``28 Nov 2026, 13:29 UTC``; a bare date as ``28 Nov 2026``."""
    if not value:
        return ""
    raw = value.strip()
    try:
        if len(raw) == 10:
            day = date.fromisoformat(raw)
            return f"{day.day} {day:%b %Y}"
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return one_line(raw, 40)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    if not with_time:
        return f"{moment.day} {moment:%b %Y}"
    return f"{moment.day} {moment:%b %Y, %H:%M} UTC"


def period_label(start: str, end: str) -> str:
    """``21 Nov – 28 Nov 2026`` (or the full dates when the years differ)."""
    first, last = format_when(start, with_time=False), format_when(end, with_time=False)
    if first == last:
        return first
    if first[-4:] == last[-4:] and first[-4:].isdigit():
        first = first[:-5]
    return f"{first} – {last}"


def paragraphs(text: str) -> list[list[str]]:
    """Paragraphs (split on blank lines), each a list of its lines, for HTML rendering."""
    blocks = re.split(r"\n\s*\n", text.strip()) if text.strip() else []
    return [[line.strip() for line in block.split("\n") if line.strip()] for block in blocks]


# --- labels ------------------------------------------------------------------------------------


@cache
def _destination_name(code: str) -> str:
    code = code.strip().upper()
    if code in COMMON_NAMES:
        return COMMON_NAMES[code]
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def destination_names(codes: list[str]) -> list[str]:
    """Readable names for ISO alpha-2 codes; ``*`` is every international destination."""
    return [_destination_name(code) for code in codes]


def destination_summary(codes: list[str], shown: int = 3) -> str:
    """``United States, Canada, Mexico +2 more``: short enough for a subject or a header."""
    names = destination_names(codes)
    if len(names) <= shown:
        return ", ".join(names)
    return f"{', '.join(names[:shown])} +{len(names) - shown} more"


def severity_label(severity: str) -> str:
    return (severity or "none").upper()


def severity_colour(severity: str) -> str:
    return SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["none"])


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else 0


def kind_label(change_kind: str) -> str:
    return KIND_LABELS.get(change_kind, one_line(change_kind.replace("_", " ")).capitalize())


def category_names(categories: list[str]) -> list[str]:
    return [CATEGORY_LABELS.get(c, one_line(c.replace("_", " ")).capitalize()) for c in categories]


_EVIDENCE_ORDER = {"change_kind": 0, "kind": 0, "destinations": 1, "destination": 1}
_EVIDENCE_ORDER |= {"categories": 2, "category": 2, "relevant": 4}


def evidence_line(evidence: list[Evidence], limit: int = 8) -> str:
    """``why: 'suspended' (kind), 'United States' (destination)``: the words that decided it,
    each phrase once, kind first and relevance last (it mostly repeats the kind's words)."""
    seen: list[str] = []
    said: set[str] = set()
    for item in sorted(evidence, key=lambda e: _EVIDENCE_ORDER.get(e.field, 3)):
        words = one_line(item.text, 80)
        if not words or words.casefold() in said:
            continue
        said.add(words.casefold())
        label = EVIDENCE_FIELD_LABELS.get(item.field, one_line(item.field, 30))
        seen.append(f"'{words}' ({label})")
    if not seen:
        return ""
    extra = f" +{len(seen) - limit} more" if len(seen) > limit else ""
    return "why: " + ", ".join(seen[:limit]) + extra


def source_label(alert: Alert) -> str:
    """Who published it: the operator (or source name) of the first place, ``+N more``."""
    names: list[str] = []
    for place in alert.places:
        name = one_line(place.operator or place.source_name, 60)
        if name and name not in names:
            names.append(name)
    if not names:
        return ""
    return names[0] + (f" +{len(names) - 1} more" if len(names) > 1 else "")


def place_name(place: Place) -> str:
    """``Example Post (Example Post news)``: the operator, and the source when it says more."""
    operator = one_line(place.operator, 120)
    source = one_line(place.source_name, 120)
    if operator and source and source != operator:
        return f"{operator} ({source})"
    return operator or source


def unsubscribe_command(token: str) -> str:
    token = one_line(token, 200)
    if token.startswith("-"):
        token = f"-- {token}"  # an older release's token: "--" keeps it from reading as an option
    return f"policywatch unsubscribe {token}"


def unsubscribe_hint(token: str) -> str:
    return UNSUBSCRIBE_HINT.format(command=unsubscribe_command(token))


# --- subjects ----------------------------------------------------------------------------------


def alert_subject(alert: Alert) -> str:
    """``[CRITICAL] Suspension: United States (Example Post)``: one line, safe for a header."""
    what = destination_summary(alert.destinations) or one_line(alert.title, 80)
    source = source_label(alert)
    subject = f"[{severity_label(alert.severity)}] {kind_label(alert.change_kind)}: {what}"
    if source:
        subject += f" ({source})"
    return one_line(subject, SUBJECT_LIMIT)


def digest_subject(digest: Digest) -> str:
    entries = _digest_entries(digest)
    critical = sum(1 for e in entries if e.severity == "critical")
    counts = f"{len(entries)} change{'s' if len(entries) != 1 else ''}"
    if critical:
        counts += f", {critical} critical"
    title = f"policywatch {one_line(digest.frequency)} digest"
    subject = f"{title} {period_label(digest.period_start, digest.period_end)}: {counts}"
    return one_line(subject, SUBJECT_LIMIT)


def admin_subject(notice: AdminNotice) -> str:
    return one_line(f"[policywatch admin] {notice.subject}", SUBJECT_LIMIT)


# --- views (cleaned data handed to templates and to Slack blocks) -------------------------------


def alert_view(alert: Alert) -> dict:
    """Everything a template shows about an alert, cleaned and capped; no markup anywhere."""
    places = [
        {"name": place_name(p), "url": safe_url(p.url), "detected": format_when(p.detected_at)}
        for p in alert.places
    ]
    summary = shorten(clean_text(alert.summary), EMAIL_SUMMARY_LIMIT)
    text = clean_text(alert.text)
    text_cut = len(text) > EMAIL_TEXT_LIMIT
    text = shorten(text, EMAIL_TEXT_LIMIT)
    text_label = {
        "updated": "What the update added",
        "removed": "The notice as it was before it was removed",
    }.get(alert.event_kind, "Notice text")
    return {
        "subject": alert_subject(alert),
        "severity": alert.severity,
        "severity_label": severity_label(alert.severity),
        "colour": severity_colour(alert.severity),
        "kind_label": kind_label(alert.change_kind),
        "event_label": EVENT_KIND_LABELS.get(alert.event_kind, one_line(alert.event_kind)),
        "title": one_line(alert.title, 300) or "(untitled notice)",
        "url": safe_url(alert.url),
        "destinations": destination_names(alert.destinations),
        "destination_summary": destination_summary(alert.destinations),
        "categories": category_names(alert.categories),
        "summary": summary,
        "summary_paragraphs": paragraphs(summary),
        "why": evidence_line(alert.evidence),
        "text": text,
        "text_paragraphs": paragraphs(text),
        "text_cut": text_cut,
        "text_label": text_label,
        "places": places,
        "source": source_label(alert),
        "published": format_when(alert.published, with_time=False),
        "detected": format_when(alert.detected_at),
        "subscription_name": one_line(alert.subscription_name, 200),
        "unsubscribe_token": one_line(alert.unsubscribe_token, 200),
        "unsubscribe_hint": unsubscribe_hint(alert.unsubscribe_token),
        "unsubscribe_command": unsubscribe_command(alert.unsubscribe_token),
    }


def _digest_entries(digest: Digest) -> list[DigestEntry]:
    seen: dict[int, DigestEntry] = {}
    for entry in digest.active_suspensions:
        seen.setdefault(entry.event_id, entry)
    for group in digest.groups:
        for entry in group.entries:
            seen.setdefault(entry.event_id, entry)
    return list(seen.values())


def entry_view(entry: DigestEntry) -> dict:
    return {
        "title": one_line(entry.title, 300) or "(untitled notice)",
        "url": safe_url(entry.url),
        "severity": entry.severity,
        "severity_label": severity_label(entry.severity),
        "colour": severity_colour(entry.severity),
        "kind_label": kind_label(entry.change_kind),
        "destination_summary": destination_summary(entry.destinations),
        "categories": category_names(entry.categories),
        "source": one_line(entry.operator or entry.source_name, 120),
        "detected": format_when(entry.detected_at, with_time=False),
        "summary": shorten(one_line(clean_text(entry.summary)), DIGEST_SUMMARY_LIMIT),
    }


def _by_severity(entries: list[DigestEntry]) -> list[DigestEntry]:
    return sorted(entries, key=lambda e: -severity_rank(e.severity))  # stable: keeps given order


def digest_view(digest: Digest) -> dict:
    """The digest, critical first: active suspensions on top, then one section per destination."""
    groups = [g for g in digest.groups if g.entries]
    groups = sorted(groups, key=lambda g: -max(severity_rank(e.severity) for e in g.entries))
    entries = _digest_entries(digest)
    frequency = one_line(digest.frequency, 20)
    period = period_label(digest.period_start, digest.period_end)
    return {
        "subject": digest_subject(digest),
        "title": f"{frequency.capitalize()} digest, {period}",
        "period": period,
        "subscription_name": one_line(digest.subscription_name, 200),
        "total": len(entries),
        "critical": sum(1 for e in entries if e.severity == "critical"),
        "active_suspensions": [entry_view(e) for e in _by_severity(digest.active_suspensions)],
        "groups": [
            {
                "destination": one_line(g.destination, 10),
                "name": one_line(g.destination_name, 120) or _destination_name(g.destination),
                "entries": [entry_view(e) for e in _by_severity(g.entries)],
            }
            for g in groups
        ],
        "unsubscribe_token": one_line(digest.unsubscribe_token, 200),
        "unsubscribe_hint": unsubscribe_hint(digest.unsubscribe_token),
        "unsubscribe_command": unsubscribe_command(digest.unsubscribe_token),
    }


def admin_view(notice: AdminNotice) -> dict:
    return {
        "subject": admin_subject(notice),
        "title": one_line(notice.subject, 300),
        "text": clean_text(notice.text),
        "source_id": one_line(notice.source_id, 200) if notice.source_id else "",
    }


# --- templates ---------------------------------------------------------------------------------


@cache
def template_env() -> Environment:
    """Templates from the ``alerts/templates`` package; ``*.html.j2`` are autoescaped."""
    return Environment(
        loader=PackageLoader("alerts", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _render(name: str, **context: object) -> str:
    return template_env().get_template(name).render(**context)


def render_alert_text(alert: Alert) -> str:
    return _render("alert.txt.j2", a=alert_view(alert))


def render_alert_html(alert: Alert) -> str:
    return _render("alert.html.j2", a=alert_view(alert))


def render_digest_text(digest: Digest) -> str:
    return _render("digest.txt.j2", d=digest_view(digest))


def render_digest_html(digest: Digest) -> str:
    """A complete HTML page: the email body, and what ``digest --preview --out FILE`` writes."""
    return _render("digest.html.j2", d=digest_view(digest))


def render_admin_text(notice: AdminNotice) -> str:
    return _render("admin.txt.j2", n=admin_view(notice))
