"""`newscmp compare`: one row per fact, one column per source, each cell the source's own words.

Every column is at least `MIN_WIDTH` characters, so a word wraps whole and is never broken in
the middle; the sources that do not fit are left out and named under the table (`--sources`
picks which are shown). Below `BLOCK_WIDTH` columns no side-by-side table fits at all, and each
fact becomes a block of lines, one per source.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from newscmp.formats.values import (
    MISSING_LOOK,
    STATUS_LOOK,
    best_mention,
    format_value,
    mentions_by_source,
    shorten,
    source_headings,
)
from newscmp.model import Article, Comparison, Fact, Kind, Mention, Status
from newscmp.summary import summarize

# Widest a cell's words get before they are cut in the middle.
CELL_WORDS = 70
# Narrowest the Fact column and a source's column get: a word of 12 letters fits whole.
MIN_WIDTH = 12
STATUS_WIDTH = 10
FACT_MAX = 22
# Each column's padding and rule, and the table's edge.
_PADDING, _EDGE = 3, 1
FIXED_WIDTH = MIN_WIDTH + STATUS_WIDTH + 2 * _PADDING + _EDGE
SOURCE_WIDTH = MIN_WIDTH + _PADDING
# Narrower than the fact, status and one source column: one block of lines per fact.
BLOCK_WIDTH = FIXED_WIDTH + SOURCE_WIDTH
# The kinds whose facts are the event's own (when, where, how long): the Fact cell says the
# consensus, which their label ("Date") alone does not.
EVENT_KINDS = frozenset({Kind.DATE, Kind.LOCATION, Kind.VENUE, Kind.DURATION})


def _cell(status: Status | None, mentions: list[Mention] | None) -> Text:
    if not mentions or status is None:
        symbol, word, style = MISSING_LOOK
        return Text(f"{symbol} {word}", style=style)
    symbol, _, style = STATUS_LOOK[status]
    cell = Text(f"{symbol} ", style=style)
    cell.append(shorten(best_mention(mentions).text, CELL_WORDS))
    return cell


def _detail(fact: Fact) -> str:
    return format_value(fact.value) if fact.kind in EVENT_KINDS else fact.kind.value


def _fact_cell(fact: Fact) -> Text:
    text = Text(fact.label, style="bold")
    text.append(f"\n{_detail(fact)}", style="dim")
    return text


def _status_text(fact: Fact) -> Text:
    symbol, word, style = STATUS_LOOK[fact.status]
    return Text(f"{symbol} {word}", style=style)


def shown_sources(count: int, width: int) -> int:
    """How many source columns fit in `width` columns of text (always at least one)."""
    return min(count, max(1, (width - FIXED_WIDTH) // SOURCE_WIDTH))


def column_widths(width: int, sources: int) -> tuple[int, int]:
    """The widths of the Fact column and of each source's column in `width` columns of text:
    the room left beside the Status column, shared evenly, the Fact column at most `FACT_MAX`."""
    room = width - _EDGE - _PADDING * (sources + 2) - STATUS_WIDTH
    fact = min(FACT_MAX, max(MIN_WIDTH, room // (sources + 1)))
    return fact, max(MIN_WIDTH, (room - fact) // max(1, sources))


def _caption(
    comparison: Comparison, shown: Sequence[Article], headings: dict[str, str], width: int
) -> str:
    """What the table leaves out: the sources that did not fit or were not picked."""
    omitted = [headings[article.id] for article in comparison.sources if article not in shown]
    if not omitted:
        return ""
    return (
        f"{len(shown)} of {len(comparison.sources)} sources side by side in {width} columns; "
        f"left out: {', '.join(omitted)} (--sources picks which; `newscmp facts`, --format "
        "html or csv show every source)"
    )


def render_table(
    comparison: Comparison, width: int = 80, *, left_out: int = 0, columns: Sequence[str] = ()
) -> RenderableType:
    """The side-by-side table for `width` columns of text, the summary line under it.

    `columns` are the ids of the sources to show (default: every source); those beyond what
    fits are left out and the caption names them. `left_out` is how many facts the options
    left out, for the summary line."""
    headings = source_headings(comparison.sources)
    chosen = [a for a in comparison.sources if a.id in columns] if columns else comparison.sources
    summary = summarize(comparison).line(left_out)
    if width < BLOCK_WIDTH:
        return _blocks(comparison, chosen, headings, summary)
    sources = chosen[: shown_sources(len(chosen), width)]
    caption = "\n".join(filter(None, [summary, _caption(comparison, sources, headings, width)]))
    table = Table(
        box=box.SIMPLE_HEAD,
        show_lines=True,
        title="newscmp compare",
        caption=caption,
        caption_justify="left",
    )
    fact_width, source_width = column_widths(width, len(sources))
    table.add_column("Fact", width=fact_width, overflow="ellipsis")
    table.add_column("Status", width=STATUS_WIDTH, no_wrap=True)
    for article in sources:
        table.add_column(headings[article.id], width=source_width, overflow="ellipsis")
    for fact in comparison.facts:
        mentions = mentions_by_source(fact)
        statuses = dict(fact.by_source)
        cells = [_cell(statuses.get(article.id), mentions.get(article.id)) for article in sources]
        table.add_row(_fact_cell(fact), _status_text(fact), *cells)
    return table


def _blocks(
    comparison: Comparison, sources: Sequence[Article], headings: dict[str, str], summary: str
) -> RenderableType:
    """One block per fact for a very narrow screen: the fact and its status on a line, then a
    line per source that mentions it, then the sources that do not."""
    parts: list[RenderableType] = [Text("newscmp compare", style="italic")]
    for fact in comparison.facts:
        mentions = mentions_by_source(fact)
        statuses = dict(fact.by_source)
        head = Text(fact.label, style="bold")
        head.append(f" · {_detail(fact)} · ", style="dim")
        parts.extend([Text(""), head.append_text(_status_text(fact))])
        missing = []
        for article in sources:
            if article.id not in mentions:
                missing.append(headings[article.id])
                continue
            line = _cell(statuses.get(article.id), mentions[article.id])
            parts.append(Padding(line.append(f" ({headings[article.id]})", style="dim"), (0, 2)))
        if missing:
            symbol, word, style = MISSING_LOOK
            line = Text(f"{symbol} {word}: {', '.join(missing)}", style=style)
            parts.append(Padding(line, (0, 2)))
    parts.extend([Text(""), Text(summary)])
    return Group(*parts)
