"""Which text encoding a fetched body is in, and decoding it without ever raising.

Order, as browsers do it: a byte-order mark, then the Content-Type charset, then what the
document says about itself (XML declaration, HTML ``<meta>``), then a guess. Only the guess
looks at the whole body, so a declared charset costs a regex over the first few KB. Labels
are mapped the WHATWG way (latin-1 and ASCII mean windows-1252, Shift_JIS means cp932), since
pages that say "iso-8859-1" are in practice written in windows-1252.
"""

from __future__ import annotations

import codecs
import re

_SNIFF_BYTES = 4096  # where a <meta> charset must appear (browsers use 1024; be lenient)
_GUESS_BYTES = 64 * 1024  # charset_normalizer sees at most this much

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Python codec name -> the superset that real pages labelled that way are written in.
_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gb2312": "gbk",
    "big5": "big5hkscs",
}
# WHATWG labels Python does not know.
_ALIASES = {
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "ms_kanji": "cp932",
    "x-euc-jp": "euc_jp",
    "ks_c_5601-1987": "cp949",
    "x-mac-roman": "mac_roman",
    "x-gbk": "gbk",
    "x-cp1252": "cp1252",
}
# Codecs that exist in Python but are no charset a page can be in (or always raise).
_NOT_CHARSETS = {"undefined", "idna", "punycode", "unicode_escape", "raw_unicode_escape", "mbcs"}
_UTF16_32 = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
# What pages are written in (the WHATWG encodings): DOS and Mac code pages that a detector
# may find as plausible are not candidates.
_WEB_CHARSETS = {
    *(f"cp{n}" for n in range(1250, 1259)),
    *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
    "koi8-r",
    "koi8-u",
    "cp866",
    "cp874",
    "cp932",
    "euc_jp",
    "iso2022_jp",
    "gbk",
    "gb18030",
    "big5hkscs",
    "cp949",
    "mac-roman",
    "utf-16-le",
    "utf-16-be",
}
# Types whose bytes are not text: no point guessing.
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([^"';,\s]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)""")
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)


def codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label, or None when the label names no usable charset."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    name = info.name
    if name in _NOT_CHARSETS or not getattr(info, "_is_text_encoding", True):
        return None
    return _SUPERSETS.get(name, name)


def charset_from_content_type(content_type: str | None) -> str | None:
    """The usable codec named by a Content-Type header's charset parameter, if any."""
    if not content_type or "charset" not in content_type.lower():
        return None
    match = _HEADER_CHARSET.search(content_type)
    return codec_for(match.group(1)) if match else None


def declared_in_document(content: bytes) -> str | None:
    """The charset an XML declaration or an HTML <meta> in the first few KB names, if usable."""
    head = content[:_SNIFF_BYTES]
    for pattern in (_XML_DECL, _META_CHARSET):
        match = pattern.search(head)
        if match:
            codec = codec_for(match.group(1).decode("ascii", "replace"))
            if codec in _UTF16_32:
                # We read the declaration as ASCII, so the bytes are not UTF-16/32 after all.
                return "utf-8"
            if codec:
                return codec
    return None


def guess(content: bytes) -> str:
    """A best guess for undeclared text: UTF-8 when it decodes, else charset_normalizer's
    least chaotic reading among the charsets web pages use (windows-1252 on a tie)."""
    sample = content[:_GUESS_BYTES]
    try:
        # final=False: a multi-byte character cut at the sample's end is not an error.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(sample))
    except Exception:  # a detector failure must not fail the fetch
        matches = []
    best: tuple[float, bool, int, str] | None = None
    for order, match in enumerate(matches):
        names = [match.encoding, *match.could_be_from_charset]
        web = [c for c in (codec_for(n) for n in names) if c in _WEB_CHARSETS]
        if not web:
            continue
        # On a tie between equally clean readings (short texts with few accents decode
        # cleanly in a dozen code pages) prefer windows-1252, as browsers do.
        codec = "cp1252" if "cp1252" in web else web[0]
        key = (round(match.chaos, 2), codec != "cp1252", order, codec)
        if best is None or key < best:
            best = key
    return best[3] if best else "cp1252"


def detect_encoding(content: bytes, content_type: str | None) -> str | None:
    """The codec to decode ``content`` with; None for an empty or clearly binary body."""
    for bom, codec in BOMS:
        if content.startswith(bom):
            return codec
    declared = charset_from_content_type(content_type) or declared_in_document(content)
    if declared:
        return declared
    if not content:
        return None
    if content_type and content_type.lower().lstrip().startswith(_BINARY_PREFIXES):
        return None
    return guess(content)


def decode(content: bytes, encoding: str | None) -> str:
    """Decode with ``encoding`` (UTF-8 when unknown), replacing what does not decode."""
    try:
        return content.decode(encoding or "utf-8", errors="replace")
    except (LookupError, UnicodeError):
        return content.decode("utf-8", errors="replace")
