"""Which mentions are the same fact: blocking by a cheap key, then clustering inside a block
against a few representatives, so the work stays near-linear in the number of mentions."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from newscmp.align.text import name_tokens, normalize, organisation_key
from newscmp.model import (
    FollowUpValue,
    Mention,
    ParticipantValue,
    Qualifier,
    QuantityValue,
    QuoteValue,
    Value,
)

# Similarity thresholds, rapidfuzz's 0-100 scale.
SAME_NAME = 90
SAME_QUOTE = 60

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


def _cluster(
    items: Sequence[str],
    same: Callable[[str, str], bool],
    candidates: Callable[[str], Iterable[str]] | None = None,
) -> dict[str, int]:
    """Greedy clustering against each cluster's first member; items sorted for determinism.

    `candidates(item)`, when given, names the keys an item can only match a representative
    through (a representative sharing none of them cannot be the same); representatives are then
    looked up by key instead of tried one by one, with the same result.
    """
    representatives: list[str] = []
    by_key: dict[str, list[int]] = defaultdict(list)
    assignment: dict[str, int] = {}
    for item in sorted(set(items), key=lambda text: (-len(text), text)):
        keys = list(candidates(item)) if candidates else []
        tried = (
            sorted({index for key in keys for index in by_key.get(key, ())})
            if candidates
            else range(len(representatives))
        )
        for index in tried:
            if same(item, representatives[index]):
                assignment[item] = index
                break
        else:
            assignment[item] = len(representatives)
            for key in keys:
                by_key[key].append(len(representatives))
            representatives.append(item)
    return assignment


def _same_person(name: str, other: str) -> bool:
    a, b = name_tokens(name), name_tokens(other)
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
        tokens = name_tokens(name)
        by_surname[tokens[-1] if tokens else ""].append(name)
    result: dict[str, int] = {}
    for surname in sorted(by_surname):
        block = by_surname[surname]
        full = [name for name in block if len(name_tokens(name)) > 1]
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


def group_people(mentions: list[Mention]) -> list[list[Mention]]:
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


@lru_cache(maxsize=65536)
def _is_characterisation(quote: str) -> bool:
    return bool(_CHARACTERISATION.match(normalize(quote)))


def _stem(word: str) -> str:
    """A light stem, enough for paraphrase: "fits"/"fit", "perfectly"/"perfect"."""
    for suffix in ("ly", "es", "s", "ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)
def _content_words(quote: str) -> frozenset[str]:
    return frozenset(
        _stem(word) for word in normalize(quote).split() if word not in _QUOTE_STOPWORDS
    )


# A key every characterisation shares, so two of them are always tried against each other.
_CHARACTERISES = "\0characterisation"


def _quote_keys(quote: str) -> list[str]:
    """What a quote can match another through: a content word in common, or both being
    characterisations (see `_same_quote`)."""
    keys = sorted(_content_words(quote))
    return [*keys, _CHARACTERISES] if _is_characterisation(quote) else keys


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


def group_quotes(mentions: list[Mention]) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for speaker_group in group_people(mentions):
        quotes = [quote_text(mention.value) for mention in speaker_group]
        assignment = _cluster(quotes, _same_quote, _quote_keys)
        groups.extend(_split(speaker_group, assignment, quotes))
    return groups


def quote_text(value: Value) -> str:
    return value.quote or "" if isinstance(value, QuoteValue) else ""


def group_quantities(mentions: list[Mention]) -> list[list[Mention]]:
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


@lru_cache(maxsize=65536)
def _follow_up_keys(value: Value) -> tuple[str, str, str]:
    assert isinstance(value, FollowUpValue)
    return (normalize(value.place), organisation_key(value.with_), value.date or "")


def _same_follow_up(value: Value, other: Value) -> bool:
    """Two announced events are one when they name the same place; when one names no place,
    when they share the organisation or the date."""
    place, organisation, date = _follow_up_keys(value)
    other_place, other_organisation, other_date = _follow_up_keys(other)
    if place and other_place:
        return place == other_place
    shared_organisation = bool(organisation) and organisation == other_organisation
    return shared_organisation or (bool(date) and date == other_date)


def group_follow_ups(mentions: list[Mention]) -> list[list[Mention]]:
    """Greedy against representatives, those that name a place first, so the result does not
    depend on the order of the sources.

    Each mention joins the first group whose first member `_same_follow_up` accepts, found by
    lookup: while mentions naming a place come, every group was started by one, so only the
    group of the same place can match; after them, the first group sharing the organisation or
    the date does.
    """
    ordered = sorted(mentions, key=lambda m: (not _follow_up_keys(m.value)[0], m.text, m.source))
    groups: list[list[Mention]] = []
    by_place: dict[str, int] = {}
    by_organisation: dict[str, int] = {}
    by_date: dict[str, int] = {}
    for mention in ordered:
        place, organisation, date = _follow_up_keys(mention.value)
        if place:
            found = by_place.get(place)
        else:
            matches = [by_organisation.get(organisation), by_date.get(date)]
            found = min((index for index in matches if index is not None), default=None)
        if found is not None:
            groups[found].append(mention)
            continue
        index = len(groups)
        groups.append([mention])
        if place:
            by_place.setdefault(place, index)
        if organisation:
            by_organisation.setdefault(organisation, index)
        if date:
            by_date.setdefault(date, index)
    return groups


def one_group(mentions: list[Mention]) -> list[list[Mention]]:
    return [mentions] if mentions else []
