"""The building or institution where the main event of an article happened.

A venue is a name ending in a head noun from `newscmp/data/venues.json` ("Mission", "Stadium",
"Palace of Justice") after a locative: "at the Swiss Embassy in Davos", "at Wembley
Stadium", "in the Palace of Justice". Without the locative it is an actor, not a venue ("the
Supreme Court ruled", "the Russian diplomatic mission in Davos tweeted"). The name must hold a
capitalised word, so "at the hotel" is not one; some heads count only capitalised ("Kaleva
Market", never "the European market"), some open the name ("the Hotel Krasnapolsky"). A court
that sentences someone is where the trial sat, even as the subject ("The Lyon Criminal Court
sentenced ...", "the criminal court of Lyon has convicted ..."); one that only rules is an actor.
A city after it ("in Davos") becomes the venue's place. Venues after a future cue ("will be
held at ...") are follow-ups and weigh little.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from newscmp.extract.event import future_before, has_event_word
from newscmp.model import Article, Kind, Mention, Span, VenueValue
from newscmp.text.dates import MONTHS, WEEKDAYS
from newscmp.text.name_tokens import country_name
from newscmp.text.numbers import lowered_words
from newscmp.text.places import lookup
from newscmp.text.sentences import split_sentences
from newscmp.text.titles import TITLES
from newscmp.text.words import may_hold, word_keys

MIN_SCORE = 0.3  # what a venue needs to be reported (a follow-up alone does not reach it)
ELSEWHERE = 0.1  # factor for a hospital the injured were taken to, a court of a later hearing


def _tables() -> dict[str, list[str]]:
    text = resources.files("newscmp.data").joinpath("venues.json").read_text(encoding="utf-8")
    tables: dict[str, list[str]] = json.loads(text)
    return tables


_WORD = r"[^\W\d_][\w.’'&-]{0,30}"
_CAPITAL = r"(?=[^\W\d_])(?-i:[^\W\d_a-z])[\w.’'-]{0,30}"


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _opening(words: list[str]) -> str:
    """`\b(?:word|...)`, with each `\b` as a look-behind after the word's first letter: then the
    regex engine looks for those letters quickly instead of trying a `\b` at every position."""
    each = (
        rf"{re.escape(word[0])}(?<!\w{re.escape(word[0])}){re.escape(word[1:])}" for word in words
    )
    return f"(?:{'|'.join(each)})"


def _pattern() -> re.Pattern[str]:
    tables = _tables()
    heads, proper = _alternatives(tables["heads"]), _alternatives(tables["proper_heads"])
    lead, stops = _alternatives(tables["lead_heads"]), _alternatives(tables["name_stops"])
    return re.compile(
        rf"{_opening(['at', 'in', 'inside', 'outside', 'through', 'into'])}\s(?:the\s)?"
        rf"(?P<name>(?:{lead})\s{_CAPITAL}(?:\s{_CAPITAL}){{0,2}}"
        rf"|(?:(?!(?:{stops})\b){_WORD}\s){{0,5}}?(?:(?i:{heads})|{proper})\b"
        rf"(?:\sof\s(?:the\s)?{_CAPITAL}(?:\s{_CAPITAL}){{0,3}})?)"
        rf"(?:,?\sin\s(?P<place>{_CAPITAL}(?:\s{_CAPITAL}){{0,2}}))?"
    )


def _sitting_pattern() -> re.Pattern[str]:
    """A court that sentences someone, as the subject of its sentence: where the trial sat."""
    tables = _tables()
    heads = _alternatives(tables["sitting_heads"])
    titled = _alternatives([head.title() for head in tables["sitting_heads"]])
    verbs = _alternatives(tables["sitting_verbs"])
    return re.compile(
        rf"{_opening(['The', 'the'])}\s(?P<name>(?:{_CAPITAL}\s){{1,4}}(?:{titled})"
        rf"|(?:[a-z]{{2,20}}\s){{0,2}}(?:{heads})\sof\s(?P<place>{_CAPITAL}))"
        rf"[^,.;:]{{0,40}}?\s(?:{verbs})\b"
    )


_VENUE = _pattern()
_SITTING = _sitting_pattern()
# Every match of _VENUE holds one of these words, whole, after a space: a sentence whose
# `lowered_words` hold none of them is not searched (tests/test_venue.py compares).
_HEAD_WORDS = word_keys(
    word for key in ("heads", "proper_heads", "lead_heads") for word in _tables()[key]
)
# A court's verdict needs one of these words: sentences without any are not searched for one.
_SITTING_VERBS = tuple(_tables()["sitting_verbs"])


def _place(words: str | None) -> str | None:
    """The gazetteer's name for the place after a venue, trying shorter word runs too."""
    parts = words.split() if words else []
    for size in range(len(parts), 0, -1):
        place = lookup(" ".join(parts[:size]).rstrip(".,"))
        if place is not None:
            return place.name or place.country
    # A town too small for the gazetteer ("in Davos"): its first word, unless that is a date.
    first = parts[0].rstrip(".,") if parts else ""
    return first if first and first.lower() not in MONTHS | WEEKDAYS.keys() else None


def _split_of_place(match: re.Match[str]) -> tuple[str, int, int, str | None]:
    """The venue's name, where it starts and ends, and its place. "the Parken Stadium of
    Copenhagen": a city after "of" is the place, not part of the name ("Palace of Justice")."""
    name, start, end = match.group("name"), match.start("name"), match.end("name")
    place = _place(match.group("place"))
    if place:  # up to the place's last word, without the full stop after it
        end = match.start("place") + len(match.group("place").rstrip(".,"))
    head, of, tail = name.rpartition(" of ")
    found = lookup(tail.removeprefix("the ")) if of and head else None
    if found is not None and found.name is not None and place is None:
        return head, start, end, found.name
    return name, start, end, place


_TABLES = _tables()
_CHAMBERS = frozenset(_TABLES["chambers"])
_HEADS = frozenset(_TABLES["heads"]) | {head.casefold() for head in _TABLES["proper_heads"]}
# The word before "at"/"in" that makes what follows a person's affiliation: "a student at",
# "spent a year at", "worked in the"; a title counts after "a" or a comma: "a professor at",
# "Ruiz, lecturer at" (not "received the chancellor at").
_AFFILIATION = frozenset(_TABLES["affiliation_cues"])
_TITLE_HEADS = frozenset(title.split()[-1].casefold() for title in TITLES)
_BEFORE_LOCATIVE = re.compile(
    r"(?:(?P<lead>\ban?\s|,\s)(?:[a-z]+\s){0,2})?(?P<word>[^\W\d_]+)"
    r"(?:\s(?:a|an|the|his|her|their))?\s$"
)
_CARE_HEADS = tuple(_TABLES["care_heads"])
_CARE_CUES = re.compile(rf"\b(?:{_alternatives(_TABLES['care_cues'])})\b", re.IGNORECASE)
_LATER_CUES = re.compile(rf"\b(?:{_alternatives(_TABLES['later_step_cues'])})\b", re.IGNORECASE)
_PARTY_WORDS = frozenset(("republican", "democratic", "democrat", "gop", "federal", "state"))
# Capitalised words right after a venue's head: the name goes on ("Port Authority", "Senate
# Judiciary Committee", "Hospital Center").
_GOES_ON = re.compile(r"(?:\s(?:of\s(?:the\s)?)?[A-Z][\w.’'-]{0,30})+")


def _trimmed(name: str, start: int) -> tuple[str, int]:
    """The name without the lower-case words before its first capitalised one ("annual White
    House" -> "White House"), unless one of them is its head ("office of the United States")."""
    words = name.split(" ")
    for index, word in enumerate(words):
        if word[:1].isupper():
            if any(head.casefold() in _HEADS for head in words[:index]):
                return name, start
            cut = len(" ".join(words[:index])) + (1 if index else 0)
            return name[cut:], start + cut
    return name, start


def _chamber(name: str) -> bool:
    """A legislature or court as a body: "House", "U.S. Senate", "Republican Senate", "House of
    Representatives" sit somewhere but name no building."""
    words = name.replace("’s", "").split()
    while words and (country_name(words[0]) or _party(words[0])):
        words.pop(0)
    if words[:1] == ["United"] and words[1:2] == ["States"]:
        words = words[2:]
    return " ".join(words).rstrip(".").casefold() in _CHAMBERS


def _party(word: str) -> bool:
    """A party or level word, alone or before a hyphen: "Republican", "GOP-led"."""
    return word.casefold().partition("-")[0] in _PARTY_WORDS


def _affiliation(text: str, sentence_start: int, position: int) -> bool:
    """Whether the words before the locative make the venue someone's affiliation."""
    before = _BEFORE_LOCATIVE.search(text, max(sentence_start, position - 50), position)
    if before is None:
        return False
    word = before.group("word").casefold()
    return word in _AFFILIATION or (before.group("lead") is not None and word in _TITLE_HEADS)


def _extended(text: str, name: str, end: int) -> tuple[str, int] | None:
    """The name with the capitalised words that go on after its head, when they end in a head
    too ("MedStar Washington Hospital Center"); None when they make it another kind of name
    ("Port Authority", "Senate Judiciary Committee"); the name itself when none follow."""
    more = _GOES_ON.match(text, end)
    if more is None or more.group().split()[0] in MONTHS_TITLED:
        return name, end
    last = more.group().split()[-1].rstrip(".").casefold()
    if last in _HEADS:
        return name + more.group(), more.end()
    return None


MONTHS_TITLED = frozenset(word.title() for word in (*MONTHS, *WEEKDAYS))


def _described(name: str, place: str | None) -> bool:
    """A lower-case head with no place and no name before it is a description, not a venue's
    name: "every American school", "the office of the United States", "the Republican field"
    (a country or party word is no name)."""
    words = name.split()
    head = next((i for i, word in enumerate(words) if word.casefold() in _HEADS), len(words) - 1)
    if words[head][:1].isupper() or place:
        return False
    return not any(_naming(word) for word in words[:head])


def _naming(word: str) -> bool:
    return word[:1].isupper() and not country_name(word) and word.casefold() not in _PARTY_WORDS


def _elsewhere(sentence: str, name: str, sitting: bool) -> bool:
    """A hospital in a sentence about taking or treating someone, or a court in one about a
    hearing, a plea or bail: where the story went next, not where the event happened."""
    key = name.casefold()
    if key.endswith(_CARE_HEADS) and _CARE_CUES.search(sentence):
        return True
    later = key.endswith(("court", "courthouse")) and not sitting
    return later and _LATER_CUES.search(sentence) is not None


def _key(name: str) -> str:
    return " ".join(name.replace(".", "").casefold().split())


@lru_cache(maxsize=256)
def _found(article: Article) -> list[tuple[Mention, float]]:
    """Every venue in the article's sentences, with how strongly it places the main event."""
    found: list[tuple[Mention, float]] = []
    verbs = [verb for verb in _SITTING_VERBS if verb in article.text]
    for index, sentence in enumerate(split_sentences(article)):
        if may_hold(lowered_words(sentence.text), _HEAD_WORDS):
            matches = list(_VENUE.finditer(article.text, sentence.start, sentence.end))
        else:
            matches = []
        if any(article.text.find(verb, sentence.start, sentence.end) >= 0 for verb in verbs):
            matches.extend(_SITTING.finditer(article.text, sentence.start, sentence.end))
        for match in matches:
            sitting = match.re is _SITTING
            name, start, end, place = _split_of_place(match)
            if sitting and match.group("place"):  # "the criminal court of Lyon"
                name, end = name.rpartition(" of ")[0], match.end("place")
            if not any(word[0].isupper() for word in name.split()) and not (sitting and place):
                continue
            if not sitting:
                name, start = _trimmed(name, start)
                if match.group("place") is None:
                    extended = _extended(article.text, name, end)
                    if extended is None:
                        continue
                    name, end = extended
                if (
                    _chamber(name)
                    or _described(name, place)
                    or _affiliation(article.text, sentence.start, match.start())
                ):
                    continue
            score = 1.0 / (1.0 + 0.1 * index)
            if has_event_word(article.text, sentence.start, sentence.end):
                score *= 1.5
            if future_before(article.text, sentence.start, start):
                score *= 0.1
            if _elsewhere(sentence.text, name, sitting):
                score *= ELSEWHERE
            value = VenueValue(name=name, place=place)
            mention = Mention(
                Kind.VENUE, article.id, article.text[start:end], Span(start, end), value
            )
            found.append((mention, score))
    return found


def extract_venues(article: Article) -> list[Mention]:
    """Mentions of the venue where the article's main event happened (none when none is named)."""
    found = _found(article)
    totals: dict[str, float] = defaultdict(float)
    for mention, score in found:
        assert isinstance(mention.value, VenueValue)
        totals[_key(mention.value.name or "")] += score
    if not totals or max(totals.values()) < MIN_SCORE:
        return []
    order = list(totals)
    winner = max(order, key=lambda key: (totals[key], -order.index(key)))
    return [
        mention
        for mention, _ in found
        if isinstance(mention.value, VenueValue) and _key(mention.value.name or "") == winner
    ]
