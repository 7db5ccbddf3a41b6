"""What a comparison holds, counted: facts per status, sources, problems; and each fact's support.

The numbers the summary line under every table and the JSON `summary` block print, computed in
one place so that every output format says the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from newscmp.model import Comparison, Fact, Status

# The order statuses are listed (and sorted) in: what needs a reader's eye first.
STATUS_ORDER: tuple[Status, ...] = (Status.CONFLICT, Status.PARTIAL, Status.AGREE, Status.SINGLE)


@dataclass(frozen=True, slots=True)
class Support:
    """How many sources mention a fact, how many give its consensus value, out of how many."""

    mention: int
    agree: int
    of: int

    def __str__(self) -> str:
        return f"{self.mention}/{self.of} mention, {self.agree}/{self.of} agree"


def support_of(fact: Fact, sources: int) -> Support:
    """A fact's support among `sources` sources: a source agrees when it gives the consensus."""
    agreeing = sum(1 for _, status in fact.by_source if status in (Status.AGREE, Status.SINGLE))
    return Support(len(fact.sources), agreeing, sources)


@dataclass(frozen=True, slots=True)
class Summary:
    """The counts of one comparison (its facts as given, after any filter)."""

    facts: int
    statuses: tuple[tuple[Status, int], ...]
    sources: int
    problems: int

    def as_dict(self) -> dict[str, object]:
        """The JSON `summary` block."""
        return {
            "facts": self.facts,
            "statuses": {status.value: count for status, count in self.statuses},
            "sources": self.sources,
            "problems": self.problems,
        }

    def line(self, left_out: int = 0) -> str:
        """One line: "30 facts: 1 conflict, 8 partial, 4 agree, 17 single · 5 sources · 0
        problems", saying how many facts options left out when some were."""
        counts = ", ".join(f"{count} {status.value}" for status, count in self.statuses)
        if left_out:
            facts = f"{self.facts} of {self.facts + left_out} facts shown"
        else:
            facts = _count(self.facts, "fact")
        sources, problems = _count(self.sources, "source"), _count(self.problems, "problem")
        return f"{facts}: {counts} · {sources} · {problems}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def summarize(comparison: Comparison) -> Summary:
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for fact in comparison.facts:
        counts[fact.status] += 1
    return Summary(
        facts=len(comparison.facts),
        statuses=tuple(counts.items()),
        sources=len(comparison.sources),
        problems=len(comparison.problems),
    )
