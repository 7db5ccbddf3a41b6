"""Given names and their nicknames, from two well-kept packages' tables (read, never fetched).

`given_name(word)` tells whether a word is a person's given name, and which sex it mostly goes
with: "m", "f", "?" (either), or None when the word is no given name in the table. The table is
gender-guesser's `nam_dict.txt` (about 48,000 given names from some 50 countries: "Sergei",
"Wendy", "Jinping", "Ayanna"), shipped inside its wheel. `nickname_forms(word)` gives the formal
names a nickname stands for ("jim" -> {"james"}, "mike" -> {"michael", ...}), from the
`nicknames` package's curated table; `same_given_name` says whether two given names can be one
person's ("Joe"/"Joseph", "Bob"/"Robert", "J."/"John").

Both tables are read from the installed packages' files on first use (a few tens of
milliseconds), and only when a name is asked about.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

__all__ = ["given_name", "nickname_forms", "same_given_name"]

# gender-guesser's codes, lower-cased: "m" male, "1m"/"?m" mostly male, the same for "f", "?"
# either. A line of nam_dict.txt: the code, spaces, the name, then country columns.
_SEX = {b"m": "m", b"1m": "m", b"?m": "m", b"f": "f", b"1f": "f", b"?f": "f", b"?": "?"}
_DEFINITE = frozenset({b"m", b"f"})
_NAME_LINE = re.compile(rb"\n([mf?]|[1?][mf]) +([^ \n]+)")


def _package_file(package: str, *parts: str) -> Path | None:
    spec = find_spec(package)
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent.joinpath(*parts)
    return path if path.is_file() else None


def _read_given_names() -> dict[bytes, bytes]:
    """Lower-case given name (UTF-8 bytes; "jean+pierre" for a name written with a space or a
    hyphen, and "jeanpierre") -> its sex code. The file is read as bytes and each line's code
    and name taken by one pattern, so the 48,000 names load in a few hundredths of a second. A
    name listed with two different codes gets the one `_either` gives."""
    path = _package_file("gender_guesser", "data", "nam_dict.txt")
    if path is None:
        return {}
    pairs = _NAME_LINE.findall(path.read_bytes().lower())
    if not pairs:
        return {}
    table = {name: code for code, name in pairs}
    first: dict[bytes, bytes] = {}
    for name in [name for code, name in pairs if first.setdefault(name, code) != code]:
        table[name] = _either(table[name], first[name])
    for name in [name for name in table if b"+" in name]:  # "jin+ping" is also "Jinping"
        table.setdefault(name.replace(b"+", b""), table[name])
    return table


def _either(code: bytes, other: bytes) -> bytes:
    """The code of a name listed with two: a definite sex outranks a "mostly" one, two
    different sexes make "?"."""
    definite = [c for c in (code, other) if c in _DEFINITE]
    if len(set(definite)) == 1:
        return definite[0]
    return code if _SEX[code] == _SEX[other] and not definite else b"?"


def _read_nicknames() -> dict[str, list[str]]:
    """Lower-case nickname -> the formal names it stands for (`nicknames`' names.csv rows
    "formal,has_nickname,nick")."""
    path = _package_file("nicknames", "names.csv")
    if path is None:
        return {}
    table: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            formal, relation, nick = (line.strip().lower().split(",") + ["", ""])[:3]
            if relation == "has_nickname" and formal and nick:
                table.setdefault(nick, []).append(formal)
    return table


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[bytes, bytes], dict[str, list[str]]]:
    return _read_given_names(), _read_nicknames()


@lru_cache(maxsize=1 << 14)
def given_name(word: str) -> str | None:
    """ "m", "f" or "?" for a given name ("Wendy" -> "f"), None for any other word. A nickname
    of the `nicknames` table counts as a given name of either sex ("Beto" is not, "Chuck" is)."""
    low = word.lower().strip(".")
    names, nicks = _tables()
    code = names.get(low.encode())
    if code is None and not low.isascii():  # the table's bytes were lower-cased as ASCII only
        code = names.get((low[:1].upper() + low[1:]).encode())
    if code is None and ("-" in low or " " in low):  # "Jean-Pierre" is listed "jean+pierre"
        code = names.get(low.replace("-", "+").replace(" ", "+").encode())
    if code is not None:
        return _SEX[code]
    return "?" if low in nicks else None


@lru_cache(maxsize=1 << 14)
def nickname_forms(word: str) -> frozenset[str]:
    """The lower-case word and the formal names it is a nickname of ("bill" -> {"bill",
    "william"})."""
    low = word.lower().strip(".")
    return frozenset([low, *_tables()[1].get(low, ())])


@lru_cache(maxsize=1 << 16)
def same_given_name(first: str, other: str) -> bool:
    """Whether two given names can name one person: equal, an initial of the other ("J." and
    "John"), or a nickname of it or of the same formal name ("Mike"/"Michael", "Bob"/"Robert")."""
    a, b = first.lower().strip("."), other.lower().strip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    forms, other_forms = nickname_forms(a), nickname_forms(b)
    return a in other_forms or b in forms or bool(forms & other_forms - {a, b})
