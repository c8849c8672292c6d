"""Keeping the database safe: an online backup, and a check of integrity, schema and contents.

Both open the file as it is: no migration, no creation. A backup taken before an upgrade must be
the old file, and a check must report what is there, not what opening it would make of it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from thidua_cli.errors import DatabaseError


def open_existing(path: Path, *, busy_timeout: float) -> sqlite3.Connection:
    """The database at ``path`` as it is; a missing file is an error, never created."""
    if path.is_dir():
        raise DatabaseError("db.is_directory", path=str(path))
    if not path.exists():
        raise DatabaseError("db.missing", path=str(path))
    from thidua_cli.store.db import open_connection, refuse_foreign, refuse_foreign_file

    refuse_foreign_file(path, busy_timeout=busy_timeout)

    def refuse_another_programs(conn: sqlite3.Connection, path: Path) -> None:
        # A damaged file is not refused here: the check reports what it finds, the backup's own
        # check refuses the copy.
        with contextlib.suppress(sqlite3.DatabaseError):
            refuse_foreign(conn, path)

    # mode=rw never creates the file; a write-protected file still opens for reading.
    uri = path.absolute().as_uri() + "?mode=rw"
    return open_connection(
        uri, path, busy_timeout=busy_timeout, setup=refuse_another_programs, uri=True
    )


def _quoted(name: str) -> str:
    """A table name read from the file itself, which may have been crafted: quoted, not trusted."""
    return '"' + name.replace('"', '""') + '"'


# --- backup ------------------------------------------------------------------------------------


@dataclass
class BackupResult:
    path: str
    size_bytes: int
    schema_version: int


def backup_database(source: Path, target: Path, *, busy_timeout: float) -> BackupResult:
    """Copy ``source`` to ``target`` with SQLite's online backup, then check the copy.

    The copy is one consistent snapshot even while another process writes (the backup reads
    under one read transaction, and WAL lets writers go on). It is written under a temporary name
    in the target's folder, readable by its owner only, and put in place only once complete and
    checked (``files.replacing``), so a failed backup never leaves a half file nor spoils an
    older one, and never goes over the live database or its journal.
    """
    from thidua_cli.files import Kept, replacing

    kept = Kept(source)
    kept.refuse(target)
    conn = open_existing(source, busy_timeout=busy_timeout)
    try:
        with replacing(target, kept) as temporary:
            copy = sqlite3.connect(temporary, isolation_level=None)
            try:
                conn.backup(copy)
                # One self-contained file: no -wal beside it to forget when it is moved.
                copy.execute("PRAGMA journal_mode = DELETE")
                problems = [row[0] for row in copy.execute("PRAGMA quick_check")]
                version = int(copy.execute("PRAGMA user_version").fetchone()[0])
            finally:
                copy.close()
            if problems != ["ok"]:
                raise DatabaseError("backup.bad_copy", path=str(target), detail=problems[0])
            size = temporary.stat().st_size
        return BackupResult(str(target), size, version)
    except sqlite3.Error as exc:
        raise _backup_error(exc, source, target) from exc
    finally:
        conn.close()


def _backup_error(exc: sqlite3.Error, source: Path, target: Path) -> DatabaseError:
    """The file a failed copy is about: the backup when writing it failed, else the source."""
    from thidua_cli.store.db import translate

    text = str(exc).lower()
    folder = str(target.parent if str(target.parent) else Path("."))
    if "full" in text:
        return DatabaseError("files.cannot_write.no_space", path=str(target), folder=folder)
    if "disk i/o" in text or "readonly" in text or "unable to open" in text:
        return DatabaseError("backup.write_failed", path=str(target), reason=str(exc))
    return translate(exc, source)


# --- check -------------------------------------------------------------------------------------


@dataclass
class CheckReport:
    path: str
    size_bytes: int
    program_schema_version: int
    schema_version: int | None = None
    integrity: list[str] = field(default_factory=list)
    foreign_key_errors: int = 0
    tables: list[dict[str, Any]] = field(default_factory=list)
    history_missing: list[str] = field(default_factory=list)
    # (message key, parameters) of the first problem found; None when the database is sound.
    problem: tuple[str, dict[str, Any]] | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def schema_status(self) -> str:
        if self.schema_version is None:
            return "unknown"
        if self.schema_version > self.program_schema_version:
            return "newer"
        if self.schema_version < self.program_schema_version:
            return "older"
        return "current"


def check_database(path: Path, *, busy_timeout: float, quick: bool = False) -> CheckReport:
    """Integrity (SQLite's own check and the foreign keys), schema version, rows per table."""
    from thidua_cli.store.imports import missing_history
    from thidua_cli.store.schema import SCHEMA_VERSION

    conn = open_existing(path, busy_timeout=busy_timeout)
    report = CheckReport(str(path), path.stat().st_size, SCHEMA_VERSION)
    try:
        report.integrity = [
            str(row[0])
            for row in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")
        ]
        report.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        report.foreign_key_errors = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        names = [
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
            )
        ]
        report.tables = [
            {
                "table": name,
                "rows": conn.execute(f"SELECT count(*) FROM {_quoted(name)}").fetchone()[0],
            }
            for name in names
        ]
        if report.schema_status == "current":
            report.history_missing = missing_history(conn)
    except sqlite3.DatabaseError as exc:
        # A damaged file fails the check itself: that is the finding, not a crash.
        if report.integrity in ([], ["ok"]):
            report.integrity = [str(exc)]
        report.problem = ("dbcheck.problem.unreadable", {"reason": str(exc)})
        return report
    finally:
        conn.close()
    if report.integrity != ["ok"]:
        report.problem = ("dbcheck.problem.integrity", {"count": len(report.integrity)})
    elif report.foreign_key_errors:
        report.problem = ("dbcheck.problem.foreign_keys", {"count": report.foreign_key_errors})
    elif report.schema_status == "newer":
        report.problem = (
            "dbcheck.problem.newer",
            {"found": report.schema_version, "supported": SCHEMA_VERSION},
        )
    return report
