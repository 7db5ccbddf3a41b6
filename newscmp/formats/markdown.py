"""GitHub-flavoured Markdown: a heading line per table, cells escaped so every table renders."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
from newscmp.summary import support_of

# Longest a source's words get in a cell before they are cut in the middle.
CELL_WORDS = 200

# Characters that would end a cell or start markup, and what stands for them; backslash first,
# then `&` (so no entity in the text becomes a character), brackets (no link, no image).
_ESCAPES = (
    ("\\", "\\\\"),
    ("&", "&amp;"),
    ("|", "\\|"),
    ("<", "&lt;"),
    ("[", "\\["),
    ("]", "\\]"),
    ("\r\n", "<br>"),
    ("\r", "<br>"),
)
# A bare web address GitHub would turn into a link: its `:` or `.` escaped, so it stays text.
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp)(?=://)|\b(www)(?=\.)")


def escape_cell(text: str) -> str:
    """One table cell: pipes as `\\|`, newlines as `<br>`, no raw HTML, no link or image."""
    for character, replacement in _ESCAPES:
        text = text.replace(character, replacement)
    text = _AUTOLINK.sub(lambda match: match.group() + "\\", text)
    return text.replace("\n", "<br>").strip()


def markdown_table(heading: str, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A `## heading` line and a table; `columns` ending in `:` are right-aligned."""
    names = [escape_cell(column.rstrip(":")) for column in columns]
    rules = ["---:" if column.endswith(":") else "---" for column in columns]
    lines = [f"## {heading}", "", _row(names), _row(rules)]
    lines.extend(_row([escape_cell(cell) for cell in row]) for row in rows)
    return "\n".join(lines) + "\n"


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _source_cell(status: Status, mentions: list[Mention] | None) -> str:
    if not mentions:
        symbol, word, _ = MISSING_LOOK
        return f"{symbol} {word}"
    symbol, _, _ = STATUS_LOOK[status]
    return f"{symbol} “{shorten(best_mention(mentions).text, CELL_WORDS)}”"


def _fact_row(fact: Fact, comparison: Comparison) -> list[str]:
    symbol, word, _ = STATUS_LOOK[fact.status]
    mentions = mentions_by_source(fact)
    statuses = dict(fact.by_source)
    cells = [
        _source_cell(statuses.get(article.id, fact.status), mentions.get(article.id))
        for article in comparison.sources
    ]
    status = f"{symbol} {word}"
    support = str(support_of(fact, len(comparison.sources)))
    return [fact.label, fact.kind.value, format_value(fact.value), status, support, *cells]


def render_markdown(comparison: Comparison) -> str:
    """The sources, the side-by-side facts and any problems, each under its own heading."""
    sources = [
        [a.id, a.outlet or "", a.title or "", a.published or "", str(a.words)]
        for a in comparison.sources
    ]
    headings = [source_heading(article) for article in comparison.sources]
    parts = [
        f"# newscmp: {len(comparison.facts)} facts from {len(comparison.sources)} sources\n",
        markdown_table("Sources", ["Source", "Outlet", "Title", "Published", "Words:"], sources),
        markdown_table(
            "Facts",
            ["Fact", "Kind", "Consensus", "Status", "Support", *headings],
            [_fact_row(fact, comparison) for fact in comparison.facts],
        ),
    ]
    if comparison.problems:
        problems = [[problem.path, problem.error] for problem in comparison.problems]
        parts.append(markdown_table("Problems", ["Input", "Error"], problems))
    return "\n".join(parts)
