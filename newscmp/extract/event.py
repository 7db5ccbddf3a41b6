"""The words that mark a reported event and the words that put something else in the future.

Shared by the date, location and venue extractors: a date or place next to an event word
("talks Monday in Davos", "the quake struck central Nepal") is evidence of the main event; one
after a future cue ("will be followed by a meeting in Madrid on Wednesday") is a follow-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newscmp.text.case import ODD_CASE_LETTERS
from newscmp.text.numbers import lowered_words
from newscmp.text.words import word_keys

# Nouns that name a news event.
EVENT_NOUNS = (
    "talks", "meeting", "meetings", "negotiations", "summit", "discussions", "conference",
    "earthquake", "quake", "tremor", "crash", "attack", "attacks", "explosion", "blast", "fire",
    "election", "elections", "vote", "referendum", "verdict", "trial", "hearing", "ruling",
    "final", "match", "game", "race", "launch", "strike", "walkout", "protest", "protests",
    "rally", "ceremony", "funeral", "signing", "takeover", "merger", "acquisition", "shooting",
    "storm", "flood", "floods", "accident", "visit", "session", "debate", "speech", "concert",
    "tournament", "festival", "event", "meet", "showdown", "encounter", "clash",
)  # fmt: skip
# Verbs that report an event happening.
EVENT_VERBS = (
    "held", "hold", "holds", "met", "meet", "meets", "began", "begins", "started", "opened",
    "ended", "closed", "concluded", "wrapped", "struck", "strikes", "hit", "hits", "jolted",
    "rocked", "shook", "crashed", "exploded", "erupted", "killed", "ruled", "rules", "convicted",
    "sentenced", "acquitted", "voted", "votes", "won", "wins", "beat", "defeated", "launched",
    "unveiled", "announced", "signed", "agreed", "attended", "attend", "attends", "gathered",
    "marched", "landed", "collapsed", "took", "happened", "occurred", "face", "faced",
)  # fmt: skip
# Words that put what follows them in the future (an announced, later event).
FUTURE_CUES = (
    r"will", r"shall", r"(?:is|are|was|were)\s(?:due|set|scheduled|expected|slated|to\sbe)",
    r"due\sto", r"scheduled", r"next", r"upcoming", r"later\sthis", r"followed\sby",
    r"(?:shift|shifts|move|moves|head|heads|moving|shifting)\sto", r"plans?\sto", r"planned",
    r"before\sa",
)  # fmt: skip

_EVENT_NOUN = re.compile(r"\b(?:" + "|".join(EVENT_NOUNS) + r")\b", re.IGNORECASE)
_EVENT_VERB = re.compile(r"\b(?:" + "|".join(EVENT_VERBS) + r")\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:" + "|".join(FUTURE_CUES) + r")\b", re.IGNORECASE)

# `lower_words` refuses text with one of these (see text/case).
_CASE_ODD = re.compile(f"[{ODD_CASE_LETTERS}]")
_WORD = re.compile(r"\w+")
_CUT_WORD = re.compile(r"(?<=\w)\w+")


@lru_cache(maxsize=1024)
def lower_words(text: str) -> frozenset[str] | None:
    """The words (runs of word characters) of `text`, lower-cased; None when `text` holds a
    letter that lower-casing and a case-insensitive pattern read differently.

    A case-insensitive `\\b(?:w1|w2)\\b` of words written in word characters matches `text`
    exactly when w1 or w2, lower-cased, is one of these words: a set lookup instead of a scan
    of a long alternation. Remembered: several extractors ask it of the same sentence.
    """
    if _CASE_ODD.search(text):
        return None
    return frozenset(word.lower() for word in _WORD.findall(text))


def words_between(text: str, start: int, end: int) -> frozenset[str] | None:
    """`lower_words` of `text[start:end]` as a pattern searching from `start` to `end` sees it:
    a word cut by `start` is no word (`\\b` looks before `start`), one cut by `end` is."""
    cut = _CUT_WORD.match(text, start, end)
    return lower_words(text[cut.end() if cut else start : end])


def first_word(phrase: str) -> str:
    """The first word of a plain word or phrase, lower-cased ("sworn" of "Sworn in"): where a
    case-insensitive pattern finds the phrase after `\\b`, `lower_words` holds this word."""
    word = _WORD.search(phrase.lower())
    if word is None:
        raise ValueError(f"no word in {phrase!r}")
    return word.group()


@dataclass(frozen=True, slots=True)
class WordTable:
    """A case-insensitive `\\b(?:entry|...)\\b` over words and phrases, answered from the
    text's `lower_words` when that is enough."""

    pattern: re.Pattern[str]
    words: frozenset[str]  # the entries that are one word, lower-cased
    heads: frozenset[str]  # the first words of the others: where one is, the pattern decides
    # The leading ASCII letters of every entry, when each entry starts with one: a text whose
    # `numbers.lowered_words` hold none of them holds no entry (None: no such shortcut).
    letters: frozenset[bytes] | None

    @classmethod
    def of(cls, entries: tuple[str, ...]) -> WordTable:
        """Entries are plain words or phrases ("sworn in", "swearing-in"), not patterns."""
        pattern = re.compile(r"\b(?:" + "|".join(entries) + r")\b", re.IGNORECASE)
        words = frozenset(entry.lower() for entry in entries if _WORD.fullmatch(entry))
        heads = frozenset(first_word(entry) for entry in entries if not _WORD.fullmatch(entry))
        try:
            letters: frozenset[bytes] | None = word_keys(entries)
        except ValueError:  # an entry that starts with no ASCII letter
            letters = None
        return cls(pattern, words, heads, letters)

    def found_in(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether an entry stands in `text[start:end]`: `pattern.search(text, start, end)`."""
        stop = len(text) if end is None else end
        if self.letters is not None:
            # Cheaper, and already remembered for most sentences: an entry the pattern finds
            # stands between non-letters there, so its leading letters are one of these words.
            found = lowered_words(text[start:stop])
            if found is not None and found.isdisjoint(self.letters):
                return False
        words = words_between(text, start, stop)
        if words is None or not words.isdisjoint(self.heads):
            return self.pattern.search(text, start, stop) is not None
        return not words.isdisjoint(self.words)


_EVENT_WORDS = WordTable.of((*EVENT_NOUNS, *EVENT_VERBS))


@lru_cache(maxsize=256)
def has_event_word(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds an event noun or verb.

    Remembered: extractors ask it of one sentence for every date or place in it.
    """
    return _EVENT_WORDS.found_in(text, start, end)


def event_noun_at(text: str, position: int) -> bool:
    """Whether an event noun starts at `position` ("talks" in "the Davos talks")."""
    return _EVENT_NOUN.match(text, position) is not None


def event_verb_at(text: str, position: int) -> bool:
    """Whether an event verb starts at `position`."""
    return _EVENT_VERB.match(text, position) is not None


# Longer than any match of _FUTURE ("were scheduled", "shifting to"): each `\s` is one character.
_LONGEST_CUE = 32


@dataclass(slots=True)
class _Scan:
    """What is known of `_FUTURE.search(text, start, p)` for one text and start."""

    clear_to: int  # no match for endpos == clear_to
    true_from: int | None = None  # a match that needs nothing past its end: True from here on


@lru_cache(maxsize=256)
def _scan(text: str, start: int) -> _Scan:
    return _Scan(clear_to=start)


def future_before(text: str, start: int, position: int) -> bool:
    """Whether a future cue stands in `text[start:position]` (the sentence before a word).

    Exactly `_FUTURE.search(text, start, position) is not None`, but each call searches only
    what earlier calls for the same sentence start did not (plus one cue's length, for a cue
    that ends right at `position`), so asking it for every date of a long sentence stays linear.
    """
    scan = _scan(text, start)
    if scan.true_from is not None and position >= scan.true_from:
        return True
    # A match that ends before clear_to would have been found already: look only past it.
    since = max(start, min(scan.clear_to, position) - _LONGEST_CUE)
    match = _FUTURE.search(text, since, position)
    if match is None:
        scan.clear_to = max(scan.clear_to, position)
        return False
    if match.end() < position and (scan.true_from is None or match.end() < scan.true_from):
        scan.true_from = match.end() + 1
    return True
