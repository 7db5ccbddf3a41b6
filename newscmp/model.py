"""The data newscmp passes between its stages: articles in, mentions, facts and a comparison out.

Every type is a frozen dataclass holding tuples, so values can be hashed, cached and shared
between stages without copying. The JSON wire format for these types lives in `serialize.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """The kinds of fact, in the order the outputs list them."""

    DATE = "date"
    LOCATION = "location"
    VENUE = "venue"
    DURATION = "duration"
    PARTICIPANT = "participant"
    FOLLOW_UP = "follow_up"
    QUANTITY = "quantity"
    QUOTE = "quote"


KIND_ORDER: dict[Kind, int] = {kind: index for index, kind in enumerate(Kind)}


class Status(StrEnum):
    """How the sources that mention a fact relate to each other."""

    AGREE = "agree"
    PARTIAL = "partial"
    CONFLICT = "conflict"
    SINGLE = "single"


class Qualifier(StrEnum):
    """How exactly a number or a length of time is stated."""

    EXACT = "exact"
    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    VAGUE = "vague"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range `[start, end)` of code points in an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded article: its text exactly as decoded, and what the loader learned about it.

    `boilerplate` holds the ranges (headers, photo credits, prompts) that extractors skip;
    the text itself is never altered, so every span points into `text` as loaded.
    """

    id: str
    path: str
    text: str
    encoding: str = "utf-8"
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    boilerplate: tuple[Span, ...] = ()

    @property
    def words(self) -> int:
        return len(self.text.split())

    def is_boilerplate(self, span: Span) -> bool:
        return any(span.overlaps(skipped) for skipped in self.boilerplate)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str = "text",
        outlet: str | None = None,
        published: str | None = None,
        title: str | None = None,
    ) -> Article:
        """An Article for text held in memory, read as a plain-text file is (its boilerplate
        marked, and outlet, title and date found in its lines unless given here; `published`
        is ISO `YYYY-MM-DD`). Raises `newscmp.errors.InputError` for blank text."""
        # The reader lives in the load stage; imported here so that the model imports nothing.
        from newscmp.load.text import text_article

        return text_article(
            text, "utf-8", f"<{id}>", id, title=title, outlet=outlet, published=published
        )


# The value types, one per kind. Every key is always present; unknown is None.


@dataclass(frozen=True, slots=True)
class DateValue:
    """When the event happened: ISO `YYYY-MM-DD`, or `--MM-DD` while the year is unknown."""

    date: str | None


@dataclass(frozen=True, slots=True)
class LocationValue:
    place: str | None
    country: str | None
    region: str | None = None  # the US state of a US place (or the state itself), else None


@dataclass(frozen=True, slots=True)
class VenueValue:
    name: str | None
    place: str | None


@dataclass(frozen=True, slots=True)
class DurationValue:
    hours: float | None
    qualifier: Qualifier = Qualifier.EXACT


@dataclass(frozen=True, slots=True)
class ParticipantValue:
    name: str | None
    role: str | None
    affiliation: str | None


@dataclass(frozen=True, slots=True)
class FollowUpValue:
    """A later meeting: `with_` is serialised as `with`."""

    place: str | None
    date: str | None
    weekday: str | None
    with_: str | None


@dataclass(frozen=True, slots=True)
class QuantityValue:
    amount: float | None
    unit: str | None
    qualifier: Qualifier = Qualifier.EXACT


@dataclass(frozen=True, slots=True)
class QuoteValue:
    speaker: str | None
    quote: str | None


Value = (
    DateValue
    | LocationValue
    | VenueValue
    | DurationValue
    | ParticipantValue
    | FollowUpValue
    | QuantityValue
    | QuoteValue
)

VALUE_TYPES: dict[Kind, type[Value]] = {
    Kind.DATE: DateValue,
    Kind.LOCATION: LocationValue,
    Kind.VENUE: VenueValue,
    Kind.DURATION: DurationValue,
    Kind.PARTICIPANT: ParticipantValue,
    Kind.FOLLOW_UP: FollowUpValue,
    Kind.QUANTITY: QuantityValue,
    Kind.QUOTE: QuoteValue,
}


@dataclass(frozen=True, slots=True)
class Mention:
    """One source stating one fact: the exact words, where they are, and what they mean.

    `text == article.text[span.start:span.end]` always holds.
    """

    kind: Kind
    source: str
    text: str
    span: Span
    value: Value


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact aligned across sources, with its consensus value and status."""

    id: str
    kind: Kind
    label: str
    status: Status
    value: Value
    mentions: tuple[Mention, ...]
    # How each mentioning source stands to the consensus: agree, partial or conflict (single
    # when it is the only one), in source order.
    by_source: tuple[tuple[str, Status], ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that mention this fact, in source order, once each."""
        return tuple(dict.fromkeys(mention.source for mention in self.mentions))

    def missing(self, sources: tuple[str, ...]) -> tuple[str, ...]:
        """Which of `sources` (ids, in their order) do not mention this fact.

        Computed when asked, not stored: a list per fact would grow with facts times sources.
        """
        mentioned = {mention.source for mention in self.mentions}
        return tuple(source for source in sources if source not in mentioned)


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be used, and why; recorded instead of stopping the run."""

    path: str
    error: str


@dataclass(frozen=True, slots=True)
class Comparison:
    """The result of one run: the sources read, the facts found, the inputs that failed."""

    sources: tuple[Article, ...]
    facts: tuple[Fact, ...]
    problems: tuple[Problem, ...] = ()
