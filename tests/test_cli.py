"""The command line: every exit code and message, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscmp.cli import cli
from newscmp.errors import ExitCode

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


QUAKE_A = (
    "date 2023-02-07\nKATHMANDU, Nepal (AP) — A strong earthquake struck western Nepal on Monday, "
    "killing at least 30 people, Home Minister Ram Bahadur Thapa said.\n"
)
QUAKE_B = (
    "date 2023-02-07\nAn earthquake hit western Nepal on Monday and 34 people were killed, "
    "Home Minister Ram Bahadur Thapa told reporters in Kathmandu.\n"
)


def test_compare_seeds_succeeds(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compare", str(SEEDS)])
    assert result.exit_code == ExitCode.OK, result.output
    assert "newscmp compare" in result.stdout


def test_json_is_the_newscmp_2_document_and_byte_identical(runner: CliRunner) -> None:
    first = runner.invoke(cli, ["compare", "--json", str(SEEDS)])
    second = runner.invoke(cli, ["facts", "--json", str(SEEDS)])
    assert first.exit_code == second.exit_code == ExitCode.OK
    assert first.stdout == second.stdout  # one document for both commands, no timestamps
    document = json.loads(first.stdout)
    assert document["schema"] == "newscmp/2"
    assert [source["id"] for source in document["sources"]] == sorted(
        p.stem for p in SEEDS.glob("*.txt")
    )


def test_missing_path_is_exit_1_with_one_line_naming_it(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = runner.invoke(cli, ["compare", str(missing)])
    assert result.exit_code == ExitCode.ERROR
    assert str(missing) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_unknown_option_is_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compare", "--no-such-option"])
    assert result.exit_code == ExitCode.USAGE
    assert "No such option" in result.stderr


def test_one_article_compare_says_nothing_to_compare_but_facts_works(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = article(tmp_path, "a.txt", QUAKE_A)
    compared = runner.invoke(cli, ["compare", str(path)])
    assert compared.exit_code == ExitCode.ERROR
    assert "nothing to compare against" in compared.stderr
    facts = runner.invoke(cli, ["facts", str(path)])
    assert facts.exit_code == ExitCode.OK


def test_strict_turns_problems_into_exit_3(runner: CliRunner, tmp_path: Path) -> None:
    article(tmp_path, "a.txt", QUAKE_A)
    article(tmp_path, "b.txt", QUAKE_B)
    missing = str(tmp_path / "c.txt")
    relaxed = runner.invoke(cli, ["compare", str(tmp_path), missing])
    assert relaxed.exit_code == ExitCode.OK
    assert missing in relaxed.stderr
    strict = runner.invoke(cli, ["compare", "--strict", "--json", str(tmp_path), missing])
    assert strict.exit_code == ExitCode.PROBLEMS
    assert json.loads(strict.stdout)["problems"][0]["path"] == missing


def test_unexpected_exception_is_one_line_saying_bug(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("newscmp.pipeline.compare_paths", explode)
    result = runner.invoke(cli, ["compare", str(SEEDS)])
    assert result.exit_code == ExitCode.ERROR
    assert "bug" in result.stderr and "--debug" in result.stderr
    assert "Traceback" not in result.output
    debug = runner.invoke(cli, ["--debug", "compare", str(SEEDS)])
    assert isinstance(debug.exception, ZeroDivisionError)


def test_interrupt_exits_130(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("newscmp.pipeline.compare_paths", interrupt)
    result = runner.invoke(cli, ["facts", str(SEEDS)])
    assert result.exit_code == ExitCode.INTERRUPTED
    assert result.stderr == "newscmp: interrupted\n"  # one line, nothing else


def test_no_path_compares_the_samples(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./seeds here: the packaged or repository copy is used
    result = runner.invoke(cli, ["compare", "--json"])
    assert result.exit_code == ExitCode.OK
    assert len(json.loads(result.stdout)["sources"]) == 5


def test_every_command_has_help(runner: CliRunner) -> None:
    for name, command in cli.commands.items():
        assert command.help, name
        assert runner.invoke(cli, [name, "--help"]).exit_code == ExitCode.OK


def test_jobs_give_the_same_document(runner: CliRunner) -> None:
    one = runner.invoke(cli, ["compare", "--json", "--jobs", "1", str(SEEDS)])
    two = runner.invoke(cli, ["compare", "--json", "--jobs", "2", str(SEEDS)])
    assert one.exit_code == two.exit_code == ExitCode.OK
    assert one.stdout == two.stdout


def test_recursive_reads_subfolders(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "day1").mkdir()
    article(tmp_path / "day1", "a.txt", QUAKE_A)
    article(tmp_path, "b.txt", QUAKE_B)
    flat = runner.invoke(cli, ["facts", "--json", str(tmp_path)])
    deep = runner.invoke(cli, ["facts", "--json", "--recursive", str(tmp_path)])
    assert [s["id"] for s in json.loads(flat.stdout)["sources"]] == ["b"]
    assert sorted(s["id"] for s in json.loads(deep.stdout)["sources"]) == ["a", "b"]


def test_max_bytes_names_the_option(runner: CliRunner, tmp_path: Path) -> None:
    article(tmp_path, "a.txt", QUAKE_A)
    article(tmp_path, "b.txt", QUAKE_B)
    result = runner.invoke(cli, ["compare", "--max-bytes", "50", str(tmp_path)])
    assert result.exit_code == ExitCode.ERROR
    assert "--max-bytes" in result.stderr


def test_stdin_is_one_article(runner: CliRunner, tmp_path: Path) -> None:
    path = article(tmp_path, "a.txt", QUAKE_A)
    result = runner.invoke(cli, ["compare", "--json", str(path), "-"], input=QUAKE_B)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert [s["id"] for s in json.loads(result.stdout)["sources"]] == ["a", "stdin"]


def test_closed_pipe_exits_quietly() -> None:
    """`newscmp ... | head -1`: the reader leaves early; no traceback, no error message."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "newscmp", "compare", "--json", str(SEEDS)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # what `head -1` does after its line
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == ExitCode.OK
    assert first.startswith(b"{")
    assert stderr == ""


def test_closed_pipe_during_a_long_output_exits_quietly(tmp_path: Path) -> None:
    """Output far larger than a pipe holds, so the writing is cut off midway (click's own
    handler would exit 1 here)."""
    import subprocess
    import sys

    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    for number in range(80):
        article(tmp_path, f"{number:02d}.txt", f"Report {number}.\n\n{texts[number % 5]}")
    command = [sys.executable, "-m", "newscmp", "compare", "--json", "--jobs", "1", str(tmp_path)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.read(100)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == ExitCode.OK, stderr
    assert first.startswith(b"{") and stderr == ""
    whole = subprocess.run(command, capture_output=True, check=True).stdout
    assert len(whole) > 4 * 65_536  # several pipe buffers
