"""The record of every import, the previous version of every row an import changed, and undo.

Every table an import writes (one with an ``import_id`` column) has a history table beside it,
``history_<table>``, with the same columns, and a trigger: when an import changes a row that
another import wrote, the row's previous version is copied there first, tagged ``changed_by`` the
import that replaced it. Undoing import X restores the versions X replaced and deletes the rows X
inserted. The copy is exact (values move from column to column, never through text), and the
trigger fires only on rows whose content really changes: the upsert leaves an unchanged row, and
``import_id`` with it, alone, and a first import only inserts. So a first import of a million
rows pays nothing for it.

A version's id says which import replaced it and which row it was: ``(changed_by << ROW_BITS) +
row_id`` (``version_ids``). An import keeps at most one version of a row (the trigger fires on the
first change, when ``import_id`` becomes its own), so the id is unique, and everything an import
replaced is one range of ids, next to the end of the table, in the order of its rows: counted,
restored and looked up through the table's own key, with no index to keep up. Two indexes did
that before and cost a re-import that changes 50,000 rows about a third of its writing.

History tables and triggers are built from the live schema (``install_history``) every time the
migrations run, so a column a later migration adds is kept too.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from thidua_cli.errors import ThiduaError, UsageError

HISTORY_PREFIX = "history_"
TRIGGER_PREFIX = "keep_history_"
UNDO_KIND = "undo"

# The bits of a version's id that hold its row's id (``version_ids``): row ids up to about a
# trillion, import numbers up to about eight million.
ROW_BITS = 40

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# A column default that ALTER TABLE accepts and that means the same in the history table.
_CONSTANT_DEFAULT = re.compile(r"NULL|-?[0-9]+(\.[0-9]+)?|'([^']|'')*'", re.IGNORECASE)


def record_import(conn: sqlite3.Connection, kind: str, file_name: str, sha256: str) -> int:
    cursor = conn.execute(
        "INSERT INTO imports (kind, file_name, sha256, imported_at, history) "
        "VALUES (?, ?, ?, ?, 1)",
        (kind, file_name, sha256, _now()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def finish_import(
    conn: sqlite3.Connection,
    import_id: int,
    *,
    sha256: str,
    rows_read: int,
    inserted: int,
    updated: int,
    unchanged: int,
    rejected: int,
) -> None:
    """The counts of import ``import_id`` and its file's SHA-256, recorded once it is read."""
    conn.execute(
        "UPDATE imports SET sha256 = ?, rows_read = ?, inserted = ?, updated = ?, unchanged = ?, "
        "rejected = ? WHERE id = ?",
        (sha256, rows_read, inserted, updated, unchanged, rejected, import_id),
    )


def version_ids(import_id: int) -> tuple[int, int]:
    """The first and last id of the versions import ``import_id`` replaced."""
    first = int(import_id) << ROW_BITS
    return first, first + (1 << ROW_BITS) - 1


def count_replaced_by(conn: sqlite3.Connection, table: str, import_id: int) -> int:
    """The rows of ``table`` that import ``import_id`` changed: each left its previous version
    in the history, once (a row the import changes again is its own)."""
    history = _quote(HISTORY_PREFIX + table)
    return int(
        conn.execute(
            f"SELECT count(*) FROM {history} WHERE history_id BETWEEN ? AND ?",
            version_ids(import_id),
        ).fetchone()[0]
    )


def list_imports(conn: sqlite3.Connection, limit: int | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT id, kind, file_name, sha256, imported_at, rows_read, inserted, updated, "
        "unchanged, rejected, deleted, undone_at, undo_of FROM imports ORDER BY id DESC"
    )
    params: tuple[Any, ...] = ()
    if limit is not None:
        sql += " LIMIT ?"
        params = (limit,)
    return [dict(row) for row in conn.execute(sql, params)]


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


# --- history ---------------------------------------------------------------------------------


def _quote(name: str) -> str:
    """An identifier from our own schema, quoted; anything unexpected is refused, not escaped."""
    if not _IDENTIFIER.fullmatch(name):
        raise ValueError(f"unexpected identifier in the schema: {name!r}")
    return f'"{name}"'


def imported_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables imports write: those with an ``import_id`` column (history tables aside)."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' "
            "AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "AND m.name NOT LIKE ? ESCAPE '\\' "
            "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) p WHERE p.name = 'import_id') "
            "ORDER BY m.name",
            (HISTORY_PREFIX.replace("_", "\\_") + "%",),
        )
    ]


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str | None, bool]]:
    """(name, default expression, is the primary key) for each column of ``table``."""
    return [
        (str(row[0]), row[1], bool(row[2]))
        for row in conn.execute(
            "SELECT name, dflt_value, pk FROM pragma_table_info(?) ORDER BY cid", (table,)
        )
    ]


def _history_column(name: str, default: str | None) -> str:
    # No type: the history keeps each value exactly as the table held it.
    if default is not None and _CONSTANT_DEFAULT.fullmatch(default.strip()):
        return f"{_quote(name)} DEFAULT {default.strip()}"
    return _quote(name)


def install_history(conn: sqlite3.Connection) -> None:
    """Create or update every history table and its trigger; runs in the migrations' transaction.

    A history table gains the columns its table gained since (with the same constant default,
    so an old version reads as the table's rows did when the column arrived).
    """
    for table in imported_tables(conn):
        history = HISTORY_PREFIX + table
        columns = _columns(conn, table)
        kept = {name for name, _, _ in _columns(conn, history)}
        if not kept:
            definitions = ", ".join(_history_column(name, default) for name, default, _ in columns)
            # history_id is the version's id (version_ids): no other index.
            conn.execute(
                f"CREATE TABLE {_quote(history)} (history_id INTEGER PRIMARY KEY, "
                f"changed_by INTEGER NOT NULL, row_id INTEGER NOT NULL, {definitions})"
            )
        else:
            for name, default, _ in columns:
                if name not in kept:
                    conn.execute(
                        f"ALTER TABLE {_quote(history)} ADD COLUMN {_history_column(name, default)}"
                    )
        conn.execute(f"DROP TRIGGER IF EXISTS {_quote(TRIGGER_PREFIX + table)}")
        conn.execute(_trigger_sql(conn, table))


def _trigger_sql(conn: sqlite3.Connection, table: str) -> str:
    """The trigger that keeps the previous version of each row of ``table`` an import changes,
    under its id (``version_ids``)."""
    names = [name for name, _, _ in _columns(conn, table)]
    return (
        f"CREATE TRIGGER {_quote(TRIGGER_PREFIX + table)} AFTER UPDATE ON {_quote(table)} "
        f"WHEN new.import_id IS NOT old.import_id BEGIN "
        f"INSERT INTO {_quote(HISTORY_PREFIX + table)} (history_id, changed_by, row_id, "
        f"{', '.join(_quote(n) for n in names)}) "
        f"VALUES ((new.import_id << {ROW_BITS}) + old.rowid, new.import_id, old.rowid, "
        f"{', '.join('old.' + _quote(n) for n in names)}); "
        f"END"
    )


def key_versions_by_import(conn: sqlite3.Connection) -> None:
    """History tables kept before versions had their ids (``version_ids``) get them, and lose
    the two indexes that found an import's versions and the versions an import wrote.

    Two versions of a row kept for the same import are not written (the trigger fires once a
    row and import); were there any, the first stays, the one undo read.
    """
    for table in imported_tables(conn):
        history = HISTORY_PREFIX + table
        if not _columns(conn, history):
            continue
        quoted = _quote(history)
        conn.execute(
            f"DELETE FROM {quoted} WHERE history_id NOT IN "
            f"(SELECT min(history_id) FROM {quoted} GROUP BY changed_by, row_id)"
        )
        # Every new id is above every old one (these count from 1), so none collides on the way.
        conn.execute(f"UPDATE {quoted} SET history_id = (changed_by << {ROW_BITS}) + row_id")
        conn.execute(f"DROP INDEX IF EXISTS {_quote(history + '_changed_by')}")
        conn.execute(f"DROP INDEX IF EXISTS {_quote(history + '_import')}")


def missing_history(conn: sqlite3.Connection) -> list[str]:
    """Imported tables without their history table or trigger (for ``db check``)."""
    present = {
        (row[0], row[1])
        for row in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger')"
        )
    }
    return [
        table
        for table in imported_tables(conn)
        if ("table", HISTORY_PREFIX + table) not in present
        or ("trigger", TRIGGER_PREFIX + table) not in present
    ]


# --- undo ------------------------------------------------------------------------------------


@dataclass
class UndoResult:
    import_id: int
    kind: str
    file_name: str
    undo_id: int
    restored: int = 0
    deleted: int = 0
    # The tables whose rows it restored or deleted: what they derive must be kept right.
    tables: list[str] = field(default_factory=list)


def undo_import(conn: sqlite3.Connection, import_id: int) -> UndoResult:
    """Revert import ``import_id`` exactly; runs in the caller's transaction.

    Rows it inserted are deleted, rows it changed get back the version it replaced; the caller
    keeps what other tables derive from them (``UndoResult.tables``). Refused when
    a later import changed any of those rows since: undoing this one would silently throw that
    later change away, so the later import must be undone first.
    """
    if not conn.in_transaction:
        raise RuntimeError("undo_import needs the caller's transaction")
    record = conn.execute(
        "SELECT id, kind, file_name, sha256, undone_at, undo_of, history FROM imports WHERE id = ?",
        (import_id,),
    ).fetchone()
    if record is None:
        raise UsageError("undo.no_such_import", id=import_id)
    if record["undo_of"] is not None:
        raise UsageError("undo.is_an_undo", id=import_id, undone=record["undo_of"])
    if record["undone_at"] is not None:
        raise UsageError("undo.already_undone", id=import_id, at=record["undone_at"])
    if not record["history"]:
        raise ThiduaError("undo.no_history", id=import_id, file=record["file_name"])

    tables = imported_tables(conn)
    _refuse_if_changed_later(conn, tables, import_id)
    result = UndoResult(import_id, record["kind"], record["file_name"], undo_id=0)
    for table in tables:
        restored, deleted = _undo_table(conn, table, import_id)
        result.restored += restored
        result.deleted += deleted
        if restored or deleted:
            result.tables.append(table)
    now = _now()
    conn.execute("UPDATE imports SET undone_at = ? WHERE id = ?", (now, import_id))
    cursor = conn.execute(
        "INSERT INTO imports (kind, file_name, sha256, imported_at, updated, deleted, undo_of) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            UNDO_KIND,
            record["file_name"],
            record["sha256"],
            now,
            result.restored,
            result.deleted,
            import_id,
        ),
    )
    assert cursor.lastrowid is not None
    result.undo_id = cursor.lastrowid
    return result


def _refuse_if_changed_later(conn: sqlite3.Connection, tables: list[str], import_id: int) -> None:
    """A history row whose replaced version was written by ``import_id`` names a later change.

    Only the versions later imports replaced are read: for the last import, none."""
    later: dict[int, int] = {}
    after = version_ids(import_id)[1]
    for table in tables:
        for changed_by, count in conn.execute(
            f"SELECT changed_by, count(*) FROM {_quote(HISTORY_PREFIX + table)} "
            f"WHERE history_id > ? AND import_id = ? GROUP BY changed_by",
            (after, import_id),
        ):
            later[changed_by] = later.get(changed_by, 0) + count
    if not later:
        return
    newest = max(later)
    row = conn.execute(
        "SELECT file_name, imported_at FROM imports WHERE id = ?", (newest,)
    ).fetchone()
    raise ThiduaError(
        "undo.changed_later",
        id=import_id,
        later=newest,
        file=row["file_name"] if row else "?",
        at=row["imported_at"] if row else "?",
        count=sum(later.values()),
        all=", ".join(str(i) for i in sorted(later, reverse=True)),
    )


def _undo_table(conn: sqlite3.Connection, table: str, import_id: int) -> tuple[int, int]:
    """Restore the versions ``import_id`` replaced in ``table``, then delete the rows it inserted."""
    history = _quote(HISTORY_PREFIX + table)
    target = _quote(table)
    kept = {name for name, _, _ in _columns(conn, HISTORY_PREFIX + table)}
    names = [_quote(n) for n, _, pk in _columns(conn, table) if not pk and n in kept]
    first, last = version_ids(import_id)
    # Restoring a version is not a change to keep: the trigger rests meanwhile (within the
    # caller's transaction, so a failure brings it back too).
    trigger = TRIGGER_PREFIX + table
    present = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
    ).fetchone()
    if present:
        conn.execute(f"DROP TRIGGER {_quote(trigger)}")
    restored = conn.execute(
        f"UPDATE {target} SET ({', '.join(names)}) = "
        f"(SELECT {', '.join('h.' + n for n in names)} FROM {history} h "
        f"WHERE h.history_id = :first + {target}.rowid) "
        f"WHERE rowid IN (SELECT row_id FROM {history} WHERE history_id BETWEEN :first AND :last)",
        {"first": first, "last": last},
    ).rowcount
    if present:
        conn.execute(_trigger_sql(conn, table))
    conn.execute(f"DELETE FROM {history} WHERE history_id BETWEEN ? AND ?", (first, last))
    # What still carries the import's id after the restore is what it inserted.
    deleted = conn.execute(f"DELETE FROM {target} WHERE import_id = ?", (import_id,)).rowcount
    return restored, deleted
