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
from pathlib import Path
from typing import BinaryIO

from newscmp.errors import InputError
from newscmp.load.fetch import is_url
from newscmp.load.fetch import too_big as _too_big
from newscmp.load.options import MAX_BYTES

# The files a folder walk reads, each also as `<name>.gz`.
TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# Documents read by their own module (load/pdf.py, load/docx.py): suffix to format name.
DOCUMENT_SUFFIXES = {".pdf": "pdf", ".docx": "docx"}
ARTICLE_SUFFIXES = (
    TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | frozenset(DOCUMENT_SUFFIXES)
)
COMPRESSED_SUFFIX = ".gz"
READABLE = ".txt, .md, .html, .json, .jsonl, .pdf, .docx"
NO_ARTICLES = f"no articles ({READABLE}) in this folder"
SUBFOLDERS_HINT = "; it has subfolders: give -r to read them too"
STDIN = "-"
_GLOB_CHARACTERS = frozenset("*?[")


def article_suffix(name: str) -> str:
    """The format suffix of a file name, lower case, looking through `.gz` ("a.TXT.gz": ".txt")."""
    path = Path(name)
    if path.suffix.lower() == COMPRESSED_SUFFIX:
        path = Path(path.stem)
    return path.suffix.lower()


def file_stem(name: str) -> str:
    """A file's name without its format and `.gz` suffixes: the id of its article."""
    path = Path(name)
    if path.suffix.lower() == COMPRESSED_SUFFIX:
        path = Path(path.stem)
    return path.stem or path.name


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


def is_article_name(name: str) -> bool:
    """Whether a folder walk reads a file of this name: an article suffix, not hidden."""
    return not name.startswith(".") and article_suffix(name) in ARTICLE_SUFFIXES


def unsupported(name: str) -> str:
    """What to do with a file in a folder that is no article format newscmp reads."""
    suffix = article_suffix(name)
    what = f"{suffix} files" if suffix else "files without an extension"
    return (
        f"not read: newscmp does not read {what} (it reads {READABLE}, and .gz of them); "
        "convert it, or move it out of the folder"
    )


def _folder_entries(folder: str) -> list[str | InputError]:
    """The article files directly inside a folder, by name, and an InputError for each other
    file; hidden ones left out."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        raise InputError(f"cannot list this folder: {_stat_error(exc)}", folder) from exc
    found: list[str | InputError] = []
    for entry in entries:
        if is_article_name(entry.name):
            found.append(entry.path)
        elif not entry.name.startswith(".") and not _is_folder(entry):
            found.append(InputError(unsupported(entry.name), entry.path))
    return found


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False  # not a folder we can walk: reported as a file


def _walk(folder: str) -> Iterator[str | InputError]:
    """The article files in a folder and its subfolders: a folder's own files, then each
    subfolder's, by name. Hidden files and folders are left out, and linked folders are not
    followed (so a link loop ends). Walked with a stack, not recursion, so no depth is too deep."""
    stack = [folder]
    while stack:
        root = stack.pop()
        try:
            entries = sorted(os.scandir(root), key=lambda entry: entry.name)
        except OSError as exc:
            yield _listing_error(exc if exc.filename else OSError(exc.errno, exc.strerror, root))
            continue
        folders: list[str] = []
        for entry in entries:
            if _is_folder(entry):
                if not entry.name.startswith(".") and not entry.is_symlink():
                    folders.append(entry.path)
            elif is_article_name(entry.name):
                yield entry.path
            elif not entry.name.startswith("."):
                yield InputError(unsupported(entry.name), entry.path)
        stack.extend(reversed(folders))


def _listing_error(error: OSError) -> InputError:
    return InputError(f"cannot list this folder: {_stat_error(error)}", str(error.filename))


def _folder(name: str, recursive: bool) -> Iterator[str | InputError]:
    try:
        found: list[str | InputError] = [*(_walk(name) if recursive else _folder_entries(name))]
    except InputError as exc:
        yield exc
        return
    if not any(isinstance(item, str) for item in found):
        subfolders = not recursive and _has_subfolders(name)
        found.append(InputError(NO_ARTICLES + (SUBFOLDERS_HINT if subfolders else ""), name))
    yield from found


def _has_subfolders(folder: str) -> bool:
    try:
        return any(
            entry.is_dir() and not entry.name.startswith(".") for entry in os.scandir(folder)
        )
    except OSError:
        return False


def expand_paths(paths: Sequence[str], recursive: bool = False) -> Iterator[str | InputError]:
    """Each input file, URL or `-` in order, or the InputError for an input that names none.

    Folders give the article files inside them (`recursive`: in their subfolders too); a
    name that does not exist and holds `*`, `?` or `[` is a glob pattern (`**` spans folders).
    """
    for name in paths:
        if name == STDIN or is_url(name):
            yield name
        elif os.path.isdir(name):
            yield from _folder(name, recursive)
        elif not os.path.lexists(name) and _GLOB_CHARACTERS & set(name):
            try:
                matches = sorted(glob.glob(name, recursive=True))
            except RecursionError:  # `**` over folders nested about a thousand deep
                yield InputError("folders nested too deeply for this pattern; use -r", name)
                continue
            yield from matches if matches else [InputError("no files match this pattern", name)]
        else:
            yield name


def standard_input(stdin: BinaryIO | None) -> BinaryIO | None:
    """The stream `-` reads: the one given, else the process's standard input."""
    if stdin is not None:
        return stdin
    buffer: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    return buffer
