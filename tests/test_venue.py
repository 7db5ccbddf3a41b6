"""extract_venues: the building or institution where the main event happened."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.extract.venue import extract_venues
from newscmp.model import Article, Kind, VenueValue

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (text, venue name, place, mention texts)
CASES = [
    (
        "The summit at the Hilton hotel in Davos ended without a deal.",
        "Hilton hotel",
        "Davos",
        ["Hilton hotel in Davos"],
    ),
    (
        "Argentina won the final at Wembley Stadium on Sunday.",
        "Wembley Stadium",
        None,
        ["Wembley Stadium"],
    ),
    # a city after "of" is the venue's place, in translated word order
    (
        "Benfica won the cup in the Dragão Stadium of Porto this Sunday.",
        "Dragão Stadium",
        "Porto",
        ["Dragão Stadium of Porto"],
    ),
    (
        "The verdict was read in the Palace of Justice on Tuesday.",
        "Palace of Justice",
        None,
        ["Palace of Justice"],
    ),
    (
        "Lawyers argued the case at the Supreme Court in Washington.",
        "Supreme Court",
        "Washington",
        ["Supreme Court in Washington"],
    ),
    (
        "The president received the chancellor at the Élysée Palace.",
        "Élysée Palace",
        None,
        ["Élysée Palace"],
    ),
    (
        "The new phone was unveiled at the Steve Jobs Theater in Cupertino.",
        "Steve Jobs Theater",
        "Cupertino",
        ["Steve Jobs Theater in Cupertino"],
    ),
    (
        "Votes were counted at the Town Hall in Leeds, England, overnight.",
        "Town Hall",
        "Leeds",
        ["Town Hall in Leeds"],
    ),
    # The event's venue, not the one of the announced next round.
    (
        "The talks began at the UN headquarters. The next round will be held at the Palais "
        "des Nations museum.",
        "UN headquarters",
        None,
        ["UN headquarters"],
    ),
    # heads that count only capitalised, and heads that open the name
    (
        "A fire broke out inside the Harju Market in Turku on Monday.",
        "Harju Market",
        "Turku",
        ["Harju Market in Turku"],
    ),
    (
        "The new phone was shown at Riverside Place, the city's convention centre.",
        "Riverside Place",
        None,
        ["Riverside Place"],
    ),
    (
        "The prize was handed out at the Hotel Adlon in Berlin on Friday.",
        "Hotel Adlon",
        "Berlin",
        ["Hotel Adlon in Berlin"],
    ),
    # a court that sentences someone sat where the trial was held
    (
        "The Lyon Criminal Court on Tuesday sentenced the former mayor to two years.",
        "Lyon Criminal Court",
        None,
        ["Lyon Criminal Court"],
    ),
    (
        "The criminal court of Lyon has this Tuesday convicted the former mayor of fraud.",
        "criminal court",
        "Lyon",
        ["criminal court of Lyon"],
    ),
]

# No venue: actors, generic nouns without a name, follow-ups only, no head noun.
NO_VENUE = [
    "The Supreme Court ruled on Friday that the law stands.",
    "“The talks promise to be long,” the Russian diplomatic mission in Geneva tweeted.",
    "At the end of the day nothing was agreed.",
    "Survivors were taken to the hospital and treated in the hospital.",
    "The next round will be held at the UN headquarters in New York.",
    "A plane crashed in a field near the town.",
    "Talks between Russia and the United States in Geneva have failed.",
    "Prices in the European market fell after the strike began.",
    "The team finished the final in first place.",
    "The court ruled that the strike was legal.",
]


def _article(text: str) -> Article:
    return Article(id="t", path="t.txt", text=text)


@pytest.mark.parametrize(("text", "name", "place", "texts"), CASES)
def test_extract_venues(text: str, name: str, place: str | None, texts: list[str]) -> None:
    mentions = extract_venues(_article(text))
    assert [m.text for m in mentions] == texts
    assert {m.value for m in mentions} == {VenueValue(name, place)}
    for mention in mentions:
        assert mention.kind is Kind.VENUE and mention.source == "t"
        assert text[mention.span.start : mention.span.end] == mention.text


@pytest.mark.parametrize("text", NO_VENUE)
def test_no_venue(text: str) -> None:
    assert extract_venues(_article(text)) == []


SAMPLES = [
    ("000", None),
    ("001", None),
    ("002", VenueValue("U.S. Mission", "Geneva")),
    ("003", VenueValue("US Permanent Mission", "Geneva")),
    ("004", VenueValue("US diplomatic mission", "Geneva")),
]


@pytest.mark.parametrize(("prefix", "value"), SAMPLES)
def test_samples(prefix: str, value: VenueValue | None) -> None:
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    mentions = extract_venues(_article(text))
    assert {m.value for m in mentions} == ({value} if value else set())


WORDS = ["at", "the", "in", "US", "Mission", "Geneva", "Palace", "of", "Justice", "will", ".", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(WORDS)).map(" ".join)))
def test_spans_are_exact(text: str) -> None:
    for mention in extract_venues(_article(text)):
        assert 0 <= mention.span.start <= mention.span.end <= len(text)
        assert text[mention.span.start : mention.span.end] == mention.text


VENUE_PIECES = [
    "at", "in", "inside", "the", "The", "Hilton", "hotel", "HOTEL", "Hotel", "Stade", "Plaza",
    "plaza", "Palace", "palace", "of", "Justice", "Berlin", "court", "Court-house", "ſtadium",
    "\u212aing", "İn", "ınside", "é", "3", "_", " ", "  ", ",", ".", "-", "\n",
]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(VENUE_PIECES), max_size=14).map(" ".join))
def test_every_venue_match_holds_a_head_word(text: str) -> None:
    # _found skips a sentence whose lowered words hold no head word: never one that matches.
    from newscmp.extract import venue
    from newscmp.text.numbers import lowered_words

    words = lowered_words(text)
    if venue._VENUE.search(text) is not None:
        assert words is None or not words.isdisjoint(venue._HEAD_WORDS)
