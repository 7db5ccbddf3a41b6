"""Numbers that count something: "some 100,000 soldiers", "$334 million", "a death toll of 11".

A quantity is a number with what it counts. Read here: a plural noun phrase after it ("100,000
French troops" -> unit "french troops"), with what the people counted suffered or did ("five
people were killed" -> "people killed"; "1,500 nurses joined the stoppage" -> "nurses on
strike"), and all the nouns of a list ("2,000 dealers, investors and journalists"). Money,
shares, tolls, prison terms, hyphenated nouns, bare numbers ("52,300 votes against 48,210") and
vague counts ("dozens of protesters") are read by `extract.quantity_readers`. A headline's exact
amount that the body repeats with a hedge is left to the body.

Left out, for precision: lengths of time ("eight hours", which are durations; "15 years" in
prison, a penalty), ages, years and dates (`find_numbers` never returns them), a number with no
plural noun after it ("Chapter 11", "2 min"), and numbers below 3 that count generic things ("two
sides", "one meeting") — only people, casualties, money and shares are counted that low.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from newscmp.extract.quantity_readers import (
    CROWD_WORDS,
    VAGUE_HEDGES,
    Found,
    counts_things,
    read_compound,
    read_elliptic,
    read_money,
    read_percent,
    read_prison,
    read_toll,
    vague_counts,
)
from newscmp.extract.quantity_readers import NOT_COUNTED as NOT_COUNTED
from newscmp.model import Article, Kind, Mention, Qualifier, QuantityValue, Span
from newscmp.text.case import fold
from newscmp.text.numbers import NumberRef, lowered_words, numbers_in
from newscmp.text.overlaps import pick_longest
from newscmp.text.pieces import SPACE, SPACE_CHARS
from newscmp.text.qualifiers import qualifier_after, qualifier_before
from newscmp.text.sentences import Sentence, split_sentences
from newscmp.text.units import (
    CASUALTY_WORDS,
    MEASURES,
    RECEIVING_VERBS,
    ROLE_PHRASES,
    TIME_UNITS,
    UNIT_SPELLINGS,
    canonical_unit,
    listed,
    noun_phrase,
)
from newscmp.text.words import Words, word_keys
from newscmp.text.words import may_hold as _may_hold

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

_SP = SPACE
_CASUALTY = re.compile(
    rf"(?:{_SP}+(?:were|was|are|have|had|has|been|being|reported|confirmed|resulted)){{0,3}}"
    rf"{_SP}+(?P<word>{'|'.join(CASUALTY_WORDS)})\b",
    re.IGNORECASE,
)
_LIVES_LOST = re.compile(rf"{_SP}+lost{_SP}+(?:their|the|his|her|its){_SP}+li(?:fe|ves)\b")
_COUNT_VERB = re.compile(rf"\b(?P<verb>{'|'.join(COUNT_VERBS)}){_SP}+$", re.IGNORECASE)
_MEASURE_BEFORE = re.compile(rf"\b(?:{'|'.join(MEASURES)})[ -]$", re.IGNORECASE)

# What the counted people did ("drivers employed by the operator joined the stoppage"): the
# words ROLE_PHRASES adds to the unit, one named group per addition.
_ROLE_GROUPS = {f"role{index}": words for index, words in enumerate(ROLE_PHRASES)}
_ROLE = re.compile(
    rf"(?:{_SP}+(?:employed|working|based|who|from)\b[^,.;:]{{0,50}}?)?"
    rf"(?:{_SP}+(?:are|were|is|was|have|has|had|already|also|been|now)){{0,3}}{_SP}+(?:"
    + "|".join(
        f"(?P<{name}>{'|'.join(ROLE_PHRASES[words])})" for name, words in _ROLE_GROUPS.items()
    )
    + r")\b"
)
_READ_ON = 8  # characters after a number that `_may_read_on` looks at


# The words the patterns above need, looked for in the sentence before a pattern runs.
_MEASURE_KEYS = word_keys(MEASURES)
_TOLL_KEYS = word_keys(["toll"])
_CROWD_KEYS = word_keys(CROWD_WORDS)
_COUNT_VERB_KEYS = word_keys(COUNT_VERBS)
_RECEIVING_KEYS = word_keys(RECEIVING_VERBS)
_CASUALTY_KEYS = word_keys(CASUALTY_WORDS)
_VAGUE_KEYS = word_keys(max(hedge.split(" "), key=len) for hedge in VAGUE_HEDGES)


class _Cues(NamedTuple):
    """Which of the patterns that need a key word may match in a sentence, by its words."""

    measure: bool
    receiving: bool
    toll: bool
    crowd: bool
    count_verb: bool
    casualty: bool


_NO_CUES = _Cues(False, False, False, False, False, False)
_CUE_KEYS = (
    _MEASURE_KEYS | _RECEIVING_KEYS | _TOLL_KEYS | _CROWD_KEYS | _COUNT_VERB_KEYS | _CASUALTY_KEYS
)


def _cues(words: Words) -> _Cues:
    """`_may_hold` of a sentence's `words` and each pattern's keys, looked up once a sentence."""
    if words is not None and _CUE_KEYS.isdisjoint(words):
        return _NO_CUES  # most sentences: one lookup instead of six
    return _Cues(
        _may_hold(words, _MEASURE_KEYS),
        _may_hold(words, _RECEIVING_KEYS),
        _may_hold(words, _TOLL_KEYS),
        _may_hold(words, _CROWD_KEYS),
        _may_hold(words, _COUNT_VERB_KEYS),
        _may_hold(words, _CASUALTY_KEYS),
    )


def extract_quantities(article: Article) -> list[Mention]:
    """Every number in the article that counts something, with what it counts, in text order."""
    found: list[Found] = []
    carried: str | None = None  # what the last number counted, for "the runner-up received 48,210."
    sentences = split_sentences(article)
    for sentence in sentences:
        picked = pick_longest(_find_in(sentence.text, carried))
        if not picked:
            carried = None
            continue
        offset = sentence.start
        found.extend((offset + start, offset + end, v) for start, end, v in picked)
        counted = [v.unit for _, _, v in picked if v.amount and counts_things(v)]
        carried = counted[-1] if counted else None
    headline = sentences[0].end if sentences and _is_headline(article, sentences[0]) else 0
    return [
        Mention(Kind.QUANTITY, article.id, article.text[start:end], Span(start, end), value)
        for start, end, value in _without_stripped_headline(found, headline)
    ]


def _find_in(text: str, carried: str | None = None) -> list[Found]:
    words = lowered_words(text)
    numbers = numbers_in(text)
    found = _counts(text, numbers, _cues(words), carried) if numbers else []
    if _may_hold(words, _VAGUE_KEYS):
        found.extend(vague_counts(text))
    return found


def _counts(
    text: str, numbers: Iterable[NumberRef], cues: _Cues, carried: str | None
) -> list[Found]:
    """What each of a sentence's `numbers` counts, those that count something."""
    counts: list[Found] = []
    previous: Found | None = None
    receiving = carried if cues.receiving else None
    for ref in numbers:
        if cues.measure and _MEASURE_BEFORE.search(text, max(0, ref.start - 12), ref.start):
            continue  # "magnitude 7.0": a measurement
        qualifier, start = qualifier_before(text, ref.start)
        found = _read(text, ref, qualifier, start, cues) or read_elliptic(
            text, ref, qualifier, start, previous, receiving
        )
        if found is not None and _is_kept(found[2]):
            previous = found
            counts.append(found)
    return counts


def _read(text: str, ref: NumberRef, qualifier: Qualifier, start: int, cues: _Cues) -> Found | None:
    """What the words around `ref` say it counts, the first reading that fits. With nothing
    after it that a reading needs, only the readings of the words before it are tried."""
    if not _may_read_on(text, ref.end):
        return (
            read_money(text, ref, qualifier, start)
            or read_toll(text, ref, qualifier, start, cues.toll, cues.crowd)
            or _by_verb(text, ref, qualifier, start, cues)
        )
    return (
        read_money(text, ref, qualifier, start)
        or read_percent(text, ref, qualifier, start)
        or read_toll(text, ref, qualifier, start, cues.toll, cues.crowd)
        or read_prison(text, ref, qualifier, start)
        or read_compound(text, ref, qualifier, start)
        or _counted(text, ref, qualifier, start, cues)
    )


def _may_read_on(text: str, end: int) -> bool:
    """Whether a letter, "%" or "-" follows `text[:end]` after spaces: every pattern that reads
    on after a number needs one (a long run of spaces is not looked past)."""
    rest = text[end : end + _READ_ON].lstrip(SPACE_CHARS)
    return not rest or rest[0].isalpha() or rest[0] in "%-"


def _is_headline(article: Article, sentence: Sentence) -> bool:
    return bool(article.title) and sentence.text.strip() == (article.title or "").strip()


def _without_stripped_headline(found: list[Found], headline_end: int) -> list[Found]:
    """Drop a headline's exact amount that the body gives with a hedge ("500 million dollars"
    over "some 500 million dollars"): headlines drop hedges for room; the body's is the claim."""
    hedged = {
        (value.amount, canonical_unit(value.unit or ""))
        for start, _, value in found
        if start >= headline_end and value.qualifier is not Qualifier.EXACT
    }
    return [
        (start, end, value)
        for start, end, value in found
        if start >= headline_end
        or value.qualifier is not Qualifier.EXACT
        or (value.amount, canonical_unit(value.unit or "")) not in hedged
    ]


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


def _counted(
    text: str, ref: NumberRef, qualifier: Qualifier, start: int, cues: _Cues
) -> Found | None:
    """ "100,000 French troops", "five people were killed", "11 dead"."""
    position = ref.end
    after = qualifier_after(text, position)
    if after is not None and qualifier is Qualifier.EXACT:
        qualifier, position = after
    phrase = noun_phrase(text, position, need_plural=ref.value != 1)
    end, unit = listed(text, *phrase) if phrase is not None else (position, "")
    casualty = _CASUALTY.match(text, end) if cues.casualty else None
    lost = _LIVES_LOST.match(text, end)
    verb = _verb_before(text, start, cues)
    role = _ROLE.match(text, end) if unit else None
    if casualty is not None and (phrase is None or casualty["word"].lower() not in unit):
        end, unit = casualty.end(), _verb_unit(unit, casualty["word"].lower())
    elif lost is not None:
        end, unit = lost.end(), _verb_unit(unit, "killed")
    elif verb is not None:
        unit = _verb_unit(unit, verb)
    elif role is not None and role.lastgroup is not None:
        end, unit = role.end(), f"{unit} {_ROLE_GROUPS[role.lastgroup]}"
    return _count(ref, qualifier, start, end, unit)


def _by_verb(
    text: str, ref: NumberRef, qualifier: Qualifier, start: int, cues: _Cues
) -> Found | None:
    """`_counted` with no word after the number: "killing 30." counts the killed."""
    verb = _verb_before(text, start, cues)
    return None if verb is None else _count(ref, qualifier, start, ref.end, _verb_unit("", verb))


def _verb_before(text: str, start: int, cues: _Cues) -> str | None:
    """What befell the people a number counts, by the verb before it ("killing" -> "killed")."""
    if not cues.count_verb:
        return None
    verb = _COUNT_VERB.search(text, max(0, start - 12), start)
    return None if verb is None else COUNT_VERBS[fold(verb["verb"])]


def _count(ref: NumberRef, qualifier: Qualifier, start: int, end: int, unit: str) -> Found | None:
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
