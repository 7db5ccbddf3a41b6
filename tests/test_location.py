"""find_places, country_of and extract_locations: tables checked by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.extract.location import extract_locations
from newscmp.model import Article, Kind, LocationValue, Mention
from newscmp.text.places import country_of, find_places, is_dateline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (text, [(matched text, city, country)])
PLACES = [
    (
        "Talks between Russia and the United States in Geneva have failed.",
        [
            ("Russia", None, "Russia"),
            ("United States", None, "United States"),
            ("Geneva", "Geneva", "Switzerland"),
        ],
    ),
    ("GENEVA (REUTERS) – After days", [("GENEVA", "Geneva", "Switzerland")]),
    ("WASHINGTON\n\nDiplomats met.", [("WASHINGTON", "Washington", "United States")]),
    (
        "talks at the U.S. Mission in Geneva, Switzerland, January 10, 2022.",
        [("Geneva, Switzerland", "Geneva", "Switzerland")],  # "U.S. Mission" is a longer name
    ),
    (
        "Kathmandu, Nepal — An earthquake struck central Nepal.",
        [("Kathmandu, Nepal", "Kathmandu", "Nepal"), ("Nepal", None, "Nepal")],
    ),
    (
        "He grew up in Paris, Texas, not in Paris, France.",
        [("Paris, Texas", "Paris", "United States"), ("Paris, France", "Paris", "France")],
    ),
    (
        "The court in The Hague and fans in Zürich",
        [("Hague", "The Hague", "The Netherlands"), ("Zürich", "Zürich", "Switzerland")],
    ),
    (
        "Protests spread from Kiev to São Paulo.",
        [("Kiev", "Kyiv", "Ukraine"), ("São Paulo", "São Paulo", "Brazil")],
    ),
    (
        "The strike closed factories in New York on Monday.",
        [("New York", "New York City", "United States")],
    ),
    ("Moscow says it will respond.", [("Moscow", "Moscow", "Russia")]),
    (
        "The senator campaigned in Colorado and Florida.",
        [("Colorado", "Colorado", "United States"), ("Florida", "Florida", "United States")],
    ),
    ("FERGUSON, Mo. — Protests went on.", [("FERGUSON, Mo.", "Ferguson", "United States")]),
    # what follows "of" in a longer name is a place, not a surname
    ("Mayor Carlos Ruiz of Cusco said the floods had cut the road.", [("Cusco", "Cusco", "Peru")]),
    # an adverb opening a quote is not part of the name
    ("“Tonight Leipzig celebrates,” he said.", [("Leipzig", "Leipzig", "Germany")]),
    # a smaller city opening a headline counts when the text names it again
    (
        "Bergen mourns\nA vigil was held in Bergen.",
        [("Bergen", "Bergen", "Norway"), ("Bergen", "Bergen", "Norway")],
    ),
    # a city opening a court's name is where the court sits
    (
        "The Lyon Criminal Court on Monday sentenced the former mayor.",
        [("Lyon", "Lyon", "France")],
    ),
    (
        "The Hague District Court convicted two smugglers.",
        [("Hague", "The Hague", "The Netherlands")],
    ),
    # a national capital opening a sentence is a place even when named once
    ("Tallinn woke up to a general strike on Monday.", [("Tallinn", "Tallinn", "Estonia")]),
    # a capital's local or foreign name
    ("Fans gathered in Helsingfors on Sunday.", [("Helsingfors", "Helsinki", "Finland")]),
    ("Lisboa, 2 Oct. The strike", [("Lisboa", "Lisbon", "Portugal")]),
    (
        "Riots broke out in Praha and Zagabria.",
        [("Praha", "Prague", "Czechia"), ("Zagabria", "Zagreb", "Croatia")],
    ),
]

# Not places: surnames, names of other things, common words, small cities opening a sentence.
NOT_PLACES = [
    "US Deputy Secretary of State Wendy Sherman met reporters; later, Sherman said more.",
    "Sherman is a city that opens this sentence.",
    "The Washington Post and the Geneva Convention were cited.",
    "Mobile phones were banned in Nice during the Reading festival.",
    "The talks were held under the OSCE umbrella by NATO.",
    "Split decisions are common. March comes before April.",
    "“I trust in God,” he said at the White House.",  # not Göd (Hungary), not Casablanca
    # a court of a county named like a city; a capital's old names that are ordinary words
    "Jackson County Court ruled on the appeal.",
    "Judges of the New York State Court of Appeals were interviewed.",
    "The revellers' Revel lasted all night on the Moria hill.",
    "Pristine beaches drew visitors; Tunes played.",
    # a capital's other name opening a sentence is no capital's own name: maybe a person
    "Athena said the vote was fair.",
    "The nomination of Merrick Garland stalled; Mr. Obama and Sen. Rubio spoke on DACA.",
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_find_places(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    refs = find_places(text)
    assert [(r.text, r.name, r.country) for r in refs] == expected
    for ref in refs:
        assert text[ref.start : ref.end] == ref.text


@pytest.mark.parametrize("text", NOT_PLACES)
def test_not_places(text: str) -> None:
    assert find_places(text) == []


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Geneva", "Switzerland"),
        ("GENEVA", "Switzerland"),
        ("Kiev", "Ukraine"),
        ("Nepal", "Nepal"),
        ("U.S.", "United States"),
        ("Nowhereville", None),
    ],
)
def test_country_of(name: str, country: str | None) -> None:
    assert country_of(name) == country


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("GENEVA (REUTERS) – Talks", True),
        ("PARIS, March 3 (Reuters) - Police", True),
        ("Kathmandu, Nepal — A quake", True),
        ("WASHINGTON\nDiplomats", True),
        ("Talks resumed in Geneva on Monday by the lake.", False),
        # translated agency datelines end with a full stop
        ("Graz (APA). Two people died", True),
        ("Porto, 4 March. The strike", True),
        ("Bilbao, Spain, Nov 24 (EFE) The strike", True),
    ],
)
def test_is_dateline(text: str, dateline: bool) -> None:
    ref = find_places(text)[0]
    assert is_dateline(text, ref.start, ref.end) is dateline


# (text, place, country, mention texts)
CASES = [
    ("An earthquake struck central Nepal on Saturday, killing hundreds.", None, "Nepal", ["Nepal"]),
    ("A court in Paris convicted the former minister on Tuesday.", "Paris", "France", ["Paris"]),
    ("Voters in Chile went to the polls on Sunday.", None, "Chile", ["Chile"]),
    (
        "The final was played at Wembley Stadium in London on Saturday.",
        "London",
        "United Kingdom",
        ["London"],
    ),
    (
        "A passenger jet crashed near Kathmandu airport on Monday.",
        "Kathmandu",
        "Nepal",
        ["Kathmandu"],
    ),
    (
        "The leaders met in Rome on Monday. They will meet again in Madrid next month.",
        "Rome",
        "Italy",
        ["Rome"],
    ),
    ("KYIV, Ukraine — Workers at the plant went on strike.", "Kyiv", "Ukraine", ["KYIV, Ukraine"]),
    # a dateline city loses to the event's city; where something was said weighs little
    (
        "MADRID (Reuters) - A passenger train derailed near the northern city of Bilbao on Sunday,"
        " killing four people. The minister told reporters in Madrid that an inquiry had begun.",
        "Bilbao",
        "Spain",
        ["Bilbao"],
    ),
    (
        "NAIROBI, Kenya (AP) — Regional leaders ended a two-day summit in the Tanzanian capital,"
        " Dodoma, on Friday.",
        "Dodoma",
        "Tanzania",
        ["Dodoma"],
    ),
    # translated agency datelines, "the court of X", a district of a city
    (
        "Porto, 4 March. The strike of the dockers paralysed the port.",
        "Porto",
        "Portugal",
        ["Porto"],
    ),
    ("Graz (APA). Two people died in a fire in a hotel this Sunday.", "Graz", "Austria", ["Graz"]),
    (
        "The court of Lyon on Tuesday sentenced the former mayor to three years in prison.",
        "Lyon",
        "France",
        ["Lyon"],
    ),
    (
        "Three shops burned in the Kallio district of Helsinki on Friday.",
        "Helsinki",
        "Finland",
        ["Helsinki"],
    ),
    # a city opening the name of a court that sentences, convicts or fines someone
    (
        "The Porto District Court convicted two bankers of fraud on Friday.",
        "Porto",
        "Portugal",
        ["Porto"],
    ),
    (
        "The Bergen Criminal Court fined the shipowner on Friday for the oil spill.",
        "Bergen",
        "Norway",
        ["Bergen"],
    ),
    # the article's only city, the subject of its event sentence
    (
        "Vilnius woke up to a general strike on Monday, with trams and buses idle.",
        "Vilnius",
        "Lithuania",
        ["Vilnius"],
    ),
    (
        "Skopje shook for twenty seconds as an earthquake struck before dawn.",
        "Skopje",
        "North Macedonia",
        ["Skopje"],
    ),
    # no "in X" at all: the city a local paper names again and again
    (
        "Bergen mourns after ferry fire\nFlowers were left at the harbour on Sunday. A vigil will"
        " be held on the main square in Bergen.",
        "Bergen",
        "Norway",
        ["Bergen", "Bergen"],
    ),
]

NO_LOCATION = [
    "Moscow says it will not back down.",
    "Washington's request was rejected, and Beijing's too.",
    "The next round will be held in Vienna.",
    "The talks were frank, Sherman said after meeting Wendy Sherman.",
    # where something was said is not where it happened
    "The minister told reporters in Madrid that talks had failed.",
    # a speech verb after the only city: a government, not a place
    "Tallinn says the strike is illegal.",
    # a city in a newspaper's name, a court that only will hear a case
    "The Tallinn Times reported the strike.",
    "The Lyon Criminal Court will hear the case next month.",
    # two cities opening an event sentence: neither is the only city
    "Vilnius and Riga sent observers to the election.",
]


def _article(text: str) -> Article:
    return Article(id="t", path="t.txt", text=text)


def _body(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without a dateline that names another place than the body's (kept beside
    it, see test_the_dateline_is_kept_beside_the_body_place)."""
    body = {m.value for m in mentions if not is_dateline(text, m.span.start, m.span.end)}
    return [
        m
        for m in mentions
        if not body or m.value in body or not is_dateline(text, m.span.start, m.span.end)
    ]


@pytest.mark.parametrize(("text", "place", "country", "texts"), CASES)
def test_extract_locations(text: str, place: str | None, country: str, texts: list[str]) -> None:
    mentions = _body(text, extract_locations(_article(text)))
    assert [m.text for m in mentions] == texts
    assert {m.value for m in mentions} == {LocationValue(place, country)}
    for mention in mentions:
        assert mention.kind is Kind.LOCATION and mention.source == "t"
        assert text[mention.span.start : mention.span.end] == mention.text


@pytest.mark.parametrize("text", NO_LOCATION)
def test_no_location(text: str) -> None:
    assert extract_locations(_article(text)) == []


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_samples(prefix: str) -> None:
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    mentions = _body(text, extract_locations(_article(text)))
    assert mentions
    assert {m.value for m in mentions} == {LocationValue("Geneva", "Switzerland")}
    assert all(m.text.casefold().startswith("geneva") for m in mentions)


WORDS = [
    "Geneva",
    "in",
    "at the",
    "GENEVA",
    "(Reuters)",
    "–",
    "\n",
    "Nepal",
    ",",
    "talks",
    "Sherman",
]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(WORDS)).map(" ".join)))
def test_spans_are_exact(text: str) -> None:
    for ref in find_places(text):
        assert text[ref.start : ref.end] == ref.text
    for mention in extract_locations(_article(text)):
        assert 0 <= mention.span.start <= mention.span.end <= len(text)
        assert text[mention.span.start : mention.span.end] == mention.text


# The dateline is always one of the mentions, beside the place the body names more strongly:
# which of the two is the event's place is settled across sources (tests/test_main_event.py).
DATELINE_BESIDE_BODY = [
    ("WASHINGTON\nDiplomats held talks on Monday in Geneva.", ["WASHINGTON", "Geneva"]),
    ("BOSTON —\nThe final was played in Denver on Sunday.", ["BOSTON", "Denver"]),
    ("CHICAGO —\nThe merger was signed in Houston on Friday.", ["CHICAGO", "Houston"]),
    ("ATLANTA —\nThe trial opened in Miami on Monday.", ["ATLANTA", "Miami"]),
    ("DENVER —\nA flood struck Houston on Tuesday.", ["DENVER", "Houston"]),
]


@pytest.mark.parametrize(("text", "texts"), DATELINE_BESIDE_BODY)
def test_the_dateline_is_kept_beside_the_body_place(text: str, texts: list[str]) -> None:
    mentions = extract_locations(_article(text))
    assert [m.text for m in mentions] == texts
    assert len({m.value for m in mentions}) == 2
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
