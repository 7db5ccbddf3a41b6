"""Every command and option is documented in the README (as sqlite-utils' test_docs does)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from newscmp.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_is_in_readme(name: str) -> None:
    assert f"`newscmp {name}" in README


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (name, option)
        for name, command in sorted(cli.commands.items())
        for parameter in command.params
        if isinstance(parameter, click.Option)
        for option in parameter.opts
        if option.startswith("--")
    ],
)
def test_option_is_in_readme(command: str, option: str) -> None:
    assert f"`{option}" in README or f" {option} " in README or f"{option}`" in README, option


def test_readme_has_exactly_the_two_set_up_commands() -> None:
    assert "pip install . && newscmp compare seeds/" in README
    assert "pip install -e '.[test]' && pytest" in README
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().splitlines()[-1] == "pip install -e '.[test]' && pytest"
