"""Shared fixtures: a database in a temporary folder and a runner for the real command line."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from thidua_cli.cli import app

PROCEDURES = [
    # code, name, days, cutoff, field
    ("1.001", "Thành lập trường tiểu học", "20", "", "Giáo dục tiểu học"),
    ("1.002", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "0", "15:00", "Văn bằng, chứng chỉ"),
    ("1.003", "Chỉnh sửa nội dung văn bằng, chứng chỉ", "5", "", "Văn bằng, chứng chỉ"),
    ("1.004", "Chuyển trường đối với học sinh trung học cơ sở", "3", "", "Giáo dục trung học"),
]

DOSSIER_HEADER = [
    "Mã hồ sơ",
    "Tên thủ tục",
    "Mã TTHC",
    "Lĩnh vực",
    "Tên tổ chức, cá nhân",
    "Kênh tiếp nhận",
    "Ngày tiếp nhận",
    "Ngày hẹn trả",
    "Ngày có kết quả",
    "Ngày trả kết quả",
    "Cán bộ xử lý",
    "Đơn vị xử lý",
    "Trạng thái",
    "Ngày yêu cầu bổ sung",
    "Ngày nhận đủ hồ sơ bổ sung",
    "Phiếu xin lỗi",
]


class Cli:
    """Runs ``thidua`` in-process against one database, as a user would type it."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> Result:
        return self.runner.invoke(
            app, ["--db", str(self.db), *args], env={"THIDUA_LANG": "vi", **(env or {})}
        )

    def create(self) -> Cli:
        """An empty database at ``db``, as a first command that writes leaves it."""
        from thidua_cli.store.db import connect

        connect(self.db, create=True).close()
        return self

    def json(self, *args: str) -> Any:
        result = self(*args, "--format", "json")
        assert result.exit_code in (0, 1), result.output + result.stderr
        return json.loads(result.stdout)

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(sql, params).fetchall()


@pytest.fixture(autouse=True)
def crash_logs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where a crash log would go: a test's own folder, never the home of whoever runs them."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    return folder / "thidua"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "thidua.db")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """The shipped sample month as `thidua demo` loads it, once per test module (read only)."""
    folder = tmp_path_factory.mktemp("demo")
    done = CliRunner().invoke(app, ["--quiet", "demo", "--dir", str(folder)])
    assert done.exit_code == 0, done.output
    return Cli(folder / "thidua-demo.db")


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def procedures_csv(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "procedures.csv", ["code", "name", "days", "cutoff", "field"], PROCEDURES
    )


@pytest.fixture
def make_dossiers(tmp_path: Path) -> Callable[..., Path]:
    """Writes a dossier export; each row is a dict of the DOSSIER_HEADER columns it sets."""

    def make(rows: Sequence[dict[str, str]], name: str = "ho-so.csv", **kwargs: Any) -> Path:
        table = [[row.get(h, "") for h in DOSSIER_HEADER] for row in rows]
        return write_csv(tmp_path / name, DOSSIER_HEADER, table, **kwargs)

    return make


FIELD_HEADERS = {
    "procedure_code": "Mã TTHC",
    "field": "Lĩnh vực",
    "applicant": "Tên tổ chức, cá nhân",
    "channel": "Kênh tiếp nhận",
    "due": "Ngày hẹn trả",
    "finished": "Ngày có kết quả",
    "returned": "Ngày trả kết quả",
    "officer": "Cán bộ xử lý",
    "unit": "Đơn vị xử lý",
    "status": "Trạng thái",
    "supplement_requested": "Ngày yêu cầu bổ sung",
    "supplement_received": "Ngày nhận đủ hồ sơ bổ sung",
    "apology": "Phiếu xin lỗi",
}

TRANSFER = "Chuyển trường đối với học sinh trung học cơ sở"


def dossier(code: str, received: str, procedure: str = TRANSFER, **fields: str) -> dict[str, str]:
    """One export row: code, receipt and procedure, plus fields named as in FIELD_HEADERS."""
    row = {"Mã hồ sơ": code, "Tên thủ tục": procedure, "Ngày tiếp nhận": received}
    for name, value in fields.items():
        row[FIELD_HEADERS[name]] = value
    return row
