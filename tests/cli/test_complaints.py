"""Complaints about conduct: an upheld one breaks the code of conduct, a pending one counts for nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import Cli, dossier, write_csv
from thidua_cli.store.db import connect
from thidua_cli.store.emulation import conduct_rate

STAFF_HEADER = ["Họ và tên", "Đơn vị", "Chức vụ", "Đang công tác"]
STAFF = [
    ["Lê Văn An", "Bộ phận Một cửa", "Tổ trưởng", "x"],
    ["Phạm Thị Bình", "Bộ phận Một cửa", "Chuyên viên", "x"],
    ["Hồ Văn Cường", "Tổ Văn bằng", "Tổ trưởng", "x"],
    ["Vũ Thị Dung", "Tổ Văn bằng", "Chuyên viên", "x"],
    ["Đỗ Văn Em", "Tổ Văn bằng", "Chuyên viên", ""],
]
HEADER = [
    "Ngày phản ánh",
    "Cán bộ bị phản ánh",
    "Mã hồ sơ",
    "Nội dung phản ánh",
    "Kết quả xác minh",
]
ROWS = [
    ["02/06/2021", "Lê Văn An", "A", "Trả lời cộc lốc", "Không có cơ sở"],
    [
        "10/06/2021",
        "Hồ  Văn Cường",
        "B",
        "Hướng dẫn không đầy đủ, phải bổ sung nhiều lần",
        "Có cơ sở",
    ],
    ["22/06/2021", "Vũ Thị Dung", "C", "Không nghe điện thoại", "Đang xác minh"],
    ["25/06/2021", "Phạm Thị Bình", "", "Thái độ thiếu tôn trọng", ""],
    ["15/07/2021", "Phạm Thị Bình", "A", "Trả kết quả chậm", "đúng"],
]


@pytest.fixture
def office(cli: Cli, tmp_path: Path, procedures_csv: Path, make_dossiers) -> Cli:
    cli("import", "staff", str(write_csv(tmp_path / "cb.csv", STAFF_HEADER, STAFF)))
    cli("import", "procedures", str(procedures_csv))
    rows = [dossier(code, "01/06/2021", officer="Lê Văn An") for code in "ABC"]
    cli("import", "dossiers", str(make_dossiers(rows)))
    return cli


def complaints_file(tmp_path: Path, rows: list[list[str]] = ROWS, name: str = "pa.csv") -> Path:
    return write_csv(tmp_path / name, HEADER, rows)


def test_import_reads_outcomes_and_an_empty_one_is_pending(office: Cli, tmp_path: Path) -> None:
    result = office("import", "complaints", str(complaints_file(tmp_path)))
    assert result.exit_code == 0, result.stderr
    assert office.rows(
        "SELECT date, officer, dossier_code, outcome FROM complaints ORDER BY date"
    ) == [
        ("2021-06-02", "Lê Văn An", "A", "dismissed"),
        ("2021-06-10", "Hồ Văn Cường", "B", "upheld"),
        ("2021-06-22", "Vũ Thị Dung", "C", "pending"),
        ("2021-06-25", "Phạm Thị Bình", None, "pending"),
        ("2021-07-15", "Phạm Thị Bình", "A", "upheld"),
    ]


def test_a_later_export_with_the_verdict_updates_the_complaint(office: Cli, tmp_path: Path) -> None:
    office("import", "complaints", str(complaints_file(tmp_path)))
    verified = [list(r) for r in ROWS]
    verified[2][4] = "Không có cơ sở"
    verified[2][3] = "Không nghe  điện thoại"  # re-typed with a double space: same complaint
    result = office("import", "complaints", str(complaints_file(tmp_path, verified, "pa2.csv")))
    assert result.exit_code == 0
    assert "cập nhật 1" in result.stderr
    assert office.rows("SELECT outcome FROM complaints WHERE officer = 'Vũ Thị Dung'") == [
        ("dismissed",)
    ]
    assert office.rows("SELECT count(*) FROM complaints") == [(5,)]


def test_unknown_officers_and_dossiers_are_warnings(office: Cli, tmp_path: Path) -> None:
    rows = [
        ["02/06/2021", "Ông Khách", "A", "Chậm", "Có cơ sở"],
        ["03/06/2021", "Lê Văn An", "Z-404", "Chậm", "Sai"],
    ]
    result = office("import", "complaints", str(complaints_file(tmp_path, rows)))
    assert result.exit_code == 0
    assert "không có trong danh sách cán bộ: Ông Khách" in result.stderr
    assert "Z-404" in result.stderr


@pytest.mark.parametrize(
    ("row", "column", "value"),
    [
        (["02/06/2021", "Lê Văn An", "A", "Chậm", "Chưa rõ"], "Kết quả xác minh", "Chưa rõ"),
        (["2021/06/02", "Lê Văn An", "A", "Chậm", ""], "Ngày phản ánh", "2021/06/02"),
        (["02/06/2021", "", "A", "Chậm", ""], "Cán bộ bị phản ánh", ""),
        (["02/06/2021", "Lê Văn An", "A", "", ""], "Nội dung phản ánh", ""),
    ],
)
def test_invalid_rows_refuse_the_file(
    office: Cli, tmp_path: Path, row: list[str], column: str, value: str
) -> None:
    rejects = tmp_path / "loai.csv"
    path = complaints_file(tmp_path, [row])
    result = office("import", "complaints", str(path), "--rejects", str(rejects))
    assert result.exit_code == 1
    assert f"dòng 2, cột '{column}', giá trị '{value}'" in rejects.read_text(encoding="utf-8-sig")
    assert office.rows("SELECT count(*) FROM complaints") == [(0,)]


def test_complaints_json_names_who_broke_the_code_of_conduct(office: Cli, tmp_path: Path) -> None:
    office("import", "complaints", str(complaints_file(tmp_path)))
    june = office.json("complaints", "--from", "2021-06-01", "--to", "2021-06-30")
    assert [
        (c["officer"], c["unit"], c["outcome"], c["breaks_conduct"]) for c in june["complaints"]
    ] == [
        ("Lê Văn An", "Bộ phận Một cửa", "dismissed", False),
        ("Hồ Văn Cường", "Tổ Văn bằng", "upheld", True),
        ("Vũ Thị Dung", "Tổ Văn bằng", "pending", False),
        ("Phạm Thị Bình", "Bộ phận Một cửa", "pending", False),
    ]
    assert june["officers_in_breach"] == ["Hồ Văn Cường"]
    assert june["units_in_breach"] == ["Tổ Văn bằng"]
    assert june["pending"] == 2
    whole = office.json("complaints")
    # By given name: Bình before Cường.
    assert whole["officers_in_breach"] == ["Phạm Thị Bình", "Hồ Văn Cường"]
    assert whole["units_in_breach"] == ["Bộ phận Một cửa", "Tổ Văn bằng"]


def test_complaints_filters_and_table(office: Cli, tmp_path: Path) -> None:
    office("import", "complaints", str(complaints_file(tmp_path)))
    pending = office.json("complaints", "--outcome", "pending")
    assert [c["officer"] for c in pending["complaints"]] == ["Vũ Thị Dung", "Phạm Thị Bình"]
    one = office.json("complaints", "--officer", "Phạm  Thị Bình")
    assert [c["date"] for c in one["complaints"]] == ["2021-06-25", "2021-07-15"]
    assert one["officers_in_breach"] == ["Phạm Thị Bình"]
    table = office("--lang", "en", "complaints", "--to", "2021-06-30")
    assert table.exit_code == 0
    assert "Code of conduct broken (upheld complaints): officers Hồ Văn Cường" in table.stdout
    assert "Complaints still being verified: 2; not counted as breaches." in table.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--outcome", "maybe"), "maybe"),
        (("--from", "2021-06-30", "--to", "2021-06-01"), "2021-06-30"),
        (("--from", "31/06/2021"), "31/06/2021"),  # June has 30 days
    ],
)
def test_bad_options_are_usage_errors(office: Cli, args: tuple[str, ...], fragment: str) -> None:
    result = office("complaints", *args)
    assert result.exit_code == 2
    assert fragment in result.stderr


def test_conduct_rate_counts_active_staff_without_an_upheld_complaint(
    office: Cli, tmp_path: Path
) -> None:
    office("import", "complaints", str(complaints_file(tmp_path)))
    conn = connect(office.db, create=True)
    try:
        # Four in post; in June only Hồ Văn Cường has an upheld complaint (pending ones count not).
        assert conduct_rate(conn, date(2021, 6, 1), date(2021, 6, 30)) == 3 / 4
        assert conduct_rate(conn, date(2021, 6, 1), date(2021, 7, 31)) == 2 / 4
        assert conduct_rate(conn, date(2021, 8, 1), date(2021, 8, 31)) == 1.0
    finally:
        conn.close()
    empty = connect(tmp_path / "trong.db", create=True)
    try:
        assert conduct_rate(empty, date(2021, 6, 1), date(2021, 6, 30)) is None
    finally:
        empty.close()
