"""The schema, declared here and nowhere else, as numbered migrations (sqlite-utils ``Migrations``).

``PRAGMA user_version`` mirrors the number of migrations applied. It lets every command see in one
cheap read whether the file is current, older (migrate) or newer than this program (refuse, exit 3),
without importing sqlite-utils on the hot path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from thidua_cli.errors import DatabaseError

if TYPE_CHECKING:
    from sqlite_utils import Database

Statements = tuple[str, ...]

# Each entry is one migration, applied in order and never edited once released: a change to the
# schema is a new entry at the end.
MIGRATIONS: list[tuple[str, Statements]] = [
    (
        "0001_foundation",
        (
            """CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """CREATE TABLE imports (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                rows_read INTEGER NOT NULL DEFAULT 0,
                inserted INTEGER NOT NULL DEFAULT 0,
                updated INTEGER NOT NULL DEFAULT 0,
                unchanged INTEGER NOT NULL DEFAULT 0,
                rejected INTEGER NOT NULL DEFAULT 0,
                undone_at TEXT
            )""",
            """CREATE TABLE procedures (
                id INTEGER PRIMARY KEY,
                code TEXT,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE,
                days INTEGER NOT NULL CHECK (days >= 0),
                cutoff TEXT,
                field TEXT,
                import_id INTEGER REFERENCES imports(id),
                import_line INTEGER
            )""",
            "CREATE INDEX procedures_code ON procedures (code)",
            # received_on/finish_on are the day parts, kept as columns so reports can index them.
            # due_date/due_source are derived (store.deadlines.refresh) from the recorded date or
            # the procedure, the calendar and the supplement policy.
            """CREATE TABLE dossiers (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                procedure TEXT NOT NULL,
                procedure_code TEXT,
                procedure_key TEXT NOT NULL,
                field TEXT,
                applicant TEXT,
                channel TEXT CHECK (channel IN ('direct', 'online', 'postal')),
                received_at TEXT NOT NULL,
                received_on TEXT NOT NULL,
                due_recorded TEXT,
                finished_at TEXT,
                returned_at TEXT,
                finish_on TEXT,
                officer TEXT,
                unit TEXT,
                state TEXT NOT NULL,
                status_raw TEXT,
                supplement_requested_at TEXT,
                supplement_received_at TEXT,
                apology INTEGER NOT NULL DEFAULT 0,
                rescheduled_date TEXT,
                note TEXT,
                due_date TEXT,
                due_source TEXT CHECK (due_source IN ('recorded', 'computed')),
                import_id INTEGER REFERENCES imports(id),
                import_line INTEGER
            )""",
            "CREATE INDEX dossiers_received ON dossiers (received_on)",
            "CREATE INDEX dossiers_open ON dossiers (state, finish_on, due_date)",
            "CREATE INDEX dossiers_import ON dossiers (import_id)",
            # The previous version of every row an import changed, so `imports undo` can restore it.
            """CREATE TABLE dossier_history (
                import_id INTEGER NOT NULL,
                code TEXT NOT NULL,
                old_row TEXT
            )""",
            "CREATE INDEX dossier_history_import ON dossier_history (import_id)",
            """CREATE TABLE calendar_overrides (
                day TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('off', 'work')),
                note TEXT NOT NULL DEFAULT ''
            )""",
            # One row per calendar day; ordinal counts working days up to and including the day, so
            # the N-th working day after E is the working day whose ordinal is ordinal(E) + N.
            """CREATE TABLE workdays (
                day TEXT PRIMARY KEY,
                working INTEGER NOT NULL,
                ordinal INTEGER NOT NULL
            ) WITHOUT ROWID""",
            "CREATE INDEX workdays_ordinal ON workdays (ordinal, working, day)",
            """CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
        ),
    ),
]

SCHEMA_VERSION = len(MIGRATIONS)


def _migration(statements: Statements) -> Callable[[Database], None]:
    def apply(db: Database) -> None:
        for statement in statements:
            db.execute(statement)

    return apply


def ensure_current(conn: sqlite3.Connection, path: Path | str) -> None:
    """Refuse a newer file; bring an older (or new, empty) one up to date."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            "db.newer_schema", path=str(path), found=version, supported=SCHEMA_VERSION
        )
    if version == SCHEMA_VERSION:
        return
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    migrations = Migrations("thidua")
    for name, statements in MIGRATIONS:
        migrations(name=name)(_migration(statements))
    db = Database(conn)
    # One transaction for every pending migration and the version bump, so a crash leaves the old
    # schema or the new one, never a mix; IMMEDIATE makes a second process opening a new file at
    # the same moment wait, then find the work done.
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            migrations.apply(db)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
