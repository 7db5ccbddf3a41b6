"""The city and country where the main event of an article happened.

Every place the gazetteer finds is scored by how it is used: "in Geneva", "at ... in Geneva",
"the Geneva talks", "struck central Nepal" are strong evidence; a dateline ("GENEVA (Reuters) -")
is good evidence but weaker than an event sentence (reporters file from elsewhere); a metonym
("Moscow says", "Washington's request") is weak; a place after a future cue ("a meeting in
Brussels on Wednesday") is a follow-up, not the event. Earlier sentences weigh more. A city with
enough evidence wins; otherwise a country alone ("an earthquake struck central Nepal").
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from newscmp.extract.event import event_noun_at, future_before, has_event_word
from newscmp.model import Article, Kind, LocationValue, Mention, Span
from newscmp.text.dates import MONTHS, WEEKDAYS
from newscmp.text.places import PlaceRef, find_places, is_dateline
from newscmp.text.sentences import Sentence, split_sentences

# Words that may stand between a locative and a place: "in central Nepal", "near the southern".
REGION_WORDS = (
    "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
    "southeast", "southwest", "downtown", "rural", "remote", "coastal", "suburban", "greater",
)  # fmt: skip
_REGION = r"(?:the\s)?(?:(?:" + "|".join(REGION_WORDS) + r")\s){0,2}"
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout|off)\s" + _REGION + "$")
_EVENT_OBJECT = re.compile(
    r"\b(?:struck|strikes|hit|hits|rocked|jolted|shook|battered|devastated|visited|hosted)\s"
    + _REGION
    + "$"
)
_FROM = re.compile(r"\bfrom\s$")
_POSSESSIVE = re.compile(r"['’]s?\b")
_NEXT_WORD = re.compile(r" (the )?([^\W\d_]+)")
# Words that may follow a place used as a place ("in Geneva on Monday", "in the US are").
FOLLOWERS = frozenset(
    (
        "on", "in", "at", "and", "or", "for", "to", "with", "as", "after", "before", "during",
        "since", "this", "last", "is", "are", "was", "were", "has", "have", "had", "when",
        "where", "which", "who", "that", "over", "near", "amid", "following", "said", "says",
        "until", "from", "by", "while", "but", "than",
    )
)  # fmt: skip

STRONG = 3.0  # "in Geneva", "the Geneva talks", "struck Nepal"
DATELINE = 2.0
FROM = 1.0
WEAK = 0.4  # a subject or metonym: "Moscow says"
FOLLOW_UP = 0.1  # factor for a place after a future cue
MIN_SCORE = 1.5  # what a place needs to be reported at all


@dataclass(frozen=True, slots=True)
class _Scored:
    ref: PlaceRef
    score: float


def _modifier(text: str, ref: PlaceRef) -> bool:
    """Whether the place only qualifies the words after it: "the US diplomatic mission"."""
    following = _NEXT_WORD.match(text, ref.end)
    if following is None:
        return False
    word = following.group(2)
    if word[0].isupper():
        return word.lower() not in WEEKDAYS and word.lower() not in MONTHS
    return text[max(0, ref.start - 4) : ref.start] == "the " and word not in FOLLOWERS


def _use(text: str, ref: PlaceRef, sentence: Sentence) -> float:
    """How strongly the wording around one place says the event happened there."""
    window = max(sentence.start, ref.start - 60)
    if _POSSESSIVE.match(text, ref.end):
        return WEAK / 2  # "Moscow's proposals": the government, not the place
    if _modifier(text, ref) and not event_noun_at(text, ref.end + 1):
        return WEAK
    if _LOCATIVE.search(text, window, ref.start) or _EVENT_OBJECT.search(text, window, ref.start):
        score = STRONG * (1.5 if has_event_word(text, sentence.start, sentence.end) else 1.0)
    elif text[ref.end : ref.end + 1] == " " and event_noun_at(text, ref.end + 1):
        score = STRONG
    elif is_dateline(text, ref.start, ref.end):
        return DATELINE
    elif _FROM.search(text, window, ref.start):
        score = FROM
    else:
        return WEAK
    if future_before(text, sentence.start, ref.start):
        score *= FOLLOW_UP
    return score


def _scored_places(article: Article) -> list[tuple[_Scored, int]]:
    """Every place in the article's sentences, with its score and sentence index."""
    sentences = split_sentences(article)
    starts = [sentence.start for sentence in sentences]
    found: list[tuple[_Scored, int]] = []
    for ref in find_places(article.text):
        index = bisect.bisect_right(starts, ref.start) - 1
        if index < 0 or ref.end > sentences[index].end:
            continue  # boilerplate, or outside any sentence
        score = _use(article.text, ref, sentences[index])
        found.append((_Scored(ref, score), index))
    return found


def _key(ref: PlaceRef) -> tuple[str | None, str | None]:
    return ref.name, ref.country


def _winner(scored: list[tuple[_Scored, int]]) -> tuple[str | None, str | None] | None:
    totals: dict[tuple[str | None, str | None], float] = defaultdict(float)
    for item, index in scored:
        totals[_key(item.ref)] += item.score / (1.0 + 0.1 * index)
    cities = [(total, key) for key, total in totals.items() if key[0] is not None]
    countries = [(total, key) for key, total in totals.items() if key[0] is None]
    for group in (cities, countries):
        best = max(group, default=None, key=lambda pair: pair[0])
        if best is not None and best[0] >= MIN_SCORE:
            return best[1]
    return None


def extract_locations(article: Article) -> list[Mention]:
    """Mentions of the city (or country alone) where the article's main event happened."""
    scored = _scored_places(article)
    winner = _winner(scored)
    if winner is None:
        return []
    chosen = [item.ref for item, _ in scored if _key(item.ref) == winner and item.score >= FROM]
    value = LocationValue(place=winner[0], country=winner[1])
    return [
        Mention(Kind.LOCATION, article.id, ref.text, Span(ref.start, ref.end), value)
        for ref in chosen
    ]
