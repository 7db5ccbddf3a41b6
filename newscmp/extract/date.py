"""The date of the main event of an article: one fact per source.

Every date in the article's sentences is a candidate. Candidates are resolved to a day (a weekday
against the article's own date, looking back; a day and month to the year nearest that date) and
scored: earlier sentences weigh more, a date next to event words ("talks on Monday") or stated
in full weighs more, a date after a future cue ("a meeting on Wednesday") or another time cue
("last month", "since") weighs little. Scores of the same day add up, and the mentions of the
winning day are returned, each with its own words ("March 14, 2023", "Tuesday").

Without an article date, a day without a year stays `--MM-DD` unless another mention of the same
day gives the year; a weekday alone is `None` unless it names the weekday of the winning date.
Dates in publication lines ("This content was published on ...", "2 min. 10.01.2022") are
metadata: never the event, but the anchor when the article has no date of its own.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from newscmp.extract.event import future_before, has_event_word
from newscmp.model import Article, DateValue, Kind, Mention, Role, Span
from newscmp.text.dates import DateRef, find_dates, parse_iso, resolve_weekday, resolve_year
from newscmp.text.sentences import split_sentences

_METADATA_CUE = re.compile(r"\b(?:date|published|updated|posted|modified)\b", re.IGNORECASE)
# Letters that every match of _METADATA_CUE holds in a row, lower-cased: none of them is one that a
# case-insensitive pattern matches with a letter `str.lower()` does not give (text/case).
_METADATA_KEYS = ("date", "publ", "ted", "mod")
_WORD = re.compile(r"\w+")
_ON = re.compile(r"\bon\s(?:the\s)?$", re.IGNORECASE)
_OTHER_TIME = re.compile(
    r"\b(?:last|since|until|till|before|after|by|from|next|this|every|each|previous|coming)\s$",
    re.IGNORECASE,
)
_AGO = re.compile(r"\s(?:ago|earlier|before)\b")
# A date told with a reporting verb is when the news was given, not when the event happened:
# "police said on Saturday".
REPORT_VERBS = (
    "said", "says", "told", "reported", "announced", "confirmed", "added", "stated", "informed",
)  # fmt: skip
_REPORTED = re.compile(r"\b(?:" + "|".join(REPORT_VERBS) + r")\s(?:on\s)?(?:the\s)?$")
# A date after a verb of starting dates the event itself: "since the strike began on Wednesday".
START_VERBS = ("began", "begun", "started", "opened", "erupted", "broke out", "kicked off")
_STARTED = re.compile(
    r"\b(?:" + "|".join(v.replace(" ", r"\s") for v in START_VERBS) + r")\s(?:on\s)?(?:the\s)?$"
)
# A weekday's possessive names the day of what follows: "Friday evening's shooting".
_POSSESSIVE = re.compile(r"(?:\s(?:morning|afternoon|evening|night))?['’]s\s")
_METADATA_WORDS = 3  # a line with this few words besides its date is a dateline or byline


@dataclass(frozen=True, slots=True)
class _Candidate:
    ref: DateRef
    key: str | None  # ISO date, --MM-DD, or None for a weekday without an anchor
    score: float


# How far around a date to look for the rest of its line: a publication line is short, so a
# line that goes on past this is story text (and the scan stays linear on one huge line).
_LINE_WINDOW = 200


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line around `text[start:end]`, or None when it reaches past _LINE_WINDOW."""
    low = max(0, start - _LINE_WINDOW)
    head = text.rfind("\n", low, start) + 1
    if head == 0 and low > 0:
        return None
    high = min(len(text), end + _LINE_WINDOW)
    tail = text.find("\n", end, high)
    if tail < 0:
        if high < len(text):
            return None
        tail = len(text)
    return head, tail


def _is_metadata(text: str, ref: DateRef) -> bool:
    """Whether a date is part of a publication line rather than of the story."""
    near = max(text.rfind("\n", max(0, ref.start - 40), ref.start) + 1, ref.start - 40)
    if _may_hold_cue(text[near : ref.start].lower()) and _METADATA_CUE.search(
        text, near, ref.start
    ):
        return True
    bounds = _line_bounds(text, ref.start, ref.end)
    if bounds is None:
        return False
    head, tail = bounds
    # The words of the line besides the date, counted as far as needed.
    count = 0
    for low, high in ((head, ref.start), (ref.end, tail)):
        for _ in _WORD.finditer(text, low, high):
            count += 1
            if count > _METADATA_WORDS:
                return False
    return True


def _may_hold_cue(lowered: str) -> bool:
    """False when `_METADATA_CUE` cannot match text that lower-cases to `lowered`."""
    return any(key in lowered for key in _METADATA_KEYS)


def _quoted(text: str, position: int) -> bool:
    """Whether `position` is inside quotation marks on its line: a speaker's "tonight" is the
    night they spoke, not a day counted from the article's date."""
    head = text[text.rfind("\n", max(0, position - _LINE_WINDOW * 5), position) + 1 : position]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


def _anchor(article: Article) -> datetime.date | None:
    """The article's own date: `published`, else the first full date in a publication line."""
    published = parse_iso(article.published) if article.published else None
    if published is not None:
        return published
    for ref in find_dates(article.text):
        if ref.year and ref.month and ref.day and _is_metadata(article.text, ref):
            return datetime.date(ref.year, ref.month, ref.day)
    return None


def _resolve(ref: DateRef, anchor: datetime.date | None, ahead: bool = False) -> str | None:
    """The day `ref` names; a weekday after a future cue ("will meet Thursday") looks ahead."""
    if ref.month is not None and ref.day is not None:
        if ref.year is not None:
            return datetime.date(ref.year, ref.month, ref.day).isoformat()
        if anchor is None:
            return f"--{ref.month:02d}-{ref.day:02d}"
        return datetime.date(
            resolve_year(ref.month, ref.day, anchor), ref.month, ref.day
        ).isoformat()
    if ref.weekday is not None and anchor is not None:
        return resolve_weekday(ref.weekday, anchor, "future" if ahead else "past").isoformat()
    if ref.offset is not None and anchor is not None:
        return (anchor + datetime.timedelta(days=ref.offset)).isoformat()
    return None


def _score(text: str, ref: DateRef, start: int, end: int, index: int) -> float:
    """How strongly one date, in the sentence `text[start:end]`, dates the main event."""
    score = 1.0 / (1.0 + 0.15 * index)
    if ref.year is not None and ref.day is not None:
        score *= 2.0
    if has_event_word(text, start, end):
        score *= 1.5
    if _ON.search(text, max(start, ref.start - 8), ref.start):
        score *= 1.5
    if _STARTED.search(text, max(start, ref.start - 20), ref.start):
        score *= 1.5
    if ref.weekday is not None and _POSSESSIVE.match(text, ref.end):
        score *= 2.0
    if _OTHER_TIME.search(text, max(start, ref.start - 12), ref.start) or _AGO.match(text, ref.end):
        score *= 0.2
    if _REPORTED.search(text, max(start, ref.start - 20), ref.start):
        score *= 0.2
    if future_before(text, start, ref.start):
        score *= 0.1
    return score


def _candidates(article: Article, anchor: datetime.date | None) -> list[_Candidate]:
    found: list[_Candidate] = []
    refs = [
        (index, sentence, ref)
        for index, sentence in enumerate(split_sentences(article))
        for ref in find_dates(article.text, sentence.start, sentence.end)
    ]
    month_first: bool | None = None
    if any(_SLASHED.fullmatch(ref.text) for _, _, ref in refs):
        month_first = _month_first([ref for _, _, ref in refs])
    for index, sentence, ref in refs:
        ref = _slashed(ref, month_first)
        dated = ref.day is not None or ref.is_weekday_only or ref.is_relative
        if not dated or _is_metadata(article.text, ref):
            continue
        if ref.is_relative and _quoted(article.text, ref.start):
            continue
        score = _score(article.text, ref, sentence.start, sentence.end, index)
        ahead = ref.is_weekday_only and future_before(article.text, sentence.start, ref.start)
        found.append(_Candidate(ref, _resolve(ref, anchor, ahead), score))
    return found


# A numeric date both of whose first numbers may be the month: "2/3/2009".
_SLASHED = re.compile(r"(?P<a>\d{1,2})([./])(?P<b>\d{1,2})\2\d{4}")
_MONTH_DAY = re.compile(r"[A-Za-z]\.?\s\d{1,2}\b")  # "March 14", "Tuesday, Mar. 14"
_DAY_MONTH = re.compile(r"\b\d{1,2}\s(?:of\s)?[A-Za-z]")  # "14 March"


def _month_first(refs: list[DateRef]) -> bool | None:
    """How the article writes its numeric dates: month first where it writes "March 14" or a
    slashed date only month-first reading allows ("12/31/2009"), day first where it writes
    "14 March" or "31/12/2009"; None when it does not show (an American style guide and a
    British one read "2/3/2009" differently, so such a date stays unread)."""
    votes = 0
    for ref in refs:
        slashed = _SLASHED.fullmatch(ref.text)
        if slashed is not None:
            first, second = int(slashed["a"]), int(slashed["b"])
            votes += (second > 12) - (first > 12)
        elif ref.day is not None and not ref.text[:1].isdigit():
            votes += _MONTH_DAY.search(ref.text) is not None
        elif ref.day is not None:
            votes -= _DAY_MONTH.search(ref.text) is not None
    return None if votes == 0 else votes > 0


def _slashed(ref: DateRef, month_first: bool | None) -> DateRef:
    """A slashed date read as the article writes dates; an ambiguous one (both numbers 12 or
    less, and differing) without a known style is no day at all."""
    slashed = _SLASHED.fullmatch(ref.text)
    if slashed is None or ref.year is None:
        return ref
    first, second = int(slashed["a"]), int(slashed["b"])
    if first > 12 or second > 12 or first == second:
        return ref  # only one reading, as `find_dates` gives it
    if month_first is None:
        return replace(ref, month=None, day=None)
    month, day = (first, second) if month_first else (second, first)
    return replace(ref, month=month, day=day)


def _with_years(candidates: list[_Candidate]) -> list[_Candidate]:
    """Without an article date, "Mar 14" takes its year from a full "March 14, 2023"."""
    full: dict[str, str] = {}
    for item in candidates:
        if item.key and not item.key.startswith("--"):
            full.setdefault(item.key[5:], item.key)
    return [
        _Candidate(item.ref, full.get(item.key[2:], item.key), item.score)
        if item.key and item.key.startswith("--")
        else item
        for item in candidates
    ]


def _weekday_of(key: str, candidates: list[_Candidate]) -> int | None:
    """The weekday of a resolved day: from the calendar, or as stated beside a yearless date."""
    if not key.startswith("--"):
        return datetime.date.fromisoformat(key).weekday()
    stated = (item.ref.weekday for item in candidates if item.key == key)
    return next((weekday for weekday in stated if weekday is not None), None)


def _choose(candidates: list[_Candidate]) -> tuple[DateValue, list[_Candidate]] | None:
    """The winning day and the candidates that state it."""
    totals: dict[str, float] = defaultdict(float)
    weekdays: dict[int, float] = defaultdict(float)
    for item in candidates:
        if item.key is not None:
            totals[item.key] += item.score
        elif item.ref.weekday is not None:
            weekdays[item.ref.weekday] += item.score
    for key in totals:
        weekday = _weekday_of(key, candidates)
        totals[key] += weekdays.get(weekday, 0.0) if weekday is not None else 0.0
    if totals:
        order = list(dict.fromkeys(item.key for item in candidates if item.key))
        winner = max(order, key=lambda key: (totals[key], -order.index(key)))
        weekday = _weekday_of(winner, candidates)
        chosen = [
            item
            for item in candidates
            if item.key == winner or (item.key is None and item.ref.weekday == weekday)
        ]
        return DateValue(winner), chosen
    if weekdays:
        best = max(weekdays, key=lambda day: weekdays[day])
        return DateValue(None), [item for item in candidates if item.ref.weekday == best]
    return None


def extract_dates(article: Article) -> list[Mention]:
    """Mentions of the day the article's main event happened, all stating the same day."""
    return list(_event_dates(article)[0])


def extract_date_mentions(article: Article) -> list[Mention]:
    """Every dated mention: the main event's day as claims, each other day the article names as
    context (`other_date`, until `newscmp.claims` or the comparison's main event says more)."""
    chosen, others = _event_dates(article)
    return [*chosen, *others]


@lru_cache(maxsize=256)
def _event_dates(article: Article) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """Remembered per article: the follow-up extractor asks for the main event's day too.
    The mentions of the winning day, and those of every other resolved day."""
    anchor = _anchor(article)
    candidates = _candidates(article, anchor)
    if anchor is None:
        candidates = _with_years(candidates)
    chosen = _choose(candidates)
    if chosen is None:
        return (), ()
    value, items = chosen
    winners = tuple(
        Mention(Kind.DATE, article.id, item.ref.text, Span(item.ref.start, item.ref.end), value)
        for item in items
    )
    picked = {id(item) for item in items}
    others = tuple(
        Mention(
            Kind.DATE,
            article.id,
            item.ref.text,
            Span(item.ref.start, item.ref.end),
            DateValue(item.key),
            Role.CONTEXT,
            "other_date",
        )
        for item in candidates
        if id(item) not in picked and item.key is not None and item.key != value.date
    )
    return winners, others
