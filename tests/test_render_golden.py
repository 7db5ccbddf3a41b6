"""Every output format on whole inputs, against golden files found by glob.

`tests/golden/<input>/<format>.<ext>`: `<input>` is `seeds` (the sample articles) or the name of a
cluster under `tests/fixtures/clusters/`; `<format>` is a key of RENDERERS. A new case is a new
file, no new code. `pytest --update-goldens` rewrites them; review the diff before committing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from newscmp.formats import RENDERERS, Screen, render
from newscmp.model import Comparison
from newscmp.pipeline import compare_paths

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
GOLDEN_WIDTH = 100
CASES = sorted(GOLDEN.glob("*/*.*"))


def input_folder(name: str) -> str:
    """The input folder of a golden case, relative to the repository so paths are stable."""
    return "seeds" if name == "seeds" else f"tests/fixtures/clusters/{name}"


@cache
def comparison_of(name: str) -> Comparison:
    return compare_paths([input_folder(name)])


def test_every_format_has_a_golden_file_on_the_samples() -> None:
    assert {path.name.split(".")[0] for path in GOLDEN.glob("seeds/*.*")} == set(RENDERERS)


@pytest.mark.parametrize("path", CASES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_output_matches_golden(
    path: Path, update_goldens: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    format_name = path.name.split(".")[0]
    text = render(format_name, comparison_of(path.parent.name), Screen(width=GOLDEN_WIDTH))
    if update_goldens:
        path.write_text(text, encoding="utf-8", newline="")
    with path.open(encoding="utf-8", newline="") as golden:
        expected = golden.read()
    assert expected == text, (
        f"{path} differs; if the change is intended, run `pytest --update-goldens` and review "
        "the diff"
    )


def test_table_golden_fits_100_columns_without_colour() -> None:
    for name in ("table.txt", "sheet.txt"):
        text = (GOLDEN / "seeds" / name).read_text(encoding="utf-8")
        assert "\x1b[" not in text
        assert max(len(line) for line in text.splitlines()) <= GOLDEN_WIDTH
