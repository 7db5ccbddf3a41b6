"""A small parser for the publication stamps articles carry near their top.

"November 4, 2024", "Mar. 3, 2021", "3 March 2021", "2024-11-04", "04.11.2024" (day first),
"25/12/2023" only when unambiguous. The loader's own: the date extractor serves other needs.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_ORDINAL = r"(?:st|nd|rd|th)?"
_FORMS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(
        rf"\b(?P<month>[A-Za-z]{{3,9}})\.?\s{{1,3}}(?P<day>\d{{1,2}}){_ORDINAL},?\s{{1,3}}"
        r"(?P<year>\d{4})\b"
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}}){_ORDINAL}\s{{1,3}}(?:of\s{{1,3}})?(?P<month>[A-Za-z]{{3,9}})\.?,?"
        r"\s{1,3}(?P<year>\d{4})\b"
    ),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b"),
)
_SLASHED = re.compile(r"\b(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})\b")


def parse_date(text: str) -> str | None:
    """The first date written in `text` as an ISO string, or None."""
    found: list[tuple[int, str]] = []
    for form in _FORMS:
        for match in form.finditer(text):
            iso = _iso(match.group("year"), match.group("month"), match.group("day"))
            if iso is not None:
                found.append((match.start(), iso))
                break
    for match in _SLASHED.finditer(text):
        first, second = int(match.group("first")), int(match.group("second"))
        if first > 12 >= second or second > 12 >= first:
            day, month = (first, second) if first > 12 else (second, first)
            iso = _iso(match.group("year"), str(month), str(day))
            if iso is not None:
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else None


def _iso(year: str, month: str, day: str) -> str | None:
    number = int(month) if month.isdigit() else MONTHS.get(month.lower())
    if number is None:
        return None
    try:
        return date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


_ISO_START = re.compile(r"\s{0,8}(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d])")
_COMPACT = re.compile(
    r"\s{0,8}(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:T\d{4,6}Z?)?\s{0,8}$"
)


def iso_published(value: str | None) -> str | None:
    """A record's or page's publication date as ISO: "2024-03-05T10:00:00Z", "2024-03-05
    10:00", GDELT's "20240305T100000Z", or any form `parse_date` reads; None otherwise."""
    if not value:
        return None
    for form in (_ISO_START, _COMPACT):
        match = form.match(value)
        if match is not None:
            return _iso(match.group("year"), match.group("month"), match.group("day"))
    return parse_date(value[:200])
