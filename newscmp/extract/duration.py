"""How long the event lasted: "an eight-hour meeting", "nearly eight hours of talks".

A length only counts when it describes the event: it must be tied to an event noun ("meeting",
"talks", "strike", "trial", ...) or be what the event "lasted". "Eight years after", "three decades
ago", "a seven-decade-old alliance" and a "2 min" reading-time label are not durations. Lengths in
years or decades are kept only for events that can run that long (a strike, a trial, a siege).
"began just before 9 a.m. ... and ended in the late afternoon" is a duration too: vague, unless
both ends are clock times.

"sentenced to 15 years" is a penalty, not how long anything reported lasted: it is left out here
(the quantity extractor reports it as a prison term).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newscmp.model import Article, DurationValue, Kind, Mention, Qualifier, Span
from newscmp.text.case import fold
from newscmp.text.numbers import NumberRef, lowered_words, numbers_in
from newscmp.text.overlaps import pick_longest
from newscmp.text.pieces import SPACE, WORD
from newscmp.text.qualifiers import LENGTH_WORDS, qualifier_after, qualifier_before
from newscmp.text.sentences import split_sentences
from newscmp.text.units import TIME_UNITS
from newscmp.text.words import Words, letter_runs, word_keys
from newscmp.text.words import may_hold as _may_hold

# Nouns for an event whose length a news story reports.
EVENT_WORDS: tuple[str, ...] = (
    "talks", "meeting", "summit", "call", "phone call", "conversation", "discussion",
    "negotiation", "session", "hearing", "trial", "strike", "walkout", "stoppage", "standoff",
    "stand-off", "siege", "search", "manhunt", "rescue", "debate", "interview", "conference",
    "visit", "vigil", "protest", "rally", "blackout", "outage", "shutdown", "lockdown", "lockout",
    "ceasefire", "truce", "deliberation", "consultation", "dialogue", "exchange", "encounter",
    "tête-à-tête", "match", "game", "battle", "fighting", "clashes", "occupation", "blockade",
    "war", "testimony", "delay", "closure", "audience", "presentation", "ceremony", "speech",
    "briefing", "performance", "concert",
)  # fmt: skip
# Events that can last longer than a month, so a length in years may describe them.
LONG_EVENTS: frozenset[str] = frozenset(
    {"trial", "strike", "walkout", "stoppage", "standoff", "stand-off", "siege", "lockdown",
     "lockout", "occupation", "blockade", "war", "ceasefire", "truce", "shutdown", "closure"}
)  # fmt: skip
# Words that make a following length the event's own ("lasted six hours").
_LASTED_WORDS = "lasted|lasting|lasts|went on|dragged on|stretched|stretching"
_NEEDS_EVENT_WORDS = "ran|running|continued|continuing|took|go on|goes on|for"
_STOP_WORDS = frozenset(
    [
        "to",
        "of",
        "in",
        "at",
        "for",
        "and",
        "or",
        "the",
        "a",
        "an",
        "with",
        "after",
        "before",
        "on",
        "by",
        "from",
    ]
)
_LONGEST_PLAIN_HOURS = 24 * 31

_SP = SPACE
_WORD = WORD
_UNIT_ALT = "|".join(sorted(TIME_UNITS, key=len, reverse=True))
_EVENT_ALT = "|".join(sorted((re.escape(w) for w in EVENT_WORDS), key=len, reverse=True))
_EVENT = rf"(?P<event>{_EVENT_ALT})(?:e?s)?\b"
_UNIT = re.compile(
    rf"(?P<sep>-|{_SP}+)(?P<unit>{_UNIT_ALT})\b(?P<long>-long\b)?(?P<old>-old\b|{_SP}+old\b)?",
    re.IGNORECASE,
)
_EVENT_AFTER = re.compile(rf"(?P<between>(?:{_SP}+{_WORD}){{0,2}}?){_SP}+{_EVENT}", re.IGNORECASE)
_OF_EVENT = re.compile(
    rf"{_SP}+of{_SP}+(?:(?:the|these|those|their|its|his|her){_SP}+)?"
    rf"(?P<between>(?:{_WORD}{_SP}+){{0,1}}?){_EVENT}",
    re.IGNORECASE,
)
_EVENT_ANYWHERE = re.compile(rf"\b{_EVENT}", re.IGNORECASE)
_LASTED = re.compile(rf"\b(?:{_LASTED_WORDS})(?:{_SP}+for)?{_SP}+$", re.IGNORECASE)
_EVENT_OF = re.compile(rf"\b{_EVENT}{_SP}+of{_SP}+$", re.IGNORECASE)  # "a strike of 48 hours"
_NEEDS_EVENT = re.compile(rf"\b(?:{_NEEDS_EVENT_WORDS})(?:{_SP}+for)?{_SP}+$", re.IGNORECASE)
# "an hour", "a day": not "a second government shutdown", where "second" is an ordinal.
_ARTICLE_UNITS = "|".join(
    u for u in ("minute", "hour", "day", "week", "fortnight", "month", "year")
)
_ARTICLE_ONE = re.compile(
    rf"\b(?:(?P<half>half){_SP}+)?an?(?=(?:-|{_SP}+)(?:{_ARTICLE_UNITS})\b)", re.IGNORECASE
)
_LENGTH_ALT = "|".join(sorted((re.escape(w) for w in LENGTH_WORDS), key=len, reverse=True))
_LENGTH_WORD = re.compile(
    rf"\b(?P<word>{_LENGTH_ALT})(?P<between>(?:{_SP}+{_WORD}){{0,2}}?){_SP}+{_EVENT}",
    re.IGNORECASE,
)
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|noon|midday|midnight"
_PART_OF_DAY = r"(?:(?:early|late|mid-?)\s*)?(?:morning|afternoon|evening|night)"
_WHEN = (
    rf"(?:(?:just|shortly|soon)\s+)?(?:before|after|at|around|about|by|in\s+the)\s+"
    rf"(?:{_CLOCK}|{_PART_OF_DAY})"
)
# The words that open and close an event in "began just before 9 a.m. ... and ended at noon".
BEGIN_WORDS = ("began", "started", "opened", "got under way", "kicked off", "convened")
END_WORDS = ("ended", "finished", "concluded", "wrapped up", "broke up", "adjourned")
_BEGIN_ALT = "|".join(word.replace(" ", r"\s+") for word in BEGIN_WORDS)
_END_ALT = "|".join(word.replace(" ", r"\s+") for word in END_WORDS)
_BEGAN_ENDED = re.compile(
    rf"\b(?:{_BEGIN_ALT})\b(?P<from>[^;]{{0,80}}?)\b(?:{_END_ALT})\s+(?P<to>{_WHEN})",
    re.IGNORECASE,
)
# Words that every match of a pattern holds, as `lowered_words` spells them (a set lookup in the
# sentence's words before the scan). Each pattern reads these words after `\b`, a space or a
# hyphen and before a character that is no letter, so they are whole words of `lowered_words`.
_UNIT_WORDS = word_keys(TIME_UNITS)
_LENGTH_HEADS = word_keys(LENGTH_WORDS)
# All the runs of letters of each length word ("day" and "long" of "day-long"), each a word of the
# sentence wherever `_LENGTH_WORD` matches (a hyphen or a space comes between and after them).
_LENGTH_RUNS = tuple(letter_runs(word) for word in LENGTH_WORDS)
_EVENT_HEADS = word_keys(EVENT_WORDS, ("", "s", "es"))
_BEGIN_HEADS = word_keys(BEGIN_WORDS)
_END_HEADS = word_keys(END_WORDS)
# "an hour": `_ARTICLE_ONE` needs "a" or "an" and one of its units.
_ARTICLE_WORDS = word_keys(["a", "an"])
_ARTICLE_UNIT_WORDS = word_keys(_ARTICLE_UNITS.split("|"))
_CLOCK_TIME = re.compile(
    r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b|\b(noon|midday|midnight)\b", re.IGNORECASE
)
_ROUGH = re.compile(r"\b(?:just|shortly|soon|around|about)\b", re.IGNORECASE)

Found = tuple[int, int, DurationValue]


def extract_durations(article: Article) -> list[Mention]:
    """Every statement of how long the reported event lasted, in text order."""
    mentions: list[Mention] = []
    for sentence in split_sentences(article):
        found = _find_in(sentence.text)
        if not found:
            continue  # most sentences
        for start, end, value in pick_longest(found):
            span = Span(sentence.start + start, sentence.start + end)
            text = article.text[span.start : span.end]
            mentions.append(Mention(Kind.DURATION, article.id, text, span, value))
    return mentions


def _find_in(text: str) -> list[Found]:
    found: list[Found] = []
    words = lowered_words(text)
    if _may_hold(words, _UNIT_WORDS):  # a sentence without a unit states no length in numbers
        found.extend(_lengths(text, numbers_in(text)))
        if _may_hold(words, _ARTICLE_WORDS) and _may_hold(words, _ARTICLE_UNIT_WORDS):
            found.extend(_lengths(text, _article_numbers(text)))
    if _may_hold(words, _LENGTH_HEADS) and _may_hold(words, _EVENT_HEADS) and _has_length(words):
        found.extend(_vague_lengths(text))
    if _may_hold(words, _BEGIN_HEADS) and _may_hold(words, _END_HEADS):
        found.extend(_time_spans(text))
    return found


def _lengths(text: str, numbers: Iterable[NumberRef]) -> Iterator[Found]:
    for ref in numbers:
        found = _length_at(text, ref)
        if found is not None:
            yield found


def _has_length(words: Words) -> bool:
    """False when the sentence's `words` show that it holds no whole length word ("day-long")."""
    return words is None or any(runs <= words for runs in _LENGTH_RUNS)


def _article_numbers(text: str) -> list[NumberRef]:
    """ "an hour", "a day", "half an hour": an article standing for one of a unit of time."""
    return [
        NumberRef(m.start(), m.end(), m.group(), 0.5 if m["half"] else 1.0)
        for m in _ARTICLE_ONE.finditer(text)
    ]


def _length_at(text: str, ref: NumberRef) -> Found | None:
    """The duration that the number `ref` starts, if it describes the event."""
    unit = _UNIT.match(text, ref.end)
    if unit is None or unit["old"]:
        return None
    hours = ref.value * TIME_UNITS[fold(unit["unit"])]
    qualifier, start = qualifier_before(text, ref.start)
    event = _event_after(text, unit)
    if event is not None:
        end, word = event
    else:
        before = _event_before(text, start)
        if before is None:
            return None
        end, word = unit.end(), before
        after = qualifier_after(text, end)
        if after is not None and qualifier is Qualifier.EXACT:
            qualifier, end = after
    if hours > _LONGEST_PLAIN_HOURS and word.lower() not in LONG_EVENTS:
        return None
    return start, end, DurationValue(hours, qualifier)


def _event_after(text: str, unit: re.Match[str]) -> tuple[int, str] | None:
    """The event noun a length modifies: "eight hours of talks", "an eight-hour meeting"."""
    compound = unit["sep"] == "-" or unit["long"] or not unit["unit"].lower().endswith("s")
    patterns = (_OF_EVENT, _EVENT_AFTER) if compound else (_OF_EVENT,)
    for pattern in patterns:
        match = pattern.match(text, unit.end())
        if match is not None and not _STOP_WORDS & set(match["between"].lower().split()):
            return match.end(), match["event"]
    return None


def _event_before(text: str, start: int) -> str | None:
    """The event a "lasted six hours" or "for three days" belongs to, if the sentence names one."""
    named = _EVENT_OF.search(text, max(0, start - 30), start)
    if named is not None:
        return named["event"]
    lasted = _LASTED.search(text, max(0, start - 30), start)
    needs_event = lasted is None and _NEEDS_EVENT.search(text, max(0, start - 30), start)
    if lasted is None and not needs_event:
        return None
    event = _EVENT_ANYWHERE.search(text, 0, start)
    if event is not None:
        return event["event"]
    return None if needs_event else ""


def _vague_lengths(text: str) -> Iterator[Found]:
    for match in _LENGTH_WORD.finditer(text):
        if _STOP_WORDS & set(match["between"].lower().split()):
            continue
        qualifier = LENGTH_WORDS[fold(match["word"])]
        yield match.start(), match.end(), DurationValue(None, qualifier)


def _time_spans(text: str) -> Iterator[Found]:
    """ "began just before 9 a.m. ... and ended in the late afternoon"."""
    if _EVENT_ANYWHERE.search(text) is None:
        return
    for match in _BEGAN_ENDED.finditer(text):
        began, ended = _clock(match["from"]), _clock(match["to"])
        if began is None or ended is None:
            yield match.start(), match.end(), DurationValue(None, Qualifier.VAGUE)
            continue
        rough = _ROUGH.search(match["from"]) or _ROUGH.search(match["to"])
        qualifier = Qualifier.ABOUT if rough else Qualifier.EXACT
        yield match.start(), match.end(), DurationValue((ended - began) % 24, qualifier)


def _clock(text: str) -> float | None:
    """The hour of the day the first clock time in `text` names ("9 a.m." -> 9.0)."""
    match = _CLOCK_TIME.search(text)
    if match is None:
        return None
    if match[4]:
        return 0.0 if match[4].lower() == "midnight" else 12.0
    hour = int(match[1]) % 12 + (12 if match[3].lower() == "p" else 0)
    return hour + int(match[2] or 0) / 60
