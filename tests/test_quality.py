"""The code stays as the project's style asks: ruff clean and formatted, mypy strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "newscmp", "tests", "benchmarks"],
        ["ruff", "format", "--check", "newscmp", "tests", "benchmarks"],
        ["mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_tool_passes(command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_package_names_no_person_place_or_date_of_the_samples() -> None:
    """newscmp is run on events it has never seen: the sample articles' specifics stay in tests."""
    words = ["Sherman", "Ryabkov", "Balibouse", "Blinken", "Geneva", "Brussels", "Vienna"]
    words += ["2022-01-10", "2022-01-11", "2022-01-12", "2022-01-13"]
    for path in (ROOT / "newscmp").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not [word for word in words if word in text], path
