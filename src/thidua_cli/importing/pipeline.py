"""The import pipeline, the same for every kind: read → map → skip → check → write → report.

- **read** opens the file as a table (CSV in any of the usual encodings, or XLSX) and records
  the SHA-256 of its bytes;
- **map** finds which file column holds each column of the kind (``--map`` first, then the
  kind's aliases) and lists the columns it ignores;
- **skip** (kinds that declare ``skip_by``) drops the rows whose digest is that of the stored
  record they name: rows unchanged since they were imported (``importing.unchanged``);
- **check** turns each row into the values the kind's table keeps, through the kind's builder
  (its fast path for the common row of a text file), and sends every invalid row, with all its
  problems, to the rejects;
- **write** upserts the values in batches, one ``executemany`` each, and refuses a key met twice
  in the file with different content;
- **report** counts what changed, runs the kind's upkeep and checks, and keeps the whole run or
  nothing: an invalid row refuses the file (unless ``--skip-invalid``), a dry run always rolls
  back, and so does any failure part-way.

The file streams through in blocks of ``BATCH`` rows, never held whole: each block is read,
sifted, checked and written before the next is read, so the skip stage's one query per block
sees every row written before it. The rows it drops still count in ``Outcome.rows_read``, and
so as unchanged.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from thidua_cli.errors import UsageError
from thidua_cli.files import Kept
from thidua_cli.importing.kind import ImportKind, Outcome, RowBuilder, Run, Values, header_of
from thidua_cli.importing.rejects import Rejects
from thidua_cli.importing.unchanged import DIGEST_COLUMN as DIGEST
from thidua_cli.importing.unchanged import Unchanged
from thidua_cli.ingest.headers import Column
from thidua_cli.ingest.looks import SAMPLE_ROWS, looks_like
from thidua_cli.ingest.reader import LineBlanker, Table
from thidua_cli.ingest.rows import RowChecker, RowError, check_row
from thidua_cli.text.normalize import fold_words

# Rows per write: small enough that a batch's cells and values stay a few MiB.
BATCH = 1_000

Row = tuple[int, list[object]]
Rows = Iterator[Row]
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
    from thidua_cli.store.writer import has_rows, import_settings, last_rowid

    outcome = Outcome(kind=kind.name, file=str(path), dry_run=options.dry_run)
    # Rows can only be skipped from their bytes when the table holds some already.
    blanker = LineBlanker() if kind.skip_by is not None and has_rows(conn, kind.table) else None
    with read(path, kind, options, blanker) as table:
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
                # The file's SHA-256 is known once it is read through; finish_import records it.
                outcome.import_id = record_import(conn, kind.name, path.name, "")
                run = Run(conn, kind, options.kind_options, outcome)
                run.taught = taught_labels(conn, kind, options)
                run.date_formats = options.date_formats
                run.builder = kind.make_builder(run)
                before = last_rowid(conn, kind.table)
                rows: Rows = itertools.chain(sample, table.rows)
                unchanged = skip_stage(
                    run, mapped, table, options, probe=has_rows(conn, kind.table)
                )
                # Rows skipped from their bytes may turn out duplicates, whose cells are then
                # read again at the end: a pipe cannot be.
                if (
                    unchanged is not None
                    and unchanged.probe
                    and blanker is not None
                    and table.format == "csv"
                    and path.is_file()
                ):
                    assert table.delimiter is not None
                    blanker.judge = unchanged.from_bytes(table.delimiter, len(table.headers))
                elif blanker is not None:
                    blanker.leave()
                checker = Checker(run, mapped, table.format, rejects)
                writer = Writer(run, mapped, rejects, unchanged)
                for block in blocks(rows, outcome):
                    if unchanged is not None:
                        block = unchanged.sift(block)
                        outcome.skipped += len(unchanged.skipped)
                    writer.write(checker.check(block))
                    if progress:
                        progress(outcome.rows_read + (unchanged.prescanned if unchanged else 0))
                if unchanged is not None:
                    outcome.rows_read += unchanged.prescanned
                    outcome.skipped += unchanged.prescanned
                writer.close()
                writer.report_unread(lambda lines: cells_at(path, kind, options, lines))
                report(run, options, before, table.sha256)
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
def read(
    path: Path, kind: ImportKind, options: ImportOptions, blanker: LineBlanker | None = None
) -> Iterator[Table]:
    """The file as a table whose header row is found by the kind's columns, read once (a pipe
    or a device as well as a file), its SHA-256 that of the bytes read.

    ``blanker`` lets the skip stage empty the lines of rows it needs not read."""
    from thidua_cli.ingest.reader import open_table

    if path.is_dir():
        raise UsageError("files.input_is_folder", path=str(path))
    if not path.exists():
        raise UsageError("import.no_such_file", path=str(path))
    with open_table(
        path,
        kind.columns,
        encoding=options.encoding,
        delimiter=options.delimiter,
        sheet=options.sheet,
        skip_lines=options.skip_lines,
        blanker=blanker,
    ) as table:
        yield table


def cells_at(
    path: Path, kind: ImportKind, options: ImportOptions, lines: set[int]
) -> dict[int, Sequence[object]]:
    """The cells of the rows on ``lines``, read again (for the few a first reading skipped)."""
    with read(path, kind, options) as table:
        return {line: cells for line, cells in table.rows if line in lines}


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


# --- read, in blocks ---------------------------------------------------------------------------


def blocks(rows: Rows, outcome: Outcome) -> Iterator[list[Row]]:
    """The file's rows in blocks of ``BATCH``, each counted as read."""
    while True:
        block = list(itertools.islice(rows, BATCH))
        if not block:
            return
        outcome.rows_read += len(block)
        yield block


# --- skip -------------------------------------------------------------------------------------


def skip_stage(
    run: Run, mapped: Mapped, table: Table, options: ImportOptions, *, probe: bool
) -> Unchanged | None:
    """The stage that drops unchanged rows, for a kind that declares ``skip_by``."""
    kind = run.kind
    if kind.skip_by is None:
        return None
    context = row_context(kind, mapped, table.format, options)
    # The labels taught for this import's vocabularies (the office's, a profile's) say what a
    # row's labels mean.
    context["taught"] = run.taught
    return Unchanged(run.conn, kind, mapped.positions, table.format, context, probe=probe)


# The options that only say what to do with the result, not what a row means.
_NOT_MEANING = frozenset({"dry_run", "skip_invalid", "rejects"})


def row_context(
    kind: ImportKind, mapped: Mapped, table_format: str, options: ImportOptions
) -> dict[str, Any]:
    """Everything besides a row's own cells that decides what values it gives.

    Every option counts unless it is known not to (a new option is on the safe side: changing
    it makes the next import read every row).
    """
    from thidua_cli import __version__

    return {
        "kind": kind.name,
        "rules": kind.rules,
        "program": __version__,
        "format": table_format,
        "headers": mapped.headers,
        "positions": sorted(mapped.positions.items()),
        "options": {
            name: value
            for name, value in dataclasses.asdict(options).items()
            if name not in _NOT_MEANING
        },
    }


# --- check ------------------------------------------------------------------------------------


class Checker:
    """Each valid row's values with its cells; each invalid row, with its problems, to ``rejects``."""

    def __init__(self, run: Run, mapped: Mapped, table_format: str, rejects: Rejects) -> None:
        builder = run.builder
        assert builder is not None
        self.builder = builder
        self.rejects = rejects
        self.checker = RowChecker(mapped.positions, mapped.headers)
        self.fast = _fast_path(builder, table_format, mapped.positions, len(mapped.headers))

    def check(self, rows: Iterable[Row]) -> Checked:
        fast, checker, builder, rejects = self.fast, self.checker, self.builder, self.rejects
        for line, cells in rows:
            values = fast(line, cells) if fast is not None else None
            if values is None:
                # The careful path: the same values, or every problem of the row.
                checked = check_row(line, cells, checker, builder)
                if checked.values is None:
                    rejects.reject(cells, checked.errors)
                    continue
                values = checked.values
            yield values, cells


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


class Writer:
    """Upserts each block's rows in one statement; a key met twice in the file with other content
    is refused, and the first row of it stands.

    The store's duplicate guard sees a second row about to change a record that this import
    wrote. With the skip stage, a record may also have been named by an earlier row that left it
    as it was (skipped, or read and found unchanged): a later row that changes it is then a
    duplicate of that one. Such a later row is written alone, and taken back when it changed the
    record (rare: an export names each key once).
    """

    def __init__(
        self, run: Run, mapped: Mapped, rejects: Rejects, unchanged: Unchanged | None
    ) -> None:
        from thidua_cli.store.writer import BatchWriter, DuplicateGuard, UpsertTable

        kind = run.kind
        self.run = run
        self.rejects = rejects
        self.unchanged = unchanged
        digest = DIGEST if unchanged is not None else None
        fields = (*kind.fields, digest) if digest else kind.fields
        self.upsert = UpsertTable(
            kind.table, fields, kind.key, kind.derived, kind.inputs, digest=digest
        )
        self.writer = BatchWriter(run.conn, self.upsert, run.import_id)
        self.guard = DuplicateGuard(run.conn, self.upsert, run.import_id)
        self.key_header = header_of(mapped.headers, mapped.positions, kind.key[0])
        self.line_at = len(kind.fields) - 1
        self.key_at = kind.fields.index(kind.key[0])
        # Duplicates found among rows skipped from their bytes: (line, key, first line).
        self.unread: list[tuple[int, str, int]] = []

    def write(self, rows: Checked) -> None:
        unchanged, line_at, key_at = self.unchanged, self.line_at, self.key_at
        batch: list[Values] = []
        cells_of: dict[int, Sequence[object]] = {}
        # Rows naming a record that an earlier row of the file left as it was; rows followed by
        # skipped rows of the same record (rowid, line, the skipped lines).
        later: list[tuple[Values, int, int]] = []
        followed: list[tuple[int, int, list[int]]] = []
        for values, cells in rows:
            line = values[line_at]
            cells_of[line] = cells
            if unchanged is not None:
                values = (*values, unchanged.digest_of(line, cells))
                rowid = unchanged.rowid_of(values[key_at])
                if rowid is not None:
                    first = unchanged.first.get(rowid)
                    if first and first < line:
                        later.append((values, rowid, first))
                        continue
                    if first > line:
                        followed.append((rowid, line, unchanged.skipped_after(rowid, line)))
                    unchanged.first.note(rowid, line)
            batch.append(values)
        if batch:
            self.writer.write(batch)
        for values, rowid, first in later:
            self._write_later(values, rowid, first, cells_of)
        self._report_duplicates(cells_of)
        if followed:
            self._check_skipped(followed)

    def _write_later(
        self, values: Values, rowid: int, first: int, cells_of: dict[int, Sequence[object]]
    ) -> None:
        from thidua_cli.store.writer import line_written_by

        conn, run = self.run.conn, self.run
        line = values[self.line_at]
        conn.execute("SAVEPOINT later_row")
        self.writer.write_one(values)
        if line_written_by(conn, run.kind.table, rowid, run.import_id) == line:
            # It changed the record that an earlier row of the file left as it was.
            conn.execute("ROLLBACK TO later_row")
            self._duplicate(str(values[self.key_at]), first, line, cells_of.get(line, ()))
        conn.execute("RELEASE later_row")

    def _check_skipped(self, followed: list[tuple[int, int, list[int]]]) -> None:
        """A skipped row whose record an earlier row changed is a duplicate of that row.

        It was skipped against the record as it stood before the earlier row was written (the
        skip stage reads ahead), so this is only known once that row is.
        """
        from thidua_cli.store.writer import line_written_by

        assert self.unchanged is not None
        run = self.run
        held = {line: cells for line, cells, _ in self.unchanged.skipped}
        for rowid, written, lines in followed:
            if line_written_by(run.conn, run.kind.table, rowid, run.import_id) != written:
                continue
            key = run.conn.execute(
                f"SELECT {run.kind.key[0]} FROM {run.kind.table} WHERE rowid = ?", (rowid,)
            ).fetchone()[0]
            for line in lines:
                cells = held.get(line)
                if cells is None:
                    # Skipped from its bytes: its cells are read again at the end.
                    self.unread.append((line, str(key), written))
                else:
                    self._duplicate(str(key), written, line, cells)

    def report_unread(self, cells_at: Callable[[set[int]], dict[int, Sequence[object]]]) -> None:
        """The duplicates among the rows skipped from their bytes, with their cells."""
        if not self.unread:
            return
        found = cells_at({line for line, _, _ in self.unread})
        for line, key, first_line in sorted(self.unread):
            self._duplicate(key, first_line, line, found.get(line, ()))

    def _report_duplicates(self, cells_of: dict[int, Sequence[object]]) -> None:
        for key, first_line, line in self.guard.new_duplicates():
            self._duplicate(str(key), first_line, line, cells_of.get(line, ()))

    def _duplicate(self, key: str, first_line: int, line: int, cells: Sequence[object]) -> None:
        error = RowError(
            line, self.key_header, key, "import.reason.duplicate_key", {"first_line": first_line}
        )
        self.rejects.reject(cells, [error])

    def close(self) -> None:
        self.guard.close()


# --- report -----------------------------------------------------------------------------------


def report(run: Run, options: ImportOptions, before: int, sha256: Callable[[], str]) -> None:
    """Count what the import changed, run the kind's upkeep and checks, then keep it or not.

    ``before`` is the table's last rowid before the import: the rows it inserted come after.
    """
    from thidua_cli.store.imports import count_replaced_by, finish_import
    from thidua_cli.store.writer import count_after

    kind, outcome, conn = run.kind, run.outcome, run.conn
    # Neither count reads the table: a million rows take a noticeable share of a re-import.
    outcome.inserted = count_after(conn, kind.table, before)
    outcome.updated = count_replaced_by(conn, kind.table, run.import_id)
    outcome.unchanged = outcome.rows_read - outcome.rejected - outcome.inserted - outcome.updated
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
        sha256=sha256(),
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
