"""`--format csv --headers vi`: the table's column labels head the file instead of the JSON keys;
the values stay as programs read them, and the default stays the keys."""

from __future__ import annotations

import csv
import io

import pytest

from conftest import Cli


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize(
    ("args", "first"),
    [
        (("staff",), ["Họ và tên", "Đơn vị", "Chức vụ", "Đang công tác", "Số hồ sơ"]),
        (
            ("report", "form06", "--from", "1/6/2021", "--to", "30/6/2021"),
            ["(2) Lĩnh vực", "(3) Tổng số"],
        ),
        (("check", "--as-of", "1/7/2021"), ["Danh sách", "Mã hồ sơ", "Thủ tục"]),
    ],
)
def test_vietnamese_headers_over_the_same_values(
    sample: Cli, args: tuple[str, ...], first: list[str]
) -> None:
    keys = _rows(sample(*args, "--format", "csv").stdout)
    labels = _rows(sample(*args, "--format", "csv", "--headers", "vi").stdout)
    assert labels[0][: len(first)] == first
    assert len(labels[0]) == len(keys[0]) and labels[0] != keys[0]
    assert labels[1:] == keys[1:]  # the values are the machine's, unchanged
    assert keys[0][0] in ("name", "field", "list")  # the default is still the keys


def test_the_headers_language_is_its_own(sample: Cli) -> None:
    english = _rows(sample("--lang", "en", "staff", "--format", "csv", "--headers", "vi").stdout)
    assert english[0][0] == "Họ và tên"
    vietnamese = _rows(sample("staff", "--format", "csv", "--headers", "en").stdout)
    assert vietnamese[0][0] == "Name"
    typed = _rows(sample("staff", "--format", "csv", "--headers", "tiếng việt").stdout)
    assert typed[0][0] == "Họ và tên"


def test_headers_go_with_csv_only(sample: Cli) -> None:
    result = sample("staff", "--headers", "vi")
    assert result.exit_code == 2
    assert "--headers chỉ dùng với --format csv" in result.stderr
    unknown = sample("staff", "--format", "csv", "--headers", "fr")
    assert unknown.exit_code == 2 and "khoa, vi, en" in unknown.stderr


def test_every_command_with_a_format_takes_headers() -> None:
    import click

    from thidua_cli.cli import COMMANDS, load_command

    def commands(command: click.Command) -> list[click.Command]:
        if isinstance(command, click.Group):
            return [c for child in command.commands.values() for c in commands(child)]
        return [command]

    found = [c for name in COMMANDS for c in commands(load_command(name))]
    formats = [c for c in found if any("--format" in getattr(p, "opts", ()) for p in c.params)]
    assert len(formats) > 10
    for command in formats:
        assert any("--headers" in getattr(p, "opts", ()) for p in command.params), command.name
