"""JSON Lines: one fact per line, each line a complete `newscmp/1` object for `jq -c` pipelines."""

from __future__ import annotations

import json
from typing import Any

from newscmp.model import Comparison, Fact
from newscmp.serialize import SCHEMA, fact_to_dict


def fact_line(fact: Fact, source_ids: list[str]) -> dict[str, Any]:
    """One line's object: the schema name, the fact as in the JSON document, every source id."""
    return {"schema": SCHEMA, **fact_to_dict(fact), "sources": source_ids}


def render_jsonl(comparison: Comparison) -> str:
    """Every fact on its own line, compact, no trailing spaces, ending with a newline."""
    source_ids = [article.id for article in comparison.sources]
    lines = [
        json.dumps(fact_line(fact, source_ids), ensure_ascii=False, separators=(",", ":"))
        for fact in comparison.facts
    ]
    return "".join(line + "\n" for line in lines)
