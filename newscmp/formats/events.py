"""Events in every output format: the `newscmp events` listing, and `--by-event` reports.

A report over a mixed pile is the per-comparison format once per event, each under a heading
that names the event (id, label, articles, outlets): one section per event in the table and the
sheet, one Markdown section per event under a table of contents, one HTML page whose sections
each hold the event's own report, a CSV with an `event` column, and the `newscmp-events/1` JSON
document (or one event per line in JSON Lines). An event of one article is listed, not compared.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from newscmp import __version__
from newscmp.by_event import EventComparison, EventReport
from newscmp.events import Event
from newscmp.formats import Screen, render_pieces
from newscmp.model import Article, Problem
from newscmp.serialize import fact_to_dict, source_to_dict
from newscmp.summary import summarize

EVENTS_SCHEMA = "newscmp-events/1"
NOT_COMPARED = "one article: listed, not compared"

# A report, where it goes, and how many facts the options left out of each event (by id).
EventRenderer = Callable[[EventReport, Screen, Mapping[str, int]], Iterable[str]]


def event_summary(event: Event) -> str:
    """How many articles and outlets: "3 articles, 2 outlets"."""
    articles, outlets = len(event.articles), len(event.outlets)
    return (
        f"{articles} article{'s' if articles != 1 else ''}, "
        f"{outlets} outlet{'s' if outlets != 1 else ''}"
    )


def event_heading(event: Event) -> str:
    return f"{event.id} · {event.label} · {event_summary(event)}"


def _article_line(article: Article) -> str:
    parts = [article.published or "undated", article.outlet or "unknown outlet"]
    return "  ".join(parts) + f"  {article.title or article.path}  [{article.id}]"


def render_event_list(events: Sequence[Event], problems: Sequence[Problem] = ()) -> str:
    """`newscmp events`: each event (largest first) with its label, counts and articles."""
    singles = sum(1 for event in events if len(event.articles) == 1)
    articles = sum(len(event.articles) for event in events)
    lines = [f"{articles} articles, {len(events)} events ({singles} of one article)", ""]
    for event in events:
        lines.append(f"{event.id}  {event.label}")
        lines.append(f"    {event_summary(event)}")
        lines.extend(f"    {_article_line(article)}" for article in event.articles)
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------- JSON


def event_to_dict(item: EventComparison, compared: bool = True) -> dict[str, Any]:
    """One event's object: who and when, its sources and, when compared, its summary and
    facts (`compared=False`: the bare listing of `newscmp events`, with neither)."""
    event, comparison = item.event, item.comparison
    result: dict[str, Any] = {
        "id": event.id,
        "label": event.label,
        "articles": len(event.articles),
        "outlets": list(event.outlets),
        "first": event.first,
        "last": event.last,
        "compared": comparison is not None,
    }
    if compared and comparison is not None:
        result["summary"] = summarize(comparison).as_dict()
    result["sources"] = [source_to_dict(article) for article in event.articles]
    if compared:
        facts = comparison.facts if comparison else ()
        result["facts"] = [fact_to_dict(fact, len(event.articles)) for fact in facts]
    return result


def _dumps(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(", ", ": "))


def _event_chunks(event: dict[str, Any]) -> Iterator[str]:
    """One event: its keys on one line each, a source or a fact per line."""
    yield "{"
    for index, (key, value) in enumerate(event.items()):
        yield ("," if index else "") + f"\n      {_dumps(key)}: "
        if isinstance(value, list) and value and key in ("sources", "facts"):
            yield "[" + ",".join(f"\n        {_dumps(item)}" for item in value) + "\n      ]"
        else:
            yield _dumps(value)
    yield "\n    }"


def events_json_chunks(report: EventReport, compared: bool = True) -> Iterator[str]:
    """The `newscmp-events/1` document in pieces; `compared=False` for the bare listing."""
    yield "{\n"
    yield f'  "schema": {_dumps(EVENTS_SCHEMA)},\n'
    yield f'  "tool": {_dumps({"name": "newscmp", "version": __version__})},\n'
    yield '  "events": ['
    for index, item in enumerate(report.events):
        yield ("," if index else "") + "\n    "
        yield from _event_chunks(event_to_dict(item, compared))
    yield "\n  ],\n" if report.events else "],\n"
    problems = [{"path": p.path, "error": p.error} for p in report.problems]
    yield f'  "problems": {_dumps(problems)}\n'
    yield "}\n"


def _json(report: EventReport, screen: Screen, left_out: Mapping[str, int]) -> Iterable[str]:
    return events_json_chunks(report)


def _jsonl(report: EventReport, screen: Screen, left_out: Mapping[str, int]) -> Iterable[str]:
    """One event per line, each with the schema name first."""
    for item in report.events:
        line = {"schema": EVENTS_SCHEMA, **event_to_dict(item)}
        yield json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n"


# ---------------------------------------------------------------- text, Markdown, CSV, HTML


def _text(name: str) -> EventRenderer:
    """The table or the sheet once per event, under a heading line naming the event."""

    def render(report: EventReport, screen: Screen, left_out: Mapping[str, int]) -> Iterator[str]:
        for index, item in enumerate(report.events):
            rule = "━" * 3
            yield ("\n" if index else "") + f"{rule} {event_heading(item.event)} {rule}\n"
            if item.comparison is None:
                yield f"  {_article_line(item.event.articles[0])}\n  ({NOT_COMPARED})\n"
            else:
                shown = replace(screen, left_out=left_out.get(item.event.id, 0))
                yield from render_pieces(name, item.comparison, shown)

    return render


def _anchor(event: Event) -> str:
    return f"event-{event.id}"


def _markdown(report: EventReport, screen: Screen, left_out: Mapping[str, int]) -> Iterator[str]:
    """A table of contents, then each event's Markdown report one heading level down."""
    from newscmp.formats.markdown import escape_cell, render_markdown

    yield f"# newscmp: {len(report.events)} events\n\n"
    for item in report.events:
        heading = escape_cell(event_heading(item.event))
        yield f"- [{heading}](#{_anchor(item.event)})\n"
    for item in report.events:
        yield f'\n<a id="{_anchor(item.event)}"></a>\n\n'
        yield f"# {escape_cell(event_heading(item.event))}\n\n"
        if item.comparison is None:
            article = item.event.articles[0]
            yield f"{escape_cell(_article_line(article))} ({NOT_COMPARED})\n"
            continue
        body = render_markdown(item.comparison)
        yield "\n".join("#" + line if line.startswith("#") else line for line in body.split("\n"))


def _csv(report: EventReport, screen: Screen, left_out: Mapping[str, int]) -> Iterator[str]:
    """The comparison CSV with an `event` column first; events of one article give no rows;
    formulas neutralised as in the CSV of one comparison, unless `screen.formulas`."""
    import csv

    from newscmp.formats.csvfile import csv_header, csv_rows, neutralise

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["event", *csv_header()])
    for item in report.events:
        if item.comparison is not None:
            for row in csv_rows(item.comparison):
                cells = row if screen.formulas else [neutralise(cell) for cell in row]
                writer.writerow([item.event.id, *cells])
    yield buffer.getvalue()


def _html(report: EventReport, screen: Screen, left_out: Mapping[str, int]) -> Iterator[str]:
    """One page: a table of contents, then a section per event holding the event's own
    self-contained report in a frame (so each keeps its clickable table and sources)."""
    from newscmp.formats.html import render_html

    escape = html.escape
    title = f"newscmp: {len(report.events)} events"
    yield (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="newscmp {escape(__version__)}">\n'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>\n"
        f"<h1>{escape(title)}</h1>\n<nav><ol>\n"
    )
    for item in report.events:
        heading = escape(event_heading(item.event))
        yield f'<li><a href="#{_anchor(item.event)}">{heading}</a></li>\n'
    yield "</ol></nav>\n"
    for item in report.events:
        heading = escape(event_heading(item.event))
        yield f'<section id="{_anchor(item.event)}"><h2>{heading}</h2>\n'
        if item.comparison is None:
            line = escape(_article_line(item.event.articles[0]))
            yield f"<p>{line} ({escape(NOT_COMPARED)})</p></section>\n"
            continue
        page = escape(render_html(item.comparison), quote=True)
        yield f'<iframe title="{heading}" srcdoc="{page}"></iframe></section>\n'
    yield "</body></html>\n"


_STYLE = (
    "body{font-family:system-ui,sans-serif;margin:1.5rem;line-height:1.4}"
    "iframe{width:100%;height:80vh;border:1px solid #999;resize:vertical}"
    "section{margin-top:2rem}"
)

# The formats of a report over several events, named as `--format` names them.
EVENT_RENDERERS: dict[str, EventRenderer] = {
    "table": _text("table"),
    "sheet": _text("sheet"),
    "json": _json,
    "jsonl": _jsonl,
    "markdown": _markdown,
    "csv": _csv,
    "html": _html,
}


def events_schema() -> dict[str, Any]:
    """The JSON Schema of `newscmp-events/1`, with the newscmp/2 definitions it uses."""
    from importlib.resources import files

    data = files("newscmp").joinpath("data")
    schema: dict[str, Any] = json.loads(
        data.joinpath("newscmp-events-1.schema.json").read_text("utf-8")
    )
    main = json.loads(data.joinpath("newscmp-2.schema.json").read_text("utf-8"))
    schema["$defs"] = {
        **{key: value for key, value in main["$defs"].items() if key != "jsonl_line"},
        **schema["$defs"],
    }
    return schema


def render_events(
    format_name: str,
    report: EventReport,
    screen: Screen | None = None,
    left_out: Mapping[str, int] | None = None,
) -> str:
    """The report in one format, as the whole text."""
    return "".join(EVENT_RENDERERS[format_name](report, screen or Screen(), left_out or {}))
