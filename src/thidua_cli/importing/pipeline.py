"""The import pipeline, the same for every kind: read → map → check → write → report.

- **read** opens the file as a table (CSV in any of the usual encodings, or XLSX) and records
  the SHA-256 of its bytes;
- **map** finds which file column holds each column of the kind (``--map`` first, then the
  kind's aliases) and lists the columns it ignores;
- **check** turns each row into the values the kind's table keeps, through the kind's builder
  (its fast path for the common row of a text file), and sends every invalid row, with all its
  problems, to the rejects;
- **write** upserts the values in batches, one ``executemany`` each, and refuses a key met twice
  in the file with different content;
- **report** counts what changed, runs the kind's upkeep and checks, and keeps the whole run or
  nothing: an invalid row refuses the file (unless ``--skip-invalid``), a dry run always rolls
  back, and so does any failure part-way.

Rows flow from stage to stage as iterators, so the file is streamed, never held. A stage that
drops rows before they are checked (rows unchanged since the last import, say) is an iterator of
``(line, cells)`` placed between ``table.rows`` and ``check`` in ``run_import``; the rows it drops
still count in ``Outcome.rows_read``, and so as unchanged.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from thidua_cli.errors import UsageError
from thidua_cli.files import Kept
from thidua_cli.importing.kind import ImportKind, Outcome, RowBuilder, Run, Values, header_of
from thidua_cli.importing.rejects import Rejects
from thidua_cli.ingest.headers import Column
from thidua_cli.ingest.looks import SAMPLE_ROWS, looks_like
from thidua_cli.ingest.reader import Table
from thidua_cli.ingest.rows import RowChecker, RowError, check_row
from thidua_cli.text.normalize import fold_words

# Rows per write: small enough that a batch's cells and values stay a few MiB.
BATCH = 1_000

Rows = Iterator[tuple[int, list[object]]]
Checked = Iterator[tuple[Values, Sequence[object]]]


@dataclass
class ImportOptions:
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    dry_run: bool = False
    skip_invalid: bool = False
    rejects: Path | None = None
    # The values of the kind's own options (``ImportKind.options``), by name.
    kind_options: dict[str, Any] = field(default_factory=dict)
    # Labels taught for this import only (a profile's), over the database's: vocabulary ->
    # folded label -> word.
    taught: dict[str, dict[str, str]] = field(default_factory=dict)
    # Title lines above the header, and how the source writes dates (a profile's).
    skip_lines: int = 0
    date_formats: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mapped:
    """Which cell of a row holds each column of the kind."""

    headers: list[str]
    positions: dict[str, int]
    unknown: list[str]
    unknown_positions: list[int] = field(default_factory=list)


def run_import(
    conn: sqlite3.Connection,
    path: Path,
    kind: ImportKind,
    options: ImportOptions,
    *,
    describe: Callable[[RowError], str],
    reason_header: str = "reason",
    progress: Callable[[int], None] | None = None,
) -> Outcome:
    """Import ``path`` as ``kind``. ``describe`` turns a row error into the rejects file's reason."""
    from thidua_cli.store.db import transaction
    from thidua_cli.store.imports import record_import
    from thidua_cli.store.writer import count_rows, import_settings

    outcome = Outcome(kind=kind.name, file=str(path), dry_run=options.dry_run)
    with read(path, kind, options) as (table, digest):
        mapped = map_columns(table, kind, options)
        outcome.unknown_columns = mapped.unknown
        # The first rows tell what the ignored columns hold; they are read again from the list.
        sample = list(itertools.islice(table.rows, SAMPLE_ROWS))
        outcome.column_hints = column_hints(kind, mapped, sample)
        outcome.encoding = table.encoding
        outcome.delimiter = table.delimiter
        database = _path_of(conn)
        kept = Kept(Path(database) if database else None, (path,))
        rejects = Rejects(
            outcome,
            options.rejects,
            table.headers,
            reason_header,
            describe,
            kept,
            unknown_reasons=_unknown_reasons(kind),
        )
        committed = False
        try:
            with (
                import_settings(conn, trust_checks=kind.trusted_checks),
                transaction(conn, _path_of(conn)),
            ):
                outcome.import_id = record_import(conn, kind.name, path.name, digest)
                run = Run(conn, kind, options.kind_options, outcome)
                run.taught = taught_labels(conn, kind, options)
                run.date_formats = options.date_formats
                run.builder = kind.make_builder(run)
                before = count_rows(conn, kind.table)
                rows: Rows = itertools.chain(sample, table.rows)
                write(
                    run, mapped, check(run, mapped, rows, table.format, rejects), rejects, progress
                )
                report(run, options, before)
            committed = True
        except _Rollback:
            pass
        finally:
            # The rejected rows are worth keeping even when the file was refused: they are what
            # the clerk has to correct.
            rejects.finish(keep=outcome.rejected > 0)
    if not committed:
        outcome.import_id = None
    return outcome


# --- read -------------------------------------------------------------------------------------


@contextlib.contextmanager
def read(path: Path, kind: ImportKind, options: ImportOptions) -> Iterator[tuple[Table, str]]:
    """The file as a table whose header row is found by the kind's columns, and its SHA-256."""
    from thidua_cli.ingest.reader import open_table

    if path.is_dir():
        raise UsageError("files.input_is_folder", path=str(path))
    if not path.exists():
        raise UsageError("import.no_such_file", path=str(path))
    digest = sha256_of(path)
    with open_table(
        path,
        kind.columns,
        encoding=options.encoding,
        delimiter=options.delimiter,
        sheet=options.sheet,
        skip_lines=options.skip_lines,
    ) as table:
        yield table, digest


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- map --------------------------------------------------------------------------------------


def map_columns(table: Table, kind: ImportKind, options: ImportOptions) -> Mapped:
    """The file's columns matched to the kind's: the user's ``--map`` first, then the aliases."""
    from thidua_cli.ingest.headers import match_headers

    match = match_headers(table.headers, kind.columns, options.mapping or None, source=table.source)
    return Mapped(table.headers, match.positions, list(match.unknown), match.unknown_positions)


def column_hints(
    kind: ImportKind, mapped: Mapped, sample: Sequence[tuple[int, list[object]]]
) -> list[tuple[str, str, str]]:
    """Ignored columns whose values look like one of the kind's columns the file lacks:
    (header, column, its description), each column named once, the likeliest header first."""
    from thidua_cli.ingest.headers import described

    missing = [c for c in kind.columns.columns if c.looks and c.name not in mapped.positions]
    found: list[tuple[int, int, str, Column]] = []
    for position in mapped.unknown_positions:
        values = [cells[position] for _, cells in sample if position < len(cells)]
        header = mapped.headers[position].strip()
        words = set(fold_words(header))
        for order, column in enumerate(missing):
            if looks_like(column.looks, values):
                # The header's words in common with the column's names decide between two
                # columns of dates ("Ngày trả KQ" is returned_at rather than due_date).
                common = max(len(words & set(fold_words(a))) for a in column.aliases)
                found.append((-common, order, header, column))
    hints: list[tuple[str, str, str]] = []
    for _, _, header, column in sorted(found, key=lambda f: f[:3]):
        if all(header != h and column.name != n for h, n, _ in hints):
            hints.append((header, column.name, described(column)))
    return hints


def taught_labels(
    conn: sqlite3.Connection, kind: ImportKind, options: ImportOptions
) -> dict[str, dict[str, str]]:
    """The labels taught for the kind's vocabularies: the office's, this import's over them."""
    from thidua_cli.importing.vocabulary import taught

    office = taught(conn)
    found: dict[str, dict[str, str]] = {}
    for column in kind.vocabularies:
        name = column.vocabulary
        found[name] = {**office.get(name, {}), **options.taught.get(name, {})}
    return found


def _unknown_reasons(kind: ImportKind) -> dict[str, str]:
    """The error of an unknown label, for each of the kind's vocabularies -> its name."""
    from thidua_cli.ingest.vocab import VOCABULARIES

    return {VOCABULARIES[v.vocabulary].unknown: v.vocabulary for v in kind.vocabularies}


# --- check ------------------------------------------------------------------------------------


def check(run: Run, mapped: Mapped, rows: Rows, table_format: str, rejects: Rejects) -> Checked:
    """Each valid row's values with its cells; each invalid row, with its problems, to ``rejects``."""
    builder = run.builder
    assert builder is not None
    checker = RowChecker(mapped.positions, mapped.headers)
    fast = _fast_path(builder, table_format, mapped.positions, len(mapped.headers))
    count = 0
    try:
        for line, cells in rows:
            count += 1
            values = fast(line, cells) if fast is not None else None
            if values is None:
                # The careful path: the same values, or every problem of the row.
                checked = check_row(line, cells, checker, builder)
                if checked.values is None:
                    rejects.reject(cells, checked.errors)
                    continue
                values = checked.values
            yield values, cells
    finally:
        run.outcome.rows_read += count


def _fast_path(
    builder: RowBuilder, table_format: str, positions: dict[str, int], width: int
) -> Callable[[int, list[Any]], Values | None] | None:
    """The builder's fast path for a text table's common rows, when it has one.

    Only text files qualify: their cells are all strings, which the fast path relies on.
    """
    make = getattr(builder, "fast_row", None)
    if make is None or table_format != "csv":
        return None
    fast: Callable[[int, list[Any]], Values | None] = make(positions, width)
    return fast


# --- write ------------------------------------------------------------------------------------


def write(
    run: Run,
    mapped: Mapped,
    rows: Checked,
    rejects: Rejects,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Upsert the rows in batches; a key met twice in the file with other content is refused."""
    from thidua_cli.store.writer import BatchWriter, DuplicateGuard, UpsertTable

    kind = run.kind
    upsert = UpsertTable(kind.table, kind.fields, kind.key, kind.derived, kind.inputs)
    writer = BatchWriter(run.conn, upsert, run.import_id)
    guard = DuplicateGuard(run.conn, upsert, run.import_id)
    key_header = header_of(mapped.headers, mapped.positions, kind.key[0])
    line_at = len(kind.fields) - 1
    batch: list[Values] = []
    batch_cells: list[Sequence[object]] = []
    written = 0

    def flush() -> None:
        writer.write(batch)
        duplicates = guard.new_duplicates()
        if duplicates:
            cells_of = {v[line_at]: c for v, c in zip(batch, batch_cells, strict=True)}
            for key, first_line, line in duplicates:
                error = RowError(
                    line,
                    key_header,
                    str(key),
                    "import.reason.duplicate_key",
                    {"first_line": first_line},
                )
                rejects.reject(cells_of.get(line, ()), [error])
        batch.clear()
        batch_cells.clear()

    for values, cells in rows:
        batch.append(values)
        batch_cells.append(cells)
        if len(batch) >= BATCH:
            written += len(batch)
            flush()
            if progress:
                progress(written)
    if batch:
        flush()
    guard.close()


# --- report -----------------------------------------------------------------------------------


def report(run: Run, options: ImportOptions, before: int) -> None:
    """Count what the import changed, run the kind's upkeep and checks, then keep it or not."""
    from thidua_cli.store.imports import finish_import
    from thidua_cli.store.writer import count_changed_by, count_rows

    kind, outcome, conn = run.kind, run.outcome, run.conn
    changed = count_changed_by(conn, kind.table, run.import_id)
    outcome.inserted = count_rows(conn, kind.table) - before
    outcome.updated = changed - outcome.inserted
    outcome.unchanged = outcome.rows_read - outcome.rejected - changed
    if outcome.changed:
        for upkeep in kind.upkeep:
            outcome.warnings.extend(upkeep(conn))
    for hook in kind.after_write:
        hook(run)
    if outcome.rejected and not options.skip_invalid:
        outcome.refused = True
        raise _Rollback
    if options.dry_run:
        raise _Rollback
    finish_import(
        conn,
        run.import_id,
        rows_read=outcome.rows_read,
        inserted=outcome.inserted,
        updated=outcome.updated,
        unchanged=outcome.unchanged,
        rejected=outcome.rejected,
    )


class _Rollback(Exception):
    """Leaves the transaction without keeping anything (refused file, dry run)."""


def _path_of(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else ""
