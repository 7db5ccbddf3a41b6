"""Group first, then compare within each event: one Comparison per story of a mixed pile.

Extraction runs once over the articles of the events that are compared (in parallel as for one
comparison); each event's mentions are then completed and aligned among its own sources only.
An event of one article is listed, not compared.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newscmp.align import align_mentions
from newscmp.errors import NothingToCompareError
from newscmp.events import Event, GroupSettings, group_articles
from newscmp.load import LoadOptions, load_paths
from newscmp.main_event import date_weekdays, decide_event
from newscmp.model import Article, Comparison, Mention, Problem
from newscmp.pipeline import Progress, complete_years, extract_all

__all__ = ["EventComparison", "EventReport", "compare_by_event", "load_articles", "pick_events"]


@dataclass(frozen=True, slots=True)
class EventComparison:
    """One event and the comparison of its articles (None for a single article)."""

    event: Event
    comparison: Comparison | None


@dataclass(frozen=True, slots=True)
class EventReport:
    """A run over a mixed pile: the events, largest first, and the inputs that failed."""

    events: tuple[EventComparison, ...]
    problems: tuple[Problem, ...] = ()


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


def load_articles(
    paths: Sequence[str], options: LoadOptions | None = None, given: Sequence[Article] = ()
) -> tuple[list[Article], list[Problem]]:
    """The articles under `paths`, then those `given`, and the problems met; raises
    NothingToCompareError when none can be read."""
    articles, problems = load_paths(paths, options=options, given=given)
    if not articles:
        detail = "; ".join(f"{problem.path}: {problem.error}" for problem in problems)
        raise NothingToCompareError(f"no readable articles{': ' + detail if detail else ''}")
    return list(articles), list(problems)


def pick_events(
    events: Sequence[Event], min_articles: int = 1, ids: Sequence[str] = ()
) -> list[Event]:
    """The events with at least `min_articles` articles, only those named in `ids` if any;
    raises ValueError naming the known ids when one of `ids` is not an event."""
    known = {event.id for event in events}
    unknown = [wanted for wanted in ids if wanted not in known]
    if unknown:
        shown = ", ".join(event.id for event in events[:10])
        more = ", …" if len(events) > 10 else ""
        raise ValueError(f"no event {unknown[0]!r}; the events are {shown}{more}")
    chosen = set(ids)
    return [
        event
        for event in events
        if len(event.articles) >= min_articles and (not chosen or event.id in chosen)
    ]


def compare_by_event(
    articles: Sequence[Article],
    problems: Sequence[Problem] = (),
    *,
    jobs: int | None = 1,
    progress: Progress = _no_progress,
    settings: GroupSettings | None = None,
    keep: Callable[[Sequence[Event]], Sequence[Event]] = list,
) -> EventReport:
    """Group the articles into events, keep those `keep` picks (all by default), and compare
    the articles of each kept event with two or more among themselves."""
    events = keep(group_articles(articles, settings))
    compared = [
        article for event in events if len(event.articles) > 1 for article in event.articles
    ]
    by_source: dict[str, list[Mention]] = {}
    for mention in extract_all(compared, jobs, progress):
        by_source.setdefault(mention.source, []).append(mention)
    results = []
    for event in events:
        if len(event.articles) < 2:
            results.append(EventComparison(event, None))
            continue
        mentions = [m for article in event.articles for m in by_source.get(article.id, [])]
        completed = complete_years(mentions, event.articles)
        # each story's own main event settles its sources' claims, as `compare` does
        dated, undated = date_weekdays(event.articles, completed)
        main, settled = decide_event(event.articles, dated)
        facts = align_mentions(settled, [article.id for article in event.articles])
        comparison = Comparison(event.articles, tuple(facts), tuple(undated), main)
        results.append(EventComparison(event, comparison))
    return EventReport(tuple(results), tuple(problems))
