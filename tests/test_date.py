"""extract_dates: the date of the main event, on the samples and on other kinds of events."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.extract.date import extract_dates
from newscmp.model import Article, DateValue, Kind

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (text, published, expected date, expected mention texts); checked against a calendar by hand.
CASES = [
    # Earthquake: a weekday resolved back from the article's date (2015-04-26 was a Sunday).
    (
        "KATHMANDU, Nepal — A magnitude 7.8 earthquake struck central Nepal on Saturday, "
        "killing more than 1,800 people.\nRescuers worked through the night.",
        "2015-04-26",
        "2015-04-25",
        ["Saturday"],
    ),
    # Court verdict: the full date wins; the sentencing date is a follow-up.
    (
        "A jury in Los Angeles found the former executive guilty on March 3, 2023. "
        "The sentencing is scheduled for May 12.",
        "2023-03-04",
        "2023-03-03",
        ["March 3, 2023"],
    ),
    # Election: a day and month without a year and no article date stay yearless.
    (
        "Voters in Chile went to the polls on Sunday, Dec. 17, in a referendum on a new "
        "constitution.",
        None,
        "--12-17",
        ["Sunday, Dec. 17"],
    ),
    # Sports final: the weekday does not match March 4, 2024 (a Monday): the date is kept.
    (
        "The final was played on Friday (March 4) at Wembley Stadium.",
        "2024-03-05",
        "2024-03-04",
        ["Friday (March 4)"],
    ),
    # A day and month take the year nearest the article's date (December in a January paper).
    (
        "Firefighters battled the blaze that broke out on Dec. 30 in the port.",
        "2022-01-03",
        "2021-12-30",
        ["Dec. 30"],
    ),
    # Product launch: the yearless mention takes the year of the full one.
    (
        "Apple unveiled the phone on Sept. 12. The launch event on September 12, 2023 drew crowds.",
        None,
        "2023-09-12",
        ["Sept. 12", "September 12, 2023"],
    ),
    # Takeover: the event's weekday in the lead; "in November" is no day.
    (
        "Shareholders approved the takeover on Wednesday. The bid was first made in November.",
        "2023-03-10",
        "2023-03-08",
        ["Wednesday"],
    ),
    # Strike: the walkout, not the follow-up meeting announced for Friday.
    (
        "Rail workers walked out on Tuesday. Union leaders will meet the minister on Friday.",
        "2024-03-06",
        "2024-03-05",
        ["Tuesday"],
    ),
    # A publication line is metadata: it anchors "on Monday" but is no mention.
    (
        "2 min. 10.01.2022\nDiplomats held talks in Geneva on Monday.",
        None,
        "2022-01-10",
        ["Monday"],
    ),
    # Shooting: the possessive weekday dates the event; "said on Sunday" is the report's day
    # (2024-03-11 was a Monday).
    (
        "Two people were killed in Saturday night's stabbing at a nightclub,"
        " police said on Sunday.",
        "2024-03-11",
        "2024-03-09",
        ["Saturday"],
    ),
    # Strike: the day it began, not the day of the report (2024-10-03 was a Thursday).
    (
        "Bus drivers stayed off work for a second day on Thursday; the strike began on Wednesday.",
        "2024-10-03",
        "2024-10-02",
        ["Wednesday"],
    ),
    # Product launch: "yesterday" counts back from the article's date.
    (
        "The carmaker presented its new van yesterday in Turin.",
        "2024-09-18",
        "2024-09-17",
        ["yesterday"],
    ),
    # Sports final: a speaker's "tonight" is no day counted from the article's date.
    (
        'The winner said: "Tonight we made history." The final was played on Sunday.',
        "2024-05-13",
        "2024-05-12",
        ["Sunday"],
    ),
    # Without any article date a weekday alone names no day.
    (
        "A passenger plane crashed on Tuesday near the airport, officials said.",
        None,
        None,
        ["Tuesday"],
    ),
]

# No event date at all.
NONE = [
    ("Presidents decided last month to make a major diplomatic push.", "2022-01-10"),
    ("Russia has demanded an end to expansion since 1997.", "2022-01-10"),
    ("The talks began just before 9 a.m. local time and ended at 19:28.", None),
    ("This content was published on January 10, 2022 - 19:28", None),
    ("Officials may meet in March, a spokesperson said.", "2022-01-10"),
    ("“We will rebuild tonight,” the mayor said.", "2024-03-05"),
]


def _article(text: str, published: str | None = None) -> Article:
    return Article(id="t", path="t.txt", text=text, published=published)


@pytest.mark.parametrize(("text", "published", "date", "texts"), CASES)
def test_extract_dates(
    text: str, published: str | None, date: str | None, texts: list[str]
) -> None:
    mentions = extract_dates(_article(text, published))
    assert [m.text for m in mentions] == texts
    assert {m.value for m in mentions} == {DateValue(date)}
    for mention in mentions:
        assert mention.kind is Kind.DATE and mention.source == "t"
        assert text[mention.span.start : mention.span.end] == mention.text


@pytest.mark.parametrize(("text", "published"), NONE)
def test_no_event_date(text: str, published: str | None) -> None:
    assert extract_dates(_article(text, published)) == []


# The samples: (file prefix, published as the loader reads it, date, texts that must be mentions).
SAMPLES = [
    ("000", "2022-01-10", "2022-01-10", ["Monday"]),
    ("001", None, "2022-01-10", ["January 10, 2022", "Monday"]),
    ("002", "2022-01-10", "2022-01-10", ["Monday", "January 10, 2022"]),
    ("003", None, "2022-01-10", ["Monday"]),
    ("003", "2022-01-10", "2022-01-10", ["Monday"]),
    ("004", None, "--01-10", ["Monday (Jan 10)"]),
]


@pytest.mark.parametrize(("prefix", "published", "date", "texts"), SAMPLES)
def test_samples(prefix: str, published: str | None, date: str, texts: list[str]) -> None:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    mentions = extract_dates(_article(text, published))
    assert {m.value for m in mentions} == {DateValue(date)}
    assert set(texts) <= {m.text for m in mentions}
    assert "10.01.2022" not in {m.text for m in mentions}  # 003's publication line


def test_boilerplate_is_skipped() -> None:
    from newscmp.model import Span

    text = "Photo taken on May 3, 2020.\nThe summit opened on Monday."
    article = Article(
        id="t", path="t", text=text, published="2021-06-09", boilerplate=(Span(0, 27),)
    )
    assert [(m.text, m.value) for m in extract_dates(article)] == [
        ("Monday", DateValue("2021-06-07"))
    ]


WORDS = ["Monday", "on", "Jan", "10", "2022", "(", ")", "talks", "will", "\n", "10.01.2022", "May"]


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(st.text(), st.lists(st.sampled_from(WORDS)).map(" ".join)),
    st.sampled_from([None, "2022-01-12", "not a date"]),
)
def test_spans_are_exact(text: str, published: str | None) -> None:
    for mention in extract_dates(_article(text, published)):
        assert 0 <= mention.span.start <= mention.span.end <= len(text)
        assert text[mention.span.start : mention.span.end] == mention.text
