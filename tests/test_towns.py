"""Small towns, region abbreviations, names resolved by the rest of the text, person names that
are also places, and how two places compare (containment is agreement in kind).

Every sentence is written for these tests. Expected places were checked against GeoNames by hand
(the town exists in that state or country, with fewer than 15,000 people where the case is about
a small town).
"""

from __future__ import annotations

import pytest

from newscmp.align import align_mentions
from newscmp.extract.location import extract_locations
from newscmp.model import Article, Kind, LocationValue, Mention, Span, Status
from newscmp.text.gazetteer import candidates, choose, context_of, lookup
from newscmp.text.places import find_places

US = "United States"

# (sentence, [(text, place, country, region)]): small towns a qualifier or a place noun makes
# places, in several countries.
TOWNS = [
    (
        "A tornado tore through Marksville, La., on Sunday night.",
        [("Marksville, La.", "Marksville", US, "LA")],
    ),
    (
        "A gunman opened fire at a school in Newtown, Conn., on Friday.",
        [("Newtown, Conn.", "Newtown", US, "CT")],
    ),
    (
        "The paper mill in Ely, Minnesota, will close in June.",
        [("Ely, Minnesota", "Ely", US, "MN")],
    ),
    (
        "Floodwater reached the main street of Lyons, Colo., by noon.",
        [("Lyons, Colo.", "Lyons", US, "CO")],
    ),
    (
        "Fans packed the arena in Bemidji, MN, for the final.",
        [("Bemidji, MN", "Bemidji", US, "MN")],
    ),
    (
        "The landslide buried part of Brienz, Switzerland, on Wednesday.",
        [("Brienz, Switzerland", "Brienz", "Switzerland", None)],
    ),
    (
        "The earthquake flattened Amatrice, Italy, before dawn.",
        [("Amatrice, Italy", "Amatrice", "Italy", None)],
    ),
    (
        "The mine collapse in Soma, Turkey, trapped hundreds of workers.",
        [("Soma, Turkey", "Soma", "Turkey", None)],
    ),
    # A place noun says the word is a place.
    (
        "Firefighters reached the village of Hallstatt after midnight.",
        [("Hallstatt", "Hallstatt", "Austria", None)],
    ),
    (
        "Canals froze in the village of Giethoorn, Netherlands.",
        [("Giethoorn, Netherlands", "Giethoorn", "The Netherlands", None)],
    ),
    (
        "Boats stayed in the harbour at Kinsale, Ireland, as the storm passed.",
        [("Kinsale, Ireland", "Kinsale", "Ireland", None)],
    ),
]

# Region abbreviations: AP style, postal codes and full names.
REGIONS = [
    ("SPRINGFIELD, Ill. (AP) — Lawmakers passed the budget.", "Springfield", "IL"),
    ("The Bulldogs won in Athens, Ga., on Saturday.", "Athens", "GA"),
    ("A fire closed the plant in Springfield, Mass., overnight.", "Springfield", "MA"),
    ("Voters in Portland, Maine, backed the measure.", "Portland", "ME"),
    ("Voters in Portland, Ore., backed the measure.", "Portland", "OR"),
    ("The storm hit Charleston, W.Va., hardest.", "Charleston", "WV"),
    ("The storm hit Charleston, S.C., hardest.", "Charleston", "SC"),
    ("The jury met in Columbus, GA, for a week.", "Columbus", "GA"),
    ("The crash closed the road near Athens, Ohio.", "Athens", "OH"),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS)
def test_small_towns_with_a_qualifier_or_a_place_noun_are_places(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    refs = find_places(text)
    found = [(r.text, r.name, r.country, r.region if r.country == US else None) for r in refs]
    assert found == expected
    for ref in refs:
        assert text[ref.start : ref.end] == ref.text


# A list of states is no town qualified by a state; informal country names stay countries.
LISTS = [
    (
        "Voters in Nevada, Ohio and Florida went to the polls.",
        [("Nevada", "NV"), ("Ohio", "OH"), ("Florida", "FL")],
    ),
    ("A tornado hit Nevada, Mo., on Sunday.", [("Nevada, Mo.", "MO")]),
    ("America and England signed the deal.", [("America", None), ("England", None)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists_of_states_and_informal_country_names(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(ref.text, ref.region) for ref in find_places(text)] == expected


@pytest.mark.parametrize(("text", "name", "region"), REGIONS)
def test_region_abbreviations_pick_the_town_of_that_state(
    text: str, name: str, region: str
) -> None:
    refs = [ref for ref in find_places(text) if ref.name == name]
    assert len(refs) == 1
    assert (refs[0].country, refs[0].region) == (US, region)


# A bare small town is no place: it may be a word or a name.
NOT_PLACES = [
    "Congress passed the bill on Tuesday.",
    "Christmas came early for the shop owners.",
    "Marksville said nothing.",
    "He thanked Taos for the help.",
    # a party to a court case names the case, here and later
    "The ruling in Shelby County v. Holder changed the law. Critics of Shelby County spoke.",
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_a_bare_small_town_is_no_place(text: str) -> None:
    assert find_places(text) == []


# (text, name, country, region): one name, several places; the rest of the text decides.
BY_CONTEXT = [
    ("The plant is in Paris, Texas. Paris police closed the road.", "Paris", US, "TX"),
    ("The summit opened in Paris, France. Paris police closed the road.", "Paris", "France", None),
    ("Paris police closed the road on Monday.", "Paris", "France", None),
    # A story that names only the United States does not make Geneva a town in Illinois.
    ("Talks between the United States and Russia began in Geneva.", "Geneva", "Switzerland", None),
    # A region named elsewhere moves a name to the town of that region.
    ("The storm moved on from Macon, Ga. In Athens, roofs were torn off.", "Athens", US, "GA"),
    ("Students marched in Washington, D.C. The vigil in Georgetown drew 300.", "Georgetown", US,
     "DC"),
    ("Schools in Alexandria, Va., closed, but schools in Arlington stayed open.", "Arlington", US,
     "VA"),
    # A small town of a region the text names, after a locative.
    ("The storm crossed Minnesota, Minn. Lineworkers in Ely restored power.", "Ely", US, "MN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "country", "region"), BY_CONTEXT)
def test_the_rest_of_the_text_picks_the_place_of_a_name(
    text: str, name: str, country: str, region: str | None
) -> None:
    refs = [ref for ref in find_places(text) if ref.name == name]
    assert refs, find_places(text)
    last = refs[-1]  # the bare mention
    assert last.country == country
    if region is not None:
        assert last.region == region


def test_choose_prefers_region_then_country_then_size() -> None:
    paris = candidates("Paris")
    texas = context_of([lookup("Texas")])  # type: ignore[list-item]
    assert choose(paris, texas).country == US and choose(paris, texas).region == "TX"
    france_and_texas = context_of([lookup("Texas"), lookup("France")])  # type: ignore[list-item]
    assert choose(paris, france_and_texas).country == "France"  # a capital keeps its name
    only_us = context_of([lookup("United States")])  # type: ignore[list-item]
    assert choose(paris, only_us).country == "France"  # a country alone moves no big city
    lebanon = candidates("Lebanon")
    assert choose(lebanon, only_us).name is None  # nor a country


# A capitalised word that names a person in the text is no town.
PEOPLE = [
    "Marion Jones won the race. Marion said she was happy.",
    "Mr. Ely thanked the jury in Ely, Minnesota.",  # the town is found, the man is not
    "Coach Lyons said the team played well in the village hall.",
    "Sheriff Tom Bemidji said deputies found the car.",
]


@pytest.mark.parametrize("text", PEOPLE)
def test_a_persons_name_is_no_town(text: str) -> None:
    for ref in find_places(text):
        before = text[max(0, ref.start - 4) : ref.start]
        assert "Mr." not in before and ref.text not in ("Marion", "Lyons", "Bemidji")
        assert ref.text == "Ely, Minnesota"


# A surname met after a title or in a full name is the person's wherever it recurs, even where a
# town of some size has that name.
SURNAMES = [
    "President Obama spoke on Tuesday. Critics of Obama said the plan was late.",
    "Gov. Jackson signed the bill. Supporters cheered Jackson in the hall.",
    "Coach Maria Florence praised the team. Fans thanked Florence after the match.",
    "“We will rebuild,” said Obama on the first day.",
]


@pytest.mark.parametrize("text", SURNAMES)
def test_a_surname_is_no_place(text: str) -> None:
    assert find_places(text) == []


def _article(text: str) -> Article:
    return Article(id="t", path="t.txt", text=text)


# (text, value): the location of the event, with its state when it is in the US.
LOCATIONS = [
    # a suburb does not lose to the big city nearby
    (
        "The shooting happened in Garland, Texas, a suburb of Dallas. Garland police said two "
        "men were hurt.",
        LocationValue("Garland", US, "Texas"),
    ),
    (
        "Two men were shot in Garland, Texas, a suburb of Dallas, on Sunday.",
        LocationValue("Garland", US, "Texas"),
    ),
    (
        "A fire destroyed a warehouse near Dallas on Sunday in Lancaster, Texas.",
        LocationValue("Lancaster", US, "Texas"),
    ),
    (
        "A tornado tore through Marksville, La., on Sunday. In Marksville, the school lost "
        "its roof.",
        LocationValue("Marksville", US, "Louisiana"),
    ),
    (
        "Lawmakers met in Columbus, Ohio, on Monday to pass the budget.",
        LocationValue("Columbus", US, "Ohio"),
    ),
    ("The vote in Ohio was close on Tuesday.", LocationValue(None, US, "Ohio")),
    # a reference point alone is where it happened
    (
        "A gas leak forced the evacuation of a school near Dallas on Monday.",
        LocationValue("Dallas", US, "Texas"),
    ),
    (
        "A landslide hit Brienz, Switzerland, on Wednesday.",
        LocationValue("Brienz", "Switzerland", None),
    ),
]


@pytest.mark.parametrize(("text", "value"), LOCATIONS)
def test_location_value_carries_the_region(text: str, value: LocationValue) -> None:
    mentions = extract_locations(_article(text))
    assert mentions and {m.value for m in mentions} == {value}


def _location(source: str, value: LocationValue) -> Mention:
    return Mention(Kind.LOCATION, source, "words", Span(0, 5), value)


# Two sources' places: containment is agreement in kind (partial); another place is a conflict.
PAIRS = [
    (LocationValue(None, US, "Ohio"), LocationValue("Columbus", US, "Ohio"), Status.PARTIAL),
    (LocationValue(None, US, None), LocationValue("Marksville", US, "Louisiana"), Status.PARTIAL),
    (LocationValue(None, "Italy"), LocationValue("Amatrice", "Italy"), Status.PARTIAL),
    (LocationValue("Columbus", US, "Ohio"), LocationValue("Columbus", US, "Georgia"),
     Status.CONFLICT),
    (LocationValue("Garland", US, "Texas"), LocationValue("Dallas", US, "Texas"), Status.CONFLICT),
    (LocationValue(None, US, "Ohio"), LocationValue(None, US, "Texas"), Status.CONFLICT),
    (LocationValue("Paris", US, "Texas"), LocationValue("Paris", "France"), Status.CONFLICT),
    (LocationValue("Ely", US, "Minnesota"), LocationValue("Ely", US, "Minnesota"), Status.AGREE),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "status"), PAIRS)
def test_containment_is_partial_and_another_place_a_conflict(
    a: LocationValue, b: LocationValue, status: Status
) -> None:
    facts = align_mentions([_location("a", a), _location("b", b)], ["a", "b"])
    assert len(facts) == 1
    assert facts[0].status is status


def test_a_bare_name_takes_the_reading_other_sources_give_it() -> None:
    texas = LocationValue("Paris", US, "Texas")
    france = LocationValue("Paris", "France", None)
    qualified = Mention(Kind.LOCATION, "a", "Paris, Texas", Span(0, 12), texas)
    bare = Mention(Kind.LOCATION, "b", "Paris", Span(0, 5), france)
    facts = align_mentions([qualified, bare], ["a", "b"])
    assert len(facts) == 1 and facts[0].status is Status.AGREE
    assert {m.value for m in facts[0].mentions} == {texas}
    assert [m.text for m in facts[0].mentions] == ["Paris, Texas", "Paris"]
    # a name the gazetteer does not read that way keeps its own place
    lyon = Mention(Kind.LOCATION, "b", "Lyon", Span(0, 4), LocationValue("Lyon", "France"))
    facts = align_mentions([qualified, lyon], ["a", "b"])
    assert facts[0].status is Status.CONFLICT
    # two qualified readings of one name stay a conflict
    other = Mention(Kind.LOCATION, "b", "Paris, France", Span(0, 13), france)
    assert align_mentions([qualified, other], ["a", "b"])[0].status is Status.CONFLICT
