"""The phrase walk finds a phrase only where a word starts (after a space or any other
character that ends a word), a phrase written with punctuation only where the text has that
punctuation, and a "~" phrase inside a compound word wherever it sits."""

from __future__ import annotations

import pytest

from monitor.classify import classify
from monitor.classify.matcher import PhraseMatcher, parse_phrase
from monitor.classify.normalize import normalize


def _found(phrases: list[str], text: str, lo: int = 0, hi: int | None = None) -> list[str]:
    matcher = PhraseMatcher([(*parse_phrase(p), p) for p in phrases])
    norm = normalize(text)
    return [text[m.start : m.end] for m in matcher.find(norm, text, lo, hi)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mail to Germany", ["Germany"]),
        ("(Germany) and [Germany], 'Germany'/Germany", ["Germany"] * 4),
        ("Germany®Germany", ["Germany", "Germany"]),
        ("xgermany, germanyx, Westgermany", []),
        ("Deutschland: keine Sendungen nach Germany.", ["Germany"]),
    ],
)
def test_a_phrase_is_found_where_a_word_starts_and_ends(text, expected):
    assert _found(["germany"], text) == expected


def test_a_phrase_with_punctuation_needs_that_punctuation():
    text = "Mail to the U.S. is late; mail to u,s, or U S is not named."
    assert _found(["u.s."], text) == ["U.S."]


def test_a_window_that_starts_inside_a_word_finds_no_phrase_at_its_start():
    text = "germany many"
    matcher = PhraseMatcher([(*parse_phrase("many"), "many")])
    found = matcher.find(text, text, 3, len(text))
    assert [(m.start, m.end) for m in found] == [(8, 12)]  # the second word only


def test_a_compound_ending_is_found_after_the_start_of_another_phrase():
    # "post*" and "postsendung*" start inside "Luftpostsendungen": the ending "~sendungen"
    # is still found (it was lost when the walk followed them)
    found = _found(["post*", "postsendung*", "~sendungen"], "Luftpostsendungen aus dem Jemen")
    assert found == ["sendungen"]


def test_a_phrase_after_a_symbol_of_another_script_is_found():
    got = classify(
        "Paketdienst", "Pakete nach Österreich•Deutschland sind bis auf Weiteres ausgesetzt."
    )
    assert "AT" in got.destinations


@pytest.mark.parametrize(
    "phrases, text, expected",
    [
        # the longest phrase at "temporarily" ends inside "accepted": "not accepted" still counts
        (
            ["temporarily not accept", "not accepted"],
            "Items are temporarily not accepted.",
            ["not accepted"],
        ),
        (["due to the strik", "strike"], "Delays due to the strike.", ["strike"]),
    ],
)
def test_a_phrase_inside_a_longer_one_that_ends_mid_word_is_found(phrases, text, expected):
    assert _found(phrases, text) == expected


def test_a_phrase_longer_than_a_walk_again_reaches_is_refused():
    # the walk again after a phrase that ends mid-word reaches LONGEST_PHRASE characters on
    with pytest.raises(ValueError, match="longer than"):
        PhraseMatcher([(*parse_phrase("word " * 90), "long")])
