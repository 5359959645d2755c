"""html_to_text: the text a change is diffed on keeps lists, links, headings, one row per line."""

from __future__ import annotations

import difflib
from pathlib import Path

from bs4 import BeautifulSoup

from monitor.htmltext import html_to_text

SAMPLES = Path(__file__).parent / "samples"


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.ndiff(before.splitlines(), after.splitlines())
        if line.startswith(("- ", "+ "))
    ]


def test_lists_become_dash_lines_with_nested_items_indented() -> None:
    html = (
        "<ul><li>letters</li><li>parcels<ul><li>with goods</li></ul></li></ul><ol><li>one</li></ol>"
    )
    assert html_to_text(html) == "- letters\n- parcels\n  - with goods\n\n- one"


def test_links_keep_an_absolute_url_unless_the_text_is_the_url() -> None:
    html = (
        '<p>See <a href="/guidance/us">the guidance</a>, <a href="https://www.gov.uk/x">'
        'https://www.gov.uk/x</a> and <a href="#top">top</a>.</p>'
    )
    text = html_to_text(html, base_url="https://www.gov.uk/news/page")
    assert text == (
        "See the guidance (https://www.gov.uk/guidance/us), https://www.gov.uk/x and top."
    )


def test_headings_and_paragraphs_are_separated_and_whitespace_collapsed() -> None:
    html = "<h2>  Service\n update </h2><p>First   paragraph\n continues.</p><p>Second.</p>"
    assert html_to_text(html) == "Service update\n\nFirst paragraph continues.\n\nSecond."


def test_each_table_row_is_one_line_with_cells_joined() -> None:
    html = (
        "<table><thead><tr><th>Country</th><th>Start date</th></tr></thead><tbody>"
        "<tr><td>Israel</td><td>14/06/2025</td></tr>"
        "<tr><td>Sudan <a href='/sd'>details</a></td><td><p>15/04/2023</p><p>ongoing</p></td></tr>"
        "</tbody></table>"
    )
    text = html_to_text(html, base_url="https://www.royalmail.com/incidents")
    assert text.splitlines() == [
        "Country | Start date",
        "Israel | 14/06/2025",
        "Sudan details (https://www.royalmail.com/sd) | 15/04/2023 ongoing",
    ]


def test_changing_one_cell_changes_exactly_one_line() -> None:
    page = (SAMPLES / "royalmail_incidents.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(page, "lxml")
    before = html_to_text(soup.select_one("#international-incidents"))
    # A much longer cell: a column-padding layout would rewrite every row.
    edited = page.replace(
        "Delivery delays of up to 2 weeks.",
        "Delivery delays of up to 4 weeks; items may be returned to sender after 30 days.",
    )
    after = html_to_text(BeautifulSoup(edited, "lxml").select_one("#international-incidents"))
    assert changed_lines(before, after) == [
        "- New Caledonia | 20/05/2024 | 15/08/2025 | Delivery delays of up to 2 weeks.",
        "+ New Caledonia | 20/05/2024 | 15/08/2025 | Delivery delays of up to 4 weeks; items may "
        "be returned to sender after 30 days.",
    ]


def test_scripts_styles_and_hidden_content_are_dropped() -> None:
    html = (
        "<div><script>var secret = 1;</script><style>p{color:red}</style>"
        "<noscript>Enable JavaScript</noscript><template><p>tpl</p></template>"
        "<!-- a comment --><p hidden>hidden</p><p>Visible</p></div>"
    )
    assert html_to_text(html) == "Visible"


def test_no_trailing_spaces_and_no_runs_of_blank_lines() -> None:
    html = "<div>a&nbsp; </div><br><br><br><p> b </p><p></p><p>\t</p><div>c<br></div>"
    text = html_to_text(html)
    assert text == "a\n\nb\n\nc"


def test_accepts_a_tag_and_keeps_only_its_content() -> None:
    soup = BeautifulSoup(
        "<html><head><title>Page</title></head><body><nav>Menu</nav>"
        "<main><p>Body text</p></main></body></html>",
        "lxml",
    )
    assert html_to_text(soup.main) == "Body text"
    assert html_to_text(soup) == "Menu\n\nBody text"


def test_line_breaks_and_list_paragraphs_stay_inside_their_item() -> None:
    html = "<ul><li><p>Goods suspended</p><p>from 22 August</p></li><li>a<br>b</li></ul>"
    assert html_to_text(html) == "- Goods suspended\n  from 22 August\n- a\n  b"


def test_a_layout_table_is_not_squeezed_onto_one_line() -> None:
    html = (
        "<table><tr><td><h2>News</h2><table><tr><td>US</td><td>suspended</td></tr></table>"
        "</td><td><p>Sidebar</p></td></tr></table>"
    )
    assert html_to_text(html) == "News\n\nUS | suspended\n\nSidebar"


def test_plain_string_and_deeply_nested_markup() -> None:
    assert html_to_text("  plain   text \n second line ") == "plain text\nsecond line"
    deep = "<ul><li>" * 3000 + "bottom" + "</li></ul>" * 3000
    assert "bottom" in html_to_text(deep)
