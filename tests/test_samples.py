"""What the five sample articles must show, as a careful reader sees them (checked by hand
against seeds/*.txt), and invariants of the whole pipeline on every article we have."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.extract import extract
from newscmp.model import Article, Comparison, Fact, Kind, Status
from newscmp.pipeline import compare_articles, compare_paths

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
SWISSINFO, RFI, WIRE, LUXTIMES, REUTERS = (
    "000_62d2b6d06a40e93b",
    "001_77606723364a9be7",
    "002_c21aa0d88ccc5bb2",
    "003_62849ba5c0e8d2b1",
    "004_ec0cd77a669150c2",
)
ALL = {SWISSINFO, RFI, WIRE, LUXTIMES, REUTERS}


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare_paths([str(SEEDS)])


def facts_of(comparison: Comparison, kind: Kind) -> list[Fact]:
    return [fact for fact in comparison.facts if fact.kind is kind]


def person(comparison: Comparison, surname: str) -> Fact:
    found = [f for f in facts_of(comparison, Kind.PARTICIPANT) if f.label.endswith(surname)]
    assert len(found) == 1, [f.label for f in facts_of(comparison, Kind.PARTICIPANT)]
    return found[0]


def test_all_five_date_the_talks_to_10_january_2022(comparison: Comparison) -> None:
    [date] = facts_of(comparison, Kind.DATE)
    assert date.value.date == "2022-01-10"  # type: ignore[union-attr]
    assert set(date.sources) == ALL
    assert date.status is Status.AGREE
    reuters = [m.text for m in date.mentions if m.source == REUTERS]
    assert any("Jan 10" in text for text in reuters)  # "Monday (Jan 10)", year from the others


def test_all_five_place_the_talks_in_geneva(comparison: Comparison) -> None:
    [location] = facts_of(comparison, Kind.LOCATION)
    assert (location.value.place, location.value.country) == ("Geneva", "Switzerland")  # type: ignore[union-attr]
    assert set(location.sources) == ALL and location.status is Status.AGREE


def test_three_name_the_us_mission_as_venue(comparison: Comparison) -> None:
    [venue] = facts_of(comparison, Kind.VENUE)
    assert set(venue.sources) == {WIRE, LUXTIMES, REUTERS}
    assert venue.status is Status.AGREE
    assert set(venue.missing(tuple(s.id for s in comparison.sources))) == {SWISSINFO, RFI}


def test_sherman_title_conflict_is_flagged(comparison: Comparison) -> None:
    sherman = person(comparison, "Sherman")
    assert sherman.label == "Wendy Sherman"
    assert sherman.status is Status.CONFLICT
    assert sherman.value.role == "Deputy Secretary of State"  # type: ignore[union-attr]
    by_source = dict(sherman.by_source)
    assert by_source[WIRE] is Status.CONFLICT
    assert {s for s, status in by_source.items() if status is Status.AGREE} == ALL - {WIRE}
    [under] = [m for m in sherman.mentions if m.source == WIRE and "Under" in m.text]
    assert under.value.role == "Under Secretary of State"  # type: ignore[union-attr]


def test_ryabkov_is_deputy_foreign_minister_wherever_titled(comparison: Comparison) -> None:
    ryabkov = person(comparison, "Ryabkov")
    assert set(ryabkov.sources) == ALL
    assert ryabkov.value.role == "Deputy Foreign Minister"  # type: ignore[union-attr]
    roles = {m.value.role for m in ryabkov.mentions}  # type: ignore[union-attr]
    assert roles <= {"Deputy Foreign Minister", None}
    assert ryabkov.status is not Status.CONFLICT


def test_blinken_appears_in_two(comparison: Comparison) -> None:
    blinken = person(comparison, "Blinken")
    assert set(blinken.sources) == {WIRE, LUXTIMES}


def test_photographer_is_no_participant(comparison: Comparison) -> None:
    labels = " ".join(f.label for f in facts_of(comparison, Kind.PARTICIPANT))
    assert "Balibouse" not in labels


def test_outlets_are_recognised_and_the_fifth_names_none(comparison: Comparison) -> None:
    outlets = {article.id: article.outlet for article in comparison.sources}
    assert outlets == {
        SWISSINFO: "swissinfo.ch",
        RFI: "RFI",
        WIRE: None,
        LUXTIMES: "Luxembourg Times",
        REUTERS: "Reuters",
    }


def all_articles() -> list[Article]:
    from newscmp.load import load_paths

    folders = [SEEDS, *sorted((ROOT / "tests" / "fixtures" / "clusters").glob("*/"))]
    articles, _ = load_paths([str(folder) for folder in folders])
    return articles


def test_every_mention_is_exact_and_outside_boilerplate() -> None:
    articles = all_articles()
    assert len(articles) > 20
    for article in articles:
        for mention in extract(article):
            assert article.text[mention.span.start : mention.span.end] == mention.text
            assert mention.source == article.id
            assert not article.is_boilerplate(mention.span), (article.id, mention)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_spans_are_exact_on_arbitrary_text(text: str) -> None:
    article = Article(id="x", path="x.txt", text=text, published="2024-03-05")
    for mention in extract(article):
        assert text[mention.span.start : mention.span.end] == mention.text


def test_shuffled_input_order_gives_the_same_facts() -> None:
    articles = [a for a in all_articles() if a.path.startswith(str(SEEDS))]
    expected = compare_articles(articles)
    rng = random.Random(3)
    for _ in range(3):
        shuffled = articles[:]
        rng.shuffle(shuffled)
        result = compare_articles(shuffled)
        assert {
            (f.id, f.status, f.value, f.sources and frozenset(f.sources)) for f in result.facts
        } == {(f.id, f.status, f.value, frozenset(f.sources)) for f in expected.facts}
