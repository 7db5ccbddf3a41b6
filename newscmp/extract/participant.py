"""Placeholder until the extractor lands."""

from __future__ import annotations

from newscmp.model import Article, Mention


def extract_participants(article: Article) -> list[Mention]:
    return []
