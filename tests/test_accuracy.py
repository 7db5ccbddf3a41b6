"""The accuracy scorer on tiny hand-made documents, and the validity of every labelled cluster."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pycountry
import pytest

ROOT = Path(__file__).resolve().parent.parent
CLUSTERS = ROOT / "tests" / "fixtures" / "clusters"


def _load_accuracy() -> Any:
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


accuracy = _load_accuracy()


# --- tiny documents -------------------------------------------------------------------------


def fact(kind: str, status: str, value: dict[str, Any], *sources: str, **per: Any) -> dict:
    """A fact whose sources all give `value`, unless `per` gives a source its own value."""
    mentions = [{"source": s, "value": per.get(s, value)} for s in sources]
    return {"kind": kind, "label": kind, "status": status, "value": value, "mentions": mentions}


def doc(*facts: dict) -> dict:
    return {"schema": "newscmp/1", "facts": list(facts)}


def killed(amount: float, qualifier: str = "exact", unit: str = "people killed") -> dict:
    return {"amount": amount, "unit": unit, "qualifier": qualifier}


TORRES = {"name": "Ana Torres", "role": "Minister of Health", "affiliation": "Peru"}
DATE = {"date": "2024-03-05"}
LIMA = {"place": "Lima", "country": "Peru"}


def test_perfect_match_scores_one() -> None:
    expected = doc(
        fact("date", "agree", DATE, "a", "b"), fact("participant", "single", TORRES, "a")
    )
    scores = accuracy.score_cluster(expected, expected)
    assert scores.total.f1 == 1.0
    assert scores.total.status_accuracy == 1.0
    assert scores.kinds["date"].matched == 1


def test_missing_fact_lowers_recall_not_precision() -> None:
    expected = doc(fact("date", "agree", DATE, "a", "b"), fact("location", "agree", LIMA, "a", "b"))
    predicted = doc(fact("date", "agree", DATE, "a", "b"))
    total = accuracy.score_cluster(expected, predicted).total
    assert (total.precision, total.recall) == (1.0, 0.5)
    assert total.f1 == pytest.approx(2 / 3)


def test_extra_fact_lowers_precision() -> None:
    expected = doc(fact("date", "agree", DATE, "a", "b"))
    predicted = doc(fact("date", "agree", DATE, "a", "b"), fact("date", "single", DATE, "c"))
    total = accuracy.score_cluster(expected, predicted).total
    assert (total.precision, total.recall) == (0.5, 1.0)


def test_wrong_amount_is_not_a_match() -> None:
    expected = doc(fact("quantity", "agree", killed(34), "a", "b"))
    predicted = doc(fact("quantity", "agree", killed(43), "a", "b"))
    scores = accuracy.score_cluster(expected, predicted)
    assert scores.kinds["quantity"].matched == 0
    assert scores.total.f1 == 0.0


def test_different_sources_are_not_a_match_but_count_loosely() -> None:
    expected = doc(fact("date", "agree", DATE, "a", "b", "c"))
    predicted = doc(fact("date", "agree", DATE, "a", "b"))
    score = accuracy.score_cluster(expected, predicted).kinds["date"]
    assert score.matched == 0
    assert score.loose_matched == 1


def test_wrong_status_is_matched_but_not_counted_correct() -> None:
    expected = doc(fact("participant", "conflict", TORRES, "a", "b"))
    predicted = doc(fact("participant", "agree", TORRES, "a", "b"))
    score = accuracy.score_cluster(expected, predicted).kinds["participant"]
    assert (score.matched, score.status_correct, score.status_accuracy) == (1, 0, 0.0)


def test_other_consensus_still_matches_when_every_source_value_does() -> None:
    per = {"a": killed(30, "at_least"), "b": killed(34)}
    expected = doc(fact("quantity", "partial", killed(34), "a", "b", **per))
    predicted = doc(fact("quantity", "partial", killed(30, "at_least"), "a", "b", **per))
    assert accuracy.score_cluster(expected, predicted).kinds["quantity"].matched == 1


def test_each_expected_fact_is_matched_once() -> None:
    expected = doc(fact("date", "single", DATE, "a"))
    predicted = doc(fact("date", "single", DATE, "a"), fact("date", "single", DATE, "a"))
    score = accuracy.score_cluster(expected, predicted).kinds["date"]
    assert (score.matched, score.predicted) == (1, 2)


def test_matching_finds_the_largest_assignment() -> None:
    """A greedy pass would give the first expected fact the only fact the second can take."""
    loose = {"name": "Torres", "role": None, "affiliation": None}
    ana = {"name": "Ana Torres", "role": None, "affiliation": None}
    luis = {"name": "Luis Torres", "role": None, "affiliation": None}
    expected = [fact("participant", "single", loose, "a"), fact("participant", "single", ana, "a")]
    predicted = [fact("participant", "single", ana, "a"), fact("participant", "single", luis, "a")]
    assert accuracy.match_facts(expected, predicted) == [(0, 1), (1, 0)]


def test_nothing_expected_and_nothing_found_is_perfect() -> None:
    total = accuracy.score_cluster(doc(), doc()).total
    assert (total.precision, total.recall, total.f1, total.status_accuracy) == (1, 1, 1, None)


def test_scores_add_up_across_clusters() -> None:
    expected = doc(fact("date", "agree", DATE, "a", "b"))
    overall = accuracy.Scores()
    overall.add(accuracy.score_cluster(expected, expected))
    overall.add(accuracy.score_cluster(expected, doc()))
    assert (overall.total.expected, overall.total.matched, overall.total.recall) == (2, 1, 0.5)
    assert overall.to_dict()["total"]["recall"] == 0.5


def loc(place: str | None, country: str | None) -> dict:
    return {"place": place, "country": country}


def venue(name: str, place: str | None = None) -> dict:
    return {"name": name, "place": place}


def hours(amount: float, qualifier: str = "exact") -> dict:
    return {"hours": amount, "qualifier": qualifier}


def person(name: str, role: str | None = None) -> dict:
    return {"name": name, "role": role, "affiliation": None}


def later(
    place: str | None, date: str | None, weekday: str | None = None, with_: str | None = None
) -> dict:
    return {"place": place, "date": date, "weekday": weekday, "with": with_}


def said(speaker: str | None, words: str) -> dict:
    return {"speaker": speaker, "quote": words}


CLOCK = "We are working against the clock"
DETROIT = loc("Detroit", "United States")

VALUE_CASES = [
    # (kind, expected value, predicted value, same fact?)
    ("date", {"date": "2024-03-05"}, {"date": "2024-03-05"}, True),
    ("date", {"date": "--03-05"}, {"date": "2024-03-05"}, True),
    ("date", {"date": "2024-03-05"}, {"date": "2024-03-04"}, False),
    ("date", {"date": "2024-03-05"}, {"date": None}, False),
    ("location", DETROIT, LIMA, False),
    ("location", DETROIT, loc("Detroit", "U.S."), True),
    ("location", DETROIT, loc("Detroit", "USA"), True),
    ("location", loc("Valparaíso", "Chile"), loc("Valparaiso", "Chile"), True),
    ("location", LIMA, loc("Lima", None), True),
    ("location", LIMA, loc("Lima", "Ohio"), False),
    ("location", loc(None, "Peru"), loc(None, "Peru"), True),
    ("location", loc(None, "Peru"), LIMA, False),
    ("venue", venue("Parken Stadium", "Copenhagen"), venue("the Parken Stadium"), True),
    ("venue", venue("Parken Stadium"), venue("Huntington Place"), False),
    ("duration", hours(48), hours(48.0, "at_most"), True),
    ("duration", hours(504), hours(48), False),
    ("participant", TORRES, person("Ana Torres", "Minister of the Interior"), True),
    ("participant", TORRES, person("ana torres"), True),
    ("participant", TORRES, person("Rafael Quispe"), False),
    ("follow_up", later("Bogotá", "2024-10-17"), later("Bogota", None), True),
    (
        "follow_up",
        later(None, "2024-10-16", "Wednesday"),
        later(None, "2024-10-16", None, "NATO"),
        True,
    ),
    ("follow_up", later(None, "2024-10-16"), later(None, "2024-10-17"), False),
    ("follow_up", later("Odense", None), later(None, "2024-05-10"), False),
    ("quantity", killed(34), killed(34, "about"), True),
    ("quantity", killed(34), killed(34, unit="dead"), True),
    ("quantity", killed(34), killed(34, unit="deaths"), True),
    ("quantity", killed(34), killed(34, unit="people injured"), False),
    ("quantity", killed(34), killed(33), False),
    ("quantity", killed(2100000, unit="EUR"), killed(2100000, unit="euros"), True),
    ("quantity", killed(42990, unit="USD"), killed(42990, unit="$"), True),
    ("quantity", killed(42990, unit="USD"), killed(42990, unit="EUR"), False),
    ("quote", said("Ana Torres", CLOCK), said("Torres", CLOCK.lower() + "."), True),
    (
        "quote",
        said("Mikko Lahtinen", "The suspect acted alone"),
        said("Mikko Lahtinen", "We believe the suspect acted alone"),
        True,
    ),
    ("quote", said("Ana Torres", CLOCK), said("Rosa Huamán", CLOCK), False),
    ("quote", said("Ana Torres", CLOCK), said(None, CLOCK), False),
    (
        "quote",
        said("Ana Torres", CLOCK),
        said("Ana Torres", "Nobody should sleep inside tonight"),
        False,
    ),
]


@pytest.mark.parametrize(("kind", "expected", "predicted", "same"), VALUE_CASES)
def test_values_match(kind: str, expected: dict, predicted: dict, same: bool) -> None:
    assert accuracy.values_match(kind, expected, predicted) is same


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("U.S.", "united states"),
        ("the United States of America", "united states"),
        ("Poznań", "poznan"),
        ("  São   Paulo ", "sao paulo"),
        ("Transport Workers' Federation", "transport workers federation"),
        (None, ""),
    ],
)
def test_normalize_text(text: str | None, normal: str) -> None:
    assert accuracy.normalize_text(text) == normal


def test_basil_event_counts_entities_and_dates() -> None:
    records = [
        {"date": "2014-05-02", "main-entities": ["Jane Doe", "John Roe"]},
        {"date": "2014-05-01", "main-entities": ["Jane Doe"]},
        {"date": "2014-05-09", "main-entities": []},
    ]
    facts = [
        fact("participant", "agree", {"name": "Jane Doe", "role": None, "affiliation": None}, "a"),
        fact("date", "agree", {"date": "2014-05-01"}, "a", "b"),
        fact("date", "single", {"date": "2014-05-02"}, "c"),
    ]
    score = accuracy.score_basil_event(records, facts)
    assert (score.entities, score.entities_found) == (2, 1)
    assert (score.articles, score.dated, score.same_day, score.day_before) == (3, 3, 1, 1)


def test_basil_text_has_header_title_and_paragraphs() -> None:
    record = {"date": "2014-05-01", "title": "T", "body-paragraphs": [["A b.", "C d."], ["E."]]}
    assert accuracy.basil_text(record) == "date 2014-05-01\nT\n\nA b. C d.\n\nE.\n"


# --- every labelled cluster is well formed --------------------------------------------------

VALUE_KEYS = {  # the README, "What it extracts"
    "date": {"date"},
    "location": {"place", "country"},
    "venue": {"name", "place"},
    "duration": {"hours", "qualifier"},
    "participant": {"name", "role", "affiliation"},
    "follow_up": {"place", "date", "weekday", "with"},
    "quantity": {"amount", "unit", "qualifier"},
    "quote": {"speaker", "quote"},
}
REQUIRED = {  # keys that a value of the kind cannot leave unknown
    "date": {"date"},
    "duration": {"hours", "qualifier"},
    "participant": {"name"},
    "quantity": {"amount", "unit", "qualifier"},
    "quote": {"speaker", "quote"},
}
QUALIFIERS = {"exact", "about", "at_least", "at_most", "vague"}
STATUSES = {"agree", "partial", "conflict", "single"}
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
ISO_DATE = re.compile(r"(\d{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
FOLDERS = sorted(path.parent for path in CLUSTERS.glob("*/expected.json"))


def load_expected(folder: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return result


def stems(folder: Path) -> set[str]:
    return {path.stem for path in folder.glob("*.txt")}


def plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def same_value(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Equal values, a date without its year being the same as the full date it completes, a
    participant's being the same role (the affiliation makes no status: see the README)."""
    if "date" in a and len(a) == 1 and a["date"] and b["date"]:
        return bool(a["date"][-5:] == b["date"][-5:])
    if "role" in a:
        return bool(a["name"] == b["name"] and a["role"] == b["role"])
    return a == b


def test_there_are_ten_clusters_or_more() -> None:
    assert len(FOLDERS) >= 10


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda path: path.name)
def test_cluster_articles_are_short_utf8_texts(folder: Path) -> None:
    articles = sorted(folder.glob("*.txt"))
    assert 3 <= len(articles) <= 5
    for path in articles:
        text = path.read_bytes().decode("utf-8")
        assert 120 <= len(text.split()) <= 300, path.name


def _check_value(kind: str, value: dict[str, Any]) -> None:
    assert set(value) == VALUE_KEYS[kind], value
    assert all(value[key] is not None for key in REQUIRED.get(kind, ())), value
    for key in ("hours", "amount"):
        if key in value:
            assert isinstance(value[key], int | float) and not isinstance(value[key], bool)
            assert value[key] > 0
    if "qualifier" in value:
        assert value["qualifier"] in QUALIFIERS
    if value.get("date") is not None:
        assert ISO_DATE.fullmatch(value["date"]), value
    if kind == "follow_up":
        assert value["weekday"] in WEEKDAYS | {None}
    if kind == "location" and value["country"] is not None:
        assert pycountry.countries.get(name=value["country"]) is not None, value
    for item in value.values():
        assert item is None or isinstance(item, str | int | float)
        assert item != ""


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda path: path.name)
def test_expected_json_is_valid(folder: Path) -> None:
    expected = load_expected(folder)
    assert expected["schema"] == "newscmp/1"
    sources = stems(folder)
    assert {item["kind"] for item in expected["facts"]} >= {"date", "location", "participant"}
    assert sum(item["kind"] == "date" for item in expected["facts"]) == 1
    assert sum(item["kind"] == "location" for item in expected["facts"]) == 1
    for item in expected["facts"]:
        assert set(item) == {"kind", "label", "status", "value", "mentions", "missing"}, item
        assert item["kind"] in VALUE_KEYS and item["status"] in STATUSES and item["label"]
        _check_value(item["kind"], item["value"])
        mentioned = [mention["source"] for mention in item["mentions"]]
        assert len(mentioned) == len(set(mentioned)) >= 1, item["label"]
        assert set(mentioned) <= sources, item["label"]
        assert set(item["missing"]) == sources - set(mentioned), item["label"]
        for mention in item["mentions"]:
            assert set(mention) == {"source", "value"}
            _check_value(item["kind"], mention["value"])


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda path: path.name)
def test_statuses_follow_from_the_mentions(folder: Path) -> None:
    for item in load_expected(folder)["facts"]:
        values = [mention["value"] for mention in item["mentions"]]
        label = f"{item['kind']} {item['label']}"
        all_same = all(same_value(value, values[0]) for value in values)
        assert (item["status"] == "single") == (len(values) == 1), label
        if item["status"] == "agree":
            assert all_same, label
        if item["status"] in {"partial", "conflict"}:
            assert not all_same, label
        assert item["value"] in values, f"{label}: the consensus is none of the sources' values"


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda path: path.name)
def test_annotations_are_grounded_in_the_articles(folder: Path) -> None:
    """Names, places and quotes given for a source appear in that source's text."""
    texts = {path.stem: plain(path.read_text(encoding="utf-8")) for path in folder.glob("*.txt")}
    for item in load_expected(folder)["facts"]:
        for mention in item["mentions"]:
            assert mention["source"] in texts, item["label"]
            text, value = texts[mention["source"]], mention["value"]
            where = f"{item['label']} in {mention['source']}"
            if item["kind"] == "participant":
                assert plain(value["name"]) in text, where
            if item["kind"] == "quote":
                assert plain(value["quote"]).rstrip(".,") in text, where
                assert plain(value["speaker"]).split()[-1] in text, where
            if item["kind"] == "location":
                assert plain(value["place"]) in text, where
