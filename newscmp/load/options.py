"""How the loader reads its inputs: the settings the command line passes down.

One frozen value so that `load_paths` takes one argument for all of them, and a new option
is a new field with a default rather than a new parameter everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

# The largest input read, in bytes (after decompression); `--max-bytes` raises it.
MAX_BYTES = 20_000_000
# Seconds a URL may take to answer and to send its page.
TIMEOUT = 10.0


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """Settings for `load_paths`.

    `recursive` walks folders into their subfolders; `urls_file` names a file of URLs (one a
    line, `#` comments) to fetch as well as the inputs; the `*_field` overrides name the record
    field to read instead of the common scraper names; `max_bytes` bounds every input (after
    decompression) and every download; `timeout` bounds each download in seconds; `stdin` is
    the stream `-` reads (None: the process's standard input).
    """

    recursive: bool = False
    urls_file: str | None = None
    text_field: str | None = None
    title_field: str | None = None
    outlet_field: str | None = None
    published_field: str | None = None
    url_field: str | None = None
    max_bytes: int = MAX_BYTES
    timeout: float = TIMEOUT
    stdin: BinaryIO | None = None


DEFAULT_OPTIONS = LoadOptions()
