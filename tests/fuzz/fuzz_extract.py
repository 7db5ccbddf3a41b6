"""A coverage-guided fuzz target for the extractors and alignment: any text as an article.

`check_text(data)` is the target: the bytes are decoded as UTF-8 (bad bytes replaced), split at
the first NUL into two articles, and both are extracted and aligned. Every mention's span must
index its article's text exactly and lie outside boilerplate; extraction must be deterministic;
alignment must put every mention in exactly one fact. The test suite runs it on a fixed corpus
without atheris (tests/test_fuzz_extract.py).

A longer run, with atheris installed (`pip install atheris`), from the repository's root:

    python tests/fuzz/fuzz_extract.py -max_total_time=3600 -max_len=20000 seeds \
        tests/fixtures/clusters/earthquake_arequipa

(libFuzzer options; the folders seed the corpus, and crashes are written to ./crash-*).
"""

from __future__ import annotations

import sys

from newscmp.extract import extract
from newscmp.model import Article
from newscmp.pipeline import compare_articles


def articles_of(data: bytes) -> list[Article]:
    text = data.decode("utf-8", errors="replace")
    first, _, second = text.partition("\0")
    return [
        Article(id=f"a{index}", path=f"a{index}.txt", text=part, published="2024-03-05")
        for index, part in enumerate((first, second))
    ]


def check_text(data: bytes) -> None:
    """The fuzz target: raises AssertionError (or whatever escapes) on a bug."""
    articles = articles_of(data)
    for article in articles:
        mentions = extract(article)
        for mention in mentions:
            assert article.text[mention.span.start : mention.span.end] == mention.text
            assert not article.is_boilerplate(mention.span)
        assert extract(article) == mentions, "extraction is not deterministic"
    comparison = compare_articles(articles)
    placed = [mention for fact in comparison.facts for mention in fact.mentions]
    assert len(placed) == len({id(mention) for mention in placed})
    assert len(placed) == sum(len(extract(article)) for article in articles)


def main() -> None:
    import atheris

    atheris.instrument_all()  # coverage feedback from newscmp's own code
    atheris.Setup(sys.argv, check_text)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
