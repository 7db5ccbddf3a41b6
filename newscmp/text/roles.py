"""Titles, roles and affiliations around a name (a helper of `names`).

`parse_prefix` reads what stands before a name ("Russian Deputy Foreign Minister", "Apple CEO",
"her Russian counterpart", "Ms"); `parse_leading` an apposition before it ("the minister of
Health, Ana Torres"); `parse_appositive` what follows it (", the managing director of the IMF").
All work on `name_tokens.Tok` lists and return token indices, so the caller can build exact
spans. `canonical_role` writes a portfolio title one way ("Health Minister" and "Minister of
Health" give "Minister of Health").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newscmp.text import titles as tables
from newscmp.text.name_tokens import (
    COUNTERPARTS,
    HONORIFICS,
    MODIFIERS,
    OF,
    TITLES,
    Tok,
    country_name,
    is_name_word,
    is_org_word,
    lookup_title,
)

_ORG_CONNECTORS = frozenset({"of", "and", "for", "in", "on", "the", "&"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_FILLERS = frozenset(word.lower() for word in tables.APPOSITIVE_FILLERS)
_AGE = frozenset({"-", "–", "year-old", "years-old", "year", "old"})
_PORTFOLIO_TITLES = {title.lower(): title for title in tables.PORTFOLIO_TITLES}
_PORTFOLIOS = {portfolio.lower(): portfolio for portfolio in tables.PORTFOLIOS}
_PORTFOLIO_OF = {key.lower(): value for key, value in tables.PORTFOLIO_OF.items()}
_PORTFOLIO_BEFORE = {key.lower(): value for key, value in tables.PORTFOLIO_BEFORE.items()}
_ORG_HEADS = tables.NON_PERSON_WORDS


def _last_words(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(key.rsplit(" ", 1)[-1] for key in keys)


# The last words of titles, and of everything else `_title_in` accepts (counterparts, "minister
# of health"): most words end no title, and `_may_end_title` says so before any lookup.
_TITLE_LAST = _last_words(TITLES)
_END_WORDS = (
    _TITLE_LAST | _last_words(COUNTERPARTS) | _last_words([*_PORTFOLIOS, *_PORTFOLIO_BEFORE])
)
_APOSTROPHES = frozenset("’'")
_NOUNS_BEFORE_TITLE = 2  # common nouns that say whose the role is ("a company spokesman")
_ORG_BEFORE_TITLE = 3  # words of an organisation's name before a title ("White House")
_LOWER_SKIP = 3  # common nouns between "of the" and an organisation's name ("the operator X")


def canonical_role(title: str) -> str:
    """A portfolio title written one way: "Health Minister" and "Minister of Health" give
    "Minister of Health"; "Minister of Foreign Affairs" gives "Foreign Minister" (see
    `titles.PORTFOLIO_OF`); any other title is returned as it is."""
    words = title.split()
    if len(words) < 2:
        return title
    if words[-1].lower() in _PORTFOLIO_TITLES:  # "Health Minister"
        head, portfolio = words[-1], " ".join(words[:-1]).lower()
    elif words[0].lower() in _PORTFOLIO_TITLES and words[1].lower() == "of":
        head, rest = words[0], [word for word in words[2:] if word.lower() != "the"]
        portfolio = " ".join(rest).lower()
        if _PORTFOLIO_BEFORE.get(portfolio, "").lower() == portfolio:
            return title  # "Secretary of State" is another office than a "State Secretary"
    else:
        return title
    if portfolio not in _PORTFOLIOS and portfolio not in _PORTFOLIO_BEFORE:
        return title
    head = _PORTFOLIO_TITLES[head.casefold()]
    if portfolio in _PORTFOLIO_BEFORE:
        return f"{_PORTFOLIO_BEFORE[portfolio]} {head}"
    return f"{head} of {_PORTFOLIO_OF.get(portfolio, _PORTFOLIOS[portfolio])}"


def _portfolio_of(words: list[str]) -> str | None:
    """ "minister of (the) health" as a title: its canonical role, else None."""
    if len(words) < 3 or words[0] not in _PORTFOLIO_TITLES or words[1] != "of":
        return None
    rest = words[3:] if words[2] == "the" else words[2:]
    portfolio = " ".join(rest)
    if portfolio in _PORTFOLIOS or portfolio in _PORTFOLIO_BEFORE:
        return canonical_role(" ".join(words))
    return None


@dataclass(frozen=True, slots=True)
class Prefix:
    start: int  # token index where the reference starts
    role: str | None
    affiliation: str | None
    titled: bool  # a title, honorific or counterpart stands before the name
    plural: bool = False


@lru_cache(maxsize=1 << 14)
def _may_end_title(word: str) -> bool:
    """Whether a title `lookup_title` or `_portfolio_of` accepts can end with the lower-case
    `word`: its last word, a plural ("presidents", "coaches"), "co-chair", "president-elect"."""
    if word in _END_WORDS or word.endswith("-elect"):
        return True
    if word.endswith("s") and (len(word) < 3 or {word[:-1], word[:-2]} & _TITLE_LAST):
        return True
    return word.startswith("co-") and word[3:] in _TITLE_LAST


def _title_in(toks: list[Tok], start: int, stop: int) -> tuple[str | None, bool] | None:
    if start < 0 or stop > len(toks) or not _may_end_title(toks[stop - 1].word.lower()):
        return None
    group = toks[start:stop]
    if any(tok.poss for tok in group):
        return None
    if not all(tok.word[0].isalpha() for tok in group):
        return None
    words = [tok.word.lower() for tok in group]
    found = lookup_title(" ".join(words))
    if found is not None:
        core, plural = found
        return (canonical_role(core) if core else None), plural
    of_form = _portfolio_of(words)
    if of_form is None or (stop < len(toks) and toks[stop].word.lower() in _ORG_HEADS):
        return None  # "the secretary of the Treasury Department": the title ends before "of"
    return of_form, False


def title_before(toks: list[Tok], i: int) -> tuple[int, str | None, bool] | None:
    """The longest title (up to five words) that ends right before token `i`."""
    if i <= 0 or not _may_end_title(toks[i - 1].word.lower()):
        return None  # what `_title_in` would find for every width
    for width in range(min(5, i), 0, -1):
        found = _title_in(toks, i - width, i)
        if found is not None:
            return width, *found
    return None


def title_at(toks: list[Tok], j: int) -> tuple[int, str | None, bool] | None:
    """The longest title (up to five words) that starts at token `j`."""
    for width in range(min(5, len(toks) - j), 0, -1):
        if not _may_end_title(toks[j + width - 1].word.lower()):
            continue  # what `_title_in` would find, without the call
        found = _title_in(toks, j, j + width)
        if found is not None:
            return width, *found
    return None


def _country_in(toks: list[Tok], start: int, stop: int) -> str | None:
    group = toks[start:stop]
    if start < 0 or stop > len(toks) or any(tok.poss for tok in group[:-1]):
        return None
    if not group[0].word[0].isupper():
        return None
    return country_name(" ".join(tok.word for tok in group))


def _affiliation_before(toks: list[Tok], j: int) -> tuple[int, str | None]:
    """A country ("US", "Russia’s", "United States") or an organisation ("Apple") ending at `j`."""
    for width in (2, 1):
        country = _country_in(toks, j - width + 1, j + 1)
        if country is not None:
            return width, country
    start = j
    while start >= 0 and j - start < 4 and is_org_word(toks[start]):
        if start < j and toks[start].poss:
            break
        start -= 1
    start += 1
    if start > j or (start == j == 0 and toks[j].word.endswith("ing")):
        return 0, None  # nothing, or a verb opening the sentence ("Saying President X ...")
    return j - start + 1, " ".join(tok.word for tok in toks[start : j + 1])


def _affiliation_at(toks: list[Tok], j: int) -> tuple[int, str | None]:
    """A country or an organisation starting at `j` that stands before a title ("IMF’s")."""
    for width in (2, 1):
        country = _country_in(toks, j, j + width)
        if country is not None:
            return width, country
    stop = j
    while stop < len(toks) and stop - j < 4 and is_org_word(toks[stop]):
        stop += 1
        if toks[stop - 1].poss:
            break
    if stop > j and (toks[stop - 1].poss or title_at(toks, stop) is not None):
        return stop - j, " ".join(tok.word for tok in toks[j:stop])
    return 0, None


def _org_after(toks: list[Tok], j: int) -> tuple[int, str | None]:
    """An organisation's name at `j` ("the International Monetary Fund"): (end, name)."""
    if j < len(toks) and toks[j].word.lower() == "the":
        j += 1
    k = j
    while k < len(toks) and k - j < _LOWER_SKIP and _common_noun(toks[k]):
        k += 1  # "of the operator Wielkopolska Rail", "of the electoral service Servel"
    if k > j and k < len(toks) and is_org_word(toks[k]):
        j = k
    end = k = j
    while k < len(toks) and k - j < 10:
        if is_org_word(toks[k]):
            k = end = k + 1
            if toks[k - 1].poss:
                break
        elif toks[k].word.lower() in _ORG_CONNECTORS and k > j:
            k += 1
        else:
            break
    if end == j:
        return j, None
    name = " ".join(tok.word for tok in toks[j:end])
    return end, country_name(name) or name


def _common_noun(tok: Tok) -> bool:
    word = tok.word
    return word.isalpha() and word.islower() and word not in tables.STOP_WORDS and not tok.poss


def _owners(toks: list[Tok], j: int, width: int, stop: int) -> bool:
    """Whether the title at `j` is followed by a lone apostrophe and more words before `stop`:
    a plural possessive ("the plaintiffs’ lawyer")."""
    after = j + width
    return after + 1 < stop and toks[after].word in _APOSTROPHES


def _role_phrase(toks: list[Tok], j: int, stop: int) -> tuple[str | None, str | None] | None:
    """(role, affiliation) when `toks[j:stop]` is nothing but a role: "[org's] [modifiers]
    title [of|for [the] organisation or place]", else None."""
    affiliation = None
    if j < stop and toks[j].poss:  # "the federation's secretary general", "Apple's CEO"
        word = toks[j].word
        affiliation = country_name(word) or (word if word[0].isupper() else None)
        j += 1
    mods: list[str] = []
    named: list[str] = []
    nouns = 0
    title = None
    while j < stop and ((title := title_at(toks, j)) is None or _owners(toks, j, title[0], stop)):
        if title is not None:  # "the plaintiffs’ lawyer": a plural possessive, not the role
            j, title = j + title[0] + 1, None
            continue
        low = toks[j].word.lower()
        if low in MODIFIERS:
            mods.append(MODIFIERS[toks[j].word.casefold()])
        elif is_org_word(toks[j]) and len(named) < _ORG_BEFORE_TITLE and not toks[j].poss:
            named.append(toks[j].word)  # "the Senate majority leader", "the former F.B.I. director"
        elif _common_noun(toks[j]) and nouns < _NOUNS_BEFORE_TITLE:
            nouns += 1  # "a company spokesman", "the campaign manager"
            if j + 1 < stop and toks[j + 1].word in _APOSTROPHES:
                j += 1  # "the plaintiffs’ lawyer"
        else:
            return None
        j += 1
    if named and affiliation is None:
        affiliation = country_name(" ".join(named)) or " ".join(named)
    if j >= stop or title is None or title[1] is None:
        return None
    width, core, _ = title
    j += width
    if j + 1 < stop and toks[j].word in OF:
        end, org = _org_after(toks, j + 1)
        if org is None:  # "the president of the firm": no name, but still a role
            end = j + 1 + (toks[j + 1].word.lower() == "the")
            while end < stop and end - j <= _LOWER_SKIP + 1 and _common_noun(toks[end]):
                end += 1
        affiliation, j = org or affiliation, end
    if j != stop or core is None:
        return None
    return " ".join([*mods, core]), affiliation


def parse_leading(toks: list[Tok], i: int) -> Prefix | None:
    """A role told in an apposition before the name at token `i`: "the minister of Health,
    Ana Torres", "His lawyer, Jane Doe", "The presidents of Peru, Ana Lee, and ...", "the Senate
    majority leader, Ana Lee", "Acme's chief executive, Ana Lee"."""
    if i < 3 or toks[i - 1].word != ",":
        return None
    comma = i - 1
    for start in range(comma - 2, max(-1, comma - 14), -1):
        if toks[start].poss and toks[start].word[0].isupper():  # "Mr. Obama's adviser, X"
            found = _role_phrase(toks, start, comma)
            if found is not None:
                return Prefix(start, found[0], found[1], True)
            continue
        if toks[start].word.lower() not in _DETERMINERS:
            continue
        found = _role_phrase(toks, start + 1, comma)
        if found is not None:
            return Prefix(start + 1, found[0], found[1], True)
    return None


_HONORIFIC, _TITLE_END = "honorific", "title end"


@lru_cache(maxsize=1 << 14)
def _before_name(word: str) -> str | None:
    """What the word right before a name can be: an honorific ("Ms"), the last word of a title
    (`_may_end_title`), or neither (None)."""
    low = word.lower()
    if low in HONORIFICS and word[0].isupper():
        return _HONORIFIC
    return _TITLE_END if _may_end_title(low) else None


def parse_prefix(toks: list[Tok], i: int) -> Prefix | None:
    """The title, honorific or counterpart right before the name at token `i`, if any."""
    if i == 0:
        return None
    before = _before_name(toks[i - 1].word)
    if before == _HONORIFIC:
        return Prefix(i - 1, None, None, True)
    if before is None:
        return None  # no title ends before the name: most names
    title = title_before(toks, i)
    if title is None:
        return None
    width, core, plural = title
    j, mods, affiliation = i - width - 1, list[str](), None
    while j >= 0 and i - j < 12:
        tok = toks[j]
        low = tok.word.lower()
        if core and low in MODIFIERS and (tok.word[0].isupper() or low not in tables.STOP_WORDS):
            mods.insert(0, MODIFIERS[low])
            j -= 1
            continue
        if affiliation is not None:
            break
        width, affiliation = _affiliation_before(toks, j)
        if width == 0:
            break
        j -= width
    role = " ".join([*mods, core]) if core else None
    return Prefix(j + 1, role, affiliation, True, plural)


_OWNER_WORDS = 3  # words of a name that owns a role ("President Ann Lee's adviser")


def _owned_title(toks: list[Tok], j: int) -> tuple[str, tuple[int, list[str], str | None]] | None:
    """After a title, a name ending in a possessive and then a role ("President Lee's national
    security adviser"): (the owner's name, (end token, modifiers, title)), else None."""
    k = j
    while k < len(toks) and k - j < _OWNER_WORDS and is_name_word(toks[k]) and not toks[k].poss:
        k += 1
    if k >= len(toks) or not toks[k].poss or not is_name_word(toks[k]):
        return None
    owner = " ".join(tok.word for tok in toks[j : k + 1])
    k += 1
    mods: list[str] = []
    while k < len(toks) and toks[k].word.lower() in MODIFIERS:
        mods.append(MODIFIERS[toks[k].word.lower()])
        k += 1
    title = title_at(toks, k) if k < len(toks) else None
    if title is None:
        return None
    return owner, (k + title[0], mods, title[1])


def parse_appositive(toks: list[Tok], end: int) -> tuple[int, str | None, str | None] | None:
    """ "Name, the managing director of the IMF": (end token, role, affiliation), or None."""
    if end + 2 > len(toks) or toks[end].word != ",":
        return None
    j = end + 1
    if toks[j].word.lower() in _DETERMINERS:
        j += 1
    mods, affiliation = list[str](), None
    while (title := title_at(toks, j)) is None:
        if j >= len(toks) or j - end > 8:
            return None
        low = toks[j].word.lower()
        if low in _FILLERS or low in _AGE or low.isdigit() or low.endswith("-old"):
            j += 1  # "a 22-year-old striker", "a young lawyer"
            continue
        if toks[j].poss and low.isalpha() and toks[j].word.islower():
            j += 1  # "the women's lawyer": whose, not which
            continue
        if low in MODIFIERS:
            mods.append(MODIFIERS[low])
            j += 1
            continue
        width, found = _affiliation_at(toks, j)
        if width == 0 or affiliation is not None or j - end > 8:
            return None
        affiliation, j = found, j + width
    width, core, _ = title
    j += width
    if j < len(toks) and is_name_word(toks[j]):
        # "X, President Lee's national security adviser": the title and name own the role
        owned = _owned_title(toks, j) if affiliation is None else None
        if owned is None:
            return None  # the title belongs to the next name: "met Ann Lee, President Omar Said"
        affiliation, (j, mods, core) = owned
    if j + 1 < len(toks) and toks[j].word in OF:
        stop, org = _org_after(toks, j + 1)
        if org is not None:  # "of the IMF" outranks all but a country named before the title
            keep = affiliation is not None and country_name(affiliation) is not None
            j, affiliation = stop, affiliation if keep else org
    role = " ".join([*mods, core]) if core else None
    return j, role, affiliation
