"""Writing results to files so that an interrupted run never leaves half a report, and a report
never destroys or joins its own inputs.

A regular file is written through a temporary file in the same folder and `os.replace`; the
temporary file is removed on any failure, on Ctrl-C, and on SIGTERM or SIGHUP. A named pipe or a
character device (`/dev/null`, `/dev/stdout`) is written through, never replaced; any other
kind of node (a folder, a socket, a block device) is refused.
"""

from __future__ import annotations

import fnmatch
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from newscmp.errors import NewscmpError

# Signals that end a run and, while a report is being written, first remove its temporary file.
_STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)
_GLOB_CHARACTERS = frozenset("*?[")
_IS_INPUT = (
    "is one of the inputs: writing it would destroy that article; choose another output file"
)


class _Stopped(BaseException):
    """A stop signal arrived while a report was being written."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


def _new_file_mode(path: str) -> int:
    """The mode the file had, else what the umask gives a new file (mkstemp's is 0o600)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def check_target(path: str, inputs: Sequence[str], recursive: bool = False) -> None:
    """Raise NewscmpError (naming `path`) when writing it would overwrite one of the `inputs`,
    or put a file where a later run of the same inputs would read it (any file not hidden in an
    input folder: an article is read, any other file is reported as a problem)."""
    from newscmp.load.discover import STDIN, is_article_name
    from newscmp.load.fetch import is_url

    target = os.path.realpath(path)
    readable = not os.path.basename(target).startswith(".")
    taken = os.path.exists(target) and is_article_name(os.path.basename(target))
    for name in inputs:
        if name == STDIN or is_url(name):
            continue
        if os.path.isdir(name):
            folder = os.path.realpath(name)
            parent = os.path.dirname(target)
            below = parent == folder or (recursive and parent.startswith(folder + os.sep))
            if below and readable:
                where = f"it is inside the input folder {name}"
                raise NewscmpError(_IS_INPUT if taken else _joins(where), path)
        elif os.path.lexists(name):
            if os.path.realpath(name) == target:
                raise NewscmpError(_IS_INPUT, path)
        elif _GLOB_CHARACTERS & set(name) and readable and _matches(target, name):
            where = f"it matches the input pattern {name}"
            raise NewscmpError(_IS_INPUT if taken else _joins(where), path)


def _matches(target: str, pattern: str) -> bool:
    """Whether a glob pattern (its folder taken as given and with its links resolved) names
    `target` (fnmatch's `*` also spans folders, as `**` does)."""
    absolute = os.path.abspath(pattern)
    folder, name = os.path.split(absolute)
    resolved = folder if _GLOB_CHARACTERS & set(folder) else os.path.realpath(folder)
    return any(fnmatch.fnmatch(target, form) for form in (absolute, os.path.join(resolved, name)))


def _joins(where: str) -> str:
    return (
        f"a later run of the same inputs would read this report as an article ({where}); "
        "write it elsewhere, or as a hidden file (a name starting with '.')"
    )


def write_atomic(path: str, text: str | Iterable[str]) -> None:
    """Write `text` (or its pieces, in order) to `path` through a temporary file in the same
    folder and os.replace; a named pipe or character device is written through instead."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        _write_through(path, text, mode)
        return
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".newscmp-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise NewscmpError(f"cannot write here: {exc.strerror or exc}", path) from exc
    try:
        with _stop_signals_raise():
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                stream.writelines([text] if isinstance(text, str) else text)
            os.chmod(temporary, _new_file_mode(path))
            os.replace(temporary, path)
    except BaseException as exc:  # also Ctrl-C and SIGTERM: never leave the temporary file
        if os.path.lexists(temporary):
            os.unlink(temporary)
        if isinstance(exc, _Stopped):
            signal.raise_signal(exc.number)  # the handler is the default again: end as asked
        if isinstance(exc, OSError):
            raise NewscmpError(f"cannot write: {exc.strerror or exc}", path) from exc
        raise


def _write_through(path: str, text: str | Iterable[str], mode: int) -> None:
    """Write into a named pipe or a character device as it is; refuse other non-files."""
    if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise NewscmpError(f"{kind}; give a file to write the report to", path)
    try:
        with open(path, "w", encoding="utf-8", newline="") as stream:
            stream.writelines([text] if isinstance(text, str) else text)
    except OSError as exc:
        raise NewscmpError(f"cannot write: {exc.strerror or exc}", path) from exc


@contextmanager
def _stop_signals_raise() -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP (when they would end the process) raise _Stopped, so
    the writer can clean up first; their handlers are restored on the way out."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.getsignal(number) for number in _STOP_SIGNALS}
    for number, handler in previous.items():
        if handler is signal.SIG_DFL:
            signal.signal(number, _raise_stopped)
    try:
        yield
    finally:
        for number, handler in previous.items():
            if handler is signal.SIG_DFL:
                signal.signal(number, handler)


def _raise_stopped(number: int, frame: object) -> None:
    raise _Stopped(number)
