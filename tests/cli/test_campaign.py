"""``thidua campaign load|list|show``: loading is idempotent, updates, and refuses broken files whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Cli

SAMPLE = Path(__file__).parents[2] / "sample_data" / "campaign-486-KH-GDDT-2021.toml"

SMALL = """\
[campaign]
code = "12/KH-THU"
name = "Tháng thử nghiệm"
start = 2021-06-01
end = 2021-06-30

[[phases]]
code = "P1"
start = 2021-06-01
end = 2021-06-15

[[targets]]
metric = "late_count"
op = "=="
value = 0
"""


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "ke-hoach.toml"
    path.write_text(SMALL, encoding="utf-8")
    return path


def stored(cli: Cli) -> list[tuple[str, str, str, str]]:
    return cli.rows('SELECT code, name, start, "end" FROM campaigns ORDER BY code')


def test_loading_the_sample_stores_it_and_lists_it(cli: Cli) -> None:
    result = cli("campaign", "load", str(SAMPLE))
    assert result.exit_code == 0, result.stderr
    assert "Đã nạp kế hoạch 486/KH-GDĐT: 2 giai đoạn, 8 chỉ tiêu." in result.stderr
    assert stored(cli) == [
        (
            "486/KH-GDĐT",
            "Phong trào thi đua “Tháng cao điểm” giải quyết thủ tục hành chính, nâng cao chất "
            "lượng phục vụ người dân",
            "2021-06-01",
            "2021-07-01",
        )
    ]
    (source,) = cli.rows("SELECT source FROM campaigns")[0]
    assert source == SAMPLE.read_text(encoding="utf-8")
    listed = cli.json("campaign", "list")
    assert [(c["code"], c["start"], c["end"], c["min_answers"]) for c in listed] == [
        ("486/KH-GDĐT", "2021-06-01", "2021-07-01", 5)
    ]
    assert listed[0]["file_name"] == SAMPLE.name
    table = cli("campaign", "list")
    assert table.exit_code == 0 and "486/KH-GDĐT" in table.stdout and "01/06/2021" in table.stdout


def test_show_gives_phases_focus_targets_and_award_rules(cli: Cli) -> None:
    cli("campaign", "load", str(SAMPLE))
    data = cli.json("campaign", "show", "486/KH-GDĐT")
    assert [(p["code"], p["start"], p["end"]) for p in data["phases"]] == [
        ("GD1", "2021-06-01", "2021-06-15"),
        ("GD2", "2021-06-16", "2021-07-01"),
    ]
    assert data["phases"][0]["focus"] == {"procedures": [], "channels": []}
    assert len(data["targets"]) == 8
    assert {"metric": "late_count", "op": "==", "value": 0, "phases": []}.items() <= (
        data["targets"][1].items()
    )
    assert data["targets"][2]["phases"] == ["GD1"]
    assert data["targets"][2]["focus"]["channels"] == ["direct"]
    assert len(data["awards"]["individual"]) == 4 and len(data["awards"]["unit"]) == 5
    table = cli("campaign", "show", "486/KH-GDĐT")
    assert table.exit_code == 0
    assert "Giai đoạn 1" in table.stdout and "yêu cầu > 95%" in table.stdout
    assert "thủ tục: Thành" in table.stdout and "Kênh: trực" in table.stdout
    wide = cli("campaign", "show", "486/KH-GDĐT", env={"COLUMNS": "200"}).stdout
    assert "yêu cầu > 95% (câu hỏi “thái độ”)" in wide
    csv = cli("campaign", "show", "486/KH-GDĐT", "--format", "csv")
    assert csv.stdout.splitlines()[0] == "label,metric,op,value,phases"
    # The operator as a word: a leading "=" would be a formula to a spreadsheet.
    assert "Không có hồ sơ trễ hạn,late_count,eq,0," in csv.stdout
    assert "==" not in csv.stdout and "'" not in csv.stdout
    markdown = cli("campaign", "show", "486/KH-GDĐT", "--format", "md").stdout
    assert "| Không có hồ sơ trễ hạn | cần bằng 0 |" in markdown
    assert "late_count" not in markdown


def test_a_code_typed_without_the_vietnamese_d_is_found(cli: Cli) -> None:
    cli("campaign", "load", str(SAMPLE))
    assert cli.json("campaign", "show", "486/kh-gddt")["code"] == "486/KH-GDĐT"


def test_an_unknown_code_is_a_usage_error_naming_the_known_ones(cli: Cli, small: Path) -> None:
    result = cli.create()("campaign", "show", "99/KH")
    assert result.exit_code == 2
    assert "chưa nạp kế hoạch nào" in result.stderr
    cli("campaign", "load", str(small))
    result = cli("--lang", "en", "campaign", "show", "99/KH")
    assert result.exit_code == 2
    assert "No campaign '99/KH'; the loaded campaigns are: 12/KH-THU." in result.stderr


def test_loading_again_changes_nothing_then_updates_in_place(cli: Cli, small: Path) -> None:
    assert cli("campaign", "load", str(small)).exit_code == 0
    again = cli("campaign", "load", str(small))
    assert again.exit_code == 0
    assert "Kế hoạch 12/KH-THU không thay đổi." in again.stderr
    small.write_text(
        SMALL.replace("Tháng thử nghiệm", "Tháng thử nghiệm (sửa)").replace(
            "end = 2021-06-30", "end = 2021-07-05"
        ),
        encoding="utf-8",
    )
    updated = cli("campaign", "load", str(small))
    assert updated.exit_code == 0
    assert "Đã cập nhật kế hoạch 12/KH-THU: 1 giai đoạn, 1 chỉ tiêu." in updated.stderr
    assert stored(cli) == [("12/KH-THU", "Tháng thử nghiệm (sửa)", "2021-06-01", "2021-07-05")]
    assert cli.json("campaign", "show", "12/KH-THU")["end"] == "2021-07-05"


def test_a_broken_file_exits_3_with_one_line_per_mistake_and_stores_nothing(
    cli: Cli, small: Path, tmp_path: Path
) -> None:
    assert cli("campaign", "load", str(small)).exit_code == 0
    broken = tmp_path / "hong.toml"
    broken.write_text(
        SMALL.replace('code = "12/KH-THU"', 'code = "13/KH-THU"')
        .replace("start = 2021-06-01\nend = 2021-06-15", "start = 2021-05-20\nend = 2021-06-15")
        .replace('metric = "late_count"', 'metric = "happiness"')
        .replace("end = 2021-06-30", 'end = "31/06/2021"'),
        encoding="utf-8",
    )
    result = cli("campaign", "load", str(broken))
    assert result.exit_code == 3
    # The console folds long lines; each mistake starts its own line with "  - ".
    lines = result.stderr.strip().replace("\n  - ", "\0  - ").replace("\n", "").split("\0")
    assert lines[0] == f"Lỗi: Tệp kế hoạch {broken} có 3 lỗi; chưa nạp gì:"
    assert lines[1].startswith("  - dòng 5: 'end' = 31/06/2021 không phải ngày hợp lệ")
    assert lines[2] == (
        "  - dòng 9: giai đoạn P1 bắt đầu ngày 20/05/2021, trước khi kế hoạch bắt đầu (01/06/2021)"
    )
    assert lines[3].startswith("  - dòng 13: chỉ tiêu 'happiness' không có")
    assert len(lines) == 4
    assert stored(cli) == [("12/KH-THU", "Tháng thử nghiệm", "2021-06-01", "2021-06-30")]


def test_a_broken_file_does_not_even_create_the_database(cli: Cli, tmp_path: Path) -> None:
    broken = tmp_path / "hong.toml"
    broken.write_text("[campaign]\ncode = \n", encoding="utf-8")
    result = cli("--lang", "en", "campaign", "load", str(broken))
    assert result.exit_code == 3
    assert "  - line 2: TOML syntax error at column 8: Invalid value" in result.stderr
    assert not cli.db.exists()


def test_a_phase_outside_the_campaign_is_reported_on_its_line(cli: Cli, tmp_path: Path) -> None:
    broken = tmp_path / "hong.toml"
    broken.write_text(SMALL.replace("end = 2021-06-15", "end = 2021-07-15"), encoding="utf-8")
    result = cli("campaign", "load", str(broken))
    assert result.exit_code == 3
    assert (
        "  - dòng 10: giai đoạn P1 kết thúc ngày 15/07/2021, sau khi kế hoạch kết thúc (30/06/2021)"
        in result.stderr
    )


def test_missing_and_undecodable_files(cli: Cli, tmp_path: Path) -> None:
    assert cli("campaign", "load", str(tmp_path / "none.toml")).exit_code == 2
    latin = tmp_path / "cp1258.toml"
    latin.write_bytes(SMALL.replace("Tháng thử nghiệm", "Th\xe1ng").encode("latin-1"))
    result = cli("campaign", "load", str(latin))
    assert result.exit_code == 3
    assert "không phải văn bản UTF-8" in result.stderr


def test_a_bom_is_accepted(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + SMALL.encode("utf-8"))
    assert cli("campaign", "load", str(path)).exit_code == 0
    assert stored(cli)[0][0] == "12/KH-THU"


def test_a_focus_naming_no_known_procedure_is_a_warning(
    cli: Cli, tmp_path: Path, procedures_csv: Path
) -> None:
    cli("import", "procedures", str(procedures_csv))
    path = tmp_path / "focus.toml"
    path.write_text(
        SMALL.replace(
            "end = 2021-06-15\n",
            'end = 2021-06-15\nfocus.procedures = ["1.002", "Chỉnh sửa nội dung văn bằng, '
            'chứng chỉ", "Cấp phép bay"]\n',
        ),
        encoding="utf-8",
    )
    result = cli("campaign", "load", str(path))
    assert result.exit_code == 0
    assert "Cấp phép bay" in result.stderr
    assert "1.002" not in result.stderr.split("Lưu ý:")[1]


def test_list_as_json_when_nothing_is_loaded(cli: Cli) -> None:
    result = cli.create()("campaign", "list", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
