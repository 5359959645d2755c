"""type: json: API responses (JSON or JSONP) mapped field by field onto notices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.config import JsonFields, Source
from monitor.extract import ExtractError, extract

SAMPLES = Path(__file__).parent / "samples"
FR_URL = (
    "https://www.federalregister.gov/api/v1/documents.json"
    "?conditions[agencies][]=u-s-customs-and-border-protection&order=newest"
)
CBP_URL = "https://content.govdelivery.com/accounts/USDHSCBP/widgets/USDHSCBP_WIDGET_2/0.json"
FR_FIELDS = JsonFields(
    id="document_number", title="title", text="abstract", link="html_url", date="publication_date"
)
CBP_FIELDS = JsonFields(title="subject", link="href", date="pub_date")


def make_source(**fields: object) -> Source:
    base = {"id": "test-json", "name": "Test API", "operator": "Test", "kind": "customs"}
    return Source(**(base | {"origin": "US", "type": "json", "url": FR_URL} | fields))


def federal_register() -> Source:
    return make_source(items="results", fields=FR_FIELDS)


def test_federal_register_documents() -> None:
    body = (SAMPLES / "federal_register.json").read_bytes()
    notices = extract(federal_register(), body)
    assert [n.key for n in notices] == ["2025-14501", "2025-15877", "2025-15302"]
    rule = notices[1]
    assert rule.title == "Implementation of Duty Collection for Postal Shipments"
    assert rule.url == (
        "https://www.federalregister.gov/documents/2025/08/28/2025-15877/"
        "implementation-of-duty-collection-for-postal-shipments"
    )
    assert rule.published == "2025-08-28"
    # The abstract is HTML: its list survives as "- " lines, its tags do not.
    assert rule.text.splitlines()[-2:] == [
        "- ad valorem duty methodology",
        "- specific duty methodology, USD 80 to USD 200 per item",
    ]
    assert "<" not in rule.text
    # A null abstract leaves the title as the text to compare and classify.
    assert notices[0].text == "Suspending Duty-Free De Minimis Treatment for All Countries"


def test_cbp_govdelivery_jsonp_widget() -> None:
    body = (SAMPLES / "cbp_csms_widget.jsonp").read_bytes()
    notices = extract(make_source(url=CBP_URL, fields=CBP_FIELDS), body)
    assert len(notices) == 4
    first = notices[0]
    assert first.title == (
        "CSMS # 66027027 - GUIDANCE: Ending De Minimis for Postal Shipments, Update 3"
    )
    # No id field: the bulletin link is the key.
    assert (
        first.key
        == first.url
        == (
            "https://content.govdelivery.com/bulletins/gd/USDHSCBP-3ed9a41?wgt_ref=USDHSCBP_WIDGET_2"
        )
    )
    assert first.published == "2025-08-29T14:49:00Z"  # 10:49 AM EDT
    assert notices[1].published == "2025-08-28T21:26:00Z"  # 05:26 PM EDT
    assert notices[3].title.endswith("Section 232 Steel & Aluminum Derivatives")


def test_callback_jsonp_dotted_paths_and_list_indexes() -> None:
    payload = {
        "data": {
            "notices": [
                {
                    "ref": 17,
                    "headline": "Mail to Cuba suspended",
                    "meta": {"published": "Fri, 29 Aug 2025 10:00:00 +0200"},
                    "agencies": [{"name": "Correos"}, {"name": "Customs"}],
                    "url": "/notices/17",
                }
            ]
        }
    }
    body = b"/**/handle_notices(" + json.dumps(payload).encode() + b");"
    source = make_source(
        url="https://api.post.example/v2/notices?callback=handle_notices",
        items="data.notices",
        fields=JsonFields(
            id="ref", title="headline", text="agencies.0.name", link="url", date="meta.published"
        ),
    )
    (notice,) = extract(source, body)
    assert notice.key == "17"
    assert notice.title == "Mail to Cuba suspended"
    assert notice.text == "Correos"
    assert notice.url == "https://api.post.example/notices/17"
    assert notice.published == "2025-08-29T08:00:00Z"


def test_root_list_and_keys_that_do_not_depend_on_order() -> None:
    items = [
        {"title": "Suspension to Yemen", "body": "All mail suspended."},
        {"title": "Duty change in Norway", "body": "VAT from NOK 0."},
    ]
    source = make_source(fields=JsonFields(title="title", text="body"))
    keys = {n.title: n.key for n in extract(source, json.dumps(items).encode())}
    reordered = {n.title: n.key for n in extract(source, json.dumps(items[::-1]).encode())}
    assert keys == reordered
    assert all(k.startswith("hash:") for k in keys.values())
    assert len(set(keys.values())) == 2


def test_federal_register_with_no_results() -> None:
    body = b'{"count":0,"description":"Documents matching nothing","total_pages":0}'
    assert extract(federal_register(), body) == []
    assert extract(federal_register(), b'{"count":0,"results":[]}') == []


@pytest.mark.parametrize(
    ("source", "body", "message"),
    [
        (
            federal_register(),
            b'{\n  "count": 1,\n  "results": [\n    {"title": "a",}\n  ]\n}',
            "bad JSON: Expecting property name enclosed in double quotes at line 4, column 19",
        ),
        (
            make_source(fields=CBP_FIELDS),
            b'GDWidgets[0].update([{"subject": "CSMS # 1", "pub_date": ',
            "bad JSONP: Expecting value at line 1, column 58",
        ),
        (
            make_source(fields=CBP_FIELDS),
            b'GDWidgets[0].update([{"subject": "CSMS # 1"}] garbage',
            "bad JSONP: expected ')' at line 1, column 47",
        ),
        (
            federal_register(),
            b"<html><body>502 Bad Gateway</body></html>",
            "bad JSON: Expecting value at line 1, column 1 (got HTML or XML, not JSON)",
        ),
        (federal_register(), b"", "bad JSON: empty response"),
        (
            federal_register(),
            b'{"documents": []}',
            "items path 'results' not found in the JSON document",
        ),
        (
            make_source(fields=FR_FIELDS),
            b'{"results": []}',
            "the JSON document is an object, not a list: set 'items' to the list's path",
        ),
        (federal_register(), b'{"results": "none"}', "items path 'results' is a string"),
    ],
)
def test_bad_documents_raise_clear_errors(source: Source, body: bytes, message: str) -> None:
    with pytest.raises(ExtractError) as raised:
        extract(source, body)
    assert str(raised.value).startswith(message)


def test_non_utf8_bytes_and_a_wrong_encoding_do_not_crash() -> None:
    body = '[{"title": "Zollinhaltserklärung für Päckchen"}]'.encode("cp1252")
    (notice,) = extract(make_source(), body, encoding="utf-8")
    assert notice.title == "Zollinhaltserklärung für Päckchen"
    (notice,) = extract(make_source(), body, encoding="no-such-charset")
    assert notice.title == "Zollinhaltserklärung für Päckchen"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-08-28", "2025-08-28"),
        ("2025-08-28T09:15:00-04:00", "2025-08-28T13:15:00Z"),
        ("2025-08-28 09:15:00", "2025-08-28T09:15:00"),  # no zone given: kept as written
        ("Thu, 28 Aug 2025 09:15:00 +0200", "2025-08-28T07:15:00Z"),
        ("12/25/2025 12:05 AM EST", "2025-12-25T05:05:00Z"),
        ("28.08.2025", "2025-08-28"),
        ("7th of December 2023", "2023-12-07"),
        ("August 28, 2025", "2025-08-28"),
        (1756372500, "2025-08-28T09:15:00Z"),
        (1756372500000, "2025-08-28T09:15:00Z"),  # milliseconds
        ("soon", None),
        ("31/02/2025", None),
        (None, None),
    ],
)
def test_dates_in_the_shapes_apis_publish(published: object, expected: str | None) -> None:
    body = json.dumps([{"title": "Notice", "when": published}]).encode()
    source = make_source(fields=JsonFields(title="title", date="when"))
    (notice,) = extract(source, body)
    assert notice.published == expected
