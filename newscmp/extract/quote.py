"""Words put in quotation marks, and who said them.

Quotation marks are paired in one pass over the text: curly “ ” and angle « » marks by their
shape, straight " marks by the characters around them (a mark after a space and before a word
opens, one after a word and before a space or punctuation closes). Single quotes ‘ ’ only nest
inside double ones, so apostrophes ("Peru’s", "don’t") never start a quote; a mark right after a
digit (12" pipe) never opens one. A quote left open for more than `MAX_QUOTE` characters, or across
boilerplate, is dropped, so unbalanced marks cost nothing.

A mention's span covers the quoted words only: from the first to the last non-space character
inside the marks, a comma, semicolon or colon that closes the quoted words left out. The value's
`quote` is those words with every run of whitespace (line breaks included) made one space.

The speaker comes from an attribution cue (`ATTRIBUTION_CUES`: said, told, added, warned, called,
according to...) outside any quote, in the quote's sentence, else from the speaker of the sentence
before: `extract.quote_attribution` holds those rules.

Quotes are kept from `MIN_QUOTE_WORDS` words on, attributed or not: one or two words in
quotation marks are scare quotes or a title ("'live'", "'Unabomber'"), not a quotation. Words that
are all capitalised are a name in quotation marks, no quote ("Ring of Fire", "Fox News Sunday").
Quotes in the headline
are left out: a headline repeats or shortens a quote the story gives in full.
"""

from __future__ import annotations

import re

from newscmp.extract.quote_attribution import (
    ATTRIBUTION_CUES,
    CONTEXT,
    DETERMINERS,
    PHRASE_BREAKS,
    PRONOUNS,
    SPEAKER_AFTER,
    SPEAKER_GAP,
    _Attribution,
    _previous_speaker,
    _Quote,
    _speaker,
)
from newscmp.model import Article, Kind, Mention, QuoteValue, Span
from newscmp.text.sentences import content_ranges

# The speaker rules' tables stay importable from here (`extract.location` reads the cues).
__all__ = [
    "ATTRIBUTION_CUES", "CONTEXT", "DETERMINERS", "MAX_QUOTE", "MIN_QUOTE_WORDS",
    "MIN_UNATTRIBUTED_WORDS",
    "PHRASE_BREAKS", "PRONOUNS", "SPEAKER_AFTER", "SPEAKER_GAP", "extract_quotes", "quote_regions",
]  # fmt: skip

MAX_QUOTE = 1_200  # longest quotation, marks included; beyond it the marks are unbalanced
MIN_QUOTE_WORDS = 3  # one or two words in quotation marks are scare quotes or a title
MIN_UNATTRIBUTED_WORDS = MIN_QUOTE_WORDS  # the former name, kept for callers
_TITLE_CASE_SMALL = frozenset(
    ["of", "the", "and", "in", "on", "for", "a", "an", "de", "la", "with", "to", "from", "at", "by"]
)

_MARK = re.compile('["“”«»]')
_FAMILY = {'"': '"', "“": "“", "”": "“", "«": "«", "»": "«"}
_MIXED = {'"': "“", "“": '"'}  # the other family a closing mark may close
_OPEN, _CLOSE, _EITHER = "open", "close", "either"
_SHAPED = {"“": _OPEN, "«": _OPEN, "”": _CLOSE, "»": _CLOSE}
_LEFT_FLANK = frozenset("([{/—–")
_RIGHT_FLANK = frozenset(".,;:!?)]}—–")
_TRAILING = ",;: \t\r\n\u00a0"


def _straight_role(text: str, at: int) -> str:
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if before.isdigit():
        return _CLOSE  # inches, or the end of a quote that ends with a number
    opens = before.isspace() or before in _LEFT_FLANK
    closes = after.isspace() or after in _RIGHT_FLANK
    if opens != closes:
        return _OPEN if opens else _CLOSE
    return _EITHER


def quote_regions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(opening, closing) mark positions of the balanced quotations in `text[start:end]`,
    outermost only, in one pass: an opening mark left open too long is forgotten, and two marks
    side by side quote nothing."""
    pairs: list[tuple[int, int]] = []
    pending: dict[str, int] = {}
    for match in _MARK.finditer(text, start, len(text) if end is None else end):
        mark, at = match.group(), match.start()
        family = _FAMILY[mark]
        role = _SHAPED.get(mark) or _straight_role(text, at)
        opened = pending.pop(family, None)
        if opened is None and role != _OPEN and family in _MIXED:
            # “It’s done." or "It’s done”: a curly mark and a straight one pair up
            opened = pending.pop(_MIXED[family], None)
        if opened is not None and at - opened > MAX_QUOTE:
            opened = None
        if role == _OPEN or (opened is None and role == _EITHER):
            pending[family] = at
        elif opened is not None and at > opened + 1:  # `""` quotes nothing: not kept, so a
            pairs.append((opened, at))  # page of quote marks holds no list as long as itself
    pairs.sort()
    outer: list[tuple[int, int]] = []
    for pair in pairs:
        if not outer or pair[0] > outer[-1][1]:
            outer.append(pair)
    return outer


def _quotes(article: Article) -> list[_Quote]:
    text = article.text
    found: list[_Quote] = []
    for lo, hi in content_ranges(article):
        for opening, closing in quote_regions(text, lo, hi):
            start, end = opening + 1, closing
            while start < end and text[start].isspace():
                start += 1
            while end > start and (
                text[end - 1] in _TRAILING or text[end - 1] in ".!?" and text[end - 2].isspace()
            ):
                end -= 1  # also a full stop left alone on a broken line: '"frank and direct\n."'
            if any(char.isalpha() for char in text[start:end]):
                found.append(_Quote(opening, closing, start, end))
    return found


def _headline(article: Article) -> tuple[int, int]:
    """Where the article's headline stands in its text, as a line of its own; (0, 0) if not."""
    if not article.title:
        return (0, 0)
    at = article.text.find(article.title)
    if at < 0 or (at > 0 and article.text[at - 1] != "\n"):
        return (0, 0)
    return (at, at + len(article.title))


def _is_name(words: list[str]) -> bool:
    """Whether quoted words are a name ("Ring of Fire", "Fox News Sunday"): two words or more,
    every word but small ones capitalised."""
    count = 0
    for part in words:
        if part.lower() not in _TITLE_CASE_SMALL:
            if not part[0].isupper():
                return False
            count += 1
    return count > 1


def extract_quotes(article: Article) -> list[Mention]:
    """Every quotation in the article's content, with its speaker (see the module's doc)."""
    head_start, head_end = _headline(article)
    quotes = [q for q in _quotes(article) if not head_start <= q.open < head_end]
    if not quotes:
        return []
    attribution = _Attribution(article, quotes)
    spoken: dict[int, str | None] = {}
    mentions: list[Mention] = []
    for quote in quotes:
        speaker = _speaker(attribution, quote, _previous_speaker(attribution, quote, spoken))
        spoken[attribution.sentence_index(quote.close)] = speaker
        if speaker in attribution.names:
            attribution.last_speaker = (attribution.sentence_index(quote.close), speaker)
        parts = article.text[quote.start : quote.end].split()
        if _is_name(parts) or len(parts) < MIN_QUOTE_WORDS:
            continue  # a name or a title in quotation marks, or scare quotes ("'live'")
        words = " ".join(parts)
        span = Span(quote.start, quote.end)
        value = QuoteValue(speaker=speaker, quote=words)
        mentions.append(
            Mention(Kind.QUOTE, article.id, article.text[span.start : span.end], span, value)
        )
    return mentions
