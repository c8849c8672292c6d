"""The two exit codes a cron script needs beside the findings: 70 for an error the program did not
foresee (its details in a log file), 130 for Ctrl-C; neither ever shows a traceback."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from thidua_cli import cli as cli_module
from thidua_cli.__main__ import main as entry
from thidua_cli.text.help import HELP_LANG
from thidua_cli.text.messages import text

from .conftest import program_env


def _run_main(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["thidua", *args])
    with pytest.raises(SystemExit) as stopped:
        entry()
    code = stopped.value.code
    assert isinstance(code, int)
    return code


def _logged_file(stderr: str) -> Path:
    found = re.search(r" (/\S+\.log),", stderr)
    assert found, stderr
    return Path(found.group(1))


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("an unforeseen failure")


def test_an_unforeseen_error_is_exit_70_naming_a_log_with_the_traceback(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    crash_logs: Path,
) -> None:
    monkeypatch.setattr("thidua_cli.store.db.connect", _boom)
    code = _run_main(monkeypatch, "--db", str(tmp_path / "t.db"), "check")
    err = capsys.readouterr().err
    assert code == 70
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert "RuntimeError" in err
    log = _logged_file(err)
    assert log.parent == crash_logs
    assert log.stat().st_mode & 0o777 == 0o600
    details = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in details
    assert "RuntimeError: an unforeseen failure" in details
    assert "'check'" in details  # the command line, to reproduce it


def test_a_crash_with_nowhere_to_log_still_says_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli_module, "_crash_log", lambda content: None)
    monkeypatch.setattr("thidua_cli.store.db.connect", _boom)
    code = _run_main(monkeypatch, "--db", str(tmp_path / "t.db"), "check")
    err = capsys.readouterr().err
    assert code == 70
    detail = "RuntimeError: an unforeseen failure"
    assert err.strip().splitlines() == [text("crash.no_log", HELP_LANG, detail=detail)]


CRASHING = """
import sys
import thidua_cli.store.db as db
def boom(*args, **kwargs):
    raise ZeroDivisionError("deep inside the store")
db.connect = boom
from thidua_cli.__main__ import main
sys.argv = ["thidua", *sys.argv[1:]]
main()
"""


def test_a_real_process_that_crashes_exits_70_not_1(tmp_path: Path, crash_logs: Path) -> None:
    db = tmp_path / "thidua.db"
    done = _python(CRASHING, "--db", str(db), "dossiers", "--format", "json")
    assert done.returncode == 70, done.stderr
    assert "Traceback" not in done.stderr
    assert "ZeroDivisionError: deep inside the store" in _logged_file(done.stderr).read_text()
    assert done.stdout == ""


def test_ctrl_c_inside_a_command_is_130_not_click_s_aborted_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("thidua_cli.store.db.connect", interrupted)
    code = _run_main(monkeypatch, "--db", str(tmp_path / "t.db"), "check")
    err = capsys.readouterr().err
    assert code == 130
    assert "Aborted" not in err
    assert "Traceback" not in err


def test_ctrl_c_while_a_command_module_loads_is_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(name: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_module, "load_command", interrupted)
    code = _run_main(monkeypatch, "--db", str(tmp_path / "t.db"), "check")
    assert code == 130
    assert "Traceback" not in capsys.readouterr().err


def test_ctrl_c_while_parsing_the_command_line_is_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("typer.core.TyperGroup.parse_args", interrupted)
    assert _run_main(monkeypatch, "check") == 130
    assert "Traceback" not in capsys.readouterr().err


IMPORT_INTERRUPTED = """
import builtins, sys
real_import = builtins.__import__
def interrupted_import(name, *args, **kwargs):
    if name == "thidua_cli.cli":
        raise KeyboardInterrupt
    return real_import(name, *args, **kwargs)
builtins.__import__ = interrupted_import
from thidua_cli.__main__ import main
main()
"""


def test_ctrl_c_while_the_program_itself_loads_is_130() -> None:
    done = _python(IMPORT_INTERRUPTED)
    assert done.returncode == 130
    assert "Traceback" not in done.stderr


# The program as its console script starts it, then Ctrl-C at the first moment after this
# module is imported, while the rest of the program would still be loading.
CTRL_C_ON_LOADING = """
import os, signal, sys
sys.argv = ["/usr/local/bin/thidua", "check"]
import thidua_cli.__main__
os.kill(os.getpid(), signal.SIGINT)
import time
time.sleep(30)
"""


def test_ctrl_c_at_any_moment_of_loading_is_130_without_a_traceback() -> None:
    done = _python(CTRL_C_ON_LOADING)
    assert done.returncode == 130, done.stderr
    assert done.stderr == "\n"


def test_a_program_started_with_ctrl_c_ignored_keeps_ignoring_it() -> None:
    # nohup, or a background job of a script: SIGINT is ignored from the start, and stays so.
    ignored = "import signal; signal.signal(signal.SIGINT, signal.SIG_IGN)\n" + CTRL_C_ON_LOADING
    done = _python(ignored.replace("time.sleep(30)", "print('still here')"))
    assert done.returncode == 0 and done.stdout == "still here\n", done.stderr


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``code`` run by this Python in a process of its own, with the program's environment."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=program_env(),
        timeout=60,
    )
