"""Decide which mentions are the same fact, and how the sources that state it relate.

The only module that judges sameness. Mentions are first blocked by kind and by a cheap key
(a surname, a counted thing, a place), then clustered inside each block against a few cluster
representatives, so the work stays near-linear in the number of mentions. Each fact's status
compares every source's value with the consensus, never every pair of sources.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, fields
from enum import IntEnum

from rapidfuzz import fuzz

from newscmp.model import (
    KIND_ORDER,
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

# Similarity thresholds, rapidfuzz's 0-100 scale.
SAME_NAME = 90
SAME_ROLE = 90
SAME_VENUE = 85
SAME_QUOTE = 60

# Venue words that describe a building without naming a different one.
_GENERIC_VENUE_WORDS = frozenset(
    [
        "the",
        "permanent",
        "diplomatic",
        "main",
        "official",
        "central",
        "new",
        "old",
        "historic",
        "grand",
        "headquarters",
        "of",
    ]
)
# A short quote that characterises something: adjectives joined by and/but ("frank and direct",
# "long and difficult", "tough but fair").
_CHARACTERISATION = re.compile(
    r"^(?:(?:very|so|too|quite|extremely) )?[\w'-]+"
    r"(?:,? (?:and|but|yet) (?:(?:very|so|too|quite|extremely) )?[\w'-]+){1,3}$"
)
# Words too common to make two quotes about the same thing.
_QUOTE_STOPWORDS = frozenset(
    "a an the and but or yet so to of in on at for with by from as is are was were be been "
    "it its this that these those we you they he she i our your their his her not no very".split()
)
_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z]{2,})\)")
_JOINT = re.compile(r"[-–/]")
_NAME_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_NON_WORD = re.compile(r"[^\w\s'-]+")
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady"])
_SPACES = re.compile(r"[\s-]+")


class Relation(IntEnum):
    SAME = 0
    COMPATIBLE = 1
    INCOMPATIBLE = 2


def normalize(text: str | None) -> str:
    """Lower case, accents and punctuation removed, "U.S." and "US" alike, spaces collapsed."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(char for char in folded if not unicodedata.combining(char)).lower()
    folded = folded.replace(".", "").replace("’", "'")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", folded)).strip()


# --- grouping -------------------------------------------------------------------------------


def _cluster(items: Sequence[str], same: Callable[[str, str], bool]) -> dict[str, int]:
    """Greedy clustering against each cluster's first member; items sorted for determinism."""
    representatives: list[str] = []
    assignment: dict[str, int] = {}
    for item in sorted(set(items), key=lambda text: (-len(text), text)):
        for index, representative in enumerate(representatives):
            if same(item, representative):
                assignment[item] = index
                break
        else:
            assignment[item] = len(representatives)
            representatives.append(item)
    return assignment


def _name_tokens(name: str) -> list[str]:
    tokens = normalize(name).split()
    return tokens[1:] if len(tokens) > 1 and tokens[0] in _HONORIFICS else tokens


def _same_person(name: str, other: str) -> bool:
    a, b = _name_tokens(name), _name_tokens(other)
    if not a or not b or a[-1] != b[-1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True  # a surname alone; callers only reach here when it is unambiguous
    if (
        a[0] == b[0]
        or (len(a[0]) == 1 and b[0].startswith(a[0]))
        or (len(b[0]) == 1 and a[0].startswith(b[0]))
    ):
        return True
    return fuzz.ratio(" ".join(a), " ".join(b)) >= SAME_NAME


def group_names(names: Sequence[str]) -> dict[str, int]:
    """Cluster person names: full names by similarity, a lone surname with its only full name."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in set(names):
        tokens = _name_tokens(name)
        by_surname[tokens[-1] if tokens else ""].append(name)
    result: dict[str, int] = {}
    for surname in sorted(by_surname):
        block = by_surname[surname]
        full = [name for name in block if len(_name_tokens(name)) > 1]
        assignment = _cluster(full, _same_person)
        clusters = set(assignment.values())
        offset = len(set(result.values()))
        for name in block:
            if name in assignment:
                result[name] = offset + assignment[name]
            elif len(clusters) == 1:
                result[name] = offset
            else:  # a surname shared by several people, or no full name at all
                result[name] = offset + len(clusters)
    return result


def _group_people(mentions: list[Mention]) -> list[list[Mention]]:
    names = [_person_name(mention.value) for mention in mentions]
    return _split(mentions, group_names(names), names)


def _person_name(value: Value) -> str:
    if isinstance(value, ParticipantValue):
        return value.name or ""
    return value.speaker or "" if isinstance(value, QuoteValue) else ""


def _split(
    mentions: list[Mention], assignment: dict[str, int], keys: list[str]
) -> list[list[Mention]]:
    groups: dict[int, list[Mention]] = defaultdict(list)
    for mention, key in zip(mentions, keys, strict=True):
        groups[assignment[key]].append(mention)
    return list(groups.values())


def _is_characterisation(quote: str) -> bool:
    return bool(_CHARACTERISATION.match(normalize(quote)))


def _content_words(quote: str) -> set[str]:
    return {word for word in normalize(quote).split() if word not in _QUOTE_STOPWORDS}


def _same_quote(quote: str, other: str) -> bool:
    """Two quotes of one speaker say the same thing: both characterise (variants of one
    judgement), or they share content words and rapidfuzz finds them close."""
    if _is_characterisation(quote) and _is_characterisation(other):
        return True
    words, other_words = _content_words(quote), _content_words(other)
    if not words & other_words:
        return False
    score = fuzz.token_set_ratio(" ".join(sorted(words)), " ".join(sorted(other_words)))
    return score >= SAME_QUOTE


def _group_quotes(mentions: list[Mention]) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for speaker_group in _group_people(mentions):
        quotes = [_quote_text(mention.value) for mention in speaker_group]
        groups.extend(_split(speaker_group, _cluster(quotes, _same_quote), quotes))
    return groups


def _quote_text(value: Value) -> str:
    return value.quote or "" if isinstance(value, QuoteValue) else ""


def _group_quantities(mentions: list[Mention]) -> list[list[Mention]]:
    from newscmp.text.units import canonical_unit

    blocks: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        value = mention.value
        unit = value.unit if isinstance(value, QuantityValue) else None
        blocks[canonical_unit(unit or "")].append(mention)
    groups: list[list[Mention]] = []
    for unit in sorted(blocks):
        groups.extend(_split_by_amount(blocks[unit]))
    return groups


def _amount(mention: Mention) -> float:
    value = mention.value
    return value.amount or 0.0 if isinstance(value, QuantityValue) else 0.0


def _near(amount: float, other: float) -> bool:
    low, high = sorted((abs(amount), abs(other)))
    return high <= 1.5 * low


def _same_count(mention: Mention, other: Mention) -> bool:
    """Within one source: two exact amounts that differ are two counts (118,402 and 107,390
    votes); a hedged amount near another ("at least 30" beside "34") is the same count."""
    value, other_value = mention.value, other.value
    assert isinstance(value, QuantityValue) and isinstance(other_value, QuantityValue)
    if value.qualifier is Qualifier.EXACT and other_value.qualifier is Qualifier.EXACT:
        return value.amount == other_value.amount
    return _near(_amount(mention), _amount(other))


def _split_by_amount(block: list[Mention]) -> list[list[Mention]]:
    """One fact per counted thing, unless a source counts it more than once with other amounts."""
    per_source: dict[str, list[Mention]] = defaultdict(list)
    for mention in block:
        counts = per_source[mention.source]
        if not any(_same_count(mention, seen) for seen in counts):
            counts.append(mention)
    most = max(per_source.values(), key=lambda counts: (len(counts), sorted(map(_amount, counts))))
    anchors = sorted(_amount(mention) for mention in most)
    if len(anchors) == 1:
        return [block]
    groups: dict[float, list[Mention]] = defaultdict(list)
    for mention in block:
        amount = _amount(mention)
        groups[min(anchors, key=lambda anchor: (abs(anchor - amount), anchor))].append(mention)
    return [groups[anchor] for anchor in sorted(groups)]


def organisation_key(name: str | None) -> str:
    """One key for an organisation's spellings: an acronym ("OSCE") and its expansion
    ("Organization for Security and Co-operation in Europe", "...Co-Operation...") alike, and
    the parties of a joint body in any order ("Russia-NATO", "NATO-Russia")."""
    if not name:
        return ""
    acronym = _ACRONYM_IN_BRACKETS.search(name)
    if acronym:
        return acronym.group(1)
    # "Russia-NATO" is two parties; "Co-operation" inside a longer name is one word.
    parts = _JOINT.split(name) if " " not in name.strip() else [name]
    keys = []
    for part in parts:
        capitals = [word for word in _NAME_WORD.findall(part) if word[0].isupper()]
        if len(capitals) == 1:
            keys.append(capitals[0].upper())
        elif capitals:
            keys.append("".join(word[0] for word in capitals).upper())
    return "-".join(sorted(keys))


def _follow_up_key(mention: Mention) -> str:
    value = mention.value
    if not isinstance(value, FollowUpValue):
        return ""
    return normalize(value.place) or organisation_key(value.with_) or value.date or ""


def _group_by(key: Callable[[Mention], str]) -> Callable[[list[Mention]], list[list[Mention]]]:
    def group(mentions: list[Mention]) -> list[list[Mention]]:
        keys = [key(mention) for mention in mentions]
        return _split(mentions, {k: i for i, k in enumerate(sorted(set(keys)))}, keys)

    return group


def _one_group(mentions: list[Mention]) -> list[list[Mention]]:
    return [mentions] if mentions else []


# --- comparing values -----------------------------------------------------------------------


def _role_key(role: str | None) -> str:
    return normalize(role)


def _interval(amount: float | None, qualifier: Qualifier) -> tuple[float, float]:
    """The range of true amounts a hedged number allows."""
    if amount is None or qualifier is Qualifier.VAGUE:
        return (float("-inf"), float("inf"))
    return {
        Qualifier.EXACT: (amount, amount),
        Qualifier.ABOUT: (amount * 0.9, amount * 1.1),
        Qualifier.AT_LEAST: (amount, float("inf")),
        Qualifier.AT_MOST: (amount * 0.8, amount),
    }[qualifier]


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _fields_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return all(x == y or not x or not y for x, y in zip(a, b, strict=True))


def _venue_key(name: str | None) -> str:
    words = [word for word in normalize(name).split() if word not in _GENERIC_VENUE_WORDS]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class KindRule:
    """How one kind is grouped into facts and how two of its values compare."""

    group: Callable[[list[Mention]], list[list[Mention]]]
    key: Callable[[Value], Hashable]
    compatible: Callable[[Value, Value], bool]
    # What most sources must share to be the consensus, before details such as hedges:
    # 12 exact, 12 "at least" and 14 make 12 the consensus amount.
    core: Callable[[Value], Hashable] | None = None


def _date_compatible(a: Value, b: Value) -> bool:
    x, y = getattr(a, "date", None), getattr(b, "date", None)
    return not x or not y or (x.startswith("--") or y.startswith("--")) and x[-5:] == y[-5:]


def _location_key(value: Value) -> Hashable:
    assert isinstance(value, LocationValue)
    return (normalize(value.place), normalize(value.country))


def _venue_value_key(value: Value) -> Hashable:
    assert isinstance(value, VenueValue)
    return (_venue_key(value.name), normalize(value.place))


def _venue_compatible(a: Value, b: Value) -> bool:
    assert isinstance(a, VenueValue) and isinstance(b, VenueValue)
    x, y = _venue_key(a.name), _venue_key(b.name)
    same_name = not x or not y or fuzz.token_set_ratio(x, y) >= SAME_VENUE
    return same_name and _fields_compatible((normalize(a.place),), (normalize(b.place),))


def _amount_key(value: Value) -> Hashable:
    assert isinstance(value, DurationValue | QuantityValue)
    amount = value.hours if isinstance(value, DurationValue) else value.amount
    return (amount, value.qualifier.value)


def _amount_core(value: Value) -> Hashable:
    key = _amount_key(value)
    assert isinstance(key, tuple)
    return key[0]


def _amount_compatible(a: Value, b: Value) -> bool:
    assert isinstance(a, DurationValue | QuantityValue) and isinstance(
        b, DurationValue | QuantityValue
    )
    x = a.hours if isinstance(a, DurationValue) else a.amount
    y = b.hours if isinstance(b, DurationValue) else b.amount
    return _overlap(_interval(x, a.qualifier), _interval(y, b.qualifier))


def _participant_key(value: Value) -> Hashable:
    assert isinstance(value, ParticipantValue)
    return (_role_key(value.role), normalize(value.affiliation))


def _participant_core(value: Value) -> Hashable:
    assert isinstance(value, ParticipantValue)
    return _role_key(value.role)


def _participant_compatible(a: Value, b: Value) -> bool:
    assert isinstance(a, ParticipantValue) and isinstance(b, ParticipantValue)
    x, y = _role_key(a.role), _role_key(b.role)
    same_role = not x or not y or fuzz.token_sort_ratio(x, y) >= SAME_ROLE
    return same_role and _fields_compatible(
        (normalize(a.affiliation),), (normalize(b.affiliation),)
    )


def _follow_up_value_key(value: Value) -> Hashable:
    assert isinstance(value, FollowUpValue)
    return (
        normalize(value.place),
        value.date or "",
        normalize(value.weekday),
        organisation_key(value.with_),
    )


def _follow_up_compatible(a: Value, b: Value) -> bool:
    x, y = _follow_up_value_key(a), _follow_up_value_key(b)
    assert isinstance(x, tuple) and isinstance(y, tuple)
    return _fields_compatible(x[:3], y[:3]) and (
        not x[3]
        or not y[3]
        or set(x[3].split("-")) <= set(y[3].split("-"))
        or set(y[3].split("-")) <= set(x[3].split("-"))
    )


RULES: dict[Kind, KindRule] = {
    Kind.DATE: KindRule(_one_group, lambda value: getattr(value, "date", None), _date_compatible),
    Kind.LOCATION: KindRule(
        _one_group,
        _location_key,
        lambda a, b: _fields_compatible(_location_key(a), _location_key(b)),  # type: ignore[arg-type]
    ),
    Kind.VENUE: KindRule(_one_group, _venue_value_key, _venue_compatible),
    Kind.DURATION: KindRule(_one_group, _amount_key, _amount_compatible, _amount_core),
    Kind.PARTICIPANT: KindRule(
        _group_people, _participant_key, _participant_compatible, _participant_core
    ),
    Kind.FOLLOW_UP: KindRule(
        _group_by(_follow_up_key), _follow_up_value_key, _follow_up_compatible
    ),
    Kind.QUANTITY: KindRule(_group_quantities, _amount_key, _amount_compatible, _amount_core),
    Kind.QUOTE: KindRule(
        _group_quotes, lambda value: normalize(_quote_text(value)), lambda a, b: True
    ),
}


# --- facts ----------------------------------------------------------------------------------


def _specificity(value: Value) -> tuple[int, int, int, int]:
    """More known fields first, then an unhedged number over a hedged one, then more
    proper-name words ("US Permanent Mission" over "US diplomatic mission"), then length."""
    items = [getattr(value, field.name) for field in fields(value)]
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
    cores = Counter(core(value) for value in values)
    counts = Counter(rule.key(value) for value in values)
    return max(
        values,
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
    relations = {source: _relation(values[source], consensus, rule) for source in sources}
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
    slug = (
        "event" if kind in (Kind.DATE, Kind.LOCATION, Kind.VENUE, Kind.DURATION) else _slug(label)
    )
    mentions = tuple(sorted(group, key=lambda m: (order[m.source], m.span.start, m.span.end)))
    missing = tuple(source for source in order if source not in values)
    return Fact(
        f"{kind.value}:{slug}", kind, label, status, consensus, mentions, missing, by_source
    )


def _unique_ids(facts: list[Fact]) -> list[Fact]:
    seen: Counter[str] = Counter()
    result = []
    for fact in facts:
        seen[fact.id] += 1
        if seen[fact.id] > 1:
            fact = Fact(
                f"{fact.id}-{seen[fact.id]}",
                fact.kind,
                fact.label,
                fact.status,
                fact.value,
                fact.mentions,
                fact.missing,
                fact.by_source,
            )
        result.append(fact)
    return result


def align_mentions(mentions: Sequence[Mention], sources: Sequence[str]) -> list[Fact]:
    """Group mentions into facts, each with its consensus, status and missing sources.

    The result does not depend on the order of `sources` except for the order of mentions and
    missing sources inside each fact, which follow `sources`.
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
    return _unique_ids(facts)
