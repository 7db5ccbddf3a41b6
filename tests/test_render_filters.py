"""Filters: keeping facts by kind, status and number of sources; parsing the option values."""

from __future__ import annotations

import pytest

from newscmp.filters import FactFilter, filter_comparison, parse_names
from newscmp.model import Comparison, Kind, Status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("participant,quantity", {Kind.PARTICIPANT, Kind.QUANTITY}),
        (" Quantity , follow-up ", {Kind.QUANTITY, Kind.FOLLOW_UP}),
        ("date,date", {Kind.DATE}),
        ("quote,", {Kind.QUOTE}),
    ],
)
def test_parse_kinds(text: str, expected: set[Kind]) -> None:
    assert parse_names(text, Kind) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("people", "unknown value 'people'"),
        ("date,when", "unknown value 'when'"),
        ("", "no value given"),
        (" , ", "no value given"),
    ],
)
def test_bad_kinds_name_the_allowed_values(text: str, message: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_names(text, Kind)
    assert message in str(raised.value)
    assert "date, location, venue, duration, participant, follow_up, quantity, quote" in str(
        raised.value
    )


def test_parse_statuses() -> None:
    assert parse_names("conflict,PARTIAL", Status) == {Status.CONFLICT, Status.PARTIAL}
    with pytest.raises(ValueError, match="agree, partial, conflict, single"):
        parse_names("missing", Status)


def _ids(comparison: Comparison) -> list[str]:
    return [fact.id for fact in comparison.facts]


@pytest.mark.parametrize(
    ("fact_filter", "expected"),
    [
        (FactFilter(), ["date:event", "location:event", "quantity:people", "quote:thapa"]),
        (FactFilter(kinds=frozenset({Kind.QUANTITY})), ["quantity:people"]),
        (FactFilter(kinds=frozenset({Kind.QUOTE, Kind.DATE})), ["date:event", "quote:thapa"]),
        (FactFilter(statuses=frozenset({Status.AGREE})), ["date:event", "location:event"]),
        (FactFilter(statuses=frozenset({Status.PARTIAL})), []),
        (FactFilter(min_sources=2), ["date:event", "location:event", "quantity:people"]),
        (FactFilter(min_sources=3), ["location:event"]),
        (
            FactFilter(frozenset({Kind.DATE, Kind.LOCATION}), frozenset({Status.AGREE}), 3),
            ["location:event"],
        ),
    ],
)
def test_filter_comparison(quake: Comparison, fact_filter: FactFilter, expected: list[str]) -> None:
    filtered = filter_comparison(quake, fact_filter)
    assert _ids(filtered) == expected
    assert filtered.sources == quake.sources and filtered.problems == quake.problems


def test_filtering_is_pure(quake: Comparison) -> None:
    before = _ids(quake)
    filter_comparison(quake, FactFilter(min_sources=3))
    assert _ids(quake) == before
    assert filter_comparison(quake, FactFilter()) is quake
