"""The shipped JSON Schema describes every JSON document newscmp writes, and only those."""

from __future__ import annotations

import copy
import json
from dataclasses import fields
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from newscmp.cli import cli
from newscmp.filters import FactFilter, filter_comparison
from newscmp.formats.jsonl import render_jsonl
from newscmp.model import VALUE_TYPES, Comparison, Kind, Qualifier, Status
from newscmp.pipeline import compare_paths
from newscmp.serialize import comparison_to_dict

ROOT = Path(__file__).resolve().parent.parent
CLUSTERS = sorted(
    path for path in (ROOT / "tests" / "fixtures" / "clusters").iterdir() if path.is_dir()
)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = files("newscmp").joinpath("data/newscmp-2.schema.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(document)
    return document


def validate(document: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(schema()).validate(document)
    ids = {source["id"] for source in document["sources"]}
    for fact in document["facts"]:  # what a JSON Schema cannot say: ids refer to sources
        assert {mention["source"] for mention in fact["mentions"]} <= ids
        assert set(fact["by_source"]) <= ids
        assert fact["missing_count"] == len(ids) - len(fact["by_source"])
        support = fact["support"]  # and the counts add up
        assert support["of"] == len(ids)
        assert support["mention"] == len(fact["by_source"]) >= support["agree"]
    summary = document["summary"]
    assert summary["facts"] == len(document["facts"]) == sum(summary["statuses"].values())
    assert (summary["sources"], summary["problems"]) == (len(ids), len(document["problems"]))


def _validator(definition: str) -> jsonschema.Draft202012Validator:
    line_schema = {**schema(), "$ref": f"#/$defs/{definition}"}
    for key in ("properties", "required", "additionalProperties", "type"):
        line_schema.pop(key)
    return jsonschema.Draft202012Validator(line_schema)


def validate_lines(text: str) -> None:
    """The first line is the sources record, each line after it a fact."""
    first, *facts = text.splitlines()
    head = json.loads(first)
    _validator("jsonl_sources").validate(head)
    assert head["summary"]["facts"] == len(facts)
    validator = _validator("jsonl_line")
    for line in facts:
        validator.validate(json.loads(line))


def test_samples() -> None:
    comparison = compare_paths([str(ROOT / "seeds")])
    validate(comparison_to_dict(comparison))
    validate_lines(render_jsonl(comparison))


@pytest.mark.parametrize("cluster", CLUSTERS, ids=lambda path: path.name)
def test_every_cluster(cluster: Path) -> None:
    comparison = compare_paths(sorted(str(path) for path in cluster.glob("*.txt")))
    validate(comparison_to_dict(comparison))
    validate_lines(render_jsonl(comparison))


def test_filtered_and_cli_outputs(tmp_path: Path) -> None:
    runner = CliRunner()
    seeds = str(ROOT / "seeds")
    for arguments in (
        ["compare", "--json", "--status", "conflict,partial", seeds],
        ["facts", "--format", "json", "--kind", "quantity", "--min-sources", "2", seeds],
        ["facts", "--json", "--kind", "quote", seeds],  # perhaps no facts at all
        ["compare", "--json", seeds, str(tmp_path / "missing.txt")],  # with a problem
    ):
        result = runner.invoke(cli, arguments)
        assert result.exit_code == 0, result.output
        validate(json.loads(result.stdout))
    lines = runner.invoke(cli, ["facts", "-f", "jsonl", "--status", "single", seeds])
    validate_lines(lines.stdout)


def test_hand_built_comparison(quake: Comparison) -> None:
    validate(comparison_to_dict(quake))
    validate(comparison_to_dict(filter_comparison(quake, FactFilter(min_sources=3))))
    validate_lines(render_jsonl(quake))


def test_golden_documents() -> None:
    golden = ROOT / "tests" / "golden"
    for path in golden.glob("*/json.json"):
        validate(json.loads(path.read_text(encoding="utf-8")))
    for path in golden.glob("*/jsonl.jsonl"):
        validate_lines(path.read_text(encoding="utf-8"))


def test_schema_command_prints_the_file() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == schema()


def test_enums_and_value_keys_match_the_model() -> None:
    defs = schema()["$defs"]
    assert defs["kind"]["enum"] == [kind.value for kind in Kind]
    assert defs["status"]["enum"] == [status.value for status in Status]
    assert defs["qualifier"]["enum"] == [qualifier.value for qualifier in Qualifier]
    for kind in Kind:
        names = [field.name.rstrip("_") for field in fields(VALUE_TYPES[kind])]
        assert defs[f"{kind.value}_value"]["required"] == names, kind


def _document(quake: Comparison) -> dict[str, Any]:
    return copy.deepcopy(comparison_to_dict(quake))


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("an extra key in a value", lambda d: d["facts"][0]["value"].update(extra=1)),
        ("a missing value key", lambda d: d["facts"][2]["value"].pop("unit")),
        ("quantity keys on a date", lambda d: d["facts"][0].update(value={"amount": 3})),
        ("an unknown kind", lambda d: d["facts"][0].update(kind="weather")),
        ("an unknown status", lambda d: d["facts"][0].update(status="maybe")),
        ("an unknown qualifier", lambda d: d["facts"][2]["value"].update(qualifier="lots")),
        (
            "a mention value of another kind",
            lambda d: d["facts"][1]["mentions"][0].update(value={"date": "2023-02-06"}),
        ),
        ("a three-number span", lambda d: d["facts"][0]["mentions"][0].update(span=[1, 2, 3])),
        ("a negative span", lambda d: d["facts"][0]["mentions"][0].update(span=[-1, 2])),
        ("a date not ISO", lambda d: d["facts"][0]["value"].update(date="Feb 6, 2023")),
        ("the older schema name", lambda d: d.update(schema="newscmp/1")),
        ("a negative missing count", lambda d: d["facts"][0].update(missing_count=-1)),
        ("the old missing list", lambda d: d["facts"][0].update(missing=["radio"])),
        ("an extra top-level key", lambda d: d.update(timestamp="now")),
        ("a source without words", lambda d: d["sources"][0].pop("words")),
        ("an amount as text", lambda d: d["facts"][2]["value"].update(amount="34")),
        ("no summary", lambda d: d.pop("summary")),
        ("a status missing from the summary", lambda d: d["summary"]["statuses"].pop("single")),
        ("a fact without support", lambda d: d["facts"][0].pop("support")),
        ("support as text", lambda d: d["facts"][0]["support"].update(mention="2/3")),
    ],
)
def test_schema_rejects(quake: Comparison, where: str, change: Any) -> None:
    document = _document(quake)
    change(document)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema()).validate(document)
