"""The HTML report as text: self-contained, escaped, a mark per mention, marks that nest."""

from __future__ import annotations

import html
import re

import pytest

from newscmp.formats.html import render_html
from newscmp.formats.marks import Mark, marked_html, nest_pieces
from newscmp.model import Comparison

# Anything that would make a browser fetch from elsewhere.
EXTERNAL = re.compile(
    r"<link\b|\bsrc\s*=|@import|url\(|(?:href|action)\s*=\s*(?![\"']?#)|https?:|//[a-z0-9.-]+\.[a-z]",
    re.IGNORECASE,
)


def test_self_contained_nothing_fetched(quake: Comparison) -> None:
    page = render_html(quake)
    assert EXTERNAL.findall(page) == []
    assert page.count("<script>") == 1 and page.count("<style>") == 1
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")


def test_internal_links_only_point_into_the_page(quake: Comparison) -> None:
    page = render_html(quake)
    targets = re.findall(r'href="([^"]*)"', page)
    assert targets == ["#src-0", "#src-1", "#src-2"]
    for target in targets:
        assert f'id="{target[1:]}"' in page


def test_article_text_is_escaped(quake: Comparison) -> None:
    page = render_html(quake)
    assert "alert(1)" in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Daily | Post" in page and "Quake &lt;kills&gt; 34" in page


def test_a_mark_per_mention_with_its_words(quake: Comparison) -> None:
    page = render_html(quake)
    for f, fact in enumerate(quake.facts):
        for m, mention in enumerate(fact.mentions):
            found = re.search(rf'<mark id="m{f}-{m}"[^>]*>(.*?)</mark>', page, re.DOTALL)
            assert found, (f, m)
            words = re.sub(r"<[^>]+>", "", found.group(1))
            assert html.unescape(words) == mention.text


def test_table_rows_statuses_in_words_and_cells_point_at_marks(quake: Comparison) -> None:
    page = render_html(quake)
    body = page.split("<tbody>")[1].split("</tbody>")[0]
    assert body.count("<tr") == len(quake.facts)
    for word in ("✓ agree", "✗ conflict", "• single", "— not mentioned"):
        assert word in body
    assert 'data-source="wire" data-marks="m2-0"' in body  # the conflicting count in the wire
    assert 'data-source="wire" data-marks="m1-1 m1-0"' in body  # the longer words first


def test_boilerplate_is_shown_struck_not_marked(quake: Comparison) -> None:
    page = render_html(quake)
    assert '<span class="boilerplate" title="boilerplate: not read for facts">Photo:' in page


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("no marks <b>", [], "no marks &lt;b&gt;"),
        ("Court in Antwerp", [Mark(9, 16, "mark", "a")], 'Court in <mark id="a">Antwerp</mark>'),
        (
            "Judge Marie Claes",
            [Mark(0, 17, "mark", "a"), Mark(6, 17, "mark", "b")],
            '<mark id="a">Judge <mark id="b">Marie Claes</mark></mark>',
        ),
        (  # the same words for two facts nest
            "34 people",
            [Mark(0, 9, "mark", "a"), Mark(0, 9, "mark", "b")],
            '<mark id="a"><mark id="b">34 people</mark></mark>',
        ),
        (  # crossing spans: the later one is cut where the first ends
            "100,000 Russian troops near",
            [Mark(0, 22, "mark", "a"), Mark(8, 27, "mark", "b")],
            '<mark id="a">100,000 <mark id="b">Russian troops</mark></mark>'
            '<mark data-part="b"> near</mark>',
        ),
        ("empty", [Mark(2, 2, "mark", "a")], "empty"),
        (
            "a & b",
            [Mark(0, 5, "span", None, (("class", "x"),))],
            '<span class="x">a &amp; b</span>',
        ),
    ],
)
def test_marked_html(text: str, marks: list[Mark], expected: str) -> None:
    assert marked_html(text, marks) == expected


def test_nested_pieces_never_cross() -> None:
    marks = [
        Mark(s, e, "mark", str(i))
        for i, (s, e) in enumerate([(0, 9), (3, 12), (5, 7), (8, 20), (11, 14)])
    ]
    pieces = nest_pieces(marks)
    for a_start, a_end, _, _ in pieces:
        for b_start, b_end, _, _ in pieces:
            crossing = a_start < b_start < a_end < b_end
            assert not crossing
    for index, mark in enumerate(marks):
        covered = sorted((s, e) for s, e, order, _ in pieces if order == index)
        assert covered[0][0] == mark.start and covered[-1][1] == mark.end
        assert all(left[1] == right[0] for left, right in zip(covered, covered[1:], strict=False))


def test_samples_report_is_self_contained_too() -> None:
    from pathlib import Path

    golden = Path(__file__).parent / "golden" / "seeds" / "html.html"
    assert EXTERNAL.findall(golden.read_text(encoding="utf-8")) == []


def test_status_counts_and_filter_toggles(quake: Comparison) -> None:
    page = render_html(quake)
    assert '<p class="summary">4 facts: 1 conflict, 0 partial, 2 agree, 1 single' in page
    toggles = re.findall(
        r'data-filter="(\w+)" value="(\w+)" checked>.*?<span class="count">(\d+)</span>', page
    )
    assert toggles == [
        ("status", "conflict", "1"),
        ("status", "partial", "0"),
        ("status", "agree", "2"),
        ("status", "single", "1"),
        ("kind", "date", "1"),
        ("kind", "location", "1"),
        ("kind", "quantity", "1"),
        ("kind", "quote", "1"),
    ]
    rows = re.findall(r'<tr id="fact-\d+" data-status="(\w+)" data-kind="(\w+)">', page)
    assert rows == [(fact.status.value, fact.kind.value) for fact in quake.facts]


def test_tooltips_say_source_status_and_words(quake: Comparison) -> None:
    page = html.unescape(render_html(quake))
    # the wire's count of the dead, in its cell and on its words in the text
    assert 'title="AP: ✗ conflict · “at least 30 people” (click: see in source)"' in page
    assert 'title="AP: ✗ conflict · quantity: at least 30 people"' in page
    assert 'title="radio: not mentioned"' in page
    # the label is not repeated before the value ("Date — 2023-02-06" said "Date" twice before)
    assert 'title="Daily | Post: ✓ agree · date: 2023-02-06 (Monday)"' in page
