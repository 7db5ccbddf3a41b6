"""People named in an article: every reference to each person, with a role and an affiliation.

`find_people(article)` returns one `PersonRef` per reference, in text order. A person is
introduced by a full name (given name and surname: "Jane Doe", "John F. Kennedy", "Ludwig van
Beethoven"), optionally after a title ("French Deputy Foreign Minister Jean Dupont"), before an
apposition ("Maria Rossi, the managing director of the IMF") or as a counterpart ("her German
counterpart Hans Weber"). A lone surname refers to a person when it follows a title or an
honorific ("Ms Doe", "President Dupont") or when the article gives someone that surname anywhere
("Weber said"). Every reference carries the full name as first introduced and the role and
affiliation the article gives that person.

The stable API, also used by the quote extractor: `find_people`, `PersonRef` and
`country_name`. Helpers: `name_tokens` (words and gazetteers) and `roles` (titles, affiliations).

Titles, honorifics and demonyms are tables in `newscmp.text.titles`; gazetteers load on first
use. Photo credits and bylines ("Agency / Jane Doe", "AP - Jane Doe", "By Jane Doe") are never
people, nor are places, organisations and capitalised words that merely open a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from newscmp.model import Article, Span
from newscmp.text import titles as tables
from newscmp.text.name_tokens import (
    OF,
    PARTICLES,
    SUFFIXES,
    Tok,
    at_opening,
    country_name,
    is_initial,
    is_name_word,
    may_start_run,
    places,
    run_end_at_start,
    run_starts,
    tokens,
)
from newscmp.text.roles import Prefix, parse_appositive, parse_leading, parse_prefix
from newscmp.text.sentences import split_sentences

__all__ = ["PersonRef", "country_name", "find_people"]

# Credit lines: a name right after "/", "|", "©", "Photo:", "Photo by"; a name alone on a line
# after "By" or after a short label and a dash ("AP - Jane Doe"); a name before "/ Agency".
_CREDIT_BEFORE = re.compile(
    r"(?:[/|©]|\b(?i:photo(?:graph)?s?|pictures?|images?|credits?|sources?|courtesy|video)"
    r"\b[^\n]{0,12}?[:|]|\b(?i:photos?|text|words|reporting|written|edited)\s+by:?)"
    r"\s{0,3}$"
)
_LABEL_DASH = re.compile(r"^[^\n]{0,30}\s[-–—:]\s{0,3}$")
_DASH_ENDS = frozenset("-–—:")  # what `_LABEL_DASH` ends with but for spaces
_CREDIT_ENDS = frozenset("/|©:")
_BY = frozenset({"by", "By", "bY", "BY"})
_CREDIT_AFTER = re.compile(r"\s{0,3}[/|©]")  # matched at the name's end
_BYLINE = re.compile(r"^\s{0,3}(?i:by|photos?|credits?):?\s{0,3}$")
_BYLINE_LONGEST = 3 + len("credits:") + 3  # characters: (?i) matches one letter with one
_ROLE_JOINERS = frozenset({"and", ","})
# The only lower-case words of a headline in title case ("Mayor Meets Coach in Rome").
_TITLE_CASE_LOWER = frozenset((
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "than", "vs", "via", "per", "over", "into",
))  # fmt: skip
_DETERMINERS_BEFORE = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_ARTICLES = frozenset({"a", "an", "the"})
# Words after which untitled capitalised words name a place: "near Marquês de Pombal".
_LOCATIVES_BEFORE = frozenset({"near", "outside", "opposite", "via"})
# A photo caption's line ("Commuters queue at X. Photo: Jane Roe / Agency"): the names in it
# count only when the story names the same people.
_CAPTION = re.compile(r"\b(?i:photo(?:graph)?s?|pictures?|images?)\s{0,3}(?:by\b|:)")
# What every `_CAPTION` starts with: a letter that (?i) "p" or "i" matches, then the rest.
_CAPTION_WORD = re.compile(r"[PpIi\u0130\u0131](?i:hoto|icture|mage)")


@dataclass(frozen=True, slots=True)
class PersonRef:
    """One reference to a person (stable API, also read by the quote extractor).

    `name` is the person's full name as first introduced in the article, `role` and
    `affiliation` what the article says the person is (None when it does not say), and `span`
    the reference's words, title included: `text == article.text[span.start:span.end]`.
    """

    name: str
    role: str | None
    affiliation: str | None
    span: Span
    text: str


_new = tuple.__new__  # `_new(_Candidate, ...)` skips the keyword handling of a NamedTuple


class _Candidate(NamedTuple):  # a tuple: made for every name, most never become a PersonRef
    name: str
    surname: str
    full: bool  # a given name and a surname
    strong: bool  # a full name that needs no confirmation, or a titled surname
    titled: bool
    role: str | None
    affiliation: str | None
    start: int  # the reference's words, title included
    end: int


def _is_credit(text: str, start: int, end: int) -> bool:
    """Whether the words at `[start, end)` credit a photo or sign an article rather than name a
    person."""
    # Only the last 60 characters of the line before the words are read, and only four after.
    low = max(0, start - 61)
    line_start = text.rfind("\n", low, start) + 1
    far = line_start == 0 and low > 0  # the line starts more than 60 characters before
    before = text[max(line_start, start - 60) : start]
    if _may_end_credit(before) and _CREDIT_BEFORE.search(before):
        return True
    after = text[end : end + 4]  # all that `_CREDIT_AFTER` can match
    if ("/" in after or "|" in after or "©" in after) and _credit_after(text, end):
        return True
    if far or start - line_start > len(before):
        return False
    if len(before) <= _BYLINE_LONGEST and _BYLINE.match(before):
        return True
    tail = before.rstrip()
    if len(before) - len(tail) > 3 or tail[-1:] not in _DASH_ENDS:
        return False  # what `_LABEL_DASH` needs at the end of `before`
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    return bool(_LABEL_DASH.match(before)) and not text[end:line_end].strip()


def _credit_after(text: str, end: int) -> bool:
    near_end = text.find("\n", end, end + 4)
    return _CREDIT_AFTER.match(text, end, end + 4 if near_end < 0 else near_end) is not None


def _may_end_credit(before: str) -> bool:
    """What `_CREDIT_BEFORE` needs at the end of `before`, told without a search: at most three
    spaces after "/", "|", "©", ":" or "by"."""
    tail = before.rstrip()
    return len(before) - len(tail) <= 3 and (tail[-1:] in _CREDIT_ENDS or tail[-2:] in _BY)


# How far around a name a photo credit may stand on its line: captions are short, and the bound
# keeps the search linear on a text with no line breaks.
_CAPTION_WINDOW = 300


def _in_caption(text: str, start: int, end: int) -> bool:
    words = _caption_words(text)
    if not words[0]:
        return False  # most articles: no caption word anywhere
    low = max(0, start - _CAPTION_WINDOW)
    line_start = text.rfind("\n", low, start) + 1 or low
    high = min(len(text), end + _CAPTION_WINDOW)
    line_end = text.find("\n", end, high)
    window_end = line_end if line_end >= 0 else high
    if not _has_caption_word(words, line_start, window_end):
        return False  # what `_CAPTION_WORD.search(text, line_start, window_end)` tells
    return _CAPTION.search(text, line_start, window_end) is not None


@lru_cache(maxsize=16)
def _caption_words(text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of every `_CAPTION_WORD` match in the text (overlapping ones
    too), in text order: read once per article instead of once per name."""
    starts: list[int] = []
    ends: list[int] = []
    match = _CAPTION_WORD.search(text)
    while match is not None:  # `_CAPTION_WORD` has no look-around: a match is its characters
        starts.append(match.start())
        ends.append(match.end())
        match = _CAPTION_WORD.search(text, match.start() + 1)
    return starts, ends


def _has_caption_word(words: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether a `_CAPTION_WORD` match lies within `[start, end)`. A match is at most seven
    characters long, so the loop stops after a few matches."""
    starts, ends = words
    index = bisect_left(starts, start)
    while index < len(starts) and starts[index] < end:
        if ends[index] <= end:
            return True
        index += 1
    return False


def _plausible(core: list[Tok], full: bool, name: str) -> bool:
    """Whether capitalised words can be a person's name: no organisation, place or event."""
    if len(core) > 5 or not all([_person_word(tok.word) for tok in core]):
        return False
    if any([_country_word(tok.word) for tok in core[1:]]):
        return False
    if not full:
        return len(core[0].word) > 1 and country_name(core[0].word) is None
    return name.lower() not in places()


@lru_cache(maxsize=1 << 14)
def _plausible_name(name: str, full: bool) -> bool:
    """`_plausible` for the run of words whose text is `name`, remembered. The run's words are
    the words of `name`: no word holds a space, and a word is read from its own characters only
    (the last one may have lost a full stop or a possessive, which its word never holds)."""
    core = [
        tok
        for tok in tokens(name, 0, len(name))
        if tok.word not in PARTICLES and tok.word not in SUFFIXES
    ]
    return bool(core) and _plausible(core, full, name)


@lru_cache(maxsize=1 << 14)
def _person_word(word: str) -> bool:
    """No part of the word ("Ministry", "Bakeries-Group") heads an organisation, place or event."""
    return not any(part in tables.NON_PERSON_WORDS for part in word.lower().split("-"))


@lru_cache(maxsize=1 << 14)
def _country_word(word: str) -> bool:
    return "-" not in word and country_name(word) is not None


def _trim(toks: list[Tok], i: int, stop: int) -> int:
    """Drop a verb that opens a sentence before a name: "Attacking Hillary Clinton, he said"."""
    if stop - i < 2 or not is_name_word(toks[i + 1]):
        return i
    first = toks[i].word
    return i + 1 if at_opening(toks, i) and len(first) > 5 and first.endswith("ing") else i


def _untitled_doubt(toks: list[Tok], i: int) -> bool:
    """Signs that an untitled run of capitalised words is not a person: "the Golden Rule",
    "Centers for Disease Control"."""
    if i == 0:
        return False
    before = toks[i - 1].word
    if before.lower() in _DETERMINERS_BEFORE or before in _LOCATIVES_BEFORE:
        return True
    return before in OF and i >= 2 and toks[i - 2].word[0].isupper()


class _Parts(NamedTuple):
    core: list[Tok]  # the name's words but particles and suffixes
    full: bool
    surname: str


def _parts(toks: list[Tok], i: int, end: int) -> _Parts | None:
    if end - i == 1:  # the most common run, one word
        word = toks[i].word
        if word in SUFFIXES or word in PARTICLES:
            return None
        return _Parts([toks[i]], False, word)
    core = [tok for tok in toks[i:end] if tok.word not in PARTICLES and tok.word not in SUFFIXES]
    if not core:
        return None
    full = len(core) >= 2 and not is_initial(core[-1])
    surname = " ".join(tok.word for tok in toks[i:end] if tok.word in SUFFIXES)
    return _Parts(core, full, f"{core[-1].word} {surname}".strip())


class _Lone(NamedTuple):
    """A lone surname with no title ("Weber said"): a reference only when the article gives
    someone that surname, so `_candidate` reads it only once the full names are known."""

    surname: str
    toks: list[Tok]
    run: tuple[int, int]
    headline: bool


def _candidate(
    text: str,
    toks: list[Tok],
    run: tuple[int, int],
    prefix: Prefix | None,
    headline: bool,
    parts: _Parts,
) -> _Candidate | None:
    i, end = run
    _, full, surname = parts
    name = " ".join(text[toks[i].start : toks[end - 1].end].split())
    if prefix is not None and prefix.plural and not full:
        prefix = None  # "Russian officers Mueller says": a plural title wants full names
    if prefix is None and full and not headline:
        prefix = parse_leading(toks, i)  # "the minister of Health, Ana Torres"
    role, affiliation = (prefix.role, prefix.affiliation) if prefix else (None, None)
    stop = end
    appositive = parse_appositive(toks, end) if prefix is None and not headline else None
    if not full and not (end + 1 < len(toks) and toks[end + 1].word.lower() in _ARTICLES):
        appositive = None  # a lone surname takes only "Lee, a striker", not "Lee, advisers"
    if appositive is not None:
        stop, role, affiliation = appositive
    # An apposition after a lone surname gives a role, never the proof that it is a person.
    titled = prefix is not None or (appositive is not None and full)
    start, stop = toks[prefix.start if prefix else i].start, toks[stop - 1].end
    if not _plausible_name(name, full) or _is_credit(text, start, stop):
        return None
    if full and not titled and _untitled_doubt(toks, i):
        return None
    continues = end < len(toks) and (toks[end].word == "," or toks[end].word[0].islower())
    strong = not headline and (titled or (full and (continues or not at_opening(toks, i))))
    strong = strong and not _in_caption(text, start, stop)
    return _new(_Candidate, (name, surname, full, strong, titled, role, affiliation, start, stop))


def _organisation_stem(toks: list[Tok]) -> str | None:
    """The words before an organisation's head word ("Van Dijk" of "Van Dijk Bakeries")."""
    for index, tok in enumerate(toks[1:], 1):
        if tok.word.lower() in tables.NON_PERSON_WORDS:
            return " ".join(tok.word for tok in toks[:index])
    return None


def _is_headline(toks: list[Tok]) -> bool:
    """Whether no word but `_TITLE_CASE_LOWER` is in lower case."""
    for tok in toks:  # noqa: SIM110 - a loop is twice as fast as `all` over a generator here
        if tok.word[0].islower() and tok.word not in _TITLE_CASE_LOWER:
            return False
    return True


def _sentence_candidates(
    text: str, start: int, end: int, stems: set[str] | None = None
) -> list[_Candidate | _Lone]:
    """The people named in one sentence; `stems` collects the names its organisations start
    with."""
    if not may_start_run(text, start, end):
        return []  # about a quarter of all sentences: no name run starts in them
    toks = tokens(text, start, end)
    headline = _is_headline(toks)
    found: list[_Candidate | _Lone] = []
    last_end, last_prefix = -1, None
    for i in run_starts(toks):
        if i < last_end:
            continue  # inside the run before
        stop = run_end_at_start(toks, i)
        if stop == i:
            continue
        if stop - i > 1:  # one word is neither trimmed nor an organisation's name
            i = _trim(toks, i, stop)
            stem = _organisation_stem(toks[i:stop])
            if stem is not None and stems is not None:
                stems.add(stem)
        prefix = None if headline else parse_prefix(toks, i)
        if prefix is None and last_prefix is not None and last_prefix.plural and last_end == i - 1:
            joined = toks[i - 1].word in _ROLE_JOINERS  # "Presidents Ann Lee and Omar Said"
            prefix = replace(last_prefix, start=i) if joined else None
        last_end, last_prefix = stop, prefix
        if stop - i == 1 and (prefix is None or prefix.plural):  # the most common run
            word = toks[i].word  # one word with no title: a lone surname, read once all are known
            if word not in SUFFIXES and word not in PARTICLES:
                found.append(_new(_Lone, (word, toks, (i, stop), headline)))
            continue
        item = _read_run(text, toks, (i, stop), prefix, headline)
        if item is not None:
            found.append(item)
    return found


def _read_run(
    text: str, toks: list[Tok], run: tuple[int, int], prefix: Prefix | None, headline: bool
) -> _Candidate | _Lone | None:
    """A run of name words as a candidate, or as a lone surname with no title that waits."""
    parts = _parts(toks, *run)
    if parts is None:
        return None
    if not parts.full and (prefix is None or prefix.plural):
        return _Lone(parts.surname, toks, run, headline)
    return _candidate(text, toks, run, prefix, headline, parts)


def _owner(fulls: list[_Candidate]) -> str | None:
    """The full name a surname refers to; None when none or several people have that surname."""
    names = {full.name for full in fulls}
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=256)
def find_people(article: Article) -> tuple[PersonRef, ...]:
    """Every reference to a person in the article's content, in text order (see module doc)."""
    text = article.text
    stems: set[str] = set()
    found = [
        candidate
        for sentence in split_sentences(article)
        for candidate in _sentence_candidates(text, sentence.start, sentence.end, stems)
    ]
    candidates = [c for c in found if isinstance(c, _Candidate)]
    # A name that also opens an organisation's name ("Van Dijk" and "Van Dijk Bakeries") is
    # the organisation's, unless a title or an apposition makes it a person's somewhere.
    organisations = stems - {c.name for c in candidates if c.titled}
    introduced = {c.name for c in candidates if c.full and c.strong and c.name not in organisations}
    by_surname: dict[str, list[_Candidate]] = {}
    for c in candidates:
        if c.full and c.name in introduced:
            for key in {c.surname, c.surname.split()[0]}:  # "Kennedy Jr" and "Kennedy"
                by_surname.setdefault(key, []).append(c)
    resolved = _resolve(text, found, by_surname, introduced)
    known: dict[str, tuple[str | None, str | None]] = {}
    for name, c in resolved:
        role, affiliation = known.get(name, (None, None))
        known[name] = (role or c.role, affiliation or c.affiliation)
    return tuple(
        PersonRef(name, *known[name], Span(c.start, c.end), text[c.start : c.end])
        for name, c in resolved
    )


def _resolve(
    text: str,
    found: list[_Candidate | _Lone],
    by_surname: dict[str, list[_Candidate]],
    introduced: set[str],
) -> list[tuple[str, _Candidate]]:
    """The references among the candidates, each with the full name it refers to. A lone
    surname no one has is none (an untitled one is never `strong`), so it is not even read."""
    resolved: list[tuple[str, _Candidate]] = []
    for item in found:
        c: _Candidate | None = item if isinstance(item, _Candidate) else None
        if isinstance(item, _Lone) and item.surname in by_surname:
            parts = _parts(item.toks, *item.run)
            if parts is not None:
                c = _candidate(text, item.toks, item.run, None, item.headline, parts)
        if c is None:
            continue
        owner = c.name if c.full else _owner(by_surname.get(c.surname, []))
        if owner in introduced or (owner is None and not c.full and c.strong):
            resolved.append((owner or c.name, c))
    return resolved
