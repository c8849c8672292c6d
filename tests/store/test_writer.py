"""The import's writer at its seam: batches, derived columns and the settings an import uses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from thidua_cli.importing.kinds import dossiers, procedures
from thidua_cli.store.db import connect
from thidua_cli.store.writer import (
    IMPORT_CACHE_KIB,
    BatchWriter,
    DuplicateGuard,
    UpsertTable,
    import_settings,
)


@pytest.fixture
def table() -> tuple[sqlite3.Connection, UpsertTable]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT UNIQUE, a TEXT, import_id INTEGER, "
        "import_line INTEGER)"
    )
    return conn, UpsertTable("t", ("code", "a", "import_line"), ("code",))


def _rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute("SELECT code, a, import_id, import_line FROM t ORDER BY code").fetchall()


def test_new_keys_are_inserted_and_known_ones_upserted(
    table: tuple[sqlite3.Connection, UpsertTable],
) -> None:
    conn, spec = table
    BatchWriter(conn, spec, 1).write([("x", "1", 2), ("y", "1", 3)])
    second = BatchWriter(conn, spec, 2)
    second.write([("x", "1", 2), ("y", "2", 3), ("z", "1", 4)])
    assert _rows(conn) == [
        ("x", "1", 1, 2),  # unchanged: still the first import's
        ("y", "2", 2, 3),
        ("z", "1", 2, 4),
    ]
    # Two of three keys were known: the next batches go straight to the upsert.
    assert not second.insert_first


def test_a_batch_of_new_keys_keeps_inserting_first(
    table: tuple[sqlite3.Connection, UpsertTable],
) -> None:
    conn, spec = table
    writer = BatchWriter(conn, spec, 1)
    writer.write([("a", "1", 2), ("b", "1", 3)])
    writer.write([("c", "1", 4), ("a", "1", 5), ("d", "1", 6)])  # one repeat, same content
    assert writer.insert_first
    assert [r[0] for r in _rows(conn)] == ["a", "b", "c", "d"]


def test_a_key_twice_in_one_import_is_still_caught_by_the_guard(
    table: tuple[sqlite3.Connection, UpsertTable],
) -> None:
    conn, spec = table
    guard = DuplicateGuard(conn, spec, 7)
    writer = BatchWriter(conn, spec, 7)
    writer.write([("x", "1", 2), ("y", "1", 3)])
    writer.write([("x", "2", 9), ("x", "1", 10)])
    assert guard.new_duplicates() == [("x", 2, 9)]
    guard.close()
    assert _rows(conn) == [("x", "1", 7, 2), ("y", "1", 7, 3)]


def test_empty_strings_are_stored_as_null(table: tuple[sqlite3.Connection, UpsertTable]) -> None:
    conn, spec = table
    BatchWriter(conn, spec, 1).write([("x", "", 2), ("y", None, 3)])
    assert conn.execute("SELECT count(*) FROM t WHERE a IS NULL").fetchone()[0] == 2


FIELDS = dossiers.KIND.fields
# The dossiers' upsert as the pipeline builds it from the kind's declaration.
DOSSIERS = UpsertTable(
    "dossiers", FIELDS, dossiers.KIND.key, dossiers.KIND.derived, dossiers.KIND.inputs
)


def _dossier(**values: object) -> tuple[object, ...]:
    row: dict[str, object] = dict.fromkeys(FIELDS, "")
    row.update(code="H29-1", procedure="P", procedure_key="p", state="processing", apology=0)
    row.update(received_at="2021-06-01 09:00:00", import_line=2)
    row.update(values)
    return tuple(row[name] for name in FIELDS)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (
            {"due_recorded": "2021-06-04", "finished_at": "2021-06-03 10:00:00"},
            ("2021-06-01", "2021-06-03", "2021-06-04", "recorded"),
        ),
        (
            {"due_computed": "2021-06-07", "returned_at": "2021-06-08 08:00:00"},
            ("2021-06-01", "2021-06-08", "2021-06-07", "computed"),
        ),
        ({}, ("2021-06-01", None, None, None)),
    ],
)
def test_the_store_derives_the_day_parts_and_the_deadline(
    tmp_path: Path, values: dict[str, object], expected: tuple[object, ...]
) -> None:
    conn = connect(tmp_path / "t.db", create=True)
    conn.execute("INSERT INTO imports (id, kind, file_name, sha256, imported_at) VALUES "
                 "(1, 'dossiers', 'f.csv', 'x', '2021-07-01T08:00:00')")  # fmt: skip
    BatchWriter(conn, DOSSIERS, 1).write([_dossier(**values)])
    stored = conn.execute(
        "SELECT received_on, finish_on, due_date, due_source FROM dossiers"
    ).fetchone()
    assert tuple(stored) == expected
    conn.close()


def test_an_import_sets_its_cache_and_skips_vocabulary_checks_then_puts_both_back(
    tmp_path: Path,
) -> None:
    conn = connect(tmp_path / "t.db", create=True)
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    with import_settings(conn, trust_checks=dossiers.KIND.trusted_checks):
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -IMPORT_CACHE_KIB
        assert conn.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 1
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == before
    assert conn.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        BatchWriter(conn, DOSSIERS, 99).write([_dossier()])
    conn.execute("INSERT INTO imports (id, kind, file_name, sha256, imported_at) VALUES "
                 "(1, 'dossiers', 'f.csv', 'x', '2021-07-01T08:00:00')")  # fmt: skip
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        BatchWriter(conn, DOSSIERS, 1).write([_dossier(channel="by pigeon")])
    conn.close()


def test_tables_without_a_vocabulary_checker_keep_their_checks(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.db", create=True)
    with import_settings(conn, trust_checks=procedures.KIND.trusted_checks):
        assert conn.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute("INSERT INTO procedures (name, name_key, days) VALUES ('P', 'p', -1)")
    conn.close()
