"""Find the places named in a text, with exact offsets; the gazetteer is `text/gazetteer.py`.

`find_places(text)` returns the place names in a text with exact offsets. It guards against the
usual false friends: a name must be capitalised and stand alone (the "Jackson" of "Lisa Jackson"
and the "Washington" of "Washington Post" are parts of longer names, so they are not places),
gazetteer names that are also common words ("Nice", "Split", "Reading") are never places, and a
smaller city at the start of a sentence counts only in a dateline ("DAVOS (Reuters) -").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newscmp.text.dates import MONTHS, WEEKDAYS
from newscmp.text.gazetteer import (
    Place,
    best,
    candidates,
    capitals,
    country_of,
    gazetteer,
    lookup,
    name_key,
    place_tables,
    us_states,
)

__all__ = ["PlaceRef", "country_of", "find_places", "gazetteer", "is_dateline", "lookup"]

# Cities this large, and national capitals named as such, are well known enough to count even at
# the start of a sentence ("Tallinn woke up to ..."); smaller ones there may be a surname.
BIG_CITY = 1_000_000
# Words after a city's name that make the rest of the name another place's ("Jackson County
# Court" sits in a county, not in the city of that name).
NOT_IN_CITY = frozenset(("County", "Parish", "Province", "State"))
# A word: letters, then letters or digits, with inner dots or hyphens ("U.S", "Winston-Salem").
_TOKEN = re.compile(r"[^\W\d_]\w{0,40}(?:[.-][^\W\d_]\w{0,40}){0,4}")
# After a place at the start of a line: ", Country" or ", March 3", "(Reuters)", then a dash or the
# end of the line. That makes the place a dateline.
_DATELINE_TAIL = re.compile(
    r"(?:,[^\n–—(]{1,40}?)?\s{0,3}(?:\([^)\n]{1,40}\)\s{0,3})?(?:[–—-]|\n|$)"
    # Translated agency style: "Graz (APA). At least", "Cusco (Peru), June 2 (EFE).- More",
    # "Valparaiso, Chile, Nov 24 (PL) The city": an agency or country in brackets ends it.
    r"|(?:[,\s][^\n–—.]{0,40}?)?\([^)\n]{1,40}\)[.:]?-?\s"
    # "Ghent, 3 June. The court", "Porto, 9 Nov. The strike": a day and month, then a stop.
    r"|,\s(?:\d{1,2}\s[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s\d{1,2})\.\s"
)
_SENTENCE_END = frozenset(".!?:\"'”’\n")


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


def _acronym(name: str) -> bool:
    """Short capitals ("DACA", "NATO") are acronyms, unless they are a country form ("US")."""
    letters = name.replace(".", "")
    aliases = place_tables()["country_aliases"]
    return letters.isupper() and len(letters) <= 4 and name not in aliases


def _segment(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int, Place]]:
    """The place that makes up a whole run; none when a word is left over or two places stand
    side by side: both are a person's name ("Lisa Jackson", "Merrick Garland")."""
    connectors = frozenset(place_tables()["connectors"])
    found: list[tuple[int, int, Place]] = []
    index = 0
    while index < len(run):
        for stop in range(min(len(run), index + 5), index, -1):
            first, last = run[index][0], run[stop - 1][1]
            places = candidates(text[first:last])
            if places:
                found.append((first, last, best(places)))
                index = stop
                break
        else:
            if text[run[index][0] : run[index][1]] not in connectors:
                return []
            index += 1
    return found if len(found) == 1 else []


def _after_of(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int, Place]]:
    """The place after the last "of" of a longer name: "Mayor Ana Ruiz of Cusco",
    "the Parken Stadium of Copenhagen" name a person or a building in that place."""
    words = [text[first:last] for first, last in run]
    if "of" not in words[1:-1]:
        return []
    last_of = len(words) - 1 - words[::-1].index("of")
    return _segment(text, run[last_of + 1 :])


@lru_cache(maxsize=1)
def _sitting_heads() -> frozenset[str]:
    """Head words of institutions that sit in a city ("court", "tribunal"), from venues.json."""
    text = resources.files("newscmp.data").joinpath("venues.json").read_text(encoding="utf-8")
    return frozenset(head.casefold() for head in json.loads(text)["sitting_heads"])


def _opening_city(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int, Place]]:
    """The city that opens an institution's name: "the Porto Criminal Court", "the Lyon
    Tribunal" sit in that city. Only a city counts, and only before a sitting head."""
    words = [text[first:last] for first, last in run]
    head = next((i for i, word in enumerate(words) if word.casefold() in _sitting_heads()), 0)
    for size in range(min(3, head), 0, -1):
        found = _segment(text, run[:size])
        if found:  # the longest place decides: "New York State Court" is no court of "New"
            city = found[0][2].name is not None and words[size] not in NOT_IN_CITY
            return found if city else []
    return []


def line_start(text: str, position: int) -> bool:
    """Whether only spaces stand between the start of the line and `position`."""
    head = text.rfind("\n", 0, position) + 1
    return not text[head:position].strip()


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the place at `[start, end)` opens a dateline: "DAVOS (Reuters) -", "WASHINGTON"
    alone on a line, "PARIS, March 3 (AFP) -", "Kathmandu, Nepal —"."""
    return line_start(text, start) and _DATELINE_TAIL.match(text, end) is not None


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 40) : position].rstrip(" \t“‘\"'(")
    return not before or before[-1] in _SENTENCE_END


def _qualified(text: str, ref: PlaceRef, following: PlaceRef | None) -> PlaceRef:
    """ "Davos, Switzerland" or "Paris, Texas": the city of that name in that country or state."""
    tail = text[ref.end : ref.end + 30]
    if not tail.startswith(", ") or ref.name is None:
        return ref
    options = candidates(ref.name)
    if following is not None and following.is_country and following.start == ref.end + 2:
        match = next((p for p in options if p.name and p.country == following.country), None)
        end = following.end
    else:
        state = re.match(r", ([A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?)", tail)
        code = us_states().get(name_key(state.group(1))) if state else None
        match = next((p for p in options if p.region and p.region == code), None)
        end = ref.end + (state.end() if state else 0)
    if match is None:
        return ref
    return PlaceRef(
        ref.start, end, text[ref.start : end], match.name, match.country, match.population
    )


def _after_honorific(text: str, position: int, honorifics: frozenset[str]) -> bool:
    """Whether a name follows an abbreviated title ("Mr. Obama", "Sen. Rubio")."""
    before = text[max(0, position - 7) : position]
    words = before.rstrip().split()
    return before.endswith(". ") and bool(words) and words[-1].rstrip(".") in honorifics


def _person_names(
    text: str, found: list[tuple[list[tuple[int, int]], list[tuple[int, int, Place]]]]
) -> tuple[set[int], set[str]]:
    """The runs that name a person (after "Mr." or "Sen.") and the surnames seen in the text.

    The last word of a longer name that is no place ("Lisa Jackson") is a surname: alone later
    in the text ("Jackson said") it still names the person, not the city.
    """
    honorifics = frozenset(place_tables()["honorifics"])
    titled = {run[0][0] for run, _ in found if _after_honorific(text, run[0][0], honorifics)}
    connectors = frozenset(place_tables()["connectors"])
    surnames = {
        name_key(text[run[-1][0] : run[-1][1]])
        for run, places in found
        if ((len(run) > 1 and not places) or run[0][0] in titled)
        # "Geophysical Institute of Peru", "Ruiz of Cusco": what follows "of" is no surname
        and (len(run) < 2 or text[run[-2][0] : run[-2][1]] not in connectors)
    }
    return titled, surnames


def _small_city(name: str, place: Place) -> bool:
    """A city under BIG_CITY, unless it is a national capital called by its own name."""
    if place.name is None or place.population >= BIG_CITY:
        return False
    own = name_key(name) == name_key(place.name)
    return not (own and (place.name, place.country) in capitals())


def _start(ref: PlaceRef) -> int:
    return ref.start


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceRef]:
    """Every place named in `text[start:end]`, in order, with offsets into `text`."""
    runs = _runs(text, start, len(text) if end is None else end)
    found = [
        (run, _segment(text, run) or _after_of(text, run) or _opening_city(text, run))
        for run in runs
    ]
    titled, surnames = _person_names(text, found)
    honorifics = frozenset(place_tables()["honorifics"])
    refs: list[PlaceRef] = []
    openers: list[PlaceRef] = []  # smaller cities opening a sentence: kept if named elsewhere
    for run, places in found:
        for first, last, place in places:
            name = text[first:last]
            if first in titled or (name in honorifics and text[last : last + 1] == "."):
                continue
            if place.name is not None and len(run) == 1 and name_key(name) in surnames:
                continue
            ref = PlaceRef(first, last, name, place.name, place.country, place.population)
            if _acronym(name) and not is_dateline(text, first, last):
                continue
            opener = _small_city(name, place) and _sentence_start(text, first)
            if opener and not is_dateline(text, first, last):
                openers.append(ref)
                continue
            refs.append(ref)
    named = {(ref.name, ref.country) for ref in refs}
    refs = sorted([*refs, *(r for r in openers if (r.name, r.country) in named)], key=_start)
    merged: list[PlaceRef] = []
    for index, ref in enumerate(refs):
        if merged and ref.start < merged[-1].end:
            continue  # the country or state of the city before it
        merged.append(_qualified(text, ref, refs[index + 1] if index + 1 < len(refs) else None))
    return merged
