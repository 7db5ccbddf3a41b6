"""Words and styles shared by the renderers: how a value reads, how a status looks."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Sequence

from newscmp.model import (
    Article,
    DateValue,
    DurationValue,
    Fact,
    FollowUpValue,
    LocationValue,
    Mention,
    ParticipantValue,
    Qualifier,
    QuantityValue,
    QuoteValue,
    Status,
    Value,
    VenueValue,
)

# A word and a symbol for every status, so colour is never the only signal.
STATUS_LOOK: dict[Status, tuple[str, str, str]] = {
    Status.AGREE: ("✓", "agree", "green"),
    Status.PARTIAL: ("≈", "partial", "yellow"),
    Status.CONFLICT: ("✗", "conflict", "bold red"),
    Status.SINGLE: ("•", "single", "cyan"),
}
MISSING_LOOK = ("—", "not mentioned", "dim")

_HEDGES = {
    Qualifier.EXACT: "",
    Qualifier.ABOUT: "about ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.AT_MOST: "at most ",
    Qualifier.VAGUE: "vaguely ",
}


def _number(amount: float) -> str:
    return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}".rstrip("0")


def _join(*parts: str | None, sep: str = ", ") -> str:
    return sep.join(part for part in parts if part)


def _weekday(date: str | None) -> str | None:
    try:
        return datetime.date.fromisoformat(date or "").strftime("%A")
    except ValueError:
        return None


def format_value(value: Value) -> str:
    """One value in plain words, e.g. "at least 100,000 troops" or "Davos, Switzerland"."""
    match value:
        case DateValue(date=date):
            weekday = _weekday(date)
            return f"{date} ({weekday})" if weekday else date or "unknown date"
        case LocationValue(place=place, country=country, region=region):
            return _join(place, region, country) or "unknown place"
        case VenueValue(name=name, place=place):
            return _join(name, place) or "unknown venue"
        case DurationValue(hours=hours, qualifier=qualifier):
            return f"{_HEDGES[qualifier]}{_number(hours)} hours" if hours else "unstated length"
        case ParticipantValue(name=name, role=role, affiliation=affiliation):
            detail = _join(role, affiliation and f"({affiliation})", sep=" ")
            return _join(name, detail, sep=" — ")
        case FollowUpValue(place=place, date=date, weekday=weekday, with_=with_):
            when = _join(weekday, date, sep=" ") or "date not given"
            return _join(with_, place and f"in {place}", when, sep=" ")
        case QuantityValue(amount=amount, unit=unit, qualifier=qualifier):
            count = _number(amount) if amount is not None else "some"
            return f"{_HEDGES[qualifier]}{count} {unit or ''}".strip()
        case QuoteValue(speaker=speaker, quote=quote):
            return f"{speaker or 'unattributed'}: “{quote}”"
    return str(value)


def shorten(text: str, limit: int = 60) -> str:
    """The source's own words on one line, a long passage cut between words in its middle
    ("Organization for … in Europe"), never inside one: at most `limit` characters."""
    words = text.split()
    flat = " ".join(words)
    if len(flat) <= limit:
        return flat
    room = (limit - 1) * 2 // 3
    head: list[str] = []
    for word in words:
        if len(" ".join([*head, word])) > room:
            break
        head.append(word)
    tail: list[str] = []
    for word in reversed(words[len(head) + 1 :]):
        if len(" ".join([*head, *tail, word])) + 2 > limit:
            break
        tail.insert(0, word)
    if not head:  # one word longer than the room: cut it, as nothing else fits
        return f"{flat[:room]}…{flat[-(limit - 1 - room) :]}"
    return f"{' '.join(head)} … {' '.join(tail)}".rstrip()


def source_heading(article: Article, limit: int = 14) -> str:
    """Column heading: the outlet when known, else the file id, cut to `limit` characters."""
    if article.outlet:
        return article.outlet
    return _cut_id(article.id, limit)


def _cut_id(id: str, limit: int) -> str:
    return id if len(id) <= limit else id[: limit - 1] + "…"


def source_headings(sources: Sequence[Article], limit: int = 14) -> dict[str, str]:
    """Every source's heading by id, each one distinct: sources sharing an outlet add the start
    of their id, as much as it takes to tell them apart ("Reuters (wire-1)"); sources without
    an outlet whose cut ids are alike show their whole ids."""
    plain = {article.id: source_heading(article, limit) for article in sources}
    headings = dict(plain)
    for heading, count in Counter(plain.values()).items():
        if count < 2:
            continue
        group = [article for article in sources if plain[article.id] == heading]
        ids = [article.id for article in group]
        length = next(
            (n for n in range(8, max(map(len, ids))) if len({id[:n] for id in ids}) == len(ids)),
            None,
        )
        for article in group:
            short = article.id if length is None else _cut_id(article.id, length + 1)
            headings[article.id] = f"{heading} ({short})" if article.outlet else article.id
    return headings


def best_mention(mentions: list[Mention]) -> Mention:
    """The mention that says most: the longest words, the first on a tie."""
    return max(mentions, key=lambda mention: (len(mention.text), -mention.span.start))


def mentions_by_source(fact: Fact) -> dict[str, list[Mention]]:
    """The fact's mentions under each source that has any, in one pass over them; a renderer
    filling a cell per source looks its cell up here instead of scanning every mention."""
    grouped: dict[str, list[Mention]] = {}
    for mention in fact.mentions:
        grouped.setdefault(mention.source, []).append(mention)
    return grouped
