"""A YAML loader for hand-written config that keeps the line of every key and item.

Why not ``yaml.safe_load``: PyYAML follows YAML 1.1, where ``NO``, ``yes``, ``on`` and ``off``
are booleans (``origin: NO`` would lose Norway), ``12:30`` is an integer in base 60 and
``2024-01-01`` a date. Here only ``true``/``false`` (any case) are booleans, only plain decimal
numbers are numbers, and everything else stays a string. Every error a validator finds later
can then point at a line, because each value's position is recorded by its path
(``("sources", 7, "url")``). Duplicate keys, which PyYAML silently overwrites, are reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

Path_ = tuple[str | int, ...]


class StrictResolver(BaseResolver):
    """Implicit types of a YAML 1.2-like core schema: true/false, decimal numbers, null."""


StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?i:true|false)$"), list("tTfF")
)
StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)
StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
StrictResolver.add_implicit_resolver("tag:yaml.org,2002:merge", re.compile(r"^(?:<<)$"), ["<"])


class StrictLoader(Reader, Scanner, Parser, Composer, SafeConstructor, StrictResolver):
    """SafeLoader's reader/scanner/parser/constructor with :class:`StrictResolver`."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        StrictResolver.__init__(self)


if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class FastStrictLoader(CParser, SafeConstructor, StrictResolver):
        """The same rules on libyaml's parser: about 30 times faster on large files."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            StrictResolver.__init__(self)

    _LineLoader: type = FastStrictLoader
else:  # pragma: no cover - PyYAML built without libyaml
    _LineLoader = StrictLoader


class YamlSyntaxError(Exception):
    """The text is not YAML; ``line`` is 1-based (None when the parser gave no position)."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True)
class YamlProblem:
    """Valid YAML, but ambiguous as config (duplicate key, unsupported tag)."""

    line: int
    path: Path_
    message: str


@dataclass
class YamlDocument:
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)  # path -> 1-based line
    problems: list[YamlProblem] = field(default_factory=list)

    def line_of(self, path: Path_) -> int | None:
        """The line of ``path``, or of its nearest recorded ancestor (for a missing key)."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())


def _syntax_error(e: yaml.YAMLError) -> YamlSyntaxError:
    mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
    parts = [getattr(e, "context", None), getattr(e, "problem", None)]
    text = "; ".join(p for p in parts if p) or str(e)
    return YamlSyntaxError(f"YAML syntax error: {text}", mark.line + 1 if mark else None)


def compose(text: str) -> Node | None:
    """The node tree of a single-document YAML text (None when it is empty).

    Pure-Python parser on purpose: its marks' ``index`` counts characters of ``text``, which
    is what editing the text in place (``sources add``) needs.
    """
    loader = StrictLoader(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError as e:
        raise _syntax_error(e) from None
    finally:
        loader.dispose()


def load_with_lines(text: str) -> YamlDocument:
    """Plain Python data (dict, list, str, int, float, bool, None) with the line of each part.

    Raises :class:`YamlSyntaxError` when the text is not YAML. Duplicate keys and unsupported
    tags do not stop the load: they are listed in ``problems`` (the last duplicate wins).
    """
    loader = _LineLoader(text)
    try:
        root = loader.get_single_node()
        doc = YamlDocument(data=None, lines={(): 1})
        if root is not None:
            doc.lines[()] = root.start_mark.line + 1
            doc.data = _Builder(loader, doc).build(root, ())
        return doc
    except yaml.YAMLError as e:
        raise _syntax_error(e) from None
    finally:
        loader.dispose()


_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


class _Builder:
    def __init__(self, loader: Any, doc: YamlDocument) -> None:
        self.loader = loader
        self.doc = doc
        self.active: set[int] = set()  # nodes being built: an alias to one of them is a cycle

    def problem(self, node: Node, path: Path_, message: str) -> None:
        self.doc.problems.append(YamlProblem(node.start_mark.line + 1, path, message))

    def build(self, node: Node, path: Path_) -> Any:
        if id(node) in self.active:
            self.problem(node, path, "an alias refers to the structure that contains it")
            return None
        if isinstance(node, ScalarNode):
            try:
                return self.loader.construct_object(node)
            except ConstructorError as e:
                self.problem(node, path, f"unsupported value: {e.problem}")
                return node.value
        if node.tag not in (_MAP_TAG, _SEQ_TAG):
            self.problem(node, path, f"unsupported tag {node.tag!r}")
        self.active.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                return self._sequence(node, path)
            return self._mapping(node, path)
        finally:
            self.active.discard(id(node))

    def _sequence(self, node: SequenceNode, path: Path_) -> list[Any]:
        items = []
        for i, child in enumerate(node.value):
            self.doc.lines[(*path, i)] = child.start_mark.line + 1
            items.append(self.build(child, (*path, i)))
        return items

    def _mapping(self, node: MappingNode, path: Path_) -> dict[Any, Any]:
        own = {id(k) for k, _ in node.value if k.tag != "tag:yaml.org,2002:merge"}
        try:
            self.loader.flatten_mapping(node)  # resolves "<<: *anchor" merge keys
        except ConstructorError as e:
            self.problem(node, path, f"bad merge key: {e.problem}")
        result: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, path, "a key must be a plain value, not a list or mapping")
                continue
            key = self.build(key_node, path)
            if not isinstance(key, str):
                key = key_node.value  # "1:" or "true:" as a key: keep the text as written
            if key in first_line and id(key_node) in own:
                self.problem(
                    key_node,
                    (*path, key),
                    f"duplicate key {key!r} (first at line {first_line[key]})",
                )
            if id(key_node) in own:
                first_line.setdefault(key, line)
            self.doc.lines[(*path, key)] = line
            result[key] = self.build(value_node, (*path, key))
        return result
