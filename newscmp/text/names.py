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
from dataclasses import dataclass, replace
from functools import lru_cache

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
    places,
    run_end,
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
_CREDIT_AFTER = re.compile(r"^\s{0,3}[/|©]")
_BYLINE = re.compile(r"^\s{0,3}(?i:by|photos?|credits?):?\s{0,3}$")
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


@dataclass(frozen=True, slots=True)
class _Candidate:
    name: str
    surname: str
    full: bool  # a given name and a surname
    strong: bool  # a full name that needs no confirmation, or a titled surname
    titled: bool
    role: str | None
    affiliation: str | None
    span: Span


def _is_credit(text: str, span: Span) -> bool:
    """Whether the words at `span` credit a photo or sign an article rather than name a person."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    before = text[max(line_start, span.start - 60) : span.start]
    after = text[span.end : line_end if line_end >= 0 else len(text)]
    if _CREDIT_BEFORE.search(before) or _CREDIT_AFTER.match(after):
        return True
    if span.start - line_start > len(before):
        return False
    return bool(_BYLINE.match(before)) or (bool(_LABEL_DASH.match(before)) and not after.strip())


# How far around a name a photo credit may stand on its line: captions are short, and the bound
# keeps the search linear on a text with no line breaks.
_CAPTION_WINDOW = 300


def _in_caption(text: str, span: Span) -> bool:
    low = max(0, span.start - _CAPTION_WINDOW)
    line_start = text.rfind("\n", low, span.start) + 1 or low
    high = min(len(text), span.end + _CAPTION_WINDOW)
    line_end = text.find("\n", span.end, high)
    return _CAPTION.search(text, line_start, line_end if line_end >= 0 else high) is not None


def _plausible(core: list[Tok], full: bool, name: str) -> bool:
    """Whether capitalised words can be a person's name: no organisation, place or event."""
    parts = [part for tok in core for part in tok.word.lower().split("-")]
    if len(core) > 5 or any(part in tables.NON_PERSON_WORDS for part in parts):
        return False
    if any(country_name(tok.word) is not None for tok in core[1:] if "-" not in tok.word):
        return False
    if not full:
        return len(core[0].word) > 1 and country_name(core[0].word) is None
    return name.lower() not in places()


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


def _candidate(
    text: str, toks: list[Tok], run: tuple[int, int], prefix: Prefix | None, headline: bool
) -> _Candidate | None:
    i, end = run
    core = [tok for tok in toks[i:end] if tok.word not in PARTICLES and tok.word not in SUFFIXES]
    if not core:
        return None
    name = " ".join(text[toks[i].start : toks[end - 1].end].split())
    full = len(core) >= 2 and not is_initial(core[-1])
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
    span = Span(toks[prefix.start if prefix else i].start, toks[stop - 1].end)
    if _is_credit(text, span) or not _plausible(core, full, name):
        return None
    if full and not titled and _untitled_doubt(toks, i):
        return None
    continues = end < len(toks) and (toks[end].word == "," or toks[end].word[0].islower())
    strong = not headline and (titled or (full and (continues or not at_opening(toks, i))))
    strong = strong and not _in_caption(text, span)
    surname = " ".join(tok.word for tok in toks[i:end] if tok.word in SUFFIXES)
    surname = f"{core[-1].word} {surname}".strip()
    return _Candidate(name, surname, full, strong, titled, role, affiliation, span)


def _organisation_stem(toks: list[Tok]) -> str | None:
    """The words before an organisation's head word ("Van Dijk" of "Van Dijk Bakeries")."""
    for index, tok in enumerate(toks[1:], 1):
        if tok.word.lower() in tables.NON_PERSON_WORDS:
            return " ".join(tok.word for tok in toks[:index])
    return None


def _sentence_candidates(
    text: str, start: int, end: int, stems: set[str] | None = None
) -> list[_Candidate]:
    """The people named in one sentence; `stems` collects the names its organisations start
    with."""
    toks = tokens(text, start, end)
    headline = not any(tok.word[0].islower() and tok.word not in _TITLE_CASE_LOWER for tok in toks)
    found: list[_Candidate] = []
    previous: tuple[int, Prefix | None] = (-1, None)
    i = 0
    while i < len(toks):
        stop = run_end(toks, i)
        if stop == i:
            i += 1
            continue
        i = _trim(toks, i, stop)
        stem = _organisation_stem(toks[i:stop])
        if stem is not None and stems is not None:
            stems.add(stem)
        prefix = None if headline else parse_prefix(toks, i)
        last_end, last_prefix = previous
        if prefix is None and last_prefix is not None and last_prefix.plural and last_end == i - 1:
            joined = toks[i - 1].word in _ROLE_JOINERS  # "Presidents Ann Lee and Omar Said"
            prefix = replace(last_prefix, start=i) if joined else None
        candidate = _candidate(text, toks, (i, stop), prefix, headline)
        if candidate is not None:
            found.append(candidate)
        previous, i = (stop, prefix), stop
    return found


def _owner(fulls: list[_Candidate]) -> str | None:
    """The full name a surname refers to; None when none or several people have that surname."""
    names = {full.name for full in fulls}
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=256)
def find_people(article: Article) -> tuple[PersonRef, ...]:
    """Every reference to a person in the article's content, in text order (see module doc)."""
    text = article.text
    stems: set[str] = set()
    candidates = [
        candidate
        for sentence in split_sentences(article)
        for candidate in _sentence_candidates(text, sentence.start, sentence.end, stems)
    ]
    # A name that also opens an organisation's name ("Van Dijk" and "Van Dijk Bakeries") is
    # the organisation's, unless a title or an apposition makes it a person's somewhere.
    organisations = stems - {c.name for c in candidates if c.titled}
    introduced = {c.name for c in candidates if c.full and c.strong and c.name not in organisations}
    by_surname: dict[str, list[_Candidate]] = {}
    for c in candidates:
        if c.full and c.name in introduced:
            for key in {c.surname, c.surname.split()[0]}:  # "Kennedy Jr" and "Kennedy"
                by_surname.setdefault(key, []).append(c)
    resolved: list[tuple[str, _Candidate]] = []
    for c in candidates:
        owner = c.name if c.full else _owner(by_surname.get(c.surname, []))
        if owner in introduced or (owner is None and not c.full and c.strong):
            resolved.append((owner or c.name, c))
    known: dict[str, tuple[str | None, str | None]] = {}
    for name, c in resolved:
        role, affiliation = known.get(name, (None, None))
        known[name] = (role or c.role, affiliation or c.affiliation)
    return tuple(
        PersonRef(name, *known[name], c.span, text[c.span.start : c.span.end])
        for name, c in resolved
    )
