"""Pure functions from a Comparison to a rich renderable or a string; only cli.py prints.

`RENDERERS` is the one table of output formats: a format name to a function that turns a
Comparison into the text to write, as pieces to write one after another (the JSON document comes
a fact at a time, so a 10,000-article run never holds it whole). Each module is imported when its
format is first used, so importing this package stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import RenderableType

    from newscmp.model import Comparison


@dataclass(frozen=True, slots=True)
class Screen:
    """Where text goes: its width in columns (None: the terminal's, else 80) and colour or not;
    how many facts the options left out (the summary line says so); which sources the table
    shows as columns (their ids; empty: as many as fit, in source order); `formulas`: CSV cells
    that a spreadsheet reads as formulas are written as they are."""

    width: int | None = None
    color: bool = False
    left_out: int = 0
    columns: tuple[str, ...] = ()
    formulas: bool = False


# Columns of text written to a file with -o: wide enough for the side-by-side table.
FILE_WIDTH = 100

Renderer = Callable[["Comparison", Screen], Iterable[str]]


def console_text(renderable: RenderableType, screen: Screen) -> str:
    """A rich renderable as text: ANSI styles only when `screen.color`, else no trailing spaces."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=screen.width,
        force_terminal=screen.color,
        color_system="auto" if screen.color else None,
        no_color=not screen.color,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    console.print(renderable)
    if screen.color:
        return buffer.getvalue()
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _table(comparison: Comparison, screen: Screen) -> Iterable[str]:
    from rich.console import Console

    from newscmp.formats.table import render_table

    width = screen.width or Console(legacy_windows=False).width  # the terminal's, else 80
    view = render_table(comparison, width, left_out=screen.left_out, columns=screen.columns)
    return [console_text(view, replace(screen, width=width))]


def _sheet(comparison: Comparison, screen: Screen) -> Iterable[str]:
    from newscmp.formats.sheet import render_sheet

    return [console_text(render_sheet(comparison, screen.left_out), screen)]


def _json(comparison: Comparison, screen: Screen) -> Iterable[str]:
    from newscmp.serialize import json_chunks

    return json_chunks(comparison)


def _jsonl(comparison: Comparison, screen: Screen) -> Iterable[str]:
    from newscmp.formats.jsonl import render_jsonl

    return [render_jsonl(comparison)]


def _markdown(comparison: Comparison, screen: Screen) -> Iterable[str]:
    from newscmp.formats.markdown import render_markdown

    return [render_markdown(comparison)]


def _csv(comparison: Comparison, screen: Screen) -> Iterable[str]:
    from newscmp.formats.csvfile import render_csv

    return [render_csv(comparison, raw=screen.formulas)]


def _html(comparison: Comparison, screen: Screen) -> Iterable[str]:
    from newscmp.formats.html import render_html

    return [render_html(comparison)]


# The output formats, in the order `--format` lists them.
RENDERERS: dict[str, Renderer] = {
    "table": _table,
    "sheet": _sheet,
    "json": _json,
    "jsonl": _jsonl,
    "markdown": _markdown,
    "csv": _csv,
    "html": _html,
}

# File extension -> format for `-o FILE`; None means the command's own text format.
EXTENSIONS: dict[str, str | None] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".txt": None,
}


def format_for_path(path: str, default: str) -> str:
    """The format a file name asks for; `default` for .txt. Raises ValueError when unknown."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        known = " ".join(EXTENSIONS)
        raise ValueError(
            f"cannot tell the format from the file name {path!r}; "
            f"give --format or use one of: {known}"
        )
    return EXTENSIONS[suffix] or default


def render_pieces(
    format_name: str, comparison: Comparison, screen: Screen | None = None
) -> Iterable[str]:
    """The comparison in one format, as pieces of text to write in order."""
    return RENDERERS[format_name](comparison, screen or Screen())


def render(format_name: str, comparison: Comparison, screen: Screen | None = None) -> str:
    """The comparison in one format, as the whole text."""
    return "".join(render_pieces(format_name, comparison, screen))
