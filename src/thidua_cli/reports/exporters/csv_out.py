"""CSV: the English keys as header, raw values, one table (or check's lists stacked).

``--headers vi`` (or ``en``) heads the columns with the table's labels in that language instead,
for people who open the file in Excel; the values stay as programs read them.

A file meant for Excel starts with a BOM so Vietnamese text opens right; a pipe gets none, so a
script reading stdout sees the header first. Text that Excel would run as a formula is made inert.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

from thidua_cli.reports.exporters.cells import csv_value, total_row
from thidua_cli.reports.model import Report, ReportTable
from thidua_cli.text.messages import again, text


def csv_layout(report: Report) -> tuple[list[str], Iterator[Mapping[str, Any]]]:
    """The header keys and the rows that ``--format csv`` writes for ``report``."""
    if report.csv_stack is not None and report.tables:
        key = report.csv_stack
        stacked = [report.table(n) for n in report.csv_stacked] or report.tables
        # Every table's columns for programs, in order of first appearance (the check's task
        # lists add their own after the dossiers'); a column a table lacks is empty in its rows.
        keys = list(dict.fromkeys(c.key for t in stacked for c in t.machine_columns()))

        def rows() -> Iterator[Mapping[str, Any]]:
            for table in stacked:
                for row in table.rows:
                    yield {key: table.name, **row}

        return [key, *keys], rows()
    table = _csv_table(report)
    if table is None:
        return [], iter(())
    return table_layout(table)


def table_layout(table: ReportTable) -> tuple[list[str], Iterator[Mapping[str, Any]]]:
    """The header keys and rows of one table as CSV: the columns for programs, the total last."""
    return [c.key for c in table.machine_columns()], _with_total(table)


def _csv_table(report: Report) -> ReportTable | None:
    if report.csv_table is not None:
        return report.table(report.csv_table)
    return report.tables[0] if report.tables else None


def _with_total(table: ReportTable) -> Iterator[Mapping[str, Any]]:
    yield from table.rows
    total = total_row(table, "total", people=False)
    if total is not None:
        yield total
    yield from table.after


def write_rows(
    stream: IO[str],
    columns: Sequence[str],
    rows: Iterable[Mapping[str, Any]],
    *,
    bom: bool = False,
) -> None:
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_value(row.get(c)) for c in columns])


def headings(report: Report, keys: Sequence[str], lang: str) -> list[str]:
    """The labels of the columns ``keys`` of ``report``'s tables, written in ``lang``."""
    found: dict[str, str] = {}
    for table in report.tables:
        for column in table.machine_columns():
            heading = again(column.heading, lang)
            found.setdefault(column.key, f"{column.number} {heading}".strip())
    if report.csv_stack is not None:
        found[report.csv_stack] = text("csv.col.list", lang)
    return [found.get(key, key) for key in keys]


def write(
    report: Report, stream: IO[str], *, bom: bool = False, headers: str | None = None
) -> None:
    """``report`` as CSV; ``headers`` (a language) heads it with labels instead of keys."""
    columns, rows = csv_layout(report)
    if headers is None:
        write_rows(stream, columns, rows, bom=bom)
        return
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(headings(report, columns, headers))
    for row in rows:
        writer.writerow([csv_value(row.get(c)) for c in columns])


def write_table(table: ReportTable, stream: IO[str], *, bom: bool = False) -> None:
    columns, rows = table_layout(table)
    write_rows(stream, columns, rows, bom=bom)
