"""The indexed grouping of follow-ups and quotes gives what trying every group in turn gives.

The references are the plain greedy loops the indexes replaced (each mention against every
group's first member, in order; for quotes, `_cluster` without its candidates); hypothesis
draws values from small pools so that shared places, organisations, dates and words are common.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.align.groups import (
    _cluster,
    _follow_up_keys,
    _quote_keys,
    _same_follow_up,
    _same_quote,
    group_follow_ups,
)
from newscmp.model import FollowUpValue, Kind, Mention, Span


def _greedy_follow_ups(mentions: list[Mention]) -> list[list[Mention]]:
    ordered = sorted(mentions, key=lambda m: (not _follow_up_keys(m.value)[0], m.text, m.source))
    groups: list[list[Mention]] = []
    for mention in ordered:
        for group in groups:
            if _same_follow_up(mention.value, group[0].value):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return groups


PLACES = st.sampled_from([None, "Vienna", "Brussels", "Nairobi", "Lima"])
WITH = st.sampled_from([None, "NATO", "Russia-NATO", "NATO-Russia", "the OSCE", "African Union"])
DATES = st.sampled_from([None, "2023-05-02", "2023-05-03", "2024-01-09"])
FOLLOW_UP = st.builds(FollowUpValue, PLACES, DATES, st.none(), WITH)


@settings(max_examples=300, deadline=None)
@given(st.lists(FOLLOW_UP, max_size=25))
def test_follow_ups_group_as_the_plain_greedy_loop(values: list[FollowUpValue]) -> None:
    mentions = [
        Mention(Kind.FOLLOW_UP, f"s{n % 7}", f"words {n}", Span(n, n + 1), value)
        for n, value in enumerate(values)
    ]
    assert group_follow_ups(mentions) == _greedy_follow_ups(mentions)


def test_follow_ups_a_place_wins_and_organisation_or_date_join_the_rest() -> None:
    def follow_up(n: int, place: str | None, date: str | None, with_: str | None) -> Mention:
        value = FollowUpValue(place, date, None, with_)
        return Mention(Kind.FOLLOW_UP, f"s{n}", f"t{n}", Span(0, 1), value)

    vienna = follow_up(1, "Vienna", "2023-05-03", "OSCE")
    brussels = follow_up(2, "Brussels", "2023-05-02", "NATO")
    same_day = follow_up(3, None, "2023-05-02", None)  # Brussels's date
    osce = follow_up(4, None, None, "the OSCE")  # Vienna's organisation
    alone = follow_up(5, None, "2024-01-09", "G20")
    groups = group_follow_ups([alone, osce, same_day, brussels, vienna])
    # groups in the order they start: places first, then by the words ("t1" before "t2")
    assert groups == [[vienna, osce], [brussels, same_day], [alone]]


WORDS = st.sampled_from(
    "frank direct long difficult tough fair talks progress ceasefire vote "
    "and but the we will not".split()
)
QUOTES = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(QUOTES, max_size=25))
def test_quotes_cluster_as_the_plain_greedy_loop(quotes: list[str]) -> None:
    # without `candidates`, _cluster is the plain loop: every representative in turn
    assert _cluster(quotes, _same_quote, _quote_keys) == _cluster(quotes, _same_quote)


def test_two_characterisations_share_a_key_without_a_common_word() -> None:
    assert _same_quote("frank and direct", "long and difficult")
    assert set(_quote_keys("frank and direct")) & set(_quote_keys("long and difficult"))
    assert not set(_quote_keys("ceasefire talks")) & set(_quote_keys("frank and direct"))
