"""Option declarations shared by several commands, defined once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from thidua_cli.commands.choices import FORMAT, allowed
from thidua_cli.state import AppState
from thidua_cli.text.help import h

# How --help names a date and a month: the way a Vietnamese office writes them, which is also how
# they are typed (ISO is read too; text/dates.py).
DATE = "dd/mm/yyyy"
MONTH = "mm/yyyy"


def state(ctx: typer.Context) -> AppState:
    obj = ctx.find_root().obj
    assert isinstance(obj, AppState)
    return obj


def as_of_option() -> Any:
    return typer.Option(None, "--as-of", help=h("opt.as_of"), metavar=DATE)


def format_option() -> Any:
    # No default: without --format the format comes from --output's extension, else a table
    # (``commands.output.resolve_format``, the one place a format is chosen).
    return typer.Option(
        None,
        "--format",
        "-f",
        help=h("export.opt.format", formats=allowed(FORMAT, "|")),
        show_default=False,
        metavar=h("meta.format"),
    )


def headers_option() -> Any:
    """``--headers vi|en``: a CSV headed with the table's labels. Added by ``cli`` to every
    command with --format (``with_headers``); the value waits on ``AppState`` for the writer."""
    import click

    from thidua_cli.commands.choices import CSV_HEADERS, allowed

    def keep(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
        if value is not None:
            found = CSV_HEADERS.read(value)
            if found is None:
                raise click.BadParameter(
                    h("choice.unknown", value=value, allowed=allowed(CSV_HEADERS))
                )
            app_state = ctx.find_root().obj
            assert isinstance(app_state, AppState)
            app_state.csv_headers = None if found == "keys" else found

    return click.Option(
        ["--headers"],
        expose_value=False,
        callback=keep,
        metavar=allowed(CSV_HEADERS, "|"),
        help=h("csv.opt.headers", allowed=allowed(CSV_HEADERS)),
    )


def output_option() -> Any:
    # A folder is refused where the file is written (``files.check_output``), in the
    # catalogue's words.
    return typer.Option(None, "--output", "-o", help=h("opt.output"), callback=_dash_is_stdout)


def _dash_is_stdout(value: Path | None) -> Path | None:
    """``-o -``: standard output, exactly as without ``--output``."""
    return None if value is not None and str(value) == "-" else value
