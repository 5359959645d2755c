"""Block Kit messages for alerts, digests and admin notices (shared by the bot and webhooks).

Untrusted text goes into ``plain_text`` objects wherever Block Kit allows; where a link or a
bold label needs ``mrkdwn``, it is escaped with :mod:`alerts.channels.mrkdwn`. Every text is
cut to Slack's limits, with a link to the notice when something was cut.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from alerts import render
from alerts.channels import mrkdwn
from alerts.model import AdminNotice, Alert, Digest

HEADER_LIMIT = 150
SECTION_LIMIT = 3000
FIELD_LIMIT = 2000
MAX_FIELDS = 10
CONTEXT_LIMIT = 2000
MAX_CONTEXT_ELEMENTS = 10
MAX_BLOCKS = 50
TEXT_LIMIT = 4000  # the top-level fallback ``text``
SEVERITY_EMOJI = {"critical": "🔴", "high": "🟠", "medium": "🟡", "low": "🔵", "none": "⚪"}


@dataclass(slots=True)
class SlackMessage:
    """What goes to ``chat.postMessage`` / a webhook, plus the unescaped fallback for consoles."""

    text: str  # the notification fallback, escaped for mrkdwn and <= TEXT_LIMIT
    blocks: list[dict] = field(default_factory=list)
    plain: str = ""  # the same fallback as plain text, for printing


def _header(text: str) -> dict:
    return {
        "type": "header",
        "text": {"type": "plain_text", "text": mrkdwn.plain_fit(text, HEADER_LIMIT), "emoji": True},
    }


def _plain_section(text: str, limit: int = SECTION_LIMIT, suffix: str = mrkdwn.ELLIPSIS) -> dict:
    return {
        "type": "section",
        "text": {
            "type": "plain_text",
            "text": mrkdwn.plain_fit(text, limit, suffix),
            "emoji": False,
        },
    }


def _mrkdwn_section(text: str) -> dict:
    """``text`` must already be escaped and fitted."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": text, "verbatim": True}}


def _context(*elements: dict) -> dict:
    return {"type": "context", "elements": list(elements[:MAX_CONTEXT_ELEMENTS])}


def _plain(text: str, limit: int = CONTEXT_LIMIT) -> dict:
    return {"type": "plain_text", "text": mrkdwn.plain_fit(text, limit), "emoji": False}


def _md(text: str) -> dict:
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _field(label: str, escaped_value: str) -> dict:
    """A bold label over a value that is already escaped and fits ``FIELD_LIMIT - 100``."""
    return _md(f"*{label}*\n{escaped_value or '-'}")


def _join_fitting(items: list[str], limit: int, sep: str = "\n") -> str:
    """Escaped ``items`` joined while they fit in ``limit``, then ``+N more``."""
    kept: list[str] = []
    used = 0
    for i, item in enumerate(items):
        cost = mrkdwn.slack_len(item) + len(sep)
        if used + cost > limit - 20:
            kept.append(f"+{len(items) - i} more")
            break
        kept.append(item)
        used += cost
    return sep.join(kept)


def _fallback(plain_text: str, url: str | None) -> tuple[str, str]:
    """(escaped, plain) fallback texts, each cut to TEXT_LIMIT with the link kept at the end."""
    if url and len(mrkdwn.link_url(url)) > mrkdwn.MAX_LINK_URL:
        url = None
    suffix_plain = f"{mrkdwn.ELLIPSIS} {url}" if url else mrkdwn.ELLIPSIS
    suffix_md = f"{mrkdwn.ELLIPSIS} <{mrkdwn.link_url(url)}>" if url else mrkdwn.ELLIPSIS
    escaped = mrkdwn.escape_fit(plain_text, TEXT_LIMIT, suffix_md)
    plain = render.shorten(plain_text, TEXT_LIMIT, suffix_plain)
    return escaped, plain


def alert_message(alert: Alert) -> SlackMessage:
    """Header, linked title, key sentences with evidence, fields, context, plain fallback."""
    a = render.alert_view(alert)
    emoji = SEVERITY_EMOJI.get(a["severity"], "⚪")
    heading = " · ".join(
        x for x in (a["severity_label"], a["kind_label"], a["destination_summary"]) if x
    )
    blocks = [_header(f"{emoji} {heading}")]
    blocks.append(_mrkdwn_section(f"*{mrkdwn.link(a['url'], a['title'])}*"))

    key_text = render.clean_text(alert.summary) or render.clean_text(alert.text)
    if key_text:
        section = _plain_section(key_text)
        blocks.append(section)
        if section["text"]["text"] != mrkdwn.plain(key_text) and a["url"]:
            blocks.append(_context(_md(mrkdwn.link(a["url"], "Read the full notice"))))
    if a["why"]:
        blocks.append(_context(_plain(a["why"])))

    budget = FIELD_LIMIT - 100
    sources = _join_fitting([mrkdwn.link(p["url"], p["name"], 150) for p in a["places"]], budget)
    dates = [f"Published {a['published']}"] if a["published"] else []
    dates.append(f"Detected {a['detected']}")
    fields = [
        _field("Destinations", mrkdwn.escape_fit(", ".join(a["destinations"]), budget)),
        _field("Categories", mrkdwn.escape_fit(", ".join(a["categories"]), budget)),
        _field("Source", sources),
        _field("Date", mrkdwn.escape("\n".join(dates))),
    ]
    blocks.append({"type": "section", "fields": fields[:MAX_FIELDS]})
    blocks.append(
        _context(
            _md(
                f"{mrkdwn.escape(a['event_label'].capitalize())} · subscription "
                f"*{mrkdwn.escape_fit(a['subscription_name'], 200)}* · policywatch"
            )
        )
    )

    lines = [a["subject"], a["title"]]
    if a["url"]:
        lines.append(a["url"])
    if a["summary"]:
        lines.append(a["summary"])
    text, plain = _fallback("\n".join(lines), a["url"])
    return SlackMessage(text=text, blocks=blocks[:MAX_BLOCKS], plain=plain)


def _entry_line(e: dict) -> str:
    emoji = SEVERITY_EMOJI.get(e["severity"], "⚪")
    details = " · ".join(x for x in (e["kind_label"], e["source"], e["detected"]) if x)
    return f"{emoji} {mrkdwn.link(e['url'], e['title'], 200)} — {mrkdwn.escape(details)}"


def _sections(title: str, lines: list[str]) -> list[dict]:
    """One or more mrkdwn sections holding ``lines`` under a bold title, each <= 3000."""
    sections, current = [], f"*{mrkdwn.escape(title)}*"
    for line in lines:  # each line is < 2000 (see mrkdwn.link), so it always fits a section
        if mrkdwn.slack_len(current) + 1 + mrkdwn.slack_len(line) > SECTION_LIMIT:
            sections.append(_mrkdwn_section(current))
            current = f"*{mrkdwn.escape(title)}* (continued)"
        current += "\n" + line
    sections.append(_mrkdwn_section(current))
    return sections


def digest_message(digest: Digest) -> SlackMessage:
    """Active suspensions first, then one section per destination, critical first."""
    d = render.digest_view(digest)
    counts = f"{d['total']} change{'s' if d['total'] != 1 else ''}"
    if d["critical"]:
        counts += f" · {d['critical']} critical"
    head = [
        _header(f"policywatch · {d['title']}"),
        _context(
            _md(f"Subscription *{mrkdwn.escape_fit(d['subscription_name'], 200)}* · {counts}")
        ),
    ]
    body: list[dict] = []
    if d["active_suspensions"]:
        body += _sections("Active suspensions", [_entry_line(e) for e in d["active_suspensions"]])
    for group in d["groups"]:
        body += _sections(group["name"], [_entry_line(e) for e in group["entries"]])
    if not d["total"]:
        body.append(_plain_section("No changes matched this subscription in this period."))
    room = MAX_BLOCKS - len(head) - 1
    if len(body) > room:
        left_out = len(body) - room
        body = body[:room] + [
            _context(_plain(f"{left_out} more sections left out of this message"))
        ]
    text, plain = _fallback(f"{d['subject']}\n{d['title']}", None)
    return SlackMessage(text=text, blocks=head + body, plain=plain)


def admin_message(notice: AdminNotice) -> SlackMessage:
    n = render.admin_view(notice)
    blocks = [_header(f"⚠️ policywatch admin: {n['title']}")]
    if n["text"]:
        blocks.append(_plain_section(n["text"]))
    if n["source_id"]:
        blocks.append(_context(_plain(f"source: {n['source_id']}")))
    text, plain = _fallback(f"{n['subject']}\n{n['text']}", None)
    return SlackMessage(text=text, blocks=blocks, plain=plain)
