"""newscmp: compare how news outlets report the same event.

The public API: `compare(paths) -> Comparison`, `load(path) -> Article`,
`extract(article) -> list[Mention]`. Nothing heavy is imported until one of them is called.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscmp.model import Article, Comparison, Mention

__version__ = "0.2.0"
__all__ = ["__version__", "compare", "extract", "load"]


def load(path: str) -> Article:
    """Read one article file."""
    from newscmp.load import load_article

    return load_article(path)


def extract(article: Article) -> list[Mention]:
    """Every mention of every fact kind in one article."""
    from newscmp.extract import extract as extract_all

    return extract_all(article)


def compare(paths: Sequence[str]) -> Comparison:
    """Load, extract and align the articles under `paths`."""
    from newscmp.pipeline import compare_paths

    return compare_paths(paths)
