"""Find the numbers a news text states, with their exact offsets and values.

`find_numbers` reads digits ("100,000", "1.5", "100 000"), number words ("eight",
"twenty-five", "a hundred", "one and a half"), scales ("1.5 million", "$334 million", "€2.5bn",
"two dozen") and the number inside a hyphenated compound ("eight-hour", "57-nation").
It leaves out what is not a count: parts of dates ("March 5, 2024", "05.03.2024"), times of
day ("9 a.m.", "19:28"), ordinals ("21st", "first"), years ("in 2014"), codes glued to letters
("COVID-19", "F-16") and "one" used as a pronoun ("one in the corner").
A `NumberRef` covers the number only, never a currency sign before it.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newscmp.text.case import fold
from newscmp.text.pieces import SPACE, SPACE_CHARS

# The number words, as data: small numbers, tens, and the words that multiply what comes before.
# fmt: off
_SMALL_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# fmt: on
SMALL_NUMBERS: dict[str, int] = {word: value for value, word in enumerate(_SMALL_WORDS)}
TENS: dict[str, int] = {word: 10 * (index + 2) for index, word in enumerate(_TENS_WORDS)}
SCALES: dict[str, float] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Abbreviated scales glued to digits ("€2.5bn", "£40m"); the `True` ones only count after a
# currency sign, since "100m" and "5k" alone are usually metres and kilometres.
SCALE_SUFFIXES: dict[str, tuple[float, bool]] = {
    "bn": (1e9, False),
    "tn": (1e12, False),
    "mn": (1e6, True),
    "m": (1e6, True),
    "k": (1e3, True),
}
# fmt: off
# Words after which a lone "one" is a pronoun, not a count ("one of them", "the one that").
ONE_PRONOUN_AFTER: frozenset[str] = frozenset([
    "in", "of", "on", "at", "to", "for", "with", "from", "by", "and", "or", "but", "another",
    "who", "whom", "that", "which", "is", "was", "has", "had", "will", "would", "can", "could",
    "may", "might", "must", "should", "does", "did", "else",
])
ONE_PRONOUN_BEFORE: frozenset[str] = frozenset([
    "no", "the", "this", "that", "every", "any", "each", "which", "no-one", "someone", "anyone",
])
# Words that turn a number word before them into an ordinal or a fraction ("twenty-first",
# "two-thirds", "one half"): such a number word is not a count.
ORDINAL_TAILS: tuple[str, ...] = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "half", "halves", "thirds", "quarter", "quarters", "fifths", "sixths", "sevenths",
    "eighths", "ninths", "tenths",
)
# fmt: on
YEAR_RANGE = range(1000, 2101)

_SPACE = SPACE
_WORDS = sorted([*SMALL_NUMBERS, *TENS, *SCALES, "half"], key=len, reverse=True)
_TOKEN = "(?:" + "|".join(_WORDS) + ")"
# A run of number words; the parser below decides how much of it is one number.
_WORD_RUN = re.compile(
    rf"\b(?:an?{_SPACE}+)?{_TOKEN}"
    rf"(?:(?:{_SPACE}+|-)(?:(?:and|an?){_SPACE}+){{0,2}}{_TOKEN}){{0,10}}\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")
# Where `_WORD_RUN` may first match, found before it runs (its leading `\b` rules out a fast
# scan): the number words as ASCII bytes, and a table that turns every byte but a letter into a
# space, so that `split` gives the words.
_NUMBER_WORD_BYTES = frozenset(word.encode("ascii") for word in _WORDS)
_ONLY_LETTERS = bytes(byte if chr(byte).isalpha() and byte < 128 else 32 for byte in range(256))
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTER = re.compile("[A-Za-z]")
_ORDINAL_TAIL = re.compile(rf"(?:-|{_SPACE}+)(?:{'|'.join(ORDINAL_TAILS)})\b", re.IGNORECASE)
# The most digits a number may have (a longer run is an identifier; int() refuses very long ones).
MAX_DIGITS = 15
_SUFFIX_ALT = "|".join(sorted(SCALE_SUFFIXES, key=len, reverse=True))
# It starts with a digit, not with its look-behind, so that the regex engine skips ahead to the
# next digit instead of trying the pattern at every character: the look-behind after that first
# digit tests the character before it (none before the start of the text).
_DIGIT_RUN = re.compile(
    rf"(?P<int>\d(?<![\w.,:/]\d)"
    rf"(?:\d{{0,2}}(?:,\d{{3}}){{1,5}}|\d{{0,2}}(?:{_SPACE}\d{{3}}){{1,4}}(?!\d)"
    rf"|\d{{0,{MAX_DIGITS - 1}}}(?!\d)))"  # a longer run of digits is a code, never a count
    rf"(?P<dec>\.\d{{1,{MAX_DIGITS}}})?"
    rf"(?:{_SPACE}+(?P<scale>{'|'.join(w for w in SCALES if w != 'dozen')})\b"
    rf"|(?P<suffix>{_SUFFIX_ALT})\b)?"
)
_DIGIT = re.compile(r"\d")  # every `_DIGIT_RUN` starts with one
_NOT_DIGIT_OR_POINT = re.compile(r"[^\d.]")
_MONTHS = "|".join(
    sorted({*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"}, key=len, reverse=True)
)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?{_SPACE}+$")
_MONTH_AFTER = re.compile(rf"{_SPACE}*(?:of{_SPACE}+)?(?:{_MONTHS})\b")
_TIME_AFTER = re.compile(
    rf"{_SPACE}*(?:[ap]\.m\b|[ap]m\b|o'clock|o’clock|GMT\b|UTC\b)", re.IGNORECASE
)
# What may not follow a number: more digits after a separator (dates, times, scores), letters.
_BAD_AFTER = re.compile(r"[.,:/-]?\d|[A-Za-z]")
_NEXT_WORD = re.compile(rf"{_SPACE}*([A-Za-z][\w'’-]*|[^\w\s]|$)")
_PREV_WORD = re.compile(rf"([A-Za-z][\w'’-]*){_SPACE}+$")


@dataclass(frozen=True, slots=True)
class NumberRef:
    """A number found in a text: `text == source[start:end]`, and the value it states."""

    start: int
    end: int
    text: str
    value: float


def find_numbers(text: str) -> list[NumberRef]:
    """Every number `text` states as a count or amount, in text order."""
    return list(numbers_in(text))


@lru_cache(maxsize=512)
def numbers_in(text: str) -> tuple[NumberRef, ...]:
    """`find_numbers` as a tuple, remembered: the quantity and duration extractors read the same
    sentences."""
    digits = _digit_numbers(text)
    words = _word_numbers(text)
    if not words:
        return tuple(digits)  # in text order already
    if digits:
        taken = [(ref.start, ref.end) for ref in digits]
        words = [ref for ref in words if not _overlaps_any(ref, taken)]
        return tuple(sorted([*digits, *words], key=_start))
    return tuple(words)  # in text order already


def _start(ref: NumberRef) -> int:
    return ref.start


def _overlaps_any(ref: NumberRef, ranges: list[tuple[int, int]]) -> bool:
    return any(ref.start < end and start < ref.end for start, end in ranges)


def is_currency_sign(char: str) -> bool:
    """Whether `char` is a currency symbol ("$", "€", "£", "¥", ...), by its Unicode category."""
    return len(char) == 1 and unicodedata.category(char) == "Sc"


def _digit_numbers(text: str) -> list[NumberRef]:
    refs: list[NumberRef] = []
    first = _DIGIT.search(text)
    if first is None:
        return refs
    for match in _DIGIT_RUN.finditer(text, first.start()):  # its look-behind still sees before
        start, end = match.span()
        whole, decimals, scale, suffix = match.groups()  # "int", "dec", "scale", "suffix"
        digits = whole if whole.isdigit() else _NOT_DIGIT_OR_POINT.sub("", whole)
        value = float(digits + decimals) if decimals else float(digits)
        if scale:
            value *= SCALES[fold(scale)]
        elif suffix:
            factor, needs_currency = SCALE_SUFFIXES[suffix]
            if needs_currency and not _after_currency_sign(text, start):
                continue
            value *= factor
        if _is_glued(text, start, end, scale or suffix):
            continue
        if not (decimals or scale or suffix) and _is_not_a_count(text, start, end, whole, value):
            continue
        refs.append(NumberRef(start, end, text[start:end], value))
    return refs


def _after_currency_sign(text: str, start: int) -> bool:
    return start > 0 and is_currency_sign(text[start - 1])


def _is_glued(text: str, start: int, end: int, scaled: str | None) -> bool:
    """Digits that are part of a code, a date, a time or a score: more digits or letters follow
    (unless a scale does), or a letter or digit and "-" come before."""
    if not scaled and _BAD_AFTER.match(text, end):
        return True
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()  # "COVID-19"


def _is_not_a_count(text: str, start: int, end: int, whole: str, value: float) -> bool:
    """Dates, times and years: a plain whole number `whole` (worth `value`) that does not count
    anything."""
    is_year = len(whole) == 4 and int(whole) in YEAR_RANGE
    if is_year and not text.startswith("%", end) and not _after_currency_sign(text, start):
        return True
    if value <= 31 and (
        _MONTH_BEFORE.search(text, max(0, start - 12), start) or _MONTH_AFTER.match(text, end)
    ):
        return True
    return _TIME_AFTER.match(text, end) is not None


def _word_numbers(text: str) -> list[NumberRef]:
    refs: list[NumberRef] = []
    span = _number_word_span(text)
    if span is None:
        return refs
    for run in _WORD_RUN.finditer(text, *span):  # its `\b` still sees the text before the span
        words = [
            (w.group().lower(), run.start() + w.start(), run.start() + w.end())
            for w in _WORD.finditer(run.group())
        ]
        index = 0
        while index < len(words):
            value, used = parse_number_words([word for word, _, _ in words[index:]])
            if used == 0:
                index += 1
                continue
            start, end = words[index][1], words[index + used - 1][2]
            pronoun = used == 1 and words[index][0] == "one" and _is_pronoun_one(text, start, end)
            if not pronoun and not _ORDINAL_TAIL.match(text, end):
                refs.append(NumberRef(start, end, text[start:end], value))
            index += used
    return refs


def _number_word_span(text: str) -> tuple[int, int] | None:
    """Offsets around every match of `_WORD_RUN` in `text`; None when it cannot match.

    `_WORD_RUN` reads whole words, so each number word it reads is a word of `lowered_letters`,
    at the same offsets. Its matches lie between the first such word (or the "a " before it) and
    the character after the last.
    """
    words = lowered_words(text)
    if words is None:
        return 0, len(text)
    if words.isdisjoint(_NUMBER_WORD_BYTES):
        return None  # most sentences: no set built
    found = _NUMBER_WORD_BYTES.intersection(words)
    letters = lowered_letters(text)
    if letters is None:  # as `words` is not None, never; but the search from 0 would be right
        return 0, len(text)
    first = min(letters.find(word) for word in found)
    last = max(letters.rfind(word) + len(word) for word in found)
    # "a hundred": the run starts at an "a" or "an" and the spaces before the number word
    start = len(text[:first].rstrip(SPACE_CHARS)) - 2
    return max(0, start), min(len(text), last + 1)  # `\b` reads the character after the last


@lru_cache(maxsize=512)
def lowered_words(text: str) -> frozenset[bytes] | None:
    """The words of `lowered_letters(text)`, remembered: the extractors ask for each sentence's."""
    letters = lowered_letters(text)
    return None if letters is None else frozenset(letters.split())


def lowered_letters(text: str) -> bytes | None:
    """`text` in lower case as ASCII bytes, one for each character, every one but a letter made a
    space, so that `split()` gives its words: a cheap test before a case-insensitive pattern of
    ASCII words runs. None when a word such a pattern matches might be missing from it: when
    `text` has a letter outside ASCII that re.IGNORECASE matches with an ASCII letter ("ſ" with
    "s", "K" with "k", "ı" with "i") or whose lower case is longer ("İ").
    """
    if not text.isascii():
        other = "".join(_NOT_ASCII.findall(text))
        lower, upper = other.lower(), other.upper()
        if len(lower) != len(other) or _ASCII_LETTER.search(lower + upper) is not None:
            return None
    return text.lower().encode("ascii", "replace").translate(_ONLY_LETTERS)


def _is_pronoun_one(text: str, start: int, end: int) -> bool:
    if text.startswith("-", end):
        return False  # "one-day", "one-party"
    after = _NEXT_WORD.match(text, end)
    following = after.group(1).lower() if after else ""
    if not following[:1].isalpha() or following in ONE_PRONOUN_AFTER:
        return True
    before = _PREV_WORD.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in ONE_PRONOUN_BEFORE


def parse_number_words(words: list[str]) -> tuple[float, int]:
    """The number at the head of `words` (lower case) and how many words it uses; (0, 0) if none.

    >>> parse_number_words(["two", "and", "a", "half", "million", "people"])
    (2500000.0, 5)
    """
    lead = _leading_fraction(words)
    if lead is None:
        return 0.0, 0
    total, last_scale, used = 0.0, float("inf"), 0
    group, index = lead
    prev = "small" if index else ""
    while index < len(words):
        word, step = words[index], 1
        if word in SMALL_NUMBERS and (
            prev in ("", "hundred", "and", "scale")
            or (prev == "tens" and 0 < SMALL_NUMBERS[word] < 10)
        ):
            group, prev = group + SMALL_NUMBERS[word], "small" if prev != "tens" else "done"
        elif word in TENS and prev in ("", "hundred", "and", "scale"):
            group, prev = group + TENS[word], "tens"
        elif word == "hundred" and prev in ("", "small", "tens") and group < 100:
            group, prev = (group or 1) * 100, "hundred"
        elif word in SCALES and word != "hundred" and prev != "and" and SCALES[word] < last_scale:
            total, group, prev = total + (group or 1) * SCALES[word], 0.0, "scale"
            last_scale = SCALES[word]
        elif word == "and" and words[index + 1 : index + 3] in (["a", "half"], ["an", "half"]):
            if prev not in ("small", "tens", "done"):
                break
            group, prev, step = group + 0.5, "small", 3
        elif word == "and" and prev in ("hundred", "scale") and index + 1 < len(words):
            prev = "and"
            index += 1
            continue
        else:
            break
        index += step
        used = index
    return total + group, used


def _leading_fraction(words: list[str]) -> tuple[float, int] | None:
    """ "a hundred" and "half a million" start with words worth 1 and 0.5: (worth, words used).

    `(0.0, 0)` when the run starts with a number word, `None` when it cannot start a number.
    """
    if words[0] in ("a", "an"):
        return (1.0, 1) if words[1:2] and words[1] in SCALES else None
    if words[0] == "half":
        scaled = words[1:2] in (["a"], ["an"]) and words[2:3] and words[2] in SCALES
        return (0.5, 2) if scaled else None
    return 0.0, 0
