"""Keeping only some facts of a Comparison: by kind, by status, by how many sources give them.

Pure functions: a Comparison in, a smaller Comparison out. The sources and problems stay as they
are, so every output format still names every source that was read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TypeVar

from newscmp.model import Comparison, Fact, Kind, Status

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class FactFilter:
    """Which facts to keep; an empty `kinds` or `statuses` keeps every kind or status, and
    `context=False` leaves out the facts only context mentions make."""

    kinds: frozenset[Kind] = frozenset()
    statuses: frozenset[Status] = frozenset()
    min_sources: int = 1
    # Whether facts that no source claims (context only: another event, a dateline...) stay.
    context: bool = True

    def keeps(self, fact: Fact) -> bool:
        return (
            (self.context or not fact.is_context)
            and (not self.kinds or fact.kind in self.kinds)
            and (not self.statuses or fact.status in self.statuses)
            and len(fact.sources) >= self.min_sources
        )


def filter_comparison(comparison: Comparison, fact_filter: FactFilter) -> Comparison:
    """The comparison with only the facts `fact_filter` keeps, in their order."""
    facts = tuple(fact for fact in comparison.facts if fact_filter.keeps(fact))
    return comparison if len(facts) == len(comparison.facts) else replace(comparison, facts=facts)


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
        raise ValueError(f"{what}; choose from {', '.join(allowed)}")
    return frozenset(allowed[name] for name in names)
