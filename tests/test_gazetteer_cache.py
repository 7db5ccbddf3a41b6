"""The sharded cache files of the gazetteer and of the cities' names: a run reads only the shards
of the names it looks up, and every lookup gives what the whole table gives."""

from __future__ import annotations

import marshal
import random
from pathlib import Path
from typing import Any

import pytest

from newscmp.text import gazetteer, geonames
from newscmp.text.geonames import SHARDS, Sharded, load_sharded, read_cached, shard_of, split
from newscmp.text.name_tokens import _countries, places


@pytest.fixture(scope="module")
def full() -> dict[str, Any]:
    """The gazetteer's rows as one dict, built the plain way."""
    return gazetteer._built_rows()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSCMP_CACHE_DIR", str(tmp_path))
    return tmp_path


def _stored(cache: Path, full: dict[str, Any]) -> Sharded:
    """A Sharded table read back from the shards written for `full`."""
    assert isinstance(load_sharded("gazetteer", "k", lambda: full), Sharded)
    table = load_sharded("gazetteer", "k", _never)
    assert table._shards is not None  # read from the file, nothing read yet
    return table


def _never() -> dict[str, Any]:
    raise AssertionError("built again")


def _misses(full: dict[str, Any]) -> list[str]:
    words = list(full)[:3000]
    return [w + "x" for w in words] + [w.upper() for w in words] + ["", " ", "zzqq", "é"]


def test_every_name_through_lazy_shards_is_as_in_the_whole_table(
    cache: Path, full: dict[str, Any]
) -> None:
    table = _stored(cache, full)
    keys = list(full)
    random.Random(7).shuffle(keys)  # shards read one by one, then all at once: both ways
    for key in keys + _misses(full):
        assert table.get(key) == full.get(key)
    assert table._shards is None and table.all() == full


def test_a_fresh_table_reads_only_the_shards_it_is_asked_for(
    cache: Path, full: dict[str, Any]
) -> None:
    for seed in range(20):
        table = _stored(cache, full)
        sample = random.Random(seed).sample(list(full), 50) + _misses(full)[:50]
        for key in sample:
            assert table.get(key) == full.get(key)
        assert sum(table._read) == len({shard_of(key) for key in sample})
        assert table._shards is not None


def test_candidates_are_those_of_the_whole_table(full: dict[str, Any]) -> None:
    names = [place[0] for rows in full.values() for place in rows if place[0]]
    names += [name.upper() for name in names[:2000]] + list(full) + _misses(full)
    for name in names:
        exact = gazetteer._exact_key(name)
        expected = full.get(exact) or full.get(gazetteer._folded(exact), ())
        assert gazetteer.candidates(name) == tuple(map(gazetteer.Place._make, expected))
    assert gazetteer.gazetteer() == {
        key: tuple(map(gazetteer.Place._make, rows)) for key, rows in full.items()
    }


def test_every_shard_is_written_even_empty_ones(cache: Path) -> None:
    shards = split({"paris": 1})
    assert len(shards) == SHARDS
    assert [marshal.loads(shard) for shard in shards].count({}) == SHARDS - 1
    assert marshal.loads(shards[shard_of("paris")]) == {"paris": 1}


def test_a_changed_key_rebuilds_and_removes_the_old_file(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = {"paris": (("Paris", "France", 2_000_000, None),)}
    builds: list[dict[str, Any]] = []
    monkeypatch.setattr(gazetteer, "_built_rows", lambda: builds.append(rows) or rows)
    for key, built in (("one", 1), ("one", 1), ("two", 2), ("two", 2), ("one", 3)):
        monkeypatch.setattr(gazetteer, "_source_digest", lambda key=key: key)
        table = gazetteer._rows.__wrapped__()
        assert table.get("paris") == rows["paris"] and table.get("lyon") is None
        assert len(builds) == built
        assert [path.name for path in cache.iterdir()] == [f"gazetteer-{key}.marshal"]


def test_the_key_names_the_shards(monkeypatch: pytest.MonkeyPatch) -> None:
    key = gazetteer._source_digest()
    monkeypatch.setattr(gazetteer, "SHARDS", SHARDS * 2)
    assert gazetteer._source_digest() != key


def test_unreadable_or_partial_files_are_built_again(cache: Path) -> None:
    table = {"paris": 1, "lyon": 2}
    (cache / "gazetteer-k.marshal").write_bytes(marshal.dumps(split(table)[:-1]))
    assert load_sharded("gazetteer", "k", lambda: table).get("lyon") == 2
    assert len(read_cached("gazetteer", "k")) == SHARDS  # written again, whole
    broken = list(split(table))
    broken[shard_of("lyon")] = b"\xff"
    (cache / "gazetteer-k.marshal").write_bytes(marshal.dumps(tuple(broken)))
    lazy = load_sharded("gazetteer", "k", lambda: table)
    assert lazy.get("paris") == 1 and lazy.get("lyon") == 2 and lazy.get("nice") is None


def test_without_a_cache_folder_the_table_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCMP_CACHE_DIR", "")
    table = load_sharded("gazetteer", "k", lambda: {"paris": 1})
    assert table.get("paris") == 1 and table.get("lyon") is None and table.all() == {"paris": 1}


def test_place_names_are_the_lowered_names_of_every_place() -> None:
    data = geonames.geonames()
    names = {city.name for city in geonames.cities()}
    names.update(data.us_states.values(), data.continents, _countries())
    expected = frozenset(name.lower() for name in names)
    assert geonames.city_names().all().keys() == {c.name.lower() for c in geonames.cities()}
    found = places()
    others = [name + "x" for name in list(expected)[:3000]] + ["", "PARIS", "new  york"]
    for name in [*expected, *others, *(name.title() for name in expected)]:
        assert (name in found) == (name in expected)
