"""Bytes to text when the declared charset may be missing or wrong."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


# As browsers do (WHATWG Encoding): these labels mean windows-1252 on the web.
_WEB_ALIASES = {"ascii": "cp1252", "iso8859-1": "cp1252", "latin-1": "cp1252"}


def _codec(name: str | None, body: bytes) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip()).name
    except (LookupError, ValueError):
        return None
    if codec.startswith(("utf-16", "utf-32")) and b"\x00" not in body[:1024]:
        return None  # a wide encoding for bytes with no NUL at all is a wrong label
    return _WEB_ALIASES.get(codec, codec)


def declared_charset(body: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes, if any."""
    head = body[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def decode(body: bytes, hint: str | None = None, declared: str | None = None) -> str:
    """Decode ``body``: BOM, then strict UTF-8, the hint, the declared charset, then cp1252.

    Valid UTF-8 with non-ASCII bytes is almost never another charset, so it wins over a hint
    that is often a server default; a wrong or unknown hint never raises.
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace")
    candidates = ["utf-8"]
    for name in (_codec(hint, body), _codec(declared, body)):
        if name and name not in candidates:
            candidates.append(name)
    for name in candidates:
        try:
            return body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    fallback = candidates[1] if len(candidates) > 1 else "cp1252"
    return body.decode(fallback, errors="replace")
