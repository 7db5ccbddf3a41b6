"""`newscmp compare`: one row per fact, one column per source, each cell the source's own words."""

from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text

from newscmp.formats.values import (
    MISSING_LOOK,
    STATUS_LOOK,
    best_mention,
    context_by_source,
    format_value,
    mentions_by_source,
    shorten,
    source_heading,
)
from newscmp.model import Comparison, ComparisonEvent, DateValue, Fact, Mention, Status

# Widest a cell's words get before they are cut in the middle.
CELL_WORDS = 70
# Columns the Fact and Status columns take, and the fewest a source's column can do with:
# wider than that and the cells become a letter wide, so later sources are left out.
FIXED_WIDTH = 30
SOURCE_WIDTH = 10


# Context mentions shown under a cell with --context, at most.
CONTEXT_LINES = 3


def _cell(
    status: Status | None, mentions: list[Mention] | None, context: list[Mention] | None = None
) -> Text:
    if not mentions or status is None:
        symbol, word, style = MISSING_LOOK
        cell = Text(f"{symbol} {word}", style=style)
    else:
        symbol, _, style = STATUS_LOOK[status]
        cell = Text(f"{symbol} ", style=style)
        cell.append(shorten(best_mention(mentions).text, CELL_WORDS))
    lines = dict.fromkeys(
        f"↳ {shorten(mention.text, CELL_WORDS)} ({(mention.reason or 'context').replace('_', ' ')})"
        for mention in context or ()
    )
    for line in list(lines)[:CONTEXT_LINES]:
        cell.append("\n" + line, style="dim")
    return cell


def event_caption(event: ComparisonEvent | None) -> str | None:
    """The main event in one line: "Main event: earthquake · 2023-02-06 (Monday) · Nepal"."""
    if event is None:
        return None
    date = format_value(DateValue(event.date)) if event.date else None
    place = ", ".join(part for part in (event.place, event.country) if part) or None
    parts = [part for part in (event.label, date, place) if part]
    return "Main event: " + " · ".join(parts) if parts else None


def _fact_cell(fact: Fact) -> Text:
    """The fact's name; for the event's own facts (date, place...) the consensus, which the
    label alone does not say."""
    text = Text(fact.label, style="bold")
    detail = format_value(fact.value) if fact.id.endswith(":event") else fact.kind.value
    text.append(f"\n{detail}" + (" (context)" if fact.is_context else ""), style="dim")
    return text


def shown_sources(count: int, width: int) -> int:
    """How many source columns fit in `width` columns of text (always at least one)."""
    return min(count, max(1, (width - FIXED_WIDTH) // SOURCE_WIDTH))


def render_table(comparison: Comparison, width: int = 80, context: bool = False) -> Table:
    """The side-by-side table for `width` columns of text; columns wrap, so it stays readable
    down to 100 columns. The caption names the main event; sources beyond what fits are left
    out, and the caption says so. With `context`, each cell also shows, dimmed, the source's
    context mentions (another event, a later step, a dateline...)."""
    sources = comparison.sources[: shown_sources(len(comparison.sources), width)]
    lines = [event_caption(comparison.event)]
    if len(sources) < len(comparison.sources):
        lines.append(
            f"{len(sources)} of {len(comparison.sources)} sources shown side by side in "
            f"{width} columns; `newscmp facts` sums up every source, and --format html or "
            "csv shows each one"
        )
    caption = "\n".join(line for line in lines if line) or None
    table = Table(
        box=box.SIMPLE_HEAD, show_lines=True, expand=True, title="newscmp compare", caption=caption
    )
    table.add_column("Fact", ratio=3, overflow="fold")
    table.add_column("Status", min_width=10, no_wrap=True)
    for article in sources:
        table.add_column(source_heading(article), ratio=3, overflow="fold")
    for fact in comparison.facts:
        mentions = mentions_by_source(fact)
        others = context_by_source(fact) if context else {}
        statuses = dict(fact.by_source)
        symbol, word, style = STATUS_LOOK[fact.status]
        if fact.is_context:  # no source claims it: shown only with --context, dimmed
            style = "dim"
        cells = [
            _cell(statuses.get(article.id), mentions.get(article.id), others.get(article.id))
            for article in sources
        ]
        table.add_row(_fact_cell(fact), Text(f"{symbol} {word}", style=style), *cells)
    return table
