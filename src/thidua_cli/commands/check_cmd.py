"""``thidua check``: the daily late-dossier check, for a person or for cron."""

from __future__ import annotations

from pathlib import Path

import typer

from thidua_cli.commands.options import (
    as_of_option,
    format_option,
    output_option,
    state,
)
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.errors import EXIT_FINDINGS, UsageError
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h


def check(
    ctx: typer.Context,
    as_of: str | None = as_of_option(),
    within: int = typer.Option(2, "--within", help=h("check.opt.within"), min=0),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.check import TASK_LISTS, build_check_report

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    if within > 365:
        raise UsageError("check.bad_within", value=within)
    day = parse_as_of(as_of)
    report = build_check_report(app_state.db(), day, within, app_state.t)
    lists = {table.name: table.rows for table in report.tables}
    all_well = not any(lists.values())

    def view() -> object:
        from thidua_cli.ui.dossier_view import check_view

        tasks = [report.table(name) for name in TASK_LISTS]
        return check_view(app_state.t, day, within, lists, tasks, app_state.lang)

    report.custom_table = view
    # With --quiet, cron mails only findings: a clean day prints nothing for a person.
    if not (app_state.quiet and all_well and fmt == "table"):
        emit(app_state, report, fmt, output)
    if lists["overdue"]:
        raise typer.Exit(EXIT_FINDINGS)
