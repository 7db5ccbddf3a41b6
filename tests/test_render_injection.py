"""Article text cannot act in the reader's program: CSV cells a spreadsheet would run as a
formula get a leading `'` (unless --csv-raw), Markdown cells cannot make a link or an image."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscmp.cli import cli
from newscmp.errors import ExitCode
from newscmp.formats.csvfile import neutralise
from newscmp.formats.markdown import escape_cell

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://example.com","x")', '\'=HYPERLINK("http://example.com","x")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-12", "-12"),  # a number is never a formula
        ("-2.5", "-2.5"),
        ("Wendy Sherman", "Wendy Sherman"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def _records(folder: Path) -> Path:
    text = (
        "Rescuers pulled 12 people from the flooded tunnel on Tuesday, Fire Chief Anna Berg said. "
        '"=HYPERLINK(""http://example.com"") is what we saw," Berg said. '
        "![tracker](http://example.com/p.png) [click](http://example.com) www.example.com"
    )
    records = [
        {"id": "=cmd", "outlet": "@evil", "title": "+title ![t](http://e.com/p.png)", "text": text},
        {"id": "b", "outlet": "Plain", "text": "Firefighters rescued 12 people on Tuesday."},
    ]
    path = folder / "feed.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    return path


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def test_csv_cells_from_articles_are_neutralised(tmp_path: Path) -> None:
    path = str(_records(tmp_path))
    runner = CliRunner()
    guarded = runner.invoke(cli, ["compare", "--format", "csv", path])
    raw = runner.invoke(cli, ["compare", "--format", "csv", "--csv-raw", path])
    assert guarded.exit_code == raw.exit_code == ExitCode.OK, guarded.output
    risky = [cell for cell in _cells(raw.stdout) if cell.startswith(FORMULA_STARTS)]
    assert "@evil" in risky  # the outlet, as found
    assert not [c for c in _cells(guarded.stdout) if c.startswith(FORMULA_STARTS)]
    assert "'@evil" in _cells(guarded.stdout)


def test_markdown_cells_cannot_make_links_or_images(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", "--format", "markdown", str(_records(tmp_path))])
    assert result.exit_code == ExitCode.OK, result.output
    assert "+title !\\[t\\](http\\://e.com/p.png)" in result.stdout  # the title, as text
    assert "![" not in result.stdout and re.search(r"(?<!\\)\]\(", result.stdout) is None
    assert "http://" not in result.stdout and "www." not in result.stdout


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("![x](http://e.com/a.png)", "!\\[x\\](http\\://e.com/a.png)"),
        ("[click](https://e.com)", "\\[click\\](https\\://e.com)"),
        ("see www.e.com now", "see www\\.e.com now"),
        ("&lt;b&gt; & co", "&amp;lt;b&amp;gt; &amp; co"),
    ],
)
def test_escape_cell_keeps_links_and_entities_as_text(cell: str, expected: str) -> None:
    assert escape_cell(cell) == expected
