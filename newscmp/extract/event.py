"""The words that mark a reported event and the words that put something else in the future.

Shared by the date, location and venue extractors: a date or place next to an event word
("talks Monday in Geneva", "the quake struck central Nepal") is evidence of the main event; one
after a future cue ("will be followed by a meeting in Brussels on Wednesday") is a follow-up.
"""

from __future__ import annotations

import re

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

_EVENT_WORD = re.compile(r"\b(?:" + "|".join((*EVENT_NOUNS, *EVENT_VERBS)) + r")\b", re.IGNORECASE)
_EVENT_NOUN = re.compile(r"\b(?:" + "|".join(EVENT_NOUNS) + r")\b", re.IGNORECASE)
_EVENT_VERB = re.compile(r"\b(?:" + "|".join(EVENT_VERBS) + r")\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:" + "|".join(FUTURE_CUES) + r")\b", re.IGNORECASE)


def has_event_word(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds an event noun or verb."""
    return _EVENT_WORD.search(text, start, end) is not None


def event_noun_at(text: str, position: int) -> bool:
    """Whether an event noun starts at `position` ("talks" in "the Geneva talks")."""
    return _EVENT_NOUN.match(text, position) is not None


def event_verb_at(text: str, position: int) -> bool:
    """Whether an event verb starts at `position`."""
    return _EVENT_VERB.match(text, position) is not None


def future_before(text: str, start: int, position: int) -> bool:
    """Whether a future cue stands in `text[start:position]` (the sentence before a word)."""
    return _FUTURE.search(text, start, position) is not None
