"""An import killed part-way (power cut, OOM killer, kill -9) leaves a sound database holding all
of the file or none of it: the import is one transaction and SQLite's journal does the rest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import Cli
from reliability.conftest import count, integrity, program_env, run_thidua, write_generated

ROWS = 150_000
# Written frames in the journal prove the import is busy writing rows, not still reading.
BUSY_JOURNAL_BYTES = 2 * 1024 * 1024
PATIENCE_S = 120


def _kill_while_writing(db: Path, export: Path) -> int:
    wal = Path(f"{db}-wal")
    process = subprocess.Popen(
        [sys.executable, "-m", "thidua_cli", "--db", str(db), "import", "dossiers", str(export)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=program_env(),
    )
    deadline = time.monotonic() + PATIENCE_S
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if wal.exists() and wal.stat().st_size > BUSY_JOURNAL_BYTES:
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        if process.poll() is None and time.monotonic() >= deadline:
            process.kill()
    return process.wait()


def test_an_import_killed_part_way_leaves_all_or_nothing(
    with_procedures: Cli, tmp_path: Path
) -> None:
    db = with_procedures.db
    export = write_generated(tmp_path / "ho-so-lon.csv", ROWS)

    returncode = _kill_while_writing(db, export)

    # The kill landed while the import was running (not after it finished on a fast machine).
    assert returncode == -signal.SIGKILL
    assert Path(f"{db}-wal").exists()  # the journal of the interrupted write is still there
    assert integrity(db) == "ok"
    stored = count(db)
    assert stored in (0, ROWS)
    imports = with_procedures.rows("SELECT kind FROM imports ORDER BY id")
    assert imports == [("procedures",)] if stored == 0 else [("procedures",), ("dossiers",)]
    # The next run finds a sound file and completes the work.
    small = write_generated(tmp_path / "ho-so-nho.csv", 50)
    result = run_thidua(db, "import", "dossiers", str(small))
    assert result.returncode == 0, result.stderr
    assert count(db) == max(stored, 50)  # the small file repeats the first 50 rows
    assert integrity(db) == "ok"
    assert not os.path.exists(f"{db}-journal")
