"""A coverage-guided fuzz target for the loader: any bytes, read as any input format.

`check_input(data)` is the target: the first byte picks the file name (and so the format:
text, Markdown, HTML, JSON, JSONL, gzip of each, or standard input), the rest is the
content. The loader must return Articles and Problems or raise InputError, never anything
else; every boilerplate span must lie inside its article's text; a second read must give the
same result. The test suite runs it on a fixed corpus without atheris (tests/test_load_fuzz.py).

A longer run, with atheris installed (`pip install atheris`), from the repository's root:

    python tests/fuzz/fuzz_load.py -max_total_time=3600 -max_len=65536 tests/fixtures/pages \
        tests/fixtures/records

(libFuzzer options; the folders seed the corpus, and crashes are written to ./crash-*).
"""

from __future__ import annotations

import sys

from newscmp.errors import InputError
from newscmp.load import LoadOptions, read_input
from newscmp.model import Article, Problem

NAMES = (
    "a.txt", "a.md", "a.html", "a.htm", "a.json", "a.jsonl", "a.txt.gz", "a.html.gz",
    "a.jsonl.gz", "-", "a", "a.ndjson",
)  # fmt: skip
# Small limits keep each run fast and reach the size checks.
OPTIONS = LoadOptions(max_bytes=200_000)


def read_any(data: bytes) -> tuple[list[Article], list[Problem]] | str:
    """What the loader makes of `data`: its articles and problems, or the InputError's text."""
    name = NAMES[data[0] % len(NAMES)] if data else "a.txt"
    try:
        return read_input(data[1:], name, "a", OPTIONS)
    except InputError as exc:
        assert exc.message and "\n" not in exc.message, exc.message
        return f"{exc.path}: {exc.message}"


def check_input(data: bytes) -> None:
    """The fuzz target: raises AssertionError (or whatever escapes the loader) on a bug."""
    result = read_any(data)
    if isinstance(result, tuple):
        articles, problems = result
        for article in articles:
            assert isinstance(article, Article) and article.text.strip()
            for span in article.boilerplate:
                assert 0 <= span.start <= span.end <= len(article.text)
        assert all(isinstance(problem, Problem) and problem.error for problem in problems)
    assert read_any(data) == result, "the same bytes read twice gave different results"


def main() -> None:
    import atheris

    atheris.instrument_all()  # coverage feedback from newscmp's own code
    atheris.Setup(sys.argv, check_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
