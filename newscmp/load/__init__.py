"""Finding inputs and reading them into Articles.

`load_paths` takes what a user names on the command line (folders, files, globs, `-`) and
returns the articles it could read and a Problem for each input it could not. `load_article`
reads one file and `read_article` reads bytes already in hand; both raise InputError.
"""

from __future__ import annotations

from newscmp.load.discover import MAX_BYTES, load_article, load_paths
from newscmp.load.text import read_article

__all__ = ["MAX_BYTES", "load_article", "load_paths", "read_article"]
