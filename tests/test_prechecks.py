"""The cheap tests that run before the number, hedge and quantity patterns never skip a match.

Each precheck (a word looked for in `lowered_letters`, the last characters before a hedge, the
span of text where number words are) must let through every text its pattern matches, in any
case and with letters outside ASCII that re.IGNORECASE matches with ASCII ones ("ſ", "K").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscmp.extract import quantity, quantity_readers
from newscmp.text import numbers, qualifiers
from newscmp.text.numbers import lowered_letters, lowered_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 20 Troops", b"some    troops"),
        ("café, two", b"caf   two"),
        ("\u00a0one\u202f", b" one "),
        ("ſome 100", None),  # "ſ" matches "s" under re.IGNORECASE
        ("\u212ailled", None),  # the Kelvin sign matches "k"
        ("İstanbul", None),  # its lower case is two characters long
        ("ıt", None),  # dotless i matches "i"
    ],
)
def test_lowered_letters(text: str, expected: bytes | None) -> None:
    assert lowered_letters(text) == expected


PIECES = [
    "one", "One", "ONE", "two", "twenty", "-five", "five5", "a", "an", "and", "half", "hundred",
    "million", "dozen", "ſix", "\u212aill", "İn", "ıt", "é", "some", "ſome", "more than", "up",
    "to", "nearly", "approx.", "at least", "dozens of", "tens of thousands of", "in excess of",
    "magnitude", "death toll of", "crowd of", "killing", "killed", "wounded", "people", "12",
    "1,000", "$", "%", " ", "  ", "\u00a0", "\u202f", "\n", "-", ",", ".", "_",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


def _all(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=400)
@given(texts)
@example("a hundred")
@example("after an\u00a0 hundred and five")
@example("five5 and twenty-five_")
@example("sixty-six- one")
def test_number_words_lie_in_their_span(text: str) -> None:
    span = numbers._number_word_span(text)
    expected = _all(numbers._WORD_RUN, text)
    if span is None:
        assert expected == []
    else:
        assert [m.span() for m in numbers._WORD_RUN.finditer(text, *span)] == expected


@settings(max_examples=400)
@given(texts)
@example("dozens of 12")
@example("up  to\n12")
@example("APPROX.\u00a012")
def test_hedge_tails_let_every_hedge_through(text: str) -> None:
    for index in range(len(text) + 1):
        low = max(0, index - qualifiers._WINDOW)
        if qualifiers._BEFORE.search(text, low, index):
            assert qualifiers._may_end_hedge(text, low, index), (text, index)


GATES = [
    (quantity._MEASURE_BEFORE, quantity._MEASURE_KEYS),
    (quantity_readers._TOLL, quantity._TOLL_KEYS),
    (quantity_readers._CROWD, quantity._CROWD_KEYS),
    (quantity._COUNT_VERB, quantity._COUNT_VERB_KEYS),
    (quantity_readers._VAGUE_COUNT, quantity._VAGUE_KEYS),
]


@settings(max_examples=400)
@given(texts)
def test_quantity_key_words_let_every_match_through(text: str) -> None:
    words = lowered_words(text)
    for pattern, keys in GATES:
        for index in range(len(text) + 1):
            if pattern.search(text, 0, index):  # the `$`-anchored ones end anywhere
                assert quantity._may_hold(words, keys), (pattern.pattern[:30], text)
                break
    casualty = (m for i in range(len(text)) if (m := quantity._CASUALTY.match(text, i)))
    if next(casualty, None) is not None:
        assert quantity._may_hold(words, quantity._CASUALTY_KEYS)
