"""JSON Lines: a sources record, then one complete fact object per line, for `jq -c` pipelines."""

from __future__ import annotations

import json

from newscmp.formats.jsonl import render_jsonl
from newscmp.model import Comparison
from newscmp.serialize import fact_to_dict


def test_one_fact_per_line_each_complete(quake: Comparison) -> None:
    text = render_jsonl(quake)
    lines = text.split("\n")
    assert lines[-1] == ""  # ends with a newline, nothing after it
    objects = [json.loads(line) for line in lines[1:-1]]
    assert [item["id"] for item in objects] == [fact.id for fact in quake.facts]
    for item, fact in zip(objects, quake.facts, strict=True):
        assert item["schema"] == "newscmp/2"
        assert set(item) == {"schema", *fact_to_dict(fact, 3)}
        assert {key: item[key] for key in fact_to_dict(fact, 3)} == fact_to_dict(fact, 3)
    # how many sources leave each fact out: 3 sources less those in by_source
    assert [item["missing_count"] for item in objects] == [1, 0, 1, 2]


def test_first_line_is_the_sources_record(quake: Comparison) -> None:
    first = json.loads(render_jsonl(quake).splitlines()[0])
    assert list(first) == ["schema", "tool", "summary", "sources", "problems"]
    assert [(source["id"], source["outlet"]) for source in first["sources"]] == [
        ("wire", "AP"),
        ("daily", "Daily | Post"),
        ("radio", None),
    ]
    # the quake's four facts: two dates and places agreed, one count in conflict, one quote alone
    assert first["summary"] == {
        "facts": 4,
        "statuses": {"conflict": 1, "partial": 0, "agree": 2, "single": 1},
        "sources": 3,
        "problems": 1,
    }
    assert first["problems"] == [{"path": "broken.bin", "error": "not text"}]


def test_lines_are_compact_with_no_trailing_spaces(quake: Comparison) -> None:
    for line in render_jsonl(quake).splitlines()[1:]:
        assert line == line.strip()
        assert line.startswith('{"schema":"newscmp/2","id":')
    # the quote's newline is escaped inside its line, never a line break of its own
    assert len(render_jsonl(quake).splitlines()) == 1 + len(quake.facts)
    assert "searching" in render_jsonl(quake).splitlines()[4]


def test_mentions_keep_their_words_and_spans(quake: Comparison) -> None:
    date_line = json.loads(render_jsonl(quake).splitlines()[1])
    assert date_line["mentions"][0] == {
        "source": "wire",
        "text": "Monday",
        "span": [68, 74],
        "value": {"date": "2023-02-06"},
    }


def test_no_facts_is_the_sources_record_alone(quake: Comparison) -> None:
    from dataclasses import replace

    (line,) = render_jsonl(replace(quake, facts=())).splitlines()
    assert json.loads(line)["summary"]["facts"] == 0
