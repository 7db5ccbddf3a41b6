"""Find the places named in a text, with exact offsets; the gazetteer is `text/gazetteer.py`.

`find_places(text)` returns the place names in a text with exact offsets. It guards against the
usual false friends: a name must be capitalised and stand alone (the "Jackson" of "Lisa Jackson"
and the "Washington" of "Washington Post" are parts of longer names, so they are not places),
gazetteer names that are also common words ("Nice", "Split", "Reading") are never places, and a
smaller city at the start of a sentence counts only in a dateline ("DAVOS (Reuters) -").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from newscmp.text.dates import MONTHS, WEEKDAYS
from newscmp.text.gazetteer import (
    Place,
    candidates,
    capitals,
    connectors,
    country_of,
    gazetteer,
    lookup,
    name_key,
    place_tables,
    places_in_words,
    us_states,
)

__all__ = ["PlaceRef", "country_of", "find_places", "gazetteer", "is_dateline", "lookup"]

# Cities this large, and national capitals named as such, are well known enough to count even at
# the start of a sentence ("Tallinn woke up to ..."); smaller ones there may be a surname.
BIG_CITY = 1_000_000
# A word: letters, then letters or digits, with inner dots or hyphens ("U.S", "Winston-Salem").
_AFTER_LETTER = r"\w{0,40}(?:[.-][^\W\d_]\w{0,40}){0,4}"
_TOKEN = re.compile(r"[^\W\d_]" + _AFTER_LETTER)
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
# A letter that may be a capital (a quotation mark or a dash in the class is no letter).
# A-Z or any character from U+00C0 on, written as its complement, which compiles in a fraction
# of the time (`[A-Z\u00c0-\U0010ffff]` takes 3.5 ms each time a pattern holds it).
_CAPITAL_LIKE = r"[^\x00-\x40\x5b-\xbf](?<=[^\W\d_])"
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


class _Run(NamedTuple):
    """Capitalised words one space apart: their offsets and their text ("U.S." with its dot)."""

    spans: list[tuple[int, int]]
    words: tuple[str, ...]


@lru_cache(maxsize=1)
def _run_breakers() -> frozenset[str]:
    """Capitalised words that are never part of a place name: sentence openers, days, months."""
    words = [*place_tables()["leading_words"], *(name.title() for name in (*WEEKDAYS, *MONTHS))]
    return frozenset(form for word in words for form in (word, word.upper()))


@lru_cache(maxsize=1)
def _run_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words one space apart, the first starting with a letter that may be a capital (a simple
    class, searched fastest), each of the others with such a letter or a connector: the words
    that start a run (the first in group 1), and the words that go on with it. Each word is a
    word of _TOKEN."""
    joining = "|".join(map(re.escape, sorted(connectors(), key=len, reverse=True)))
    word = rf"(?>[^\W\d_]{_AFTER_LETTER})"
    start = f"(?:{_CAPITAL_LIKE}|(?:{joining})(?![\\w]|[.-][^\\W\\d_]))"  # what ends a word
    more = f"(?={start}){word}(?: (?={start}){word})*+"
    first = f"({_CAPITAL_LIKE}(?>{_AFTER_LETTER}))"  # no look-ahead first: it is searched fast
    return re.compile(f"{first}(?: {more})?+"), re.compile(more)


def _inside_word(text: str, boundary: int, position: int, end: int) -> int | None:
    """Where the word of `_TOKEN.finditer(text, boundary, end)` ends that holds the letter at
    `position` ("Phone" of "iPhone"); None when a word starts there. No word straddles
    `boundary`, nor a space."""
    since = max(boundary, text.rfind(" ", boundary, position) + 1)
    word = next(match for match in _TOKEN.finditer(text, since, end) if match.end() > position)
    return None if word.start() == position else word.end()


def _extend(match: re.Match[str], spans: list[tuple[int, int]], words: list[str]) -> bool:
    """Add the words of `match` to a run up to the first that cannot be in it: whether all are."""
    breakers, joining = _run_breakers(), connectors()
    position = match.start()
    for word in match.group().split(" "):
        if not ((word[0].isupper() and word not in breakers) or (spans and word in joining)):
            return False
        spans.append((position, position + len(word)))
        words.append(word)
        position += len(word) + 1
    return True


def _run_at(text: str, match: re.Match[str], end: int) -> tuple[list[tuple[int, int]], list[str]]:
    """The run that the words of `match` start, and what follows them: "U.S. Army" goes on
    after the closing dot of "U.S."."""
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    following: re.Match[str] | None = match
    while following is not None and _extend(following, spans, words):
        last = spans[-1][1]
        if "." not in words[-1] or text[last : last + 1] != ".":
            break
        spans[-1], words[-1] = (spans[-1][0], last + 1), words[-1] + "."
        following = None
        if text[last + 1 : last + 2] == " ":
            following = _run_patterns()[1].match(text, last + 2, end)
    while words and words[-1] in connectors():
        spans.pop()
        words.pop()
    return spans, words


def _runs(text: str, start: int, end: int) -> list[_Run]:
    """Runs of capitalised words joined by single spaces (and name connectors such as "de"),
    as the words of `_TOKEN.finditer(text, start, end)` would give them; words that start with
    a lower-case letter a-z are skipped inside the regex, which is much faster than reading
    every word."""
    first_words, breakers, joining = _run_patterns()[0], _run_breakers(), connectors()
    runs: list[_Run] = []
    boundary = start  # the words of _TOKEN are read from here on: none straddles it
    while (match := first_words.search(text, boundary, end)) is not None:
        word, first = match.group(1), match.start()
        before = text[first - 1] if first > boundary else " "
        if before.isalnum() or before in "_.-":  # perhaps inside a word ("iPhone")
            inside = _inside_word(text, boundary, first, end)
            if inside is not None:
                boundary = inside
                continue
        if word in breakers or not word[0].isupper():  # "État" has a capital, "ñu" has none
            boundary = match.end(1)
            continue
        if match.end() == match.end(1) and "." not in word and word not in joining:
            spans, words = [(first, match.end())], [word]  # one word: most runs
        else:
            spans, words = _run_at(text, match, end)
        boundary = spans[-1][1] if spans else match.end(1)
        if words:
            runs.append(_Run(spans, tuple(words)))
    return runs


def _acronym(name: str) -> bool:
    """Short capitals ("DACA", "NATO") are acronyms, unless they are a country form ("US")."""
    letters = name.replace(".", "")
    aliases = place_tables()["country_aliases"]
    return letters.isupper() and len(letters) <= 4 and name not in aliases


def _places_of(run: _Run) -> list[tuple[int, int, Place]]:
    """The place a run names, with offsets into the text."""
    found, spans = places_in_words(run.words), run.spans
    return [(spans[first][0], spans[last - 1][1], p) for first, last, p in found] if found else []


def line_start(text: str, position: int) -> bool:
    """Whether only spaces stand between the start of the line and `position`."""
    index = position  # walk back over the spaces only, never over the whole line
    while index > 0 and text[index - 1] != "\n" and text[index - 1].isspace():
        index -= 1
    return index == 0 or text[index - 1] == "\n"


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


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(place_tables()["honorifics"])


def _after_honorific(text: str, position: int) -> bool:
    """Whether a name follows an abbreviated title ("Mr. Obama", "Sen. Rubio")."""
    if position < 2 or text[position - 2 : position] != ". ":
        return False
    return text[max(0, position - 7) : position].split()[-1].rstrip(".") in _honorifics()


def _person_names(
    text: str, found: list[tuple[_Run, list[tuple[int, int, Place]]]]
) -> tuple[set[int], set[str]]:
    """The runs that name a person (after "Mr." or "Sen.") and the surnames seen in the text.

    The last word of a longer name that is no place ("Lisa Jackson") is a surname: alone later
    in the text ("Jackson said") it still names the person, not the city.
    """
    firsts = (run.spans[0][0] for run, _ in found)
    titled = {first for first in firsts if _after_honorific(text, first)}
    surnames = {
        name_key(run.words[-1])
        for run, places in found
        if ((len(run.words) > 1 and not places) or run.spans[0][0] in titled)
        # "Geophysical Institute of Peru", "Ruiz of Cusco": what follows "of" is no surname
        and (len(run.words) < 2 or run.words[-2] not in connectors())
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
    found = [(run, _places_of(run)) for run in runs]
    titled, surnames = _person_names(text, found)
    honorifics = _honorifics()
    refs: list[PlaceRef] = []
    openers: list[PlaceRef] = []  # smaller cities opening a sentence: kept if named elsewhere
    for run, places in found:
        for first, last, place in places:
            name = text[first:last]
            if first in titled or (name in honorifics and text[last : last + 1] == "."):
                continue
            if place.name is not None and len(run.words) == 1 and name_key(name) in surnames:
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
