"""Every word around thidua's own sentences is in the chosen language too: Click's and Typer's.

Help texts are chosen once per process (before the command line is parsed), so each language runs
in a process of its own, as a user's command does: the process asks for the help of every command
and makes a set of usage errors, and the test reads what a person would have read.
"""

from __future__ import annotations

import ast
import gettext
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
import typer

from conftest import Cli
from thidua_cli.commands.group import Group
from thidua_cli.text.frame import DOMAIN, LOCALE_DIR

# Run in a process of its own: the help of every command of the tree, then each usage error.
DRIVER = """
import json, sys
import click
from typer.testing import CliRunner
from thidua_cli.cli import COMMANDS, app, load_command

def walk(path, command):
    yield path
    if isinstance(command, click.Group):
        for name, child in command.commands.items():
            yield from walk([*path, name], child)

paths = [[]] + [p for name in COMMANDS for p in walk([name], load_command(name))]
runner = CliRunner()
def run(args):
    result = runner.invoke(app, args)
    return {"code": result.exit_code, "output": result.output}
print(json.dumps({
    "help": {" ".join(p): run([*p, "--help"]) for p in paths},
    "errors": {" ".join(args): run(args) for args in json.loads(sys.argv[1])},
}))
"""


def usage_errors(folder: Path) -> list[list[str]]:
    return [
        ["chek"],  # a mistyped command: "did you mean"
        ["calendar", "sho"],
        ["report", "form06"],  # a missing option
        ["report"],  # a group alone shows its help
        ["import", "dossiers"],  # a missing argument
        ["check", "--within", "-1"],  # out of range
        ["check", "--within", "abc"],  # not a number
        ["check", "--bogus"],  # no such option
        ["check", "--as-of"],  # an option without its value
        ["dossiers", "extra"],  # an argument too many
        ["check", "--output", str(folder)],  # a folder where a file is needed
        ["--lang", "fr", "check"],  # not one of the choices
        ["dossiers", "--format", "pdf"],
    ]


def _frame(lang: str, folder: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, json.dumps(usage_errors(folder))],
        capture_output=True,
        text=True,
        check=True,
        env={"THIDUA_LANG": lang, "PATH": "", "COLUMNS": "100"},
    )
    frame: dict[str, Any] = json.loads(done.stdout)
    return frame


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("a-folder")
    return {lang: _frame(lang, folder) for lang in ("vi", "en")}


# Words Click and Typer print in English, and the English names Click gives values.
ENGLISH = re.compile(
    r"Usage|Options|Commands|Arguments|\bError\b|\bTry\b|for help|Show this|No such|Missing|"
    r"Invalid value|Did you mean|default:|env var|required|is not|does not|not in the range|"
    r"unexpected|requires an argument|\b(TEXT|INTEGER|FLOAT|PATH|FILE|DIRECTORY|DIR|RANGE|BOOLEAN|"
    r"OPTIONS|COMMAND|ARGS|DATE|MONTH)\b|YYYY"
)
# The same frame in Vietnamese, which English output must not show.
VIETNAMESE = re.compile(
    r"Cách dùng|Tùy chọn|TÙY_CHỌN|Lệnh|LỆNH|Đối số|ĐỐI_SỐ|Lỗi|Xem hướng dẫn|Không có|Thiếu|"
    r"không hợp lệ|mặc định|bắt buộc|Có phải|\b(TỆP|CHỮ|SỐ|THƯ_MỤC|GIÂY)\b"
)


def test_the_driver_sees_every_command_and_every_error(frames: dict[str, Any]) -> None:
    # Guards the tests below against a walk that finds nothing.
    helped = frames["vi"]["help"]
    assert {"", "check", "import dossiers", "report form06", "calendar set"} <= set(helped)
    assert all(shown["code"] == 0 for shown in helped.values()), helped
    errors = frames["vi"]["errors"]
    assert len(errors) == len(usage_errors(Path("x")))
    assert all(shown["code"] == 2 for shown in errors.values()), errors


@pytest.mark.parametrize("kind", ["help", "errors"])
def test_vietnamese_has_no_english_frame_word(frames: dict[str, Any], kind: str) -> None:
    found = {
        args: match.group(0)
        for args, shown in frames["vi"][kind].items()
        if (match := ENGLISH.search(shown["output"]))
    }
    assert not found, found


@pytest.mark.parametrize("kind", ["help", "errors"])
def test_english_has_no_vietnamese_frame_word(frames: dict[str, Any], kind: str) -> None:
    found = {
        args: match.group(0)
        for args, shown in frames["en"][kind].items()
        if (match := VIETNAMESE.search(shown["output"]))
    }
    assert not found, found


def test_the_frame_is_translated_where_a_clerk_reads_it(frames: dict[str, Any]) -> None:
    vi, en = frames["vi"], frames["en"]
    assert vi["help"][""]["output"].startswith("Cách dùng: thidua [TÙY_CHỌN] LỆNH [ĐỐI_SỐ]...")
    assert "Tùy chọn:" in vi["help"]["check"]["output"]
    assert "Xem hướng dẫn này rồi thoát." in vi["help"]["check"]["output"]
    assert "Lỗi: Không có lệnh 'chek'. Có phải định gõ 'check'?" in vi["errors"]["chek"]["output"]
    assert "Lỗi: Thiếu tùy chọn '--from'." in vi["errors"]["report form06"]["output"]
    assert "Usage: thidua [OPTIONS] COMMAND [ARGS]..." in en["help"][""]["output"]
    assert "Error: No such command 'chek'. Did you mean 'check'?" in en["errors"]["chek"]["output"]


def test_a_mistyped_command_is_suggested_in_the_language_of_the_command_line(cli: Cli) -> None:
    # The frame follows each command line's --lang, even in one process.
    vietnamese = cli("calendar", "sho")
    english = cli("--lang", "en", "calendar", "sho")
    assert vietnamese.exit_code == english.exit_code == 2
    assert "Không có lệnh 'sho'. Có phải định gõ 'show'?" in vietnamese.stderr
    assert "No such command 'sho'. Did you mean 'show'?" in english.stderr


def _groups(command: click.Command) -> list[click.Command]:
    if not isinstance(command, click.Group):
        return []
    return [command, *(g for child in command.commands.values() for g in _groups(child))]


def test_every_group_suggests_commands_in_the_users_language() -> None:
    from thidua_cli.cli import COMMANDS, app, load_command

    root = typer.main.get_command(app)
    groups = _groups(root) + [g for name in COMMANDS for g in _groups(load_command(name))]
    assert len(groups) > 5
    assert all(isinstance(g, Group) for g in groups), [g.name for g in groups]


# --- the catalogue itself ---


def _marked_strings() -> set[str | tuple[str, str]]:
    """Every string Click and Typer pass to gettext: a msgid, or (singular, plural)."""
    found: set[str | tuple[str, str]] = set()
    for package in (click, typer):
        for path in Path(package.__file__).parent.glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                    continue
                texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
                if node.func.id == "_" and texts:
                    found.add(texts[0])
                elif node.func.id == "ngettext" and len(texts) >= 2:
                    found.add((texts[0], texts[1]))
    return found


def _compiled() -> gettext.GNUTranslations:
    path = LOCALE_DIR / "vi" / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def test_every_string_click_and_typer_mark_has_a_vietnamese_translation() -> None:
    marked = _marked_strings()
    assert "Usage:" in marked
    assert any(isinstance(m, tuple) and m[0] == "Did you mean {possibility}?" for m in marked)
    # A plural entry is stored under its singular and form 0.
    catalogue = _compiled()._catalog  # type: ignore[attr-defined]
    untranslated = sorted(
        str(msgid)
        for msgid in marked
        if (msgid if isinstance(msgid, str) else (msgid[0], 0)) not in catalogue
    )
    assert not untranslated, untranslated


def _po_entries(text: str) -> dict[str, str]:
    """msgid (or "singular\\0plural") -> msgstr (the first form), from a .po file's text."""
    entries: dict[str, str] = {}
    fields: dict[str, str] = {}
    current = ""

    def flush() -> None:
        if "msgid" in fields:
            key = fields["msgid"]
            if "msgid_plural" in fields:
                key += "\0" + fields["msgid_plural"]
            entries[key] = fields.get("msgstr", fields.get("msgstr[0]", ""))
        fields.clear()

    for line in [*text.splitlines(), ""]:
        line = line.strip()
        if not line:
            flush()
        elif line.startswith('"'):
            fields[current] += ast.literal_eval(line)
        elif not line.startswith("#"):
            current, _, quoted = line.partition(" ")
            fields[current] = ast.literal_eval(quoted)
    return entries


def test_the_compiled_catalogue_is_its_source() -> None:
    source = _po_entries((LOCALE_DIR / "vi" / "LC_MESSAGES" / f"{DOMAIN}.po").read_text("utf-8"))
    compiled = _compiled()._catalog  # type: ignore[attr-defined]
    assert len(source) > 60
    for msgid, msgstr in source.items():
        key: Any = msgid if "\0" not in msgid else (msgid.split("\0")[0], 0)
        assert compiled.get(key) == msgstr, f"{msgid!r}: run msgfmt again (see the .po header)"
    assert len(compiled) == len(source)


def test_every_value_is_named_by_what_it_is(frames: dict[str, Any]) -> None:
    # Not by its type: "CHỮ"/"TEXT" tells a clerk nothing about what to type.
    generic = {"vi": re.compile(r"\bCHỮ\b"), "en": re.compile(r"\bTEXT\b")}
    for lang, word in generic.items():
        named = {
            args: match.group(0)
            for args, shown in frames[lang]["help"].items()
            if (match := word.search(shown["output"]))
        }
        assert not named, (lang, named)
    vi, en = frames["vi"]["help"], frames["en"]["help"]
    assert "thidua vocab add [TÙY_CHỌN] BỘ_TỪ NHÃN TỪ_CHUẨN" in vi["vocab add"]["output"]
    assert "thidua vocab add [OPTIONS] VOCABULARY LABEL WORD" in en["vocab add"]["output"]
    assert "--officer TÊN_CÁN_BỘ" in vi["dossiers"]["output"]
    assert "--campaign SỐ_HIỆU" in vi["report compliance"]["output"]
    assert "thidua campaign show [TÙY_CHỌN] SỐ_HIỆU" in vi["campaign show"]["output"]


def test_vietnamese_help_shows_no_internal_word_of_a_choice(frames: dict[str, Any]) -> None:
    # The words a clerk types are the table's labels (commands/choices.py); the English keys
    # JSON carries are accepted too, but Vietnamese help never offers them.
    from thidua_cli.commands import choices

    keys = {
        key
        for chosen in vars(choices).values()
        if isinstance(chosen, choices.Choices)
        for key in chosen.keys
        if chosen.shown(key, "vi") != key  # json, csv, vi, en: the same word in both
    }
    internal = re.compile(r"\b(" + "|".join(sorted(keys, key=len, reverse=True)) + r")\b")
    found = {
        args: match.group(0)
        for args, shown in frames["vi"]["help"].items()
        # Option and command names are English words on purpose (--unit, set-status): they are
        # not values; a key has no hyphen.
        if (match := internal.search(re.sub(r"[\w-]*-[\w-]+", "", shown["output"])))
    }
    assert not found, found
