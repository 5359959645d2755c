"""`sources add`: detect the type, propose a valid entry, append it keeping the file as it was."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from monitor.config import ConfigErrors, Source, load_sources
from monitor.extract import extract
from monitor.source_add import append_source, detect_type, guess_origin, propose_entry

SAMPLES = Path(__file__).resolve().parent / "samples"

EXISTING = """\
# Sources we watch.  Comments like this one must survive `sources add`.
settings:
  contact: ops@example.org   # goes into the User-Agent

sources:
  # --- customs ---
  - id: hmrc-atom
    name: HMRC news
    operator: HMRC
    kind: customs
    origin: GB
    type: feed
    url: https://www.gov.uk/government/organisations/hm-revenue-customs.atom
    interval: 2h     # cheap to poll

  # --- postal ---
  - id: royal-mail-incidents
    name: Royal Mail International Incident Bulletin
    operator: Royal Mail
    kind: postal
    origin: GB
    type: html
    url: https://www.royalmail.com/international-incident-bulletin
    selector: main
    ignore:
      - "(?i)last updated:[^\\\\n]*"
# end of list (commented-out candidates below)
#  - id: maybe-later
"""


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def only_insertions(old: str, new: str) -> list[str]:
    """The lines added to ``old`` to make ``new``; fails if anything was changed or removed."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    added = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        assert op in ("equal", "insert"), f"{op}: {a[i1:i2]!r} -> {b[j1:j2]!r}"
        added += b[j1:j2]
    return added


# --- detect_type ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content_type, expected",
    [
        ("hmrc_atom.xml", "application/atom+xml", "feed"),
        ("hmrc_atom.xml", "text/html; charset=utf-8", "feed"),  # mislabelled feeds are common
        ("postal_news_rss.xml", None, "feed"),
        ("federal_register.json", "application/json", "json"),
        ("cbp_csms_widget.jsonp", "text/javascript", "json"),
        ("cbp_csms_widget.jsonp", "text/plain", "json"),
        ("royalmail_incidents.html", "text/html", "html"),
        ("royalmail_incidents.html", "application/json", "html"),  # an error page, not JSON
        ("japanpost_status.html", None, "html"),
    ],
)
def test_detect_type_trusts_the_body_over_the_header(name, content_type, expected):
    assert detect_type(sample(name), content_type) == expected


def test_detect_type_sees_a_feed_past_the_xml_declaration_and_comments():
    body = b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- <html> -->\n<rdf:RDF xmlns:rdf="x"></rdf:RDF>'
    assert detect_type(body, "text/html") == "feed"


def test_detect_type_falls_back_to_the_content_type():
    assert detect_type(b"", "application/rss+xml") == "feed"
    assert detect_type(b"", "application/json") == "json"
    assert detect_type(b"just text", None) == "html"


# --- propose_entry -------------------------------------------------------------------------------


def test_a_feed_entry_takes_its_name_from_the_feed_and_its_origin_from_the_host():
    url = "https://www.gov.uk/government/organisations/hm-revenue-customs.atom"
    entry = propose_entry(url, sample("hmrc_atom.xml"), "application/atom+xml", {"hmrc-atom"})
    source = Source(**entry)
    assert source.type == "feed"
    assert source.name == "HM Revenue & Customs - Activity on GOV.UK"
    assert (source.operator, source.kind, source.origin) == ("HMRC", "customs", "GB")
    assert source.language == "en"
    assert source.id not in {"hmrc-atom"} and source.url == url
    assert extract(source, sample("hmrc_atom.xml"), url=url)  # the preview shows notices


def test_an_html_list_page_gets_a_region_and_an_item_selector_that_preview_notices():
    url = "https://www.posten.no/en/service-updates/index.html"
    body = sample("notice_list.html")
    entry = propose_entry(url, body, "text/html", set())
    source = Source(**entry)
    assert (source.type, source.origin, source.kind) == ("html", "NO", "postal")
    assert source.selector == "main" and source.item_selector == "article"
    assert source.id == "posten-service-updates"
    notices = extract(source, body, url=url)
    assert len(notices) == body.count(b"<article")


def test_an_html_page_without_main_falls_back_to_a_region_that_exists():
    url = "https://www.post.japanpost.jp/int/information/overview_en.html"
    body = sample("japanpost_status.html")
    source = Source(**propose_entry(url, body, "text/html", set()))
    assert source.selector == "#contents"
    assert (source.operator, source.origin) == ("Japan Post", "JP")
    assert source.name.startswith("Temporary Suspension of International Mail Acceptance")
    assert len(extract(source, body, url=url)) == 1


def test_a_json_entry_maps_the_fields_it_finds():
    fr = "https://www.federalregister.gov/api/v1/documents.json?conditions[agencies][]=postal-service"
    entry = propose_entry(fr, sample("federal_register.json"), "application/json", set())
    assert entry["items"] == "results"
    assert entry["fields"] == {
        "id": "document_number",
        "title": "title",
        "text": "abstract",
        "link": "html_url",
        "date": "publication_date",
    }
    assert (entry["operator"], entry["kind"]) == ("USPS", "postal")
    widget = "https://content.govdelivery.com/accounts/USDHSCBP/widgets/USDHSCBP_WIDGET_2/0.json"
    body = sample("cbp_csms_widget.jsonp")
    entry = propose_entry(widget, body, "application/javascript", set(), page_title="CBP CSMS")
    source = Source(**entry)
    assert source.items is None and source.name == "CBP CSMS"
    assert source.fields is not None
    assert (source.fields.title, source.fields.link, source.fields.date) == (
        "subject",
        "href",
        "pub_date",
    )
    assert source.kind == "customs"
    assert len(extract(source, body, url=widget)) == body.count(b'"subject"')


def test_ids_stay_unique():
    url = "https://example.org/alerts"
    body = b"<html><body><main>" + b"Service alerts for every destination. " * 3 + b"</main>"
    first = propose_entry(url, body, "text/html", set())["id"]
    second = propose_entry(url, body, "text/html", {first})["id"]
    third = propose_entry(url, body, "text/html", {first, second})["id"]
    assert len({first, second, third}) == 3
    assert first == "example-alerts"


# --- append_source -------------------------------------------------------------------------------


def test_append_keeps_every_comment_and_byte_and_the_entry_reads_back(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(EXISTING, encoding="utf-8")
    url = "https://www.posten.no/en/service-updates/index.html"
    entry = propose_entry(url, sample("notice_list.html"), "text/html", {"hmrc-atom"})
    append_source(path, entry)
    new = path.read_text(encoding="utf-8")
    added = only_insertions(EXISTING, new)
    assert any(line.lstrip().startswith("- id: posten-service-updates") for line in added)
    loaded = load_sources(path)
    assert [s.id for s in loaded.sources][-1] == "posten-service-updates"
    assert loaded.sources[-1] == Source(**entry)
    assert loaded.sources[-1].origin == "NO"  # written so that it reads back as Norway


def test_append_before_a_later_top_level_key(tmp_path):
    text = (
        "sources:\n"
        "- id: a1\n  name: A\n  operator: A\n  kind: postal\n  origin: US\n  type: feed\n"
        "  url: https://a.example/feed\n"
        "# settings below\n"
        "settings:\n  workers: 2\n"
    )
    path = tmp_path / "sources.yaml"
    path.write_text(text)
    entry = {
        "id": "b2",
        "name": "B",
        "operator": "B",
        "kind": "carrier",
        "origin": "DE",
        "type": "feed",
        "url": "https://b.example/rss",
    }
    append_source(path, entry)
    new = path.read_text()
    only_insertions(text, new)
    assert new.index("- id: b2") < new.index("# settings below")
    loaded = load_sources(path)
    assert [s.id for s in loaded.sources] == ["a1", "b2"] and loaded.settings.workers == 2


def test_append_to_an_empty_list_and_keeps_crlf(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_bytes(b"# none yet\r\nsources: []\r\n")
    entry = {
        "id": "example-feed",
        "name": "Example",
        "operator": "Example",
        "kind": "other",
        "origin": "US",
        "type": "feed",
        "url": "https://example.com/feed",
    }
    append_source(path, entry)
    raw = path.read_bytes()
    assert raw.startswith(b"# none yet\r\nsources:\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert [s.id for s in load_sources(path).sources] == ["example-feed"]
    origin_line = next(line for line in raw.decode().splitlines() if "origin:" in line)
    assert "# check origin" in origin_line  # a .com address names no country


@pytest.mark.parametrize(
    "change, words",
    [
        ({"id": "hmrc-atom"}, "duplicate id 'hmrc-atom'"),
        ({"url": "ftp://example.org/feed"}, "http or https"),
        ({"selector": "main"}, "only for type: html"),
        ({"colour": "red"}, "unknown key"),
    ],
)
def test_append_is_refused_and_the_file_unchanged_when_the_result_is_invalid(
    tmp_path, change, words
):
    path = tmp_path / "sources.yaml"
    path.write_text(EXISTING, encoding="utf-8")
    before = path.read_bytes()
    entry = {
        "id": "new-feed",
        "name": "New",
        "operator": "New",
        "kind": "other",
        "origin": "FR",
        "type": "feed",
        "url": "https://new.example.fr/feed",
        **change,
    }
    with pytest.raises(ConfigErrors) as info:
        append_source(path, entry)
    assert words in str(info.value)
    assert path.read_bytes() == before


def test_append_is_refused_when_the_file_was_already_invalid(tmp_path):
    path = tmp_path / "sources.yaml"
    broken = EXISTING.replace("kind: customs", "kind: custom")
    path.write_text(broken)
    entry = propose_entry("https://example.fr/rss", sample("postal_news_rss.xml"), None, set())
    with pytest.raises(ConfigErrors) as info:
        append_source(path, entry)
    assert ".kind:" in str(info.value)
    assert path.read_text() == broken


def test_a_flow_style_list_is_refused_with_a_hint(tmp_path):
    path = tmp_path / "sources.yaml"
    text = "sources: [{id: a1, name: A, operator: A, kind: postal, origin: US, type: feed, url: 'https://a.example/'}]\n"
    path.write_text(text)
    entry = propose_entry("https://example.fr/rss", sample("postal_news_rss.xml"), None, set())
    with pytest.raises(ConfigErrors, match="one '- ' entry per line"):
        append_source(path, entry)
    assert path.read_text() == text


def test_the_original_bytes_come_back_if_the_written_file_does_not_validate(tmp_path, monkeypatch):
    import monitor.source_add as source_add

    path = tmp_path / "sources.yaml"
    path.write_text(EXISTING, encoding="utf-8")
    before = path.read_bytes()

    def changed_under_us(p):
        raise ConfigErrors([source_add.ConfigError("changed while writing", path=p, line=1)])

    monkeypatch.setattr(source_add, "load_sources", changed_under_us)
    entry = propose_entry("https://example.fr/rss", sample("postal_news_rss.xml"), None, set())
    with pytest.raises(ConfigErrors):
        append_source(path, entry)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://www.4-72.com.co/noticias", ("CO", True)),
        ("https://www.posta.co.me/vijesti", ("ME", True)),
        ("https://www.posten.no/nyheter", ("NO", True)),
        ("https://www.example.co/news", ("US", False)),
        ("https://about.usps.com/newsroom/", ("US", True)),
        # national posts on .com addresses
        ("https://www.anpost.com/Media-Centre/News", ("IE", True)),
        ("https://www.thailandpost.com/th/news/", ("TH", True)),
    ],
)
def test_the_origin_is_guessed_from_a_country_registry_under_a_brand_domain(url, origin):
    assert guess_origin(url) == origin


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        # a global brand's country site names its country in its locale, in either order
        ("https://www.fedex.com/de-de/service-alerts.html", ("DE", True)),
        ("https://www.fedex.com/fr-be/shipping.html", ("BE", True)),
        ("https://www.dhl.com/tr-en/home/press.html", ("TR", True)),
        ("https://www.dhl.com/ar-es/home.html", ("AR", True)),  # DHL puts the country first
        ("https://www.ups.com/gb/en/service-alerts.page", ("GB", True)),
        ("https://mydhl.express.dhl/br/pt/important-information.html", ("BR", True)),
        ("https://www.tnt.com/express/en_gb/site/news.html", ("GB", True)),
        ("https://gls-group.com/DE/de/news", ("DE", True)),
        ("https://www.aramex.com/ae/en/news", ("AE", True)),
        ("https://www.ups.com/us/en/alerts.page?loc=en_GB", ("US", True)),
        ("https://www.example.com/support?loc=en_GB", ("GB", True)),
        # a page for the whole network names no country
        ("https://www.dhl.com/global-en/home/press.html", ("US", False)),
        ("https://newsroom.fedex.com/newsroom/global-english/x", ("US", False)),
        # a language alone is no country; a country's own domain is its own
        ("https://group.dhl.com/de/presse.html", ("DE", True)),
        ("https://www.example.com/de/news", ("US", False)),
        ("https://help.shopify.com/en/manual/shipping", ("US", False)),
        # a known host with one country is that country in any language; so is .gov
        ("https://www.upu.int/fr-fr/news", ("CH", True)),
        ("https://www.royalmail.com/global-news", ("GB", True)),
        ("https://www.cbp.gov/trade/global-trade", ("US", True)),
        ("https://www.dhl.com/en-us/home.html", ("US", True)),
        ("https://www.post.ch/de/versenden", ("CH", True)),
        ("https://posturinn.is/en/news/", ("IS", True)),
        ("https://about.usps.com/int/notices", ("US", True)),
    ],
)
def test_the_origin_is_read_from_the_locale_of_a_brand_country_site(url, origin):
    assert guess_origin(url) == origin
