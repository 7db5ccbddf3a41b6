"""The items of one announcement (see `extract.follow_up`), each read for its place, day and
organisation, and the day of a follow-up resolved from the article's.

The announced text is cut into items at commas and "and"/"before"/"while" (never inside an
organisation's or a date's words), and each item holds at most one follow-up:
its place (a city or country after "in", "at", "to" or "and", else capitalised words after "in" or
"at"), its day (never one after "last", "since", "by", "until", nor a past date), and the
organisation it is held with. Places, days and organisations stated before the cue belong to the
event already reported ("The Lima summit will be followed by"), except the organisation of the
first item ("A UN-Peru meeting is scheduled for ...").

Days resolve forward from the article's date (`published`, else the main event's day): "on
Wednesday" in a Monday article is two days later; "a day later" is the day after the follow-up
before it; "next week" and "later this week" name no day. The organisation is the acronym in
brackets when given ("... of American States (OAS)" gives "OAS"), else one after "with", else a
name with capitals ("Peru-UN", "UEFA"), else the longest run of capitalised words; never a person
or a country.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from newscmp.extract.follow_up_cues import (
    FROM_ARTICLE_DAYS,
    NAME_CONNECTORS,
    PAST_DAYS,
    RELATIVE_DAYS,
)
from newscmp.model import Span
from newscmp.text.dates import (
    MONTHS,
    WEEKDAYS,
    DateRef,
    find_dates,
    resolve_weekday,
    resolve_year,
)
from newscmp.text.names import country_name
from newscmp.text.places import PlaceRef, find_places
from newscmp.text.titles import STOP_WORDS

_RELATIVE = re.compile(
    r"\b(?:"
    + "|".join(sorted({**RELATIVE_DAYS, **FROM_ARTICLE_DAYS}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"[,;]\s|\s(?:and|before|while|but|then|followed\sby)\s")
# Words before a day that make it no follow-up's day: a past one or a deadline.
_NOT_EVENT_DAY = re.compile(r"\b(?:last|since|earlier|previous|by|until)\s?$", re.IGNORECASE)
_TOKEN = re.compile(
    r"[^\W\d_][\w&-]{0,40}(?:['’](?!s\b)[^\W\d_][\w&-]{0,20})?(?:\.[^\W\d_][\w&-]{0,10}){0,4}"
    r"|\d{1,4}-[^\W\d_]{1,20}|\(|\)"
)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&.]{1,9})\)")
_LOCATIVE_NAME = re.compile(
    r"\b(?:in|at)\s([A-Z][\w-]{2,30}(?:\s[A-Z][\w-]{2,30}){0,2})"
    r"(?=[,.;]|$|\s(?:on|next|this|later|in|at|for|and|to|tomorrow)\b)"
)
_LOCATIVE = re.compile(r"\b(?:in|at|to|and|or|near)\s(?:the\s)?$")
_WITH = re.compile(r"\bwith\s(?:the\s)?$")


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    place: str | None
    day: DateRef | None
    relative: str | None
    with_: str | None

    @property
    def timed(self) -> bool:
        return self.day is not None or self.relative is not None


@dataclass(frozen=True, slots=True)
class _Name:
    start: int
    end: int
    name: str
    rank: int  # 0 an acronym in brackets, 1 after "with", 2 with an acronym in it, 3 the others


@dataclass(frozen=True, slots=True)
class _Scope:
    clause: int  # the clause of the cue starts here; its organisation may be the first item's
    begin: int  # the announced words: places and days count from here
    end: int
    days: tuple[int, int]  # where days count: all the scope, or only the time cue's words


def _is_name_word(word: str) -> bool:
    low = word.lower()
    return word[0].isupper() and low not in STOP_WORDS and low not in WEEKDAYS and low not in MONTHS


def _name(text: str, run: list[re.Match[str]], sentence_start: int) -> _Name | None:
    """The organisation a run of capitalised words names, or None: a country, a word that only
    opens the sentence, a single word not introduced by "with" ("the House on Thursday")."""
    while run and run[-1].group().lower() in NAME_CONNECTORS:
        run.pop()
    if not run:
        return None
    first, last = run[0].start(), run[-1].end()
    words = [match.group() for match in run]
    acronym = _ACRONYM.match(text, last + 1)
    if acronym is not None and text[last : last + 1] == " ":
        return _Name(first, acronym.end(), acronym.group(1), 0)
    introduced = _WITH.search(text, max(0, first - 9), first) is not None
    if introduced:
        rank = 1
    elif any(len(part) > 1 and part.isupper() for word in words for part in word.split("-")):
        rank = 2
    elif len(words) > 1:
        rank = 3
    else:
        return None
    if len(words) == 1 and (country_name(words[0]) is not None or first == sentence_start):
        return None
    return _Name(first, last, " ".join(words), rank)


def _names(text: str, scope: _Scope, places: set[int], sentence_start: int) -> list[_Name]:
    """Runs of capitalised words that name organisations in the scope; a place joins a run
    only after "of" ("Bank of England"), so "UEFA in Madrid" is no name."""
    runs: list[list[re.Match[str]]] = [[]]
    for token in _TOKEN.finditer(text, scope.clause, scope.end):
        word, run = token.group(), runs[-1]
        joined = bool(run) and text[run[-1].end() : token.start()] == " "
        after_of = joined and run[-1].group() == "of"
        if _is_name_word(word) and (token.start() not in places or after_of):
            if not joined:
                runs.append([])
            runs[-1].append(token)
        elif joined and word.lower() in NAME_CONNECTORS:
            run.append(token)
        else:
            runs.append([])
    names = (_name(text, run, sentence_start) for run in runs)
    return [name for name in names if name is not None]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in spans)


def _place(text: str, lo: int, hi: int, places: list[PlaceRef], names: list[_Name]) -> str | None:
    """The first place of an item after "in", "at", "to" (or "and" after a place): a city, a
    country, else capitalised words ("at Anfield next Tuesday")."""
    for ref in places:
        if lo <= ref.start and ref.end <= hi and _LOCATIVE.search(text, ref.start - 9, ref.start):
            return ref.name or ref.country
    taken = [(name.start, name.end) for name in names]  # "in Europe" of a longer name
    for match in _LOCATIVE_NAME.finditer(text, lo, hi):
        words = match.group(1).split()
        if not _inside(match.start(), taken) and all(_is_name_word(word) for word in words):
            return match.group(1)
    return None


def _day(text: str, lo: int, hi: int, days: list[DateRef]) -> DateRef | None:
    for ref in days:
        stated = ref.day is not None or ref.is_weekday_only
        inside = lo <= ref.start and ref.end <= hi
        if inside and stated and not _NOT_EVENT_DAY.search(text, ref.start - 10, ref.start):
            return ref
    return None


def _items(text: str, scope: _Scope, sentence_start: int, people: list[Span]) -> list[_Item]:
    """The pieces of an announcement, each with its place, day and organisation."""
    spoken = [(span.start - 1, span.end + 1) for span in people]
    places = [r for r in find_places(text, scope.begin, scope.end) if not _inside(r.start, spoken)]
    days = find_dates(text, *scope.days)
    names = _names(text, scope, {ref.start for ref in places}, sentence_start)
    names = [name for name in names if not _inside(name.start, spoken)]
    protected = [(n.start, n.end) for n in names] + [(r.start, r.end) for r in places]
    protected += [(ref.start, ref.end) for ref in days]
    bounds = [scope.begin]
    for match in _SEPARATOR.finditer(text, scope.begin, scope.end):
        if not _inside(match.start(), protected) and not _inside(match.end() - 1, protected):
            bounds.extend((match.start(), match.end()))
    bounds.append(scope.end)
    items: list[_Item] = []
    for index in range(0, len(bounds), 2):
        lo, hi = bounds[index], bounds[index + 1]
        floor = scope.clause if index == 0 else lo  # the first item starts with its clause
        place = _place(text, lo, hi, places, names)
        inside = [n for n in names if floor <= n.start and n.end <= hi and n.name != place]
        best = min(inside, key=lambda name: (name.rank, -len(name.name)), default=None)
        relative = _RELATIVE.search(text, lo, hi)
        day = _day(text, lo, hi, days)
        with_ = best.name if best else None
        items.append(
            _Item(floor, hi, place, day, relative.group().lower() if relative else None, with_)
        )
    return items


def _year_ahead(month: int, day: int, anchor: datetime.date) -> int:
    """The year of a later event's `month`/`day`: the nearest to `anchor`, unless that is
    more than `PAST_DAYS` before it ("on October 17" in an April article is this October; "March
    5" in a March 6 article stays a past day)."""
    year = resolve_year(month, day, anchor)
    try:
        past = (anchor - datetime.date(year, month, day)).days > PAST_DAYS
    except ValueError:  # 29 February
        return year
    return year + 1 if past else year


def _when(
    item: _Item, anchor: datetime.date | None, previous: tuple[datetime.date | None, int | None]
) -> tuple[datetime.date | None, int | None]:
    """The day (date, weekday 0-6) of one follow-up; `previous` is the one named before it."""
    ref = item.day
    if ref is not None and ref.month is not None and ref.day is not None:
        year = ref.year or (_year_ahead(ref.month, ref.day, anchor) if anchor else None)
        if year is None:
            return None, ref.weekday
        date = datetime.date(year, ref.month, ref.day)
        if anchor is not None and date < anchor:
            return None, None  # a past day: not the follow-up's
        return date, date.weekday()
    if ref is not None and ref.weekday is not None:
        return (resolve_weekday(ref.weekday, anchor, "future") if anchor else None), ref.weekday
    if item.relative in FROM_ARTICLE_DAYS and anchor is not None:
        later = anchor + datetime.timedelta(days=FROM_ARTICLE_DAYS[item.relative])
        return later, later.weekday()
    if item.relative in RELATIVE_DAYS:
        shift = RELATIVE_DAYS[item.relative]
        before, weekday = previous
        return (
            before + datetime.timedelta(days=shift) if before else None,
            (weekday + shift) % 7 if weekday is not None else None,
        )
    return None, None
