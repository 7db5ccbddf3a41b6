"""CSV output: a header, one row per fact and source, RFC 4180 quoting, values in their columns."""

from __future__ import annotations

import csv
import io

from newscmp.formats.csvfile import csv_header, render_csv, value_keys
from newscmp.model import Comparison


def rows(comparison: Comparison) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(render_csv(comparison), newline="")))


def test_header_names_every_value_key_once_in_kind_order() -> None:
    assert value_keys() == (
        "date",
        "place",
        "country",
        "region",
        "name",
        "hours",
        "qualifier",
        "role",
        "affiliation",
        "weekday",
        "with",
        "amount",
        "unit",
        "speaker",
        "quote",
    )
    header = csv_header()
    assert header[:8] == [
        "fact_id", "kind", "label", "status", "source_status", "source", "outlet", "text"
    ]  # fmt: skip
    assert header[-2:] == ["span_start", "span_end"]
    assert len(header) == len(set(header))


def test_one_row_per_fact_and_source(quake: Comparison) -> None:
    table = rows(quake)
    assert len(table) == len(quake.facts) * len(quake.sources)
    assert [(row["fact_id"], row["source"], row["source_status"]) for row in table[:3]] == [
        ("date:event", "wire", "agree"),
        ("date:event", "daily", "agree"),
        ("date:event", "radio", "missing"),
    ]


def test_conflicting_amounts_in_value_columns_with_spans(quake: Comparison) -> None:
    wire, daily, _ = [row for row in rows(quake) if row["fact_id"] == "quantity:people"]
    assert wire["status"] == "conflict" and wire["source_status"] == "conflict"
    assert (wire["value.amount"], wire["value.unit"], wire["value.qualifier"]) == (
        "30",
        "people",
        "at_least",
    )
    assert wire["text"] == "at least 30 people"
    start = quake.sources[0].text.index("at least 30 people")
    assert (wire["span_start"], wire["span_end"]) == (str(start), str(start + 18))
    assert (daily["value.amount"], daily["value.qualifier"], daily["source_status"]) == (
        "34",
        "exact",
        "agree",
    )
    assert daily["value.date"] == daily["value.name"] == ""


def test_missing_rows_are_empty_but_for_the_fact_and_source(quake: Comparison) -> None:
    missing = [row for row in rows(quake) if row["source_status"] == "missing"]
    assert [(row["fact_id"], row["source"]) for row in missing] == [
        ("date:event", "radio"),
        ("quantity:people", "radio"),
        ("quote:thapa", "wire"),
        ("quote:thapa", "radio"),
    ]
    assert all(row["text"] == row["span_start"] == row["value.amount"] == "" for row in missing)
    assert missing[2]["outlet"] == "AP"


def test_quotes_commas_pipes_and_newlines_survive_a_round_trip(quake: Comparison) -> None:
    quote = next(row for row in rows(quake) if row["fact_id"] == "quote:thapa" and row["text"])
    assert (quote["source"], quote["source_status"]) == ("daily", "single")
    assert quote["text"] == '"We are | still <script>alert(1)</script>\nsearching,"'
    assert quote["value.speaker"] == "Thapa"
    assert quote["outlet"] == "Daily | Post"


def test_rfc_4180_line_ends_and_quoting(quake: Comparison) -> None:
    text = render_csv(quake)
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 1 + len(quake.facts) * len(quake.sources)  # one per record
    assert '"""We are | still' in text  # a field with quotes is quoted, inner quotes doubled
