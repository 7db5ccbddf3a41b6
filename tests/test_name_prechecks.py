"""The shortcuts that make finding people's names fast never change what is found.

`tokens` reads words with one pattern written for speed, and keeps a full stop or a possessive
only where one can be; `run_starts` skips the words no name run starts at; `_may_end_credit`
and `_CAPTION_WORD` are the cheap tests before the credit and caption patterns. Each is
checked against the plain form it replaces, on texts made of the characters that matter.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscmp.text import name_checks
from newscmp.text.name_tokens import Tok, is_initial, is_name_word, run_end, run_starts, tokens

# The token pattern as first written: one alternative per kind of word.
PLAIN_TOKEN = re.compile(
    r"[@#]\w{1,40}|(?:[A-Z]\.){2,4}|[^\W\d_]{1,40}(?:[’'\-][^\W\d_]{1,40}){0,4}\.?|\S"
)


def plain_tokens(text: str, start: int, end: int) -> list[Tok]:
    found = []
    for match in PLAIN_TOKEN.finditer(text, start, end):
        word, stop = match.group(), match.end()
        dot = word[-1] == "." and "." not in word[:-1] and len(word) > 1
        if dot:
            word, stop = word[:-1], stop - 1
        poss = len(word) > 2 and word.endswith(("’s", "'s"))
        if poss:
            word, stop = word[:-2], stop - 2
        found.append(Tok(word, match.start(), stop, dot, poss))
    return found


WORDS = [
    "Ann", "Lee", "said", "U.S.", "J.", "J", "Jones's", "Jones’s.", "it's", "al-Assad", "van",
    "McDonald", "de'Medici", "#tag", "@user", "Dr.", "Mr", "President", "presidents", "Photo",
    "photo:", "PICTURES", "pıcture", "İmage", "by", "BY", "/", "|", "©", ":", "-", "–", ".", ",",
    "A.B.C.D.E.", "x" * 45, "É", "Łódź", "3rd", "_x", "s", "'s", "a's", "\n", "  ", "\t",
]  # fmt: skip
texts = st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join) | st.text(
    alphabet="AaBbSs.’'-@#_1 \n/|©:yYpPiIıİhotcuremg", max_size=40
)


@settings(max_examples=400, deadline=None)
@given(texts, st.data())
@example("Jones's. U.S. A. B.C. it's 's", None)
def test_tokens_as_written_first(text: str, data: st.DataObject | None) -> None:
    start, end = 0, len(text)
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    assert tokens(text, start, end) == plain_tokens(text, start, end)


@settings(max_examples=400, deadline=None)
@given(texts)
@example("J. said Ann Lee and al-Assad met U.S. envoy")
def test_run_starts_skip_only_what_starts_no_run(text: str) -> None:
    toks = tokens(text, 0, len(text))
    starts = run_starts(toks)
    assert starts == [i for i, tok in enumerate(toks) if is_name_word(tok) or is_initial(tok)]
    assert all(run_end(toks, i) == i for i in range(len(toks)) if i not in starts)


@settings(max_examples=400, deadline=None)
@given(texts)
@example("Photo by  ")
@example("Reuters / ")
@example("Credits: x |  ")
def test_credit_precheck_lets_every_credit_through(text: str) -> None:
    for cut in range(len(text) + 1):
        before = text[:cut].rsplit("\n", 1)[-1]
        if name_checks._CREDIT_BEFORE.search(before):
            assert name_checks._may_end_credit(before)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 40))
@example("Commuters. Photo: Ann Lee", 0, 40)
@example("PİCTURES by", 0, 11)
@example("pıctures: x", 0, 11)
@example("ımages: x", 0, 11)
def test_caption_precheck_lets_every_caption_through(text: str, start: int, end: int) -> None:
    if name_checks._CAPTION.search(text, start, end):
        assert name_checks._CAPTION_WORD.search(text, start, end)
