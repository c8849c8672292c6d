"""``thidua staff``: the roster, and the officer names elsewhere that match nobody on it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from thidua_cli.commands.options import format_option, output_option, state
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.state import AppState
from thidua_cli.text.help import h

ROLES = ("head", "deputy", "staff")
COLUMNS = ("name", "unit", "role", "active", "dossiers")


def staff(
    ctx: typer.Context,
    unit: str | None = typer.Option(None, "--unit", help=h("staff.opt.unit")),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.store.emulation import list_staff, officers_not_on_roster
    from thidua_cli.text.normalize import person_name

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    conn = app_state.db()
    rows = list_staff(conn, person_name(unit) if unit else None)
    report = staff_report(app_state, rows)
    if not rows and unit is None:
        report.warnings.append(("staff.empty", {}))
    unknown = officers_not_on_roster(conn)
    if unknown:
        names = ", ".join(f"{r['name']} ({r['dossiers']}/{r['answers']})" for r in unknown)
        report.warnings.append(("staff.not_on_roster", {"count": len(unknown), "names": names}))
    emit(app_state, report, fmt, output)


def staff_report(app_state: AppState, rows: list[dict[str, Any]]) -> Any:
    from thidua_cli.reports.model import Column, Report, ReportTable

    t = app_state.t
    columns = [
        Column("name", t("staff.col.name")),
        Column("unit", t("staff.col.unit")),
        Column("role", t("staff.col.role"), labels={r: t(f"staff.role.{r}") for r in ROLES}),
        Column("active", t("staff.col.active"), kind="bool"),
        Column("dossiers", t("staff.col.dossiers"), kind="int"),
    ]
    title = t("staff.title", count=len(rows))
    table = ReportTable("staff", title, columns, rows, row_numbers=True)
    return Report(name="staff", title=title, data=rows, tables=[table], sheet=t("staff.sheet"))
