"""Rich view of award candidates: the report's own tables, laid out for a terminal (names whole,
each value marked met or not, the reasons folded into the room left)."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from thidua_cli.reports.exporters.cells import is_numeric, shown
from thidua_cli.reports.model import Report, ReportTable
from thidua_cli.ui.report_view import cell_style

# Headings of this many characters or fewer stay on one line; longer ones wrap.
NARROW = 13


def people_view(report: Report, lang: str) -> Group:
    parts: list[Any] = [Text(report.title, style="bold")]
    for table in report.people_tables():
        parts.append(_table(table, lang))
        if table.note:
            parts.append(Text(table.note, style="dim"))
    return Group(*parts)


def _table(table: ReportTable, lang: str) -> Table:
    view = Table(title=table.title, title_justify="left", show_lines=True, box=box.SQUARE)
    columns = table.people_columns()
    for column in columns:
        if column.key == "name":
            view.add_column(column.heading, no_wrap=True)
        elif column.key == "reasons":
            view.add_column(column.heading, overflow="fold", ratio=1)
        else:
            view.add_column(
                column.heading,
                justify="right" if is_numeric(column) else "left",
                max_width=NARROW,
            )
    for row in table.rows:
        cells = [Text(shown(row, c, lang), style=cell_style(row, c)) for c in columns]
        view.add_row(*cells, style="green" if row.get("eligible") else None)
    return view
