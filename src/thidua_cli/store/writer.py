"""Upserting imported rows: the SQL of the import hot path.

Rows arrive in batches and go to SQLite with one ``executemany`` each, inside the caller's single
transaction. An upsert only touches a row whose content changed, so re-importing the same export
changes nothing, and ``import_id`` then names the last import that changed each row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class UpsertTable:
    """What the store needs to know to upsert one kind of record."""

    table: str
    fields: tuple[str, ...]
    key: tuple[str, ...]
    # Columns that say where a row came from rather than what it is: written, never compared.
    provenance: tuple[str, ...] = ("import_line",)

    def upsert_sql(self, import_id: int) -> str:
        columns = ", ".join((*self.fields, "import_id"))
        # import_id is our own integer, never user text, so it may be inlined: it keeps the
        # statement's parameters exactly the checker's values.
        placeholders = ", ".join(["?"] * len(self.fields)) + f", {int(import_id)}"
        content = [f for f in self.fields if f not in self.key and f not in self.provenance]
        assignments = ", ".join(f"{f} = excluded.{f}" for f in (*content, *self.provenance))
        old = ", ".join(f"{self.table}.{f}" for f in content)
        new = ", ".join(f"excluded.{f}" for f in content)
        return (
            f"INSERT INTO {self.table} ({columns}) VALUES ({placeholders}) "
            f"ON CONFLICT ({', '.join(self.key)}) DO UPDATE SET {assignments}, "
            f"import_id = excluded.import_id "
            f"WHERE ({old}) IS NOT ({new})"
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


def write_batch(conn: sqlite3.Connection, sql: str, batch: Sequence[Sequence[Any]]) -> None:
    conn.executemany(sql, batch)


def count_rows(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def count_changed_by(conn: sqlite3.Connection, table: str, import_id: int) -> int:
    return int(
        conn.execute(f"SELECT count(*) FROM {table} WHERE import_id = ?", (import_id,)).fetchone()[
            0
        ]
    )
