"""Backups (`thidua backup`), the database check (`thidua db check`) and undoing one import
(`thidua imports undo`)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Cli, dossier, write_csv
from reliability.conftest import (
    SAMPLE,
    file_digest,
    integrity,
    program_env,
    run_thidua,
    write_generated,
)
from thidua_cli.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# What an import writes; the record of imports and the history change with every import.
DATA_TABLES = (
    "dossiers",
    "procedures",
    "surveys",
    "staff",
    "initiatives",
    "complaints",
    "enrollment",
)


def _data(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        found = {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in DATA_TABLES}
    conn.close()
    return found


def _one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def month(with_procedures: Cli, tmp_path: Path) -> Cli:
    export = write_generated(tmp_path / "thang-6.csv", 200)
    assert with_procedures("import", "dossiers", str(export)).exit_code == 0
    return with_procedures


# --- backup --------------------------------------------------------------------------------------


def test_a_backup_is_a_checked_single_file_copy(month: Cli, tmp_path: Path) -> None:
    copy = tmp_path / "sao-luu" / "thidua-2021-07-01.db"
    copy.parent.mkdir()
    result = month("--lang", "en", "backup", str(copy))
    assert result.exit_code == 0, result.stderr
    assert _one_line(result.stderr).endswith(f"schema {SCHEMA_VERSION}, integrity check: ok).")
    assert _data(copy) == _data(month.db)
    assert integrity(copy) == "ok"
    again = month("backup", str(tmp_path / "ban-sao.db"))
    assert _one_line(again.stderr).endswith("kiểm tra toàn vẹn: không có lỗi).")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    # Only the backup itself is left in the folder: no temporary file, no journal.
    assert [p.name for p in copy.parent.iterdir()] == [copy.name]


def test_a_backup_replaces_an_older_one_whole(month: Cli, tmp_path: Path) -> None:
    copy = tmp_path / "sao-luu.db"
    copy.write_bytes(b"an older backup")
    assert month("backup", str(copy)).exit_code == 0
    assert _data(copy) == _data(month.db)


@pytest.mark.parametrize("target", ["same", "relative", "link", "wal", "shm"])
def test_a_backup_never_overwrites_the_live_database(
    month: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    monkeypatch.chdir(tmp_path)
    paths = {
        "same": str(month.db),
        "relative": os.path.relpath(month.db, tmp_path),
        "link": str(tmp_path / "link.db"),
        "wal": f"{month.db}-wal",
        "shm": f"{month.db}-shm",
    }
    (tmp_path / "link.db").symlink_to(month.db)
    before = file_digest(month.db)
    result = month("--lang", "en", "backup", paths[target])
    assert result.exit_code == 2
    assert "it is the live database" in _one_line(result.stderr)
    assert file_digest(month.db) == before
    assert integrity(month.db) == "ok"


def test_backup_refusals_are_one_sentence(month: Cli, tmp_path: Path) -> None:
    folder = month("--lang", "en", "backup", str(tmp_path))
    assert folder.exit_code == 2 and "is a folder" in folder.stderr
    missing = month("--lang", "en", "backup", str(tmp_path / "khong-co" / "x.db"))
    assert missing.exit_code == 2 and "does not exist" in _one_line(missing.stderr)
    nothing = Cli(tmp_path / "chua-co.db")("--lang", "en", "backup", str(tmp_path / "x.db"))
    assert nothing.exit_code == 3 and "There is no database" in _one_line(nothing.stderr)
    assert not (tmp_path / "chua-co.db").exists() and not (tmp_path / "x.db").exists()


def test_a_backup_of_an_older_database_is_not_upgraded(tmp_path: Path) -> None:
    """A backup taken before an upgrade must be the old file, as it was."""
    db = tmp_path / "cu.db"
    shutil.copyfile(FIXTURES / "schema-v1.db", db)
    before = file_digest(db)
    copy = tmp_path / "sao-luu.db"
    assert Cli(db)("backup", str(copy)).exit_code == 0
    assert file_digest(db) == before
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 3
    conn.close()


def test_a_backup_taken_while_another_process_writes_is_one_consistent_moment(
    month: Cli, tmp_path: Path
) -> None:
    export = write_generated(tmp_path / "lon.csv", 20_000, prefix="W")
    writer = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "thidua_cli",
            "--db",
            str(month.db),
            "import",
            "dossiers",
            str(export),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=program_env(),
    )
    copies: list[Path] = []
    try:
        while writer.poll() is None or not copies:
            copy = tmp_path / f"sao-luu-{len(copies)}.db"
            result = run_thidua(month.db, "backup", str(copy))
            assert result.returncode == 0, result.stderr
            copies.append(copy)
    finally:
        assert writer.wait(timeout=300) == 0, writer.stderr.read() if writer.stderr else ""
    for copy in copies:
        assert integrity(copy) == "ok"
        with sqlite3.connect(copy) as conn:
            dossiers = conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
            imports = conn.execute("SELECT count(*) FROM imports").fetchone()[0]
        conn.close()
        # The import is in a copy whole, with its record, or not at all.
        assert (dossiers, imports) in ((200, 2), (20_200, 3)), copy


# --- db check ------------------------------------------------------------------------------------


def test_db_check_reports_integrity_schema_and_rows(month: Cli) -> None:
    result = month("--lang", "en", "db", "check", "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["integrity"] == ["ok"]
    assert report["schema_version"] == SCHEMA_VERSION and report["schema"] == "current"
    assert report["foreign_key_errors"] == 0 and report["history_missing"] == []
    rows = {t["table"]: t["rows"] for t in report["tables"]}
    assert rows["dossiers"] == 200 and rows["procedures"] == 4 and rows["imports"] == 2
    table = month("--lang", "en", "db", "check")
    assert table.exit_code == 0 and "Integrity: ok" in table.stdout
    # SQLite's "ok" is said in the clerk's language.
    vietnamese = month("db", "check")
    assert "✓ Toàn vẹn: không có lỗi" in vietnamese.stdout and ": ok" not in vietnamese.stdout


def _damage(db: Path, table: str) -> None:
    """Overwrite the middle of ``table``'s first page, as a bad disk sector would."""
    with sqlite3.connect(db) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with db.open("r+b") as handle:
        handle.seek((root[0] - 1) * page_size + page_size // 2)
        handle.write(b"\xa5" * 64)


def test_db_check_exits_3_on_a_damaged_file(month: Cli) -> None:
    _damage(month.db, "dossiers_received")
    result = month("--lang", "en", "db", "check", "--format", "json")
    assert result.exit_code == 3
    assert json.loads(result.stdout)["ok"] is False
    assert "failed the check" in result.stderr and "restore the latest backup" in result.stderr
    assert "Traceback" not in result.stderr


def test_db_check_exits_3_on_broken_foreign_keys(month: Cli) -> None:
    with sqlite3.connect(month.db) as conn:
        conn.execute("UPDATE dossiers SET import_id = 999 WHERE id = 1")
    conn.close()
    result = month("--lang", "en", "db", "check", "--format", "json")
    assert result.exit_code == 3
    assert json.loads(result.stdout)["foreign_key_errors"] == 1
    assert "1 broken foreign keys" in _one_line(result.stderr)


def test_db_check_reads_an_older_file_without_upgrading_it(tmp_path: Path) -> None:
    db = tmp_path / "cu.db"
    shutil.copyfile(FIXTURES / "schema-v1.db", db)
    before = file_digest(db)
    report = Cli(db).json("db", "check")
    assert (report["schema_version"], report["schema"], report["ok"]) == (1, "older", True)
    assert file_digest(db) == before


def test_db_check_refuses_a_newer_file_and_a_missing_one(month: Cli, tmp_path: Path) -> None:
    with sqlite3.connect(month.db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    newer = month("--lang", "en", "db", "check")
    assert newer.exit_code == 3 and "upgrade thidua" in _one_line(newer.stderr)
    missing = Cli(tmp_path / "khong-co.db")("db", "check")
    assert missing.exit_code == 3 and not (tmp_path / "khong-co.db").exists()


def test_db_check_names_a_table_whose_history_is_missing(month: Cli) -> None:
    with sqlite3.connect(month.db) as conn:
        conn.execute("DROP TRIGGER keep_history_dossiers")
    conn.close()
    report = month.json("db", "check")
    assert report["history_missing"] == ["dossiers"]


# --- undo ----------------------------------------------------------------------------------------


def _import(cli: Cli, path: Path, kind: str = "dossiers") -> int:
    result = cli("import", kind, str(path))
    assert result.exit_code == 0, result.stderr
    return int(cli.rows("SELECT max(id) FROM imports")[0][0])


def test_undo_deletes_exactly_what_an_import_inserted(month: Cli, tmp_path: Path) -> None:
    before = _data(month.db)
    more = _import(month, write_generated(tmp_path / "them.csv", 50, prefix="N"))
    assert len(_data(month.db)["dossiers"]) == 250
    result = month("--lang", "en", "imports", "undo", str(more))
    assert result.exit_code == 0, result.stderr
    assert "deleted 50 inserted rows, restored 0" in _one_line(result.stderr)
    assert _data(month.db) == before


def test_undo_restores_every_column_an_import_changed(month: Cli, tmp_path: Path) -> None:
    before = _data(month.db)
    changed = (tmp_path / "thang-6.csv").read_text(encoding="utf-8")
    changed = changed.replace("Lê Thị Mai", "Lê Thị Mai Anh").replace("11/01/2021", "12/01/2021")
    (tmp_path / "sua.csv").write_text(changed, encoding="utf-8")
    fix = _import(month, tmp_path / "sua.csv")
    updated = month.rows("SELECT updated FROM imports WHERE id = ?", (fix,))[0][0]
    assert updated > 0
    # Only the rows that changed were kept in the history: it costs nothing for the others.
    assert month.rows("SELECT count(*) FROM history_dossiers") == [(updated,)]
    result = month("--lang", "en", "imports", "undo", str(fix))
    assert result.exit_code == 0, result.stderr
    assert f"restored {updated} updated rows" in _one_line(result.stderr)
    assert _data(month.db) == before
    assert month.rows("SELECT count(*) FROM history_dossiers") == [(0,)]


def test_recomputed_deadlines_are_not_an_import(with_procedures: Cli, make_dossiers) -> None:
    """A calendar change rewrites the computed deadlines of imported rows: that is kept in no
    history and does not block undoing the import that wrote them."""
    cli = with_procedures
    first = _import(cli, make_dossiers([dossier("A", "01/06/2021"), dossier("B", "02/06/2021")]))
    assert cli.rows("SELECT due_date FROM dossiers ORDER BY code") == [
        ("2021-06-04",),
        ("2021-06-07",),
    ]
    assert cli("calendar", "set", "2021-06-03", "off", "--note", "Nghỉ đột xuất").exit_code == 0
    assert cli.rows("SELECT due_date FROM dossiers ORDER BY code") == [
        ("2021-06-07",),
        ("2021-06-08",),
    ]
    assert cli.rows("SELECT count(*) FROM history_dossiers") == [(0,)]
    result = cli("--lang", "en", "imports", "undo", str(first))
    assert result.exit_code == 0, result.stderr
    assert cli.rows("SELECT count(*) FROM dossiers") == [(0,)]


def test_undo_is_refused_while_a_later_import_changed_the_same_rows(
    month: Cli, tmp_path: Path
) -> None:
    first = month.rows("SELECT max(id) FROM imports")[0][0]
    original = (tmp_path / "thang-6.csv").read_text(encoding="utf-8")
    (tmp_path / "sua.csv").write_text(original.replace("Võ Gia Dũng", "Võ Gia Dung"), "utf-8")
    later = _import(month, tmp_path / "sua.csv")
    state = _data(month.db)

    refused = month("--lang", "en", "imports", "undo", str(first))
    assert refused.exit_code == 3
    message = _one_line(refused.stderr)
    assert f"Cannot undo import {first}: import {later} (sua.csv" in message
    assert f"undo these first, in this order: {later}" in message
    assert _data(month.db) == state
    assert month.rows("SELECT undone_at FROM imports WHERE id = ?", (first,)) == [(None,)]

    assert month("imports", "undo", str(later)).exit_code == 0
    assert month("imports", "undo", str(first)).exit_code == 0
    assert month.rows("SELECT count(*) FROM dossiers") == [(0,)]


def test_an_undo_is_recorded_and_cannot_be_repeated(month: Cli, tmp_path: Path) -> None:
    more = _import(month, write_generated(tmp_path / "them.csv", 5, prefix="N"))
    assert month("imports", "undo", str(more)).exit_code == 0
    records = month.json("imports")
    undo = next(r for r in records if r["kind"] == "undo")
    undone = next(r for r in records if r["id"] == more)
    assert (undo["undo_of"], undo["deleted"], undo["file_name"]) == (more, 5, "them.csv")
    assert undone["undone_at"] is not None
    again = month("--lang", "en", "imports", "undo", str(more))
    assert again.exit_code == 2 and "was already undone" in again.stderr
    of_undo = month("--lang", "en", "imports", "undo", str(undo["id"]))
    assert of_undo.exit_code == 2 and "is itself an undo" in _one_line(of_undo.stderr)
    unknown = month("--lang", "en", "imports", "undo", "999")
    assert unknown.exit_code == 2 and "There is no import 999" in unknown.stderr
    assert month("imports", "undo", "một").exit_code == 2


def test_undoing_a_procedure_import_recomputes_the_deadlines(
    cli: Cli, procedures_csv: Path, make_dossiers, tmp_path: Path
) -> None:
    _import(cli, procedures_csv, "procedures")
    # Received Tue 1/6/2021; transfers take 3 working days, then 5 after the new list.
    _import(cli, make_dossiers([dossier("A", "01/06/2021 09:00")]))
    assert cli.rows("SELECT due_date FROM dossiers") == [("2021-06-04",)]
    slower = write_csv(
        tmp_path / "thu-tuc-moi.csv",
        ["code", "name", "days"],
        [("1.004", "Chuyển trường đối với học sinh trung học cơ sở", "5")],
    )
    new_list = _import(cli, slower, "procedures")
    assert cli.rows("SELECT due_date FROM dossiers") == [("2021-06-08",)]
    result = cli("--lang", "en", "imports", "undo", str(new_list))
    assert result.exit_code == 0, result.stderr
    assert cli.rows("SELECT due_date FROM dossiers") == [("2021-06-04",)]
    assert cli.rows("SELECT days FROM procedures WHERE code = '1.004'") == [(3,)]


def test_undoing_the_roster_classifies_initiative_owners_again(cli: Cli) -> None:
    roster = _import(cli, SAMPLE / "can-bo.csv", "staff")
    _import(cli, SAMPLE / "sang-kien-2021.csv", "initiatives")
    kinds = "SELECT owner_kind, count(*) FROM initiatives GROUP BY 1 ORDER BY 1"
    assert cli.rows(kinds) == [("officer", 5), ("unit", 4)]
    assert cli("imports", "undo", str(roster)).exit_code == 0
    assert cli.rows("SELECT count(*) FROM staff") == [(0,)]
    assert cli.rows(kinds) == [(None, 9)]


def test_undo_restores_any_stored_value_exactly(cli: Cli) -> None:
    """Values go back column to column: no float rounding, no text for a number, blobs intact."""
    from thidua_cli.store.db import connect, transaction
    from thidua_cli.store.imports import install_history, record_import, undo_import

    assert cli.create()("check", "--as-of", "2021-06-01").exit_code == 0
    conn = connect(cli.db, create=True)
    try:
        with transaction(conn):
            conn.execute(
                "CREATE TABLE probe (id INTEGER PRIMARY KEY, key TEXT UNIQUE, value, "
                "import_id INTEGER, import_line INTEGER)"
            )
            install_history(conn)
        values = [0.1 + 0.2, 2**62 + 1, b"\x00\xff", "0.30000000000000004", None, -0.0, 1e308]
        with transaction(conn):
            first = record_import(conn, "probe", "a", "0" * 64)
            conn.executemany(
                "INSERT INTO probe (key, value, import_id) VALUES (?, ?, ?)",
                [(str(i), v, first) for i, v in enumerate(values)],
            )
        with transaction(conn):
            second = record_import(conn, "probe", "b", "1" * 64)
            conn.execute("UPDATE probe SET value = 'changed', import_id = ?", (second,))
        with transaction(conn):
            undo_import(conn, second)
        restored = conn.execute("SELECT value, typeof(value) FROM probe ORDER BY id").fetchall()
    finally:
        conn.close()
    assert [tuple(r) for r in restored] == [
        (v, {float: "real", int: "integer", bytes: "blob", str: "text"}.get(type(v), "null"))
        for v in values
    ]


def test_db_check_of_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    db.write_bytes(b"STT,Ma ho so\n" * 500)
    result = Cli(db)("--lang", "en", "db", "check", "--format", "json")
    assert result.exit_code == 3
    assert json.loads(result.stdout)["ok"] is False
    assert "failed the check (unreadable: file is not a database)" in _one_line(result.stderr)
