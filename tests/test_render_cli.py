"""The output options of `compare` and `facts`, and the `show` and `schema` commands."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscmp.cli import cli
from newscmp.errors import ExitCode

SEEDS = str(Path(__file__).resolve().parent.parent / "seeds")
ANSI = "\x1b["

STRIKE_A = (
    "date 2024-03-05\nLISBON, Portugal — Transport workers walked out on Tuesday, and about 200 "
    "trains were cancelled, union leader Ana Costa said.\n"
)
STRIKE_B = (
    "date 2024-03-05\nA rail strike in Lisbon on Tuesday cancelled 240 trains, Ana Costa of the "
    "workers' union told reporters.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def strike(tmp_path: Path) -> list[str]:
    (tmp_path / "a.txt").write_text(STRIKE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STRIKE_B, encoding="utf-8")
    return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


@pytest.mark.parametrize(
    ("format_name", "starts"),
    [
        ("table", "newscmp compare"),
        ("sheet", "newscmp facts"),
        ("json", "{"),
        ("jsonl", '{"schema":"newscmp/2"'),
        ("markdown", "# newscmp:"),
        ("csv", "fact_id,kind,label"),
        ("html", "<!DOCTYPE html>"),
    ],
)
def test_every_format_on_both_commands(runner: CliRunner, format_name: str, starts: str) -> None:
    for command in ("compare", "facts"):
        result = runner.invoke(cli, [command, "--format", format_name, SEEDS])
        assert result.exit_code == ExitCode.OK, result.output
        assert result.stdout.strip().startswith(starts), (command, result.stdout[:80])


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("out.json", "{"),
        ("out.jsonl", '{"schema"'),
        ("out.md", "# newscmp:"),
        ("OUT.CSV", "fact_id,"),
        ("report.html", "<!DOCTYPE html>"),
        ("out.txt", "newscmp compare"),
    ],
)
def test_output_file_format_from_extension(
    runner: CliRunner, tmp_path: Path, name: str, starts: str
) -> None:
    target = tmp_path / name
    target.write_text("old contents", encoding="utf-8")
    result = runner.invoke(cli, ["compare", "-o", str(target), SEEDS])
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").strip().startswith(starts)
    assert sorted(path.name for path in tmp_path.iterdir()) == [name]  # no temporary left


def test_txt_file_takes_the_command_format_and_format_beats_extension(
    runner: CliRunner, tmp_path: Path
) -> None:
    runner.invoke(cli, ["facts", "-o", str(tmp_path / "facts.txt"), SEEDS])
    assert (tmp_path / "facts.txt").read_text(encoding="utf-8").strip().startswith("newscmp facts")
    runner.invoke(cli, ["facts", "-f", "csv", "-o", str(tmp_path / "x.txt"), SEEDS])
    assert (tmp_path / "x.txt").read_text(encoding="utf-8").startswith("fact_id,")


def test_written_file_is_the_same_as_stdout_but_width(runner: CliRunner, tmp_path: Path) -> None:
    printed = runner.invoke(cli, ["compare", "-f", "csv", SEEDS]).stdout_bytes
    runner.invoke(cli, ["compare", "-o", str(tmp_path / "a.csv"), SEEDS])
    assert (tmp_path / "a.csv").read_bytes() == printed


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["-o", "out.pdf"], "cannot tell the format from the file name 'out.pdf'"),
        (["--json", "--format", "csv"], "--json and --format csv disagree"),
        (["--format", "xml"], "'xml' is not one of"),
        (["--kind", "people"], "unknown value 'people'; choose from date, location"),
        (["--status", "missing"], "choose from agree, partial, conflict, single"),
        (["--min-sources", "0"], "0 is not in the range x>=1"),
        (["--kind", ""], "no value given"),
    ],
)
def test_bad_output_options_are_usage_errors(
    runner: CliRunner, arguments: list[str], message: str
) -> None:
    result = runner.invoke(cli, ["compare", *arguments, SEEDS])
    assert result.exit_code == ExitCode.USAGE
    assert message in " ".join(result.stderr.split()), result.stderr


def test_unwritable_output_is_exit_1_one_line(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "out.json"
    result = runner.invoke(cli, ["compare", "-o", str(target), SEEDS])
    assert result.exit_code == ExitCode.ERROR
    assert str(target) in result.stderr and len(result.stderr.strip().splitlines()) == 1


def _kinds(format_name: str, text: str) -> set[str]:
    if format_name == "json":
        return {fact["kind"] for fact in json.loads(text)["facts"]}
    if format_name == "jsonl":
        return {json.loads(line)["kind"] for line in text.splitlines()[1:]}  # after sources
    if format_name == "csv":
        return {row["kind"] for row in csv.DictReader(io.StringIO(text))}
    facts = text.split("## Facts")[1].split("\n\n")[1].splitlines()[2:]
    return {line.split(" | ")[1] for line in facts}


@pytest.mark.parametrize("format_name", ["json", "jsonl", "csv", "markdown"])
def test_filters_apply_to_every_format(runner: CliRunner, format_name: str) -> None:
    result = runner.invoke(cli, ["facts", "-f", format_name, "--kind", "quantity,date", SEEDS])
    assert _kinds(format_name, result.stdout) == {"quantity", "date"}
    single = runner.invoke(cli, ["facts", "-f", format_name, "--kind", "date", SEEDS])
    assert _kinds(format_name, single.stdout) == {"date"}


def test_min_sources_and_status_on_json(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["compare", "--json", "--min-sources", "4", "--status", "partial,conflict", SEEDS]
    )
    facts = json.loads(result.stdout)["facts"]
    assert facts and all(fact["status"] in ("partial", "conflict") for fact in facts)
    assert all(len(fact["by_source"]) >= 4 for fact in facts)
    html = runner.invoke(cli, ["compare", "-f", "html", "--status", "conflict", SEEDS]).stdout
    assert html.split("<tbody>")[1].count("<tr") == sum(f["status"] == "conflict" for f in facts)


@pytest.mark.parametrize(
    "command", [["compare"], ["facts"], ["show", f"{SEEDS}/004_ec0cd77a669150c2.txt"]]
)
def test_colour_only_on_a_terminal_and_never_with_no_color(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    arguments = [*command, SEEDS] if len(command) == 1 else command
    assert ANSI not in runner.invoke(cli, arguments).stdout  # not a terminal: no colour
    monkeypatch.setattr("newscmp.cli._stdout_is_terminal", lambda: True)
    assert ANSI in runner.invoke(cli, arguments).stdout
    assert ANSI not in runner.invoke(cli, [*arguments, "--no-color"]).stdout
    assert ANSI not in runner.invoke(cli, arguments, env={"NO_COLOR": "1"}).stdout
    assert ANSI in runner.invoke(cli, arguments, env={"NO_COLOR": ""}).stdout


def test_table_adapts_to_the_terminal_width(runner: CliRunner) -> None:
    widths = []
    for columns in (100, 160):
        text = runner.invoke(cli, ["compare", SEEDS], env={"COLUMNS": str(columns)}).stdout
        widths.append(max(len(line) for line in text.splitlines()))
    assert 90 < widths[0] <= 100 < widths[1] <= 160


def test_progress_bar_only_on_a_terminal_with_many_inputs(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for number in range(51):
        text = STRIKE_A.replace("about 200", f"about {200 + number}")
        (tmp_path / f"s{number:02}.txt").write_text(text, encoding="utf-8")
    piped = runner.invoke(cli, ["compare", "--json", str(tmp_path)])
    assert piped.exit_code == ExitCode.OK and piped.stderr == ""
    monkeypatch.setattr("newscmp.cli._stderr_is_terminal", lambda: True)
    shown = runner.invoke(cli, ["compare", "--json", str(tmp_path)])
    assert shown.exit_code == ExitCode.OK
    assert "reading articles" in shown.stderr or "aligning facts" in shown.stderr
    assert shown.stdout == piped.stdout
    few = runner.invoke(
        cli, ["compare", "--json", *[str(p) for p in sorted(tmp_path.iterdir())[:5]]]
    )
    assert few.stderr == ""


def test_show_lists_mentions_of_one_file(runner: CliRunner, strike: list[str]) -> None:
    result = runner.invoke(cli, ["show", strike[1]])
    assert result.exit_code == ExitCode.OK, result.output
    flat = " ".join(result.stdout.split())
    assert "[Tuesday]{date}" in flat and "Mentions" in flat
    assert "2024-03-05" in flat  # Tuesday resolved against the date header


def test_show_from_standard_input(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["show", "-"], input=STRIKE_A)
    assert result.exit_code == ExitCode.OK, result.output
    assert "stdin" in result.stdout


def test_show_errors(runner: CliRunner, tmp_path: Path, strike: list[str]) -> None:
    missing = runner.invoke(cli, ["show", str(tmp_path / "nope.txt")])
    assert missing.exit_code == ExitCode.ERROR
    assert "no such file" in missing.stderr and len(missing.stderr.splitlines()) == 1
    folder = runner.invoke(cli, ["show", str(tmp_path)])
    assert folder.exit_code == ExitCode.ERROR
    assert "`show` takes one file" in folder.stderr
    assert runner.invoke(cli, ["show"]).exit_code == ExitCode.USAGE


def test_strict_still_maps_problems_with_output_file(
    runner: CliRunner, tmp_path: Path, strike: list[str]
) -> None:
    target = tmp_path / "out.md"
    result = runner.invoke(cli, ["compare", "--strict", "-o", str(target), *strike, "gone.txt"])
    assert result.exit_code == ExitCode.PROBLEMS
    assert "| gone.txt | no such file or folder |" in target.read_text(encoding="utf-8")


def test_help_lists_the_new_commands_and_options(runner: CliRunner) -> None:
    top = runner.invoke(cli, ["--help"]).stdout
    for name in ("compare", "facts", "show", "schema"):
        assert name in top
    options = runner.invoke(cli, ["compare", "--help"]).stdout
    for option in (
        "--format",
        "--json",
        "--output",
        "--kind",
        "--status",
        "--min-sources",
        "--no-color",
    ):
        assert option in options


def test_many_sources_table_shows_what_fits_and_says_so(runner: CliRunner, tmp_path: Path) -> None:
    for number in range(30):
        text = STRIKE_A.replace("about 200", f"about {200 + number}")
        (tmp_path / f"s{number:02}.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(cli, ["compare", "--jobs", "1", str(tmp_path)], env={"COLUMNS": "100"})
    assert result.exit_code == ExitCode.OK
    lines = result.stdout.splitlines()
    # beside Fact (12 + 3) and Status (10 + 3) and the edge (1), (100 - 29) // 15 = 4 source
    # columns of at least 12 characters fit; the fifth source heads no column
    header = next(line for line in lines if line.lstrip().startswith("Fact"))
    assert "s03" in header and "s04" not in header
    assert max(len(line) for line in lines) <= 100
    caption = " ".join(" ".join(lines[-6:]).split())
    assert "4 of 30 sources side by side in 100 columns" in caption
    assert "left out: s04, s05," in caption and "s29 (--sources picks which" in caption
    wide = runner.invoke(cli, ["compare", "--jobs", "1", str(tmp_path)], env={"COLUMNS": "400"})
    header = next(line for line in wide.stdout.splitlines() if line.lstrip().startswith("Fact"))
    assert "s23" in header and "s24" not in header  # (400 - 29) // 15 = 24
    assert "sources shown side by side" not in wide.stdout
