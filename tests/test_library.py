"""The library API: the README's Python examples run as doctests, and no subpackage shadows a
public function (importing every part of newscmp, then calling each function, must work)."""

from __future__ import annotations

import doctest
import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

import newscmp
from newscmp.errors import InputError, NothingToCompareError

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)


def test_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 3
    assert all(">>>" in block for block in BLOCKS)


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_python_block_runs(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    globs: dict[str, object] = {}
    for earlier in BLOCKS[:index]:  # later blocks use the names earlier ones define
        _run(earlier, globs)
    failures = _run(BLOCKS[index], globs)
    assert failures == 0, f"README python block {index + 1} failed (see the output above)"


def _run(source: str, globs: dict[str, object]) -> int:
    test = doctest.DocTestParser().get_doctest(source, globs, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, clear_globs=False)
    globs.update(test.globs)
    return runner.failures


def test_no_subpackage_shadows_a_public_name(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in pkgutil.walk_packages(newscmp.__path__, "newscmp."):
        if not module.name.endswith("__main__"):  # that one runs the CLI
            importlib.import_module(module.name)
    for name in newscmp.__all__:
        assert not isinstance(getattr(newscmp, name), type(newscmp)), name
    monkeypatch.chdir(ROOT)
    article = newscmp.read_article("seeds/000_62d2b6d06a40e93b.txt")
    other = newscmp.Article.from_text(
        "Striking dockworkers returned to work on Tuesday after a 36-hour walkout at the "
        "port, union leader Maria Costa said, ending the dispute over pay and hours.",
        id="dock",
        published="2023-06-08",
    )
    comparison = newscmp.compare([article, other])
    assert [source.id for source in comparison.sources] == [article.id, "dock"]
    assert newscmp.extract_mentions(other)
    assert json.loads(newscmp.render(comparison, "json"))["sources"][1]["id"] == "dock"


def test_compare_mixes_paths_and_articles_with_unique_ids(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    twin = newscmp.Article.from_text(
        "The council voted 7 to 2 on Monday to close the old library, the mayor said, "
        "and the building will be sold next year to a developer from the city.",
        id="000_62d2b6d06a40e93b",
    )
    comparison = newscmp.compare(["seeds/000_62d2b6d06a40e93b.txt", twin])
    ids = [source.id for source in comparison.sources]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_extract_mentions_gives_a_yearless_date_the_articles_year() -> None:
    article = newscmp.Article.from_text(
        "The summit opened on March 3 in the capital, where ministers met for two days "
        "of talks on trade and security, the foreign ministry said in a statement.",
        published="2021-03-04",
    )
    dates = [m.value.date for m in newscmp.extract_mentions(article) if m.kind.value == "date"]
    assert dates == ["2021-03-03"]


def test_errors() -> None:
    with pytest.raises(NothingToCompareError):
        newscmp.compare(["no/such/folder/"])
    with pytest.raises(InputError):
        newscmp.Article.from_text("   \n ")
    with pytest.raises(ValueError, match="choose from"):
        newscmp.render(newscmp.compare(["seeds/000_62d2b6d06a40e93b.txt"]), "pdf")
