"""``thidua dossiers``: every dossier with its deadline and status at a date."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer

from thidua_cli.commands.options import (
    as_of_option,
    check_format,
    format_option,
    output_option,
    state,
)
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.errors import UsageError
from thidua_cli.reports.dossiers import JSON_FIELDS, STATUSES, contract_view
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h

# Re-exported: other commands list dossiers with the same fields.
__all__ = ["JSON_FIELDS", "STATUSES", "contract_view", "dossier_table", "dossiers"]


def dossier_table(
    title: str, rows: list[dict[str, object]], t: Callable[..., str], *, finished: bool = True
) -> object:
    """Dossiers for a person: the code whole, long procedure names cut, dates day first."""
    from rich.table import Table
    from rich.text import Text

    from thidua_cli.ui.render import day_first, status_style

    table = Table(title=title, title_justify="left")
    # The code is what a clerk copies into the one-stop software and the dates are what the check
    # is about: they never shrink. Names shrink with an ellipsis when the screen is narrow.
    code_width = max((len(str(row["code"])) for row in rows), default=8)
    status_width = max((len(t(f"status.{row['status']}")) for row in rows), default=6)
    table.add_column(t("col.code"), no_wrap=True, min_width=code_width)
    table.add_column(t("col.procedure"), no_wrap=True, overflow="ellipsis", max_width=28)
    table.add_column(t("col.officer"), no_wrap=True, overflow="ellipsis", max_width=20)
    table.add_column(t("col.received_at"), no_wrap=True, min_width=10)
    table.add_column(t("col.due_date"), no_wrap=True, min_width=10)
    if finished:
        table.add_column(t("col.finished_at"), no_wrap=True, min_width=10)
    table.add_column(t("col.status"), no_wrap=True, min_width=status_width)
    table.add_column(t("col.working_days_late"), justify="right", min_width=9)
    for row in rows:
        cells: list[str | Text] = [
            str(row["code"]),
            str(row["procedure"]),
            str(row["officer"] or ""),
            day_first(row["received_at"]),
            day_first(row["due_date"]),
        ]
        if finished:
            cells.append(day_first(row["finished_at"]))
        status = str(row["status"])
        cells.append(Text(t(f"status.{status}"), style=status_style(status)))
        cells.append(str(row["working_days_late"] or ""))
        table.add_row(*cells)
    return table


def dossiers(
    ctx: typer.Context,
    as_of: str | None = as_of_option(),
    status: str | None = typer.Option(None, "--status", help=h("dossiers.opt.status")),
    officer: str | None = typer.Option(None, "--officer", help=h("dossiers.opt.officer")),
    unit: str | None = typer.Option(None, "--unit", help=h("dossiers.opt.unit")),
    procedure: str | None = typer.Option(None, "--procedure", help=h("dossiers.opt.procedure")),
    received_from: str | None = typer.Option(
        None, "--from", help=h("dossiers.opt.from"), metavar="YYYY-MM-DD"
    ),
    received_to: str | None = typer.Option(
        None, "--to", help=h("dossiers.opt.to"), metavar="YYYY-MM-DD"
    ),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.dossiers import build_dossiers_report
    from thidua_cli.store.queries import DossierFilter

    app_state = state(ctx)
    check_format(fmt)
    fmt = resolve_format(fmt, output)
    if status is not None and status not in STATUSES:
        raise UsageError("dossiers.bad_status", value=status, allowed=", ".join(STATUSES))
    day = parse_as_of(as_of)
    where = DossierFilter(
        status=status,
        officer=officer,
        unit=unit,
        procedure=procedure,
        received_from=parse_as_of(received_from) if received_from else None,
        received_to=parse_as_of(received_to) if received_to else None,
    )
    report = build_dossiers_report(app_state.db(), day, where, app_state.t)
    rows = report.tables[0].rows
    report.custom_table = lambda: dossier_table(report.title, rows, app_state.t)
    emit(app_state, report, fmt, output)
