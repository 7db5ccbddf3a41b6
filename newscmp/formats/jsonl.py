"""JSON Lines: one fact per line, each line a complete `newscmp/2` fact for `jq -c` pipelines."""

from __future__ import annotations

import json
from typing import Any

from newscmp.model import Comparison, Fact
from newscmp.serialize import SCHEMA, fact_to_dict


def fact_line(fact: Fact, sources: int) -> dict[str, Any]:
    """One line's object: the schema name, then the fact as in the JSON document."""
    return {"schema": SCHEMA, **fact_to_dict(fact, sources)}


def render_jsonl(comparison: Comparison) -> str:
    """Every fact on its own line, compact, no trailing spaces, ending with a newline."""
    sources = len(comparison.sources)
    lines = [
        json.dumps(fact_line(fact, sources), ensure_ascii=False, separators=(",", ":"))
        for fact in comparison.facts
    ]
    return "".join(line + "\n" for line in lines)
