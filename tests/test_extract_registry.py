"""One interface for every source type: a new type registers itself from its own module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import monitor.extract as extract_pkg
from monitor.config import Source
from monitor.extract import ExtractError, extract, extractor_types, register
from monitor.notice import Notice


@pytest.fixture(autouse=True)
def own_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Types registered here disappear after each test (other tests see the real set)."""
    extractor_types()  # load the built-in modules first
    monkeypatch.setattr(extract_pkg, "_registry", dict(extract_pkg._registry))
    yield


def make_source(type_name: str) -> Source:
    source = Source(
        id="test-registry",
        name="Registry",
        operator="Test",
        kind="other",
        origin="FR",
        type="html",
        url="https://example.org/notices.txt",
    )
    # The config schema only knows the shipped types; a plugin type skips validation here.
    return source.model_copy(update={"type": type_name})


def test_builtin_types_are_found_without_being_listed() -> None:
    assert {"feed", "html", "json"} <= set(extractor_types())


def test_a_registered_function_is_a_new_type() -> None:
    @register("lines")
    def extract_lines(
        source: Source, body: bytes, *, url: str, encoding: str | None = None
    ) -> list[Notice]:
        text = body.decode(encoding or "utf-8")
        return [Notice(line, line, url, None, line) for line in text.splitlines() if line]

    assert "lines" in extractor_types()
    notices = extract(make_source("lines"), b"Avis 1\n\nAvis 2\n", url="https://example.org/x")
    assert [(n.key, n.url) for n in notices] == [
        ("Avis 1", "https://example.org/x"),
        ("Avis 2", "https://example.org/x"),
    ]


def test_a_registered_class_is_a_new_type_and_url_defaults_to_the_source() -> None:
    @register("constant")
    class Constant:
        def extract(
            self, source: Source, body: bytes, *, url: str, encoding: str | None = None
        ) -> list[Notice]:
            return [Notice("k", source.name, url, "2025-08-29", body.decode())]

    (notice,) = extract(make_source("constant"), b"hello")
    assert notice == Notice(
        "k", "Registry", "https://example.org/notices.txt", "2025-08-29", "hello"
    )


def test_a_type_cannot_be_taken_twice() -> None:
    with pytest.raises(ValueError, match="'feed' is already registered"):

        @register("feed")
        def other_feed(source: Source, body: bytes, **kwargs: object) -> list[Notice]:
            return []


def test_an_unknown_type_is_an_extract_error() -> None:
    with pytest.raises(
        ExtractError, match=r"^no extractor for type 'pdf' \(known: feed, html, json"
    ):
        extract(make_source("pdf"), b"%PDF-1.7")


def test_duplicate_keys_get_suffixes_in_order() -> None:
    @register("dupes")
    def dupes(source: Source, body: bytes, **kwargs: object) -> list[Notice]:
        return [Notice(k, k, None, None, k) for k in ("a", "b", "a", "a~2", "a")]

    keys = [n.key for n in extract(make_source("dupes"), b"")]
    assert keys == ["a", "b", "a~3", "a~2", "a~4"]
    assert len(set(keys)) == len(keys)


def test_an_extractor_bug_becomes_an_extract_error_with_the_cause() -> None:
    @register("broken")
    def broken(source: Source, body: bytes, **kwargs: object) -> list[Notice]:
        return {}["missing"]

    with pytest.raises(
        ExtractError, match="^broken extractor failed: KeyError: 'missing'"
    ) as raised:
        extract(make_source("broken"), b"x")
    assert isinstance(raised.value.__cause__, KeyError)
