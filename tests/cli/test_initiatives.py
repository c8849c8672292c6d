"""Initiatives (sáng kiến, mô hình, giải pháp): import, add, status changes, and who registered none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import Cli, write_csv
from thidua_cli.store.db import connect
from thidua_cli.store.emulation import initiatives_registered

STAFF_HEADER = ["Họ và tên", "Đơn vị", "Chức vụ", "Đang công tác"]
STAFF = [
    ["Lê Văn An", "Bộ phận Một cửa", "Tổ trưởng", "x"],
    ["Phạm Thị Bình", "Tổ Văn bằng", "Chuyên viên", "x"],
    ["Hồ Văn Cường", "Tổ Tổ chức", "Tổ trưởng", "x"],
    ["Vũ Thị Dung", "Tổ Lưu trữ", "Chuyên viên", ""],
]
HEADER = [
    "Đơn vị/cá nhân",
    "Tên sáng kiến",
    "Loại",
    "Ngày đăng ký",
    "Tình trạng",
    "Ngày quyết định",
    "Số quyết định",
]
ROWS = [
    [
        "Bộ phận Một cửa",
        "Mô hình nhắn tin hẹn trả",
        "Mô hình",
        "07/06/2021",
        "Được công nhận",
        "25/06/2021",
        "125/QĐ-GDĐT",
    ],
    [
        "Phạm  Thị Bình",
        "Sổ tay tra cứu sổ gốc",
        "Sáng kiến",
        "10/06/2021",
        "Đang thẩm định",
        "",
        "",
    ],
    [
        "Lê Văn An",
        "Phiếu hẹn có mã QR",
        "Giải pháp",
        "11/06/2021",
        "Không công nhận",
        "28/06/2021",
        "",
    ],
    ["Ban Đối ngoại", "Bảng tin điện tử", "", "12/06/2021", "", "", ""],
]


@pytest.fixture
def office(cli: Cli, tmp_path: Path) -> Cli:
    assert (
        cli("import", "staff", str(write_csv(tmp_path / "cb.csv", STAFF_HEADER, STAFF))).exit_code
        == 0
    )
    return cli


def initiatives_file(tmp_path: Path, rows: list[list[str]] = ROWS, name: str = "sk.csv") -> Path:
    return write_csv(tmp_path / name, HEADER, rows)


def test_import_classifies_owners_and_reads_kinds_statuses_and_decisions(
    office: Cli, tmp_path: Path
) -> None:
    result = office("import", "initiatives", str(initiatives_file(tmp_path)))
    assert result.exit_code == 0, result.stderr
    assert office.rows(
        "SELECT owner, owner_kind, kind, registered_on, status, decided_on, decision_no "
        "FROM initiatives ORDER BY id"
    ) == [
        (
            "Bộ phận Một cửa",
            "unit",
            "model",
            "2021-06-07",
            "recognized",
            "2021-06-25",
            "125/QĐ-GDĐT",
        ),
        ("Phạm Thị Bình", "officer", "initiative", "2021-06-10", "under_review", None, None),
        ("Lê Văn An", "officer", "solution", "2021-06-11", "rejected", "2021-06-28", None),
        ("Ban Đối ngoại", None, None, "2021-06-12", "registered", None, None),
    ]
    # An owner that is neither an officer nor a unit is kept, and named.
    assert "Ban Đối ngoại" in result.stderr


def test_reimport_updates_the_status_in_place(office: Cli, tmp_path: Path) -> None:
    office("import", "initiatives", str(initiatives_file(tmp_path)))
    decided = [list(r) for r in ROWS]
    decided[1][4:7] = ["Được công nhận", "30/06/2021", "130/QĐ-GDĐT"]
    # Another spelling of the same title is the same initiative.
    decided[1][1] = "Sổ tay tra cứu  sổ gốc."
    result = office("import", "initiatives", str(initiatives_file(tmp_path, decided, "sk2.csv")))
    assert result.exit_code == 0
    assert "cập nhật 1" in result.stderr
    assert office.rows("SELECT count(*) FROM initiatives") == [(4,)]
    assert office.rows(
        "SELECT status, decision_no FROM initiatives WHERE owner = 'Phạm Thị Bình'"
    ) == [("recognized", "130/QĐ-GDĐT")]


@pytest.mark.parametrize(
    ("row", "column", "fragment"),
    [
        (["Lê Văn An", "X", "Sáng kiến", "11/06/2021", "Đã xong", "", ""], "Tình trạng", "Đã xong"),
        (["Lê Văn An", "X", "Đề tài", "11/06/2021", "", "", ""], "Loại", "Đề tài"),
        (["Lê Văn An", "X", "", "31/06/2021", "", "", ""], "Ngày đăng ký", "31/06/2021"),
        (
            ["Lê Văn An", "X", "", "11/06/2021", "Được công nhận", "01/06/2021", ""],
            "Ngày quyết định",
            "01/06/2021",
        ),
        (["Lê Văn An", "", "", "11/06/2021", "", "", ""], "Tên sáng kiến", ""),
    ],
)
def test_invalid_rows_refuse_the_file(
    office: Cli, tmp_path: Path, row: list[str], column: str, fragment: str
) -> None:
    rejects = tmp_path / "loai.csv"
    result = office(
        "import", "initiatives", str(initiatives_file(tmp_path, [row])), "--rejects", str(rejects)
    )
    assert result.exit_code == 1
    reason = rejects.read_text(encoding="utf-8-sig").splitlines()[1]
    assert f"dòng 2, cột '{column}', giá trị '{fragment}'" in reason
    assert office.rows("SELECT count(*) FROM initiatives") == [(0,)]


def test_a_roster_loaded_after_the_initiatives_classifies_their_owners(
    cli: Cli, tmp_path: Path
) -> None:
    cli("import", "initiatives", str(initiatives_file(tmp_path)))
    assert cli.rows("SELECT count(*) FROM initiatives WHERE owner_kind IS NULL") == [(4,)]
    cli("import", "staff", str(write_csv(tmp_path / "cb.csv", STAFF_HEADER, STAFF)))
    assert cli.rows("SELECT owner, owner_kind FROM initiatives ORDER BY id") == [
        ("Bộ phận Một cửa", "unit"),
        ("Phạm Thị Bình", "officer"),
        ("Lê Văn An", "officer"),
        ("Ban Đối ngoại", None),
    ]


def test_list_shows_the_units_that_registered_nothing(office: Cli, tmp_path: Path) -> None:
    office("import", "initiatives", str(initiatives_file(tmp_path)))
    listed = office.json("initiative", "list")
    # Tổ Văn bằng registered through its officer; Tổ Lưu trữ has nobody in post.
    assert listed["units_without_initiative"] == ["Tổ Tổ chức"]
    assert [(i["owner"], i["unit"], i["status"]) for i in listed["initiatives"]] == [
        ("Bộ phận Một cửa", "Bộ phận Một cửa", "recognized"),
        ("Phạm Thị Bình", "Tổ Văn bằng", "under_review"),
        ("Lê Văn An", "Bộ phận Một cửa", "rejected"),
        ("Ban Đối ngoại", None, "registered"),
    ]
    table = office("initiative", "list")
    assert "Đơn vị chưa đăng ký sáng kiến nào" in table.stdout
    assert "Tổ Tổ chức" in table.stdout


def test_add_then_move_through_review_to_a_decision(office: Cli) -> None:
    added = office(
        "initiative",
        "add",
        "Tổ Tổ chức",
        "Quy trình số hóa hồ sơ cán bộ",
        "--registered-on",
        "2021-06-14",
        "--kind",
        "mô hình",
    )
    assert added.exit_code == 0, added.stderr
    assert "số 1" in added.stderr
    missing = office.json("initiative", "list")["units_without_initiative"]
    assert missing == ["Bộ phận Một cửa", "Tổ Văn bằng"]
    assert office("initiative", "set-status", "1", "under_review").exit_code == 0
    needs_date = office("initiative", "set-status", "1", "recognized")
    assert needs_date.exit_code == 2
    assert "--decided-on" in needs_date.stderr
    done = office(
        "initiative",
        "set-status",
        "1",
        "recognized",
        "--decided-on",
        "2021-06-25",
        "--decision-no",
        "131/QĐ-GDĐT",
    )
    assert done.exit_code == 0
    assert office.rows(
        "SELECT owner_kind, kind, status, decided_on, decision_no FROM initiatives"
    ) == [("unit", "model", "recognized", "2021-06-25", "131/QĐ-GDĐT")]


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([("rejected", "2021-06-20"), ("under_review", None)], "không chuyển sang Đang thẩm định"),
        (
            [("recognized", "2021-06-20"), ("rejected", "2021-06-21")],
            "không chuyển sang Không công nhận",
        ),
        ([("approved", None)], "Tình trạng 'approved' không có"),
        ([("recognized", "2021-06-01")], "trước ngày đăng ký"),
    ],
)
def test_status_changes_follow_the_plan(
    office: Cli, steps: list[tuple[str, str | None]], message: str
) -> None:
    office("initiative", "add", "Lê Văn An", "Phiếu hẹn", "--registered-on", "2021-06-11")
    *allowed, refused = steps
    for status, day in allowed:
        assert (
            office("initiative", "set-status", "1", status, "--decided-on", str(day)).exit_code == 0
        )
    args = ["initiative", "set-status", "1", refused[0]]
    if refused[1]:
        args += ["--decided-on", refused[1]]
    result = office(*args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_add_refuses_a_duplicate_and_unknown_ids(office: Cli) -> None:
    args = ("initiative", "add", "Lê Văn An", "Phiếu hẹn", "--registered-on", "2021-06-11")
    assert office(*args).exit_code == 0
    again = office(*args)
    assert again.exit_code == 2
    assert "đã đăng ký" in again.stderr
    missing = office("initiative", "set-status", "9", "under_review")
    assert missing.exit_code == 2
    assert "số 9" in missing.stderr
    bad_kind = office(
        "initiative",
        "add",
        "Lê Văn An",
        "Khác",
        "--registered-on",
        "2021-06-11",
        "--kind",
        "đề tài",
    )
    assert bad_kind.exit_code == 2


def test_add_warns_about_an_owner_nobody_knows(office: Cli) -> None:
    result = office("initiative", "add", "Ông Khách", "Ý tưởng", "--registered-on", "2021-06-11")
    assert result.exit_code == 0
    assert "'Ông Khách' không phải cán bộ" in result.stderr


def test_initiatives_registered_counts_at_the_end_of_the_period(
    office: Cli, tmp_path: Path
) -> None:
    office("import", "initiatives", str(initiatives_file(tmp_path)))
    conn = connect(office.db, create=True)
    try:
        # All four by 27/6 (the rejection of 28/6 had not happened yet); the rejected one is out
        # by 30/6; only the first was registered by 9/6.
        assert initiatives_registered(conn, date(2021, 6, 1), date(2021, 6, 27)) == 4
        assert initiatives_registered(conn, date(2021, 6, 1), date(2021, 6, 30)) == 3
        assert initiatives_registered(conn, date(2021, 6, 1), date(2021, 6, 9)) == 1
    finally:
        conn.close()


def test_initiatives_registered_is_zero_with_a_roster_and_none_without(
    office: Cli, tmp_path: Path
) -> None:
    conn = connect(office.db, create=True)
    try:
        assert initiatives_registered(conn, date(2021, 6, 1), date(2021, 6, 30)) == 0
    finally:
        conn.close()
    empty = connect(tmp_path / "trong.db", create=True)
    try:
        assert initiatives_registered(empty, date(2021, 6, 1), date(2021, 6, 30)) is None
    finally:
        empty.close()
