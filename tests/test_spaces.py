"""A narrow no-break space (U+202F, normal in French typography) or a no-break space (U+00A0)
between words reads as a space, before a number as after it: the same mentions as with spaces."""

from __future__ import annotations

import pytest

from newscmp.extract import extract
from newscmp.model import Article

SENTENCES = [
    "The talks lasted 8{sp}hours on Monday, officials said.",
    "More than 100{sp}000{sp}troops are massed on the border, officials said.",
    "Police said 3{sp}people were killed and 20{sp}were injured in the blast.",
    "The company paid $2.5{sp}million for the land, its filing shows.",
    "The rescue took nearly{sp}six hours, the fire chief said.",
]


def _found(text: str) -> list[tuple[str, object]]:
    article = Article(id="t", path="t.txt", text=text, published="2022-01-11")
    return [(mention.kind.value, mention.value) for mention in extract(article)]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("space", ["\u202f", "\u00a0"])
def test_no_break_spaces_read_as_spaces(sentence: str, space: str) -> None:
    plain = _found(sentence.format(sp=" "))
    assert [kind for kind, _ in plain if kind in ("duration", "quantity")], sentence
    assert _found(sentence.format(sp=space)) == plain
