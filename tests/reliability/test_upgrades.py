"""Databases written by each earlier schema version open in this one with every row intact.

The files in ``tests/fixtures`` were made by ``make_old_databases.py`` with the migrations of
their version; opening one with the current program migrates it.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path
from types import ModuleType

import pytest

from conftest import Cli
from thidua_cli.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VERSIONS = list(range(1, SCHEMA_VERSION))
# Tables the program rebuilds or appends to by itself: their old rows stay, new ones may come.
DERIVED = {"meta", "workdays", "_sqlite_migrations"}
# Created by the first version for undo and never written; the history tables replaced it.
RETIRED = {"dossier_history"}
# Columns a migration rewrites or retires, by table: 0010 keys answers by what a corrected export
# cannot change, and reads an answer's unit from its dossier instead of keeping a copy.
REWRITTEN = {"surveys": {"survey_key", "unit"}}


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_old_databases", FIXTURES / "make_old_databases.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _contents(db: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """Every table's column names and rows (sorted: ``workdays`` has no rowid to order by)."""
    with sqlite3.connect(db) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        found = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            found[table] = (columns, sorted(rows, key=repr))
    conn.close()
    return found


def _schema(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
        ).fetchall()
    conn.close()
    return rows


def test_every_earlier_version_has_its_database() -> None:
    assert sorted(p.name for p in FIXTURES.glob("schema-v*.db")) == sorted(
        f"schema-v{version}.db" for version in VERSIONS
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_a_released_migration_was_never_edited(version: int, tmp_path: Path) -> None:
    """The migrations of version k still build the schema that version's databases have."""
    rebuilt = tmp_path / "rebuilt.db"
    _maker().build(version, rebuilt)
    assert _schema(rebuilt) == _schema(FIXTURES / f"schema-v{version}.db")


@pytest.mark.parametrize("version", VERSIONS)
def test_an_older_database_opens_with_every_row_intact(version: int, tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    shutil.copyfile(FIXTURES / f"schema-v{version}.db", db)
    before = _contents(db)
    assert all(not before[t][1] for t in RETIRED if t in before), "retired tables held rows"

    cli = Cli(db)
    result = cli("--lang", "en", "check", "--as-of", "2021-06-15", "--format", "json")
    assert result.exit_code in (0, 1), result.stderr

    after = _contents(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    for table, (columns, rows) in before.items():
        if table in RETIRED:
            assert table not in after
            continue
        new_columns, new_rows = after[table]
        # Same values in the columns the old version had; later columns may follow them.
        compared = [n for n, c in enumerate(columns) if c not in REWRITTEN.get(table, ())]
        rows = sorted((tuple(row[n] for n in compared) for row in rows), key=repr)
        kept = sorted(
            (tuple(row[new_columns.index(columns[n])] for n in compared) for row in new_rows),
            key=repr,
        )
        if table in DERIVED:
            assert set(rows) <= set(kept), table
        else:
            assert kept == rows, table
    assert before["dossiers"][1], "the fixture holds dossiers"
    if "surveys" in before:
        with sqlite3.connect(db) as conn:
            keys = conn.execute("SELECT survey_key FROM surveys ORDER BY id").fetchall()
        conn.close()
        assert keys == [
            ("2021-06-03\x1f000.00.21.H29-210601-0001\x1fPhan Phương Loan\x1f\x1f1",),
            ("2021-06-18\x1f000.00.21.H29-210607-0003\x1fĐinh Tấn Khang\x1f\x1f1",),
        ]
    listed = cli.json("dossiers", "--as-of", "2021-06-15")
    assert {d["code"] for d in listed} == {row[1] for row in before["dossiers"][1]}


@pytest.mark.parametrize("version", VERSIONS)
def test_an_upgraded_database_keeps_working_and_refuses_to_undo_old_imports(
    version: int, tmp_path: Path, make_dossiers
) -> None:
    db = tmp_path / "thidua.db"
    shutil.copyfile(FIXTURES / f"schema-v{version}.db", db)
    cli = Cli(db)
    old = cli("--lang", "en", "imports", "undo", "2")
    assert old.exit_code == 3
    assert "an older version made it" in " ".join(old.stderr.split())
    changed = make_dossiers(
        [
            {
                "Mã hồ sơ": "000.00.21.H29-210607-0003",
                "Tên thủ tục": "Chuyển trường đối với học sinh trung học cơ sở",
                "Ngày tiếp nhận": "07/06/2021 09:00",
                "Ngày hẹn trả": "10/06/2021",
                "Ngày có kết quả": "11/06/2021",
                "Cán bộ xử lý": "Đinh Tấn Khang",
            }
        ]
    )
    result = cli("import", "dossiers", str(changed))
    assert result.exit_code == 0, result.stderr
    assert cli.rows("SELECT finish_on FROM dossiers WHERE id = 2") == [("2021-06-11",)]
    new_id = cli.rows("SELECT max(id) FROM imports")[0][0]
    assert cli("imports", "undo", str(new_id)).exit_code == 0
    assert cli.rows("SELECT finish_on, import_id, note FROM dossiers WHERE id = 2") == [
        (None, 2, "Hẹn lại do thiếu hồ sơ gốc")
    ]


def test_an_upgraded_database_has_the_indexes_of_a_new_one(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / f"schema-v{VERSIONS[0]}.db", old)
    new = tmp_path / "new.db"
    Cli(new).create()
    for db in (old, new):
        assert Cli(db)("imports").exit_code == 0

    def indexes(db: Path) -> set[tuple[str, str]]:
        with sqlite3.connect(db) as conn:
            rows = conn.execute(
                "SELECT tbl_name, name FROM sqlite_master "
                "WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'"
            ).fetchall()
        conn.close()
        return {(table, name) for table, name in rows}

    assert indexes(old) == indexes(new)
    assert ("dossiers", "dossiers_received") in indexes(new)
    assert not {name for _, name in indexes(new)} & {"dossiers_open", "surveys_officer"}
