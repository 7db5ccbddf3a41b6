"""Case-insensitive patterns match letters whose lower case is not ASCII ("ſ" long s matches
"s", the Kelvin sign "K" matches "k"); every table lookup after such a match must still find
its row. Found by reading the code: "Police said ſome 100 people..." raised KeyError."""

from __future__ import annotations

import pytest

from newscmp.extract import extract
from newscmp.extract.quantity import COUNT_VERBS
from newscmp.model import Article
from newscmp.text.dates import MONTHS, WEEKDAYS
from newscmp.text.numbers import SCALES
from newscmp.text.qualifiers import HEDGES_BEFORE, LENGTH_WORDS
from newscmp.text.units import TIME_UNITS

WORDS = sorted(
    {*MONTHS, *WEEKDAYS, *TIME_UNITS, *SCALES, *HEDGES_BEFORE, *LENGTH_WORDS, *COUNT_VERBS}
)
TEMPLATES = [
    "Talks on {w} 10, 2022 lasted {w} hours, and {w} 100 people were killed in a {w} strike.",
    "{w} 3 {w} 2 million dollars {w}",
    "On {w} the 5-{w} meeting began; a {w}-long summit",
    "The storm {w} 12 people and {w} 3 more.",
]


def odd_spellings(word: str) -> list[str]:
    spelled = {
        word.replace("s", "ſ"),
        word.replace("k", "\u212a"),
        word.upper().replace("S", "ſ"),
        word.replace("i", "ı"),  # dotless i
        word.upper().replace("I", "İ"),  # dotted capital I: casefold gives "i" + a dot
        word[:1].upper().replace("I", "İ") + word[1:],
    }
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


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("İn excess of 100 people were hurt.", 100),  # found by a helper: KeyError
        ("The storm kİlls 5 people.", 5),  # KeyError in the count verbs
        ("IN EXCESS OF 100 PEOPLE were hurt.", 100),
    ],
)
def test_dotted_capital_i_reads_as_i(text: str, amount: int) -> None:
    from newscmp.extract.quantity import extract_quantities
    from newscmp.text.case import fold

    assert fold("İn excess of") == "in excess of" and fold("KİLLS") == "kills"
    assert fold("ſome") == "some" and fold("ıt") == "it"
    found = extract_quantities(Article(id="a", path="a.txt", text=text))
    assert [mention.value.amount for mention in found] == [amount]  # type: ignore[union-attr]


def test_long_s_hedge_reads_as_its_word() -> None:
    article = Article(id="a", path="a.txt", text="Police said ſome 100 people were hurt.")
    assert extract(article) is not None
