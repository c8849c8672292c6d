"""``thidua dossiers``: every dossier with its deadline and status at a date."""

from __future__ import annotations

from pathlib import Path

import typer

from thidua_cli.commands.choices import STATUS, allowed, chosen
from thidua_cli.commands.options import DATE, as_of_option, format_option, output_option, state
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.reports.dossiers import JSON_FIELDS, STATUSES, contract_view
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h

# Re-exported: other commands list dossiers with the same fields.
__all__ = ["JSON_FIELDS", "STATUSES", "contract_view", "dossiers"]


def dossiers(
    ctx: typer.Context,
    as_of: str | None = as_of_option(),
    status: str | None = typer.Option(
        None,
        "--status",
        help=h("dossiers.opt.status", allowed=allowed(STATUS)),
        metavar=h("meta.status"),
    ),
    officer: str | None = typer.Option(None, "--officer", help=h("dossiers.opt.officer")),
    unit: str | None = typer.Option(None, "--unit", help=h("dossiers.opt.unit")),
    procedure: str | None = typer.Option(None, "--procedure", help=h("dossiers.opt.procedure")),
    received_from: str | None = typer.Option(
        None, "--from", help=h("dossiers.opt.from"), metavar=DATE
    ),
    received_to: str | None = typer.Option(None, "--to", help=h("dossiers.opt.to"), metavar=DATE),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.dossiers import build_dossiers_report
    from thidua_cli.store.queries import DossierFilter

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    if status is not None:
        status = chosen(app_state, STATUS, status, "dossiers.bad_status")
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

    def view() -> object:
        from thidua_cli.ui.dossier_view import dossier_table

        return dossier_table(report.title, rows, app_state.t, app_state.lang)

    report.custom_table = view
    emit(app_state, report, fmt, output)
