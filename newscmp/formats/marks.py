"""An article's text as HTML with spans wrapped in elements, even when the spans cross.

HTML elements must nest, but two extracted spans may overlap without one holding the other
("100,000 Russian troops" and "Russian troops near Ukraine"). Such a span is cut where the
enclosing one ends: its first piece carries the element's id, the other pieces carry
`data-part` naming that id, so a script can find every piece of it.
"""

from __future__ import annotations

import heapq
import html
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mark:
    """One span to wrap: `[start, end)` in the text, the tag, its id (if any), its attributes."""

    start: int
    end: int
    tag: str
    id: str | None = None
    attributes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True, order=True)
class _Piece:
    start: int
    negative_end: int
    order: int
    first: bool

    @property
    def end(self) -> int:
        return -self.negative_end


def nest_pieces(marks: Sequence[Mark]) -> list[tuple[int, int, int, bool]]:
    """`(start, end, mark index, is first piece)` for every piece, properly nested, in order.

    A mark that crosses the end of an open mark is cut there and its rest is queued again, so
    every piece lies wholly inside each piece still open when it starts.
    """
    queue = [_Piece(mark.start, -mark.end, order, True) for order, mark in enumerate(marks)]
    heapq.heapify(queue)
    open_ends: list[int] = []
    pieces: list[tuple[int, int, int, bool]] = []
    while queue:
        piece = heapq.heappop(queue)
        while open_ends and open_ends[-1] <= piece.start:
            open_ends.pop()
        end = piece.end
        if open_ends and open_ends[-1] < end:
            end = open_ends[-1]
            heapq.heappush(queue, _Piece(end, -piece.end, piece.order, False))
        if end <= piece.start:
            continue
        pieces.append((piece.start, end, piece.order, piece.first))
        open_ends.append(end)
    return pieces


def _open_tag(mark: Mark, first: bool) -> str:
    identity = ""
    if mark.id is not None:
        identity = f' id="{mark.id}"' if first else f' data-part="{mark.id}"'
    extra = "".join(f' {name}="{html.escape(value)}"' for name, value in mark.attributes)
    return f"<{mark.tag}{identity}{extra}>"


def marked_html(text: str, marks: Sequence[Mark]) -> str:
    """`text` escaped for HTML with every mark wrapped in its element."""
    out: list[str] = []
    position = 0
    stack: list[tuple[int, str]] = []

    def close_until(limit: int) -> None:
        nonlocal position
        while stack and stack[-1][0] <= limit:
            end, tag = stack.pop()
            out.append(html.escape(text[position:end]))
            out.append(f"</{tag}>")
            position = end

    for start, end, order, first in nest_pieces(marks):
        close_until(start)
        out.append(html.escape(text[position:start]))
        position = start
        out.append(_open_tag(marks[order], first))
        stack.append((end, marks[order].tag))
    close_until(len(text))
    out.append(html.escape(text[position:]))
    return "".join(out)
