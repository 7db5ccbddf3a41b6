"""Article records in JSON and JSONL, in the shapes common scrapers and APIs write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscmp.errors import InputError
from newscmp.load import LoadOptions, load_paths
from newscmp.load.dates import iso_published
from newscmp.load.language import language_name
from newscmp.load.records import read_records
from newscmp.model import Problem

RECORDS = Path(__file__).resolve().parent / "fixtures" / "records"

# (fixture, [(id, path suffix, title, outlet, published, start of text)])
SHAPES = [
    ("newsplease_takeover.json", [(
        "newsplease_takeover", "newsplease_takeover.json",
        "Harrow Breweries shareholders approve £2.1bn Velde takeover", "examplebiz.example",
        "2024-03-05", "Shareholders of Harrow Breweries on Tuesday approved",
    )]),
    ("newspaper4k_election.json", [
        ("newspaper4k_election-1", "newspaper4k_election.json#1",
         "Governor wins second term by narrow margin", "statewire.example", "2022-11-09",
         "Governor Ruth Calder won a second term"),
        ("newspaper4k_election-2", "newspaper4k_election.json#2",
         "Calder re-elected as turnout hits 61%", "thecapitalnews.example", "2022-11-09",
         "Ruth Calder was re-elected governor"),
    ]),
    ("trafilatura_plane.json", [(
        "trafilatura_plane", "trafilatura_plane.json",
        "Plane skids off runway in heavy rain, all 143 on board safe", "Sky News Desk",
        "2023-07-21", "A passenger jet skidded off the runway while landing in heavy rain on "
        "Friday evening.\nAll 143",
    )]),
    ("basil_final.json", [(
        "basil_final", "basil_final.json", "City win cup final on penalties",
        "The New York Times", "2023-05-20",
        "City won the cup final on penalties on Saturday after a 2-2 draw with Rovers. "
        "Goalkeeper Ben Ortiz saved two spot kicks in front of 84,000 fans.\n"
        "It is the club's first major trophy since 1998.",
    )]),
    ("quake_wire.jsonl", [
        ("wire-101", "quake_wire.jsonl#1", "Strong quake shakes mountain towns", "Mountain Wire",
         "2024-02-12", "A magnitude 5.9 earthquake"),
        ("wire-102", "quake_wire.jsonl#2", "Aftershocks keep residents outdoors", "Mountain Wire",
         "2024-02-13", "Hundreds of residents"),
        ("wire-103", "quake_wire.jsonl#3", "Schools reopen after quake", "Mountain Wire",
         "2024-02-16", "Schools in the three"),
    ]),
    ("api_court.json", [(
        "api_court-1", "api_court.json#1", "Court overturns ban on night flights", "Metro Ledger",
        "2021-10-04", "An appeals court on Monday overturned",
    )]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "expected"), SHAPES)
def test_record_shapes(name: str, expected: list[tuple[str, ...]]) -> None:
    articles, problems = load_paths([str(RECORDS / name)])
    assert problems == []
    found = [(a.id, a.path, a.title, a.outlet, a.published) for a in articles]
    assert found == [(id, str(RECORDS / path), *rest[:3]) for id, path, *rest in expected]
    for article, row in zip(articles, expected, strict=True):
        assert article.text.startswith(row[-1])


def test_url_only_records_and_other_languages_are_problems() -> None:
    path = str(RECORDS / "gdelt_strike.jsonl")
    articles, problems = load_paths([path])
    assert articles == []
    assert problems == [
        Problem(path, "line 1: no article text (looked for maintext, text, raw_text, body...); "
                "list its url in a file given to --urls"),
        Problem(path, "line 2: in another language (looks like French); "
                "newscmp reads English articles"),
    ]  # fmt: skip


def test_malformed_jsonl_names_each_line() -> None:
    path = str(RECORDS / "malformed.jsonl")
    articles, problems = load_paths([path])
    found = [(a.id, a.title, a.path) for a in articles]
    assert found == [("malformed-1", "Strike ends", path + "#1")]
    assert [p.error for p in problems] == [
        "line 3: not valid JSON (Expecting property name enclosed in double quotes at column 63);"
        " fix or remove that line",
        "line 4: a JSON list, not an article record",
        "line 5: no article text (looked for maintext, text, raw_text, body...); "
        "name it with --text-field",
    ]


# (file content, the error of the whole file)
BROKEN_FILES = [
    (b"", "empty file"),
    (b"  \n ", "empty file"),
    (b'{"title": "Vote", "text": "Polls closed."', "not valid JSON (Expecting ',' delimiter at "
     "line 1, column 42); fix the file"),
    (b"[1, 2,\n 3,]", "not valid JSON (Expecting value at line 2, column 4); fix the file"),
    (b"[]", "no article records in this file"),
    (b'"just a string"', "a JSON string, not article records"),
    (b"42", "a JSON number, not article records"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not text"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "error"), BROKEN_FILES)
def test_broken_json_files(data: bytes, error: str) -> None:
    with pytest.raises(InputError) as caught:
        read_records(data, "feed.json", "feed")
    assert error in caught.value.message
    assert caught.value.path == "feed.json"


# (one JSON record, the Problem's error; each record is the second of an array)
BAD_RECORDS = [
    ('"a string"', "record 2: a JSON string, not an article record"),
    ("null", "record 2: a JSON null, not an article record"),
    ('{"title": "Verdict due", "text": "   "}', "record 2: no article text"),
    ('{"title": "Verdict due", "text": ["", " "]}', "record 2: no article text"),
    ('{"title": "Verdict due", "text": 12}', "record 2: no article text"),
    ('{"title": "Verdict due", "text": {"value": "Guilty."}}', "record 2: no article text"),
    ('{"text": "Le tribunal a rendu son verdict.", "language": "fr"}',
     "record 2: in another language (looks like French)"),
    ('{"text": "Der Streik ist beendet.", "lang": "de-DE"}',
     "record 2: in another language (looks like German)"),
]  # fmt: skip


@pytest.mark.parametrize(("record", "error"), BAD_RECORDS)
def test_bad_records_beside_a_good_one(record: str, error: str) -> None:
    good = '{"title": "Strike ends", "text": "Dock workers went back to work on Monday."}'
    articles, problems = read_records(f"[{good}, {record}]".encode(), "feed.json", "feed")
    assert [a.id for a in articles] == ["feed-1"]
    assert len(problems) == 1 and problems[0].path == "feed.json"
    assert problems[0].error.startswith(error)


def test_field_overrides(tmp_path: Path) -> None:
    record = {
        "story_body": "Firefighters contained the blaze at the chemical plant on Sunday.",
        "text": "Not this field: --text-field names another.",
        "hed": "Plant fire contained",
        "paper": "Harbor Daily",
        "when": "2020-08-30T22:10:00Z",
    }
    path = tmp_path / "fire.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    options = LoadOptions(
        text_field="story_body", title_field="hed", outlet_field="paper", published_field="when"
    )
    articles, problems = load_paths([str(path)], options=options)
    assert problems == []
    [article] = articles
    assert article.text == record["story_body"]
    assert (article.title, article.outlet, article.published) == (
        "Plant fire contained",
        "Harbor Daily",
        "2020-08-30",
    )
    missing = LoadOptions(text_field="no_such_field")
    assert load_paths([str(path)], options=missing) == (
        [],
        [Problem(str(path), "no text in field 'no_such_field' (from --text-field)")],
    )


@pytest.mark.parametrize(
    ("records", "ids"),
    [
        ([{"id": "a1"}, {"id": "b2"}], ["a1", "b2"]),
        ([{"id": 7}, {"id": 8}], ["7", "8"]),
        ([{"uuid": "x/y z"}, {"uuid": "x/y w"}], ["x-y-z", "x-y-w"]),
        ([{"id": "same"}, {"id": "same"}], ["feed-1", "feed-2"]),  # not unique
        ([{"id": "a1"}, {}], ["feed-1", "feed-2"]),  # not every record has one
        ([{"id": True}, {"id": False}], ["feed-1", "feed-2"]),  # a boolean is no id
    ],
)
def test_record_ids(records: list[dict[str, object]], ids: list[str]) -> None:
    texts = ["The jury reached its verdict on Friday.", "Voters queued for hours on Sunday."]
    data = [{**record, "text": text} for record, text in zip(records, texts, strict=True)]
    articles, problems = read_records(json.dumps(data).encode(), "feed.json", "feed")
    assert problems == []
    assert [article.id for article in articles] == ids


def test_json_lines_in_a_json_file_and_records_on_stdin(tmp_path: Path) -> None:
    lines = (
        b'{"title": "Final won", "text": "The home side won the final 2-1 on Saturday."}\n'
        b'{"title": "Parade held", "text": "Thousands lined the streets for the parade."}\n'
    )
    path = tmp_path / "cup.json"
    path.write_bytes(lines)
    articles, problems = load_paths([str(path)])
    assert problems == [] and [a.id for a in articles] == ["cup-1", "cup-2"]
    assert [a.path for a in articles] == [f"{path}#1", f"{path}#2"]


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T10:00:00Z", "2024-03-05"),
        ("2017-03-01 12:00:00", "2017-03-01"),
        ("20240305T120000Z", "2024-03-05"),
        ("20240305", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("Tue, 5 Mar 2024 10:00:00 GMT", "2024-03-05"),
        ("2024-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        ("12345678", None),
    ],
)
def test_iso_published(value: str | None, iso: str | None) -> None:
    assert iso_published(value) == iso


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("en", "English"),
        ("en-GB", "English"),
        ("eng", "English"),
        ("English", "English"),
        ("fr", "French"),
        ("fr_CA", "French"),
        ("deu", "German"),
        ("Spanish", "Spanish"),
        ("zz", None),
        ("", None),
        (None, None),
        ("not a language", None),
    ],
)
def test_language_name(label: str | None, name: str | None) -> None:
    assert language_name(label) == name
