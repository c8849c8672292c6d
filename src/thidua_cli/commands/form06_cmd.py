"""``thidua report form06``: Biểu số 06/VPCP/KSTT for a period."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from thidua_cli.commands.options import check_format, format_option, output_option, state
from thidua_cli.commands.output import emit
from thidua_cli.errors import UsageError
from thidua_cli.state import parse_as_of
from thidua_cli.ui.help import h

# (number on the official form, key) for columns (3) to (13).
NUMBERED = (
    (3, "received_total"),
    (4, "received_online"),
    (5, "received_direct_postal"),
    (6, "carried_over"),
    (7, "finished_total"),
    (8, "finished_early"),
    (9, "finished_on_time"),
    (10, "finished_late"),
    (11, "open_total"),
    (12, "open_in_time"),
    (13, "open_overdue"),
)


def register(app: typer.Typer) -> None:
    app.command("form06", help=h("form06.help"))(form06)


def form06(
    ctx: typer.Context,
    start: str = typer.Option(..., "--from", help=h("form06.opt.from"), metavar="YYYY-MM-DD"),
    end: str = typer.Option(..., "--to", help=h("form06.opt.to"), metavar="YYYY-MM-DD"),
    by: str = typer.Option("field", "--by", help=h("form06.opt.by")),
    fmt: str = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.store.queries import form06 as form06_rows
    from thidua_cli.store.queries import form06_total

    app_state = state(ctx)
    check_format(fmt)
    first, last = parse_as_of(start), parse_as_of(end)
    if last < first:
        raise UsageError("form06.bad_period", start=start, end=end)
    rows, missing = form06_rows(app_state.db(), first, last, by)
    total = form06_total(rows)
    if missing:
        app_state.warn(
            "form06.missing_due",
            count=len(missing),
            codes=", ".join(m["code"] for m in missing[:10])
            + (" ..." if len(missing) > 10 else ""),
        )
    keyed = [{by: r["group"], **{k: r[k] for _, k in NUMBERED}} for r in rows]
    emit(
        app_state,
        fmt,
        json_data=lambda: {
            "from": first.isoformat(),
            "to": last.isoformat(),
            "rows": keyed,
            "total": total,
        },
        csv_rows=lambda: (
            [*keyed, {by: "total", **total}],
            (by, *(k for _, k in NUMBERED)),
        ),
        table=lambda: form06_table(
            app_state, first.isoformat(), last.isoformat(), by, keyed, total
        ),
        output=output,
    )


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
