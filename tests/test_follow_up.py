"""The follow-up extractor: later meetings or events, their place, day and organisation."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.extract.follow_up import extract_follow_ups
from newscmp.load import load_article
from newscmp.model import Article, FollowUpValue, Kind

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
Row = tuple[str | None, str | None, str | None, str | None]  # place, date, weekday, with


def _follow_ups(text: str, published: str | None) -> list[Row]:
    article = Article(id="t", path="t.txt", text=text, published=published)
    found = extract_follow_ups(article)
    rows: list[Row] = []
    for mention in found:
        assert mention.kind is Kind.FOLLOW_UP and mention.source == "t"
        assert text[mention.span.start : mention.span.end] == mention.text
        value = mention.value
        assert isinstance(value, FollowUpValue)
        rows.append((value.place, value.date, value.weekday, value.with_))
    return rows


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # from the samples (2022-01-10 was a Monday)
        (
            "The Geneva talks will be followed by a Russia-NATO meeting in Brussels on Wednesday "
            "and one in Vienna on Thursday of the Organization for Security and Co-operation in "
            "Europe (OSCE), of which Ukraine is also a member.",
            "2022-01-10",
            [
                ("Brussels", "2022-01-12", "Wednesday", "Russia-NATO"),
                ("Vienna", "2022-01-13", "Thursday", "OSCE"),
            ],
        ),
        (
            "A NATO-Russia meeting is scheduled for Wednesday in Brussels, before a meeting on "
            "Thursday in Vienna of the Organization for Security and Cooperation in Europe (OSCE).",
            "2022-01-10",
            [
                ("Brussels", "2022-01-12", "Wednesday", "NATO-Russia"),
                ("Vienna", "2022-01-13", "Thursday", "OSCE"),
            ],
        ),
        (
            "Negotiations now shift to Brussels, where there will be consultations with NATO on "
            "Wednesday and discussions in Vienna under the framework of the 57-nation "
            "Organization for Security and Co-Operation in Europe a day later.",
            "2022-01-10",
            [
                ("Brussels", "2022-01-12", "Wednesday", "NATO"),
                (
                    "Vienna",
                    "2022-01-13",
                    "Thursday",
                    "Organization for Security and Co-Operation in Europe",
                ),
            ],
        ),
        (
            "Discussions will move to meetings in Brussels and Vienna later this week.",
            None,
            [("Brussels", None, None, None), ("Vienna", None, None, None)],
        ),
        # other events (2024-02-20 a Tuesday, 2024-03-05 a Tuesday, 2024-03-07 a Thursday)
        (
            "The two leaders will meet again in Tokyo on March 3.",
            "2024-02-20",
            [("Tokyo", "2024-03-03", "Sunday", None)],
        ),
        ("Sentencing is set for June 12.", "2024-05-02", [(None, "2024-06-12", "Wednesday", None)]),
        (
            "The second leg is at Anfield next Tuesday.",
            "2024-03-05",
            [("Anfield", "2024-03-12", "Tuesday", None)],
        ),
        (
            "The union said a further 48-hour strike would begin on Monday.",
            "2024-03-07",
            [(None, "2024-03-11", "Monday", None)],
        ),
        (
            "The board will meet in Frankfurt on Thursday, the company said on Tuesday.",
            "2024-03-05",
            [("Frankfurt", "2024-03-07", "Thursday", None)],
        ),
        (
            "Rescue teams will resume the search in Arequipa tomorrow, officials said.",
            "2024-03-07",
            [("Arequipa", "2024-03-08", "Friday", None)],
        ),
        (
            "The ministers will hold talks in Paris on Monday and Tuesday.",
            "2024-03-07",
            [("Paris", "2024-03-11", "Monday", None), ("Paris", "2024-03-12", "Tuesday", None)],
        ),
        # a day without a year and no article date: the date cannot be stated, nothing is left
        ("The candidates will face each other in a runoff election on April 7.", None, []),
        (
            "Delegates of the European Union will hold talks with the African Union in Nairobi "
            "on Friday.",
            "2024-03-05",
            [("Nairobi", "2024-03-08", "Friday", "African Union")],
        ),
        # court hearings, parades, swearing-in, vigils, new strikes, deliveries, votes
        (
            "The court will hear the appeal at a hearing on June 20.",
            "2024-05-16",
            [(None, "2024-06-20", "Thursday", None)],
        ),
        (
            "The champions will parade the trophy in Valencia on Sunday.",
            "2024-05-09",
            [("Valencia", "2024-05-12", "Sunday", None)],
        ),
        (
            "The new mayor will be sworn in on December 6.",
            "2024-11-25",
            [(None, "2024-12-06", "Friday", None)],
        ),
        (
            "A vigil for the victims is planned for Saturday.",
            "2024-02-23",
            [(None, "2024-02-24", "Saturday", None)],
        ),
        (
            "The pilots' union has announced a new walkout on Friday, June 14.",
            "2024-06-03",
            [(None, "2024-06-14", "Friday", None)],
        ),
        (
            "First deliveries of the new jet are planned for May 2, 2025.",
            "2024-09-17",
            [(None, "2025-05-02", "Friday", None)],
        ),
        (
            "Shareholders will vote on the bid at an extraordinary meeting on July 15.",
            "2024-06-03",
            [(None, "2024-07-15", "Monday", None)],
        ),
        # a day months ahead is this year's, even when last year's is nearer
        (
            "The presidents will hold their next summit in Lima on October 17.",
            "2024-04-12",
            [("Lima", "2024-10-17", "Thursday", None)],
        ),
    ],
)
def test_follow_ups(text: str, published: str | None, expected: list[Row]) -> None:
    assert _follow_ups(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        # past events
        "Officials hosted a working dinner on Sunday evening before the formal talks on Monday.",
        "The quake struck Arequipa on Monday, killing three people.",
        # no place, no day, or no event
        "We will continue to be so in the days and weeks to come.",
        "The ministers will meet again later this week.",
        "The company will announce its results in Amsterdam on Thursday.",
        # a deadline, not an event
        "Lawmakers plan to vote on the takeover bill, which must pass by Friday.",
        # "assume" and "announced" alone announce nothing
        "Analysts said the company would assume savings of 5% in Lyon on Friday.",
        "The union has announced that the strike talks failed on Monday.",
        # a day just before the article is past, not next year's
        "Rescuers will continue the search that began on March 4 after the quake.",
    ],
)
def test_not_follow_ups(text: str) -> None:
    assert _follow_ups(text, "2024-03-05") == []


def test_main_event_dated_elsewhere_is_no_follow_up() -> None:
    text = (
        "The summit opened in Quito on March 4, 2024.\n\n"
        "The closing session is set for March 4 in Quito."
    )
    assert _follow_ups(text, None) == []


SAMPLES = {
    "000_62d2b6d06a40e93b": [
        ("Brussels", "2022-01-12", "Wednesday", "Russia-NATO"),
        ("Vienna", "2022-01-13", "Thursday", "OSCE"),
    ],
    "001_77606723364a9be7": [  # no published date: the event date anchors the weekdays
        ("Brussels", "2022-01-12", "Wednesday", "NATO-Russia"),
        ("Vienna", "2022-01-13", "Thursday", "OSCE"),
    ],
    "002_c21aa0d88ccc5bb2": [
        ("Brussels", "2022-01-12", "Wednesday", "NATO"),
        ("Vienna", "2022-01-13", "Thursday", "Organization for Security and Cooperation in Europe"),
    ],
    "003_62849ba5c0e8d2b1": [
        ("Brussels", "2022-01-12", "Wednesday", "NATO"),
        (
            "Vienna",
            "2022-01-13",
            "Thursday",
            "Organization for Security and Co-Operation in Europe",
        ),
    ],
    "004_ec0cd77a669150c2": [("Brussels", None, None, None), ("Vienna", None, None, None)],
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_follow_ups(name: str) -> None:
    article = load_article(SEEDS / f"{name}.txt")
    found = extract_follow_ups(article)
    rows = []
    for mention in found:
        assert article.text[mention.span.start : mention.span.end] == mention.text
        assert not article.is_boilerplate(mention.span)
        value = mention.value
        assert isinstance(value, FollowUpValue)
        rows.append((value.place, value.date, value.weekday, value.with_))
    assert rows == SAMPLES[name]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["will meet", " in Paris", " on Monday", " and ", ", ", "NATO", " (UN)", "talks", "."]
        )
    ).map("".join)
)
def test_spans_are_valid_on_arbitrary_text(text: str) -> None:
    article = Article(id="t", path="t.txt", text=text, published="2024-03-05")
    for mention in extract_follow_ups(article):
        assert text[mention.span.start : mention.span.end] == mention.text


def _seconds(text: str) -> float:
    """The best of a few runs: the least disturbed by other work on a busy machine."""
    article = Article(id="t", path="t.txt", text=text, published="2024-03-05")
    times = []
    for _ in range(5):
        begin = time.perf_counter()
        extract_follow_ups(article)
        times.append(time.perf_counter() - begin)
    return min(times)


@pytest.mark.parametrize("filler", ["Word ", '"', "will meet in "])
def test_pathological_input_is_linear(filler: str) -> None:
    size = 100_000
    normal = (
        "The minister met her counterpart on Monday. The talks will resume in Paris on "
        "Thursday, officials said. The strike will begin next week.\n"
    )
    baseline = _seconds((normal * (size // len(normal) + 1))[:size])
    odd = _seconds((filler * (size // len(filler) + 1))[:size])
    # or under 1.5 s, which no linear pass over 100,000 characters reaches on a busy machine
    assert odd < max(5 * baseline + 0.05, 1.5)
