"""Import profiles saved in the database under a name (``thidua profile save``)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any


def save(
    conn: sqlite3.Connection, name: str, source: str, kind: str | None, description: str
) -> bool:
    """Keep ``source`` as the profile ``name``; True when it replaced one of that name."""
    existed = get(conn, name) is not None
    conn.execute(
        "INSERT INTO profiles (name, source, kind, description, saved_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET source = excluded.source, kind = excluded.kind, "
        "description = excluded.description, saved_at = excluded.saved_at",
        (name, source, kind, description, datetime.now().isoformat(timespec="seconds")),
    )
    return existed


def get(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("SELECT source FROM profiles WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else None


def listed(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [
        dict(row)
        for row in conn.execute(
            "SELECT name, kind, description, saved_at FROM profiles ORDER BY name"
        )
    ]


def delete(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("DELETE FROM profiles WHERE name = ?", (name,)).rowcount > 0
