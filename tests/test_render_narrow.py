"""Narrow terminals: every column wide enough for its words, the sources that do not fit named,
`--sources` picking the columns, distinct headings for one outlet twice, one block per fact
where no table fits; the README's 80-column table is what the command prints."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscmp.cli import cli
from newscmp.errors import ExitCode
from newscmp.formats import Screen, render
from newscmp.formats.table import BLOCK_WIDTH, MIN_WIDTH, column_widths, shown_sources
from newscmp.formats.values import format_value, shorten, source_headings
from newscmp.model import Article, Comparison, Kind, Status
from newscmp.pipeline import compare_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")


@cache
def seeds() -> Comparison:
    return compare_paths([SEEDS])


_PUNCTUATION = "“”\"'(),.;:!?’‘"


def _words(text: str) -> set[str]:
    return {word.strip(_PUNCTUATION) for word in text.split()}


def _vocabulary(comparison: Comparison) -> set[str]:
    """Every whole word the table may print: the sources' words, the facts' labels and values,
    kinds, statuses, headings, the caption and summary's words."""
    words = _words("Fact Status not mentioned newscmp compare") | {kind.value for kind in Kind}
    words |= {status.value for status in Status}
    for article in comparison.sources:
        words |= _words(article.text) | _words(article.outlet or article.id)
    for fact in comparison.facts:
        words |= _words(fact.label) | _words(format_value(fact.value))
    return words


@pytest.mark.parametrize("width", [60, 72, 80, 100, 120])
def test_no_word_is_broken_at_any_width(width: int) -> None:
    comparison = seeds()
    text = render("table", comparison, Screen(width=width))
    assert max(len(line) for line in text.splitlines()) <= width
    known = _vocabulary(comparison)
    table = text.split("\n\n", 1)[1].rsplit("\n\n", 1)[0]  # between the title and the summary
    for token in _words(table):
        if "…" in token or not any(character.isalpha() for character in token):
            continue  # a passage cut in its middle, or a rule or symbol
        # a piece of a word split over two lines is not a word anything says
        assert token in known, (width, token)


def test_words_wrapped_not_folded_at_80() -> None:
    text = render("table", seeds(), Screen(width=80))
    # words the old 8-character columns broke: each now whole on one line
    for word in ("mentioned", "Switzerland", "participant", "Organization"):
        assert re.search(rf"(?<![\w]){word}(?![\w])", text), word
    for piece in ("mentione\n", "Switzerl\n", "particip\n", "Organizatio\n"):
        assert piece not in text


@pytest.mark.parametrize(
    ("width", "count"), [(43, 1), (44, 1), (58, 1), (59, 2), (80, 3), (100, 4), (120, 5)]
)
def test_how_many_sources_fit(width: int, count: int) -> None:
    assert shown_sources(5, width) == count
    if width >= BLOCK_WIDTH:
        fact, source = column_widths(width, count)
        assert fact >= MIN_WIDTH and source >= MIN_WIDTH
        # the columns, their padding (3 each) and the edge (1) fit in the width
        assert fact + 10 + count * source + 3 * (count + 2) + 1 <= width


def test_left_out_sources_are_named_under_the_table() -> None:
    text = render("table", seeds(), Screen(width=80))
    caption = " ".join(text.rsplit("\n\n", 1)[1].split())
    assert "3 of 5 sources side by side in 80 columns; left out: Luxembourg Times, Reuters" in (
        caption
    )
    header = next(line for line in text.splitlines() if line.lstrip().startswith("Fact"))
    assert "Reuters" not in header and "swissinfo.ch" in header


def test_sources_option_picks_the_columns() -> None:
    result = CliRunner().invoke(
        cli, ["compare", "--sources", "reuters,Luxembourg Times", SEEDS], env={"COLUMNS": "80"}
    )
    assert result.exit_code == ExitCode.OK, result.output
    lines = result.stdout.splitlines()
    header = " ".join(
        line for line in lines[:4] if "Fact" in line or "Luxembourg" in line or "Times" in line
    )
    assert "Luxembourg" in header and "Reuters" in header
    assert "swissinfo.ch" not in header and "RFI" not in header
    assert "left out: swissinfo.ch, RFI, 002_c21aa0d88…" in " ".join(result.stdout.split())


def test_sources_option_errors() -> None:
    runner = CliRunner()
    unknown = runner.invoke(cli, ["compare", "--sources", "Reuter", SEEDS])
    assert unknown.exit_code == ExitCode.USAGE
    assert "no source 'Reuter' (did you mean 'Reuters'?)" in unknown.stderr
    other = runner.invoke(cli, ["compare", "--json", "--sources", "Reuters", SEEDS])
    assert other.exit_code == ExitCode.USAGE and "--sources picks the columns" in other.stderr


def test_one_outlet_twice_gets_distinct_headings() -> None:
    sources = [
        Article("reuters-monday", "a.txt", "x", outlet="Reuters"),
        Article("reuters-tuesday", "b.txt", "x", outlet="Reuters"),
        Article("ap", "c.txt", "x", outlet="AP"),
        Article("0123456789abcdef01", "d.txt", "x"),
        Article("0123456789abcdef02", "e.txt", "x"),
    ]
    headings = source_headings(sources)
    assert headings == {
        "reuters-monday": "Reuters (reuters-m…)",
        "reuters-tuesday": "Reuters (reuters-t…)",
        "ap": "AP",
        "0123456789abcdef01": "0123456789abcdef01",
        "0123456789abcdef02": "0123456789abcdef02",
    }
    comparison = seeds()
    twice = replace(
        comparison,
        sources=tuple(
            replace(article, outlet="Reuters") if index in (3, 4) else article
            for index, article in enumerate(comparison.sources)
        ),
    )
    text = render("table", twice, Screen(width=160))
    assert "Reuters (003_6284…)" in text and "Reuters (004_ec0c…)" in text


def test_below_the_narrowest_table_each_fact_is_a_block() -> None:
    text = render("table", seeds(), Screen(width=40))
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 40
    block = text.split("Wendy Sherman · participant · ✗ conflict\n", 1)[1].split("\n\n")[0]
    assert block.startswith("  ✓ US Deputy Secretary")  # indented under the fact
    assert "✗ U.S. Under Secretary of State Wendy Sherman (002_c21aa0d88…)" in " ".join(
        block.split()
    )
    summary = " ".join(text.rsplit("\n\n", 1)[1].split())
    assert summary == "27 facts: 1 conflict, 6 partial, 4 agree, 16 single · 5 sources · 0 problems"


def test_shorten_cuts_between_words() -> None:
    text = "the Organization for Security and Co-operation in Europe (OSCE)"
    short = shorten(text, 40)
    assert len(short) <= 40 and " … " in short
    head, tail = short.split(" … ")
    assert text.startswith(head) and text.endswith(tail)
    assert all(word in text.split() for word in f"{head} {tail}".split())
    assert shorten("short words", 40) == "short words"


def test_readme_shows_the_80_column_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the README's command names `seeds/` from the repository's root
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ COLUMNS=80 newscmp compare seeds/\n", 1)[1].split("```", 1)[0]
    shown = block.rstrip("\n").splitlines()
    result = CliRunner().invoke(
        cli, ["compare", "--no-color", "seeds/"], env={"COLUMNS": "80"}, catch_exceptions=False
    )
    printed = result.stdout.splitlines()
    # the README shows the first rows and the summary lines as printed, with "…" for the rest
    cut = shown.index("  …")
    assert shown[:cut] == printed[:cut]
    assert shown[cut + 1 :] == printed[-len(shown[cut + 1 :]) :]
