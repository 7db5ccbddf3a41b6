"""The one pipeline the CLI and Python callers share: load, extract, complete, align.

Named `pipeline`, not `compare`, so that importing it never shadows `newscmp.compare()`.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from newscmp.align import align_mentions
from newscmp.errors import NewscmpError, NothingToCompareError
from newscmp.extract import extract
from newscmp.load import LoadOptions, load_paths
from newscmp.model import Article, Comparison, DateValue, Mention, Problem


def complete_years(mentions: Sequence[Mention], articles: Iterable[Article] = ()) -> list[Mention]:
    """Give a date stated without a year ("--01-10") the year the other sources agree on.

    The year comes from another source's full date with the same month and day, else from the
    most common year among the other full dates, else from the articles' publication dates.
    """
    full = [m.value.date for m in mentions if isinstance(m.value, DateValue) and _has_year(m.value)]
    years = Counter(date[:4] for date in full if date)
    years.update(article.published[:4] for article in articles if article.published)
    common = years.most_common(1)[0][0] if years else None
    # The earliest full date for each "-MM-DD", looked up once per yearless date.
    earliest: dict[str, str] = {}
    for date in full:
        if date and (date[4:] not in earliest or date < earliest[date[4:]]):
            earliest[date[4:]] = date
    result = []
    for mention in mentions:
        value = mention.value
        if isinstance(value, DateValue) and value.date and value.date.startswith("--"):
            match = earliest.get(value.date[1:])
            year = match[:4] if match else common
            if year:
                mention = Mention(
                    mention.kind,
                    mention.source,
                    mention.text,
                    mention.span,
                    DateValue(f"{year}{value.date[1:]}"),
                )
        result.append(mention)
    return result


def _has_year(value: DateValue) -> bool:
    return bool(value.date) and not value.date.startswith("--")  # type: ignore[union-attr]


# Below this many articles, starting worker processes costs more than it saves.
PARALLEL_FROM = 300

# Told how far a run has got: (stage, done, total), e.g. ("extracting", 120, 2000).
Progress = Callable[[str, int, int], None]


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


def _usable_cores() -> int:
    """The cores this process may run on (a `taskset` pin counts), else all of them."""
    import os

    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else (os.cpu_count() or 1)


# Extraction allocates many small objects (tokens, matches, mentions) that die young and form
# no cycles. With CPython's default first threshold (700) the cyclic collector runs every few
# sentences; this many allocations between runs saves about 4% of extraction time
# (benchmarks/speed.py) while garbage cycles, which extraction does not make, wait a little longer.
FIRST_GC_THRESHOLD = 10_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often inside the block; restore it after."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], FIRST_GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _extract_chunk(articles: Sequence[Article]) -> list[list[Mention]]:
    with _fewer_collections():
        return [extract(article) for article in articles]


def extract_all(
    articles: Sequence[Article], jobs: int | None = None, progress: Progress = _no_progress
) -> list[Mention]:
    """Every article's mentions, in article order; `jobs` processes (None: one per core when
    there are more than PARALLEL_FROM articles). The result is the same for any `jobs`."""
    if jobs is None:
        jobs = _usable_cores() if len(articles) > PARALLEL_FROM else 1
    jobs = min(jobs, len(articles))
    size = max(1, -(-len(articles) // (jobs * 8))) if jobs > 1 else 1
    chunks = [articles[start : start + size] for start in range(0, len(articles), size)]
    if jobs <= 1:
        with _fewer_collections():  # once around the batch: each chunk is one article
            return _collect(map(_extract_chunk, chunks), len(articles), progress)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return _collect(pool.map(_extract_chunk, chunks), len(articles), progress)


def _collect(
    chunks: Iterable[list[list[Mention]]], total: int, progress: Progress
) -> list[Mention]:
    """The chunks' mentions in order, telling `progress` after each chunk."""
    mentions: list[Mention] = []
    done = 0
    for chunk in chunks:
        for found in chunk:
            mentions.extend(found)
        done += len(chunk)
        progress("extracting", done, total)
    return mentions


def compare_articles(
    articles: Sequence[Article],
    problems: Sequence[Problem] = (),
    jobs: int | None = 1,
    progress: Progress = _no_progress,
) -> Comparison:
    """Extract and align already loaded articles."""
    mentions = complete_years(extract_all(articles, jobs, progress), articles)
    progress("aligning", 0, 1)
    facts = align_mentions(mentions, [article.id for article in articles])
    progress("aligning", 1, 1)
    return Comparison(tuple(articles), tuple(facts), tuple(problems))


def compare_paths(
    paths: Sequence[str],
    options: LoadOptions | None = None,
    jobs: int | None = None,
    progress: Progress = _no_progress,
    given: Sequence[Article] = (),
) -> Comparison:
    """Compare the articles under `paths`, then the articles `given` already in hand; raises
    NothingToCompareError when none can be read."""
    articles, problems = load_paths(paths, options=options, given=given)
    if not articles:
        detail = "; ".join(f"{problem.path}: {problem.error}" for problem in problems[:2])
        if len(problems) > 2:
            detail += f"; and {len(problems) - 2} more problems"
        raise NothingToCompareError(f"no readable articles{': ' + detail if detail else ''}")
    return compare_articles(articles, problems, jobs, progress)


def read_one(path: str, options: LoadOptions | None = None) -> tuple[Article, list[Mention]]:
    """One article and its mentions (a date without a year given the article's own year), for
    `newscmp show`; raises NewscmpError when the input is not exactly one readable article."""
    articles, problems = load_paths([path], options=options)
    if problems:
        raise NewscmpError(problems[0].error, problems[0].path)
    if len(articles) != 1:
        raise NewscmpError(f"holds {len(articles)} articles; `show` takes one file", path)
    return articles[0], complete_years(extract(articles[0]), articles)


def sample_paths() -> list[str]:
    """Where the sample articles are: `./seeds` when run from the repository, else the copy
    shipped inside the package (or, in an editable install, the repository's own folder)."""
    from pathlib import Path

    here = Path.cwd() / "seeds"
    packaged = Path(__file__).parent / "seeds"
    repository = Path(__file__).parent.parent / "seeds"
    for candidate in (here, packaged, repository):
        if candidate.is_dir():
            return [str(candidate) if candidate != here else "seeds"]
    return ["seeds"]
