"""Values no command can use, typed or written in a file: one sentence and exit 2 or 3, never a
traceback (nor the exit 70 of an unforeseen error)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Cli
from reliability.conftest import count, run_thidua

SAMPLE_CAMPAIGN = (
    Path(__file__).resolve().parents[2] / "sample_data" / "campaign-486-KH-GDDT-2021.toml"
)


def _one_sentence(stderr: str) -> str:
    assert "Traceback" not in stderr
    assert "unexpected error" not in stderr
    return " ".join(stderr.split())


@pytest.mark.parametrize("value", ["inf", "nan", "-inf", "1e400", "-1", "86401"])
@pytest.mark.parametrize("where", ["option", "environment"])
def test_a_busy_timeout_that_is_no_number_of_seconds(
    with_procedures: Cli, value: str, where: str
) -> None:
    if where == "option":
        done = run_thidua(with_procedures.db, "--busy-timeout", value, "check")
    else:
        done = run_thidua(with_procedures.db, "check", env={"THIDUA_BUSY_TIMEOUT": value})
    assert done.returncode == 2, done.stderr
    said = _one_sentence(done.stderr)
    assert "--busy-timeout" in said and "a number of seconds from 0 to 86,400" in said


@pytest.mark.parametrize("value", ["99999999999999999999999", "-99999999999999999999999", "0"])
def test_an_import_number_no_import_can_have(with_procedures: Cli, value: str) -> None:
    done = run_thidua(with_procedures.db, "imports", "undo", "--", value)
    assert done.returncode == 2, done.stderr
    assert "is not in the range 1<=x<=9223372036854775807" in _one_sentence(done.stderr)
    assert count(with_procedures.db, "procedures") == 4


def _campaign(tmp_path: Path, old: str, new: str) -> Path:
    text = SAMPLE_CAMPAIGN.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "chien-dich.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "min_answers = 5",
            "min_answers = " + str(10**29),
            "line 12: 'min_answers' = 100000… (30) is too large (at most 9,223,372,036,854,775,807)",
        ),
        (
            "min_answers = 5",
            "min_answers = 5\nweird = " + "[" * 5000 + "]" * 5000,
            "line 13: arrays or tables nested too deep (over 64 levels)",
        ),
        (
            "min_answers = 5",
            "min_answers = 5\nweird = " + "{a = " * 5000 + "1" + "}" * 5000,
            "line 13: arrays or tables nested too deep (over 64 levels)",
        ),
        (
            "min_answers = 5",
            "min_answers = " + "9" * 5000,
            "line 12: a number thousands of digits long",
        ),
    ],
)
def test_a_campaign_file_with_absurd_numbers_or_nesting(
    cli: Cli, tmp_path: Path, old: str, new: str, said: str
) -> None:
    path = _campaign(tmp_path, old, new)
    done = run_thidua(cli.db, "campaign", "load", str(path))
    assert done.returncode == 3, done.stderr
    assert said in _one_sentence(done.stderr)
    assert "nothing was loaded" in done.stderr


@pytest.mark.parametrize("what", ["dev_zero", "fifo", "huge"])
@pytest.mark.parametrize("command", [("campaign", "load"), ("profile", "save", "ho-so")])
def test_a_settings_file_that_is_no_file_or_far_too_big(
    cli: Cli, tmp_path: Path, what: str, command: tuple[str, ...]
) -> None:
    """/dev/zero was read until memory ran out, a FIFO nobody writes to for ever."""
    import os

    if what == "dev_zero":
        path = Path("/dev/zero")
    elif what == "fifo":
        path = tmp_path / "ong.toml"
        os.mkfifo(path)
    else:
        path = tmp_path / "lon.toml"
        path.write_text("# " + "x" * (2 << 20) + "\n", encoding="utf-8")
    done = run_thidua(cli.db, "--lang", "en", *command, str(path), timeout=60)
    said = _one_sentence(done.stderr)
    if what == "huge":
        assert done.returncode == 3 and f"{path} is over 1,024 KB" in said
    else:
        assert done.returncode == 2 and f"{path} is not a regular file" in said
