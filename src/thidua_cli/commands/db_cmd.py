"""``thidua db check`` and ``thidua backup FILE``: the database's health and its copies."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from thidua_cli.commands.group import Group
from thidua_cli.commands.options import format_option, output_option, state
from thidua_cli.text.help import h

if TYPE_CHECKING:
    from thidua_cli.reports.model import Report
    from thidua_cli.state import AppState
    from thidua_cli.store.maintenance import CheckReport

app = typer.Typer(cls=Group, no_args_is_help=True)


@app.command("check", help=h("dbcheck.help"))
def check(
    ctx: typer.Context,
    quick: bool = typer.Option(False, "--quick", help=h("dbcheck.opt.quick")),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.commands.output import emit, resolve_format
    from thidua_cli.errors import DatabaseError
    from thidua_cli.store.maintenance import check_database

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
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
        custom_table=lambda: _view(found, t, app_state.lang),
    )


def _view(found: CheckReport, t: Any, lang: str) -> Any:
    from thidua_cli.ui.records_view import db_check_view

    return db_check_view(found, t, lang)


def backup(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help=h("backup.arg.file"), show_default=False),
) -> None:
    from thidua_cli.store.maintenance import backup_database
    from thidua_cli.text import formats

    app_state = state(ctx)
    from thidua_cli.errors import UsageError
    from thidua_cli.files import is_terminal

    if is_terminal(file):
        # ``backup -`` is for a pipe (``| gzip``); on a screen the database's bytes, the data's
        # own escape sequences among them, would act on the terminal.
        raise UsageError("backup.on_terminal")
    done = backup_database(app_state.db_path, file, busy_timeout=app_state.busy_timeout)
    app_state.say(
        "backup.done",
        source=str(app_state.db_path),
        path=done.path,
        size=formats.size(done.size_bytes, app_state.lang),
        version=done.schema_version,
    )
