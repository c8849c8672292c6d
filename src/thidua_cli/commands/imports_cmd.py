"""``thidua imports``: the record of every import."""

from __future__ import annotations

import typer

from thidua_cli.commands.group import Group
from thidua_cli.commands.options import format_option, state
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.text.help import h

app = typer.Typer(cls=Group, invoke_without_command=True)


@app.callback()
def imports(ctx: typer.Context, fmt: str = format_option()) -> None:
    if ctx.invoked_subcommand is not None:
        return
    from thidua_cli.store.imports import list_imports

    app_state = state(ctx)
    fmt = resolve_format(fmt, None)
    rows = list_imports(app_state.db())

    from thidua_cli.reports.imports import imports_report

    emit(app_state, imports_report(rows, app_state.t), fmt)


@app.command("undo", help=h("undo.help"))
def undo(
    ctx: typer.Context,
    # An SQLite integer at most: a longer number is no import's, and cannot even be looked up.
    import_id: int = typer.Argument(
        ..., metavar="ID", help=h("undo.arg.id"), show_default=False, min=1, max=2**63 - 1
    ),
) -> None:
    from thidua_cli.importing.undo import undo as undo_import
    from thidua_cli.store.db import transaction

    app_state = state(ctx)
    conn = app_state.db()
    # One transaction: the rows, the deadlines derived from them and the record change together.
    with transaction(conn, app_state.db_path):
        done, notices = undo_import(conn, import_id)
    app_state.say(
        "undo.done",
        id=done.import_id,
        file=done.file_name,
        deleted=done.deleted,
        restored=done.restored,
        undo_id=done.undo_id,
    )
    for key, params in notices:
        app_state.warn(key, **params)
