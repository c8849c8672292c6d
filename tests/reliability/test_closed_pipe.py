"""A reader that stops reading (``thidua dossiers | head -1``) ends the program quietly with 141,
128 + SIGPIPE as a shell reports it: never 1, which a cron script takes for "overdue found"."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Cli
from thidua_cli.errors import EXIT_FINDINGS

from .conftest import program_env, write_generated


@pytest.fixture(scope="module")
def many_overdue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Far more output than a pipe holds (64 KiB), a third of it overdue."""
    folder = tmp_path_factory.mktemp("pipe")
    cli = Cli(folder / "thidua.db")
    result = cli("import", "dossiers", str(write_generated(folder / "ho-so.csv", 3000)))
    assert result.exit_code == 0, result.stderr
    return cli.db


def _first_line_then_close(db: Path, *args: str) -> tuple[int, str]:
    """The program with ``| head -1`` after it: one line read, then the pipe closed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "thidua_cli", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=program_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    return process.wait(timeout=120), stderr


@pytest.mark.parametrize(
    "args",
    [
        ("dossiers", "--format", "csv"),
        ("dossiers", "--format", "json"),
        ("check", "--as-of", "01/06/2022", "--format", "csv"),
        ("dossiers", "--format", "csv", "--output", "-"),
        ("dossiers", "--format", "csv", "--output", "/dev/stdout"),
        ("backup", "-"),
    ],
    ids=["csv", "json", "check-with-findings", "dash", "dev-stdout", "backup"],
)
def test_a_closed_pipe_is_a_quiet_141_not_findings(many_overdue: Path, args: tuple[str]) -> None:
    code, stderr = _first_line_then_close(many_overdue, *args)
    assert code == 141 != EXIT_FINDINGS, stderr
    assert stderr == ""


def test_a_table_whose_reader_went_away_is_not_rich_s_exit_1() -> None:
    # Rich ends the program with SystemExit(1) when its stream's reader went away; the error
    # goes on to cli.py instead, which ends the run with 141.
    from thidua_cli.ui.console import SafeConsole

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    console = SafeConsole(file=ClosedPipe())
    with pytest.raises(BrokenPipeError):
        console.print("Hồ sơ quá hạn")
