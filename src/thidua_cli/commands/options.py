"""Option declarations shared by several commands, defined once."""

from __future__ import annotations

from typing import Any

import typer

from thidua_cli.state import AppState
from thidua_cli.text.help import h

# Every report is written in each of these (reports/exporters); xlsx needs --output.
FORMATS = ("table", "json", "csv", "md", "html", "xlsx")


def state(ctx: typer.Context) -> AppState:
    obj = ctx.find_root().obj
    assert isinstance(obj, AppState)
    return obj


def as_of_option() -> Any:
    return typer.Option(None, "--as-of", help=h("opt.as_of"), metavar="YYYY-MM-DD")


def format_option(formats: tuple[str, ...] = FORMATS) -> Any:
    # No default: without --format the format comes from --output's extension, else a table.
    return typer.Option(
        None,
        "--format",
        "-f",
        help=h("export.opt.format", formats="|".join(formats)),
        show_default=False,
    )


def output_option() -> Any:
    return typer.Option(None, "--output", "-o", help=h("opt.output"), dir_okay=False)


def check_format(value: str | None, formats: tuple[str, ...] = FORMATS) -> str | None:
    if value is not None and value not in formats:
        raise typer.BadParameter(
            h("opt.bad_format", value=value, formats=", ".join(formats)), param_hint="--format"
        )
    return value
