"""Choosing among candidate matches that overlap, shared by the extractors."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

# A candidate: (start, end, value), offsets into one text.
Found = TypeVar("Found", bound=tuple[int, int, object])


def pick_longest(candidates: Iterable[Found]) -> list[Found]:
    """The longest of overlapping candidates, the earliest first: "nearly eight hours" over
    "eight hours", "100,000 Russian troops" over "100,000"."""
    ordered = sorted(candidates, key=_earliest_longest)
    if len(ordered) < 2:
        return ordered  # most sentences: nothing or one candidate
    picked: list[Found] = []
    for found in ordered:
        if not picked or found[0] >= picked[-1][1]:
            picked.append(found)
    return picked


def _earliest_longest(found: tuple[int, int, object]) -> tuple[int, int]:
    return found[0], found[0] - found[1]
