"""The venue is the building where the main event happened: not the hospital the injured were
taken to, not the court of a later hearing, not a legislature as a body, not someone's
employer or school. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from newscmp.extract.venue import extract_venues
from newscmp.model import Article, VenueValue


def _article(text: str) -> Article:
    return Article(id="t", path="t.txt", text=text)


def _names(text: str) -> list[str | None]:
    found = []
    for mention in extract_venues(_article(text)):
        assert text[mention.span.start : mention.span.end] == mention.text
        assert isinstance(mention.value, VenueValue)
        found.append(mention.value.name)
    return found


# (text, the venue's name): the site, even when a hospital or a court is named after it.
SITES = [
    (
        "A gunman opened fire at Lakeview Elementary School on Monday. Two wounded children "
        "were taken to Mercy General Hospital.",
        "Lakeview Elementary School",
    ),
    (
        "A roof collapsed at the Harbor Theater during a concert on Friday. Forty people were "
        "treated at St. Luke's Hospital for minor injuries.",
        "Harbor Theater",
    ),
    (
        "Fire swept through the Grand Plaza Hotel overnight. The suspect appeared on Tuesday in "
        "Hamilton County Court, where bail was set at $1 million.",
        "Grand Plaza Hotel",
    ),
    (
        "The striker scored twice at Riverside Stadium on Saturday.",
        "Riverside Stadium",
    ),
    (
        "Protesters gathered outside the French Embassy in Ottawa on Sunday.",
        "French Embassy",
    ),
    (
        "The couple married at St. Mary's Church in the village.",
        "St. Mary's Church",
    ),
    # a hospital is the site when nothing says anyone was taken there
    (
        "A fire broke out at Northside Memorial Hospital on Sunday.",
        "Northside Memorial Hospital",
    ),
    # a court is the site of a trial that sat there
    (
        "The jury at the Old Bailey convicted the driver on Thursday.",
        None,
    ),
    # a name that goes on after its head with another head
    (
        "The senator had surgery at the Lakeshore Hospital Center after the attack on Monday.",
        None,
    ),
    # places where people eat, drink and gather
    (
        "The candidate shook hands at Rosie's Diner in the morning.",
        "Rosie's Diner",
    ),
    (
        "Three people were shot at the Blue Lantern Nightclub early on Sunday.",
        "Blue Lantern Nightclub",
    ),
    (
        "The governor spoke at the Hillside County Fairgrounds on Friday.",
        "Hillside County Fairgrounds",
    ),
    # lower-case words before the name are not part of it
    (
        "Children sang at the annual White House holiday party on Monday.",
        "White House",
    ),
]


@pytest.mark.parametrize(("text", "name"), SITES)
def test_the_venue_is_where_it_happened(text: str, name: str | None) -> None:
    names = set(_names(text))
    if name is None:
        assert "Lakeshore Hospital Center" not in names and "Lakeshore Hospital" not in names
    else:
        assert names == {name}


# No venue: the place the story went next, a body that sits somewhere, an affiliation, a
# description, a name that is an organisation's.
NOT_VENUES = [
    "Three victims were rushed to Mercy General Hospital after the crash.",
    "The injured were airlifted to Valley Medical Center on Monday.",
    "The suspect was arraigned on Friday in Hamilton County Court.",
    "She pleaded not guilty at the Travis County Courthouse on Tuesday.",
    "The bill passed in the Senate by two votes.",
    "The measure now goes to a vote in the House of Representatives.",
    "Republicans in the U.S. House blocked the plan.",
    "The bill died in the Republican-controlled House on Friday.",
    "He spoke in the General Assembly on Tuesday.",
    "Maria Ruiz, a professor at Eastfield University, said the law was unclear.",
    "Her son, a student at Pine Ridge College, was not hurt.",
    "He spent a year at Coastal State University before the war.",
    "Officers were posted in every American school after the attack.",
    "The closures were ordered by an ally at the Port Authority of the city.",
    "Prosecutors in the office of the United States attorney issued subpoenas.",
    "Investigators in Mr. Hale’s office interviewed the driver.",
]


@pytest.mark.parametrize("text", NOT_VENUES)
def test_no_venue(text: str) -> None:
    assert _names(text) == []
