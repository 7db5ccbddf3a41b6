"""Summary and order: a summary line under every table and sheet and a `summary` block in the
JSON; --sort status|support|kind, --limit, --no-singles; support as "4/5 mention, 3/5 agree"."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscmp.cli import cli
from newscmp.errors import ExitCode
from newscmp.filters import (
    FactFilter,
    filter_comparison,
    limit_comparison,
    sort_comparison,
    suggest,
)
from newscmp.formats import Screen, render
from newscmp.formats.sheet import support
from newscmp.model import Comparison, Status
from newscmp.serialize import comparison_to_dict
from newscmp.summary import summarize, support_of

SEEDS = str(Path(__file__).resolve().parent.parent / "seeds")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_summary_counts_the_quake(quake: Comparison) -> None:
    # by hand: the date and the place agree, the count of the dead conflicts, the quote is alone
    line = "4 facts: 1 conflict, 0 partial, 2 agree, 1 single · 3 sources · 1 problem"
    assert summarize(quake).line() == line
    assert summarize(quake).line(left_out=6) == (
        "4 of 10 facts shown: 1 conflict, 0 partial, 2 agree, 1 single · 3 sources · 1 problem"
    )
    assert comparison_to_dict(quake)["summary"] == {
        "facts": 4,
        "statuses": {"conflict": 1, "partial": 0, "agree": 2, "single": 1},
        "sources": 3,
        "problems": 1,
    }


@pytest.mark.parametrize("format_name", ["table", "sheet"])
def test_summary_line_under_the_table_and_sheet(quake: Comparison, format_name: str) -> None:
    text = render(format_name, quake, Screen(width=120))
    assert text.rstrip().splitlines()[-1].startswith("4 facts: 1 conflict, 0 partial, 2 agree")


def test_support_counts_mentions_and_agreement(quake: Comparison) -> None:
    date, place, dead, quote = quake.facts
    assert str(support_of(date, 3)) == "2/3 mention, 2/3 agree"
    assert str(support_of(place, 3)) == "3/3 mention, 3/3 agree"
    assert str(support_of(dead, 3)) == "2/3 mention, 1/3 agree"  # the wire says "at least 30"
    assert str(support_of(quote, 3)) == "1/3 mention, 1/3 agree"
    assert support(dead, 3) == "2/3 mention\n1/3 agree"
    facts = comparison_to_dict(quake)["facts"]
    assert facts[2]["support"] == {"mention": 2, "agree": 1, "of": 3}


def test_support_in_csv_and_seeds_troops(runner: CliRunner) -> None:
    # four of five sources mention the troops; one (002, "100,000 troops") gives the consensus
    rows = list(
        csv.DictReader(io.StringIO(runner.invoke(cli, ["facts", "-f", "csv", SEEDS]).stdout))
    )
    troops = {row["source"]: row for row in rows if row["fact_id"] == "quantity:100000-troops"}
    assert len(troops) == 5
    assert {
        (row["support_mention"], row["support_agree"], row["support_of"]) for row in troops.values()
    } == {("4", "1", "5")}
    sheet = runner.invoke(cli, ["facts", "--kind", "quantity", SEEDS], env={"COLUMNS": "120"})
    row = next(line for line in sheet.stdout.splitlines() if "100,000 troops" in line)
    assert "4/5 mention" in row


def test_sort_orders(quake: Comparison) -> None:
    ids = lambda c: [fact.id for fact in c.facts]  # noqa: E731
    assert ids(sort_comparison(quake, "status")) == [
        "quantity:people",  # conflict
        "date:event",  # agree, in kind order
        "location:event",
        "quote:thapa",  # single
    ]
    # the place is mentioned by 3, then date (2 agree) before the count (2 mention, 1 agree)
    assert ids(sort_comparison(quake, "support")) == [
        "location:event",
        "date:event",
        "quantity:people",
        "quote:thapa",
    ]
    assert ids(sort_comparison(sort_comparison(quake, "status"), "kind")) == ids(quake)


def test_limit_and_no_singles(quake: Comparison) -> None:
    assert [f.id for f in limit_comparison(quake, 2).facts] == ["date:event", "location:event"]
    assert limit_comparison(quake, 10) is quake
    kept = filter_comparison(quake, FactFilter(no_singles=True))
    assert all(fact.status is not Status.SINGLE for fact in kept.facts) and len(kept.facts) == 3


def test_cli_sorts_conflicts_first_by_default_and_limits(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compare", "--limit", "3", SEEDS], env={"COLUMNS": "100"})
    assert result.exit_code == ExitCode.OK
    text = result.stdout
    assert text.index("Wendy Sherman") < text.index("Duration")  # the conflict first
    assert "3 of 27 facts shown: 1 conflict, 2 partial, 0 agree, 0 single" in " ".join(text.split())
    # JSON keeps the kind order unless asked, and its summary counts what it holds
    document = json.loads(runner.invoke(cli, ["compare", "--json", SEEDS]).stdout)
    assert document["facts"][0]["kind"] == "date"
    assert document["summary"]["statuses"] == {
        "conflict": 1,
        "partial": 6,
        "agree": 4,
        "single": 16,
    }
    ordered = json.loads(
        runner.invoke(cli, ["compare", "--json", "--sort", "status", SEEDS]).stdout
    )
    assert [fact["status"] for fact in ordered["facts"][:2]] == ["conflict", "partial"]


def test_cli_no_singles(runner: CliRunner) -> None:
    document = json.loads(runner.invoke(cli, ["facts", "--json", "--no-singles", SEEDS]).stdout)
    assert document["summary"]["statuses"]["single"] == 0 and document["summary"]["facts"] == 11
    sheet = runner.invoke(cli, ["facts", "--no-singles", SEEDS], env={"COLUMNS": "100"})
    assert "11 of 27 facts shown" in " ".join(sheet.stdout.split())


def test_suggest() -> None:
    kinds = ["date", "participant", "quantity", "follow_up"]
    assert suggest("participants", kinds) == "participant"
    assert suggest("dates", kinds) == "date"
    assert suggest("quantiy", kinds) == "quantity"
    assert suggest("weather", kinds) is None
