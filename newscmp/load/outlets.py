"""Naming the outlet a credit line points at, with the table in `newscmp/data/outlets.json`.

A name found in a credit position ("Text by: RFI", "(REUTERS)", "© AFP 2023") is looked up by
name, alias or domain; a name the table does not know is kept when it reads like a publication
(a domain, an acronym, or a name with a media word such as "Times" or "News").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

OUTLETS_FILE = Path(__file__).resolve().parent.parent / "data" / "outlets.json"

_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = re.compile(r"^[\s\"'“”‘’(\[]+|[\s\"'“”‘’)\].,:;|–—-]+$")
_DOMAIN = re.compile(r"(?:www\.)?(?P<domain>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,6})")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&]{1,7}")
_NAME_WORD = re.compile(r"[A-Z0-9][\w.&'’-]*|&|and|of|de|la|le|el|der|die|du|des")


@dataclass(frozen=True, slots=True)
class OutletTable:
    by_key: dict[str, str]
    agencies: tuple[str, ...]
    photo_only: frozenset[str]
    photo_libraries: tuple[str, ...]
    media_words: frozenset[str]


def _key(name: str) -> str:
    """Lower case, single spaces, no leading "the", no edge punctuation."""
    key = _SPACES.sub(" ", _EDGE_PUNCTUATION.sub("", name)).lower()
    return key.removeprefix("the ").removeprefix("www.")


@lru_cache(maxsize=1)
def outlet_table() -> OutletTable:
    """The outlets table, read once on first use."""
    data = json.loads(OUTLETS_FILE.read_text(encoding="utf-8"))
    by_key: dict[str, str] = {}
    agencies: list[str] = []
    for row in data["outlets"]:
        for alias in (row["name"], row["domain"], *row["aliases"]):
            by_key.setdefault(_key(alias), row["name"])
        if row["agency"]:
            agencies.extend((row["name"], *row["aliases"]))
    return OutletTable(
        by_key=by_key,
        agencies=tuple(agencies + list(data["photo_only"])),
        photo_only=frozenset(_key(name) for name in data["photo_only"]),
        photo_libraries=tuple(data["photo_only"]),
        media_words=frozenset(word.lower() for word in data["media_words"]),
    )


def lookup_outlet(name: str) -> str | None:
    """The table's name for `name` (by name, alias or domain), or None when it is not known."""
    table = outlet_table()
    key = _key(name)
    domain = _DOMAIN.fullmatch(key)
    if domain is not None:
        return table.by_key.get(domain.group("domain"))
    return table.by_key.get(key)


def name_outlet(candidate: str) -> str | None:
    """The outlet a credited name stands for, or None when it does not read like one."""
    table = outlet_table()
    cleaned = _SPACES.sub(" ", _EDGE_PUNCTUATION.sub("", candidate))
    if not cleaned or len(cleaned) > 60 or _key(cleaned) in table.photo_only:
        return None
    known = lookup_outlet(cleaned)
    if known is not None:
        return known
    domain = _DOMAIN.fullmatch(cleaned.lower())
    if domain is not None:
        return domain.group("domain")
    words = cleaned.removeprefix("The ").split(" ")
    if not all(_NAME_WORD.fullmatch(word) for word in words) or len(words) > 6:
        return None
    if len(words) == 1 and _ACRONYM.fullmatch(words[0]) and words[0].isupper():
        return words[0]
    if any(word.lower() in table.media_words for word in words):
        return " ".join(words)
    return None
