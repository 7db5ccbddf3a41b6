"""Markdown output: GitHub tables that stay tables whatever the article text holds."""

from __future__ import annotations

import re

import pytest

from newscmp.formats.markdown import escape_cell, markdown_table, render_markdown
from newscmp.model import Comparison

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Wendy Sherman", "Wendy Sherman"),
        ("Daily | Post", "Daily \\| Post"),
        ("first line\nsecond line", "first line<br>second line"),
        ("windows\r\nline", "windows<br>line"),
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
        ("C:\\path", "C:\\\\path"),
        ("a \\| b", "a \\\\\\| b"),
        ("  padded  ", "padded"),
        ("“at least 30 people”", "“at least 30 people”"),
    ],
)
def test_escape_cell(cell: str, expected: str) -> None:
    assert escape_cell(cell) == expected


def test_markdown_table_has_heading_rule_and_right_aligned_columns() -> None:
    text = markdown_table("Scores", ["Team", "Goals:"], [["Ajax | B", "3"]])
    assert text.splitlines() == [
        "## Scores",
        "",
        "| Team | Goals |",
        "| --- | ---: |",
        "| Ajax \\| B | 3 |",
    ]


def _section(text: str, heading: str) -> list[str]:
    block = text.split(f"## {heading}\n\n", 1)[1].split("\n\n", 1)[0]
    return block.splitlines()


def test_every_row_has_as_many_cells_as_the_header(quake: Comparison) -> None:
    text = render_markdown(quake)
    for heading in ("Sources", "Facts", "Problems"):
        lines = _section(text, heading)
        widths = {len(UNESCAPED_PIPE.findall(line)) for line in lines}
        assert len(widths) == 1, (heading, lines)


def test_facts_table_one_row_per_fact_with_statuses_and_words(quake: Comparison) -> None:
    rows = _section(render_markdown(quake), "Facts")
    assert rows[0] == (
        "| Fact | Kind | Consensus | Status | Support | AP | Daily \\| Post | radio |"
    )
    assert len(rows) == 2 + len(quake.facts)
    assert rows[2] == (
        "| Date | date | 2023-02-06 (Monday) | ✓ agree | 2/3 mention, 2/3 agree "
        "| ✓ “Monday” | ✓ “Monday” | — not mentioned |"
    )
    # two of three sources count the dead, one of them gives the consensus 34
    assert (
        "| ✗ conflict | 2/3 mention, 1/3 agree | ✗ “at least 30 people” | ✓ “34 people” |"
        in rows[4]
    )
    quote_row = rows[5]
    assert "We are \\| still &lt;script>" in quote_row
    assert "<script>" not in quote_row


def test_headings_and_title(quake: Comparison) -> None:
    text = render_markdown(quake)
    assert text.startswith("# newscmp: 4 facts from 3 sources\n")
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## Sources",
        "## Facts",
        "## Problems",
    ]
    assert "| broken.bin | not text |" in text
    assert "| daily | Daily \\| Post | Quake &lt;kills> 34 |  | 23 |" in text
