"""The readings of a number that a sign or a set word beside it fixes, for `extract.quantity`.

A currency ("$334 million" -> "USD"), a share ("60% of Canadians" -> "percent of canadians"), a
toll ("a death toll of 11" -> "deaths") or a crowd ("a crowd of 35,212" -> "spectators"), a
prison term ("four years in prison"), a hyphenated noun ("a 57-nation organisation" ->
"nations"); a bare number that counts what the number before it counted ("52,300 votes against
48,210"; "the runner-up received 48,210." after a sentence about votes); and a vague count with
no amount ("dozens of protesters"), unless a modal makes it a hope ("will need to sell tens of
thousands of cars"). Each reader of a number takes the sentence, the number and the hedge
before it, and returns what it found or None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newscmp.model import Qualifier, QuantityValue
from newscmp.text.numbers import NumberRef
from newscmp.text.pieces import SPACE, WORD
from newscmp.text.qualifiers import HEDGES_BEFORE, qualifier_before
from newscmp.text.units import CURRENCIES, RECEIVING_VERBS, TIME_UNITS, noun_phrase, plural

# Hyphenated nouns after a number that do not count things ("a 100,000-strong army").
NOT_COUNTED: frozenset[str] = frozenset(
    {"strong", "odd", "plus", "fold", "magnitude", "old", "star"}
)
# Nouns for the people at an event, before "of" and a number ("a crowd of 35,000").
CROWD_WORDS: tuple[str, ...] = ("crowd", "attendance", "audience")

_SP = SPACE
_WORD = WORD
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
_CROWD = re.compile(rf"\b(?:{'|'.join(CROWD_WORDS)}){_SP}+of{_SP}+$", re.IGNORECASE)
# A prison term: "four years in prison", "five years of prison", "a 10-year prison sentence".
_PRISON = re.compile(
    rf"(?:{_SP}+|-)(?P<unit>year|month)s?(?:{_SP}+(?:in|of|behind){_SP}+(?:prison|jail|bars)"
    rf"|{_SP}+(?:prison|jail){_SP}+(?:sentence|term))\b",
    re.IGNORECASE,
)
_COMPOUND = re.compile(rf"-(?P<noun>[A-Za-z]+)(?![\w-])(?={_SP}+[A-Za-z])")
# The hedges that stand for a count ("dozens of"), longest first.
VAGUE_HEDGES: list[str] = sorted(
    (h for h in HEDGES_BEFORE if h.endswith(" of")), key=len, reverse=True
)
_VAGUE_COUNT = re.compile(
    rf"\b(?:{'|'.join(h.replace(' ', f'{_SP}+') for h in VAGUE_HEDGES)})(?={_SP})", re.IGNORECASE
)
_CONTRAST = re.compile(rf"{_SP}+(?:against|versus|vs\.?|to){_SP}+", re.IGNORECASE)
_RECEIVING = re.compile(rf"\b(?:{'|'.join(RECEIVING_VERBS)}){_SP}+$")
_CLAUSE_END = re.compile(r"[.,;:!?)]|$")
# A modal just before a vague count makes it a hope or a guess, not a count.
_SPECULATIVE = re.compile(
    rf"\b(?:will|would|could|might|must|needs?{_SP}+to)(?:{_SP}+{_WORD}){{0,4}}{_SP}+$"
)

Found = tuple[int, int, QuantityValue]


def counts_things(value: QuantityValue) -> bool:
    """A count of people or things, not money or a share (whose sign or word is always given)."""
    unit = value.unit or ""
    return bool(unit) and not unit.isupper() and not unit.startswith("percent")


def read_money(text: str, ref: NumberRef, qualifier: Qualifier, start: int) -> Found | None:
    """ "$334 million", "500 million dollars": `start` is where the hedge before `ref` starts."""
    sign = _CURRENCY_BEFORE.search(text, max(0, ref.start - 6), ref.start)
    if sign is not None:
        qualifier, start = qualifier_before(text, sign.start())
        code = CURRENCIES[sign["sign"].strip()]
        return start, ref.end, QuantityValue(ref.value, code, qualifier)
    word = _CURRENCY_AFTER.match(text, ref.end)
    if word is None:
        return None
    code = CURRENCIES[" ".join(word["word"].split())]
    return start, word.end(), QuantityValue(ref.value, code, qualifier)


def read_percent(text: str, ref: NumberRef, qualifier: Qualifier, start: int) -> Found | None:
    sign = _PERCENT.match(text, ref.end)
    if sign is None:
        return None
    end, unit = sign.end(), "percent"
    of = _OF.match(text, end)
    phrase = noun_phrase(text, of.end(), need_plural=False) if of else None
    if phrase is not None:
        end, unit = phrase[0], f"percent of {phrase[1]}"
    return start, end, QuantityValue(ref.value, unit, qualifier)


def read_toll(
    text: str, ref: NumberRef, qualifier: Qualifier, start: int, toll_cue: bool, crowd_cue: bool
) -> Found | None:
    """ "a death toll of 11"; "a crowd of 35,212" (spectators, when no noun says who). A pattern
    is tried only when its cue says the sentence has its key word."""
    toll = _TOLL.search(text, max(0, start - 60), start) if toll_cue else None
    if toll is None:
        crowd = _CROWD.search(text, max(0, start - 20), start) if crowd_cue else None
        if crowd is None or noun_phrase(text, ref.end, need_plural=True) is not None:
            return None
        return crowd.start(), ref.end, QuantityValue(ref.value, "spectators", qualifier)
    unit = "deaths" if toll["what"].lower() != "casualty" else "casualties"
    return toll.start(), ref.end, QuantityValue(ref.value, unit, qualifier)


def read_prison(text: str, ref: NumberRef, qualifier: Qualifier, start: int) -> Found | None:
    """ "four years in prison", "a 10-year prison sentence": the length of a prison term."""
    term = _PRISON.match(text, ref.end)
    if term is None:
        return None
    unit = f"{term['unit'].lower()}s in prison"
    return start, term.end(), QuantityValue(ref.value, unit, qualifier)


def read_compound(text: str, ref: NumberRef, qualifier: Qualifier, start: int) -> Found | None:
    """ "a 57-nation organisation": the hyphenated noun is what the number counts."""
    match = _COMPOUND.match(text, ref.end)
    if match is None:
        return None
    noun = match["noun"].lower()
    if noun in NOT_COUNTED or noun in TIME_UNITS:
        return None
    return start, match.end(), QuantityValue(ref.value, plural(noun), qualifier)


def read_elliptic(
    text: str,
    ref: NumberRef,
    qualifier: Qualifier,
    start: int,
    previous: Found | None,
    carried: str | None,
) -> Found | None:
    """A bare number that counts what the number before it counted: "52,300 votes against
    48,210"; "the runner-up received 48,210." after a sentence that counted votes."""
    if previous is not None and _CONTRAST.fullmatch(text, previous[1], start):
        unit = previous[2].unit
    elif (
        carried is not None
        and _RECEIVING.search(text, max(0, start - 12), start)
        and _CLAUSE_END.match(text, ref.end)
    ):
        unit = carried
    else:
        return None
    if unit is None or not counts_things(QuantityValue(ref.value, unit, qualifier)):
        return None
    return start, ref.end, QuantityValue(ref.value, unit, qualifier)


def vague_counts(text: str) -> Iterator[Found]:
    """ "dozens of protesters", "tens of thousands of people": a count with no amount."""
    for match in _VAGUE_COUNT.finditer(text):
        if _SPECULATIVE.search(text, max(0, match.start() - 60), match.start()):
            continue  # "will need to sell tens of thousands of cars": a hope, not a count
        phrase = noun_phrase(text, match.end(), need_plural=True)
        if phrase is not None and phrase[1].split(" ")[-1] not in TIME_UNITS:
            yield match.start(), phrase[0], QuantityValue(None, phrase[1], Qualifier.VAGUE)
