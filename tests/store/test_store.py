"""The store at its seam: a real SQLite file in a temporary folder, no command line."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from thidua_cli.errors import DatabaseError
from thidua_cli.store import schema
from thidua_cli.store.db import connect, transaction
from thidua_cli.store.writer import DuplicateGuard, UpsertTable


def test_a_new_database_is_migrated_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    conn = connect(path, busy_timeout=2.5, create=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 2500
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == [name for name, _ in schema.MIGRATIONS]
    conn.close()


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    connect(path, create=True).close()
    conn = connect(path, create=True)
    assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(
        schema.MIGRATIONS
    )
    conn.close()


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    connect(path, create=True).close()
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        connect(path, create=True)
    assert caught.value.key == "db.newer_schema"
    assert caught.value.exit_code == 3
    assert path.read_bytes() == before


def test_a_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        connect(tmp_path / "nowhere" / "t.db", create=True)
    assert caught.value.key == "db.no_directory"


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.db", create=True)
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
        raise RuntimeError("stop")
    assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    conn.close()


@pytest.fixture
def table() -> tuple[sqlite3.Connection, UpsertTable]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT UNIQUE, a TEXT, import_id INTEGER, "
        "import_line INTEGER)"
    )
    return conn, UpsertTable("t", ("code", "a", "import_line"), ("code",))


def test_upsert_touches_only_changed_rows(table: tuple[sqlite3.Connection, UpsertTable]) -> None:
    conn, spec = table
    conn.executemany(spec.upsert_sql(1), [("x", "1", 2), ("y", "1", 3)])
    conn.executemany(spec.upsert_sql(2), [("x", "1", 2), ("y", "2", 3)])
    assert conn.execute("SELECT code, a, import_id FROM t ORDER BY code").fetchall() == [
        ("x", "1", 1),  # unchanged: still the first import's
        ("y", "2", 2),
    ]


def test_duplicate_guard_keeps_the_first_row_and_reports_both_lines(
    table: tuple[sqlite3.Connection, UpsertTable],
) -> None:
    conn, spec = table
    guard = DuplicateGuard(conn, spec, 7)
    conn.executemany(spec.upsert_sql(7), [("x", "1", 2), ("x", "1", 3), ("x", "2", 4)])
    assert guard.new_duplicates() == [("x", 2, 4)]  # the identical repeat on line 3 is harmless
    assert guard.new_duplicates() == []
    guard.close()
    assert conn.execute("SELECT a, import_line FROM t").fetchall() == [("1", 2)]


def test_a_calendar_rebuild_outside_a_transaction_is_one_transaction(tmp_path: Path) -> None:
    """``check`` on a new database may build the calendar while an import builds it too.

    The rebuild must be atomic: another connection sees the whole old table until it commits, and
    a second builder waits for it instead of mixing its rows in.
    """
    from datetime import date

    from thidua_cli.store.calendar import ensure_workdays, set_override

    path = tmp_path / "t.db"
    builder = connect(path, create=True)
    ensure_workdays(builder)
    days = builder.execute("SELECT count(*) FROM workdays").fetchone()[0]
    set_override(builder, date(2021, 6, 5), "work", "make-up day")  # the stamp no longer matches
    reader = connect(path, create=True)
    seen: list[int] = []

    def watch(statement: str) -> None:
        if statement.startswith("INSERT INTO workdays"):
            seen.append(reader.execute("SELECT count(*) FROM workdays").fetchone()[0])

    builder.set_trace_callback(watch)
    assert ensure_workdays(builder) is True
    builder.set_trace_callback(None)
    assert seen and set(seen) == {days}
    assert not builder.in_transaction
    assert ensure_workdays(reader) is False  # built once, stamped once
    row = reader.execute("SELECT working FROM workdays WHERE day = '2021-06-05'").fetchone()
    assert row[0] == 1
    builder.close()
    reader.close()


def test_no_report_query_walks_the_whole_table_in_code_order(tmp_path: Path) -> None:
    """Lists sorted by code sort what they found: walking the unique code index instead reads
    every dossier in random order (seconds on a city's million)."""
    from datetime import date

    from thidua_cli.store.compliance import Scope, without_deadline
    from thidua_cli.store.queries import check, form06

    conn = connect(tmp_path / "t.db", create=True)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    june = (date(2021, 6, 1), date(2021, 6, 30))
    form06(conn, *june, "unit")
    without_deadline(conn, Scope(*june), 10)
    check(conn, date(2021, 6, 30), 3)
    conn.set_trace_callback(None)
    plans = {
        sql: " | ".join(str(row[3]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
        for sql in statements
        if sql.lstrip().upper().startswith("SELECT") and "dossiers" in sql
    }
    assert len(plans) >= 4
    walks = {
        sql: plan for sql, plan in plans.items() if "SCAN d USING INDEX sqlite_autoindex" in plan
    }
    assert walks == {}
    conn.close()
