"""What the loader learns about an article: its outlet, headline and publication date.

Only credit positions name the outlet: bylines, "Text by:" and domain credits, datelines at the
start of an early paragraph ("NAIROBI (Reuters) -"), copyright footers and the app or newsletter
prompts that name the publication. An outlet merely quoted in the prose ("told CNN") never counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newscmp.load.boilerplate import Marked
from newscmp.load.dates import parse_date
from newscmp.load.outlets import name_outlet
from newscmp.model import Span

# How credits rank when several name an outlet (lower wins; ties go to the earliest).
CREDIT_RANK: dict[str, int] = {"byline": 0, "credit": 0, "dateline": 0, "copyright": 1, "prompt": 2}
# Datelines and dated stamps are looked for in the first lines only.
TOP_LINES = 20
DATELINE_LINES = 6
TITLE_MAX_WORDS = 20

_LINE = re.compile(r"[^\n]+")
_DATELINE = re.compile(
    r"\s{0,8}(?:[A-Z][\w.'’-]*(?:,?\s{1,2}[A-Z][\w.'’-]*){0,4}(?:,\s[^()\n]{1,30})?\s)?"
    r"\((?P<outlet>[A-Za-z][^()\n]{1,40})\)\s?[-–—:]"
)
_PLACE_ONLY = re.compile(r"[A-Z][A-Z.'’-]*(?:[ ,]{1,2}[A-Z][A-Za-z.'’-]*){0,3}")
# "U.S." or "I.R.S.": a full stop that ends a headline without making it a sentence.
_ABBREVIATION = re.compile(r"(?:\w{1,2}\.){2,5}")
# A Markdown heading's marks ("# ", "## "), not part of the headline.
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_BYLINE_SEPARATOR = re.compile(r"\s?[,|–—]\s?|\s-\s|\sand\s|\s&\s")


def find_outlet(text: str, marks: Sequence[Marked], lines: Sequence[Span]) -> str | None:
    """The outlet named by the article's credits, or None when no credit names one."""
    candidates: list[tuple[int, int, str]] = []
    for mark in marks:
        rank = CREDIT_RANK.get(mark.kind)
        if rank is not None and mark.outlet:
            read = _byline_outlet if mark.kind == "byline" else name_outlet
            outlet = read(mark.outlet)
            if outlet is not None:
                candidates.append((rank, mark.span.start, outlet))
    for line in lines[:DATELINE_LINES]:
        match = _DATELINE.match(text, line.start, line.end)
        if match is not None:
            outlet = name_outlet(match.group("outlet"))
            if outlet is not None:
                candidates.append((CREDIT_RANK["dateline"], line.start, outlet))
    return min(candidates)[2] if candidates else None


def _byline_outlet(names: str) -> str | None:
    """The outlet in "Jane Doe, Associated Press" or "Associated Press"; None for people alone."""
    pieces = [piece for piece in _BYLINE_SEPARATOR.split(names) if piece.strip()]
    for piece in (pieces[-1], names) if pieces else (names,):
        outlet = name_outlet(piece)
        if outlet is not None:
            return outlet
    return None


def find_published(marks: Sequence[Marked], lines: Sequence[Span]) -> str | None:
    """The date of the first dated stamp in the first lines ("Published: 3 March 2021")."""
    top = lines[min(len(lines), TOP_LINES) - 1].end if lines else 0
    for mark in marks:
        if mark.kind == "stamp" and mark.date and mark.span.start < top:
            found = parse_date(mark.date)
            if found is not None:
                return found
    return None


def find_title(text: str, skipped: Sequence[Span], lines: Sequence[Span]) -> str | None:
    """The first content line when it reads like a headline, else None."""
    for line in lines:
        content = "".join(text[start:end] for start, end in _unskipped(line, skipped))
        content = _HEADING_MARK.sub("", content.strip(), count=1)
        if content:
            return content if _reads_like_headline(content) else None
    return None


def _unskipped(line: Span, skipped: Sequence[Span]) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    position = line.start
    for span in sorted((s for s in skipped if s.overlaps(line)), key=lambda s: s.start):
        if span.start > position:
            pieces.append((position, span.start))
        position = max(position, span.end)
    if position < line.end:
        pieces.append((position, line.end))
    return pieces


def _reads_like_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= TITLE_MAX_WORDS or line[-1] in ",;:":
        return False
    if line.endswith(".") and _ABBREVIATION.fullmatch(words[-1]) is None:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘"):
        return False
    is_place = len(words) <= 4 and _PLACE_ONLY.fullmatch(line) is not None and line.isupper()
    return not is_place and _DATELINE.match(line) is None


def content_lines(text: str, start: int = 0, limit: int = TOP_LINES) -> list[Span]:
    """The first `limit` non-blank lines of `text` from `start` on, without edge whitespace."""
    lines: list[Span] = []
    for match in _LINE.finditer(text, start):
        if len(lines) >= limit:
            break
        line = match.group()
        stripped = line.strip()
        if stripped:
            left = match.start() + len(line) - len(line.lstrip())
            lines.append(Span(left, left + len(stripped)))
    return lines
