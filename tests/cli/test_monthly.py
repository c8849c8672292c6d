"""`thidua report monthly`: the workbook, the HTML page, the CSV and JSON of each report, reruns,
and a folder it never leaves. The month is the hand-checked one of ``month_data``."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from month_data import FORMULA, PERSON, PERSON_MASKED, PHONE, csv_rows, html_tables, load_june

from conftest import Cli, dossier
from thidua_cli.errors import UsageError
from thidua_cli.reports.exporters.xlsx import write_workbook
from thidua_cli.reports.model import Chart, Column, Report, ReportTable
from thidua_cli.reports.monthly import Period, month_period, period_of, safe_path

MINE = ("overview", "dossiers", "check", "form06")


@pytest.fixture
def june(cli: Cli, tmp_path: Path, procedures_csv: Path) -> Cli:
    load_june(cli, tmp_path, procedures_csv)
    return cli


@pytest.fixture
def batch(june: Cli, tmp_path: Path) -> Path:
    out = tmp_path / "bao-cao"
    result = june("report", "monthly", "--month", "2021-06", "--out", str(out))
    assert result.exit_code == 0, result.output + result.stderr
    return out / "2021-06"


def sheet_rows(sheet) -> list[tuple]:
    return [row for row in sheet.iter_rows(values_only=True)]


def test_every_file_of_the_batch_is_written(batch: Path) -> None:
    names = {p.name for p in batch.iterdir()}
    assert {"bao-cao-2021-06.xlsx", "bao-cao-2021-06.html"} <= names
    for report in MINE:
        assert {f"bao-cao-2021-06-{report}.csv", f"bao-cao-2021-06-{report}.json"} <= names
    assert all(
        re.fullmatch(r"bao-cao-2021-06(-[a-z0-9]+)*\.(xlsx|html|csv|json)", n) for n in names
    )


def test_json_files_hold_each_reports_contract(june: Cli, batch: Path) -> None:
    form06 = json.loads((batch / "bao-cao-2021-06-form06.json").read_text(encoding="utf-8"))
    assert form06 == june.json("report", "form06", "--from", "2021-06-01", "--to", "2021-06-30")
    check = json.loads((batch / "bao-cao-2021-06-check.json").read_text(encoding="utf-8"))
    assert check["as_of"] == "2021-06-30"
    assert [d["code"] for d in check["overdue"]] == ["F"]
    dossiers = json.loads((batch / "bao-cao-2021-06-dossiers.json").read_text(encoding="utf-8"))
    # The dossiers received in the month: H came in May.
    assert [d["code"] for d in dossiers] == ["A", "B", "I", "C", "D", "E", "F", "G"]


def test_overview_weeks_and_units_add_up_to_form06(batch: Path) -> None:
    overview = json.loads((batch / "bao-cao-2021-06-overview.json").read_text(encoding="utf-8"))
    weeks = [
        (w["start"], w["end"], w["finished"], w["early"], w["on_time"], w["late"])
        for w in overview["weeks"]
    ]
    assert weeks == [
        ("2021-06-01", "2021-06-06", 3, 2, 1, 0),
        ("2021-06-07", "2021-06-13", 2, 1, 0, 1),
        ("2021-06-14", "2021-06-20", 1, 0, 1, 0),
        ("2021-06-21", "2021-06-27", 0, 0, 0, 0),
        ("2021-06-28", "2021-06-30", 0, 0, 0, 0),
    ]
    assert [w["on_time_share"] for w in overview["weeks"]] == [1.0, 0.5, 1.0, None, None]
    units = {u["unit"]: u for u in overview["units"]}
    assert units["Tổ Tiểu học"] == {
        "unit": "Tổ Tiểu học",
        "early": 1,
        "on_time": 1,
        "late": 1,
        "in_time": 0,
        "overdue": 0,
        "total": 3,
    }
    assert (units["Tổ Trung học"]["overdue"], units["Bộ phận Một cửa"]["in_time"]) == (1, 1)
    form06 = json.loads((batch / "bao-cao-2021-06-form06.json").read_text(encoding="utf-8"))
    assert sum(w["finished"] for w in overview["weeks"]) == form06["total"]["finished_total"]
    assert sum(u["total"] for u in overview["units"]) == form06["total"]["received_total"] == 8


def test_csv_files_open_in_excel(batch: Path) -> None:
    raw = (batch / "bao-cao-2021-06-dossiers.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfcode,")
    rows = csv_rows(batch / "bao-cao-2021-06-dossiers.csv")
    assert next(r for r in rows if r["code"] == "D")["applicant"] == "'" + FORMULA
    form06 = csv_rows(batch / "bao-cao-2021-06-form06.csv")
    assert form06[-1]["field"] == "total" and form06[-1]["finished_late"] == "1"


# --- the workbook ---------------------------------------------------------------------------


def test_workbook_sheets_have_vietnamese_names_and_frozen_headings(batch: Path) -> None:
    book = openpyxl.load_workbook(batch / "bao-cao-2021-06.xlsx")
    assert book.sheetnames[:4] == ["Tổng hợp", "Hồ sơ", "Kiểm tra hạn", "Biểu 06"]
    dossiers = book["Hồ sơ"]
    rows = sheet_rows(dossiers)
    heading = next(i for i, row in enumerate(rows) if row[0] == "Mã hồ sơ")
    assert rows[heading][:4] == ("Mã hồ sơ", "Thủ tục", "Cán bộ xử lý", "Đơn vị")
    assert dossiers.freeze_panes == f"A{heading + 2}"
    # Column widths were set to fit: the procedure column is wider than the default.
    assert dossiers.column_dimensions["B"].width > 20


def test_dates_are_real_excel_dates_and_counts_are_numbers(batch: Path) -> None:
    sheet = openpyxl.load_workbook(batch / "bao-cao-2021-06.xlsx")["Hồ sơ"]
    rows = sheet_rows(sheet)
    heading = next(i for i, row in enumerate(rows) if row[0] == "Mã hồ sơ")
    columns = {name: index for index, name in enumerate(rows[heading])}
    first = rows[heading + 1]
    assert first[0] == "A"
    assert first[columns["Ngày nhận"]] == datetime(2021, 6, 1)
    assert first[columns["Tình trạng"]] == "Trước hạn"
    c_row = next(r for r in rows if r[0] == "C")
    assert c_row[columns["Trễ (ngày LV)"]] == 1
    cell = sheet.cell(row=heading + 2, column=columns["Ngày nhận"] + 1)
    assert cell.is_date and cell.number_format == "dd/mm/yyyy"


def test_form06_sheet_is_laid_out_like_the_official_form(batch: Path) -> None:
    sheet = openpyxl.load_workbook(batch / "bao-cao-2021-06.xlsx")["Biểu 06"]
    rows = sheet_rows(sheet)
    numbers = next(i for i, row in enumerate(rows) if row[0] == "(1)")
    assert rows[numbers] == tuple(f"({n})" for n in range(1, 14))
    assert rows[numbers - 1][:4] == ("STT", "Lĩnh vực", "Tổng số", "Trực tuyến")
    assert rows[numbers - 2][2] == "Số hồ sơ nhận giải quyết"
    merged = {str(r) for r in sheet.merged_cells.ranges}
    group_row = numbers - 1  # the group row, two above the numbers, as Excel numbers rows
    assert {
        f"C{group_row}:F{group_row}",
        f"G{group_row}:J{group_row}",
        f"K{group_row}:M{group_row}",
    } <= merged
    total = next(row for row in rows if row[1] == "Tổng cộng")
    assert total[2:] == (8, 1, 6, 1, 6, 3, 2, 1, 2, 1, 1)


def _chart_parts(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        charts = {
            n: archive.read(n).decode()
            for n in names
            if re.fullmatch(r"xl/charts/chart\d+\.xml", n)
        }
        rels = {n: archive.read(n).decode() for n in names if n.endswith(".rels")}
    return charts, rels


def test_workbook_has_native_charts_on_the_overview(batch: Path) -> None:
    charts, rels = _chart_parts(batch / "bao-cao-2021-06.xlsx")
    assert len(charts) >= 2
    book = openpyxl.load_workbook(batch / "bao-cao-2021-06.xlsx")
    overview_index = book.sheetnames.index("Tổng hợp") + 1
    sheet_rels = rels[f"xl/worksheets/_rels/sheet{overview_index}.xml.rels"]
    drawing = re.search(r"drawings/(drawing\d+)\.xml", sheet_rels).group(1)
    drawing_rels = rels[f"xl/drawings/_rels/{drawing}.xml.rels"]
    referenced = set(re.findall(r"charts/(chart\d+)\.xml", drawing_rels))
    assert len(referenced) == 2
    kinds = {name: charts[f"xl/charts/{name}.xml"] for name in referenced}
    assert any('<c:barDir val="col"/>' in xml for xml in kinds.values())  # weeks, upright
    assert any('<c:grouping val="stacked"/>' in xml for xml in kinds.values())  # statuses
    assert all("'Tổng hợp'!" in xml for xml in kinds.values())  # the data is the sheet's


def test_a_reference_line_is_a_second_series_in_excel(tmp_path: Path) -> None:
    rows = [{"officer": "Đinh Tấn Khang", "rate": 0.9}, {"officer": "Phạm Ngọc Lan", "rate": 0.98}]
    report = Report(
        "satisfaction",
        "Hài lòng",
        rows,
        tables=[
            ReportTable(
                "officers",
                "Theo cán bộ",
                [Column("officer", "Cán bộ"), Column("rate", "Tỷ lệ", "rate")],
                rows,
            )
        ],
        charts=[
            Chart(
                "rate",
                "Tỷ lệ hài lòng",
                "officers",
                "officer",
                ("rate",),
                reference=0.95,
                reference_label="Chỉ tiêu 95%",
            )
        ],
    )
    target = tmp_path / "s.xlsx"
    write_workbook(target, [report], "vi")
    charts, _ = _chart_parts(target)
    (xml,) = charts.values()
    assert "<c:barChart>" in xml and "<c:lineChart>" in xml
    sheet = openpyxl.load_workbook(target).active
    values = [row for row in sheet.iter_rows(values_only=True) if row[0] == "Đinh Tấn Khang"]
    assert values == [("Đinh Tấn Khang", 0.9, 0.95)]
    assert any(row[2] == "Chỉ tiêu 95%" for row in sheet.iter_rows(values_only=True))


# --- the HTML page --------------------------------------------------------------------------


def test_html_page_has_every_table_and_inline_charts(batch: Path) -> None:
    page = html_tables(batch / "bao-cao-2021-06.html")
    tables = page.tables
    assert {"weeks", "units", "dossiers", "overdue", "form06"} <= set(tables)
    form06 = tables["form06"]
    assert form06[2] == [f"({n})" for n in range(1, 14)]
    assert form06[-1][1:] == ["Tổng cộng", "8", "1", "6", "1", "6", "3", "2", "1", "2", "1", "1"]
    dossiers = tables["dossiers"]
    assert len(dossiers) == 1 + 8  # the heading row and the month's dossiers
    assert dossiers[1][:2] == ["A", "Chuyển trường đối với học sinh trung học cơ sở"]
    assert FORMULA in [cell for row in dossiers for cell in row]  # shown as text, escaped
    weeks = tables["weeks"]
    na = "chưa có số liệu"  # an undefined rate, never 0% or 100%
    assert [row[-1] for row in weeks[1:]] == ["100,0%", "50,0%", "100,0%", na, na]
    text = (batch / "bao-cao-2021-06.html").read_text(encoding="utf-8")
    assert text.count("<svg") >= 2
    assert 'data-chart="weekly_on_time"' in text and 'data-chart="status_by_unit"' in text
    # Self-contained: no script, no style sheet or image from elsewhere, only links inside the page.
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert page.links and all(link.startswith("#") for link in page.links)
    assert "@page" in text and "A4" in text


def test_html_escapes_what_it_is_given(june: Cli, tmp_path: Path) -> None:
    export = tmp_path / "xss.csv"
    from conftest import DOSSIER_HEADER, write_csv

    row = dossier(
        "X<script>", "01/06/2021", due="04/06/2021", applicant="<img src=x onerror=alert(1)>"
    )
    write_csv(export, DOSSIER_HEADER, [[row.get(h, "") for h in DOSSIER_HEADER]])
    assert june("import", "dossiers", str(export)).exit_code == 0
    out = tmp_path / "b"
    assert june("report", "monthly", "--month", "2021-06", "--out", str(out)).exit_code == 0
    text = (out / "2021-06" / "bao-cao-2021-06.html").read_text(encoding="utf-8")
    assert "<script>" not in text and "<img" not in text
    assert "X&lt;script&gt;" in text


# --- reruns, --redact, the progress and the summary ------------------------------------------


def test_rerun_overwrites_every_file(june: Cli, batch: Path, tmp_path: Path) -> None:
    before = json.loads((batch / "bao-cao-2021-06-form06.json").read_text(encoding="utf-8"))
    from conftest import DOSSIER_HEADER, write_csv

    row = dossier("K", "29/06/2021", due="02/07/2021", unit="Tổ Tiểu học")
    write_csv(tmp_path / "k.csv", DOSSIER_HEADER, [[row.get(h, "") for h in DOSSIER_HEADER]])
    assert june("import", "dossiers", str(tmp_path / "k.csv")).exit_code == 0
    names = sorted(p.name for p in batch.iterdir())
    result = june("report", "monthly", "--month", "2021-06", "--out", str(batch.parent))
    assert result.exit_code == 0
    after = json.loads((batch / "bao-cao-2021-06-form06.json").read_text(encoding="utf-8"))
    assert (before["total"]["received_total"], after["total"]["received_total"]) == (8, 9)
    # The same files, no temporary one left behind.
    assert sorted(p.name for p in batch.iterdir()) == names
    assert [p.name for p in batch.parent.iterdir()] == ["2021-06"]
    sheet = openpyxl.load_workbook(batch / "bao-cao-2021-06.xlsx")["Biểu 06"]
    assert next(r for r in sheet.iter_rows(values_only=True) if r[1] == "Tổng cộng")[2] == 9


def test_redact_reaches_every_file_of_the_batch(june: Cli, tmp_path: Path) -> None:
    out = tmp_path / "an-danh"
    assert (
        june("--redact", "report", "monthly", "--month", "2021-06", "--out", str(out)).exit_code
        == 0
    )
    for path in (out / "2021-06").iterdir():
        if path.suffix == ".xlsx":
            book = openpyxl.load_workbook(path)
            text = "\n".join(
                str(c) for s in book.worksheets for r in s.iter_rows(values_only=True) for c in r
            )
        else:
            text = path.read_text(encoding="utf-8")
        assert PERSON not in text and PHONE not in text, path.name
    dossiers = out / "2021-06" / "bao-cao-2021-06-dossiers.csv"
    assert PERSON_MASKED in dossiers.read_text(encoding="utf-8")


def test_summary_lists_the_files_and_quiet_silences_it(june: Cli, tmp_path: Path) -> None:
    result = june("report", "monthly", "--month", "2021-06", "--out", str(tmp_path / "a"))
    assert result.stdout == ""
    assert "bao-cao-2021-06.xlsx" in result.stderr and "bao-cao-2021-06-form06.csv" in result.stderr
    quiet = june("--quiet", "report", "monthly", "--month", "2021-06", "--out", str(tmp_path / "b"))
    assert quiet.exit_code == 0
    assert "bao-cao-2021-06.xlsx" not in quiet.stderr
    assert (tmp_path / "b" / "2021-06" / "bao-cao-2021-06.xlsx").exists()


def test_a_period_instead_of_a_month(june: Cli, tmp_path: Path) -> None:
    out = tmp_path / "p"
    result = june(
        "report", "monthly", "--from", "2021-06-01", "--to", "2021-06-15", "--out", str(out)
    )
    assert result.exit_code == 0, result.stderr
    folder = out / "2021-06-01_2021-06-15"
    form06 = json.loads(
        (folder / "bao-cao-2021-06-01_2021-06-15-form06.json").read_text(encoding="utf-8")
    )
    assert (form06["from"], form06["to"]) == ("2021-06-01", "2021-06-15")
    assert (folder / "bao-cao-2021-06-01_2021-06-15.xlsx").exists()


def test_compliance_and_awards_wait_for_a_campaign(june: Cli, tmp_path: Path) -> None:
    result = june("report", "monthly", "--month", "2021-06", "--out", str(tmp_path / "c"))
    assert result.exit_code == 0
    # Named as the batch names them, with the option's value named as --help names it.
    assert "bỏ qua báo cáo Kết quả thi đua: cần --campaign SỐ_HIỆU." in result.stderr
    assert "bỏ qua báo cáo Đề xuất khen thưởng: cần --campaign SỐ_HIỆU." in result.stderr


# --- the folder is never left -----------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("--month", "../2021-06"),
        ("--month", "2021-06/../../x"),
        ("--month", ".."),
        ("--month", "6/21"),  # a two-digit year is never guessed
        ("--month", "2021-13"),
        ("--month", "2021-06", "--from", "2021-06-01"),
        ("--from", "2021-06-01"),
        ("--from", "2021-06-30", "--to", "2021-06-01"),
        ("--month", "2021-06", "--campaign", "../../evil"),
    ],
)
def test_bad_period_or_campaign_is_a_usage_error_and_writes_nothing(
    june: Cli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    out = tmp_path / "ra" / "bao-cao"
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = june("report", "monthly", *args, "--out", str(out))
    assert result.exit_code == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_out_that_is_a_file_is_refused(june: Cli, tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    result = june("report", "monthly", "--month", "2021-06", "--out", str(target))
    assert result.exit_code == 2
    assert target.read_text() == "x"


@pytest.mark.parametrize(
    "name", ["../x.csv", "a/b.csv", "..", ".hidden.csv", "a\\b.csv", "", "x/../../y"]
)
def test_a_file_name_that_could_leave_the_folder_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(UsageError):
        safe_path(tmp_path, name)


def test_a_symlink_in_the_batch_folder_goes_with_the_old_batch(june: Cli, tmp_path: Path) -> None:
    batch = tmp_path / "out" / "2021-06"
    batch.mkdir(parents=True)
    outside = tmp_path / "outside.csv"
    outside.write_text("untouched")
    (batch / "bao-cao-2021-06-form06.csv").symlink_to(outside)
    assert (
        june("report", "monthly", "--month", "2021-06", "--out", str(batch.parent)).exit_code == 0
    )
    assert outside.read_text() == "untouched"
    assert not (batch / "bao-cao-2021-06-form06.csv").is_symlink()


def test_periods() -> None:
    assert month_period("2021-02") == Period(date(2021, 2, 1), date(2021, 2, 28), "2021-02")
    assert month_period("2024-12").end == date(2024, 12, 31)
    assert (
        period_of(None, date(2021, 6, 1), date(2021, 6, 15)).stem == "bao-cao-2021-06-01_2021-06-15"
    )
    assert month_period("2021-06").stem == "bao-cao-2021-06"
    # A month as an office writes it.
    assert month_period("06/2021") == month_period("6/2021") == month_period("2021-06")


def test_demo_ends_with_the_monthly_batch(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = cli("demo", "--dir", str(folder))
    assert result.exit_code == 0, result.stderr
    batch = folder / "bao-cao" / "2021-06"
    assert (batch / "bao-cao-2021-06.xlsx").exists() and (batch / "bao-cao-2021-06.html").exists()
    assert "bao-cao-2021-06.xlsx" in result.stderr
    form06 = json.loads((batch / "bao-cao-2021-06-form06.json").read_text(encoding="utf-8"))
    # The sample story (sample_data/README.md): six late dossiers, all in June.
    assert form06["total"]["finished_late"] == 6
    # Form 06 and then the batch find the same dossiers without a deadline, the awards and then
    # the batch the same officer missing from the roster: the demo says each once.
    said = " ".join(result.stderr.split())
    assert said.count("không có hạn giải quyết (không có ngày hẹn trả") == 1
    assert said.count("nên không được xét") == 1


def test_a_report_this_version_lacks_is_left_out_not_a_failure() -> None:
    from thidua_cli.reports.monthly import _builder

    assert _builder("no_such_report", "build") is None
    assert _builder("dossiers", "no_such_function") is None
    assert callable(_builder("dossiers", "build_dossiers_report"))


def test_html_page_prints_the_first_rows_of_a_long_list_and_names_the_csv(tmp_path: Path) -> None:
    from thidua_cli.reports import monthly
    from thidua_cli.reports.exporters.html import Limit, write_page
    from thidua_cli.reports.model import Column, Report, ReportTable

    rows = [{"code": f"H29-{n:04d}", "days": n} for n in range(1, 8)]
    columns = [Column("code", "Mã hồ sơ", identifier=True), Column("days", "Số ngày", "int")]
    report = Report(
        "check", "Kiểm tra", {}, tables=[ReportTable("overdue", "Quá hạn", columns, rows)]
    )
    page = tmp_path / "page.html"
    with page.open("w", encoding="utf-8") as stream:
        limit = Limit(3, "bao-cao-2021-06-check.csv")
        write_page(stream, [report], "vi", title="Tháng 6", limits={"check": limit})
    table = html_tables(page).tables["overdue"]
    assert [row[0] for row in table[1:]] == ["H29-0001", "H29-0002", "H29-0003"]
    text = page.read_text(encoding="utf-8")
    assert "3 trên 7 dòng" in text and "bao-cao-2021-06-check.csv" in text
    # Without a limit, and in the batch below its limit, every row is there.
    with page.open("w", encoding="utf-8") as stream:
        write_page(stream, [report], "en", title="June")
    assert len(html_tables(page).tables["overdue"]) == 1 + 7
    assert "bao-cao" not in page.read_text(encoding="utf-8")
    assert monthly.PAGE_ROWS >= 100


def test_each_file_of_the_summary_says_what_it_holds(june: Cli, tmp_path: Path) -> None:
    """A report's extra CSV (the dossiers form 06 leaves out) is told apart from its own CSV."""
    result = june(
        "report",
        "monthly",
        "--month",
        "2021-06",
        "--out",
        str(tmp_path / "a"),
        env={"COLUMNS": "160"},
    )
    assert result.exit_code == 0, result.stderr
    said = {
        cells[0]: cells[1]
        for line in result.stderr.splitlines()
        if (cells := [c.strip() for c in line.split("│")[1:-1]]) and cells[0].startswith("bao-cao")
    }
    assert said["bao-cao-2021-06-form06-without-deadline.csv"] == (
        "CSV: Biểu 06: hồ sơ chưa xác định được thời hạn"
    )
    assert len(set(said.values())) == len(said), said
