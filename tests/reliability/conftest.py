"""Helpers of the reliability tests: generated exports, the real program as a subprocess, and
what "the database did not change" means."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import DOSSIER_HEADER, PROCEDURES, Cli

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
OFFICERS = ("Lê Thị Mai", "Phan Văn Tùng", "Đinh Tấn Khang", "Võ Gia Dũng")
STATUSES = ("Đã trả kết quả", "Đã xử lý xong")


def generated_rows(count: int, *, prefix: str = "G", start: int = 0) -> Iterator[list[str]]:
    """``count`` valid dossier rows in the order of ``DOSSIER_HEADER``, codes ``H29-<prefix>-n``.

    Built from a few precomputed pieces: a test may ask for 150,000 rows.
    """
    first = date(2021, 1, 4)
    days = []
    for offset in range(300):
        received = first + timedelta(days=offset)
        days.append(
            (
                received.strftime("%d/%m/%Y") + " 09:30",
                (received + timedelta(days=7)).strftime("%d/%m/%Y"),
                (received + timedelta(days=2)).strftime("%d/%m/%Y"),
            )
        )
    columns = {name: i for i, name in enumerate(DOSSIER_HEADER)}
    for n in range(start, start + count):
        received, due, finished = days[n % 300]
        code, name, _days, _cutoff, field = PROCEDURES[n % len(PROCEDURES)]
        done = n % 3 != 0
        row = [""] * len(DOSSIER_HEADER)
        row[columns["Mã hồ sơ"]] = f"H29-{prefix}-{n:07d}"
        row[columns["Tên thủ tục"]] = name
        row[columns["Mã TTHC"]] = code
        row[columns["Lĩnh vực"]] = field
        row[columns["Tên tổ chức, cá nhân"]] = f"Người nộp {n}"
        row[columns["Kênh tiếp nhận"]] = "Trực tuyến" if n % 2 else "Trực tiếp"
        row[columns["Ngày tiếp nhận"]] = received
        row[columns["Ngày hẹn trả"]] = due
        row[columns["Ngày có kết quả"]] = finished if done else ""
        row[columns["Ngày trả kết quả"]] = finished if done else ""
        row[columns["Cán bộ xử lý"]] = OFFICERS[n % len(OFFICERS)]
        row[columns["Trạng thái"]] = STATUSES[n % len(STATUSES)] if done else "Đang xử lý"
        yield row


def write_generated(path: Path, count: int, *, prefix: str = "G") -> Path:
    """The rows of ``generated_rows`` as a UTF-8 export.

    Rows repeat their pattern every 300 (days, procedures, channels, officers all divide it), so
    300 lines are laid out once and only the numbers change: 150,000 rows take a moment.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(generated_rows(300, prefix=prefix))
    lines = buffer.getvalue().splitlines(keepends=True)
    templates = [
        line.replace(f"{n:07d}", "{n}").replace(f"Người nộp {n}", "Người nộp {a}")
        for n, line in enumerate(lines)
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(DOSSIER_HEADER)
        handle.writelines(templates[n % 300].format(n=f"{n:07d}", a=n) for n in range(count))
    return path


def run_thidua(
    db: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The installed program in a process of its own, as cron or a clerk runs it."""
    return subprocess.run(
        [sys.executable, "-m", "thidua_cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=program_env(env),
    )


MOUNT_FAILED = 97
SANDBOX = "the sandbox forbids both chattr +i and mounts in a user namespace (unshare -rm)"


def in_namespace(setup: str, command: str) -> subprocess.CompletedProcess[str] | None:
    """``command`` run in a user and mount namespace after ``setup``; None when not allowed."""
    if shutil.which("unshare") is None:
        return None
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"{setup} || exit {MOUNT_FAILED}\n{command}"],
        capture_output=True,
        text=True,
        timeout=300,
        env=program_env(),
    )
    if done.returncode == MOUNT_FAILED or done.stderr.startswith("unshare:"):
        return None
    return done


def program_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    # Wide lines: a message is one sentence, and a narrow terminal would fold it.
    return {**os.environ, "THIDUA_LANG": "en", "COLUMNS": "400", **(extra or {})}


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def count(db: Path, table: str = "dossiers") -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def table_rows(
    db: Path, table: str, columns: Sequence[str] | None = None
) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        names = ", ".join(columns) if columns else "*"
        return conn.execute(f"SELECT {names} FROM {table} ORDER BY rowid").fetchall()


@pytest.fixture(scope="session")
def procedures_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the four procedures, made once: building the working-day table of
    fifty years takes a second, and most tests here need the same starting point."""
    folder = tmp_path_factory.mktemp("template")
    procedures = folder / "procedures.csv"
    with procedures.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([("code", "name", "days", "cutoff", "field"), *PROCEDURES])
    cli = Cli(folder / "thidua.db")
    result = cli("import", "procedures", str(procedures))
    assert result.exit_code == 0, result.stderr
    return cli.db


@pytest.fixture
def with_procedures(cli: Cli, procedures_template: Path) -> Cli:
    """The test's own copy of that database, written to its file and closed."""
    shutil.copy(procedures_template, cli.db)  # with its mode, 600, as thidua made it
    return cli
