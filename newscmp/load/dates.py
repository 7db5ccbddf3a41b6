"""A small parser for the publication stamps articles carry near their top.

"November 4, 2024", "Mar. 3, 2021", "3 March 2021", "2024-11-04", "04.11.2024" (day first),
and the machine forms records carry ("2024-03-05T10:00:00Z", GDELT's "20240305T100000Z").
"""

from __future__ import annotations

import re
from datetime import date

_SLASHED = re.compile(r"(?P<first>\d{1,2})/(?P<second>\d{1,2})/\d{4}")


def parse_date(text: str) -> str | None:
    """The first full date written in `text` (day, month and year) as an ISO string, or None;
    read by the same date finder the extractors use. A slashed date that reads either way
    ("05/03/2024") is no publication date: a stamp is worth nothing if it may be wrong."""
    from newscmp.text.dates import find_dates

    for ref in find_dates(text):
        if ref.year is None or ref.month is None or ref.day is None:
            continue
        slashed = _SLASHED.fullmatch(ref.text)
        if slashed and int(slashed["first"]) <= 12 and int(slashed["second"]) <= 12:
            continue
        return _iso(str(ref.year), str(ref.month), str(ref.day))
    return None


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
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
