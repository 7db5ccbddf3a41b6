"""Numbers, hedges and units: the shared helpers behind the duration and quantity extractors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscmp.model import Qualifier
from newscmp.text.numbers import find_numbers, parse_number_words
from newscmp.text.qualifiers import length_word, qualifier_after, qualifier_before
from newscmp.text.units import canonical_unit, looks_plural, plural, singular

# (text, [(number as written, value), ...])
NUMBERS = [
    # from the samples
    ("the sending of some 100,000 soldiers to the border", [("100,000", 100_000)]),
    ("had little progress to report after the eight-hour meeting", [("eight", 8)]),
    ("the framework of the 57-nation Organization", [("57", 57)]),
    ("join the seven-decade-old Western military alliance", [("seven", 7)]),
    ("He said 60% of Ukrainians were in favor", [("60", 60)]),
    ("a standoff in Donbas which has claimed 14,000 lives so far", [("14,000", 14_000)]),
    # digits with separators, decimals and scales
    ("a crowd of 100 000 people", [("100 000", 100_000)]),
    ("growth of 1.5 percent", [("1.5", 1.5)]),
    ("1.5 million people", [("1.5 million", 1_500_000)]),
    ("a budget of $334 million", [("334 million", 334_000_000)]),
    ("a €2.5bn takeover", [("2.5bn", 2_500_000_000)]),
    ("a £40m transfer fee", [("40m", 40_000_000)]),
    ("2 billion euros", [("2 billion", 2_000_000_000)]),
    ("the death toll rose to 2,137", [("2,137", 2_137)]),
    ("a 90-minute call", [("90", 90)]),
    # number words
    ("twenty-five workers", [("twenty-five", 25)]),
    ("a hundred protesters", [("a hundred", 100)]),
    ("three thousand workers", [("three thousand", 3_000)]),
    ("one and a half hours", [("one and a half", 1.5)]),
    ("two dozen players", [("two dozen", 24)]),
    ("half a million voters", [("half a million", 500_000)]),
    ("two and a half million people", [("two and a half million", 2_500_000)]),
    ("one hundred and twenty passengers", [("one hundred and twenty", 120)]),
    ("Five people were killed", [("Five", 5)]),
    ("eleven hundred jobs", [("eleven hundred", 1_100)]),
    ("three hundred thousand fans", [("three hundred thousand", 300_000)]),
    ("between two and three hours", [("two", 2), ("three", 3)]),
    ("one meeting", [("one", 1)]),
    ("a one-day strike", [("one", 1)]),
]

# text in which no number counts anything
NOT_NUMBERS = [
    "This content was published on January 10, 2022 - 19:28",
    "began just before 9 a.m. local time",
    "the talks resumed at 9am and 2.30pm",
    "the first round, the 21st century, their second attempt",
    "Russia, which in 2014 annexed the peninsula",
    "countries that joined it after 1997 .",
    "the alliance has created since 1997",
    "a Russia-NATO meeting in Brussels on Wednesday and one in Vienna on Thursday",
    "one of the founders, and no one else",
    "negotiations began in Geneva on Monday (Jan 10)",
    "published 10.01.2022",
    "the 2022-01-10 release",
    "a COVID-19 outbreak and an F-16 jet",
    "a 3-2 win in the final",
    "the 100m sprint and a 5k run",
    "the twenty-first century",
    "two-thirds of voters",
    "on 10 March the court ruled",
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_find_numbers(text: str, expected: list[tuple[str, float]]) -> None:
    found = find_numbers(text)
    assert [(ref.text, ref.value) for ref in found] == expected
    assert all(text[ref.start : ref.end] == ref.text for ref in found)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["twenty", "five", "people"], (25, 2)),
        (["a", "dozen"], (12, 2)),
        (["a", "meeting"], (0, 0)),
        (["half", "an", "hour"], (0, 0)),
        (["one", "million", "two", "hundred", "thousand"], (1_200_000, 5)),
        (["two", "three"], (2, 1)),
        (["thousand", "million"], (1000, 1)),
    ],
)
def test_parse_number_words(words: list[str], expected: tuple[float, int]) -> None:
    assert parse_number_words(words) == expected


# (text, where the number starts, qualifier, where the hedge starts)
HEDGES = [
    ("some 100,000 soldiers", 5, Qualifier.ABOUT, 0),
    ("nearly eight hours of talks", 7, Qualifier.AT_MOST, 0),
    ("With more than 100,000 Russian troops", 15, Qualifier.AT_LEAST, 5),
    ("Nearly 100,000 Russian troops", 7, Qualifier.AT_MOST, 0),
    ("the 100,000 troops", 4, Qualifier.EXACT, 4),
    ("at least 2,000 people died", 9, Qualifier.AT_LEAST, 0),
    ("an estimated 50 people", 13, Qualifier.ABOUT, 0),
    ("just under 40 minutes", 11, Qualifier.AT_MOST, 0),
    ("just over 40 minutes", 10, Qualifier.AT_LEAST, 0),
    ("up to 8 hours", 6, Qualifier.AT_MOST, 0),
    ("in excess of 300 jobs", 13, Qualifier.AT_LEAST, 0),
    ("several hundred fans", 8, Qualifier.VAGUE, 0),
    ("a handsome 5 goals", 11, Qualifier.EXACT, 11),
    ("the hangover 5 days", 13, Qualifier.EXACT, 13),
]


@pytest.mark.parametrize(("text", "index", "qualifier", "start"), HEDGES)
def test_qualifier_before(text: str, index: int, qualifier: Qualifier, start: int) -> None:
    assert qualifier_before(text, index) == (qualifier, start)


def test_qualifier_after() -> None:
    assert qualifier_after("100,000 or more troops", 7) == (Qualifier.AT_LEAST, 15)
    assert qualifier_after("eight hours or so", 11) == (Qualifier.ABOUT, 17)
    assert qualifier_after("100 orchids", 3) is None


def test_length_word() -> None:
    assert length_word("Day-long") is Qualifier.VAGUE
    assert length_word("long") is None


UNITS = [
    ("Russian troops", "troops"),
    ("soldiers", "troops"),
    ("servicemen", "troops"),
    ("people killed", "deaths"),
    ("death toll", "deaths"),
    ("fatalities", "deaths"),
    ("lives", "deaths"),
    ("lives lost", "deaths"),
    ("people died", "deaths"),
    ("wounded", "injured"),
    ("people injured", "injured"),
    ("persons", "people"),
    ("residents", "people"),
    ("USD", "usd"),
    ("$", "usd"),
    ("dollars", "usd"),
    ("€", "eur"),
    ("GBP", "gbp"),
    ("%", "percent"),
    ("per cent", "percent"),
    ("percent of Ukrainians", "percent of ukrainian"),
    ("% of Ukrainians", "percent of ukrainian"),
    ("the 3,000 workers", "worker"),
    ("factory workers", "worker"),
    ("nations", "nation"),
    ("countries", "country"),
]


@pytest.mark.parametrize(("unit", "key"), UNITS)
def test_canonical_unit(unit: str, key: str) -> None:
    assert canonical_unit(unit) == key


@pytest.mark.parametrize(
    ("single", "many"),
    [("nation", "nations"), ("country", "countries"), ("person", "people"), ("match", "matches")],
)
def test_plural_and_singular(single: str, many: str) -> None:
    assert plural(single) == many
    assert singular(many) == single


@pytest.mark.parametrize(
    ("word", "expected"),
    [("troops", True), ("people", True), ("Ukrainians", True), ("crisis", False), ("bus", False)],
)
def test_looks_plural(word: str, expected: bool) -> None:
    assert looks_plural(word) is expected


@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-:%$€£abmk\n")) | st.characters()))
def test_numbers_point_into_the_text(text: str) -> None:
    for ref in find_numbers(text):
        assert 0 <= ref.start < ref.end <= len(text)
        assert text[ref.start : ref.end] == ref.text
