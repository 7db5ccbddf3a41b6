"""Given names and their nicknames, from two well-kept packages' tables (read, never fetched).

`given_name(word)` tells whether a word is a person's given name, and which sex it mostly goes
with: "m", "f", "?" (either), or None when the word is no given name in the table. The table is
gender-guesser's `nam_dict.txt` (about 48,000 given names from some 50 countries: "Sergei",
"Wendy", "Jinping", "Ayanna"), shipped inside its wheel. `nickname_forms(word)` gives the formal
names a nickname stands for ("jim" -> {"james"}, "mike" -> {"michael", ...}), from the
`nicknames` package's curated table; `same_given_name` says whether two given names can be one
person's ("Joe"/"Joseph", "Bob"/"Robert", "J."/"John").

Both tables are read from the installed packages' files on first use and kept in the cache
folder of `newscmp.text.geonames` under a digest of the packages' versions.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from newscmp.text.geonames import digest, package_version, read_cached, write_cached

__all__ = ["given_name", "nickname_forms", "same_given_name"]

# gender-guesser's codes: "M" male, "1M"/"?M" mostly male, the same for "F", "?" either.
_SEX = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": "?"}
_DEFINITE = frozenset({"M", "F"})


def _package_file(package: str, *parts: str) -> Path | None:
    spec = find_spec(package)
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent.joinpath(*parts)
    return path if path.is_file() else None


def _read_given_names() -> dict[str, str]:
    """Lower-case given name -> "m", "f" or "?": a definite sex outranks a "mostly" one, and a
    name both sexes bear definitely is "?"."""
    path = _package_file("gender_guesser", "data", "nam_dict.txt")
    if path is None:
        return {}
    table: dict[str, str] = {}
    definite: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) < 2 or line[0] in "#=" or parts[0] not in _SEX:
                continue
            sex = _SEX[parts[0]]
            raw = parts[1].lower()
            names = {raw.replace("+", sep) for sep in ("", " ", "-")} if "+" in raw else {raw}
            for name in names:
                if parts[0] in _DEFINITE:
                    known = definite.get(name)
                    definite[name] = sex if known in (None, sex) else "?"
                elif table.get(name) not in (None, sex):
                    table[name] = "?"
                else:
                    table[name] = sex
    table.update(definite)
    return table


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
def _tables() -> tuple[dict[str, str], dict[str, list[str]]]:
    versions = f"{package_version('gender_guesser')} {package_version('nicknames')} 1"
    key = digest(versions.encode())
    stored = read_cached("given-names", key)
    if isinstance(stored, tuple) and len(stored) == 2:
        return stored[0], stored[1]
    tables = (_read_given_names(), _read_nicknames())
    if tables[0]:
        write_cached("given-names", key, tables)
    return tables


@lru_cache(maxsize=1 << 14)
def given_name(word: str) -> str | None:
    """ "m", "f" or "?" for a given name ("Wendy" -> "f"), None for any other word. A nickname
    of the `nicknames` table counts as a given name of either sex ("Beto" is not, "Chuck" is)."""
    low = word.lower().strip(".")
    names, nicks = _tables()
    found = names.get(low)
    if found is None and low in nicks:
        return "?"
    return found


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
