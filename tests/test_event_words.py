"""The word-set shortcut of `extract.event` answers exactly as the case-insensitive patterns it
stands for: `WordTable.found_in` is `pattern.search`, for any text and any bounds, letters whose
case is odd ("İ", "ı", "ſ", the Kelvin sign) included."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.extract.event import (
    EVENT_NOUNS,
    EVENT_VERBS,
    WordTable,
    first_word,
    has_event_word,
    lower_words,
)

PHRASES = WordTable.of(("sworn in", "swearing-in", "talks", "tête-à-tête", "walkout"))
EVENTS = WordTable.of((*EVENT_NOUNS, *EVENT_VERBS))
PIECES = [
    *EVENT_NOUNS[:12], *EVENT_VERBS[:12], "sworn", "in", "swearing", "talks", "tête", "à",
    "walkout", "WALKOUT", "Talks", "s", "es", "x", "_", "1", " ", "-", ".", "\n", "İ", "ı", "ſ",
    "\u212a", "ta", "lks", "i", "k", "é", "2", "ê", "’",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=14).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_found_in_is_the_pattern_search(text: str, start: int, end: int) -> None:
    for table in (PHRASES, EVENTS):
        expected = table.pattern.search(text, start, end) is not None
        assert table.found_in(text, start, end) is expected
    assert has_event_word(text, start, end) is (EVENTS.pattern.search(text, start, end) is not None)


def test_lower_words_stands_back_for_odd_case_letters() -> None:
    assert lower_words("The Talks ended") == frozenset({"the", "talks", "ended"})
    for odd in ("ı", "İ", "ſ"):
        assert lower_words(f"a word{odd}") is None
    assert first_word("Sworn in") == "sworn"
    assert first_word("day-long") == "day"


def test_only_the_odd_letters_match_ascii_letters_apart_from_lower_case() -> None:
    """Every letter that a case-insensitive pattern reads as an ASCII letter lower-cases to it,
    except the letters `lower_words` refuses."""
    cased = [
        chr(code)
        for code in range(128, sys.maxunicode + 1)
        if chr(code).lower() != chr(code) or chr(code).upper() != chr(code)
    ]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        pattern = re.compile(letter, re.IGNORECASE)
        for char in cased:
            if bool(pattern.fullmatch(char)) != (char.lower() == letter):
                assert lower_words(char) is None, (letter, char)
