"""One article, read once, with what deciding about its mentions needs: its sentences, the
sentence and the line around any position, each sentence lower-cased, the article's own date.

A `Doc` is made once per article and asked many times (once per mention); what it works out is
kept on the object, never in module-level caches, so it lives exactly as long as the article is
being worked on.
"""

from __future__ import annotations

import bisect
import datetime

from newscmp.model import Article
from newscmp.text.dates import parse_iso
from newscmp.text.sentences import Sentence, split_sentences

# How far around a position a line is looked for: a line longer than this is story text.
LINE_WINDOW = 300


class Doc:
    """An article and its sentences; every answer is worked out on first use and kept."""

    __slots__ = (
        "_lowered",
        "_starts",
        "article",
        "line_notes",
        "sentence_matches",
        "sentences",
        "text",
    )

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.sentences: tuple[Sentence, ...] = split_sentences(article)
        self._starts = [sentence.start for sentence in self.sentences]
        self._lowered: dict[int, str] = {}
        # What a reader of lines worked out about each line, by its bounds: kept here so that
        # the many mentions of one line are read once (claims.py notes reporting furniture).
        self.line_notes: dict[tuple[int, int], str | None] = {}
        # Where a named pattern matches in a lower-cased sentence, by (name, sentence index):
        # one search per sentence however many mentions it holds.
        self.sentence_matches: dict[tuple[str, int], tuple[tuple[int, int], ...]] = {}

    @property
    def published(self) -> datetime.date | None:
        """The article's publication day, when the loader found one."""
        return parse_iso(self.article.published) if self.article.published else None

    def sentence_index(self, position: int) -> int | None:
        """The index of the sentence holding `position`, None outside every sentence."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index < 0 or position >= self.sentences[index].end:
            return None
        return index

    def sentence_at(self, position: int) -> Sentence | None:
        index = self.sentence_index(position)
        return None if index is None else self.sentences[index]

    def lowered(self, index: int) -> str:
        """Sentence `index` lower-cased (same length for the text newscmp reads)."""
        found = self._lowered.get(index)
        if found is None:
            found = self._lowered[index] = self.sentences[index].text.lower()
        return found

    def line(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the line around `text[start:end]`, cut at LINE_WINDOW either side."""
        low = max(0, start - LINE_WINDOW)
        head = self.text.rfind("\n", low, start) + 1 or low
        high = min(len(self.text), end + LINE_WINDOW)
        tail = self.text.find("\n", end, high)
        return head, (high if tail < 0 else tail)

    def is_title(self, start: int) -> bool:
        """Whether `start` lies in the article's first line when that line is its title."""
        title = self.article.title
        if not title:
            return False
        head, tail = self.line(start, start)
        return head == 0 and self.text[head:tail].strip() == title.strip()
