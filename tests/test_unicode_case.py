"""Case-insensitive patterns match letters whose lower case is not ASCII ("ſ" long s matches
"s", the Kelvin sign "K" matches "k"); every table lookup after such a match must still find
its row. Found by reading the code: "Police said ſome 100 people..." raised KeyError."""

from __future__ import annotations

import pytest

from newscmp.extract import extract
from newscmp.model import Article
from newscmp.text.dates import MONTHS, WEEKDAYS
from newscmp.text.numbers import SCALES
from newscmp.text.qualifiers import HEDGES_BEFORE, LENGTH_WORDS
from newscmp.text.units import TIME_UNITS

WORDS = sorted({*MONTHS, *WEEKDAYS, *TIME_UNITS, *SCALES, *HEDGES_BEFORE, *LENGTH_WORDS})
TEMPLATES = [
    "Talks on {w} 10, 2022 lasted {w} hours, and {w} 100 people were killed in a {w} strike.",
    "{w} 3 {w} 2 million dollars {w}",
    "On {w} the 5-{w} meeting began; a {w}-long summit",
]


def odd_spellings(word: str) -> list[str]:
    spelled = {word.replace("s", "ſ"), word.replace("k", "\u212a"), word.upper().replace("S", "ſ")}
    return sorted(spelled - {word})


@pytest.mark.parametrize("word", WORDS)
def test_odd_case_letters_never_crash_an_extractor(word: str) -> None:
    for odd in odd_spellings(word):
        for template in TEMPLATES:
            text = template.format(w=odd)
            for mention in extract(
                Article(id="a", path="a.txt", text=text, published="2024-01-01")
            ):
                assert text[mention.span.start : mention.span.end] == mention.text


def test_long_s_hedge_reads_as_its_word() -> None:
    article = Article(id="a", path="a.txt", text="Police said ſome 100 people were hurt.")
    assert extract(article) is not None
