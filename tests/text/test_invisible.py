"""Invisible characters in codes and names: one dossier, one officer, whatever was pasted."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from conftest import DOSSIER_HEADER, Cli, dossier, write_csv
from thidua_cli.text.normalize import INVISIBLE_RANGES, code_of, person_name, visible


def test_the_invisible_characters_are_unicodes_format_characters() -> None:
    listed = {cp for low, high in INVISIBLE_RANGES for cp in range(low, high + 1)}
    formats = {cp for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)) == "Cf"}
    assert listed == formats


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("B-1", "B-1", "B-1"),
        ("\ufeffB-1", "B-1", "B-1"),
        ("B-1\u200b ", "B-1", "B-1"),
        ("\u200eB-1\u200f", "B-1", "B-1"),
        ("Lê Văn\u200b  Quân\u00ad", "Lê Văn  Quân", "Lê Văn Quân"),
        ("Lê\u2060 Thị\u200d Mai", "Lê Thị Mai", "Lê Thị Mai"),
        ("\u200b", "", ""),
    ],
)
def test_codes_and_names_lose_their_invisible_characters(text: str, code: str, name: str) -> None:
    assert code_of(text) == code
    assert person_name(text) == name
    assert visible(text) == "".join(c for c in text if unicodedata.category(c) != "Cf")


def test_ascii_is_returned_as_it_is() -> None:
    text = "H29-210601-0001"
    assert visible(text) is text


def _export(path: Path, rows: list[dict[str, str]]) -> Path:
    return write_csv(
        path, DOSSIER_HEADER, [[row.get(h, "") for h in DOSSIER_HEADER] for row in rows]
    )


def test_a_code_with_a_bom_or_a_zero_width_space_is_the_same_dossier(
    cli: Cli, tmp_path: Path
) -> None:
    first = _export(
        tmp_path / "a.csv",
        [dossier("B-1", "01/06/2021", officer="Lê Thị Mai", unit="Bộ phận Một cửa")],
    )
    assert cli("import", "dossiers", str(first)).exit_code == 0
    # The next export: the code behind a BOM, the officer with a zero-width space, now finished.
    second = _export(
        tmp_path / "b.csv",
        [
            dossier(
                "\ufeffB-1",
                "01/06/2021",
                officer="Lê\u200b Thị Mai",
                unit="Bộ phận\u2060 Một cửa",
                finished="03/06/2021",
            ),
            dossier("B-2\u200b", "02/06/2021", officer="Lê Thị Mai\u00ad"),
        ],
    )
    result = cli("import", "dossiers", str(second))
    assert result.exit_code == 0, result.stderr
    assert cli.rows("SELECT code, officer, unit, finish_on FROM dossiers ORDER BY code") == [
        ("B-1", "Lê Thị Mai", "Bộ phận Một cửa", "2021-06-03"),
        ("B-2", "Lê Thị Mai", None, None),
    ]
    assert cli.rows("SELECT inserted, updated FROM imports ORDER BY id") == [(1, 0), (1, 1)]
    # A code or name pasted with the same characters finds them.
    listed = cli.json("dossiers", "--officer", "\u200bLê Thị Mai", "--as-of", "2021-06-30")
    assert sorted(d["code"] for d in listed) == ["B-1", "B-2"]


def test_answers_complaints_and_the_roster_match_through_invisible_characters(
    cli: Cli, tmp_path: Path
) -> None:
    export = _export(tmp_path / "a.csv", [dossier("B-1", "01/06/2021", officer="Lê Thị Mai")])
    assert cli("import", "dossiers", str(export)).exit_code == 0
    staff = write_csv(tmp_path / "s.csv", ["Họ và tên", "Đơn vị"], [["Lê Thị\ufeff Mai", "Tổ A"]])
    assert cli("import", "staff", str(staff)).exit_code == 0
    answers = write_csv(
        tmp_path / "k.csv",
        ["Mã hồ sơ", "Ngày đánh giá", "Mức độ hài lòng"],
        [["\u200bB-1", "05/06/2021", "Hài lòng"]],
    )
    result = cli("--lang", "en", "import", "surveys", str(answers))
    assert result.exit_code == 0, result.stderr
    assert "match nobody" not in result.stderr
    assert cli.rows("SELECT dossier_code FROM surveys") == [("B-1",)]
    # The answer names no officer: it counts for its dossier's, found through the cleaned code.
    rows = cli.json("report", "satisfaction")["rows"]
    assert [(r["officer"], r["answers"]) for r in rows] == [("Lê Thị Mai", 1)]
    complaints = write_csv(
        tmp_path / "p.csv",
        ["Ngày phản ánh", "Cán bộ bị phản ánh", "Mã hồ sơ", "Nội dung phản ánh"],
        [["06/06/2021", "Lê\u200b Thị Mai", "B-1\ufeff", "Hẹn trả chậm"]],
    )
    result = cli("--lang", "en", "import", "complaints", str(complaints))
    assert result.exit_code == 0, result.stderr
    assert cli.rows("SELECT officer, dossier_code FROM complaints") == [("Lê Thị Mai", "B-1")]
    assert "not on the roster" not in result.stderr and "unknown" not in result.stderr


def test_a_workbook_cell_is_cleaned_like_a_csv_one(cli: Cli, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Cán bộ xử lý"])
    sheet.append(["\ufeffX-1", "Chuyển\u200b trường", "01/06/2021", "Lê\u200b Thị Mai"])
    path = tmp_path / "ho-so.xlsx"
    workbook.save(path)
    assert cli("import", "dossiers", str(path)).exit_code == 0
    assert cli.rows("SELECT code, procedure, officer FROM dossiers") == [
        ("X-1", "Chuyển trường", "Lê Thị Mai")
    ]


def test_a_code_of_nothing_but_invisible_characters_is_missing(cli: Cli, tmp_path: Path) -> None:
    export = _export(tmp_path / "a.csv", [dossier("\u200b\ufeff", "01/06/2021")])
    result = cli("--lang", "en", "import", "dossiers", str(export))
    assert result.exit_code == 1
    assert "a required value is missing" in result.stderr


def test_a_re_import_skips_a_row_whose_code_hides_an_invisible_character(tmp_path: Path) -> None:
    """The stage that skips unchanged rows finds each by its code as stored: a code behind a
    BOM is found, and its unchanged row skipped like any other."""
    from thidua_cli.importing import kinds
    from thidua_cli.importing.pipeline import ImportOptions, run_import
    from thidua_cli.store.db import connect

    rows = [dossier(f"\ufeffB-{n}", "01/06/2021", officer="Lê Thị Mai") for n in range(1, 40)]
    export = _export(tmp_path / "a.csv", rows)
    outcomes = []
    for _ in range(2):
        conn = connect(tmp_path / "t.db", create=True)
        outcomes.append(
            run_import(conn, export, kinds.get("dossiers"), ImportOptions(), describe=str)
        )
        conn.close()
    assert outcomes[0].inserted == 39
    assert (outcomes[1].skipped, outcomes[1].unchanged, outcomes[1].updated) == (39, 39, 0)
