"""`--help` shows two or three examples under every command, each one a command line that parses;
shell completion, which the README documents, answers for the options and their choices."""

from __future__ import annotations

import shlex

import click
import pytest
from click.testing import CliRunner

from newscmp.cli import EXAMPLES, cli

COMMANDS = sorted(cli.commands)


def _examples(text: str) -> list[list[str]]:
    """The example command lines of a help text, as arguments after `newscmp` (up to a pipe,
    a redirection or the comment that follows two spaces)."""
    found = []
    for line in text.splitlines():
        words = line.strip().split("  ")[0]
        if words.startswith("newscmp "):
            arguments = shlex.split(words.split(" | ")[0].split(" > ")[0].split(" < ")[0])
            found.append(arguments[1:])
    return found


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_help_has_two_or_three_examples(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    hint = f"give `newscmp {name}` two or three examples: epilog=EXAMPLES[{name!r}] in cli.py"
    assert "Examples:" in result.stdout, hint
    examples = _examples(result.stdout)
    assert 2 <= len(examples) <= 3, (hint, examples)
    assert all(example[0] == name for example in examples)


@pytest.mark.parametrize("name", ["cli", *COMMANDS])
def test_every_example_parses(name: str) -> None:
    assert name in EXAMPLES, f"give `newscmp {name}` examples: EXAMPLES[{name!r}] in cli.py"
    for arguments in _examples(EXAMPLES[name]):
        command = cli.commands[arguments[0]]
        context = command.make_context(arguments[0], arguments[1:])  # raises on a bad option
        assert isinstance(context, click.Context)


def test_top_level_help_tells_how_to_complete() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert "_NEWSCMP_COMPLETE=bash_source newscmp" in result.stdout


def test_completion_offers_options_and_choices() -> None:
    runner = CliRunner()
    environment = {"_NEWSCMP_COMPLETE": "bash_complete", "COMP_CWORD": "3"}
    result = runner.invoke(
        cli, [], env={**environment, "COMP_WORDS": "newscmp compare --sort "}, prog_name="newscmp"
    )
    assert result.stdout.split() == ["plain,status", "plain,support", "plain,kind"]
