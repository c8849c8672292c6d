"""Import pipeline: identify the file → check every row → write in one transaction → report.

Nothing is kept unless the whole run succeeds: an invalid row refuses the file (unless
``--skip-invalid``), a dry run always rolls back, and any failure part-way rolls back too.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from thidua_cli.errors import UsageError
from thidua_cli.ingest.rows import RowChecker, RowError, cell_text, check_row

# Rows per write: small enough that a batch's cells and values stay a few MiB.
BATCH = 1_000
KEEP_ERRORS = 1_000


@dataclass
class ImportOptions:
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    dry_run: bool = False
    skip_invalid: bool = False
    rejects: Path | None = None


@dataclass
class ImportResult:
    kind: str
    file: str
    import_id: int | None = None
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    warnings: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    dry_run: bool = False
    refused: bool = False
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def findings(self) -> bool:
        return self.rejected > 0


@dataclass
class ImportKind:
    """One kind of input file: how to read its rows and where they go."""

    name: str
    spec_name: str
    # Builds the per-row function once the database is open (deadline rules, lookups...).
    make_builder: Callable[[sqlite3.Connection], Callable[[RowChecker], tuple[Any, ...] | None]]
    table: str
    fields: tuple[str, ...]
    key: tuple[str, ...]
    # Runs in the transaction after the rows are written (e.g. recompute deadlines).
    after_write: Callable[[sqlite3.Connection, ImportResult], None] | None = None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class _Rejects:
    """The rejected rows, with a reason column, written to a temporary name then renamed."""

    def __init__(self, target: Path | None, headers: list[str], reason_header: str) -> None:
        self.target = target
        self._handle: Any = None
        self._tmp: str | None = None
        if target is None:
            return
        directory = target.parent if str(target.parent) else Path(".")
        if not directory.is_dir():
            raise UsageError("import.rejects_dir_missing", path=str(target))
        fd, self._tmp = tempfile.mkstemp(prefix=".rejects-", suffix=".csv", dir=directory)
        self._handle = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._handle)
        self._writer.writerow([*headers, reason_header])

    def add(self, cells: Sequence[object], reason: str) -> None:
        if self._handle is not None:
            self._writer.writerow([_inert(cell_text(c)) for c in cells] + [reason])

    def finish(self, keep: bool) -> None:
        if self._handle is None or self._tmp is None or self.target is None:
            return
        self._handle.close()
        if keep:
            os.replace(self._tmp, self.target)
        else:
            os.unlink(self._tmp)


def _inert(value: str) -> str:
    from thidua_cli.reports.safety import neutralise

    return neutralise(value)


def run_import(
    conn: sqlite3.Connection,
    path: Path,
    kind: ImportKind,
    options: ImportOptions,
    *,
    describe: Callable[[RowError], str],
    reason_header: str = "reason",
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Import ``path`` as ``kind``. ``describe`` turns a row error into the rejects file's reason."""
    from thidua_cli.ingest import headers as header_specs
    from thidua_cli.ingest.headers import match_headers
    from thidua_cli.ingest.reader import open_table
    from thidua_cli.store.db import transaction
    from thidua_cli.store.imports import record_import
    from thidua_cli.store.writer import (
        BatchWriter,
        DuplicateGuard,
        UpsertTable,
        count_changed_by,
        count_rows,
        import_settings,
    )

    if not path.exists() or path.is_dir():
        raise UsageError("import.no_such_file", path=str(path))
    spec = getattr(header_specs, kind.spec_name)
    result = ImportResult(kind=kind.name, file=str(path), dry_run=options.dry_run)
    digest = sha256_of(path)
    with open_table(
        path, spec, encoding=options.encoding, delimiter=options.delimiter, sheet=options.sheet
    ) as table:
        match = match_headers(table.headers, spec, options.mapping or None, source=str(path))
        result.unknown_columns = list(match.unknown)
        result.encoding = table.encoding
        result.delimiter = table.delimiter
        rejects = _Rejects(options.rejects, table.headers, reason_header)
        committed = False
        try:
            with import_settings(conn, kind.table), transaction(conn, conn_path(conn)):
                import_id = record_import(conn, kind.name, path.name, digest)
                result.import_id = import_id
                upsert = UpsertTable(kind.table, kind.fields, kind.key)
                writer = BatchWriter(conn, upsert, import_id)
                guard = DuplicateGuard(conn, upsert, import_id)
                before = count_rows(conn, kind.table)
                build = kind.make_builder(conn)
                checker = RowChecker(match.positions, table.headers)
                fast = _fast_path(build, table.format, match.positions, len(table.headers))
                line_at = kind.fields.index("import_line")
                batch: list[tuple[Any, ...]] = []
                batch_cells: list[Sequence[object]] = []

                def flush() -> None:
                    writer.write(batch)
                    duplicates = guard.new_duplicates()
                    if duplicates:
                        cells_of = {v[line_at]: c for v, c in zip(batch, batch_cells, strict=True)}
                        for key, first_line, line in duplicates:
                            error = RowError(
                                line,
                                _header(table.headers, match.positions, kind.key[0]),
                                str(key),
                                "import.reason.duplicate_key",
                                {"first_line": first_line},
                            )
                            _reject(result, rejects, cells_of.get(line, ()), [error], describe)
                    batch.clear()
                    batch_cells.clear()

                rows_read = 0
                for line, cells in table.rows:
                    rows_read += 1
                    values = fast(line, cells) if fast is not None else None
                    if values is None:
                        # The careful path: the same values, or every problem of the row.
                        checked = check_row(line, cells, checker, build)
                        if checked.values is None:
                            _reject(result, rejects, cells, checked.errors, describe)
                            continue
                        values = checked.values
                    batch.append(values)
                    batch_cells.append(cells)
                    if len(batch) >= BATCH:
                        flush()
                        if progress:
                            progress(rows_read)
                if batch:
                    flush()
                result.rows_read = rows_read
                guard.close()
                changed = count_changed_by(conn, kind.table, import_id)
                result.inserted = count_rows(conn, kind.table) - before
                result.updated = changed - result.inserted
                result.unchanged = result.rows_read - result.rejected - changed
                if kind.after_write:
                    kind.after_write(conn, result)
                if result.rejected and not options.skip_invalid:
                    result.refused = True
                    raise _Rollback
                if options.dry_run:
                    raise _Rollback
                from thidua_cli.store.imports import finish_import

                finish_import(conn, result)
            committed = True
        except _Rollback:
            pass
        finally:
            # The rejected rows are worth keeping even when the file was refused: they are what
            # the clerk has to correct.
            rejects.finish(keep=result.rejected > 0)
    if not committed:
        result.import_id = None
    return result


class _Rollback(Exception):
    """Leaves the transaction without keeping anything (refused file, dry run)."""


def _fast_path(
    build: Any, table_format: str, positions: dict[str, int], width: int
) -> Callable[[int, list[Any]], tuple[Any, ...] | None] | None:
    """The builder's fast path for a text table's common rows, when it has one.

    Only text files qualify: their cells are all strings, which the fast path relies on.
    """
    make = getattr(build, "fast_row", None)
    if make is None or table_format != "csv":
        return None
    fast: Callable[[int, list[Any]], tuple[Any, ...] | None] = make(positions, width)
    return fast


def _header(headers: list[str], positions: dict[str, int], column: str) -> str:
    index = positions.get(column)
    return headers[index] if index is not None and index < len(headers) else column


def _reject(
    result: ImportResult,
    rejects: _Rejects,
    cells: Sequence[object],
    errors: list[RowError],
    describe: Callable[[RowError], str],
) -> None:
    result.rejected += 1
    room = KEEP_ERRORS - len(result.errors)
    if room > 0:
        result.errors.extend(errors[:room])
    rejects.add(cells, "; ".join(describe(e) for e in errors))


def conn_path(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else ""


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")
