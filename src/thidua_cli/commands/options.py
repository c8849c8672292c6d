"""Option declarations shared by several commands, defined once."""

from __future__ import annotations

from typing import Any

import typer

from thidua_cli.state import AppState
from thidua_cli.ui.help import h

FORMATS = ("table", "json", "csv")


def state(ctx: typer.Context) -> AppState:
    obj = ctx.find_root().obj
    assert isinstance(obj, AppState)
    return obj


def as_of_option() -> Any:
    return typer.Option(None, "--as-of", help=h("opt.as_of"), metavar="YYYY-MM-DD")


def format_option(formats: tuple[str, ...] = FORMATS) -> Any:
    return typer.Option("table", "--format", "-f", help=h("opt.format", formats="|".join(formats)))


def output_option() -> Any:
    return typer.Option(None, "--output", "-o", help=h("opt.output"), dir_okay=False)


def check_format(value: str, formats: tuple[str, ...] = FORMATS) -> str:
    if value not in formats:
        raise typer.BadParameter(
            h("opt.bad_format", value=value, formats=", ".join(formats)), param_hint="--format"
        )
    return value
