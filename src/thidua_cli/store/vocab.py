"""The labels an office taught the importer, their dated changes, and reading stored rows again."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from typing import Any

_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")


def _name(identifier: str) -> str:
    """A table or column named by an import kind's declaration; anything else is refused."""
    if not _IDENTIFIER.fullmatch(identifier):
        raise ValueError(f"unexpected identifier: {identifier!r}")
    return identifier


def taught(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """Every taught label: vocabulary -> folded label -> word."""
    found: dict[str, dict[str, str]] = {}
    for vocabulary, key, word in conn.execute("SELECT vocabulary, label_key, word FROM vocabulary"):
        found.setdefault(vocabulary, {})[key] = word
    return found


def mappings(conn: sqlite3.Connection, vocabulary: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT vocabulary, label, word, added_at FROM vocabulary"
    params: tuple[str, ...] = ()
    if vocabulary is not None:
        sql += " WHERE vocabulary = ?"
        params = (vocabulary,)
    return [dict(row) for row in conn.execute(sql + " ORDER BY vocabulary, label_key", params)]


def mapping(conn: sqlite3.Connection, vocabulary: str, key: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT label, word, added_at FROM vocabulary WHERE vocabulary = ? AND label_key = ?",
        (vocabulary, key),
    ).fetchone()
    return dict(row) if row else None


def put(conn: sqlite3.Connection, vocabulary: str, key: str, label: str, word: str) -> str:
    """Teach ``label`` as ``word``; returns the time recorded."""
    at = _now()
    conn.execute(
        "INSERT INTO vocabulary (vocabulary, label_key, label, word, added_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (vocabulary, label_key) DO UPDATE SET "
        "label = excluded.label, word = excluded.word, added_at = excluded.added_at",
        (vocabulary, key, label, word, at),
    )
    return at


def delete(conn: sqlite3.Connection, vocabulary: str, key: str) -> str:
    conn.execute("DELETE FROM vocabulary WHERE vocabulary = ? AND label_key = ?", (vocabulary, key))
    return _now()


def log_change(
    conn: sqlite3.Connection,
    vocabulary: str,
    label: str,
    previous: str | None,
    word: str | None,
    at: str,
    rederived: int,
) -> None:
    conn.execute(
        "INSERT INTO vocabulary_changes (vocabulary, label, previous, word, changed_at, rederived) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (vocabulary, label, previous, word, at, rederived),
    )


def changes(conn: sqlite3.Connection, vocabulary: str | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT id, vocabulary, label, previous, word, changed_at, rederived "
        "FROM vocabulary_changes"
    )
    params: tuple[str, ...] = ()
    if vocabulary is not None:
        sql += " WHERE vocabulary = ?"
        params = (vocabulary,)
    return [dict(row) for row in conn.execute(sql + " ORDER BY id", params)]


def raw_labels(conn: sqlite3.Connection, table: str, raw: str) -> list[tuple[str, int]]:
    """The labels as written in ``table.raw``, each with its number of rows."""
    sql = (
        f"SELECT {_name(raw)}, count(*) FROM {_name(table)} "
        f"WHERE {_name(raw)} IS NOT NULL GROUP BY {_name(raw)}"
    )
    return [(str(label), int(count)) for label, count in conn.execute(sql)]


def read_again(
    conn: sqlite3.Connection, table: str, stored: str, raw: str, label: str, value: Any, allows: str
) -> tuple[int, int]:
    """Store ``value`` in the rows of ``table`` whose label is ``label``.

    ``allows`` is a condition (with ``:value``) a row must meet to take it. Returns the rows
    changed and the rows left as they were because they did not.
    """
    condition = f" AND ({allows})" if allows else ""
    where = f"WHERE {_name(raw)} = :label AND {_name(stored)} IS NOT :value"
    params = {"value": value, "label": label}
    changed = conn.execute(
        f"UPDATE {_name(table)} SET {_name(stored)} = :value {where}{condition}", params
    ).rowcount
    left = conn.execute(f"SELECT count(*) FROM {_name(table)} {where}", params).fetchone()[0]
    return changed, int(left)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")
