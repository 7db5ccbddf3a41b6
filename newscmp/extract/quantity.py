"""Numbers that count something: "some 100,000 soldiers", "$334 million", "a death toll of 11".

A quantity is a number with what it counts: a plural noun phrase after it ("100,000 French
troops" -> unit "french troops"), a hyphenated noun ("a 57-nation organisation" -> "nations"), a
currency ("$334 million" -> "USD"), a share ("60% of Canadians" -> "percent of canadians"), a
toll ("a death toll of 11" -> "deaths") or casualties ("five people were killed" -> "people
killed"). Words like "dozens of protesters" give a vague quantity with no amount.

Left out, for precision: lengths of time ("eight hours", which are durations; "15 years" in
prison, a penalty), ages, years and dates (`find_numbers` never returns them), a number with no
plural noun after it ("Chapter 11", "2 min"), and numbers below 3 that count generic things ("two
sides", "one meeting") — only people, casualties, money and shares are counted that low.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newscmp.model import Article, Kind, Mention, Qualifier, QuantityValue, Span
from newscmp.text.numbers import SCALES, NumberRef, find_numbers
from newscmp.text.qualifiers import HEDGES_BEFORE, qualifier_after, qualifier_before
from newscmp.text.sentences import split_sentences
from newscmp.text.units import (
    CURRENCIES,
    MEASURES,
    TIME_UNITS,
    UNIT_SPELLINGS,
    looks_plural,
    plural,
    singular,
)

# Words that end a counted noun phrase ("100,000 troops massed *on* the border").
# fmt: off
STOP_WORDS: frozenset[str] = frozenset([
    "of", "in", "on", "at", "to", "for", "with", "from", "by", "and", "or", "but", "nor", "that",
    "which", "who", "whom", "whose", "were", "was", "are", "is", "be", "been", "being", "have",
    "has", "had", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does",
    "did", "said", "says", "say", "than", "as", "into", "onto", "over", "under", "after",
    "before", "during", "since", "this", "these", "those", "its", "their", "his", "her", "our",
    "your", "my", "per", "times", "then", "there", "here", "when", "where", "while", "if",
    "because", "so", "also", "already", "still", "just", "only", "even", "about", "around",
    "across", "against", "between", "through", "a", "an", "it", "them", "us", "you", "all",
    "resulted",
])
# fmt: on
# Hyphenated nouns after a number that do not count things ("a 100,000-strong army").
NOT_COUNTED: frozenset[str] = frozenset(
    {"strong", "odd", "plus", "fold", "magnitude", "old", "star"}
)
# Words saying what befell the counted people ("five people were killed", "11 dead"). Below three,
# only these (and money and shares) are counted: "two sides", "one meeting", "one life" are not.
CASUALTY_WORDS: tuple[str, ...] = (
    "killed", "dead", "died", "injured", "wounded", "hurt", "missing", "arrested", "detained",
    "evacuated",
)  # fmt: skip
# Verbs before a number that say what befell the people counted ("killing at least 30 people",
# "injuring more than 200"), or what they are ("employs 18,000 people"): the word for the unit.
COUNT_VERBS: dict[str, str] = {
    "killing": "killed", "killed": "killed", "kills": "killed", "kill": "killed",
    "injuring": "injured", "injured": "injured", "injures": "injured", "wounding": "wounded",
    "wounded": "wounded", "wounds": "wounded", "hurting": "hurt", "employ": "employees",
    "employs": "employees", "employing": "employees", "employed": "employees",
}  # fmt: skip
# Counted nouns that say no more than "people": a verb's word replaces them ("employees").
GENERIC_PEOPLE: frozenset[str] = frozenset({"people", "persons", "individuals", "others"})
# Nouns for the people at an event, before "of" and a number ("a crowd of 35,000").
CROWD_WORDS: tuple[str, ...] = ("crowd", "attendance", "audience")
_MAX_MODIFIERS = 2

_SP = "[ \u00a0]"
_WORD = r"[A-Za-z][\w'’-]*"
_NEXT_WORD = re.compile(rf"{_SP}+(?P<word>{_WORD})")
_SIGNS = sorted((k for k in CURRENCIES if not k.isalpha() or k.isupper()), key=len, reverse=True)
_SIGN_ALT = "|".join(re.escape(k) + (f"{_SP}+" if k.isalpha() else "") for k in _SIGNS)
_CURRENCY_BEFORE = re.compile(rf"(?<![A-Za-z])(?P<sign>{_SIGN_ALT})$")
_NAMES = sorted((k for k in CURRENCIES if k.replace(" ", "").isalpha()), key=len, reverse=True)
_NAME_ALT = "|".join(re.escape(k).replace(r"\ ", f"{_SP}+") for k in _NAMES)
_CURRENCY_AFTER = re.compile(rf"{_SP}+(?P<word>{_NAME_ALT})\b")
_PERCENT = re.compile(rf"{_SP}?%|{_SP}+per{_SP}?cent\b|{_SP}+percent\b", re.IGNORECASE)
_OF = re.compile(rf"{_SP}+of(?={_SP})", re.IGNORECASE)
_TOLL = re.compile(
    rf"\b(?P<what>death|casualty|fatality){_SP}+toll\b[^.;:\d]{{0,40}}$", re.IGNORECASE
)
_CASUALTY = re.compile(
    rf"(?:{_SP}+(?:were|was|are|have|had|has|been|being|reported|confirmed|resulted)){{0,3}}"
    rf"{_SP}+(?P<word>{'|'.join(CASUALTY_WORDS)})\b",
    re.IGNORECASE,
)
_LIVES_LOST = re.compile(rf"{_SP}+lost{_SP}+(?:their|the|his|her|its){_SP}+li(?:fe|ves)\b")
_COUNT_VERB = re.compile(rf"\b(?P<verb>{'|'.join(COUNT_VERBS)}){_SP}+$", re.IGNORECASE)
_CROWD = re.compile(rf"\b(?:{'|'.join(CROWD_WORDS)}){_SP}+of{_SP}+$", re.IGNORECASE)
_MEASURE_BEFORE = re.compile(rf"\b(?:{'|'.join(MEASURES)})[ -]$", re.IGNORECASE)
# A prison term: "four years in prison", "five years of prison", "a 10-year prison sentence".
_PRISON = re.compile(
    rf"(?:{_SP}+|-)(?P<unit>year|month)s?(?:{_SP}+(?:in|of|behind){_SP}+(?:prison|jail|bars)"
    rf"|{_SP}+(?:prison|jail){_SP}+(?:sentence|term))\b",
    re.IGNORECASE,
)
_COMPOUND = re.compile(rf"-(?P<noun>[A-Za-z]+)(?![\w-])(?={_SP}+[A-Za-z])")
_VAGUE_HEDGES = sorted((h for h in HEDGES_BEFORE if h.endswith(" of")), key=len, reverse=True)
_VAGUE_COUNT = re.compile(
    rf"\b(?:{'|'.join(h.replace(' ', f'{_SP}+') for h in _VAGUE_HEDGES)})(?={_SP})", re.IGNORECASE
)

Found = tuple[int, int, QuantityValue]


def extract_quantities(article: Article) -> list[Mention]:
    """Every number in the article that counts something, with what it counts, in text order."""
    mentions: list[Mention] = []
    for sentence in split_sentences(article):
        for start, end, value in _pick(_find_in(sentence.text)):
            span = Span(sentence.start + start, sentence.start + end)
            text = article.text[span.start : span.end]
            mentions.append(Mention(Kind.QUANTITY, article.id, text, span, value))
    return mentions


def _find_in(text: str) -> Iterator[Found]:
    for ref in find_numbers(text):
        if _MEASURE_BEFORE.search(text, max(0, ref.start - 12), ref.start):
            continue  # "magnitude 7.0": a measurement
        qualifier, start = qualifier_before(text, ref.start)
        found = (
            _money(text, ref, qualifier)
            or _percent(text, ref, qualifier, start)
            or _toll(text, ref, qualifier, start)
            or _prison(text, ref, qualifier, start)
            or _compound(text, ref, qualifier, start)
            or _counted(text, ref, qualifier, start)
        )
        if found is not None and _is_kept(found[2]):
            yield found
    yield from _vague_counts(text)


def _pick(candidates: Iterator[Found]) -> list[Found]:
    """The longest of overlapping candidates, the earliest first."""
    ordered = sorted(candidates, key=lambda found: (found[0], found[0] - found[1]))
    picked: list[Found] = []
    for found in ordered:
        if not picked or found[0] >= picked[-1][1]:
            picked.append(found)
    return picked


def _is_kept(value: QuantityValue) -> bool:
    """Counts only: no measurements ("40 kilometres"), no bare shares ("rose 6%": the README's
    percentages), and below three only people, casualties and money."""
    unit = value.unit or ""
    words = unit.split(" ")
    if words[0] in MEASURES or words[-1] in MEASURES or unit == "percent":
        return False
    if value.amount is None or value.amount >= 3 or unit.isupper() or unit.startswith("percent"):
        return True
    return words[-1] in CASUALTY_WORDS or unit.endswith("in prison")


def _money(text: str, ref: NumberRef, qualifier: Qualifier) -> Found | None:
    sign = _CURRENCY_BEFORE.search(text, max(0, ref.start - 6), ref.start)
    if sign is not None:
        qualifier, start = qualifier_before(text, sign.start())
        code = CURRENCIES[sign["sign"].strip()]
        return start, ref.end, QuantityValue(ref.value, code, qualifier)
    word = _CURRENCY_AFTER.match(text, ref.end)
    if word is None:
        return None
    _, start = qualifier_before(text, ref.start)
    code = CURRENCIES[" ".join(word["word"].split())]
    return start, word.end(), QuantityValue(ref.value, code, qualifier)


def _percent(text: str, ref: NumberRef, qualifier: Qualifier, start: int) -> Found | None:
    sign = _PERCENT.match(text, ref.end)
    if sign is None:
        return None
    end, unit = sign.end(), "percent"
    of = _OF.match(text, end)
    phrase = _noun_phrase(text, of.end(), need_plural=False) if of else None
    if phrase is not None:
        end, unit = phrase[0], f"percent of {phrase[1]}"
    return start, end, QuantityValue(ref.value, unit, qualifier)


def _toll(text: str, ref: NumberRef, qualifier: Qualifier, start: int) -> Found | None:
    """ "a death toll of 11"; "a crowd of 35,212" (spectators, when no noun says who)."""
    toll = _TOLL.search(text, max(0, start - 60), start)
    if toll is None:
        crowd = _CROWD.search(text, max(0, start - 20), start)
        if crowd is None or _noun_phrase(text, ref.end, need_plural=True) is not None:
            return None
        return crowd.start(), ref.end, QuantityValue(ref.value, "spectators", qualifier)
    unit = "deaths" if toll["what"].lower() != "casualty" else "casualties"
    return toll.start(), ref.end, QuantityValue(ref.value, unit, qualifier)


def _prison(text: str, ref: NumberRef, qualifier: Qualifier, start: int) -> Found | None:
    """ "four years in prison", "a 10-year prison sentence": the length of a prison term."""
    term = _PRISON.match(text, ref.end)
    if term is None:
        return None
    unit = f"{term['unit'].lower()}s in prison"
    return start, term.end(), QuantityValue(ref.value, unit, qualifier)


def _compound(text: str, ref: NumberRef, qualifier: Qualifier, start: int) -> Found | None:
    """ "a 57-nation organisation": the hyphenated noun is what the number counts."""
    match = _COMPOUND.match(text, ref.end)
    if match is None:
        return None
    noun = match["noun"].lower()
    if noun in NOT_COUNTED or noun in TIME_UNITS:
        return None
    return start, match.end(), QuantityValue(ref.value, plural(noun), qualifier)


def _counted(text: str, ref: NumberRef, qualifier: Qualifier, start: int) -> Found | None:
    """ "100,000 French troops", "five people were killed", "11 dead"."""
    position = ref.end
    after = qualifier_after(text, position)
    if after is not None and qualifier is Qualifier.EXACT:
        qualifier, position = after
    phrase = _noun_phrase(text, position, need_plural=ref.value != 1)
    end, unit = phrase if phrase is not None else (position, "")
    casualty = _CASUALTY.match(text, end)
    lost = _LIVES_LOST.match(text, end)
    verb = _COUNT_VERB.search(text, max(0, start - 12), start)
    if casualty is not None and (phrase is None or casualty["word"].lower() not in unit):
        end, unit = casualty.end(), _verb_unit(unit, casualty["word"].lower())
    elif lost is not None:
        end, unit = lost.end(), _verb_unit(unit, "killed")
    elif verb is not None:
        unit = _verb_unit(unit, COUNT_VERBS[verb["verb"].lower()])
    if not unit or unit.split(" ")[-1] in TIME_UNITS:
        return None
    words = [UNIT_SPELLINGS.get(word, word) for word in unit.split(" ")]
    return start, end, QuantityValue(ref.value, " ".join(words), qualifier)


def _verb_unit(unit: str, word: str) -> str:
    """The unit of a number after a verb: "people killed", "injured", "employees"."""
    if word == "employees":
        return word if not unit or unit in GENERIC_PEOPLE else unit
    if unit in GENERIC_PEOPLE:  # "five others were wounded": five people
        unit = "people"
    return unit if word in unit else f"{unit} {word}".strip()


def _noun_phrase(text: str, position: int, need_plural: bool) -> tuple[int, str] | None:
    """The counted noun phrase starting at `position`: up to two modifiers and a plural head.

    Returns where it ends and its words in lower case. Without `need_plural`, a phrase with no
    plural head is all the words read ("60% of the Hispanic vote").
    """
    words: list[str] = []
    end = position
    while len(words) <= _MAX_MODIFIERS + 1:
        match = _NEXT_WORD.match(text, end)
        if match is None or _ends_phrase(match["word"], bool(words)):
            break
        words.append(match["word"].lower())
        end = match.end()
        if _is_head(match["word"], text, end, len(words)):
            return end, " ".join(words)
    if need_plural or not [word for word in words if word != "the"]:
        return None
    return end, " ".join(words)


def _ends_phrase(word: str, started: bool) -> bool:
    lowered = word.lower()
    return lowered in STOP_WORDS or (lowered == "the" and started)


def _is_head(word: str, text: str, end: int, count: int) -> bool:
    """A plural noun that ends the phrase; reads on past one before another plural noun
    ("Texas landowners", "police officers", "news outlets")."""
    if word.lower() == "the" or not looks_plural(word) or singular(word) in SCALES:
        return False
    after = _NEXT_WORD.match(text, end)
    following = after["word"] if after is not None else ""
    if count <= _MAX_MODIFIERS and looks_plural(following) and following.lower() not in STOP_WORDS:
        return False
    return not (word[:1].isupper() and word.lower().endswith("as"))


def _vague_counts(text: str) -> Iterator[Found]:
    """ "dozens of protesters", "tens of thousands of people": a count with no amount."""
    for match in _VAGUE_COUNT.finditer(text):
        phrase = _noun_phrase(text, match.end(), need_plural=True)
        if phrase is not None and phrase[1].split(" ")[-1] not in TIME_UNITS:
            yield match.start(), phrase[0], QuantityValue(None, phrase[1], Qualifier.VAGUE)
