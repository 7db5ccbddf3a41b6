"""The one pipeline the CLI and Python callers share: load, extract, complete, align.

Named `pipeline`, not `compare`, so that importing it never shadows `newscmp.compare()`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from newscmp.align import align_mentions
from newscmp.errors import NothingToCompareError
from newscmp.extract import extract
from newscmp.load import load_paths
from newscmp.model import Article, Comparison, DateValue, Mention, Problem


def complete_years(mentions: Sequence[Mention], articles: Iterable[Article] = ()) -> list[Mention]:
    """Give a date stated without a year ("--01-10") the year the other sources agree on.

    The year comes from another source's full date with the same month and day, else from the
    most common year among the other full dates, else from the articles' publication dates.
    """
    full = [m.value.date for m in mentions if isinstance(m.value, DateValue) and _has_year(m.value)]
    years = Counter(date[:4] for date in full if date)
    years.update(article.published[:4] for article in articles if article.published)
    result = []
    for mention in mentions:
        value = mention.value
        if isinstance(value, DateValue) and value.date and value.date.startswith("--"):
            matching = sorted(date for date in full if date and date[4:] == value.date[1:])
            year = matching[0][:4] if matching else (years.most_common(1)[0][0] if years else None)
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


def _extract_chunk(articles: Sequence[Article]) -> list[list[Mention]]:
    return [extract(article) for article in articles]


def extract_all(articles: Sequence[Article], jobs: int | None = None) -> list[Mention]:
    """Every article's mentions, in article order; `jobs` processes (None: one per core when
    there are more than PARALLEL_FROM articles). The result is the same for any `jobs`."""
    import os

    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(articles) > PARALLEL_FROM else 1
    if jobs <= 1 or len(articles) < 2:
        per_article = _extract_chunk(articles)
    else:
        from concurrent.futures import ProcessPoolExecutor

        size = max(1, -(-len(articles) // (jobs * 4)))
        chunks = [articles[start : start + size] for start in range(0, len(articles), size)]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            per_article = [found for chunk in pool.map(_extract_chunk, chunks) for found in chunk]
    return [mention for found in per_article for mention in found]


def compare_articles(
    articles: Sequence[Article], problems: Sequence[Problem] = (), jobs: int | None = 1
) -> Comparison:
    """Extract and align already loaded articles."""
    mentions = complete_years(extract_all(articles, jobs), articles)
    facts = align_mentions(mentions, [article.id for article in articles])
    return Comparison(tuple(articles), tuple(facts), tuple(problems))


def compare_paths(paths: Sequence[str], jobs: int | None = None) -> Comparison:
    """Compare the articles under `paths`; raises NothingToCompareError when none can be read."""
    articles, problems = load_paths(paths)
    if not articles:
        detail = "; ".join(f"{problem.path}: {problem.error}" for problem in problems)
        raise NothingToCompareError(f"no readable articles{': ' + detail if detail else ''}")
    return compare_articles(articles, problems, jobs)


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
