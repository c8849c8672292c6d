"""Commands that only read never create a database: a cron check in the wrong folder must fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Cli

READ_ONLY = [
    ("check",),
    ("--quiet", "check"),
    ("dossiers",),
    ("imports",),
    ("imports", "undo", "1"),
    ("db", "check"),
    ("backup", "copy.db"),
    ("staff",),
    ("complaints",),
    ("awards", "--campaign", "486/KH-GDĐT"),
    ("report", "form06", "--from", "2021-06-01", "--to", "2021-06-30"),
    ("report", "compliance", "--campaign", "486/KH-GDĐT"),
    ("report", "satisfaction"),
    ("report", "enrollment"),
    ("report", "monthly", "--month", "2021-06", "--out", "bao-cao"),
    ("campaign", "list"),
    ("campaign", "show", "486/KH-GDĐT"),
    ("initiative", "list"),
    ("calendar", "show", "--year", "2021"),
    ("config", "show"),
]


@pytest.mark.parametrize("args", READ_ONLY, ids=" ".join)
def test_a_command_that_only_reads_refuses_a_missing_database(
    args: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "thidua.db"
    result = Cli(db)("--lang", "en", *args)
    assert result.exit_code == 3, result.output + result.stderr
    assert f"There is no database at {db}" in result.stderr
    assert "thidua import" in result.stderr  # how to create one
    assert list(tmp_path.iterdir()) == []


def test_an_empty_file_is_no_database_for_a_reader(cli: Cli) -> None:
    cli.db.touch()
    result = cli("check")
    assert result.exit_code == 3 and "Không có cơ sở dữ liệu tại" in result.stderr
    assert cli.db.stat().st_size == 0


def test_commands_that_write_create_the_database(cli: Cli) -> None:
    assert cli("config", "set", "supplement_policy", "restart").exit_code == 0
    assert cli.db.exists()
    assert cli("check", "--as-of", "2021-06-01").exit_code == 0
