"""How one raw value reads in each kind of output: for people, for CSV, for a spreadsheet."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from thidua_cli.reports.model import Column, Kind, ReportTable
from thidua_cli.text import formats
from thidua_cli.text.cells import neutralise
from thidua_cli.text.formats import as_date
from thidua_cli.text.messages import text

__all__ = ["as_date", "csv_value", "display", "is_numeric", "percent", "shown", "total_row"]


def percent(value: float, lang: str) -> str:
    return formats.percent(value, lang)


# A verdict in words: the same three everywhere a person reads one.
VERDICT_KEYS = {True: "compliance.met", False: "compliance.not_met", None: "compliance.no_data"}
# The mark beside a value judged against a requirement (an award criterion).
MARKS = {True: "✓", False: "✗"}


def verdict_text(value: bool | None, lang: str) -> str:
    return text(VERDICT_KEYS[value], lang)


def display(value: Any, column: Column, lang: str, kind: Kind | None = None) -> str:
    """The value as a person reads it in a table: dates day first, rates in percent, verdicts
    and yes/no in words. ``kind`` overrides the column's (see ``Column.kind_in``)."""
    kind = kind or column.kind
    if column.labels is not None and _hashable(value) and value in column.labels:
        return column.labels[value]
    if kind == "verdict":
        return verdict_text(value if isinstance(value, bool) else None, lang)
    if value is None:
        return text("export.na", lang) if kind == "rate" or column.verdict_key else ""
    if kind == "bool" or isinstance(value, bool):
        return text("export.yes" if value else "export.no", lang)
    if kind == "rate" and isinstance(value, int | float):
        return formats.percent(float(value), lang)
    if kind == "date":
        return formats.day(value, lang)
    if kind == "time":
        return formats.moment(value, lang)
    if isinstance(value, int | float) and not column.identifier:
        return formats.number(value, lang)
    return str(value)


def shown(row: Mapping[str, Any], column: Column, lang: str) -> str:
    """The cell of ``row`` in ``column`` as people read it: in the row's kind, with its mark."""
    value = display(row.get(column.key), column, lang, column.kind_in(row))
    verdict = row.get(column.verdict_key) if column.verdict_key else None
    mark = MARKS.get(verdict) if isinstance(verdict, bool) else None
    return f"{value} {mark}" if mark else value


def _hashable(value: Any) -> bool:
    return not isinstance(value, dict | list)


def csv_value(value: Any) -> object:
    """The raw value for CSV: numbers as numbers, dates ISO, text that cannot run as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


def is_numeric(column: Column) -> bool:
    return (column.kind in ("int", "rate", "number") or bool(column.kind_key)) and (
        column.labels is None
    )


def total_row(table: ReportTable, label: str, *, people: bool = True) -> dict[str, Any] | None:
    """The table's total row with ``label`` in its first column (for people, or for programs)
    when that column is empty."""
    if table.total is None:
        return None
    row = dict(table.total)
    columns = table.people_columns() if people else table.machine_columns()
    first = columns[0].key if columns else None
    if first is not None and row.get(first) in (None, ""):
        row[first] = label
    return row
