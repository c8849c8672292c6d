"""Markdown: each table as a pipe table under its title, for a wiki page or an e-mail."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from thidua_cli.reports.exporters.cells import is_numeric, shown, total_row
from thidua_cli.reports.model import Column, Report, ReportTable
from thidua_cli.text.messages import text


def _cell(value: str) -> str:
    # A pipe would end the cell and a line break the row; both stay inside the cell.
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", "<br>")


def _line(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _heading(column: Column) -> str:
    # Markdown has one heading row: a group heading (form 06) is put before the column's own.
    heading = f"{column.group}: {column.heading}" if column.group else column.heading
    return _cell(heading + (f" {column.number}" if column.number else ""))


def write_table(table: ReportTable, stream: IO[str], lang: str, report_title: str = "") -> None:
    if table.title and table.title != report_title:
        stream.write(f"### {_cell(table.title)}\n\n")
    columns = table.people_columns()
    headings = [_heading(c) for c in columns]
    aligns = ["---:" if is_numeric(c) else "---" for c in columns]
    if table.row_numbers:
        headings.insert(0, text("export.row_number", lang))
        aligns.insert(0, "---:")
    stream.write(_line(headings) + "\n")
    stream.write(_line(aligns) + "\n")
    for index, row in enumerate(table.rows, start=1):
        cells = [_cell(shown(row, c, lang)) for c in columns]
        if table.row_numbers:
            cells.insert(0, str(index))
        stream.write(_line(cells) + "\n")
    total = total_row(table, text("export.total", lang))
    if total is not None:
        first = columns[0].key
        cells = [
            f"**{_cell(str(total[c.key]) if c.key == first else shown(total, c, lang))}**"
            for c in columns
        ]
        if table.row_numbers:
            cells.insert(0, "")
        stream.write(_line(cells) + "\n")
    if not table.rows and total is None:
        stream.write(f"\n_{text('export.empty', lang)}_\n")
    if table.note:
        stream.write(f"\n{_cell(table.note)}\n")
    stream.write("\n")


def write(report: Report, stream: IO[str], lang: str) -> None:
    stream.write(f"## {_cell(report.title)}\n\n")
    for table in report.people_tables():
        write_table(table, stream, lang, report.title)
