"""People named in an article: every reference to each person, with a role and an affiliation.

`find_people(article)` returns one `PersonRef` per reference, in text order. A person is
introduced by a full name (given name and surname: "Jane Doe", "John F. Kennedy", "Ludwig van
Beethoven"), optionally after a title ("French Deputy Foreign Minister Jean Dupont"), before an
apposition ("Maria Rossi, the managing director of the IMF") or as a counterpart ("her German
counterpart Hans Weber"). A lone surname refers to a person when it follows a title or an
honorific ("Ms Doe", "President Dupont") or when the article gives someone that surname anywhere
("Weber said"), and a given name alone when one person introduced bears it ("Marianne"). An
honorific picks among people of one surname by the sex of their given names ("Mrs. Doe"); a
titled surname is not someone's introduced with no role or with a suffix and another role
("President Doe" beside "Sasha Doe" or "John Doe Jr"). Every reference carries the full name as
first introduced, and the most specific role (and an affiliation) the article gives that person.

Is it a person? A full name with no title whose first word is no given name in
`text.given_names` needs another sign (its surname alone elsewhere, a verb of saying after it,
a listed neighbour who is a person); product makers, street and organisation heads, outlets,
bylines and contact lines, and titles in quotation marks are refused. Each refusal keeps its
reason: `rejected_names(article)` (shown by `newscmp --debug show FILE`).

The stable API, also used by the quote extractor: `find_people`, `PersonRef` and
`country_name`. Helpers: `name_tokens` (words and gazetteers), `roles` (titles, affiliations)
and `name_checks` (the signs that capitalised words name no person).

Titles, honorifics and demonyms are tables in `newscmp.text.titles`; gazetteers load on first
use. Photo credits and bylines ("Agency / Jane Doe", "AP - Jane Doe", "By Jane Doe") are never
people, nor are places, organisations and capitalised words that merely open a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from newscmp.load.outlets import lookup_outlet
from newscmp.model import Article, Span
from newscmp.text import titles as tables
from newscmp.text.given_names import given_name
from newscmp.text.name_checks import (
    _in_caption,
    _is_credit,
    _organisation_stem,
    _plausible_name,
    implausible_reason,
    is_contact,
    is_quoted_title,
    not_given,
    untitled_reason,
)
from newscmp.text.name_tokens import (
    PARTICLES,
    QUOTE_MARKS,
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

__all__ = ["PersonRef", "Rejection", "country_name", "find_people", "rejected_names"]

_ROLE_JOINERS = frozenset({"and", ","})
# The only lower-case words of a headline in title case ("Mayor Meets Coach in Rome").
_TITLE_CASE_LOWER = frozenset((
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "than", "vs", "via", "per", "over", "into",
))  # fmt: skip
_ARTICLES = frozenset({"a", "an", "the"})


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


class Rejection(NamedTuple):
    """Capitalised words read as a name and refused, with the reason (`newscmp --debug show`)."""

    start: int
    end: int
    text: str
    reason: str


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


def _trim(text: str, toks: list[Tok], i: int, stop: int) -> int:
    """Drop a verb that opens a sentence before a name ("Attacking Marianne Holt, he said"),
    and a first word that is no given name before one that is ("Arizonan John McCain")."""
    if stop - i < 2 or not is_name_word(toks[i + 1]):
        return i
    first = toks[i].word
    if at_opening(toks, i) and len(first) > 5 and first.endswith("ing"):
        return i + 1
    second_given = stop - i > 2 and given_name(toks[i + 1].word) is not None
    if second_given and given_name(first) is None:  # "Meet Jane Doe", "Arizonan Jane Doe"
        return i + 1 if at_opening(toks, i) or not_given(first, text) else i
    return i


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
    core = [
        tok
        for tok in _without_nickname(toks[i:end])
        if tok.word not in PARTICLES and tok.word not in SUFFIXES
    ]
    if not core:
        return None
    full = len(core) >= 2 and not is_initial(core[-1])
    surname = " ".join(tok.word for tok in toks[i:end] if tok.word in SUFFIXES)
    return _Parts(core, full, f"{core[-1].word} {surname}".strip())


def _without_nickname(toks: list[Tok]) -> list[Tok]:
    """A run's words but a nickname in quotation marks ("Bob" of Robert "Bob" Smith)."""
    marks = [index for index, tok in enumerate(toks) if tok.word in QUOTE_MARKS]
    if len(marks) < 2:
        return toks
    return toks[: marks[0]] + toks[marks[1] + 1 :]


def _name_text(text: str, toks: list[Tok], i: int, end: int) -> str:
    """The name's words as written, one space between, a quoted nickname left out."""
    if not any(tok.word in QUOTE_MARKS for tok in toks[i:end]):
        return " ".join(text[toks[i].start : toks[end - 1].end].split())
    return " ".join(tok.word for tok in _without_nickname(toks[i:end]))


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
    sink: list[Rejection] | None = None,
) -> _Candidate | None:
    i, end = run
    _, full, surname = parts
    name = _name_text(text, toks, i, end)
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
    reason = _rejection(text, toks, run, name, full, titled, (start, stop))
    if reason is not None:
        if sink is not None:
            sink.append(Rejection(start, stop, text[start:stop], reason))
        return None
    continues = end < len(toks) and (toks[end].word == "," or toks[end].word[0].islower())
    strong = not headline and (titled or (full and (continues or not at_opening(toks, i))))
    strong = strong and not _in_caption(text, start, stop)
    return _new(_Candidate, (name, surname, full, strong, titled, role, affiliation, start, stop))


def _rejection(
    text: str,
    toks: list[Tok],
    run: tuple[int, int],
    name: str,
    full: bool,
    titled: bool,
    span: tuple[int, int],
) -> str | None:
    """Why a candidate names no person, or None when it may name one."""
    start, stop = span
    if not _plausible_name(name, full):
        return implausible_reason(name, full)
    if _is_credit(text, start, stop):
        return "a photo credit or a byline"
    if is_contact(text, toks[run[0]].start, toks[run[1] - 1].end):
        return "a byline or a contact line"
    if not full:
        return None
    if is_quoted_title(text, toks[run[0]].start, toks[run[1] - 1].end):
        return "a title in quotation marks"
    if lookup_outlet(name) is not None:
        return "an outlet's name"
    return None if titled else untitled_reason(text, toks, *run)


def _is_headline(toks: list[Tok]) -> bool:
    """Whether no word but `_TITLE_CASE_LOWER` is in lower case."""
    for tok in toks:  # noqa: SIM110 - a loop is twice as fast as `all` over a generator here
        if tok.word[0].islower() and tok.word not in _TITLE_CASE_LOWER:
            return False
    return True


def _sentence_candidates(
    text: str,
    start: int,
    end: int,
    stems: set[str] | None = None,
    sink: list[Rejection] | None = None,
) -> list[_Candidate | _Lone]:
    """The people named in one sentence; `stems` collects the names its organisations start
    with."""
    if not may_start_run(text, start, end):
        return []  # about a quarter of all sentences: no name run starts in them
    toks = tokens(text, start, end)
    headline = _is_headline(toks)
    found: list[_Candidate | _Lone] = []
    last_end, last_prefix = -1, None
    skipped = -1
    for i in run_starts(toks):
        if i < last_end or i < skipped:
            continue  # inside the run before
        stop = run_end_at_start(toks, i)
        if stop == i:
            continue
        if stop - i > 1:  # one word is neither trimmed nor an organisation's name
            i = _trim(text, toks, i, stop)
            stem = _organisation_stem(toks[i:stop])
            if stem is not None and stems is not None:
                stems.add(stem)
        listing = last_prefix is not None and last_prefix.plural
        if listing and (_in_brackets(toks, i, stop) or toks[i - 1].word == "of"):
            skipped = stop  # "Sens. Ann Lee (Ky.) and Omar Said of Ohio": the list goes on
            continue
        prefix = None if headline else parse_prefix(toks, i)
        if prefix is None and last_prefix is not None and listing and _list_gap(toks, last_end, i):
            prefix = replace(last_prefix, start=i)  # "Presidents Ann Lee and Omar Said"
        last_end, last_prefix = stop, prefix
        if stop - i == 1 and (prefix is None or prefix.plural):  # the most common run
            word = toks[i].word  # one word with no title: a lone surname, read once all are known
            if word not in SUFFIXES and word not in PARTICLES:
                found.append(_new(_Lone, (word, toks, (i, stop), headline)))
            continue
        item = _read_run(text, toks, (i, stop), prefix, headline, sink)
        if item is not None:
            found.append(item)
    return found


def _in_brackets(toks: list[Tok], i: int, stop: int) -> bool:
    return i > 0 and toks[i - 1].word == "(" and stop < len(toks) and toks[stop].word == ")"


_BRACKET_WORDS = 4  # words a bracket in a list of names may hold ("(D-N.Y.)")


def _list_gap(toks: list[Tok], start: int, end: int) -> bool:
    """Whether only list joiners ("," "and"), brackets and "of" a place stand between two
    names."""
    gap = [tok.word for tok in toks[start:end]]
    if "(" in gap and ")" in gap and gap.index(")") - gap.index("(") <= _BRACKET_WORDS + 1:
        gap = gap[: gap.index("(")] + gap[gap.index(")") + 1 :]
    if gap[:1] == ["of"]:  # "Senators Ann Lee of Ohio and Omar Said of Utah"
        places = 1
        while places < len(gap) and places <= _BRACKET_WORDS and gap[places][:1].isupper():
            places += 1
        gap = gap[places:] if places > 1 else gap
    return bool(gap) and all(word in _ROLE_JOINERS for word in gap)


def _read_run(
    text: str,
    toks: list[Tok],
    run: tuple[int, int],
    prefix: Prefix | None,
    headline: bool,
    sink: list[Rejection] | None = None,
) -> _Candidate | _Lone | None:
    """A run of name words as a candidate, or as a lone surname with no title that waits."""
    parts = _parts(toks, *run)
    if parts is None:
        return None
    if not parts.full and (prefix is None or prefix.plural):
        return _Lone(parts.surname, toks, run, headline)
    return _candidate(text, toks, run, prefix, headline, parts, sink)


# A verb of saying right after a name: "Ann Lee said", "Ann Lee, 42, told".
_SAYS_AFTER = re.compile(
    r",?\s{1,3}(?:(?:\d{1,3}|also),?\s{1,3})?(?:said|says|told|tells|added|wrote)\b"
)


def _confirmed(text: str, c: _Candidate, lone: set[str]) -> bool:
    """Whether a full name whose first word is no given name we know ("Zephyr Teachout", but
    also "Best Buy", "Enola Gay") is a person's: it has a title or an apposition, the article
    names that surname alone elsewhere, or a verb of saying follows it."""
    first = c.name.split(" ", 1)[0]
    if c.titled or len(first.rstrip(".")) == 1 or given_name(first) is not None:
        return True
    return c.surname in lone or _SAYS_AFTER.match(text, c.end, c.end + 20) is not None


_LIST_JOINT = re.compile(r"\s{0,2}(?:,\s{1,3}(?:and\s{1,3})?|\s(?:and|or)\s{1,3})")


def _introduced(
    text: str, strong: list[_Candidate], lone: set[str], sink: list[Rejection]
) -> set[str]:
    """The full names that introduce people: each `_confirmed`, or listed right beside one
    that is ("Ann Lee, Zephyr Teachout and Omar Said")."""
    confirmed = [_confirmed(text, c, lone) for c in strong]
    names = {c.name for c, ok in zip(strong, confirmed, strict=True) if ok}
    for index, c in enumerate(strong):
        if confirmed[index] or c.name in names:
            continue
        if any(_listed(text, strong[other], c) for other in _neighbours(index, confirmed)):
            names.add(c.name)
            continue
        first = c.name.split(" ", 1)[0]
        reason = f"'{first}' is no given name, and nothing else says it is a person"
        sink.append(Rejection(c.start, c.end, text[c.start : c.end], reason))
    return names


def _neighbours(index: int, confirmed: list[bool]) -> list[int]:
    around = (index - 1, index + 1)
    return [other for other in around if 0 <= other < len(confirmed) and confirmed[other]]


def _listed(text: str, a: _Candidate, b: _Candidate) -> bool:
    """Whether two names stand side by side in a list: only a comma or "and" between them."""
    first, second = (a, b) if a.end <= b.start else (b, a)
    if second.start < first.end or second.start - first.end > 8:
        return False
    return _LIST_JOINT.fullmatch(text, first.end, second.start) is not None


def _sex(name: str) -> str | None:
    """The sex the name's given name goes with ("m", "f", "?"), None when unknown."""
    return given_name(name.split(" ", 1)[0])


def _owner(text: str, fulls: list[_Candidate], lone: _Candidate) -> str | None:
    """The full name a surname refers to; None when none or several people have that surname.
    An honorific that tells a sex ("Mrs.") picks among them by given name, and refuses one of
    the other sex; a titled surname is no "Jr."'s or "Sr."'s when his own role differs
    ("President Vance" beside "Robert Vance Jr"), nor anyone's introduced with no role
    ("President Obama" beside "Sasha Obama")."""
    honorific = text[lone.start : lone.end].split(" ", 1)[0].rstrip(".")
    sex = tables.HONORIFIC_SEX.get(honorific)
    names = {full.name for full in fulls}
    if sex is not None:
        names = {name for name in names if _sex(name) in (sex, "?", None)}
    if len(names) != 1:
        return None
    owner = names.pop()
    if lone.role is None or not lone.titled:  # "Okafor, a winger" names the Okafor introduced
        return owner
    roles = {full.role for full in fulls if full.name == owner} - {None}
    if owner.split()[-1] in SUFFIXES:
        return owner if lone.role in roles else None
    if not roles:  # "President Obama" is no "Sasha Obama" introduced with no role
        return None
    return owner


def _specific(role: str | None, other: str | None) -> str | None:
    """The more specific of two roles a person is given: the one of more words, else the
    first."""
    if role is None or (other is not None and len(other.split()) > len(role.split())):
        return other
    return role


def find_people(article: Article) -> tuple[PersonRef, ...]:
    """Every reference to a person in the article's content, in text order (see module doc)."""
    return _read_people(article)[0]


def rejected_names(article: Article) -> tuple[Rejection, ...]:
    """The runs of capitalised words read as names and refused, each with its reason."""
    return _read_people(article)[1]


@lru_cache(maxsize=256)
def _read_people(article: Article) -> tuple[tuple[PersonRef, ...], tuple[Rejection, ...]]:
    text = article.text
    stems: set[str] = set()
    sink: list[Rejection] = []
    found = [
        candidate
        for sentence in split_sentences(article)
        for candidate in _sentence_candidates(text, sentence.start, sentence.end, stems, sink)
    ]
    candidates = [c for c in found if isinstance(c, _Candidate)]
    # A name that also opens an organisation's name ("Van Dijk" and "Van Dijk Bakeries") is
    # the organisation's, unless a title or an apposition makes it a person's somewhere.
    organisations = stems - {c.name for c in candidates if c.titled}
    lone = {item.surname for item in found if not isinstance(item, _Candidate) or not item.full}
    strong = [c for c in candidates if c.full and c.strong and c.name not in organisations]
    introduced = _introduced(text, strong, lone, sink)
    by_surname: dict[str, list[_Candidate]] = {}
    by_given: dict[str, list[_Candidate]] = {}
    for c in candidates:
        if c.full and c.name in introduced:
            for key in {c.surname, c.surname.split()[0]}:  # "Kennedy Jr" and "Kennedy"
                by_surname.setdefault(key, []).append(c)
            first = c.name.split(" ", 1)[0]
            if given_name(first) is not None and first.lower() not in places():
                by_given.setdefault(first, []).append(c)  # not "Paris" of Paris Hilton
    for first, fulls in by_given.items():  # "Marianne" alone for Marianne Holt
        if first not in by_surname and len({full.name for full in fulls}) == 1:
            by_surname[first] = fulls
    resolved = _resolve(text, found, by_surname, introduced)
    known: dict[str, tuple[str | None, str | None]] = {}
    for name, c in resolved:
        role, affiliation = known.get(name, (None, None))
        known[name] = (_specific(role, c.role), affiliation or c.affiliation)
    people = tuple(
        PersonRef(name, *known[name], Span(c.start, c.end), text[c.start : c.end])
        for name, c in resolved
    )
    return people, tuple(sink)


def _resolve(
    text: str,
    found: list[_Candidate | _Lone],
    by_surname: dict[str, list[_Candidate]],
    introduced: set[str],
) -> list[tuple[str, _Candidate]]:
    """The references among the candidates, each with the full name it refers to. A lone
    surname no one has is none (an untitled one is never `strong`), so it is not even read."""
    resolved: list[tuple[str, _Candidate]] = []
    owners: dict[tuple[str, str, str | None, bool], str | None] = {}
    for item in found:
        c: _Candidate | None = item if isinstance(item, _Candidate) else None
        if isinstance(item, _Lone) and item.surname in by_surname:
            parts = _parts(item.toks, *item.run)
            if parts is not None:
                c = _candidate(text, item.toks, item.run, None, item.headline, parts)
        if c is None:
            continue
        if not c.full:  # once per surname and way of naming it, not per mention
            key = (c.surname, text[c.start : c.end].split(" ", 1)[0], c.role, c.titled)
            if key not in owners:
                owners[key] = _owner(text, by_surname.get(c.surname, []), c)
        owner = c.name if c.full else owners[key]
        if owner in introduced or (owner is None and not c.full and c.strong):
            resolved.append((owner or c.name, c))
    return resolved
