"""The third round of shortcuts in finding people's names gives what the plain forms give.

`may_start_run` tells from the pieces of text between spaces whether a name run starts;
`run_end_at_start` skips the test `run_starts` has made; `_plausible_name` remembers
`_plausible` by the run's text; `_is_credit` reads only the end of the line before the name;
`_in_caption` finds the caption words once per text. Each is checked against the plain form on
texts made of the characters and words that matter.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscmp.text import name_checks
from newscmp.text.name_tokens import (
    PARTICLES,
    SUFFIXES,
    is_initial,
    may_start_run,
    run_end,
    run_end_at_start,
    run_starts,
    tokens,
)

WORDS = [
    "Ann", "Lee", "said", "U.S.", "J.", "J", "Jones's", "Jones’s.", "it's", "al-Assad", "van",
    "McDonald", "Jr", "Jr.", "III", "President", "Minister", "Major", "Ms", "Dr.", "the", "of",
    "Photo", "photo:", "PİCTURES", "pıcture", "İmage", "by", "BY", "/", "|", "©", ":", "-",
    "–", ".", ",", "Reuters", "France", "Ministry", "Paris", "É", "Łódź", "3rd", "\n", "  ",
    "\t", "\u00a0", "\u2003", "A.B.C.D.E.", "x" * 45,
]  # fmt: skip
texts = st.lists(st.sampled_from(WORDS), max_size=20).map(" ".join) | st.text(
    alphabet="AaBbJjSs.’'-/|©:yYpPiIıİhotcuremg \n\u00a0", max_size=60
)


@settings(max_examples=400, deadline=None)
@given(texts, st.data())
@example("J. said Ann Lee and al-Assad met U.S. envoy", None)
@example("the\u00a0Ann\u2003Lee", None)
def test_may_start_run_is_whether_a_run_starts(text: str, data: st.DataObject | None) -> None:
    start, end = 0, len(text)
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    assert may_start_run(text, start, end) == bool(run_starts(tokens(text, start, end)))


@settings(max_examples=400, deadline=None)
@given(texts)
@example("Ann Lee Major said")
@example("J. Major Jr")
@example("Ann President")
def test_run_end_at_start_is_run_end(text: str) -> None:
    toks = tokens(text, 0, len(text))
    for i in run_starts(toks):
        assert run_end_at_start(toks, i) == run_end(toks, i)


@settings(max_examples=400, deadline=None)
@given(texts)
@example("Ann Lee’s. J. van Dijk Jr. said")
@example("Ann.Lee and France Ministry")
def test_plausible_name_is_plausible(text: str) -> None:
    toks = tokens(text, 0, len(text))
    for i in run_starts(toks):
        for end in range(i + 1, min(len(toks), i + 8) + 1):
            core = [t for t in toks[i:end] if t.word not in PARTICLES and t.word not in SUFFIXES]
            if not core:
                continue
            full = len(core) >= 2 and not is_initial(core[-1])
            name = " ".join(text[toks[i].start : toks[end - 1].end].split())
            assert name_checks._plausible_name(name, full) == name_checks._plausible(
                core, full, name
            )


def plain_is_credit(text: str, start: int, end: int) -> bool:
    """`_is_credit` as first written: the whole line on each side."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    before = text[max(line_start, start - 60) : start]
    if name_checks._CREDIT_BEFORE.search(before):
        return True
    if name_checks._CREDIT_AFTER.match(text, end, line_end):
        return True
    if start - line_start > len(before):
        return False
    if name_checks._BYLINE.match(before):
        return True
    return bool(name_checks._LABEL_DASH.match(before)) and not text[end:line_end].strip()


credit_texts = st.lists(st.sampled_from([*WORDS, "x" * 57, "y" * 58, "z" * 59]), max_size=20)


@settings(max_examples=400, deadline=None)
@given(credit_texts.map(" ".join), st.data())
@example("AP - Ann Lee", None)
@example("By Ann Lee \n", None)
@example("Ann Lee \t/ Reuters", None)
@example("Ann Lee  \n/ Reuters", None)
def test_is_credit_reads_what_it_needs(text: str, data: st.DataObject | None) -> None:
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)?", text)]
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        spans.append((start, data.draw(st.integers(start, len(text)))))
    for start, end in spans:
        assert name_checks._is_credit(text, start, end) == plain_is_credit(text, start, end)


def plain_in_caption(text: str, start: int, end: int) -> bool:
    low = max(0, start - name_checks._CAPTION_WINDOW)
    line_start = text.rfind("\n", low, start) + 1 or low
    high = min(len(text), end + name_checks._CAPTION_WINDOW)
    line_end = text.find("\n", end, high)
    window_end = line_end if line_end >= 0 else high
    return name_checks._CAPTION.search(text, line_start, window_end) is not None


caption_texts = st.lists(
    st.sampled_from([*WORDS, "Photo:", "Pictures by", "image:", "PHOTOGRAPHS :", "y" * 290]),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(caption_texts)
@example("Commuters queue. Photo: Ann Lee / Reuters")
@example("PİCTURES by Ann Lee")
def test_in_caption_is_the_search_per_name(text: str) -> None:
    for match in re.finditer(r"\S+", text):
        start, end = match.span()
        assert name_checks._in_caption(text, start, end) == plain_in_caption(text, start, end)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\u00a0bByYpPhHoOtTsSſcCrReEdDiIıİ:-–—xX", max_size=40))
@example("   CREDITS:   ")
@example("AP – ")
def test_byline_and_label_need_what_is_tested_first(before: str) -> None:
    if name_checks._BYLINE.match(before):
        assert len(before) <= name_checks._BYLINE_LONGEST
    if name_checks._LABEL_DASH.match(before):
        tail = before.rstrip()
        assert len(before) - len(tail) <= 3 and tail[-1:] in name_checks._DASH_ENDS
