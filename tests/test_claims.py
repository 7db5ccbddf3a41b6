"""Claim or context (newscmp.claims): tables of sentences about many kinds of events, each with
the mention to decide and the reason expected (None: a claim about the main event)."""

from __future__ import annotations

import pytest

from newscmp.claims import decide
from newscmp.model import (
    Article,
    DateValue,
    DurationValue,
    FollowUpValue,
    Kind,
    LocationValue,
    Mention,
    Qualifier,
    QuantityValue,
    Role,
    Span,
    Value,
    VenueValue,
)
from newscmp.text.doc import Doc

PUBLISHED = "2024-05-10"


def _value(kind: Kind, words: str) -> Value:
    """A value of `kind` for the mention `words`; the decision reads the text, not the value,
    except a follow-up's date and a count's unit."""
    values: dict[Kind, Value] = {
        Kind.DATE: DateValue("2024-05-07"),
        Kind.LOCATION: LocationValue(words, None),
        Kind.VENUE: VenueValue(words, None),
        Kind.DURATION: DurationValue(1.0),
        Kind.QUANTITY: QuantityValue(1.0, None if words.strip().isdigit() else "things"),
        Kind.FOLLOW_UP: FollowUpValue(None, "2024-05-20", None, None),
    }
    return values[kind]


def _decide(text: str, kind: Kind, words: str, value: Value | None = None) -> str | None:
    article = Article(id="a", path="a.txt", text=text, published=PUBLISHED)
    start = text.index(words)
    mention = Mention(
        kind, "a", words, Span(start, start + len(words)), value or _value(kind, words)
    )
    role, reason = decide(Doc(article), mention)
    assert (role is Role.CLAIM) == (reason is None), (role, reason)
    return reason


# (text, kind, the mention's words, expected reason)
CASES = [
    # other events
    (
        "Police said the gunman used the same rifle used in last spring's attack in Denver.",
        Kind.LOCATION,
        "Denver",
        "other_event",
    ),
    (
        "In a similar attack in 2019, 12 people were killed at a market.",
        Kind.QUANTITY,
        "12 people",
        "other_event",
    ),
    (
        "The derailment came a year after 41 passengers died on the same line.",
        Kind.QUANTITY,
        "41 passengers",
        "other_event",
    ),
    (
        "The quake was the strongest since a tremor killed 9,000 people in the valley.",
        Kind.QUANTITY,
        "9,000 people",
        "other_event",
    ),
    (
        "The deal is the largest since a rival paid $9 billion for a brewer.",
        Kind.QUANTITY,
        "$9 billion",
        "other_event",
    ),
    (
        "In a separate incident, three fans were hurt outside the ground.",
        Kind.QUANTITY,
        "three fans",
        "other_event",
    ),
    (
        "A powerful earthquake hit Chile on Tuesday, a year after 12 people died in a landslide.",
        Kind.QUANTITY,
        "12 people",
        "other_event",
    ),
    (
        "A powerful earthquake hit Chile on Tuesday, a year after 12 people died in a landslide.",
        Kind.LOCATION,
        "Chile",
        None,
    ),
    ("The storm killed 12 people last year.", Kind.QUANTITY, "12 people", "earlier_step"),
    ("Rebels seized 40 hostages in 2019.", Kind.QUANTITY, "40 hostages", "earlier_step"),
    # later steps of the story
    ("His trial is set for May 4 in a county court.", Kind.DATE, "May 4", "later_step"),
    (
        "The suspect's trial is set for next month in Brookfield.",
        Kind.LOCATION,
        "Brookfield",
        "later_step",
    ),
    (
        "A funeral will be held at St. Anne's Church on Saturday.",
        Kind.VENUE,
        "St. Anne's Church",
        "later_step",
    ),
    ("The two leaders will meet again in Oslo next month.", Kind.LOCATION, "Oslo", "later_step"),
    (
        "The union said a hearing at the labour court in Porto would follow.",
        Kind.LOCATION,
        "Porto",
        "later_step",
    ),
    # earlier steps
    (
        "The company last year moved its headquarters to Eindhoven.",
        Kind.LOCATION,
        "Eindhoven",
        "earlier_step",
    ),
    (
        "Earlier this month, 300 workers walked out at a second plant.",
        Kind.QUANTITY,
        "300 workers",
        "earlier_step",
    ),
    ("The club won the cup in 2004 in Lisbon.", Kind.LOCATION, "Lisbon", "earlier_step"),
    (
        "It was their first title since the final in Madrid.",
        Kind.LOCATION,
        "Madrid",
        "earlier_step",
    ),
    # reporting furniture
    (
        "SPRINGFIELD, Ill. (AP) — A gunman opened fire at a warehouse on Tuesday.",
        Kind.LOCATION,
        "SPRINGFIELD, Ill.",
        "dateline",
    ),
    (
        "MADRID, March 3 (AFP) - Spain's parliament voted on the budget.",
        Kind.DATE,
        "March 3",
        "dateline",
    ),
    (
        "Published Monday, June 3, 2019\nThe storm hit the coast.",
        Kind.DATE,
        "Monday, June 3, 2019",
        "publication",
    ),
    (
        "Updated 6:04 PM ET, Tue March 5, 2019\nVoters went to the polls.",
        Kind.DATE,
        "March 5, 2019",
        "publication",
    ),
    (
        "Firefighters work at the scene in Gdansk on Tuesday. (AP Photo/Jan Nowak)",
        Kind.LOCATION,
        "Gdansk",
        "caption",
    ),
    (
        "In this file photo, fans celebrate in Glasgow after the final.",
        Kind.LOCATION,
        "Glasgow",
        "caption",
    ),
    ("By Maria Lopez in Bogota\nThe talks resumed.", Kind.LOCATION, "Bogota", "byline"),
    (
        "Associated Press writer Tom Hill in Nairobi contributed to this report.",
        Kind.LOCATION,
        "Nairobi",
        "byline",
    ),
    (
        "Correction: an earlier version of this story misstated the venue as Hall 4 in Tempe.",
        Kind.LOCATION,
        "Tempe",
        "correction",
    ),
    # populations, ages, identifiers, hypotheticals
    (
        "The blast hit Eastfield, a town of 4,500 people.",
        Kind.QUANTITY,
        "4,500 people",
        "population",
    ),
    ("The city has a population of 250,000.", Kind.QUANTITY, "250,000", "population"),
    # terms in office are a career, not the event
    (
        "Lane, who served three terms in the Senate, endorsed the bill.",
        Kind.QUANTITY,
        "three terms",
        "tenure",
    ),
    ("The two-term mayor lost the runoff by 300 votes.", Kind.QUANTITY, "two", "tenure"),
    ("The two-term mayor lost the runoff by 300 votes.", Kind.QUANTITY, "300 votes", None),
    (
        "The coach, a three-term board member, resigned after the loss.",
        Kind.QUANTITY,
        "three",
        "tenure",
    ),
    (
        "The merger came in the second of her three terms as chair of the firm.",
        Kind.QUANTITY,
        "three terms",
        "tenure",
    ),
    ("The judge gave the arsonist two life terms.", Kind.QUANTITY, "two life terms", None),
    ("A 6-year-old boy was among the injured.", Kind.QUANTITY, "6", "age"),
    ("The driver, 34, was arrested at the scene.", Kind.QUANTITY, "34", "age"),
    ("The winger, aged 21, scored twice in the final.", Kind.QUANTITY, "21", "age"),
    ("He was armed with an AK-47 when he entered the bank.", Kind.QUANTITY, "47", "identifier"),
    ("Viewers of Channel 4 News saw the footage.", Kind.QUANTITY, "4 News", "identifier"),
    ("A neighbour called 911 from the parking lot.", Kind.QUANTITY, "911", "identifier"),
    ("Police found a 12-gauge shotgun in the car.", Kind.QUANTITY, "12-gauge", "identifier"),
    ("Flight 370 disappeared over the sea.", Kind.QUANTITY, "370", "identifier"),
    ("The Boeing 737 landed safely after the engine fire.", Kind.QUANTITY, "737", "identifier"),
    (
        '"It could have been ten people," the fire chief said.',
        Kind.QUANTITY,
        "ten people",
        "hypothetical",
    ),
    ("The nominee needs 60 votes to advance.", Kind.QUANTITY, "60 votes", "hypothetical"),
    (
        "Bribery is punishable by up to 10 years in prison.",
        Kind.QUANTITY,
        "10 years in prison",
        "hypothetical",
    ),
    # places that are not where it happened
    ("Sen. Ted Cole of Texas criticized the ruling.", Kind.LOCATION, "Texas", "origin"),
    ("Rep. Maria Diaz (D-Fla.) voted against the bill.", Kind.LOCATION, "Fla.", "origin"),
    ("The gunman, a native of Ohio, had moved to the city.", Kind.LOCATION, "Ohio", "origin"),
    (
        "The injured were taken to Mercy Hospital after the crash.",
        Kind.VENUE,
        "Mercy Hospital",
        "elsewhere",
    ),
    (
        "A gunman opened fire in Orlando, and the wounded were taken to hospitals.",
        Kind.LOCATION,
        "Orlando",
        None,
    ),
    # claims about the main event
    ("Three people were killed and 20 injured in the blast.", Kind.QUANTITY, "Three people", None),
    (
        "Some 12,000 residents were evacuated from the valley.",
        Kind.QUANTITY,
        "12,000 residents",
        None,
    ),
    (
        "The storm knocked out power to 200,000 homes on Sunday.",
        Kind.QUANTITY,
        "200,000 homes",
        None,
    ),
    ("Voters approved the measure by 52,300 votes to 48,210.", Kind.QUANTITY, "52,300 votes", None),
    ("The strike began at dawn in Lisbon.", Kind.LOCATION, "Lisbon", None),
    ("Fans packed Parken Stadium for the cup final.", Kind.VENUE, "Parken Stadium", None),
    ("The talks lasted nearly eight hours.", Kind.DURATION, "nearly eight hours", None),
    (
        "The court sentenced him to four years in prison.",
        Kind.QUANTITY,
        "four years in prison",
        None,
    ),
    ("Brightwater will pay 42 euros a share for the bakery.", Kind.QUANTITY, "42 euros", None),
    ("The earthquake struck central Nepal on Saturday.", Kind.DATE, "Saturday", None),
    ("Former congressman Ruiz received 107,390 votes.", Kind.QUANTITY, "107,390 votes", None),
    (
        "GENEVA — Diplomats met for eight hours at the mission.",
        Kind.DURATION,
        "eight hours",
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "words", "reason"), CASES)
def test_reason(text: str, kind: Kind, words: str, reason: str | None) -> None:
    assert _decide(text, kind, words) == reason


# (text, follow-up's date, expected reason): a follow-up held before the article is past.
FOLLOW_UPS = [
    ("The board met in Zurich on March 1.", "2024-03-01", "past_event"),
    ("The teams meet again in Turin on May 20.", "2024-05-20", None),
    ("A hearing is set for Friday.", None, None),
]


@pytest.mark.parametrize(("text", "date", "reason"), FOLLOW_UPS)
def test_follow_up_in_the_past_is_context(text: str, date: str | None, reason: str | None) -> None:
    value = FollowUpValue(None, date, None, None)
    assert _decide(text, Kind.FOLLOW_UP, text[:-1], value) == reason


def test_participants_and_quotes_are_always_claims() -> None:
    text = "SPRINGFIELD, Ill. (AP) — Mayor Ann Lee said it could have been worse."
    article = Article(id="a", path="a.txt", text=text)
    start = text.index("Mayor Ann Lee")
    from newscmp.model import ParticipantValue

    mention = Mention(
        Kind.PARTICIPANT,
        "a",
        "Mayor Ann Lee",
        Span(start, start + 13),
        ParticipantValue("Ann Lee", "Mayor", None),
    )
    assert decide(Doc(article), mention) == (Role.CLAIM, None)


def test_an_extractors_context_keeps_its_reason_when_no_cue_says_more() -> None:
    text = "Officials met on Tuesday. They also spoke on Thursday."
    article = Article(id="a", path="a.txt", text=text, published=PUBLISHED)
    start = text.index("Thursday")
    mention = Mention(
        Kind.DATE,
        "a",
        "Thursday",
        Span(start, start + 8),
        DateValue("2024-05-09"),
        Role.CONTEXT,
        "other_date",
    )
    assert decide(Doc(article), mention) == (Role.CONTEXT, "other_date")


def test_a_count_without_a_number_is_vague() -> None:
    text = "Millions of Americans watched the debate, and 12 million streamed it."
    vague = QuantityValue(None, "americans", Qualifier.VAGUE)
    assert _decide(text, Kind.QUANTITY, "Millions of Americans", vague) == "vague"
    counted = QuantityValue(12_000_000, "USD", Qualifier.EXACT)
    assert _decide(text, Kind.QUANTITY, "12 million", counted) is None


def test_a_follow_up_is_not_made_past_by_its_sentences_other_words() -> None:
    text = "He was weak last week, which shapes how he will approach next Tuesday's debate."
    value = FollowUpValue(None, "2024-05-14", "Tuesday", None)
    assert _decide(text, Kind.FOLLOW_UP, "next Tuesday's debate", value) is None


def test_a_population_is_the_phrase_around_its_number_not_the_sentence() -> None:
    text = "A fire hit Eastfield, a town of 4,500 people, on Monday, killing 3 people."
    killed = QuantityValue(3, "people killed", Qualifier.EXACT)
    assert _decide(text, Kind.QUANTITY, "4,500 people") == "population"
    assert _decide(text, Kind.QUANTITY, "3 people", killed) is None
