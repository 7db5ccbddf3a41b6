"""Sorting a mixed pile into events: grouping tables over articles written for the tests, the
order independence, the `events` command, the warning on a mixed pile, and `--by-event` in every
output format."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from events_fixtures import ARTICLES, articles, expected, write
from hypothesis import given, settings
from hypothesis import strategies as st

import newscmp
from newscmp.by_event import compare_by_event, pick_events
from newscmp.cli import cli
from newscmp.errors import ExitCode
from newscmp.events import Event, GroupSettings, group_articles
from newscmp.formats.events import EVENT_RENDERERS, events_schema, render_events


def partition(events: tuple[Event, ...] | list[Event]) -> list[set[str]]:
    return sorted(({article.id for article in event.articles} for event in events), key=sorted)


def same_partition(events: tuple[Event, ...], wanted: list[set[str]]) -> bool:
    return partition(events) == sorted(wanted, key=sorted)


# (what the case shows, the stories mixed): each must come out as exactly its stories.
GROUPING_CASES = [
    ("one story told by three outlets in their own words", ("ferry",)),
    ("two earthquakes in one city a year apart", ("quake_2021", "quake_2022")),
    ("two shootings in one city in one week", ("shooting_bar", "shooting_station")),
    ("a story and an article alone", ("ferry", "alone")),
    ("every story at once", None),
]


@pytest.mark.parametrize(("case", "stories"), GROUPING_CASES, ids=[c for c, _ in GROUPING_CASES])
def test_grouping_finds_exactly_the_stories(case: str, stories: tuple[str, ...] | None) -> None:
    events = group_articles(articles(stories))
    assert same_partition(events, expected(stories)), partition(events)


def test_the_same_text_a_year_later_is_another_event() -> None:
    first = articles(("quake_2021",))
    later = [
        replace(article, id=article.id + "_later", published="2022-03-02") for article in first
    ]
    events = group_articles(first + later)
    assert same_partition(events, [{a.id for a in first}, {a.id for a in later}])


def test_a_story_many_outlets_tell_alike_stays_one_event() -> None:
    # More articles share every word than the rare-word pairing reaches (40).
    ferry = articles(("ferry",))
    pile = [
        replace(article, id=f"{article.id}_{n}", text=article.text.replace("400", str(400 + n)))
        for article in ferry
        for n in range(30)
    ]
    assert [len(event.articles) for event in group_articles(pile)] == [90]


def test_undated_articles_group_by_their_words_alone() -> None:
    undated = [replace(article, published=None) for article in articles(("ferry", "alone"))]
    assert same_partition(group_articles(undated), expected(("ferry", "alone")))


def test_ids_run_largest_first_and_labels_name_the_story() -> None:
    events = group_articles(articles())
    assert [event.id for event in events] == [f"e{n}" for n in range(1, len(events) + 1)]
    sizes = [len(event.articles) for event in events]
    assert sizes == sorted(sizes, reverse=True)
    ferry = next(e for e in events if any(a.id == "ferry_wire" for a in e.articles))
    assert "Nordlys Star" in ferry.label
    assert "2023-06-14…2023-06-15" in ferry.label
    assert (ferry.first, ferry.last) == ("2023-06-14", "2023-06-15")
    assert sorted(ferry.outlets) == ["Baltic Wire", "Harbour Daily", "Radio Meri"]


@pytest.mark.parametrize(
    ("member", "words"),
    [
        ("quake_2021_a", "Governor Selim Kaya"),  # two runs that go on from each other, joined
        ("quake_2022_a", "Mayor Derya Aksoy"),
        ("ferry_wire", "Henrik Saar"),
        ("shooting_bar_a", "Lars Engqvist"),
        ("orchestra", "Ilse Brandauer"),
    ],
)
def test_labels_give_whole_names_as_written(member: str, words: str) -> None:
    event = next(e for e in group_articles(articles()) if member in {a.id for a in e.articles})
    assert words in event.label
    assert event.label.count(",") == 3  # four terms, then the dates


def test_an_empty_pile_has_no_events() -> None:
    assert group_articles([]) == ()


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(len(ARTICLES))))
def test_any_order_gives_the_same_events_ids_and_labels(order: list[int]) -> None:
    pile = articles()
    reference = group_articles(pile)
    shuffled = group_articles([pile[index] for index in order])
    assert [(e.id, e.label, [a.id for a in e.articles]) for e in shuffled] == [
        (e.id, e.label, [a.id for a in e.articles]) for e in reference
    ]


def test_a_threshold_of_one_leaves_every_article_alone() -> None:
    events = group_articles(articles(("ferry",)), GroupSettings(threshold=1.01))
    assert len(events) == 3


def test_pick_events_by_size_and_id() -> None:
    events = group_articles(articles())
    assert all(len(e.articles) >= 3 for e in pick_events(events, min_articles=3))
    assert [e.id for e in pick_events(events, ids=["e2"])] == ["e2"]
    with pytest.raises(ValueError, match="no event 'e99'; the events are e1"):
        pick_events(events, ids=["e99"])


def test_compare_by_event_compares_within_each_event_only() -> None:
    report = compare_by_event(articles(("ferry", "quake_2021", "alone")))
    assert [len(item.event.articles) for item in report.events] == [3, 2, 1]
    ferry, quake, alone = report.events
    assert alone.comparison is None
    for item in (ferry, quake):
        assert item.comparison is not None
        ids = {article.id for article in item.event.articles}
        assert {a.id for a in item.comparison.sources} == ids
        for fact in item.comparison.facts:
            assert {mention.source for mention in fact.mentions} <= ids


def test_library_functions(tmp_path: Path) -> None:
    write(tmp_path, ("ferry", "alone"))
    events = newscmp.group_events([tmp_path])
    assert [len(event.articles) for event in events] == [3, 1]
    report = newscmp.compare_events([tmp_path], settings=GroupSettings())
    assert report.events[0].comparison is not None
    assert report.events[1].comparison is None


# ---------------------------------------------------------------- the command line


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def pile(tmp_path: Path) -> Path:
    """A folder of three stories: the ferry fire (3), the 2021 earthquake (2), one alone."""
    write(tmp_path, ("ferry", "quake_2021", "alone"))
    return tmp_path


def test_events_lists_each_event_with_its_articles(runner: CliRunner, pile: Path) -> None:
    result = runner.invoke(cli, ["events", str(pile)])
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout.startswith("6 articles, 3 events (1 of one article)")
    assert re.search(r"^e1  .*Nordlys Star.*2023-06-14…2023-06-15$", result.stdout, re.M)
    assert "    3 articles, 3 outlets" in result.stdout
    assert "2023-06-14  Baltic Wire  Fire aboard Tallinn ferry" in result.stdout
    assert "e3  " in result.stdout and "1 article, 1 outlet" in result.stdout


def test_events_min_articles_and_json(runner: CliRunner, pile: Path) -> None:
    result = runner.invoke(cli, ["events", "--json", "--min-articles", "2", str(pile)])
    assert result.exit_code == ExitCode.OK, result.output
    document = json.loads(result.stdout)
    validate(document)
    assert document["schema"] == "newscmp-events/1"
    assert [(e["id"], e["articles"], e["compared"]) for e in document["events"]] == [
        ("e1", 3, False),
        ("e2", 2, False),
    ]
    assert "facts" not in document["events"][0]


def test_events_output_file_is_json_by_its_extension(runner: CliRunner, pile: Path) -> None:
    target = pile.parent / "events.json"
    result = runner.invoke(cli, ["events", str(pile), "-o", str(target)])
    assert result.exit_code == ExitCode.OK, result.output
    validate(json.loads(target.read_text("utf-8")))


@pytest.mark.parametrize("command", ["compare", "facts"])
def test_a_mixed_pile_warns_and_still_compares(runner: CliRunner, pile: Path, command: str) -> None:
    result = runner.invoke(cli, [command, "--json", str(pile)])
    assert result.exit_code == ExitCode.OK, result.output
    assert json.loads(result.stdout)["schema"] == "newscmp/2"
    lines = result.stderr.splitlines()
    assert lines == [
        f"newscmp: {pile}: these 6 articles look like 3 separate events; "
        "try --by-event (or `newscmp events` to list them)"
    ]


def test_one_story_gives_no_warning(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, ("ferry",))
    result = runner.invoke(cli, ["compare", str(tmp_path)])
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr == ""


def section_count(text: str) -> int:
    return len(re.findall(r"^━━━ e\d+ · ", text, re.M))


def check_table(text: str) -> None:
    assert section_count(text) == 3
    assert "Nordlys Star" in text and "Izmir" in text
    assert "one article: listed, not compared" in text


def check_json(text: str) -> None:
    document = json.loads(text)
    validate(document)
    events = document["events"]
    assert [(e["id"], e["compared"], bool(e.get("facts"))) for e in events] == [
        ("e1", True, True),
        ("e2", True, True),
        ("e3", False, False),
    ]
    for event in events:
        ids = {source["id"] for source in event["sources"]}
        for fact in event["facts"]:
            assert {mention["source"] for mention in fact["mentions"]} <= ids
            assert fact["missing_count"] == len(ids) - len(fact["by_source"])


def check_jsonl(text: str) -> None:
    lines = [json.loads(line) for line in text.splitlines()]
    line_schema = {
        key: value
        for key, value in events_schema().items()
        if key not in ("properties", "required", "additionalProperties", "type")
    }
    line_schema["$ref"] = "#/$defs/jsonl_line"
    for line in lines:
        jsonschema.Draft202012Validator(line_schema).validate(line)
    assert [(line["schema"], line["id"]) for line in lines] == [
        ("newscmp-events/1", "e1"),
        ("newscmp-events/1", "e2"),
        ("newscmp-events/1", "e3"),
    ]


def check_markdown(text: str) -> None:
    assert text.startswith("# newscmp: 3 events\n")
    assert "- [e1 · " in text and "](#event-e1)" in text
    assert '<a id="event-e2"></a>' in text
    assert len(re.findall(r"^# e\d+ · ", text, re.M)) == 3
    assert len(re.findall(r"^### Facts$", text, re.M)) == 2  # each report a level down


def check_csv(text: str) -> None:
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:2] == ["event", "fact_id"]
    assert {row[0] for row in rows[1:]} == {"e1", "e2"}


def check_html(text: str) -> None:
    assert text.startswith("<!DOCTYPE html>")
    assert text.count('<a href="#event-e') == 3
    assert text.count('<section id="event-e') == 3
    assert text.count("<iframe ") == 2  # the event of one article is listed, not compared
    assert "&lt;!DOCTYPE html&gt;" in text  # each report escaped inside srcdoc


CHECKS = {
    "table": check_table,
    "sheet": check_table,
    "json": check_json,
    "jsonl": check_jsonl,
    "markdown": check_markdown,
    "csv": check_csv,
    "html": check_html,
}


def test_every_output_format_has_a_check() -> None:
    assert set(CHECKS) == set(EVENT_RENDERERS) == set(newscmp.formats.RENDERERS)


@pytest.mark.parametrize("name", list(CHECKS))
def test_by_event_in_every_format(runner: CliRunner, pile: Path, name: str) -> None:
    result = runner.invoke(cli, ["compare", "--by-event", "--format", name, str(pile)])
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr == ""
    CHECKS[name](result.stdout)


def test_facts_by_event_shows_sheets(runner: CliRunner, pile: Path) -> None:
    result = runner.invoke(cli, ["facts", "--by-event", str(pile)])
    assert result.exit_code == ExitCode.OK, result.output
    check_table(result.stdout)


def test_event_and_min_articles_pick_sections(runner: CliRunner, pile: Path) -> None:
    only = runner.invoke(cli, ["compare", "--event", "e2", "--json", str(pile)])
    assert [e["id"] for e in json.loads(only.stdout)["events"]] == ["e2"]
    larger = runner.invoke(cli, ["compare", "--min-articles", "2", "--json", str(pile)])
    assert [e["id"] for e in json.loads(larger.stdout)["events"]] == ["e1", "e2"]


def test_unknown_event_is_exit_1_with_one_line(runner: CliRunner, pile: Path) -> None:
    result = runner.invoke(cli, ["compare", "--event", "e9", str(pile)])
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.splitlines() == [
        "newscmp: no event 'e9'; the events are e1, e2, e3; list them with `newscmp events PATHS`"
    ]


def test_by_event_output_file(runner: CliRunner, pile: Path) -> None:
    target = pile.parent / "report.md"
    result = runner.invoke(cli, ["compare", "--by-event", str(pile), "-o", str(target)])
    assert result.exit_code == ExitCode.OK, result.output
    check_markdown(target.read_text("utf-8"))


def test_schema_events(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["schema", "--events"])
    assert result.exit_code == ExitCode.OK
    document = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(document)
    assert document["title"] == "newscmp-events/1"


def test_render_events_matches_the_cli(pile: Path) -> None:
    report = newscmp.compare_events([pile])
    check_json(render_events("json", report))


def validate(document: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(events_schema()).validate(document)


def test_by_event_csv_neutralises_formulas_unless_raw(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, ("ferry",))
    record = tmp_path / "ferry_wire.json"
    data = json.loads(record.read_text("utf-8"))
    data["outlet"] = "@evil"  # the outlet column would start with a formula character
    record.write_text(json.dumps(data), encoding="utf-8")
    guarded = runner.invoke(cli, ["compare", "--by-event", "--format", "csv", str(tmp_path)])
    raw = runner.invoke(
        cli, ["compare", "--by-event", "--format", "csv", "--csv-raw", str(tmp_path)]
    )
    assert guarded.exit_code == raw.exit_code == ExitCode.OK, guarded.output
    assert any(cell == "'@evil" for row in csv.reader(io.StringIO(guarded.stdout)) for cell in row)
    assert any(cell == "@evil" for row in csv.reader(io.StringIO(raw.stdout)) for cell in row)


def test_events_output_may_not_overwrite_an_input(runner: CliRunner, pile: Path) -> None:
    target = pile / "ferry_wire.json"
    before = target.read_text("utf-8")
    result = runner.invoke(cli, ["events", str(pile), "--json", "-o", str(target)])
    assert result.exit_code != ExitCode.OK
    assert len(result.stderr.strip().splitlines()) == 1 and str(target) in result.stderr
    assert target.read_text("utf-8") == before
