"""Telling an English article from one in another language, cheaply.

newscmp's rules read English. An article whose common function words ("the", "of", "and")
are mostly another language's ("le", "la", "et"), or whose letters are mostly of another
script, is reported and skipped. The word lists and script ranges are in
`newscmp/data/languages.json`; texts too short to tell count as English.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LANGUAGES_FILE = Path(__file__).resolve().parent.parent / "data" / "languages.json"
ENGLISH = "English"
# How much text is looked at, and how much it takes to tell.
SAMPLE_CHARS = 20_000
MIN_WORDS = 20
MIN_LETTERS = 40
# Another language wins when its function words are this share of the words and outnumber
# English ones by this factor; another script wins when it holds this share of the letters.
FOREIGN_SHARE = 0.12
FOREIGN_FACTOR = 2.0
SCRIPT_SHARE = 0.5
LATIN_END = 0x250

_WORD = re.compile(r"[^\W\d_]{1,40}")
_BEYOND_LATIN = re.compile(f"[^\\x00-\\u{LATIN_END - 1:04x}]")


@dataclass(frozen=True, slots=True)
class LanguageTable:
    words: dict[str, frozenset[str]]
    scripts: tuple[tuple[int, int, str], ...]


@lru_cache(maxsize=1)
def language_table() -> LanguageTable:
    """The function-word lists and script ranges, read once on first use."""
    data = json.loads(LANGUAGES_FILE.read_text(encoding="utf-8"))
    return LanguageTable(
        words={name: frozenset(words) for name, words in data["function_words"].items()},
        scripts=tuple((int(start, 16), int(end, 16), name) for start, end, name in data["scripts"]),
    )


def detect_language(text: str) -> str | None:
    """The language the text looks like ("English", "French", ...), or None when too short."""
    sample = text[:SAMPLE_CHARS]
    by_script = _script_language(sample)
    words = _WORD.findall(sample)
    counts = _function_word_counts(Counter(map(str.lower, words)))
    if by_script is not None:
        # Among languages of that script, the function words may name the one it is.
        others = ((name, n) for name, n in counts.items() if name != ENGLISH)
        best = max(others, key=lambda item: (item[1], item[0]), default=(by_script, 0))
        return best[0] if best[1] >= FOREIGN_SHARE * len(words) else by_script
    if len(words) < MIN_WORDS:
        return None
    english = counts.get(ENGLISH, 0)
    name, found = max(
        ((name, count) for name, count in counts.items() if name != ENGLISH),
        key=lambda item: (item[1], item[0]),
        default=(ENGLISH, 0),
    )
    if found >= FOREIGN_SHARE * len(words) and found > FOREIGN_FACTOR * english:
        return name
    return ENGLISH


def _function_word_counts(words: Counter[str]) -> Counter[str]:
    """How many of the words (lower case, counted) are function words of each language (every
    language listed)."""
    counts: Counter[str] = Counter(dict.fromkeys(language_table().words, 0))
    languages_of = _languages_of_word()
    for word in words.keys() & languages_of.keys():  # the function words among them, found in C
        for name in languages_of[word]:
            counts[name] += words[word]
    return counts


@lru_cache(maxsize=1)
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Function word -> the languages it belongs to: one look-up a word, not one a language."""
    found: dict[str, list[str]] = {}
    for name, known in language_table().words.items():
        for word in known:
            found.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in found.items()}


def _script_language(sample: str) -> str | None:
    """The language named by the script of most letters, when that script is not Latin."""
    others = [char for char in _BEYOND_LATIN.findall(sample) if char.isalpha()]
    if not others:  # the usual case, decided without looking at every letter in Python
        return None
    letters = sum(map(str.isalpha, sample))
    if letters < MIN_LETTERS:
        return None
    scripts: Counter[str] = Counter()
    for char in others:
        code = ord(char)
        for start, end, name in language_table().scripts:
            if start <= code <= end:
                scripts[name] += 1
                break
    if not scripts:
        return None
    name, count = scripts.most_common(1)[0]
    japanese = scripts.get("Japanese", 0)
    name = "Japanese" if name == "Chinese" and japanese >= 0.1 * count else name
    return name if count >= SCRIPT_SHARE * letters else None


def not_english(language: str) -> str:
    """The problem message for an article in another language."""
    return f"in another language (looks like {language}); newscmp reads English articles"


@lru_cache(maxsize=256)
def language_name(label: str | None) -> str | None:
    """The English name of a language code or name ("fr", "fra", "fr-CA", "French"), or None."""
    if not label:
        return None
    label = label.strip()
    code = label.split("-")[0].split("_")[0].lower()
    if code in ("en", "eng") or label.lower() == "english":
        return ENGLISH
    import pycountry

    found = None
    if len(code) in (2, 3) and code.isalpha():
        found = pycountry.languages.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code})
    if found is None:
        try:
            found = pycountry.languages.lookup(label)
        except LookupError:
            return None
    name = getattr(found, "name", None)
    return name if isinstance(name, str) else None
