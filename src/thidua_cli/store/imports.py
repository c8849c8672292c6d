"""The record of every import: file, checksum, time and counts."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from thidua_cli.pipeline import ImportResult


def record_import(conn: sqlite3.Connection, kind: str, file_name: str, sha256: str) -> int:
    cursor = conn.execute(
        "INSERT INTO imports (kind, file_name, sha256, imported_at) VALUES (?, ?, ?, ?)",
        (kind, file_name, sha256, datetime.now().isoformat(timespec="seconds")),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def finish_import(conn: sqlite3.Connection, result: ImportResult) -> None:
    conn.execute(
        "UPDATE imports SET rows_read = ?, inserted = ?, updated = ?, unchanged = ?, "
        "rejected = ? WHERE id = ?",
        (
            result.rows_read,
            result.inserted,
            result.updated,
            result.unchanged,
            result.rejected,
            result.import_id,
        ),
    )


def list_imports(conn: sqlite3.Connection, limit: int | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT id, kind, file_name, sha256, imported_at, rows_read, inserted, updated, "
        "unchanged, rejected, undone_at FROM imports ORDER BY id DESC"
    )
    params: tuple[Any, ...] = ()
    if limit is not None:
        sql += " LIMIT ?"
        params = (limit,)
    return [dict(row) for row in conn.execute(sql, params)]
