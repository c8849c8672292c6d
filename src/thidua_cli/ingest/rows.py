"""Row checking: turn a table's cells into clean records, collecting every problem as data.

A checker yields, for each row of the file, either the values ready for the store or the list of
``RowError`` found in it (one per bad cell), so a file's every invalid row is reported at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from thidua_cli.ingest.vocab import FieldError


def cell_picker(
    positions: dict[str, int], names: Sequence[str], width: int
) -> Callable[[list[Any]], tuple[Any, ...] | None]:
    """For a fast path: the cells of ``names`` (in that order) from a row of exactly ``width``
    cells, in one C call, or None for a row of another width. A column the file does not have
    reads as an empty cell.
    """
    fetch = itemgetter(*(positions.get(name, width) for name in names))
    if all(name in positions for name in names):

        def pick(cells: list[Any]) -> tuple[Any, ...] | None:
            return fetch(cells) if len(cells) == width else None

        return pick

    def pick_padded(cells: list[Any]) -> tuple[Any, ...] | None:
        if len(cells) != width:
            return None
        # The absent columns point one past the last cell: the empty cell appended here.
        cells.append("")
        try:
            return fetch(cells)
        finally:
            cells.pop()

    return pick_padded


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    value: str
    reason: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Checked:
    """One row's outcome: ``values`` when valid, else ``errors``; ``cells`` for a rejects file."""

    line: int
    cells: Sequence[object]
    values: tuple[Any, ...] | None = None
    errors: list[RowError] = field(default_factory=list)


def cell_text(value: object) -> str:
    """The cell as trimmed text (XLSX cells may be numbers or dates)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class RowChecker:
    """Reads cells by canonical column name and records a ``RowError`` for each bad one."""

    def __init__(self, positions: dict[str, int], headers: list[str]) -> None:
        self.positions = positions
        self.headers = headers
        self.line = 0
        self.cells: Sequence[object] = ()
        self.errors: list[RowError] = []

    def start(self, line: int, cells: Sequence[object]) -> None:
        self.line = line
        self.cells = cells
        self.errors = []

    def raw(self, column: str) -> object:
        index = self.positions.get(column)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def text(
        self,
        column: str,
        *,
        required: bool = False,
        normal: Callable[[str], str] | None = None,
    ) -> str | None:
        """The cell as trimmed text, None when empty; ``normal`` puts it in the form the table
        keeps (a code without invisible characters, a name with single spaces) before that."""
        value = cell_text(self.raw(column))
        if normal is not None and value:
            value = normal(value)
        if not value:
            if required:
                self.fail(column, "", "import.reason.required")
            return None
        return value

    def convert(self, column: str, parse: Callable[[Any], Any], *, required: bool = False) -> Any:
        raw = self.raw(column)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if required:
                self.fail(column, "", "import.reason.required")
            return None
        try:
            return parse(raw.strip() if isinstance(raw, str) else raw)
        except FieldError as exc:
            self.fail(column, cell_text(raw), exc.key, **exc.params)
            return None

    def fail(self, column: str, value: str, reason: str, **params: Any) -> None:
        header = self._header_of(column)
        self.errors.append(RowError(self.line, header, value, reason, params))

    def _header_of(self, column: str) -> str:
        index = self.positions.get(column)
        if index is not None and index < len(self.headers):
            return self.headers[index]
        return column


def check_rows(
    rows: Iterator[tuple[int, list[object]]],
    checker: RowChecker,
    build: Callable[[RowChecker], tuple[Any, ...] | None],
) -> Iterator[Checked]:
    for line, cells in rows:
        yield check_row(line, cells, checker, build)


def check_row(
    line: int,
    cells: Sequence[object],
    checker: RowChecker,
    build: Callable[[RowChecker], tuple[Any, ...] | None],
) -> Checked:
    """One row through ``build``: its values, or every problem found in it."""
    width = len(checker.headers)
    # Values past the header mean the row's columns shifted (an unquoted delimiter inside a
    # value): every cell of it may sit under the wrong header, so none of it is trusted.
    if len(cells) > width and any(cell_text(c) for c in cells[width:]):
        return Checked(line, cells, errors=[_shifted(line, cells, width)])
    checker.start(line, cells)
    values = build(checker)
    if checker.errors or values is None:
        return Checked(line, cells, errors=checker.errors)
    return Checked(line, cells, values=values)


def _shifted(line: int, cells: Sequence[object], width: int) -> RowError:
    last = max(i for i, cell in enumerate(cells) if cell_text(cell)) + 1
    first = next(cell_text(c) for c in cells[width:] if cell_text(c))
    return RowError(
        line,
        f"#{width + 1}",
        first[:60],
        "safety.reason.extra_cells",
        {"count": last, "width": width},
    )
