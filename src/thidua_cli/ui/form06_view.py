"""Rich view of Biểu số 06/VPCP/KSTT: the official headings on a wide screen, numbers otherwise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from thidua_cli.reports.form06 import NUMBERED as FORM_COLUMNS

T = Callable[..., str]
# (number on the official form, key) for columns (3) to (13).
NUMBERED = tuple((number, key) for number, key, _ in FORM_COLUMNS)
# The official headings need this many columns; a narrower screen gets numbers and a legend.
WIDE = 160


def form06_table(
    t: T,
    start: str,
    end: str,
    by: str,
    rows: list[dict[str, Any]],
    total: dict[str, int],
    *,
    width: int,
) -> Table | Group:
    table = Table(
        title=t("form06.title", start=start, end=end),
        caption=t("form06.caption"),
        title_justify="left",
        caption_justify="left",
        show_lines=False,
    )
    wide = width >= WIDE
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
    legend = "; ".join(t(f"form06.col.{n}") for n, _ in NUMBERED)
    return Group(table, Text(legend, style="dim"))
