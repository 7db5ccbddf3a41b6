"""The city and country where the main event of an article happened.

Every place the gazetteer finds is scored by how it is used: "in Davos", "at ... in Davos",
"the Davos talks", "struck central Nepal" are strong evidence; a dateline ("DAVOS (Reuters) -")
is good evidence but weaker than an event sentence (reporters file from elsewhere); a metonym
("Moscow says", "Washington's request") is weak; a place after a future cue ("a meeting in
Madrid on Wednesday") is a follow-up, not the event. Earlier sentences weigh more. A city with
enough evidence wins; otherwise a country alone ("an earthquake struck central Nepal").
"""

from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import partial
from importlib import resources

from newscmp.extract.event import event_noun_at, future_before, has_event_word
from newscmp.extract.quote import ATTRIBUTION_CUES
from newscmp.model import Article, Kind, LocationValue, Mention, Span
from newscmp.text.dates import MONTHS, WEEKDAYS
from newscmp.text.gazetteer import place_tables, state_name
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
# A place named as a reference point near where it happened: the town named beside it is the
# place; the reference point is the place only when no town is named.
_NEAR = re.compile(
    r"\b(?:(?:suburbs?|outskirts)\sof|near|outside|(?:north|south|east|west)(?:east|west)?\sof"
    r"|(?:miles|kilometers|kilometres|km)\s(?:[a-z]+\s){0,2}(?:of|from))\s(?:the\s)?$"
)
# A noun for a place just before its name: "the southern city of X", "the Ecuadorian capital, X",
# "the outskirts of X". The name is the place where things happen, whatever the verb.
PLACE_NOUNS = tuple(place_tables()["place_nouns"])
_PLACE_NOUN = re.compile(r"\b(?:" + "|".join(PLACE_NOUNS) + r")(?:\sof|,)\s$")
# "of X" after any other noun: "the criminal court of X", "the mayor of X".
_OF = re.compile(r"\b[a-z]{3,20}\sof\s$")
# Words that make a place where something was said, not where the event happened: "told
# reporters in X", "said in X", "at a news conference in X".
_REPORTED = re.compile(
    r"\b(?P<cue>said|says|told|tweeted|reporters|journalists|(?:news|press)\sconference"
    r"|briefing)\b[^.;:!?]{0,30}$"
)
_POSSESSIVE = re.compile(r"['’]s?\b")
# A name followed by one of these is a part of a city ("the Hervanta district"), not the city.
SUBPLACE_NOUNS = ("district", "neighbourhood", "neighborhood", "quarter", "borough", "area")
_SUBPLACE = re.compile(r" (?:" + "|".join(SUBPLACE_NOUNS) + r")\b")
_NEXT_WORD = re.compile(r" (the )?([^\W\d_]+)")
# A speech verb after a place makes it a metonym ("Moscow says", "Beijing warned").
_SPEECH_AFTER = re.compile(r"\s(?:has\s|have\s|had\s)?(?:" + "|".join(ATTRIBUTION_CUES) + r")\b")


def _sitting_after() -> re.Pattern[str]:
    """The rest of an institution's name after its city, then its verdict on someone: the
    "Criminal Court on Thursday sentenced" after "The Lyon". Tables from venues.json."""
    text = resources.files("newscmp.data").joinpath("venues.json").read_text(encoding="utf-8")
    tables = json.loads(text)
    heads = "|".join(head.title() for head in tables["sitting_heads"])
    verbs = "|".join(tables["sitting_verbs"])
    return re.compile(
        rf"(?:\s[A-Z][\w'’-]{{0,30}}){{0,3}}?\s(?:{heads})\b[^,.;:]{{0,40}}?\s(?:{verbs})\b"
    )


_SITTING_AFTER = _sitting_after()
# Words that may follow a place used as a place ("in Davos on Monday", "in the US are").
FOLLOWERS = frozenset(
    (
        "on", "in", "at", "and", "or", "for", "to", "with", "as", "after", "before", "during",
        "since", "this", "last", "is", "are", "was", "were", "has", "have", "had", "when",
        "where", "which", "who", "that", "over", "near", "amid", "following", "said", "says",
        "until", "from", "by", "while", "but", "than",
    )
)  # fmt: skip

STRONG = 3.0  # "in Davos", "the Davos talks", "struck Nepal", "the Lyon Court sentenced"
NEAR = 1.5  # a reference point: "a suburb of X", "near X", "20 miles north of X"
DATELINE = 2.0
FROM = 1.0
SUBJECT = 0.5  # the subject of an event sentence: "Tallinn woke up to a strike"
WEAK = 0.4  # a metonym or a name's modifier: "Moscow says", "the Tallinn Times"
REPORTED = 0.3  # where something was said: "told reporters in Lima"
FOLLOW_UP = 0.1  # factor for a place after a future cue
MIN_SCORE = 1.5  # what a place needs to be reported on evidence
FALLBACK_COUNT = 2  # without evidence, a city named this often is where the story is


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


def _locative(text: str, window: int, position: int) -> re.Match[str] | None:
    """The words just before a place that put something there: "in", "struck", "city of"."""
    return (
        _LOCATIVE.search(text, window, position)
        or _EVENT_OBJECT.search(text, window, position)
        or _PLACE_NOUN.search(text, window, position)
    )


def _reported(text: str, sentence: Sentence, position: int) -> bool:
    """Whether a reporting cue stands just before the locative at `position`, with no event word
    between them: "told reporters in", "said at a briefing in"."""
    cue = _REPORTED.search(text, max(sentence.start, position - 40), position)
    return cue is not None and not has_event_word(text, cue.end("cue"), position)


def _use(text: str, ref: PlaceRef, sentence: Sentence) -> float:
    """How strongly the wording around one place says the event happened there."""
    window = max(sentence.start, ref.start - 60)
    if _SUBPLACE.match(text, ref.end):
        return 0.0
    if _POSSESSIVE.match(text, ref.end):
        return WEAK / 2  # "Moscow's proposals": the government, not the place
    sitting = _SITTING_AFTER.match(text, ref.end) is not None  # "the Lyon Court sentenced"
    if not sitting and _modifier(text, ref) and not event_noun_at(text, ref.end + 1):
        return WEAK
    # Whether the sentence holds an event word: asked only where it counts, as it is slow.
    event = partial(has_event_word, text, sentence.start, sentence.end)
    locative = _locative(text, window, ref.start)
    if locative is not None and _NEAR.search(text, window, ref.start):
        score = NEAR * (1.5 if event() else 1.0)  # "a suburb of Dallas", "20 miles north of"
    elif locative is not None:
        if _reported(text, sentence, locative.start()):
            return REPORTED
        score = STRONG * (1.5 if event() else 1.0)
    elif sitting or (text[ref.end : ref.end + 1] == " " and event_noun_at(text, ref.end + 1)):
        score = STRONG
    elif is_dateline(text, ref.start, ref.end):
        return DATELINE
    elif _FROM.search(text, window, ref.start):
        score = FROM
    elif _OF.search(text, window, ref.start):
        score = FROM * (1.5 if event() else 1.0)
    else:
        return SUBJECT if _subject(text, ref, sentence) and event() else WEAK
    if future_before(text, sentence.start, ref.start):
        score *= FOLLOW_UP
    return score


def _subject(text: str, ref: PlaceRef, sentence: Sentence) -> bool:
    """Whether the place opens its sentence or clause and a verb other than a speech verb
    follows: "Tallinn woke up to ...", not "Moscow says ..." or "Moscow, the capital"."""
    before = text[sentence.start : ref.start].rstrip(" “‘\"'")
    if before and not before.endswith(","):
        return False
    following = _NEXT_WORD.match(text, ref.end)
    if following is None or following.group(1) or not following.group(2).islower():
        return False
    return _SPEECH_AFTER.match(text, ref.end) is None


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


def _key(ref: PlaceRef) -> tuple[str | None, str | None, str | None]:
    return ref.name, ref.country, ref.region if ref.country == "United States" else None


_Key = tuple[str | None, str | None, str | None]


def _value(key: _Key) -> LocationValue:
    """The value of a place: a US place with its state; a US state as a region alone."""
    name, country, code = key
    region = state_name(code)
    if region is not None and name == region:
        return LocationValue(place=None, country=country, region=region)
    return LocationValue(place=name, country=country, region=region)


def _winner(scored: list[tuple[_Scored, int]]) -> tuple[_Key, bool] | None:
    """The city (else country) with enough evidence; else the city named most often, at least
    twice (a local paper may never say "in X"), or the article's only city when it is the
    subject of an event sentence. The flag tells whether evidence decided."""
    totals: dict[_Key, float] = defaultdict(float)
    counts: dict[_Key, int] = defaultdict(int)
    for item, index in scored:
        totals[_key(item.ref)] += item.score / (1.0 + 0.1 * index)
        counts[_key(item.ref)] += item.score > 0
    cities = [(total, key) for key, total in totals.items() if key[0] is not None]
    countries = [(total, key) for key, total in totals.items() if key[0] is None]
    for group in (cities, countries):
        best = max(group, default=None, key=lambda pair: pair[0])
        if best is not None and best[0] >= MIN_SCORE:
            return best[1], True
    # The only city of the article, as the subject of an event sentence: "Tallinn woke up ..."
    alone = len(cities) == 1 and any(
        i.score == SUBJECT and _key(i.ref) == cities[0][1] for i, _ in scored
    )
    named = [
        (counts[key], total, key) for total, key in cities if counts[key] >= FALLBACK_COUNT or alone
    ]
    best_named = max(named, default=None, key=lambda triple: triple[:2])
    return None if best_named is None else (best_named[2], False)


def extract_locations(article: Article) -> list[Mention]:
    """Mentions of the city (or country alone) where the article's main event happened."""
    scored = _scored_places(article)
    # The dateline is always reported, even when the body names another place more strongly:
    # whether it is the event's place (the reporter was there) or only where the story was
    # filed is for the comparison of all sources to settle.
    datelines = [
        item.ref for item, _ in scored if is_dateline(article.text, item.ref.start, item.ref.end)
    ][:1]
    found = _winner(scored)
    chosen: list[PlaceRef] = []
    if found is not None:
        winner, by_evidence = found
        floor = FROM if by_evidence else WEAK
        chosen = [
            item.ref for item, _ in scored if _key(item.ref) == winner and item.score >= floor
        ]
    chosen += [ref for ref in datelines if ref not in chosen]
    chosen.sort(key=lambda ref: ref.start)
    return [
        Mention(Kind.LOCATION, article.id, ref.text, Span(ref.start, ref.end), _value(_key(ref)))
        for ref in chosen
    ]
