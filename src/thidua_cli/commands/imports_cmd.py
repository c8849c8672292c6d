"""``thidua imports``: the record of every import."""

from __future__ import annotations

import typer

from thidua_cli.commands.options import check_format, format_option, state
from thidua_cli.commands.output import emit

app = typer.Typer(invoke_without_command=True)

COLUMNS = (
    "id",
    "kind",
    "file_name",
    "imported_at",
    "rows_read",
    "inserted",
    "updated",
    "unchanged",
    "rejected",
    "sha256",
)


@app.callback()
def imports(ctx: typer.Context, fmt: str = format_option()) -> None:
    if ctx.invoked_subcommand is not None:
        return
    from thidua_cli.store.imports import list_imports

    app_state = state(ctx)
    check_format(fmt)
    rows = list_imports(app_state.db())

    def table() -> object:
        from thidua_cli.ui.render import simple_table

        shown = [{**r, "sha256": r["sha256"][:12]} for r in rows]
        return simple_table(
            app_state.t("imports.title"),
            [(c, app_state.t(f"col.{c}")) for c in COLUMNS],
            shown,
            numeric=("id", "rows_read", "inserted", "updated", "unchanged", "rejected"),
        )

    emit(app_state, fmt, json_data=lambda: rows, csv_rows=lambda: (rows, COLUMNS), table=table)
