"""Columns an import ignores, it explains: one that holds what the file lacks is named with the
--map that would read it; and the header names offices use are recognised."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import Cli, write_csv
from thidua_cli.importing.kinds.dossiers import COLUMNS as DOSSIERS
from thidua_cli.importing.kinds.procedures import COLUMNS as PROCEDURES
from thidua_cli.ingest.headers import match_headers
from thidua_cli.ingest.looks import looks_like


def _warnings(stderr: str) -> list[str]:
    return [" ".join(line.split()) for line in stderr.split("Warning: ")[1:]]


def test_times_of_day_in_a_procedures_file_are_the_cut_off_hour(cli: Cli, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "thu-tuc.csv",
        ["Mã TTHC", "Tên thủ tục", "Thời hạn giải quyết", "Chốt nhận buổi chiều", "STT"],
        [
            ["1.1", "Cấp bản sao văn bằng", "0", "15:00", "1"],
            ["1.2", "Chuyển trường", "3", "16h30", "2"],
            ["1.3", "Chỉnh sửa văn bằng", "5", "", "3"],
        ],
    )
    first = cli("--lang", "en", "import", "procedures", str(path))
    assert first.exit_code == 0
    assert _warnings(first.stderr.split(path.name + ":")[0]) == [
        "ignored columns: STT",
        "ignored the column 'Chốt nhận buổi chiều', which looks like cutoff (\"Giờ tiếp nhận tối "
        "đa\"): to use it, add --map 'cutoff=Chốt nhận buổi chiều'",
    ]
    assert cli.rows("SELECT count(*) FROM procedures WHERE cutoff IS NOT NULL") == [(0,)]
    # The --map as printed, given back: the hours are read.
    second = cli("import", "procedures", str(path), "--map", "cutoff=Chốt nhận buổi chiều")
    assert second.exit_code == 0, second.stderr
    assert cli.rows("SELECT name, cutoff FROM procedures WHERE cutoff IS NOT NULL ORDER BY 1") == [
        ("Chuyển trường", "16:30:00"),
        ("Cấp bản sao văn bằng", "15:00:00"),
    ]


def test_day_first_dates_in_a_dossiers_file_go_to_the_date_they_most_likely_are(
    cli: Cli, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "ho-so.csv",
        ["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Hạn chót", "Lúc bàn giao", "Mã vạch"],
        [
            ["A-1", "Chuyển trường", "01/06/2021", "04/06/2021", "05/06/2021 10:00", "8934"],
            ["A-2", "Chuyển trường", "02/06/2021", "07/06/2021", "", "8935"],
            ["A-3", "Chuyển trường", "02/06/2021", "07/06/2021", "07/06/2021", "8936"],
        ],
    )
    result = cli("--lang", "en", "import", "dossiers", str(path))
    assert result.exit_code == 0, result.stderr
    warnings = _warnings(result.stderr)
    # "bàn giao" is in the hand-over date's names; "Hạn" in the deadline's.
    assert any("'Lúc bàn giao', which looks like returned_at" in w for w in warnings), warnings
    assert any("'Hạn chót', which looks like due_date" in w for w in warnings), warnings
    assert any("--map 'due_date=Hạn chót'" in w for w in warnings)
    # Bar codes are numbers, not dates: listed as ignored, without a suggestion.
    assert "ignored columns: Mã vạch" in warnings


def test_a_column_the_file_already_has_is_not_suggested_again(cli: Cli, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "ho-so.csv",
        ["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày in phiếu"],
        [
            ["A-1", "Chuyển trường", "01/06/2021", "04/06/2021", "01/06/2021"],
            ["A-2", "Chuyển trường", "02/06/2021", "07/06/2021", "02/06/2021"],
        ],
    )
    result = cli("--lang", "en", "import", "dossiers", str(path))
    warnings = _warnings(result.stderr)
    # Another date: of the dates the file lacks, the first the kind lists.
    hint = next(w for w in warnings if "Ngày in phiếu" in w)
    assert "looks like finished_at" in hint
    assert "due_date" not in hint


@pytest.mark.parametrize(
    ("looks", "values", "expected"),
    [
        ("date", ["01/06/2021", "2021-06-02", "", "03.06.2021 08:00"], True),
        ("date", [dt.datetime(2021, 6, 1, 8, 0), dt.date(2021, 6, 2)], True),
        ("date", ["8934", "8935", "8936"], False),
        ("date", ["31/02/2021", "30/02/2021"], False),
        ("date", ["01/06/2021", "x", "y", "z"], False),
        ("date", ["01/06/2021"], False),  # one value says too little
        ("time", ["15:00", "16h30", "8h", "17g15"], True),
        ("time", ["15", "16", "17"], False),
        ("time", ["25:00", "15:00"], False),
        ("status", ["Đang xử lý", "Đã trả kết quả", "Tạm dừng xử lý"], True),
        ("status", ["4", "10", "9"], False),  # bare numbers are codes of several lists
        ("channel", ["Trực tuyến", "Trực tiếp"], True),
        ("channel", ["Nguyễn Văn An", "Lê Thị Mai"], False),
        ("nothing", ["a", "b"], False),
    ],
)
def test_what_values_look_like(looks: str, values: list[object], expected: bool) -> None:
    assert looks_like(looks, values) is expected


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        ("Mã biên nhận", "code"),
        ("Số biên nhận hồ sơ", "code"),
        ("Tên dịch vụ công", "procedure"),
        ("Mã thủ tục hành chính", "procedure_code"),
        ("Lĩnh vực TTHC", "field"),
        ("Họ tên người nộp", "applicant"),
        ("Công dân/tổ chức", "applicant"),
        ("Cách thức nộp", "channel"),
        ("Phương thức nộp", "channel"),
        ("Thời điểm nộp", "received_at"),
        ("Ngày giờ tiếp nhận", "received_at"),
        ("Hạn trả kết quả", "due_date"),
        ("Ngày hết hạn", "due_date"),
        ("Thời điểm có kết quả", "finished_at"),
        ("Ngày giải quyết xong", "finished_at"),
        ("Thời điểm trả", "returned_at"),
        ("Ngày trả KQ", "returned_at"),
        ("Người thụ lý", "officer"),
        ("Chuyên viên thụ lý", "officer"),
        ("Phòng thụ lý", "unit"),
        ("Cơ quan giải quyết", "unit"),
        ("Tình trạng xử lý", "status"),
        ("Ngày đề nghị bổ sung", "supplement_requested_at"),
        ("Ngày công dân bổ sung", "supplement_received_at"),
        ("Ngày hẹn mới", "rescheduled_date"),
    ],
)
def test_more_dossier_headers_are_recognised(header: str, canonical: str) -> None:
    required = {"code": "Mã hồ sơ", "procedure": "Tên thủ tục", "received_at": "Ngày tiếp nhận"}
    headers = [h for c, h in required.items() if c != canonical] + [header]
    found = match_headers(headers, DOSSIERS, None, source="f.csv")
    assert found.positions[canonical] == headers.index(header)
    assert found.unknown == []


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        ("Mã số TTHC", "code"),
        ("Mã TTHC quốc gia", "code"),
        ("Tên dịch vụ công", "name"),
        ("Số ngày làm việc", "days"),
        ("Thời hạn xử lý", "days"),
        ("Thời hạn", "days"),
        ("Giờ kết thúc tiếp nhận", "cutoff"),
        ("Giờ nhận hồ sơ", "cutoff"),
        ("Lĩnh vực TTHC", "field"),
    ],
)
def test_more_procedure_headers_are_recognised(header: str, canonical: str) -> None:
    base = {"name": "Tên thủ tục", "days": "Thời hạn giải quyết"}
    headers = [h for c, h in base.items() if c != canonical] + [header]
    found = match_headers(headers, PROCEDURES, None, source="f.csv")
    assert found.positions[canonical] == headers.index(header)
