"""Every report in every format: files, extension inference, CSV for Excel, formula injection,
numbers, and --redact. The month is the hand-checked one of ``month_data``."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from month_data import (
    EMAIL,
    FORMULA,
    PERSON,
    PERSON_MASKED,
    PHONE,
    csv_rows,
    html_tables,
    load_june,
    xlsx_texts,
)
from rich.console import Console

from conftest import Cli
from thidua_cli.commands.output import write_report
from thidua_cli.reports.exporters import csv_out, json_out, markdown
from thidua_cli.reports.exporters.xlsx import write_workbook
from thidua_cli.reports.model import Chart, Column, Report, ReportTable
from thidua_cli.reports.redact import mask_contacts, mask_name, redact
from thidua_cli.state import AppState
from thidua_cli.ui.report_view import report_bars, report_view

REPORTS = {
    "dossiers": ("dossiers", "--as-of", "2021-06-30"),
    "check": ("check", "--as-of", "2021-06-30"),
    "form06": ("report", "form06", "--from", "2021-06-01", "--to", "2021-06-30"),
}
EXTENSIONS = {
    "table": "txt",
    "json": "json",
    "csv": "csv",
    "md": "md",
    "html": "html",
    "xlsx": "xlsx",
}


@pytest.fixture
def june(cli: Cli, tmp_path: Path, procedures_csv: Path) -> Cli:
    load_june(cli, tmp_path, procedures_csv)
    return cli


def run(cli: Cli, *args: str) -> tuple[int, str, str]:
    result = cli(*args)
    return result.exit_code, result.stdout, result.stderr


# --- every report in every format ---------------------------------------------------------


@pytest.mark.parametrize("fmt", list(EXTENSIONS))
@pytest.mark.parametrize("name", list(REPORTS))
def test_every_report_in_every_format(june: Cli, tmp_path: Path, name: str, fmt: str) -> None:
    target = tmp_path / f"{name}.{EXTENSIONS[fmt]}"
    code, stdout, _ = run(june, *REPORTS[name], "--format", fmt, "--output", str(target))
    assert code == (1 if name == "check" else 0)  # F is overdue at 30/06
    assert stdout == ""
    expected_json = june.json(*REPORTS[name])
    if fmt == "json":
        assert json.loads(target.read_text(encoding="utf-8")) == expected_json
    elif fmt == "csv":
        rows = csv_rows(target)
        if name == "dossiers":
            assert [r["code"] for r in rows] == [d["code"] for d in expected_json]
        elif name == "check":
            assert [(r["list"], r["code"]) for r in rows] == [
                ("overdue", "F"),
                ("apology_needed", "F"),
            ]
        else:
            assert rows[-1]["field"] == "total"
            assert rows[-1]["received_total"] == "8"
    elif fmt == "md":
        text = target.read_text(encoding="utf-8")
        assert text.startswith("## ")
        assert "| ---" in text
    elif fmt == "html":
        tables = html_tables(target).tables
        assert tables
        if name == "form06":
            total = tables["form06"][-1]
            assert total[1] == "Tổng cộng" and total[2] == "8"
    elif fmt == "xlsx":
        book = openpyxl.load_workbook(target)
        assert book.sheetnames == [
            {"dossiers": "Hồ sơ", "check": "Kiểm tra hạn", "form06": "Biểu 06"}[name]
        ]
    else:
        text = target.read_text(encoding="utf-8")
        assert {"dossiers": "Hồ sơ tại ngày", "check": "Kiểm tra hạn", "form06": "Biểu số 06"}[
            name
        ] in text


@pytest.mark.parametrize(
    ("file_name", "check"),
    [
        ("d.json", lambda p: isinstance(json.loads(p.read_text(encoding="utf-8")), list)),
        ("d.csv", lambda p: p.read_bytes().startswith(b"\xef\xbb\xbfcode,")),
        ("d.md", lambda p: p.read_text(encoding="utf-8").startswith("## ")),
        ("d.HTML", lambda p: p.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")),
        ("d.xlsx", lambda p: zipfile.is_zipfile(p)),
        ("d.txt", lambda p: "Mã hồ sơ" in p.read_text(encoding="utf-8")),
    ],
)
def test_format_comes_from_the_extension(june: Cli, tmp_path: Path, file_name: str, check) -> None:
    target = tmp_path / file_name
    code, stdout, _ = run(june, "dossiers", "--as-of", "2021-06-30", "--output", str(target))
    assert code == 0 and stdout == ""
    assert check(target)


def test_format_option_wins_over_the_extension(june: Cli, tmp_path: Path) -> None:
    target = tmp_path / "d.txt"
    assert run(june, "dossiers", "--as-of", "2021-06-30", "-f", "json", "-o", str(target))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))[0]["code"] == "H"


def test_unknown_extension_without_format_is_a_usage_error(june: Cli, tmp_path: Path) -> None:
    code, _, stderr = run(june, "dossiers", "--output", str(tmp_path / "d.pdf"))
    assert code == 2
    assert "d.pdf" in stderr and "--format" in stderr
    assert not (tmp_path / "d.pdf").exists()


def test_unknown_format_is_a_usage_error(june: Cli) -> None:
    assert run(june, "dossiers", "--format", "pdf")[0] == 2


def test_output_into_a_missing_folder_is_a_usage_error(june: Cli, tmp_path: Path) -> None:
    code, _, stderr = run(june, "dossiers", "-o", str(tmp_path / "nowhere" / "d.csv"))
    assert code == 2
    assert "nowhere" in stderr


def test_json_and_csv_on_stdout_are_nothing_but_data(june: Cli) -> None:
    code, stdout, _ = run(
        june, "report", "form06", "--from", "2021-06-01", "--to", "2021-06-30", "-f", "csv"
    )
    assert code == 0
    # A pipe gets no BOM: the header is the first thing a script reads.
    assert stdout.startswith("field,received_total,")
    assert "Tổng cộng" not in stdout and "Biểu" not in stdout
    code, stdout, _ = run(june, "check", "--as-of", "2021-06-30", "-f", "json")
    assert code == 1
    assert json.loads(stdout)["overdue"][0]["code"] == "F"


def test_rewriting_a_file_leaves_no_temporary_file(june: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "d.xlsx"
    for _ in range(2):
        assert run(june, "dossiers", "--as-of", "2021-06-30", "-o", str(target))[0] == 0
    assert [p.name for p in folder.iterdir()] == ["d.xlsx"]


def test_csv_file_opens_in_excel_as_utf8(june: Cli, tmp_path: Path) -> None:
    target = tmp_path / "d.csv"
    assert run(june, "dossiers", "--as-of", "2021-06-30", "-o", str(target))[0] == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Tổ Tiểu học".encode() in raw
    assert b"\r\n" in raw


# --- formulas stay inert, numbers stay numbers ------------------------------------------------


def test_a_formula_in_an_applicant_reaches_csv_inert(june: Cli, tmp_path: Path) -> None:
    target = tmp_path / "d.csv"
    assert run(june, "dossiers", "--as-of", "2021-06-30", "-o", str(target))[0] == 0
    row = next(r for r in csv_rows(target) if r["code"] == "D")
    assert row["applicant"] == "'" + FORMULA
    assert row["working_days_late"] == "0"


def test_a_formula_in_an_applicant_reaches_xlsx_inert(june: Cli, tmp_path: Path) -> None:
    target = tmp_path / "d.xlsx"
    assert run(june, "dossiers", "--as-of", "2021-06-30", "-o", str(target))[0] == 0
    with zipfile.ZipFile(target) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet  # no cell is a formula
    book = openpyxl.load_workbook(target)
    cells = [c for row in book.active.iter_rows() for c in row if isinstance(c.value, str)]
    applicant = next(c for c in cells if "HYPERLINK" in c.value)
    # A string cell: Excel shows it as written and never runs it, so no quote is added.
    assert applicant.data_type == "s"
    assert applicant.value == FORMULA


def _typed_report() -> Report:
    columns = [
        Column("label", "Nhãn"),
        Column("count", "Số", "int"),
        Column("share", "Tỷ lệ", "rate"),
        Column("day", "Ngày", "date"),
    ]
    rows = [
        {"label": "-5 ngày", "count": -5, "share": -0.25, "day": "2021-06-30"},
        {"label": "@SUM(A1)", "count": 3, "share": None, "day": None},
        {"label": "\tTab", "count": 0, "share": 0.5, "day": "2021-06-01"},
        {"label": "+1", "count": 1, "share": 1.0, "day": "2021-06-02"},
    ]
    return Report(
        "typed", "Kiểu dữ liệu", rows, tables=[ReportTable("typed", "Kiểu", columns, rows)]
    )


def test_numbers_stay_numbers_and_text_that_looks_like_a_formula_does_not(tmp_path: Path) -> None:
    buffer = io.StringIO()
    csv_out.write(_typed_report(), buffer)
    lines = buffer.getvalue().splitlines()
    assert lines[1] == "'-5 ngày,-5,-0.25,2021-06-30"
    assert lines[2] == "'@SUM(A1),3,,"
    assert lines[3].startswith("'\tTab,0,0.5,")
    assert lines[4].startswith("'+1,1,1.0,")
    target = tmp_path / "typed.xlsx"
    write_workbook(target, [_typed_report()], "vi")
    sheet = openpyxl.load_workbook(target).active
    data = [row for row in sheet.iter_rows(values_only=True) if row[0] in ("-5 ngày", "@SUM(A1)")]
    assert data[0][1:] == (-5, -0.25, datetime(2021, 6, 30))
    # An undefined rate reads so in words, never 0 or 100%.
    assert data[1][1:3] == (3, "chưa có số liệu")
    texts = [c for row in sheet.iter_rows() for c in row if c.value in ("+1", "\tTab")]
    assert [c.data_type for c in texts] == ["s", "s"]


# --- --redact ---------------------------------------------------------------------------------


def _file_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        return "\n".join(xlsx_texts(path))
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["csv", "md", "html", "xlsx"])
def test_redact_masks_applicants_phones_and_emails_in_every_file_format(
    june: Cli, tmp_path: Path, fmt: str
) -> None:
    plain, masked = tmp_path / f"plain.{fmt}", tmp_path / f"masked.{fmt}"
    assert run(june, "dossiers", "--as-of", "2021-06-30", "-o", str(plain))[0] == 0
    assert run(june, "--redact", "dossiers", "--as-of", "2021-06-30", "-o", str(masked))[0] == 0
    before, after = _file_text(plain), _file_text(masked)
    for secret in (PERSON, PHONE, EMAIL):
        assert secret in before
        assert secret not in after
    assert PERSON_MASKED in after
    assert "**** *** 678" in after and "a***@example.com" in after
    # What is not personal stays readable.
    assert "Tổ Tiểu học" in after


def test_redact_masks_the_json_and_the_terminal_view() -> None:
    columns = [Column("name", "Người nộp", personal=True), Column("comment", "Góp ý")]
    rows = [{"name": PERSON, "comment": f"Liên hệ {PHONE}"}]
    report = Report(
        "survey",
        "Góp ý",
        {"rows": [{"name": PERSON, "comment": f"Liên hệ {PHONE}", "mail": EMAIL}]},
        tables=[ReportTable("rows", "Góp ý", columns, rows)],
    )
    redact(report)
    assert report.data["rows"][0] == {
        "name": PERSON_MASKED,
        "comment": "Liên hệ **** *** 678",
        "mail": "a***@example.com",
    }
    buffer = io.StringIO()
    json_out.write(report, buffer)
    assert PERSON not in buffer.getvalue()
    console = Console(file=io.StringIO(), width=120, no_color=True)
    console.print(report_view(report, "vi"))
    shown = console.file.getvalue()
    assert PERSON_MASKED in shown and PHONE not in shown


def test_redact_is_off_by_default_and_masks_every_export_through_emit(tmp_path: Path) -> None:
    def report() -> Report:
        rows = [{"name": PERSON}]
        return Report(
            "r",
            "R",
            rows,
            tables=[ReportTable("r", "R", [Column("name", "Tên", personal=True)], rows)],
        )

    for flag, expected in ((False, PERSON), (True, PERSON_MASKED)):
        target = tmp_path / f"{flag}.md"
        write_report(
            AppState(db_path=tmp_path / "x.db", quiet=True, redact=flag), report(), "md", target
        )
        assert expected in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("0912345678", "*******678"),
        ("0912 345 678", "**** *** 678"),
        ("0912.345.678", "****.***.678"),
        ("+84 912 345 678", "+84 *** *** 678"),
        ("+84912345678", "+84******678"),
        ("(028) 3822 1234", "(***) **** *234"),
        ("028 3822 1234", "*** **** *234"),
        ("gọi 0987-654-321 nhé", "gọi ****-***-321 nhé"),
        ("thu.ha+hoso@gddt.edu.vn", "t***@gddt.edu.vn"),
        # Not phone numbers: dossier codes, dates, amounts, too long or too short digit runs.
        ("000.00.21.H29-210614-0006", "000.00.21.H29-210614-0006"),
        ("2021-06-14", "2021-06-14"),
        ("1.500.000 đồng", "1.500.000 đồng"),
        ("091234567890", "091234567890"),
        ("09123456", "09123456"),
    ],
)
def test_contacts_are_masked_and_other_numbers_are_not(text: str, masked: str) -> None:
    assert mask_contacts(text) == masked


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("Nguyễn Văn An", "N*** V*** A**"),
        ("Lê  Thị   Hồng Nhung", "L** T*** H*** N***"),
        ("N*** V*** A**", "N*** V*** A**"),  # masking twice changes nothing
        ("", ""),
    ],
)
def test_names_keep_only_their_initials(name: str, masked: str) -> None:
    assert mask_name(name) == masked


# --- the terminal: tables and bars ---------------------------------------------------------------


def _rated_report() -> Report:
    rows = [
        {"officer": "Đinh Tấn Khang", "rate": 0.9},
        {"officer": "Phạm Ngọc Lan", "rate": 0.979},
        {"officer": "Võ Gia Dũng", "rate": None},
    ]
    table = ReportTable(
        "officers",
        "Theo cán bộ",
        [Column("officer", "Cán bộ"), Column("rate", "Tỷ lệ hài lòng", "rate")],
        rows,
    )
    chart = Chart(
        "rate",
        "Tỷ lệ hài lòng theo cán bộ",
        "officers",
        "officer",
        ("rate",),
        reference=0.95,
        reference_label="Chỉ tiêu 95%",
    )
    return Report("satisfaction", "Hài lòng", {"rows": rows}, tables=[table], charts=[chart])


def _terminal(tmp_path: Path, fmt: str, *, quiet: bool) -> str:
    out = Console(file=io.StringIO(), width=120, no_color=True)
    app_state = AppState(
        db_path=tmp_path / "x.db", quiet=quiet, _out=out, _err=Console(file=io.StringIO())
    )
    write_report(app_state, _rated_report(), fmt, None)
    return out.file.getvalue()


def test_bars_follow_the_table_with_the_reference_mark(tmp_path: Path) -> None:
    shown = _terminal(tmp_path, "table", quiet=False)
    assert shown.index("Theo cán bộ") < shown.index("Tỷ lệ hài lòng theo cán bộ")
    bars = shown[shown.index("Tỷ lệ hài lòng theo cán bộ") :]
    khang = next(line for line in bars.splitlines() if line.startswith("Đinh Tấn Khang"))
    lan = next(line for line in bars.splitlines() if line.startswith("Phạm Ngọc Lan"))
    assert "90,0%" in khang and "97,9%" in lan
    # The mark sits at 95%, inside Lan's bar and past the end of Khang's.
    assert lan.count("█") > khang.count("█")
    assert "│" in khang and "Chỉ tiêu 95%" in bars
    dung = next(line for line in bars.splitlines() if line.startswith("Võ Gia Dũng"))
    assert "chưa có số liệu" in dung


@pytest.mark.parametrize(
    ("fmt", "quiet"), [("table", True), ("md", False), ("csv", False), ("json", False)]
)
def test_bars_are_off_with_quiet_or_another_format(tmp_path: Path, fmt: str, quiet: bool) -> None:
    import sys

    captured = io.StringIO()
    saved, sys.stdout = sys.stdout, captured
    try:
        shown = _terminal(tmp_path, fmt, quiet=quiet)
    finally:
        sys.stdout = saved
    output = shown + captured.getvalue()
    assert "█" not in output and "Tỷ lệ hài lòng theo cán bộ" not in output
    assert "Đinh Tấn Khang" in output


def test_report_bars_skip_a_chart_with_no_rows() -> None:
    report = _rated_report()
    report.tables[0].rows.clear()
    assert report_bars(report, "vi") is None


def test_markdown_keeps_pipes_and_line_breaks_inside_their_cell() -> None:
    rows = [{"note": "a | b\nc"}]
    report = Report(
        "n", "N", rows, tables=[ReportTable("n", "Ghi chú", [Column("note", "Ghi chú")], rows)]
    )
    buffer = io.StringIO()
    markdown.write(report, buffer, "vi")
    assert "| a \\| b<br>c |" in buffer.getvalue()


def test_english_headings(june: Cli, tmp_path: Path) -> None:
    target = tmp_path / "f.html"
    assert (
        run(
            june,
            "--lang",
            "en",
            "report",
            "form06",
            "--from",
            "2021-06-01",
            "--to",
            "2021-06-30",
            "-o",
            str(target),
        )[0]
        == 0
    )
    tables = html_tables(target).tables["form06"]
    assert tables[0][2:] == ["Dossiers to resolve", "Resolved", "Still being resolved"]
    assert tables[-1][1] == "Total"


@pytest.mark.parametrize("fmt", ["json", "md", "html", "csv", "xlsx"])
def test_the_older_emit_form_still_writes_every_format(tmp_path: Path, fmt: str) -> None:
    # Commands that hand emit their rows rather than a Report get a one-table report.
    from thidua_cli.commands.output import emit

    rows = [{"date": "2021-09-02", "kind": "off", "days": 2}]
    target = tmp_path / f"lich.{EXTENSIONS[fmt]}"
    emit(
        AppState(db_path=tmp_path / "x.db", quiet=True),
        None,
        json_data=lambda: {"days": rows},
        csv_rows=lambda: (rows, ("date", "kind", "days")),
        table=lambda: "unused",
        output=target,
    )
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(target).active
        assert ("2021-09-02", "off", 2) in list(sheet.iter_rows(values_only=True))
    else:
        text = target.read_text(encoding="utf-8-sig")
        assert "2021-09-02" in text and "off" in text


def test_json_puts_each_record_on_its_line_and_reads_back_the_same() -> None:
    from datetime import date

    shared = {"code": "H29-1", "due_date": date(2021, 6, 30), "late": 2, "apology": False}
    data = {
        "as_of": "2021-06-30",
        "overdue": [shared, {"code": "H29-2", "due_date": None, "late": 0, "apology": True}],
        "apology_needed": [shared],
        "due_soon": [],
        "total": {"rows": [1, 2], "rate": 0.5},
        "nested": [[{"a": 1}], []],
    }
    text = json_out.dumps(data)
    lines = text.splitlines()
    record = '{"code": "H29-1", "due_date": "2021-06-30", "late": 2, "apology": false}'
    assert lines[:4] == ["{", '  "as_of": "2021-06-30",', '  "overdue": [', f"    {record},"]
    assert f"    {record}" in lines[6:9]  # the same record again, whole, in the second list
    assert '  "due_soon": [],' in lines
    expected = json.loads(json.dumps(data, default=str))
    assert json.loads(text) == expected
