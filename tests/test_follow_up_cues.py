"""`CUE_WORDS` lets the follow-up extractor skip a sentence without searching it for a cue: every
string that an announcement or time cue matches must hold one of those words."""

from __future__ import annotations

import re

import pytest

from newscmp.extract.event import lower_words
from newscmp.extract.follow_up_cues import ANNOUNCEMENT_CUES, CUE_WORDS, TIME_CUES


def _alternatives(pattern: str, i: int) -> tuple[list[str], int]:
    """The strings that `pattern[i:]` matches up to its closing bracket, and where that is."""
    branches: list[str] = []
    current = [""]
    while i < len(pattern) and pattern[i] != ")":
        if pattern[i] == "|":
            branches += current
            current, i = [""], i + 1
            continue
        if pattern.startswith("(?:", i):
            piece, i = _alternatives(pattern, i + 3)
            i += 1
        elif pattern.startswith(r"\s", i):
            piece, i = [" "], i + 2
        else:
            assert pattern[i] not in "[]*+{}.\\", f"not a cue fragment: {pattern[i:]}"
            piece, i = [pattern[i]], i + 1
        if pattern.startswith("?", i):
            piece, i = [*piece, ""], i + 1
        current = [head + tail for head in current for tail in piece]
    return branches + current, i


def expand(fragment: str) -> list[str]:
    """Every string a cue fragment matches, each `\\s` as a space (a cue fragment is made of
    letters, `\\s`, `(?:...|...)` groups and `?`)."""
    strings, end = _alternatives(fragment, 0)
    assert end == len(fragment)
    return strings


@pytest.mark.parametrize("fragment", [*ANNOUNCEMENT_CUES, *TIME_CUES])
def test_every_match_of_a_cue_holds_a_cue_word(fragment: str) -> None:
    strings = expand(fragment)
    assert strings
    for string in strings:
        assert re.fullmatch(fragment, string, re.IGNORECASE), string
        words = lower_words(string)
        assert words is not None and words & CUE_WORDS, string
