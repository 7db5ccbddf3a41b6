"""CSV for spreadsheets: one row per fact and source, RFC 4180 quoting, UTF-8.

Each fact gives one row per source that mentions it (its best mention: the words the table
shows) and one row per source that does not (source status `missing`). Value fields are
`value.<key>` columns, the union of every kind's keys, empty where a kind has no such key.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (and is not simply a
number) gets a leading `'`, as OWASP recommends against formula injection, so a spreadsheet shows
the article's words instead of running them; `raw=True` (`--csv-raw`) writes cells as they are.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import fields
from functools import lru_cache

from newscmp.formats.values import best_mention, mentions_by_source
from newscmp.model import VALUE_TYPES, Article, Comparison, Fact, Kind, Mention
from newscmp.serialize import value_to_dict
from newscmp.summary import support_of

MISSING = "missing"
HEAD = ["fact_id", "kind", "label", "status", "source_status", "source", "outlet", "text"]
# How many sources mention the fact, give its consensus, and are compared (as in the JSON).
SUPPORT = ["support_mention", "support_agree", "support_of"]
TAIL = ["span_start", "span_end"]
# What a spreadsheet reads as the start of a formula, and a number (which never is one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


@lru_cache(maxsize=1)
def value_keys() -> tuple[str, ...]:
    """Every value key of every kind, as the JSON names them, in kind order, once each."""
    keys: dict[str, None] = {}
    for kind in Kind:
        value_type = VALUE_TYPES[kind]
        # Only the key names are read, so every field may be None here.
        blank = value_type(*[None for _ in fields(value_type)])  # type: ignore[arg-type]
        keys.update(dict.fromkeys(value_to_dict(blank)))
    return tuple(keys)


def csv_header() -> list[str]:
    return [*HEAD, *(f"value.{key}" for key in value_keys()), *SUPPORT, *TAIL]


def _cell(item: object) -> str:
    return "" if item is None else str(item)


def neutralise(cell: str) -> str:
    """The cell with a leading `'` when a spreadsheet would read it as a formula."""
    if cell.startswith(FORMULA_STARTS) and _NUMBER.fullmatch(cell) is None:
        return "'" + cell
    return cell


def _mention_row(
    fact: Fact, article: Article, status: str, mention: Mention, support: list[str]
) -> list[str]:
    value = value_to_dict(mention.value)
    return [
        fact.id,
        fact.kind.value,
        fact.label,
        fact.status.value,
        status,
        article.id,
        _cell(article.outlet),
        mention.text,
        *(_cell(value.get(key)) for key in value_keys()),
        *support,
        str(mention.span.start),
        str(mention.span.end),
    ]


def _support(fact: Fact, sources: int) -> list[str]:
    support = support_of(fact, sources)
    return [str(support.mention), str(support.agree), str(support.of)]


def _missing_row(fact: Fact, article: Article, support: list[str]) -> list[str]:
    head = [fact.id, fact.kind.value, fact.label, fact.status.value, MISSING, article.id]
    return [*head, _cell(article.outlet), "", *("" for _ in value_keys()), *support, "", ""]


def csv_rows(comparison: Comparison) -> Iterator[list[str]]:
    """The rows under the header: facts in order, sources in source order within a fact."""
    for fact in comparison.facts:
        statuses = dict(fact.by_source)
        grouped = mentions_by_source(fact)
        support = _support(fact, len(comparison.sources))
        for article in comparison.sources:
            mentions = grouped.get(article.id)
            if mentions:
                status = statuses.get(article.id, fact.status).value
                yield _mention_row(fact, article, status, best_mention(mentions), support)
            else:
                yield _missing_row(fact, article, support)


def render_csv(comparison: Comparison, *, raw: bool = False) -> str:
    """The whole CSV as text with CRLF line ends, as RFC 4180 has them; formulas neutralised
    unless `raw`."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_header())
    rows = csv_rows(comparison)
    writer.writerows(rows if raw else ([neutralise(cell) for cell in row] for row in rows))
    return buffer.getvalue()
