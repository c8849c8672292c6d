"""CSV: the English keys as header, raw values, one table (or check's lists stacked).

A file meant for Excel starts with a BOM so Vietnamese text opens right; a pipe gets none, so a
script reading stdout sees the header first. Text that Excel would run as a formula is made inert.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

from thidua_cli.reports.exporters.cells import csv_value, total_row
from thidua_cli.reports.model import Report, ReportTable


def csv_layout(report: Report) -> tuple[list[str], Iterator[Mapping[str, Any]]]:
    """The header keys and the rows that ``--format csv`` writes for ``report``."""
    if report.csv_stack is not None and report.tables:
        key = report.csv_stack
        # Every table's columns, in order of first appearance: the check's task lists add their
        # own (title, owner, ...) after the dossiers' and share ``code`` and ``status``.
        keys = (c.key for table in report.tables for c in table.columns)
        columns = [key, *dict.fromkeys(keys)]

        def stacked() -> Iterator[Mapping[str, Any]]:
            for table in report.tables:
                for row in table.rows:
                    yield {key: table.name, **row}

        return columns, stacked()
    table = _csv_table(report)
    if table is None:
        return [], iter(())
    return [c.key for c in table.columns], _with_total(table)


def _csv_table(report: Report) -> ReportTable | None:
    if report.csv_table is not None:
        return report.table(report.csv_table)
    return report.tables[0] if report.tables else None


def _with_total(table: ReportTable) -> Iterator[Mapping[str, Any]]:
    yield from table.rows
    total = total_row(table, "total")
    if total is not None:
        yield total


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


def write(report: Report, stream: IO[str], *, bom: bool = False) -> None:
    columns, rows = csv_layout(report)
    write_rows(stream, columns, rows, bom=bom)
