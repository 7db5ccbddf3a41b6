"""The shortcuts of the date, sentence, follow-up and quote code give exactly what the plain way
gives: each is compared with the plain pattern or function it replaces, on generated text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from test_follow_up_cues import expand

from newscmp.extract import date, follow_up, quote, quote_attribution
from newscmp.extract.follow_up_cues import ANNOUNCEMENT_CUES, TIME_CUES
from newscmp.text import dates, sentences


def _text(pieces: list[str], max_size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# Dates: the start scan looks at a capital's next two letters and reads digits of any script.
DATE_PIECES = [
    "Ma", "MA", "Mar", "May", "March", "Mon", "Monday", "Tu", "TU", "Th", "To", "TO", "Tod",
    "Today", "TODAY", "Tonight", "This", "THIS", "Las", "LAST", "Ye", "YES", "Yesterday", "Sept",
    "Se", "Sun", "Sa", "Ju", "JUN", "Ap", "Au", "De", "Fe", "Fr", "No", "Oc", "We", "Wed", "t",
    "to", "today", "tonight", "th", "this", "la", "last", "ye", "yesterday", "night", "morning",
    "14", "3", "2023", "١٢", "٣", "03", "0",
    "14 March", "2023-03-14", "05.03.2023", "١٢/٠٣/2023", "é", "“", "’", "ſ", "İ", "ı", " ",
    " ", ".", ",", "/", "-", "(",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_text(DATE_PIECES), st.integers(0, 80), st.integers(0, 80))
def test_date_matches_are_the_pattern_scan(text: str, start: int, end: int) -> None:
    for low, high in ((0, len(text)), (start % (len(text) + 1), end % (len(text) + 1))):
        expected = [match.span() for match in dates._DATE.finditer(text, low, high)]
        assert [match.span() for match in dates._date_matches(text, low, high)] == expected


# Sentences: an abbreviation is read from the last few characters before the full stop only.
_PLAIN_LAST_WORD = re.compile(r"([\w.]+)\.$")


def _plain_is_abbreviation(text: str, start: int, end: int) -> bool:
    match = _PLAIN_LAST_WORD.search(text, start, end)
    if match is None:
        return False
    word = match.group(1).lower()
    return word in sentences._ABBREVIATIONS or (len(word) == 1 and word.isalpha())


WORD_PIECES = [
    "Mr", "mr", "Prof", "approx", "u.s", "U.S", "e", "F", "x", "ab", "gov", "İ", "ı", "é", "_",
    "APPROX", "Sept", "x.gov", "approxi",
    "1", ".", ".", "!", "?", " ", "\n",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_text(WORD_PIECES))
def test_abbreviation_read_from_the_last_characters(text: str) -> None:
    for end in range(1, len(text) + 1):
        if text[end - 1] in ".!?":
            for start in range(end):
                expected = _plain_is_abbreviation(text, start, end)
                assert sentences._is_abbreviation(text, start, end) == expected, (start, end)


# The date extractor: a metadata cue is searched only where its letters stand, lower-cased, and
# the words of a publication line are counted only as far as needed.
CUE_PIECES = [
    "date", "DATE", "Published", "publiſhed", "PUBLİSHED", "updated", "posted", "poſted",
    "modified", "modıfied", "pub", "post", "mod", "ted", " ", "-", "d", "e", "\n",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_text(CUE_PIECES))
def test_metadata_cue_letters(text: str) -> None:
    if date._METADATA_CUE.search(text):
        assert date._may_hold_cue(text.lower())


def _plain_is_metadata(text: str, ref: dates.DateRef) -> bool:
    near = max(text.rfind("\n", max(0, ref.start - 40), ref.start) + 1, ref.start - 40)
    if date._METADATA_CUE.search(text, near, ref.start):
        return True
    bounds = date._line_bounds(text, ref.start, ref.end)
    if bounds is None:
        return False
    head, tail = bounds
    rest = text[head : ref.start] + " " + text[ref.end : tail]
    return len(re.findall(r"\w+", rest)) <= date._METADATA_WORDS


LINE_PIECES = ["March 14, 2023", "14.03.2023", "Date:", "updated", "by", "Ann", "x_y", "é"]
LINE_PIECES += [" ", " ", ",", ".", "\n", "-"]


@settings(max_examples=500, deadline=None)
@given(_text(LINE_PIECES, max_size=24))
def test_metadata_lines(text: str) -> None:
    for ref in dates.find_dates(text):
        assert date._is_metadata(text, ref) == _plain_is_metadata(text, ref)


# Follow-ups: a place where no cue's first letter stands is passed over; a sentence without a
# cue word in its `lowered_words` is not searched.
def test_cue_first_letters_cover_every_cue() -> None:
    for fragments, starts in (
        (ANNOUNCEMENT_CUES, follow_up._CUE_STARTS),
        (TIME_CUES, follow_up._TIME_CUE_STARTS),
    ):
        for fragment in fragments:
            for string in expand(fragment):
                assert string[0].lower() in starts, string


def _plain(fragments: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(fragments) + r")\b", re.IGNORECASE)


ANNOUNCE_PIECES = [
    *(string for fragment in ANNOUNCEMENT_CUES[:4] for string in expand(fragment)[:3]),
    *(string for fragment in TIME_CUES for string in expand(fragment)[:2]),
    "WILL BE FOLLOWED BY", "wıll hold", "İS SCHEDULED FOR", "iſ due to", "’s set for",
    "'s set to", "talks", "next", "the", "x", " ", " ", ",", ".", "-", "_", "é",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_text(ANNOUNCE_PIECES, max_size=8))
def test_cue_patterns_and_cue_letters(text: str) -> None:
    for fast, fragments in (
        (follow_up._CUE, ANNOUNCEMENT_CUES),
        (follow_up._TIME_CUE, TIME_CUES),
    ):
        plain = _plain(fragments).search(text)
        found = fast.search(text)
        assert (found and found.span()) == (plain and plain.span())
        if plain is not None:
            assert follow_up._may_announce(text), text


# Quotes: the attribution cues grouped by their first letter find what the plain list finds.
_PLAIN_CUE = re.compile(r"(?<![\w-])(?:" + "|".join(quote.ATTRIBUTION_CUES) + r")(?![\w-])")
QUOTE_PIECES = [
    "said", "says", "say", "saying", "told", "added", "according to", "According to", "called",
    "called for", "in a statement", "in an interview", "in a new tweet", "pointed out", "warned",
    "emphasized", "x", "-", " ", " ", ",", "A", "s", "é",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_text(QUOTE_PIECES), st.integers(0, 60), st.integers(0, 60))
def test_attribution_cues_grouped(text: str, start: int, end: int) -> None:
    for low, high in ((0, len(text)), (start % (len(text) + 1), end % (len(text) + 1))):
        expected = [(m.span(), m.group()) for m in _PLAIN_CUE.finditer(text, low, high)]
        assert [
            (m.span(), m.group()) for m in quote_attribution._CUE.finditer(text, low, high)
        ] == expected


def _plain_is_name(words: str) -> bool:
    parts = [part for part in words.split() if part.lower() not in quote._TITLE_CASE_SMALL]
    return len(parts) > 1 and all(part[0].isupper() for part in parts)


@given(_text(["Ring", "of", "Fire", "fox", "The", "news", "İ", "a", "A", " ", "  "], 10))
def test_is_name(words: str) -> None:
    assert quote._is_name(words.split()) == _plain_is_name(words)
