"""``thidua report form06``: Biểu số 06/VPCP/KSTT for a period."""

from __future__ import annotations

from pathlib import Path

import typer

from thidua_cli.commands.choices import FORM06_BY, allowed, chosen, shown
from thidua_cli.commands.options import DATE, format_option, output_option, state
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.errors import UsageError
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h


def register(app: typer.Typer) -> None:
    app.command("form06", help=h("form06.help"))(form06)


def form06(
    ctx: typer.Context,
    start: str = typer.Option(..., "--from", help=h("form06.opt.from"), metavar=DATE),
    end: str = typer.Option(..., "--to", help=h("form06.opt.to"), metavar=DATE),
    by: str = typer.Option(
        "field",
        "--by",
        help=h("form06.opt.by", allowed=allowed(FORM06_BY), default=shown(FORM06_BY, "field")),
        metavar=h("meta.group"),
        show_default=False,
    ),
    as_of: str | None = typer.Option(None, "--as-of", help=h("form06.opt.as_of"), metavar=DATE),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.form06 import build_form06_report

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    by = chosen(app_state, FORM06_BY, by, "report.bad_group")
    first, last = parse_as_of(start), parse_as_of(end)
    if last < first:
        raise UsageError("form06.bad_period", start=start, end=end)
    report = build_form06_report(app_state.db(), first, last, by, app_state.t, parse_as_of(as_of))
    table = report.tables[0]

    def view() -> object:
        from thidua_cli.ui.form06_view import form06_table

        return form06_table(
            app_state.t,
            first,
            last,
            by,
            table.rows,
            table.total or {},
            app_state.lang,
            table.note,
        )

    report.custom_table = view
    emit(app_state, report, fmt, output)
