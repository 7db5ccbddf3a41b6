"""places._runs reads only the words that may start with a capital, and venue's openings put each
`\b` after a first letter: both must find exactly what the plain way finds, on any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.extract import venue
from newscmp.text import places
from newscmp.text.gazetteer import connectors, places_in_words

# Pieces that make runs, words inside words, closing dots, long words and odd letters.
PIECES = [
    *"aAoOfdeéÉßǅ _-.,'’1\n\tUSZxİıſK(“",
    *("of ", "de ", "del ", "an ", "U.S.", "U.S. Army", "New York", "The ", "Monday ", "iPhone"),
    *("al-Assad", "a.b.c.d.e.f", "A.B.C.D.E.F", "x" * 45, "Q" * 45, "Mr. ", "Lisa Jackson"),
]
TEXTS = st.one_of(st.text(), st.lists(st.sampled_from(PIECES), max_size=40).map("".join))


def _plain_runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Every word of _TOKEN read in turn: the runs as `find_places` first found them."""
    breakers, joining = places._run_breakers(), connectors()
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for match in places._TOKEN.finditer(text, start, end):
        first, last, word = match.start(), match.end(), match.group()
        if "." in word and text[last : last + 1] == ".":
            last += 1
        joined = bool(current) and text[current[-1][1] : first] == " "
        capital = word[0].isupper() and word not in breakers
        if (capital or word in joining) and joined:
            current.append((first, last))
            continue
        runs.append(current)
        current = [(first, last)] if capital else []
    runs.append(current)
    for run in runs:
        while run and text[run[-1][0] : run[-1][1]] in joining:
            run.pop()
    return [run for run in runs if run]


@settings(max_examples=500, deadline=None)
@given(TEXTS, st.integers(0, 5), st.integers(0, 5))
def test_runs_are_those_of_every_word(text: str, skip: int, cut: int) -> None:
    start, end = min(skip, len(text)), max(0, len(text) - cut)
    runs = places._runs(text, start, end)
    assert [run.spans for run in runs] == _plain_runs(text, start, end)
    assert all(run.words == tuple(text[a:b] for a, b in run.spans) for run in runs)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, 5))
def test_openings_match_word_boundaries(text: str, skip: int) -> None:
    pattern = re.compile(venue._opening(["at", "in", "inside", "The"]))
    plain = re.compile(r"\b(?:at|in|inside|The)")
    assert [m.span() for m in pattern.finditer(text, skip)] == [
        m.span() for m in plain.finditer(text, skip)
    ]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        (("New", "York"), (0, 2, "New York City")),
        (("Mayor", "Ana", "Ruiz", "of", "Paris"), (4, 5, "Paris")),
        (("Lyon", "Criminal", "Court"), (0, 1, "Lyon")),  # a court that sits in a city
        (("Lisa", "Jackson"), None),  # a surname after a first name: a person
        (("Acme", "Widgets"), None),
    ],
)
def test_places_in_words(words: tuple[str, ...], found: tuple[int, int, str] | None) -> None:
    result = places_in_words(words)
    if found is None:
        assert result == ()
    else:
        ((first, last, place),) = result
        assert (first, last, place.name) == found


def test_capital_like_class_is_a_to_z_and_everything_from_u00c0() -> None:
    # Written as a complement so that it compiles fast; it must stay the same set.
    every = "".join(map(chr, range(0x110000)))
    written = re.compile(places._CAPITAL_LIKE.split("(?<=")[0])
    assert written.findall(every) == re.findall("[A-Z\u00c0-\U0010ffff]", every)
