"""``thidua db check`` and ``thidua backup FILE``: the database's health and its copies."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from thidua_cli.commands.options import check_format, format_option, output_option, state
from thidua_cli.text.help import h

if TYPE_CHECKING:
    from thidua_cli.reports.model import Report
    from thidua_cli.state import AppState
    from thidua_cli.store.maintenance import CheckReport

app = typer.Typer(no_args_is_help=True)


@app.command("check", help=h("dbcheck.help"))
def check(
    ctx: typer.Context,
    quick: bool = typer.Option(False, "--quick", help=h("dbcheck.opt.quick")),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.commands.output import emit
    from thidua_cli.errors import DatabaseError
    from thidua_cli.store.maintenance import check_database

    app_state = state(ctx)
    check_format(fmt)
    found = check_database(app_state.db_path, busy_timeout=app_state.busy_timeout, quick=quick)
    emit(app_state, _report(found, app_state), fmt, output)
    if found.problem is not None:
        key, params = found.problem
        raise DatabaseError("dbcheck.failed", path=found.path, problem=app_state.t(key, **params))


def _report(found: CheckReport, app_state: AppState) -> Report:
    from thidua_cli.reports.model import Column, Report, ReportTable

    t = app_state.t
    data = {
        "database": found.path,
        "ok": found.ok,
        "integrity": found.integrity,
        "foreign_key_errors": found.foreign_key_errors,
        "schema_version": found.schema_version,
        "program_schema_version": found.program_schema_version,
        "schema": found.schema_status,
        "size_bytes": found.size_bytes,
        "history_missing": found.history_missing,
        "tables": found.tables,
    }
    title = t("dbcheck.title", path=found.path)
    columns = [
        Column("table", t("dbcheck.col.table")),
        Column("rows", t("dbcheck.col.rows"), "int"),
    ]
    return Report(
        name="db_check",
        title=title,
        data=data,
        tables=[ReportTable("tables", title, columns, found.tables)],
        custom_table=lambda: _summary(found, app_state),
    )


def _summary(found: CheckReport, app_state: AppState) -> Any:
    from rich.console import Group
    from rich.text import Text

    from thidua_cli.ui.render import simple_table

    t = app_state.t
    versions = {"found": found.schema_version, "supported": found.program_schema_version}
    schema = (
        t(f"dbcheck.schema.{found.schema_status}", **versions)
        if found.schema_status != "unknown"
        else "?"
    )
    history = (
        t("dbcheck.history_missing", tables=", ".join(found.history_missing))
        if found.history_missing
        else t("dbcheck.history_ok")
    )
    lines = [
        (t("dbcheck.integrity"), "; ".join(found.integrity[:5]), found.integrity == ["ok"]),
        (t("dbcheck.foreign_keys"), str(found.foreign_key_errors), not found.foreign_key_errors),
        (t("dbcheck.schema"), schema, found.schema_status != "newer"),
        (t("dbcheck.history"), history, not found.history_missing),
        (t("dbcheck.size"), f"{found.size_bytes / 1024:,.0f} KB", True),
    ]
    parts: list[Any] = [Text(t("dbcheck.title", path=found.path), style="bold")]
    for label, value, good in lines:
        parts.append(Text(f"  {label}: {value}", style="" if good else "bold red"))
    if found.tables:
        parts.append(
            simple_table(
                "",
                [("table", t("dbcheck.col.table")), ("rows", t("dbcheck.col.rows"))],
                found.tables,
                numeric=("rows",),
            )
        )
    return Group(*parts)


def backup(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help=h("backup.arg.file"), show_default=False),
) -> None:
    from thidua_cli.store.maintenance import backup_database

    app_state = state(ctx)
    done = backup_database(app_state.db_path, file, busy_timeout=app_state.busy_timeout)
    app_state.say(
        "backup.done",
        source=str(app_state.db_path),
        path=done.path,
        size=f"{done.size_bytes / 1024:,.0f}",
        version=done.schema_version,
    )
