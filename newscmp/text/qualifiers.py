"""Hedges around numbers: "some 100,000", "nearly eight hours", "more than 14,000", "day-long".

`qualifier_before(text, index)` reads the hedge that ends just before `index` and says where its
words start, so a mention's span can include it. `qualifier_after` reads a trailing hedge
("100,000 or more"). The tables below are the only place these words are listed.
"""

from __future__ import annotations

import re

from newscmp.model import Qualifier
from newscmp.text.case import fold
from newscmp.text.pieces import SPACE, SPACE_CHARS

# Words written before a number, and what they say about it.
HEDGES_BEFORE: dict[str, Qualifier] = {
    "some": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "about": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "approx.": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "estimated": Qualifier.ABOUT,
    "circa": Qualifier.ABOUT,
    "close to": Qualifier.AT_MOST,
    "nearly": Qualifier.AT_MOST,
    "almost": Qualifier.AT_MOST,
    "up to": Qualifier.AT_MOST,
    "as many as": Qualifier.AT_MOST,
    "under": Qualifier.AT_MOST,
    "just under": Qualifier.AT_MOST,
    "fewer than": Qualifier.AT_MOST,
    "less than": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST,
    "not more than": Qualifier.AT_MOST,
    "at most": Qualifier.AT_MOST,
    "more than": Qualifier.AT_LEAST,
    "over": Qualifier.AT_LEAST,
    "just over": Qualifier.AT_LEAST,
    "at least": Qualifier.AT_LEAST,
    "upwards of": Qualifier.AT_LEAST,
    "in excess of": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "several": Qualifier.VAGUE,
    "a few": Qualifier.VAGUE,
    "dozens of": Qualifier.VAGUE,
    "scores of": Qualifier.VAGUE,
    "hundreds of": Qualifier.VAGUE,
    "thousands of": Qualifier.VAGUE,
    "tens of thousands of": Qualifier.VAGUE,
    "hundreds of thousands of": Qualifier.VAGUE,
    "millions of": Qualifier.VAGUE,
}
# Words written right after a number ("100,000 or more", "eight hours or so").
HEDGES_AFTER: dict[str, Qualifier] = {
    "or more": Qualifier.AT_LEAST,
    "-plus": Qualifier.AT_LEAST,
    "or so": Qualifier.ABOUT,
    "or less": Qualifier.AT_MOST,
    "or fewer": Qualifier.AT_MOST,
}
# Words that state a length without a number ("day-long talks", "marathon negotiations").
LENGTH_WORDS: dict[str, Qualifier] = {
    "day-long": Qualifier.VAGUE,
    "daylong": Qualifier.VAGUE,
    "all-day": Qualifier.VAGUE,
    "all-night": Qualifier.VAGUE,
    "hours-long": Qualifier.VAGUE,
    "hour-long": Qualifier.VAGUE,
    "days-long": Qualifier.VAGUE,
    "week-long": Qualifier.VAGUE,
    "weeklong": Qualifier.VAGUE,
    "weeks-long": Qualifier.VAGUE,
    "month-long": Qualifier.VAGUE,
    "months-long": Qualifier.VAGUE,
    "marathon": Qualifier.VAGUE,
    "lengthy": Qualifier.VAGUE,
    "protracted": Qualifier.VAGUE,
}


def _alternation(words: dict[str, Qualifier]) -> str:
    escaped = (re.escape(word).replace(r"\ ", SPACE + "+") for word in words)
    return "|".join(sorted(escaped, key=len, reverse=True))


# Anchored at the end of a short window before the number; the leftmost match is the longest hedge.
_BEFORE = re.compile(rf"(?<![\w-])(?P<hedge>{_alternation(HEDGES_BEFORE)}){SPACE}+$", re.IGNORECASE)
_AFTER = re.compile(rf"{SPACE}*(?P<hedge>{_alternation(HEDGES_AFTER)})\b", re.IGNORECASE)
_WINDOW = 40
_TAIL = 3


def _tails(hedges: dict[str, Qualifier]) -> frozenset[str]:
    """The last `_TAIL` characters of the hedges, in lower case: a number after anything else
    has no hedge. A space there may only come first (it stands for any run of spaces)."""
    tails = frozenset(hedge[-_TAIL:].lower() for hedge in hedges)
    if any(len(tail) < _TAIL or " " in tail[1:] for tail in tails):
        raise ValueError(f"a hedge too short to be told by its last {_TAIL} characters")
    return tails


_HEDGE_TAILS = _tails(HEDGES_BEFORE)
_SPACES = re.compile(SPACE + "+")


def _lookup(table: dict[str, Qualifier], written: str) -> Qualifier:
    return table[_SPACES.sub(" ", fold(written))]


def qualifier_before(text: str, index: int) -> tuple[Qualifier, int]:
    """The hedge that ends right before `text[index]`, and where its words start.

    Without a hedge: `(Qualifier.EXACT, index)`.
    >>> qualifier_before("with more than 100,000 troops", 15)
    (<Qualifier.AT_LEAST: 'at_least'>, 5)
    """
    low = max(0, index - _WINDOW)
    if not _may_end_hedge(text, low, index):
        return Qualifier.EXACT, index
    match = _BEFORE.search(text, low, index)
    if match is None:
        return Qualifier.EXACT, index
    return _lookup(HEDGES_BEFORE, match["hedge"]), match.start("hedge")


def _may_end_hedge(text: str, low: int, index: int) -> bool:
    """Whether `_BEFORE` can match in `text[low:index]`: the spaces before `index` (or before a
    line break there, where `$` also matches) must follow the last characters of a hedge (in any
    case; any characters outside ASCII, to be safe)."""
    end = index - 1 if index > low and text[index - 1] == "\n" else index
    start = end
    while start > low and text[start - 1] in SPACE_CHARS:
        start -= 1
    if start == end or start - low < _TAIL:
        return False
    tail = text[start - _TAIL : start]
    return tail.lower() in _HEDGE_TAILS or not tail.isascii()


def qualifier_after(text: str, index: int) -> tuple[Qualifier, int] | None:
    """The hedge that starts right at `text[index]` ("or more", "or so"), and where it ends."""
    match = _AFTER.match(text, index)
    if match is None:
        return None
    return _lookup(HEDGES_AFTER, match["hedge"]), match.end()


def length_word(word: str) -> Qualifier | None:
    """The qualifier a word stating a length without a number carries ("day-long"), if it is one."""
    return LENGTH_WORDS.get(word.lower())
