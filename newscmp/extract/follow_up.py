"""Later meetings or events an article announces: where, when and with whom.

A sentence announces follow-ups when it holds an announcement cue (`ANNOUNCEMENT_CUES`: "will be
followed by", "is scheduled for", "shift to", "the second leg"...) or a future time (`TIME_CUES`:
"next week", "later this week") and an event word ("meeting", "talks", "strike", "sentencing").
What the cue announces is read after it, up to a reporting verb ("..., the union said"); a time
cue reads its whole clause, but only its own words give a day ("next Tuesday"). That text is
cut into items at commas and "and"/"before"/"while" (never inside an organisation's or a date's
words), and each item holds at most one follow-up:
its place (a city or country after "in", "at", "to" or "and", else capitalised words after "in" or
"at"), its day (never one after "last", "since", "by", "until", nor a past date), and the
organisation it is held with. An item with only a place and the next with only a day are one
follow-up ("shift to Lyon, where ... on Friday"); a day alone right after a follow-up
("on Wednesday and Thursday") takes its place. Places, days and organisations stated before the
cue belong to the event already reported ("The Lima summit will be followed by"), except the
organisation of the first item ("A UN-Peru meeting is scheduled for ...").

Days resolve forward from the article's date (`published`, else the main event's day): "on
Wednesday" in a Monday article is two days later; "a day later" is the day after the follow-up
before it; "next week" and "later this week" name no day. `weekday` is the English name, stated
or from the calendar for a resolved date. The organisation is the acronym in brackets when given
("... of American States (OAS)" gives "OAS"), else one after "with", else a name with capitals
("Peru-UN", "UEFA"), else the longest run of capitalised words; never a person or a country.
When the day of a follow-up is the main event's day and another sentence dates the main event,
it is the main event restated, not a follow-up.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from newscmp.extract.date import extract_dates
from newscmp.extract.event import WordTable, has_event_word, words_between
from newscmp.extract.follow_up_cues import (
    ANNOUNCEMENT_CUES,
    CUE_WORDS,
    FOLLOW_UP_NOUNS,
    FROM_ARTICLE_DAYS,
    NAME_CONNECTORS,
    PAST_DAYS,
    RELATIVE_DAYS,
    TIME_CUES,
)
from newscmp.model import Article, DateValue, FollowUpValue, Kind, Mention, Span
from newscmp.text.dates import (
    MONTHS,
    WEEKDAYS,
    DateRef,
    find_dates,
    parse_iso,
    resolve_weekday,
    resolve_year,
)
from newscmp.text.names import country_name, find_people
from newscmp.text.numbers import lowered_words
from newscmp.text.places import PlaceRef, find_places
from newscmp.text.sentences import split_sentences
from newscmp.text.titles import STOP_WORDS

# The first letters of the cues' matches (tests/test_date_speed_shortcuts.py expands every cue to
# check them): a place where none stands is no cue's, and is passed over without trying them all.
_CUE_STARTS = "'’ahimpstw"
_TIME_CUE_STARTS = "ilnt"
_CUE = re.compile(
    rf"\b(?=[{_CUE_STARTS}])(?:" + "|".join(ANNOUNCEMENT_CUES) + r")\b", re.IGNORECASE
)
_TIME_CUE = re.compile(
    rf"\b(?=[{_TIME_CUE_STARTS}])(?:" + "|".join(TIME_CUES) + r")\b", re.IGNORECASE
)
# A cue's words are whole words of letters, so `lowered_words` holds them too (checked with
# the cue patterns in tests/test_date_speed_shortcuts.py).
_CUE_LETTERS = frozenset(word.encode("ascii") for word in CUE_WORDS)
_RELATIVE = re.compile(
    r"\b(?:"
    + "|".join(sorted({**RELATIVE_DAYS, **FROM_ARTICLE_DAYS}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_NOUNS = WordTable.of(FOLLOW_UP_NOUNS)
_REPORTING = re.compile(r"\b(?:said|says|told|added|according\sto)\b")
_SEPARATOR = re.compile(r"[,;]\s|\s(?:and|before|while|but|then|followed\sby)\s")
_CLAUSE_START = re.compile(r"[,;:]\s")
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
_TRIM = " ,;:.\t\n\u00a0"
WEEKDAY_NAMES: tuple[str, ...] = tuple(
    name.title() for name, _ in sorted(
        ((name, day) for name, day in WEEKDAYS.items() if len(name) > 5), key=lambda pair: pair[1]
    )
)  # fmt: skip


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


def _main_event(article: Article) -> tuple[datetime.date | None, list[Span]]:
    """The main event's day (None without a year) and the spans that date it."""
    mentions = extract_dates(article)
    value = mentions[0].value if mentions else None
    day = parse_iso(value.date) if isinstance(value, DateValue) and value.date else None
    return day, [mention.span for mention in mentions]


@dataclass(frozen=True, slots=True)
class _Scope:
    clause: int  # the clause of the cue starts here; its organisation may be the first item's
    begin: int  # the announced words: places and days count from here
    end: int
    days: tuple[int, int]  # where days count: all the scope, or only the time cue's words


def _may_announce(sentence: str) -> bool:
    """False when a sentence holds no cue word as `lowered_words` spells them (the other
    extractors have already asked for them): then no cue matches in it."""
    words = lowered_words(sentence)
    return words is None or not words.isdisjoint(_CUE_LETTERS)


def _scope(text: str, start: int, end: int) -> _Scope | None:
    """What the first announcement of a sentence announces."""
    words = words_between(text, start, end)
    if words is not None and words.isdisjoint(CUE_WORDS):
        return None
    cue = _CUE.search(text, start, end) or _TIME_CUE.search(text, start, end)
    if cue is None:
        return None
    clause = start
    for match in _CLAUSE_START.finditer(text, start, cue.start()):
        clause = match.end()
    begin = cue.end() if cue.re is _CUE else clause
    stop = _REPORTING.search(text, begin, end)
    stop_at = stop.start() if stop else end
    days = (begin, stop_at) if cue.re is _CUE else (cue.start(), cue.end())
    return _Scope(clause, begin, stop_at, days)


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


def _bare_day(text: str, item: _Item) -> bool:
    """Whether an item is a day and nothing else ("and Thursday", "on Friday")."""
    if item.day is None:
        return False
    rest = text[item.start : item.day.start] + " " + text[item.day.end : item.end]
    return all(word in {"on", "and", "the"} for word in rest.lower().strip(_TRIM).split())


def _merged(text: str, items: list[_Item]) -> list[_Item]:
    """Items joined where one gives the place and the next the day of the same follow-up."""
    merged: list[_Item] = []
    last = -2
    for index, item in enumerate(items):
        if item.place is None and not item.timed:
            continue
        before = merged[-1] if merged and last == index - 1 else None
        last = index
        if (
            before is not None
            and before.place
            and not before.timed
            and item.timed
            and not item.place
        ):
            merged[-1] = replace(item, start=before.start, place=before.place,
                                 with_=before.with_ or item.with_)  # fmt: skip
            continue
        if before is not None and before.timed and before.place is None and not item.timed:
            merged[-1] = replace(before, end=item.end, place=item.place,
                                 with_=before.with_ or item.with_)  # fmt: skip
            continue
        if before is not None and before.place and item.place is None and _bare_day(text, item):
            item = replace(item, place=before.place, with_=before.with_)
        merged.append(item)
    return merged


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


def _value(item: _Item, date: datetime.date | None, weekday: int | None) -> FollowUpValue:
    return FollowUpValue(
        place=item.place,
        date=date.isoformat() if date else None,
        weekday=WEEKDAY_NAMES[weekday] if weekday is not None else None,
        with_=item.with_,
    )


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return Span(start, end)


def extract_follow_ups(article: Article) -> list[Mention]:
    """Mentions of the later meetings or events the article announces (see the module's doc)."""
    text = article.text
    main, main_spans = _main_event(article)
    # Weekdays count forward from the article's date, else from its main event's.
    anchor = (parse_iso(article.published) if article.published else None) or main
    people = [ref.span for ref in find_people(article)]
    mentions: list[Mention] = []
    for sentence in split_sentences(article):
        if not _may_announce(sentence.text) or not (
            has_event_word(text, sentence.start, sentence.end) or _NOUNS.found_in(sentence.text)
        ):
            continue
        scope = _scope(text, sentence.start, sentence.end)
        if scope is None:
            continue
        elsewhere = any(not sentence.start <= span.start < sentence.end for span in main_spans)
        previous: tuple[datetime.date | None, int | None] = (None, None)
        for item in _merged(text, _items(text, scope, sentence.start, people)):
            date, weekday = previous = _when(item, anchor, previous)
            if item.place is None and weekday is None:
                continue  # "a day later" after no day: nothing is known
            if date is not None and date == main and elsewhere:
                continue  # the reported event itself, dated elsewhere in the article
            span = _trimmed(text, item.start, item.end)
            value = _value(item, date, weekday)
            mentions.append(
                Mention(Kind.FOLLOW_UP, article.id, text[span.start : span.end], span, value)
            )
    return mentions
