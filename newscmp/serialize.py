"""The JSON wire format, schema `newscmp/2`: to_dict/from_dict for every model type.

The one place that knows key names. A change that renames, removes or retypes a key bumps
`SCHEMA`; adding a key does not.

`newscmp/2` differs from `newscmp/1` in one key: a fact's `missing` list of source ids became
`missing_count`, a number. The list grew with facts times sources (a 10,000-article run would
print gigabytes of it); which sources are missing is `sources` less the fact's `by_source` keys.
Documents of either version are read back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import fields, replace
from typing import Any

from newscmp import __version__
from newscmp.model import (
    VALUE_TYPES,
    Article,
    Comparison,
    Fact,
    Kind,
    Mention,
    Problem,
    Qualifier,
    Span,
    Status,
    Value,
)
from newscmp.summary import summarize, support_of

SCHEMA = "newscmp/2"
# Older documents `comparison_from_dict` still reads.
READABLE = ("newscmp/1", SCHEMA)

# Python field names that are keywords get a trailing underscore; the wire name drops it.
_WIRE_NAMES = {"with_": "with"}
_FIELD_NAMES = {wire: field for field, wire in _WIRE_NAMES.items()}


def _number(value: float | None) -> float | int | None:
    """Whole numbers as JSON integers, so `100000` never prints as `100000.0`."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def value_to_dict(value: Value) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for field in fields(value):
        item = getattr(value, field.name)
        if isinstance(item, float):
            item = _number(item)
        elif isinstance(item, Qualifier):
            item = item.value
        result[_WIRE_NAMES.get(field.name, field.name)] = item
    return result


def value_from_dict(kind: Kind, data: dict[str, Any]) -> Value:
    value_type = VALUE_TYPES[kind]
    arguments = {_FIELD_NAMES.get(key, key): item for key, item in data.items()}
    if "qualifier" in arguments:
        arguments["qualifier"] = Qualifier(arguments["qualifier"])
    return value_type(**arguments)


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    return {
        "source": mention.source,
        "text": mention.text,
        "span": [mention.span.start, mention.span.end],
        "value": value_to_dict(mention.value),
    }


def mention_from_dict(kind: Kind, data: dict[str, Any]) -> Mention:
    start, end = data["span"]
    return Mention(
        kind, data["source"], data["text"], Span(start, end), value_from_dict(kind, data["value"])
    )


def fact_to_dict(fact: Fact, sources: int) -> dict[str, Any]:
    """The fact's object; `sources` is how many sources the comparison has."""
    by_source = {source: status.value for source, status in fact.by_source}
    return {
        "id": fact.id,
        "kind": fact.kind.value,
        "label": fact.label,
        "status": fact.status.value,
        "value": value_to_dict(fact.value),
        "mentions": [mention_to_dict(mention) for mention in fact.mentions],
        "missing_count": sources - len(by_source),
        "by_source": by_source,
        "support": _support(fact, sources),
    }


def _support(fact: Fact, sources: int) -> dict[str, int]:
    support = support_of(fact, sources)
    return {"mention": support.mention, "agree": support.agree, "of": support.of}


def fact_from_dict(data: dict[str, Any]) -> Fact:
    kind = Kind(data["kind"])
    return Fact(
        id=data["id"],
        kind=kind,
        label=data["label"],
        status=Status(data["status"]),
        value=value_from_dict(kind, data["value"]),
        mentions=tuple(mention_from_dict(kind, item) for item in data["mentions"]),
        by_source=tuple(
            (source, Status(status)) for source, status in data.get("by_source", {}).items()
        ),
    )


def source_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": article.path,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "words": article.words,
        "encoding": article.encoding,
    }


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The whole `newscmp/2` document for one comparison."""
    count = len(comparison.sources)
    return {
        "schema": SCHEMA,
        "tool": {"name": "newscmp", "version": __version__},
        "summary": summarize(comparison).as_dict(),
        "sources": [source_to_dict(article) for article in comparison.sources],
        "facts": [fact_to_dict(fact, count) for fact in comparison.facts],
        "problems": [
            {"path": problem.path, "error": problem.error} for problem in comparison.problems
        ],
    }


def document_head(comparison: Comparison) -> dict[str, Any]:
    """The document without its facts (`"facts": []`), its summary still counting them."""
    head = comparison_to_dict(replace(comparison, facts=()))
    head["summary"] = summarize(comparison).as_dict()
    return head


def comparison_from_dict(data: dict[str, Any]) -> Comparison:
    """Read a `newscmp/2` (or `newscmp/1`) document back; sources come back without their text."""
    if data.get("schema") not in READABLE:
        raise ValueError(f"not a {SCHEMA} document: schema is {data.get('schema')!r}")
    sources = tuple(
        Article(
            id=item["id"],
            path=item["path"],
            text="",
            encoding=item.get("encoding", "utf-8"),
            outlet=item["outlet"],
            title=item["title"],
            published=item["published"],
        )
        for item in data["sources"]
    )
    return Comparison(
        sources=sources,
        facts=tuple(fact_from_dict(item) for item in data["facts"]),
        problems=tuple(Problem(item["path"], item["error"]) for item in data["problems"]),
    )


# Where the document breaks lines: the top level, its lists, each fact and each fact's
# mentions; everything inside those (a source, a value, a mention, by_source) is one line.
# Keys below a list are "*". One mention per line keeps the document readable and diffable,
# and lets the C encoder write each line (json's indent= goes through the pure-Python one,
# ten times slower on a 10,000-article document).
_EXPANDED = frozenset(
    {(), ("sources",), ("facts",), ("facts", "*"), ("facts", "*", "mentions"), ("problems",)}
)
_INLINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def _chunks(item: Any, path: tuple[str, ...], depth: int) -> Iterator[str]:
    """`item` as JSON text, broken over lines where `_EXPANDED` says, two spaces a level."""
    if path not in _EXPANDED or not item:
        yield _INLINE(item)
        return
    pad = "\n" + "  " * (depth + 1)
    if isinstance(item, dict):
        opening, closing = "{", "}"
        children = [(f"{_INLINE(key)}: ", child, (*path, key)) for key, child in item.items()]
    else:
        opening, closing = "[", "]"
        children = [("", child, (*path, "*")) for child in item]
    yield opening
    for index, (prefix, child, child_path) in enumerate(children):
        yield ("," if index else "") + pad + prefix
        yield from _chunks(child, child_path, depth + 1)
    yield "\n" + "  " * depth + closing


def json_chunks(comparison: Comparison) -> Iterator[str]:
    """The document as pieces of text to write one after another, a final newline at the end;
    each fact becomes a dict only while it is written, so memory stays that of the model."""
    count = len(comparison.sources)
    head = document_head(comparison)
    yield "{"
    for index, (key, item) in enumerate(head.items()):
        yield ("," if index else "") + f"\n  {_INLINE(key)}: "
        if key == "facts" and comparison.facts:
            yield "["
            for number, fact in enumerate(comparison.facts):
                yield ("," if number else "") + "\n    "
                yield from _chunks(fact_to_dict(fact, count), ("facts", "*"), 2)
            yield "\n  ]"
        else:
            yield from _chunks(item, (key,), 1)
    yield "\n}\n"


def render_json(comparison: Comparison) -> str:
    """The whole document as one text: stable key order, UTF-8 characters kept."""
    return "".join(json_chunks(comparison))
