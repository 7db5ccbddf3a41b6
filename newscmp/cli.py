"""The `newscmp` command: parse options, call the library, render, map outcomes to exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import click

from newscmp import __version__
from newscmp.errors import ExitCode, NewscmpError
from newscmp.formats import RENDERERS
from newscmp.model import Kind, Status

if TYPE_CHECKING:
    from newscmp.by_event import EventReport
    from newscmp.events import Event
    from newscmp.load import LoadOptions
    from newscmp.model import Comparison
    from newscmp.pipeline import Progress

F = TypeVar("F", bound=Callable[..., Any])

# More inputs than this on a terminal get a progress bar on stderr.
PROGRESS_INPUTS = 50
BUG_REPORT = "this is a bug in newscmp; rerun with --debug and report the traceback"


# Longest message printed on stderr: one readable line, however long what it quotes.
MESSAGE_CHARS = 300


def one_line(message: str, limit: int = MESSAGE_CHARS) -> str:
    """`message` on one line, cut between words to at most `limit` characters, saying so."""
    flat = " ".join(message.split())
    if len(flat) <= limit:
        return flat
    kept = flat[: limit - 40].rsplit(" ", 1)[0].rstrip(";,:")
    return f"{kept} … ({len(flat) - len(kept):,} more characters)"


def _err(message: str) -> None:
    click.echo(f"newscmp: {one_line(message)}", err=True)


def _run(paths: Sequence[str], options: dict[str, Any]) -> Comparison:
    """Compare the inputs, with a progress bar on a terminal for long runs; report problems."""
    from newscmp.pipeline import compare_paths, sample_paths

    inputs = list(paths) or ([] if options.get("urls_file") else sample_paths())
    if options.get("output"):  # before any work: never overwrite or join the inputs
        from newscmp.output import check_target

        check_target(
            options["output"], [*inputs, options.get("urls_file") or "-"], options["recursive"]
        )
    load_options, jobs = _load_options(options), options["jobs"]
    if _stderr_is_terminal() and _count_inputs(inputs) > PROGRESS_INPUTS:
        with _progress_bar() as progress:
            comparison = compare_paths(inputs, load_options, jobs, progress)
    else:
        comparison = compare_paths(inputs, load_options, jobs)
    for problem in comparison.problems:
        _err(f"{problem.path}: {problem.error}")
    return comparison


def _load_options(options: dict[str, Any]) -> LoadOptions:
    """The loader's settings from the input options every reading command shares."""
    from newscmp.load import LoadOptions

    fields = {name: options[name] for name in LOAD_FIELDS if options.get(name) is not None}
    return LoadOptions(stdin=sys.stdin.buffer, **fields)


def _count_inputs(inputs: list[str]) -> int:
    """How many files the inputs name (folders and globs expanded), without reading them."""
    from newscmp.load.discover import expand_paths

    return sum(1 for _ in expand_paths(inputs))


@contextmanager
def _progress_bar() -> Iterator[Progress]:
    """A rich bar on stderr, told how far the pipeline has got; gone when the run ends."""
    from rich.console import Console
    from rich.progress import Progress as Bar

    with Bar(console=Console(file=sys.stderr, force_terminal=True), transient=True) as bar:
        task = bar.add_task("reading articles", total=None)

        def advance(stage: str, done: int, total: int) -> None:
            bar.update(task, description=f"{stage} articles", completed=done, total=total)

        yield advance


def _finish(comparison: Comparison, strict: bool) -> None:
    if strict and comparison.problems:
        sys.exit(ExitCode.PROBLEMS)


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _wants_color(no_color: bool) -> bool:
    """Colour only on a terminal, and never with --no-color or a non-empty NO_COLOR."""
    return not no_color and not os.environ.get("NO_COLOR") and _stdout_is_terminal()


def _format_name(chosen: str | None, as_json: bool, output: str | None, default: str) -> str:
    """--json, else --format, else the -o file's extension, else the command's own format."""
    from newscmp.formats import format_for_path

    if as_json and chosen not in (None, "json"):
        raise click.UsageError(f"--json and --format {chosen} disagree; give only one")
    if as_json or chosen:
        return "json" if as_json else str(chosen)
    try:
        return format_for_path(output, default) if output else default
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc


def _emit(comparison: Comparison, default: str, options: dict[str, Any]) -> None:
    """Filter, render in the chosen format, write to -o FILE or stdout, then map --strict."""
    from newscmp.formats import FILE_WIDTH, Screen, render_pieces
    from newscmp.output import write_atomic

    name = _format_name(options["format_name"], options["as_json"], options["output"], default)
    shown, columns = _shown(comparison, name, options)
    left_out = len(comparison.facts) - len(shown.facts)
    context = options["context"]
    if options["output"]:
        screen = Screen(
            width=FILE_WIDTH,
            left_out=left_out,
            columns=columns,
            formulas=options["csv_raw"],
            context=context,
        )
        write_atomic(options["output"], render_pieces(name, shown, screen))
    else:
        color = _wants_color(options["no_color"])
        screen = Screen(
            color=color,
            left_out=left_out,
            columns=columns,
            formulas=options["csv_raw"],
            context=context,
        )
        sys.stdout.writelines(render_pieces(name, shown, screen))
        sys.stdout.flush()
    _finish(comparison, options["strict"])


# The formats a reader reads top down, so the default `--sort status` puts conflicts first;
# the others keep the document's kind order unless --sort is given.
READ_FORMATS = frozenset({"table", "sheet", "markdown", "html"})


def _shown(
    comparison: Comparison, name: str, options: dict[str, Any]
) -> tuple[Comparison, tuple[str, ...]]:
    """The facts the options keep, in their order, and the source ids `--sources` picks."""
    from newscmp.filters import (
        FactFilter,
        filter_comparison,
        limit_comparison,
        pick_sources,
        sort_comparison,
    )

    # The JSON documents carry every fact, each mention's role with it; the other formats show
    # context (facts no source claims, and with the table each cell's context) on --context.
    context = options["context"] or name in ("json", "jsonl")
    fact_filter = FactFilter(
        options["kind"], options["status"], options["min_sources"], options["no_singles"], context
    )
    shown = filter_comparison(comparison, fact_filter)
    order = options["sort"] or ("status" if name in READ_FORMATS else None)
    if order:
        shown = sort_comparison(shown, order)
    columns: tuple[str, ...] = ()
    if options.get("sources"):
        if name != "table":
            raise click.UsageError(
                f"--sources picks the columns of the table; --format {name} shows every "
                "source (leave out --sources)"
            )
        try:
            columns = pick_sources(comparison.sources, options["sources"])
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="'--sources'") from exc
    return limit_comparison(shown, options["limit"]), columns


def _names_of(choices: type[StrEnum]) -> Callable[..., frozenset[Any]]:
    """An option callback reading comma-separated values of `choices`; bad ones are usage errors."""

    def parse(ctx: click.Context, param: click.Parameter, value: str | None) -> frozenset[Any]:
        from newscmp.filters import parse_names

        try:
            return parse_names(value, choices) if value is not None else frozenset()
        except ValueError as exc:
            raise click.BadParameter(str(exc), ctx, param) from exc

    return parse


paths_argument = click.argument("paths", nargs=-1, type=click.Path())
strict_option = click.option(
    "--strict", is_flag=True, help="Exit with 3 when some inputs could not be used."
)
no_color_option = click.option(
    "--no-color", is_flag=True, help="No colour (also when NO_COLOR is set or not a terminal)."
)
OUTPUT_OPTIONS = [
    click.option(
        "--format",
        "-f",
        "format_name",
        type=click.Choice(list(RENDERERS)),
        help="Output format [default: the command's own; with -o, from the file extension].",
    ),
    click.option("--json", "as_json", is_flag=True, help="Shortcut for --format json."),
    click.option(
        "--output",
        "-o",
        type=click.Path(dir_okay=False),
        help="Write to FILE (.json .jsonl .md .csv .html .txt pick the format).",
    ),
    click.option(
        "--kind",
        callback=_names_of(Kind),
        metavar="KINDS",
        help=f"Only these kinds, comma-separated: {','.join(Kind)}.",
    ),
    click.option(
        "--status",
        callback=_names_of(Status),
        metavar="STATUSES",
        help=f"Only these statuses, comma-separated: {','.join(Status)}.",
    ),
    click.option(
        "--min-sources",
        type=click.IntRange(min=1),
        default=1,
        help="Only facts that at least N sources mention.",
    ),
    click.option(
        "--context",
        is_flag=True,
        help="Also show context: facts no source claims, and (table) each source's mentions "
        "of other events, later steps, datelines..., dimmed.",
    ),
    click.option(
        "--no-singles",
        is_flag=True,
        help="Leave out the facts only one source gives (the summary line counts them).",
    ),
    click.option(
        "--sort",
        type=click.Choice(["status", "support", "kind"]),
        help="Order facts: status (conflicts first, then partial, agree, single), support "
        "(most sources first) or kind [default: status for table, sheet, markdown and html; "
        "kind for json, jsonl and csv].",
    ),
    click.option(
        "--limit",
        type=click.IntRange(min=1),
        metavar="N",
        help="Only the first N facts, after sorting.",
    ),
    click.option(
        "--csv-raw",
        is_flag=True,
        help="CSV cells as they are: no ' before a cell starting with = + - @ (formula guard).",
    ),
    no_color_option,
    strict_option,
]


# Options that become LoadOptions fields of the same name.
LOAD_FIELDS = (
    "recursive",
    "urls_file",
    "text_field",
    "title_field",
    "outlet_field",
    "published_field",
    "url_field",
    "max_bytes",
    "timeout",
)
INPUT_OPTIONS = [
    click.option("--recursive", "-r", is_flag=True, help="Read folders' subfolders too."),
    click.option(
        "--urls",
        "urls_file",
        metavar="FILE",
        help="Fetch the URLs listed in FILE (one a line; - reads them from standard input).",
    ),
    *[
        click.option(
            f"--{name}-field",
            f"{name}_field",
            metavar="NAME",
            help=f"The JSON record field holding the {name} (default: common scraper names).",
        )
        for name in ("text", "title", "outlet", "published", "url")
    ],
    click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        help="Largest input read, in bytes [default: 20000000].",
    ),
    click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        help="Seconds a URL may take, all of it: connecting, headers and body [default: 10].",
    ),
    click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        help="Extract in N processes [default: one per core above 300 articles].",
    ),
]


BY_EVENT_OPTIONS = [
    click.option(
        "--by-event",
        is_flag=True,
        help="Group the articles into events first, then compare within each event.",
    ),
    click.option(
        "--min-articles",
        type=click.IntRange(min=1),
        help="Only events of at least N articles (implies --by-event for compare and facts).",
    ),
    click.option(
        "--event",
        "event_ids",
        metavar="IDS",
        help="Only these events, comma-separated ids as `newscmp events` prints them "
        "(implies --by-event).",
    ),
]


def by_event_options(command: F) -> F:
    """--by-event, --min-articles and --event of compare and facts."""
    for option in reversed(BY_EVENT_OPTIONS):
        command = option(command)
    return command


def _wants_events(options: dict[str, Any]) -> bool:
    return bool(options["by_event"] or options["min_articles"] or options["event_ids"])


def _event_ids(options: dict[str, Any]) -> list[str]:
    return [part.strip() for part in (options.get("event_ids") or "").split(",") if part.strip()]


def _read(paths: Sequence[str], options: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """The articles under the inputs and the problems met, each problem reported."""
    from newscmp.by_event import load_articles
    from newscmp.pipeline import sample_paths

    inputs = list(paths) or ([] if options.get("urls_file") else sample_paths())
    if options.get("output"):  # before any work, as _run: never overwrite or join the inputs
        from newscmp.output import check_target

        check_target(
            options["output"], [*inputs, options.get("urls_file") or "-"], options["recursive"]
        )
    articles, problems = load_articles(inputs, _load_options(options))
    for problem in problems:
        _err(f"{problem.path}: {problem.error}")
    return articles, problems


def _run_by_event(paths: Sequence[str], options: dict[str, Any]) -> EventReport:
    """Group, keep the events asked for, compare within each (a bar on a terminal)."""
    from newscmp.by_event import compare_by_event, pick_events

    articles, problems = _read(paths, options)
    minimum, ids = options["min_articles"] or 1, _event_ids(options)

    def keep(events: Sequence[Event]) -> list[Event]:
        try:
            return pick_events(events, minimum, ids)
        except ValueError as exc:
            raise NewscmpError(f"{exc}; list them with `newscmp events PATHS`") from exc

    run = partial(compare_by_event, articles, problems, jobs=options["jobs"], keep=keep)
    if _stderr_is_terminal() and len(articles) > PROGRESS_INPUTS:
        with _progress_bar() as progress:
            return run(progress=progress)
    return run()


def _emit_events(report: EventReport, default: str, options: dict[str, Any]) -> None:
    """Each event's comparison filtered, sorted and cut as _emit does one, in the chosen format."""
    from dataclasses import replace

    from newscmp.formats import FILE_WIDTH, Screen
    from newscmp.formats.events import EVENT_RENDERERS
    from newscmp.output import write_atomic

    name = _format_name(options["format_name"], options["as_json"], options["output"], default)
    if options.get("sources"):
        raise click.UsageError(
            "--sources picks the columns of one comparison; with --by-event, leave it out"
        )
    items, left_out = [], {}
    for item in report.events:
        if item.comparison is not None:
            shown, _ = _shown(item.comparison, name, options)
            left_out[item.event.id] = len(item.comparison.facts) - len(shown.facts)
            item = replace(item, comparison=shown)
        items.append(item)
    shown_report = replace(report, events=tuple(items))
    render = EVENT_RENDERERS[name]
    formulas = options["csv_raw"]
    if options["output"]:
        screen = Screen(width=FILE_WIDTH, formulas=formulas)
        write_atomic(options["output"], render(shown_report, screen, left_out))
    else:
        screen = Screen(color=_wants_color(options["no_color"]), formulas=formulas)
        sys.stdout.writelines(render(shown_report, screen, left_out))
        sys.stdout.flush()
    if options["strict"] and report.problems:
        sys.exit(ExitCode.PROBLEMS)


# Up to this many articles, a plain compare or facts checks that they look like one event.
WARN_UP_TO = 2000


def _warn_if_mixed(comparison: Comparison, paths: Sequence[str], options: dict[str, Any]) -> None:
    """On stderr, when the sources group into several events: say so, and what to do."""
    from newscmp.events import group_articles

    count = len(comparison.sources)
    if count < 2 or count > WARN_UP_TO:
        return
    events = len(group_articles(comparison.sources))
    if events > 1:
        named = list(paths) or [options.get("urls_file") or "the sample articles"]
        where = ", ".join(named[:3]) + (", …" if len(named) > 3 else "")
        _err(
            f"{where}: these {count} articles look like {events} separate events; "
            "try --by-event (or `newscmp events` to list them)"
        )


def input_options(command: F) -> F:
    """The options every command that reads articles shares."""
    for option in reversed(INPUT_OPTIONS):
        command = option(command)
    return command


def output_options(command: F) -> F:
    """The options every command that prints a comparison shares."""
    for option in reversed(OUTPUT_OPTIONS):
        command = option(command)
    return command


class _Interrupted(Exception):
    """Ctrl-C, carried past click, which would print an empty line of its own for it."""


class NewscmpGroup(click.Group):
    """A click group whose every outcome is an exit code and at most one line on stderr."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            raise _Interrupted from exc
        except BrokenPipeError:  # before click's own handler, which exits 1
            _quiet_broken_pipe()

    def main(  # type: ignore[override]  # same call, but never returns normally
        self, args: Sequence[str] | None = None, prog_name: str | None = None, **extra: Any
    ) -> None:
        arguments = list(sys.argv[1:] if args is None else args)
        debug = "--debug" in arguments
        extra.pop("standalone_mode", None)
        try:
            super().main(arguments, prog_name or "newscmp", standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(ExitCode.USAGE)
        except (click.exceptions.Abort, KeyboardInterrupt, _Interrupted):
            _err("interrupted")
            sys.exit(ExitCode.INTERRUPTED)
        except BrokenPipeError:
            _quiet_broken_pipe()
        except NewscmpError as exc:
            if debug:
                raise
            _err(str(exc))
            sys.exit(exc.exit_code)
        except Exception as exc:
            if debug:
                raise
            _err(f"unexpected error: {type(exc).__name__}: {exc}; {BUG_REPORT}")
            sys.exit(ExitCode.ERROR)
        sys.exit(ExitCode.OK)


# Examples under each command's --help ("\b" keeps click from rewrapping them); every line
# that starts with "newscmp" parses (tests/test_help.py checks).
EXAMPLES = {
    "cli": """\b
Examples:
  newscmp compare coverage/             side by side, conflicts first
  newscmp facts coverage/ --json        the merged facts as JSON
  newscmp show coverage/reuters.txt     what was found in one article
\b
Shell completion (bash; zsh and fish alike, see the README):
  eval "$(_NEWSCMP_COMPLETE=bash_source newscmp)"
""",
    "compare": """\b
Examples:
  newscmp compare coverage/ --no-singles --limit 20
  newscmp compare -r coverage/ --sources Reuters,AP --status conflict,partial
  newscmp compare a.html b.pdf c.docx -o report.html
""",
    "facts": """\b
Examples:
  newscmp facts coverage/ --sort support
  newscmp facts coverage/ --kind participant,quote --min-sources 2
  newscmp facts coverage/ --json | jq '.summary'
""",
    "show": """\b
Examples:
  newscmp show coverage/reuters.txt
  newscmp show - < article.txt
""",
    "schema": """\b
Examples:
  newscmp schema > newscmp-2.schema.json
  newscmp schema | jq '.$defs.fact.required'
  newscmp schema --events > newscmp-events-1.schema.json
""",
    "events": """\b
Examples:
  newscmp events -r dump/                   the stories in a pile, largest first
  newscmp events dump.jsonl --min-articles 3
  newscmp events -r dump/ --json | jq '.events[].label'
\b
Then compare within each: newscmp compare -r dump/ --by-event
""",
}


@click.group(
    cls=NewscmpGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=EXAMPLES["cli"],
)
@click.version_option(__version__, prog_name="newscmp")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Compare how news outlets report the same event.

    PATHS are article files (text, Markdown, HTML, JSON/JSONL records, .gz of any), folders of
    them, globs, URLs, or - for standard input. With no PATHS, the sample articles are compared.
    """
    ctx.obj = {"debug": debug}


@cli.command(epilog=EXAMPLES["compare"])
@paths_argument
@input_options
@output_options
@click.option(
    "--sources",
    metavar="OUTLETS",
    help="The table's columns: these outlets (or source ids), comma-separated, in source order.",
)
@by_event_options
def compare(paths: tuple[str, ...], **options: Any) -> None:
    """Side by side: one row per fact, one column per source."""
    if _wants_events(options):
        _emit_events(_run_by_event(paths, options), "table", options)
        return
    comparison = _run(paths, options)
    if len(comparison.sources) < 2:
        raise NewscmpError(
            "only one readable article: nothing to compare against; "
            "give two or more, or use `newscmp facts` for one"
        )
    _warn_if_mixed(comparison, paths, options)
    _emit(comparison, "table", options)


@cli.command(epilog=EXAMPLES["facts"])
@paths_argument
@input_options
@output_options
@by_event_options
def facts(paths: tuple[str, ...], **options: Any) -> None:
    """The merged fact sheet: consensus value, support and dissent per fact."""
    if _wants_events(options):
        _emit_events(_run_by_event(paths, options), "sheet", options)
        return
    comparison = _run(paths, options)
    _warn_if_mixed(comparison, paths, options)
    _emit(comparison, "sheet", options)


@cli.command(epilog=EXAMPLES["events"])
@paths_argument
@input_options
@click.option("--json", "as_json", is_flag=True, help="Print the newscmp-events/1 document.")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE (.json: the document)."
)
@click.option(
    "--min-articles", type=click.IntRange(min=1), default=1, help="Only events of N+ articles."
)
@strict_option
def events(paths: tuple[str, ...], **options: Any) -> None:
    """The events in a mixed pile of articles, largest first: id, label (shared words and
    dates), how many articles and outlets, and the articles."""
    from newscmp.by_event import EventComparison, EventReport
    from newscmp.events import group_articles
    from newscmp.formats.events import events_json_chunks, render_event_list
    from newscmp.output import write_atomic

    articles, problems = _read(paths, options)
    found = [e for e in group_articles(articles) if len(e.articles) >= options["min_articles"]]
    as_json = options["as_json"] or (options["output"] or "").lower().endswith(".json")
    report = EventReport(tuple(EventComparison(event, None) for event in found), tuple(problems))
    text = events_json_chunks(report, compared=False) if as_json else [render_event_list(found)]
    if options["output"]:
        write_atomic(options["output"], text)
    else:
        sys.stdout.writelines(text)
    if options["strict"] and problems:
        sys.exit(ExitCode.PROBLEMS)


@cli.command(epilog=EXAMPLES["show"])
@click.argument("file", type=click.Path())
@no_color_option
@click.pass_context
def show(ctx: click.Context, file: str, no_color: bool) -> None:
    """One article's text with every extracted mention coloured by kind, then the list of
    mentions (kind, value, span); with --debug also the names refused as no person's, and
    why. FILE is an article file, or - for standard input."""
    from newscmp.formats import Screen, console_text
    from newscmp.formats.show import render_show
    from newscmp.pipeline import read_one
    from newscmp.text.names import rejected_names

    article, mentions = read_one(file, _load_options({}))
    color = _wants_color(no_color)
    refused = rejected_names(article) if (ctx.obj or {}).get("debug") else ()
    rendered = render_show(article, mentions, color, refused)
    sys.stdout.write(console_text(rendered, Screen(color=color)))


@cli.command(epilog=EXAMPLES["schema"])
@click.option(
    "--events",
    "of_events",
    is_flag=True,
    help="The newscmp-events/1 schema instead (events, --by-event).",
)
def schema(of_events: bool) -> None:
    """Print the JSON Schema of the newscmp/2 document (and of each --format jsonl line);
    with --events, of the newscmp-events/1 document."""
    from importlib.resources import files

    if of_events:
        import json

        from newscmp.formats.events import events_schema

        sys.stdout.write(json.dumps(events_schema(), indent=1, ensure_ascii=False) + "\n")
        return
    sys.stdout.write(files("newscmp").joinpath("data/newscmp-2.schema.json").read_text("utf-8"))


def _quiet_broken_pipe() -> None:
    """`newscmp ... | head`: the reader left; exit without a traceback or a second error."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(ExitCode.OK)


def main() -> None:
    """Console-script entry point."""
    cli.main()
