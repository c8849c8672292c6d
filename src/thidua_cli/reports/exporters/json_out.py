"""JSON: the contract's data, keys in English, dates ISO, rates as fractions, no-data as null."""

from __future__ import annotations

import json
from datetime import date
from typing import IO

from thidua_cli.reports.model import Report


def _default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_default)


def write_data(stream: IO[str], data: object) -> None:
    stream.write(dumps(data))
    stream.write("\n")


def write(report: Report, stream: IO[str]) -> None:
    write_data(stream, report.data)
