"""Matching a file's headers to the columns of an import kind.

Headers are compared folded (no case, diacritics, spaces or punctuation). A header matches a column
when it folds to one of the column's aliases, first as written, then without a trailing note such as
"(*)" or "(dd/mm/yyyy)"; failing that, when it starts with an alias of exactly one column. The user's
``--map`` always comes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from thidua_cli.errors import InputFileError, UsageError
from thidua_cli.text.normalize import fold


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    aliases: tuple[str, ...]
    # What its values look like ("date", "time", or a vocabulary's name), so that an ignored
    # column holding such values can be pointed out with the --map that would read it.
    looks: str = ""


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def column(name: str, *aliases: str, required: bool = False, looks: str = "") -> Column:
    """A column and the header names exports give it (``importing.kinds`` declare them)."""
    # The canonical name always counts, and folding makes "received_at" match "Received at" too.
    return Column(name, required, (name, *aliases), looks)


# Short aliases ("Tổ", "ID") start too many unrelated headers to be used as prefixes.
_SHORTEST_PREFIX = 4
_TRAILING_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]][\s*:.]*$")


@dataclass
class HeaderMatch:
    positions: dict[str, int]
    unknown: list[str]
    # Where the ignored columns are, in the same order.
    unknown_positions: list[int] = field(default_factory=list)


@cache
def _alias_index(spec: TableSpec) -> dict[str, str]:
    """Folded alias -> column name; the first column in spec order keeps a shared alias."""
    index: dict[str, str] = {}
    for column in spec.columns:
        for alias in column.aliases:
            index.setdefault(fold(alias), column.name)
    return index


def _without_notes(header: str) -> str:
    previous = None
    while previous != header:
        previous = header
        header = _TRAILING_NOTE.sub("", header)
    return header


def _exact(header: str, index: dict[str, str]) -> str | None:
    name = index.get(fold(header))
    if name is None:
        name = index.get(fold(_without_notes(header)))
    return name


def _by_prefix(header: str, index: dict[str, str]) -> str | None:
    folded = fold(_without_notes(header))
    names = {
        name
        for alias, name in index.items()
        if len(alias) >= _SHORTEST_PREFIX and folded.startswith(alias)
    }
    return names.pop() if len(names) == 1 else None


def described(column: Column) -> str:
    # The canonical name alone means little to a clerk; the usual Vietnamese header says it.
    label = next((alias for alias in column.aliases if alias != column.name), None)
    return f'{column.name} ("{label}")' if label else column.name


def _quoted(headers: list[str]) -> str:
    return ", ".join(f'"{header}"' for header in headers if header.strip())


def parse_mapping(items: list[str]) -> dict[str, str]:
    """``{canonical: header}`` from ``--map canonical=Header`` values."""
    mapping: dict[str, str] = {}
    for item in items:
        canonical, sep, header = item.partition("=")
        canonical, header = canonical.strip(), header.strip()
        if not (sep and canonical and header):
            raise UsageError("ingest.bad_map", value=item)
        if mapping.get(canonical, header) != header:
            raise UsageError(
                "ingest.map_conflict", column=canonical, first=mapping[canonical], second=header
            )
        mapping[canonical] = header
    return mapping


def header_score(cells: Sequence[object], spec: TableSpec) -> int:
    """How many cells read as a header of ``spec``: the best row of a file's top is its header."""
    index = _alias_index(spec)
    return sum(1 for cell in cells if isinstance(cell, str) and _exact(cell, index) is not None)


def match_headers(
    headers: list[str],
    spec: TableSpec,
    mapping: dict[str, str] | None,
    *,
    source: str,
) -> HeaderMatch:
    """Which file column holds each column of ``spec``.

    Raises UsageError for a ``--map`` naming no column of the spec, and InputFileError for a mapped
    header the file lacks or for required columns that no header matches.
    """
    index = _alias_index(spec)
    positions: dict[str, int] = {}
    taken: set[int] = set()

    for wanted, header in (mapping or {}).items():
        name = next((n for n in spec.names if fold(n) == fold(wanted)), None)
        if name is None:
            raise UsageError(
                "ingest.map_unknown_column",
                column=wanted,
                table=spec.name,
                valid=", ".join(spec.names),
            )
        position = _find_header(headers, header)
        if position is None:
            if not positions and header_score(headers, spec) == 0:
                # Nothing says this row is a header: it may be the first row of data, which an
                # error message must not repeat (a citizen's name, a phone number).
                raise InputFileError(
                    "ingest.map_header_missing_no_header", file=source, column=name, header=header
                )
            raise InputFileError(
                "ingest.map_header_missing",
                file=source,
                column=name,
                header=header,
                found=_quoted(headers),
            )
        positions[name] = position
        taken.add(position)

    unknown: set[int] = set()
    left: list[int] = []
    for position, header in enumerate(headers):
        if position in taken or not header.strip():
            continue
        name = _exact(header, index)
        if name is None:
            left.append(position)
        elif name in positions:
            unknown.add(position)
        else:
            positions[name] = position
    for position in left:
        name = _by_prefix(headers[position], index)
        if name is None or name in positions:
            unknown.add(position)
        else:
            positions[name] = position

    missing = [c for c in spec.columns if c.required and c.name not in positions]
    if missing and not positions:
        # No cell of the row names a column: it is no header, maybe the first row of data, which
        # is not repeated (a citizen's name, a phone number).
        raise InputFileError(
            "ingest.no_header_row",
            file=source,
            columns=", ".join(described(column) for column in missing),
        )
    if missing:
        raise InputFileError(
            "ingest.missing_columns",
            file=source,
            columns=", ".join(described(column) for column in missing),
            found=_quoted(headers),
        )
    return HeaderMatch(
        positions=positions,
        unknown=[headers[position].strip() for position in sorted(unknown)],
        unknown_positions=sorted(unknown),
    )


def _find_header(headers: list[str], wanted: str) -> int | None:
    for position, header in enumerate(headers):
        if header.strip() == wanted:
            return position
    folded = fold(wanted)
    if not folded:
        return None
    for position, header in enumerate(headers):
        if fold(header) == folded:
            return position
    return None
