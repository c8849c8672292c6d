"""Online enrolment: import, rate per school and stage, lowest per level, against a campaign target."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Cli, write_csv
from thidua_cli.store.db import connect
from thidua_cli.store.emulation import lowest_enrollment_rate

HEADER = ["Trường", "Cấp học", "Giai đoạn", "Tổng số hồ sơ", "Số hồ sơ trực tuyến"]
ROWS = [
    ["Trường Mầm non Sơn Ca", "Mầm non", "Đợt 1", "146", "146"],
    ["Trường Mầm non Sơn Ca", "Mầm non", "Bổ sung", "14", "11"],
    ["Trường Mầm non Hoa Sen", "Mầm non", "Đợt 1", "120", "114"],
    ["Trường THCS Rạng Đông", "THCS", "Đợt 1", "1.403", "1.403"],
    ["Trường THCS Rạng Đông", "THCS", "Bổ sung", "0", "0"],
]
CAMPAIGN = """
[campaign]
code = "TS-2021"
name = "Tuyển sinh trực tuyến"
start = 2021-06-01
end = 2021-07-31

[[targets]]
metric = "online_enrollment_rate"
op = ">="
value = {target}
"""


def load_campaign(cli: Cli, tmp_path: Path, target: float, name: str = "ts.toml") -> None:
    path = tmp_path / name
    path.write_text(CAMPAIGN.format(target=target), encoding="utf-8")
    result = cli("campaign", "load", str(path))
    assert result.exit_code == 0, result.stderr


@pytest.fixture
def enrolled(cli: Cli, tmp_path: Path) -> Cli:
    path = write_csv(tmp_path / "ts.csv", HEADER, ROWS)
    result = cli("import", "enrollment", str(path), "--year", "2021-2022")
    assert result.exit_code == 0, result.stderr
    return cli


def test_import_keeps_figures_and_is_idempotent(enrolled: Cli, tmp_path: Path) -> None:
    assert enrolled.rows("SELECT school, stage, total, online FROM enrollment ORDER BY id")[:4] == [
        ("Trường Mầm non Sơn Ca", "Đợt 1", 146, 146),
        ("Trường Mầm non Sơn Ca", "Bổ sung", 14, 11),
        ("Trường Mầm non Hoa Sen", "Đợt 1", 120, 114),
        ("Trường THCS Rạng Đông", "Đợt 1", 1403, 1403),
    ]
    again = enrolled("import", "enrollment", str(tmp_path / "ts.csv"), "--year", "2021-22")
    assert "không đổi 5" in again.stderr


@pytest.mark.parametrize(
    ("row", "column", "value", "reason"),
    [
        (
            ["Trường A", "Mầm non", "Đợt 1", "10", "12"],
            "Số hồ sơ trực tuyến",
            "12",
            "số hồ sơ trực tuyến lớn hơn tổng số hồ sơ (10)",
        ),
        (["Trường A", "Mầm non", "Đợt 1", "-3", "0"], "Tổng số hồ sơ", "-3", "số không được âm"),
        (
            ["Trường A", "Mầm non", "Đợt 1", "mười", "0"],
            "Tổng số hồ sơ",
            "mười",
            "cần một số nguyên",
        ),
        (["Trường A", "", "Đợt 1", "10", "10"], "Cấp học", "", "thiếu giá trị bắt buộc"),
    ],
)
def test_invalid_rows_are_reported_with_line_column_value_and_reason(
    cli: Cli, tmp_path: Path, row: list[str], column: str, value: str, reason: str
) -> None:
    rejects = tmp_path / "loai.csv"
    path = write_csv(tmp_path / "sai.csv", HEADER, [ROWS[0], row])
    result = cli("import", "enrollment", str(path), "--rejects", str(rejects))
    assert result.exit_code == 1
    assert f"dòng 3, cột '{column}', giá trị '{value}': {reason}" in rejects.read_text(
        encoding="utf-8-sig"
    )
    assert cli.rows("SELECT count(*) FROM enrollment") == [(0,)]


def test_report_rates_lowest_per_level_and_schools_below_full(enrolled: Cli) -> None:
    data = enrolled.json("report", "enrollment")
    assert data["campaign"] is None and data["target"] is None
    rates = {(r["school"], r["stage"]): r["rate"] for r in data["rows"]}
    assert rates[("Trường Mầm non Sơn Ca", "Bổ sung")] == pytest.approx(11 / 14)
    assert rates[("Trường Mầm non Hoa Sen", "Đợt 1")] == pytest.approx(0.95)
    assert rates[("Trường THCS Rạng Đông", "Bổ sung")] is None  # no application: no rate
    assert [
        (lv["level"], lv["total"], lv["online"], lv["lowest_school"], lv["lowest_stage"])
        for lv in data["levels"]
    ] == [
        ("Mầm non", 280, 271, "Trường Mầm non Sơn Ca", "Bổ sung"),
        ("THCS", 1403, 1403, "Trường THCS Rạng Đông", "Đợt 1"),
    ]
    assert [lv["lowest_rate"] for lv in data["levels"]] == [pytest.approx(11 / 14), 1.0]
    assert data["lowest_rate"] == pytest.approx(11 / 14)
    assert [(r["school"], r["stage"]) for r in data["below_full"]] == [
        ("Trường Mầm non Sơn Ca", "Bổ sung"),
        ("Trường Mầm non Hoa Sen", "Đợt 1"),
    ]


def test_report_beside_the_campaign_target(enrolled: Cli, tmp_path: Path) -> None:
    load_campaign(enrolled, tmp_path, 1.0)
    data = enrolled.json("report", "enrollment", "--campaign", "TS-2021")
    assert data["campaign"] == "TS-2021"
    assert data["target"] == {
        "metric": "online_enrollment_rate",
        "op": ">=",
        "target": 1.0,
        "actual": pytest.approx(11 / 14),
        "met": False,
    }
    table = enrolled("--lang", "en", "report", "enrollment", "--campaign", "TS-2021")
    assert table.exit_code == 0
    line = next(line for line in table.stdout.splitlines() if "Lowest online" in line)
    assert [cell.strip() for cell in line.strip("│ ").split("│")[1:]] == [
        "required ≥ 100%",
        "78.6%",
        "Not met",
    ]
    assert "Trường Mầm non Sơn Ca" in table.stdout


def test_a_lower_target_is_met(enrolled: Cli, tmp_path: Path) -> None:
    load_campaign(enrolled, tmp_path, 0.75)
    assert enrolled.json("report", "enrollment", "--campaign", "TS-2021")["target"]["met"] is True


def test_a_campaign_without_the_target_says_so(enrolled: Cli, tmp_path: Path) -> None:
    path = tmp_path / "khac.toml"
    path.write_text(CAMPAIGN.split("[[targets]]")[0], encoding="utf-8")
    enrolled("campaign", "load", str(path))
    result = enrolled("report", "enrollment", "--campaign", "TS-2021", "--format", "json")
    assert result.exit_code == 0
    assert "online_enrollment_rate" in result.stderr


def test_an_unknown_campaign_is_a_usage_error(enrolled: Cli) -> None:
    assert enrolled("report", "enrollment", "--campaign", "KHÔNG-CÓ").exit_code == 2


def test_csv_is_the_per_school_sheet(enrolled: Cli) -> None:
    result = enrolled("report", "enrollment", "--format", "csv")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "school,level,stage,total,online,rate,school_year"
    assert lines[1] == "Trường Mầm non Hoa Sen,Mầm non,Đợt 1,120,114,0.95,2021-2022"
    assert lines[3] == "Trường Mầm non Sơn Ca,Mầm non,Bổ sung,14,11,0.7857142857142857,2021-2022"


def test_without_figures_the_report_is_empty_and_the_rate_undefined(cli: Cli) -> None:
    result = cli.create()("report", "enrollment", "--format", "json")
    assert result.exit_code == 0
    assert "thidua import enrollment" in result.stderr
    conn = connect(cli.db, create=True)
    try:
        assert lowest_enrollment_rate(conn) is None
    finally:
        conn.close()
