"""The JSON wire format: `newscmp/2` written and read back; `newscmp/1` documents still read."""

from __future__ import annotations

import json

import pytest

from newscmp.model import Comparison
from newscmp.serialize import comparison_from_dict, render_json


def test_a_document_reads_back_to_the_same_facts(quake: Comparison) -> None:
    again = comparison_from_dict(json.loads(render_json(quake)))
    assert again.facts == quake.facts
    assert [source.id for source in again.sources] == ["wire", "daily", "radio"]
    assert again.problems == quake.problems


def test_missing_is_a_count_not_a_list(quake: Comparison) -> None:
    facts = json.loads(render_json(quake))["facts"]
    assert all("missing" not in fact for fact in facts)
    # date: wire and daily (radio missing); location: all three; quantity: radio missing;
    # the quote: only daily
    assert [fact["missing_count"] for fact in facts] == [1, 0, 1, 2]
    assert quake.facts[3].missing(("wire", "daily", "radio")) == ("wire", "radio")


def test_a_newscmp_1_document_is_still_read(quake: Comparison) -> None:
    old = json.loads(render_json(quake))
    old["schema"] = "newscmp/1"
    for fact in old["facts"]:
        count = fact.pop("missing_count")
        fact["missing"] = ["radio"] * count  # the list's content is not kept: it is derived
    assert comparison_from_dict(old).facts == quake.facts


def test_another_schema_is_refused(quake: Comparison) -> None:
    document = json.loads(render_json(quake))
    document["schema"] = "newscmp/9"
    with pytest.raises(ValueError, match="not a newscmp/2 document: schema is 'newscmp/9'"):
        comparison_from_dict(document)
