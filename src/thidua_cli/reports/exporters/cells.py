"""How one raw value reads in each kind of output: for people, for CSV, for a spreadsheet."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from thidua_cli.reports.model import Column, ReportTable
from thidua_cli.text.cells import neutralise
from thidua_cli.text.messages import text


def as_date(value: Any) -> date | None:
    """An ISO date (or date-time) text, or a date, as a date; anything else is None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def percent(value: float) -> str:
    return f"{value * 100:.1f}%"


def display(value: Any, column: Column, lang: str) -> str:
    """The value as a person reads it in a table: dates day first, rates in percent."""
    if column.labels is not None and value in column.labels:
        return column.labels[value]
    if value is None:
        return text("export.na", lang) if column.kind == "rate" else ""
    if column.kind == "rate" and isinstance(value, int | float):
        return percent(float(value))
    if column.kind == "date":
        day = as_date(value)
        if day is not None:
            return day.strftime("%d/%m/%Y")
    if column.kind == "bool" or isinstance(value, bool):
        return text("export.yes" if value else "export.no", lang)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


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
    return column.kind in ("int", "rate", "number") and column.labels is None


def total_row(table: ReportTable, label: str) -> dict[str, Any] | None:
    """The table's total row with ``label`` in its first column when that column is empty."""
    if table.total is None:
        return None
    row = dict(table.total)
    first = table.columns[0].key if table.columns else None
    if first is not None and row.get(first) in (None, ""):
        row[first] = label
    return row
