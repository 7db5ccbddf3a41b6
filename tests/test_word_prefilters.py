"""The duration and follow-up extractors skip a pattern's scan when the sentence's words show
that it cannot match (`duration._may_hold`, the cue words of `follow_up._scope`): with the skips
turned off they find exactly the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.extract import duration, follow_up
from newscmp.model import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PIECES = [
    "an", "eight", "8", "-", "hour", "hours", "HOURS", "minutes", "day", "day-long", "all-day",
    "marathon", "lasted", "for", "of", "talks", "meeting", "strikes", "began", "started",
    "got under way", "ended", "wrapped up", "at", "noon", "9 a.m.", "just before", "in the",
    "late afternoon", "ſ", "İ", "ı", " ", " ", " ", ",", ";", "\u00a0",
]  # fmt: skip


def _found(text: str) -> list[duration.Found]:
    return sorted(duration._find_in(text), key=repr)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=18).map("".join))
def test_duration_skips_change_nothing(text: str) -> None:
    fast = _found(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(duration, "_may_hold", lambda words, keys: True)
        assert _found(text) == fast


def test_follow_up_cue_words_change_nothing() -> None:
    articles = [
        Article(id=path.stem, path=str(path), text=path.read_text(encoding="utf-8"))
        for path in sorted(SEEDS.glob("*.txt"))
    ]
    fast = [follow_up.extract_follow_ups(article) for article in articles]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(follow_up, "words_between", lambda text, start, end: None)
        assert [follow_up.extract_follow_ups(article) for article in articles] == fast


def test_word_keys_are_the_first_letters_as_lowered_words_spells_them() -> None:
    from newscmp.text.numbers import lowered_words
    from newscmp.text.words import letter_runs, may_hold, word_keys

    assert word_keys(["Tête-à-tête", "phone call", "meeting"], ("", "s")) == {
        b"t",
        b"phone",
        b"meeting",
        b"meetings",
    }
    assert letter_runs("day-long") == {b"day", b"long"}
    with pytest.raises(ValueError, match="ASCII letter"):
        word_keys(["été"])
    keys = word_keys(["phone call"])
    assert may_hold(lowered_words("A phone-call, at last."), keys)
    assert not may_hold(lowered_words("A telephone call."), keys)
    assert may_hold(None, keys)
