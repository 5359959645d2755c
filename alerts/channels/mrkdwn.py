"""Making untrusted text inert in Slack messages, and keeping it inside Slack's size limits.

Slack has no backslash escape. Following Slack's escaping rules, every text object gets ``& < >``
as entities (so ``<!channel>``, ``<@U123>`` and ``<http://x|y>`` are shown, not obeyed) and an
invisible joiner after the ``@`` of ``@here``/``@channel``/``@everyone``. ``mrkdwn`` text also
gets look-alikes for the formatting characters ``* _ ~ ``` (``plain_text`` is never formatted,
so it keeps them). Lengths are counted the way Slack counts them (UTF-16 units), and every cut
happens on the raw text, never inside an entity.
"""

from __future__ import annotations

import re
from urllib.parse import quote

ZERO_WIDTH_JOINER = "\u200d"
_MENTIONS = re.compile(r"@(here|channel|everyone)\b", re.IGNORECASE)
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MRKDWN = {
    **_ENTITIES,
    "*": "\u2217",  # ∗ asterisk operator
    "_": "\u02cd",  # ˍ modifier letter low macron
    "~": "\u223c",  # ∼ tilde operator
    "`": "\u02cb",  # ˋ modifier letter grave accent
}
ELLIPSIS = "…"


def slack_len(text: str) -> int:
    """Length as Slack counts it (UTF-16 code units: an emoji outside the BMP counts two)."""
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)


def neutralise_mentions(text: str) -> str:
    """``@here`` -> ``@\u200dhere``: reads the same, notifies nobody."""
    return _MENTIONS.sub(lambda m: "@" + ZERO_WIDTH_JOINER + m.group(1), text)


def _fit(pieces: list[str], limit: int, suffix: str) -> str:
    """Join ``pieces`` (one per raw character) whole, or cut them so that ``+ suffix`` fits."""
    total = sum(slack_len(p) for p in pieces)
    if total <= limit:
        return "".join(pieces)
    budget = max(0, limit - slack_len(suffix))
    used, count = 0, 0
    for piece in pieces:
        cost = slack_len(piece)
        if used + cost > budget:
            break
        used += cost
        count += 1
    space = max((i for i in range(count) if pieces[i].isspace()), default=-1)
    if space > count * 0.8:  # prefer a word boundary when it costs little
        count = space
    return "".join(pieces[:count]).rstrip() + suffix


def escape(text: str) -> str:
    """``text`` made inert for a ``mrkdwn`` text object."""
    return "".join(_MRKDWN.get(ch, ch) for ch in neutralise_mentions(text))


def escape_fit(text: str, limit: int, suffix: str = ELLIPSIS) -> str:
    """:func:`escape`, cut so the *escaped* result plus ``suffix`` is at most ``limit`` long.

    ``suffix`` is inserted as given (it may hold a link built with :func:`link`).
    """
    return _fit([_MRKDWN.get(ch, ch) for ch in neutralise_mentions(text)], limit, suffix)


def plain(text: str) -> str:
    """``text`` for a ``plain_text`` object: entities and the mention guard, no formatting."""
    return "".join(_ENTITIES.get(ch, ch) for ch in neutralise_mentions(text))


def plain_fit(text: str, limit: int, suffix: str = ELLIPSIS) -> str:
    return _fit([_ENTITIES.get(ch, ch) for ch in neutralise_mentions(text)], limit, suffix)


def link_url(url: str) -> str:
    """A URL for ``<url|label>``: entities for ``&``, and ``| < >`` and spaces percent-encoded."""
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~-._").replace("&", "&amp;")


MAX_LINK_URL = 1500


def link(url: str | None, label: str, label_limit: int = 300) -> str:
    """``<url|label>`` with the label escaped; just the label when there is no (usable) URL.

    A URL longer than ``MAX_LINK_URL`` once encoded is left out so a link always fits a field.
    """
    text = escape_fit(label, label_limit)
    target = link_url(url) if url else ""
    if not target or len(target) > MAX_LINK_URL:
        return text
    return f"<{target}|{text}>"
