"""Another program's SQLite file given as ``--db`` is refused as it was found: never converted.

Real foreign files: a rollback-journal database with its own tables and its own ``user_version``,
and one in WAL mode. Every command is run as a real process.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reliability.conftest import file_digest, run_thidua

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _foreign(path: Path, *, journal: str) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)")
    conn.execute("CREATE INDEX contacts_name ON contacts (name)")
    conn.executemany(
        "INSERT INTO contacts (name, phone) VALUES (?, ?)",
        [("Trần Thị Bích", "0912 000 111"), ("Lê Văn Cường", "0283 000 222")],
    )
    # Its own schema number, lower than thidua's: it must not read as an older thidua file.
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    return path


def _state(path: Path) -> tuple[str, list[str], str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master ORDER BY name")]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()
    return file_digest(path), names, mode


@pytest.mark.parametrize("journal", ["delete", "wal"])
@pytest.mark.parametrize(
    "args",
    [
        ("check", "--as-of", "2021-06-01"),
        ("dossiers", "--format", "json"),
        ("import", "procedures", "PROCEDURES"),
        ("campaign", "load", "CAMPAIGN"),
        ("calendar", "set", "2021-06-05", "work"),
        ("db", "check"),
        ("backup", "COPY"),
    ],
)
def test_another_programs_database_is_refused_and_left_byte_for_byte(
    tmp_path: Path, procedures_csv: Path, journal: str, args: tuple[str, ...]
) -> None:
    db = _foreign(tmp_path / "danh-ba.sqlite", journal=journal)
    before = _state(db)
    assert before[2] == journal
    files_before = sorted(p.name for p in tmp_path.iterdir())
    campaign = (
        Path(__file__).resolve().parents[2] / "sample_data" / "campaign-486-KH-GDDT-2021.toml"
    )
    replace = {
        "PROCEDURES": str(procedures_csv),
        "CAMPAIGN": str(campaign),
        "COPY": str(tmp_path / "sao-luu.db"),
    }
    done = run_thidua(db, *(replace.get(a, a) for a in args))
    assert done.returncode == 3, done.stderr
    said = " ".join(done.stderr.split())
    assert said == (
        f"Error: {db} is another program's SQLite database (it has tables, but not thidua's); "
        "thidua leaves it as it is: point --db to thidua's own database."
    )
    assert done.stdout == ""
    assert _state(db) == before  # the bytes, the tables, the journal mode
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


# Another program that writes in WAL mode and is killed (or still running) before its -wal is
# checkpointed: the contacts are in the -wal alone.
KILLED_WRITER = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
conn.execute("INSERT INTO contacts (name) VALUES ('Trần Thị Bích')")
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize(
    "args", [("check",), ("db", "check"), ("backup", "COPY"), ("import", "procedures", "P")]
)
def test_a_foreign_wal_left_by_a_killed_writer_is_not_checkpointed_into_its_file(
    tmp_path: Path, procedures_csv: Path, args: tuple[str, ...]
) -> None:
    import subprocess
    import sys

    db = tmp_path / "danh-ba.sqlite"
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db)], timeout=60)
    assert killed.returncode == -9
    wal = Path(f"{db}-wal")
    before = (file_digest(db), file_digest(wal))
    replace = {"COPY": str(tmp_path / "sao-luu.db"), "P": str(procedures_csv)}
    done = run_thidua(db, *(replace.get(a, a) for a in args))
    assert done.returncode == 3, done.stderr
    assert "another program's SQLite database" in done.stderr
    # Closing a read-write connection would have copied the -wal into the file and deleted it.
    assert wal.exists() and (file_digest(db), file_digest(wal)) == before
    assert not (tmp_path / "sao-luu.db").exists()


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_databases_of_every_earlier_version_still_open(tmp_path: Path, version: int) -> None:
    db = tmp_path / "cu.db"
    shutil.copyfile(FIXTURES / f"schema-v{version}.db", db)
    done = run_thidua(db, "dossiers", "--format", "json")
    assert done.returncode == 0, done.stderr


def test_an_empty_file_is_still_set_up_by_a_command_that_writes(
    tmp_path: Path, procedures_csv: Path
) -> None:
    db = tmp_path / "moi.db"
    db.touch()
    assert run_thidua(db, "import", "procedures", str(procedures_csv)).returncode == 0
    assert run_thidua(db, "check", "--as-of", "2021-06-01").returncode == 0
