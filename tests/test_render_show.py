"""`newscmp show`: the text with each mention marked by kind, and the list of mentions."""

from __future__ import annotations

import pytest

from newscmp.formats import Screen, console_text
from newscmp.formats.show import KIND_STYLES, outermost, render_show
from newscmp.model import Article, Comparison, Kind, Mention, QuantityValue, Span


def _all_mentions(comparison: Comparison, source: str) -> list[Mention]:
    return [m for fact in comparison.facts for m in fact.mentions if m.source == source]


def test_every_kind_has_a_style() -> None:
    assert set(KIND_STYLES) == set(Kind)


def test_without_colour_mentions_are_bracketed_with_their_kind(quake: Comparison) -> None:
    wire = quake.sources[0]
    text = console_text(render_show(wire, _all_mentions(quake, "wire"), color=False), Screen(100))
    assert "\x1b[" not in text
    text = " ".join(text.split())  # the terminal width wraps lines anywhere
    assert "KATHMANDU, [Nepal]{location} (AP)" in text
    assert "struck [western Nepal]{location} on [Monday]{date}, killing [at least 30" in text
    assert "30 people]{quantity}" in text


def test_list_gives_kind_value_span_and_words(quake: Comparison) -> None:
    wire = quake.sources[0]
    text = console_text(render_show(wire, _all_mentions(quake, "wire"), color=False), Screen(100))
    listed = text.split("Mentions", 1)[1]
    assert "4 mentions" in text
    start = wire.text.index("at least 30 people")
    row = next(line for line in listed.splitlines() if "quantity" in line)
    assert "at least 30 people" in row and f"{start}–{start + 18}" in row
    assert listed.index("location") < listed.index("date") < listed.index("quantity")


def test_with_colour_the_text_is_styled_and_legend_shown(quake: Comparison) -> None:
    daily = quake.sources[1]
    text = console_text(render_show(daily, _all_mentions(quake, "daily")), Screen(100, True))
    assert "\x1b[" in text
    assert "Kinds:" in text and "follow_up" in text
    assert "[Monday]{date}" not in text


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([(0, 5), (10, 15)], [(0, 5), (10, 15)]),
        ([(0, 20), (5, 10)], [(0, 20)]),  # inside a longer one
        ([(5, 10), (0, 20)], [(0, 20)]),  # order given does not matter
        ([(0, 10), (5, 15)], [(0, 10)]),  # crossing: the first one wins
        ([(0, 10), (10, 12)], [(0, 10), (10, 12)]),  # touching
    ],
)
def test_outermost(spans: list[tuple[int, int]], expected: list[tuple[int, int]]) -> None:
    article = Article(id="t", path="t.txt", text="x" * 30)
    mentions = [
        Mention(Kind.QUANTITY, "t", "x" * (e - s), Span(s, e), QuantityValue(1, "x"))
        for s, e in spans
    ]
    assert [(m.span.start, m.span.end) for m in outermost(mentions)] == expected
    assert article.text  # the spans index this text
