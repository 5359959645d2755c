"""`policywatch sources add URL`: guess an entry from a fetched body and append it to sources.yaml.

Pure logic: the CLI fetches the URL, shows the notices of the proposed entry, then calls
:func:`append_source`. The file is edited as text, not re-dumped, so every comment and all the
existing formatting survive byte for byte; the result is validated before and after it is
written, and the original bytes are put back if it does not validate.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from bs4 import BeautifulSoup
from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from monitor.config import (
    ConfigError,
    ConfigErrors,
    check_language,
    load_sources,
    load_sources_text,
    normalize_country,
)
from monitor.yaml_lines import YamlSyntaxError, compose

# --- what kind of body is this -----------------------------------------------------------------

_JSONP_RE = re.compile(rb"^[A-Za-z_$][\w$.\[\]]*\s*\(\s*[\[{]")
_COMMENT_RE = re.compile(rb"<!--.*?-->", re.DOTALL)
_FIRST_TAG_RE = re.compile(rb"<([A-Za-z_][\w:.-]*)")
_FEED_ROOTS = {b"rss", b"feed", b"rdf:rdf", b"rdf"}


def _root_tag(head: bytes) -> bytes | None:
    """The name of the first element, past the XML declaration, comments and doctype."""
    m = _FIRST_TAG_RE.search(_COMMENT_RE.sub(b"", head))
    return m.group(1).lower() if m else None


def detect_type(body: bytes, content_type: str | None) -> str:
    """ "feed", "json" or "html": the body decides when it is clear, else the Content-Type.

    Servers often send feeds as text/html or JSON as text/plain, and error pages as
    application/json, so the first bytes are a better witness than the header.
    """
    head = body[:8192].lstrip(b"\xef\xbb\xbf \t\r\n")
    ctype = (content_type or "").split(";")[0].strip().lower()
    if head[:1] in (b"{", b"[") or _JSONP_RE.match(head):
        return "json"
    if head[:1] == b"<":
        root = _root_tag(head)
        if root in _FEED_ROOTS:
            return "feed"
        if root == b"html" or re.match(rb"<!doctype\s+html", head, re.IGNORECASE):
            return "html"
    if "json" in ctype or "javascript" in ctype:
        return "json"
    if "rss" in ctype or "atom" in ctype or ctype in ("application/xml", "text/xml"):
        return "feed"
    return "html"


# --- guesses from the address ------------------------------------------------------------------

# host suffix -> (operator, kind, origin). Only what is certain; the rest is "other".
KNOWN_HOSTS: dict[str, tuple[str, str, str]] = {
    "usps.com": ("USPS", "postal", "US"),
    "royalmail.com": ("Royal Mail", "postal", "GB"),
    "auspost.com.au": ("Australia Post", "postal", "AU"),
    "japanpost.jp": ("Japan Post", "postal", "JP"),
    "nzpost.co.nz": ("NZ Post", "postal", "NZ"),
    "canadapost-postescanada.ca": ("Canada Post", "postal", "CA"),
    "canadapost.ca": ("Canada Post", "postal", "CA"),
    "singpost.com": ("SingPost", "postal", "SG"),
    "anpost.com": ("An Post", "postal", "IE"),
    "maltapost.com": ("MaltaPost", "postal", "MT"),
    "parcelforce.com": ("Parcelforce Worldwide", "postal", "GB"),
    "thailandpost.com": ("Thailand Post", "postal", "TH"),
    "speedpost.com.sg": ("SingPost", "postal", "SG"),
    "ukrposhta.ua": ("Ukrposhta", "postal", "UA"),
    "laposte.fr": ("La Poste", "postal", "FR"),
    "postnl.nl": ("PostNL", "postal", "NL"),
    "upu.int": ("UPU", "postal", "CH"),
    "asendiausa.com": ("Asendia USA", "carrier", "US"),
    "asendia.hk": ("Asendia", "carrier", "HK"),
    "ups.com": ("UPS", "carrier", "US"),
    "fedex.com": ("FedEx", "carrier", "US"),
    "dhl.com": ("DHL", "carrier", "DE"),
    "dhl": ("DHL", "carrier", "DE"),  # the .dhl brand TLD (mydhl.express.dhl)
    "dpdhl.com": ("DHL Group", "carrier", "DE"),
    "cbp.gov": ("U.S. Customs and Border Protection", "customs", "US"),
    "federalregister.gov": ("Federal Register", "other", "US"),
    "taxation-customs.ec.europa.eu": ("European Commission (DG TAXUD)", "customs", "BE"),
    "wcoomd.org": ("World Customs Organization", "customs", "BE"),
    "gov.uk": ("GOV.UK", "other", "GB"),
}
# (host suffix, text in the path or query) -> (operator, kind, origin): shared hosts.
KNOWN_PATHS: list[tuple[str, str, tuple[str, str, str]]] = [
    ("gov.uk", "hm-revenue-customs", ("HMRC", "customs", "GB")),
    ("govdelivery.com", "usdhscbp", ("U.S. Customs and Border Protection", "customs", "US")),
    (
        "federalregister.gov",
        "u-s-customs-and-border-protection",
        ("U.S. Customs and Border Protection", "customs", "US"),
    ),
    ("federalregister.gov", "postal-service", ("USPS", "postal", "US")),
]
_CUSTOMS_WORDS = re.compile(r"customs|douane|zoll|aduana|dogana|hmrc|taxud|\bcbp\b")
_CARRIER_WORDS = re.compile(r"\b(?:dhl|fedex|ups|tnt|dpd|gls|aramex|asendia|evri|hermes)\b")
_POSTAL_LABEL = re.compile(r"^(?:post\w*|\w{0,6}post|poste|posta|correos|correios|pochta)$")
_GENERIC_TLDS = {"com", "org", "net", "int", "info", "biz", "io", "co", "me", "tv", "ai", "app"}
_US_TLDS = {"gov", "mil", "edu"}
_SECOND_LEVEL = {"co", "com", "gov", "org", "net", "ac", "go", "or", "ne", "edu", "govt"}
_SKIP_SEGMENTS = {
    "index", "welcome", "default", "home", "api", "v1", "v2", "v3", "page", "pages", "www",
}  # fmt: skip
_EXTENSION_RE = re.compile(r"\.(?:html?|page|aspx?|php|jsp|json|rss|atom|xml|cfm)$", re.I)


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return re.sub(r"^(?:www\d?|m)\.", "", host)


def _on_host(host: str, suffix: str) -> bool:
    """Whether ``host`` is ``suffix`` or one of its subdomains."""
    return host == suffix or host.endswith("." + suffix)


def _known(host: str, url: str = "") -> tuple[str, str, str] | None:
    rest = url.lower()
    for suffix, marker, info in KNOWN_PATHS:
        if _on_host(host, suffix) and marker in rest:
            return info
    for suffix, info in KNOWN_HOSTS.items():
        if _on_host(host, suffix):
            return info
    return None


# Languages that sites put in a locale ("en-us", "us-en", "/pl/pl/"): a part of a locale that is
# one of them and no country code is the language, so the other part is the country.
_WEB_LANGUAGES = frozenset(
    "ar bg bs cs da de el en es et fa fi fr he hi hr hu id is it ja ka kk ko lt lv mk ms mt nb "
    "nl nn no pl pt ro ru sk sl sq sr sv th tr uk ur uz vi zh".split()
)
# a page for the whole network ("/global-en/", "/en-global/", "/global-english/", "/global/")
_GLOBAL_LOCALE = re.compile(
    r"global(?:[-_](?:[a-z]{2}|english))?|[a-z]{2}[-_](?:global|int|intl|ww)|"
    r"(?:int|intl|ww)[-_][a-z]{2}"
)
# the known hosts that are global brands whose country sites name their country in the
# address (an unknown host is read for a locale anyway); any other known host has one country
# whatever the language of the page ("upu.int/fr-fr" is still the UPU in Bern)
_COUNTRY_SITE_HOSTS = ("fedex.com", "ups.com", "dhl.com", "dhl")
# hosts whose locales put the country first even where both parts could be either ("ar-es")
_COUNTRY_FIRST_HOSTS = ("dhl.com",)
_LOCALE = re.compile(r"([a-z]{2})[-_]([a-z]{2})")
_LOCALE_PARAMS = re.compile(r"(?:^|&)(?:loc|locale)=([a-z]{2}[-_][a-z]{2})(?:&|$)")


def _country_code(code: str) -> str | None:
    try:
        return normalize_country(code)
    except ValueError:
        return None


def _locale_country(url: str, country_first: bool = False) -> str | None:
    """The country of a global brand's country site, read from its locale: "/pl/pl/" (country,
    then language), "de-de", "en_gb" (language first), "us-en" (country first), then a
    ``locale=`` in the query; "" for a page of the whole network ("/global-en/"); None when
    the address holds no locale."""
    parts = urlsplit(url.lower())
    segments = [s for s in parts.path.split("/") if s][:3]
    if len(segments) > 1 and segments[1] in _WEB_LANGUAGES:  # "/pl/pl/", "/gb/en/"
        country = _country_code(segments[0])
        if country:
            return country
    country = _joined_locale(segments, country_first)
    if country is None:
        country = _joined_locale(_LOCALE_PARAMS.findall(parts.query), country_first)
    return country


def _joined_locale(tokens: list[str], country_first: bool) -> str | None:
    for token in tokens:
        if _GLOBAL_LOCALE.fullmatch(token):
            return ""
        m = _LOCALE.fullmatch(token)
        if not m:
            continue
        first, second = m.groups()
        if (first == second or country_first) and (country := _country_code(first)):
            return country
        # BCP 47 puts the language first; some sites put the country first ("tr-en")
        if first in _WEB_LANGUAGES and (country := _country_code(second)):
            return country
        if second in _WEB_LANGUAGES and (country := _country_code(first)):
            return country
    return None


def _on_hosts(host: str, suffixes: tuple[str, ...]) -> bool:
    return any(_on_host(host, h) for h in suffixes)


def guess_origin(url: str) -> tuple[str, bool]:
    """(ISO code, confident). From the locale of a brand's country site, a known host or the
    ccTLD; else ("US", False). A page of a brand's whole network is unsure: no country sends
    what it is about."""
    host = _host(url)
    labels = host.split(".")
    tld = labels[-1]
    known = _known(host, url)
    # a country's own domain, .gov, or a known host with one country: the locale is a language
    if (
        (len(tld) != 2 or tld in _GENERIC_TLDS or tld == "eu")
        and tld not in _US_TLDS
        and (known is None or _on_hosts(host, _COUNTRY_SITE_HOSTS))
    ):
        country = _locale_country(url, _on_hosts(host, _COUNTRY_FIRST_HOSTS))
        if country is not None:
            return (country, True) if country else ("US", False)
    if known:
        return known[2], True
    if tld in _US_TLDS:
        return "US", True
    # a country's registry under a name the world uses as a brand: "4-72.com.co" (Colombia),
    # "posta.co.me" (Montenegro), not "example.co"
    registry = len(labels) > 2 and labels[-2] in _SECOND_LEVEL
    if len(tld) == 2 and (tld not in _GENERIC_TLDS or registry):
        try:
            return normalize_country(tld), True
        except ValueError:
            pass
    return "US", False


def _main_labels(host: str) -> list[str]:
    """The labels that name the site: ``about.usps.com`` -> [about, usps]; gov.uk -> [gov, uk]."""
    labels = [x for x in host.split(".") if x]
    if len(labels) > 1:
        labels = labels[:-1]
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
    return labels or [host or "source"]


def _operator(url: str, host: str) -> str:
    known = _known(host, url)
    if known:
        return known[0]
    name = _main_labels(host)[-1]
    return name.upper() if len(name) <= 3 else name.capitalize()


def _kind(url: str, host: str) -> str:
    known = _known(host, url)
    if known:
        return known[1]
    low = url.lower()
    if _CUSTOMS_WORDS.search(low):
        return "customs"
    labels = re.split(r"[.-]", host)
    if any(_CARRIER_WORDS.search(label) for label in labels):
        return "carrier"
    if any(_POSTAL_LABEL.match(label) for label in labels):
        return "postal"
    return "other"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _path_hint(url: str) -> str:
    segments = [s for s in urlsplit(url).path.split("/") if s]
    for segment in reversed(segments):
        stem = _slug(_EXTENSION_RE.sub("", segment))
        if (
            stem
            and stem not in _SKIP_SEGMENTS
            and not stem.isdigit()
            and not re.fullmatch(r"[a-z]{2}(-[a-z]{2})?", stem)
        ):
            return stem
    return ""


def propose_id(url: str, existing_ids: set[str]) -> str:
    """A unique slug from the host's name and the last meaningful path segment."""
    host = _host(url)
    site = _slug(_main_labels(host)[-1]) or "source"
    if host.endswith("gov.uk"):
        site = "gov-uk"
    hint = _path_hint(url)
    if hint.startswith(site + "-") or hint == site:
        hint = hint[len(site) :].strip("-")
    base = f"{site}-{hint}" if hint else site
    base = base[:60].strip("-")
    if len(base) < 2:
        base = f"{base}-source".strip("-")
    candidate, n = base, 2
    while candidate in existing_ids:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


# --- guesses from the body ---------------------------------------------------------------------

_REGION_CANDIDATES = (
    "main",
    "[role=main]",
    "#main-content",
    "#content",
    "#contents",
    "#main",
    ".content",
)
_MIN_REGION_TEXT = 40


def _tidy(text: str | None, limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _html_guess(body: bytes) -> dict[str, Any]:
    """Title, language, and the region (and repeated item) to watch."""
    soup = BeautifulSoup(body, "lxml")
    out: dict[str, Any] = {}
    if soup.title and soup.title.string:
        out["title"] = _tidy(soup.title.string)
    html = soup.find("html")
    if html is not None and html.get("lang"):
        out["language"] = str(html.get("lang"))
    articles = soup.select("article")
    for candidate in _REGION_CANDIDATES:
        region = soup.select_one(candidate)
        if region is not None and len(region.get_text(" ", strip=True)) >= _MIN_REGION_TEXT:
            out["selector"] = candidate
            if len(region.select("article")) >= 2:
                out["item_selector"] = "article"
            return out
    if len(articles) == 1:
        out["selector"] = "article"
    else:
        out["selector"] = "body"
        if len(articles) >= 2:
            out["item_selector"] = "article"
    return out


def _feed_guess(body: bytes) -> dict[str, Any]:
    import io

    import feedparser

    parsed = feedparser.parse(io.BytesIO(body))  # bytes or str could be taken for a file name
    out: dict[str, Any] = {}
    feed = parsed.get("feed", {})
    if feed.get("title"):
        out["title"] = _tidy(feed.get("title"))
    if feed.get("language"):
        out["language"] = str(feed.get("language"))
    return out


_JSONP_WRAP_RE = re.compile(r"^\s*[A-Za-z_$][\w$.\[\]]*\s*\((.*)\)\s*;?\s*$", re.DOTALL)
_ITEM_KEYS = ("results", "items", "data", "entries", "documents", "records", "notices", "posts")
_FIELD_CANDIDATES = {
    "id": ("id", "document_number", "guid", "uuid", "slug"),
    "title": ("title", "subject", "headline", "name"),
    "text": ("abstract", "summary", "description", "body", "text", "content", "excerpt"),
    "link": ("html_url", "url", "link", "href", "permalink", "web_url"),
    "date": ("publication_date", "pub_date", "published", "published_at", "date", "updated"),
}


def _parse_json(body: bytes) -> Any:
    text = body.decode("utf-8-sig", errors="replace")
    m = _JSONP_WRAP_RE.match(text)
    if m and not text.lstrip().startswith(("{", "[")):
        text = m.group(1)
    return json.loads(text)


def _find_items(data: Any) -> tuple[str | None, list[Any]]:
    """(dotted path, list) of the first list of objects: the root, a known key, or any key."""
    if isinstance(data, list):
        return None, data
    if not isinstance(data, dict):
        return None, []
    keys = [k for k in _ITEM_KEYS if k in data] + [k for k in data if k not in _ITEM_KEYS]
    for key in keys:
        value = data[key]
        if isinstance(value, list) and any(isinstance(x, dict) for x in value):
            return str(key), value
    for key in keys:
        value = data[key]
        if isinstance(value, dict):
            sub, items = _find_items(value)
            if sub and items:
                return f"{key}.{sub}", items
    return None, []


def _json_guess(body: bytes) -> dict[str, Any]:
    try:
        data = _parse_json(body)
    except ValueError:
        return {}
    path, items = _find_items(data)
    first = next((x for x in items if isinstance(x, dict)), {})
    fields = {}
    for name, candidates in _FIELD_CANDIDATES.items():
        found = next((c for c in candidates if c in first), None)
        if found:
            fields[name] = found
    out: dict[str, Any] = {"fields": fields or {"title": "title"}}
    if path:
        out["items"] = path
    return out


def _language(code: str | None) -> str | None:
    if not code:
        return None
    try:
        return check_language(code).split("-")[0]
    except ValueError:
        return None


def propose_entry(
    url: str,
    body: bytes,
    content_type: str | None,
    existing_ids: set[str],
    *,
    page_title: str | None = None,
) -> dict:
    """A valid sources.yaml entry for ``url`` (a plain dict, in the file's key order).

    Everything is a guess to review: ``kind`` is "other" unless the host says otherwise, and
    ``origin`` comes from :func:`guess_origin` (a brand's country site, a known host or the
    country TLD), else "US" (then :func:`append_source` writes a ``# check origin`` comment
    next to it).
    """
    source_type = detect_type(body, content_type)
    host = _host(url)
    guess: dict[str, Any] = {}
    if source_type == "html":
        guess = _html_guess(body)
    elif source_type == "feed":
        guess = _feed_guess(body)
    else:
        guess = _json_guess(body)
    operator = _operator(url, host)
    name = _tidy(page_title) or guess.get("title") or f"{operator}: {_path_hint(url) or host}"
    entry: dict[str, Any] = {
        "id": propose_id(url, existing_ids),
        "name": name,
        "operator": operator,
        "kind": _kind(url, host),
        "origin": guess_origin(url)[0],
        "type": source_type,
        "url": url,
        "interval": "6h" if source_type == "html" else "2h",
    }
    language = _language(guess.get("language"))
    if language:
        entry["language"] = language
    for key in ("selector", "item_selector", "items", "fields"):
        if guess.get(key):
            entry[key] = guess[key]
    return entry


# --- writing it into the file ------------------------------------------------------------------


def _scalar(value: Any) -> str:
    """One-line YAML for a scalar, quoted whenever plain text would read back differently."""
    if isinstance(value, str) and any(ord(c) < 32 for c in value):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML "..." scalar
    text = yaml.safe_dump({"k": value}, allow_unicode=True, width=10**9, sort_keys=False)
    return text[len("k: ") :].rstrip("\n")


def _render(key: str, value: Any, indent: int, note: str | None) -> list[str]:
    pad = " " * indent
    tail = f"  # {note}" if note else ""
    if isinstance(value, dict):
        lines = [f"{pad}{key}:{tail}"]
        for k, v in value.items():
            if v is not None:
                lines += _render(str(k), v, indent + 2, None)
        return lines
    if isinstance(value, list | tuple):
        return [f"{pad}{key}:{tail}"] + [f"{pad}  - {_scalar(v)}" for v in value]
    return [f"{pad}{key}: {_scalar(value)}{tail}"]


def review_notes(entry: dict) -> dict[str, str]:
    """Comments written next to keys that were guessed without evidence."""
    notes = {}
    url = entry.get("url")
    if isinstance(url, str) and entry.get("origin") == "US" and not guess_origin(url)[1]:
        notes["origin"] = "check origin: guessed, the address names no country"
    return notes


def render_entry(entry: dict, dash_col: int = 2, key_offset: int = 2, nl: str = "\n") -> str:
    """The entry as a block-sequence item (``- id: ...``), one key per line, ending with nl."""
    notes = review_notes(entry)
    key_col = dash_col + key_offset
    lines: list[str] = []
    for key, value in entry.items():
        if value is None or (isinstance(value, list | tuple | dict) and not value):
            continue
        lines += _render(str(key), value, key_col, notes.get(str(key)))
    if not lines:
        raise ValueError("empty entry")
    first = lines[0]
    lines[0] = " " * dash_col + "-" + " " * (key_offset - 1) + first[key_col:]
    today = dt.date.today().isoformat()
    header = f"{' ' * dash_col}# added by `policywatch sources add` on {today}: review it"
    return nl.join([header, *lines]) + nl


def _fail(path: str | Path, message: str, line: int | None = None) -> ConfigErrors:
    return ConfigErrors([ConfigError(message, path=path, line=line, field="sources")])


def _end_of_line(text: str, index: int) -> int:
    """Index just past the line break of the line holding ``index`` (or the end of text)."""
    nl = text.find("\n", index)
    return len(text) if nl < 0 else nl + 1


def _content_end(node: Node) -> Mark:
    """Where the text of a node ends (a block collection's own end mark lies past comments)."""
    if isinstance(node, MappingNode) and node.value and not node.flow_style:
        key, value = node.value[-1]
        return _content_end(value) if value.end_mark.index > key.end_mark.index else key.end_mark
    if isinstance(node, SequenceNode) and node.value and not node.flow_style:
        return _content_end(node.value[-1])
    return node.end_mark


def _blank_line_before(text: str, item: Node) -> bool:
    """Whether the entries are spaced by blank lines (looking past the item's own comments)."""
    lines = text[: item.start_mark.index].split("\n")[:-1]
    while lines and lines[-1].strip().startswith("#"):
        lines.pop()
    return bool(lines) and not lines[-1].strip()


def insert_entry(text: str, entry: dict, path: str | Path = "sources.yaml") -> str:
    """``text`` with ``entry`` appended to its ``sources:`` list; all else unchanged."""
    nl = "\r\n" if "\r\n" in text else "\n"
    try:
        root = compose(text)
    except YamlSyntaxError as e:
        raise ConfigErrors([ConfigError(e.message, path=path, line=e.line)]) from None
    sep = "" if not text or text.endswith("\n") else nl
    if root is None:
        return text + sep + "sources:" + nl + render_entry(entry, 2, 2, nl)
    if not isinstance(root, MappingNode):
        raise _fail(path, "the file is not a mapping with a 'sources:' key", 1)
    found = [(k, v) for k, v in root.value if isinstance(k, ScalarNode) and k.value == "sources"]
    if not found:
        return text + sep + "sources:" + nl + render_entry(entry, 2, 2, nl)
    key_node, seq = found[-1]
    is_last = root.value[-1][1] is seq
    empty_scalar = isinstance(seq, ScalarNode) and seq.tag.endswith(":null")
    empty_flow = isinstance(seq, SequenceNode) and seq.flow_style and not seq.value
    if empty_scalar or empty_flow:
        # "sources:", "sources: ~" or "sources: []": drop the value, start a block list.
        start, end = seq.start_mark.index, seq.end_mark.index
        at = _end_of_line(text, key_node.start_mark.index)
        if end > at:
            at = _end_of_line(text, end)
        head = text[:start].rstrip(" \t") + text[end:at]
        if not head.endswith("\n"):
            head += nl
        dash = key_node.start_mark.column + 2
        return head + render_entry(entry, dash, 2, nl) + text[at:]
    if not isinstance(seq, SequenceNode):
        raise _fail(path, "'sources' must be a list of entries", key_node.start_mark.line + 1)
    if seq.flow_style:
        raise _fail(
            path,
            "'sources' is written as a [flow, list]; write one '- ' entry per line to use "
            "sources add",
            seq.start_mark.line + 1,
        )
    last = seq.value[-1]
    dash_col = seq.start_mark.column
    first = seq.value[0]
    key_offset = (
        max(first.start_mark.column - dash_col, 2)
        if first.start_mark.line == (seq.start_mark.line)
        else 2
    )
    if is_last:
        at = len(text)
    else:
        end = _content_end(last)
        at = end.index if end.column == 0 else _end_of_line(text, end.index)
    head = text[:at]
    if head and not head.endswith("\n"):
        head += nl
    if _blank_line_before(text, last) and not head.endswith(nl + nl):
        head += nl
    return head + render_entry(entry, dash_col, key_offset, nl) + text[at:]


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def append_source(path: str | Path, entry: dict) -> None:
    """Append ``entry`` to the ``sources:`` list of the file, keeping everything else as is.

    Refused with :class:`ConfigErrors`, and the file left byte for byte as it was, when the
    result would not validate (a duplicate id, a bad field, or a file that was invalid before).
    """
    path = Path(path)
    original = path.read_bytes() if path.exists() else None
    raw = original or b""
    bom = raw.startswith(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _fail(path, "is not UTF-8 text; not changed") from None
    new_text = insert_entry(text, entry, path)
    load_sources_text(new_text, path)  # raises ConfigErrors: nothing written
    _write_atomically(path, (b"\xef\xbb\xbf" if bom else b"") + new_text.encode("utf-8"))
    try:
        load_sources(path)
    except (ConfigError, OSError):
        if original is None:
            path.unlink(missing_ok=True)
        else:
            _write_atomically(path, original)
        raise
