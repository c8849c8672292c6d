"""Inputs that are not plain files, files that change while they are read, and absurd shapes.

A pipe or a device is read once, as a file is; the SHA-256 an import records is that of the
bytes it read; a line of millions of cells is refused before it is split.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import openpyxl
import pytest

from conftest import DOSSIER_HEADER, Cli
from reliability.conftest import count, generated_rows, program_env, run_thidua

TIMEOUT = 120
IMPORT = ("import", "dossiers")
PROGRAM = (sys.executable, "-m", "thidua_cli")


def _csv_bytes(rows: int, prefix: str = "F") -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(DOSSIER_HEADER)
    writer.writerows(generated_rows(rows, prefix=prefix))
    return text.getvalue().encode("utf-8")


def _write_into_fifo(fifo: Path, data: bytes) -> threading.Thread:
    def write() -> None:
        # Opening a FIFO for writing waits for its reader: the import.
        with fifo.open("wb") as handle:
            handle.write(data)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def _recorded(db: Path) -> list[tuple[str, str, int]]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT file_name, sha256, rows_read FROM imports ORDER BY id")
        found = [(str(r[0]), str(r[1]), int(r[2])) for r in rows]
    conn.close()
    return found


def test_a_csv_through_a_real_fifo_is_read_once_and_its_bytes_hashed(tmp_path: Path) -> None:
    fifo = tmp_path / "ho-so.csv"
    os.mkfifo(fifo)
    data = _csv_bytes(3_000)
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import sys; open({str(fifo)!r}, 'wb').write(sys.stdin.buffer.read())",
        ],
        stdin=subprocess.PIPE,
    )
    importer = subprocess.Popen(
        [sys.executable, "-m", "thidua_cli", "--db", str(tmp_path / "t.db"), *IMPORT, str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=program_env(),
    )
    assert writer.communicate(data, timeout=TIMEOUT) == (None, None)
    _, stderr = importer.communicate(timeout=TIMEOUT)
    assert importer.returncode == 0, stderr
    assert count(tmp_path / "t.db") == 3_000
    assert _recorded(tmp_path / "t.db") == [("ho-so.csv", hashlib.sha256(data).hexdigest(), 3_000)]


def test_a_workbook_through_a_fifo_is_read_once_too(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(DOSSIER_HEADER)
    for row in generated_rows(50, prefix="X"):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    fifo = tmp_path / "ho-so.xlsx"
    os.mkfifo(fifo)
    feeding = _write_into_fifo(fifo, data)
    result = run_thidua(tmp_path / "t.db", "import", "dossiers", str(fifo), timeout=TIMEOUT)
    feeding.join(timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert count(tmp_path / "t.db") == 50
    assert _recorded(tmp_path / "t.db")[0][1] == hashlib.sha256(data).hexdigest()


def test_an_endless_device_is_refused_at_once(tmp_path: Path) -> None:
    # /dev/zero never ends: read first and hashed after, it hung; read once, its first block
    # already says it is no text.
    result = run_thidua(tmp_path / "t.db", "import", "dossiers", "/dev/zero", timeout=TIMEOUT)
    assert result.returncode == 3
    assert "/dev/zero" in result.stderr and "Traceback" not in result.stderr
    assert count(tmp_path / "t.db") == 0


def test_the_hash_is_of_the_bytes_read_when_the_file_changes_meanwhile(tmp_path: Path) -> None:
    """The file is rewritten in place after the first thousand rows were written: the import
    goes on reading the new bytes, and records the hash of what it read, old then new."""
    from thidua_cli.importing import kinds
    from thidua_cli.importing.pipeline import ImportOptions, run_import
    from thidua_cli.store.db import connect

    old = _csv_bytes(40_000, prefix="C")
    # The same length, one applicant letter changed on every row.
    new = old.replace(
        b"Ng\xc6\xb0\xe1\xbb\x9di n\xe1\xbb\x99p", b"Ng\xc6\xb0\xe1\xbb\x9di g\xe1\xbb\xadi"
    )
    assert len(new) == len(old) and new != old
    path = tmp_path / "ho-so.csv"
    path.write_bytes(old)
    rewritten: list[bool] = []

    def rewrite(_: int) -> None:
        if not rewritten:
            with path.open("r+b") as handle:
                handle.write(new)
            rewritten.append(True)

    conn = connect(tmp_path / "t.db", create=True)
    outcome = run_import(
        conn,
        path,
        kinds.get("dossiers"),
        ImportOptions(),
        describe=str,
        progress=rewrite,
    )
    assert outcome.rejected == 0 and rewritten
    applicants = [r[0] for r in conn.execute("SELECT applicant FROM dossiers ORDER BY code")]
    recorded = conn.execute("SELECT sha256 FROM imports").fetchone()[0]
    conn.close()
    # Where the import went over to the new bytes: the first row it read as sent ("gửi").
    switched = next(n for n, applicant in enumerate(applicants) if "gửi" in applicant)
    assert 0 < switched < len(applicants) - 1
    cut = old.index(f"Người nộp {switched},".encode())
    read = old[:cut] + new[cut:]
    assert recorded == hashlib.sha256(read).hexdigest()
    assert recorded not in (hashlib.sha256(old).hexdigest(), hashlib.sha256(new).hexdigest())


def test_a_header_followed_by_millions_of_commas_is_refused_in_little_memory(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ho-so.csv"
    with path.open("wb") as handle:
        handle.write("Mã hồ sơ,Tên thủ tục,Ngày tiếp nhận".encode())
        handle.write(b"," * 30_000_000 + b"\n")
        handle.write("H-1,Chuyển trường,01/06/2021\n".encode())
    db = tmp_path / "t.db"
    # The program's own peak memory, measured by a small parent of its own.
    measure = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(done.returncode)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.stderr.write(done.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", measure, *PROGRAM, "--db", str(db), *IMPORT, str(path)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=program_env(),
    )
    code, peak_kib = (int(line) for line in done.stdout.split())
    assert code == 3, done.stderr
    assert "line 1: more than 16,384 columns" in done.stderr
    # It took 761 MB when the row was split first; now about what any import takes.
    assert peak_kib < 150 * 1024


@pytest.mark.parametrize(
    ("line", "refused"),
    [
        (b"a" + b",a" * 16_383 + b"\n", False),  # 16,384 columns: Excel's own width
        (b"a" + b",a" * 16_384 + b"\n", True),
        # Many short lines ended by "\r" alone hold many commas in one block, none too many.
        (b"a,b,c\r" * 20_000, False),
    ],
)
def test_the_column_limit(tmp_path: Path, line: bytes, refused: bool) -> None:
    path = tmp_path / "wide.csv"
    path.write_bytes(b"code,procedure,received_at\r\n" + line)
    result = Cli(tmp_path / "t.db")("--lang", "en", "import", "dossiers", str(path))
    assert ("more than 16,384 columns" in result.stderr) is refused, result.stderr
