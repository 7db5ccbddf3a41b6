"""Finding inputs and reading them into Articles (minimal version; the full loader replaces it)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newscmp.errors import InputError
from newscmp.model import Article, Problem


def load_article(path: str | Path) -> Article:
    """Read one file into an Article; raises InputError when it cannot be used."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(exc), str(path)) from exc
    return Article(id=path.stem, path=str(path), text=text)


def load_paths(paths: Sequence[str]) -> tuple[list[Article], list[Problem]]:
    """Every article under `paths`, and a Problem for each input that could not be used."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.iterdir() if p.suffix in {".txt", ".md"}) if path.is_dir() else [path]
        for file in files:
            try:
                articles.append(load_article(file))
            except InputError as exc:
                problems.append(Problem(str(file), exc.message))
    return articles, problems
