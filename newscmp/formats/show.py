"""`newscmp show FILE`: one article's text with what newscmp read in it, each kind in its colour.

Below the text, a list of every mention (kind, value, span, words), so the output says the same
without colour. Without colour the text also brackets each mention: `[words]{kind}`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from newscmp.formats.values import format_value, shorten, source_heading
from newscmp.model import Article, Kind, Mention

if TYPE_CHECKING:
    from newscmp.text.names import Rejection

# A style per kind: colour for terminals, and an underline or weight that survives without hue.
KIND_STYLES: dict[Kind, str] = {
    Kind.DATE: "bold blue",
    Kind.LOCATION: "bold green",
    Kind.VENUE: "magenta",
    Kind.DURATION: "bold dark_orange",
    Kind.PARTICIPANT: "bold red",
    Kind.FOLLOW_UP: "cyan",
    Kind.QUANTITY: "bold yellow",
    Kind.QUOTE: "italic",
}
BOILERPLATE_STYLE = "dim strike"
LIST_WORDS = 60


def legend() -> Text:
    text = Text("Kinds: ")
    for kind, style in KIND_STYLES.items():
        text.append(kind.value, style=style)
        text.append(" ")
    text.append("(skipped boilerplate is struck through)", style="dim")
    return text


def outermost(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions not inside an earlier, longer one: the ones brackets can go around."""
    result: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.span.start, -m.span.end)):
        if not result or mention.span.start >= result[-1].span.end:
            result.append(mention)
    return result


def _bracketed(article: Article, mentions: Sequence[Mention]) -> Text:
    text = Text()
    position = 0
    for mention in outermost(mentions):
        text.append(article.text[position : mention.span.start])
        text.append(f"[{mention.text}]{{{mention.kind.value}}}")
        position = mention.span.end
    text.append(article.text[position:])
    return text


def marked_text(article: Article, mentions: Sequence[Mention], color: bool = True) -> Text:
    """The article's text, each mention styled by kind (or bracketed when not `color`)."""
    if not color:
        return _bracketed(article, mentions)
    text = Text(article.text)
    for span in article.boilerplate:
        text.stylize(BOILERPLATE_STYLE, span.start, span.end)
    for mention in sorted(mentions, key=lambda m: (m.span.start, -m.span.end)):
        text.stylize(KIND_STYLES[mention.kind], mention.span.start, mention.span.end)
    return text


def mention_table(mentions: Sequence[Mention]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, title="Mentions")
    table.add_column("Kind", no_wrap=True)
    table.add_column("Value", ratio=3, overflow="fold")
    table.add_column("Span", no_wrap=True, justify="right")
    table.add_column("Words", ratio=3, overflow="fold")
    table.add_column("Role", ratio=1, overflow="fold")
    for mention in sorted(mentions, key=lambda m: (m.span.start, m.span.end)):
        role = "claim" if mention.is_claim else f"context ({mention.reason or 'context'})"
        table.add_row(
            Text(mention.kind.value, style=KIND_STYLES[mention.kind]),
            format_value(mention.value),
            f"{mention.span.start}–{mention.span.end}",
            f"“{shorten(mention.text, LIST_WORDS)}”",
            Text(role, style="" if mention.is_claim else "dim"),
        )
    return table


def refused_table(refused: Sequence[Rejection]) -> Table:
    """The capitalised words read as a name and refused as no person's, with the reason."""
    table = Table(box=box.SIMPLE_HEAD, expand=True, title="Not people")
    table.add_column("Span", no_wrap=True, justify="right")
    table.add_column("Words", ratio=2, overflow="fold")
    table.add_column("Why not a person", ratio=3, overflow="fold")
    for item in sorted(refused, key=lambda r: (r.start, r.end)):
        table.add_row(f"{item.start}–{item.end}", f"“{item.text}”", item.reason)
    return table


def render_show(
    article: Article,
    mentions: Sequence[Mention],
    color: bool = True,
    refused: Sequence[Rejection] = (),
) -> RenderableType:
    """The heading, the legend, the marked text and the list of mentions (and, when given, the
    names refused as no person's)."""
    heading = f"{source_heading(article)} · {article.path} · {len(mentions)} mentions"
    parts: list[RenderableType] = [Rule(heading)]
    if color:
        parts.append(legend())
    parts += [Text(""), marked_text(article, mentions, color), Text(""), mention_table(mentions)]
    if refused:
        parts += [Text(""), refused_table(refused)]
    return Group(*parts)
