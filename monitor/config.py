"""sources.yaml: the schema of a watched source, validated with pydantic, and its loader.

The file is written by hand, so every mistake is reported at once, each with the file, the line
and the field, and with what would have been allowed:

    sources.yaml:42: sources[7] (id 'usps-alerts').url: must be an http or https URL, got 'ftp://x'

YAML is read with :mod:`monitor.yaml_lines`, where ``NO`` is a string (Norway), not a boolean.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import pycountry
import soupsieve
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

from monitor.yaml_lines import YamlDocument, YamlSyntaxError, load_with_lines
from storage.taxonomy import ChangeKind, Severity

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")
DEFAULT_INTERVAL = 6 * 3600
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


# --- errors ------------------------------------------------------------------------------------


class ConfigError(Exception):
    """One mistake in a config file: ``str()`` is ``file:line: field: message``.

    ``line`` is 1-based (None when unknown), ``field`` a path such as ``sources[7].url`` (None
    for the file as a whole). ``label`` is the field as shown to a person, with the source id
    (``sources[7] (id 'usps-alerts').url``).
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
        label: str | None = None,
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        self.label = label or field
        super().__init__(self._render())

    def _render(self) -> str:
        where = self.path or "<config>"
        if self.line is not None:
            where += f":{self.line}"
        return (
            f"{where}: {self.label}: {self.message}" if self.label else f"{where}: {self.message}"
        )

    def __str__(self) -> str:
        return self._render()


class ConfigErrors(ConfigError):
    """Several mistakes found in one pass; ``str()`` lists one per line, in file order.

    The single-error attributes (``line``, ``field``, ``message``) are those of the first.
    """

    def __init__(self, errors: Iterable[ConfigError]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.path or "", e.line or 0))
        if not self.errors:
            raise ValueError("ConfigErrors needs at least one error")
        first = self.errors[0]
        super().__init__(
            first.message, path=first.path, line=first.line, field=first.field, label=first.label
        )

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


class UnknownSourceError(KeyError):
    """``by_id`` with an id the file does not have (``str()`` is the plain message)."""

    def __str__(self) -> str:
        return str(self.args[0])


# --- value parsers -----------------------------------------------------------------------------

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)", re.IGNORECASE)
_DURATION_FULL = re.compile(r"^(?:\s*\d+(?:\.\d+)?\s*(?:ms|s|m|h|d)\s*)+$", re.IGNORECASE)
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}
_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {
    "b": 1,
    "kb": 1000,
    "mb": 1000**2,
    "gb": 1000**3,
    "kib": 1024,
    "mib": 1024**2,
    "gib": 1024**3,
}


def _fail(message: str) -> PydanticCustomError:
    # No context dict: the message is used as written, braces in user text included.
    return PydanticCustomError("policywatch", message)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def parse_duration(text: str | int | float) -> float:
    """Seconds in ``"1s"``, ``"500ms"``, ``"1h30m"`` or a bare number (seconds)."""
    if isinstance(text, bool):
        raise ValueError(f"must be a duration such as 500ms, 1s or 2m, got {_show(text)}")
    if isinstance(text, int | float):
        seconds = float(text)
    elif isinstance(text, str) and re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", text):
        seconds = float(text)
    elif isinstance(text, str) and _DURATION_FULL.match(text):
        seconds = sum(float(n) * _UNIT_SECONDS[u.lower()] for n, u in _DURATION_PART.findall(text))
    else:
        raise ValueError(f"must be a duration such as 500ms, 1s or 2m, got {_show(text)}")
    if seconds < 0:
        raise ValueError(f"must not be negative, got {_show(text)}")
    return seconds


def parse_interval(text: str | int) -> int:
    """Whole seconds in ``"30m"``, ``"6h"``, ``"1d"``, ``"10s"``, ``"1h30m"`` or a bare integer.

    Seconds are allowed because tests and benchmarks need short intervals; real sources use
    minutes to days.
    """
    allowed = "a duration such as 30m, 6h or 1d (units s, m, h, d)"
    if isinstance(text, bool) or not isinstance(text, int | str):
        raise ValueError(f"must be {allowed}, got {_show(text)}")
    if isinstance(text, int):
        seconds = text
    elif re.fullmatch(r"\s*\d+\s*", text):
        seconds = int(text)
    elif _DURATION_FULL.match(text) and not re.search(r"ms|\.", text, re.IGNORECASE):
        seconds = sum(
            int(n) * int(_UNIT_SECONDS[u.lower()]) for n, u in _DURATION_PART.findall(text)
        )
    else:
        raise ValueError(f"must be {allowed}, got {_show(text)}")
    if seconds < 1:
        raise ValueError(f"must be at least 1s, got {_show(text)}")
    return seconds


def parse_size(text: str | int) -> int:
    """Bytes in ``"5MB"`` (SI: 5,000,000), ``"5MiB"`` (5,242,880), ``"800kB"`` or an integer."""
    allowed = "a size such as 500KB, 5MB or 5MiB"
    if isinstance(text, bool) or not isinstance(text, int | str):
        raise ValueError(f"must be {allowed}, got {_show(text)}")
    if isinstance(text, int):
        size = text
    else:
        m = _SIZE_RE.match(text)
        if not m:
            raise ValueError(f"must be {allowed}, got {_show(text)}")
        size = int(float(m.group(1)) * _SIZE_UNITS[(m.group(2) or "b").lower()])
    if size < 1:
        raise ValueError(f"must be at least 1 byte, got {_show(text)}")
    return size


def normalize_country(code: str) -> str:
    """ISO 3166-1 alpha-2, upper case; ``UK`` is accepted for ``GB``."""
    if not isinstance(code, str):
        raise ValueError(
            f"must be an ISO 3166-1 alpha-2 country code such as GB, got {_show(code)}"
        )
    upper = code.strip().upper()
    if upper == "UK":
        return "GB"
    if len(upper) == 2 and pycountry.countries.get(alpha_2=upper) is not None:
        return upper
    raise ValueError(
        f"must be an ISO 3166-1 alpha-2 country code such as US, GB or NO, got {_show(code)}"
    )


def check_url(url: str) -> str:
    """An absolute http(s) URL with a host: fetch speaks nothing else."""
    bad = f"must be an http or https URL, got {_show(url)}"
    if not isinstance(url, str) or re.search(r"\s", url.strip()):
        raise ValueError(bad)
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        raise ValueError(bad) from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise ValueError(bad)
    return url


def check_css(selector: str) -> str:
    try:
        soupsieve.compile(selector)
    except soupsieve.SelectorSyntaxError as e:
        first = str(e).splitlines()[0]
        raise ValueError(f"is not a valid CSS selector ({first}), got {_show(selector)}") from None
    return selector


def check_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as e:
        raise ValueError(f"is not a valid regular expression ({e}), got {_show(pattern)}") from None
    return pattern


def check_language(code: str) -> str:
    """A language tag whose first part is an ISO 639 code: ``en``, ``ja``, ``pt-BR``."""
    allowed = f"must be a language code such as en, fr, ja or pt-BR, got {_show(code)}"
    m = re.fullmatch(r"([A-Za-z]{2,3})((?:-[A-Za-z0-9]{2,8})*)", code.strip())
    if not m:
        raise ValueError(allowed)
    primary = m.group(1).lower()
    found = (
        pycountry.languages.get(alpha_2=primary)
        if len(primary) == 2
        else pycountry.languages.get(alpha_3=primary)
    )
    if found is None:
        raise ValueError(allowed)
    return primary + m.group(2)


def _as_custom(check):
    """Wrap a ValueError-raising check so pydantic shows its message without 'Value error, '."""

    def run(value):
        try:
            return check(value)
        except ValueError as e:
            raise _fail(str(e)) from None

    return run


_DOTTED_PATH = re.compile(r"^[^.\s]+(?:\.[^.\s]+)*$")


def _check_dotted(path: str) -> str:
    if not _DOTTED_PATH.match(path):
        raise ValueError(
            f"must be a dotted path to a field, such as results or data.items, got {_show(path)}"
        )
    return path


def _check_text(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("must not be empty")
    return value


Regex = Annotated[str, AfterValidator(_as_custom(check_regex))]
DottedPath = Annotated[str, AfterValidator(_as_custom(_check_dotted))]


def _strict_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise _fail(
        f"must be true or false, got {_show(value)}"
        + (
            " (yes/no/on/off are not booleans here: write true or false)"
            if isinstance(value, str)
            else ""
        )
    )


# --- the schema --------------------------------------------------------------------------------


class JsonFields(BaseModel):
    """For ``type: json``: dotted paths, inside each item, of the fields a notice needs."""

    model_config = ConfigDict(extra="forbid")

    id: DottedPath | None = None
    title: DottedPath = "title"
    text: DottedPath | None = None
    link: DottedPath | None = None
    date: DottedPath | None = None


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    operator: str
    kind: Literal["customs", "postal", "carrier", "other"]
    origin: str  # ISO 3166-1 alpha-2, upper case
    type: Literal["feed", "html", "json"]
    url: str
    interval: int = DEFAULT_INTERVAL  # seconds; YAML takes "30m", "6h", "1d"
    selector: str | None = None  # html: the CSS region to watch
    item_selector: str | None = None  # html: each match inside the region is one notice
    ignore: list[Regex] = Field(default_factory=list)  # regexes removed before comparing
    language: str | None = None
    enabled: bool = True
    items: DottedPath | None = None  # json: dotted path to the list of items; None = the root
    fields: JsonFields | None = None  # json: where title, text, link, date, id are
    severity: dict[ChangeKind, Severity] = Field(default_factory=dict)  # kind -> override
    alert_on_baseline: bool = False  # raise events on the first check too

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not SLUG_RE.match(v):
            raise _fail(
                "must be a slug of 2 to 64 lower-case letters, digits and '-', starting with a "
                f"letter or digit, got {_show(v)}"
            )
        return v

    @field_validator("name", "operator")
    @classmethod
    def _text(cls, v: str) -> str:
        return _as_custom(_check_text)(v)

    @field_validator("origin")
    @classmethod
    def _origin(cls, v: str) -> str:
        return _as_custom(normalize_country)(v)

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        return _as_custom(check_url)(v)

    @field_validator("interval", mode="before")
    @classmethod
    def _interval(cls, v: Any) -> int:
        return _as_custom(parse_interval)(v)

    @field_validator("language")
    @classmethod
    def _language(cls, v: str | None) -> str | None:
        return None if v is None else _as_custom(check_language)(v)

    @field_validator("enabled", "alert_on_baseline", mode="before")
    @classmethod
    def _bool(cls, v: Any) -> bool:
        return _strict_bool(v)

    @field_validator("selector", "item_selector")
    @classmethod
    def _css(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is None:
            return v
        kind = info.data.get("type")
        if kind is not None and kind != "html":
            raise _fail(f"is only for type: html, and this source is type: {kind}")
        return _as_custom(check_css)(v)

    @field_validator("ignore", mode="before")
    @classmethod
    def _one_pattern(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v  # "ignore: 'x'" means a list of one

    @field_validator("items", "fields")
    @classmethod
    def _json_only(cls, v: Any, info: ValidationInfo) -> Any:
        kind = info.data.get("type")
        if v is not None and kind is not None and kind != "json":
            raise _fail(f"is only for type: json, and this source is type: {kind}")
        return v


class Settings(BaseModel):
    """Fetching politeness, shared by every source; every key is optional."""

    model_config = ConfigDict(extra="forbid")

    contact: str = ""  # an e-mail or URL put into the User-Agent
    host_spacing: float = 1.0  # seconds between two requests to the same host
    max_bytes: int = DEFAULT_MAX_BYTES
    workers: int = Field(default=8, ge=1, le=64)
    timeout: float = 30.0  # seconds
    retries: int = Field(default=3, ge=0, le=10)  # per request, for 429/5xx and refused connections

    @field_validator("contact")
    @classmethod
    def _contact(cls, v: str) -> str:
        if any(ord(c) < 32 or ord(c) == 127 for c in v):
            raise _fail("must be one line of text (it goes into an HTTP header)")
        return v.strip()

    @field_validator("host_spacing", "timeout", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> float:
        return _as_custom(parse_duration)(v)

    @field_validator("timeout")
    @classmethod
    def _positive(cls, v: float) -> float:
        if v <= 0:
            raise _fail("must be more than 0s")
        return v

    @field_validator("max_bytes", mode="before")
    @classmethod
    def _size(cls, v: Any) -> int:
        return _as_custom(parse_size)(v)


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    settings: Settings = Field(default_factory=Settings)
    sources: list[Source]
    _path: Path | None = PrivateAttr(default=None)

    @field_validator("settings", mode="before")
    @classmethod
    def _empty_settings(cls, v: Any) -> Any:
        return {} if v is None else v  # "settings:" with nothing under it

    @property
    def path(self) -> Path | None:
        return self._path

    def by_id(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        where = f" in {self._path}" if self._path else ""
        known = ", ".join(s.id for s in self.sources[:20]) + (
            ", ..." if len(self.sources) > 20 else ""
        )
        near = difflib.get_close_matches(source_id, [s.id for s in self.sources], n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        raise UnknownSourceError(
            f"no source with id {source_id!r}{where}{hint}; known ids: {known or 'none'}"
        )

    def enabled(self) -> list[Source]:
        return [s for s in self.sources if s.enabled]


# --- loading -----------------------------------------------------------------------------------


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model whose keys are allowed at ``loc`` (the path of the mapping)."""
    if loc == ():
        return SourcesFile
    if loc == ("settings",):
        return Settings
    if len(loc) == 2 and loc[0] == "sources" and isinstance(loc[1], int):
        return Source
    if len(loc) == 3 and loc[0] == "sources" and loc[2] == "fields":
        return JsonFields
    return None


def field_path(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _label(loc: tuple[Any, ...], data: Any) -> str:
    """``sources[7] (id 'usps-alerts').url``: the index alone is hard to find in a long file."""
    text = field_path(loc)
    if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int) and isinstance(data, dict):
        items = data.get("sources")
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            sid = items[loc[1]].get("id")
            if isinstance(sid, str) and sid:
                head = f"sources[{loc[1]}]"
                text = f"{head} (id {sid!r})" + text[len(head) :]
    return text


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return _show(value)


def _message(err: ErrorDetails) -> str:
    kind = err["type"]
    loc = tuple(err["loc"])
    value = err.get("input")
    if kind == "policywatch":
        return err["msg"]
    if kind == "missing":
        return "is required and missing"
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        allowed = list(model.model_fields) if model else []
        near = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        return f"unknown key{hint}; allowed keys: {', '.join(allowed)}"
    if kind == "literal_error":
        what = "change kind" if loc and loc[-1] == "[key]" else "value"
        return f"unknown {what} {_show(value)}; must be one of {err['ctx']['expected']}"
    if kind == "string_type":
        return f"must be text, got {_describe(value)}" + (
            " (put it in quotes)" if isinstance(value, int | float | bool) else ""
        )
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"must be a whole number, got {_describe(value)}"
    if kind in ("float_type", "float_parsing"):
        return f"must be a number, got {_describe(value)}"
    if kind == "list_type":
        return f"must be a list ('- item' lines), got {_describe(value)}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"must be a mapping of 'key: value' lines, got {_describe(value)}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"{err['msg'].replace('Input should be', 'must be')}, got {_show(value)}"
    return f"{err['msg']}, got {_describe(value)}"


def _errors_from_validation(
    e: ValidationError, doc: YamlDocument, path: str | Path
) -> list[ConfigError]:
    out = []
    for err in e.errors():
        loc = tuple(err["loc"])
        shown = loc[:-1] if loc and loc[-1] == "[key]" else loc
        out.append(
            ConfigError(
                _message(err),
                path=path,
                line=doc.line_of(shown),
                field=field_path(shown) or None,
                label=_label(shown, doc.data) or None,
            )
        )
    return out


def _duplicate_ids(doc: YamlDocument, path: str | Path) -> list[ConfigError]:
    items = doc.data.get("sources") if isinstance(doc.data, dict) else None
    if not isinstance(items, list):
        return []
    seen: dict[str, int] = {}
    out = []
    for i, item in enumerate(items):
        sid = item.get("id") if isinstance(item, dict) else None
        if not isinstance(sid, str):
            continue
        if sid in seen:
            j = seen[sid]
            loc = ("sources", i, "id")
            out.append(
                ConfigError(
                    f"duplicate id {sid!r}: already used by sources[{j}] at line "
                    f"{doc.line_of(('sources', j, 'id'))}; ids must be unique",
                    path=path,
                    line=doc.line_of(loc),
                    field=field_path(loc),
                    label=_label(loc, doc.data),
                )
            )
        else:
            seen[sid] = i
    return out


def load_sources_text(text: str, path: str | Path = "sources.yaml") -> SourcesFile:
    """Validate sources.yaml text; raise :class:`ConfigErrors` listing every error found."""
    try:
        doc = load_with_lines(text)
    except YamlSyntaxError as e:
        raise ConfigErrors([ConfigError(e.message, path=path, line=e.line)]) from None
    errors = [
        ConfigError(
            p.message,
            path=path,
            line=p.line,
            field=field_path(p.path) or None,
            label=_label(p.path, doc.data) or None,
        )
        for p in doc.problems
    ]
    if not isinstance(doc.data, dict):
        errors.append(
            ConfigError(
                "must be a mapping with a 'sources' list (and optional 'settings'), got "
                + _describe(doc.data),
                path=path,
                line=doc.lines[()],
            )
        )
        raise ConfigErrors(errors)
    errors.extend(_duplicate_ids(doc, path))
    result = None
    try:
        result = SourcesFile.model_validate(doc.data)
    except ValidationError as e:
        errors.extend(_errors_from_validation(e, doc, path))
    if errors:
        raise ConfigErrors(errors)
    assert result is not None
    result._path = Path(path)
    return result


def load_sources(path: str | Path) -> SourcesFile:
    """Load and validate sources.yaml.

    Raises FileNotFoundError when there is no file, :class:`ConfigErrors` (all errors, each
    with its line) when it is not valid.
    """
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise ConfigErrors([ConfigError("is not UTF-8 text", path=path, line=line)]) from None
    return load_sources_text(text, path)
