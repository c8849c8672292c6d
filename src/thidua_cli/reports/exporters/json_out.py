"""JSON: the contract's data, keys in English, dates ISO, rates as fractions, no-data as null.

The layout is for a person reading a cron mail as much as for a program: containers are indented
two spaces, and a container that holds only plain values (one dossier, one row of form 06) is
written on a line of its own. That line is what the standard library's C encoder writes, and the
whole document is streamed line by line, so a check listing a hundred thousand dossiers costs no
more than the list itself: the indenting pure-Python encoder would take several times longer and
hold every fragment of the text at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import IO

from thidua_cli.reports.model import Report


def _default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


# One line: a plain value, or a container of plain values. With no indent the encoder is the C one.
_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "), default=_default)
_INDENT = "  "


_CONTAINERS = frozenset({dict, list, tuple})


def _nested(value: object) -> bool:
    """Whether ``value`` is a container holding another container (a subclass writes inline)."""
    if isinstance(value, dict):
        return not _CONTAINERS.isdisjoint(map(type, value.values()))
    if isinstance(value, (list, tuple)):
        return not _CONTAINERS.isdisjoint(map(type, value))
    return False


def _record(value: object) -> bool:
    """Whether ``value`` is a record: a dict of plain values, written on one line."""
    return type(value) is dict and _CONTAINERS.isdisjoint(map(type, value.values()))


def _write(stream: IO[str], value: object, level: int, seen: dict[int, str]) -> None:
    if not _nested(value):
        stream.write(_LINE.encode(value))
        return
    inner = _INDENT * (level + 1)
    if isinstance(value, (list, tuple)) and all(map(_record, value)):
        # A list of records (dossiers, rows of a table): the common large case, in one pass. The
        # same record in two lists (an overdue dossier that needs an apology) is encoded once;
        # the data outlives the writing, so an id is not reused meanwhile.
        write, encode, separator = stream.write, _LINE.encode, "[\n" + inner
        for record in value:
            line = seen.get(id(record))
            if line is None:
                line = seen[id(record)] = encode(record)
            write(separator)
            write(line)
            separator = ",\n" + inner
        write("\n" + _INDENT * level + "]" if value else "[]")
        return
    items: Iterable[tuple[str | None, object]]
    if isinstance(value, dict):
        opening, closing = "{", "}"
        items = value.items()
    else:
        assert isinstance(value, (list, tuple))
        opening, closing = "[", "]"
        items = ((None, v) for v in value)
    stream.write(opening)
    first = True
    for key, item in items:
        stream.write("\n" + inner if first else ",\n" + inner)
        first = False
        if key is not None:
            stream.write(_LINE.encode(str(key)) + ": ")
        _write(stream, item, level + 1, seen)
    stream.write("\n" + _INDENT * level + closing)


def dumps(data: object) -> str:
    import io

    buffer = io.StringIO()
    _write(buffer, data, 0, {})
    return buffer.getvalue()


def write_data(stream: IO[str], data: object) -> None:
    _write(stream, data, 0, {})
    stream.write("\n")


def write(report: Report, stream: IO[str]) -> None:
    write_data(stream, report.data)
