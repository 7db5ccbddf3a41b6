"""A shared property check for extractors: spans index the text exactly and skip boilerplate."""

from __future__ import annotations

from collections.abc import Callable

from newscmp.model import Article, Mention, Span


def check_spans(
    extractor: Callable[[Article], list[Mention]], text: str, skip_start: int, skip_length: int
) -> None:
    """Run `extractor` on `text` with one boilerplate range and check every mention's span."""
    start = min(skip_start, len(text))
    skipped = Span(start, min(len(text), start + skip_length))
    article = Article(id="h", path="h.txt", text=text, boilerplate=(skipped,))
    for mention in extractor(article):
        assert text[mention.span.start : mention.span.end] == mention.text
        assert not article.is_boilerplate(mention.span)
