"""Text keys for comparing what sources say: folded names, person-name tokens, organisations."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z]{2,})\)")
_JOINT = re.compile(r"[-–/]")
_NAME_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_NON_WORD = re.compile(r"[^\w\s'-]+")
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady"])
_SPACES = re.compile(r"[\s-]+")


def normalize(text: str | None) -> str:
    """Lower case, accents and punctuation removed, "U.S." and "US" alike, spaces collapsed."""
    return _normalize(text) if text else ""


@lru_cache(maxsize=65536)
def _normalize(text: str) -> str:
    # The same names, roles and places recur across thousands of mentions: fold each once.
    if text.isascii():
        folded = text.lower()
    else:
        folded = unicodedata.normalize("NFKD", text)
        folded = "".join(char for char in folded if not unicodedata.combining(char)).lower()
    folded = folded.replace(".", "").replace("’", "'")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", folded)).strip()


# Contractions written out, and British and American spellings folded one way: applied to both
# quotes compared, so a fold that also changes other words ("hour" -> "hor") changes them alike.
_CONTRACTIONS = (
    (re.compile(r"n't\b"), " not"), (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'re\b"), " are"), (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'m\b"), " am"), (re.compile(r"'d\b"), " would"), (re.compile(r"'s\b"), " is"),
)  # fmt: skip
_SPELLINGS = (("iz", "is"), ("yz", "ys"), ("our", "or"), ("ll", "l"), ("tre ", "ter "))


@lru_cache(maxsize=65536)
def quote_key(text: str | None) -> str:
    """Quoted words as a key that small differences between outlets leave alone: case,
    punctuation, an ellipsis or a dash, "we'll"/"we will", "realised"/"realized"."""
    folded = normalize(text)
    if "'" in folded:
        for pattern, replacement in _CONTRACTIONS:
            folded = pattern.sub(replacement, folded)
        folded = folded.replace("'", "")
    folded = f"{folded} "
    for british, american in _SPELLINGS:
        folded = folded.replace(british, american)
    return " ".join(folded.split())


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    tokens = tuple(normalize(name).split())
    return tokens[1:] if len(tokens) > 1 and tokens[0] in _HONORIFICS else tokens


@lru_cache(maxsize=65536)
def organisation_key(name: str | None) -> str:
    """One key for an organisation's spellings: an acronym ("OSCE") and its expansion
    ("Organization for Security and Co-operation in Europe", "...Co-Operation...") alike, and
    the parties of a joint body in any order ("Russia-NATO", "NATO-Russia")."""
    if not name:
        return ""
    acronym = _ACRONYM_IN_BRACKETS.search(name)
    if acronym:
        return acronym.group(1)
    # "Russia-NATO" is two parties; "Co-operation" inside a longer name is one word.
    parts = _JOINT.split(name) if " " not in name.strip() else [name]
    keys = []
    for part in parts:
        capitals = [word for word in _NAME_WORD.findall(part) if word[0].isupper()]
        if len(capitals) == 1:
            keys.append(capitals[0].upper())
        elif capitals:
            keys.append("".join(word[0] for word in capitals).upper())
    return "-".join(sorted(keys))
