"""Writing report data as JSON or CSV: keys in English, dates ISO, rates as fractions."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import IO, Any

from thidua_cli.reports.safety import neutralise


def _default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_default)


def write_json(stream: IO[str], data: object) -> None:
    stream.write(dumps(data))
    stream.write("\n")


def csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


def write_csv(
    stream: IO[str],
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    *,
    bom: bool = False,
) -> None:
    """CSV with the English keys as header; text that Excel would run as a formula is made inert."""
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])


def csv_text(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    write_csv(buffer, rows, columns)
    return buffer.getvalue()
