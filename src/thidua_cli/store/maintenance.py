"""Keeping the database safe: an online backup, and a check of integrity, schema and contents.

Both open the file as it is: no migration, no creation. A backup taken before an upgrade must be
the old file, and a check must report what is there, not what opening it would make of it.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from thidua_cli.errors import DatabaseError, UsageError

# SQLite keeps these beside the database; writing over one of them corrupts the live file.
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def open_existing(path: Path, *, busy_timeout: float) -> sqlite3.Connection:
    """The database at ``path`` as it is; a missing file is an error, never created."""
    if path.is_dir():
        raise DatabaseError("db.is_directory", path=str(path))
    if not path.exists():
        raise DatabaseError("db.missing", path=str(path))
    # mode=rw never creates the file; a write-protected file still opens for reading.
    uri = path.absolute().as_uri() + "?mode=rw"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    except sqlite3.Error as exc:
        from thidua_cli.store.db import translate

        raise translate(exc, path) from exc
    return conn


def _quoted(name: str) -> str:
    """A table name read from the file itself, which may have been crafted: quoted, not trusted."""
    return '"' + name.replace('"', '""') + '"'


# --- backup ------------------------------------------------------------------------------------


@dataclass
class BackupResult:
    path: str
    size_bytes: int
    schema_version: int


def _is_live_file(source: Path, target: Path) -> bool:
    live = os.path.realpath(source)
    wanted = os.path.realpath(target)
    if any(wanted == live + suffix for suffix in _COMPANIONS):
        return True
    try:
        return target.exists() and os.path.samefile(source, target)
    except OSError:
        return False


def backup_database(source: Path, target: Path, *, busy_timeout: float) -> BackupResult:
    """Copy ``source`` to ``target`` with SQLite's online backup, then check the copy.

    The copy is one consistent snapshot even while another process writes (the backup reads
    under one read transaction, and WAL lets writers go on). It is written under a temporary name
    in the target's folder, readable by its owner only, and renamed over ``target`` only once
    complete and checked, so a failed backup never leaves a half file nor spoils an older one.
    """
    if target.is_dir():
        raise UsageError("backup.is_directory", path=str(target))
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise UsageError("backup.no_directory", path=str(target), directory=str(directory))
    if _is_live_file(source, target):
        raise UsageError("backup.same_file", path=str(target))
    conn = open_existing(source, busy_timeout=busy_timeout)
    temporary: str | None = None
    try:
        fd, temporary = tempfile.mkstemp(prefix=".thidua-backup-", suffix=".db", dir=directory)
        os.close(fd)
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
        os.replace(temporary, target)
        temporary = None
        return BackupResult(str(target), target.stat().st_size, version)
    except sqlite3.Error as exc:
        from thidua_cli.store.db import translate

        raise translate(exc, source) from exc
    except OSError as exc:
        raise DatabaseError(
            "backup.write_failed", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    finally:
        conn.close()
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)


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
