"""Placeholder until the extractor lands."""

from __future__ import annotations

from newscmp.model import Article, Mention


def extract_venues(article: Article) -> list[Mention]:
    return []
