"""Find dates in text and resolve them to calendar days, keeping exact character offsets.

`find_dates(text)` returns every date expression as a `DateRef`: absolute dates in the common news
forms (`2023-03-14`, `March 14, 2023`, `14 March 2023`, `Mar. 14`, `14 Mar`, `14.03.2023`,
`14/03/2023`), weekday-dated forms (`Tuesday, March 14`, `Tuesday (Mar 14)`) and weekdays alone
(`on Monday`, `Monday's talks`), and days counted from the article's date (`yesterday`,
`this morning`). Numeric dates are read day-first unless that is impossible
(`01/31/2022`). Month names that are also words ("May", "March") count only next to a day number,
so a month name alone is never a date; times and bare years are not dates either.

`resolve_weekday` turns a weekday into a day relative to an anchor date (the article's date),
looking back for a reported event, forward for an announced one. `resolve_year` picks the year
for a day and month stated without one.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

from newscmp.text.case import fold

# Month names and their abbreviations, as written in news text (matched case-sensitively in Title
# case or upper case; lower case "may" and "march" are words, not months).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
# Weekday names (0 = Monday, as `datetime.date.weekday()`), with the abbreviations used in print.
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
# Words for a day counted from the article's own date ("presented yesterday").
RELATIVE_DAYS: dict[str, int] = {
    "yesterday": -1, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
    "this evening": 0, "last night": -1,
}  # fmt: skip
DIRECTIONS = ("past", "future", "nearest")


def _alternation(names: dict[str, int], *, min_length: int) -> str:
    words = sorted((name for name in names if len(name) >= min_length), key=len, reverse=True)
    forms = [form for word in words for form in (word.title(), word.upper())]
    return "|".join(forms)


_MONTH = rf"(?:{_alternation(MONTHS, min_length=3)})"
# Weekdays alone are matched in full only; abbreviations ("Wed", "Sun") count inside dates.
_FULL_WEEKDAYS = {name: day for name, day in WEEKDAYS.items() if len(name) > 5}
_WEEKDAY_FULL = rf"(?:{_alternation(_FULL_WEEKDAYS, min_length=6)})"
_WEEKDAY_ANY = rf"(?:{_alternation(WEEKDAYS, min_length=3)})\.?"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"
_NOT_NUMBER = r"(?![\d,.]\d)"
_RELATIVE = "|".join(name.replace(" ", r"\s") for name in RELATIVE_DAYS)

_DATE = re.compile(
    rf"""
    (?<![\w-])(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?![\w-])
    | (?<![\w.:/-])(?P<num_a>\d{{1,2}})(?P<sep>[./])(?P<num_b>\d{{1,2}})(?P=sep)(?P<num_y>{_YEAR})
      (?![\w:/]|\.\d)
    | (?<!\w)(?P<md_m>{_MONTH})\.?\s(?P<md_d>{_DAY})\b{_NOT_NUMBER}(?:,?\s(?P<md_y>{_YEAR})\b)?
    | (?<![\w.,])(?P<dm_d>{_DAY})\s(?:of\s)?(?P<dm_m>{_MONTH})\b\.?(?:,?\s(?P<dm_y>{_YEAR})\b)?
    | (?<!\w)(?P<my_m>{_MONTH})\s(?P<my_y>{_YEAR})\b{_NOT_NUMBER}
    | (?<!\w)(?P<wd>{_WEEKDAY_FULL})\b
    | (?<!\w)(?P<rel>(?i:{_RELATIVE}))\b
    """,
    re.VERBOSE,
)


def _start_pattern() -> str:
    """Where a match of _DATE may start: a digit, or a capital that begins a word and the two
    letters after it begin a month, a weekday or a relative day ("Ma" of "March", "To" of
    "Today"), or a relative day in lower case (whose first letter has no case partner but its
    capital; tests/test_date_starts.py checks it)."""
    follows: dict[str, set[str]] = {}
    for name in [*MONTHS, *_FULL_WEEKDAYS]:
        for form in (name.title(), name.upper()):
            follows.setdefault(form[0], set()).add(form[1:3])
    for name in RELATIVE_DAYS:
        follows.setdefault(name[0].upper(), set()).add(f"(?i:{name[1:3]})")
    capital = "|".join(
        rf"(?<={first})(?={'|'.join(sorted(nexts))})" for first, nexts in sorted(follows.items())
    )
    rests: dict[str, list[str]] = {}
    for name in RELATIVE_DAYS:
        rests.setdefault(name[0], []).append(name[1:].replace(" ", r"\s"))
    lower = "|".join(
        rf"(?<={first})(?=(?i:{'|'.join(words)}))" for first, words in sorted(rests.items())
    )
    # One character first, so that the scan for it is quick: an ASCII digit, capital or letter,
    # or any other character (`\d` in the class makes the scan three times slower; a digit of
    # another script is told by (?<=\d)); then "no word character before".
    # The class is written as "no other ASCII character": the same characters as
    # `[0-9Ma...\x80-\U0010ffff]`, compiled in 0.5 ms instead of 4.
    first = {*"0123456789", *follows, *rests}
    others = "".join(f"\\x{code:02x}" for code in range(128) if chr(code) not in first)
    cases = rf"(?<=[a-z])(?:{lower})|(?<=[A-Z])(?:{capital})|(?<=\d)"
    return rf"[^{others}](?<!\w.)(?:{cases})"


# _DATE.finditer alone tries every branch at every character, which is slow: it is tried only
# where _DATE_START finds a possible start.
_DATE_START = re.compile(_start_pattern())
# What may join a weekday to the date right after it: "Tuesday, March 14", "Tuesday (Mar 14)".
_WEEKDAY_LEAD = re.compile(rf"(?<!\w)(?P<wd>{_WEEKDAY_ANY})(?P<gap>,?\s|\s?\(\s?)$")
_CLOSE_PAREN = re.compile(r"\s?\)")


@dataclass(frozen=True, slots=True)
class DateRef:
    """One date expression: offsets into the searched text, and what it states.

    Fields not stated are None: "Mar 14" has no year, "Tuesday" has only a weekday (0 = Monday).
    """

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None
    offset: int | None = None  # days from the article's date: "yesterday" is -1

    @property
    def is_weekday_only(self) -> bool:
        return self.day is None and self.month is None and self.weekday is not None

    @property
    def is_relative(self) -> bool:
        return self.offset is not None


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if day is None:
        return True
    try:
        datetime.date(year if year is not None else 2000, month, day)  # 2000 allows 29 February
    except ValueError:
        return False
    return True


def _number(value: str | None) -> int | None:
    return None if value is None else int(value.rstrip("stndrh"))


def _fields(match: re.Match[str]) -> tuple[int | None, int | None, int | None, int | None] | None:
    """(year, month, day, weekday) for one match, or None when it is not a real date."""
    group = match.group
    year: int | None
    day: int | None
    if group("iso_y"):
        year, month, day = int(group("iso_y")), int(group("iso_m")), int(group("iso_d"))
    elif group("num_y"):
        first, second, year = int(group("num_a")), int(group("num_b")), int(group("num_y"))
        day, month = (first, second) if _valid(year, second, first) else (second, first)
    elif group("md_m") or group("dm_m"):
        month = MONTHS[fold(group("md_m") or group("dm_m"))]
        day = _number(group("md_d") or group("dm_d"))
        year = _number(group("md_y") or group("dm_y"))
    elif group("my_m"):
        return int(group("my_y")), MONTHS[fold(group("my_m"))], None, None
    else:
        return None, None, None, WEEKDAYS[fold(group("wd"))]
    if not 1 <= month <= 12 or not _valid(year, month, day):
        return None
    return year, month, day, None


def _with_weekday(text: str, start: int, ref: DateRef) -> DateRef:
    """Join a weekday written right before a date ("Tuesday, Mar 14", "Tuesday (Mar 14)")."""
    if ref.day is None:
        return ref
    lead = _WEEKDAY_LEAD.search(text, max(start, ref.start - 14), ref.start)
    if lead is None:
        return ref
    end = ref.end
    if "(" in lead.group("gap"):
        close = _CLOSE_PAREN.match(text, ref.end)
        if close is None:
            return ref
        end = close.end()
    weekday = WEEKDAYS[fold(lead.group("wd").rstrip("."))]
    begin = lead.start()
    return DateRef(begin, end, text[begin:end], ref.year, ref.month, ref.day, weekday)


def _date_matches(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """Exactly the matches of `_DATE.finditer(text, start, stop)`."""
    resume = start
    for possible in _DATE_START.finditer(text, start, stop):
        position = possible.start()
        if position < resume:
            continue
        match = _DATE.match(text, position, stop)
        if match is not None:
            resume = match.end()
            yield match


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateRef]:
    """Every date expression in `text[start:end]`, in order, with offsets into `text`."""
    stop = len(text) if end is None else end
    refs: list[DateRef] = []
    for match in _date_matches(text, start, stop):
        if match.group("rel"):
            offset = RELATIVE_DAYS[" ".join(match.group("rel").lower().split())]
            refs.append(
                DateRef(match.start(), match.end(), match.group(), None, None, None, None, offset)
            )
            continue
        fields = _fields(match)
        if fields is None:
            continue
        ref = DateRef(match.start(), match.end(), match.group(), *fields)
        ref = _with_weekday(text, start, ref)
        if refs and ref.start < refs[-1].end:  # the weekday joined to this date was found alone
            refs.pop()
        refs.append(ref)
    return refs


def resolve_weekday(weekday: int, anchor: datetime.date, direction: str) -> datetime.date:
    """The day named by `weekday` (0 = Monday) relative to `anchor`.

    "past": the nearest such day on or before the anchor ("on Monday" in Tuesday's paper);
    "future": the nearest strictly after it ("on Wednesday" announced on a Monday);
    "nearest": within six days either way, the past one on a tie (same day when equal).
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "past":
        return anchor - datetime.timedelta(days=back)
    if direction == "future":
        return anchor + datetime.timedelta(days=ahead or 7)
    if direction == "nearest":
        return (
            anchor - datetime.timedelta(days=back)
            if back <= ahead
            else anchor + datetime.timedelta(days=ahead)
        )
    raise ValueError(f"direction must be one of {DIRECTIONS}, not {direction!r}")


def resolve_year(month: int, day: int, anchor: datetime.date) -> int:
    """The year that puts `month`/`day` nearest to `anchor` (December 30 in a January paper is
    last year's); 29 February falls back to the nearest leap year."""
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not _valid(year, month, day):
            continue
        distance = abs((datetime.date(year, month, day) - anchor).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is not None:
        return best[1]
    year = anchor.year
    while not _valid(year, month, day):
        year -= 1
    return year


def parse_iso(s: str) -> datetime.date | None:
    """The date in an ISO `YYYY-MM-DD` string (a time after it is ignored), or None."""
    head = s.strip()
    if len(head) < 10 or (len(head) > 10 and head[10] not in "T "):
        return None
    try:
        return datetime.date.fromisoformat(head[:10])
    except ValueError:
        return None
