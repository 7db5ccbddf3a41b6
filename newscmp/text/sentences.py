"""Split an article's content into sentences without losing a single offset.

Extractors work sentence by sentence; each `Sentence` knows where it starts in the article, so a
match at `m.start()` inside it is at `sentence.start + m.start()` in the article text.
Boilerplate ranges are left out entirely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newscmp.model import Article, Span

# Paragraph breaks: a newline (news text puts one paragraph per line).
_PARAGRAPH = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before a space and
# a capital, digit or opening quote. Abbreviations are checked after the match.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "govs",
        "maj",
        "det",
        "supt",
        "insp",
        "amb",
        "atty",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "ltd",
        "co",
        "dept",
        "est",
        "approx",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
    ]
)
_LAST_WORD = re.compile(r"([\w.]+)\.$")
_LONGEST_WORD = max(len(word) for word in _ABBREVIATIONS)
# Characters before a full stop searched for its word: far longer than any abbreviation.
_LOOK_BACK = 40


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def content_ranges(article: Article) -> list[tuple[int, int]]:
    """The ranges of the article's text that are not boilerplate, in order."""
    ranges: list[tuple[int, int]] = []
    position = 0
    for skipped in sorted(article.boilerplate, key=lambda span: span.start):
        if skipped.start > position:
            ranges.append((position, skipped.start))
        position = max(position, skipped.end)
    if position < len(article.text):
        ranges.append((position, len(article.text)))
    return ranges


def _is_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the full stop ending `text[start:end]` follows an abbreviation or an initial."""
    if text[end - 1] != ".":
        return False  # "!" or "?": `_LAST_WORD` ends with a full stop
    # The word is the run of `[\w.]` before the full stop. One longer than `_LONGEST_WORD` is
    # neither an abbreviation nor an initial (lower-casing never shortens a word), and so is the
    # part of it that the last `_LONGEST_WORD + 1` characters hold: only they are searched.
    match = _LAST_WORD.search(text, max(start, end - _LONGEST_WORD - 2), end)
    if match is None:
        return False
    word = match.group(1).lower()
    # Single capital initials ("John F. Kennedy") and known abbreviations do not end a sentence.
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _split_paragraph(text: str, low: int, high: int, sentences: list[Sentence]) -> None:
    """Add the sentences of the paragraph `text[low:high]` to `sentences`."""
    start = low
    for match in _SENTENCE_END.finditer(text, low, high):
        # Only the last word matters: a bounded look back keeps a run of "Mr. Mr. ..." linear.
        if _is_abbreviation(text, max(start, match.start() - _LOOK_BACK), match.start() + 1):
            continue
        _add_sentence(text[start : match.end()], start, sentences)
        start = match.end()
    _add_sentence(text[start:high], start, sentences)


def _add_sentence(piece: str, offset: int, sentences: list[Sentence]) -> None:
    """Add the sentence `piece`, found at `offset`, without the spaces around it, if anything
    is left."""
    body = piece.strip()
    if body:
        begin = offset + piece.find(body[0])  # the spaces before it, which body[0] is not
        sentences.append(Sentence(begin, begin + len(body), body))


@lru_cache(maxsize=256)
def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """Every sentence of the article's content, boilerplate left out, in text order."""
    sentences: list[Sentence] = []
    for start, end in content_ranges(article):
        for paragraph in _PARAGRAPH.finditer(article.text, start, end):
            _split_paragraph(article.text, paragraph.start(), paragraph.end(), sentences)
    return tuple(sentences)
