"""``type: json``: JSON or JSONP APIs (Federal Register, GovDelivery widgets) via a field map.

``source.items`` is the dotted path of the list of items (None: the document is the list);
``source.fields`` gives, inside each item, the dotted paths of id, title, text, link and date
(a number picks a list element: ``agencies.0.name``).
"""

from __future__ import annotations

import json
import re
from typing import Any

from monitor.config import JsonFields, Source
from monitor.extract import ExtractError, register
from monitor.extract._dates import to_iso
from monitor.extract._decode import decode
from monitor.extract._keys import clip, text_key
from monitor.htmltext import html_to_text, link_url, plain_text
from monitor.notice import Notice

# Prefixes APIs put before JSON against cross-site script inclusion.
_GUARDS = re.compile(r"^\s*(?:\)\]\}'[,\s]*|while\s*\(\s*1\s*\)\s*;\s*|for\s*\(\s*;;\s*\)\s*;\s*)")
# callback(...), GDWidgets[0].update(...), with optional /**/ and trailing ";".
_JSONP_CALL = re.compile(
    r"\s*(?:/\*\*/\s*)?[A-Za-z_$][\w$]*(?:\s*(?:\.\s*[A-Za-z_$][\w$]*|\[\s*\d+\s*\]))*\s*\(\s*"
)
_JSONP_END = re.compile(r"\s*\)\s*;?\s*$")
_DECODER = json.JSONDecoder()
_HTML_HINT = re.compile(r"<(?:[A-Za-z][A-Za-z0-9]*\b[^<>]*|/[A-Za-z][A-Za-z0-9]*\s*)>|&#?\w+;")
_COUNT_KEYS = ("count", "total", "total_count", "totalCount", "totalResults", "total_results")


@register("json")
def extract_json(
    source: Source, body: bytes, *, url: str, encoding: str | None = None
) -> list[Notice]:
    """One notice per item of the list at ``source.items``."""
    document = _load(decode(body, encoding))
    items = _items(document, source.items)
    fields = source.fields or JsonFields()
    notices = []
    for item in items:
        notice = _notice(item, fields, url)
        if notice is not None:
            notices.append(notice)
    return notices


def _load(text: str) -> Any:
    text = _GUARDS.sub("", text, count=1)
    if not text.strip():
        raise ExtractError("bad JSON: empty response")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        first_error = exc
    call = _JSONP_CALL.match(text)
    if call is None:
        got = " (got HTML or XML, not JSON)" if text.lstrip().startswith("<") else ""
        raise ExtractError(f"bad JSON: {_where(first_error)}{got}") from None
    try:
        value, end = _DECODER.raw_decode(text, call.end())
    except json.JSONDecodeError as exc:  # positions are in the whole body
        raise ExtractError(f"bad JSONP: {_where(exc)}") from None
    if not _JSONP_END.match(text, end):
        end += len(text[end:]) - len(text[end:].lstrip())  # point at what is there instead
        line = text.count("\n", 0, end) + 1
        column = end - (text.rfind("\n", 0, end) + 1) + 1
        raise ExtractError(f"bad JSONP: expected ')' at line {line}, column {column}")
    return value


def _where(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} at line {exc.lineno}, column {exc.colno}"


def _items(document: Any, path: str | None) -> list[Any]:
    if not path:
        if isinstance(document, list):
            return document
        raise ExtractError(
            f"the JSON document is {_kind(document)}, not a list: set 'items' to the list's path"
        )
    found, value = _lookup(document, path)
    if not found:
        if isinstance(document, dict) and any(document.get(k) == 0 for k in _COUNT_KEYS):
            return []  # e.g. the Federal Register leaves "results" out when the count is 0
        raise ExtractError(f"items path '{path}' not found in the JSON document")
    if value is None:
        return []
    if not isinstance(value, list):
        raise ExtractError(f"items path '{path}' is {_kind(value)}, not a list")
    return value


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str):
        return "a string"
    return "null" if value is None else f"a {type(value).__name__}"


def _lookup(value: Any, path: str) -> tuple[bool, Any]:
    """(found, value) at a dotted path; list indexes are numbers (``agencies.0.name``)."""
    for part in path.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and re.fullmatch(r"-?\d+", part):
            index = int(part)
            if not -len(value) <= index < len(value):
                return False, None
            value = value[index]
        else:
            return False, None
    return True, value


def _field(item: Any, path: str | None) -> Any:
    if not path or not isinstance(item, dict | list):
        return None
    return _lookup(item, path)[1]


def _as_text(value: Any, base: str | None) -> str:
    """A field as plain text: HTML converted, lists of scalars joined with ", "."""
    if value is None or isinstance(value, dict):
        return ""
    if isinstance(value, list):
        parts = (_as_text(v, base) for v in value if not isinstance(v, list))
        return ", ".join(p for p in parts if p)
    text = value if isinstance(value, str) else json.dumps(value)
    if _HTML_HINT.search(text):
        return html_to_text(text, base)
    return plain_text(text)


def _notice(item: Any, fields: JsonFields, url: str) -> Notice | None:
    if not isinstance(item, dict | list):
        text = _as_text(item, url)
        return Notice(text_key(text), clip(text), url, None, text) if text else None
    link = _field(item, fields.link)
    link = link_url(link, url) if isinstance(link, str) else None
    base = link or url
    title = clip(_as_text(_field(item, fields.title), base), 300)
    text = _as_text(_field(item, fields.text), base) if fields.text else ""
    if not title and not text:
        return None
    ident = _field(item, fields.id)
    if isinstance(ident, str | int | float) and not isinstance(ident, bool) and str(ident):
        key = str(ident)
    else:
        key = link or text_key(title, text)
    return Notice(
        key=key,
        title=title or clip(text.splitlines()[0]),
        url=link,
        published=to_iso(_field(item, fields.date)),
        text=text or title,
    )
