"""`thidua import dossiers`: real files in, stored rows, exit codes and messages out."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl
import pytest

from conftest import DOSSIER_HEADER, Cli, dossier, write_csv

ROWS = [
    dossier(
        "H29-210601-0001",
        "01/06/2021 08:15",
        officer="Lê Thị Mai",
        status="Đang xử lý",
        channel="Trực tuyến",
        due="04/06/2021",
    ),
    dossier(
        "H29-210601-0002",
        "01/06/2021 14:00",
        officer="Phan  Văn Tùng ",
        status="Đã trả kết quả",
        channel="Trực tiếp",
        due="04/06/2021",
        finished="03/06/2021",
        returned="04/06/2021 09:00",
    ),
    dossier("H29-210602-0001", "02/06/2021", status="Đã rút hồ sơ", channel="2"),
]


def stored(cli: Cli) -> dict[str, tuple[object, ...]]:
    rows = cli.rows(
        "SELECT code, officer, channel, state, received_at, due_date, due_source, finish_on "
        "FROM dossiers ORDER BY code"
    )
    return {r[0]: r[1:] for r in rows}


def test_bom_csv_is_imported_with_every_field(cli: Cli, make_dossiers) -> None:
    path = make_dossiers(ROWS, encoding="utf-8-sig")
    result = cli("import", "dossiers", str(path))
    assert result.exit_code == 0, result.stderr
    assert "thêm mới 3" in result.stderr
    assert stored(cli) == {
        "H29-210601-0001": (
            "Lê Thị Mai",
            "online",
            "processing",
            "2021-06-01 08:15:00",
            "2021-06-04",
            "recorded",
            None,
        ),
        "H29-210601-0002": (
            "Phan Văn Tùng",
            "direct",
            "returned",
            "2021-06-01 14:00:00",
            "2021-06-04",
            "recorded",
            "2021-06-03",
        ),
        "H29-210602-0001": (None, "online", "withdrawn", "2021-06-02", None, None, None),
    }


def _cp1258(text: str) -> bytes:
    """Vietnamese as old Windows software writes it: a precomposed vowel where cp1258 has one
    (â, ơ, ư...), then the tone mark as a combining character."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        for mark in marks:
            composed = unicodedata.normalize("NFC", base + mark)
            if len(composed) == 1 and composed.encode("cp1258", "ignore"):
                base = composed
                marks.remove(mark)
                break
        out += base.encode("cp1258") + "".join(marks).encode("cp1258")
    return bytes(out)


def test_cp1258_semicolon_file_is_detected_and_normalised(cli: Cli, tmp_path: Path) -> None:
    header = "MaHoSo;TenTTHC;NgayTiepNhan;NgayHenTra;TrangThaiHoSo;KenhThucHien;NguoiXuLy"
    line = "H29-1;Chỉnh sửa nội dung văn bằng, chứng chỉ;03-06-2021 09:30:00;10-06-2021;4;1;Nguyễn Thị Hường"
    path = tmp_path / "old.csv"
    path.write_bytes(_cp1258(header + "\r\n" + line + "\r\n"))
    assert b"\xcc" in path.read_bytes() or b"\xec" in path.read_bytes()  # combining marks present
    result = cli("import", "dossiers", str(path))
    assert result.exit_code == 0, result.stderr
    officer, procedure, state = cli.rows("SELECT officer, procedure, state FROM dossiers")[0]
    assert officer == "Nguyễn Thị Hường"
    assert unicodedata.is_normalized("NFC", officer)
    assert procedure == "Chỉnh sửa nội dung văn bằng, chứng chỉ"
    assert state == "processing"


def test_semicolon_utf8_file(cli: Cli, make_dossiers) -> None:
    path = make_dossiers(ROWS, delimiter=";")
    assert cli("import", "dossiers", str(path)).exit_code == 0
    assert len(stored(cli)) == 3


def test_xlsx_with_real_dates(cli: Cli, tmp_path: Path) -> None:
    from datetime import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(DOSSIER_HEADER)
    row = [""] * len(DOSSIER_HEADER)
    row[0] = "X-1"
    row[1] = "Chuyển trường đối với học sinh trung học cơ sở"
    row[6] = datetime(2021, 6, 7, 10, 30)
    row[7] = datetime(2021, 6, 10)
    ws.append(row)
    path = tmp_path / "export.xlsx"
    wb.save(path)
    result = cli("import", "dossiers", str(path))
    assert result.exit_code == 0, result.stderr
    assert stored(cli)["X-1"][3:6] == ("2021-06-07 10:30:00", "2021-06-10", "recorded")


def test_reimport_changes_nothing(cli: Cli, make_dossiers) -> None:
    path = make_dossiers(ROWS)
    assert cli("import", "dossiers", str(path)).exit_code == 0
    before = cli.rows("SELECT * FROM dossiers ORDER BY id")
    result = cli("import", "dossiers", str(path))
    assert result.exit_code == 0
    assert "thêm mới 0, cập nhật 0, không đổi 3" in result.stderr
    assert cli.rows("SELECT * FROM dossiers ORDER BY id") == before
    imports = cli.rows("SELECT inserted, updated, unchanged FROM imports ORDER BY id")
    assert imports == [(3, 0, 0), (0, 0, 3)]


def test_updated_export_updates_in_place(cli: Cli, make_dossiers) -> None:
    cli("import", "dossiers", str(make_dossiers(ROWS)))
    changed = [dict(r) for r in ROWS]
    changed[0]["Ngày có kết quả"] = "03/06/2021"
    changed[0]["Trạng thái"] = "Đã có kết quả"
    result = cli("import", "dossiers", str(make_dossiers(changed, name="v2.csv")))
    assert result.exit_code == 0
    assert "cập nhật 1, không đổi 2" in result.stderr
    assert stored(cli)["H29-210601-0001"][2] == "finished"
    assert cli.rows("SELECT count(*) FROM dossiers") == [(3,)]


def test_duplicate_code_with_other_content_refuses_the_file(cli: Cli, make_dossiers) -> None:
    rows = [*ROWS, dossier("H29-210601-0001", "01/06/2021 08:15", officer="Người Khác")]
    result = cli("import", "dossiers", str(make_dossiers(rows)))
    assert result.exit_code == 1
    assert "dòng 2" in result.stderr and "H29-210601-0001" in result.stderr
    assert cli.rows("SELECT count(*) FROM dossiers") == [(0,)]
    assert cli.rows("SELECT count(*) FROM imports") == [(0,)]


def test_identical_duplicate_is_harmless(cli: Cli, make_dossiers) -> None:
    result = cli("import", "dossiers", str(make_dossiers([*ROWS, ROWS[0]])))
    assert result.exit_code == 0
    assert len(stored(cli)) == 3


def test_impossible_date_is_reported_with_line_column_and_value(cli: Cli, make_dossiers) -> None:
    rows = [*ROWS, dossier("H29-9", "31/02/2021 08:00")]
    result = cli("import", "dossiers", str(make_dossiers(rows)))
    assert result.exit_code == 1
    assert "31/02/2021 08:00" in result.stderr
    assert "Ngày tiếp nhận" in result.stderr
    assert "│    5 │" in result.stderr  # line 5: the header is line 1
    assert cli.rows("SELECT count(*) FROM dossiers") == [(0,)]


def test_month_first_date_is_refused(cli: Cli, make_dossiers) -> None:
    result = cli("import", "dossiers", str(make_dossiers([dossier("A", "06/13/2021")])))
    assert result.exit_code == 1


def test_skip_invalid_keeps_valid_rows_and_writes_rejects(
    cli: Cli, make_dossiers, tmp_path: Path
) -> None:
    rows = [*ROWS, dossier("BAD", "01/06/2021", finished="20/05/2021"), dossier("", "01/06/2021")]
    rejects = tmp_path / "loi.csv"
    result = cli(
        "import", "dossiers", str(make_dossiers(rows)), "--skip-invalid", "--rejects", str(rejects)
    )
    assert result.exit_code == 1  # findings, though the valid rows are kept
    assert len(stored(cli)) == 3
    text = rejects.read_text(encoding="utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].endswith("Lý do")
    assert len(lines) == 3
    assert "trước ngày tiếp nhận" in lines[1]
    assert "thiếu giá trị bắt buộc" in lines[2]
    assert cli.rows("SELECT rows_read, inserted, rejected FROM imports") == [(5, 3, 2)]


def test_dry_run_writes_nothing_but_reports(cli: Cli, make_dossiers) -> None:
    result = cli("import", "dossiers", str(make_dossiers(ROWS)), "--dry-run")
    assert result.exit_code == 0
    assert "chạy thử" in result.stderr and "sẽ thêm mới 3" in result.stderr
    assert cli.rows("SELECT count(*) FROM dossiers") == [(0,)]
    assert cli.rows("SELECT count(*) FROM imports") == [(0,)]


def test_missing_required_column_exits_3(cli: Cli, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", ["Mã hồ sơ", "Tên thủ tục"], [["A", "B"]])
    result = cli("import", "dossiers", str(path))
    assert result.exit_code == 3
    assert "received_at" in result.stderr or "Ngày tiếp nhận" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_map_option_covers_an_unknown_header(cli: Cli, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "x.csv",
        ["Mã hồ sơ", "Tên thủ tục", "Lúc công dân đến"],
        [["A", "Chuyển trường đối với học sinh trung học cơ sở", "01/06/2021"]],
    )
    assert cli("import", "dossiers", str(path)).exit_code == 3
    result = cli("import", "dossiers", str(path), "--map", "received_at=Lúc công dân đến")
    assert result.exit_code == 0, result.stderr
    assert cli.rows("SELECT received_at FROM dossiers") == [("2021-06-01",)]


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 50],
    ids=["empty", "binary"],
)
def test_unreadable_files_exit_3_and_store_nothing(
    cli: Cli, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    result = cli("import", "dossiers", str(path))
    assert result.exit_code == 3
    assert result.stderr.startswith("Lỗi: ")
    assert "Traceback" not in result.stderr
    assert cli.rows("SELECT count(*) FROM dossiers") == [(0,)]


def test_missing_file_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    result = cli("import", "dossiers", str(tmp_path / "nope.csv"))
    assert result.exit_code == 2
    assert "nope.csv" in result.stderr


def test_unknown_option_is_a_usage_error(cli: Cli) -> None:
    assert cli("import", "dossiers", "--no-such-option", "x.csv").exit_code == 2


def test_many_invalid_rows_are_capped_with_a_count(cli: Cli, make_dossiers) -> None:
    rows = [dossier(f"B{i}", "32/01/2021") for i in range(60)]
    result = cli("import", "dossiers", str(make_dossiers(rows)))
    assert result.exit_code == 1
    assert "10 lỗi nữa" in result.stderr
    assert "60 dòng bị loại" in result.stderr


def test_imports_lists_every_import(cli: Cli, make_dossiers) -> None:
    import hashlib

    path = make_dossiers(ROWS)
    cli("import", "dossiers", str(path))
    listed = cli.json("imports")
    assert len(listed) == 1
    assert listed[0]["file_name"] == "ho-so.csv"
    assert listed[0]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (listed[0]["rows_read"], listed[0]["inserted"], listed[0]["rejected"]) == (3, 3, 0)


def test_english_messages(cli: Cli, make_dossiers) -> None:
    result = cli("--lang", "en", "import", "dossiers", str(make_dossiers(ROWS)))
    assert "read 3 rows, inserted 3" in result.stderr


def test_the_summary_names_the_file_as_the_imports_list_does(
    cli: Cli, make_dossiers, tmp_path: Path
) -> None:
    """The folder is the clerk's own typing; repeated on every summary line it only wraps."""
    folder = tmp_path / "xuat-tu-phan-mem-mot-cua" / "thang-06"
    folder.mkdir(parents=True)
    export = make_dossiers(ROWS).rename(folder / "ho-so.csv")
    result = cli("--lang", "en", "import", "dossiers", str(export))
    assert result.exit_code == 0, result.stderr
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("ho-so.csv: read 3 rows, inserted 3"), result.stderr
    assert str(folder) not in result.stderr
    assert cli.json("imports")[0]["file_name"] == "ho-so.csv"
