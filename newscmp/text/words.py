"""Key words for the cheap test the extractors run before a case-insensitive pattern.

`numbers.lowered_words` gives a sentence's words as ASCII-letter bytes (None when it cannot
be trusted). A pattern that reads a phrase after a non-letter, its first letters followed by a
non-letter, can match only in a sentence whose words hold the phrase's first run of letters:
`word_keys` spells those runs, and `may_hold` asks the sentence's words for one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LETTERS = re.compile("[a-z]+")

# A sentence's words as `numbers.lowered_words` gives them; None when it may hold any word.
Words = frozenset[bytes] | None


def word_keys(phrases: Iterable[str], endings: tuple[str, ...] = ("",)) -> frozenset[bytes]:
    """The first run of ASCII letters of each phrase, in lower case ("t" of "tête-à-tête",
    "phone" of "phone call"); a phrase of letters alone also with each of `endings`
    ("meetings", "clashes"), where the pattern reads those after it. A phrase that does not
    start with an ASCII letter has no such key: ValueError."""
    keys: set[bytes] = set()
    for phrase in phrases:
        lowered = phrase.lower()
        head = _LETTERS.match(lowered)
        if head is None:
            raise ValueError(f"{phrase!r} does not start with an ASCII letter")
        forms = endings if head.group() == lowered else ("",)
        keys.update((head.group() + ending).encode("ascii") for ending in forms)
    return frozenset(keys)


def letter_runs(phrase: str) -> frozenset[bytes]:
    """Every run of ASCII letters of a phrase, in lower case ("day" and "long" of "day-long")."""
    return frozenset(run.encode("ascii") for run in _LETTERS.findall(phrase.lower()))


def may_hold(words: Words, keys: frozenset[bytes]) -> bool:
    """False when a sentence's `words` show that it holds none of `keys`."""
    return words is None or not words.isdisjoint(keys)
