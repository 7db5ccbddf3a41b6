"""The quote extractor: quoted words, their spans and their speakers."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.extract.quote import extract_quotes, quote_regions
from newscmp.load import load_article
from newscmp.model import Article, Kind, QuoteValue, Span

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _quotes(text: str) -> list[tuple[str | None, str]]:
    article = Article(id="t", path="t.txt", text=text)
    found = extract_quotes(article)
    for mention in found:
        assert mention.kind is Kind.QUOTE and mention.source == "t"
        assert text[mention.span.start : mention.span.end] == mention.text
    return [
        (mention.value.speaker, mention.value.quote or "")
        for mention in found
        if isinstance(mention.value, QuoteValue)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # from the samples
        (
            "US Deputy Secretary of State Wendy Sherman and Russia’s Deputy Foreign Minister "
            "Sergei Ryabkov met. “The conversation was difficult, but very professional,” said "
            "Ryabkov on Monday evening.",
            [("Sergei Ryabkov", "The conversation was difficult, but very professional")],
        ),
        (
            "Deputy Secretary of State Wendy Sherman arrived. Sherman said the discussions had "
            "been “open and direct” but neither side had moved.",
            [("Wendy Sherman", "open and direct")],
        ),
        (
            'US Deputy Secretary of State Wendy Sherman called the exchanges "\n\nfrank and '
            'direct\n\n."',
            [("Wendy Sherman", "frank and direct")],
        ),
        (
            "The talks began. “The talks promise to be long and substantial,” the Russian "
            "diplomatic mission in Geneva tweeted.",
            [("Russian diplomatic mission", "The talks promise to be long and substantial")],
        ),
        (
            "The US accused Moscow of threats, with Russia saying it will make “no concessions "
            "at all”.",
            [("Russia", "no concessions at all")],
        ),
        # one or two words in quotation marks are scare quotes or a title, attributed or not
        (
            "The US accused Moscow of threats, with Russia saying it will make “no concessions”.",
            [],
        ),
        # a coach after a final
        (
            "Real Madrid coach Carlo Ancelotti praised his side. “We suffered, but we never "
            "stopped believing,” Ancelotti told reporters.",
            [("Carlo Ancelotti", "We suffered, but we never stopped believing")],
        ),
        # a judge at sentencing, then a quote paragraph after "she said"
        (
            "Judge Maria Lopez handed down the sentence on Friday. She said the crime was "
            "“cruel and calculated”.\n\n“No sentence can undo the harm done to these families.”",
            [
                ("Maria Lopez", "cruel and calculated"),
                ("Maria Lopez", "No sentence can undo the harm done to these families."),
            ],
        ),
        # a CEO at a launch: "he added" in the same sentence
        (
            "Ford chief executive Jim Farley unveiled the truck in Detroit. “This is the most "
            "important vehicle we have built in a decade,” he added.",
            [("Jim Farley", "This is the most important vehicle we have built in a decade")],
        ),
        # a union leader, a speaker before a colon; "the union leader" by role
        (
            "Union Leader Ana Costa addressed the crowd. She warned: “We will strike again.” "
            "“The government has left us no choice,” the union leader said.",
            [
                ("Ana Costa", "We will strike again."),
                ("Ana Costa", "The government has left us no choice"),
            ],
        ),
        # a rescue official after an earthquake, with "according to"
        (
            "Rescuers dug through the night. “We are still hearing voices under the rubble,” "
            "according to Civil Defence Chief Jorge Ramos.",
            [("Jorge Ramos", "We are still hearing voices under the rubble")],
        ),
        # straight quotes, speaker after the quote and the cue
        (
            'The airline confirmed the crash. "All 83 passengers were accounted for," said '
            "airline spokesman Tom Berg.",
            [("Tom Berg", "All 83 passengers were accounted for")],
        ),
        # unattributed: kept from three words on
        (
            "The “open door policy” of the alliance will continue.",
            [(None, "open door policy")],
        ),
        # translated style: a role before the name, "expressed that"
        (
            "The minister of Health, Carla Mendes, travelled to the flooded zone and expressed "
            "that “the State will rebuild every house”.",
            [("Carla Mendes", "the State will rebuild every house")],
        ),
        # an organisation speaks, through a relative clause, "said in a statement"
        (
            "Nordwind Airlines, which grounded its fleet in 2021, said in a statement that the "
            "crash was “a tragedy for the whole company”.",
            [("Nordwind Airlines", "a tragedy for the whole company")],
        ),
        # a person with a party tag and a relative clause before the cue
        (
            'Sen. Ann Lee, R-Texas, who heads the committee, said, "The vote was a mistake."',
            [("Ann Lee", "The vote was a mistake.")],
        ),
        # the subject of the sentence speaks: accused, praised
        (
            "Union leader Ana Costa accused the employers of “treating nurses like numbers”.",
            [("Ana Costa", "treating nurses like numbers")],
        ),
        (
            "Coach Pia Sundberg praised the “courage and spirit” of her team after the final.",
            [("Pia Sundberg", "courage and spirit")],
        ),
        # "the player" names the person of the sentence before
        (
            "Striker Emeka Okafor was the hero of the final. “It is the best night of my career,” "
            "declared the player after the match.",
            [("Emeka Okafor", "It is the best night of my career")],
        ),
        # an earlier cue when "according to" names nobody
        (
            "Police chief Jari Nieminen told that the suspect was arrested and that according to "
            "the first reports “the gunman acted alone”.",
            [("Jari Nieminen", "the gunman acted alone")],
        ),
        # "the Chilean leader" is the one Chilean with a title
        (
            "Chilean President Ana Soto hosted the summit. During the talks, the Chilean leader "
            "affirmed that “the border must stay open”.",
            [("Ana Soto", "the border must stay open")],
        ),
        # an organisation's quote with no cue after its own quote keeps it as the speaker
        (
            "“The season is over for him,” FC Porto said. “We will appeal the ban in "
            "the coming weeks.”",
            [
                ("FC Porto", "The season is over for him"),
                ("FC Porto", "We will appeal the ban in the coming weeks."),
            ],
        ),
        (
            "“Profits fell by a third this year,” Acme Industries wrote. “The plant in the north "
            "will close by spring.”",
            [
                ("Acme Industries", "Profits fell by a third this year"),
                ("Acme Industries", "The plant in the north will close by spring."),
            ],
        ),
        (
            "“The ruling ignores the facts,” the Civil Rights Union said. “We will take the case "
            "to the higher court.”",
            [
                ("Civil Rights Union", "The ruling ignores the facts"),
                ("Civil Rights Union", "We will take the case to the higher court."),
            ],
        ),
        (
            "“The bill is a tax on working families,” the Labour Party said. “We will vote "
            "against it on Tuesday.”",
            [
                ("Labour Party", "The bill is a tax on working families"),
                ("Labour Party", "We will vote against it on Tuesday."),
            ],
        ),
        (
            "“The river rose two metres overnight,” the Red Cross warned. “Thousands of families "
            "still need clean water.”",
            [
                ("Red Cross", "The river rose two metres overnight"),
                ("Red Cross", "Thousands of families still need clean water."),
            ],
        ),
    ],
)
def test_quotes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia’s troops and the alliance’s demands don’t change that.",  # apostrophes
        'The crew replaced a 12" pipe and two 6" valves after the flood.',  # inches
        "Talks between the two sides were described as “professional”.",  # a scare quote
        "The takeover was called a “fair deal” by no one.",  # two words, no speaker
        "He said “this never closes and the marks are unbalanced " + "word " * 300,
        "The verdict was read out. Nothing in it was quoted.",
        # a name in quotation marks, with or without a speaker
        "The town lies on the Pacific “Ring of Fire” and is often shaken.",
        "Senator Ann Lee said on “Fox News Sunday” that she would run.",
    ],
)
def test_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_headline_quote_is_left_to_the_story() -> None:
    text = (
        "Lee wins: “Tonight the city chose hope”\n\nAnn Lee won the runoff. “Tonight the city "
        "chose hope over fear,” Lee said."
    )
    title = "Lee wins: “Tonight the city chose hope”"
    article = Article(id="t", path="t.txt", text=text, title=title)
    found = [m.value for m in extract_quotes(article)]
    assert found == [QuoteValue("Ann Lee", "Tonight the city chose hope over fear")]


def test_quote_regions_pair_marks_in_one_pass() -> None:
    text = '«Oui», he said, then "no" and “yes”, but not 5" or Russia’s.'
    pairs = [(text[start + 1 : end]) for start, end in quote_regions(text)]
    assert pairs == ["Oui", "no", "yes"]


def test_quote_left_open_too_long_is_dropped() -> None:
    text = "“" + "a " * 700 + "” he said."
    assert quote_regions(text) == []


def test_quote_across_boilerplate_is_dropped() -> None:
    text = "She said “this is a long quote\nAdvertising\nthat goes on” today."
    start = text.index("Advertising")
    article = Article(
        id="t", path="t.txt", text=text, boilerplate=(Span(start, start + len("Advertising")),)
    )
    assert extract_quotes(article) == []


SAMPLE_QUOTES = {
    "000_62d2b6d06a40e93b": [
        ("Sergei Ryabkov", "The conversation was difficult, but very professional, profound"),
        ("Sergei Ryabkov", "I would say: no, we have not been able to improve the situation."),
        ("Wendy Sherman", "open and direct"),
        ("Wendy Sherman", "This week, Russia will hear a unified message from the United"),
    ],
    "001_77606723364a9be7": [
        ("Wendy Sherman", "frank and direct"),
        ("Sergei Ryabkov", "long and difficult"),
        ("Sergei Ryabkov", "A real gesture towards Russia must be made"),
        (None, "open door policy"),
    ],
    "002_c21aa0d88ccc5bb2": [],
    "003_62849ba5c0e8d2b1": [
        ("Wendy Sherman", "frank and forthright"),
        ("Wendy Sherman", "If Russia stays at the table and takes concrete steps to deescal"),
    ],
    "004_ec0cd77a669150c2": [
        ("Russian diplomatic mission", "The talks promise to be long and substantial"),
        ("Wendy Sherman", "the US will listen to Russia’s concerns and share our own"),
        ("Sergei Ryabkov", "We need legal guarantees of the non-expansion of Nato and the el"),
        ("Sergei Ryabkov", "If they are unable to do this, they will face a worsening situat"),
    ],
}


@pytest.mark.parametrize("name", sorted(SAMPLE_QUOTES))
def test_sample_quotes(name: str) -> None:
    article = load_article(SEEDS / f"{name}.txt")
    found = extract_quotes(article)
    for mention in found:
        assert article.text[mention.span.start : mention.span.end] == mention.text
        assert not article.is_boilerplate(mention.span)
    values = [m.value for m in found if isinstance(m.value, QuoteValue)]
    expected = SAMPLE_QUOTES[name]
    assert [value.speaker for value in values] == [speaker for speaker, _ in expected]
    for value, (_, quote) in zip(values, expected, strict=True):
        assert (value.quote or "").startswith(quote)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*'ab C."“”«»‘’\n,:', "said", " he ", "Ann Lee"])).map("".join))
def test_spans_are_valid_on_arbitrary_text(text: str) -> None:
    article = Article(id="t", path="t.txt", text=text)
    for mention in extract_quotes(article):
        assert text[mention.span.start : mention.span.end] == mention.text
        assert mention.text.strip() == mention.text and mention.text


def _seconds(text: str) -> float:
    """The best of a few runs: the least disturbed by other work on a busy machine."""
    article = Article(id="t", path="t.txt", text=text)
    times = []
    for _ in range(5):
        begin = time.perf_counter()
        extract_quotes(article)
        times.append(time.perf_counter() - begin)
    return min(times)


@pytest.mark.parametrize("filler", ['"', "“”", "Word "])
def test_pathological_input_is_linear(filler: str) -> None:
    size = 100_000
    normal = (
        "The minister met her counterpart on Monday. “We made progress,” she said. "
        "Talks will resume next week in the capital, officials said.\n"
    )
    baseline = _seconds((normal * (size // len(normal) + 1))[:size])
    odd = _seconds((filler * (size // len(filler) + 1))[:size])
    # or under 1.5 s, which no linear pass over 100,000 characters reaches on a busy machine
    assert odd < max(5 * baseline + 0.05, 1.5)
