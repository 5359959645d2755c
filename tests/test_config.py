"""sources.yaml schema and loader: what an admin sees when the file is right, and when it is not."""

from __future__ import annotations

import textwrap

import pytest

from monitor.config import (
    ConfigError,
    ConfigErrors,
    load_sources,
    parse_interval,
)
from storage.taxonomy import SEVERITIES

VALID = """\
# watched sources
settings:
  contact: ops@example.org   # into the User-Agent
  host_spacing: 500ms
  max_bytes: 2MiB
  workers: 4
  timeout: 1m
sources:
  - id: hmrc-atom
    name: HMRC news
    operator: HMRC
    kind: customs
    origin: UK
    type: feed
    url: https://www.gov.uk/government/organisations/hm-revenue-customs.atom
    interval: 30m
    language: en-GB
  - id: posten-norway
    name: Posten driftsmeldinger
    operator: Posten
    kind: postal
    origin: NO
    type: html
    url: http://www.posten.no/driftsmeldinger
    selector: "#content"
    item_selector: article.notice
    ignore:
      - "Sist oppdatert: .*"
    language: no
    enabled: false
    severity:
      delay: low
      suspension: critical
  - id: fr-api
    name: Federal Register
    operator: CBP
    kind: customs
    origin: us
    type: json
    url: https://www.federalregister.gov/api/v1/documents.json
    interval: 10s
    items: results
    fields: {title: title, text: abstract, link: html_url, date: publication_date}
    alert_on_baseline: TRUE
"""


def write(tmp_path, text: str, name: str = "sources.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def errors_of(tmp_path, text: str) -> list[ConfigError]:
    path = write(tmp_path, text)
    with pytest.raises(ConfigErrors) as info:
        load_sources(path)
    return info.value.errors


def one_error(tmp_path, text: str) -> ConfigError:
    errors = errors_of(tmp_path, text)
    assert len(errors) == 1, "\n".join(map(str, errors))
    return errors[0]


def source_yaml(**overrides: str) -> str:
    """One source entry with these keys replaced (value None drops the key)."""
    fields = {
        "id": "usps-alerts",
        "name": "USPS alerts",
        "operator": "USPS",
        "kind": "postal",
        "origin": "US",
        "type": "html",
        "url": "https://about.usps.com/newsroom/service-alerts/international/",
    }
    fields.update(overrides)
    lines = ["sources:"]
    for i, (key, value) in enumerate((k, v) for k, v in fields.items() if v is not None):
        lines.append(f"  {'- ' if i == 0 else '  '}{key}: {value}")
    return "\n".join(lines) + "\n"


# --- a valid file --------------------------------------------------------------------------------


def test_a_valid_file_loads_with_its_values_normalised(tmp_path):
    loaded = load_sources(write(tmp_path, VALID))
    assert [s.id for s in loaded.sources] == ["hmrc-atom", "posten-norway", "fr-api"]
    hmrc, posten, api = loaded.sources
    assert hmrc.origin == "GB"  # UK is accepted for GB
    assert hmrc.interval == 1800
    assert hmrc.language == "en-GB"
    assert posten.origin == "NO"  # Norway, not False
    assert posten.language == "no"
    assert posten.interval == 6 * 3600  # the default
    assert posten.enabled is False
    assert posten.severity == {"delay": "low", "suspension": "critical"}
    assert posten.ignore == ["Sist oppdatert: .*"]
    assert api.origin == "US"
    assert api.interval == 10
    assert api.items == "results"
    assert api.fields is not None and api.fields.link == "html_url"
    assert api.alert_on_baseline is True
    assert loaded.settings.contact == "ops@example.org"
    assert loaded.settings.host_spacing == 0.5
    assert loaded.settings.max_bytes == 2 * 1024 * 1024
    assert loaded.settings.workers == 4
    assert loaded.settings.timeout == 60.0
    assert [s.id for s in loaded.enabled()] == ["hmrc-atom", "fr-api"]
    assert loaded.by_id("fr-api") is api


def test_settings_are_optional_with_polite_defaults(tmp_path):
    loaded = load_sources(write(tmp_path, source_yaml()))
    assert loaded.settings.host_spacing == 1.0
    assert loaded.settings.max_bytes == 5 * 1024 * 1024
    assert loaded.settings.workers == 8
    assert loaded.settings.timeout == 30.0


def test_by_id_names_the_unknown_id_and_suggests_a_near_one(tmp_path):
    loaded = load_sources(write(tmp_path, VALID))
    with pytest.raises(KeyError) as info:
        loaded.by_id("hmrc-atm")
    message = str(info.value)
    assert "hmrc-atm" in message and "did you mean 'hmrc-atom'" in message


@pytest.mark.parametrize(
    "text, seconds",
    [("30m", 1800), ("6h", 21600), ("1d", 86400), ("10s", 10), ("1h30m", 5400), (900, 900)],
)
def test_parse_interval(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["6 hours", "0m", "1.5h", "h", "", -5, True, "500ms"])
def test_parse_interval_rejects(text):
    with pytest.raises(ValueError, match="30m, 6h or 1d|at least 1s"):
        parse_interval(text)


# --- YAML 1.1 booleans stay strings --------------------------------------------------------------


@pytest.mark.parametrize("word", ["NO", "no", "Yes", "on", "OFF", "y"])
def test_yaml_11_boolean_words_stay_strings_where_text_is_expected(tmp_path, word):
    loaded = load_sources(write(tmp_path, source_yaml(name=word, operator=word)))
    assert loaded.sources[0].name == word
    assert loaded.sources[0].operator == word


@pytest.mark.parametrize("word", ["yes", "no", "on", "off"])
def test_enabled_yes_is_an_error_that_says_to_use_true_or_false(tmp_path, word):
    err = one_error(tmp_path, source_yaml(enabled=word))
    assert err.line == 9
    assert err.field == "sources[0].enabled"
    assert "true or false" in err.message and repr(word) in err.message


# --- every error names file, line and field ------------------------------------------------------


def test_error_str_is_file_line_field_message(tmp_path):
    err = one_error(tmp_path, source_yaml(url="ftp://x"))
    path = tmp_path / "sources.yaml"
    assert str(err) == (
        f"{path}:8: sources[0] (id 'usps-alerts').url: must be an http or https URL, got 'ftp://x'"
    )
    assert (err.path, err.line, err.field) == (str(path), 8, "sources[0].url")


@pytest.mark.parametrize(
    "overrides, line, field, words",
    [
        ({"colour": "blue"}, 9, "sources[0].colour", ["unknown key", "allowed keys", "interval"]),
        ({"intervall": "6h"}, 9, "sources[0].intervall", ["did you mean 'interval'"]),
        ({"url": "ftp://example.org/x"}, 8, "sources[0].url", ["http or https"]),
        ({"url": "https://"}, 8, "sources[0].url", ["http or https"]),
        ({"interval": "6 hours"}, 9, "sources[0].interval", ["30m, 6h or 1d", "'6 hours'"]),
        ({"origin": "XX"}, 6, "sources[0].origin", ["ISO 3166-1 alpha-2", "'XX'"]),
        ({"origin": "Norway"}, 6, "sources[0].origin", ["ISO 3166-1 alpha-2"]),
        ({"kind": "courier"}, 5, "sources[0].kind", ["'customs'", "'carrier'", "'courier'"]),
        ({"type": "rss"}, 7, "sources[0].type", ["'feed'", "'html'", "'json'"]),
        ({"id": "USPS_alerts"}, 2, "sources[0].id", ["slug", "'USPS_alerts'"]),
        ({"ignore": "['(unclosed']"}, 9, "sources[0].ignore[0]", ["regular expression"]),
        ({"selector": "'div[['"}, 9, "sources[0].selector", ["CSS selector"]),
        ({"language": "english"}, 9, "sources[0].language", ["language code"]),
        ({"name": "''"}, 3, "sources[0].name", ["must not be empty"]),
        ({"items": "results"}, 9, "sources[0].items", ["only for type: json"]),
        ({"severity": "{suspension: urgent}"}, 9, "sources[0].severity.suspension", ["'high'"]),
        ({"severity": "{strike: high}"}, 9, "sources[0].severity.strike", ["change kind"]),
    ],
)
def test_each_error_kind_has_line_field_and_what_is_allowed(
    tmp_path, overrides, line, field, words
):
    err = one_error(tmp_path, source_yaml(**overrides))
    assert (err.line, err.field) == (line, field), str(err)
    assert str(err).startswith(f"{tmp_path / 'sources.yaml'}:{line}: ")
    for word in words:
        assert word in err.message, err.message


def test_severity_overrides_name_every_allowed_id_in_taxonomy_order(tmp_path):
    # the ids come from the Literal types of storage/taxonomy.py, most severe first
    err = one_error(tmp_path, source_yaml(severity="{suspension: urgent}"))
    assert err.message == (
        "unknown value 'urgent'; must be one of 'critical', 'high', 'medium', 'low' or 'none'"
    )
    err = one_error(tmp_path, source_yaml(severity="{strike: high}"))
    assert err.message == (
        "unknown change kind 'strike'; must be one of 'suspension', 'prohibited_items', "
        "'restriction', 'new_requirement', 'duty_tax_change', 'delay', 'resumption', "
        "'informational' or 'irrelevant'"
    )
    assert SEVERITIES == ("none", "low", "medium", "high", "critical")  # ascending


def test_selector_on_a_feed_is_an_error_at_its_line(tmp_path):
    err = one_error(tmp_path, source_yaml(type="feed", selector="main"))
    assert (err.line, err.field) == (9, "sources[0].selector")
    assert "only for type: html" in err.message and "type: feed" in err.message


def test_a_missing_field_points_at_its_entry(tmp_path):
    text = "sources:\n  - id: a1\n    kind: postal\n" + source_yaml(id="b2", operator=None)[9:]
    errors = errors_of(tmp_path, text)
    missing = {(e.line, e.field) for e in errors}
    assert (2, "sources[0].name") in missing  # the line of the entry that lacks it
    assert (4, "sources[1].operator") in missing
    assert all("required" in e.message for e in errors if e.field.endswith(("name", "operator")))


def test_duplicate_ids_are_errors_at_the_second_one(tmp_path):
    entry = source_yaml()
    text = entry + entry[len("sources:\n") :]
    err = one_error(tmp_path, text)
    assert (err.line, err.field) == (9, "sources[1].id")
    assert "duplicate id 'usps-alerts'" in err.message and "line 2" in err.message


def test_a_duplicate_key_in_one_entry_is_an_error(tmp_path):
    err = one_error(tmp_path, source_yaml() + "    url: https://other.example/\n")
    assert (err.line, err.field) == (9, "sources[0].url")
    assert "duplicate key 'url'" in err.message and "line 8" in err.message


def test_unknown_settings_and_top_level_keys_are_errors(tmp_path):
    text = "settings:\n  workerz: 2\n  max_bytes: lots\nsourcez: []\n" + source_yaml()
    errors = errors_of(tmp_path, text)
    got = {(e.line, e.field) for e in errors}
    assert got == {(2, "settings.workerz"), (3, "settings.max_bytes"), (4, "sourcez")}
    by_field = {e.field: e.message for e in errors}
    assert "did you mean 'workers'" in by_field["settings.workerz"]
    assert "5MB" in by_field["settings.max_bytes"]


def test_a_yaml_syntax_error_names_file_and_line(tmp_path):
    text = "sources:\n  - id: a1\n    name: [unclosed\n    kind: postal\n"
    err = one_error(tmp_path, text)
    assert err.line is not None and 3 <= err.line <= 5
    assert str(err).startswith(f"{tmp_path / 'sources.yaml'}:{err.line}: YAML syntax error")


def test_a_file_that_is_not_a_mapping_is_one_clear_error(tmp_path):
    err = one_error(tmp_path, "- id: a1\n")
    assert err.line == 1 and "'sources' list" in err.message


def test_all_errors_of_the_file_are_reported_at_once_in_line_order(tmp_path):
    text = source_yaml(url="ftp://x", interval="often", origin="ZZ", enabled="yes")
    errors = errors_of(tmp_path, text)
    assert [e.field.split(".")[-1] for e in errors] == ["origin", "url", "interval", "enabled"]
    assert [e.line for e in errors] == sorted(e.line for e in errors)
    report = str(ConfigErrors(errors))
    assert len(report.splitlines()) == 4


def test_a_missing_file_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_sources(tmp_path / "nope.yaml")
