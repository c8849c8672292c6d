"""Rich view of award candidates: the report's own tables, laid out for a terminal (every value
whole, each value marked met ✓ or not ✗, the candidates proposed in bold)."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.text import Text

from thidua_cli.reports.exporters.cells import shown
from thidua_cli.reports.model import Report, ReportTable
from thidua_cli.ui.fit import Cell, FitTable
from thidua_cli.ui.report_view import cell_style, fit_column


def people_view(report: Report, lang: str) -> Group:
    parts: list[Any] = [Text(report.title, style="bold")]
    for table in report.people_tables():
        parts.append(_table(table, lang))
        if table.note:
            parts.append(Text(table.note, style="dim"))
    return Group(*parts)


def _table(table: ReportTable, lang: str) -> FitTable:
    columns = table.people_columns()
    rows: list[list[Cell]] = [
        [Text(shown(row, c, lang), style=cell_style(row, c)) for c in columns] for row in table.rows
    ]
    # Eligibility is a column of its own in words; the colour only repeats it.
    styles = ["green" if row.get("eligible") else None for row in table.rows]
    return FitTable(
        [fit_column(c) for c in columns], rows, title=table.title, row_styles=styles, lines=True
    )
