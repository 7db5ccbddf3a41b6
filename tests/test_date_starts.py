"""`find_dates` tries its date pattern only where a date may start (`_DATE_START`): the matches
must be exactly those of the pattern's own scan, for any text and any bounds."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.text.dates import _DATE, RELATIVE_DAYS, _date_matches, find_dates

PIECES = [
    "Mar", "MAR", "mar", "May", "March", "Sept.", "Tuesday", "TUESDAY", "Wed", "Sun", "Today",
    "toDAY", "tonight", "Yesterday", "this morning", "THIS\tEVENING", "last night", "Last Night",
    "the", "to", "lastly", "14", "14th", "3", "31", "2023", "1999", "03", "١٢", "of", " ", " ",
    ",", ".", "/", "-", ":", "(", ")", "x", "_", "ſ", "İ", "\n",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=16).map("".join),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_date_matches_are_the_pattern_scan(text: str, start: int, end: int) -> None:
    expected = [match.span() for match in _DATE.finditer(text, start, end)]
    assert [match.span() for match in _date_matches(text, start, end)] == expected


def test_relative_days_start_with_letters_of_two_cases_only() -> None:
    """`_DATE_START` lists a relative day's first letter in lower and upper case only: a letter
    that a case-insensitive pattern also reads as another ("ſ" as "s") would be missed."""
    cased = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).swapcase() != chr(code)]
    for name in RELATIVE_DAYS:
        first = re.compile(re.escape(name[0]), re.IGNORECASE)
        assert {char for char in cased if first.fullmatch(char)} == {name[0], name[0].upper()}


@pytest.mark.parametrize("digit", "0123456789")
def test_a_date_may_start_with_any_digit(digit: str) -> None:
    day = "05" if digit == "0" else digit
    assert [ref.text for ref in find_dates(f"On {day} March 2021 it rained.")] == [
        f"{day} March 2021"
    ]
    assert [ref.text for ref in find_dates(f"({day}/03/2021)")] == [f"{day}/03/2021"]
