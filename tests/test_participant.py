"""Tests for the participant extractor: Mentions of people, on sentences and on the samples.

Expected values were read off the sample articles and the sentences by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newscmp.extract.participant import extract_participants
from newscmp.model import Article, Kind, ParticipantValue

SEEDS = Path(__file__).parent.parent / "seeds"
US, RU = "United States", "Russia"
SHERMAN_DEPUTY = ParticipantValue("Wendy Sherman", "Deputy Secretary of State", US)
SHERMAN_UNDER = ParticipantValue("Wendy Sherman", "Under Secretary of State", US)
RYABKOV = ParticipantValue("Sergei Ryabkov", "Deputy Foreign Minister", RU)
RYABKOV_COUNTERPART = ParticipantValue("Sergei Ryabkov", None, RU)
BLINKEN = ParticipantValue("Antony Blinken", "Secretary of State", US)
BIDEN = ParticipantValue("Joe Biden", "President", None)
PUTIN = ParticipantValue("Vladimir Putin", "President", None)


def mentions(text: str) -> list[tuple[str, ParticipantValue]]:
    article = Article(id="t", path="t.txt", text=text)
    found = extract_participants(article)
    for mention in found:
        assert mention.kind is Kind.PARTICIPANT and mention.source == "t"
        assert text[mention.span.start : mention.span.end] == mention.text
    return [(m.text, m.value) for m in found]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The conversation was difficult,” said Ryabkov on Monday evening, after talks with "
            "Russia’s Deputy Foreign Minister Sergei Ryabkov ended.",
            [("Ryabkov", RYABKOV), ("Russia’s Deputy Foreign Minister Sergei Ryabkov", RYABKOV)],
        ),
        (
            "His Russian counterpart Sergei Ryabkov considered them long and difficult.",
            [("Russian counterpart Sergei Ryabkov", RYABKOV_COUNTERPART)],
        ),
        (
            "“If Russia stays at the table we can achieve progress,” Sherman told reporters, "
            "repeating what US Deputy Secretary of State Wendy Sherman said before.",
            [
                ("Sherman", SHERMAN_DEPUTY),
                ("US Deputy Secretary of State Wendy Sherman", SHERMAN_DEPUTY),
            ],
        ),
        (
            "A verdict is due Friday, said Judge Amara Singh, who led the trial of Tomás Ruiz.",
            [
                ("Judge Amara Singh", ParticipantValue("Amara Singh", "Judge", None)),
                ("Tomás Ruiz", ParticipantValue("Tomás Ruiz", None, None)),
            ],
        ),
        (
            "Rescuers led by paramedic Lena Fischer freed a girl; Fischer said she was unhurt.",
            [
                ("paramedic Lena Fischer", ParticipantValue("Lena Fischer", "Paramedic", None)),
                ("Fischer", ParticipantValue("Lena Fischer", "Paramedic", None)),
            ],
        ),
        (
            "Keystone / Denis Balibouse",
            [],
        ),
        (
            "A NATO-Russia meeting is scheduled for Wednesday in Brussels, before a meeting of "
            "the Organization for Security and Cooperation in Europe.",
            [],
        ),
    ],
)
def test_extract_participants(text: str, expected: list[tuple[str, ParticipantValue]]) -> None:
    assert mentions(text) == expected


def seed(prefix: str) -> Article:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return Article(id=path.stem, path=str(path), text=path.read_text(encoding="utf-8"))


# Per sample: the people a careful reader finds (value -> number of references).
SAMPLES = {
    "000": {SHERMAN_DEPUTY: 2, RYABKOV: 2},
    "001": {SHERMAN_DEPUTY: 2, RYABKOV_COUNTERPART: 3},
    "002": {SHERMAN_UNDER: 1, RYABKOV: 4, BLINKEN: 4},
    "003": {SHERMAN_DEPUTY: 4, RYABKOV: 4, BLINKEN: 1, BIDEN: 1, PUTIN: 2},
    "004": {SHERMAN_DEPUTY: 2, RYABKOV: 3},
}


@pytest.mark.parametrize(("prefix", "expected"), sorted(SAMPLES.items()))
def test_samples(prefix: str, expected: dict[ParticipantValue, int]) -> None:
    article = seed(prefix)
    found = extract_participants(article)
    counts: dict[ParticipantValue, int] = {}
    for mention in found:
        assert isinstance(mention.value, ParticipantValue)
        assert article.text[mention.span.start : mention.span.end] == mention.text
        assert mention.source == article.id
        counts[mention.value] = counts.get(mention.value, 0) + 1
    assert counts == expected
    assert all("Balibouse" not in mention.text for mention in found)
    starts = [mention.span.start for mention in found]
    assert starts == sorted(starts)
