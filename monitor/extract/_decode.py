"""Bytes to text for the extractors, when the charset the fetcher reported may be wrong.

The labels, byte-order marks and in-document declarations are ``monitor.charset``'s; only the
order of trust differs: valid UTF-8 wins over a hint, which is often a server default.
"""

from __future__ import annotations

from monitor.charset import BOMS, codec_for, declared_in_document

_WIDE = ("utf-16", "utf-32")


def _codec(name: str | None, body: bytes) -> str | None:
    codec = codec_for(name)
    if codec and codec.startswith(_WIDE) and b"\x00" not in body[:1024]:
        return None  # a wide encoding for bytes with no NUL at all is a wrong label
    return codec


def declared_charset(body: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes, if any."""
    return declared_in_document(body)


def decode(body: bytes, hint: str | None = None, declared: str | None = None) -> str:
    """Decode ``body``: BOM, then strict UTF-8, the hint, the declared charset, then cp1252.

    Valid UTF-8 with non-ASCII bytes is almost never another charset, so it wins over a hint
    that is often a server default; a wrong or unknown hint never raises.
    """
    for bom, name in BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace")
    candidates = ["utf-8"]
    for codec in (_codec(hint, body), _codec(declared, body)):
        if codec and codec not in candidates:
            candidates.append(codec)
    for name in candidates:
        try:
            return body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    fallback = candidates[1] if len(candidates) > 1 else "cp1252"
    return body.decode(fallback, errors="replace")
