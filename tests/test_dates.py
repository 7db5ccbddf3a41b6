"""find_dates, resolve_weekday, resolve_year and parse_iso: tables checked by hand."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.text.dates import DateRef, find_dates, parse_iso, resolve_weekday, resolve_year

D = datetime.date

# (text, [(matched text, year, month, day, weekday)])
FOUND = [
    ("date 2022-01-10 Talks", [("2022-01-10", 2022, 1, 10, None)]),
    ("on January 10, 2022 in Geneva.", [("January 10, 2022", 2022, 1, 10, None)]),
    ("The quake hit on 25 April 2015.", [("25 April 2015", 2015, 4, 25, None)]),
    ("Jan. 10 talks", [("Jan. 10", None, 1, 10, None)]),
    ("since Jan 10 the strike", [("Jan 10", None, 1, 10, None)]),
    ("by 10 Jan at the latest", [("10 Jan", None, 1, 10, None)]),
    ("2 min. 10.01.2022", [("10.01.2022", 2022, 1, 10, None)]),
    ("filed 10/01/2022", [("10/01/2022", 2022, 1, 10, None)]),
    ("filed 01/31/2022", [("01/31/2022", 2022, 1, 31, None)]),
    ("filed 3/4/2024", [("3/4/2024", 2024, 4, 3, None)]),
    ("in Geneva on Monday (Jan 10) that", [("Monday (Jan 10)", None, 1, 10, 0)]),
    ("Voting ends Sunday, Dec. 17, officials said", [("Sunday, Dec. 17", None, 12, 17, 6)]),
    ("Monday, January 10, 2022", [("Monday, January 10, 2022", 2022, 1, 10, 0)]),
    ("on the 3rd of March", [("3rd of March", None, 3, 3, None)]),
    ("held talks Monday in Geneva", [("Monday", None, None, None, 0)]),
    ("Monday's talks in Geneva", [("Monday", None, None, None, 0)]),
    ("a working dinner on Sunday evening", [("Sunday", None, None, None, 6)]),
    ("The jury will return on WEDNESDAY.", [("WEDNESDAY", None, None, None, 2)]),
    ("The verdict is due May 5.", [("May 5", None, 5, 5, None)]),
    ("The election, held in March 2019, was close.", [("March 2019", 2019, 3, None, None)]),
    (
        "The plane crashed on Tuesday, March 5 and talks began on 2024-03-07.",
        [("Tuesday, March 5", None, 3, 5, 1), ("2024-03-07", 2024, 3, 7, None)],
    ),
]

# Not dates: times, bare years, "may" the verb, month names alone, impossible days, numbers.
NOT_DATES = [
    "This content was published at 19:28 local time.",
    "The meeting began just before 9 a.m. local time.",
    "countries that joined it after 1997.",
    "Russia may invade, officials said.",
    "In March the strike spread.",
    "The March for Our Lives drew crowds.",
    "It was February 30 somewhere.",
    "The score was 31.12 points and 10.30 on the clock.",
    "Jan 10,000 people marched.",
    "Version 1.2.3.2022 shipped.",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_find_dates(text: str, expected: list[tuple[object, ...]]) -> None:
    refs = find_dates(text)
    assert [(r.text, r.year, r.month, r.day, r.weekday) for r in refs] == expected
    for ref in refs:
        assert text[ref.start : ref.end] == ref.text


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm presented the car yesterday in Turin.", [("yesterday", -1)]),
        (
            "Today the union walks out; this morning trams stood still.",
            [("Today", 0), ("this morning", 0)],
        ),
        ("The quake struck last night.", [("last night", -1)]),
    ],
)
def test_find_relative_days(text: str, expected: list[tuple[str, int]]) -> None:
    refs = find_dates(text)
    assert [(r.text, r.offset) for r in refs] == expected
    assert all(r.is_relative and r.day is None and r.weekday is None for r in refs)


def test_find_dates_range_offsets_are_into_the_whole_text() -> None:
    text = "Header Jan 5.\nTalks on Monday, Jan 10, ended."
    start = text.index("\n") + 1
    refs = find_dates(text, start)
    start, end = text.index("Monday"), text.index(", ended")
    assert refs == [DateRef(start, end, "Monday, Jan 10", None, 1, 10, 0)]


# (weekday, anchor, direction, expected); 2024-03-05 is a Tuesday, 2022-01-10 a Monday.
WEEKDAYS = [
    (0, D(2024, 3, 5), "past", D(2024, 3, 4)),
    (1, D(2024, 3, 5), "past", D(2024, 3, 5)),
    (2, D(2024, 3, 5), "past", D(2024, 2, 28)),
    (2, D(2022, 1, 10), "future", D(2022, 1, 12)),
    (3, D(2022, 1, 10), "future", D(2022, 1, 13)),
    (0, D(2022, 1, 10), "future", D(2022, 1, 17)),
    (6, D(2022, 1, 10), "future", D(2022, 1, 16)),
    (0, D(2024, 3, 5), "nearest", D(2024, 3, 4)),
    (1, D(2024, 3, 5), "nearest", D(2024, 3, 5)),
    (3, D(2024, 3, 5), "nearest", D(2024, 3, 7)),
    (4, D(2024, 3, 5), "nearest", D(2024, 3, 8)),
    (5, D(2024, 3, 5), "nearest", D(2024, 3, 2)),
]


@pytest.mark.parametrize(("weekday", "anchor", "direction", "expected"), WEEKDAYS)
def test_resolve_weekday(
    weekday: int, anchor: datetime.date, direction: str, expected: datetime.date
) -> None:
    assert resolve_weekday(weekday, anchor, direction) == expected
    assert expected.weekday() == weekday


def test_resolve_weekday_rejects_unknown_direction() -> None:
    with pytest.raises(ValueError, match="direction"):
        resolve_weekday(0, D(2024, 3, 5), "sideways")


@pytest.mark.parametrize(
    ("month", "day", "anchor", "year"),
    [
        (1, 10, D(2022, 1, 10), 2022),
        (12, 30, D(2022, 1, 3), 2021),
        (1, 2, D(2021, 12, 30), 2022),
        (6, 1, D(2022, 1, 3), 2022),
        (2, 29, D(2023, 3, 1), 2024),
    ],
)
def test_resolve_year(month: int, day: int, anchor: datetime.date, year: int) -> None:
    assert resolve_year(month, day, anchor) == year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-01-10", D(2022, 1, 10)),
        (" 2022-01-10 ", D(2022, 1, 10)),
        ("2022-01-10T19:28:00+01:00", D(2022, 1, 10)),
        ("10.01.2022", None),
        ("2022-13-01", None),
        ("2022-01-10x", None),
        ("", None),
    ],
)
def test_parse_iso(text: str, expected: datetime.date | None) -> None:
    assert parse_iso(text) == expected


WORDS = ["Monday", "Jan", "Jan.", "10", "2022", "10.01.2022", "(", ")", ",", "May", "on", "Sunday"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(WORDS)).map(" ".join)))
def test_find_dates_spans_are_exact(text: str) -> None:
    for ref in find_dates(text):
        assert 0 <= ref.start < ref.end <= len(text)
        assert text[ref.start : ref.end] == ref.text
