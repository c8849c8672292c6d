"""Opening the one SQLite file: pragmas, permissions, schema version, busy handling.

The hot commands (`check`, reports) open the database with the standard library alone; sqlite-utils
is imported only when migrations are pending, so a cron job starts fast.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from thidua_cli.errors import DatabaseError

DEFAULT_BUSY_TIMEOUT_S = 30.0


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def translate(exc: sqlite3.Error, path: Path | str) -> DatabaseError:
    """One clear sentence for an SQLite failure, by its cause."""
    text = str(exc).lower()
    if _is_busy(exc):
        return DatabaseError("db.busy", path=str(path))
    if "readonly" in text or "read-only" in text:
        return DatabaseError("db.read_only", path=str(path))
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseError("db.disk_full", path=str(path))
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DatabaseError("db.not_a_database", path=str(path))
    if "unable to open" in text:
        # A file that exists but cannot be opened is almost always one SQLite may not write
        # beside (WAL needs its -wal and -shm files next to it): say so, not "unable to open".
        if _is_read_only(Path(path)):
            return DatabaseError("db.read_only", path=str(path))
        return DatabaseError("db.cannot_open", path=str(path), reason=str(exc))
    return DatabaseError("db.error", path=str(path), reason=str(exc))


def _is_read_only(path: Path) -> bool:
    folder = path.parent if str(path.parent) else Path(".")
    return path.is_file() and not (os.access(path, os.W_OK) and os.access(folder, os.W_OK))


def _create_private(path: Path) -> None:
    """Create the file readable by its owner only: it holds citizens' names."""
    if path.exists():
        return
    if not path.parent.exists():
        raise DatabaseError("db.no_directory", path=str(path), directory=str(path.parent))
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise DatabaseError("db.cannot_open", path=str(path), reason=exc.strerror) from exc
    os.close(fd)


def connect(
    path: Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT_S, create: bool = False
) -> sqlite3.Connection:
    """Open and migrate the database at ``path``; only a command that writes (``create``) makes it.

    A command that only reads must not leave an empty database behind: a cron ``check`` run in the
    wrong folder would then report "nothing overdue" for ever instead of failing. An empty file
    is no database either (SQLite would quietly make it one).
    """
    if path.is_dir():
        raise DatabaseError("db.is_directory", path=str(path))
    if not create and (not path.exists() or path.stat().st_size == 0):
        raise DatabaseError("db.missing", path=str(path))
    if path.exists():
        refuse_foreign_file(path, busy_timeout=busy_timeout)
    _create_private(path)
    return open_connection(path, path, busy_timeout=busy_timeout, setup=_set_up)


def _set_up(conn: sqlite3.Connection, path: Path) -> None:
    conn.row_factory = sqlite3.Row
    _add_collations(conn)
    # Before anything is changed, the journal mode included: another program's file is refused as
    # it was found.
    refuse_foreign(conn, path)
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal" and os.access(path, os.W_OK):
        raise DatabaseError("db.cannot_open", path=str(path), reason=f"journal mode {mode}")
    conn.execute("PRAGMA synchronous = NORMAL")
    from thidua_cli.store import schema

    schema.ensure_current(conn, path)


def open_connection(
    target: str | Path,
    path: Path,
    *,
    busy_timeout: float,
    setup: Callable[[sqlite3.Connection, Path], None],
    uri: bool = False,
) -> sqlite3.Connection:
    """A connection to ``target`` (``path`` or a URI for it), made ready by ``setup``.

    Whatever fails on the way closes the connection, and an SQLite error becomes one sentence
    about ``path``.
    """
    conn: sqlite3.Connection | None = None
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so an import is one transaction.
        conn = sqlite3.connect(target, uri=uri, timeout=busy_timeout, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        setup(conn, path)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.Error):
            raise translate(exc, path) from exc
        raise
    return conn


def _add_collations(conn: sqlite3.Connection) -> None:
    """``ORDER BY name COLLATE vi`` sorts in Vietnamese alphabetical order (``text/sort.py``);
    ``COLLATE vi_name`` sorts people by given name."""
    from thidua_cli.text.sort import compare, compare_names

    conn.create_collation("vi", compare)
    conn.create_collation("vi_name", compare_names)


def refuse_foreign(conn: sqlite3.Connection, path: Path | str) -> None:
    """Refuse a file that holds tables but not thidua's schema: another program's database.

    thidua's mark is the record of its migrations (sqlite-utils' ``_sqlite_migrations``, set
    ``thidua``), written in the same transaction as the tables since the first version. A file
    with no schema at all (new, or empty) is thidua's to set up. ``user_version`` proves nothing:
    other programs number their schemas too.
    """
    if conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is None:
        return
    record = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if record is None:
        raise DatabaseError("db.foreign", path=str(path))
    mark = "SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'thidua' LIMIT 1"
    if conn.execute(mark).fetchone() is None:
        raise DatabaseError("db.foreign", path=str(path))


def refuse_foreign_file(path: Path, *, busy_timeout: float) -> None:
    """``refuse_foreign`` before any read-write connection opens the file.

    Closing the last read-write connection to a database in WAL mode checkpoints its ``-wal``
    into the file and deletes it: another program's database left with a ``-wal`` (that program
    killed, or still running) would be changed by the very opening that refuses it. So the file
    is looked at without writing: read-only, through its ``-wal``, when a ``-wal`` or ``-shm``
    lies beside it (a database in use: thidua's own, another program's); else as immutable,
    which makes no ``-wal`` nor ``-shm`` beside a file that had none (it takes no lock either,
    which is safe only there, where no process writes through a ``-wal``). A file that cannot be
    read so (damaged, a hot journal only a writer may roll back) is left to the opening that
    follows, which says what is wrong with it.
    """
    in_use = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm"))
    mode = "mode=ro" if in_use else "immutable=1"
    with contextlib.suppress(sqlite3.Error):
        _has_schema(f"{path.absolute().as_uri()}?{mode}", path, busy_timeout)


def _has_schema(uri: str, path: Path, busy_timeout: float) -> bool:
    """Whether the file at ``uri`` holds a schema; raises ``db.foreign`` when it is not ours."""
    conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout)
    try:
        refuse_foreign(conn, path)
        return conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None
    finally:
        conn.close()


def tighten_permissions(path: Path) -> str | None:
    """Make the database and its journal (-wal, -shm) readable by their owner only.

    A file made by an earlier version, copied with ``cp``, or made under a loose umask may be
    readable by every user of the machine; it holds citizens' names. Returns the old mode (as
    ``644``) when it changed something, else None. Another user's file is left as it is (only its
    owner may change it).
    """
    old: str | None = None
    for name in (str(path), f"{path}-wal", f"{path}-shm"):
        try:
            found = os.stat(name)
            mode = stat.S_IMODE(found.st_mode)
            if mode & 0o077 and found.st_uid == os.geteuid():
                os.chmod(name, mode & 0o700)
                old = old or f"{mode:o}"
        except OSError:
            continue  # no journal yet, or not ours to change
    return old


@contextmanager
def transaction(conn: sqlite3.Connection, path: Path | str = "") -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error.

    IMMEDIATE takes the write lock at the start, so two writers queue on the busy timeout instead of
    one failing half-way with SQLITE_BUSY on lock upgrade.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    # SQLite itself rolls the whole transaction back on some errors (a full disk, an I/O error):
    # a second ROLLBACK would then fail and hide the real cause.
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise translate(exc, path) from exc
