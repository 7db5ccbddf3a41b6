"""Text no output can encode (lone surrogates from a JSON escape or a file name that is not
UTF-8) is replaced with U+FFFD when it is read, and noted as a problem: every output is written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscmp.cli import cli
from newscmp.errors import ExitCode
from newscmp.formats import RENDERERS
from newscmp.load import load_paths
from newscmp.load.inputs import unencodable
from newscmp.model import Problem

RECORDS = [
    {
        "id": "one",
        "title": "Flood \ud800 warning",
        "text": "Rescuers pulled 12 people \udfff from the flooded tunnel on Tuesday, "
        "the city's fire chief said.",
    },
    {
        "id": "two",
        "text": "Firefighters rescued 12 people from a flooded tunnel on Tuesday, officials said.",
    },
]


def _records(folder: Path) -> Path:
    path = folder / "feed.jsonl"
    # json.dumps writes "\ud800" as the escape a scraper would: the file itself is valid UTF-8
    path.write_text("\n".join(json.dumps(record) for record in RECORDS) + "\n", encoding="utf-8")
    return path


def test_lone_surrogates_are_replaced_and_noted(tmp_path: Path) -> None:
    path = _records(tmp_path)
    articles, problems = load_paths([str(path)])
    assert [article.id for article in articles] == ["one", "two"]
    first = articles[0]
    assert first.title == "Flood \ufffd warning"
    assert "12 people \ufffd from" in first.text and len(first.text) == len(RECORDS[0]["text"])
    assert problems == [Problem(f"{path}#1", unencodable(2))]


@pytest.mark.parametrize("format_name", list(RENDERERS))
def test_every_output_is_written(tmp_path: Path, format_name: str) -> None:
    path = _records(tmp_path)
    result = CliRunner().invoke(cli, ["compare", "--format", format_name, str(path)])
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout.encode("utf-8")  # all of it encodable
    assert "unencodable" in result.stderr


def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 name on a UTF-8 system: "caf\udce9.txt"
    (tmp_path / name).write_text("Rescuers pulled 12 people from the tunnel on Tuesday.\n")
    articles, problems = load_paths([str(tmp_path)])
    assert [article.path for article in articles] == [str(tmp_path / "caf\ufffd.txt")]
    assert [article.id for article in articles] == ["caf\ufffd"]
    assert problems == [Problem(str(tmp_path / "caf\ufffd.txt"), unencodable(2))]
