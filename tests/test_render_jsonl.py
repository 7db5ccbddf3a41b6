"""JSON Lines: one complete fact object per line, for `jq -c` pipelines."""

from __future__ import annotations

import json

from newscmp.formats.jsonl import render_jsonl
from newscmp.model import Comparison
from newscmp.serialize import fact_to_dict


def test_one_fact_per_line_each_complete(quake: Comparison) -> None:
    text = render_jsonl(quake)
    lines = text.split("\n")
    assert lines[-1] == ""  # ends with a newline, nothing after it
    objects = [json.loads(line) for line in lines[:-1]]
    assert [item["id"] for item in objects] == [fact.id for fact in quake.facts]
    for item, fact in zip(objects, quake.facts, strict=True):
        assert item["schema"] == "newscmp/2"
        assert set(item) == {"schema", *fact_to_dict(fact, 3)}
        assert {key: item[key] for key in fact_to_dict(fact, 3)} == fact_to_dict(fact, 3)
    # how many sources leave each fact out: 3 sources less those in by_source
    assert [item["missing_count"] for item in objects] == [1, 0, 1, 2]


def test_lines_are_compact_with_no_trailing_spaces(quake: Comparison) -> None:
    for line in render_jsonl(quake).splitlines():
        assert line == line.strip()
        assert line.startswith('{"schema":"newscmp/2","id":')
    # the quote's newline is escaped inside its line, never a line break of its own
    assert len(render_jsonl(quake).splitlines()) == len(quake.facts)
    assert "searching" in render_jsonl(quake).splitlines()[3]


def test_mentions_keep_their_words_and_spans(quake: Comparison) -> None:
    date_line = json.loads(render_jsonl(quake).splitlines()[0])
    assert date_line["mentions"][0] == {
        "source": "wire",
        "text": "Monday",
        "span": [68, 74],
        "value": {"date": "2023-02-06"},
    }


def test_no_facts_is_no_lines(quake: Comparison) -> None:
    from dataclasses import replace

    assert render_jsonl(replace(quake, facts=())) == ""
