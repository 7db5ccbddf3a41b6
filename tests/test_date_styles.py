"""The main event's date per source: slashed dates read as the article writes its dates, every
other day the article names kept as context, weekdays without a date of their own dated from the
other sources (or reported as a problem)."""

from __future__ import annotations

import pytest

from newscmp.extract import extract
from newscmp.extract.date import extract_date_mentions
from newscmp.model import Article, DateValue, Kind, Role
from newscmp.pipeline import compare_articles

# (text, the date claimed, or None when no day can be read)
SLASHED = [
    # the article writes "March 5": month first, as American papers do
    ("The fire broke out on 2/3/2009 in Fresno, officials said on March 5, 2009.", "2009-02-03"),
    ("Voting closed on 4/6/2021; results came on Apr. 8, 2021.", "2021-04-06"),
    # the article writes "5 March": day first
    ("The fire broke out on 2/3/2009 in Leeds, officials said on 5 March 2009.", "2009-03-02"),
    ("The strike began on 4/6/2021 and ended on 9 June 2021.", "2021-06-04"),
    # another slashed date shows the order
    ("The match on 2/3/2009 was replayed on 2/17/2009.", "2009-02-03"),
    ("The match on 2/3/2009 was replayed on 17/3/2009.", "2009-03-02"),
    # only one reading possible, whatever the style
    ("The storm struck on 12/31/2009.", "2009-12-31"),
    ("The storm struck on 31/12/2009.", "2009-12-31"),
    ("The storm struck on 5/5/2009.", "2009-05-05"),
    # ambiguous and nothing to tell: no day
    ("The fire broke out on 2/3/2009 in the valley.", None),
]


@pytest.mark.parametrize(("text", "date"), SLASHED)
def test_slashed_dates_follow_the_article(text: str, date: str | None) -> None:
    claims = [m for m in extract_date_mentions(Article("a", "a.txt", text)) if m.is_claim]
    assert sorted({m.value.date for m in claims}) == ([date] if date else [])  # type: ignore[union-attr]


def test_other_days_are_context() -> None:
    text = (
        "The jury returned its verdict on Tuesday. Jurors had deliberated since May 2, and "
        "the sentencing is set for Friday."
    )
    article = Article("a", "a.txt", text, published="2024-05-08")
    found = {
        (m.text, m.value.date, m.role, m.reason)  # type: ignore[union-attr]
        for m in extract(article, (Kind.DATE,))
    }
    assert found == {
        ("Tuesday", "2024-05-07", Role.CLAIM, None),
        ("May 2", "2024-05-02", Role.CONTEXT, "earlier_step"),
        ("Friday", "2024-05-10", Role.CONTEXT, "later_step"),
    }


def test_weekdays_without_a_date_are_dated_from_the_other_sources() -> None:
    undated = Article("a", "a.txt", "The dam burst on Sunday, flooding the valley.")
    dated = Article("b", "b.txt", "The dam burst on Sunday.", published="2024-05-07")
    comparison = compare_articles([undated, dated])
    dates = [f for f in comparison.facts if f.kind is Kind.DATE]
    assert [(f.value, f.status.value) for f in dates] == [(DateValue("2024-05-05"), "agree")]
    assert comparison.problems == ()


def test_weekdays_no_source_dates_are_a_problem() -> None:
    a = Article("a", "a.txt", "The dam burst on Sunday, flooding the valley.")
    b = Article("b", "b.txt", "A dam burst on Sunday.")
    comparison = compare_articles([a, b])
    assert [problem.path for problem in comparison.problems] == ["a.txt", "b.txt"]
    assert all("no publication date" in problem.error for problem in comparison.problems)
