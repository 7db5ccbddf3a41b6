"""newscmp: compare how news outlets report the same event.

The public API (see the README's "As a library"):

- `compare(inputs, *, options=None, jobs=1, progress=None) -> Comparison` for paths or Articles;
- `read_article(path) -> Article` and `Article.from_text(text, ...)` for texts held in memory;
- `extract_mentions(article) -> list[Mention]`, every mention with its span;
- `render(comparison, format="table") -> str`, any output format of the CLI.

Nothing heavy is imported until one of them is called. No subpackage shares a name with these
functions, so importing any part of newscmp never replaces one of them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from newscmp.model import Article, Comparison, Mention

if TYPE_CHECKING:
    from newscmp.load import LoadOptions

__version__ = "0.2.0"
__all__ = [
    "Article",
    "Comparison",
    "Mention",
    "__version__",
    "compare",
    "extract_mentions",
    "read_article",
    "render",
]


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read one article file of any format newscmp reads; raises `newscmp.errors.InputError`."""
    from newscmp.load import load_article

    return load_article(os.fspath(path))


def extract_mentions(article: Article) -> list[Mention]:
    """Every mention of every fact kind in one article, each with its span; a date stated
    without a year gets the article's year, as `newscmp show` gives it."""
    from newscmp.extract import extract
    from newscmp.pipeline import complete_years

    return complete_years(extract(article), [article])


def compare(
    inputs: Sequence[str | os.PathLike[str] | Article],
    *,
    options: LoadOptions | None = None,
    jobs: int | None = 1,
    progress: Callable[[str, int, int], None] | None = None,
) -> Comparison:
    """Load, extract and align the articles: `inputs` are paths (files, folders, globs, URLs,
    as on the command line) and Articles; the articles under the paths come first, then the
    Articles, each in the order given, with ids made unique as the CLI does. Inputs that cannot
    be read are recorded in `Comparison.problems`; raises `NothingToCompareError` (from
    `newscmp.errors`) when no article is left. `jobs` processes extract (None: one per core
    above 300 articles)."""
    from newscmp.pipeline import compare_paths

    paths = [os.fspath(item) for item in inputs if not isinstance(item, Article)]
    given = [item for item in inputs if isinstance(item, Article)]
    return compare_paths(paths, options, jobs, progress or _no_progress, given=given)


def render(comparison: Comparison, format: str = "table", *, width: int | None = 100) -> str:
    """The comparison as the text of one output format: table, sheet, json, jsonl, markdown,
    csv or html (`width` columns for the table and sheet; no colour)."""
    from newscmp.formats import RENDERERS, Screen, render_pieces

    if format not in RENDERERS:
        raise ValueError(f"unknown format {format!r}; choose from {', '.join(RENDERERS)}")
    return "".join(render_pieces(format, comparison, Screen(width=width)))


def _no_progress(stage: str, done: int, total: int) -> None:
    return None
