"""Upserting imported rows: the SQL of the import hot path.

Rows arrive in batches and go to SQLite with one ``executemany`` each, inside the caller's single
transaction. An upsert only touches a row whose content changed, so re-importing the same export
changes nothing, and ``import_id`` then names the last import that changed each row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class UpsertTable:
    """What the store needs to know to upsert one kind of record."""

    table: str
    fields: tuple[str, ...]
    key: tuple[str, ...]
    # Columns computed from the bound fields in the same statement: (column, SQL expression in
    # which ``{field}`` stands for a bound field). Binding fewer values is cheaper: the sqlite3
    # module's cost is mostly per bound value.
    derived: tuple[tuple[str, str], ...] = ()
    # Bound fields that only feed derived columns and are not stored themselves.
    inputs: tuple[str, ...] = ()
    # Columns that say where a row came from rather than what it is: written, never compared.
    provenance: tuple[str, ...] = ("import_line",)
    # The column keeping the digest of the source row a record was last read from (the last
    # bound field), or None. A new digest for the same content is kept without counting as a
    # change: the record keeps its import_id and import_line, and no history is written.
    digest: str | None = None

    def insert_sql(self, import_id: int) -> str:
        """The same record inserted only when its key is new (``BatchWriter``'s first try)."""
        upsert = self.upsert_sql(import_id)
        return "INSERT OR IGNORE" + upsert[len("INSERT") : upsert.index(" ON CONFLICT")]

    def upsert_sql(self, import_id: int) -> str:
        # Binding None costs the sqlite3 module an adapter lookup, several times the cost of an
        # empty string, so a checker may give "" for an empty value: nullif stores it as NULL.
        # Numbered parameters let a derived column read a field without binding it twice.
        bound = {f: f"nullif(?{n}, '')" for n, f in enumerate(self.fields, start=1)}
        derived = {column: sql.format(**bound) for column, sql in self.derived}
        stored = {f: value for f, value in bound.items() if f not in self.inputs}
        stored.update(derived)
        columns = ", ".join((*stored, "import_id"))
        # import_id is our own integer, never user text, so it may be inlined: it keeps the
        # statement's parameters exactly the checker's values.
        values = ", ".join((*stored.values(), str(int(import_id))))
        marks = (*self.provenance, *((self.digest,) if self.digest else ()))
        content = [c for c in stored if c not in self.key and c not in marks]
        old = ", ".join(f"{self.table}.{c}" for c in content)
        new = ", ".join(f"excluded.{c}" for c in content)
        conflict = f"INSERT INTO {self.table} ({columns}) VALUES ({values}) ON CONFLICT ({', '.join(self.key)}) DO UPDATE SET "
        if self.digest is None:
            assignments = ", ".join(f"{c} = excluded.{c}" for c in (*content, *self.provenance))
            return (
                f"{conflict}{assignments}, import_id = excluded.import_id "
                f"WHERE ({old}) IS NOT ({new})"
            )
        # Only a change of content moves the record's provenance (and so writes its history);
        # a new digest alone is just kept.
        changed = f"({old}) IS NOT ({new})"
        moved = ", ".join(
            f"{c} = CASE WHEN {changed} THEN excluded.{c} ELSE {self.table}.{c} END"
            for c in (*self.provenance, "import_id")
        )
        assignments = ", ".join(f"{c} = excluded.{c}" for c in (*content, self.digest))
        return (
            f"{conflict}{assignments}, {moved} "
            f"WHERE ({old}, {self.table}.{self.digest}) IS NOT ({new}, excluded.{self.digest})"
        )


class DuplicateGuard:
    """Catches the same key twice in one file with different content.

    A temporary trigger sees an upsert about to overwrite a row that this very import wrote: it
    records both lines and skips the second row (RAISE(IGNORE)), so the first one stands. Rows
    repeated with identical content never reach it: the upsert's WHERE skips them.
    """

    def __init__(self, conn: sqlite3.Connection, spec: UpsertTable, import_id: int) -> None:
        self.conn = conn
        self.spec = spec
        key = spec.key[0]
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS import_duplicates "
            "(key TEXT, first_line INTEGER, line INTEGER)"
        )
        conn.execute("DELETE FROM temp.import_duplicates")
        conn.execute(f"DROP TRIGGER IF EXISTS temp.{spec.table}_duplicate_in_file")
        conn.execute(
            f"CREATE TEMP TRIGGER {spec.table}_duplicate_in_file "
            f"BEFORE UPDATE ON main.{spec.table} "
            f"WHEN old.import_id = {int(import_id)} AND new.import_id = {int(import_id)} "
            # A record rewritten only for a new digest of the same content keeps its line.
            f"AND new.import_line IS NOT old.import_line "
            f"BEGIN "
            f"INSERT INTO import_duplicates VALUES (old.{key}, old.import_line, "
            f"new.import_line); "
            f"SELECT RAISE(IGNORE); "
            f"END"
        )
        self._seen = 0

    def new_duplicates(self) -> list[tuple[str, int, int]]:
        rows = self.conn.execute(
            "SELECT key, first_line, line FROM temp.import_duplicates WHERE rowid > ? "
            "ORDER BY rowid",
            (self._seen,),
        ).fetchall()
        if rows:
            self._seen += len(rows)
        return [(r[0], r[1], r[2]) for r in rows]

    def close(self) -> None:
        self.conn.execute(f"DROP TRIGGER IF EXISTS temp.{self.spec.table}_duplicate_in_file")


# The page cache an import works with (KiB): enough for the leaf pages a batch touches in every
# index of a big table (an answer's officer index has one per officer), so they are not written
# out and read back again and again; the rest of the process stays well under 64 MiB.
IMPORT_CACHE_KIB = 8 * 1024


@contextmanager
def import_settings(conn: sqlite3.Connection, *, trust_checks: bool) -> Iterator[None]:
    """The connection set up for an import, and put back afterwards.

    ``trust_checks`` skips the CHECK constraints, for a table whose constraints only restate the
    closed vocabularies the rows' builder produces (a dossier's channel and deadline source, a
    rating from 1 to 5): SQLite evaluates a CHECK of the form ``x IN (...)`` by building a small
    temporary index for every row written, about a third of a dossier's insert.

    Set before the import's transaction begins: SQLite ignores some pragmas inside one.
    """
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    trusted = trust_checks
    if trusted:
        conn.execute("PRAGMA ignore_check_constraints = ON")
    # The only foreign key of an imported row is its import_id, which the import itself recorded
    # a moment before in the same transaction: checking it again for every row proves nothing.
    keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if keys else 'OFF'}")
        if trusted:
            conn.execute("PRAGMA ignore_check_constraints = OFF")
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


class BatchWriter:
    """Writes batches of records, inserting first while the keys are new.

    The upsert costs about twice a plain insert once the table carries an update trigger (the
    history of every imported table does), and a new export is mostly new keys. So a batch is
    first inserted with OR IGNORE; when some keys were there already (an earlier import, or the
    same key earlier in this file), the upsert goes over the whole batch: the rows just inserted
    are unchanged to it, and the others get the upsert's usual care (content comparison, the
    duplicate guard). A batch of mostly known keys means a re-import: from then on, the upsert
    alone.
    """

    def __init__(self, conn: sqlite3.Connection, spec: UpsertTable, import_id: int) -> None:
        self.conn = conn
        self.insert = spec.insert_sql(import_id)
        self.upsert = spec.upsert_sql(import_id)
        self.insert_first = True

    def write(self, batch: Sequence[Sequence[Any]]) -> None:
        if self.insert_first:
            inserted = self.conn.executemany(self.insert, batch).rowcount
            if inserted == len(batch):
                return
            self.insert_first = inserted * 2 > len(batch)
        self.conn.executemany(self.upsert, batch)

    def write_one(self, values: Sequence[Any]) -> None:
        """One record, upserted (a row the caller may take back on its own)."""
        self.conn.execute(self.upsert, values)


def has_rows(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None


def last_rowid(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0])


def count_after(conn: sqlite3.Connection, table: str, rowid: int) -> int:
    """The rows after ``rowid``: those inserted since it was the last (SQLite gives a new row the
    rowid after the last one, and an import deletes none)."""
    return int(
        conn.execute(f"SELECT count(*) FROM {table} WHERE rowid > ?", (rowid,)).fetchone()[0]
    )


def stored_digests(
    conn: sqlite3.Connection, table: str, key: str, digest: str, keys: Sequence[str]
) -> dict[str, tuple[int, int | None]]:
    """The rowid and source-row digest of each record whose ``key`` is among ``keys``.

    Looked up through the key's unique index, a thousand keys a statement; each lookup then
    reads its record for the digest.
    """
    cursor = conn.cursor()
    # Plain tuples: a block of a thousand sqlite3.Row objects costs more than the query.
    cursor.row_factory = None
    found: dict[str, tuple[int, int | None]] = {}
    for at in range(0, len(keys), PROBE_KEYS):
        chunk = keys[at : at + PROBE_KEYS]
        marks = ", ".join("?" * len(chunk))
        cursor.execute(
            f"SELECT {key}, rowid, {digest} FROM {table} WHERE {key} IN ({marks})", chunk
        )
        found.update({code: (rowid, value) for code, rowid, value in cursor})
    return found


def digests_between(
    conn: sqlite3.Connection, table: str, digest: str, low: int, high: int
) -> dict[int, int]:
    """The rowid of each record from rowid ``low`` to ``high``, by its source-row digest.

    Read in one range, in page order, with neither key nor any text decoded: over a million
    records, looking each one up through the key's index would be most of a re-import's time.
    """
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute(
        f"SELECT {digest}, rowid FROM {table} WHERE rowid BETWEEN ? AND ? AND {digest} IS NOT NULL",
        (low, high),
    )
    return dict(cursor)


# Keys one statement looks up (SQLite allows 32,766 parameters; a thousand rows of an export
# sit on a few pages of the index).
PROBE_KEYS = 1_000


def line_written_by(conn: sqlite3.Connection, table: str, rowid: int, import_id: int) -> int | None:
    """The file line from which import ``import_id`` wrote record ``rowid``, if it did."""
    row = conn.execute(
        f"SELECT import_line FROM {table} WHERE rowid = ? AND import_id = ?", (rowid, import_id)
    ).fetchone()
    return None if row is None else int(row[0])
