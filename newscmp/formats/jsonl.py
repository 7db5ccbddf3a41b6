"""JSON Lines for `jq -c` pipelines: first a `sources` record (the document without its facts:
schema, tool, summary, sources, problems), then one complete `newscmp/2` fact per line."""

from __future__ import annotations

import json
from typing import Any

from newscmp.model import Comparison, Fact
from newscmp.serialize import SCHEMA, document_head, fact_to_dict


def fact_line(fact: Fact, sources: int) -> dict[str, Any]:
    """One line's object: the schema name, then the fact as in the JSON document."""
    return {"schema": SCHEMA, **fact_to_dict(fact, sources)}


def sources_line(comparison: Comparison) -> dict[str, Any]:
    """The first line's object: the document's head, its facts left to the lines below."""
    head = document_head(comparison)
    del head["facts"]
    return head


def _line(item: dict[str, Any]) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n"


def render_jsonl(comparison: Comparison) -> str:
    """The sources record, then every fact on its own line: compact, each ending in a newline."""
    sources = len(comparison.sources)
    lines = [_line(sources_line(comparison))]
    lines.extend(_line(fact_line(fact, sources)) for fact in comparison.facts)
    return "".join(lines)
