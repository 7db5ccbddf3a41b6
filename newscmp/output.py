"""Writing results to files so that an interrupted run never leaves half a report."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable

from newscmp.errors import NewscmpError


def _new_file_mode(path: str) -> int:
    """The mode the file had, else what the umask gives a new file (mkstemp's is 0o600)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: str, text: str | Iterable[str]) -> None:
    """Write `text` (or its pieces, in order) to `path` through a temporary file in the same
    folder and os.replace."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".newscmp-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise NewscmpError(f"cannot write here: {exc.strerror or exc}", path) from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.writelines([text] if isinstance(text, str) else text)
        os.chmod(temporary, _new_file_mode(path))
        os.replace(temporary, path)
    except BaseException as exc:  # also Ctrl-C: never leave the temporary file behind
        os.unlink(temporary)
        if isinstance(exc, OSError):
            raise NewscmpError(f"cannot write: {exc.strerror or exc}", path) from exc
        raise
