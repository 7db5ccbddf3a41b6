"""Text without spaces (a page of quote marks, of letters) is read in memory a small multiple of
its size: name runs are looked for a few thousand tokens at a time, and quote marks side by side
make no quotation to remember. The answers stay those of the plain reading."""

from __future__ import annotations

import tracemalloc

import pytest

from newscmp.extract import EXTRACTORS
from newscmp.extract.quote import quote_regions
from newscmp.model import Article
from newscmp.text.name_tokens import may_start_run, run_starts, tokens

SIZE = 100_000
MEMORY_RATIO = 20  # peak bytes allocated per byte of text, at most


@pytest.mark.parametrize(
    "text",
    [
        '"' * SIZE,
        "x" * SIZE,
        "“”‘’'" * (SIZE // 5),
        "a-" * (SIZE // 2) + "Berg",
        "ǅ" * 5000 + "ϒ",  # a title-case letter; a letter upper case but never lowered
        "." * 9000 + "J.",
    ],
    ids=["quote marks", "lower case", "curly marks", "a name at the end", "odd cases", "initial"],
)
def test_a_long_piece_starts_a_run_as_its_tokens_say(text: str) -> None:
    assert may_start_run(text, 0, len(text)) == bool(run_starts(tokens(text, 0, len(text))))


def test_marks_side_by_side_quote_nothing() -> None:
    assert quote_regions('"' * 1000) == []
    text = 'He said "we will stay" and left. ""'
    assert quote_regions(text) == [(8, 21)]


@pytest.mark.parametrize("kind", ["participant", "quote"])
@pytest.mark.parametrize("unit", ['"', "“”"])
def test_memory_is_a_small_multiple_of_the_text(kind: str, unit: str) -> None:
    text = unit * (SIZE // len(unit))
    extractor = next(function for name, function in EXTRACTORS.items() if name.value == kind)
    article = Article(id="marks", path="marks.txt", text=text)
    tracemalloc.start()
    try:
        extractor(article)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= MEMORY_RATIO * len(text), f"{kind}: {peak / len(text):.0f} bytes a character"
