"""Inputs nested deeply: a folder tree a thousand levels deep is walked without recursion, and
a page whose elements nest deeper than the HTML parser reads says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscmp.errors import InputError
from newscmp.load import LoadOptions, load_paths
from newscmp.load.html import MAX_DEPTH, NO_TEXT, TOO_DEEP, nesting_depth, read_html

ARTICLE = "Rescuers pulled 12 people from the flooded tunnel on Tuesday, officials said."
LEVELS = 1000


def test_a_folder_tree_a_thousand_levels_deep(tmp_path: Path) -> None:
    folders = [tmp_path / "tree"]
    for _ in range(LEVELS):  # os.makedirs itself recurses
        folders.append(folders[-1] / "d")
    for folder in folders:
        folder.mkdir()
    try:
        (folders[-1] / "deep.txt").write_text(ARTICLE, encoding="utf-8")
        (folders[0] / "top.txt").write_text("Firefighters rescued 12 people on Tuesday.")
        beside = tmp_path / "beside.txt"
        beside.write_text("Twelve people were rescued from a tunnel on Tuesday.")
        options = LoadOptions(recursive=True)
        articles, problems = load_paths([str(folders[0]), str(beside)], options=options)
        assert problems == []
        names = [Path(article.path).name for article in articles]
        assert names == ["top.txt", "deep.txt", "beside.txt"]
    finally:  # removed here, deepest first: pytest's own clean-up recurses and would fail
        for folder in reversed(folders):
            for child in folder.iterdir():
                if child.is_file():
                    child.unlink()
            folder.rmdir()


def _page(levels: int) -> bytes:
    body = "<div>" * levels + f"<p>{ARTICLE} {ARTICLE}</p>" + "</div>" * levels
    return f"<!doctype html><html><head><title>T</title></head><body>{body}</body></html>".encode()


def test_html_nested_too_deeply_says_so() -> None:
    with pytest.raises(InputError) as raised:
        read_html(_page(2 * MAX_DEPTH), "deep.html", "deep")
    assert raised.value.message == TOO_DEEP


def test_html_nested_a_little_is_read() -> None:
    assert ARTICLE in read_html(_page(40), "page.html", "page").text


def test_a_page_without_text_is_not_called_deep() -> None:
    with pytest.raises(InputError) as raised:
        read_html(b"<html><body><nav>Home</nav></body></html>", "empty.html", "empty")
    assert raised.value.message == NO_TEXT


@pytest.mark.parametrize(
    ("page", "depth"),
    [
        ("<html><body><p>a<br>b<img src='x'/></p></body></html>", 3),
        ("<div>" * 5 + "</div>" * 5 + "<div></div>", 5),
        ("</div></div><p>x</p>", 1),
        ("no tags at all", 0),
    ],
)
def test_nesting_depth(page: str, depth: int) -> None:
    assert nesting_depth(page) == depth
