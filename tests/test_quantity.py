"""The quantity extractor: a number and what it counts, and numbers that count nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spans import check_spans

from newscmp.extract.quantity import extract_quantities
from newscmp.model import Article, Kind, Qualifier, QuantityValue, Span
from newscmp.text.units import canonical_unit

EXACT, ABOUT, AT_LEAST, AT_MOST, VAGUE = (
    Qualifier.EXACT,
    Qualifier.ABOUT,
    Qualifier.AT_LEAST,
    Qualifier.AT_MOST,
    Qualifier.VAGUE,
)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
Row = tuple[str, float | None, str, Qualifier]

# (sentence, [(mention text, amount, unit, qualifier), ...])
QUANTITIES: list[tuple[str, list[Row]]] = [
    # from the samples
    (
        "justifying the sending of some 100,000 soldiers to the border between the two countries.",
        [("some 100,000 soldiers", 100_000, "soldiers", ABOUT)],
    ),
    (
        "they are going to have to listen to ours about the 100,000 troops that Russia has amassed",
        [("100,000 troops", 100_000, "troops", EXACT)],
    ),
    (
        "He said 60% of Ukrainians were in favor of the country’s membership in NATO.",
        [("60% of Ukrainians", 60, "percent of ukrainians", EXACT)],
    ),
    (
        "With more than 100,000 Russian troops massed on Ukraine’s border, negotiations now shift.",
        [("more than 100,000 Russian troops", 100_000, "russian troops", AT_LEAST)],
    ),
    (
        "discussions in Vienna under the framework of the 57-nation Organization for Security",
        [("57-nation", 57, "nations", EXACT)],
    ),
    (
        "fomented a standoff in Donbas which has claimed 14,000 lives so far",
        [("14,000 lives", 14_000, "lives", EXACT)],
    ),
    (
        "Nearly 100,000 Russian troops are gathered within reach of the border with Ukraine.",
        [("Nearly 100,000 Russian troops", 100_000, "russian troops", AT_MOST)],
    ),
    # an earthquake
    (
        "At least 2,000 people died when the quake struck.",
        [("At least 2,000 people died", 2_000, "people died", AT_LEAST)],
    ),
    (
        "By Friday the death toll rose to 2,137.",
        [("death toll rose to 2,137", 2_137, "deaths", EXACT)],
    ),
    ("The storm left a death toll of 11.", [("death toll of 11", 11, "deaths", EXACT)]),
    (
        "Two people were killed and 14 injured.",
        [
            ("Two people were killed", 2, "people killed", EXACT),
            ("14 injured", 14, "injured", EXACT),
        ],
    ),
    (
        "Five people were killed in the crash.",
        [("Five people were killed", 5, "people killed", EXACT)],
    ),
    (
        "Rescuers pulled dozens of survivors from the rubble.",
        [("dozens of survivors", None, "survivors", VAGUE)],
    ),
    # a transfer, a takeover, a product launch
    ("The club agreed a £100m transfer.", [("£100m", 100_000_000, "GBP", EXACT)]),
    ("He joined for a £40m transfer fee.", [("£40m", 40_000_000, "GBP", EXACT)]),
    ("The €2.5bn takeover was approved.", [("€2.5bn", 2_500_000_000, "EUR", EXACT)]),
    ("It paid $334 million for the firm.", [("$334 million", 334_000_000, "USD", EXACT)]),
    ("The phone is priced at $999.", [("$999", 999, "USD", EXACT)]),
    ("The company sold 10 million units.", [("10 million units", 10_000_000, "units", EXACT)]),
    ("The deal is worth 5 million US dollars.", [("5 million US dollars", 5e6, "USD", EXACT)]),
    # a sports final
    ("A crowd of 80,000 fans watched the final.", [("80,000 fans", 80_000, "fans", EXACT)]),
    (
        "The city sent 1,000-plus police officers.",
        [("1,000-plus police officers", 1_000, "police officers", AT_LEAST)],
    ),
    # a strike, an election
    # what the people counted did joins the unit: a strike, a marathon, a product launch
    (
        "About 3,000 workers walked out.",
        [("About 3,000 workers walked out", 3_000, "workers on strike", ABOUT)],
    ),
    (
        "Some 1,500 nurses employed by the regional health service joined the stoppage on Monday.",
        [
            (
                "Some 1,500 nurses employed by the regional health service joined the stoppage",
                1_500,
                "nurses on strike",
                ABOUT,
            )
        ],
    ),
    (
        "More than 4,000 runners are taking part in the marathon.",
        [("More than 4,000 runners are taking part", 4_000, "runners taking part", AT_LEAST)],
    ),
    (
        "The union said 5,000 members took part in the march.",
        [("5,000 members took part", 5_000, "members taking part", EXACT)],
    ),
    (
        "The maker says 9,000 buyers have already put down a deposit.",
        [
            (
                "9,000 buyers have already put down a deposit",
                9_000,
                "buyers with reservations",
                EXACT,
            )
        ],
    ),
    (
        "The phone drew 40,000 pre-orders in a day.",
        [("40,000 pre-orders", 40_000, "pre-orders", EXACT)],
    ),
    # a list closed by "and" is counted whole: a plane crash, a takeover, a launch
    (
        "The plane carried 180 passengers and crew members.",
        [("180 passengers and crew members", 180, "passengers and crew members", EXACT)],
    ),
    (
        "The merger affects about 2,000 engineers, technicians and managers.",
        [
            (
                "about 2,000 engineers, technicians and managers",
                2_000,
                "engineers, technicians and managers",
                ABOUT,
            )
        ],
    ),
    # ... but not over a verb, a number or a vague count
    (
        "Officials said 50 people died and scores of others were hurt.",
        [("50 people died", 50, "people died", EXACT), ("scores of others", None, "others", VAGUE)],
    ),
    (
        "The summit drew 300 delegates, 40 ministers and 12 heads of state.",
        [
            ("300 delegates", 300, "delegates", EXACT),
            ("40 ministers", 40, "ministers", EXACT),
            ("12 heads", 12, "heads", EXACT),
        ],
    ),
    (
        "Rescuers found 12 survivors, two dogs and a cat.",
        [("12 survivors", 12, "survivors", EXACT)],
    ),
    (
        "Police said 40 protesters and 12 officers were hurt.",
        [
            ("40 protesters", 40, "protesters", EXACT),
            ("12 officers were hurt", 12, "officers hurt", EXACT),
        ],
    ),
    # an election: a bare number counts what the number before it counted
    (
        "Ms Ruiz won 52,300 votes against 48,210 for her rival.",
        [("52,300 votes", 52_300, "votes", EXACT), ("48,210", 48_210, "votes", EXACT)],
    ),
    (
        "The winner took 52,300 votes. The runner-up received 48,210.",
        [("52,300 votes", 52_300, "votes", EXACT), ("48,210", 48_210, "votes", EXACT)],
    ),
    # ... money is never carried over to a bare number
    ("The company paid $5 million. The rival received 300.", [("$5 million", 5e6, "USD", EXACT)]),
    (
        "Tens of thousands of fans lined the streets.",
        [("Tens of thousands of fans", None, "fans", VAGUE)],
    ),
    (
        "She won 52 percent of the vote in the runoff.",
        [("52 percent of the vote", 52, "percent of the vote", EXACT)],
    ),
    (
        "A 12-member jury heard the case.",
        [("12-member", 12, "members", EXACT)],
    ),
    (
        "The rally drew 100,000 or more protesters.",
        [("100,000 or more protesters", 100_000, "protesters", AT_LEAST)],
    ),
    (
        "The suit names three Texas landowners.",
        [("three Texas landowners", 3, "texas landowners", EXACT)],
    ),
    # casualties after a verb, in translated English, and "others" as people
    (
        "A powerful earthquake shook the city before dawn, killing at least 30 people and"
        " injuring more than 200, officials said.",
        [
            ("at least 30 people", 30, "people killed", AT_LEAST),
            ("more than 200", 200, "injured", AT_LEAST),
        ],
    ),
    (
        "A gunman killed three people and wounded five others at a supermarket.",
        [("three people", 3, "people killed", EXACT), ("five others", 5, "people wounded", EXACT)],
    ),
    ("Strong quake kills at least 30 in the south", [("at least 30", 30, "killed", AT_LEAST)]),
    (
        "More than 30 persons lost the life and more than 200 resulted injured.",
        [
            ("More than 30 persons lost the life", 30, "people killed", AT_LEAST),
            ("more than 200 resulted injured", 200, "injured", AT_LEAST),
        ],
    ),
    ("Twelve persons died in the derailment.", [("Twelve persons died", 12, "people died", EXACT)]),
    (
        "Four miners lost their lives in the blast.",
        [("Four miners lost their lives", 4, "miners killed", EXACT)],
    ),
    # a takeover: "employ ... people" counts employees
    (
        "The combined company will employ about 18,000 people.",
        [("about 18,000 people", 18_000, "employees", ABOUT)],
    ),
    # a court verdict: the length of a prison term is what the sources disagree on
    (
        "The former minister was sentenced to 15 years in prison.",
        [("15 years in prison", 15, "years in prison", EXACT)],
    ),
    (
        "The court condemned him to five years of prison for corruption.",
        [("five years of prison", 5, "years in prison", EXACT)],
    ),
    (
        "The judge handed down an 18-month prison sentence.",
        [("18-month prison sentence", 18, "months in prison", EXACT)],
    ),
    # a sports final: a crowd with no noun after it is spectators
    (
        "A crowd of 35,212 watched at the stadium.",
        [("crowd of 35,212", 35_212, "spectators", EXACT)],
    ),
    # currencies named after the amount
    (
        "The win earns the club prize money of 1 million Danish kroner.",
        [("1 million Danish kroner", 1_000_000, "DKK", EXACT)],
    ),
    # what the money is for joins its currency: the fact reads "fine (CHF)", "bail (USD)"
    ("The bank was fined CHF 2 million.", [("CHF 2 million", 2_000_000, "CHF fine", EXACT)]),
    ("He was freed on $50,000 bail.", [("$50,000 bail", 50_000, "USD bail", EXACT)]),
    ("Bail was set at $1 million.", [("$1 million", 1_000_000, "USD bail", EXACT)]),
    ("The family offered a reward of $5,000.", [("$5,000", 5_000, "USD reward", EXACT)]),
    (
        "She won $2 million in damages.",
        [("$2 million in damages", 2_000_000, "USD damages", EXACT)],
    ),
]

# sentences in which no number counts anything
NOT_QUANTITIES = [
    "The two sides remain far apart.",
    "The talks would end abruptly after just one meeting.",
    "A 45-year-old man was arrested.",
    "After eight hours of talks, the sides parted.",
    "Russia, which in 2014 annexed Crimea, denies it.",
    "This content was published on January 10, 2022 - 19:28",
    "2 min",
    "The trial opened on 10 March at 9 a.m.",
    "He finished 21st in the first race.",
    "Washington will never let one country decide in place of another.",
    "He calls for two treaties to prohibit any expansion.",
    "the 100,000-strong army",
    "a 7.8-magnitude earthquake",
    "The firm filed for Chapter 11 bankruptcy.",
    "If there's even one life that can be saved, we must act.",
    # measurements and bare percentages count nothing
    "Turnout reached 68 per cent.",
    "Kestrel's shares rose 6% in afternoon trading.",
    "The quake was centred about 40 kilometers (25 miles) northwest of the city.",
    "An earthquake of magnitude 7 leaves the region in ruins.",
    "He lost more than 110 pounds.",
    "The storm dumped 300 tonnes of snow on the pass.",
    "The plane came down 12 miles from the runway.",
    # a bare number with nothing counted before it; a vague count after a modal is a hope
    "The runner-up received 48,210.",
    "The maker will need to sell tens of thousands of cars to break even.",
    "Analysts say the cuts would hurt millions of older savers.",
]


def _found(text: str) -> list[Row]:
    found = []
    for mention in extract_quantities(Article(id="t", path="t.txt", text=text)):
        assert isinstance(mention.value, QuantityValue)
        value = mention.value
        found.append((mention.text, value.amount, value.unit or "", value.qualifier))
    return found


@pytest.mark.parametrize(("sentence", "expected"), QUANTITIES)
def test_quantities(sentence: str, expected: list[Row]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_quantities(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("000_62d2b6d06a40e93b", []),
        ("001_77606723364a9be7", [("some 100,000 soldiers", 100_000, "soldiers", ABOUT)]),
        (
            "002_c21aa0d88ccc5bb2",
            [
                ("100,000 troops", 100_000, "troops", EXACT),
                ("60% of Ukrainians", 60, "percent of ukrainians", EXACT),
            ],
        ),
        (
            "003_62849ba5c0e8d2b1",
            [
                ("more than 100,000 Russian troops", 100_000, "russian troops", AT_LEAST),
                ("57-nation", 57, "nations", EXACT),
                ("14,000 lives", 14_000, "lives", EXACT),
            ],
        ),
        (
            "004_ec0cd77a669150c2",
            [("Nearly 100,000 Russian troops", 100_000, "russian troops", AT_MOST)],
        ),
    ],
)
def test_sample_articles(seed: str, expected: list[Row]) -> None:
    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    assert _found(text) == expected


def test_the_samples_troops_line_up() -> None:
    units = ["soldiers", "troops", "russian troops"]
    assert {canonical_unit(unit) for unit in units} == {"troops"}
    assert canonical_unit("people killed") == canonical_unit("death toll") == "deaths"


def test_same_people_in_other_words_line_up() -> None:
    on_strike = ["nurses on strike", "runners taking part", "strikers", "participants"]
    assert {canonical_unit(unit) for unit in on_strike} == {"participants"}
    booked = ["buyers with reservations", "pre-orders", "reservations", "bookings"]
    assert {canonical_unit(unit) for unit in booked} == {"reservations"}
    assert canonical_unit("workers") != canonical_unit("drivers")  # no occupation is merged


# (title, text, mentions): a headline's exact amount gives way to the body's hedged one
HEADLINES = [
    (
        "Leaders agree fund of 500 million dollars",
        "Leaders agree fund of 500 million dollars\nThe leaders agreed a fund of some 500 million"
        " dollars on Friday.",
        [("some 500 million dollars", 5e8, "USD", ABOUT)],
    ),
    (  # the body states it unhedged too: both kept
        "Club sold for $2 billion",
        "Club sold for $2 billion\nThe club was sold for $2 billion on Monday.",
        [("$2 billion", 2e9, "USD", EXACT), ("$2 billion", 2e9, "USD", EXACT)],
    ),
    (  # another amount in the body: both kept
        "Quake kills 40 people",
        "Quake kills 40 people\nAt least 45 people were killed in the quake.",
        [
            ("40 people", 40, "people killed", EXACT),
            ("At least 45 people were killed", 45, "people killed", AT_LEAST),
        ],
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), HEADLINES)
def test_headline_amounts(title: str, text: str, expected: list[Row]) -> None:
    article = Article(id="t", path="t.txt", text=text, title=title)
    found = []
    for mention in extract_quantities(article):
        assert isinstance(mention.value, QuantityValue)
        value = mention.value
        found.append((mention.text, value.amount, value.unit or "", value.qualifier))
    assert found == expected


def test_mentions_point_into_the_article_and_skip_boilerplate() -> None:
    text = "Advertising: 500 jobs\nThe plant will cut 500 jobs."
    article = Article(id="q1", path="q1.txt", text=text, boilerplate=(Span(0, 21),))
    mentions = extract_quantities(article)
    assert [(m.text, m.span.start) for m in mentions] == [("500 jobs", 41)]
    assert all(m.kind is Kind.QUANTITY and m.source == "q1" for m in mentions)


_PIECES = st.sampled_from(
    ["some ", "100", ",000", " troops", "$", "€", "£", "2.5", "bn", "m", " million", "%",
     " of ", "Ukrainians", "death toll of ", "five", " people", " were killed", "-nation ",
     "dozens of ", "or more ", ". ", "\n", "more than ", "the "]
)  # fmt: skip


@given(st.lists(_PIECES | st.text(max_size=5), max_size=30), st.integers(0, 40), st.integers(0, 9))
def test_spans_are_always_valid(pieces: list[str], skip_start: int, skip_length: int) -> None:
    check_spans(extract_quantities, "".join(pieces), skip_start, skip_length)
