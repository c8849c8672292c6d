"""The staff roster: import, listing, and officer names that match nobody on it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from conftest import Cli, dossier, write_csv

HEADER = ["Họ và tên", "Đơn vị", "Chức vụ", "Đang công tác"]
ROSTER = [
    ["Lê Văn An", "Bộ phận Một cửa", "Tổ trưởng", "x"],
    ["Phạm  Thị Bình ", "Bộ phận Một cửa", "Chuyên viên", "x"],
    ["Hồ Văn Cường", "Tổ Văn bằng", "Tổ phó", "x"],
    ["Vũ Thị Dung", "Tổ Văn bằng", "Chuyên viên", ""],
]


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "can-bo.csv", HEADER, ROSTER)


def test_import_stores_normalised_names_roles_and_who_is_in_post(cli: Cli, roster: Path) -> None:
    result = cli("import", "staff", str(roster))
    assert result.exit_code == 0, result.stderr
    assert cli.rows("SELECT name, unit, role, active FROM staff ORDER BY id") == [
        ("Lê Văn An", "Bộ phận Một cửa", "head", 1),
        ("Phạm Thị Bình", "Bộ phận Một cửa", "staff", 1),
        ("Hồ Văn Cường", "Tổ Văn bằng", "deputy", 1),
        ("Vũ Thị Dung", "Tổ Văn bằng", "staff", 0),
    ]


def test_reimport_changes_nothing_and_an_edit_updates_in_place(
    cli: Cli, roster: Path, tmp_path: Path
) -> None:
    cli("import", "staff", str(roster))
    again = cli("import", "staff", str(roster))
    assert again.exit_code == 0
    assert "không đổi 4" in again.stderr
    moved = [*ROSTER[:3], ["Vũ Thị Dung", "Bộ phận Một cửa", "Chuyên viên", "x"]]
    cli("import", "staff", str(write_csv(tmp_path / "moi.csv", HEADER, moved)))
    assert cli.rows("SELECT unit, active FROM staff WHERE name = 'Vũ Thị Dung'") == [
        ("Bộ phận Một cửa", 1)
    ]
    assert cli.rows("SELECT count(*) FROM staff") == [(4,)]


def test_without_an_active_column_everyone_is_in_post(cli: Cli, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ds.csv", ["Họ tên", "Đơn vị"], [["Lê Văn An", "Tổ Văn bằng"]])
    assert cli("import", "staff", str(path)).exit_code == 0
    assert cli.rows("SELECT role, active FROM staff") == [("staff", 1)]


def test_a_bad_role_is_reported_with_line_column_and_value(cli: Cli, tmp_path: Path) -> None:
    rows = [ROSTER[0], ["Lê Văn Bảo", "Tổ Văn bằng", "Bảo vệ", "x"]]
    rejects = tmp_path / "loai.csv"
    path = write_csv(tmp_path / "sai.csv", HEADER, rows)
    result = cli("import", "staff", str(path), "--rejects", str(rejects))
    assert result.exit_code == 1
    assert "Bảo vệ" in result.stderr
    reason = rejects.read_text(encoding="utf-8-sig").splitlines()[1]
    assert "dòng 3, cột 'Chức vụ', giá trị 'Bảo vệ': chức vụ không nhận ra được" in reason
    assert cli.rows("SELECT count(*) FROM staff") == [(0,)]


def test_the_same_name_twice_with_different_units_is_refused(cli: Cli, tmp_path: Path) -> None:
    rows = [ROSTER[0], ["Lê Văn An", "Tổ Văn bằng", "Chuyên viên", "x"]]
    result = cli("import", "staff", str(write_csv(tmp_path / "trung.csv", HEADER, rows)))
    assert result.exit_code == 1
    assert cli.rows("SELECT count(*) FROM staff") == [(0,)]


def test_a_missing_unit_column_is_a_failure(cli: Cli, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "thieu.csv", ["Họ và tên"], [["Lê Văn An"]])
    result = cli("import", "staff", str(path))
    assert result.exit_code == 3
    assert "Đơn vị" in result.stderr


def test_staff_lists_the_roster_with_dossier_counts(
    cli: Cli, roster: Path, procedures_csv: Path, make_dossiers
) -> None:
    cli("import", "staff", str(roster))
    cli("import", "procedures", str(procedures_csv))
    # Combining marks (as cp1258 exports write) and a double space still match the roster.
    decomposed = unicodedata.normalize("NFD", "Hồ  Văn Cường")
    cli(
        "import",
        "dossiers",
        str(
            make_dossiers(
                [
                    dossier("A", "01/06/2021", officer="Lê Văn An"),
                    dossier("B", "01/06/2021", officer=decomposed),
                    dossier("C", "02/06/2021", officer="Hồ Văn Cường"),
                ]
            )
        ),
    )
    listed = cli.json("staff")
    assert [(s["name"], s["role"], s["active"], s["dossiers"]) for s in listed] == [
        ("Lê Văn An", "head", True, 1),
        ("Phạm Thị Bình", "staff", True, 0),
        ("Hồ Văn Cường", "deputy", True, 2),
        ("Vũ Thị Dung", "staff", False, 0),
    ]
    only = cli.json("staff", "--unit", "Tổ  Văn bằng")
    assert [s["name"] for s in only] == ["Hồ Văn Cường", "Vũ Thị Dung"]


def test_officers_that_match_nobody_are_a_warning(
    cli: Cli, roster: Path, procedures_csv: Path, make_dossiers
) -> None:
    cli("import", "staff", str(roster))
    cli("import", "procedures", str(procedures_csv))
    rows = [
        dossier("A", "01/06/2021", officer="Lê Văn An"),
        dossier("B", "01/06/2021", officer="Lâm Hồng Hằng"),
        dossier("C", "02/06/2021", officer="Lâm  Hồng Hằng"),
    ]
    imported = cli("import", "dossiers", str(make_dossiers(rows)))
    assert imported.exit_code == 0
    assert "Lâm Hồng Hằng (2/0)" in imported.stderr
    assert "Lê Văn An" not in imported.stderr
    listed = cli("staff")
    assert listed.exit_code == 0
    assert "Lâm Hồng Hằng (2/0)" in listed.stderr
    assert "Lâm Hồng Hằng" not in listed.stdout


def test_a_roster_imported_later_names_the_unknown_officers(
    cli: Cli, roster: Path, procedures_csv: Path, make_dossiers
) -> None:
    cli("import", "procedures", str(procedures_csv))
    quiet = cli(
        "import", "dossiers", str(make_dossiers([dossier("A", "01/06/2021", officer="Ông Khách")]))
    )
    # Without a roster there is nothing to match against: no warning.
    assert "Ông Khách" not in quiet.stderr
    result = cli("import", "staff", str(roster))
    assert "Ông Khách (1/0)" in result.stderr


def test_staff_without_a_roster_says_how_to_import_one(cli: Cli) -> None:
    result = cli.create()("staff")
    assert result.exit_code == 0
    assert "thidua import staff" in result.stderr


def test_staff_table_in_english(cli: Cli, roster: Path) -> None:
    cli("import", "staff", str(roster))
    result = cli("--lang", "en", "staff")
    assert result.exit_code == 0
    assert "Staff roster (4 people)" in result.stdout
    assert "Deputy" in result.stdout
