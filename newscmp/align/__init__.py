"""Decide which mentions are the same fact, and how the sources that state it relate.

The only package that judges sameness: `groups` blocks and clusters mentions into facts, `rules`
compares two values of a kind, and this module picks each fact's consensus and status. A fact's
status compares each source's value with the consensus, and its distinct values with each other,
never every pair of sources.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import fields, replace
from functools import lru_cache

from newscmp.align.groups import group_names
from newscmp.align.rules import RULES, KindRule, Relation
from newscmp.align.text import normalize, organisation_key
from newscmp.model import (
    KIND_ORDER,
    VALUE_TYPES,
    DateValue,
    DurationValue,
    Fact,
    FollowUpValue,
    Kind,
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

__all__ = ["align_mentions", "group_names", "label_of", "normalize", "organisation_key"]


# Each value type's field names, read once: dataclasses.fields() is slow in a hot loop.
_FIELD_NAMES = {
    value_type: tuple(field.name for field in fields(value_type))
    for value_type in VALUE_TYPES.values()
}


@lru_cache(maxsize=65536)
def _specificity(value: Value) -> tuple[int, int, int, int]:
    """More known fields first, then an unhedged number over a hedged one, then more
    proper-name words ("US Permanent Mission" over "US diplomatic mission"), then length."""
    items = [getattr(value, name) for name in _FIELD_NAMES[type(value)]]
    known = [str(item) for item in items if item is not None]
    exact = getattr(value, "qualifier", Qualifier.EXACT) is Qualifier.EXACT
    capitals = sum(word[:1].isupper() for item in known for word in item.split())
    return (len(known), exact, capitals, sum(len(item) for item in known))


def _source_values(group: list[Mention]) -> dict[str, Value]:
    """Each source's value for the fact: its most specific mention, the first on a tie."""
    values: dict[str, Value] = {}
    for mention in group:
        current = values.get(mention.source)
        if current is None or _specificity(mention.value) > _specificity(current):
            values[mention.source] = mention.value
    return values


def _is_empty(key: Hashable) -> bool:
    if isinstance(key, tuple):
        return all(_is_empty(item) for item in key)
    return key is None or key == ""


def _consensus(values: Sequence[Value], rule: KindRule) -> Value:
    """The value most sources give (its core, then in full), the more specific on a tie; a
    source that leaves the core out (no role, no amount) never outvotes those that state it."""
    core = rule.core or rule.key
    # Counted per distinct value: thousands of sources often give a handful of values.
    tally = Counter(values)
    cores: Counter[Hashable] = Counter()
    counts: Counter[Hashable] = Counter()
    for value, number in tally.items():
        cores[core(value)] += number
        counts[rule.key(value)] += number
    return max(
        tally,
        key=lambda value: (
            not _is_empty(core(value)),
            cores[core(value)],
            counts[rule.key(value)],
            _specificity(value),
            repr(value),
        ),
    )


def _clash(values: Sequence[Value], rule: KindRule) -> bool:
    """Whether any two sources state incompatible values. Compared per distinct value, so
    the work grows with the number of different values, not of sources."""
    distinct = list({rule.key(value): value for value in values}.values())
    if rule.clash is not None:  # the kind tells it without comparing every pair
        return rule.clash(distinct)
    return any(
        not rule.compatible(value, other)
        for index, value in enumerate(distinct)
        for other in distinct[index + 1 :]
    )


def _relation(value: Value, consensus: Value, rule: KindRule) -> Relation:
    if rule.key(value) == rule.key(consensus):
        return Relation.SAME
    return Relation.COMPATIBLE if rule.compatible(value, consensus) else Relation.INCOMPATIBLE


_SOURCE_STATUS = {
    Relation.SAME: Status.AGREE,
    Relation.COMPATIBLE: Status.PARTIAL,
    Relation.INCOMPATIBLE: Status.CONFLICT,
}


def label_of(kind: Kind, value: Value) -> str:
    """A short human name for the fact: the person, the thing counted, the meeting."""
    if kind in (Kind.DATE, Kind.LOCATION, Kind.VENUE, Kind.DURATION):
        return {Kind.DATE: "Date", Kind.LOCATION: "Location", Kind.VENUE: "Venue"}.get(
            kind, "Duration"
        )
    if isinstance(value, ParticipantValue):
        return value.name or "unnamed"
    if isinstance(value, QuantityValue):
        return value.unit or "count"
    if isinstance(value, FollowUpValue):
        who = value.with_ or "Meeting"
        if len(who.split()) > 3 and organisation_key(who).isalpha():
            who = organisation_key(who)  # "OSCE", not the whole name, in a label
        where = f" in {value.place}" if value.place else ""
        return f"{who}{where}"
    if isinstance(value, QuoteValue):
        words = (value.quote or "").split()
        excerpt = " ".join(words[:6]) + ("…" if len(words) > 6 else "")
        return f"{value.speaker or 'Unattributed'}: “{excerpt}”"
    return kind.value


def _slug(text: str) -> str:
    return normalize(text).replace("'", "").replace(" ", "-")[:60].strip("-") or "fact"


def _build_fact(kind: Kind, group: list[Mention], order: dict[str, int]) -> Fact:
    rule = RULES[kind]
    values = _source_values(group)
    consensus = _consensus(list(values.values()), rule)
    sources = sorted(values, key=order.__getitem__)
    by_value = {value: _relation(value, consensus, rule) for value in set(values.values())}
    relations = {source: by_value[values[source]] for source in sources}
    if len(sources) == 1:
        status = Status.SINGLE
    elif _clash(list(values.values()), rule):
        status = Status.CONFLICT
    else:
        status = _SOURCE_STATUS[max(relations.values())]
    by_source = tuple(
        (source, Status.SINGLE if status is Status.SINGLE else _SOURCE_STATUS[relations[source]])
        for source in sources
    )
    label = label_of(kind, consensus)
    mentions = tuple(sorted(group, key=lambda m: (order[m.source], m.span.start, m.span.end)))
    slug = _slug(_identity(consensus, label))
    return Fact(f"{kind.value}:{slug}", kind, label, status, consensus, mentions, by_source)


def _identity(value: Value, label: str) -> str:
    """The words a fact's id is made of: its consensus value, normalised (the date, the place,
    the amount and what is counted), so the id never depends on which other facts exist."""
    match value:
        case DateValue(date=date):
            return date or "unknown"
        case LocationValue(place=place, country=country):
            return " ".join(part for part in (place, country) if part) or "unknown"
        case VenueValue(name=name, place=place):
            return " ".join(part for part in (name, place) if part) or "unknown"
        case DurationValue(hours=hours):
            return f"{_plain(hours)} hours" if hours else "unstated"
        case QuantityValue(amount=amount, unit=unit):
            count = _plain(amount) if amount is not None else "some"
            return f"{count} {unit or 'count'}"
    return label  # the person's name, the meeting, the speaker and the quote's first words


def _plain(number: float) -> str:
    """A number as digits for an id, no exponent or trailing zeros: "10000000", "2 5" for 2.5."""
    return f"{number:f}".rstrip("0").rstrip(".").replace(".", " ")


def _collision_key(fact: Fact) -> tuple[tuple[str, str, int], ...]:
    return tuple(sorted((m.text, m.source, m.span.start) for m in fact.mentions))


def unique_ids(facts: list[Fact]) -> list[Fact]:
    """Facts whose ids collide (the same kind and value, yet not grouped) get `-2`, `-3`...
    in the order of their mentions' words, sources and places, so no other fact moves them."""
    colliding: dict[str, list[int]] = defaultdict(list)
    for index, fact in enumerate(facts):
        colliding[fact.id].append(index)
    result = list(facts)
    for group in colliding.values():
        ordered = sorted(group, key=lambda index: _collision_key(facts[index]))
        for number, index in enumerate(ordered[1:], start=2):
            result[index] = replace(facts[index], id=f"{facts[index].id}-{number}")
    return result


def align_mentions(mentions: Sequence[Mention], sources: Sequence[str]) -> list[Fact]:
    """Group mentions into facts, each with its consensus, status and each source's standing.

    The result does not depend on the order of `sources` except for the order of mentions and
    of `by_source` inside each fact, which follow `sources`.
    """
    order = {source: index for index, source in enumerate(sources)}
    by_kind: dict[Kind, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_kind[mention.kind].append(mention)
    facts: list[Fact] = []
    for kind in sorted(by_kind, key=KIND_ORDER.__getitem__):
        # Sorted by content, not by source order, so shuffled inputs give the same groups.
        ordered = sorted(by_kind[kind], key=lambda m: (m.text, m.source, m.span.start))
        facts.extend(_build_fact(kind, group, order) for group in RULES[kind].group(ordered))
    facts.sort(key=lambda fact: (KIND_ORDER[fact.kind], -len(fact.sources), fact.label, fact.id))
    return unique_ids(facts)
