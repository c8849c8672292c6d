"""Several processes on one database at once: cron's check while two clerks import.

Writers queue on the busy timeout (BEGIN IMMEDIATE), readers never wait (WAL). Either everyone
finishes, or one that waited too long says "busy" and exits 3; no row is lost or doubled.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import Cli
from reliability.conftest import count, integrity, program_env, run_thidua, write_generated
from thidua_cli.store.schema import SCHEMA_VERSION


def _start(db: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "thidua_cli", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=program_env(env),
    )


def _finish(process: subprocess.Popen[str]) -> tuple[int, tuple[str, str]]:
    """The exit code and both outputs of a process, read while it runs: waiting for the exit
    first would hang once an output fills the pipe (a check listing thousands of dossiers)."""
    out, err = process.communicate(timeout=300)
    return process.returncode, (out, err)


def _codes(path: Path) -> set[str]:
    return {line.split(",", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()[1:]}


def test_two_imports_and_a_check_at_the_same_moment(with_procedures: Cli, tmp_path: Path) -> None:
    db = with_procedures.db
    first = tmp_path / "mot-cua-a.csv"
    second = tmp_path / "mot-cua-b.csv"
    # The two exports share 1,000 dossiers, with the same content, as two offices' exports do.
    everything = write_generated(tmp_path / "all.csv", 3000).read_text(encoding="utf-8")
    lines = everything.splitlines(keepends=True)
    first.write_text("".join(lines[:2001]), encoding="utf-8")
    second.write_text(lines[0] + "".join(lines[1001:]), encoding="utf-8")

    processes = {
        "first": _start(db, "import", "dossiers", str(first)),
        "second": _start(db, "import", "dossiers", str(second)),
        "check": _start(db, "check", "--as-of", "2021-06-01", "--format", "json"),
    }
    outcomes = {name: _finish(p) for name, p in processes.items()}

    imported: set[str] = set()
    for name, path in (("first", first), ("second", second)):
        code, (_, stderr) = outcomes[name]
        assert "Traceback" not in stderr
        assert code in (0, 3), stderr
        if code == 3:
            assert "busy" in stderr
        else:
            imported |= _codes(path)
    check_code, (check_out, check_err) = outcomes["check"]
    assert check_code in (0, 1), check_err
    assert check_out.startswith("{")

    assert integrity(db) == "ok"
    stored = {row[0] for row in with_procedures.rows("SELECT code FROM dossiers")}
    assert stored == imported
    assert count(db) == len(imported)  # no code twice
    inserted = with_procedures.rows("SELECT sum(inserted) FROM imports WHERE kind = 'dossiers'")
    assert inserted == [(len(imported),)]


def test_a_writer_that_waits_too_long_says_busy_and_exits_3(
    with_procedures: Cli, tmp_path: Path
) -> None:
    db = with_procedures.db
    export = write_generated(tmp_path / "ho-so.csv", 20)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        started = time.monotonic()
        result = run_thidua(db, "--busy-timeout", "1.5", "import", "dossiers", str(export))
        waited = time.monotonic() - started
        from_env = run_thidua(
            db, "import", "dossiers", str(export), env={"THIDUA_BUSY_TIMEOUT": "0.2"}
        )
        # A reader is never held up by a writer.
        reader = run_thidua(db, "--busy-timeout", "0.2", "check", "--as-of", "2021-06-01")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    for refused in (result, from_env):
        assert refused.returncode == 3
        assert "is busy" in refused.stderr and "Traceback" not in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
    # It waited the configured time before giving up (more than the program takes to start).
    assert waited >= 1.5
    assert reader.returncode in (0, 1), reader.stderr
    assert count(db) == 0
    # Once the lock is released the same import goes through.
    assert run_thidua(db, "import", "dossiers", str(export)).returncode == 0
    assert count(db) == 20


def test_the_same_file_imported_twice_at_once_is_stored_once(
    with_procedures: Cli, tmp_path: Path
) -> None:
    db = with_procedures.db
    export = write_generated(tmp_path / "ho-so.csv", 2000)
    runs = [_start(db, "import", "dossiers", str(export)) for _ in range(2)]
    results = [(code, err) for code, (_, err) in map(_finish, runs)]
    assert [code for code, _ in results] == [0, 0], results
    assert count(db) == 2000
    counts = with_procedures.rows(
        "SELECT inserted, unchanged FROM imports WHERE kind = 'dossiers' ORDER BY id"
    )
    assert counts == [(2000, 0), (0, 2000)]


def test_three_processes_creating_one_new_database(tmp_path: Path, procedures_csv: Path) -> None:
    """The first command of the day on a new file: creation and migrations happen exactly once."""
    db = tmp_path / "moi.db"
    export = write_generated(tmp_path / "ho-so.csv", 500)
    processes = [
        _start(db, "import", "procedures", str(procedures_csv)),
        _start(db, "import", "dossiers", str(export)),
        _start(db, "check", "--as-of", "2021-06-01"),
    ]
    results = [(code, err) for code, (_, err) in map(_finish, processes)]
    for number, (code, stderr) in enumerate(results):
        assert "Traceback" not in stderr
        # The check only reads: arriving before either import has made the file, it is refused
        # with the sentence naming how to create one, and creates nothing itself.
        refused = code == 3 and ("busy" in stderr or (number == 2 and "no database" in stderr))
        assert code in (0, 1) or refused, stderr
    assert integrity(db) == "ok"
    with sqlite3.connect(db) as conn:
        applied = conn.execute("SELECT name, count(*) FROM _sqlite_migrations GROUP BY name")
        assert all(times == 1 for _, times in applied)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert count(db) == (500 if results[1][0] == 0 else 0)
