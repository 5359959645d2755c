"""Reading the package's YAML data files (once per process)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from monitor.classify.table_cache import cached

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE_TAG = "tag:yaml.org,2002:merge"


class UniqueKeyLoader(_Base):  # type: ignore[misc,valid-type]
    """A safe loader that refuses a key given twice in one mapping: YAML keeps the last, and
    the phrases or names under the first would vanish without a word."""


def _unique_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == _MERGE_TAG:
            continue  # "<<: *defaults" is resolved by the constructor below
        line = key_node.start_mark.line + 1
        key = loader.construct_object(key_node, deep=deep)
        try:
            first = seen.get(key)
        except TypeError:
            raise ValueError(f"line {line}: a key must be a plain value, not {key!r}") from None
        if first is not None:
            raise ValueError(f"line {line}: {key!r} is given twice (first at line {first})")
        seen[key] = line
    return loader.construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def read_yaml(name: str) -> Any:
    """One of the package's data files, parsed; a repeated key is an error naming the file."""
    text = resources.files("monitor.classify.data").joinpath(name).read_text(encoding="utf-8")
    try:
        return yaml.load(text, Loader=UniqueKeyLoader)  # noqa: S506 - a safe loader
    except ValueError as exc:
        raise ValueError(f"monitor/classify/data/{name}, {exc}") from None


@cache
def load_yaml(name: str) -> Any:
    """A data file, parsed once per process, or read from the table cache (parsing the
    largest file takes longer than the rest of a first classification)."""
    return cached(name, dict, lambda: read_yaml(name))
