"""CSV for spreadsheets: one row per fact and source, RFC 4180 quoting, UTF-8.

Each fact gives one row per source that mentions it (its best mention: the words the table
shows) and one row per source that does not (source status `missing`). Value fields are
`value.<key>` columns, the union of every kind's keys, empty where a kind has no such key.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import fields
from functools import lru_cache

from newscmp.formats.values import best_mention, mentions_by_source
from newscmp.model import VALUE_TYPES, Article, Comparison, Fact, Kind, Mention
from newscmp.serialize import value_to_dict

MISSING = "missing"
HEAD = ["fact_id", "kind", "label", "status", "source_status", "source", "outlet", "text"]
TAIL = ["span_start", "span_end"]


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
    return [*HEAD, *(f"value.{key}" for key in value_keys()), *TAIL]


def _cell(item: object) -> str:
    return "" if item is None else str(item)


def _mention_row(fact: Fact, article: Article, status: str, mention: Mention) -> list[str]:
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
        str(mention.span.start),
        str(mention.span.end),
    ]


def _missing_row(fact: Fact, article: Article) -> list[str]:
    head = [fact.id, fact.kind.value, fact.label, fact.status.value, MISSING, article.id]
    return [*head, _cell(article.outlet), "", *("" for _ in value_keys()), "", ""]


def csv_rows(comparison: Comparison) -> Iterator[list[str]]:
    """The rows under the header: facts in order, sources in source order within a fact."""
    for fact in comparison.facts:
        statuses = dict(fact.by_source)
        grouped = mentions_by_source(fact)
        for article in comparison.sources:
            mentions = grouped.get(article.id)
            if mentions:
                status = statuses.get(article.id, fact.status).value
                yield _mention_row(fact, article, status, best_mention(mentions))
            else:
                yield _missing_row(fact, article)


def render_csv(comparison: Comparison) -> str:
    """The whole CSV as text with CRLF line ends, as RFC 4180 has them."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_header())
    writer.writerows(csv_rows(comparison))
    return buffer.getvalue()
