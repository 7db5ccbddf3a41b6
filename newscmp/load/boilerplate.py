"""Finding boilerplate (credits, prompts, stamps, navigation) so extractors skip it.

Nothing is deleted: each piece becomes a `Marked` span of the article text. A whole short line
is tested against the pattern table; otherwise so is each sentence of the run that ends a line
(a caption with its photo credit run onto it, a paragraph of app and newsletter prompts).
Each table entry is a kind and a regex that must match the whole line or sentence; a group
`outlet` names the publication a credit points at, a group `date` the date a stamp gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from newscmp.load.outlets import outlet_table
from newscmp.model import Span
from newscmp.text.case import ODD_CASE_LETTERS

# Building blocks of the table.
_WORD = r"[A-Z][\w.&-]*(?:['’][\w.&-]+)?"
_NAME = rf"{_WORD}(?:\s{_WORD}){{0,4}}"
_PLAIN = r"[^\n]"
_DATE = (
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4}"
    r"|\d{1,2}\s[A-Z][a-z]{2,8}\.?\s\d{4})"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)"
_TIME = r"(?:\s?[-–—,|]?\s?\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,5})?)"
_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|The|This|That|Then|Now"
    r"|Contrast|Comparison|Far|Law|Default|Midday|Midnight|Noon|Early|Late)\b)"
)

# Lines that are boilerplate on their own, whatever their case; trailing punctuation allowed.
PHRASES: tuple[str, ...] = (
    "read more", "read also", "also read", "read next", "continue reading", "see also",
    "advertising", "advertisement", "sponsored", "sponsored content", "newsletter", "newsletters",
    "i subscribe", "subscribe", "subscribe now", "subscribe here", "follow", "follow us",
    "share", "share this", "share this article", "share this story", "share this page",
    "share on facebook", "share on twitter", "tweet", "email", "e-mail", "print", "copy link",
    "comments", "comments are closed", "leave a comment", "more on this topic",
    "more on this story", "related", "related articles", "related stories", "related content",
    "related topics", "most read", "most popular", "trending", "change edition",
    "skip to content", "skip to main content", "menu", "close", "log in", "sign in",
    "listen to this article", "top stories", "latest news", "external link", "back to top",
    "accept", "accept all", "accept cookies", "accept all cookies", "cookie settings",
    "manage cookies", "cookie policy", "privacy policy", "terms of use", "all rights reserved",
    "download on the app store", "get it on google play", "available on the app store",
    "get it on the app store", "available on google play",
)  # fmt: skip

# (kind, regex) in the order they are tried. Kinds: photo, credit, byline, copyright, stamp,
# prompt, nav, tag. The agency credits ("AP - Jane Doe") are added from the outlets table.
_PHRASE = "|".join(re.escape(phrase) for phrase in PHRASES)
_CREDITED = rf"(?P<outlet>{_PLAIN}{{1,60}}?)(?:\s(?i:follow))?"
_SIGN_UP_FOR = r"(?i:newsletters?|alerts?|updates|briefings?|digest)"
_USES_COOKIES = (
    r"(?i:we|this (?:site|website)|our (?:site|website|partners)) (?i:uses?) (?i:cookies)"
)
PATTERNS: tuple[tuple[str, str], ...] = (
    ("nav", rf"[»›>]?\s?(?i:{_PHRASE})[\s.:!›»>]{{0,3}}"),
    ("nav", rf"(?i:read more|read also|also read|see also|related|watch|listen)\s?:\s?"
            rf"{_PLAIN}{{1,150}}"),
    ("photo", r"(?i:photo(?:graph)?s?|pictures?|images?|fotos?|pics?)"
              rf"(?:\s(?i:credits?|courtesy|source))?\s?[:：]\s?{_PLAIN}{{1,80}}"),
    ("photo", r"\(?(?i:photo(?:graph)?s?|pictures?|images?)\s(?i:by|courtesy(?:\sof)?)\s"
              rf"{_PLAIN}{{1,80}}"),
    ("photo", rf"(?i:credits?)\s?:\s?{_PLAIN}{{1,80}}"),
    ("photo", rf"{_WORD}(?:\s{_WORD}){{0,3}}\s?/\s?{_WORD}(?:\s{_WORD}){{0,3}}"),
    ("credit", rf"(?i:text|words|story|reporting|written|reported|source)(?:\s(?i:by))?\s?:\s?"
               rf"{_CREDITED}"),
    ("credit", r"(?i:text|words|story|written|reported|(?:additional\s)?reporting|editing)"
               rf"\s(?i:by)\s{_CREDITED}"),
    ("credit", r"(?P<outlet>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,6})"
               r"(?:/[a-z]{1,6}){1,3}"),
    ("byline", rf"By\s{_NOT_A_NAME}(?P<outlet>{_WORD}(?:[,|]?\s(?:{_WORD}|and|&|[-–—|]|of|the"
               r"|for|van|von|de|da|del|al|bin|el)){0,12})"),
    ("credit", rf"(?:The\s)?(?:(?P<outlet>{_NAME})(?:’s?|'s?)?\s)?(?:{_PLAIN}{{1,150}}\s)?"
               r"contributed\s(?:to\s)?(?:this|the)\s(?i:report|story|article|reporting)\.?"),
    ("copyright", r"(?:©|\([cC]\)|(?i:copyright))\s?(?:©\s?)?(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s)?"
                  rf"(?P<outlet>{_PLAIN}{{1,60}}?)(?:,?\s\d{{4}})?\.?"
                  r"(?:\s(?i:all rights reserved)\.?)?"),
    ("stamp", r"(?i:this content was (?:first )?published(?: on)?)\s?:?\s?"
              rf"(?P<date>{_PLAIN}{{4,60}})"),
    ("stamp", r"(?i:published|updated|posted|first published|last updated|last modified|modified)"
              r"(?:\s(?i:on|at))?\s?:?\s?"
              rf"(?P<date>(?:[A-Za-z]{{3,9}}\.?,?\s)?\d{_PLAIN}{{3,60}})"),
    ("stamp", rf"\d{{1,3}}\s?(?i:min(?:ute)?s?)\.?(?:\s(?i:read))?(?:\s(?P<date>{_DATE}))?"),
    ("stamp", rf"{_WEEKDAY}?(?P<date>{_DATE}){_TIME}?"),
    ("prompt", rf"(?:The\s)?(?P<outlet>{_NAME}) has (?:a\s)?new (?:mobile\s)?app{_PLAIN}{{0,60}}"),
    ("prompt", rf"(?i:get|have) (?:the\s)?(?P<outlet>{_NAME}) delivered to your "
               rf"(?i:inbox|mailbox|email){_PLAIN}{{0,40}}"),
    ("prompt", rf"(?i:follow|get|read)\s{_PLAIN}{{1,60}}\sby downloading the "
               rf"(?P<outlet>{_NAME}) app(?:lication)?\.?"),
    ("prompt", rf"(?i:download)\s(?:the\s(?P<outlet>{_NAME})\s|our\s|the\s)?(?:free\s)?"
               rf"(?:mobile\s)?app(?:lication)?s?{_PLAIN}{{0,60}}"),
    ("prompt", rf"(?i:sign up|subscribe|register)\s(?i:for|to)\s{_PLAIN}{{1,80}}?{_SIGN_UP_FOR}"
               rf"{_PLAIN}{{0,40}}"),
    ("prompt", rf"(?i:receive|get)\s{_PLAIN}{{1,80}}\sin your (?i:mailbox|inbox){_PLAIN}{{0,20}}"),
    ("prompt", r"[\w-]{0,30}(?i:badge)[\w-]{0,30}"),
    ("prompt", rf"{_PLAIN}{{0,120}}\b{_USES_COOKIES}\b{_PLAIN}{{0,200}}"),
    ("tag", r"[•·▪‣◦]\s{0,3}\S{1,30}(?:\s\S{1,30}){0,3}"),
)  # fmt: skip

# Only lines and sentences this short are tested; credits and prompts are short.
MAX_TESTED = 250
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")


@dataclass(frozen=True, slots=True)
class Marked:
    """One boilerplate piece: where it is, what it is, and the outlet or date it names."""

    span: Span
    kind: str
    outlet: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class _Row:
    kind: str
    outlet_group: str | None
    date_group: str | None


# Rows that scan a long stretch before a word they need cost most when they fail, which is
# nearly always: a row whose regex contains the first string is tried only on text (lowered)
# that holds one of the words after it. A necessary condition, so the result is unchanged.
_GUARDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("contributed", ("contributed",)),
    ("(?i:cookies)", ("cookies",)),
    (r"\bvia\s", ("/", "via")),
)


@dataclass(frozen=True, slots=True)
class _Stage:
    """Consecutive table rows as one alternation, tried when the text holds one of `needs`
    (an empty `needs`: always)."""

    pattern: re.Pattern[str]
    needs: tuple[str, ...]


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[_Stage, ...], dict[str, _Row]]:
    """The table as stages tried in order, each an alternation; built on first use."""
    table = outlet_table()
    agencies = "|".join(re.escape(name) for name in sorted(table.agencies, key=len, reverse=True))
    libraries = "|".join(re.escape(name) for name in table.photo_libraries)
    person = rf"{_WORD}(?:\s{_WORD}){{1,3}}"
    rows = (
        *PATTERNS,
        ("photo", rf"(?:{agencies})(?:\s?/\s?(?:{agencies}))?"),
        ("photo", rf"(?:{agencies})\s?[-–—|]\s?{person}|{person}\s?[-–—|]\s?(?:{agencies})"),
        ("photo", rf"{_PLAIN}{{0,80}}(?:/|\bvia\s)(?i:{libraries})\)?"),
    )
    groups: list[tuple[tuple[str, ...], list[str]]] = []
    found: dict[str, _Row] = {}
    for index, (kind, pattern) in enumerate(rows):
        outlet, date = f"o{index}", f"d{index}"
        named = pattern.replace("(?P<outlet>", f"(?P<{outlet}>").replace(
            "(?P<date>", f"(?P<{date}>"
        )
        needs = next((words for key, words in _GUARDS if key in pattern), ())
        if needs or not groups or groups[-1][0]:
            groups.append((needs, []))
        groups[-1][1].append(f"(?P<p{index}>{named})")
        found[f"p{index}"] = _Row(
            kind, outlet if f"<{outlet}>" in named else None, date if f"<{date}>" in named else None
        )
    stages = tuple(_Stage(re.compile("|".join(parts)), needs) for needs, parts in groups)
    return stages, found


def _usable(text: str) -> tuple[_Stage, ...]:
    """The stages that can match somewhere in `text`: those whose guard words it holds (all of
    them where an odd letter stands: see text/case)."""
    stages, _ = _table()
    if not text.isascii() and any(letter in text for letter in ODD_CASE_LETTERS):
        return tuple(_Stage(stage.pattern, ()) for stage in stages)
    lowered = text.lower()
    return tuple(
        stage for stage in stages if not stage.needs or any(w in lowered for w in stage.needs)
    )


def _match(text: str, stages: tuple[_Stage, ...]) -> re.Match[str] | None:
    """The first row, in table order, that matches the whole of `text`; `stages` are those
    `_usable` in a text that holds this one."""
    lowered = None
    for stage in stages:
        if stage.needs:
            lowered = lowered or text.lower()
            if not any(word in lowered for word in stage.needs):
                continue
        match = stage.pattern.fullmatch(text)
        if match is not None:
            return match
    return None


def classify(text: str, start: int = 0) -> Marked | None:
    """A Marked for `text` (at offset `start`) when the whole of it is boilerplate."""
    return _classify(text, start, _usable(text))


def _classify(text: str, start: int, stages: tuple[_Stage, ...]) -> Marked | None:
    if len(text) > MAX_TESTED:
        return None
    match = _match(text, stages)
    if match is None or match.lastgroup is None:
        return None
    row = _table()[1][match.lastgroup]
    outlet = match.group(row.outlet_group) if row.outlet_group else None
    date = match.group(row.date_group) if row.date_group else None
    return Marked(Span(start, start + len(text)), row.kind, outlet, date)


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """`start, end` moved inwards past blank space."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    if left == len(piece):
        return end, end
    return start + left, end - (len(piece) - len(piece.rstrip()))


def _line_tail(text: str, start: int, end: int, stages: tuple[_Stage, ...]) -> Iterator[Marked]:
    """The boilerplate sentences that end the line `text[start:end]` (stripped, and not
    boilerplate as a whole), as a run."""
    bounds = [start] + [match.end() for match in _SENTENCE_END.finditer(text, start, end)]
    found: list[Marked] = []
    piece_end = end
    for piece_start in reversed(bounds):
        if piece_start >= piece_end:
            continue
        if piece_start == start and piece_end == end:
            break  # the whole line, which the caller has tested
        left, right = _stripped(text, piece_start, piece_end)
        marked = _classify(text[left:right], left, stages)
        if marked is None:
            break
        found.append(marked)
        piece_end = piece_start
    return reversed(found)


def find_boilerplate(text: str, start: int = 0) -> list[Marked]:
    """Every boilerplate piece of `text` from `start` on, in text order."""
    marks: list[Marked] = []
    stages = _usable(text[start:])
    for line in _LINE.finditer(text, start):
        left, right = _stripped(text, line.start(), line.end())
        if left == right:
            continue
        whole = _classify(text[left:right], left, stages)
        if whole is not None:
            marks.append(whole)
        else:
            marks.extend(_line_tail(text, left, right, stages))
    return marks
