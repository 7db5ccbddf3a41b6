"""`newscmp compare`: one row per fact, one column per source, each cell the source's own words."""

from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text

from newscmp.formats.values import (
    MISSING_LOOK,
    STATUS_LOOK,
    best_mention,
    format_value,
    mentions_by_source,
    shorten,
    source_heading,
)
from newscmp.model import Comparison, Fact, Mention, Status

# Widest a cell's words get before they are cut in the middle.
CELL_WORDS = 70
# Columns the Fact and Status columns take, and the fewest a source's column can do with:
# wider than that and the cells become a letter wide, so later sources are left out.
FIXED_WIDTH = 30
SOURCE_WIDTH = 10


def _cell(status: Status | None, mentions: list[Mention] | None) -> Text:
    if not mentions or status is None:
        symbol, word, style = MISSING_LOOK
        return Text(f"{symbol} {word}", style=style)
    symbol, _, style = STATUS_LOOK[status]
    cell = Text(f"{symbol} ", style=style)
    cell.append(shorten(best_mention(mentions).text, CELL_WORDS))
    return cell


def _fact_cell(fact: Fact) -> Text:
    """The fact's name; for the event's own facts (date, place...) the consensus, which the
    label alone does not say."""
    text = Text(fact.label, style="bold")
    detail = format_value(fact.value) if fact.id.endswith(":event") else fact.kind.value
    text.append(f"\n{detail}", style="dim")
    return text


def shown_sources(count: int, width: int) -> int:
    """How many source columns fit in `width` columns of text (always at least one)."""
    return min(count, max(1, (width - FIXED_WIDTH) // SOURCE_WIDTH))


def render_table(comparison: Comparison, width: int = 80) -> Table:
    """The side-by-side table for `width` columns of text; columns wrap, so it stays readable
    down to 100 columns. Sources beyond what fits are left out, and the caption says so."""
    sources = comparison.sources[: shown_sources(len(comparison.sources), width)]
    caption = None
    if len(sources) < len(comparison.sources):
        caption = (
            f"{len(sources)} of {len(comparison.sources)} sources shown side by side in "
            f"{width} columns; `newscmp facts` sums up every source, and --format html or "
            "csv shows each one"
        )
    table = Table(
        box=box.SIMPLE_HEAD, show_lines=True, expand=True, title="newscmp compare", caption=caption
    )
    table.add_column("Fact", ratio=3, overflow="fold")
    table.add_column("Status", min_width=10, no_wrap=True)
    for article in sources:
        table.add_column(source_heading(article), ratio=3, overflow="fold")
    for fact in comparison.facts:
        mentions = mentions_by_source(fact)
        statuses = dict(fact.by_source)
        symbol, word, style = STATUS_LOOK[fact.status]
        cells = [_cell(statuses.get(article.id), mentions.get(article.id)) for article in sources]
        table.add_row(_fact_cell(fact), Text(f"{symbol} {word}", style=style), *cells)
    return table
