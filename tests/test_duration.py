"""The duration extractor: how long the reported event lasted, and what is not such a length."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spans import check_spans

from newscmp.extract.duration import extract_durations
from newscmp.model import Article, DurationValue, Kind, Qualifier, Span

EXACT, ABOUT, AT_LEAST, AT_MOST, VAGUE = (
    Qualifier.EXACT,
    Qualifier.ABOUT,
    Qualifier.AT_LEAST,
    Qualifier.AT_MOST,
    Qualifier.VAGUE,
)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (sentence, [(mention text, hours, qualifier), ...])
DURATIONS = [
    # from the samples
    (
        "US Deputy Secretary of State Wendy Sherman and Russia’s Deputy Foreign Minister Sergei "
        "Ryabkov had little progress to report after the eight-hour meeting on Monday.",
        [("eight-hour meeting", 8, EXACT)],
    ),
    (
        "After eight hours of tête-à-tête in Geneva, the Russian and American representatives "
        "showed signs of appeasement.",
        [("eight hours of tête-à-tête", 8, EXACT)],
    ),
    (
        "But at the end of eight hours of talks in Geneva, and while these",
        [("eight hours of talks", 8, EXACT)],
    ),
    (
        "These eight hours of discussions therefore made it possible above all to remind people "
        "of the lines not to be crossed.",
        [("eight hours of discussions", 8, EXACT)],
    ),
    (
        "Diplomats from the United States and Russia held day-long talks Monday in Geneva.",
        [("day-long talks", None, VAGUE)],
    ),
    (
        "A spokesperson for the US State Department said the meeting, the first of several this "
        "week, began just before 9 a.m. local time and ended in the late afternoon.",
        [("began just before 9 a.m. local time and ended in the late afternoon", None, VAGUE)],
    ),
    (
        "US Deputy Secretary of State Wendy Sherman said nearly eight hours of talks in Geneva on "
        "Monday were “frank and forthright”.",
        [("nearly eight hours of talks", 8, AT_MOST)],
    ),
    # other events
    ("The talks lasted more than six hours.", [("more than six hours", 6, AT_LEAST)]),
    ("The two leaders held a 90-minute call on Tuesday.", [("90-minute call", 1.5, EXACT)]),
    ("Leaders gathered for a two-day summit on trade.", [("two-day summit", 48, EXACT)]),
    ("The summit ran for three days.", [("three days", 72, EXACT)]),
    ("Rail workers began a 48-hour strike at midnight.", [("48-hour strike", 48, EXACT)]),
    (
        "The jury convicted him after a two-week trial.",
        [("two-week trial", 336, EXACT)],
    ),
    (
        "Police ended a four-hour standoff with the gunman.",
        [("four-hour standoff", 4, EXACT)],
    ),
    ("The final, a 90-minute match, ended 3-2.", [("90-minute match", 1.5, EXACT)]),
    (
        "The verdict came after nine hours of deliberations.",
        [("nine hours of deliberations", 9, EXACT)],
    ),
    ("Miners have been on a three-year strike.", [("three-year strike", 26_280, EXACT)]),
    (
        "The board meeting began at 9 a.m. and ended at 5 p.m.",
        [("began at 9 a.m. and ended at 5 p.m.", 8, EXACT)],
    ),
    ("It was an hour-long meeting.", [("an hour-long meeting", 1, EXACT)]),
    ("The hearing lasted half an hour.", [("half an hour", 0.5, EXACT)]),
    ("The earthquake lasted 40 seconds.", [("40 seconds", 40 / 3600, EXACT)]),
    ("The talks went on for eight hours or so.", [("eight hours or so", 8, ABOUT)]),
    # translated word order: the event, then "of" and its length
    ("The strike of 48 hours of the dockers began today.", [("48 hours", 48, EXACT)]),
    # a product launch and a ceremony
    (
        "The chief executive showed off the phone during a 90-minute presentation.",
        [("90-minute presentation", 1.5, EXACT)],
    ),
    ("The king attended a two-hour ceremony.", [("two-hour ceremony", 2, EXACT)]),
    (
        "After marathon negotiations the union accepted the offer.",
        [("marathon negotiations", None, VAGUE)],
    ),
    (
        "The search for survivors continued for some 72 hours.",
        [("some 72 hours", 72, ABOUT)],
    ),
]

# sentences that state no length of the event
NOT_DURATIONS = [
    "It invades Ukraine eight years after its annexation of the Crimean peninsula.",
    "The Cold War ended three decades ago.",
    "Ukraine asked to join the seven-decade-old Western military alliance.",
    "Presidents Joe Biden and Vladimir Putin decided last month to push for a deal.",
    "2 min",
    "Russia had tried to show flexibility for the past 30 years.",
    "A 45-year-old man was arrested after the match.",
    # a penalty, not the length of anything reported: left out on purpose
    "The former minister was sentenced to 15 years in prison.",
    "The committee opened a three-year investigation.",
    "It was an eight-hour drive to the talks.",
    "A day later, the talks resumed.",
    "Congress voted to avoid a second government shutdown.",
    "“The talks promise to be long and substantial,” the mission tweeted.",
    # "of" after a noun that is no event
    "He was given a sentence of 15 years.",
    "The meeting began in Geneva and ended without agreement.",
]


def _article(text: str) -> Article:
    return Article(id="t", path="t.txt", text=text)


def _found(text: str) -> list[tuple[str, float | None, Qualifier]]:
    found = []
    for mention in extract_durations(_article(text)):
        assert isinstance(mention.value, DurationValue)
        found.append((mention.text, mention.value.hours, mention.value.qualifier))
    return found


@pytest.mark.parametrize(("sentence", "expected"), DURATIONS)
def test_durations(sentence: str, expected: list[tuple[str, float | None, Qualifier]]) -> None:
    found = _found(sentence)
    assert [(text, qualifier) for text, _, qualifier in found] == [
        (text, qualifier) for text, _, qualifier in expected
    ]
    for (_, hours, _), (_, want, _) in zip(found, expected, strict=True):
        assert hours == (None if want is None else pytest.approx(want))


@pytest.mark.parametrize("sentence", NOT_DURATIONS)
def test_not_durations(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("000_62d2b6d06a40e93b", [("eight-hour meeting", 8, EXACT)]),
        (
            "001_77606723364a9be7",
            [
                ("eight hours of discussions", 8, EXACT),  # the headline
                ("eight hours of tête-à-tête", 8, EXACT),
                ("eight hours of talks", 8, EXACT),
                ("eight hours of discussions", 8, EXACT),
            ],
        ),
        (
            "002_c21aa0d88ccc5bb2",
            [
                ("day-long talks", None, VAGUE),
                (
                    "began just before 9 a.m. local time and ended in the late afternoon",
                    None,
                    VAGUE,
                ),
            ],
        ),
        ("003_62849ba5c0e8d2b1", [("nearly eight hours of talks", 8, AT_MOST)]),
        ("004_ec0cd77a669150c2", []),
    ],
)
def test_sample_articles(seed: str, expected: list[tuple[str, float | None, Qualifier]]) -> None:
    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    assert _found(text) == expected


def test_mentions_point_into_the_article_and_skip_boilerplate() -> None:
    text = "Photo: a 48-hour strike. Workers began a 48-hour strike on Monday."
    article = Article(id="a1", path="a1.txt", text=text, boilerplate=(Span(0, 24),))
    mentions = extract_durations(article)
    assert [(m.text, m.span.start) for m in mentions] == [("48-hour strike", 41)]
    assert all(m.kind is Kind.DURATION and m.source == "a1" for m in mentions)


_PIECES = st.sampled_from(
    ["eight", "-hour", " hours", " of talks", " meeting", "lasted ", "nearly ", "a ", "an ",
     "day-long ", "began at 9 a.m. and ended at ", "5 p.m.", " for ", "3", ",000", ". ", "\n",
     "strike", " years", "half "]
)  # fmt: skip


@given(st.lists(_PIECES | st.text(max_size=5), max_size=30), st.integers(0, 40), st.integers(0, 9))
def test_spans_are_always_valid(pieces: list[str], skip_start: int, skip_length: int) -> None:
    check_spans(extract_durations, "".join(pieces), skip_start, skip_length)
