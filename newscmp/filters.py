"""Keeping only some facts of a Comparison and putting them in order: by kind, by status, by
how many sources give them; sorted by status, support or kind; the first N.

Pure functions: a Comparison in, a smaller or reordered Comparison out. The sources and problems
stay as they are, so every output format still names every source that was read.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TypeVar

from newscmp.model import KIND_ORDER, Article, Comparison, Fact, Kind, Status
from newscmp.summary import STATUS_ORDER, support_of

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class FactFilter:
    """Which facts to keep; an empty `kinds` or `statuses` keeps every kind or status."""

    kinds: frozenset[Kind] = frozenset()
    statuses: frozenset[Status] = frozenset()
    min_sources: int = 1
    no_singles: bool = False

    def keeps(self, fact: Fact) -> bool:
        return (
            (not self.kinds or fact.kind in self.kinds)
            and (not self.statuses or fact.status in self.statuses)
            and len(fact.sources) >= self.min_sources
            and not (self.no_singles and fact.status is Status.SINGLE)
        )


def filter_comparison(comparison: Comparison, fact_filter: FactFilter) -> Comparison:
    """The comparison with only the facts `fact_filter` keeps, in their order."""
    facts = tuple(fact for fact in comparison.facts if fact_filter.keeps(fact))
    return comparison if len(facts) == len(comparison.facts) else replace(comparison, facts=facts)


_STATUS_RANK = {status: rank for rank, status in enumerate(STATUS_ORDER)}


def _by_status(fact: Fact, sources: int) -> tuple[int, ...]:
    return (_STATUS_RANK[fact.status],)


def _by_support(fact: Fact, sources: int) -> tuple[int, ...]:
    support = support_of(fact, sources)
    return (-support.mention, -support.agree)


def _by_kind(fact: Fact, sources: int) -> tuple[int, ...]:
    return (KIND_ORDER[fact.kind],)


# `--sort` keys: each orders facts by one thing; ties keep the comparison's own order (by kind,
# then the most sources, then label), so every order is deterministic.
SORT_KEYS: dict[str, Callable[[Fact, int], tuple[int, ...]]] = {
    "status": _by_status,
    "support": _by_support,
    "kind": _by_kind,
}


def sort_comparison(comparison: Comparison, order: str) -> Comparison:
    """The comparison with its facts in `order` (a key of SORT_KEYS): "status" puts conflicts
    first, then partial, agree, single; "support" the facts most sources mention (then agree
    with) first; "kind" keeps the kind order the comparison already has."""
    key, count = SORT_KEYS[order], len(comparison.sources)
    facts = tuple(sorted(comparison.facts, key=lambda fact: key(fact, count)))
    return comparison if facts == comparison.facts else replace(comparison, facts=facts)


def limit_comparison(comparison: Comparison, limit: int | None) -> Comparison:
    """The comparison with only its first `limit` facts (all of them for None)."""
    if limit is None or len(comparison.facts) <= limit:
        return comparison
    return replace(comparison, facts=comparison.facts[:limit])


def pick_sources(sources: Sequence[Article], text: str) -> tuple[str, ...]:
    """The ids of the sources a comma-separated list of outlets or ids names, in source order;
    an outlet names every source it has. Raises ValueError for a name no source has."""
    names = [part.strip() for part in text.split(",") if part.strip()]
    picked: set[str] = set()
    for name in names:
        found = {
            article.id
            for article in sources
            if name.casefold() in (article.id.casefold(), (article.outlet or "").casefold())
        }
        if not found:
            known = list(dict.fromkeys(article.outlet or article.id for article in sources))
            meant = suggest(name, known)
            hint = f" (did you mean {meant!r}?)" if meant else ""
            raise ValueError(f"no source {name!r}{hint}; choose from {', '.join(known)}")
        picked |= found
    if not picked:
        raise ValueError("no source given; name outlets or source ids, comma-separated")
    return tuple(article.id for article in sources if article.id in picked)


def suggest(name: str, allowed: Iterable[str]) -> str | None:
    """The allowed name a mistyped or plural one most likely meant ("participants":
    "participant", "conflcit": "conflict"), or None when none is close."""
    choices = list(allowed)
    for singular in (name.removesuffix("s"), name.removesuffix("es")):
        if singular in choices:
            return singular
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.7)
    return close[0] if close else None


def parse_names(text: str | Iterable[str], choices: type[E]) -> frozenset[E]:
    """Comma-separated names ("participant,quantity") as members of the enum `choices`.

    Names are matched without regard to case, spaces or `-` for `_`; raises ValueError naming
    the allowed values when one is unknown or none is given.
    """
    parts = text.split(",") if isinstance(text, str) else list(text)
    names = [part.strip().lower().replace("-", "_") for part in parts if part.strip()]
    allowed = {member.value: member for member in choices}
    unknown = [name for name in names if name not in allowed]
    if unknown or not names:
        what = f"unknown value {unknown[0]!r}" if unknown else "no value given"
        meant = suggest(unknown[0], allowed) if unknown else None
        hint = f" (did you mean {meant!r}?)" if meant else ""
        raise ValueError(f"{what}{hint}; choose from {', '.join(allowed)}")
    return frozenset(allowed[name] for name in names)
