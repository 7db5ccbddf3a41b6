"""Later meetings or events an article announces: where, when and with whom.

A sentence announces follow-ups when it holds an announcement cue (`ANNOUNCEMENT_CUES`: "will be
followed by", "is scheduled for", "shift to", "the second leg"...) or a future time (`TIME_CUES`:
"next week", "later this week") and an event word ("meeting", "talks", "strike", "sentencing").
What the cue announces is read after it, up to a reporting verb ("..., the union said"); a time
cue reads its whole clause, but only its own words give a day ("next Tuesday"). That text is
cut into items, each with at most one follow-up's place, day and organisation, and each day is
resolved from the article's date (`extract.follow_up_items`). An item with only a place and the
next with only a day are one follow-up ("shift to Lyon, where ... on Friday"); a day alone right
after a follow-up ("on Wednesday and Thursday") takes its place. `weekday` is the English name,
stated or from the calendar for a resolved date. When the day of a follow-up is the main event's
day and another sentence dates the main event, it is the main event restated, not a follow-up.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import replace

from newscmp.extract.date import extract_dates
from newscmp.extract.event import WordTable, has_event_word, words_between
from newscmp.extract.follow_up_cues import (
    ANNOUNCEMENT_CUES,
    CUE_WORDS,
    FOLLOW_UP_NOUNS,
    TIME_CUES,
)
from newscmp.extract.follow_up_items import _Item, _items, _Scope, _when
from newscmp.model import Article, DateValue, FollowUpValue, Kind, Mention, Span
from newscmp.text.dates import WEEKDAYS, parse_iso
from newscmp.text.names import find_people
from newscmp.text.numbers import lowered_words
from newscmp.text.sentences import split_sentences
from newscmp.text.words import may_hold, word_keys

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
_CUE_LETTERS = word_keys(CUE_WORDS)
_NOUNS = WordTable.of(FOLLOW_UP_NOUNS)
_REPORTING = re.compile(r"\b(?:said|says|told|added|according\sto)\b")
_CLAUSE_START = re.compile(r"[,;:]\s")
_TRIM = " ,;:.\t\n\u00a0"
WEEKDAY_NAMES: tuple[str, ...] = tuple(
    name.title() for name, _ in sorted(
        ((name, day) for name, day in WEEKDAYS.items() if len(name) > 5), key=lambda pair: pair[1]
    )
)  # fmt: skip


def _main_event(article: Article) -> tuple[datetime.date | None, list[Span]]:
    """The main event's day (None without a year) and the spans that date it."""
    mentions = extract_dates(article)
    value = mentions[0].value if mentions else None
    day = parse_iso(value.date) if isinstance(value, DateValue) and value.date else None
    return day, [mention.span for mention in mentions]


def _may_announce(sentence: str) -> bool:
    """False when a sentence holds no cue word as `lowered_words` spells them (the other
    extractors have already asked for them): then no cue matches in it."""
    return may_hold(lowered_words(sentence), _CUE_LETTERS)


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
    people_starts = [span.start for span in people]  # in text order: a sentence's by bisect
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
        first = bisect.bisect_left(people_starts, sentence.start)
        near = people[first : bisect.bisect_left(people_starts, sentence.end, first)]
        for item in _merged(text, _items(text, scope, sentence.start, near)):
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
