"""Reading a plain-text (or Markdown) article from its bytes.

The text is the decoded content unchanged, so every span indexes it. An optional header
`date YYYY-MM-DD` at the very start gives the publication date and is marked as boilerplate,
as are credits, prompts and stamps; outlet, title and date come from `metadata`.
"""

from __future__ import annotations

import re
from datetime import date

from newscmp.errors import InputError
from newscmp.load.boilerplate import find_boilerplate
from newscmp.load.decode import decode_bytes
from newscmp.load.metadata import content_lines, find_outlet, find_published, find_title
from newscmp.model import Article, Span

_HEADER = re.compile(r"\s{0,64}(?P<words>[Dd]ate:?[ \t]{1,8}(?P<date>\d{4}-\d{2}-\d{2}))(?!\w)")


def find_header(text: str) -> tuple[Span, str] | None:
    """The `date YYYY-MM-DD` header's span and ISO date, when the text starts with one."""
    match = _HEADER.match(text)
    if match is None:
        return None
    try:
        iso = date.fromisoformat(match.group("date")).isoformat()
    except ValueError:
        return None
    return Span(match.start("words"), match.end("words")), iso


def read_article(data: bytes, path: str, id: str) -> Article:
    """An Article from bytes already in hand; raises InputError when they are not an article."""
    if not data:
        raise InputError("empty file", path)
    try:
        text, encoding = decode_bytes(data)
    except InputError as exc:
        raise InputError(exc.message, path) from exc
    return text_article(text, encoding, path, id)


def text_article(
    text: str,
    encoding: str,
    path: str,
    id: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
) -> Article:
    """An Article for decoded text; metadata given here wins over what the text's lines say."""
    if not text.strip():
        raise InputError("empty file: only blank space", path)
    header = find_header(text)
    body_start = header[0].end if header else 0
    marks = find_boilerplate(text, body_start)
    boilerplate = ((header[0],) if header else ()) + tuple(mark.span for mark in marks)
    lines = content_lines(text, body_start)
    return Article(
        id=id,
        path=path,
        text=text,
        encoding=encoding,
        outlet=outlet or find_outlet(text, marks, lines),
        title=title or find_title(text, boilerplate, lines),
        published=published or (header[1] if header else find_published(marks, lines)),
        boilerplate=boilerplate,
    )
