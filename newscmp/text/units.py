"""What a number counts, reduced to a key that lines up across sources.

`canonical_unit("French troops") == canonical_unit("soldiers") == "troops"`, and
`canonical_unit("people killed") == canonical_unit("death toll") == "deaths"`: modifiers,
determiners and plural endings are dropped and synonyms share one key. The tables below are the
only place these words are listed. `plural` and `singular` are the English endings the
extractors need ("nation" -> "nations" for "a 57-nation organisation"). `noun_phrase` and
`listed` read the counted noun phrase after a number ("100,000 French troops", "2,000 dealers,
investors and journalists").
"""

from __future__ import annotations

import re

from newscmp.text.numbers import SCALES
from newscmp.text.pieces import SPACE, SPACE_CHARS, WORD

# Words and phrases that name the same counted thing, mapped to one key.
UNIT_SYNONYMS: dict[str, str] = {
    # armed forces
    "troops": "troops", "troop": "troops", "soldier": "troops", "soldiers": "troops",
    "serviceman": "troops", "servicemen": "troops", "service member": "troops",
    "service members": "troops", "servicemembers": "troops",
    # the dead
    "deaths": "deaths", "death": "deaths", "dead": "deaths", "killed": "deaths",
    "died": "deaths", "death toll": "deaths", "fatalities": "deaths", "fatality": "deaths",
    "lives": "deaths", "life": "deaths", "lives lost": "deaths", "lives claimed": "deaths",
    "people killed": "deaths", "people dead": "deaths",
    # the hurt
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
    "injury": "injured",
    # people in general
    "people": "people", "person": "people", "persons": "people", "residents": "people",
    "resident": "people", "individuals": "people", "individual": "people",
    # money
    "usd": "usd", "$": "usd", "us$": "usd", "dollar": "usd", "dollars": "usd",
    "us dollars": "usd", "eur": "eur", "€": "eur", "euro": "eur", "euros": "eur",
    "gbp": "gbp", "£": "gbp", "pound": "gbp", "pounds": "gbp", "pounds sterling": "gbp",
    "sterling": "gbp", "jpy": "jpy", "¥": "jpy", "yen": "jpy", "inr": "inr", "₹": "inr",
    "rupees": "inr", "cad": "cad", "c$": "cad", "aud": "aud", "a$": "aud",
    "dkk": "dkk", "danish kroner": "dkk", "chf": "chf", "swiss francs": "chf",
    # shares
    "percent": "percent", "per cent": "percent", "%": "percent", "pct": "percent",
    # the people watching an event
    "spectators": "spectators", "spectator": "spectators", "fans": "spectators",
    "fan": "spectators", "crowd": "spectators", "attendance": "spectators",
    "audience": "spectators", "onlookers": "spectators",
    # dwellings
    "homes": "homes", "home": "homes", "houses": "homes", "house": "homes",
    "dwellings": "homes", "dwelling": "homes",
    # people travelling
    "passengers": "passengers", "passenger": "passengers", "commuters": "passengers",
    "commuter": "passengers", "travellers": "passengers", "travelers": "passengers",
    "riders": "passengers",
    # people on a payroll
    "employees": "employees", "employee": "employees", "staff": "employees",
    "staffers": "employees",
    # people taking part in the event: the extractor writes "1,500 nurses joined the strike" as
    # "nurses on strike" and "4,000 runners are taking part" as "runners taking part"
    "participants": "participants", "participant": "participants", "taking part": "participants",
    "on strike": "participants", "strikers": "participants", "striker": "participants",
    # places booked ahead: "9,000 buyers put down a deposit" is "buyers with reservations"
    "reservations": "reservations", "reservation": "reservations", "pre-orders": "reservations",
    "pre-order": "reservations", "preorders": "reservations", "preorder": "reservations",
    "bookings": "reservations", "booking": "reservations", "deposits": "reservations",
}  # fmt: skip
# What the people counted did, after the counted noun, as regex fragments, and the words the
# extractor adds to the unit: "1,500 nurses joined the stoppage" -> "nurses on strike",
# "4,000 runners are taking part" -> "runners taking part", "9,000 buyers have put down a
# deposit" -> "buyers with reservations". UNIT_SYNONYMS gives each addition one key.
ROLE_PHRASES: dict[str, tuple[str, ...]] = {
    "on strike": (
        r"(?:went\s)?on\sstrike", r"joined\sthe\s(?:strike|stoppage|walkout)", r"walked\sout",
        r"downed\stools",
    ),
    "taking part": (
        r"(?:taking|took|take)\spart", r"participat(?:ed|ing|e)",
        r"joined\sthe\s(?:protests?|march|rally|demonstrations?|race)",
    ),
    "with reservations": (
        r"(?:put|putting|paid|placed)\s(?:down\s)?(?:an?\s)?(?:\w{1,20}\s)?(?:deposits?|reservations?)",
        r"reserved", r"pre-?ordered", r"placed\s(?:an?\s)?pre-?orders?",
    ),
}  # fmt: skip
# Verbs of getting a count ("the runner-up received 48,210."): a bare number after them counts what
# the number before it counted.
RECEIVING_VERBS: tuple[str, ...] = (
    "received", "receives", "got", "gets", "won", "wins", "obtained", "obtains", "took",
    "garnered", "polled", "secured", "collected", "drew",
)  # fmt: skip
# Spellings of a unit written the usual way in what the extractor reports ("persons" is the
# translated plural of "person").
UNIT_SPELLINGS: dict[str, str] = {"persons": "people"}
# Units of measurement: a number of them measures (a distance, a weight, a size), it counts
# nothing. Also the words before a number that make it a measurement ("magnitude 7").
MEASURES: frozenset[str] = frozenset({
    "kilometres", "kilometers", "kilometre", "kilometer", "km", "miles", "mile", "metres",
    "meters", "metre", "meter", "centimetres", "centimeters", "millimetres", "millimeters",
    "feet", "foot", "inches", "inch", "yards", "kilograms", "kilogram", "kg", "grams", "tonnes",
    "tons", "pounds", "lbs", "ounces", "litres", "liters", "gallons", "barrels", "hectares",
    "acres", "degrees", "mph", "knots", "magnitude", "richter",
})  # fmt: skip
# Currency signs and words written with an amount, mapped to the ISO code the extractor reports.
# Bare "pounds" is left out: after a number it is as often a weight ("lost 110 pounds").
CURRENCIES: dict[str, str] = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "C$": "CAD",
    "A$": "AUD", "HK$": "HKD", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY",
    "dollars": "USD", "US dollars": "USD", "euros": "EUR", "pounds sterling": "GBP", "yen": "JPY",
    "rupees": "INR", "CHF": "CHF", "Swiss francs": "CHF", "DKK": "DKK", "Danish kroner": "DKK",
    "Danish crowns": "DKK", "NOK": "NOK", "Norwegian kroner": "NOK", "SEK": "SEK",
    "Swedish kronor": "SEK", "Swedish crowns": "SEK", "PLN": "PLN", "zlotys": "PLN",
    "zloty": "PLN", "CNY": "CNY", "yuan": "CNY", "RUB": "RUB", "roubles": "RUB",
    "rubles": "RUB", "Mexican pesos": "MXN", "Chilean pesos": "CLP", "Brazilian reais": "BRL",
    "reais": "BRL", "Turkish lira": "TRY", "shekels": "ILS", "forints": "HUF", "rand": "ZAR",
}  # fmt: skip
# Plurals that do not end in -s, and nouns that are the same in both numbers.
IRREGULAR_PLURALS: dict[str, str] = {
    "person": "people", "man": "men", "woman": "women", "child": "children",
    "policeman": "policemen", "serviceman": "servicemen", "life": "lives", "foot": "feet",
}  # fmt: skip
INVARIANT_PLURALS: frozenset[str] = frozenset({
    "people", "police", "personnel", "staff", "crew", "dead", "injured", "wounded",
    "missing", "aircraft", "cattle", "sheep", "livestock", "fish", "deer", "offspring",
})  # fmt: skip
# Hours in one of each unit of time: durations read them, quantities leave such units out.
_HOURS: dict[str, float] = {
    "second": 1 / 3600, "minute": 1 / 60, "min": 1 / 60, "hour": 1, "hr": 1, "day": 24,
    "week": 168, "fortnight": 336, "month": 720, "year": 8760, "decade": 87600,
    "century": 876000,
}  # fmt: skip
TIME_UNITS: dict[str, float] = {
    **_HOURS,
    **{word + "s": hours for word, hours in _HOURS.items()},
    "centuries": 876000,
}
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
# Words saying what befell the counted people ("five people were killed", "11 dead"). Below three,
# only these (and money and shares) are counted: "two sides", "one meeting", "one life" are not.
CASUALTY_WORDS: tuple[str, ...] = (
    "killed",
    "dead",
    "died",
    "injured",
    "wounded",
    "hurt",
    "missing",
    "arrested",
    "detained",
    "evacuated",
)  # fmt: skip
_MAX_MODIFIERS = 2
_MAX_LIST = 4  # nouns after the first in "2,000 dealers, investors and journalists"
_NOT_LISTED = STOP_WORDS | frozenset((*CASUALTY_WORDS, "scores", "others"))
# Words dropped from the front of a unit before it is looked up.
LEADING_WORDS: frozenset[str] = frozenset({"the", "some", "a", "an", "about", "of", "other"})

_SINGULARS = {plural: single for single, plural in IRREGULAR_PLURALS.items()}
_SPACES = re.compile(r"\s+")
_SP = SPACE
_WORD = WORD
_NEXT_WORD = re.compile(rf"{_SP}+(?P<word>{_WORD})")
_LIST_ITEM = re.compile(
    rf"(?P<joint>,?{_SP}+(?:and|or){_SP}+|,{_SP}+)(?P<words>{_WORD}(?:{_SP}+{_WORD})?)"
)


def plural(noun: str) -> str:
    """The plural of an English noun written in the singular ("nation" -> "nations")."""
    word = noun.lower()
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word in INVARIANT_PLURALS:
        return word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def singular(noun: str) -> str:
    """The singular of an English noun ("countries" -> "country", "troops" -> "troop")."""
    word = noun.lower()
    if word in _SINGULARS:
        return _SINGULARS[word]
    if word in INVARIANT_PLURALS or not looks_plural(word):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    return word[:-1]


def looks_plural(word: str) -> bool:
    """Whether a word reads as a plural noun ("troops", "people", "Canadians"; not "crisis")."""
    lowered = word.lower()
    if lowered in INVARIANT_PLURALS or lowered in _SINGULARS:
        return True
    return len(lowered) > 3 and lowered.endswith("s") and not lowered.endswith(("ss", "us", "is"))


def canonical_unit(unit: str) -> str:
    """The key two sources' units must share to count the same thing.

    Determiners, modifiers and plural endings go; synonyms meet ("soldiers" -> "troops").
    "percent of Canadians" keeps what it is a share of: "percent of canadian".
    """
    text = _SPACES.sub(" ", unit.lower()).strip()
    words = text.split(" ")
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words = words[1:]
    text = " ".join(words)
    if " of " in text and text not in UNIT_SYNONYMS:
        head, _, rest = text.partition(" of ")
        return f"{canonical_unit(head)} of {canonical_unit(rest)}"
    if text in UNIT_SYNONYMS:
        return UNIT_SYNONYMS[text]
    for tail in (" ".join(words[-2:]), words[-1]):
        if tail in UNIT_SYNONYMS:
            return UNIT_SYNONYMS[tail]
    head = singular(words[-1])
    return UNIT_SYNONYMS.get(head, head)


def noun_phrase(text: str, position: int, need_plural: bool) -> tuple[int, str] | None:
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


def listed(text: str, end: int, unit: str) -> tuple[int, str]:
    """ "2,000 dealers, investors and journalists": the count covers every noun of a list that
    "and" or "or" closes; otherwise the first noun alone."""
    items, position = [unit], end
    for _ in range(_MAX_LIST):
        match = _LIST_ITEM.match(text, position)
        if match is None:
            break
        words = match["words"].split()
        if len(words) == 2 and not (looks_plural(words[1]) and words[1].lower() not in _NOT_LISTED):
            words = words[:1]  # "investors and": the next item starts at "and"
        if not _plural_item(words):
            break
        items.append(" ".join(words).lower())
        position = match.start("words") + len(" ".join(words))
        joint = match["joint"].strip("," + SPACE_CHARS)
        if joint:
            return position, f"{', '.join(items[:-1])} {joint} {items[-1]}"
    return end, unit


def _plural_item(words: list[str]) -> bool:
    """A list item that names more people or things: "investors", "support staff"; not a
    verb ("and wounded"), a time or a vague count ("and scores of others")."""
    lowered = [word.lower() for word in words]
    if any(word in _NOT_LISTED or word == "the" or word in TIME_UNITS for word in lowered):
        return False
    return words[-1].islower() and looks_plural(words[-1]) and singular(words[-1]) not in SCALES
