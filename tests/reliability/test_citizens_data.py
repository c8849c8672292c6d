"""Citizens' data: the database (and its journal, and its backups) readable by the owner only, and
no user text ever read as SQL.

Every f-string SQL in ``store/`` was reviewed: values always travel as parameters, and the only
names put into SQL text are the program's own (import kinds' tables and fields, ``int()``
numbers), a user's choice looked up in a fixed table (``form06 --by``, ``satisfaction --by``),
or names read from the schema and quoted (history tables, ``db check``). ``--map`` only picks a
file column and never reaches SQL. The tests below try the user-reachable ones with hostile text.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Cli, dossier
from reliability.conftest import program_env
from thidua_cli.errors import UsageError
from thidua_cli.store import queries, satisfaction
from thidua_cli.store.db import connect
from thidua_cli.store.imports import _quote

HOSTILE = "field; DROP TABLE dossiers"
INJECTIONS = [
    HOSTILE,
    "x' OR '1'='1",
    "'); DROP TABLE dossiers; --",
    "d.officer) FROM dossiers; DROP TABLE dossiers; --",
]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _tables(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master ORDER BY name")]
    conn.close()
    return names


@pytest.fixture
def populated(with_procedures: Cli, make_dossiers) -> Cli:
    cli = with_procedures
    rows = [
        dossier("H29-1", "01/06/2021", officer="Lê Thị Mai", finished="03/06/2021"),
        dossier("H29-2", "02/06/2021", officer="Phan Văn Tùng"),
    ]
    assert cli("import", "dossiers", str(make_dossiers(rows))).exit_code == 0
    return cli


def test_the_database_and_its_journal_are_the_owners_only_whatever_the_umask(
    tmp_path: Path,
) -> None:
    db = tmp_path / "thidua.db"
    # With umask 0 every file SQLite makes by itself would be readable by all (0644 or more).
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "thidua_cli",
            "--db",
            str(db),
            "config",
            "set",
            "supplement_policy",
            "restart",
        ],
        capture_output=True,
        text=True,
        env=program_env(),
        preexec_fn=lambda: os.umask(0),
    )
    assert done.returncode == 0, done.stderr
    assert _mode(db) == 0o600
    conn = connect(db, create=True)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO settings (key, value) VALUES ('probe', 'x')")
        for companion in (Path(f"{db}-wal"), Path(f"{db}-shm")):
            assert companion.exists() and _mode(companion) == 0o600, companion
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def test_a_backup_is_the_owners_only_whatever_the_umask(populated: Cli, tmp_path: Path) -> None:
    copy = tmp_path / "sao-luu.db"
    done = subprocess.run(
        [sys.executable, "-m", "thidua_cli", "--db", str(populated.db), "backup", str(copy)],
        capture_output=True,
        text=True,
        env=program_env(),
        preexec_fn=lambda: os.umask(0),
    )
    assert done.returncode == 0, done.stderr
    assert _mode(copy) == 0o600


@pytest.mark.parametrize("value", INJECTIONS)
def test_a_hostile_grouping_is_refused_before_any_sql(populated: Cli, value: str) -> None:
    before = _tables(populated.db)
    for command in ("form06", "satisfaction"):
        result = populated(
            "report", command, "--from", "2021-06-01", "--to", "2021-06-30", "--by", value
        )
        assert result.exit_code == 2, (command, result.stderr)
        assert "Traceback" not in result.stderr
    assert _tables(populated.db) == before
    assert populated.rows("SELECT count(*) FROM dossiers") == [(2,)]


@pytest.mark.parametrize("value", INJECTIONS)
def test_the_store_itself_checks_a_grouping_against_its_list(populated: Cli, value: str) -> None:
    """The commands check first; the store checks again, for any other caller."""
    from datetime import date

    conn = connect(populated.db, create=True)
    try:
        with pytest.raises(UsageError):
            queries.form06(conn, date(2021, 6, 1), date(2021, 6, 30), value)
        with pytest.raises(UsageError):
            satisfaction.satisfaction_by(conn, value)
    finally:
        conn.close()


@pytest.mark.parametrize("value", INJECTIONS)
def test_hostile_filters_are_plain_values(populated: Cli, value: str) -> None:
    for option in ("--officer", "--unit", "--procedure"):
        assert populated.json("dossiers", "--as-of", "2021-06-30", option, value) == []
    assert populated("dossiers", "--status", value).exit_code == 2
    assert populated("config", "set", value, "restart").exit_code == 2
    assert populated("calendar", "set", "2021-06-03", "off", "--note", value).exit_code == 0
    assert populated.rows("SELECT note FROM calendar_overrides") == [(value,)]
    assert populated.rows("SELECT count(*) FROM dossiers") == [(2,)]


@pytest.mark.parametrize("value", INJECTIONS)
def test_a_hostile_mapping_is_refused_or_only_picks_a_column(
    populated: Cli, make_dossiers, value: str
) -> None:
    export = make_dossiers([dossier("H29-3", "03/06/2021")], name="them.csv")
    before = _tables(populated.db)
    unknown_column = populated("import", "dossiers", str(export), "--map", f"{value}=Mã hồ sơ")
    assert unknown_column.exit_code == 2
    unknown_header = populated("import", "dossiers", str(export), "--map", f"code={value}")
    assert unknown_header.exit_code == 3
    assert _tables(populated.db) == before
    assert populated.rows("SELECT count(*) FROM dossiers") == [(2,)]


def test_hostile_cells_and_headers_are_stored_as_text(populated: Cli, tmp_path: Path) -> None:
    from conftest import write_csv

    header = ["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", f'{HOSTILE}"; --']
    rows = [[value, value, "04/06/2021", value] for value in INJECTIONS]
    result = populated("import", "dossiers", str(write_csv(tmp_path / "x.csv", header, rows)))
    assert result.exit_code == 0, result.stderr
    stored = populated.rows("SELECT code, procedure FROM dossiers WHERE received_on = '2021-06-04'")
    assert sorted(stored) == sorted((value, value) for value in INJECTIONS)
    assert "dossiers" in _tables(populated.db)


def test_schema_names_are_refused_not_escaped() -> None:
    assert _quote("dossiers") == '"dossiers"'
    for bad in ('x"; DROP TABLE dossiers; --', "a b", "", "1abc"):
        with pytest.raises(ValueError):
            _quote(bad)


def test_db_check_counts_a_crafted_table_name_without_running_it(tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    cli = Cli(db).create()
    assert cli("check", "--as-of", "2021-06-01").exit_code == 0
    crafted = 'x" ; DROP TABLE imports; --'
    with sqlite3.connect(db) as conn:
        conn.execute(f'CREATE TABLE "{crafted.replace(chr(34), chr(34) * 2)}" (a)')
        conn.execute(f'INSERT INTO "{crafted.replace(chr(34), chr(34) * 2)}" VALUES (1)')
    conn.close()
    report = cli.json("db", "check")
    assert {"table": crafted, "rows": 1} in report["tables"]
    assert "imports" in _tables(db)
