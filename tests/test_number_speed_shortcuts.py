"""The shortcuts that make numbers, quantities and durations faster find exactly what the plain
way finds: the digit pattern that starts with a digit, the key words of the duration patterns as
`lowered_words` spells them, and the quantity cues looked up once a sentence."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscmp.extract import duration, quantity
from newscmp.text import numbers

# `_DIGIT_RUN` as it was written before it started with a digit: the look-behind first.
_SPACE = "[ \u00a0\u202f]"
_PLAIN_DIGIT_RUN = re.compile(
    rf"(?<![\w.,:/])"
    rf"(?P<int>\d{{1,3}}(?:,\d{{3}}){{1,5}}|\d{{1,3}}(?:{_SPACE}\d{{3}}){{1,4}}(?!\d)"
    rf"|\d{{1,{numbers.MAX_DIGITS}}}(?!\d))"
    rf"(?P<dec>\.\d{{1,{numbers.MAX_DIGITS}}})?"
    rf"(?:{_SPACE}+(?P<scale>{'|'.join(w for w in numbers.SCALES if w != 'dozen')})\b"
    rf"|(?P<suffix>{numbers._SUFFIX_ALT})\b)?"
)

DIGIT_PIECES = [
    "1", "12", "123", "2024", "7", "0", "٣", "1234567890123456", ",", ",000", ".", ".5", ":",
    "/", "-", "a", "x", "_", " ", "\u00a0", "\u202f", "million", "bn", "m", "k", "%", "$", "é",
]  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.sampled_from(DIGIT_PIECES), max_size=14).map("".join), st.integers(0, 12))
@example("a1 12 345,678.9 million", 0)
@example("F-16 and 3-2", 4)
def test_digit_run_finds_what_the_look_behind_first_finds(text: str, pos: int) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in pattern.finditer(text, min(pos, len(text)))]

    assert found(numbers._DIGIT_RUN) == found(_PLAIN_DIGIT_RUN)


DURATION_PIECES = [
    "a", "A", "an", "AN", "half", "one", "8", "-", "hour", "Hours", "day", "days", "week", "year",
    "years", "decade", "second", "minute", "min", "hr", "fortnight", "century", "long", "-long",
    "day-long", "all-night", "All-Day", "weeklong", "marathon", "lengthy", "of", "the", "for",
    "lasted", "talks", "meeting", "meetings", "clashes", "phone call", "stand-off", "strike",
    "tête-à-tête", "TÊTE-À-TÊTE", "t", "began", "got under way", "kicked off", "ended",
    "wrapped up", "broke up", "at", "noon", "9 a.m.", "in the", "late afternoon", "ſ", "\u212a",
    "İ", "ı", "é", " ", " ", " ", "\u00a0", ",", ";", "_", "5x",
]  # fmt: skip


def _durations(text: str) -> list[duration.Found]:
    return sorted(duration._find_in(text), key=repr)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(DURATION_PIECES), max_size=16).map("".join))
@example("a tête-à-tête lasting an hour")
@example("the day-long tête-à-têtes")
@example("half an\u00a0hour of talks")
def test_duration_key_words_skip_nothing(text: str) -> None:
    fast = _durations(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(duration, "_may_hold", lambda words, keys: True)
        patch.setattr(duration, "_has_length", lambda words: True)
        assert _durations(text) == fast


QUANTITY_PIECES = [
    "12", "1,000", "five", "a hundred", "$", "%", "people", "troops", "killed", "killing",
    "were", "injured", "death toll of", "crowd of", "magnitude", "received", "against",
    "dozens of", "tens of thousands of", "employs", "workers", "joined the strike", "lost their",
    "lives", "ſ", "\u212a", "İ", "ı", " ", " ", ".", ",",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(QUANTITY_PIECES), max_size=14).map("".join))
@example("killing 30 people and injuring 12")
@example("a death toll of 11 and a crowd of 3,000")
def test_quantity_cues_skip_nothing(text: str) -> None:
    all_cues = quantity._Cues(*[True] * len(quantity._Cues._fields))
    fast = quantity._find_in(text, "votes")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(quantity, "_cues", lambda words: all_cues)
        patch.setattr(quantity, "_may_hold", lambda words, keys: True)
        assert quantity._find_in(text, "votes") == fast
