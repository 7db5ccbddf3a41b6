"""Finding the inputs (folders, files, globs, `-` for standard input) and reading their bytes.

Every input that cannot be used becomes a `Problem` with one short phrase saying what to do;
one bad input never stops the others, and none is dropped silently.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from newscmp.errors import InputError
from newscmp.load.text import read_article
from newscmp.model import Article, Problem

ARTICLE_SUFFIXES = frozenset({".txt", ".md"})
MAX_BYTES = 20_000_000
STDIN = "-"
_GLOB_CHARACTERS = frozenset("*?[")


def _too_big(max_bytes: int) -> str:
    return f"larger than {max_bytes:,} bytes; raise the limit with --max-bytes"


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def _stat_error(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop; point the link at a real file"
    if exc.errno == errno.EACCES:
        return "permission denied; make it readable"
    if exc.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return f"cannot open: {exc.strerror or exc}"


def _check_path(path: Path, name: str) -> os.stat_result:
    """The stat of a usable regular file; raises InputError naming what is wrong."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        if path.is_symlink():
            raise InputError("broken symbolic link: its target does not exist", name) from exc
        raise InputError("no such file or folder", name) from exc
    except OSError as exc:
        raise InputError(_stat_error(exc), name) from exc
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{_file_kind(info.st_mode)}, not a file; give an article file", name)
    return info


def read_file(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of one regular file, at most `max_bytes`; raises InputError otherwise."""
    name = str(path)
    path = Path(path)
    info = _check_path(path, name)
    if info.st_size > max_bytes:
        raise InputError(_too_big(max_bytes), name)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(_stat_error(exc), name) from exc
    if len(data) > max_bytes:
        raise InputError(_too_big(max_bytes), name)
    return data


def read_stream(stream: BinaryIO | None, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of standard input (or any binary stream), at most `max_bytes`."""
    if stream is None:
        raise InputError("no standard input to read; pipe an article in", STDIN)
    try:
        data = stream.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read standard input: {exc}", STDIN) from exc
    if len(data) > max_bytes:
        raise InputError(_too_big(max_bytes), STDIN)
    return data


def load_article(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read one article file; raises InputError(message, path) when it cannot be used."""
    return read_article(read_file(path, max_bytes), str(path), Path(path).stem)


def _folder_entries(folder: Path, name: str) -> list[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        raise InputError(f"cannot list this folder: {_stat_error(exc)}", name) from exc
    found = [
        Path(entry.path) for entry in entries if Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES
    ]
    if not found:
        raise InputError("no .txt or .md articles in this folder", name)
    return found


def expand_paths(paths: Sequence[str]) -> Iterator[str | InputError]:
    """Each input file (or `-`) in order, or the InputError for an input that names none."""
    for name in paths:
        path = Path(name)
        if name == STDIN:
            yield STDIN
        elif path.is_dir():
            try:
                yield from (str(entry) for entry in _folder_entries(path, name))
            except InputError as exc:
                yield exc
        elif not os.path.lexists(name) and _GLOB_CHARACTERS & set(name):
            matches = sorted(glob.glob(name))
            yield from matches if matches else [InputError("no files match this pattern", name)]
        else:
            yield name


def _stdin(stdin: BinaryIO | None) -> BinaryIO | None:
    if stdin is not None:
        return stdin
    buffer: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    return buffer


def _unique_id(stem: str, taken: set[str]) -> str:
    candidate, number = stem, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}"
    taken.add(candidate)
    return candidate


def load_paths(
    paths: Sequence[str], stdin: BinaryIO | None = None, *, max_bytes: int = MAX_BYTES
) -> tuple[list[Article], list[Problem]]:
    """Every article under `paths`, and a Problem for each input that could not be used."""
    articles: list[Article] = []
    problems: list[Problem] = []
    taken: set[str] = set()
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            problems.append(Problem(item.path or "", item.message))
            continue
        try:
            if item == STDIN:
                data, stem = read_stream(_stdin(stdin), max_bytes), "stdin"
            else:
                data, stem = read_file(item, max_bytes), Path(item).stem
            article = read_article(data, item, stem)
        except InputError as exc:
            problems.append(Problem(item, exc.message))
            continue
        articles.append(_with_id(article, _unique_id(stem, taken)))
    return articles, problems


def _with_id(article: Article, id: str) -> Article:
    return article if article.id == id else replace(article, id=id)
