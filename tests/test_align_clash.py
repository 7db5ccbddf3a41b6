"""A fact's amounts clash when any two of its distinct values are incompatible: the sorted check
the amount kinds use gives the same answer as comparing every pair, on any values."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from newscmp.align import align_mentions
from newscmp.align.rules import RULES
from newscmp.model import DurationValue, Kind, Mention, Qualifier, QuantityValue, Span, Status

_AMOUNTS = st.one_of(st.none(), st.integers(-50, 50).map(float), st.sampled_from([0.5, 1e6]))
_QUANTITIES = st.builds(QuantityValue, _AMOUNTS, st.just("people"), st.sampled_from(Qualifier))
_DURATIONS = st.builds(DurationValue, _AMOUNTS, st.sampled_from(Qualifier))


def _pairwise(kind: Kind, values: list[QuantityValue] | list[DurationValue]) -> bool:
    rule = RULES[kind]
    distinct = list({rule.key(value): value for value in values}.values())
    return any(not rule.compatible(a, b) for a, b in combinations(distinct, 2))


@given(st.lists(_QUANTITIES, min_size=1, max_size=8))
def test_quantities_clash_as_every_pair_says(values: list[QuantityValue]) -> None:
    rule = RULES[Kind.QUANTITY]
    assert rule.clash is not None
    distinct = list({rule.key(value): value for value in values}.values())
    assert rule.clash(distinct) == _pairwise(Kind.QUANTITY, values)


@given(st.lists(_DURATIONS, min_size=1, max_size=8))
def test_durations_clash_as_every_pair_says(values: list[DurationValue]) -> None:
    rule = RULES[Kind.DURATION]
    assert rule.clash is not None
    distinct = list({rule.key(value): value for value in values}.values())
    assert rule.clash(distinct) == _pairwise(Kind.DURATION, values)


def _mention(source: str, value: QuantityValue) -> Mention:
    text = f"More than {value.amount:g} people"
    return Mention(Kind.QUANTITY, source, text, Span(0, len(text)), value)


def test_many_distinct_compatible_amounts_are_one_partial_fact() -> None:
    # 3,000 sources, each "more than {i} people": every pair is compatible (pairwise, 4.5
    # million comparisons), so the fact is partial, not a conflict; an exact 1 then conflicts.
    values = [QuantityValue(float(i), "people", Qualifier.AT_LEAST) for i in range(1, 3001)]
    mentions = [_mention(f"s{i}", value) for i, value in enumerate(values)]
    sources = [mention.source for mention in mentions]
    facts = align_mentions(mentions, sources)
    assert [(fact.kind, fact.status, len(fact.sources)) for fact in facts] == [
        (Kind.QUANTITY, Status.PARTIAL, 3000)
    ]
    lone = Mention(Kind.QUANTITY, "x", "1 person", Span(0, 8), QuantityValue(1.0, "people"))
    facts = align_mentions([*mentions, lone], [*sources, "x"])
    assert [fact.status for fact in facts] == [Status.CONFLICT]
