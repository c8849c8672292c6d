"""The machine around the database: read-only files and folders, a missing folder, a full disk, a
file from a newer version. Each is one clear sentence and exit 3, and nothing is changed.

The tests run as root in CI, where file modes stop nothing: read-only is made by the kernel
(``chattr +i``, else a read-only bind mount in a user namespace), and a full disk by a tiny tmpfs
in a user namespace or SQLite's page limit, so the program takes its ordinary path to the error.
"""

from __future__ import annotations

import json
import shlex
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import thidua_cli.store.db as store_db
from conftest import Cli
from reliability.conftest import (
    SANDBOX,
    count,
    file_digest,
    in_namespace,
    integrity,
    run_thidua,
    write_generated,
)
from thidua_cli.store.schema import SCHEMA_VERSION


def _chattr(flag: str, target: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", flag, str(target)], capture_output=True)
    return done.returncode == 0


def run_read_only(target: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run thidua while the kernel refuses writes to ``target`` (the database or its folder)."""
    if _chattr("+i", target):
        try:
            return run_thidua(db, *args)
        finally:
            _chattr("-i", target)
    where = shlex.quote(str(target))
    program = shlex.join([sys.executable, "-m", "thidua_cli", "--db", str(db), *args])
    done = in_namespace(f"mount --bind -o ro {where} {where}", program)
    if done is None:
        pytest.skip(SANDBOX)
    return done


@pytest.fixture
def imported(with_procedures: Cli, tmp_path: Path) -> Cli:
    export = write_generated(tmp_path / "ho-so.csv", 30)
    assert with_procedures("import", "dossiers", str(export)).exit_code == 0
    return with_procedures


def _one_sentence(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 3, result.stderr
    assert words in result.stderr
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_read_only_database_refuses_writes_and_still_reads(imported: Cli, tmp_path: Path) -> None:
    db = imported.db
    before = file_digest(db)
    export = write_generated(tmp_path / "them.csv", 10, prefix="R")
    write = run_read_only(db, db, "import", "dossiers", str(export))
    _one_sentence(write, "read-only")
    read = run_read_only(db, db, "dossiers", "--as-of", "2021-06-01", "--format", "json")
    assert read.returncode == 0, read.stderr
    assert len(json.loads(read.stdout)) == 30
    assert file_digest(db) == before


def test_a_read_only_folder_is_named_as_the_cause(imported: Cli, tmp_path: Path) -> None:
    db = imported.db
    before = file_digest(db)
    export = write_generated(tmp_path / "them.csv", 10, prefix="R")
    result = run_read_only(db.parent, db, "import", "dossiers", str(export))
    _one_sentence(result, "read-only")
    assert file_digest(db) == before


def test_a_missing_folder_is_one_sentence_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "khong-co" / "thidua.db"
    result = run_thidua(db, "config", "set", "supplement_policy", "restart")
    _one_sentence(result, "does not exist")
    assert not db.parent.exists()
    # A command that only reads says there is no database there, and makes nothing either.
    result = run_thidua(db, "check", "--as-of", "2021-06-01")
    _one_sentence(result, "There is no database at")
    assert not db.parent.exists()


def test_a_full_disk_keeps_no_change(imported: Cli, tmp_path: Path) -> None:
    """A tmpfs barely larger than the database, in a namespace of its own."""
    db = imported.db
    export = write_generated(tmp_path / "lon.csv", 20_000, prefix="F")
    size_kb = db.stat().st_size // 1024 + 256
    check = textwrap.dedent(
        """
        import json, sqlite3, sys
        conn = sqlite3.connect(sys.argv[1])
        print(json.dumps([conn.execute("PRAGMA integrity_check").fetchone()[0],
                          conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]]))
        """
    )
    (tmp_path / "check.py").write_text(check, encoding="utf-8")
    disk = tmp_path / "disk"
    disk.mkdir()
    inside = disk / "thidua.db"
    python = shlex.quote(sys.executable)
    program = (
        f"cp {shlex.quote(str(db))} {shlex.quote(str(inside))} && "
        f"{python} -m thidua_cli --db {shlex.quote(str(inside))} import dossiers "
        f'{shlex.quote(str(export))}; echo "exit=$?" >&2; '
        f"{python} {shlex.quote(str(tmp_path / 'check.py'))} {shlex.quote(str(inside))}"
    )
    done = in_namespace(
        f"mount -t tmpfs -o size={size_kb}k tmpfs {shlex.quote(str(disk))}", program
    )
    if done is None:
        pytest.skip(SANDBOX)
    assert "exit=3" in done.stderr, done.stderr
    assert "The disk is full" in done.stderr and "Traceback" not in done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == ["ok", 30]


def test_a_full_disk_by_page_limit(
    imported: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same through SQLite's own limit, where namespaces are not allowed."""
    real_connect = store_db.connect

    def nearly_full(path: Path, **kwargs: float) -> sqlite3.Connection:
        conn = real_connect(path, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 20}")
        return conn

    monkeypatch.setattr(store_db, "connect", nearly_full)
    export = write_generated(tmp_path / "lon.csv", 5_000, prefix="F")
    result = imported("--lang", "en", "import", "dossiers", str(export))
    assert result.exit_code == 3
    assert " ".join(result.stderr.split()) == (
        f"Error: The disk is full while writing {imported.db}; no change was kept."
    )
    assert count(imported.db) == 30
    assert integrity(imported.db) == "ok"


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--as-of", "2021-06-01"),
        ("import", "procedures", "PROCEDURES"),
        ("imports", "undo", "1"),
    ],
)
def test_a_database_from_a_newer_version_is_refused_untouched(
    imported: Cli, procedures_csv: Path, args: tuple[str, ...]
) -> None:
    with sqlite3.connect(imported.db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = file_digest(imported.db)
    argv = [str(procedures_csv) if a == "PROCEDURES" else a for a in args]
    result = run_thidua(imported.db, *argv)
    _one_sentence(result, "was written by a newer version")
    assert file_digest(imported.db) == before


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    db.write_bytes(b"Ma ho so,Ten thu tuc\n" * 200)
    before = file_digest(db)
    result = run_thidua(db, "check")
    _one_sentence(result, "is not an SQLite database")
    assert file_digest(db) == before
