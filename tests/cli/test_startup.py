"""Start-up: every command is there, and only the one that runs is loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Cli
from thidua_cli.cli import COMMANDS
from thidua_cli.text.help import h

LOADED = """
import json, sys
from thidua_cli.cli import main
sys.argv = ["thidua", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.startswith("thidua_cli.commands."))))
"""


def _commands_loaded(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", LOADED, json.dumps(args)],
        capture_output=True,
        text=True,
        check=True,
        env={"THIDUA_LANG": "en", "PATH": ""},
    )
    loaded: list[str] = json.loads(done.stdout.splitlines()[-1])
    return loaded


COMMAND_MODULES = {f"thidua_cli.commands.{module}" for module, _, _ in COMMANDS.values()}


def test_help_lists_every_command_without_loading_any() -> None:
    assert COMMAND_MODULES.isdisjoint(_commands_loaded("--help"))


def test_a_command_loads_its_own_module_and_not_the_others(tmp_path: Path) -> None:
    loaded = _commands_loaded("--db", str(tmp_path / "t.db"), "--quiet", "check")
    assert "thidua_cli.commands.check_cmd" in loaded
    for name in ("import", "report", "awards", "campaign", "demo"):
        module = f"thidua_cli.commands.{COMMANDS[name][0]}"
        assert module not in loaded


def test_the_root_help_lists_each_command_with_its_help(cli: Cli) -> None:
    result = cli("--lang", "en", "--help")
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.stdout.splitlines() if line.startswith("  ")]
    commands = [name for name in listed if name in COMMANDS]
    assert commands == list(COMMANDS)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_each_command_loads_and_shows_its_own_help(cli: Cli, name: str) -> None:
    result = cli(name, "--help")
    assert result.exit_code == 0, result.output
    first_words = h(COMMANDS[name][2]).split()[:3]
    assert " ".join(first_words) in " ".join(result.stdout.split())


def test_an_unknown_command_is_a_usage_error(cli: Cli) -> None:
    result = cli("no-such-command")
    assert result.exit_code == 2
    assert "no-such-command" in result.stderr
