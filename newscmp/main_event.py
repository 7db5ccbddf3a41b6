"""The main event of a comparison, decided from all its sources together, and what it settles
about each source's claims.

- Its label: the event noun ("shooting", "talks", "hearing") that most sources use in their
  titles and leads (a title counts three times a lead).
- Its date: the day most sources claim (a tie goes to the day most sources name at all, then
  to the earliest). A source that claims another day but also names the event's day claims the
  event's day, and its own becomes context. One that never names it keeps its day as a claim
  only when that day's sentence holds the event's label (two outlets dating the same shooting
  differently disagree), or when no event word is known to tell a step from the event by;
  otherwise it reports a `later_step` or an `earlier_step` of the story (a story published the
  next day about the reactions).
- Its length: a length in months or years is the event's only when it names the event
  ("a two-year strike" in a strike story; "a 17-year war" in a story about a raid is not).
- Its place: the place most sources claim, with the words that say it. A dateline is a claim
  when it names that place, or when its source places the event nowhere else; otherwise
  (the reporter's city) it stays context. A place in another country or region (US state)
  than the event's is another place of the story (`other_place`) unless its sentence names
  the event.

A step of the story (`later_step`, `earlier_step`) that is the event itself becomes a claim
again: in a story about a hearing, "the hearing in Washington" is the event's place.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from newscmp.claims import STEP_REASONS, step_is_event
from newscmp.extract.event import EVENT_NOUNS
from newscmp.model import (
    Article,
    ComparisonEvent,
    DateValue,
    DurationValue,
    Kind,
    LocationValue,
    Mention,
    Problem,
    Role,
    Span,
    Support,
    Value,
)
from newscmp.text.dates import WEEKDAYS, parse_iso, resolve_weekday
from newscmp.text.doc import Doc

_WEEKDAY = re.compile(
    r"\b(?:" + "|".join(name for name in WEEKDAYS if len(name) > 5) + r")\b", re.IGNORECASE
)
_LABEL = re.compile(r"\b(?:" + "|".join(EVENT_NOUNS) + r")\b", re.IGNORECASE)
# How much of an article's start is its lead, in characters, and how much a title outweighs it.
LEAD = 600
TITLE_WEIGHT = 3
# Units of time too long for most events: such a length must name the event to be its own.
LONG_UNITS = frozenset({"month", "year", "decade", "century"})
# Reasons a date is never the event's, whatever the other sources say: where it stands.
POSITION_REASONS = frozenset({"publication", "dateline", "caption", "byline", "correction"})


class _Docs:
    """Each article's Doc, made when first asked for and kept for this comparison."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._articles = {article.id: article for article in articles}
        self._docs: dict[str, Doc] = {}

    def __getitem__(self, source: str) -> Doc:
        doc = self._docs.get(source)
        if doc is None:
            doc = self._docs[source] = Doc(self._articles[source])
        return doc

    def __contains__(self, source: str) -> bool:
        return source in self._articles


def date_weekdays(
    articles: Sequence[Article], mentions: Sequence[Mention]
) -> tuple[list[Mention], list[Problem]]:
    """Date the weekdays of articles that have no date of their own ("on Tuesday" with no
    publication date) against the other sources' latest publication day; when no source has
    one, say so as a problem of each such article."""
    days = [parse_iso(article.published) for article in articles if article.published]
    known = [day for day in days if day is not None]
    anchor = max(known) if known else None
    undated: set[str] = set()
    result = []
    for mention in mentions:
        if mention.kind is Kind.DATE and _day(mention) is None:
            weekday = _WEEKDAY.search(mention.text)
            if anchor is not None and weekday is not None:
                day = resolve_weekday(WEEKDAYS[weekday.group().lower()], anchor, "past")
                mention = replace(mention, value=DateValue(day.isoformat()))
            else:
                undated.add(mention.source)
        result.append(mention)
    problems = [
        Problem(
            article.path,
            "no publication date here or in the other sources: its weekdays "
            "are left undated (give one with a `date YYYY-MM-DD` first line)",
        )
        for article in articles
        if article.id in undated
    ]
    return result, problems


def decide_event(
    articles: Sequence[Article], mentions: Sequence[Mention]
) -> tuple[ComparisonEvent | None, list[Mention]]:
    """The comparison's main event, and `mentions` with the roles it settles."""
    docs = _Docs(articles)
    label, label_support = _label(articles)
    result = list(mentions)
    if label is not None:
        result = _steps_of_event(docs, result, label)
    result = _long_lengths(result, label)
    date, result = _date(docs, result, label)
    datelines = [m for m in result if m.kind is Kind.LOCATION and m.reason == "dateline"]
    result = _lone_datelines(result)
    place = _place(result, datelines)
    if place is not None:
        result = _datelines(result, place)
        result = _abroad(docs, result, place, label)
    if label is None and date is None and place is None:
        return None, result
    date_support = tuple(
        _support(m) for m in result if m.kind is Kind.DATE and m.is_claim and _day(m) == date
    )
    place_value = place.value if place is not None else None
    assert place_value is None or isinstance(place_value, LocationValue)
    place_support = tuple(
        _support(m)
        for m in result
        if m.kind is Kind.LOCATION and m.is_claim and place is not None and m.value == place.value
    )
    event = ComparisonEvent(
        label=label,
        date=date,
        place=place_value.place if place_value else None,
        country=place_value.country if place_value else None,
        region=place_value.region if place_value else None,
        label_support=label_support,
        date_support=date_support,
        place_support=place_support,
    )
    return event, result


def _support(mention: Mention) -> Support:
    return Support(mention.source, mention.text, mention.span)


def _label(articles: Sequence[Article]) -> tuple[str | None, tuple[Support, ...]]:
    """The event noun most sources use in their title or lead, with the first use in each."""
    sources: Counter[str] = Counter()
    weights: Counter[str] = Counter()
    first: dict[str, dict[str, Support]] = defaultdict(dict)
    for article in articles:
        seen: set[str] = set()
        found = [(match, 1) for match in _LABEL.finditer(article.text, 0, LEAD)]
        if article.title:
            found += [(match, TITLE_WEIGHT) for match in _LABEL.finditer(article.title)]
        for match, weight in found:
            word = match.group().lower()
            weights[word] += weight
            seen.add(word)
            if weight == 1 and article.id not in first[word]:
                first[word][article.id] = Support(
                    article.id, match.group(), Span(match.start(), match.end())
                )
        sources.update(seen)
    if not sources:
        return None, ()
    label = min(sources, key=lambda word: (-sources[word], -weights[word], word))
    return label, tuple(first[label].values())


def _steps_of_event(docs: _Docs, mentions: list[Mention], label: str) -> list[Mention]:
    """A step of the story that is the event itself is a claim about it."""
    result = []
    for mention in mentions:
        known = mention.reason in STEP_REASONS and mention.source in docs
        if known and step_is_event(docs[mention.source], mention, label):
            mention = replace(mention, role=Role.CLAIM, reason=None)
        result.append(mention)
    return result


def _day(mention: Mention) -> str | None:
    return mention.value.date if isinstance(mention.value, DateValue) else None


def _date(
    docs: _Docs, mentions: list[Mention], label: str | None
) -> tuple[str | None, list[Mention]]:
    """The event's day, and each source's date mentions decided against it."""
    claimed: dict[str, str] = {}
    named: dict[str, set[str]] = defaultdict(set)
    # Each source's dated mentions with their places in `mentions`: found in one pass, so
    # settling every source stays linear in the number of mentions.
    own: dict[str, list[tuple[int, Mention]]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        day = _day(mention)
        if mention.kind is not Kind.DATE or not day:
            continue
        own[mention.source].append((index, mention))
        if mention.reason in POSITION_REASONS:
            continue
        named[day].add(mention.source)
        if mention.is_claim:
            claimed.setdefault(mention.source, day)
    if not claimed:
        return None, mentions
    votes = Counter(claimed.values())
    date = min(votes, key=lambda day: (-votes[day], -len(named[day]), day))
    changed: dict[int, Mention] = {}
    for source, day in claimed.items():
        if day != date:
            _settle(docs, own[source], source, date, label, changed)
    if not changed:
        return date, mentions
    return date, [changed.get(index, mention) for index, mention in enumerate(mentions)]


def _settle(
    docs: _Docs,
    own: list[tuple[int, Mention]],
    source: str,
    date: str,
    label: str | None,
    changed: dict[int, Mention],
) -> None:
    """One source whose claimed day is not the event's (`own`: its dated mentions and their
    indexes): it claims the event's day if it names it; else its day stays a claim only when
    it dates the event by its label."""
    names_event = [
        (index, m) for index, m in own if _day(m) == date and m.reason not in POSITION_REASONS
    ]
    claims = [(index, m) for index, m in own if m.is_claim and _day(m) != date]
    if not names_event and label is None:
        return  # no event word to tell a step from the event by: the day stays a claim
    if not names_event and label is not None and source in docs:
        doc = docs[source]
        if any(_has_label(doc, m, label) for _, m in claims):
            return
    for index, mention in names_event:
        changed[index] = replace(mention, role=Role.CLAIM, reason=None)
    for index, mention in claims:
        reason = "later_step" if (_day(mention) or "") > date else "earlier_step"
        changed[index] = replace(mention, role=Role.CONTEXT, reason=reason)


def _has_label(doc: Doc, mention: Mention, label: str) -> bool:
    index = doc.sentence_index(mention.span.start)
    if index is None:
        return False
    return re.search(rf"\b{re.escape(label)}\b", doc.lowered(index)) is not None


def _place(mentions: list[Mention], datelines: list[Mention]) -> Mention | None:
    """A mention of the place most sources give: a source whose dateline another source
    shares votes for it (two reporters filed from where the event was), any other for the
    places it claims (a tie: the one named more often)."""
    places = [m for m in mentions if m.kind is Kind.LOCATION]
    sources: dict[Value, set[str]] = defaultdict(set)
    for mention in datelines:
        sources[mention.value].add(mention.source)
    shared = [m for m in datelines if len(sources[m.value]) >= 2]
    dated = {m.source for m in shared}
    votes = [*shared, *(m for m in places if m.source not in dated and m.is_claim)]
    claims = [m for m in places if m.is_claim]
    return _most_claimed(votes or claims)


def _abroad(
    docs: _Docs, mentions: list[Mention], place: Mention, label: str | None
) -> list[Mention]:
    """A source's place in another country or region than the event's is another place of the
    story (`other_place`: a trip, a reaction elsewhere) unless its sentence holds the event's
    word."""
    value = place.value
    assert isinstance(value, LocationValue)
    result = []
    for mention in mentions:
        other = mention.value
        if (
            mention.kind is Kind.LOCATION
            and mention.is_claim
            and isinstance(other, LocationValue)
            and _elsewhere(other, value)
            and mention.source in docs
            and not (label and _has_label(docs[mention.source], mention, label))
        ):
            mention = replace(mention, role=Role.CONTEXT, reason="other_place")
        result.append(mention)
    return result


def _elsewhere(place: LocationValue, event: LocationValue) -> bool:
    """Whether `place` cannot hold the event's place nor lie in it: another country, or
    another region of the same country (another US state)."""
    if place.country != event.country:
        return True
    return bool(place.region and event.region and place.region != event.region)


def _long_lengths(mentions: list[Mention], label: str | None) -> list[Mention]:
    """A length of months or years ("a 17-year war") measures the event only when it names
    the event's own word ("a two-year strike" in a strike story): else it is another event's."""
    result = []
    for mention in mentions:
        value = mention.value
        if (
            isinstance(value, DurationValue)
            and value.unit in LONG_UNITS
            and mention.is_claim
            and not (label and re.search(rf"\b{re.escape(label)}\b", mention.text, re.I))
        ):
            mention = replace(mention, role=Role.CONTEXT, reason="other_event")
        result.append(mention)
    return result


def _lone_datelines(mentions: list[Mention]) -> list[Mention]:
    """A source that places the event nowhere but in its dateline places it there: its
    dateline is its claim (a wire story filed from the town it reports on)."""
    placed = {m.source for m in mentions if m.kind is Kind.LOCATION and m.is_claim}
    return [
        replace(mention, role=Role.CLAIM, reason=None)
        if mention.reason == "dateline"
        and mention.kind is Kind.LOCATION
        and mention.source not in placed
        else mention
        for mention in mentions
    ]


def _datelines(mentions: list[Mention], place: Mention) -> list[Mention]:
    """A dateline naming the event's place says where it happened: a claim. One naming another
    place (the reporter's city) stays context."""
    value = place.value
    assert isinstance(value, LocationValue)
    return [
        replace(mention, role=Role.CLAIM, reason=None)
        if mention.reason == "dateline"
        and mention.kind is Kind.LOCATION
        and isinstance(mention.value, LocationValue)
        and mention.value.country == value.country
        and mention.value.place in (value.place, None)
        else mention
        for mention in mentions
    ]


def _most_claimed(places: list[Mention]) -> Mention | None:
    """The first mention of the place most sources name (a tie: the one named more often)."""
    first: dict[str, Mention] = {}
    counts: Counter[Value] = Counter()
    for mention in places:
        counts[mention.value] += 1
        first.setdefault(mention.source, mention)
    if not first:
        return None
    votes: Counter[Value] = Counter(mention.value for mention in first.values())
    best = min(votes, key=lambda value: (-votes[value], -counts[value], repr(value)))
    return next(mention for mention in first.values() if mention.value == best)
