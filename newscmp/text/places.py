"""Find the places named in a text, with exact offsets; the gazetteer is `text/gazetteer.py`.

`find_places(text)` returns the place names in a text with exact offsets. It guards against the
usual false friends: a name must be capitalised and stand alone (the "Jackson" of "Lisa Jackson"
and the "Washington" of "Washington Post" are parts of longer names, so they are not places),
gazetteer names that are also common words ("Nice", "Split", "Reading") are never places, and a
smaller city at the start of a sentence counts only in a dateline ("DAVOS (Reuters) -").

Small towns (under 15,000 people) are places only where the text says so: a region or country
after them ("Marksville, La.", "Ely, Minnesota", "Davos, Switzerland"), a place noun before them
("the town of Ely"), a locative in a region the text names ("in Ely" in a story that names
Minnesota), or another mention of the same town so placed. Where a name has several places, the
one in a region or country the rest of the text names wins over a larger one elsewhere
(`gazetteer.choose`). A word that is a first name or surname elsewhere in the text ("Marion
Jones ... Marion said"), or that follows a title ("Mr. Ely"), is no town.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from newscmp.text.dates import MONTHS, WEEKDAYS
from newscmp.text.gazetteer import (
    NO_CONTEXT,
    PROMINENT,
    Context,
    Place,
    candidates,
    capitals,
    choose,
    connectors,
    context_of,
    country_of,
    lookup,
    name_key,
    place_tables,
    places_in_words,
    region_codes,
    state_name,
)

__all__ = ["PlaceRef", "country_of", "find_places", "is_dateline", "lookup"]

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
    region: str | None = None  # the first-level division code (a US state's postal code)

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


# ", Ill." / ", N.Y." / ", IL" / ", New Mexico" / ", Switzerland" after a place.
_QUALIFIER = re.compile(r", ((?:[A-Z][A-Za-z]{0,20}\.?)(?: ?[A-Z][A-Za-z]{0,20}\.?){0,2})")
# A place noun right before a name makes the name a place: "the town of Ely", "the village
# Oakdale", "the Chicago suburb of Elgin".
_PLACE_NOUN = re.compile(
    r"\b(?:" + "|".join(place_tables()["place_nouns"]) + r")(?:\sof|,)?\s$", re.IGNORECASE
)
# A locative right before a name: "in Ely", "near Oakdale", "outside the".
_LOCATIVE = re.compile(r"\b(?:in|near|outside|at|from|to|into|of)\s$")


_CASE = re.compile(r" vs?\. ")
# A name right after a speech verb is its speaker: "said Obama", "according to Lyons".
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told|asked|wrote|tweeted|according to)\s$")


class _Qualifier(NamedTuple):
    end: int  # where the qualifier ends
    country: str | None
    region: str | None  # a US state's postal code


def _qualifier(text: str, end: int) -> _Qualifier | None:
    """The region or country written after a place: "Springfield, Ill." gives IL, "Paris,
    Texas" TX, "Davos, Switzerland" Switzerland. The longest reading of the words wins."""
    match = _QUALIFIER.match(text, end, end + 30)
    if match is None:
        return None
    words = match.group(1).split(" ")
    codes = region_codes()
    for size in range(len(words), 0, -1):
        written = " ".join(words[:size])
        for form in (written, written.rstrip(".")):
            code = codes.get(form)
            stop = match.start(1) + len(form)
            if code is not None and not (len(form) == 2 and text[stop : stop + 1].isalnum()):
                if _state_list(text, end, form):
                    return None
                return _Qualifier(stop, "United States", code)
            country = candidates(form) if form[:1].isupper() and len(form) > 3 else ()
            if country and country[0].name is None:
                return _Qualifier(stop, country[0].country, None)
    return None


def _state_list(text: str, end: int, form: str) -> bool:
    """Whether a US state's full name after a state's name lists states ("Nevada, Ohio and
    Florida"), rather than placing a town of that name ("Nevada, Mo.")."""
    if form != state_name(region_codes().get(form)):
        return False
    start = text.rfind(" ", 0, end - 1) + 1
    written = text[start:end].strip("“‘\"'(")
    return any(p.name == state_name(p.region) for p in candidates(written) if p.name)


def _within(place: Place, qualifier: _Qualifier) -> bool:
    if qualifier.region is not None:
        return place.country == qualifier.country and place.region == qualifier.region
    return place.country == qualifier.country


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


class _Seen(NamedTuple):
    """A place name found in a run: offsets, its places, and how the text qualifies it."""

    first: int
    last: int
    name: str
    places: tuple[Place, ...]
    qualifier: _Qualifier | None


def _shown_town(text: str, seen: _Seen) -> bool:
    """Whether the text shows a name of towns to be a place: a region or country after it, or
    a place noun before it."""
    if not any(place.is_town for place in seen.places):
        return False
    if seen.qualifier is not None and any(_within(p, seen.qualifier) for p in seen.places):
        return True
    return _PLACE_NOUN.search(text, max(0, seen.first - 30), seen.first) is not None


def _resolved(text: str, seen: _Seen, context: Context, towns: set[str]) -> Place | None:
    """The place a name found in the text means, or None when it is a town the text does not
    show to be a place."""
    places = seen.places
    if seen.qualifier is not None:
        within = tuple(place for place in places if _within(place, seen.qualifier))
        if within:
            return within[0]
    place = choose(places, context, seen.name)
    if not place.is_town:
        return place
    before = text[max(0, seen.first - 30) : seen.first]
    # A US town is placed by its state (AP style writes one after it); a foreign town by its
    # region or country.
    local = (place.country, place.region) in context.regions or (
        place.country != "United States" and place.country in context.countries
    )
    if (
        _PLACE_NOUN.search(before)
        or name_key(seen.name) in towns
        or (local and _LOCATIVE.search(before))
    ):
        return place
    known = tuple(p for p in places if not p.is_town)
    return choose(known, context, seen.name) if known else None


def _sure(seen: _Seen) -> Place | None:
    """The place of a name that names one for sure: a qualified place, a country, a US state, or
    the one PROMINENT place of a name ("Chicago"); a smaller one may be a word or a name."""
    if seen.qualifier is not None:
        return next((p for p in seen.places if _within(p, seen.qualifier)), None)
    known = [place for place in seen.places if not place.is_town]
    if len(known) != 1:
        return None
    place = known[0]
    if place.name is None or place.population >= PROMINENT or place.name == _state(place):
        return place
    return None


def _state(place: Place) -> str | None:
    return state_name(place.region) if place.country == "United States" else None


def _first_names(found: list[tuple[_Run, list[tuple[int, int, Place]]]]) -> set[str]:
    """The first words of longer names that are no place ("Marion" of "Marion Jones")."""
    return {name_key(run.words[0]) for run, places in found if len(run.words) > 1 and not places}


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceRef]:
    """Every place named in `text[start:end]`, in order, with offsets into `text`."""
    runs = _runs(text, start, len(text) if end is None else end)
    found = [(run, _places_of(run)) for run in runs]
    titled, surnames = _person_names(text, found)
    firsts = _first_names(found)
    honorifics = _honorifics()
    seen: list[_Seen] = []
    for _, places in found:
        for first, last, _ in places:
            name = text[first:last]
            if first in titled or (name in honorifics and text[last : last + 1] == "."):
                continue
            options = candidates(name)
            if not options or (_acronym(name) and not is_dateline(text, first, last)):
                continue
            if _SPEAKER_BEFORE.search(text, max(0, first - 20), first):
                continue  # "said Obama": a speaker, not a place
            qualifier = _qualifier(text, last)
            placed = qualifier is not None and any(_within(p, qualifier) for p in options)
            if " " not in name and name_key(name) in surnames and not placed:
                options = tuple(p for p in options if p.name is None)
                if not options:
                    continue
            seen.append(_Seen(first, last, name, options, qualifier))
    # A party to a court case ("Shelby County v. Holder") names the case in the whole text.
    cases = {name_key(item.name) for item in seen if _CASE.match(text, item.last)}
    if cases:
        seen = [item for item in seen if item.qualifier or name_key(item.name) not in cases]
    sure = [place for item in seen if (place := _sure(item)) is not None]
    context = context_of(sure) if sure else NO_CONTEXT
    towns = {name_key(item.name) for item in seen if _shown_town(text, item)}
    refs: list[PlaceRef] = []
    openers: list[PlaceRef] = []  # smaller cities opening a sentence: kept if named elsewhere
    for item in seen:
        place = _resolved(text, item, context, towns)
        if place is None or (place.is_town and name_key(item.name) in firsts - towns):
            continue
        ref = _ref(text, item, place)
        opener = _small_city(item.name, place) and _sentence_start(text, item.first)
        if opener and not is_dateline(text, item.first, item.last):
            openers.append(ref)
            continue
        refs.append(ref)
    named = {(ref.name, ref.country) for ref in refs}
    refs = sorted([*refs, *(r for r in openers if (r.name, r.country) in named)], key=_start)
    merged: list[PlaceRef] = []
    for ref in refs:
        if merged and ref.start < merged[-1].end:
            continue  # the country or state of the place before it
        merged.append(ref)
    return merged


def _ref(text: str, seen: _Seen, place: Place) -> PlaceRef:
    """The reference to a place, with the region or country after it when that names it."""
    end = seen.last
    if seen.qualifier is not None and _within(place, seen.qualifier) and place.name is not None:
        end = seen.qualifier.end
    return PlaceRef(
        seen.first, end, text[seen.first : end], place.name, place.country, place.population,
        place.region,
    )  # fmt: skip
