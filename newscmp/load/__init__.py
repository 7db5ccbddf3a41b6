"""Finding inputs and reading them into Articles.

`load_paths` takes what a user names on the command line (folders, files, globs, URLs, `-`)
and a `LoadOptions`, and returns the articles it could read and a Problem for each input it
could not. `load_article` reads one file of any format and `read_article` reads plain-text
bytes already in hand; both raise InputError. `read_input` reads bytes of any format.
"""

from __future__ import annotations

from newscmp.load.inputs import load_article, load_paths, read_input
from newscmp.load.options import MAX_BYTES, TIMEOUT, LoadOptions
from newscmp.load.text import read_article

__all__ = [
    "MAX_BYTES",
    "TIMEOUT",
    "LoadOptions",
    "load_article",
    "load_paths",
    "read_article",
    "read_input",
]
