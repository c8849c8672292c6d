"""``thidua report form06``: Biểu số 06/VPCP/KSTT for a period."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from thidua_cli.commands.options import check_format, format_option, output_option, state
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.errors import UsageError
from thidua_cli.reports.form06 import NUMBERED as FORM_COLUMNS
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h

# (number on the official form, key) for columns (3) to (13).
NUMBERED = tuple((number, key) for number, key, _ in FORM_COLUMNS)


def register(app: typer.Typer) -> None:
    app.command("form06", help=h("form06.help"))(form06)


def form06(
    ctx: typer.Context,
    start: str = typer.Option(..., "--from", help=h("form06.opt.from"), metavar="YYYY-MM-DD"),
    end: str = typer.Option(..., "--to", help=h("form06.opt.to"), metavar="YYYY-MM-DD"),
    by: str = typer.Option("field", "--by", help=h("form06.opt.by")),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.form06 import build_form06_report

    app_state = state(ctx)
    check_format(fmt)
    fmt = resolve_format(fmt, output)
    first, last = parse_as_of(start), parse_as_of(end)
    if last < first:
        raise UsageError("form06.bad_period", start=start, end=end)
    report = build_form06_report(app_state.db(), first, last, by, app_state.t)
    table = report.tables[0]
    report.custom_table = lambda: form06_table(
        app_state, first.isoformat(), last.isoformat(), by, table.rows, table.total or {}
    )
    emit(app_state, report, fmt, output)


def form06_table(
    app_state: Any, start: str, end: str, by: str, rows: list[dict[str, Any]], total: dict[str, int]
) -> Any:
    from rich.table import Table

    t = app_state.t
    table = Table(
        title=t("form06.title", start=start, end=end),
        caption=t("form06.caption"),
        title_justify="left",
        caption_justify="left",
        show_lines=False,
    )
    # The official headings need a wide screen; a narrow one gets the column numbers and a legend.
    wide = app_state.out.width >= 160
    table.add_column(t("form06.col.1") if wide else "(1)", justify="right")
    table.add_column(t(f"form06.group.{by}"), overflow="fold")
    for number, _ in NUMBERED:
        heading = t(f"form06.col.{number}") if wide else f"({number})"
        table.add_column(heading, justify="right", max_width=14 if wide else None)
    for index, row in enumerate(rows, start=1):
        table.add_row(
            str(index), row[by] or t("form06.unknown_group"), *(str(row[k]) for _, k in NUMBERED)
        )
    table.add_section()
    table.add_row("", t("form06.total"), *(str(total[k]) for _, k in NUMBERED), style="bold")
    if wide:
        return table
    from rich.console import Group
    from rich.text import Text

    legend = "; ".join(t(f"form06.col.{n}") for n, _ in NUMBERED)
    return Group(table, Text(legend, style="dim"))
