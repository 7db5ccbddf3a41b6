"""Signs that a run of capitalised words names no person, read by `newscmp.text.names`.

A photo credit or a byline ("Agency / Jane Doe", "AP - Jane Doe", "By Jane Doe") is never a
person (`_is_credit`); a name on a photo caption's line counts only when the story names the
same person too (`_in_caption`). A run is no person's name when a word of it heads an
organisation, a place or an event, when a word after the first is a country's name, or when the
whole run is a place's or a country's name (`_plausible_name`); nor, without a title, is a full
name after "the", "near" or "of" and a capitalised word (`_untitled_doubt`). The words an
organisation's name starts with (`_organisation_stem`: "Van Dijk" of "Van Dijk Bakeries") are
the organisation's, not a person's, unless a title makes them a person's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from newscmp.text import titles as tables
from newscmp.text.given_names import given_name
from newscmp.text.name_tokens import (
    OF,
    PARTICLES,
    SUFFIXES,
    TITLE_WORDS,
    Tok,
    country_name,
    is_initial,
    places,
    tokens,
)

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
_DETERMINERS_BEFORE = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Words after which untitled capitalised words name a place: "near Marquês de Pombal".
_CLAUSE_THAT = frozenset({"that", "That"})  # "said that Jane Doe ...": no determiner then
_LOCATIVES_BEFORE = frozenset({"near", "outside", "opposite", "via"})
# A photo caption's line ("Commuters queue at X. Photo: Jane Roe / Agency"): the names in it
# count only when the story names the same people.
_CAPTION = re.compile(r"\b(?i:photo(?:graph)?s?|pictures?|images?)\s{0,3}(?:by\b|:)")
# What every `_CAPTION` starts with: a letter that (?i) "p" or "i" matches, then the rest.
_CAPTION_WORD = re.compile(r"[PpIi\u0130\u0131](?i:hoto|icture|mage)")


# A byline's or a contact line's words after a name ("Jane Doe can be reached at", "Jane Doe
# contributed to this report", "Jane Doe is a staff writer") or before it ("Contact Jane Doe",
# "Follow Jane Doe on", "Associated Press writer Jane Doe").
_CONTACT_AFTER = re.compile(
    r"[\s,]{1,3}(?:can|may|could) be (?:reached|contacted)\b"
    r"|[\s,]{1,3}(?:also )?contributed(?: reporting\b| to (?:this|the) (?:report|story)\b|\.)"
    r"|[\s,]{1,3}is an? (?:staff|senior|contributing|freelance) "
    r"(?:writer|reporter|correspondent|columnist|editor)\b"
    r"|\s{0,2}\(@"
)
_CONTACT_BEFORE = re.compile(
    r"(?:\b(?:[Cc]ontact|[Ff]ollow|[Ee]-?mail|[Rr]each|[Ww]rite to)"
    r"|\b(?:Press|AP|Reuters|AFP) (?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?)(?: and)?"
    r"|\b(?:[Rr]eporting|[Ww]ritten|[Ee]dited|[Cc]ompiled) by:?)\s{1,3}$"
)
_QUOTE_OPENERS = frozenset("\"“‘'«")
_QUOTE_CLOSERS = frozenset("\"”’'»")


def is_contact(text: str, start: int, end: int) -> bool:
    """Whether a name signs the article or says how to reach its writer: "Jane Doe can be
    reached at", "Contact Jane Doe", "Jane Doe contributed to this report"."""
    if _CONTACT_AFTER.match(text, end, min(len(text), end + 60)) is not None:
        return True
    return _CONTACT_BEFORE.search(text[max(0, start - 40) : start]) is not None


def is_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the name's words are all a quotation holds: a title in quotation marks ("Get
    Out", "Higher Ground")."""
    return (
        start > 0
        and end < len(text)
        and given_name(text[start:end].split(" ", 1)[0]) is None
        and text[start - 1] in _QUOTE_OPENERS
        and text[end : end + 1] in _QUOTE_CLOSERS
    )


@lru_cache(maxsize=16)
def _lower_words(text: str) -> frozenset[str]:
    """The words the article writes in lower case: a capitalised word among them is a common
    word ("Quit", "Higher") where it opens a run, not a given name."""
    return frozenset(_LOWER_WORD.findall(text))


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]{2,}(?![\w’'-])")


def not_given(word: str, text: str) -> str | None:
    """Why the first word of a run is no given name, or None when it may be one: it is a
    common word of the article, a maker of products, or a place ("Arizonan" too)."""
    if given_name(word) is not None:
        return None
    low = word.lower()
    if low in tables.PRODUCT_MAKERS:
        return f"'{word}' makes products"
    if low in _lower_words(text):
        return f"'{word}' is a common word in this article"
    if _region(word) or (len(low) > 5 and (_region(word[:-1]) or _region(word[:-2]))):
        return f"'{word}' names a state or a country"
    return None


def _region(word: str) -> bool:
    """A country, a US state or a continent ("Texas", "Arizona" of "Arizonan"); not a city,
    since many towns bear given names ("Merrick")."""
    return country_name(word) is not None or places().region(word.lower())


def untitled_reason(text: str, toks: list[Tok], i: int, end: int) -> str | None:
    """Why an untitled full name at `toks[i:end]` names no person, or None."""
    first, last = toks[i], toks[end - 1]
    given = given_name(first.word) is not None
    if _untitled_doubt(toks, i) and not (given and toks[i - 1].word in _CLAUSE_THAT):
        return f"'{toks[i - 1].word}' before it: the name of a thing"
    if is_initial(first) or given:
        return None
    if last.word.lower() in TITLE_WORDS:
        return f"'{first.word}' is no given name and '{last.word}' a title"
    return not_given(first.word, text)


def implausible_reason(name: str, full: bool) -> str:
    """Why `_plausible_name` refused a name (told only for a refused one)."""
    words = name.split()
    skip = 1 if full and given_name(words[0]) is not None else 0
    for word in words[skip:]:
        if not _person_word(word.strip(".,’'")):
            return f"'{word}' heads an organisation, place or event"
    for word in words[1:]:
        if _country_word(word):
            return f"'{word}' names a country"
    return "a place's or a country's name" if len(words) < 6 else "too many words for a name"


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
    if len(core) > 5:
        return False
    # A given name first is a person's even where it heads things elsewhere ("Bill Hartley").
    skip = 1 if full and given_name(core[0].word) is not None else 0
    if not all([_person_word(tok.word) for tok in core[skip:]]):
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


def _untitled_doubt(toks: list[Tok], i: int) -> bool:
    """Signs that an untitled run of capitalised words is not a person: "the Golden Rule",
    "Centers for Disease Control"."""
    if i == 0:
        return False
    before = toks[i - 1].word
    if before.lower() in _DETERMINERS_BEFORE or before in _LOCATIVES_BEFORE:
        return True
    return before in OF and i >= 2 and toks[i - 2].word[0].isupper()


def _organisation_stem(toks: list[Tok]) -> str | None:
    """The words before an organisation's head word ("Van Dijk" of "Van Dijk Bakeries")."""
    for index, tok in enumerate(toks[1:], 1):
        if tok.word.lower() in tables.NON_PERSON_WORDS:
            return " ".join(tok.word for tok in toks[:index])
    return None
