"""The `newscmp` command: parse options, call the library, render, map outcomes to exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

from newscmp import __version__
from newscmp.errors import ExitCode, NewscmpError

if TYPE_CHECKING:
    from newscmp.model import Comparison

BUG_REPORT = "this is a bug in newscmp; rerun with --debug and report the traceback"


def _err(message: str) -> None:
    click.echo(f"newscmp: {message}", err=True)


def _run(paths: Sequence[str]) -> Comparison:
    from newscmp.pipeline import compare_paths, sample_paths

    comparison = compare_paths(list(paths) or sample_paths())
    for problem in comparison.problems:
        _err(f"{problem.path}: {problem.error}")
    return comparison


def _show(comparison: Comparison, as_json: bool, renderer: Callable[[Comparison], Any]) -> None:
    if as_json:
        from newscmp.serialize import render_json

        sys.stdout.write(render_json(comparison))
        sys.stdout.flush()
        return
    from rich.console import Console

    Console(highlight=False).print(renderer(comparison))


def _finish(comparison: Comparison, strict: bool) -> None:
    if strict and comparison.problems:
        sys.exit(ExitCode.PROBLEMS)


paths_argument = click.argument("paths", nargs=-1, type=click.Path())
json_option = click.option(
    "--json", "as_json", is_flag=True, help="Print the newscmp/1 JSON document."
)
strict_option = click.option(
    "--strict", is_flag=True, help="Exit with 3 when some inputs could not be used."
)


class NewscmpGroup(click.Group):
    """A click group whose every outcome is an exit code and at most one line on stderr."""

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
        except (click.exceptions.Abort, KeyboardInterrupt):
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


@click.group(cls=NewscmpGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newscmp")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Compare how news outlets report the same event.

    PATHS are article files, folders of .txt/.md articles, or - for standard input.
    With no PATHS, the sample articles are compared.
    """
    ctx.obj = {"debug": debug}


@cli.command()
@paths_argument
@json_option
@strict_option
def compare(paths: tuple[str, ...], as_json: bool, strict: bool) -> None:
    """Side by side: one row per fact, one column per source."""
    from newscmp.render.table import render_table

    comparison = _run(paths)
    if len(comparison.sources) < 2:
        raise NewscmpError(
            "only one readable article: nothing to compare against; "
            "give two or more, or use `newscmp facts` for one"
        )
    _show(comparison, as_json, render_table)
    _finish(comparison, strict)


@cli.command()
@paths_argument
@json_option
@strict_option
def facts(paths: tuple[str, ...], as_json: bool, strict: bool) -> None:
    """The merged fact sheet: consensus value, support and dissent per fact."""
    from newscmp.render.sheet import render_sheet

    comparison = _run(paths)
    _show(comparison, as_json, render_sheet)
    _finish(comparison, strict)


def _quiet_broken_pipe() -> None:
    """`newscmp ... | head`: the reader left; exit without a traceback or a second error."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(ExitCode.OK)


def main() -> None:
    """Console-script entry point."""
    cli.main()
