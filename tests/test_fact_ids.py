"""Fact ids come from the fact's content (kind + normalised consensus value): they stay the same
when other facts come and go, and only true collisions get a deterministic `-2`, `-3`."""

from __future__ import annotations

from newscmp.align import align_mentions, unique_ids
from newscmp.model import (
    DateValue,
    Fact,
    Kind,
    LocationValue,
    Mention,
    ParticipantValue,
    Qualifier,
    QuantityValue,
    Span,
    Status,
)


def _mention(kind: Kind, source: str, text: str, value: object, start: int = 0) -> Mention:
    return Mention(kind, source, text, Span(start, start + len(text)), value)  # type: ignore[arg-type]


USD = [
    _mention(Kind.QUANTITY, "a", "$7 million", QuantityValue(7_000_000, "USD", Qualifier.EXACT)),
    _mention(Kind.QUANTITY, "b", "$7m", QuantityValue(7_000_000, "USD", Qualifier.EXACT)),
]
BAIL = [_mention(Kind.QUANTITY, "a", "$2.5 bail", QuantityValue(2.5, "USD", Qualifier.EXACT), 40)]
DATE = [
    _mention(Kind.DATE, "a", "Monday", DateValue("2023-02-06"), 80),
    _mention(Kind.DATE, "b", "Monday", DateValue("2023-02-06"), 80),
]
PLACE = [_mention(Kind.LOCATION, "a", "Leeds", LocationValue("Leeds", "United Kingdom"), 90)]
PERSON = [
    _mention(
        Kind.PARTICIPANT, "b", "fire chief Anna Berg", ParticipantValue("Anna Berg", "chief", None)
    )
]


def _ids(mentions: list[Mention]) -> dict[str, str]:
    facts = align_mentions(mentions, ["a", "b"])
    return {fact.id: fact.label for fact in facts}


def test_ids_say_kind_and_value() -> None:
    ids = _ids(USD + BAIL + DATE + PLACE + PERSON)
    assert set(ids) == {
        "quantity:7000000-usd",
        "quantity:2-5-usd",
        "date:2023-02-06",
        "location:leeds-united-kingdom",
        "participant:anna-berg",
    }


def test_ids_stay_when_other_facts_come_and_go() -> None:
    alone = _ids(USD)
    with_others = _ids(USD + BAIL + DATE + PLACE + PERSON)
    assert "quantity:7000000-usd" in alone and "quantity:7000000-usd" in with_others
    assert set(_ids(DATE)) <= set(with_others) and set(_ids(PERSON)) <= set(with_others)


def _fact(id: str, text: str, source: str, start: int) -> Fact:
    mention = _mention(
        Kind.QUANTITY, source, text, QuantityValue(2, "people", Qualifier.EXACT), start
    )
    return Fact(id, Kind.QUANTITY, "people", Status.SINGLE, mention.value, (mention,))


def test_true_collisions_get_a_suffix_by_their_words_not_their_place() -> None:
    # two facts alignment kept apart (two people killed, two injured) with the same kind and value
    killed = _fact("quantity:2-people", "two people were killed", "a", 10)
    injured = _fact("quantity:2-people", "two people injured", "b", 5)
    other = _fact("quantity:3-people", "three people", "a", 40)
    by_words = {
        "two people injured": "quantity:2-people",
        "two people were killed": "quantity:2-people-2",
    }
    for order in (
        [killed, injured],
        [injured, killed],
        [other, killed, injured],
        [killed, other, injured],
    ):
        facts = unique_ids(order)
        assert [fact.kind for fact in facts] == [fact.kind for fact in order]  # order kept
        assert {f.mentions[0].text: f.id for f in facts if f.id != "quantity:3-people"} == by_words
    assert unique_ids([other]) == [other]  # no collision, no suffix
