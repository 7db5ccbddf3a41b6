"""The HTML report: one self-contained file to send to an editor.

The side-by-side table (status in colour and in words) above each source's full text with every
extracted span marked. Clicking a cell scrolls to its words in that source and highlights them.
No network at all: the style and the script are inline, and every piece of text is escaped.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterator

from newscmp import __version__
from newscmp.formats.marks import Mark, marked_html
from newscmp.formats.report_assets import SCRIPT, STYLE
from newscmp.formats.values import (
    MISSING_LOOK,
    STATUS_LOOK,
    best_mention,
    format_value,
    shorten,
    source_headings,
)
from newscmp.model import Article, Comparison, Fact, Kind, Mention, Status
from newscmp.summary import summarize

CELL_WORDS = 90


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _mention_marks(comparison: Comparison, headings: dict[str, str]) -> dict[str, list[Mark]]:
    """Every mention as a `<mark>`, under its source: one pass over all facts. Its tooltip says
    the source, how it stands to the consensus, and what its words were read as."""
    marks: dict[str, list[Mark]] = {}
    for f, fact in enumerate(comparison.facts):
        statuses = dict(fact.by_source)
        for m, mention in enumerate(fact.mentions):
            symbol, word, _ = STATUS_LOOK[statuses.get(mention.source, fact.status)]
            title = (
                f"{headings[mention.source]}: {symbol} {word} · "
                f"{fact.kind.value}: {format_value(mention.value)}"
            )
            attributes = (("class", f"k-{fact.kind.value}"), ("title", title))
            span = mention.span
            mark = Mark(span.start, span.end, "mark", f"m{f}-{m}", attributes)
            marks.setdefault(mention.source, []).append(mark)
    return marks


def _skipped_marks(article: Article) -> list[Mark]:
    """The article's skipped boilerplate, each a dim span."""
    skipped = (("class", "boilerplate"), ("title", "boilerplate: not read for facts"))
    return [Mark(span.start, span.end, "span", None, skipped) for span in article.boilerplate]


def _cell(
    f: int, source: str, heading: str, status: Status, indexed: list[tuple[int, Mention]]
) -> str:
    if not indexed:
        symbol, word, _ = MISSING_LOOK
        return (
            f'<td class="missing" data-source="{_e(source)}" title="{_e(heading)}: '
            f'{_e(word)}">{symbol} {_e(word)}</td>'
        )
    best = best_mention([mention for _, mention in indexed])
    ordered = sorted(indexed, key=lambda item: item[1] is not best)
    targets = " ".join(f"m{f}-{m}" for m, _ in ordered)
    symbol, word, _ = STATUS_LOOK[status]
    title = f"{heading}: {symbol} {word} · “{' '.join(best.text.split())}” (click: see in source)"
    return (
        f'<td class="cell s-{status.value}" data-source="{_e(source)}" data-marks="{targets}" '
        f'tabindex="0" title="{_e(title)}">'
        f'<span class="sym">{symbol}</span> {_e(shorten(best.text, CELL_WORDS))}</td>'
    )


def _fact_row(fact: Fact, f: int, comparison: Comparison, headings: dict[str, str]) -> str:
    symbol, word, _ = STATUS_LOOK[fact.status]
    targets = " ".join(f"m{f}-{m}" for m in range(len(fact.mentions)))
    indexed: dict[str, list[tuple[int, Mention]]] = {}
    for m, mention in enumerate(fact.mentions):
        indexed.setdefault(mention.source, []).append((m, mention))
    statuses = dict(fact.by_source)
    cells = "".join(
        _cell(f, a.id, headings[a.id], statuses.get(a.id, fact.status), indexed.get(a.id, []))
        for a in comparison.sources
    )
    return (
        f'<tr id="fact-{f}" data-status="{fact.status.value}" data-kind="{fact.kind.value}">'
        f'<th scope="row" class="fact" data-marks="{targets}" tabindex="0">'
        f"{_e(fact.label)}<small>{_e(fact.kind.value)}: {_e(format_value(fact.value))}</small></th>"
        f'<td class="status s-{fact.status.value}">{symbol} {_e(word)}</td>{cells}</tr>'
    )


def _table(comparison: Comparison, names: dict[str, str]) -> str:
    headings = "".join(
        f'<th scope="col"><a href="#src-{i}">{_e(names[article.id])}</a></th>'
        for i, article in enumerate(comparison.sources)
    )
    rows = "\n".join(
        _fact_row(fact, f, comparison, names) for f, fact in enumerate(comparison.facts)
    )
    return (
        '<table id="facts"><thead><tr><th scope="col">Fact</th><th scope="col">Status</th>'
        f"{headings}</tr></thead>\n<tbody>\n{rows}\n</tbody></table>"
    )


def _sources(comparison: Comparison, headings: dict[str, str]) -> Iterator[str]:
    mentions = _mention_marks(comparison, headings)
    for i, article in enumerate(comparison.sources):
        details = " · ".join(
            _e(part) for part in (article.title, article.published, article.path) if part
        )
        marks = _skipped_marks(article) + mentions.get(article.id, [])
        body = marked_html(article.text, marks)
        yield (
            f'<section class="source" id="src-{i}"><h3>{_e(headings[article.id])}</h3>'
            f'<p class="meta">{details}</p><div class="text">{body}</div></section>'
        )


def _toggle(group: str, value: str, label: str, count: int, look: str) -> str:
    return (
        f'<label class="{" ".join(filter(None, ["toggle", look]))}"><input type="checkbox" '
        f'data-filter="{group}" '
        f'value="{_e(value)}" checked> {label} <span class="count">{count}</span></label>'
    )


def _filters(comparison: Comparison) -> str:
    """The counts per status and per kind, each a checkbox that shows or hides its rows."""
    summary = summarize(comparison)
    statuses = "".join(
        _toggle("status", status.value, f"{symbol} {_e(word)}", count, f"s-{status.value}")
        for status, count in summary.statuses
        for symbol, word, _ in [STATUS_LOOK[status]]
    )
    kinds = Counter(fact.kind for fact in comparison.facts)
    kind_toggles = "".join(
        _toggle("kind", kind.value, f'<mark class="k-{kind}">{_e(kind)}</mark>', kinds[kind], "")
        for kind in Kind
        if kinds[kind]
    )
    skipped = '<span class="boilerplate">skipped boilerplate</span>'
    return (
        f'<p class="summary">{_e(summary.line())}</p>'
        f'<p class="legend filters">Status: {statuses}</p>'
        f'<p class="legend filters">Kinds: {kind_toggles} {skipped}</p>'
        '<p class="hint" id="shown" aria-live="polite"></p>'
    )


def _problems(comparison: Comparison) -> str:
    if not comparison.problems:
        return ""
    items = "".join(
        f"<li><code>{_e(problem.path)}</code>: {_e(problem.error)}</li>"
        for problem in comparison.problems
    )
    return f'<h2>Inputs not used</h2><ul class="problems">{items}</ul>'


def render_html(comparison: Comparison) -> str:
    """The whole report as one HTML document."""
    title = f"newscmp: {len(comparison.facts)} facts from {len(comparison.sources)} sources"
    headings = source_headings(comparison.sources)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="newscmp {_e(__version__)}">',
            f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
            f"<h1>{_e(title)}</h1>",
            _filters(comparison),
            '<p class="hint">Click a cell to see its words in the source; untick a status or '
            "a kind to hide its rows.</p>",
            _table(comparison, headings),
            _problems(comparison),
            '<h2>Sources</h2><div class="sources">',
            *_sources(comparison, headings),
            f"</div><script>{SCRIPT}</script></body></html>",
            "",
        ]
    )
