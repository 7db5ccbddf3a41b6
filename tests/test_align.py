"""Alignment: which mentions are one fact, and how their sources relate."""

from __future__ import annotations

import random

import pytest

from newscmp.align import align_mentions, group_names, normalize, organisation_key
from newscmp.model import (
    DateValue,
    DurationValue,
    FollowUpValue,
    Kind,
    Mention,
    ParticipantValue,
    Qualifier,
    QuantityValue,
    QuoteValue,
    Span,
    Status,
    Value,
    VenueValue,
)
from newscmp.pipeline import complete_years


def mention(kind: Kind, source: str, value: Value, text: str = "words") -> Mention:
    return Mention(kind, source, text, Span(0, len(text)), value)


def person(source: str, name: str, role: str | None, affiliation: str | None = None) -> Mention:
    return mention(Kind.PARTICIPANT, source, ParticipantValue(name, role, affiliation), name)


def only_fact(mentions: list[Mention], sources: list[str]):
    facts = align_mentions(mentions, sources)
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        (["Wendy Sherman", "Sherman", "Ms Sherman"], 1),
        (["Wendy Sherman", "W. Sherman"], 1),
        (["Joe Biden", "Hunter Biden", "Biden"], 3),  # a shared surname alone is ambiguous
        (["Ana Torres", "Luis Torres"], 2),
        (["Kylian Mbappé", "Kylian Mbappe"], 1),  # accents do not split a person
        (["Maria Schmidt", "Karl Weber"], 2),
    ],
)
def test_group_names(names: list[str], groups: int) -> None:
    assert len(set(group_names(names).values())) == groups


def test_role_conflict_is_flagged_and_consensus_is_the_majority() -> None:
    mentions = [
        person("a", "Wendy Sherman", "Deputy Secretary of State", "United States"),
        person("b", "Wendy Sherman", "Deputy Secretary of State", "United States"),
        person("c", "Wendy Sherman", "Under Secretary of State", "United States"),
        person("c", "Sherman", "Under Secretary of State", "United States"),
    ]
    fact = only_fact(mentions, ["a", "b", "c", "d"])
    assert fact.status is Status.CONFLICT
    assert fact.value == ParticipantValue(
        "Wendy Sherman", "Deputy Secretary of State", "United States"
    )
    assert dict(fact.by_source) == {"a": Status.AGREE, "b": Status.AGREE, "c": Status.CONFLICT}
    assert fact.missing(("a", "b", "c", "d")) == ("d",)
    assert fact.missing(("d", "c", "e")) == ("d", "e")
    assert fact.id == "participant:wendy-sherman"


def test_missing_role_is_partial_not_conflict() -> None:
    mentions = [
        person("a", "Ana Torres", "Minister of Health", "Peru"),
        person("b", "Ana Torres", None, "Peru"),
    ]
    assert only_fact(mentions, ["a", "b"]).status is Status.PARTIAL


def test_one_source_is_single() -> None:
    fact = only_fact([person("a", "Tim Cook", "CEO", "Apple")], ["a", "b"])
    assert fact.status is Status.SINGLE
    assert fact.by_source == (("a", Status.SINGLE),)


@pytest.mark.parametrize(
    ("values", "status"),
    [
        ([(8, Qualifier.EXACT), (8, Qualifier.EXACT)], Status.AGREE),
        ([(8, Qualifier.EXACT), (8, Qualifier.AT_MOST)], Status.PARTIAL),
        ([(8, Qualifier.EXACT), (None, Qualifier.VAGUE)], Status.PARTIAL),
        ([(48, Qualifier.EXACT), (24, Qualifier.EXACT)], Status.CONFLICT),
    ],
)
def test_duration_status(values: list[tuple[float | None, Qualifier]], status: Status) -> None:
    mentions = [
        mention(Kind.DURATION, f"s{i}", DurationValue(hours, qualifier))
        for i, (hours, qualifier) in enumerate(values)
    ]
    assert only_fact(mentions, [f"s{i}" for i in range(len(values))]).status is status


@pytest.mark.parametrize(
    ("values", "status"),
    [
        # "some 100,000 soldiers", "the 100,000 troops", "more than", "nearly": hedges differ
        (
            [
                (100_000, "soldiers", Qualifier.ABOUT),
                (100_000, "troops", Qualifier.EXACT),
                (100_000, "Russian troops", Qualifier.AT_LEAST),
                (100_000, "troops", Qualifier.AT_MOST),
            ],
            Status.PARTIAL,
        ),
        ([(11, "people killed", Qualifier.EXACT), (24, "dead", Qualifier.EXACT)], Status.CONFLICT),
        (
            [(30, "dead", Qualifier.AT_LEAST), (34, "people killed", Qualifier.EXACT)],
            Status.PARTIAL,
        ),
        ([(3000, "workers", Qualifier.EXACT), (3000, "workers", Qualifier.EXACT)], Status.AGREE),
    ],
)
def test_quantity_status(values: list[tuple[float, str, Qualifier]], status: Status) -> None:
    mentions = [
        mention(Kind.QUANTITY, f"s{i}", QuantityValue(amount, unit, qualifier))
        for i, (amount, unit, qualifier) in enumerate(values)
    ]
    assert only_fact(mentions, [f"s{i}" for i in range(len(values))]).status is status


def test_quantities_of_different_things_are_different_facts() -> None:
    mentions = [
        mention(Kind.QUANTITY, "a", QuantityValue(5, "people killed", Qualifier.EXACT)),
        mention(Kind.QUANTITY, "b", QuantityValue(3000, "workers", Qualifier.EXACT)),
    ]
    assert len(align_mentions(mentions, ["a", "b"])) == 2


def test_one_source_counting_twice_splits_by_amount() -> None:
    mentions = [
        mention(Kind.QUANTITY, "a", QuantityValue(5, "people killed", Qualifier.EXACT)),
        mention(Kind.QUANTITY, "a", QuantityValue(2000, "deaths", Qualifier.EXACT)),
        mention(Kind.QUANTITY, "b", QuantityValue(2100, "dead", Qualifier.EXACT)),
    ]
    facts = align_mentions(mentions, ["a", "b"])
    assert sorted(len(fact.sources) for fact in facts) == [1, 2]


def test_venue_phrasings_are_one_venue() -> None:
    names = ["US Permanent Mission", "U.S. Mission", "US diplomatic mission"]
    mentions = [mention(Kind.VENUE, f"s{i}", VenueValue(n, "Geneva")) for i, n in enumerate(names)]
    fact = only_fact(mentions, ["s0", "s1", "s2"])
    assert fact.status is Status.AGREE
    assert fact.value == VenueValue("US Permanent Mission", "Geneva")


def test_different_venues_conflict() -> None:
    names = ["Wembley Stadium", "Olympic Stadium"]
    mentions = [mention(Kind.VENUE, f"s{i}", VenueValue(n, "London")) for i, n in enumerate(names)]
    assert only_fact(mentions, ["s0", "s1"]).status is Status.CONFLICT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("OSCE", "Organization for Security and Co-operation in Europe"),
        ("Organization for Security and Cooperation in Europe", "OSCE"),
        ("Russia-NATO", "NATO-Russia"),
        ("IMF", "International Monetary Fund"),
        ("Organization for Security and Co-Operation in Europe", "OSCE"),
        ("Organization for Security and Co-operation in Europe (OSCE)", "OSCE"),
    ],
)
def test_organisation_keys(a: str, b: str) -> None:
    assert organisation_key(a) == organisation_key(b)


def test_follow_up_without_date_is_partial() -> None:
    mentions = [
        mention(Kind.FOLLOW_UP, "a", FollowUpValue("Brussels", "2022-01-12", "Wednesday", "NATO")),
        mention(
            Kind.FOLLOW_UP, "b", FollowUpValue("Brussels", "2022-01-12", "Wednesday", "NATO-Russia")
        ),
        mention(Kind.FOLLOW_UP, "c", FollowUpValue("Brussels", None, None, None)),
    ]
    fact = only_fact(mentions, ["a", "b", "c"])
    assert fact.status is Status.PARTIAL


def test_characterisations_of_one_speaker_align_as_variants() -> None:
    quotes = ["open and direct", "frank and direct", "frank and forthright"]
    mentions = [
        mention(Kind.QUOTE, f"s{i}", QuoteValue("Wendy Sherman", q)) for i, q in enumerate(quotes)
    ]
    mentions.append(
        mention(
            Kind.QUOTE,
            "s0",
            QuoteValue(
                "Wendy Sherman", "This week, Russia will hear a unified message from the allies"
            ),
        )
    )
    facts = align_mentions(mentions, ["s0", "s1", "s2"])
    variants = [fact for fact in facts if len(fact.sources) == 3]
    assert len(variants) == 1 and variants[0].status is Status.PARTIAL


def test_dates_without_year_take_it_from_other_sources() -> None:
    mentions = [
        mention(Kind.DATE, "a", DateValue("2023-02-06")),
        mention(Kind.DATE, "b", DateValue("--02-06"), "Monday (Feb 6)"),
    ]
    completed = complete_years(mentions)
    assert [m.value for m in completed] == [DateValue("2023-02-06"), DateValue("2023-02-06")]
    assert only_fact(completed, ["a", "b"]).status is Status.AGREE


def test_order_of_sources_does_not_change_the_facts() -> None:
    mentions = [
        person("a", "Wendy Sherman", "Deputy Secretary of State", "United States"),
        person("b", "Sherman", None, None),
        person("c", "Wendy Sherman", "Under Secretary of State", "United States"),
        mention(Kind.QUANTITY, "a", QuantityValue(100_000, "troops", Qualifier.ABOUT)),
        mention(Kind.QUANTITY, "c", QuantityValue(100_000, "soldiers", Qualifier.AT_LEAST)),
    ]
    sources = ["a", "b", "c"]
    expected = {(f.id, f.status, f.value) for f in align_mentions(mentions, sources)}
    rng = random.Random(7)
    for _ in range(5):
        rng.shuffle(mentions)
        rng.shuffle(sources)
        assert {(f.id, f.status, f.value) for f in align_mentions(mentions, sources)} == expected


def test_normalize() -> None:
    assert normalize("U.S. Mission") == normalize("US mission") == "us mission"
    assert normalize("Genève’s") == "geneve's"


def test_parallel_extraction_gives_the_same_comparison() -> None:
    from pathlib import Path

    from newscmp.load import load_paths
    from newscmp.pipeline import compare_articles

    root = Path(__file__).parent.parent
    folders = [root / "seeds", *sorted((root / "tests" / "fixtures" / "clusters").glob("*/"))]
    articles, _ = load_paths([str(folder) for folder in folders])
    assert compare_articles(articles, jobs=2) == compare_articles(articles, jobs=1)


def test_extraction_runs_the_collector_less_often_and_restores_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    from newscmp import pipeline
    from newscmp.model import Article

    seen: list[tuple[int, int, int]] = []
    monkeypatch.setattr(pipeline, "extract", lambda article: seen.append(gc.get_threshold()) or [])
    before = gc.get_threshold()
    articles = [Article(id=f"a{n}", path=f"a{n}.txt", text="Text.") for n in range(3)]
    assert pipeline.extract_all(articles, jobs=1) == []
    assert len(seen) == 3
    assert all(during[0] >= pipeline.FIRST_GC_THRESHOLD for during in seen)
    assert all(during[1:] == before[1:] for during in seen)
    assert gc.get_threshold() == before


@pytest.mark.parametrize(
    ("quote", "other", "same"),
    [
        ("frank and direct", "open and direct", True),
        ("long and difficult", "tough but fair", True),  # two characterisations: variants
        # one content word in common is two statements, not one (issue 16)
        ("The conversation was difficult, but very professional", "long and difficult", False),
        ("The conversation was difficult but professional", "a difficult, professional talk", True),
        ("very seriously", "A real gesture towards Russia must be made", False),
        ("We will rebuild every school", "Every school will be rebuilt", True),
        ("We will rebuild every school", "The weather was against us", False),
        ("satisfied", "quickly", False),
    ],
)
def test_quotes_of_one_speaker_about_the_same_thing(quote: str, other: str, same: bool) -> None:
    mentions = [
        mention(Kind.QUOTE, "a", QuoteValue("Ana Torres", quote)),
        mention(Kind.QUOTE, "b", QuoteValue("Ana Torres", other)),
    ]
    assert (len(align_mentions(mentions, ["a", "b"])) == 1) is same


def test_two_exact_counts_in_one_source_stay_two_facts() -> None:
    mentions = [
        mention(Kind.QUANTITY, "a", QuantityValue(118_402, "votes", Qualifier.EXACT)),
        mention(Kind.QUANTITY, "a", QuantityValue(107_390, "votes", Qualifier.EXACT)),
        mention(Kind.QUANTITY, "b", QuantityValue(118_402, "votes", Qualifier.EXACT)),
    ]
    facts = align_mentions(mentions, ["a", "b"])
    assert sorted(len(fact.sources) for fact in facts) == [1, 2]


def test_a_hedged_and_an_exact_toll_in_one_source_are_one_count() -> None:
    mentions = [
        mention(Kind.QUANTITY, "a", QuantityValue(30, "people killed", Qualifier.AT_LEAST)),
        mention(Kind.QUANTITY, "a", QuantityValue(34, "dead", Qualifier.EXACT)),
        mention(Kind.QUANTITY, "b", QuantityValue(34, "people killed", Qualifier.EXACT)),
    ]
    assert len(align_mentions(mentions, ["a", "b"])) == 1


def test_consensus_is_the_amount_most_sources_give_whatever_the_hedge() -> None:
    values = [(12, Qualifier.EXACT), (12, Qualifier.AT_LEAST), (14, Qualifier.EXACT)]
    mentions = [
        mention(Kind.QUANTITY, f"s{i}", QuantityValue(amount, "people killed", qualifier))
        for i, (amount, qualifier) in enumerate(values)
    ]
    fact = only_fact(mentions, ["s0", "s1", "s2"])
    assert fact.value == QuantityValue(12, "people killed", Qualifier.EXACT)
    assert fact.status is Status.CONFLICT
    assert dict(fact.by_source)["s2"] is Status.CONFLICT


def test_conflict_between_two_sources_shows_when_most_give_no_role() -> None:
    mentions = [
        person("a", "Ana Torres", "Health Minister"),
        person("b", "Ana Torres", "Interior Minister"),
        person("c", "Ana Torres", None),
        person("d", "Ana Torres", "Health Minister", "Peru"),
        person("e", "Ana Torres", None),
    ]
    fact = only_fact(mentions, ["a", "b", "c", "d", "e"])
    assert fact.status is Status.CONFLICT
    assert fact.value == ParticipantValue("Ana Torres", "Health Minister", "Peru")
    statuses = dict(fact.by_source)
    assert statuses["b"] is Status.CONFLICT
    assert statuses["c"] is statuses["e"] is Status.PARTIAL  # no role
    assert statuses["a"] is statuses["d"] is Status.AGREE  # the same role, with or without "Peru"


def test_hedges_that_contradict_each_other_are_a_conflict() -> None:
    # "at least 40" and "fewer than 30" cannot both be true, whatever the consensus is.
    values = [(40, Qualifier.AT_LEAST), (30, Qualifier.AT_MOST), (35, Qualifier.ABOUT)]
    mentions = [
        mention(Kind.QUANTITY, f"s{i}", QuantityValue(amount, "people killed", qualifier))
        for i, (amount, qualifier) in enumerate(values)
    ]
    assert only_fact(mentions, ["s0", "s1", "s2"]).status is Status.CONFLICT


def test_follow_up_without_place_joins_by_date_or_organisation() -> None:
    mentions = [
        mention(Kind.FOLLOW_UP, "a", FollowUpValue("Tampere", "2024-02-25", "Sunday", None)),
        mention(Kind.FOLLOW_UP, "b", FollowUpValue(None, "2024-02-25", "Sunday", None)),
        mention(Kind.FOLLOW_UP, "c", FollowUpValue("Helsinki", "2024-02-25", "Sunday", None)),
    ]
    facts = align_mentions(mentions, ["a", "b", "c"])
    assert sorted(len(fact.sources) for fact in facts) == [1, 2]  # two places stay two events


def test_paraphrase_with_other_word_forms_aligns() -> None:
    mentions = [
        mention(Kind.QUOTE, "a", QuoteValue("Megan Colfax", "Van Dijk is the perfect fit for us")),
        mention(Kind.QUOTE, "b", QuoteValue("Megan Colfax", "it fits perfectly")),
    ]
    assert len(align_mentions(mentions, ["a", "b"])) == 1
