"""The main event of a comparison (newscmp.main_event), context in alignment, and the JSON of
both: context never makes or breaks a status, and a source's other day is a step of the story."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.align import align_mentions
from newscmp.main_event import decide_event
from newscmp.model import (
    Article,
    Comparison,
    DateValue,
    Kind,
    LocationValue,
    Mention,
    QuantityValue,
    Role,
    Span,
    Status,
)
from newscmp.pipeline import compare_articles
from newscmp.serialize import comparison_from_dict, comparison_to_dict


def _mention(source: str, kind: Kind, value: object, role: Role = Role.CLAIM) -> Mention:
    reason = None if role is Role.CLAIM else "other_event"
    return Mention(kind, source, "words", Span(0, 5), value, role, reason)  # type: ignore[arg-type]


def _status(mentions: list[Mention], kind: Kind) -> Status:
    facts = [f for f in align_mentions(mentions, ["a", "b", "c"]) if f.kind is kind]
    assert len(facts) == 1
    return facts[0].status


# (claims as (source, date), context as (source, date), expected status)
DATE_CASES = [
    ([("a", "2024-05-07"), ("b", "2024-05-07")], [("c", "2024-04-01")], Status.AGREE),
    ([("a", "2024-05-07"), ("b", "2024-05-07")], [("a", "2023-01-01")], Status.AGREE),
    ([("a", "2024-05-07")], [("b", "2024-05-08"), ("c", "2024-05-09")], Status.SINGLE),
    ([("a", "2024-05-07"), ("b", "2024-05-08")], [("c", "2024-05-07")], Status.CONFLICT),
]


@pytest.mark.parametrize(("claims", "context", "status"), DATE_CASES)
def test_only_claims_make_a_status(
    claims: list[tuple[str, str]], context: list[tuple[str, str]], status: Status
) -> None:
    mentions = [_mention(s, Kind.DATE, DateValue(d)) for s, d in claims]
    mentions += [_mention(s, Kind.DATE, DateValue(d), Role.CONTEXT) for s, d in context]
    assert _status(mentions, Kind.DATE) is status


def test_context_alone_is_never_a_conflict() -> None:
    mentions = [
        _mention("a", Kind.LOCATION, LocationValue("Lyon", "France"), Role.CONTEXT),
        _mention("b", Kind.LOCATION, LocationValue("Porto", "Portugal"), Role.CONTEXT),
    ]
    fact = align_mentions(mentions, ["a", "b"])[0]
    assert fact.is_context
    assert fact.status is Status.PARTIAL
    assert Status.CONFLICT not in dict(fact.by_source).values()


@settings(max_examples=60, deadline=None)
@given(
    claims=st.lists(
        st.tuples(st.sampled_from("abc"), st.sampled_from(["2024-05-07", "2024-05-08"])),
        min_size=1,
        max_size=4,
    ),
    context=st.lists(
        st.tuples(st.sampled_from("abc"), st.sampled_from(["2023-01-01", "2024-05-08"])),
        max_size=4,
    ),
)
def test_adding_context_never_changes_a_claimed_fact(
    claims: list[tuple[str, str]], context: list[tuple[str, str]]
) -> None:
    """Status, consensus and each source's standing are those of the claims alone."""
    claimed = [_mention(s, Kind.DATE, DateValue(d)) for s, d in claims]
    extra = [_mention(s, Kind.DATE, DateValue(d), Role.CONTEXT) for s, d in context]
    alone = align_mentions(claimed, ["a", "b", "c"])[0]
    both = align_mentions(claimed + extra, ["a", "b", "c"])[0]
    assert (both.status, both.value, both.by_source) == (alone.status, alone.value, alone.by_source)


# (sentence, the counts as (amount, label)): two counts of one sentence, two facts, each
# keyed by what is counted and what befell them.
COUNT_KEYS = [
    (
        "The quake killed 41 people and injured 300 in the valley.",
        [(41.0, "people killed"), (300.0, "injured")],
    ),
    (
        "Police arrested 12 people and injured 3 others during the protest.",
        [(3.0, "people injured"), (12.0, "people arrested")],
    ),
    (
        "Officers detained 40 protesters and evacuated 200 residents.",
        [(40.0, "protesters detained"), (200.0, "residents evacuated")],
    ),
    (
        "The fire destroyed 30 homes and killed 2 firefighters.",
        [(2.0, "firefighters killed"), (30.0, "homes")],
    ),
    ("The crash left 7 dead and 40 wounded on the highway.", [(7.0, "dead"), (40.0, "wounded")]),
]


@pytest.mark.parametrize(("text", "counts"), COUNT_KEYS)
def test_counts_are_keyed_by_what_befell_whom(text: str, counts: list[tuple[float, str]]) -> None:
    articles = [_article(s, "2024-05-08", text) for s in "ab"]
    facts = [f for f in compare_articles(articles).facts if f.kind is Kind.QUANTITY]
    assert sorted((f.value.amount, f.label) for f in facts) == counts  # type: ignore[union-attr]
    assert all(f.status is Status.AGREE for f in facts)


def test_three_killed_and_twenty_injured_are_two_facts() -> None:
    text = "Three people were killed and 20 were injured when the bus crashed on Tuesday."
    other = "The crash killed three people and injured 20 others, police said on Tuesday."
    articles = [
        Article(id="a", path="a.txt", text=text, published="2024-05-08"),
        Article(id="b", path="b.txt", text=other, published="2024-05-08"),
    ]
    facts = [f for f in compare_articles(articles).facts if f.kind is Kind.QUANTITY]
    counts = sorted((f.value.amount, f.label, f.status.value) for f in facts)  # type: ignore[union-attr]
    assert counts == [(3.0, "people killed", "agree"), (20.0, "people injured", "agree")]


# (sentence, amount, label): what a sum of money is for becomes its label.
MONEY = [
    ("The suspect was released on $50,000 bail on Friday.", 50000.0, "bail (USD)"),
    ("Bail was set at $1 million for the driver.", 1000000.0, "bail (USD)"),
    ("Police offered a reward of $10,000 for information.", 10000.0, "reward (USD)"),
    ("The court fined him €5,000 for the tackle.", 5000.0, "fine (EUR)"),
    ("The city agreed to a $2 million settlement with the family.", 2000000.0, "settlement (USD)"),
    ("The startup was sold for $334 million.", 334000000.0, "USD"),
]


@pytest.mark.parametrize(("text", "amount", "label"), MONEY)
def test_money_says_what_it_is_for(text: str, amount: float, label: str) -> None:
    articles = [Article(id="a", path="a.txt", text=text), Article(id="b", path="b.txt", text="")]
    facts = [f for f in compare_articles(articles).facts if f.kind is Kind.QUANTITY]
    assert [(f.value.amount, f.label) for f in facts] == [(amount, label)]  # type: ignore[union-attr]


def _article(source: str, published: str, text: str, title: str | None = None) -> Article:
    return Article(id=source, path=f"{source}.txt", text=text, published=published, title=title)


def _dates(mentions: list[Mention], source: str) -> list[tuple[str | None, str, str | None]]:
    return [
        (m.value.date, m.role.value, m.reason)  # type: ignore[union-attr]
        for m in mentions
        if m.kind is Kind.DATE and m.source == source
    ]


def test_a_source_that_names_the_event_day_claims_it() -> None:
    a = _article("a", "2024-05-08", "A gunman opened fire at a school on Tuesday.")
    b = _article("b", "2024-05-08", "The shooting at the school happened on Tuesday.")
    c_text = "Vigils were held on Wednesday. The shooting on Tuesday shocked the town."
    c = _article("c", "2024-05-09", c_text)
    mentions = [
        _mention_at(a, "Tuesday", "2024-05-07"),
        _mention_at(b, "Tuesday", "2024-05-07"),
        _mention_at(c, "Wednesday", "2024-05-08"),
        _mention_at(c, "Tuesday", "2024-05-07", Role.CONTEXT, "other_date"),
    ]
    event, settled = decide_event([a, b, c], mentions)
    assert event is not None and event.date == "2024-05-07"
    assert _dates(settled, "c") == [
        ("2024-05-08", "context", "later_step"),
        ("2024-05-07", "claim", None),
    ]


def _mention_at(
    article: Article, words: str, date: str, role: Role = Role.CLAIM, reason: str | None = None
) -> Mention:
    start = article.text.index(words)
    span = Span(start, start + len(words))
    return Mention(Kind.DATE, article.id, words, span, DateValue(date), role, reason)


def test_another_day_stays_a_claim_only_when_it_dates_the_event_itself() -> None:
    a = _article("a", "2024-05-08", "The earthquake struck on Tuesday.", "Earthquake hits coast")
    b = _article("b", "2024-05-08", "The earthquake struck the coast on Tuesday.")
    c = _article("c", "2024-05-09", "The earthquake struck on Monday, officials said.")
    d = _article("d", "2024-05-09", "Rescuers searched the rubble on Wednesday.")
    mentions = [
        _mention_at(a, "Tuesday", "2024-05-07"),
        _mention_at(b, "Tuesday", "2024-05-07"),
        _mention_at(c, "Monday", "2024-05-06"),
        _mention_at(d, "Wednesday", "2024-05-08"),
    ]
    event, settled = decide_event([a, b, c, d], mentions)
    assert event is not None
    assert (event.label, event.date) == ("earthquake", "2024-05-07")
    assert _dates(settled, "c") == [("2024-05-06", "claim", None)]  # a real disagreement
    assert _dates(settled, "d") == [("2024-05-08", "context", "later_step")]
    facts = align_mentions(settled, ["a", "b", "c", "d"])
    assert [f.status for f in facts if f.kind is Kind.DATE] == [Status.CONFLICT]


def test_a_dateline_naming_the_event_place_is_a_claim_another_stays_context() -> None:
    here = LocationValue("Lyon", "France")
    there = LocationValue("Paris", "France")
    mentions = [
        replace(_mention("a", Kind.LOCATION, here), text="Lyon"),
        replace(_mention("b", Kind.LOCATION, here, Role.CONTEXT), reason="dateline"),
        replace(_mention("c", Kind.LOCATION, there, Role.CONTEXT), reason="dateline"),
        _mention("c", Kind.LOCATION, here),  # c places the event in its body
    ]
    articles = [_article(s, "2024-05-08", "words") for s in "abc"]
    event, settled = decide_event(articles, mentions)
    assert event is not None and (event.place, event.country) == ("Lyon", "France")
    assert [(m.source, m.role.value) for m in settled] == [
        ("a", "claim"),
        ("b", "claim"),
        ("c", "context"),
        ("c", "claim"),
    ]


def test_a_step_that_is_the_event_is_a_claim() -> None:
    text = "At the hearing in Salem on Monday, the board heard 40 witnesses."
    article = _article("a", "2024-05-08", text, "Board hearing draws crowd")
    start = text.index("Salem")
    place = Mention(
        Kind.LOCATION,
        "a",
        "Salem",
        Span(start, start + 5),
        LocationValue("Salem", "United States"),
        Role.CONTEXT,
        "later_step",
    )
    event, settled = decide_event([article], [place])
    assert event is not None and event.label == "hearing"
    assert settled[0].is_claim


def test_event_and_roles_survive_json() -> None:
    a = _article("a", "2024-05-08", "The earthquake struck the coast of Chile on Tuesday.")
    b = _article(
        "b", "2024-05-08", "A powerful earthquake hit Chile on Tuesday, a year after 12 died."
    )
    comparison = compare_articles([a, b])
    assert comparison.event is not None and comparison.event.label == "earthquake"
    again = comparison_from_dict(comparison_to_dict(comparison))
    assert again.event == comparison.event
    assert again.facts == comparison.facts
    roles = {(m.text, m.role, m.reason) for f in again.facts for m in f.mentions}
    assert ("12 died", Role.CONTEXT, "other_event") in roles
    assert ("Chile", Role.CLAIM, None) in roles


def test_documents_without_roles_read_back_as_claims() -> None:
    comparison = Comparison(
        sources=(_article("a", "2024-05-08", ""),),
        facts=tuple(align_mentions([_mention("a", Kind.QUANTITY, QuantityValue(3, "x"))], ["a"])),
    )
    document = comparison_to_dict(comparison)
    del document["event"]
    for fact in document["facts"]:
        del fact["role"]
        for mention in fact["mentions"]:
            del mention["role"], mention["reason"]
    again = comparison_from_dict(document)
    assert again.event is None
    assert all(m.is_claim for f in again.facts for m in f.mentions)


@pytest.mark.parametrize(
    ("filed", "body"),
    [
        (LocationValue("Boston", "United States", "Massachusetts"),  # a coach's answer to a
         LocationValue("Denver", "United States", "Colorado")),  # final played long before
        (LocationValue("Washington", "United States", "District of Columbia"),  # a bill signed
         LocationValue("Newark", "United States", "New Jersey")),  # after a storm elsewhere
        (LocationValue("Lyon", "France"), LocationValue("Geneva", "Switzerland")),  # a verdict
    ],
)  # fmt: skip
def test_a_dateline_two_sources_share_outvotes_a_place_one_body_names(
    filed: LocationValue, body: LocationValue
) -> None:
    mentions = [
        replace(_mention("a", Kind.LOCATION, filed, Role.CONTEXT), reason="dateline"),
        _mention("a", Kind.LOCATION, body),
        _mention("a", Kind.LOCATION, body),
        replace(_mention("b", Kind.LOCATION, filed, Role.CONTEXT), reason="dateline"),
        _mention("c", Kind.LOCATION, body),
    ]
    articles = [_article(s, "2024-05-08", "words") for s in "abc"]
    event, settled = decide_event(articles, mentions)
    assert event is not None and event.place == filed.place
    assert [m.is_claim for m in settled] == [True, False, False, True, False]


def test_a_dateline_one_source_alone_gives_does_not_outvote_the_body() -> None:
    filed = LocationValue("Boston", "United States", "Massachusetts")
    body = LocationValue("Denver", "United States", "Colorado")
    mentions = [
        replace(_mention("a", Kind.LOCATION, filed, Role.CONTEXT), reason="dateline"),
        _mention("a", Kind.LOCATION, body),
        _mention("b", Kind.LOCATION, body),
    ]
    event, _ = decide_event([_article(s, "2024-05-08", "words") for s in "ab"], mentions)
    assert event is not None and event.place == "Denver"


def test_a_source_placed_only_by_its_dateline_claims_the_dateline() -> None:
    mentions = [
        replace(
            _mention("a", Kind.LOCATION, LocationValue("Quito", "Ecuador"), Role.CONTEXT),
            reason="dateline",
        ),
        _mention("b", Kind.LOCATION, LocationValue("Quito", "Ecuador")),
    ]
    articles = [_article(s, "2024-05-08", "words") for s in "ab"]
    _, settled = decide_event(articles, mentions)
    assert [m.is_claim for m in settled] == [True, True]
    assert _status(settled, Kind.LOCATION) is Status.AGREE


def test_a_place_abroad_is_context_unless_its_sentence_names_the_event() -> None:
    texts = {
        "a": "The flood hit Porto Alegre on Monday.",
        "b": "The flood swept through Porto Alegre.",
        "c": "The president, on a visit to Lisbon, sent condolences.",
        "d": "The flood in Lisbon was smaller.",
        "e": "Rescuers reached Porto Alegre by boat.",
    }
    articles = [_article(s, "2024-05-08", text, "Flood kills dozens") for s, text in texts.items()]
    here, there = LocationValue("Porto Alegre", "Brazil"), LocationValue("Lisbon", "Portugal")
    mentions = []
    for article in articles:
        words = "Porto Alegre" if "Porto" in article.text else "Lisbon"
        start = article.text.index(words)
        value = here if words == "Porto Alegre" else there
        mentions.append(
            Mention(Kind.LOCATION, article.id, words, Span(start, start + len(words)), value)
        )
    event, settled = decide_event(articles, mentions)
    assert event is not None and (event.label, event.place) == ("flood", "Porto Alegre")
    assert [(m.source, m.role.value, m.reason) for m in settled] == [
        ("a", "claim", None),
        ("b", "claim", None),
        ("c", "context", "other_place"),
        ("d", "claim", None),  # places the flood abroad: a real disagreement stays a claim
        ("e", "claim", None),
    ]


# (sentence, the event's word in the title, whether the length is a claim)
LENGTHS = [
    (
        "The 17-year war has killed thousands, and the attack on Monday lasted two hours.",
        "Attack",
        False,
    ),
    ("The two-year strike ended on Monday.", "Strike", True),
    ("The attack on Monday lasted two hours.", "Attack", True),
]


@pytest.mark.parametrize(("text", "title", "claim"), LENGTHS)
def test_a_long_length_is_the_events_only_when_it_names_it(
    text: str, title: str, claim: bool
) -> None:
    article = _article("a", "2024-05-08", text, f"{title} ends")
    other = _article("b", "2024-05-08", f"The {title.lower()} ended.")
    lengths = [f for f in compare_articles([article, other]).facts if f.kind is Kind.DURATION]
    first = min((m for f in lengths for m in f.mentions), key=lambda m: m.span.start)
    assert first.is_claim is claim


def test_a_place_in_another_state_is_context_one_in_the_same_state_stays_a_claim() -> None:
    event = LocationValue("Orlando", "United States", "Florida")
    texts = {
        "a": ("The shooting in Orlando shocked the nation.", "Orlando", event),
        "b": ("Gunfire erupted at a club in Orlando.", "Orlando", event),
        "c": (
            "The candidate spoke in Manchester the next day.",
            "Manchester",
            LocationValue("Manchester", "United States", "New Hampshire"),
        ),
        "d": (
            "Vigils were held in Tampa.",
            "Tampa",
            LocationValue("Tampa", "United States", "Florida"),
        ),
    }
    articles = [
        _article(s, "2024-05-08", text, "Shooting at club") for s, (text, _, _) in texts.items()
    ]
    mentions = []
    for source, (text, words, value) in texts.items():
        start = text.index(words)
        mentions.append(
            Mention(Kind.LOCATION, source, words, Span(start, start + len(words)), value)
        )
    _, settled = decide_event(articles, mentions)
    assert [(m.source, m.reason) for m in settled] == [
        ("a", None),
        ("b", None),
        ("c", "other_place"),
        ("d", None),  # a town of the same state may be where it happened: containment decides
    ]


def test_without_an_event_word_a_different_day_stays_a_claim() -> None:
    """Nothing tells a later step from the event itself: the disagreement is shown."""
    a = _article("a", "2024-05-08", "The senator resigned on Tuesday.")
    b = _article("b", "2024-05-08", "The senator resigned on Tuesday, aides said.")
    c = _article("c", "2024-05-09", "The senator resigned on Monday.")
    mentions = [
        _mention_at(a, "Tuesday", "2024-05-07"),
        _mention_at(b, "Tuesday", "2024-05-07"),
        _mention_at(c, "Monday", "2024-05-06"),
    ]
    event, settled = decide_event([a, b, c], mentions)
    assert event is not None and (event.label, event.date) == (None, "2024-05-07")
    assert _dates(settled, "c") == [("2024-05-06", "claim", None)]
    assert _status(settled, Kind.DATE) is Status.CONFLICT
