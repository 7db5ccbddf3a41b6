"""`newscmp facts`: the merged fact sheet, one consensus value per fact, support and dissent."""

from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text

from newscmp.formats.values import (
    STATUS_LOOK,
    best_mention,
    format_value,
    mentions_by_source,
    shorten,
    source_headings,
)
from newscmp.model import Comparison, Fact, Status
from newscmp.summary import summarize, support_of

DISSENT_WORDS = 60


def support(fact: Fact, total: int) -> str:
    """How many of all sources mention the fact and how many give its consensus value, on two
    lines: "4/5 mention" over "3/5 agree"."""
    counts = support_of(fact, total)
    return f"{counts.mention}/{total} mention\n{counts.agree}/{total} agree"


def _dissent(fact: Fact, headings: dict[str, str]) -> Text:
    text = Text()
    mentions = mentions_by_source(fact)
    for source, status in fact.by_source:
        if status not in (Status.PARTIAL, Status.CONFLICT):
            continue
        symbol, word, style = STATUS_LOOK[status]
        words = best_mention(mentions[source]).text
        if text:
            text.append("\n")
        text.append(f"{symbol} {headings[source]}: ", style=style)
        text.append(f"“{shorten(words, DISSENT_WORDS)}”")
    return text


def render_sheet(comparison: Comparison, left_out: int = 0) -> Table:
    """The fact sheet, the summary line under it (`left_out`: facts the options left out)."""
    table = Table(
        box=box.SIMPLE_HEAD,
        show_lines=True,
        expand=True,
        title="newscmp facts",
        caption=summarize(comparison).line(left_out),
        caption_justify="left",
    )
    table.add_column("Fact", ratio=2, overflow="ellipsis")
    table.add_column("Consensus", ratio=3, overflow="ellipsis")
    table.add_column("Support", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Dissent (their words)", ratio=3, overflow="ellipsis")
    total = len(comparison.sources)
    headings = source_headings(comparison.sources)
    for fact in comparison.facts:
        symbol, word, style = STATUS_LOOK[fact.status]
        table.add_row(
            Text(f"{fact.label}\n{fact.kind.value}", style="bold"),
            format_value(fact.value),
            support(fact, total),
            Text(f"{symbol} {word}", style=style),
            _dissent(fact, headings),
        )
    return table
